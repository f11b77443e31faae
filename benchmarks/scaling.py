"""Scaling: the bundled sample at 1x, 2x, 4x, 8x its size, one `pipeline run` per size.

Inputs: a temporary mirror in Common Crawl's layout holding the sample's 3 WARC files (copy 0,
byte for byte) and 7 rewritten copies of them, listed copy by copy in `warc.paths.gz`, so that
`--limit 3N` is the sample at N x. In copy k >= 1 every HTML response is rewritten:

  - near duplicate (NEAR_FRACTION of pages): one run of ~3% of the words of the page's paragraphs
    replaced by other words of its language (word 5-gram Jaccard with the original ~0.85-0.95), so
    the global dedup must find it in another file and drop it;
  - distinct (the rest): every word of the paragraphs mapped through copy k's own permutation of
    the words of the same length in the page's language (`<html lang>`): the page keeps its
    language, length and template but shares (almost) no 5-gram with any other copy, while exact and near copies inside the
    sample stay exact and near copies of each other (a bijection keeps the duplicate structure).

Records get new WARC-Record-IDs (uuid5 of copy and old id, references rewritten to match); payload
and block digests, WARC and HTTP Content-Length are recomputed by warcio.

Measured per size: wall time of `pipeline run` (a fresh local Ray cluster each time, `--num-cpus`
= all cores), HTML documents in (records kept by `read`), cost per document as core-seconds
(wall x cores / docs) and as the sum of per-stage CPU seconds from summary.json / docs, the wall
time of each phase (from the progress markers' mtimes), and peak RSS of every Ray worker process
(sampled with psutil every 0.2 s; the task it was running at its peak) and of the driver.

    python benchmarks/scaling.py                 # print the table
    python benchmarks/scaling.py --write         # and replace `## Scaling` in BENCHMARKS.md
"""
from __future__ import annotations

import argparse
import codecs
import gzip
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psutil
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import machine, markdown_table, versions, write_section  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "pipeline" / "sample"
SNAPSHOT = "CC-MAIN-2024-10"
NEAR_FRACTION = 0.2     # share of a copy's HTML pages that are near duplicates of the original
NEAR_EDIT = 0.03        # words replaced in one run in a near duplicate (the sample's near copies: ~3.5%)
SEED = 20240220
RUN_TIMEOUT_S = 600
WORD = re.compile(r"[^\W\d_]+")                 # letters only: numbers, PII and markup stay
PARAGRAPH = re.compile(r"(<p\b[^>]*>)(.*?)(</p>)", re.S | re.I)
MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")        # tags and entities inside a paragraph stay
HTML_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([A-Za-z]+)", re.I)
CHARSET = re.compile(rb"charset=[\"']?([\w-]+)", re.I)


# --- building the inputs -------------------------------------------------------------------------

def sample_warc_paths() -> list[str]:
    listing = SAMPLE / "crawl-data" / SNAPSHOT / "warc.paths.gz"
    return [p for p in gzip.decompress(listing.read_bytes()).decode().splitlines() if p.strip()]


def is_html_response(record) -> bool:
    return (record.rec_type == "response" and record.http_headers is not None
            and record.http_headers.get_statuscode() == "200"
            and "html" in (record.http_headers.get_header("Content-Type") or "").lower())


def page_charset(http_headers, body: bytes) -> str:
    for source in ((http_headers.get_header("Content-Type") or "").encode(), body[:2048]):
        found = CHARSET.search(source)
        if found:
            try:
                return codecs.lookup(found.group(1).decode()).name
            except LookupError:
                pass
    return "utf-8"


def page_language(body: bytes) -> str:
    found = HTML_LANG.search(body[:1024])
    return found.group(1).decode().lower() if found else "und"


