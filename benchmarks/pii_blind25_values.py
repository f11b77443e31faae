"""Value makers, look-alikes, the span-keeping document and the gold checks of the blind25 PII set
(benchmarks/pii_blind25.py says what the set is and the rules it was written under).
"""

import ipaddress
import random
import re

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from schwifty import IBAN

from benchmarks.pii_blind25_lexicon import LANG

TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")


class Doc:
    """Text built in pieces; `v` appends a labelled value and keeps its span."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, s: str) -> "Doc":
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, typ: str, s: str) -> "Doc":
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "text": s})
        return self.t(s)

    def f(self, frame: str, *vals) -> "Doc":
        """Fill a frame's {} with values: (type, text) pairs are labelled, plain strings not."""
        pieces = frame.split("{}")
        for i, piece in enumerate(pieces):
            self.t(piece)
            if i < len(vals):
                val = vals[i]
                if isinstance(val, tuple):
                    self.v(*val)
                else:
                    self.t(val)
        return self

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones
def phone(r: random.Random, region: str, style: str | None = None, mobile: bool | None = None) -> str:
    kind = phonenumbers.PhoneNumberType.MOBILE if (mobile if mobile is not None else r.random() < 0.6) \
        else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(200):
        digits = nsn[:3] + "".join(r.choice("0123456789") for _ in nsn[3:])
        num = phonenumbers.parse("+" + str(ex.country_code) + digits)
        if phonenumbers.is_valid_number(num):
            break
    else:
        num = ex
    style = style or r.choice(["nat", "nat", "intl", "e164", "intl"])
    if style == "nat":
        s = phonenumbers.format_number(num, PNF.NATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, PNF.E164)
    elif style == "00":
        s = "00" + phonenumbers.format_number(num, PNF.INTERNATIONAL)[1:]
    elif style == "dots":
        s = phonenumbers.format_number(num, PNF.NATIONAL).replace(" ", ".").replace("-", ".")
    elif style == "dash":
        s = phonenumbers.format_number(num, PNF.INTERNATIONAL).replace(" ", "-")
    else:
        s = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    return s


def us_phone(r: random.Random, style: str | None = None) -> str:
    for _ in range(200):
        area = r.choice(["212", "312", "415", "617", "713", "404", "206", "503", "614", "919", "801", "612"])
        exch = str(r.randint(2, 9)) + f"{r.randint(0, 99):02d}"
        line = f"{r.randint(0, 9999):04d}"
        num = phonenumbers.parse(f"+1{area}{exch}{line}")
        if phonenumbers.is_valid_number(num) and exch != "555":
            break
    style = style or r.choice(["paren", "dash", "dots", "intl", "e164"])
    return {"paren": f"({area}) {exch}-{line}", "dash": f"{area}-{exch}-{line}", "dots": f"{area}.{exch}.{line}",
            "intl": f"+1 {area}-{exch}-{line}", "e164": f"+1{area}{exch}{line}"}[style]


# ---------------------------------------------------------------- e-mails
IDN = ["xn--mller-kva.de", "xn--brcke-lva.example", "xn--80ak6aa92e.com", "xn--fiqs8s.cn", "xn--caf-dma.fr"]
LONG_TLD = ["studio.photography", "tutors.education", "clinic.healthcare", "campus.university", "alumni.international",
            "choir.community", "dental.clinic", "school.academy"]


def email(r: random.Random, local: str, domain: str, twist: bool = True) -> str:
    if twist:
        x = r.random()
        if x < 0.12:
            local = f"{local}+{r.choice(['school', 'news', 'pta', 'lab', 'rx', 'uni'])}"
        elif x < 0.2:
            domain = r.choice(["mail.", "staff.", "students.", "alumni."]) + domain
        elif x < 0.27:
            domain = r.choice(LONG_TLD)
        elif x < 0.32:
            domain = r.choice(IDN)
        elif x < 0.36:
            local = local.upper()
    return f"{local}@{domain}"


# ---------------------------------------------------------------- cards, IBANs, SSNs, IPs
BRANDS = [("4", 16), ("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
          ("6011", 16), ("65", 16), ("3528", 16), ("36", 14), ("62", 16), ("2200", 16)]


def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch)
        if i % 2:
            k *= 2
            if k > 9:
                k -= 9
        total += k
    return total % 10 == 0


