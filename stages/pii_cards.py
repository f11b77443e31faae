"""Payment card numbers and IBANs for the pii step (stages/pii.py). Cards: issuer prefixes and
lengths, printed groups, Luhn, and the card words, keys, columns and labels around a number
(`CardRecognizer`, called by the step on whole texts); IBANs: every country of the SWIFT registry
(schwifty's copy) by length, BBAN format and mod-97 check digits (`ExactIbanRecognizer`). Imported
by stages/pii_engine.py once it has hidden torch from presidio's imports (see `_hide_torch` there).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

import schwifty
import schwifty.exceptions
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from stages import regex_cache
from stages.pii_layout import _Layout, speaker_end
from stages.pii_tables import csv_cells
from stages.pii_words import (
    _FIELD_END,
    NOT_PHONE_WORDS,
    PHONE_WORDS,
    _word_pattern,
    ocr_letters,
)

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
# ISO/IEC 7812's major industry identifier (a card number's first digit) 7 is the petroleum
# industry's (fuel and fleet cards), no payment network's: a number there without a brand's prefix
# is no payment card, whatever card word, key or column names it ("gift_card": "7787…"). (9,
# national assignment, holds payment schemes beyond the brands above: Belkart 9112, BC Card 94.)
_NOT_PAYMENT_INDUSTRIES = "7"
# Major industry identifier 0 is ISO/TC 68's and other industry assignments', no payment network's
# (Faker's Maestro 0604 is a brand above): a number there of no brand is no payment card.
_NO_NETWORK_INDUSTRIES = "0"
# Under 8 (healthcare, telecommunications) and 9 (national assignment) the payment schemes that
# issue there (UnionPay's 81, Belkart 9112, BC Card 94, ...) print 16 digits: a number there of
# another length, and of no brand, is a store's, an insurer's or a carrier's card, not a payment card.
_NATIONAL_INDUSTRIES, _NATIONAL_LENGTH = "89", 16
# Under major identifier 1 (airlines) the one payment scheme, UATP, prints 15 digits: a number
# there of another length is a loyalty, ticket or booking number, not a payment card.
_AIRLINE_INDUSTRY, _AIRLINE_LENGTH = "1", 15
# Under major industry identifiers 3 (travel and entertainment: Amex, JCB, Diners) and 4 (Visa
# alone) every issuer is one of the brands above, so a number there at a length none of them
# issues is no card under any card word ("Karta: 4957 2635 4446 280": 15 digits, no Visa's).
_BRANDS_ONLY_INDUSTRIES = "34"
# An IMEI: 15 digits, Luhn-valid, its type allocation code led by a GSMA reporting body's two
# digits (01 PTCRB, 10, 30, 33, 35, 44, 45, 49, 50-54, 86, 91, 98, 99): a phone's id, not a card,
# even where a form's card field holds it ("Karta: 862584260138334"). A brand's 15-digit prefix
# (Amex 34/37, legacy JCB 1800/2131, Maestro) is looked at first.
_IMEI = re.compile(r"(?:01|10|3[035]|4[459]|5[0-4]|86|9[189])\d{13}")
# Scripts written without spaces between words (or, Hangul, with particles glued to a number)
_GLUED_SCRIPTS = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_GLUED_SCRIPT = re.compile("[" + _GLUED_SCRIPTS + "]")
# Product, book, device and parcel numbers are Luhn-valid one time in ten: "EAN 5020117860620" is
# no Maestro card, nor is "Barcode 4005649757809" a Visa or "SIM card ICCID 8944..." any card.
_NOT_CARD_BEFORE = re.compile(r"(?:\b(?:EAN|GTIN|UPC|ISBN|ISSN|ASIN|SKU|IMEI|MEID|ICCID|ISIN|barcode|bar code|"
                              r"strichcode|code-barres|c[oó]digo de barras|serial|serien\w*|S/N|SN|tracking|"
                              r"sendungs\w*|loyalty|order|invoice|ticket|(?:gift|fleet|fuel|library|sim)[_ \-]?cards?)(?:_?(?:id|no|nr|number|num)\b|\b)(?: no\.?| number| nr\.?)?"
                              r"|(?i:\bart(?:ikel)?\.?-?nr\.?)"
                              # (pii-classes30b) a payment's own receipt number, named with a number word:
                              # "EFT acknowledgement number 560598909043023", "Confirmation no. …"
                              r"|\b(?:acknowledge?ment|confirmation|bestätigungs|confirmaci[oó]n|confirma[cç][aã]o)"
                              r"[ _\-]?(?:no\.?|nr\.?|number|num|nummer|n[uú]mero|#|id)(?:[ \t]+(?:de|is|was))?)"
                              r"[\s.:#=\"'-]*$", re.IGNORECASE)


# A store's card, not a payment card: loyalty, member, bonus, points and customer cards in the
# languages the project keeps ("Carte fidélité", "Sadakat kartı", "Бонусная карта", "ポイントカード",
# "멤버십 카드", "بطاقة الولاء"); a payment brand's number under one is still a card (the standard
# decides), a number of no brand is the store's
_STORE_CARD = re.compile(r"loyalty|fid[eé]lit|fidelidad|fedelt|fideliza|lojalno|v[ěe]rnost|sadakat|bonus|бонус|дисконт"
                         r"|клубн|лояльн|member|mitglied|socio|s[óo]cio|club|klub|points?[ -]?card|punkte|puntos|pontos"
                         r"|payback|kundenkart|kundkort|kundekort|klantenkaart|treuekart|vorteilskart|stammkund"
                         r"|carte[ -](?:de[ -])?client|cart[ãa]o[ -](?:de[ -])?cliente|tarjeta[ -](?:de[ -])?cliente"
                         r"|customer[ -]card|store[ -]card|shop[ -]card|rewards?"
                         r"|ポイント|会員|会员|积分|積分|멤버십|포인트|회원|ولاء|الولاء|μέλους|πιστότητας|מועדון|סדסיות"
                         r"|सदस्य|thành viên|สมาชิก|สะสมแต้ม", re.IGNORECASE)
# a label after the number: a dash, an arrow or a bracket, then its words
_LABEL_AFTER = re.compile(r"[ \t\u00a0]*(?:[-–—←]|[(\[（])[ \t\u00a0]*([^\d\n]{1,30})")


def _store_card(text: str, start: int, end: int, header: str | None) -> bool:
    """A store's card names the number: a loyalty, member or bonus card's word in its label
    (before it in its field, heading its column, or right after it), or a label right after it
    naming another kind of number ("8023-0317-2287-1234 ← N. spedizione")."""
    if header is not None and _STORE_CARD.search(header):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - CARD_CONTEXT_BEFORE):start]
    cuts = list(_FIELD_END.finditer(before))
    if cuts and not before[cuts[-1].end():].strip():
        cuts.pop()  # a label, then a dash: "Tarjeta de socio – 9203 …"
    before = before[cuts[-1].end():] if cuts else before
    before = before[max(before.rfind(digit) for digit in "0123456789") + 1:]
    if _STORE_CARD.search(before):
        return True
    after = _LABEL_AFTER.match(text, end)
    return after is not None and bool(_STORE_CARD.search(after.group(1)) or _NOT_NUMBER_WORD.match(after.group(1)))


# (pii-classes31b) a fleet or fuel card issued on a payment network (Visa Fleet, Mastercard Fleet,
# WEX's and others' co-branded cards): a brand's number at one of its lengths under "fuel card" is a
# payment card; a number of no brand there stays the petroleum industry's (a gift card's brand
# number stays out, as the tuning sets leave it)
_FLEET_CARD_LABEL = re.compile(r"(?i:fleet|fuel)[_ \-]?cards?", re.IGNORECASE)
# (pii-classes31b) the tail of an IBAN-shaped string whose check digits fail ("PK53 TRQW 2669 3201
# 7322 0732 ✗"): a country code, two check digits and grouped letters or digits glued before it
_IBAN_HEAD_BEFORE = re.compile(r"(?<![\w])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4})*[ \u00a0]?\Z")


def _iban_tail(text: str, start: int) -> bool:
    """Whether the digits at `start` end an IBAN-shaped string: its country code and check digits,
    then a group of letters (a bank code: "PK53 TRQW", "GB29 NWBK") before them, in one case, a bank
    word before it on its line ("Order AB12 paid with card 4111 …" is no IBAN)."""
    head = _IBAN_HEAD_BEFORE.search(text, max(0, start - 40), start)
    if head is None or re.search(r"[A-Za-z]{4}", head.group()[4:]) is None:
        return False
    letters = re.sub(r"[^A-Za-z]", "", head.group())
    line_start = text.rfind("\n", 0, head.start()) + 1
    # one case throughout, as an IBAN is printed, and a bank word (IBAN, bank, ...) on its line
    return (letters.isupper() or letters.islower()) and \
        _BANK_WORD.search(text, max(line_start, head.start() - 80), head.start()) is not None


def _not_card_before(text: str, start: int, branded: bool = False) -> bool:
    """A product, device or parcel number's label right before the digits; one ending the line
    above after that line's own value labels that value, not this one ("350746513862106 ← IMEI"
    over "3000 725987 6190 (Kartennummer)")."""
    label = _NOT_CARD_BEFORE.search(text, max(0, start - 24), start)
    if label is not None and branded and _FLEET_CARD_LABEL.search(label.group()):
        return False
    if label is None or "\n" not in text[label.start():start]:
        return label is not None
    line_start = text.rfind("\n", 0, label.start()) + 1
    return not re.search(r"\d", text[line_start:label.start()])


class CardRecognizer(EntityRecognizer):
    """Card numbers: 12-19 digits, unseparated or in printed groups (a first group of 4 or 6
    digits, then groups of 3-7: 4-4-4-4[-3], 4-6-5, 4-6-4, 4-4-5, 4-4-4-7, 6-13, ...), one kind of
    separator (a line break may stand for one of them), Luhn-valid. A known issuer prefix and
    length make it STRONG; a card word, brand name, JSON key or table column naming a card makes
    any Luhn-valid one CONTEXT; others are WEAK (not reported). Looked for on whole texts (the
    step calls `spans`), so a table's header row counts however far above the number it is."""

    STRONG, CONTEXT_SCORE, WEAK = 0.8, 0.9, 0.3
    CONTEXT: ClassVar[list[str]] = ["credit", "card", "cards", "debit", "visa", "mastercard", "cc", "amex", "discover",
               "jcb", "diners", "maestro", "unionpay", "mir", "carte", "karte", "kreditkarte",
               "tarjeta", "carta", "cartão", "kaart", "creditcard", "cb"]
    # separators as cards are printed and pasted: space, dash, dot, no-break and thin spaces,
    # doubled spaces, " - "
    SEPARATOR = r"(?: - |  |[ \-.\u00a0\u2009\u202f])"
    # glued to a label ("cc:4111...", "card#4111...", "Card=4111...", "card no.4111..."): only
    # with an issuer's prefix and length or a card word (a URL's "id=..." is a number of no brand)
    # (a label in any alphabet: "Thẻ:6591…", "Κάρτα:3715…", "כרטיס אשראי:5334…")
    GLUED = re.compile(r"(?<=[^\W\d_])[:#=]$|(?<=[^\W\d_] )[:#=]$|(?<=\w\])=$|(?<=[^\W\d_]['\"])[:=]$|(?i:\bn[or]\.)$")  # "card[number]="
    # (pii-classes29b) a quoted key glued to its value, as log filters and dict dumps print a field:
    # "dropped field 'pan'=5576…", "{'pan':4111…}", '"cc"=4111…'
    # (an OCR pass's "N0" for "No" ends a label, no number: "CARD N0 4111 …")
    # (a digit first: the lookbehinds then run at digits only; any run of separator characters
    # between digits, or one line break, GROUPS then checks the printed groups)
    # (CJK, Hangul and Thai words may be glued to a number: "卡号是6287…，", "カード番号は5080 …です";
    # a masked card's last group, "**** **** **** 5253", starts none, even when a line break joins
    # it to the next card; markdown's bold "**Card:** 4111 …" is no mask)
    CANDIDATE = re.compile(r"(?=\d)(?:(?<![^\W" + _GLUED_SCRIPTS + r"])(?<![+\-./:@#&=%$€£¥])|(?<=[^\W\d_][:#=])|(?<=[^\W\d_] [:#=])|(?<=\w\]=)|(?<=[^\W\d_]['\"][:=])"
                           r"|(?<=[Nn][oOrR]\.))(?:(?<!\d )|(?<=(?<![A-Za-z0-9])[Nn]0 ))(?<!(?:\*{4}|•{4}|X{4}|x{4})[ \u00a0])(?<![*•]{4})"
                           r"\d(?:(?:[ \-.\u00a0\u2009\u202f]{0,3}|[ \u00a0]{0,2}\n)\d){11,18}"
                           r"(?![^\W" + _GLUED_SCRIPTS + r"]|[@%]|[.,\-/:]?\d)")
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

    def spans(self, text: str, windows: Sequence[tuple[int, int]] | None = None,
              named: list[tuple[int, int]] | None = None) -> list[tuple[int, int, float]]:
        """(start, end, score) of every Luhn-valid card-shaped number in `text` (within
        `windows`, the step's prefilter windows, when given; context is read from the whole text).
        `named`, when given, gets the (start, end) of each number a card word names that the
        standard or a store's label rules out as a payment card: a card's number all the same
        (a loyalty card's), no phone."""
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
            # a brand's number in the brand's own printed groups is a card unless the word naming
            # another number stands right before it ("Order confirmed. Paid with 4111 1111 …")
            near = BRAND_NAMED_NEAR if "\n" not in value and self.brand_grouped(digits, value) else None
            branded = any(iin.match(digits) and len(digits) in lengths for iin, lengths in _CARD_IIN)
            if not _luhn_valid(digits) or _not_card_before(text, start, branded) or _iban_tail(text, start) or \
                    _named_otherwise(self.card_word, text, start, near, branded):
                continue
            if layout is None:
                layout = _Layout(cells)
            header = layout.column_header(start, end)
            if header is not None and not layout.alone_in_cell(start, end):
                header = None  # a row of prose between delimiters: no column
            if header is not None and near is None and not _CARD_MENTION.search(header) and \
                    _NOT_NUMBER_WORD.search(header) and not (branded and _account_column(header)):
                continue  # an "order_id" or "tracking" column; a brand's number in the brand's
                # groups is named otherwise only by a word right before it, as in prose
            context = self._card_context(text, start, end) or header is not None and bool(_CARD_MENTION.search(header)) \
                or layout.asked_above(start, end, self.card_word) or layout.asked_above(start, end, _CARD_MENTION) \
                or self._labelled_above(text, start, layout)
            if not branded and (not unbranded_may_be_card(digits) or _store_card(text, start, end, header)):
                if context and named is not None:
                    named.append((start, end))
                continue  # a fleet, fuel or national id card's number, a brand's prefix at a
                # length the brand never issues, or an IMEI, even under a card word; a loyalty,
                # member or bonus card's number of no brand
            if not branded and not context and self.GLUED.search(text, max(0, start - 4), start):
                continue
            if not usual and not context:
                continue
            score = self.CONTEXT_SCORE if context else self.STRONG if branded else self.WEAK
            results.append((start, end, score))
        return results

    # each length's groups as the brands print them: 4-4-4-4, Amex 4-6-5, 4-4-4-4-3
    BRAND_GROUPS: ClassVar[dict[int, re.Pattern]] = {16: re.compile(rf"\d{{4}}({SEPARATOR})\d{{4}}\1\d{{4}}\1\d{{4}}"),
                                                     15: re.compile(rf"3[47]\d\d({SEPARATOR})\d{{6}}\1\d{{5}}"),
                                                     19: re.compile(rf"\d{{4}}({SEPARATOR})\d{{4}}\1\d{{4}}\1\d{{4}}\1\d{{3}}")}

    def brand_grouped(self, digits: str, value: str) -> bool:
        """An issuer's prefix at one of its lengths, printed in that length's own groups."""
        grouping = self.BRAND_GROUPS.get(len(digits))
        return grouping is not None and grouping.fullmatch(value) is not None and \
            any(iin.match(digits) and len(digits) in lengths for iin, lengths in _CARD_IIN)

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
                    # "… la carte 6490 0434 2211 1348. 8 904,14 €": a sentence ended after the card
                    # and an amount began; the card is the part before the full stop (or before a
                    # fixed-width table's gap: "4656 4719 7684 1975  200 616 8034", the next cell)
                    end = _CARD_CUT.search(value)
                    head = value[:end.start()] if end is not None else ""
                    if len(re.sub(r"\D", "", head)) >= 12 and (head.isdigit() or self.GROUPS.fullmatch(head)):
                        position = start + len(head)
                        yield start, start + len(head), head
                        continue
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
        head = head.rstrip(" \u00a0")
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
        before = ocr_letters(text[max(line_start, start - CARD_WORD_BEFORE):start])  # "CARD N0:"
        # a list number ends the label ("Card number 2:", "Karta (2):"): no other number
        before = _LIST_NUMBER_END.sub(":", before)
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


