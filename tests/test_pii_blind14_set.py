"""The committed fourteenth blind PII set is sound gold: offsets, no overlaps, valid values (no PII step)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind14
from pii_blind14_values import check_row


def test_every_row_passes_the_gold_checks():
    rows = pii_blind14.load()
    assert len(rows) >= 1200
    bad = {r["id"]: check_row(r) for r in rows if check_row(r)}
    assert bad == {}


def test_row_format_and_type_weights():
    rows = pii_blind14.load()
    keys = {"id", "half", "register", "url", "language", "text", "spans"}
    assert all(set(r) == keys and r["half"] == "blind14" for r in rows)
    counts: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    total = sum(counts.values())
    assert counts["US_SSN"] / total >= 0.15 and counts["CREDIT_CARD"] / total >= 0.12
    assert counts["IP_ADDRESS"] / total >= 0.12 and counts["PHONE_NUMBER"] / total >= 0.30
    assert counts["EMAIL_ADDRESS"] / total >= 0.12
    per_register: dict[str, int] = {}
    for r in rows:
        per_register[r["register"]] = per_register.get(r["register"], 0) + 1
    assert len(per_register) >= 25 and max(per_register.values()) <= 60
    assert sum(r["language"] != "en" for r in rows) >= len(rows) / 2


def test_the_check_catches_bad_gold():
    row = {"id": "x", "half": "blind14", "register": "r", "url": "", "language": "en",
           "text": "Card 4111 1111 1111 1112, SSN 666-12-3456, IP 127.0.0.1",
           "spans": [{"type": "CREDIT_CARD", "start": 5, "end": 24, "text": "4111 1111 1111 1112"},
                     {"type": "US_SSN", "start": 30, "end": 41, "text": "666-12-3456"},
                     {"type": "IP_ADDRESS", "start": 46, "end": 55, "text": "127.0.0.1"}]}
    problems = check_row(row)
    assert any(p.startswith("card") for p in problems)
    assert any(p.startswith("ssn") for p in problems)
    assert any(p.startswith("ip") for p in problems)
    unlabelled = dict(row, text="pay 4111 1111 1111 1111 now", spans=[])
    assert check_row(unlabelled) == ["unlabelled card 4111 1111 1111 1111"]


def test_generation_is_deterministic_for_a_sample():
    rows = pii_blind14.load()
    plan = pii_blind14.plan()
    for n in (0, 333, 777, len(plan) - 1):
        assert pii_blind14.make_row(n, plan[n]) == rows[n]
