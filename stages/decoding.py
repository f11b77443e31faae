"""Decoding an HTTP body to text the way browsers do: BOM, declared charset, <meta charset>, UTF-8,
then charset_normalizer. Not a step: the helper that the `prefilter` and `extract` steps share, so
both read a page with the same characters; `decoded_page` keeps the result in the document's
per-batch cache so a page is decoded once for both.
"""
from __future__ import annotations

import codecs
import re

__all__ = ["DECODED_KEY", "WIDE_BOMS", "codec_name", "decode_html", "decoded_page", "is_wide_text",
           "looks_binary"]

DECODED_KEY = "decoded_html"  # Doc.cache key: (text, codec) of the raw page


def decoded_page(doc) -> tuple[str, str]:
    """`decode_html(doc.payload, doc.charset)`, computed once per document and kept in
    `doc.cache` (the runner clears the cache when a step replaces the text)."""
    cached = doc.cache.get(DECODED_KEY)
    if cached is None:
        cached = doc.cache[DECODED_KEY] = decode_html(doc.payload or b"", doc.charset)
    return cached


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# WHATWG prescans 1024 bytes for <meta charset>; real pages often put it later, behind scripts.
_META_SCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:+-]+)""", re.IGNORECASE
)
# Browsers decode these charsets as their supersets (WHATWG Encoding Standard): pages labelled
# gb2312 use GBK characters, Python's latin-1 would turn 0x80-0x9f (curly quotes, dashes, euro)
# into C1 controls, and so on. Keys are Python codec names.
_SUPERSETS = {
    "ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949", "shift_jis": "cp932", "big5": "big5hkscs",
}
# In a legacy-encoded page read as UTF-8 nearly every non-ASCII character is an error.
_MAX_UTF8_ERROR_SHARE = 0.05
_DETECT_BYTES = 64 * 1024  # charset_normalizer on the whole of a 1 MiB page costs ~100 ms
_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"OggS", b"fLaC", b"ID3\x03", b"ID3\x04", b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x20ftyp", b"\x00\x00\x01\xba", b"wOFF", b"wOF2", b"\x7fELF",
)
# Bytes that never occur in text in any ASCII-compatible charset (ESC is kept for ISO-2022).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")
_ASCII_BYTES = bytes(range(0x80))


def codec_name(label: str | None) -> str | None:
    """Python codec name for a charset label, or None if Python does not know it."""
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("\"'").lower())
    except LookupError:
        return None
    # Python also has bytes-to-bytes "codecs" (base64, zlib, hex, rot13) that a junk header may name.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return _SUPERSETS.get(info.name, info.name)


def _decode_strict(data: bytes, codec: str) -> str | None:
    """`data` decoded without a single error, tolerating one sequence cut at the end (CC truncates
    records at 1 MiB, often mid-character); None if it does not decode."""
    try:
        return codecs.getincrementaldecoder(codec)(errors="strict").decode(data, final=False)
    except (UnicodeError, LookupError):
        return None


def is_wide_text(data: bytes, charset: str | None = None) -> bool:
    """UTF-16 or UTF-32 text (by its byte-order mark or its declared charset): full of NUL bytes,
    so `looks_binary` must not judge it."""
    return data.startswith(WIDE_BOMS) or (codec_name(charset) or "").startswith(("utf-16", "utf-32"))


def looks_binary(data: bytes) -> bool:
    """A payload that is clearly not text: a known binary file signature, or more than 10% of its
    first 4 KiB are control bytes that no ASCII-compatible text contains."""
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:4096]
    return len(head) > 0 and len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) // 10


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode an HTTP body to text; returns (text, codec used). Never raises.

    Order: byte-order mark; the declared (HTTP header) charset if the bytes decode with it, except
    that bytes which are valid non-ASCII UTF-8 are read as UTF-8 (servers often claim ISO-8859-1
    for UTF-8 pages; legacy-encoded non-ASCII text is almost never valid UTF-8); the page's
    <meta charset>; UTF-8; UTF-8 if under 5% of its non-ASCII characters are errors;
    charset_normalizer's guess; UTF-8 with replacement characters as the last resort, so a
    decoding problem never loses the page.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    declared = codec_name(charset)
    if declared is not None:
        text = _decode_strict(data, declared)
        if text is not None:
            if declared != "utf-8":
                as_utf8 = _decode_strict(data, "utf-8")
                if as_utf8 is not None and not as_utf8.isascii():
                    return as_utf8, "utf-8"
            return text, declared
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    meta = codec_name(match.group(1).decode("ascii")) if match else None
    # A page is never really UTF-16 if its <meta> could be read as ASCII (WHATWG: treat as UTF-8).
    if meta is not None and not meta.startswith("utf-16") and not meta.startswith("utf-32"):
        text = _decode_strict(data, meta)
        if text is not None:
            return text, meta
    text = _decode_strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    # Mostly UTF-8 with a few stray legacy bytes (a pasted latin-1 snippet) is common, and a wild
    # guess from the detector would garble the whole page instead of a few characters.
    text = data.decode("utf-8", errors="replace")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if text.count("\ufffd") <= _MAX_UTF8_ERROR_SHARE * non_ascii:
        return text, "utf-8"
    # Text that is almost all ASCII with a few legacy bytes is Western European: WHATWG's default
    # legacy encoding, windows-1252, reads it right, where the detector has too little to go on
    # ("Café crème" came out as Baltic). Cyrillic, Greek or CJK pages are mostly non-ASCII bytes.
    high_bytes = len(data[:_DETECT_BYTES].translate(None, _ASCII_BYTES))  # the bytes >= 0x80
    if high_bytes <= _WESTERN_HIGH_BYTE_SHARE * min(len(data), _DETECT_BYTES):
        return data.decode("cp1252", errors="replace"), "cp1252"
    guess = _detect(data)
    if guess is not None:
        return data.decode(guess, errors="replace"), guess
    return data.decode("utf-8", errors="replace"), "utf-8"


_WESTERN_HIGH_BYTE_SHARE = 0.02  # of all bytes; markup makes even a Russian page mostly ASCII


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # trafilatura's own dependency

    best = from_bytes(data[:_DETECT_BYTES]).best()
    return codec_name(best.encoding) if best is not None else None
