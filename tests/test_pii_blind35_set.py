"""The committed blind35 PII set: row format, span checks, type mix floors, determinism."""

from __future__ import annotations

import copy
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind35 as b35


@pytest.fixture(scope="module")
def rows():
    return b35.load()


def _one(rows, typ):
    for row in rows:
        for span in row["spans"]:
            if span["type"] == typ:
                return copy.deepcopy(row), span["start"]
    raise AssertionError(typ)


def _replace(row, start, new):
    """Put `new` in place of the span at `start`, shifting the spans after it."""
    span = next(s for s in row["spans"] if s["start"] == start)
    delta = len(new) - (span["end"] - span["start"])
    row["text"] = row["text"][:start] + new + row["text"][span["end"]:]
    for s in row["spans"]:
        if s["start"] > start:
            s["start"] += delta
            s["end"] += delta
    span["end"] = start + len(new)
    span["text"] = new
    return row


def test_row_format(rows):
    assert 1200 <= len(rows) <= 1400
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["id"].startswith("blind35-") and row["half"] == "blind35"
        for span in row["spans"]:
            assert set(span) == {"type", "start", "end", "text"}


def test_check_rows_accepts_committed(rows):
    b35.check_rows(rows)


def test_type_mix_floors(rows):
    c = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(c.values())
    assert set(c) == set(b35.TYPES)
    floors = {"PHONE_NUMBER": 0.25, "IP_ADDRESS": 0.10, "EMAIL_ADDRESS": 0.08, "CREDIT_CARD": 0.08,
              "US_SSN": 0.08, "IBAN_CODE": 0.08}
    for typ, floor in floors.items():
        assert c[typ] / total >= floor, (typ, c[typ], total)
    regs = Counter(r["register"] for r in rows)
    assert len(regs) == 30 and max(regs.values()) <= 50
    langs = Counter(r["language"] for r in rows)
    assert len(langs) >= 20


@pytest.mark.parametrize("typ,bad", [
    ("US_SSN", "912-70-1234"), ("US_SSN", "000-12-3456"), ("US_SSN", "123-00-4567"),
    ("CREDIT_CARD", "4111 1111 1111 1112"), ("CREDIT_CARD", "9111 1111 1111 1111"),
    ("IBAN_CODE", "DE00 5004 0061 9763 4382 92"), ("IP_ADDRESS", "127.0.0.1"), ("IP_ADDRESS", "999.1.2.3"),
    ("EMAIL_ADDRESS", "user@localhost"), ("PHONE_NUMBER", "+1 000 000 0000"),
])
def test_check_rows_rejects_bad_values(rows, typ, bad):
    row, start = _one(rows, typ)
    _replace(row, start, bad)
    with pytest.raises(AssertionError):
        b35.check_rows([row])


def test_check_rows_rejects_glued_and_mismatched(rows):
    row, start = _one(rows, "EMAIL_ADDRESS")
    span = next(s for s in row["spans"] if s["start"] == start)
    bad = copy.deepcopy(row)
    bad["text"] = bad["text"][:start] + "x" + bad["text"][start + 1:]
    with pytest.raises(AssertionError):
        b35.check_rows([bad])
    glued = copy.deepcopy(row)
    s = next(s for s in glued["spans"] if s["start"] == start)
    s["start"] += 1
    s["text"] = s["text"][1:]
    with pytest.raises(AssertionError):
        b35.check_rows([glued])
    overlap = copy.deepcopy(row)
    overlap["spans"].append(dict(span))
    with pytest.raises(AssertionError):
        b35.check_rows([overlap])


def test_unlabelled_bare_ssn_rejected():
    row = {"id": "blind35-x", "half": "blind35", "register": "r", "url": "https://x.org/", "language": "en",
           "text": "Order 123456789 shipped.", "spans": [{"type": "US_SSN", "start": 6, "end": 15, "text": "123456789"}]}
    with pytest.raises(AssertionError):
        b35.check_rows([row])
    row["text"] = "SSN: 123456789 ok."
    row["spans"][0].update(start=5, end=14)
    b35.check_rows([row])


def test_committed_file_is_deterministic(rows):
    assert b35.generate() == rows
