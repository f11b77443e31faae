"""The per-response CPU outside extraction and the prefilter, this checkout against another
commit, timed in alternating blocks: reading a WARC file with its `read` rows, the decision rows
of every step, and the text steps after extraction (Gopher repetition, the other quality
filters, dedup signatures, tokenize) on the same documents.

    python benchmarks/runner_overhead.py --baseline 4b7b122 --warc FILE    # BENCHMARKS.md section
    python benchmarks/runner_overhead.py --baseline HEAD~1 --warc FILE --no-write

Each side runs in its own process (its own checkout's `stages` and `pipeline`, imported once)
and times one part at a time when asked (time.process_time); the parts alternate between the
sides, in an order that flips every round, so a busy machine slows both alike. The documents are
those a run gets: the WARC file's HTML responses through this checkout's prefilter, extraction and
language ID (taken once, then given to both sides as the same texts and annotations); every part
also returns a digest of what it computed (rows, decisions, signatures, tokens), which must be
equal on both sides.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PARTS = ("read", "rows", "gopher_repetition", "quality", "dedup", "tokenize")
TEXT_STEPS = ("gopher_repetition", "gopher_quality", "c4", "fineweb_quality")


# --- one side: a process that imports one checkout and times parts on request ------------------

class Side:
    """The parts, with one checkout's code (imported from sys.path[0])."""

    def __init__(self, warc: str, inputs: str):
        import stages
        from pipeline import stats, tasks
        from pipeline import warc as warc_module
        from stages.dedup import DedupSettings, MinHasher
        from stages.tokenize import Tokenizer, TokenizeSettings

        self.stats, self.tasks, self.warc_module = stats, tasks, warc_module
        self.warc = warc
        with open(inputs, "rb") as handle:
            self.documents = pickle.load(handle)  # [(url, text, annotations)]
        self.steps = {name: _build(name) for name in TEXT_STEPS}
        self.hasher = MinHasher(DedupSettings())
        self.tokenizer = Tokenizer(TokenizeSettings())
        self.recipe_annotations = [a for name in ("langid", "dedup", "pii", "tokenize")
                                   for a in stages.step_class(name).annotations]

    def docs(self):
        from stages.base import Doc

        return [Doc(url=url, text=text, annotations=dict(annotations))
                for url, text, annotations in self.documents]

    def part_read(self):
        """filter_warc_file's read loop: every record, its `read` row, an Item per page."""
        from stages.base import Doc

        tasks, stats = self.tasks, self.stats.StatsWriter("file.warc.gz", self.recipe_annotations)
        items = []
        with open(self.warc, "rb") as stream:
            for record in self.warc_module.read_records(stream):
                stats.add(record_index=record.record_index, doc_id=record.record_index,
                          record_id=record.record_id, url=record.url, stage="read",
                          kept=record.decision.kept, reason=record.decision.reason,
                          bytes_in=record.payload_bytes,
                          bytes_out=record.payload_bytes if record.decision.kept else None,
                          detail=record.detail)
                if record.decision.kept:
                    items.append(tasks.Item(record.record_index, record.record_index,
                                            record.record_id, record.date, record.payload_bytes,
                                            Doc(url=record.url, payload=record.payload,
                                                charset=record.charset)))
        return _digest(stats.table()), len(items)

    def part_rows(self):
        """tasks.apply_step's rows and bookkeeping for the text steps, decisions given."""
        import stages
        from stages.base import Decision, Step

        class Replay(Step):
            def __init__(self, name, decisions):
                self.name, self.decisions = name, decisions

            def __call__(self, docs):
                return self.decisions[:len(docs)]

        docs = self.docs()
        built = []
        for name in ("langid", *TEXT_STEPS):
            cls = stages.step_class(name)
            decisions = [Decision.keep(**doc.annotations) if name == "langid" else
                         Decision.keep() for doc in docs]
            built.append(self.tasks.BuiltStep(Replay(name, decisions),
                                              frozenset(a.name for a in cls.annotations),
                                              tuple(a.name for a in cls.annotations
                                                    if a.stats and a.type != "tokens"), None))
        stats = self.stats.StatsWriter("file.warc.gz", self.recipe_annotations)
        rows = 0
        for _ in range(8):  # the ~8 rows a document that reaches dedup gets
            items = [self.tasks.Item(i, i, None, None, len(doc.text), doc)
                     for i, doc in enumerate(self.docs())]
            self.tasks.apply_steps(built, items, stats)
            rows = len(stats)
        table = stats.table()
        return _digest(table.drop_columns(["url"])), rows

    def part_gopher_repetition(self):
        docs = self.docs()
        return _decisions(self.steps["gopher_repetition"](docs)), len(docs)

    def part_quality(self):
        """The four quality filters in a run's order on the same documents (one word split)."""
        docs, out = self.docs(), []
        for name in TEXT_STEPS:
            out.append(_decisions(self.steps[name](docs)))
        return hashlib.sha256("".join(out).encode()).hexdigest()[:16], len(docs)

    def part_dedup(self):
        texts = [text for _, text, _ in self.documents]
        return hashlib.sha256(self.hasher.signatures(texts).tobytes()).hexdigest()[:16], len(texts)

    def part_tokenize(self):
        decisions = self.tokenizer(self.docs())
        digest = hashlib.sha256()
        for decision in decisions:
            digest.update(decision.annotations["token_ids"].tobytes())
        return digest.hexdigest()[:16], len(decisions)


