"""A full-size Common Crawl WARC file through the real CLI: CPU per record, memory per Ray worker,
wall time, with 1 and 2 CPUs.

    python benchmarks/fullsize_warc.py                   # build (or reuse) the file; BENCHMARKS.md
    python benchmarks/fullsize_warc.py --warc FILE       # a WARC file of your own (e.g. one of CC's)
    python benchmarks/fullsize_warc.py --pages held_out --responses 7000 --no-write
    python benchmarks/fullsize_warc.py --profile         # + py-spy: where a record's time goes
    python benchmarks/fullsize_warc.py --against ../base --rounds 2   # an earlier checkout, alternating

The input (benchmarks/_fullsize_input.py): ~35,000 captures of real pages in Common Crawl's layout
(warcinfo, then request / response / metadata per capture, one gzip member per record), kept in
~/.cache/cc-pipeline/fullsize_warc/ and reused. Each run is `pipeline run --snapshot
CC-MAIN-2024-10 --data-root MIRROR --output TMP --num-cpus N --no-progress` in a fresh process (a
new local Ray cluster, real models). Measured while it runs, every 0.2 s with psutil, over the
whole process tree (the driver, every Ray worker, raylet, GCS, agents): each process's user +
system CPU (its last sample; processes are followed until they end), RSS, and for Ray workers USS
and PSS once a second (shared pages make RSS over-count: USS is what the process alone holds). Per
step CPU is the run's own summary.json (time.process_time around each step's batch calls, in the
worker). Each CPU count is also run on a 60-capture file built the same way, so the fixed cost of
a run (imports, Ray, worker start-up and model loading) is separated from the cost per record:
marginal = (CPU of the full run - CPU of the small run) / (captures difference).

`--profile` runs the 1-CPU case again under `py-spy record --subprocesses` (50 Hz, raw stacks)
and charges each worker sample to the innermost pipeline/stages frame's part of the work.
Other jobs on the machine stretch wall time but hardly CPU time; the load average is recorded.

`--against TREE` runs an earlier checkout (`git worktree add ../base COMMIT`) and this one on the
same file with 1 CPU, in alternating whole runs (A B B A per two rounds), the earlier one with
PYTHONPATH and working directory set to TREE (Ray workers inherit both): the same machine and the
same hour, so the CPU per response of two versions can be compared even where the machine's speed
drifts from day to day (the same code measured 4.19 ms one day and 4.52 ms another).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import _fullsize_input as fullsize
from _report import machine, markdown_table, versions, write_section

SNAPSHOT = fullsize.SNAPSHOT
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "cc-pipeline" / "fullsize_warc"
GOAL_MS_PER_RECORD = 3.0   # issue 26: <= 3 ms CPU per record (per response, as the issue counts)
GOAL_WORKER_MB = 2048      # issue 26: peak per worker under 2 GB
SMALL_RESPONSES = 60       # the small file that measures a run's fixed cost
RUN_TIMEOUT_S = 3600
MARKS = (("start", "read+filter:"), ("filter", "pipeline: dedup: "),
         ("dedup", "dedup+pii+tokenize:"), ("finish", "Ray tasks submitted"))
RAY_SYSTEM = ("raylet", "gcs_server", "dashboard", "log_monitor", "monitor.py", "agent",
              "ray::DashboardAgent", "ray::RuntimeEnvAgent", "runtime_env", "ray_client_server")


# --- sampling the process tree -------------------------------------------------------------------

class TreeSampler(threading.Thread):
    """CPU, RSS (and for Ray workers USS/PSS) of a process and every descendant it ever had."""

    def __init__(self, pid: int, interval: float = 0.2, full_every: int = 5):
        import psutil

        super().__init__(daemon=True)
        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.interval, self.full_every = interval, full_every
        self.stop_event = threading.Event()
        self.processes: dict[tuple[int, float], dict] = {}
        self._handles: dict[tuple[int, float], object] = {}

    def _kind(self, name: str, pid: int) -> str:
        if pid == self.root.pid:
            return "driver"
        if (name.startswith("ray::") and not any(name.startswith(s) for s in RAY_SYSTEM)
                or "default_worker.py" in name):
            return "worker"
        return "ray system"

    def run(self) -> None:
        psutil, tick = self.psutil, 0
        while not self.stop_event.is_set():
            try:
                for child in [self.root, *self.root.children(recursive=True)]:
                    try:
                        key = (child.pid, child.create_time())
                    except psutil.Error:
                        continue
                    self._handles.setdefault(key, child)
            except psutil.Error:
                pass  # the root ended: keep following what it left until they end
            for key, process in list(self._handles.items()):
                try:
                    with process.oneshot():
                        cmdline = process.cmdline()
                        cpu = process.cpu_times()
                        rss = process.memory_info().rss
                except psutil.Error:
                    if not process.is_running():
                        self._handles.pop(key)
                    continue
                name = (cmdline[0].split(" ")[0] if cmdline else "") or process.name()
                if name.endswith(("python", "python3")):
                    name = " ".join(Path(part).name for part in cmdline[1:3])
                info = self.processes.setdefault(key, {
                    "pid": key[0], "kind": self._kind(name, key[0]), "name": name,
                    "cpu": 0.0, "rss": 0, "uss": 0, "pss": 0, "task_at_peak": name,
                    "tasks": set()})
                if info["kind"] == "ray system" and self._kind(name, key[0]) == "worker":
                    info["kind"] = "worker"  # a worker named itself ray::... after it started
                info["cpu"] = cpu.user + cpu.system
                if name.startswith("ray::") and info["kind"] == "worker":
                    info["tasks"].add(name.removeprefix("ray::"))
                if rss > info["rss"]:
                    info["rss"], info["task_at_peak"] = rss, name
                if info["kind"] == "worker" and tick % self.full_every == 0:
                    try:
                        full = process.memory_full_info()
                        info["uss"] = max(info["uss"], full.uss)
                        info["pss"] = max(info["pss"], getattr(full, "pss", 0))
                    except psutil.Error:
                        pass
            tick += 1
            self.stop_event.wait(self.interval)

    def finish(self, linger: float = 5.0) -> list[dict]:
        deadline = time.monotonic() + linger
        while self._handles and time.monotonic() < deadline:
            time.sleep(self.interval)
        self.stop_event.set()
        self.join()
        return list(self.processes.values())


def run_cli(data_root: Path, output: Path, cpus: int, profile: Path | None = None,
            tree: Path = REPO) -> dict:
    """One `pipeline run` over the mirror: wall, phases, processes, summary.json. `tree`: the
    checkout whose code runs (another one's goes first on PYTHONPATH, for the driver and Ray's
    workers alike)."""
    shutil.rmtree(output, ignore_errors=True)
    command = [sys.executable, "-m", "pipeline.cli", "run", "--snapshot", SNAPSHOT,
               "--data-root", str(data_root), "--output", str(output), "--num-cpus", str(cpus),
               "--no-progress", "--keep-work"]  # work/ kept to be measured below
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    if tree != REPO:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tree), env.get("PYTHONPATH")]))
    load = os.getloadavg()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=tree, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(process.pid)
    sampler.start()
    spy = None
    if profile is not None:
        spy = subprocess.Popen([shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy"),
                                "record", "--pid", str(process.pid), "--subprocesses",
                                "--rate", "50", "--nonblocking", "--format", "raw",
                                "--output", str(profile)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    errors: list[str] = []
    reader = threading.Thread(target=lambda: errors.extend(process.stderr), daemon=True)
    reader.start()
    seen: dict[str, float] = {}
    out_lines = []
    for line in process.stdout:
        out_lines.append(line)
        for name, text in MARKS:
            if text in line and name not in seen:
                seen[name] = time.perf_counter() - started
    process.wait(timeout=RUN_TIMEOUT_S)
    wall = time.perf_counter() - started
    reader.join()
    processes = sampler.finish()
    if spy is not None:
        spy.wait(timeout=120)
    if process.returncode != 0:
        raise SystemExit(f"pipeline run failed ({process.returncode}):\n{''.join(out_lines)}\n"
                         f"{''.join(errors)[-4000:]}")
    phases, before = {}, 0.0
    for name, _ in MARKS:
        at = seen.get(name, before)
        phases[name], before = at - before, at
    phases["exit"] = wall - before
    summary = json.loads((output / SNAPSHOT / "summary.json").read_text())
    written: dict[str, list[int]] = {}
    for path in (output / SNAPSHOT).rglob("*"):
        if path.is_file():
            parts = path.relative_to(output / SNAPSHOT).parts
            folder = "/".join(parts[:2]) if parts[0] in ("dedup", "work") and len(parts) > 2 \
                else (parts[0] if len(parts) > 1 else "(top)")
            entry = written.setdefault(folder, [0, 0])
            entry[0] += 1
            entry[1] += path.stat().st_size
    by_kind = collections.defaultdict(float)
    for info in processes:
        by_kind[info["kind"]] += info["cpu"]
    return {"cpus": cpus, "wall": wall, "load": load[0], "load_after": os.getloadavg()[0],
            "phases": phases, "processes": processes, "cpu": sum(by_kind.values()),
            "cpu_by_kind": dict(by_kind), "summary": summary, "stdout": "".join(out_lines),
            "written": written}


# --- the profile -----------------------------------------------------------------------------------

# Innermost matching frame decides; checked in this order per frame, from the leaf up.
PROFILE_PARTS = (
    ("read (pipeline/warc.py, FastWARC)", r"pipeline/warc\.py"),
    ("decision rows (pipeline/stats.py)", r"pipeline/stats\.py"),
    ("dedup signatures (stages/dedup.py)", r"stages/dedup\.py"),
    ("extract", r"stages/(extract|xpaths|text_exceptions)\.py|trafilatura|justext|lxml"),
    ("decode HTML (stages/decoding.py)", r"stages/decoding\.py"),
    ("prefilter", r"stages/prefilter\.py"),
    ("langid", r"stages/(langid|lid_model)\.py"),
    ("quality filters", r"stages/(gopher_\w+|c4|fineweb_quality|text)\.py"),
    ("blocklist", r"stages/blocklist\.py"),
    ("pii", r"stages/pii\.py|presidio|spacy|phonenumbers"),
    ("tokenize", r"stages/tokenize\.py|tiktoken"),
    ("Parquet and files (pipeline/storage.py, shards)", r"pipeline/(storage|shards)\.py|pyarrow"),
    ("dedup cross-file (pipeline/dedup.py)", r"pipeline/dedup\.py"),
    ("runner (pipeline/run.py, tasks.py)", r"pipeline/(run|tasks|ray_session|layout|config)\.py"),
    ("imports", r"importlib|<frozen"),
)
STARTUP = re.compile(r"^(_warm_worker|_worker_steps|BuiltStep\.build|\w+\.preflight) ")


def profile_parts(raw: Path) -> tuple[dict[str, int], dict[str, int], int]:
    """Samples of Ray worker processes per part of the work, and the top leaf functions."""
    parts: dict[str, int] = collections.Counter()
    leaves: dict[str, int] = collections.Counter()
    compiled = [(name, re.compile(pattern)) for name, pattern in PROFILE_PARTS]
    total = 0
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        elements = stack.split(";")
        # "process PID:CMDLINE" elements (root first), then the innermost process's frames
        last = max((i for i, e in enumerate(elements) if e.startswith("process ")), default=-1)
        if not count.isdigit() or last < 0 or "default_worker.py" not in elements[last]:
            continue
        frames = elements[last + 1:]
        n = int(count)
        total += n
        part = "other (Ray, threads, interpreter)"
        if any(STARTUP.search(frame) for frame in frames):
            part = "worker start-up: steps built (imports, models, lists)"
        for frame in ([] if part != "other (Ray, threads, interpreter)" else reversed(frames)):
            hit = next((name for name, pattern in compiled if pattern.search(frame)), None)
            if hit:
                part = hit
                break
        parts[part] += n
        if frames:
            leaves[re.sub(r":\d+\)$", ")", frames[-1])] += n
    return dict(parts), dict(leaves), total


# --- report ----------------------------------------------------------------------------------------

def stage_rows(summary: dict, responses: int) -> list[list]:
    rows = []
    for stage, row in summary.items():
        if stage == "read":
            continue
        rows.append([stage, f"{row['records_in']:,}", f"{row['records_kept']:,}",
                     f"{row['seconds']:.1f}", f"{1000 * row['seconds'] / responses:.3f}",
                     f"{1000 * row['seconds'] / max(row['records_in'], 1):.2f}"])
    return rows


def mb(value: float) -> str:
    return f"{value / 2**20:,.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--warc", type=Path, help="take this WARC file instead of building one")
    parser.add_argument("--responses", type=int, default=35_000,
                        help="captures in the built file (request + response + metadata each)")
    parser.add_argument("--pages", default="all", choices=("all", "tuning", "held_out"),
                        help="which pages the built file copies (held_out: the fifth kept out "
                             "of all tuning, benchmarks/_warc_input.held_out)")
    parser.add_argument("--cpus", default="1,2", help="comma-separated --num-cpus values")
    parser.add_argument("--jobs", type=int, default=None, help="processes building the file")
    parser.add_argument("--profile", action="store_true",
                        help="also run 1 CPU under py-spy and break the worker's time down")
    parser.add_argument("--no-small", action="store_true",
                        help="skip the small runs that measure the fixed cost")
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    parser.add_argument("--allow-retries", action="store_true",
                        help="report even when a worker died and Ray re-ran the file's task")
    parser.add_argument("--note", default="", help="a sentence added to the BENCHMARKS.md "
                        "section (e.g. where --from-results' rows came from)")
    parser.add_argument("--against", type=Path, metavar="TREE",
                        help="compare with the checkout at TREE: alternating 1-CPU runs")
    parser.add_argument("--rounds", type=int, default=2, help="with --against: runs of each side")
    parser.add_argument("--from-results", type=Path, metavar="JSON",
                        help="report the measurements a run saved (CACHE/last-results.json)")
    args = parser.parse_args()
    cpu_counts = [int(c) for c in args.cpus.split(",")]
    if args.from_results:
        saved = json.loads(args.from_results.read_text())
        profile = saved["profile"]
        if profile is not None:
            profile = ((profile[0][0], profile[0][1], profile[0][2]), profile[1])
        report(saved["results"], saved["facts"], saved["small"], profile, args)
        return

    work = Path(tempfile.mkdtemp(prefix="fullsize-warc-"))
    try:
        if args.warc:
            facts = fullsize.mirror_of(args.warc, work / "mirror")
            data_root = work / "mirror"
        else:
            data_root = CACHE / f"{args.pages}-{args.responses}"
            print(f"input: {data_root} (built once, then reused)", flush=True)
            facts = fullsize.build(data_root, responses=args.responses, pages=args.pages,
                                   jobs=args.jobs, log=lambda m: print(m, flush=True))
        small_root = CACHE / f"{args.pages}-small-{SMALL_RESPONSES}"
        small = None if args.no_small else fullsize.build(
            small_root, responses=SMALL_RESPONSES, pages=args.pages, max_pages=SMALL_RESPONSES,
            log=lambda m: None)
        print(json.dumps({k: v for k, v in facts.items() if k != "build"}), flush=True)
        if args.against:
            compare(data_root, work, facts, args)
            return

        results = []
        for cpus in cpu_counts:
            result = run_cli(data_root, work / "out", cpus)
            result["small"] = None if small is None else run_cli(small_root, work / "small", cpus)
            results.append(result)
            print(f"{cpus} CPU: wall {result['wall']:.1f} s, tree CPU {result['cpu']:.1f} s, "
                  f"load {result['load']:.1f}-{result['load_after']:.1f}"
                  + (f"; small file {result['small']['cpu']:.1f} CPU s"
                     if result["small"] else ""), flush=True)
        profile = None
        if args.profile:
            raw = work / "profile.txt"
            profiled = run_cli(data_root, work / "out", 1, profile=raw)
            profile = (profile_parts(raw), profiled)
            CACHE.mkdir(parents=True, exist_ok=True)  # with --warc nothing was built there yet
            shutil.copyfile(raw, CACHE / "last-profile.txt")
        for result in [*results, *(r["small"] for r in results if r["small"]),
                       *([profile[1]] if profile else [])]:
            for info in result["processes"]:
                info["tasks"] = sorted(info["tasks"])
        CACHE.mkdir(parents=True, exist_ok=True)
        (CACHE / "last-results.json").write_text(json.dumps(
            {"results": results, "facts": facts, "small": small, "profile": profile}))
        report(results, facts, small, profile, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def compare(data_root: Path, work: Path, facts: dict, args) -> None:
    """Alternating 1-CPU runs of an earlier checkout (A) and this one (B): A B B A A B ..."""
    against = args.against.resolve()
    if not (against / "pipeline" / "cli.py").is_file():
        raise SystemExit(f"--against {args.against}: no pipeline/cli.py there (a checkout of this "
                         f"repository is needed)")
    label = {against: f"earlier ({git_head(against)})", REPO: f"this ({git_head(REPO)})"}
    order = [side for i in range(args.rounds)
             for side in ((against, REPO) if i % 2 == 0 else (REPO, against))]
    runs = []
    for side in order:
        result = run_cli(data_root, work / "out", 1, tree=side)
        if retried_tasks(result):
            raise SystemExit("a worker died mid-task and Ray re-ran it: run again")
        runs.append((side, result))
        responses = result["summary"]["read"]["records_kept"]  # the HTML responses
        print(f"{label[side]}: tree CPU {result['cpu']:.1f} s, "
              f"{1000 * result['cpu'] / responses:.3f} ms per response, "
              f"load {result['load']:.1f}-{result['load_after']:.1f}", flush=True)
    steps = [name for name in runs[0][1]["summary"] if name != "read"]
    rows = []
    for side, result in runs:
        peak = max(p["rss"] for p in result["processes"] if p["kind"] == "worker")
        seconds = result["summary"]
        other = sum(seconds[n]["seconds"] for n in steps if n not in ("prefilter", "extract"))
        rows.append([label[side],
                     *(f"{1000 * s / responses:.3f}" for s in (
                         result["cpu"], seconds["prefilter"]["seconds"],
                         seconds["extract"]["seconds"], other)),
                     f"{result['wall']:.0f}", mb(peak), f"{result['load']:.1f}-{result['load_after']:.1f}"])
    medians = {}
    for side in (against, REPO):
        cpus = sorted(r["cpu"] for s, r in runs if s == side)
        medians[side] = cpus[len(cpus) // 2] if len(cpus) % 2 else sum(cpus[len(cpus) // 2 - 1:][:2]) / 2
    ratio = medians[REPO] / medians[against]
    kept = {label[s]: r["summary"]["tokenize"]["records_kept"] for s, r in runs}
    table = markdown_table(["side (1 CPU, run order)", "tree CPU ms / response", "prefilter",
                            "extract", "other steps", "wall s", "worker peak RSS MB", "load avg"],
                           rows)
    text = (f"`python benchmarks/fullsize_warc.py --against TREE --rounds {args.rounds}`: the same "
            f"file ({responses:,} HTML responses, "
            f"{runs[0][1]['summary']['read']['bytes_kept'] / 1e6:,.0f} MB of HTML) through the CLI with 1 CPU, two "
            f"checkouts in alternating whole runs; CPU over the whole process tree as in the "
            f"section above, steps' CPU from summary.json, all per response.\n\n{table}\n\n"
            f"Median tree CPU: {label[against]} {1000 * medians[against] / responses:.3f} ms, "
            f"{label[REPO]} {1000 * medians[REPO] / responses:.3f} ms per response: "
            f"x{1 / ratio:.3f} ({(ratio - 1) * 100:+.1f}% CPU). Documents written per side: "
            f"{kept}. Machine: {machine()}.")
    print(text)
    if not args.no_write:
        write_section("Full-size WARC file, against an earlier checkout", text)


def git_head(tree: Path) -> str:
    return subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"],
                          check=False, capture_output=True, text=True).stdout.strip() or str(tree)


def retried_tasks(result: dict) -> int:
    """Filter tasks run more than once (one file: one task): a worker died mid-task (killed from
    outside, say) and Ray ran it again, so the killed attempt's CPU is in the tree's total."""
    ran = sum(any(t.startswith("filter_war") for t in p["tasks"])
              for p in result["processes"] if p["kind"] == "worker")
    return max(0, ran - 1)


def report(results: list[dict], facts: dict, small: dict | None, profile, args) -> None:
    retried = [r["cpus"] for r in results if retried_tasks(r)]
    if retried and not args.allow_retries:
        raise SystemExit(f"the filter task was retried in the run(s) with {retried} CPUs (a worker "
                         f"died mid-task): its CPU figures count the killed attempt; run again "
                         f"(or --allow-retries to report them anyway)")
    first = results[0]
    read = first["summary"]["read"]
    responses = read["records_kept"]
    records = read["records_in"]
    reasons = read["reasons"]
    summary_rows, worker_rows = [], []
    for result in results:
        workers = [p for p in result["processes"] if p["kind"] == "worker"]
        driver = next(p for p in result["processes"] if p["kind"] == "driver")
        steps = sum(row["seconds"] for row in result["summary"].values())
        marginal = fixed = None
        if result["small"]:
            small_responses = result["small"]["summary"]["read"]["records_kept"]
            marginal = (result["cpu"] - result["small"]["cpu"]) / (responses - small_responses)
            fixed = result["small"]["cpu"] - marginal * small_responses
            result["marginal"], result["fixed"] = marginal, fixed
        summary_rows.append([
            result["cpus"], f"{result['wall']:.0f}", f"{result['cpu']:.1f}",
            f"{1000 * result['cpu'] / responses:.2f}",
            "-" if marginal is None else f"{1000 * marginal:.2f}",
            "-" if fixed is None else f"{fixed:.1f}",
            f"{steps:.1f}",
            f"{result['cpu_by_kind'].get('worker', 0):.1f}",
            f"{result['cpu_by_kind'].get('driver', 0):.1f}",
            f"{result['cpu_by_kind'].get('ray system', 0):.1f}",
            len(workers),
            mb(max((w["rss"] for w in workers), default=0)),
            mb(max((w["uss"] for w in workers), default=0)),
            mb(max((w["pss"] for w in workers), default=0)),
            mb(driver["rss"]),
            " / ".join(f"{result['phases'][p]:.0f}" for p in
                       ("start", "filter", "dedup", "finish", "exit")),
            f"{result['load']:.1f}-{result['load_after']:.1f}"])
        for w in sorted(workers, key=lambda w: -w["rss"]):
            worker_rows.append([result["cpus"], w["pid"], ", ".join(w["tasks"]) or "-",
                                w["task_at_peak"].removeprefix("ray::"), mb(w["rss"]),
                                mb(w["uss"]), mb(w["pss"]), f"{w['cpu']:.1f}"])
    header = ["CPUs", "wall s", "tree CPU s", "CPU ms / response", "marginal ms / response",
              "fixed CPU s", "step timers s", "workers CPU s", "driver CPU s", "Ray system CPU s",
              "workers", "worker peak RSS MB", "worker peak USS MB", "worker peak PSS MB",
              "driver peak RSS MB", "phases s (start/filter/dedup/finish/exit)", "load avg"]
    table = markdown_table(header, summary_rows)
    steps_table = markdown_table(
        ["step", "records in", "kept", "CPU s", "ms per response (of the file)",
         "ms per record in"], stage_rows(first["summary"], responses))
    accounted = sum(row["seconds"] for row in first["summary"].values())
    worker_cpu = first["cpu_by_kind"].get("worker", 0)
    rest_rows = [
        ["steps (summary.json timers)", f"{accounted:.1f}", f"{1000 * accounted / responses:.3f}"],
        [("workers outside the step timers (reading, decision rows, Parquet, dedup cross-file "
         "work, Ray task overhead, worker start-up and model loading)"),
         f"{worker_cpu - accounted:.1f}", f"{1000 * (worker_cpu - accounted) / responses:.3f}"],
        ["driver (imports, checks, plan, Ray client)",
         f"{first['cpu_by_kind'].get('driver', 0):.1f}",
         f"{1000 * first['cpu_by_kind'].get('driver', 0) / responses:.3f}"],
        [(f"Ray system processes (raylet, GCS, dashboard, agents: "
         f"{first['cpu_by_kind'].get('ray system', 0) / first['wall']:.3f} cores while the run "
         f"lasted, a cost per second of wall time rather than per record)"),
         f"{first['cpu_by_kind'].get('ray system', 0):.1f}",
         f"{1000 * first['cpu_by_kind'].get('ray system', 0) / responses:.3f}"],
        ["**whole tree**", f"{first['cpu']:.1f}", f"{1000 * first['cpu'] / responses:.3f}"],
    ]
    if first.get("fixed") is not None:
        rest_rows.append([(f"of which a run's fixed cost (the {SMALL_RESPONSES}-capture run, "
                          f"less its captures at the marginal rate)"), f"{first['fixed']:.1f}",
                          f"{1000 * first['fixed'] / responses:.3f}"])
    rest_table = markdown_table(["where (1st run)", "CPU s", "ms per response"], rest_rows)
    workers_table = markdown_table(["CPUs", "pid", "tasks run", "task at the RSS peak",
                                    "peak RSS MB", "peak USS MB", "peak PSS MB", "CPU s"],
                                   worker_rows)
    written_table = markdown_table(
        ["folder (1st run, `--keep-work`)", "files", "MB", "bytes per response"],
        [[folder, files, f"{size / 1e6:,.1f}", f"{size / responses:,.0f}"]
         for folder, (files, size) in sorted(first["written"].items())])
    profile_text = ""
    if profile is not None:
        (parts, leaves, total), profiled = profile
        worker_cpu_p = profiled["cpu_by_kind"].get("worker", 0)
        rows = [[name, f"{100 * n / total:.1f}", f"{1000 * worker_cpu_p * n / total / responses:.3f}"]
                for name, n in sorted(parts.items(), key=lambda kv: -kv[1])]
        top = [[name, f"{100 * n / total:.1f}"] for name, n in
               sorted(leaves.items(), key=lambda kv: -kv[1])[:15]]
        profile_text = (
            f"\nWhere a worker's time goes (`--profile`: the 1-CPU run again under `py-spy record "
            f"--subprocesses --rate 50 --nonblocking`, {total:,} samples of Ray worker "
            f"processes; each sample charged to the innermost frame of the listed code; ms = "
            f"share x the workers' {worker_cpu_p:.0f} CPU s / {responses:,} responses; the "
            f"profiled run took {profiled['cpu']:.0f} CPU s):\n\n"
            + markdown_table(["part", "% of worker samples", "ms per response"], rows)
            + "\n\nTop leaf functions:\n\n" + markdown_table(["function", "% of samples"], top)
            + "\n")
    kinds = facts.get("captures_by_kind", {})
    mix = ", ".join(f"{kinds[k]:,} {k}" for k in ("original", "distinct", "near", "exact")
                    if k in kinds)
    sources = facts.get("captures_by_source", {})
    dedup = first["summary"].get("dedup", {})
    removed = dedup.get("reasons", {}).get("near_duplicate", 0)
    input_text = (
        f"`{args.warc}`" if args.warc else
        f"{facts['responses']:,} captures of {facts['pages']} real pages "
        f"({', '.join(f'{v:,} from {k}' for k, v in sources.items())}; pages: {args.pages}), "
        f"{facts['records']:,} WARC records, {facts['compressed_bytes'] / 1e6:,.0f} MB gzip, "
        f"{facts['html_bytes'] / 1e6:,.0f} MB of HTML ({facts['html_bytes'] / facts['responses'] / 1e3:.0f} "
        f"KB per page). Mix: {mix}")
    english = first["summary"].get("langid", {}).get("records_kept", 0)
    extracted = first["summary"].get("extract", {}).get("records_in", 0)
    mix_text = (f"{100 * extracted / responses:.0f}% of the responses passed the prefilter and "
                f"{100 * english / responses:.0f}% are documents in a wanted language after "
                f"langid (Common Crawl: ~46% of pages are English), so the cost per response of "
                f"the steps after the prefilter is lower here than on a CC file; "
                f"docs/capacity.md projects from the cost per record in instead.")
    verdict = []
    per_response = 1000 * first["cpu"] / responses
    verdict.append(f"Goal <= {GOAL_MS_PER_RECORD:.0f} ms CPU per record (1 CPU, whole tree, per "
                   f"response): {per_response:.2f} ms, "
                   f"{'met' if per_response <= GOAL_MS_PER_RECORD else 'not met'}"
                   + (f" (marginal, start-up removed: {1000 * first['marginal']:.2f} ms)"
                      if first.get("marginal") is not None else "") + ".")
    peak = max(w["rss"] for r in results for w in r["processes"] if w["kind"] == "worker")
    verdict.append(f"Goal peak per worker < 2 GB: {mb(peak)} MB RSS, "
                   f"{'met' if peak < GOAL_WORKER_MB * 2**20 else 'not met'}.")
    print(table)
    print(steps_table)
    print(rest_table)
    print(workers_table)
    print(written_table)
    print(profile_text)
    print(" ".join(verdict))
    command = "python benchmarks/fullsize_warc.py" + "".join(
        f" {flag}" for flag, on in ((f"--warc {args.warc}", args.warc),
                                    (f"--responses {args.responses}", args.responses != 35_000),
                                    (f"--pages {args.pages}", args.pages != "all"),
                                    (f"--cpus {args.cpus}", args.cpus != "1,2"),
                                    ("--profile", args.profile)) if on)
    if args.no_write:
        return
    heading = "Full-size WARC file" + ("" if args.pages == "all" and not args.warc
                                       else f" ({'given file' if args.warc else args.pages})")
    write_section(heading, f"""
