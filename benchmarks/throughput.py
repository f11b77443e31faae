"""Docs/s and MB/s of our pipeline against datatrove's FineWeb pipeline, on the same WARC input.

    python benchmarks/throughput.py                 # ~2,000 real pages + the sample; writes BENCHMARKS.md
    python benchmarks/throughput.py --records 600 --no-write --skip pipeline_run

The input (benchmarks/_warc_input.py): the 506 real pages of ../shared/data/extraction as WARC
response records, repeated under other URLs to `--records` records, plus the bundled sample's
three WARC files. Every measurement runs in its own fresh process, one core:
  floor          only reading + decompressing every record (FastWARC, and warcio as datatrove reads)
  ours/<stage>   each stage alone on the previous stage's output (stage classes, one process)
  ours/e2e       filter_warc_file -> dedup (sequential, same functions as the Ray run) -> finish_warc_file
  datatrove      WarcReader, URLFilter, Trafilatura, LanguageFilter -> JsonlWriter; its 4-step
                 MinHash; MinhashDedupFilter, PIIFormatter, DocumentTokenizer (LocalPipelineExecutor,
                 tasks=1 (14 for the bucket step, as datatrove requires), workers=1)
  pipeline run   the real CLI on a 1-CPU local Ray cluster: wall time, start-up included
Throughput is per CPU second (user + system of the process and its children, so datatrove's
extraction sandbox process counts), which holds on a machine shared with other jobs; peak memory is
the largest resident set of the process or of one child.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _report import machine, markdown_table, versions, write_section  # noqa: E402
from _warc_input import SNAPSHOT, build_input  # noqa: E402

MEASUREMENTS = ("floor", "ours_stages", "ours_e2e", "datatrove", "pipeline_run")
VERSIONS = ("fastwarc", "warcio", "trafilatura", "fasttext-predict", "datasketch",
            "presidio_analyzer", "tiktoken", "datatrove", "tokenizers", "nltk", "ray")


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mb() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return max(own.ru_maxrss, children.ru_maxrss) / 1024  # Linux: KiB


class Clock:
    """CPU seconds of this process (and its waited-for children) inside a `with` block."""

    def __enter__(self):
        self.started = cpu_seconds()
        self.wall_started = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = cpu_seconds() - self.started
        self.wall = time.perf_counter() - self.wall_started


# --- measurements (each runs in its own process) -------------------------------------------------

def measure_floor(root: Path, facts: dict) -> dict:
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator

    out = {}
    with Clock() as clock:
        records = 0
        for path in facts["warc_paths"]:
            with open(root / path, "rb") as stream:
                for record in ArchiveIterator(stream, record_types=WarcRecordType.any_type):
                    record.reader.read()
                    records += 1
    out["fastwarc"] = dict(records=records, cpu_s=clock.seconds)
    with Clock() as clock:
        records = 0
        for path in facts["warc_paths"]:
            with open(root / path, "rb") as stream:
                for record in WarcioIterator(stream):
                    record.content_stream().read()
                    records += 1
    out["warcio"] = dict(records=records, cpu_s=clock.seconds)
    return out


def measure_ours_stages(root: Path, facts: dict) -> dict:
    """Each stage alone on the previous stage's output; setup (model loading) is not counted."""
    import numpy as np

    from pipeline import shards
    from pipeline.warc import read_records
    from stages import dedup
    from stages.blocklist import BlocklistConfig, UrlBlocklist
    from stages.dedup import DedupConfig, MinHasher
    from stages.extract import ExtractConfig, TextExtractor
    from stages.langid import LangIdConfig, LanguageId
    from stages.pii import PiiConfig, PiiScrubber
    from stages.tokenize import TokenizeConfig, Tokenizer

    batch = 256
    out = {}

    def record(name, docs_in, bytes_in, clock, docs_out):
        out[name] = dict(docs_in=docs_in, bytes_in=bytes_in, cpu_s=clock.seconds, docs_out=docs_out)

    with Clock() as clock:
        pages = []
        records = 0
        for path in facts["warc_paths"]:
            with open(root / path, "rb") as stream:
                for rec in read_records(stream):
                    records += 1
                    if rec.decision.kept:
                        pages.append((rec.url or "", rec.payload, rec.charset))
    record("read", records, facts["compressed_bytes"], clock, len(pages))

    blocklist = UrlBlocklist(BlocklistConfig())
    with Clock() as clock:
        allowed = [p for p in pages if blocklist.check(p[0]).kept]
    record("blocklist", len(pages), sum(len(p[1]) for p in pages), clock, len(allowed))

    from stages.prefilter import LanguagePrefilter

    langid = LanguageId(LangIdConfig())
    prefilter = LanguagePrefilter()
    with Clock() as clock:
        candidates = [p for p in allowed if prefilter.check(p[1]).kept]
    record("page_prefilter", len(allowed), sum(len(p[1]) for p in allowed), clock, len(candidates))

    extractor = TextExtractor(ExtractConfig())
    with Clock() as clock:
        texts = []
        for url, payload, charset in allowed:
            text, decision = extractor.extract(payload, charset, url)
            if decision.kept:
                texts.append(text)
    record("extract", len(allowed), sum(len(p[1]) for p in allowed), clock, len(texts))
    with Clock() as clock:
        for url, payload, charset in candidates:
            extractor.extract(payload, charset, url)
    record("extract_after_prefilter", len(candidates), sum(len(p[1]) for p in candidates), clock, 0)

    text_bytes = lambda items: sum(len(t.encode("utf-8")) for t in items)  # noqa: E731
    with Clock() as clock:
        english = [t for t, (lang, score) in zip(texts, langid.predict(texts))
                   if langid.decide(lang, score).kept]
    record("langid", len(texts), text_bytes(texts), clock, len(english))

    config = DedupConfig()
    hasher = MinHasher(config)
    with Clock() as clock:
        signatures = np.concatenate([hasher.signatures(english[i:i + batch])
                                     for i in range(0, len(english), batch)] or
                                    [np.zeros((0, config.num_perm), np.uint64)])
    record("minhash", len(english), text_bytes(english), clock, len(english))

    with Clock() as clock:
        bands = dedup.band_hashes(signatures, config)
        doc_id, band_idx, band_hash = dedup.band_rows(np.arange(len(english)), bands)
        src, dst = dedup.bucket_edges(doc_id, band_idx, band_hash)
        node, label = dedup.connected_components(src, dst, config.partitions)
        duplicate = set(node[node != label].tolist())
        unique = [t for i, t in enumerate(english) if i not in duplicate]
    record("dedup", len(english), signatures.nbytes, clock, len(unique))

    scrubber = PiiScrubber(PiiConfig())
    with Clock() as clock:
        scrubbed = [scrubber.scrub(t)[0] for t in unique]
    record("pii", len(unique), text_bytes(unique), clock, len(scrubbed))

    tokenizer = Tokenizer(TokenizeConfig())
    shard = root.parent / f"{root.name}-ours-shard.bin"
    with Clock() as clock:
        documents = []
        for i in range(0, len(scrubbed), batch):
            documents += tokenizer.encode_documents(scrubbed[i:i + batch])
        shards.write_shard(shard, np.concatenate(documents).astype(tokenizer.dtype))
    record("tokenize", len(scrubbed), text_bytes(scrubbed), clock, len(scrubbed))
    out["tokens"] = int(sum(len(d) for d in documents))
    shard.unlink()
    return out


