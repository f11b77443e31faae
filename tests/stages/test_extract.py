"""stages/extract.py: decoding, drop reasons, the CPU-time deadline, the fallback trigger, and F1 on
trafilatura's benchmark.

`python -m tests.stages.test_extract [config ...]` (from the repo root) scores every page of
../shared/data/extraction for the named configs (default, precision, recall, fast, comments,
no_tables) and prints P/R/F1 and pages per CPU second (one core); that is how ExtractSettings's defaults were chosen.
"""
from __future__ import annotations

import json
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stages.extract import (
    ExtractionTimeout,
    ExtractSettings,
    TextExtractor,
    deadline,
    decode_html,
    fallback_reason,
    looks_binary,
    main_block,
    page_chars,
    prune_tree,
    sentence_count,
)

REASONS = {"timeout", "no_text", "too_short", "too_large", "parse_error", "binary"}

ARTICLE = (
    "<!DOCTYPE html><html><head><title>Test</title>{meta}</head><body>"
    "<nav><a href='/'>Home</a> | <a href='/about'>About us</a> | <a href='/contact'>Contact</a></nav>"
    "<article><h1>Café society in Zürich</h1>"
    "<p>Der Kaffeehausbesitzer öffnete um sieben Uhr morgens; die ersten Gäste bestellten Milchkaffee "
    "und Croissants, während draußen die Straßenbahn über die Brücke ratterte.</p>"
    "<p>Naïve visitors expect crème brûlée everywhere, but the façade of the old café hides a simple "
    "menu: bread, cheese, coffee and a slice of apple cake with whipped cream for five francs.</p>"
    "<p>By noon the terrace is full. Students, pensioners and tourists share the long wooden tables "
    "and argue about football, politics and the weather, in four languages at once.</p>"
    "</article><footer>© 2024 Example Media. All rights reserved.</footer></body></html>"
)


def page(encoding: str = "utf-8", meta: str = "") -> bytes:
    return ARTICLE.format(meta=meta).encode(encoding)


@pytest.fixture(scope="module")
def extractor() -> TextExtractor:
    return TextExtractor(ExtractSettings())


# --- decoding ------------------------------------------------------------------------------------


def test_decode_declared_charset():
    text, codec = decode_html(page("cp1252"), "windows-1252")
    assert "Zürich" in text and codec == "cp1252"


def test_decode_iso_8859_1_label_means_windows_1252():
    # 0x93/0x94 are curly quotes in windows-1252 but C1 controls in Python's latin-1.
    text, _ = decode_html(b"<p>\x93quoted\x94 caf\xe9</p>", "ISO-8859-1")
    assert text == "<p>\u201cquoted\u201d café</p>"


def test_decode_labels_mean_their_browser_supersets():
    # "镕" is GBK, not GB2312: pages labelled gb2312 are GBK in practice.
    assert decode_html("<p>朱镕基总理</p>".encode("gbk"), "gb2312") == ("<p>朱镕基总理</p>", "gb18030")
    assert decode_html("<p>①髙</p>".encode("cp932"), "Shift_JIS")[0] == "<p>①髙</p>"


def test_decode_wrong_declared_charset_utf8_body_claimed_latin1():
    text, codec = decode_html(page("utf-8"), "iso-8859-1")
    assert "Zürich" in text and "Ã" not in text and codec == "utf-8"


def test_decode_wrong_declared_charset_latin1_body_claimed_utf8_uses_meta():
    body = page("cp1252", meta='<meta charset="windows-1252">')
    text, codec = decode_html(body, "utf-8")
    assert "Zürich" in text and codec == "cp1252"


def test_decode_wrong_declared_charset_without_meta_is_detected():
    text, _ = decode_html(page("cp1252"), "utf-8")
    assert "Zürich" in text and "öffnete" in text


