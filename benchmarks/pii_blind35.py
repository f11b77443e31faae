"""A 35th blind PII test set (blind35, issue 26): 30 registers no earlier generator names, 26 languages
(14 in non-Latin scripts), every register in three layouts, with many unlabelled look-alikes beside the
values.

Who: an independent test author who did not read the PII step (stages/pii*.py), its tests, docs/pii.md,
pii_eval.py, pii_pages.py, pii_wild*/pii_hard*, the web-hits TSV, BENCHMARKS.md's PII section or the
issues' notes, nor any code of the earlier blind generators: only their module docstrings (to pick other
registers), pii_blind's `read_rows` / `write_sets` and one row of pii_blind3.jsonl (the row format). Every
phrase, layout and value maker is new (benchmarks/pii_blind35_{values,pages,us,machine}.py). Values are
made with phonenumbers, schwifty, ipaddress and a Luhn check. Nothing here was scored by its author.

    python benchmarks/pii_blind35.py               # counts per type, register and language
    python benchmarks/pii_blind35.py --write-set   # rewrite benchmarks/data/pii_blind35.jsonl

Registers (30; three layouts each, picked in turn):
- people's pages (12, each wholly in its language, two languages a register, 44 documents; layouts: a
  prose page, a key-value contact block, a dated chat with a `tel:` link): tamada / feast hosts (ka hy),
  ayurveda clinics (si ml), river-boat charters (km my), mountain porter agencies (ne mn), coffee-ceremony
  caterers (am sw), aurora tour operators (is nb), classical dance recitals (ta te), amber workshops
  (lt lv), sheepdog trials (sl et), icon-painting workshops (el mk), dairy-farm shops (kk uz), folk-costume
  rentals (sq hr).
- US paperwork / exports (8, en, 45 documents; layouts: a filled form with labels beside or above, a CSV
  export, a letter): small-claims filings, disaster-assistance registrations, DD-214 records requests,
  child-care subsidy enrollments, clergy housing-allowance resolutions, H-2A farmworker rosters, school-bus
  driver applications, county-fair 4-H entries.
- machine output (10, 45 documents): Home Assistant logs / configuration.yaml / .storage JSON, Mastodon
  admin reports / admin API JSON / domain-block CSV, WooCommerce order CSV / new-order mail / order-meta
  var_dump, Typeform response CSV / webhook / notification mail, Xero contact CSV / API JSON / invoice mail,
  FRITZ!Box call-list CSV / event log / missed-call mail (de), Android logcat / bugreport dumpsys,
  Bitwarden vault CSV / JSON / secure note, pg_dump COPY / INSERT / psql expanded rows, Calendly invitee
  CSV / webhook / scheduling mail.

Hard negatives (unlabelled, written beside the values): national ID numbers (Aadhaar, kennitala, OIB,
EMBG, ЖСН, isikukood, ΑΦΜ, NIPT, Sri Lankan NIC, Mongolian registry), Uzcard / Humo card numbers (no
brand prefix), masked cards, Luhn-invalid gift / DPAN / loyalty numbers, IMEIs (Luhn-valid, 15 digits),
ICCIDs, dog microchip numbers, M-Pesa paybills, KBZ Bank account numbers, ABA and Norwegian domestic account
numbers, IBANs with wrong check digits, phone-shaped booking / order / docket / response ids, postal
codes, ZIP+4, routing and account numbers, EINs, ITINs, invalid SSNs (000 / 666 / group 00 / serial
0000), masked SSNs, FEMA-style registration ids, service numbers, CDL numbers, visa control numbers,
firmware and build versions shaped like IPv4, netmasks, loopback, Zigbee IEEE addresses, MACs, fediverse
handles (@user@instance), package@version, Message-IDs, obfuscated "name [at] host [dot] tld", @handles,
UPS tracking numbers, VAT numbers.

Span rules: exactly the value (no label, bracket, `tel:`, port, /prefix or zone); a phone's written
extension is part of its span; unseparated 9-digit SSNs only under an SSN label or column header.
`check_rows` enforces span text == text[start:end], no overlaps, no span glued to an ASCII letter or
digit, and per type: phones valid per `phonenumbers` (extension stripped), e-mails with a dotted domain,
IPs that are not loopback / unspecified / broadcast / netmask, cards Luhn-valid with a brand prefix and
length, IBANs valid per schwifty, SSNs valid (and unseparated ones labelled as SSNs).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_blind import read_rows
from pii_blind35_machine import MACHINE, machine_doc
from pii_blind35_pages import REGS, L, page_doc
from pii_blind35_us import US, us_doc
from pii_blind35_values import (
    EMAIL_RE,
    TYPES,
    B,
    C,
    E,
    I,
    P,
    S,
    card_brand_ok,
    iban_valid,
    ip_valid,
    luhn_ok,
    phone_valid,
    ssn_valid,
)

SEED = 350113
HALF = "blind35"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind35.jsonl"
PAGES_PER_LANG = 22
US_DOCS = 45
MACHINE_DOCS = 45
REGION = {lang: lx["region"] for lang, lx in L.items()} | {"en": "US", "de": "DE"}


def _build() -> tuple[list[dict], int]:
    rng = random.Random(SEED)
    docs = []
    for register, langs in REGS.items():
        for lang in langs:
            for k in range(PAGES_PER_LANG):
                doc, url = page_doc(rng, register, lang, k)
                docs.append((register, url, lang, doc))
    for register in US:
        for k in range(US_DOCS):
            doc, url = us_doc(rng, register, k)
            docs.append((register, url, "en", doc))
    for register in MACHINE:
        for k in range(MACHINE_DOCS):
            doc, url, lang = machine_doc(rng, register, k)
            docs.append((register, url, lang, doc))
    rng.shuffle(docs)
    rows = []
    looks = 0
    for n, (register, url, lang, doc) in enumerate(docs, 1):
        looks += doc.lookalikes
        rows.append({"id": f"{HALF}-{n:05d}", "half": HALF, "register": register, "url": url, "language": lang,
                     "text": doc.text(), "spans": doc.spans})
    return rows, looks


def generate() -> list[dict]:
    return _build()[0]


def load() -> list[dict]:
    return read_rows(DATA)


def _glued(text: str, start: int, end: int) -> bool:
    def alnum(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()
    return (start > 0 and alnum(text[start - 1])) or (end < len(text) and alnum(text[end]))


def check_span(row: dict, span: dict) -> None:
    text, value, typ = row["text"], span["text"], span["type"]
    where = f"{row['id']} {typ} {value!r}"
    assert typ in TYPES, where
    assert text[span["start"]:span["end"]] == value, f"span text mismatch: {where}"
    assert value and value == value.strip(), f"untrimmed: {where}"
    assert not _glued(text, span["start"], span["end"]), f"glued span: {where}"
    if typ == P:
        assert re.search(r"\d{3}", re.sub(r"\D", "", value)), where
        assert phone_valid(value, [REGION.get(row["language"], "US")]), f"invalid phone: {where}"
    elif typ == E:
        assert EMAIL_RE.match(value), f"invalid e-mail: {where}"
    elif typ == I:
        assert ip_valid(value) and not value.startswith("255."), f"invalid IP: {where}"
    elif typ == C:
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and luhn_ok(digits) and card_brand_ok(digits), f"invalid card: {where}"
    elif typ == B:
        assert iban_valid(value), f"invalid IBAN: {where}"
    elif typ == S:
        assert ssn_valid(value), f"invalid SSN: {where}"
        if value.isdigit():
            before = text[max(0, span["start"] - 300):span["start"]].lower()
            head = text.split("\n", 1)[0].lower()
            assert "ssn" in before or "social security" in before or "ssn" in head, f"unlabelled bare SSN: {where}"


def check_rows(rows: list[dict]) -> None:
    """Raise AssertionError naming the first bad row or span."""
    ids = set()
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}, row.get("id")
        assert row["id"] not in ids, row["id"]
        ids.add(row["id"])
        assert row["half"] == HALF and row["url"].startswith("https://"), row["id"]
        prev_end = -1
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            assert span["start"] >= prev_end, f"overlap: {row['id']} {span['text']!r}"
            check_span(row, span)
            prev_end = span["end"]


def counts(rows: list[dict]) -> dict:
    return {"types": Counter(s["type"] for r in rows for s in r["spans"]),
            "registers": Counter(r["register"] for r in rows), "languages": Counter(r["language"] for r in rows)}


def main() -> None:
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-set", action="store_true")
    args = parser.parse_args()
    rows, looks = _build()
    check_rows(rows)
    c = counts(rows)
    print(f"{HALF}: {len(rows)} documents, {sum(c['types'].values())} spans, {looks} unlabelled look-alikes")
    for key in ("types", "registers", "languages"):
        print(f"{key} ({len(c[key])}):", dict(sorted(c[key].items(), key=lambda kv: -kv[1])))
    if args.write_set:
        DATA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
