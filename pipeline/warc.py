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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from stages.base import Decision

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body)\b", re.IGNORECASE)


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
    check_end = reopen or _seek_opener(stream)
    index, base, current = 0, 0, stream
    try:
        while True:
            last_start = None
            failure: BaseException | None = None
            truncated = abandoned = False
            # A record is yielded once the next one has begun or the file has ended cleanly:
            # FastWARC returns a record whose header the file's end cut short as if it were whole.
            pending: WarcRecord | None = None
            # FastWARC counts stream_pos from the stream's tell() (absolute for a file seeked to
            # `base`, 0 for an http body opened there): positions below are absolute.
            shift = base - _tell(current)
            iterator = iter(ArchiveIterator(current, record_types=WarcRecordType.any_type,
                                            parse_http=True))
            while True:
                try:
                    record = next(iterator)
                except StopIteration:
                    # FastWARC ends quietly at a cut gzip member or header: check that the file
                    # ends with the last record read (or where reading began).
                    damage = _damage_at_end(check_end, base if last_start is None else last_start,
                                            limits)
                    if damage is None:
                        break
                    failure, truncated, damaged_at = damage
                    if pending is not None and damaged_at == last_start:
                        index = pending.record_index  # that record is the one cut short
                        pending = None
                    break
                except BaseException as error:  # noqa: BLE001 - FastWARC: OSError, ValueError, Rust panics
                    _reraise_fatal(error)
                    _raise_if_transient(current, error)
                    failure = error
                    break
                if pending is not None:
                    yield pending
                    pending = None
                start = shift + record.stream_pos
                try:
                    decided, abandoned = _decide(index, record, limits)
                except EOFError as error:
                    _raise_if_transient(current, error)
                    failure, truncated, last_start = error, True, start
                    break
                except BaseException as error:  # noqa: BLE001 - as above; fatal ones re-raised
                    _reraise_fatal(error)
                    _raise_if_transient(current, error)
                    failure, last_start = error, start
                    break
                index += 1
                last_start = start
                if abandoned:  # the rest of this record's body is unread: find the next record
                    yield decided
                    break
                pending = decided
            if pending is not None:
                yield pending
            if failure is None and not abandoned:
                return
            scan_from = (last_start + 1) if last_start is not None else base + 1
            resume = _next_intact_record(reopen, scan_from, limits) if reopen else None
            if not abandoned:
                if resume is None and not truncated:  # damage up to the end: cut, or corrupt?
                    damage = _damage_at_end(check_end, base if last_start is None else last_start,
                                            limits)
                    truncated = damage is not None and damage[1]
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
        except BaseException as error:  # noqa: BLE001 - as above; fatal ones re-raised
            _reraise_fatal(error)
            _raise_if_transient(candidate, error)
            return False
        # A body too long to skip to its end is taken on trust (its header parsed).
        return skipped == record.content_length or not ended


def _type_name(record, header) -> str:
    try:
        return header("warc-type") or str(record.record_type)
    except Exception:  # noqa: BLE001 - a garbled header names no type
        return "unknown"


def _header_lookup(headers) -> Callable[[str], str | None]:
    """`headers.get` for lowercase names, from one read of the map: FastWARC's HeaderMap.get
    costs ~3 us a call (the names are compared and decoded again each time), and a record is
    asked 4 to 7. The same answers: case-insensitive, the first of a repeated name, values
    decoded alike. A map that cannot be listed keeps its own lookups."""
    try:
        values: dict[str, str] = {}
        for name, value in headers.items():
            values.setdefault(name.lower(), value)
    except Exception:  # noqa: BLE001 - FastWARC decides what a bad map raises
        return headers.get
    return values.get