def test_decode_http_equiv_meta_and_unknown_label():
    body = page("cp1252", meta='<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    text, _ = decode_html(body, "x-no-such-charset")
    assert "brûlée" in text


def test_decode_boms():
    assert decode_html(b"\xef\xbb\xbf<p>\xc3\xa9</p>", "latin-1") == ("<p>é</p>", "utf-8-sig")
    assert decode_html("<p>é</p>".encode("utf-16"), None)[0] == "<p>é</p>"


def test_decode_mostly_utf8_with_stray_latin1_byte_stays_utf8():
    body = ("<p>" + "Grüße aus Köln, schöne Straße. " * 20 + "</p>").encode("utf-8") + b"<p>caf\xe9</p>"
    text, codec = decode_html(body, None)
    assert codec == "utf-8" and "Grüße" in text and "caf\ufffd" in text


def test_decode_utf8_cut_mid_character():
    body = page("utf-8")
    cut = body.index("Zürich".encode()) + 2  # inside the two bytes of "ü"
    text, codec = decode_html(body[:cut], None)
    assert codec == "utf-8" and text.endswith("Z")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from(
    [None, "utf-8", "latin-1", "shift_jis", "utf-16", "utf-7", "bogus", "", "base64", "zlib", "rot13", "hex"]))
def test_decode_never_raises(data, charset):
    text, codec = decode_html(data, charset)
    assert isinstance(text, str) and isinstance(codec, str)


def test_looks_binary():
    assert looks_binary(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert looks_binary(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert looks_binary(bytes(range(256)) * 16)
    assert not looks_binary(page("utf-8"))
    assert not looks_binary(page("cp1252"))
    assert not looks_binary("<p>日本語のテキストです</p>".encode("shift_jis"))
    assert not looks_binary(b"")


# --- drop reasons --------------------------------------------------------------------------------


def test_keeps_article_and_drops_boilerplate(extractor):
    text, decision = extractor.extract(page("utf-8"), "utf-8", url="https://example.com/cafe")
    assert decision.kept and decision.reason is None
    assert "Der Kaffeehausbesitzer öffnete um sieben Uhr morgens" in text
    assert "in four languages at once." in text
    assert "All rights reserved" not in text and "About us" not in text


def test_keeps_article_with_wrong_declared_charset(extractor):
    text, decision = extractor.extract(page("utf-8"), "iso-8859-1")
    assert decision.kept and "crème brûlée" in text


@pytest.mark.parametrize("body", [b"", b"   \r\n\t  "])
def test_empty_body_is_no_text(extractor, body):
    text, decision = extractor.extract(body, "utf-8")
    assert (text, decision.reason) == (None, "no_text")


@pytest.mark.parametrize(
    "body",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x01" * 500, b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4,
     bytes(range(256)) * 40],
)
def test_binary_payload(extractor, body):
    text, decision = extractor.extract(body, "utf-8")
    assert (text, decision.reason) == (None, "binary")


def test_utf16_page_is_not_binary(extractor):
    text, decision = extractor.extract(page("utf-16"), None)
    assert decision.kept and "Zürich" in text
    text, decision = extractor.extract(page("utf-16-le"), "utf-16le")
    assert decision.kept and "Zürich" in text


def test_markup_without_text_is_no_text(extractor):
    for body in [b"<html><head><title>x</title></head><body></body></html>", b"<", b"<html", b"<!DOCTYPE html>"]:
        assert extractor.extract(body)[1].reason == "no_text", body


def test_short_text_is_too_short(extractor):
    text, decision = extractor.extract(b"<html><body><article><p>Just one short line here.</p></article></body></html>")
    assert (text, decision.reason) == (None, "too_short")
    text, decision = TextExtractor(ExtractSettings(min_text_chars=0)).extract(
        b"<html><body><article><p>Just one short line here.</p></article></body></html>"
    )
    assert decision.kept and text == "Just one short line here."


def test_huge_page_is_too_large_without_parsing(extractor):
    huge = page("utf-8") + b"<p>" + b"padding " * (ExtractSettings().max_html_bytes // 8) + b"</p>"
    started = time.perf_counter()
    assert extractor.extract(huge)[1].reason == "too_large"
    assert time.perf_counter() - started < 0.5
    _, decision = TextExtractor(ExtractSettings(max_html_bytes=len(huge) + 1, timeout_s=0)).extract(
        page("utf-8") * 50
    )
    assert decision.kept


def test_truncated_html(extractor):
    body = page("utf-8")
    cut = body.index("Straßenbahn".encode()) + 5  # inside the two bytes of "ß", no closing tags
    text, decision = extractor.extract(body[:cut])
    assert decision.reason == "too_short"  # only the first paragraph is left, under 250 chars
    text, decision = TextExtractor(ExtractSettings(min_text_chars=0)).extract(body[:cut])
    assert decision.kept and text.startswith("Café society in Zürich\nDer Kaffeehausbesitzer") and text.endswith("Stra")
    text, decision = extractor.extract(body[: body.index(b"</article>")])
    assert decision.kept and "argue about football" in text


def test_xml_declaration_page(extractor):
    body = b'<?xml version="1.0" encoding="utf-8"?>\n' + page("utf-8")
    text, decision = extractor.extract(body)
    assert decision.kept and "Zürich" in text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<table><tr><td>", "text words here ", "<!--",
                                 "-->", "<script>", "&#0;", "\x00", "<?xml ?>", "é", "<article>", "<br>"]),
                max_size=200))
