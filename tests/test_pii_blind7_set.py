"""Integrity of the committed seventh blind PII set (benchmarks/data/pii_blind7.jsonl); no PII step runs."""

import copy
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import pii_blind7

ROWS = pii_blind7.load()


def test_every_row_passes_the_gold_checks():
    bad = {row["id"]: pii_blind7.check_row(row) for row in ROWS}
    assert {k: v for k, v in bad.items() if v} == {}


def test_size_mix_and_spread():
    assert 1200 <= len(ROWS) <= 1500
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    assert {r["half"] for r in ROWS} == {"blind7"}
    types = Counter(s["type"] for r in ROWS for s in r["spans"])
    total = sum(types.values())
    assert set(types) == {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}
    assert types["PHONE_NUMBER"] / total >= 0.35
    for kind in ("US_SSN", "CREDIT_CARD", "IBAN_CODE"):
        assert types[kind] / total >= 0.10, kind
    assert len({r["register"] for r in ROWS}) >= 25
    assert len({r["language"] for r in ROWS}) >= 20
    assert sum(r["language"] != "en" for r in ROWS) >= len(ROWS) / 2
    assert len(pii_blind7.phone_regions(ROWS)) >= 60


@pytest.mark.parametrize("damage", ["shift", "luhn", "ssn_area", "iban_check", "loopback", "unlabelled_card"])
def test_checks_catch_damaged_gold(damage):
    row = copy.deepcopy(next(r for r in ROWS if {"CREDIT_CARD", "US_SSN"} & {s["type"] for s in r["spans"]}
                             or damage in ("iban_check", "loopback", "shift")))
    if damage == "shift":
        row["spans"][0]["start"] += 1
    elif damage in ("luhn", "unlabelled_card"):
        row = copy.deepcopy(next(r for r in ROWS if any(s["type"] == "CREDIT_CARD" for s in r["spans"])))
        span = next(s for s in row["spans"] if s["type"] == "CREDIT_CARD")
        if damage == "unlabelled_card":
            row["spans"].remove(span)
        else:
            last = str((int(span["text"][-1]) + 1) % 10)
            span["text"] = span["text"][:-1] + last
            row["text"] = row["text"][:span["end"] - 1] + last + row["text"][span["end"]:]
    elif damage == "ssn_area":
        row = copy.deepcopy(next(r for r in ROWS if any(s["type"] == "US_SSN" for s in r["spans"])))
        span = next(s for s in row["spans"] if s["type"] == "US_SSN")
        span["text"] = "666" + span["text"][3:]
        row["text"] = row["text"][:span["start"]] + "666" + row["text"][span["start"] + 3:]
    elif damage == "iban_check":
        row = copy.deepcopy(next(r for r in ROWS if any(s["type"] == "IBAN_CODE" for s in r["spans"])))
        span = next(s for s in row["spans"] if s["type"] == "IBAN_CODE")
        digit = str((int(span["text"][3]) + 1) % 10)
        span["text"] = span["text"][:3] + digit + span["text"][4:]
        row["text"] = row["text"][:span["start"] + 3] + digit + row["text"][span["start"] + 4:]
    else:
        row = {"id": "x", "url": "https://www.x.de/a", "text": "IP 127.0.0.1 ok",
               "spans": [{"type": "IP_ADDRESS", "start": 3, "end": 12, "text": "127.0.0.1"}]}
    assert pii_blind7.check_row(row)


def test_generator_reproduces_the_committed_file():
    assert pii_blind7.generate() == ROWS