# a full stop and a space inside a candidate (its sentence ended there), or a fixed-width gap, or
# a space after an unbroken run of 13 digits or more: a card printed without groups ends there,
# another number follows ("ฉันจ่ายด้วยบัตร 4423623892994815 572 บาท": the amount)
_CARD_CUT = re.compile(r"\.[ \u00a0\u2009\u202f]+|[ \u00a0]{2,}|(?<=\d{13})[ \u00a0\u2009\u202f]")
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


def _named_otherwise(card_word: re.Pattern, text: str, start: int, near: int | None = None,
                     branded: bool = False) -> bool:
    """A word naming another kind of number ("账号", "เลขที่บัญชี", "Kundennummer", "order") stands
    before the digits in their line and field, after any other number there, and no card word
    does; with `near`, it ends at most `near` characters before the digits. A `branded` number
    (an issuer's prefix at one of its lengths) is not named otherwise by an account word alone
    ("Account number 4376 0293 5465 7485", "Número de cuenta original: 4896…": a card number is
    its primary account number) unless a bank's word stands beside it."""
    line_start = speaker_end(text, text.rfind("\n", 0, start) + 1, start)  # "Keisha Grant: 3589 …"
    before = ocr_letters(text[max(line_start, start - CARD_CONTEXT_BEFORE):start])
    cut = None
    for cut in _FIELD_END.finditer(before):
        pass
    if cut is not None:  # the last field's text (cut on the whole window: "… — tel 0912 … — Discover ")
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
    if named is None or _CARD_MENTION.search(tail, named.end()) is not None:
        return False
    if branded and _ACCOUNT_WORD.search(named.group()) and not _BANK_WORD.search(tail) and \
            all(_ACCOUNT_WORD.search(word.group()) for word in _NOT_NUMBER_WORD.finditer(tail)):
        return False
    return near is None or len(tail) - named.end() <= near


