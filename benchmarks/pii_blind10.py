"""A tenth blind PII test set (issue 26): 34 registers no earlier generator used, 24 languages, every
page written in its own language, values in the contexts real pages give them, weighted to US SSNs
(>= 18% of spans), card numbers (>= 15%), IPs (>= 12%) and phones (>= 30%).

Written by a tenth helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other
generators' templates or value makers, nor BENCHMARKS.md's PII sections. The PII step was never
run on this set while it was written: the lead scores it once, at the end. Every template, phrase,
and value maker is new (here and in benchmarks/pii_blind10_lexicon.py).

    python benchmarks/pii_blind10.py               # counts per type, register and language
    python benchmarks/pii_blind10.py --write-set   # (re)writes benchmarks/data/pii_blind10.jsonl

Registers (34): yacht charter agreements, lost-baggage (PIR) claims, roadside-assistance dispatch
sheets, locksmith invoices, optician spectacle orders, kennel / pet-boarding check-in forms, print
shop job tickets, pothole reports to a town, card-blocking call transcripts, bank account-opening
forms, holiday-rental host message threads, customer sheets pasted from a spreadsheet, bank
skimming warnings, wine-club order forms, campsite bookings, flat-share (roommate) ads; US pages:
credit-freeze request letters, unclaimed-property claim forms, IRS 8821 tax-information
authorisations, utility start-service requests (also es), Medicare enrolment forms, child-care
subsidy applications (also es), tax e-file rejection e-mails, scam text-message threads ("my social
is"), leaked record dumps in several layouts (colon combo lists, pipe tables, JSON lines, fixed
width), Form 1098-T tuition statements; machine output: Squid access.log, BIND query log, Windows
Security event 4625, AWS CloudTrail JSON, docker-compose files, MySQL GRANT dumps, FortiGate
syslog, tshark summaries.
Languages (24, 12 in non-Latin scripts): en de fr es it pt nl pl sv cs ro tr ru uk bg el ar he fa
hi zh ja ko th; machine formats keep their tools' fixed keys (language "en").

Contexts: a label before the value (the page's language, abbreviated, in capitals, with or without
colon), a label after it in brackets, a column header rows above (pipe, tab and CSV tables), a line
break or markup remnant ("&nbsp;", "<br>", "|", "**", "</td><td>") between label and value, only the
sentence ("call me on", "wire it to", "my social is"), no context where the shape tells (E.164,
IBAN, e-mail, card in 4-4-4-4), several values of mixed types on one line. Phones: `phonenumbers`
example numbers (fixed line, mobile) of the page's regions and 60 others, digits after the third
varied while valid; national (own region only) in the library's grouping or with dots, dashes or
no-break spaces, international, E.164, "00", "+CC (0)", full-width, Arabic-Indic or Persian digits,
extensions in the page's language, Tel/Fax pairs. Cards: Visa, Mastercard (51-55, 2221-2720), Amex,
Discover, JCB, Diners, UnionPay, Mir at their lengths, grouped as printed or unbroken. IBANs from
schwifty (print groups, compact, lower case). IPv4 public / private / link-local, IPv6 global, ULA,
link-local. US SSNs dashed, spaced, or unseparated only beside a label, header or sentence.
Hard negatives beside them: national dates, times and prices, order / invoice / case / tracking /
claim numbers, postcodes, coordinates, ISBN, EAN, IMEI, ICCID, versions (some IP-shaped), OIDs,
SNMP strings, PTR names, section numbers, masked and Luhn-invalid cards, 16-digit voucher and
loyalty numbers, IBANs with a wrong check digit, domestic account numbers, ITINs, EINs, SSNs of area
000 / 666 / 9xx, group 00 or serial 0000, ABA routing numbers, Medicare MBIs, 9-digit member and
policy numbers, netmasks, wildcard masks, loopback, 0.0.0.0, broadcast, ports.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label,
bracket, "mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after
a phone is part of its span; e-mails need a literal "@" and a dotted domain; loopback,
unspecified, netmask / wildcard and broadcast IPs are not labelled; lower-case and print-grouped
IBANs are, wrong check digits not; cards pass Luhn with a real brand prefix and length; only US
SSNs in the issued range (not ITIN, EIN, area 000 / 666 / 9xx, group 00, serial 0000); a phone is
one a reader recognises and is valid for some region per phonenumbers; vanity numbers never.

Gold is checked on writing (`check_row`, also run by tests/test_pii_blind10_set.py): span text
equals text[start:end], spans sorted and not overlapping, not glued to an ASCII letter or digit,
phones valid, cards Luhn + brand prefix + length, IBANs valid (schwifty), IPs parse and are of no
excluded class, SSNs in the issued range, no Luhn-valid brand card (a whole digit run) or valid
compact IBAN outside a span. A drawn document failing a check is drawn again. Deterministic:
string seeds per document, no set iteration.
"""

import ipaddress
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers as pn
from faker import Faker
from schwifty import IBAN

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind10_lexicon import ABROAD, EXT_WORDS, LEX, PLACE

DATA = Path(__file__).resolve().parent / "data" / "pii_blind10.jsonl"
N_DOCS = 1400
SEED = "blind10-2026"
NBSP = "\u00a0"


def load() -> list[dict]:
    """The rows of the committed set."""
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------- the document being written


class Doc:
    """Text written piece by piece; values written through `v` become gold spans."""

    def __init__(self, r: random.Random, lang: str, region: str):
        self.r, self.lang, self.region = r, lang, region
        self.L = LEX[lang]
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, *texts: str) -> "Doc":
        for s in texts:
            self.parts.append(s)
            self.n += len(s)
        return self

    def v(self, typ: str, s: str) -> "Doc":
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "text": s})
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- values

_FAKERS: dict[str, Faker] = {}


def faker(locale: str, r: random.Random) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    f = _FAKERS[locale]
    f.seed_instance(r.randrange(1 << 30))
    return f


def person(d: Doc) -> str:
    return faker(PLACE[d.lang][5], d.r).name()


def ascii_word(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def email(d: Doc, name: str | None = None) -> str:
    r = d.r
    f = faker("en_US", r)
    first, last = ascii_word(name.split()[0]) if name else "", ascii_word(name.split()[-1]) if name else ""
    if not first or not last:
        first, last = ascii_word(f.first_name()), ascii_word(f.last_name())
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{r.randint(1, 99)}", f"{first}_{last}",
                      f"{first}+{r.choice(['shop', 'news', 'rent', 'bank'])}", r.choice(["info", "office", "kontakt", "booking", "billing"])])
    tld = PLACE[d.lang][2]
    dom = r.choice(PLACE[d.lang][6] + [f"{ascii_word(f.last_name())}-{r.choice(['group', 'service', 'plus'])}.{tld}",
                                      f"mail.{ascii_word(f.last_name())}.{tld}"])
    out = f"{local}@{dom}"
    return out.upper() if r.random() < 0.04 else out


_TYPES = (pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.MOBILE)


def phone_number(r: random.Random, region: str) -> pn.PhoneNumber:
    ex = pn.example_number_for_type(region, r.choice(_TYPES)) or pn.example_number(region)
    nsn = pn.national_significant_number(ex)
    for k in range(80):
        keep = 1 if k < 40 else 3  # vary from the second digit (other area codes) or keep the first three
        digits = nsn[:keep] + "".join(r.choice("0123456789") for _ in nsn[keep:])
        n = pn.parse(f"+{ex.country_code}{digits}")
        if pn.is_valid_number(n):
            return n
    return ex


_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "fw": "０１２３４５６７８９"}
_TRUNK0 = {"DE", "AT", "CH", "GB", "NL", "BE", "FR", "IE", "AU", "NZ", "ZA", "SE", "TR", "IL"}


def script_digits(s: str, kind: str) -> str:
    table = _DIGITS[kind]
    out = "".join(table[int(c)] if c.isdigit() else c for c in s)
    return out.replace("+", "＋") if kind == "fw" else out


def phone(d: Doc, region: str | None = None, labelled: bool = True, ext: bool | None = None) -> str:
    """A valid phone of `region` (default: the page's) written as pages of that region do."""
    r = d.r
    home = region is None or region == d.region
    region = region or d.region
    n = phone_number(r, region)
    intl = pn.format_number(n, pn.PhoneNumberFormat.INTERNATIONAL)
    forms = ["intl", "e164", "00", "intl-"]
    if home:
        forms += ["nat", "nat", "nat.", "natnb"]
        if labelled:
            forms.append("natbare")
        if region in _TRUNK0:
            forms.append("(0)")
    f = r.choice(forms)
    if f == "intl":
        s = intl
    elif f == "e164":
        s = pn.format_number(n, pn.PhoneNumberFormat.E164)
    elif f == "00":
        s = "00" + intl[1:]
    elif f == "intl-":
        cc, _, rest = intl.partition(" ")
        s = cc + " " + re.sub(r"[ ]", r.choice(["-", "."]), rest)
    elif f == "(0)":
        cc, _, rest = intl.partition(" ")
        s = f"{cc} (0){rest}"
    else:
        s = pn.format_number(n, pn.PhoneNumberFormat.NATIONAL)
        if f == "nat." and "(" not in s:
            s = re.sub(r"[ \-]", ".", s)
        elif f == "natnb":
            s = s.replace(" ", NBSP)
        elif f == "natbare":
            s = re.sub(r"\D", "", s)
    if d.lang in ("ar", "fa") and r.random() < 0.3:
        s = script_digits(s, d.lang)
    elif d.lang in ("ja", "zh") and r.random() < 0.2:
        s = script_digits(s, "fw")
    if ext if ext is not None else r.random() < 0.12:
        s += f"{r.choice([' ', ' ', ''])}{d.L['ext']} {r.randint(2, 899)}" if d.L["ext"] not in ("转", "内線") else f"{d.L['ext']}{r.randint(10, 899)}"
    return s


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        k = int(c) * (2 if i % 2 else 1)
        total += k - 9 if k > 9 else k
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


BRANDS = {  # brand -> (prefixes, lengths)
    "Visa": (["4"], [16, 16, 16, 13, 19]),
    "Mastercard": ([str(p) for p in range(51, 56)] + [str(p) for p in range(2221, 2721, 37)], [16]),
    "American Express": (["34", "37"], [15]),
    "Discover": (["6011", "644", "649", "65"], [16]),
    "JCB": ([str(p) for p in range(3528, 3590, 7)], [16]),
    "Diners Club": (["36", "300", "305", "38"], [14]),
    "UnionPay": (["62"], [16, 19]),
    "Mir": (["2200", "2201", "2202", "2204"], [16]),
}


