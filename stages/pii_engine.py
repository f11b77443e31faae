"""What the pii step (stages/pii.py) needs at work: presidio and spaCy's blank tokenizer, the
recognizers and their compiled patterns, the context models. Importing this module costs ~1.4 CPU s
(the recognizers' regular expressions ~0.8 s, spaCy ~0.3 s, presidio ~0.2 s), so `PiiScrubber`
imports it when it is built, once per worker; a driver that only reads `PiiSettings` to check a
recipe never does. Everything presidio-based is imported here, after torch is hidden (below).
"""
from __future__ import annotations

import sys
from collections.abc import Sequence

import numpy as np


def _hide_torch() -> bool:
    """spaCy imports thinc, and thinc imports torch whenever it is installed (the [train] extra
    installs it): 1.3 of the 2.3 CPU s that importing the pii step took in every Ray worker. The blank pipeline below never uses torch, so while spaCy and presidio are
    imported, `import torch` fails (thinc then records that it has no torch and carries on); a
    process that had imported torch already is left alone. Returns whether torch was hidden.
    transformers (the [classifier] extra) is hidden with it: presidio imports it when installed,
    and a transformers imported without torch would keep believing there is none."""
    if "torch" in sys.modules or "thinc" in sys.modules:
        return False
    sys.modules["torch"] = None  # "import torch" raises ImportError while this is here
    if "transformers" not in sys.modules:
        sys.modules["transformers"] = None
    return True


_TORCH_HIDDEN = _hide_torch()
try:
    import spacy
    from presidio_analyzer import (
        AnalysisExplanation,
        AnalyzerEngine,
        EntityRecognizer,
        RecognizerRegistry,
        RecognizerResult,
    )
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
    from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
    from spacy.language import Language
finally:
    for _hidden in ("torch", "transformers"):
        if _TORCH_HIDDEN and sys.modules.get(_hidden, 0) is None:
            del sys.modules[_hidden]

import phonenumbers

from stages.pii import CONTEXT_WORDS_BEFORE
from stages.pii_addresses import BoundedIpRecognizer, OfflineEmailRecognizer
from stages.pii_cards import (
    CardRecognizer,
    ExactIbanRecognizer,
    may_be_card,
    may_be_card_at,
)
from stages.pii_context import ENTITIES as CONTEXT_ENTITIES
from stages.pii_context import ContextModel
from stages.pii_context import candidates as context_candidates
from stages.pii_context import features as context_features
from stages.pii_layout import _Layout
from stages.pii_phone_context import load as load_phone_context
from stages.pii_phone_context import spans as phone_context_spans
from stages.pii_phones import PhoneNumbers
from stages.pii_regions import page_regions
from stages.pii_ssn import SsnRecognizer
from stages.pii_tables import csv_cells

__all__ = [
    "CONTEXT_ENTITIES",
    "AnalyzerEngine",
    "BlankSpacyNlpEngine",
    "CardRecognizer",
    "ContextModel",
    "IndexedContextEnhancer",
    "PhoneNumberRecognizer",
    "RecognizerResult",
    "SsnRecognizer",
    "_Layout",
    "build_analyzer",
    "context_candidates",
    "context_features",
    "csv_cells",
    "load_phone_context",
    "may_be_card",
    "may_be_card_at",
    "page_regions",
    "phone_context_spans",
]

# phonenumbers compiles a region's metadata patterns at each use and leaves them to the re
# module's cache (512 entries), which pages of many regions overflow, evicting the step's own
# patterns too: blind19, ~5 compiles per document and ~9% of `find`'s CPU. Its own switch keeps
# them all (about 1,040 after 1,500 documents of five blind sets in ~80 regions; bounded by its
# metadata). Older phonenumbers versions lack the switch.
if hasattr(phonenumbers, "enable_pattern_cache"):
    phonenumbers.enable_pattern_cache()

_LEMMA_COMPONENT = "cc_pipeline_lowercase_lemma"


@Language.component(_LEMMA_COMPONENT)
def _lowercase_lemma(doc):
    # A blank pipeline has no lemmatizer; presidio matches context words against lemmas. One
    # array copy (LOWER's string ids are LEMMA's) instead of a Token object per token: the
    # per-token loop was 13% of the step's time on real pages.
    if len(doc):
        doc.from_array([LEMMA], doc.to_array([LOWER]))
    return doc


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """presidio's spaCy engine over `spacy.blank(language)`: tokens only, nothing to download."""

    def __init__(self, language: str, context_words: frozenset[str]):
        super().__init__(models=[{"lang_code": language, "model_name": f"blank:{language}"}])
        self.language = language
        self.context_words = context_words
        self._stop_words: dict[str, bool] = {}

    def load(self) -> None:
        nlp = spacy.blank(self.language)
        nlp.add_pipe(_LEMMA_COMPONENT)
        nlp.max_length = 100_000_000  # tokenizer only: no parser memory to protect
        self.nlp = {self.language: nlp}

    def is_stopword(self, word: str, language: str) -> bool:
        # spaCy's stop list holds "call", one of the phone context words. presidio asks once per
        # token of every window; the answers are kept (up to 50,000 words, then started afresh).
        stop = self._stop_words.get(word)
        if stop is None:
            if len(self._stop_words) >= 50_000:
                self._stop_words.clear()
            stop = self._stop_words[word] = word not in self.context_words and \
                super().is_stopword(word, language)
        return stop


