"""The committed thirteenth blind PII set is sound: every row passes the gold checks it was written
under (span text, order, edges, each value valid for its type, no card / IBAN / host IPv4 left
unlabelled), and it holds the registers, languages and type weights its docstring promises. The PII
step is never run here: the lead scores the set once."""

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind13
import pii_blind13_values as values


@pytest.fixture(scope="module")
def rows():
    return pii_blind13.load()


def test_every_row_passes_the_gold_checks(rows):
    problems = {}
    for row in rows:
        region = ["US"] if row["register"] in pii_blind13.US_REG else []
        found = values.check_row(row, region)
        if found:
            problems[row["id"]] = found
    assert problems == {}


def test_row_format(rows):
    assert len(rows) >= 1200
    assert [r["id"] for r in rows] == [f"blind13-{i}" for i in range(len(rows))]
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind13"
        assert row["url"].startswith("https://")
        assert all(s["type"] in values.TYPES for s in row["spans"])


def test_type_weights_registers_and_languages(rows):
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    assert types["US_SSN"] / total >= 0.18
    assert types["CREDIT_CARD"] / total >= 0.15
    assert types["IP_ADDRESS"] / total >= 0.15
    assert types["PHONE_NUMBER"] / total >= 0.30
    registers = Counter(r["register"] for r in rows)
    assert len(registers) >= 25 and max(registers.values()) <= 60
    languages = Counter(r["language"] for r in rows)
    assert len(languages) >= 20
    assert sum(n for lang, n in languages.items() if lang != "en") > len(rows) / 2


def test_checks_catch_bad_gold():
    text = "SSN 123-45-6789, card 4111 1111 1111 1112, ip 127.0.0.1, mail a@b"
    bad = {"text": text, "spans": [
        {"type": "US_SSN", "start": 4, "end": 15, "text": "123-45-6789"},
        {"type": "CREDIT_CARD", "start": 22, "end": 41, "text": "4111 1111 1111 1112"},
        {"type": "IP_ADDRESS", "start": 46, "end": 55, "text": "127.0.0.1"},
        {"type": "EMAIL_ADDRESS", "start": 62, "end": 65, "text": "a@b"}]}
    problems = values.check_row(bad)
    assert any("CREDIT_CARD" in p for p in problems)
    assert any("IP_ADDRESS" in p for p in problems)
    assert any("EMAIL_ADDRESS" in p for p in problems)
    assert not any("US_SSN" in p for p in problems)
    unlabelled = {"text": "pay 4111 1111 1111 1111 now", "spans": []}
    assert values.check_row(unlabelled) == ["unlabelled card-like '4111 1111 1111 1111'"]


def test_generator_reproduces_the_committed_file(rows):
    assert pii_blind13.generate()[:60] == rows[:60]
