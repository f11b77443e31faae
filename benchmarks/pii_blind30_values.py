"""Value makers and look-alike makers for the blind30 PII set (see pii_blind30.py).

Every real value is made here with phonenumbers / schwifty / ipaddress / a Luhn check; every
look-alike is made so that it fails the span rules (or is a different kind of identifier).
"""

from __future__ import annotations

import ipaddress
import random

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from schwifty import IBAN

# ----------------------------------------------------------------------------- checks


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card_brand_ok(digits: str) -> bool:
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    p2, p4, p6 = int(digits[:2]), int(digits[:4]), int(digits[:6])
    if 51 <= p2 <= 55 or 222100 <= p6 <= 272099:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19
    if p2 in (36, 38) or 300 <= int(digits[:3]) <= 305:
        return n in (14, 16)
    if digits.startswith("62"):
        return 16 <= n <= 19
    return False


def card_valid(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    if any(not (ch.isdigit() or ch in " -") for ch in text):
        return False
    return 13 <= len(digits) <= 19 and luhn_ok(digits) and card_brand_ok(digits)


def ssn_valid(text: str) -> bool:
    digits = text.replace("-", "").replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def iban_valid(text: str) -> bool:
    try:
        IBAN(text.replace(" ", "").upper())
        return True
    except ValueError:
        return False


def ip_labelable(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified:
        return False
    return not (ip.version == 4 and (str(ip) == "255.255.255.255" or str(ip).startswith("255.")))


# ----------------------------------------------------------------------------- phones

_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE)


def phone_obj(rng: random.Random, region: str, kind: int = 0):
    """A valid number of `region` (kind 0 mobile, 1 fixed line, 2 toll free)."""
    ex = phonenumbers.example_number_for_type(region, _TYPES[kind]) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    for attempt in range(1500):
        keep = max(1, len(nsn) - (8 if attempt < 1000 else 6))
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


def phone(rng: random.Random, region: str, style: str = "nat", kind: int = 0) -> str:
    """A valid phone of `region` written in `style`: nat, intl, e164, dots, bare, paren00."""
    num = phone_obj(rng, region, kind)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style == "intl":
        out = intl
    elif style == "e164":
        out = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    elif style == "dots":
        out = nat.replace(" ", ".").replace("-", ".")
    elif style == "bare":
        out = "".join(ch for ch in nat if ch.isdigit())
    elif style == "00":
        out = "00" + intl[1:]
    elif style == "dash":
        out = intl.replace(" ", "-")
    else:
        out = nat
    assert phone_ok(out, region), (out, region)
    return out


def phone_ok(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def phone_e164(text: str, region: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(text, region), PhoneNumberFormat.E164)


def us_phone(rng: random.Random, style: int = 0) -> str:
    while True:
        area = rng.choice(["212", "312", "415", "503", "614", "702", "816", "919", "971", "series"])
        if area == "series":
            area = str(rng.randint(201, 989))
        exch = str(rng.randint(202, 989))
        line = f"{rng.randint(0, 9999):04d}"
        forms = [f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"{area}.{exch}.{line}",
                 f"+1 {area} {exch} {line}", f"1-{area}-{exch}-{line}", f"{area} {exch} {line}"]
        out = forms[style % len(forms)]
        if phone_ok(out, "US"):
            return out


# ----------------------------------------------------------------------------- other values


def ipv4(rng: random.Random) -> str:
    while True:
        a = rng.choice([5, 23, 31, 37, 45, 62, 77, 81, 89, 91, 94, 103, 109, 141, 151, 176, 185, 193, 202, 212, 217])
        ip = ipaddress.IPv4Address(f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        if ip.is_global:
            return str(ip)


def ipv4_private(rng: random.Random) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])


def ipv6(rng: random.Random, compress: bool = True) -> str:
    head = rng.choice(["2a01:4f8", "2001:67c", "2a02:c207", "2600:1f18", "2c0f:fb50", "2404:6800", "2a00:1450"])
    tail = ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(6))
    ip = ipaddress.IPv6Address(f"{head}:{tail}")
    return ip.compressed if compress else ip.exploded


def card(rng: random.Random, brand: str = "", sep: str = " ") -> str:
    brand = brand or rng.choice(["visa", "mc", "mc2", "amex", "disc", "jcb", "diners", "unionpay"])
    prefix, length = {
        "visa": ("4" + str(rng.randint(10000, 99999)), 16), "mc": (str(rng.randint(51, 55)) + str(rng.randint(1000, 9999)), 16),
        "mc2": (str(rng.randint(2221, 2720)) + str(rng.randint(10, 99)), 16), "amex": (rng.choice(["34", "37"]) + str(rng.randint(1000, 9999)), 15),
        "disc": ("6011" + str(rng.randint(10, 99)), 16), "jcb": (str(rng.randint(3528, 3589)) + str(rng.randint(10, 99)), 16),
        "diners": ("36" + str(rng.randint(1000, 9999)), 14), "unionpay": ("62" + str(rng.randint(1000, 9999)), 16),
    }[brand]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    digits = luhn_complete(body)
    return group_card(digits, sep)


