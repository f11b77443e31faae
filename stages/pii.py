"""PII scrubbing: document text in, text with typed placeholders ("<EMAIL_ADDRESS>") out, plus counts.

presidio-analyzer does the work with pattern/validation recognizers only (e-mail, IP, IBAN),
over spaCy's blank English tokenizer: no spaCy model, no download, and tldextract reads its
bundled suffix list, never the network. A compiled regex prefilter skips presidio on texts with no
candidate at all. US SSNs (`stages/pii_ssn.py`) are looked for inside the same candidate windows, by
their shape, issued ranges and the words and columns around them. Phone numbers are found on the
whole text by `stages/pii_phones.py`: `phonenumbers` checks the digits, the page's URL and
language hint at the region of national numbers, and the words, labels, table columns and contact
blocks around a number decide the rest (docs/pii.md). Card numbers (`CardRecognizer`) are looked
for within the same windows by issuer prefix, length, printed groups and Luhn, their context
(card words, keys, columns) read from the whole text. PII never drops a document. It does not
find names, street addresses or ids other than those six types.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import re
from collections import Counter
from dataclasses import dataclass

import sys

import numpy as np
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
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, IpRecognizer
    from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
    from spacy.language import Language
finally:
    for _hidden in ("torch", "transformers"):
        if _TORCH_HIDDEN and sys.modules.get(_hidden, 0) is None:
            del sys.modules[_hidden]

from stages.base import Annotation, Decision, Doc, Step  # noqa: E402
from stages.pii_phones import (NOT_PHONE_WORDS, PHONE_WORDS, _FIELD_END, PhoneNumbers, _Layout,  # noqa: E402
                               _word_pattern, csv_cells, page_regions)
from stages.pii_ssn import SsnRecognizer  # noqa: E402

ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")


@dataclass(frozen=True)
class PiiSettings:
    entities: tuple[str, ...] = ENTITIES
    # Measured on shared/data/pii/pii_dev.jsonl (see tests/stages/test_pii.py): validated matches
    # score 1.0, well-formed IPs 0.6, presidio's medium SSN 0.5; weak shapes (bare digit runs as
    # card / SSN) score 0.05-0.4 and reach >= 0.55 only with a context word ("card", "ssn", ...)
    # within 2 words before. Phone numbers score 0.6-0.7 once their shape, page or context makes
    # them one (PhoneNumberRecognizer), else they are not reported. 0.5 drops SSN-like 9-digit runs
    # and 12-19 digit Luhn runs, which on real text are mostly ids and order numbers.
    min_score: float = 0.5
    language: str = "en"

    def __post_init__(self):
        unknown = sorted(set(self.entities) - set(ENTITIES))
        if unknown:
            raise ValueError(f"entities: unsupported {unknown}; choose from {ENTITIES}")
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {self.min_score}")


# A text can hold a match of one of presidio's recognizers below only if it matches this (each
# branch is a superset of the recognizers' own patterns; tests check it on the data sets):
# e-mail needs "@"; IPv4 four dotted numbers; IPv6 "::" or hex:hex:hex; IBAN two capitals + two
# digits; SSN (9) and card (12+) digit runs with at most 4 separators between consecutive digits.
# Phone numbers are found on the whole text by PhoneNumberRecognizer.spans, outside presidio.
PREFILTER = re.compile(
    r"@"
    r"|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d"
    r"|::|[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]"
    r"|[A-Za-z]{2}\d{2}"
    r"|\d(?:\D{0,4}\d){8}"
)

CONTEXT_WORDS_BEFORE = 2
# Text kept on each side of a prefilter candidate for presidio: holds the context words before it
# and the whole of the longest entity around it (an IBAN is at most 34 characters plus spaces, an
# e-mail's local part 64 before its "@"), with room to spare.
WINDOW_CHARS = 200
# A window edge moves outwards to whitespace, so no token is cut; one that finds none within this
# many characters (a huge blob without spaces) gives up and takes the whole text.
MAX_EDGE_SHIFT = 2000
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


class OfflineEmailRecognizer(EmailRecognizer):
    """presidio's e-mail recognizer whose domain check reads tldextract's bundled suffix list.

    presidio calls the module-level `tldextract.extract`, which fetches publicsuffix.org on first
    use; this instance never does (suffix_list_urls=() and no cache directory).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.tld_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def validate_result(self, pattern_text: str) -> bool:
        # the domain alone: a "/" in the local part ("07/28|ann@example.com") reads as a URL path
        return self.tld_extract(pattern_text.rpartition("@")[2]).fqdn != ""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if "@" in text and _CJK.search(text):
            # "或发邮件至reza@sina.com。", "SOMCHAI@NIFTY.COMまでメール": CJK writing has no spaces, so
            # a Latin address ends where its Latin letters do (offsets kept: a space per character;
            # "user@例え.jp" keeps its CJK domain)
            text = _CJK_GLUED.sub(lambda glued: glued.group(1) + " " * len(glued.group(2))
                                  if glued.group(1) else " " * len(glued.group(3)), text)
        # "git@github.com:org/repo.git", "root@db1.example.com:~$": a login and a host, then a path;
        # "Message-ID: <2024…@mx.example.com>", "UID:8f2c…@calsync.example.com": an id, no mailbox
        results = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if _HOST_PATH_AFTER.match(text, result.end) or \
                    _MESSAGE_ID_BEFORE.search(text, text.rfind("\n", 0, result.start) + 1, result.start) or \
                    _BARE_MESSAGE_ID.fullmatch(text, max(0, result.start - 1), min(len(text), result.end + 1)):
                continue
            # "…|555-0116|ann@example.com", "ADMIN_EMAIL=ann@example.com": a cell border or a key
            # before the address, not its local part ("bounce+ann=example.com@…" keeps its "=")
            at = text.index("@", result.start)
            local = text[result.start:at]
            if "|" in local or "/" in local or "=" in local:
                border = max(local.rfind("|"), local.rfind("/"),
                             -1 if "+" in local[:local.rfind("=")] else local.rfind("="))
                if border >= 0:
                    result.start += border + 1
                    if result.start == at or text[result.start] == ".":
                        continue
            results.append(result)
        return results


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff0f\uff1a-\uff20]+")
_CJK_GLUED = re.compile(r"(\.[A-Za-z]{2,})(%s)|(%s)(?=[A-Za-z0-9][\w.+\-]*@)" % ((_CJK.pattern,) * 2))
# a path, a prompt or a port after the host; not the next cell of a colon-separated dump
# ("ann@example.com:4111111111111111:12/31", "ann@example.com:5f4dcc3b5aa765d6")
_HOST_PATH_AFTER = re.compile(r":(?:[~/]|[A-Za-z_][\w.\-]*(?:[/$#]|\.git\b)|\d{1,5}(?![\w:.]))")
# "<3960983473718d57@mx8.relay.example.org>": a message id without its header (a hex token)
_BARE_MESSAGE_ID = re.compile(r"<(?=[\w.$\-]*\d)[0-9a-fA-F][0-9a-fA-F.$\-]{11,}@[^<>\s@]+>")
# the mail headers that hold message ids, up to the "<" of the id the address stands in; an
# iCalendar / vCard UID property (RFC 5545 3.8.4.7: "UID:19970610T172345Z-AF23B2@example.com")
_MESSAGE_ID_BEFORE = re.compile(r"(?:^\s*|(?<![\w-])(?=[mircx]))(?:(?:message-id|in-reply-to|references|content-id|x-message-id|"
                                r"resent-message-id)\s*:[^\n]*<[^<>@\s]*|uid(?:;[^:\n]*)?:[^@\s]*)$",
                                re.IGNORECASE | re.MULTILINE)


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


