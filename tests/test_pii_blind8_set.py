"""The eighth blind PII set (benchmarks/data/pii_blind8.jsonl) is sound gold: every span is the text
it claims and a valid value of its type, nothing a scrubber must find stands unlabelled, the type
mix and coverage are what benchmarks/pii_blind8.py promises, and the generator rewrites the
committed file exactly. The PII step is not run here (the set is scored once, by pii_eval)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import pii_blind8
from pii_blind8_values import check_row

TYPES = {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}


def test_rows_have_the_format():
    rows = pii_blind8.load()
    assert 1200 <= len(rows) <= 1500
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind8" and row["id"].startswith("blind8-")
        assert row["url"].startswith("https://")
        assert row["spans"], row["id"]
        assert {s["type"] for s in row["spans"]} <= TYPES


def test_every_row_passes_the_gold_checks():
    problems = [(r["id"], p) for r in pii_blind8.load() for p in check_row(r, pii_blind8.hint_regions(r))]
    assert problems == []


def test_type_mix_and_coverage():
    rows = pii_blind8.load()
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    assert types["US_SSN"] / total >= 0.15
    assert types["CREDIT_CARD"] / total >= 0.15
    assert types["PHONE_NUMBER"] / total >= 0.30
    assert min(types[t] for t in TYPES) >= 100
    assert len({r["register"] for r in rows}) >= 25
    languages = Counter(r["language"] for r in rows)
    assert len(languages) >= 20
    assert sum(n for lang, n in languages.items() if lang != "en") / len(rows) >= 0.5


def test_generator_rewrites_the_committed_file():
    assert pii_blind8.generate() == pii_blind8.load()


def test_gold_checks_catch_bad_gold():
    text = ("Card 4111 1111 1111 1112 · IBAN DE00 1234 5678 9012 3456 78 · SSN 666-12-3456 · "
            "call 12 · 4539578763621486\n")
    spans = []
    for kind, value in [("CREDIT_CARD", "4111 1111 1111 1112"), ("IBAN_CODE", "DE00 1234 5678 9012 3456 78"),
                        ("US_SSN", "666-12-3456"), ("PHONE_NUMBER", "12")]:
        start = text.index(value)
        spans.append({"type": kind, "start": start, "end": start + len(value), "text": value})
    problems = check_row({"text": text, "spans": spans}, ["US"])
    assert sum("invalid" in p for p in problems) == 4
    assert any("unlabelled card number 4539578763621486" in p for p in problems)
    glued = {"text": "x10.0.0.7", "spans": [{"type": "IP_ADDRESS", "start": 1, "end": 9, "text": "10.0.0.7"}]}
    assert any("glued" in p for p in check_row(glued, ["US"]))
