"""A twentieth blind PII test set (blind20): 30 registers no earlier generator names, 29 languages, every
register in 3 to 6 layouts and at most 50 documents, with a look-alike beside each value.

Written by a twentieth helper who read only its brief, issue 26, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other generators'
templates or value makers, nor BENCHMARKS.md's PII sections. The PII step was never run on this set
while it was written: the lead scores it once, at the end. Every template, phrase and value maker is
new (here, benchmarks/pii_blind20_values.py and benchmarks/pii_blind20_lexicon.py).

    python benchmarks/pii_blind20.py               # counts per type, register and language
    python benchmarks/pii_blind20.py --write-set   # (re)writes benchmarks/data/pii_blind20.jsonl

1,100 documents (seed fixed, deterministic; 576 not English, 304 US paperwork, 220 machine output);
7,130 gold spans: phones 28.8%, IPs 17.5%, e-mails 17.0%, cards 16.0%, US SSNs 15.4%, IBANs 5.4%;
phones of 117 regions (776 national, 774 international, 353 E.164, 151 "00", 181 with an extension,
43 in full-width / Arabic-Indic / Persian digits); SSNs 579 dashed, 164 spaced, 21 dotted, 332
unseparated. Outside the spans stand about 8,750 phone-shaped strings, 1,485 runs of 13-19 digits,
1,896 SSN-shaped or 9-digit numbers, 1,603 IP-shaped strings, 1,763 "@" strings and 461 IBAN-shaped
strings (counted by the regexes of the commit that wrote the set), each at least the values of its type.

Registers (30):
- web pages people write, each wholly in its language (4 languages per register, 48 documents):
  lost-pet notices, room-sublet ads, bands seeking a musician, flea-market stall bookings, astronomy-club
  observing nights, repair-café events, book-club meeting pages, caravans for sale, guesthouse contact
  pages, time-bank exchange boards, LAN-party sign-ups, makerspace member wikis; 5 layouts:
  label lines (the page's own labels, abbreviated, capitals, with or without colon, Tel/Fax pairs),
  a table whose header stands rows above the values, prose where only the sentence marks a value
  (with a signature), text from HTML ("<td>", "&nbsp;", "<br>", label and value on two lines), the label
  after the value and unlabelled strips of mixed values on one line;
- US paperwork and exports (en, 38 documents each): FAFSA worksheets, name-change petitions,
  foster-parent applications, divorce financial affidavits, check-cashing store customer cards,
  hospice admission packets, propane delivery accounts, HVAC financing applications; 6 layouts: printed
  form, OCR'd form (misread labels, bars), spreadsheet pasted as text (SSN column far above), chat
  ("my social is"), letter (sentence only), leaked dump (JSON lines or pipes with a header);
- machine output (en, the tools' own formats, 22 documents each): Jetty request logs, ASP.NET Core
  Kestrel logs, qmail send/smtpd logs, Pi-hole FTL query logs, F5 BIG-IP LTM/ASM logs, nftables kernel
  log lines, UniFi controller logs, Keycloak event logs, Wazuh alerts (JSON), FreeSWITCH CDR CSV; each in
  3 line formats, IPs bare, ip:port, [v6]:port, key=value, CSV and JSON.
Languages: en de fr es it pt nl pl sv da no fi cs hu ro tr ru uk bg el ar fa he hi zh ja ko th vi.

Values: phones from `phonenumbers` example numbers of 100+ regions (last digits drawn again while
valid): national, international, E.164, "00", "+CC (0)", dots, slash, no-break spaces, full-width (zh ja
ko), Arabic-Indic (ar) and Persian (fa) digits, extensions in the page's language; cards Visa 13/16/19,
Mastercard 51-55 / 2221-2720, Amex, Discover, JCB, Diners, UnionPay, Mir (grouped, dashed, no-break
space, unbroken); IBANs from schwifty (print groups, compact, lower case); IPv4 public / private /
link-local, IPv6 global / ULA / link-local; SSNs dashed or spaced anywhere, unseparated or dotted only
under a label, column header, key or sentence naming them.
Look-alikes: references, order numbers, dates, times, prices and measures in each page's writing,
13-19 digit loyalty numbers, ICCIDs and IMEIs, masked and Luhn-invalid cards, IBANs with a wrong check
digit, ITINs, EINs, routing numbers, SSNs of area 000 / 666 / 9xx, group 00 or serial 0000, other 9-digit
ids under US form labels, ZIP+4, Message-IDs, package@version pins, @handles, user@host prompts,
container digests, obfuscated mailboxes, loopback / unspecified / netmask / wildcard / broadcast /
multicast addresses, OIDs, versions, section numbers, in-addr.arpa names.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label, bracket,
"mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after a phone is part
of its span; e-mails need a literal "@" and a dotted domain; loopback, unspecified, netmask / wildcard and
broadcast IPs are not labelled; lower-case and print-grouped IBANs are, wrong check digits not; cards
pass Luhn with a real brand prefix and length; only US SSNs in the issued range; a phone is valid for
some region per phonenumbers (extension stripped); vanity numbers never.
Checks on writing (`check_row` in pii_blind20_values.py, also run by tests/test_pii_blind20_set.py):
span text == text[start:end], sorted, no overlap, not glued to an ASCII letter or digit, no space or
punctuation at an edge, each value valid for its type; no valid dashed SSN, Luhn-valid brand card, valid
IBAN or plain mailbox outside a span. A drawn document failing a check is drawn again. Deterministic.
"""

import argparse
import hashlib
import json
import random
import string
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_blind20_values as V
from pii_blind20_lexicon import NET, WEB, lex

PATH = Path(__file__).resolve().parent / "data" / "pii_blind20.jsonl"
SEED = 202620
HALF = "blind20"
N_WEB, N_US, N_MACHINE = 48, 38, 22

