"""The blind29 PII test set: row format, span checks, type mix and determinism."""

from __future__ import annotations

import copy
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind29 as B


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return B.load()


def test_row_format(rows):
    assert 1200 <= len(rows) <= 1400
    keys = {"id", "half", "register", "url", "language", "text", "spans"}
    ids = set()
    for r in rows:
        assert set(r) == keys
        assert r["half"] == "blind29" and r["id"].startswith("blind29-")
        assert r["url"].startswith("https://")
        ids.add(r["id"])
        for s in r["spans"]:
            assert set(s) == {"type", "start", "end", "text"}
    assert len(ids) == len(rows)


def test_check_rows_accepts_committed(rows):
    B.check_rows(rows)


def _row(text: str, typ: str, value: str, lang: str = "en") -> dict:
    i = text.index(value)
    return {
        "id": "x",
        "half": "blind29",
        "register": "t",
        "url": "https://x.test",
        "language": lang,
        "text": text,
        "spans": [{"type": typ, "start": i, "end": i + len(value), "text": value}],
    }


@pytest.mark.parametrize(
    "text,typ,value",
    [
        ("SSN: 912-70-1234", "US_SSN", "912-70-1234"),
        ("SSN: 666-12-3456", "US_SSN", "666-12-3456"),
        ("SSN: 123-00-4567", "US_SSN", "123-00-4567"),
        ("card 4111 1111 1111 1112", "CREDIT_CARD", "4111 1111 1111 1112"),
        ("card 9111 1111 1111 1111", "CREDIT_CARD", "9111 1111 1111 1111"),
        ("ip 127.0.0.1", "IP_ADDRESS", "127.0.0.1"),
        ("ip 0.0.0.0", "IP_ADDRESS", "0.0.0.0"),
        ("ip 300.1.1.1", "IP_ADDRESS", "300.1.1.1"),
        ("mail a@localhost", "EMAIL_ADDRESS", "a@localhost"),
        (
            "IBAN DE00 3702 1548 7164 8705 96",
            "IBAN_CODE",
            "DE00 3702 1548 7164 8705 96",
        ),
        ("tel 00000", "PHONE_NUMBER", "00000"),
        ("tel x030 1234567", "PHONE_NUMBER", "030 1234567"),  # glued to a letter
        ("ip 10.1.2.34", "IP_ADDRESS", "10.1.2.3"),  # glued to a digit
    ],
)
def test_check_rows_rejects_bad_spans(text, typ, value):
    with pytest.raises(AssertionError):
        B.check_rows([_row(text, typ, value)])


def test_check_rows_rejects_mismatch_and_overlap(rows):
    r = copy.deepcopy(next(r for r in rows if len(r["spans"]) >= 2))
    r["spans"][0]["end"] += 1
    with pytest.raises(AssertionError):
        B.check_rows([r])
    r = copy.deepcopy(next(r for r in rows if len(r["spans"]) >= 2))
    r["spans"][1] = dict(r["spans"][0])
    with pytest.raises(AssertionError):
        B.check_rows([r])


def test_type_mix_floors(rows):
    c = Counter(s["type"] for r in rows for s in r["spans"])
    tot = sum(c.values())
    assert c["PHONE_NUMBER"] / tot >= 0.35
    assert c["IP_ADDRESS"] / tot >= 0.15
    assert c["US_SSN"] / tot >= 0.09
    assert c["CREDIT_CARD"] / tot >= 0.05
    assert c["EMAIL_ADDRESS"] / tot >= 0.07
    assert c["IBAN_CODE"] / tot >= 0.03
    regs = Counter(r["register"] for r in rows)
    assert len(regs) == 30 and max(regs.values()) <= 50
    langs = {r["language"] for r in rows}
    assert len(langs) >= 21


def test_committed_equals_fresh_generate(rows):
    fresh = B.generate()
    assert [json.dumps(r, ensure_ascii=False) for r in fresh] == [
        json.dumps(r, ensure_ascii=False) for r in rows
    ]
