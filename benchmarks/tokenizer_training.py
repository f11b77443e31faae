"""Tokenizer training, compression and encoding speed on the real text this machine has.

    python benchmarks/tokenizer_training.py            # writes `## Tokenizer training and compression`
    python benchmarks/tokenizer_training.py --no-write --quick

Text (all of it real): ../shared/data/langid (75 languages' sentences, as documents of 10
consecutive sentences), ../shared/data/extraction (506 web pages, main text by the extract step),
the shared WARC files' HTML responses (extract step) and CC's own WET text of one page, and a
`pipeline run --sample` output's kept documents. Each page's language is lid.176's label.
Held out (1 in 4, by the sha1 of the content): langid sentences (documents are made of held-out
sentences only) and pages; no vocabulary is trained on them, and compression and encoding speed
are measured on them only. The sample's articles are lingua's sentences too, so the sample run
only trains, and a sentence it holds is never held out.

Measured:
- trainer throughput, the same training text for each: rustbpe (chosen, nanochat's) and bpeasy,
  and HF `tokenizers` (ByteLevel BPE, same split regex) when installed; MB of UTF-8 text per wall
  second and per CPU second (the trainer runs in a child process; CPU = that process's user+sys,
  all of its threads), and the child's peak RSS;
- compression: UTF-8 bytes per token on the held-out documents per language and per source, for
  rustbpe vocabularies of 8,192, 32,768 and 65,536 ids (nanochat's pattern, special token
  included) trained on the training text, against cl100k_base;
- encoding throughput: tokens per CPU second of tiktoken's `encode_ordinary` in one thread over
  the held-out documents, trained ranks against cl100k_base.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SENTENCES_PER_DOCUMENT = 10
VOCAB_SIZES = (8_192, 32_768, 65_536)
# languages reported one by one (the rest of the 75 are in "other langid languages")
REPORTED = ("en", "de", "fr", "es", "ru", "zh", "ja", "ar", "hi", "ko")


def held_out(text: str) -> bool:
    """1 document in 4, by its content alone."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[-1], 16) % 4 == 0


# ---- corpus -------------------------------------------------------------------------------------

def langid_documents(trained_elsewhere: str) -> tuple[list, list]:
    """(training documents, held-out documents) of the langid sentences, split by sentence: a
    held-out document is made of held-out sentences only, and none of them occurs in
    `trained_elsewhere` (the sample run's text, which is made of lingua's sentences too)."""
    train, held = [], []
    for path in sorted((SHARED / "langid").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        keep_out = [held_out(s) and s not in trained_elsewhere for s in lines]
        for part, out in (([s for s, k in zip(lines, keep_out) if not k], train),
                          ([s for s, k in zip(lines, keep_out) if k], held)):
            for i in range(0, len(part), SENTENCES_PER_DOCUMENT):
                out.append(("langid", path.stem, " ".join(part[i:i + SENTENCES_PER_DOCUMENT])))
    return train, held


def page_documents(quick: bool) -> list[tuple[str, str, str]]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from stages.extract import TextExtractor

    extractor = TextExtractor()
    docs = []
    truth = json.loads((SHARED / "extraction" / "groundtruth.json").read_text())
    for n, (url, entry) in enumerate(sorted(truth.items())):
        if quick and n >= 80:
            break
        html = (SHARED / "extraction" / "html" / entry["file"]).read_bytes()
        text, decision = extractor.extract(html, None, url)
        if text:
            docs.append(("extraction pages", None, text))
    for path in sorted((SHARED / "warc").rglob("*.warc*")):
        if ".wat." in path.name or ".wet." in path.name or path.suffix == ".arc":
            continue
        try:
            with open(path, "rb") as stream:
                for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
                    content_type = (record.http_headers or {}).get("Content-Type", "") if record.http_headers else ""
                    if "html" not in content_type.lower():
                        continue
                    text, _ = extractor.extract(record.reader.read(), None, record.headers.get("WARC-Target-URI"))
                    if text:
                        docs.append(("WARC pages", None, text))
        except Exception as error:  # warcio's edge-case files are damaged on purpose
            print(f"  {path.name}: {type(error).__name__} (skipped)", file=sys.stderr)
    wet = SHARED / "warc" / "cc_main_2024_22_whirlwind" / "whirlwind.wet_conversion_text.txt"
    if wet.is_file():
        docs.append(("WARC pages", None, wet.read_text(encoding="utf-8", errors="replace")))
    return docs


def sample_run_documents(workdir: Path) -> list[tuple[str, str, str]]:
    import pyarrow.dataset as ds

    output = workdir / "sample"
    subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--sample", "--output", str(output),
                    "--no-progress"], cwd=REPO, check=True, capture_output=True)
    table = ds.dataset(output / "sample-CC-MAIN-2024-10" / "documents", format="parquet").to_table(
        columns=["text", "language"])
    return [("sample run", language, text) for text, language in
            zip(table["text"].to_pylist(), table["language"].to_pylist())]


