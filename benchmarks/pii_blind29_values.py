"""Value makers and the document builder of blind29 (see benchmarks/pii_blind29.py).

Every value is made here with phonenumbers / schwifty / ipaddress / a Luhn check; every
look-alike is made to look like a value while being something else. Written for blind29 only.
"""

from __future__ import annotations

import ipaddress
import random
import re

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from schwifty import IBAN

NEG = {
    "n": 0
}  # how many unlabelled look-alikes the generator wrote (reported by the CLI)
_KEEP: dict[
    tuple[str, str], int
] = {}  # per region and kind, how many leading digits to keep


def reset() -> None:
    """Forget counters and caches, so that every generate() draws the same values."""
    NEG["n"] = 0
    _KEEP.clear()
    _LAST.clear()


class Doc:
    """A text built piece by piece; `v` adds a labelled value, `n` an unlabelled look-alike."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def v(self, typ: str, s: str) -> Doc:
        self.spans.append(
            {"type": typ, "start": self.pos, "end": self.pos + len(s), "text": s}
        )
        return self.t(s)

    def n(self, s: str) -> Doc:
        NEG["n"] += 1
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones
def _digits_to(s: str, zero: str) -> str:
    base = ord(zero)
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in s)


ARABIC_INDIC = "\u0660"
PERSIAN = "\u06f0"
DEVANAGARI = "\u0966"
THAI = "\u0e50"
BENGALI = "\u09e6"


US_AREAS = [
    "212",
    "213",
    "214",
    "215",
    "216",
    "224",
    "253",
    "267",
    "301",
    "303",
    "305",
    "312",
    "313",
    "314",
    "347",
    "404",
    "412",
    "415",
    "503",
    "504",
    "512",
    "602",
    "614",
    "617",
    "646",
    "702",
    "713",
    "718",
    "804",
    "808",
    "816",
    "858",
    "901",
    "907",
    "919",
    "949",
    "971",
]
PAREN0 = {"DE", "AT", "CH", "GB", "NL", "BE", "FR", "SE", "FI", "IL"}
SLASH = {"DE", "AT", "CH", "CZ"}


def phone_obj(rng: random.Random, region: str, kind: str = "any"):
    """A valid number of `region`: an example number with its last digits redrawn until valid."""
    types = {
        "fixed": [phonenumbers.PhoneNumberType.FIXED_LINE],
        "mobile": [phonenumbers.PhoneNumberType.MOBILE],
        "any": [
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.MOBILE,
        ],
    }[kind]
    typ = rng.choice(types)
    ex = phonenumbers.example_number_for_type(
        region, typ
    ) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    if region == "US":
        for _ in range(200):
            cand = (
                rng.choice(US_AREAS)
                + str(rng.randrange(2, 10))
                + "".join(str(rng.randrange(10)) for _ in range(6))
            )
            num = phonenumbers.parse("+1" + cand)
            if (
                phonenumbers.is_valid_number(num)
                and phonenumbers.region_code_for_number(num) == "US"
            ):
                return num
    start = _KEEP.get((region, kind), 0)
    for keep in range(start, len(nsn) - 3):
        for _ in range(12):
            cand = nsn[:keep] + "".join(
                str(rng.randrange(10)) for _ in range(len(nsn) - keep)
            )
            num = phonenumbers.parse("+" + str(ex.country_code) + cand)
            if (
                phonenumbers.is_valid_number(num)
                and phonenumbers.region_code_for_number(num) == region
                and phonenumbers.number_type(num)
                in types + [phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE]
            ):
                _KEEP[(region, kind)] = keep
                return num
    return ex


def fmt_phone(rng: random.Random, num, style: str | None = None) -> str:
    """The number written one of the ways people and programs write it."""
    styles = [
        "nat",
        "intl",
        "e164",
        "00",
        "nat_dots",
        "nat_none",
        "intl_hyph",
        "nat_slash",
        "intl_paren0",
    ]
    style = style or rng.choice(styles)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    if style == "nat":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return e164
    region = phonenumbers.region_code_for_number(num)
    idd = (
        phonenumbers.PhoneMetadata.metadata_for_region(region).international_prefix
        or ""
    )
    if style == "00":
        return "00" + intl[1:] if re.fullmatch(idd, "00") else intl
    if style == "us1":
        return (
            "1-" + _regroup(nat, "-").lstrip("-").replace("--", "-")
            if region in ("US", "CA")
            else nat
        )
    if style == "011":
        return "011 " + intl[1:] if region in ("US", "CA") else intl
    if style == "nat_dots":
        return _regroup(nat, ".")
    if style == "nat_none":
        return "".join(c for c in nat if c.isdigit())
    if style == "intl_hyph":
        return intl.replace(" ", "-").replace("+", "+", 1).replace("-", " ", 1)
    if style == "nat_slash":
        if region not in SLASH:
            return nat
        d = "".join(c for c in nat if c.isdigit())
        cut = 4 if len(d) > 8 else 3
        return d[:cut] + "/" + d[cut:]
    if style == "intl_paren0":
        if region not in PAREN0:
            return intl
        cc, rest = intl.split(" ", 1)
        return f"{cc} (0){rest}"
    return nat


def _regroup(s: str, sep: str) -> str:
    out = []
    for c in s:
        if c in " -":
            out.append(sep)
        elif c in "()":
            continue
        else:
            out.append(c)
    return "".join(out)


def phone(
    rng: random.Random, region: str, kind: str = "any", style: str | None = None
) -> str:
    for _ in range(10):
        s = fmt_phone(rng, phone_obj(rng, region, kind), style)
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, region)):
                return s
        except phonenumbers.NumberParseException:
            pass
    return phonenumbers.format_number(phone_obj(rng, region, kind), PNF.INTERNATIONAL)


def localize_digits(s: str, zero: str) -> str:
    return _digits_to(s, zero)


# ---------------------------------------------------------------- SSN and look-alikes
def ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    g = rng.randrange(1, 100)
    s = rng.randrange(1, 10000)
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def bad_ssn(rng: random.Random, sep: str = "-") -> str:
    """An SSN-shaped string that is not a valid SSN (ITIN, area 000/666, group 00, serial 0000)."""
    k = rng.randrange(5)
    a, g, s = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
    if k == 0:
        a, g = rng.randrange(900, 1000), rng.choice([70, 78, 83, 91, 94, 88])
    elif k == 1:
        a = 0
    elif k == 2:
        a = 666
    elif k == 3:
        g = 0
    else:
        s = 0
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ein(rng: random.Random) -> str:
    return f"{rng.choice([12, 20, 27, 33, 45, 46, 52, 81, 84, 94])}-{rng.randrange(1000000, 9999999)}"


def ssn_valid(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and sr != 0


# ---------------------------------------------------------------- cards
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


BRANDS = [
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3528", 16),
    ("36", 14),
]


def card_digits(rng: random.Random) -> str:
    pre, ln = rng.choice(BRANDS)
    body = pre + "".join(str(rng.randrange(10)) for _ in range(ln - len(pre) - 1))
    return _luhn_complete(body)


def group_card(d: str, sep: str = " ") -> str:
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i : i + 4] for i in range(0, len(d), 4))


_BRAND_NAMES = [
    ("34", "Amex"),
    ("37", "Amex"),
    ("36", "Diners"),
    ("3528", "JCB"),
    ("6011", "Discover"),
    ("65", "Discover"),
    ("4", "Visa"),
    ("5", "Mastercard"),
    ("2", "Mastercard"),
]
_LAST: dict[str, str] = {}


def brand_label(rng: random.Random) -> str:
    """A brand label for the card `card` draws next (the card is drawn here and kept)."""
    d = card_digits(rng)
    _LAST["d"] = d
    name = next(n for p, n in _BRAND_NAMES if d.startswith(p))
    return rng.choice([f"{name} ", f"{name}: ", f"{name} · "])


def card(rng: random.Random) -> str:
    d = _LAST.pop("d", None) or card_digits(rng)
    return group_card(d, rng.choice([" ", "-", "", " "]))


def card_brand_ok(d: str) -> bool:
    return any(d.startswith(p) and len(d) == n for p, n in BRANDS)


def bad_card(rng: random.Random) -> str:
    """Luhn-invalid, masked, or a gift/loyalty number that is no card brand."""
    k = rng.randrange(3)
    d = card_digits(rng)
    if k == 0:
        last = str((int(d[-1]) + rng.randrange(1, 10)) % 10)
        return group_card(d[:-1] + last)
    if k == 1:
        return (
            group_card("*" * 12 + d[-4:])
            if len(d) == 16
            else "XXXX XXXX XXXX " + d[-4:]
        )
    return group_card(
        _luhn_complete("9" + "".join(str(rng.randrange(10)) for _ in range(14)))
    )


# ---------------------------------------------------------------- IBAN
IBAN_COUNTRIES = [
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "PL",
    "GR",
    "HU",
    "BG",
    "CZ",
    "TR",
    "PT",
    "SE",
    "FI",
    "GE",
    "IL",
    "UA",
    "SA",
    "BE",
    "AT",
    "CH",
    "BR",
    "EG",
    "IR",
]


def iban(
    rng: random.Random, country: str | None = None, grouped: bool | None = None
) -> str:
    country = country or rng.choice(IBAN_COUNTRIES)
    ib = IBAN.random(country_code=country, random=rng)
    g = rng.random() < 0.6 if grouped is None else grouped
    return ib.formatted if g else str(ib.compact)


def bad_iban(rng: random.Random, country: str | None = None) -> str:
    s = iban(rng, country, grouped=False)
    chk = int(s[2:4])
    wrong = chk + 1 if chk < 97 else chk - 1
    out = f"{s[:2]}{wrong:02d}{s[4:]}"
    assert not iban_valid(out), out
    return (
        " ".join(out[i : i + 4] for i in range(0, len(out), 4))
        if rng.random() < 0.5
        else out
    )


def iban_valid(s: str) -> bool:
    try:
        IBAN(s.replace(" ", "").upper())
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- IPs
def ipv4(rng: random.Random, kind: str = "any") -> str:
    while True:
        k = (
            kind
            if kind != "any"
            else rng.choice(["pub", "pub", "10", "192", "172", "100"])
        )
        if k == "10":
            a = f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        elif k == "192":
            a = f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        elif k == "172":
            a = f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        elif k == "100":
            a = f"100.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        else:
            a = f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        ip = ipaddress.ip_address(a)
        if not (
            ip.is_loopback
            or ip.is_unspecified
            or ip.is_multicast
            or ip.is_reserved
            or a.startswith("0.")
        ):
            return a


def ipv6(rng: random.Random, compress: bool = True) -> str:
    pre = rng.choice(
        [
            "2001:db8",
            "2a02:8070",
            "2600:1f18",
            "fd12:3456",
            "fe80:0",
            "2a01:4f8",
            "2c0f:f248",
        ]
    )
    groups = pre.split(":") + [
        format(rng.randrange(0, 65536), "x") for _ in range(8 - len(pre.split(":")))
    ]
    if pre.startswith("fe80"):
        groups[1:4] = ["0", "0", "0"]
    elif rng.random() < 0.4:
        groups[3:6] = ["0", "0", "0"]
    ip = ipaddress.IPv6Address(":".join(groups))
    return ip.compressed if compress else ip.exploded


def ip_valid(s: str) -> bool:
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_unspecified or str(ip) == "255.255.255.255")


def version4(rng: random.Random, small: bool = True) -> str:
    """A four-part version number (all parts <= 255 when `small`)."""
    if small:
        return f"{rng.randrange(1, 20)}.{rng.randrange(0, 40)}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}"
    return f"{rng.randrange(1, 20)}.{rng.randrange(0, 9)}.{rng.randrange(1000, 30000)}.{rng.randrange(100, 9999)}"


def oid(rng: random.Random) -> str:
    return "1.3.6.1." + ".".join(
        str(rng.randrange(1, 60)) for _ in range(rng.randrange(4, 9))
    )


def netmask(rng: random.Random) -> str:
    return rng.choice(
        [
            "255.255.255.0",
            "255.255.0.0",
            "255.255.255.128",
            "255.255.252.0",
            "255.255.255.248",
            "0.0.0.255",
            "0.0.3.255",
            "0.0.0.63",
        ]
    )


# ---------------------------------------------------------------- e-mail
def email(rng: random.Random, local: str, domain: str) -> str:
    sep = rng.choice([".", "_", "", "-"])
    return f"{local.replace(' ', sep).lower()}@{domain}"


# ---------------------------------------------------------------- number look-alikes
def digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(1, 10)) + "".join(
        str(rng.randrange(10)) for _ in range(n - 1)
    )


def date_styles(rng: random.Random) -> str:
    y, m, d = rng.randrange(2024, 2028), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice(
        [
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}/{m:02d}/{d:02d}",
            f"{d:02d}-{m:02d}-{y}",
            f"{y}.{m:02d}.{d:02d}",
            f"{y}{m:02d}{d:02d}",
        ]
    )


def price(rng: random.Random, sep: str = " ") -> str:
    return f"{rng.randrange(1, 99)}{sep}{rng.randrange(0, 1000):03d}"


def range_(rng: random.Random) -> str:
    a = rng.randrange(100, 9000)
    return f"{a}-{a + rng.randrange(50, 900)}"