def group_card(digits: str, sep: str) -> str:
    if not sep:
        return digits
    if len(digits) == 15 or len(digits) == 14:
        parts = [digits[:4], digits[4:10], digits[10:]]
    else:
        parts = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    return sep.join(parts)


def iban(rng: random.Random, country: str, grouped: bool = True, lower: bool = False) -> str:
    value = IBAN.random(country_code=country, random=rng)
    compact = value.compact
    keep = 4 + len(value.bank_code or "") + len(value.branch_code or "")
    digitised = compact[:keep] + "".join(ch if ch.isdigit() else str(rng.randint(0, 9)) for ch in compact[keep:])
    try:
        value = IBAN(_with_check(country, digitised[4:]))
    except ValueError:
        pass
    text = value.formatted if grouped else value.compact
    return text.lower() if lower else text


def _with_check(country: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in (bban + country + "00"))
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        out = f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}" if sep is not None else s
        if ssn_valid(out):
            return out


# ----------------------------------------------------------------------------- look-alikes


def bad_iban(rng: random.Random, country: str, grouped: bool = True) -> str:
    good = iban(rng, country, grouped=False)
    check = int(good[2:4])
    wrong = f"{(check + rng.randint(1, 40)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(check + 3) % 97 + 2:02d}"
    bad = good[:2] + wrong + good[4:]
    if iban_valid(bad):
        return bad_iban(rng, country, grouped)
    return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4)) if grouped else bad


def creditor_id(rng: random.Random, country: str = "DE") -> str:
    """A SEPA creditor identifier (ZZZ business code): IBAN-shaped, not an IBAN."""
    nat = "".join(rng.choice("0123456789") for _ in range(11))
    num = "".join(str(int(ch, 36)) for ch in (nat + country + "00"))
    return f"{country}{98 - int(num) % 97:02d}ZZZ{nat}"


def rf_reference(rng: random.Random) -> str:
    ref = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 14)))
    num = "".join(str(int(ch, 36)) for ch in (ref + "RF00"))
    full = f"RF{98 - int(num) % 97:02d}{ref}"
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


def card_bad_luhn(rng: random.Random, sep: str = " ") -> str:
    good = card(rng, rng.choice(["visa", "mc", "disc"]), sep="")
    last = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return group_card(good[:-1] + last, sep)


def card_masked(rng: random.Random) -> str:
    good = card(rng, rng.choice(["visa", "mc", "amex"]), sep="")
    return rng.choice([f"**** **** **** {good[-4:]}", f"{good[:6]}******{good[-4:]}", f"XXXX-XXXX-XXXX-{good[-4:]}",
                       f"{good[:4]} •••• •••• {good[-4:]}"])


def imei(rng: random.Random) -> str:
    return luhn_complete("35" + "".join(rng.choice("0123456789") for _ in range(12)))


def iccid(rng: random.Random) -> str:
    return luhn_complete("8949" + "".join(rng.choice("0123456789") for _ in range(14)))


def luhn_other_prefix(rng: random.Random, n: int = 16) -> str:
    """Luhn-valid but no card brand (prefix 1, 7, 8 or 9): loyalty and gift-card numbers."""
    return luhn_complete(rng.choice("1789") + "".join(rng.choice("0123456789") for _ in range(n - 2)))


def ssn_invalid(rng: random.Random) -> str:
    kind = rng.randint(0, 4)
    if kind == 0:
        return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 71, 78, 80, 88, 92])}-{rng.randint(1000, 9999)}"
    if kind == 1:
        return f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if kind == 2:
        return f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if kind == 3:
        return f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}"
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"


def ein(rng: random.Random) -> str:
    return f"{rng.choice([12, 20, 27, 33, 46, 47, 52, 61, 75, 81, 84, 93])}-{rng.randint(1000000, 9999999)}"


def itin(rng: random.Random) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([50, 65, 70, 75, 83, 90, 94])}-{rng.randint(1000, 9999)}"


def oid(rng: random.Random) -> str:
    return f"1.3.6.1.4.1.{rng.randint(2000, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 30)}"


def version4(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.choice([rng.randint(1, 250), rng.randint(300, 4000)])}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
