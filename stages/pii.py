"""PII scrubbing: document text in, text with typed placeholders ("<EMAIL_ADDRESS>") out, plus counts.

presidio-analyzer does the work with pattern/validation recognizers only (e-mail, phone via
`phonenumbers`, IP, credit card, IBAN, US SSN), over spaCy's blank English tokenizer: no spaCy model,
no download, and tldextract reads its bundled suffix list, never the network. A compiled regex
prefilter skips presidio on texts with no candidate at all. PII never drops a document.
"""
from __future__ import annotations

from collections.abc import Sequence

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
import phonenumbers
import spacy
import tldextract
from presidio_analyzer import (AnalysisExplanation, AnalyzerEngine, EntityRecognizer, Pattern, PatternRecognizer,
                               RecognizerRegistry, RecognizerResult)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (CreditCardRecognizer, EmailRecognizer,
                                                      IbanRecognizer, IpRecognizer,
                                                      PhoneRecognizer, UsSsnRecognizer)
from spacy.attrs import IDX, LENGTH
from spacy.language import Language

ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")


@dataclass(frozen=True)
class PiiConfig:
    entities: tuple[str, ...] = ENTITIES
    # Measured on shared/data/pii/pii_dev.jsonl (see tests/stages/test_pii.py): validated matches
    # score 1.0, well-formed IPs 0.6, presidio's medium SSN 0.5; weak shapes (bare digit runs as
    # phone / card / SSN) score 0.05-0.4 and reach >= 0.55 only with a context word ("phone",
    # "card", "ssn", ...) within 2 words before. Every type has P = R = 1.0 for any threshold in
    # [0.3, 0.55]; 0.5 also drops context-free national phone numbers (0.4), SSN-like 9-digit runs
    # and 12-19 digit Luhn runs, which on real text are mostly ids and order numbers.
    min_score: float = 0.5
    language: str = "en"

    def __post_init__(self):
        unknown = sorted(set(self.entities) - set(ENTITIES))
        if unknown:
            raise ValueError(f"PiiConfig.entities: unsupported {unknown}; choose from {ENTITIES}")
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"PiiConfig.min_score must be in [0, 1], got {self.min_score}")


# A text can hold a match of some recognizer below only if it matches this (each branch is a
# superset of the recognizers' own patterns; tests check it on the data set):
# e-mail needs "@"; IPv4 four dotted numbers; IPv6 "::" or hex:hex:hex; IBAN two capitals + two
# digits; phone (>= 7 digits, see _PhoneRecognizer), SSN (9) and card (12+) digit runs with at most
# 4 separators between consecutive digits (phonenumbers' own punctuation limit).
PREFILTER = re.compile(
    r"@"
    r"|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d"
    r"|::|[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]"
    r"|[A-Z]{2}\d{2}"
    r"|\d(?:\D{0,4}\d){6}"
)

CONTEXT_WORDS_BEFORE = 2
# Text kept on each side of a prefilter candidate for presidio: holds the context words before it
# and the whole of the longest entity around it (an IBAN is at most 34 characters plus spaces, an
# e-mail's local part 64 before its "@"), with room to spare.
WINDOW_CHARS = 200
# A window edge moves outwards to whitespace, so no token is cut; one that finds none within this
# many characters (a huge blob without spaces) gives up and takes the whole text.
MAX_EDGE_SHIFT = 2000
_MIN_PHONE_DIGITS = 7  # shorter "numbers" phonenumbers accepts are service codes, not people's lines
_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
_LEMMA_COMPONENT = "cc_pipeline_lowercase_lemma"


@Language.component(_LEMMA_COMPONENT)
def _lowercase_lemma(doc):
    # A blank pipeline has no lemmatizer; presidio matches context words against lemmas.
    for token in doc:
        token.lemma_ = token.lower_
    return doc


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """presidio's spaCy engine over `spacy.blank(language)`: tokens only, nothing to download."""

    def __init__(self, language: str, context_words: frozenset[str]):
        super().__init__(models=[{"lang_code": language, "model_name": f"blank:{language}"}])
        self.language = language
        self.context_words = context_words

    def load(self) -> None:
        nlp = spacy.blank(self.language)
        nlp.add_pipe(_LEMMA_COMPONENT)
        nlp.max_length = 100_000_000  # tokenizer only: no parser memory to protect
        self.nlp = {self.language: nlp}

    def is_stopword(self, word: str, language: str) -> bool:
        # spaCy's stop list holds "call", one of the phone context words.
        return word not in self.context_words and super().is_stopword(word, language)