def test_every_input_gets_one_decision(tokens):
    text, decision = TextExtractor(ExtractSettings(min_text_chars=0)).extract("".join(tokens).encode("utf-8"))
    assert decision.kept == (text is not None)
    assert decision.kept or decision.reason in REASONS
    assert text is None or text.strip() == text != ""


# --- pruning and the fallback trigger -------------------------------------------------------------


def tree_of(markup: str):
    from lxml.html import fromstring

    return fromstring(markup)


def test_prune_tree_cuts_non_content_but_keeps_tails_and_json_ld():
    tree = tree_of("<html><head><script type='application/ld+json'>{\"articleBody\": \"x\"}</script>"
                   "<script>var a = 1;</script><style>p {}</style></head><body><p>one<svg><path/></svg> two"
                   "<select><option>a</option></select> three</p><aside>side</aside><footer>foot</footer></body></html>")
    prune_tree(tree)
    assert tree.text_content().replace("{\"articleBody\": \"x\"}", "") == "one two three"
    assert [s.get("type") for s in tree.iter("script")] == ["application/ld+json"]


@pytest.mark.parametrize("scripts, forum", [
    ('<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "x"}</script>', True),
    ('<script type="application/ld+json">{"@type" : ["WebPage", "DiscussionForumPosting"]}</script>', True),
    ('<script type="application/ld+json">{"@type": "Article", "about": "DiscussionForumPosting"}</script>', False),
    # prune_tree keeps this script (type read loosely), trafilatura's predicate does not match it
    ('<script type=" Application/LD+JSON ">{"@type": "DiscussionForumPosting"}</script>', False),
    ('<script>var x = {"@type": "DiscussionForumPosting"};</script>', False),
    (('<script type="application/ld+json"></script><script type="application/ld+json">'
      '{"@graph": [{"@type": "DiscussionForumPosting"}]}</script>'), True),
    ("", False),
])
def test_prune_tree_answers_trafilaturas_forum_test(scripts, forum):
    from trafilatura.core import _forum_thread_page

    markup = f"<html><head>{scripts}</head><body><div><p>text</p>{scripts}</div></body></html>"
    assert _forum_thread_page(tree_of(markup)) is forum
    assert prune_tree(tree_of(markup)) is forum


