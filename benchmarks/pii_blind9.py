"""A ninth blind PII test set (issue 26): 34 registers no earlier generator used, 29 languages, every
page written in its own language, values in the contexts real pages give them, weighted to US SSNs
and card numbers (each >= 15% of spans), phones (>= 30%) and IPs (>= 8%).

Written by a ninth helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other
generators' templates or value makers, nor BENCHMARKS.md's PII sections. The PII step was never
run on this set while it was written: the lead scores it once, at the end. Every template,
phrase, name list and value maker is new (here and in benchmarks/pii_blind9_lexicon.py).

    python benchmarks/pii_blind9.py               # counts per type, register and language
    python benchmarks/pii_blind9.py --write-set   # (re)writes benchmarks/data/pii_blind9.jsonl

Registers (34): self-storage rental agreements, escape-room bookings, hunting and fishing permit
applications, voicemail-to-text transcripts, hostel guest registration cards, ferry tickets,
hair-salon booking confirmations, marathon entry lists, allotment-garden waiting lists,
residence registration forms, works-council minutes, chess-tournament entry lists, wedding
photographer contracts, SIM-card registration forms, embassy appointment confirmations, language
tandem ads, smishing (fake parcel / tax refund) SMS warnings, merchant chargeback responses, POS
terminal end-of-day reports, carding-forum "dump" listings with magstripe tracks, and US pages:
SS-5 card replacement applications, W-4 withholding certificates, voter registration forms (also
es, zh, vi, ko), HIPAA records-release authorisations, employment verification letters, bail-bond
applications, car-dealer credit applications (also es), VA benefit claims, people-search API
responses pasted in forum posts; machine output:
Windows `ipconfig /all`, Zeek conn.log, sshd auth.log, HAProxy logs, Postfix maillog.
Languages (29, 13 in non-Latin scripts): en de fr es it pt nl pl sv da fi cs hu ro tr ru uk bg el
ar he fa hi zh ja ko th vi id; machine formats keep their tools' fixed keys.

Contexts: a label before the value (the page's language, abbreviated, in capitals, with or without
colon), a label after it, a table column header rows above, only the sentence ("call me on", "wire
it to", "my social is"), no context where the shape tells (E.164, IBAN, e-mail, card 4-4-4-4),
values of mixed types on one line, markup remnants ("&nbsp;", "<br>", "|", "**", "<td>") or a line
break between label and value. Phones: `phonenumbers` example numbers (fixed line, mobile) of 70+
regions, digits after the third varied while valid, written national (own region only) in the
library's grouping or with dots / dashes / slashes, international, E.164, "00", "+CC (0)", with
no-break spaces, full-width, Arabic-Indic or Persian digits, extensions in the page's language,
Tel/Fax pairs. Cards: Visa 13/16/19, Mastercard 51-55 / 2221-2720, Amex, Discover, JCB, Diners,
UnionPay, Mir, in printed groupings or unbroken. IBANs from schwifty (print, electronic, lower
case). IPv4 public / private / link-local, IPv6 global / ULA / link-local (zone id outside).
US SSNs dashed, spaced, or unseparated only beside a label, header or sentence naming them.
Hard negatives beside them: national dates, times and prices, order / invoice / tracking /
customer numbers, postcodes, coordinates, ISBN, IMEI, versions (some IP-shaped), OIDs, section
numbers, masked and Luhn-invalid cards, 16-digit vouchers, IBANs with a wrong check digit, ITINs,
EINs, SSNs of area 000 / 666 / 9xx, ABA routing numbers, 9-digit case / member numbers, netmasks,
wildcard masks, loopback, 0.0.0.0, broadcast, ports, SNMP / LDAP strings.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label,
bracket, "mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after
a phone is part of its span; e-mails need a literal "@" and a dotted domain; loopback,
unspecified, netmask / wildcard and broadcast IPs are not labelled; lower-case and print-grouped
IBANs are, wrong check digits not; cards pass Luhn with a real brand prefix and length; only US
SSNs in the issued range (not ITIN, EIN, area 000 / 666 / 9xx, group 00, serial 0000); a phone is
one a reader recognises and is valid for some region per phonenumbers; vanity numbers never.

Gold is checked on writing (`check_row`, also run by tests/test_pii_blind9_set.py): span text
equals text[start:end], spans sorted and not overlapping, not glued to an ASCII letter or digit,
phones valid, cards Luhn + brand prefix + length, IBANs valid (schwifty), IPs parse and are of no
excluded class, SSNs in the issued range, no Luhn-valid brand card (a whole digit run) or valid
compact IBAN outside a span. A drawn document failing a check is drawn again. Deterministic:
string seeds per document, no set iteration.
"""

from __future__ import annotations

import ipaddress
import random
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from schwifty import IBAN

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows, write_sets
from pii_blind9_lexicon import (
    ABROAD,
    LOCALS,
    NAMES,
    REGIONS,
    SENTENCES,
    TLDS,
    lab,
)

DATA = Path(__file__).resolve().parent / "data" / "pii_blind9.jsonl"
TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
NBSP = "\u00a0"
IBAN_COUNTRIES = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL",
                  "sv": "SE", "da": "DK", "fi": "FI", "cs": "CZ", "hu": "HU", "ro": "RO", "tr": "TR",
                  "uk": "UA", "bg": "BG", "el": "GR", "ar": "SA", "he": "IL", "fa": "IR", "ru": "RU",
                  "en": "GB"}


def load() -> list[dict]:
    """The committed rows of benchmarks/data/pii_blind9.jsonl."""
    return read_rows(DATA)


# ---------------------------------------------------------------- a page that keeps its spans
class Page:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def add(self, text: str) -> Page:
        self.parts.append(text)
        self.size += len(text)
        return self

    def val(self, kind: str, text: str) -> Page:
        self.spans.append({"type": kind, "start": self.size, "end": self.size + len(text), "text": text})
        return self.add(text)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- values
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise ValueError(body)


# brand: (prefixes, lengths, grouping per length)
BRANDS = {
    "visa": (("4",), (16, 13, 19), {16: (4, 4, 4, 4), 13: (4, 3, 3, 3), 19: (4, 4, 4, 4, 3)}),
    "mastercard": (tuple(str(p) for p in range(51, 56)) + ("2221", "2300", "2475", "2720"), (16,),
                   {16: (4, 4, 4, 4)}),
    "amex": (("34", "37"), (15,), {15: (4, 6, 5)}),
    "discover": (("6011", "644", "649", "65"), (16,), {16: (4, 4, 4, 4)}),
    "jcb": (("3528", "3541", "3566", "3589"), (16,), {16: (4, 4, 4, 4)}),
    "diners": (("300", "305", "36", "38"), (14,), {14: (4, 6, 4)}),
    "unionpay": (("62",), (16, 19), {16: (4, 4, 4, 4), 19: (6, 13)}),
    "mir": (("2200", "2201", "2204"), (16,), {16: (4, 4, 4, 4)}),
}
BRAND_BY_LANG = {"ru": ("mir", "visa", "mastercard"), "zh": ("unionpay", "visa"), "ja": ("jcb", "visa"),
                 "ko": ("visa", "mastercard", "jcb"), "en": ("visa", "mastercard", "amex", "discover",
                                                             "diners")}


def brand_card(digits: str) -> bool:
    for prefixes, lengths, _ in BRANDS.values():
        if len(digits) in lengths and any(digits.startswith(p) for p in prefixes):
            return luhn_ok(digits)
    return False


def card_digits(rng: random.Random, brand: str) -> tuple[str, tuple[int, ...]]:
    prefixes, lengths, groups = BRANDS[brand]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body), groups[length]


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    return sep.join(out)


def card(rng: random.Random, lang: str, unbroken: float = 0.2) -> str:
    brand = rng.choice(BRAND_BY_LANG.get(lang, ("visa", "mastercard", "visa", "amex", "discover", "jcb",
                                                 "unionpay", "diners")))
    digits, sizes = card_digits(rng, brand)
    if rng.random() < unbroken:
        return digits
    return group(digits, sizes, rng.choice((" ", " ", "-", NBSP)))


