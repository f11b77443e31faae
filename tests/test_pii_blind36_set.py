"""The committed blind36 PII set (benchmarks/data/pii_blind36.jsonl) keeps its own gold rules.

Integrity only: the PII step is never run here (the set stays blind until the lead scores it).
"""

from __future__ import annotations

import copy
import json
from collections import Counter

import pytest

from benchmarks import pii_blind36 as B

ROWS = B.load()
KEYS = {"id", "half", "register", "url", "language", "text", "spans"}


def _row(text: str, kind: str, value: str) -> dict:
    start = text.index(value)
    return {"id": "blind36-t", "half": "blind36", "register": "t", "url": "https://t.example/", "language": "en",
            "text": text, "spans": [{"type": kind, "start": start, "end": start + len(value), "text": value}]}


def test_row_format():
    assert 1200 <= len(ROWS) <= 1400
    ids = [r["id"] for r in ROWS]
    assert len(set(ids)) == len(ids)
    for r in ROWS:
        assert set(r) == KEYS
        assert r["half"] == "blind36" and r["id"].startswith("blind36-")
        assert r["url"].startswith("https://")
        for s in r["spans"]:
            assert set(s) == {"type", "start", "end", "text"}


def test_committed_rows_pass_checks():
    B.check_rows(ROWS)


def test_committed_file_equals_fresh_generate():
    fresh = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in B.generate())
    assert B.DATA.read_text(encoding="utf-8") == fresh


def test_type_mix_floors():
    c = Counter(s["type"] for r in ROWS for s in r["spans"])
    total = sum(c.values())
    floors = {"PHONE_NUMBER": 0.28, "IP_ADDRESS": 0.10, "EMAIL_ADDRESS": 0.09, "CREDIT_CARD": 0.09,
              "IBAN_CODE": 0.08, "US_SSN": 0.08}
    for t, f in floors.items():
        assert c[t] / total >= f, (t, c[t], total)


def test_registers_and_languages():
    regs = Counter(r["register"] for r in ROWS)
    assert len(regs) == 30 and max(regs.values()) <= 50
    langs = {r["language"] for r in ROWS}
    assert len(langs) >= 21
    non_latin = {"ja", "el", "ka", "ar", "hi", "ko", "ru", "hy", "zh", "uk", "he", "bn", "th", "am"}
    assert len(langs & non_latin) >= 10


@pytest.mark.parametrize("text,kind,value", [
    ("SSN: 912-45-6789 on file", "US_SSN", "912-45-6789"),          # ITIN area
    ("SSN: 666-12-3456 on file", "US_SSN", "666-12-3456"),
    ("SSN: 123-00-4567 on file", "US_SSN", "123-00-4567"),
    ("card 4111 1111 1111 1112 declined", "CREDIT_CARD", "4111 1111 1111 1112"),  # Luhn-invalid
    ("card 9111 1111 1111 1117 declined", "CREDIT_CARD", "9111 1111 1111 1117"),  # no brand
    ("IBAN DE88 3704 0044 0532 0130 00", "IBAN_CODE", "DE88 3704 0044 0532 0130 00"),  # wrong check digits
    ("from 127.0.0.1 ok", "IP_ADDRESS", "127.0.0.1"),
    ("mask 255.255.255.0 ok", "IP_ADDRESS", "255.255.255.0"),
    ("write info at example dot com", "EMAIL_ADDRESS", "info at example dot com"),
    ("order 12345 ok", "PHONE_NUMBER", "12345"),
])
def test_check_rows_rejects_invalid_values(text, kind, value):
    with pytest.raises(AssertionError):
        B.check_rows([_row(text, kind, value)])


def test_check_rows_rejects_glued_and_shifted_spans():
    good = _row("Tel. +49 30 901820 bitte", "PHONE_NUMBER", "+49 30 901820")
    B.check_rows([good])
    glued = _row("Tel.A+49 30 901820", "PHONE_NUMBER", "+49 30 901820")
    with pytest.raises(AssertionError):
        B.check_rows([glued])
    shifted = copy.deepcopy(good)
    shifted["spans"][0]["start"] += 1
    with pytest.raises(AssertionError):
        B.check_rows([shifted])
    overlap = copy.deepcopy(good)
    overlap["spans"].append(dict(overlap["spans"][0]))
    with pytest.raises(AssertionError):
        B.check_rows([overlap])
    ext = _row("Tel. 030 901820 Durchwahl 12.", "PHONE_NUMBER", "030 901820 Durchwahl 12")
    B.check_rows([dict(ext, language="de")])
