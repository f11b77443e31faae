"""Real web pages made to mix languages the way the web mixes them, for the language prefilter.

The second, independent set for issue 26 (the first, `_mixed_language_pages.py`, fills synthetic
site shells with lingua's test sentences). Here every byte of markup and every sentence comes from
real pages: the project's dev pages (../shared/data/extraction, the bundled sample, the HTML
responses of the real WARC files in ../shared/data/warc). Each source page is extracted and
labelled by the `langid` step once; an English page (langid keeps its text as `en`) is a host
for foreign text, a page langid keeps in another language is a donor (its extracted paragraphs,
its link texts) or a foreign host (its site shell around an English article). The pages are
changed with lxml in the page's own markup: the main block is the parent of the page's longest
<p> paragraphs (as stages.extract.main_block finds it).

Constructions (one page in three also gets an <html lang> naming the other language: a lie on an
English host, the article's language on a foreign one):
  tuning     quotes_in_article        foreign paragraphs as block quotes between the article's
                                      own paragraphs (30-120% of its text)
             foreign_shell            a foreign page whose main-block paragraphs are replaced
                                      by an English page's paragraphs (menus, sidebars, headings,
                                      footer stay foreign)
             foreign_nav_footer       an English page with the donor's real link texts as a huge
                                      menu and its paragraphs as footer, cookie banner and legal text
             foreign_comments         an English article followed by 5-25 comments in another
                                      language
  held_back  side_by_side             the article's paragraphs in a two-column table, each beside
                                      a foreign paragraph (a bilingual edition)
             data_block               a long JSON dump or code listing with foreign strings in a
                                      <pre> inside the article
             transplanted_article     a foreign page whose main block element is swapped for an
                                      English page's own main block element (its markup too)
             full_translation         the article followed by a foreign translation as long as it
                                      (or longer) in a <div lang=..>
             related_links            a sidebar of 30-120 foreign related links with teasers
  fresh      forum_thread             the article's paragraphs as posts of a thread, with replies in
                                      another language between them
             gallery_captions         a gallery of figures with long foreign captions and alt texts
             plain_text_article       a foreign page whose main block is an English text as one run
                                      (lines without tags)
             code_switching           a foreign sentence or two at the end of every paragraph
  (`fresh` was written after `held_back` was scored and the prefilter changed for what it lost.)
Source pages never cross parts: `held_back` and `fresh` take only the dev pages of the held-out fifth
(`_warc_input.held_out`, never used to tune the prefilter), `tuning` only the others. Whether a
made page counts as kept (and in which language) is not decided here: `benchmarks/quality.py`
extracts it and runs `langid`, as for every other prefilter set.
"""
from __future__ import annotations

import copy
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _warc_input import dev_pages, held_out  # noqa: E402

TUNING_CONSTRUCTIONS = ("quotes_in_article", "foreign_shell", "foreign_nav_footer", "foreign_comments")
HELD_BACK_CONSTRUCTIONS = ("side_by_side", "data_block", "transplanted_article", "full_translation",
                           "related_links")
# Written after the held-back part was scored and the second look changed for what it lost:
# constructions of neither part, from the held-back part's source pages, scored once.
FRESH_CONSTRUCTIONS = ("forum_thread", "gallery_captions", "plain_text_article", "code_switching")
_PARAGRAPH_MIN_CHARS = 60  # a donor's extracted line counts as a paragraph from this length
_MAIN_MIN_CHARS = 400  # a host needs this much text in its main block's paragraphs


@dataclass
class RealMixedPage:
    key: str
    html: bytes  # UTF-8, declared in a <meta charset>
    construction: str
    host: str  # the source page whose markup it is
    donor: str  # the source page the other language's text comes from
    donor_language: str


@dataclass
class _Source:
    key: str
    document: str  # decoded HTML
    language: str  # what extraction + langid keep it as
    paragraphs: list[str]  # its extracted lines of >= _PARAGRAPH_MIN_CHARS
    main_chars: int  # text in its main block's long <p> paragraphs (0: no main block)