def bad_card(rng: random.Random) -> str:
    """A brand-prefixed card-shaped number whose Luhn check fails, printed 4-4-4-4."""
    digits, _ = card_digits(rng, rng.choice(("visa", "mastercard", "discover")))
    digits = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return group(digits, (4, 4, 4, 4), rng.choice((" ", "-")))


def masked_card(rng: random.Random) -> str:
    digits, _ = card_digits(rng, rng.choice(("visa", "mastercard", "amex")))
    return rng.choice((f"{digits[:4]} **** **** {digits[-4:]}", f"XXXX-XXXX-XXXX-{digits[-4:]}",
                       f"{digits[:6]}******{digits[-4:]}", f"•••• {digits[-4:]}"))


def voucher16(rng: random.Random) -> str:
    """A 16-digit gift-card / account number no brand owns (starts 7 or 9), Luhn-invalid."""
    while True:
        d = rng.choice("79") + "".join(rng.choice("0123456789") for _ in range(15))
        if not luhn_ok(d):
            return group(d, (4, 4, 4, 4), rng.choice((" ", "-", ""))) if rng.random() < 0.6 else d


def imei(rng: random.Random) -> str:
    return luhn_complete(rng.choice(("35", "86", "01")) + "".join(rng.choice("0123456789") for _ in range(12)))


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str | None = None) -> str:
    a, g, s = ssn_parts(rng)
    sep = rng.choice(("-", "-", "-", " ")) if sep is None else sep
    return f"{a}{sep}{g}{sep}{s}"


def ssn_ok(text: str) -> bool:
    d = re.sub(r"[ \-.]", "", text)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def not_ssn9(rng: random.Random) -> tuple[str, str]:
    """A 9-digit number that is not an SSN, with what it is (English words)."""
    kind = rng.randrange(6)
    if kind == 0:
        return "ITIN", f"9{rng.randint(0, 99):02d}-{rng.choice((70, 78, 88, 92, 94))}-{rng.randint(0, 9999):04d}"
    if kind == 1:
        return "EIN", f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    if kind == 2:
        body = [rng.randint(0, 9) for _ in range(8)]
        body[0] = rng.choice((0, 1, 2, 3))
        w = (3, 7, 1, 3, 7, 1, 3, 7)
        check = (10 - sum(a * b for a, b in zip(body, w)) % 10) % 10
        return "ABA routing", "".join(map(str, body)) + str(check)
    if kind == 3:
        return "case no.", f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-C"
    if kind == 4:
        return "member ID", f"{rng.randint(100000000, 999999999)}"
    return "ZIP+4", f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    base = phonenumbers.example_number_for_type(region, rng.choice(kinds)) or \
        phonenumbers.example_number_for_type(region, kinds[1])
    nat = str(base.national_number)
    if region in ("US", "CA"):
        nat = rng.choice(NANP_AREAS[region]) + nat[3:]
    for _ in range(80):
        keep = 3 if region in ("US", "CA") else min(2, len(nat) - 5)
        cand = nat[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nat) - keep))
        num = phonenumbers.parse(f"+{base.country_code}{cand}")
        if phonenumbers.is_valid_number(num):
            return num
    return base


NANP_AREAS = {"US": ("212", "312", "415", "617", "713", "305", "206", "404", "503", "702", "214", "980",
                      "614", "918", "720", "651", "856", "443"),
              "CA": ("416", "604", "514", "403", "613", "902")}
FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def phone(rng: random.Random, lang: str, own: bool = True, ext: bool = False, region: str | None = None) -> str:
    """A valid phone of the page's own region (national writings allowed) or of another one."""
    if region is None:
        region = REGIONS[lang][0] if own else rng.choice(REGIONS[lang][1:] + ABROAD if len(REGIONS[lang]) > 1
                                                          else ABROAD)
        own = own and region == REGIONS[lang][0]
    num = phone_number(rng, region)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    styles = ["intl", "intl", "e164", "00", "intl-dash"]
    if own:
        styles += ["nat", "nat", "nat", "nat-dot"] + (["nat-slash"] if region in ("DE", "AT", "CH") else [])
        if nat.startswith("0") and region not in ("IT", "SM"):
            styles.append("trunk")
    style = rng.choice(styles)
    if style == "intl":
        out = intl
    elif style == "e164":
        out = e164
    elif style == "00":
        out = "00" + intl[1:]
    elif style == "intl-dash":
        out = intl.replace(" ", rng.choice(("-", ".")))
    elif style == "nat":
        out = nat
    elif style == "nat-dot":
        out = nat if "(" in nat else re.sub(r"[ \-]", rng.choice((".", "-", " ")), nat)
    elif style == "nat-slash":
        area, _, rest = nat.partition(" ")
        out = f"{area}/{rest.replace(' ', '')}" if rest else nat
    else:
        cc = intl.split(" ")[0]
        out = f"{cc} (0){nat[1:]}" if not nat[1:2].isspace() else f"{cc} (0){nat[2:]}"
    if " " in out and rng.random() < 0.15:
        out = out.replace(" ", NBSP)
    if lang in ("ja", "zh") and rng.random() < 0.2:
        out = out.translate(FULLWIDTH)
    elif lang == "ar" and rng.random() < 0.25:
        out = out.translate(ARABIC)
    elif lang == "fa" and rng.random() < 0.3:
        out = out.translate(PERSIAN)
    if ext:
        word = lab(lang, "ext")
        n = str(rng.randint(2, 4999))
        out += rng.choice((f" {word} {n}", f" {word}{n}" if not word[-1].isalpha() or ord(word[-1]) > 127
                           else f" {word} {n}", f" x{n}" if lang == "en" else f" {word} {n}"))
    return out


def email(rng: random.Random, lang: str) -> str:
    dom = rng.choice(("posteo", "mailbox", "kontor-nord", "studio-k", "hotmail", "gmail", "yandex",
                      "seznam", "libero", "orange", "naver", "qq", "yahoo", "web", "t-online"))
    tld = rng.choice(TLDS[lang] + ("com", "net"))
    local = rng.choice(LOCALS)
    out = f"{local}{rng.randint(1, 99) if rng.random() < 0.3 else ''}@{dom}.{tld}"
    return out.upper() if rng.random() < 0.05 else out


def iban(rng: random.Random, lang: str) -> str:
    country = IBAN_COUNTRIES.get(lang) or rng.choice(("DE", "FR", "NL", "ES", "IT", "BE", "AT"))
    code = str(IBAN.random(country_code=country, random=rng))
    r = rng.random()
    if r < 0.45:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    if r < 0.55:
        return code.lower()
    return code


def bad_iban(rng: random.Random, lang: str) -> str:
    code = iban(rng, lang).replace(" ", "").upper()
    check = int(code[2:4])
    return code[:2] + f"{(check + rng.randint(1, 50)) % 97 + 2:02d}"[:2] + code[4:]


