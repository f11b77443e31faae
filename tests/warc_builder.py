"""Build small WARC files, Common Crawl style (one gzip member per record), for fault tests."""
from __future__ import annotations

import gzip
import hashlib
import io
import uuid

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def html_page(title: str, paragraphs: list[str], charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>(c) 2024</footer></body></html>")


class WarcBuilder:
    """Append response records; `raw_member` appends arbitrary bytes as if they were a record."""

    def __init__(self, seed: int = 0):
        self.members: list[bytes] = []
        self.seed = seed
        self.urls: list[str] = []

    def _record_id(self) -> str:
        self.seed += 1
        return f"<urn:uuid:{uuid.UUID(int=self.seed)}>"

    def response(self, url: str, payload: bytes, content_type: str = "text/html",
                 status: str = "200 OK", http_headers: list[tuple[str, str]] | None = None) -> None:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        headers = StatusAndHeaders(status, [("Content-Type", content_type)] + (http_headers or []),
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                           http_headers=headers,
                                           warc_headers_dict={"WARC-Record-ID": self._record_id(),
                                                              "WARC-Date": "2024-02-21T00:00:00Z"})
        writer.write_record(record)
        self.members.append(buffer.getvalue())
        self.urls.append(url)

    def raw_block(self, url: str, block: bytes) -> None:
        """A response record whose HTTP block is given verbatim (for broken HTTP headers)."""
        header = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
                  f"WARC-Date: 2024-02-21T00:00:00Z\r\nWARC-Record-ID: {self._record_id()}\r\n"
                  f"Content-Type: application/http; msgtype=response\r\n"
                  f"Content-Length: {len(block)}\r\n\r\n").encode()
        self.members.append(gzip.compress(header + block + b"\r\n\r\n", mtime=0))
        self.urls.append(url)

    def raw_member(self, data: bytes) -> None:
        self.members.append(data)

    def bytes(self) -> bytes:
        return b"".join(self.members)


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()
