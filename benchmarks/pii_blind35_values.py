"""Value makers, look-alike makers and the document builder of blind set 35 (see pii_blind35.py)."""

from __future__ import annotations

import ipaddress
import random
import re

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN

TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
P, E, I, C, B, S = TYPES  # short names: phone, e-mail, ip, card, iban (bank), ssn

# Written extension forms this set uses; the extension is part of a phone's span.
EXT_RE = re.compile(r"\s*(?:,\s*)?(?:ext\.?|x|Ext\.?|extension|доб\.?|內線|ext:)\s*\d{1,5}$")


class Doc:
    """Text built piece by piece; `v` appends a labelled value and records its span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0
        self.lookalikes = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, typ: str, s: str) -> Doc:
        assert typ in TYPES, typ
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "text": s})
        return self.t(s)

    def x(self, s: str) -> Doc:
        """An unlabelled look-alike."""
        self.lookalikes += 1
        return self.t(s)

    def f(self, template: str, **vals) -> Doc:
        """Fill {name} slots: a (type, value) tuple is labelled, ("X", value) is a look-alike."""
        for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2 == 0:
                self.t(piece.replace("{{", "{").replace("}}", "}"))
                continue
            val = vals[piece]
            if isinstance(val, tuple):
                if val[0] == "X":
                    self.x(val[1])
                else:
                    self.v(val[0], val[1])
            else:
                self.t(str(val))
        return self

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones
_KIND = {"mobile": PNT.MOBILE, "fixed": PNT.FIXED_LINE, "free": PNT.TOLL_FREE}


def phone_obj(rng: random.Random, region: str, kind: str = "mobile"):
    ex = phonenumbers.example_number_for_type(region, _KIND[kind]) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    keep = rng.choice([1, 2, 2, 3]) if len(nsn) > 7 else 2
    for attempt in range(900):
        if attempt in (300, 600):
            keep += 1
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(ex.country_code) + digits, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            if region == "US" and digits[3:6] == "555":
                continue
            return num
    return ex


def phone(rng: random.Random, region: str, kind: str = "mobile", style: str | None = None) -> str:
    num = phone_obj(rng, region, kind)
    style = style or rng.choice(["nat", "nat", "intl", "intl", "e164", "dash", "compact"])
    if style == "nat":
        s = phonenumbers.format_number(num, PNF.NATIONAL)
    elif style == "intl":
        s = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, PNF.E164)
    elif style == "dash":
        s = phonenumbers.format_number(num, PNF.INTERNATIONAL).replace(" ", "-").replace("+-", "+")
    elif style == "dot":
        s = re.sub(r"[\s-]", ".", phonenumbers.format_number(num, PNF.NATIONAL))
    elif style == "paren":  # +CC (0) rest, seen on European pages
        nat = phonenumbers.format_number(num, PNF.NATIONAL)
        s = f"+{num.country_code} (0){nat[1:].strip()}" if nat.startswith("0") else phonenumbers.format_number(num, PNF.INTERNATIONAL)
    else:  # compact national digits
        s = re.sub(r"[^\d+]", "", phonenumbers.format_number(num, PNF.NATIONAL))
    return s


US_AREAS = [205, 212, 214, 217, 303, 312, 313, 404, 407, 415, 469, 502, 503, 512, 520, 602, 615, 617, 678, 702,
            704, 713, 719, 757, 801, 808, 813, 816, 832, 901, 907, 912, 917, 919, 928, 970, 985]


def us_phone(rng: random.Random, style: str | None = None, ext: bool = False) -> str:
    while True:
        d = f"{rng.choice(US_AREAS)}{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9999):04d}"
        if d[3:6] != "555" and phonenumbers.is_valid_number(phonenumbers.parse("+1" + d, None)):
            break
    style = style or rng.choice(["paren", "dash", "dot", "plus1", "one"])
    s = {"paren": f"({d[:3]}) {d[3:6]}-{d[6:]}", "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
         "dot": f"{d[:3]}.{d[3:6]}.{d[6:]}", "plus1": f"+1 {d[:3]} {d[3:6]} {d[6:]}",
         "one": f"1-{d[:3]}-{d[3:6]}-{d[6:]}"}[style]
    if ext:
        s += rng.choice([" ext. ", " x", " Ext ", ", ext. "]) + str(rng.randint(10, 4999))
    return s


def phone_valid(value: str, regions: list[str]) -> bool:
    core = EXT_RE.sub("", value)
    for region in regions + sorted(phonenumbers.SUPPORTED_REGIONS):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(core, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


# ---------------------------------------------------------------- e-mail
def email(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    first, last = first.lower(), last.lower()
    user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(7, 99)}",
                       f"{last}.{first[0]}", f"{first}_{last}", f"{first}-{last}"])
    return f"{user}@{rng.choice(domains)}"


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


# ---------------------------------------------------------------- IPs
def ipv4(rng: random.Random, private: bool = False) -> str:
    if private:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if a.is_global and not a.is_multicast and 1 < int(str(a).split(".")[-1]) < 255:
            return str(a)


def ipv6(rng: random.Random, link_local: bool = False) -> str:
    if link_local:
        return str(ipaddress.IPv6Address((0xFE80 << 112) | rng.getrandbits(64)))
    while True:
        head = rng.choice([0x2001, 0x2a02, 0x2a01, 0x2600, 0x2406, 0x2c0f, 0x2804, 0x240e])
        val = (head << 112) | (rng.getrandbits(16) << 96) | (rng.getrandbits(16) << 80)
        if rng.random() < 0.5:
            val |= rng.getrandbits(16)  # ::abcd style
        else:
            val |= rng.getrandbits(64)
        a = ipaddress.IPv6Address(val)
        if a.is_global:
            return str(a)


def ip_valid(value: str) -> bool:
    try:
        a = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (a.is_loopback or a.is_unspecified or str(a) in ("255.255.255.255",))


# ---------------------------------------------------------------- cards
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


BRANDS = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2500", "2720"], 16),
    "amex": (["34", "37"], 15), "disc": (["6011", "65", "644"], 16), "jcb": (["3528", "3540", "3589"], 16),
    "diners": (["36", "38"], 14), "unionpay": (["62"], 16),
}


def card_digits(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners", "unionpay"])
    prefixes, length = BRANDS[brand]
    return _luhn_complete(rng.choice(prefixes), length, rng)


def card(rng: random.Random, brand: str | None = None, sep: str | None = None) -> str:
    d = card_digits(rng, brand)
    sep = rng.choice([" ", " ", "-", ""]) if sep is None else sep
    if len(d) == 15 or len(d) == 14:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def card_brand_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return n in (16, 19)
    if d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305:
        return n in (14, 16)
    if d[:2] == "62":
        return 16 <= n <= 19
    return False


def luhn_bad(rng: random.Random) -> str:
    """A 16-digit number with a card prefix whose Luhn check fails (gift-card / loyalty numbers)."""
    d = card_digits(rng, "visa")
    return d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)


# ---------------------------------------------------------------- IBAN
def _numeric_iban(rng: random.Random, country: str) -> IBAN:
    """A random IBAN whose account part is digits (as most real ones are); letters stay in bank codes."""
    code = IBAN.random(country_code=country, random=rng)
    for _ in range(30):
        bban = str(code)[4:]
        keep = 1 if country in ("IT", "SM") else 4
        fixed = bban[:keep] + "".join(ch if ch.isdigit() else rng.choice("0123456789") for ch in bban[keep:])
        if fixed == bban:
            return code
        num = int("".join(str(int(ch, 36)) for ch in fixed + country + "00"))
        cand = f"{country}{98 - num % 97:02d}{fixed}"
        if iban_valid(cand):
            return IBAN(cand)
        code = IBAN.random(country_code=country, random=rng)
    return code


def iban(rng: random.Random, country: str, style: str | None = None) -> str:
    code = _numeric_iban(rng, country)
    style = style or rng.choice(["groups", "groups", "compact", "lower"])
    if style == "groups":
        return code.formatted
    if style == "lower":
        return code.formatted.lower() if rng.random() < 0.5 else str(code).lower()
    return str(code)


def iban_bad(rng: random.Random, country: str) -> str:
    s = str(_numeric_iban(rng, country))
    wrong = (int(s[2:4]) + rng.randint(1, 50)) % 97 + 2
    out = f"{s[:2]}{wrong:02d}{s[4:]}"
    if iban_valid(out):
        out = f"{s[:2]}{(wrong + 1) % 97 + 2:02d}{s[4:]}"
    return " ".join(out[i:i + 4] for i in range(0, len(out), 4))


def iban_valid(value: str) -> bool:
    try:
        IBAN(value.replace(" ", "").upper())
        return True
    except Exception:  # noqa: BLE001 - schwifty raises several kinds
        return False


# ---------------------------------------------------------------- SSN
def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str = "-") -> str:
    return sep.join(ssn_parts(rng))


def ssn_valid(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", value)
    if not m:
        return False
    area, group, serial = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


def itin(rng: random.Random) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 71, 78, 83, 88, 94])}-{rng.randint(1000, 9999)}"


def ein(rng: random.Random) -> str:
    return f"{rng.choice([12, 27, 45, 81, 84, 94])}-{rng.randint(1000000, 9999999)}"


def bad_ssn(rng: random.Random) -> str:
    a, g, s = ssn_parts(rng)
    return rng.choice([f"000-{g}-{s}", f"666-{g}-{s}", f"{a}-00-{s}", f"{a}-{g}-0000"])


def e164(value: str, region: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(value, region), PNF.E164)
