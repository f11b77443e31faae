"""Value makers and gold checks for the thirteenth blind PII set (benchmarks/pii_blind13.py).

Phones come from `phonenumbers` example numbers with their digits drawn again while valid, IBANs
from `schwifty`, cards from the brands' published prefixes and lengths (Luhn completed here), IPs
and SSNs drawn here. The look-alike makers build the numbers a scrubber could take for a value.
`check_row` is the integrity check run on writing and by tests/test_pii_blind13_set.py.
"""

import ipaddress
import re
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")


@dataclass
class Doc:
    """Text built piece by piece; `val` appends a labelled value and records its span."""

    parts: list = field(default_factory=list)
    spans: list = field(default_factory=list)
    length: int = 0

    def add(self, *texts: str) -> "Doc":
        for text in texts:
            self.parts.append(text)
            self.length += len(text)
        return self

    def val(self, kind: str, text: str) -> "Doc":
        if kind not in TYPES:
            raise ValueError(f"{kind}: not one of {TYPES}")
        self.spans.append({"type": kind, "start": self.length, "end": self.length + len(text), "text": text})
        return self.add(text)

    def put(self, item) -> "Doc":
        """An item is a plain string (context, look-alike) or a (type, text) pair (a value)."""
        if isinstance(item, tuple):
            return self.val(*item)
        return self.add(item)

    def text(self) -> str:
        return "".join(self.parts)


# --- phones -------------------------------------------------------------------------------------

def phone(rng, region: str, mobile: bool | None = None):
    """A valid number of `region`: an example number with all but its first two national digits
    drawn again until phonenumbers calls it valid."""
    if mobile is None:
        mobile = rng.random() < 0.5
    kinds = [PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE] if mobile else [
        PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE]
    for kind in kinds:
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        nsn = phonenumbers.national_significant_number(example)
        keep = 2 if len(nsn) > 6 else 1
        for _ in range(60):
            digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
            if region == "US" and digits[3:6] == "555":
                continue
            number = phonenumbers.parse("+" + str(example.country_code) + digits, None)
            same_type = phonenumbers.number_type(number) in (kind, PhoneNumberType.FIXED_LINE_OR_MOBILE)
            if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region and same_type:
                return number
        return example
    raise ValueError(f"{region}: phonenumbers has no example number")


def fmt_national(n) -> str:
    return phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)


def fmt_intl(n) -> str:
    return phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)


def fmt_e164(n) -> str:
    return phonenumbers.format_number(n, PhoneNumberFormat.E164)


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TO_ASCII = str.maketrans("０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹＋", "012345678901234567890123456789+")


def write_phone(rng, n, home: bool, lang: str) -> str:
    """One of the writings a page of `lang` uses; national forms only when `home` (the page's own
    country)."""
    region = phonenumbers.region_code_for_number(n)
    national = fmt_national(n)
    intl = fmt_intl(n)
    forms = ["intl", "intl", "e164", "00"]
    if home:
        forms += ["nat", "nat", "nat"]
        if national.startswith("0") and region != "IT":
            forms.append("trunk")
        if region in ("DE", "AT", "CH") and national.startswith("0"):
            forms.append("slash")
        if region in ("FR", "BE", "CH", "PT", "ES", "IT", "US", "CZ"):
            forms.append("dots")
        if region == "US":
            forms += ["us_dash", "us_one"]
    form = rng.choice(forms)
    if form == "intl":
        out = intl
    elif form == "e164":
        out = fmt_e164(n)
    elif form == "00":
        out = "00" + intl[1:]
    elif form == "trunk":
        cc, rest = intl.split(" ", 1)
        out = f"{cc} (0){national[1:]}" if rng.random() < 0.5 else f"{cc} (0) {national[1:]}"
    elif form == "slash":
        area, rest = national.split(" ", 1) if " " in national else (national[:4], national[4:])
        out = f"{area}/{rest.replace(' ', '')}"
    elif form == "dots":
        out = re.sub(r"[\s\-()]+", ".", national).strip(".")
        try:  # a dotted number that reads as an IPv4 address would fool any reader
            ipaddress.ip_address(out)
            out = national
        except ValueError:
            pass
    elif form == "us_dash":
        d = phonenumbers.national_significant_number(n)
        out = f"{d[:3]}-{d[3:6]}-{d[6:]}"
    elif form == "us_one":
        d = phonenumbers.national_significant_number(n)
        out = f"1-{d[:3]}-{d[3:6]}-{d[6:]}"
    else:
        out = national
    roll = rng.random()
    if roll < 0.08:
        out = out.replace(" ", "\u00a0")
    if lang in ("zh", "ja", "ko") and rng.random() < 0.3:
        out = out.translate(FULLWIDTH)
    elif lang == "ar" and rng.random() < 0.35:
        out = out.translate(ARABIC_INDIC)
    elif lang == "fa" and rng.random() < 0.45:
        out = out.translate(PERSIAN)
    return out


