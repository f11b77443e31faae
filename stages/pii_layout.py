"""The layout around a number, for the pii step's phone, SSN and card readers: lines, the header
of its table column (delimited, fixed-width, aligned by spaces, an SQL INSERT's column list), the
label on the line above, a contact block, a dialogue turn that asks for it (`_Layout`), and the
endpoints of tcpdump's and netstat's lines, a port written as a fifth dotted group
(`dotted_port_ends`). It says where a number stands, not what its digits are. Dumps whose borders
are commas, colons, markup or offsets are first read as tab tables by `stages/pii_tables.py`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

# csv_cells: read here by no code, imported from here by the phone and context modules
from stages.pii_tables import _ALIGNED_CELL, csv_cells  # noqa: F401
from stages.pii_words import (
    _EMAIL_NEAR,
    _NOT_PHONE_WORD,
    _PHONE_LABEL,
    _PHONE_WORD,
    _SENTENCE_END,
    POSSESSIVE_NUMBER,
)

# A port written as a fifth dotted group, as tcpdump and BSD netstat write an endpoint: tcpdump's
# "SRC.PORT > DST.PORT:" (IPv4: "IP 10.1.2.3.443 > 10.4.5.6.51234:", IPv6: "IP6 fe80::1.546 >
# ff02::1:2.547:"; a name or a service may stand for either side: "host.example.com.https"), and
# netstat's "tcp4  0  0  192.168.1.5.22  10.0.0.7.51234  ESTABLISHED". Only in those shapes: five
# dotted numbers elsewhere are an OID or a version ("1.3.6.1.4", "4.2.1.0.12").
_ENDPOINT = r"(?:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*|\d{1,3}(?:\.\d{1,3}){3}|[\w\-]+(?:\.[\w\-]+)*)\.(?:\d{1,5}|[a-z][\w\-]*)"
_TCPDUMP_ARROW = re.compile(rf"(?<![^\s])({_ENDPOINT}) > ({_ENDPOINT}):(?=\s|$)")
_NETSTAT_ROW = re.compile(r"^[ \t]*(?:tcp|udp)(?:4|6|46)?[ \t]+\d+[ \t]+\d+[ \t]+(\S+)[ \t]+(\S+)"
                          r"(?=[ \t]+(?:[A-Z_0-9]+\b|$)|[ \t]*$)", re.MULTILINE)
_DOTTED_PORT = re.compile(r"(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(\.\d{1,5})")


def dotted_port_ends(text: str) -> dict[int, int]:
    """{start: end} of each ".PORT" after an address in tcpdump's or BSD netstat's endpoint shape
    (see _TCPDUMP_ARROW): the address ends at start."""
    ends: dict[int, int] = {}
    if " > " not in text and "tcp" not in text and "udp" not in text:
        return ends
    for row in (*_TCPDUMP_ARROW.finditer(text), *_NETSTAT_ROW.finditer(text)):
        for group in (1, 2):
            endpoint = _DOTTED_PORT.fullmatch(row.group(group))
            if endpoint is not None and int(endpoint.group(1)[1:]) <= 65535:
                ends[row.start(group) + endpoint.start(1)] = row.start(group) + endpoint.end(1)
    return ends


# An SQL INSERT's column list, and the tokens of its rows (a quoted string is one token)
_INSERT_COLUMNS = re.compile(r"\bINSERT\s+INTO\s+[`\"\[\]\w.]+\s*\(([^()]*)\)\s*VALUES\b", re.IGNORECASE)
_SQL_TOKEN = re.compile(r"'(?:[^'\\]|\\.|'')*'?|\"(?:[^\"\\]|\\.)*\"?|[(),\t]")

_FIXED_WIDTH_RULE = re.compile(r"[ \t]*[-=]{2,}(?:  ?[-=]{2,})+[ \t]*")



BLOCK = "block"  # `_Layout.marks_phone`: only a contact block marks the number


class _Layout:
    """Lines of a text, for the context that lies outside a candidate's sentence: a table column
    named by its header, a label on the line above, a contact block. Built when first asked."""

    CELL = re.compile(r"\s*\|\s*|\t|\s*;\s*")

    def __init__(self, text: str):
        self.text = text
        self._lines: list[tuple[int, int]] | None = None
        self._inserts: list[re.Match] | None = None

    @property
    def lines(self) -> list[tuple[int, int]]:
        if self._lines is None:
            self._lines, position = [], 0
            for line in self.text.split("\n"):
                self._lines.append((position, position + len(line)))
                position += len(line) + 1
        return self._lines

    def line_index(self, position: int) -> int:
        lines = self.lines
        low, high = 0, len(lines) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if lines[middle][0] <= position:
                low = middle
            else:
                high = middle - 1
        return low

    def line(self, index: int) -> str:
        start, end = self.lines[index]
        return self.text[start:end]

    def column_header(self, start: int, end: int) -> str | None:
        """The header cell of the table column holding text[start:end]: the first line above
        without a three-digit run, in a block of lines with as many cells as its own, or the
        column list of the SQL INSERT whose row holds it; or None."""
        return self.header_and_kind(start, end)[0]

    def header_and_kind(self, start: int, end: int) -> tuple[str | None, str | None]:
        """`column_header` and how the table was read: "delimited", "insert", "fixed" (a rule of
        dash runs) or "aligned" (two-space gaps alone, the weakest reading); (None, None)."""
        header = self._delimited_header(start)
        if header is not None:
            return header, "delimited"
        header = self.record_column(start)
        if header is not None:
            return header, "insert"
        header = self._fixed_width_header(start, end)
        if header is not None:
            return header, "fixed"
        header = self._aligned_header(start, end)
        return (header, "aligned") if header is not None else (None, None)

    def _aligned_header(self, start: int, end: int) -> str | None:
        """The header of a column of cells apart by two spaces or more, with no rule under the
        header ("Student ID    SSN (or last 4)    Years" above "724309315     688878392     2019"):
        text[start:end] fills a cell; the lines above with as many cells, the same one overlapping
        it, up to the first without a three-digit run, whose cell is the header."""
        index = self.line_index(start)
        line_start, line_end = self.lines[index]
        if index == 0 or not (start == line_start or self.text.startswith("  ", start - 2)) or \
                not (end == line_end or self.text.startswith("  ", end) or not self.text[end:line_end].strip()):
            return None  # (cheap first: most values are not alone between two-space gaps)
        cells = [cell.span() for cell in _ALIGNED_CELL.finditer(self.text, line_start, line_end)]
        if len(cells) < 2 or (start, end) not in cells:
            return None
        column = cells.index((start, end))
        left, right = start - line_start, end - line_start
        # a printed data frame's rows start with their index, a column without a header
        indexed = column > 0 and cells[0][0] == line_start and \
            re.fullmatch(r"\d{1,6}", self.text[cells[0][0]:cells[0][1]]) is not None
        for above in range(index - 1, max(-1, index - 40), -1):
            line = self.line(above)
            row = [cell.span() for cell in _ALIGNED_CELL.finditer(line)]
            if indexed and len(row) == len(cells) - 1 and row and row[0][0] > cells[0][1] - line_start:
                row = [(0, 0)] + row  # the header line of "0  470088619  454150118" rows
            if len(row) != len(cells):
                return None
            cell_start, cell_end = row[column]
            if cell_end <= left or cell_start >= right:
                return None  # not the same column
            if not re.search(r"\d{3}", line):
                return line[cell_start:cell_end]
        return None

    def ordered_label(self, start: int, end: int) -> str | None:
        """The label of text[start:end] on a form whose line of labels, apart by two spaces or
        more and without digits, stands right above a line of as many values that an OCR pass
        has shifted out of alignment ("First name   Last name   Your social security number"
        above "JAMES R   HOWELL   340019855", or above rows of such values): the label in the
        value's place; or None."""
        index = self.line_index(start)
        if index == 0:
            return None
        line_start, line_end = self.lines[index]
        cells = [cell.span() for cell in _ALIGNED_CELL.finditer(self.text, line_start, line_end)]
        if len(cells) < 2 or (start, end) not in cells:
            return None
        # up over the rows of a pasted table whose cells do not line up (each row as many cells,
        # "—" in an empty one) to its line of labels: "Name  SS#  Ph  Reference" above rows
        # "Jolene Kreutz  606013754  —  223-5232"
        for above in range(index - 1, max(-1, index - 40), -1):
            labels = self.line(above)
            row = [cell.group() for cell in _ALIGNED_CELL.finditer(labels)]
            if len(row) != len(cells):
                return None
            if not re.search(r"\d", labels):
                return row[cells.index((start, end))]
        return None

    def _fixed_width_header(self, start: int, end: int) -> str | None:
        """The header of a fixed-width column ("SSN" above "----------- " above "287-65-4411"):
        the value stands apart (two spaces or a line's edge on each side) in a block of lines
        under a rule of dash runs apart by spaces, and the dash run under the header spans it."""
        index = self.line_index(start)
        line_start, line_end = self.lines[index]
        if not (start == line_start or self.text.startswith("  ", start - 2)) or \
                not (end == line_end or self.text.startswith("  ", end) or not self.text[end:line_end].strip()):
            return None
        for above in range(index - 1, max(0, index - 40), -1):
            rule = self.line(above)
            if not rule.strip():
                return None  # a blank line ends the table
            if "--" not in rule or not _FIXED_WIDTH_RULE.fullmatch(rule):
                continue
            column = start - line_start
            for run in re.finditer(r"[-=]+", rule):
                if run.start() <= column < run.end() and end - line_start <= run.end() + 2:
                    return self.line(above - 1)[run.start():run.end() + 1].strip() or None
            return None
        return None

    def _delimited_header(self, start: int) -> str | None:
        found = self.delimited_header_row(start)
        return None if found is None else found[0][found[1]] if found[1] < len(found[0]) else None

    def delimited_header_row(self, start: int) -> tuple[list[str], int] | None:
        """The header row's cells of the delimited table whose row holds `start`, and the
        column of `start`; None outside such a table."""
        index = self.line_index(start)
        line_start, _ = self.lines[index]
        line, before = self.line(index), self.text[line_start:start]
        for delimiter in ("|", "\t", ";", ","):
            if delimiter not in line:
                continue
            column = before.count(delimiter)
            rule = False
            for above in range(index - 1, max(-1, index - 40), -1):
                header = self.line(above)
                if re.fullmatch(r"[\s|:\-+=]*", header):
                    rule = True  # a markdown rule "|---|---|": the header is the line above it
                    continue
                if header.count(delimiter) != line.count(delimiter):
                    return None  # not the same table
                if re.search(r"\d{3}", header) and not rule:
                    continue  # a row of data
                return header.split(delimiter), column
            return None
        return None

    def record_column(self, position: int) -> str | None:
        """The column name of the value at `position` in a row of an SQL INSERT ("INSERT INTO t
        (`id`,`name`,`ssn`) VALUES (1,'Ann','123-45-6789'),"): the statement's column list, the
        row's cells counted with quoted strings ("'(201) 555-0100'", "'Doe, Jane'") read whole."""
        if self._inserts is None:  # once per text: most hold no INSERT at all
            self._inserts = list(_INSERT_COLUMNS.finditer(self.text)) if "INSERT" in self.text.upper() else []
        head = None
        for head in self._inserts:
            if head.end() > position:
                head = None
                break
        if head is None or self.text.count("\n", head.end(), position) > 200 or \
                re.search(r";[ \t]*\n", self.text[head.end():self.lines[self.line_index(position)][0]]):
            return None  # no statement above, or it ended before this row
        line_start = self.lines[self.line_index(position)][0]
        row = self.text[max(line_start, head.end()):position]
        depth, column = 0, 0
        for token in _SQL_TOKEN.finditer(row):
            piece = token.group()
            if piece == "(":
                depth += 1
                column = 0 if depth == 1 else column
            elif piece == ")":
                depth -= 1
            elif piece in ",\t" and depth == 1:
                column += 1  # (`csv_cells` has made a row's commas tabs)
        if depth != 1:
            return None
        names = [name.strip(" `\"[]'") for name in head.group(1).split(",")]
        return names[column] if column < len(names) else None

    def alone_in_cell(self, start: int, end: int) -> bool:
        """Whether text[start:end] fills its table cell (only spaces and quotes beside it)."""
        line_start, line_end = self.lines[self.line_index(start)]
        before, after = self.text[line_start:start], self.text[end:line_end]
        return bool(re.search(r"(?:^|[|\t;,])[\s\"']*$", before) and re.match(r"[\s\"']*(?:[|\t;,]|$)", after)) or \
            not re.search(r"[|\t;]", before + after) and before.endswith("  ") and after.startswith("  ")  # fixed width

    def column_mate(self, start: int, end: int, spans: Sequence[tuple[int, int, float]]) -> bool:
        """Whether one of `spans` fills the same column of a table row within three lines (rows
        with as many "|" or tab cells as this one): "Colleen | 2020-03-06 | 392767289 | child"
        under "Heather | 5 Dec 2021 | 835-40-9402 | child"."""
        index = self.line_index(start)
        line_start, line_end = self.lines[index]
        line = self.text[line_start:line_end]
        if not self.alone_in_cell(start, end):
            return False
        for delimiter in ("|", "\t"):
            if delimiter not in line:
                continue
            column = self.text[line_start:start].count(delimiter)
            for other_start, other_end, _ in spans:
                other = self.line_index(other_start)
                if other == index or abs(other - index) > 3:
                    continue
                other_line_start = self.lines[other][0]
                if self.line(other).count(delimiter) == line.count(delimiter) and \
                        self.text[other_line_start:other_start].count(delimiter) == column and \
                        self.alone_in_cell(other_start, other_end):
                    return True
        return False

    def speaker_answers(self, start: int, end: int, word_end: int, words: re.Pattern) -> bool:
        """Whether a word ending at `word_end` is only the speaker of this line's dialogue turn
        ("Cliente: claro, 287-65-4411", "Customer: 0612 …": who speaks, not what the number is)
        and the turn above asks for what `words` name (`asked_above`)."""
        index = self.line_index(start)
        turn = _DIALOGUE_TURN.match(self.text, self.lines[index][0], start)
        # (a question above: lines of a form, "Mobile: …" / "IMEI: …", are no dialogue)
        return turn is not None and ":" in self.text[word_end:turn.end()] and index > 0 and \
            self.line(index - 1).rstrip().endswith(("?", "？")) and self.asked_above(start, end, words)

    def asked_above(self, start: int, end: int, words: re.Pattern) -> bool:
        """Whether the turn before this one in a dialogue names what the number is: the line above
        is a turn (a time or a speaker before a colon) whose last sentence holds one of `words`
        ("[15:00] Ana: Qual o telefone da conta?", "Agent: … confirm your Social Security number?"),
        and this line is a turn that holds little besides the number ("[14:15] Sophia: é 82 123
        1264", "Caller: Yeah it's 592191521.", "ok 6304 … 04/31": a card's expiry date may follow)."""
        index = self.line_index(start)
        if index == 0:
            return False
        line_start, line_end = self.lines[index]
        reply = _DIALOGUE_TURN.match(self.text, line_start, start)
        tail = _REPLY_END.fullmatch(self.text, end, line_end)
        if reply is None or not self.text[line_start:reply.end()].strip() or \
                not _REPLY_FILLER.fullmatch(self.text, reply.end(), start) or tail is None or \
                _NOT_PHONE_WORD.search(self.text, end, line_end):
            return False
        for above_index in range(index - 1, max(-1, index - 1 - ASKED_TURNS), -1):
            above = self.line(above_index)
            turn = _DIALOGUE_TURN.match(above)
            if turn is None or not above[:turn.end()].strip():
                return False
            if self._asks(above[turn.end():].rstrip(), words):
                return True
            if re.search(r"\d{3}|[?？]", above[turn.end():]):
                return False  # a turn with a number or a question of its own: the reply is to it
        return False

    @staticmethod
    def _asks(last: str, words: re.Pattern) -> bool:
        """Whether a turn's last sentence names what `words` name."""
        cut = None
        for stop in _SENTENCE_END.finditer(last[:-1]):
            if not _ABBREVIATION_END.search(last, 0, stop.start()):
                cut = stop  # (an abbreviation ends no sentence: "Soc. Sec. No.?", "Tel. no.?")
        if cut is not None:  # its last sentence (offsets of the whole line: not cut twice)
            last = last[cut.end():]
        asked = None
        for asked in words.finditer(last):
            pass
        # (a bare "your number" asks for what a word naming another number after it says:
        # "¿me da su número de pedido?")
        return asked is not None and not (POSSESSIVE_NUMBER.fullmatch(asked.group()) and
                                          _NOT_PHONE_WORD.search(last, asked.end()))

    def marks_phone(self, start: int, end: int, found: list[tuple[int, int, float]],
                    block: bool = True) -> bool | str:
        """Whether the layout marks text[start:end] as a phone number: a table column or a label
        line naming one (True), or only its place in a contact block (BLOCK: a number alone on its
        line near an e-mail address or another phone number)."""
        index = self.line_index(start)
        line_start, line_end = self.lines[index]
        line = self.text[line_start:line_end]
        before, after = self.text[line_start:start], self.text[end:line_end]
        # a table: the header cell of this column names a phone
        for delimiter in ("|", "\t", ";", ","):
            if delimiter in line:
                column = before.count(delimiter)
                for above in range(index - 1, max(-1, index - 40), -1):
                    header = self.line(above)
                    if not header.strip():
                        break
                    if re.fullmatch(r"[\s|:\-+=]*", header):
                        continue  # a markdown rule "|---|---|", a plain one "--------" under the header
                    if header.count(delimiter) < column:
                        break
                    cells = header.split(delimiter)
                    if column < len(cells) and not re.search(r"\d{3}", header) and \
                            (_PHONE_WORD.search(cells[column]) or
                             _PHONE_LABEL.search(cells[column].strip() + ":")):
                        return True
                    if not re.search(r"\d{3}", header):
                        if column < len(cells) and _NOT_PHONE_WORD.search(cells[column]) and \
                                header.count(delimiter) == line.count(delimiter):
                            return False  # the column is named for another kind of number
                        break  # the header names something else
                break
        alone = bool(re.search(r"(?:^|[|•·\t])[\s:]*$", before)) and \
            bool(re.match(r"[\s.,;]*(?:[|•·\t]|$)", after))
        # "Pompes funèbres Hubert, 27 21 52 95", "; responsible: Ann Lee 2183 8226": a name, then
        # the number, ending a line of a contact block
        named = not alone and block and not after.strip(" .,;") and len(before) <= 80 and \
            bool(_NAMED_LINE.fullmatch(before)) and len(before.split()) <= 7 and \
            _named_before(before) and \
            len(phonenumbers.normalize_digits_only(_EXTENSION_TAIL.sub("", self.text[start:end]))) <= 12
        if not (alone or named):
            return False
        # the line above is a label ("Telefon" / "Phone:"), or names another kind of number
        if index > 0 and alone:
            label = self.line(index - 1).strip()
            if 0 < len(label) <= 40 and not re.search(r"[\d@]", label):
                if _PHONE_WORD.search(label) or _PHONE_LABEL.search(label):
                    return True
                if _NOT_PHONE_WORD.search(label):
                    return False  # "Mailing ZIP" / "Badge / case no." above it in a form
            cells = [cell.strip() for cell in re.split(r"\t|[ \u00a0]{2,}", label) if cell.strip()]
            if len(cells) > 1 and not before.strip() and 0 < len(cells[-1]) <= 40 and \
                    not re.search(r"[\d@]", cells[-1]) and cells[-1][:1] not in "([（" and \
                    (_PHONE_WORD.search(cells[-1]) or _PHONE_LABEL.search(cells[-1])):
                return True  # "260/23734/39</td>**Telefon</th>" / "<td>12 363 37 99": a label cell
                # ending the line above (text from HTML) names the number that starts the next
            above = index - 1
            while above > 0 and above >= index - 2 and not self.line(above).strip():
                above -= 1  # "Telefon", a blank line, the number: a form as text from HTML gives it
            label = self.line(above).strip()
            if above < index - 1 and 0 < len(label) <= 40 and not re.search(r"[\d@]|[.!?。！？]$", label) and \
                    (_PHONE_WORD.search(label) or _PHONE_LABEL.search(label)):
                return True  # (a phone word only, not a sentence: a title or "…, please call." over
                # a blank line names no field)
        # a contact block: an e-mail address or another phone number within three lines
        if not block or not named and (before.strip() or after.strip(" .,;") or
                                       not re.search(r"[\s\-./()]", self.text[start:end].strip())) or \
                _ID_SHAPE.fullmatch(self.text[start:end]):
            return False  # one unseparated digit run alone on a line: an id as often as a phone;
            # nor a number written as another id is (SSN, postal code, check digit)
        lo, hi = self.lines[max(0, index - 3)][0], self.lines[min(len(self.lines) - 1, index + 3)][1]
        if _EMAIL_NEAR.search(self.text, lo, hi):
            return BLOCK
        if named and any(0 <= near < len(self.lines) and _labelled_phone_line(self.line(near))
                         for near in (index - 1, index + 1)):
            return BLOCK  # "Representative: Laura Harris, 5042603252 x6886" over "Fax: 224.607.8351":
            # a named number beside a phone label's line (blind29's round, part a)
        return BLOCK if not named and any(lo <= s < hi and (s, e) != (start, end) for s, e, _ in found) \
            else False