# Issuer identification number prefixes and lengths (ISO/IEC 7812 ranges as the networks publish
# them); a Luhn-valid number that fits one is a card wherever it stands.
CARD_BRANDS = (
    ("visa", r"4", (13, 16, 19)),
    ("mastercard", r"5[1-5]|2(?:2[2-9]\d|[3-6]\d\d|7[01]\d|720)", (16,)),
    ("amex", r"3[47]", (15,)),
    ("discover", r"6011|64[4-9]|65", (16, 19)),
    ("jcb", r"35", (16, 17, 18, 19)),  # 3528-3589 issued; Faker prints all of 35xx
    ("jcb_legacy", r"1800|2131", (15,)), ("jcb_legacy", r"30(?:88|96)|3112|3158|3337", (16,)),
    ("diners", r"30[0-5]|3095|36|3[89]", (14, 16, 19)),
    # Maestro: the issuers' 5018/5020/5038/5893/6304/6759/6761-6763, ISO/IEC 7812's 56-58, and
    # Faker's 0604 and 6390 (the whole "6" range would take EAN barcodes of 62x-69x countries)
    ("maestro", r"50(?:18|20|38)|5893|5[6-8]|6304|6390|6759|676[1-3]|0604", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("unionpay", r"62", (16, 17, 18, 19)),
    ("mir", r"220[0-4]", (16, 17, 18, 19)),
    # national schemes (their issuers' published IIN ranges, narrow enough not to take other
    # numbers): Brazil's Elo and Hipercard, India's RuPay, Turkey's Troy, Nigeria's Verve,
    # Denmark's Dankort, Uzbekistan's UzCard and Humo
    ("elo", r"50(?:4175|67|9)|6277|636(?:297|368)|650(?:0[3-5]|4[0-9]|[5-9])|6516|655[0-5]", (16,)),
    ("hipercard", r"606282|3841[046]0|637(?:095|568|599|609|612)", (13, 16, 19)),
    ("rupay", r"508[5-9]|60[6-8]", (16,)),
    ("troy", r"9792", (16,)),
    ("verve", r"506(?:099|1[0-9]\d)|5078|6500[0-2]", (16, 18, 19)),
    ("dankort", r"5019", (16,)),
    ("uzcard_humo", r"8600|9860", (16,)),
)
_CARD_IIN = [(re.compile(prefix), lengths) for _, prefix, lengths in CARD_BRANDS]
# Product, book, device and parcel numbers are Luhn-valid one time in ten: "EAN 5020117860620" is
# no Maestro card, nor is "Barcode 4005649757809" a Visa or "SIM card ICCID 8944..." any card.
_NOT_CARD_BEFORE = re.compile(r"(?:\b(?:EAN|GTIN|UPC|ISBN|ISSN|ASIN|SKU|IMEI|MEID|ICCID|ISIN|barcode|bar code|"
                              r"strichcode|code-barres|c[oó]digo de barras|serial|serien\w*|S/N|SN|tracking|"
                              r"sendungs\w*|loyalty|order|invoice|ticket)(?:_?(?:id|no|nr|number|num)\b|\b)(?: no\.?| number| nr\.?)?"
                              r"|(?i:\bart(?:ikel)?\.?-?nr\.?))"
                              r"[\s.:#=\"'-]*$", re.IGNORECASE)


class CardRecognizer(EntityRecognizer):
    """Card numbers: 12-19 digits, unseparated or in printed groups (a first group of 4 or 6
    digits, then groups of 3-7: 4-4-4-4[-3], 4-6-5, 4-6-4, 4-4-5, 4-4-4-7, 6-13, ...), one kind of
    separator (a line break may stand for one of them), Luhn-valid. A known issuer prefix and
    length make it STRONG; a card word, brand name, JSON key or table column naming a card makes
    any Luhn-valid one CONTEXT; others are WEAK (not reported). Looked for on whole texts (the
    step calls `spans`), so a table's header row counts however far above the number it is."""

    STRONG, CONTEXT_SCORE, WEAK = 0.8, 0.9, 0.3
    CONTEXT = ["credit", "card", "cards", "debit", "visa", "mastercard", "cc", "amex", "discover",
               "jcb", "diners", "maestro", "unionpay", "mir", "carte", "karte", "kreditkarte",
               "tarjeta", "carta", "cartão", "kaart", "creditcard", "cb"]
    # separators as cards are printed and pasted: space, dash, dot, no-break and thin spaces,
    # doubled spaces, " - "
    SEPARATOR = r"(?: - |  |[ \-.\u00a0\u2009\u202f])"
    # glued to a label ("cc:4111...", "card#4111...", "Card=4111...", "card no.4111..."): only
    # with an issuer's prefix and length or a card word (a URL's "id=..." is a number of no brand)
    GLUED = re.compile(r"(?<=[A-Za-z])[:#=]$|(?<=[A-Za-z] )[:#=]$|(?i:\bn[or]\.)$")
    # (a digit first: the lookbehinds then run at digits only; any run of separator characters
    # between digits, or one line break, GROUPS then checks the printed groups)
    CANDIDATE = re.compile(r"(?=\d)(?:(?<![\w+\-./:@#&=%$€£¥])|(?<=[A-Za-z][:#=])|(?<=[A-Za-z] [:#=])"
                           r"|(?<=[Nn][oOrR]\.))(?<!\d )"
                           r"\d(?:(?:[ \-.\u00a0\u2009\u202f]{0,3}|[ \u00a0]{0,2}\n)\d){11,18}(?![\w@%]|[.,\-/:]?\d)")
    USUAL_GROUPS = re.compile(rf"\d{{4}}(?:({SEPARATOR})\d{{4}}(?:\1\d{{4}}(?:\1\d{{1,4}}(?:\1\d{{1,3}})?)?)?)"
                              rf"|\d{{4}}({SEPARATOR})\d{{6}}\2\d{{4,5}}|4\d{{3}}({SEPARATOR})\d{{4}}\3\d{{5}}")
    GROUPS = re.compile(rf"\d{{4}}(?:({SEPARATOR})\d{{4}}(?:\1\d{{4}}(?:\1\d{{1,4}}(?:\1\d{{1,3}})?)?)?)"
                        rf"|\d{{4}}({SEPARATOR})\d{{6}}\2\d{{4,5}}"
                        rf"|\d{{4,6}}({SEPARATOR})\d{{4,13}}(?:\3\d{{4,7}}){{0,3}}|4\d{{3}}({SEPARATOR})\d{{3}}\4\d{{3}}\4\d{{3}}")

    def __init__(self, supported_language: str = "en", **kwargs):
        super().__init__(supported_entities=["CREDIT_CARD"], supported_language=supported_language,
                         context=self.CONTEXT, name="CardRecognizer", **kwargs)
        self.card_word = re.compile(_word_pattern(" ".join(self.CONTEXT) + CARD_WORDS), re.IGNORECASE)

    def load(self) -> None:
        pass

    def named_otherwise(self, text: str, start: int) -> bool:
        return _named_otherwise(self.card_word, text, start)

    def analyze(self, text, entities, nlp_artifacts=None):
        return [RecognizerResult("CREDIT_CARD", start, end, score,
                                 analysis_explanation=AnalysisExplanation(self.name, score),
                                 recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                       RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
                for start, end, score in self.spans(text)]

    def spans(self, text: str, windows: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int, float]]:
        """(start, end, score) of every Luhn-valid card-shaped number in `text` (within
        `windows`, the step's prefilter windows, when given; context is read from the whole text)."""
        results = []
        # a CSV row's commas are cell borders (as for phones): a card before a numeric cell
        # ("Ann Lee,4111 1111 1111 1111,42.00") is not the head of a longer number
        cells = csv_cells(text)
        layout = None
        for start, end, value in self._candidates(cells, windows):
            digits = re.sub(r"\D", "", value)
            if not value.isdigit() and not self.GROUPS.fullmatch(value.replace("\n", self._separator(value))):
                continue
            # the printed groups of most cards (4-4-4-4[-x], 4-6-5, 4-6-4); other groupings and a
            # line break inside need a card word, key or column
            usual = value.isdigit() or "\n" not in value and self.USUAL_GROUPS.fullmatch(value) is not None
            if not _luhn_valid(digits) or _NOT_CARD_BEFORE.search(text, max(0, start - 24), start) or \
                    self.named_otherwise(text, start):
                continue
            if layout is None:
                layout = _Layout(cells)
            header = layout.column_header(start, end)
            if header is not None and not layout.alone_in_cell(start, end):
                header = None  # a row of prose between delimiters: no column
            if header is not None and not _CARD_MENTION.search(header) and _NOT_NUMBER_WORD.search(header):
                continue  # an "order_id" or "tracking" column
            branded = any(iin.match(digits) and len(digits) in lengths for iin, lengths in _CARD_IIN)
            context = self._card_context(text, start, end) or header is not None and bool(_CARD_MENTION.search(header)) \
                or layout.asked_above(start, end, self.card_word) or layout.asked_above(start, end, _CARD_MENTION) \
                or self._labelled_above(text, start, layout)
            if not branded and not context and self.GLUED.search(text, max(0, start - 4), start):
                continue
            if not usual and not context:
                continue
            score = self.CONTEXT_SCORE if context else self.STRONG if branded else self.WEAK
            results.append((start, end, score))
        return results

    def _candidates(self, cells: str, windows: Sequence[tuple[int, int]] | None):
        """(start, end, value) of each candidate; a number broken over a line that is not one
        card gives back the next line's digits ("GUARANTEE CARD\n3758 120252 53373\n4710 1149
        7956 2867": the second card is looked for from its own line)."""
        for window_start, window_end in windows if windows is not None else [(0, len(cells))]:
            position = window_start
            while True:
                match = self.CANDIDATE.search(cells, position, window_end)
                if match is None:
                    break
                start, value = match.start(), match.group(0)
                position = match.end()
                if "\n" in value:
                    # (the next line's number goes on after the part taken: no break inside one)
                    value = self._across_lines(value, re.match(r"[ \-.\u00a0\u2009\u202f]\d", cells[position:position + 2]) is not None)
                    if value != match.group(0):
                        position = start + value.find("\n") + 1 if value is not None and "\n" in value \
                            else cells.index("\n", start) + 1
                    if value is None:
                        continue
                elif not value.isdigit() and not self.GROUPS.fullmatch(value):
                    # "19. 9. 2011  2200 8151 1946 2542", "2004  3422...": a number before the card
                    # took its head; look again from the next group
                    position = start + re.search(r"\D+", value).end()
                    continue
                yield start, start + len(value), value

    def _labelled_above(self, text: str, start: int, layout: _Layout) -> bool:
        """A card word on a line above the number's, with only lines of card numbers between
        ("Kartennummer\n4881 192 914 389", "GUARANTEE CARD\n6011 8145 3471 2995\nalt.: 6299…"):
        the number starts its line, or follows a short label without digits."""
        index = layout.line_index(start)
        line_start = layout.lines[index][0]
        if not _CARD_LINE_HEAD.fullmatch(text, line_start, start):
            return False
        for above in range(index - 1, max(-1, index - 5), -1):
            line = layout.line(above)
            digit = re.search(r"\d", line)
            mention = _CARD_MENTION.search(line) or self.card_word.search(line)
            if mention is not None and (digit is None or mention.start() < digit.start()):
                # a label, not a question or a sentence ("Which card will you use?")
                return len(line.strip()) <= 60 and not line.rstrip().endswith(("?", "!", "？")) and \
                    not _PHONE_WORD_PATTERN.search(line, mention.end(), digit.start() if digit else len(line))
            if not _CARD_LINE.match(line):
                return False
        return False

    @staticmethod
    def _separator(value: str) -> str:
        found = re.search(r"[^\d\n]+", value)
        return found.group() if found else ""

    def _across_lines(self, value: str, goes_on: bool = False) -> str | None:
        """A number broken once over a line, its groups printed alike on both sides (a group of
        three digits or more after the break: "4." is the next line's list number); else the
        part before the break when that alone is long enough, else None."""
        head, _, tail = value.partition("\n")
        head, tail = head.rstrip(" \u00a0"), tail
        if not goes_on and "\n" not in tail and len(tail.strip()) >= 3 and \
                self.GROUPS.fullmatch(head + self._separator(value) + tail) and \
                _luhn_valid(re.sub(r"\D", "", value)):
            return value
        return head if len(re.sub(r"\D", "", head)) >= 12 else None

    def _card_context(self, text: str, start: int, end: int) -> bool:
        """A card word, brand name or key ("cardNumber", "cc_number", "pan") before the number
        in its line, or a card word right after it ("... numaralı kartımdan"), with no other
        number between."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - CARD_CONTEXT_BEFORE):start]
        tail = before[max(before.rfind(digit) for digit in "0123456789") + 1:]
        line_end = text.find("\n", end)
        after = text[end:min(end + 24, len(text) if line_end < 0 else line_end)]
        after = re.split(r"\d", after, maxsplit=1)[0]
        mention = None
        for mention in _CARD_MENTION.finditer(tail):
            pass
        mention = mention or self.card_word.search(tail)
        if mention is not None:
            # "Lost your card? Call 0800 ...": a phone word nearer to the number names a phone
            return not _PHONE_WORD_PATTERN.search(tail, mention.end())
        return bool(_CARD_WORD_AFTER.match(after))


# the head of a line that holds a card number: nothing, or a short label without digits ("alt.:")
_CARD_LINE_HEAD = re.compile(r"[ \t\u00a0]*(?:[^\W\d_][^\d\n:]{0,11}[:：][ \t\u00a0]*)?")
_CARD_LINE = re.compile(r"[ \t\u00a0]*(?:[^\W\d_][^\d\n:]{0,11}[:：][ \t\u00a0]*)?\d{4,6}(?:[ \-.\u00a0]?\d{2,}){1,5}(?!\d)")
# a card word as the next word or the one after it ("4111 ... numaralı kartımdan", "(Visa)")
_CARD_WORD_AFTER = re.compile(r"[\s(]{0,3}(?:\w{1,12}\s)?\w{0,4}(?:card|kart|kort|carte|tarjeta|carta|cart[ãa]o|карт|visa|mastercard|amex|maestro)"
                              r"|[\s(,;]{0,3}(?:cvv2?|cvc2?|csc|cid)\b",
                              re.IGNORECASE)
# Card words inside other words and keys ("Maksukortti", "Betalingskort", "cardNumber",
# "cc_number", "numero_carte") and the brands' names.
_CARD_MENTION = re.compile(r"card|kort|kart|kaart|carte|tarjeta|carta|cart[ãa]o|карт|卡|カード|บัตร|(?<![A-Za-z])(?:cc|pan)(?![A-Za-z])"
                           r"|visa|mastercard|amex|discover|jcb|diners|maestro|unionpay|rupay"
                           r"|(?-i:(?<![A-Za-z])(?:Elo|ELO|Mir|MIR|Troy|TROY|Humo|HUMO|BC Card|BC카드)(?![A-Za-z]))|МИР"
                           r"|verve|dankort|uzcard|hipercard|belkart", re.IGNORECASE)


class BoundedIpRecognizer(IpRecognizer):
    """presidio's IP recognizer, not inside a longer dotted number ("OID 1.3.6.1.4.1.311", "build
    10.0.19045.3803.2"): four dotted numbers are an IPv4 address only when they are all there is,
    and not when a version word stands just before them ("version 2.4.1.0", "v1.2.0.3").
    A CIDR prefix length ("10.0.0.0/8") and an IPv6 zone id ("fe80::1%eth0") are left out of the
    span: the address is what identifies. Addresses that identify no host are no PII:
    netmasks and wildcard masks (255.255.255.0, 0.0.0.255; 0.0.0.0 and 255.255.255.255 among
    them), the unspecified "::", and loopback (127.0.0.0/16, "::1": 127.0.0.1, 127.0.1.1,
    127.0.0.53 in configs; not all of 127/8, which a generator of random addresses hits). Private,
    link-local and multicast addresses stay (a home network's address is the user's)."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = []
        # "ip6:2001:db8::1" (SPF records): presidio's IPv6 pattern wants no ":" before an address;
        # the key's colon is read as a space (offsets unchanged)
        keyed = _ADDRESS_KEY.sub(lambda key: key.group()[:-1] + " ", text) if ":" in text else text
        for result in super().analyze(keyed, entities, nlp_artifacts, regex_flags):
            value = text[result.start:result.end]
            line_start = text.rfind("\n", 0, result.start) + 1
            if ":" not in value and (
                    re.search(r"\d\.$", text[max(0, result.start - 2):result.start]) or
                    re.match(r"\.\d", text[result.end:result.end + 2]) or
                    _VERSION_BEFORE.search(text[max(line_start, result.start - 32):result.start]) or
                    _IMAGE_TAG.search(text[max(line_start, result.start - 80):result.start]) or
                    text[result.end:result.end + 1] == "@" or
                    _VERSION_SHAPED.fullmatch(value) and
                    not _ADDRESS_BEFORE.search(text[max(line_start, result.start - 80):result.start])):
                continue
            cut = min((at for at in (value.find("/"), value.find("%")) if at > 0), default=-1)
            if cut > 0:
                if _is_network(value):
                    continue  # "10.20.0.0/16": a network's own address with its prefix names no host
                result.end = result.start + cut  # "10.0.0.0/8", "2001:db8::/32", "fe80::1%eth0"
            elif ":" in value:
                result.end = result.start + _without_port(value, text[result.end:result.end + 1])
            if ":" in value and text.endswith("://", 0, result.start) and \
                    re.search(r"[^:]:\d{1,5}$", text[result.start:result.end]):
                # "redis://::1:6379/0": an address without brackets in a URL; its last group is the port
                result.end = text.rindex(":", result.start, result.end)
            if not _identifies_host(text[result.start:result.end]):
                continue
            results.append(result)
        return results


# A version word (in the languages of the PII sets' pages), a product whose version numbers are
# written as four dotted numbers (browsers, systems, mailers, images) or a "v" right before dotted
# numbers ("Chrome 131.0.0.0", "X-Mailer: 9.5.4.50", "pin image 8.2.5.47", "\"version\": \"7.8.6.77\"").
_VERSION_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:v|ver|vers|version|versión|versão|versione|versie|wersja|verze|sürüm|версия|версія"
    r"|v?build|release|firmware|fw|rev|revision|image|mailer|user-agent"
    r"|chrome|chromium|firefox|safari|opera|msie|ios|ipados|android|windows|macos|kernel)"
    r"[\"']?\.?\s*[:=]?\s*[\"']?\s*(?:(?:to|from|is|was)\s+)?|(?<![A-Za-z])v)$", re.IGNORECASE)