def brand_ok(digits: str) -> bool:
    n, p2, p3, p4, p6 = len(digits), int(digits[:2]), int(digits[:3]), int(digits[:4]), int(digits[:6])
    return (
        (digits[0] == "4" and n in (13, 16, 19))
        or (51 <= p2 <= 55 and n == 16)
        or (2221 <= p4 <= 2720 and n == 16)
        or (p2 in (34, 37) and n == 15)
        or ((p4 == 6011 or 644 <= p3 <= 649 or p2 == 65) and n in (16, 19))
        or (3528 <= p4 <= 3589 and n in (16, 19))
        or ((300 <= p3 <= 305 or p2 in (36, 38, 39)) and n in (14, 16))
        or (p2 == 62 and 16 <= n <= 19)
        or (2200 <= p4 <= 2204 and n == 16)
        or (p6 in range(622126, 622926) and n == 16)
    )


def card(d: Doc, brand: str | None = None, grouped: bool | None = None) -> tuple[str, str]:
    r = d.r
    brand = brand or r.choice(["Visa", "Visa", "Visa", "Mastercard", "Mastercard", "American Express",
                               "Discover", "JCB", "Diners Club", "UnionPay", "Mir"])
    prefixes, lengths = BRANDS[brand]
    p, n = r.choice(prefixes), r.choice(lengths)
    digits = luhn_complete(p + "".join(r.choice("0123456789") for _ in range(n - len(p) - 1)))
    if grouped is False:
        return brand, digits
    groups = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3], 16: [4, 4, 4, 4]}[n]
    sep = r.choice([" ", " ", "-", "", NBSP, "  "]) if grouped is None else r.choice([" ", "-"])
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g])
        i += g
    return brand, sep.join(out)


def iban(d: Doc, country: str | None = None) -> str:
    r = d.r
    country = country or PLACE[d.lang][1] or r.choice(["DE", "FR", "NL", "GB", "CH", "ES"])
    ib = IBAN.random(country_code=country, random=r)
    if not ib.account_code.isdigit():  # account numbers in digits, as the banks of these countries issue them
        try:
            ib = IBAN.generate(country, bank_code=ib.bank_code + (ib.branch_code or ""),
                               account_code="".join(r.choice("0123456789") for _ in ib.account_code))
        except (ValueError, NotImplementedError):
            pass
    f = r.random()
    if f < 0.45:
        return ib.formatted
    if f < 0.85:
        return str(ib.compact)
    return ib.formatted.lower() if r.random() < 0.5 else str(ib.compact).lower()


def bad_iban(d: Doc) -> str:
    ib = str(IBAN.random(country_code=PLACE[d.lang][1] or "DE", random=d.r).compact)
    cd = (int(ib[2:4]) + d.r.randint(1, 9)) % 97
    return ib[:2] + f"{max(cd, 2):02d}" + ib[4:] if f"{max(cd, 2):02d}" != ib[2:4] else ib[:2] + "00" + ib[4:]


def ssn_digits(r: random.Random) -> tuple[str, str, str]:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"


def ssn(d: Doc, labelled: bool = True) -> str:
    a, g, s = ssn_digits(d.r)
    forms = ["-", "-", "-", "-", " ", " "] + (["", "", "", "."] if labelled else [])
    sep = d.r.choice(forms)
    return f"{a}{sep}{g}{sep}{s}"


def ip(d: Doc, kind: str | None = None) -> str:
    r = d.r
    kind = kind or r.choice(["pub", "pub", "pub", "priv", "priv", "ll", "v6", "ula", "v6ll"])
    while True:
        if kind == "pub":
            s = ".".join(str(x) for x in (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
            if not ipaddress.ip_address(s).is_global:
                continue
        elif kind == "priv":
            s = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        elif kind == "ll":
            s = f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"
        else:
            head = {"v6": r.choice(["2a01", "2a02", "2001", "2600", "2a00", "2c0f", "2400"]), "ula": f"fd{r.randrange(256):02x}", "v6ll": "fe80"}[kind]
            groups = [head] + [f"{r.randrange(1 << 16):x}" for _ in range(7)]
            if kind == "v6ll":
                groups[1:4] = ["0", "0", "0"]
            elif r.random() < 0.5:
                groups[4:6] = ["0", "0"]
            s = str(ipaddress.ip_address(":".join(groups)))
            if r.random() < 0.1:
                s = s.upper()
        if ip_ok(s):
            return s


# ---------------------------------------------------------------- look-alikes (never labelled)


def date(d: Doc, born: bool = False) -> str:
    r = d.r
    y, m, dd = r.randint(1938, 2006) if born else r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    style = PLACE[d.lang][3]
    if style == "mdy/":
        return r.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y % 100:02d}"])
    if style == "zh" or style == "ja":
        return r.choice([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}"])
    if style == "ko":
        return f"{y}. {m}. {dd}."
    if style == "th":
        return f"{dd:02d}/{m:02d}/{y + 543}"
    if style == "ymd/":
        return f"{y - 621}/{m:02d}/{dd:02d}"
    if style == "ymd-":
        return f"{y}-{m:02d}-{dd:02d}"
    sep = style[3:]
    return f"{dd:02d}{sep}{m:02d}{sep}{y}" if sep != ". " else f"{dd}. {m}. {y}"


def price(d: Doc, big: bool = False) -> str:
    r = d.r
    pre, suf, th, dec = PLACE[d.lang][4]
    whole = r.randint(1000, 250000) if big else r.randint(3, 2400)
    s = f"{whole:,}".replace(",", th)
    if d.lang in ("ja", "ko", "fa"):
        return f"{pre}{s}{suf}"
    return f"{pre}{s}{dec}{r.randint(0, 99):02d}{suf}"


def digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def non_card16(r: random.Random) -> str:
    """A 16-digit number that is no card: Luhn-invalid or of no brand prefix."""
    while True:
        s = digits(r, 16, "789" if r.random() < 0.5 else "123456789")
        if not (luhn_ok(s) and brand_ok(s)):
            return s


def masked_card(d: Doc) -> str:
    r = d.r
    last = digits(r, 4, "0123456789")
    return r.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"{r.choice(['4', '5'])}{digits(r, 3, '0123456789')} •••• •••• {last}",
                     f"{r.choice(['41', '52', '37'])}{digits(r, 4, '0123456789')}******{last}"])


def imei(r: random.Random) -> str:
    return luhn_complete(r.choice(["35", "86", "01"]) + digits(r, 12, "0123456789"))


def iccid(r: random.Random) -> str:
    return luhn_complete("89" + r.choice(["49", "33", "44", "01", "86"]) + digits(r, 15, "0123456789"))


def bad_ssn(r: random.Random) -> str:
    a, g, s = ssn_digits(r)
    k = r.randrange(5)
    if k == 0:
        a = "000"
    elif k == 1:
        a = "666"
    elif k == 2:
        g = "00"
    elif k == 3:
        s = "0000"
    else:
        a = str(r.randint(900, 999))
    return f"{a}-{g}-{s}"


def itin(r: random.Random) -> str:
    return f"9{r.randint(0, 99):02d}-{r.choice([70, 71, 73, 78, 81, 88, 92])}-{r.randint(1, 9999):04d}"


def ein(r: random.Random) -> str:
    return f"{r.choice([12, 20, 27, 45, 46, 81, 94])}-{digits(r, 7, '0123456789')}"


def aba(r: random.Random) -> str:
    while True:
        s = r.choice(["0", "1", "2", "3"]) + digits(r, 8, "0123456789")
        w = sum(int(c) * k for c, k in zip(s, [3, 7, 1] * 3, strict=True))
        if w % 10 == 0:
            return s


def mbi(r: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    return f"{r.randint(1, 9)}{r.choice(a)}{r.choice(a)}{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}{r.randint(10, 99)}"


def ip_negative(r: random.Random) -> str:
    return r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252", "255.255.255.248", "0.0.0.255", "0.0.3.255",
                     "127.0.0.1", "0.0.0.0", "255.255.255.255", "::1", "::", "127.0.1.1"])


def version_like(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 40)}.{r.randint(1000, 9999)}",
                     f"1.3.6.1.4.1.{r.randint(2000, 40000)}.{r.randint(1, 9)}.{r.randint(1, 9)}",
                     f"{r.randint(10, 99)}.{r.randint(1, 9)}.{r.randint(100, 999)}.{r.randint(1, 99)}.{r.randint(1, 9)}"])


def nat_id(d: Doc) -> str:
    """Another country's id number, never labelled."""
    r = d.r
    return {"pl": digits(r, 11, "0123456789"), "sv": f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{digits(r, 4, '0123456789')}",
            "es": f"{digits(r, 8, '0123456789')}{r.choice('TRWAGMYFPDXBNJZSQVHLCKE')}", "it": "RSSMRA" + digits(r, 2) + "A" + digits(r, 2) + "H501" + r.choice("XYZ"),
            "fr": f"{r.choice('12')} {digits(r, 2)} {r.randint(1, 12):02d} {digits(r, 2)} {digits(r, 3)} {digits(r, 3)} {digits(r, 2)}",
            "ro": r.choice("1256") + digits(r, 12, "0123456789"), "tr": digits(r, 11), "hi": f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}",
            "zh": digits(r, 17) + r.choice("0123456789X"), "ko": f"{digits(r, 6, '0123456789')}-{digits(r, 7, '1234')}",
            }.get(d.lang, f"{digits(r, 3)}/{digits(r, 4, '0123456789')}/{r.randint(10, 99)}")


def clutter(d: Doc) -> str:
    """A line of numbers and codes a scrubber could take for PII."""
    r = d.r
    L = d.L
    pick = r.choice([
        lambda: f"{L['order']} {digits(r, 3)}-{digits(r, 3, '0123456789')}-{digits(r, 4, '0123456789')}",
        lambda: f"{L['inv']} {r.randint(2019, 2027)}/{digits(r, 6, '0123456789')}",
        lambda: f"{L['ref']} {digits(r, 2)} {digits(r, 4, '0123456789')} {digits(r, 4, '0123456789')}",
        lambda: f"{L['cust']} {digits(r, 9)}",
        lambda: f"{L['date']}: {date(d)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        lambda: f"{L['total']}: {price(d, big=r.random() < 0.3)}",
        lambda: f"ISBN 978-{r.randint(0, 9)}-{digits(r, 4, '0123456789')}-{digits(r, 4, '0123456789')}-{r.randint(0, 9)}",
        lambda: f"EAN {r.choice(['40', '30', '50', '84', '87'])}{digits(r, 11, '0123456789')}",
        lambda: f"IMEI {imei(r)}",
        lambda: f"ICCID {iccid(r)}",
        lambda: f"GPS {r.uniform(-60, 70):.5f}, {r.uniform(-120, 150):.5f}",
        lambda: f"{r.randint(1990, 2020)}–{r.randint(2021, 2027)}",
        lambda: f"{masked_card(d)}",
        lambda: f"{non_card16(r)}",
        lambda: f"{bad_iban(d)}",
        lambda: f"{nat_id(d)}",
        lambda: f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)} / {version_like(r)}",
        lambda: f"{digits(r, 2)}-{digits(r, 2, '0123456789')}-{digits(r, 2, '0123456789')}",
        lambda: f"{r.randint(1, 40)}×{r.randint(10, 300)} mm, {r.randint(1, 90)},{r.randint(0, 9)} kg",
        lambda: f"§ {r.randint(1, 12)}.{r.randint(1, 9)}.{r.randint(1, 9)}.{r.randint(1, 9)}",
        lambda: f"{r.randint(0, 5)}:{r.randint(0, 5)} ({r.randint(0, 3)}:{r.randint(0, 3)})",
    ])
    return pick()


