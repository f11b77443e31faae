"""Reading over http(s) survives a mirror that fails a third of its requests: the output is the
same as a local run's, and a file read twice is never counted twice. Failures are permanent
(404, 403: `read/unreadable_file`, never fetched again) or transient (5xx, resets, timeouts:
`read/failed_file`, exit 3, the next run fetches exactly those files); an unknown host or a
refused connection at the first contact fails at once; every retry is announced."""
from __future__ import annotations

import os

import pyarrow.dataset as ds
import pytest

from pipeline.snapshot import (PermanentReadError, RetriesExhausted, RetryPolicy, SnapshotError,
                               TransientReadError, list_warc_files, open_stream, with_rereads)
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
    ours = tmp_path / "sample-CC-MAIN-2024-10"
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


def test_permanent_and_transient_answers_are_told_apart(tmp_path, capsys):
    for name in ("gone.bin", "forbidden.bin", "busy.bin", "ok.bin"):
        (tmp_path / name).write_bytes(b"x" * 1000)
    retry = RetryPolicy(attempts=3, base_s=0.01, timeout_s=2)
    answer = {"gone.bin": 404, "forbidden.bin": 403, "busy.bin": 503}
    with FaultyMirror(tmp_path, fault_rate=0.0, answer=answer) as mirror:
        with pytest.raises(FileNotFoundError, match="HTTP 404"):
            open_stream(mirror.url + "gone.bin", retry=retry)
        with pytest.raises(PermanentReadError, match="HTTP 403"):
            open_stream(mirror.url + "forbidden.bin", retry=retry)
        with pytest.raises(RetriesExhausted, match="gave up after 3 attempts .HTTP 503") as error:
            open_stream(mirror.url + "busy.bin", retry=retry)
        assert isinstance(error.value, TransientReadError)
        assert str(error.value).count(mirror.url) == 1
        assert open_stream(mirror.url + "ok.bin", retry=retry).read() == b"x" * 1000
        # Permanent answers are asked once; the transient one on every attempt.
        assert mirror.requests_for == {"gone.bin": 1, "forbidden.bin": 1, "busy.bin": 3,
                                       "ok.bin": 1}
    retries = [line for line in capsys.readouterr().err.splitlines() if "busy.bin" in line]
    assert len(retries) == 2
    assert "HTTP 503 Service Unavailable; attempt 1/3 failed, retrying in 0.0" in retries[0]
    assert "attempt 2/3 failed" in retries[1]


def test_unknown_host_and_refused_connection_fail_fast_only_at_first_contact(capsys):
    retry = RetryPolicy(attempts=3, base_s=0.01, timeout_s=2)
    for url, reason in (("http://cc-mirror.invalid/x", "cannot resolve the host name"),
                        ("http://127.0.0.1:9/x", "connection refused")):
        with pytest.raises(PermanentReadError) as error:
            open_stream(url, retry=retry, fail_fast=True)
        assert str(error.value) == f"{url}: {reason}" or str(error.value).startswith(
            f"{url}: {reason} (")
        assert capsys.readouterr().err == ""  # no retry
        # Later (a worker, after the driver read the list), the same is a hiccup: retried.
        with pytest.raises(RetriesExhausted, match=reason):
            open_stream(url, retry=retry)
        assert capsys.readouterr().err.count("failed, retrying in") == 2


def test_mid_file_failures_read_the_file_again_but_an_exhausted_open_is_not_retried(tmp_path):
    calls = []

    def cut_twice():
        calls.append(1)
        if len(calls) < 3:
            raise TransientReadError("connection reset mid-file")
        return "read"

    assert with_rereads("http://x/y", cut_twice, RetryPolicy(attempts=3, base_s=0.0)) == "read"
    assert len(calls) == 3

    def gives_up():
        calls.append(1)
        raise RetriesExhausted("http://x/y: gave up after 3 attempts (HTTP 503)")

    calls.clear()
    with pytest.raises(RetriesExhausted):
        with_rereads("http://x/y", gives_up, RetryPolicy(attempts=3, base_s=0.0))
    assert len(calls) == 1


