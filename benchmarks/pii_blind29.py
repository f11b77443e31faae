"""A twenty-ninth blind PII test set (blind29): 30 registers no earlier generator names, 27 languages,
weighted to phones (precision and recall), then IPs (precision first), US SSNs, e-mails, cards, IBANs,
with many unlabelled look-alikes beside every value.

Written by an independent test author who did not read the PII step (stages/pii*), its tests, its
docs, the evaluation script, BENCHMARKS.md's PII section, nor any earlier generator's code: only the
docstrings of the other PII generators (to pick other registers), pii_blind's `read_rows` /
`write_sets` and one row of pii_blind3.jsonl (the row format). Every phrase, name list, layout and
value maker is new (benchmarks/pii_blind29_{values,lexicon,pages,us,machine}.py). Nothing here was scored.

    python benchmarks/pii_blind29.py               # counts per type, register and language
    python benchmarks/pii_blind29.py --write-set   # rewrites benchmarks/data/pii_blind29.jsonl

Registers (30, each in three or four layouts picked in turn, at most 46 documents each):
- people's pages, each wholly in its page's language (26 languages, 13 in non-Latin scripts):
  orchid-society show entries (ja th), bonsai-club workshops (ko it), falconry display bookings
  (ar de), gravestone engraving orders (el pl), bell-ringing guild notices (nl cs), paragliding
  tandem bookings (tr fr), mountain-hut reservations (ka es), dog-sled excursions (fi sv ru),
  calligraphy classes (zh fa), winery cellar-door tastings (pt hu bg), sign-language interpreter
  bookings (hi vi), mushroom-foraging walks (uk he). Layouts: a contact block with labels, a roster
  table whose header alone marks the phone column, schema.org JSON-LD plus a line of several numbers
  and a mailto: link, prose with a tel: link. Phones in national and international styles (trunk
  prefix or not, brackets, "(0)" after the country code where Europeans write it, dots, slashes
  where Germans and Czechs write them, no separators, 00 / 011 where those are the exit codes),
  some in Arabic-Indic, Persian, Devanagari, Thai or full-width digits, extensions in each language.
- US paperwork and exports (en): drug-test chain-of-custody forms, 529 plan enrollments, brokerage
  account openings, IRS 2848 power-of-attorney worksheets, 8879 e-file authorizations,
  verification-of-employment requests, severance payout worksheets, safe-deposit box leases.
  Layouts: a labelled form, a CSV/TSV export with unseparated SSNs under the header, a letter
  plus chat transcript where only the sentence marks the SSN.
- machine output: Zabbix problem notifications, ClamAV / Defender detections, ESXi vmkernel/hostd
  logs, Proxmox task logs, TFTP/PXE boot logs, krb5kdc / 4768 records, NetBox IPAM CSV/JSON, mtr
  reports, Graylog GELF JSON, Nessus scan CSVs; more than half end with a relay line and a line of
  dotted look-alikes (package pins, RFC section and clause numbers, MIB row indices, dotted dates,
  BIOS / driver / firmware versions, GPS values, wildcard masks).

Hard negatives (unlabelled, counted by the CLI): booking, customer, member, fax-job, order, case,
routing, account, call-reference, ticket, batch and circuit numbers of 7-12 digits next to phone
labels, dates in many national styles, prices with thousand separators, ranges, app / agent /
firmware / build versions of four parts (most with all parts <= 255), SNMP OIDs, netmasks and
wildcard masks, 0.0.0.0 / 127.0.0.1, rack and ring ids, ITINs, EINs, invalid SSNs, 3-2-4 and 3-3-3
ids marked as specimen / case numbers, masked SSNs, masked / Luhn-invalid / gift cards, IBANs with
wrong check digits, obfuscated addresses ("name [at] host [dot] de"), Message-IDs, a git remote, logo@2x.png. Only Luhn-valid cards under their
brand's name are labelled; 3-2-4 ids marked as specimen or case numbers are not.

Span rules: a span is exactly the value (no label, bracket, mailto:, port, CIDR prefix, quotes or
trailing punctuation); a written extension ("ext. 12", "x204", "内線 15", "доб. 7") is part of the
phone's span; every phone is valid per phonenumbers for the region it was made for (digits may be
Arabic-Indic, Persian, Devanagari, Thai or full-width); the tel: link target and its shown text are two spans;
unseparated SSNs only under an SSN header or beside an SSN label or sentence; IPs written bare
(no ::ffff: mapping), IPv6 compressed, link-local fe80:: labelled.

Checks (`check_rows`): span text equals text[start:end]; no overlaps; no span glued to an ASCII
letter or digit; phones valid (extension stripped), e-mails with "@" and a dotted domain, IPs valid
and not loopback / unspecified / broadcast, cards Luhn-valid with a brand prefix and length, IBANs
with valid check digits, SSNs valid (area not 000/666/9xx, group not 00, serial not 0000).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_blind29_values as V
from pii_blind import read_rows
from pii_blind29_lexicon import REGS, L
from pii_blind29_machine import MACHINE_REGS, machine_doc
from pii_blind29_pages import page
from pii_blind29_us import US_REGS, us_doc

SEED = 290029
HALF = "blind29"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind29.jsonl"
TYPES = (
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
)
N_PAGE, N_US, N_MACHINE = 46, 46, 40

EXT_RE = re.compile(
    r"^(.*?)\s*(?:ext\.?|Ext|x|内線|내선|int\.|wew\.|poste|toestel|linka|dahili|Durchwahl|εσωτ\.|"
    r"შიდა|alanro|ankn\.|доб\.|дод\.|вътр\.|分机|داخلی|داخلي|ramal|mellék|एक्सटेंशन|máy lẻ|"
    r"שלוחה|ต่อ)\s*\d+$"
)
REGIONS = (
    ["US"]
    + sorted({lx["region"] for lx in L.values()})
    + ["GB", "AT", "CH", "IE", "AU", "CA"]
)


def generate(half: str = HALF) -> list[dict]:
    V.reset()
    rng = random.Random(SEED)
    rows = []
    jobs: list[tuple[str, str, int]] = []
    for reg, langs in REGS.items():
        ls = list(langs)
        for i in range(N_PAGE):
            jobs.append(("page", reg, i))
        _ = ls
    for reg in US_REGS:
        jobs += [("us", reg, i) for i in range(N_US)]
    for reg in MACHINE_REGS:
        jobs += [("machine", reg, i) for i in range(N_MACHINE)]
    for kind, reg, i in jobs:
        layout = i % 4 if kind == "page" else i % 3
        if kind == "page":
            langs = list(REGS[reg])
            lang = langs[(i // 4) % len(langs)]
            url, spans, text = page(rng, reg, lang, layout)
        elif kind == "us":
            lang = "en"
            url, spans, text = us_doc(rng, reg, layout)
        else:
            lang = "en"
            url, spans, text = machine_doc(rng, reg, layout)
        rows.append(
            {
                "id": f"{half}-{len(rows) + 1:05d}",
                "half": half,
                "register": reg,
                "url": url,
                "language": lang,
                "text": text,
                "spans": spans,
            }
        )
    return rows


def _phone_ok(value: str, lang: str) -> bool:
    m = EXT_RE.match(value)
    core = m.group(1) if m else value
    first = [L[lang]["region"]] if lang in L else []
    for region in first + REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(core, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def _valid(typ: str, value: str, lang: str) -> bool:
    if typ == "PHONE_NUMBER":
        return _phone_ok(value, lang)
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL_RE.match(value))
    if typ == "IP_ADDRESS":
        return V.ip_valid(value) and not value.startswith("255.")
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", value)
        return d.isdigit() and V.luhn_ok(d) and V.card_brand_ok(d)
    if typ == "IBAN_CODE":
        return V.iban_valid(value)
    if typ == "US_SSN":
        return bool(re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value)) and V.ssn_valid(
            value
        )
    return False


def _glued(c: str) -> bool:
    return c.isascii() and c.isalnum()


def check_rows(rows: list[dict]) -> None:
    for row in rows:
        text = row["text"]
        last_end = -1
        for sp in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"{row['id']} {sp['type']} {sp['text']!r}"
            assert sp["type"] in TYPES, f"unknown type: {where}"
            assert text[sp["start"] : sp["end"]] == sp["text"], (
                f"span text mismatch: {where}"
            )
            assert sp["start"] >= last_end, f"overlapping span: {where}"
            last_end = sp["end"]
            assert sp["text"] == sp["text"].strip() and sp["text"], (
                f"untrimmed span: {where}"
            )
            if sp["start"] > 0:
                assert not _glued(text[sp["start"] - 1]), (
                    f"span glued on the left: {where}"
                )
            if sp["end"] < len(text):
                assert not _glued(text[sp["end"]]), f"span glued on the right: {where}"
            assert _valid(sp["type"], sp["text"], row["language"]), (
                f"invalid value: {where}"
            )


def load() -> list[dict]:
    return read_rows(DATA)


def _counts(rows: list[dict]) -> None:
    from collections import Counter

    types = Counter(s["type"] for r in rows for s in r["spans"])
    tot = sum(types.values())
    print(f"{HALF}: {len(rows)} documents, {tot} spans")
    for t, n in types.most_common():
        print(f"  {t:14s} {n:5d}  {100 * n / tot:5.1f}%")
    print(f"registers ({len(Counter(r['register'] for r in rows))}):")
    for k, n in sorted(Counter(r["register"] for r in rows).items()):
        print(f"  {k:40s} {n}")
    langs = Counter(r["language"] for r in rows)
    print(
        f"languages ({len(langs)}): "
        + ", ".join(f"{k}={n}" for k, n in sorted(langs.items()))
    )
    print(f"unlabelled look-alikes written: {V.NEG['n']}")


def main() -> None:
    import argparse
    import json

    ap = argparse.ArgumentParser(description="blind29 PII test set")
    ap.add_argument("--write-set", action="store_true")
    args = ap.parse_args()
    rows = generate()
    check_rows(rows)
    _counts(rows)
    if args.write_set:
        DATA.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
            encoding="utf-8",
        )
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
