"""Integrity of the committed blind20 PII set (benchmarks/data/pii_blind20.jsonl): the rows' format and
every span rule that can be checked without the PII step (which this test never runs)."""

import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import pii_blind20
import pii_blind20_values as values


def test_rows_have_the_format():
    rows = pii_blind20.load()
    assert len(rows) >= 800
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind20" and len(row["language"]) == 2
        for span in row["spans"]:
            assert set(span) == {"type", "start", "end", "text"}


def test_every_span_is_sound():
    bad = {row["id"]: errors for row in pii_blind20.load() if (errors := values.check_row(row))}
    assert not bad, list(bad.items())[:5]


def test_mix_of_types_registers_and_languages():
    rows = pii_blind20.load()
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    floors = {"PHONE_NUMBER": 0.25, "US_SSN": 0.15, "CREDIT_CARD": 0.15, "IP_ADDRESS": 0.15, "EMAIL_ADDRESS": 0.12, "IBAN_CODE": 0.05}
    for kind, floor in floors.items():
        assert types[kind] / total >= floor, (kind, types[kind] / total)
    registers = Counter(r["register"] for r in rows)
    assert len(registers) >= 25 and max(registers.values()) <= 50
    languages = Counter(r["language"] for r in rows)
    assert len(languages) >= 20 and sum(n for lang, n in languages.items() if lang != "en") * 2 >= len(rows)


def test_checks_catch_broken_rows():
    row = {"language": "en", "text": "SSN 078-05-112 and card 4111111111111112 x",
           "spans": [{"type": "US_SSN", "start": 4, "end": 14, "text": "078-05-112"},
                     {"type": "CREDIT_CARD", "start": 24, "end": 40, "text": "4111111111111112"}]}
    assert len(values.check_row(row)) == 2
    glued = {"language": "en", "text": "ip10.1.2.3", "spans": [{"type": "IP_ADDRESS", "start": 2, "end": 10, "text": "10.1.2.3"}]}
    assert any("glued" in e for e in values.check_row(glued))
    leaked = {"language": "en", "text": "mail anna.weber@gmx.de or 123-45-6789", "spans": []}
    assert len(values.check_row(leaked)) == 2


def test_the_generator_is_deterministic():
    assert pii_blind20.generate() == pii_blind20.load()
