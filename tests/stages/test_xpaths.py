"""stages/xpaths.py: trafilatura's XPath expressions evaluated as tree walks must select exactly
the elements lxml's XPath selects (same elements, same order), on crafted edge cases and during
real extractions of dev pages in every trafilatura mode; and stages/extract.py's shortcuts around
trafilatura (no tree copy, the UTF-8 check of repair_html) must give the same texts."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import trafilatura
from lxml.html import fromstring
from trafilatura.utils import repair_faulty_html

from stages import xpaths
from stages.extract import ExtractSettings, TextExtractor, decode_html, repair_html

# Every expression of trafilatura 2.3.1 whose evaluation made extraction slow (the two left,
# `(.//article)[1]` and BODY_XPATH's last, call no Python and take < 0.5% of it).
EXPECTED_REPLACED = 12


def _same(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def test_installed_trafilaturas_expressions_are_recognised():
    if trafilatura.__version__ != "2.3.1":
        pytest.skip(f"selectors were written against trafilatura 2.3.1, found {trafilatura.__version__}")
    assert len(xpaths.replaced_expressions()) == EXPECTED_REPLACED


def test_unknown_expression_is_left_to_lxml():
    from lxml.etree import XPath

    assert xpaths.selector_for(XPath(".//div[re:test(@class, 'x')]",
                                     namespaces={"re": "http://exslt.org/regular-expressions"})) is None
    assert xpaths.selector_for(object()) is None


# Attribute order, attributes present but empty, case, nesting, first-per-parent positions.
EDGE_CASES = """<html><body>
<div id="" class="cookie-banner">a</div><div class="cookie-banner" id="">b</div>
<div class="" id="footer-x">c</div><div id="footer-x" class="">d</div>
<div id="main-nav" class="x">e</div><section class="sidebar"><p class="share-">f</p></section>
<span style="display:none" id="hidden-x">g</span><p style="x" id="hidden">h</p><p id="x" style="hidden">i</p>
<div aria-hidden="true">j</div><div class="comments-title">k</div><div id="reply-1" class="r">l</div>
<div class="reply-2" id="r">m</div><div role="Navigation">n</div><div data-lp-replacement-content="">o</div>
<div data-component="xMostPopularStoriesx">p</div><div id="Teaser">q</div><div class="image-caption">r</div>
<div class="post"><div class="post"><p>s</p></div><div class="entry">t</div></div><div class="entry">u</div>
<article class="article-body">v</article><section class="FullText">w</section><main id="content">x</main>
<div class="Page-Content">y</div><div id="Main-Content">z</div><div class="infinite-scroll"><h1>T</h1></div>
<div class="infinite-scroll">aa</div><div id="mvp-post-add-box"><h1>T</h1></div>
<div class="elementor-share-buttons">bb</div><ul id="comments">cc</ul><ul class="x">dd</ul>
<details class="comment">ee</details><ol id="commentary">ff</ol><div class="CookieConsent">gg</div>
<aside>hh</aside><template>ii</template><div class="footer">jj</div><div class="Footer">kk</div>
<div class="post-body"><div class="post-body">ll</div></div><div class="story">mm</div>
</body></html>"""


def test_selectors_equal_xpath_on_edge_cases():
    tree = fromstring(EDGE_CASES)
    checked = 0
    for _, _, original, selector in xpaths.replacements():
        assert _same(selector(tree), original(tree)), original.path
        for element in tree.iter("div", "section", "article"):  # every subtree as context node
            assert _same(selector(element), original(element)), original.path
        checked += 1
    assert checked == len(xpaths.replaced_expressions())


def test_lists_are_restored_after_the_block_and_on_error():
    from trafilatura import xpaths as trafilatura_xpaths

    before = list(trafilatura_xpaths.OVERALL_DISCARD_XPATH)
    baseline_module = sys.modules["trafilatura.baseline"]
    basic_clean = baseline_module.BASIC_CLEAN_XPATH
    with pytest.raises(RuntimeError), xpaths.trafilatura_selectors():
        assert any(isinstance(x, xpaths.Selector) for x in trafilatura_xpaths.OVERALL_DISCARD_XPATH)
        raise RuntimeError
    assert trafilatura_xpaths.OVERALL_DISCARD_XPATH == before
    assert baseline_module.BASIC_CLEAN_XPATH is basic_clean


class _Checked:
    """Runs both the XPath and its Selector, records any difference, returns the XPath's."""

    def __init__(self, original, selector, differences):
        self.original, self.selector, self.differences, self.path = original, selector, differences, original.path

    def __call__(self, tree):
        expected = self.original(tree)
        if not _same(self.selector(tree), expected):
            self.differences.append(self.path)
        return expected


