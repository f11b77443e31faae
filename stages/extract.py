"""Main-text extraction: a raw HTTP body (bytes, maybe with a declared charset) in, plain text out.

Decoding is stages.decoding's (shared with the prefilter, cached per document); subtrees that
trafilatura deletes anyway (scripts, styles, SVG, embeds, forms' inputs, menus, asides, footers)
are cut out in C with lxml before it runs; the boilerplate removal is trafilatura 2.x, in its fast
mode first and again with its fallback extractors only when the fast text looks wrong (short,
covering little of the page, a list of links, a cookie notice, a grid without sentences, or
missing the page's main block: `fallback_reason`); under a CPU-time deadline. It does not decide
the language or the quality of the text: later steps do.
"""
from __future__ import annotations

import logging
import math
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass

from lxml.etree import LxmlError

from stages.base import Decision, Doc, Step, versions
from stages.decoding import decode_html, decoded_page, is_wide_text, looks_binary
from stages.trafilatura_sequence import sequence_for_installed
from stages.xpaths import trafilatura_selectors

__all__ = [
    "PRUNED_TAGS",
    "ExtractSettings",
    "ExtractionTimeout",
    "TextExtractor",
    "deadline",
    "decode_html",
    "looks_binary",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractSettings:
    # CPU seconds per page (ITIMER_PROF: the worker's CPU time, so machine load changes nothing;
    # see `deadline`). On the extraction set a page takes 18 ms CPU (median), 0.2 s (p99), 0.4 s
    # (slowest, 1.6 MB): 5 s only catches pathological markup (30k unclosed <p> take > 5 s).
    timeout_s: float = 5.0
    # trafilatura modes; the defaults won on F1 over trafilatura's own 506-page benchmark
    # (shared/data/extraction), see `python -m tests.stages.test_extract`.
    favor_precision: bool = False
    favor_recall: bool = False
    fast: bool = False  # trafilatura's `fast` only: never its fallback extractors (readability, jusText)
    # Fast mode first; trafilatura again with its fallbacks (its default, ~2x the CPU) only when
    # the fast text looks wrong (`fallback_reason`): shorter than `fallback_below_chars`; under
    # `fallback_below_coverage` of the page's text; a link list (`menu_short_line_share` of its
    # lines under 40 characters and `menu_link_line_share` of them link texts of the page); a
    # cookie notice (`cookie_line_share` of its characters in lines that say "cookie"); a grid or
    # list without prose (under `min_sentences_per_1000` sentence ends per 1,000 characters: a
    # calendar, an archive, a price table); or missing the page's main block (the paragraphs under
    # one parent with the most text, at least `main_block_chars`, of which under
    # `main_block_found_share` is in the fast text: the article is elsewhere). Chosen on the tuning
    # part of the 506-page benchmark and on the tuning part of benchmarks/_boilerplate_pages.py
    # (BENCHMARKS.md, "Extraction, back to back"; docs/extraction.md); the held-back sets were
    # only measured once the settings were fixed.
    # fallback_below_chars=None: fallbacks on every page (trafilatura's default).
    fallback_below_chars: int | None = 250
    fallback_below_coverage: float = 0.10
    menu_short_line_share: float = 0.7
    menu_link_line_share: float = 0.3
    # Tuning benchmark pages' fast texts: at most 0.2 of their characters in "cookie" lines, the
    # tuning part's cookie walls all of them.
    cookie_line_share: float = 0.5
    # Tuning benchmark pages' fast texts: median 7.0 sentences per 1,000 characters, one at 0
    # (the same text after the fallbacks), the next at 1.4; calendars and archives 0.
    min_sentences_per_1000: float = 1.0
    # 200 characters: about two paragraphs; half: trafilatura may leave out a paragraph or two of
    # the block (captions, bylines) without having missed it. The test decides 9 of the 411
    # tuning pages (1 better after the fallbacks, 8 the same text: the cost of catching the
    # tuning part's teaser lists and widgets, 15 of its 300 pages).
    main_block_chars: int = 200
    main_block_found_share: float = 0.5
    # trafilatura's recall escalation in the fast pass (when its text is under 20% of the page's,
    # html2txt: the main extractor again in recall focus, its text taken if 1.5x longer). On the
    # tuning pages it ran on 43 of 411 and its text was taken on 3 (1 better, 1 worse by the page
    # score, 1 the same); leaving it out made extraction 4-7% faster (BENCHMARKS.md,
    # "Optimisations", round 5). A fast text that covers little of the page still goes to the
    # full pass (`fallback_reason`), which escalates as trafilatura does. True: the fast text is
    # trafilatura's fast-mode text.
    fast_recall_escalation: bool = False
    # Delete PRUNED_TAGS subtrees (tails kept) before trafilatura: it deletes them itself, later and
    # in Python; cutting them first halves the tree its XPath passes walk (BENCHMARKS.md profile).
    prune: bool = True
    # trafilatura's XPath expressions evaluated by stages.xpaths (the same elements, without lxml's
    # per-element Python callbacks for EXSLT regular expressions; 44% of extraction CPU before).
    xpath_selectors: bool = True
    # trafilatura's extraction steps called on our tree without copying it first, and without
    # other work whose result it does not use (trafilatura 2.3.1 only; stages/trafilatura_sequence.py).
    skip_tree_copy: bool = True
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
        for name in ("fallback_below_coverage", "menu_short_line_share", "menu_link_line_share",
                     "cookie_line_share", "main_block_found_share"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be in [0, 1], got {getattr(self, name)}")
        if self.min_sentences_per_1000 < 0 or self.main_block_chars < 0:
            raise ValueError(f"min_sentences_per_1000 and main_block_chars must be >= 0, "
                             f"got {self.min_sentences_per_1000} and {self.main_block_chars}")
        if self.favor_precision and self.favor_recall:
            raise ValueError("favor_precision and favor_recall are exclusive; set at most one")


# --- timeout ------------------------------------------------------------------------------------


_REPEAT_ALARM_S = 0.05


class ExtractionTimeout(BaseException):
    """Raised by the SIGPROF handler. A BaseException so that trafilatura's own `except Exception`
    blocks cannot swallow it and carry on."""


@contextmanager
def deadline(seconds: float):
    """Raise ExtractionTimeout in the block after `seconds` of this process's CPU time.

    CPU time, not wall time (ITIMER_PROF counts user + system time of the process), so a page
    that takes 0.3 CPU-s is not dropped because other processes hold the cores: the same page
    gets the same decision on an idle and on a loaded machine (issue 10, item 8). The count is
    the process's, so threads that burn CPU meanwhile (none in a Ray worker running a task) would
    shorten it. Python only runs signal handlers on the main thread, which is where Ray runs a
    task or a (non-threaded) actor method; on any other thread, on platforms without setitimer, or
    with seconds == 0, there is no timeout. The handler runs between Python bytecodes, so one
    long C call (lxml parsing a huge page, which max_html_bytes bounds) finishes before it fires.
    An exception raised where Python cannot propagate it (a __del__ or GC callback) is lost, so
    the signal repeats every 50 ms of CPU until the block exits. The previous handler is
    restored, and so is a profiling timer that was already running (with what it had left).
    Such a lost ExtractionTimeout is expected, so while the block runs it is kept from
    sys.unraisablehook (whose handler could itself be hit by the next repeat); any other lost
    exception still reaches the hook that was installed.
    """
    on_main_thread = threading.current_thread() is threading.main_thread()
    if seconds <= 0 or not hasattr(signal, "setitimer") or not on_main_thread:
        yield
        return

    armed = [True]

    def on_signal(signum, frame):
        if armed[0]:  # a signal landing while the block is being left must not raise there
            raise ExtractionTimeout()

    previous_hook = sys.unraisablehook

    def drop_lost_timeouts(unraisable):
        if not isinstance(unraisable.exc_value, ExtractionTimeout):
            previous_hook(unraisable)

    sys.unraisablehook = drop_lost_timeouts
    started = time.process_time()
    previous_handler = signal.signal(signal.SIGPROF, on_signal)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_PROF, seconds, _REPEAT_ALARM_S)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous_handler)
        sys.unraisablehook = previous_hook
        if previous_delay > 0:
            left = previous_delay - (time.process_time() - started)
            signal.setitimer(signal.ITIMER_PROF, max(left, 1e-6), previous_interval)