# ---------------------------------------------------------------- contexts


def lab(d: Doc, key_or_label: str, typ: str, val: str) -> None:
    """One value with its label, in one of the ways pages write label and value."""
    r = d.r
    label = d.L.get(key_or_label, key_or_label)
    k = r.randrange(12)
    if k == 0:
        d.t(label.upper(), ": ").v(typ, val)
    elif k == 1:
        d.t(label, " ").v(typ, val)
    elif k == 2:
        d.v(typ, val).t(" (", label.lower() if d.lang not in ("de",) else label, ")")
    elif k == 3:
        d.t(label, ":\n").v(typ, val)
    elif k == 4:
        d.t(label, ":", NBSP).v(typ, val)
    elif k == 5:
        d.t("**", label, ":** ").v(typ, val)
    elif k == 6:
        d.t(label, " | ").v(typ, val)
    elif k == 7:
        d.t(label, ":</td><td>").v(typ, val)
    elif k == 8:
        d.t(label, "<br>").v(typ, val)
    elif k == 9:
        d.t(label[:3] + ".: " if len(label) > 5 and label.isalpha() else label + ": ").v(typ, val)
    else:
        d.t(label, ": ").v(typ, val)
    d.t("\n")


def sentence(d: Doc, key: str, typ: str, val: str) -> None:
    before, _, after = d.L[key].partition("{}")
    d.t(before).v(typ, val).t(after, "\n")


def contact_lines(d: Doc, n_phone: int = 1, mail: bool = True, fax: bool = False) -> None:
    r = d.r
    for _ in range(n_phone):
        lab(d, r.choice(["tel", "mob", "tel"]), "PHONE_NUMBER", phone(d))
    if fax:
        if r.random() < 0.5:
            d.t(d.L["tel"], "/", d.L["fax"], ": ").v("PHONE_NUMBER", phone(d, ext=False)).t(" / ").v("PHONE_NUMBER", phone(d, ext=False)).t("\n")
        else:
            lab(d, "fax", "PHONE_NUMBER", phone(d, ext=False))
    if mail and d.r.random() < 0.55:
        lab(d, "mail", "EMAIL_ADDRESS", email(d))


def mixed_line(d: Doc) -> None:
    """Values of mixed types on one line with no labels: their shapes tell them."""
    r = d.r
    items = []
    p = phone(d, region=r.choice(ABROAD + [d.region]), ext=False)
    while not p.startswith(("+", "00", "＋")):
        p = phone(d, ext=False)
    items.append(("PHONE_NUMBER", p))
    items.append(("EMAIL_ADDRESS", email(d)))
    if r.random() < 0.5:
        items.append(("CREDIT_CARD", card(d, grouped=True)[1]))
    if PLACE[d.lang][1] and r.random() < 0.5:
        items.append(("IBAN_CODE", iban(d)))
    r.shuffle(items)
    sep = r.choice([" · ", " | ", " / ", " — ", ", "])
    for i, (typ, val) in enumerate(items):
        if i:
            d.t(sep)
        d.v(typ, val)
    d.t("\n")


def heading(d: Doc, title: str) -> None:
    d.t(title, "\n")
    if d.r.random() < 0.3:
        d.t("=" * min(len(title), 40), "\n")


# ---------------------------------------------------------------- registers in many languages
# Each dict: language -> (title, word for an item line, word for a second item line).

CHARTER = {
    "de": ("Chartervertrag Segelyacht", "Yacht", "Kaution"), "fr": ("Contrat de location de voilier", "Voilier", "Caution"),
    "es": ("Contrato de chárter náutico", "Embarcación", "Fianza"), "it": ("Contratto di noleggio barca", "Imbarcazione", "Cauzione"),
    "el": ("Συμβόλαιο ναύλωσης σκάφους", "Σκάφος", "Εγγύηση"), "tr": ("Tekne kiralama sözleşmesi", "Tekne", "Depozito"),
    "nl": ("Huurovereenkomst zeilboot", "Boot", "Borg"), "pl": ("Umowa czarteru jachtu", "Jacht", "Kaucja"),
    "sv": ("Hyresavtal segelbåt", "Båt", "Deposition"), "pt": ("Contrato de aluguer de barco", "Barco", "Caução"),
}


def reg_charter(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, w[0])
    d.t(f"{w[1]}: {r.choice(['Bavaria 46', 'Lagoon 42', 'Elan 45.1', 'Dufour 390'])}, {date(d)} – {date(d)}\n")
    d.t(f"{d.L['name']}: {person(d)}\n")
    contact_lines(d, n_phone=r.randint(1, 2))
    d.t(f"{w[2]}: {price(d, big=True)} · {clutter(d)}\n")
    if r.random() < 0.6:
        lab(d, "card", "CREDIT_CARD", card(d)[1])
        d.t(f"{d.L['exp']} {r.randint(1, 12):02d}/{r.randint(27, 31)} · CVC ***\n")
    if PLACE[d.lang][1]:
        lab(d, "iban", "IBAN_CODE", iban(d))
    d.t(f"{clutter(d)}\n{d.L['sign']}: ____________\n")


BAGGAGE = {
    "en": ("Property Irregularity Report", "Bag tag", "Flight"), "de": ("Verlustmeldung Reisegepäck", "Gepäckschein", "Flug"),
    "fr": ("Déclaration de bagage perdu", "Étiquette bagage", "Vol"), "es": ("Reclamación de equipaje extraviado", "Etiqueta", "Vuelo"),
    "ar": ("بلاغ فقدان أمتعة", "رقم بطاقة الأمتعة", "الرحلة"), "zh": ("行李遗失登记表", "行李牌号", "航班"),
    "ja": ("手荷物紛失届", "手荷物番号", "便名"), "ko": ("수하물 분실 신고서", "수하물 태그", "항공편"),
    "ru": ("Заявление об утере багажа", "Багажная бирка", "Рейс"), "th": ("แบบฟอร์มแจ้งกระเป๋าสูญหาย", "เลขแท็กกระเป๋า", "เที่ยวบิน"),
    "tr": ("Kayıp bagaj bildirimi", "Bagaj etiketi", "Uçuş"), "hi": ("गुम सामान की शिकायत", "बैगेज टैग", "उड़ान"),
}


def reg_baggage(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, w[0])
    d.t(f"PIR {r.choice(['FRA', 'CDG', 'MAD', 'DXB', 'PEK', 'NRT', 'ICN', 'SVO', 'BKK', 'IST', 'DEL', 'JFK'])}{r.choice(['LH', 'AF', 'IB', 'EK'])}{digits(r, 5, '0123456789')}\n")
    d.t(f"{w[1]}: {r.choice(['LH', 'AF', 'EK', 'TK'])} {digits(r, 6, '0123456789')}   {w[2]}: {r.choice(['LH', 'AF', 'EK', 'TK', 'NH', 'KE'])}{r.randint(10, 999)} / {date(d)}\n")
    d.t(f"{d.L['name']}: {person(d)}\n")
    lab(d, "mob", "PHONE_NUMBER", phone(d, region=d.region if r.random() < 0.6 else r.choice(ABROAD)))
    if r.random() < 0.5:
        lab(d, "tel", "PHONE_NUMBER", phone(d))
    lab(d, "mail", "EMAIL_ADDRESS", email(d))
    if r.random() < 0.4:
        d.t(f"{clutter(d)}\n")
        lab(d, "card", "CREDIT_CARD", card(d)[1])
    d.t(f"{clutter(d)}\n")


ROADSIDE = {
    "de": ("Pannenhilfe – Einsatzprotokoll", "Kennzeichen", "Standort"), "fr": ("Dépannage – fiche d'intervention", "Immatriculation", "Position"),
    "it": ("Soccorso stradale – scheda intervento", "Targa", "Posizione"), "pl": ("Pomoc drogowa – zlecenie", "Nr rej.", "Lokalizacja"),
    "cs": ("Asistenční služba – výjezd", "SPZ", "Poloha"), "ro": ("Asistență rutieră – fișă intervenție", "Nr. înmatriculare", "Locație"),
    "ru": ("Эвакуатор – заявка", "Госномер", "Местоположение"), "uk": ("Евакуатор – заявка", "Держномер", "Місце"),
    "bg": ("Пътна помощ – заявка", "Рег. номер", "Местоположение"),
}


def reg_roadside(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, w[0])
    d.t(f"{date(d)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}  #{digits(r, 7)}\n")
    d.t(f"{w[1]}: {r.choice(['B', 'M', 'WA', 'PR', 'AB'])} {r.choice('ABCKMX')}{r.choice('ABCKMX')} {r.randint(100, 9999)}\n")
    d.t(f"{w[2]}: {r.uniform(40, 60):.5f} {r.uniform(2, 40):.5f} (km {r.randint(1, 400)},{r.randint(0, 9)})\n")
    d.t(f"{d.L['client']}: {person(d)}  ")
    d.v("PHONE_NUMBER", phone(d, labelled=False, ext=False)).t("\n")
    if r.random() < 0.5:
        d.t(f"{d.L['agent']}: {person(d)}, ")
        d.v("PHONE_NUMBER", phone(d, labelled=False, ext=True)).t("\n")
    d.t(f"{clutter(d)}\n{clutter(d)}\n")
    if r.random() < 0.5:
        lab(d, "card", "CREDIT_CARD", card(d)[1])


LOCKSMITH = {
    "de": ("Rechnung Schlüsseldienst", "Türöffnung", "Anfahrt"), "fr": ("Facture serrurerie", "Ouverture de porte", "Déplacement"),
    "nl": ("Factuur slotenmaker", "Deuropening", "Voorrijkosten"), "pl": ("Faktura – ślusarz", "Otwarcie drzwi", "Dojazd"),
    "cs": ("Faktura – zámečnictví", "Otevření dveří", "Doprava"), "it": ("Fattura fabbro", "Apertura porta", "Uscita"),
    "es": ("Factura cerrajería", "Apertura de puerta", "Desplazamiento"), "pt": ("Fatura serralharia", "Abertura de porta", "Deslocação"),
    "sv": ("Faktura låssmed", "Dörröppning", "Utryckning"), "el": ("Τιμολόγιο κλειδαρά", "Άνοιγμα πόρτας", "Μετακίνηση"),
}


def reg_locksmith(d: Doc, w: tuple) -> None:
    r = d.r
    f = faker(PLACE[d.lang][5], r)
    heading(d, w[0])
    d.t(f"{f.company()}\n{f.address()}\n")
    contact_lines(d, n_phone=1, fax=r.random() < 0.5)
    d.t(f"{d.L['inv']} {r.randint(2024, 2027)}-{digits(r, 5, '0123456789')}  {d.L['date']} {date(d)}\n")
    d.t(f"{w[1]} ........ {price(d)}\n{w[2]} ........ {price(d)}\n{d.L['total']} ........ {price(d)}\n")
    if PLACE[d.lang][1]:
        d.t(f"{d.L['iban']} ")
        d.v("IBAN_CODE", iban(d)).t(f"  BIC {r.choice(['COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'UNCRITMM', 'CAIXESBB'])}\n")
    d.t(f"{clutter(d)}\n")