def _part_of(key: str) -> str:
    name = key.split("::", 1)[1] if key.startswith("extraction::") else key
    return "held_back" if held_out(name) else "tuning"


@lru_cache(maxsize=1)
def _sources() -> dict[str, list[_Source]]:
    """part -> the dev pages that extraction + langid keep, with what a construction needs."""
    from stages.decoding import decode_html
    from stages.extract import ExtractSettings, TextExtractor
    from stages.langid import LangIdSettings, LanguageId

    # the extraction these parts were generated and committed with (_real_mixed_pages2's manifest):
    # the fast pass's recall escalation, off by default since extract-speed5, changes 3 dev texts
    extractor = TextExtractor(ExtractSettings(fast_recall_escalation=True))
    langid = LanguageId(LangIdSettings(languages=()))
    out: dict[str, list[_Source]] = {"tuning": [], "held_back": []}
    for key, raw, charset in dev_pages():
        text = extractor.extract(raw, charset)[0]
        if not text:
            continue
        language, score = langid.predict([text])[0]
        if score < langid.config.min_score:
            continue
        document = decode_html(raw, charset)[0]
        tree = _parse(document)
        if tree is None:
            continue
        main = _main_block(tree)
        paragraphs = [line.strip() for line in text.splitlines() if len(line.strip()) >= _PARAGRAPH_MIN_CHARS]
        out[_part_of(key)].append(_Source(key, document, language, paragraphs,
                                          sum(len(p.text_content()) for p in main[1]) if main else 0))
    return out


def _parse(document: str):
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.document_fromstring(document)
    except (ParserError, ValueError):
        return None
    return tree if tree.find("body") is not None else None


def _main_block(tree):
    """(parent, its long <p> children): the parent whose <p>s of >= 60 characters hold the most text."""
    by_parent: dict = {}
    for paragraph in tree.iter("p"):
        if len(paragraph.text_content().strip()) >= _PARAGRAPH_MIN_CHARS:
            by_parent.setdefault(paragraph.getparent(), []).append(paragraph)
    if not by_parent:
        return None
    return max(by_parent.items(), key=lambda item: sum(len(p.text_content()) for p in item[1]))


def _element(tag: str, text: str = "", **attributes):
    from lxml.html import Element

    element = Element(tag, **attributes)
    element.text = text
    return element


def _serialize(tree, lang: str | None) -> bytes:
    """The page as UTF-8 with a <meta charset="utf-8"> in place of its own charset declarations."""
    import lxml.html

    for meta in list(tree.iter("meta")):
        if meta.get("charset") is not None or (meta.get("http-equiv") or "").lower() == "content-type":
            meta.getparent().remove(meta)
    head = tree.find("head")
    if head is None:
        head = _element("head")
        tree.insert(0, head)
    head.insert(0, _element("meta", charset="utf-8"))
    if lang is not None:
        tree.set("lang", lang)
    return b"<!DOCTYPE html>\n" + lxml.html.tostring(tree, encoding="utf-8", method="html")


def _foreign_text(rng: random.Random, donor: _Source, chars: int) -> list[str]:
    """Consecutive paragraphs of the donor from a random start, about `chars` characters."""
    start, out, size = rng.randrange(len(donor.paragraphs)), [], 0
    for n in range(len(donor.paragraphs)):
        out.append(donor.paragraphs[(start + n) % len(donor.paragraphs)])
        size += len(out[-1])
        if size >= chars:
            break
    return out


def _link_texts(donor: _Source) -> list[str]:
    tree = _parse(donor.document)
    texts = [" ".join(a.text_content().split()) for a in tree.iter("a")] if tree is not None else []
    return [t for t in texts if 3 <= len(t) <= 100]


