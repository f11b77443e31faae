"""Value makers, look-alike makers, the document builder and the gold checks of the blind18 set
(benchmarks/pii_blind18.py says what the set is and under which rules it was written)."""

from __future__ import annotations

import ipaddress
import random
import re

import phonenumbers
from schwifty import IBAN

FULLWIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TO_ASCII = str.maketrans("０１２３４５６７８９＋٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789+01234567890123456789")

NBSP = "\u00a0"


class Doc:
    """A document being written: plain pieces and labelled values, spans recorded as they go."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []

    def add(self, text: str) -> Doc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def val(self, kind: str, text: str) -> Doc:
        self.spans.append({"type": kind, "start": self.size, "end": self.size + len(text), "text": text})
        return self.add(text)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones

FIXED, MOBILE = phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    """An example number of `region` (fixed or mobile) with its digits after the third drawn again
    while the result stays valid for the region."""
    kind = rng.choice((FIXED, MOBILE))
    base = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(base.national_number)
    for _ in range(40):
        keep = min(3, len(nsn) - 4)
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        cand = phonenumbers.PhoneNumber(country_code=base.country_code, national_number=int(digits))
        if base.italian_leading_zero:
            cand.italian_leading_zero = True
        if phonenumbers.is_valid_number(cand) and phonenumbers.region_code_for_number(cand) == region:
            return cand
    return base


def phone_text(rng: random.Random, num: phonenumbers.PhoneNumber, style: str) -> str:
    """One writing of a number: national, intl, e164, 00, trunk0, dots, slash, nbsp."""
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if style == "national":
        return nat
    if style == "e164":
        return e164
    if style == "00":
        return "00" + intl[1:]
    if style == "dots":
        return "+" + ".".join(intl[1:].replace("-", " ").split())
    if style == "trunk0" and nat.startswith("0"):
        cc, rest = intl.split(" ", 1)
        return f"{cc} (0){rest}"
    if style == "slash" and nat.startswith("0") and " " in nat:
        head, rest = nat.split(" ", 1)
        return f"{head}/{rest.replace(' ', '')}" if rng.random() < 0.5 else f"{head} / {rest}"
    if style == "nbsp":
        return intl.replace(" ", NBSP)
    if style == "dashes":
        return "+" + "-".join(intl[1:].replace("-", " ").split())
    return intl


# ---------------------------------------------------------------- cards

BRANDS = (  # (prefixes, lengths, printed grouping)
    (("4",), (16,), (4, 4, 4, 4)),
    (("4",), (13,), (4, 4, 5)),
    (("4",), (19,), (4, 4, 4, 4, 3)),
    (("51", "52", "53", "54", "55"), (16,), (4, 4, 4, 4)),
    (("2221", "2300", "2450", "2699", "2720"), (16,), (4, 4, 4, 4)),
    (("34", "37"), (15,), (4, 6, 5)),
    (("6011", "644", "65"), (16,), (4, 4, 4, 4)),
    (("3528", "3540", "3589"), (16,), (4, 4, 4, 4)),
    (("36", "300", "305"), (14,), (4, 6, 4)),
    (("62",), (16, 19), (4, 4, 4, 4, 3)),
    (("2200", "2204"), (16,), (4, 4, 4, 4)),
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise ValueError(body)


def is_brand(digits: str) -> bool:
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    if digits[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(digits[:4]) <= 2720:
        return n == 16
    if digits[:2] in ("34", "37"):
        return n == 15
    if digits[:4] == "6011" or 644 <= int(digits[:3]) <= 649 or digits[:2] == "65":
        return 16 <= n <= 19
    if 3528 <= int(digits[:4]) <= 3589:
        return 16 <= n <= 19
    if digits[:2] in ("36", "38", "39") or 300 <= int(digits[:3]) <= 305:
        return 14 <= n <= 19
    if digits[:2] == "62" or 2200 <= int(digits[:4]) <= 2204:
        return 16 <= n <= 19
    if digits[:2] in ("50", "56", "57", "58") or digits[0] == "6":  # Maestro
        return 12 <= n <= 19
    return False


def card(rng: random.Random) -> tuple[str, tuple[int, ...]]:
    prefixes, lengths, groups = rng.choice(BRANDS)
    length = rng.choice(lengths)
    digits = luhn_complete(rng, rng.choice(prefixes), length)
    if sum(groups) != length:
        groups = (4, 4, 4, 4) if length == 16 else (4,) * (length // 4) + ((length % 4,) if length % 4 else ())
    return digits, groups


def card_text(rng: random.Random, digits: str, groups: tuple[int, ...], style: str) -> str:
    if style == "plain":
        return digits
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g])
        i += g
    sep = {"space": " ", "dash": "-", "dot": ".", "nbsp": NBSP}.get(style, " ")
    return sep.join(out)


def card_valid(text: str) -> bool:
    digits = re.sub(r"[ \-.\u00a0]", "", text)
    return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits) and is_brand(digits)


# look-alikes: 13-19 digit numbers that are not cards by the span rules
def imei(rng: random.Random) -> str:
    return luhn_complete(rng, rng.choice(("35", "86", "01", "99")) + "".join(rng.choice("0123456789") for _ in range(6)), 15)


def not_card_number(rng: random.Random) -> str:
    """13-19 digits that are no card: Luhn-valid without a brand prefix, or brand prefix failing Luhn."""
    length = rng.randint(13, 19)
    if rng.random() < 0.5:
        return luhn_complete(rng, rng.choice("0789") + rng.choice("0123456789"), length)
    prefixes, lengths, _ = rng.choice(BRANDS)
    digits = luhn_complete(rng, rng.choice(prefixes), rng.choice(lengths))
    bad = str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return digits[:-1] + bad


def masked_card(rng: random.Random) -> str:
    digits, _ = card(rng)
    shapes = (f"**** **** **** {digits[-4:]}", f"{digits[:4]} **** **** {digits[-4:]}", f"XXXX-XXXX-XXXX-{digits[-4:]}",
              f"{digits[:6]}******{digits[-4:]}", f"•••• {digits[-4:]}")
    return rng.choice(shapes)


def grouped(digits: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(digits[i:i + size] for i in range(0, len(digits), size))


# ---------------------------------------------------------------- IBANs

IBAN_COUNTRIES = ("DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "PT", "SE", "CZ", "SK", "HU", "RO", "BG", "GR",
                  "TR", "IE", "GB", "DK", "FI", "NO", "LU", "SI", "HR", "LT", "LV", "EE", "SA", "AE", "IL", "UA",
                  "QA", "JO", "KW", "BH", "GE", "AZ", "KZ", "TN", "MT", "CY", "IS", "LI", "MC", "RS", "BA")


def iban(rng: random.Random, country: str) -> IBAN:
    return IBAN.random(country_code=country, random=rng)


def iban_text(value: IBAN, style: str) -> str:
    if style == "print":
        return value.formatted
    if style == "lower":
        return value.formatted.lower() if len(value.compact) % 2 else value.compact.lower()
    return value.compact


def bad_iban(rng: random.Random, country: str) -> str:
    good = iban(rng, country).compact
    check = int(good[2:4])
    wrong = f"{(check + rng.randint(1, 90)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(check + 3) % 97 + 2:02d}"
    return good[:2] + wrong + good[4:]


def iban_valid(text: str) -> bool:
    try:
        IBAN(text.replace(NBSP, " "))
        return True
    except ValueError:  # schwifty's exceptions are ValueErrors
        return False


# ---------------------------------------------------------------- IPs

def ipv4(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        while True:
            a = rng.choice((23, 31, 45, 51, 62, 77, 81, 85, 91, 94, 103, 109, 121, 138, 145, 151, 176, 185, 193, 195,
                            203, 211, 217))
            addr = ipaddress.IPv4Address(f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
            if addr.is_global:
                return str(addr)
    if kind < 0.7:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.85:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.95:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    kind = rng.random()
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(8)]
    if kind < 0.5:
        groups[0], groups[1] = rng.choice(("2001", "2a02", "2a01", "2600", "2400", "2c0f")), f"{rng.randint(0x100, 0xffff):x}"
        addr = ipaddress.IPv6Address(":".join(groups))
    elif kind < 0.75:
        groups[0] = rng.choice(("fd12", "fd00", "fdc4"))
        addr = ipaddress.IPv6Address(":".join(groups))
    else:
        addr = ipaddress.IPv6Address("fe80::" + ":".join(groups[4:]))
    text = str(addr)
    return text if rng.random() < 0.8 else addr.exploded


def ip_valid(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified:
        return False
    return not (addr.version == 4 and text.startswith(("255.", "0.")))


IP_LOOKALIKES = ("127.0.0.1", "0.0.0.0", "255.255.255.0", "255.255.0.0", "0.0.0.255", "255.255.255.255", "::1", "::",
                 "255.255.255.252", "0.0.255.255")


def ip_lookalike(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.35:
        return rng.choice(IP_LOOKALIKES)
    if pick < 0.55:
        return "1.3.6.1." + ".".join(str(rng.randint(1, 99)) for _ in range(rng.randint(3, 7)))  # OID
    if pick < 0.75:
        return f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}.{rng.randint(100, 9999)}"
    if pick < 0.9:
        return f"{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}.in-addr.arpa"
    return f"127.0.{rng.randint(0, 9)}.{rng.randint(1, 9)}"


# ---------------------------------------------------------------- SSNs and their look-alikes

def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ssn_text(digits: str, style: str) -> str:
    a, g, s = digits[:3], digits[3:5], digits[5:]
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "dot": f"{a}.{g}.{s}", "plain": digits}[style]


def ssn_valid(text: str) -> bool:
    digits = re.sub(r"[ \-.]", "", text)
    if not (digits.isdigit() and len(digits) == 9):
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def not_ssn(rng: random.Random) -> str:
    """A 9-digit look-alike: ITIN, EIN, invalid area/group/serial, ABA routing, ZIP+4, member id."""
    pick = rng.randrange(8)
    if pick == 0:
        return f"9{rng.randint(0, 99):02d}-{rng.choice((70, 75, 78, 82, 88, 90, 94))}-{rng.randint(1000, 9999)}"
    if pick == 1:
        return f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    if pick == 2:
        return f"{rng.choice(('000', '666'))}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if pick == 3:
        return f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}"
    if pick == 4:
        return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"
    if pick == 5:
        return aba(rng)
    if pick == 6:
        return f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"
    return str(rng.randint(900000000, 999999999))


def invalid_ssn(rng: random.Random) -> str:
    """SSN-shaped but never issued: ITIN area 9xx, area 000 / 666, group 00 or serial 0000."""
    pick = rng.randrange(4)
    if pick == 0:
        return f"9{rng.randint(0, 99):02d}-{rng.choice((70, 75, 78, 82, 88, 90, 94))}-{rng.randint(1000, 9999)}"
    if pick == 1:
        return f"{rng.choice(('000', '666'))}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if pick == 2:
        return f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}"
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"


def aba(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice((0, 1, 2, 3))
        for c in range(10):
            w = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + c)
            if w % 10 == 0:
                return "".join(map(str, d + [c]))


# ---------------------------------------------------------------- e-mails and "@" look-alikes

def email(rng: random.Random, first: str, last: str, domain: str) -> str:
    shape = rng.randrange(6)
    local = (f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{last}.{first}+{rng.choice(('bill', 'news', 'web'))}",
             f"{first}_{last}", f"{first[0]}.{last}{rng.randint(70, 99)}")[shape]
    out = f"{local}@{domain}".lower()
    return out.upper() if rng.random() < 0.04 else out


def at_lookalike(rng: random.Random, first: str, last: str, domain: str) -> str:
    pick = rng.randrange(9)
    hexs = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if pick == 0:
        return f"<{hexs[:12]}.{rng.randint(1000, 99999)}@mail.{domain}>"
    if pick == 1:
        return f"{rng.choice(('react', 'lodash', 'left-pad', 'axios', 'vite', 'zod'))}@{rng.randint(1, 18)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"
    if pick == 2:
        return f"@{first.lower()}_{last.lower()}{rng.randint(1, 99)}"
    if pick == 3:
        return f"git@git.{domain}:{last.lower()}/shop-{rng.randint(1, 9)}.git"
    if pick == 4:
        return f"registry.{domain}/app@sha256:{hexs}{hexs[:8]}"
    if pick == 5:
        return f"{first.lower()}@{rng.choice(('pos-02', 'kasse3', 'ws-lab', 'nas01'))}:~$"
    if pick == 6:
        return f"{first.lower()} (at) {domain.replace('.', ' (dot) ')}"
    if pick == 7:
        return f"{last.lower()}@{rng.choice(('localhost', 'build-7', 'db-primary'))}"
    return f"{first.lower()}[at]{domain}"


def at_traps(rng: random.Random, doc: Doc, first: str, domain: str, sep: str = " · ") -> str:
    """As many "@" strings that are no mailbox as the document has e-mails (a third more, as two in
    nine of the shapes are obfuscated and carry no "@"), at least one."""
    emails = sum(1 for s in doc.spans if s["type"] == "EMAIL_ADDRESS")
    n = max(1, (emails * 4 + 2) // 3)
    return sep.join(at_lookalike(rng, first, "shop", domain) for _ in range(n))
