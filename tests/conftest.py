"""Shared fixtures. `shared_data` is the workplace's ../shared/data (tests skip without it)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared test material not found at {SHARED_DATA}")
    return SHARED_DATA


SAMPLE_MANIFEST = REPO / "pipeline" / "sample" / "manifest.json"


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