# --- constructions: (rng, host tree, main block, donor, english) -> None (the tree is changed) ----

def _quotes_in_article(rng, tree, main, donor, english):
    parent, paragraphs = main
    own = sum(len(p.text_content()) for p in paragraphs)
    quotes = _foreign_text(rng, donor, int(own * rng.uniform(0.3, 1.2)))
    spots = sorted(rng.sample(range(len(paragraphs)), min(len(paragraphs), len(quotes))))
    for n, quote in enumerate(quotes):
        after = paragraphs[spots[n % len(spots)]]
        block = _element("blockquote")
        block.append(_element("p", quote))
        after.addnext(block)


def _foreign_shell(rng, tree, main, donor, english):
    """Here `tree` is the foreign page and `donor` the English one."""
    parent, paragraphs = main
    texts = english.paragraphs[:max(len(paragraphs), rng.randint(4, 12))]
    for paragraph, text in zip(paragraphs, texts):
        for child in list(paragraph):
            paragraph.remove(child)
        paragraph.text = text
    for paragraph in paragraphs[len(texts):]:
        parent.remove(paragraph)
    anchor = paragraphs[min(len(paragraphs), len(texts)) - 1]
    for text in reversed(texts[len(paragraphs):]):
        anchor.addnext(_element("p", text))


def _foreign_nav_footer(rng, tree, main, donor, english):
    body = tree.find("body")
    links = _link_texts(donor) or [p[:40] for p in donor.paragraphs]
    nav = _element("nav", **{"class": "menu"})
    menu = _element("ul")
    for n in range(rng.randint(60, 250)):
        item = _element("li")
        item.append(_element("a", links[n % len(links)], href=f"/m/{n}"))
        menu.append(item)
    nav.append(menu)
    body.insert(0, nav)
    footer = _element("footer")
    for text in _foreign_text(rng, donor, rng.randint(600, 2500)):
        footer.append(_element("p", text))
    body.append(footer)
    banner = _element("div", **{"class": "cookie-banner", "id": "cookie-consent"})
    banner.append(_element("p", " ".join(_foreign_text(rng, donor, 300))))
    banner.append(_element("button", links[0]))
    body.append(banner)


def _foreign_comments(rng, tree, main, donor, english):
    parent, paragraphs = main
    section = _element("section", **{"class": "comments", "id": "comments"})
    section.append(_element("h3", f"{rng.randint(5, 90)} Kommentare"))
    for n in range(rng.randint(5, 25)):
        comment = _element("div", **{"class": "comment"})
        comment.append(_element("span", f"user{rng.randint(1, 9999)}", **{"class": "author"}))
        comment.append(_element("p", rng.choice(donor.paragraphs)))
        section.append(comment)
    parent.addnext(section) if parent.getparent() is not None else parent.append(section)


def _side_by_side(rng, tree, main, donor, english):
    parent, paragraphs = main
    table = _element("table", **{"class": "bilingual"})
    foreign = _foreign_text(rng, donor, 10 ** 9)
    for n, paragraph in enumerate(paragraphs):
        row = _element("tr")
        left, right = _element("td", lang=donor.language), _element("td", lang="en")
        left.append(_element("p", foreign[n % len(foreign)]))
        right.append(copy.deepcopy(paragraph))
        row.extend([left, right] if rng.random() < 0.5 else [right, left])
        table.append(row)
    paragraphs[0].addprevious(table)
    for paragraph in paragraphs:
        parent.remove(paragraph)


