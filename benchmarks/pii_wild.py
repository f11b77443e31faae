"""A fourth labelled PII set, written blind for issue 26: registers, phrasings and formats the
step was never tuned on.

    python benchmarks/pii_wild.py --write-set    # (re)writes benchmarks/data/pii_wild_{tune,held}.jsonl

It shares no template, phrase list or value maker with `pii_eval.py`, `pii_pages.py` or
`pii_blind.py` (only their output format: JSON lines with id, half, register, url, language,
text, spans[{type, start, end, text}]); `pii_eval.py` scores it as `wild tune` and `wild held`.
Both halves were written and committed before the step was first scored on either.

Registers: classifieds and marketplace listings, WHOIS records, shop receipts and invoices, event
pages, university staff directories, job posts, press releases with media contacts, real-estate
listings, travel bookings, medical appointment letters, GitHub-style issues with logs, and
company footers in 30-odd languages. Each register has two template sets written separately:
`tune` uses set A under seed 2611, `held` set B under seed 7919 (another layout, other words,
other look-alikes), so `held` measures phrasings the step was not tuned on.

Values: Faker in 40 locales (phone numbers as each locale writes them, e-mails, IBANs, cards of
every Faker brand, SSNs, IPv4/IPv6), phonenumbers' example numbers for every region it knows
(fixed line, mobile, toll free, VoIP, ...; last digits varied while valid) written in each
PhoneNumberFormat (E.164, international, national, RFC 3966 without "tel:") and local variants
(dots, "(0)", "00", brackets round the area code, WHOIS "+CC.NNNN"), with extensions ("ext.",
"x", "poste", "Durchwahl", "anknytning", "lokal"); cards built here from the issuers' published
prefixes (UnionPay 62, Diners 300-305/36/38/39, Discover 6011/644-649/65, Amex 34/37, Mir
2200-2204, JCB 3528-3589, Maestro, Visa, Mastercard 2221-2720/51-55) at 12-19 digits, grouped
4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3 with spaces, dashes or nothing.

Gold policy (what a careful reader would replace): a phone number is planted only where the
page shows it is one (a label or phone word, a contact block, an international prefix, or a
national number with its trunk prefix on its country's page); an unseparated nine-digit number
is a US SSN only next to a word naming it, and a person's "TIN" on a US tax line (recipient,
payee, employee) is their SSN when it is in the issued range: it is planted as US_SSN, while a
payer's or employer's TIN is an EIN and not PII. Hard negatives everywhere: order ids, SKUs,
tracking numbers (UPS, USPS, FedEx), EAN barcodes, prices, PNR codes, flight and seat numbers,
e-ticket numbers, MLS and licence numbers, NPI and MRN numbers, hashes, UUIDs, versions, ports,
ICCIDs and IMEIs, business registration numbers (CVR, org.nr, Y-tunnus, KvK), masked cards,
`git@host:` remotes and `pkg@1.2.3`, employee ids in 3-2-4 shape.

Reproducible from the seeds, but for the city names of the 9 Italian footers in the committed
sets: Faker's it_IT city list is built from a set, so its order followed the hash seed of the
process that wrote them; `city()` now picks from the sorted list (tests compare every other row).
"""
from __future__ import annotations

import argparse
import json
import random
import string
import sys
import uuid
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import Page as BlindPage, read_rows, write_sets  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SETS = {"tune": (DATA / "pii_wild_tune.jsonl", 2611), "held": (DATA / "pii_wild_held.jsonl", 7919)}
N_DOCS = 1000

# language -> [(Faker locale, region, TLD)]; locales the other generators use only where a
# language has no other.
LOCALES = {
    "en": [("en_GB", "GB", "co.uk"), ("en_AU", "AU", "com.au"), ("en_IN", "IN", "in"),
           ("en_CA", "CA", "ca"), ("en_NZ", "NZ", "co.nz"), ("en_IE", "IE", "ie"), ("en_US", "US", "com")],
    "de": [("de_AT", "AT", "at"), ("de_CH", "CH", "ch")],
    "fr": [("fr_CA", "CA", "ca"), ("fr_CH", "CH", "ch"), ("fr_BE", "BE", "be")],
    "es": [("es_ES", "ES", "es"), ("es_CO", "CO", "co"), ("es_CL", "CL", "cl"), ("es_AR", "AR", "com.ar")],
    "it": [("it_IT", "IT", "it")], "pt": [("pt_PT", "PT", "pt")], "nl": [("nl_BE", "BE", "be")],
    "sv": [("sv_SE", "SE", "se")], "da": [("da_DK", "DK", "dk")], "no": [("no_NO", "NO", "no")],
    "fi": [("fi_FI", "FI", "fi")], "cs": [("cs_CZ", "CZ", "cz")], "sk": [("sk_SK", "SK", "sk")],
    "hu": [("hu_HU", "HU", "hu")], "ro": [("ro_RO", "RO", "ro")], "tr": [("tr_TR", "TR", "com.tr")],
    "el": [("el_GR", "GR", "gr")], "uk": [("uk_UA", "UA", "ua")], "ko": [("ko_KR", "KR", "kr")],
    "zh": [("zh_TW", "TW", "tw")], "th": [("th_TH", "TH", "co.th")], "id": [("id_ID", "ID", "co.id")],
    "vi": [("vi_VN", "VN", "vn")], "he": [("he_IL", "IL", "co.il")], "hr": [("hr_HR", "HR", "hr")],
    "bg": [("bg_BG", "BG", "bg")], "lt": [("lt_LT", "LT", "lt")], "sl": [("sl_SI", "SI", "si")],
    "lv": [("lv_LV", "LV", "lv")], "pl": [("pl_PL", "PL", "pl")],
}