# --- phone numbers (stages/pii_phones.py) ------------------------------------------------------

class PhoneNumberRecognizer(EntityRecognizer):
    """presidio's face of `PhoneNumbers` (stages/pii_phones.py); the step calls `spans` itself, on
    whole texts, outside presidio's windows."""

    def __init__(self, supported_language: str = "en", **kwargs):
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language=supported_language,
                         context=[], name="PhoneNumberRecognizer", **kwargs)
        self.numbers = PhoneNumbers()

    def load(self) -> None:
        pass

    def spans(self, text: str, regions: Sequence[str] = ()) -> list[tuple[int, int, float]]:
        return self.numbers.spans(text, regions)

    def analyze(self, text, entities=None, nlp_artifacts=None, regions: Sequence[str] = ()):
        """presidio's entry point; `regions`: the page's region hints (see `page_regions`). Scores
        include the context, so presidio's context enhancer leaves them alone."""
        return [RecognizerResult(
            "PHONE_NUMBER", start, end, score,
            analysis_explanation=AnalysisExplanation(self.name, score),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                  RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True})
            for start, end, score in self.spans(text, regions)]


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """presidio's context enhancer, finding a match's token by binary search.

    presidio walks the spaCy Doc from its first token for every match, building a Token object
    per step: on web pages with a few dozen candidates that was ~45% of the stage's time. Token
    end offsets only grow, so the first token ending after the match start is a bisection away;
    the ends are computed once per Doc (spaCy's to_array, no Token objects).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._doc = None
        self._token_ends = np.zeros(0, dtype=np.int64)

    def _find_index_of_match_token(self, word, start, tokens, tokens_indices):
        if tokens is not self._doc:
            offsets = tokens.to_array([IDX, LENGTH]).astype(np.int64).reshape(-1, 2)
            self._doc, self._token_ends = tokens, offsets[:, 0] + offsets[:, 1]
        index = int(np.searchsorted(self._token_ends, start, side="right"))
        if index >= len(self._token_ends):
            raise ValueError(f"Did not find word '{word}' in the list of tokens although it is "
                             "expected to be found")  # presidio's own error
        return index


class _LazyNlpArtifacts(NlpArtifacts):
    """presidio's NlpArtifacts for a window, made by the NLP engine when first read."""

    def __init__(self, make):  # NlpArtifacts.__init__ runs in `make`, when first read
        self._make, self._made = make, None

    def __bool__(self):
        return True

    def __getattr__(self, name):  # only attributes this object lacks: NlpArtifacts' own
        if name.startswith("_"):
            raise AttributeError(name)
        if self._made is None:
            self._made = self._make()
        return getattr(self._made, name)


class WindowAnalyzerEngine(AnalyzerEngine):
    """presidio's engine that tokenizes a window only when something there needs its tokens.

    presidio runs its NLP engine (here spaCy's tokenizer) over every text before any recognizer.
    The recognizers the step gives presidio (e-mail, IP, IBAN) read no tokens: only the context
    enhancer does, for what they found. Most windows of real pages hold none of these (they are
    the digit runs around phones, SSNs, cards and dates: 278 of 332 windows of the 879 real
    pages), so the tokens are made when first read, through a lazy NlpArtifacts; a window where
    nothing is found is never tokenized. Results are identical (tests/stages/test_pii_engine.py).
    """

    def analyze(self, text, language, *args, **kwargs):
        if kwargs.get("nlp_artifacts") is None and len(args) < 10:  # (the 10th after `language`)
            kwargs["nlp_artifacts"] = _LazyNlpArtifacts(
                lambda: self.nlp_engine.process_text(text, language))
        return super().analyze(text, language, *args, **kwargs)


def build_analyzer(language: str = "en") -> AnalyzerEngine:
    """presidio AnalyzerEngine with this stage's recognizers; built once per worker."""
    recognizers = [
        OfflineEmailRecognizer(supported_language=language),
        PhoneNumberRecognizer(supported_language=language),
        BoundedIpRecognizer(supported_language=language),
        CardRecognizer(supported_language=language),  # for presidio's callers; the step calls its spans itself
        ExactIbanRecognizer(supported_language=language),
            ]
    registry = RecognizerRegistry(supported_languages=[language])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    context_words = frozenset(w.lower() for r in recognizers for w in (r.context or []))
    nlp_engine = BlankSpacyNlpEngine(language, context_words)
    nlp_engine.load()
    # whole_word: presidio's default substring mode lets "ip" match "ship", "tel" match "hotel".
    # Two words before the match (presidio: 5): on the data set a window of 5 reaches into the
    # previous sentence ("Tel. 059 8324682. The server at 47.211.182.86") and lifts the wrong type.
    enhancer = IndexedContextEnhancer(context_matching_mode="whole_word",
                                      context_prefix_count=CONTEXT_WORDS_BEFORE)
    return WindowAnalyzerEngine(nlp_engine=nlp_engine, registry=registry,
                                supported_languages=[language], context_aware_enhancer=enhancer)
