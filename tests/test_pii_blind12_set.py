"""The committed twelfth blind PII set: gold spans that hold up (no PII step is run here)."""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind12

ROWS = pii_blind12.load()


def test_every_row_passes_the_checks_on_writing():
    bad = {row["id"]: pii_blind12.check_row(row) for row in ROWS if pii_blind12.check_row(row)}
    assert bad == {}


def test_rows_have_the_format_and_unique_ids():
    assert len(ROWS) >= 1200
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    for row in ROWS:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}
        assert row["half"] == "blind12" and row["id"].startswith("blind12-")
        assert len(row["language"]) == 2 and row["url"].startswith("https://")


def test_type_weights_registers_and_languages():
    spans = Counter(s["type"] for row in ROWS for s in row["spans"])
    total = sum(spans.values())
    assert spans["US_SSN"] / total >= 0.18
    assert spans["CREDIT_CARD"] / total >= 0.15
    assert spans["IP_ADDRESS"] / total >= 0.15
    assert spans["PHONE_NUMBER"] / total >= 0.30
    registers = Counter(row["register"] for row in ROWS)
    assert len(registers) >= 25 and max(registers.values()) <= 60
    languages = Counter(row["language"] for row in ROWS)
    assert len(languages) >= 20
    assert sum(n for lang, n in languages.items() if lang != "en") >= len(ROWS) / 2


def test_the_checks_catch_what_they_are_for():
    row = {"text": "Tel: +49 30 1234567, card 4111 1111 1111 1111, SSN 666-12-3456, ip 255.255.255.0\n", "spans": []}
    problems = pii_blind12.check_row(row)
    assert any("unlabelled Luhn-valid card" in p for p in problems)
    row["spans"] = [{"type": "US_SSN", "start": 51, "end": 62, "text": "666-12-3456"},
                    {"type": "IP_ADDRESS", "start": 67, "end": 80, "text": "255.255.255.0"},
                    {"type": "PHONE_NUMBER", "start": 4, "end": 15, "text": "+49 30 1234"}]
    row["spans"].sort(key=lambda s: s["start"])
    problems = " ".join(pii_blind12.check_row(row))
    assert "SSN outside the issued range" in problems
    assert "excluded class" in problems
    assert "glued" in problems  # "+49 30 1234" stops inside a digit run


def test_the_generator_reproduces_the_committed_file():
    assert pii_blind12.generate() == ROWS
