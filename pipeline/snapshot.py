"""Common Crawl paths: which WARC files make up a snapshot, and how to open one.

A data root is anything laid out like https://data.commoncrawl.org/:
``<root>/crawl-data/<SNAPSHOT>/warc.paths.gz`` lists the snapshot's WARC files, one path per
line, relative to the root. Roots may be local folders, ``https://``/``http://`` URLs or
``s3://bucket/prefix`` (anonymous, through pyarrow's S3 filesystem).

A mirror may be hostile: a line of warc.paths.gz that leaves the data root (a ``..`` segment, an
absolute path, a URL on another host or with another scheme) is never opened; its WarcFile
carries the reason in `bad_path` (stats reason ``read/bad_path``). Read failures are permanent
(404, 403: ``FileNotFoundError`` / ``PermanentReadError``, a re-run will not read the file again)
or transient (5xx, resets, timeouts: ``TransientReadError`` once retries give up; a re-run tries
the file again).
"""
from __future__ import annotations

import io
import os
import random
import re
import stat
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, TypeVar
from urllib.parse import unquote, urlsplit

DEFAULT_DATA_ROOT = "https://data.commoncrawl.org/"
SAMPLE_SNAPSHOT = "CC-MAIN-2024-10"
SAMPLE_DATA_ROOT = str(Path(__file__).resolve().parent / "sample")
SNAPSHOT_NAME = re.compile(r"^CC-MAIN-(\d{4})-(\d{2})$")


class SnapshotError(ValueError):
    """A user-facing problem with the snapshot or data root; the message is one line."""


class BadPathError(SnapshotError):
    """A warc.paths.gz line that does not name a file under the data root (never opened)."""


@dataclass(frozen=True, slots=True)
class WarcFile:
    """One WARC file of a snapshot. `index` is its line number in warc.paths.gz, so document ids
    built from it stay the same whatever slice of the snapshot a run takes. `bad_path` is set
    (to the one-line reason) for a line that does not name a file under the data root: such a
    file is never opened, and the run records one `read/bad_path` row for it."""

    index: int
    path: str  # relative to the data root, as listed in warc.paths.gz (the raw line if bad_path)
    bad_path: str | None = None


def check_snapshot_name(snapshot: str) -> str:
    match = SNAPSHOT_NAME.match(snapshot or "")
    # Common Crawl's main crawls started in 2008; the number after the year is an ISO week.
    if not match or not 2008 <= int(match[1]) <= 2100 or not 1 <= int(match[2]) <= 53:
        raise SnapshotError(
            f"{snapshot!r} is not a Common Crawl snapshot name; snapshot names look like "
            f"CC-MAIN-2024-10 (year, then ISO week)")
    return snapshot


def join(data_root: str, relative: str) -> str:
    """The location of `relative` under `data_root`; BadPathError if it would leave the root."""
    relative = relative_path(data_root, relative)
    if is_remote(data_root):
        return data_root.rstrip("/") + "/" + relative
    return str(Path(data_root) / relative)


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_PATH_LINE = 4096  # bytes; Common Crawl's lines are ~140


def relative_path(data_root: str, line: str) -> str:
    """A warc.paths.gz line as a path relative to the data root, or BadPathError with a one-line
    reason. Lines are relative paths; a URL is accepted only when it points under the data root
    itself (same scheme, host and prefix), and is then made relative."""
    text = line.strip()
    if not text:
        raise BadPathError("an empty path")
    if len(text) > MAX_PATH_LINE:
        raise BadPathError(f"a line longer than {MAX_PATH_LINE} characters")
    if _CONTROL.search(text) or "\ufffd" in text:
        raise BadPathError("a control character or invalid UTF-8 in the path")
    if "\\" in text:
        raise BadPathError("a backslash in the path (paths use /)")
    scheme = _SCHEME.match(text)
    if scheme:
        text = _strip_root_url(data_root, text, scheme.group(1).lower())
    elif text.startswith("/"):
        raise BadPathError("an absolute path (lines are paths relative to the data root)")
    segments = text.split("/")
    if "%" in text:  # a server may decode %2e%2e to ..
        for segment in segments:
            decoded = unquote(segment)
            if decoded in ("..", "."):
                raise BadPathError(f"a {segment!r} segment (lines must stay under the data root)")
            if "/" in decoded or "\\" in decoded:
                raise BadPathError(f"an encoded slash in {segment!r}")
    for segment in (".." if ".." in segments else None, "." if "." in segments else None):
        if segment:
            raise BadPathError(f"a {segment!r} segment (lines must stay under the data root)")
    return text


