"""Value makers and gold checks of the twenty-seventh blind PII set (`pii_blind27.py`): phones of a
region from `phonenumbers` metadata written the ways people and programs write them (national with
and without trunk prefix, bracketed area codes, dots / slashes / hyphens / spaces / none, +CC, 00CC,
011, non-ASCII digits, extensions), cards at real brand prefixes and lengths, IBANs from schwifty,
IPs, US SSNs, the look-alikes planted beside them, and `check_rows`. Never reads or runs the PII step.
"""

from __future__ import annotations

import ipaddress
import random
import re

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN

TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")

DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "pers": "۰۱۲۳۴۵۶۷۸۹",
    "deva": "०१२३४५६७८९",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "full": "０１２３４５６７８９",
}
_TO_ASCII = {c: str(i) for s in DIGITS.values() for i, c in enumerate(s)}
_TO_ASCII.update({"＋": "+", "（": "(", "）": ")", "－": "-"})


def ascii_digits(s: str) -> str:
    return "".join(_TO_ASCII.get(c, c) for c in s)


def to_script(s: str, script: str) -> str:
    table = DIGITS[script]
    out = "".join(table[int(c)] if c.isascii() and c.isdigit() else c for c in s)
    if script == "full":
        out = out.replace("+", "＋").replace("(", "（").replace(")", "）").replace("-", "－")
    return out


