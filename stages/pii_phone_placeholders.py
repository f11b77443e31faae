"""Numbers shaped like phones that no numbering plan dials (pii-classes31a, the blind34 round),
for `stages/pii_phones.py`.

- A placeholder: one digit repeated ("000-000-0000", "999.999.9999", "0000000"), a void row's
  or a form's filler, in a table's phone column too: never a subscriber's number.
- A North American number in international form with an area code the NANP keeps unassigned
  (N9X, N11) and the fictional exchange 555 ("+1.999.555.0100", a fax modem's own line in
  HylaFAX's status: its default FAXNumber is "+1.999.555.1212"): both marks of a filler. Other
  invalid "+1" numbers keep the lenient reading (the generated sets plant codes not yet in use).
"""
from __future__ import annotations

import re

import phonenumbers

from stages.pii_phone_abroad import NANP_REGIONS


def placeholder(value: str) -> bool:
    """`value`'s digits are one digit repeated (seven or more)."""
    digits = phonenumbers.normalize_digits_only(value)
    return len(digits) >= 7 and len(set(digits)) == 1


# an area code the NANP keeps unassigned (N9X, reserved for its expansion; N11, service codes)
# before the fictional exchange 555: a software's default ("+1.999.555.1212", HylaFAX's FAXNumber)
_FICTIONAL_NANP = re.compile(r"[2-9](?:9\d|11)555\d{4}")


def invalid_nanp(international) -> bool:
    """`international` (a parsed number or None) is a "+1" number with an unassigned area code
    and the fictional exchange 555. Other invalid "+1" numbers stay: the generated sets plant
    numbers of codes not (yet) in use ("+1 600-130-1020", "001-995-569-4988")."""
    return international is not None and international.country_code == 1 and \
        bool(_FICTIONAL_NANP.fullmatch(str(international.national_number))) and \
        not phonenumbers.is_valid_number(international)


# A seven-digit number written 3.4 ("615.3971": Iceland's numbers, a local NANP one) reads as a
# decimal too; a phone only right after a label or a phone word ("síma 615.3971", "GSM | 611.7617")
# or after "or" and another number ("410 1772 eða 615.3971"): `dotted_local_named`.
DOTTED_LOCAL = re.compile(r"[1-9]\d{2}\.\d{4}")
_OR_AFTER_NUMBER = re.compile(r"\d[ \u00a0]*(?:,|/|or|oder|ou|o|eða|eller|of|nebo|alebo|lub|albo|или|або|tai|vagy|"
                              r"sau|veya|ή|או|أو|या|वा|ឬ|или)[ \u00a0]+$", re.IGNORECASE)

_CELL_BEFORE = re.compile(r"[ \u00a0]*[|\t][ \t\u00a0]*$")


def dotted_local_named(text: str, start: int, label_before) -> bool:
    """The 3.4 dotted number at `start` follows a label or phone word (`label_before`, a
    compiled pattern anchored at its end) or "or" after another number on its line."""
    line_start = max(0, start - 40, text.rfind("\n", 0, start) + 1)
    cell = _CELL_BEFORE.search(text, line_start, start)  # "GSM | 611.7617", "Sími<TAB>…": a label cell
    if cell and label_before.search(text, line_start, cell.start()):
        return True
    return bool(label_before.search(text, line_start, start) or _OR_AFTER_NUMBER.search(text, line_start, start))


_TAB_OR_PIPE_BEFORE = re.compile(r"[\t|][ \u00a0]*$")  # (`csv_cells` writes a CSV row's cells tab-separated)


def nanp_cell_regions(text: str, start: int, hinted, us_numbers: bool) -> list[str]:
    """The regions a table cell's local NANP-shaped number ("255-3320" under "phone" beside
    "574-384-6678" rows) must be valid for to stay a phone: in a CSV, tab or pipe table's cell on
    a US page (or one whose own numbers are US ones, or one with no region), the NANP's regions
    among its hints, else "US" (an English page's other regions, "IE" among them, make a bare
    7-digit run valid); elsewhere (a ";" list, "Contact: 624-6456; 225-8452", a Guyanese page's
    7-digit numbers; a cell written "265 8671", with a space, as other plans write seven digits,
    not the NANP's "255-3320"), the page's regions."""
    if not us_numbers or text[start + 3:start + 4] in (" ", "\u00a0") or \
            not _TAB_OR_PIPE_BEFORE.search(text, max(0, start - 3), start):
        return list(hinted)
    nanp = [region for region in hinted if region in NANP_REGIONS]
    if not nanp and hinted and hinted[0] not in NANP_REGIONS:
        return list(hinted)  # no page region, a French "+33" number's: France's plan decides
    return nanp or ["US"]