def _strip_root_url(data_root: str, text: str, scheme: str) -> str:
    if not is_remote(data_root):
        raise BadPathError(f"a {scheme} URL, but the data root is a local folder "
                           f"(lines are paths relative to the data root)")
    root, url = urlsplit(data_root), urlsplit(text)
    if scheme != root.scheme.lower():
        raise BadPathError(f"a {scheme} URL, but the data root is {root.scheme}://")
    if (url.hostname or "").lower() != (root.hostname or "").lower() or url.port != root.port:
        raise BadPathError(f"a URL on another host ({url.netloc or 'none'}) than the data root's "
                           f"({root.netloc})")
    prefix = root.path.rstrip("/") + "/"
    if not url.path.startswith(prefix) or url.query or url.fragment:
        raise BadPathError(f"a URL outside the data root ({root.scheme}://{root.netloc}{prefix})")
    rest = url.path[len(prefix):]
    if not rest or rest.startswith("/"):
        raise BadPathError(f"a URL outside the data root ({root.scheme}://{root.netloc}{prefix})")
    return rest


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
    """Resolve a snapshot to its WARC files (after `file_slice`, then the first `limit`).

    warc.paths.gz is streamed: lines before the slice are counted, not kept, and reading stops
    once the slice (or `limit`) is complete, so a run over a few files of a long list holds only
    those. A line that leaves the data root is listed with `bad_path` set, never opened."""
    check_snapshot_name(snapshot)
    if limit is not None and limit < 1:
        raise SnapshotError(f"--limit must be at least 1, got {limit}")
    start, stop = file_slice.start or 0, file_slice.stop
    if file_slice.step not in (None, 1) or start < 0 or (stop is not None and stop < 0):
        raise SnapshotError("--slice takes START:STOP with non-negative numbers")
    where = paths_file(data_root, snapshot)
    retry = RetryPolicy.from_env()
    try:
        files = with_rereads(where, lambda: _select_lines(
            data_root, _paths_lines(where, retry, data_root), start, stop, limit), retry)
    except FileNotFoundError:
        raise SnapshotError(
            f"{snapshot}: no warc.paths.gz at {where}; check --snapshot and --data-root "
            f"(a data root holds crawl-data/<SNAPSHOT>/warc.paths.gz)") from None
    except _NotAPathList as error:
        raise SnapshotError(f"{where}: not a gzip-compressed list of paths ({error})") from None
    except BadPathError as error:
        raise SnapshotError(f"{where}: {error}") from None
    except OSError as error:
        raise SnapshotError(f"{snapshot}: cannot read warc.paths.gz: "
                            f"{_with_location(where, error)}") from None
    if not files:
        raise SnapshotError(f"{where}: lists no WARC files in the requested slice")
    return files


def _select_lines(data_root: str, lines, start: int, stop: int | None,
                  limit: int | None) -> list[WarcFile]:
    # The slice counts non-empty lines; a file's index is its line number (empty lines count).
    files: list[WarcFile] = []
    position = 0
    for number, line in lines:
        if (stop is not None and position >= stop) or (limit is not None and len(files) >= limit):
            break
        if position >= start:
            text = _decode_line(line)
            try:
                files.append(WarcFile(number, relative_path(data_root, text)))
            except BadPathError as error:
                files.append(WarcFile(number, text.strip()[:MAX_PATH_LINE], str(error)))
        position += 1
    return files


class _NotAPathList(ValueError):
    pass


def _paths_lines(where: str, retry: RetryPolicy, root: str | None = None) -> Iterator[tuple[int, bytes]]:
    """(line number, line) for each non-empty line of a gzip-compressed list, streamed. A line
    longer than MAX_PATH_LINE is cut just past it (it then fails the path check) and the rest of
    it skipped without being held."""
    with open_stream(where, retry=retry, fail_fast=True, root=root) as raw:
        pending, number, skipping = b"", 0, False
        for data in _inflate(raw):
            lines = (pending + data).split(b"\n")
            pending = lines.pop()
            for line in lines:
                if not skipping and line.strip():
                    yield number, line
                number, skipping = number + 1, False
            if len(pending) > MAX_PATH_LINE:
                if not skipping:
                    yield number, pending[:MAX_PATH_LINE + 1]
                pending, skipping = b"", True
        if pending.strip() and not skipping:
            yield number, pending


