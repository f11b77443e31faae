"""The blind33 PII set: row format, span checks, type mix floors, determinism."""

from __future__ import annotations

import copy

import pytest

from benchmarks import pii_blind33 as b33


@pytest.fixture(scope="module")
def rows():
    return b33.load()


def _first_with(rows, typ):
    for row in rows:
        for i, sp in enumerate(row["spans"]):
            if sp["type"] == typ:
                return copy.deepcopy(row), i
    raise AssertionError(typ)


def test_row_format(rows):
    assert 1100 <= len(rows) <= 1500
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert r["half"] == "blind33" and r["id"].startswith("blind33-")
        assert r["url"].startswith("https://") and r["language"] and r["text"]
        for sp in r["spans"]:
            assert set(sp) == {"type", "start", "end", "text"}


def test_committed_rows_pass_checks(rows):
    b33.check_rows(rows)


def test_committed_file_equals_fresh_generate(rows):
    assert rows == b33.generate()


def test_type_mix_floors(rows):
    c = b33.counts(rows)
    total = sum(c["types"].values())
    share = {t: n / total for t, n in c["types"].items()}
    assert share["PHONE_NUMBER"] >= 0.25
    for t in ("IP_ADDRESS", "EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE"):
        assert share[t] >= 0.08, t
    assert len(c["registers"]) >= 30
    assert len(c["languages"]) >= 20
    assert max(c["registers"].values()) <= 50


def _replace(row, i, new):
    sp = row["spans"][i]
    row["text"] = row["text"][: sp["start"]] + new + row["text"][sp["end"]:]
    delta = len(new) - (sp["end"] - sp["start"])
    sp["text"] = new
    sp["end"] += delta
    for other in row["spans"][i + 1:]:
        other["start"] += delta
        other["end"] += delta
    return row


@pytest.mark.parametrize("typ,bad", [
    ("US_SSN", "666-12-3456"), ("US_SSN", "912-70-1234"), ("US_SSN", "123-00-4567"),
    ("CREDIT_CARD", "4111 1111 1111 1112"), ("CREDIT_CARD", "9111 1111 1111 1111"),
    ("IBAN_CODE", "DE00 1234 5678 9012 3456 78"), ("IP_ADDRESS", "127.0.0.1"), ("IP_ADDRESS", "999.1.1.1"),
    ("EMAIL_ADDRESS", "ops@bastion"), ("PHONE_NUMBER", "12"),
])
def test_check_rows_rejects_invalid_values(rows, typ, bad):
    row, i = _first_with(rows, typ)
    with pytest.raises(AssertionError):
        b33.check_rows([_replace(row, i, bad)])


def test_check_rows_rejects_glued_and_misaligned(rows):
    row, i = _first_with(rows, "EMAIL_ADDRESS")
    sp = row["spans"][i]
    glued = copy.deepcopy(row)
    glued["text"] = glued["text"][: sp["end"]] + "x" + glued["text"][sp["end"]:]
    with pytest.raises(AssertionError):
        b33.check_rows([glued])
    shifted = copy.deepcopy(row)
    shifted["spans"][i]["start"] += 1
    with pytest.raises(AssertionError):
        b33.check_rows([shifted])
    overl = copy.deepcopy(row)
    overl["spans"].append(dict(overl["spans"][i]))
    with pytest.raises(AssertionError):
        b33.check_rows([overl])
