"""Crash safety: SIGKILL the run at several points, re-run the same command, and get outputs
byte-identical to an uninterrupted run's; a Ray worker killed mid-task is retried."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds

from tests.conftest import REPO, run_cli

SNAPSHOT = "sample-CC-MAIN-2024-10"  # --sample's output folder


def output_files(root: Path) -> dict[str, bytes]:
    """Every result file a user relies on (not progress markers or timings)."""
    files = {}
    for folder in ("stats", "documents", "tokens"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                files[str(path.relative_to(root))] = path.read_bytes()
    return files


def start_run(output: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", "--sample", "--output",
                             str(output), "--no-progress"], cwd=REPO, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill_when(process: subprocess.Popen, ready, timeout_s: float = 300) -> bool:
    """SIGKILL the run's whole process group (driver and the Ray cluster it started) as soon as
    `ready()` holds; False if the run finished first."""
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if process.poll() is not None:
            return False
        if ready():
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=60)
            return True
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    raise AssertionError("the run neither reached the kill point nor finished in time")


def test_sigkill_at_three_points_then_resume_is_byte_identical(tmp_path, sample_run):
    root = tmp_path / SNAPSHOT

    def written(folder, pattern):
        return list((root / folder).glob(pattern)) if (root / folder).exists() else []

    # Tasks write their outputs; the driver records finished phases in progress/ chunks.
    kill_points = {
        "during extraction": lambda: len(written("stats", "filter-*.parquet")) >= 1,
        "during dedup": lambda: (bool(written("progress", "filter.*.json"))
                                 and not written("documents", "part-*.parquet")),
        "during tokenization": lambda: len(written("documents", "part-*.parquet")) >= 1,
    }
    killed = []
    for name, ready in kill_points.items():
        if kill_when(start_run(tmp_path), ready):
            killed.append(name)
    assert "during extraction" in killed
    assert len(killed) >= 2, killed

    result = run_cli("run", "--sample", "--output", str(tmp_path), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert output_files(root) == output_files(sample_run)
    stats = ds.dataset(root / "stats", format="parquet").to_table()
    reads = [(f, r) for f, r, s in zip(stats["warc_file"].to_pylist(),
                                       stats["record_id"].to_pylist(),
                                       stats["stage"].to_pylist()) if s == "read"]
    assert len(reads) == len(set(reads)) == sample_manifest_records()  # every input record once
    assert not list(root.rglob(".*.tmp*"))



def test_temporary_files_a_killed_writer_left_anywhere_are_removed_by_the_next_run(tmp_path, sample_run):
    """A process killed mid-write leaves `.NAME.tmp-PID` beside the file it wrote: in dedup/
    (settings.json, killed between its write and rename: seen once in CI), a language's token
    folder, logs/, deep in work/. The next run removes every one, wherever it is, and its outputs
    are the uninterrupted run's."""
    root = tmp_path / SNAPSHOT
    left = ["dedup/.settings.json.tmp-28975", "tokens/en/.shard-000000.bin.tmp-7",
            "logs/.filter-000001.log.tmp-3", "work/dedup/candidates/.000000.parquet.tmp-11",
            ".summary.json.tmp-5"]
    for name in left:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"partial")
    result = run_cli("run", "--sample", "--output", str(tmp_path), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert not list(root.rglob(".*.tmp*"))
    assert output_files(root) == output_files(sample_run)
    # A worker killed mid-write whose task Ray ran again leaves its file in a run that then
    # completes: the next run, with nothing to do, removes it too (it used to stay for ever).
    left = ["stats/.filter-000000.parquet.tmp-10705", "documents/.part-000000.parquet.tmp-11218",
            "tokens/.shard_000000_0000.bin.tmp-18313"]
    for name in left:
        (root / name).write_bytes(b"")
    result = run_cli("run", "--sample", "--output", str(tmp_path), "--no-progress")
    assert result.returncode == 0 and "nothing to do" in result.stdout, result.stderr
    assert not list(root.rglob(".*.tmp*"))
    assert output_files(root) == output_files(sample_run)

def ray_task_pids(function: str, session: int) -> list[int]:
    """Ray workers running `function` for the run started as session leader `session` (its
    workers keep the driver's session id): never another run's on the same machine."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if cmdline.startswith(f"ray::{function}"):
            try:
                if os.getsid(int(entry.name)) == session:
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def test_ray_worker_killed_mid_task_is_retried(tmp_path, sample_run):
    process = start_run(tmp_path)
    killed = None
    try:
        deadline = time.time() + 300
        while time.time() < deadline and process.poll() is None and killed is None:
            for pid in ray_task_pids("filter_warc_file", process.pid):
                os.kill(pid, signal.SIGKILL)
                killed = pid
                break
            time.sleep(0.05)
        assert process.wait(timeout=300) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert killed is not None, "no Ray worker was seen running filter_warc_file"
    assert output_files(tmp_path / SNAPSHOT) == output_files(sample_run)


def sample_manifest_records() -> int:
    import json

    from tests.conftest import SAMPLE_MANIFEST

    return json.loads(SAMPLE_MANIFEST.read_text())["summary"]["records"]


def test_driver_killed_while_ray_starts_leaves_nothing_after_the_rerun(tmp_path, sample_run):
    """kill -9 of the driver alone, 3 s after it first noted Ray's processes (Ray's dashboard and
    runtime-env agents start after that note: the record named them only 30 s later, so a
    driver killed early left them running for good): the next run stops every process the
    killed one started, and gives the uninterrupted run's outputs."""
    from tests.test_tokens_cli import wait_for_session_to_end

    process = start_run(tmp_path)
    record = tmp_path / SNAPSHOT / ".ray-processes.json"
    try:
        deadline = time.time() + 300
        while not record.exists():
            assert process.poll() is None, "the run finished before Ray started"
            assert time.time() < deadline
            time.sleep(0.02)
        time.sleep(3)
        assert process.poll() is None, "the run finished before the kill point"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    result = run_cli("run", "--sample", "--output", str(tmp_path), "--no-progress")
    assert result.returncode == 0, result.stderr
    wait_for_session_to_end(process.pid, timeout=30)
    assert output_files(tmp_path / SNAPSHOT) == output_files(sample_run)
