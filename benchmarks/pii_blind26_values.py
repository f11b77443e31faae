"""Value makers and the document builder of the blind26 PII set (see benchmarks/pii_blind26.py).

Every value is made here with phonenumbers, schwifty, ipaddress and a Luhn check; every look-alike
(order, invoice, tracking, meter, policy numbers, dates, amounts, versions, OIDs, masked cards,
ITINs, EINs, IBANs with a wrong check digit...) is made here too and is never labelled.
"""

from __future__ import annotations

import ipaddress
import re
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN

PHONE, EMAIL, IP, CARD, IBAN_T, SSN = (
    "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")

# the words a written extension starts with, in every language of the set (part of the phone span)
EXT_WORDS = ["ext.", "Ext.", "x", "App.", "poste", "anexo", "ramal", "interno", "toestel", "wew.",
             "доб.", "内線", "转", "분기", "내선", "ankn.", "linka", "mellék", "dahili", "εσωτ.", "שלוחה",
             "تحويلة", "داخلی", "एक्सटेंशन", "ต่อ", "máy lẻ", "int.", "vaihde", "შიდა", "samb.", "分机"]
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


class Doc:
    """Text built piece by piece; `v(type, text)` appends a labelled value and records its span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def add(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, typ: str, s: str) -> Doc:
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "text": s})
        return self.add(s)

    def t(self, template: str, **vals) -> Doc:
        """Fill `{NAME}` slots: a (type, text) tuple is a labelled value, a str is plain text."""
        pos = 0
        for m in re.finditer(r"\{([A-Z]\w*)\}", template):
            self.add(template[pos:m.start()])
            val = vals[m.group(1)]
            if isinstance(val, tuple):
                self.v(*val)
            else:
                self.add(str(val))
            pos = m.end()
        self.add(template[pos:])
        return self

    def text(self) -> str:
        return "".join(self.parts)


def digits(rng, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


# ---------------------------------------------------------------- phones
def phone_number(rng, region: str, mobile: bool | None = None):
    kinds = [PNT.MOBILE, PNT.FIXED_LINE] if mobile is None else ([PNT.MOBILE] if mobile else [PNT.FIXED_LINE])
    kind = rng.choice(kinds)
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    keep = max(2, len(nsn) - 6)
    for _ in range(200):
        cand = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


def fmt_phone(rng, num, region: str, style: str | None = None) -> str:
    """One of the ways people write a number: +CC, 00CC, national with trunk prefix, dots, slashes,
    hyphens, the area code in brackets, no separators. Falls back to the national format when a
    style would not parse back to a valid number of `region`."""
    styles = ["intl", "intl", "nat", "nat", "nat", "e164", "00", "dots", "hyph", "nosep", "paren", "slash"]
    style = style or rng.choice(styles)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    if style == "intl":
        s = intl
    elif style == "e164":
        s = phonenumbers.format_number(num, PNF.E164)
    elif style == "00":
        s = "00" + intl[1:]
    elif style == "dots":
        s = re.sub(r"[\s\-]+", ".", nat.replace("(", "").replace(")", ""))
    elif style == "hyph":
        s = re.sub(r"\s+", "-", nat.replace("(", "").replace(")", ""))
    elif style == "nosep":
        s = re.sub(r"\D", "", nat)
    elif style == "paren":
        groups = re.split(r"[\s\-]+", nat.replace("(", "").replace(")", ""))
        s = f"({groups[0]}) " + " ".join(groups[1:]) if len(groups) > 1 else nat
    elif style == "slash":
        groups = re.split(r"[\s\-]+", nat.replace("(", "").replace(")", ""))
        s = groups[0] + "/" + "".join(groups[1:]) if len(groups) > 1 else nat
    elif style == "1dash":
        s = "1-" + re.sub(r"\s+", "-", nat.replace("(", "").replace(")", ""))
    elif style == "intl0":
        cc = str(num.country_code)
        rest = intl[len(cc) + 2:]
        s = f"+{cc} (0){rest}"
    else:
        s = nat
    if not phone_ok(s, [region]):
        s = nat if phone_ok(nat, [region]) else intl
    return s


def phone(rng, region: str, mobile: bool | None = None, style: str | None = None, script: str = "") -> str:
    s = fmt_phone(rng, phone_number(rng, region, mobile), region, style)
    if script == "ar":
        s = s.translate(_ARABIC_DIGITS)
    elif script == "fa":
        s = s.translate(_PERSIAN_DIGITS)
    return s


def strip_ext(s: str) -> str:
    for w in sorted(EXT_WORDS, key=len, reverse=True):
        m = re.search(r"[\s,;]*" + re.escape(w) + r"\s*[\d٠-٩۰-۹]{1,5}$", s)
        if m and m.start() > 0:
            return s[:m.start()]
    return s


def phone_ok(s: str, regions) -> bool:
    base = strip_ext(s)
    for r in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(base, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


# ---------------------------------------------------------------- cards
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num][::-1]
    tot = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds))
    return tot % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


BRANDS = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15),
          ("37", 15), ("6011", 16), ("65", 16), ("3528", 16), ("3566", 16), ("4", 13)]


def card_brand_ok(num: str) -> bool:
    n, p2, p4 = len(num), int(num[:2]), int(num[:4])
    if num[0] == "4":
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if p4 == 6011 or p2 == 65 or 644 <= int(num[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= p4 <= 3589:
        return n in (16, 19)
    return False


def card(rng, sep: str | None = None) -> str:
    prefix, n = rng.choice(BRANDS)
    num = _luhn_complete(prefix + "".join(rng.choice(string.digits) for _ in range(n - len(prefix) - 1)))
    sep = rng.choice([" ", "-", "", " "]) if sep is None else sep
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if n == 13:
        return num
    return sep.join(num[i:i + 4] for i in range(0, n, 4))


def card_lookalike(rng) -> str:
    kind = rng.randrange(5)
    if kind == 0:  # masked
        return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• "]) + digits(rng, 4, string.digits)
    if kind == 1:  # Luhn-invalid with a brand prefix
        prefix, n = rng.choice(BRANDS[:4])
        good = _luhn_complete(prefix + digits(rng, n - len(prefix) - 1, string.digits))
        bad = good[:-1] + str((int(good[-1]) + rng.randrange(1, 10)) % 10)
        return " ".join(bad[i:i + 4] for i in range(0, n, 4))
    if kind == 2:  # gift card / loyalty: no brand prefix (Luhn may hold)
        body = rng.choice(["7", "9", "8"]) + digits(rng, 14, string.digits)
        return " ".join(_luhn_complete(body)[i:i + 4] for i in range(0, 16, 4))
    if kind == 3:  # 19-digit gift card
        return digits(rng, 19, "789")
    return "6" + "".join(rng.choice("789") for _ in range(3)) + " " + digits(rng, 4, string.digits) + " " + digits(rng, 4, string.digits) + " " + digits(rng, 4, string.digits)


# ---------------------------------------------------------------- SSN
def ssn(rng, sep: str = "-") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{sep}{rng.randrange(1, 100):02d}{sep}{rng.randrange(1, 10000):04d}"


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def ssn_lookalike(rng) -> str:
    kind = rng.randrange(6)
    if kind == 0:  # ITIN
        return f"9{rng.randrange(0, 100):02d}-{rng.choice([70, 75, 81, 88, 92, 94])}-{rng.randrange(1, 10000):04d}"
    if kind == 1:  # EIN
        return f"{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}"
    if kind == 2:
        return f"000-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
    if kind == 3:
        return f"666-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
    if kind == 4:
        return f"{rng.randrange(100, 899)}-00-{rng.randrange(1000, 9999)}"
    return f"{rng.randrange(100, 899)}-{rng.randrange(10, 99)}-0000"


# ---------------------------------------------------------------- IBAN
def iban(rng, country: str, style: str | None = None) -> str:
    code = str(IBAN.random(country_code=country, random=rng))
    style = style or rng.choice(["compact", "groups", "groups", "lower"])
    if style == "groups":
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    if style == "lower":
        return code.lower() if rng.random() < 0.5 else " ".join(code[i:i + 4] for i in range(0, len(code), 4)).lower()
    return code


def iban_ok(s: str) -> bool:
    try:
        IBAN(s.replace(" ", "").upper())
        return True
    except Exception:  # noqa: BLE001 - schwifty raises several error classes
        return False


def iban_lookalike(rng, country: str) -> str:
    code = str(IBAN.random(country_code=country, random=rng))
    for d in range(1, 99):
        bad = code[:2] + f"{(int(code[2:4]) + d) % 100:02d}" + code[4:]
        if not iban_ok(bad):
            return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))
    raise AssertionError(code)


# ---------------------------------------------------------------- IP
NOT_IPS = ["127.0.0.1", "0.0.0.0", "255.255.255.0", "255.255.0.0", "255.255.255.255", "255.255.255.192",
           "::1", "::", "0.0.0.255", "255.255.254.0", "127.0.1.1", "255.0.0.0"]


def ipv4(rng, private: bool | None = None) -> str:
    private = rng.random() < 0.4 if private is None else private
    if private:
        return rng.choice([f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                           f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                           f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"])
    while True:
        a = rng.choice([rng.randrange(1, 224), 23, 34, 52, 81, 91, 104, 151, 185, 203])
        s = f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        if ip_ok(s) and a not in (10, 127, 172, 192):
            return s


def ipv6(rng, style: str | None = None) -> str:
    groups = [rng.choice(["2001", "2a02", "2600", "2a01", "2406", "fd12", "2804"]), f"{rng.randrange(65536):x}",
              f"{rng.randrange(65536):x}", f"{rng.randrange(65536):x}"] + [
        f"{rng.randrange(65536):x}" for _ in range(4)]
    style = style or rng.choice(["short", "short", "full", "upper", "zeros", "linklocal", "mapped"])
    if style == "full":
        return ":".join(g.zfill(4) for g in groups)
    if style == "zeros":
        return ":".join(groups[:4]) + "::" + groups[7]
    if style == "linklocal":
        return f"fe80::{rng.randrange(65536):x}:{rng.randrange(256):x}ff:fe{rng.randrange(256):02x}:{rng.randrange(65536):x}"
    if style == "mapped":
        return "::ffff:" + ipv4(rng, False)
    s = str(ipaddress.IPv6Address(":".join(groups[:3]) + "::" + ":".join(groups[5:])))
    return s.upper() if style == "upper" else s


def _is_netmask(a: ipaddress.IPv4Address) -> bool:
    bits = f"{int(a):032b}"
    return "01" not in bits or "10" not in bits


def ip_ok(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    if a.is_loopback or a.is_unspecified:
        return False
    return not (isinstance(a, ipaddress.IPv4Address) and _is_netmask(a))


def ip_lookalike(rng) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return rng.choice(NOT_IPS)
    if kind == 1:  # OID
        return "1.3.6.1." + ".".join(str(rng.randrange(1, 30)) for _ in range(rng.randrange(3, 7)))
    if kind == 2:  # build / version
        return f"{rng.randrange(1, 25)}.{rng.randrange(0, 20)}.{rng.randrange(1000, 30000)}.{rng.randrange(1, 999)}"
    if kind == 3:  # dotted date
        return f"{rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}.{rng.randrange(2019, 2027)}"
    if kind == 4:
        return f"{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 40)}.{rng.randrange(0, 9)}"
    if kind == 5:
        return f"v{rng.randrange(1, 5)}.{rng.randrange(0, 30)}.{rng.randrange(0, 15)}"
    return f"{rng.randrange(300, 999)}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}"


# ---------------------------------------------------------------- e-mail
def email_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[^\s@]+@[^\s@]+\.[^\s@.]+", s))


def email(rng, local: str, domain: str) -> str:
    local = re.sub(r"[^a-z0-9._-]", "", local.lower()) or "info"
    return f"{local}@{domain}"


def email_lookalike(rng, local: str, domain: str) -> str:
    kind = rng.randrange(7)
    host, _, tld = domain.rpartition(".")
    if kind == 0:
        return f"{local} at {host} dot {tld}"
    if kind == 1:
        return f"<{digits(rng, 14, string.digits)}.{digits(rng, 6, string.digits)}@{domain}>"
    if kind == 2:
        return rng.choice(["lodash", "react", "@types/node", "pg", "left-pad"]) + f"@{rng.randrange(1, 19)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9)}"
    if kind == 3:
        return f"deploy@{host}-{rng.randrange(1, 40):02d}:~$"
    if kind == 4:
        return f"git@github.com:{host}/{local}.git"
    if kind == 5:
        return "logo@2x.png"
    return f"{local}[at]{domain}"


# ---------------------------------------------------------------- other look-alikes (never labelled)
def dated(rng, style: str) -> str:
    y, m, d = rng.randrange(2023, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
    return {"dmy.": f"{d:02d}.{m:02d}.{y}", "dmy/": f"{d:02d}/{m:02d}/{y}", "mdy": f"{m:02d}/{d:02d}/{y}",
            "iso": f"{y}-{m:02d}-{d:02d}", "ymd/": f"{y}/{m:02d}/{d:02d}", "cjk": f"{y}年{m}月{d}日",
            "ko": f"{y}. {m}. {d}.", "dmy-": f"{d:02d}-{m:02d}-{y}"}[style]


def lookalike_number(rng) -> str:
    """A phone-shaped number that the text marks as something else."""
    kind = rng.randrange(9)
    if kind == 0:
        return digits(rng, rng.randrange(8, 13), "0123456789")
    if kind == 1:
        return f"{digits(rng, 3)} {digits(rng, 3, string.digits)} {digits(rng, 4, string.digits)}"
    if kind == 2:
        return f"{digits(rng, 2)}-{digits(rng, 4, string.digits)}-{digits(rng, 4, string.digits)}"
    if kind == 3:
        return f"0{digits(rng, 9, string.digits)}"
    if kind == 4:
        return f"{digits(rng, 4)}/{digits(rng, 6, string.digits)}"
    if kind == 5:
        return f"+{digits(rng, 3, string.digits)}.{digits(rng, 2, string.digits)}"
    if kind == 6:
        return f"{digits(rng, 3)}.{digits(rng, 3, string.digits)}.{digits(rng, 3, string.digits)}"
    if kind == 7:
        return f"{digits(rng, 2)} {digits(rng, 2, string.digits)} {digits(rng, 2, string.digits)} {digits(rng, 2, string.digits)} {digits(rng, 2, string.digits)}"
    return f"({digits(rng, 3)}) {digits(rng, 4, string.digits)}"


def isbn13(rng) -> str:
    body = "978" + digits(rng, 9, string.digits)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{(10 - s % 10) % 10}"


def imei(rng) -> str:
    return _luhn_complete("35" + digits(rng, 12, string.digits))


def coords(rng) -> str:
    return f"{rng.uniform(-60, 70):.5f}, {rng.uniform(-150, 150):.5f}"