# Footer words per language: (phone label, fax label, e-mail label, bank label, a company-number
# label and a maker of that number (not PII), "opening hours").
FOOTER = {
    "en": ("Phone", "Fax", "Email", "Bank", "Company No.", lambda r: f"{r.randint(1000000, 9999999):08d}", "Opening hours"),
    "de": ("Telefon", "Telefax", "E-Mail", "Bankverbindung", "Firmenbuchnummer", lambda r: f"FN {r.randint(100000, 999999)}{r.choice('abdfghimp')}", "Öffnungszeiten"),
    "fr": ("Tél.", "Téléc.", "Courriel", "Coordonnées bancaires", "N° d'entreprise", lambda r: f"0{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)}", "Heures d'ouverture"),
    "es": ("Teléfono", "Fax", "Correo", "Cuenta bancaria", "CIF", lambda r: f"B{r.randint(10000000, 99999999)}", "Horario"),
    "it": ("Tel.", "Fax", "E-mail", "IBAN", "P.IVA", lambda r: f"{r.randint(10**10, 10**11 - 1)}", "Orari"),
    "pt": ("Telefone", "Fax", "Email", "IBAN", "NIPC", lambda r: f"5{r.randint(10**7, 10**8 - 1)}", "Horário"),
    "nl": ("Tel.", "Fax", "E-mail", "Rekeningnummer", "Ondernemingsnummer", lambda r: f"0{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)}", "Openingsuren"),
    "sv": ("Telefon", "Fax", "E-post", "Bankgiro / IBAN", "Org.nr", lambda r: f"{r.randint(550000, 559999)}-{r.randint(1000, 9999)}", "Öppettider"),
    "da": ("Tlf.", "Fax", "E-mail", "Bank", "CVR-nr.", lambda r: f"{r.randint(10000000, 99999999)}", "Åbningstider"),
    "no": ("Telefon", "Faks", "E-post", "Bankkonto", "Org.nr.", lambda r: f"{r.randint(800, 999)} {r.randint(100, 999)} {r.randint(100, 999)}", "Åpningstider"),
    "fi": ("Puh.", "Faksi", "Sähköposti", "Tilinumero", "Y-tunnus", lambda r: f"{r.randint(1000000, 9999999)}-{r.randint(0, 9)}", "Aukioloajat"),
    "cs": ("Tel.", "Fax", "E-mail", "Bankovní spojení", "IČO", lambda r: f"{r.randint(10000000, 99999999)}", "Otevírací doba"),
    "sk": ("Tel.", "Fax", "E-mail", "Bankové spojenie", "IČO", lambda r: f"{r.randint(10000000, 99999999)}", "Otváracie hodiny"),
    "hu": ("Telefon", "Fax", "E-mail", "Bankszámla", "Adószám", lambda r: f"{r.randint(10000000, 99999999)}-{r.randint(1, 5)}-{r.randint(10, 44)}", "Nyitvatartás"),
    "ro": ("Telefon", "Fax", "E-mail", "Cont bancar", "CUI", lambda r: f"RO{r.randint(1000000, 99999999)}", "Program"),
    "tr": ("Telefon", "Faks", "E-posta", "Banka hesabı", "Vergi No", lambda r: f"{r.randint(10**9, 10**10 - 1)}", "Çalışma saatleri"),
    "el": ("Τηλ.", "Φαξ", "Email", "Τραπεζικός λογαριασμός", "ΑΦΜ", lambda r: f"{r.randint(10**8, 10**9 - 1)}", "Ωράριο"),
    "uk": ("Тел.", "Факс", "Ел. пошта", "Рахунок", "ЄДРПОУ", lambda r: f"{r.randint(10**7, 10**8 - 1)}", "Графік роботи"),
    "ko": ("전화", "팩스", "이메일", "계좌", "사업자등록번호", lambda r: f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10000, 99999)}", "영업시간"),
    "zh": ("電話", "傳真", "電子郵件", "銀行帳戶", "統一編號", lambda r: f"{r.randint(10**7, 10**8 - 1)}", "營業時間"),
    "th": ("โทร.", "แฟกซ์", "อีเมล", "บัญชีธนาคาร", "เลขประจำตัวผู้เสียภาษี", lambda r: f"{r.randint(10**12, 10**13 - 1)}", "เวลาทำการ"),
    "id": ("Telp.", "Faks", "Surel", "Rekening", "NPWP", lambda r: f"{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(1, 9)}-{r.randint(100, 999)}.000", "Jam buka"),
    "vi": ("Điện thoại", "Fax", "Email", "Tài khoản", "MST", lambda r: f"0{r.randint(100000000, 999999999)}", "Giờ mở cửa"),
    "he": ("טלפון", "פקס", "דוא\"ל", "חשבון בנק", "ח.פ.", lambda r: f"5{r.randint(10**7, 10**8 - 1)}", "שעות פעילות"),
    "hr": ("Tel.", "Faks", "E-pošta", "IBAN", "OIB", lambda r: f"{r.randint(10**10, 10**11 - 1)}", "Radno vrijeme"),
    "bg": ("Тел.", "Факс", "Имейл", "Банкова сметка", "ЕИК", lambda r: f"{r.randint(10**8, 10**9 - 1)}", "Работно време"),
    "lt": ("Tel.", "Faksas", "El. paštas", "Sąskaita", "Įmonės kodas", lambda r: f"{r.randint(10**8, 10**9 - 1)}", "Darbo laikas"),
    "sl": ("Tel.", "Faks", "E-pošta", "TRR", "Matična številka", lambda r: f"{r.randint(10**9, 10**10 - 1)}", "Delovni čas"),
    "lv": ("Tālr.", "Fakss", "E-pasts", "Konts", "Reģ. Nr.", lambda r: f"4000{r.randint(10**6, 10**7 - 1)}", "Darba laiks"),
    "pl": ("Tel.", "Faks", "E-mail", "Konto", "KRS", lambda r: f"0000{r.randint(100000, 999999)}", "Godziny otwarcia"),
}
# Extension words as offices write them, by language.
EXTENSION_WORDS = {"en": ("ext. ", "x", "ext ", " x "), "fr": ("poste ",), "de": ("Durchwahl ", "Dw. "),
                   "sv": ("anknytning ",), "es": ("ext. ", "anexo "), "it": ("int. ",), "pt": ("ramal ",)}

PHONE_KINDS = (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
               PhoneNumberType.VOIP, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.UAN)
# Card issuers' prefixes and lengths (as the networks publish them).
CARD_ISSUERS = (
    ("Visa", ["4"], (13, 16, 19)), ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2500", "2720"], (16,)),
    ("American Express", ["34", "37"], (15,)), ("Discover", ["6011", "644", "645", "649", "65"], (16, 19)),
    ("JCB", ["3528", "3540", "3589"], (16, 19)), ("Diners Club", ["300", "301", "305", "36", "38", "39"], (14, 16)),
    ("UnionPay", ["62", "6212", "6250"], (16, 17, 18, 19)), ("Mir", ["2200", "2201", "2204"], (16,)),
    ("Maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"], (12, 13, 16, 18, 19)),
)


class Page(BlindPage):
    """pii_blind's span-keeping page (the output format only, no template), called to add text."""

    __call__ = BlindPage.add