NAMES = {"de": ["Jana Krüger", "Tobias Brandt"], "fr": ["Camille Roux", "Julien Faure"], "es": ["Lucía Ortega", "Pablo Ruiz"],
         "it": ["Chiara Galli", "Matteo Fabbri"], "pt": ["Inês Lopes", "Rui Carvalho"], "nl": ["Sanne de Wit", "Bram Visser"],
         "pl": ["Zofia Wójcik", "Piotr Kaczmarek"], "sv": ["Elin Berg", "Oskar Holm"], "da": ["Freja Lund", "Mikkel Dahl"],
         "no": ["Ingrid Bakke", "Sindre Moe"], "fi": ["Aino Laine", "Eero Salo"], "cs": ["Tereza Dvořáková", "Jakub Černý"],
         "hu": ["Kovács Réka", "Szabó Máté"], "ro": ["Ioana Stan", "Andrei Dinu"], "tr": ["Zeynep Aydın", "Emre Koç"],
         "ru": ["Анна Смирнова", "Дмитрий Орлов"], "uk": ["Оксана Бондар", "Тарас Мельник"], "bg": ["Мария Георгиева", "Иван Стоянов"],
         "el": ["Ελένη Κωνσταντίνου", "Γιώργος Νικολάου"], "ar": ["سارة الحربي", "خالد منصور"], "fa": ["مریم رضایی", "علی احمدی"],
         "he": ["נועה לוי", "איתי כהן"], "hi": ["प्रिया शर्मा", "राहुल वर्मा"], "zh": ["王芳", "李明"], "ja": ["佐藤 花子", "鈴木 一郎"],
         "ko": ["김지은", "박민수"], "th": ["สมหญิง ใจดี", "วิชัย สุขสันต์"], "vi": ["Nguyễn Thị Lan", "Trần Văn Minh"],
         "en": ["Brenda Hollis", "Marcus Webb", "Dana Kowalski", "Luis Ortega", "Keisha Grant", "Tom Nguyen"]}
TLD = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "sv": "se", "da": "dk", "no": "no",
       "fi": "fi", "cs": "cz", "hu": "hu", "ro": "ro", "tr": "com.tr", "ru": "ru", "uk": "ua", "bg": "bg", "el": "gr", "ar": "sa",
       "fa": "ir", "he": "co.il", "hi": "in", "zh": "cn", "ja": "jp", "ko": "kr", "th": "co.th", "vi": "vn", "en": "com"}
COLON = [": ", ":", " ", ": ", " – ", "\t"]


def sep_label(rng, label: str) -> str:
    label = label.upper() if rng.random() < 0.2 else label
    return label + rng.choice(COLON)


def num(rng) -> str:
    return rng.choice([V.digits(rng, rng.randint(6, 10)), f"{V.digits(rng, 3)}-{V.digits(rng, 3, string.digits)}-{V.digits(rng, 3, string.digits)}",
                       f"{V.digits(rng, 4)} {V.digits(rng, 4, string.digits)}", V.digits(rng, 15)])


def ww(d: V.Doc, rng, lang: str, k: int = 2) -> None:
    """k look-alikes of phones, plus one of the other types."""
    for _ in range(k):
        d.t(V.phoneish(rng, lang) + rng.choice([" · ", "  ", " | ", "\n"]))
    d.t(V.not_email(rng) + "  " + V.not_card(rng) + "\n")
    if lang in V.LANG_IBAN and rng.random() < 0.9:
        d.t(V.wrong_iban(rng, lang) + "\n")


# ---------------------------------------------------------------- web pages people write


