"""Template filling and look-alike makers of the 31st blind PII set (benchmarks/pii_blind31.py).

A template is text with placeholders. Upper-case placeholders are labelled values:
{P} phone of the page's region (any shape), {PM} mobile, {PF} fixed line, {PN} national shape,
{PI} international, {PE} E.164, {PX} fixed line with the page's extension word, {P2} a foreign
number (international), {E} e-mail, {B} IBAN of the page's country, {BG} IBAN in print groups,
{C} card, {I4} public IPv4, {IP} private IPv4, {I6} IPv6, {S} SSN 3-2-4, {SU} unseparated SSN (only
where a label names it), {SS} SSN with spaces.
Lower-case placeholders are unlabelled look-alikes (counted): see LOOK below.
Written for this set only.
"""

from __future__ import annotations

import re
import string
from random import Random

from benchmarks import pii_blind31_values as V

PH = re.compile(r"\{([A-Za-z][A-Za-z0-9]*)\}")

FOREIGN = ["DE", "FR", "GB", "US", "IT", "ES", "NL", "PL", "SE", "CH", "AT", "JP", "KR", "CN", "IN", "BR", "MX",
           "AU", "TR", "AE", "SA", "IL", "GR", "CZ", "PT", "TH", "VN", "MY", "ID", "UA", "GE", "PK", "BD", "CA",
           "IE", "BE", "DK", "NO", "FI", "SG", "PH", "EG", "ZA", "NG", "AR", "CL", "CO"]


def _digits(r: Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def _imei(r: Random) -> str:
    body = r.choice(["35", "86", "01"]) + "".join(r.choice(string.digits) for _ in range(12))
    for c in string.digits:
        if V.luhn_ok(body + c):
            return body + c
    return body + "0"


def _isbn(r: Random) -> str:
    d = "978" + str(r.randint(0, 9)) + "".join(r.choice(string.digits) for _ in range(8))
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d))
    c = (10 - s % 10) % 10
    return f"{d[:3]}-{d[3]}-{d[4:8]}-{d[8:12]}-{c}"


def _date(r: Random, lang: str) -> str:
    y, m, d = r.randint(2024, 2027), r.randint(1, 12), r.randint(1, 28)
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}. {m}. {d}."
    if lang in ("en",):
        return f"{m:02d}/{d:02d}/{y}"
    if lang in ("hu", "lt", "sv", "fa"):
        return f"{y}-{m:02d}-{d:02d}"
    if lang in ("de", "cs", "pl", "ru", "uk", "bg", "sl", "da", "tr", "ka"):
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


def _amount(r: Random, lang: str) -> str:
    v = r.randint(5, 4800) if r.random() < 0.8 else r.randint(5000, 48000)
    c = r.randint(0, 99)
    if lang in ("en", "ja", "zh", "ko", "th", "hi", "he", "ms", "ur", "bn"):
        return f"{v:,}.{c:02d}"
    return f"{v:,}".replace(",", ".") + f",{c:02d}"


LOOK = {
    # generic numbers that share a phone's shape
    "ord": lambda r, c: r.choice([_digits(r, 10), _digits(r, 11), f"{r.randint(2024, 2027)}-{_digits(r, 6)}",
                                  f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}"]),
    "ref": lambda r, c: f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}-{_digits(r, 7)}",
    "date": lambda r, c: _date(r, "sv" if c.get("group") == "machine" else c["lang"]),
    "time": lambda r, c: f"{r.randint(6, 21):02d}:{r.choice(['00', '15', '30', '45'])}",
    "amt": lambda r, c: f"{r.randint(5, 900)}.{r.randint(0, 99):02d}" if c.get("group") == "machine" else _amount(
        r, c["lang"]),
    "zip": lambda r, c: _digits(r, 5),
    "geo": lambda r, c: f"{r.uniform(-60, 65):.5f}, {r.uniform(-120, 140):.5f}",
    "isbn": lambda r, c: _isbn(r),
    "imei": lambda r, c: _imei(r),
    "chip": lambda r, c: r.choice(["900", "276", "528", "616", "764", "250"]) + _digits(r, 12),
    "ver": lambda r, c: f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}.{r.randint(1, 250)}",
    "oid": lambda r, c: f"1.3.6.1.4.1.{r.randint(1000, 60000)}.{r.randint(1, 9)}.{r.randint(1, 40)}",
    "mac": lambda r, c: ":".join(f"{r.randint(0, 255):02x}" for _ in range(6)),
    "mask": lambda r, c: V.masked_card(r),
    "badcard": lambda r, c: V.bad_card(r),
    "badiban": lambda r, c: V.bad_iban(r, c.get("iban") or "DE"),
    "badssn": lambda r, c: V.bad_ssn(r),
    "ein": lambda r, c: V.ein(r),
    "aba": lambda r, c: V.aba_routing(r),
    "acct": lambda r, c: _digits(r, r.choice([8, 10, 12])),
    "meter": lambda r, c: f"{_digits(r, 2)}-{_digits(r, 3)}-{_digits(r, 3)}",
    "serial": lambda r, c: f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
    "long": lambda r, c: _digits(r, 16),
    "uuid": lambda r, c: f"{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-4{r.getrandbits(12):03x}-a{r.getrandbits(12):03x}-{r.getrandbits(48):012x}",
    "mid": lambda r, c: f"{_digits(r, 3)} {_digits(r, 4)} {_digits(r, 4)}",
    "n7": lambda r, c: _digits(r, 7),
    "n3": lambda r, c: str(r.randint(100, 2999)),
    "n2": lambda r, c: str(r.randint(2, 60)),
    "pct": lambda r, c: f"{r.randint(1, 99)}.{r.randint(0, 9)}",
    "mask4": lambda r, c: _digits(r, 4),
    "zipus": lambda r, c: f"{_digits(r, 5)}-{_digits(r, 4)}",
    "case324": lambda r, c: f"{_digits(r, 3)}-{r.randint(10, 99)}-{_digits(r, 4)}",
    "bcast": lambda r, c: r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.252.0",
                                    "255.255.255.192", "255.0.0.0"]),
    "lo": lambda r, c: r.choice(["127.0.0.1", "0.0.0.0", "::1", "255.255.255.255", "::"]),
    "nick": lambda r, c: "@" + r.choice(c["names"]) + str(r.randint(1, 99)),
    "pkg": lambda r, c: r.choice(["lodash@4.17.21", "react@18.3.1", "zod@3.23.8", "vite@5.4.2", "axios@1.7.7"]),
    "prompt": lambda r, c: r.choice(c["names"]) + "@" + r.choice(["nas", "raspberrypi", "homeserver", "build01"]),
    "obf": lambda r, c: r.choice(c["names"]) + " [at] " + r.choice(c["domains"]).replace(".", " [dot] "),
}