class Doc:
    """A document under construction: text pieces and the spans of the values among them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, typ: str, value: str) -> Doc:
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(value), "text": value})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones
_EXT_SPLIT = re.compile(
    r"\s*(?:ext\.?|x|Durchwahl|App\.|poste|доб\.|дод\.|вътр\.|wew\.|toestel|int\.|ramal|dahili|linka|"
    r"ankn\.|שלוחה|تحويلة|داخلی|एक्सटेंशन|ต่อ|εσωτ\.|内線|内线|转|내선|máy lẻ|mellék|anknytning|"
    r"sisänumero|ext|Ext\.|EXT|tm\.)\s*[0-9٠-٩۰-۹०-९๐-๙０-９]+$"
)


def strip_ext(value: str) -> str:
    return _EXT_SPLIT.sub("", value)


def _sample_valid(rng: random.Random, region: str, kind) -> phonenumbers.PhoneNumber:
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(200):
        keep = min(3, max(1, len(nsn) - 4))
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == kind:
            return num
    return ex


def _group(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        if i >= len(digits):
            break
        out.append(digits[i:i + s])
        i += s
    if i < len(digits):
        out[-1] += digits[i:]
    return sep.join(out)


def phone(rng: random.Random, region: str, style: str | None = None, mobile: bool | None = None) -> str:
    """One valid phone of `region` written in a style; checked valid for that region."""
    kind = PNT.MOBILE if (mobile if mobile is not None else rng.random() < 0.5) else PNT.FIXED_LINE
    if region in ("US", "CA"):
        kind = PNT.FIXED_LINE_OR_MOBILE if region == "US" else kind
    num = _sample_valid(rng, region, kind)
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    trunk = "0" if nat.lstrip("(").startswith("0") else ""
    style = style or rng.choice(["nat", "nat", "intl", "e164", "00", "plus0", "regroup", "regroup",
                                 "notrunk_sp"])
    if style == "nat":
        out = nat
    elif style == "intl":
        out = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    elif style == "e164":
        out = "+" + cc + nsn
    elif style == "00":
        out = "00" + cc + " " + _group(nsn, [rng.choice([2, 3]), 3, 4], rng.choice([" ", ""]))
    elif style == "011":
        out = "011 " + cc + " " + _group(nsn, [rng.choice([2, 3]), 3, 4], " ")
        region = "US"
    elif style == "plus0" and trunk:
        area = rng.choice([2, 3])
        out = f"+{cc} (0){nsn[:area]} {rng.choice(['/ ', '', '- '])}{_group(nsn[area:], [3, 4], rng.choice(['-', ' ', '']))}"
    elif style == "bracket" and trunk:
        area = rng.choice([2, 3, 4])
        out = f"({trunk}{nsn[:area]}) {_group(nsn[area:], [3, 4], rng.choice([' ', '-', '']))}"
    elif style == "slash" and trunk:
        area = rng.choice([2, 3, 4])
        out = f"{trunk}{nsn[:area]}/{_group(nsn[area:], [3, 2, 2], rng.choice(['', ' ', '-']))}"
    elif style == "regroup":
        sep = rng.choice([".", "-", " ", " ", "", "/"])
        sizes = rng.choice([[2, 2, 2, 2, 2], [3, 3, 4], [3, 4, 4], [2, 4, 4], [4, 3, 3], [1, 2, 2, 2, 2]])
        out = _group(trunk + nsn, sizes, sep)
    elif style == "notrunk_sp":
        out = "+" + cc + " " + _group(nsn, rng.choice([[3, 3, 4], [2, 4, 4], [1, 4, 4], [3, 7]]),
                                      rng.choice([" ", "-", "."]))
    else:
        out = nat
    parsed = phonenumbers.parse(ascii_digits(out), region)
    if not phonenumbers.is_valid_number(parsed):
        out = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    return out


def us_phone(rng: random.Random, style: str | None = None) -> str:
    num = _sample_valid(rng, "US", PNT.FIXED_LINE_OR_MOBILE)
    n = phonenumbers.national_significant_number(num)
    style = style or rng.choice(["paren", "dash", "dot", "plus1", "e164", "one", "paren2"])
    out = {
        "paren": f"({n[:3]}) {n[3:6]}-{n[6:]}",
        "paren2": f"({n[:3]}){n[3:6]}-{n[6:]}",
        "dash": f"{n[:3]}-{n[3:6]}-{n[6:]}",
        "dot": f"{n[:3]}.{n[3:6]}.{n[6:]}",
        "plus1": f"+1 {n[:3]}-{n[3:6]}-{n[6:]}",
        "e164": f"+1{n}",
        "one": f"1-{n[:3]}-{n[3:6]}-{n[6:]}",
        "bare": n,
    }[style]
    assert phonenumbers.is_valid_number(phonenumbers.parse(out, "US")), out
    return out


# ---------------------------------------------------------------- cards
BRANDS = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2305", "2720"], 16),
    "amex": (["34", "37"], 15), "disc": (["6011", "65"], 16), "jcb": (["3528", "3566", "3589"], 16),
    "diners": (["36"], 14), "cup": (["62"], 16),
}


def luhn_ok(d: str) -> bool:
    s, alt = 0, False
    for c in reversed(d):
        x = int(c)
        if alt:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
        alt = not alt
    return s % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card_brand_ok(d: str) -> bool:
    if not d.isdigit():
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649:
        return len(d) in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return len(d) in (16, 19)
    if d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305:
        return len(d) == 14
    if d[:2] == "62":
        return len(d) in (16, 19)
    return False


def card_digits(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners", "cup"])
    prefixes, length = BRANDS[brand]
    p = rng.choice(prefixes)
    body = p + "".join(rng.choice("0123456789") for _ in range(length - len(p) - 1))
    return _luhn_complete(body)


def group_card(d: str, sep: str = " ") -> str:
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card(rng: random.Random, brand: str | None = None) -> str:
    d = card_digits(rng, brand)
    return rng.choice([group_card(d, " "), group_card(d, "-"), d, group_card(d, " ")])


def card_bad_luhn(rng: random.Random) -> str:
    d = card_digits(rng)
    last = str((int(d[-1]) + rng.randint(1, 9)) % 10)
    return group_card(d[:-1] + last, rng.choice([" ", "-"]))


def card_masked(rng: random.Random) -> str:
    d = card_digits(rng)
    return rng.choice([f"{d[:6]}******{d[-4:]}", f"**** **** **** {d[-4:]}", f"{d[:4]} XXXX XXXX {d[-4:]}",
                       f"XXXXXXXXXXXX{d[-4:]}", f"{d[:6]}xxxxxx{d[-4:]}"])


def gift_number(rng: random.Random) -> str:
    d = "7" + rng.choice(["777", "010", "981"]) + "".join(rng.choice("0123456789") for _ in range(12))
    return rng.choice([group_card(d, " "), d])


# ---------------------------------------------------------------- IBAN
def iban(rng: random.Random, country: str, compact: bool | None = None) -> str:
    lengths = {"DE": (8, 10), "FR": (10, 13), "ES": (8, 12), "IT": (11, 12), "NL": (4, 10), "PL": (8, 16),
               "BE": (3, 9), "PT": (8, 13), "CZ": (4, 16), "SE": (3, 17), "FI": (6, 8), "HU": (8, 16),
               "BG": (8, 10), "GR": (7, 16), "TR": (5, 17), "AT": (5, 11), "GB": (10, 8), "IE": (10, 8),
               "SA": (2, 18), "AE": (3, 16), "IL": (6, 13)}
    bl, al = lengths.get(country, (8, 10))
    for _ in range(50):
        if country in ("GB", "IE"):
            bank = rng.choice(["NWBK", "BARC", "AIBK", "BOFI"]) + "".join(rng.choice("0123456789") for _ in range(6))
            acct = "".join(rng.choice("0123456789") for _ in range(8))
        elif country == "NL":
            bank = rng.choice(["ABNA", "INGB", "RABO", "TRIO"])
            acct = "".join(rng.choice("0123456789") for _ in range(al))
        else:
            bank = "".join(rng.choice("0123456789") for _ in range(bl))
            acct = "".join(rng.choice("0123456789") for _ in range(al))
        try:
            ib = IBAN.generate(country, bank_code=bank, account_code=acct)
            ib.validate()
        except Exception:  # noqa: BLE001, S112
            continue
        s = str(ib.compact)
        c = compact if compact is not None else rng.random() < 0.35
        if c:
            return s.lower() if rng.random() < 0.1 else s
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return iban(rng, "DE", compact)


def iban_ok(value: str) -> bool:
    try:
        IBAN(value.replace(" ", "").upper())
        return True
    except Exception:  # noqa: BLE001
        return False


def iban_bad(rng: random.Random, country: str) -> str:
    s = iban(rng, country, compact=True).upper()
    for k in range(1, 99):
        cand = s[:2] + f"{(int(s[2:4]) + k) % 97 + 2:02d}"[-2:] + s[4:]
        if not iban_ok(cand):
            return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4))
    raise AssertionError(s)


# ---------------------------------------------------------------- IPs
def ipv4(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["pub", "pub", "pub", "priv"])
    if kind == "priv":
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 169, 172, 192, 100):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02:", "2001:", "2600:", "2a01:", "fd00:", "2406:", "2804:"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(7)]
    full = head + ":".join(groups)
    return str(ipaddress.IPv6Address(full).compressed) if rng.random() < 0.7 else full


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.25 else ipv4(rng)


def ip_ok(value: str) -> bool:
    try:
        a = ipaddress.ip_address(value)
    except ValueError:
        return False
    if a.is_loopback or a.is_unspecified or str(a) == "255.255.255.255":
        return False
    return not (a.version == 4 and value.startswith("255."))


# ---------------------------------------------------------------- SSN
def ssn_digits(rng: random.Random) -> tuple[str, str, str]:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str | None = None) -> str:
    a, g, s = ssn_digits(rng)
    sep = sep if sep is not None else rng.choice(["-", "-", "-", " "])
    return f"{a}{sep}{g}{sep}{s}"


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- .]?)(\d{2})\2(\d{4})", value)
    if not m:
        return False
    a, g, s = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def ssn_bad(rng: random.Random) -> str:
    a, g, s = ssn_digits(rng)
    return rng.choice([f"9{a[1:]}-{rng.choice(['70', '78', '88', '92'])}-{s}", f"000-{g}-{s}", f"666-{g}-{s}",
                       f"{a}-00-{s}", f"{a}-{g}-0000", f"{g}-{rng.randint(1000000, 9999999)}"])


# ---------------------------------------------------------------- e-mail
def email(rng: random.Random, local: str, domains: list[str]) -> str:
    sep = rng.choice([".", "_", "", "-"])
    parts = [p for p in re.split(r"\W+", local.lower()) if p.isascii() and p]
    if not parts:
        parts = [rng.choice(["info", "kontakt", "office", "club", "team"])]
    lp = sep.join(parts[:2])
    if rng.random() < 0.3:
        lp += str(rng.randint(1, 99))
    return f"{lp}@{rng.choice(domains)}"


# ---------------------------------------------------------------- look-alikes
def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def imei(rng: random.Random) -> str:
    return _luhn_complete("35" + digits(rng, 12))


def phoneish(rng: random.Random) -> str:
    """A phone-shaped number that is an id, never planted as a phone."""
    return rng.choice([f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}", f"{digits(rng, 4)}-{digits(rng, 4)}",
                       f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}", digits(rng, 10),
                       f"{digits(rng, 3)}/{digits(rng, 5)}", f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 3)}"])


# ---------------------------------------------------------------- checks
_TLD_REGION = {"uk": "GB", "gr": "GR", "jp": "JP", "kr": "KR", "cn": "CN", "in": "IN", "il": "IL", "ir": "IR",
               "ua": "UA", "se": "SE", "cz": "CZ", "com": "US", "org": "US", "gov": "US", "us": "US"}
LANG_REGION = {"de": "DE", "nl": "NL", "pl": "PL", "cs": "CZ", "ja": "JP", "zh": "CN", "sv": "SE", "fr": "FR",
               "ko": "KR", "hi": "IN", "bg": "BG", "el": "GR", "uk": "UA", "tr": "TR", "it": "IT", "es": "ES",
               "ar": "EG", "ru": "RU", "fa": "IR", "he": "IL", "th": "TH", "vi": "VN", "pt": "PT", "fi": "FI",
               "hu": "HU", "id": "ID", "en": "US"}


def _regions_for(row: dict) -> list[str]:
    host = re.sub(r"^https?://", "", row["url"]).split("/")[0]
    tld = host.rsplit(".", 1)[-1]
    out = [_TLD_REGION.get(tld, tld.upper()), LANG_REGION.get(row["language"], "US"), "US"]
    return [r for r in out if r in phonenumbers.SUPPORTED_REGIONS]


def phone_ok(value: str, regions: list[str]) -> bool:
    raw = ascii_digits(strip_ext(value))
    tries = [(raw, r) for r in regions]
    if raw.isdigit() and len(raw) >= 8:
        tries.append(("+" + raw, None))
    for s, r in tries:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, r)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _glued(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def check_rows(rows: list[dict]) -> None:
    """Raise AssertionError naming the first bad span of `rows`."""
    for row in rows:
        text = row["text"]
        regions = _regions_for(row)
        last = -1
        for sp in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"{row['id']} {sp['type']} {sp['text']!r}"
            assert sp["type"] in TYPES, where
            assert text[sp["start"]:sp["end"]] == sp["text"], f"text mismatch {where}"
            assert sp["start"] >= last, f"overlap {where}"
            last = sp["end"]
            assert sp["start"] == 0 or not _glued(text[sp["start"] - 1]), f"glued left {where}"
            assert sp["end"] == len(text) or not _glued(text[sp["end"]]), f"glued right {where}"
            v = sp["text"]
            assert v == v.strip() and v, f"whitespace {where}"
            if sp["type"] == "PHONE_NUMBER":
                assert phone_ok(v, regions), f"invalid phone {where}"
            elif sp["type"] == "CREDIT_CARD":
                d = re.sub(r"[ \-\u00a0]", "", v)
                assert d.isdigit() and luhn_ok(d) and card_brand_ok(d), f"invalid card {where}"
            elif sp["type"] == "IBAN_CODE":
                assert iban_ok(v), f"invalid iban {where}"
            elif sp["type"] == "IP_ADDRESS":
                assert ip_ok(v), f"invalid ip {where}"
            elif sp["type"] == "US_SSN":
                assert ssn_ok(v), f"invalid ssn {where}"
            elif sp["type"] == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v), f"invalid email {where}"