class Wild:
    """Value makers of one half (seeded)."""

    def __init__(self, seed: int):
        from faker import Faker

        self.r = random.Random(seed)
        self.fakers = {}
        for i, (locale, _, _) in enumerate(entry for entries in LOCALES.values() for entry in entries):
            fake = Faker(locale)
            fake.seed_instance(seed * 7 + i)
            self.fakers[locale] = fake
        self.us = self.fakers["en_US"]
        self.regions = sorted(r for r in phonenumbers.SUPPORTED_REGIONS
                              if any(phonenumbers.example_number_for_type(r, k) for k in PHONE_KINDS))

    def pick(self, language: str):
        return self.r.choice(LOCALES[language])

    def fake(self, language: str):
        return self.fakers[self.pick(language)[0]]

    # --- phone numbers

    def number(self, region: str):
        kinds = [k for k in PHONE_KINDS if phonenumbers.example_number_for_type(region, k)]
        example = phonenumbers.example_number_for_type(region, self.r.choice(kinds))
        digits = str(example.national_number)
        for _ in range(40):
            if len(digits) < 7:
                break
            tail = min(3, len(digits) - 4)
            varied = digits[:-tail] + "".join(self.r.choice(string.digits) for _ in range(tail))
            number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(varied),
                                              italian_leading_zero=example.italian_leading_zero,
                                              number_of_leading_zeros=example.number_of_leading_zeros)
            if phonenumbers.is_valid_number(number) and \
                    len(phonenumbers.national_significant_number(number)) >= 7:
                return number
        return example if len(phonenumbers.national_significant_number(example)) >= 7 else \
            self.number("DE")

    def phone(self, region: str | None = None, national: bool = True, extension: str | None = None) -> str:
        """A valid number of `region` (any region when None), in a format people use; national
        formats only when `national` (the caller puts a label or the country's page round it)."""
        region = region or self.r.choice(self.regions)
        number = self.number(region)
        styles = ["e164", "intl", "intl", "rfc3966", "intl_00", "intl_dots", "whois"]
        national_text = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        if national:
            styles += ["national"] * 4 + ["dots", "brackets"]
        style = self.r.choice(styles)
        intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        if style == "e164":
            text = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        elif style == "intl":
            text = intl
        elif style == "rfc3966":
            text = phonenumbers.format_number(number, PhoneNumberFormat.RFC3966)[4:]
        elif style == "intl_00":
            text = "00" + intl[1:]
        elif style == "intl_dots":
            head, _, rest = intl.partition(" ")
            text = head + " " + rest.replace(" ", ".").replace("-", ".")
        elif style == "whois":
            text = f"+{number.country_code}.{phonenumbers.national_significant_number(number)}"
        elif style == "dots" and any(c in national_text for c in " -"):
            text = national_text.replace("(", "").replace(")", "").replace(" ", ".").replace("-", ".")
        elif style == "brackets" and national_text.startswith("0") and " " in national_text and "(" not in national_text:
            area, _, rest = national_text.partition(" ")
            text = f"({area}) {rest}"
        else:
            text = national_text
        if extension:
            text += self.r.choice([" ", ", ", " "]) + extension + str(self.r.randint(2, 9999))
        return text

    def local_phone(self, language: str, labelled: bool = True) -> tuple[str, str]:
        """(phone, TLD) of one of the language's countries: phonenumbers or Faker's own format."""
        locale, region, tld = self.pick(language)
        if labelled and self.r.random() < 0.35:
            try:
                return self.fakers[locale].phone_number(), tld
            except AttributeError:
                pass
        ext = None
        if self.r.random() < 0.12:
            ext = self.r.choice(EXTENSION_WORDS.get(language, EXTENSION_WORDS["en"]))
        return self.phone(region, national=labelled, extension=ext), tld

    # --- other values

    def email(self, language: str = "en") -> str:
        fake = self.fake(language)
        kind = self.r.random()
        if kind < 0.4:
            return fake.email()
        if kind < 0.6:
            return fake.company_email()
        if kind < 0.75:
            return fake.free_email()
        user = fake.user_name().replace("_", ".")
        domain = fake.domain_name()
        if kind < 0.85:
            return f"{user}+{self.r.choice(['news', 'billing', 'gh', 'shop1'])}@{domain}"
        if kind < 0.93:
            return f"{user}@{self.r.choice(['mail', 'lists', 'staff', 'cs'])}.{domain}"
        return f"{user}@{domain}".upper() if self.r.random() < 0.5 else f"{user.title()}@{domain}"

    def card(self, grouped: bool | None = None) -> tuple[str, str]:
        """(brand, number): Faker's cards or one built from an issuer's prefix; grouped as printed."""
        if self.r.random() < 0.4:
            kind = self.r.choice(["amex", "diners", "discover", "jcb15", "jcb16", "maestro",
                                  "mastercard", "visa13", "visa16", "visa19"])
            digits, brand = self.us.credit_card_number(kind), kind.rstrip("0123456789").upper()
        else:
            brand, prefixes, lengths = self.r.choice(CARD_ISSUERS)
            prefix, length = self.r.choice(prefixes), self.r.choice(lengths)
            body = prefix + "".join(self.r.choice(string.digits) for _ in range(length - len(prefix) - 1))
            digits = body + luhn_digit(body)
        separator = self.r.choice([" ", " ", "-", ""]) if grouped is None else (" " if grouped else "")
        if not separator:
            return brand, digits
        n = len(digits)
        if n == 15:
            groups = [digits[:4], digits[4:10], digits[10:]]
        elif n == 14:
            groups = [digits[:4], digits[4:10], digits[10:]]
        elif n in (16, 17, 18, 19):
            groups = [digits[i:i + 4] for i in range(0, 16, 4)] + ([digits[16:]] if n > 16 else [])
        else:
            return brand, digits  # 12 and 13 digits are printed unseparated
        return brand, separator.join(groups)

    def iban(self, language: str) -> str:
        import schwifty

        for _ in range(20):
            try:
                value = self.fake(language).iban()
                schwifty.IBAN(value)
            except Exception:  # noqa: BLE001 - a locale without IBANs, or an invalid one: try another
                language = self.r.choice(["de", "fr", "es", "it", "pt", "sv", "da", "no", "fi", "cs",
                                          "sk", "ro", "tr", "el", "pl", "hr", "nl"])
                continue
            if self.r.random() < 0.55:
                return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
            return value
        return "GB82WEST12345698765432"

    def ssn(self, separated: bool = True) -> str:
        while True:
            value = self.us.ssn()
            if not value.startswith(("9", "666", "000")):
                return value if separated else value.replace("-", "")

    def ipv4(self) -> str:
        return self.us.ipv4_public() if self.r.random() < 0.7 else self.us.ipv4_private()

    def ipv6(self) -> str:
        full = self.us.ipv6()
        kind = self.r.random()
        if kind < 0.4:
            import ipaddress
            return str(ipaddress.IPv6Address(full))  # compressed where it can be
        if kind < 0.55:
            return f"2001:db8:{self.r.randint(1, 0xffff):x}::{self.r.randint(1, 0xfff):x}"
        if kind < 0.65:
            return f"fe80::{self.r.randint(1, 0xffff):x}:{self.r.randint(1, 0xffff):x}:{self.r.randint(1, 0xffff):x}:{self.r.randint(1, 0xffff):x}"
        return full

    # --- look-alikes (not PII)

    def order_id(self) -> str:
        return self.r.choice([
            lambda: f"{self.r.randint(100, 999)}-{self.r.randint(10**6, 10**7 - 1)}-{self.r.randint(10**6, 10**7 - 1)}",
            lambda: f"#{self.r.randint(10**5, 10**8)}",
            lambda: f"SO-{self.r.randint(2019, 2025)}-{self.r.randint(10000, 99999)}",
            lambda: f"{self.r.randint(10**9, 10**10 - 1)}",
        ])()

    def tracking(self) -> str:
        return self.r.choice([
            lambda: "1Z" + "".join(self.r.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + "".join(self.r.choice(string.digits) for _ in range(10)),
            lambda: " ".join(f"{self.r.randint(0, 9999):04d}" for _ in range(5)) + f" {self.r.randint(10, 99)}",
            lambda: f"{self.r.randint(10**11, 10**12 - 1)}",
            lambda: f"{self.r.randint(7000, 7999)} {self.r.randint(1000, 9999)} {self.r.randint(1000, 9999)}",
            lambda: "".join(self.r.choice(string.ascii_uppercase) for _ in range(2)) + f"{self.r.randint(10**8, 10**9 - 1)}" + self.r.choice(["DE", "GB", "CN", "US"]),
        ])()

    def luhn_lookalike(self, length: int = 0) -> str:
        """A Luhn-valid digit run of no card brand (starts with 1, 7, 8, 9)."""
        length = length or self.r.choice([12, 15, 16, 19])
        body = self.r.choice("1789") + "".join(self.r.choice(string.digits) for _ in range(length - 2))
        return body + luhn_digit(body)

    def ean(self) -> str:
        body = self.r.choice(["40", "50", "76", "87", "90", "400", "590"]) + "".join(self.r.choice(string.digits) for _ in range(9))
        body = body[:12]
        check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
        return body + str(check)

    def sku(self) -> str:
        return self.r.choice([
            lambda: f"{''.join(self.r.choice(string.ascii_uppercase) for _ in range(3))}-{self.r.randint(100, 9999)}-{self.r.choice(['BLK', 'S', 'XL', '42', 'RED'])}",
            lambda: f"{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-{self.r.randint(10, 99)}",
            lambda: f"{self.r.randint(10**6, 10**7 - 1)}",
        ])()

    def price(self, language: str = "en") -> str:
        amount = self.r.randint(1, 250000) + self.r.choice([0, 0.5, 0.99, 0.25])
        if language == "en":
            return self.r.choice([f"${amount:,.2f}", f"£{amount:,.2f}", f"{amount:,.2f} USD", f"AU${amount:,.0f}"])
        text = f"{amount:,.2f}".replace(",", " ").replace(".", ",")
        return self.r.choice([f"{text} €", f"€ {text}", f"{text} kr", f"{text} zł", f"CHF {text}", f"{amount:,.0f} Ft"])

    def version(self) -> str:
        return self.r.choice([
            f"v{self.r.randint(0, 20)}.{self.r.randint(0, 40)}.{self.r.randint(0, 200)}",
            f"{self.r.randint(1, 120)}.0.{self.r.randint(1000, 6999)}.{self.r.randint(10, 250)}",
            f"{self.r.randint(1, 5)}.{self.r.randint(0, 30)}.{self.r.randint(0, 9)}-rc.{self.r.randint(1, 5)}",
            f"10.0.{self.r.randint(17000, 26100)}.{self.r.randint(100, 5000)}",
        ])

    def sha(self, length: int = 40) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(length))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def date(self) -> str:
        y, m, d = self.r.randint(2018, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{m}/{d}/{y}", f"{d} {['Jan', 'Mar', 'May', 'Aug', 'Oct', 'Dec'][m % 6]} {y}"])

    def pnr(self) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def flight(self) -> str:
        return f"{self.r.choice(['LH', 'BA', 'AF', 'KL', 'UA', 'DL', 'SK', 'AY', 'TK', 'QF', 'NH', 'EK', 'LX', 'OS', 'IB'])} {self.r.randint(1, 9999)}"

    def eticket(self) -> str:
        return f"{self.r.choice(['220', '125', '057', '074', '016', '006', '117', '235'])}-{self.r.randint(10**9, 10**10 - 1)}"

    def name(self, language: str = "en") -> str:
        return self.fake(language).name()

    def city(self, language: str = "en") -> str:
        fake = self.fake(language)
        if fake.locales == ["it_IT"]:
            # Faker's it_IT list comes from a set: its order follows Python's hash seed
            cities = next(p.cities for p in fake.providers if hasattr(p, "cities"))
            return fake.random_element(sorted(cities))
        return fake.city()

    def company(self, language: str = "en") -> str:
        return self.fake(language).company()

    def street(self, language: str = "en") -> str:
        return self.fake(language).street_address()


def luhn_digit(body: str) -> str:
    total = 0
    for i, digit in enumerate(reversed(body)):
        value = int(digit) * (2 if i % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def _contact(w: Wild, p: Page, language: str, label: str, sep: str = ": ") -> None:
    phone, _ = w.local_phone(language)
    p(label + sep).pii("PHONE_NUMBER", phone)


# --- registers, template set A (tune) ---------------------------------------------------------------

def classified_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    item = r.choice(["Mountain bike, 21 gears", "IKEA Hemnes dresser", "2014 Toyota Corolla", "iPhone 13 Pro 256GB",
                     "Baby stroller (barely used)", "Upright piano", "Garden shed 8x6"])
    p(f"{item}\nPrice: {w.price()}  |  Posted {w.date()}  |  Ad ID {r.randint(10**8, 10**9 - 1)}\n")
    p(f"{r.choice(['Selling because we are moving.', 'Collection only from ' + w.city() + '.', 'No time wasters please.'])} ")
    if r.random() < 0.5:
        p(f"Mileage {r.randint(20, 220)} {r.randint(100, 999)} km, first registered {r.randint(2008, 2022)}. ")
    p(r.choice(["Text or call ", "Call me on ", "Ring ", "WhatsApp "]))
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p(r.choice([" after 6pm.", " - no calls before 9 please.", ", ask for " + w.name().split()[0] + "."]))
    if r.random() < 0.5:
        p(" Or mail ").pii("EMAIL_ADDRESS", w.email())
        p(".")
    p(f"\nViews: {r.randint(100, 99999):,}   Ref. {r.randint(1000, 9999)}-{r.randint(1000, 9999)}\n")


def whois_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    domain = w.us.domain_name()
    p(f"Domain Name: {domain.upper()}\nRegistry Domain ID: {r.randint(10**9, 10**10)}_DOMAIN_COM-VRSN\n"
      f"Registrar WHOIS Server: whois.{w.us.domain_name()}\nUpdated Date: {w.date()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z\n"
      f"Registrar IANA ID: {r.randint(100, 3000)}\nRegistrar Abuse Contact Email: ")
    p.pii("EMAIL_ADDRESS", f"abuse@{w.us.domain_name()}")
    number = w.number(r.choice(w.regions))
    p("\nRegistrar Abuse Contact Phone: ").pii("PHONE_NUMBER", f"+{number.country_code}.{phonenumbers.national_significant_number(number)}")
    p(f"\nRegistrant Name: {w.name()}\nRegistrant Organization: {w.company()}\nRegistrant Street: {w.street()}\n")
    p(f"Registrant Postal Code: {w.us.postcode()}\nRegistrant Phone: ")
    number = w.number(r.choice(w.regions))
    p.pii("PHONE_NUMBER", f"+{number.country_code}.{phonenumbers.national_significant_number(number)}")
    p("\nRegistrant Phone Ext: \nRegistrant Fax: ")
    if r.random() < 0.5:
        number = w.number(r.choice(w.regions))
        p.pii("PHONE_NUMBER", f"+{number.country_code}.{phonenumbers.national_significant_number(number)}")
    p("\nRegistrant Email: ").pii("EMAIL_ADDRESS", w.email())
    p(f"\nName Server: ns{r.randint(1, 4)}.{w.us.domain_name()}\nName Server IP: ").pii("IP_ADDRESS", w.us.ipv4_public())
    p(f"\nDNSSEC: unsigned\n>>> Last update of WHOIS database: {w.date()} <<<\n")


def receipt_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"{w.company()}\nOrder {w.order_id()}   Placed {w.date()}\n\n")
    for _ in range(r.randint(2, 4)):
        p(f"{r.choice(['USB-C cable 2m', 'Desk lamp', 'Coffee beans 1kg', 'Running socks (3 pack)', 'Phone case'])}"
          f"   SKU {w.sku()}   Qty {r.randint(1, 5)}   {w.price()}\n")
    p(f"Subtotal {w.price()}\nShipping via UPS, tracking {w.tracking()}\n")
    brand, number = w.card()
    if r.random() < 0.6:
        p(f"Paid with {brand} ").pii("CREDIT_CARD", number)
        p("\n")
    else:
        p(f"Paid with {brand} ending in {r.randint(1000, 9999)} (card ************{r.randint(1000, 9999)})\n")
    p("Questions about your order? Email ").pii("EMAIL_ADDRESS", w.email())
    p(" or call ")
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p(f".\nBarcode {w.ean()}   Store #{r.randint(100, 9999)}   Register {r.randint(1, 20)}   Auth {r.randint(100000, 999999)}\n")


def event_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"{r.choice(['Jazz on the Lawn', 'Spring Book Fair', 'Open Data Meetup #' + str(r.randint(10, 99)), 'Charity 10K Run'])}\n"
      f"{w.date()}, {r.randint(9, 19)}:{r.choice(['00', '30'])}–{r.randint(20, 23)}:00 · {w.street()}, {w.city()}\n"
      f"Tickets {w.price()} (students {w.price()}); {r.randint(2, 9)} {r.randint(100, 999)} seats sold so far.\n")
    p("Box office: ")
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p(f" (Mon–Fri {r.randint(9, 11)}am–{r.randint(4, 6)}pm)\nRSVP: ").pii("EMAIL_ADDRESS", w.email())
    p(f"\nRoom {r.randint(100, 450)}, doors open at {r.randint(5, 7)}:30. Wi-Fi code {r.randint(10**7, 10**8 - 1)}.\n")