def ipv4(rng: random.Random) -> str:
    while True:
        r = rng.random()
        if r < 0.5:
            ip = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDEFFFFFF))
        elif r < 0.7:
            ip = ipaddress.IPv4Address(f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        elif r < 0.85:
            ip = ipaddress.IPv4Address(f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}")
        elif r < 0.95:
            ip = ipaddress.IPv4Address(f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        else:
            ip = ipaddress.IPv4Address(f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
        if ip_ok(str(ip)):
            return str(ip)


def ipv6(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("global", "global", "ula", "link"))
    if kind == "global":
        head = [rng.choice((0x2a01, 0x2a02, 0x2604, 0x2406, 0x2001)), rng.randint(0x100, 0xffff)]
        if head[0] == 0x2001:
            head[1] = rng.choice((0x4860, 0x0470, 0x41d0))
    elif kind == "ula":
        head = [0xfd00 + rng.randint(0, 255), rng.randint(0, 0xffff)]
    else:
        head = [0xfe80, 0]
    rest = [rng.randint(0, 0xffff) for _ in range(6)]
    if kind == "link":
        rest[:2] = [0, 0]
    return str(ipaddress.IPv6Address(":".join(f"{x:x}" for x in head + rest)))


def ip_ok(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        return False
    return text not in ("255.255.255.255", "255.255.255.0", "255.255.0.0", "0.0.0.255")


# ---------------------------------------------------------------- look-alikes (never labelled)
def date(rng: random.Random, lang: str, years: tuple[int, int] = (2019, 2027)) -> str:
    y, m, d = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    style = lab(lang, "date")
    return {"us": f"{m}/{d}/{y}", "dot": f"{d:02d}.{m:02d}.{y}", "slash": f"{d:02d}/{m:02d}/{y}",
            "dash": f"{d:02d}-{m:02d}-{y}", "iso": f"{y}-{m:02d}-{d:02d}", "hu": f"{y}. {m:02d}. {d:02d}.",
            "cjk": f"{y}年{m}月{d}日"}[style]


def price(rng: random.Random, lang: str) -> str:
    whole = rng.choice((rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 250000)))
    cents = rng.randint(0, 99)
    if lab(lang, "comma"):
        s = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    elif lang in ("ja", "ko", "fa", "vi"):
        s = f"{whole * 100 + cents:,}"
    else:
        s = f"{whole:,}.{cents:02d}"
    return lab(lang, "price").format(v=s)


def ref(rng: random.Random) -> str:
    """An order / invoice / tracking number in one of many shapes, phone-like ones included."""
    k = rng.randrange(7)
    if k == 0:
        return f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}"
    if k == 1:
        return f"{rng.randint(2019, 2027)}-{rng.randint(100000, 999999)}"
    if k == 2:
        return f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10, 99)}"
    if k == 3:
        return f"{rng.choice('ABCDEFGHKLMNPRSTUVWXZ')}{rng.randint(1000000, 9999999)}"
    if k == 4:
        return f"{rng.randint(1000, 9999)}/{rng.randint(100, 999)}/{rng.randint(10, 99)}"
    if k == 5:
        return f"1Z{rng.randint(100, 999)}E{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
    return f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(1000, 9999)}"


def lookalikes(rng: random.Random, lang: str, n: int = 3) -> list[str]:
    """Numbers a scrubber could take for PII, each with its label in the page's language."""
    pool = [
        lambda: f"{lab(lang, 'order')} {ref(rng)}",
        lambda: f"{lab(lang, 'invoice')} {ref(rng)}",
        lambda: f"{lab(lang, 'tracking')} {ref(rng)}",
        lambda: f"{lab(lang, 'customer')} {rng.randint(10000000, 99999999)}",
        lambda: f"{lab(lang, 'postcode')} {rng.randint(10000, 99999)}",
        lambda: f"{date(rng, lang)} {rng.randint(6, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}",
        lambda: price(rng, lang),
        lambda: f"{rng.uniform(-60, 70):.5f}, {rng.uniform(-170, 170):.5f}",
        lambda: f"ISBN 978-{rng.randint(0, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(0, 9)}",
        lambda: f"IMEI {imei(rng)}",
        lambda: f"v{rng.randint(1, 19)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(100, 250)}",
        lambda: f"{lab(lang, 'card')} {masked_card(rng)}",
        lambda: f"{rng.randint(2001, 2015)}–{rng.randint(2016, 2027)}",
        lambda: f"OID 1.3.6.1.4.1.{rng.randint(100, 60000)}.{rng.randint(1, 9)}",
        lambda: f"§ {rng.randint(1, 12)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        lambda: f"{rng.randint(100, 2400)} × {rng.randint(100, 1200)} mm",
        lambda: f"{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)} kWh",
        lambda: f"{lab(lang, 'iban')} {bad_iban(rng, lang)}",
        lambda: f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}  {rng.randint(10000000, 99999999)}",
        lambda: f"{rng.randint(1, 3)}:{rng.randint(0, 5)} ({rng.randint(0, 2)}:{rng.randint(0, 2)})",
        lambda: f"ldap://dc{rng.randint(1, 9)}.corp.local/ou=people · 255.255.{rng.choice((240, 252, 255))}.0",
    ]
    return [rng.choice(pool)() for _ in range(n)]


# ---------------------------------------------------------------- contexts
def labelled(rng: random.Random, pg: Page, label: str, kind: str, value: str, lang: str) -> None:
    """One value with its label in one of the ways pages write it."""
    style = rng.randrange(8)
    if lang in ("ar", "he", "fa", "zh", "ja", "ko", "th", "hi"):
        cap = label
    else:
        short = label[:3] + "." if label[:3] in ("Tel", "Tél", "Mob", "Puh", "Tél") and len(label) > 4 else label
        cap = rng.choice((label, label.upper(), short))
    if style == 0:
        pg.add(f"{cap}: ").val(kind, value).add("\n")
    elif style == 1:
        pg.add(f"{cap} ").val(kind, value).add("\n")
    elif style == 2:
        pg.val(kind, value).add(f" ({label.lower() if lang not in ('de',) else label})\n")
    elif style == 3:
        pg.add(f"<b>{cap}</b>&nbsp;").val(kind, value).add("<br>\n")
    elif style == 4:
        pg.add(f"{cap}:\n").val(kind, value).add("\n")
    elif style == 5:
        pg.add(f"| {cap} | ").val(kind, value).add(" |\n")
    elif style == 6:
        pg.add(f"**{cap}:** ").val(kind, value).add("\n")
    else:
        pg.add(f"{cap} – ").val(kind, value).add("\n")


def sentence(pg: Page, template: str, kind: str, value: str) -> None:
    head, tail = template.split("{v}")
    pg.add(head).val(kind, value).add(tail + "\n")


def mixed_line(rng: random.Random, pg: Page, lang: str) -> None:
    """Values of mixed types and look-alikes on one line, no labels: the shape tells."""
    items = [("PHONE_NUMBER", phone(rng, lang, own=False)), ("EMAIL_ADDRESS", email(rng, lang)),
             ("CREDIT_CARD", card(rng, lang, unbroken=0.0))]
    if rng.random() < 0.5:
        items.append(("IBAN_CODE", iban(rng, lang)))
    items.append((None, lookalikes(rng, lang, 1)[0]))
    rng.shuffle(items)
    sep = rng.choice((" · ", " | ", " / ", " — ", "; "))
    for i, (kind, v) in enumerate(items):
        if i:
            pg.add(sep)
        if kind:
            pg.val(kind, v)
        else:
            pg.add(v)
    pg.add("\n")


def negatives(rng: random.Random, pg: Page, lang: str, n: int = 2) -> None:
    pg.add(" · ".join(lookalikes(rng, lang, n)) + "\n")


