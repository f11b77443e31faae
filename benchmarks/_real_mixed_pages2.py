"""Two more parts of real mixed-language pages for the prefilter (`tune2`, `blind`), with
constructions none of `_real_mixed_pages.py`'s 13 uses.

Built as `_real_mixed_pages.py` builds its pages (its `_sources`: the dev pages that extraction +
langid keep, changed with lxml in their own markup; one page in three with an `<html lang>` naming
the other language), with one more source of foreign text: lingua's labelled sentences
(../shared/data/langid), for languages no dev page is in (tr, vi, ar, el, ...). A foreign text
comes half the time from a foreign dev page of the part's sources, half the time from those
sentences (2-4 to a paragraph).

  tune2   foreign_portal    a short English article (2-4 paragraphs) in a foreign page whose
                            portal around it grows to dozens of foreign teasers and link lists
  (read)  inline_markup     an English article in a foreign shell with markup every few words
                            (links, <b>, <em>, <span>: text runs under 40 characters)
          faq               foreign questions, English answers (<details>, <dl> or headings), on an
                            English page or in a foreign shell
          lesson            a language lesson: the English page's paragraphs with foreign example
                            sentences (some with a short English gloss) after each
          lyrics_lines      a song or poem with a line-by-line translation (<br> lines, foreign and
                            English taking turns) after 0-2 of the page's paragraphs
  blind   shop_product      a foreign shop page: foreign product title, specs and reviews, an
                            English product description, foreign "also bought" links
  (scored dictionary_table  a glossary table: short foreign terms, English definitions
  once)   subtitles         a transcript: numbered cues with times, a foreign line and its English
                            line taking turns
          foreign_head      an English page with a foreign <title>, meta and og: texts, alt, title and
                            aria-label attributes, a foreign breadcrumb and a long foreign <select>
          named_entities    English paragraphs with foreign names and phrases every few words
                            (plain, in <i>, in links or in parentheses)

Sources never cross parts: `tune2` takes the dev pages `_real_mixed_pages`' tuning part takes
(never the held-out fifth) and the first half of each language's sentences; `blind` takes the
held-out fifth's pages and the second half of the sentences, and more languages (uk, ko, he, cs,
sv, hi, th, bg). The pages of both parts are generated from a seed, and `python
benchmarks/_real_mixed_pages2.py` writes their sha256 to `data/real_mixed_pages2.tsv`; that file
was committed before either part was scored, and `pages()` checks every page against it.
"""
from __future__ import annotations

import hashlib
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _real_mixed_pages import (_MAIN_MIN_CHARS, RealMixedPage, _element, _link_texts,  # noqa: E402
                               _main_block, _parse, _serialize, _Source, _sources)

TUNE2_CONSTRUCTIONS = ("foreign_portal", "inline_markup", "faq", "lesson", "lyrics_lines")
BLIND_CONSTRUCTIONS = ("shop_product", "dictionary_table", "subtitles", "foreign_head", "named_entities")
SENTENCE_LANGUAGES = ("de", "fr", "es", "pt", "it", "nl", "pl", "tr", "vi", "ru", "zh", "ja", "ar", "el")
BLIND_EXTRA_LANGUAGES = ("uk", "ko", "he", "cs", "sv", "hi", "th", "bg")
MANIFEST = Path(__file__).resolve().parent / "data" / "real_mixed_pages2.tsv"
_LANGID = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "langid"
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")


def _lingua(language: str, part: str) -> list[str]:
    lines = [s.strip() for s in (_LANGID / f"{language}.txt").read_text(encoding="utf-8").splitlines() if s.strip()]
    half = len(lines) // 2
    return lines[:half] if part == "tune2" else lines[half:]


def _sentence_donor(rng: random.Random, language: str, part: str) -> _Source:
    """A donor of lingua's sentences: paragraphs of 2-4 sentences in a random order."""
    sentences = _lingua(language, part)[:]
    rng.shuffle(sentences)
    paragraphs, at = [], 0
    while at < len(sentences) and len(paragraphs) < 60:
        n = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[at:at + n]))
        at += n
    return _Source(f"langid::{language}::{part}", "", language, paragraphs, 0)


def _sentences(paragraphs: list[str]) -> list[str]:
    return [s.strip() for p in paragraphs for s in _SENTENCE_END.split(p) if len(s.strip()) >= 8]