def directory_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"Department of {r.choice(['Physics', 'History', 'Computer Science', 'Nursing', 'Linguistics'])} — Staff\n\n")
    p("| Name | Position | Room | Telephone | Email |\n|---|---|---|---|---|\n")
    for _ in range(r.randint(3, 6)):
        p(f"| {r.choice(['Prof.', 'Dr', 'Ms', 'Mr'])} {w.name()} | {r.choice(['Lecturer', 'Reader', 'Administrator', 'Postdoc'])} | "
          f"{r.choice('ABCDE')}{r.randint(1, 4)}.{r.randint(10, 99)} | ")
        phone, _ = w.local_phone("en")
        p.pii("PHONE_NUMBER", phone)
        p(" | ").pii("EMAIL_ADDRESS", w.email())
        p(" |\n")
    p(f"\nOffice hours by appointment. Internal extension only: x{r.randint(1000, 9999)}.\n")


def job_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"{r.choice(['Senior Data Engineer', 'Warehouse Associate', 'Registered Nurse', 'Barista'])} at {w.company()}\n"
      f"Req ID {r.randint(2019, 2025)}-{r.randint(100000, 999999)} · {w.city()} · "
      f"{w.price()} - {w.price()} per year\n\n"
      f"We are hiring! You will work with Python {r.randint(3, 3)}.{r.randint(8, 13)} and Spark {r.randint(2, 3)}.{r.randint(0, 5)}.{r.randint(0, 3)}. ")
    p("Send your CV to ").pii("EMAIL_ADDRESS", w.email())
    p(" quoting reference JB" + str(r.randint(10000, 99999)) + ". ")
    if r.random() < 0.6:
        p("Questions? Our recruiter " + w.name() + " can be reached at ")
        phone, _ = w.local_phone("en")
        p.pii("PHONE_NUMBER", phone)
        p(".")
    p(f"\nPosted {r.randint(2, 30)} days ago · {r.randint(10, 400)} applicants\n")