def web(rng, register: str, lang: str, layout: int) -> V.Doc:
    w = lex(lang)
    title, opening, item = WEB[register][lang]
    name = rng.choice(NAMES[lang])
    d = V.Doc().t(title + "\n\n" + opening + "\n")
    d.t(item.format(n=num(rng)) + " · " + V.date(rng, lang) + " · " + V.price(rng, lang) + "\n\n")
    net = register == "makerspace_member_wiki"
    if layout == 0:  # label lines
        d.t(sep_label(rng, w["contact"]) + name + "\n")
        d.t(sep_label(rng, w["tel"])).v("PHONE_NUMBER", V.phone(rng, lang))
        if rng.random() < 0.5:
            d.t(" / " + w["fax"] + " ").v("PHONE_NUMBER", V.phone(rng, lang, abroad=0))
        d.t("\n" + sep_label(rng, w["mob"])).v("PHONE_NUMBER", V.phone(rng, lang)).t("\n")
        d.t(sep_label(rng, w["mail"])).v("EMAIL_ADDRESS", V.email(rng, lang)).t("\n")
        d.t(w["ref"] + " " + V.phoneish(rng, lang) + "\n")
        if rng.random() < 0.8:
            d.t(sep_label(rng, w["iban"])).v("IBAN_CODE", V.iban(rng, lang)).t("\n")
        if rng.random() < 0.6:
            d.t(sep_label(rng, w["card"])).v("CREDIT_CARD", V.card(rng)).t("  " + V.not_card(rng) + "\n")
        ww(d, rng, lang)
    elif layout == 1:  # table with the header rows above
        d.t(" | ".join([w["contact"], w["tel"], w["mail"], w["order"]]) + "\n" + "-" * 40 + "\n")
        for i in range(rng.randint(2, 4)):
            d.t(f"{rng.choice(NAMES[lang])} | ").v("PHONE_NUMBER", V.phone(rng, lang)).t(" | ")
            d.v("EMAIL_ADDRESS", V.email(rng, lang)) if rng.random() < 0.5 else d.t(V.not_email(rng))
            d.t(" | " + V.phoneish(rng, lang) + "\n")
        d.t("\n")
        ww(d, rng, lang, 3)
    elif layout == 2:  # prose: only the sentence marks the values
        pre, post = w["call"].split("{v}")
        d.t(pre).v("PHONE_NUMBER", V.phone(rng, lang)).t(post + " ")
        pre, post = w["write"].split("{v}")
        d.t(pre).v("EMAIL_ADDRESS", V.email(rng, lang)).t(post + "\n")
        if rng.random() < 0.85:
            pre, post = w["wire"].split("{v}")
            d.t(pre).v("IBAN_CODE", V.iban(rng, lang)).t(post + " (" + w["ref"] + " " + V.phoneish(rng, lang) + ")\n")
        if rng.random() < 0.9:
            pre, post = w["paid"].split("{v}")
            d.t(pre).v("CREDIT_CARD", V.card(rng)).t(post + " " + V.price(rng, lang) + ", " + V.date(rng, lang) + "\n")
        d.t("\n" + w["bye"] + ",\n" + name + "\n")
        ww(d, rng, lang)
    elif layout == 3:  # text from HTML
        d.t(f"<tr><td>{w['tel']}</td><td>").v("PHONE_NUMBER", V.phone(rng, lang)).t("</td></tr>\n")
        d.t(f"<b>{w['mob']}</b><br>\n").v("PHONE_NUMBER", V.phone(rng, lang)).t("<br>\n")
        d.t(f"{w['mail']}&nbsp;").v("EMAIL_ADDRESS", V.email(rng, lang)).t("&nbsp;|&nbsp;" + V.not_email(rng) + "\n")
        if rng.random() < 0.8:
            d.t(f"**{w['card']}**\n").v("CREDIT_CARD", V.card(rng)).t("\n")
        if rng.random() < 0.75:
            d.t(f"<p>{w['iban']}:<br>").v("IBAN_CODE", V.iban(rng, lang)).t(f"</p> <!-- {V.wrong_iban(rng, lang) if lang in V.LANG_IBAN else V.not_card(rng)} -->\n")
        d.t(f"<td>{w['order']}</td><td>{V.phoneish(rng, lang)}</td>\n")
        ww(d, rng, lang)
    else:  # label after the value, and a strip of mixed values on one line
        d.v("PHONE_NUMBER", V.phone(rng, lang)).t(f" ({w['mob'].lower()}) · ")
        d.v("EMAIL_ADDRESS", V.email(rng, lang)).t(" · ")
        if rng.random() < 0.8:
            d.v("IBAN_CODE", V.iban(rng, lang)).t(" · ")
        d.t(V.phoneish(rng, lang) + "\n")
        d.v("PHONE_NUMBER", V.phone(rng, lang, abroad=0.6)).t(f" — {w['tel']}\n")
        if rng.random() < 0.85:
            d.v("CREDIT_CARD", V.group_card(V.card_digits(rng), " ")).t(f" ({w['card']}) " + V.not_card(rng) + "\n")
        ww(d, rng, lang)
    if net:
        printer, laser, mask, gw = NET[lang]
        d.t(f"{printer}: ").v("IP_ADDRESS", V.ipv4(rng, "private")).t(f"  {mask} 255.255.255.0\n")
        d.t(f"{laser} → ")
        hp(rng, d, V.ip(rng), 8080)
        d.t(f"   {gw} ").v("IP_ADDRESS", V.ipv4(rng, "private")).t("   127.0.0.1 / ::1\n")
        d.t(f"OctoPrint v1.{rng.randint(5, 10)}.{rng.randint(0, 9)} · Firmware {V.version4(rng)} · SNMP {V.oid(rng)}\n")
    return d


# ---------------------------------------------------------------- US paperwork and exports

US = {
    "fafsa_worksheet": ("FAFSA ON THE WEB – PRE-APPLICATION WORKSHEET 2026-27", "Student", "Parent 1", "FSA ID username"),
    "name_change_petition": ("PETITION FOR CHANGE OF NAME (ADULT)", "Petitioner", "Spouse", "Case No."),
    "foster_parent_application": ("FOSTER / RESOURCE PARENT APPLICATION", "Applicant 1", "Applicant 2", "Application #"),
    "divorce_financial_affidavit": ("FINANCIAL AFFIDAVIT (FAMILY LAW) – SHORT FORM", "Petitioner", "Respondent", "Case No."),
    "check_cashing_customer_card": ("CHECK CASHING – NEW CUSTOMER CARD", "Customer", "Employer contact", "Customer #"),
    "hospice_admission_packet": ("HOSPICE ELECTION & ADMISSION PACKET", "Patient", "Responsible party", "MRN"),
    "propane_delivery_account": ("PROPANE DELIVERY – NEW ACCOUNT & TANK LEASE", "Account holder", "Authorized user", "Tank serial"),
    "hvac_financing_application": ("HVAC EQUIPMENT FINANCING – CREDIT APPLICATION", "Applicant", "Co-applicant", "Quote #"),
}


SSN_LABELS = ["Social Security Number: ", "SSN: ", "SSN# ", "Soc. Sec. No. ", "SOCIAL SECURITY NO.: ", "SS#: ", "TIN (SSN): ",
              "1a  Employee's social security number\n", "Social Security #  ", "SSN (last name first): "]


def us_phone(rng) -> str:
    num = V.phone_number(rng, rng.choice(["US", "US", "US", "CA"]))
    nat = V.phonenumbers.format_number(num, V.PNF.NATIONAL)
    digits = nat.replace("(", "").replace(")", "").replace(" ", "").replace("-", "")
    text = rng.choice([nat, f"{digits[:3]}-{digits[3:6]}-{digits[6:]}", f"{digits[:3]}.{digits[3:6]}.{digits[6:]}",
                       f"+1 {digits[:3]}-{digits[3:6]}-{digits[6:]}", f"1-{digits[:3]}-{digits[3:6]}-{digits[6:]}",
                       V.phonenumbers.format_number(num, V.PNF.E164)])
    if rng.random() < 0.12:
        text += rng.choice([" ext. ", " x", " ext "]) + str(rng.randint(10, 999))
    return text