# --- parsing ------------------------------------------------------------------------------------


def _html_parser():
    """trafilatura's own lxml HTMLParser settings, with a C-level element class lookup.

    lxml.html's parser picks each element's Python class (FormElement, InputElement, ...) in a
    Python method called for every element proxy lxml creates (1.9M calls on the 506 benchmark
    pages); a C-level lookup makes extraction ~6% faster (benchmarks/ab_paired.py). trafilatura
    only needs HtmlElement's methods (text_content, drop_tree), which every element still has;
    the extracted text is identical. The class's `text_content` gives lxml's string without an
    XPath evaluation per call (from the text of an element without children, else from lxml's
    text serializer): extraction 11% faster, the same texts (`benchmarks/extract_identity.py`).
    """
    from lxml.etree import ElementDefaultClassLookup, tostring
    from lxml.html import (
        HtmlComment,
        HtmlElement,
        HtmlEntity,
        HTMLParser,
        HtmlProcessingInstruction,
    )

    class LeafTextElement(HtmlElement):
        """HtmlElement whose `text_content()` (an XPath `string()` evaluation, ~3 us each, 78k
        calls on the tuning pages, mostly on links and cells) answers an element without children
        from its `.text` (then its string value is that text, or ""), and another by lxml's text
        serializer, which concatenates the same text nodes (libxml2's node content, as XPath's
        string value) without an XPath evaluation: a third faster on 29,560 elements of dev
        pages, the same strings."""

        def text_content(self):
            if len(self) == 0:
                return self.text or ""
            return tostring(self, method="text", encoding="unicode", with_tail=False)

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                        remove_comments=True, remove_pis=True)  # = trafilatura.utils.HTML_PARSER
    parser.set_element_class_lookup(ElementDefaultClassLookup(
        element=LeafTextElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


# Characters libxml2 refuses, which trafilatura's repair_faulty_html deletes with a regular
# expression over the whole page (~0.6 ms on a 130k-character page): as UTF-8 bytes.
_XML_INVALID_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
# U+FFFE, U+FFFF; a regular expression finds them in half the time of two `in` searches
_XML_INVALID_UTF8 = re.compile(b"\xef\xbf[\xbe\xbf]")


def _utf8_clean(data: bytes) -> bool:
    """Whether UTF-8 `data` decodes to text without characters that trafilatura's
    INVALID_XML_CHARS deletes (control characters other than tab, LF and CR; U+FFFE, U+FFFF).
    Exact: in UTF-8 these are these bytes and byte sequences, and no others (a byte < 0x20 is
    never part of a longer sequence); a C-speed scan instead of a regular expression."""
    return len(data.translate(None, _XML_INVALID_BYTES)) == len(data) and _XML_INVALID_UTF8.search(data) is None


def repair_html(document: str, beginning: str, utf8: bytes | None = None) -> str:
    """trafilatura's `repair_faulty_html(document, beginning)`, the same string, without its scan
    for invalid characters when `utf8` (`document` as UTF-8) shows there are none: the doctype and
    self-closing <html/> repairs are trafilatura's own regexes. `document` itself (the same
    object) when nothing is repaired."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, repair_faulty_html

    if utf8 is None or not _utf8_clean(utf8):
        return repair_faulty_html(document, beginning)
    if "doctype" in beginning:
        # trafilatura: firstline, _, rest = partition("\n"); firstline repaired + "\n" + rest,
        # which is `document` again where the first line has a newline and no repair
        end = document.find("\n")
        firstline = document if end < 0 else document[:end]
        repaired = DOCTYPE_TAG.sub("", firstline, count=1)
        if end < 0:
            document = repaired + "\n"
        elif repaired != firstline:
            document = repaired + document[end:]
    for line in document[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            document = FAULTY_HTML.sub(r"\1>", document, count=1)
            break
    return document


def _parse_html(document: str, parser, utf8: bytes | None = None):
    """The tree trafilatura's `load_html` would build from `document` (same repairs, same
    fallback to bytes, same rejection of a one-element "HTML"), or None.

    libxml2 parses the page as UTF-8 bytes (the parser's declared encoding), the same
    characters: a str it reads from Python's buffer, which holds UTF-16 for most pages (one
    character beyond Latin-1 suffices), and converts first; encoding here and parsing UTF-8 takes
    ~8% less CPU than parsing the str, and the bytes serve `repair_html`'s check for invalid
    characters. `utf8`: `document` as UTF-8 where the caller has it (the page's own bytes, when it
    was UTF-8), so that it is not encoded again. A str that does not encode (lone surrogates) is
    repaired and parsed as trafilatura does."""
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html

    def parse(markup):
        try:
            return fromstring(markup, parser=parser)
        except (LxmlError, ValueError):  # "Document is empty", an encoding declaration in a str
            return None

    def as_utf8(text):
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            return None

    beginning = document[:50].lower()
    if utf8 is None:
        utf8 = as_utf8(document)
    repaired = repair_html(document, beginning, utf8)
    if repaired is not document:
        document, utf8 = repaired, as_utf8(repaired)
    tree = parse(document) if utf8 is None else parse(utf8)
    if tree is None or len(tree) < 1:
        tree = parse(document.encode("utf-8", "surrogatepass"))
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


# --- pruning and the fallback trigger -----------------------------------------------------------

# Elements trafilatura deletes with their subtree in every mode we use (MANUALLY_CLEANED and
# MANUALLY_STRIPPED's childless tags in trafilatura 2.3's settings.py), minus those whose early
# removal changed its output on the benchmark: noscript (some pages hold the article there),
# nav (its `nav` checks run before the deletion), template, button; form and figure, which it
# handles case by case; head, where its JSON-LD rescue reads the ld+json scripts (kept below).
PRUNED_TAGS = (
    "script", "style", "svg", "iframe", "select", "input", "link", "embed", "object", "canvas",
    "video", "audio", "picture", "map", "aside", "footer", "menu", "dialog", "label", "meta", "img",
    "col", "colgroup", "source", "track", "wbr", "area", "param",
)
_LD_JSON = "application/ld+json"
_KEPT_SCRIPT = "trafilatura-ld-json"  # a script renamed out of PRUNED_TAGS' way, then back
_LINK_TEXTS = None  # XPath, built on first use
_PAGE_CHARS = None


def prune_tree(tree) -> bool:
    """Delete PRUNED_TAGS subtrees in place (their tail text stays), in one C pass; JSON-LD
    scripts stay (trafilatura's baseline and forum detection read them). Returns trafilatura's
    `_forum_thread_page(tree)`, the same before and after (its scripts are among those kept),
    from those scripts: the sequence then needs no walk of its own over the tree to find them."""
    from lxml.etree import strip_elements

    kept = [s for s in tree.iter("script") if (s.get("type") or "").strip().lower() == _LD_JSON]
    for script in kept:
        script.tag = _KEPT_SCRIPT
    strip_elements(tree, *PRUNED_TAGS, with_tail=False)
    for script in kept:
        script.tag = "script"
    return _forum_thread(kept)


def _forum_thread(scripts) -> bool:
    """trafilatura 2.3.1's `_forum_thread_page` on these scripts (a tree's JSON-LD scripts): any
    whose type is application/ld+json (exactly, as its ElementPath predicate asks) and whose text
    says DiscussionForumPosting (its regular expression)."""
    from trafilatura.core import _DISCUSSION_FORUM_POSTING_RE

    return any(s.get("type") == _LD_JSON and s.text and _DISCUSSION_FORUM_POSTING_RE.search(s.text) for s in scripts)


def page_chars(tree) -> int:
    """Characters of the page's text, whitespace runs counted as one (XPath, in C)."""
    global _PAGE_CHARS
    if _PAGE_CHARS is None:
        from lxml.etree import XPath

        _PAGE_CHARS = XPath("string-length(normalize-space(.))")
    return int(_PAGE_CHARS(tree))


def _link_texts(tree) -> set[str]:
    global _LINK_TEXTS
    if _LINK_TEXTS is None:
        from lxml.etree import XPath

        _LINK_TEXTS = XPath("//a//text()", smart_strings=False)
    return {t for text in _LINK_TEXTS(tree) if len(t := " ".join(text.split())) > 3}


# Where a sentence can end: . ! ? (and their Arabic and Devanagari forms) before a space or the
# end of the text, and the CJK full stop, exclamation and question marks anywhere.
_SENTENCE_END = re.compile(r"[.!?\u061f\u0964](?=\s|$)|[\u3002\uff01\uff1f]")
_CJK_ENDS = "\u3002\uff01\uff1f"
_SENTENCE_MIN_WORDS = 3


def sentence_count(plain: str, enough: int | None = None) -> int:
    """Sentences in `plain` text: pieces ending in a letter and sentence punctuation with at least
    _SENTENCE_MIN_WORDS words, or ending in CJK sentence punctuation. Dates ("2.3.2024"), dotted
    abbreviations in a grid ("Mo. Di. Mi."), headlines and menu items are no sentences. With
    `enough`, counting stops there (the fallback test only needs to know whether there are)."""
    count, start = 0, 0
    for end in _SENTENCE_END.finditer(plain):
        stop = end.end()
        piece_start, start = start, stop
        if plain[stop - 1] in _CJK_ENDS:
            count += stop - piece_start > 1
        elif plain[stop - 2:stop - 1].isalpha() and \
                plain.count(" ", piece_start, stop) - (plain[piece_start:piece_start + 1] == " ") >= _SENTENCE_MIN_WORDS - 1:
            count += 1
        else:
            continue
        if enough is not None and count >= enough:
            break
    return count


# Characters trafilatura drops or that split words differently in markup and text (soft hyphens,
# zero-width spaces and joiners, BOMs).
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_PARAGRAPH_MIN_CHARS = 30  # shorter <p> (captions, bylines, buttons) do not make a main block
_PROBE_CHARS = 50


def _plain(text: str) -> str:
    """Whitespace runs as one space, invisible characters out: how texts are compared here."""
    if not text.isascii() and any(char in text for char in _INVISIBLE_CHARS):  # `in`: C, 5x the regex
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


# XPath's whitespace (normalize-space): space, tab, line feed, carriage return, nothing else
_XML_SPACE_RUNS = re.compile("[ \t\n\r]+")


def _long_paragraph(text: str) -> bool:
    """XPath's `string-length(normalize-space(text)) >= _PARAGRAPH_MIN_CHARS`, with the exact
    length only measured where its bounds leave the answer open: it is at most len(text) and at
    least the count of characters other than XPath's whitespace (each run of it becomes one
    space or none)."""
    if len(text) < _PARAGRAPH_MIN_CHARS:
        return False
    spaces = text.count(" ") + text.count("\n") + text.count("\t") + text.count("\r")
    if len(text) - spaces >= _PARAGRAPH_MIN_CHARS:
        return True
    return len(_XML_SPACE_RUNS.sub(" ", text).strip(" ")) >= _PARAGRAPH_MIN_CHARS


def main_block(tree) -> list[str]:
    """The paragraphs of the page's main block: of the <p> elements with at least
    _PARAGRAPH_MIN_CHARS characters, those under the parent whose such paragraphs hold the most
    text, as plain text (`_plain`). Empty when the page has none (text in <div>s, <br> lines).

    The paragraphs are the document's `//p[string-length(normalize-space(.)) >= 30]`, found by
    one walk that reads each paragraph's text once (`text_content`, XPath's `string(.)`): the
    XPath expression took twice as long, measuring each paragraph's text in C before the
    paragraphs kept were read again."""
    by_parent: dict = {}
    for paragraph in tree.getroottree().iter("p"):
        text = paragraph.text_content()
        if _long_paragraph(text):
            by_parent.setdefault(paragraph.getparent(), []).append(text)
    if not by_parent:
        return []
    # characters with their whitespace: only to pick the block, whose texts are then made plain
    best = max(by_parent.values(), key=lambda texts: sum(map(len, texts)))
    return [_plain(text) for text in best]


def _found_share(paragraphs: list[str], text: str) -> float:
    """Share of the paragraphs' characters in paragraphs found in `text` (both plain): a paragraph
    is found when its first or its middle _PROBE_CHARS characters are (trafilatura may drop a
    leading inline element or reflow a sentence, rarely both)."""
    total = found = 0
    for paragraph in paragraphs:
        total += len(paragraph)
        middle = max(0, len(paragraph) // 2 - _PROBE_CHARS // 2)
        if paragraph[:_PROBE_CHARS] in text or paragraph[middle:middle + _PROBE_CHARS] in text:
            found += len(paragraph)
    return found / total if total else 1.0


def fallback_reason(text: str | None, page_length: int, tree, cfg: ExtractSettings) -> str | None:
    """Why the fast-mode text should be redone with trafilatura's fallbacks, or None if not.

    ``short``: under fallback_below_chars. ``coverage``: under fallback_below_coverage of the
    page's text (the article was missed). ``cookie``: mostly lines about cookies (a consent
    notice in the container trafilatura looks at first). ``no_sentences``: fewer than
    min_sentences_per_1000 sentence ends per 1,000 characters (a calendar, an archive list, a
    price grid, a tag cloud). ``menu``: mostly short lines that are link texts of the page (a
    navigation list). ``main_block``: the page's main block (`main_block`, at least
    main_block_chars) is mostly not in the text (a teaser list or a widget was taken instead of
    the article). `tree` (the page after the fast pass) is only read by the last two tests."""
    plain = _plain(text or "")
    if len(plain) < (cfg.fallback_below_chars or 0):
        return "short"
    if page_length and len(plain) < cfg.fallback_below_coverage * page_length:
        return "coverage"
    lines = [line.strip() for line in (text or "").split("\n") if line.strip()]
    line_chars = sum(map(len, lines))
    # "cookie" is in a line's lowercase form only where it is in the whole text's (lowercasing
    # maps character by character but for the final sigma): one search over the text first
    if line_chars and "cookie" in (text or "").lower() and \
            sum(len(line) for line in lines if "cookie" in line.lower()) >= cfg.cookie_line_share * line_chars:
        return "cookie"
    needed = cfg.min_sentences_per_1000 * len(plain) / 1000
    if sentence_count(plain, enough=math.ceil(needed)) < needed:
        return "no_sentences"
    if tree is None:
        return None
    short = sum(len(line) < 40 for line in lines)
    if lines and short >= cfg.menu_short_line_share * len(lines):
        links = _link_texts(tree)
        if sum(" ".join(line.split()) in links for line in lines) >= cfg.menu_link_line_share * len(lines):
            return "menu"
    paragraphs = main_block(tree)
    if sum(map(len, paragraphs)) >= cfg.main_block_chars and \
            _found_share(paragraphs, plain) < cfg.main_block_found_share:
        return "main_block"
    return None


# --- the stage ----------------------------------------------------------------------------------


class TextExtractor(Step):
    """Raw HTML bytes -> main text, with a reason for every page it drops.

    Reasons: too_large, binary, no_text, too_short, timeout, parse_error.
    """

    name, kind, Settings = "extract", "page", ExtractSettings

    @classmethod
    def max_payload_bytes(cls, settings: ExtractSettings) -> int:
        return settings.max_html_bytes

    def __init__(self, config: ExtractSettings = ExtractSettings()):
        import trafilatura  # imported once per worker; its import takes ~0.5 s

        self.config = self.settings = config
        self._extract = trafilatura.extract
        self._sequence = sequence_for_installed() if config.skip_tree_copy else None
        self._parser = _html_parser()
        self._forum: bool | None = None  # of the tree `_tree` made last
        # Pages of this extractor by `fallback_reason` (None: the fast text was kept); benchmarks
        # read it, the pipeline does not.
        self.fallbacks: Counter = Counter()

    @classmethod
    def fingerprint(cls, settings: ExtractSettings) -> dict[str, str]:
        """The libraries whose versions change the extracted text (charset_normalizer guesses
        undeclared charsets)."""
        return versions("trafilatura", "lxml", "charset-normalizer")

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for doc in docs:
            text, decision = self.extract(doc.payload or b"", doc.charset, doc.url, doc=doc)
            decisions.append(Decision.keep(text=text) if decision.kept else decision)
        return decisions

    def extract(
        self, html: bytes, charset: str | None = None, url: str | None = None, doc: Doc | None = None
    ) -> tuple[str | None, Decision]:
        """Main text of one HTTP body, or None with the drop reason. Never raises on bad input.

        `charset` is what the Content-Type header declared (may be None or wrong); `url` only helps
        trafilatura (it is not fetched). With `doc`, the decoded page is taken from (or left in)
        its cache, where the prefilter may already have put it.
        """
        cfg = self.config
        if len(html) > cfg.max_html_bytes:
            return None, Decision.drop("too_large")
        if not html or html.isspace():
            return None, Decision.drop("no_text")
        # UTF-16/32 text is full of NUL bytes: only look for binary in ASCII-compatible payloads.
        if not is_wide_text(html, charset) and looks_binary(html):
            return None, Decision.drop("binary")
        document, codec = decoded_page(doc) if doc is not None else decode_html(html, charset)
        # The page's bytes are the document's UTF-8 where they decoded as UTF-8 without an error
        # (no U+FFFD; a page's own U+FFFD only costs the shortcut) and without a sequence cut at
        # the end, which decode_html drops (the last byte is ASCII): the parse needs no new copy.
        utf8 = html if codec == "utf-8" and html[-1] < 0x80 and "\ufffd" not in document else None
        # lxml refuses a str that carries an XML encoding declaration; the text is decoded already.
        if document.lstrip().startswith("<?xml"):
            document, utf8 = re.sub(r"^\s*<\?xml[^>]*\?>", "", document, count=1), None
        try:
            with deadline(cfg.timeout_s), (trafilatura_selectors() if cfg.xpath_selectors else nullcontext()):
                text = self._text(document, url, utf8)
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

    def _text(self, document: str, url: str | None, utf8: bytes | None = None) -> str | None:
        """Fast mode, then trafilatura's fallbacks on a fresh tree when `fallback_reason` says so
        (`utf8`: `document` as UTF-8, if known)."""
        cfg = self.config
        if cfg.fast or cfg.fallback_below_chars is None:
            tree = self._tree(document, utf8)
            return None if tree is None else self._trafilatura(tree, url, fast=cfg.fast)
        tree = self._tree(document, utf8)
        if tree is None:
            return None
        length = page_chars(tree)
        text = self._trafilatura(tree, url, fast=True, page_chars=length,
                                 recall_escalation=cfg.fast_recall_escalation)
        reason = fallback_reason(text, length, tree, cfg)
        self.fallbacks[reason] += 1
        if reason is None:
            return text
        if self._sequence is not None:  # the fast pass left the pruned tree as full mode prunes it
            return self._trafilatura(tree, url, fast=False, pruned=True)
        tree = self._tree(document, utf8)  # trafilatura.extract pruned the first one
        return None if tree is None else self._trafilatura(tree, url, fast=False)

    def _tree(self, document: str, utf8: bytes | None = None):
        """The page's tree, pruned; `self._forum`: whether it is a forum thread (trafilatura's
        test, answered by `prune_tree`) for the passes over this tree, None where not known."""
        tree = _parse_html(document, self._parser, utf8)
        self._forum = prune_tree(tree) if tree is not None and self.config.prune else None
        return tree

    def _trafilatura(self, tree, url: str | None, fast: bool, pruned: bool = False,
                     page_chars: int | None = None, recall_escalation: bool = True) -> str | None:
        """trafilatura on `tree`, which it prunes in place (`pruned`: a tree it has pruned before,
        in a fast pass of our own sequence, which leaves it as it is otherwise; `page_chars`:
        `page_chars(tree)`, if measured, for the sequence's page test; `recall_escalation`:
        False leaves out its recall escalation, only in our own sequence)."""
        cfg = self.config
        options = {
            "url": url,
            "fast": fast,
            "favor_precision": cfg.favor_precision,
            "favor_recall": cfg.favor_recall,
            "include_comments": cfg.include_comments,
            "include_tables": cfg.include_tables,
            "include_images": False,
            "include_links": False,
            "include_formatting": False,
            "output_format": "txt",
            "with_metadata": False,
            "deduplicate": False,
        }
        if self._sequence is None:
            return self._extract(tree, **options)
        return self._sequence(tree, options, pruned=pruned, page_chars=page_chars,
                              recall_escalation=recall_escalation, forum=self._forum)
