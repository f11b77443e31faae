"""An eighth blind PII test set (issue 26): 34 registers no earlier generator used, 24 languages,
every page written wholly in its own language, values in every CONTEXT a page gives them, weighted
to US SSNs and card numbers (each >= 15% of spans) and phones (>= 30%).

Written by an eighth helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other
generators' templates or value makers, nor BENCHMARKS.md's PII sections. The step was never run on
this set while it was written: the lead scores it once, at the end. Every template, phrase, name
list and value maker is new (benchmarks/pii_blind8_values.py, pii_blind8_lexicon.py).

    python benchmarks/pii_blind8.py               # counts per type, register and language
    python benchmarks/pii_blind8.py --write-set   # (re)writes benchmarks/data/pii_blind8.jsonl

Registers (34): money-transfer (remittance) receipts, marina berth bookings, museum group-visit
bookings, mosque prayer-time timetables, apartment-building maintenance notices, class parents'
phone trees, birthday / house-warming invitations, courier pickup bookings, language-school
enrolment forms, venue-hire contracts, consumer complaints to an ombudsman about card charges,
card-fraud reports to a bank, mobile top-up receipts, OCR'd mail-order catalogue forms (misread
labels, doubled spaces), IRC logs, SMS backup XML, humans.txt and
security.txt files, password-manager CSV exports, infostealer "autofill" logs, Slack JSON exports,
and US pages: rental applications, tenant-screening reports, Medicaid / SNAP benefit applications
(also in es, zh, vi, ko), juror questionnaires, wage-garnishment orders, credit-card applications
(also es), life-insurance beneficiary designations, 401(k) rollover forms, debt-collector CRM call
notes, OCR'd Form 1040 pages, pandas DataFrame printouts in notebooks, payment-API request dumps
(curl / HAR), IDS (Suricata-style) alert lines, netstat / ARP outputs.
Languages (24, 12 in non-Latin scripts): en de fr es it pt nl pl sv cs tr ru uk bg el ar fa he hi
zh ja ko th vi; more than half of the documents are not English. Machine formats (stealer logs,
SMS XML, CSV and JSON exports) keep the fixed keys their tools write; all else is in the page's
language, with its own date, price and phone writing.

Contexts: a label before the value in the page's language (full, abbreviated, in capitals, with or
without colon), a label after it, a column header far above it (pipe, CSV, fixed-width tables and
DataFrame printouts), only the sentence around it ("call me on", "my social is", "wire it to"), no
context where the shape tells (E.164, IBAN, e-mail, card in 4-4-4-4), several values of mixed
types on one line, markup remnants ("&nbsp;", "<br>", "**", "|", "<td>") or a line break between
label and value. Phones: `phonenumbers` example numbers (fixed line and mobile) of 97 regions,
all but the first one to three national digits varied while valid and of the same type,
written national (only for the page's own country, by its URL), international, E.164, "00", "+CC (0)", with dots, dashes,
slashes, no-break spaces, full-width, Arabic-Indic or Persian digits, extensions in each page's
language, Tel/Fax pairs. Cards of 9 brands (Visa 13/16/19, Mastercard 51-55 and 2221-2720, Amex,
Discover, Diners, JCB, UnionPay 16/19, Mir, Maestro 12/13/16/19; each brand as common as it is
in the page's country) in their printed groupings or unbroken,
with spaces, dashes or no-break spaces. IBANs from schwifty (print groups, electronic, lower
case). IPv4 (public, private, link-local) and IPv6 (global, ULA, link-local with its zone id
outside the span). US SSNs dashed, spaced or unseparated; unseparated only where a label, a column
header or the sentence names the number.
Hard negatives beside them: dates and times in each country's format, prices, order / invoice /
tracking / case / claim / member / MTCN numbers, ISBN, EAN, postcodes, coordinates, versions
(some shaped like IPv4), IMEIs, serials, hashes, masked cards, Luhn-invalid cards with a brand
prefix, 16-digit vouchers and account numbers, IBANs with a wrong check digit, domestic account
numbers, ITINs, EINs, SSNs with area 000 / 666 / 9xx, group 00 or serial 0000, "last four"
SSN fragments, ABA routing numbers, Canadian SINs, 9-digit member and case numbers, netmasks,
wildcard masks, loopback, 0.0.0.0, broadcast, ports.

Span rules (the project's policy, as blind3 states it):
- a span is exactly the value: no label, bracket, "mailto:", "tel:", port, CIDR prefix, IPv6 zone
  id or trailing punctuation; an extension written right after a phone is part of its span;
- e-mails need a literal "@" and a dotted domain; obfuscated forms, DNS SOA mailbox names and
  Message-IDs are not labelled;
- IPs: loopback, unspecified, netmasks / wildcard masks and 255.255.255.255 are not labelled;
  private, link-local and public addresses are;
- lower-case IBANs and IBANs in print groups are labelled; a wrong check digit is not;
- cards pass Luhn and start with a real brand prefix at a real brand length; masked or
  Luhn-invalid ones are not labelled, nor Luhn-valid non-card numbers (IMEI, SIN);
- national ids other than the US SSN are not labelled; ITINs, EINs and SSNs with area 000, 666 or
  9xx, group 00 or serial 0000 are not labelled;
- a phone is a number a reader recognises as one (shape, label or sentence) and is valid for some
  region per phonenumbers (extension stripped); bare national numbers no reader could tell from
  another number are not planted; vanity numbers are not labelled.

Gold is checked on writing (`check_row` in pii_blind8_values.py, also run by
tests/test_pii_blind8_set.py): span text equals text[start:end], spans sorted and not overlapping,
not glued to an ASCII letter or digit, phones valid, cards Luhn + brand prefix + length, IBANs
valid (schwifty), IPs parse and are of no excluded class, SSNs in the issued range, each gold value
of 7+ characters occurs in its text exactly as often as it is labelled, and no Luhn-valid brand
card number (a whole digit run) or valid IBAN stands outside a span. A drawn document failing a
check is drawn again (next attempt seed). Deterministic: string seeds per document, no set
iteration, no Faker.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_blind import read_rows, write_sets
from pii_blind8_lexicon import (
    FOREIGN,
    HOME,
    IBAN_HOME,
    LEX,
    MAIL_HOSTS,
    NAMES,
    TLD,
    date_str,
    price_str,
)
from pii_blind8_values import BRAND_NAMES, IBAN_COUNTRIES, Values, check_row

DATA = Path(__file__).resolve().parent / "data"
PATH = DATA / "pii_blind8.jsonl"
SEED = "blind8-2026-12"
N_DOCS = 1400

# countries whose international call prefix is not "00": their pages write "+" (or "011"), not "00"
NO_00 = {"US", "CA", "JP", "AU", "KR", "TW", "HK", "SG", "ID", "NG", "KE", "GH", "BR", "CO", "CL", "TH"}
PH, CC, IB, IP, SSN, EM = "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN", "EMAIL_ADDRESS"


class Doc:
    """Text built piece by piece; values are recorded as spans where they are written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def v(self, kind: str, s: str) -> None:
        self.spans.append({"type": kind, "start": self.n, "end": self.n + len(s), "text": s})
        self.t(s)

    def put(self, template: str, *values) -> None:
        """`template` with "{}" holes filled in order by plain strings or (type, text) values."""
        pieces = template.split("{}")
        if len(pieces) != len(values) + 1:
            raise ValueError(f"{template!r}: {len(values)} values for {len(pieces) - 1} holes")
        for piece, value in zip(pieces, list(values) + [None]):
            self.t(piece)
            if isinstance(value, tuple):
                self.v(*value)
            elif value is not None:
                self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Page:
    """One document: its language, country, words, value maker and text."""

    def __init__(self, rng: random.Random, lang: str, region: str):
        self.rng, self.lang, self.region = rng, lang, region
        self.L = LEX[lang]
        self.V = Values(rng)
        self.doc = Doc()
        self.put = self.doc.put
        self.t = self.doc.t
        self.v = self.doc.v

    # choices ----------------------------------------------------------------------------------
    def pick(self, *options):
        return self.rng.choice(options)

    def name(self) -> tuple[str, str]:
        return self.rng.choice(NAMES[self.lang])

    def label(self, key: str, colon: bool | None = None) -> str:
        """A label as pages write it: full or short, in capitals or not, with or without colon."""
        word = self.L[key]
        if key == "tel" and self.rng.random() < 0.4:
            word = self.L["tel2"]
        if self.rng.random() < 0.15 and word.isascii():
            word = word.upper()
        if colon is None:
            colon = self.rng.random() < 0.75
        if word.endswith((":", "：")):
            return word + " "
        return word + (": " if colon else " ")

    def sep(self) -> str:
        """What stands between a label and its value in text taken from HTML."""
        return self.rng.choice([" ", " ", " ", "&nbsp;", " <br>", "\n", " | ", "** ", "\t"])

    # values -----------------------------------------------------------------------------------
    def phone(self, kind: str = "any", home: bool = True, bare: bool = False, ext: bool = False) -> tuple[str, str]:
        """A phone of the page's country (any writing) or of a foreign one (international only).
        `bare`: the number stands without any context, so only shapes that tell (E.164, +CC)."""
        rng = self.rng
        region = self.region if home else rng.choice(FOREIGN + [r for rs in HOME.values() for r in rs[:2]])
        if bare:
            style = rng.choice(["e164", "intl", "intl", "nbsp"])
        elif home:
            style = rng.choice(["national", "national", "national", "intl", "e164", "00", "trunk0", "dots",
                                "slash", "nbsp", "natdots", "dashes"])
        else:
            style = rng.choice(["intl", "intl", "e164", "00", "dots", "nbsp", "trunk0"])
        if style == "00" and self.region in NO_00:
            style = "intl"
        ext_text = None
        if ext and kind != "mobile":
            ext_text = (self.L["ext"] if rng.random() < 0.7 or self.lang != "en" else " x") + str(rng.randint(2, 4999))
            kind = "fixed"
        digits = None
        if home and not bare:
            if self.lang == "ar" and rng.random() < 0.3:
                digits = "arabic"
            elif self.lang == "fa" and rng.random() < 0.4:
                digits = "persian"
            elif self.lang in ("ja", "zh") and rng.random() < 0.2:
                digits = "fullwidth"
        text = self.V.phone(region, style, kind, ext_text, digits)
        return PH, text

    def email(self, local: str | None = None, host: str | None = None) -> tuple[str, str]:
        rng = self.rng
        local = local or self.name()[1]
        if rng.random() < 0.15:
            local += rng.choice(["+orders", "+bank", "+" + str(rng.randint(1, 99))])
        elif rng.random() < 0.3:
            local += str(rng.randint(1, 1999))
        host = host or rng.choice(MAIL_HOSTS[self.lang])
        e = f"{local}@{host}"
        return EM, (e.upper() if rng.random() < 0.04 else e)

    def org_email(self, role: str, org: str) -> tuple[str, str]:
        return EM, f"{role}@{org}.{TLD.get(self.region, 'com')}"

    def card(self, brand: str | None = None, sep: str | None = None) -> tuple[str, tuple[str, str]]:
        """(brand name, card value): brands as common as they are where the page is."""
        if brand is None:
            pool = ["visa"] * 4 + ["mastercard"] * 4 + ["amex"] * 2 + ["discover", "diners", "jcb", "unionpay", "maestro"]
            pool += {"ru": ["mir"] * 5, "zh": ["unionpay"] * 5, "ja": ["jcb"] * 5, "ko": ["jcb", "unionpay"],
                     "en": ["discover"] * 2 if self.region == "US" else [], "nl": ["maestro"] * 2,
                     "de": ["maestro"] * 2}.get(self.lang, [])
            brand = self.rng.choice(pool)
        brand, text = self.V.card(brand, sep)
        return BRAND_NAMES[brand], (CC, text)

    def iban(self, style: str | None = None) -> tuple[str, str] | str:
        """The page country's IBAN (a value) or, where it has none, a domestic account (no value)."""
        if self.region in IBAN_HOME and self.region in IBAN_COUNTRIES:
            style = style or self.rng.choice(["print", "print", "compact", "lower"])
            return IB, self.V.iban(self.region, style)
        return self.V.digits(self.rng.choice([9, 10, 12, 14]))

    def foreign_iban(self) -> tuple[str, str]:
        return IB, self.V.iban(self.rng.choice(IBAN_COUNTRIES), self.rng.choice(["print", "compact"]))

    def date(self) -> str:
        return date_str(self.lang, self.region, self.rng)

    def price(self) -> str:
        return price_str(self.lang, self.region, self.rng)

    def dob(self) -> str:
        """A birth date as US forms write it."""
        return f"{self.rng.randint(1, 12):02d}/{self.rng.randint(1, 28):02d}/{self.rng.randint(1948, 2006)}"

    def decimal(self, whole: int, tenth: int) -> str:
        comma = self.lang not in ("en", "zh", "ja", "ko", "th", "hi", "he")
        return f"{whole}{',' if comma else '.'}{tenth}"

    def time(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.choice([0, 15, 30, 45, 10, 50]):02d}"

    def neg(self) -> str:
        """A hard negative beside the values: a number a careless reader might take for PII."""
        rng, V = self.rng, self.V
        kind = rng.randrange(16)
        if kind == 0:
            return f"{self.L['order']} {V.digits(rng.choice([8, 9, 10, 11]))}"
        if kind == 1:
            return f"ISBN {V.isbn13()}"
        if kind == 2:
            return f"EAN {V.ean13()}"
        if kind == 3:
            return f"IMEI {V.imei()}"
        if kind == 4:
            return f"{self.L['card']} {V.masked_card()}"
        if kind == 5:
            return f"{self.L['inv']} {rng.randint(2023, 2027)}-{V.digits(5)}"
        if kind == 6:
            return f"{self.L['date']} {self.date()} {self.time()}"
        if kind == 7:
            return f"{self.L['total']} {self.price()}"
        if kind == 8:
            return f"{V.coords()}"
        if kind == 9:
            return f"v{V.version_ip_like()}"
        if kind == 10:
            return f"{self.L['ref']} {V.digits(4)}/{rng.randint(2020, 2027)}"
        if kind == 11:
            return f"{self.L['cust']} {V.digits(rng.choice([7, 9, 12]))}"
        if kind == 12:
            return f"{self.L['card']} {V.bad_card(rng.choice([' ', '-', '']))}"
        if kind == 13:
            return f"{self.L['iban']} {V.bad_iban(self.rng.choice(['DE', 'FR', 'IT', 'ES', 'NL', 'PL']))}"
        if kind == 14:
            return f"{rng.randint(1990, 2020)}–{rng.randint(2021, 2027)}"
        return f"S/N {V.sha(12).upper()}"


