"""A third labelled PII set, built blind: US SSNs in numbers, with their look-alikes beside them.

    python benchmarks/pii_blind.py --write-set    # (re)writes benchmarks/data/pii_blind{,_fresh}.jsonl

Written after the step's SSN rule was changed (issue 26) and frozen (committed) before the step
was first scored on it; it shares no template, phrase list or value maker with `pii_eval.py` or
`pii_pages.py`. `pii_eval.py` scores it as the set `blind`.

Registers (all phrasing written for this file): US payroll and HR exports (CSV, tab, pipe and
markdown tables whose columns name SSNs, phones, e-mails, and columns of other numbers written
3-2-4: case, part, purchase-order, claim numbers, ZIP+4 codes), tax forms (W-2 / 1099 / W-9 boxes:
employee SSN, recipient TIN, employer EIN, ITINs), letters (benefits, HR, tenancy), forum and chat
prose, US-related pages in other languages (consulate and tax-advice pages in es fr de pt it nl pl
ru zh ja), support chats with card numbers, bank-detail blocks with IBANs, server and access logs
with IPs, contact pages. SSNs are planted where a reader tells them: after or before a name of the
number ("SSN", "SSN#", "Soc. Sec. No.", "social security number", "número de Seguro Social",
"社会保障番号"), under a table header naming it, or, on US English pages only, dashed 3-2-4 in a
sentence about identity; unseparated or dotted only next to such a word. Hard negatives stand
beside them: ITINs (9xx), EINs, numbers the SSA never issues (area 000, 666, 9xx; group 00;
serial 0000) in texts that say so, ZIP+4 codes, part / order / case / invoice / claim / PO numbers
in 3-2-4 groups, dates, phone numbers that contain a 3-2-4 run, and for the other types e-mail
look-alikes (`pkg@1.2.3`, `image@2x.png`, `@handle`, `user@localhost`), version numbers and OIDs,
MAC addresses, masked and Luhn-invalid card numbers, IBANs with a wrong check digit, BICs.

Values: Faker (`ssn`, `itin`, `ein`, `credit_card_number`, `iban`, `email`, `ipv4_public`,
`ipv6`, `phone_number` of the page's locale) and phonenumbers' metadata (valid numbers of the
page's region, formatted national, international and E.164). Seeds: 90210 (`blind`), 4242
(`fresh`).
"""
from __future__ import annotations

import argparse
import json
import random
import string
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

DATA = Path(__file__).resolve().parent / "data"
# `blind` was scored once, then the step was changed after reading its errors (BENCHMARKS.md says
# which); `fresh` is the same generator under a seed first scored after the last change.
SETS = {"blind": (DATA / "pii_blind.jsonl", 90210), "fresh": (DATA / "pii_blind_fresh.jsonl", 4242)}
SEED = SETS["blind"][1]
N_DOCS = 1000

# language -> (Faker locale, phone regions, TLDs)
LOCALES = {
    "en": ("en_US", ("US",), ("com", "org", "gov", "us", "net")),
    "es": ("es_MX", ("MX", "ES"), ("mx", "es", "com")),
    "fr": ("fr_FR", ("FR",), ("fr", "com")),
    "de": ("de_DE", ("DE",), ("de", "com")),
    "pt": ("pt_BR", ("BR",), ("br", "com")),
    "it": ("it_IT", ("IT",), ("it", "com")),
    "nl": ("nl_NL", ("NL",), ("nl", "com")),
    "pl": ("pl_PL", ("PL",), ("pl", "com")),
    "ru": ("ru_RU", ("RU",), ("ru", "com")),
    "zh": ("zh_CN", ("CN",), ("cn", "com")),
    "ja": ("ja_JP", ("JP",), ("jp", "com")),
}