_NOT_NUMBER_WORD = regex_cache.compile(NOT_PHONE_WORDS, re.IGNORECASE)
_PHONE_WORD_PATTERN = regex_cache.compile(PHONE_WORDS, re.IGNORECASE)
# Card words of the languages kept, compounds included ("Kaartnummer", "Kreditkartennummer").
CARD_WORDS = " card* kártya* kortti* thẻ kaart* karte* kreditkarte* carte* tarjeta* carta* cartão karty kart* карт* 卡号 卡號 信用卡 カード บัตร 카드 κάρτα* κάρτας بطاقة* بطاقت* کارت* कार्ड כרטיס*"
CARD_CONTEXT_BEFORE = 40
# a brand-grouped number's naming word must end this near it ("Order no.: ", "IMEI # "): measured
# on every readable set (docs/pii.md), 4 and 12 gain alike; 12 keeps more of the old guard
BRAND_NAMED_NEAR = 12
# how far before the number a card word may start its label ("Tarjeta abierta a mi nombre sin
# permiso: …"), in its line, with no other number between
CARD_WORD_BEFORE = 80
_LIST_NUMBER_END = re.compile(r"(?<=[^\W\d_])[ \t\u00a0]*(?:\(\d{1,2}\)|(?:#|(?i:no|nr)\.?)?[ \t\u00a0]*\d{1,2})"
                              r"[ \t\u00a0]*[:：][ \t\u00a0]*$")


