"""Value makers and gold checks of the eighth blind PII set (`pii_blind8.py`): phones from
`phonenumbers` metadata, cards at real brand prefixes and lengths, IBANs from schwifty, IPs, US SSNs,
and the look-alikes planted beside them. Nothing here reads or runs the PII step.
"""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

NBSP = "\u00a0"

# Brand -> (prefixes, lengths): the issuers' published ranges (ISO/IEC 7812 IIN tables).
BRANDS = {
    "visa": (["4"], [13, 16, 19]),
    "mastercard": (["51", "52", "53", "54", "55"] + [str(p) for p in range(2221, 2721)], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "644", "645", "646", "647", "648", "649", "65"], [16, 19]),
    "diners": (["300", "301", "302", "303", "304", "305", "36", "38", "39"], [14]),
    "jcb": ([str(p) for p in range(3528, 3590)], [16]),
    "unionpay": (["62"], [16, 19]),
    "mir": (["2200", "2201", "2202", "2203", "2204"], [16]),
    "maestro": (["5018", "5020", "5038", "6304", "6759"], [12, 13, 16, 19]),
}
BRAND_NAMES = {"visa": "Visa", "mastercard": "Mastercard", "amex": "American Express", "discover": "Discover",
               "diners": "Diners Club", "jcb": "JCB", "unionpay": "UnionPay", "mir": "Мир", "maestro": "Maestro"}

# Extension words pages write after a phone (kept inside the phone's span).
EXT_WORDS = ["ext.", "ext", "x", "Durchwahl", "App.", "poste", "int.", "interno", "ramal", "toestel", "wew.",
             "ankn.", "linka", "dahili", "доб.", "дод.", "вътр.", "εσωτ.", "تحويلة", "داخلی", "שלוחה",
             "एक्सटेंशन", "转", "内線", "내선", "ต่อ", "máy lẻ"]
EXT_RE = re.compile(r"\s*,?\s*(?:{})\s*[\d٠-٩۰-۹０-９]{{1,5}}$".format("|".join(re.escape(w) for w in EXT_WORDS)))

_IBAN_CANDIDATES = ["DE", "AT", "CH", "FR", "BE", "LU", "ES", "IT", "PT", "NL", "PL", "SE", "FI", "CZ", "SK",
                  "TR", "BG", "GR", "CY", "SA", "AE", "IL", "JO", "QA", "KW", "LB", "BR", "RO", "HU", "HR",
                  "DK", "NO", "IE", "GB", "MT", "LT", "LV", "EE", "SI", "UA", "KZ", "AZ", "GE", "PK", "TN",
                  "MR", "BH", "MC", "SM", "IS", "AL", "RS", "ME", "BA", "MK", "MD", "XK", "DO", "CR", "GT",
                  "EG", "IQ"]



def _buildable(country: str) -> bool:
    try:
        IBAN.random(country, random=random.Random(0))
    except SchwiftyException:
        return False
    return True


# countries whose IBANs schwifty builds (its registry changes between versions)
IBAN_COUNTRIES = [c for c in _IBAN_CANDIDATES if _buildable(c)]


