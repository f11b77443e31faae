"""Stream a WARC file record by record and decide which records are HTML pages to curate.

Reading is done by FastWARC (see BENCHMARKS.md for why not warcio). Every record, whatever its
type, gets exactly one `read` decision; only HTTP 200 HTML responses are kept. A damaged stretch
of a file is counted as one ``corrupt_record`` row and reading resumes at the next intact record.

Memory per record is bounded whatever a record claims or inflates to: at most
``max_payload_bytes + ENCODING_SLACK_BYTES`` of a payload is read (and at most
``max_payload_bytes + 1`` after undoing a Content-Encoding); the rest is skipped in FastWARC
without being held, and a larger page is dropped as ``too_large`` with its true length. WARC and
HTTP headers are capped by FastWARC (32 KiB each).
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, Callable, Iterator

from fastwarc.warc import ArchiveIterator, WarcRecordType

from stages.base import Decision

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body)\b", re.I)


@dataclass(slots=True)
class WarcRecord:
    """One WARC record with what the pipeline keeps of it. `payload` is set for kept records only."""

    record_index: int          # position of the record in its file, counting every record type
    warc_type: str
    record_id: str | None
    url: str | None
    date: str | None           # WARC-Date, ISO 8601
    http_status: int | None
    content_type: str | None
    charset: str | None        # as declared by the HTTP Content-Type header
    payload_bytes: int
    decision: Decision
    detail: str | None = None  # e.g. the content type of a not_html record, the parse error
    payload: bytes | None = None


def _clean_uri(uri: str | None) -> str | None:
    # WARC/1.1 drafts (and AI2's crawler) wrap the URI in angle brackets.
    if uri and uri.startswith("<") and uri.endswith(">"):
        return uri[1:-1]
    return uri


def _iso(date: datetime | None) -> str | None:
    return date.isoformat() if date else None


Reopen = Callable[[int], BinaryIO]
RESYNC_SCAN_BYTES = 64 * 2**20  # give up looking for the next intact record this far on
_RECORD_START = re.compile(rb"\x1f\x8b\x08|WARC/1\.[01]\r\n")  # a gzip member or a WARC header

# stages.extract.ExtractSettings.max_html_bytes's default; the runner passes the configured limit.
DEFAULT_MAX_PAYLOAD_BYTES = 5 * 2**20
# Read this much beyond the limit, so that chunked framing or a Content-Encoding around a page
# that fits the limit once decoded does not make it too_large.
ENCODING_SLACK_BYTES = 64 * 2**10
# Stop skipping one record's body here and look for the next record in the raw bytes instead:
# only a stream that never ends gets this far (FastWARC skips ~10 GB/s of a gzip bomb, so this is
# ~2 s of CPU; a finite file inflates at most 1032-fold, deflate's limit).
MAX_RECORD_BYTES = 16 * 2**30
_SKIP_STEP = 64 * 2**20


def read_records(stream: BinaryIO, reopen: Reopen | None = None, *,
                 max_payload_bytes: int = DEFAULT_MAX_PAYLOAD_BYTES,
                 max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[WarcRecord]:
    """Yield every record of a (gzip-compressed or plain) WARC stream with its `read` decision.

    A damaged stretch of the file (a corrupt gzip member, a garbled header, a record cut short)
    gets one ``corrupt_record`` (or, at the end of the file, ``truncated``) row. With `reopen`
    (open the same file at a byte offset), reading then goes on at the next intact record, as
    Common Crawl's one-gzip-member-per-record layout allows; without it, reading stops there.
    A connection that fails mid-file is not damage: its TransientReadError propagates, so the
    caller can read the whole file again and count nothing twice.

    A payload longer than `max_payload_bytes` (extraction's limit) is not held: the record is
    dropped as ``too_large`` with its true length in `detail`. A record body longer than
    `max_record_bytes` is not read to its end: reading resumes at the next intact record found in
    the raw bytes (as after damage, but without a ``corrupt_record`` row).
    """
    limits = _Limits(max_payload_bytes, max_record_bytes)
    index, base, current = 0, 0, stream
    try:
        while True:
            last_start = None
            failure: BaseException | None = None
            truncated = abandoned = False
            # FastWARC counts stream_pos from the stream's tell() (absolute for a file seeked to
            # `base`, 0 for an http body opened there): positions below are absolute.
            shift = base - _tell(current)
            iterator = iter(ArchiveIterator(current, record_types=WarcRecordType.any_type,
                                            parse_http=True))
            while True:
                try:
                    record = next(iterator)
                except StopIteration:
                    return
                except BaseException as error:  # FastWARC: OSError, ValueError, Rust panics
                    _reraise_fatal(error)
                    _raise_if_transient(current, error)
                    failure = error
                    break
                try:
                    decided, abandoned = _decide(index, record, limits)
                except EOFError as error:
                    _raise_if_transient(current, error)
                    failure, truncated = error, True
                    last_start = shift + record.stream_pos
                    break
                except BaseException as error:
                    _reraise_fatal(error)
                    _raise_if_transient(current, error)
                    failure = error
                    last_start = shift + record.stream_pos
                    break
                yield decided
                index += 1
                last_start = shift + record.stream_pos
                if abandoned:  # the rest of this record's body is unread: find the next record
                    break
            scan_from = (last_start + 1) if last_start is not None else base + 1
            resume = _next_intact_record(reopen, scan_from, limits) if reopen else None
            if not abandoned:
                reason = "truncated" if truncated and resume is None else "corrupt_record"
                where = f"after byte {last_start}" if last_start is not None else f"at byte {base}"
                skipped = f"; reading resumed at byte {resume}" if resume is not None else ""
                yield WarcRecord(index, "unknown", None, None, None, None, None, None, 0,
                                 Decision.drop(reason),
                                 detail=f"{_one_line(failure)} {where}{skipped}")
                index += 1
            if resume is None:
                return
            if current is not stream:
                current.close()
            base, current = resume, reopen(resume)
    finally:
        if current is not stream:
            current.close()


def _tell(stream) -> int:
    try:
        return stream.tell()
    except (OSError, ValueError, AttributeError):
        return 0


def _reraise_fatal(error: BaseException) -> None:
    # FastWARC's Rust panics derive from BaseException; an interrupt or exit must still pass.
    if isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise error


def _raise_if_transient(stream, error: BaseException) -> None:
    transient = getattr(stream, "error", None)
    if transient is not None:
        raise transient from error


@dataclass(frozen=True, slots=True)
class _Limits:
    max_payload_bytes: int
    max_record_bytes: int

    def __post_init__(self):
        if self.max_payload_bytes < 1 or self.max_record_bytes < 1:
            raise ValueError(f"max_payload_bytes and max_record_bytes must be positive, got "
                             f"{self.max_payload_bytes} and {self.max_record_bytes}")


def _skip(reader, budget: int) -> tuple[int, bool]:
    """Skip up to `budget` bytes of a record body without holding them: (skipped, reached the
    end of the body)."""
    skipped = 0
    while skipped < budget:
        step = reader.consume(min(_SKIP_STEP, budget - skipped))
        if not step:
            return skipped, True
        skipped += step
    return skipped, not reader.consume(1)


def _next_intact_record(reopen: Reopen, offset: int, limits: _Limits) -> int | None:
    """The byte offset of the first gzip member (or plain WARC header) at or after `offset`
    from which a whole record reads cleanly; None if there is none."""
    with reopen(offset) as raw:
        window = b""
        window_start = offset
        scanned = 0
        while scanned < RESYNC_SCAN_BYTES:
            chunk = raw.read(2**20)
            if not chunk:
                chunk_end = True
            else:
                chunk_end = False
                scanned += len(chunk)
            window += chunk
            search_to = len(window) if chunk_end else max(0, len(window) - 16)
            for match in _RECORD_START.finditer(window, 0, search_to):
                candidate = window_start + match.start()
                if _reads_cleanly(reopen, candidate, limits):
                    return candidate
            if chunk_end:
                return None
            window_start += search_to
            window = window[search_to:]
    return None


def _reads_cleanly(reopen: Reopen, offset: int, limits: _Limits) -> bool:
    with reopen(offset) as candidate:
        origin = _tell(candidate)
        try:
            record = next(iter(ArchiveIterator(candidate, record_types=WarcRecordType.any_type,
                                               parse_http=False)))
            if record.stream_pos != origin:  # FastWARC skipped bytes to find a record
                return False
            skipped, ended = _skip(record.reader, limits.max_record_bytes)
        except BaseException as error:
            _reraise_fatal(error)
            _raise_if_transient(candidate, error)
            return False
        # A body too long to skip to its end is taken on trust (its header parsed).
        return skipped == record.content_length or not ended


def _type_name(record) -> str:
    try:
        return record.headers.get("WARC-Type") or str(record.record_type)
    except Exception:
        return "unknown"


def _safe_header(record, name: str) -> str | None:
    try:
        return record.headers.get(name)
    except Exception:
        return None


def _decide(index: int, record, limits: _Limits) -> tuple[WarcRecord, bool]:
    """The record's `read` decision, and whether its body was left unread beyond
    `limits.max_record_bytes` (then the caller must not ask FastWARC for the next record)."""
    warc_type = _type_name(record)
    headers = record.headers
    base = dict(record_index=index, warc_type=warc_type, record_id=headers.get("WARC-Record-ID"),
                url=_clean_uri(headers.get("WARC-Target-URI")), date=_iso(record.record_date))
    if record.record_type != WarcRecordType.response:
        # Skipped here, with a bound, rather than by FastWARC's next(), which has none.
        _, ended = _skip(record.reader, limits.max_record_bytes)
        return WarcRecord(**base, http_status=None, content_type=None, charset=None,
                          payload_bytes=record.content_length, decision=Decision.drop("not_response"),
                          detail=warc_type), not ended
    http = record.http_headers
    if http is None or not record.is_http or not 100 <= (http.status_code or 0) <= 599:
        _, ended = _skip(record.reader, limits.max_record_bytes)
        return WarcRecord(**base, http_status=None, content_type=None, charset=None,
                          payload_bytes=record.content_length,
                          decision=Decision.drop("bad_http_header"),
                          detail=(getattr(http, "status_line", None) or "no HTTP status line")), not ended
    status = http.status_code
    content_type = http.get("Content-Type") or headers.get("WARC-Identified-Payload-Type")
    match = _CHARSET.search(content_type or "")
    charset = match.group(1).lower() if match else None
    limit = limits.max_payload_bytes
    body = record.reader.read(limit + ENCODING_SLACK_BYTES)
    rest, ended = _skip(record.reader, limits.max_record_bytes)
    stored = len(body) + rest  # the payload's true length (as stored), never held whole
    if ended and stored < record.content_length:  # the file ends inside this record
        raise EOFError(f"payload cut short: {stored} of {record.content_length} bytes")
    if rest:
        payload, decoded_over = body, True
    else:
        payload = _decode_body(body, http, limit + 1)
        decoded_over = len(payload) > limit
    common = dict(**base, http_status=status, content_type=content_type, charset=charset,
                  payload_bytes=stored if decoded_over else len(payload))
    if status != 200:
        return WarcRecord(**common, decision=Decision.drop("http_status"), detail=str(status)), not ended
    if not payload:
        return WarcRecord(**common, decision=Decision.drop("empty_payload")), not ended
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime not in HTML_TYPES and not (not mime and _HTML_SNIFF.search(payload[:2048])):
        return WarcRecord(**common, decision=Decision.drop("not_html"), detail=mime or None), not ended
    if decoded_over:
        if not ended:
            size = f"more than {stored} bytes (not read to its end)"
        elif stored > limit:
            size = f"{stored} bytes"
        else:
            size = f"{stored} bytes stored, more than {limit} once decoded"
        return WarcRecord(**common, decision=Decision.drop("too_large"),
                          detail=f"payload of {size}; the limit is {limit}"), not ended
    return WarcRecord(**common, decision=Decision.keep(), payload=payload), False


def _decode_body(body: bytes, http, max_bytes: int) -> bytes:
    """Undo HTTP transfer and content encodings that some crawlers store as received (Common
    Crawl decodes them and renames the headers to X-Crawler-*, others do not), up to `max_bytes`
    (a gzip bomb stops there). A body that does not decode as declared is passed on as stored."""
    if "chunked" in (http.get("Transfer-Encoding") or "").lower():
        body = _dechunk(body)
    encoding = (http.get("Content-Encoding") or "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            window = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
            decompressor = zlib.decompressobj(window)
            body = decompressor.decompress(body, max_bytes)
        except zlib.error:
            pass
    return body


def _dechunk(body: bytes) -> bytes:
    out, position = [], 0
    while True:
        line_end = body.find(b"\r\n", position)
        if line_end < 0:
            return body
        try:
            size = int(body[position:line_end].split(b";")[0].strip(), 16)
        except ValueError:
            return body
        if size == 0:
            return b"".join(out)
        start = line_end + 2
        out.append(body[start:start + size])
        position = start + size + 2


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
