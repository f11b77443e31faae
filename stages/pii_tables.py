"""Table readers for the pii step: one job, to turn the borders of a dump that is a table but not
written with tabs or pipes (commas of a CSV dump, colons of a colon-separated dump under its
header, the offsets of a fixed-width dump, the <tr>/<td> markup left in text taken from HTML) into
tabs and newlines, offsets unchanged (`csv_cells`). `stages/pii_layout.py` then reads columns,
headers and rows of the result as it reads any tab table.
"""
from __future__ import annotations

import re

# a cell of a table whose cells are apart by two spaces or more
_ALIGNED_CELL = re.compile(r"[^ \t\u00a0]+(?:[ \u00a0][^ \t\u00a0]+)*")


def csv_cells(text: str) -> str:
    """`text` with the commas of comma-separated tables turned into tabs, offsets unchanged: a
    phone number in a cell after a numeric one ("4075,Ann Lee,(201) 555-0604,827.72") is then
    not glued to the numbers around it, as "1,234,567" is. A table is two or more lines in a row
    with the same number of commas, two or more each, none followed by a space (prose puts one
    after every comma). The colons of a colon-separated dump are cell borders too: a header of
    three or more names ("name:ssn:dob:phone", "email:cc:exp:cvv") and the rows below it with as
    many colons ("Ann Lee:287-65-4411:4/2/81:+1 201-555-0104"). So are the spaces before each
    cell of a fixed-width dump padded to its header's offsets, where one space may part two cells
    (`_offset_cells`: "SSN         PHONE" above "316-28-4859 +1 223-246-5187"). Markup left in the
    text is read as the layout it draws (`_html_cells`): a <tr> row of <td>/<th> cells is a line
    of tab-separated cells, <br> and <p> end a line."""
    if text is _CSV_LAST[0]:
        return _CSV_LAST[1]  # the pii step asks for phones, cards and SSNs on the same text
    cells = _html_cells(text) if "<" in text and _HTML_CELL_TAG.search(text) else text
    commas, colons = cells.count(",") >= 4, ":" in cells and _colon_header_in(cells)
    cells = _csv_cells(cells) if commas else cells
    if colons:
        cells = _colon_cells(cells)
    if "    " in cells:
        cells = _offset_cells(cells)
    _CSV_LAST[:] = [text, cells]
    return cells


_CSV_LAST: list = [None, None]

# Markup that text taken from HTML keeps: table rows and cells, line breaks (attributes inside a
# tag are read as part of it). "&nbsp;" stays as it is: read as a gap of spaces, it parted a label
# from its number ("<b>CEP</b>&nbsp;(0212) 608 85 50": 3 phones lost on blind9, none gained).
# Inline tags (bold, italics, spans, links, labels) draw no layout: read as spaces, so a label in
# "<li>Nr klienta:</b>" above a number is the line's whole text, as a reader sees it.
_HTML_CELL_TAG = re.compile(r"<(?:/?(?:td|th|tr|table|thead|tbody|tfoot|p|div|li|ul|ol"
                            r"|b|strong|i|em|u|span|font|small|a|label)|br\s*/?)(?:\s[^<>\n]*)?>",
                            re.IGNORECASE)

_LINE_ENDS = re.compile(r"[ \t]*(?:</?\w[^<>\n]*>[ \t]*)*(?:\n|$)")  # only tags up to the line's end


