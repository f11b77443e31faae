"""An eleventh blind PII test set (issue 26): 33 registers no earlier generator names, 23 languages,
every page in its own language, values in the contexts real pages give them, weighted to US SSNs
(>= 18% of spans), card numbers (>= 15%), IPs (>= 12%) and phones (>= 30%).

Written by an eleventh helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other
generators' templates or value makers, nor BENCHMARKS.md's PII sections. The PII step was never
run on this set while it was written: the lead scores it once, at the end. Every template, phrase
and value maker is new (here and in benchmarks/pii_blind11_lexicon.py).

    python benchmarks/pii_blind11.py               # counts per type, register and language
    python benchmarks/pii_blind11.py --write-set   # (re)writes benchmarks/data/pii_blind11.jsonl

Registers (33): theatre box-office booking exports, youth sports-league registrations, lab sample
manifests, farm co-operative member lists, bike-share incident reports, dental check-up recall
letters, tattoo-studio consent forms, solar-panel installation quotes, beekeepers' swarm-collector
lists, coach (bus) charter bookings, exchange-student host-family forms, fuel fleet-card
statements, lift (elevator) maintenance logs, marketplace buyer-seller chats, prepaid-card
activation receipts, firewall change requests; US pages: scholarship applications (also es),
landlord rent ledgers, campaign contribution forms (also es), loan-forgiveness applications,
name-change petitions, mortgage pre-approval worksheets, home-care caregiver timesheets (also es),
OCR'd police incident reports, union dues rosters pasted from a spreadsheet, family group chats
("what's my social again?"), phishing-kit "result" mails; machine output: SIEM notable-event
JSON, SNMP trap dumps (snmptrapd), Wireshark "Follow TCP stream" text, FreeRADIUS accounting
detail records, iptables kernel log lines, ATM electronic journals.
Languages (23, 12 in non-Latin scripts): en de fr es it pt nl pl sv tr cs ru uk bg el ar fa he hi
zh ja ko th; machine formats keep their tools' fixed keys (language "en").

Contexts: a label before the value (the page's language, abbreviated, in capitals, with or without
colon), a label after it in brackets, a column header rows above (pipe, CSV, tab tables), markup
remnants ("&nbsp;", "<br>", "**", "<b>", "|", "</td><td>") or a line break between label and
value, only the sentence ("call me on", "wire it to", "my social is"), no context where the shape
tells (E.164, IBAN, e-mail, card in 4-4-4-4), several values of mixed types on one line. Phones:
`phonenumbers` example numbers (fixed line, mobile) of the page's regions and 80 others, the
digits after the third drawn again while valid; national (own region only) in the library's
grouping, with dots, dashes, a slash or no-break spaces, international, E.164, "00", "+CC (0)",
full-width, Arabic-Indic or Persian digits, extensions in the page's language, Tel/Fax pairs.
Cards: Visa 13/16/19, Mastercard 51-55 / 2221-2720, Amex, Discover, JCB, Diners, UnionPay, Mir at
their lengths, in printed groups or unbroken. IBANs from schwifty (print groups, compact, lower
case). IPv4 public / private / link-local, IPv6 global, ULA, link-local with zone id. US SSNs
dashed, spaced, or unseparated only beside a label, header or sentence.
Hard negatives beside them: national dates, times and prices, order / invoice / customer / case /
tracking numbers, postcodes, coordinates, ISBN, EAN, IMEI, versions (some IP-shaped), OIDs,
in-addr.arpa names, section numbers, masked and Luhn-invalid cards, 16-digit loyalty / fleet ids,
IBANs with a wrong check digit, domestic account numbers, other countries' national ids (DNI,
PESEL, BSN, personnummer, СНИЛС, ת.ז., Aadhaar- and My-Number-shaped, ...), UK sort codes, ITINs, EINs, SSNs of area 000 / 666 /
9xx, group 00 or serial 0000, ABA routing numbers, 9-digit policy / member / loan numbers, ZIP+4,
netmasks, wildcard masks, loopback, 0.0.0.0, broadcast, ports, Message-IDs, obfuscated e-mails.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label,
bracket, "mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after
a phone is part of its span; e-mails need a literal "@" and a dotted domain; loopback,
unspecified, netmask / wildcard and broadcast IPs are not labelled; lower-case and print-grouped
IBANs are, wrong check digits not; cards pass Luhn with a real brand prefix and length; only US
SSNs in the issued range (not ITIN, EIN, area 000 / 666 / 9xx, group 00, serial 0000); a phone is
one a reader recognises and is valid for some region per phonenumbers; vanity numbers never.

Gold is checked on writing (`check_row`, also run by tests/test_pii_blind11_set.py): span text
equals text[start:end], spans sorted and not overlapping, not glued to an ASCII letter or digit,
phones valid, cards Luhn + brand prefix + length, IBANs valid (schwifty), IPs parse and are of no
excluded class, SSNs in the issued range, no Luhn-valid brand card (a whole digit run) or valid
compact IBAN outside a span. A drawn document failing a check is drawn again. Deterministic:
string seeds per document, no set iteration.
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers as pn
from schwifty import IBAN

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind11_lexicon import (
    DOMAIN_WORDS,
    FOREIGN,
    IBAN_HOME,
    LEX,
    LOCALS,
    NAMES,
    REGIONS,
    TLD,
)

DATA = Path(__file__).resolve().parent / "data" / "pii_blind11.jsonl"
NBSP = "\u00a0"

# ---------------------------------------------------------------- values


def _digits_to(text: str, script: str) -> str:
    base = {"fw": 0xFF10, "arab": 0x0660, "fa": 0x06F0}[script]
    return "".join(chr(base + int(c)) if c.isdigit() and c.isascii() else c for c in text)


def _ascii_digits(text: str) -> str:
    out = []
    for c in text:
        if c.isdigit() and not c.isascii():
            for base in (0xFF10, 0x0660, 0x06F0):
                if base <= ord(c) <= base + 9:
                    c = str(ord(c) - base)
        out.append(c)
    return "".join(out)


def phone_number(rng: random.Random, region: str, mobile: bool) -> pn.PhoneNumber:
    kind = pn.PhoneNumberType.MOBILE if mobile else pn.PhoneNumberType.FIXED_LINE
    ex = pn.example_number_for_type(region, kind) or pn.example_number(region)
    nsn = pn.national_significant_number(ex)
    if region == "US":
        nsn = rng.choice(US_AREAS) + nsn[3:]
    keep = 3 if region == "US" else rng.choice([1, 2, 2, 3])
    for attempt in range(80):
        if attempt == 40:
            keep = 3
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        num = pn.parse(f"+{ex.country_code}{digits}")
        if pn.is_valid_number(num):
            return num
    return ex


US_AREAS = ["212", "312", "415", "617", "713", "305", "206", "404", "503", "702", "917", "646", "818", "210",
            "614", "216", "919", "480", "267", "720", "865", "509", "785", "336", "941", "228", "573", "801"]
EXT_WORDS = ["ext.", "x", "Durchwahl", "poste", "ext", "int.", "extensão", "toestel", "wew.", "anknytning",
             "dahili", "linka", "доб.", "дод.", "вътр.", "εσωτ.", "تحويلة", "داخلی", "שלוחה", "एक्सटेंशन",
             "转", "内線", "내선", "ต่อ"]


def write_phone(rng: random.Random, num: pn.PhoneNumber, own: bool, lang: str) -> str:
    """One written form of `num`; national forms only on a page of its own country."""
    region = pn.region_code_for_number(num)
    intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    e164 = pn.format_number(num, pn.PhoneNumberFormat.E164)
    forms = [intl, intl, e164, "00" + intl[1:], intl.replace(" ", NBSP), intl.replace(" ", "-")]
    if nat.startswith("0") and num.country_code in (49, 43, 41, 44, 31, 32, 353, 61):
        forms.append(intl.replace(" ", " (0)", 1))
    if own:
        forms += [nat, nat, nat, nat.replace(" ", "."), nat.replace(" ", "-"), nat.replace(" ", NBSP)]
        if num.country_code in (49, 43) and " " in nat:
            forms.append(nat.replace(" ", "/", 1))
    text = rng.choice(forms)
    try:
        back = pn.parse(text.replace(NBSP, " "), region)
        ok = pn.is_valid_number(back) and back.national_number == num.national_number
    except pn.NumberParseException:
        ok = False
    if not ok:
        text = intl
    if lang in ("zh", "ja") and rng.random() < 0.2:
        text = _digits_to(text, "fw")
    elif lang == "ar" and rng.random() < 0.3:
        text = _digits_to(text, "arab")
    elif lang == "fa" and rng.random() < 0.35:
        text = _digits_to(text, "fa")
    return text


BRANDS = [  # name, prefix maker, lengths, printed grouping per length
    ("Visa", lambda r: "4", [16, 16, 16, 13, 19]),
    ("Mastercard", lambda r: r.choice([str(r.randint(51, 55)), str(r.randint(2221, 2720))]), [16]),
    ("American Express", lambda r: r.choice(["34", "37"]), [15]),
    ("Discover", lambda r: r.choice(["6011", "65", str(r.randint(644, 649))]), [16, 19]),
    ("JCB", lambda r: str(r.randint(3528, 3589)), [16]),
    ("Diners Club", lambda r: r.choice([str(r.randint(300, 305)), "36", "38"]), [14]),
    ("UnionPay", lambda r: "62", [16, 19]),
    ("Mir", lambda r: str(r.randint(2200, 2204)), [16]),
]
BRAND_RULES = [(r"4", (13, 16, 19)), (r"5[1-5]", (16,)), (r"2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)", (16,)),
               (r"3[47]", (15,)), (r"6011|65|64[4-9]", (16, 19)), (r"35(2[89]|[3-8]\d)", (16, 17, 18, 19)),
               (r"30[0-5]|36|38|39", (14, 16, 19)), (r"62", (16, 17, 18, 19)), (r"220[0-4]", (16, 17, 18, 19))]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def is_brand_card(digits: str) -> bool:
    return any(re.match(p, digits) and len(digits) in lens for p, lens in BRAND_RULES) and luhn_ok(digits)


def card_digits(rng: random.Random, brand: int | None = None) -> tuple[str, str]:
    name, pref, lens = BRANDS[rng.randrange(len(BRANDS)) if brand is None else brand]
    p = pref(rng)
    n = rng.choice(lens)
    body = p + "".join(rng.choice("0123456789") for _ in range(n - len(p) - 1))
    return name, luhn_complete(body)


def group_card(rng: random.Random, d: str, seps=(" ", " ", "-", "", NBSP)) -> str:
    sep = rng.choice(seps)
    sizes = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}[len(d)]
    if len(d) in (13, 19) and rng.random() < 0.5:
        return d
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return sep.join(out)


def card(rng: random.Random, brand: int | None = None) -> tuple[str, str]:
    name, d = card_digits(rng, brand)
    return name, group_card(rng, d)


IBAN_COUNTRIES = sorted(IBAN_HOME | {"LU", "DK", "NO", "FI", "HR", "SI", "RO", "HU", "LT", "MT", "PT", "EE"})


def iban(rng: random.Random, country: str) -> str:
    for cc in (country, "DE"):
        try:
            value = IBAN.random(country_code=cc, random=rng)
            break
        except Exception:  # noqa: BLE001, S112 - schwifty cannot draw some countries: fall back to DE
            continue
    compact = str(value.compact)
    style = rng.random()
    if style < 0.5:
        return value.formatted
    if style < 0.85:
        return compact
    return compact.lower()


def bad_iban(rng: random.Random, country: str) -> str:
    good = iban(rng, country).replace(" ", "").upper()
    check = int(good[2:4])
    wrong = f"{(check + rng.randint(1, 40)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(check + 50) % 97 + 2:02d}"
    return good[:2] + wrong + good[4:]


def ip4(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.55:
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global:
                return str(a)
    if k < 0.9:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    return f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def ip6(rng: random.Random) -> str:
    k = rng.random()
    h = lambda: f"{rng.randint(1, 0xFFFF):x}"
    if k < 0.6:
        pre = rng.choice(["2a02", "2a01", "2001:67c", "2600", "2406", "2a00", "2804", "2c0f"])
        return str(ipaddress.IPv6Address(":".join([pre] + [h() for _ in range(7 - pre.count(":"))])))
    if k < 0.85:
        return str(ipaddress.IPv6Address(f"fd{rng.randint(0, 255):02x}:{h()}:{h()}:{h()}::{h()}"))
    return str(ipaddress.IPv6Address(f"fe80::{h()}:{h()}:{h()}:{h()}"))


def email(rng: random.Random, tld: str) -> str:
    local = rng.choice(LOCALS)
    dom = rng.choice(DOMAIN_WORDS)
    k = rng.random()
    if k < 0.15:
        dom = rng.choice(["mail", "post", "team"]) + "." + dom
    addr = f"{local}@{dom}.{tld}" if rng.random() < 0.7 else f"{local}@{dom}-{rng.choice(['co', 'net', 'lab'])}.com"
    return addr.upper() if rng.random() < 0.05 else addr


def ssn(rng: random.Random, style: str = "dash") -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    a, b, c = f"{area:03d}", f"{g:02d}", f"{s:04d}"
    return {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "bare": a + b + c}[style]


def bad_ssn(rng: random.Random) -> tuple[str, str]:
    """(kind, number) a scrubber could take for an SSN but the span rules do not label."""
    k = rng.randrange(6)
    if k == 0:
        return "ITIN", f"9{rng.randint(0, 99):02d}-{rng.choice([70, 71, 78, 80, 88, 92])}-{rng.randint(0, 9999):04d}"
    if k == 1:
        return "EIN", f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    if k == 2:
        return "bad", f"{rng.choice(['000', '666', str(rng.randint(900, 999))])}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    if k == 3:
        return "bad", f"{rng.randint(1, 665):03d}-00-{rng.randint(1, 9999):04d}"
    if k == 4:
        return "bad", f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-0000"
    return "routing", aba(rng)


def aba(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            w = d + [c]
            if (3 * (w[0] + w[3] + w[6]) + 7 * (w[1] + w[4] + w[7]) + (w[2] + w[5] + w[8])) % 10 == 0:
                return "".join(map(str, w))


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def non_card16(rng: random.Random) -> str:
    """A 16-digit number that is no brand card (a loyalty or fleet id, or a Luhn-invalid one)."""
    if rng.random() < 0.5:
        return rng.choice(["7", "9", "8"]) + digits(rng, 15)
    _, d = card_digits(rng)
    return d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)


def masked(rng: random.Random) -> str:
    _, d = card_digits(rng)
    return rng.choice([f"{d[:4]} **** **** {d[-4:]}", f"XXXX-XXXX-XXXX-{d[-4:]}", f"{d[:6]}******{d[-4:]}",
                       f"•••• {d[-4:]}"])


# ---------------------------------------------------------------- dates, prices, negatives


def date(rng: random.Random, lang: str, us: bool = False, years: tuple[int, int] = (2019, 2027)) -> str:
    y, m, d = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    if us:
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}"])
    return {
        "de": f"{d:02d}.{m:02d}.{y}", "pl": f"{d:02d}.{m:02d}.{y}", "tr": f"{d:02d}.{m:02d}.{y}",
        "ru": f"{d:02d}.{m:02d}.{y}", "uk": f"{d:02d}.{m:02d}.{y}", "bg": f"{d:02d}.{m:02d}.{y} г.",
        "he": f"{d:02d}.{m:02d}.{y}", "cs": f"{d}. {m}. {y}", "sv": f"{y}-{m:02d}-{d:02d}",
        "nl": f"{d:02d}-{m:02d}-{y}", "hi": f"{d:02d}-{m:02d}-{y}", "fa": f"{y - 621}/{m:02d}/{d:02d}",
        "zh": f"{y}年{m}月{d}日", "ja": f"{y}年{m}月{d}日", "ko": f"{y}. {m}. {d}.",
        "th": f"{d}/{m}/{y + 543}",
    }.get(lang, f"{d:02d}/{m:02d}/{y}")


def price(rng: random.Random, lang: str) -> str:
    v = rng.randint(500, 999999) / 100
    i, c = divmod(round(v * 100), 100)
    g = f"{i:,}"
    dot, sp = g.replace(",", "."), g.replace(",", NBSP)
    return {
        "de": f"{dot},{c:02d} €", "fr": f"{sp},{c:02d} €", "es": f"{dot},{c:02d} €", "it": f"€ {dot},{c:02d}",
        "pt": f"{dot},{c:02d} €", "nl": f"€ {dot},{c:02d}", "pl": f"{sp},{c:02d} zł", "sv": f"{sp},{c:02d} kr",
        "tr": f"{dot},{c:02d} TL", "cs": f"{sp},{c:02d} Kč", "ru": f"{sp},{c:02d} ₽", "uk": f"{sp},{c:02d} грн",
        "bg": f"{i},{c:02d} лв.", "el": f"{dot},{c:02d} €", "ar": f"{g}.{c:02d} ر.س", "fa": f"{g}0000 ریال",
        "he": f"₪{g}.{c:02d}", "hi": f"₹{g}", "zh": f"¥{g}.{c:02d}", "ja": f"¥{g}", "ko": f"{g}원",
        "th": f"{g}.{c:02d} บาท", "en": f"£{g}.{c:02d}",
    }.get(lang, f"${g}.{c:02d}")


NEG_WORDS = {  # words for look-alike numbers: tracking, ISBN, serial, version, coordinates, page
    "en": ["Tracking", "ISBN", "Serial", "Firmware", "Location", "p."],
    "de": ["Sendungsnr.", "ISBN", "Seriennr.", "Firmware", "Standort", "S."],
    "fr": ["N° de suivi", "ISBN", "N° de série", "Micrologiciel", "Position", "p."],
    "es": ["Seguimiento", "ISBN", "N.º de serie", "Firmware", "Ubicación", "pág."],
    "it": ["Tracking", "ISBN", "Matricola", "Firmware", "Posizione", "pag."],
    "pt": ["Rastreio", "ISBN", "N.º de série", "Firmware", "Localização", "pág."],
    "nl": ["Track & trace", "ISBN", "Serienr.", "Firmware", "Locatie", "blz."],
    "pl": ["Nr przesyłki", "ISBN", "Nr seryjny", "Oprogramowanie", "Lokalizacja", "s."],
    "sv": ["Kolli-id", "ISBN", "Serienr", "Firmware", "Plats", "s."],
    "tr": ["Kargo takip", "ISBN", "Seri no", "Yazılım", "Konum", "s."],
    "cs": ["Č. zásilky", "ISBN", "Výr. číslo", "Firmware", "Poloha", "s."],
    "ru": ["Трек-номер", "ISBN", "Серийный №", "Прошивка", "Координаты", "с."],
    "uk": ["ТТН", "ISBN", "Серійний №", "Прошивка", "Координати", "с."],
    "bg": ["Товарителница", "ISBN", "Сериен №", "Фърмуер", "Координати", "с."],
    "el": ["Αρ. αποστολής", "ISBN", "Σειριακός αρ.", "Υλικολογισμικό", "Θέση", "σελ."],
    "ar": ["رقم الشحنة", "ISBN", "الرقم التسلسلي", "البرنامج الثابت", "الموقع", "ص"],
    "fa": ["کد رهگیری", "ISBN", "شماره سریال", "فریمور", "موقعیت", "ص"],
    "he": ["מס' משלוח", "ISBN", "מס' סידורי", "קושחה", "מיקום", "עמ'"],
    "hi": ["ट्रैकिंग सं.", "ISBN", "सीरियल सं.", "फ़र्मवेयर", "स्थान", "पृ."],
    "zh": ["运单号", "ISBN", "序列号", "固件", "坐标", "第"],
    "ja": ["お問い合わせ番号", "ISBN", "製造番号", "ファームウェア", "位置", "p."],
    "ko": ["운송장번호", "ISBN", "일련번호", "펌웨어", "위치", "p."],
    "th": ["เลขพัสดุ", "ISBN", "หมายเลขเครื่อง", "เฟิร์มแวร์", "พิกัด", "หน้า"],
}


def negative(rng: random.Random, lang: str) -> str:
    """One look-alike with its label, in the page's language."""
    lx, nw = LEX[lang], NEG_WORDS[lang]
    k = rng.randrange(18)
    if k >= 16:
        return national_id(rng, lang)
    if k == 14:
        at, dot = rng.choice([(" (at) ", " (dot) "), (" [at] ", " [dot] "), (" at ", " dot ")])
        return f"{lx['em']}: {rng.choice(LOCALS).split('+')[0]}{at}{rng.choice(DOMAIN_WORDS)}{dot}{rng.choice(['com', 'net', 'org'])}"
    if k == 15:
        return "EAN " + luhn_ean(rng)
    if k == 0:
        return f"{lx['order']} {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}"
    if k == 1:
        return f"{lx['inv']} {rng.randint(2019, 2027)}/{digits(rng, 6)}"
    if k == 2:
        return f"{lx['cust']} {digits(rng, rng.choice([8, 9, 10, 11]))}"
    if k == 3:
        return f"{nw[0]} {rng.choice(['JD', '00', 'RR', '1Z'])}{digits(rng, 16)}"
    if k == 4:
        return f"{nw[1]} 978-{rng.randint(0, 9)}-{digits(rng, 4)}-{digits(rng, 4)}-{rng.randint(0, 9)}"
    if k == 5:
        return f"{nw[2]} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
    if k == 6:
        return f"{nw[3]} {rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}.{rng.randint(1, 999)}"
    if k == 7:
        return f"{nw[4]} {rng.uniform(-60, 70):.5f}, {rng.uniform(-120, 150):.5f}"
    if k == 8:
        return f"{lx['acct']} {digits(rng, 10)}"
    if k == 9:
        return masked(rng)
    if k == 10:
        return f"{lx['date']} {date(rng, lang)} {rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45'])}"
    if k == 11:
        return f"{lx['total']} {price(rng, lang)}"
    if k == 12:
        return f"IMEI {luhn_complete('35' + digits(rng, 12))}"
    return f"{nw[5]} {rng.randint(1, 300)}–{rng.randint(301, 700)} · {rng.randint(1990, 2015)}–{rng.randint(2016, 2027)}"


