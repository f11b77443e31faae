"""Outputs to an object store URL (s3:// through fsspec), against a local S3 (moto) on
127.0.0.1: the same files as a local run, and nothing on the driver's disk."""
from __future__ import annotations

import os

import pytest

from tests.conftest import run_cli

@pytest.fixture
def local_s3(local_s3):
    if not local_s3.exists("ccout"):
        local_s3.mkdir("ccout")
    return local_s3


def test_sample_run_writes_to_s3(local_s3, sample_run, tmp_path):
    result = run_cli("run", "--sample", "--output", "s3://ccout/runs", "--no-progress",
                     env=dict(os.environ), )
    assert result.returncode == 0, result.stderr
    prefix = "ccout/runs/sample-CC-MAIN-2024-10"
    remote = sorted(p[len(prefix) + 1:] for p in local_s3.find(prefix))
    local = sorted(str(p.relative_to(sample_run)) for p in sample_run.rglob("*")
                   if p.is_file() and not p.name.startswith(".") and p.name not in ("cli_stdout.txt", "cli_stderr.txt"))
    # progress/ files are named by the run that wrote them; the rest must match file for file
    def named(paths):
        return [p for p in paths if not p.startswith("progress/")]

    # progress/ chunks are written every 1,000 files or 60 s, so how many a run writes depends on
    # its speed (a loaded machine writes more): compare which kinds are there
    def phases(paths):
        return sorted({p.split("/", 1)[1].split(".", 1)[0] for p in paths if p.startswith("progress/")})

    assert named(remote) == named(local)
    assert phases(remote) == phases(local) == ["dedup", "filter", "finish", "run"]
    for name in remote:
        if name.startswith(("stats/", "documents/", "tokens/")):
            assert local_s3.cat_file(f"{prefix}/{name}") == (sample_run / name).read_bytes(), name
    assert not list(tmp_path.iterdir())
