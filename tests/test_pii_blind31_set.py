"""The 31st blind PII set (benchmarks/pii_blind31.py): format, span checks, type mix, determinism.

Reads only the generator and its committed rows; never runs the PII step.
"""

import copy
import json

import pytest

from benchmarks import pii_blind31 as B

ROWS = B.load()
KEYS = {"id", "half", "register", "url", "language", "text", "spans"}


def _first_with(kind):
    for row in ROWS:
        for i, sp in enumerate(row["spans"]):
            if sp["type"] == kind:
                return copy.deepcopy(row), i
    raise AssertionError(kind)


def _replace(row, i, new):
    sp = row["spans"][i]
    delta = len(new) - (sp["end"] - sp["start"])
    row["text"] = row["text"][:sp["start"]] + new + row["text"][sp["end"]:]
    for other in row["spans"]:
        if other["start"] > sp["start"]:
            other["start"] += delta
            other["end"] += delta
    sp["end"] = sp["start"] + len(new)
    sp["text"] = new
    return row


def test_row_format():
    assert 1200 <= len(ROWS) <= 1400
    ids = [r["id"] for r in ROWS]
    assert len(set(ids)) == len(ids)
    for row in ROWS:
        assert set(row) == KEYS
        assert row["half"] == "blind31" and row["url"].startswith("https://")
        for sp in row["spans"]:
            assert set(sp) == {"type", "start", "end", "text"}


def test_committed_rows_pass_checks():
    B.check_rows(ROWS)


def test_type_mix_registers_languages():
    counts = {}
    for row in ROWS:
        for sp in row["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
    total = sum(counts.values())
    assert counts["PHONE_NUMBER"] / total >= 0.35
    assert counts["IP_ADDRESS"] / total >= 0.12
    assert counts["US_SSN"] / total >= 0.12
    for kind in ("EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE"):
        assert counts[kind] / total >= 0.06, kind
    regs = {r["register"] for r in ROWS}
    assert len(regs) >= 30
    assert max(sum(1 for r in ROWS if r["register"] == g) for g in regs) <= 50
    langs = {r["language"] for r in ROWS}
    assert len(langs) >= 20
    assert len(langs & {"ja", "zh", "ko", "th", "ru", "uk", "bg", "el", "ar", "he", "fa", "hi", "bn", "ur", "ka"}) >= 10


@pytest.mark.parametrize("kind,bad", [
    ("US_SSN", "912-70-1234"),
    ("US_SSN", "666-12-3456"),
    ("US_SSN", "123-00-4567"),
    ("CREDIT_CARD", "4111 1111 1111 1112"),
    ("IBAN_CODE", "DE00370400440532013000"),
    ("IP_ADDRESS", "127.0.0.1"),
    ("EMAIL_ADDRESS", "name at example dot com"),
    ("PHONE_NUMBER", "12"),
])
def test_check_rows_rejects_invalid(kind, bad):
    row, i = _first_with(kind)
    with pytest.raises(AssertionError):
        B.check_rows([_replace(row, i, bad)])


def test_check_rows_rejects_offsets_glue_overlap():
    row, i = _first_with("EMAIL_ADDRESS")
    row["spans"][i]["start"] += 1
    with pytest.raises(AssertionError):
        B.check_rows([row])
    row, i = _first_with("PHONE_NUMBER")
    sp = row["spans"][i]
    row["text"] = row["text"][:sp["end"]] + "7" + row["text"][sp["end"]:]
    for other in row["spans"]:
        if other["start"] > sp["start"]:
            other["start"] += 1
            other["end"] += 1
    with pytest.raises(AssertionError, match="glued"):
        B.check_rows([row])
    row, i = _first_with("PHONE_NUMBER")
    row["spans"].append(dict(row["spans"][i]))
    with pytest.raises(AssertionError, match="overlap"):
        B.check_rows([row])


def test_committed_file_is_fresh_generate():
    fresh = B._dump(B.generate())
    assert fresh == B.DATA.read_text(encoding="utf-8")
    assert json.loads(fresh.splitlines()[0])["id"] == "blind31-00001"