def test_page_bytes_reused_only_where_they_are_the_documents_utf8(monkeypatch):
    """extract hands the parse the page's own bytes only where they are exactly the decoded
    document as UTF-8: not for a character cut at the end, invalid bytes (replaced), a BOM, a
    legacy charset, an XML declaration taken off; the texts are the same either way."""
    import stages.extract as extract_module

    handed = []
    original = extract_module._parse_html

    def checked(document, parser, utf8=None):
        if utf8 is not None:
            assert utf8 == document.encode("utf-8")
        handed.append(utf8 is not None)
        return original(document, parser, utf8)

    body = ARTICLE.format(meta="")
    cases = {
        "utf-8": (body.encode("utf-8"), "utf-8", True),
        "undeclared": (body.encode("utf-8"), None, True),
        "cut at the end": (body.encode("utf-8") + "é".encode()[:1], None, False),
        "invalid byte": (body.replace("Students", "Stud\udcffents").encode("utf-8", "surrogateescape"), None, False),
        "own U+FFFD": (body.replace("Students", "Stud\ufffdents").encode("utf-8"), None, False),
        "bom": (b"\xef\xbb\xbf" + body.encode("utf-8"), None, False),
        "latin-1": (body.encode("cp1252"), "windows-1252", False),
        "xml declaration": (b'<?xml version="1.0" encoding="utf-8"?>' + body.encode("utf-8"), None, False),
    }
    extractor = TextExtractor()
    for name, (html, charset, reused) in cases.items():
        monkeypatch.setattr(extract_module, "_parse_html", lambda document, parser, utf8=None: original(document, parser))
        expected = extractor.extract(html, charset)[0]  # the document encoded again, as before
        handed.clear()
        monkeypatch.setattr(extract_module, "_parse_html", checked)
        text = extractor.extract(html, charset)[0]
        assert handed and handed[0] is reused, name
        assert text == expected and "Kaffeehausbesitzer" in text, name


def test_fallback_reasons():
    cfg = ExtractSettings()
    article = "A sentence of the article that is long enough to count as prose here. " * 10
    assert fallback_reason(None, 1000, None, cfg) == "short"
    assert fallback_reason("too short", 1000, None, cfg) == "short"
    assert fallback_reason(article, len(article) * 5, None, cfg) is None
    assert fallback_reason(article, len(article) * 20, None, cfg) == "coverage"  # 5% of the page
    cookie = ("We use cookies and similar technologies to give you the best experience on our website, "
              "to analyse our traffic and to personalise content. By clicking accept you agree to the use "
              "of all cookies; you can change this at any time.\nAccept all cookies\nSettings")
    assert fallback_reason(cookie, len(cookie), None, cfg) == "cookie"
    calendar = "March 2024\n" + "\n".join("| " + " | ".join(str(d) for d in range(w, w + 7)) + " |"
                                            for w in range(1, 29, 7))
    assert fallback_reason(calendar * 3, len(calendar) * 3, None, cfg) == "no_sentences"
    archive = "\n".join(f"- {m} 2023 ({n})" for n, m in enumerate(["May", "June", "July"] * 10))
    assert fallback_reason(archive, len(archive), None, cfg) == "no_sentences"
    # a navigation list whose items happen to end like sentences: short lines that are link texts
    menu = [f"Section {i} is open!" for i in range(60)]
    tree = tree_of("<html><body>" + "".join(f"<a href='/{i}'>{m}</a>" for i, m in enumerate(menu)) + "</body></html>")
    assert fallback_reason("\n".join(menu), page_chars(tree), tree, cfg) == "menu"
    poem = [f"Line {i} of a poem, it said." for i in range(60)]  # short lines, not links: kept
    assert fallback_reason("\n".join(poem), page_chars(tree), tree, cfg) is None