def _spaced(text: str) -> bool:
    return text.count(" ") >= len(text) / 12


def _chunks(rng: random.Random, text: str, low: int, high: int) -> list[str]:
    """`text` cut into pieces of low-high words (or 3x that in characters, for unspaced scripts)."""
    if _spaced(text):
        words, out = text.split(), []
        while words:
            n = rng.randint(low, high)
            out.append(" ".join(words[:n]))
            words = words[n:]
        return out
    out = []
    while text:
        n = rng.randint(3 * low, 3 * high)
        out.append(text[:n])
        text = text[n:]
    return out


def _phrase(rng: random.Random, sentences: list[str], low: int = 1, high: int = 3) -> str:
    """A short phrase from the foreign sentences: capitalized words where they have some (names)."""
    sentence = rng.choice(sentences)
    if not _spaced(sentence):
        start = rng.randrange(max(1, len(sentence) - 6))
        return sentence[start:start + rng.randint(2, 6)]
    words = sentence.split()
    capitals = [i for i, w in enumerate(words) if w[:1].isupper() and i > 0]
    start = rng.choice(capitals) if capitals and rng.random() < 0.7 else rng.randrange(len(words))
    return " ".join(words[start:start + rng.randint(low, high)]).strip(".,;:!?()\"'«»„“”")


def _replace_main(main, elements) -> None:
    """The main block's long paragraphs give way to `elements` (at the first one's place)."""
    parent, paragraphs = main
    for element in elements:
        paragraphs[0].addprevious(element)
    for paragraph in paragraphs:
        parent.remove(paragraph)


def _english_paragraphs(english: _Source, low: int, high: int, rng: random.Random) -> list[str]:
    count = rng.randint(low, high)
    start = rng.randrange(max(1, len(english.paragraphs) - count + 1))
    return english.paragraphs[start:start + count]


# --- tune2 ----------------------------------------------------------------------------------------

def _foreign_portal(rng, tree, main, donor, english, same_language):
    """`tree` is a foreign page, `same_language` other pages in its language: its main block gets a
    short English article, and teasers, link lists and footer columns from those pages around it."""
    _replace_main(main, [_element("p", text) for text in _english_paragraphs(english, 2, 4, rng)])
    body = tree.find("body")
    others = same_language or [donor]
    links = [t for page in others for t in _link_texts(page)] or [p[:50] for p in donor.paragraphs]
    paragraphs = [p for page in others for p in page.paragraphs]
    top = _element("section", **{"class": "top-stories"})
    for n in range(rng.randint(20, 70)):
        teaser = _element("article", **{"class": "teaser"})
        heading = _element("h3")
        heading.append(_element("a", rng.choice(links), href=f"/story/{n}"))
        teaser.append(heading)
        if rng.random() < 0.7:
            text = rng.choice(paragraphs)
            teaser.append(_element("p", text[:rng.randint(80, 260)]))
        top.append(teaser)
    most_read = _element("aside", **{"class": "most-read"})
    listing = _element("ol")
    for n in range(rng.randint(10, 40)):
        item = _element("li")
        item.append(_element("a", rng.choice(links), href=f"/read/{n}"))
        listing.append(item)
    most_read.append(listing)
    footer = _element("footer", **{"class": "portal-footer"})
    for column in range(rng.randint(3, 6)):
        block = _element("ul")
        for n in range(rng.randint(5, 15)):
            item = _element("li")
            item.append(_element("a", rng.choice(links), href=f"/c{column}/{n}"))
            block.append(item)
        footer.append(block)
    body.insert(rng.randint(0, min(2, len(body))), top)
    body.append(most_read)
    body.append(footer)


_INLINE_TAGS = ("a", "b", "em", "span", "strong", "i", "a", "a")


