"""Common Crawl paths: which WARC files make up a snapshot, and how to open one.

A data root is anything laid out like https://data.commoncrawl.org/:
``<root>/crawl-data/<SNAPSHOT>/warc.paths.gz`` lists the snapshot's WARC files, one path per
line, relative to the root. Roots may be local folders, ``https://``/``http://`` URLs or
``s3://bucket/prefix`` (anonymous, through pyarrow's S3 filesystem).
"""
from __future__ import annotations

import gzip
import io
import os
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

DEFAULT_DATA_ROOT = "https://data.commoncrawl.org/"
SAMPLE_SNAPSHOT = "CC-MAIN-2024-10"
SAMPLE_DATA_ROOT = str(Path(__file__).resolve().parent / "sample")
SNAPSHOT_NAME = re.compile(r"^CC-MAIN-(\d{4})-(\d{2})$")


class SnapshotError(ValueError):
    """A user-facing problem with the snapshot or data root; the message is one line."""


@dataclass(frozen=True)
class WarcFile:
    """One WARC file of a snapshot. `index` is its line number in warc.paths.gz, so document ids
    built from it stay the same whatever slice of the snapshot a run takes."""

    index: int
    path: str  # relative to the data root, as listed in warc.paths.gz


def check_snapshot_name(snapshot: str) -> str:
    if not SNAPSHOT_NAME.match(snapshot or ""):
        raise SnapshotError(
            f"{snapshot!r} is not a Common Crawl snapshot name; snapshot names look like "
            f"CC-MAIN-2024-10 (year, then ISO week)")
    return snapshot


def join(data_root: str, relative: str) -> str:
    relative = relative.lstrip("/")
    if is_remote(data_root):
        return data_root.rstrip("/") + "/" + relative
    return str(Path(data_root) / relative)


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://", "s3://"))


def paths_file(data_root: str, snapshot: str) -> str:
    return join(data_root, f"crawl-data/{snapshot}/warc.paths.gz")


def parse_slice(text: str | None) -> slice:
    """``START:STOP`` (either may be empty), like a Python slice over warc.paths.gz's lines."""
    if not text:
        return slice(None)
    match = re.fullmatch(r"\s*(\d*)\s*:\s*(\d*)\s*", text)
    if not match:
        raise SnapshotError(f"--slice {text!r}: expected START:STOP, e.g. 0:1000 or 1000:")
    start, stop = (int(v) if v else None for v in match.groups())
    return slice(start, stop)


