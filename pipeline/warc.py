"""Stream a WARC file record by record and decide which records are HTML pages to curate.

Reading is done by FastWARC (see BENCHMARKS.md for why not warcio). Every record, whatever its
type, gets exactly one `read` decision; only HTTP 200 HTML responses are kept. A record that
cannot be parsed is counted with reason ``corrupt_record`` and reading stops at that point of the
file, so everything read before it is kept.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, Iterator

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


def read_records(stream: BinaryIO) -> Iterator[WarcRecord]:
    """Yield every record of a (gzip-compressed or plain) WARC stream with its `read` decision."""
    iterator = iter(ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=True))
    index = 0
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except Exception as error:  # FastWARC raises OSError/ValueError on a broken record
            yield WarcRecord(index, "unknown", None, None, None, None, None, None, 0,
                             Decision.drop("corrupt_record"), detail=_one_line(error))
            return
        try:
            yield _decide(index, record)
        except Exception as error:  # a record whose payload cannot be read (truncated file)
            yield WarcRecord(index, _type_name(record), _safe_header(record, "WARC-Record-ID"),
                             _clean_uri(_safe_header(record, "WARC-Target-URI")), None, None,
                             None, None, 0, Decision.drop("truncated"), detail=_one_line(error))
            return
        index += 1


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
    if http is None or not record.is_http:
        return WarcRecord(**base, http_status=None, content_type=None, charset=None,
                          payload_bytes=record.content_length,
                          decision=Decision.drop("bad_http_header"),
                          detail=headers.get("Content-Type"))
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
