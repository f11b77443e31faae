"""Integrity of the committed nineteenth blind PII set (benchmarks/data/pii_blind19.jsonl); no PII step runs."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind19
from pii_blind19_values import check_row, value_ok

TYPES = {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}


@pytest.fixture(scope="module")
def rows():
    return pii_blind19.load()


def test_rows_have_the_set_format(rows):
    assert len(rows) >= 800
    assert [r["id"] for r in rows] == [f"blind19-{i}" for i in range(len(rows))]
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind19" and len(row["language"]) == 2
        assert {s["type"] for s in row["spans"]} <= TYPES


def test_every_row_passes_the_gold_checks(rows):
    bad = {row["id"]: check_row(row) for row in rows if check_row(row)}
    assert bad == {}


def test_registers_are_capped_and_types_weighted(rows):
    per_register: dict[str, int] = {}
    per_type: dict[str, int] = {}
    for row in rows:
        per_register[row["register"]] = per_register.get(row["register"], 0) + 1
        for s in row["spans"]:
            per_type[s["type"]] = per_type.get(s["type"], 0) + 1
    total = sum(per_type.values())
    assert len(per_register) >= 25 and max(per_register.values()) <= 50
    assert per_type["PHONE_NUMBER"] / total >= 0.30
    assert per_type["US_SSN"] / total >= 0.12 and per_type["CREDIT_CARD"] / total >= 0.12
    assert per_type["EMAIL_ADDRESS"] / total >= 0.15 and per_type["IP_ADDRESS"] / total >= 0.12
    assert per_type["IBAN_CODE"] / total >= 0.05
    assert sum(1 for r in rows if r["language"] != "en") * 2 >= len(rows)


def test_checks_reject_what_the_span_rules_exclude():
    for typ, text in [("IP_ADDRESS", "127.0.0.1"), ("IP_ADDRESS", "255.255.255.0"), ("IP_ADDRESS", "::"),
                      ("US_SSN", "912-70-1234"), ("US_SSN", "666-12-3456"), ("US_SSN", "123-00-4567"),
                      ("CREDIT_CARD", "4111 1111 1111 1112"), ("IBAN_CODE", "DE00 1234 5678 9012 3456 78"),
                      ("EMAIL_ADDRESS", "root@localhost"), ("PHONE_NUMBER", "1-800-FLOWERS")]:
        assert not value_ok(typ, text, "en"), text
    for typ, text in [("IP_ADDRESS", "192.168.4.20"), ("US_SSN", "123-45-6789"), ("CREDIT_CARD", "4111 1111 1111 1111"),
                      ("EMAIL_ADDRESS", "a.b@example.org"), ("PHONE_NUMBER", "+49 30 901820")]:
        assert value_ok(typ, text, "de"), text


def test_committed_file_is_what_the_generator_writes(rows):
    assert pii_blind19.generate() == rows