# ---------------------------------------------------------------- multilingual registers
# register -> {lang: (title, a line of the register's own business)}
TITLES = {
    "self_storage_rental": {
        "en": ("Self-storage rental agreement", "Unit 4B, 5 x 10 ft, gate hours 6:00-22:00"),
        "de": ("Mietvertrag Lagerabteil", "Abteil 112, 6 m², Zugang täglich 6–22 Uhr"),
        "nl": ("Huurovereenkomst opslagbox", "Box 27, 8 m², toegang 7.00-22.00 uur"),
        "sv": ("Hyresavtal förråd", "Förråd 3C, 4 m², öppet 06–22"),
        "fr": ("Contrat de location de box", "Box n° 18, 9 m², accès 7 h – 21 h"),
        "pl": ("Umowa najmu boksu magazynowego", "Boks 41, 5 m², dostęp 6:00–22:00"),
    },
    "escape_room_booking": {
        "en": ("Your escape room booking", "Room: The Clockmaker's Vault · 4 players · 60 min"),
        "de": ("Deine Escape-Room-Buchung", "Raum: Das Labor · 5 Spieler · 60 Min."),
        "es": ("Tu reserva de escape room", "Sala: La cripta · 4 jugadores · 60 min"),
        "it": ("Prenotazione escape room", "Stanza: Il manicomio · 6 giocatori · 75 min"),
        "cs": ("Rezervace únikové hry", "Místnost: Alchymista · 4 hráči · 60 min"),
        "hu": ("Szabadulószoba-foglalás", "Szoba: A gyógyszertár · 4 fő · 60 perc"),
        "ko": ("방탈출 예약 확인", "테마: 시계공의 금고 · 4인 · 60분"),
        "he": ("אישור הזמנה לחדר בריחה", "חדר: המעבדה הנטושה · 4 משתתפים · 60 דקות"),
    },
    "hunting_fishing_permit": {
        "de": ("Antrag auf Fischereierlaubnis", "Gewässer: Obere Lahn, Strecke 3, Jahreskarte"),
        "fi": ("Kalastuslupahakemus", "Vesialue: Päijänne, viehekalastus, vuosilupa"),
        "sv": ("Ansökan om jaktkort", "Område: Norra Vålådalen, småvilt, säsong 2026/27"),
        "pl": ("Wniosek o zezwolenie na połów", "Łowisko: Zalew Zegrzyński, karta roczna"),
        "cs": ("Žádost o povolenku k rybolovu", "Revír: Vltava 12, celoroční povolenka"),
        "da": ("Ansøgning om fiskekort", "Vand: Gudenåen, strækning 4, årskort"),
    },
    "voicemail_transcript": {
        "en": ("Voicemail transcription (beta)", "Duration 0:41 · confidence 87%"),
        "es": ("Transcripción del buzón de voz", "Duración 0:37 · confianza 84 %"),
        "de": ("Mailbox-Nachricht als Text", "Dauer 0:52 · Erkennungsgenauigkeit 81 %"),
        "fr": ("Transcription du message vocal", "Durée 0:29 · fiabilité 90 %"),
        "it": ("Trascrizione segreteria", "Durata 0:44 · affidabilità 86%"),
        "pt": ("Transcrição do correio de voz", "Duração 0:33 · confiança 88%"),
    },
    "hostel_guest_card": {
        "es": ("Ficha de registro de huéspedes", "Habitación 6, cama B · 3 noches"),
        "pt": ("Ficha de registo de hóspede", "Quarto 12, cama 3 · 2 noites"),
        "it": ("Scheda di registrazione ospite", "Camerata 4, letto 2 · 4 notti"),
        "el": ("Δελτίο άφιξης επισκέπτη", "Δωμάτιο 7, κρεβάτι Α · 2 νύχτες"),
        "tr": ("Konaklama kayıt formu", "Oda 3, yatak 5 · 3 gece"),
        "th": ("บัตรลงทะเบียนผู้เข้าพัก", "ห้อง 9 เตียง 2 · 3 คืน"),
    },
    "ferry_ticket": {
        "el": ("Ηλεκτρονικό εισιτήριο πλοίου", "Πειραιάς → Νάξος · κατάστρωμα · θέση 212"),
        "it": ("Biglietto traghetto", "Napoli → Palermo · cabina 4 letti · ponte 7"),
        "sv": ("Färjebiljett", "Nynäshamn → Visby · bil + 2 vuxna · däck 5"),
        "da": ("Færgebillet", "Hirtshals → Kristiansand · bil + 3 personer"),
        "fi": ("Lauttalippu", "Helsinki → Tallinna · kansipaikka · auto"),
        "tr": ("Feribot bileti", "Eskihisar → Topçular · araç + 2 yolcu"),
    },
    "salon_booking": {
        "fr": ("Confirmation de rendez-vous – salon de coiffure", "Coupe + brushing · 45 min"),
        "ro": ("Confirmare programare salon", "Tuns + vopsit · 120 min"),
        "ru": ("Подтверждение записи в салон", "Стрижка и укладка · 60 мин"),
        "bg": ("Потвърждение на час във фризьорски салон", "Подстригване · 40 мин"),
        "ja": ("ご予約確認（ヘアサロン）", "カット＋カラー · 90分"),
        "vi": ("Xác nhận lịch hẹn salon tóc", "Cắt + gội · 45 phút"),
        "id": ("Konfirmasi booking salon", "Potong + creambath · 60 menit"),
    },
    "marathon_entries": {
        "en": ("Riverside Half Marathon – confirmed entries", "Bib | Name | Category | Contact"),
        "de": ("Stadtlauf – Teilnehmerliste", "Startnr. | Name | Klasse | Kontakt"),
        "nl": ("Deelnemerslijst Dijkenloop", "Startnr. | Naam | Categorie | Contact"),
        "pl": ("Lista startowa półmaratonu", "Nr startowy | Imię i nazwisko | Kategoria | Kontakt"),
        "hu": ("Félmaraton nevezési lista", "Rajtszám | Név | Kategória | Elérhetőség"),
        "ja": ("ハーフマラソン エントリー一覧", "ゼッケン | 氏名 | 部門 | 連絡先"),
    },
    "allotment_waiting_list": {
        "de": ("Warteliste Kleingartenverein Am Mühlbach", "Parzelle | Bewerber | seit | Kontakt"),
        "nl": ("Wachtlijst volkstuinen De Driesprong", "Tuin | Aanvrager | sinds | Contact"),
        "pl": ("Lista oczekujących ROD Słoneczko", "Działka | Wnioskodawca | od | Kontakt"),
        "cs": ("Pořadník zahrádkářské osady", "Parcela | Žadatel | od | Kontakt"),
        "da": ("Venteliste kolonihaveforeningen", "Have | Ansøger | siden | Kontakt"),
    },
    "residence_registration": {
        "de": ("Anmeldung bei der Meldebehörde", "Einzugsdatum · Wohnungsgeberbestätigung liegt vor"),
        "cs": ("Přihláška k trvalému pobytu", "Datum nastěhování · souhlas vlastníka doložen"),
        "pl": ("Zgłoszenie pobytu stałego", "Data zameldowania · zgoda właściciela"),
        "uk": ("Заява про реєстрацію місця проживання", "Дата реєстрації · згода власника додана"),
        "ru": ("Заявление о регистрации по месту жительства", "Дата вселения · согласие собственника"),
    },
    "works_council_minutes": {
        "de": ("Protokoll der Betriebsratssitzung", "TOP 3: Schichtplan Lager, Beschluss 7:2"),
        "nl": ("Notulen ondernemingsraad", "Agendapunt 4: roosterwijziging, aangenomen 6-1"),
        "fr": ("Procès-verbal du CSE", "Point 2 : horaires d'été, adopté 8 voix contre 1"),
        "sv": ("Protokoll facklig klubb", "§ 5: semesterlistor, beslut 6–3"),
    },
    "chess_tournament_entries": {
        "ru": ("Список участников турнира по шахматам", "№ | Участник | Рейтинг | Контакт"),
        "uk": ("Список учасників шахового турніру", "№ | Учасник | Рейтинг | Контакт"),
        "bg": ("Списък на участниците в шахматния турнир", "№ | Участник | ЕЛО | Контакт"),
        "hu": ("Sakkverseny nevezési lista", "Sz. | Versenyző | Élő | Elérhetőség"),
        "pl": ("Lista uczestników turnieju szachowego", "Lp. | Zawodnik | Ranking | Kontakt"),
        "de": ("Teilnehmerliste Schach-Open", "Nr. | Spieler | DWZ | Kontakt"),
    },
    "wedding_photographer_contract": {
        "en": ("Wedding photography agreement", "Coverage 8 hours, 2 photographers, album 30 x 30"),
        "it": ("Contratto servizio fotografico matrimonio", "Copertura 10 ore, album 30x40"),
        "es": ("Contrato de reportaje de boda", "Cobertura 9 horas, álbum 30x30"),
        "pt": ("Contrato de fotografia de casamento", "Cobertura 8 horas, álbum 30x30"),
        "el": ("Συμφωνητικό φωτογράφισης γάμου", "Κάλυψη 8 ωρών, άλμπουμ 30x30"),
        "tr": ("Düğün fotoğrafçılığı sözleşmesi", "8 saat çekim, albüm 30x30"),
    },
    "sim_registration": {
        "ar": ("نموذج تسجيل شريحة الاتصال", "نوع الباقة: مسبقة الدفع · رقم الشريحة ICCID 8996"),
        "fa": ("فرم ثبت سیم‌کارت", "نوع سیم‌کارت: اعتباری · سریال ICCID 8998"),
        "th": ("แบบฟอร์มลงทะเบียนซิมการ์ด", "ประเภท: เติมเงิน · ICCID 8966"),
        "id": ("Formulir registrasi kartu SIM", "Jenis: prabayar · ICCID 8962"),
        "hi": ("सिम कार्ड पंजीकरण फ़ॉर्म", "प्रकार: प्रीपेड · ICCID 8991"),
        "tr": ("SIM kart kayıt formu", "Hat türü: faturasız · ICCID 8990"),
        "uk": ("Анкета реєстрації SIM-картки", "Тип: передплата · ICCID 8938"),
    },
    "embassy_appointment": {
        "ar": ("تأكيد موعد في القنصلية", "نوع الخدمة: تأشيرة دراسة · الشباك 4"),
        "fa": ("تأیید نوبت سفارت", "نوع خدمت: ویزای تحصیلی · باجه ۴"),
        "hi": ("दूतावास अपॉइंटमेंट की पुष्टि", "सेवा: छात्र वीज़ा · काउंटर 4"),
        "zh": ("领事馆预约确认", "业务类型：学习签证 · 窗口 4"),
        "ru": ("Подтверждение записи в консульство", "Услуга: учебная виза · окно 4"),
        "he": ("אישור תור בקונסוליה", "סוג שירות: ויזת סטודנט · עמדה 4"),
        "tr": ("Konsolosluk randevu onayı", "Hizmet: öğrenci vizesi · gişe 4"),
    },
    "language_tandem_ad": {
        "ja": ("語学タンデム相手募集", "日本語⇔スペイン語、週1回カフェで"),
        "ko": ("언어 교환 파트너 구해요", "한국어 ↔ 독일어, 주 1회"),
        "zh": ("寻找语言交换伙伴", "中文 ⇄ 法语，每周一次"),
        "de": ("Tandempartner gesucht", "Deutsch gegen Japanisch, einmal pro Woche"),
        "es": ("Busco intercambio de idiomas", "español por coreano, una vez por semana"),
        "fr": ("Cherche partenaire tandem", "français contre chinois, une fois par semaine"),
    },
    "smishing_warning": {
        "en": ("Scam text alert: do not reply", "Reported texts this week: 214"),
        "de": ("Warnung vor Betrugs-SMS", "Gemeldete Nachrichten diese Woche: 214"),
        "nl": ("Waarschuwing: nep-sms in omloop", "Meldingen deze week: 189"),
        "fr": ("Alerte : faux SMS de remboursement", "Signalements cette semaine : 302"),
        "es": ("Aviso: SMS fraudulentos", "Avisos recibidos esta semana: 177"),
        "ro": ("Atenție la SMS-urile false", "Mesaje raportate săptămâna aceasta: 96"),
        "el": ("Προσοχή σε απάτες με SMS", "Αναφορές αυτή την εβδομάδα: 88"),
        "he": ("אזהרה: הודעות SMS מזויפות", "דיווחים השבוע: 143"),
        "pl": ("Uwaga na fałszywe SMS-y", "Zgłoszenia w tym tygodniu: 121"),
    },
    "chargeback_response": {
        "en": ("Merchant response to chargeback", "Reason code 13.1 · representment packet"),
        "de": ("Händlerstellungnahme zur Rückbuchung", "Grund 4837 · Widerspruch mit Belegen"),
        "fr": ("Réponse du commerçant à l'impayé", "Motif 4853 · dossier de contestation"),
        "es": ("Respuesta del comercio al contracargo", "Motivo 10.4 · documentación adjunta"),
        "it": ("Risposta dell'esercente al chargeback", "Motivo 4837 · documenti allegati"),
        "ja": ("チャージバックに対する加盟店回答", "理由コード 13.1 · 反証資料添付"),
    },
    "pos_day_report": {
        "en": ("END OF DAY REPORT – TERMINAL 04", "BATCH 000417  CLOSED"),
        "de": ("TAGESABSCHLUSS TERMINAL 04", "KASSENSCHNITT 000417"),
        "fr": ("TÉLÉCOLLECTE – CLÔTURE JOURNÉE", "REMISE 000417"),
        "es": ("CIERRE DE CAJA – TERMINAL 04", "LOTE 000417 CERRADO"),
        "it": ("CHIUSURA CONTABILE POS", "CHIUSURA N. 000417"),
        "tr": ("GÜN SONU RAPORU – POS 04", "YIĞIN 000417 KAPANDI"),
        "ja": ("日計レポート 端末04", "バッチ 000417 締め"),
    },
}

