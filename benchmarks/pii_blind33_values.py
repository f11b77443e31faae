"""Value makers and span checks for the blind33 PII set (phonenumbers, schwifty, ipaddress, Luhn).

Written for blind33 only; shares nothing with the earlier generators."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers
from schwifty import IBAN

PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
IP = "IP_ADDRESS"
CARD = "CREDIT_CARD"
IBAN_T = "IBAN_CODE"
SSN = "US_SSN"
TYPES = (PHONE, EMAIL, IP, CARD, IBAN_T, SSN)

_PT = phonenumbers.PhoneNumberType
_FMT = phonenumbers.PhoneNumberFormat


class Doc:
    """Builds a text and its spans together."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, typ: str, s: str) -> Doc:
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "text": s})
        return self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones
def _national_digits(rng, region: str, mobile: bool) -> phonenumbers.PhoneNumber:
    ex = phonenumbers.example_number_for_type(region, _PT.MOBILE if mobile else _PT.FIXED_LINE)
    nat = str(ex.national_number)
    keep = max(2, len(nat) - 6)
    for _ in range(200):
        cand = nat[:keep] + "".join(str(rng.randrange(10)) for _ in range(len(nat) - keep))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(num) and not cand.endswith("0000"):
            return num
    return ex


def phone(rng, region: str, style: str | None = None, mobile: bool | None = None) -> str:
    """A valid number for `region` written one of the ways people of that country write it."""
    if mobile is None:
        mobile = rng.random() < 0.55
    num = _national_digits(rng, region, mobile)
    style = style or rng.choice(["nat", "nat", "nat", "intl", "intl", "e164", "tight"])
    if style == "nat":
        s = phonenumbers.format_number(num, _FMT.NATIONAL)
    elif style == "intl":
        s = phonenumbers.format_number(num, _FMT.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, _FMT.E164)
    elif style == "dash":
        s = phonenumbers.format_number(num, _FMT.INTERNATIONAL).replace(" ", "-").replace("+", "+", 1)
        s = s.replace("+" + str(num.country_code) + "-", "+" + str(num.country_code) + " ", 1)
    elif style == "dots":
        s = phonenumbers.format_number(num, _FMT.NATIONAL)
        s = re.sub(r"[\s\-]+", ".", s.replace("(", "").replace(")", ""))
    elif style == "paren" and phonenumbers.format_number(num, _FMT.NATIONAL).startswith("0"):
        s = "+" + str(num.country_code) + " (0)" + phonenumbers.format_number(num, _FMT.NATIONAL).lstrip("0")
    elif style == "paren":
        s = phonenumbers.format_number(num, _FMT.INTERNATIONAL)
    else:  # tight: national digits without separators
        s = re.sub(r"[^\d+]", "", phonenumbers.format_number(num, _FMT.NATIONAL))
    assert phone_ok(s, region), (s, region)
    return s


_EXT = re.compile(r"\s*(?:,|;|ext\.?|x|доб\.?|内線|내선|שלוחה|داخلی|ext|Ext\.?|#)\s*\d{1,5}$", re.IGNORECASE)


def strip_ext(s: str) -> str:
    return _EXT.sub("", s)


