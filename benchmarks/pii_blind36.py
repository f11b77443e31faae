"""Blind PII test set 36: small-trade pages in 24 languages, US paperwork, machine output.

What: ~1,300 labelled documents (benchmarks/data/pii_blind36.jsonl) for the six PII types the
pipeline's PII step scrubs: PHONE_NUMBER, EMAIL_ADDRESS, IP_ADDRESS, CREDIT_CARD, IBAN_CODE, US_SSN.

Who: written by an independent test author (blind36) who did not read the PII step, its tests,
its docs, the earlier eval/page/wild/hard sets or any earlier blind generator's code (only their
module docstrings, to avoid their registers). Never scored by its author.

Registers (30):
- people's pages (12; each page wholly in one language, two languages a register, 24 languages,
  14 in non-Latin scripts): harp_teacher (de, ja), mooring_association (nl, el),
  goat_milk_soap_maker (fr, ka), mosaic_workshop (it, ar), wedding_dj (pl, hi),
  ceramic_kiln_share (ko, sv), reptile_rescue (ru, pt), fencing_club (hy, es),
  origami_circle (zh, vi), candle_chandlery (uk, tr), mead_meadery (he, bn),
  knife_sharpening (th, am). Layouts: prose contact page, key-value contact block, chat export.
- US paperwork / exports (8): us_crop_insurance_claim, us_school_bus_driver_application,
  us_tax_lien_redemption, us_food_truck_vendor_permit, us_court_reporter_transcript_order,
  us_workers_comp_first_report, us_moving_company_inventory, us_pell_grant_verification.
  Layouts: printed form, CSV export (unseparated SSN under an `ssn` header), cover letter.
- machine output (10): pihole_ftl_log, bind9_query_log, opensips_dialog_dump, isc_dhcpd_leases,
  sflow_sample_dump, airflow_task_log, celery_worker_log, logstash_rubydebug, sssd_debug_log,
  magento_customer_export. Three layouts each (log line, config/key-value, JSON/CSV/SQL).

Hard negatives (unlabelled, many): lease/order/tracking/invoice numbers, ISBNs, IMEI-length
digit runs, coordinates, prices, local postcodes; local bank details where there is no IBAN
(ゆうちょ, 국민은행, IFSC); IBANs with wrong check digits, SEPA creditor ids; masked, Luhn-invalid
and brandless cards; EINs, ITINs, 666/000/group-00/serial-0000 SSN shapes, ABA routing numbers,
ZIP+4, student ids and docket numbers; "[at]"/"(at)"/fullwidth-＠ addresses, @handles,
logo@2x.png, package@version, user@host, SIP Call-IDs, SOA rnames; loopback, 0.0.0.0, ::1,
netmasks, OIDs, IP-shaped build/version strings, MAC addresses; each country's business / tax
registration numbers in page footers (USt-IdNr., SIRET, NIP, ИНН/ОГРН, 사업자등록번호, GSTIN, ΑΦΜ,
MERSİS, ЄДРПОУ, ICP备案号, Thai tax id...). Phones also sit in markdown `tel:` call buttons (only the
number is labelled), at the very start or end of a page, two to a cell, and with written extensions.

Span rules: the common blind rules (value only; a phone's written extension is in its span; a
9-digit SSN only under an SSN label/header; private IPv4 addresses are labelled like any host
address). Checks (check_rows): text slice equality, no overlaps, no span glued to an ASCII letter
or digit, phones valid per phonenumbers for some region the set uses, IBAN check digits via
schwifty, Luhn + brand prefix/length for cards, SSN ranges, IPs not loopback/unspecified/netmask.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_blind36_common as common
import pii_blind36_machine as machine
import pii_blind36_pages as pages
import pii_blind36_us as us
import pii_blind36_values as V
from pii_blind import read_rows

SEED = 360227
HALF = "blind36"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind36.jsonl"
TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
PHONE_REGIONS = sorted({L["cc"] for L in pages.LEX.values()} | set(machine._REGIONS) | {"US"})
PER_PAGE_LANG, PER_US, PER_MACHINE = 22, 44, 42
_EXT = re.compile(r"\s*(?:ext\.?|x|Ext|Durchwahl|内線|poste|toestel|εσωτ\.|შიდა|interno|تحويلة|wew\.|एक्सटेंशन|내선|ankn\.|доб\.|"
                  r"ներքին|转|máy lẻ|дод\.|dahili|שלוחה|এক্সটেনশন|ต่อ|ውስጥ መስመር)\s*\d+$")


def generate() -> list[dict]:
    rng = random.Random(SEED)
    common.STATS["lookalikes"] = 0
    jobs = []
    for lang in pages.LEX:
        jobs += [("page", lang, i % 3) for i in range(PER_PAGE_LANG)]
    for reg in us.REGS:
        jobs += [("us", reg, i % 3) for i in range(PER_US)]
    for reg in machine.REGS:
        jobs += [("machine", reg, i % 3) for i in range(PER_MACHINE)]
    rng.shuffle(jobs)
    rows = []
    for n, (kind, key, layout) in enumerate(jobs, 1):
        if kind == "page":
            reg, url, marked = pages.page(rng, key, layout)
            lang = key
        elif kind == "us":
            reg, url, marked = us.us_doc(rng, key, layout)
            lang = "en"
        else:
            reg, url, marked = machine.machine_doc(rng, key, layout)
            lang = "en"
        text, spans = common.unmark(marked)
        rows.append({"id": f"{HALF}-{n:05d}", "half": HALF, "register": reg, "url": url, "language": lang,
                     "text": text, "spans": spans})
    return rows


def _phone_ok(value: str) -> bool:
    return V.phone_valid_somewhere(_EXT.sub("", value), PHONE_REGIONS)


def _card_ok(value: str) -> bool:
    d = re.sub(r"[ -]", "", value)
    return d.isdigit() and 13 <= len(d) <= 19 and V.luhn_ok(d) and V.brand_ok(d)


def _email_ok(value: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", value)) and not value.endswith(".png")


def check_rows(rows: list[dict]) -> None:
    """Raise AssertionError naming the first bad span."""
    validators = {"PHONE_NUMBER": _phone_ok, "EMAIL_ADDRESS": _email_ok, "IP_ADDRESS": V.ip_valid,
                  "CREDIT_CARD": _card_ok, "IBAN_CODE": V.iban_valid, "US_SSN": V.ssn_valid}
    for row in rows:
        text = row["text"]
        assert not any("\ue000" <= ch <= "\ue00f" for ch in text), f"markup left in text: {row['id']}"
        last_end = -1
        for sp in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"{row['id']} {sp['type']} {sp['text']!r}"
            assert sp["type"] in TYPES, f"unknown type: {where}"
            assert text[sp["start"]:sp["end"]] == sp["text"], f"span text mismatch: {where}"
            assert sp["start"] >= last_end, f"overlapping span: {where}"
            last_end = sp["end"]
            assert sp["text"] == sp["text"].strip() and sp["text"], f"whitespace at span edge: {where}"
            before = text[sp["start"] - 1] if sp["start"] > 0 else ""
            after = text[sp["end"]] if sp["end"] < len(text) else ""
            for ch in (before, after):
                assert not (ch.isascii() and ch.isalnum()), f"span glued to {ch!r}: {where}"
            assert sp["text"][-1] not in ".,;:)", f"trailing punctuation: {where}"
            assert validators[sp["type"]](sp["text"]), f"invalid value: {where}"


def load() -> list[dict]:
    return read_rows(DATA)


def main() -> None:
    import argparse
    import json

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write-set", action="store_true")
    args = ap.parse_args()
    rows = generate()
    check_rows(rows)
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    print(f"blind36: {len(rows)} documents, {total} spans, {common.STATS['lookalikes']} unlabelled look-alikes")
    for t in TYPES:
        print(f"  {t:<14} {types[t]:>5}  {100 * types[t] / total:5.1f}%")
    print("registers:", dict(sorted(Counter(r["register"] for r in rows).items())))
    print("languages:", dict(sorted(Counter(r["language"] for r in rows).items())))
    if args.write_set:
        DATA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