def measure_ours_e2e(root: Path, facts: dict) -> dict:
    """The Ray run's per-file and dedup functions, called in order in this one process."""
    import dataclasses

    import pyarrow.parquet as pq

    from pipeline import run as R
    from pipeline.snapshot import list_warc_files

    output = root.parent / f"{root.name}-ours-out"
    shutil.rmtree(output, ignore_errors=True)
    warcs = list_warc_files(str(root), SNAPSHOT)
    config = R.RunConfig(snapshot=SNAPSHOT, data_root=str(root), output=str(output))
    config = dataclasses.replace(config, dedup=dataclasses.replace(
        config.dedup, partitions=R.auto_partitions(len(warcs))))
    layout = R.Layout(config)
    layout.make()
    parts = config.dedup.partitions
    with Clock() as clock:
        for warc in warcs:
            R.filter_warc_file(config, warc)
        # pipeline/run.py's _global_dedup, task by task, without Ray
        groups = [warcs[i:i + R.FILES_PER_BAND_GROUP]
                  for i in range(0, len(warcs), R.FILES_PER_BAND_GROUP)]
        for g, group in enumerate(groups):
            R.group_bands(config, g, group)
        for p in range(parts):
            R.bucket_partition(config, len(groups), p)
        edges, labels = zip(*[R.partition_edges(config, q) for q in range(parts)])
        round_number = 0
        while True:
            for q in range(parts):
                R.scatter(config, round_number, q, edges[q], labels[q])
            results = [R.gather(config, round_number, q, labels[q]) for q in range(parts)]
            labels = [r[0] for r in results]
            round_number += 1
            if sum(r[1] for r in results) == 0:
                break
        for q in range(parts):
            R.write_labels(config, q, labels[q])
        for warc in warcs:
            R.finish_warc_file(config, warc)
    documents = pq.read_table(output / SNAPSHOT / "documents", columns=["tokens"])
    result = dict(cpu_s=clock.seconds, wall_s=clock.wall, documents=documents.num_rows,
                  tokens=int(documents["tokens"].to_numpy().sum()))
    shutil.rmtree(output, ignore_errors=True)
    return result


