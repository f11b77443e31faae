"""stages/prefilter.py: the page prefilter reads pages as extraction does (declared charset, <meta>,
entities) and loses no page of any of the sample's languages that extraction + langid keep."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stages.base import Doc
from stages.decoding import DECODED_KEY
from stages.extract import ExtractSettings, TextExtractor
from stages.langid import LangIdSettings, LanguageId
from stages.prefilter import (
    LanguagePrefilter,
    PrefilterSettings,
    page_text_preview,
    without_scripts,
)

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "pipeline" / "sample"

ENGLISH = ("<p>The city council approved the new budget on Tuesday evening after a long debate about "
           "school funding, road repairs and the future of the public library, which had been "
           "threatened with closure for most of the last two years.</p>"
           "<p>Residents who spoke at the meeting said they were relieved that the library would "
           "stay open, although several of them asked why the repairs had taken so long.</p>")
GERMAN_SHELL = ("<html><head><meta charset='utf-8'><title>Nachrichten</title></head><body><nav>"
                + "".join(f"<a href='/{i}'>{word}</a> " for i, word in enumerate(
                    ["Startseite", "Über uns", "Kontakt", "Impressum", "Datenschutz", "Politik",
                     "Wirtschaft", "Sport", "Kultur", "Wissenschaft", "Gesundheit", "Reisen",
                     "Anmelden", "Registrieren", "Suche", "Archiv", "Veranstaltungen"] * 6))
                + "</nav><article>{article}</article><footer>Alle Rechte vorbehalten. Diese Seite "
                "verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.</footer></body></html>")


@pytest.fixture(scope="module")
def english() -> LanguagePrefilter:
    return LanguagePrefilter(PrefilterSettings(languages=("en",)))


def test_english_article_in_a_german_site_shell_is_kept(english):
    page = GERMAN_SHELL.format(article=ENGLISH).encode("utf-8")
    assert english.check(page, "utf-8").kept
    # the article's long runs lead the preview; the 100 menu items are left out
    preview = page_text_preview(page.decode("utf-8"))
    assert preview.startswith("The city council") and "Startseite" not in preview


def test_preview_decodes_entities_and_skips_scripts():
    page = ("<html><head><script>var text = 'this is not the page at all';</script>"
            "<style>p { color: red }</style></head><body><p>Caf&eacute; &amp; cr&egrave;me "
            "&#8211; na&iuml;ve&nbsp;visitors &#x2014; expect crème brûlée everywhere, we said.</p>"
            "<!-- a comment that is not text --></body></html>")
    preview = page_text_preview(page)
    assert "Café & crème – naïve visitors — expect crème brûlée everywhere, we said." == preview
    assert "&" + "nbsp;" not in preview and "var text" not in preview and "comment" not in preview


def test_preview_takes_at_most_run_chars_of_a_run_and_cleans_only_what_it_takes():
    long_run = "word " * 20_000  # a JSON blob or a cookie notice in one text node
    indented = " " * 700 + "Ein Absatz nach viel Einrückung, &quot;zitiert&quot; und&nbsp;mit Entitäten."
    german = "<p>Der Stadtrat hat den neuen Haushalt nach einer langen Debatte beschlossen.</p>"
    page = f"<div>{long_run}</div><p>{indented}</p>" + german * 3
    preview = page_text_preview(page, preview_chars=1000)
    assert preview.startswith("word word") and preview.count("word") == 30  # run_chars=150
    # a run whose first 600 characters are blank is cleaned whole, entities decoded
    assert 'Ein Absatz nach viel Einrückung, "zitiert" und mit Entitäten.' in preview
    assert preview.endswith("Der Stadtrat hat den neuen Haushalt nach einer langen Debatte beschlossen.")


def test_a_short_page_is_previewed_from_all_its_runs_in_page_order():
    page = "<ul><li>Startseite</li><li>Über uns</li></ul><h1>Willkommen</h1><p>Schön, dass Sie da sind.</p>"
    assert page_text_preview(page) == "Startseite Über uns Willkommen Schön, dass Sie da sind."


def test_a_page_of_thousands_of_links_is_previewed_from_its_first_ones():
    # no run of 40 characters: a short page, previewed from every run in page order, cleaned
    # (entities, whitespace) one at a time and only until the preview is full
    links = [f"<li><a href='/{i}'>Rubrik&nbsp;{i} &amp;\n  Archiv</a></li>\n" for i in range(5000)]
    preview = page_text_preview("<ul>" + "".join(links) + "</ul>", preview_chars=1000)
    expected = " ".join(f"Rubrik {i} & Archiv" for i in range(5000))
    assert len(preview) <= 1000 and preview == expected[:len(preview)] and len(preview) > 950


@pytest.mark.parametrize("page,expected", [
    # an element ends at its own end tag, in any case, not at another skipped element's
    ('<p>a</p><script>x = "<style>p {}</style>"; f(1 < 2)</script><p>b</p>', "<p>a</p> <p>b</p>"),
    ("<SCRIPT type=x>s</Script >t<Style>p{}</STYLE>u", " t u"),
    ("<noscript><img src=x></noscript>v<template><p>w</p></template>x", " v x"),
    ("<svg viewBox='0 0 1 1'><path d=''/><text>Logo</text></svg>y", " y"),
    ("<svg class='icon'/><p>kept</p></svg>", "<svg class='icon'/><p>kept</p></svg>"),  # self-closing
    ("<!-- <script> -->z<!---->", " z "),  # a comment hides a script opening
    ("<script>if (a <!-- b) {}</script>z", " z"),  # a script hides a comment opening
    ("<scripts>a</scripts><svgx>b</svgx><stylesheet>", "<scripts>a</scripts><svgx>b</svgx><stylesheet>"),
    ("<p>no end <script>a <!-- b <style>c", "<p>no end <script>a <!-- b <style>c"),  # unclosed: text
])
def test_scripts_styles_svg_and_comments_are_cut_as_a_browser_ends_them(page, expected):
    assert without_scripts(page) == expected


def test_a_script_with_an_end_tag_of_another_kind_in_a_string_stays_out_of_the_preview():
    """Two German news pages were lost when an ad script's "</style>" string ended the script and
    its code (read as English) filled the preview."""
    german = ("<p>Der Stadtrat hat am Dienstagabend nach einer langen Debatte über die Finanzierung "
              "der Schulen, die Reparatur der Straßen und die Zukunft der öffentlichen Bibliothek "
              "den neuen Haushalt beschlossen.</p>")
    script = ('<script>!function(e,n){var s=n.createElement("style");s.innerHTML="#ad{display:none}'
              '</style>";' + "".join(f"function handler{i}(event){{if(!event.target.hidden&&event."
                                     f"target.style)return void event.target.style.setProperty("
                                     f"'display','none','important')}}" for i in range(40))
              + "}(window,document);</script>")
    page = f"<html><body>{script}<article>{german}</article></body></html>"
    preview = page_text_preview(page)
    assert preview.startswith("Der Stadtrat") and "function" not in preview
    assert LanguagePrefilter(PrefilterSettings(languages=("de",))).check(page.encode(), "utf-8").kept


def test_many_unclosed_openings_are_left_as_text():
    """Once an opening has no end, no later one of its kind has one: the scan stays linear (the
    regex it replaced rescanned to the end of the page for every opening)."""
    page = "<p>Ein langer deutscher Satz über das Wetter in Berlin und anderswo.</p>" + "<svg x>" * 50_000
    assert without_scripts(page) == page
    assert without_scripts(page + "<!-- c -->") == page + " "


@pytest.mark.parametrize("encoding,declared,meta", [
    ("shift_jis", "Shift_JIS", ""), ("shift_jis", None, '<meta charset="shift_jis">'),
    ("euc-jp", None, '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">'),
])
def test_japanese_legacy_charsets(encoding, declared, meta):
    text = ("<p>日本の首都は東京です。東京には多くの人が住んでいて、毎日たくさんの電車が走っています。"
            "春には桜が咲き、多くの観光客が公園を訪れます。</p>") * 3
    page = f"<html><head>{meta}</head><body>{text}</body></html>".encode(encoding)
    assert LanguagePrefilter(PrefilterSettings(languages=("ja",))).check(page, declared).kept


def test_cyrillic_windows_1251_declared_in_the_header_only():
    text = ("<p>Москва является столицей России. В городе много музеев, театров и парков, а зимой "
            "на улицах лежит снег.</p>") * 3
    page = f"<html><body>{text}</body></html>".encode("windows-1251")
    assert LanguagePrefilter(PrefilterSettings(languages=("ru",))).check(page, "windows-1251").kept


def test_no_languages_keeps_everything_without_a_model():
    prefilter = LanguagePrefilter(PrefilterSettings(languages=()))
    assert prefilter.model is None
    assert all(d.kept for d in prefilter([Doc(payload=b"<p>Bonjour tout le monde</p>")]))


def test_decoded_page_is_shared_with_extraction_through_the_doc_cache(english):
    page = GERMAN_SHELL.format(article=ENGLISH).encode("utf-8")
    doc = Doc(url="https://example.org/a", payload=page, charset="utf-8")
    assert english([doc])[0].kept
    assert DECODED_KEY in doc.cache  # extraction reads it from here instead of decoding again
    text, decision = TextExtractor(ExtractSettings()).extract(page, "utf-8", doc=doc)
    assert decision.kept and "public library" in text


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="languages"):
        PrefilterSettings(languages="en")
    with pytest.raises(ValueError, match="min_score"):
        PrefilterSettings(min_score=2)
    for name in ("second_look_min_chars", "second_look_run_chars", "second_look_group", "second_look_slices"):
        with pytest.raises(ValueError, match=name):
            PrefilterSettings(**{name: 0})


# --- every language of the bundled sample --------------------------------------------------------


def sample_pages() -> list[tuple[str, bytes, str | None]]:
    """(language from the manifest, raw page, declared charset) for every HTML page of the sample."""
    from pipeline.warc import read_records

    manifest = json.loads((SAMPLE / "manifest.json").read_text())
    language = {r["record_id"]: r["language"] for r in manifest["records"] if r["kind"] == "html"}
    pages = []
    for path in sorted(SAMPLE.glob("crawl-data/*/segments/*/warc/*.warc.gz")):
        with open(path, "rb") as stream:
            for record in read_records(stream):
                if record.decision.kept and record.record_id in language:
                    pages.append((language[record.record_id], record.payload, record.charset))
    return pages


@pytest.fixture(scope="module")
def sample():
    pages = sample_pages()
    extractor = TextExtractor(ExtractSettings())
    langid = LanguageId(LangIdSettings(languages=()))
    kept_as = []
    for _, html, charset in pages:
        text = extractor.extract(html, charset)[0]
        language, score = langid.predict([text])[0] if text else ("und", 0.0)
        kept_as.append(language if text and score >= langid.config.min_score else None)
    return pages, kept_as


def test_the_sample_has_ten_languages(sample):
    pages, _kept_as = sample
    manifest = json.loads((SAMPLE / "manifest.json").read_text())
    assert len(pages) == manifest["summary"]["kinds"]["html"] >= 320
    assert {lang for lang, _, _ in pages} == {"de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "ru"}


@pytest.mark.parametrize("language", ["de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "ru"])
def test_every_sample_language_loses_no_page_that_langid_keeps(sample, language):
    pages, kept_as = sample
    prefilter = LanguagePrefilter(PrefilterSettings(languages=(language,)))
    decisions = [prefilter.check(html, charset) for _, html, charset in pages]
    lost = [i for i, lang in enumerate(kept_as) if lang == language and not decisions[i].kept]
    assert sum(lang == language for lang in kept_as) >= 9
    assert lost == []
    # and it does its job: pages of the other languages are skipped
    others = [i for i, (lang, _, _) in enumerate(pages) if lang != language]
    skipped = sum(not decisions[i].kept for i in others)
    assert skipped >= 0.9 * len(others), (skipped, len(others))


def test_russian_and_japanese_together_keep_every_legacy_charset_page(sample):
    """Issue 10 item 4: `--languages ru,ja` dropped all 6 Shift_JIS/EUC-JP pages and 3 of the 7
    windows-1251 ones when raw bytes were read as UTF-8."""
    pages, kept_as = sample
    prefilter = LanguagePrefilter(PrefilterSettings(languages=("ru", "ja")))
    wanted = [i for i, lang in enumerate(kept_as) if lang in ("ru", "ja")]
    assert len(wanted) >= 20
    assert all(prefilter.check(pages[i][1], pages[i][2]).kept for i in wanted)


# --- pages mixing languages (issue 26) ------------------------------------------------------------

SPANISH_QUOTE = ("<blockquote><p>En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho "
                 "tiempo que vivía un hidalgo de los de lanza en astillero, adarga antigua, rocín flaco y "
                 "galgo corredor. Una olla de algo más vaca que carnero, salpicón las más noches, duelos y "
                 "quebrantos los sábados, lentejas los viernes, algún palomino de añadidura los domingos, "
                 "consumían las tres partes de su hacienda.</p></blockquote>")
ENGLISH_NOTE = ("<p>The opening sentence names no village on purpose, and the narrator says so himself.</p>"
                "<p>Readers have argued for centuries about which village in La Mancha was meant.</p>")


def test_an_english_page_quoting_another_language_at_length_is_kept(english):
    """The quotes are the page's longest runs, so they fill the first preview; the English prose
    around them is read in the second look."""
    page = ("<html><body><article><h1>Reading the first chapter of Don Quixote</h1>"
            + (SPANISH_QUOTE + ENGLISH_NOTE) * 8 + "</article></body></html>")
    from stages.prefilter import page_text_previews

    first, second = page_text_previews(page)
    assert "The opening sentence" not in first and second.startswith("Reading the first chapter")
    assert not LanguagePrefilter(PrefilterSettings(languages=("en",), second_look=False)).check(page.encode()).kept
    assert english.check(page.encode(), "utf-8").kept


def test_the_second_look_still_drops_a_page_in_another_language(english):
    german = ("<p>Der Stadtrat hat am Dienstagabend nach einer langen Debatte über die Finanzierung der "
              "Schulen, die Reparatur der Straßen und die Zukunft der Bibliothek den Haushalt beschlossen.</p>")
    page = (f"<html><body><article>{german * 4}</article><footer><p>This website uses cookies to improve "
            f"your experience. Copyright 2024, all rights reserved.</p></footer></body></html>")
    assert english.judge(page).reason == "language"


@pytest.mark.parametrize("part", ["tuning", "held_back"])
def test_mixed_language_pages_lose_no_page_that_langid_keeps(shared_data, part):
    """benchmarks/_mixed_language_pages.py, every 4th page: English pages with block quotes,
    example tables, lyrics, glossaries, parallel texts, long quotes among short comments (held
    back: inline quotes, vocabulary lists, interviews, <pre> sources, footnotes, speeches with
    notes) in 22 languages. For each language langid keeps such pages in, the prefilter with that
    language keeps every one of them; the prefilter as it was before issue 26 did not."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from _mixed_language_pages import mixed_language_pages

    pages = mixed_language_pages(part, 300)[::4]
    extractor = TextExtractor(ExtractSettings())
    langid = LanguageId(LangIdSettings(languages=()))
    kept_as = {}
    for page in pages:
        text = extractor.extract(page.html)[0]
        language, score = langid.predict([text])[0] if text else ("und", 0.0)
        if text and score >= langid.config.min_score:
            kept_as.setdefault(language, []).append(page)
    # Measured: langid keeps 37 (tuning) and 35 (held back) of the 75 pages as English, 55 and 61
    # in some language; the prefilter before issue 26 lost 2 + 3 and 1 + 10 of them.
    assert len(kept_as.get("en", [])) >= 30, {k: len(v) for k, v in kept_as.items()}
    lost_before = 0
    for language, kept in kept_as.items():
        prefilter = LanguagePrefilter(PrefilterSettings(languages=(language,)))
        assert [p.key for p in kept if not prefilter.check(p.html, "utf-8").kept] == []
        before = LanguagePrefilter(PrefilterSettings(languages=(language,), run_chars=300, second_look=False))
        lost_before += sum(not before.check(p.html, "utf-8").kept for p in kept)
    assert lost_before >= 3