# a container image's tag ("registry.example/api:3.4.251.69"): a path, then ":" and the version
_IMAGE_TAG = re.compile(r"[\w.\-]+/[\w.\-/]+:$")
# Four dotted numbers whose first three are single digits are a version ("4.5.4.94", "1.1.1.7")
# unless an address word or another address stands before them on their line ("dns 9.9.9.9",
# "Router: 24.84.102.133, 8.8.8.8").
_VERSION_SHAPED = re.compile(r"\d\.\d\.\d\.\d{1,3}")
_ADDRESS_BEFORE = re.compile(
    r"(?i:\b(?:ip|ipv4|ip4|dns|nameservers?|resolvers?|servers?|hosts?|gateway|gw|router|proxy|peer"
    r"|address|addr|inet|via|from|route|nat|allow|deny|permit|ping|connect(?:ed)?|whitelist|blocklist"
    r"|vpn|lan|wan|wlan|wi-?fi|network|netzwerk|réseau|red|rete|subnet|firewall|ssh|traceroute)\b)"
    r"|(?<![\d.])(?!\d\.\d\.\d\.)\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"
    # an IPv6 address: "::" or a hex letter among three groups or more (not a MAC address, nor a time)
    r"|(?<![0-9A-Fa-f:])(?![0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5})(?=[0-9A-Fa-f:]*(?:::|[A-Fa-f]))"
    r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,}")