EXTENSIONS = {
    "en": ["ext. {}", "x{}", "Ext {}"], "de": ["App. {}", "Durchwahl {}"], "fr": ["poste {}"],
    "es": ["ext. {}", "int. {}"], "it": ["int. {}"], "pt": ["ramal {}"], "nl": ["toestel {}"],
    "pl": ["wew. {}"], "sv": ["ankn. {}"], "fi": ["alanumero {}"], "cs": ["linka {}"],
    "tr": ["dahili {}"], "el": ["εσωτ. {}"], "bg": ["вътр. {}"], "ru": ["доб. {}"], "uk": ["дод. {}"],
    "ar": ["تحويلة {}"], "fa": ["داخلی {}"], "he": ["שלוחה {}"], "hi": ["एक्सटेंशन {}"], "th": ["ต่อ {}"],
    "zh": ["转{}", "分机 {}"], "ja": ["内線{}", "内線 {}"], "ko": ["내선 {}"], "vi": ["máy lẻ {}"],
}
EXT_RE = re.compile(r"(?:\s*,?\s*(?:" + "|".join(sorted({re.escape(f.split("{")[0].strip()) for fs in EXTENSIONS.values()
                                                      for f in fs}, key=len, reverse=True)) + r")\s*\d{1,5})$")


def with_extension(rng, number: str, lang: str) -> str:
    ext = rng.choice(EXTENSIONS.get(lang, EXTENSIONS["en"])).format(rng.randint(2, 4999))
    return f"{number} {ext}"


def phone_valid(text: str, regions=()) -> bool:
    core = EXT_RE.sub("", text).translate(TO_ASCII).replace("\u00a0", " ")
    if core.startswith("00"):
        core = "+" + core[2:]
    candidates = [None] if core.startswith("+") else list(regions) + sorted(phonenumbers.SUPPORTED_REGIONS)
    for region in candidates:
        try:
            n = phonenumbers.parse(core, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


# --- cards --------------------------------------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError(body)


# brand -> (prefixes as (low, high, width), lengths, grouping per length)
BRANDS = {
    "visa": ([(4, 4, 1)], (16, 16, 16, 13, 19)),
    "mastercard": ([(51, 55, 2), (2221, 2720, 4)], (16,)),
    "amex": ([(34, 34, 2), (37, 37, 2)], (15,)),
    "discover": ([(6011, 6011, 4), (644, 649, 3), (65, 65, 2)], (16,)),
    "jcb": ([(3528, 3589, 4)], (16,)),
    "diners": ([(36, 36, 2), (300, 305, 3), (38, 39, 2)], (14,)),
    "unionpay": ([(62, 62, 2)], (16, 19)),
    "mir": ([(2200, 2204, 4)], (16,)),
}


def card_brand(digits: str) -> str | None:
    for brand, (ranges, lengths) in BRANDS.items():
        if len(digits) not in lengths:
            continue
        for low, high, width in ranges:
            if low <= int(digits[:width]) <= high:
                return brand
    return None


def card_number(rng, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "visa", "mastercard", "mastercard", "amex", "discover",
                                 "jcb", "diners", "unionpay", "mir"])
    ranges, lengths = BRANDS[brand]
    low, high, width = rng.choice(ranges)
    length = rng.choice(lengths)
    prefix = str(rng.randint(low, high)).zfill(width)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def group_card(rng, digits: str, sep: str | None = None) -> str:
    if sep is None:
        sep = rng.choice([" ", " ", " ", "-", "", "\u00a0"])
    n = len(digits)
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4))
    if n == 19 and rng.random() < 0.4:
        sizes = [6, 13]
    out, i = [], 0
    for size in sizes:
        out.append(digits[i:i + size])
        i += size
    return sep.join(out)


def card_ok(text: str) -> bool:
    digits = re.sub(r"[\s\-\u00a0]", "", text)
    return digits.isdigit() and luhn_ok(digits) and card_brand(digits) is not None


