"""Layouts shared by the registers of the twelfth blind PII set: label lines, tables, sentences.

A field is (label, value) where value is text, a `V` or a list of both. Each layout puts the label
somewhere else: before the value (colon or not, capitals, abbreviations, markup between), after
it, in a column header rows above, or only in the sentence around it.
"""

from __future__ import annotations

import random

from pii_blind12_values import LEX, Doc, V


def _plain(value) -> str:
    if isinstance(value, V):
        return value.text
    if isinstance(value, (list, tuple)):
        return "".join(_plain(v) for v in value)
    return str(value)


LABEL_STYLES = ("colon", "colon", "nocolon", "caps", "tab", "leaders", "html_td", "html_br", "bold",
                "newline", "after", "dash", "ocr")
_OCR = (("rn", "m"), ("l", "I"), ("i", "l"), ("o", "0"), ("S", "5"), ("e", "c"), ("h", "b"), ("u", "v"))


def ocr_label(r: random.Random, label: str) -> str:
    """A label as a scanned form's OCR reads it: a letter or two confused, a space doubled."""
    for old, new in r.sample(_OCR, 2):
        if old in label:
            i = label.index(old)
            label = label[:i] + new + label[i + len(old):]
    return label.replace(" ", "  ", 1) if r.random() < 0.5 else label


def field_line(d: Doc, r: random.Random, label: str, value, style: str | None = None) -> None:
    style = style or r.choice(LABEL_STYLES)
    if style == "colon":
        d.line(label, ": ", value)
    elif style == "nocolon":
        d.line(label, " ", value)
    elif style == "caps":
        d.line(label.upper(), r.choice((": ", ":  ", " ")), value)
    elif style == "tab":
        d.line(label, "\t", value)
    elif style == "leaders":
        d.line(label, " " + "." * max(2, 22 - len(label)) + " ", value)
    elif style == "html_td":
        d.line("<tr><td>", label, "</td><td>", value, "</td></tr>")
    elif style == "html_br":
        d.line(label, ":&nbsp;", value, "<br>")
    elif style == "bold":
        d.line("**", label, ":** ", value)
    elif style == "newline":
        d.line(label, ":" if r.random() < 0.5 else "")
        d.line(value)
    elif style == "after":
        opener = r.choice((" (", " — ", " · "))
        d.line(value, opener, label.lower() if r.random() < 0.5 else label, ")" if opener == " (" else "")
    elif style == "dash":
        d.line("- ", label, " – ", value)
    elif style == "ocr":
        d.line(ocr_label(r, label), r.choice((": ", " :  ", ";  ", " . ")), value)
    else:
        raise ValueError(style)


def form(d: Doc, r: random.Random, fields, style: str | None = None) -> None:
    """Label lines; one style for the whole form most of the time, as a page prints it."""
    fixed = style or (r.choice(LABEL_STYLES) if r.random() < 0.7 else None)
    if fixed in ("after",):
        fixed = None
    for label, value in fields:
        field_line(d, r, label, value, fixed)


def table(d: Doc, r: random.Random, headers, rows, style: str | None = None) -> None:
    """Records under a header row: pipes, CSV, tabs, fixed width or HTML cells as text."""
    style = style or r.choice(("pipe", "csv", "tsv", "fixed", "semicolon", "cells"))
    if style == "pipe":
        d.line("| ", join_cells(headers, " | "), " |")
        d.line("|" + "|".join("---" for _ in headers) + "|")
        for row in rows:
            d.line("| ", join_cells(row, " | "), " |")
    elif style in ("csv", "semicolon", "tsv"):
        sep = {"csv": ",", "semicolon": ";", "tsv": "\t"}[style]
        d.line(join_cells(headers, sep))
        for row in rows:
            d.line(join_cells([(['"', c, '"'] if style == "csv" and "," in _plain(c) else c) for c in row], sep))
    elif style == "fixed":
        widths = [max(len(_plain(h)), *(len(_plain(row[i])) for row in rows)) + 2 for i, h in enumerate(headers)]
        d.line("".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
        d.line("".join("-" * (w - 1) + " " for w in widths).rstrip())
        for row in rows:
            parts: list = []
            for c, w in zip(row, widths, strict=True):
                parts += [c, " " * (w - len(_plain(c)))]
            d.line(*parts[:-1])
    elif style == "cells":
        d.line("<table><tr>", *["<th>" + str(h) + "</th>" for h in headers], "</tr>")
        for row in rows:
            parts = ["<tr>"]
            for c in row:
                parts += ["<td>", c, "</td>"]
            d.line(*parts, "</tr>")
        d.line("</table>")
    else:
        raise ValueError(style)


def join_cells(cells, sep: str) -> list:
    out: list = []
    for i, c in enumerate(cells):
        if i:
            out.append(sep)
        out.append(c)
    return out


def said(d: Doc, template: str, value) -> None:
    """A sentence whose only context for `value` is its words: the template's {} marks the spot."""
    head, _, tail = template.partition("{}")
    d.add(head, value, tail)


def contact_sentence(d: Doc, r: random.Random, lang: str, kind: str, value) -> None:
    said(d, LEX[lang][kind], value)
    d.add("\n" if r.random() < 0.6 else " ")