def rewrite_paragraphs(html: str, edit_words) -> str:
    """Apply `edit_words(list_of_words) -> list_of_words` to the words of all <p> texts."""
    pieces = []  # (paragraph index, segment index) of every text segment, in page order
    paragraphs = [list(m.groups()) for m in PARAGRAPH.finditer(html)]
    segments = [MARKUP.split(inner) for _, inner, _ in paragraphs]
    words = []
    for p, parts in enumerate(segments):
        for s, part in enumerate(parts):
            if s % 2 == 0:  # text, not markup
                for m in WORD.finditer(part):
                    pieces.append((p, s, m.start(), m.end()))
                    words.append(m.group())
    if not words:
        return html
    new_words = iter(edit_words(words))
    rebuilt = [list(parts) for parts in segments]
    by_segment: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for (p, s, start, end) in pieces:
        by_segment.setdefault((p, s), []).append((start, end, next(new_words)))
    for (p, s), spans in by_segment.items():
        text, out, last = segments[p][s], [], 0
        for start, end, word in spans:
            out += [text[last:start], word]
            last = end
        rebuilt[p][s] = "".join(out) + text[last:]
    result, last = [], 0
    for match, parts in zip(PARAGRAPH.finditer(html), rebuilt):
        result += [html[last:match.start()], match.group(1), "".join(parts), match.group(3)]
        last = match.end()
    return "".join(result) + html[last:]


class CopyEdits:
    """The edits of copy k: a per-language word permutation and a seeded choice per page."""

    def __init__(self, copy: int, vocabulary: dict[str, list[str]]):
        self.copy = copy
        self.vocabulary = vocabulary
        self.permutation = {}
        for language, words in vocabulary.items():
            # within words of one length, so a distinct page keeps its size byte for byte (in
            # single-byte charsets) and its per-document cost stays comparable with the original
            rng = random.Random(f"{SEED}:{copy}:{language}")
            mapping = self.permutation[language] = {}
            for length in sorted({len(w) for w in words}):
                group = [w for w in words if len(w) == length]
                shuffled = list(group)
                rng.shuffle(shuffled)
                mapping.update(zip(group, shuffled))

    def edit(self, record_id: str, language: str, html: str) -> tuple[str, str]:
        rng = random.Random(f"{SEED}:{self.copy}:{record_id}")
        if rng.random() < NEAR_FRACTION:
            pool = self.vocabulary.get(language) or ["lorem"]

            def near(words):
                run = max(1, round(NEAR_EDIT * len(words)))
                start = rng.randrange(max(1, len(words) - run + 1))
                return [rng.choice(pool) if start <= i < start + run else w
                        for i, w in enumerate(words)]
            return "near", rewrite_paragraphs(html, near)
        mapping = self.permutation.get(language, {})
        return "distinct", rewrite_paragraphs(html, lambda words: [mapping.get(w, w) for w in words])


def decode_html(record) -> tuple[bytes, str, str | None]:
    """(payload, charset, decoded page or None when it does not decode with its charset)."""
    body = record.raw_stream.read()
    charset = page_charset(record.http_headers, body)
    try:
        return body, charset, body.decode(charset)
    except UnicodeDecodeError:
        return body, charset, None


def collect_vocabulary(originals: list[Path]) -> dict[str, list[str]]:
    words: dict[str, set[str]] = {}
    for path in originals:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if not is_html_response(record):
                    continue
                body, _, html = decode_html(record)
                if html is None:
                    continue
                found = words.setdefault(page_language(body), set())
                for match in PARAGRAPH.finditer(html):
                    for i, part in enumerate(MARKUP.split(match.group(2))):
                        if i % 2 == 0:
                            found.update(WORD.findall(part))
    return {language: sorted(w) for language, w in words.items()}


def new_record_id(copy: int, record_id: str | None) -> str | None:
    if not record_id:
        return record_id
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'scaling-copy-{copy}:{record_id}')}>"


