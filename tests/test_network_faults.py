"""Reading over http(s) survives a mirror that fails a third of its requests: the output is the
same as a local run's, and a file read twice is never counted twice."""
from __future__ import annotations

import os

import pyarrow.dataset as ds
import pytest

from pipeline.snapshot import RetryPolicy, SnapshotError, list_warc_files, open_stream
from tests.conftest import REPO, run_cli
from tests.faulty_http import FaultyMirror

SAMPLE = REPO / "pipeline" / "sample"
FAST_RETRIES = {"PIPELINE_RETRY_BASE_S": "0.05", "PIPELINE_HTTP_TIMEOUT_S": "1",
                "PIPELINE_RETRY_ATTEMPTS": "12"}


@pytest.fixture
def fast_retries(monkeypatch):
    for key, value in FAST_RETRIES.items():
        monkeypatch.setenv(key, value)


def read_table(folder):
    return ds.dataset(folder, format="parquet").to_table()


def test_sample_over_faulty_http_equals_local_run(tmp_path, sample_run, fast_retries):
    with FaultyMirror(SAMPLE, fault_rate=0.35, seed=7, stall_s=2.0) as mirror:
        result = run_cli("run", "--sample", "--data-root", mirror.url, "--output",
                         str(tmp_path), "--no-progress")
        assert result.returncode == 0, result.stderr
        assert mirror.requests >= 8
        assert mirror.faults_served / mirror.requests >= 0.30, mirror.faults
    ours = tmp_path / "CC-MAIN-2024-10"
    for folder in ("stats", "documents", "tokens/index"):
        assert read_table(ours / folder).equals(read_table(sample_run / folder)), folder
    shards = sorted(p.name for p in (sample_run / "tokens").glob("*.bin"))
    for name in shards:
        assert (ours / "tokens" / name).read_bytes() == (sample_run / "tokens" / name).read_bytes()


def test_open_retries_then_gives_up_with_a_clear_error(tmp_path, fast_retries):
    (tmp_path / "f.bin").write_bytes(b"x" * 1000)
    with FaultyMirror(tmp_path, fault_rate=1.0, seed=1, stall_s=1.5) as mirror:
        with pytest.raises(OSError, match="gave up after 3 attempts"):
            open_stream(mirror.url + "f.bin", retry=RetryPolicy(attempts=3, base_s=0.01,
                                                                 timeout_s=0.5)).read()
        assert mirror.requests == 3


def test_missing_snapshot_over_http_is_one_line(tmp_path, fast_retries):
    with FaultyMirror(tmp_path, fault_rate=0.0) as mirror:
        with pytest.raises(SnapshotError, match="no warc.paths.gz at http://127.0.0.1"):
            list_warc_files(mirror.url, "CC-MAIN-2024-10")


def test_unreachable_data_root_is_one_line(fast_retries, monkeypatch):
    monkeypatch.setenv("PIPELINE_RETRY_ATTEMPTS", "2")
    result = run_cli("run", "--snapshot", "CC-MAIN-2024-10", "--data-root",
                     "http://127.0.0.1:9/", "--output", "/tmp/unused-out",
                     env=dict(os.environ))
    assert result.returncode == 2
    assert "cannot read http://127.0.0.1:9/crawl-data/CC-MAIN-2024-10/warc.paths.gz" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