def _decide(index: int, record, limits: _Limits) -> tuple[WarcRecord, bool]:
    """The record's `read` decision, and whether its body was left unread beyond
    `limits.max_record_bytes` (then the caller must not ask FastWARC for the next record)."""
    headers = record.headers
    header = _header_lookup(headers)
    warc_type = _type_name(record, header)
    if header("content-length") is None:
        # Mandatory (WARC 1.1, 5.3); FastWARC reads a header the file's end cut short as a
        # whole one without it, and its record as empty.
        raise EOFError(f"{warc_type} record header without Content-Length (cut short?)")
    base = {"record_index": index, "warc_type": warc_type, "record_id": header("warc-record-id"),
            "url": _clean_uri(header("warc-target-uri")), "date": _iso(record.record_date)}
    if record.record_type != WarcRecordType.response:
        # Skipped here, with a bound, rather than by FastWARC's next(), which has none.
        skipped, ended = _skip(record.reader, limits.max_record_bytes)
        _check_whole(warc_type, skipped, ended, record.content_length)
        return WarcRecord(**base, http_status=None, content_type=None, charset=None,
                          payload_bytes=record.content_length, decision=Decision.drop("not_response"),
                          detail=warc_type), not ended
    http = record.http_headers
    if http is None or not record.is_http or not 100 <= (http.status_code or 0) <= 599:
        skipped, ended = _skip(record.reader, limits.max_record_bytes)
        _check_whole(warc_type, skipped, ended, record.content_length)  # cut in its headers?
        return WarcRecord(**base, http_status=None, content_type=None, charset=None,
                          payload_bytes=record.content_length,
                          decision=Decision.drop("bad_http_header"),
                          detail=(getattr(http, "status_line", None) or "no HTTP status line")), not ended
    status = http.status_code
    http_header = _header_lookup(http)
    content_type = http_header("content-type") or header("warc-identified-payload-type")
    match = _CHARSET.search(content_type or "")
    charset = match.group(1).lower() if match else None
    limit = limits.max_payload_bytes
    body = record.reader.read(limit + ENCODING_SLACK_BYTES)
    rest, ended = _skip(record.reader, limits.max_record_bytes)
    stored = len(body) + rest  # the payload's true length (as stored), never held whole
    _check_whole(warc_type, stored, ended, record.content_length)
    if rest:
        payload, decoded_over = body, True
    else:
        payload = _decode_body(body, http_header, limit + 1)
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


def _check_whole(warc_type: str, read: int, ended: bool, content_length: int) -> None:
    if ended and read < content_length:  # the file ends inside this record
        raise EOFError(f"{warc_type} record cut short: {read} of {content_length} bytes")


class _Unclosed:
    """A seekable stream lent to `_damage_at_end` at an offset, left open for its owner."""

    def __init__(self, stream, offset: int):
        self.stream = stream
        stream.seek(offset)

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass


def _seek_opener(stream) -> Reopen | None:
    """Without `reopen`, a stream that seeks back (a local file, bytes) checks its own end."""
    try:
        if not stream.seekable():
            return None
        stream.seek(stream.tell())
    except (OSError, ValueError, AttributeError):
        return None

    def reopen(offset: int):
        return _Unclosed(stream, offset)
    return reopen


_GZIP_MAGIC = b"\x1f\x8b"
_MAX_HEADER_BYTES = 32 * 2**10  # FastWARC's cap on WARC and on HTTP headers
_END_CHUNK = 2**20


def _damage_at_end(reopen: Reopen | None, start: int,
                   limits: _Limits) -> tuple[EOFError | ValueError, bool, int] | None:
    """FastWARC stops without an error at some damage: a gzip member or a WARC header cut short,
    a member that is not a record. Read the file from `start` (where the last record read
    begins, or where reading began) to its end without holding it, and say what is wrong, if
    anything: (the error, whether the file was cut short, the byte where the damaged gzip
    member or record starts). The last record's gzip member must
    end cleanly and nothing but the end of the file may follow it; for an uncompressed file, the
    record's block and its blank line. Without `reopen` (a stream that cannot go back) nothing
    is checked.

    A file compressed as one gzip member (not Common Crawl's one member per record) has no
    record offsets: FastWARC's positions are then read-ahead positions, and the whole file is
    checked from the start of reading instead."""
    if reopen is None:
        return None
    with reopen(start) as raw:
        head = raw.read(_END_CHUNK)
        if head[:2] == _GZIP_MAGIC[:len(head)] and head:  # a file cut after 1 byte, too
            return _gzip_damage(raw, head, start, limits)
        if head[:5] == b"WARC/"[:len(head)] and head:
            return _plain_damage(raw, head, start)
    if start == 0:
        return None  # not a WARC file FastWARC could start on: it said so itself, or is empty
    with reopen(0) as raw:  # `start` is inside a multi-record gzip member: check all of it
        head = raw.read(_END_CHUNK)
        if head.startswith(_GZIP_MAGIC):
            return _gzip_damage(raw, head, 0, limits, members=None)
    return None