from pii_blind8_registers import REGISTERS


def draw(i: int, attempt: int) -> dict:
    rng = random.Random(f"{SEED}:{i}:{attempt}")
    names = [r for r, *_ in REGISTERS]
    weights = [w for _, _, w, _ in REGISTERS]
    reg = rng.choices(names, weights)[0]
    fn, _, langs = next((f, w, ls) for r, f, w, ls in REGISTERS if r == reg)
    lang = rng.choice(langs)
    us_page = reg.startswith("us_") or reg in ("dataframe_printout",)
    region = "US" if us_page else rng.choice(HOME[lang][:4] if rng.random() < 0.8 else HOME[lang])
    page = Page(rng, lang, region)
    url = fn(page) or "https://{}.{}.{}/{}".format(rng.choice(["share", "files", "paste", "dl"]),
                                               rng.choice(["cloudbox", "dropzone", "quickshare"]),
                                               TLD.get(region, "com"), page.V.sha(10))
    return {"id": f"blind8-{i}", "half": "blind8", "register": reg, "url": url, "language": lang,
            "text": page.doc.text, "spans": page.doc.spans, "_region": region}


def generate(half: str = "blind8", n: int = N_DOCS) -> list[dict]:
    rows = []
    for i in range(n):
        for attempt in range(40):
            row = draw(i, attempt)
            region = row.pop("_region")
            if row["spans"] and not check_row(row, [region]):
                break
        else:
            raise RuntimeError(f"blind8-{i}: no sound draw in 40 attempts: {check_row(row, [region])}")
        rows.append(row)
    return rows