# a key glued to an IPv6 address by a colon ("ip6:", "ipv6:")
_ADDRESS_KEY = re.compile(r"(?<![\w:])(?i:ip6|ipv6|inet6|addr6):(?=[0-9A-Fa-f:])")


def _is_network(value: str) -> bool:
    """Whether "address/prefix" is an IPv4 network's own address ("10.20.0.0/16", "192.168.1.0/24"):
    every host bit zero under a prefix shorter than /31. A host with its prefix ("10.1.2.3/16",
    "203.0.113.7/32") and IPv6 prefixes stay."""
    import ipaddress

    try:
        network = ipaddress.ip_network(value.split("%")[0], strict=True)
    except ValueError:
        return False
    return network.version == 4 and network.prefixlen < 31


# a well-known port of four or five digits written after a "::"-shortened IPv6 address without
# brackets ("fd12:3::7:8443"); "2001:db8::7:80" keeps its short last group (a policy choice)
_PORT_GROUP = re.compile(r"(?<=[0-9A-Fa-f]):(\d{4,5})$")
_KNOWN_PORTS = {"8080", "8443", "8000", "8008", "8888", "3000", "5000", "9000", "9090", "3128", "1080",
                "3389", "5432", "3306", "6379", "27017", "5900", "2222"}


def _without_port(value: str, after: str) -> int:
    """The length of an IPv6 match without a port written after it without brackets."""
    port = _PORT_GROUP.search(value)
    if port is None or after == ":" or "." in value:
        return len(value)
    head = value[:port.start()]
    if "::" in head and not head.endswith("::") and port.group(1) in _KNOWN_PORTS:
        return len(head)
    return len(value)


