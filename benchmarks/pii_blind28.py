"""A twenty-eighth blind PII test set (blind28): 30 registers no earlier generator names, 27 languages,
weighted to phones (precision and recall) and to IP precision, with many unlabelled look-alikes.

Written by a twenty-eighth helper who read only its brief (blind28.md, blind_common.md), the module
docstrings of the other PII generators (to pick other registers), pii_blind's `read_rows` /
`write_sets` and one row of pii_blind3.jsonl (the format); never stages/pii*.py, their tests,
docs/pii.md, the other generators' templates or value makers, nor BENCHMARKS.md's PII sections.
The PII step was never run on this set while it was written: the lead scores it once, at the end.
Every template, phrase and value maker is new (here and in benchmarks/pii_blind28_{values,pages,us,machine}.py).

    python benchmarks/pii_blind28.py               # counts per type, register and language
    python benchmarks/pii_blind28.py --write-set   # rewrites benchmarks/data/pii_blind28.jsonl

1,400 documents, 9,576 spans: phones 4,119 (43.0%), IPs 1,947 (20.3%), e-mails 1,251, SSNs 880, cards
812, IBANs 567. Outside every span stand about 10,200 phone-shaped strings (7+ digits in phone-like
groups) and about 2,000 IP-shaped ones (counted by `lookalikes`, printed by the CLI).

Registers (30, each in three to five layouts, at most 50 documents each):
- people's pages, each wholly in its language (5 languages each): shoe-repair (cobbler) shops,
  escape-room bookings, archery clubs, podiatry clinic opening hours, upholstery workshop quotes,
  caving (speleology) club trip notices, farrier appointment pages, sign-language interpreter
  bookings, billiard / darts league notices, model-railway club exhibitions, dog-grooming salons,
  bookbinding workshop courses. Layouts: a notice in prose, a table whose header stands above the
  values (pipe, tab or semicolon), a contact block with tel:/mailto: links, a vCard, a booking
  widget's JSON.
- US paperwork and exports (en): school meal benefit applications, school immunization exemption
  requests, renters-insurance notices of loss, NFIP flood proof-of-loss worksheets, public housing
  waiting-list pre-applications, self-storage rental agreements, workers' comp first reports of
  injury, CDL driver qualification files. Layouts: a filled form, a CSV export, a letter.
- machine output of network / infrastructure / IoT systems (en, the tools' own shapes): CloudFront
  access logs (W3C and JSON), Cisco ASA AnyConnect syslog / show version + running-config / vpn
  session db, smart-meter head-end exports (CSV, key blocks, XML), LoRaWAN device provisioning
  manifests (JSON, YAML, network-server log), GenieACS TR-069 inform logs / parameter dumps / device
  JSON, GPON OLT `display ont info` and ONT tables, IPMI `lan print` / racadm getsysinfo / SEL lists,
  nfdump NetFlow text and CSV, airline PNR dumps (Amadeus-like and CSV), LLDP neighbour detail and
  lldpctl JSON.
Languages (27, 12 in non-Latin scripts): de it pl ja ar cs hu ru ko es fr sv zh el tr nl pt he hi
fi ro uk th fa bg da en.
Values: phones from `phonenumbers` example numbers (later digits drawn again while valid) of the
page's region (or 17 others in machine output): national with the library's grouping or regrouped
with dots, hyphens, slashes or none, international, E.164, "00", "+CC (0)", US (xxx) / dotted /
1- / +1 forms, full-width, Arabic-Indic, Persian and Devanagari digits, extensions in the page's
language, in tel: links, JSON / CSV / XML fields, TR-069 DirectoryNumber, ONT descriptions, PNR
contact elements; cards of the real brands at their lengths; IBANs from schwifty (print groups,
compact, lower case); IPv4 public / RFC1918 / CGNAT, IPv6 global / ULA / link-local; US SSNs dashed,
spaced, or unseparated under a label, column header or sentence.
Hard negatives (unlabelled), many per document: numbers right after phone-like words that are not
phones (app versions, fax job ids, call references), 7-12 digit customer / order / tax / member /
parcel / policy / case ids in phone-like groups, dates in each country's writing, prices with
thousand separators, ranges (1200-1350), ZIP+4, routing numbers, EINs, ITINs and SSNs of excluded
ranges, SSN last-4 masks, 13-digit ticket and MPAN numbers, ICCIDs, IMEIs, masked, Luhn-invalid and
gift/loyalty card numbers, IBANs with a wrong check digit; IP look-alikes: four-part firmware, driver
and build versions (parts <= 255 too), SNMP OIDs, OBIS codes, MIB indices, section numbers, dotted
dates, netmasks, wildcard masks, loopback / unspecified / broadcast, version pins, GPS values;
e-mail look-alikes: URL-encoded mailboxes, "name at host dot gov", Message-IDs, package@version,
user@host prompts, git remotes, image digests, @2x.png, @handles.
Span rules (fixed for all blind sets): a span is exactly the value (no label, bracket, mailto:/tel:,
port, CIDR prefix, zone id or trailing punctuation); a phone's written extension is part of its span;
e-mails need "@" and a dotted domain; loopback, unspecified, netmasks and broadcast are not labelled;
IBANs valid per schwifty (print groups and lower case labelled); cards Luhn + brand prefix + length;
SSNs only in the issued range, unseparated only where marked as SSNs; every phone valid for some
region per phonenumbers (extension stripped).
Checks (`check_rows`, run on writing and by tests/test_pii_blind28_set.py): span text ==
text[start:end], no overlaps, not glued to an ASCII letter or digit, no edge space, each value valid
for its type; no Luhn-valid brand card run or valid dashed SSN outside a span (a drawn document
failing a check is drawn again). Deterministic: one random.Random per document seeded from SEED and its index.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import pii_blind28_machine as M
from benchmarks import pii_blind28_pages as P
from benchmarks import pii_blind28_us as U
from benchmarks import pii_blind28_values as V
from benchmarks.pii_blind import read_rows, write_sets

SEED = 280028
DATA = ROOT / "benchmarks" / "data" / "pii_blind28.jsonl"
HALF = "blind28"
PAGE_DOCS = 10  # per (register, language): 50 a register
US_DOCS = 45
MACHINE_DOCS = 44


def _plan() -> list[tuple[str, str, str | None, int]]:
    plan = []
    for reg, langs in P.REGISTERS.items():
        for lang in langs:
            for i in range(PAGE_DOCS):
                plan.append(("page", reg, lang, i % 5))
    for reg in U.REGISTERS:
        for i in range(US_DOCS):
            plan.append(("us", reg, "en", i % 3))
    for reg in M.REGISTERS:
        for i in range(MACHINE_DOCS):
            plan.append(("machine", reg, "en", i % 3))
    return plan


def _one(kind: str, reg: str, lang: str, layout: int, rng: random.Random):
    if kind == "page":
        text, spans, url = P.page(rng, reg, lang, layout)
        return text, spans, url, lang
    if kind == "us":
        return U.us_doc(rng, reg, layout)
    return M.machine_doc(rng, reg, layout)


def generate(half: str = HALF) -> list[dict]:
    rows = []
    for idx, (kind, reg, lang, layout) in enumerate(_plan()):
        for attempt in range(20):
            rng = random.Random(f"{SEED}-{idx}-{attempt}")
            text, spans, url, lang_out = _one(kind, reg, lang, layout, rng)
            row = {"id": f"blind28-{len(rows) + 1:05d}", "half": HALF, "register": reg, "url": url,
                   "language": lang_out, "text": text, "spans": spans}
            try:
                check_rows([row])
            except AssertionError:
                continue
            rows.append(row)
            break
        else:
            raise AssertionError(f"no valid document for {kind} {reg} {lang} {layout}")
    return rows


def check_rows(rows: list[dict]) -> None:
    """Raises AssertionError naming the first bad span."""
    V.check_rows(rows)


def load() -> list[dict]:
    return read_rows(DATA)


_PHONE_SHAPE = re.compile(r"(?<![\w.])\+?\d[\d .\-/()]{5,16}\d(?![\w])")
_IP_SHAPE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w])|(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])")


def lookalikes(rows: list[dict]) -> Counter:
    """Unlabelled look-alikes: phone-shaped runs (7+ digits) and IP-shaped strings outside every span."""
    out: Counter = Counter()
    for r in rows:
        spans = [(s["start"], s["end"]) for s in r["spans"]]

        def free(m, spans=spans) -> bool:
            return not any(a < m.end() and m.start() < b for a, b in spans)

        for m in _PHONE_SHAPE.finditer(r["text"]):
            if free(m) and sum(c.isdigit() for c in m.group()) >= 7:
                out["phone-shaped"] += 1
        for m in _IP_SHAPE.finditer(r["text"]):
            g = m.group()
            if free(m) and (g.count(".") == 3 or "::" in g or any(c in "abcdef" for c in g)):
                out["ip-shaped"] += 1
    return out


def _report(rows: list[dict]) -> None:
    types = Counter(s["type"] for r in rows for s in r["spans"])
    regs = Counter(r["register"] for r in rows)
    langs = Counter(r["language"] for r in rows)
    total = sum(types.values())
    print(f"{len(rows)} documents, {total} spans")
    for t, n in types.most_common():
        print(f"  {t:<14} {n:>6}  {100 * n / total:5.1f}%")
    print(f"registers ({len(regs)}):", dict(sorted(regs.items())))
    print(f"languages ({len(langs)}):", dict(sorted(langs.items())))
    print("unlabelled look-alikes:", dict(lookalikes(rows)))


if __name__ == "__main__":
    rows = generate()
    check_rows(rows)
    _report(rows)
    write_sets("blind28", {"": (DATA,)}, lambda half: rows, "blind28 PII test set")
