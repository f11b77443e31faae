"""The blind34 PII test set: row format, span checks, type mix, determinism (no PII step is run)."""

from __future__ import annotations

import copy
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pii_blind34 as blind

KEYS = {"id", "half", "register", "url", "language", "text", "spans"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return blind.load()


def _row(text: str, spans: list[tuple[str, str]], language: str = "en") -> dict:
    out = []
    for kind, value in spans:
        start = text.index(value)
        out.append({"type": kind, "start": start, "end": start + len(value), "text": value})
    return {"id": "t", "half": "blind34", "register": "t", "url": "https://x.example", "language": language,
            "text": text, "spans": out}


def test_row_format(rows):
    assert 1200 <= len(rows) <= 1400
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert set(r) == KEYS
        assert r["half"] == "blind34" and r["id"].startswith("blind34-")
        assert r["url"].startswith("https://")
        for s in r["spans"]:
            assert set(s) == {"type", "start", "end", "text"}


def test_committed_rows_pass_checks(rows):
    blind.check_rows(rows)


def test_file_equals_fresh_generate(rows):
    assert blind.DATA.read_text(encoding="utf-8") == "".join(
        json.dumps(r, ensure_ascii=False) + "\n" for r in blind.generate())


def test_type_mix_registers_languages(rows):
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    floors = {"PHONE_NUMBER": 0.30, "IP_ADDRESS": 0.12, "EMAIL_ADDRESS": 0.10, "CREDIT_CARD": 0.09,
              "US_SSN": 0.09, "IBAN_CODE": 0.09}
    for kind, floor in floors.items():
        assert types[kind] / total >= floor, (kind, types[kind], total)
    registers = Counter(r["register"] for r in rows)
    assert len(registers) >= 28 and max(registers.values()) <= 50
    langs = {r["language"] for r in rows}
    assert len(langs) >= 20
    non_latin = {"ka", "hy", "el", "ru", "ur", "fa", "bg", "uk", "mn", "ja", "pa", "ne", "th", "ko", "km"}
    assert len(langs & non_latin) >= 10


@pytest.mark.parametrize("text,spans,language", [
    ("SSN: 923-45-6789 on file", [("US_SSN", "923-45-6789")], "en"),  # ITIN area
    ("SSN: 666-45-6789 on file", [("US_SSN", "666-45-6789")], "en"),
    ("SSN: 123-00-6789 on file", [("US_SSN", "123-00-6789")], "en"),
    ("SSN: 123-45-0000 on file", [("US_SSN", "123-45-0000")], "en"),
    ("Reference 123456789 only", [("US_SSN", "123456789")], "en"),  # unmarked plain 9 digits
    ("card 4111 1111 1111 1112 ok", [("CREDIT_CARD", "4111 1111 1111 1112")], "en"),  # Luhn-invalid
    ("card 9111 1111 1111 1111 ok", [("CREDIT_CARD", "9111 1111 1111 1111")], "en"),  # no brand
    ("IBAN DE00 3704 0044 0532 0130 00", [("IBAN_CODE", "DE00 3704 0044 0532 0130 00")], "de"),
    ("host 127.0.0.1 up", [("IP_ADDRESS", "127.0.0.1")], "en"),
    ("mask 255.255.255.0 set", [("IP_ADDRESS", "255.255.255.0")], "en"),
    ("v 1.2.3.456 build", [("IP_ADDRESS", "1.2.3.456")], "en"),
    ("mail ops at acme dot com", [("EMAIL_ADDRESS", "ops at acme dot com")], "en"),
    ("mail root@localhost now", [("EMAIL_ADDRESS", "root@localhost")], "en"),
    ("Tel. 12345 please", [("PHONE_NUMBER", "12345")], "de"),
    ("Tel.0301234567x", [("PHONE_NUMBER", "0301234567")], "de"),  # glued to a letter
    ("call +49 30 1234567.", [("PHONE_NUMBER", "+49 30 1234567.")], "de"),  # trailing punctuation
    ("a 4111111111111111", [("FOO", "4111111111111111")], "en"),
])
def test_check_rows_rejects(text, spans, language):
    with pytest.raises(AssertionError):
        blind.check_rows([_row(text, spans, language)])


def test_check_rows_rejects_overlap_and_mismatch(rows):
    row = copy.deepcopy(next(r for r in rows if len(r["spans"]) >= 2))
    row["spans"][1]["start"] = row["spans"][0]["start"]
    with pytest.raises(AssertionError):
        blind.check_rows([row])
    row = copy.deepcopy(next(r for r in rows if r["spans"]))
    row["spans"][0]["end"] += 1
    with pytest.raises(AssertionError):
        blind.check_rows([row])


def test_check_rows_accepts_good_values():
    blind.check_rows([_row("SSN 123-45-6789; card 4111 1111 1111 1111; call (212) 736-4400 ext. 4;"
                           " mail a.b@example.com; ip 8.8.4.4 and 2001:db8::1; IBAN DE89 3704 0044 0532 0130 00",
                           [("US_SSN", "123-45-6789"), ("CREDIT_CARD", "4111 1111 1111 1111"),
                            ("PHONE_NUMBER", "(212) 736-4400 ext. 4"), ("EMAIL_ADDRESS", "a.b@example.com"),
                            ("IP_ADDRESS", "8.8.4.4"), ("IP_ADDRESS", "2001:db8::1"),
                            ("IBAN_CODE", "DE89 3704 0044 0532 0130 00")])])
