"""Phone numbers in text, for the pii step (`stages/pii.py`): by their shape, their page and the
words around them.

`PhoneNumbers.spans(text, regions)` gives (start, end, score) of every phone number (`regions`: the
page's, `stages/pii_regions.py`; candidates: `stages/pii_phone_candidates.py`). `phonenumbers`
checks the digits; the word lists of `stages/pii_words.py` (English and the FineWeb-2 languages
the project keeps), and the table columns, label lines and contact blocks that
`stages/pii_layout.py` reads, decide the rest (docs/pii.md). Plain Python over
`re` and `phonenumbers`: no presidio, no spaCy (stages/pii.py wraps it as a presidio recognizer).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

from stages.pii_layout import BLOCK, _Layout, csv_cells, dotted_port_ends, speaker_end
from stages.pii_phone_abroad import nanp_abroad
from stages.pii_phone_candidates import (
    _DIGITS,
    area_code_joined,
    joined,
    machine_numbers,
    raw_candidates,
)
from stages.pii_phone_clauses import (
    _ONE_WORD_LABEL,
    _OR_EMAIL_AFTER,
    _RANGE,
    _RANGE_AFTER,
    _RANGE_BEFORE,
    _VERSION_BUILD,
    _called_after,
)
from stages.pii_phone_jobs import names_other_number
from stages.pii_phone_labels import (
    _CEP_AFTER,
    _ID_GROUPS,
    _KEY_VALUE_ROW,
    _LABEL_RIGHT_BEFORE,
    _NUMBERED_NOUN,
    _TIME_KEY_BEFORE,
    _VALUE_END,
    _label_above,
    _label_after,
    _markup_label,
    _names_phone_columns,
    nanp_local_only,
    phone_keys,
)
from stages.pii_phone_placeholders import DOTTED_LOCAL, dotted_local_named, invalid_nanp, nanp_cell_regions, placeholder
from stages.pii_phone_records import mask_as_paths, without_repeated_ids
from stages.pii_phone_shapes import SSN_SHAPE, _isbn10, _note, _parse, _turkish_number
from stages.pii_regions import _regions_by_trunk_prefix
from stages.pii_words import (
    _CEP_BEFORE,
    _CURRENCY_BEFORE,
    _DATE_LABEL,
    _EMAIL_NEAR,
    _EXTENSION_WORDS,
    _FIELD_END,
    _LABEL_CELL,
    _LETTER_AFTER,
    _LIST_JOIN,
    _LISTED_AFTER_NUMBER,
    _NAMED_AFTER,
    _NOT_PHONE_WORD,
    _PHONE_LABEL,
    _PHONE_LABEL_AFTER,
    _PHONE_WORD,
    _SENTENCE_END,
    _UNIT_AFTER,
    _US_STATE_BEFORE,
    PHONE_CONTEXT_AFTER,
    PHONE_CONTEXT_BEFORE,
    PHONE_LETTER_LABEL,
    POSSESSIVE_NUMBER,
    bare_after_phone,
    false_friend,
    ocr_letters,
    other_number_end,
    purpose_phrase,
)

_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
# An IPv4 address at the start of a candidate, not the first groups of a dotted phone number
# ("06.1.234.5263" is a Hungarian number, "192.168.1.20 8080" an address and a port).
_IPV4_START = re.compile(_IPV4.pattern + r"(?![\d.])")
# a log's field border, a dash between spaces (its empty field), then an address to the end: "443 -
# 48.11.50.2" (IIS W3C: the port, the user name "-", the client's address)
_FIELD_THEN_IPV4 = re.compile(r"[ \u00a0]-[ \u00a0]" + _IPV4.pattern + "$")
# an address and a port as its fifth dotted group ("10.1.2.3.443"): an endpoint in tcpdump's or
# netstat's shape (stages/pii_layout.py, `dotted_port_ends`), or a dotted phone number elsewhere
_IPV4_PORT = re.compile(_IPV4.pattern + r"\.\d{1,5}")

# a dial link's number kept by `csv_cells` from its tag, the tag's rest spaces, right before
_DIAL_LINK_BEFORE = re.compile(r"(?<!\w)(?:tel|callto|sms):[+\d][\d \-.()]*\d {2,}\Z", re.IGNORECASE)

# the rest of a line's list of numbers up to a label after an arrow ("222 164 6271, 222-116-4469 ←
# Móvil": the label names every number of the list)
_LISTED_BEFORE_LABEL = re.compile(r"(?:[ \u00a0]*[,/][ \u00a0]*[+(]?\d[\d \u00a0\-.()/]*\d)+(?=[ \u00a0]*[←⟵])")

# a delimited table's cell (after `csv_cells`, a CSV row's cells are tab-separated)
_TABLE_CELL_BEFORE = re.compile(r"[\t|;][ \u00a0]*$")
_TABLE_CELL_AFTER = re.compile(r"[ \u00a0]*(?:[\t|;]|$)", re.MULTILINE)


class PhoneNumbers:
    """Phone numbers as people write them, by their shape, their page and the words around them.

    Candidates: 7-15 digits in groups joined by spaces, "-", ".", "/", parenthesised area codes
    and "(0)", after an optional "+", "00" or "011", with an optional extension ("x 12",
    "ext. 12", "Durchwahl 12", "poste 12", "доб. 12", "内線12"); never glued to a longer number,
    a word, a path or an amount. A candidate is a phone number (score >= 0.55) when
    - `phonenumbers` takes it as an international number ("+", "00", "011"): valid, or of a
      possible length for its country code (the validity data lag behind real numbering plans);
    - it is a national number valid for a region the page suggests (URL's TLD, the document's
      language, the country codes of its other numbers) or for a region dialling its trunk prefix
      ("020 7946 0958", "8 (912) 345-00-13"), or NANP-shaped ("(617) 555-0178");
    - a phone word stands before it in its sentence or after it on its line ("Tel.", "call",
      "Rufen Sie ... an", "appelez", "电话", "โทร"), a label right before or after it
      ("Office:", "M", "(desk)"), its table column's header or the line above it names a phone,
      or it stands alone on a line of a contact block (an e-mail address or another phone number
      within three lines), or it follows another phone number under the same label;
    unless it is shaped like a date, a year range, a decimal or a thousands-grouped amount, an
    ISBN, a version or an IP address, has a currency or unit next to it, or a word that names
    another kind of number ("order", "invoice", "ISBN", "IBAN", "Steuernummer", "订单") stands
    nearer before it than any phone word.
    """

    VALID, POSSIBLE, CONTEXT, WEAK = 0.7, 0.6, 0.6, 0.2
    DIGITS_MIN, DIGITS_MAX = 7, 15
    CANDIDATE = re.compile(
        r"(?<![A-Za-z0-9_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF+\-./@#&=%$€£¥)*])(?<!\d:)(?<!::)"  # (an IPv6 address's "::1")
        r"(?:(?<!\d,)(?<!\d[ ,])|(?<=\d,)(?=[(（+]))"  # a CSV cell may start with "(" or "+"
        r"(?:\+[ \u00a0]?|0\d{2,5}[ \u00a0][–—][ \u00a0](?=\d))?"  # "01805 – 4444": an area code, a dash
        r"(?:[(（]\+?\d{1,6}(?:[ \u00a0\-/]\d{1,4})?[)）]|\d{1,15})"  # ("(06 1)", "(06/1)": Budapest's code after the trunk 06)
        r"(?:(?:[ \u00a0]?[(（]0[)）][ \u00a0]?|[ \u00a0]?-[ \u00a0]?|/[ \u00a0]|[–‑－]|[ ./\u00a0\u202f\u2009]|(?=[(（])|(?<=[)）]))"
        r"(?:[(（]\d{1,6}(?:[ \u00a0\-]\d{1,4})?[)）]|\d{1,15})){0,8}"
        rf"(?:[ \u00a0]?[,;]?[ \u00a0]{{0,2}}(?:{_EXTENSION_WORDS})[ \u00a0]?[.:]?[ \u00a0]?\d{{1,6}}(?![ \u00a0]\d))?"
        r"(?![A-Za-z0-9_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF@%]|[.,\-/:]?\d)"
        # not the digits of a longer token: a vanity number's letters ("1-800-234-WXEF"), a MAC
        # address's last groups ("…-64-15-de", "0350.2909.fe4f"), an anonymised octet ("28.52.210.xxx"),
        # an id's check or suffix letters after a hyphen ("431-69-8973-A": a Medicare claim number,
        # "4490-4367-K", "12345678-AB"; no numbering plan ends a number in letters)
        r"(?!-[A-Za-z]{1,2}(?![A-Za-z0-9_]))"
        r"(?!(?-i:-[A-Z]{3,}(?![a-z])|[-.:][0-9a-f]{2}(?:[0-9a-f]{2})?(?![\w.-])|\.[xX*]{1,3}(?!\w)))", re.IGNORECASE)
    EXTENSION = re.compile(rf"[ \u00a0]?[,;]?[ \u00a0]{{0,2}}(?:{_EXTENSION_WORDS})[ \u00a0]?[.:]?[ \u00a0]?\d{{1,6}}$", re.IGNORECASE)
    DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d\d|(?:19|20)\d\d[./\-]\d{1,2}[./\-]\d{1,2}"
                      r"|\d{1,2}[./\-]\d{1,2}[./\-]\d{1,2}|(?:1[5-9]|20)\d\d\s?[\-–/]\s?(?:1[5-9]|20)?\d\d"
                      r"|(?:(?:19|20)\d\d )+(?:19|20)\d\d|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])")
    NANP = re.compile(r"(?:\+?1[ \-.])?(?:\(\d{3}\) ?|\d{3}[\-.])\d{3}[\-.]\d{4}|(?:\+?1 )?\d{3} \d{3} \d{4}")
    DATE_INSIDE = re.compile(r"(?<![\d+])(?:(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d-\d\d-\d\d"
                             r"|(?:1[5-9]|20)\d\d ?[–-] ?(?:1[5-9]|20)\d\d)(?!\d)")
    DATE_TIME = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d[ \u00a0T]+"
                           r"(?:[01]?\d|2[0-3])[.:h][0-5]\d")
    YEAR_SERIAL = re.compile(r"(?:19|20)\d\d/\d{4,6}|(?:19|20)\d\d-\d{5,6}")
    YEAR_DASH = re.compile(r"(?:1[5-9]|20)\d\d ?[–—] ?(?=\d)")
    TIME_RANGE = re.compile(r"(?<!\d)\d{1,2}[.:][0-5]\d ?[\-–] ?\d{1,2}[.:][0-5]\d(?!\d)")
    THOUSANDS = re.compile(r"(?!0)\d{1,3}(?:([ .\u00a0\u202f\u2009])\d{3})(?:\1\d{3})+")
    DECIMALS = re.compile(r"(?!0\d)\d{1,3}\.\d{3,}(?:[ ,;]+-?\s?\d{1,3}\.\d{3,})?")
    VERSION = re.compile(r"[1-9]\d?\.\d{1,2}\.\d+(?:\.\d+)+|[1-9]\d{1,2}\.0\.\d{3,4}\.\d{1,3}")  # Chrome's "122.0.3759.111"
    ISBN = re.compile(r"97[89][\- ]?\d[\d\- ]{8,14}\d")
    ZIP4 = re.compile(r"\d{5}-\d{4}")
    CEP = re.compile(r"\d{5}[- ]?\d{3}|\d{2}\.\d{3}-\d{3}")
    # area code and exchange as the NANP numbers them ([2-9]XX), one separator kind
    NANP_DASHED = re.compile(r"[2-9]\d{2}([-.])[2-9]\d{2}\1\d{4}")
    ONE_DOT_DECIMAL = re.compile(r"[1-9]\d{3,}\.\d{1,4}")  # "639734.3068": a measure, not a phone
    _CEP_DASHED = re.compile(r"[1-9]\d{4}-\d{3}")
    _EIN_DASHED = re.compile(r"[1-9]\d-\d{7}")
    # an area code, one dot, the subscriber number ("321.8278477"): also a decimal or a coordinate
    DOTTED_ONCE = re.compile(r"[1-9]\d{1,2}\.\d{6,8}")
    _LOCAL_DASHED = re.compile(r"\d{3}-\d{4}")
    # ten digits in groups no numbering plan writes without its trunk 0: an area code and seven
    # ("307-6059464"; but Colombia's mobiles, "321-3683532", on its pages), four, four and two
    # ("3097 4488 58"; "0783 1160 83" after a trunk 0 is German), an SSN and a check digit
    # ("216-47-4877-2", a loan number)
    _AREA_SEVEN = re.compile(r"[1-9]\d{2}-\d{7}")
    _FOUR_FOUR_TWO = re.compile(r"[1-9]\d{3} \d{4} \d{2}")
    _SSN_CHECK = re.compile(r"\d{3}([-. ])\d{2}\1\d{4}\1\d")
    # a decimal first: a fraction below one ("0.648024", no plan writes its trunk 0 alone before a
    # dot) or one with five decimals or more before a space ("12.345678 0 199": a measure, then
    # the next column of a log line)
    _DECIMAL_LEAD = re.compile(r"0\.\d{3,}(?![\d.])|\d{1,3}\.\d{5,}(?=[ \u00a0])")
    # one run of five to eight digits, a dash, one or two digits: a reference or an id with its
    # check digits or suffix ("180826-62", "12345678-9"); phones are written in more groups
    _SUFFIXED = re.compile(r"\d{5,8}-\d{1,2}")
    _YEARS_DASHED = re.compile(r"(?:1\d|20)\d\d ?[–—] ?(?:1\d|20)\d\d")

    def __init__(self):
        self.trunk_regions = _regions_by_trunk_prefix()

    def without_extension(self, candidate: str) -> str:
        # every extension word has a letter or an ideograph: most candidates have neither
        return self.EXTENSION.sub("", candidate) if _WORD_CHARACTER.search(candidate) else candidate

    def spans(self, text: str, regions: Sequence[str] = (),
              verdicts: list | None = None) -> list[tuple[int, int, float]]:
        """(start, end, score) of every phone number in `text`, left to right. `verdicts`, when
        given, gets (start, end, verdict, context, score) of every 7+ character candidate, taken
        or not (the learned context model's rows and features, stages/pii_phone_context.py)."""
        text = mask_as_paths(csv_cells(text))  # a CSV row is a row of cells, as a tab-separated
        # one is; a BGP table's AS paths are no phones (pii_phone_records)
        text = text.replace("＋", "+")  # a full-width plus ("＋８１ ３－…") leads a number as "+" does
        if "\\n" in text:  # an escaped line break (iCalendar, JSON: "…\\nMeeting ID: …") breaks a line
            text = _ESCAPED_BREAK.sub(" \n", text)
        if (not regions or "IL" in regions) and _HEBREW_PREFIX.search(text):  # "ל-+972 50-…", "ב-03-…": a Hebrew
            text = _HEBREW_PREFIX.sub(r"\1 ", text)  # prefix letter (a Hebrew page's) and a hyphen
        if "=" in text:  # "oncall_phone=+4420…", "?tel=0612…": a key naming a phone, its value;
            # "login=+34612345678": a key's whole value, a valid number in international form,
            # unless the key names another kind of number ("order_id=+4915112345678")
            text = phone_keys(text)
        candidates = []
        raw = area_code_joined(self, text, raw_candidates(self, text, regions), regions)
        for start, end, value in joined(self, text, raw, regions):
            if len(value) < self.DIGITS_MIN:
                continue
            year = self.YEAR_DASH.match(value)
            if year and len(phonenumbers.normalize_digits_only(value[year.end():])) >= self.DIGITS_MIN:
                start, value = start + year.end(), value[year.end():]
            candidates.append((start, end, value))
        if not candidates:
            return [(start, end, self.VALID) for start, end in machine_numbers(text)]
        shapes = [self.shape(value) for _, _, value in candidates]
        # the country codes of a page's international numbers hint at the region of its others
        page, hinted = tuple(regions), list(regions)
        for _, number in shapes:
            if number is not None:
                region = phonenumbers.region_code_for_country_code(number.country_code)
                if region not in hinted and region in phonenumbers.SUPPORTED_REGIONS:
                    hinted.append(region)
        layout = _Layout(text)
        # a US page, or one whose own international numbers are US ones (a Spanish page of a US form)
        us_numbers = not page or page[0] == "US" or "US" in hinted[len(page):]
        found: list[tuple[int, int, float]] = []
        other: set[str] = set()  # values a word naming another kind of number holds
        weak: set[tuple[int, int]] = set()  # found, not in international form
        endpoints = {end for start, end, value in candidates if _IPV4_PORT.fullmatch(value)}
        if endpoints:  # "IP 10.1.2.3.443 > 12.125.59.96.80:": tcpdump's endpoints, not dotted phones
            endpoints &= set(dotted_port_ends(text).values())
            shapes = [(0.0, None) if end in endpoints else shape
                      for (_, end, _), shape in zip(candidates, shapes)]
        for (start, end, value), (score, international) in zip(candidates, shapes):
            if score == 0.0 or self._amount_around(text, start, end) or \
                    self.ZIP4.fullmatch(value) and _US_STATE_BEFORE.search(text, max(0, start - 4), start):
                _note(verdicts, start, end, "shape0" if score == 0.0 else "amount_zip", None, score)
                continue  # "Springfield, IL 62704-1234": a ZIP+4 code
            if _UPTIME.fullmatch(text, max(0, start - 6), min(len(text), end + 1)) or \
                    _UPTIME.fullmatch(text, text.rfind("[", max(0, start - 6), start), min(len(text), end + 1)):
                _note(verdicts, start, end, "uptime", None, score)
                continue  # "kernel: [18386.895291]": a kernel log's seconds.microseconds since boot
            if _TIME_KEY_BEFORE.search(text, max(0, start - 40), start) and _VALUE_END.match(text, end):
                _note(verdicts, start, end, "time_key", None, score)
                continue  # date="1786240936919", "created_at": 1716200000123: a key naming a time
            if self.CEP.fullmatch(value) and _CEP_BEFORE.search(text, max(0, start - 24), start):
                _note(verdicts, start, end, "cep", None, score)
                continue  # "CEP 01310-100": a Brazilian postal code ("Cep" alone is Turkish for mobile)
            if _RANGE.fullmatch(value) and (_RANGE_BEFORE.search(text, max(0, start - 12), start) or
                                             _RANGE_AFTER.match(text, end)):
                _note(verdicts, start, end, "range", None, score)
                continue  # "between 0800-1700 hours", "von 0900-1800 Uhr": two times or counts, a range
            if _VERSION_BUILD.fullmatch(value):
                _note(verdicts, start, end, "version", None, score)
                continue  # "ClamAV 0.103.2/26841": a version, a slash, its signature database's build
            if placeholder(value) or value.startswith(("+", "00")) and invalid_nanp(international):
                _note(verdicts, start, end, "placeholder", None, score)
                continue  # "000-000-0000", "+1.999.555.0100": no plan dials them (pii_phone_placeholders)
            context = self.context_of(text, start, end, layout, found, hinted)
            if context <= 0 and "tel:" in text and _DIAL_LINK_BEFORE.search(text, max(0, start - 60), start):
                context = 2  # a dial link's visible text ('<a href="tel:+4812…">512 043 506</a>',
                # read by `csv_cells` as "tel:+4812…  512 043 506"): the link says it is a phone
            if context in (1, 3) and _ID_GROUPS.fullmatch(value):
                context = 0  # "· 235-392-3454-80": an id's groups, in a contact block or a sentence
            if context == 3:  # only a contact block marks it: nine digits in dashed threes, an id's
                # shape ("320-249-443" under a form's phone lines), must be a phone number's digits
                # (a local "486-8522" or a named "Hubert, 27 21 52 95" need not be)
                context = 0 if _THREES.fullmatch(value) and not self._phone_alone(value, hinted) or \
                    us_numbers and SSN_SHAPE.fullmatch(value) and "-" in value else 2
            if self.DOTTED_ONCE.fullmatch(self.without_extension(value)) and \
                    not _LABEL_RIGHT_BEFORE.search(text, max(0, start - 40, text.rfind("\n", 0, start) + 1), start):
                _note(verdicts, start, end, "dotted_once", context, score)
                continue  # "321.8278477" is a phone right after a label ("Teléfono de contacto:"), else a
                # decimal or a coordinate (also in a table's phone column)
            if DOTTED_LOCAL.fullmatch(self.without_extension(value)) and not dotted_local_named(text, start, _LABEL_RIGHT_BEFORE):
                _note(verdicts, start, end, "dotted_once", context, score)
                continue  # "615.3971": a phone after a label or "or" and a number, else a decimal
            if context < 0 and not (international is not None and score == self.VALID and
                                     value.startswith("+")):
                _note(verdicts, start, end, "other_number", context, score)
                other.add(value)
                continue  # a word naming another kind of number stands nearer ("E-ticket 006-...")
            if context == 1 and us_numbers and SSN_SHAPE.fullmatch(value) and "-" in value:
                context = 0  # "my number 431-29-8812": written as a US SSN, and only a word in the
                # sentence or a contact block says phone (a label or a column still does), on a US
                # page or one whose own numbers are US ones ("Llámeme al +1 201-…. (666-73-3922)")
            if context > 0 and nanp_local_only(value, nanp_cell_regions(text, start, hinted, us_numbers)) and _TABLE_CELL_BEFORE.search(
                    text, max(0, start - 3), start) and _TABLE_CELL_AFTER.match(text, end):
                context = 0  # "…;01/01/1970;555-0100;…" under "phone" beside "+1 713-…" rows: a
                # cell with no area code (a contact block's or a sentence's local number stays)
            if context <= 1 and self.ZIP4.fullmatch(value) and \
                    ("US" in page or not value.startswith("0") and "BR" not in page):
                _note(verdicts, start, end, "zip4", context, score)
                continue  # "04809-1100" on a US page, "79204-3414" on any is a ZIP+4 code unless a
                # label or a phone word right before says not (one elsewhere on the line named the
                # phone before it); "02123-4263" elsewhere is a number after its trunk 0; Brazil
                # writes mobiles "91234-5678")
            if context == 0 and nanp_abroad(value, page, hinted):  # pii_phone_abroad
                _note(verdicts, start, end, "nanp_abroad", context, score)
                continue
            if score < self.POSSIBLE and hinted:
                score = max(score, self.national_score(value, hinted, page))
            if context > 0:
                score = max(score, self.CONTEXT)
            if score >= self.CONTEXT - 0.05:
                found.append((start, end, score))
                if not value.startswith("+"):
                    weak.add((start, end))
            _note(verdicts, start, end, "taken" if score >= self.CONTEXT - 0.05 else "weak", context, score)
        found = without_repeated_ids(text, found, other, weak)  # pii_phone_records
        machine = machine_numbers(text)  # "sip:+4915158849300@host", '"msisdn":"4917…"': the record's
        for start, end in machine:  # syntax names them, no context model's veto (their verdicts dropped)
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, self.VALID))
        if machine and verdicts is not None:
            verdicts[:] = [verdict for verdict in verdicts if (verdict[0], verdict[1]) not in set(machine)]
        return sorted(found)

    @staticmethod
    def _phone_word_after(after: str) -> bool:
        """A phone word after the number in its sentence, no digit and no word naming another
        number before it ("… numarasını arayın.", "… تماس بگیرید.")."""
        sentence_end = re.search(r"[.!?。！？](?:\s|$)", after)
        after = after[:sentence_end.start()] if sentence_end else after
        word = _PHONE_WORD.search(after)
        return word is not None and not _NOT_PHONE_WORD.search(after, 0, word.start()) and \
            not re.search(r"\d", after[:word.start()])

    def _phone_alone(self, part: str, regions: Sequence[str]) -> bool:
        """A phone number by its digits alone (its extension aside): valid or possible
        international, or valid national for the page's regions or its trunk prefix."""
        main = self.without_extension(part)
        return self.shape(main)[0] >= self.POSSIBLE or bool(regions) and \
            self.national_score(main, regions, regions) >= self.VALID

    def _too_short(self, value: str, regions: Sequence[str]) -> bool:
        """The start of a number, too short for one: an international one that is not valid (and
        not too long), or a national one under 7 digits or valid neither for the page's regions
        nor its trunk prefix."""
        digits = phonenumbers.normalize_digits_only(value)
        if value.startswith(("+", "00")):
            number = _parse("+" + digits[0 if value.startswith("+") else 2:], None)
            return number is not None and not phonenumbers.is_valid_number(number) and \
                phonenumbers.is_possible_number_with_reason(number) != phonenumbers.ValidationResult.TOO_LONG
        return len(digits) < self.DIGITS_MIN or not self._phone_alone(value, regions)

    # --- the number itself ---------------------------------------------------------------------

    @staticmethod
    def _descending_years(date: str, span: bool = True) -> bool:
        """Whether a year range runs backwards ("2011-1751" in "010-2011-1751", a Korean mobile
        number) or, inside a longer number (`span`), spans more than a century ("1699-2099" in
        "+81 90-1699-2099", a Japanese mobile number): no range of years a page gives does, so it
        is no date. A whole candidate that is two ascending years is a range however long
        ("1674–2003": a firm's, a building's, a life's years)."""
        years = re.fullmatch(r"((?:1[5-9]|20)\d\d) ?[\-–/] ?((?:1[5-9]|20)\d\d)", date)
        if years is None:
            return False
        gap = int(years.group(2)) - int(years.group(1))
        return gap < 0 or span and gap > 100

    def shape(self, candidate: str):
        """(score, parsed international number or None) from the candidate alone: 0.0 when it
        cannot be a phone number, WEAK when only context can make it one."""
        main = self.without_extension(candidate)
        direct_dial = re.search(r"-\d{1,4}$", main)
        if direct_dial and main.startswith("+") and \
                len(phonenumbers.normalize_digits_only(main)) > self.DIGITS_MAX:
            main = main[:direct_dial.start()]  # "+43 1 234567-89": a direct-dial suffix
        extension = main != candidate
        main = main.replace("（", "(").replace("）", ")").replace("－", "-").replace("‑", "-")
        main = main.replace("\n", " ")  # a number broken over a line (pii_phone_candidates' `joined`)
        main = _BRACKETED_CODE.sub(r"\1\2 ", main)  # "(+359) 43 916 497": the country code in brackets
        if not main.isascii():
            main = main.translate(_DIGITS).translate(_FULL_WIDTH)  # "۰۰۳۶ ۲۰ ۶۵۹ ۹۶۴۷": Persian digits,
            # an "00" prefix; "００８１ ３-１２７４-…": full-width ones
        if main.count("(") != main.count(")") or \
                _IPV4_START.match(main) and not main.startswith(("+", "0")) or \
                _IPV4.fullmatch(main) and main.startswith("0.") or \
                self.DATE.fullmatch(main) and not self._descending_years(main, span=False) or \
                any(not self._descending_years(date.group()) for date in self.DATE_INSIDE.finditer(main)) and \
                not self._valid_international(main):
            return 0.0, None  # ("0.0.15.255": a wildcard mask; a phone's trunk 0 leads a group: "06.1.…")
        if self._DECIMAL_LEAD.match(main) or self._SUFFIXED.fullmatch(main) or _FIELD_THEN_IPV4.search(main) or \
                self._YEARS_DASHED.fullmatch(main) and int(main[:4]) < int(main[-4:]):
            return 0.0, None  # "0.648024 0 196": a fraction, then a log's next columns; "180826-62":
            # one long run and a short suffix (a reference's check digits), which no plan writes;
            # "1153–2005": two ascending years a typographic dash joins, a range
        if self.DOTTED_ONCE.fullmatch(main) or DOTTED_LOCAL.fullmatch(main):
            return self.WEAK, None  # a phone only with a label right before it (`spans`)
        if self.DECIMALS.fullmatch(main) or self.VERSION.fullmatch(main) or \
                self.ISBN.fullmatch(main) or self.TIME_RANGE.search(main) or main.endswith(")") or \
                _isbn10(main):
            return 0.0, None
        if main.count("/") > 1:
            return 0.0, None  # "21/815/08150": tax and file numbers
        if self.DATE_TIME.fullmatch(main) or self.YEAR_SERIAL.fullmatch(main):
            return 0.0, None  # "07-05-2022 03.45": a date and a time; "2021/47865": a year's serial
        digits = phonenumbers.normalize_digits_only(main)
        if main.startswith(("+", "00", "011")):
            idd = 0 if main.startswith("+") else 3 if main.startswith("011") else 2
            national = phonenumbers.normalize_digits_only(main.replace("(0)", "", 1))[idd:]
            number = _parse("+" + national, None)
            if number is not None and self.DIGITS_MIN <= len(national) <= self.DIGITS_MAX:
                if phonenumbers.is_valid_number(number):
                    return self.VALID, number
                if phonenumbers.is_possible_number(number) and (main.startswith("+") or
                                                                re.search(r"\D", main.strip())):
                    return self.POSSIBLE, number
            if main.startswith("+"):
                if number is not None and len(national) >= 8 and re.match(r"\+[ \u00a0]?\d{1,3}[ \u00a0(]", main) \
                        and phonenumbers.region_code_for_country_code(number.country_code) != "ZZ" \
                        and self.DIGITS_MIN <= len(digits) <= self.DIGITS_MAX:
                    return self.POSSIBLE, number  # "+54 9 3394 8197": a country code, then groups
                return (self.WEAK if self.DIGITS_MIN <= len(digits) <= self.DIGITS_MAX else 0.0), None
        if not self.DIGITS_MIN <= len(digits) <= self.DIGITS_MAX:
            return 0.0, None
        grouped = bool(re.search(r"[ \-./()]", main.strip()))
        if extension and grouped:
            return self.POSSIBLE, None  # "800 124 854, int. 617": only phones have extensions
        if self.THOUSANDS.fullmatch(main):
            return self.WEAK, None  # "1 234 567": an amount, unless a phone word says otherwise
        if SSN_SHAPE.fullmatch(main) or self._SSN_CHECK.fullmatch(main) or self._FOUR_FOUR_TWO.fullmatch(main):
            return self.WEAK, None  # "016-65-9167" is written like a US SSN (see _FOUR_FOUR_TWO)
        if self._AREA_SEVEN.fullmatch(main):
            return self.WEAK, None  # valid only for its page's own regions (`national_score`)
        if self.ONE_DOT_DECIMAL.fullmatch(main):
            return self.WEAK, None  # "639734.3068" is a measure unless a label says phone
        if self._CEP_DASHED.fullmatch(main):
            return self.WEAK, None  # "80050-661" is written as a Brazilian postal code
        if self._EIN_DASHED.fullmatch(main):
            return self.WEAK, None  # "78-1290255" is written as a US EIN (national numbers written
            # 2-7 start with their trunk 0: "03-1234567")
        if grouped:
            # a national number after its trunk prefix ("020 7946 0958", "8 (912) 345-00-13")
            for prefix, regions in self.trunk_regions.items():
                if digits.startswith(prefix) and main.lstrip("(").startswith(prefix[0]):
                    for region in regions:
                        number = _parse(main, region)
                        if number is not None and phonenumbers.is_valid_number(number):
                            return self.VALID, None
        if self.NANP.fullmatch(main):
            number = _parse(main, "US")
            if number is not None and phonenumbers.is_valid_number(number):
                return self.VALID, None
            if extension or main.startswith(("(", "1", "+1")) or self.NANP_DASHED.fullmatch(main):
                return self.POSSIBLE, None  # "(261) 609-9069", "729-395-9006": NANP numbers not (yet) in use
        return self.WEAK, None

    @staticmethod
    def _valid_international(main: str) -> bool:
        """A valid number after "+" and a country code set apart ("+81 3-1924-1948": its groups may
        read as a year range, "1924-1948", which a number in international form is not)."""
        if not re.match(r"\+[ \u00a0]?\d{1,3}[ \u00a0\-.(]", main):
            return False
        number = _parse(main, None)
        return number is not None and phonenumbers.is_valid_number(number)

    def national_score(self, candidate: str, regions: Sequence[str],
                       page: Sequence[str] = ()) -> float:
        """VALID when the candidate is a valid national number of one of `regions` written as
        people write one (in groups, or one run after the trunk prefix); WEAK otherwise."""
        main = self.without_extension(candidate).translate(_FULL_WIDTH)  # "０３－１２３４－５６７８"
        if self.ONE_DOT_DECIMAL.fullmatch(main):
            return self.WEAK
        if SSN_SHAPE.fullmatch(main):
            if not page or "US" in page or not main.startswith("0"):
                return self.WEAK  # (where no trunk prefix is dialled, no one writes a number 3-2-4)
            regions = page  # "078-79-0095" on a Belgian page: a national number, not an SSN
        if self._CEP_DASHED.fullmatch(main) or self._EIN_DASHED.fullmatch(main) or \
                self._SSN_CHECK.fullmatch(main) or self._FOUR_FOUR_TWO.fullmatch(main):
            return self.WEAK  # "24469-172": written as a Brazilian postal code ("78-1290255": a US EIN)
        if self._AREA_SEVEN.fullmatch(main):
            # "321-3683532" is a Colombian mobile (3nn-nnnnnnn) on a page Colombia's numbers may be
            # on: the one plan that writes ten digits 3-7 with no trunk 0 (NANP writes 3-3-4)
            regions = [region for region in page if region == "CO"]
        if self._LOCAL_DASHED.fullmatch(main):
            regions = page  # "528-9947": seven digits as Iceland or Panama write them, on their pages only
        if self.THOUSANDS.fullmatch(main):
            # "503 192 659" is how Poland writes mobile numbers, "1 234 567" is an amount anywhere
            if not re.fullmatch(r"\d{3} \d{3} \d{3}", main):
                return self.WEAK
            regions = page
        grouped = bool(re.search(r"[ \-./()]", main.strip()))
        for region in regions:
            number = _parse(main, region)
            if number is None or not phonenumbers.is_valid_number_for_region(number, region):
                continue
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
            trunk = metadata.national_prefix if metadata is not None else None
            if trunk and trunk != "1" and not phonenumbers.normalize_digits_only(main).startswith(trunk) and \
                    phonenumbers.normalize_digits_only(phonenumbers.format_number(
                        number, phonenumbers.PhoneNumberFormat.NATIONAL)) != phonenumbers.normalize_digits_only(main):
                continue  # where numbers are dialled after a trunk prefix, they are written so,
                # unless the region writes that kind without it ("(11) 96123-6128", "1-800-127-623")
            if grouped:
                return self.VALID
            # one unseparated run of nine digits or fewer: valid for the page's own region (its
            # TLD's, else its language's first), not for any of eight English-speaking ones
            # ("090334016" is a routing number on an English page, "065482931" a BSN)
            if (len(main) >= 10 or region == (page[0] if page else None)) and (main.startswith(trunk or "0") or
                    phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE and
                    len(phonenumbers.national_significant_number(number)) >= 10):
                return self.VALID
        return self.WEAK

    def _amount_around(self, text: str, start: int, end: int) -> bool:
        return bool(_UNIT_AFTER.match(text, end) or _CURRENCY_BEFORE.search(text[max(0, start - 6):start]))

    # --- the words and layout around it --------------------------------------------------------

    def context_of(self, text: str, start: int, end: int, layout: _Layout,
                found: list[tuple[int, int, float]], regions: Sequence[str] = ()) -> int:
        """2 when a label, a table column or a phone word right before it marks the candidate as
        a phone number, 3 when only a contact block does, 1 when a phone word elsewhere in its sentence does, -1
        when a word nearer to it names another kind of number, 0 when nothing says either."""
        line_start = text.rfind("\n", 0, start) + 1
        if (_CEP_BEFORE.search(text, max(line_start, start - 24), start) or _CEP_AFTER.match(text, end)) and (
                _turkish_number(text[start:end]) or text[start:end].startswith(("+", "00")) and
                self.shape(text[start:end])[0] == self.VALID):
            return 2  # "CEP: 0503 200 78 94": Turkish "cep (telefonu)" before a Turkish number (a
            # landline too, "<b>CEP</b>&nbsp;(0212) 608 85 50": ten digits are no postal code) or a
            # valid international one ("CEP: 00213 557 76 00 59"; before other digits it is a
            # Brazilian postal code's label); after it as a label, "(0222) 263 81 61  [CEP]", "… – Cep"
        before = ocr_letters(text[max(line_start, start - PHONE_CONTEXT_BEFORE):start])  # "PH0NE:"
        cut = None
        for cut in _SENTENCE_END.finditer(before):
            pass
        if cut is not None:
            before = before[cut.end():]
        line_end = text.find("\n", end)
        after = text[end:min(end + PHONE_CONTEXT_AFTER, len(text) if line_end < 0 else line_end)]
        label_after = _PHONE_LABEL_AFTER.match(after)
        if label_after and not (after.lstrip()[:1] in "-–—" and re.search(r"\d", after[label_after.end():])):
            return 2  # "0123 456789 (desk)", "0123 456789 - Fax" (not "… – call us on 0800 …")
        listed = _LISTED_BEFORE_LABEL.match(text, end, len(text) if line_end < 0 else line_end)
        if listed and not before.strip(" \t\u00a0") and \
                _PHONE_LABEL_AFTER.match(text, listed.end(), min(len(text), listed.end() + PHONE_CONTEXT_AFTER)):
            return 2  # "222 164 6271, 222-116-4469 ← Móvil": the arrow's label names the line's list
        named_after = _NAMED_AFTER.match(after)
        if named_after and other_number_end(named_after.group(1)) is not None and \
                not _PHONE_WORD.search(named_after.group(1)):
            return -1  # "0171 441 8229 (Kundennummer)": a label after it, in brackets
        if _label_after(text, line_start, start, text[end:len(text) if line_end < 0 else line_end]):
            return -1  # "0171 441 8229 – Kundennr.", "0171 441 8229 [Order no.]": a value-first line
        if _ACCOUNT_HEAD.search(text, max(line_start, start - 40), start):
            return -1  # "IBAN GB79 LUCD 0491 0775 3636 52" (a wrong check digit): the tail of an
            # account number printed in groups of four after its country code and check digits
        if _label_above(text, line_start, start, end, line_end, self.EXTENSION) or _markup_label(text, line_start, start):
            return -1  # "Kundennr.:" on the line above a number alone on its line; "<td>Kontonr</td><td>…"
        numbered = _NUMBERED_NOUN.match(after)
        if numbered and other_number_end(numbered.group(1)) is not None and \
                not _PHONE_WORD.search(numbered.group(1)):
            return -1  # Turkish "0375 598449 numaralı siparişiniz", Hungarian "… számú rendelés"
        if _DATE_LABEL.search(before):
            return -1  # "Datum 512 111 21", "日期 7639-5002": a value labelled a date is no phone
        whole = text[max(line_start, start - PHONE_CONTEXT_BEFORE):start]  # (no sentence cut: "Vorgangsnr. Ihres …")
        if names_other_number(whole, whole[max([0] + [cut.end() for cut in _FIELD_END.finditer(whole)]):]):
            return -1  # "Réf. d'appel:", "ID invio fax:", "fax_job": the phone word says what it is about
        letter_label = PHONE_LETTER_LABEL.search(text[line_start:start])
        if _PHONE_LABEL.search(before) or letter_label and not false_friend(letter_label.group().strip(" |•·,;/\t.:"), regions):
            return 2  # the label right before the number
        letter = _LETTER_AFTER.search(before)
        if letter and (letter.start() == 0 and cut is not None or
                       found and found[-1][1] == start - len(before) + letter.start()):
            return 2  # "... sent from the office. T 1800 122 899", "T +44 20 7946 0958 M 0777 ..."
        header, kind = layout.header_and_kind(start, end)
        if header is not None and layout.alone_in_cell(start, end) and not _EMAIL_NEAR.search(header):
            # (a "header" holding an e-mail address is a key-value row's value: "メール | orders@…")
            if _DATE_LABEL.fullmatch(header.strip() + " "):
                return -1  # a table's date column ("Datum", "日期")
            phone_in_header = None
            for phone_in_header in _PHONE_WORD.finditer(header):
                pass
            labelled = _PHONE_LABEL.search(header.strip() + ":") is not None
            if kind == "aligned":
                # a column found by two-space gaps alone: only the word lists name another number
                # there, not the form rules ("Номер абонента", "Volané číslo", "Numer docelowy":
                # the number called, on an itemised bill)
                named = None
                for negative in _NOT_PHONE_WORD.finditer(header):
                    named = negative.end()
            else:
                named = None if labelled else other_number_end(header)
            if named is not None and (phone_in_header is None or named > phone_in_header.end()):
                return -1  # a table column named for another kind of number ("Booking ref", "Kundennr.")
            if kind == "delimited" and phone_in_header is None and not labelled and \
                    (re.search(r"[^\W\d_]", header) or header.strip() == "#") and \
                    _names_phone_columns(layout.delimited_header_row(start)):
                return -1  # "Peso | Tel. | Móvil", "# | Tel.": a header that names its phone columns
                # names its first, the row's key, for something else
            if kind in ("aligned", "fixed") and (phone_in_header is not None or labelled):
                return 2  # (a delimited table's phone column: `marks_phone`)
        elif header is None:
            label = layout.ordered_label(start, end)
            if label is not None and not _PHONE_WORD.search(label) and other_number_end(label) is not None:
                return -1  # a pasted table whose cells do not line up, the column named for another
                # number ("Name  Mobil  Aktenzeichen" above "Eva Holm  0151 2345678  168-7759")
        field = before
        for cut in _FIELD_END.finditer(before):
            field = before[cut.end():]
        if not field.strip() and field is not before and \
                (header is None or _KEY_VALUE_ROW.fullmatch(text, line_start, start)) and \
                not re.search(r"[\t|;]", text[end:len(text) if line_end < 0 else line_end]):
            # "Kundennummer – 0171 …", "Kundennummer<tab>0171 …", "Kundennummer ...... 0171 …": the
            # label is the field before, when a tab, a dash or leader dots part them, and the number
            # ends its line (not in a table row: there the cell before is a name or another value)
            label = _LABEL_CELL.search(before)
            if label is not None:
                field = label.group(1) + " "
        phone = None
        for phone in _PHONE_WORD.finditer(before):
            pass
        if phone is not None and found and start - len(before) + phone.end() <= found[-1][0] and \
                found[-1][1] <= start and (_FIELD_END.search(text, found[-1][1], start) or
                                           bare_after_phone(text[found[-1][1]:start])):
            phone = None  # "call back 0912 122 879 — 3744 408764 20872 (?)": the word named the
            # number before, and a field has ended since, or no word stands between ("Mobil: 0171
            # 2345678  015693825094175", "… +381 60 1973778 (27.05.2026, 86900961)")
        if phone is not None and false_friend(phone.group(), regions):
            phone = None  # "Zebrano / cel: 28 220 202": a Polish page's "cel" is its aim
        negative = other_number_end(field)
        if negative is not None and re.search(r"\d", field[negative:]) and \
                not _LISTED_AFTER_NUMBER.fullmatch(field[negative:]):
            negative = None  # "ISBN 978-0-68-690678-4: 080 012 379 74": it named the number before
            # (but "Clearing: 8327-9, 123 456 789-0": a label before a list of numbers names each)
        if negative is not None and (phone is None or
                                     negative + len(before) - len(field) > phone.end()):
            if layout.speaker_answers(start, end, start - len(field) + negative, _PHONE_WORD):
                return 2  # "Agent: and a number to call you back?" / "Cliente: 0612 …"
            if start - len(field) + negative > speaker_end(text, line_start, start):
                if phone is None and purpose_phrase(field, negative) and self._phone_word_after(after):
                    return 1  # "Rezervasyon için (0212) 386 50 98 numarasını arayın": the word
                    # says what the call is for, and a phone word after the number calls it
                return -1  # (a dialogue's speaker is who speaks: "Keisha Grant: 480.269.5868 after 5pm")
        thousands = bool(self.THOUSANDS.fullmatch(self.without_extension(text[start:end])))
        near = 30 if re.fullmatch(r"\d{3} \d{3} \d{3}", text[start:end]) else 12
        if re.search(r"[^\W\d_][ \u00a0]*[:：][ \u00a0]*$", before) and \
                not _ONE_WORD_LABEL.search(before):
            near = PHONE_CONTEXT_BEFORE  # "… dzwonić bezpośrednio do kamieniarza: 579.374.279": the
            # clause with the phone word ends in a colon that hands it the number, no amount
        if phone is not None and not re.search(r"(?<![.\s])[.!?]\s", before[phone.end():].lstrip(".")) and \
                (not thousands or len(before) - phone.end() <= near):
            return 2 if re.fullmatch(r"[\s.:#\-–]*", before[phone.end():]) and \
                not POSSESSIVE_NUMBER.fullmatch(phone.group()) else 1
        joint = text[found[-1][1]:start] if found and found[-1][1] >= line_start else None
        if joint is not None and _LIST_JOIN.match(joint) and (joint.strip() or len(joint) < 2) and \
                (header is None or not re.search(r"[|\t]", joint)) and \
                not ((not regions or "US" in regions) and SSN_SHAPE.fullmatch(text[start:end]) and
                     "-" in text[start:end]) and \
                (not text[start:end].isdigit() or self._phone_alone(text[start:end], regions)):
            return 2  # "Tel. 030 123456 / 030 654321": the label covers both (an unseparated run of
            # digits only when it is a phone number by its digits: "… / +8613876697507 / 3126893522645");
            # not across a gap of spaces alone, a table's cell border ("+7 912 459-43-78  981-1727":
            # the next cell is another column's value); never to a number written as a US SSN on
            # a page with US numbers ("(201) 549-9096 / 666-78-4552": no US phone is written 3-2-4)
        if thousands:
            return 2 if layout.marks_phone(start, end, found, block=False) else 0
        sentence_end = re.search(r"[.!?。！？](?:\s|$)", after)
        after = after[:sentence_end.start()] if sentence_end else after
        first_after = _PHONE_WORD.search(after)
        if first_after is not None and not _NOT_PHONE_WORD.search(after, 0, first_after.start()) \
                and not re.search(r"\d", after[:first_after.start()]) and \
                not _called_after(text, end + first_after.end(), line_end):
            return 1  # (not where another number follows the word: "Klienci z numerem 44548400 mogą
            # dzwonić do kamieniarza: 579.374.279", "Khách hàng mã 2380796860 có thể gọi: 0929…":
            # the word calls that one, and this is the caller's own customer or member number)
        if _OR_EMAIL_AFTER.match(text, end):
            return 1  # "pod nr 850160476 lub mailowo", "na čísle 493495223 nebo e-mailem", "…: 8937…
            # или haski@…": a number offered beside an e-mail address is one to call
        marked = layout.marks_phone(start, end, found)
        if marked == BLOCK and not layout.asked_above(start, end, _PHONE_WORD):
            return 3
        return 2 if marked or layout.asked_above(start, end, _PHONE_WORD) else 0



# a country code in brackets leading a number, "(+44) 20 7946 0958", "(0049) 30 1234567": read as "+44 …"
_BRACKETED_CODE = re.compile(r"^\((\+|00)(\d{1,4})\)[ \u00a0]?")
# an IBAN's head as it is printed: country code, check digits, then groups of four
_ACCOUNT_HEAD = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00a0][A-Z0-9]{4}){0,7}[ \u00a0]$")

_THREES = re.compile(r"\d{3}([-.])\d{3}\1\d{3}")
# a kernel (dmesg) log line's time since boot, seconds and microseconds in brackets
_UPTIME = re.compile(r"\[[ \t]*\d{1,10}\.\d{6}\]")
_HEBREW_PREFIX = re.compile(r"([\u05d0-\u05ea])[-\u05be](?=[+(]?\d)")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－（）．", "0123456789-().")
_ESCAPED_BREAK = re.compile(r"(?<!\\)\\n")

_WORD_CHARACTER = re.compile(r"[^\W\d_]")
