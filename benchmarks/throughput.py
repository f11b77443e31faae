"""Records per CPU second of the real `pipeline run` against datatrove's FineWeb pipeline, same input.

    python benchmarks/throughput.py                              # real pages, two sizes; BENCHMARKS.md
    python benchmarks/throughput.py --input MIRROR --snapshot NAME --files 2,8
    python benchmarks/throughput.py --held-out --no-write        # only the pages never tuned on

Input: any folder in Common Crawl's layout (`MIRROR/crawl-data/NAME/warc.paths.gz` listing WARC
files relative to MIRROR), read at two sizes (the first N1 and N2 files of the listing), or, by
default, WARC files built from the 506 real pages of ../shared/data/extraction
(benchmarks/_warc_input.py) at two sizes. Each run is a fresh process tree:
  ours            `pipeline run --snapshot NAME --data-root MIRROR --num-cpus 1` (the CLI users run:
                  Ray start-up, model loading, every step of the default FineWeb recipe, dedup,
                  PII, tokenization, writing)
  ours_no_prefilter  the same with --no-prefilter
  datatrove       WarcReader, URLFilter, Trafilatura(favour_precision), LanguageFilter,
                  GopherRepetitionFilter, GopherQualityFilter, C4QualityFilter(no terminal-punct
                  rule), FineWebQualityFilter -> JsonlWriter (datatrove's examples/fineweb.py);
                  its 4-step MinHash; MinhashDedupFilter, PIIFormatter, DocumentTokenizer
                  (LocalPipelineExecutor, workers=1), offline (benchmarks/_datatrove_offline.py)
With --repeat N each side and size runs N times (alternating the order) and the least CPU counts.
CPU is user + system time of every process of the tree (the command and all its descendants:
Ray's GCS, raylet and workers, datatrove's extraction sandbox), sampled with psutil every 0.1 s
until each process ends (getrusage misses processes nobody waits for, such as Ray's workers).
Records = WARC response records in the input. From the two sizes: marginal cost = extra CPU /
extra records, fixed cost = CPU of the small run - its records x the marginal cost.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _report import machine, markdown_table, versions, write_section  # noqa: E402

VERSIONS = ("trafilatura", "lxml", "fasttext-predict", "datatrove", "ray", "tiktoken", "tokenizers")
SIDES = ("ours", "ours_no_prefilter", "datatrove")
PYTHON = sys.executable
_KEEP_DATATROVE_WORK = False


# --- CPU of a process tree -------------------------------------------------------------------------

class TreeCpu:
    """User + system CPU seconds of a process and every descendant it ever had, by sampling.

    Each process's own times (not its children's fields, which would count reaped ones twice)
    are read every `interval` seconds; a process is followed until it ends, even after it was
    re-parented (Ray's processes can outlive the command by a moment). A process living less
    than `interval` can be missed; Ray's and datatrove's processes live for the whole run."""

    def __init__(self, pid: int, interval: float = 0.1):
        import psutil

        self._psutil = psutil
        self.interval = interval
        self.processes = {}
        self.cpu = {}
        self.peak_rss = 0
        self._stop = threading.Event()
        self._add(psutil.Process(pid))
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _add(self, process) -> None:
        try:
            key = (process.pid, process.create_time())
        except self._psutil.Error:
            return
        self.processes.setdefault(key, process)

    def sample(self) -> None:
        psutil = self._psutil
        rss = 0
        for key, process in list(self.processes.items()):
            try:  # a child ending while it is listed must not stop us following the parent
                children = process.children(recursive=True)
            except psutil.Error:
                children = []
            for child in children:
                self._add(child)
            try:
                times = process.cpu_times()
                self.cpu[key] = times.user + times.system
                rss += process.memory_info().rss
            except psutil.Error:
                if not process.is_running():
                    self.processes.pop(key, None)  # ended: its last sample stays counted
        self.peak_rss = max(self.peak_rss, rss)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def finish(self, linger: float = 3.0) -> float:
        """Stop after the root has exited and the rest of the tree ended (or `linger` s passed)."""
        deadline = time.monotonic() + linger
        while self.processes and time.monotonic() < deadline:
            time.sleep(self.interval)
        self._stop.set()
        self._thread.join()
        return sum(self.cpu.values())


def run_measured(command: list[str], env=None) -> dict:
    """Run `command`; its tree's CPU seconds, wall seconds, peak summed RSS (MB)."""
    import psutil

    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env=env)
    tree = TreeCpu(process.pid)
    out, err = process.communicate()
    wall = time.perf_counter() - started
    cpu = tree.finish()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}:\n{err[-3000:]}")
    return dict(cpu_s=cpu, wall_s=wall, peak_mb=tree.peak_rss / 1e6, stdout=out[-2000:])


