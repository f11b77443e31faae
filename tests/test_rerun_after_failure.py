"""Exit 3 and the advised re-run (issue 10, item 3): a WARC file that fails even after retries
is counted as `read/failed_file`, the run exits 3, and re-running the same command reads just
that file; after any sequence of failed runs, the outputs are byte-identical to those of a run in
which nothing failed (files finished earlier whose near-duplicate decisions change are finished
again). The failures come from a mirror of the bundled sample served on 127.0.0.1."""
from __future__ import annotations

import json
import os
import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from tests.conftest import REPO, run_cli
from tests.test_crash_resume import output_files

SAMPLE = REPO / "pipeline" / "sample"
SNAPSHOT = "sample-CC-MAIN-2024-10"  # --sample's output folder
# Few, fast retries: each failing attempt is the same fault, so waiting longer changes nothing.
FAST = {"PIPELINE_RETRY_ATTEMPTS": "2", "PIPELINE_RETRY_BASE_S": "0.01",
        "PIPELINE_HTTP_TIMEOUT_S": "5"}


class SwitchableMirror:
    """Serve `root` over HTTP (Range requests too); files named in `faults` misbehave on every
    request until removed from it: `cut_mid_body` sends the first half of the file (wherever a
    Range starts) and resets the connection; `unavailable_503` answers 503 Slow Down."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.faults: dict[str, str] = {}
        self.served: dict[str, int] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                relative = self.path.lstrip("/").split("?")[0]
                path = (mirror.root / relative).resolve()
                if mirror.root.resolve() not in path.parents or not path.is_file():
                    self.send_error(404)
                    return
                fault = mirror.faults.get(relative)
                if fault:
                    mirror.served[fault] = mirror.served.get(fault, 0) + 1
                if fault == "unavailable_503":
                    body = b"<Error><Code>SlowDown</Code></Error>"
                    self.send_response(503)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                data = path.read_bytes()
                start = 0
                if (self.headers.get("Range") or "").startswith("bytes="):
                    start = int(self.headers["Range"][6:].split("-")[0])
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    self.send_response(200)
                self.send_header("Content-Length", str(len(data) - start))
                self.send_header("Accept-Ranges", "bytes")
                self.end_headers()
                if fault == "cut_mid_body":
                    self.wfile.write(data[start:max(start, len(data) // 2)])
                    self.wfile.flush()
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                               struct.pack("ii", 1, 0))
                    self.connection.close()
                    self.close_connection = True
                    return
                self.wfile.write(data[start:])

        return Handler


def run_over(mirror: SwitchableMirror, output: Path):
    return run_cli("run", "--sample", "--data-root", mirror.url, "--output", str(output),
                   "--no-progress", env=os.environ | FAST)


def failed_rows(root: Path) -> list[dict]:
    rows = ds.dataset(root / "stats", format="parquet").to_table().to_pylist()
    return [r for r in rows if r["reason"] == "failed_file"]


@pytest.mark.parametrize("fault,runs_failing", [("cut_mid_body", 2), ("unavailable_503", 1)])
def test_failed_file_exits_3_and_reruns_give_the_clean_outputs(tmp_path, sample_run,
                                                               sample_manifest, fault,
                                                               runs_failing):
    # The first file: the other two hold near-duplicates of its pages, which a run without it
    # keeps and a complete run removes (dedup keeps the smallest doc_id of a cluster).
    failing = sample_manifest["warc_files"][0]
    root = tmp_path / SNAPSHOT
    with SwitchableMirror(SAMPLE) as mirror:
        mirror.faults[failing] = fault
        for attempt in range(runs_failing):
            result = run_over(mirror, tmp_path)
            assert result.returncode == 3, (attempt, result.stdout, result.stderr)
            assert "read/failed_file" in result.stderr
            rows = failed_rows(root)
            assert [r["warc_file"] for r in rows] == [failing], rows
            assert not (root / "progress" / "run.json").exists()
            # The two files read were finished, with the dedup decisions of a run without it.
            assert len(list((root / "documents").glob("part-*.parquet"))) == 2
        assert mirror.served.get(fault, 0) >= 2  # retried within the run

        mirror.faults.clear()
        result = run_over(mirror, tmp_path)
        assert result.returncode == 0, result.stderr
        assert "read+filter: 1 of 3 WARC files to do" in result.stdout
        assert "2 finished with another dedup result to check" in result.stdout

    assert failed_rows(root) == []
    assert output_files(root) == output_files(sample_run)
    clean = json.loads((sample_run / "summary.json").read_text())
    resumed = json.loads((root / "summary.json").read_text())
    for stage, counts in clean.items():
        for key in ("records_in", "records_kept", "bytes_in", "bytes_kept", "tokens", "reasons"):
            assert resumed[stage][key] == counts[key], (stage, key)