def press_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"{w.city().upper()}, {w.date()} /PRNewswire/ -- {w.company()} (NASDAQ: {''.join(r.choice(string.ascii_uppercase) for _ in range(4))}) "
      f"today reported revenue of {w.price()} million, up {r.randint(2, 40)}% year over year, "
      f"and {r.randint(1, 9)},{r.randint(100, 999)},{r.randint(100, 999)} active users.\n\n")
    p("Media Contact:\n" + w.name() + "\n")
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p("\n").pii("EMAIL_ADDRESS", w.email())
    p("\n\nInvestor Relations: " + w.name() + ", ")
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p("\nSOURCE " + w.company() + "\n")


def realestate_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"{r.randint(2, 6)} bed, {r.randint(1, 4)} bath · {r.randint(900, 4800):,} sq ft · Lot {r.randint(2000, 20000):,} sqft\n"
      f"{w.street()}, {w.city()} {w.us.postcode()}\nListed at {w.price()} · MLS# {r.randint(10**7, 10**8 - 1)} · Built {r.randint(1920, 2023)}\n"
      f"HOA {w.price()}/mo. Parcel number {r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}.\n\n")
    p(f"Listing agent: {w.name()}, DRE #{r.randint(10**7, 10**8 - 1)}\nCell: ")
    p.pii("PHONE_NUMBER", w.phone("US", extension=None))
    p("\nOffice: ")
    p.pii("PHONE_NUMBER", w.phone("US", extension=r.choice([None, "ext. "])))
    p("\n").pii("EMAIL_ADDRESS", w.email())
    p("\n")