# --- inputs ----------------------------------------------------------------------------------------

def listing(mirror: Path, snapshot: str) -> list[str]:
    paths_file = mirror / "crawl-data" / snapshot / "warc.paths.gz"
    if not paths_file.is_file():
        raise SystemExit(f"{paths_file}: not found; --input must be a folder in Common Crawl's "
                         f"layout (crawl-data/<SNAPSHOT>/warc.paths.gz)")
    with gzip.open(paths_file, "rt") as lines:
        return [line.strip() for line in lines if line.strip()]


def count_responses(mirror: Path, paths: list[str]) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    for path in paths:
        with open(mirror / path, "rb") as stream:
            count += sum(1 for _ in ArchiveIterator(stream, record_types=WarcRecordType.response,
                                                     parse_http=False))
    return count


def subset(mirror: Path, snapshot: str, files: int, work: Path) -> Path:
    """A mirror holding the first `files` files of the listing (symlinked, no copies)."""
    paths = listing(mirror, snapshot)[:files]
    root = work / f"input-{snapshot}-{files}"
    shutil.rmtree(root, ignore_errors=True)
    for path in paths:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).symlink_to((mirror / path).resolve())
    with gzip.open(root / "crawl-data" / snapshot / "warc.paths.gz", "wt") as out:
        out.write("".join(p + "\n" for p in paths))
    return root


# --- the three sides -------------------------------------------------------------------------------

def run_ours(root: Path, snapshot: str, work: Path, prefilter: bool) -> dict:
    output = work / f"out-ours-{root.name}-{int(prefilter)}"
    shutil.rmtree(output, ignore_errors=True)
    command = [str(Path(PYTHON).parent / "pipeline"), "run", "--snapshot", snapshot,
               "--data-root", str(root), "--output", str(output), "--num-cpus", "1", "--no-progress"]
    if not prefilter:
        command.append("--no-prefilter")
    result = run_measured(command)
    result["documents"] = _documents(output / snapshot)
    result["command"] = " ".join(["pipeline"] + command[1:])
    shutil.rmtree(output, ignore_errors=True)
    return result


def _documents(run_dir: Path) -> int | None:
    try:
        import pyarrow.parquet as pq

        return pq.read_table(run_dir / "documents", columns=[]).num_rows
    except Exception:  # noqa: BLE001 - a count for the table only
        return None


def run_datatrove(root: Path, snapshot: str, work: Path) -> dict:
    command = [PYTHON, __file__, "--datatrove-worker", str(root), "--snapshot", snapshot,
               "--work", str(work)]
    result = run_measured(command)
    result.update(json.loads(result.pop("stdout").strip().splitlines()[-1]))
    return result


