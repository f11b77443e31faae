"""A twenty-seventh blind PII test set (blind27): 31 registers no earlier generator names, 27 languages,
weighted to phone RECALL (about 40% of spans are phones, written in every way a finder could miss).

Written by a twenty-seventh helper who read only its brief, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other generators'
templates or value makers, nor BENCHMARKS.md's PII section. The PII step was never run on this set
while it was written: the lead scores it once, at the end. Every template, phrase and value maker is
new (here, benchmarks/pii_blind27_values.py and benchmarks/pii_blind27_lexicon.py).

    python benchmarks/pii_blind27.py               # counts per type, register and language
    python benchmarks/pii_blind27.py --write-set   # (re)writes benchmarks/data/pii_blind27.jsonl

Registers (31, each in three layouts, at most 50 documents):
- people's pages from civic, sports and hobby life, each wholly in its language (27 languages, 12
  in non-Latin scripts): pigeon-racing club notices (nl pl de), model-railway exhibition notices
  (de cs ja), table-tennis league match sheets (zh sv fr), go / baduk club rosters (ko ja), cricket
  and kite club fixtures (hi id), folk-dance ensemble tours (bg el uk), local election candidate
  flyers (tr it es), neighbourhood-watch phone chains (ru fa), blood-donation drive notices (ar he
  th), vintage-car rally entry lists (fr it pt), dragon-boat team rosters (vi zh), bird-watching
  group outings (fi hu sv); layouts: label block, table whose header names the phone column,
  prose / chat where only the sentence marks a number;
- US paperwork and exports (en): poll-worker applications, absentee-ballot requests, traffic-court
  online plea forms, expungement petition worksheets, liquor-licence applications, process-server
  affidavits of service, Lifeline phone-subsidy applications, water-utility payment arrangements;
- machine output of telephony, messaging and payment systems (en, the tools' own shapes): Asterisk
  queue_log, SIP message traces (sngrep / tcpdump text; only the number inside a SIP URI is
  labelled), Twilio-style SMS / voice webhook logs, WhatsApp Cloud API webhooks, Telegram bot
  updates with shared contacts, HLR lookup API results, predictive-dialer campaign exports, Adyen
  style notification webhooks, PayPal IPN messages, SEPA pain.008 direct-debit XML, fraud-screening
  exports (CSV / JSON / key=value).

Phones: phonenumbers example numbers of each page's region (and of foreign regions), digits varied
while valid, written national (library form, bracketed area code, trunk prefix dropped after +CC,
regrouped with spaces / dots / slashes / hyphens / none, "+49 (0)30 / ..."), international, E.164,
"00CC", "011 CC" (US pages), in full-width, Arabic-Indic, Persian, Devanagari or Thai digits, with
extensions in the page's language, several on one line, in `tel:` links, JSON / CSV / XML fields
named phone / tel / msisdn / caller / callee, SIP URIs, and marked only by the sentence.
Hard negatives beside them (unlabelled): ring / order / booking / ticket / case / account / meter /
receipt numbers, IMEIs, serials, dates, times, amounts, coordinates, postcodes, durations, queue
and call ids, epoch stamps, versions and OIDs shaped like IPv4, netmasks, loopback, build numbers,
masked and Luhn-invalid cards, gift / loyalty numbers, IBANs with a wrong check, ITINs, EINs, SSNs of
area 000 / 666 / 9xx, group 00 or serial 0000, Message-IDs, SIP URIs' user@host, obfuscated mails.

Span rules: a span is exactly the value (no label, bracket, "mailto:", "tel:", "sip:", port, CIDR
prefix or trailing punctuation); a written extension is part of the phone's span; unseparated SSNs
are planted only under a label / header / sentence naming them. `check_rows` enforces span text ==
text[start:end], no overlaps, no span glued to an ASCII letter or digit, valid phones (phonenumbers,
extension stripped), Luhn + brand prefix + length for cards, schwifty for IBANs, non-excluded IPs and
issued-range SSNs. Deterministic: one string seed per document.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import pii_blind27_values as V
from benchmarks.pii_blind import read_rows
from benchmarks.pii_blind27_lexicon import PEOPLE, L
from benchmarks.pii_blind27_machine import MACHINE
from benchmarks.pii_blind27_us import US

SEED = 270027
DATA = Path(__file__).resolve().parent / "data" / "pii_blind27.jsonl"
HALF = "blind27"
FOREIGN = ["DE", "FR", "GB", "IT", "ES", "PL", "TR", "RU", "IN", "CN", "JP", "BR", "MX", "AU", "NG", "EG",
           "AE", "SA", "IR", "IL", "TH", "VN", "KR", "ZA", "AR", "CH", "AT", "BE", "NL", "SE", "UA", "GR"]
IBAN_COUNTRY = {"nl": "NL", "pl": "PL", "de": "DE", "cs": "CZ", "sv": "SE", "fr": "FR", "bg": "BG", "el": "GR",
                "uk": "UA", "tr": "TR", "it": "IT", "es": "ES", "ar": "SA", "fa": "IR", "he": "IL", "pt": "PT",
                "fi": "FI", "hu": "HU"}


def lang_phone(rng: random.Random, lang: str, region: str, style: str | None = None) -> str:
    """A phone as a page of `lang` writes it: sometimes in its own digits, sometimes with an extension."""
    if region != L[lang][0]:
        style = rng.choice(["intl", "e164", "notrunk_sp"])
    p = V.phone(rng, region, style)
    script = L[lang][6]
    if script and rng.random() < 0.45 and not p.startswith("+"):
        p = V.to_script(p, script)
    elif script == "full" and rng.random() < 0.25:
        p = V.to_script(p, "full")
    if rng.random() < 0.12:
        ext = str(rng.randint(10, 999))
        p = f"{p} {L[lang][5]} {V.to_script(ext, script) if script in ('pers', 'arab') and not p.isascii() else ext}"
    return p


def neg(rng: random.Random, lang: str, ref_label: str, other_label: str) -> list[tuple[str, str]]:
    """Unlabelled look-alikes for a people's page (label, value)."""
    out = [(ref_label, V.phoneish(rng)), (other_label, V.phoneish(rng)),
           ("IMEI", V.imei(rng)) if rng.random() < 0.3 else ("", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(24, 27)}"),
           ("", f"{rng.randint(10, 69)}.{rng.randint(100000, 999999)}, {rng.randint(10, 39)}.{rng.randint(100000, 999999)}")]
    if rng.random() < 0.3:
        out.append(("", V.card_masked(rng)))
    if rng.random() < 0.3 and lang in IBAN_COUNTRY:
        out.append(("", V.iban_bad(rng, IBAN_COUNTRY[lang])))
    if rng.random() < 0.3:
        out.append(("", f"{L[lang][9][0].split()[0].lower()} at {L[lang][10][0].replace('.', ' dot ')}"))
    rng.shuffle(out)
    return out