def us_negatives(rng, d: V.Doc, k: int = 3) -> None:
    pool = [f"ABA Routing No.: 0{V.digits(rng, 8, string.digits)}", f"Account No.: {V.digits(rng, 10)}",
            f"Employer EIN: {V.ein(rng)}", f"Spouse ITIN: {V.itin(rng)}", f"ZIP: {V.digits(rng, 5)}-{V.digits(rng, 4, string.digits)}",
            f"Driver License #: D{V.digits(rng, 7, string.digits)}", f"Medicare MBI: {rng.randint(1, 9)}EG4-TE5-MK{rng.randint(10, 99)}",
            f"Policy #: {V.digits(rng, 3)}-{V.digits(rng, 2, string.digits)}-{V.digits(rng, 4, string.digits)}-A",
            f"Tracking: 1Z{V.digits(rng, 6, string.digits)}A{V.digits(rng, 9, string.digits)}",
            f"Date of birth: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1940, 2012)}",
            f"Reference: {V.not_ssn(rng)}", f"Prior SSN on file (voided): {V.bad_ssn(rng)}", f"Card on file: {V.not_card(rng)}",
            f"Amount: ${rng.randint(100, 99999):,}.{rng.randint(0, 99):02d}", f"Confirmation: {V.digits(rng, 9)}",
            f"Loan #: {V.digits(rng, 16)}", f"Portal login: {V.not_email(rng)}", f"Uploaded by: {V.not_email(rng)}",
            f"Student ID: {V.digits(rng, 9)}", f"Claim #: {V.digits(rng, 3)} {V.digits(rng, 2, string.digits)} {V.digits(rng, 4, string.digits)}-X",
            f"Gift card: {V.not_card(rng)}", f"Member #: {V.digits(rng, 9)}", f"Form rev. {V.version4(rng)}",
            f"See instructions § {rng.randint(1, 12)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}", f"e-Sign build {V.version4(rng)}"]
    for line in rng.sample(pool, k + 2):
        d.t(line + "\n")


def us_doc(rng, register: str, layout: int) -> V.Doc:
    title, who, other, idlabel = US[register]
    n1, n2 = rng.sample(NAMES["en"], 2)
    d = V.Doc()
    if layout == 0:  # printed form
        d.t(title + "\n" + "=" * len(title) + "\n")
        d.t(f"{idlabel}: {V.digits(rng, 6)}    Date: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2026\n\n")
        d.t(f"Part A – {who}\nName: {n1}\n" + rng.choice(SSN_LABELS)).v("US_SSN", V.ssn(rng, rng.choice(["dash", "dash", "space", "plain"]))).t("\n")
        d.t("Home phone: ").v("PHONE_NUMBER", us_phone(rng)).t("   Cell: ").v("PHONE_NUMBER", us_phone(rng)).t("\n")
        d.t("E-mail: ").v("EMAIL_ADDRESS", V.email(rng)).t("\n")
        us_negatives(rng, d, 2)
        d.t(f"\nPart B – {other}\nName: {n2}\n" + rng.choice(SSN_LABELS)).v("US_SSN", V.ssn(rng)).t("   ITIN (if no SSN): " + V.itin(rng) + "\n")
        d.t("Dependent SSN: ").v("US_SSN", V.ssn(rng, rng.choice(["dash", "space"]))).t(f"   Dependent DOB: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(10, 20)}\n")
        d.t("Payment card: ").v("CREDIT_CARD", V.card(rng)).t(f"  Exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}  CVV ***\n")
        if rng.random() < 0.6:
            d.t("Backup card (autopay): ").v("CREDIT_CARD", V.card(rng)).t(f"   Gift card: {V.not_card(rng)}\n")
        us_negatives(rng, d, 2)
    elif layout == 1:  # OCR'd form
        d.t(title.replace("O", "0", 1).replace("I", "l", 1) + "\n|  " + who + "  |\n")
        d.t("Soc. Sec. N0. | ").v("US_SSN", V.ssn(rng, rng.choice(["dash", "space", "plain"]))).t(" |\n")
        d.t("S5N ").v("US_SSN", V.ssn(rng, "dash")).t(" | D.O.B. " + f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}-{rng.randint(1950, 2010)}" + "\n")
        d.t("Te1ephone | ").v("PHONE_NUMBER", us_phone(rng)).t(" |\n")
        d.t("Emai1 | ").v("EMAIL_ADDRESS", V.email(rng)).t(" |\n")
        d.t("Spouse SSN | ").v("US_SSN", V.ssn(rng, rng.choice(["dash", "plain"]))).t(" | Emp. ID " + V.digits(rng, 9) + "\n")
        d.t("Card Nurnber | ").v("CREDIT_CARD", V.card(rng)).t(" | Auth " + V.digits(rng, 6) + "\n")
        us_negatives(rng, d, 3)
    elif layout == 2:  # spreadsheet pasted as text
        d.t(f"{title}\nexport {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026\n\n")
        d.t(f"Name\t{idlabel}\tSSN\tPhone\tEmail\tZIP\tCard on file\n")
        for _ in range(rng.randint(3, 6)):
            d.t(rng.choice(NAMES["en"]) + "\t" + V.digits(rng, 9) + "\t")
            d.v("US_SSN", V.ssn(rng, rng.choice(["dash", "plain", "plain", "space"]))).t("\t")
            d.v("PHONE_NUMBER", us_phone(rng)).t("\t")
            d.v("EMAIL_ADDRESS", V.email(rng)) if rng.random() < 0.4 else d.t(V.not_email(rng) if rng.random() < 0.5 else "n/a")
            d.t(f"\t{V.digits(rng, 5)}-{V.digits(rng, 4, string.digits)}\t")
            d.v("CREDIT_CARD", V.card(rng)) if rng.random() < 0.7 else d.t(V.not_card(rng))
            d.t("\n")
        us_negatives(rng, d, 2)
    elif layout == 3:  # chat
        d.t(f"[{rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM] Agent: Thanks for calling about your {title.split('–')[0].strip().lower()}. Can I verify your social?\n")
        d.t(f"[{rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM] {n1}: sure my social is ").v("US_SSN", V.ssn(rng, rng.choice(["plain", "dash", "space"]))).t("\n")
        d.t("Agent: And the card you want to use?\n" + n1 + ": ").v("CREDIT_CARD", V.card(rng)).t(f" exp {rng.randint(1, 12)}/{rng.randint(27, 31)}\n")
        d.t(f"Agent: Your ticket is {V.not_ssn(rng)}. Best callback number?\n{n1}: ").v("PHONE_NUMBER", us_phone(rng)).t(" after 5pm\n")
        d.t(f"{n1}: also my son's social for the dependent part ").v("US_SSN", V.ssn(rng, rng.choice(["plain", "dash"]))).t(f" (his school id is {V.digits(rng, 9)})\n")
        d.t(f"{n1}: my wife's ss# is ").v("US_SSN", V.ssn(rng, "dash")).t(f", her ITIN was {V.itin(rng)}\n")
        d.t("Agent: and the backup card?\n" + n1 + ": ").v("CREDIT_CARD", V.card(rng)).t(f" (not the old one ending {V.digits(rng, 4, string.digits)})\n")
        us_negatives(rng, d, 2)
    elif layout == 4:  # letter
        d.t(f"{n1}\n{rng.randint(100, 9999)} Maple Ave, Springfield, IL {V.digits(rng, 5)}\n\nRe: {title.title()} – {idlabel} {V.digits(rng, 7)}\n\n")
        d.t(f"To whom it may concern,\n\nI am writing on behalf of {n2} (SSN ").v("US_SSN", V.ssn(rng)).t("). ")
        d.t("Please note my own Social Security number is ").v("US_SSN", V.ssn(rng, rng.choice(["dash", "plain", "dot"]))).t(
            f" and not {V.bad_ssn(rng)} as printed on your notice.\n")
        d.t("My co-signer's SSN, if you need it, is ").v("US_SSN", V.ssn(rng, rng.choice(["dash", "space"]))).t(f"; our joint account is {V.digits(rng, 10)}.\n")
        d.t("You can reach me at ").v("PHONE_NUMBER", us_phone(rng)).t(" or ").v("EMAIL_ADDRESS", V.email(rng)).t(".\n")
        d.t("The deposit was charged to my card ").v("CREDIT_CARD", V.card(rng)).t(f" on {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026.\n")
        us_negatives(rng, d, 2)
        d.t(f"\nSincerely,\n{n1}\n")
    else:  # leaked dump
        if rng.random() < 0.5:
            d.t(f"-- dump {register}.csv ({rng.randint(2, 90)}k rows) --\nid|name|ssn|dob|phone|email|cc\n")
            for i in range(rng.randint(3, 5)):
                d.t(f"{V.digits(rng, 6)}|{rng.choice(NAMES['en'])}|").v("US_SSN", V.ssn(rng, rng.choice(["plain", "dash"])))
                d.t(f"|{rng.randint(1950, 2008)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}|").v("PHONE_NUMBER", us_phone(rng))
                d.t("|")
                d.v("EMAIL_ADDRESS", V.email(rng)) if rng.random() < 0.4 else d.t(V.not_email(rng))
                d.t("|")
                d.v("CREDIT_CARD", V.card_digits(rng)) if rng.random() < 0.85 else d.t(V.not_card(rng))
                d.t("\n")
        else:
            for i in range(rng.randint(3, 5)):
                d.t(f'{{"uid": {V.digits(rng, 9)}, "ssn": "').v("US_SSN", V.ssn(rng, rng.choice(["plain", "dash"]))).t('", "tel": "')
                d.v("PHONE_NUMBER", us_phone(rng)).t('", "mail": "')
                d.v("EMAIL_ADDRESS", V.email(rng)) if rng.random() < 0.4 else d.t(V.not_email(rng))
                d.t('", "pan": "')
                d.v("CREDIT_CARD", V.card_digits(rng)).t(f'", "zip": "{V.digits(rng, 5)}", "ein": "{V.ein(rng)}"}}\n')
        us_negatives(rng, d, 2)
    return d