# A card number is its holder's "primary account number" (ISO/IEC 7812): a column headed
# "Account number" ("Número de cuenta", "Kontonummer") on a statement or a credit report holds
# card numbers as often as other accounts' numbers; a bank's or a routing column does not.
_ACCOUNT_WORD = re.compile(r"account|acct|a/c|cuenta|konto|kto|compte|conto|conta|rekening|rachun|сч[её]т",
                           re.IGNORECASE)
_BANK_WORD = re.compile(r"bank|banco|banque|banca|iban|routing|sort|aba|swift|bic|ruta|blz", re.IGNORECASE)


def _account_column(header: str) -> bool:
    """Whether every word in a column header naming another kind of number is an account word,
    with no bank's word beside it: a branded, Luhn-valid number there is a card's."""
    return not _BANK_WORD.search(header) and all(
        _ACCOUNT_WORD.search(named.group()) for named in _NOT_NUMBER_WORD.finditer(header))


def unbranded_may_be_card(digits: str) -> bool:
    """Whether a number of no brand above (prefix and length) may still be a payment card when
    words name it one: not in an industry no payment network issues in, nor in one whose every
    issuer is a brand above, nor a national scheme's industry (8, 9) at another length than 16,
    nor the airlines' (1) at another length than UATP's 15, nor an IMEI."""
    return digits[0] not in _NOT_PAYMENT_INDUSTRIES and digits[0] not in _BRANDS_ONLY_INDUSTRIES and \
        digits[0] not in _NO_NETWORK_INDUSTRIES and \
        (digits[0] not in _NATIONAL_INDUSTRIES or len(digits) == _NATIONAL_LENGTH) and \
        (digits[0] not in _AIRLINE_INDUSTRY or len(digits) == _AIRLINE_LENGTH) and \
        _IMEI.fullmatch(digits) is None