def phone_ok(s: str, region: str) -> bool:
    core = strip_ext(s)
    for reg in (region, None):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(core, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def us_phone(rng, style: str | None = None) -> str:
    while True:
        area = rng.choice(["212", "312", "415", "503", "602", "615", "702", "720", "804", "919", "952", "971"])
        ex = f"{rng.randrange(2, 10)}{rng.randrange(10)}{rng.randrange(10)}"
        if ex[1:] == "11" or ex == "555":
            continue
        line = f"{rng.randrange(10000):04d}"
        num = phonenumbers.parse(f"+1{area}{ex}{line}", None)
        if phonenumbers.is_valid_number(num):
            break
    style = style or rng.choice(["paren", "dash", "dash", "dots", "plus", "one"])
    s = {
        "paren": f"({area}) {ex}-{line}",
        "dash": f"{area}-{ex}-{line}",
        "dots": f"{area}.{ex}.{line}",
        "plus": f"+1 {area} {ex} {line}",
        "one": f"1-{area}-{ex}-{line}",
        "e164": f"+1{area}{ex}{line}",
    }[style]
    assert phone_ok(s, "US")
    return s


# ---------------------------------------------------------------- e-mails
def email(rng, local: str, domain: str) -> str:
    local = re.sub(r"[^a-z0-9._-]", "", local.lower()) or "info"
    return f"{local}@{domain}"


def email_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", s))


# ---------------------------------------------------------------- IPs
def ipv4(rng, private: bool = False) -> str:
    if private:
        return rng.choice([f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                           f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                           f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"])
    first = rng.choice([23, 31, 37, 45, 62, 77, 85, 91, 103, 141, 151, 178, 185, 193, 203, 212])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng, compress: bool = True) -> str:
    groups = [rng.choice(["2a02", "2a01", "2600", "2001", "2406", "2c0f"]), f"{rng.randrange(0x100, 0xffff):x}"]
    groups += [f"{rng.randrange(0x10000):x}" for _ in range(6)]
    if compress and rng.random() < 0.6:
        groups[3:6] = ["0", "0", "0"]
        return str(ipaddress.IPv6Address(":".join(groups)))
    return ":".join(groups)


def ip_ok(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return not (a.is_loopback or a.is_unspecified or str(a) == "255.255.255.255")


# ---------------------------------------------------------------- cards
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


BRANDS = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2720", "2500"], 16),
    "amex": (["34", "37"], 15), "disc": (["6011", "65", "644"], 16), "jcb": (["3528", "3566", "3589"], 16),
}


def card(rng, brand: str | None = None, grouped: str = "space") -> str:
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
    prefixes, n = BRANDS[brand]
    p = rng.choice(prefixes)
    body = p + "".join(str(rng.randrange(10)) for _ in range(n - 1 - len(p)))
    d = _luhn_complete(body)
    if grouped == "none":
        return d
    sep = "-" if grouped == "dash" else " "
    if n == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def card_ok(s: str) -> bool:
    d = re.sub(r"[ \-]", "", s)
    if not d.isdigit() or not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if d[:2] in {"34", "37"}:
        return len(d) == 15
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649:
        return len(d) in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return len(d) in (16, 19)
    return False


def bad_luhn(rng, brand: str = "visa") -> str:
    good = card(rng, brand, "none")
    last = str((int(good[-1]) + rng.randrange(1, 10)) % 10)
    d = good[:-1] + last
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


# ---------------------------------------------------------------- IBANs
def iban(rng, country: str, style: str = "print") -> str:
    i = IBAN.random(country_code=country, random=rng)
    if style == "print":
        return i.formatted
    if style == "compact":
        return str(i.compact)
    return i.formatted.lower()


def iban_ok(s: str) -> bool:
    try:
        IBAN(s)
        return True
    except ValueError:
        return False


def bad_iban(rng, country: str) -> str:
    good = str(IBAN.random(country_code=country, random=rng).compact)
    ck = int(good[2:4])
    bad = good[:2] + f"{(ck + rng.randrange(1, 90)) % 97 + 2:02d}"[:2] + good[4:]
    if iban_ok(bad):
        bad = good[:2] + f"{(ck + 1) % 100:02d}" + good[4:]
    assert not iban_ok(bad)
    return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))


# ---------------------------------------------------------------- SSNs
def ssn(rng, sep: str = "-") -> str:
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    g = rng.randrange(1, 100)
    s = rng.randrange(1, 10000)
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def itin(rng) -> str:
    return f"9{rng.randrange(10, 100)}-{rng.choice([70, 75, 78, 83, 88, 92])}-{rng.randrange(1000, 10000)}"


# ---------------------------------------------------------------- checks
_CHECK = {PHONE: None, EMAIL: email_ok, IP: ip_ok, CARD: card_ok, IBAN_T: iban_ok, SSN: ssn_ok}


def check_row(row: dict, region: str) -> None:
    text = row["text"]
    prev_end = -1
    for sp in sorted(row["spans"], key=lambda s: s["start"]):
        where = f"{row['id']} {sp['type']} {sp['text']!r}"
        assert sp["type"] in TYPES, where
        assert text[sp["start"]:sp["end"]] == sp["text"], f"span text mismatch: {where}"
        assert sp["start"] >= prev_end, f"overlap: {where}"
        prev_end = sp["end"]
        before = text[sp["start"] - 1] if sp["start"] > 0 else " "
        after = text[sp["end"]] if sp["end"] < len(text) else " "
        for ch in (before, after):
            assert not (ch.isascii() and ch.isalnum()), f"glued span: {where}"
        assert sp["text"] == sp["text"].strip() and sp["text"][-1] not in ".,;:)]", f"untrimmed: {where}"
        if sp["type"] == PHONE:
            assert phone_ok(sp["text"], region), f"invalid phone: {where}"
        else:
            assert _CHECK[sp["type"]](sp["text"]), f"invalid {sp['type']}: {where}"
