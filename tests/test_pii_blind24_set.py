"""The committed blind24 PII set is intact: the generator's own integrity checks pass on every row."""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import pii_blind24


def test_rows_have_the_row_format():
    rows = pii_blind24.load()
    assert len(rows) >= 700
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind24" and row["id"].startswith("blind24-")
    assert len({row["id"] for row in rows}) == len(rows)


def test_spans_are_exact_valid_and_unglued():
    pii_blind24.check_rows(pii_blind24.load())


def test_check_rows_rejects_bad_spans():
    row = {"id": "x", "text": "SSN 666-12-3456 card 4111 1111 1111 1112", "spans": []}
    for start, end, kind in ((4, 15, "US_SSN"), (21, 40, "CREDIT_CARD")):
        bad = dict(row, spans=[{"type": kind, "start": start, "end": end, "text": row["text"][start:end]}])
        try:
            pii_blind24.check_rows([bad])
        except AssertionError:
            continue
        raise AssertionError(f"{kind} span accepted")


def test_type_mix_and_register_caps():
    rows = pii_blind24.load()
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    floors = {"PHONE_NUMBER": 0.28, "EMAIL_ADDRESS": 0.12, "IP_ADDRESS": 0.12, "US_SSN": 0.14,
              "CREDIT_CARD": 0.12, "IBAN_CODE": 0.05}
    for kind, floor in floors.items():
        assert types[kind] / total >= floor, kind
    assert max(Counter(r["register"] for r in rows).values()) <= 50
    assert len({r["language"] for r in rows}) >= 20