OPTICIAN = {
    "de": ("Brillenauftrag", "Sphäre", "Zylinder"), "fr": ("Bon de commande lunettes", "Sphère", "Cylindre"),
    "es": ("Pedido de gafas", "Esfera", "Cilindro"), "it": ("Ordine occhiali", "Sfera", "Cilindro"),
    "nl": ("Brillenorder", "Sferisch", "Cilinder"), "sv": ("Glasögonbeställning", "Sfär", "Cylinder"),
    "ja": ("眼鏡ご注文控え", "球面度数", "乱視度数"), "ko": ("안경 주문서", "구면", "난시"), "he": ("הזמנת משקפיים", "ספירה", "צילינדר"),
}


def reg_optician(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, w[0])
    d.t(f"{d.L['order']} {digits(r, 8)}  {date(d)}\n{d.L['name']}: {person(d)}\n")
    for eye in ("R", "L"):
        d.t(f"{eye}: {w[1]} {r.choice('+-')}{r.randint(0, 6)},{r.choice(['00', '25', '50', '75'])}  {w[2]} -{r.randint(0, 2)},{r.choice(['25', '50'])}  Ax {r.randint(0, 180)}°  PD {r.randint(28, 35)},5\n")
    if r.random() < 0.5:
        d.t(f"{d.L['tel']} / {d.L['mail']}: ").v("PHONE_NUMBER", phone(d, ext=False)).t(" / ").v("EMAIL_ADDRESS", email(d)).t("\n")
    else:
        contact_lines(d)
    d.t(f"{d.L['total']}: {price(d)}  {masked_card(d)}\n")


KENNEL = {
    "en": ("Kennel check-in form", "Vet", "Microchip"), "de": ("Tierpension – Aufnahmebogen", "Tierarzt", "Chipnummer"),
    "fr": ("Pension pour animaux – fiche d'arrivée", "Vétérinaire", "Puce"), "es": ("Residencia canina – ficha de ingreso", "Veterinario", "Microchip"),
    "it": ("Pensione per cani – scheda di ingresso", "Veterinario", "Microchip"), "nl": ("Dierenpension – intakeformulier", "Dierenarts", "Chipnummer"),
    "sv": ("Hundpensionat – incheckning", "Veterinär", "Chipnummer"), "pl": ("Hotel dla psów – karta przyjęcia", "Weterynarz", "Nr chipa"),
}


def reg_kennel(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, w[0])
    d.t(f"{r.choice(['Bella', 'Max', 'Luna', 'Rocky', 'Milo', 'Nala'])} · {w[2]} {r.choice(['276', '250', '724', '380', '528', '752', '616', '985'])}{digits(r, 12, '0123456789')}\n")
    d.t(f"{d.L['name']}: {person(d)}\n")
    lab(d, "mob", "PHONE_NUMBER", phone(d))
    lab(d, "mail", "EMAIL_ADDRESS", email(d))
    d.t(f"{w[1]}: {faker(PLACE[d.lang][5], r).last_name()} – ")
    d.v("PHONE_NUMBER", phone(d, labelled=False, ext=False)).t("\n")
    d.t(f"{date(d)} – {date(d)}  {price(d)}\n{clutter(d)}\n")
    if d.lang == "en" and r.random() < 0.5:
        d.t("Card on file: ").v("CREDIT_CARD", card(d)[1]).t(f"  exp {r.randint(1, 12):02d}/{r.randint(27, 31)}\n")


PRINTSHOP = {
    "de": ("Druckauftrag", "Auflage", "Format"), "pl": ("Zlecenie druku", "Nakład", "Format"), "cs": ("Tisková zakázka", "Náklad", "Formát"),
    "ro": ("Comandă tipar", "Tiraj", "Format"), "bg": ("Поръчка за печат", "Тираж", "Формат"), "ru": ("Заказ в типографию", "Тираж", "Формат"),
    "uk": ("Замовлення друку", "Наклад", "Формат"), "tr": ("Baskı siparişi", "Adet", "Ebat"), "el": ("Παραγγελία εκτύπωσης", "Τεμάχια", "Διάσταση"),
}


def reg_printshop(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, f"{w[0]} {digits(r, 3)}-{digits(r, 3, '0123456789')}-{digits(r, 3, '0123456789')}")
    d.t(f"{w[1]}: {r.choice([250, 500, 1000, 5000])}  {w[2]}: {r.choice(['A4', 'A5', '85×55 мм' if d.lang in ('ru', 'uk', 'bg') else '85×55 mm', 'DL'])}  {r.choice(['4/4', '4/0', '1/1'])}  {r.randint(90, 350)} g/m²\n")
    d.t(f"{d.L['client']}: {person(d)}\n")
    contact_lines(d, n_phone=r.randint(1, 2), fax=r.random() < 0.3)
    d.t(f"{d.L['total']}: {price(d)} · {clutter(d)}\n")
    if PLACE[d.lang][1] and r.random() < 0.6:
        sentence(d, "wire", "IBAN_CODE", iban(d))


POTHOLE = {
    "de": ("Mängelmelder – Straßenschaden", "Straße", "Fotos"), "fr": ("Signalement – nid-de-poule", "Rue", "Photos"),
    "es": ("Aviso de bache", "Calle", "Fotos"), "it": ("Segnalazione buca stradale", "Via", "Foto"),
    "pt": ("Reporte de buraco na via", "Rua", "Fotos"), "pl": ("Zgłoszenie dziury w jezdni", "Ulica", "Zdjęcia"),
    "el": ("Αναφορά λακκούβας", "Οδός", "Φωτογραφίες"), "he": ("דיווח על בור בכביש", "רחוב", "תמונות"),
    "ar": ("بلاغ عن حفرة في الطريق", "الشارع", "الصور"), "fa": ("گزارش چاله در خیابان", "خیابان", "عکس‌ها"),
}


def reg_pothole(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, f"{w[0]} #{r.randint(2024, 2027)}-{digits(r, 6, '0123456789')}")
    d.t(f"{w[1]}: {faker(PLACE[d.lang][5], r).street_name()} {r.randint(1, 200)}  ({r.uniform(30, 60):.6f}, {r.uniform(-9, 52):.6f})\n")
    d.t(f"{w[2]}: IMG_{r.randint(1000, 9999)}.jpg, IMG_{r.randint(1000, 9999)}.jpg  ({r.randint(20, 120)}×{r.randint(20, 120)} cm)\n")
    d.t(f"{d.L['name']}: {person(d)}\n")
    if r.random() < 0.5:
        sentence(d, "call", "PHONE_NUMBER", phone(d, labelled=False))
    else:
        lab(d, "tel", "PHONE_NUMBER", phone(d))
    lab(d, "mail", "EMAIL_ADDRESS", email(d))
    d.t(f"{d.L['date']}: {date(d)}  IP ")
    d.v("IP_ADDRESS", ip(d, r.choice(["pub", "v6"]))).t("\n")


def reg_cardblock(d: Doc, w: None) -> None:
    """A transcript of a call to a card-blocking line."""
    r = d.r
    a, c = d.L["agent"], d.L["client"]
    d.t(f"[{date(d)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}] #{digits(r, 10)}\n")
    d.t(f"{a}: {d.L['hello']}!\n{c}: ")
    brand, num = card(d)
    sentence(d, "block", "CREDIT_CARD", num)
    d.t(f"{a}: {d.L['name']}? {d.L['dob']}?\n{c}: {person(d)}, {date(d, born=True)}\n")
    if r.random() < 0.6:
        d.t(f"{a}: {d.L['tel']}?\n{c}: ")
        d.v("PHONE_NUMBER", phone(d, ext=False)).t("\n")
    if r.random() < 0.5:
        d.t(f"{c}: {masked_card(d)} — {brand}?\n")
    d.t(f"{a}: {d.L['ref']} {digits(r, 4)}-{digits(r, 4, '0123456789')}-{digits(r, 4, '0123456789')}-{digits(r, 4, '0123456789')}. {d.L['thanks']}.\n")


def reg_account_opening(d: Doc, w: None) -> None:
    r = d.r
    L = d.L
    heading(d, L["acct"])
    d.t(f"{L['name']}: {person(d)}\n{L['dob']}: {date(d, born=True)}\n{L['addr']}: {faker(PLACE[d.lang][5], r).address().replace(chr(10), ', ')}\n")
    d.t(f"ID: {nat_id(d)}\n")
    if r.random() < 0.5:
        d.t("IP: ").v("IP_ADDRESS", ip(d, r.choice(["pub", "pub", "v6"]))).t(f"  {date(d)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n")
    contact_lines(d, n_phone=r.randint(1, 2))
    if PLACE[d.lang][1]:
        lab(d, "iban", "IBAN_CODE", iban(d))
    else:
        d.t(f"{L['ref']}: {digits(r, 12)} · {digits(r, 4)}\n")
    if r.random() < 0.75:
        lab(d, "card", "CREDIT_CARD", card(d)[1])
        d.t(f"{L['exp']} {r.randint(1, 12):02d}/{r.randint(27, 32)}\n")
    d.t(f"{clutter(d)}\n{L['sign']}: ______  {date(d)}\n")


def reg_host_messages(d: Doc, w: None) -> None:
    """A holiday-rental host and guest writing to each other."""
    r = d.r
    host, guest = person(d), person(d)
    d.t(f"{host} · {date(d)}\n{d.L['hello']}! {clutter(d)}\n")
    sentence(d, "call", "PHONE_NUMBER", phone(d, labelled=False))
    d.t(f"{guest} · {date(d)}\n{d.L['thanks']}!\n")
    k = r.random()
    if k < 0.55:
        sentence(d, "paid", "CREDIT_CARD", card(d)[1])
    elif k < 0.85 and PLACE[d.lang][1]:
        d.t(f"{host}: ")
        sentence(d, "wire", "IBAN_CODE", iban(d))
    d.t(f"{guest}: ")
    sentence(d, "write", "EMAIL_ADDRESS", email(d, guest))
    if r.random() < 0.4:
        d.t(f"{host}: Wi-Fi ").v("IP_ADDRESS", f"192.168.{r.randint(0, 9)}.1").t(f" / {ip_negative(r)}\n")