# --- pages whose languages one fastText reading cannot tell apart (issue 26, real pages) ----------

RUSSIAN_COMMENTS = [
    ("Спасибо за статью, но я не согласен с выводами автора. В нашем городе библиотеку закрыли ещё "
    "три года назад, и никто из депутатов даже не попытался её спасти, хотя жители собирали подписи."),
    ("У нас похожая ситуация: дороги ремонтируют только перед выборами, а школы годами ждут денег на "
    "новые окна и отопление. Хорошо, что хоть где-то совет слушает людей и меняет свои решения."),
    ("Интересно было бы узнать, сколько стоил этот ремонт на самом деле и кто получил контракт. "
    "Обычно такие подробности в отчётах не публикуют, а потом выясняется, что цена выросла вдвое."),
    ("Я много лет работала в районной библиотеке и знаю, как трудно сохранить фонд без поддержки "
    "города. Надеюсь, что после этого решения у них наконец появятся деньги на новые книги и курсы."),
    ("Читаю этот сайт каждый день и всегда удивляюсь, насколько разные у людей мнения по одному и тому "
    "же вопросу. Главное, чтобы в итоге решения принимались открыто и с учётом интересов жителей."),
]
GERMAN_FOOTER = [
    ("Diese Website verwendet Cookies und vergleichbare Technologien, um Inhalte und Anzeigen zu "
    "personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere "
    "Website zu analysieren. Weitere Informationen finden Sie in unserer Datenschutzerklärung."),
    ("Alle Inhalte dieser Seite sind urheberrechtlich geschützt. Jede Verwertung außerhalb der engen "
    "Grenzen des Urheberrechtsgesetzes ist ohne Zustimmung des Verlages unzulässig und strafbar. Das gilt "
    "insbesondere für Vervielfältigungen, Übersetzungen und die Einspeicherung in elektronische Systeme."),
    ("Unser Newsletter informiert Sie einmal in der Woche über die wichtigsten Nachrichten aus der Region, "
    "über Veranstaltungen, neue Angebote und Gewinnspiele. Sie können sich jederzeit wieder abmelden, "
    "ein Link dazu steht am Ende jeder Ausgabe des Newsletters."),
]
GERMAN_LINKS = ["Startseite und aktuelle Nachrichten aus der Region", "Politik, Wirtschaft und Gesellschaft heute",
                "Sport: Ergebnisse, Tabellen und Spielberichte", "Kultur und Veranstaltungen in Ihrer Nähe",
                "Ratgeber für Gesundheit, Familie und Reisen", "Leserbriefe und Kommentare unserer Redaktion"]
