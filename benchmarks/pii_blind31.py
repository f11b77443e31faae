"""A 31st blind PII test set (issue 26): 30 registers no earlier generator names, 30 languages (15 in
non-Latin scripts), weighted to phones (~40% of spans, precision and recall both), then IPs and US
SSNs in the shapes real documents write them, with many unlabelled look-alikes beside the values.

Written by a 31st helper who read only the brief, the module docstrings of the other PII generators
(to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of pii_blind3.jsonl
(the format); never stages/pii*.py, their tests, docs/pii.md, the other generators' templates or
value makers, nor BENCHMARKS.md's PII section. The PII step was never imported or run on this set
while it was written, and the set was never scored: the lead scores it once. Every template, phrase
and value maker is new (here and in benchmarks/pii_blind31_{values,fill,pages,us,machine}.py).

    python benchmarks/pii_blind31.py               # counts per type, register and language
    python benchmarks/pii_blind31.py --write-set   # (re)writes benchmarks/data/pii_blind31.jsonl

Registers (30, at most 50 documents each, each in three layouts: label lines, a table / CSV /
list whose header stands above the values, prose / chat / notice / letter; machine tools in three
of their own outputs):
people's pages (12, each wholly in its language): mountain-hut reservations (de-AT, sl), tea
ceremony classes (ja, zh-TW), lost-pet notices (nl, th, pl), motorcycle-club ride sign-ups (es, tr,
pt-BR), model-railway exhibition entries (da, cs, sv), ski-school bookings (fr, bg), blood-donation
drives (hi, he), residents' house-committee notices (ru, uk), language-tandem posts (ko, vi), olive
harvest volunteer forms (el, it), umrah travel-agency bookings (ar, ur, bn, ms), traditional
bathhouse bookings (fa, ka);
US paperwork (8, en, two also es): passport acceptance (DS-11) worksheets, CMS-1500 medical claim
forms, direct-deposit authorisations, FMLA leave requests, GI Bill benefit intakes, rental-car
agreements, EFTPS enrolments, mortgage gift letters;
machine output (10): Kafka broker logs / server.properties / consumer-group listings, Home
Assistant configuration.yaml and logs, crontab dumps and cron mails, Puppet facts and reports,
FreeIPA user / host listings and LDIF, Grafana alert notifications and contact points, HubSpot
contact exports (CSV, record view, JSON), Shopify order exports, Zoom participant reports and
dial-in blocks, Nextcloud JSON logs and brute-force tables.

Look-alikes (unlabelled, written beside the values, the text saying what they are): pet microchip
numbers (15 digits), ski-pass key-card numbers in 4-4-4-4 groups, IMEIs, passport book and card
numbers, NPIs, VA C-file numbers, school facility codes, ABA routing numbers (valid checksum, 9
digits next to unseparated SSNs), EINs in CMS-1500 box 25 and EFTPS forms, ITINs and never-issued
SSNs that the text rejects, FMLA claim numbers in 3-2-4, ZIP+4, EFT acknowledgement and enrolment
numbers, masked cards, a Luhn-invalid card, IBANs with wrong check digits ("the old, closed
account"), meter numbers, personal-account and tax numbers (INN, AFM, IČO, EDRPOU), Zoom meeting IDs
(3-4-4), Kafka offsets and epochs, UIDs, record IDs, firmware versions shaped like IPv4, netmasks,
0.0.0.0 / 127.0.0.1 / ::1, Zigbee IEEE and MAC addresses, UUIDs, user@host prompts, dates, times,
amounts, postcodes, coordinates, altitudes, measures; e-mail addresses written so that they are not
one ("name [at] host [dot] tld") or a handle in the e-mail field, SSNs masked to the last four.

Values: phones from `phonenumbers` example numbers of the page's region (and one foreign region, then
written internationally), digits redrawn while valid, US area codes drawn from a list; national,
international, E.164, "00", dots, dashes, run together, "+CC (0)" and "+1 (NPA)"; extensions in the
page's language; in `tel:` links and caller-id strings. SSNs dashed, spaced, dotted, unseparated
under a label or column header. Cards of Visa, Mastercard (51-55, 2221-2720), Amex, Discover, JCB,
Diners, UnionPay, Mir prefixes at their lengths, unbroken or in printed groups. IBANs from schwifty
with digit account numbers where the country uses them, in print groups, compact or lower case.
IPv4 public and private (also beside ports, in URLs, in X-Forwarded-For, as "inet a.b.c.d/24"),
IPv6 global, ULA and link-local with a zone id, compressed or exploded, bracketed with a port.

Span rules: those of the common brief. A phone's written extension (in the page's language) is in
its span; ports after IPs, "mailto:" / "tel:" and labels are not. check_rows enforces: span text ==
text[start:end]; no overlaps; no ASCII letter or digit glued on either side; phones valid (the part
before the extension) for a region the page's language uses or any region when written with "+"
or "00"; e-mails with "@" and a dotted domain; IPs parse and are not loopback / unspecified /
broadcast; cards Luhn-valid with a brand prefix and length; IBANs valid (schwifty); SSNs valid.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import pii_blind31_values as V
from benchmarks.pii_blind import read_rows
from benchmarks.pii_blind31_extra import BANK, ES_MORE, MACHINE_MORE, PAY, US_MORE
from benchmarks.pii_blind31_fill import FOREIGN, fill
from benchmarks.pii_blind31_machine import MACHINE
from benchmarks.pii_blind31_pages import PAGES
from benchmarks.pii_blind31_us import US

SEED = 310030
HALF = "blind31"
DATA = ROOT / "benchmarks" / "data" / "pii_blind31.jsonl"
PER_REGISTER = 42
TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")

# page top bars and signatures (language-neutral symbols), so values also stand at a text's very edges
_TOP = ["☎ {P} · ✉ {E}\n", "{P}\n", "{PE} | {E}\n"]
_END = ["\n{P}", "\n— {E}", "\n☎ {PM}"]


def _registers():
    for group, table in (("page", PAGES), ("us", US), ("machine", MACHINE)):
        for name, langs in table.items():
            yield group, name, langs


def generate() -> list[dict]:
    r = Random(SEED)
    rows: list[dict] = []
    for group, name, langs in _registers():
        codes = list(langs)
        for i in range(PER_REGISTER):
            lang = codes[i % len(codes)]
            spec = langs[lang]
            layout = (i // len(codes)) % 3
            ctx = dict(spec, lang=lang, group=group)
            if group == "page":
                ctx["regions"] = spec["regions"] * 6 + [r.choice(FOREIGN)]
            doc = V.Doc()
            if group == "page" and r.random() < 0.15:
                fill(doc, r, r.choice(_TOP), ctx)
            fill(doc, r, spec["layouts"][layout], ctx)
            if group != "machine" and r.random() < (0.8 if group == "page" else 0.65):
                pay = PAY[lang]
                first = pay[: 5 if lang == "en" else 1]
                fill(doc, r, r.choice(first) if r.random() < 0.6 else r.choice(pay), ctx)
            if group != "machine" and spec.get("iban") and lang in BANK and r.random() < 0.95:
                fill(doc, r, r.choice(BANK[lang]), ctx)
            if group == "us":
                more = US_MORE if lang == "en" else ES_MORE
                for _ in range(r.choice([1, 2, 2, 3, 3])):
                    fill(doc, r, more[r.randrange(6 if lang == "en" else 2)] if r.random() < 0.5 else r.choice(more), ctx)
            if group == "machine":
                for _ in range(r.choice([0, 1, 1, 2])):
                    fill(doc, r, r.choice(MACHINE_MORE), ctx)
            if group != "machine" and r.random() < 0.15:
                fill(doc, r, r.choice(_END), ctx)
            path = name.replace("_", "-")
            rows.append({
                "id": "",
                "half": HALF,
                "register": name,
                "url": f"https://{spec['host']}/{path}/{i + 1}",
                "language": lang,
                "text": doc.text(),
                "spans": doc.spans,
                "_look": doc.lookalikes,
            })
    for n, row in enumerate(rows, 1):
        row["id"] = f"{HALF}-{n:05d}"
    return rows


def strip(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows]


# regions a page's language writes numbers for (national shapes are checked against these)
_LANG_REGIONS: dict[str, set] = {}
for _g, _n, _langs in _registers():
    for _code, _spec in _langs.items():
        _LANG_REGIONS.setdefault(_code, set()).update(_spec["regions"])


def check_rows(rows: list[dict]) -> None:
    """Raise AssertionError naming the first bad span."""
    for row in rows:
        text = row["text"]
        last_end = -1
        for sp in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"{row['id']} {sp['type']} {sp['text']!r}"
            assert sp["type"] in TYPES, where
            assert text[sp["start"]:sp["end"]] == sp["text"], f"offsets: {where}"
            assert sp["start"] >= last_end, f"overlap: {where}"
            last_end = sp["end"]
            before = text[sp["start"] - 1] if sp["start"] > 0 else " "
            after = text[sp["end"]] if sp["end"] < len(text) else " "
            assert not re.match(r"[A-Za-z0-9]", before) and not re.match(r"[A-Za-z0-9]", after), f"glued: {where}"
            v = sp["text"]
            assert v == v.strip() and v, f"padding: {where}"
            kind = sp["type"]
            if kind == "PHONE_NUMBER":
                regions = _LANG_REGIONS.get(row["language"], set()) | {"US"}
                if v.startswith(("+", "00")):
                    regions = set(FOREIGN) | regions
                assert V.check_phone(v, sorted(regions)), f"invalid phone: {where}"
            elif kind == "EMAIL_ADDRESS":
                assert V.EMAIL_RE.match(v), f"invalid e-mail: {where}"
            elif kind == "IP_ADDRESS":
                assert V.ip_valid(v), f"invalid IP: {where}"
            elif kind == "CREDIT_CARD":
                d = re.sub(r"[ \-]", "", v)
                assert d.isdigit() and V.luhn_ok(d) and V.card_brand_ok(d), f"invalid card: {where}"
            elif kind == "IBAN_CODE":
                assert V.iban_valid(v), f"invalid IBAN: {where}"
            elif kind == "US_SSN":
                assert V.ssn_valid(v), f"invalid SSN: {where}"


def load() -> list[dict]:
    return read_rows(DATA)


def _dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in strip(rows))


def main(argv: list[str]) -> None:
    rows = generate()
    check_rows(rows)
    types: dict[str, int] = {}
    regs: dict[str, int] = {}
    langs: dict[str, int] = {}
    for row in rows:
        regs[row["register"]] = regs.get(row["register"], 0) + 1
        langs[row["language"]] = langs.get(row["language"], 0) + 1
        for sp in row["spans"]:
            types[sp["type"]] = types.get(sp["type"], 0) + 1
    total = sum(types.values())
    print(f"{HALF}: {len(rows)} documents, {total} spans, {sum(r['_look'] for r in rows)} unlabelled look-alikes")
    for k in TYPES:
        print(f"  {k:14} {types.get(k, 0):5d}  {100 * types.get(k, 0) / total:5.1f}%")
    print(f"registers ({len(regs)}): " + ", ".join(f"{k}={v}" for k, v in regs.items()))
    print(f"languages ({len(langs)}): " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    if "--write-set" in argv:
        DATA.write_text(_dump(rows), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main(sys.argv[1:])
