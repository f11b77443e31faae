"""Value makers, the document builder and the gold checks of the blind28 PII set (see pii_blind28.py)."""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")

# words written after a phone for its extension, in each language's way (stripped before validity checks)
EXT_WORDS = (
    "ext.", "ext", "Ext.", "x", "X", "Durchwahl", "DW", "int.", "wew.", "内線", "تحويلة", "linka", "kl.", "mellék",
    "доб.", "내선", "poste", "ankn.", "转", "分机", "εσωτ.", "dahili", "toestel", "ramal", "שלוחה", "एक्सटेंशन",
    "alanumero", "interior", "дод.", "ต่อ", "داخلی", "вътр.", "lokal", "ext", "#",
)
_EXT_RE = re.compile(
    r"(?:\s*[,;]?\s*\(?(?:" + "|".join(re.escape(w) for w in sorted(set(EXT_WORDS), key=len, reverse=True))
    + r")\s*[:.]?\s*\d{1,5}\)?)$"
)

CHECK_REGIONS = (
    "DE", "IT", "PL", "JP", "SA", "AE", "EG", "CZ", "HU", "RU", "KR", "ES", "FR", "SE", "CN", "GR", "TR", "NL",
    "PT", "IL", "IN", "FI", "RO", "UA", "TH", "IR", "BG", "DK", "US", "GB", "CA", "AT", "CH", "BE", "MX", "BR",
)


def ascii_digits(s: str) -> str:
    out = []
    for ch in s:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            d = unicodedata.digit(ch, None)
            out.append(str(d) if d is not None else ch)
        else:
            out.append(ch)
    return "".join(out)


