"""English pages that quote other languages at length, for the language prefilter.

An English article about a language, a poem, a law or a speech often quotes it: block quotes,
example-sentence tables, song lyrics beside their translation, glossaries, parallel texts. The
prefilter previews a page by its longest text runs, so long foreign quotes can fill the preview
of a page whose main text is English (issue 26). Each page here is built from real sentences
(../shared/data/langid, lingua's test sentences: English prose and the quoted language) in one of
several layouts, inside a site shell (menu, sidebar, footer) in English or in the quoted
language. Whether a page counts as English is not decided here: the benchmark extracts it and
runs the `langid` step on the text, as the pipeline would; a page is lost when the prefilter
drops a page that extraction and langid keep.

Two parts, never mixed: `part="tuning"` uses the first half of every language's sentences,
TUNING_LAYOUTS and TUNING_LANGUAGES; `part="held_back"` the other half of the sentences,
HELD_BACK_LAYOUTS (layouts no tuning page has) and HELD_BACK_LANGUAGES (other languages and
scripts). The prefilter's settings were chosen on the tuning part only.
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

TUNING_LANGUAGES = ("de", "fr", "es", "ru", "ja", "zh", "ar", "pl", "it", "hi")
HELD_BACK_LANGUAGES = ("pt", "nl", "uk", "ko", "he", "el", "tr", "th", "sv", "fa", "vi", "cs")
TUNING_LAYOUTS = ("block_quotes", "example_table", "lyrics_side_by_side", "glossary", "parallel_text",
                  "long_quotes_short_commentary")
HELD_BACK_LAYOUTS = ("inline_quotes", "vocabulary_list", "interview_transcript", "source_in_pre",
                     "footnoted_citations", "parallel_text", "speech_with_notes")


@dataclass
class MixedPage:
    key: str
    html: bytes
    layout: str
    quoted: str  # the quoted language
    foreign_share: float  # share of the body's sentence characters in the quoted language


_SENTENCES: dict[str, list[str]] = {}


def _sentences(language: str, part: str) -> list[str]:
    if language not in _SENTENCES:
        path = SHARED_DATA / "langid" / f"{language}.txt"
        _SENTENCES[language] = [s.strip() for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]
    lines = _SENTENCES[language]
    half = len(lines) // 2
    return lines[:half] if part == "tuning" else lines[half:]


def _e(text: str) -> str:
    return html.escape(text, quote=False)


class _Writer:
    def __init__(self, rng: random.Random, language: str, part: str):
        self.rng, self.language = rng, language
        self.english, self.foreign = _sentences("en", part), _sentences(language, part)
        self.chars = {"en": 0, "foreign": 0}

    def en(self, n: int) -> str:
        text = " ".join(self.rng.choice(self.english) for _ in range(n))
        self.chars["en"] += len(text)
        return text

    def fx(self, n: int) -> str:
        text = " ".join(self.rng.choice(self.foreign) for _ in range(n))
        self.chars["foreign"] += len(text)
        return text

    def en_paragraphs(self, count: int, sentences: tuple[int, int] = (1, 3)) -> str:
        return "".join(f"<p>{_e(self.en(self.rng.randint(*sentences)))}</p>" for _ in range(count))


def _block_quotes(w: _Writer) -> str:
    rng, out = w.rng, []
    for _ in range(rng.randint(2, 4)):
        out.append(w.en_paragraphs(rng.randint(1, 3), (2, 4)))
        out.append(f"<blockquote><p>{_e(w.fx(rng.randint(2, 6)))}</p></blockquote>")
    return "".join(out) + w.en_paragraphs(rng.randint(1, 3), (2, 4))


def _example_table(w: _Writer) -> str:
    rng = w.rng
    rows = "".join(f"<tr><td>{_e(w.fx(1))}</td><td>{_e(w.en(1))}</td></tr>" for _ in range(rng.randint(6, 15)))
    return (w.en_paragraphs(rng.randint(1, 4), (2, 4)) + f"<table><tr><th>Example</th><th>Translation</th></tr>"
            f"{rows}</table>" + w.en_paragraphs(rng.randint(1, 3), (2, 4)))


def _lyrics_side_by_side(w: _Writer) -> str:
    rng = w.rng
    foreign = "<br>".join(_e(w.fx(1)) for _ in range(rng.randint(8, 16)))
    english = "<br>".join(_e(w.en(1)) for _ in range(rng.randint(6, 12)))
    return (w.en_paragraphs(rng.randint(1, 3), (2, 4)) + f'<div class="lyrics"><div class="original"><p>{foreign}</p>'
            f'</div><div class="translation"><p>{english}</p></div></div>' + w.en_paragraphs(rng.randint(1, 4), (2, 4)))


def _glossary(w: _Writer) -> str:
    rng = w.rng
    items = "".join(f"<dt>{_e(w.fx(1))}</dt><dd>{_e(w.en(1))}</dd>" for _ in range(rng.randint(6, 14)))
    return w.en_paragraphs(rng.randint(1, 4), (2, 4)) + f"<dl>{items}</dl>"


def _parallel_text(w: _Writer) -> str:
    rng, out = w.rng, []
    for _ in range(rng.randint(3, 6)):
        out.append(f'<p lang="{w.language}">{_e(w.fx(rng.randint(1, 3)))}</p>')
        out.append(f"<p>{_e(w.en(rng.randint(2, 4)))}</p>")
    return w.en_paragraphs(rng.randint(1, 3), (2, 4)) + "".join(out)


def _inline_quotes(w: _Writer) -> str:
    rng, out = w.rng, []
    for _ in range(rng.randint(4, 8)):
        out.append(f"<p>{_e(w.en(rng.randint(2, 3)))} <q>{_e(w.fx(rng.randint(1, 2)))}</q> {_e(w.en(rng.randint(1, 2)))}</p>")
    return "".join(out)


def _vocabulary_list(w: _Writer) -> str:
    rng = w.rng
    items = "".join(f"<li><b>{_e(w.fx(1))}</b> – {_e(w.en(1))}</li>" for _ in range(rng.randint(8, 16)))
    return w.en_paragraphs(rng.randint(1, 3), (2, 4)) + f"<ol>{items}</ol>" + w.en_paragraphs(rng.randint(1, 2), (2, 4))


def _interview_transcript(w: _Writer) -> str:
    rng, out = w.rng, []
    for _ in range(rng.randint(3, 7)):
        out.append(f"<p><strong>Q:</strong> {_e(w.en(1))}</p>")
        out.append(f"<p><strong>A:</strong> <span lang='{w.language}'>{_e(w.fx(rng.randint(1, 3)))}</span> "
                   f"<em>({_e(w.en(rng.randint(2, 4)))})</em></p>")
    return w.en_paragraphs(rng.randint(1, 3), (2, 4)) + "".join(out)


def _source_in_pre(w: _Writer) -> str:
    rng = w.rng
    source = "\n".join(_e(w.fx(1)) for _ in range(rng.randint(4, 12)))
    return w.en_paragraphs(rng.randint(2, 5), (2, 4)) + f"<pre>{source}</pre>" + w.en_paragraphs(rng.randint(1, 3), (2, 4))


def _footnoted_citations(w: _Writer) -> str:
    rng = w.rng
    notes = "".join(f"<li id='fn{i}'>{_e(w.fx(rng.randint(1, 2)))}</li>" for i in range(rng.randint(3, 7)))
    body = "".join(f"<p>{_e(w.en(rng.randint(2, 4)))}<sup><a href='#fn{i}'>{i}</a></sup></p>"
                   for i in range(rng.randint(4, 8)))
    return body + f"<ol class='footnotes'>{notes}</ol>"


def _long_quotes_short_commentary(w: _Writer) -> str:
    """The quotes are the page's longest runs; the English is many short paragraphs."""
    rng, out = w.rng, []
    for _ in range(rng.randint(4, 7)):
        out.append(f"<blockquote>{_e(w.fx(rng.randint(2, 4)))}</blockquote>")
        out.append("".join(f"<p>{_e(w.en(1))}</p>" for _ in range(rng.randint(6, 12))))
    return "".join(out)


