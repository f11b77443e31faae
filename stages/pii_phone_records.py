"""Phone numbers a machine record's own syntax names or rules out (issue 26, the blind30 round,
part a): a subscriber-number column of a CSV / TSV export ("msisdn,message_id,…" then
"34667915055,…"), an X12 PER segment's telephone element ("PER*IP**HP*8163853178~"), and the
AS paths of a BGP table or looking glass ("… 0 22851 10742 i", "  16967 3356 40371"), whose AS
numbers are no phones. Used by stages/pii_phones.py (`spans`) through pii_phone_candidates'
`machine_numbers` and `mask_as_paths`."""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers

# a column header naming a subscriber's number written in international form without its "+"
# (SMPP / SMS gateways' delivery reports, HLR lookups, WhatsApp exports): "msisdn", "MSISDN",
# "dest_msisdn", "e164", "destination_addr", "source_addr", "wa_id", "caller_id"
_SUBSCRIBER_HEADER = re.compile(r"(?:\w*[_\-])?msisdn|e\.?164(?:[_\-]\w+)?|(?:destination|dest|dst|source|src)_addr"
                                r"|wa_id|caller_?id", re.IGNORECASE)
_DELIMITERS = (",", "\t", ";", "|")


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of `line` within it, surrounding blanks and quotes left out."""
    cells, start = [], 0
    for piece in line.split(delimiter):
        lead = len(piece) - len(piece.lstrip(" \"'"))
        body = piece.strip(" \"'")
        cells.append((start + lead, start + lead + len(body)))
        start += len(piece) + 1
    return cells


def _international(value: str) -> bool:
    """A valid number read in international form ("34667915055" as +34 667 915 055)."""
    digits = value[1:] if value.startswith("+") else value
    if not digits.isdigit() or not 8 <= len(digits) <= 15:
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False


def subscriber_columns(text: str) -> list[tuple[int, int]]:
    """(start, end) of each whole cell, under a subscriber-number header, that is a valid number
    in international form; the table runs from its header to a line with another cell count."""
    if not re.search(r"(?i)msisdn|e\.?164|_addr|wa_id|caller_?id", text):
        return []
    spans, lines, offset = [], [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    index = 0
    while index < len(lines):
        line_start, line = lines[index]
        index += 1
        delimiter = next((d for d in _DELIMITERS if d in line), None)
        if delimiter is None:
            continue
        header = [line[a:b] for a, b in _cells(line, delimiter)]
        columns = [i for i, cell in enumerate(header) if _SUBSCRIBER_HEADER.fullmatch(cell)]
        if not columns:
            continue
        while index < len(lines):
            row_start, row = lines[index]
            cells = _cells(row, delimiter)
            if len(cells) != len(header):
                break
            index += 1
            for column in columns:
                a, b = cells[column]
                if _international(row[a:b]):
                    spans.append((row_start + a, row_start + b))
    return spans


# an X12 PER (administrative communications contact) segment: PER*<function>*<name>*<qualifier>*
# <number>, up to three qualifier / number pairs; a telephone qualifier (TE telephone, HP home,
# WP work, CP cellular, FX fax, BN beeper, AP alternate) names a phone, an EM / UR one does not
_X12_PER = re.compile(r"(?:^|(?<=[~\n']))[ \t]*PER([*|^])[^~\n']*", re.MULTILINE)
_X12_PHONE_QUALIFIERS = {"TE", "HP", "WP", "CP", "FX", "BN", "AP"}
_X12_NUMBER = re.compile(r"\+?[\d() .\-]{7,20}")


def x12_phone_elements(text: str) -> list[tuple[int, int]]:
    """(start, end) of each PER segment's telephone element that is a valid number (a US one, or
    one in international form)."""
    if "PER" not in text:
        return []
    spans = []
    for segment in _X12_PER.finditer(text):
        separator = segment.group(1)
        body_start = segment.start(1) + 1
        elements, position = [], body_start
        for element in text[body_start:segment.end()].split(separator):
            elements.append((position, position + len(element), element))
            position += len(element) + 1
        for (_, _, qualifier), (start, end, value) in zip(elements[2::2], elements[3::2]):
            if qualifier.strip() not in _X12_PHONE_QUALIFIERS or not _X12_NUMBER.fullmatch(value):
                continue
            try:
                number = phonenumbers.parse(value, None if value.startswith("+") else "US")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                spans.append((start, end))
    return spans


# a BGP table's route line: status codes, a prefix, its next hop and numbers, the AS path and its
# origin code at the line's end ("*> 62.38.219.0/24  151.62.164.61  0  100  0 22851 10742 i"),
# and a looking glass's AS-path line under "BGP routing table entry for …" ("  16967 3356 40371",
# "  3356 {65001,65002}, (aggregated by …)"); Junos writes "AS path: 3356 40371 I"
_BGP_WORDS = re.compile(r"BGP|bgp|LocPrf|AS[ \-_]?[Pp]ath|as-path|as_path")
_ROUTE_LINE = re.compile(r"^[ \t]*[*>sdhirSRmbfxac=]{1,4}[ \t]*[\da-fA-F:.]+(?:/\d{1,3})?[ \t]+"
                         r"[^\n]*?[ \t]((?:\{?\d{1,10}(?:,\d{1,10})*\}?[ \t]+)+)[ie?][ \t]*$", re.MULTILINE)
_PATH_LINE = re.compile(r"^[ \t]*((?:\{?\d{1,10}(?:,\d{1,10})*\}?[ \t]+)*\{?\d{1,10}(?:,\d{1,10})*\}?)"
                        r"(?:,[ \t]*\([^\n]*\))?[ \t]*$", re.MULTILINE)
_JUNOS_PATH = re.compile(r"AS path:[ \t]*((?:\{?\d{1,10}(?:,\d{1,10})*\}?[ \t]+)+)[IE?]\b")


def as_path_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each AS path in a BGP table or looking-glass entry (above)."""
    if not _BGP_WORDS.search(text):
        return []
    spans = [match.span(1) for match in _ROUTE_LINE.finditer(text)]
    spans += [match.span(1) for match in _JUNOS_PATH.finditer(text)]
    if "routing table entry" in text:
        spans += [match.span(1) for match in _PATH_LINE.finditer(text)
                  if len(match.group(1).split()) >= 2 or "{" in match.group(1)]
    return spans