def bad_luhn_card(rng) -> str:
    digits = card_number(rng, rng.choice(["visa", "mastercard", "discover"]))
    last = (int(digits[-1]) + rng.randint(1, 9)) % 10
    return digits[:-1] + str(last)


def masked_card(rng) -> str:
    digits = card_number(rng)
    return rng.choice([
        f"{digits[:4]} **** **** {digits[-4:]}", f"XXXX-XXXX-XXXX-{digits[-4:]}", f"{digits[:6]}******{digits[-4:]}",
        f"•••• •••• •••• {digits[-4:]}", f"**** {digits[-4:]}", f"{digits[:4]} {digits[4:6]}XX XXXX {digits[-4:]}"])


def loyalty_number(rng) -> str:
    """16 digits starting with 7, 8 or 9 (no card brand) or a brand-like prefix failing Luhn."""
    while True:
        digits = rng.choice("789") + "".join(rng.choice("0123456789") for _ in range(15))
        if not luhn_ok(digits):
            return " ".join(digits[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else digits


def imei(rng) -> str:
    return luhn_complete(rng.choice(["35", "86", "01", "49"]) + "".join(rng.choice("0123456789") for _ in range(12)))


# --- IBANs --------------------------------------------------------------------------------------

IBAN_COUNTRIES = ["DE", "AT", "CH", "FR", "BE", "ES", "IT", "PT", "NL", "PL", "SE", "FI", "CZ", "GR", "BG",
                  "UA", "TR", "IL", "AE", "SA", "DK", "NO", "IE", "LU", "HU", "RO", "HR", "SI", "SK", "EE",
                  "LV", "LT", "CY", "MT", "GB", "EG", "JO", "QA", "KW", "GE", "AZ", "KZ", "BR", "MC", "LI",
                  "IS", "RS", "ME", "MK", "AL", "MD", "BA", "TN", "MR", "PK"]


def iban(rng, country: str) -> IBAN:
    try:
        return IBAN.random(country_code=country, random=rng)
    except (SchwiftyException, ValueError, KeyError):  # no random BBAN for a few registry entries
        return IBAN.random(country_code="DE", random=rng)


def write_iban(rng, value: IBAN) -> str:
    form = rng.random()
    if form < 0.45:
        return value.formatted
    if form < 0.8:
        return str(value.compact)
    if form < 0.9:
        return str(value.compact).lower()
    return value.formatted.lower()


def iban_ok(text: str) -> bool:
    try:
        IBAN(text.replace("\u00a0", " "))
    except (SchwiftyException, ValueError):
        return False
    return True


def wrong_iban(rng, country: str) -> str:
    value = str(iban(rng, country).compact)
    check = int(value[2:4])
    bad = f"{(check + rng.randint(1, 90)) % 97 + 2:02d}"
    if bad == value[2:4]:
        bad = f"{(check + 11) % 97 + 2:02d}"
    out = value[:2] + bad + value[4:]
    return out if not iban_ok(out) else value[:2] + f"{(int(bad) + 1) % 97 + 2:02d}" + value[4:]


# --- IPs ----------------------------------------------------------------------------------------

def ipv4_public(rng) -> str:
    while True:
        addr = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if addr.is_global and str(addr).split(".")[-1] not in ("0", "255"):  # not read as a network
            return str(addr)


def ipv4_private(rng) -> str:
    block = rng.random()
    if block < 0.4:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if block < 0.75:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if block < 0.93:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    kind = rng.random()
    if kind < 0.6:
        head = rng.choice(["2a01", "2a02", "2a03", "2604", "2607", "2001:41d0", "2a00", "2800", "2c0f", "240e"])
    elif kind < 0.8:
        head = f"fd{rng.randint(0, 255):02x}"
    else:
        head = "fe80:"
    groups = head.split(":") if head != "fe80:" else ["fe80", "0", "0", "0"]
    while len(groups) < 8:
        groups.append(f"{rng.randint(0, 0xffff):x}")
    addr = ipaddress.IPv6Address(":".join(groups))
    return addr.compressed if rng.random() < 0.8 else addr.exploded


def ip_any(rng, v6_share: float = 0.2) -> str:
    if rng.random() < v6_share:
        return ipv6(rng)
    return ipv4_public(rng) if rng.random() < 0.6 else ipv4_private(rng)


EXCLUDED_V4 = {"0.0.0.0", "255.255.255.255"}


def ip_ok(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified or str(addr) in EXCLUDED_V4:
        return False
    return not (addr.version == 4 and text.startswith(("255.", "0.")))


def netmask(rng) -> str:
    return rng.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.255.252", "0.0.0.255",
                       "0.0.255.255", "255.255.248.0", "255.255.255.240"])


# --- SSNs ---------------------------------------------------------------------------------------

def ssn(rng) -> tuple[str, str, str]:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def write_ssn(rng, parts, bare_ok: bool) -> str:
    forms = ["-", "-", "-", " "] + (["", "", "."] if bare_ok else [])
    return rng.choice(forms).join(parts)


SSN_RE = re.compile(r"^(\d{3})[-\s.]?(\d{2})[-\s.]?(\d{4})$")


def ssn_ok(text: str) -> bool:
    m = SSN_RE.match(text.replace("\u00a0", " "))
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def itin(rng) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([50, 65, 70, 78, 83, 88, 90, 94, 99])}-{rng.randint(1000, 9999)}"


