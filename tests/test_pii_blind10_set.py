"""The tenth blind PII set (benchmarks/data/pii_blind10.jsonl) is sound gold: every span is the text
it claims and a valid value of its type, nothing a scrubber must find (a brand card number, a
compact IBAN) stands unlabelled, the type mix and spread are what benchmarks/pii_blind10.py
promises, and the generator rewrites the committed file exactly. The PII step is not run here (the
lead scores the set once, by pii_eval)."""

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import pii_blind10


@pytest.fixture(scope="module")
def rows():
    return pii_blind10.load()


def test_every_row_has_the_format_and_sound_gold(rows):
    assert len(rows) >= 1200
    assert [r["id"] for r in rows] == [f"blind10-{i}" for i in range(len(rows))]
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind10"
        assert pii_blind10.check_row(row) == [], row["id"]


def test_type_mix_languages_and_registers(rows):
    types = Counter(sp["type"] for r in rows for sp in r["spans"])
    total = sum(types.values())
    assert types["US_SSN"] / total >= 0.18
    assert types["CREDIT_CARD"] / total >= 0.15
    assert types["IP_ADDRESS"] / total >= 0.12
    assert types["PHONE_NUMBER"] / total >= 0.30
    assert types["IBAN_CODE"] > 100 and types["EMAIL_ADDRESS"] > 300
    langs = Counter(r["language"] for r in rows)
    assert len(langs) >= 20
    assert sum(n for lang, n in langs.items() if lang != "en") >= len(rows) / 2
    assert len({r["register"] for r in rows}) >= 25


def test_check_row_catches_broken_gold(rows):
    def unbroken_card(span):
        return span["type"] == "CREDIT_CARD" and span["text"].isdigit()

    row = json.loads(json.dumps(next(r for r in rows if any(unbroken_card(s) for s in r["spans"]))))
    row["spans"] = [s for s in row["spans"] if not unbroken_card(s)]
    assert any("unlabelled card" in p for p in pii_blind10.check_row(row))
    first = row["spans"][0]
    shifted = dict(first, start=first["start"] + 1)
    assert any("mismatch" in p for p in pii_blind10.check_row(dict(row, spans=[shifted])))
    for typ, bad in [("US_SSN", "666-12-3456"), ("US_SSN", "123-00-4567"), ("US_SSN", "912-70-1234"),
                     ("IP_ADDRESS", "255.255.255.0"), ("IP_ADDRESS", "127.0.0.1"), ("IP_ADDRESS", "0.0.0.255"),
                     ("CREDIT_CARD", "4111 1111 1111 1112"), ("CREDIT_CARD", "9111 1111 1111 1113"),
                     ("IBAN_CODE", "DE00500105175407324931"), ("EMAIL_ADDRESS", "name (at) example.org"),
                     ("PHONE_NUMBER", "+49 12")]:
        assert not pii_blind10.value_ok(typ, bad), (typ, bad)
    for typ, good in [("US_SSN", "123-45-6789"), ("IP_ADDRESS", "192.168.1.20"), ("CREDIT_CARD", "4111 1111 1111 1111"),
                      ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"), ("PHONE_NUMBER", "+49 30 901820 Durchwahl 12")]:
        assert pii_blind10.value_ok(typ, good), (typ, good)


def test_generator_rewrites_the_committed_file(rows):
    assert pii_blind10.generate() == rows