def test_fast_text_missing_the_pages_main_block_is_redone():
    cfg = ExtractSettings()
    paragraphs = [f"Paragraph {i} of the real article, with a sentence or two of plain prose in it." for i in range(6)]
    tree = tree_of("<html><body><div class='teasers'><p>Teaser one, a short text.</p></div><div id='main'>"
                   + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></body></html>")
    teasers = "Teaser one, a short text. Another teaser that is also here. " * 6
    assert main_block(tree) == paragraphs
    assert fallback_reason(teasers, page_chars(tree), tree, cfg) == "main_block"
    # the same text with the article in it, even reflowed and with soft hyphens dropped
    found = teasers + "\n" + "\n".join(p.replace(" of the ", "  of\nthe ") for p in paragraphs)
    assert fallback_reason(found, page_chars(tree), tree, cfg) is None
    tree = tree_of("<html><body><div><p>Para\u00adgraph one of the real article, with a sentence or two of "
                   "prose.</p>" * 8 + "</div></body></html>")
    assert fallback_reason("Paragraph one of the real article, with a sentence or two of prose. " * 8,
                           page_chars(tree), tree, cfg) is None


def test_sentence_count():
    assert sentence_count("This is one sentence. And this is another one! Is it three? Yes.") == 3
    assert sentence_count("Mo. Di. Mi. Do. Fr. Sa. So.") == 0  # a calendar's dotted weekdays
    assert sentence_count("2.3.2024 Nr. 5 | 12.50 € | 10:00 - 12.00") == 0
    assert sentence_count("日本語の文です。もう一つの文です！") == 2
    assert sentence_count("Read more » Latest news from the town hall and the market square") == 0


@pytest.mark.parametrize("part", ["tuning", "held_back"])
def test_pages_where_fast_mode_keeps_boilerplate_get_trafilaturas_text(shared_data, part):
    """benchmarks/_boilerplate_pages.py: a menu, calendar, link or teaser list, cookie notice,
    archive or price table in the container trafilatura looks at first, the article elsewhere.
    Page by page (trafilatura's metric on each page), ours is never below trafilatura's own text,
    while its fast mode, which ours starts with, is below it on many of them."""
    import trafilatura

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from _boilerplate_pages import boilerplate_pages

    def score(text: str, page) -> int:
        return sum(s in text for s in page.with_) - sum(s in text for s in page.without)

    extractor = TextExtractor(ExtractSettings(min_text_chars=0))
    fast_worse = 0
    for page in boilerplate_pages(part, 80):
        document = page.html.decode()
        theirs = trafilatura.extract(document, include_comments=False) or ""
        fast = trafilatura.extract(document, include_comments=False, fast=True) or ""
        ours = extractor.extract(page.html)[0] or ""
        assert score(ours, page) >= score(theirs, page), page.key
        fast_worse += score(fast, page) < score(theirs, page)
    # Measured (trafilatura 2.3.1): fast mode worse on 16 of 80 tuning pages, 13 of 80 held back;
    # ours redid 24 and 27 of them with the fallbacks.
    assert fast_worse >= 10, fast_worse
    assert sum(n for reason, n in extractor.fallbacks.items() if reason) >= fast_worse


# --- timeout -------------------------------------------------------------------------------------

# Thousands of unclosed <p> make trafilatura slow: 30k of them (120 KB) take over a CPU-second.
PATHOLOGICAL = b"<html><body>" + b"<p>x" * 30000


def burn(cpu_seconds: float) -> None:
    """Busy-loop until this process has used `cpu_seconds` more CPU time."""
    until = time.process_time() + cpu_seconds
    while time.process_time() < until:
        sum(range(1000))


def test_pathological_page_times_out():
    # 100k unclosed <p> (400 KB) cost ~8 CPU-s unbounded here and ~0.3 under the 0.25 s deadline.
    # The bound is loose on purpose: on a VM loaded 10x over (the suite beside other jobs), the
    # same work costs several times the CPU-seconds; it still shows the deadline cut the work.
    page = b"<html><body>" + b"<p>x" * 100_000
    extractor = TextExtractor(ExtractSettings(timeout_s=0.25))
    handler_before = signal.getsignal(signal.SIGPROF)
    started = time.process_time()
    text, decision = extractor.extract(page)
    assert (text, decision.reason) == (None, "timeout")
    assert time.process_time() - started < 2.5
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) is handler_before


