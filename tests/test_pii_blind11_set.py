"""The committed eleventh blind PII set is sound: every row passes the generator's gold checks
(span text, order, borders, value validity, nothing valid left unlabelled). No PII step is run."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_blind11.py"


@pytest.fixture(scope="module")
def blind11():
    spec = importlib.util.spec_from_file_location("pii_blind11", _PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_row_passes_the_gold_checks(blind11):
    rows = blind11.load()
    assert len(rows) >= 1200
    bad = {row["id"]: blind11.check_row(row) for row in rows}
    assert {k: v for k, v in bad.items() if v} == {}


def test_row_format_and_mix(blind11):
    rows = blind11.load()
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["half"] == "blind11" and row["url"].startswith("https://") and row["text"]
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
    types = Counter(s["type"] for row in rows for s in row["spans"])
    total = sum(types.values())
    assert types["US_SSN"] / total >= 0.18 and types["CREDIT_CARD"] / total >= 0.15
    assert types["IP_ADDRESS"] / total >= 0.12 and types["PHONE_NUMBER"] / total >= 0.30
    assert len({row["register"] for row in rows}) >= 25 and len({row["language"] for row in rows}) >= 20
    assert sum(row["language"] != "en" for row in rows) >= len(rows) / 2


def test_checks_catch_broken_gold(blind11):
    row = {"text": "SSN 666-12-3456, card 4111 1111 1111 1112, tel +44 20 7946", "spans": [
        {"type": "US_SSN", "start": 4, "end": 15, "text": "666-12-3456"},
        {"type": "CREDIT_CARD", "start": 22, "end": 41, "text": "4111 1111 1111 1112"},
        {"type": "PHONE_NUMBER", "start": 47, "end": 58, "text": "+44 20 7946"}]}
    assert len(blind11.check_row(row)) == 3
    unlabelled = {"text": "pay with 4111111111111111 or DE89370400440532013000", "spans": []}
    assert len(blind11.check_row(unlabelled)) == 2


def test_generation_is_deterministic(blind11):
    first = [blind11.make_doc(i, "us_union_dues_roster", "en", 0) for i in range(3)]
    assert first == [blind11.make_doc(i, "us_union_dues_roster", "en", 0) for i in range(3)]