def may_be_card(digits: str) -> bool:
    """A brand's prefix at one of its lengths, or an unbranded number that may still be a card."""
    return any(iin.match(digits) and len(digits) in lengths for iin, lengths in _CARD_IIN) or \
        unbranded_may_be_card(digits)


def may_be_card_at(text: str, start: int, end: int, layout: _Layout) -> bool:
    """`may_be_card` for the number at text[start:end], and, of no brand, no store's card by its
    label or column (`_store_card`): what the standard and the page allow the context model to add."""
    if _iban_tail(text, start):
        return False  # (pii-classes31b) an IBAN-shaped string's digits, not a card's
    digits = re.sub(r"\D", "", text[start:end])
    if any(iin.match(digits) and len(digits) in lengths for iin, lengths in _CARD_IIN):
        return True
    header = layout.column_header(start, end)
    if header is not None and not layout.alone_in_cell(start, end):
        header = None
    return unbranded_may_be_card(digits) and not _store_card(text, start, end, header)


def _luhn_valid(digits: str) -> bool:
    total = 0
    for i, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


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
    CONTEXT: ClassVar[list[str]] = ["iban", "bank", "account", "konto", "kontonummer", "bankverbindung", "compte",
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
                if end < len(text) and text[end].isalnum() and not _GLUED_SCRIPT.match(text, end):
                    continue  # an IBAN ends at a word boundary (or where a script written without
                    # spaces glues the next word to it: "HR49 2408 … 9098 2へお振込みください")
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