ENGLISH_PARAGRAPHS = [
    "The city council approved the new budget on Tuesday evening after a long debate.",
    "Residents who spoke at the meeting said they were relieved that the library would stay open.",
    "Several of them asked why the repairs on the main road had taken so long to begin.",
    "The mayor promised a public report on the cost of the repairs before the end of the year.",
    "Teachers welcomed the extra money for school buildings but said it came far too late.",
]


def test_english_runs_beside_longer_runs_in_another_script_are_read_apart(english):
    """An English article under a longer comments section in Russian: one fastText reading of the
    first preview (its longest runs, both languages) is Russian with English under 0.01, as is one
    of the second; read in script order, the English runs count."""
    from stages.prefilter import page_text_previews

    page = ("<html><body><article><h1>Council approves the budget</h1>"
            + "".join(f"<p>{p}</p>" for p in ENGLISH_PARAGRAPHS[:3])
            + "</article><section class='comments'>"
            + "".join(f"<div class='comment'><p>{c}</p></div>" for c in RUSSIAN_COMMENTS)
            + "</section></body></html>")
    first, second = page_text_previews(page)
    assert "The city council" in first + second
    labels, _ = english.model.predict(first, k=-1, threshold=0.01)
    assert "__label__en" not in labels and labels[0] == "__label__ru"
    assert english.judge(page).kept
    assert english.judge(page.replace(ENGLISH_PARAGRAPHS[0], RUSSIAN_COMMENTS[0])
                         .replace(ENGLISH_PARAGRAPHS[1], RUSSIAN_COMMENTS[1])
                         .replace(ENGLISH_PARAGRAPHS[2], RUSSIAN_COMMENTS[2])).reason == "language"


