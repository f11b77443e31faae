"""Blind PII test set 32 (issue 26): 30 registers no earlier blind generator names, written from scratch.

Who wrote it: an independent test author (helper session "blind32") who did not read the PII step
(`stages/pii*`), its tests, docs/pii.md, pii_eval.py, pii_pages.py, pii_wild*/pii_hard*, the web-hits
file, BENCHMARKS.md's PII section or the code of any earlier blind generator (only their docstrings,
to avoid their registers). Values are made here with phonenumbers, schwifty, ipaddress and a Luhn
check; every phrase and layout was written for this file.

Registers (each in several layouts: prose, a table/CSV/key-value block, a chat/form/log, a footer):
- People's pages (12, each wholly in its language, two languages a register, 24 languages, 13 in
  non-Latin scripts): mushing_kennel (is, mn), blacksmith_forge (et, ka), yurt_rental (az, hy),
  pilgrim_hostel (he, sq), well_drilling (am, sw), lighthouse_volunteers (mt, el), tea_estate_tours
  (si, ne), cheese_farm_shop (sl, bg), glassblowing_studio (lt, my), saddlery_workshop (hu, tl),
  herbalist_shop (km, vi), camel_safari (gu, ur). Phones in national and +CC forms, tel:/mailto:
  links, IBANs (printed or compact, some lower case) for the IBAN countries.
- US paperwork / exports (8): burial_permit, skip_trace_report, organ_donor_registry,
  utility_shutoff_appeal, rep_payee_report, snow_removal_contract, quickbooks_iif_export,
  nacha_ach_parsed.
- Machine output (10): postfix_mailq, fraud_review_export, mt940_statement, sqlite_dump,
  fluentbit_log, pagerduty_incident, cloud_init_log, odoo_partner_export, iso8583_trace,
  x12_837_claim.

Hard negatives (unlabelled, beside real values): order/booking numbers, postal codes, company
registration and tax ids (kennitala-, VÖEN-, NIPT-, GSTIN-style), GPS coordinates, prices, dates,
local bank account numbers in non-IBAN countries, BIC codes, obfuscated "[at] [dot]" addresses,
social handles; permit/case/docket/registry ids, driver licence numbers, masked SSNs, ITINs, EINs,
SSNs with area 000/666 or group 00 or serial 0000, NPIs, ZIP+4 codes, VINs, meter and utility
account numbers, ACH routing/account/trace numbers; masked and Luhn-invalid cards, BINs, card
expiry dates, track-2 discretionary data, RRN/STAN; IBANs with wrong check digits, VAT numbers,
MT940 statement/reference fields; netmasks, loopback, 0.0.0.0 routes, version strings, SNMP OIDs;
Message-IDs, ssh key comments (user@host), Postfix queue ids, epoch timestamps, IMEIs.

Span rules: those of the common brief (value only; ports, CIDR suffixes and link schemes outside;
extensions inside the phone span). Unseparated SSNs only under an SSN column/label, or an X12
`REF*SY` segment (the SY qualifier means Social Security Number).

Checks: `check_rows` (span text, no overlap, not glued to an ASCII letter/digit, per-type validity);
tests/test_pii_blind32_set.py.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_blind import read_rows
from pii_blind32_machine import MACHINE_REGISTERS
from pii_blind32_pages import REGISTERS as PEOPLE_REGISTERS
from pii_blind32_pages import people_doc
from pii_blind32_us import US_REGISTERS
from pii_blind32_values import build, check_rows

SEED = 320041
HALF = "blind32"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind32.jsonl"
PER_PEOPLE = 46
PER_US = 50
PER_MACHINE = 44

__all__ = ["DATA", "SEED", "check_rows", "generate", "load", "look_alikes"]


def _docs():
    """Yield (register, language, url, parts) in a fixed order."""
    r = random.Random(SEED)
    for reg, langs in PEOPLE_REGISTERS.items():
        for i in range(PER_PEOPLE):
            lang = list(langs)[i % len(langs)]
            url, parts = people_doc(r, reg, lang, i % 4)
            yield reg, lang, url, parts
    for reg, fn in US_REGISTERS.items():
        for i in range(PER_US):
            url, parts = fn(r, i % 3)
            yield reg, "en", url, parts
    for reg, fn in MACHINE_REGISTERS.items():
        for i in range(PER_MACHINE):
            url, parts = fn(r, i % 3)
            yield reg, "en", url, parts


def _rows():
    rows, negs = [], 0
    for n, (reg, lang, url, parts) in enumerate(_docs(), 1):
        text, spans, k = build(parts)
        negs += k
        rows.append({"id": f"{HALF}-{n:05d}", "half": HALF, "register": reg, "url": url, "language": lang,
                     "text": text, "spans": spans})
    return rows, negs


def generate() -> list[dict]:
    rows, _ = _rows()
    check_rows(rows)
    return rows


def look_alikes() -> int:
    """How many unlabelled look-alikes the generator wrote."""
    return _rows()[1]


def load() -> list[dict]:
    return read_rows(DATA)


def main(argv: list[str]) -> None:
    rows, negs = _rows()
    check_rows(rows)
    if "--write-set" in argv:
        DATA.write_text("".join(__import__("json").dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    print(f"{HALF}: {len(rows)} documents, {total} spans, {negs} unlabelled look-alikes")
    for t, c in types.most_common():
        print(f"  {t:14s} {c:5d}  {100 * c / total:.1f}%")
    print("registers:", len(Counter(r["register"] for r in rows)))
    for reg, c in Counter(r["register"] for r in rows).items():
        print(f"  {reg:24s} {c}")
    langs = Counter(r["language"] for r in rows)
    print("languages:", len(langs), dict(langs))


if __name__ == "__main__":
    main(sys.argv[1:])
