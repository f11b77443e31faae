"""Common Crawl paths: which WARC files make up a snapshot, and how to open one.

A data root is anything laid out like https://data.commoncrawl.org/:
``<root>/crawl-data/<SNAPSHOT>/warc.paths.gz`` lists the snapshot's WARC files, one path per
line, relative to the root. Roots may be local folders, ``https://``/``http://`` URLs or
``s3://bucket/prefix`` (anonymous, through pyarrow's S3 filesystem).
"""
from __future__ import annotations

import gzip
import io
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
        with open_stream(where) as raw:
            data = raw.read()
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


def one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


# --- opening files -------------------------------------------------------------------------

RETRYABLE_STATUS = {408, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter (AWS's recommendation for S3 503 SlowDown)."""

    attempts: int = 8
    base_s: float = 0.5
    max_sleep_s: float = 30.0

    def sleeps(self):
        for attempt in range(self.attempts - 1):
            yield random.uniform(0, min(self.max_sleep_s, self.base_s * 2**attempt))


def open_stream(location: str, retry: RetryPolicy = RetryPolicy()) -> BinaryIO:
    """Open a local path, https URL or s3:// URL as a binary stream of its raw bytes (no
    transparent gunzip: WARC readers want the gzip members as stored)."""
    if location.startswith(("http://", "https://")):
        return _open_http(location, retry)
    if location.startswith("s3://"):
        return _open_s3(location)
    return open(location, "rb")


def _open_http(url: str, retry: RetryPolicy) -> BinaryIO:
    import requests

    last_error: str = ""
    for sleep_s in [*retry.sleeps(), None]:
        try:
            response = requests.get(url, stream=True, timeout=(10, 60))
            if response.status_code == 404:
                response.close()
                raise FileNotFoundError(url)
            if response.status_code in RETRYABLE_STATUS:
                last_error = f"HTTP {response.status_code}"
                response.close()
            elif response.status_code != 200:
                response.close()
                raise OSError(f"{url}: HTTP {response.status_code}")
            else:
                response.raw.decode_content = False
                return _ClosingStream(response)
        except (requests.ConnectionError, requests.Timeout) as e:
            last_error = one_line(e)
        if sleep_s is None:
            break
        time.sleep(sleep_s)
    raise OSError(f"{url}: gave up after {retry.attempts} attempts ({last_error})")


def _open_s3(url: str) -> BinaryIO:
    from pyarrow import fs

    bucket_key = url[len("s3://"):]
    s3 = fs.S3FileSystem(anonymous=True, region="us-east-1",
                         retry_strategy=fs.AwsStandardS3RetryStrategy(max_attempts=8))
    info = s3.get_file_info(bucket_key)
    if info.type == fs.FileType.NotFound:
        raise FileNotFoundError(url)
    return s3.open_input_stream(bucket_key)


class _ClosingStream(io.RawIOBase):
    """A requests response body as a file object that closes the connection when closed."""

    def __init__(self, response):
        self._response = response
        self._raw = response.raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._response.close()
        super().close()