def test_an_english_article_behind_a_foreign_menu_and_footer_is_kept(english):
    """The German footer holds the longest runs (the first preview), the German menu the first
    long runs in page order (the second); the English article is in neither, but the second
    look's slices through all the page's text reach it."""
    from stages.prefilter import page_text_previews

    page = ("<html lang='de'><body><nav><ul>"
            + "".join(f"<li><a href='/{i}'>{GERMAN_LINKS[i % 6]}</a></li>" for i in range(40))
            + "</ul></nav><article>" + "".join(f"<p>{p}</p>" for p in ENGLISH_PARAGRAPHS)
            + "</article><footer>" + "".join(f"<p>{p}</p>" for p in GERMAN_FOOTER * 3)
            + "</footer></body></html>")
    first, second = page_text_previews(page)
    assert "council" not in first + second
    assert english.judge(page).kept
    assert not LanguagePrefilter(PrefilterSettings(languages=("en",), second_look=False)).judge(page).kept


def test_a_german_page_with_an_english_notice_and_menu_is_still_dropped(english):
    """The second look does not keep a page for a few English words among its own language."""
    page = ("<html><body><nav>" + "".join(f"<a href='/{i}'>{GERMAN_LINKS[i]}</a>" for i in range(6))
            + "<a href='/en'>Read this page in English</a></nav><article>"
            + "".join(f"<p>{p}</p>" for p in GERMAN_FOOTER) + "</article><div class='cookies'>"
            "We use cookies to improve your experience on our website.</div></body></html>")
    assert english.judge(page).reason == "language"
    assert LanguagePrefilter(PrefilterSettings(languages=("de",))).judge(page).kept