def _data_block(rng, tree, main, donor, english):
    parent, paragraphs = main
    size = rng.randint(1500, 8000)
    if rng.random() < 0.5:
        records, chars = [], 0
        while chars < size:
            text = rng.choice(donor.paragraphs)
            records.append({"id": len(records) + 1, "lang": donor.language, "title": text[:50], "body": text,
                            "tags": text.split()[:4]})
            chars += len(text) + 60
        block = json.dumps(records, ensure_ascii=False, indent=2)
    else:
        lines, chars = [], 0
        while chars < size:
            text = rng.choice(donor.paragraphs)
            lines += [f"# {text[:80]}", f"MESSAGES[{len(lines)}] = {json.dumps(text, ensure_ascii=False)}"]
            chars += len(text) + 90
        block = "\n".join(lines)
    pre = _element("pre")
    pre.append(_element("code", block))
    paragraphs[min(len(paragraphs) - 1, rng.randint(0, 2))].addnext(pre)


def _transplanted_article(rng, tree, main, donor, english):
    """Here `tree` is the foreign page and `donor` the English one: its main block element replaces
    the foreign page's."""
    english_main = _main_block(_parse(english.document))
    parent, _ = main
    new = copy.deepcopy(english_main[0])
    if parent.getparent() is None:
        return
    parent.getparent().replace(parent, new)


def _full_translation(rng, tree, main, donor, english):
    parent, paragraphs = main
    own = sum(len(p.text_content()) for p in paragraphs)
    block = _element("div", lang=donor.language, **{"class": "translation"})
    block.append(_element("h2", donor.paragraphs[0][:60]))
    for text in _foreign_text(rng, donor, int(own * rng.uniform(0.8, 1.6))):
        block.append(_element("p", text))
    paragraphs[-1].addnext(block)


def _related_links(rng, tree, main, donor, english):
    links = _link_texts(donor) or [p[:60] for p in donor.paragraphs]
    aside = _element("aside", **{"class": "related"})
    items = _element("ul")
    for n in range(rng.randint(30, 120)):
        item = _element("li")
        item.append(_element("a", links[rng.randrange(len(links))], href=f"/related/{n}"))
        if rng.random() < 0.4:
            item.append(_element("span", rng.choice(donor.paragraphs)[:200], **{"class": "teaser"}))
        items.append(item)
    aside.append(items)
    body = tree.find("body")
    body.insert(rng.choice([0, len(body)]), aside)


def _forum_thread(rng, tree, main, donor, english):
    """The article's paragraphs as posts of a thread, between replies in another language."""
    parent, paragraphs = main
    thread = _element("div", **{"class": "thread"})
    for paragraph in paragraphs:
        for text, author in [(paragraph.text_content(), "op")] + [
                (rng.choice(donor.paragraphs), f"user{rng.randint(1, 999)}") for _ in range(rng.randint(0, 2))]:
            post = _element("div", **{"class": "post"})
            post.append(_element("span", author, **{"class": "author"}))
            post.append(_element("p", text))
            thread.append(post)
    paragraphs[0].addprevious(thread)
    for paragraph in paragraphs:
        parent.remove(paragraph)


def _gallery_captions(rng, tree, main, donor, english):
    """A gallery of figures with long captions and alt texts in another language in the article."""
    parent, paragraphs = main
    gallery = _element("div", **{"class": "gallery"})
    for n in range(rng.randint(5, 15)):
        figure = _element("figure")
        caption = rng.choice(donor.paragraphs)
        figure.append(_element("img", src=f"/img/{n}.jpg", alt=caption[:120]))
        figure.append(_element("figcaption", caption))
        gallery.append(figure)
    paragraphs[min(len(paragraphs) - 1, 1)].addnext(gallery)


def _plain_text_article(rng, tree, main, donor, english):
    """Here `tree` is the foreign page: its main block becomes the English page's text as one run
    (lines in a <div> without tags, as pasted or <pre>-less plain text)."""
    parent, paragraphs = main
    block = _element("div", "\n\n".join(english.paragraphs), **{"class": "body"})
    paragraphs[0].addprevious(block)
    for paragraph in paragraphs:
        parent.remove(paragraph)