class Page:
    """Text built piece by piece, keeping the spans of what is planted."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def add(self, text: str) -> "Page":
        self.parts.append(text)
        self.length += len(text)
        return self

    def pii(self, entity: str, value: str) -> "Page":
        self.spans.append({"type": entity, "start": self.length, "end": self.length + len(value),
                           "text": value})
        return self.add(value)

    def text(self) -> str:
        return "".join(self.parts)


class Values:
    def __init__(self, seed: int):
        from faker import Faker

        self.rng = random.Random(seed)
        self.fakers = {}
        for i, (locale, _, _) in enumerate(LOCALES.values()):
            fake = Faker(locale)
            fake.seed_instance(seed + i)
            self.fakers[locale] = fake
        self.us = self.fakers["en_US"]

    # --- SSNs and their look-alikes

    def ssn(self, style: str = "dash") -> str:
        value = self.us.ssn()
        return {"dash": value, "space": value.replace("-", " "), "none": value.replace("-", ""),
                "dot": value.replace("-", ".")}[style]

    def unissued(self) -> str:
        r = self.rng
        area, group, serial = f"{r.randint(1, 899):03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
        kind = r.choice(["000", "666", "9xx", "group", "serial"])
        if kind == "000":
            area = "000"
        elif kind == "666":
            area = "666"
        elif kind == "9xx":
            area = f"9{r.randint(0, 99):02d}"
        elif kind == "group":
            group = "00"
        else:
            serial = "0000"
        return f"{area}-{group}-{serial}"

    def three_two_four(self) -> str:
        r = self.rng
        return f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"

    def zip4(self) -> str:
        return self.us.zipcode_plus4()

    # --- the other types

    def phone(self, language: str, style: str | None = None) -> str:
        r = self.rng
        locale, regions, _ = LOCALES[language]
        if r.random() < 0.3:
            return self.fakers[locale].phone_number()
        region = r.choice(regions)
        number = self._valid_number(region)
        style = style or r.choice(["national", "national", "international", "e164"])
        fmt = {"national": PhoneNumberFormat.NATIONAL, "international": PhoneNumberFormat.INTERNATIONAL,
               "e164": PhoneNumberFormat.E164}[style]
        return phonenumbers.format_number(number, fmt)

    def _valid_number(self, region: str):
        r = self.rng
        kinds = [k for k in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
                             PhoneNumberType.FIXED_LINE_OR_MOBILE)
                 if phonenumbers.example_number_for_type(region, k)]
        example = phonenumbers.example_number_for_type(region, r.choice(kinds))
        national = str(example.national_number)
        for _ in range(50):
            cut = max(3, len(national) - r.randint(3, 5))
            digits = national[:cut] + "".join(r.choice(string.digits) for _ in range(len(national) - cut))
            number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(digits),
                                              italian_leading_zero=example.italian_leading_zero)
            if phonenumbers.is_valid_number(number):
                return number
        return example

    def email(self, language: str = "en") -> str:
        fake = self.fakers[LOCALES[language][0]]
        r = self.rng.random()
        if r < 0.45:
            return fake.email()
        if r < 0.8:
            return fake.company_email()
        user = fake.user_name()
        return f"{user}+{self.rng.choice(['billing', 'news', 'hr', 'w2'])}@{fake.free_email_domain()}"

    def ip(self) -> str:
        return self.us.ipv4_public() if self.rng.random() < 0.75 else self.us.ipv6()

    def card(self) -> str:
        brand = self.rng.choice(["visa16", "visa16", "mastercard", "mastercard", "amex", "discover",
                                 "jcb16", "diners", "maestro"])
        digits = self.us.credit_card_number(brand)
        if self.rng.random() < 0.5:
            return digits
        if len(digits) == 15:
            return f"{digits[:4]} {digits[4:10]} {digits[10:]}"
        return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))

    def iban(self, language: str) -> str:
        import schwifty

        locale = {"en": "de_DE", "es": "es_ES", "pt": "pt_PT", "zh": "fr_FR", "ja": "it_IT",
                  "ru": "pl_PL"}.get(language, LOCALES[language][0])
        for _ in range(20):
            value = self._faker(locale).iban()
            try:
                schwifty.IBAN(value)
            except Exception:  # a Faker locale whose BBAN format lags the registry: draw again
                continue
            if self.rng.random() < 0.6:
                return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
            return value
        raise RuntimeError(f"no valid IBAN from Faker's {locale}")

    def _faker(self, locale: str):
        from faker import Faker

        if locale not in self.fakers:
            fake = Faker(locale)
            fake.seed_instance(SEED + len(self.fakers))
            self.fakers[locale] = fake
        return self.fakers[locale]

    def bad_iban(self, language: str) -> str:
        import schwifty

        value = self.iban(language).replace(" ", "")
        while True:
            check = (int(value[2:4]) + self.rng.randint(1, 50)) % 97 + 2
            wrong = f"{value[:2]}{check:02d}{value[4:]}"
            try:
                schwifty.IBAN(wrong)
            except Exception:  # the point: a wrong check digit
                return wrong

    def bad_card(self) -> str:
        digits = self.us.credit_card_number("visa16")
        return digits[:-1] + str((int(digits[-1]) + self.rng.randint(1, 9)) % 10)

    def name(self, language: str = "en") -> str:
        return self.fakers[LOCALES[language][0]].name()

    def date(self) -> str:
        d = self.us.date_between("-3y", "today")
        return self.rng.choice([d.strftime("%m/%d/%Y"), d.isoformat(), d.strftime("%B %d, %Y")])


# --- registers ----------------------------------------------------------------------------------

def payroll(v: Values, page: Page, language: str) -> None:
    """An HR / payroll export: a header naming the columns, 3-6 rows."""
    r = v.rng
    ssn_header = r.choice(["SSN", "SSN#", "Soc. Sec. No.", "Social Security Number", "SS No.",
                           "Employee SSN", "soc_sec_num"])
    other = r.choice([("Case No.", v.three_two_four), ("Part No.", v.three_two_four),
                      ("PO #", v.three_two_four), ("ZIP+4", v.zip4), ("Claim No.", v.three_two_four),
                      ("Invoice", v.three_two_four)])
    style = r.choice(["dash", "dash", "space", "none"])
    delimiter = r.choice([",", "\t", " | ", ";"])
    columns = ["Employee", ssn_header, other[0], r.choice(["Phone", "Home phone", "Cell"]), "Email",
               "Hired"]
    r.shuffle(columns[1:5])
    if delimiter == " | ":
        page.add("| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n")
    else:
        page.add(delimiter.join(columns) + "\n")
    for _ in range(r.randint(3, 6)):
        if delimiter == " | ":
            page.add("| ")
        for i, column in enumerate(columns):
            if i:
                page.add(delimiter)
            if column == "Employee":
                page.add(v.name())
            elif column == ssn_header:
                page.pii("US_SSN", v.ssn(style))
            elif column == other[0]:
                page.add(other[1]())
            elif column in ("Phone", "Home phone", "Cell"):
                page.pii("PHONE_NUMBER", v.phone("en", r.choice(["national", "national", "e164"])))
            elif column == "Email":
                page.pii("EMAIL_ADDRESS", v.email())
            else:
                page.add(v.us.date_between("-9y", "today").isoformat())
        page.add(" |\n" if delimiter == " | " else "\n")


def tax_form(v: Values, page: Page, language: str) -> None:
    r = v.rng
    form = r.choice(["W-2", "1099-NEC", "1099-MISC", "W-9"])
    page.add(f"Form {form} ({r.randint(2019, 2025)}), copy for your records\n")
    if form == "W-2":
        page.add("a  Employee's social security number  ").pii("US_SSN", v.ssn()).add("\n")
        page.add("b  Employer identification number (EIN)  " + v.us.ein() + "\n")
        page.add(f"c  Employer's name, address, and ZIP code  {v.us.company()}, {v.us.city()}, "
                 f"{v.us.state_abbr()} {v.zip4()}\n")
        page.add(f"1  Wages, tips, other compensation  {r.randint(20000, 190000):,}.{r.randint(0, 99):02d}\n")
        page.add(f"d  Control number  {v.three_two_four()}\n")
    elif form.startswith("1099"):
        page.add("PAYER'S TIN  " + v.us.ein() + "\n")
        page.add("RECIPIENT'S TIN  ").pii("US_SSN", v.ssn(r.choice(["dash", "dash", "none"]))).add("\n")
        page.add(f"Account number (see instructions)  {v.three_two_four()}\n")
        page.add(f"1  Nonemployee compensation  ${r.randint(600, 90000):,}.00\n")
    else:
        page.add("Part I  Taxpayer Identification Number (TIN)\nSocial security number\n")
        page.pii("US_SSN", v.ssn(r.choice(["dash", "space"]))).add("\nor\nEmployer identification number\n")
        page.add(v.us.ein() + "\n")
    if r.random() < 0.5:
        page.add(f"Preparer: {v.name()}, ITIN {v.us.itin()}, phone ")
        page.pii("PHONE_NUMBER", v.phone("en", "national")).add("\n")
    if r.random() < 0.4:
        page.add("Questions? ").pii("EMAIL_ADDRESS", v.email()).add("\n")


def letter(v: Values, page: Page, language: str) -> None:
    r = v.rng
    page.add(f"{v.date()}\n\nDear {v.name()},\n\n")
    opening = r.choice([
        ("We have updated your file. The Social Security number we have on record is ", "."),
        ("Please confirm that ", " is your correct SSN before we process the rollover."),
        ("Our records show a mismatch: the W-4 lists ", " but the I-9 lists another number. "
         "Please bring your Social Security card."),
        ("Your benefit statement is attached. For security, your SSN (", ") appears only on page 2."),
    ])
    page.add(opening[0]).pii("US_SSN", v.ssn()).add(opening[1] + " ")
    page.add(r.choice([f"This notice refers to case no. {v.three_two_four()}. ",
                       f"Reference your claim number {v.three_two_four()} in any reply. ",
                       f"Your new lease begins {v.date()}; unit mailbox ZIP {v.zip4()}. ",
                       f"Your taxpayer ID for the trust (EIN {v.us.ein()}) is unchanged. "]))
    page.add(r.choice(["If anything is wrong, call us at ", "Questions can go to our benefits line, ",
                       "You can reach the office on "]))
    page.pii("PHONE_NUMBER", v.phone("en", r.choice(["national", "national", "international"])))
    page.add(r.choice([" or write to ", ", or e-mail ", "; our address for documents is "]))
    page.pii("EMAIL_ADDRESS", v.email()).add(".\n\nSincerely,\n" + v.name() + "\nHuman Resources\n")


def prose(v: Values, page: Page, language: str) -> None:
    r = v.rng
    pieces = r.sample([
        lambda: page.add("Got a letter saying someone filed taxes with my SSN ").pii("US_SSN", v.ssn())
        .add(" before I did. "),
        lambda: page.add("The IRS gave my wife an ITIN (").add(v.us.itin())
        .add(") since she has no social security number yet. "),
        lambda: page.add("Don't post stuff like 000-12-3456 or 666-xx-xxxx: those are never issued, "
                         "and numbers starting with 9 are ITINs. "),
        lambda: page.add("My identity was stolen; the thief used ").pii("US_SSN", v.ssn())
        .add(" to open three credit cards. "),
        lambda: page.add("The bank asked me to read out my soc sec number, ").pii("US_SSN", v.ssn("space"))
        .add(", over the phone. "),
        lambda: page.add(f"Part number {v.three_two_four()} fits the 2014 model. "),
        lambda: page.add(f"The shipment went to ZIP {v.zip4()} on {v.date()}. "),
        lambda: page.add(f"My case number with the state is {v.three_two_four()}, still pending. "),
        lambda: page.add(f"Order {v.three_two_four()} never arrived. "),
        lambda: page.add("Call the fraud hotline, ").pii("PHONE_NUMBER", v.phone("en", "national"))
        .add(", it's open 24/7. "),
        lambda: page.add("Her SSN# is ").pii("US_SSN", v.ssn(r.choice(["dash", "none"])))
        .add(", per the form she left. "),
        lambda: page.add("I emailed ").pii("EMAIL_ADDRESS", v.email()).add(" twice, no answer. "),
        lambda: page.add("My card ").pii("CREDIT_CARD", v.card()).add(" was charged twice. "),
        lambda: page.add("Post your logs but mask the address; mine was ").pii("IP_ADDRESS", v.ip())
        .add(" that day. "),
        lambda: page.add(f"Version {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1000, 9999)} "
                         "fixed it. "),
        lambda: page.add(f"I tried npm i left-pad@1.{r.randint(0, 9)}.{r.randint(0, 9)} and it broke. "),
    ], r.randint(3, 6))
    page.add(r.choice(["Re: ", "Posted by ", "Thread: "]) + v.us.user_name() + "\n")
    for piece in pieces:
        piece()


# US-related pages in other languages: (sentence before the SSN, after it), phone word, e-mail word.
FOREIGN = {
    "es": (("Para el trámite necesita su número de Seguro Social (SSN): ", ". Sin él no podemos continuar."),
           "Llámenos al ", "Escríbanos a ", "Número de pedido: ", "Cuenta bancaria (IBAN): "),
    "fr": (("Indiquez votre numéro de sécurité sociale américain (SSN) : ", ", tel qu'il figure sur la carte."),
           "Téléphone : ", "Courriel : ", "Numéro de commande : ", "IBAN : "),
    "de": (("Ihre US-Sozialversicherungsnummer (SSN) ", " tragen Sie in Zeile 3 ein."),
           "Telefonisch erreichen Sie uns unter ", "E-Mail: ", "Bestellnummer ", "Bankverbindung: IBAN "),
    "pt": (("Informe o número do Seguro Social americano, ", ", no formulário W-7."),
           "Ligue para ", "E-mail: ", "Pedido nº ", "IBAN para depósito: "),
    "it": (("Il numero di previdenza sociale statunitense (SSN) ", " va riportato nel quadro A."),
           "Per informazioni chiamate il ", "Posta: ", "Numero d'ordine ", "IBAN: "),
    "nl": (("Vul uw Amerikaanse social security number in: ", "."),
           "Bel ons op ", "Mail naar ", "Bestelnummer ", "Rekeningnummer (IBAN): "),
    "pl": (("Amerykański numer SSN (Social Security Number): ", " wpisz w rubryce 4."),
           "Zadzwoń: ", "E-mail: ", "Numer zamówienia: ", "Numer konta IBAN: "),
    "ru": (("Номер социального страхования США (SSN): ", ". Его спросят в банке."),
           "Телефон: ", "Почта: ", "Номер заказа: ", "IBAN: "),
    "zh": (("美国社会安全号码（SSN）：", "，请勿泄露。"), "联系电话：", "邮箱：", "订单号：", "IBAN："),
    "ja": (("米国の社会保障番号（SSN）：", "。書類に記入してください。"), "電話：", "メール：", "注文番号：", "IBAN："),
}


def foreign(v: Values, page: Page, language: str) -> None:
    r = v.rng
    (before, after), phone_word, mail_word, order_word, iban_word = FOREIGN[language]
    newline = "\n" if language in ("zh", "ja") else " "
    if r.random() < 0.85:
        page.add(before).pii("US_SSN", v.ssn(r.choice(["dash", "dash", "space", "none"]))).add(after + newline)
    page.add(order_word + v.three_two_four() + newline)
    page.add(phone_word).pii("PHONE_NUMBER", v.phone(language)).add(newline)
    if r.random() < 0.7:
        page.add(mail_word).pii("EMAIL_ADDRESS", v.email(language)).add(newline)
    if r.random() < 0.4:
        page.add(iban_word).pii("IBAN_CODE", v.iban(language)).add(newline)
    if r.random() < 0.3:
        page.add(f"BIC {r.choice(['DEUTDEFF', 'BNPAFRPP', 'CAIXESBB', 'INGBNLZZ', 'BPKOPLPW'])}{newline}")


def support_chat(v: Values, page: Page, language: str) -> None:
    r = v.rng
    agent, client = v.us.first_name(), v.us.first_name()
    lines = [
        (agent, lambda: page.add("Hi, can you confirm the last four of your card? Never send the full number here.")),
        (client, lambda: page.add("sure, it's the one ending 4417, but the full one is ").pii("CREDIT_CARD", v.card())),
        (agent, lambda: page.add(f"Thanks. I see order {v.three_two_four()} from {v.date()}.")),
        (client, lambda: page.add("My old card **** **** **** " + str(r.randint(1000, 9999)) + " expired.")),
        (client, lambda: page.add(f"the gift card code is {v.bad_card()} if that helps")),
        (agent, lambda: page.add("For the refund I need the account holder's SSN: ").pii("US_SSN", v.ssn())
         .add(" is what we have, correct?")),
        (client, lambda: page.add("you can also reach me at ").pii("PHONE_NUMBER", v.phone("en", "national"))),
        (agent, lambda: page.add("I've sent a confirmation to ").pii("EMAIL_ADDRESS", v.email()).add(".")),
        (client, lambda: page.add(f"tracking says ZIP {v.zip4()}, that's my office")),
    ]
    for speaker, say in r.sample(lines, r.randint(4, 7)):
        page.add(f"[{r.randint(9, 17):02d}:{r.randint(0, 59):02d}] {speaker}: ")
        say()
        page.add("\n")


def bank_details(v: Values, page: Page, language: str) -> None:
    r = v.rng
    lang = r.choice(["en", "de", "fr", "es", "it", "nl", "pl"])
    page.add(r.choice(["Payment details", "Bank details for the deposit", "Remittance"]) + "\n")
    page.add(f"Beneficiary: {v.name(lang)}\nIBAN: ").pii("IBAN_CODE", v.iban(lang)).add("\n")
    page.add(f"BIC/SWIFT: {r.choice(['COBADEFFXXX', 'BNPAFRPPXXX', 'BSCHESMM', 'UNCRITMM', 'RABONL2U'])}\n")
    if r.random() < 0.5:
        page.add(f"Old account (closed, do not use): {v.bad_iban(lang)}\n")
    page.add(f"Reference: invoice {v.three_two_four()}\n")
    if r.random() < 0.5:
        page.add("Accounts team: ").pii("EMAIL_ADDRESS", v.email(lang)).add(", tel. ")
        page.pii("PHONE_NUMBER", v.phone(lang, "international")).add("\n")


def server_log(v: Values, page: Page, language: str) -> None:
    r = v.rng
    for _ in range(r.randint(3, 7)):
        kind = r.random()
        stamp = f"{v.us.date_between('-1y', 'today').isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        if kind < 0.5:
            page.add(f"{stamp} sshd[{r.randint(100, 99999)}]: Failed password for {v.us.user_name()} from ")
            page.pii("IP_ADDRESS", v.ip()).add(f" port {r.randint(1024, 65535)}\n")
        elif kind < 0.65:
            page.add(f"{stamp} dhcpd: lease for {':'.join(f'{r.randint(0, 255):02x}' for _ in range(6))} "
                     f"renewed\n")
        elif kind < 0.8:
            page.add(f"{stamp} snmpd: walk of OID 1.3.6.1.4.1.{r.randint(100, 9999)}.{r.randint(1, 9)}\n")
        elif kind < 0.9:
            page.add(f"{stamp} mailer: bounced message for ").pii("EMAIL_ADDRESS", v.email())
            page.add(f" (build {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(10000, 99999)})\n")
        else:
            page.add(f"{stamp} app: loaded image@2x.png and icon@3x.png for user @{v.us.user_name()}\n")


def contact(v: Values, page: Page, language: str) -> None:
    r = v.rng
    page.add(r.choice(["Contact us", "Our team", "Get in touch"]) + "\n\n")
    for _ in range(r.randint(2, 4)):
        page.add(f"{v.name(language)}\n")
        page.add(r.choice(["Phone: ", "Tel. ", "Office ", "Direct line: "]))
        page.pii("PHONE_NUMBER", v.phone(language)).add("\n")
        if r.random() < 0.8:
            page.pii("EMAIL_ADDRESS", v.email(language)).add("\n")
        page.add("\n")
    if r.random() < 0.3:
        page.add(f"Mailing address: PO Box {r.randint(100, 9999)}, {v.us.city()}, {v.us.state_abbr()} {v.zip4()}\n")
    if r.random() < 0.3:
        page.add("Local test server: user@localhost, admin@intranet\n")


def hr_form(v: Values, page: Page, language: str) -> None:
    """A filled-in onboarding form: label on one line or before the value, other ids beside."""
    r = v.rng
    fields = [
        ("Full name", lambda: page.add(v.name())),
        (r.choice(["Social Security No.", "SSN", "Soc. Sec. #"]), lambda: page.pii("US_SSN", v.ssn(r.choice(["dash", "space", "none", "dot"])))),
        ("Date of birth", lambda: page.add(v.date())),
        ("Personal e-mail", lambda: page.pii("EMAIL_ADDRESS", v.email())),
        ("Mobile", lambda: page.pii("PHONE_NUMBER", v.phone("en", r.choice(["national", "e164"])))),
        ("Badge / case no.", lambda: page.add(v.three_two_four())),
        ("Mailing ZIP", lambda: page.add(v.zip4())),
        ("Spouse ITIN", lambda: page.add(v.us.itin())),
        ("Direct deposit card", lambda: page.pii("CREDIT_CARD", v.card())),
    ]
    layout = r.choice(["colon", "line_above", "dots"])
    for label, fill in r.sample(fields, r.randint(4, len(fields))):
        if layout == "colon":
            page.add(f"{label}: ")
        elif layout == "line_above":
            page.add(f"{label}\n")
        else:
            page.add(f"{label} {'.' * r.randint(3, 12)} ")
        fill()
        page.add("\n")
    if r.random() < 0.3:
        page.add(f"Form test values (never issued): {v.unissued()}, {v.unissued()}\n")


REGISTERS = {"payroll": payroll, "tax_form": tax_form, "letter": letter, "prose": prose,
             "foreign": foreign, "support_chat": support_chat, "bank_details": bank_details,
             "server_log": server_log, "contact": contact, "hr_form": hr_form}
WEIGHTS = {"payroll": 10, "tax_form": 10, "letter": 10, "prose": 12, "foreign": 14,
           "support_chat": 8, "bank_details": 8, "server_log": 8, "contact": 12, "hr_form": 8}


def generate(n: int = N_DOCS, half: str = "blind") -> list[dict]:
    v = Values(SETS[half][1])
    r = v.rng
    names, weights = zip(*WEIGHTS.items())
    rows = []
    for index in range(n):
        register = r.choices(names, weights)[0]
        language = r.choice([lang for lang in LOCALES if lang != "en"]) if register == "foreign" else \
            r.choice(["en", "de", "fr", "es", "it", "pl"]) if register == "contact" else "en"
        page = Page()
        REGISTERS[register](v, page, language)
        tld = r.choice(LOCALES[language][2])
        url = f"https://{v.us.domain_word()}-{index}.{tld}/{register.replace('_', '-')}" \
            if r.random() < 0.85 else None
        rows.append({"id": f"{half}-{index}", "half": half, "register": register, "url": url,
                     "language": language if r.random() < 0.9 else None, "text": page.text(),
                     "spans": page.spans})
        for span in page.spans:
            if rows[-1]["text"][span["start"]:span["end"]] != span["text"]:
                raise AssertionError(f"span {span} does not match its text in {rows[-1]['id']}")
    return rows


def read_rows(path: Path) -> list[dict]:
    """A labelled set's rows (JSON lines), as every PII generator here writes them."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_sets(name: str, sets: dict, generate, description: str) -> None:
    """The command line of a generator of named halves (`sets`: half -> (path, ...); `generate(half)`
    -> rows): gold spans per type of each half, and with --write-set the JSON-lines files."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--write-set", action="store_true")
    args = parser.parse_args()
    for half, (path, *_) in sets.items():
        rows = generate(half)
        counts: dict[str, int] = {}
        for row in rows:
            for span in row["spans"]:
                counts[span["type"]] = counts.get(span["type"], 0) + 1
        print(f"{name}{half}: {len(rows)} documents; gold spans per type: {counts}")
        if args.write_set:
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            print(f"wrote {path}")


def load(name: str = "blind") -> list[dict]:
    return read_rows(SETS[name][0])


def main() -> None:
    write_sets("", SETS, lambda half: generate(half=half), __doc__.split("\n")[0])


if __name__ == "__main__":
    sys.exit(main())
