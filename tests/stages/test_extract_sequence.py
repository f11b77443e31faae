"""stages/trafilatura_sequence.py's faster copies of trafilatura 2.3.1 functions give trafilatura's
own results: `tree_cleaning` (deletion walks only for tags present), `link_density_test` (C
iterators, text length measured on a prefix), `extract_content` (its backup rebuilt only where the
wild-text recovery runs), the stoplist that hashes once, jusText's paragraphs made by one C walk
(`_paragraph_maker`), and the full pass that reuses what the
fast pass found (texts: tests/stages/test_xpaths.py compares them with trafilatura.extract's)."""
from __future__ import annotations

import sys
from copy import deepcopy
from pathlib import Path

import pytest
import trafilatura
from lxml.etree import tostring
from lxml.html import fromstring
from trafilatura import external, htmlprocessing
from trafilatura.main_extractor import extract_content as trafilaturas_extract_content

import stages.trafilatura_sequence as sequence_module
from stages.extract import (
    ExtractSettings,
    TextExtractor,
    _html_parser,
    _parse_html,
    decode_html,
    prune_tree,
)

pytestmark = pytest.mark.skipif(trafilatura.__version__ != sequence_module.SUPPORTED_VERSION,
                                reason="the copies repeat trafilatura 2.3.1")


def _options(**changes):
    options = {"url": None, "fast": True, "favor_precision": False, "favor_recall": False,
               "include_comments": False, "include_tables": True, "include_images": False,
               "include_links": False, "include_formatting": False, "output_format": "txt",
               "with_metadata": False, "deduplicate": False}
    return sequence_module.TrafilaturaSequence().options({**options, **changes})


# Nested elements of one tag (lxml's walk ends after deleting the outer one, so the later <nav>
# stays in trafilatura's tree), forms holding the article, figures holding tables, MathML, empty
# elements that prune_html cuts, a table inside a presentation table.
CLEANING_CASES = [
    "<html><body><nav>a<nav>b</nav>c</nav><p>x</p><nav>d</nav><p>y</p></body></html>",
    "<html><body><nav>a<span><nav>b</nav></span></nav><div><noscript>n</noscript>t</div><nav>e</nav></body></html>",
    "<html><head><title>t</title></head><body><form><p>" + "long text " * 40 + "</p></form>"
    "<form><input>search</form><p>after</p></body></html>",
    ("<html><body><figure><table><tr><td>c</td></tr></table></figure><table role='presentation'>"
     "<tr><td><table><tr><td>in</td></tr></table></td></tr></table><p><b></b>t<i></i></p></body></html>"),
    ("<html><body><p>f <math alttext='x^2'><mi>x</mi></math> tail</p><time>today</time><button>b</button>"
     "<textarea>ta</textarea><p>end</p></body></html>"),
    "<html><body><div><aside>a</aside><p>p1</p><aside>b<aside>c</aside></aside><aside>d</aside></div></body></html>",
]


@pytest.mark.parametrize("html", CLEANING_CASES)
@pytest.mark.parametrize("changes", [{}, {"favor_recall": True}, {"include_tables": False}],
                         ids=["balanced", "recall", "no_tables"])
def test_tree_cleaning_equals_trafilaturas(html, changes):
    options = _options(**changes)
    if changes.get("favor_recall"):
        options.focus = "recall"
    ours = sequence_module.tree_cleaning(fromstring(html), options)
    theirs = htmlprocessing.tree_cleaning(fromstring(html), options)
    assert tostring(ours) == tostring(theirs)