# A turn of a dialogue or chat: a time ("[14:15]", "14:15 -") and / or a speaker before a colon.
_DIALOGUE_TURN = re.compile(r"\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00a0]?[AaPp]\.?[Mm]\.?)?\]?[\s\-–]*)?"
                            r"(?:[^\d:\n\[\]?.!]{1,30}:\s+)?")  # ("[9:27 PM] Bree: ", "14:15 - Ana: ")
# what may stand in a reply before the number: up to three words without digits ("Yeah it's",
# "claro, es el", "é"), and after it: a full stop or a card's expiry date, then a few words
# without digits that name no other kind of number ("it's 769980001 don't post it anywhere")
# a word of a person's or a role's name: capitalised ("Keisha", "Grant", "O'Neil"; not "no", "Nr.")
_NAME_WORD = (r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω][a-zß-öø-ÿā-žа-яёα-ω'’\-]+[a-zß-öø-ÿā-žа-яёα-ω])")
# a speaker's name opening a line ("Keisha Grant: ", "[9:18 PM] Bill Case: "): letters, spaces,
# apostrophes and dots only, before a colon
_SPEAKER = re.compile(r"[ \t\u00a0]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00a0]?[AaPp]\.?[Mm]\.?)?\]?[ \t\u00a0\-–]*)?"
                      rf"({_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,2}}):[ \t\u00a0]+")

# a line that is a turn with words: "[9:18 PM] Agent: And the card …", "Keisha Grant: sure my …"
_TURN_LINE = re.compile(r"(?m)^[ \t\u00a0]*(?:\[[^\]\n]{1,12}\][ \t\u00a0]*)?"
                        rf"({_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,2}}):"
                        r"[ \t\u00a0]+(?=[^\n]*?[^\W\d_]{2,}[ \u00a0,]+[^\W\d_]{2,})[^\n]*")


def speaker_end(text: str, line_start: int, start: int) -> int:
    """Where the speaker's name of a dialogue turn ends when the line holding `start` opens with
    one ("Keisha Grant: 3589 …"): the same name opens another line of the text with words after
    it ("Keisha Grant: sure my social is …"), so it names who speaks, never what the number is
    (a person named Grant, Bill, Case or Price); else `line_start`."""
    turn = _SPEAKER.match(text, line_start, start)
    if turn is None:
        return line_start
    speaks_again = others = False
    for other in _TURN_LINE.finditer(text):
        if other.start() <= start <= other.end():
            continue
        if other.group(1) == turn.group(1):
            speaks_again = True
        else:
            others = True  # (a dialogue: someone else speaks too; a form's "Grant: …" rows are none)
        if speaks_again and others:
            return turn.end()
    return line_start


_REPLY_FILLER = re.compile(r"(?:[^\W\d_][^\s\d]*[\s,:]+){0,3}")
_REPLY_END = re.compile(r"[ .!,;]*(?:\d{2}/\d{2}(?:\d{2})?[ .!,;]*)?(?:(?<=[ .!,;])[^\W\d_][^\d\n]{0,60})?")
_ABBREVIATION_END = re.compile(r"(?<!\w)\w{1,3}$")  # "Soc", "Sec", "No" before their dots
# how many turns above a reply its question may stand, past turns without digits ("hold on")
ASKED_TURNS = 3


# a written extension ending a candidate ("x4253", "ext. 4901", "内線 15"), left out of a count of its digits
_EXTENSION_TAIL = re.compile(r"[ \u00a0]*[,;]?[ \u00a0]*[^\W\d_]{1,6}\.?[ \u00a0]*\d{1,6}$")


def _labelled_phone_line(line: str) -> bool:
    """Whether `line` starts with a phone word as its label and a number: "Fax: (314) 764-2768"."""
    head = re.match(r"[ \t]*([^\W\d_][^\d\n:]{0,18}?)[ \t.]*[:：][ \t]*[+(]?\d", line)
    return head is not None and _PHONE_WORD.fullmatch(head.group(1).strip()) is not None


def _named_before(before: str) -> bool:
    """Whether a line's text before a number names whose number it is: "Name, " ("Pompes funèbres
    Hubert, ", "Bestattungen Plath e.V., ") or "Label: Firstname Lastname " ("Admin: Léo Sampaio ")."""
    if before.rstrip().endswith(","):
        return _name_word(before.split()[-1])
    label, colon, name = before.rpartition(":")
    words = name.split()
    return bool(colon) and bool(label.strip()) and 2 <= len(words) <= 4 and all(_name_word(w) for w in words) \
        and not any("." in w for w in words)


def _name_word(word: str) -> bool:
    """Whether `word` can end a name: capitalised, in a script without case, or an abbreviation
    of a company form with dots ("S.L.,", "e.V.,")."""
    word = word.rstrip(",.")
    return bool(word) and (word[0].isupper() or word[0].isalpha() and not word[0].islower()
                           or "." in word)
# Shapes of other ids that a contact block alone does not make phone numbers: 3-2-4 (a US SSN),
# 5-3 and 5-4 (a Brazilian CEP, a ZIP+4 code), a run and one check digit ("68545348-0"). (A 3-4
# number, "310-1076", is a local number without its area code: a phone there.)
# what stands before a number named by the name before it: an optional list number, then words
# without digits or "@", the last one ending in a letter (a comma or an abbreviation's dot after it)
_NAMED_LINE = re.compile(r"(?:\s*\d{1,2}[.)]\s+)?[^\d@\n]*[^\W\d_][.,]{0,2}\s+")
_ID_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}|\d{5}-\d{3,4}|\d{5,}-\d|[1-9]\d-\d{7}")  # (2-7: a US EIN)
