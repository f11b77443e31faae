"""The blind30 PII set: row format, span checks, type mix, determinism (benchmarks/pii_blind30.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind30 as b30


@pytest.fixture(scope="module")
def rows():
    return b30.load()


def test_row_format(rows):
    assert 1200 <= len(rows) <= 1400
    keys = {"id", "half", "register", "url", "language", "text", "spans"}
    ids = set()
    for row in rows:
        assert set(row) == keys
        assert row["half"] == "blind30" and row["id"].startswith("blind30-")
        assert row["url"].startswith("https://")
        ids.add(row["id"])
        for span in row["spans"]:
            assert set(span) == {"type", "start", "end", "text"}
    assert len(ids) == len(rows)


def test_committed_rows_pass_checks(rows):
    b30.check_rows(rows)


def test_registers_and_languages(rows):
    regs = {r["register"] for r in rows}
    assert len(regs) == 30
    assert max(sum(1 for r in rows if r["register"] == reg) for reg in regs) <= 50
    langs = {r["language"] for r in rows}
    assert len(langs) >= 21
    non_latin = {"ru", "ko", "ja", "el", "he", "th", "ar", "hi", "uk", "ka", "zh", "bg"}
    assert len(langs & non_latin) >= 10


def test_type_mix_floors(rows):
    counts: dict[str, int] = {}
    for row in rows:
        for span in row["spans"]:
            counts[span["type"]] = counts.get(span["type"], 0) + 1
    total = sum(counts.values())
    floors = {"PHONE_NUMBER": 0.25, "EMAIL_ADDRESS": 0.10, "IP_ADDRESS": 0.10, "US_SSN": 0.10, "CREDIT_CARD": 0.09, "IBAN_CODE": 0.07}
    for kind, floor in floors.items():
        assert counts.get(kind, 0) / total >= floor, (kind, counts)
    assert sum(b30.lookalikes(r) for r in rows) >= 1500


def _row(text: str, kind: str, value: str) -> dict:
    start = text.index(value)
    return {"id": "t-1", "half": "t", "register": "r", "url": "https://x.test/", "language": "en", "text": text,
            "spans": [{"type": kind, "start": start, "end": start + len(value), "text": value}]}


@pytest.mark.parametrize("text,kind,value", [
    ("SSN 912-70-1234 on file", "US_SSN", "912-70-1234"),          # ITIN area
    ("SSN 666-12-3456 on file", "US_SSN", "666-12-3456"),
    ("SSN 123-00-4567 on file", "US_SSN", "123-00-4567"),
    ("Member 123456789 on file", "US_SSN", "123456789"),            # unseparated, no SSN label
    ("card 4111 1111 1111 1112 ok", "CREDIT_CARD", "4111 1111 1111 1112"),  # Luhn-invalid
    ("imei 356938035643809 ok", "CREDIT_CARD", "356938035643809"),   # Luhn-valid, no brand length
    ("IBAN DE89 3704 0044 0532 0130 01 ok", "IBAN_CODE", "DE89 3704 0044 0532 0130 01"),  # wrong check digits
    ("mail root@localhost now", "EMAIL_ADDRESS", "root@localhost"),
    ("ip 127.0.0.1 here", "IP_ADDRESS", "127.0.0.1"),
    ("mask 255.255.255.0 here", "IP_ADDRESS", "255.255.255.0"),
    ("ver 2.5.1.300 here", "IP_ADDRESS", "2.5.1.300"),
    ("call 12-34 now", "PHONE_NUMBER", "12-34"),
    ("ip 10.1.2.3, here", "IP_ADDRESS", "10.1.2.3,"),                # trailing punctuation
])
def test_check_rows_rejects_bad_spans(text, kind, value):
    with pytest.raises(AssertionError):
        b30.check_rows([_row(text, kind, value)])


def test_check_rows_rejects_glued_mismatched_and_overlapping():
    with pytest.raises(AssertionError, match="glued"):
        b30.check_rows([_row("tel+33612345678X", "PHONE_NUMBER", "+33612345678")])
    row = _row("SSN 123-45-6789.", "US_SSN", "123-45-6789")
    row["spans"][0]["end"] += 1
    with pytest.raises(AssertionError):
        b30.check_rows([row])
    row = _row("SSN 123-45-6789 and 123-45-6789", "US_SSN", "123-45-6789")
    row["spans"].append(dict(row["spans"][0]))
    with pytest.raises(AssertionError, match="overlap"):
        b30.check_rows([row])


def test_check_rows_accepts_good_spans():
    b30.check_rows([_row("SSN: 123456789", "US_SSN", "123456789")])
    b30.check_rows([_row("Tel. +49 30 901820 x12 bitte", "PHONE_NUMBER", "+49 30 901820 x12")])
    b30.check_rows([_row("route 2a01:4f8:1c::/48", "IP_ADDRESS", "2a01:4f8:1c::")])


def test_committed_file_equals_fresh_generate(rows):
    fresh = b30.generate()
    assert json.dumps(fresh, ensure_ascii=False) == json.dumps(rows, ensure_ascii=False)