CARD_WORDS = {"en": "card", "de": "Karte", "fr": "carte", "es": "tarjeta", "it": "carta", "pt": "cartão",
              "ja": "カード", "tr": "kart", "ro": "card", "nl": "kaart", "el": "κάρτα"}


def contact_block(rng: random.Random, pg: Page, lang: str, iban_too: bool = False) -> None:
    name = rng.choice(NAMES[lang])
    pg.add(f"{name}\n")
    r = rng.random()
    if r < 0.35:
        pg.add(f"{lab(lang, 'tel')} ").val("PHONE_NUMBER", phone(rng, lang, ext=rng.random() < 0.3))
        pg.add(f" / {lab(lang, 'fax')} ").val("PHONE_NUMBER", phone(rng, lang)).add("\n")
    else:
        labelled(rng, pg, lab(lang, "mob"), "PHONE_NUMBER", phone(rng, lang, own=rng.random() < 0.7), lang)
    if rng.random() < 0.5:
        labelled(rng, pg, lab(lang, "tel"), "PHONE_NUMBER", phone(rng, lang, own=rng.random() < 0.8), lang)
    if rng.random() < 0.6:
        labelled(rng, pg, lab(lang, "email"), "EMAIL_ADDRESS", email(rng, lang), lang)
    if iban_too:
        labelled(rng, pg, lab(lang, "iban"), "IBAN_CODE", iban(rng, lang), lang)
        pg.add(f"{lab(lang, 'iban')} {bad_iban(rng, lang)}\n" if rng.random() < 0.3 else "")


def card_lines(rng: random.Random, pg: Page, lang: str, n: int) -> None:
    for _ in range(n):
        c = rng.random()
        if c < 0.45:
            labelled(rng, pg, lab(lang, "card"), "CREDIT_CARD", card(rng, lang), lang)
            pg.add(f"{lab(lang, 'exp')} {rng.randint(1, 12):02d}/{rng.randint(26, 31)}\n")
        elif c < 0.65:
            sentence(pg, SENTENCES[lang][3], "CREDIT_CARD", card(rng, lang, unbroken=0.0))
        elif c < 0.8:
            pg.val("CREDIT_CARD", card(rng, lang, unbroken=0.0)).add(
                f"  {rng.randint(1, 12):02d}/{rng.randint(26, 31)}  {rng.randint(100, 999)}\n")
        else:
            pg.add(f"{lab(lang, 'card')}\n").val("CREDIT_CARD", card(rng, lang)).add("\n")
        if rng.random() < 0.7:
            pg.add(rng.choice((f"{lab(lang, 'card')} {masked_card(rng)}", bad_card(rng), voucher16(rng),
                               f"IMEI {imei(rng)}")) + "\n")


def table_rows(rng: random.Random, pg: Page, lang: str, header: str, n: int) -> None:
    pg.add(header + "\n" + "-" * 40 + "\n")
    for i in range(n):
        name = rng.choice(NAMES[lang])
        pg.add(f"{rng.randint(1, 999)} | {name} | {rng.choice(('A', 'B', 'M40', 'W35', '2'))} | ")
        if rng.random() < 0.75:
            pg.val("PHONE_NUMBER", phone(rng, lang, own=rng.random() < 0.8, ext=rng.random() < 0.1))
        else:
            pg.val("EMAIL_ADDRESS", email(rng, lang))
        pg.add("\n")


def chat(rng: random.Random, pg: Page, lang: str) -> None:
    a, b = rng.sample(NAMES[lang], 2)
    t = rng.randint(8, 20)
    pg.add(f"[{t}:{rng.randint(10, 59)}] {a}: ")
    sentence(pg, SENTENCES[lang][0], "PHONE_NUMBER", phone(rng, lang, own=rng.random() < 0.6))
    pg.add(f"[{t}:{rng.randint(10, 59)}] {b}: ")
    sentence(pg, SENTENCES[lang][1], "EMAIL_ADDRESS", email(rng, lang))
    if lang in IBAN_COUNTRIES and rng.random() < 0.6:
        pg.add(f"[{t + 1}:{rng.randint(10, 59)}] {a}: ")
        sentence(pg, SENTENCES[lang][2], "IBAN_CODE", iban(rng, lang))


