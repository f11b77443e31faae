"""The blind28 PII set: row format, gold checks, the type mix and determinism."""

from __future__ import annotations

import copy
import json
from collections import Counter

import pytest

from benchmarks import pii_blind28 as B

ROWS = B.load()
KEYS = {"id", "half", "register", "url", "language", "text", "spans"}


def test_row_format():
    assert 1200 <= len(ROWS) <= 1400
    for row in ROWS:
        assert set(row) == KEYS
        assert row["half"] == "blind28" and row["id"].startswith("blind28-")
        assert row["url"].startswith("https://")
        for span in row["spans"]:
            assert set(span) == {"type", "start", "end", "text"}


def test_committed_rows_pass_checks():
    B.check_rows(ROWS)


def _row(text: str, typ: str, value: str) -> dict:
    start = text.index(value)
    return {"id": "x", "half": "blind28", "register": "r", "url": "https://x.example/", "language": "en",
            "text": text, "spans": [{"type": typ, "start": start, "end": start + len(value), "text": value}]}


@pytest.mark.parametrize("text,typ,value", [
    ("SSN: 912-34-5678 ok", "US_SSN", "912-34-5678"),
    ("SSN: 123-00-4567 ok", "US_SSN", "123-00-4567"),
    ("SSN: 666-12-3456 ok", "US_SSN", "666-12-3456"),
    ("Card 4111 1111 1111 1112 ok", "CREDIT_CARD", "4111 1111 1111 1112"),
    ("Card 9111111111111111 ok", "CREDIT_CARD", "9111111111111111"),
    ("Tel.x030 1234567 ok", "PHONE_NUMBER", "030 1234567"),
    ("Tel. 030 12345670 ok", "PHONE_NUMBER", "0"),
    ("Order 12 ok", "PHONE_NUMBER", "12"),
    ("IBAN DE89 3704 0044 0532 0130 01", "IBAN_CODE", "DE89 3704 0044 0532 0130 01"),
    ("ip 127.0.0.1 here", "IP_ADDRESS", "127.0.0.1"),
    ("mask 255.255.255.0 here", "IP_ADDRESS", "255.255.255.0"),
    ("fw 1.3.6.1.4 here", "IP_ADDRESS", "1.3.6.1.4"),
    ("mail a@b here", "EMAIL_ADDRESS", "a@b"),
    ("ip 10.0.0.1 here", "IP_ADDRESS", "10.0.0.1 "),
])
def test_check_rejects_bad_spans(text, typ, value):
    with pytest.raises(AssertionError):
        B.check_rows([_row(text, typ, value)])


def test_check_accepts_good_spans():
    B.check_rows([_row("SSN: 123-45-6789.", "US_SSN", "123-45-6789")])
    B.check_rows([_row("IBAN DE89 3704 0044 0532 0130 00 ok", "IBAN_CODE", "DE89 3704 0044 0532 0130 00")])
    B.check_rows([_row("ip [10.0.0.1]:80", "IP_ADDRESS", "10.0.0.1")])


def test_check_rejects_unlabelled_card_or_ssn_outside_spans():
    row = _row("ip 10.0.0.1 paid with 4111111111111111", "IP_ADDRESS", "10.0.0.1")
    with pytest.raises(AssertionError):
        B.check_rows([row])
    row = _row("ip 10.0.0.1 ref 123-45-6789", "IP_ADDRESS", "10.0.0.1")
    with pytest.raises(AssertionError):
        B.check_rows([row])
    B.check_rows([_row("ip 10.0.0.1 ref 923-45-6789 and 4111111111111112", "IP_ADDRESS", "10.0.0.1")])


def test_check_rejects_text_mismatch_and_overlap():
    row = _row("ip 10.0.0.1 and 10.0.0.2", "IP_ADDRESS", "10.0.0.1")
    bad = copy.deepcopy(row)
    bad["spans"][0]["text"] = "10.0.0.9"
    with pytest.raises(AssertionError):
        B.check_rows([bad])
    bad = copy.deepcopy(row)
    bad["spans"].append({"type": "IP_ADDRESS", "start": 5, "end": 11, "text": "0.0.0.1"})
    with pytest.raises(AssertionError):
        B.check_rows([bad])


def test_type_mix_floors():
    types = Counter(s["type"] for r in ROWS for s in r["spans"])
    total = sum(types.values())
    assert types["PHONE_NUMBER"] / total >= 0.33
    assert types["IP_ADDRESS"] / total >= 0.15
    for t in ("EMAIL_ADDRESS", "US_SSN", "IBAN_CODE", "CREDIT_CARD"):
        assert types[t] >= 100, t
    regs = Counter(r["register"] for r in ROWS)
    assert len(regs) >= 30 and max(regs.values()) <= 50
    langs = {r["language"] for r in ROWS}
    assert len(langs) >= 20
    assert len(langs & {"ru", "uk", "bg", "el", "ar", "fa", "he", "hi", "zh", "ja", "ko", "th"}) >= 10


def test_committed_file_equals_fresh_generate():
    fresh = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in B.generate())
    assert B.DATA.read_text(encoding="utf-8") == fresh
