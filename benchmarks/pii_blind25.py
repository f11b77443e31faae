"""A twenty-fifth blind PII test set (issue 26): 30 registers no earlier generator names, 23
languages, weighted to e-mail addresses among many "@" strings that are not mailboxes (~25% of
spans), US SSNs marked only by a header, a trailing label or the sentence (~15%), and phones.

Written by a twenty-fifth helper who read only the issue brief, the module docstrings of the other
PII generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other
generators' templates or value makers, nor BENCHMARKS.md's PII section. The PII step was never run
on this set while it was written: the lead scores it once, at the end. Every template, phrase and
value maker is new (here, benchmarks/pii_blind25_values.py and benchmarks/pii_blind25_lexicon.py).

    python benchmarks/pii_blind25.py               # counts per type, register and language
    python benchmarks/pii_blind25.py --write-set   # (re)writes benchmarks/data/pii_blind25.jsonl

Registers (30, each in three layouts, at most 50 documents):
- people's pages from education and health life, each wholly in its language (two languages per
  register): PTA newsletters (de tr), cram-school trial lessons (ja ko), student-housing boards
  (pl ru), health check-up bookings (zh th), school-bus registrations (it el), exam-coaching
  admissions (hi fa), swim-club member lists (nl sv), pharmacy prescription-ready notices (pt es),
  home-nursing services (ar he), speech-therapy reminders (fr cs), kindergarten waiting lists
  (uk bg), blood-test lab notices (ru zh); layouts: label block, table with the header above,
  prose / chat with a signature;
- US paperwork and exports (en): K-12 enrollment residency affidavits, federal work-study
  timesheets, teacher certification fingerprint applications, dental claim forms, nursing licence
  renewals, pharmacy patient profile exports, substitute-teacher payroll exports, hospital
  charity-care applications; layouts: printed form, spreadsheet pasted as text (SSN column header
  far above, dashed / spaced / dotted / unseparated), letter or chat where only the sentence or a
  label after the value marks the SSN;
- machine output of mail and identity systems (en): Gmail "show original" headers, Exchange Online
  headers, Thunderbird mbox exports (mbox "From " lines, quoted replies, forwarded blocks, vCards),
  Mailman pipermail archive pages, amavisd-new / SpamAssassin logs, SendGrid / Mailgun event
  webhooks, TLS-RPT and DMARC failure (ARF) reports, Okta / Azure AD sign-in logs, Shibboleth IdP
  audit logs with SAML attributes, OTRS / RT ticketing mail-gateway logs.

E-mail weighting: Message-ID / In-Reply-To / References values in the shapes of Gmail, Outlook,
Apple Mail, Thunderbird, mutt, Yahoo, Amazon SES, GitHub, Jira, Discourse, Mailchimp and list
managers; Received ids, DKIM / ARC fields (`header.i=@domain`), List-Unsubscribe / List-Post mailto
(the address labelled), Return-Path and envelope senders (VERP, BATV, SRS rewritten senders are
mailboxes, labelled), mbox "From " lines, quoted-reply and forwarded-message headers, plus tags,
subdomains, punycode domains, long new TLDs, quoted local parts. Unlabelled "@" strings beside them:
Message-IDs, npm / go package@version pins, image@sha256 digests, user@host prompts and ssh
commands, git remotes, @mentions, `@media` / `@import`, Python / ObjC decorators and keywords,
`@2x.png`, obfuscated and pipermail " at " addresses.
Hard negatives elsewhere: order / invoice / ISBN / IMEI numbers, dates, coordinates, meter readings,
masked and Luhn-invalid cards, wrong-check IBANs, masked SSNs (XXX-XX-1234), ITINs, EINs, invalid
areas, 3-2-4 claim and part numbers, netmasks, loopback, OIDs, IP-shaped versions.

Span rules (the project's policy): a span is exactly the value (no label, bracket, "mailto:",
port, CIDR prefix, zone id or trailing punctuation); e-mails need "@" and a dotted domain; IPs
exclude loopback, unspecified, netmasks and broadcast; IBANs with valid check digits (print groups,
lower case); cards Luhn-valid with a real brand prefix and length; US SSNs only in the issued range,
unseparated only where marked; phones valid per phonenumbers.

Gold is checked on writing and by tests/test_pii_blind25_set.py (`check_rows`): span text equals
text[start:end], no overlaps, not glued to an ASCII letter or digit, per-type validity.
Deterministic: string seeds per document.
"""

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pii_blind import read_rows
from benchmarks.pii_blind25_lexicon import LANG, PEOPLE
from benchmarks.pii_blind25_mail import MACHINE
from benchmarks.pii_blind25_us import US
from benchmarks.pii_blind25_values import (
    Doc,
    card,
    check_rows,
    email,
    iban,
    lookalikes,
    phone,
)

SEED = 250025
DATA = Path(__file__).resolve().parent / "data" / "pii_blind25.jsonl"
HALF = "blind25"
__all__ = ["DATA", "SEED", "check_rows", "generate", "load"]


def _person(r, L, i):
    name = L["names"][i % len(L["names"])]
    local = L["ascii"][i % len(L["ascii"])]
    return name, local