def _inline_markup(rng, tree, main, donor, english):
    """`tree` is a foreign page: its main block gets the English page's paragraphs with markup every
    2-6 words (wiki-style links, bold, emphasis, spans), so no text run is 40 characters long."""
    elements = []
    for text in english.paragraphs[:rng.randint(3, 12)]:
        paragraph = _element("p")
        last = None
        for n, piece in enumerate(_chunks(rng, text, 2, 6)):
            if n % 2 == 0 or rng.random() < 0.3:
                tag = rng.choice(_INLINE_TAGS)
                attributes = {"href": f"/wiki/{piece.split()[0] if piece.split() else n}"} if tag == "a" else {}
                if tag == "span":
                    attributes["class"] = rng.choice(["term", "hl", "tooltip"])
                last = _element(tag, piece, **attributes)
                last.tail = " "
                paragraph.append(last)
            elif last is None:
                paragraph.text = piece + " "
            else:
                last.tail = " " + piece + " "
        elements.append(paragraph)
    _replace_main(main, elements)


def _faq(rng, tree, main, donor, english):
    """Foreign questions with English answers (1-3 sentences each) in the main block."""
    questions = _sentences(donor.paragraphs)
    answers = _sentences(english.paragraphs)
    style = rng.choice(["details", "dl", "headings"])
    container = _element("div" if style != "dl" else "dl", **{"class": "faq"})
    at = rng.randrange(max(1, len(answers)))
    for _ in range(rng.randint(4, 15)):
        question = rng.choice(questions)[:rng.randint(50, 150)].rstrip(" ,.;:") + "?"
        n = rng.randint(1, 3)
        answer = " ".join(answers[(at + k) % len(answers)] for k in range(n))
        at += n
        if style == "details":
            item = _element("details")
            item.append(_element("summary", question))
            item.append(_element("p", answer))
            container.append(item)
        elif style == "dl":
            container.append(_element("dt", question))
            container.append(_element("dd", answer))
        else:
            container.append(_element("h3", question))
            container.append(_element("p", answer))
    _replace_main(main, [container])


def _lesson(rng, tree, main, donor, english):
    """A language lesson: after each of the English page's paragraphs, 1-5 foreign example
    sentences (half of them with a short English gloss)."""
    parent, paragraphs = main
    examples = _sentences(donor.paragraphs)
    glosses = _sentences(english.paragraphs)
    for paragraph in paragraphs:
        listing = _element("ul", **{"class": "examples"})
        for _ in range(rng.randint(1, 5)):
            item = _element("li")
            item.append(_element("span", rng.choice(examples), lang=donor.language, **{"class": "example"}))
            if rng.random() < 0.5:
                gloss = " ".join(rng.choice(glosses).split()[:rng.randint(4, 10)])
                item.append(_element("i", gloss, **{"class": "gloss"}))
                item[-1].tail = None
            listing.append(item)
        paragraph.addnext(listing)


def _lyrics_lines(rng, tree, main, donor, english):
    """A song or poem, a foreign line then its English line, <br> between lines, 3-8 stanzas, after
    0-2 of the page's paragraphs (the others go)."""
    parent, paragraphs = main
    foreign = [line for s in _sentences(donor.paragraphs) for line in _chunks(rng, s, 4, 9)]
    lines_en = [line for s in _sentences(english.paragraphs) for line in _chunks(rng, s, 4, 9)]
    block = _element("div", **{"class": "lyrics"})
    f, e = rng.randrange(len(foreign)), rng.randrange(len(lines_en))
    for _ in range(rng.randint(3, 8)):
        stanza = _element("p")
        pairs = []
        for _ in range(rng.randint(4, 8)):
            pairs += [foreign[f % len(foreign)], lines_en[e % len(lines_en)]]
            f, e = f + 1, e + 1
        stanza.text = pairs[0]
        for line in pairs[1:]:
            br = _element("br")
            br.tail = line
            stanza.append(br)
        block.append(stanza)
    keep = rng.randint(0, 2)
    paragraphs[min(keep, len(paragraphs)) - 1].addnext(block) if keep else paragraphs[0].addprevious(block)
    for paragraph in paragraphs[keep:]:
        parent.remove(paragraph)


# --- blind ----------------------------------------------------------------------------------------

