"""Integrity of the committed blind21 PII set (no PII step is run here)."""

import json

from benchmarks import pii_blind21


def test_rows_pass_integrity_checks():
    rows = pii_blind21.load()
    assert len(rows) >= 800
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["half"] == "blind21"
        assert pii_blind21.check_row(row) == [], row["id"]


def test_weights_registers_and_languages():
    rows = pii_blind21.load()
    c = pii_blind21.counts(rows)
    total = sum(c["type"].values())
    share = {t: n / total for t, n in c["type"].items()}
    assert share["US_SSN"] >= 0.20 and share["PHONE_NUMBER"] >= 0.25
    assert share["CREDIT_CARD"] >= 0.12 and share["IP_ADDRESS"] >= 0.12 and share["EMAIL_ADDRESS"] >= 0.12
    assert share["IBAN_CODE"] >= 0.05
    assert len(c["register"]) >= 25 and max(c["register"].values()) <= 50
    assert len(c["language"]) >= 20
    assert sum(n for lang, n in c["language"].items() if lang != "en") * 2 > len(rows)


def test_checks_reject_bad_values():
    row = {"language": "en", "text": "SSN 666-12-3456 card 4111 1111 1111 1112 ip 127.0.0.1 x",
           "spans": [{"type": "US_SSN", "start": 4, "end": 15, "text": "666-12-3456"},
                     {"type": "CREDIT_CARD", "start": 21, "end": 40, "text": "4111 1111 1111 1112"},
                     {"type": "IP_ADDRESS", "start": 44, "end": 53, "text": "127.0.0.1"}]}
    assert len(pii_blind21.check_row(row)) == 3


def test_generator_reproduces_committed_file():
    rows = pii_blind21.generate()
    committed = pii_blind21.load()
    assert [json.dumps(r, ensure_ascii=False) for r in rows] == [json.dumps(r, ensure_ascii=False) for r in committed]
