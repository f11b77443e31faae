"""Value makers, look-alike makers, the span-keeping page and the gold checks of the fourteenth blind
PII set (benchmarks/pii_blind14.py). Written for this set only."""

import ipaddress
import re
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from pii_blind14_lexicon import LEX
from schwifty import IBAN

TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
NBSP = "\u00a0"


class V:
    """A gold value to plant: its type and its text exactly as the page writes it."""

    def __init__(self, kind: str, text: str):
        self.kind, self.text = kind, text


def render(template: str, **values) -> tuple[str, list[dict]]:
    """Fill `template` ({name} fields); V values become spans, other values plain text."""
    out, spans, pos = [], [], 0
    for literal, field, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        pos += len(literal)
        if field is None:
            continue
        value = values[field]
        text = value.text if isinstance(value, V) else str(value)
        if isinstance(value, V):
            spans.append({"type": value.kind, "start": pos, "end": pos + len(text), "text": text})
        out.append(text)
        pos += len(text)
    return "".join(out), spans


class Page:
    """A document built piece by piece; keeps the spans' offsets."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def add(self, template: str, **values) -> None:
        text, spans = render(template, **values)
        for s in spans:
            s["start"] += self.pos
            s["end"] += self.pos
        self.parts.append(text)
        self.spans.extend(spans)
        self.pos += len(text)

    def line(self, template: str = "", **values) -> None:
        self.add(template + "\n", **values)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones

FW = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TRUNK0 = {"DE", "AT", "CH", "GB", "NL", "BE"}
DOTTED = {"FR", "BE", "CH", "PT", "ES", "US", "CA", "IT", "MX", "AU"}
# Regions whose numbers a page may quote in international form (besides the page's own).
OTHER_REGIONS = ["US", "CA", "GB", "IE", "AU", "NZ", "ZA", "NG", "KE", "GH", "MA", "TN", "EG", "IN", "PK", "BD",
                 "LK", "SG", "MY", "ID", "PH", "VN", "TH", "JP", "KR", "CN", "HK", "TW", "BR", "AR", "CL", "CO",
                 "MX", "PE", "UY", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "IT", "ES", "PT", "PL", "CZ", "SK",
                 "HU", "RO", "BG", "GR", "TR", "RU", "UA", "IL", "AE", "SA", "QA", "KW", "JO", "LB", "IR", "SE",
                 "NO", "DK", "FI", "IS", "EE", "LV", "LT", "HR", "SI", "RS", "CY", "MT", "GE", "KZ", "UZ"]


def make_phone(rng, region: str, mobile: bool) -> phonenumbers.PhoneNumber:
    """A valid number of `region` and type: an example number with all digits after the second drawn again."""
    kind = PNT.MOBILE if mobile else PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    for _ in range(80):
        cand = nsn[:2] + "".join(rng.choice("0123456789") for _ in nsn[2:])
        num = phonenumbers.parse(f"+{cc}{cand}")
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


def write_phone(rng, num, page_region: str, lang: str, shape_only: bool = False) -> str:
    """The number as a page of `lang` / `page_region` writes it (own-region numbers also national)."""
    region = phonenumbers.region_code_for_number(num)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    styles = ["intl", "intl", "e164", "00"]
    if shape_only:
        styles = ["intl", "e164", "intl"]
    elif region == page_region:
        styles += ["nat", "nat", "nat"]
        if region in DOTTED:
            styles.append("dots")
        if region in ("DE", "AT"):
            styles.append("slash")
        if lang in ("zh", "ja", "ko"):
            styles.append("fw")
    if region in TRUNK0 and not shape_only:
        styles.append("trunk0")
    if not shape_only:
        styles.append("nbsp")
    style = rng.choice(styles)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    if style == "nat":
        out = nat
    elif style == "dots":
        out = re.sub(r"[\s\-]+", ".", re.sub(r"[()]", "", nat))
    elif style == "slash":
        out = re.sub(r"\s", "/", nat, count=1).replace(" ", "")
    elif style == "fw":
        out = nat.translate(FW)
    elif style == "e164":
        out = e164
    elif style == "00":
        out = "00" + intl[1:]
    elif style == "trunk0":
        out = intl.replace(f"+{num.country_code} ", f"+{num.country_code} (0)", 1)
    elif style == "nbsp":
        out = intl.replace(" ", NBSP)
    else:
        out = intl
    if lang == "ar" and rng.random() < 0.3:
        out = out.translate(ARABIC)
    elif lang == "fa" and rng.random() < 0.4:
        out = out.translate(PERSIAN)
    return out


def with_ext(rng, phone: str, lang: str) -> str:
    word = rng.choice(LEX[lang]["ext"])
    digits = str(rng.randint(2, 899))
    glue = "" if lang in ("ja", "zh") else " "
    return f"{phone}{glue}{word}{glue}{digits}"


def phone_region(num) -> str:
    return phonenumbers.region_code_for_number(num)


def phone_valid(text: str, regions: list[str]) -> bool:
    """Valid for some region once its extension, "(0)" and odd digits are undone."""
    t = "".join(str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c for c in text)
    t = t.replace(NBSP, " ").replace("＋", "+")
    t = re.sub(r"[\s,;]*[^\W\d_][^\d]*\d{1,5}$", "", t)  # extension in any language
    t = re.sub(r"^(\+\d{1,3}) ?\(0\)", r"\1 ", t)
    if t.startswith("00"):
        t = "+" + t[2:]
    tries = [None] if t.startswith("+") else regions + list(phonenumbers.SUPPORTED_REGIONS)
    for region in tries:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(t, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# ---------------------------------------------------------------- cards

BRANDS = [  # (name, prefixes, lengths, weight)
    ("Visa", ["4"], [16, 16, 16, 13, 19], 30),
    ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], [16], 24),
    ("American Express", ["34", "37"], [15], 10),
    ("Discover", ["6011", "644", "649", "65"], [16], 6),
    ("JCB", ["3528", "3540", "3566", "3589"], [16], 6),
    ("Diners Club", ["36", "38", "300", "305"], [14], 4),
    ("UnionPay", ["62"], [16, 19], 6),
    ("Mir", ["2200", "2201", "2202", "2204"], [16], 4),
]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def card_brand(digits: str) -> str | None:
    """The brand whose prefix and length `digits` has, or None."""
    n = len(digits)
    p2, p3, p4 = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4" and n in (13, 16, 19):
        return "Visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "Mastercard"
    if p2 in (34, 37) and n == 15:
        return "American Express"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65) and n in (16, 19):
        return "Discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "JCB"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39)) and n == 14:
        return "Diners Club"
    if p2 == 62 and 16 <= n <= 19:
        return "UnionPay"
    if 2200 <= p4 <= 2204 and 16 <= n <= 19:
        return "Mir"
    return None


def make_card(rng, brand: str | None = None) -> tuple[str, str]:
    """(brand, digits) of a Luhn-valid card number."""
    if brand is None:
        brand = rng.choices([b[0] for b in BRANDS], [b[3] for b in BRANDS])[0]
    _, prefixes, lengths, _ = next(b for b in BRANDS if b[0] == brand)
    prefix, n = rng.choice(prefixes), rng.choice(lengths)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return brand, luhn_complete(body)


def group_card(rng, digits: str, sep: str | None = None) -> str:
    n = len(digits)
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 3, 3, 3], 19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4))
    if sep is None:
        sep = rng.choice([" ", " ", "-", "", NBSP])
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    return sep.join(out)


def bad_luhn_card(rng) -> str:
    """Brand prefix and length, failing Luhn."""
    _, digits = make_card(rng, rng.choice(["Visa", "Mastercard", "Discover"]))
    last = (int(digits[-1]) + rng.randint(1, 9)) % 10
    return digits[:-1] + str(last)


def masked_card(rng) -> str:
    _, d = make_card(rng)
    return rng.choice([f"{d[:4]} **** **** {d[-4:]}", f"XXXX-XXXX-XXXX-{d[-4:]}", f"•••• {d[-4:]}",
                       f"{d[:6]}******{d[-4:]}", f"**** **** **** {d[-4:]}"])


def non_card_16(rng) -> str:
    """A 16-digit number with no card brand at a card length, or failing Luhn (loyalty, voucher, meter)."""
    while True:
        d = rng.choice("789") + "".join(rng.choice("0123456789") for _ in range(15))
        if card_brand(d) is None or not luhn_ok(d):
            return d


def imei(rng) -> str:
    return luhn_complete(rng.choice(["35", "86", "01"]) + "".join(rng.choice("0123456789") for _ in range(12)))


# ---------------------------------------------------------------- IBANs

IBAN_HOME = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "ES": "ES", "IT": "IT", "PT": "PT",
             "NL": "NL", "PL": "PL", "SE": "SE", "CZ": "CZ", "TR": "TR", "BG": "BG", "GR": "GR", "AE": "AE",
             "SA": "SA", "IL": "IL", "IE": "IE", "GB": "GB", "UA": "UA", "BR": "BR", "EG": "EG", "IR": "IR"}
IBAN_OTHER = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "PL", "PT", "IE", "LU", "DK", "FI", "NO", "HU", "RO",
              "HR", "SI", "SK", "LT", "LV", "EE", "CY", "MT", "GB", "CH", "CZ", "SE", "IL", "AE", "GR", "TR"]


def make_iban(rng, country: str) -> str:
    """A valid IBAN of `country` whose account part is digits (as banks print them)."""
    for _ in range(40):
        iban = str(IBAN.random(country_code=country, random=rng))
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{0,4}\d+", iban):
            return iban
    return str(IBAN.random(country_code="DE", random=rng))


def write_iban(rng, iban: str) -> str:
    style = rng.choice(["print", "print", "compact", "lower", "lowerprint"])
    grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return {"print": grouped, "compact": iban, "lower": iban.lower(), "lowerprint": grouped.lower()}[style]


def iban_valid(text: str) -> bool:
    try:
        IBAN(text.replace(" ", "").upper())
        return True
    except ValueError:  # schwifty's errors are ValueErrors
        return False


def bad_iban(rng, country: str) -> str:
    iban = make_iban(rng, country)
    while True:
        cd = f"{rng.randint(2, 98):02d}"
        cand = iban[:2] + cd + iban[4:]
        if not iban_valid(cand):
            return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4)) if rng.random() < 0.5 else cand


# ---------------------------------------------------------------- IPs

def make_ip(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["pub4", "pub4", "pub4", "priv4", "priv4", "ll4", "pub6", "ula6", "ll6"])
    while True:
        if kind == "pub4":
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global and not str(a).endswith((".0", ".255")):
                return str(a)
        elif kind == "priv4":
            return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                               f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                               f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
        elif kind == "ll4":
            return f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        elif kind == "pub6":
            a = ipaddress.IPv6Address((0x2A0 << 116) | (rng.getrandbits(116)))
            return str(a) if rng.random() < 0.8 else a.exploded
        elif kind == "ula6":
            return str(ipaddress.IPv6Address((0xFD << 120) | rng.getrandbits(120)))
        else:
            return str(ipaddress.IPv6Address((0xFE80 << 112) | rng.getrandbits(64)))


def ip_labelled(text: str) -> bool:
    try:
        a = ipaddress.ip_address(text)
    except ValueError:
        return False
    if a.is_loopback or a.is_unspecified:
        return False
    return not (isinstance(a, ipaddress.IPv4Address) and text.startswith(("255.", "0.")))


# ---------------------------------------------------------------- SSNs

def make_ssn(rng) -> str:
    area = 666
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def write_ssn(rng, digits: str, allow_bare: bool) -> str:
    styles = ["dash", "dash", "dash", "space"] + (["bare", "bare", "dot"] if allow_bare else [])
    style = rng.choice(styles)
    a, g, s = digits[:3], digits[3:5], digits[5:]
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "bare": digits, "dot": f"{a}.{g}.{s}"}[style]


def ssn_ok(text: str) -> bool:
    d = re.sub(r"[\s.\-]", "", text)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def itin(rng) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 71, 75, 78, 80, 83, 88, 92])}-{rng.randint(1000, 9999)}"


def ein(rng) -> str:
    return f"{rng.choice([12, 27, 36, 46, 54, 81, 94])}-{rng.randint(1000000, 9999999)}"


def bad_ssn(rng) -> str:
    return rng.choice([f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"])


def aba(rng) -> str:
    while True:
        d = f"0{rng.randint(1, 3)}{rng.randint(0, 9999999):07d}"
        w = [3, 7, 1] * 3
        if sum(int(c) * k for c, k in zip(d, w)) % 10 == 0:
            return d


def nine_digits(rng) -> str:
    return str(rng.randint(100000000, 999999999))


# ---------------------------------------------------------------- e-mails

def email_for(rng, name: str, domain: str, latin: list[str]) -> str:
    parts = [p for p in re.split(r"\s+", name) if p]
    ascii_parts = [unicodedata.normalize("NFKD", p).encode("ascii", "ignore").decode().lower() for p in parts]
    ascii_parts = [re.sub(r"[^a-z]", "", p) for p in ascii_parts]
    if all(ascii_parts) and len(ascii_parts) >= 2:
        first, last = ascii_parts[0], ascii_parts[-1]
        local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{rng.randint(1, 99)}",
                            f"{last}.{first}", f"{first}_{last}", f"{first}+{rng.choice(['shop', 'news', 'info'])}"])
    else:
        local = rng.choice(latin)
    if rng.random() < 0.1:
        local = local.upper()
    return f"{local}@{domain}"


# ---------------------------------------------------------------- checks

def check_row(row: dict) -> list[str]:
    """The gold problems of one row (empty when it is sound)."""
    problems = []
    text, spans = row["text"], row["spans"]
    regions = LEX.get(row["language"], LEX["en"])["regions"] + ["US"]
    last_end = -1
    for s in spans:
        if s["type"] not in TYPES:
            problems.append(f"type {s['type']}")
        if text[s["start"]:s["end"]] != s["text"]:
            problems.append(f"offsets {s}")
        if s["start"] < last_end:
            problems.append(f"overlap {s}")
        last_end = s["end"]
        before = text[s["start"] - 1] if s["start"] > 0 else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        if re.match(r"[A-Za-z0-9]", before) or re.match(r"[A-Za-z0-9]", after):
            problems.append(f"glued {s}")
        t = s["text"]
        if t != t.strip() or t[-1] in ".,;:)":
            problems.append(f"edge {s}")
        kind = s["type"]
        if kind == "PHONE_NUMBER" and not phone_valid(t, regions):
            problems.append(f"phone {t}")
        if kind == "CREDIT_CARD":
            d = re.sub(r"[\s\-\u00a0]", "", t)
            if not (d.isdigit() and luhn_ok(d) and card_brand(d)):
                problems.append(f"card {t}")
        if kind == "IBAN_CODE" and not iban_valid(t):
            problems.append(f"iban {t}")
        if kind == "IP_ADDRESS" and not ip_labelled(t):
            problems.append(f"ip {t}")
        if kind == "US_SSN" and not ssn_ok(t):
            problems.append(f"ssn {t}")
        if kind == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", t):
            problems.append(f"email {t}")
    masked = list(text)
    for s in spans:
        masked[s["start"]:s["end"]] = "#" * (s["end"] - s["start"])
    masked = "".join(masked)
    for m in re.finditer(r"(?<![\d#])\d(?:[ \-\u00a0]?\d){11,18}(?![\d#])", masked):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d) and card_brand(d):
            problems.append(f"unlabelled card {m.group()}")
    for m in re.finditer(r"(?<![A-Za-z0-9#])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?", masked):
        if iban_valid(m.group()):
            problems.append(f"unlabelled iban {m.group()}")
    for s in spans:
        if len(s["text"]) >= 7:
            whole = [m for m in re.finditer(re.escape(s["text"]), text)
                     if not re.match(r"[A-Za-z0-9]", text[m.start() - 1:m.start()] or " ")
                     and not re.match(r"[A-Za-z0-9]", text[m.end():m.end() + 1] or " ")]
            labelled = [x for x in spans if x["text"] == s["text"]]
            if len(whole) != len(labelled):
                problems.append(f"value also unlabelled {s['text']}")
    return problems