def _html_cells(text: str) -> str:
    """`text` with the table and line markup left in it read as the layout it draws, offsets
    unchanged: a <td> or <th> tag opens a cell (a tab, then spaces), a <tr> opens a line (a newline
    where the line holds text before it), <br>, <p>, <div> and <li> end a line, other row and table
    tags are spaces. So "<tr><th>Name</th><th>SSN</th></tr>" above "<tr><td>Ann</td><td>287654411</td></tr>"
    is a delimited table whose column "SSN" holds the number, for every type."""
    out, last, has_text = [], 0, False
    for tag in _HTML_CELL_TAG.finditer(text):
        start, end = tag.span()
        piece = text[last:start]
        out.append(piece)
        if "\n" in piece:
            has_text = bool(piece[piece.rfind("\n") + 1:].strip())
        elif piece.strip():
            has_text = True
        name = tag.group().lower()
        if name.startswith(("<td", "<th")) and not name.startswith(("<thead", "<th/")):
            out.append("\t" + " " * (end - start - 1))
        elif has_text and name.startswith(("<tr", "<br", "<p", "<div", "<li")) and \
                not _LINE_ENDS.match(text, end):
            out.append("\n" + " " * (end - start - 1))  # (text before it on its line: a new line)
            has_text = False
        elif name.startswith("<a") and (link := _DIAL_LINK.search(text, start, end)):
            # a dial link's number is the page's phone number too (the span rules label both the
            # link's and the visible text): kept at its offset, the rest of the tag spaces, so
            # '<a href="tel:+41212569145">021 213 60 50</a>' reads "tel:+41212569145  021 213 60 50"
            out.append(" " * (link.start() - start) + link.group() + " " * (end - link.end()))
        else:
            out.append(" " * (end - start))
        last = end
    out.append(text[last:])
    return "".join(out)


# a link that dials: "tel:", "callto:", "sms:" and the number up to the attribute's closing quote
_DIAL_LINK = re.compile(r"(?<![\w])(?:tel|callto|sms):[+\d][\d \-.()]*\d(?=[\"'?;])", re.IGNORECASE)


def _csv_cells(text: str) -> str:
    lines = text.split("\n")
    counts = [_cell_commas(line) for line in lines]
    last = len(lines) - 1
    cells = [count >= 2 and (index > 0 and counts[index - 1] == count or
                             index < last and counts[index + 1] == count)
             for index, count in enumerate(counts)]
    if not any(cells):
        return text
    return "\n".join(_commas_to_tabs(line) if cell else line for line, cell in zip(lines, cells))


# a quoted CSV field (RFC 4180: a quote inside is doubled), read whole: its commas are no borders
# ("T893469,Wei Zhang,740-92-4516,\"2,220 lb\",\"$1,191.80\"")
_QUOTED_FIELD = re.compile(r'(?:(?<=^)|(?<=,))"(?:[^"\n]|"")*"(?=,|$)')


def _cell_commas(line: str) -> int:
    """The commas of a CSV line outside its quoted fields; 0 for prose (a comma and a space)."""
    if '"' in line:
        line = _QUOTED_FIELD.sub('""', line)
    return line.count(",") if ", " not in line else 0


def _commas_to_tabs(line: str) -> str:
    if '"' not in line:
        return line.replace(",", "\t")
    out, last = [], 0
    for field in _QUOTED_FIELD.finditer(line):
        out.append(line[last:field.start()].replace(",", "\t"))
        out.append(field.group())
        last = field.end()
    out.append(line[last:].replace(",", "\t"))
    return "".join(out)


# a fixed-width header: three or more cells of letters (no digit run), apart by two spaces or more
_OFFSET_HEADER = re.compile(r"[ \t]*[^\W\d][^\d\t]*?(?: {2,}[^\W\d][^\d\t]*?){2,}[ \t]*")