def measure_datatrove(root: Path, facts: dict) -> dict:
    from _datatrove_offline import cl100k_tokenizer_json, english_word_tokenizer, patch_offline

    patch_offline()
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import (MinhashDedupBuckets, MinhashDedupCluster,
                                          MinhashDedupFilter, MinhashDedupSignature)
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.extractors import Trafilatura
    from datatrove.pipeline.filters import LanguageFilter, URLFilter
    from datatrove.pipeline.formatters import PIIFormatter
    from datatrove.pipeline.readers import JsonlReader, WarcReader
    from datatrove.pipeline.tokens import DocumentTokenizer
    from datatrove.pipeline.writers import JsonlWriter
    from datatrove.utils.hashing import HashConfig

    work = root.parent / f"{root.name}-datatrove"
    shutil.rmtree(work, ignore_errors=True)
    tokenizer_file = cl100k_tokenizer_json(root.parent / "cl100k_base.tokenizer.json")
    minhash = MinhashConfig(hash_config=HashConfig(precision=64), num_buckets=14,
                            hashes_per_bucket=8)  # FineWeb's
    segments = str(root / "crawl-data" / SNAPSHOT / "segments")

    def execute(name, steps, tasks=1):
        executor = LocalPipelineExecutor(pipeline=steps, tasks=tasks, workers=1,
                                         logging_dir=str(work / "logs" / name))
        executor.run()

    steps = {}
    with Clock() as clock:
        execute("filter", [
            WarcReader(segments, glob_pattern="*/warc/*.warc.gz"),
            URLFilter(),
            Trafilatura(favour_precision=True),  # FineWeb's; timeout 1 s per page (its default)
            LanguageFilter(languages=["en"]),  # threshold 0.65
            JsonlWriter(str(work / "filtered")),
        ])
        steps["filter"] = cpu_seconds() - clock.started
        execute("signatures", [JsonlReader(str(work / "filtered")),
                               MinhashDedupSignature(str(work / "signatures"), config=minhash,
                                                     language=english_word_tokenizer())])
        execute("buckets", [MinhashDedupBuckets(str(work / "signatures"), str(work / "buckets"),
                                                config=minhash)], tasks=minhash.num_buckets)
        execute("cluster", [MinhashDedupCluster(str(work / "buckets"), str(work / "remove_ids"),
                                                config=minhash)])
        steps["minhash"] = cpu_seconds() - clock.started - steps["filter"]
        execute("finish", [
            JsonlReader(str(work / "filtered")),
            MinhashDedupFilter(str(work / "remove_ids")),
            PIIFormatter(),
            DocumentTokenizer(str(work / "tokens"), tokenizer_name_or_path=str(tokenizer_file),
                              eos_token="<|endoftext|>", shuffle_documents=False),
        ])
    steps["finish"] = clock.seconds - steps["filter"] - steps["minhash"]
    per_step = {}
    for logs in sorted((work / "logs").iterdir()):
        for step in json.loads((logs / "stats.json").read_text()):
            stats = step.get("stats", {})
            count = lambda key: stats[key] if isinstance(stats.get(key), int) else (  # noqa: E731
                stats.get(key, {}).get("total", 0) if isinstance(stats.get(key), dict) else 0)
            name = step["name"].split(": ", 1)[-1].lstrip("⛏🌍😈🕷🐿📞✍️🎯 ").strip()
            entry = per_step.setdefault(f"{logs.name}: {name}", dict(
                wall_s=0.0, docs_in=0, forwarded=0, dropped=0))
            entry["wall_s"] += step.get("time_stats", {}).get("total", 0.0)
            entry["docs_in"] += count("total") or count("documents")
            entry["forwarded"] += count("forwarded") or count("documents")
            entry["dropped"] += count("dropped")
    # cl100k_base has > 2**16 ids, so datatrove writes 4-byte tokens (EOS included, like ours).
    tokens = sum(p.stat().st_size for p in (work / "tokens").rglob("*.ds")) // 4
    result = dict(cpu_s=clock.seconds, wall_s=clock.wall, phases=steps, per_step=per_step,
                  tokens=tokens)
    shutil.rmtree(work, ignore_errors=True)
    return result


