"""Hostile WARC records, written straight to a file so that a test never holds what they inflate
to: a decompression bomb, a gzip member that never ends, a stream that never ends, an absurd
Content-Length, oversized headers. Each record is one gzip member, Common Crawl style."""
from __future__ import annotations

import gzip
import io
import struct
import threading
import zlib
from pathlib import Path
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



def peak_rss_mib(pid: int | str = "self") -> float:
    """A process's peak resident memory (VmHWM: unlike ru_maxrss, it does not carry over the
    parent's memory from before exec)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def sample_members(sample_root: Path, name: str) -> list[bytes]:
    """A WARC file of the bundled sample cut into its gzip members (one record each)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    data = (sample_root / name).read_bytes()
    with open(sample_root / name, "rb") as handle:
        starts = [r.stream_pos for r in ArchiveIterator(handle, parse_http=False,
                                                         record_types=WarcRecordType.any_type)]
    return [data[a:b] for a, b in zip(starts, starts[1:] + [len(data)])]


class PeakRss:
    """Poll a process tree with psutil and keep each process's peak resident memory (VmHWM, so
    a peak between two polls is not missed), its name (Ray workers are `ray::...`) and its CPU
    seconds (user + system, children included, as last seen)."""

    def __init__(self, pid: int):
        self.pid, self.peaks, self.names, self.cpu = pid, {}, {}, {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _poll(self):
        import psutil

        root = psutil.Process(self.pid)
        while not self._stop.is_set():
            try:
                processes = [root, *root.children(recursive=True)]
            except psutil.Error:
                return
            for process in processes:
                try:
                    peak = peak_rss_mib(process.pid)
                    self.names.setdefault(process.pid, " ".join(process.cmdline())[:200])
                    times = process.cpu_times()
                    self.cpu[process.pid] = times.user + times.system
                except (OSError, RuntimeError, psutil.Error):
                    continue
                self.peaks[process.pid] = max(peak, self.peaks.get(process.pid, 0.0))
            self._stop.wait(0.2)

    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())

    def workers(self) -> dict[int, float]:
        return {pid: peak for pid, peak in self.peaks.items()
                if self.names.get(pid, "").startswith("ray::")
                or "default_worker.py" in self.names.get(pid, "")}


def write_paths_file(root: Path, snapshot: str, lines, compresslevel: int = 6) -> None:
    folder = root / "crawl-data" / snapshot
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(folder / "warc.paths.gz", "wb", compresslevel=compresslevel) as out:
        for line in lines:
            out.write(line.encode("utf-8", "surrogateescape") + b"\n")


def build_hostile_mirror(root: Path, sample_root: Path, sample_name: str, snapshot: str, *,
                         filler_lines: int, bomb_mib: int, bad_lines: list[str]) -> dict:
    """A mirror in Common Crawl's layout: one WARC file made of the first 150 records of a
    sample WARC file with hostile records between groups of 30 (a `bomb_mib` decompression bomb,
    a gzip member that never ends, 64 MiB WARC and HTTP headers, a page of a million nested
    elements, an absurd Content-Length), listed in warc.paths.gz after `filler_lines` lines (so a run
    takes it with --slice filler_lines:) and before `bad_lines`."""
    from tests.warc_builder import WarcBuilder

    members = sample_members(sample_root, sample_name)
    groups = [members[i:i + 30] for i in range(0, 150, 30)]
    warc_path = f"crawl-data/{snapshot}/segments/0/warc/hostile.warc.gz"
    (root / warc_path).parent.mkdir(parents=True, exist_ok=True)
    with open(root / warc_path, "wb") as out:
        out.write(b"".join(groups[0]))
        bomb_length = write_bomb(out, "https://bomb.example/", payload_mib=bomb_mib)
        out.write(b"".join(groups[1]))
        write_bomb(out, "https://unended.example/", payload_mib=64, finish=False)
        out.write(b"".join(groups[2]))
        write_header_bombs(out)
        nested = WarcBuilder(seed=77)
        nested.response("https://nested.example/", b"<html><body>" + b"<div>" * 1_000_000
                        + b"deep" + b"</div>" * 10 + b"</body></html>")
        out.write(nested.bytes())
        out.write(b"".join(groups[3]))
        # Its body runs on over the next records to the end of the file: last but one.
        write_absurd_length(out, "https://absurd.example/", declared=10**15)
        out.write(b"".join(groups[4]))
    filler = (f"crawl-data/{snapshot}/segments/1/warc/filler-{i:07d}.warc.gz"
              for i in range(filler_lines))
    write_paths_file(root, snapshot, [*filler, warc_path, *bad_lines], compresslevel=1)
    return dict(warc_path=warc_path, bomb_length=bomb_length,
                args=["--snapshot", snapshot, "--data-root", str(root),
                      "--slice", f"{filler_lines}:{filler_lines + 1 + len(bad_lines)}"])