def reg_customer_sheet(d: Doc, w: None) -> None:
    """Rows pasted from a spreadsheet: the column header is the only label, rows below it."""
    r = d.r
    L = d.L
    cols = [("name", None), ("tel", "PHONE_NUMBER"), ("mail", "EMAIL_ADDRESS")]
    extra = r.choice(["card", "card", "iban", "cust"]) if PLACE[d.lang][1] else r.choice(["card", "card", "cust"])
    cols.append((extra, {"card": "CREDIT_CARD", "iban": "IBAN_CODE", "cust": None}[extra]))
    cols.append(("date", None))
    sep = r.choice(["\t", " | ", ";", ","])
    d.t(sep.join(L[c] for c, _ in cols), "\n")
    for _ in range(r.randint(3, 7)):
        for i, (c, typ) in enumerate(cols):
            if i:
                d.t(sep)
            if typ is None:
                d.t(person(d) if c == "name" else digits(r, 9) if c == "cust" else date(d))
            elif typ == "PHONE_NUMBER":
                d.v(typ, phone(d, ext=False).replace(sep.strip() or "\t", " "))
            elif typ == "EMAIL_ADDRESS":
                d.v(typ, email(d))
            elif typ == "CREDIT_CARD":
                d.v(typ, card(d, grouped=r.random() < 0.5)[1].replace(",", " "))
            else:
                d.v(typ, iban(d))
        d.t("\n")


SKIMMING = {
    "de": ("Warnung: Skimming an Geldautomaten", "Filiale"), "fr": ("Alerte : skimming aux distributeurs", "Agence"),
    "es": ("Aviso: skimming en cajeros", "Oficina"), "it": ("Avviso: skimming agli sportelli ATM", "Filiale"),
    "nl": ("Waarschuwing: skimming bij geldautomaten", "Filiaal"), "pl": ("Ostrzeżenie: skimming w bankomatach", "Oddział"),
    "ru": ("Внимание: скимминг в банкоматах", "Отделение"), "tr": ("Uyarı: ATM'lerde kart kopyalama", "Şube"),
    "ar": ("تحذير: نسخ البطاقات في أجهزة الصراف", "الفرع"), "zh": ("提示：警惕ATM盗刷", "网点"),
}


def reg_skimming(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, w[0])
    d.t(f"{w[1]} {digits(r, 4)} · {date(d)} · ATM {digits(r, 8, '0123456789')}\n")
    for _ in range(r.randint(1, 3)):
        d.t(f"{masked_card(d)}  {price(d)}  {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n")
    d.t(f"{clutter(d)}\n")
    lab(d, "tel", "PHONE_NUMBER", phone(d))
    if r.random() < 0.5:
        d.t(f"{d.L['client']}: ")
        sentence(d, "block", "CREDIT_CARD", card(d)[1])
    lab(d, "mail", "EMAIL_ADDRESS", email(d))


WINE = {
    "fr": ("Bon de commande – club des vins", "bouteilles"), "it": ("Modulo d'ordine – club del vino", "bottiglie"),
    "es": ("Hoja de pedido – club de vinos", "botellas"), "pt": ("Nota de encomenda – clube de vinhos", "garrafas"),
    "de": ("Bestellschein Weinclub", "Flaschen"), "en": ("Wine club order form", "bottles"),
}


def reg_wine(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, w[0])
    for _ in range(r.randint(2, 4)):
        d.t(f"{r.choice(['Rioja', 'Chianti', 'Douro', 'Riesling', 'Bordeaux', 'Napa'])} {r.randint(2012, 2023)}  × {r.randint(1, 12)} {w[1]}  {price(d)}\n")
    d.t(f"{d.L['name']}: {person(d)}\n")
    contact_lines(d)
    brand, num = card(d)
    d.t(f"{brand}\n")
    if r.random() < 0.5:
        d.t(f"{d.L['card']}\n{'_' * 10}\n").v("CREDIT_CARD", num).t(f"\n{d.L['exp']}: {r.randint(1, 12):02d}/{r.randint(27, 31)}\n")
    else:
        lab(d, "card", "CREDIT_CARD", num)
    d.t(f"{clutter(d)}\n")


CAMPING = {
    "de": ("Buchungsbestätigung Campingplatz", "Stellplatz"), "fr": ("Confirmation de réservation camping", "Emplacement"),
    "es": ("Confirmación de reserva camping", "Parcela"), "it": ("Conferma prenotazione campeggio", "Piazzola"),
    "nl": ("Reserveringsbevestiging camping", "Plaats"), "pt": ("Confirmação de reserva parque de campismo", "Lote"),
    "pl": ("Potwierdzenie rezerwacji kempingu", "Parcela"), "cs": ("Potvrzení rezervace kempu", "Parcela"),
    "sv": ("Bokningsbekräftelse camping", "Plats"),
}


def reg_camping(d: Doc, w: tuple) -> None:
    r = d.r
    heading(d, w[0])
    d.t(f"{w[1]} {r.choice('ABCD')}{r.randint(1, 120)} · {date(d)} – {date(d)} · {r.randint(1, 6)}×\n")
    d.t(f"{d.L['name']}: {person(d)}\n")
    contact_lines(d, n_phone=r.randint(1, 2))
    d.t(f"{d.L['total']}: {price(d)}  ({clutter(d)})\n")
    if r.random() < 0.5:
        mixed_line(d)
    if PLACE[d.lang][1] and r.random() < 0.8:
        lab(d, "iban", "IBAN_CODE", iban(d))


ROOMMATE = {
    "en": "Room for rent in a 3-bed flat share", "es": "Se alquila habitación en piso compartido", "de": "WG-Zimmer frei",
    "fr": "Chambre en colocation à louer", "ru": "Сдаётся комната в квартире", "uk": "Здається кімната у квартирі",
    "pl": "Pokój do wynajęcia w mieszkaniu", "zh": "合租房间出租", "ko": "셰어하우스 방 있어요",
}


def reg_roommate(d: Doc, w: str) -> None:
    r = d.r
    heading(d, f"{w} — {price(d)}")
    d.t(f"{r.randint(9, 25)} m², {date(d)}. {clutter(d)}\n")
    if r.random() < 0.5:
        sentence(d, "call", "PHONE_NUMBER", phone(d, labelled=False))
    else:
        d.t(f"{d.L['mob']}/WhatsApp ").v("PHONE_NUMBER", phone(d, ext=False)).t("\n")
    sentence(d, "write", "EMAIL_ADDRESS", email(d))
    if r.random() < 0.5 and PLACE[d.lang][1]:
        sentence(d, "wire", "IBAN_CODE", iban(d))


# ---------------------------------------------------------------- US pages (SSNs)

SSN_LABELS = {
    "en": ["SSN", "SSN:", "SSN#", "Social Security Number", "Social Security No.", "Soc. Sec. #", "SS#", "SOCIAL SECURITY NUMBER",
           "Soc Sec No", "S.S.N.", "Social Security #", "SSN (9 digits)",
           "Socia1 Securlty Number", "S0c. Sec. No", "SSN :", "SOCIAL SECURITY NO"],  # the last ones as OCR reads scans
    "es": ["Número de Seguro Social", "N.º de Seguro Social", "Seguro Social", "SSN", "Núm. Seguro Social"],
}
SSN_SENTENCES = {
    "en": ["my social is {}", "my SS number is {} if you need it", "her social security number, {}, was used to open the account",
           "Use {} as my social for the application.", "ok the ssn is {}", "His Social ({}) appears on the 1099 by mistake.",
           "We have your Social Security number on file as {}.", "I gave them my social {} over the phone"],
    "es": ["mi número de seguro social es {}", "el seguro social de mi esposo es {}", "Le di mi Social, {}, por teléfono."],
}
US_WORDS = {
    "en": {"phone": "Phone", "home": "Home phone", "work": "Work phone", "mail": "Email", "dob": "Date of birth", "name": "Name",
               "acct": "Account number", "routing": "Routing number", "zip": "ZIP", "sig": "Signature", "date": "Date", "card": "Card number",
               "exp": "Exp.", "amount": "Amount", "case": "Case number", "itin": "ITIN", "ein": "EIN", "yes": "Yes", "no": "No"},
    "es": {"phone": "Teléfono", "home": "Teléfono de casa", "work": "Teléfono del trabajo", "mail": "Correo electrónico",
               "dob": "Fecha de nacimiento", "name": "Nombre", "acct": "Número de cuenta", "routing": "Número de ruta", "zip": "Código postal",
               "sig": "Firma", "date": "Fecha", "card": "Número de tarjeta", "exp": "Vence", "amount": "Cantidad", "case": "Número de caso",
               "itin": "ITIN", "ein": "EIN", "yes": "Sí", "no": "No"},
}


def us_doc_words(d: Doc) -> dict:
    return US_WORDS["es" if d.lang == "es" else "en"]


def ssn_lab(d: Doc) -> None:
    r = d.r
    label = r.choice(SSN_LABELS["es" if d.lang == "es" else "en"])
    val = ssn(d, labelled=True)
    k = r.randrange(6)
    if k == 0:
        d.t(label, " ").v("US_SSN", val)
    elif k == 1:
        d.t(label.rstrip(":"), ":\n").v("US_SSN", val)
    elif k == 2:
        d.v("US_SSN", val).t(f" ({label.rstrip(':')})")
    elif k == 3:
        d.t(label.rstrip(":").upper(), ": ").v("US_SSN", val)
    else:
        d.t(label.rstrip(":"), ": ").v("US_SSN", val)
    d.t("\n")


def ssn_sentence(d: Doc) -> None:
    s = d.r.choice(SSN_SENTENCES["es" if d.lang == "es" else "en"])
    before, _, after = s.partition("{}")
    d.t(before).v("US_SSN", ssn(d, labelled=d.r.random() < 0.6)).t(after, "\n")


def us_near_misses(d: Doc) -> None:
    """Nine-digit and 3-2-4 numbers that are no SSN, beside the SSNs (one or two lines)."""
    r = d.r
    if r.random() < 0.5:
        _near_miss(d)
    _near_miss(d)


def _near_miss(d: Doc) -> None:
    r = d.r
    w = us_doc_words(d)
    pick = r.choice([
        lambda: f"{w['itin']}: {itin(r)}",
        lambda: f"{w['ein']}: {ein(r)}",
        lambda: f"{w['routing']}: {aba(r)}   {w['acct']}: {digits(r, r.choice([9, 10, 12]), '0123456789')}",
        lambda: f"{w['zip']}: {digits(r, 5, '0123456789')}-{digits(r, 4, '0123456789')}",
        lambda: f"{w['case']}: {digits(r, 3)}-{digits(r, 2, '0123456789')}-{digits(r, 5, '0123456789')}",
        lambda: f"Policy # {digits(r, 9)}",
        lambda: f"Member ID {digits(r, 9)}",
        lambda: f"MBI {mbi(r)}",
        lambda: f"Invalid on file (never issued): {bad_ssn(r)}",
        lambda: f"Driver license {r.choice('ABCDFGHS')}{digits(r, 7, '0123456789')}  {date(d)}",
        lambda: f"Claim {digits(r, 3)}-{digits(r, 2, '0123456789')}-{digits(r, 4, '0123456789')}-{r.randint(10, 99)}",
        lambda: f"Order {digits(r, 9)} · Tracking 1Z{digits(r, 6, '0123456789')}{r.choice('ABXY')}{digits(r, 9, '0123456789')}",
        lambda: f"{w['amount']}: ${r.randint(10, 9999):,}.{r.randint(0, 99):02d}",
        lambda: f"Student ID {digits(r, 9)}",
    ])
    d.t(pick(), "\n")


