"""The blind26 PII test set: row format, span checks, type mix and determinism."""

import copy
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import pii_blind26 as b

TYPES = {"PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}


@pytest.fixture(scope="module")
def rows():
    return b.load()


def test_row_format(rows):
    assert 1200 <= len(rows) <= 1400
    for i, row in enumerate(rows, 1):
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["id"] == f"blind26-{i:05d}" and row["half"] == "blind26"
        assert row["url"].startswith("https://")
        for sp in row["spans"]:
            assert set(sp) == {"type", "start", "end", "text"} and sp["type"] in TYPES


def test_check_rows_accepts_committed(rows):
    b.check_rows(rows)


def _bad(rows, typ, new):
    for row in rows:
        for k, sp in enumerate(row["spans"]):
            if sp["type"] == typ:
                row = copy.deepcopy(row)
                text = row["text"][:sp["start"]] + new + row["text"][sp["end"]:]
                row["text"] = text
                row["spans"] = [dict(sp, end=sp["start"] + len(new), text=new)]
                return [row]
    raise AssertionError(typ)


@pytest.mark.parametrize("typ,new", [
    ("US_SSN", "666-12-3456"), ("US_SSN", "912-70-1234"), ("US_SSN", "123-00-4567"),
    ("CREDIT_CARD", "4111 1111 1111 1112"), ("CREDIT_CARD", "9111 1111 1111 1111"),
    ("IBAN_CODE", "DE00 1234 5678 9012 3456 78"), ("IP_ADDRESS", "127.0.0.1"), ("IP_ADDRESS", "255.255.255.0"),
    ("IP_ADDRESS", "1.3.6.1.4.1"), ("EMAIL_ADDRESS", "name at example dot com"), ("PHONE_NUMBER", "000 000 000"),
])
def test_check_rows_rejects_invalid(rows, typ, new):
    with pytest.raises(AssertionError):
        b.check_rows(_bad(rows, typ, new))


def test_check_rows_rejects_glued_and_shifted(rows):
    row = copy.deepcopy(next(r for r in rows if r["spans"]))
    sp = row["spans"][0]
    row["text"] = row["text"][:sp["end"]] + "7" + row["text"][sp["end"]:]
    with pytest.raises(AssertionError):
        b.check_rows([row])
    row = copy.deepcopy(next(r for r in rows if r["spans"]))
    row["spans"][0]["start"] += 1
    with pytest.raises(AssertionError):
        b.check_rows([row])


def test_type_mix_floors(rows):
    c = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(c.values())
    assert c["PHONE_NUMBER"] / total >= 0.25
    assert c["IP_ADDRESS"] / total >= 0.10
    for t in ("CREDIT_CARD", "EMAIL_ADDRESS", "US_SSN"):
        assert c[t] / total >= 0.06, t
    assert c["IBAN_CODE"] / total >= 0.03
    assert len({r["register"] for r in rows}) >= 30
    langs = {r["language"] for r in rows}
    assert len(langs) >= 20
    assert max(Counter(r["register"] for r in rows).values()) <= 50


def test_committed_equals_generate(rows):
    assert b.generate() == rows