class OfflineEmailRecognizer(EmailRecognizer):
    """presidio's e-mail recognizer whose domain check reads tldextract's bundled suffix list.

    presidio calls the module-level `tldextract.extract`, which fetches publicsuffix.org on first
    use; this instance never does (suffix_list_urls=() and no cache directory).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.tld_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def validate_result(self, pattern_text: str) -> bool:
        return self.tld_extract(pattern_text).fqdn != ""


class ScoredPhoneRecognizer(PhoneRecognizer):
    """presidio's phonenumbers recognizer, >= 7 digits; "+<country code>" numbers score higher.

    An international-format number that phonenumbers validates is strong evidence on its own
    (0.6); a national-format one (0.4, presidio's score) needs a context word.
    """

    INTERNATIONAL_SCORE = 0.6
    # presidio's list minus "number" (it also precedes card numbers), plus "tel" and "fax", plus
    # the verbs web pages put before a number ("can be reached on (617) 555-0178": the sample).
    CONTEXT = ["phone", "telephone", "tel", "cell", "cellphone", "mobile", "call", "fax", "whatsapp",
               "reach", "reached", "contact", "dial", "hotline", "ring"]
    # One region: "+<country code>" numbers parse in any region, and national-format numbers
    # (0.4) need a context word anyway, where PhoneShapeRecognizer already covers them. Eleven
    # regions found nothing more on the data set and ran 3x slower (phonenumbers was 70% of time).
    REGIONS = ("US",)

    def __init__(self, **kwargs):
        super().__init__(context=self.CONTEXT, supported_regions=self.REGIONS, **kwargs)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for result in super().analyze(text, entities, nlp_artifacts):
            span = text[result.start:result.end]
            if _count_digits(span) < _MIN_PHONE_DIGITS or _IPV4.fullmatch(span):
                continue  # short codes; dotted quads are IP addresses
            if span.startswith("+"):
                result.score = self.INTERNATIONAL_SCORE
            results.append(result)
        return results


class PhoneShapeRecognizer(PatternRecognizer):
    """Written phone shapes phonenumbers rejects (extensions, "(0)", unknown plans): weak, so
    they are reported only next to a phone context word."""

    PATTERNS = [Pattern(
        "phone shape (weak)",
        r"(?<![\w+.\-])"
        r"(?:\+\d{1,3}[ .\-]?|00\d{1,3}[ .\-]?)?"          # country code
        r"(?:\(0\)[ .\-]?)?"                              # trunk prefix "(0)"
        r"(?:\(\d{1,5}\)[ .\-]?)?"                        # area code in parentheses
        r"\d{1,15}(?:[ .\-]\d{1,15}){0,5}"                # digit groups: one way to split
        r"(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6})?"     # extension
        r"(?![\w\-]|\.\d)",
        0.2,
    )]

    def __init__(self, **kwargs):
        super().__init__(supported_entity="PHONE_NUMBER", patterns=self.PATTERNS,
                         context=ScoredPhoneRecognizer.CONTEXT, name="PhoneShapeRecognizer", **kwargs)

    def invalidate_result(self, pattern_text: str) -> bool:
        main = re.split(r"\s?(?:x|ext)", pattern_text)[0]
        return not _MIN_PHONE_DIGITS <= _count_digits(main) <= 15


class CardNumberRecognizer(PatternRecognizer):
    """Luhn-valid 12-19 digit card numbers of every length (Maestro 12-19, 2-series Mastercard,
    JCB 15, Visa 19) that presidio's 13-17 digit pattern misses: weak, needs "card"-like context."""

    PATTERNS = [Pattern("card number 12-19 digits (weak)",
                        r"(?<![\w+.\-])\d(?:[ \-]?\d){11,18}(?![\w\-]|\.\d)", 0.3)]

    def __init__(self, **kwargs):
        super().__init__(supported_entity="CREDIT_CARD", patterns=self.PATTERNS,
                         context=CreditCardRecognizer.CONTEXT, name="CardNumberRecognizer",
                         **kwargs)

    def invalidate_result(self, pattern_text: str) -> bool:
        separators = set(re.sub(r"\d", "", pattern_text))
        return len(separators) > 1 or not _luhn_valid(re.sub(r"\D", "", pattern_text))


class ExactIbanRecognizer(IbanRecognizer):
    """presidio's IBAN checks (mod-97 + per-country format, anchored) on the right extent.

    presidio's own regex lets a following capitalised word become a 4-character group
    ("ES12 ... 7689 ISBN"), which then fails the check and loses the IBAN; here every candidate
    start is extended character by character and the longest valid IBAN wins.
    """

    START = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}")
    CHUNK = re.compile(r"[ \-]?[A-Z0-9]")

    def __init__(self, **kwargs):
        super().__init__(exact_match=True, **kwargs)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = []
        for start_match in self.START.finditer(text):
            start, position, n_chars, ends = start_match.start(), start_match.end(), 4, []
            while n_chars < 34:
                chunk = self.CHUNK.match(text, position)
                if chunk is None:
                    break
                position, n_chars = chunk.end(), n_chars + 1
                ends.append((position, n_chars))
            for end, length in reversed(ends):
                if end < len(text) and text[end].isalnum():
                    continue  # an IBAN ends at a word boundary
                if length >= 15 and self.validate_result(text[start:end]):
                    results.append(RecognizerResult(
                        "IBAN_CODE", start, end, EntityRecognizer.MAX_SCORE,
                        analysis_explanation=AnalysisExplanation(
                            self.name, EntityRecognizer.MAX_SCORE, validation_result=True),
                        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
                    break
        return results


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


def build_analyzer(language: str = "en") -> AnalyzerEngine:
    """presidio AnalyzerEngine with this stage's recognizers; built once per worker."""
    recognizers = [
        OfflineEmailRecognizer(supported_language=language),
        ScoredPhoneRecognizer(supported_language=language),
        PhoneShapeRecognizer(supported_language=language),
        IpRecognizer(supported_language=language),
        CreditCardRecognizer(supported_language=language),
        CardNumberRecognizer(supported_language=language),
        ExactIbanRecognizer(supported_language=language),
        UsSsnRecognizer(supported_language=language),
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
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=[language],
                          context_aware_enhancer=enhancer)


class PiiScrubber(Step):
    """Replace e-mails, phones, IPs, card numbers, IBANs and SSNs with typed placeholders."""

    name, Settings = "pii", PiiConfig

    def __init__(self, config: PiiConfig = PiiConfig()):
        self.config = self.settings = config
        self.analyzer = build_analyzer(config.language)  # once per worker

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for doc in docs:
            text, counts = self.scrub(doc.text or "")
            decisions.append(Decision.keep(text=text, pii_counts=counts))
        return decisions

    def find(self, text: str) -> list[RecognizerResult]:
        """Non-overlapping spans at or above min_score, sorted by start.

        presidio only sees the windows around prefilter candidates (see `candidate_windows`):
        tokenizing whole pages with spaCy was most of this stage's time.
        """
        results = []
        for start, end in candidate_windows(text):
            for result in self.analyzer.analyze(text[start:end], language=self.config.language,
                                                entities=list(self.config.entities),
                                                score_threshold=self.config.min_score):
                result.start += start
                result.end += start
                results.append(result)
        return resolve_overlaps(results)

    def scrub(self, text: str) -> tuple[str, dict[str, int]]:
        spans = self.find(text)
        pieces, counts, position = [], Counter(), 0
        for span in spans:
            pieces.append(text[position:span.start])
            pieces.append(f"<{span.entity_type}>")
            counts[span.entity_type] += 1
            position = span.end
        pieces.append(text[position:])
        return "".join(pieces), dict(counts)

    def scrub_batch(self, texts: list[str]) -> tuple[list[str], list[dict[str, int]]]:
        scrubbed = [self.scrub(text) for text in texts]
        return [text for text, _ in scrubbed], [counts for _, counts in scrubbed]


def candidate_windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) ranges of `text` around every PREFILTER match, each widened by
    WINDOW_CHARS and then to whitespace; empty when nothing can be PII."""
    windows: list[list[int]] = []
    for match in PREFILTER.finditer(text):
        start = max(0, match.start() - WINDOW_CHARS)
        end = min(len(text), match.end() + WINDOW_CHARS)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    out: list[tuple[int, int]] = []
    for start, end in windows:
        start, end = _to_whitespace(text, start, -1), _to_whitespace(text, end, 1)
        if start is None or end is None:
            return [(0, len(text))]
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _to_whitespace(text: str, position: int, step: int) -> int | None:
    """`position` moved by `step` until the character before it (step -1: at position - 1) or at
    it (step 1) is whitespace or the text ends; None if that takes more than MAX_EDGE_SHIFT."""
    for _ in range(MAX_EDGE_SHIFT):
        if position <= 0 or position >= len(text):
            return max(0, min(position, len(text)))
        if (text[position - 1] if step < 0 else text[position]).isspace():
            return position
        position += step
    return None


def resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Same-type overlaps merge into their union; across types the higher score, then the longer
    span, then the earlier one wins. Returns non-overlapping results sorted by start."""
    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.entity_type, r.start, -r.end)):
        last = merged[-1] if merged else None
        if last is not None and last.entity_type == result.entity_type and result.start < last.end:
            last.end = max(last.end, result.end)
            last.score = max(last.score, result.score)
        else:
            merged.append(RecognizerResult(result.entity_type, result.start, result.end,
                                           result.score))
    kept: list[RecognizerResult] = []
    for result in sorted(merged, key=lambda r: (-r.score, -(r.end - r.start), r.start)):
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: r.start)


def _count_digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _luhn_valid(digits: str) -> bool:
    total = 0
    for i, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0