def version4(rng: random.Random) -> str:
    """A four-part version string that parses as an IPv4 address (not a host)."""
    return f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}.{rng.randint(1, 250)}"


def netmask(rng: random.Random) -> str:
    return rng.choice(["255.255.255.0", "255.255.254.0", "255.255.0.0", "255.255.255.128", "255.255.255.252",
                       "0.0.0.255", "0.0.15.255", "0.0.0.3"])


NATIONAL_IDS = {  # other countries' ids and bank codes (not among the six types): label, digit pattern
    "en": ("Sort code", "##-##-##"), "de": ("Steuer-ID", "## ### ### ###"), "fr": ("N° de sécu", "# ## ## ## ### ### ##"),
    "es": ("DNI", "########L"), "it": ("Codice fiscale", "LLLLLL##L##L###L"), "pt": ("NIF", "### ### ###"),
    "nl": ("BSN", "#########"), "pl": ("PESEL", "###########"), "sv": ("Personnummer", "######-####"),
    "tr": ("TC Kimlik No", "###########"), "cs": ("Rodné číslo", "######/####"), "ru": ("СНИЛС", "###-###-### ##"),
    "uk": ("РНОКПП", "##########"), "bg": ("ЕГН", "##########"), "el": ("ΑΜΚΑ", "###########"),
    "ar": ("رقم الهوية", "##########"), "fa": ("کد ملی", "##########"), "he": ("ת.ז.", "#########"),
    "hi": ("आधार", "#### #### ####"), "zh": ("身份证号", "#################L"), "ja": ("マイナンバー", "#### #### ####"),
    "ko": ("주민등록번호", "######-#######"), "th": ("เลขประจำตัวประชาชน", "#-####-#####-##-#"),
}


