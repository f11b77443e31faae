"""The ninth blind PII set (benchmarks/data/pii_blind9.jsonl) is sound gold: every span is the text
it claims and a valid value of its type, nothing a scrubber must find (a brand card number, a
compact IBAN) stands unlabelled, the type mix is what benchmarks/pii_blind9.py promises, and the
generator rewrites the committed file exactly. The PII step is not run here (the lead scores the
set once, by pii_eval)."""

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import pii_blind9


@pytest.fixture(scope="module")
def rows():
    return pii_blind9.load()


def test_every_row_has_the_format_and_sound_gold(rows):
    assert len(rows) >= 1200
    assert [r["id"] for r in rows] == [f"blind9-{i}" for i in range(len(rows))]
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind9"
        assert pii_blind9.check_row(row) == [], row["id"]


def test_check_row_catches_broken_gold(rows):
    def unbroken_card(span):
        return span["type"] == "CREDIT_CARD" and span["text"].isdigit()

    row = json.loads(json.dumps(next(r for r in rows if any(unbroken_card(s) for s in r["spans"]))))
    row["spans"] = [s for s in row["spans"] if not unbroken_card(s)]
    assert any("unlabelled card" in p for p in pii_blind9.check_row(row))
    bad = dict(row, spans=[{"type": "US_SSN", "start": 0, "end": 3, "text": row["text"][:3]}])
    assert pii_blind9.check_row(bad)
    assert not pii_blind9.value_ok("US_SSN", "666-12-3456", "en")
    assert not pii_blind9.value_ok("US_SSN", "912-70-1234", "en")
    assert not pii_blind9.value_ok("IP_ADDRESS", "127.0.0.1", "en")
    assert not pii_blind9.value_ok("IP_ADDRESS", "255.255.255.0", "en")
    assert not pii_blind9.value_ok("CREDIT_CARD", "4111 1111 1111 1112", "en")
    assert pii_blind9.value_ok("CREDIT_CARD", "4111 1111 1111 1111", "en")
    assert pii_blind9.value_ok("PHONE_NUMBER", "+49 (0)30 901820 Durchwahl 12", "de")


def test_type_mix_languages_and_registers(rows):
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    assert types["US_SSN"] / total >= 0.15
    assert types["CREDIT_CARD"] / total >= 0.15
    assert types["PHONE_NUMBER"] / total >= 0.30
    assert types["IP_ADDRESS"] / total >= 0.08
    assert min(types[t] for t in pii_blind9.TYPES) > 100
    languages = Counter(r["language"] for r in rows)
    assert len(languages) >= 20
    assert sum(n for lang, n in languages.items() if lang != "en") / len(rows) > 0.5
    assert len({r["register"] for r in rows}) >= 25


def test_generator_rewrites_the_committed_file(rows):
    assert pii_blind9.generate() == rows