def _speech_with_notes(w: _Writer) -> str:
    """A speech in its language, paragraph by paragraph, each followed by short English notes."""
    rng, out = w.rng, []
    for _ in range(rng.randint(3, 6)):
        out.append(f'<div class="speech" lang="{w.language}"><p>{_e(w.fx(rng.randint(2, 4)))}</p></div>')
        out.append("<ul class='notes'>" + "".join(f"<li>{_e(w.en(1))}</li>" for _ in range(rng.randint(6, 12)))
                   + "</ul>")
    return w.en_paragraphs(1, (1, 2)) + "".join(out)


LAYOUTS = {
    "block_quotes": _block_quotes, "example_table": _example_table, "lyrics_side_by_side": _lyrics_side_by_side,
    "glossary": _glossary, "parallel_text": _parallel_text, "inline_quotes": _inline_quotes,
    "vocabulary_list": _vocabulary_list, "interview_transcript": _interview_transcript,
    "source_in_pre": _source_in_pre, "footnoted_citations": _footnoted_citations,
    "long_quotes_short_commentary": _long_quotes_short_commentary, "speech_with_notes": _speech_with_notes,
}
_MENU_EN = ("Home", "Lessons", "Grammar", "Vocabulary", "Culture", "About", "Contact", "Blog")


