"""Hostile WARC records, written straight to a file so that a test never holds what they inflate
to: a decompression bomb, a gzip member that never ends, a stream that never ends, an absurd
Content-Length, oversized headers. Each record is one gzip member, Common Crawl style."""
from __future__ import annotations

import gzip
import io
import struct
import zlib
from typing import BinaryIO

_CHUNK = 2**20
_HTTP_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
_PAGE_HEAD = b"<html><body><p>"
_PAGE_TAIL = b"</p></body></html>"


def warc_header(url: str, content_length: int | str, record_number: int = 0xFF) -> bytes:
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: 2024-02-21T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{record_number:012x}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {content_length}\r\n\r\n").encode()


def _repeated_block(compressor) -> bytes:
    # After a full flush the compressor starts afresh, so one compressed MiB of spaces can be
    # written again and again: a GiB of payload costs ~1 MB on disk and no CPU to make.
    compressor.compress(b" " * _CHUNK)
    compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(b" " * _CHUNK) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(b" " * _CHUNK) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == again
    return block


def write_bomb(out: BinaryIO, url: str, payload_mib: int, *, content_length: int | None = None,
               finish: bool = True, record_number: int = 0xFF) -> int:
    """One response record whose HTML payload is `payload_mib` MiB of spaces, as one gzip member
    of about 1 KB per MiB. `content_length` overrides the declared length; `finish=False` leaves
    the deflate stream without its last block and the member without its trailer (a member that
    never ends). Returns the payload's length in bytes."""
    payload_length = len(_PAGE_HEAD) + payload_mib * _CHUNK + len(_PAGE_TAIL)
    declared = len(_HTTP_HEAD) + payload_length if content_length is None else content_length
    prefix = warc_header(url, declared, record_number) + _HTTP_HEAD + _PAGE_HEAD
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff")  # gzip header, no name, no mtime
    out.write(compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH))
    crc, size = zlib.crc32(prefix), len(prefix)
    block = _repeated_block(zlib.compressobj(9, zlib.DEFLATED, -15))
    spaces = b" " * _CHUNK
    for _ in range(payload_mib):
        out.write(block)
        crc, size = zlib.crc32(spaces, crc), size + _CHUNK
    if finish:
        tail = _PAGE_TAIL + b"\r\n\r\n"
        out.write(compressor.compress(tail) + compressor.flush())
        crc, size = zlib.crc32(tail, crc), size + len(tail)
        out.write(struct.pack("<II", crc & 0xFFFFFFFF, size & 0xFFFFFFFF))
    return payload_length


def gzip_bomb(payload_mib: int) -> bytes:
    """gzip data (~1 KB per MiB) that inflates to `payload_mib` MiB of spaces: an HTTP body
    stored with `Content-Encoding: gzip`."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = _repeated_block(compressor)
    spaces, crc = b" " * _CHUNK, 0
    for _ in range(payload_mib):
        crc = zlib.crc32(spaces, crc)
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + block * payload_mib
            + compressor.flush() + struct.pack("<II", crc, (payload_mib * _CHUNK) & 0xFFFFFFFF))


def write_absurd_length(out: BinaryIO, url: str, declared: int = 10**15) -> None:
    """A small response record whose header declares `declared` bytes."""
    block = _HTTP_HEAD + b"<html><body>claims to be huge</body></html>"
    out.write(gzip.compress(warc_header(url, declared) + block + b"\r\n\r\n", mtime=0))


def write_header_bombs(out: BinaryIO, warc_header_mib: int = 64, http_header_mib: int = 64) -> None:
    """A record whose WARC header, and one whose HTTP header, run on for that many MiB."""
    junk = b"X-Junk: " + b"a" * (warc_header_mib * _CHUNK) + b"\r\n"
    head = warc_header("https://warc-header-bomb.example/", 100)
    out.write(gzip.compress(head[:-2] + junk + b"\r\n" + b"x" * 100 + b"\r\n\r\n", 6, mtime=0))
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Junk: "
            + b"b" * (http_header_mib * _CHUNK) + b"\r\n\r\n<html>hi</html>")
    out.write(gzip.compress(warc_header("https://http-header-bomb.example/", len(http)) + http
                            + b"\r\n\r\n", 6, mtime=0))


class EndlessStream(io.RawIOBase):
    """A stream that never ends: one gzip member whose record declares 10^15 bytes and whose
    deflate stream goes on forever (a server that keeps sending)."""

    def __init__(self, url: str = "https://endless.example/"):
        prefix = warc_header(url, 10**15) + _HTTP_HEAD + _PAGE_HEAD
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        self._head = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
                      + compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH))
        self._block = _repeated_block(zlib.compressobj(9, zlib.DEFLATED, -15))
        self._buffer = memoryview(self._head)
        self.bytes_served = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # forward only, like pipeline.snapshot's http body (FastWARC asks)

    def tell(self) -> int:
        return self.bytes_served

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = offset if whence == io.SEEK_SET else self.bytes_served + offset
        if whence not in (io.SEEK_SET, io.SEEK_CUR) or target < self.bytes_served:
            raise OSError("an endless stream can only be skipped forward")
        while self.bytes_served < target:
            self.read(min(2**20, target - self.bytes_served))
        return self.bytes_served

    def readinto(self, buffer) -> int:
        if not len(self._buffer):
            self._buffer = memoryview(self._block)
        n = min(len(buffer), len(self._buffer))
        buffer[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self.bytes_served += n
        return n

