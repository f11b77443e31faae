"""A North American number with nothing to say it is one, on a page of another plan (pii-classes28,
the blind31 round), for `stages/pii_phones.py`.

Ten digits spaced 3-3-4 ("873 142 6892") parse as a valid NANP number, so `PhoneNumbers.shape`
scores them valid on any page. On a page whose regions (its URL's and language's, and the
country codes of its own international numbers) include no NANP country, a North American
number is written "+1 …" or "001 …"; a bare 3-3-4 run there, with no label, column, contact
block or phone word marking it (context 0), is a reference, a receipt, a donor's or a booking's
number ("mã giao dịch 150 911 8822", "ჯავშნის ნომერი: 273 860 5392", "darowizna 873 142 6892").
Not on a page with no known region (nothing to say it is not American), nor one with a NANP
region or a "+1" number, nor a number valid for the page's own regions ("031 541 595" on a
Slovenian page is valid there).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

NANP_REGIONS = frozenset(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1])
_SPACED_NANP = re.compile(r"[2-9]\d{2}[ \u00a0]\d{3}[ \u00a0]\d{4}")


def nanp_abroad(value: str, page: Sequence[str], hinted: Sequence[str]) -> bool:
    """Whether `value` is a bare spaced NANP number on a page of known, non-NANP regions that
    none of its own regions' plans make valid."""
    if not page or not _SPACED_NANP.fullmatch(value) or any(region in NANP_REGIONS for region in hinted):
        return False
    for region in hinted:
        number = _parse(value, region)
        if number is not None and phonenumbers.is_valid_number_for_region(number, region):
            return False
    return True


def _parse(value: str, region: str):
    try:
        return phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
