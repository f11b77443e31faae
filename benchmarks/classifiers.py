"""The model-based quality steps: speed, memory, and how well a fastText model distils a transformer.

    python benchmarks/classifiers.py                       # every part, CPU; writes `## Classifiers`
    python benchmarks/classifiers.py --parts edu --device cuda   # on a GPU machine (one command)
    python benchmarks/classifiers.py --parts distil --teacher HuggingFaceFW/fineweb-edu-classifier

Input: real pages, extracted by our own extract step: the HTML pages the project has for
development (benchmarks/_warc_input.dev_pages: trafilatura's 506-page benchmark, the bundled
sample, the real WARC files of ../shared/data/warc). The fixed held-out fifth of them
(_warc_input.held_out) is reported on its own and never trained on.

Parts (each writes its row to benchmarks/data/classifiers.json; the section shows them all):
- fasttext: `fasttext_quality` documents per CPU-second (time.process_time of this process,
  the step called on batches of 256 back to back, normalisation included) with a model of DCLM's
  shape trained here: word bigrams, dim 100, fastText's 2M hash buckets.
- memory: a model of DCLM's size (2.39 GB: dim 100 with 5.85M buckets), loaded once by the step's
  loader in a fresh process: its resident memory (RSS and USS, psutil), and a second process's.
- edu: `edu_quality` pages per CPU-second (or per second on a GPU) with a BERT-base-sized model
  (12 layers, hidden 768, 30,522-token WordPiece vocabulary built from these pages; random
  weights: speed does not depend on them) at up to 512 tokens, length-packed batches.
- distil: a teacher (edu_quality; by default the random BERT-base above, whose judgement is
  arbitrary but fixed; `--teacher` names a real one) scores every page; `pipeline
  train-classifier --label-from "edu_score>=MEDIAN"` trains fastText on the non-held-out pages;
  on the held-out fifth: the student's agreement with the teacher, and its speed relative to the
  teacher's on CPU.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _report import machine, markdown_table, versions, write_section  # noqa: E402

RESULTS = HERE / "data" / "classifiers.json"
WORK = Path(os.environ.get("CLASSIFIER_BENCH_DIR", Path(tempfile.gettempdir()) / "bench-classifiers"))
DCLM_SIZE_BUCKETS = 5_850_000  # dim 100 x (5.85M buckets + vocabulary) x 4 bytes ~ 2.39 GB
BATCH = 256


def pages() -> list[dict]:
    """Every dev page's extracted text: {key, text, held_out}, cached under WORK."""
    cache = WORK / "texts.jsonl"
    if cache.is_file():
        return [json.loads(line) for line in cache.open()]
    from _warc_input import dev_pages, held_out

    from stages.base import Doc
    from stages.extract import TextExtractor

    extractor = TextExtractor()
    found = []
    raw = dev_pages()
    for start in range(0, len(raw), 64):
        batch = [Doc(url=key, payload=html, charset=charset)
                 for key, html, charset in raw[start:start + 64]]
        for doc, decision in zip(batch, extractor(batch)):
            if decision.kept and decision.text:
                key = doc.url
                found.append({"key": key, "text": decision.text,
                              "held_out": held_out(key.split("::", 1)[1] if
                                                   key.startswith("extraction::") else key)})
    WORK.mkdir(parents=True, exist_ok=True)
    with cache.open("w") as out:
        for item in found:
            out.write(json.dumps(item) + "\n")
    return found


def cpu_seconds(function, *args):
    started = time.process_time()
    result = function(*args)
    return result, time.process_time() - started


def load_results() -> dict:
    return json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}


def save_result(part: str, row: dict) -> None:
    results = load_results()
    results[part] = row | {"machine": machine(), "load": os.getloadavg()[0].__round__(1)}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n")


# --- fastText ---------------------------------------------------------------------------------

