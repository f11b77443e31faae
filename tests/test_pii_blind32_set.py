"""The committed blind32 PII set: row format, span checks, type mix, determinism."""

from __future__ import annotations

import copy
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind32 as blind
from pii_blind32_values import bad_card, check_rows, ssn

TYPES = {"PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}


@pytest.fixture(scope="module")
def rows():
    return blind.load()


@pytest.fixture(scope="module")
def fresh():
    return blind._rows()


def test_row_format(rows):
    assert 1200 <= len(rows) <= 1450
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind32" and row["id"].startswith("blind32-")
        assert row["url"].startswith("https://")
        for s in row["spans"]:
            assert set(s) == {"type", "start", "end", "text"} and s["type"] in TYPES


def test_committed_rows_pass_checks(rows):
    check_rows(rows)


def _row(text, spans):
    return {"id": "x-1", "half": "x", "register": "r", "url": "https://x.test/", "language": "en", "text": text,
            "spans": spans}


def _one(text, typ, value):
    i = text.index(value)
    return _row(text, [{"type": typ, "start": i, "end": i + len(value), "text": value}])


@pytest.mark.parametrize("text,typ,value", [
    ("SSN: 666-12-3456", "US_SSN", "666-12-3456"),
    ("SSN: 912-70-1234", "US_SSN", "912-70-1234"),
    ("SSN: 123-00-4567", "US_SSN", "123-00-4567"),
    ("IBAN DE89 3704 0044 0532 0130 01", "IBAN_CODE", "DE89 3704 0044 0532 0130 01"),
    ("ip 127.0.0.1 up", "IP_ADDRESS", "127.0.0.1"),
    ("mask 255.255.255.0", "IP_ADDRESS", "255.255.255.0"),
    ("user@localhost", "EMAIL_ADDRESS", "user@localhost"),
    ("order 12345", "PHONE_NUMBER", "12345"),
    ("tel.: +49 30 1234567.", "PHONE_NUMBER", "+49 30 1234567."),
])
def test_check_rows_rejects_invalid(text, typ, value):
    with pytest.raises(AssertionError):
        check_rows([_one(text, typ, value)])


def test_check_rows_rejects_luhn_invalid_card():
    import random

    v = bad_card(random.Random(5))
    with pytest.raises(AssertionError):
        check_rows([_one(f"card {v} ok", "CREDIT_CARD", v)])


def test_check_rows_rejects_glued_and_mismatch_and_overlap():
    import random

    s = ssn(random.Random(1))
    with pytest.raises(AssertionError, match="glued"):
        check_rows([_one(f"SSN{s}A", "US_SSN", s)])
    good = _one(f"SSN {s} ok", "US_SSN", s)
    check_rows([good])
    bad = copy.deepcopy(good)
    bad["spans"][0]["end"] -= 1
    with pytest.raises(AssertionError):
        check_rows([bad])
    over = copy.deepcopy(good)
    over["spans"].append(dict(over["spans"][0], start=over["spans"][0]["start"] + 4, end=over["spans"][0]["end"],
                              text=s[4:]))
    with pytest.raises(AssertionError):
        check_rows([over])


def test_type_mix_and_coverage(rows, fresh):
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    floors = {"PHONE_NUMBER": 0.28, "EMAIL_ADDRESS": 0.10, "IP_ADDRESS": 0.10, "US_SSN": 0.08,
              "CREDIT_CARD": 0.08, "IBAN_CODE": 0.08}
    for t, f in floors.items():
        assert types[t] / total >= f, (t, types[t] / total)
    regs = Counter(r["register"] for r in rows)
    assert len(regs) == 30 and max(regs.values()) <= 50
    langs = {r["language"] for r in rows}
    assert len(langs) >= 21
    non_latin = {"mn", "ka", "hy", "he", "am", "el", "si", "ne", "bg", "my", "ur", "km", "gu"}
    assert len(langs & non_latin) >= 10
    assert fresh[1] > 3000


def test_committed_file_is_fresh_generate(rows, fresh):
    assert rows == fresh[0]
