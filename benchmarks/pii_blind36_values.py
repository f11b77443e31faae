"""Value makers and the per-language lexicon for the blind36 PII set (see pii_blind36.py).

Every value is made here by our own code: phones with `phonenumbers`, IBANs with a mod-97 we
compute and `schwifty` confirms, cards with a Luhn digit over real brand prefixes, SSNs inside the
valid ranges, IPs with `ipaddress`. Look-alikes are made beside them and never labelled.
"""

from __future__ import annotations

import ipaddress
import random
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN

# ---------------------------------------------------------------- phones

_SEPS = {"FR": ".", "DE": "/", "IT": " ", "ES": " ", "RU": "-", "UA": " ", "PL": "-", "NL": "-", "US": ".",
         "SE": "-", "TR": " ", "GR": "-", "IL": "-", "JP": "-", "KR": "-", "CN": "-", "IN": "-", "TH": "-"}


def _valid_nsn(rng: random.Random, region: str, kind) -> phonenumbers.PhoneNumber:
    base = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(base)
    for i in range(600):
        keep = max(1, len(nsn) - 6) if i > 300 else rng.randint(1, max(1, len(nsn) - 5))
        cand = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(base.country_code) + cand, "ZZ")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == kind:
            return num
    return base


def phone(rng: random.Random, region: str, mobile: bool | None = None, style: str | None = None) -> str:
    """A valid number for `region`, written the way that country's pages write it."""
    if mobile is None:
        mobile = rng.random() < 0.55
    kind = PNT.MOBILE if mobile else PNT.FIXED_LINE
    if region in ("US", "CA"):
        kind = PNT.FIXED_LINE_OR_MOBILE
    num = _us(rng) if region == "US" else _valid_nsn(rng, region, kind)
    style = style or rng.choice(["nat", "nat", "intl", "intl", "e164", "sep", "paren"])
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    if style == "nat":
        out = nat
    elif style == "intl":
        out = intl
    elif style == "e164":
        out = phonenumbers.format_number(num, PNF.E164)
    elif style == "sep" and region == "US":
        d = phonenumbers.national_significant_number(num)
        sep = rng.choice([".", "-"])
        out = sep.join([d[:3], d[3:6], d[6:]])
    elif style == "sep":
        sep = _SEPS.get(region, " ")
        out = nat.replace(" ", sep) if sep != "/" else nat.replace(" ", "/", 1)
    else:  # "paren": +CC (0) trunk for the countries that write it, else a dotted international form
        if region in ("DE", "NL", "GB", "IT", "CH"):
            cc = intl.split(" ", 1)
            out = cc[0] + " (0)" + cc[1] if region != "IT" else intl
        else:
            out = intl.replace(" ", ".") if region in ("FR", "BE") else intl
            if region == "US":
                d = phonenumbers.national_significant_number(num)
                out = f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"
    if not _ok(out, region):
        out = intl
    return out


_AREAS = ["212", "312", "415", "512", "602", "614", "702", "804", "919", "971", "505", "609", "317", "404", "313",
          "216", "303", "206", "865", "401", "207", "405", "901", "808", "907", "612", "480", "720", "651", "773"]


def _us(rng: random.Random) -> phonenumbers.PhoneNumber:
    while True:
        ex = rng.randint(200, 999)
        if ex == 555 or ex % 100 == 11:
            continue
        num = phonenumbers.parse(f"+1{rng.choice(_AREAS)}{ex}{rng.randint(0, 9999):04d}", "ZZ")
        if phonenumbers.is_valid_number(num):
            return num


def _ok(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


def phone_valid_somewhere(value: str, regions) -> bool:
    return any(_ok(value, r) for r in regions)


# ---------------------------------------------------------------- IBAN

_BBAN = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "A1n22", "PT": "n21", "NL": "A4n10", "PL": "n24",
         "TR": "n5z1n16", "SE": "n20", "GR": "n23", "GE": "A2n16", "AE": "n19", "UA": "n6z5n14",
         "IL": "n19", "BE": "n12", "AT": "n16", "CH": "n17", "GB": "A4n14", "IE": "A4n14", "SA": "n22"}


def _bban(rng: random.Random, spec: str) -> str:
    out, i = [], 0
    while i < len(spec):
        c = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1:j])
        if c == "n":
            out += [rng.choice(string.digits) for _ in range(n)]
        elif c == "z":
            out += ["0"] * n
        elif c == "A":
            out += [rng.choice(string.ascii_uppercase) for _ in range(n)]
        elif c == "a":
            out += [rng.choice(string.ascii_uppercase)]
            if n > 1:
                out += [rng.choice(string.digits) for _ in range(n - 1)]
        elif c == "N":
            out += [rng.choice(string.digits) for _ in range(n - 12)] + [rng.choice(string.digits) for _ in range(12)]
        i = j
    return "".join(out)


def _check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban(rng: random.Random, country: str, style: str | None = None) -> str:
    for _ in range(200):
        bban = _bban(rng, _BBAN[country])
        if country == "IT":
            bban = bban[:11] + bban[11:]
        raw = country + _check(country, bban) + bban
        if iban_valid(raw):
            break
    style = style or rng.choice(["grp", "grp", "raw", "low", "grp"])
    if style == "raw":
        return raw
    grp = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return grp.lower() if style == "low" else grp


def iban_valid(value: str) -> bool:
    try:
        IBAN(value.replace(" ", "").upper())
    except ValueError:
        return False
    return True