def _build(name: str):
    import stages

    cls = stages.step_class(name)
    return cls(cls.Settings())


def _decisions(decisions) -> str:
    return hashlib.sha256(repr([(d.kept, d.reason, d.detail, d.text)
                                for d in decisions]).encode()).hexdigest()[:16]


def _digest(table) -> str:
    import io

    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="none")
    return hashlib.sha256(buffer.getvalue()).hexdigest()[:16]


def serve(root: str, warc: str, inputs: str) -> None:
    sys.path.insert(0, root)
    side = Side(warc, inputs)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        part = json.loads(line)["part"]
        started = time.process_time()
        digest, count = getattr(side, f"part_{part}")()
        seconds = time.process_time() - started
        print(json.dumps({"seconds": seconds, "digest": digest, "count": count}), flush=True)


def ray_system_cpu(seconds: float, environment: dict) -> None:
    """Print the CPU seconds of a local cluster's own processes (raylet, GCS, agents, log
    monitor...) while one worker computes for `seconds`, started as the runner starts it."""
    import os

    import psutil
    import ray

    os.environ.update(environment)
    ray.init(address="local", num_cpus=1, include_dashboard=False, logging_level="ERROR")

    def busy(seconds):
        end = time.process_time() + seconds
        while time.process_time() < end:
            pass

    task = ray.remote(num_cpus=1)(busy)
    ray.get(task.remote(0.5))  # the worker is up

    def system_cpu():
        cpu = {}
        for child in psutil.Process().children(recursive=True):
            try:
                if child.name().startswith(("ray::IDLE", "ray::busy")) or any(
                        "default_worker" in part for part in child.cmdline()):
                    continue
                times = child.cpu_times()
                cpu[child.pid] = times.user + times.system
            except psutil.Error:
                pass
        return cpu

    before, started = system_cpu(), time.monotonic()
    ray.get(task.remote(seconds))
    after, wall = system_cpu(), time.monotonic() - started
    ray.shutdown()
    used = sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())
    print(json.dumps({"cpu": used, "wall": wall}), flush=True)


# --- the driver -----------------------------------------------------------------------------------