def train_fasttext(texts: list[dict], path: Path, bucket: int = 2_000_000) -> Path:
    """A model of DCLM's shape (word bigrams, dim 100) on these pages; the labels (trafilatura
    benchmark page or not) only give it two classes: speed does not depend on them."""
    if path.is_file():
        return path
    import fasttext

    from stages.fasttext_quality import normalize

    data = path.with_suffix(".txt")
    with data.open("w") as out:
        for item in texts:
            label = "hq" if item["key"].startswith("extraction::") else "cc"
            out.write(f"__label__{label} {normalize(item['text'])}\n")
    model = fasttext.train_supervised(str(data), dim=100, wordNgrams=2, epoch=5, lr=0.1,
                                      bucket=bucket, thread=1, seed=0, verbose=0)
    model.save_model(str(path))
    return path


def fasttext_speed(texts: list[dict], repeat: int) -> dict:
    from stages.base import Doc
    from stages.fasttext_quality import FastTextQuality, FastTextQualitySettings

    model = train_fasttext([t for t in texts if not t["held_out"]], WORK / "dclm_shape.bin")
    step = FastTextQuality(FastTextQualitySettings(model=str(model)))
    row = {"model_mb": round(model.stat().st_size / 1e6)}
    for name, subset in (("all", texts), ("held_out", [t for t in texts if t["held_out"]])):
        docs = [Doc(text=t["text"]) for t in subset]
        best = 0.0
        for _ in range(repeat):
            _, seconds = cpu_seconds(lambda: [step(docs[i:i + BATCH])
                                              for i in range(0, len(docs), BATCH)])
            best = max(best, len(docs) / seconds)
        row[name] = {"documents": len(docs), "docs_per_cpu_s": round(best),
                     "mean_chars": round(sum(len(t["text"]) for t in subset) / len(subset))}
    quantized = WORK / "dclm_size_q100k.ftz"  # the memory part's
    if quantized.is_file():
        step = FastTextQuality(FastTextQualitySettings(model=str(quantized)))
        docs = [Doc(text=t["text"]) for t in texts]
        best = max(len(docs) / cpu_seconds(lambda: [step(docs[i:i + BATCH]) for i in range(
            0, len(docs), BATCH)])[1] for _ in range(repeat))
        row["quantized"] = {"documents": len(docs), "docs_per_cpu_s": round(best),
                            "mean_chars": row["all"]["mean_chars"]}
    return row


MEMORY_PROBE = """
import json, sys, psutil
from pathlib import Path
from stages.fasttext_quality import load_model
process = psutil.Process()
before = process.memory_full_info()
model = load_model(Path(sys.argv[1]))
after = process.memory_full_info()
print(json.dumps({"rss_mb": round((after.rss - before.rss) / 1e6),
                  "uss_mb": round((after.uss - before.uss) / 1e6)}))
"""


def fasttext_memory(texts: list[dict]) -> dict:
    model = train_fasttext(texts, WORK / "dclm_size.bin", bucket=DCLM_SIZE_BUCKETS)
    probes = [json.loads(subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(model)],
                                        capture_output=True, text=True, check=True,
                                        cwd=HERE.parent).stdout) for _ in range(2)]
    quantized = WORK / "dclm_size_q100k.ftz"
    if not quantized.is_file():
        import fasttext

        big = fasttext.load_model(str(model))
        big.quantize(input=str(model.with_suffix(".txt")), qnorm=True, retrain=False,
                     cutoff=100_000, thread=1)
        big.save_model(str(quantized))
        del big
    small = json.loads(subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(quantized)],
                                      capture_output=True, text=True, check=True,
                                      cwd=HERE.parent).stdout)
    return {"model_mb": round(model.stat().st_size / 1e6), "first_process": probes[0],
            "second_process": probes[1], "quantized_mb": round(quantized.stat().st_size / 1e6, 1),
            "quantized_process": small}


# --- edu_quality ------------------------------------------------------------------------------