def write_copy(source: Path, target: Path, copy: int, edits: CopyEdits) -> dict[str, int]:
    counts = {"records": 0, "near": 0, "distinct": 0}
    tmp = target.with_name(target.name + ".tmp")
    with open(source, "rb") as stream, open(tmp, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for record in ArchiveIterator(stream):
            counts["records"] += 1
            headers = record.rec_headers
            old_id = headers.get_header("WARC-Record-ID")
            for name in ("WARC-Record-ID", "WARC-Concurrent-To", "WARC-Warcinfo-ID",
                         "WARC-Refers-To"):
                if headers.get_header(name):
                    headers.replace_header(name, new_record_id(copy, headers.get_header(name)))
            if record.rec_type == "warcinfo":
                headers.replace_header("WARC-Filename", target.name)
            for name in ("WARC-Block-Digest", "WARC-Payload-Digest", "Content-Length"):
                headers.remove_header(name)  # warcio recomputes them for the new bytes
            if is_html_response(record):
                body, charset, html = decode_html(record)
                kind = "undecodable"
                if html is not None:
                    kind, html = edits.edit(old_id, page_language(body), html)
                    # a word from a page of the same language in another charset may not fit
                    body = html.encode(charset, errors="xmlcharrefreplace")
                counts[kind] = counts.get(kind, 0) + 1
                if record.http_headers.get_header("Content-Length"):
                    record.http_headers.replace_header("Content-Length", str(len(body)))
            else:
                body = record.raw_stream.read()
            new = writer.create_warc_record(headers.get_header("WARC-Target-URI") or "",
                                            record.rec_type, payload=io.BytesIO(body),
                                            length=len(body), warc_headers=headers,
                                            http_headers=record.http_headers)
            writer.write_record(new)
    tmp.replace(target)
    return counts


def build_mirror(root: Path, copies: int) -> list[str]:
    """Copy 0 = the sample's files; copies 1.. rewritten. Returns the listed paths, in order."""
    originals = sample_warc_paths()
    vocabulary = collect_vocabulary([SAMPLE / p for p in originals])
    listed = []
    for copy in range(copies):
        edits = CopyEdits(copy, vocabulary) if copy else None
        for i, relative in enumerate(originals):
            number = copy * len(originals) + i
            name = re.sub(r"-\d{5}\.warc\.gz$", f"-{number:05d}.warc.gz", Path(relative).name)
            target_relative = str(Path(relative).parent / name)
            target = root / target_relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if copy == 0:
                shutil.copyfile(SAMPLE / relative, target)
            else:
                write_copy(SAMPLE / relative, target, copy, edits)
            listed.append(target_relative)
    paths = root / "crawl-data" / SNAPSHOT / "warc.paths.gz"
    paths.write_bytes(gzip.compress(("\n".join(listed) + "\n").encode(), mtime=0))
    return listed


# --- measuring one run ---------------------------------------------------------------------------

SYSTEM_PROCESSES = ("ray::DashboardAgent", "ray::RuntimeEnvAgent")


class MemorySampler(threading.Thread):
    """Peak RSS of the driver and of each Ray worker (processes named `ray::<task>`)."""

    def __init__(self, driver_pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.driver = psutil.Process(driver_pid)
        self.interval = interval
        self.stop_event = threading.Event()
        self.driver_peak = 0
        self.worker_peak: dict[int, tuple[int, str]] = {}  # pid -> (rss, task at the peak)
        self.task_peak: dict[str, int] = {}                # task name -> max rss while running it
        self.cpu_seconds: dict[int, float] = {}            # pid -> user+system seconds, last seen

    def run(self) -> None:
        while not self.stop_event.is_set():
            try:
                self.driver_peak = max(self.driver_peak, self.driver.memory_info().rss)
                self.cpu_seconds[self.driver.pid] = sum(self.driver.cpu_times()[:2])
                children = self.driver.children(recursive=True)
            except psutil.Error:
                return
            for child in children:
                try:
                    cmdline = child.cmdline()
                    rss = child.memory_info().rss
                    self.cpu_seconds[child.pid] = sum(child.cpu_times()[:2])
                except psutil.Error:
                    continue
                if not cmdline or not cmdline[0].startswith("ray::"):
                    continue
                name = cmdline[0].split()[0]
                if name in SYSTEM_PROCESSES:
                    continue
                task = name.removeprefix("ray::")
                if rss > self.worker_peak.get(child.pid, (0, ""))[0]:
                    self.worker_peak[child.pid] = (rss, task)
                if task != "IDLE":
                    self.task_peak[task] = max(self.task_peak.get(task, 0), rss)
            self.stop_event.wait(self.interval)

    def stop(self) -> None:
        self.stop_event.set()
        self.join()


def phase_seconds(root: Path, started: float, ended: float) -> dict[str, float]:
    """Phase ends from the progress markers' mtimes: read+filter, global dedup, finish."""
    progress = root / "progress"
    filter_end = max(p.stat().st_mtime for p in progress.glob("filter.*.json"))
    dedup_end = (progress / "dedup.json").stat().st_mtime
    finish_end = max(p.stat().st_mtime for p in progress.glob("finish.*.json"))
    return {"filter": filter_end - started, "dedup": dedup_end - filter_end,
            "finish": finish_end - dedup_end, "rest": ended - finish_end}


def run_scale(data_root: Path, output: Path, files: int, cores: int) -> dict:
    command = [sys.executable, "-m", "pipeline.cli", "run", "--snapshot", SNAPSHOT,
               "--data-root", str(data_root), "--limit", str(files), "--output", str(output),
               "--num-cpus", str(cores), "--no-progress"]
    load = os.getloadavg()[0]
    started = time.time()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    sampler = MemorySampler(process.pid)
    sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=RUN_TIMEOUT_S)
    finally:
        sampler.stop()
    ended = time.time()
    if process.returncode != 0:
        raise SystemExit(f"pipeline run failed ({process.returncode}):\n{stdout}\n{stderr}")
    root = output / SNAPSHOT
    summary = json.loads((root / "summary.json").read_text())
    docs = summary["read"]["records_kept"]
    stage_cpu = sum(row["seconds"] for row in summary.values())
    worker_rss, worker_task = max(sampler.worker_peak.values(), default=(0, "-"))
    return {
        "load_before": load, "files": files, "records": summary["read"]["records_in"], "docs": docs,
        "after_langid": summary["langid"]["records_kept"],
        "dropped_dedup": summary["dedup"]["records_in"] - summary["dedup"]["records_kept"],
        "kept": summary["tokenize"]["records_kept"], "tokens": summary["tokenize"]["tokens"],
        "wall_s": ended - started, "cores": cores,
        "core_ms_per_doc": 1000 * (ended - started) * cores / docs,
        "cpu_s": sum(sampler.cpu_seconds.values()),
        "cpu_ms_per_doc": 1000 * sum(sampler.cpu_seconds.values()) / docs,
        "stage_cpu_s": stage_cpu, "stage_cpu_ms_per_doc": 1000 * stage_cpu / docs,
        "stage_ms_per_doc": {stage: 1000 * row["seconds"] / docs for stage, row in summary.items()},
        "phases_s": phase_seconds(root, started, ended),
        "workers": len(sampler.worker_peak),
        "worker_peak_mb": worker_rss / 2**20, "worker_peak_task": worker_task,
        "task_peak_mb": {t: rss / 2**20 for t, rss in sorted(sampler.task_peak.items())},
        "driver_peak_mb": sampler.driver_peak / 2**20,
    }


# --- report --------------------------------------------------------------------------------------

def spread(values: list[float]) -> float:
    """max / min - 1: how far from flat a column is."""
    return max(values) / min(values) - 1 if min(values) > 0 else float("inf")


def linear_fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    slope = (sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
             / max(sum((x - mean_x) ** 2 for x in xs), 1e-12))
    return mean_y - slope * mean_x, slope


def report(results: list[dict], scales: list[int], command: str, build_s: float) -> str:
    cores = results[0]["cores"]
    header = ["size", "WARC files", "HTML docs in", "after langid", "dedup drops", "docs kept",
              "wall s", "filter / dedup / finish / rest s", "core-ms/doc (wall)",
              "process CPU ms/doc", "stage CPU ms/doc", "peak worker RSS MB (task)", "driver RSS MB",
              "load avg before"]
    rows = []
    for scale, r in zip(scales, results):
        phases = r["phases_s"]
        rows.append([f"{scale}x", r["files"], f"{r['docs']:,}", f"{r['after_langid']:,}",
                     f"{r['dropped_dedup']:,}", f"{r['kept']:,}", f"{r['wall_s']:.1f}",
                     " / ".join(f"{phases[k]:.1f}" for k in ("filter", "dedup", "finish", "rest")),
                     f"{r['core_ms_per_doc']:.0f}", f"{r['cpu_ms_per_doc']:.0f}",
                     f"{r['stage_cpu_ms_per_doc']:.1f}",
                     f"{r['worker_peak_mb']:.0f} ({r['worker_peak_task']})",
                     f"{r['driver_peak_mb']:.0f}", f"{r['load_before']:.1f}"])
    stages = list(results[0]["stage_ms_per_doc"])
    stage_rows = [[f"{s}x"] + [f"{r['stage_ms_per_doc'][st]:.2f}" for st in stages]
                  for s, r in zip(scales, results)]
    tasks = sorted({t for r in results for t in r["task_peak_mb"]})
    task_rows = [[f"{s}x"] + [f"{r['task_peak_mb'].get(t, 0):.0f}" for t in tasks]
                 for s, r in zip(scales, results)]
    steps = [[f"{a}x -> {b}x", f"{rb['docs'] - ra['docs']:,}",
              f"{1000 * (rb['cpu_s'] - ra['cpu_s']) / (rb['docs'] - ra['docs']):.1f}",
              f"{1000 * (rb['wall_s'] - ra['wall_s']) * cores / (rb['docs'] - ra['docs']):.1f}"]
             for (a, ra), (b, rb) in zip(zip(scales, results), zip(scales[1:], results[1:]))]
    fixed_s, marginal = linear_fit([r["docs"] for r in results], [r["wall_s"] for r in results])
    last = results[-1]
    flat_cpu = spread([r["stage_cpu_ms_per_doc"] for r in results])
    flat_mem = spread([r["worker_peak_mb"] for r in results])
    flat_wall = spread([r["core_ms_per_doc"] for r in results])
    flat_process = spread([r["cpu_ms_per_doc"] for r in results])
    fixed_cpu, marginal_cpu = linear_fit([r["docs"] for r in results], [r["cpu_s"] for r in results])
    def trend(key: str) -> str:
        first, last_value = results[0][key], results[-1][key]
        direction = "falls" if last_value < first else "grows"
        return f"{direction} {abs(last_value / first - 1):.0%} ({first:.1f} -> {last_value:.1f})"

    return f"""Command: `{command}` (one fresh local Ray cluster per size, `--num-cpus {cores}`).
Machine: {machine()}. Versions: {versions("ray", "trafilatura", "datasketch", "presidio-analyzer", "tiktoken", "warcio")}.

Inputs: the bundled sample (3 WARC files, 1,062 records) at N x = the sample's files plus N-1
rewritten copies of them (built in {build_s:.0f} s): in each copy {NEAR_FRACTION:.0%} of the HTML pages
are near duplicates of their original (one run of {NEAR_EDIT:.0%} of the words replaced), the rest are
distinct (copy-specific word permutation within the page's language; duplicate structure inside a
copy kept). "HTML docs in" = records kept by `read`; "core-ms/doc (wall)" = wall x {cores} cores / HTML
docs (includes starting Ray and loading every model, a fixed cost); "process CPU ms/doc" = user +
system CPU seconds of the driver and every process it started (Ray's included, sampled with
psutil) / HTML docs, which other jobs on the machine do not inflate; "stage CPU ms/doc" = the stage
CPU seconds summed in summary.json / HTML docs (the per-document work only). Phases from the
progress markers: read+filter (with Ray start-up), global dedup, finish (dedup drop, PII,
tokenize), rest (summary, removing work/, Ray shutdown). Peak RSS sampled every 0.2 s over the
`ray::` worker processes; "(task)" is what the worker was running at its peak. "load avg before":
the machine's 1-minute load average when the run started; on a shared machine other jobs slow
every timing (the CPU-time columns too, on a VM), so compare rows with similar load.

{markdown_table(header, rows)}

Stage CPU ms per HTML document:

{markdown_table(["size"] + stages, stage_rows)}

Marginal cost of the added documents between sizes (flat = no per-document cost growth; the
fixed per-run cost cancels out):

{markdown_table(["step", "added docs", "process CPU ms/added doc", "wall core-ms/added doc"], steps)}

Peak worker RSS (MB) while running each task:

{markdown_table(["size"] + tasks, task_rows)}

From {scales[0]}x to {scales[-1]}x (goal: no growth beyond 20%): peak worker RSS {trend("worker_peak_mb")} (spread
{flat_mem:.0%}); process CPU per doc {trend("cpu_ms_per_doc")}; stage CPU per doc
{trend("stage_cpu_ms_per_doc")}; wall core-time per doc {trend("core_ms_per_doc")} (spreads {flat_process:.0%},
{flat_cpu:.0%}, {flat_wall:.0%}). Costs per document fall with size: the fixed per-run cost spreads over more
documents, and the stage timers include each worker's first-call warm-up (tldextract's suffix
list, trafilatura's and presidio's first calls). Nothing grows; the marginal table is the check.
Least-squares lines through the runs: wall = {fixed_s:.1f} s + {1000 * marginal:.1f} ms x docs (on {cores}
cores: {1000 * marginal * cores:.0f} core-ms per HTML document); process CPU = {fixed_cpu:.1f} s +
{1000 * marginal_cpu:.1f} ms x docs. The constant is per run (imports, Ray start-up, each worker
importing the stages and loading models, the dedup phase's small tasks), not per document; at
{scales[-1]}x, {last['docs']:,} documents took {last['wall_s']:.1f} s, i.e. {last['docs'] / last['wall_s'] / cores:.1f} docs/s per core end to end.
"""


def measure_real_pages(folder: Path) -> str:
    """Per-stage CPU per page on real HTML pages, one process: the sample's pages are small
    (~7 KB of HTML) and extraction cost grows with page size, so the capacity plan needs both."""
    from pipeline.config import RunConfig
    from pipeline.tasks import worker_steps
    from stages import Doc

    config = RunConfig(snapshot=SNAPSHOT, data_root=str(SAMPLE), output=str(folder))
    stages = {name: built.step for name, built in worker_steps(config.recipe).items()}
    pages = sorted(folder.glob("*.html"))
    cpu = dict.fromkeys(("extract", "langid", "minhash", "pii", "tokenize"), 0.0)
    html_bytes = text_bytes = kept = 0
    for page in pages:
        html = page.read_bytes()
        html_bytes += len(html)
        started = time.process_time()
        text, decision = stages["extract"].extract(html, None, None)
        cpu["extract"] += time.process_time() - started
        if not decision.kept:
            continue
        kept += 1
        text_bytes += len(text.encode())
        for name, work in (("langid", lambda: stages["langid"].predict([text])),
                           ("minhash", lambda: stages["dedup"].signatures([Doc(text=text)])),
                           ("pii", lambda: stages["pii"].scrub(text)),
                           ("tokenize", lambda: stages["tokenize"].encode_documents([text]))):
            started = time.process_time()
            work()
            cpu[name] += time.process_time() - started
    rows = [[name, f"{1000 * seconds / (len(pages) if name == 'extract' else kept):.1f}"]
            for name, seconds in cpu.items()]
    return (f"{len(pages)} pages, {html_bytes / len(pages) / 1024:.0f} KB of HTML and "
            f"{text_bytes / max(kept, 1) / 1024:.1f} KB of extracted text per page on average, "
            f"{kept} with text; extraction {html_bytes / 2**20 / cpu['extract']:.2f} MB of "
            f"HTML per CPU second.\n\n"
            + markdown_table(["stage", "CPU ms per page (extract: per page in; others: per page "
                                       "with text)"], rows))


# --- many files: orchestration cost per WARC file ---------------------------------------------

class TreeCpu(threading.Thread):
    """User + system CPU seconds of a process and of every process it started (Ray's GCS,
    raylet, agents and workers), from psutil: each process's last sample (every 0.1 s), so a
    process's final 0.1 s may be missed. `driver` is the process alone."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval, self.stop_event = interval, threading.Event()
        self.seen: dict[tuple[int, float], float] = {}
        self.driver = 0.0

    def run(self) -> None:
        while not self.stop_event.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            for process in processes:
                try:
                    with process.oneshot():
                        cpu = sum(process.cpu_times()[:2])  # user + system
                        self.seen[(process.pid, process.create_time())] = cpu
                except psutil.Error:
                    continue
                if process.pid == self.root.pid:
                    self.driver = sum(process.cpu_times()[:2])
            self.stop_event.wait(self.interval)

    def stop(self) -> float:
        self.stop_event.set()
        self.join()
        return sum(self.seen.values())


def run_many(data_root: Path, output: Path, files: int, cores: int) -> dict:
    command = [sys.executable, "-m", "pipeline.cli", "run", "--snapshot", SNAPSHOT,
               "--data-root", str(data_root), "--output", str(output), "--num-cpus", str(cores),
               "--no-progress", "--keep-work"]
    started = time.time()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    sampler = TreeCpu(process.pid)
    sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=3 * RUN_TIMEOUT_S)
    finally:
        total = sampler.stop()
    wall = time.time() - started
    if process.returncode != 0:
        raise SystemExit(f"pipeline run failed ({process.returncode}):\n{stdout}\n{stderr}")
    root = output / SNAPSHOT
    written = {"outputs": 0, "stats": 0, "progress": 0, "work": 0}
    for path in root.rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            top = path.relative_to(root).parts[0]
            key = top if top in written else "outputs"
            if top in ("dedup",):
                key = "work"
            written[key] += 1
    summary = json.loads((root / "summary.json").read_text())
    submitted = re.search(r"Ray tasks submitted: (\d+)", stdout)
    return {"files": files, "wall_s": wall, "driver_cpu_s": sampler.driver, "cpu_s": total,
            "written": written, "docs_kept": summary["tokenize"]["records_kept"],
            "dedup_drops": summary["dedup"]["reasons"].get("near_duplicate", 0),
            "tasks": int(submitted.group(1)) if submitted else None, "stdout": stdout}


def many_files(sizes: list[int], cores: int, pages: int, work: Path, write: bool,
               command: str) -> str:
    sys.path.insert(0, str(REPO))
    from tests.tiny_warcs import TinySnapshot

    snapshot = TinySnapshot(pages_per_file=pages, near_fraction=0.05)
    results = []
    for files in sizes:
        mirror = work / f"tiny-{files}"
        shutil.rmtree(mirror, ignore_errors=True)
        made = snapshot.write(mirror, files)
        output = work / f"out-tiny-{files}"
        shutil.rmtree(output, ignore_errors=True)
        first = run_many(mirror, output, files, cores)
        again = run_many(mirror, output, files, cores)  # finished: nothing to do
        first["near_made"] = made["near_duplicates"]
        first["rerun"] = {k: again[k] for k in ("wall_s", "driver_cpu_s", "cpu_s", "tasks")}
        first["rerun_nothing_to_do"] = "nothing to do" in again["stdout"]
        first.pop("stdout")
        results.append(first)
        print(f"many files {files}: " + json.dumps({k: v for k, v in first.items()}), flush=True)
        shutil.rmtree(mirror, ignore_errors=True)
        shutil.rmtree(output, ignore_errors=True)
    return many_files_report(results, cores, pages, command)


def many_files_report(results: list[dict], cores: int, pages: int, command: str) -> str:
    header = ["WARC files", "Ray tasks", "docs kept (near-dups made / dropped)", "wall s",
              "driver CPU s", "driver CPU ms/file", "total CPU s", "total CPU ms/file",
              "files written per input file (outputs + stats / progress / work)",
              "re-run: wall s, driver CPU s, tasks"]
    rows = []
    for r in results:
        w = r["written"]
        per_file = (w["outputs"] + w["stats"]) / r["files"]
        rows.append([f"{r['files']:,}", f"{r['tasks']:,}",
                     f"{r['docs_kept']:,} ({r['near_made']} / {r['dedup_drops']})",
                     f"{r['wall_s']:.0f}", f"{r['driver_cpu_s']:.1f}",
                     f"{1000 * r['driver_cpu_s'] / r['files']:.2f}", f"{r['cpu_s']:.0f}",
                     f"{1000 * r['cpu_s'] / r['files']:.1f}",
                     f"{per_file:.2f} / {w['progress'] / r['files']:.4f} / "
                     f"{w['work'] / r['files']:.2f}",
                     f"{r['rerun']['wall_s']:.1f}, {r['rerun']['driver_cpu_s']:.1f}, "
                     f"{r['rerun']['tasks'] or 0}"
                     + ("" if r["rerun_nothing_to_do"] else " (NOT nothing-to-do)")])
    lines = []
    for a, b in zip(results, results[1:]):
        dn = b["files"] - a["files"]
        lines.append(
            f"- {a['files']:,} -> {b['files']:,} files: per-file ratio (larger / smaller) driver "
            f"CPU {(b['driver_cpu_s'] / b['files']) / (a['driver_cpu_s'] / a['files']):.2f}, "
            f"total CPU {(b['cpu_s'] / b['files']) / (a['cpu_s'] / a['files']):.2f}; marginal "
            f"cost of one more file: driver {1000 * (b['driver_cpu_s'] - a['driver_cpu_s']) / dn:.2f} "
            f"ms, total {1000 * (b['cpu_s'] - a['cpu_s']) / dn:.1f} ms")
    return (f"Command: `{command}` (`--num-cpus {cores}`, `--keep-work` so that intermediate "
            f"files can be counted).\nMachine: {machine()}. Versions: "
            f"{versions('ray', 'trafilatura', 'datasketch', 'tiktoken')}.\n\n"
            f"Inputs: tiny WARC files generated on the fly (tests/tiny_warcs.py): {pages} English "
            f"HTML pages each, text from the bundled sample's English pages mapped through a "
            f"per-file word bijection, 5% of pages near-duplicates of a page of an earlier file. "
            f"CPU is user + system seconds of the driver alone and of the whole process tree "
            f"(driver, GCS, raylet, agents, workers; psutil, sampled every 0.1 s), so other jobs "
            f"on the machine do not inflate it. The re-run is the same command on the finished "
            f"output.\n\n" + markdown_table(header, rows) + "\n\n" + "\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scales", default="1,2,4,8", help="comma-separated sizes (copies)")
    parser.add_argument("--cores", type=int, default=os.cpu_count(), help="--num-cpus per run")
    parser.add_argument("--work-dir", help="keep the mirror and outputs here (default: temp)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per size; the one with the least process CPU is reported "
                             "(other jobs on a shared machine inflate every timing)")
    parser.add_argument("--write", action="store_true", help="replace ## Scaling in BENCHMARKS.md")
    parser.add_argument("--real-pages", metavar="DIR",
                        help="instead: per-stage CPU per page on the *.html pages in DIR (e.g. "
                             "../shared/data/extraction/html), one process")
    parser.add_argument("--many-files", metavar="N,M,...",
                        help="instead: orchestration cost per WARC file over N, M, ... tiny "
                             "generated WARC files (writes `## Orchestration at many files`)")
    parser.add_argument("--pages", type=int, default=5, help="pages per tiny WARC file")
    args = parser.parse_args(argv)
    if args.many_files:
        sizes = sorted(int(n) for n in args.many_files.split(","))
        work = Path(args.work_dir) if args.work_dir else Path(tempfile.mkdtemp(prefix="many-"))
        command = (f"python benchmarks/scaling.py --many-files {args.many_files} --pages "
                   f"{args.pages} --cores {args.cores}" + (" --write" if args.write else ""))
        try:
            text = many_files(sizes, args.cores, args.pages, work, args.write, command)
        finally:
            if not args.work_dir:
                shutil.rmtree(work, ignore_errors=True)
        print(text)
        if args.write:
            write_section("Orchestration at many files", text)
        return 0
    if args.real_pages:
        print(measure_real_pages(Path(args.real_pages)))
        return 0
    scales = sorted(int(s) for s in args.scales.split(","))
    work = Path(args.work_dir) if args.work_dir else Path(tempfile.mkdtemp(prefix="scaling-"))
    command = "python benchmarks/scaling.py" + (" --write" if args.write else "")
    if args.scales != "1,2,4,8":
        command += f" --scales {args.scales}"
    if args.repeat != 1:
        command += f" --repeat {args.repeat}"
    try:
        started = time.time()
        build_mirror(work / "mirror", max(scales))
        build_s = time.time() - started
        print(f"mirror: {max(scales)} copies of the sample in {work / 'mirror'} ({build_s:.1f} s)")
        results = []
        for scale in scales:
            files = scale * len(sample_warc_paths())
            runs = []
            for attempt in range(args.repeat):
                output = work / f"out-{scale}x"
                shutil.rmtree(output, ignore_errors=True)
                runs.append(run_scale(work / "mirror", output, files, args.cores))
                print(f"scale {scale}x run {attempt + 1}: " + json.dumps(runs[-1]), flush=True)
            results.append(min(runs, key=lambda r: r["cpu_s"]))
        text = report(results, scales, command, build_s)
        print(text)
        if args.write:
            write_section("Scaling", text)
    finally:
        if not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