def measure_pipeline_run(root: Path, facts: dict) -> dict:
    output = root.parent / f"{root.name}-pipeline-run"
    shutil.rmtree(output, ignore_errors=True)
    command = ["pipeline", "run", "--snapshot", SNAPSHOT, "--data-root", str(root),
               "--output", str(output), "--num-cpus", "1", "--no-progress"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    summary = json.loads((output / SNAPSHOT / "summary.json").read_text())
    shutil.rmtree(output, ignore_errors=True)
    return dict(wall_s=wall, command=" ".join(command[:-5] + ["--num-cpus", "1"]),
                summary_keys=sorted(summary)[:20])


# --- driver -------------------------------------------------------------------------------------

def run_measurement(name: str, root: Path) -> dict:
    """`name` in a fresh interpreter, so its peak memory and imports are its own."""
    result_file = root.parent / f"{root.name}-{name}.json"
    command = [sys.executable, __file__, "--root", str(root), "--measure", name,
               "--result", str(result_file)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"measurement {name} failed:\n{done.stderr[-4000:]}")
    result = json.loads(result_file.read_text())
    result_file.unlink()
    print(f"  {name}: {time.perf_counter() - started:.0f} s wall", flush=True)
    return result


def mb(n: float) -> float:
    return n / 1e6


def fmt(x: float, digits: int = 1) -> str:
    return f"{x:,.{digits}f}"


def report(facts: dict, results: dict, args) -> str:
    pages, compressed = facts["html_pages"], facts["compressed_bytes"]
    lines = []
    header = ["pipeline / step", "docs in", "CPU s", "docs/s", "MB/s", "peak MB"]
    rows = []
    floor = results.get("floor")
    if floor:
        for reader in ("fastwarc", "warcio"):
            f = floor[reader]
            rows.append([f"floor: read + decompress ({reader})", f["records"], fmt(f["cpu_s"], 2),
                         fmt(f["records"] / f["cpu_s"], 0), fmt(mb(compressed) / f["cpu_s"]),
                         fmt(floor["peak_mb"], 0)])
    stages = results.get("ours_stages")
    if stages:
        labels = {"page_prefilter": "page prefilter (stage `prefilter`)",
                  "extract_after_prefilter": "extract, only pages the prefilter keeps"}
        names = ("read", "blocklist", "extract", "langid", "minhash", "dedup", "pii", "tokenize",
                 "page_prefilter", "extract_after_prefilter")
        for name in names:
            s = stages[name]
            rows.append([f"ours: {labels.get(name, name)} alone", s["docs_in"], fmt(s["cpu_s"], 2),
                         fmt(s["docs_in"] / s["cpu_s"], 0), fmt(mb(s["bytes_in"]) / s["cpu_s"]),
                         ""])
        rows[-1][-1] = fmt(stages["peak_mb"], 0)
        current = sum(stages[n]["cpu_s"] for n in names[:8])
        proposed = current - stages["extract"]["cpu_s"] + sum(stages[n]["cpu_s"] for n in names[8:])
        rows.append(["ours: sum of the stages alone, no prefilter (`--no-prefilter`)", pages, fmt(current, 1),
                     fmt(pages / current), "", ""])
        rows.append(["ours: sum of the stages alone, with the prefilter (default)", pages,
                     fmt(proposed, 1), fmt(pages / proposed), "", ""])
    ours, theirs = results.get("ours_e2e"), results.get("datatrove")
    if ours:
        rows.append(["**ours: end to end**", pages, fmt(ours["cpu_s"], 1),
                     f"**{fmt(pages / ours['cpu_s'])}**", fmt(mb(compressed) / ours["cpu_s"], 2),
                     fmt(ours["peak_mb"], 0)])
    if theirs:
        for phase, label in (("filter", "read, URL filter, trafilatura, langid, write"),
                             ("minhash", "4-step MinHash (signatures, 14 bucket tasks, cluster)"),
                             ("finish", "dedup filter, PII, tokenize")):
            rows.append([f"datatrove: {label}", "", fmt(theirs["phases"][phase], 1), "", "", ""])
        rows.append(["**datatrove: end to end**", pages, fmt(theirs["cpu_s"], 1),
                     f"**{fmt(pages / theirs['cpu_s'])}**", fmt(mb(compressed) / theirs["cpu_s"], 2),
                     fmt(theirs["peak_mb"], 0)])
    lines.append(markdown_table(header, rows))
    if ours and theirs:
        ratio = theirs["cpu_s"] / ours["cpu_s"]
        lines.append(f"\n**ours / datatrove, docs per CPU second end to end: {ratio:.2f}x** "
                     f"(goal >= 3x). Tokens written: ours {ours['tokens']:,}, datatrove "
                     f"{theirs['tokens']:,} (same cl100k_base ranks; the counts differ by what "
                     f"each extractor keeps).")
    if theirs and theirs.get("per_step"):
        step_rows = [[name, s["docs_in"], s["forwarded"], s["dropped"], fmt(s["wall_s"], 2)]
                     for name, s in theirs["per_step"].items()]
        lines.append("\ndatatrove's own per-step statistics (wall seconds inside the step, its "
                     "stats.json):\n\n" + markdown_table(
                         ["datatrove step", "docs in", "forwarded", "dropped", "wall s"], step_rows))
    run = results.get("pipeline_run")
    if run:
        lines.append(f"\n`pipeline run` on the same input, 1-CPU local Ray cluster, start-up "
                     f"included: **{run['wall_s']:.1f} s wall** ({pages / run['wall_s']:.1f} "
                     f"docs/s wall).")
    intro = (
        f"Command: `python benchmarks/throughput.py --records {args.records} --files {args.files}`. "
        f"Input: {facts['page_records']:,} WARC response records built from the 506 real pages of "
        f"`../shared/data/extraction` (repeated under other URLs, so exact copies that dedup "
        f"removes) in {args.files} files, plus the sample snapshot's 3 WARC files "
        f"({facts['sample_records']:,} records, 320 HTML pages): {pages:,} HTML pages, "
        f"{mb(compressed):.1f} MB compressed, {mb(facts['page_html_bytes']):.0f} MB of page HTML. "
        f"Docs/s = HTML pages entering (for a stage alone: documents entering it) per CPU second "
        f"(user + system, children included, one core); MB/s = compressed WARC MB per CPU second "
        f"(for a stage alone: its input bytes). Each row group runs in a fresh process; peak MB is "
        f"its largest resident set (a stage row: of the process that ran all stages).\n\n"
        f"Machine: {machine()}. Versions: {versions(*VERSIONS)}.\n")
    return intro + "\n" + "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2024, help="page records (506 pages repeated)")
    parser.add_argument("--files", type=int, default=4, help="WARC files the pages are split into")
    parser.add_argument("--root", type=Path, default=Path("/tmp/cc_pipeline_bench/input"),
                        help="where the input WARC files are built (reused if already built)")
    parser.add_argument("--skip", action="append", default=[], choices=MEASUREMENTS)
    parser.add_argument("--only", action="append", default=[], choices=MEASUREMENTS)
    parser.add_argument("--no-write", action="store_true", help="print only, leave BENCHMARKS.md")
    parser.add_argument("--measure", choices=MEASUREMENTS, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:  # worker process
        facts = json.loads((args.root / "input.json").read_text())
        result = globals()[f"measure_{args.measure}"](args.root, facts)
        result["peak_mb"] = peak_mb()
        args.result.write_text(json.dumps(result))
        return 0

    if args.measure is None and "datatrove" not in args.skip:
        try:
            import datatrove  # noqa: F401
        except ImportError:
            print("datatrove is not installed: pip install -e '.[bench]' (or --skip datatrove)")
            return 2
    facts = build_input(args.root, records=args.records, files=args.files)
    print(f"input: {facts['html_pages']} HTML pages, {mb(facts['compressed_bytes']):.1f} MB "
          f"compressed, in {args.root}", flush=True)
    names = [n for n in (args.only or MEASUREMENTS) if n not in args.skip]
    results = {name: run_measurement(name, args.root) for name in names}
    body = report(facts, results, args)
    print(body)
    if not args.no_write:
        write_section("Throughput", body)
        print("wrote the Throughput section of BENCHMARKS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
