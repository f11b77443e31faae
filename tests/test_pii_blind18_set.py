"""Integrity of the committed blind18 PII test set (benchmarks/data/pii_blind18.jsonl): row format,
gold spans checked as on writing, and the weights its brief asked for. The PII step is not run."""

from collections import Counter

import pytest

from benchmarks.pii_blind18 import PATH, load
from benchmarks.pii_blind18_checks import TYPES, check_row, phone_valid
from benchmarks.pii_blind18_values import card_valid, iban_valid, ip_valid, ssn_valid


@pytest.fixture(scope="module")
def rows():
    if not PATH.exists():
        pytest.fail(f"{PATH} missing; rebuild with: python benchmarks/pii_blind18.py --write-set")
    return load()


def test_row_format(rows):
    assert len(rows) >= 1000
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert r["half"] == "blind18" and r["id"].startswith("blind18-")
        assert len(r["language"]) == 2 and r["url"].startswith("https://")
        assert all(s["type"] in TYPES for s in r["spans"])


def test_every_row_passes_the_gold_checks(rows):
    errors = [e for r in rows for e in check_row(r)]
    assert errors == [], errors[:10]


def test_weights_registers_and_languages(rows):
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    assert types["US_SSN"] / total >= 0.15 and types["CREDIT_CARD"] / total >= 0.14
    assert types["PHONE_NUMBER"] / total >= 0.28 and types["IP_ADDRESS"] / total >= 0.12
    assert types["EMAIL_ADDRESS"] / total >= 0.12 and types["IBAN_CODE"] > 0
    registers = Counter(r["register"] for r in rows)
    assert len(registers) >= 25 and max(registers.values()) <= 60
    languages = Counter(r["language"] for r in rows)
    assert len(languages) >= 20 and languages["en"] < len(rows) / 2


@pytest.mark.parametrize("text, ok", [("+49 30 901820", True), ("+49 12", False), ("1-800-FLOWERS", False),
                                      ("+44 20 7946 0958 ext. 12", True), ("＋８１ ３ １２３４ ５６７８", True)])
def test_phone_check_tells_valid_from_invalid(text, ok):
    assert phone_valid(text) is ok


def test_value_checks_reject_the_span_rules_exclusions():
    assert card_valid("4111 1111 1111 1111") and not card_valid("4111 1111 1111 1112")
    assert not card_valid("356938035643809")  # an IMEI: Luhn-valid, no card brand at 15 digits
    assert iban_valid("DE89 3704 0044 0532 0130 00") and not iban_valid("DE88 3704 0044 0532 0130 00")
    assert ip_valid("10.0.0.7") and ip_valid("fe80::1") and not ip_valid("127.0.0.1")
    assert not ip_valid("255.255.255.0") and not ip_valid("0.0.0.0") and not ip_valid("::1")
    assert ssn_valid("123-45-6789") and not ssn_valid("912-70-1234") and not ssn_valid("666-12-3456")
    assert not ssn_valid("123-00-4567") and not ssn_valid("123-45-0000")