def travel_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"Booking confirmation\nBooking reference (PNR): {w.pnr()}\nE-ticket: {w.eticket()}\n\n"
      f"Flight {w.flight()}  {w.date()}  dep {r.randint(5, 22):02d}:{r.choice(['05', '25', '40', '55'])}  seat {r.randint(1, 45)}{r.choice('ABCDEF')}\n"
      f"Flight {w.flight()}  {w.date()}  dep {r.randint(5, 22):02d}:{r.choice(['10', '35', '50'])}  seat {r.randint(1, 45)}{r.choice('ABCDEFK')}\n\n"
      f"Passenger: {w.name()}   Frequent flyer: {r.choice(['MM', 'BA', 'AY'])} {r.randint(10**8, 10**9 - 1)}\n")
    p("Contact phone: ")
    p.pii("PHONE_NUMBER", w.phone(national=False))
    p("\nContact e-mail: ").pii("EMAIL_ADDRESS", w.email())
    brand, number = w.card()
    p(f"\nPayment: {brand} ").pii("CREDIT_CARD", number)
    p(f"  Total {w.price()}\nBaggage: {r.randint(1, 2)}PC 23KG\n")


def medical_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"Dear {w.name()},\n\nThis letter confirms your appointment with Dr. {w.us.last_name()} on {w.date()} at "
      f"{r.randint(8, 16)}:{r.choice(['00', '15', '30', '45'])}. Patient ID (MRN): {r.randint(10**7, 10**8 - 1)}. "
      f"Provider NPI {r.randint(10**9, 2 * 10**9 - 1)}.\n")
    if r.random() < 0.6:
        p("For billing we have your Social Security number as ").pii("US_SSN", w.ssn())
        p("; please tell us if this is wrong.\n")
    p("To reschedule, call the clinic at ")
    p.pii("PHONE_NUMBER", w.phone("US"))
    p(" or fax forms to ")
    p.pii("PHONE_NUMBER", w.phone("US"))
    p(f". Insurance member ID {r.choice(string.ascii_uppercase)}{r.randint(10**8, 10**9 - 1)}, group {r.randint(10000, 99999)}.\n")


def github_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"### Bug: connection reset after upgrading to {w.version()}\n\nSteps: start the server, then connect from ")
    p.pii("IP_ADDRESS", w.ipv4())
    p(f":{r.randint(1024, 65535)}. Commit {w.sha(r.choice([7, 40]))}.\n\n```\n")
    for _ in range(r.randint(3, 6)):
        kind = r.random()
        ts = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"
        if kind < 0.35:
            p(f"{ts} INFO  accepted connection from ").pii("IP_ADDRESS", w.ipv4())
            p(f" port {r.randint(1024, 65535)} pid={r.randint(100, 99999)}\n")
        elif kind < 0.6:
            p(f"{ts} WARN  peer [").pii("IP_ADDRESS", w.ipv6())
            p(f"]:{r.randint(1024, 65535)} sent RST (req {w.uuid()})\n")
        elif kind < 0.8:
            p(f"{ts} DEBUG cache key sha256:{w.sha(64)} size={r.randint(10**6, 10**9)}\n")
        else:
            p(f"{ts} ERROR request_id={w.uuid()} took {r.randint(1000, 99999)}ms status=502\n")
    p("```\n\nEnvironment: " + w.version() + f", node {r.randint(16, 22)}.{r.randint(0, 20)}.{r.randint(0, 9)}, "
      f"git@github.com:{w.us.user_name()}/{w.us.word()}.git\n")
    if r.random() < 0.5:
        p("cc ").pii("EMAIL_ADDRESS", w.email())
        p(" who reported the same on the mailing list.\n")


def footer_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    phone_label, fax_label, email_label, bank_label, reg_label, reg, hours = FOOTER[lang]
    p(f"{w.company(lang)} · {w.street(lang)} · {w.city(lang)}\n")
    phone, _ = w.local_phone(lang)
    p(f"{phone_label}: ").pii("PHONE_NUMBER", phone)
    if r.random() < 0.5:
        fax, _ = w.local_phone(lang)
        p(f" · {fax_label}: ").pii("PHONE_NUMBER", fax)
    p(f" · {email_label}: ").pii("EMAIL_ADDRESS", w.email(lang))
    p(f"\n{reg_label} {reg(r)} · {bank_label}: ").pii("IBAN_CODE", w.iban(lang))
    p(f"\n{hours}: {r.randint(7, 10)}:00–{r.randint(16, 20)}:00 · © {r.randint(2015, 2026)}\n")


# --- registers, template set B (held) ---------------------------------------------------------------

def classified_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"FOR SALE — {r.choice(['Sofa bed, grey', 'Gaming PC RTX 3070', 'Kids bunk bed', 'Electric scooter', 'Vintage record player'])}\n"
      f"Asking {w.price()} ono. Listing #{r.randint(10**6, 10**7 - 1)}, {r.randint(3, 40)} watching.\n"
      f"Seller: {w.name().split()[0]} ({r.randint(10, 400)} sales, member since {r.randint(2009, 2023)})\n")
    p(r.choice(["Interested? Best reached by phone on ", "Message me here or phone ", "Pickup only, my mobile is "]))
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p(r.choice([". Cash on collection.", " (evenings).", ". PayPal accepted."]))
    p(f"\nDimensions {r.randint(50, 250)} x {r.randint(40, 120)} x {r.randint(30, 100)} cm · Serial {w.luhn_lookalike(12)}\n")


def whois_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    domain = w.us.domain_name()
    p(f"% This is the RIPE-style query result for {domain}\n\ndomain:       {domain}\nstatus:       active\n"
      f"created:      {w.date()}\nnic-hdl:      {''.join(r.choice(string.ascii_uppercase) for _ in range(3))}{r.randint(100, 999)}-RIPE\n\n"
      f"holder:       {w.name()}\naddress:      {w.street()}\n")
    number = w.number(r.choice(w.regions))
    p("phone:        ").pii("PHONE_NUMBER", phonenumbers.format_number(number, r.choice([PhoneNumberFormat.E164, PhoneNumberFormat.INTERNATIONAL])))
    p("\ne-mail:       ").pii("EMAIL_ADDRESS", w.email())
    p(f"\n\ninetnum:      ").pii("IP_ADDRESS", w.us.ipv4_public())
    p(" - ").pii("IP_ADDRESS", w.us.ipv4_public())
    p(f"\norigin:       AS{r.randint(1000, 400000)}\ninet6num:     ").pii("IP_ADDRESS", w.ipv6())
    p(f"/48\nsource:       RIPE # Filtered\nlast-modified: {w.date()}\n")