def national_id(rng: random.Random, lang: str) -> str:
    label, pattern = NATIONAL_IDS[lang]
    out = "".join(str(rng.randint(0, 9)) if c == "#" else rng.choice("ABCDEHLMRSTXZ") if c == "L" else c for c in pattern)
    return f"{label} {out}"


def luhn_ean(rng: random.Random) -> str:
    body = rng.choice(["40", "50", "76", "80", "87", "93"]) + digits(rng, 10)
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def ip_negative(rng: random.Random) -> str:
    return rng.choice([
        "255.255.255.0", "255.255.254.0", "0.0.0.255", "0.0.15.255", "127.0.0.1", "0.0.0.0", "255.255.255.255",
        f"1.3.6.1.4.1.{rng.randint(2, 40000)}.{rng.randint(1, 9)}.{rng.randint(1, 99)}",
        f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(100, 999)}",
        f"{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.in-addr.arpa",
        "::1", "::", f"§ {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
    ])


# ---------------------------------------------------------------- document builder


class Doc:
    """Text built piece by piece; `v` appends a labelled value."""

    def __init__(self, rng: random.Random, lang: str, region: str):
        self.rng, self.lang, self.region = rng, lang, region
        self.lx = LEX.get(lang, LEX["en"])
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, *texts: str) -> Doc:
        for s in texts:
            self.parts.append(s)
            self.n += len(s)
        return self

    def v(self, typ: str, value: str) -> Doc:
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(value), "text": value})
        return self.t(value)

    def label(self, word: str) -> Doc:
        r = self.rng
        k = r.randrange(10)
        form = [f"{word}: ", f"{word.upper()}: ", f"{word} ", f"{word}:\n", f"{word}:&nbsp;", f"**{word}:** ",
                f"<b>{word}</b> ", f"{word}<br>", f"{word} | ", f"{word}: "][k]
        return self.t(form)

    def neg(self, sep: str = "\n") -> Doc:
        return self.t(negative(self.rng, self.lang), sep)

    # values
    def phone(self, own: bool = True, mobile: bool | None = None, ext: bool = False, region: str | None = None) -> str:
        r = self.rng
        if region is None:
            region = self.region if own or r.random() < 0.3 else r.choice(FOREIGN)
        num = phone_number(r, region, r.random() < 0.5 if mobile is None else mobile)
        text = write_phone(r, num, region == self.region and own, self.lang)
        if ext:
            text += f" {self.lx['ext']} {r.randint(2, 999)}"
        return text

    def email(self) -> str:
        return email(self.rng, TLD.get(self.region, "com"))

    def iban(self) -> str:
        cc = self.region if self.region in IBAN_HOME else self.rng.choice(IBAN_COUNTRIES)
        return iban(self.rng, cc)


def row_of(doc: Doc, i: int, register: str, url: str) -> dict:
    return {"id": f"blind11-{i}", "half": "blind11", "register": register, "url": url, "language": doc.lang,
            "text": "".join(doc.parts), "spans": doc.spans}


def host(doc: Doc) -> str:
    return f"https://www.{doc.rng.choice(DOMAIN_WORDS)}.{TLD.get(doc.region, 'com')}"


# ---------------------------------------------------------------- registers in many languages

def _pick(d: Doc, items):
    return d.rng.choice(items)


def _name(d: Doc) -> str:
    return _pick(d, NAMES[d.lang])


T_BOX = {"de": ("Theaterkasse – Reservierungsexport", "Plätze", "Vorstellung"),
         "fr": ("Billetterie – export des réservations", "Places", "Représentation"),
         "it": ("Botteghino – esportazione prenotazioni", "Posti", "Spettacolo"),
         "es": ("Taquilla – exportación de reservas", "Butacas", "Función"),
         "nl": ("Kassa – export reserveringen", "Stoelen", "Voorstelling"),
         "pl": ("Kasa biletowa – eksport rezerwacji", "Miejsca", "Spektakl"),
         "cs": ("Pokladna divadla – export rezervací", "Místa", "Představení"),
         "ru": ("Театральная касса — выгрузка броней", "Места", "Спектакль"),
         "el": ("Ταμείο θεάτρου – εξαγωγή κρατήσεων", "Θέσεις", "Παράσταση"),
         "en": ("Box office – booking export", "Seats", "Performance")}


