"""The twenty-seventh blind PII set: row format, gold checks, determinism and type floors."""

import copy
from collections import Counter

import pytest

from benchmarks import pii_blind27 as B

ROWS = B.load()


def test_row_format():
    assert len(ROWS) >= 1000
    for r in ROWS:
        assert set(r) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert r["half"] == "blind27" and r["url"].startswith("https://")
        for s in r["spans"]:
            assert set(s) == {"type", "start", "end", "text"}


def test_check_rows_passes_committed():
    B.check_rows(ROWS)


def _bad(row, typ, value):
    r = copy.deepcopy(row)
    r["text"] = r["text"] + " " + value
    start = len(r["text"]) - len(value)
    r["spans"].append({"type": typ, "start": start, "end": len(r["text"]), "text": value})
    return r


@pytest.mark.parametrize("typ,value", [
    ("US_SSN", "912-70-1234"), ("US_SSN", "666-12-3456"), ("CREDIT_CARD", "4111 1111 1111 1112"),
    ("IBAN_CODE", "DE00370400440532013000"), ("IP_ADDRESS", "127.0.0.1"), ("PHONE_NUMBER", "12"),
    ("EMAIL_ADDRESS", "name at example dot com"),
])
def test_check_rows_rejects(typ, value):
    with pytest.raises(AssertionError):
        B.check_rows([_bad(ROWS[0], typ, value)])


def test_check_rows_rejects_glued_and_mismatch():
    r = copy.deepcopy(ROWS[0])
    r["text"] += " x4111111111111111"
    n = len(r["text"])
    r["spans"].append({"type": "CREDIT_CARD", "start": n - 16, "end": n, "text": "4111111111111111"})
    with pytest.raises(AssertionError):
        B.check_rows([r])
    r = copy.deepcopy(ROWS[0])
    r["spans"][0]["end"] += 1
    with pytest.raises(AssertionError):
        B.check_rows([r])


def test_type_floors():
    c = Counter(s["type"] for r in ROWS for s in r["spans"])
    total = sum(c.values())
    assert c["PHONE_NUMBER"] / total >= 0.35
    for t in ("EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"):
        assert c[t] >= 100, t
    assert len({r["register"] for r in ROWS}) >= 30
    assert len({r["language"] for r in ROWS}) >= 20


def test_deterministic():
    assert B.generate() == ROWS
