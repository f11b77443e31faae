"""Value makers and the document builder for blind34 (see benchmarks/pii_blind34.py).

Every value is made here with phonenumbers, schwifty, ipaddress and a Luhn sum; every
look-alike is made here so that it provably fails the span rules.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN

# Written extensions that stay inside a phone span (check_rows strips them before validating).
EXT_WORDS = ("ext.", "x", "доб.", "内线", "內線", "내선", "wewn.", "kl.", "mell.", "sis.", "vn.", "Durchwahl")

# BBAN shapes: (letters, then digits, then alnum) lengths per country.
_BBAN = {
    "IS": (0, 22, 0), "GE": (2, 16, 0), "PL": (0, 24, 0), "CZ": (0, 20, 0), "GR": (0, 23, 0),
    "HU": (0, 24, 0), "PK": (4, 16, 0), "IR": (0, 22, 0), "FI": (0, 14, 0), "BG": (4, 6, 8),
    "SI": (0, 15, 0), "UA": (0, 25, 0), "RO": (4, 16, 0), "LT": (0, 16, 0), "DE": (0, 18, 0),
    "NL": (4, 10, 0), "AT": (0, 16, 0), "IE": (4, 14, 0),
}


class Doc:
    """Builds a text out of plain pieces and labelled values, keeping offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.n += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.spans.append({"type": kind, "start": self.n, "end": self.n + len(value), "text": value})
        return self.t(value)

    def vp(self, rng: random.Random, p: float, prefix: str, kind: str, value: str) -> Doc:
        """With probability p, the prefix and then the labelled value."""
        if rng.random() < p:
            self.t(prefix).v(kind, value)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("unreachable")


CARD_BRANDS = {
    "visa": (("4",), (16,)),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2500", "2720"), (16,)),
    "amex": (("34", "37"), (15,)),
    "discover": (("6011", "65", "644"), (16,)),
    "jcb": (("3528", "3541", "3566", "3589"), (16,)),
    "diners": (("36", "300", "305", "38"), (14,)),
    "unionpay": (("62",), (16,)),
}


def card_brand_ok(digits: str) -> bool:
    for prefixes, lengths in CARD_BRANDS.values():
        if len(digits) in lengths and any(digits.startswith(p) for p in prefixes):
            return True
    return False


def card(rng: random.Random, brand: str | None = None, style: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "diners", "unionpay"])
    prefixes, lengths = CARD_BRANDS[brand]
    num = _luhn_complete(rng.choice(prefixes), lengths[0], rng)
    style = style or rng.choice(["space", "space", "plain", "dash"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15 or len(num) == 14:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def card_luhn_bad(rng: random.Random) -> str:
    num = card(rng, "visa", "plain")
    last = str((int(num[-1]) + rng.randint(1, 9)) % 10)
    return " ".join((num[:-1] + last)[i:i + 4] for i in range(0, 16, 4))


def card_masked(rng: random.Random) -> str:
    num = card(rng, None, "plain")
    return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "ending in "]) + num[-4:]


def ssn(rng: random.Random, style: str = "dash") -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": a + g + s}[style]


def ssn_ok(value: str) -> bool:
    digits = value.replace("-", "").replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    if value not in (digits, f"{digits[:3]}-{digits[3:5]}-{digits[5:]}", f"{digits[:3]} {digits[3:5]} {digits[5:]}"):
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def ssn_fake(rng: random.Random) -> str:
    """SSN look-alikes that fail the rules: ITIN, area 000/666, group 00, serial 0000, EIN."""
    kind = rng.choice(["itin", "000", "666", "g00", "s0000", "ein"])
    g, s = rng.randint(10, 99), rng.randint(1000, 9999)
    if kind == "itin":
        return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 78, 83, 88, 92, 94])}-{s}"
    if kind == "000":
        return f"000-{g}-{s}"
    if kind == "666":
        return f"666-{g}-{s}"
    if kind == "g00":
        return f"{rng.randint(100, 665)}-00-{s}"
    if kind == "s0000":
        return f"{rng.randint(100, 665)}-{g}-0000"
    return f"{rng.randint(10, 88)}-{rng.randint(1000000, 9999999)}"


def iban(rng: random.Random, country: str, style: str | None = None) -> str:
    letters, digits, alnum = _BBAN[country]
    while True:
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(letters))
        bban += "".join(rng.choice(string.digits) for _ in range(digits))
        bban += "".join(rng.choice(string.digits + string.ascii_uppercase) for _ in range(alnum))
        raw = bban + country + "00"
        num = int("".join(str(int(c, 36)) for c in raw))
        value = f"{country}{98 - num % 97:02d}{bban}"
        try:
            IBAN(value)
        except Exception:  # noqa: BLE001, S112 - schwifty refuses some random bank codes; draw again
            continue
        break
    style = style or rng.choice(["group", "group", "group", "plain", "lower"])
    grouped = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return {"group": grouped, "plain": value, "lower": grouped.lower()}[style]