def _shop_product(rng, tree, main, donor, english, same_language):
    """`tree` is a foreign page: its main block becomes a product page with a foreign title, specs,
    reviews and related links around an English description (1-5 paragraphs)."""
    others = same_language or [donor]
    paragraphs = [p for page in others for p in page.paragraphs] or donor.paragraphs
    links = [t for page in others for t in _link_texts(page)] or [p[:40] for p in paragraphs]
    phrases = _sentences(paragraphs)
    elements = [_element("h1", rng.choice(phrases)[:rng.randint(25, 70)]),
                _element("span", f"{rng.randint(5, 900)},{rng.randint(0, 99):02d} €", **{"class": "price"})]
    specs = _element("table", **{"class": "specs"})
    for _ in range(rng.randint(4, 12)):
        row = _element("tr")
        row.append(_element("th", _phrase(rng, phrases, 1, 2)))
        row.append(_element("td", rng.choice([_phrase(rng, phrases, 1, 3), f"{rng.randint(1, 500)} cm"])))
        specs.append(row)
    description = _element("div", **{"class": "description"})
    for text in _english_paragraphs(english, 1, 5, rng):
        description.append(_element("p", text))
    reviews = _element("section", **{"class": "reviews"})
    for _ in range(rng.randint(3, 15)):
        review = _element("div", **{"class": "review"})
        review.append(_element("span", "★" * rng.randint(1, 5), **{"class": "stars"}))
        review.append(_element("span", f"{_phrase(rng, phrases, 1, 1)} {rng.randint(1, 99)}", **{"class": "author"}))
        review.append(_element("p", rng.choice(paragraphs)[:rng.randint(60, 400)]))
        reviews.append(review)
    related = _element("ul", **{"class": "also-bought"})
    for n in range(rng.randint(10, 40)):
        item = _element("li")
        item.append(_element("a", rng.choice(links), href=f"/p/{n}"))
        related.append(item)
    order = [description, specs, reviews] if rng.random() < 0.5 else [specs, description, reviews]
    _replace_main(main, elements + order + [related])


def _dictionary_table(rng, tree, main, donor, english):
    """A glossary: 0-2 of the page's paragraphs, then a table (or <dl>) of 15-80 short foreign terms,
    each with a part of speech and an English definition."""
    parent, paragraphs = main
    phrases = _sentences(donor.paragraphs)
    definitions = _sentences(english.paragraphs)
    as_table = rng.random() < 0.7
    block = _element("table" if as_table else "dl", **{"class": "glossary"})
    for _ in range(rng.randint(15, 80)):
        term = _phrase(rng, phrases, 1, 3)
        definition = rng.choice(definitions)[:rng.randint(40, 160)]
        if as_table:
            row = _element("tr")
            row.extend([_element("td", term, lang=donor.language),
                        _element("td", rng.choice(["n.", "v.", "adj.", "adv.", "phr."])), _element("td", definition)])
            block.append(row)
        else:
            block.extend([_element("dt", term, lang=donor.language), _element("dd", definition)])
    keep = rng.randint(0, 2)
    paragraphs[min(keep, len(paragraphs)) - 1].addnext(block) if keep else paragraphs[0].addprevious(block)
    for paragraph in paragraphs[keep:]:
        parent.remove(paragraph)


def _subtitles(rng, tree, main, donor, english):
    """A transcript after 0-1 of the page's paragraphs: 20-80 numbered cues with times, each a
    foreign line and an English line (separate <p>s, or one <p> with <br>s)."""
    parent, paragraphs = main
    foreign = [line for s in _sentences(donor.paragraphs) for line in _chunks(rng, s, 5, 14)]
    lines_en = [line for s in _sentences(english.paragraphs) for line in _chunks(rng, s, 5, 14)]
    block = _element("div", **{"class": "transcript"})
    f, e, t = rng.randrange(len(foreign)), rng.randrange(len(lines_en)), rng.randint(0, 300)
    with_breaks = rng.random() < 0.5
    for n in range(1, rng.randint(20, 80)):
        stamp = f"{n}  00:{t // 60:02d}:{t % 60:02d},{rng.randint(0, 999):03d} --> 00:{(t + 3) // 60:02d}:{(t + 3) % 60:02d},000"
        t += rng.randint(2, 7)
        cue = _element("div", **{"class": "cue"})
        cue.append(_element("span", stamp, **{"class": "time"}))
        if with_breaks:
            lines = _element("p", foreign[f % len(foreign)])
            br = _element("br")
            br.tail = lines_en[e % len(lines_en)]
            lines.append(br)
            cue.append(lines)
        else:
            cue.append(_element("p", foreign[f % len(foreign)], lang=donor.language))
            cue.append(_element("p", lines_en[e % len(lines_en)], **{"class": "translation"}))
        f, e = f + 1, e + 1
        block.append(cue)
    keep = rng.randint(0, 1)
    paragraphs[0].addnext(block) if keep else paragraphs[0].addprevious(block)
    for paragraph in paragraphs[keep:]:
        parent.remove(paragraph)