def test_an_english_article_in_one_long_run_in_a_foreign_shell_is_kept(english):
    """Plain text without tags (or a <pre> block): the previews take 150 characters of the one
    long English run and fill up with the German shell; slices through the page's text are
    mostly English."""
    from stages.prefilter import page_text_previews

    article = "\n\n".join(ENGLISH_PARAGRAPHS * 3)
    page = ("<html lang='de'><body><nav>" + "".join(f"<a href='/{i}'>{GERMAN_LINKS[i % 6]}</a>" for i in range(30))
            + f"</nav><div class='body'>{article}</div><footer>"
            + "".join(f"<p>{p}</p>" for p in GERMAN_FOOTER * 2) + "</footer></body></html>")
    first, second = page_text_previews(page)
    assert (first + second).count("council") <= 1
    assert english.judge(page).kept


def test_mass_slices_follow_the_text_not_the_runs():
    from stages.prefilter import mass_slices

    runs = ["a" * 4000] + [f"short run number {i} " * 3 for i in range(20)]
    slices = mass_slices(runs, 10, chars=20)
    # the long run holds 4,000 of ~5,200 characters: about three quarters of the slices
    assert len(slices) == 10 and sum(s == "a" * 20 for s in slices) == 8
    assert all(len(s) <= 20 for s in slices) and mass_slices([], 10) == [] and mass_slices(runs, 0) == []
    assert mass_slices(["  x  y  "], 2, chars=80) == ["x y", "x y"]