def _inflate(raw: BinaryIO, out_step: int = 2**20) -> Iterator[bytes]:
    """The content of a stream of gzip members, at most `out_step` bytes at a time (the list
    itself may be a gzip bomb)."""
    inflate, fed = zlib.decompressobj(16 + zlib.MAX_WBITS), False
    try:
        while chunk := raw.read(2**16):
            data = chunk
            while data:
                fed = True
                out = inflate.decompress(data, out_step)
                if out:
                    yield out
                if inflate.eof:  # concatenated members, as `cat a.gz b.gz` makes
                    data = inflate.unused_data
                    inflate, fed = zlib.decompressobj(16 + zlib.MAX_WBITS), False
                else:
                    data = inflate.unconsumed_tail
    except zlib.error as error:
        raise _NotAPathList(one_line(error)) from None
    if fed:
        raise _NotAPathList("the file ends inside a gzip member")


def _decode_line(line: bytes) -> str:
    # Undecodable bytes become U+FFFD, which the path check does not let through to a name; a
    # byte-order mark (an editor's, at the start of the list) is no part of a path.
    return line.decode("utf-8", "replace").lstrip("\ufeff")


def with_rereads(location: str, read: Callable[[], T], retry: RetryPolicy | None = None) -> T:
    """`read()` (which reads `location` from its start), called again with backoff after a
    connection fails mid-file. An open that already gave up (RetriesExhausted) and permanent
    errors propagate at once; so does the last TransientReadError."""
    retry = retry or RetryPolicy.from_env()
    sleeps = list(retry.sleeps())
    for attempt in range(1, retry.attempts + 1):
        try:
            return read()
        except RetriesExhausted:
            raise
        except TransientReadError as error:
            if attempt == retry.attempts:
                raise
            sleep_s = sleeps[attempt - 1]
            announce_retry(location, f"{_reason(error)}; reading the file again", attempt,
                           retry.attempts, sleep_s)
            time.sleep(sleep_s)
    raise AssertionError("unreachable")


def announce_retry(location: str, reason: str, attempt: int, attempts: int, sleep_s: float,
                   ) -> None:
    """One line on stderr per retry, so that a wait is never silent (Ray forwards a worker's
    stderr to the driver's terminal)."""
    print(f"pipeline: {location}: {reason}; attempt {attempt}/{attempts} failed, retrying in "
          f"{sleep_s:.1f} s", file=sys.stderr, flush=True)


def _with_location(location: str, error: BaseException) -> str:
    """The error's one line, naming `location` exactly once."""
    message = one_line(error)
    return message if location in message else f"{location}: {message}"


def one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


# --- opening files -------------------------------------------------------------------------

T = TypeVar("T")
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}  # 503 is S3's SlowDown


class TransientReadError(OSError):
    """Reading failed in a way that may pass (5xx, a reset, a timeout, a name lookup that failed
    after the host answered before): the file is read again, and if every retry fails the run
    counts it as `read/failed_file` and a re-run tries it again."""


class RetriesExhausted(TransientReadError):
    """Opening a file failed transiently on every attempt (already retried with backoff)."""


class PermanentReadError(OSError):
    """The file cannot be read and retrying will not help (HTTP 403, 401, 410, other 4xx; an
    unknown host or a refused connection at the first contact): `read/unreadable_file`."""


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

    def __post_init__(self):
        if self.attempts < 1:
            raise SnapshotError(f"PIPELINE_RETRY_ATTEMPTS must be at least 1, got {self.attempts}")

    @classmethod
    def from_env(cls) -> "RetryPolicy":
        return cls(attempts=int(_env_float("PIPELINE_RETRY_ATTEMPTS", cls.attempts)),
                   base_s=_env_float("PIPELINE_RETRY_BASE_S", cls.base_s),
                   timeout_s=_env_float("PIPELINE_HTTP_TIMEOUT_S", cls.timeout_s))

    def sleeps(self):
        """One sleep before each retry: attempts - 1 of them."""
        for attempt in range(self.attempts - 1):
            yield random.uniform(0, min(self.max_sleep_s, self.base_s * 2**attempt))