# ---------------------------------------------------------------- machine output


def ts(rng) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def hp(rng, d: V.Doc, addr: str, port: int | None = None) -> None:
    """An address as tools print it with a port: a.b.c.d:p or [v6]:p."""
    if ":" in addr:
        d.t("[").v("IP_ADDRESS", addr).t("]")
    else:
        d.v("IP_ADDRESS", addr)
    if port is not None:
        d.t(f":{port}")


def machine(rng, register: str, layout: int) -> V.Doc:
    d = V.Doc()
    for _ in range(rng.randint(3, 5)):
        src, dst = V.ip(rng), V.ip(rng, 0.1)
        port = rng.randint(1024, 65535)
        if register == "jetty_request_log":
            if layout == 0:
                d.v("IP_ADDRESS", src).t(f' - - [{rng.randint(1, 28):02d}/Nov/2026:10:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000] "GET /api/v{rng.randint(1, 3)}/orders/{V.digits(rng, 10)} HTTP/1.1" 200 {rng.randint(100, 99999)} "-" "okhttp/4.{rng.randint(1, 12)}.0" {rng.randint(1, 900)}\n')
            elif layout == 1:
                d.t(f"{ts(rng)}.{rng.randint(100, 999)}:INFO:oejs.Server:main: jetty-9.4.{rng.randint(30, 54)}.v20230217; built: 2023-02-17T08:22:41.034Z; jvm 17.0.{rng.randint(1, 9)}+{rng.randint(1, 12)}\n")
                d.t(f"{ts(rng)}:INFO:oejs.AbstractConnector:main: Started ServerConnector@{V.digits(rng, 8, '0123456789abcdef')}{{HTTP/1.1}}{{0.0.0.0:8080}} remote=")
                hp(rng, d, src, port)
                d.t("\n")
            else:
                d.t(f"{ts(rng)} WARN  o.e.j.s.HttpChannel - /checkout/pay?email=").v("EMAIL_ADDRESS", V.email(rng)).t("&pan=").v("CREDIT_CARD", V.card_digits(rng))
                d.t(" from ")
                hp(rng, d, src, port)
                d.t(f" java.io.EOFException (order {V.not_card(rng)})\n")
        elif register == "kestrel_aspnet_log":
            if layout == 0:
                d.t(f"info: Microsoft.AspNetCore.Hosting.Diagnostics[1]\n      Request starting HTTP/2 POST https://api.shop.example:443/payments - application/json {rng.randint(100, 999)}\n")
                d.t('      Body: {"pan":"').v("CREDIT_CARD", V.card_digits(rng)).t(f'","exp":"{rng.randint(1, 12):02d}{rng.randint(27, 31)}","imei":"{V.not_card(rng)}"}}\n')
                d.t("      RemoteIpAddress: ").v("IP_ADDRESS", src).t(f" ConnectionId: 0HN{V.digits(rng, 9, 'ABCDEFGHJKLMNPQRSTUV0123456789')}\n")
            elif layout == 1:
                d.t(f'{{"Timestamp":"{ts(rng)}Z","Level":"Warning","MessageTemplate":"Card declined for {{Email}}","Properties":{{"Email":"')
                d.v("EMAIL_ADDRESS", V.email(rng)).t('","CardNumber":"').v("CREDIT_CARD", V.card(rng))
                if rng.random() < 0.8:
                    d.t('","FallbackIban":"').v("IBAN_CODE", V.iban(rng, rng.choice(list(V.LANG_IBAN)))).t(f'","Mandate":"{V.wrong_iban(rng, "de")}').t('","ClientIp":"').v("IP_ADDRESS", src)
                d.t(f'","TraceId":"{V.digits(rng, 32, "0123456789abcdef")}","Amount":{rng.randint(5, 999)}.{rng.randint(0, 99):02d},"GiftCard":"{V.not_card(rng)}"}}}}\n')
            else:
                d.t(f"dbug: Microsoft.AspNetCore.Server.Kestrel[39] Connection id \"0HN{V.digits(rng, 9, 'ABCDEF0123456789')}\" accepted from ")
                hp(rng, d, src, port)
                d.t(f" to 0.0.0.0:5001 (build {V.version4(rng)})\n")
        elif register == "qmail_send_log":
            if layout == 0:
                d.t(f"@4000000{V.digits(rng, 16, '0123456789abcdef')} tcpserver: ok {rng.randint(1000, 99999)} mail.example.net:").v("IP_ADDRESS", dst).t(":25 :").v("IP_ADDRESS", V.ipv4(rng)).t(f"::{port}\n")
            elif layout == 1:
                d.t(f"@4000000{V.digits(rng, 16, '0123456789abcdef')} info msg {V.digits(rng, 7)}: bytes {rng.randint(500, 90000)} from <").v("EMAIL_ADDRESS", V.email(rng)).t(f"> qp {rng.randint(1000, 99999)} uid {rng.randint(89, 1005)}\n")
                d.t(f"@4000000{V.digits(rng, 16, '0123456789abcdef')} starting delivery {rng.randint(1, 9999)}: msg {V.digits(rng, 7)} to remote ").v("EMAIL_ADDRESS", V.email(rng)).t("\n")
            else:
                d.t(f"{ts(rng)} qmail-smtpd[{rng.randint(100, 99999)}]: CHKUSER accepted rcpt: from <").v("EMAIL_ADDRESS", V.email(rng)).t("::> remote <mx.example.org:unknown:")
                d.v("IP_ADDRESS", V.ipv4(rng)).t("> rcpt <").v("EMAIL_ADDRESS", V.email(rng)).t(f"> : Message-ID: <{V.digits(rng, 12, string.digits)}.{V.digits(rng, 5, string.digits)}@mx.example.org> (helo {V.not_email(rng)})\n")
        elif register == "pihole_ftl_dns_log":
            if layout == 0:
                d.t(f"Nov {rng.randint(1, 28)} 0{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} dnsmasq[{rng.randint(100, 999)}]: query[A] cdn{rng.randint(1, 9)}.example.com from ").v("IP_ADDRESS", V.ipv4(rng, "private")).t("\n")
                d.t(f"Nov {rng.randint(1, 28)} 0{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} dnsmasq[{rng.randint(100, 999)}]: reply cdn.example.com is ").v("IP_ADDRESS", V.ipv4(rng, "public")).t("\n")
            elif layout == 1:
                d.t(f"[{ts(rng).replace('T', ' ')}.{rng.randint(100, 999)} {rng.randint(100, 9999)}M] Resizing \"FTL-dns-cache\" from {rng.randint(4096, 90000)} to ({rng.randint(100, 999)} * {rng.randint(10, 99)}) == {rng.randint(10000, 99999)} (/dev/shm/FTL-dns-cache)\n")
                d.t(f"[{ts(rng).replace('T', ' ')}] Client ").v("IP_ADDRESS", V.ip(rng)).t(f" reached rate limit (1000 queries in 60 s), PTR {V.not_ip(rng)}\n")
            else:
                d.t(f"{rng.randint(1700000000, 1799999999)},{rng.randint(1, 16)},{rng.randint(1, 5)},ads.example.net,").v("IP_ADDRESS", V.ipv4(rng, "private")).t(",")
                d.v("IP_ADDRESS", V.ipv4(rng, "public")).t(f"#53,{rng.randint(1, 9)},0.{rng.randint(100, 999)}\n")
        elif register == "f5_bigip_ltm_log":
            if layout == 0:
                d.t(f"Nov {rng.randint(1, 28)} 1{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} bigip1 info tmm[{rng.randint(1000, 30000)}]: Rule /Common/log_clients <HTTP_REQUEST>: Client ")
                d.v("IP_ADDRESS", src).t(f":{port} -> /Common/vs_web_443 ").v("IP_ADDRESS", dst).t(":443\n")
            elif layout == 1:
                d.t('ASM:unit_hostname="bigip2.example.net",attack_type="Information Leakage",ip_client="').v("IP_ADDRESS", src)
                d.t(f'",src_port="{port}",request="POST /checkout cc=').v("CREDIT_CARD", V.card(rng)).t(f'",support_id="{V.digits(rng, 19)}",sig_ids="{V.digits(rng, 9)}"\n')
            else:
                d.t(f"Nov {rng.randint(1, 28)} 0{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} bigip1 notice mcpd[{rng.randint(1000, 9999)}]: 01070638:5: Pool /Common/pool_app member /Common/")
                d.v("IP_ADDRESS", V.ipv4(rng, "private")).t(f":8443 monitor status down. [ /Common/https: down; last error: ] [ was up for {rng.randint(1, 99)}hrs ] netmask 255.255.255.0\n")
        elif register == "nftables_kernel_log":
            v6 = ":" in src
            if layout == 0:
                d.t(f"Nov {rng.randint(1, 28)} 0{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} gw kernel: [{rng.randint(1000, 99999)}.{V.digits(rng, 6, string.digits)}] nft-drop-in: IN=eth0 OUT= MAC={':'.join(V.digits(rng, 2, '0123456789abcdef') for _ in range(14))} SRC=")
                d.v("IP_ADDRESS", src).t(" DST=").v("IP_ADDRESS", dst if ":" in dst or not v6 else V.ipv6(rng)).t(f" LEN={rng.randint(40, 1500)} TTL={rng.randint(30, 128)} ID={rng.randint(1, 65535)} PROTO=TCP SPT={port} DPT=22\n")
            elif layout == 1:
                d.t(f"table inet filter {{ # handle {rng.randint(1, 99)}\n  set blocklist {{ type ipv4_addr; elements = {{ ")
                d.v("IP_ADDRESS", V.ipv4(rng, "public")).t(", ").v("IP_ADDRESS", V.ipv4(rng, "public")).t(", 10.0.0.0/8 } }\n  ip saddr 127.0.0.1 accept\n  ip daddr 255.255.255.255 drop\n}\n")
            else:
                d.t("# nft monitor\nadd element inet filter allow4 { ").v("IP_ADDRESS", V.ipv4(rng)).t(f" timeout {rng.randint(1, 59)}m }}\ncounter packets {rng.randint(1, 999999)} bytes {rng.randint(1000, 99999999)}\n")
        elif register == "unifi_controller_log":
            if layout == 0:
                d.t(f"[{ts(rng).replace('T', ' ')},{rng.randint(100, 999)}] <inform-{rng.randint(1, 9)}> INFO  event   - [event] User[{':'.join(V.digits(rng, 2, '0123456789abcdef') for _ in range(6))}] has connected to AP[U6-Lite] with IP ")
                d.v("IP_ADDRESS", V.ipv4(rng, "private")).t(f" on \"Guest\" (firmware 6.{rng.randint(0, 6)}.{rng.randint(10, 99)}.{rng.randint(10000, 15999)})\n")
            elif layout == 1:
                d.t(f'{{"key":"EVT_LU_Connected","guest":"{":".join(V.digits(rng, 2, "0123456789abcdef") for _ in range(6))}","ip":"').v("IP_ADDRESS", V.ipv4(rng, "private"))
                d.t('","email":"').v("EMAIL_ADDRESS", V.email(rng)).t('","phone":"').v("PHONE_NUMBER", V.phone(rng, "en", abroad=0.5)).t(f'","authorized_by":"voucher {V.digits(rng, 5)}-{V.digits(rng, 5, string.digits)}"}}\n')
            else:
                d.t(f"{ts(rng)} <device-{rng.randint(1, 9)}> WARN  inform  - adopt failed for USW-24 at ").v("IP_ADDRESS", V.ip(rng, 0.4)).t(f" (inform url http://unifi:8080/inform), snmp oid {V.oid(rng)}\n")
        elif register == "keycloak_event_log":
            if layout == 0:
                d.t(f"{ts(rng)},{rng.randint(100, 999)} WARN  [org.keycloak.events] (executor-thread-{rng.randint(1, 40)}) type=LOGIN_ERROR, realmId=shop, clientId=web, userId=null, ipAddress=")
                d.v("IP_ADDRESS", src).t(", error=invalid_user_credentials, username=").v("EMAIL_ADDRESS", V.email(rng)).t("\n")
            elif layout == 1:
                d.t('{"type":"UPDATE_PROFILE","realmId":"hr","ipAddress":"').v("IP_ADDRESS", src).t('","details":{"updated_ssn":"').v("US_SSN", V.ssn(rng, rng.choice(["dash", "plain"])))
                d.t(f'","previous_ssn":"{V.bad_ssn(rng)}","updated_mobile":"').v("PHONE_NUMBER", us_phone(rng)).t(f'","employee_no":"{V.digits(rng, 9)}"}}}}\n')
            else:
                d.t(f"{ts(rng)} INFO  [org.keycloak.events] type=REGISTER, realmId=members, ipAddress=").v("IP_ADDRESS", src)
                d.t(", email=").v("EMAIL_ADDRESS", V.email(rng)).t(f", identity_provider=github, identity_provider_identity={V.not_email(rng)}\n")
        elif register == "wazuh_alert_json":
            if layout == 0:
                d.t(f'{{"timestamp":"{ts(rng)}.{rng.randint(100, 999)}+0000","rule":{{"level":{rng.randint(3, 12)},"id":"{rng.randint(5700, 5799)}","description":"sshd: authentication failed"}},"data":{{"srcip":"')
                d.v("IP_ADDRESS", src).t(f'","srcport":"{port}","dstuser":"root"}},"agent":{{"ip":"').v("IP_ADDRESS", V.ipv4(rng, "private")).t('"}}\n')
            elif layout == 1:
                d.t(f'{{"rule":{{"id":"{rng.randint(100000, 100999)}","description":"DLP: SSN in file"}},"syscheck":{{"path":"/srv/hr/export.csv","diff":"+ ')
                d.v("US_SSN", V.ssn(rng, "dash")).t(",").t(V.not_ssn(rng)).t(",").v("CREDIT_CARD", V.card_digits(rng)).t('"},"agent":{"name":"hr-fs","ip":"').v("IP_ADDRESS", V.ipv4(rng, "private")).t('"}}\n')
            else:
                d.t(f"** Alert {rng.randint(1700000000, 1799999999)}.{rng.randint(1000, 999999)}: - web,accesslog,attack,\n{ts(rng)} (web01) ")
                d.v("IP_ADDRESS", V.ipv4(rng, "private")).t(f"->/var/log/nginx/access.log\nRule: 31{rng.randint(100, 199)} (level {rng.randint(5, 12)}) -> 'SQL injection attempt.'\nSrc IP: ").v("IP_ADDRESS", src).t("\n")
        else:  # freeswitch_cdr_csv
            if layout == 0:
                d.t('"').v("PHONE_NUMBER", V.phone(rng, "en", abroad=0.7, ext=0)).t('","')
                d.v("PHONE_NUMBER", V.phonenumbers.format_number(V.phone_number(rng, rng.choice(["DE", "FR", "GB", "US", "IT", "ES", "NL"])), V.PNF.E164))
                d.t(f'","default","{ts(rng)}","{rng.randint(0, 3600)}","NORMAL_CLEARING","').v("IP_ADDRESS", src).t(f'","{V.digits(rng, 8, "0123456789abcdef")}-{V.digits(rng, 4, "0123456789abcdef")}"\n')
            elif layout == 1:
                d.t("<cdr><variables><caller_id_number>").v("PHONE_NUMBER", V.phonenumbers.format_number(V.phone_number(rng, rng.choice(V.ABROAD + ["US", "GB"])), V.PNF.E164))
                d.t("</caller_id_number><network_addr>").v("IP_ADDRESS", src).t(f"</network_addr><sip_req_user>{V.digits(rng, 4)}</sip_req_user><billsec>{rng.randint(1, 3000)}</billsec></variables></cdr>\n")
            else:
                d.t(f"{ts(rng)} [NOTICE] switch_channel.c:1{rng.randint(100, 199)} New Channel sofia/external/").v("PHONE_NUMBER", V.phonenumbers.format_number(V.phone_number(rng, "US"), V.PNF.E164))
                d.t(f" [{V.digits(rng, 8, '0123456789abcdef')}] from ")
                hp(rng, d, src, 5060)
                d.t(f" codec PCMU build {V.version4(rng)}\n")
        if rng.random() < 0.3:
            d.t(rng.choice([f"# deployed by {V.not_email(rng)}", f"# image {V.not_email(rng)}", f"# contact {V.not_email(rng)}"]) + "\n")
        if rng.random() < 0.95:
            d.t(rng.choice(["# netmask 255.255.255.0", "# loopback 127.0.0.1", "# bind 0.0.0.0:443", "# v6 loopback ::1",
                            "# broadcast 255.255.255.255", "# wildcard 0.0.0.255", f"# agent {V.version4(rng)}",
                            f"# OID {V.oid(rng)}", f"# PTR {V.in_addr(rng)}"]) + "\n")
    return d