def reg_credit_freeze(d: Doc, w: None) -> None:
    r = d.r
    f = faker("en_US", r)
    me = f.name()
    d.t(f"{me}\n{f.street_address()}\n{f.city()}, {f.state_abbr()} {f.zipcode()}\n\n{date(d)}\n\n")
    d.t(r.choice(["Equifax Information Services LLC", "Experian Security Freeze", "TransUnion LLC"]), "\nP.O. Box ", str(r.randint(100, 99999)), "\n\n")
    d.t("Re: Request for a security freeze\n\nTo whom it may concern,\n\nI am a victim of identity theft and ask you to place a freeze on my credit file. ")
    d.t("My full name is ", me, ", my date of birth is ", date(d, born=True), ", and my Social Security number is ")
    d.v("US_SSN", ssn(d)).t(".\n")
    if r.random() < 0.5:
        d.t("My previous address and phone were ", f.street_address(), ", ").v("PHONE_NUMBER", phone(d, ext=False)).t(".\n")
    else:
        d.t("You can reach me at ").v("PHONE_NUMBER", phone(d, ext=False)).t(" or ").v("EMAIL_ADDRESS", email(d)).t(".\n")
    if r.random() < 0.5:
        d.t("Please also freeze the file of my ", r.choice(["spouse", "son", "daughter"]), ", ", f.name(), ", SSN ")
        d.v("US_SSN", ssn(d)).t(".\n")
    us_near_misses(d)
    d.t(f"Enclosed: copy of FTC report {digits(r, 9)} and a utility bill.\nSincerely,\n{me}\n")


def reg_unclaimed(d: Doc, w: None) -> None:
    r = d.r
    W = us_doc_words(d)
    f = faker("en_US", r)
    d.t("STATE UNCLAIMED PROPERTY – CLAIM FORM" if d.lang == "en" else "RECLAMO DE PROPIEDAD NO RECLAMADA", "\n")
    d.t(f"Claim ID: CL-{digits(r, 8)}   Property ID: {digits(r, 9)}   {W['amount']}: ${r.randint(10, 9999):,}.{r.randint(0, 99):02d}\n")
    d.t("-" * 50, "\n")
    d.t(f"1. {W['name']}: {f.name()}\n2. ")
    ssn_lab(d)
    d.t(f"3. {W['dob']}: {date(d, born=True)}\n4. {W['phone']}: ")
    d.v("PHONE_NUMBER", phone(d, ext=r.random() < 0.2)).t("\n5. ")
    lab_us(d, W["mail"], "EMAIL_ADDRESS", email(d))
    if r.random() < 0.7:
        d.t("6. Joint owner – ")
        ssn_lab(d)
    us_near_misses(d)
    us_near_misses(d)
    d.t(f"{W['sig']}: __________________   {W['date']}: {date(d)}\n")


def lab_us(d: Doc, label: str, typ: str, val: str) -> None:
    d.t(label, ": ").v(typ, val).t("\n")


def reg_irs8821(d: Doc, w: None) -> None:
    r = d.r
    f = faker("en_US", r)
    d.t("Form 8821 (Rev. January 2021) Tax Information Authorization  OMB No. 1545-1165\n")
    d.t("Line 1 Taxpayer information. Taxpayer must sign and date this form on line 7.\n")
    d.t(f"Taxpayer name and address: {f.name()}, {f.street_address()}, {f.city()} {f.state_abbr()} {f.zipcode_plus4()}\n")
    d.t(r.choice(["Taxpayer identification number(s): ", "Taxpayer identification number(s)\n", "TIN: "]))
    d.v("US_SSN", ssn(d)).t("   Daytime telephone number: ")
    d.v("PHONE_NUMBER", phone(d, ext=False)).t("\n")
    d.t(f"Line 2 Appointee: {f.company()}  CAF No. {digits(r, 4)}-{digits(r, 5, '0123456789')}R  PTIN P{digits(r, 8, '0123456789')}\n")
    d.t("Telephone No. ").v("PHONE_NUMBER", phone(d, ext=False)).t("  Fax No. ").v("PHONE_NUMBER", phone(d, ext=False)).t("\n")
    d.t(f"Line 3 Tax matters: Income | 1040 | {r.randint(2019, 2022)}-{r.randint(2023, 2026)}\n")
    d.t(f"Employer (not the taxpayer): EIN {ein(r)}\n")
    if r.random() < 0.5:
        d.t("Spouse SSN ").v("US_SSN", ssn(d)).t(f"   spouse ITIN (if no SSN) {itin(r)}\n")
    us_near_misses(d)


def reg_utility_start(d: Doc, w: None) -> None:
    r = d.r
    W = us_doc_words(d)
    es = d.lang == "es"
    f = faker("en_US", r)
    d.t("Start Service Request — Electric & Gas" if not es else "Solicitud para iniciar servicio — Luz y gas", "\n")
    d.t(("Service address: " if not es else "Dirección del servicio: ") + f.street_address() + f", {f.city()}, {f.state_abbr()} {f.zipcode()}\n")
    d.t(("Start date: " if not es else "Fecha de inicio: ") + date(d) + "\n")
    d.t(f"{W['name']}: {f.name()}\n")
    if r.random() < 0.6:
        ssn_lab(d)
    else:
        d.t("For the credit check we need your Social Security number: " if not es else "Para verificar su crédito necesitamos su número de Seguro Social: ")
        d.v("US_SSN", ssn(d)).t("\n")
    d.t(f"{W['home']}: ").v("PHONE_NUMBER", phone(d, ext=False)).t(f"   {W['work']}: ").v("PHONE_NUMBER", phone(d, ext=True)).t("\n")
    d.t(f"{W['mail']}: ").v("EMAIL_ADDRESS", email(d)).t("\n")
    if r.random() < 0.6:
        d.t("Deposit ($150.00) — " if not es else "Depósito ($150.00) — ")
        brand, num = card(d)
        d.t(f"{brand} ").v("CREDIT_CARD", num).t(f"  {W['exp']} {r.randint(1, 12):02d}/{r.randint(27, 31)}\n")
    d.t(f"Meter # {digits(r, 9)}   Account {digits(r, 10)}-{r.randint(1, 9)}\n")
    us_near_misses(d)


def reg_medicare(d: Doc, w: None) -> None:
    r = d.r
    f = faker("en_US", r)
    d.t("CMS-40B  APPLICATION FOR ENROLLMENT IN MEDICARE – PART B (MEDICAL INSURANCE)\n\n")
    d.t(f"1. Your name (Last, First, Middle Initial)\n   {f.last_name().upper()}, {f.first_name().upper()} {r.choice('ABCDEJKM')}\n")
    d.t("2. Your Social Security Number\n   ").v("US_SSN", ssn(d)).t("\n")
    d.t(f"   Medicare Number (if any): {mbi(r)}\n")
    d.t(f"3. Date of birth {date(d, born=True)}   4. Phone number ").v("PHONE_NUMBER", phone(d, ext=False)).t("\n")
    d.t(f"5. Employer group health plan: policy {digits(r, 9)}, group {digits(r, 6)}\n")
    if r.random() < 0.4:
        d.t("Spouse's SSN: ").v("US_SSN", ssn(d)).t("\n")
    d.t(f"Signature ____________   Date {date(d)}\n")
    us_near_misses(d)


def reg_childcare(d: Doc, w: None) -> None:
    r = d.r
    W = us_doc_words(d)
    es = d.lang == "es"
    f = faker("en_US", r)
    d.t("CHILD CARE ASSISTANCE APPLICATION\n" if not es else "SOLICITUD DE AYUDA PARA EL CUIDADO INFANTIL\n")
    d.t(f"{W['name']}: {f.name()}   {W['dob']}: {date(d, born=True)}\n")
    ssn_lab(d)
    d.t(f"{W['phone']}: ").v("PHONE_NUMBER", phone(d, ext=False)).t("\n")
    hdr = ["Child", "DOB", "SSN", "School"] if not es else ["Niño/a", "Fecha nac.", "Seguro Social", "Escuela"]
    sep = r.choice([" | ", "\t", "  "])
    d.t(sep.join(hdr), "\n")
    for _ in range(r.randint(1, 4)):
        d.t(f"{f.first_name()}{sep}{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2012, 2024)}{sep}")
        if r.random() < 0.8:
            d.v("US_SSN", ssn(d))
        else:
            d.t("applied for" if not es else "en trámite")
        d.t(f"{sep}{r.choice(['Lincoln ES', 'Head Start', 'Pre-K', 'none' if not es else 'ninguna'])}\n")
    d.t(("Monthly income: " if not es else "Ingreso mensual: ") + f"${r.randint(800, 5000):,}\n")
    us_near_misses(d)


def reg_efile_reject(d: Doc, w: None) -> None:
    r = d.r
    f = faker("en_US", r)
    d.t(f"Subject: Your e-filed return was rejected (Submission ID {digits(r, 20, '0123456789')})\n\n")
    d.t(f"Hi {f.first_name()},\n\nThe IRS rejected your {r.randint(2022, 2025)} return on {date(d)}.\n")
    d.t("Reject code IND-031-04: the AGI or Self-Select PIN does not match. Primary SSN: ")
    d.v("US_SSN", ssn(d)).t("\n")
    if r.random() < 0.6:
        d.t("Reject code R0000-500-01: Spouse SSN ").v("US_SSN", ssn(d)).t(" and name control do not match.\n")
    if r.random() < 0.5:
        d.t("Reject code F8867-008: Dependent SSN ").v("US_SSN", ssn(d)).t(f" was used on another return ({r.randint(2021, 2025)}).\n")
    d.t(f"Prior-year AGI entered: ${r.randint(10000, 200000):,}   PIN: {digits(r, 5, '0123456789')}\n")
    us_near_misses(d)
    d.t("Questions? Call us at ").v("PHONE_NUMBER", phone(d, ext=r.random() < 0.3)).t(" or reply to ").v("EMAIL_ADDRESS", email(d)).t(".\n")


def reg_scam_sms(d: Doc, w: None) -> None:
    r = d.r
    es = d.lang == "es"
    them = phone(d, labelled=False, ext=False)
    d.t("Messages with " if not es else "Mensajes con ").v("PHONE_NUMBER", them).t("\n")
    lines_en = [("Them", "Your benefits are suspended. Verify your identity to avoid arrest."),
                ("Me", None), ("Them", "And the card you want the refund on?"), ("Me", "card"), ("Them", "Code sent to your phone, read it back pls")]
    lines_es = [("Ellos", "Sus beneficios están suspendidos. Verifique su identidad."), ("Yo", None),
                ("Ellos", "¿Y la tarjeta para el reembolso?"), ("Yo", "card"), ("Ellos", "Le mandamos un código, léamelo")]
    for who, msg in (lines_es if es else lines_en):
        d.t(f"{who} {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}: ")
        if msg is None:
            ssn_sentence(d)
        elif msg == "card":
            _brand, num = card(d)
            d.v("CREDIT_CARD", num).t(f" {r.randint(1, 12):02d}/{r.randint(27, 31)} {digits(r, 3, '0123456789')}\n")
        else:
            d.t(msg, "\n")
    d.t(f"Them: code {digits(r, 6, '0123456789')} received, case {digits(r, 9)}\n" if not es
        else f"Ellos: código {digits(r, 6, '0123456789')} recibido, caso {digits(r, 9)}\n")