def multilingual(name: str):
    def build(rng: random.Random, lang: str) -> Page:
        title, line = TITLES[name][lang]
        tabular = name in ("marathon_entries", "allotment_waiting_list", "chess_tournament_entries")
        pg = Page().add(f"{title}\n{'=' * min(len(title), 40)}\n" + ("\n" if tabular else f"{line}\n\n"))
        if name in ("marathon_entries", "allotment_waiting_list", "chess_tournament_entries"):
            table_rows(rng, pg, lang, line.split(" · ")[0], rng.randint(3, 7))
            negatives(rng, pg, lang)
        elif name in ("chargeback_response", "pos_day_report", "smishing_warning"):
            card_lines(rng, pg, lang, rng.randint(2, 4))
            negatives(rng, pg, lang)
            if name == "smishing_warning":
                pg.add(f"{lab(lang, 'tel')} ").val("PHONE_NUMBER", phone(rng, lang, own=False)).add("\n")
            else:
                contact_block(rng, pg, lang)
        elif name in ("voicemail_transcript", "language_tandem_ad"):
            chat(rng, pg, lang)
            negatives(rng, pg, lang)
        else:
            contact_block(rng, pg, lang, iban_too=lang in IBAN_COUNTRIES and rng.random() < 0.6)
            negatives(rng, pg, lang, 3)
            card_lines(rng, pg, lang, rng.randint(1, 2))
            if rng.random() < 0.3:
                mixed_line(rng, pg, lang)
        return pg
    return build


# ---------------------------------------------------------------- US pages
US_WORDS = {
    # SSN labels, sentence, "last four" line, name, phone, e-mail, date of birth, signature
    "en": (("SSN", "SSN:", "Social Security No.", "Soc. Sec. #", "SS#", "Social Security Number (SSN)",
            "SOCIAL SECURITY NUMBER", "Applicant SSN", "ssn"),
           ("My social is {v}, in case you need it.", "Her SSN is {v} per the copy on file.",
            "you can verify me with my social {v}"),
           "SSN (last 4 only): ", "Name", "Phone", "Email", "Date of birth", "Signature"),
    "es": (("Número de Seguro Social", "N.º de Seguro Social", "SSN", "Seguro Social:", "NÚMERO DE SEGURO SOCIAL"),
           ("Mi número de seguro social es {v}.", "El seguro social de mi esposo es {v}."),
           "Últimos 4 del Seguro Social: ", "Nombre", "Teléfono", "Correo electrónico", "Fecha de nacimiento",
           "Firma"),
    "zh": (("社会安全号码", "社安号", "SSN"), ("我的社会安全号码是 {v}。",), "社安号后四位：", "姓名", "电话",
           "电子邮箱", "出生日期", "签名"),
    "vi": (("Số An Sinh Xã Hội", "Số ASXH", "SSN"), ("Số an sinh xã hội của tôi là {v}.",),
           "4 số cuối ASXH: ", "Họ tên", "Điện thoại", "Email", "Ngày sinh", "Chữ ký"),
    "ko": (("사회보장번호", "SSN"), ("제 사회보장번호는 {v} 입니다.",), "사회보장번호 끝 4자리: ", "성명", "전화",
           "이메일", "생년월일", "서명"),
}
# the other 9-digit numbers' names and the pasted tables' headers (SSN column second) per language
US_OTHER = {
    "en": ({}, ("EMPLOYEE\tSSN\tDEPT\tCHECK #", "Name,SSN,Hire date,Emp ID",
                "| Dependent | SSN | Relationship | Case no. |")),
    "es": ({"case no.": "N.º de caso", "member ID": "N.º de socio", "ABA routing": "N.º de ruta ABA",
            "ZIP+4": "Código postal"},
           ("| Dependiente | Seguro Social | Parentesco | N.º de caso |",
            "Nombre,SSN,Fecha de contratación,N.º de empleado")),
    "zh": ({"case no.": "案件编号", "member ID": "会员编号", "ABA routing": "ABA 路由号码", "ZIP+4": "邮编"},
           ("| 受抚养人 | 社安号 | 关系 | 案件编号 |",)),
    "vi": ({"case no.": "Số hồ sơ", "member ID": "Mã hội viên", "ABA routing": "Số định tuyến ABA",
            "ZIP+4": "Mã ZIP"}, ("| Người phụ thuộc | Số ASXH | Quan hệ | Số hồ sơ |",)),
    "ko": ({"case no.": "사건 번호", "member ID": "회원 번호", "ABA routing": "ABA 라우팅 번호", "ZIP+4": "우편번호"},
           ("| 부양가족 | 사회보장번호 | 관계 | 사건 번호 |",)),
}
US_TITLES = {
    "ss5_card_application": {"en": "Application for a Social Security Card (Form SS-5) – typed copy",
                             "es": "Solicitud de tarjeta de Seguro Social (SS-5-SP) – copia"},
    "w4_withholding": {"en": "Form W-4 Employee's Withholding Certificate – HR import"},
    "voter_registration": {"en": "Voter Registration Application", "es": "Solicitud de inscripción de votante",
                           "zh": "选民登记申请表", "vi": "Đơn Ghi Danh Cử Tri", "ko": "유권자 등록 신청서"},
    "hipaa_release": {"en": "Authorization for Release of Protected Health Information"},
    "employment_verification": {"en": "Employment and Income Verification – response letter"},
    "bail_bond_application": {"en": "Bail Bond Application and Indemnity Agreement",
                              "es": "Solicitud de fianza y acuerdo de indemnización"},
    "dealer_credit_application": {"en": "Vehicle Purchase Credit Application",
                                  "es": "Solicitud de crédito para compra de vehículo"},
    "va_benefits_claim": {"en": "Application for Disability Compensation – claimant worksheet"},
}


def us_page(name: str):
    def build(rng: random.Random, lang: str) -> Page:
        labels, sents, last4, w_name, w_phone, w_mail, w_dob, w_sign = US_WORDS[lang]
        pg = Page().add(f"{US_TITLES[name][lang]}\n\n")
        people = rng.randint(1, 3)
        for i in range(people):
            who = rng.choice(NAMES["en"] if lang == "en" else NAMES["es"] if lang == "es" else NAMES[lang])
            pg.add(f"{w_name}: {who}\n{w_dob}: {date(rng, 'en', (1948, 2006))}\n")
            label = rng.choice(labels)
            r = rng.random()
            if r < 0.5:
                hash_form = f"{label} #" if not label.endswith(("#", ":")) else f"{label} "
                pg.add(rng.choice((f"{label} ", f"{label}: " if not label.endswith(":") else f"{label} ",
                                   f"{label}\n", hash_form, f"<td>{label}</td><td>")))
                pg.val("US_SSN", ssn(rng, rng.choice(("-", "-", " ", "")))).add("\n")
            elif r < 0.7:
                sentence(pg, rng.choice(sents), "US_SSN", ssn(rng, rng.choice(("-", "-", " ", ""))))
            elif r < 0.85:
                pg.val("US_SSN", ssn(rng, "-")).add(f" ({label.rstrip(':')})\n")
            else:
                pg.add(f"{label}\n\n").val("US_SSN", ssn(rng, "")).add("\n")
            kind, other = not_ssn9(rng)
            pg.add(f"{US_OTHER[lang][0].get(kind, kind)}: {other}\n")
            if rng.random() < 0.4:
                pg.add(f"{last4}{rng.randint(1, 9999):04d}\n")
            labelled(rng, pg, w_phone, "PHONE_NUMBER", phone(rng, "en", ext=rng.random() < 0.15), "en")
            if rng.random() < 0.25:
                labelled(rng, pg, w_mail, "EMAIL_ADDRESS", email(rng, "en"), "en")
        if name in ("w4_withholding", "employment_verification", "dealer_credit_application") or rng.random() < 0.3:
            hdr = rng.choice(US_OTHER[lang][1])
            pg.add("\n" + hdr + "\n")
            for _ in range(rng.randint(2, 4)):
                who = rng.choice(NAMES[lang])
                s = ssn(rng, rng.choice(("-", "")))
                sep = "\t" if "\t" in hdr else "," if "," in hdr else " | "
                lead = "| " if hdr.startswith("|") else ""
                pg.add(f"{lead}{who}{sep}").val("US_SSN", s).add(
                    f"{sep}{rng.randint(100, 999)}{sep}{rng.randint(100000000, 999999999)}"
                    f"{' |' if lead else ''}\n")
        if name in ("dealer_credit_application", "bail_bond_application") and rng.random() < 0.7:
            card_lines(rng, pg, "en" if lang != "es" else "es", 1)
        pg.add(f"\n{w_sign}: ____________   {date(rng, 'en')}\n")
        return pg
    return build