# ---------------------------------------------------------------- the set

MACHINE = ["jetty_request_log", "kestrel_aspnet_log", "qmail_send_log", "pihole_ftl_dns_log", "f5_bigip_ltm_log",
           "nftables_kernel_log", "unifi_controller_log", "keycloak_event_log", "wazuh_alert_json", "freeswitch_cdr_csv"]
HOSTS = {"jetty_request_log": "app", "kestrel_aspnet_log": "api", "qmail_send_log": "mx", "pihole_ftl_dns_log": "pihole",
         "f5_bigip_ltm_log": "lb", "nftables_kernel_log": "gw", "unifi_controller_log": "unifi", "keycloak_event_log": "sso",
         "wazuh_alert_json": "siem", "freeswitch_cdr_csv": "pbx"}


def draw(rng, register: str, lang: str, layout: int, kind: str) -> dict:
    for _ in range(50):
        if kind == "web":
            d = web(rng, register, lang, layout)
        elif kind == "us":
            d = us_doc(rng, register, layout)
        else:
            d = machine(rng, register, layout)
        slug = register.replace("_", "-")
        url = (f"https://www.{slug.split('-')[0]}-{V.digits(rng, 3)}.{TLD[lang]}/{slug}" if kind == "web"
               else f"https://forms.{slug.split('-')[0]}.example.com/{V.digits(rng, 6)}" if kind == "us"
               else f"https://{HOSTS[register]}.example.net/logs/{slug}-{V.digits(rng, 4)}.txt")
        row = {"id": "", "half": HALF, "register": register, "url": url, "language": lang, "text": d.text(), "spans": d.spans}
        if not V.check_row(row):
            return row
    raise RuntimeError(f"no sound document for {register}/{lang}: {V.check_row(row)}")