def test_second_look_readings_put_scripts_apart():
    from stages.prefilter import second_look_readings

    runs = ["Привет, это русский текст", "Hello, this is English", "Καλημέρα σας", "Grüße aus Köln, schön",
            "日本語の文章です", "More English words here"]
    assert second_look_readings(runs, run_chars=12, group=2) == [
        "Hello, this  Grüße aus Kö", "More English", "Привет, это  Καλημέρα σας", "日本語の文章です"]
    assert second_look_readings([], 40, 4) == []


def test_real_mixed_pages_lose_no_page_that_langid_keeps(shared_data):
    """benchmarks/_real_mixed_pages.py, tuning part, every 3rd page: real dev pages with foreign
    quotes, comments, menus and footers, and English articles in foreign site shells. For each
    language langid keeps such pages in, the prefilter with that language keeps every one."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from _real_mixed_pages import real_mixed_pages

    pages = real_mixed_pages("tuning", 300)[::3]
    extractor = TextExtractor(ExtractSettings())
    langid = LanguageId(LangIdSettings(languages=()))
    kept_as: dict[str, list] = {}
    for page in pages:
        text = extractor.extract(page.html, "utf-8")[0]
        language, score = langid.predict([text])[0] if text else ("und", 0.0)
        if text and score >= langid.config.min_score:
            kept_as.setdefault(language, []).append(page)
    assert len(kept_as.get("en", [])) >= 60, {k: len(v) for k, v in kept_as.items()}
    for language, kept in kept_as.items():
        prefilter = LanguagePrefilter(PrefilterSettings(languages=(language,)))
        assert [p.key for p in kept if not prefilter.check(p.html, "utf-8").kept] == []


# --- what the runs do not show: inline markup, short lines of another script, long pages (tune2) --

GERMAN_ARTICLE = [p for p in GERMAN_FOOTER] + [
    ("Der Gemeinderat hat am Dienstagabend nach langer Debatte den neuen Haushalt beschlossen. Die "
    "Bibliothek bleibt geöffnet, die Straßen werden im Frühjahr saniert, und die Schulen bekommen Geld."),
    ("Viele Bürgerinnen und Bürger waren zur Sitzung gekommen und hatten Fragen zu den Kosten der "
    "Sanierung gestellt, die der Bürgermeister bis zum Ende des Jahres in einem Bericht beantworten will.")]


def _linked(text: str, every: int = 4) -> str:
    """`text` with a link or <b> around every other group of `every` words (no run of 40 characters)."""
    words, out = text.split(), []
    for n in range(0, len(words), every):
        group = " ".join(words[n:n + every])
        out.append(f"<a href='/wiki/{n}'>{group}</a>" if n // every % 2 == 0 else group)
    return " ".join(out)


def test_paragraph_lines_take_inline_tags_out_and_count_other_scripts_by_bytes():
    from stages.prefilter import paragraph_lines

    page = ("<div><p class='x'>" + _linked(ENGLISH_PARAGRAPHS[0]) + "</p><p>" + ENGLISH_PARAGRAPHS[1]
            + "</p><p>" + ENGLISH_PARAGRAPHS[1] + "</p><p>你好世界，今天天气很好，我们去公园散步吧<br>Good morning<br>"
            "我们去公园散步吧</p></div>")
    new, old = paragraph_lines(page)
    # 20 characters are 60 UTF-8 bytes: a line; 8 (24 bytes) and "Good morning" are not
    assert new == [ENGLISH_PARAGRAPHS[0], "你好世界，今天天气很好，我们去公园散步吧"]
    assert old == [ENGLISH_PARAGRAPHS[1]]  # one run already, read once
    assert paragraph_lines(page, count=1) == ([ENGLISH_PARAGRAPHS[0]], [])  # the longest <p>
    assert paragraph_lines("<p>no end tag " + "word " * 20) == ([], ["no end tag " + " ".join(["word"] * 20)])


def test_an_english_article_with_a_link_every_few_words_in_a_german_shell_is_kept(english):
    """No run of the article has 40 characters; the German shell's runs are all the runs."""
    page = ("<html><body><nav>" + "".join(f"<p>{p}</p>" for p in GERMAN_FOOTER) + "</nav><article>"
            + "".join(f"<p>{_linked(p)}</p>" for p in ENGLISH_PARAGRAPHS) + "</article><footer>"
            + "".join(f"<p>{p}</p>" for p in GERMAN_ARTICLE) + "</footer></body></html>")
    assert english.judge(page).kept
    assert not LanguagePrefilter(PrefilterSettings(languages=("en",), second_look_paragraphs=0)).judge(page).kept
    # a German article with links in its paragraphs is still German
    german = ("<html><body><article>" + "".join(f"<p>{_linked(p, 6)}</p>" for p in GERMAN_ARTICLE)
              + "</article></body></html>")
    assert english.judge(german).reason == "language"


