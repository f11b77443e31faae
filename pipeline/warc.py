"""Stream a WARC file record by record and decide which records are HTML pages to curate.

Reading is done by FastWARC (see BENCHMARKS.md for why not warcio). Every record, whatever its
type, gets exactly one `read` decision; only HTTP 200 HTML responses are kept. A damaged stretch
of a file is counted as one ``corrupt_record`` row and reading resumes at the next intact record.
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


def read_records(stream: BinaryIO, reopen: Reopen | None = None) -> Iterator[WarcRecord]:
    """Yield every record of a (gzip-compressed or plain) WARC stream with its `read` decision.

    A damaged stretch of the file (a corrupt gzip member, a garbled header, a record cut short)
    gets one ``corrupt_record`` (or, at the end of the file, ``truncated``) row. With `reopen`
    (open the same file at a byte offset), reading then goes on at the next intact record, as
    Common Crawl's one-gzip-member-per-record layout allows; without it, reading stops there.
    A connection that fails mid-file is not damage: its TransientReadError propagates, so the
    caller can read the whole file again and count nothing twice.
    """
    index, base, current = 0, 0, stream
    try:
        while True:
            last_start = None
            failure: BaseException | None = None
            truncated = False
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
                    decided = _decide(index, record)
                except EOFError as error:
                    _raise_if_transient(current, error)
                    failure, truncated = error, True
                    last_start = base + record.stream_pos
                    break
                except BaseException as error:
                    _reraise_fatal(error)
                    _raise_if_transient(current, error)
                    failure = error
                    last_start = base + record.stream_pos
                    break
                yield decided
                index += 1
                last_start = base + record.stream_pos
            scan_from = (last_start + 1) if last_start is not None else base + 1
            resume = _next_intact_record(reopen, scan_from) if reopen else None
            reason = "truncated" if truncated and resume is None else "corrupt_record"
            where = f"after byte {last_start}" if last_start is not None else f"at byte {base}"
            skipped = f"; reading resumed at byte {resume}" if resume is not None else ""
            yield WarcRecord(index, "unknown", None, None, None, None, None, None, 0,
                             Decision.drop(reason), detail=f"{_one_line(failure)} {where}{skipped}")
            index += 1
            if resume is None:
                return
            if current is not stream:
                current.close()
            base, current = resume, reopen(resume)
    finally:
        if current is not stream:
            current.close()


def _reraise_fatal(error: BaseException) -> None:
    # FastWARC's Rust panics derive from BaseException; an interrupt or exit must still pass.
    if isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise error


def _raise_if_transient(stream, error: BaseException) -> None:
    transient = getattr(stream, "error", None)
    if transient is not None:
        raise transient from error


def _next_intact_record(reopen: Reopen, offset: int) -> int | None:
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
                if _reads_cleanly(reopen, candidate):
                    return candidate
            if chunk_end:
                return None
            window_start += search_to
            window = window[search_to:]
    return None


def _reads_cleanly(reopen: Reopen, offset: int) -> bool:
    with reopen(offset) as candidate:
        try:
            record = next(iter(ArchiveIterator(candidate, record_types=WarcRecordType.any_type,
                                               parse_http=False)))
            body = record.reader.read()
        except BaseException as error:
            _reraise_fatal(error)
            _raise_if_transient(candidate, error)
            return False
        return len(body) == record.content_length


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


def _decide(index: int, record) -> WarcRecord:
    warc_type = _type_name(record)
    headers = record.headers
    base = dict(record_index=index, warc_type=warc_type, record_id=headers.get("WARC-Record-ID"),
                url=_clean_uri(headers.get("WARC-Target-URI")), date=_iso(record.record_date))
    if record.record_type != WarcRecordType.response:
        return WarcRecord(**base, http_status=None, content_type=None, charset=None,
                          payload_bytes=record.content_length, decision=Decision.drop("not_response"),
                          detail=warc_type)
    http = record.http_headers
    if http is None or not record.is_http or not 100 <= (http.status_code or 0) <= 599:
        return WarcRecord(**base, http_status=None, content_type=None, charset=None,
                          payload_bytes=record.content_length,
                          decision=Decision.drop("bad_http_header"),
                          detail=(getattr(http, "status_line", None) or "no HTTP status line"))
    status = http.status_code
    content_type = http.get("Content-Type") or headers.get("WARC-Identified-Payload-Type")
    match = _CHARSET.search(content_type or "")
    charset = match.group(1).lower() if match else None
    body = record.reader.read()
    if len(body) < record.content_length:  # the file ends inside this record
        raise EOFError(f"payload cut short: {len(body)} of {record.content_length} bytes")
    payload = _decode_body(body, http)
    common = dict(**base, http_status=status, content_type=content_type, charset=charset,
                  payload_bytes=len(payload))
    if status != 200:
        return WarcRecord(**common, decision=Decision.drop("http_status"), detail=str(status))
    if not payload:
        return WarcRecord(**common, decision=Decision.drop("empty_payload"))
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime not in HTML_TYPES and not (not mime and _HTML_SNIFF.search(payload[:2048])):
        return WarcRecord(**common, decision=Decision.drop("not_html"), detail=mime or None)
    return WarcRecord(**common, decision=Decision.keep(), payload=payload)


MAX_DECODED_BYTES = 64 * 2**20  # a gzip bomb stops here; extraction drops oversize pages anyway


def _decode_body(body: bytes, http) -> bytes:
    """Undo HTTP transfer and content encodings that some crawlers store as received (Common
    Crawl decodes them and renames the headers to X-Crawler-*, others do not). A body that does
    not decode as declared is passed on as stored."""
    if "chunked" in (http.get("Transfer-Encoding") or "").lower():
        body = _dechunk(body)
    encoding = (http.get("Content-Encoding") or "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            window = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
            decompressor = zlib.decompressobj(window)
            body = decompressor.decompress(body, MAX_DECODED_BYTES)
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