def mask_as_paths(text: str) -> str:
    """`text` with the digits of its AS paths turned to "x" (the same length, offsets kept)."""
    spans = as_path_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i].isdigit():
                chars[i] = "x"
    return "".join(chars)


# an SMS delivery report's row without a header: an SMPP delivery receipt's status word in a cell
# ("…,DELIVRD,1", "…;UNDELIV;…") names the row as one message's; the subscriber's column is the
# leftmost one whose cells are valid numbers in international form (no "+": gateways write none)
# in half the rows or more, and only its cells are taken (a message id there where the number is a short code, "87120,
# 972424001083,UNDELIV", may read as a number too)
_DLR_STATUS = re.compile(r"DELIVRD|UNDELIV|EXPIRED|REJECTD|ACCEPTD|ENROUTE|DELETED|UNKNOWN|UNDELIVERABLE")


def delivery_report_rows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell, in the subscriber column of delimited rows with an SMPP status
    cell, that is a valid number in international form."""
    if not re.search(r"DELIVRD|UNDELIV|EXPIRED|REJECTD|ACCEPTD|ENROUTE", text):
        return []
    rows, offset = [], 0
    for line in text.split("\n"):
        delimiter = next((d for d in _DELIMITERS if d in line), None)
        if delimiter is not None:
            cells = _cells(line, delimiter)
            if any(_DLR_STATUS.fullmatch(line[a:b]) for a, b in cells):
                rows.append([(offset + a, offset + b, _international(line[a:b])) for a, b in cells])
        offset += len(line) + 1
    votes = Counter(i for row in rows for i, cell in enumerate(row) if cell[2])
    column = min((i for i, count in votes.items() if 2 * count >= len(rows)), default=None)
    if column is None:
        return []
    return [row[column][:2] for row in rows if len(row) > column and row[column][2]]


def without_repeated_ids(text: str, found: list[tuple[int, int, float]], other: set[str],
                         weak: set[tuple[int, int]]) -> list[tuple[int, int, float]]:
    """`found` less each number not in international form (`weak`) whose very value a word naming
    another kind of number holds elsewhere in the text (`other`): "SIRET 728 223 560 00024" above,
    "06 15 47 87 88 / 728 223 560 00024" in a chat line is that id again, though it follows a
    phone (an id is written the same each time; a "+" number is written as a phone)."""
    if not other or not weak:
        return found
    return [item for item in found if (item[0], item[1]) not in weak or text[item[0]:item[1]] not in other]