def _code_switching(rng, tree, main, donor, english):
    """Every paragraph of the article gets a sentence or two in another language appended, in
    the same run (writers who switch languages mid-paragraph)."""
    parent, paragraphs = main
    for paragraph in paragraphs:
        sentence = rng.choice(donor.paragraphs)
        paragraph.append(_element("span"))  # keep the paragraph's own children
        paragraph[-1].tail = " " + sentence[:rng.randint(80, 300)]


CONSTRUCTIONS = {
    "quotes_in_article": _quotes_in_article, "foreign_shell": _foreign_shell,
    "foreign_nav_footer": _foreign_nav_footer, "foreign_comments": _foreign_comments,
    "side_by_side": _side_by_side, "data_block": _data_block,
    "transplanted_article": _transplanted_article, "full_translation": _full_translation,
    "related_links": _related_links, "forum_thread": _forum_thread, "gallery_captions": _gallery_captions,
    "plain_text_article": _plain_text_article, "code_switching": _code_switching,
}
_FOREIGN_HOST = {"foreign_shell", "transplanted_article", "plain_text_article"}  # the foreign page's markup, English text


def real_mixed_pages(part: str = "tuning", count: int = 300, seed: int = 26) -> list[RealMixedPage]:
    """`count` pages of `part` ("tuning" or "held_back"), constructions taking turns; the other
    language drawn first, weighted by the square root of its pages (German is a third of the
    dev pages, Norwegian one page), then the pages; seeded."""
    if part not in ("tuning", "held_back", "fresh"):
        raise ValueError(f"part must be 'tuning', 'held_back' or 'fresh', got {part!r}")
    sources = _sources()["held_back" if part == "fresh" else part]
    english = [s for s in sources if s.language == "en" and s.main_chars >= _MAIN_MIN_CHARS
               and len(s.paragraphs) >= 2]
    foreign = [s for s in sources if s.language != "en" and len(s.paragraphs) >= 3]
    foreign_hosts = [s for s in foreign if s.main_chars >= _MAIN_MIN_CHARS]
    constructions = {"tuning": TUNING_CONSTRUCTIONS, "held_back": HELD_BACK_CONSTRUCTIONS,
                     "fresh": FRESH_CONSTRUCTIONS}[part]
    rng = random.Random(f"real-mixed-{part}-{seed}")
    pages: list[RealMixedPage] = []
    attempt = 0
    while len(pages) < count and attempt < 4 * count:
        construction = constructions[attempt % len(constructions)]
        attempt += 1
        page_rng = random.Random(rng.random())
        pool = foreign_hosts if construction in _FOREIGN_HOST else foreign
        counts = Counter(s.language for s in pool)  # languages by the square root of their pages
        language = page_rng.choices(sorted(counts), [counts[k] ** 0.5 for k in sorted(counts)])[0]
        english_source = page_rng.choice(english)
        foreign_source = page_rng.choice([s for s in pool if s.language == language])
        if construction in _FOREIGN_HOST:
            host, donor = foreign_source, english_source
        else:
            host, donor = english_source, foreign_source
        tree = _parse(host.document)
        main = _main_block(tree)
        if main is None:
            continue
        CONSTRUCTIONS[construction](page_rng, tree, main, donor, english_source)
        lie = page_rng.random() < 1 / 3
        lang = (english_source.language if construction in _FOREIGN_HOST else foreign_source.language) if lie else None
        pages.append(RealMixedPage(
            key=f"{part}/{len(pages):04d}-{construction}-{foreign_source.language}",
            html=_serialize(tree, lang), construction=construction, host=host.key, donor=donor.key,
            donor_language=foreign_source.language))
    return pages


def describe(part: str) -> dict:
    """Facts about a part's sources: English hosts, foreign pages by language."""
    sources = _sources()["held_back" if part == "fresh" else part]
    return dict(english=sum(s.language == "en" and s.main_chars >= _MAIN_MIN_CHARS for s in sources),
                foreign=dict(Counter(s.language for s in sources if s.language != "en" and len(s.paragraphs) >= 3)))