def people_page(r: random.Random, reg: str, lang: str, layout: int) -> Doc:
    L = LANG[lang]
    lab = L["lab"]
    title, intro, col = PEOPLE[reg][lang]
    region = L["region"]
    d = Doc()
    if r.random() < 0.15:  # value at the very start
        d.v("PHONE_NUMBER", phone(r, region, "intl")).t(" · ")
    d.t(f"{title}\n{intro}\n\n")
    if layout == 0:  # label block
        for i in range(r.randint(1, 2)):
            name, local = _person(r, L, r.randint(0, 3))
            d.t(f"{lab['name']}: {name}\n")
            d.t(f"{lab['tel']}: ").v("PHONE_NUMBER", phone(r, region, r.choice(["nat", "nat", "intl", "dots"]))).t("\n")
            if r.random() < 0.5:
                d.t(f"{lab['mob']} ").v("PHONE_NUMBER", phone(r, region, "nat", mobile=True)).t("\n")
            d.t(f"{lab['mail']}: ").v("EMAIL_ADDRESS", email(r, local, r.choice(L["domains"]))).t("\n")
        if L["iban"]:
            d.t(f"{lab['iban']}: ").v("IBAN_CODE", iban(r, L["iban"])).t("\n")
        d.t(f"{lab['card']}: ").v("CREDIT_CARD", card(r)).t("\n")
        d.t(f"{lab['order']}: {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}\n")
        d.t(f"{lab['date']}: {L['datef']} · {lab['fee']}: {L['amount']} · {lab['zip']} {L['zipv']}\n")
    elif layout == 1:  # table, header above
        hdr = [lab["name"], col[0], lab["tel"], lab["mail"]]
        sep = r.choice([" | ", "\t", ";"])
        d.t(sep.join(hdr) + "\n")
        for i in range(r.randint(3, 5)):
            name, local = _person(r, L, i)
            d.t(f"{name}{sep}{col[1 + i % 4]}{sep}")
            if r.random() < 0.85:
                d.v("PHONE_NUMBER", phone(r, region, r.choice(["nat", "nat", "intl", "e164"])))
            else:
                d.t(f"{r.randint(100, 999)}-{r.randint(1000, 9999)}")  # an internal number, not a phone
            d.t(sep)
            if r.random() < 0.8:
                d.v("EMAIL_ADDRESS", email(r, local + (str(r.randint(1, 99)) if i > 3 else ""), r.choice(L["domains"])))
            else:
                d.t(f"@{local.replace('.', '_')}")  # a handle
            d.t("\n")
        if L["iban"]:
            d.t(f"\n{lab['iban']}: ").v("IBAN_CODE", iban(r, L["iban"]))
        d.t(f"\n{lab['card']}: ").v("CREDIT_CARD", card(r))
        d.t(f"\n{lab['note']}: " + "; ".join(lookalikes(r, lang, 2)) + "\n")
    else:  # prose / chat with a signature
        name, local = _person(r, L, r.randint(0, 3))
        d.f(L["call"], ("PHONE_NUMBER", phone(r, region, r.choice(["nat", "intl", "nat"]))))
        d.t(" ")
        d.f(L["write"], ("EMAIL_ADDRESS", email(r, local, r.choice(L["domains"]))))
        d.t("\n")
        if L["iban"]:
            d.f(L["wire"], ("IBAN_CODE", iban(r, L["iban"]))).t("\n")
        d.f(L["paid"], ("CREDIT_CARD", card(r))).t("\n")
        d.t(" · ".join(lookalikes(r, lang, 2)) + "\n")
        d.t(f"\n{L['bye']}\n{name}\n")
        d.f(L["after"], ("PHONE_NUMBER", phone(r, region, "nat", mobile=True)))
        if r.random() < 0.3:
            d.t(" / ").v("EMAIL_ADDRESS", email(r, local, r.choice(L["domains"])))
    return d


def _site(reg: str, lang: str, r: random.Random) -> str:
    L = LANG[lang]
    slug = reg.replace("_", "-")
    return f"https://www.{slug.split('-')[0]}{r.randint(1, 99)}.{L['tld']}/{slug}/{r.randint(100, 9999)}"


def generate(half: str = HALF) -> list[dict]:
    rows: list[dict] = []
    jobs = []
    for reg, langs in PEOPLE.items():
        for lang in langs:
            jobs += [("people", reg, lang, k) for k in range(24)]
    for reg in US:
        jobs += [("us", reg, "en", k) for k in range(45)]
    for reg in MACHINE:
        jobs += [("mail", reg, "en", k) for k in range(30)]
    for kind, reg, lang, k in jobs:
        r = random.Random(f"{SEED}/{reg}/{lang}/{k}")
        layout = k % 3
        if kind == "people":
            d, url = people_page(r, reg, lang, layout), _site(reg, lang, r)
        elif kind == "us":
            d, url = US[reg](r, layout)
        else:
            d, url = MACHINE[reg](r, layout)
        row = {"id": f"{half}-{len(rows) + 1:05d}", "half": half, "register": reg, "url": url, "language": lang,
               "text": d.text(), "spans": d.spans}
        check_rows([row])
        rows.append(row)
    return rows


def load() -> list[dict]:
    return read_rows(DATA)


def main() -> None:
    import json

    rows = generate()
    if "--write-set" in sys.argv:
        DATA.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
        print(f"wrote {DATA}")
    types = Counter(s["type"] for x in rows for s in x["spans"])
    print(f"{len(rows)} documents, {sum(types.values())} spans")
    for k, v in types.most_common():
        print(f"  {k:14s} {v}")
    print("registers:", len({x['register'] for x in rows}))
    for k, v in sorted(Counter(x["register"] for x in rows).items()):
        print(f"  {k:40s} {v}")
    print("languages:", dict(sorted(Counter(x["language"] for x in rows).items())))


if __name__ == "__main__":
    main()