def receipt_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"INVOICE {r.randint(2020, 2025)}-{r.randint(1000, 99999)}\nBill to: {w.name()}, {w.street()}\n")
    p("Customer phone: ")
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p("\n\nQty  Item                         Unit      Amount\n")
    for _ in range(r.randint(2, 4)):
        p(f"{r.randint(1, 9)}    {r.choice(['Printer toner', 'Ergonomic chair', 'Monitor arm', 'HDMI switch'])} ({w.sku()})   {w.price()}   {w.price()}\n")
    p(f"GTIN {w.ean()}   Gift card balance {w.price()}\nShipment: USPS {w.tracking()}\n")
    brand, number = w.card()
    p(f"Charged to card number ").pii("CREDIT_CARD", number)
    p(f" ({brand}), authorisation {r.randint(100000, 999999)}\nSIM card ICCID {w.luhn_lookalike(19)} activated; device IMEI {w.luhn_lookalike(15)}\n")
    p("Billing questions: ").pii("EMAIL_ADDRESS", w.email())
    p("\n")


def event_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"Join us for {r.choice(['the annual alumni gala', 'a community clean-up', 'our product launch', 'the robotics finals'])} on "
      f"{w.date()} from {r.randint(1, 7)} to {r.randint(8, 11)} pm at {w.street()}. Capacity {r.randint(1, 9)},{r.randint(100, 999)}; "
      f"early-bird {w.price()} until {w.date()}. ")
    p("For accessibility requests phone ")
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p(", or write to ").pii("EMAIL_ADDRESS", w.email())
    p(f". Livestream at meet.{w.us.domain_name()}/{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(100, 999)}.\n")


def directory_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p("staff_name,title,office,phone,email,employee_id\n")
    for _ in range(r.randint(3, 6)):
        p(f"{w.name()},{r.choice(['Professor', 'Lab Manager', 'Advisor'])},{r.choice(['Hall', 'Annex'])} {r.randint(100, 499)},")
        p.pii("PHONE_NUMBER", w.phone("US", national=True))
        p(",").pii("EMAIL_ADDRESS", w.email())
        p(f",{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}\n")


def job_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"Now hiring: {r.choice(['Line Cook', 'Solutions Architect', 'Delivery Driver', 'Dental Hygienist'])} "
      f"({r.choice(['full-time', 'part-time'])}), {w.city()}. Pay: {w.price()}/hr. Job code {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}.\n"
      f"Requirements: {r.randint(2, 8)}+ years, licence class {r.choice('ABCD')}.\n")
    p("How to apply: email ").pii("EMAIL_ADDRESS", w.email())
    p(" or text \"APPLY\" to ")
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p(". We are an equal opportunity employer.\n")


def press_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"FOR IMMEDIATE RELEASE\n{w.company()} opens {r.randint(2, 40)} new stores, hires {r.randint(100, 9000):,} staff\n"
      f"{w.city()}, {w.date()} — The company expects {w.price()} in capex for fiscal {r.randint(2024, 2027)}.\n\n"
      f"About {w.company()}: founded {r.randint(1950, 2015)}, {r.randint(1, 90)} {r.randint(100, 999)} employees.\n\n")
    p("Press inquiries: " + w.name() + " | ")
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p(" | ").pii("EMAIL_ADDRESS", w.email())
    p("\n###\n")


def realestate_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"Charming {r.choice(['cottage', 'loft', 'townhouse', 'bungalow'])} — {w.price()}\n"
      f"Ref. {r.randint(10**5, 10**6 - 1)} · EPC {r.choice('ABCDE')} · {r.randint(45, 300)} m² · {r.randint(1, 5)} bedrooms · "
      f"council tax band {r.choice('ABCDEF')}\n{w.street()}, {w.city()}\n"
      f"Viewings strictly by appointment with {w.company()} on ")
    phone, _ = w.local_phone("en")
    p.pii("PHONE_NUMBER", phone)
    p(f". Title number {r.choice(['NGL', 'SGL', 'MX'])}{r.randint(100000, 999999)}.\n")


def travel_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"Your trip to {w.city()} | Confirmation {w.pnr()}\n"
      f"{w.date()}  {w.flight()}  Gate {r.choice('ABCDE')}{r.randint(1, 60)}  Seat {r.randint(1, 60)}{r.choice('ACDFHJK')}  Boarding {r.randint(5, 22)}:{r.choice(['05', '30', '45'])}\n"
      f"Hotel: {w.company()}, {r.randint(1, 9)} nights, room {r.randint(100, 1200)}, rate {w.price()}\n"
      f"Ticket number {w.eticket()} · Loyalty no. {r.randint(10**9, 10**10 - 1)}\n")
    p("Traveller mobile ")
    p.pii("PHONE_NUMBER", w.phone(national=False))
    p(" · Emergency contact ")
    p.pii("PHONE_NUMBER", w.phone(national=False))
    p("\nCard on file ").pii("CREDIT_CARD", w.card()[1])
    p("\n")


def medical_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"APPOINTMENT REMINDER\nPatient: {w.name()}   DOB: {w.date()}   MRN {r.randint(100000, 999999)}\n")
    if r.random() < 0.6:
        p("SSN: ").pii("US_SSN", w.ssn(separated=r.random() < 0.6))
        p("\n")
    p(f"Clinic: {w.company()} Family Medicine, Suite {r.randint(100, 900)}\nWhen: {w.date()} at {r.randint(8, 16)}:{r.choice(['00', '20', '40'])}\n"
      f"Claim {r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)} · Copay {w.price()}\n")
    p("Front desk ")
    p.pii("PHONE_NUMBER", w.phone("US"))
    p(" · Pharmacy line ")
    p.pii("PHONE_NUMBER", w.phone("US"))
    p("\n")