def to_digits(s: str) -> str:
    """Latin digits for every decimal digit of any script (full-width, Arabic-Indic, Persian)."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


def script_digits(s: str, script: str) -> str:
    base = {"fullwidth": 0xFF10, "arabic": 0x0660, "persian": 0x06F0}[script]
    return "".join(chr(base + int(c)) if c in "0123456789" else c for c in s)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def card_brand(digits: str) -> str | None:
    for brand, (prefixes, lengths) in BRANDS.items():
        if len(digits) in lengths and any(digits.startswith(p) for p in prefixes):
            return brand
    return None


def card_ok(text: str) -> bool:
    digits = re.sub(r"[\s\-.\u00a0]", "", text)
    return digits.isdigit() and luhn_ok(digits) and card_brand(digits) is not None


def iban_ok(text: str) -> bool:
    try:
        IBAN(text.upper().replace(NBSP, " "))
    except SchwiftyException:  # raised (a subclass per kind of fault) for every invalid IBAN
        return False
    return True


def phone_ok(text: str, hint_regions: list[str]) -> bool:
    body = EXT_RE.sub("", to_digits(text)).replace("(0)", "").replace(NBSP, " ")
    if body.startswith("00"):
        body = "+" + body[2:]
    regions = [None] if body.startswith("+") else hint_regions + sorted(phonenumbers.SUPPORTED_REGIONS)
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(body, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def ip_ok(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast or str(ip) == "255.255.255.255":
        return False
    if ip.version == 4:
        n = int(ip)
        inverse = ~n & 0xFFFFFFFF
        return (inverse & (inverse + 1)) != 0 and (n & (n + 1)) != 0  # netmask / wildcard shapes
    return True


def ssn_ok(text: str) -> bool:
    digits = re.sub(r"[\s\-]", "", text)
    if not (digits.isdigit() and len(digits) == 9):
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def email_ok(text: str) -> bool:
    return re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}", text) is not None


CHECKS = {"PHONE_NUMBER": None, "CREDIT_CARD": card_ok, "IBAN_CODE": iban_ok, "IP_ADDRESS": ip_ok,
          "US_SSN": ssn_ok, "EMAIL_ADDRESS": email_ok}


def _glued(text: str, start: int, end: int) -> bool:
    def alnum(c: str) -> bool:
        return c.isascii() and c.isalnum()
    return (start > 0 and alnum(text[start - 1])) or (end < len(text) and alnum(text[end]))


def check_row(row: dict, hint_regions: list[str]) -> list[str]:
    """Every gold problem of one row (empty when the row is sound)."""
    problems = []
    text, spans = row["text"], row["spans"]
    last_end = 0
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            problems.append(f"span text differs: {s}")
        if s["start"] < last_end:
            problems.append(f"overlap or unsorted: {s}")
        last_end = s["end"]
        if _glued(text, s["start"], s["end"]):
            problems.append(f"glued to a letter or digit: {s}")
        ok = phone_ok(s["text"], hint_regions) if s["type"] == "PHONE_NUMBER" else CHECKS[s["type"]](s["text"])
        if not ok:
            problems.append(f"invalid {s['type']}: {s['text']!r}")
    for value in sorted({s["text"] for s in spans if len(s["text"]) >= 7}):
        planted = sum(1 for s in spans if s["text"] == value)
        found = sum(1 for m in re.finditer(re.escape(value), text) if not _glued(text, m.start(), m.end()))
        if found != planted:
            problems.append(f"{value!r} occurs {found} times, labelled {planted}")
    inside = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            inside[i] = True
    for m in re.finditer(r"(?<![\d])\d{12,19}(?!\d)", text):
        if not inside[m.start()] and luhn_ok(m.group()) and card_brand(m.group()):
            problems.append(f"unlabelled card number {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", text):
        if not inside[m.start()] and iban_ok(m.group()):
            problems.append(f"unlabelled IBAN {m.group()}")
    return problems


# ---------------------------------------------------------------------------------------------
# Makers


class Values:
    """One document's value maker; every choice comes from its own `random.Random`."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    # phones -----------------------------------------------------------------------------------
    def phone_number(self, region: str, kind: str = "any") -> phonenumbers.PhoneNumber:
        rng = self.rng
        types = {"fixed": [PhoneNumberType.FIXED_LINE], "mobile": [PhoneNumberType.MOBILE],
                 "any": [PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE]}[kind]
        example = None
        for t in rng.sample(types, len(types)):
            example = phonenumbers.example_number_for_type(region, t)
            if example is not None:
                break
        if example is None:
            example = phonenumbers.example_number(region)
        national = str(example.national_number)
        wanted = {PhoneNumberType.FIXED_LINE_OR_MOBILE, *types}
        # vary all but the first national digit where the plan allows, else all but the first three
        for keep, tries in ((1, 40), (2, 40), (min(3, len(national) - 4), 80)):
            for _ in range(tries):
                tail = "".join(rng.choice("0123456789") for _ in range(len(national) - keep))
                candidate = phonenumbers.parse(f"+{example.country_code}{national[:keep]}{tail}", None)
                if phonenumbers.is_valid_number(candidate) and phonenumbers.number_type(candidate) in wanted:
                    return candidate
        return example

    def phone(self, region: str, style: str = "intl", kind: str = "any", ext: str | None = None,
              digits: str | None = None) -> str:
        """A phone written in `style`: national, intl, e164, 00, trunk0 (+CC (0)...), dots, slash,
        dashes, nbsp, paren (national with the area code in brackets)."""
        n = self.phone_number(region, kind)
        intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
        cc = f"+{n.country_code}"
        if style == "national":
            s = nat
        elif style == "e164":
            s = phonenumbers.format_number(n, PhoneNumberFormat.E164)
        elif style == "00":
            s = "00" + intl[1:]
        elif style == "trunk0" and nat.startswith("0"):
            s = cc + " (0)" + intl[len(cc):].lstrip()
        elif style == "dots":
            s = cc + "." + re.sub(r"[\s\-]+", ".", intl[len(cc):].strip())
        elif style == "slash" and nat.startswith("0") and region in ("DE", "AT", "CH", "LI"):
            groups = re.split(r"[\s\-]+", nat.replace("(", "").replace(")", ""))
            s = groups[0] + "/" + " ".join(groups[1:]) if len(groups) > 1 else nat
        elif style == "dashes":
            s = cc + "-" + re.sub(r"[\s]+", "-", intl[len(cc):].strip())
        elif style == "nbsp":
            s = intl.replace(" ", NBSP)
        elif style == "natdots":
            s = re.sub(r"[\s\-]+", ".", nat.replace("(", "").replace(")", ""))
        else:
            s = intl
        if ext:
            s += ext
        if digits:
            s = script_digits(s, digits)
        return s

    # cards ------------------------------------------------------------------------------------
    def card_digits(self, brand: str | None = None) -> tuple[str, str]:
        rng = self.rng
        brand = brand or rng.choice(list(BRANDS))
        prefixes, lengths = BRANDS[brand]
        prefix, length = rng.choice(prefixes), rng.choice(lengths)
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        return brand, luhn_complete(body)

    @staticmethod
    def group_card(d: str, sep: str = " ") -> str:
        n = len(d)
        if n == 15 or n == 14:
            parts = [d[:4], d[4:10], d[10:]]
        elif n == 19:
            parts = [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
        elif n == 13:
            parts = [d[:4], d[4:8], d[8:13]]
        else:
            parts = [d[i:i + 4] for i in range(0, n, 4)]
        return sep.join(parts)

    def card(self, brand: str | None = None, sep: str | None = None) -> tuple[str, str]:
        """(brand, written card number) with the brand's print grouping or unbroken."""
        brand, d = self.card_digits(brand)
        if sep is None:
            sep = self.rng.choice([" ", " ", "-", "", NBSP, " "])
        return brand, (self.group_card(d, sep) if sep else d)

    def bad_card(self, sep: str = " ") -> str:
        """Card-shaped, brand prefix, Luhn-invalid."""
        _, d = self.card_digits(self.rng.choice(["visa", "mastercard", "discover"]))
        d = d[:-1] + str((int(d[-1]) + self.rng.randint(1, 9)) % 10)
        return self.group_card(d, sep) if sep else d

    def masked_card(self) -> str:
        _, d = self.card_digits()
        return self.rng.choice(["**** **** **** " + d[-4:], "XXXX-XXXX-XXXX-" + d[-4:],
                                d[:6] + "******" + d[-4:], "•••• " + d[-4:]])

    def non_card16(self) -> str:
        """16 digits with no brand prefix (a voucher, tracking or contract number)."""
        return self.rng.choice("179") + "".join(self.rng.choice("0123456789") for _ in range(15))

    def imei(self) -> str:
        return luhn_complete("35" + "".join(self.rng.choice("0123456789") for _ in range(12)))

    def expiry(self) -> str:
        return f"{self.rng.randint(1, 12):02d}/{self.rng.randint(27, 32):02d}"

    def cvv(self) -> str:
        return f"{self.rng.randint(100, 999):03d}"

    # IBANs ------------------------------------------------------------------------------------
    def iban_compact(self, country: str) -> str:
        raw = str(IBAN.random(country, random=self.rng))
        bban = raw[4:8] + re.sub(r"[A-Z]", lambda m: str(self.rng.randint(0, 9)), raw[8:])
        num = "".join(str(int(c, 36)) for c in bban + country + "00")
        candidate = f"{country}{98 - int(num) % 97:02d}{bban}"
        return candidate if iban_ok(candidate) else raw

    def iban(self, country: str, style: str = "print") -> str:
        c = self.iban_compact(country)
        if style == "print":
            return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        if style == "lower":
            return c.lower()
        return c

    def bad_iban(self, country: str) -> str:
        c = self.iban_compact(country)
        for k in range(1, 97):
            wrong = f"{c[:2]}{(int(c[2:4]) + k) % 97 + 2:02d}{c[4:]}"
            if wrong[2:4] != c[2:4] and not iban_ok(wrong):
                return " ".join(wrong[i:i + 4] for i in range(0, len(wrong), 4))
        raise AssertionError(c)

    # IPs --------------------------------------------------------------------------------------
    def ipv4(self, kind: str = "public") -> str:
        rng = self.rng
        while True:
            if kind == "private":
                s = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                                f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
            elif kind == "linklocal":
                s = f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
            else:
                s = ".".join(str(rng.randint(1, 223) if i == 0 else rng.randint(0, 255)) for i in range(3))
                s += f".{rng.randint(1, 254)}"
            ip = ipaddress.ip_address(s)
            if (kind != "public" or (ip.is_global and not ip.is_multicast)) and ip_ok(s):
                return s

    def ipv6(self, kind: str = "global") -> str:
        rng = self.rng
        while True:
            if kind == "ula":
                words = [0xFD00 | rng.randint(0, 255)] + [rng.randint(0, 0xFFFF) for _ in range(7)]
            elif kind == "linklocal":
                words = [0xFE80, 0, 0, 0] + [rng.randint(0, 0xFFFF) for _ in range(4)]
            else:
                words = [rng.choice([0x2A00, 0x2A01, 0x2A02, 0x2A03, 0x2604, 0x2607, 0x2406, 0x2001])
                         + (rng.randint(0, 0xF) if rng.random() < 0.5 else 0)] + \
                        [rng.randint(0, 0xFFFF) for _ in range(3)] + [0] * rng.randint(0, 3)
                words += [rng.randint(0, 0xFFFF) for _ in range(8 - len(words))]
            ip = ipaddress.IPv6Address(":".join(f"{w:x}" for w in words))
            if kind != "global" or (ip.is_global and not ip.is_multicast):
                return ip.compressed

    # SSNs and their look-alikes ---------------------------------------------------------------
    def ssn_digits(self) -> str:
        rng = self.rng
        area = rng.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"

    def ssn(self, style: str = "dash") -> str:
        d = self.ssn_digits()
        if style == "dash":
            return f"{d[:3]}-{d[3:5]}-{d[5:]}"
        if style == "space":
            return f"{d[:3]} {d[3:5]} {d[5:]}"
        return d

    def itin(self) -> str:
        rng = self.rng
        group = rng.choice(list(range(50, 66)) + list(range(70, 89)))
        return f"9{rng.randint(0, 99):02d}-{group}-{rng.randint(1, 9999):04d}"

    def ein(self) -> str:
        return f"{self.rng.choice([12, 20, 27, 36, 46, 52, 61, 74, 81, 94]):02d}-{self.rng.randint(0, 9999999):07d}"

    def invalid_ssn(self) -> str:
        rng = self.rng
        return rng.choice([f"666-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}",
                           f"000-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}",
                           f"{rng.randint(1, 665):03d}-00-{rng.randint(1, 9999):04d}",
                           f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-0000"])

    def aba_routing(self) -> str:
        rng = self.rng
        while True:
            d = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]):02d}" + \
                "".join(rng.choice("0123456789") for _ in range(6))
            for last in "0123456789":
                x = d + last
                if sum(int(x[i]) * w for i, w in enumerate([3, 7, 1] * 3)) % 10 == 0:
                    return x

    def nine_digits(self) -> str:
        """A nine-digit number that is no SSN (starts with 9, as member ids and claim numbers often do)."""
        return "9" + "".join(self.rng.choice("0123456789") for _ in range(8))

    def sin_ca(self) -> str:
        d = luhn_complete(str(self.rng.choice([1, 2, 3, 4, 5, 6, 7])) +
                          "".join(self.rng.choice("0123456789") for _ in range(7)))
        return f"{d[:3]} {d[3:6]} {d[6:]}"

    # generic look-alikes ----------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def isbn13(self) -> str:
        body = "978" + self.digits(9)
        check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{check}"

    def ean13(self) -> str:
        body = self.rng.choice(["40", "50", "76", "80", "84", "87", "93", "45", "69", "88"]) + self.digits(10)
        check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        return body + str(check)

    def sha(self, n: int = 40) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def coords(self) -> str:
        return f"{self.rng.uniform(-60, 70):.5f}, {self.rng.uniform(-170, 170):.5f}"

    def version_ip_like(self) -> str:
        rng = self.rng
        return f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 400)}"

    def netmask(self) -> str:
        return self.rng.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.252.0",
                                "0.0.0.255", "0.0.3.255", "255.255.255.255", "127.0.0.1", "0.0.0.0"])