def test_unreachable_data_root_is_one_line_at_once(tmp_path):
    """Connection refused and an unknown host: exit 2, one line naming the URL once, no retry
    (the default policy would retry 8 times over ~1 minute)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIPELINE_")}
    for root, reason in (("http://127.0.0.1:9/", "connection refused"),
                         ("http://cc-mirror.invalid/", "cannot resolve the host name")):
        result = run_cli("run", "--snapshot", "CC-MAIN-2024-10", "--data-root", root,
                         "--output", str(tmp_path / "out"), env=env)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        url = f"{root}crawl-data/CC-MAIN-2024-10/warc.paths.gz"
        assert f"cannot read warc.paths.gz: {url}: {reason}" in lines[0]
        assert lines[0].count(url) == 1 and "retrying" not in lines[0]


def test_file_unavailable_until_retries_give_up_is_retried_by_the_next_run(tmp_path, sample_run,
                                                                          sample_manifest,
                                                                          monkeypatch):
    """503 on every attempt for one WARC file: `read/failed_file`, exit 3, one line for it on
    the terminal (its traceback in logs/); the next run, once the mirror recovered, fetches
    exactly that file and the outputs equal a run in which nothing failed."""
    monkeypatch.setenv("PIPELINE_RETRY_ATTEMPTS", "2")
    monkeypatch.setenv("PIPELINE_RETRY_BASE_S", "0.01")
    busy = sample_manifest["warc_files"][1]
    others = [f for f in sample_manifest["warc_files"] if f != busy]
    out = tmp_path / "out"
    command = ("run", "--sample", "--data-root", None, "--output", str(out), "--no-progress")
    with FaultyMirror(SAMPLE, fault_rate=0.0, answer={busy: 503}) as mirror:
        command = tuple(mirror.url if c is None else c for c in command)
        first = run_cli(*command, env=dict(os.environ))
        assert first.returncode == 3, first.stderr
        assert mirror.requests_for[busy] >= 2
        # Each retry is announced; the failed file is one line, no traceback on the terminal.
        assert "HTTP 503 Service Unavailable; attempt 1/2 failed, retrying in" in first.stderr
        assert "Traceback" not in first.stderr + first.stdout
        failed_lines = [line for line in first.stderr.splitlines() if busy in line
                        and "retrying" not in line]
        assert len(failed_lines) == 1, first.stderr
        assert "gave up after 2 attempts (HTTP 503" in failed_lines[0]
        logs = list((out / "sample-CC-MAIN-2024-10" / "logs").glob("*"))
        assert logs and any("Traceback" in p.read_text() for p in logs)
        stats = read_table(out / "sample-CC-MAIN-2024-10" / "stats").to_pylist()
        failed = [r for r in stats if r["reason"] == "failed_file"]
        assert [r["warc_file"] for r in failed] == [busy]
        assert "HTTP 503" in failed[0]["detail"]

        del mirror.answer[busy]  # the mirror recovers
        before = dict(mirror.requests_for)
        second = run_cli(*command, env=dict(os.environ))
        assert second.returncode == 0, second.stderr
        assert mirror.requests_for[busy] > before[busy]
        assert all(mirror.requests_for.get(f, 0) == before.get(f, 0) for f in others)
    ours = out / "sample-CC-MAIN-2024-10"
    for folder in ("stats", "documents", "tokens/index"):
        assert read_table(ours / folder).equals(read_table(sample_run / folder)), folder
    for shard in sorted((sample_run / "tokens").glob("*.bin")):
        assert (ours / "tokens" / shard.name).read_bytes() == shard.read_bytes()


def test_forbidden_file_is_unreadable_for_good_and_not_fetched_again(tmp_path, sample_manifest,
                                                                    monkeypatch):
    """403 is permanent: `read/unreadable_file`, exit 0, and a re-run does not ask again."""
    monkeypatch.setenv("PIPELINE_RETRY_BASE_S", "0.01")
    forbidden = sample_manifest["warc_files"][2]
    out = tmp_path / "out"
    with FaultyMirror(SAMPLE, fault_rate=0.0, answer={forbidden: 403}) as mirror:
        command = ("run", "--sample", "--data-root", mirror.url, "--output", str(out),
                   "--no-progress")
        first = run_cli(*command, env=dict(os.environ))
        assert first.returncode == 0, first.stderr
        assert mirror.requests_for[forbidden] == 1
        stats = read_table(out / "sample-CC-MAIN-2024-10" / "stats").to_pylist()
        rows = [r for r in stats if r["warc_file"] == forbidden]
        assert [(r["reason"], r["record_index"]) for r in rows] == [("unreadable_file", -1)]
        assert "HTTP 403" in rows[0]["detail"]
        second = run_cli(*command, env=dict(os.environ))
        assert second.returncode == 0, second.stderr
        assert mirror.requests_for[forbidden] == 1