def github_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"**Describe the bug**\n`{w.us.word()}@{w.version().lstrip('v')}` crashes when binding to an IPv6 address.\n\n"
      f"**Logs**\n")
    for _ in range(r.randint(3, 6)):
        kind = r.random()
        if kind < 0.3:
            ip = w.ipv4()
            p.pii("IP_ADDRESS", ip)
            p(f" - - [{r.randint(1, 28):02d}/Mar/2025:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000] \"GET /api/v{r.randint(1, 3)}/items/{r.randint(1, 99999)} HTTP/1.1\" {r.choice([200, 404, 500])} {r.randint(100, 99999)}\n")
        elif kind < 0.55:
            p(f"listen tcp [").pii("IP_ADDRESS", w.ipv6())
            p(f"]:{r.randint(80, 9999)}: bind: address already in use\n")
        elif kind < 0.75:
            p(f"panic: runtime error at 0x{w.sha(12)} goroutine {r.randint(1, 999)} [{w.uuid()}]\n")
        else:
            p(f"docker pull registry/{w.us.word()}@sha256:{w.sha(64)}\n")
    p(f"\n**Version** {w.version()}, build {w.sha(10)}, OS 10.0.{r.randint(17000, 26100)}\n")
    if r.random() < 0.5:
        p("Contact: ").pii("EMAIL_ADDRESS", w.email())
        p(f" (maintainer), see also @{w.us.user_name()}\n")


def footer_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    phone_label, fax_label, email_label, bank_label, reg_label, reg, hours = FOOTER[lang]
    p(f"{w.company(lang)}\n{w.street(lang)}\n{w.city(lang)}\n")
    phone, _ = w.local_phone(lang)
    p(f"{phone_label} ").pii("PHONE_NUMBER", phone)
    p("\n").pii("EMAIL_ADDRESS", w.email(lang))
    p(f"\n{reg_label}: {reg(r)}\n")
    if r.random() < 0.6:
        p("IBAN ").pii("IBAN_CODE", w.iban(lang))
        p(f" · BIC {''.join(r.choice(string.ascii_uppercase) for _ in range(6))}{r.choice(['2X', 'XX', '22'])}\n")
    p(f"{hours} {r.randint(8, 10)}–{r.randint(16, 19)}\n")


# US tax lines (both halves: a TIN is a person's SSN or an employer's EIN, as the gold policy says).
def tax_a(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"Form 1099-NEC  {r.randint(2021, 2025)}\nPAYER'S TIN {r.randint(10, 99)}-{r.randint(10**6, 10**7 - 1)}\n")
    p("RECIPIENT'S TIN ").pii("US_SSN", w.ssn(separated=r.random() < 0.5))
    p(f"\nRECIPIENT'S name {w.name()}\nNonemployee compensation {w.price()}\nAccount number (see instructions) {r.randint(10**6, 10**9)}\n")


def tax_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"W-2 Wage and Tax Statement\na Employee's social security number\n").pii("US_SSN", w.ssn(separated=r.random() < 0.5))
    p(f"\nb Employer identification number (EIN)\n{r.randint(10, 99)}-{r.randint(10**6, 10**7 - 1)}\n"
      f"d Control number {r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}\n1 Wages {w.price()}\n")
    p("Payee TIN: ").pii("US_SSN", w.ssn(separated=r.random() < 0.4))
    p("\n")


def chat_a(w: Wild, p: Page, lang: str) -> None:
    """Forum and chat lines where the words decide: an SSN-shaped 'my number' and phones in CSV."""
    r = w.r
    p(f"Re: identity check at the bank\n{w.us.user_name()} wrote: they asked for my SSN and I gave them ")
    p.pii("US_SSN", w.ssn())
    p(f", then my phone ")
    p.pii("PHONE_NUMBER", w.phone("US"))
    p(f". The teller wrote case no. {r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)} on the form.\n")
    p("id,name,phone,amount\n")
    for i in range(r.randint(2, 4)):
        p(f"{r.randint(1, 9999)},{w.name()},").pii("PHONE_NUMBER", w.phone("US"))
        p(f",{r.randint(1, 999)}.{r.randint(10, 99)}\n")


def chat_b(w: Wild, p: Page, lang: str) -> None:
    r = w.r
    p(f"[support] {w.name().split()[0]}: can you read me back the SSN on file?\n[agent]: it ends in {r.randint(1000, 9999)}, full number ")
    p.pii("US_SSN", w.ssn())
    p(f"\n[support]: wrong, please update it and call me back at ")
    p.pii("PHONE_NUMBER", w.phone("US"))
    p("\nexport.csv:\nrow;customer;tel;balance\n")
    for i in range(r.randint(2, 4)):
        p(f"{i + 1};{w.name()};").pii("PHONE_NUMBER", w.phone(r.choice(["US", "GB", "FR", "DE"]), national=True))
        p(f";{r.randint(-999, 9999)},{r.randint(10, 99)}\n")


REGISTERS_A = {"classified": classified_a, "whois": whois_a, "receipt": receipt_a, "event": event_a,
               "directory": directory_a, "job": job_a, "press": press_a, "realestate": realestate_a,
               "travel": travel_a, "medical": medical_a, "github": github_a, "footer": footer_a,
               "tax": tax_a, "chat": chat_a}
REGISTERS_B = {"classified": classified_b, "whois": whois_b, "receipt": receipt_b, "event": event_b,
               "directory": directory_b, "job": job_b, "press": press_b, "realestate": realestate_b,
               "travel": travel_b, "medical": medical_b, "github": github_b, "footer": footer_b,
               "tax": tax_b, "chat": chat_b}
WEIGHTS = {"classified": 8, "whois": 7, "receipt": 9, "event": 6, "directory": 7, "job": 6, "press": 6,
           "realestate": 6, "travel": 8, "medical": 7, "github": 9, "footer": 16, "tax": 4, "chat": 5}
US_REGISTERS = {"medical", "tax", "chat", "realestate"}


def generate(half: str, n: int = N_DOCS) -> list[dict]:
    w = Wild(SETS[half][1])
    r = w.r
    registers = REGISTERS_A if half == "tune" else REGISTERS_B
    names, weights = zip(*WEIGHTS.items())
    rows = []
    for index in range(n):
        register = r.choices(names, weights)[0]
        language = r.choice(sorted(FOOTER)) if register == "footer" else "en"
        page = Page()
        registers[register](w, page, language)
        if register in US_REGISTERS:
            tld = r.choice(["com", "us", "org"])
        elif register == "footer":
            tld = w.pick(language)[2]
        else:
            tld = r.choice(["com", "net", "io", "org", "co.uk", "com.au", "ca"])
        url = f"https://{w.us.domain_word()}{index}.{tld}/{register}" if r.random() < 0.85 else None
        row = {"id": f"wild-{half}-{index}", "half": half, "register": register, "url": url,
               "language": language if r.random() < 0.9 else None, "text": page.text(), "spans": page.spans}
        for span in row["spans"]:
            if row["text"][span["start"]:span["end"]] != span["text"]:
                raise AssertionError(f"span {span} does not match its text in {row['id']}")
        rows.append(row)
    return rows


def load(half: str = "tune") -> list[dict]:
    return read_rows(SETS[half][0])


def main() -> None:
    write_sets("wild ", SETS, generate, __doc__.split("\n")[0])


if __name__ == "__main__":
    sys.exit(main())