def _offset_cells(text: str) -> str:
    """The space before each cell of a fixed-width table made a tab, on the header line and the
    rows under it, offsets unchanged. A row is read so where, at every offset where a header cell
    starts, it has a space before and a non-space on it, or a cell that overflows its width ends
    a few characters later (`_offset_borders`; the table ends at the first line with no cell at
    the second cell's offset); the table is read so only
    where one row parts two cells by a single space (the two-space gaps of others are read as
    they are, by `_Layout._aligned_header`)."""
    lines = text.split("\n")
    changed = False
    index = 0
    while index < len(lines) - 1:
        header = lines[index]
        if "  " not in header or not _OFFSET_HEADER.fullmatch(header):
            index += 1
            continue
        starts = [cell.start() for cell in _ALIGNED_CELL.finditer(header)][1:]
        rows, tight, borders = index + 1, False, {index: [at - 1 for at in starts]}
        while rows < len(lines):
            row = lines[rows]
            if not (len(row) > starts[0] and row[starts[0] - 1] == " " and row[starts[0]] != " "):
                break  # the table ends
            found = _offset_borders(row, starts)
            if found is not None:
                borders[rows] = found  # (a row whose cells it cannot place is left as it is)
                # one space before a cell at its header's own offset: a border no other reader sees
                tight = tight or any(at + 1 in starts and row[at - 1] != " " for at in found)
            rows += 1
        if tight:
            for at_line, found in borders.items():
                row = list(lines[at_line])
                for at in found:
                    row[at] = "\t"
                lines[at_line] = "".join(row)
            changed = True
        index = max(rows, index + 1)
    return "\n".join(lines) if changed else text


_ROW_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _offset_borders(row: str, starts: list[int]) -> list[int] | None:
    """Where the cells of a fixed-width row begin, one space before each: at the header cell's
    offset, or up to 4 characters later where the cell before overflows its width (a space
    right after its last character, "001 267-608-5129 4111…" under a 16-wide column); None when a
    cell cannot be placed so. A row whose gaps of two spaces or more part it into as many cells as
    the header has is read by those gaps ("Cell    +1 210 970 8407   +1 415 483 9631" under a
    column that starts inside the second number: a space of it is no border)."""
    gaps = [gap.end() - 1 for gap in _ROW_GAP.finditer(row)]
    if len(gaps) == len(starts):
        return gaps
    found = []
    for at in starts:
        if len(row) <= at:
            return None
        if row[at - 1] == " " and row[at] != " ":
            found.append(at - 1)
            continue
        if row[at - 1] == " ":
            return None  # a cell that starts later than its header: no such table
        shifted = row.find(" ", at, at + 4)
        if shifted < 0 or shifted + 1 >= len(row) or row[shifted + 1] == " ":
            return None
        found.append(shifted)
    return found


# a colon-separated dump's header line: three or more field names, nothing else but a comment
# mark and a word that introduces them ("# format: id:name:ssn:dob", "fields = ID:NAME:SSN:DOB",
# "FORMAT id:name:ssn"): the names start where group "names" does
_COLON_HEADER = re.compile(r"^[ \t]*(?:(?:#+|//|--|;+)[ \t]*)?(?:[A-Za-z]{2,12}[ \t]*[:=]?[ \t]+)?"
                           r"(?P<names>[A-Za-z_][\w\-]{0,30}(?::[A-Za-z_][\w\-]{0,30}){2,})[ \t]*$", re.MULTILINE)


# two names after a colon: where a header may be (a literal first character: a fast scan)
_COLON_PAIR = re.compile(r":[A-Za-z_][\w\-]{0,30}:[A-Za-z_]")


def _colon_header_in(text: str) -> bool:
    for pair in _COLON_PAIR.finditer(text):
        line_start = text.rfind("\n", 0, pair.start()) + 1
        line_end = text.find("\n", pair.end())
        if _COLON_HEADER.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
            return True
    return False


def _colon_cells(text: str) -> str:
    lines = text.split("\n")
    count = None
    for index, line in enumerate(lines):
        header = _COLON_HEADER.fullmatch(line)
        if header:
            names = header.start("names")
            count = line.count(":", names)
            # the words before the names are no column: blanked, offsets unchanged
            lines[index] = " " * names + line[names:].replace(":", "\t")
            continue
        if count is not None and line.count(":") == count and line.strip():
            lines[index] = line.replace(":", "\t")  # a row of the dump
        else:
            count = None
    return "\n".join(lines)