`{command}` (issue 26). Input: {input_text}; see benchmarks/_fullsize_input.py for what each
kind is. Per capture Common Crawl's request, response and metadata records, one gzip member
each: the `read` step saw {records:,} records, kept {responses:,} HTML responses
({', '.join(f'{n:,} {r}' for r, n in reasons.items())}). The global dedup removed
{removed:,} of the {dedup.get('records_in', 0):,} documents that reached it. Each run is the real
CLI in a fresh process (`pipeline run --snapshot {SNAPSHOT} --data-root MIRROR --output TMP
--num-cpus N --no-progress --keep-work`); CPU is user + system of every process of the tree (psutil, sampled
every 0.2 s: driver, Ray workers, raylet, GCS, agents); "ms / response" divides by the
{responses:,} HTML responses (as the issue counts: 3 WARC records each); "marginal" removes the
fixed cost of a run (the same command on a {SMALL_RESPONSES}-capture file built the same way:
imports, Ray, worker start-up and model loading), which a snapshot run pays once per worker, not
per file. USS/PSS sampled once a second. {mix_text} Machine: {machine()} (shared with other jobs: see the
load column); {versions("ray", "trafilatura", "fastwarc", "presidio-analyzer", "tiktoken")}.
{args.note}

{table}

Per step (1st run; summary.json's CPU seconds, timed in the worker around each batch):

{steps_table}

{rest_table}

Ray workers (every worker process of each run; RSS sampled every 0.2 s):

{workers_table}

What one file's run writes (`--keep-work` keeps work/, which a run deletes at its end):

{written_table}
{profile_text}
{" ".join(verdict)}
""")


if __name__ == "__main__":
    main()
