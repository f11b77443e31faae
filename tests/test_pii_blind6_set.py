"""The committed sixth blind PII set is sound: every gold span passes the set's own checks (no PII step)."""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind6

ROWS = pii_blind6.load()


def test_every_committed_row_passes_the_gold_checks():
    problems = {row["id"]: p for row in ROWS if (p := pii_blind6.check_row(row))}
    assert problems == {}


def test_set_size_mix_registers_and_languages():
    assert 1200 <= len(ROWS) <= 1500
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    assert {r["half"] for r in ROWS} == {"blind6"}
    types = Counter(s["type"] for r in ROWS for s in r["spans"])
    total = sum(types.values())
    assert types["PHONE_NUMBER"] / total >= 0.35
    for kind in ("US_SSN", "CREDIT_CARD", "IBAN_CODE"):
        assert types[kind] / total >= 0.10, kind
    assert set(types) == {"PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}
    assert len({r["register"] for r in ROWS}) >= 25
    assert len({r["language"] for r in ROWS}) >= 20


def test_checks_catch_broken_gold():
    row = next(r for r in ROWS if any(s["type"] == "CREDIT_CARD" for s in r["spans"]))
    span = next(s for s in row["spans"] if s["type"] == "CREDIT_CARD")
    shifted = dict(row, spans=[dict(s, start=s["start"] + 1) if s is span else s for s in row["spans"]])
    assert any("mismatch" in p for p in pii_blind6.check_row(shifted))
    dropped = dict(row, spans=[s for s in row["spans"] if s is not span])
    assert any("unlabelled card" in p for p in pii_blind6.check_row(dropped))
    assert not pii_blind6.ssn_valid("666-12-3456") and not pii_blind6.ssn_valid("912-70-1234")
    assert not pii_blind6.ssn_valid("123-00-4567") and pii_blind6.ssn_valid("123 45 6789")
    assert not pii_blind6.ip_valid("127.0.0.1") and not pii_blind6.ip_valid("255.255.255.0")
    assert pii_blind6.ip_valid("169.254.3.4") and not pii_blind6.card_valid("4111 1111 1111 1112")
    assert pii_blind6.phone_valid("+49 30 901820", "https://x.de/") and not pii_blind6.phone_valid("+49 1", "https://x.de/")


def test_generator_reproduces_the_committed_file():
    assert pii_blind6.generate()[:60] == ROWS[:60]