def test_deadline_counts_cpu_time_not_wall_time():
    started = time.perf_counter()
    with deadline(0.1):
        time.sleep(0.4)  # waiting (for the disk, for a busy machine's cores) uses no CPU time
    assert time.perf_counter() - started >= 0.4
    with pytest.raises(ExtractionTimeout), deadline(0.1):
        burn(5)


def test_deadline_restores_previous_handler_and_timer():
    fired = []
    previous = signal.signal(signal.SIGPROF, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_PROF, 0.6)
        with pytest.raises(ExtractionTimeout), deadline(0.05):
            burn(5)  # a real busy loop; the signal must interrupt it
        left, _ = signal.getitimer(signal.ITIMER_PROF)
        assert 0.3 < left <= 0.6  # the outer timer was put back with its remaining time
        burn(0.7)
        assert fired == [True]  # and the outer handler got its signal
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def test_deadline_survives_a_swallowed_signal():
    swallowed = 0
    with pytest.raises(ExtractionTimeout), deadline(0.05):
        while True:  # code that eats the first signals, as a __del__ or GC callback would
            try:
                burn(0.01)
            except ExtractionTimeout:
                swallowed += 1
                if swallowed == 3:
                    burn(1)  # the next repeat of the signal must still get out
    assert swallowed == 3
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_a_timeout_lost_in_a_finalizer_reaches_no_unraisable_hook():
    """A signal that lands in a __del__ raises where Python cannot propagate it; CPython hands
    that exception to sys.unraisablehook. It is ours and expected (the signal repeats), so the
    deadline keeps it from the hook that was installed (pytest's turns it into a failure, and
    its own processing can be hit by the next repeat: CI saw "Failed to process unraisable
    exception")."""
    seen = []

    def record(unraisable):
        seen.append(unraisable.exc_type)

    class BurnsOnCollection:
        def __del__(self):
            burn(0.3)  # the signal lands here, in a finalizer

    class FailsOnCollection:
        def __del__(self):
            raise ZeroDivisionError

    pytest_hook = sys.unraisablehook
    sys.unraisablehook = record
    try:
        with pytest.raises(ExtractionTimeout), deadline(0.05):
            FailsOnCollection()  # not ours: the installed hook still hears of it
            for _ in range(20):
                BurnsOnCollection()  # dropped at once: its __del__ runs inside the block
            burn(5)
        hook_after_block = sys.unraisablehook
    finally:
        sys.unraisablehook = pytest_hook
    assert hook_after_block is record
    assert seen == [ZeroDivisionError]


def test_deadline_is_not_swallowed_by_except_exception():
    caught_by_except_exception = False
    with pytest.raises(ExtractionTimeout), deadline(0.05):
        try:
            burn(2)
        except Exception:  # noqa: BLE001 (the blind catch is what the test is about)
            caught_by_except_exception = True
    assert not caught_by_except_exception


def test_off_main_thread_runs_without_timeout():
    extractor = TextExtractor(ExtractSettings(timeout_s=0.001, min_text_chars=0))
    results = []
    worker = threading.Thread(target=lambda: results.append(extractor.extract(page("utf-8"))))
    worker.start()
    worker.join()
    text, decision = results[0]
    assert decision.kept and "Zürich" in text  # 1 ms would have timed out on the main thread


def _spin(stop):
    while not stop.is_set():
        sum(range(1000))


