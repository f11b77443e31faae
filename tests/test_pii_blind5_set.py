"""The committed blind5 PII set is well-formed gold: it checks the file, never runs the PII step."""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import pii_blind5

TYPES = {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}


def test_every_row_passes_the_gold_checks():
    rows = pii_blind5.load()
    assert len(rows) == pii_blind5.N_DOCS
    assert [r["id"] for r in rows] == [f"blind5-{i}" for i in range(len(rows))]
    problems = {r["id"]: p for r in rows if (p := pii_blind5.check_row(r))}
    assert problems == {}
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind5" and row["spans"]
        assert {s["type"] for s in row["spans"]} <= TYPES


def test_type_mix_registers_and_languages_as_the_docstring_says():
    rows = pii_blind5.load()
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    assert types["PHONE_NUMBER"] / total >= 0.35
    for kind in ("US_SSN", "CREDIT_CARD", "IBAN_CODE"):
        assert types[kind] / total >= 0.10, kind
    assert len({r["register"] for r in rows}) >= 25
    assert len({r["language"] for r in rows}) >= 20


def test_the_checks_catch_bad_gold():
    text = "SSN 666-12-3456, card 4111 1111 1111 1112, ip 127.0.0.1, IBAN DE00370400440532013000"
    spans = [{"type": t, "start": text.index(v), "end": text.index(v) + len(v), "text": v} for t, v in
             [("US_SSN", "666-12-3456"), ("CREDIT_CARD", "4111 1111 1111 1112"), ("IP_ADDRESS", "127.0.0.1"),
              ("IBAN_CODE", "DE00370400440532013000")]]
    problems = pii_blind5.check_row({"url": "https://x.com/", "text": text, "spans": spans})
    assert [p.split(" ")[0] + " " + p.split(" ")[1] for p in problems] == [
        "invalid ssn", "invalid card", "invalid ip", "invalid iban"]
    unlabelled = "pay 4111 1111 1111 1111 now"
    assert pii_blind5.check_row({"url": "https://x.com/", "text": unlabelled, "spans": []}) == [
        "unlabelled '4111 1111 1111 1111'"]


def test_the_committed_file_is_what_the_generator_writes():
    rows, _ = pii_blind5.generate(60)
    assert rows == pii_blind5.load()[:60]
