"""The committed blind4 PII set (benchmarks/data/pii_blind4.jsonl) keeps its own gold rules.

Integrity only: the PII step is never run here (the set stays blind until the lead scores it).
"""

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import pii_blind4

TYPES = {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}


@pytest.fixture(scope="module")
def rows():
    return pii_blind4.load()


def test_rows_have_the_documented_shape(rows):
    assert 1200 <= len(rows) <= 1500
    assert [r["id"] for r in rows] == [f"blind4-{i}" for i in range(len(rows))]
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind4" and row["url"].startswith("https://")
        for span in row["spans"]:
            assert set(span) == {"type", "start", "end", "text"} and span["type"] in TYPES


def test_every_gold_span_passes_the_checks(rows):
    problems = [p for row in rows for p in pii_blind4.check_row(row)]
    assert problems == []


def test_no_card_iban_or_email_left_unlabelled(rows):
    assert [(row["id"], pii_blind4.unlabelled(row)) for row in rows if pii_blind4.unlabelled(row)] == []


def test_breadth_the_brief_asks_for(rows):
    registers = Counter(r["register"] for r in rows)
    languages = Counter(r["language"] for r in rows)
    types = Counter(s["type"] for r in rows for s in r["spans"])
    assert len(registers) >= 25 and min(registers.values()) >= 10
    assert len(languages) >= 20
    assert {"ar", "fa", "he", "hi", "ru", "uk", "el", "zh", "ja", "ko", "th", "bg"} <= set(languages)
    total = sum(types.values())
    assert set(types) == TYPES
    assert 0.35 <= types["PHONE_NUMBER"] / total <= 0.5
    assert all(types[t] / total >= 0.05 for t in TYPES)


@pytest.mark.parametrize("kind, text, ok", [
    ("US_SSN", "123-45-6789", True), ("US_SSN", "666-12-3456", False), ("US_SSN", "912-70-1234", False),
    ("US_SSN", "123-00-4567", False), ("US_SSN", "123-45-0000", False), ("US_SSN", "123 45-6789", False),
    ("IP_ADDRESS", "192.168.4.17", True), ("IP_ADDRESS", "255.255.255.0", False), ("IP_ADDRESS", "0.0.0.255", False),
    ("IP_ADDRESS", "127.0.0.1", False), ("IP_ADDRESS", "::1", False), ("IP_ADDRESS", "fe80::1", True),
    ("CREDIT_CARD", "4111 1111 1111 1111", True), ("CREDIT_CARD", "4111 1111 1111 1112", False),
    ("CREDIT_CARD", "1111 1111 1111 1117", False),  # Luhn-valid, but no brand starts with 1
    ("IBAN_CODE", "de89 3704 0044 0532 0130 00", True), ("IBAN_CODE", "DE88370400440532013000", False),
    ("PHONE_NUMBER", "+44 (0)20 7946 0958 ext. 12", True), ("PHONE_NUMBER", "1-800-FLOWERS", True),
    ("PHONE_NUMBER", "٠٢٠ ٧٩٤٦ ٠٩٥٨", True), ("PHONE_NUMBER", "12", False),
])
def test_the_value_checks_tell_valid_from_look_alike(kind, text, ok):
    assert pii_blind4.VALUE_OK[kind](text, "https://www.example.co.uk/") is ok


def test_check_row_reports_a_shifted_or_glued_span():
    row = {"id": "t", "url": "https://x.de/", "text": "Mail: ab@cd.de, SSN123-45-6789",
           "spans": [{"type": "EMAIL_ADDRESS", "start": 5, "end": 13, "text": "ab@cd.de"},
                     {"type": "US_SSN", "start": 19, "end": 30, "text": "123-45-6789"}]}
    problems = pii_blind4.check_row(row)
    assert any("text[5:13]" in p for p in problems)
    assert any("glued" in p for p in problems)
