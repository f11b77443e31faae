"""Integrity of the committed blind15 PII set (no PII step is run here): spans match the text, do
not overlap or glue to ASCII letters/digits, and every value is valid for its type."""

import ipaddress

import phonenumbers
from schwifty import IBAN

from benchmarks import pii_blind15 as b15


def _luhn(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def test_rows_and_spans_are_consistent():
    rows = b15.load()
    assert 800 <= len(rows) <= 1600
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["half"] == "blind15" and r["language"] and r["register"] and r["url"].startswith("https://")
        b15.check_row(r)


def test_values_independently_valid():
    for r in b15.load():
        for s in r["spans"]:
            v = s["text"]
            if s["type"] == "CREDIT_CARD":
                d = "".join(c for c in v if c.isdigit())
                assert _luhn(d) and 14 <= len(d) <= 16, v
            elif s["type"] == "IBAN_CODE":
                IBAN(v.replace(" ", "").upper())
            elif s["type"] == "IP_ADDRESS":
                a = ipaddress.ip_address(v)
                assert not (a.is_loopback or a.is_unspecified), v
            elif s["type"] == "US_SSN":
                d = "".join(c for c in v if c.isdigit())
                assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v
            elif s["type"] == "EMAIL_ADDRESS":
                assert v.count("@") == 1 and "." in v.split("@")[1], v
            elif s["type"] == "PHONE_NUMBER":
                core = b15.strip_ext(v).replace("\u00a0", " ")
                ok = False
                for reg in ["US"] + b15.FOREIGN + ["IR", "EG"]:
                    try:
                        ok = phonenumbers.is_valid_number(phonenumbers.parse(core, reg))
                    except phonenumbers.NumberParseException:
                        ok = False
                    if ok:
                        break
                assert ok, v


def test_type_mix_and_breadth():
    rows = b15.load()
    counts: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    tot = sum(counts.values())
    assert counts["US_SSN"] / tot >= 0.15 and counts["CREDIT_CARD"] / tot >= 0.12
    assert counts["IP_ADDRESS"] / tot >= 0.12 and counts["PHONE_NUMBER"] / tot >= 0.30 and counts["EMAIL_ADDRESS"] / tot >= 0.12
    regs: dict[str, int] = {}
    for r in rows:
        regs[r["register"]] = regs.get(r["register"], 0) + 1
    assert len(regs) >= 25 and max(regs.values()) <= 60
    assert len({r["language"] for r in rows}) >= 20
    assert sum(r["language"] != "en" for r in rows) * 2 >= len(rows)


def test_generator_is_deterministic_and_matches_file():
    assert b15.generate() == b15.load()