# ---------------------------------------------------------------- machine output
def ipconfig(rng: random.Random, lang: str) -> Page:
    pg = Page().add("Windows IP Configuration\n\n   Host Name . . . . . . . . . . . . : DESKTOP-"
                    f"{rng.randint(1000, 9999)}\n\nEthernet adapter Ethernet:\n\n")
    pg.add(f"   Physical Address. . . . . . . . . : {'-'.join(f'{rng.randint(0, 255):02X}' for _ in range(6))}\n")
    pg.add("   Link-local IPv6 Address . . . . . : ").val("IP_ADDRESS", ipv6(rng, "link")).add(
        f"%{rng.randint(2, 24)}(Preferred)\n")
    pg.add("   IPv4 Address. . . . . . . . . . . : ").val("IP_ADDRESS", ipv4(rng)).add("(Preferred)\n")
    pg.add(f"   Subnet Mask . . . . . . . . . . . : {rng.choice(('255.255.255.0', '255.255.0.0'))}\n")
    pg.add("   Default Gateway . . . . . . . . . : ").val("IP_ADDRESS", ipv4(rng)).add("\n")
    pg.add("   DNS Servers . . . . . . . . . . . : ").val("IP_ADDRESS", ipv4(rng)).add("\n")
    pg.add("                                       127.0.0.1\n")
    pg.add(f"   DHCPv6 IAID . . . . . . . . . . . : {rng.randint(10000000, 999999999)}\n")
    return pg


def zeek_conn(rng: random.Random, lang: str) -> Page:
    pg = Page().add("#separator \\x09\n#path\tconn\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\t"
                    "id.resp_p\tproto\tservice\tduration\n")
    for _ in range(rng.randint(3, 6)):
        pg.add(f"{rng.randint(1700000000, 1790000000)}.{rng.randint(100000, 999999)}\tC{rng.randint(10**9, 10**10)}\t")
        pg.val("IP_ADDRESS", ipv4(rng) if rng.random() < 0.7 else ipv6(rng, "global"))
        pg.add(f"\t{rng.randint(1024, 65535)}\t")
        if rng.random() < 0.15:
            pg.add("255.255.255.255")
        else:
            pg.val("IP_ADDRESS", ipv4(rng))
        pg.add(f"\t{rng.choice((53, 443, 80, 123))}\t{rng.choice(('udp', 'tcp'))}\t-\t{rng.random():.6f}\n")
    return pg


def auth_log(rng: random.Random, lang: str) -> Page:
    pg = Page()
    for _ in range(rng.randint(3, 6)):
        ts = f"{rng.choice(('Jan', 'Mar', 'Jul', 'Nov'))} {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:" \
             f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        pg.add(f"{ts} bastion sshd[{rng.randint(1000, 99999)}]: ")
        k = rng.randrange(3)
        if k == 0:
            pg.add(f"Failed password for invalid user {rng.choice(('admin', 'oracle', 'pi'))} from ")
        elif k == 1:
            pg.add("Accepted publickey for deploy from ")
        else:
            pg.add("Connection closed by authenticating user root ")
        pg.val("IP_ADDRESS", ipv4(rng) if rng.random() < 0.8 else ipv6(rng)).add(
            f" port {rng.randint(1024, 65535)} ssh2\n")
    pg.add(f"OpenSSH_9.{rng.randint(0, 9)}p1, OpenSSL 3.0.{rng.randint(2, 15)} · ListenAddress 0.0.0.0 · "
           f"snmp 1.3.6.1.2.1.1.{rng.randint(1, 9)}.0\n")
    return pg


def haproxy(rng: random.Random, lang: str) -> Page:
    pg = Page()
    for _ in range(rng.randint(3, 5)):
        pg.add(f"{rng.choice(('Feb', 'Aug'))} {rng.randint(1, 28)} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)} "
               f"lb01 haproxy[{rng.randint(100, 9999)}]: ")
        pg.val("IP_ADDRESS", ipv4(rng)).add(f":{rng.randint(1024, 65535)} [{rng.randint(10, 28)}/Feb/2026:10:"
                                            f"{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}]"
                                            f" fe_https~ be_app/app{rng.randint(1, 9)} ")
        pg.add(f"{rng.randint(0, 9)}/0/{rng.randint(0, 9)}/{rng.randint(10, 999)}/{rng.randint(10, 999)} "
               f"{rng.choice((200, 302, 404))} {rng.randint(200, 90000)} - - ---- "
               f"{rng.randint(1, 900)}/{rng.randint(1, 900)}/0/0/0 0/0 \"GET /api/v2.{rng.randint(0, 9)}/items HTTP/1.1\"\n")
    pg.add("server app1 ").val("IP_ADDRESS", ipv4(rng)).add(":8080 check  # health 127.0.0.1:8404\n")
    return pg


def postfix(rng: random.Random, lang: str) -> Page:
    pg = Page()
    for _ in range(rng.randint(2, 4)):
        qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
        pg.add(f"Oct {rng.randint(1, 28)} 03:{rng.randint(10, 59)}:{rng.randint(10, 59)} mx2 postfix/smtpd["
               f"{rng.randint(100, 9999)}]: {qid}: client=mail{rng.randint(1, 9)}.example.net[")
        pg.val("IP_ADDRESS", ipv4(rng)).add("]\n")
        pg.add(f"Oct {rng.randint(1, 28)} 03:{rng.randint(10, 59)}:{rng.randint(10, 59)} mx2 postfix/qmgr["
               f"{rng.randint(100, 9999)}]: {qid}: from=<").val("EMAIL_ADDRESS", email(rng, rng.choice(list(TLDS))))
        pg.add(f">, size={rng.randint(1000, 99999)}, nrcpt=1 (queue active)\n")
        pg.add(f"Oct {rng.randint(1, 28)} 03:{rng.randint(10, 59)}:{rng.randint(10, 59)} mx2 postfix/smtp["
               f"{rng.randint(100, 9999)}]: {qid}: to=<").val("EMAIL_ADDRESS", email(rng, "en"))
        pg.add(">, relay=mx.mailbox.org[").val("IP_ADDRESS", ipv4(rng)).add(
            f"]:25, delay=0.{rng.randint(1, 99)}, status=sent (250 2.0.0 Ok: queued as {qid[:6]})\n")
    return pg


def people_search_api(rng: random.Random, lang: str) -> Page:
    """A people-search / data-broker API response pasted into a forum post: JSON whose keys name
    every value, so unseparated SSNs under "ssn" are SSNs and 9-digit "case_id"s are not."""
    pg = Page().add(rng.choice(("found this on their public API, no auth:\n", "response from /v1/person?q=:\n",
                                "```json\n")) + "{\"results\": [\n")
    for i in range(rng.randint(1, 3)):
        who = rng.choice(NAMES["en"])
        pg.add(f'  {{"name": "{who}", "dob": "{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-'
               f'{rng.randint(1, 28):02d}", "ssn": "')
        pg.val("US_SSN", ssn(rng, rng.choice(("", "-")))).add('", "phones": ["')
        pg.val("PHONE_NUMBER", phone(rng, "en")).add('", "')
        pg.val("PHONE_NUMBER", phone(rng, "en")).add('"], "email": "')
        pg.val("EMAIL_ADDRESS", email(rng, "en")).add('", "last_ip": "')
        pg.val("IP_ADDRESS", ipv4(rng)).add(f'", "case_id": "{rng.randint(100000000, 999999999)}", '
                                            f'"zip4": "{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}", '
                                            f'"ein_employer": "{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"}}')
        pg.add(",\n" if i < 2 else "\n")
    pg.add(f'], "credits_left": {rng.randint(10, 999)}, "api_version": "2.{rng.randint(0, 9)}.{rng.randint(0, 30)}.4"}}\n')
    return pg


