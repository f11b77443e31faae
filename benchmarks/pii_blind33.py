"""Blind PII test set 33: people's pages in 24 languages, US paperwork exports, machine output.

What: a labelled set (benchmarks/data/pii_blind33.jsonl) of ~1,250 short documents for the PII
step, six types (PHONE_NUMBER, EMAIL_ADDRESS, IP_ADDRESS, CREDIT_CARD, IBAN_CODE, US_SSN), with
many unlabelled look-alikes beside the real values.

Who: written by an independent test author (blind33) who did not read the PII step, its tests,
its docs, the earlier pii_wild/pii_hard/pii_pages sets or the code of the earlier blind generators
(only their module docstrings, to avoid their registers). Values are made here with phonenumbers,
schwifty, ipaddress and a Luhn check; every phrase and layout was written for this file.

Registers (30), each in three layouts (prose, table/CSV/key-value, form/log/chat/markup):
- people's pages (12 kinds x 2 languages, each page wholly in its language, national number
  formats): baduk_club (ja, ko), pilates_studio (pt, pl), muay_thai_camp (th, km), music_tutor
  (ta, bn), stained_glass_studio (hy, ka), horse_trekking (mn, kk), orchard_pick_your_own (el, sq),
  scout_troop (he, ar), dental_clinic (fa, ur), car_repair_garage (am, sw), print_shop (fi, hu),
  home_catering (ne, si).
- US paperwork / exports (en): FCC Form 605 amateur licence, state vessel registration, sublease
  application, rodeo entry + W-9, FHIR Patient export, Square POS export, Eventbrite attendee
  export, RV park reservation.
- machine output (en): journalctl JSON/syslog, cloud-init output and user-data, Splunk search
  export, browser HAR capture, SEPA pain.001 batch, dig output, avahi-browse, Salt grains dump,
  Loki logfmt, Matrix Synapse homeserver log.

Hard negatives (unlabelled): tax ids, postcodes, game-record / membership / receipt / order
numbers in each page's language; FCC FRNs, VE session ids and receipt numbers shaped like SSNs,
ITINs, EINs, parcel numbers, ZIP+4, NPIs, MRNs, hull ids, engine serials, gift cards, barcodes,
masked PANs, Luhn-invalid PANs, SSNs with area 000; SEPA creditor ids, BICs, RF references, IBANs
with wrong check digits; loopback / unspecified / netmasks, SNMP OIDs, 4-part version strings
(Chrome, BIOS, firmware), ip-10-1-2-3 hostnames, DNS SOA serials; systemd units (sshd@12.service),
user@host prompts, Matrix ids, @2x.png, SOA RNAMEs, "name [at] host [dot] tld" addresses; masked
SSNs (***-**-1234) and PANs.

Span rules: the common blind-set rules (value only; no label, port, CIDR prefix, zone id or
mailto:/tel:; extensions part of a phone; loopback/unspecified/netmask IPs not labelled;
unseparated SSNs only under an SSN label or column).

Checks (check_rows): span text equals the text slice; no overlaps; no ASCII letter/digit glued on
either side; phones valid per phonenumbers for the page's region (or in + form); e-mails with a
dotted domain; IPs parse and are not loopback/unspecified/broadcast; cards Luhn-valid with a brand
prefix and length; IBANs valid per schwifty; SSNs valid (no 000/666/9xx area, 00 group, 0000).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import pii_blind33_machine as machine
from benchmarks import pii_blind33_pages as pages
from benchmarks import pii_blind33_us as us
from benchmarks.pii_blind import read_rows
from benchmarks.pii_blind33_values import TYPES, check_row

SEED = 330057
HALF = "blind33"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind33.jsonl"
PER_PEOPLE_LANG = 21
PER_US = 44
PER_MACHINE = 40

_PEOPLE = {}
for _lang, _entry in pages.L.items():
    _PEOPLE.setdefault(_entry[0], []).append(_lang)


def _region(row: dict) -> str:
    if row["register"] in _PEOPLE:
        return pages.L[row["language"]][1]
    return "US"


def generate() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    def add(register, lang, text, spans, url):
        rows.append({"id": f"{HALF}-{len(rows) + 1:05d}", "half": HALF, "register": register, "url": url,
                     "language": lang, "text": text, "spans": spans})

    for register, langs in _PEOPLE.items():
        for lang in langs:
            for i in range(PER_PEOPLE_LANG):
                text, spans, url = pages.page(rng, lang, i % 3)
                add(register, lang, text, spans, url)
    for mod, per in ((us, PER_US), (machine, PER_MACHINE)):
        for register, fn in mod.REGISTERS.items():
            for i in range(per):
                d, url = fn(rng, i % 3)
                add(register, "en", d.text, d.spans, url)
    check_rows(rows)
    return rows


def check_rows(rows: list[dict]) -> None:
    """Raise AssertionError naming the first bad span."""
    for row in rows:
        assert set(row) == {"id", "half", "register", "url", "language", "text", "spans"}, row.get("id")
        assert row["url"].startswith("https://"), row["id"]
        check_row(row, _region(row))


def load() -> list[dict]:
    return read_rows(DATA)


def counts(rows: list[dict]) -> dict:
    out = {"documents": len(rows), "types": {t: 0 for t in TYPES}, "registers": {}, "languages": {}}
    for row in rows:
        out["registers"][row["register"]] = out["registers"].get(row["register"], 0) + 1
        out["languages"][row["language"]] = out["languages"].get(row["language"], 0) + 1
        for sp in row["spans"]:
            out["types"][sp["type"]] += 1
    return out


_LOOK = re.compile(
    r"[\w.+-]+@[\w.-]+"  # e-mail-shaped (units, prompts, package@version, ...)
    r"|\b\d{1,3}(?:\.\d{1,3}){3}\b"  # dotted quads (versions, OIDs, loopback, netmasks)
    r"|(?<![\w])\+?\d[\d ().\-/]{5,}\d(?![\w])"  # digit runs shaped like phones / SSNs / cards
    r"|\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}\b"  # IBAN-shaped
)


_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?|\d{2}/\d{2}/\d{4}")


def lookalikes(rows: list[dict]) -> int:
    """Unlabelled strings shaped like one of the six types (a rough count of the hard negatives)."""
    n = 0
    for row in rows:
        covered = [(sp["start"], sp["end"]) for sp in row["spans"]]
        for m in _LOOK.finditer(row["text"]):
            if _DATE.fullmatch(m.group()) or any(a < m.end() and m.start() < b for a, b in covered):
                continue
            n += 1
    return n


def main() -> None:
    import json

    rows = generate()
    c = counts(rows)
    print(f"blind33: {c['documents']} documents; gold spans per type: {c['types']}")
    print(f"registers ({len(c['registers'])}): {c['registers']}")
    print(f"languages ({len(c['languages'])}): {c['languages']}")
    print(f"unlabelled look-alike strings (rough count): {lookalikes(rows)}")
    if "--write-set" in sys.argv[1:]:
        DATA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