def iban_ok(value: str) -> bool:
    try:
        IBAN(value.replace(" ", "").upper())
    except Exception:  # noqa: BLE001
        return False
    return True


def iban_bad(rng: random.Random, country: str) -> str:
    good = iban(rng, country, "plain")
    while True:
        cd = f"{rng.randint(2, 98):02d}"
        bad = good[:2] + cd + good[4:]
        if not iban_ok(bad):
            return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))


def phone(rng: random.Random, region: str, kind: str | None = None, style: str | None = None) -> str:
    kinds = [PNT.MOBILE, PNT.FIXED_LINE] if kind is None else [{"mobile": PNT.MOBILE, "fixed": PNT.FIXED_LINE}[kind]]
    ptype = rng.choice(kinds)
    ex = phonenumbers.example_number_for_type(region, ptype) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(500):
        keep = rng.randint(1, min(4, len(nsn) - 2))
        cand = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            break
    else:
        num = ex
    style = style or rng.choice(["intl", "natl", "natl", "natl", "e164", "dots", "tight"])
    if style == "intl":
        out = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    elif style == "e164":
        out = phonenumbers.format_number(num, PNF.E164)
    else:
        out = phonenumbers.format_number(num, PNF.NATIONAL)
        if style == "dots" and " " in out and "(" not in out:
            out = out.replace(" ", ".").replace("-", ".")
        elif style == "tight":
            out = out.replace(" ", "")
    assert phone_ok(out, region), (out, region)
    return out


US_AREAS = (205, 212, 214, 228, 239, 253, 262, 281, 302, 313, 330, 347, 360, 385, 402, 405, 414, 432, 479, 503,
            512, 540, 559, 574, 602, 614, 630, 651, 701, 712, 727, 754, 763, 785, 801, 814, 830, 847, 901, 918,
            937, 949, 970, 985)


def phone_us(rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(["paren", "dash", "dots", "one", "intl"])
    while True:
        digits = f"{rng.choice(US_AREAS)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
        if digits[3:6] != "555" and phone_ok(digits, "US"):
            break
    a, b, c = digits[:3], digits[3:6], digits[6:]
    out = {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dots": f"{a}.{b}.{c}",
           "one": f"1-{a}-{b}-{c}", "intl": f"+1 {a} {b} {c}"}[style]
    assert phone_ok(out, "US"), out
    return out


def strip_ext(value: str) -> str:
    """The number without its written extension (a word with a letter, then 1-5 digits)."""
    m = re.match(r"^(.*?\d)\s+([^\d]*[^\W\d_][^\d]*?)\s*(\d{1,5})$", value)
    if m:
        return m.group(1)
    m = re.match(r"^(.*\d)x(\d{1,5})$", value)
    return m.group(1) if m else value


def phone_ok(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(strip_ext(value), region))
    except phonenumbers.NumberParseException:
        return False


def ipv4(rng: random.Random, private: bool = False) -> str:
    while True:
        if private:
            addr = ipaddress.IPv4Address(rng.choice([
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"]))
        else:
            addr = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if not addr.is_global:
                continue
        if ip_ok(str(addr)):
            return str(addr)


def ipv6(rng: random.Random) -> str:
    while True:
        head = rng.choice(["2001:db8", "2a02:" + f"{rng.randint(0x100, 0xfff):x}", "2600:" + f"{rng.randint(0x1000, 0x1fff):x}", "fd" + f"{rng.randint(0, 255):02x}:{rng.randint(0, 0xffff):x}"])
        tail = ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3, 6])))
        text = head + ("::" if tail.count(":") < 5 else ":") + tail
        try:
            addr = ipaddress.IPv6Address(text)
        except ValueError:
            continue
        return addr.compressed


def ip_ok(value: str) -> bool:
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified or value == "255.255.255.255":
        return False
    if addr.version == 4:
        octets = [int(o) for o in value.split(".")]
        bits = "".join(f"{o:08b}" for o in octets)
        if octets[0] == 255 and "01" not in bits:
            return False  # a netmask
    return True


def email(rng: random.Random, users: list[str], domains: list[str]) -> str:
    user = rng.choice(users)
    dom = rng.choice(domains)
    shape = rng.choice(["plain", "dot", "num", "plus"])
    if shape == "dot" and "." not in user:
        user = user + "." + rng.choice(["studio", "info", "work", "kontakt", "mail"])
    elif shape == "num":
        user = f"{user}{rng.randint(1, 99)}"
    elif shape == "plus":
        user = f"{user}+{rng.choice(['orders', 'web', 'news'])}"
    return f"{user}@{dom}"