@pytest.fixture(scope="module")
def converted_trees(shared_data):
    """Cleaned and converted trees (trafilatura's own functions) of every 9th dev page."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from _warc_input import dev_pages

    parser, options, trees = _html_parser(), _options(), []
    for _, html, charset in dev_pages()[::9]:
        tree = _parse_html(decode_html(html, charset)[0], parser)
        if tree is not None:
            prune_tree(tree)
            trees.append(htmlprocessing.convert_tags(htmlprocessing.tree_cleaning(tree, options), options))
    return trees


# The branches of link_density_test: one long link, a few links, a link farm, a paragraph listing,
# whitespace runs that shrink a prefix (indentation), an image container, no links.
LINK_CASES = [
    "<div><ref>" + "a long link text " * 20 + "</ref> and a little more</div>",
    "<div><p>" + "plain words " * 100 + "<ref>one</ref></p></div>",
    "<div>" + "<ref>short</ref> " * 3 + "x" * 50 + "</div><p>next</p>",
    "<div>" + "<ref>link number</ref>\n" * 40 + "</div>",
    "<div>" + "".join(f"<p><ref>{'item ' * 30}</ref></p>" for _ in range(6)) + "</div>",
    "<div>" + " " * 5000 + "<ref>a</ref>" + "\n\t " * 3000 + "<ref>b</ref> text</div>",
    "<div>" + "<ref>menu</ref>" * 8 + "w " * 400 + "</div><div>after</div>",
    "<div><graphic src='x'/><ref>img link</ref></div>",
    "<p>no links here</p>",
    "<list><item><ref>one</ref></item><item><ref>two</ref></item><item><ref>three</ref></item></list>",
]


def test_link_density_test_equals_trafilaturas(converted_trees):
    with sequence_module._faster_functions():  # binds trafilatura's helpers
        pass
    trees = converted_trees + [fromstring(f"<html><body>{case}</body></html>") for case in LINK_CASES]
    compared = 0
    for tree in trees:
        for element in tree.iter("div", "list", "p", "head", "quote", "table"):
            for precision in (False, True):
                assert sequence_module.link_density_test(element, precision) == \
                    htmlprocessing.link_density_test(element, precision), tostring(element)[:200]
                compared += 1
    assert compared > 1000


def test_extract_content_equals_trafilaturas(converted_trees):
    recovered = 0
    for tree in converted_trees + [fromstring("<html><body><div><span>only a short wild text</span></div></body></html>")]:
        for fast in (True, False):
            options = _options(fast=fast)
            body, text, did_recover = sequence_module.extract_content(
                deepcopy(tree), options, rebuild=lambda tree=tree: deepcopy(tree))
            their_body, their_text = trafilaturas_extract_content(deepcopy(tree), options)
            assert (tostring(body), text) == (tostring(their_body), their_text)
            recovered += did_recover
    assert recovered >= 2  # the recovery path (rebuilt backup) was taken


# Sections the overall prune guard keeps (most of the text), captions and teasers inside
# deleted subtrees, nested matches, an empty element next to one with only children.
SECTION_CASES = [
    ("<html><body><div class='content'><div class='sidebar'><div class='caption'>c</div>"
     "<p class='teaser'>t</p></div><p>" + "body text " * 30 + "</p><div id='teaser'><div class='teaser'>"
     "n</div></div><span class='image-caption'>ic</span><div class='related'>r</div></div></body></html>"),
    ("<html><body><div class='navigation'><p>" + "most of the page " * 40 + "</p></div>"
     "<div class='caption'>c</div><div><span></span><b><i></i></b></div></body></html>"),
]


@pytest.mark.parametrize("changes", [{}, {"fast": False}, {"favor_recall": True}, {"favor_precision": True}],
                         ids=["fast", "full", "recall", "precision"])
def test_prune_unwanted_sections_equals_trafilaturas(converted_trees, changes):
    from trafilatura import main_extractor
    from trafilatura.settings import TAG_CATALOG

    from stages.xpaths import trafilatura_selectors

    options = _options(**changes)
    if changes.get("favor_recall"):
        options.focus = "recall"
    trees = converted_trees + [htmlprocessing.convert_tags(fromstring(html), options) for html in SECTION_CASES]
    compared = 0
    for tree in trees:
        for tags in (set(TAG_CATALOG), {*TAG_CATALOG, "graphic", "table"}):
            for keep_teasers in (False, True):
                with trafilatura_selectors():
                    ours = sequence_module.prune_unwanted_sections(deepcopy(tree), set(tags), options, keep_teasers)
                theirs = main_extractor.prune_unwanted_sections(deepcopy(tree), set(tags), options, keep_teasers)
                assert tostring(ours) == tostring(theirs), tostring(tree)[:200]
                compared += 1
    assert compared > 100
    with sequence_module._faster_functions():
        assert main_extractor.prune_unwanted_sections is sequence_module.prune_unwanted_sections
    assert main_extractor.prune_unwanted_sections is not sequence_module.prune_unwanted_sections


def test_prune_html_equals_trafilaturas(converted_trees):
    trees = converted_trees + [fromstring(html) for html in CLEANING_CASES + SECTION_CASES]
    for tree in trees:
        for focus in ("balanced", "precision"):
            ours = sequence_module.prune_html(deepcopy(tree), focus)
            assert tostring(ours) == tostring(htmlprocessing.prune_html(deepcopy(tree), focus))


# Text around and inside comments and processing instructions (tails only count), <br><br>
# paragraph breaks, links, headings, a namespaced tag, blank text, an empty page.
PARAGRAPH_CASES = [
    "<html><body><p>one <a href='#'>link text</a> two</p><div>three<br><br>four<br>five</div></body></html>",
    ("<html><body><h2>Title</h2><p>A sentence with the words of the page.</p>  \n <select><option>x</option>"
    "</select><p>\u00a9 2024</p></body></html>"),
    "<div>lead<p>para</p>tail of p<span>inline</span>end</div>",
    "<html><body><p>x</p></body></html>",
    "<html><body></body></html>",
]


def _paragraphs(maker, tree, stoplist):
    from justext.core import classify_paragraphs, revise_paragraph_classification

    paragraphs = maker.make_paragraphs(tree)
    classify_paragraphs(paragraphs, stoplist, 50, 150, 0.1, 0.2, 0.25, True)  # as trafilatura calls them
    revise_paragraph_classification(paragraphs, 150)
    return [(p.text, p.dom_path, p.tags_count, p.chars_count_in_links, p.words_count, p.class_type)
            for p in paragraphs]


def test_paragraph_maker_equals_justexts(converted_trees):
    from justext.core import ParagraphMaker
    from lxml.etree import Comment, ProcessingInstruction, SubElement

    stoplist = external.JT_STOPLIST or external.jt_stoplist_init()
    ours = sequence_module._paragraph_maker()
    crafted = [fromstring(html) for html in PARAGRAPH_CASES]
    odd = fromstring("<html><body><p>before</p><div>in div</div></body></html>")
    body = odd.find("body")
    comment, instruction = Comment("c"), ProcessingInstruction("pi", "x")
    body.insert(1, comment)
    comment.tail = "comment tail"
    body[2].append(instruction)
    instruction.tail = "pi tail"
    SubElement(body, "{urn:x}p").text = "namespaced"
    trees = crafted + [odd] + converted_trees
    for tree in trees:
        expected = _paragraphs(ParagraphMaker, deepcopy(tree), stoplist)
        assert _paragraphs(ours, deepcopy(tree), stoplist) == expected, tostring(tree)[:200]
    assert any(row[0] == "comment tail" or "comment tail" in row[0]
               for row in _paragraphs(ours, odd, stoplist))
    with sequence_module._faster_functions():
        assert external.ParagraphMaker is sequence_module._PARAGRAPH_MAKER
    assert external.ParagraphMaker is ParagraphMaker


def test_text_content_equals_lxmls(converted_trees):
    from lxml.etree import Comment
    from lxml.html import HtmlElement

    tree = _parse_html("<html><body><p>a <b>b</b> c</p><a href='x'>link &amp; more</a><i></i>"
                       "<td> \u00a0 </td><p><span>only</span></p>tail</body></html>", _html_parser())
    empty_text = tree.find(".//i")
    empty_text.text = ""
    tree.find(".//td").append(Comment("c"))  # a comment child: not a leaf for len()
    checked = 0
    for root in [tree, *converted_trees]:
        for element in root.iter():
            if isinstance(element, HtmlElement):
                assert element.text_content() == HtmlElement.text_content(element), tostring(element)[:100]
                checked += 1
    assert type(tree.find(".//a")).text_content is not HtmlElement.text_content
    assert checked > 1000


def test_stoplist_hashes_once_and_is_restored():
    stoplist = external.JT_STOPLIST or external.jt_stoplist_init()
    hashed = sequence_module._HashedOnce(stoplist)
    assert hashed == stoplist and hash(hashed) == hash(stoplist) and hash(hashed) == hash(hashed)
    with sequence_module._faster_functions():
        assert isinstance(external.JT_STOPLIST, sequence_module._HashedOnce)
        assert htmlprocessing.link_density_test is sequence_module.link_density_test
    assert external.JT_STOPLIST is stoplist
    assert htmlprocessing.link_density_test is not sequence_module.link_density_test


def test_full_pass_reuses_the_fast_passs_main_extraction(shared_data, monkeypatch):
    """On pages the fast text sends to the fallbacks, the full pass calls the main extractor only
    where the fast pass's wild-text recovery ran (texts: test_xpaths compares them)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from _boilerplate_pages import boilerplate_pages

    calls = []
    original = sequence_module.extract_content

    def counted(tree, options, rebuild=None):
        result = original(tree, options, rebuild)
        calls.append((options.fast, options.focus, result[2]))
        return result

    monkeypatch.setattr(sequence_module, "extract_content", counted)
    extractor = TextExtractor(ExtractSettings())
    redone = reused = 0
    for page in boilerplate_pages("tuning", 40):
        calls.clear()
        before = sum(n for reason, n in extractor.fallbacks.items() if reason)
        extractor.extract(page.html, url="https://example.org/a")
        if sum(n for reason, n in extractor.fallbacks.items() if reason) == before:
            continue
        redone += 1
        fast_main = [c for c in calls if c[0] and c[1] == "balanced"]
        full_main = [c for c in calls if not c[0] and c[1] == "balanced"]
        assert len(fast_main) == 1
        assert len(full_main) == (1 if fast_main[0][2] else 0)
        reused += not full_main
    assert redone >= 8 and reused >= redone // 2