def reg_leak_dump(d: Doc, w: None) -> None:
    """Records from a leaked database, in one of several dump layouts."""
    r = d.r
    f = faker("en_US", r)
    k = r.randrange(4)
    n = r.randint(3, 6)
    d.t(r.choice(["-- dumped ", "# leak ", "[+] rows from "]), r.choice(["customers_2023", "loanapp.tbl_applicants", "crm_export", "pharmacy_users"]), f" ({n} of {r.randint(10000, 900000)})\n")
    if k == 0:
        d.t(r.choice(["# format: ", "fields = ", "FORMAT "]), r.choice(["id:name:ssn:dob:phone:cc:exp:cvv", "ID:FULLNAME:SSN:DOB:PHONE:CARD:EXP:CVV"]), "\n")
    elif k == 1:
        d.t("| id | name | ssn | dob | phone | cc |\n|---|---|---|---|---|---|\n")
    elif k == 3:
        d.t(f"{'ID':<8}{'NAME':<24}{'SSN':<12}{'PHONE':<16}CARD\n")
    for _ in range(n):
        uid, name, dob = digits(r, 6), f.name(), date(d, born=True)
        s = ssn(d, labelled=True)
        p = phone(d, ext=False)
        _brand, c = card(d, grouped=r.random() < 0.4)
        if k == 0:
            d.t(f"{uid}:{name}:").v("US_SSN", s).t(f":{dob}:").v("PHONE_NUMBER", p).t(":").v("CREDIT_CARD", c).t(f":{r.randint(1, 12):02d}{r.randint(27, 31)}:{digits(r, 3, '0123456789')}\n")
        elif k == 1:
            d.t(f"| {uid} | {name} | ").v("US_SSN", s).t(f" | {dob} | ").v("PHONE_NUMBER", p).t(" | ").v("CREDIT_CARD", c).t(" |\n")
        elif k == 2:
            d.t(f'{{"id": {uid}, "name": "{name}", "ssn": "').v("US_SSN", s).t(f'", "dob": "{dob}", "phone": "').v("PHONE_NUMBER", p)
            d.t('", "email": "').v("EMAIL_ADDRESS", email(d, name)).t('", "cc": "').v("CREDIT_CARD", c).t(f'", "zip": "{f.zipcode()}"}}\n')
        else:
            d.t(f"{uid:<8}{name[:22]:<24}").v("US_SSN", s).t(" " * max(1, 12 - len(s))).v("PHONE_NUMBER", p).t(" " * max(1, 16 - len(p))).v("CREDIT_CARD", c).t("\n")
    if r.random() < 0.6:
        d.t(f"-- also: {itin(r)} (itin), {ein(r)} (ein), {bad_ssn(r)}, {masked_card(d)}\n")


def reg_1098t(d: Doc, w: None) -> None:
    r = d.r
    f = faker("en_US", r)
    d.t(f"Form 1098-T  Tuition Statement  {r.randint(2020, 2025)}\n")
    d.t(f"FILER'S name, address: {f.company()} University, {f.city()}, {f.state_abbr()} {f.zipcode()}  Tel. ")
    d.v("PHONE_NUMBER", phone(d, ext=r.random() < 0.4)).t("\n")
    d.t(f"FILER'S employer identification no. {ein(r)}\n")
    d.t("STUDENT'S TIN ").v("US_SSN", ssn(d, labelled=True)).t("\n")
    d.t(f"STUDENT'S name {f.name()}   Student ID {digits(r, 9)}   Account number {digits(r, 8)}\n")
    d.t(f"1 Payments received ${r.randint(1000, 60000):,}.00   5 Scholarships ${r.randint(0, 20000):,}.00   8 [X] half-time\n")
    us_near_misses(d)


# ---------------------------------------------------------------- machine output (IPs)


def reg_squid(d: Doc, w: None) -> None:
    r = d.r
    for _ in range(r.randint(3, 7)):
        d.t(f"{r.randint(1700000000, 1800000000)}.{r.randint(100, 999)} {r.randint(1, 9000):>6} ")
        d.v("IP_ADDRESS", ip(d, r.choice(["priv", "priv", "ll", "ula"])))
        d.t(f" TCP_{r.choice(['MISS', 'HIT', 'TUNNEL', 'DENIED'])}/{r.choice([200, 304, 403, 407])} {r.randint(200, 90000)} {r.choice(['GET', 'CONNECT', 'POST'])} ")
        host = r.choice(["www.example.org", "cdn.shop-cdn.net", "updates.vendor.com"])
        d.t(f"http://{host}/v{version_like(r)}/pkg - HIER_DIRECT/")
        d.v("IP_ADDRESS", ip(d, r.choice(["pub", "pub", "v6"])))
        d.t(f" {r.choice(['text/html', 'application/json', '-'])}\n")


def reg_bind(d: Doc, w: None) -> None:
    r = d.r
    for _ in range(r.randint(3, 7)):
        cl = ip(d)
        d.t(f"06-Dec-2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d} queries: info: client @0x7f{r.randrange(1 << 40):010x} ")
        d.v("IP_ADDRESS", cl).t(f"#{r.randint(1024, 65535)} (")
        q = r.choice(["www.example.com", "mail.corp.local", f"{'.'.join(str(r.randint(1, 254)) for _ in range(4))}.in-addr.arpa"])
        d.t(f"{q}): query: {q} IN {r.choice(['A', 'AAAA', 'PTR', 'MX'])} +E(0)K (")
        d.v("IP_ADDRESS", ip(d, r.choice(["priv", "pub"]))).t(")\n")
    d.t(f"listening on IPv4 interface lo, 127.0.0.1#53; netmask {ip_negative(r)}\n")


def reg_win4625(d: Doc, w: None) -> None:
    r = d.r
    for _ in range(r.randint(1, 3)):
        d.t(f"Log Name: Security\nSource: Microsoft-Windows-Security-Auditing\nDate: {date(d)} {r.randint(1, 12)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}\n")
        d.t(f"Event ID: 4625\nAn account failed to log on.\nAccount Name: {r.choice(['administrator', 'scanner', 'backup', 'test'])}\nFailure Reason: Unknown user name or bad password.\n")
        d.t(f"Status: 0xC000006D\nSub Status: 0xC000006A\nLogon Type: {r.choice([3, 10])}\nWorkstation Name: {r.choice(['-', 'WIN-' + digits(r, 6)])}\n")
        d.t("Source Network Address: ").v("IP_ADDRESS", ip(d)).t(f"\nSource Port: {r.randint(1024, 65535)}\nLogon Process: NtLmSsp\n\n")


def reg_cloudtrail(d: Doc, w: None) -> None:
    r = d.r
    d.t('{"Records": [\n')
    for i in range(r.randint(1, 4)):
        acct = digits(r, 12)
        d.t(f'  {{"eventVersion": "1.08", "eventTime": "2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z", ')
        d.t(f'"eventName": "{r.choice(["ConsoleLogin", "GetObject", "AssumeRole", "PutBucketPolicy"])}", "awsRegion": "{r.choice(["us-east-1", "eu-west-1", "ap-northeast-1"])}", ')
        d.t('"sourceIPAddress": "').v("IP_ADDRESS", ip(d, r.choice(["pub", "pub", "v6"])))
        d.t(f'", "userAgent": "aws-cli/2.{r.randint(0, 20)}.{r.randint(0, 40)} Python/3.11.{r.randint(0, 9)}", "recipientAccountId": "{acct}", ')
        d.t(f'"userIdentity": {{"arn": "arn:aws:iam::{acct}:user/')
        if r.random() < 0.4:
            d.v("EMAIL_ADDRESS", email(d))
        else:
            d.t(r.choice(["deploy", "ci-bot", "alice"]))
        d.t(f'"}}, "requestID": "{r.randrange(1 << 64):016x}"}}{"," if i else ""}\n')
    d.t("]}\n")


def reg_compose(d: Doc, w: None) -> None:
    r = d.r
    d.t("services:\n  web:\n    image: nginx:1.25.3\n    ports:\n")
    d.t(f'      - "127.0.0.1:{r.randint(8000, 9000)}:80"\n      - "')
    d.v("IP_ADDRESS", ip(d, "priv")).t(':443:443"\n    networks:\n      backend:\n        ipv4_address: ')
    d.v("IP_ADDRESS", ip(d, "priv")).t("\n    extra_hosts:\n      - \"db:")
    d.v("IP_ADDRESS", ip(d, r.choice(["priv", "pub"]))).t('"\n    environment:\n      SMTP_FROM: ')
    d.v("EMAIL_ADDRESS", email(d)).t(f"\n      APP_VERSION: {version_like(r)}\n      ADMIN_PHONE: \"")
    d.v("PHONE_NUMBER", pn.format_number(phone_number(r, r.choice(ABROAD)), pn.PhoneNumberFormat.E164)).t('"\n')
    d.t("networks:\n  backend:\n    ipam:\n      config:\n        - gateway: ")
    d.v("IP_ADDRESS", ip(d, "priv")).t("\n    driver_opts:\n      com.docker.network.bridge.host_binding_ipv4: \"0.0.0.0\"\n")


def reg_mysql_grants(d: Doc, w: None) -> None:
    r = d.r
    d.t(f"-- mysqldump {r.randint(8, 10)}.{r.randint(0, 4)}.{r.randint(0, 40)}  Host: localhost  Database: mysql\n")
    for _ in range(r.randint(2, 5)):
        d.t(f"GRANT {r.choice(['SELECT', 'SELECT, INSERT, UPDATE', 'ALL PRIVILEGES'])} ON `{r.choice(['shop', 'crm', 'billing'])}`.* TO `{r.choice(['app', 'report', 'etl', 'replica'])}`@`")
        d.v("IP_ADDRESS", ip(d, r.choice(["priv", "pub", "priv"]))).t("`;\n")
    d.t(f"GRANT USAGE ON *.* TO `bi`@`192.168.{r.randint(0, 255)}.%`;\nGRANT ALL ON *.* TO `root`@`localhost`;\n")
    d.t("-- contact DBA: ").v("EMAIL_ADDRESS", email(d)).t("\n")