def dump_listing(rng: random.Random, lang: str) -> Page:
    heads = {"en": ("FRESH DUMPS 101/201 – valid rate 90%+", "BIN", "price"),
             "ru": ("СВЕЖИЕ ДАМПЫ 101/201 – валид 90%+", "БИН", "цена")}
    title, w_bin, w_price = heads[lang]
    pg = Page().add(f"{title}\n\n")
    for _ in range(rng.randint(2, 4)):
        brand = rng.choice(("visa", "mastercard", "amex", "discover"))
        digits, sizes = card_digits(rng, brand)
        pg.add(f"{w_bin} {digits[:6]} | {w_price} ${rng.randint(15, 90)} | ")
        r = rng.random()
        if r < 0.5:
            pg.add(";").val("CREDIT_CARD", digits).add(
                f"={rng.randint(26, 30)}{rng.randint(1, 12):02d}{rng.choice(('101', '201'))}"
                f"{rng.randint(10**11, 10**12)}?\n")
        else:
            pg.val("CREDIT_CARD", group(digits, sizes, " ")).add(
                f" {rng.randint(1, 12):02d}/{rng.randint(26, 30)} cvv {rng.randint(100, 999)}\n")
        pg.add(f"   {masked_card(rng)} ({'sold' if lang == 'en' else 'продано'})\n")
    pg.add("jabber/telegram: @" + rng.choice(("dumpking", "bigshop", "track2_vendor")) + "\n")
    return pg


# ---------------------------------------------------------------- the set
def registers() -> list[tuple[str, object, tuple[str, ...], int]]:
    """(register, builder, languages, documents per language)."""
    out = []
    for name, by_lang in TITLES.items():
        per = 7 if name in ("chargeback_response", "pos_day_report", "smishing_warning") else 5
        out.append((name, multilingual(name), tuple(by_lang), per))
    for name, by_lang in US_TITLES.items():
        out.append((name, us_page(name), tuple(by_lang), 44 if len(by_lang) == 1 else 24))
    out += [("windows_ipconfig", ipconfig, ("en",), 25), ("zeek_conn_log", zeek_conn, ("en",), 25),
            ("sshd_auth_log", auth_log, ("en",), 25), ("haproxy_log", haproxy, ("en",), 20),
            ("postfix_maillog", postfix, ("en",), 20), ("people_search_api_dump", people_search_api, ("en",), 30), ("carding_dump_listing", dump_listing, ("en", "ru"), 30)]
    return out


TLD_OF = {"en": "com", "es": "com", "zh": "com", "vi": "com", "ko": "com"}


def url(name: str, lang: str, n: int, us: bool) -> str:
    host = name.replace("_", "-")
    tld = "us" if us and n % 3 == 0 else "com" if us else TLDS[lang][0]
    return f"https://{host}.example-{lang}.{tld}/{n}"


def generate(half: str = "blind9") -> list[dict]:
    rows = []
    for name, build, langs, per in registers():
        for lang in langs:
            for i in range(per):
                for attempt in range(20):
                    rng = random.Random(f"blind9/{name}/{lang}/{i}/{attempt}")
                    pg = build(rng, lang)
                    row = {"id": "", "half": half, "register": name,
                           "url": url(name, lang, i, name in US_TITLES), "language": lang,
                           "text": pg.text(), "spans": pg.spans}
                    if not check_row(row):
                        break
                else:
                    raise RuntimeError(f"{name}/{lang}/{i}: no clean draw in 20: {check_row(row)}")
                rows.append(row)
    for n, row in enumerate(rows):
        row["id"] = f"{half}-{n}"
    return rows


# ---------------------------------------------------------------- checks
EXT = re.compile(r"\s*(?:ext\.|x|Durchwahl|poste|int\.|toestel|wew\.|anknytning|lokal|alanumero|linka|"
                 r"mellék|interior|dahili|доб\.|дод\.|вътр\.|εσωτ\.|تحويلة|שלוחה|داخلی|एक्सटेंशन|转|"
                 r"内線|내선|ต่อ|máy lẻ)\s*\d{1,5}$")
ALL_REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


def ascii_digits(text: str) -> str:
    out = []
    for ch in text:
        d = unicodedata.digit(ch, None)
        out.append(str(d) if d is not None else unicodedata.normalize("NFKC", ch))
    return "".join(out)


def phone_ok(text: str, lang: str) -> bool:
    plain = ascii_digits(EXT.sub("", text)).replace("(0)", "").replace(NBSP, " ")
    if plain.startswith("00"):
        plain = "+" + plain[2:]
    regions = REGIONS.get(lang, ()) + ("US",) if not plain.startswith("+") else (None,)
    for region in list(regions) + ([] if plain.startswith("+") else ALL_REGIONS):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(plain, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def value_ok(kind: str, text: str, lang: str) -> bool:
    if kind == "PHONE_NUMBER":
        return phone_ok(text, lang)
    if kind == "CREDIT_CARD":
        return brand_card(re.sub(r"[ \-\u00a0]", "", text))
    if kind == "IBAN_CODE":
        try:
            IBAN(text.replace(" ", "").upper())
            return True
        except ValueError:
            return False
    if kind == "IP_ADDRESS":
        return ip_ok(text)
    if kind == "US_SSN":
        return ssn_ok(text)
    if kind == "EMAIL_ADDRESS":
        return re.fullmatch(r"[^@\s]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", text) is not None
    return False


def check_row(row: dict) -> list[str]:
    """Every reason the row's gold is unsound (empty when it is sound)."""
    text, problems, last = row["text"], [], 0
    covered = [False] * len(text)
    for s in row["spans"]:
        where = f"{row['id'] or row['register']}:{s['start']}"
        if s["type"] not in TYPES:
            problems.append(f"{where}: unknown type {s['type']}")
        if text[s["start"]:s["end"]] != s["text"]:
            problems.append(f"{where}: span text differs")
        if s["start"] < last:
            problems.append(f"{where}: overlaps or unsorted")
        last = s["end"]
        for i in (s["start"] - 1, s["end"]):
            if 0 <= i < len(text) and text[i].isascii() and text[i].isalnum():
                problems.append(f"{where}: glued to {text[i]!r}")
        if not value_ok(s["type"], s["text"], row["language"]):
            problems.append(f"{where}: invalid {s['type']} {s['text']!r}")
        for i in range(s["start"], s["end"]):
            covered[i] = True
    for m in re.finditer(r"\d{12,19}", text):
        if brand_card(m.group()) and not all(covered[m.start():m.end()]):
            problems.append(f"unlabelled card {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", text):
        try:
            IBAN(m.group())
        except ValueError:
            continue
        if not all(covered[m.start():m.end()]):
            problems.append(f"unlabelled IBAN {m.group()}")
    return problems


def counts(rows: list[dict]) -> None:
    by = {"type": {}, "register": {}, "language": {}}
    for row in rows:
        by["register"][row["register"]] = by["register"].get(row["register"], 0) + 1
        by["language"][row["language"]] = by["language"].get(row["language"], 0) + 1
        for s in row["spans"]:
            by["type"][s["type"]] = by["type"].get(s["type"], 0) + 1
    total = sum(by["type"].values())
    print(f"{len(rows)} documents, {total} spans")
    for kind, n in sorted(by["type"].items()):
        print(f"  {kind:14s} {n:5d}  {n / total:.1%}")
    print("registers:", len(by["register"]), by["register"])
    print("languages:", len(by["language"]), by["language"])
    print(f"not English: {sum(n for k, n in by['language'].items() if k != 'en') / len(rows):.1%}")


def main() -> None:
    rows = generate()
    counts(rows)
    write_sets("", {"blind9": (DATA,)}, lambda half: rows, "Write the ninth blind PII set (pii_blind9.jsonl).")


if __name__ == "__main__":
    main()
