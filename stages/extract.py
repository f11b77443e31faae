"""Main-text extraction: a raw HTTP body (bytes, maybe with a declared charset) in, plain text out.

Decoding is ours (BOM, declared charset, <meta charset>, UTF-8, then charset_normalizer); the
boilerplate removal is trafilatura 2.x, under a SIGALRM deadline when run on a main thread.
"""
from __future__ import annotations

from collections.abc import Sequence

import codecs
import logging
import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass

from lxml.etree import LxmlError

from stages.base import Decision, Doc, Step

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractConfig:
    # Per page; SIGALRM-based, so only enforced on a main thread (see `deadline`). On the extraction
    # set a page takes 22 ms CPU (median), 0.22 s (p99), 0.4 s (slowest, 1.6 MB): 5 s only catches
    # pathological markup (30k unclosed <p> take > 5 s).
    timeout_s: float = 5.0
    # trafilatura modes; the defaults won on F1 over trafilatura's own 506-page benchmark
    # (shared/data/extraction), see `python -m tests.stages.test_extract`.
    favor_precision: bool = False
    favor_recall: bool = False
    fast: bool = False  # trafilatura's `fast`: skip its fallback extractors (readability, jusText)
    # Run trafilatura in fast mode first and again with its fallbacks only when the fast text is
    # shorter than this (None: fallbacks on every page, trafilatura's default). The fallbacks cost
    # ~40% of extraction time and only change short or failed extractions; measured on the
    # 506-page benchmark (benchmarks/quality.py, BENCHMARKS.md "Optimisations").
    fallback_below_chars: int | None = 1000
    include_comments: bool = False  # user comments are not the page's main text
    include_tables: bool = True  # trafilatura default
    # trafilatura's MIN_EXTRACTED_SIZE (settings.cfg), about the 50 words FineWeb's Gopher filter
    # asks of a document later anyway.
    min_text_chars: int = 250
    # Common Crawl truncates records at 1 MiB, so this only bites on other crawls; trafilatura's own
    # ceiling is 20 MB (MAX_FILE_SIZE) and beyond a few MiB pages run into timeout_s anyway.
    max_html_bytes: int = 5 * 2**20

    def __post_init__(self):
        if self.timeout_s < 0:
            raise ValueError(f"timeout_s must be >= 0 (0 = no timeout), got {self.timeout_s}")
        if self.min_text_chars < 0 or self.max_html_bytes <= 0:
            raise ValueError(
                f"min_text_chars must be >= 0 and max_html_bytes > 0, "
                f"got {self.min_text_chars} and {self.max_html_bytes}"
            )
        if self.fallback_below_chars is not None and self.fallback_below_chars < 0:
            raise ValueError(f"fallback_below_chars must be >= 0 or None, got {self.fallback_below_chars}")
        if self.favor_precision and self.favor_recall:
            raise ValueError("favor_precision and favor_recall are exclusive; set at most one")


# --- decoding -----------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
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


def _codec(label: str | None) -> str | None:
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
    declared = _codec(charset)
    if declared is not None:
        text = _decode_strict(data, declared)
        if text is not None:
            if declared != "utf-8":
                as_utf8 = _decode_strict(data, "utf-8")
                if as_utf8 is not None and not as_utf8.isascii():
                    return as_utf8, "utf-8"
            return text, declared
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    meta = _codec(match.group(1).decode("ascii")) if match else None
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
    high_bytes = sum(1 for byte in data[:_DETECT_BYTES] if byte >= 0x80)
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
    return _codec(best.encoding) if best is not None else None


# --- timeout ------------------------------------------------------------------------------------


_REPEAT_ALARM_S = 0.05


class ExtractionTimeout(BaseException):
    """Raised by the SIGALRM handler. A BaseException so that trafilatura's own `except Exception`
    blocks cannot swallow it and carry on."""


@contextmanager
def deadline(seconds: float):
    """Raise ExtractionTimeout in the block after `seconds` of wall time.

    Uses ITIMER_REAL/SIGALRM, which Python only allows on the main thread: Ray runs a task or a
    (non-threaded) actor method on its worker's main thread, so the pipeline gets the timeout. On
    any other thread, on platforms without setitimer, or with seconds == 0, there is no timeout.
    The handler runs between Python bytecodes, so one long C call (lxml parsing a huge page, which
    max_html_bytes bounds) finishes before it fires. An exception raised where Python cannot
    propagate it (a __del__ or GC callback) is lost, so the alarm repeats every 50 ms until the
    block exits. The previous handler is restored, and so is a timer that was already running
    (with the time it had left, or almost none if it expired).
    """
    on_main_thread = threading.current_thread() is threading.main_thread()
    if seconds <= 0 or not hasattr(signal, "setitimer") or not on_main_thread:
        yield
        return

    armed = [True]

    def on_alarm(signum, frame):
        if armed[0]:  # an alarm landing while the block is being left must not raise there
            raise ExtractionTimeout()

    started = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT_ALARM_S)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay > 0:
            left = previous_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), previous_interval)