def _identifies_host(value: str) -> bool:
    """Whether an IP address can name a host (see BoundedIpRecognizer); True for what
    `ipaddress` cannot read (presidio's match stands)."""
    import ipaddress

    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return True
    if address.version == 4:
        bits = int(address)
        inverse = bits ^ 0xFFFFFFFF
        is_mask = (inverse + 1) & inverse == 0 or (bits + 1) & bits == 0  # 1..10..0 or 0..01..1
        return not (is_mask or bits >> 16 == 0x7F00)
    return not (address.is_unspecified or address.is_loopback)


class ExactIbanRecognizer(EntityRecognizer):
    """IBANs of every country in the SWIFT IBAN registry (schwifty's copy), printed in groups
    of four (apart by one or two spaces, a no-break space or a dash) or unspaced, upper or lower
    case: checked by country length and BBAN format and by the ISO 7064 mod-97 check digits.

    Every candidate start is extended character by character and the longest valid IBAN wins,
    so a following capitalised word ("ES12 ... 7689 ISBN") never spoils one.
    """

    START = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2}|[a-z]{2})\d{2}")
    # groups apart by a space, two spaces (justified or pasted text), a no-break space or a dash
    CHUNK = re.compile(r"(?:  ?|[\-\u00a0])?[A-Za-z0-9]")
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
    compact = text.replace(" ", "").replace("-", "").replace("\u00a0", "")
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
        self.phones = next(r for r in self.analyzer.registry.recognizers
                           if isinstance(r, PhoneNumberRecognizer))
        self.ssns = SsnRecognizer(config.language)
        self.cards = CardRecognizer(config.language)  # on whole texts, outside presidio

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for doc in docs:
            text, counts = self.scrub(doc.text or "", url=doc.url, language=doc.language)
            decisions.append(Decision.keep(text=text, pii_counts=counts))
        return decisions

    def find(self, text: str, url: str | None = None,
             language: str | None = None) -> list[RecognizerResult]:
        """Non-overlapping spans at or above min_score, sorted by start. `url` and `language`
        (the page's, when known) hint at the region of national phone numbers.

        presidio only sees the windows around prefilter candidates (see `candidate_windows`):
        tokenizing whole pages with spaCy was most of this stage's time. Phone numbers are found
        on the whole text (their context may be a table header far above them).
        """
        results = []
        entities = [e for e in self.config.entities if e not in ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD")]
        windows = candidate_windows(text) if entities or "US_SSN" in self.config.entities or \
            "CREDIT_CARD" in self.config.entities else []
        if entities:
            for start, end in windows:
                for result in self.analyzer.analyze(text[start:end], language=self.config.language,
                                                    entities=entities,
                                                    score_threshold=self.config.min_score):
                    result.start += start
                    result.end += start
                    results.append(result)
        if "CREDIT_CARD" in self.config.entities and windows:
            results += [RecognizerResult("CREDIT_CARD", start, end, score)
                        for start, end, score in self.cards.spans(text, windows)
                        if score >= self.config.min_score]
        regions = page_regions(url, language)
        if "PHONE_NUMBER" in self.config.entities:
            results += [RecognizerResult("PHONE_NUMBER", start, end, score)
                        for start, end, score in self.phones.spans(text, regions)
                        if score >= self.config.min_score]
        if "US_SSN" in self.config.entities:
            results += [RecognizerResult("US_SSN", start, end, score)
                        for start, end, score in self.ssns.spans(text, regions, windows)
                        if score >= self.config.min_score]
        return resolve_overlaps(results)

    def scrub(self, text: str, url: str | None = None,
              language: str | None = None) -> tuple[str, dict[str, int]]:
        spans = self.find(text, url, language)
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
    for match in prefilter_matches(text):
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


# Every PREFILTER match has "@", ":" or a digit among its first three characters.
_PREFILTER_HINT = re.compile(r"[@:\d]")


def prefilter_matches(text: str) -> Iterator[re.Match]:
    """PREFILTER.finditer(text), tried only at the two characters before and at each "@", ":" or
    digit: the same matches, where the plain scan tries every alternative at every letter (0.29
    against 0.08 ms per document of the full-size WARC file, issue 26)."""
    position, hint, match_at = 0, _PREFILTER_HINT.search, PREFILTER.match
    while (found := hint(text, position)) is not None:
        at = found.start()
        for start in range(max(position, at - 2), at + 1):
            match = match_at(text, start)
            if match is not None:
                yield match
                position = match.end()
                break
        else:
            position = at + 1


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


def _named_otherwise(card_word: re.Pattern, text: str, start: int) -> bool:
    """A word naming another kind of number ("账号", "เลขที่บัญชี", "Kundennummer", "order") stands
    before the digits in their line and field, after any other number there, and no card word
    does."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - CARD_CONTEXT_BEFORE):start]
    for cut in _FIELD_END.finditer(before):
        before = before[cut.end():]
    tail = before[max(before.rfind(digit) for digit in "0123456789") + 1:]  # a word before
    # another number named that one
    # "Card account number 5765 ...": a card word wins (looked for first: the shorter list)
    if not tail.strip() or card_word.search(before) is not None:
        return False
    named = None
    for named in _NOT_NUMBER_WORD.finditer(tail):
        pass
    # "Standing orders moved to my new Troy: 9792 ...": a brand nearer than the word names a card
    return named is not None and _CARD_MENTION.search(tail, named.end()) is None


_NOT_NUMBER_WORD = re.compile(NOT_PHONE_WORDS, re.IGNORECASE)
_PHONE_WORD_PATTERN = re.compile(PHONE_WORDS, re.IGNORECASE)
# Card words of the languages kept, compounds included ("Kaartnummer", "Kreditkartennummer").
CARD_WORDS = " card* kártya* kortti* thẻ kaart* karte* kreditkarte* carte* tarjeta* carta* cartão karty kart* карт* 卡号 卡號 信用卡 カード บัตร 카드 κάρτα* κάρτας بطاقة* بطاقت* کارت* कार्ड כרטיס*"
CARD_CONTEXT_BEFORE = 40


def _luhn_valid(digits: str) -> bool:
    total = 0
    for i, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0
