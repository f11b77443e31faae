"""Integrity of the committed blind16 PII set (benchmarks/data/pii_blind16.jsonl): the gold checks the
generator runs on writing, run again on the file (no PII step is run here)."""

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind16


@pytest.fixture(scope="module")
def rows():
    return pii_blind16.load()


def test_rows_have_the_format(rows):
    assert len(rows) >= 800
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind16" and row["id"].startswith("blind16-")
        assert {s["type"] for s in row["spans"]} <= {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD",
                                                     "IBAN_CODE", "US_SSN"}
    assert len({row["id"] for row in rows}) == len(rows)


def test_every_row_passes_the_gold_checks(rows):
    problems = {row["id"]: pii_blind16.check_row(row) for row in rows}
    assert {k: v for k, v in problems.items() if v} == {}


def test_gold_checks_catch_bad_spans():
    text = "SSN: 666-12-3456, card 4111 1111 1111 1112, ip 127.0.0.1, mail x@y, tel +49 30 1"
    spans = [{"type": t, "start": text.index(v), "end": text.index(v) + len(v), "text": v}
             for t, v in [("US_SSN", "666-12-3456"), ("CREDIT_CARD", "4111 1111 1111 1112"), ("IP_ADDRESS", "127.0.0.1"),
                          ("EMAIL_ADDRESS", "x@y"), ("PHONE_NUMBER", "+49 30 1")]]
    row = {"url": "https://x.de/", "text": text, "spans": spans}
    assert len(pii_blind16.check_row(row)) == 5
    unlabelled = {"url": "https://x.de/", "text": "card 4111 1111 1111 1111", "spans": []}
    assert pii_blind16.check_row(unlabelled) == ["unlabelled card 4111 1111 1111 1111"]


def test_weights_registers_and_languages(rows):
    types = Counter(s["type"] for row in rows for s in row["spans"])
    total = sum(types.values())
    assert types["US_SSN"] / total >= 0.18 and types["PHONE_NUMBER"] / total >= 0.30
    assert types["CREDIT_CARD"] / total >= 0.12 and types["IP_ADDRESS"] / total >= 0.12
    assert types["EMAIL_ADDRESS"] / total >= 0.12
    registers = Counter(row["register"] for row in rows)
    assert len(registers) >= 25 and max(registers.values()) <= 60
    languages = Counter(row["language"] for row in rows)
    assert len(languages) >= 20 and languages["en"] < len(rows) / 2


def test_the_file_is_what_the_generator_writes(rows):
    assert pii_blind16.generate() == rows
