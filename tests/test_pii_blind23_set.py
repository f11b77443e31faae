"""Integrity of the committed blind23 PII set (benchmarks/data/pii_blind23.jsonl); no PII step here."""

from __future__ import annotations

import ipaddress
from collections import Counter

import phonenumbers

from benchmarks.pii_blind23 import load
from benchmarks.pii_blind23_values import REGIONS, ascii_digits, strip_ext

TYPES = {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}


def _luhn(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _brand(d: str) -> bool:
    n, p2, p4 = len(d), int(d[:2]), int(d[:4])
    return ((d[0] == "4" and n in (13, 16, 19)) or (51 <= p2 <= 55 and n == 16) or (2221 <= p4 <= 2720 and n == 16)
            or (p2 in (34, 37) and n == 15) or ((d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649) and n == 16)
            or (3528 <= p4 <= 3589 and n in (16, 17, 18, 19)) or ((p2 in (36, 38) or 300 <= int(d[:3]) <= 305) and n == 14)
            or (p2 == 62 and 16 <= n <= 19) or (2200 <= p4 <= 2204 and n == 16))


def _iban(v: str) -> bool:
    s = v.replace(" ", "").upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _phone(v: str) -> bool:
    base = ascii_digits(strip_ext(v)).replace("\u00a0", " ")
    for reg in ["ZZ"] + REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(base, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def test_rows_and_spans_hold_the_rules():
    rows = load()
    assert len(rows) >= 1000
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["half"] == "blind23" and row["url"] and row["language"]
        text, end = row["text"], 0
        for s in sorted(row["spans"], key=lambda s: s["start"]):
            v = s["text"]
            assert s["type"] in TYPES
            assert text[s["start"]:s["end"]] == v and v == v.strip()
            assert s["start"] >= end, (row["id"], s)
            end = s["end"]
            for c in (text[s["start"] - 1] if s["start"] else " ", text[s["end"]] if s["end"] < len(text) else " "):
                assert not (c.isascii() and c.isalnum()), (row["id"], s)
            if s["type"] == "PHONE_NUMBER":
                assert _phone(v), v
            elif s["type"] == "CREDIT_CARD":
                d = "".join(c for c in v if c.isdigit())
                assert _luhn(d) and _brand(d), v
            elif s["type"] == "IBAN_CODE":
                assert _iban(v), v
            elif s["type"] == "IP_ADDRESS":
                ip = ipaddress.ip_address(v)
                assert not (ip.is_loopback or ip.is_unspecified or v.startswith("255.") or ip.is_multicast), v
            elif s["type"] == "US_SSN":
                d = "".join(c for c in v if c.isdigit())
                assert len(d) == 9 and 0 < int(d[:3]) < 900 and d[:3] != "666" and d[3:5] != "00" and d[5:] != "0000", v
            else:
                local, _, dom = v.partition("@")
                assert local and "." in dom and v.count("@") == 1, v


def test_mix_registers_and_languages():
    rows = load()
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    floors = {"PHONE_NUMBER": 0.28, "EMAIL_ADDRESS": 0.12, "IP_ADDRESS": 0.12, "US_SSN": 0.14, "CREDIT_CARD": 0.12,
              "IBAN_CODE": 0.05}
    for kind, floor in floors.items():
        assert types[kind] / total >= floor, (kind, types[kind] / total)
    registers = Counter(r["register"] for r in rows)
    assert len(registers) >= 25 and max(registers.values()) <= 50
    languages = Counter(r["language"] for r in rows)
    assert len(languages) >= 20
    assert sum(n for lang, n in languages.items() if lang != "en") * 2 >= len(rows)