def load() -> list[dict]:
    """The committed rows (benchmarks/data/pii_blind8.jsonl)."""
    return read_rows(PATH)


def hint_regions(row: dict) -> list[str]:
    """The regions a row's URL names (its TLD), for validating national phone numbers."""
    host = re.sub(r"^https?://", "", row["url"]).split("/")[0]
    suffix = host.split(".")[-1].upper()
    regions = [r for r, t in TLD.items() if t.split(".")[-1].upper() == suffix]
    return regions + (["US"] if suffix in ("COM", "ORG", "NET", "GOV", "IO") else [])


def counts(rows: list[dict]) -> None:
    by_type: dict[str, int] = {}
    by_reg: dict[str, int] = {}
    by_lang: dict[str, int] = {}
    for row in rows:
        by_reg[row["register"]] = by_reg.get(row["register"], 0) + 1
        by_lang[row["language"]] = by_lang.get(row["language"], 0) + 1
        for s in row["spans"]:
            by_type[s["type"]] = by_type.get(s["type"], 0) + 1
    total = sum(by_type.values())
    print(f"{len(rows)} documents, {total} spans")
    for k, v in sorted(by_type.items(), key=lambda kv: -kv[1]):
        print(f"  {k:14s} {v:5d}  {v / total:6.1%}")
    print(f"registers ({len(by_reg)}): " + ", ".join(f"{k} {v}" for k, v in sorted(by_reg.items())))
    print(f"languages ({len(by_lang)}): " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items())))
    print(f"not English: {sum(v for k, v in by_lang.items() if k != 'en') / len(rows):.1%}")


def main() -> None:
    if "--write-set" not in sys.argv:
        counts(generate())
        return
    write_sets("", {"blind8": (PATH,)}, generate, "The eighth blind PII set (issue 26).")
    rows = load()
    counts(rows)
    bad = [(r["id"], p) for r in rows for p in check_row(r, hint_regions(r))]
    print(f"check_row problems on the written file: {len(bad)}", bad[:5])


if __name__ == "__main__":
    main()
