"""The blind25 PII set: row format, gold checks, type floors and determinism (never scores it)."""

import copy
import json
from collections import Counter

import pytest

from benchmarks import pii_blind25 as b25
from benchmarks.pii_blind25_values import TYPES, check_rows

ROWS = b25.load()


def test_row_format():
    assert 1100 <= len(ROWS) <= 1400
    for row in ROWS:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind25" and row["id"].startswith("blind25-") and row["url"].startswith("https://")
        for sp in row["spans"]:
            assert set(sp) == {"type", "start", "end", "text"} and sp["type"] in TYPES


def test_committed_rows_pass_checks():
    check_rows(ROWS)


def _bad(row, typ, value):
    row = copy.deepcopy(row)
    text = row["text"] + " x " + value + " ."
    start = len(row["text"]) + 3
    row["text"] = text
    row["spans"].append({"type": typ, "start": start, "end": start + len(value), "text": value})
    return row


@pytest.mark.parametrize("typ,value", [
    ("US_SSN", "912-70-1234"), ("US_SSN", "666-12-3456"), ("US_SSN", "123-00-4567"),
    ("CREDIT_CARD", "4111 1111 1111 1112"), ("IBAN_CODE", "DE00 3704 0044 0532 0130 00"),
    ("IP_ADDRESS", "127.0.0.1"), ("IP_ADDRESS", "255.255.255.0"), ("EMAIL_ADDRESS", "lodash@4"),
    ("PHONE_NUMBER", "12"),
])
def test_check_rejects_bad_values(typ, value):
    with pytest.raises(AssertionError):
        check_rows([_bad(ROWS[0], typ, value)])


def test_check_rejects_glued_and_mismatched_spans():
    row = copy.deepcopy(ROWS[0])
    row["text"] += " a123-45-6789"
    s = len(row["text"]) - 11
    row["spans"].append({"type": "US_SSN", "start": s, "end": s + 11, "text": "123-45-6789"})
    with pytest.raises(AssertionError):
        check_rows([row])
    row = copy.deepcopy(ROWS[0])
    row["spans"][0]["text"] += "Z"
    with pytest.raises(AssertionError):
        check_rows([row])


def test_type_mix_floors():
    c = Counter(s["type"] for r in ROWS for s in r["spans"])
    total = sum(c.values())
    assert c["EMAIL_ADDRESS"] / total >= 0.22
    assert c["PHONE_NUMBER"] / total >= 0.25
    assert c["US_SSN"] / total >= 0.10
    for t in ("IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE"):
        assert c[t] / total >= 0.04, t
    assert len({r["register"] for r in ROWS}) == 30
    langs = {r["language"] for r in ROWS}
    assert len(langs) >= 20
    assert len(langs & {"ru", "uk", "bg", "el", "ar", "fa", "he", "hi", "zh", "ja", "ko", "th"}) >= 10
    assert max(Counter(r["register"] for r in ROWS).values()) <= 50


def test_committed_file_is_fresh_generate():
    fresh = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in b25.generate())
    assert b25.DATA.read_text(encoding="utf-8") == fresh