def test_fast_pass_leaves_out_the_recall_escalation(shared_data, monkeypatch):
    """The default's fast pass runs without trafilatura's recall escalation, its full pass (the
    fallbacks) with it; fast_recall_escalation=True puts it back in the fast pass."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from _boilerplate_pages import boilerplate_pages

    calls, covered = [], []
    original_sequence, original_covers = sequence_module.sequence, sequence_module._covers_little

    def recorded(tree, options, url, pruned=False, memo=None, recall_escalation=True, forum=None):
        calls.append((options.fast, recall_escalation))
        return original_sequence(tree, options, url, pruned, memo, recall_escalation, forum)

    def page_test(tree, text, memo=None):
        covered.append(calls[-1][0])
        return original_covers(tree, text, memo)

    monkeypatch.setattr(sequence_module, "sequence", recorded)
    monkeypatch.setattr(sequence_module, "_covers_little", page_test)
    pages = boilerplate_pages("tuning", 40)
    for escalate in (False, True):
        calls.clear()
        covered.clear()
        extractor = TextExtractor(ExtractSettings(fast_recall_escalation=escalate))
        for page in pages:
            extractor.extract(page.html, url="https://example.org/a")
        assert {escalation for fast, escalation in calls if fast} == {escalate}
        assert {escalation for fast, escalation in calls if not fast} == {True}
        assert sum(not fast for fast, _ in calls) >= 8  # pages redone in full mode
        # the page test of the escalation only where it may run: never in the default's fast pass
        assert (True in covered) == escalate and False in covered