def test_a_song_with_short_chinese_lines_and_english_translation_is_kept_for_chinese():
    """Each Chinese line has 15-19 characters (under 40: no run), each English line is a run."""
    chinese = ["我每天早上都会在公园里跑步半个小时", "今天的天气非常好，我们一起去海边散步吧", "这家饭馆的菜很好吃，价格也不贵",
               "他在北京的一所大学里学习中文和历史", "明天下午三点我们在图书馆门口见面", "这本书讲的是一个小女孩长大的故事"]
    english_lines = ["Before my bed the moonlight glows so bright", "I wonder if it is frost upon the ground",
                     "I raise my head to gaze upon the moon", "and lower it to think of my old home",
                     "In spring I sleep and do not feel the dawn", "and everywhere I hear the singing birds"]
    lines = "<br>".join(f"{c}<br>{e}" for c, e in zip(chinese, english_lines))
    page = ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in ENGLISH_PARAGRAPHS[:2])
            + f"<p class='lyrics'>{lines}</p></article></body></html>")
    assert LanguagePrefilter(PrefilterSettings(languages=("zh",))).judge(page).kept
    assert not LanguagePrefilter(PrefilterSettings(languages=("zh",), second_look_paragraphs=0)).judge(page).kept


def test_a_page_whose_text_starts_past_the_first_looks_scan_is_kept():
    """500,000 characters of inline CSS, then a German article: the first look (400,000
    characters) ends inside the <style>, reads it as text and finds no German."""
    css = "".join(f".c{n}{{margin:{n % 9}px;color:#{n % 4096:03x}}}\n" for n in range(20_000))
    page = ("<html><head><style>" + css + "</style></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in GERMAN_ARTICLE) + "</article></body></html>")
    assert len(css) > 500_000
    assert LanguagePrefilter(PrefilterSettings(languages=("de",))).judge(page).kept


def test_second_look_settings_are_checked():
    for bad in ({"second_look_alone": -1}, {"second_look_paragraphs": -1}, {"second_look_line_chars": 0}):
        with pytest.raises(ValueError, match="second_look"):
            PrefilterSettings(**bad)


def test_real_mixed_pages_tune2_lose_no_page_that_langid_keeps(shared_data):
    """benchmarks/_real_mixed_pages2.py, tune2 part, every 3rd page: short English articles in
    foreign portals, English articles with markup every few words in foreign shells, FAQs,
    language lessons, songs with a line-by-line translation."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from _real_mixed_pages2 import pages

    extractor = TextExtractor(ExtractSettings())
    langid = LanguageId(LangIdSettings(languages=()))
    kept_as: dict[str, list] = {}
    for page in pages("tune2")[::3]:
        text = extractor.extract(page.html, "utf-8")[0]
        language, score = langid.predict([text])[0] if text else ("und", 0.0)
        if text and score >= langid.config.min_score:
            kept_as.setdefault(language, []).append(page)
    assert len(kept_as.get("en", [])) >= 40, {k: len(v) for k, v in kept_as.items()}
    for language, kept in kept_as.items():
        prefilter = LanguagePrefilter(PrefilterSettings(languages=(language,)))
        assert [p.key for p in kept if not prefilter.check(p.html, "utf-8").kept] == []


def test_preview_pieces_are_cleaned_from_the_whole_run_prefix_though_less_is_cleaned():
    """_take cleans only a little more than run_chars of a run without entities; its pieces must
    be those of cleaning 2 x run_chars (or the whole run) and cutting: whitespace collapsing at
    the cut, entities at and past it, other whitespace (no-break, ideographic), short runs."""
    import html

    from stages.prefilter import _take

    def reference(runs, min_run_chars, preview_chars, run_chars):
        pieces, size = [], 0
        for run in runs:
            cleaned = " ".join(html.unescape(run[:2 * run_chars]).split())
            if len(cleaned) < run_chars and len(run) > 2 * run_chars:
                cleaned = " ".join(html.unescape(run).split())
            if len(cleaned) < min_run_chars:
                continue
            pieces.append(cleaned[:run_chars])
            size += len(pieces[-1]) + 1
            if size >= preview_chars:
                break
        return pieces

    word = "Wort "
    runs = [word * 40, " " * 120 + word * 40, (word + "\u3000\xa0 ") * 30, "x" * 148 + "  " + "y" * 200,
            "a" * 149 + "&amp;" + "b" * 100, "c" * 140 + " &quot;zitiert&quot; " + "d" * 50,
            "e" * 160 + "&nbsp;" * 30, word * 8, "  kurz  ", "\t" * 400 + word * 40, "f" * 166 + "&lt;",
            "Schön " * 30 + "&#8217;", "g " * 90, "日本語の文章です。" * 30]
    for run_chars in (10, 20, 150):
        for min_run_chars in (0, 40, 200):
            for preview_chars in (100, 1000, 10_000):
                for start in range(len(runs)):
                    order = runs[start:] + runs[:start]
                    assert _take(order, range(len(order)), min_run_chars, preview_chars, run_chars)[0] == \
                        reference(order, min_run_chars, preview_chars, run_chars), (run_chars, min_run_chars)


_SOUP = ["<script>", "</script>", "<SCRIPT a>", "</Script >", "<style>", "</style>", "<svg/>", "<svg x/>",
         "<svg>", "</svg>", "<!--", "-->", "--", "->", "<noscript>", "</noscript>", "<template>",
         "</template x>", "<p>", "text ", "<", ">", "/", " ", "</scriptx>", "<scripts>", "<svg", "</svg",
         "-", "\n", "\u3000"]


@given(st.lists(st.sampled_from(_SOUP), max_size=30))
@settings(max_examples=1000, deadline=None)
def test_one_regex_cuts_what_the_loop_cuts(pieces):
    """without_scripts matches whole elements with one regex until an element has no end; the
    loop it hands over to (`_without_scripts_from`) cuts the same from the start."""
    from stages.prefilter import _without_scripts_from

    page = "".join(pieces)
    assert without_scripts(page) == _without_scripts_from(page, 0, 0, [])


def test_an_undeclared_page_with_few_high_bytes_is_windows_1252_counted_to_the_byte(monkeypatch):
    """decode_html reads a page that is not UTF-8 as windows-1252 when at most 2% of its first
    64 KiB are bytes >= 0x80, and asks the detector otherwise: the count is exact at the edge."""
    from stages import decoding

    asked = []
    monkeypatch.setattr(decoding, "_detect", lambda data: asked.append(len(data)) or None)
    body = bytearray(b"<p>" + b"a" * 9_994 + b"</p>")  # 10,001 bytes: 2% is 200.02
    for i in range(200):
        body[10 + 40 * i] = 0xE9  # a lone e-acute byte, never valid UTF-8
    text, codec = decoding.decode_html(bytes(body))
    assert codec == "cp1252" and text.count("é") == 200 and not asked
    body[9_000] = 0xE8  # 201 high bytes: over 2%
    assert decoding.decode_html(bytes(body))[1] == "utf-8" and asked == [10_001]  # the last resort
    long_page = bytearray(b"\x7f" * 65_536)  # DEL is ASCII: not a high byte
    long_page[::100] = b"\xe9" * len(long_page[::100])  # 656 of 65,536: 1%
    long_page += b"\xe9" * 100_000  # past the first 64 KiB: not counted
    assert decoding.decode_html(bytes(long_page))[1] == "cp1252" and len(asked) == 1


@given(st.lists(st.sampled_from(["word", " ", "  ", "\t", "\n", "\xa0", "\u3000", "&amp;", "&", "amp;", "&#8217;",
                                 "&notin;", "é", "日本", "x" * 30]), max_size=60),
       st.integers(min_value=1, max_value=120))
@settings(max_examples=1000, deadline=None)
def test_a_cleaned_head_is_the_head_of_the_cleaned_run(pieces, keep):
    """_clean_head cleans only a prefix of a run when that suffices; it must give the first
    `keep` characters of the whole run cleaned, whatever whitespace or entities lie at the cut."""
    from stages.prefilter import _clean_head, _clean_run

    run = "".join(pieces)
    assert _clean_head(run, keep) == _clean_run(run)[:keep]