def run_documents(warc: str, limit: int) -> list:
    """Up to `limit` documents as the text steps get them: HTML responses of `warc` through this
    checkout's blocklist, prefilter, extraction and language ID, kept ones only."""
    sys.path.insert(0, str(REPO))
    from pipeline.warc import read_records
    from stages.base import Doc

    steps = [_build(name) for name in ("blocklist", "prefilter", "extract",
                                                        "langid")]
    documents, pages = [], []

    def flush():
        docs = list(pages)
        for step in steps:
            decisions = step(docs)
            kept = []
            for doc, decision in zip(docs, decisions):
                if decision.kept:
                    if decision.text is not None:
                        doc.text = decision.text
                    doc.annotations.update(decision.annotations)
                    kept.append(doc)
            docs = kept
        documents.extend((d.url, d.text, dict(d.annotations)) for d in docs)
        pages.clear()

    with open(warc, "rb") as stream:
        for record in read_records(stream):
            if record.decision.kept:
                pages.append(Doc(url=record.url, payload=record.payload, charset=record.charset))
                if len(pages) == 256:
                    flush()
                    if len(documents) >= limit:
                        break
    flush()
    return documents[:limit]


def start_side(root: Path, warc: str, inputs: str) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, __file__, "--serve", str(root), warc, inputs],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               cwd=root)
    ready = process.stdout.readline()
    if not ready:
        raise SystemExit(f"side {root} did not start")
    return process


