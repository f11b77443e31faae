"""Integrity of the committed blind17 PII set (no PII step is run): spans match the text, do not
overlap or glue to letters/digits, and every value is valid for its type."""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import pii_blind17


def test_rows_are_sound():
    rows = pii_blind17.load()
    assert len(rows) >= 800
    assert pii_blind17.problems(rows) == []
    assert len({r["id"] for r in rows}) == len(rows)


def test_committed_file_is_what_the_generator_writes():
    assert pii_blind17.load() == pii_blind17.generate()


def test_weights_registers_and_languages():
    rows = pii_blind17.load()
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    assert types["US_SSN"] / total >= 0.18
    assert types["CREDIT_CARD"] / total >= 0.12
    assert types["IP_ADDRESS"] / total >= 0.12
    assert types["PHONE_NUMBER"] / total >= 0.30
    assert types["EMAIL_ADDRESS"] / total >= 0.12
    regs = Counter(r["register"] for r in rows)
    assert len(regs) >= 25 and max(regs.values()) <= 60
    assert sum(r["language"] != "en" for r in rows) * 2 > len(rows)
    assert len({r["language"] for r in rows}) >= 20


def test_checks_catch_broken_rows():
    row = {"id": "x", "language": "en", "text": "SSN 666-12-3456 card 4111111111111112 ip 127.0.0.1",
           "spans": [{"type": "US_SSN", "start": 4, "end": 15, "text": "666-12-3456"},
                     {"type": "CREDIT_CARD", "start": 21, "end": 37, "text": "4111111111111112"},
                     {"type": "IP_ADDRESS", "start": 41, "end": 50, "text": "127.0.0.1"}]}
    assert len(pii_blind17.problems([row])) == 3
