"""A twenty-sixth blind PII test set (blind26): 30 registers no earlier generator names, 27 languages.

Written by an independent test author who did not read the PII step, its tests, docs/pii.md, the
other PII benchmarks or any earlier generator's code: only the earlier generators' docstrings (to pick
other registers), pii_blind's `read_rows` / `write_sets` and one row of pii_blind3.jsonl (the format).
Every phrase, layout and value maker is new (benchmarks/pii_blind26_{values,lexicon}.py).

    python benchmarks/pii_blind26.py               # counts per type, register and language
    python benchmarks/pii_blind26.py --write-set   # rewrite benchmarks/data/pii_blind26.jsonl

Weighted to phones (about a third of the spans), then IPs, cards, e-mails, US SSNs and IBANs.

Registers (30, at most 50 documents each, each in three layouts picked in turn):
- people's pages, wholly in their language (27 languages, 12 in non-Latin scripts): truck-driver job
  boards, B&B guest books, houseboat hire listings, food-truck event rosters, riding-stable bookings,
  left-luggage bookings, agritourism farm stays, wedding band / DJ directories, freelance tour-guide
  directories, florist delivery orders, car-detailing subscriptions, night-market stall rosters.
  Layouts: prose (a phone only the sentence marks, labels after the number, several numbers joined by
  "/" or the language's "or"), a contact table whose header is far above the values, a guest-book /
  chat / form block with extensions in the language's own word.
- US paperwork (en): auto FNOL claim intakes, vehicle lien payoff requests, odometer disclosure
  statements, SBA loan worksheets, surety bond applications, HOA estoppel requests, home inspection
  bookings, sales-tax permit applications (label block, spreadsheet paste, letter / call notes).
- machine output (en, the tools' own shapes): ClickHouse server logs, Cassandra system.log, PgBouncer
  logs, SQL Server ERRORLOG, TeamCity build logs, Buildkite agent logs, Pulumi up output, AWS VPC flow
  logs, Azure NSG flow logs (JSON), OPNsense filterlog.

Hard negatives (never labelled), many beside every value: order / invoice / booking / tracking /
customer / policy / claim / case / meter numbers, plates, VIN fragments, dates in each country's
writing, times, amounts, postal codes, coordinates, ISBNs, IMEIs, ITINs, EINs, 000/666/9xx SSNs,
masked and Luhn-invalid cards, gift and loyalty cards, IBANs with wrong check digits, OIDs, versions,
build numbers, netmasks, loopback, 0.0.0.0, dotted dates, Message-IDs, package@version, git remotes,
user@host prompts, "at ... dot" addresses, @2x.png.

Span rules: a span is exactly the value (no label, bracket, mailto:/tel:, port, CIDR prefix, zone id,
trailing punctuation); a phone's written extension is part of its span. `check_rows` checks span text,
no overlaps, no glued ASCII letter/digit on either side, phones valid per phonenumbers (extension
stripped) for the page's regions, Luhn + brand for cards, schwifty for IBANs, valid SSNs, IPs neither
loopback nor unspecified nor netmasks, e-mails with "@" and a dotted domain.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pii_blind import read_rows, write_sets
from pii_blind26_lexicon import LANG
from pii_blind26_machine import MACHINE
from pii_blind26_pages import PEOPLE, people_doc
from pii_blind26_us import US
from pii_blind26_values import (
    CARD,
    EMAIL,
    IBAN_T,
    IP,
    PHONE,
    SSN,
    card_brand_ok,
    email_ok,
    iban_ok,
    ip_ok,
    luhn_ok,
    phone_ok,
    ssn_ok,
)

SEED = 260026
DATA = Path(__file__).resolve().parent / "data" / "pii_blind26.jsonl"
HALF = "blind26"
ALL_REGIONS = sorted({r for v in LANG.values() for r in v["regions"]} | {"US"})


def generate(half: str = HALF) -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    jobs = [(reg, 46, "p") for reg in PEOPLE] + [(reg, 44, "u") for reg in US] + [(reg, 40, "m") for reg in MACHINE]
    for reg, n, kind in jobs:
        for i in range(n):
            if kind == "p":
                lang, url, doc = people_doc(rng, reg, i)
            elif kind == "u":
                lang, url, doc = US[reg](rng, i)
            else:
                lang, url, doc = MACHINE[reg](rng, i)
            rows.append({"id": f"{HALF}-{len(rows) + 1:05d}", "half": half, "register": reg, "url": url,
                         "language": lang, "text": doc.text(), "spans": doc.spans})
    check_rows(rows)
    return rows


def _glued(text: str, start: int, end: int) -> bool:
    def word(c: str) -> bool:
        return c.isascii() and c.isalnum()
    return (start > 0 and word(text[start - 1])) or (end < len(text) and word(text[end]))


def check_rows(rows: list[dict]) -> None:
    for row in rows:
        text, last = row["text"], -1
        for sp in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"{row['id']} {sp['type']} {sp['text']!r}"
            assert text[sp["start"]:sp["end"]] == sp["text"], f"span text mismatch: {where}"
            assert sp["start"] >= last, f"overlapping span: {where}"
            last = sp["end"]
            assert not _glued(text, sp["start"], sp["end"]), f"glued span: {where}"
            v, t = sp["text"], sp["type"]
            assert v == v.strip() and v[-1] not in ".,;:)", f"untrimmed span: {where}"
            if t == PHONE:
                assert phone_ok(v, ALL_REGIONS), f"invalid phone: {where}"
            elif t == CARD:
                d = v.replace(" ", "").replace("-", "")
                assert d.isdigit() and luhn_ok(d) and card_brand_ok(d), f"invalid card: {where}"
            elif t == IBAN_T:
                assert iban_ok(v), f"invalid IBAN: {where}"
            elif t == SSN:
                assert ssn_ok(v), f"invalid SSN: {where}"
            elif t == IP:
                assert ip_ok(v), f"invalid IP: {where}"
            elif t == EMAIL:
                assert email_ok(v), f"invalid e-mail: {where}"
            else:
                raise AssertionError(f"unknown type: {where}")


def load() -> list[dict]:
    return read_rows(DATA)


def _counts(rows: list[dict]) -> None:
    print("per type:", dict(Counter(s["type"] for r in rows for s in r["spans"])))
    print("per register:", dict(Counter(r["register"] for r in rows)))
    print("per language:", dict(Counter(r["language"] for r in rows)))


if __name__ == "__main__":
    write_sets("", {HALF: (DATA,)}, generate, "blind26 PII test set")
    _counts(generate())