def open_stream(location: str, offset: int = 0, retry: RetryPolicy | None = None, *,
                fail_fast: bool = False, root: str | None = None) -> BinaryIO:
    """Open a local path, http(s) URL or s3:// URL at byte `offset` as a stream of its raw bytes
    (no transparent gunzip: WARC readers want the gzip members as stored).

    Opening is retried with backoff (one line on stderr per retry); when every attempt failed
    transiently it raises RetriesExhausted. A read that fails later raises TransientReadError.
    404 raises FileNotFoundError, other permanent failures PermanentReadError. With `fail_fast`
    (the first contact with a data root), an unknown host or a refused connection is permanent
    at once; afterwards (workers, once the driver has read the list) it is a hiccup and retried.
    A local path is opened only when it is a regular file (`NotAFileError`: a directory, a FIFO
    that would block for ever, a device), and with `root` (the local data root) only when its
    real path, symbolic links resolved, is under the root's (BadPathError otherwise).
    """
    retry = retry or RetryPolicy.from_env()
    if location.startswith(("http://", "https://")):
        return _open_http(location, offset, retry, fail_fast)
    if location.startswith("s3://"):
        return _open_s3(location, offset, retry, fail_fast)
    handle = _open_local(location, root)
    if offset:
        handle.seek(offset)
    return handle


class NotAFileError(PermanentReadError):
    """A local path that is not a regular file."""


def _open_local(location: str, root: str | None) -> BinaryIO:
    """`open(location, "rb")` of a regular file inside `root` (see `open_stream`). The path is
    resolved once and the resolved path opened, so a link changed in between is not followed;
    the open is non-blocking (a FIFO with no writer would block it) and the file's type is read
    from the open descriptor."""
    real = os.path.realpath(location)
    if root is not None and not is_remote(root):
        real_root = os.path.realpath(root)
        if os.path.commonpath([real, real_root]) != real_root:
            raise BadPathError(f"a symbolic link that leaves the data root ({location} -> {real})")
    descriptor = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            kind = ("a directory" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode)
                    else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                    else "a socket" if stat.S_ISSOCK(mode) else "not a file")
            raise NotAFileError(f"{location}: not a regular file ({kind})")
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _open_http(url: str, offset: int, retry: RetryPolicy, fail_fast: bool) -> BinaryIO:
    import requests

    headers = {"Range": f"bytes={offset}-"} if offset else {}
    sleeps = list(retry.sleeps())
    reason = ""
    for attempt in range(1, retry.attempts + 1):
        try:
            response = requests.get(url, stream=True, timeout=(retry.timeout_s, retry.timeout_s),
                                    headers=headers)
        except (requests.ConnectionError, requests.Timeout) as error:
            reason = _reason(error)
            if fail_fast and _unreachable(error):
                raise PermanentReadError(f"{url}: {reason}") from None
        else:
            status = response.status_code
            if status in (200, 206) and (status == 206 or not offset):
                response.raw.decode_content = False
                return _HttpBody(response, url)
            response.close()
            if status in (404, 410):
                raise FileNotFoundError(f"{url}: HTTP {status} {response.reason or ''}".rstrip())
            if status not in RETRYABLE_STATUS:
                raise PermanentReadError(f"{url}: HTTP {status} {response.reason or ''}".rstrip())
            reason = f"HTTP {status} {response.reason or ''}".rstrip()
        if attempt == retry.attempts:
            break
        announce_retry(url, reason, attempt, retry.attempts, sleeps[attempt - 1])
        time.sleep(sleeps[attempt - 1])
    raise RetriesExhausted(f"{url}: gave up after {retry.attempts} attempts ({reason})")


def _reason(error: BaseException) -> str:
    """A short cause for a network error: what failed, without the URL or urllib3's wrapping."""
    import socket

    seen, visited = error, set()
    while seen is not None and id(seen) not in visited:  # chains can loop (a -> b -> a)
        visited.add(id(seen))
        if isinstance(seen, socket.gaierror):
            return f"cannot resolve the host name ({seen.strerror or seen})"
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        if isinstance(seen, ConnectionResetError):
            return "connection reset"
        if isinstance(seen, (socket.timeout, TimeoutError)) or type(seen).__name__ in (
                "ReadTimeoutError", "ConnectTimeoutError", "ReadTimeout", "ConnectTimeout"):
            return "timed out"
        nested = getattr(seen, "reason", None)
        if isinstance(nested, BaseException) and nested is not seen:
            seen = nested
            continue
        if seen.args and isinstance(seen.args[0], BaseException) and seen.args[0] is not seen:
            seen = seen.args[0]
            continue
        seen = seen.__cause__ or seen.__context__
    message = one_line(error)
    return message if len(message) < 200 else message[:200] + "..."