def _gzip_damage(raw, data: bytes, start: int, limits: _Limits, members: int | None = 1):
    """The gzip members from `start` to the end of the file: `members` of them (None: any
    number), each ending cleanly, and nothing after the last. Output is dropped as it comes, and
    a member that inflates past a record's limit is not followed further (a bomb)."""
    position, seen = start, 0
    limit = limits.max_record_bytes + 2 * _MAX_HEADER_BYTES
    while data:
        inflate, member_start = zlib.decompressobj(16 + zlib.MAX_WBITS), position
        inflated = 0
        while not inflate.eof:
            if not data:
                data = raw.read(_END_CHUNK)
                if not data:
                    return EOFError(f"the file ends inside the gzip member that starts at byte "
                                    f"{member_start}"), True, member_start
            try:
                inflated += len(inflate.decompress(data, _END_CHUNK))
            except zlib.error as error:
                return ValueError(f"the data at byte {member_start} is not a whole gzip member "
                                  f"({error})"), False, member_start
            position += len(data) - len(inflate.unconsumed_tail) - len(inflate.unused_data)
            data = inflate.unused_data or inflate.unconsumed_tail
            if inflated > limit:
                return ValueError(f"the gzip member at byte {member_start} inflates past "
                                  f"{limit} bytes"), False, member_start
        seen += 1
        if members is not None and seen > members:
            return ValueError(f"the gzip member at byte {member_start} holds no WARC record "
                              f"that could be read"), False, member_start
        if not data:
            data = raw.read(_END_CHUNK)
    return None


_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*(\d+)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def _plain_damage(raw, data: bytes, start: int):
    """Uncompressed WARC from `start`: one record (its header, its block of Content-Length
    bytes and the blank line after it), then the end of the file."""
    for number in (1, 2):
        end = data.find(b"\r\n\r\n", 0, 2 * _MAX_HEADER_BYTES)
        length = _CONTENT_LENGTH.search(data, 0, end) if end >= 0 else None
        if end < 0 and len(data) < 2 * _MAX_HEADER_BYTES and raw.read(1) == b"":
            return EOFError(f"the file ends inside the WARC header that starts at byte "
                            f"{start}"), True, start
        if length is None or not data.startswith(b"WARC/"):
            return ValueError(f"bytes that are not a WARC record at byte {start}"), False, start
        expected = end + 4 + int(length.group(1)) + 4  # header, block, blank line
        read = len(data)
        while read < expected:
            data = raw.read(_END_CHUNK)
            if not data:
                return EOFError(f"the file ends inside the record that starts at byte {start} "
                                f"({read} of {expected} bytes)"), True, start
            read += len(data)
        if number == 2:  # a whole record that FastWARC could not read
            return ValueError(f"the record at byte {start} could not be read"), False, start
        rest = data[len(data) - (read - expected):] + raw.read(_END_CHUNK)
        data = rest.lstrip(b"\r\n")
        if not data:
            return None
        start += expected + len(rest) - len(data)
    return None


def _decode_body(body: bytes, http_header: Callable[[str], str | None], max_bytes: int) -> bytes:
    """Undo HTTP transfer and content encodings that some crawlers store as received (Common
    Crawl decodes them and renames the headers to X-Crawler-*, others do not), up to `max_bytes`
    (a gzip bomb stops there). A body that does not decode as declared is passed on as stored."""
    if "chunked" in (http_header("transfer-encoding") or "").lower():
        body = _dechunk(body)
    encoding = (http_header("content-encoding") or "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            window = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
            decompressor = zlib.decompressobj(window)
            body = decompressor.decompress(body, max_bytes)
        except zlib.error:
            pass
    return body


# A chunk's size line: hex digits only (RFC 9112's chunk-size), then extensions; int(x, 16) alone
# also takes "-6", "+6", "0x6" and "1_0", and a negative size sent the loop back to the same line
# for ever, appending to its output (an unbounded worker).
_CHUNK_SIZE = re.compile(rb"[ \t]*([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?")


def _dechunk(body: bytes) -> bytes:
    """The body of a chunked transfer, or `body` as stored where it is not one. Each chunk moves
    the position forward by at least its size line, so this ends, with at most len(body) bytes."""
    out, position = [], 0
    while True:
        line_end = body.find(b"\r\n", position)
        if line_end < 0:
            return body
        size_line = _CHUNK_SIZE.fullmatch(body, position, line_end)
        if size_line is None:
            return body
        size = int(size_line.group(1), 16)
        if size == 0:
            return b"".join(out)
        start = line_end + 2
        out.append(body[start:start + size])
        position = start + size + 2


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
