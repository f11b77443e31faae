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
    return root


@pytest.fixture(scope="session")
def sample_tokens_dir(sample_run) -> Path:
    return sample_run / "tokens"


@pytest.fixture(scope="session")
def sample_manifest() -> dict:
    import json

    return json.loads(SAMPLE_MANIFEST.read_text())