def _foreign_head(rng, tree, main, donor, english):
    """The English page's head and attributes in another language: <title>, meta description and
    keywords, og: and twitter: texts, alt/title/aria-label on 10-40 images and links, a foreign
    breadcrumb and a <select> of 30-200 foreign options."""
    phrases = _sentences(donor.paragraphs)
    head = tree.find("head")
    if head is None:
        head = _element("head")
        tree.insert(0, head)
    for old in list(head.iter("title")):
        old.getparent().remove(old)
    head.append(_element("title", rng.choice(phrases)[:rng.randint(30, 90)]))
    for name, text in (("description", rng.choice(donor.paragraphs)[:300]),
                       ("keywords", ", ".join(_phrase(rng, phrases) for _ in range(12)))):
        head.append(_element("meta", name=name, content=text))
    for prop in ("og:title", "og:description", "twitter:title", "twitter:description"):
        head.append(_element("meta", property=prop, content=rng.choice(phrases)[:200]))
    body = tree.find("body")
    crumbs = _element("nav", **{"aria-label": _phrase(rng, phrases, 1, 2), "class": "breadcrumb"})
    for n in range(rng.randint(3, 6)):
        crumbs.append(_element("a", _phrase(rng, phrases, 1, 3), href=f"/b/{n}", title=rng.choice(phrases)[:80]))
    body.insert(0, crumbs)
    parent, paragraphs = main
    for n in range(rng.randint(10, 40)):
        figure = _element("a", href=f"/g/{n}", title=rng.choice(phrases)[:100],
                          **{"aria-label": rng.choice(phrases)[:100]})
        figure.append(_element("img", src=f"/i/{n}.jpg", alt=rng.choice(phrases)[:150]))
        rng.choice(paragraphs).addnext(figure)
    select = _element("select", name="region", **{"aria-label": _phrase(rng, phrases, 1, 3)})
    for n in range(rng.randint(30, 200)):
        select.append(_element("option", _phrase(rng, phrases, 1, 3), value=str(n)))
    form = _element("form", **{"class": "region-picker"})
    form.append(select)
    body.insert(rng.choice([1, len(body)]), form)


def _named_entities(rng, tree, main, donor, english):
    """Foreign names and phrases in the English paragraphs every 4-12 words: plain, in <i>, in
    links or in parentheses."""
    parent, paragraphs = main
    phrases = _sentences(donor.paragraphs)
    for paragraph in paragraphs:
        words = " ".join(paragraph.text_content().split()).split()
        for child in list(paragraph):
            paragraph.remove(child)
        paragraph.text = ""
        last, at = None, 0
        while at < len(words):
            n = rng.randint(4, 12)
            piece = " ".join(words[at:at + n]) + " "
            at += n
            name = _phrase(rng, phrases, 1, 4)
            style = rng.random()
            if style < 0.4:
                piece += name + " "
                element = None
            elif style < 0.55:
                piece += f"({name}) "
                element = None
            else:
                element = _element(rng.choice(["i", "a", "span"]), name)
                if element.tag == "a":
                    element.set("href", f"/wiki/{n}")
            if last is None:
                paragraph.text += piece
            else:
                last.tail = (last.tail or "") + piece
            if element is not None:
                element.tail = " "
                paragraph.append(element)
                last = element


CONSTRUCTIONS = {
    "foreign_portal": _foreign_portal, "inline_markup": _inline_markup, "faq": _faq, "lesson": _lesson,
    "lyrics_lines": _lyrics_lines, "shop_product": _shop_product, "dictionary_table": _dictionary_table,
    "subtitles": _subtitles, "foreign_head": _foreign_head, "named_entities": _named_entities,
}
_FOREIGN_HOST = {"foreign_portal", "inline_markup", "shop_product"}  # the foreign page's markup, English text
_SAME_LANGUAGE = {"foreign_portal", "shop_product"}  # take other pages of the host's language too