@pytest.fixture(scope="module")
def dev_pages(shared_data):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from _warc_input import dev_pages as pages

    return pages()[::7]  # ~126 of the 883: extraction benchmark, sample languages, real WARC pages


def test_selectors_equal_xpath_during_extraction_of_dev_pages(dev_pages):
    differences: list[str] = []
    swaps = xpaths.replacements()
    for container, key, original, selector in swaps:
        xpaths.set_expression(container, key, _Checked(original, selector, differences))
    try:
        ours = TextExtractor(ExtractSettings(xpath_selectors=False))
        for _, html, charset in dev_pages:
            ours.extract(html, charset)
            document = decode_html(html, charset)[0]
            trafilatura.extract(document, include_comments=False)  # its fallbacks and recall retry
            trafilatura.extract(document, favor_precision=True)
    finally:
        for container, key, original, _ in swaps:
            xpaths.set_expression(container, key, original)
    assert differences == []


def test_shortcuts_give_trafilaturas_texts_on_dev_pages(dev_pages):
    # the plain side (trafilatura.extract) escalates in its fast pass too
    fast = TextExtractor(ExtractSettings(fast_recall_escalation=True))
    plain = TextExtractor(ExtractSettings(xpath_selectors=False, skip_tree_copy=False))
    for key, html, charset in dev_pages:
        ours, theirs = fast.extract(html, charset, url="https://example.org/a"), plain.extract(
            html, charset, url="https://example.org/a")
        assert (ours[0], ours[1].reason) == (theirs[0], theirs[1].reason), key


@pytest.mark.parametrize("document", [
    "<!DOCTYPE html/>\n<html><body><p>x\x01y\x1f</p></body></html>",
    "<html/>\n<body>\ufffe text \uffff</body>",
    "<html><body>\x00\x08\x0b\x0c\x0e tab\there\r\nnew</body></html>",
    "<!doctype html>\n<html>\n<body><p>clean ünïcödé 日本語</p></body>\n</html>",
    "<html xmlns='x'/><body>plain</body>",
    "<!DOCTYPE html><html><body>no newline at all</body></html>",
    "<!DOCTYPE html/><html><body>a repaired doctype, no newline</body></html>",
    "<!doctype html PUBLIC '-//W3C//DTD XHTML 1.0//EN' />  <html>\r\n<body>x</body></html>",
    "<!DOCTYPE html>\n<html/>\n<body>self-closing html on the second line</body>",
    "<!DOCTYPE html>\n",
])
def test_repair_html_equals_trafilaturas(document):
    beginning = document[:50].lower()
    expected = repair_faulty_html(document, beginning)
    assert repair_html(document, beginning, document.encode("utf-8")) == expected
    assert repair_html(document, beginning, None) == expected
    if expected == document:  # nothing to repair: the same object, so the parser reuses its bytes
        assert repair_html(document, beginning, document.encode("utf-8")) is document


@pytest.mark.parametrize("settings", [{"fast": True}, {"fallback_below_chars": None}, {},
                                      {"favor_precision": True}, {"include_comments": True}],
                         ids=["fast", "full", "default", "precision", "comments"])
