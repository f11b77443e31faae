"""A Common Crawl-layout mirror served on 127.0.0.1 that misbehaves like a busy S3/CloudFront:
503 SlowDown, other 5xx, connections reset before or during the body, and stalls."""
from __future__ import annotations

import random
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FAULTS = ("slowdown_503", "error_500", "bad_gateway_502", "reset_before_response",
          "reset_mid_body", "stall")


class FaultyMirror:
    """Serve `root` with a fault on a `fault_rate` share of requests (seeded). `answer` maps a
    path (relative to the root) to an HTTP status answered on every request for it, e.g.
    {path: 503} for a file that is unavailable until the entry is removed; `requests_for`
    counts the requests per path."""

    def __init__(self, root: Path, fault_rate: float, seed: int = 0, stall_s: float = 3.0,
                 answer: dict[str, int] | None = None):
        self.root, self.fault_rate, self.stall_s = Path(root), fault_rate, stall_s
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.requests = 0
        self.answer: dict[str, int] = dict(answer or {})
        self.requests_for: dict[str, int] = {}
        self.faults: dict[str, int] = {name: 0 for name in FAULTS}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    @property
    def faults_served(self) -> int:
        return sum(self.faults.values())

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def _pick_fault(self) -> str | None:
        with self.lock:
            self.requests += 1
            if self.rng.random() >= self.fault_rate:
                return None
            fault = self.rng.choice(FAULTS)
            self.faults[fault] += 1
            return fault

    def _handler(self):
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _reset(self):
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True

            def do_GET(self):
                relative = self.path.lstrip("/").split("?")[0]
                with mirror.lock:
                    mirror.requests_for[relative] = mirror.requests_for.get(relative, 0) + 1
                    status = mirror.answer.get(relative)
                if status is not None:
                    self.send_error(status)
                    return
                path = (mirror.root / relative).resolve()
                if mirror.root.resolve() not in path.parents or not path.is_file():
                    self.send_error(404)
                    return
                fault = mirror._pick_fault()
                if fault == "slowdown_503":
                    body = b"<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>"
                    self.send_response(503)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                if fault in ("error_500", "bad_gateway_502"):
                    self.send_error(500 if fault == "error_500" else 502)
                    return
                if fault == "reset_before_response":
                    self._reset()
                    return
                if fault == "stall":
                    time.sleep(mirror.stall_s)
                    self._reset()
                    return
                data = path.read_bytes()
                start = 0
                range_header = self.headers.get("Range")
                if range_header and range_header.startswith("bytes="):
                    start = int(range_header[6:].split("-")[0])
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    self.send_response(200)
                body = data[start:]
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Accept-Ranges", "bytes")
                self.end_headers()
                if fault == "reset_mid_body":
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self._reset()
                    return
                self.wfile.write(body)

        return Handler