def theatre_box_office(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, seats, perf = T_BOX[d.lang]
    d.t(f"{title}\n{perf}: {date(r, d.lang)} 19:30 · {lx['total']} {price(r, d.lang)}\n\n")
    sep = r.choice([" | ", ";", "\t"])
    d.t(sep.join([lx["name"], lx["ph"], lx["em"], lx["card"], seats]), "\n")
    for _ in range(r.randint(3, 5)):
        d.t(_name(d), sep).v("PHONE_NUMBER", d.phone(own=r.random() < 0.8)).t(sep)
        if r.random() < 0.4:
            d.v("EMAIL_ADDRESS", d.email())
        else:
            d.t("—")
        d.t(sep)
        if r.random() < 0.3:
            d.t(masked(r))
        elif r.random() < 0.15:
            d.t(non_card16(r))
        else:
            d.v("CREDIT_CARD", card(r)[1])
        d.t(sep, f"{r.choice('ABCDEFGH')}{r.randint(1, 30)} {r.randint(1, 20)}-{r.randint(21, 40)}\n")
    d.t("\n").neg().neg()


T_LEAGUE = {"de": ("Anmeldung Jugendliga Saison {y}", "Erziehungsberechtigte/r", "Notfall", "Beitrag"),
            "fr": ("Inscription championnat jeunes {y}", "Parent", "Urgence", "Cotisation"),
            "es": ("Inscripción liga infantil {y}", "Padre/madre", "Emergencia", "Cuota"),
            "it": ("Iscrizione campionato giovanile {y}", "Genitore", "Emergenza", "Quota"),
            "pt": ("Inscrição liga juvenil {y}", "Encarregado de educação", "Emergência", "Quota"),
            "nl": ("Aanmelding jeugdcompetitie {y}", "Ouder", "Noodgeval", "Contributie"),
            "sv": ("Anmälan ungdomsserien {y}", "Vårdnadshavare", "Nödfall", "Avgift"),
            "pl": ("Zgłoszenie do ligi młodzików {y}", "Rodzic", "Nagły wypadek", "Składka"),
            "tr": ("Gençler ligi kayıt formu {y}", "Veli", "Acil durum", "Aidat"),
            "uk": ("Реєстрація до юнацької ліги {y}", "Батьки", "Екстрений зв'язок", "Внесок")}


def league_registration(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, parent, emerg, fee = T_LEAGUE[d.lang]
    d.t(title.format(y=r.randint(2024, 2027)), "\n\n", f"{lx['name']}: {_name(d)}\n{lx['date']}: {date(r, d.lang, years=(2010, 2019))}\n")
    d.t(f"{parent}: {_name(d)}\n").label(lx["mob"]).v("PHONE_NUMBER", d.phone(mobile=True)).t("\n")
    d.t(f"{emerg}: ").v("PHONE_NUMBER", d.phone()).t(f" ({lx['ph']})\n")
    d.label(lx["em"]).v("EMAIL_ADDRESS", d.email()).t("\n").neg()
    d.t(f"{fee}: {price(r, d.lang)} — ")
    w = lx["wire"].split("{}")
    d.t(w[0]).v("IBAN_CODE", d.iban()).t(w[1], "\n")
    if r.random() < 0.5:
        d.t(f"{lx['acct']} ", bad_iban(r, d.region if d.region in IBAN_HOME else "DE"), " ✗\n")
    d.neg()


T_LAB = {"de": ("Probenbegleitschein", "Probe", "Kühlkette", "Absender"),
         "en": ("Sample shipping manifest", "Sample", "Cold chain", "Sender"),
         "ja": ("検体送付リスト", "検体", "温度管理", "送付元"),
         "zh": ("样本交接清单", "样本", "冷链", "寄件人"),
         "ko": ("검체 송부 목록", "검체", "콜드체인", "발송인"),
         "fr": ("Bordereau d'envoi d'échantillons", "Échantillon", "Chaîne du froid", "Expéditeur")}


def lab_sample_manifest(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, sample, cold, sender = T_LAB[d.lang]
    d.t(f"{title} — {date(r, d.lang)}\n{sender}: {_name(d)}\n")
    d.label(lx["ph"]).v("PHONE_NUMBER", d.phone(ext=r.random() < 0.4)).t("  ")
    d.label(lx["em"]).v("EMAIL_ADDRESS", d.email()).t("\n")
    d.t("LIMS: ").v("IP_ADDRESS", ip4(r)).t(f":{r.choice([8080, 443, 8443])}  ({MASK[d.lang]} {netmask(r)})\n\n")
    d.t(f"{sample} | ID | {cold}\n")
    for k in range(r.randint(3, 6)):
        d.t(f"{k + 1} | S-{r.randint(2024, 2027)}-{digits(r, 6)} | {r.choice(['-80', '-20', '+4'])} °C\n")
    d.neg().neg()


T_COOP = {"fr": ("Coopérative agricole – liste des adhérents", "Commune"),
          "es": ("Cooperativa agraria – listado de socios", "Municipio"),
          "pl": ("Spółdzielnia rolnicza – lista członków", "Gmina"),
          "uk": ("Сільськогосподарський кооператив — список членів", "Громада"),
          "hi": ("कृषि सहकारी समिति — सदस्य सूची", "गाँव"),
          "pt": ("Cooperativa agrícola – lista de sócios", "Concelho"),
          "bg": ("Земеделска кооперация – списък на членовете", "Село"),
          "th": ("สหกรณ์การเกษตร — รายชื่อสมาชิก", "ตำบล")}


def farm_coop_members(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, place = T_COOP[d.lang]
    d.t(f"{title} ({date(r, d.lang)})\n\n№ | {lx['name']} | {place} | ha | {lx['ph']} | {lx['acct']}\n")
    for k in range(r.randint(3, 5)):
        d.t(f"{k + 1:03d} | {_name(d)} | {digits(r, 5)} | {r.randint(2, 300)},{r.randint(0, 9)} | ")
        d.v("PHONE_NUMBER", d.phone(mobile=r.random() < 0.7)).t(" | ")
        if d.region in IBAN_HOME and r.random() < 0.7:
            d.v("IBAN_CODE", d.iban())
        else:
            d.t(digits(r, r.choice([11, 12, 14])))
        d.t("\n")
    d.neg()


T_BIKE = {"nl": ("Melding incident deelfiets", "Fiets nr.", "Station", "Wat is er gebeurd?"),
          "de": ("Schadensmeldung Leihrad", "Rad-Nr.", "Station", "Was ist passiert?"),
          "zh": ("共享单车事故报告", "车辆编号", "站点", "事情经过"),
          "ko": ("공유자전거 사고 신고", "자전거 번호", "대여소", "사고 내용"),
          "ja": ("シェアサイクル事故報告", "車体番号", "ポート", "状況"),
          "fr": ("Signalement d'incident – vélo en libre-service", "Vélo n°", "Station", "Que s'est-il passé ?"),
          "he": ("דיווח על תקלה באופניים שיתופיים", "מס' אופניים", "תחנה", "מה קרה?")}
T_BIKE_TXT = {"nl": "Zadel los, ik ben gevallen bij het stoplicht.", "de": "Kette gerissen, Sturz an der Ampel.",
              "zh": "刹车失灵，在路口摔倒。", "ko": "브레이크 고장으로 교차로에서 넘어졌습니다.",
              "ja": "ブレーキが効かず交差点で転倒しました。", "fr": "Chaîne cassée, chute au feu rouge.",
              "he": "הבלמים לא עבדו ונפלתי בצומת."}


def bikeshare_incident(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, bike, station, what = T_BIKE[d.lang]
    d.t(f"{title}\n{bike} {digits(r, 7)} · {station} {r.randint(100, 999)} ({NEG_WORDS[d.lang][4]} "
        f"{r.uniform(30, 60):.5f}, {r.uniform(2, 130):.5f})\n{lx['date']}: {date(r, d.lang)}\n\n{what}\n")
    d.t(T_BIKE_TXT[d.lang], "\n")
    c = lx["call"].split("{}")
    d.t(c[0]).v("PHONE_NUMBER", d.phone()).t(c[1], "\n")
    p = lx["paid"].split("{}")
    d.t(p[0]).v("CREDIT_CARD", card(r)[1]).t(p[1], f" {price(r, d.lang)}\n")
    if r.random() < 0.5:
        d.t(masked(r), "\n")
    d.neg()


T_DENT = {"it": ("Promemoria controllo dentistico", "Gentile {n}, è passato un anno dalla sua ultima igiene orale."),
          "es": ("Recordatorio de revisión dental", "Estimado/a {n}: ha pasado un año desde su última limpieza."),
          "pt": ("Lembrete de consulta de higiene oral", "Caro/a {n}, passou um ano desde a última consulta."),
          "tr": ("Diş kontrolü hatırlatması", "Sayın {n}, son kontrolünüzün üzerinden bir yıl geçti."),
          "ar": ("تذكير بموعد فحص الأسنان", "عزيزي {n}، مر عام على آخر فحص لأسنانك."),
          "fa": ("یادآوری معاینه دندانپزشکی", "{n} گرامی، یک سال از آخرین معاینه شما گذشته است."),
          "he": ("תזכורת לבדיקת שיניים", "{n} שלום, עברה שנה מאז הבדיקה האחרונה שלך."),
          "hi": ("दांतों की जांच का रिमाइंडर", "प्रिय {n}, आपकी पिछली जांच को एक साल हो गया है।"),
          "ru": ("Напоминание о профилактическом осмотре", "Уважаемый(ая) {n}, с последнего осмотра прошёл год."),
          "el": ("Υπενθύμιση οδοντιατρικού ελέγχου", "Αγαπητέ/ή {n}, πέρασε ένας χρόνος από τον τελευταίο έλεγχο.")}


def dental_recall(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, body = T_DENT[d.lang]
    d.t(f"{title}\n{date(r, d.lang)}\n\n{body.format(n=_name(d))}\n")
    c = lx["call"].split("{}")
    d.t(c[0]).v("PHONE_NUMBER", d.phone(ext=r.random() < 0.35)).t(c[1], "\n\n")
    if r.random() < 0.5:
        d.t(f"{lx['ph']}/{lx['fax']}: ").v("PHONE_NUMBER", d.phone(mobile=False)).t(" / ").v("PHONE_NUMBER", d.phone(mobile=False)).t("\n")
    d.label(lx["em"]).v("EMAIL_ADDRESS", d.email()).t("\n").neg().neg()


T_TAT = {"en": ("Tattoo consent & deposit form", "Date of birth", "I confirm I am over 18."),
         "de": ("Einverständniserklärung Tattoo", "Geburtsdatum", "Ich bestätige, volljährig zu sein."),
         "es": ("Consentimiento para tatuaje", "Fecha de nacimiento", "Confirmo que soy mayor de edad."),
         "it": ("Consenso informato tatuaggio", "Data di nascita", "Dichiaro di essere maggiorenne."),
         "pt": ("Termo de consentimento – tatuagem", "Data de nascimento", "Declaro ser maior de idade."),
         "ru": ("Согласие на татуировку", "Дата рождения", "Подтверждаю, что мне исполнилось 18 лет."),
         "el": ("Έντυπο συναίνεσης για τατουάζ", "Ημερομηνία γέννησης", "Δηλώνω ότι είμαι ενήλικας.")}


def tattoo_consent(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, dob, adult = T_TAT[d.lang]
    d.t(f"{title}\n\n{lx['name']}: {_name(d)}\n{dob}: {date(r, d.lang, years=(1960, 2006))}\n")
    d.label(lx["mob"]).v("PHONE_NUMBER", d.phone(mobile=True)).t("\n")
    d.label(lx["em"]).v("EMAIL_ADDRESS", d.email()).t("\n")
    brand, num = card(r)
    d.t(f"{brand} · ").label(lx["card"]).v("CREDIT_CARD", num)
    d.t(f"  {lx['exp']} {r.randint(1, 12):02d}/{r.randint(26, 31)}  CVV {r.randint(100, 999)}\n")
    d.t(f"{lx['total']}: {price(r, d.lang)}\n{adult}\n").neg()


T_SOLAR = {"de": ("Angebot Photovoltaikanlage", "Zählernummer"), "it": ("Preventivo impianto fotovoltaico", "POD"),
           "es": ("Presupuesto instalación fotovoltaica", "CUPS"), "nl": ("Offerte zonnepanelen", "EAN-code"),
           "fr": ("Devis installation photovoltaïque", "PDL"), "pl": ("Oferta instalacji fotowoltaicznej", "Nr licznika"),
           "cs": ("Nabídka fotovoltaické elektrárny", "EAN odběrného místa"), "tr": ("Güneş paneli kurulum teklifi", "Sayaç no")}


def solar_quote(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, meter = T_SOLAR[d.lang]
    d.t(f"{title} · {lx['inv']} {r.randint(2024, 2027)}-{digits(r, 5)}\n{date(r, d.lang)}\n\n")
    d.t(f"{r.randint(4, 30)},{r.randint(0, 9)} kWp · {r.randint(3000, 30000)} kWh · {meter} {digits(r, 14)}\n")
    d.t(f"{lx['total']}: {price(r, d.lang)}\n\n")
    w = lx["wire"].split("{}")
    d.t(w[0]).v("IBAN_CODE", d.iban()).t(w[1], "\n")
    d.t(f"{lx['ph']} ").v("PHONE_NUMBER", d.phone()).t(f" · {lx['fax']} ").v("PHONE_NUMBER", d.phone(mobile=False)).t(" · ")
    d.v("EMAIL_ADDRESS", d.email()).t("\n").neg()


T_SWARM = {"de": ("Schwarmfänger – Liste nach Ortsteil", "Bitte zuerst anrufen, nicht mailen."),
           "fr": ("Récupérateurs d'essaims – liste par commune", "Merci d'appeler d'abord."),
           "pl": ("Lista osób zbierających roje", "Prosimy najpierw dzwonić."),
           "cs": ("Seznam odchytávačů rojů", "Nejdříve prosím volejte."),
           "uk": ("Список збирачів бджолиних роїв", "Спочатку телефонуйте."),
           "ru": ("Список сборщиков пчелиных роёв", "Сначала звоните."),
           "sv": ("Svärmfångare – lista per område", "Ring först, tack."),
           "en": ("Swarm collectors by district", "Please ring first, do not email.")}


def swarm_collectors(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, note = T_SWARM[d.lang]
    d.t(f"{title}\n{note}\n\n")
    for _ in range(r.randint(3, 5)):
        d.t(f"{lx['zip']} {digits(r, 5)} – {_name(d)} – ")
        k = r.random()
        if k < 0.35:
            d.v("PHONE_NUMBER", d.phone(mobile=True))
        elif k < 0.7:
            d.t(f"{lx['ph']}/{lx['fax']} ").v("PHONE_NUMBER", d.phone(mobile=False)).t(", ")
            d.v("PHONE_NUMBER", d.phone(mobile=True)).t(f" ({lx['mob']})")
        else:
            d.v("PHONE_NUMBER", d.phone(mobile=False)).t(f" ({lx['ph']}), ").v("EMAIL_ADDRESS", d.email())
        d.t(f" – {r.randint(1, 40)} km\n")
    d.neg()


T_COACH = {"it": ("Conferma noleggio pullman con autista", "Autista", "Posti"),
           "es": ("Confirmación de alquiler de autocar", "Conductor", "Plazas"),
           "pt": ("Confirmação de aluguer de autocarro", "Motorista", "Lugares"),
           "el": ("Επιβεβαίωση ναύλωσης λεωφορείου", "Οδηγός", "Θέσεις"),
           "tr": ("Otobüs kiralama onayı", "Şoför", "Koltuk"),
           "bg": ("Потвърждение за наем на автобус", "Шофьор", "Места"),
           "ar": ("تأكيد حجز حافلة", "السائق", "المقاعد"),
           "he": ("אישור הזמנת אוטובוס", "נהג", "מקומות")}


def coach_charter(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, driver, seats = T_COACH[d.lang]
    d.t(f"{title}\n{lx['order']} {digits(r, 8)} · {date(r, d.lang)} · {seats}: {r.randint(19, 63)}\n")
    d.t(f"{driver}: {_name(d)}, ").v("PHONE_NUMBER", d.phone(mobile=True)).t("\n")
    d.t("<td>", lx["ph"], "</td><td>").v("PHONE_NUMBER", d.phone(mobile=False)).t("</td>\n")
    d.t("<td>", lx["em"], "</td><td>").v("EMAIL_ADDRESS", d.email()).t("</td>\n")
    d.t(f"{lx['total']}: {price(r, d.lang)}\n")
    d.label(lx["card"]).v("CREDIT_CARD", card(r)[1]).t(f" ({lx['exp']} {r.randint(1, 12):02d}/{r.randint(26, 30)})\n")
    if d.region in IBAN_HOME:
        d.t("IBAN ").v("IBAN_CODE", d.iban()).t("\n")
    d.neg()


T_HOST = {"ja": ("ホストファミリー登録票", "自宅", "留学生の実家"), "ko": ("홈스테이 가정 등록서", "자택", "학생 본가"),
          "zh": ("寄宿家庭登记表", "住宅", "学生家里"), "th": ("แบบฟอร์มลงทะเบียนครอบครัวอุปถัมภ์", "บ้าน", "บ้านของนักเรียน"),
          "hi": ("मेज़बान परिवार पंजीकरण फ़ॉर्म", "घर", "छात्र का घर"),
          "ar": ("استمارة تسجيل الأسرة المضيفة", "المنزل", "منزل الطالب"),
          "fa": ("فرم ثبت‌نام خانواده میزبان", "منزل", "منزل دانش‌آموز"),
          "he": ("טופס רישום משפחה מארחת", "בית", "בית התלמיד")}


def host_family(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, home, student = T_HOST[d.lang]
    d.t(f"{title}\n{date(r, d.lang)}\n{lx['name']}: {_name(d)}\n{lx['zip']}: {digits(r, 5)}\n")
    d.t(f"{lx['ph']}（{home}）: " if d.lang in ("ja", "zh") else f"{lx['ph']} ({home}): ").v("PHONE_NUMBER", d.phone(mobile=False)).t("\n")
    d.v("PHONE_NUMBER", d.phone(mobile=True)).t(f" — {lx['mob']}\n")
    d.label(lx["em"]).v("EMAIL_ADDRESS", d.email()).t("\n")
    d.t(f"{student}: ").v("PHONE_NUMBER", d.phone(own=False, region=r.choice(FOREIGN))).t("\n").neg()


T_FLEET = {"de": ("Tankkarten-Abrechnung", "Kennzeichen", "Liter"), "fr": ("Relevé carte carburant", "Immatriculation", "Litres"),
           "pl": ("Zestawienie kart paliwowych", "Nr rej.", "Litry"), "cs": ("Výpis tankovacích karet", "SPZ", "Litry"),
           "it": ("Estratto carte carburante", "Targa", "Litri"), "es": ("Extracto de tarjetas de combustible", "Matrícula", "Litros"),
           "nl": ("Overzicht tankpassen", "Kenteken", "Liters"), "sv": ("Drivmedelskort – kontoutdrag", "Reg.nr", "Liter")}


def fleet_card_statement(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, plate, litres = T_FLEET[d.lang]
    d.t(f"{title} {r.randint(1, 12):02d}/{r.randint(2024, 2027)}\n{lx['cust']} {digits(r, 8)}\n\n")
    d.t(f"{lx['card']} | {plate} | {lx['date']} | {litres} | {lx['total']}\n")
    for _ in range(r.randint(3, 6)):
        if r.random() < 0.6:
            d.v("CREDIT_CARD", card(r, r.choice([0, 1]))[1])
        else:
            d.t(non_card16(r))
        d.t(f" | {r.choice('BKMWS')}{r.choice('ABXZ')}-{r.randint(10, 9999)} | {date(r, d.lang)} | "
            f"{r.randint(20, 90)},{r.randint(10, 99)} | {price(r, d.lang)}\n")
    d.t("\n").label(lx["ph"]).v("PHONE_NUMBER", d.phone(ext=r.random() < 0.3)).t("\n")


T_LIFT = {"ar": ("سجل صيانة المصاعد", "المصعد", "الفني", "خط الطوارئ"),
          "fa": ("دفترچه نگهداری آسانسور", "آسانسور", "تکنسین", "خط اضطراری"),
          "he": ("יומן תחזוקת מעליות", "מעלית", "טכנאי", "קו חירום"),
          "ru": ("Журнал техобслуживания лифтов", "Лифт", "Механик", "Аварийная служба"),
          "uk": ("Журнал технічного обслуговування ліфтів", "Ліфт", "Механік", "Аварійна служба"),
          "bg": ("Дневник за поддръжка на асансьори", "Асансьор", "Техник", "Аварийна линия"),
          "tr": ("Asansör bakım defteri", "Asansör", "Teknisyen", "Acil hat"),
          "el": ("Βιβλίο συντήρησης ανελκυστήρων", "Ανελκυστήρας", "Τεχνικός", "Γραμμή έκτακτης ανάγκης")}


def lift_maintenance_log(d: Doc) -> None:
    r = d.rng
    title, lift, tech, emerg = T_LIFT[d.lang]
    d.t(f"{title}\n{emerg}: ").v("PHONE_NUMBER", d.phone()).t("\n\n")
    for _ in range(r.randint(2, 4)):
        d.t(f"{date(r, d.lang)} · {lift} {r.choice('ABC')}-{r.randint(1, 40)} · {tech}: {_name(d)} ")
        d.v("PHONE_NUMBER", d.phone(mobile=True)).t("\n")
        d.t(f"  {NEG_WORDS[d.lang][3]} {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(1, 300)} · IP ")
        d.v("IP_ADDRESS", ip4(r)).t(f" / {r.choice(['255.255.255.0', '255.255.0.0'])}\n")
    d.neg()


T_CHAT_HI = {"en": "Hi, is the bike still available?", "de": "Hallo, ist das Fahrrad noch zu haben?",
             "fr": "Bonjour, le vélo est toujours dispo ?", "es": "Hola, ¿sigue disponible la bici?",
             "it": "Ciao, la bici è ancora disponibile?", "pt": "Olá, a bicicleta ainda está disponível?",
             "nl": "Hoi, is de fiets nog te koop?", "pl": "Cześć, rower jest jeszcze dostępny?",
             "sv": "Hej, finns cykeln kvar?", "tr": "Merhaba, bisiklet hâlâ satılık mı?",
             "cs": "Dobrý den, je kolo ještě k mání?", "ru": "Здравствуйте, велосипед ещё продаётся?",
             "uk": "Добрий день, велосипед ще продається?", "bg": "Здравейте, колелото още ли се продава?",
             "el": "Γεια, το ποδήλατο είναι ακόμα διαθέσιμο;", "ar": "مرحباً، هل الدراجة ما زالت متاحة؟",
             "fa": "سلام، دوچرخه هنوز موجود است؟", "he": "היי, האופניים עדיין זמינים?",
             "hi": "नमस्ते, क्या साइकिल अभी भी उपलब्ध है?", "zh": "你好，自行车还在吗？",
             "ja": "こんにちは、自転車はまだありますか？", "ko": "안녕하세요, 자전거 아직 있나요?",
             "th": "สวัสดีครับ จักรยานยังอยู่ไหม"}


def marketplace_chat(d: Doc) -> None:
    r, lx = d.rng, d.lx
    a, b = _name(d), _name(d)
    hm = lambda: f"[{r.randint(7, 23):02d}:{r.randint(0, 59):02d}]"
    d.t(f"{hm()} {a}: {T_CHAT_HI[d.lang]}\n{hm()} {b}: {price(r, d.lang)}\n")
    c = lx["call"].split("{}")
    d.t(f"{hm()} {b}: ", c[0]).v("PHONE_NUMBER", d.phone(mobile=True)).t(c[1], "\n")
    m = lx["mail"].split("{}")
    d.t(f"{hm()} {a}: ", m[0]).v("EMAIL_ADDRESS", d.email()).t(m[1], "\n")
    if r.random() < 0.6:
        w = lx["wire"].split("{}")
        d.t(f"{hm()} {b}: ", w[0]).v("IBAN_CODE", d.iban()).t(w[1], "\n")
    else:
        p = lx["paid"].split("{}")
        d.t(f"{hm()} {b}: ", p[0]).v("CREDIT_CARD", card(r)[1]).t(p[1], "\n")
    d.t(f"{hm()} {a}: ")
    num = phone_number(r, r.choice(FOREIGN), True)
    d.v("PHONE_NUMBER", pn.format_number(num, pn.PhoneNumberFormat.E164)).t("\n")
    d.t(f"{hm()} {b}: ").neg()


T_PREPAID = {"en": "Prepaid card activation receipt", "de": "Aktivierungsbeleg Prepaid-Karte",
             "fr": "Reçu d'activation carte prépayée", "es": "Comprobante de activación de tarjeta prepago",
             "it": "Ricevuta attivazione carta prepagata", "pt": "Talão de ativação de cartão pré-pago",
             "nl": "Activeringsbon prepaidkaart", "pl": "Potwierdzenie aktywacji karty przedpłaconej",
             "tr": "Ön ödemeli kart aktivasyon fişi", "ru": "Чек активации предоплаченной карты",
             "zh": "预付卡激活凭条", "ja": "プリペイドカード有効化レシート", "ko": "선불카드 활성화 영수증",
             "th": "ใบเสร็จเปิดใช้งานบัตรเติมเงิน", "ar": "إيصال تفعيل بطاقة مسبقة الدفع"}


def prepaid_activation(d: Doc) -> None:
    r, lx = d.rng, d.lx
    d.t(f"{T_PREPAID[d.lang]}\n{date(r, d.lang)} {r.randint(8, 21)}:{r.randint(10, 59)}\nTID {digits(r, 8)}  AUTH {digits(r, 6)}\n")
    d.t(f"{lx['card']}\n").v("CREDIT_CARD", card(r, r.choice([0, 1, 6]))[1]).t("\n")
    d.t(f"{lx['total']} {price(r, d.lang)}\n{NEG_WORDS[d.lang][2]} {non_card16(r)}\n")
    if r.random() < 0.5:
        brand, num = card(r)
        d.v("CREDIT_CARD", num).t(f" ({brand})\n" if r.random() < 0.5 else "\n")
    d.t(f"{lx['ph']} ").v("PHONE_NUMBER", d.phone()).t("\n")


T_FW = {"de": ("Änderungsantrag Firewall", "Quelle", "Ziel", "Begründung: Zugriff für Wartung"),
        "en": ("Firewall change request", "Source", "Destination", "Reason: vendor maintenance access"),
        "fr": ("Demande de modification pare-feu", "Source", "Destination", "Motif : accès maintenance"),
        "ja": ("ファイアウォール変更申請", "送信元", "宛先", "理由：保守用アクセス"),
        "ru": ("Заявка на изменение правил межсетевого экрана", "Источник", "Назначение", "Основание: доступ для обслуживания")}


MASK = {"de": "Maske", "fr": "masque", "ja": "マスク", "zh": "掩码", "ko": "마스크", "ru": "маска", "en": "mask"}
PORT = {"de": "Port", "fr": "Port", "ja": "ポート", "ru": "Порт", "en": "Port"}


def firewall_change(d: Doc) -> None:
    r, lx = d.rng, d.lx
    title, src, dst, why = T_FW[d.lang]
    d.t(f"{title} CHG{digits(r, 7)}\n{date(r, d.lang)}\n{lx['name']}: {_name(d)} · ")
    d.v("EMAIL_ADDRESS", d.email()).t(" · ").v("PHONE_NUMBER", d.phone(ext=True)).t("\n\n")
    d.t(f"{src} | {dst} | {PORT[d.lang]}\n")
    for _ in range(r.randint(2, 5)):
        a = ip4(r) if r.random() < 0.8 else ip6(r)
        d.v("IP_ADDRESS", a).t(r.choice(["/32", "/24", ""]) if ":" not in a else "", " | ")
        d.v("IP_ADDRESS", ip4(r)).t(f" | {r.choice([22, 443, 3389, 5432, 8443])}/tcp\n")
    d.t(f"{MASK[d.lang]} {netmask(r)} · {ip_negative(r)}\n{why}\n")


# ---------------------------------------------------------------- US pages

SSN_LABELS = {"en": ["SSN", "SSN#", "Social Security Number", "Soc. Sec. No.", "SS#", "SOCIAL SECURITY #",
                     "Social Security No", "S.S.N."],
              "es": ["Número de Seguro Social", "No. de Seguro Social", "SSN", "Núm. de Seguro Social"]}
US_LEX = {"en": {"ph": "Phone", "cell": "Cell", "em": "Email", "card": "Card number", "exp": "Exp.", "date": "Date"},
          "es": {"ph": "Teléfono", "cell": "Celular", "em": "Correo electrónico", "card": "Número de tarjeta",
                 "exp": "Vence", "date": "Fecha"}}


def us_ssn(d: Doc, bare_ok: bool = True) -> Doc:
    """An SSN after one of its labels; unseparated only here, where the label names it."""
    r = d.rng
    if r.random() < 0.15:  # the label after the value
        return d.v("US_SSN", ssn(r, r.choice(["dash", "space"]))).t(f" ({r.choice(SSN_LABELS[d.lang])})")
    style = r.choice(["dash", "dash", "space"] + (["bare"] if bare_ok else []))
    d.label(r.choice(SSN_LABELS[d.lang]))
    return d.v("US_SSN", ssn(r, style))


def us_phone(d: Doc) -> str:
    r = d.rng
    num = phone_number(r, "US", r.random() < 0.5)
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    s = pn.national_significant_number(num)
    return r.choice([nat, nat, f"{s[:3]}-{s[3:6]}-{s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}", f"+1 {s[:3]} {s[3:6]} {s[6:]}",
                     f"1-{s[:3]}-{s[3:6]}-{s[6:]}"])


def us_negs(d: Doc, n: int = 2) -> Doc:
    r = d.rng
    for _ in range(n):
        kind, num = bad_ssn(r)
        label = {"ITIN": "ITIN", "EIN": "Employer EIN", "bad": "Ref. no.", "routing": "ABA routing"}[kind]
        if d.lang == "es":
            label = {"ITIN": "ITIN", "EIN": "EIN del empleador", "bad": "N.º de referencia", "routing": "Ruta ABA"}[kind]
        d.t(f"{label} {num} · ")
    return d.t(f"ZIP {digits(r, 5)}-{digits(r, 4)} · #{digits(r, 9)}\n")


def scholarship_application(d: Doc) -> None:
    r, ul = d.rng, US_LEX[d.lang]
    title = {"en": "Community Foundation Scholarship Application", "es": "Solicitud de beca de la fundación comunitaria"}[d.lang]
    student = {"en": "Student", "es": "Estudiante"}[d.lang]
    parent = {"en": "Parent/guardian", "es": "Padre/tutor"}[d.lang]
    d.t(f"{title} {r.randint(2025, 2027)}\n{student}: {_name_us(d)}   ID {digits(r, 9)}   GPA 3.{r.randint(0, 99):02d}\n")
    us_ssn(d).t("\n")
    d.label(ul["cell"]).v("PHONE_NUMBER", us_phone(d)).t("   ").label(ul["em"]).v("EMAIL_ADDRESS", email(r, "edu")).t("\n")
    d.t(f"{parent}: {_name_us(d)}\n")
    us_ssn(d).t("\n")
    us_negs(d)


def _name_us(d: Doc) -> str:
    return d.rng.choice(["Tanya Whitfield", "Marcus Delgado", "Keisha Monroe", "Brandon Kowalski", "Rosa Villanueva",
                         "Derek Lindgren", "Aaliyah Brooks", "Hector Ramírez", "Megan O'Toole", "Curtis Nguyen"])


def landlord_ledger(d: Doc) -> None:
    r = d.rng
    d.t(f"RENT LEDGER — {r.choice(['Maple Court', 'Elm Ridge Apts', 'Sycamore Flats'])} — {date(r, 'en', us=True)}\n\n")
    d.t("Tenant | Unit | SSN | Phone | Card on file\n")
    for _ in range(r.randint(3, 6)):
        d.t(f"{_name_us(d)} | {r.randint(1, 4)}{r.randint(0, 2)}{r.randint(1, 9)} | ")
        d.v("US_SSN", ssn(r, r.choice(["dash", "bare", "space"]))).t(" | ").v("PHONE_NUMBER", us_phone(d)).t(" | ")
        if r.random() < 0.7:
            d.v("CREDIT_CARD", card(r, r.choice([0, 1, 2, 3]))[1])
        else:
            d.t(masked(r))
        d.t("\n")
    d.t("\nDate | Charge | Paid | Ref\n")
    for _ in range(r.randint(2, 4)):
        d.t(f"{date(r, 'en', us=True)} | ${r.randint(800, 2900)}.00 | ${r.randint(0, 2900)}.00 | "
            f"{r.choice(['Check #', 'ACH ', 'Money order '])}{digits(r, r.choice([4, 9]))}\n")
    us_negs(d, 1)


def campaign_contribution(d: Doc) -> None:
    r, ul = d.rng, US_LEX[d.lang]
    es = d.lang == "es"
    d.t("Formulario de contribución a la campaña\n" if es else "Campaign contribution form\n")
    d.t(("Monto" if es else "Amount") + f": ${r.choice([25, 50, 100, 250, 1000])}.00\n")
    d.t(("Empleador" if es else "Employer") + ": " + r.choice(["Acme Logistics", "County Schools", "Self"]) + "\n")
    d.label(ul["ph"]).v("PHONE_NUMBER", us_phone(d)).t("\n").label(ul["em"]).v("EMAIL_ADDRESS", email(r, "com")).t("\n")
    brand, num = card(r, r.choice([0, 1, 2, 3]))
    d.t(f"{brand}\n").label(ul["card"]).v("CREDIT_CARD", num).t(f"  {ul['exp']} {r.randint(1, 12):02d}/{r.randint(26, 31)}\n")
    d.t(f"ZIP+4 {digits(r, 5)}-{digits(r, 4)} · FEC ID C{digits(r, 8)}\n")


def loan_forgiveness(d: Doc) -> None:
    r = d.rng
    d.t("PUBLIC SERVICE LOAN FORGIVENESS — EMPLOYMENT CERTIFICATION\nSection 1: Borrower information\n")
    d.t(f"Name: {_name_us(d)}\n")
    us_ssn(d).t("\n")
    d.t(f"Loan account no. {digits(r, 9)}   Servicer ref {digits(r, 3)}-{digits(r, 2)}-{digits(r, 4)}\n")
    d.t("Primary phone ").v("PHONE_NUMBER", us_phone(d)).t("   Alternate ").v("PHONE_NUMBER", us_phone(d)).t("\n")
    d.t("Email ").v("EMAIL_ADDRESS", email(r, "org")).t("\nSection 2: Employer\n")
    us_negs(d)
    d.t("Employer contact phone: ").v("PHONE_NUMBER", us_phone(d) + f" ext. {r.randint(10, 9999)}").t("\n")


def name_change_petition(d: Doc) -> None:
    r = d.rng
    d.t(f"IN THE DISTRICT COURT OF {r.choice(['HARRIS', 'MARICOPA', 'KING', 'COOK'])} COUNTY\n"
        f"Case No. {r.randint(2024, 2027)}-CV-{digits(r, 6)}\nPETITION FOR CHANGE OF NAME (ADULT)\n\n")
    d.t(f"1. Petitioner {_name_us(d)} was born on {date(r, 'en', us=True, years=(1955, 2005))}. Petitioner's social security number is ")
    d.v("US_SSN", ssn(r, r.choice(["dash", "space"]))).t(".\n")
    d.t(f"2. Petitioner's driver license no. is {r.choice('ABDKS')}{digits(r, 8)} and prior case number {digits(r, 9)}.\n")
    d.t("3. Petitioner may be reached at ").v("PHONE_NUMBER", us_phone(d)).t(" or ").v("EMAIL_ADDRESS", email(r, "net")).t(".\n")
    us_negs(d, 1)


def mortgage_worksheet(d: Doc) -> None:
    r = d.rng
    d.t(f"PRE-APPROVAL WORKSHEET   Loan # {digits(r, 10)}   NMLS {digits(r, 6)}\n\n")
    d.t("                    BORROWER                 CO-BORROWER\n")
    d.t(f"Name                {_name_us(d):<25}{_name_us(d)}\n")
    d.t("SSN                 ").v("US_SSN", ssn(r, "dash")).t("              ").v("US_SSN", ssn(r, r.choice(["dash", "bare"]))).t("\n")
    d.t("Cell                ").v("PHONE_NUMBER", us_phone(d)).t("   ").v("PHONE_NUMBER", us_phone(d)).t("\n")
    d.t(f"Gross monthly       ${r.randint(3, 19)},{r.randint(100, 999)}.00\n")
    d.t("Credit report fee charged to ").v("CREDIT_CARD", card(r, r.choice([0, 1, 3]))[1]).t("\n")
    us_negs(d)


def caregiver_timesheet(d: Doc) -> None:
    r, ul = d.rng, US_LEX[d.lang]
    es = d.lang == "es"
    d.t("HOJA DE HORAS – CUIDADOR EN EL HOGAR\n" if es else "HOME CARE AIDE TIMESHEET\n")
    d.t(("Cuidador" if es else "Caregiver") + f": {_name_us(d)}   ")
    us_ssn(d, bare_ok=True).t("\n")
    d.t(("Cliente" if es else "Client") + f": {_name_us(d)}   Medicaid ID {digits(r, 9)}\n")
    for _ in range(r.randint(2, 4)):
        d.t(f"{date(r, 'en', us=True)}  {r.randint(7, 10)}:00–{r.randint(13, 18)}:30  {r.randint(4, 9)}.5 h\n")
    d.label(ul["ph"]).v("PHONE_NUMBER", us_phone(d)).t("\n")
    d.t(("Agencia" if es else "Agency") + " ").v("PHONE_NUMBER", us_phone(d) + r.choice([f" x{r.randint(10, 999)}", ""])).t("\n")
    us_negs(d, 1)


def police_report_ocr(d: Doc) -> None:
    r = d.rng
    d.t(f"lNCIDENT REP0RT   Case # {r.randint(2024, 2027)}-{digits(r, 6)}   Beat {r.randint(1, 40)}\n")
    d.t(f"VICTIM: {_name_us(d).upper()}   D0B {date(r, 'en', us=True, years=(1950, 2004))}\n")
    d.t(r.choice(["S0C SEC N0: ", "SSN ", "S.S.# ", "SOC. SEC. "])).v("US_SSN", ssn(r, r.choice(["dash", "space", "bare"]))).t("\n")
    d.t(r.choice(["PH0NE: ", "TEL ", "HOME PH "])).v("PHONE_NUMBER", us_phone(d)).t("  CELL ").v("PHONE_NUMBER", us_phone(d)).t("\n")
    d.t("NARRATIVE: V stated her card ").v("CREDIT_CARD", card(r, r.choice([0, 1]))[1])
    d.t(f" was used at 2 locations; V's bank acct {digits(r, 10)}, routing {aba(r)}.\n")
    d.t(f"SUSPECT: W/M approx 30, veh plate {r.choice('ABCXYZ')}{digits(r, 6)}\n")
    us_negs(d, 1)


def phishing_result(d: Doc) -> None:
    r = d.rng
    d.t("+-------------- Rezult --------------+\n")
    d.t("Full Name    : " + _name_us(d) + "\n")
    d.t("Card Number  : ").v("CREDIT_CARD", card(r)[1]).t(f"\nExp Date     : {r.randint(1, 12):02d}/{r.randint(2026, 2031)}\n")
    d.t(f"CVV          : {r.randint(100, 9999)}\n")
    d.t("SSN          : ").v("US_SSN", ssn(r, r.choice(["dash", "bare"]))).t(f"\nDOB          : {date(r, 'en', us=True, years=(1945, 2003))}\n")
    d.t("Phone        : ").v("PHONE_NUMBER", us_phone(d)).t("\nEmail        : ").v("EMAIL_ADDRESS", email(r, "com")).t("\n")
    d.t(f"Routing      : {aba(r)}\nAccount      : {digits(r, 11)}\n")
    d.t("IP           : ").v("IP_ADDRESS", ip4(r) if r.random() < 0.8 else ip6(r)).t("\n")
    d.t(f"User-Agent   : Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{r.randint(100, 130)}.0.{digits(r, 4)}.{r.randint(10, 200)}\n")
    d.t("+-------------- By xR00t --------------+\n")


def union_dues_roster(d: Doc) -> None:
    r = d.rng
    sep = r.choice(["\t", ",", " | "])
    d.t(f"LOCAL {r.randint(100, 2999)} — MEMBER DUES ROSTER (pasted from Excel) — {date(r, 'en', us=True)}\n")
    d.t(sep.join(["Member #", "Name", r.choice(["SSN", "Social Security No.", "SS#"]), "Phone", "Autopay card", "Dues"]), "\n")
    for _ in range(r.randint(7, 11)):
        d.t(f"{digits(r, 9)}{sep}{_name_us(d)}{sep}").v("US_SSN", ssn(r, r.choice(["dash", "bare", "dash", "space"]))).t(sep)
        if r.random() < 0.5:
            d.v("PHONE_NUMBER", us_phone(d))
        d.t(sep)
        k = r.random()
        if k < 0.65:
            d.v("CREDIT_CARD", card(r, r.choice([0, 1, 2, 3]))[1])
        elif k < 0.85:
            d.t(masked(r))
        else:
            d.t(non_card16(r))
        d.t(f"{sep}${r.randint(20, 90)}.{r.randint(0, 99):02d}\n")
    d.t(f"Union EIN {r.randint(10, 98)}-{digits(r, 7)} · Local routing {aba(r)}\n")


def family_group_chat(d: Doc) -> None:
    r = d.rng
    hm = lambda: f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}"
    mom, kid = r.choice(["Mom", "Dad", "Aunt Linda"]), r.choice(["Jess", "Tyler", "Marco", "Bree"])
    d.t(f"[{hm()}] {kid}: hey what's my social again?? filling out the FAFSA\n")
    d.t(f"[{hm()}] {mom}: it's ").v("US_SSN", ssn(r, r.choice(["dash", "bare", "space"]))).t(" don't post it anywhere\n")
    d.t(f"[{hm()}] {kid}: and my student ID is {digits(r, 9)} right?\n")
    d.t(f"[{hm()}] {mom}: yes. Dad's social is ").v("US_SSN", ssn(r, r.choice(["dash", "bare"]))).t(" and his ITIN was ")
    d.t(bad_ssn(r)[1] if r.random() < 0.3 else f"9{digits(r, 2)}-7{r.randint(0, 9)}-{digits(r, 4)}").t(" before that\n")
    d.t(f"[{hm()}] {kid}: and Bree's? she needs it for her W-4\n[{hm()}] {mom}: ")
    d.v("US_SSN", ssn(r, r.choice(["dash", "space"]))).t(f" — her employee ID is {digits(r, 3)}-{digits(r, 2)}-{digits(r, 4)}, not that\n")
    d.t(f"[{hm()}] {mom}: call grandma at ").v("PHONE_NUMBER", us_phone(d)).t(" when you're done\n")
    if r.random() < 0.6:
        d.t(f"[{hm()}] {kid}: use my card for the fee? ").v("CREDIT_CARD", card(r, r.choice([0, 1, 3]))[1]).t("\n")
    d.t(f"[{hm()}] {mom}: confirmation # {digits(r, 9)} came by text\n")


# ---------------------------------------------------------------- machine output

def siem_notable(d: Doc) -> None:
    r = d.rng
    rec = [("_time", f"\"{r.randint(2024, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:14:07Z\""),
           ("rule_id", f"\"{digits(r, 6)}\""), ("severity", f"\"{r.choice(['high', 'medium', 'critical'])}\"")]
    d.t("{")
    for k, v in rec:
        d.t(f"\"{k}\": {v}, ")
    d.t("\"src_ip\": \"").v("IP_ADDRESS", ip4(r)).t("\", \"dest_ip\": \"").v("IP_ADDRESS", ip4(r) if r.random() < 0.7 else ip6(r))
    d.t(f"\", \"dest_port\": {r.choice([22, 445, 3389, 443])}, \"user\": \"").v("EMAIL_ADDRESS", email(r, "com"))
    d.t(f"\", \"signature\": \"Multiple failed logins\", \"count\": {r.randint(5, 900)}, \"netmask\": \"{netmask(r)}\", "
        f"\"hash\": \"{''.join(r.choice('0123456789abcdef') for _ in range(40))}\"}}\n")


def snmp_trap(d: Doc) -> None:
    r = d.rng
    agent = ip4(r)
    d.t(f"{r.randint(2024, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:11 ")
    d.v("IP_ADDRESS", agent).t("(via UDP: [").v("IP_ADDRESS", agent).t(f"]:{r.randint(1024, 65000)}->[{r.choice(['0.0.0.0', '127.0.0.1'])}]:162) TRAP, SNMP v2c, community public\n")
    d.t(f"\tSNMPv2-MIB::sysUpTime.0 = Timeticks: ({digits(r, 8)}) 12 days, 3:04:05.06\n")
    d.t(f"\tSNMPv2-MIB::snmpTrapOID.0 = OID: 1.3.6.1.6.3.1.1.5.{r.randint(1, 5)}\n")
    d.t(f"\tIF-MIB::ifIndex.{r.randint(1, 48)} = INTEGER: {r.randint(1, 48)}\n")
    d.t("\tIP-MIB::ipAdEntAddr = IpAddress: ").v("IP_ADDRESS", ip4(r)).t(f"\n\tIP-MIB::ipAdEntNetMask = IpAddress: 255.255.{r.choice([0, 240, 255])}.0\n")
    d.t("\tSNMPv2-MIB::sysContact.0 = STRING: \"NOC ").v("PHONE_NUMBER", d.phone(own=False)).t(" ").v("EMAIL_ADDRESS", email(r, "net")).t("\"\n")
    d.t(f"\tSNMPv2-SMI::enterprises.9.9.41.1.2.3.1.5.{r.randint(1, 999)} = STRING: \"%LINK-3-UPDOWN\"\n")


def wireshark_stream(d: Doc) -> None:
    r = d.rng
    hostip = ip4(r)
    d.t("POST /checkout/pay HTTP/1.1\r\nHost: ").v("IP_ADDRESS", hostip).t(f":{r.choice([80, 8080, 8000])}\r\n")
    d.t("User-Agent: curl/8.5.0\r\nContent-Type: application/json\r\nX-Forwarded-For: ").v("IP_ADDRESS", ip4(r)).t("\r\n")
    d.t(f"Message-ID: <{digits(r, 10)}.{r.randint(100, 999)}@mx.{r.choice(DOMAIN_WORDS)}.com>\r\n\r\n")
    num = card(r)[1]
    d.t("{\"pan\": \"").v("CREDIT_CARD", num.replace(" ", "").replace(NBSP, "").replace("-", ""))
    d.t(f"\", \"exp\": \"{r.randint(1, 12):02d}{r.randint(26, 31)}\", \"cvc\": \"{r.randint(100, 999)}\", \"email\": \"")
    d.v("EMAIL_ADDRESS", email(r, "com")).t("\", \"phone\": \"").v("PHONE_NUMBER", d.phone(own=False)).t(f"\", \"order\": \"{digits(r, 12)}\"}}\n\n")
    d.t(f"HTTP/1.1 402 Payment Required\r\nServer: nginx/1.{r.randint(18, 27)}.{r.randint(0, 9)}\r\nContent-Length: {r.randint(20, 300)}\r\n\r\n"
        f"{{\"error\": \"card_declined\", \"decline_code\": \"{digits(r, 2)}\", \"gift_card\": \"{non_card16(r)}\"}}\n")


def radius_accounting(d: Doc) -> None:
    r = d.rng
    d.t(f"Tue Dec  {r.randint(1, 9)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:07 {r.randint(2024, 2027)}\n")
    d.t("\tAcct-Status-Type = Start\n\tUser-Name = \"").v("EMAIL_ADDRESS", email(r, "net")).t("\"\n")
    d.t("\tNAS-IP-Address = ").v("IP_ADDRESS", ip4(r)).t(f"\n\tNAS-Port = {r.randint(1, 60000)}\n")
    num = phone_number(r, r.choice(FOREIGN), True)
    d.t("\tCalling-Station-Id = \"").v("PHONE_NUMBER", pn.format_number(num, pn.PhoneNumberFormat.E164)).t("\"\n")
    d.t("\tFramed-IP-Address = ").v("IP_ADDRESS", ip4(r)).t(f"\n\tFramed-IP-Netmask = {netmask(r)}\n")
    if r.random() < 0.5:
        d.t("\tFramed-IPv6-Prefix = ").v("IP_ADDRESS", ip6(r)).t("/64\n")
    else:
        a = ip6(r)
        if a.startswith("fe80"):
            d.t("\tNAS-IPv6-Address = ").v("IP_ADDRESS", a).t("%eth1\n")
        else:
            d.t("\tNAS-IPv6-Address = ").v("IP_ADDRESS", a).t("\n")
    d.t(f"\tAcct-Session-Id = \"{digits(r, 8)}\"\n\tAcct-Input-Octets = {digits(r, 9)}\n\tTimestamp = {digits(r, 10)}\n")


def iptables_log(d: Doc) -> None:
    r = d.rng
    for _ in range(r.randint(2, 5)):
        mac = ":".join(f"{r.randint(0, 255):02x}" for _ in range(14))
        d.t(f"Dec  {r.randint(1, 9)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} gw kernel: "
            f"[{r.randint(1000, 99999)}.{digits(r, 6)}] [UFW BLOCK] IN=eth0 OUT= MAC={mac} SRC=")
        d.v("IP_ADDRESS", ip4(r)).t(" DST=").v("IP_ADDRESS", ip4(r))
        d.t(f" LEN={r.randint(40, 1500)} TOS=0x00 TTL={r.randint(30, 128)} ID={r.randint(1, 65535)} PROTO=TCP "
            f"SPT={r.randint(1024, 65535)} DPT={r.choice([22, 23, 445, 3389])} WINDOW={r.randint(1000, 65535)}\n")
    d.t(f"# policy: allow 127.0.0.1, deny 0.0.0.0/0, mask {netmask(r)}, ruleset v{version4(r)}\n")


def atm_journal(d: Doc) -> None:
    r = d.rng
    d.t(f"*** ATM {r.choice(['NCR', 'DN'])}-{digits(r, 4)} ELECTRONIC JOURNAL ***\n")
    for _ in range(r.randint(2, 4)):
        d.t(f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(24, 27)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}  "
            f"TRN SEQ {digits(r, 4)}\n")
        if r.random() < 0.6:
            d.t("CARD NUMBER: ").v("CREDIT_CARD", card_digits(r, r.choice([0, 1, 3, 6]))[1]).t("\n")
        else:
            d.t(f"CARD NUMBER: {masked(r)}\n")
        d.t(f"WITHDRAWAL  ${r.randint(2, 50) * 20}.00  AUTH {digits(r, 6)}  STAN {digits(r, 6)}\n")
    d.t(f"SW VER {version4(r)}  TERMINAL {digits(r, 8)}  SUPPORT ").v("PHONE_NUMBER", us_phone(d)).t("\n")


# ---------------------------------------------------------------- the set

ALL = sorted(LEX)
# register -> (maker, languages, documents, url path)
REGISTERS = {
    "theatre_box_office": (theatre_box_office, sorted(T_BOX), 50, "kasse/export"),
    "league_registration": (league_registration, sorted(T_LEAGUE), 55, "liga/form"),
    "lab_sample_manifest": (lab_sample_manifest, [k for k in sorted(T_LAB) if k != "en"], 40, "lims/manifest"),
    "farm_coop_members": (farm_coop_members, sorted(T_COOP), 45, "coop/members"),
    "bikeshare_incident": (bikeshare_incident, sorted(T_BIKE), 45, "support/incident"),
    "dental_recall": (dental_recall, sorted(T_DENT), 45, "recall"),
    "tattoo_consent": (tattoo_consent, sorted(T_TAT), 45, "consent"),
    "solar_quote": (solar_quote, sorted(T_SOLAR), 45, "offer/pv"),
    "swarm_collectors": (swarm_collectors, [k for k in sorted(T_SWARM) if k != "en"], 35, "imker/schwarm"),
    "coach_charter": (coach_charter, sorted(T_COACH), 45, "charter/confirm"),
    "host_family": (host_family, sorted(T_HOST), 45, "homestay/register"),
    "fleet_card_statement": (fleet_card_statement, sorted(T_FLEET), 45, "fleet/statement"),
    "lift_maintenance_log": (lift_maintenance_log, sorted(T_LIFT), 40, "maintenance/log"),
    "marketplace_chat": (marketplace_chat, ALL, 80, "messages/thread"),
    "prepaid_activation": (prepaid_activation, sorted(T_PREPAID), 60, "receipt"),
    "firewall_change": (firewall_change, [k for k in sorted(T_FW) if k != "en"], 35, "itsm/change"),
    "us_scholarship_application": (scholarship_application, ["en", "es"], 70, "scholarship/apply"),
    "us_landlord_ledger": (landlord_ledger, ["en"], 45, "ledger.txt"),
    "us_campaign_contribution": (campaign_contribution, ["en", "es"], 35, "donate"),
    "us_loan_forgiveness": (loan_forgiveness, ["en"], 35, "pslf/form.txt"),
    "us_name_change_petition": (name_change_petition, ["en"], 35, "court/petition"),
    "us_mortgage_worksheet": (mortgage_worksheet, ["en"], 60, "loan/worksheet"),
    "us_caregiver_timesheet": (caregiver_timesheet, ["en", "es"], 55, "timesheet"),
    "us_police_report_ocr": (police_report_ocr, ["en"], 60, "records/ocr"),
    "phishing_result_mail": (phishing_result, ["en"], 60, "raw"),
    "us_union_dues_roster": (union_dues_roster, ["en"], 70, "roster.csv"),
    "us_family_group_chat": (family_group_chat, ["en"], 60, "chat/export"),
    "siem_notable_event": (siem_notable, ["en"], 45, "notable.json"),
    "snmp_trap_dump": (snmp_trap, ["en"], 30, "snmptrapd.log"),
    "wireshark_follow_stream": (wireshark_stream, ["en"], 35, "stream.txt"),
    "radius_accounting": (radius_accounting, ["en"], 30, "radacct/detail"),
    "iptables_log": (iptables_log, ["en"], 40, "kern.log"),
    "atm_journal": (atm_journal, ["en"], 35, "ej.txt"),
}
US_REGISTERS = {k for k in REGISTERS if k.startswith("us_")} | {"phishing_result_mail", "atm_journal"}
MACHINE = {"siem_notable_event", "snmp_trap_dump", "wireshark_follow_stream", "radius_accounting", "iptables_log"}


def plan() -> list[tuple[str, str]]:
    out = []
    for reg, (_, langs, n, _) in REGISTERS.items():
        out += [(reg, langs[k % len(langs)]) for k in range(n)]
    random.Random("blind11-order").shuffle(out)
    return out


def make_doc(i: int, register: str, lang: str, attempt: int) -> dict:
    rng = random.Random(f"blind11-{i}-{attempt}")
    maker, _, _, path = REGISTERS[register]
    if register in US_REGISTERS or register in MACHINE:
        region = "US"
    else:
        regs = REGIONS[lang]
        region = regs[0] if rng.random() < 0.65 else rng.choice(regs)
    d = Doc(rng, lang, region)
    maker(d)
    if register in MACHINE:
        url = f"https://{rng.choice(['paste.', 'gist.', 'bin.'])}{rng.choice(DOMAIN_WORDS)}.io/{path}/{digits(rng, 6)}"
    elif region == "US":
        url = f"https://{rng.choice(DOMAIN_WORDS)}.{rng.choice(['com', 'org', 'us', 'net'])}/{path}"
    else:
        url = f"{host(d)}/{path}"
    return row_of(d, i, register, url)


# ---------------------------------------------------------------- checks

_EXT_RE = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in sorted(EXT_WORDS, key=len, reverse=True)) + r")\s*\d+$")
_CHECK_REGIONS = sorted({r for rs in REGIONS.values() for r in rs} | {"US"})


def phone_valid(text: str) -> bool:
    core = _EXT_RE.sub("", _ascii_digits(text)).replace(NBSP, " ")
    if core.startswith("00"):
        core = "+" + core[2:]
    regions = [None] if core.startswith("+") else _CHECK_REGIONS
    for region in regions:
        try:
            if pn.is_valid_number(pn.parse(core, region)):
                return True
        except pn.NumberParseException:
            continue
    return False


def ip_ok(text: str) -> bool:
    try:
        a = ipaddress.ip_address(text)
    except ValueError:
        return False
    if a.is_loopback or a.is_unspecified:
        return False
    if a.version == 4:
        bits = f"{int(a):032b}"
        if re.fullmatch(r"1+0*", bits) or re.fullmatch(r"0*1+", bits):
            return False
    return True


def ssn_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", text)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _glued(text: str, start: int, end: int) -> bool:
    def an(c: str) -> bool:
        return c.isascii() and c.isalnum()
    return (start > 0 and an(text[start - 1])) or (end < len(text) and an(text[end]))


def check_row(row: dict) -> list[str]:
    """Problems with a row's gold (empty when it is sound)."""
    text, spans, errs = row["text"], row["spans"], []
    last = 0
    for s in spans:
        t = s["text"]
        if text[s["start"]:s["end"]] != t:
            errs.append(f"span text {t!r}")
        if s["start"] < last:
            errs.append(f"overlap at {t!r}")
        last = s["end"]
        if _glued(text, s["start"], s["end"]):
            errs.append(f"glued {t!r}")
        typ = s["type"]
        ok = {"PHONE_NUMBER": phone_valid,
              "CREDIT_CARD": lambda v: is_brand_card(re.sub(r"\D", "", v)) and not re.search(r"[^\d \-\u00a0]", v),
              "IBAN_CODE": lambda v: IBAN(v.replace(" ", "").upper(), allow_invalid=True).is_valid,
              "IP_ADDRESS": ip_ok, "US_SSN": ssn_ok,
              "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v) is not None}[typ](t)
        if not ok:
            errs.append(f"invalid {typ} {t!r}")
    inside = [(s["start"], s["end"]) for s in spans]

    def outside(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in inside)
    for m in re.finditer(r"(?<!\d)\d{4}([ \-\u00a0]?)\d{4}\1\d{4}\1\d{4}(?!\d)|(?<!\d)\d{13,19}(?!\d)", text):
        if outside(m.start(), m.end()) and is_brand_card(re.sub(r"\D", "", m.group())):
            errs.append(f"unlabelled card {m.group()!r}")
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z0-9]{11,30}(?![A-Za-z0-9])", text):
        if outside(m.start(), m.end()) and IBAN(m.group(), allow_invalid=True).is_valid:
            errs.append(f"unlabelled IBAN {m.group()!r}")
    labelled = Counter(s["text"] for s in spans if len(s["text"]) >= 7)
    for value, n in labelled.items():
        found, k = 0, text.find(value)
        while k >= 0:
            found += not _glued(text, k, k + len(value))
            k = text.find(value, k + 1)
        if found != n:
            errs.append(f"{value!r} occurs {found}x, labelled {n}x")
    return errs


def generate() -> list[dict]:
    rows = []
    for i, (register, lang) in enumerate(plan()):
        for attempt in range(20):
            row = make_doc(i, register, lang, attempt)
            if not check_row(row):
                break
        else:
            raise AssertionError(f"{register}/{lang}: {check_row(row)}")
        rows.append(row)
    return rows


def load() -> list[dict]:
    """The rows of the committed set."""
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    rows = generate()
    types, regs, langs = Counter(), Counter(), Counter()
    for row in rows:
        types.update(s["type"] for s in row["spans"])
        regs[row["register"]] += 1
        langs[row["language"]] += 1
    total = sum(types.values())
    print(f"blind11: {len(rows)} documents, {total} spans")
    for t, n in types.most_common():
        print(f"  {t:14s} {n:5d}  {n / total:6.1%}")
    print("registers:", dict(sorted(regs.items())))
    print("languages:", dict(sorted(langs.items())), f"non-English {1 - langs['en'] / len(rows):.1%}")
    if "--write-set" in sys.argv:
        DATA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
