"""Shared fixtures. `shared_data` is the workplace's ../shared/data (tests skip without it)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Each `pipeline` command a test runs starts a local Ray cluster of one CPU unless the test asks
# for more (--num-cpus 2: the tests of two workers at once). The suite already runs two test
# processes on this machine's two cores: a second Ray worker per run only added its start-up and
# its steps' models (a sample run: 14-16 CPU s with one CPU, 22-29 with two; the same bytes out).
os.environ.setdefault("PIPELINE_NUM_CPUS", "1")
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared test material not found at {SHARED_DATA}")
    return SHARED_DATA


SAMPLE_MANIFEST = REPO / "pipeline" / "sample" / "manifest.json"

# The slowest test files, slowest first (seconds summed over each file's tests, as `.ci/run`
# prints them; 2026-12-07). scripts/test.sh runs whole files on two processes, handing them out in
# collection order (--no-loadscope-reorder): these start first and the many short files fill the
# end. pytest-xdist's own order (most tests first) left files of a few slow tests (a run over
# 2,000 WARC files, kill -9 and resume) to one process at the end while the other sat idle.
SLOW_FILES = (
    "tests/stages/test_pii_blind_floors.py",  # 265 s
    "tests/test_orchestration.py",            # 192
    "tests/test_crash_resume.py",             # 147
    "tests/test_network_faults.py",           # 144
    "tests/test_rerun_after_failure.py",      # 119
    "tests/test_tokens_cli.py",               # 96
    "tests/test_dedup_ray.py",                # 94
    "tests/stages/test_pii.py",               # 86
    "tests/test_first_hour.py",               # 75
    "tests/test_hostile_input.py",            # 72
    "tests/test_classifiers.py",              # 70
    "tests/test_languages_run.py",            # 69
    "tests/test_user_steps.py",               # 65
    "tests/test_run_faults.py",               # 43
    "tests/test_report.py",                   # 40
    "tests/test_multinode.py",                # 38
    "tests/test_object_store.py",             # 35
)


def pytest_collection_modifyitems(config, items):
    """The slow files first (`SLOW_FILES`), every other file after them in its own order; a
    file's tests stay together and in order (the sort is stable)."""
    rank = {name: number for number, name in enumerate(SLOW_FILES)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(SLOW_FILES)))


def run_cli(*args: str, timeout: int = 600, env: dict | None = None):
    """Run the real `pipeline` command line in a subprocess (as a user would)."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=REPO, env=env)


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory) -> Path:
    """One real `pipeline run --sample` for the whole test session; its output folder."""
    output = tmp_path_factory.mktemp("sample_run")
    result = run_cli("run", "--sample", "--output", str(output), "--no-progress")
    if result.returncode != 0:
        raise AssertionError(f"pipeline run --sample failed:\n{result.stdout}\n{result.stderr}")
    root = output / "sample-CC-MAIN-2024-10"
    (root / "cli_stdout.txt").write_text(result.stdout)
    (root / "cli_stderr.txt").write_text(result.stderr)
    return root


@pytest.fixture(scope="session")
def sample_tokens_dir(sample_run) -> Path:
    return sample_run / "tokens"


@pytest.fixture(scope="session")
def sample_manifest() -> dict:
    import json

    return json.loads(SAMPLE_MANIFEST.read_text())


@pytest.fixture
def local_s3(monkeypatch):
    """A local S3 (moto's server) on 127.0.0.1 with the AWS_* variables pointing at it; yields an
    s3fs filesystem. Buckets live for the whole process (moto keeps them): create with exist_ok."""
    moto_server = pytest.importorskip("moto.server", reason="moto[server] is in the test extra")
    s3fs = pytest.importorskip("s3fs", reason="s3fs is in the test extra")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
           "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": f"http://{host}:{port}"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    s3fs.S3FileSystem.clear_instance_cache()
    fs = s3fs.S3FileSystem(skip_instance_cache=True)
    try:
        yield fs
    finally:
        s3fs.S3FileSystem.clear_instance_cache()
        server.stop()