def test_shortcut_sequence_gives_trafilaturas_texts_on_pages_that_fall_back(shared_data, settings):
    """stages/trafilatura_sequence.py (no backup copy in fast mode, the html2txt bound, the
    fallback starting from the fast pass's tree) against trafilatura.extract on a fresh parse,
    on pages where the fast text is often boilerplate and the fallbacks run."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from _boilerplate_pages import boilerplate_pages

    # fast_recall_escalation: trafilatura.extract (the plain side) always escalates; the default
    # leaves it out of the fast pass (test_extract_sequence.py), which is not trafilatura's text
    ours = TextExtractor(ExtractSettings(fast_recall_escalation=True, **settings))
    plain = TextExtractor(ExtractSettings(skip_tree_copy=False, **settings))
    for page in boilerplate_pages("tuning", 40):
        assert ours.extract(page.html, url="https://example.org/a")[0] == \
            plain.extract(page.html, url="https://example.org/a")[0], page.key
    if settings == {}:
        assert sum(n for reason, n in ours.fallbacks.items() if reason) >= 8


# Later expressions matching inside what an earlier one deletes, an element two expressions match,
# nested matches of one expression, a comment list (ul) whose test reads the tag, the h1 exception.
PRUNE_CASES = [
    EDGE_CASES,
    ("<html><body><div class='infinite-scroll'><div class='elementor-share-buttons'>a</div>"
     "<div id='comments'>b</div></div>tail<div id='comments'><div id='comments'>c</div>d</div>"
     "<section class='elementor-share-buttons comments'>e</section><ul id='comments'><li>f</li></ul>"
     "<div class='infinite-scroll'><h1>kept</h1><div class='comments'>g</div></div></body></html>"),
]


def _raw_trees(pages) -> list:
    from stages.extract import _html_parser, _parse_html, prune_tree

    parser, trees = _html_parser(), []
    for _, html, charset in pages:
        tree = _parse_html(decode_html(html, charset)[0], parser)
        if tree is not None:
            prune_tree(tree)
            trees.append(tree)
    return trees


def test_one_walk_finds_what_each_selector_finds(dev_pages):
    selectors = [s for _, _, _, s in xpaths.replacements() if s.mode == "all"]
    assert len(selectors) >= 8
    for tree in [fromstring(case) for case in PRUNE_CASES] + _raw_trees(dev_pages):
        found = xpaths.matches_in_one_walk(tree, selectors)
        for selector, matches in zip(selectors, found, strict=True):
            assert _same(matches, selector(tree)), selector.path
    first = next(s for _, _, _, s in xpaths.replacements() if s.mode != "all")
    assert xpaths.matches_in_one_walk(fromstring(EDGE_CASES), [selectors[0], first]) is None


def test_prune_in_turn_deletes_what_trafilatura_deletes(dev_pages):
    from copy import deepcopy

    from lxml.etree import tostring
    from trafilatura import xpaths as trafilatura_xpaths
    from trafilatura.htmlprocessing import prune_unwanted_nodes

    lists = (trafilatura_xpaths.RAW_TREE_PRUNE_XPATH, trafilatura_xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH,
             trafilatura_xpaths.OVERALL_DISCARD_XPATH, trafilatura_xpaths.DISCARD_IMAGE_ELEMENTS,
             trafilatura_xpaths.TEASER_DISCARD_XPATH)
    originals = [list(expressions) for expressions in lists]
    with xpaths.trafilatura_selectors():
        selectors = [list(expressions) for expressions in lists]
    compared = deleted = 0
    for tree in [fromstring(case) for case in PRUNE_CASES] + _raw_trees(dev_pages):
        for first, second in ((0, 1), (2, 3), (3, 4), (1, 0)):
            ours, theirs = deepcopy(tree), deepcopy(tree)
            for expressions in (originals[first], originals[second]):
                theirs = prune_unwanted_nodes(theirs, expressions)
            done = xpaths.prune_in_turn(ours, selectors[first] + selectors[second])
            # the h1 test of RAW_TREE_PRUNE's first expression reads descendants: first only
            assert done == (second != 0)
            if done:
                assert tostring(ours) == tostring(theirs)
                compared += 1
                deleted += len(tostring(tree)) > len(tostring(ours))
    assert compared > 100 and deleted > 20


# The str trafilatura parses, against the UTF-8 bytes we parse: charsets declared in the page
# (ignored: the parser's encoding is UTF-8 either way), Latin-1-only, BMP and astral text (the
# three buffer widths of a str), characters libxml2 refuses, a lone surrogate (not encodable), an
# XML declaration (a str with one is refused), repairs, an empty page, a fragment.
PARSE_CASES = [
    "<html><head><meta charset='windows-1252'></head><body><p>caf\u00e9 cr\u00e8me \u201cquoted\u201d</p></body></html>",
    ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'></head>"
     "<body><p>\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8</p></body></html>"),
    "<meta charset='utf-16'><p>wide declared</p><p>two</p>",
    "<html><body><p>\u00c4rger \u00fcber \u00f6l</p><p>latin-1 only</p></body></html>",
    "<html><body><p>astral \U0001f600 text \U00010348</p><div>\u00e9</div></body></html>",
    "<html><body><p>ctrl\x00\x01\x1f chars \ufffe\uffff</p><p>x</p></body></html>",
    "<html><body><p>lone \ud800 surrogate</p><p>y</p></body></html>",
    "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>x\u00e9</p><p>y</p></body></html>",
    "<!DOCTYPE html/><html/>\n<body><p>a</p><p>b \u2014 c</p></body>",
    "<!doctype html><html><body><p>no newline \u2019</p></body></html>",
    "",
    "<p>only a fragment</p>",
]


@pytest.mark.parametrize("document", PARSE_CASES)
def test_parse_html_builds_trafilaturas_tree(document):
    from lxml.etree import tostring
    from trafilatura.utils import load_html

    from stages.extract import _html_parser, _parse_html

    ours, theirs = _parse_html(document, _html_parser()), load_html(document)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert tostring(ours, encoding="unicode") == tostring(theirs, encoding="unicode")
