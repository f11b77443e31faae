"""A twelfth blind PII test set (issue 26): 34 registers no earlier generator names, 28 languages,
US SSNs, cards and IPs weighted up, every register in three layouts.

Written by a twelfth helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other
generators' templates or value makers, nor BENCHMARKS.md's PII sections. The PII step was never
run on this set while it was written: the lead scores it once, at the end. Every template,
phrase, name list and value maker is new (benchmarks/pii_blind12_{values,layouts,registers}.py).

    python benchmarks/pii_blind12.py               # counts per type, register and language
    python benchmarks/pii_blind12.py --write-set   # (re)writes benchmarks/data/pii_blind12.jsonl

Registers (34, at most 60 documents each, each with three layouts: label lines, a table whose
header stands rows above the values, and prose / letter / chat / another tool output):
veterinary clinic intake forms, dental lab work orders, coworking member lists, auction
consignment slips, crowdfunding backer exports, phone repair intake tickets, dry-cleaning
tickets, energy supplier switch forms, road toll account statements, physiotherapy appointment
reminders, golf tee-time bookings, student dormitory check-in sheets, music school enrolments,
telethon pledge-line logs, web-shop fraud review queues, rideshare driver onboarding (EU with
IBAN payouts; US with SSN background checks, also es); US pages (en, some es / zh / ko / vi):
background-check reports (SSN traces), credit-report dispute letters and online dispute form
dumps, debt-validation letters and replies, HSA / COBRA enrolments, IRS 4506-C transcript
requests, I-130 attorney intake sheets, scrap-metal purchase logs (1099 sellers), pension
estimate requests, student loan deferment requests; machine output: BGP looking-glass output
(show ip bgp, BIRD, ping), kubectl listings (get pods / svc / nodes, describe pod), nginx error
logs and `nginx -T` dumps, PBX call detail records (Asterisk Master.csv, CDR reports), SIP peer
status (sip show peers, pjsip contacts, sip.conf), router show commands (ip interface brief,
arp, running-config, cdp), CI build logs (Jenkins, GitLab runner, GitHub Actions), cloud VM
inventories (gcloud, openstack, CMDB CSV).
Languages (28, 12 in non-Latin scripts): en de fr es it pt nl pl sv da fi cs ro hu tr ru uk bg el
ar fa he hi zh ja ko th vi; more than half the documents are not English; each page is written
wholly in its language (headings, labels, sentences), with its country's dates, prices and
words for phone, mobile, fax, e-mail, IBAN, card, extension; machine output keeps its tools'
keys (language "en").

Contexts: a label before the value (page's language, abbreviated, capitals, with or without
colon, dotted leaders, tab), a label after it, a column header rows above (pipe, CSV, semicolon,
tab, fixed width, HTML cells), markup remnants ("</td><td>", ":&nbsp;", "<br>", "**") or a line
break between label and value, only the sentence ("call me on", "wire it to", "charge the card",
"my social is"), no context where the shape tells (E.164, IBAN, card in groups), several values
of mixed types on one line. Phones (101 regions in the committed file): `phonenumbers` example numbers of 28 home regions and 50-odd
others, digits (area code included) drawn again while valid; national in the library's grouping
(own country only), international, E.164, "00", "+CC (0)" (not for Italy), dots, dashes, a slash
(DE / AT / CH only), no-break spaces, full-width (zh ja ko), Arabic-Indic or Persian digits
(ar fa), extensions in the page's language, Tel / Fax pairs. Cards: Visa 13/16/19, Mastercard
51-55 / 2221-2720, Amex, Discover, JCB, Diners, UnionPay, Mir, Maestro, grouped as printed or
unbroken, with spaces, dashes or no-break spaces. IBANs from schwifty (print groups, compact,
lower case), of the page's country or 40-odd others. IPv4 public / private / link-local, IPv6
global / ULA / link-local, compressed or exploded. US SSNs dashed, spaced, dotted, or
unseparated only beside a label, column header or sentence (dashed alone only in a US page's
line about identity). E-mails with tags, digits, subdomains, upper case.

Hard negatives beside them: national dates, times and prices, ticket / case / order / invoice /
customer / report / loan / member / policy / passport numbers (many of 9 digits or in 3-2-4
groups), ITINs, EINs, SSNs of area 000 / 666 / 9xx, group 00 or serial 0000, ABA routing numbers,
ZIP+4, A-numbers and USCIS receipts, IMEIs, pet microchips (15 digits), 16-digit transponder and
loyalty ids, masked cards, brand-prefixed cards failing Luhn, IBANs with a wrong check digit,
energy meter / POD / CUPS / 18-digit EAN site ids, other countries' ids (Steuer-ID, SIRET-shaped,
PESEL-shaped, NIF), ISBN, EAN, coordinates, versions (some IP-shaped), OIDs, section numbers,
AS numbers and BGP communities, netmasks, wildcard masks, loopback, 0.0.0.0, ports, CIDR
suffixes, MACs, hashes, `pkg@1.2.3`.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label,
bracket, "mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after
a phone is part of its span; e-mails need a literal "@" and a dotted domain; loopback,
unspecified, netmask / wildcard and broadcast IPs are not labelled; lower-case and print-grouped
IBANs are, wrong check digits not; cards pass Luhn with a real brand prefix and length; only US
SSNs in the issued range; a phone is one a reader recognises and is valid for some region per
phonenumbers (extension stripped); vanity numbers never.

Gold is checked on writing (`check_row`, also run by tests/test_pii_blind12_set.py): span text
equals text[start:end], spans sorted and not overlapping, not glued to an ASCII letter or digit,
no space or punctuation at an edge, phones valid, cards Luhn + brand prefix + length, IBANs valid
(schwifty), IPs parse and are of no excluded class, SSNs in the issued range, no Luhn-valid brand
card or valid compact IBAN outside a span, each value of 7+ characters labelled wherever it
stands whole, no host-shaped IPv4 left unlabelled (version strings excepted). A drawn document
failing a check is drawn again. Deterministic: string seeds per document, no set iteration.
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_blind12_registers as R
from pii_blind12_values import (
    REGIONS,
    TLD,
    TO_ASCII,
    card_brand,
    iban_ok,
    ip_ok,
    luhn_ok,
    phone_ok,
    ssn_ok,
    strip_ext,
)

DATA = Path(__file__).resolve().parent / "data" / "pii_blind12.jsonl"
SEED = "blind12"

US = ("en",)
# register: (function, languages, documents); a language listed twice gets twice the documents.
REGISTERS = {
    "vet_clinic_intake": (R.vet_intake, ("en", "de", "fr", "es", "it", "nl", "pl", "ru", "ja", "sv"), 30),
    "dental_lab_work_order": (R.dental_lab, ("en", "de", "fr", "it", "es", "pt", "cs", "tr", "el"), 30),
    "coworking_member_list": (R.coworking_members, ("en", "de", "fr", "es", "nl", "pt", "pl", "da", "fi", "ko", "zh", "ja"), 36),
    "auction_consignment_slip": (R.consignment_slip, ("en", "fr", "de", "it", "nl", "he", "ar"), 35),
    "crowdfunding_backer_export": (R.backer_export, ("en", "de", "fr", "es", "it", "ja", "ko", "zh", "pt"), 27),
    "phone_repair_intake": (R.phone_repair, ("en", "de", "fr", "es", "it", "tr", "ru", "uk", "ar", "fa", "hi", "th", "vi"), 39),
    "dry_cleaning_ticket": (R.dry_cleaning, ("en", "de", "fr", "it", "ja", "ko", "zh", "he", "el"), 60),
    "energy_supplier_switch": (R.energy_switch, ("de", "fr", "es", "it", "nl", "pl", "cs", "ro", "hu", "bg"), 50),
    "toll_account_statement": (R.toll_account, ("en", "fr", "es", "it", "pt", "pl", "el", "tr"), 60),
    "physio_appointment_reminder": (R.physio_reminder, ("en", "de", "fr", "es", "nl", "sv", "da", "fi", "ro", "hu"), 30),
    "golf_tee_time_booking": (R.golf_booking, ("en", "de", "fr", "es", "it", "sv", "ja", "ko", "th"), 60),
    "dormitory_check_in": (R.dorm_checkin, ("en", "de", "fr", "nl", "pl", "cs", "ru", "uk", "bg", "zh", "ko", "hi"), 36),
    "music_school_enrolment": (R.music_school, ("de", "fr", "it", "es", "pt", "pl", "ru", "el", "he", "fa"), 33),
    "telethon_pledge_log": (R.telethon_pledges, ("en", "es", "fr", "de", "it", "pt", "ar", "hi", "ru"), 60),
    "webshop_fraud_review_queue": (R.fraud_review, ("en", "de", "fr", "es", "it", "nl"), 60),
    "rideshare_driver_onboarding_eu": (R.rideshare_eu, ("de", "fr", "pl", "pt"), 32),
    "rideshare_driver_onboarding_us": (R.rideshare_us, ("en", "en", "es"), 54),
    "us_background_check_report": (R.background_report, ("en", "en", "es"), 60),
    "us_credit_report_dispute": (R.credit_dispute, ("en", "en", "es"), 57),
    "us_debt_validation_letter": (R.debt_validation, ("en", "en", "es"), 57),
    "us_hsa_cobra_enrollment": (R.hsa_cobra, ("en", "en", "es"), 60),
    "us_irs_4506c_request": (R.irs_4506c, ("en",), 60),
    "us_i130_intake": (R.i130_worksheet, ("en", "es", "zh", "ko", "vi"), 60),
    "us_scrap_metal_purchase_log": (R.scrap_metal_log, ("en",), 57),
    "us_pension_estimate_request": (R.pension_estimate, ("en", "en", "zh"), 57),
    "us_student_loan_deferment": (R.loan_deferment, ("en", "en", "es"), 57),
    "bgp_looking_glass": (R.bgp_looking_glass, ("en",), 27),
    "kubectl_listing": (R.kubectl_pods, ("en",), 27),
    "nginx_error_log": (R.nginx_error_log, ("en",), 27),
    "pbx_call_detail_records": (R.pbx_cdr, ("en",), 27),
    "sip_peer_status": (R.sip_peers, ("en",), 27),
    "router_show_commands": (R.cisco_show, ("en",), 27),
    "ci_build_log": (R.ci_build_log, ("en",), 27),
    "cloud_vm_inventory": (R.cloud_vm_inventory, ("en",), 27),
}
MACHINE = {"bgp_looking_glass", "kubectl_listing", "nginx_error_log", "pbx_call_detail_records", "sip_peer_status",
           "router_show_commands", "ci_build_log", "cloud_vm_inventory"}
_STEMS = ("kessler", "nordhafen", "sunvale", "bluebird", "lindner", "azur", "sakura", "haesol", "riverside", "maple",
          "tonleiter", "northwind", "ridenow", "midland", "tricounty", "lendwell", "noc-transit", "shopdev")


def url_for(r: random.Random, register: str, lang: str, region: str) -> str:
    if register in MACHINE:
        return r.choice((f"https://paste.{r.choice(_STEMS)}.dev/{r.randint(10 ** 5, 10 ** 6)}",
                         f"https://gist.example.dev/{r.choice(_STEMS)}/{r.randint(10 ** 7, 10 ** 8):x}",
                         f"https://forum.{r.choice(_STEMS)}.net/t/{r.randint(100, 99999)}"))
    return f"https://www.{r.choice(_STEMS)}.{TLD.get(region, 'com')}/{register.replace('_', '-')}/{r.randint(1, 9999)}"


def build(register: str, index: int, attempt: int) -> dict:
    fn, langs, _ = REGISTERS[register]
    r = random.Random(f"{SEED}-{register}-{index}-{attempt}")
    lang = langs[index % len(langs)]
    region = "US" if register.startswith(("us_", "rideshare_driver_onboarding_us")) or register in MACHINE \
        else r.choice(REGIONS[lang])
    doc = fn(r, lang, region, (index // len(langs)) % 3 if len(langs) % 3 == 0 else index % 3)
    if region != "US" and r.random() < 0.5:
        doc.line(*R.lookalike_line(r, lang, region))
    text = doc.text if doc.text.endswith("\n") else doc.text + "\n"
    return {"id": "", "half": "blind12", "register": register, "url": url_for(r, register, lang, region),
            "language": lang, "text": text, "spans": doc.spans}


# ---------------------------------------------------------------------------------------------
# Checks on writing (also run by tests/test_pii_blind12_set.py on the committed file)
# ---------------------------------------------------------------------------------------------

TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def value_problem(kind: str, text: str) -> str | None:
    if kind == "PHONE_NUMBER":
        return None if phone_ok(text) else "phone not valid for any region"
    if kind == "CREDIT_CARD":
        digits = re.sub(r"[ \-\u00a0]", "", text)
        if not digits.isdigit() or not luhn_ok(digits):
            return "card fails Luhn"
        return None if card_brand(digits) else "card has no brand prefix at a brand length"
    if kind == "IBAN_CODE":
        return None if iban_ok(text) else "IBAN not valid (schwifty)"
    if kind == "IP_ADDRESS":
        return None if ip_ok(text) else "IP does not parse or is of an excluded class"
    if kind == "US_SSN":
        return None if ssn_ok(text) else "SSN outside the issued range"
    if kind == "EMAIL_ADDRESS":
        return None if _EMAIL.match(text) else "e-mail without @ and dotted domain"
    return f"unknown type {kind}"


def _covered(spans, start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def check_row(row: dict) -> list[str]:
    """What is wrong with a row's gold; empty when nothing is."""
    text, spans, problems = row["text"], row["spans"], []
    last = -1
    for s in spans:
        if s["type"] not in TYPES:
            problems.append(f"{s}: unknown type")
        if text[s["start"]:s["end"]] != s["text"]:
            problems.append(f"{s}: text differs from text[start:end]")
        if s["start"] < last:
            problems.append(f"{s}: overlaps or out of order")
        last = s["end"]
        before = text[s["start"] - 1] if s["start"] > 0 else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            problems.append(f"{s}: glued to an ASCII letter or digit")
        if s["text"] != s["text"].strip() or s["text"][-1] in ".,;:)":
            problems.append(f"{s}: space or punctuation at an edge")
        problem = value_problem(s["type"], s["text"])
        if problem:
            problems.append(f"{s}: {problem}")
        if s["type"] == "PHONE_NUMBER" and strip_ext(s["text"]) != s["text"] and not phone_ok(strip_ext(s["text"])):
            problems.append(f"{s}: phone without its extension not valid")
    plain = text.translate(TO_ASCII)
    for m in re.finditer(r"(?<![\d.])\d{13,19}(?![\d.])|(?<![\d.])\d{4}([ \-\u00a0])\d{4,6}\1\d{4,5}(?:\1\d{1,4})?(?![\d.])", plain):
        digits = re.sub(r"\D", "", m.group())
        if luhn_ok(digits) and card_brand(digits) and not _covered(spans, m.start(), m.end()):
            problems.append(f"unlabelled Luhn-valid card {m.group()!r}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", text):
        if iban_ok(m.group()) and not _covered(spans, m.start(), m.end()):
            problems.append(f"unlabelled valid IBAN {m.group()!r}")
    for s in spans:  # each value of 7+ characters is labelled wherever it stands whole
        if len(s["text"]) < 7:
            continue
        for m in re.finditer(re.escape(s["text"]), text):
            edge_before = text[m.start() - 1] if m.start() else " "
            edge_after = text[m.end()] if m.end() < len(text) else " "
            if (edge_before.isascii() and edge_before.isalnum()) or (edge_after.isascii() and edge_after.isalnum()):
                continue
            if not _covered(spans, m.start(), m.end()):
                problems.append(f"{s['text']!r} also stands unlabelled at {m.start()}")
    for m in re.finditer(r"(?<![\d.])(\d{1,3}\.){3}\d{1,3}(?![\d.])", text):
        try:
            addr = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if ip_ok(str(addr)) and not _covered(spans, m.start(), m.end()) and \
                not re.search(r"(version|Version|build|app==|:|/v|Asterisk PBX |OID |\.)\s*$", text[max(0, m.start() - 14):m.start()]):
            problems.append(f"unlabelled IPv4 {m.group()!r}")
    return problems