def bad_iban(rng: random.Random, country: str) -> str:
    """Same shape, wrong check digits."""
    good = iban(rng, country, "raw")
    cd = int(good[2:4])
    wrong = f"{(cd + rng.randint(1, 9)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(cd + 11) % 90 + 2:02d}"
    raw = good[:2] + wrong + good[4:]
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ---------------------------------------------------------------- cards

_BRANDS = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
           ("6011", 16), ("65", 16), ("3530", 16), ("3566", 16), ("36", 14), ("62", 16)]


def luhn_ok(digits: str) -> bool:
    s, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
        alt = not alt
    return s % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in string.digits:
        if luhn_ok(body + d):
            return d
    raise AssertionError


def brand_ok(digits: str) -> bool:
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    if digits[:2] in ("34", "37"):
        return n == 15
    if 51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720:
        return n == 16
    if digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(digits[:4]) <= 3589:
        return n in (16, 19)
    if digits[:2] == "36" or 300 <= int(digits[:3]) <= 305:
        return n == 14
    if digits[:2] == "62":
        return 16 <= n <= 19
    return False


def card_digits(rng: random.Random) -> str:
    pre, n = rng.choice(_BRANDS)
    body = pre + "".join(rng.choice(string.digits) for _ in range(n - len(pre) - 1))
    return body + _luhn_digit(body)


def fmt_card(rng: random.Random, d: str, style: str | None = None) -> str:
    style = style or rng.choice(["sp", "sp", "dash", "raw"])
    if style == "raw":
        return d
    sep = " " if style == "sp" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card(rng: random.Random, style: str | None = None) -> str:
    return fmt_card(rng, card_digits(rng), style)


def bad_card(rng: random.Random) -> str:
    d = card_digits(rng)
    last = str((int(d[-1]) + rng.randint(1, 9)) % 10)
    return fmt_card(rng, d[:-1] + last)


def masked_card(rng: random.Random) -> str:
    d = card_digits(rng)
    return rng.choice([f"**** **** **** {d[-4:]}", f"{d[:4]} XXXX XXXX {d[-4:]}", f"{d[:6]}******{d[-4:]}",
                       f"•••• {d[-4:]}", f"xxxx-xxxx-xxxx-{d[-4:]}"])


def nobrand_card(rng: random.Random) -> str:
    body = rng.choice("1789") + "".join(rng.choice(string.digits) for _ in range(14))
    d = body + _luhn_digit(body)
    return fmt_card(rng, d, "sp")


# ---------------------------------------------------------------- SSN

def ssn_parts(rng: random.Random):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str = "-") -> str:
    return sep.join(ssn_parts(rng))


def ssn_valid(value: str) -> bool:
    d = value.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def bad_ssn(rng: random.Random) -> str:
    a, g, s = ssn_parts(rng)
    return rng.choice([f"9{rng.randint(0, 99):02d}-{rng.choice(['70', '78', '83', '91'])}-{s}", f"666-{g}-{s}",
                       f"000-{g}-{s}", f"{a}-00-{s}", f"{a}-{g}-0000"])


def ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


# ---------------------------------------------------------------- IP

def ipv4(rng: random.Random, private: bool = False) -> str:
    while True:
        if private:
            a = ipaddress.IPv4Address(rng.choice([0x0A000000, 0xC0A80000, 0xAC100000]) + rng.randint(2, 65000))
        else:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if a.is_loopback or a.is_unspecified or a.is_multicast or a.is_reserved or a.is_link_local:
            continue
        if not private and a.is_private:
            continue
        s = str(a)
        if s.endswith((".0", ".255")):
            continue
        return s


def ipv6(rng: random.Random) -> str:
    pre = rng.choice([0x2A01, 0x2A02, 0x2001, 0x2600, 0x2C0F, 0x2406, 0x2804, 0x2A00])
    groups = [pre, rng.randint(0, 0xFFFF), rng.randint(0, 0xFFFF), rng.randint(0, 0xFFFF)]
    if rng.random() < 0.5:
        groups += [0, 0, 0, rng.randint(1, 0xFFFF)]
    else:
        groups += [rng.randint(0, 0xFFFF) for _ in range(4)]
    return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.3 else ipv4(rng, private=rng.random() < 0.15)


def ip_valid(value: str) -> bool:
    try:
        a = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (a.is_loopback or a.is_unspecified or str(a) == "255.255.255.255" or str(a).startswith("255."))


# ---------------------------------------------------------------- e-mail

_LOCALS = ["anna", "k.novak", "mehmet.yilmaz", "jtran", "s.moreau", "lena_b", "office", "booking", "info",
           "r.kowalczyk", "giorgi.b", "ahmadi", "yuki.h", "minji", "wei.zhang", "dana.levi", "priya.k",
           "ops-alerts", "noreply-billing", "t.okafor", "m.rossi", "pedro.s", "kasia", "sven.e", "eleni.p"]
_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "mail.ru", "web.de", "gmx.net",
            "orange.fr", "libero.it", "wp.pl", "seznam.cz", "naver.com", "qq.com", "163.com", "yandex.ru"]


def email(rng: random.Random, domain: str | None = None) -> str:
    local = rng.choice(_LOCALS)
    if rng.random() < 0.4:
        local += str(rng.randint(1, 99))
    return f"{local}@{domain or rng.choice(_DOMAINS)}"


def site_email(rng: random.Random, host: str) -> str:
    return f"{rng.choice(['info', 'kontakt', 'hello', 'post', 'office', 'team', 'booking'])}@{host}"