def ask(process: subprocess.Popen, part: str) -> dict:
    process.stdin.write(json.dumps({"part": part}) + "\n")
    process.stdin.flush()
    return json.loads(process.stdout.readline())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--serve", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", metavar="REV", help="the commit to compare with")
    parser.add_argument("--warc", help="a WARC file (e.g. one benchmarks/fullsize_warc.py built)")
    parser.add_argument("--documents", type=int, default=600,
                        help="documents for the text parts (default 600)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--ray-seconds", type=float, default=0,
                        help="also time Ray's own processes for this long per side and round")
    parser.add_argument("--serve-ray", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.serve:
        serve(*args.serve)
        return
    if args.serve_ray:
        ray_system_cpu(float(args.serve_ray[0]), json.loads(args.serve_ray[1]))
        return
    if not args.baseline or not args.warc:
        parser.error("--baseline and --warc are required")
    parts = args.parts.split(",")
    with tempfile.TemporaryDirectory() as work:
        base = Path(work) / "baseline"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.baseline, "stages",
                                  "pipeline"], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        inputs = str(Path(work) / "documents.pickle")
        documents = run_documents(args.warc, args.documents)
        with open(inputs, "wb") as handle:
            pickle.dump(documents, handle)
        print(f"{len(documents)} documents, {sum(len(t) for _, t, _ in documents) / 1e3:,.0f} KB "
              f"of text", flush=True)
        sides = {f"baseline {args.baseline}": start_side(base, args.warc, inputs),
                 "this checkout": start_side(REPO, args.warc, inputs)}
        times = {part: {label: [] for label in sides} for part in parts}
        counts = {}
        for round_number in range(args.rounds):
            for part in parts:
                order = list(sides.items())
                digests = {}
                for label, process in (order if round_number % 2 == 0 else order[::-1]):
                    answer = ask(process, part)
                    times[part][label].append(answer["seconds"])
                    digests[label] = answer["digest"]
                    counts[part] = answer["count"]
                if len(set(digests.values())) != 1:
                    raise SystemExit(f"{part}: the two sides computed different results "
                                     f"{digests}")
            print(f"round {round_number + 1}: " + ", ".join(
                f"{part} {' / '.join(f'{v[-1]:.3f}' for v in times[part].values())}"
                for part in parts), flush=True)
        for process in sides.values():
            process.stdin.close()
            process.wait()
    ray_row = None
    if args.ray_seconds:
        sys.path.insert(0, str(REPO))
        from pipeline.ray_session import QUIET_LOCAL_RAY

        cores = {"baseline": [], "this checkout": []}
        for round_number in range(args.rounds):
            order = [("baseline", {}), ("this checkout", QUIET_LOCAL_RAY)]
            for label, environment in (order if round_number % 2 == 0 else order[::-1]):
                out = subprocess.run([sys.executable, __file__, "--serve-ray",
                                      str(args.ray_seconds), json.dumps(environment)],
                                     capture_output=True, text=True, check=True).stdout
                measured = json.loads(out.strip().splitlines()[-1])
                cores[label].append(measured["cpu"] / measured["wall"])
            print(f"ray round {round_number + 1}: " + ", ".join(
                f"{label} {values[-1]:.4f} cores" for label, values in cores.items()), flush=True)
        base_c, ours_c = (statistics.median(v) for v in cores.values())
        ratio = statistics.median(b / o for b, o in zip(*cores.values()))
        ray_row = [(f"Ray's own processes, CPU s per wall s ({args.ray_seconds:g} s, one busy "
                    f"worker)"), "-", f"{base_c:.4f}", f"{ours_c:.4f}", "-", f"{ratio:.2f}x"]
    rows = []
    for part in parts:
        # Paired by round (the two blocks of a round ran back to back), so a load change between
        # rounds moves both sides: the median of the rounds' differences and ratios.
        base_runs, our_runs = times[part].values()
        base_s, ours_s = statistics.median(base_runs), statistics.median(our_runs)
        saved = statistics.median(b - o for b, o in zip(base_runs, our_runs))
        ratio = statistics.median(b / o for b, o in zip(base_runs, our_runs))
        rows.append([part, counts[part], f"{base_s:.3f}", f"{ours_s:.3f}",
                     f"{1000 * saved / counts[part]:.3f}", f"{ratio:.2f}x"])
    if ray_row:
        rows.append(ray_row)
    header = ["part", "items", f"baseline s (median of {args.rounds})", "this checkout s",
              "saved ms per item (median of the rounds)", "speed-up (median of the rounds)"]
    sys.path.insert(0, str(REPO / "benchmarks"))
    from _report import machine, markdown_table, write_section

    table = markdown_table(header, rows)
    print(table)
    if args.no_write:
        return
    ray_note = (f" The last row: a local cluster started as the runner starts it, without and "
                f"with pipeline.ray_session.QUIET_LOCAL_RAY, CPU of every Ray process but the "
                f"worker while the worker computes for {args.ray_seconds:g} s (median of "
                f"{args.rounds}; a run pays it for every second it lasts)."
                if args.ray_seconds else "")
    write_section("Runner and text steps, back to back", f"""
`python benchmarks/runner_overhead.py --baseline {args.baseline} --warc FILE --ray-seconds
{args.ray_seconds:g}` (issue 26: the CPU per response outside extraction and the prefilter).
FILE: a {counts.get("read", 0):,}-response file of benchmarks/_fullsize_input.py (tuning pages).
Each side is its own process importing its own checkout; parts alternate between the sides, the
order flipping every round; CPU time (time.process_time). Items: `read`, the file's HTML
responses (every record of the file is read and gets its row); `rows`, decision rows (8 per
document); the others, documents (the file's HTML responses through this checkout's prefilter,
extraction and language ID, the first {args.documents} kept). Every part's output (rows,
decisions, signatures, tokens) is equal on both sides, checked on every run; a whole run's
documents, token shards, dedup files and statistics are byte-identical too (only timings, run ids
and paths differ in summary.json, progress/, config.json). What changed: the reader reads each
record's WARC and HTTP headers once (FastWARC's HeaderMap.get costs ~3 us a call); gopher_repetition sorts
only the n-grams whose (n-1)-grams repeat (an n-gram seen twice starts and ends with one);
decision rows go straight to their column lists; tokenize uses tiktoken's encode_to_numpy;
stages/dedup.py makes datasketch's affine64 permutations itself, so no process imports
datasketch and scipy (0.30-0.41 s of CPU per process, the driver and every worker: a fixed
cost, not in this table); a local Ray cluster starts without metrics collection, usage reports
and the log monitor's 10-per-second search for new log files.{ray_note} Machine: {machine()}
(shared with other jobs).

{table}
""")


if __name__ == "__main__":
    main()