def card_digits(r: random.Random, valid: bool = True) -> str:
    pre, n = r.choice(BRANDS)
    body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c) == valid:
            return body + c
    raise AssertionError


def group_card(d: str, sep: str = " ") -> str:
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card(r: random.Random) -> str:
    d = card_digits(r)
    x = r.random()
    return d if x < 0.3 else group_card(d, "-" if x < 0.45 else " ")


def brand_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    p2, p4 = int(d[:2]), int(d[:4])
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= p4 <= 3589:
        return n in (16, 19)
    if p2 == 36 or 300 <= int(d[:3]) <= 305 or p2 == 38:
        return n in (14, 16)
    if p2 == 62:
        return 16 <= n <= 19
    if 2200 <= p4 <= 2204:
        return n == 16
    return False


IBAN_SPEC = {"DE": ("37040044", 10), "FR": ("30006", 11), "NL": ("ABNA", 10), "PL": ("10901014", 16), "GR": ("0110125", 16),
             "UA": ("322313", 19), "SA": ("80", 18), "IL": ("010800", 13), "AE": ("033", 16), "ES": ("21000418", 10),
             "PT": ("00020123", 11), "CZ": ("0800", 10), "SE": ("500", 16), "TR": ("00061", 16), "BG": ("BNBG9661", 8)}


def iban_raw(r: random.Random, country: str) -> str:
    bank, n = IBAN_SPEC[country]
    while True:
        acct = "".join(r.choice("0123456789") for _ in range(n))
        try:
            return str(IBAN.generate(country, bank_code=bank, account_code=acct))
        except Exception:  # noqa: BLE001, S112 - a national check failed, draw again
            continue


def iban(r: random.Random, country: str) -> str:
    raw = iban_raw(r, country)
    x = r.random()
    grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw if x < 0.35 else grouped.lower() if x < 0.45 else grouped


def bad_iban(r: random.Random, country: str) -> str:
    raw = iban_raw(r, country)
    ck = int(raw[2:4])
    wrong = f"{(ck + r.randint(1, 50)) % 97 + 2:02d}"
    if wrong == raw[2:4]:
        wrong = f"{(ck + 3) % 90 + 2:02d}"
    raw = raw[:2] + wrong + raw[4:]
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def ssn_parts(r: random.Random) -> tuple[str, str, str]:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"


def ssn(r: random.Random, sep: str | None = None) -> str:
    a, g, s = ssn_parts(r)
    sep = sep if sep is not None else r.choice(["-", "-", "-", " ", ".", ""])
    return sep.join([a, g, s])


def bad_ssn(r: random.Random) -> str:
    a, g, s = ssn_parts(r)
    k = r.randint(0, 4)
    if k == 0:
        a = r.choice(["000", "666"])
    elif k == 1:
        a = str(r.randint(900, 999))
        g = str(r.choice([r.randint(70, 88), r.randint(90, 99)]))
    elif k == 2:
        g = "00"
    elif k == 3:
        s = "0000"
    else:
        a = str(r.randint(900, 999))
    return f"{a}-{g}-{s}"


def ein(r: random.Random) -> str:
    return f"{r.choice([12, 23, 36, 46, 75, 84, 91])}-{r.randint(1000000, 9999999)}"