def bert_base(folder: Path, texts: list[dict]) -> Path:
    """A BERT-base-sized sequence classifier (random weights) with a 30,522-entry WordPiece
    vocabulary of these pages' most frequent words, saved as a hub snapshot would be."""
    if (folder / "config.json").is_file():
        return folder
    import string
    from collections import Counter

    import regex
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    chars = Counter(c for t in texts for c in t["text"].lower() if not c.isspace())
    pieces = [c for c, _ in chars.most_common(2000)]
    vocab = special + pieces + ["##" + c for c in pieces]
    words = Counter(w for t in texts for w in regex.findall(r"\p{L}+|\p{N}+", t["text"].lower()))
    vocab += [w for w, _ in words.most_common() if w not in set(vocab)][:30522 - len(vocab)]
    vocab += [f"[unused{i}]" for i in range(30522 - len(vocab))]
    ids = {token: i for i, token in enumerate(dict.fromkeys(vocab))}
    tokenizer = Tokenizer(models.WordPiece(ids, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])])
    folder.mkdir(parents=True, exist_ok=True)
    PreTrainedTokenizerFast(tokenizer_object=tokenizer, unk_token="[UNK]", pad_token="[PAD]",
                            cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]"
                            ).save_pretrained(folder)
    torch.manual_seed(0)
    model = BertForSequenceClassification(BertConfig(vocab_size=len(ids), num_labels=1,
                                                     problem_type="regression"))
    model.save_pretrained(folder)
    del string
    return folder


def edu_step(model: str, device: str, max_tokens: int = 512):
    from stages.edu_quality import EduQuality, EduQualitySettings

    settings = EduQualitySettings(model=model, device=device, max_tokens=max_tokens)
    EduQuality.preflight(settings)
    step = EduQuality(settings)
    step._warned = True  # the benchmark reports the speed itself
    return step


def edu_speed(texts: list[dict], device: str, model: str | None, limit: int) -> dict:
    import torch

    from stages.base import Doc

    if device == "cpu":
        torch.set_num_threads(1)  # per CPU-second: one core, as a Ray task with num_cpus=1
    folder = model or str(bert_base(WORK / "bert-base-random", texts))
    step = edu_step(folder, device)
    subset = texts[:limit]
    docs = [Doc(text=t["text"]) for t in subset]
    tokens = sum(len(ids) for ids in step.encode([t["text"] for t in subset]))
    step([Doc(text=t["text"]) for t in texts[:8]])  # warm-up (kernels, allocator)
    if device != "cpu":
        torch.cuda.synchronize()
    wall, cpu = time.perf_counter(), time.process_time()
    batch = 1024 if device != "cpu" else BATCH
    for i in range(0, len(docs), batch):
        step(docs[i:i + batch])
    if device != "cpu":
        torch.cuda.synchronize()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    row = {"device": step.device, "model": model or "BERT-base, random weights",
           "pages": len(docs), "mean_tokens": round(tokens / len(docs)),
           "pages_per_s": round(len(docs) / wall, 2), "pages_per_cpu_s": round(len(docs) / cpu, 2),
           "torch_threads": torch.get_num_threads()}
    if device != "cpu":
        row["gpu"] = torch.cuda.get_device_name()
        row["dtype"] = str(next(step.model.parameters()).dtype)
    return row


# --- distillation -----------------------------------------------------------------------------