def generate() -> list[dict]:
    rows = []
    for register, (_, _, count) in REGISTERS.items():
        for index in range(count):
            for attempt in range(50):
                row = build(register, index, attempt)
                if not check_row(row):
                    break
            else:
                raise RuntimeError(f"{register} #{index}: no clean draw in 50: {check_row(row)[:3]}")
            rows.append(row)
    for i, row in enumerate(rows):
        row["id"] = f"blind12-{i}"
    return rows


def load() -> list[dict]:
    """The rows of the committed set."""
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def counts(rows: list[dict]) -> None:
    spans = [s for row in rows for s in row["spans"]]
    by_type = Counter(s["type"] for s in spans)
    print(f"{len(rows)} documents, {len(spans)} gold spans")
    for kind in TYPES:
        print(f"  {kind:14s} {by_type[kind]:5d}  {by_type[kind] / len(spans):6.1%}")
    print("registers:")
    for reg, n in sorted(Counter(row["register"] for row in rows).items()):
        print(f"  {reg:32s} {n}")
    print("languages:", dict(sorted(Counter(row["language"] for row in rows).items())))
    non_en = sum(row["language"] != "en" for row in rows)
    print(f"non-English documents: {non_en} ({non_en / len(rows):.1%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-set", action="store_true", help=f"(re)write {DATA.relative_to(DATA.parents[2])}")
    args = parser.parse_args()
    rows = generate()
    counts(rows)
    if args.write_set:
        DATA.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        print(f"wrote {DATA} sha256 {hashlib.sha256(DATA.read_bytes()).hexdigest()}")


if __name__ == "__main__":
    main()