def datatrove_worker(root: Path, snapshot: str, work: Path) -> dict:
    """datatrove's FineWeb pipeline on `root`, in this process (workers=1)."""
    from _datatrove_offline import cl100k_tokenizer_json, english_word_tokenizer, patch_offline

    patch_offline()
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import (MinhashDedupBuckets, MinhashDedupCluster,
                                          MinhashDedupFilter, MinhashDedupSignature)
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.extractors import Trafilatura
    from datatrove.pipeline.filters import (C4QualityFilter, FineWebQualityFilter,
                                            GopherQualityFilter, GopherRepetitionFilter,
                                            LanguageFilter, URLFilter)
    from datatrove.pipeline.formatters import PIIFormatter
    from datatrove.pipeline.readers import JsonlReader, WarcReader
    from datatrove.pipeline.tokens import DocumentTokenizer
    from datatrove.pipeline.writers import JsonlWriter
    from datatrove.utils.hashing import HashConfig

    out = work / f"datatrove-{root.name}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    (out / "paths.txt").write_text("\n".join(listing(root, snapshot)) + "\n")
    tokenizer_file = cl100k_tokenizer_json(work / "cl100k_base.tokenizer.json")
    words = english_word_tokenizer()
    minhash = MinhashConfig(hash_config=HashConfig(precision=64), num_buckets=14,
                            hashes_per_bucket=8)  # FineWeb's

    def execute(name, steps, tasks=1):
        LocalPipelineExecutor(pipeline=steps, tasks=tasks, workers=1,
                              logging_dir=str(out / "logs" / name)).run()

    execute("filter", [
        WarcReader(str(root), paths_file=str(out / "paths.txt")),
        URLFilter(),
        Trafilatura(favour_precision=True),  # FineWeb's; timeout 1 s per page (its default)
        LanguageFilter(languages=["en"]),  # threshold 0.65
        GopherRepetitionFilter(language=words),
        GopherQualityFilter(language=words),
        C4QualityFilter(filter_no_terminal_punct=False, language=words),
        FineWebQualityFilter(language=words),
        JsonlWriter(str(out / "filtered")),
    ])
    execute("signatures", [JsonlReader(str(out / "filtered")),
                           MinhashDedupSignature(str(out / "signatures"), config=minhash,
                                                 language=words)])
    execute("buckets", [MinhashDedupBuckets(str(out / "signatures"), str(out / "buckets"),
                                            config=minhash)], tasks=minhash.num_buckets)
    execute("cluster", [MinhashDedupCluster(str(out / "buckets"), str(out / "remove_ids"),
                                            config=minhash)])
    execute("finish", [
        JsonlReader(str(out / "filtered")),
        MinhashDedupFilter(str(out / "remove_ids")),
        PIIFormatter(),
        DocumentTokenizer(str(out / "tokens"), tokenizer_name_or_path=str(tokenizer_file),
                          eos_token="<|endoftext|>", shuffle_documents=False),
    ])
    documents = 0
    for step in json.loads((out / "logs" / "finish" / "stats.json").read_text()):
        if "TOKENIZER" in step.get("name", ""):
            documents = step.get("stats", {}).get("tokens", {}).get("n", 0)
    if not _KEEP_DATATROVE_WORK:
        shutil.rmtree(out, ignore_errors=True)
    return {"documents": documents}


# --- report ----------------------------------------------------------------------------------------

def fixed_and_marginal(small: dict, large: dict, n_small: int, n_large: int) -> tuple[float, float]:
    marginal = (large["cpu_s"] - small["cpu_s"]) / max(1, n_large - n_small)
    return small["cpu_s"] - n_small * marginal, marginal