def people_doc(rng: random.Random, register: str, lang: str, layout: int) -> tuple[str, V.Doc]:
    region, tld, tel, mob, mail, _ext, _s, iban_l, member_l, names, domains, say, head = L[lang]
    title, lead, ref_l, other_l = PEOPLE[register][lang]
    d = V.Doc()
    host = f"https://www.{register.split('_')[0]}-{rng.randint(2, 99)}.{tld}/{rng.choice(['info', 'news', 'page', 'aktuell'])}"
    regs = [region] * 5 + [rng.choice(FOREIGN)]
    people = rng.sample(names, k=min(len(names), rng.randint(2, 3)))
    if layout == 0:  # label block
        if rng.random() < 0.3:  # value at the very start
            d.v("PHONE_NUMBER", lang_phone(rng, lang, region, "nat")).t(f" — {title}\n\n")
        else:
            d.t(f"{title}\n\n")
        d.t(lead + "\n\n")
        for nm in people:
            d.t(f"{nm}\n{tel}: ").v("PHONE_NUMBER", lang_phone(rng, lang, rng.choice(regs)))
            if rng.random() < 0.5:
                d.t(f" / {mob}: ").v("PHONE_NUMBER", lang_phone(rng, lang, region, rng.choice(["nat", "regroup", "intl"])))
            if rng.random() < 0.6:
                d.t(f"\n{mail}: ").v("EMAIL_ADDRESS", V.email(rng, rng.choice(["", nm]) or "kontakt", domains))
            k, val = neg(rng, lang, ref_l, other_l)[0]
            d.t(f"\n{k}{': ' if k else ''}{val}\n\n")
        if lang in IBAN_COUNTRY and rng.random() < 0.5:
            d.t(f"{iban_l}: ").v("IBAN_CODE", V.iban(rng, IBAN_COUNTRY[lang])).t(f" ({member_l} {V.phoneish(rng)})\n")
        if rng.random() < 0.4:
            d.t("<a href=\"tel:").v("PHONE_NUMBER", V.phone(rng, region, "e164")).t(f"\">{tel}</a>")
        else:
            d.t(f"{ref_l} {V.phoneish(rng)}")
    elif layout == 1:  # table whose header names the phone column
        d.t(f"{title}\n\n{head[0]} | {head[1]} | {ref_l} | {head[2]}\n")
        d.t("-" * 12 + "+" + "-" * 16 + "+" + "-" * 10 + "+" + "-" * 10 + "\n")
        for _ in range(rng.randint(3, 6)):
            nm = rng.choice(names)
            d.t(f"{nm} | ").v("PHONE_NUMBER", lang_phone(rng, lang, rng.choice(regs), rng.choice(["nat", "regroup", "regroup", "bracket", "slash", "notrunk_sp"])))
            d.t(f" | {V.phoneish(rng)} | ")
            r = rng.random()
            if r < 0.3:
                d.v("PHONE_NUMBER", lang_phone(rng, lang, region, "nat"))
            elif r < 0.55:
                d.v("EMAIL_ADDRESS", V.email(rng, nm, domains))
            else:
                d.t(f"{rng.randint(1, 28)}.{rng.randint(1, 12)}. {rng.randint(6, 20)}:{rng.choice(['00', '15', '30', '45'])}")
            d.t("\n")
        d.t(f"\n{lead}")
        if rng.random() < 0.5:
            d.t(f" {mail}: ").v("EMAIL_ADDRESS", V.email(rng, "", domains))
    else:  # prose / chat: numbers only the sentence marks
        d.t(f"{title}\n\n{lead} ")
        pre, post = say.split("{p}")
        d.t(pre).v("PHONE_NUMBER", lang_phone(rng, lang, region, rng.choice(["nat", "regroup", "intl", "00", "plus0"]))).t(post + "\n")
        for k, val in neg(rng, lang, ref_l, other_l)[:3]:
            d.t(f"{k} {val}; " if k else f"{val}; ")
        d.t("\n")
        nm = rng.choice(names)
        d.t(f"[{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}] {nm}: ")
        if rng.random() < 0.5:
            d.v("PHONE_NUMBER", lang_phone(rng, lang, region, "regroup")).t(", ").v("PHONE_NUMBER", lang_phone(rng, lang, region, "nat"))
        else:
            d.t("(").v("PHONE_NUMBER", lang_phone(rng, lang, rng.choice(regs), "intl")).t(")")
        d.t("\n")
        if rng.random() < 0.5:
            d.t(f"{mail} → ").v("EMAIL_ADDRESS", V.email(rng, nm, domains)).t("\n")
        if rng.random() < 0.3 and lang in IBAN_COUNTRY:
            d.v("IBAN_CODE", V.iban(rng, IBAN_COUNTRY[lang], compact=False)).t(f" — {iban_l}\n")
    return host, d


