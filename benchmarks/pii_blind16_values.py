"""Values, look-alikes, the span-keeping page and the gold checks of the blind16 PII set (see pii_blind16.py)."""

import ipaddress
import random
import re
import unicodedata

import phonenumbers
from schwifty import IBAN

# ---------------------------------------------------------------- the page that keeps its spans


class Page:
    """Text built piece by piece; `v(type, value)` appends a value and records its span."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, text: str) -> "Page":
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, kind: str, value: str) -> "Page":
        self.spans.append({"type": kind, "start": self.size, "end": self.size + len(value), "text": value})
        return self.t(value)

    def add(self, piece) -> "Page":
        """A piece is plain text or a (type, value) pair (type None: look-alike, no span)."""
        if isinstance(piece, tuple):
            return self.v(*piece) if piece[0] else self.t(piece[1])
        return self.t(piece)

    def line(self, *pieces) -> "Page":
        for piece in pieces:
            self.add(piece)
        return self.t("\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones

HOME = {  # page language -> (region, TLD) pairs of the countries whose pages are written in it
    "en": [("GB", "co.uk"), ("IE", "ie"), ("AU", "com.au"), ("NZ", "co.nz"), ("ZA", "co.za"), ("SG", "sg")],
    "de": [("DE", "de"), ("AT", "at"), ("CH", "ch")],
    "fr": [("FR", "fr"), ("BE", "be"), ("CA", "ca"), ("LU", "lu"), ("SN", "sn")],
    "es": [("ES", "es"), ("MX", "com.mx"), ("AR", "com.ar"), ("CO", "com.co"), ("CL", "cl"), ("PE", "pe")],
    "it": [("IT", "it")], "pt": [("PT", "pt"), ("BR", "com.br")], "nl": [("NL", "nl"), ("BE", "be")],
    "pl": [("PL", "pl")], "sv": [("SE", "se")], "cs": [("CZ", "cz")], "tr": [("TR", "com.tr")],
    "ru": [("RU", "ru"), ("KZ", "kz"), ("BY", "by")], "uk": [("UA", "com.ua")], "bg": [("BG", "bg")],
    "el": [("GR", "gr"), ("CY", "com.cy")], "ar": [("SA", "sa"), ("AE", "ae"), ("EG", "com.eg"), ("JO", "jo")],
    "fa": [("IR", "ir")], "he": [("IL", "co.il")], "hi": [("IN", "in")],
    "zh": [("CN", "cn"), ("TW", "tw"), ("HK", "hk")], "ja": [("JP", "jp")], "ko": [("KR", "kr")],
    "th": [("TH", "th")], "hu": [("HU", "hu")], "ro": [("RO", "ro")],
}
FOREIGN = ["US", "NG", "KE", "PH", "VN", "ID", "MY", "NO", "DK", "FI", "HR", "SK", "SI", "EE", "LV", "LT",
           "IS", "PK", "BD", "LK", "NP", "UY", "PY", "EC", "CR", "PA", "DO", "GH", "TZ", "UG", "MA", "TN",
           "QA", "KW", "OM", "GE", "AM", "AZ", "RS", "MT"]
ALL_REGIONS = sorted({r for pairs in HOME.values() for r, _ in pairs} | set(FOREIGN))
TRUNK_ZERO = {"DE", "AT", "CH", "GB", "NL", "BE", "FR", "IE", "AU", "NZ", "ZA", "TR", "UA", "IL", "SE", "CZ"}
EXT = {"en": "ext. {}", "de": "Durchwahl {}", "fr": "poste {}", "es": "ext. {}", "it": "int. {}",
       "pt": "ramal {}", "nl": "toestel {}", "pl": "wew. {}", "sv": "ankn. {}", "ru": "доб. {}",
       "uk": "дод. {}", "bg": "вътр. {}", "ja": "内線{}", "zh": "转{}", "ko": "내선 {}", "tr": "dahili {}",
       "cs": "linka {}", "he": "שלוחה {}", "el": "εσωτ. {}", "hu": "mellék {}", "ro": "int. {}"}
EXT_RE = re.compile(r"(?:,?\s*(?:ext\.?|x|poste|Durchwahl|int\.|ramal|toestel|wew\.|ankn\.|доб\.|дод\.|"
                    r"вътр\.|内線|转|내선|dahili|linka|שלוחה|εσωτ\.|mellék)\s*[0-9０-９]{1,5})$")
WIDE = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def phone_number(rng: random.Random, region: str, mobile: bool):
    kinds = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    base = None
    for kind in (kinds if mobile else kinds[::-1]):
        base = phonenumbers.example_number_for_type(region, kind)
        if base:
            break
    digits = str(base.national_number)
    keep = 1 if base.country_code == 1 else 3 if len(digits) > 8 else 2
    for _ in range(300):
        tail = "".join(rng.choice("0123456789") for _ in range(len(digits) - keep))
        number = phonenumbers.parse(f"+{base.country_code}{digits[:keep]}{tail}")
        if phonenumbers.is_valid_number(number):
            return number
    return base


def write_phone(rng: random.Random, number, lang: str, home: bool, style: str | None = None) -> str:
    """A phone number written as a page of `lang` writes it; national forms only for `home` numbers."""
    fmt = phonenumbers.format_number
    intl = fmt(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = fmt(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    region = phonenumbers.region_code_for_number(number)
    styles = ["intl", "e164", "00"] + (["nat", "nat", "nat"] if home else [])
    if home and region in TRUNK_ZERO and nat.startswith("0"):
        styles.append("trunk")
    if home and region in ("DE", "AT", "CH"):
        styles.append("slash")
    if home and region in ("FR", "BE", "LU"):
        styles.append("dots")
    style = style or rng.choice(styles)
    if style == "e164":
        out = fmt(number, phonenumbers.PhoneNumberFormat.E164)
    elif style == "00":
        out = "00" + intl[1:]
    elif style == "nat":
        out = nat
    elif style == "trunk":
        cc, rest = intl.split(" ", 1)
        out = f"{cc} (0){rest}"
    elif style == "slash":
        area, _, rest = nat.partition(" ")
        out = f"{area}/{rest.replace(' ', '')}" if rest else nat
    elif style == "dots":
        out = nat.replace(" ", ".")
    else:
        out = intl
    if lang in ("zh", "ja", "ko") and home and rng.random() < 0.4:
        out = out.translate(WIDE)
    elif lang == "ar" and rng.random() < 0.4:
        out = out.translate(ARABIC)
    elif lang == "fa" and rng.random() < 0.5:
        out = out.translate(PERSIAN)
    elif " " in out and rng.random() < 0.15:
        out = out.replace(" ", "\u00a0")
    return out


def with_ext(rng: random.Random, phone: str, lang: str) -> str:
    return phone + (" " if lang not in ("ja", "zh") else "") + EXT.get(lang, "ext. {}").format(rng.randint(2, 899))


def phone_is_valid(value: str, hints: list[str]) -> bool:
    core = EXT_RE.sub("", value).strip()
    core = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in core)
    if core.startswith("00"):
        core = "+" + core[2:]
    regions = [None] if core.startswith("+") else hints + [r for r in ALL_REGIONS if r not in hints]
    for region in regions:
        try:
            number = phonenumbers.parse(core, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


# ---------------------------------------------------------------- cards

BRANDS = [  # name, prefixes, lengths, printed grouping per length
    ("Visa", ["4"], [16, 16, 16, 13, 19]), ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2500", "2720"], [16]),
    ("American Express", ["34", "37"], [15]), ("Discover", ["6011", "65", "644"], [16]),
    ("JCB", ["3528", "3541", "3589"], [16]), ("Diners Club", ["36", "300", "305", "38"], [14]),
    ("UnionPay", ["62"], [16, 19]), ("Mir", ["2200", "2202", "2204"], [16]),
]
GROUPS = {13: [4, 4, 5], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card_brand(digits: str) -> str | None:
    n = len(digits)
    if digits[0] == "4" and n in (13, 16, 19):
        return "Visa"
    p2, p4 = int(digits[:2]), int(digits[:4])
    if n == 16 and (51 <= p2 <= 55 or 2221 <= p4 <= 2720):
        return "Mastercard" if not 2200 <= p4 <= 2204 else "Mir"
    if n == 16 and 2200 <= p4 <= 2204:
        return "Mir"
    if n == 15 and p2 in (34, 37):
        return "American Express"
    if n in (16, 19) and (p4 == 6011 or p2 == 65 or 644 <= int(digits[:3]) <= 649):
        return "Discover"
    if n in (16, 19) and 3528 <= p4 <= 3589:
        return "JCB"
    if n == 14 and (p2 in (36, 38, 39) or 300 <= int(digits[:3]) <= 305):
        return "Diners Club"
    if 16 <= n <= 19 and p2 == 62:
        return "UnionPay"
    return None


def card(rng: random.Random, brand: int | None = None):
    name, prefixes, lengths = BRANDS[rng.randrange(len(BRANDS)) if brand is None else brand]
    prefix, length = rng.choice(prefixes), rng.choice(lengths)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return name, luhn_complete(body)


def group(digits: str, sep: str = " ") -> str:
    out, i = [], 0
    for size in GROUPS.get(len(digits), [len(digits)]):
        out.append(digits[i:i + size])
        i += size
    return sep.join(out)


def write_card(rng: random.Random, digits: str) -> str:
    r = rng.random()
    if r < 0.45:
        return group(digits)
    if r < 0.6:
        return group(digits, "-")
    if r < 0.68:
        return group(digits, "\u00a0")
    return digits


def bad_card(rng: random.Random) -> str:
    """A brand-prefixed 16-digit number failing Luhn."""
    digits = luhn_complete("4" + "".join(rng.choice("0123456789") for _ in range(14)))
    return digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)


def masked_card(rng: random.Random) -> str:
    last = "".join(rng.choice("0123456789") for _ in range(4))
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"4{rng.randint(100, 999)} 12•• •••• {last}",
                       f"{rng.choice(['5', '4'])}{rng.randint(10000, 99999)}******{last}"])


def imei(rng: random.Random) -> str:
    return luhn_complete("86" + "".join(rng.choice("0123456789") for _ in range(12)))


# ---------------------------------------------------------------- IBANs, SSNs, IPs, e-mails

IBAN_COUNTRIES = ["DE", "AT", "CH", "FR", "BE", "ES", "IT", "PT", "NL", "PL", "SE", "CZ", "TR", "BG", "GR", "CY",
                  "SA", "AE", "JO", "IL", "UA", "KZ", "HU", "RO", "LU", "IE", "GB", "HR", "DK", "FI", "NO",
                  "SK", "SI", "EE", "LT", "LV", "MT", "BR", "EG"]


def iban(rng: random.Random, country: str) -> str:
    if country not in IBAN_COUNTRIES:
        country = rng.choice(IBAN_COUNTRIES)
    return str(IBAN.random(country_code=country, random=rng))


def write_iban(rng: random.Random, code: str) -> str:
    r = rng.random()
    if r < 0.45:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    if r < 0.55:
        return code.lower()
    return code


def wrong_iban(rng: random.Random, code: str) -> str:
    check = (int(code[2:4]) + rng.randint(1, 50)) % 97 + 2
    return code[:2] + f"{check:02d}" + code[4:]


def iban_is_valid(value: str) -> bool:
    try:
        IBAN(value.replace(" ", "").replace("\u00a0", "").upper())
        return True
    except ValueError:  # schwifty's InvalidChecksum, InvalidLength, ... are ValueErrors
        return False


def ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def write_ssn(rng: random.Random, digits: str, labelled: bool) -> str:
    seps = ["-", "-", "-", " "] + (["", "", "."] if labelled else [])
    sep = rng.choice(seps)
    return f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"


SSN_RE = re.compile(r"^(\d{3})[- .]?(\d{2})[- .]?(\d{4})$")


def ssn_is_valid(value: str) -> bool:
    m = SSN_RE.match(value)
    if not m:
        return False
    area, grp, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and grp != "00" and serial != "0000"


def itin(rng: random.Random) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 78, 83, 88, 92, 94])}-{rng.randint(1000, 9999)}"


def ein(rng: random.Random) -> str:
    return f"{rng.choice([12, 20, 27, 45, 46, 81, 84, 94])}-{rng.randint(1000000, 9999999)}"


def invalid_ssn(rng: random.Random) -> str:
    return rng.choice([f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"])


def aba(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for last in range(10):
            full = d + [last]
            if (3 * (full[0] + full[3] + full[6]) + 7 * (full[1] + full[4] + full[7]) + full[2] + full[5] + full[8]) % 10 == 0:
                return "".join(map(str, full))


def ipv4(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(["pub", "pub", "pub", "priv", "priv", "ll"])
    while True:
        if kind == "priv":
            a = rng.choice([f"10.{rng.randint(0, 255)}", f"172.{rng.randint(16, 31)}", "192.168"])
            addr = f"{a}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        elif kind == "ll":
            addr = f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        else:
            addr = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        ip = ipaddress.ip_address(addr)
        if kind != "pub" or ip.is_global:
            return addr


def ipv6(rng: random.Random) -> str:
    kind = rng.choice(["glob", "glob", "ula", "ll"])
    head = {"glob": f"2{rng.choice(['001', 'a00', 'a02', '600', '804', 'c0f'])}:{rng.randint(0x100, 0xffff):x}",
            "ula": f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 0xffff):x}", "ll": "fe80"}[kind]
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(4)]
    addr = f"{head}::{':'.join(groups)}" if kind == "ll" else f"{head}:{rng.randint(0, 0xffff):x}::{':'.join(groups[:rng.randint(1, 3)])}"
    return str(ipaddress.ip_address(addr)) if rng.random() < 0.8 else ipaddress.ip_address(addr).exploded


def ip_is_labelled_kind(value: str) -> bool:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_unspecified or ip.is_multicast or value == "255.255.255.255"
                or value.startswith(("255.", "0.")))


FIRST = ["anna", "jonas", "marie", "lucas", "sofia", "omar", "yuki", "minh", "priya", "ivan", "elena", "noah",
         "lea", "mateo", "chloe", "ali", "sara", "david", "olga", "ken", "mia", "tomas", "nadia", "pablo"]
LAST = ["weber", "dubois", "garcia", "rossi", "silva", "novak", "kowalski", "petrov", "tanaka", "kim", "nguyen",
        "sharma", "cohen", "haddad", "larsen", "smith", "jones", "oconnor", "yilmaz", "papadopoulos", "ionescu"]


def email(rng: random.Random, tld: str, company: str = "") -> str:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f}{rng.randint(2, 99)}", f"{f}_{last}",
                        f"{f}+{rng.choice(['shop', 'news', 'tax', 'b16'])}", f"{last}.{f[0]}", "info", "kontakt",
                        "billing", "noc", "hr-office"])
    domain = company or rng.choice(["mailbox", "posteo", "fastmail", "outlook", "gmx", "web", "proton", "yandex",
                                     "naver", "qq", "libero", "wp", "seznam", "orange", "t-online"])
    dom = f"{domain}.{tld}" if rng.random() < 0.5 else f"{domain}.{rng.choice(['com', 'net', 'org', 'io', 'eu'])}"
    if rng.random() < 0.1:
        dom = f"{rng.choice(['mail', 'corp', 'eu'])}.{dom}"
    out = f"{local}@{dom}"
    return out.upper() if rng.random() < 0.05 else out


def at_lookalike(rng: random.Random, tld: str = "com") -> str:
    """A string with an "@" that is not an e-mail address by the span rules."""
    h = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    name = rng.choice(FIRST)
    return rng.choice([
        f"<{rng.randint(10**9, 10**10)}.{h}@mx{rng.randint(1, 9)}.relay.{tld}>",
        f"{rng.choice(['lodash', 'react', 'axios', 'left-pad', 'zod'])}@{rng.randint(1, 18)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
        f"@{name}_{rng.choice(LAST)}", f"git@git.{rng.choice(LAST)}.{tld}:team/{name}-api.git",
        f"{rng.choice(['redis', 'postgres', 'nginx', 'alpine'])}@sha256:{h}{h}{h[:8]}",
        f"{name}@{rng.choice(['web01', 'db-2', 'nas', 'raspberrypi'])}:~$",
        f"{name} [at] {rng.choice(LAST)} [dot] {tld}", f"{name}(at){rng.choice(LAST)}.{tld}",
        f"{name}@localhost", "icon@2x.png", f"ssh://{name}@{rng.randint(10, 99)}.{rng.randint(10, 99)}",
    ])