# --- parsing ------------------------------------------------------------------------------------


def _html_parser():
    """trafilatura's own lxml HTMLParser settings, with a C-level element class lookup.

    lxml.html's parser picks each element's Python class (FormElement, InputElement, ...) in a
    Python method called for every element proxy lxml creates (1.9M calls on the 506 benchmark
    pages); a C-level lookup makes extraction ~6% faster (benchmarks/ab_paired.py). trafilatura
    only needs HtmlElement's methods (text_content, drop_tree), which every element still has;
    the extracted text is identical.
    """
    from lxml.etree import ElementDefaultClassLookup
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                        remove_comments=True, remove_pis=True)  # = trafilatura.utils.HTML_PARSER
    parser.set_element_class_lookup(ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


def _parse_html(document: str, parser):
    """The tree trafilatura's `load_html` would build from `document` (same repairs, same
    fallback to bytes, same rejection of a one-element "HTML"), or None."""
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    beginning = document[:50].lower()
    document = repair_faulty_html(document, beginning)

    def parse(markup):
        try:
            return fromstring(markup, parser=parser)
        except (LxmlError, ValueError):  # "Document is empty", an encoding declaration in a str
            return None

    tree = parse(document)
    if tree is None or len(tree) < 1:
        tree = parse(document.encode("utf-8", "surrogatepass"))
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


# --- the stage ----------------------------------------------------------------------------------


class TextExtractor(Step):
    """Raw HTML bytes -> main text, with a reason for every page it drops.

    Reasons: too_large, binary, no_text, too_short, timeout, parse_error.
    """

    name, kind, Settings = "extract", "page", ExtractConfig

    def __init__(self, config: ExtractConfig = ExtractConfig()):
        import trafilatura  # imported once per worker; its import takes ~0.5 s

        self.config = self.settings = config
        self._extract = trafilatura.extract
        self._parser = _html_parser()

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for doc in docs:
            text, decision = self.extract(doc.payload or b"", doc.charset, doc.url)
            decisions.append(Decision.keep(text=text) if decision.kept else decision)
        return decisions

    def extract(
        self, html: bytes, charset: str | None = None, url: str | None = None
    ) -> tuple[str | None, Decision]:
        """Main text of one HTTP body, or None with the drop reason. Never raises on bad input.

        `charset` is what the Content-Type header declared (may be None or wrong); `url` only helps
        trafilatura (it is not fetched).
        """
        cfg = self.config
        if len(html) > cfg.max_html_bytes:
            return None, Decision.drop("too_large")
        if not html or html.isspace():
            return None, Decision.drop("no_text")
        # UTF-16/32 text is full of NUL bytes: only look for binary in ASCII-compatible payloads.
        wide = html.startswith(_WIDE_BOMS) or (_codec(charset) or "").startswith(("utf-16", "utf-32"))
        if not wide and looks_binary(html):
            return None, Decision.drop("binary")
        document, _ = decode_html(html, charset)
        # lxml refuses a str that carries an XML encoding declaration; the text is decoded already.
        if document.lstrip().startswith("<?xml"):
            document = re.sub(r"^\s*<\?xml[^>]*\?>", "", document, count=1)
        try:
            with deadline(cfg.timeout_s):
                fast = cfg.fast or cfg.fallback_below_chars is not None
                text = self._trafilatura(document, url, fast)
                if (not cfg.fast and cfg.fallback_below_chars is not None
                        and len((text or "").strip()) < cfg.fallback_below_chars):
                    text = self._trafilatura(document, url, fast=False)
        except ExtractionTimeout:
            return None, Decision.drop("timeout")
        except (LxmlError, ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as e:
            # trafilatura and lxml on malformed markup; one bad page must not fail its shard
            logger.debug("trafilatura failed on %s: %r", url, e)
            return None, Decision.drop("parse_error")
        if text is None or not text.strip():
            return None, Decision.drop("no_text")
        text = text.strip()
        if len(text) < cfg.min_text_chars:
            return None, Decision.drop("too_short")
        return text, Decision.keep()

    def _trafilatura(self, document: str, url: str | None, fast: bool) -> str | None:
        """trafilatura on a fresh tree (it prunes the tree it is given); None for no tree."""
        cfg = self.config
        tree = _parse_html(document, self._parser)
        if tree is None:
            return None
        return self._extract(
            tree,
            url=url,
            fast=fast,
            favor_precision=cfg.favor_precision,
            favor_recall=cfg.favor_recall,
            include_comments=cfg.include_comments,
            include_tables=cfg.include_tables,
            include_images=False,
            include_links=False,
            include_formatting=False,
            output_format="txt",
            with_metadata=False,
            deduplicate=False,
        )