def _page(w: _Writer, body: str, title: str) -> str:
    rng = w.rng
    menu_words = list(_MENU_EN) if rng.random() < 0.6 else [" ".join(w.fx(1).split()[:2]) for _ in range(7)]
    menu = "".join(f'<li><a href="/{i}">{_e(m)}</a></li>' for i, m in enumerate(menu_words))
    sidebar = ""
    if rng.random() < 0.4:  # related posts, in the quoted language half the time
        items = [w.fx(1) if rng.random() < 0.5 else w.en(1) for _ in range(rng.randint(3, 6))]
        sidebar = "<aside><ul>" + "".join(f"<li><a href='/r'>{_e(t[:70])}</a></li>" for t in items) + "</ul></aside>"
    style = "<style>body{font-family:serif}</style>" if rng.random() < 0.5 else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>{style}'
            f"</head><body><nav><ul>{menu}</ul></nav><main><article><h1>{_e(title)}</h1>{body}</article></main>"
            f"{sidebar}<footer><p>Copyright 2024. All rights reserved.</p></footer></body></html>")


def mixed_language_pages(part: str = "tuning", count: int = 300, seed: int = 26) -> list[MixedPage]:
    """`count` pages of `part` ("tuning" or "held_back")."""
    if part not in ("tuning", "held_back"):
        raise ValueError(f"part must be 'tuning' or 'held_back', got {part!r}")
    languages = TUNING_LANGUAGES if part == "tuning" else HELD_BACK_LANGUAGES
    layouts = TUNING_LAYOUTS if part == "tuning" else HELD_BACK_LAYOUTS
    rng = random.Random(f"mixed-{part}-{seed}")
    pages = []
    for n in range(count):
        language, layout = languages[n % len(languages)], layouts[(n // len(languages)) % len(layouts)]
        writer = _Writer(random.Random(rng.random()), language, part)
        title_words = writer.en(1).split()
        body = LAYOUTS[layout](writer)
        share = writer.chars["foreign"] / max(1, writer.chars["foreign"] + writer.chars["en"])
        pages.append(MixedPage(key=f"{part}/{n:04d}-{layout}-{language}",
                               html=_page(writer, body, " ".join(title_words[:8])).encode(),
                               layout=layout, quoted=language, foreign_share=share))
    return pages