def reg_fortigate(d: Doc, w: None) -> None:
    r = d.r
    for _ in range(r.randint(2, 5)):
        d.t(f'date=2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} time={r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} devname="FG{r.randint(40, 600)}F" devid="FGT{digits(r, 2)}FTK{digits(r, 8, "0123456789")}" ')
        d.t(f'logid="{digits(r, 10, "0123456789")}" type="traffic" subtype="forward" srcip=')
        d.v("IP_ADDRESS", ip(d, r.choice(["priv", "priv", "ula"]))).t(f" srcport={r.randint(1024, 65535)} dstip=")
        d.v("IP_ADDRESS", ip(d, r.choice(["pub", "v6"]))).t(f' dstport={r.choice([53, 443, 80, 22, 3389])} action="{r.choice(["accept", "deny"])}" sentbyte={r.randint(40, 90000)} policyid={r.randint(1, 90)}\n')


def reg_tshark(d: Doc, w: None) -> None:
    r = d.r
    t = 0.0
    for i in range(1, r.randint(4, 9)):
        t += r.random()
        a, b = ip(d, "priv"), ip(d, "pub")
        if r.random() < 0.5:
            a, b = b, a
        d.t(f"{i:>5} {t:.6f} ").v("IP_ADDRESS", a).t(" → ").v("IP_ADDRESS", b)
        d.t(f" {r.choice(['TCP', 'TLSv1.3', 'DNS', 'ICMP'])} {r.randint(54, 1514)} {r.randint(1024, 65535)} → {r.choice([443, 53, 80])} [{r.choice(['SYN', 'ACK', 'PSH, ACK'])}] Seq={r.randint(0, 9999)} Win={r.randint(1000, 65535)} Len={r.randint(0, 1460)}\n")
    d.t(f"SNMP: iso.3.6.1.2.1.1.3.0 = Timeticks: ({r.randint(1000, 9999999)}) {r.randint(0, 9)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}; mask {ip_negative(r)}\n")


# ---------------------------------------------------------------- the set

ALL_LANGS = list(LEX)
# name -> (function, languages or {language: words}, weight)
REGISTERS = {
    "yacht_charter": (reg_charter, CHARTER, 3),
    "lost_baggage_claim": (reg_baggage, BAGGAGE, 4),
    "roadside_dispatch": (reg_roadside, ROADSIDE, 3),
    "locksmith_invoice": (reg_locksmith, LOCKSMITH, 3),
    "optician_order": (reg_optician, OPTICIAN, 3),
    "kennel_checkin": (reg_kennel, KENNEL, 3),
    "print_shop_job": (reg_printshop, PRINTSHOP, 3),
    "pothole_report": (reg_pothole, POTHOLE, 3),
    "card_block_call": (reg_cardblock, ALL_LANGS, 14),
    "account_opening": (reg_account_opening, ALL_LANGS, 5),
    "rental_host_messages": (reg_host_messages, ALL_LANGS, 5),
    "customer_sheet_paste": (reg_customer_sheet, ALL_LANGS, 5),
    "skimming_warning": (reg_skimming, SKIMMING, 4),
    "wine_club_order": (reg_wine, WINE, 5),
    "campsite_booking": (reg_camping, CAMPING, 3),
    "flatshare_ad": (reg_roommate, ROOMMATE, 3),
    "credit_freeze_letter": (reg_credit_freeze, ["en"], 5),
    "unclaimed_property_claim": (reg_unclaimed, ["en", "en", "es"], 5),
    "irs_8821": (reg_irs8821, ["en"], 4),
    "utility_start_service": (reg_utility_start, ["en", "en", "es"], 5),
    "medicare_enrollment": (reg_medicare, ["en"], 5),
    "childcare_subsidy": (reg_childcare, ["en", "es"], 6),
    "efile_reject_email": (reg_efile_reject, ["en"], 5),
    "scam_sms_thread": (reg_scam_sms, ["en", "en", "es"], 7),
    "leaked_records_dump": (reg_leak_dump, ["en"], 8),
    "form_1098t": (reg_1098t, ["en"], 3),
    "squid_access_log": (reg_squid, ["en"], 2),
    "bind_query_log": (reg_bind, ["en"], 1),
    "windows_4625_event": (reg_win4625, ["en"], 1),
    "cloudtrail_json": (reg_cloudtrail, ["en"], 1),
    "docker_compose": (reg_compose, ["en"], 1),
    "mysql_grants": (reg_mysql_grants, ["en"], 1),
    "fortigate_syslog": (reg_fortigate, ["en"], 2),
    "tshark_summary": (reg_tshark, ["en"], 2),
}
US_REGISTERS = {"credit_freeze_letter", "unclaimed_property_claim", "irs_8821", "utility_start_service", "medicare_enrollment",
                "childcare_subsidy", "efile_reject_email", "scam_sms_thread", "leaked_records_dump", "form_1098t"}
MACHINE = {"squid_access_log", "bind_query_log", "windows_4625_event", "cloudtrail_json", "docker_compose", "mysql_grants",
           "fortigate_syslog", "tshark_summary"}
_PATHS = ["contact", "forms/view", "support/ticket", "docs", "community/thread", "paste", "booking", "files/export.txt"]


def draw(i: int, attempt: int) -> dict:
    r = random.Random(f"{SEED}-{i}-{attempt}")
    names = list(REGISTERS)
    reg = r.choices(names, weights=[REGISTERS[n][2] for n in names])[0]
    fn, langs, _ = REGISTERS[reg]
    lang = r.choice(list(langs))
    words = langs[lang] if isinstance(langs, dict) else None
    region = "US" if reg in US_REGISTERS or reg in MACHINE else r.choice(PLACE[lang][0])
    d = Doc(r, lang, region)
    if reg not in US_REGISTERS and reg not in MACHINE and r.random() < 0.35:
        d.t(clutter(d), "\n")
    fn(d, words)
    if reg not in MACHINE and r.random() < 0.5:
        d.t(clutter(d), "\n")
    tld = "com" if reg in MACHINE else ("gov" if reg in US_REGISTERS and r.random() < 0.4 else PLACE[lang][2])
    host = ascii_word(faker("en_US", r).last_name()) + r.choice(["", "-online", "24", "-info"])
    return {"id": f"blind10-{i}", "half": "blind10", "register": reg, "url": f"https://{host}.{tld}/{r.choice(_PATHS)}",
            "language": lang, "text": d.text(), "spans": d.spans}


# ---------------------------------------------------------------- checks

_EXT_RE = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in EXT_WORDS) + r")\s*\d+$")
_DIGIT_MAP = {ord(c): str(i) for table in _DIGITS.values() for i, c in enumerate(table)} | {ord("＋"): "+"}
_ALL_REGIONS = sorted(pn.SUPPORTED_REGIONS)


def phone_ok(s: str) -> bool:
    core = _EXT_RE.sub("", s).translate(_DIGIT_MAP).replace("(0)", "")
    if core.startswith("00"):
        core = "+" + core[2:]
    if core.startswith("+"):
        try:
            return pn.is_valid_number(pn.parse(core, None))
        except pn.NumberParseException:
            return False
    for region in _ALL_REGIONS:
        try:
            if pn.is_valid_number(pn.parse(core, region)):
                return True
        except pn.NumberParseException:
            pass
    return False


def ip_ok(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    if a.is_loopback or a.is_unspecified or s == "255.255.255.255":
        return False
    if a.version == 4:
        bits = f"{int(a):032b}"
        if "01" not in bits or "10" not in bits.lstrip("0").lstrip("1") and bits.startswith("0"):
            return False  # netmask (1s then 0s) or wildcard mask (0s then 1s)
    return True


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- .]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    area, group, serial = int(m[1]), int(m[3]), int(m[4])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def value_ok(typ: str, s: str) -> bool:
    if typ == "PHONE_NUMBER":
        return phone_ok(s)
    if typ == "CREDIT_CARD":
        dg = re.sub(r"[ \-\u00a0]", "", s)
        return dg.isdigit() and luhn_ok(dg) and brand_ok(dg)
    if typ == "IBAN_CODE":
        try:
            IBAN(s.upper())
            return True
        except ValueError:
            return False
    if typ == "IP_ADDRESS":
        return ip_ok(s)
    if typ == "US_SSN":
        return ssn_ok(s)
    if typ == "EMAIL_ADDRESS":
        return re.fullmatch(r"[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s) is not None
    return False


def _glued(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


def check_row(row: dict) -> list[str]:
    """What is wrong with a row's gold ([] when sound)."""
    text, spans, out = row["text"], row["spans"], []
    last = 0
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]:
            out.append(f"span text mismatch {sp}")
        if sp["start"] < last:
            out.append(f"overlap or unsorted {sp}")
        last = sp["end"]
        if _glued(text, sp["start"] - 1) or _glued(text, sp["end"]):
            out.append(f"glued to a letter or digit {sp}")
        if not value_ok(sp["type"], sp["text"]):
            out.append(f"invalid {sp['type']} {sp['text']!r}")
    covered = [(sp["start"], sp["end"]) for sp in spans]

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in covered)

    for m in re.finditer(r"(?<![\d])\d(?:[ \-\u00a0]{0,2}\d){11,18}(?![\d])", text):
        dg = re.sub(r"\D", "", m.group())
        for a in range(len(dg)):
            for b in range(a + 12, len(dg) + 1):
                sub = dg[a:b]
                if brand_ok(sub) and luhn_ok(sub) and (a == 0 and b == len(dg)) and not inside(m.start(), m.end()):
                    out.append(f"unlabelled card {m.group()!r}")
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}(?![A-Za-z0-9])", text):
        try:
            IBAN(m.group().upper())
        except ValueError:
            continue
        if not inside(m.start(), m.end()):
            out.append(f"unlabelled IBAN {m.group()!r}")
    return out


def generate() -> list[dict]:
    rows = []
    for i in range(N_DOCS):
        for attempt in range(50):
            row = draw(i, attempt)
            if not check_row(row):
                break
        else:
            raise AssertionError(f"no sound draw for document {i}: {check_row(row)}")
        rows.append(row)
    return rows


def main() -> None:
    rows = generate()
    types = Counter(sp["type"] for r in rows for sp in r["spans"])
    total = sum(types.values())
    print(f"blind10: {len(rows)} documents, {total} spans")
    for t, n in types.most_common():
        print(f"  {t:<14} {n:>5}  {n / total:6.1%}")
    langs = Counter(r["language"] for r in rows)
    print(f"languages ({len(langs)}): " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    print(f"not English: {sum(v for k, v in langs.items() if k != 'en') / len(rows):.1%}")
    regs = Counter(r["register"] for r in rows)
    print(f"registers ({len(regs)}): " + ", ".join(f"{k} {v}" for k, v in regs.most_common()))
    regions = set()
    for r in rows:
        for sp in r["spans"]:
            if sp["type"] == "PHONE_NUMBER":
                core = _EXT_RE.sub("", sp["text"]).translate(_DIGIT_MAP).replace("(0)", "")
                core = "+" + core[2:] if core.startswith("00") else core
                try:
                    n = pn.parse(core, None if core.startswith("+") else {"en": "US"}.get(r["language"], PLACE[r["language"]][0][0]))
                    regions.add(pn.region_code_for_number(n))
                except pn.NumberParseException:
                    pass
    print(f"phone regions (at least): {len(regions)}")
    if "--write-set" in sys.argv:
        DATA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
