"""Integrity of the committed blind22 PII set (no PII step is run here: the set is held back)."""
import json
from collections import Counter

from benchmarks import pii_blind22

TYPES = {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}


def test_rows_have_the_set_format_and_valid_spans():
    rows = pii_blind22.load()
    assert len(rows) >= 700
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind22" and len(row["language"]) == 2
        assert {s["type"] for s in row["spans"]} <= TYPES
        pii_blind22.check_row(row)  # span text, overlaps, glued spans, per-type validity


def test_checks_reject_values_outside_the_span_rules():
    assert not pii_blind22.ip_ok("127.0.0.1") and not pii_blind22.ip_ok("255.255.255.0")
    assert not pii_blind22.ip_ok("0.0.0.0") and pii_blind22.ip_ok("192.168.4.20")
    assert not pii_blind22.ssn_ok("912-78-1234") and not pii_blind22.ssn_ok("666-12-3456")
    assert not pii_blind22.ssn_ok("123-00-4567") and pii_blind22.ssn_ok("123 45 6789")
    assert pii_blind22.card_ok("4111 1111 1111 1111") and not pii_blind22.card_ok("4111 1111 1111 1112")
    assert not pii_blind22.card_ok("9111111111111111")  # no card brand starts with 9
    assert pii_blind22.iban_ok("de89 3704 0044 0532 0130 00") and not pii_blind22.iban_ok("DE88370400440532013000")
    assert pii_blind22.phone_ok("+49 30 901820") and not pii_blind22.phone_ok("+49 12")
    row = {"id": "x", "text": "SSN123-45-6789", "spans": [{"type": "US_SSN", "start": 3, "end": 14, "text": "123-45-6789"}]}
    try:
        pii_blind22.check_row(row)
    except AssertionError:
        pass
    else:
        raise AssertionError("a span glued to a letter was accepted")


def test_weights_registers_and_languages():
    rows = pii_blind22.load()
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    floors = {"US_SSN": 0.15, "CREDIT_CARD": 0.12, "IP_ADDRESS": 0.12, "PHONE_NUMBER": 0.28,
              "EMAIL_ADDRESS": 0.12, "IBAN_CODE": 0.05}
    for kind, floor in floors.items():
        assert types[kind] / total >= floor, (kind, types[kind] / total)
    registers = Counter(r["register"] for r in rows)
    assert len(registers) >= 25 and max(registers.values()) <= 50
    languages = Counter(r["language"] for r in rows)
    assert len(languages) >= 20 and languages["en"] < len(rows) / 2


def test_the_committed_file_is_what_the_generator_writes():
    rows = pii_blind22.generate()
    committed = pii_blind22.DATA.read_text(encoding="utf-8")
    assert committed == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