def ssn_ok(v: str) -> bool:
    d = re.sub(r"[\s.\-]", "", v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


def ipv4(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["pub", "pub", "pub", "priv", "priv"])
    while True:
        if kind == "priv":
            s = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        else:
            s = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ip_ok(s) and (kind == "priv" or ipaddress.ip_address(s).is_global):
            return s


def ipv6(r: random.Random) -> str:
    pre = r.choice(["2001:db8", "2a02:8108", "2600:1f18", "2a01:4f8", "fd12:3456", "2405:200"])
    tail = ":".join(f"{r.randint(0, 65535):x}" for _ in range(r.choice([2, 3, 4])))
    s = f"{pre}:{r.randint(1, 65535):x}::{tail}"
    return str(ipaddress.ip_address(s)) if r.random() < 0.5 else s


def ip_ok(v: str) -> bool:
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    if a.is_loopback or a.is_unspecified or str(a) == "255.255.255.255":
        return False
    if a.version == 4:
        n = int(a)
        inv = (~n) & 0xFFFFFFFF
        if n and ((inv + 1) & inv) == 0:  # netmask
            return False
    return True


# ---------------------------------------------------------------- look-alikes (never labelled)
def lookalikes(r: random.Random, lang: str, k: int = 3) -> list[str]:
    lx = LANG.get(lang, LANG["de"])["lab"] if lang in LANG else None
    order = lx["order"] if lx else "Order no."
    pool = [
        f"{order} {r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        f"{order} {r.randint(10 ** 9, 10 ** 10 - 1)}",
        f"IMEI {r.randint(10 ** 14, 10 ** 15 - 1)}",
        f"ISBN 978-{r.randint(1, 9)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.randint(0, 9)}",
        f"**** **** **** {r.randint(1000, 9999)}",
        f"{card_digits(r, valid=False)}",
        f"v{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(100, 999)}",
        f"{r.randint(10, 99)}.{r.randint(1000, 9999)}.{r.randint(100, 999)} kWh",
        f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2024, 2026)} {r.randint(7, 20):02d}:{r.choice(['00', '15', '30', '45'])}",
        f"{r.randint(40, 60)}.{r.randint(100000, 999999)}, {r.randint(2, 30)}.{r.randint(100000, 999999)}",
        f"{bad_iban(r, r.choice(['DE', 'FR', 'NL', 'PL']))}",
        f"XXX-XX-{r.randint(1000, 9999)}",
        f"255.255.{r.choice(['255.0', '240.0', '0.0'])}",
        "127.0.0.1",
        f"1.3.6.1.4.1.{r.randint(1000, 60000)}.{r.randint(1, 9)}",
    ]
    r.shuffle(pool)
    return pool[:k]


# ---------------------------------------------------------------- checks
EMAIL_RE = re.compile(r'^(?:"[^"]+"|[^\s@"<>()\[\],;:]+)@[^\s@"<>()\[\],;:]+\.[^\s@"<>()\[\],;:]+$')
REGIONS_BY_LANG = {k: v["region"] for k, v in LANG.items()}


def phone_ok(v: str, lang: str) -> bool:
    base = re.split(r"\s*(?:ext\.?|x|доб\.|内線|내선|Durchwahl|poste)\s*\d+$", v)[0]
    regions = [REGIONS_BY_LANG.get(lang), "US", None]
    for reg in regions:
        try:
            n = phonenumbers.parse(base, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    for reg in sorted(phonenumbers.SUPPORTED_REGIONS):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(base, reg)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def check_row(row: dict) -> None:
    text = row["text"]
    last = -1
    for sp in sorted(row["spans"], key=lambda s: s["start"]):
        s, e, v, typ = sp["start"], sp["end"], sp["text"], sp["type"]
        name = f"{row['id']} {typ} {v!r}"
        assert typ in TYPES, name
        assert text[s:e] == v, f"{name}: text mismatch"
        assert s >= last, f"{name}: overlap"
        last = e
        assert v == v.strip() and v, f"{name}: blank edge"
        if s > 0:
            assert not (text[s - 1].isascii() and text[s - 1].isalnum()), f"{name}: glued left"
        if e < len(text):
            assert not (text[e].isascii() and text[e].isalnum()), f"{name}: glued right"
        if typ == "PHONE_NUMBER":
            assert phone_ok(v, row["language"]), f"{name}: invalid phone"
        elif typ == "EMAIL_ADDRESS":
            assert EMAIL_RE.match(v), f"{name}: not a mailbox"
        elif typ == "IP_ADDRESS":
            assert ip_ok(v), f"{name}: excluded or invalid IP"
        elif typ == "CREDIT_CARD":
            d = re.sub(r"[\s\-]", "", v)
            assert d.isdigit() and luhn_ok(d) and brand_ok(d), f"{name}: bad card"
        elif typ == "IBAN_CODE":
            try:
                IBAN(v.replace(" ", "").upper())
            except Exception as exc:
                raise AssertionError(f"{name}: bad IBAN") from exc
        elif typ == "US_SSN":
            assert ssn_ok(v), f"{name}: invalid SSN"


def check_rows(rows: list[dict]) -> None:
    for row in rows:
        check_row(row)