def label_languages(docs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    from stages.lid_model import LABEL_PREFIX, default_model_path, load_model

    model = load_model(default_model_path())
    labelled = []
    for source, language, text in docs:
        if language is None:
            labels, _ = model.predict(" ".join(text.split())[:2000])
            language = labels[0][len(LABEL_PREFIX):]
        labelled.append((source, language, text))
    return labelled


# ---- training in a child process -----------------------------------------------------------------

def train_child(trainer: str, vocab_size: int, corpus: str, ranks_out: str) -> dict:
    """Runs in its own process: the training call only is timed (the text is read first)."""
    from pipeline.vocab import SPLIT_PATTERN, VocabSettings, encode_ranks, train_ranks

    texts = json.loads(Path(corpus).read_text())
    wall, cpu = time.perf_counter(), time.process_time()
    if trainer == "rustbpe":
        ranks = train_ranks(texts, VocabSettings(vocab_size=vocab_size))
        Path(ranks_out).write_bytes(encode_ranks(ranks))
        size = len(ranks)
    elif trainer == "bpeasy":
        import bpeasy

        ranks = bpeasy.train_bpe(iter(texts), SPLIT_PATTERN, 128, vocab_size - 1)
        size = len(ranks)
    elif trainer == "hf tokenizers":
        from tokenizers import Regex, Tokenizer, models, pre_tokenizers, trainers

        tokenizer = Tokenizer(models.BPE())
        tokenizer.pre_tokenizer = pre_tokenizers.Sequence([
            pre_tokenizers.Split(Regex(SPLIT_PATTERN), "isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
        tokenizer.train_from_iterator(iter(texts), trainers.BpeTrainer(
            vocab_size=vocab_size - 1, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False))
        size = tokenizer.get_vocab_size()
    else:
        raise ValueError(trainer)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"trainer": trainer, "vocab_size": vocab_size, "ranks": size, "wall_s": wall, "cpu_s": cpu,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_trainer(trainer: str, vocab_size: int, corpus: Path, ranks_out: Path) -> dict:
    result = subprocess.run([sys.executable, __file__, "--child", trainer, str(vocab_size), str(corpus),
                             str(ranks_out)], cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{trainer}: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


# ---- measurements --------------------------------------------------------------------------------

def bytes_per_token(encoding, docs: list[str]) -> tuple[int, int]:
    total_bytes = sum(len(t.encode("utf-8")) for t in docs)
    total_tokens = sum(len(encoding.encode_ordinary(t)) for t in docs)
    return total_bytes, total_tokens


def encode_speed(encoding, docs: list[str], repeat: int) -> tuple[float, float]:
    """(tokens, UTF-8 bytes) per CPU second, one thread, the best of `repeat` passes over `docs`."""
    size = sum(len(t.encode("utf-8")) for t in docs)
    best = float("inf")
    for _ in range(repeat):
        cpu = time.process_time()
        tokens = sum(len(encoding.encode_ordinary(t)) for t in docs)
        best = min(best, max(time.process_time() - cpu, 1e-9))
    return tokens / best, size / best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="80 extraction pages, 8,192 and 32,768 only")
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        trainer, vocab_size, corpus, ranks_out = args.child
        print(json.dumps(train_child(trainer, int(vocab_size), corpus, ranks_out)))
        return 0

    from _report import machine, markdown_table, versions, write_section

    from stages.tokenize import load_encoding

    load = os.getloadavg()
    started = time.time()
    workdir = Path(tempfile.mkdtemp(prefix="tokenizer_bench_"))
    print("building the corpus (langid sentences, extraction pages, WARC pages, sample run) ...", flush=True)
    sample = sample_run_documents(workdir)
    langid_train, langid_held = langid_documents("\n".join(t for _, _, t in sample))
    pages = label_languages(page_documents(args.quick))
    docs = langid_train + langid_held + pages + sample
    train = [t for _, _, t in langid_train + sample] + [t for _, _, t in pages if not held_out(t)]
    held = langid_held + [d for d in pages if held_out(d[2])]
    train_mb = sum(len(t.encode()) for t in train) / 1e6
    held_mb = sum(len(t.encode()) for _, _, t in held) / 1e6
    by_source = defaultdict(lambda: [0, 0])
    for source, _, text in docs:
        by_source[source][0] += 1
        by_source[source][1] += len(text.encode())
    corpus = workdir / "train.json"
    corpus.write_text(json.dumps(train))
    print(f"training text: {len(train):,} documents, {train_mb:.1f} MB; held out: {len(held):,} documents, "
          f"{held_mb:.1f} MB", flush=True)

    # trainer throughput: the same text, 32,768 ids
    trainers = ["rustbpe", "bpeasy"] + (["hf tokenizers"] if installed("tokenizers") else [])
    speed_rows = []
    for trainer in trainers:
        result = run_trainer(trainer, 32_768, corpus, workdir / f"{trainer}.tiktoken")
        speed_rows.append([trainer + (" (chosen)" if trainer == "rustbpe" else ""), f"{result['ranks']:,}",
                           f"{train_mb:.1f}", f"{result['wall_s']:.1f}", f"{result['cpu_s']:.1f}",
                           f"{train_mb / result['wall_s']:.2f}", f"{train_mb / result['cpu_s']:.2f}",
                           f"{result['peak_rss_mb']:.0f}"])
        print(f"  {trainer}: {result['wall_s']:.1f} s wall, {result['cpu_s']:.1f} CPU s", flush=True)

    # vocabularies: rustbpe at each size (the training card's way: pipeline.vocab.train_ranks)
    from pipeline.vocab import VocabSettings

    sizes = VOCAB_SIZES[:2] if args.quick else VOCAB_SIZES
    encodings, train_seconds = {}, {}
    for size in sizes:
        result = run_trainer("rustbpe", size, corpus, workdir / f"v{size}.tiktoken")
        train_seconds[size] = result
        path = workdir / f"v{size}.tiktoken"
        ranks = {}
        import base64

        for line in path.read_bytes().splitlines():
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
        import tiktoken

        encodings[f"trained {size:,}"] = tiktoken.Encoding(
            name=f"v{size}", pat_str=VocabSettings(vocab_size=size).pattern, mergeable_ranks=ranks,
            special_tokens={"<|endoftext|>": len(ranks)})
    encodings["cl100k_base"] = load_encoding("cl100k_base")

    groups = defaultdict(list)
    for source, language, text in held:
        if source == "langid":
            groups[f"langid {language}" if language in REPORTED else "langid, other 65 languages"].append(text)
        else:
            groups[f"{source}"].append(text)
            if source == "extraction pages" and language in REPORTED:
                groups[f"extraction pages, {language}"].append(text)
    order = ([f"langid {code}" for code in REPORTED] + ["langid, other 65 languages", "extraction pages"]
             + [f"extraction pages, {code}" for code in REPORTED] + ["WARC pages"])
    compression_rows = []
    omitted = []  # languages whose sentences the sample run holds nearly all of (en): nothing left to hold out
    for name in order:
        texts = groups.get(name)
        if not texts:
            continue
        if name.startswith("langid ") and len(texts) < 5:
            omitted.append(f"{name} ({len(texts)} held-out document(s): the sample run's articles hold its other sentences)")
            continue
        row = [name, len(texts), f"{sum(len(t.encode()) for t in texts) / 1e3:,.0f}"]
        for label, encoding in encodings.items():
            total_bytes, total_tokens = bytes_per_token(encoding, texts)
            row.append(f"{total_bytes / total_tokens:.2f}")
        compression_rows.append(row)
    all_held = [t for _, _, t in held]
    total = ["all held out", len(all_held), f"{held_mb * 1e3:,.0f}"]
    for encoding in encodings.values():
        total_bytes, total_tokens = bytes_per_token(encoding, all_held)
        total.append(f"**{total_bytes / total_tokens:.2f}**")
    compression_rows.append(total)

    speed_encode = []
    for label, encoding in encodings.items():
        tokens_per_s, bytes_per_s = encode_speed(encoding, all_held, repeat=3)
        speed_encode.append([label, f"{encoding.n_vocab:,}", f"{tokens_per_s / 1e6:.2f}", f"{bytes_per_s / 1e6:.1f}"])
    largest = list(encodings)[-2]
    per_language = [groups[f"langid {code}"] for code in REPORTED if len(groups.get(f"langid {code}", ())) >= 5]
    sizes_kb = [sum(len(t.encode()) for t in texts) / 1e3 for texts in per_language]
    langid_span = (f"{min(map(len, per_language))} to {max(map(len, per_language))} documents, "
                   f"{min(sizes_kb):.0f} to {max(sizes_kb):.0f} KB")
    english = next((row for row in compression_rows if row[0] == "extraction pages, en"), None)
    english_pages = (f"{english[-1]} against {english[-2]} bytes per token" if english else "not measured")
    wins = [row[0] for row in compression_rows[:-1] if float(row[-2]) > float(row[-1])]
    losses = [row[0] for row in compression_rows[:-1] if float(row[-2]) <= float(row[-1])]

    sources = markdown_table(["source", "documents", "MB"],
                             [[s, f"{n:,}", f"{b / 1e6:.2f}"] for s, (n, b) in by_source.items()])
    table_train = markdown_table(["trainer", "ranks trained", "MB of text", "wall s", "CPU s", "MB / wall s",
                                  "MB / CPU s", "peak RSS MB"], speed_rows)
    table_sizes = markdown_table(["rustbpe vocabulary", "ids trained", "wall s", "CPU s", "peak RSS MB"],
                                 [[f"{s:,}", f"{r['ranks'] + 1:,}", f"{r['wall_s']:.1f}", f"{r['cpu_s']:.1f}",
                                   f"{r['peak_rss_mb']:.0f}"] for s, r in train_seconds.items()])
    table_compression = markdown_table(["held-out documents", "docs", "KB", *encodings], compression_rows)
    table_encode = markdown_table(["ranks", "ids", "M tokens / CPU s", "MB / CPU s"], speed_encode)
    command = "python benchmarks/tokenizer_training.py" + (" --quick" if args.quick else "")
    body = f"""
`{command}` ({machine()}; load average {load[0]:.2f} at the start; {versions('rustbpe', 'bpeasy', 'tokenizers', 'tiktoken')}; {time.time() - started:.0f} s).

All the real text this machine has, as documents (langid: {SENTENCES_PER_DOCUMENT} consecutive sentences of one language;
pages: the extract step's main text; language: lid.176's label). Held out, by content hash, 1 in 4 of the
langid sentences (held-out documents are made of held-out sentences only) and of the pages: never trained on,
and the only text compression and encoding speed are measured on. The sample run's articles are lingua's
sentences too (pipeline/sample/README.md): it only trains, and no sentence it holds is held out.
Training text: **{len(train):,} documents, {train_mb:.1f} MB** (held out: {len(held):,} documents, {held_mb:.1f} MB).

{sources}

Trainer throughput, the same {train_mb:.1f} MB for each, 32,768 ids, nanochat's split pattern (each trainer in
its own process; CPU = that process's user+sys over all its threads; 2 cores, so wall < CPU where a trainer
runs threads):

{table_train}

rustbpe is chosen: the fastest per wall and per CPU second here, nanochat's trainer, and its ranks are
tiktoken's mergeable ranks as they are (bpeasy's are too; HF `tokenizers` works on a byte-to-unicode
alphabet and needs a remap, and has no ranks file). rustbpe at each size (training time grows with the
number of merges; the text is read once):

{table_sizes}

Compression, UTF-8 bytes per token on held-out documents (higher is better; the trained vocabularies
saw {train_mb:.1f} MB, cl100k_base saw a large part of the web):

{table_compression}

{"Not in the table: " + "; ".join(omitted) + ". English is measured on the pages." if omitted else ""}

Encoding throughput, tiktoken `encode_ordinary`, one thread, best of 3 passes over all held-out documents:

{table_encode}

Reading (compression is deterministic: the same text gives the same numbers; only times vary): the
{largest} vocabulary compresses better than cl100k_base on {", ".join(wins) or "none"}; worse on
{", ".join(losses) or "none"}. It wins where its training text is rich and cl100k_base's thin: the non-Latin
scripts and the 65 other languages (the langid sentences are {by_source["langid"][1] / 1e6:.1f} of the {train_mb + held_mb:.1f} MB,
75 languages in equal parts). The extraction set's pages were split page by page, so a held-out page may share
its site's boilerplate with trained ones. On English web pages cl100k_base stays ahead
({english_pages}). Held-out langid documents are few per language ({langid_span}): read those rows as a
direction, not a figure. A 65,536-id vocabulary is the largest that gives uint16 shards (llm.c's C/CUDA
trainers). All this is what {train_mb:.1f} MB of training text shows; nanochat trains on 2B characters, and a
vocabulary trained on a snapshot's output is another measurement.
"""
    print(body)
    if not args.no_write:
        write_section("Tokenizer training and compression", body)
        print("wrote BENCHMARKS.md: ## Tokenizer training and compression")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