def report(results: dict, sizes: list[int], label: str, command: str) -> str:
    header = ["side", *[f"CPU s ({n:,} records)" for n in sizes],
              *[f"records / CPU s ({n:,})" for n in sizes], "fixed CPU s", "ms per added record",
              "documents out (large)", "wall s (large)", "peak MB (large)"]
    rows, margin = [], {}
    for side, runs in results.items():
        small, large = runs
        fixed, marginal = fixed_and_marginal(small, large, *sizes)
        margin[side] = marginal
        rows.append([side, f"{small['cpu_s']:.1f}", f"{large['cpu_s']:.1f}",
                     f"{sizes[0] / small['cpu_s']:.1f}", f"{sizes[1] / large['cpu_s']:.1f}",
                     f"{fixed:.1f}", f"{1000 * marginal:.1f}", large.get("documents"),
                     f"{large['wall_s']:.0f}", f"{large['peak_mb']:.0f}"])
    lines = [f"{label}. Command: `{command}`.", "", markdown_table(header, rows), ""]
    if "datatrove" in results:
        dt_small, dt_large = results["datatrove"]
        for side in ("ours", "ours_no_prefilter"):
            if side in results:
                small, large = results[side]
                lines.append(
                    f"- {side} / datatrove, records per CPU second: "
                    f"**{dt_small['cpu_s'] / small['cpu_s']:.2f}x** at {sizes[0]:,} records, "
                    f"**{dt_large['cpu_s'] / large['cpu_s']:.2f}x** at {sizes[1]:,}, "
                    f"**{margin['datatrove'] / margin[side]:.2f}x at the margin** (goal: >= 3x "
                    f"with the prefilter, >= 2x without).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, help="a folder in Common Crawl's layout (default: "
                        "built from ../shared/data/extraction)")
    parser.add_argument("--snapshot", default=None, help="snapshot name under crawl-data/")
    parser.add_argument("--files", default="1,4", help="the two input sizes, in WARC files")
    parser.add_argument("--records", type=int, default=400,
                        help="records per built WARC file (default input only)")
    parser.add_argument("--held-out", action="store_true",
                        help="build the input from the held-out fifth of the pages only")
    parser.add_argument("--sides", default=",".join(SIDES))
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per side and size, alternating; the least CPU counts (the "
                             "machine may be shared: contention only ever adds CPU time)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/cc_pipeline_throughput"))
    parser.add_argument("--no-write", action="store_true", help="print only, leave BENCHMARKS.md")
    parser.add_argument("--datatrove-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.datatrove_worker:
        print(json.dumps(datatrove_worker(args.datatrove_worker, args.snapshot, args.work)))
        return 0
    sides = [s for s in args.sides.split(",") if s]
    if "datatrove" in sides:
        try:
            import datatrove  # noqa: F401
            import orjson  # noqa: F401
        except ImportError as error:
            print(f"{error.name} is not installed: pip install -e '.[bench]' (or --sides ours)")
            return 2
    sizes_files = [int(n) for n in args.files.split(",")]
    if len(sizes_files) != 2 or not 0 < sizes_files[0] < sizes_files[1]:
        parser.error("--files takes two increasing file counts, e.g. 1,4")
    args.work.mkdir(parents=True, exist_ok=True)
    if args.input is None:
        from _warc_input import SNAPSHOT, build_input

        snapshot = args.snapshot or SNAPSHOT
        mirror = args.work / ("built-held-out" if args.held_out else "built")
        build_input(mirror, records=args.records * sizes_files[1], files=sizes_files[1],
                    with_sample=False, held_out_only=args.held_out)
        label = (f"Input: WARC files of {args.records} response records each, built from the "
                 f"{'held-out fifth (95 pages) ' if args.held_out else '506 pages '}of "
                 f"../shared/data/extraction, repeated under other URLs")
    else:
        if not args.snapshot:
            parser.error("--input needs --snapshot")
        mirror, snapshot = args.input, args.snapshot
        label = f"Input: the first WARC files of {mirror}/crawl-data/{snapshot}"
    roots = [subset(mirror, snapshot, n, args.work) for n in sizes_files]
    sizes = [count_responses(root, listing(root, snapshot)) for root in roots]
    print(f"input: {sizes_files} files = {sizes} response records", flush=True)
    results = {side: [None, None] for side in sides}
    for round_number in range(args.repeat):
        for side in sides:
            for index in (0, 1) if round_number % 2 == 0 else (1, 0):
                root, n = roots[index], sizes[index]
                if side == "datatrove":
                    result = run_datatrove(root, snapshot, args.work)
                else:
                    result = run_ours(root, snapshot, args.work, prefilter=side == "ours")
                print(f"  {side} {n} records: {result['cpu_s']:.1f} CPU s, {result['wall_s']:.0f} s "
                      f"wall", flush=True)
                best = results[side][index]
                if best is None or result["cpu_s"] < best["cpu_s"]:
                    results[side][index] = result
    command = "python benchmarks/throughput.py" + "".join(
        f" {a}" for a in (argv if argv is not None else sys.argv[1:]))
    body = (report(results, sizes, label, command)
            + f"\n\nMachine: {machine()}. Versions: {versions(*VERSIONS)}. One CPU for each "
              f"side (`--num-cpus 1`, datatrove workers=1); the machine is shared with other "
              f"jobs, so wall times are not comparable, CPU times are.")
    print(body)
    if not args.no_write:
        heading = "Throughput (held-out pages)" if args.held_out else "Throughput"
        write_section(heading, body)
        print(f"wrote the {heading} section of BENCHMARKS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