def _unreachable(error: BaseException) -> bool:
    reason = _reason(error)
    return reason.startswith("cannot resolve") or reason == "connection refused"


def _open_s3(url: str, offset: int, retry: RetryPolicy, fail_fast: bool) -> BinaryIO:
    from pyarrow import fs

    bucket_key = url[len("s3://"):]
    # Anonymous unless AWS credentials are set; AWS_ENDPOINT_URL points at another S3 (a MinIO
    # mirror, a local test server). Our loop retries the first request, so each retry is
    # announced and an unknown host fails at once; pyarrow retries the reads after it.
    options = dict(anonymous=not os.environ.get("AWS_ACCESS_KEY_ID"),
                   region=os.environ.get("AWS_DEFAULT_REGION", "us-east-1"))
    if os.environ.get("AWS_ENDPOINT_URL"):
        options["endpoint_override"] = os.environ["AWS_ENDPOINT_URL"]
    probe = fs.S3FileSystem(**options, retry_strategy=fs.AwsStandardS3RetryStrategy(max_attempts=1))
    sleeps = list(retry.sleeps())
    for attempt in range(1, retry.attempts + 1):
        try:
            info = probe.get_file_info(bucket_key)
            break
        except OSError as error:
            failure = _s3_error(url, error, fail_fast)
            if not isinstance(failure, TransientReadError):
                raise failure from None
            if attempt == retry.attempts:
                raise RetriesExhausted(f"{url}: gave up after {retry.attempts} attempts "
                                       f"({failure.reason})") from None
            announce_retry(url, failure.reason, attempt, retry.attempts, sleeps[attempt - 1])
            time.sleep(sleeps[attempt - 1])
    if info.type == fs.FileType.NotFound:
        raise FileNotFoundError(f"{url}: no such key")
    s3 = fs.S3FileSystem(**options, retry_strategy=fs.AwsStandardS3RetryStrategy(
        max_attempts=retry.attempts))
    try:
        handle = s3.open_input_file(bucket_key)
        if offset:
            handle.seek(offset)
    except OSError as error:
        raise TransientReadError(f"{url}: {_s3_error(url, error, False).reason}") from None
    return _S3Body(handle, url)


def _s3_error(url: str, error: OSError, fail_fast: bool) -> OSError:
    """Classify one of pyarrow's S3 errors (an OSError whose text carries AWS's error name)."""
    message = one_line(error)
    reason = message.split(": ", 1)[-1] if "AWS Error" in message else message
    reason = reason[:300]
    if any(code in message for code in ("ACCESS_DENIED", "AccessDenied", "NO_SUCH_BUCKET",
                                        "NoSuchBucket", "INVALID_ACCESS_KEY", "[code 403]")):
        failure: OSError = PermanentReadError(f"{url}: {reason}")
    elif fail_fast and any(code in message for code in ("curlCode: 6", "curlCode: 7",
                                                          "Could not resolve", "Connection refused",
                                                          "Couldn't connect")):
        failure = PermanentReadError(f"{url}: {reason}")
    else:
        failure = TransientReadError(f"{url}: {reason}")
    failure.reason = reason
    return failure


class _S3Body(io.RawIOBase):
    """pyarrow's S3 input file; a read that fails midway raises (and keeps) TransientReadError,
    as `_HttpBody` does."""

    def __init__(self, handle, url: str):
        self._handle, self.url = handle, url
        self.error: TransientReadError | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._handle.tell()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._handle.seek(offset, whence)

    def readinto(self, buffer) -> int:
        try:
            data = self._handle.read(len(buffer))
        except OSError as error:
            self.error = TransientReadError(f"{self.url}: read failed mid-file "
                                            f"({one_line(error)})")
            raise self.error from error
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._handle.close()
        super().close()


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