def distil(texts: list[dict], teacher: str | None) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq
    import torch

    from pipeline import train_classifier
    from stages.base import Doc
    from stages.fasttext_quality import FastTextQuality, FastTextQualitySettings

    torch.set_num_threads(1)
    folder = teacher or str(bert_base(WORK / "bert-base-random", texts))
    step = edu_step(folder, "cpu")
    scores_file = WORK / f"teacher-{abs(hash(folder)) % 10**8}.parquet"
    if scores_file.is_file():
        table = pq.read_table(scores_file)
        teacher_speed = table.schema.metadata[b"pages_per_cpu_s"].decode()
    else:
        started = time.process_time()
        scores = []
        for i in range(0, len(texts), 64):
            scores += step.scores([t["text"] for t in texts[i:i + 64]])
        teacher_speed = str(round(len(texts) / (time.process_time() - started), 2))
        table = pa.table({"key": [t["key"] for t in texts], "text": [t["text"] for t in texts],
                          "held_out": [t["held_out"] for t in texts],
                          "edu_score": pa.array(scores, pa.float32())})
        table = table.replace_schema_metadata({"pages_per_cpu_s": teacher_speed})
        pq.write_table(table, scores_file)
    rows = table.to_pylist()
    train_rows = [r for r in rows if not r["held_out"]]
    held_rows = [r for r in rows if r["held_out"]]
    ranked = sorted(r["edu_score"] for r in train_rows)
    cut = ranked[len(ranked) // 2]  # the training half's median: the teacher keeps ~half
    if teacher:
        cut = 2.5  # a real FineWeb-Edu-style teacher: its own cut, int score >= 3
    train_file = WORK / "distil-train.parquet"
    pq.write_table(pa.table({"text": [r["text"] for r in train_rows],
                             "edu_score": [r["edu_score"] for r in train_rows]}), train_file)
    model = WORK / "distilled.bin"
    card = train_classifier.train([train_file], model, train_classifier.Settings(held_back=0.1),
                                  rule=train_classifier.LabelRule("edu_score", ">=", float(cut)),
                                  log=lambda *_: None)
    threshold = card["recipe"]["threshold"]
    student = FastTextQuality(FastTextQualitySettings(model=str(model), threshold=threshold))
    docs = [Doc(text=r["text"]) for r in held_rows]
    decisions, seconds = cpu_seconds(student, docs)
    teacher_keeps = [r["edu_score"] >= cut for r in held_rows]
    student_keeps = [d.kept for d in decisions]
    agree = sum(a == b for a, b in zip(teacher_keeps, student_keeps)) / len(held_rows)
    tp = sum(a and b for a, b in zip(teacher_keeps, student_keeps))
    precision = tp / max(1, sum(student_keeps))
    recall = tp / max(1, sum(teacher_keeps))
    student_speed = len(docs) / seconds
    return {"teacher": teacher or "BERT-base, random weights", "cut": round(cut, 4),
            "train_documents": len(train_rows), "held_out_documents": len(held_rows),
            "teacher_keeps_held_out": round(sum(teacher_keeps) / len(held_rows), 3),
            "student_threshold": threshold, "epochs": card["settings"]["epoch"],
            "agreement": round(agree, 3), "precision": round(precision, 3),
            "recall": round(recall, 3),
            "card_agreement_inner_held_back": card["metrics"]["held_back"].get("agreement"),
            "teacher_pages_per_cpu_s": float(teacher_speed),
            "student_docs_per_cpu_s": round(student_speed),
            "speed_ratio": round(student_speed / float(teacher_speed))}


# --- the section ------------------------------------------------------------------------------

def section(results: dict) -> str:
    parts = ["Model-based quality steps (`fasttext_quality`, `edu_quality`) and distillation "
             "(`pipeline train-classifier --label-from`), from `python benchmarks/classifiers.py` "
             "(docs/classifiers.md). Input: our extraction of the project's real dev pages "
             "(trafilatura's benchmark, the sample, ../shared/data/warc); the held-out fifth "
             "(`_warc_input.held_out`) is never trained on. CPU time is this process's "
             "(`time.process_time`); the machine is shared, so wall times are not used on CPU."]
    fasttext = results.get("fasttext")
    if fasttext:
        parts.append(f"\n**fastText, DCLM's shape** (word bigrams, dim 100, 2M buckets; "
                     f"{fasttext['model_mb']:,} MB), the step on batches of {BATCH} "
                     f"(normalisation, prediction, decisions), best of {fasttext.get('repeat', 3)}; "
                     f"goal >= 10,000 documents per CPU-second:\n")
        parts.append(markdown_table(
            ["pages", "documents", "mean characters", "documents / CPU-s"],
            [[{"quantized": "all, DCLM-size model quantized (100k rows, .ftz)"}.get(name, name),
              f"{fasttext[name]['documents']:,}", f"{fasttext[name]['mean_chars']:,}",
              f"**{fasttext[name]['docs_per_cpu_s']:,}**"]
             for name in ("all", "held_out", "quantized") if name in fasttext]))
        parts.append(f"\nMeasured {fasttext['when']} (load {fasttext['load']}): "
                     f"`{fasttext['command']}`. The goal is not met: fastText's own C++ prediction "
                     "costs ~0.2 ms for a page of ~4,600 characters (~800 words): a hash-table "
                     "probe per word and a random row of the 0.85 GB matrix per word and per "
                     "bigram, so it waits on memory. fasttext-predict's and fasttext-numpy2's "
                     "builds score alike (3,600-3,900/s in one probe). The step backs the model "
                     "with 2 MiB pages (`_huge_pages`; in a probe of fastText alone: 3,800 -> "
                     "5,300/s); in the same probe a model of dim 10 scored 8,700/s and one of "
                     "10k buckets 6,500/s, so what is left is fastText's tokenizer and hash "
                     "lookups, not the matrix alone. The quantized model (row below) is faster "
                     "because it fits in cache. Reaching 10,000/s would take a predictor of our "
                     "own (not attempted).")
    memory = results.get("memory")
    if memory:
        parts.append(f"\n**Memory, a model of DCLM's size** ({memory['model_mb']:,} MB file; "
                     f"dim 100, {DCLM_SIZE_BUCKETS:,} buckets), loaded by the step's loader in a "
                     f"fresh process: RSS +{memory['first_process']['rss_mb']:,} MB, USS "
                     f"+{memory['first_process']['uss_mb']:,} MB; a second process: USS "
                     f"+{memory['second_process']['uss_mb']:,} MB (nothing shared). So a node "
                     f"holds one copy per Ray worker process that runs the step: the model is "
                     f"loaded once per process and kept across its tasks (and across recipes, "
                     f"`load_model`), never per task; 8 workers hold ~8 x "
                     f"{memory['first_process']['uss_mb'] / 1e3:.1f} GB. fastText reads its "
                     f"model into private memory (no mmap), so processes cannot share it; a "
                     f"node short of memory runs fewer workers (`--num-cpus`) or a quantized "
                     f"`.ftz` model" + (
                         f": quantized to 100,000 rows (`train-classifier --quantize 100000`) "
                         f"the same model is a {memory['quantized_mb']} MB file and takes "
                         f"+{memory['quantized_process']['uss_mb']} MB USS, scoring at the "
                         f"speed in the table above (product quantization; its accuracy is "
                         f"in its card)"
                         if "quantized_mb" in memory else "")
                     + f". ({memory['when']}, `{memory['command']}`)")
    for key, title in (("edu_cpu", "CPU"), ("edu_cuda", "GPU")):
        edu = results.get(key)
        if edu:
            speed = (f"**{edu['pages_per_cpu_s']} pages per CPU-second** ({edu['torch_threads']} "
                     f"torch thread)" if edu["device"] == "cpu" else
                     f"**{edu['pages_per_s']:,} pages/s** on {edu.get('gpu')} ({edu.get('dtype')}),"
                     f" goal >= 1,000")
            parts.append(f"\n**edu_quality on {title}**, {edu['model']}, {edu['pages']:,} pages "
                         f"at up to 512 tokens (mean {edu['mean_tokens']}), length-packed "
                         f"batches: {speed}. ({edu['when']}, load {edu['load']}, "
                         f"`{edu['command']}`)")
    if "edu_cuda" not in results:
        parts.append("\nedu_quality on a GPU: not measured (no GPU was available). On a machine "
                     "with one: `pip install -e '.[classifier,bench]' && python "
                     "benchmarks/classifiers.py --parts edu --device cuda` (adds the GPU row).")
    distilled = results.get("distil")
    if distilled:
        parts.append(f"\n**Distillation**: teacher {distilled['teacher']} scores every page; "
                     f"`train-classifier --label-from \"edu_score>={distilled['cut']}\"` (the "
                     f"teacher keeps half) trains fastText on {distilled['train_documents']:,} "
                     f"pages ({distilled['epochs']} epochs, auto); on the "
                     f"{distilled['held_out_documents']:,} held-out pages (never trained on), "
                     f"the student at its matched threshold {distilled['student_threshold']:g}:\n")
        parts.append(markdown_table(
            ["agreement with the teacher", "precision", "recall", "teacher pages / CPU-s",
             "student docs / CPU-s", "speed ratio"],
            [[f"**{distilled['agreement']:.1%}**", distilled["precision"], distilled["recall"],
              distilled["teacher_pages_per_cpu_s"], f"{distilled['student_docs_per_cpu_s']:,}",
              f"**{distilled['speed_ratio']:,}x**"]]))
        parts.append(f"\n({distilled['when']}, `{distilled['command']}`.) The teacher here "
                     "has random weights: its judgement is arbitrary but fixed, so this measures "
                     "how much of a BERT-base's ranking a bigram model reproduces from 709 "
                     "pages, not educational value; with the real teacher, run `--parts distil "
                     "--teacher HuggingFaceFW/fineweb-edu-classifier` where it is cached (cut "
                     "2.5, FineWeb-Edu's). Auto epochs on this data (pipeline/train_classifier.py"
                     "): 709 pages 64.9% -> 68.5% agreement, 300 pages 60.7% -> 63.7%, against "
                     "DCLM's 5 epochs.")
    parts.append(f"\n{versions('fasttext-predict', 'fasttext-numpy2', 'torch', 'transformers')}.")
    return "\n".join(parts)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", default="fasttext,memory,edu,distil")
    parser.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    parser.add_argument("--model", help="edu part: a hub id or folder instead of the random "
                                        "BERT-base")
    parser.add_argument("--teacher", help="distil part: a real teacher (hub id or folder)")
    parser.add_argument("--pages", type=int, default=None,
                        help="edu part: pages to score (default 128 on CPU, all on a GPU)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    command = "python benchmarks/classifiers.py " + " ".join(
        a for a in (argv if argv is not None else sys.argv[1:]) if a != "--no-write")
    texts = pages()
    print(f"{len(texts)} pages ({sum(t['held_out'] for t in texts)} held out)")
    when = time.strftime("%Y-%m-%d")
    for part in args.parts.split(","):
        if part == "fasttext":
            row = fasttext_speed(texts, args.repeat) | {"repeat": args.repeat}
        elif part == "memory":
            row = fasttext_memory(texts)
        elif part == "edu":
            limit = args.pages or (128 if args.device == "cpu" else len(texts))
            if args.device == "cuda":  # enough pages to fill the GPU: the pages, repeated
                texts_gpu = (texts * (1 + 4096 // len(texts)))[:max(limit, 4096)]
                row = edu_speed(texts_gpu, "cuda", args.model, len(texts_gpu))
            else:
                row = edu_speed(texts, "cpu", args.model, limit)
            part = f"edu_{args.device}"
        elif part == "distil":
            row = distil(texts, args.teacher)
        else:
            parser.error(f"unknown part {part!r}")
        row |= {"when": when, "command": command}
        print(part, json.dumps(row))
        save_result(part, row)
    if not args.no_write:
        write_section("Classifiers", section(load_results()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