def pages(part: str, count: int = 300, seed: int = 26, check: bool = True) -> list[RealMixedPage]:
    """`count` pages of `part` ("tune2" or "blind"), constructions taking turns; with `check`, each
    page's sha256 must be the one in MANIFEST (the pages scored are the pages committed)."""
    if part not in ("tune2", "blind"):
        raise ValueError(f"part must be 'tune2' or 'blind', got {part!r}")
    sources = _sources()["tuning" if part == "tune2" else "held_back"]
    english = [s for s in sources if s.language == "en" and s.main_chars >= _MAIN_MIN_CHARS
               and len(s.paragraphs) >= 2]
    foreign = [s for s in sources if s.language != "en" and len(s.paragraphs) >= 3]
    foreign_hosts = [s for s in foreign if s.main_chars >= _MAIN_MIN_CHARS]
    constructions = TUNE2_CONSTRUCTIONS if part == "tune2" else BLIND_CONSTRUCTIONS
    sentence_languages = SENTENCE_LANGUAGES + (BLIND_EXTRA_LANGUAGES if part == "blind" else ())
    rng = random.Random(f"real-mixed-2-{part}-{seed}")
    out: list[RealMixedPage] = []
    attempt = 0
    while len(out) < count and attempt < 4 * count:
        construction = constructions[attempt % len(constructions)]
        attempt += 1
        page_rng = random.Random(rng.random())
        english_source = page_rng.choice(english)
        same_language = []
        if construction in _FOREIGN_HOST:
            counts = Counter(s.language for s in foreign_hosts)
            language = page_rng.choices(sorted(counts), [counts[k] ** 0.5 for k in sorted(counts)])[0]
            host = page_rng.choice([s for s in foreign_hosts if s.language == language])
            donor = host
            if construction in _SAME_LANGUAGE:
                others = [s for s in foreign if s.language == language and s is not host]
                same_language = page_rng.sample(others, min(len(others), page_rng.randint(1, 4)))
        else:
            host = english_source
            if page_rng.random() < 0.5:
                counts = Counter(s.language for s in foreign)
                language = page_rng.choices(sorted(counts), [counts[k] ** 0.5 for k in sorted(counts)])[0]
                donor = page_rng.choice([s for s in foreign if s.language == language])
            else:
                donor = _sentence_donor(page_rng, page_rng.choice(sentence_languages), part)
        tree = _parse(host.document)
        main = _main_block(tree) if tree is not None else None
        if main is None:
            continue
        make = CONSTRUCTIONS[construction]
        if construction in _SAME_LANGUAGE:
            make(page_rng, tree, main, donor, english_source, same_language)
        else:
            make(page_rng, tree, main, donor, english_source)
        lie = page_rng.random() < 1 / 3
        lang = ("en" if construction in _FOREIGN_HOST else donor.language) if lie else None
        out.append(RealMixedPage(
            key=f"{part}/{len(out):04d}-{construction}-{donor.language}",
            html=_serialize(tree, lang), construction=construction, host=host.key,
            donor=english_source.key if construction in _FOREIGN_HOST else donor.key,
            donor_language=donor.language))
    if check:
        expected = _manifest()
        for page in out:
            digest = hashlib.sha256(page.html).hexdigest()
            if expected.get(page.key) != digest:
                raise RuntimeError(f"{MANIFEST}: page {page.key} is not the one committed "
                                   f"({digest[:12]} against {str(expected.get(page.key))[:12]}); the "
                                   f"sources or the generator changed")
    return out


def _manifest() -> dict[str, str]:
    if not MANIFEST.is_file():
        return {}
    rows = (line.split("\t") for line in MANIFEST.read_text().splitlines() if line and not line.startswith("#"))
    return {row[0]: row[1] for row in rows}


def describe(part: str) -> dict:
    """Facts about a part: its constructions, its pages' other languages."""
    made = pages(part)
    return dict(constructions=dict(Counter(p.construction for p in made)),
                languages=dict(Counter(p.donor_language for p in made)))


if __name__ == "__main__":
    lines = ["# key\tsha256 of the page (written by python benchmarks/_real_mixed_pages2.py)"]
    for part in ("tune2", "blind"):
        for page in pages(part, check=False):
            lines.append(f"{page.key}\t{hashlib.sha256(page.html).hexdigest()}")
    MANIFEST.write_text("\n".join(lines) + "\n")
    print(f"wrote {MANIFEST} ({len(lines) - 1} pages)")
