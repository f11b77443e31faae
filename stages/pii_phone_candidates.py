"""Phone number candidates for `stages/pii_phones.py`: the runs of digits in text that may be one
phone number each (`PhoneNumbers.CANDIDATE`'s matches), cut at a slash or a spaced hyphen between
two numbers, an area code and its number parted by a slash, or a number broken over two lines, joined
into one. Only where candidates start and end is decided here: whether one is a phone, in pii_phones.py.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import phonenumbers

from stages.pii_phone_labels import _DIAL_STRING_END, _PHONE_WORD_END, subscriber_fields
from stages.pii_phone_records import delivery_report_rows, subscriber_columns, x12_phone_elements

if TYPE_CHECKING:
    from stages.pii_phones import PhoneNumbers

# the decimal digits of the Arabic, Persian, Devanagari, Myanmar and Khmer scripts, as ASCII digits
# ("ဖုန်း: ၀၁ ၃၁၂ ၄၁၉", "ទូរស័ព្ទ៖ ០១២ ៣៤៥ ៦៧៨": blind32's round)
_DIGITS = str.maketrans({chr(zero + i): str(i) for zero in (0x0660, 0x06F0, 0x0966, 0x1040, 0x17E0)
                         for i in range(10)})
# "/" between two numbers: a digit or ")" before it, a digit, "+" or "(" after it
_SLASH_JOIN = re.compile(r"(?<=[\d)])/(?=[\d(+])")
_SLASH_BEFORE_START = re.compile(r"/(?=[+(\d])")  # (a digit, or a phone word, before it)
# a spaced hyphen between a record's fields
# the rest of a UUID after its first group: "-" and four hex digits, three times, then twelve
_UUID_TAIL = re.compile(r"-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F])")
_SPACED_DASH = re.compile(r"[ \u00a0]-[ \u00a0]")
# an area code led by its trunk 0 ("030", "0664", "08-12"), too short for a number
_AREA_CODE = re.compile(r"0\d{1,4}(?:-\d{1,3})?")


def raw_candidates(numbers: PhoneNumbers, text: str, regions: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    """CANDIDATE's matches, two numbers joined by "/" split in two ("0664 637120/(078) 109 29 33",
    "+420 601 896 516/+420 601 450 676": each part 7 digits or more), sorted by start."""
    raw = []
    for match in numbers.CANDIDATE.finditer(text):
        start, value = match.start(), match.group(0)
        if _UUID_TAIL.match(text, match.end()):
            continue  # "04285505-aa1c-4f2e-9b1d-…": a UUID's first group, all digits (pii-classes32a)
        if "/" in value:
            cuts = [m.start() for m in _SLASH_JOIN.finditer(value)]
            parts = [value[a + (1 if a else 0):b] for a, b in zip([0] + cuts, cuts + [len(value)])]
            if cuts and all(len(phonenumbers.normalize_digits_only(part)) >= numbers.DIGITS_MIN for part in parts) and \
                    numbers.shape(value)[0] == 0.0 and all(numbers._phone_alone(part, regions) for part in parts):
                for a, part in zip([0] + [c + 1 for c in cuts], parts):
                    raw.append((start + a, start + a + len(part), part))
                continue
        if " - " in value or "\u00a0-\u00a0" in value:
            parts = _dash_fields(numbers, value, regions)
            if parts:
                raw += [(start + a, start + b, value[a:b]) for a, b in parts]
                continue
        raw.append((start, match.end(), value))
    if "/" in text:
        for slash in _SLASH_BEFORE_START.finditer(text):
            glued = text[slash.start() - 1:slash.start()]
            dialled = glued.isalpha() and text[slash.end()] == "+"
            if glued.isdigit() and text[slash.end()] not in "+(" or not glued.isdigit() and not dialled and not (
                    glued.isalpha() and _PHONE_WORD_END.search(text, max(0, slash.start() - 16), slash.start())):
                continue  # (after a digit, or a phone word glued to the "/": "手機/02 2112 6830")
            position = slash.end()
            if any(s <= position < e for s, e, _ in raw):
                continue
            line_end = text.find("\n", position)
            match = numbers.CANDIDATE.match(text[position:len(text) if line_end < 0 else line_end])
            if match is not None and dialled and not _DIAL_STRING_END.match(text, position + match.end()):
                continue  # a path's "+" segment is a number dialled only as the path's last
                # segment ("New Channel sofia/external/+19077693760 [a990…]")
            if match is not None:
                raw.append((position, position + match.end(), match.group(0)))
        raw.sort()
    return raw


def _dash_fields(numbers: PhoneNumbers, value: str, regions: Sequence[str]) -> list[tuple[int, int]]:
    """The phone numbers among a record's fields parted by a spaced hyphen ("… - 816-58-1783 -
    08/05/1949 - 201-373-0892": a dump of accounts, a list "name - phone - city") that read as
    no number together: (start, end) in `value` of each field that is a phone number alone."""
    if numbers.shape(value)[0] != 0.0:
        return []
    cuts = [0] + [m.end() for m in _SPACED_DASH.finditer(value)]
    ends = [m.start() for m in _SPACED_DASH.finditer(value)] + [len(value)]
    return [(a, b) for a, b in zip(cuts, ends)
            if len(phonenumbers.normalize_digits_only(value[a:b])) >= numbers.DIGITS_MIN and
            numbers._phone_alone(value[a:b], regions)]


def area_code_joined(numbers: PhoneNumbers, text: str, raw: list[tuple[int, int, str]],
                       regions: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    """Raw candidates, an area code and its subscriber's number parted by a spaced slash joined
    into one ("030 / 152689", "0664 / 466608", "021 / 250 92 15": the old German DIN 5008 way,
    common in the German-, Dutch- and Nordic-speaking countries and elsewhere): the first part an
    area code led by its trunk 0 and no number on its own, the second not a number of its own led
    by a 0 (the next number of a list: "030 / 0171 2345678"), both together a phone number."""
    if " /" not in text and "/ " not in text:
        return raw
    out: list[tuple[int, int, str]] = []
    index = 0
    while index < len(raw):
        start, end, value = raw[index]
        if index + 1 < len(raw) and _AREA_CODE.fullmatch(value.translate(_DIGITS)):
            after, after_end, second = raw[index + 1]
            if re.fullmatch(r"[ \u00a0]/[ \u00a0]?|/[ \u00a0]", text[end:after]) and \
                    (not phonenumbers.normalize_digits_only(second).startswith("0") or
                     len(phonenumbers.normalize_digits_only(second)) < numbers.DIGITS_MIN) and \
                    numbers._phone_alone(value + " " + second, regions):
                out.append((start, after_end, text[start:after_end]))
                index += 2
                continue
        out.append((start, end, value))
        index += 1
    return out


def joined(numbers: PhoneNumbers, text: str, raw: list[tuple[int, int, str]],
           regions: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    """Raw candidates, a number broken over a line by the layout joined into one ("+90 501
    276 11" / "11"): when the first line's part starts like a number and is none on its own,
    and both parts together are a valid one."""
    if not any(text[end:end + 1] == "\n" for _, end, _ in raw[:-1]):
        return raw
    out: list[tuple[int, int, str]] = []
    index = 0
    while index < len(raw):
        start, end, value = raw[index]
        if index + 1 < len(raw) and raw[index + 1][0] == end + 1 and text[end:end + 1] == "\n" and \
                value.startswith(("+", "0", "(")) and raw[index + 1][2][:1].isdigit() and \
                not re.fullmatch(r"\d{1,2}[./]\d{2}", value) and \
                (raw[index + 1][2][:1] != "0" or
                 len(phonenumbers.normalize_digits_only(raw[index + 1][2])) < numbers.DIGITS_MIN):
            merged = value + " " + raw[index + 1][2]
            digits = len(phonenumbers.normalize_digits_only(merged))
            if digits <= numbers.DIGITS_MAX and numbers._too_short(value, regions) and \
                    re.match(r"[ .,;)]*(?:\n|$)", text[raw[index + 1][1]:]) and \
                    numbers.shape(merged)[0] == numbers.VALID:
                out.append((start, raw[index + 1][1], value + "\n" + raw[index + 1][2]))
                index += 2
                continue
        out.append((start, end, value))
        index += 1
    return out


# a SIP URI's user part that is a number ("sip:+4915158849300@198.51.100.7", "INVITE
# sip:46701948324@sbc.local", "<sips:+390212345678;user=phone>"): the number the URI dials (an
# extension of six digits or fewer, "sip:204@pbx", and a name, "sip:alice@pbx", are no phones)
_SIP_USER = re.compile(r"(?<![\w.+\-])sips?:(\+?\d{7,15})(?=[@;>\"'\s]|$)", re.IGNORECASE)


def sip_user_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each number that is a SIP URI's user part; "+" kept, "sip:" left out."""
    if "sip" not in text and "SIP" not in text:
        return []
    return [match.span(1) for match in _SIP_USER.finditer(text)]


def machine_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of the numbers a machine record's syntax names, no label needed: a SIP URI's
    user part, a subscriber-number field's whole value (pii_phone_labels' `subscriber_fields`), a
    subscriber-number column's cell, a delivery report row's number and an X12 PER segment's telephone element (pii_phone_records)."""
    found = set(sip_user_numbers(text) + subscriber_fields(text))
    for span in subscriber_columns(text) + delivery_report_rows(text) + x12_phone_elements(text):
        if not any(s < span[1] and span[0] < e for s, e in found):
            found.add(span)
    return sorted(found)