def generate(half: str = HALF) -> list[dict]:
    rng = random.Random(SEED)
    plan = []
    for register, by_lang in WEB.items():
        langs = list(by_lang)
        plan += [("web", register, langs[i % len(langs)], i % 5) for i in range(N_WEB)]
    for register in US:
        plan += [("us", register, "en", i % 6) for i in range(N_US)]
    for register in MACHINE:
        plan += [("machine", register, "en", i % 3) for i in range(N_MACHINE)]
    rng.shuffle(plan)
    rows = []
    for i, (kind, register, lang, layout) in enumerate(plan):
        row = draw(rng, register, lang, layout, kind)
        row["id"] = f"{HALF}-{i}"
        rows.append(row)
    return rows


def load() -> list[dict]:
    return [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-set", action="store_true")
    args = parser.parse_args()
    rows = generate()
    types, registers, languages = Counter(), Counter(), Counter()
    for row in rows:
        registers[row["register"]] += 1
        languages[row["language"]] += 1
        types.update(s["type"] for s in row["spans"])
    total = sum(types.values())
    print(f"blind20: {len(rows)} documents, {total} gold spans")
    for kind, n in types.most_common():
        print(f"  {kind:14s} {n:5d}  {n / total:6.1%}")
    print("registers:", dict(sorted(registers.items())))
    print("languages:", dict(languages.most_common()))
    if args.write_set:
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        PATH.write_text(data, encoding="utf-8")
        print(f"wrote {PATH} sha256 {hashlib.sha256(data.encode()).hexdigest()}")


if __name__ == "__main__":
    main()
