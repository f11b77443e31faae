"""Blind PII test set 34 (issue 26): small-trade people's pages, US paperwork, machine output.

What: ~1,300 labelled documents over 32 registers, each register in three layouts, for the PII
step's six types (PHONE_NUMBER, EMAIL_ADDRESS, IP_ADDRESS, CREDIT_CARD, IBAN_CODE, US_SSN),
weighted toward phones (~35% of spans), then IPs, e-mails, cards, SSNs, IBANs.

Who: written by an independent helper (blind34) that did NOT read the PII step (stages/pii*),
its tests, docs/pii.md, pii_eval.py, pii_pages.py, pii_wild*/pii_hard* or the code of any earlier
pii_blind* generator; only their module docstrings (to avoid their registers) and the row
format. The set was never scored by its author.

Registers.
- People's pages (each page wholly in one language, numbers in that country's way):
  taxidermy_studio (is, ka), sworn_translator (pl, hy), philatelic_dealer (cs, el), clock_repair
  (hu, ru), henna_artist (ur, fa), headstone_mason (fi, bg), accordion_repair (sl, uk),
  ice_sculpture (mn, ja), tandoor_builder (pa, ne), perfumer_atelier (ro, th), milliner (lt, ko),
  rice_cake_maker (vi, km). Layouts: prose page, key-value contact card, tel:/mailto: links plus
  visitor comments.
- US paperwork: rental_assistance_recert, pawn_ticket, impound_release, lottery_claim,
  bill_of_lading, pet_adoption_contract, food_bank_intake, blood_donor_record. Layouts: filled
  form, CSV export, caseworker/e-mail note.
- Machine output: hylafax_xferlog, smartctl_report, graphql_response, salesforce_contact_csv,
  zendesk_ticket_json, ofx_statement, openvpn_status, squid_access_log, radius_accounting,
  ansible_inventory. Layouts vary per register (log lines, JSON/YAML, table).

Hard negatives (unlabelled, beside real values): trade numbers (catalogue numbers, movement
serials, receipt/order/licence numbers, grave plot numbers, postal codes, tax ids), opening hours,
dates, prices; IBANs with wrong check digits; masked and Luhn-invalid cards, gift-card and IMEI
numbers; ITINs, EINs, SSNs with area 000/666, group 00 or serial 0000, ZIP+4 codes, routing and
case numbers; SMART attribute raw values, disk serials, firmware and version strings shaped like
IPs, OIDs, netmasks, loopback and 0.0.0.0, CIDR prefixes and ports outside the spans; e-mail
look-alikes (obfuscated "at/dot" addresses, Message-IDs, npm package@version, user@host prompts,
git remotes, @2x image names, @handles).

Span rules: the common blind brief's (a span is exactly the value; a phone's written extension is
inside its span; tel:/mailto: prefixes, ports, CIDR prefixes outside).

Checks (check_rows): span text equals text[start:end]; no overlaps; no span glued to an ASCII
letter or digit; phones valid per phonenumbers for the page's region (extension stripped);
e-mails shaped user@dotted.domain; IPs parse and are not loopback/unspecified/broadcast/netmask;
IBANs valid per schwifty; cards Luhn-valid with a brand prefix and length; SSNs valid (and an
unseparated one only where the text says SSN / Social Security).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_blind import read_rows, write_sets
from pii_blind34_machine import MACHINE
from pii_blind34_pages import PAGES, page
from pii_blind34_us import US
from pii_blind34_values import card_brand_ok, iban_ok, ip_ok, luhn_ok, phone_ok, ssn_ok

SEED = 340091
HALF = "blind34"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind34.jsonl"
TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
PAGE_DOCS = 44  # per people's register (22 per language)
OTHER_DOCS = 40  # per US / machine register, but CARD_HEAVY ones get 50
CARD_HEAVY = {"pawn_ticket", "impound_release", "pet_adoption_contract", "zendesk_ticket_json", "graphql_response", "ofx_statement"}

_REGION_BY_LANG = {L["lang"]: L["region"] for langs in PAGES.values() for L in langs}
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def generate(half: str = HALF) -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    def add(register: str, language: str, url: str, text: str, spans: list[dict]) -> None:
        rows.append({"id": f"blind34-{len(rows) + 1:05d}", "half": half, "register": register, "url": url,
                     "language": language, "text": text, "spans": spans})

    for register, langs in PAGES.items():
        for i in range(PAGE_DOCS):
            L = langs[i % 2]
            text, spans, url = page(rng, register, L, (i // 2) % 3)
            add(register, L["lang"], url, text, spans)
    for table in (US, MACHINE):
        for register, maker in table.items():
            for i in range(50 if register in CARD_HEAVY else OTHER_DOCS):
                text, spans, url = maker(rng, i % 3)
                add(register, "en", url, text, spans)
    check_rows(rows)
    return rows


def _regions(row: dict) -> list[str]:
    out = ["US"]
    if row["language"] in _REGION_BY_LANG:
        out.insert(0, _REGION_BY_LANG[row["language"]])
    out += ["DE", "GB", "FR", "NL", "CA"]
    return out


def check_rows(rows: list[dict]) -> None:
    for row in rows:
        text = row["text"]
        last_end = -1
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            s, e, kind, value = span["start"], span["end"], span["type"], span["text"]
            where = f"{row['id']} {kind} {value!r}"
            assert kind in TYPES, f"unknown type: {where}"
            assert text[s:e] == value, f"span text mismatch: {where}"
            assert value and value == value.strip(), f"empty or padded span: {where}"
            assert value[-1].isalnum() and (value[0].isalnum() or value[0] in "+("), f"punctuation at span edge: {where}"
            assert s >= last_end, f"overlapping span: {where}"
            last_end = e
            for ch in (text[s - 1] if s > 0 else "", text[e] if e < len(text) else ""):
                assert not (ch.isascii() and ch.isalnum()), f"span glued to {ch!r}: {where}"
            if kind == "PHONE_NUMBER":
                assert any(phone_ok(value, r) for r in _regions(row)), f"invalid phone: {where}"
            elif kind == "EMAIL_ADDRESS":
                assert _EMAIL.match(value), f"bad e-mail: {where}"
            elif kind == "IP_ADDRESS":
                assert ip_ok(value), f"bad IP: {where}"
            elif kind == "IBAN_CODE":
                assert iban_ok(value), f"bad IBAN: {where}"
            elif kind == "CREDIT_CARD":
                digits = value.replace(" ", "").replace("-", "")
                assert digits.isdigit() and luhn_ok(digits) and card_brand_ok(digits), f"bad card: {where}"
            elif kind == "US_SSN":
                assert ssn_ok(value), f"bad SSN: {where}"
                if value.isdigit():
                    assert re.search(r"ssn|social security|soc_sec", text, re.IGNORECASE), f"unmarked plain SSN: {where}"


def load() -> list[dict]:
    return read_rows(DATA)


def _summary(rows: list[dict]) -> None:
    for key in ("register", "language"):
        counts: dict[str, int] = {}
        for row in rows:
            counts[row[key]] = counts.get(row[key], 0) + 1
        print(f"documents per {key} ({len(counts)}): {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    _summary(generate())
    write_sets("blind34", {HALF: (DATA,)}, generate, "Blind PII set 34")