def _ids():
    n = 0
    while True:
        n += 1
        yield f"{HALF}-{n:05d}"


def generate(half: str = HALF) -> list[dict]:
    rows: list[dict] = []
    ids = _ids()

    def add(register: str, lang: str, url: str, d: V.Doc) -> None:
        text = d.text()
        rows.append({"id": next(ids), "half": HALF, "register": register, "url": url, "language": lang,
                     "text": text, "spans": d.spans})

    for register, langs in PEOPLE.items():
        n = 44
        for i in range(n):
            lang = list(langs)[i % len(langs)]
            rng = random.Random(f"{SEED}:{register}:{i}")
            url, d = people_doc(rng, register, lang, i % 3)
            add(register, lang, url, d)
    for register, fn in US.items():
        for i in range(44):
            rng = random.Random(f"{SEED}:{register}:{i}")
            url, d = fn(rng, i % 3)
            add(register, "en", url, d)
    for register, fn in MACHINE.items():
        for i in range(38):
            rng = random.Random(f"{SEED}:{register}:{i}")
            url, d = fn(rng, i % 3)
            add(register, "en", url, d)
    V.check_rows(rows)
    return rows


def check_rows(rows: list[dict]) -> None:
    V.check_rows(rows)


def load() -> list[dict]:
    return read_rows(DATA)


def main() -> None:
    rows = generate()
    if "--write-set" in sys.argv:
        DATA.write_text("".join(__import__("json").dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    print(f"{HALF}: {len(rows)} documents, {total} spans")
    for t, c in types.most_common():
        print(f"  {t:14s} {c:6d} {100 * c / total:5.1f}%")
    print("registers:", len({r['register'] for r in rows}))
    for k, c in sorted(Counter(r["register"] for r in rows).items()):
        print(f"  {k:40s} {c}")
    print("languages:", dict(sorted(Counter(r["language"] for r in rows).items())))


if __name__ == "__main__":
    main()
