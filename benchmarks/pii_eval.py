"""PII measured on labelled sets from two generators, the shared dev set, and the real pages.

    python benchmarks/pii_eval.py --baseline OLD_CHECKOUT # every set, real-page hits, step speed
                                                          # (OLD_CHECKOUT's step beside this one, each
                                                          # in its own processes, alternating);
                                                          # writes `## PII beyond the dev set` of BENCHMARKS.md
    python benchmarks/pii_eval.py --half tune --no-write --show-errors 40
    python benchmarks/pii_eval.py --web --no-write        # relist the real-page hits (new ones unjudged)

This file's own generator (the "templates" sets) is described below; `pii_pages.py` is the second,
independent one (page-like documents in 12 languages, with URL and language).

Values come from libraries' own metadata, not from the recognizers being measured:
- phones: `phonenumbers` example numbers for every region and number type (fixed line, mobile,
  toll free, ...), last digits varied while the number stays valid, written national,
  international, E.164, with "00" for "+", with a "(0)" trunk prefix, and regrouped unusually;
- IBANs: random BBANs built from `schwifty`'s copy of the SWIFT IBAN registry (per-country
  length and character classes), check digits by ISO 7064 mod 97; grouped by 4, unspaced,
  lowercase, lowercase and spaced;
- cards: Luhn-valid numbers of nine brands and their lengths (12-19 digits), with and without
  separators; e-mails with sub-addresses ("+tag"), dots, hyphens, subdomains; IPv4 and IPv6
  (full, compressed, IPv4-mapped); US SSNs.
Each template family writes paragraphs in its own register (contact blocks, forum complaints,
server logs, forms, e-mail signatures, CSV exports, multilingual contact lines, chat messages),
with and without context words, beside look-alikes that are not PII (dates, times, prices,
ISBNs, order and tracking numbers, versions, coordinates, hashes, Luhn-invalid card-like numbers,
IBAN-like strings with a wrong checksum). Families are split in two halves: the recognizers and
thresholds were tuned on `tune` only; `held` is reported as the claim.

Phones that no reader could tell from another number (a national number without trunk prefix,
separators or a context word, such as Danish "32123456" alone) are not planted: see docs/pii.md's PII
policy. `web_hits()` runs the scrubber over the real pages (`real_pages()`); every hit is listed in
benchmarks/data/pii_web_hits.tsv with a verdict (PII or not) from reading it.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import string
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
SEED = 14
WEB_HITS = Path(__file__).resolve().parent / "data" / "pii_web_hits.tsv"
SHARED_PII = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "pii"
# Held-back sets: their errors are never printed. Matched by exact name ("blind2" is not blind20).
HELD_SETS = frozenset({"dev", "blind2", "wild held", "hard held", "blind36"})
# Blind sets 14 and up (benchmarks/pii_blind<N>.py; issue 26), each written by an author who read
# neither the step nor the other generators' code: N -> (the main commit it was scored with once,
# the round whose branch then read its errors, making it a tuning set). None: not yet.
BLIND_ROUNDS = {
    14: (None, "pii-classes12"), 15: (None, "pii-classes13"), 16: (None, "pii-classes14"),
    17: (None, "pii-classes15"), 18: ("b1b4f96", "pii-classes16"), 19: ("b1b4f96", "pii-classes16"),
    20: ("dc08d16", "pii-classes17"), 21: ("0963ef1", "pii-classes18"),
    22: ("972a9e8", "pii-classes19"), 23: ("9af6292", "pii-classes20"),
    24: ("872c64c", "pii-classes21"), 25: ("a81024d", "pii-classes22"),
    26: ("03742d0", "pii-classes23"), 27: ("8c11f50", "pii-classes24"),
    28: ("733fa85", "pii-classes25"), 29: ("6f71393", "pii-classes26"),
    30: ("e412a09", "pii-classes27"), 31: ("6995ed7", "pii-classes28"),
    32: ("a15f6ca", "pii-classes29"), 33: ("1f37f9a", "pii-classes30"), 34: ("c6dd4f7", "pii-classes31"),
    35: ("6456ea7", "pii-classes32"),
    36: ("135d532", None),
}


def blind_modules() -> list:
    """(N, module) of every blind set 14 and up present beside this file, by N."""
    import importlib

    found = sorted(int(m.group(1)) for path in Path(__file__).resolve().parent.glob("pii_blind*.py")
                   if (m := re.fullmatch(r"pii_blind(\d+)\.py", path.name)) and int(m.group(1)) >= 14)
    return [(number, importlib.import_module(f"pii_blind{number}")) for number in found]


# --- values -------------------------------------------------------------------------------------

PHONE_TYPES = (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
               PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.VOIP,
               PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.UAN)
# Regions whose numbers are planted (phonenumbers has ~245; these are the ones web text in the
# languages the pipeline keeps mostly carries, plus a spread of others).
PHONE_REGIONS = ("US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "IT", "ES", "PT",
                 "SE", "NO", "DK", "FI", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "HR", "SI",
                 "RS", "UA", "RU", "TR", "IL", "AE", "SA", "EG", "ZA", "NG", "KE", "IN", "PK",
                 "CN", "HK", "TW", "JP", "KR", "SG", "MY", "ID", "PH", "TH", "VN", "AU", "NZ",
                 "BR", "AR", "MX", "CL", "CO", "PE")


def _valid_number(rng: random.Random, region: str):
    """A valid number of `region`: an example number with its last digits varied."""
    types = [t for t in PHONE_TYPES if phonenumbers.example_number_for_type(region, t)]
    kind = rng.choice(types)
    example = phonenumbers.example_number_for_type(region, kind)
    national = str(example.national_number)
    for _ in range(30):
        tail = min(4, len(national) - 3)
        candidate = national[:-tail] + "".join(rng.choice(string.digits) for _ in range(tail))
        number = phonenumbers.PhoneNumber(country_code=example.country_code,
                                          national_number=int(candidate),
                                          italian_leading_zero=example.italian_leading_zero,
                                          number_of_leading_zeros=example.number_of_leading_zeros)
        if phonenumbers.is_valid_number(number):
            return number
    return example


MIN_PHONE_DIGITS = 7  # shorter numbers are service codes ("112", "14 013"): not planted


def _national_prefix(region: str) -> str | None:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return metadata.national_prefix if metadata is not None else None


def _regroup(digits: str, rng: random.Random) -> str:
    """Digits split into groups of 2-4 with one separator kind: an unusual grouping."""
    sep = rng.choice([" ", " ", "-", ".", " "])
    groups, i = [], 0
    while i < len(digits):
        left = len(digits) - i
        size = left if left <= 4 else rng.choice([s for s in (2, 3, 4) if left - s >= 2])
        groups.append(digits[i:i + size])
        i += size
    if [len(g) for g in groups] == [3, 2, 4]:  # that is a US SSN's shape
        groups = [digits[:3], digits[3:6], digits[6:]]
    if sep == "." and len(groups) == 4 and all(len(g) <= 3 for g in groups):
        sep = " "  # four dotted groups of 1-3 digits read as an IPv4 address
    return sep.join(groups)


def phone(rng: random.Random, *, context_free: bool = False) -> str:
    """A phone number as people write it. `context_free`: only forms a reader recognises without
    a context word (international, or national with a trunk prefix / NANP grouping)."""
    region = rng.choice(PHONE_REGIONS)
    number = _valid_number(rng, region)
    while len(phonenumbers.national_significant_number(number)) < MIN_PHONE_DIGITS:
        number = _valid_number(rng, region)
    cc, nsn = number.country_code, phonenumbers.national_significant_number(number)
    prefix = _national_prefix(region)
    styles = ["international", "international", "e164", "00", "regrouped_intl"]
    if prefix == "0":
        styles += ["trunk0", "trunk0"]
    if prefix and (not context_free or prefix == "0" or cc == 1):
        styles += ["national", "national", "regrouped_national"]
    style = rng.choice(styles)
    if style == "international":
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if style == "00":
        return "00" + phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)[1:]
    if style == "trunk0":  # "+44 (0)20 7946 0958"
        rest = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL).split(" ", 1)[1]
        return f"+{cc} (0){rest}" if rng.random() < 0.5 else f"+{cc} (0) {rest}"
    if style == "regrouped_intl":
        return f"+{cc} {_regroup(nsn, rng)}"
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if style == "regrouped_national" and not (context_free and cc == 1):
        national = (prefix if cc != 1 else "") + _regroup(nsn, rng)
    if context_free and not (national.startswith(("0", "(0")) or (cc == 1 and len(nsn) == 10)):
        # without a trunk prefix or a NANP shape, a national number needs a context word
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    return national


CARD_BRANDS = (  # (prefixes, lengths): the issuers' published IIN ranges and lengths
    (("4",), (13, 16, 19)),                                       # Visa
    (("51", "52", "53", "54", "55", "2221", "2500", "2720"), (16,)),  # Mastercard
    (("34", "37"), (15,)),                                        # American Express
    (("6011", "644", "65"), (16, 19)),                            # Discover
    (("3528", "3589"), (16, 19)),                                 # JCB
    (("36", "300", "305", "38"), (14,)),                          # Diners Club
    (("5018", "5020", "5038", "6304", "6759", "6761"), (12, 13, 15, 16, 18, 19)),  # Maestro
    (("62",), (16, 17, 18, 19)),                                  # UnionPay
    (("2200", "2204"), (16,)),                                    # Mir
)


def luhn_complete(body: str) -> str:
    total = 0
    for i, digit in enumerate(reversed(body)):
        value = int(digit) * (1 if i % 2 else 2)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    prefixes, lengths = rng.choice(CARD_BRANDS)
    prefix, length = rng.choice(prefixes), rng.choice(lengths)
    digits = luhn_complete(prefix + "".join(rng.choice(string.digits)
                                            for _ in range(length - len(prefix) - 1)))
    style = rng.choice(["plain", "spaces", "dashes", "spaces"])
    if style == "plain":
        return digits
    sep = " " if style == "spaces" else "-"
    if length == 15 and prefix in ("34", "37"):
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i:i + 4] for i in range(0, length, 4))


def _iban_specs() -> dict[str, dict]:
    import importlib.resources

    from schwifty import registry

    names = json.loads((importlib.resources.files("schwifty") / "iban_registry" / "generated.json")
                       .read_text(encoding="utf-8"))
    return {cc: {"bban_spec": registry.get_iban_spec(cc).bban_spec} for cc in sorted(names)}


_CHARS = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}


def iban(rng: random.Random, specs: dict) -> str:
    import re

    country = rng.choice(sorted(specs))
    bban = ""
    for count, kind in re.findall(r"(\d+)!([nac])", specs[country]["bban_spec"]):
        bban += "".join(rng.choice(_CHARS[kind]) for _ in range(int(count)))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    code = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    style = rng.choice(["grouped", "grouped", "plain", "lower", "lower_grouped"])
    if style in ("grouped", "lower_grouped"):
        code = " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return code.lower() if style.startswith("lower") else code


def bad_iban(rng: random.Random, specs: dict) -> str:
    """IBAN-shaped, wrong check digits."""
    good = iban(rng, specs).replace(" ", "").upper()
    check = (int(good[2:4]) + rng.randint(1, 96)) % 97
    check = check if check >= 2 else check + 2
    return good[:2] + f"{check:02d}" + good[4:]


FIRST = ("anna", "jon", "maria", "li", "ahmed", "sven", "chloe", "raj", "olga", "pedro", "kim",
         "fatima", "lucas", "mei", "tom", "ines")
LAST = ("smith", "muller", "dubois", "rossi", "garcia", "nowak", "kowalski", "tanaka", "okafor",
        "silva", "jensen", "novak", "ivanova", "haddad", "oconnor", "lee")
DOMAINS = ("example.org", "example.com", "mail.example.net", "example.co.uk", "uni-example.de",
           "example.fr", "dept.example.edu", "example.com.au", "post.example.io", "example.nl")


def email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{first}.{last}", f"{first}{rng.randint(1, 99)}", f"{first[0]}{last}",
                        f"{first}_{last}", f"{first}-{last}", f"{first}.{last}+{rng.choice(['news', 'shop', 'spam', 'work', 'x'])}",
                        f"{first}+{rng.choice(['tag', 'orders', '2024'])}", f"{last}.{first[0]}"])
    address = f"{local}@{rng.choice(DOMAINS)}"
    return address if rng.random() > 0.15 else address.capitalize()


def ipv4(rng: random.Random) -> str:
    first = rng.choice([rng.randint(11, 223), 10, 172, 192])
    second = {172: rng.randint(16, 31), 192: 168}.get(first, rng.randint(0, 255))
    return f"{first}.{second}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    import ipaddress

    groups = [rng.choice(["2001", "2a02", "2600", "fe80", "fd12", "2a00"])] + \
             [f"{rng.randint(0, 0xffff):x}" for _ in range(7)]
    style = rng.choice(["full", "compressed", "compressed", "zeros", "mapped", "upper"])
    if style == "zeros":  # a run of zero groups: "2001:db8::8a2e:370:7334"
        start = rng.randint(1, 5)
        for i in range(start, start + rng.randint(2, 3)):
            groups[i] = "0"
    address = ipaddress.IPv6Address(":".join(groups))
    if style == "full":
        return address.exploded
    if style == "mapped":
        return f"::ffff:{ipv4(rng)}"
    text = address.compressed
    return text.upper() if style == "upper" else text


def ip(rng: random.Random) -> str:
    return ipv4(rng) if rng.random() < 0.5 else ipv6(rng)


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return value if rng.random() < 0.8 else value.replace("-", " ")


# --- look-alikes (not PII) ----------------------------------------------------------------------

def lookalike(rng: random.Random, specs: dict) -> str:
    options = [
        lambda: f"version {rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
        lambda: f"on {rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        lambda: f"on {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1990, 2025)}",
        lambda: f"from {rng.randint(8, 11)}:{rng.choice(['00', '30'])} to {rng.randint(12, 18)}:00",
        lambda: f"for {rng.randint(5, 999)},{rng.randint(0, 99):02d} EUR",
        lambda: f"for ${rng.randint(1, 99)},{rng.randint(100, 999)}.{rng.randint(0, 99):02d}",
        lambda: f"ISBN 978-{rng.randint(0, 9)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}",
        lambda: f"order #{rng.randint(10000, 99999999)}",
        lambda: f"tracking number {rng.choice(['1Z', 'JJD', 'RR'])}{rng.randint(10**9, 10**12)}",
        lambda: f"item {rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
        lambda: f"at {rng.uniform(-80, 80):.6f}, {rng.uniform(-170, 170):.6f}",
        lambda: f"commit {''.join(rng.choice('0123456789abcdef') for _ in range(12))}",
        lambda: f"in {rng.randint(1950, 1999)}-{rng.randint(2000, 2024)}",
        lambda: f"population {rng.randint(1, 999):,}".replace(",", " ") + f" {rng.randint(100, 999)}",
        lambda: f"reference {luhn_complete(str(rng.randint(10**14, 10**15 - 1)))[:-1]}{rng.choice('0123456789')}X",
        lambda: f"code {bad_iban(rng, specs)}",
        lambda: f"build {rng.randint(10, 99)}.{rng.randint(0, 9)}.{rng.randint(10000, 99999)}.{rng.randint(1000, 9999)}",
        lambda: f"postcode {rng.randint(10000, 99999)}",
        lambda: f"page {rng.randint(1, 400)} of {rng.randint(400, 900)}",
        lambda: f"user id {rng.randint(10**5, 10**7)}",
        lambda: f"room {rng.randint(100, 999)}",
        lambda: f"{rng.randint(2, 40)} x {rng.randint(2, 40)} cm",
        lambda: f"mac {':'.join(f'{rng.randint(0, 255):02x}' for _ in range(6))}",
        lambda: f"uuid {''.join(rng.choice('0123456789abcdef') for _ in range(8))}-"
                f"{''.join(rng.choice('0123456789abcdef') for _ in range(4))}-4"
                f"{''.join(rng.choice('0123456789abcdef') for _ in range(3))}",
        lambda: f"score {rng.randint(0, 9)}-{rng.randint(0, 9)}",
        lambda: f"time 1:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}",
        lambda: f"sku {rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
    ]
    return rng.choice(options)()


# --- template families --------------------------------------------------------------------------

@dataclass
class Writer:
    """Builds one paragraph, keeping the character spans of what is planted."""

    rng: random.Random
    specs: dict
    parts: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    length: int = 0

    def text(self, piece: str) -> None:
        self.parts.append(piece)
        self.length += len(piece)

    def pii(self, entity: str, value: str) -> None:
        self.spans.append({"type": entity, "start": self.length, "end": self.length + len(value),
                           "text": value})
        self.text(value)

    def fill(self, template: str, **values) -> None:
        """`template` with {name} slots; values are (entity or None, text)."""
        import re

        for piece in re.split(r"(\{\w+\})", template):
            if piece.startswith("{") and piece.endswith("}"):
                entity, value = values[piece[1:-1]]
                self.pii(entity, value) if entity else self.text(value)
            else:
                self.text(piece)

    def value(self, entity: str, context_free: bool = False) -> tuple[str, str]:
        rng = self.rng
        make = {"EMAIL_ADDRESS": lambda: email(rng),
                "PHONE_NUMBER": lambda: phone(rng, context_free=context_free),
                "IP_ADDRESS": lambda: ip(rng), "CREDIT_CARD": lambda: card(rng),
                "IBAN_CODE": lambda: iban(rng, self.specs), "US_SSN": lambda: ssn(rng)}[entity]
        return entity, make()

    def noise(self) -> tuple[None, str]:
        return None, lookalike(self.rng, self.specs)


# Each family: a list of sentence templates; a paragraph takes 3-6 of them. Slots: {p} phone with
# a context word, {q} phone without one, {e} e-mail, {i} IP, {c} card, {b} IBAN, {s} SSN,
# {n} look-alike.
FAMILIES: dict[str, tuple[str, list[str]]] = {
    # --- tuning half
    "contact_block": ("tune", [
        "Contact us: phone {p}, e-mail {e}.",
        "Tel. {p} | Fax {p}",
        "Call our hotline on {p} (Mon-Fri) or write to {e}.",
        "Customer service: {q}.",
        "Our office is open {n}.",
        "Questions? Mail {e} and mention {n}.",
        "Mobile: {p}",
        "WhatsApp {p} or {q}.",
        "Head office {q}, sales {q}.",
    ]),
    "forum_complaint": ("tune", [
        "I tried calling them on {q} three times and nobody picked up.",
        "Their support address {e} never replies, {n} is still missing.",
        "They charged my card {c} twice for {n}.",
        "I asked for a refund to {b} but it bounced.",
        "Someone logged in from {i} while I was asleep.",
        "Update: the number {q} now goes to voicemail.",
        "My cc {c} was declined at checkout.",
        "Send the deposit to IBAN {b} before Friday.",
        "Posted {n}, edited later.",
    ]),
    "server_log": ("tune", [
        "Failed password for root from {i} port 22 ssh2.",
        "Accepted publickey for deploy from {i}, {n}.",
        "Bounce: mailbox {e} unavailable.",
        "Client {i} requested /index.html, {n}.",
        "Upstream {i} timed out after 30s.",
        "Alert sent to {e} and by SMS to {p}.",
    ]),
    "form_fields": ("tune", [
        "Phone number: {p}",
        "Email address: {e}",
        "Card number: {c}",
        "IBAN: {b}",
        "Social Security Number: {s}",
        "Date of birth {n}.",
        "SSN {s}, employer ID {n}.",
        "Reference: {n}",
        "Bank account {b}",
    ]),
    # --- held-back half
    "chat_messages": ("held", [
        "hey, my cell died, text me at {q} instead",
        "they're not answering at {q}, try {q} maybe?",
        "just pay to {b} and send a screenshot",
        "my paypal is {e} lol",
        "cc {c} exp 09/27, don't share",
        "ping me at {e}",
        "ok lol {n} haha",
        "the box at {i} is down again",
        "ssn is {s} if the form needs it",
    ]),
    "email_signature": ("held", [
        "Best regards, Maria Rossi | Senior Buyer | {q} | {e}",
        "T {p} M {p}",
        "Direct line {q}, switchboard {q}",
        "Reply to {e} or call {p}.",
        "Registered office {n}, company number {n}.",
        "This message was sent from {i}.",
        "Payments: {b}",
    ]),
    "multilingual_contact": ("held", [
        "Telefon: {p}, E-Mail: {e}",
        "Tél. : {p} - Courriel : {e}",
        "Teléfono {p} o correo {e}",
        "Kontonummer (IBAN): {b}",
        "Bankverbindung {b}",
        "Numéro de carte {c}",
        "Tel {p} / Telefax {p}",
        "Oeffnungszeiten {n}.",
        "Rufen Sie uns an unter {p}.",
    ]),
    "csv_export": ("held", [
        "id;name;phone;email\n{n};Anna Berg;{q};{e}",
        "{n};Jon Park;{q};{e}",
        "row {n}: {q}, {e}, {i}",
        "account,iban,card\nA-1,{b},{c}",
        "B-2,{b},{c}",
        "ssn,{s}",
        "ip_address,{i}",
    ]),
}

SLOTS = {"p": "PHONE_NUMBER", "q": "PHONE_NUMBER", "e": "EMAIL_ADDRESS", "i": "IP_ADDRESS",
         "c": "CREDIT_CARD", "b": "IBAN_CODE", "s": "US_SSN"}


def paragraph(rng: random.Random, specs: dict, templates: list[str]) -> tuple[str, list[dict]]:
    import re

    writer = Writer(rng, specs)
    chosen = rng.sample(templates, k=min(len(templates), rng.randint(3, 6)))
    for i, template in enumerate(chosen):
        if i:
            writer.text("\n" if "\n" in template or rng.random() < 0.3 else " ")
        values = {}
        slots = re.findall(r"\{(\w)\}", template)
        counter = Counter()
        for slot in slots:
            counter[slot] += 1
        # repeated slots ({p} | {p}) get separate values: rename them p, p1, p2 in order
        renamed, seen = template, Counter()
        for slot in slots:
            name = f"{slot}{seen[slot]}"
            seen[slot] += 1
            renamed = renamed.replace("{" + slot + "}", "{" + name + "}", 1)
            if slot == "n":
                values[name] = writer.noise()
            else:
                values[name] = writer.value(SLOTS[slot], context_free=slot == "q")
        writer.fill(renamed, **values)
    return "".join(writer.parts), writer.spans


def generate(per_family: int = 400, seed: int = SEED) -> list[dict]:
    """Rows {id, family, half, text, spans}; the same for the same arguments, on any machine
    with the same phonenumbers and schwifty metadata."""
    specs = _iban_specs()
    rows = []
    for f_index, (family, (half, templates)) in enumerate(FAMILIES.items()):
        rng = random.Random(seed * 1000 + f_index)
        for i in range(per_family):
            text, spans = paragraph(rng, specs, templates)
            rows.append({"id": f"{family}-{i}", "family": family, "half": half, "text": text,
                         "spans": spans})
    return rows


# --- evaluation ---------------------------------------------------------------------------------

def score(rows: list[dict], find) -> tuple[dict, list[tuple]]:
    """Per entity: tp, fp, fn, precision, recall (exact start, end and type); and the errors."""
    counts = {entity: Counter() for entity in ENTITIES}
    errors = []
    for row in rows:
        gold = {(s["type"], s["start"], s["end"]) for s in row["spans"]}
        hints = {"url": row.get("url"), "language": row.get("language")} if "url" in row else {}
        found = {(s.entity_type, s.start, s.end) for s in find(row["text"], **hints)}
        for entity, *_ in found & gold:
            counts[entity]["tp"] += 1
        for item in found - gold:
            counts[item[0]]["fp"] += 1
            errors.append(("FP", row["id"], item[0], row["text"][item[1]:item[2]], row["text"]))
        for item in gold - found:
            counts[item[0]]["fn"] += 1
            errors.append(("FN", row["id"], item[0], row["text"][item[1]:item[2]], row["text"]))
    results = {}
    for entity, c in counts.items():
        results[entity] = {"tp": c["tp"], "fp": c["fp"], "fn": c["fn"],
                               "precision": c["tp"] / max(1, c["tp"] + c["fp"]),
                               "recall": c["tp"] / max(1, c["tp"] + c["fn"])}
    return results, errors


def real_pages() -> list[dict]:
    """Every real page the project has (the shared extraction pages, the bundled sample's pages,
    the shared WARC excerpts' HTML responses), extracted by the pipeline's own TextExtractor and
    labelled by its LanguageId, as the pii step receives them: {key, url, language, text}.
    `key` names the page in benchmarks/data/pii_web_hits.tsv (an extraction page by its
    ground-truth key, as before)."""
    from _warc_input import dev_pages, page_url

    from stages.base import Doc
    from stages.extract import TextExtractor
    from stages.langid import LangIdSettings, LanguageId

    extractor, langid = TextExtractor(), LanguageId(LangIdSettings(languages=()))
    out = []
    for key, payload, charset in dev_pages():
        source, _, rest = key.partition("::")
        if source == "extraction":
            key, url = rest, rest if rest.startswith("http") else page_url(rest, 0)
        else:
            url = rest.rsplit("::", 1)[-1]
        decision, = extractor([Doc(url=url, payload=payload, charset=charset)])
        if decision.kept and decision.text:
            labelled, = langid([Doc(url=url, text=decision.text)])
            out.append({"key": key, "url": url, "text": decision.text,
                            "language": (labelled.annotations or {}).get("language")})
    return out


def load_verdicts() -> dict[tuple[str, str, str], str]:
    """(url, type, text) -> "pii" or "not_pii", as judged by reading each hit in its page."""
    verdicts = {}
    if WEB_HITS.exists():
        for line in WEB_HITS.read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip():
                verdict, entity, text, url, _context = line.split("\t")
                verdicts[(url, entity, text)] = verdict
    return verdicts


def web_hits(scrubber, pages: list[dict]) -> list[dict]:
    hits = []
    for page in pages:
        text = page["text"]
        for span in scrubber.find(text, page["url"], page["language"]):
            value = text[span.start:span.end]
            context = text[max(0, span.start - 60):span.end + 60].replace("\n", " ").replace("\t", " ")
            hits.append({"url": page["key"], "type": span.entity_type, "text": value, "context": context})
    return hits


def pii_speed(pages: list[dict], baseline: str | None, rounds: int = 3) -> dict:
    """Documents per CPU second of the pii step as a worker runs it: the step called on one batch
    of all pages. Without a baseline, in this process, `rounds` times; with one (the root of an
    earlier checkout: `git worktree add /tmp/old <commit>`), the baseline's step and this one each
    in a fresh process importing its own `stages` package, alternating, `rounds` processes each
    (a warm-up call on a few pages first). CPU: process_time of the process timing the step (the
    step starts no other process or thread). The median of the rounds."""
    if baseline:
        import pickle
        import subprocess
        import tempfile

        roots = {"baseline": str(Path(baseline).resolve()), "this": str(Path(__file__).resolve().parents[1])}
        if not (Path(roots["baseline"]) / "stages" / "pii.py").is_file():
            raise SystemExit(f"--baseline {baseline}: no stages/pii.py there (give an earlier checkout's root)")
        seconds = {name: [] for name in roots}
        with tempfile.NamedTemporaryFile(suffix=".pickle") as handle:
            pickle.dump(pages, handle)
            handle.flush()
            for _ in range(rounds):
                for name, root in roots.items():
                    run = subprocess.run([sys.executable, "-c", _SPEED_CHILD, handle.name], cwd=root,
                                         env={**os.environ, "PYTHONPATH": root}, check=True,
                                         capture_output=True, text=True)
                    seconds[name].append(float(run.stdout.split()[-1]))
        return {name: (len(pages), sorted(values)[len(values) // 2]) for name, values in seconds.items()}
    from stages.base import Doc
    from stages.pii import PiiScrubber

    step = PiiScrubber()
    docs = [Doc(url=p["url"], text=p["text"], annotations={"language": p["language"]}) for p in pages]
    seconds = []
    for _ in range(rounds):
        batch = [Doc(url=d.url, text=d.text, annotations=dict(d.annotations)) for d in docs]
        started = time.process_time()
        step(batch)
        seconds.append(time.process_time() - started)
    return {"this": (len(docs), sorted(seconds)[len(seconds) // 2])}


# One timing in a fresh process: the `stages` package of its working directory (PYTHONPATH), the
# pages pickled by `pii_speed`; prints the CPU seconds of one call on all pages.
_SPEED_CHILD = """
import pickle, sys, time
from stages.base import Doc
from stages.pii import PiiScrubber
pages = pickle.load(open(sys.argv[1], "rb"))
docs = [Doc(url=p["url"], text=p["text"], annotations={"language": p["language"]}) for p in pages]
step = PiiScrubber()
step([Doc(url=d.url, text=d.text, annotations=dict(d.annotations)) for d in docs[:20]])
started = time.process_time()
step(docs)
print(time.process_time() - started)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "held", "both"), default="both")
    parser.add_argument("--per-family", type=int, default=400)
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--dump", help="write the generated rows (JSON lines) here")
    parser.add_argument("--web", action="store_true", help="also list hits on the real pages "
                        "(rewrites " + WEB_HITS.name + "; new hits come in as `unjudged`)")
    parser.add_argument("--only", help="score only the sets whose name contains this (e.g. 'wild')")
    parser.add_argument("--skip", help="leave out these sets (comma-separated, e.g. 'blind2,wild held'): "
                        "an exact set name leaves out that set only, any other item the sets whose name contains it")
    parser.add_argument("--baseline", help="the root of an earlier checkout (`git worktree add "
                        "/tmp/old <commit>`): its pii step's documents per CPU second on the real "
                        "pages, measured beside this one's, each in its own processes")
    args = parser.parse_args()

    import pii_blind
    import pii_blind2
    import pii_blind3
    import pii_blind4
    import pii_blind5
    import pii_blind6
    import pii_blind7
    import pii_blind8
    import pii_blind9
    import pii_blind10
    import pii_blind11
    import pii_blind12
    import pii_blind13
    import pii_hard
    import pii_pages
    import pii_wild

    from stages.pii import PiiScrubber, PiiSettings

    rows = generate(args.per_family)
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    scrubber = PiiScrubber(PiiSettings())
    report = {}
    halves = ("tune", "held") if args.half == "both" else (args.half,)
    sets = [(f"templates {half}", [r for r in rows if r["half"] == half]) for half in halves]
    sets += [(f"pages {half}", pii_pages.load(half)) for half in halves]
    if args.half == "both":
        sets.append(("pages fresh", pii_pages.load("fresh")))
        sets.append(("blind", pii_blind.load("blind")))
        sets.append(("blind fresh", pii_blind.load("fresh")))
        sets.append(("blind2", pii_blind2.load()))  # issue 26: written without reading the step
        sets.append(("blind3", pii_blind3.load()))  # issue 26: a third such set, other registers
        sets.append(("blind4", pii_blind4.load()))  # issue 26: a fourth; read after its first scoring
        sets.append(("blind5", pii_blind5.load()))  # issue 26: a fifth; read after its first scoring
        sets.append(("blind6", pii_blind6.load()))  # issue 26: a sixth, likewise
        sets.append(("blind7", pii_blind7.load()))  # issue 26: a seventh, likewise
        sets.append(("blind8", pii_blind8.load()))  # issue 26: an eighth, written without reading the step
        sets.append(("blind9", pii_blind9.load()))  # issue 26: a ninth; a tuning set since it was scored
        sets.append(("blind10", pii_blind10.load()))  # issue 26: a tenth; a tuning set since it was scored
        sets.append(("blind11", pii_blind11.load()))  # issue 26: an eleventh; a tuning set since it was scored
        sets.append(("blind12", pii_blind12.load()))  # issue 26: a twelfth; a tuning set since it was scored
        sets.append(("blind13", pii_blind13.load()))  # issue 26: a thirteenth; a tuning set since it was scored
        for number, module in blind_modules():  # issue 26: blind14 and up (BLIND_ROUNDS)
            sets.append((f"blind{number}", module.load()))
        sets.append(("wild tune", pii_wild.load("tune")))
        sets.append(("wild held", pii_wild.load("held")))
        sets.append(("hard tune", pii_hard.load("tune")))  # issue 26: phone precision, card recall
        sets.append(("hard held", pii_hard.load("held")))
    dev = SHARED_PII / "pii_dev.jsonl"
    if dev.is_file():
        sets.append(("dev", [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()
                             if line.strip()]))
    if args.only:
        sets = [(name, subset) for name, subset in sets if args.only in name]
    if args.skip:
        # a skip item that names a set exactly leaves out that set only ('blind2' keeps blind20);
        # any other item leaves out the sets whose name contains it
        names = {name for name, _ in sets}
        skips = [skip.strip() for skip in args.skip.split(",") if skip.strip()]
        sets = [(name, subset) for name, subset in sets
                if not any(name == skip or (skip not in names and skip in name) for skip in skips)]
    for name, subset in sets:
        started = time.process_time()
        results, errors = score(subset, scrubber.find)
        seconds = time.process_time() - started
        report[name] = (results, len(subset), seconds)
        print(f"== {name}: {len(subset)} texts, {len(subset) / seconds:,.0f} per CPU s")
        for entity, r in results.items():
            print(f"  {entity:14s} gold {r['tp'] + r['fn']:5d}  P {r['precision']:.4f}  "
                  f"R {r['recall']:.4f}  (fp {r['fp']}, fn {r['fn']})")
        # held-back checks: their errors are never printed or read (blind3's to blind13's are, since
        # their first scoring, and each later set's since the round BLIND_ROUNDS names). The test
        # is exact per set name: "blind2" must not catch blind20 or blind24.
        if name not in HELD_SETS:
            for error in errors[:args.show_errors]:
                print("   ", error[0], error[2], repr(error[3]), "|", repr(error[4][:300]))
    if args.web or args.baseline or not args.no_write:
        pages = real_pages()
        report["web"] = web_report(scrubber, pages, rewrite=args.web)
        report["speed"] = pii_speed(pages, args.baseline)
        for name, (docs, seconds) in report["speed"].items():
            print(f"== speed {name}: {docs} documents in {seconds:.2f} CPU s, "
                  f"{docs / seconds:,.0f} documents per CPU s")
    if not args.no_write:
        write(report, args)


