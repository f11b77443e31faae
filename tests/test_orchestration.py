"""Orchestration at many files (issue 16): a run over 2,000 tiny WARC files finishes; its re-run
starts no Ray and submits no task; a driver killed with `kill -9` leaves no Ray process behind
once the next run starts, and that run resumes from progress/ to outputs byte-identical to an
uninterrupted run's. Timing goals live in `benchmarks/scaling.py --many-files`, not here."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyarrow.dataset as ds
import pytest

from tests.conftest import REPO, run_cli
from tests.test_crash_resume import output_files
from tests.tiny_warcs import SNAPSHOT, TinySnapshot


@pytest.fixture(scope="module")
def tiny() -> TinySnapshot:
    return TinySnapshot(pages_per_file=1, near_fraction=0.05)


def run_args(mirror: Path, output: Path) -> list[str]:
    return ["run", "--snapshot", SNAPSHOT, "--data-root", str(mirror), "--output", str(output),
            "--num-cpus", "2", "--no-progress"]


def test_2000_tiny_files_finish_and_the_rerun_submits_no_task(tmp_path, tiny):
    made = tiny.write(tmp_path / "mirror", 2000)
    output = tmp_path / "out"
    result = run_cli(*run_args(tmp_path / "mirror", output), timeout=900)
    assert result.returncode == 0, result.stderr
    assert "read+filter: 2000 of 2000 WARC files to do" in result.stdout
    root = output / SNAPSHOT

    stats = ds.dataset(root / "stats", format="parquet").to_table(
        columns=["warc_file", "record_index", "stage", "reason"]).to_pylist()
    reads = {(r["warc_file"], r["record_index"]) for r in stats if r["stage"] == "read"}
    assert len(reads) == sum(1 for r in stats if r["stage"] == "read") == 2000
    dropped = sum(1 for r in stats if r["reason"] == "near_duplicate")
    assert 0.5 * made["near_duplicates"] <= dropped <= made["near_duplicates"] + 5, (dropped, made)
    documents = ds.dataset(root / "documents", format="parquet").count_rows()
    summary = json.loads((root / "summary.json").read_text())
    assert documents == summary["tokenize"]["records_kept"] > 1800
    # The driver records progress in a few files, not two markers per WARC file.
    progress = sorted(p.name for p in (root / "progress").iterdir())
    assert len(progress) <= 8, progress

    # Re-run: nothing to do, Ray never started (it would create RAY_TMPDIR), same summary.
    ray_tmp = tmp_path / "ray-tmp"
    again = run_cli(*run_args(tmp_path / "mirror", output),
                    env=os.environ | {"RAY_TMPDIR": str(ray_tmp)})
    assert again.returncode == 0, again.stderr
    assert "nothing to do" in again.stdout and "no task submitted" in again.stdout
    assert not ray_tmp.exists()
    assert again.stdout.split("stage ", 1)[1].split("output:")[0] == \
        result.stdout.split("stage ", 1)[1].split("output:")[0]

    # Without the run marker (a driver killed just before writing it), the plan from progress/
    # still finds nothing left: no task, Ray not started.
    (root / "progress" / "run.json").unlink()
    plan = run_cli(*run_args(tmp_path / "mirror", output),
                   env=os.environ | {"RAY_TMPDIR": str(ray_tmp)})
    assert plan.returncode == 0, plan.stderr
    assert "read+filter: 0 of 2000 WARC files to do" in plan.stdout
    assert "Ray tasks submitted: 0 (Ray not started)" in plan.stdout
    assert not ray_tmp.exists()
    assert (root / "progress" / "run.json").exists()


def recorded_ray_processes(root: Path) -> list[psutil.Process]:
    record = json.loads((root / ".ray-processes.json").read_text())
    alive = []
    for pid, started in record["processes"]:
        try:
            process = psutil.Process(pid)
            if abs(process.create_time() - started) < 0.01:
                alive.append(process)
        except psutil.Error:
            pass
    return alive


def test_kill_9_of_the_driver_then_resume_is_byte_identical_and_cleans_up_ray(tmp_path, tiny):
    tiny.write(tmp_path / "mirror", 150)
    clean = run_cli(*run_args(tmp_path / "mirror", tmp_path / "clean"))
    assert clean.returncode == 0, clean.stderr

    output = tmp_path / "killed"
    root = output / SNAPSHOT
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli",
                                *run_args(tmp_path / "mirror", output)], cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.time() + 600
        # Kill the driver alone (not its process group) during dedup + tokenization.
        while len(list((root / "documents").glob("part-*.parquet"))) < 30:
            assert process.poll() is None, "the run finished before the kill point"
            assert time.time() < deadline, "the run did not reach the kill point"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        time.sleep(2)
        left = recorded_ray_processes(root)
        names = [p.name() for p in left]
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)

    resumed = run_cli(*run_args(tmp_path / "mirror", output))
    assert resumed.returncode == 0, resumed.stderr
    # Ray 2.60 leaves its dashboard and runtime-env agents running (idle workers exit by
    # themselves a little later); the next run stops what is left before anything else.
    if {"ray::DashboardAgent", "ray::RuntimeEnvAgent"} & set(names):
        assert "Ray processes left by a killed run" in resumed.stdout.split("\n", 1)[0], names
    assert not [p for p in left if p.is_running()], names
    assert not (root / ".ray-processes.json").exists()
    assert "read+filter: 0 of 150 WARC files to do" in resumed.stdout
    assert "dedup: up to date" in resumed.stdout
    assert output_files(root) == output_files(tmp_path / "clean" / SNAPSHOT)