def ein(rng) -> str:
    return f"{rng.choice([12, 20, 27, 36, 45, 47, 52, 61, 74, 81, 84, 94])}-{rng.randint(1000000, 9999999)}"


def bad_ssn(rng) -> str:
    return rng.choice([f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"])


ABA = ["021000021", "011401533", "091000019", "122105155", "026009593", "071000013", "121000358", "111000025",
       "063100277", "031176110", "044000037", "053000196"]


# --- e-mails ------------------------------------------------------------------------------------

def email(rng, first: str, last: str, domains) -> str:
    first = re.sub(r"[^a-z]", "", first.lower()) or "info"
    last = re.sub(r"[^a-z]", "", last.lower()) or "kontakt"
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{last}.{first[0]}",
                        f"{first}_{last}", f"{first}+{rng.choice(['refund', 'kyc', 'web', 'shop'])}"])
    out = f"{local}@{rng.choice(domains)}"
    return out.upper() if rng.random() < 0.04 else out


# --- checks -------------------------------------------------------------------------------------

VALIDATORS = {"PHONE_NUMBER": None, "CREDIT_CARD": card_ok, "IBAN_CODE": iban_ok, "IP_ADDRESS": ip_ok,
              "US_SSN": ssn_ok, "EMAIL_ADDRESS": lambda t: re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", t) is not None}
DIGIT_RUN = re.compile(r"\d(?:[ \-\u00a0]?\d){12,18}")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b")


def check_row(row: dict, regions=()) -> list[str]:
    """Every way `row`'s gold can be wrong, as messages (empty: the row is sound)."""
    text, problems, last_end = row["text"], [], -1
    for span in row["spans"]:
        start, end, kind, value = span["start"], span["end"], span["type"], span["text"]
        if text[start:end] != value:
            problems.append(f"span text {value!r} != {text[start:end]!r}")
            continue
        if start < last_end:
            problems.append(f"overlap at {value!r}")
        last_end = end
        unbalanced = value.count("(") != value.count(")")
        if value != value.strip() or value[-1] in ".,;:" or value[0] == ":" or unbalanced:
            problems.append(f"space or punctuation at an edge of {value!r}")
        before, after = text[start - 1:start] if start else "", text[end:end + 1]
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            problems.append(f"{value!r} glued to a letter or digit")
        ok = phone_valid(value, regions) if kind == "PHONE_NUMBER" else VALIDATORS[kind](value)
        if not ok:
            problems.append(f"{kind} {value!r} invalid")
    blanked = list(text)
    for span in row["spans"]:
        blanked[span["start"]:span["end"]] = "§" * (span["end"] - span["start"])
    rest = "".join(blanked)
    for m in DIGIT_RUN.finditer(rest):
        digits = re.sub(r"\D", "", m.group())
        if luhn_ok(digits) and card_brand(digits):
            problems.append(f"unlabelled card-like {m.group()!r}")
    for m in IBAN_RUN.finditer(rest):
        if iban_ok(m.group()):
            problems.append(f"unlabelled IBAN {m.group()!r}")
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", rest):
        pre = rest[max(0, m.start() - 12):m.start()].lower()
        version = re.search(r"(v|ver|version|fw|firmware|build|rev|release|os|§)\s*[:=]?\s*$", pre)
        if ip_ok(m.group()) and not version:
            problems.append(f"unlabelled IPv4 {m.group()!r}")
    return problems
