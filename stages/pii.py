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

import sys

import numpy as np
import phonenumbers
import schwifty
import schwifty.exceptions


def _hide_torch() -> bool:
    """spaCy imports thinc, and thinc imports torch whenever it is installed (the [train] extra
    installs it): 1.3 of the 2.3 CPU s that importing this module took, in the driver and in every
    Ray worker. The blank pipeline below never uses torch, so while spaCy and presidio are
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
    import tldextract
    from presidio_analyzer import (AnalysisExplanation, AnalyzerEngine, EntityRecognizer,
                                   RecognizerRegistry, RecognizerResult)
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, IpRecognizer, UsSsnRecognizer
    from spacy.attrs import IDX, LENGTH
    from spacy.language import Language
finally:
    for _hidden in ("torch", "transformers"):
        if _TORCH_HIDDEN and sys.modules.get(_hidden, 0) is None:
            del sys.modules[_hidden]

from stages.base import Annotation, Decision, Doc, Step  # noqa: E402

ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")


@dataclass(frozen=True)
class PiiSettings:
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
            raise ValueError(f"entities: unsupported {unknown}; choose from {ENTITIES}")
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {self.min_score}")


# A text can hold a match of some recognizer below only if it matches this (each branch is a
# superset of the recognizers' own patterns; tests check it on the data set):
# e-mail needs "@"; IPv4 four dotted numbers; IPv6 "::" or hex:hex:hex; IBAN two capitals + two
# digits; phone (>= 7 digits, see _PhoneRecognizer), SSN (9) and card (12+) digit runs with at most
# 4 separators between consecutive digits (phonenumbers' own punctuation limit).
PREFILTER = re.compile(
    r"@"
    r"|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d"
    r"|::|[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]"
    r"|[A-Za-z]{2}\d{2}"
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


def _regions_by_trunk_prefix() -> dict[str, tuple[str, ...]]:
    """Trunk prefix ("0", "8", "06", ...) -> the regions that dial it before national numbers
    (phonenumbers' metadata: 113 regions use "0", a few "8", "1", "06", ...)."""
    regions: dict[str, list[str]] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is not None and metadata.national_prefix and metadata.national_prefix != "1":
            regions.setdefault(metadata.national_prefix, []).append(region)
    return {prefix: tuple(names) for prefix, names in regions.items()}


class PhoneNumberRecognizer(EntityRecognizer):
    """Phone numbers as people write them, scored by how sure the shape alone is.

    Candidates: digit groups joined by one of " -./", parenthesised area codes, a "(0)" trunk
    prefix, "+", "00" or "011" before a country code, an extension; 7-15 digits; never glued to a
    longer number, a word, a path or an amount. `phonenumbers` then decides:
    - "+" / "00" / "011" and a valid number for that country code: STRONG (replaced anywhere);
    - a national number in groups after its trunk prefix ("020 7946 0958", "(0441) 12 34 56",
      "8 (912) 345-00-13") valid in a region that dials that prefix, or a NANP number written "(617) 555-0178" /
      "617-555-0178" / "617.555.0178": STRONG;
    - anything else of 7-15 digits (a national number without trunk prefix, an unseparated run,
      a number phonenumbers does not know): WEAK, replaced only after a phone context word.
    Dates, times and dotted quads are never phones.
    """

    STRONG, MEDIUM, WEAK = 0.7, 0.45, 0.2
    CONTEXT = [
        # English
        "phone", "telephone", "tel", "cell", "cellphone", "mobile", "call", "fax", "whatsapp",
        "reach", "reached", "contact", "dial", "hotline", "helpline", "ring", "text", "sms",
        "ph", "mob", "landline", "voicemail", "viber", "signal", "telegram",
        # the main European languages' words for the same (the pipeline keeps any language)
        "telefon", "telefonnummer", "handy", "mobil", "rufnummer", "telefax", "tél", "téléphone",
        "portable", "appelez", "appeler", "teléfono", "telefono", "telefone", "móvil", "celular",
        "cellulare", "llamar", "chiamare", "ligue", "tlf", "puhelin", "gsm", "telefoon",
        "mobiel", "bellen", "telefonu", "телефон", "тел", "факс",
    ]
    DIGITS_MIN, DIGITS_MAX = 7, 15
    CANDIDATE = re.compile(
        r"(?<![\w+\-./:@#&=%$€£¥)])(?<!\d,)(?<!\d[ ,])"
        r"(?:\+\s?)?"
        r"(?:\(\+?\d{1,5}(?: \d{1,4})?\)|\d{1,15})"
        r"(?:(?:\s?\(0\)\s?|\s?[\-–]\s?|[ ./]|(?=\()|(?<=\)))(?:\(\d{1,5}(?: \d{1,4})?\)|\d{1,15})){0,8}"
        r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?"
        r"(?![\w@%]|[.,\-/:]?\d)")
    EXTENSION = re.compile(r"\s?(?:x|ext\.?|extension)\s?\d{1,6}$")
    DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d\d|(?:19|20)\d\d[./\-]\d{1,2}[./\-]\d{1,2}"
                      r"|\d{1,2}[./\-]\d{1,2}[./\-]\d{1,2}")
    NANP = re.compile(r"(?:1[ \-.])?(?:\(\d{3}\) ?|\d{3}[\-.])\d{3}[\-.]\d{4}|(?:1 )?\d{3} \d{3} \d{4}")

    def __init__(self, supported_language: str = "en", **kwargs):
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language=supported_language,
                         context=self.CONTEXT, name="PhoneNumberRecognizer", **kwargs)
        self.trunk_regions = _regions_by_trunk_prefix()

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in self.CANDIDATE.finditer(text):
            score = self.score(match.group(0))
            if score:
                results.append(RecognizerResult(
                    "PHONE_NUMBER", match.start(), match.end(), score,
                    analysis_explanation=AnalysisExplanation(self.name, score),
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results

    def score(self, candidate: str) -> float:
        """STRONG, MEDIUM or WEAK for a phone-shaped candidate, 0.0 when it cannot be one."""
        main = self.EXTENSION.sub("", candidate)
        if main.count("(") != main.count(")") or _IPV4.fullmatch(main) or self.DATE.fullmatch(main):
            return 0.0
        if main.startswith(("00", "011")):  # an international call prefix, if what follows is valid
            idd = 3 if main.startswith("011") else 2
            digits = re.sub(r"\D", "", main.replace("(0)", "", 1))[idd:]
            number = _parse("+" + digits, None)
            if self.DIGITS_MIN <= len(digits) <= self.DIGITS_MAX and number is not None and \
                    phonenumbers.is_valid_number(number):
                return self.STRONG
        digits = re.sub(r"\D", "", main.replace("(0)", "", 1) if main.startswith("+") else main)
        if not self.DIGITS_MIN <= len(digits) <= self.DIGITS_MAX:
            return 0.0
        grouped = bool(re.search(r"[ \-./()–]", main.strip()))
        if main.startswith("+"):
            number = _parse("+" + digits, None)
            if number is not None and phonenumbers.is_valid_number(number):
                return self.STRONG
            possible = number is not None and phonenumbers.is_possible_number(number)
            return self.MEDIUM if possible else self.WEAK
        if re.fullmatch(r"(?!0\d)\d+\.\d+", main):
            return 0.0  # a decimal number ("0.539591")
        if SSN_SHAPE.fullmatch(main):
            return self.WEAK  # "016-65-9167" is written like a US SSN: a phone only in context
        if grouped:
            # a national number after its trunk prefix ("020 7946 0958", "8 (912) 345-00-13")
            for prefix, regions in self.trunk_regions.items():
                if digits.startswith(prefix) and main.lstrip("(").startswith(prefix[0]):
                    for region in regions:
                        number = _parse(main, region)
                        if number is not None and phonenumbers.is_valid_number(number):
                            return self.STRONG
        if self.NANP.fullmatch(main):
            number = _parse(main, "US")
            if number is not None and phonenumbers.is_valid_number(number):
                return self.STRONG
        return self.WEAK


SSN_SHAPE = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")


def _parse(text: str, region: str | None):
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


# Issuer identification number prefixes and lengths (ISO/IEC 7812 ranges as the networks publish
# them); a Luhn-valid number that fits one is a card wherever it stands.
CARD_BRANDS = (
    ("visa", r"4", (13, 16, 19)),
    ("mastercard", r"5[1-5]|2(?:2[2-9]\d|[3-6]\d\d|7[01]\d|720)", (16,)),
    ("amex", r"3[47]", (15,)),
    ("discover", r"6011|64[4-9]|65", (16, 19)),
    ("jcb", r"35(?:2[89]|[3-8]\d)", (16, 17, 18, 19)),
    ("diners", r"30[0-5]|3095|36|3[89]", (14, 16, 19)),
    ("maestro", r"50(?:18|20|38)|5893|6304|6759|676[1-3]", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("unionpay", r"62", (16, 17, 18, 19)),
    ("mir", r"220[0-4]", (16, 17, 18, 19)),
)
_CARD_IIN = [(re.compile(prefix), lengths) for _, prefix, lengths in CARD_BRANDS]


class CardRecognizer(EntityRecognizer):
    """Card numbers: 12-19 digits, unseparated or in the printed groups (4-4-4-4[-3], 4-6-5,
    4-6-4), one kind of separator, Luhn-valid. A known issuer prefix and length make it STRONG;
    other Luhn-valid runs are WEAK and need a card context word ("cc", "card", "Karte", ...)."""

    STRONG, WEAK = 0.8, 0.3
    CONTEXT = ["credit", "card", "cards", "debit", "visa", "mastercard", "cc", "amex", "discover",
               "jcb", "diners", "maestro", "unionpay", "mir", "carte", "karte", "kreditkarte",
               "tarjeta", "carta", "cartão", "kaart", "creditcard", "cb"]
    CANDIDATE = re.compile(r"(?<![\w+\-./:@#&=%$€£¥])(?<!\d )"
                           r"\d(?:[ \-]?\d){11,18}(?![\w@%]|[.,\-/:]?\d)")
    GROUPS = re.compile(r"\d{4}(?:([ \-])\d{4}(?:\1\d{4}(?:\1\d{1,4}(?:\1\d{1,3})?)?)?)|\d{4}([ \-])\d{6}\2\d{4,5}")

    def __init__(self, supported_language: str = "en", **kwargs):
        super().__init__(supported_entities=["CREDIT_CARD"], supported_language=supported_language,
                         context=self.CONTEXT, name="CardRecognizer", **kwargs)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in self.CANDIDATE.finditer(text):
            value = match.group(0)
            digits = re.sub(r"\D", "", value)
            if not value.isdigit() and not self.GROUPS.fullmatch(value):
                continue
            if not _luhn_valid(digits):
                continue
            branded = any(iin.match(digits) and len(digits) in lengths for iin, lengths in _CARD_IIN)
            score = self.STRONG if branded else self.WEAK
            results.append(RecognizerResult(
                "CREDIT_CARD", match.start(), match.end(), score,
                analysis_explanation=AnalysisExplanation(self.name, score),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


class BoundedSsnRecognizer(UsSsnRecognizer):
    """presidio's US SSN recognizer, not inside a longer number ("1-300-12-6958", "+1 212 34
    0167", "090.12.3436.50": phone numbers)."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            before, after = text[max(0, result.start - 2):result.start], text[result.end:result.end + 2]
            if re.search(r"(?:\d[ \-.]|\+)$|[(\d]$", before) or re.match(r"[ \-.]\d|\)", after):
                continue
            results.append(result)
        return results


class ExactIbanRecognizer(EntityRecognizer):
    """IBANs of every country in the SWIFT IBAN registry (schwifty's copy), printed in groups
    of four, unspaced, upper or lower case: checked by country length and BBAN format and by
    the ISO 7064 mod-97 check digits.

    Every candidate start is extended character by character and the longest valid IBAN wins,
    so a following capitalised word ("ES12 ... 7689 ISBN") never spoils one.
    """

    START = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2}|[a-z]{2})\d{2}")
    CHUNK = re.compile(r"[ \-]?[A-Za-z0-9]")
    CONTEXT = ["iban", "bank", "account", "konto", "kontonummer", "bankverbindung", "compte",
               "cuenta", "conto"]

    def __init__(self, supported_language: str = "en", **kwargs):
        super().__init__(supported_entities=["IBAN_CODE"], supported_language=supported_language,
                         context=self.CONTEXT, name="ExactIbanRecognizer", **kwargs)

    def load(self) -> None:
        pass

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
                if length >= 15 and _valid_iban(text[start:end]):
                    results.append(RecognizerResult(
                        "IBAN_CODE", start, end, EntityRecognizer.MAX_SCORE,
                        analysis_explanation=AnalysisExplanation(
                            self.name, EntityRecognizer.MAX_SCORE, validation_result=True),
                        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
                    break
        return results


def _valid_iban(text: str) -> bool:
    compact = text.replace(" ", "").replace("-", "")
    if not (compact.isupper() or compact.islower() or compact[4:].isdigit()):
        return False  # mixed case is a word or a hash, not a written IBAN
    try:
        schwifty.IBAN(compact.upper(), validate_bban=False)
    except (schwifty.exceptions.SchwiftyException, ValueError):
        return False
    return True


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
        PhoneNumberRecognizer(supported_language=language),
        IpRecognizer(supported_language=language),
        CardRecognizer(supported_language=language),
        ExactIbanRecognizer(supported_language=language),
        BoundedSsnRecognizer(supported_language=language),
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

    name, Settings = "pii", PiiSettings
    annotations = (Annotation("pii_counts", "map<string,int32>",
                              "replacements made per presidio entity type"),)

    def __init__(self, config: PiiSettings = PiiSettings()):
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
