"""A thirtieth labelled PII set, built blind, weighted to test PRECISION on all six types.

    python benchmarks/pii_blind30.py              # counts per type / register / language
    python benchmarks/pii_blind30.py --write-set  # (re)writes benchmarks/data/pii_blind30.jsonl

Who wrote it, and what they did not read: an independent test author (blind30) who read only the
common brief, the blind30 brief, the module docstrings of the earlier pii_blind*.py generators (to
avoid their registers), `read_rows` / `write_sets` of pii_blind.py and one row of pii_blind3.jsonl.
Not read, not run: the PII step (stages/pii*), its tests and docs, pii_eval.py, the pages / wild /
hard benchmark sets and their generators' code, the PII section of BENCHMARKS.md.

Registers (30; three layouts each: prose, a table / CSV / key-value block, a chat / log / form):
- People's pages (12), each page wholly in its language, 25 languages (12 in non-Latin scripts):
  carillon_tower_visits (nl, ru), orienteering_club_entries (sv, fi), homeschool_coop_board (pl, ko),
  pen_pal_letters (ja, es), sourdough_starter_share (de, el), community_fridge_rota (fr, he),
  glider_club_trial_flights (cs, th), dive_centre_logbook (it, ar), bridge_club_partners (hu, hi),
  audax_brevet_riders (pt, uk), beach_hut_rentals (tr, ka), blood_donor_drive (ro, zh, bg).
  Phones in each country's national / +CC / 00 / bare / dotted forms, IBANs of the page's country.
- US paperwork (8): county_fair_livestock_entry, tithe_contribution_statement, storage_unit_lien_notice,
  little_league_volunteer_consent, manufactured_home_lot_lease, foia_request_log, hud_section8_recert,
  veterans_service_intake.
- Machine output (10): bgp_looking_glass, hl7_adt_feed, x12_834_enrollment, camt053_statement,
  smpp_gateway_log, whois_record, mysqldump_insert, helpdesk_ticket_json, ocpp_charger_log,
  emv_terminal_journal.

Hard negatives (unlabelled, written beside the values): heritage-monument numbers, bell weights,
SI / Emit card numbers, orienteering control lists shaped like SSNs, ISBN-13s, Japanese postal codes,
German Steuernummern and Greek AFM numbers, SIRET numbers, Israeli amutah numbers, Turkish Vergi No
(10 digits, some shaped like mobiles), Georgian company codes, radio frequencies and QNH, dive
certification numbers and GPS coordinates, federation player numbers, homologation numbers, donor
codes; chat handles (@name), "name (at) host (dot) tld" addresses; SEPA creditor IDs (IBAN-shaped, ZZZ) and wrong-check-digit IBANs, RF
creditor references, ISINs, BICs, VAT numbers; USDA RFID ear tags (840 003 ...), premises IDs,
EINs, ITINs, invalid SSNs (666 / 000 / 9xx / group 00 / serial 0000), SSN-shaped field permits and
umpire card numbers, claim / service / DUNS / employee numbers, gate codes, lock serials; masked
PANs, Luhn-invalid PANs, Luhn-valid gift-card numbers with no card brand, IMEIs (Luhn-valid, 15
digits, 35 prefix), ICCIDs (Luhn-valid, 89 prefix), IMSIs, EMV AIDs, terminal / merchant IDs,
RRN / STAN / tokens, eMAID charge-card IDs; router prompts (lg@rtr1.fra>), `root`@`localhost`
definers, 'report'@'10.0.3.%' grants, `noreply@shopfront` (no dotted domain), "Please query the
RDDS service", Message-IDs, lodash@4.17.21, csms@sha256:... image digests; HUD handbook
paragraph refs (9.10.5.6); default route 0.0.0.0/0, netmask 255.255.255.0, ::1, 127.0.0.1, HL7 version 2.5.1,
firmware versions a.b.c.d, SNMP OIDs, OBX values shaped like dotted quads, BGP communities, AS paths.

Layout variation: labels before / after / as column headers / only the sentence; several values a
line; markdown tel: links (the shown number and the tel: number both labelled); e-mails in URL
query strings and glued to CJK text; a kids' Minecraft server IP:port beside its game version on the
homeschool pages; values at the start and end of a text; extensions in spans.

Span rules (the common blind rules): a span is exactly the value (no label, port, /prefix, tel:,
trailing punctuation); a phone's written extension is part of it; route prefixes and inetnum range
ends are labelled without their /len; the SSN after X12 NM1 qualifier 34 (= "Social Security
Number") and in a column headed ssn is labelled unseparated; others need a separated form or a label.

Checks (`check_rows`): span text == text[start:end]; no overlaps; no span glued to an ASCII letter or
digit; phones valid for some region per phonenumbers (extension stripped); e-mails with '@' and a
dotted domain; IPs parse and are not loopback / unspecified / netmask; cards Luhn-valid with a brand
prefix and length; IBANs valid per schwifty; SSNs valid and, unseparated, marked as SSNs nearby.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_blind30_machine as machine
import pii_blind30_pages as pages
import pii_blind30_us as us
import pii_blind30_values as v
from pii_blind import read_rows

SEED = 300030
HALF = "blind30"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind30.jsonl"
TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
PER_REGISTER = {"page": 38, "us": 50, "machine": 50}
PHONE_REGIONS = ["US", "NL", "RU", "SE", "FI", "PL", "KR", "JP", "ES", "DE", "GR", "FR", "IL", "CZ", "TH", "IT", "AE", "HU",
                 "IN", "PT", "UA", "TR", "GE", "RO", "CN", "BG", "GB", "BR", "MX", "ZA", "NG", "KE", "AU", "ID", "PH", "VN", "SE"]
_MARK = re.compile("\x01([A-Z_]+)\x02(.*?)\x03", re.DOTALL)
_EXT = re.compile(r"\s*(?:ext\.?|x|доб\.?|内线)\s*\d{1,5}$", re.IGNORECASE)


def P(kind: str, value: str) -> str:
    """Mark `value` as a labelled span of `kind` inside a template."""
    assert kind in TYPES and value
    return f"\x01{kind}\x02{value}\x03"


def unmark(marked: str) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        spans.append({"type": m.group(1), "start": length, "end": length + len(m.group(2)), "text": m.group(2)})
        out.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "\x01" not in text and "\x02" not in text and "\x03" not in text
    return text, spans


def generate(half: str = HALF) -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    jobs: list[tuple[str, str, object]] = []
    for reg, langs in pages.PAGES.items():
        jobs.append(("page", reg, langs))
    for reg in us.REGISTERS:
        jobs.append(("us", reg, None))
    for reg in machine.REGISTERS:
        jobs.append(("machine", reg, None))
    for group, reg, langs in jobs:
        for i in range(PER_REGISTER[group]):
            layout = i % 3
            if group == "page":
                lang = langs[(i // 3) % len(langs)]
                url, marked = pages.page(rng, P, reg, lang, layout, i)
            elif group == "us":
                lang = "en"
                url, marked = us.REGISTERS[reg](rng, P, layout, i)
            else:
                lang = "en"
                url, marked = machine.REGISTERS[reg](rng, P, layout, i)
            text, spans = unmark(marked)
            rows.append({"id": f"{half}-{len(rows) + 1:05d}", "half": half, "register": reg, "url": url, "language": lang,
                         "text": text, "spans": spans})
    check_rows(rows)
    return rows


def _phone_ok(value: str) -> bool:
    bare = _EXT.sub("", value)
    return any(v.phone_ok(bare, region) for region in PHONE_REGIONS)


def _ssn_marked(text: str, start: int) -> bool:
    before = text[max(0, start - 300):start].lower()
    first_line = text.split("\n", 1)[0].lower()
    return "ssn" in before or "social security" in before or "ssn" in first_line or before.endswith("*34*")


def check_rows(rows: list[dict]) -> None:
    """Raise AssertionError naming the first bad span."""
    for row in rows:
        text = row["text"]
        assert set(row) >= {"id", "half", "register", "url", "language", "text", "spans"}, row["id"]
        last_end = -1
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"{row['id']} {span['type']} {span['text']!r}"
            assert span["type"] in TYPES, where
            assert text[span["start"]:span["end"]] == span["text"], f"text mismatch: {where}"
            assert span["start"] >= last_end, f"overlap: {where}"
            last_end = span["end"]
            before = text[span["start"] - 1] if span["start"] > 0 else ""
            after = text[span["end"]] if span["end"] < len(text) else ""
            for ch in (before, after):
                assert not (ch.isascii() and ch.isalnum()), f"glued: {where}"
            val, kind = span["text"], span["type"]
            assert val == val.strip() and val[-1] not in ".,;)", f"untrimmed: {where}"
            assert kind == "IP_ADDRESS" or val[-1] != ":", f"untrimmed: {where}"
            if kind == "PHONE_NUMBER":
                assert _phone_ok(val), f"invalid phone: {where}"
            elif kind == "EMAIL_ADDRESS":
                local, _, dom = val.partition("@")
                assert local and "." in dom and " " not in val and not val.lower().startswith("mailto:"), f"bad e-mail: {where}"
            elif kind == "IP_ADDRESS":
                assert v.ip_labelable(val), f"bad IP: {where}"
            elif kind == "CREDIT_CARD":
                assert v.card_valid(val), f"bad card: {where}"
            elif kind == "IBAN_CODE":
                assert v.iban_valid(val), f"bad IBAN: {where}"
            elif kind == "US_SSN":
                assert v.ssn_valid(val), f"bad SSN: {where}"
                if val.isdigit():
                    assert _ssn_marked(text, span["start"]), f"unmarked 9-digit SSN: {where}"


_LOOKALIKE = re.compile(r"(?<![\w.])(?:\+?\d[\d .()/-]{5,}\d|[\w.%+-]+@[\w.`'%-]*|\d{1,3}(?:\.\d{1,3}){3}|[A-Z]{2}\d{2}[A-Z0-9 ]{8,}|::1)")


def lookalikes(row: dict) -> int:
    """How many value-shaped strings of the row are not labelled (a rough, shape-based count)."""
    covered = [(s["start"], s["end"]) for s in row["spans"]]
    n = 0
    for m in _LOOKALIKE.finditer(row["text"]):
        if len(re.sub(r"\D", "", m.group())) < 6 and "@" not in m.group() and m.group() != "::1":
            continue
        if not any(a < m.end() and m.start() < b for a, b in covered):
            n += 1
    return n


def load() -> list[dict]:
    return read_rows(DATA)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="blind30 PII set (precision-weighted)")
    parser.add_argument("--write-set", action="store_true")
    args = parser.parse_args()
    rows = generate()
    counts: dict[str, dict[str, int]] = {"type": {}, "register": {}, "language": {}}
    for row in rows:
        counts["register"][row["register"]] = counts["register"].get(row["register"], 0) + 1
        counts["language"][row["language"]] = counts["language"].get(row["language"], 0) + 1
        for span in row["spans"]:
            counts["type"][span["type"]] = counts["type"].get(span["type"], 0) + 1
    total = sum(counts["type"].values())
    print(f"{HALF}: {len(rows)} documents, {total} spans, {sum(map(lookalikes, rows))} unlabelled look-alike strings (shape count)")
    for key in ("type", "register", "language"):
        print(f"  {key} ({len(counts[key])}): " + ", ".join(f"{k}={n}" for k, n in sorted(counts[key].items(), key=lambda kv: -kv[1])))
    if args.write_set:
        import json

        DATA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