def web_report(scrubber, pages: list[dict], rewrite: bool) -> dict:
    verdicts = load_verdicts()
    hits = web_hits(scrubber, pages)
    unjudged = [h for h in hits if (h["url"], h["type"], h["text"]) not in verdicts]
    if rewrite:
        WEB_HITS.parent.mkdir(exist_ok=True)
        lines = ["verdict\ttype\ttext\turl\tcontext"]
        for h in hits:
            verdict = verdicts.get((h["url"], h["type"], h["text"]), "unjudged")
            lines.append("\t".join([verdict, h["type"], h["text"], h["url"], h["context"]]))
        WEB_HITS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    per_type = {}
    for h in hits:
        verdict = verdicts.get((h["url"], h["type"], h["text"]), "unjudged")
        source = "extraction" if "::" not in h["url"] or h["url"].startswith("hard::") else \
            h["url"].split("::", 1)[0]
        per_type.setdefault((source, h["type"]), Counter())[verdict] += 1
    print(f"== web: {len(hits)} hits on {len(pages)} real pages, {len(unjudged)} unjudged")
    for key, c in sorted(per_type.items()):
        print(f"  {key[0]:10s} {key[1]:14s} {dict(c)}")
    return per_type


def write(report: dict, args) -> None:
    from _report import machine, markdown_table, versions, write_section

    body = [
        ("Command: `python benchmarks/pii_eval.py` (speed against main: `python benchmarks/ab_paired.py "
        "pii`, below). "
        f"Machine: {machine()}. Versions: {versions('presidio_analyzer', 'phonenumbers', 'schwifty')}. "
        "Held by `tests/stages/test_pii.py` (floors just under the numbers below). Span-level: a "
        "span counts only with its exact start, end and type. Goal: recall >= 0.97 and precision "
        ">= 0.97 per type on every set."),
        ("Which sets are blind: **blind2**, **wild held** and **hard held** never had their errors "
        "printed; blind2 was scored once in the hard round and is left out of the table "
        "(`--skip blind2`: its figures are in the hard paragraph below), hard held's blind figure is "
        "its first scoring (below; the table's is a second one, after fixes found on its templates "
        "under another seed, so not blind). **pages fresh** and **blind fresh** had only per-type "
        "figures printed too, but pages fresh's were looked at while the hard round's card rules "
        "were fixed (below). Every other set (templates, pages tune and held, blind, wild tune, hard "
        "tune) has had its errors read. **dev** errors are never printed. **blind3** "
        "(`benchmarks/pii_blind3.py`, issue 26: a seventh generator, written by someone who read "
        "neither the step nor any other generator's templates: 1,355 documents, 31 registers new to "
        "these sets (court and procurement notices, donation pages, admission forms, vehicle ads, "
        "tenancy agreements, restaurants, fixtures, app reviews, chats, call scripts, funeral "
        "notices, author blocks, hotel folios, firewall, DNS and Kubernetes configs, Markdown "
        "tables, mail headers, SEPA mandates, US forms), 22 languages, 89 phone regions, 14 card "
        "brands, IBANs of 66 countries, 1,099 IPs) never had its errors printed. Its first scoring, "
        "with the hard round's step: e-mail P 0.9836, phone P / R 0.9587, **IP P 0.7432 / R "
        "0.9136**, card R 0.9706, US SSN R 0.9662, IBAN 1.0. The IP rules were then changed for the "
        "span rules its author states, not for its errors (an IPv6 zone id is not in the span; "
        "netmasks, wildcard masks, 127.0/16, ::1 and :: name no host; four dotted numbers after a "
        "version word are a version), with unit cases written for them: IP P 0.9196 / R 0.9682 (the "
        "table), so blind3's IP figure is no longer fully blind. **blind3 was then read** (issue 26, "
        "after its first scoring above; its errors are printed now and it is a tuning set, like "
        "wild tune): its errors were grouped into classes and each fixed in general form with unit "
        "cases of our own (tokens glued to a number's digits: vanity letters, MAC groups, "
        "anonymised octets; impossible days in dotted international numbers; other ids' shapes in "
        "contact blocks; capitals-only id words (SIN, IMO, CPV); call-me phrases; a name, then "
        "the number ending a contact line; a dialogue reply to the turn that names the type; SSN "
        "column mates; card words of more scripts; IPv6 after `ip6:`; versions after browser, "
        "system, mailer and image words and in image tags; d.d.d.d versions without an address "
        "word; Message-ID headers), so its figures in the table are tuned. Vanity numbers "
        "(`1-800-234-WXEF`, 50 of its 1,938 phones) stay unreplaced, as docs/pii.md and the hard "
        "set have it: blind3 labels them. **blind4** (`benchmarks/pii_blind4.py`, issue 26: an "
        "eighth generator by an author who never read the step: 1,400 documents, 36 registers, 29 "
        "languages) was scored once on main 3660e51 (`--only blind4`): e-mail P 0.9741 / R 0.9976, "
        "phone P 0.9706 / R 0.9629, IP 1.0 / 1.0, card P 1.0 / R 0.9883, IBAN 1.0 / 1.0, **US SSN "
        "P 1.0 / R 0.8717**. It was then read (its errors are printed now; a tuning set like blind3) "
        "and its error classes fixed in general form with unit cases of our own, so its figures in "
        "the table are tuned. **blind5** (`benchmarks/pii_blind5.py`, issue 26: a ninth generator "
        "by an author who never read the step: 1,400 documents, 35 registers, 26 languages) was "
        "scored once on main dddc77d (`--only blind5`): e-mail P 0.9161 / R 0.9425, phone P 0.9603 "
        "/ R 0.9716, IP P 0.9934 / R 1.0, card P 1.0 / **R 0.8916**, IBAN 1.0 / 1.0, **US SSN R "
        "0.6946**. It was then read (its errors are printed now; a tuning set like blind4) and its "
        "error classes fixed in general form with unit cases of our own, so its figures in the "
        "table are tuned. **blind6** (`benchmarks/pii_blind6.py`, issue 26: a tenth generator by "
        "an author who never read the step: 1,400 documents, 39 registers, 29 languages) was "
        "scored once on main after the blind5 round (`--only blind6`): e-mail P 1.0 / R 0.9938, "
        "phone P 0.9830 / R 0.9952, **IP P 0.9376** / R 0.9896, card P 1.0 / **R 0.9746**, IBAN "
        "1.0 / 1.0, **US SSN R 0.9381**. It was then read (its errors are printed now; a tuning "
        "set like blind5) and its error classes fixed in general form with unit cases of our own, "
        "so its figures in the table are tuned. **blind7** (`benchmarks/pii_blind7.py`, issue 26: "
        "an eleventh generator by an author who never read the step: 1,320 documents, 36 "
        "registers, 25 languages, two in three documents not English, each written wholly in its "
        "language) was the blind figure of the blind6 round. Its first scoring, on main after the "
        "blind4 round: e-mail P 0.9490 / R 0.9985, "
        "phone P 0.9806 / R 0.9878, IP 1.0 / 1.0, card R 0.9647, IBAN 1.0 / 1.0, US SSN R 0.8858; "
        "after the blind5 round: e-mail 0.9985 / 0.9985, phone 0.9926 / 0.9878, card R 0.9647, "
        "SSN R 0.9450; after the blind6 round (the table): e-mail 0.9985 / 0.9985, phone P 0.9926 "
        "/ **R 0.9792** (0.9878 before that round: one of its rules costs 14 of blind7's phones, "
        "not looked for), **card R 0.9671**, **US SSN R 0.9619**, IP and IBAN 1.0. Goal 0.97: "
        "**not met** on card and SSN recall. blind7 was then read (its errors are printed now; a "
        "tuning set like blind6; `--only blind7 --show-errors 300`) and its error classes fixed in "
        "general form with unit cases of our own, so its figures in the table are tuned. "
        "**blind8** (`benchmarks/pii_blind8.py` and its `pii_blind8_*.py` modules, issue 26: "
        "1,400 documents, 34 registers, 24 languages, by an author who never read the step) was "
        "the blind figure of the blind7 round; its first scoring, on main before that round, and "
        "its scoring after it were nearly the same (card R 0.972 before, 0.973 after, every other "
        "figure equal): e-mail "
        "1.0 / 1.0, **phone P 0.936** (166 fp) / R 0.971 (72 fn), **IP P 0.915** (34 fp), card "
        "P 0.999 / R 0.973 (26 fn), IBAN R 0.992 (2 fn), **US SSN R 0.847** (149 fn). It was then "
        "read (its errors are printed now; a tuning set like blind7; `--only blind8 "
        "--show-errors 400`) and its error classes fixed in general form with unit cases of our "
        "own, so its figures in the table are tuned. **blind9** (`benchmarks/pii_blind9.py`, issue "
        "26: 1,284 documents, 34 registers, 29 languages, US SSNs 22% and cards 19% of its spans, by "
        "a ninth author who never read the step) is the blind figure of the blind8 round: it scored "
        "the same before and after that round (the table): e-mail and IBAN 1.0, phone P 0.9945 / R "
        "0.9941, **IP P 0.9531**, card P 0.9992 / **R 0.9646**, **US SSN P 0.9889 / R 0.9153**. "
        "Goal 0.97: **not met** on IP precision, card recall and SSN recall. Its errors were never "
        "printed. Each "
        "set's first scoring, with the step as it was "
        "then (no errors read): blind4 SSN R 0.87, blind5 SSN R 0.69 and card R 0.89 and e-mail P "
        "0.92, blind6 IP P 0.94 and SSN R 0.87 (0.94 after the blind5 round), blind7 SSN R 0.89: "
        "every new author still finds SSN and card contexts the step does not read. The last two "
        "rounds fixed their tuning set (blind7, blind8: every type 0.99-1.0 after) but moved the "
        "next unseen set by at most 0.001: the classes one author's set shows no longer carry to "
        "the next author's. blind6's aggregates were looked at once by the blind5 round's helper, never its "
        "errors, before it was read."),
        ("Twelve labelled sets from six generators (the third, **blind**, the fourth, **wild**, the fifth, **blind2**, and the sixth, **hard**, below), and the shared one: **templates** (this script: 8 template families, 400 "
        "paragraphs each; `tune` families used for tuning, `held` families held back) and "
        "**pages** (`benchmarks/pii_pages.py`: 1,200 page-like documents per half in 12 languages "
        "with URL and language, contact pages, staff tables, signatures, listings, prose, order "
        "confirmations, numbers from phonenumbers' metadata and Faker's locales, hard negatives; "
        "its `held` half has other templates and another seed, its `fresh` half the held templates "
        "under a third seed). Phone numbers by context (issue "
        "26) were tuned on `pages tune` and `templates tune` only. **dev** is another generator's "
        "set in ../shared/data/pii, held back as well (its errors are never printed)."),
        ("The held-back halves were looked at once, after tuning: templates held phone P 0.9998 / "
        "R 0.9914 and IP R 0.9990 (one IPv4-mapped IPv6 address read as a phone), pages held phone "
        "P 0.9956 / R 0.9936 and US SSN P 0.875 (one false positive among 8), dev 1.0 everywhere. "
        "General fixes followed (one-letter labels after a sentence end or another number on the "
        "line; a word naming another kind of number does not veto a later number once it named an "
        "earlier one; a known country code followed by groups; abbreviated phone words with a dot; "
        "dates and IPv4 addresses at the start of a candidate; a tab is a cell border, not a list), "
        "so those halves are no longer blind. **pages fresh** (the held templates under a third "
        "seed) was first scored after the last change: it is the blind number."),
        ("**blind** and **blind fresh** (`benchmarks/pii_blind.py`, issue 26: a third generator "
        "with its own registers, phrasing and seeds, written after pages held's one false US SSN "
        "(a Belgian phone number written 078-79-0095 on a .be page) and committed before the "
        "step was scored on it): 1,000 documents each, about 1,000 gold US SSNs per set in HR "
        "exports (CSV, tab, pipe, markdown), W-2 / 1099 / W-9 boxes, letters, forum prose, "
        "onboarding forms and US-related pages in ten other languages, beside ITINs, EINs, "
        "unissued numbers, ZIP+4 codes and 3-2-4 case / part / order / claim / PO / control "
        "numbers, with every other type and its look-alikes (OIDs, MAC addresses, `pkg@1.2.3`, "
        "masked and Luhn-invalid cards, IBANs with a wrong check digit, BICs). `blind` was scored "
        "once with the new `SsnRecognizer` (its first state: US SSN P 0.9757 / R 0.8345, phone P "
        "0.8882 / R 0.9136, IP P 0.8200, card R 0.9859, e-mail and IBAN 1.0; main's step before "
        "it: US SSN P 0.4339 / R 0.7483), its errors were read, and classes were fixed (SSNs in "
        "brackets, CSV cells, after `Soc. Sec. #` and snake_case headers; ITIN, control and PO "
        "numbers name other numbers; form leader dots; a CSV cell opening with `(` or `+`; ZIP+4 "
        "codes; IPv4 inside an OID; a label line or column naming another number vetoes the "
        "contact-block rule): it is no longer blind. **blind fresh** is the same generator under "
        "another seed, frozen before the fixes were scored; it was scored once by mistake with an "
        "intermediate rule that was then reverted because `blind` showed the same drop (US SSN P "
        "0.92; its errors were not read), and then with the final step below."),
        ("**wild tune** and **wild held** (`benchmarks/pii_wild.py`, issue 26's PII part: a fourth "
        "generator sharing no template, phrase list or value maker with the other three, written and "
        "committed before the step was scored on it): 1,000 documents each in 14 registers (classifieds, "
        "WHOIS records, receipts and invoices, event pages, staff directories, job posts, press "
        "releases, real-estate listings, travel bookings, medical letters, GitHub issues with logs, "
        "company footers in 31 languages, US tax lines, chats), Faker values of 40 locales and "
        "phonenumbers' example numbers of every region in every PhoneNumberFormat with local variants "
        "and extensions, cards of every issuer at 12-19 digits in every grouping, hard negatives in "
        "every register. `wild tune` is template set A under seed 2611, `wild held` template set B "
        "under seed 7919. Main's step (6d004b0) scored on both first: wild tune e-mail P 0.9342 "
        "(`git@github.com:` remotes), phone P 0.9855 / R 0.8876, card P 0.9861, US SSN R 0.8529 "
        "(unseparated recipient TINs), IP P 0.9972; wild held phone P 0.9864 / R 0.9404, IP P / R "
        "0.8525 (CIDR prefix lengths), card P 0.6655, US SSN P 0.3259 (an `employee_id` column) / R "
        "0.8488, e-mail and IBAN 1.0. Classes were then fixed from `wild tune`'s errors, the issue's "
        "known misses and probes written for the purpose (Faker's phone numbers of every locale with a "
        "label: recall 0.987, the rest shorter than 7 digits; 540 cards of nine issuers in every "
        "grouping: all found; Faker's other numbers of 20 locales with no context: 27 of 3,618 taken). "
        "`wild held`'s errors were never printed (pii_eval.py does not print them); its per-type "
        "figures were printed once more by mistake after the first round of fixes (phone P 0.9993 / "
        "R 0.9856, every other type 1.0), then once after the last class fix found on the probes "
        "(phone P 0.9993 / R 0.9878, every other type 1.0), and once with the final step (the table; "
        "two changes came between: card numbers glued to a label or grouped with other separators, "
        "found by probes written for it, and a faster word-list regex that finds the same spans). "
        "**wild held**, like **blind fresh** and **pages fresh**, is blind (blind2: below); every "
        "other set has been read."),
        ("**blind2** (`benchmarks/pii_blind2.py`, merged into main during this round: written without "
        "reading the step; its author scored it once on main's step; pii_eval.py never prints its "
        "errors): main's step (c9a9f5e) e-mail P 0.9879, phone P 0.9677 / R 0.9625, card R 0.7415, "
        "IBAN R 0.9686, IP and US SSN 1.0; this step once after the rebase, before the card-format "
        "change: the same but phone P 0.9645 / R 0.9816. Then the lead, **from its author's report of "
        "the formats it holds** (not from its errors, which nobody read), wrote probes of those "
        "formats and fixed three classes they showed: cards in a CSV cell before a numeric cell, "
        "national card schemes without a card word (Elo, Hipercard, RuPay, Troy, Verve, Dankort, "
        "UzCard/Humo) and IBAN groups apart by two spaces or a no-break space: card R 0.7415 -> 0.9619, "
        "IBAN R 0.9686 -> 1.0; and, from its list of negatives, phone-shaped customer numbers "
        "(`Customer no.`, `Cust. #`, `Acc:` name other numbers): phone P 0.9645 -> 0.9657; every "
        "other figure on every set unchanged, the same 537 real-page hits "
        "(the table). So blind2's card and IBAN figures are **no longer fully blind**: they are after "
        "fixes aimed at its author's description. Card recall (9 of 236 missed; a 6-13 grouping of "
        "19-digit cards that its author lists was not added, being unknown to us as a printed "
        "format) and phone precision stay under the 0.97 goal there."),
        ("**hard tune** and **hard held** (`benchmarks/pii_hard.py`, issue 26: a sixth generator aimed "
        "at the two weakest classes, written and committed with its sets before the step was scored "
        "on them): 1,000 documents each in 17 languages (en de fr es it pt nl pl ru zh ja th sv da fi "
        "cs tr). Phone precision: order, invoice, customer, member, policy, ticket, case, booking, "
        "tracking, reference and account numbers shaped like phone numbers under each language's own "
        "labels, VAT / tax / company ids, addresses with postal codes, dates and times in national "
        "formats and ranges, prices with thousands separators, sort codes, routing, BLZ, clearing and "
        "account numbers, IMEIs, serial / model / part numbers, GPS, ISBN / ISSN / DOI, page ranges, "
        "league tables, versions, beside real phone numbers in contact blocks, tables and prose; "
        "phone span boundaries (brackets, a closing dot, `tel:`, extensions in 15 languages, two "
        "numbers joined by `/` or `or`, vanity numbers, a number broken over a line). Card recall: 19 "
        "brands at their lengths in every printed grouping (4-4-4-4, 4-6-5, 4-6-4, 4-4-5, 4-3-3-3, "
        "4-4-4-7, 6-13, 6-12, 4-4-4-5, ...) with spaces, two spaces, no-break spaces, dashes or dots, "
        "in running text of the 17 languages, label lines, CSV, tab tables, JSON, receipts, form dumps "
        "and chats, beside masked, Luhn-invalid and 16-digit non-card ids. Gold policy in the "
        "script's docstring (a vanity number's letters are not a span; a number broken over a line is "
        "one span). `hard tune` is template set A under seed 31337, `hard held` template set B (other "
        "layouts and phrasings) under seed 80521. Main's step (5954eb0) on `hard tune` first: **phone "
        "P 0.6313 / R 0.9700, card P 0.9921 / R 0.7470** (661 phone false positives: other numbers "
        "under labels the word lists did not know, in 16 languages, and in table columns named for "
        "other numbers; 85 missed cards: unusual groupings, issuers without a known prefix under card "
        "words of other languages, JSON keys and CSV columns). Classes fixed from its errors: a word "
        "naming another number by its form in any language (a compound ending in a word for number, "
        "`Medlemsnummer`, `Asiakasnumero`, `Lähetystunnus`; a word before an abbreviation for it, `Sag "
        "nr.`, `Talep no`, `Spis č.`, `Заявка №`; a word for number beside another word, `Номер "
        "участника`, `Číslo objednávky`, `N° de police`; `…番号`, `…号`; never beside a phone word: "
        "`Telefonnummer`, `numero di telefono`, `Neue Nummer`), a table column named for another "
        "number (the header found up to a markdown rule), a label before a list of numbers naming "
        "each, numbers joined by `/` split, a number broken over a line joined, dotted numbers with a "
        "trunk 0 are not IPv4, Turkish `Cep` (mobile) against Brazil's `CEP`; cards found on the "
        "whole text with card words in 17 languages (compounds included), brand names, JSON / form "
        "keys and table columns as context, any grouping starting with 4 or 6 digits, a line break "
        "between groups (both only with such context), a column named for another number vetoing. "
        "Three rounds of probes written for the purpose (the pages, blind and wild generators under "
        "new seeds, 36 x 1,200 pages: no new error against main; the hard tune templates under two "
        "other seeds: phone P 0.998 / R 0.994, card R 0.994) checked that they hold. One card false "
        "positive (and the phone it hid) on **pages fresh**, shown by its per-type figures only, led "
        "to the rule that unusual groupings need card context: so pages fresh's card figure is no "
        "longer blind. Then `hard held` and `blind2` were scored once together (commit 3525d81's "
        "step, `python benchmarks/pii_eval.py --web`): **hard held phone P 0.8090 / R 0.9964, card "
        "P 1.0 / R 0.9850** (the blind figure); **blind2 e-mail P 0.9879 / R 0.9993, phone P 0.9890 / "
        "R 0.9823, card P 1.0 / R 0.9915, IP, IBAN and US SSN 1.0** (main: phone P 0.9657 / R 0.9816, "
        "card R 0.9619; blind2 is not scored again here). Hard held's phone precision said that its "
        "template set B holds layouts the tune half lacks; set B under another seed (4444, its errors "
        "read, none of hard held's) showed three classes, fixed: a phone label after a dash that "
        "belongs to the next number (`Order no. 200-… – call us on …`), a label naming another number "
        "in brackets after a number (`… (Kundennummer)`), a label before a tab, a dash or leader dots "
        "(`Jäsennumero<tab>…`, `Klantnummer – …`, outside tables). Set B under a third seed (4445, not "
        "read): phone P 0.9937 / R 0.9964, card R 0.9946. Hard held was then scored a second time "
        "(the table): **not blind**."),
    ]
    table = []
    for name in [k for k in report if k not in ("web", "speed")]:
        results, n, _seconds = report[name]
        for entity, r in results.items():
            if r["tp"] + r["fn"] == 0 and r["fp"] == 0:
                continue
            goal = "met" if r["recall"] >= 0.97 and r["precision"] >= 0.97 else "**not met**"
            table.append([name, f"{n:,}", entity, r["tp"] + r["fn"], f"{r['precision']:.4f}",
                          f"{r['recall']:.4f}", r["fp"], r["fn"], goal])
    body.append(markdown_table(["set", "texts", "entity", "gold spans", "precision", "recall", "FP",
                                "FN", "goal"], table))
    if "web" in report:
        rows = [[source, entity, sum(c.values()), c.get("pii", 0), c.get("not_pii", 0),
                 c.get("unjudged", 0), f"{c.get('pii', 0) / max(1, sum(c.values())):.3f}"]
                for (source, entity), c in sorted(report["web"].items())]
        body.append("Real web text: every hit on the real pages (the shared extraction pages, the "
                    "bundled sample's pages, the shared WARC excerpts; `TextExtractor`, then "
                    "`LanguageId` for the language hint), read one by one and listed with its "
                    "verdict in `benchmarks/data/pii_web_hits.tsv` (recall is unknown there: the "
                    "pages have no PII labels). Phones by context added 7 hits over the step "
                    "before (six numbers of a Guyanese newspaper's contact line after the first, "
                    "a Chinese mobile number after 监督电话) and lost none; the US SSN rule (issue 26) "
                    "changed none (main's step and this one find the same 537 hits; two came with a "
                    "change of the extracted text of a Shanghai company's page, phone numbers after "
                    "电话, now separated by two spaces). The four fediverse handles "
                    "(`@user@host`) among the WARC pages' e-mail hits are counted PII: they name a "
                    "person, as an address would. The wild round (issue 26) changed none: the same "
                    "537 hits, and so did the hard round (`python benchmarks/pii_eval.py --web`: 0 unjudged).\n\n"
                    + markdown_table(["pages", "entity", "hits", "PII", "not PII", "unjudged",
                                      "precision"], rows))
    if "speed" in report:
        rows = [[name, docs, f"{seconds:.2f}", f"{docs / seconds:,.0f}"]
                for name, (docs, seconds) in report["speed"].items()]
        body.append("Speed of the step on the same real pages, as a worker runs it (the step "
                    "called on one batch of all pages, back to back, median of 3; CPU time of the "
                    "process). Against main (c9a9f5e) after the wild round (issue 26), `python "
                    "benchmarks/ab_paired.py pii` run three times in main's checkout and three times "
                    "in this one, alternately, at load 2.3-2.8 on the shared 2 cores (`after` is the "
                    "step): the 504 extracted pages took 1.08-1.10 CPU s (main) and 1.08-1.16 "
                    "(this; 1.16 in the run whose `before` side also took 3.41 s instead of "
                    "3.21-3.35), the 2,000 dev paragraphs 2.36-2.39 and 2.31-2.35: no slower within "
                    "the noise. Best of 3 back to back on the dev paragraphs: 1.01-1.02 against "
                    "0.98-1.01 CPU s. The new rules cost 3-6% until the word lists' regexes got a "
                    "first-character lookahead (2.7x faster over the other-number words). After the hard "
                    "round (issue 26), against main (5954eb0), `python benchmarks/ab_paired.py pii` "
                    "in a copy of main and in this checkout, alternately: at load 1.5-1.6 (three "
                    "each, before the last fixes) `after` took 1.09-1.10 (main) and 1.10-1.14 CPU s "
                    "(this) on the 504 extracted pages, 2.32-2.39 and 2.32-2.44 on the 2,000 dev "
                    "paragraphs; with the final step at load 5-6.5 (two each) 1.16-1.17 and 1.18-1.26, "
                    "2.61-2.68 and 2.58-2.64. The same two steps in one process, in alternating blocks "
                    "(`benchmarks/_blocks.py`, 5 rounds, final step, load 6.5): 0.99x main's CPU on "
                    "the pages and on the paragraphs (0.96-1.03x over earlier runs), identical spans "
                    "on both. The new rules' cost is "
                    "paid back by cards looked for only in the prefilter windows, the CSV cell view "
                    "computed once per text, presidio's stop-word answers kept and spaCy's lower-case "
                    "copied to the lemma as one array (ab_paired's `before`, presidio on whole texts, "
                    "now differs from `after` on more dev paragraphs, 1,169 against 701: its card "
                    "recognizer is this step's, scored without presidio's context words):\n\n"
                    + markdown_table(["step", "documents", "CPU s", "documents per CPU s"], rows))
    write_section("PII beyond the dev set", "\n\n".join(body))


if __name__ == "__main__":
    main()