def list_warc_files(data_root: str, snapshot: str, *, file_slice: slice = slice(None),
                    limit: int | None = None) -> list[WarcFile]:
    """Resolve a snapshot to its WARC files (after `file_slice`, then the first `limit`)."""
    check_snapshot_name(snapshot)
    where = paths_file(data_root, snapshot)
    try:
        data = read_whole(where)
    except FileNotFoundError:
        raise SnapshotError(
            f"{snapshot}: no warc.paths.gz at {where}; check --snapshot and --data-root "
            f"(a data root holds crawl-data/<SNAPSHOT>/warc.paths.gz)") from None
    except OSError as e:
        raise SnapshotError(f"{snapshot}: cannot read {where}: {one_line(e)}") from None
    try:
        lines = gzip.decompress(data).decode("utf-8").splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as e:
        raise SnapshotError(f"{where}: not a gzip-compressed list of paths ({one_line(e)})") from None
    files = [WarcFile(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    files = files[file_slice]
    if limit is not None:
        if limit < 1:
            raise SnapshotError(f"--limit must be at least 1, got {limit}")
        files = files[:limit]
    if not files:
        raise SnapshotError(f"{where}: lists no WARC files in the requested slice")
    return files


def read_whole(location: str) -> bytes:
    """A small file's bytes, read again from the start if the connection fails midway."""
    retry = RetryPolicy.from_env()
    for sleep_s in [*retry.sleeps(), None]:
        try:
            with open_stream(location, retry=retry) as raw:
                return raw.read()
        except TransientReadError:
            if sleep_s is None:
                raise
            time.sleep(sleep_s)
    raise AssertionError("unreachable")


def one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


# --- opening files -------------------------------------------------------------------------

RETRYABLE_STATUS = {408, 429, 500, 502, 503, 504}  # 503 is S3's SlowDown


class TransientReadError(OSError):
    """The connection failed while a file was being read; the whole file is read again."""


def _env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    try:
        return float(value) if value else default
    except ValueError:
        raise SnapshotError(f"{name}={value!r}: expected a number of seconds") from None


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter (AWS's advice for S3 503 SlowDown), bounded in
    attempts and so in time. PIPELINE_RETRY_ATTEMPTS, PIPELINE_RETRY_BASE_S and
    PIPELINE_HTTP_TIMEOUT_S override the defaults (the runner passes them to every worker)."""

    attempts: int = 8
    base_s: float = 0.5
    max_sleep_s: float = 30.0
    timeout_s: float = 60.0  # per connect and per read on the socket

    @classmethod
    def from_env(cls) -> "RetryPolicy":
        return cls(attempts=int(_env_float("PIPELINE_RETRY_ATTEMPTS", cls.attempts)),
                   base_s=_env_float("PIPELINE_RETRY_BASE_S", cls.base_s),
                   timeout_s=_env_float("PIPELINE_HTTP_TIMEOUT_S", cls.timeout_s))

    def sleeps(self):
        """One sleep before each retry: attempts - 1 of them."""
        for attempt in range(self.attempts - 1):
            yield random.uniform(0, min(self.max_sleep_s, self.base_s * 2**attempt))


def open_stream(location: str, offset: int = 0, retry: RetryPolicy | None = None) -> BinaryIO:
    """Open a local path, http(s) URL or s3:// URL at byte `offset` as a stream of its raw bytes
    (no transparent gunzip: WARC readers want the gzip members as stored). Opening is retried
    with backoff; a read that fails later raises TransientReadError."""
    retry = retry or RetryPolicy.from_env()
    if location.startswith(("http://", "https://")):
        return _open_http(location, offset, retry)
    if location.startswith("s3://"):
        return _open_s3(location, offset)
    handle = open(location, "rb")
    if offset:
        handle.seek(offset)
    return handle


def _open_http(url: str, offset: int, retry: RetryPolicy) -> BinaryIO:
    import requests

    headers = {"Range": f"bytes={offset}-"} if offset else {}
    last_error: str = ""
    for sleep_s in [*retry.sleeps(), None]:
        try:
            response = requests.get(url, stream=True, timeout=(retry.timeout_s, retry.timeout_s),
                                    headers=headers)
            if response.status_code == 404:
                response.close()
                raise FileNotFoundError(f"{url}: HTTP 404 Not Found")
            if response.status_code in RETRYABLE_STATUS:
                last_error = f"HTTP {response.status_code}"
                response.close()
            elif response.status_code not in (200, 206) or (offset and response.status_code != 206):
                response.close()
                raise OSError(f"{url}: HTTP {response.status_code}")
            else:
                response.raw.decode_content = False
                return _HttpBody(response, url)
        except (requests.ConnectionError, requests.Timeout) as error:
            last_error = one_line(error)
        if sleep_s is None:
            break
        time.sleep(sleep_s)
    raise OSError(f"{url}: gave up after {retry.attempts} attempts ({last_error})")


def _open_s3(url: str, offset: int) -> BinaryIO:
    from pyarrow import fs

    bucket_key = url[len("s3://"):]
    s3 = fs.S3FileSystem(anonymous=True, region="us-east-1",
                         retry_strategy=fs.AwsStandardS3RetryStrategy(max_attempts=8))
    info = s3.get_file_info(bucket_key)
    if info.type == fs.FileType.NotFound:
        raise FileNotFoundError(url)
    handle = s3.open_input_file(bucket_key)
    if offset:
        handle.seek(offset)
    return handle


class _HttpBody(io.RawIOBase):
    """A streamed response body as a file object. A connection that breaks mid-body raises
    TransientReadError, and `error` keeps it: readers that wrap this stream (FastWARC) may turn
    the exception into their own, and the caller checks `error` to tell a flaky network from a
    corrupt file."""

    def __init__(self, response, url: str):
        self._response = response
        self._raw = response.raw
        self.url = url
        self.error: TransientReadError | None = None
        expected = response.headers.get("Content-Length")
        self._remaining = int(expected) if expected and expected.isdigit() else None

    _position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # forward only: FastWARC skips unread record bodies by seeking

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = {io.SEEK_SET: offset, io.SEEK_CUR: self._position + offset}.get(whence)
        if target is None or target < self._position:
            raise OSError(f"{self.url}: an http body can only be skipped forward")
        while self._position < target:
            if not self.read(min(2**20, target - self._position)):
                break
        return self._position

    def readinto(self, buffer) -> int:
        try:
            data = self._raw.read(len(buffer))
        except Exception as error:  # urllib3's ProtocolError, ReadTimeoutError, resets
            self.error = TransientReadError(f"{self.url}: connection failed mid-file "
                                            f"({one_line(error)})")
            raise self.error from error
        if not data and self._remaining:
            self.error = TransientReadError(f"{self.url}: connection closed with "
                                            f"{self._remaining} bytes still to come")
            raise self.error
        if self._remaining is not None:
            self._remaining -= len(data)
        self._position += len(data)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._response.close()
        super().close()