def phone_valid(text: str) -> bool:
    s = _EXT_RE.sub("", ascii_digits(text)).strip()
    for region in (None,) + CHECK_REGIONS:
        try:
            n = phonenumbers.parse(s, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


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


def luhn_complete(prefix_body: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError(prefix_body)


def card_brand(digits: str) -> str | None:
    n = len(digits)
    p2, p3, p4, p6 = int(digits[:2]), int(digits[:3]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925) and n in (16, 19):
        return "discover"
    if 3528 <= p4 <= 3589 and n in (16, 19):
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095) and n in (14, 16):
        return "diners"
    if p2 == 62 and n in (16, 17, 18, 19):
        return "unionpay"
    if 2200 <= p4 <= 2204 and n in (16, 17, 18, 19):
        return "mir"
    return None


def ssn_valid(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", text)
    if not m:
        return False
    a, g, s = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def ip_valid(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified:
        return False
    if ip.version == 4:
        n = int(ip)
        if n == 0xFFFFFFFF:
            return False
        inv = (~n) & 0xFFFFFFFF
        if n and (inv & (inv + 1)) == 0:  # a netmask: ones then zeros
            return False
        if n and (n & (n + 1)) == 0 and text.startswith("0."):  # a wildcard mask
            return False
    return True


def iban_valid(text: str) -> bool:
    try:
        IBAN(text.upper())
    except (SchwiftyException, ValueError):
        return False
    return True


def check_span(text: str, span: dict) -> None:
    s, e, t = span["start"], span["end"], span["type"]
    val = text[s:e]
    where = f"{t} {val!r} at {s}"
    assert t in TYPES, where
    assert val == span["text"], f"span text differs: {where} vs {span['text']!r}"
    assert val and val == val.strip(), f"edge space: {where}"
    assert not (s > 0 and text[s - 1].isascii() and text[s - 1].isalnum()), f"glued left: {where}"
    assert not (e < len(text) and text[e].isascii() and text[e].isalnum()), f"glued right: {where}"
    if t == "PHONE_NUMBER":
        assert phone_valid(val), f"invalid phone: {where}"
    elif t == "EMAIL_ADDRESS":
        assert EMAIL_RE.fullmatch(val), f"invalid e-mail: {where}"
    elif t == "IP_ADDRESS":
        assert ip_valid(val), f"invalid or excluded IP: {where}"
    elif t == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", val)
        assert d.isdigit() and luhn_ok(d) and card_brand(d), f"invalid card: {where}"
    elif t == "IBAN_CODE":
        assert iban_valid(val), f"invalid IBAN: {where}"
    elif t == "US_SSN":
        assert ssn_valid(val), f"invalid SSN: {where}"


_RUN = re.compile(r"(?<![0-9])[0-9]{13,19}(?![0-9])")
_DASHED_SSN = re.compile(r"(?<![0-9-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9-])")


def check_outside(row: dict) -> None:
    """No Luhn-valid brand card run and no valid dashed SSN stand outside the spans (gold would miss them)."""
    text = row["text"]
    covered = [(s["start"], s["end"]) for s in row["spans"]]

    def inside(m) -> bool:
        return any(a <= m.start() and m.end() <= b for a, b in covered)
    for m in _RUN.finditer(text):
        if not inside(m) and luhn_ok(m.group()) and card_brand(m.group()):
            raise AssertionError(f"unlabelled card-like run {m.group()!r} in {row['id']}")
    for m in _DASHED_SSN.finditer(text):
        if not inside(m) and ssn_valid(m.group()):
            raise AssertionError(f"unlabelled valid dashed SSN {m.group()!r} in {row['id']}")


def check_rows(rows: list[dict]) -> None:
    seen = set()
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}, row.get("id")
        assert row["id"] not in seen, row["id"]
        seen.add(row["id"])
        last_end = -1
        for span in sorted(row["spans"], key=lambda x: (x["start"], x["end"])):
            assert span["start"] >= last_end, f"overlap in {row['id']}: {span}"
            check_span(row["text"], span)
            last_end = span["end"]
        check_outside(row)


class Doc:
    """Builds a text piece by piece, recording gold spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []

    def t(self, *texts: str) -> Doc:
        for x in texts:
            self.parts.append(x)
            self.n += len(x)
        return self

    def v(self, typ: str, value: str) -> Doc:
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(value), "text": value})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones
_DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "full": "０１２３４５６７８９", "deva": "०१२३४५६७८९",
}


def to_digits(s: str, style: str) -> str:
    table = _DIGITS[style]
    return "".join(table[int(c)] if "0" <= c <= "9" else c for c in s)


def make_number(rng: random.Random, region: str, mobile: bool | None = None):
    kinds = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    if mobile is None:
        mobile = rng.random() < 0.5
    ex = phonenumbers.example_number_for_type(region, kinds[0] if mobile else kinds[1])
    if ex is None:
        ex = phonenumbers.example_number(region)
    nat = phonenumbers.national_significant_number(ex)
    want = phonenumbers.number_type(ex)
    for keep in (1, 1, 2, 3):
        for _ in range(25):
            cand = nat[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nat) - keep))
            n = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
            if cand != nat and phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == want:
                return n
    return ex


def regroup(s: str, sep: str) -> str:
    return re.sub(r"[ \-]", sep, s)


def fmt_phone(rng: random.Random, n, style: str | None = None) -> str:
    """A number as people and programs write it (no extension)."""
    styles = ["nat", "nat", "intl", "e164", "00", "natsep", "intlsep", "natnone", "paren0"]
    style = style or rng.choice(styles)
    nat = phonenumbers.format_number(n, PNF.NATIONAL)
    intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if style == "nat":
        return nat
    if style == "natsep":
        groups = re.split(r"[ \-]+", nat.replace("(", "").replace(")", ""))
        sep = rng.choice([".", "-", "/", " "])
        if sep == "/" and len(groups) > 2:  # area code / subscriber number
            return groups[0] + "/" + "".join(groups[1:])
        return sep.join(groups)
    if style == "natnone":
        return re.sub(r"[^\d+]", "", nat)
    if style == "intl":
        return intl
    if style == "intlsep":
        head, rest = intl.split(" ", 1)
        return head + " " + regroup(rest, rng.choice([".", "-", " "]))
    if style == "e164":
        return phonenumbers.format_number(n, PNF.E164)
    if style == "00":
        return "00" + intl[1:]
    if style == "011":
        return "011 " + intl[1:]
    if style == "paren0":
        head, rest = intl.split(" ", 1)
        if phonenumbers.region_code_for_number(n) in ("DE", "AT", "CH", "NL", "BE", "GB", "FR", "IL"):
            return f"{head} (0){rest}" if rng.random() < 0.5 else f"{head} (0) {rest}"
        return f"({head}) {rest}"
    raise ValueError(style)


# ---------------------------------------------------------------- other values
def make_card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners",
                                 "unionpay", "mir", "visa13"])
    pre, length = {
        "visa": ("4", 16), "visa13": ("4", 13), "mastercard": (str(rng.randint(51, 55)), 16),
        "mastercard2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
        "discover": (rng.choice(["6011", "65"]), 16), "jcb": (str(rng.randint(3528, 3589)), 16),
        "diners": (rng.choice(["36", "300", "305"]), 14), "unionpay": ("62" + str(rng.randint(1, 2)), 16),
        "mir": ("220" + str(rng.randint(0, 4)), 16),
    }[brand]
    body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
    d = luhn_complete(body)
    assert card_brand(d), d
    return d


def group_card(rng: random.Random, d: str) -> str:
    sep = rng.choice([" ", " ", "-", ""])
    if len(d) == 13:
        return d
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]]) if sep else d
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]]) if sep else d
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4)) if sep else d


def bad_card(rng: random.Random) -> str:
    """A 16-digit string that is no card: Luhn-invalid, masked, or a gift/loyalty prefix."""
    k = rng.random()
    if k < 0.35:
        d = make_card(rng, "visa")
        d = d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if k < 0.7:
        d = make_card(rng)
        return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• •••• •••• ", "************"]) + d[-4:]
    d = rng.choice(["9", "7", "8"]) + "".join(rng.choice("0123456789") for _ in range(15))
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def make_iban(rng: random.Random, country: str) -> str:
    return str(IBAN.random(country_code=country, random=rng))


def fmt_iban(rng: random.Random, compact: str) -> str:
    k = rng.random()
    if k < 0.55:
        return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    if k < 0.9:
        return compact
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)).lower()


def bad_iban(rng: random.Random, country: str) -> str:
    good = make_iban(rng, country)
    cd = int(good[2:4])
    bad = good[:2] + f"{(cd + rng.randint(1, 40)) % 97 + 2:02d}"[-2:] + good[4:]
    if iban_valid(bad):
        bad = good[:2] + f"{(cd + 50) % 97 + 2:02d}"[-2:] + good[4:]
    return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))


def make_ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def bad_ssn(rng: random.Random) -> str:
    k = rng.randint(0, 4)
    a, g, s = rng.randint(100, 899), rng.randint(1, 99), rng.randint(1, 9999)
    if k == 0:
        a = rng.randint(900, 999)  # ITIN
        g = rng.choice([rng.randint(50, 65), rng.randint(70, 99)])
    elif k == 1:
        a = 666
    elif k == 2:
        a = 0
    elif k == 3:
        g = 0
    else:
        s = 0
    return f"{a:03d}-{g:02d}-{s:04d}"


def make_ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


def public_v4(rng: random.Random) -> str:
    while True:
        ip = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if ip.is_global:
            return str(ip)


def private_v4(rng: random.Random) -> str:
    k = rng.randint(0, 3)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def v6(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["global", "global", "ula", "ll"])
    if kind == "global":
        head = [rng.choice(["2a02", "2001", "2600", "2a00", "2804", "2406", "2c0f"]), f"{rng.randint(0, 0xffff):x}"]
    elif kind == "ula":
        head = ["fd" + f"{rng.randint(0, 255):02x}", f"{rng.randint(0, 0xffff):x}"]
    else:
        head = ["fe80", "0"]
    tail = [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
    ip = ipaddress.IPv6Address(":".join(head + tail))
    return str(ip) if rng.random() < 0.8 else ip.exploded


def any_ip(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.45:
        return public_v4(rng)
    if k < 0.75:
        return private_v4(rng)
    return v6(rng)


def ip_lookalike(rng: random.Random) -> tuple[str, str]:
    """(label, value) pairs shaped like IPs that are not hosts."""
    k = rng.randint(0, 11)
    r = rng.randint
    return [
        ("firmware", f"{r(1, 9)}.{r(0, 30)}.{r(0, 255)}.{r(0, 255)}"),
        ("driver", f"{r(10, 31)}.{r(0, 9)}.{r(100, 255)}.{r(1, 99)}"),
        ("oid", f"1.3.6.1.4.1.{r(2, 50000)}.{r(1, 20)}.{r(1, 9)}.{r(0, 30)}"),
        ("mask", rng.choice(["255.255.255.0", "255.255.0.0", "255.255.255.192", "255.255.248.0", "255.255.255.252"])),
        ("wildcard", rng.choice(["0.0.0.255", "0.0.15.255", "0.0.0.63", "0.0.3.255"])),
        ("loopback", rng.choice(["127.0.0.1", "0.0.0.0", "::1", "::", "255.255.255.255", "127.0.1.1"])),
        ("section", f"{r(1, 12)}.{r(1, 9)}.{r(1, 9)}.{r(1, 9)}"),
        ("date", f"{r(1, 28):02d}.{r(1, 12):02d}.{r(2019, 2026)}"),
        ("build", f"{r(1, 6)}.{r(0, 20)}.{r(0, 200)}.{r(1000, 9999)}"),
        ("gps", f"{r(30, 60)}.{r(100000, 999999)}, {r(1, 40)}.{r(100000, 999999)}"),
        ("mib", f"ifHCInOctets.{r(1, 48)}"),
        ("pin", f"=={r(1, 4)}.{r(0, 30)}.{r(0, 9)}.{r(0, 9)}"),
    ][k]


# ---------------------------------------------------------------- look-alike numbers
def digits(rng: random.Random, n: int, lead: str = "123456789") -> str:
    return rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def id_number(rng: random.Random) -> str:
    """A 7-12 digit id in phone-like groups."""
    k = rng.randint(0, 6)
    if k == 0:
        return digits(rng, rng.randint(7, 12))
    if k == 1:
        return f"{digits(rng, 3)} {digits(rng, 3, '0123456789')} {digits(rng, 3, '0123456789')}"
    if k == 2:
        return f"{digits(rng, 4)}-{digits(rng, 4, '0123456789')}-{digits(rng, 2, '0123456789')}"
    if k == 3:
        return f"{digits(rng, 2)}/{digits(rng, 3, '0123456789')}/{digits(rng, 4, '0123456789')}"
    if k == 4:
        return f"0{digits(rng, 2)} {digits(rng, 4, '0123456789')} {digits(rng, 4, '0123456789')}"
    if k == 5:
        return f"{digits(rng, 3)}.{digits(rng, 3, '0123456789')}.{digits(rng, 3, '0123456789')}"
    return f"{digits(rng, 5)} {digits(rng, 5, '0123456789')}"


def price(rng: random.Random, lang: str) -> str:
    v = rng.randint(1000, 2500000)
    whole, cents = divmod(v, 100)
    w = f"{whole:,}"
    if lang in ("de", "it", "nl", "da", "ro", "tr", "el", "pt", "es", "id"):
        return w.replace(",", ".") + f",{cents:02d}"
    if lang in ("fr", "sv", "fi", "cs", "pl", "hu", "ru", "uk", "bg"):
        return w.replace(",", "\u00a0") + f",{cents:02d}"
    return w + f".{cents:02d}"


def date(rng: random.Random, lang: str) -> str:
    y, m, d = rng.randint(2023, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if lang in ("de", "cs", "pl", "ru", "uk", "bg", "fi", "da", "tr", "ro"):
        return f"{d:02d}.{m:02d}.{y}"
    if lang in ("fr", "es", "it", "pt", "el", "ar", "he", "hi", "th", "fa"):
        return f"{d:02d}/{m:02d}/{y}"
    if lang in ("nl",):
        return f"{d:02d}-{m:02d}-{y}"
    if lang in ("sv",):
        return f"{y}-{m:02d}-{d:02d}"
    if lang in ("hu",):
        return f"{y}. {m:02d}. {d:02d}."
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}. {m}. {d}."
    return f"{m:02d}/{d:02d}/{y}"


def hours(rng: random.Random, lang: str) -> str:
    a, b = rng.randint(7, 10), rng.randint(16, 20)
    if lang in ("en",):
        return f"{a}:00 am - {b - 12}:30 pm"
    if lang == "fr":
        return f"{a}h00–{b}h30"
    return f"{a:02d}:00–{b}:30"


def email_lookalike(rng: random.Random, english: bool = True) -> str:
    """Strings with an "@" that are no mailbox."""
    r = rng.randint
    return [
        f"Message-ID: <{r(20240101, 20261231)}.{r(1000, 99999)}@mx{r(1, 9)}.example.net>",
        f"requests@2.{r(20, 32)}.{r(0, 3)}",
        f"root@edge-gw{r(1, 40)}:~#",
        "git@github.com:acme-iot/firmware.git",
        f"registry.example.io/fwd@sha256:{''.join(rng.choice('0123456789abcdef') for _ in range(16))}",
        "logo@2x.png",
        f"@club_{r(10, 999)}",
        "ops at example dot com",
    ][r(0, 7 if english else 6)]


def fw_like(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