def _idle_and_loaded_outputs() -> tuple[list, list, float]:
    """(decisions on an idle machine, the same with three busy processes per core, wall seconds
    of the loaded pass) for pages near the budget."""
    import multiprocessing
    import os

    heavy = b"<html><body>" + b"<p>x" * 4000  # ~0.15 CPU-s here
    unbounded = TextExtractor(ExtractSettings(timeout_s=0, min_text_chars=0))
    costs = []
    for _ in range(3):  # the first call also pays trafilatura's one-time set-up
        started = time.process_time()
        unbounded.extract(heavy)
        costs.append(time.process_time() - started)
    cost = min(costs)
    extractor = TextExtractor(ExtractSettings(timeout_s=3 * cost, min_text_chars=0))
    pages = [heavy, page("utf-8"), page("cp1252"), PATHOLOGICAL]

    def outputs():
        return [(text, decision.reason) for text, decision in map(extractor.extract, pages)]

    idle = outputs()
    context = multiprocessing.get_context("fork")
    stop = context.Event()
    spinners = [context.Process(target=_spin, args=(stop,), daemon=True)
                for _ in range(3 * (os.cpu_count() or 1))]
    for spinner in spinners:
        spinner.start()
    try:
        time.sleep(0.2)  # let them take the cores
        wall = time.perf_counter()
        loaded = outputs()
        wall = time.perf_counter() - wall
    finally:
        stop.set()
        for spinner in spinners:
            spinner.join(timeout=5)
    return idle, loaded, wall


def test_a_loaded_machine_gives_identical_outputs():
    """Issue 10 item 8: with a wall-clock timeout, a page that takes a third of the budget timed
    out once other processes held the cores. Pages near the budget, then the same pages with three
    busy processes per core: the same decisions and texts. In a fresh interpreter: the CPU-time
    budget counts every thread of the process, and threads that earlier tests left running in
    this one (thread pools, servers) would spend it."""
    import json
    import subprocess

    code = ("import json; from tests.stages.test_extract import _idle_and_loaded_outputs as f; "
            "print(json.dumps(f()))")
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    idle, loaded, wall = json.loads(done.stdout.strip().splitlines()[-1])
    assert idle[0][1] is None and idle[0][0] and idle[-1] == [None, "timeout"]
    assert loaded == idle, wall


# --- quality on trafilatura's benchmark ------------------------------------------------------------

SUBSET_EVERY = 12  # every 12th page in sorted order: 43 of the 506 pages


def load_benchmark(root: Path) -> list[tuple[str, bytes, dict]]:
    truth = json.loads((root / "groundtruth.json").read_text(encoding="utf-8"))
    return [(key, (root / "html" / item["file"]).read_bytes(), item) for key, item in sorted(truth.items())]


def score(extractor: TextExtractor, pages) -> tuple[float, float, float, float]:
    """trafilatura's metric: `with` snippet found = TP, missing = FN; `without` snippet found = FP."""
    tp = fp = fn = 0
    started = time.process_time()  # CPU time: one core's throughput even on a busy machine
    for _, html, item in pages:
        text = extractor.extract(html)[0] or ""
        tp += sum(snippet in text for snippet in item["with"])
        fn += sum(snippet not in text for snippet in item["with"])
        fp += sum(snippet in text for snippet in item["without"])
    pages_per_cpu_s = len(pages) / (time.process_time() - started)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall), pages_per_cpu_s


def test_f1_on_benchmark_subset(shared_data):
    pages = load_benchmark(shared_data / "extraction")[::SUBSET_EVERY]
    assert len(pages) == 43
    precision, recall, f1, _ = score(TextExtractor(ExtractSettings()), pages)
    # Measured on this subset with the defaults (trafilatura 2.3.1): P 0.881, R 0.944, F1 0.912.
    assert f1 >= 0.90, (precision, recall, f1)


CONFIGS = {
    "default": ExtractSettings(),
    "precision": ExtractSettings(favor_precision=True),
    "recall": ExtractSettings(favor_recall=True),
    "fast": ExtractSettings(fast=True),
    "comments": ExtractSettings(include_comments=True),
    "no_tables": ExtractSettings(include_tables=False),
}

if __name__ == "__main__":
    root = Path(__file__).resolve().parents[3] / "shared" / "data" / "extraction"
    pages = load_benchmark(root)
    print(f"{len(pages)} pages from {root}")
    for name in sys.argv[1:] or list(CONFIGS):
        precision, recall, f1, pages_per_cpu_s = score(TextExtractor(CONFIGS[name]), pages)
        print(f"extract {name:10s} P={precision:.3f} R={recall:.3f} F1={f1:.3f} pages/cpu_s={pages_per_cpu_s:.1f}")