def fill(doc: V.Doc, r: Random, tpl: str, ctx: dict) -> None:
    """Append `tpl` to `doc`, drawing each placeholder's value."""
    pos = 0
    for m in PH.finditer(tpl):
        doc.t(tpl[pos:m.start()])
        pos = m.end()
        key = m.group(1)
        if key in LOOK:
            doc.t(LOOK[key](r, ctx))
            doc.lookalikes += 1
            continue
        if re.fullmatch(r"n\d+", key):
            doc.t(_digits(r, int(key[1:])))
            doc.lookalikes += 1
            continue
        if key == "E" and ctx.get("group") != "machine" and r.random() < 0.3:
            # people also write their address so that it is not one: unlabelled
            doc.t(r.choice([LOOK["obf"], LOOK["obf"], LOOK["nick"]])(r, ctx))
            doc.lookalikes += 1
            continue
        kind, value = value_for(r, key, ctx)
        if kind is None:
            doc.t(m.group(0))
        else:
            doc.v(kind, value)
    doc.t(tpl[pos:])


def value_for(r: Random, key: str, ctx: dict):
    region = r.choice(ctx["regions"])
    home = ctx["regions"][0]
    if region != home and key in ("P", "PM", "PF", "PN", "PX"):
        # another country's number on this page: written internationally
        mobile = key == "PM" or (key == "P" and r.random() < 0.5)
        value = V.phone(r, region, r.choice(["intl", "e164", "00"]), mobile=mobile)
        if key == "PX":
            value += ctx.get("ext", " ext. ") + str(r.randint(2, 999))
        return "PHONE_NUMBER", value
    if key == "P":
        return "PHONE_NUMBER", V.phone(r, region)
    if key == "PM":
        return "PHONE_NUMBER", V.phone(r, region, mobile=True)
    if key == "PF":
        return "PHONE_NUMBER", V.phone(r, region, mobile=False)
    if key == "PN":
        return "PHONE_NUMBER", V.phone(r, region, "nat")
    if key == "PI":
        return "PHONE_NUMBER", V.phone(r, region, "intl")
    if key == "PE":
        return "PHONE_NUMBER", V.phone(r, region, "e164")
    if key == "PX":
        ext = ctx.get("ext", " ext. ")
        return "PHONE_NUMBER", V.phone(r, region, r.choice(["nat", "intl"]), mobile=False) + ext + str(
            r.randint(2, 999))
    if key == "P2":
        return "PHONE_NUMBER", V.phone(r, r.choice(FOREIGN), r.choice(["intl", "intl", "e164", "00"]))
    if key == "E":
        return "EMAIL_ADDRESS", V.email(r, ctx["names"], ctx["domains"])
    if key == "B":
        return "IBAN_CODE", V.iban(r, ctx["iban"])
    if key == "BG":
        return "IBAN_CODE", V.iban(r, ctx["iban"], "groups")
    if key == "C":
        return "CREDIT_CARD", V.card(r)
    if key == "I4":
        return "IP_ADDRESS", V.ipv4(r)
    if key == "IP":
        return "IP_ADDRESS", V.ipv4(r, "private")
    if key == "I6":
        return "IP_ADDRESS", V.ipv6(r, r.choice(["global", "global", "ula"]))
    if key == "S":
        return "US_SSN", V.ssn(r)
    if key == "SS":
        return "US_SSN", V.ssn(r, " ")
    if key == "SD":
        return "US_SSN", V.ssn(r, ".")
    if key == "I6L":
        return "IP_ADDRESS", "fe80::" + ":".join(f"{r.getrandbits(16):x}" for _ in range(4))
    if key == "SU":
        return "US_SSN", V.ssn(r, "")
    return None, None
