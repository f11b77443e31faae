"""A fourteenth blind PII test set (issue 26): 36 registers no earlier generator names, 24 languages,
every register in at least three layouts, weighted to US SSNs, cards, IPs and phones, with e-mail and
phone look-alikes beside the values.

Written by a fourteenth helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other generators'
templates or value makers, nor BENCHMARKS.md's PII sections. The PII step was never run on this set
while it was written: the lead scores it once, at the end. Every template, phrase and value maker is
new (here, benchmarks/pii_blind14_values.py, pii_blind14_lexicon.py, pii_blind14_registers.py).

    python benchmarks/pii_blind14.py               # counts per type, register, language and layout
    python benchmarks/pii_blind14.py --write-set   # (re)writes benchmarks/data/pii_blind14.jsonl

Registers (36, at most 60 documents each, each in 3 to 5 layouts): piano tuning appointment
confirmations, scaffolding rental orders, bridal-shop fitting appointments, chimney-sweep inspection
reports, pest-control service reports, hearing-aid fitting records, custom cake orders, sailing
regatta entry lists, livery-stable boarding contracts, heat-pump maintenance contracts, cinema ticket
booking confirmations, parking-garage receipts, vehicle roadworthiness inspection reports, amateur
theatre cast and crew contact lists, dog-grooming appointments, bank-card reissue requests,
dance-school registrations, company e-bike leasing contracts; US pages (en, some es): security
clearance questionnaire excerpts, lease guarantor applications, auto insurance quote requests,
homestead exemption applications, adoption home-study questionnaires, enlistment pre-screen
worksheets, process-server affidavits, patient financing applications, data-broker opt-out
requests, cemetery plot purchase agreements; machine output (en, tools' own keys): netplan /
ifupdown / `ip -br addr`, PostgreSQL pg_hba.conf / server log / pg_stat_activity, Elasticsearch
_cat/nodes / node JSON / elasticsearch.yml, Nagios and Icinga host and contact objects, keepalived
configs and VRRP logs, tcpdump output, Consul / Nomad member listings and catalog JSON, pom.xml /
package.json / npm output / CODEOWNERS.
Layouts: label lines, a table whose header stands rows above the values (pipe, CSV, semicolon, tab),
prose / letter / chat where only the sentence marks a value, text from HTML with markup remnants
("&nbsp;", "<br>", "**", "</td><td>") or a line break between label and value, an unlabelled strip of
mixed types on one line; on US pages also OCR'd forms with misread labels, spreadsheet pastes, chat
transcripts and leaked record dumps.
Languages (24, 12 in non-Latin scripts): en de fr es it pt nl pl sv cs tr ru uk bg el ar fa he hi zh
ja ko th vi; each page in its own language (labels, headings, sentences, its country's dates, prices).

Values: phones from `phonenumbers` example numbers (fixed line, mobile) of the page's regions and
80-odd others (79 regions in the committed file), all digits after the second drawn again while valid; national (own region only),
international, E.164, "00", "+CC (0)", dots, a slash (DE / AT), no-break spaces, full-width
(zh ja ko), Arabic-Indic (ar) or Persian (fa) digits, extensions in the page's language, Tel / Fax
pairs. Cards: Visa 13/16/19, Mastercard 51-55 / 2221-2720, Amex, Discover, JCB, Diners, UnionPay,
Mir, in printed groups or unbroken (space, dash, no-break space). IBANs from schwifty (print groups,
compact, lower case). IPv4 public / private / link-local, IPv6 global / ULA / link-local. US SSNs
dashed, spaced, or dotted / unseparated only beside a label, column header, key or sentence naming
them. E-mails with dots, tags, digits, upper case.
Look-alikes beside them: national dates, times and prices, order / ticket / job / parcel / case ids
in phone shapes, serials, VINs, microchips, measurements, postcodes, IMEIs, other countries' ids
(Steuer-ID, DNI, PESEL, СНИЛС, ЕГН, ת.ז., Aadhaar, 身份证号, マイナンバー, 주민등록번호, ...), masked cards, Luhn-failing
cards with a brand prefix, 16-digit loyalty numbers, IBANs with a wrong check digit, ITINs, EINs,
invalid SSNs, ABA routing numbers, 9-digit member / parcel ids, "last four" fragments, ZIP+4,
netmasks, wildcard masks, loopback, 0.0.0.0, broadcast, IP-shaped versions, OIDs, ports, CIDR
suffixes; "@" strings that are not mailboxes: Message-IDs, `pkg@1.2.3` pins, social handles,
`user@host` prompts and ssh remotes without a dotted domain, `image@sha256:` digests, `user@db` log
prefixes, obfuscated addresses.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label,
bracket, "mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after a
phone is part of its span; e-mails need a literal "@" and a dotted domain; loopback, unspecified,
netmask / wildcard and broadcast IPs are not labelled; lower-case and print-grouped IBANs are, wrong
check digits not; cards pass Luhn with a real brand prefix and length; only US SSNs in the issued
range; a phone is one a reader recognises and is valid for some region per phonenumbers (extension
stripped); vanity numbers never.

Gold is checked on writing (`check_row` in pii_blind14_values.py, also run by
tests/test_pii_blind14_set.py): span text equals text[start:end], spans sorted and not overlapping,
not glued to an ASCII letter or digit, no space or punctuation at an edge, phones valid, cards Luhn +
brand prefix + length, IBANs valid (schwifty), IPs parse and are of no excluded class, SSNs in the
issued range, no Luhn-valid brand card or valid IBAN outside a span, each value of 7+ characters
labelled wherever it stands whole. A drawn document failing a check is drawn again. Deterministic:
string seeds per document, no set iteration.
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_blind import read_rows
from pii_blind14_lexicon import LATIN, LEX
from pii_blind14_registers import LOCAL, US
from pii_blind14_values import (
    IBAN_HOME,
    IBAN_OTHER,
    OTHER_REGIONS,
    Page,
    V,
    aba,
    bad_iban,
    bad_luhn_card,
    bad_ssn,
    check_row,
    ein,
    email_for,
    group_card,
    imei,
    itin,
    make_card,
    make_iban,
    make_ip,
    make_phone,
    make_ssn,
    masked_card,
    nine_digits,
    non_card_16,
    phone_region,
    with_ext,
    write_iban,
    write_phone,
    write_ssn,
)

PATH = Path(__file__).resolve().parent / "data" / "pii_blind14.jsonl"
SEED = "blind14-v1"
PER_LOCAL, PER_US, PER_MACHINE = 40, 60, 30

WEBMAIL = {"de": ["gmx.de", "web.de", "t-online.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
           "es": ["telefonica.net", "gmail.com"], "it": ["libero.it", "virgilio.it"], "pt": ["sapo.pt", "uol.com.br"],
           "nl": ["ziggo.nl", "kpnmail.nl"], "pl": ["wp.pl", "onet.pl", "interia.pl"], "sv": ["telia.com", "bredband.net"],
           "cs": ["seznam.cz", "centrum.cz"], "tr": ["yandex.com.tr", "hotmail.com"], "ru": ["mail.ru", "yandex.ru"],
           "uk": ["ukr.net", "i.ua"], "bg": ["abv.bg", "mail.bg"], "el": ["otenet.gr", "yahoo.gr"],
           "ar": ["gmail.com", "outlook.sa"], "fa": ["yahoo.com", "chmail.ir"], "he": ["walla.co.il", "gmail.com"],
           "hi": ["rediffmail.com", "gmail.com"], "zh": ["qq.com", "163.com"], "ja": ["docomo.ne.jp", "yahoo.co.jp"],
           "ko": ["naver.com", "daum.net"], "th": ["hotmail.co.th", "gmail.com"], "vi": ["gmail.com", "yahoo.com.vn"],
           "en": ["btinternet.com", "outlook.com", "eircom.net"]}
SLUG_END = ["nord", "plus", "24", "pro", "studio", "mitte", "west", "bay", "one", "central"]


# ---------------------------------------------------------------- look-alikes

def fmt_date(rng, lang: str) -> str:
    y, m, d = rng.randint(2024, 2028), rng.randint(1, 12), rng.randint(1, 28)
    style = LEX[lang]["dates"] if lang != "us" else "mdy/"
    return {
        "dmy.": f"{d:02d}.{m:02d}.{y}", "dmy/": f"{d:02d}/{m:02d}/{y}", "dmy-": f"{d:02d}-{m:02d}-{y}",
        "ymd-": f"{y}-{m:02d}-{d:02d}", "ymd/": f"{y - 621}/{m:02d}/{d:02d}", "mdy/": f"{m:02d}/{d:02d}/{y}",
        "ymdzh": rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}"]),
        "ymdja": rng.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"]),
        "ymdko": f"{y}. {m}. {d}.", "dmyth": f"{d}/{m}/{y + 543}",
    }[style]


def fmt_time(rng, lang: str) -> str:
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
    if lang == "us":
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'PM' if h >= 12 else 'AM'}"
    if lang == "ja":
        return f"{h}時{mi:02d}分"
    return f"{h}:{mi:02d}"


def fmt_price(rng, lang: str) -> str:
    if lang == "us":
        return f"${rng.randint(20, 9000):,}.{rng.randint(0, 99):02d}"
    cur, pos, thou, dec = LEX[lang]["price"]
    whole = rng.randint(12, 48000 if lang in ("ja", "ko", "fa") else 4800)
    if lang == "fa":
        whole *= 1000
    digits = f"{whole:,}".replace(",", thou)
    num = digits if lang in ("ja", "ko", "fa") else f"{digits}{dec}{rng.randint(0, 99):02d}"
    return f"{cur}{num}" if pos == "pre" else f"{num} {cur}"


def fmt_order(rng) -> str:
    """An id in a phone-like shape (what a scrubber could take for a number to call)."""
    return rng.choice([
        f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        f"{rng.randint(2024, 2027)}-{rng.randint(100000, 999999)}",
        f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        str(rng.randint(10 ** 8, 10 ** 10)),
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
        f"{rng.randint(100, 999)}/{rng.randint(10000, 99999)}",
        f"({rng.randint(10, 99)}) {rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
    ])


def fmt_serial(rng) -> str:
    return rng.choice([str(rng.randint(10 ** 6, 10 ** 9)), f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                       f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}", f"{rng.randint(10 ** 14, 10 ** 15 - 1)}"])


def fmt_size(rng) -> str:
    return rng.choice([f"{rng.randint(60, 240)} × {rng.randint(40, 120)} × {rng.randint(30, 90)} cm",
                       f"{rng.randint(80, 110)}-{rng.randint(60, 90)}-{rng.randint(85, 115)} cm",
                       f"{rng.randint(4, 30)},{rng.randint(0, 9)} × {rng.randint(2, 12)},{rng.randint(0, 9)} m",
                       f"{rng.randint(20, 480)} m²", f"{rng.randint(6, 14)}.{rng.randint(10, 99)} m"])


def fmt_post(rng, lang: str) -> str:
    if lang == "us":
        return f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"
    return rng.choice([f"{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)} {rng.randint(10, 99)}",
                       f"{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"])


def fill(rng, lang: str, line: str) -> str:
    return line.format(D=fmt_date(rng, lang), T=fmt_time(rng, lang), P=fmt_price(rng, lang), O=fmt_order(rng),
                       S=fmt_size(rng), N=fmt_serial(rng), Q=fmt_post(rng, lang), EIN=ein(rng))


def at_trap(rng, name_local: str, domain: str) -> str:
    """A string with "@" (or a spelled-out one) that is not a mailbox by the span rules."""
    host = domain.split(".")[0]
    tld = domain.split(".", 1)[1]
    return rng.choice([
        f"Instagram: @{name_local.replace('.', '_')}",
        f"{name_local} (at) {host} (dot) {tld}",
        f"{name_local} [at] {host}.{tld}",
        f"Message-ID: <{rng.randint(10 ** 9, 10 ** 10)}.{rng.randint(1000, 9999)}@mail.{domain}>",
        f"X/Twitter @{host}_{rng.randint(1, 99)}",
        f"{name_local}@localhost",
        f"widget@{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        f"Telegram: @{host}{rng.choice(['_bot', '_help', 'team'])}",
    ])


def phone_trap(rng, lang: str) -> str:
    L = LEX[lang]
    return rng.choice([
        f"{L['order']} {fmt_order(rng)}", f"{L['customer']} {fmt_order(rng)}", f"{L['invoice']} {fmt_order(rng)}",
        f"{L['ref']} {fmt_serial(rng)}", f"{L['date']}: {fmt_date(rng, lang)} {fmt_time(rng, lang)}",
        f"{L['amount']}: {fmt_price(rng, lang)}", f"{L['size']}: {fmt_size(rng)}",
        f"{L['postcode']} {fmt_post(rng, lang)}", f"{L['serial']} {fmt_serial(rng)}", f"IMEI {imei(rng)}",
        f"GPS {rng.uniform(-60, 60):.5f}, {rng.uniform(-120, 150):.5f}", national_id(rng, lang),
    ])


def national_id(rng, lang: str) -> str:
    """Another country's id number (not one of the six types), in its own writing."""
    def d(n):
        return "".join(rng.choice("0123456789") for _ in range(n))
    return {
        "en": f"NI No. QQ {d(2)} {d(2)} {d(2)} C", "de": f"Steuer-ID {d(2)} {d(3)} {d(3)} {d(3)}",
        "fr": f"N° SS {rng.randint(1, 2)} {d(2)} {d(2)} {d(2)} {d(3)} {d(3)} {d(2)}", "es": f"DNI {d(8)}{rng.choice('TRWAGMYFPDXBNJZ')}",
        "it": f"Codice fiscale RSSMRA{d(2)}T{d(2)}A{d(3)}X", "pt": f"NIF {d(9)}", "nl": f"BSN {d(9)}", "pl": f"PESEL {d(11)}",
        "sv": f"Personnr {d(6)}-{d(4)}", "cs": f"RČ {d(6)}/{d(4)}", "tr": f"TC Kimlik No {rng.randint(1, 9)}{d(10)}",
        "ru": f"СНИЛС {d(3)}-{d(3)}-{d(3)} {d(2)}", "uk": f"РНОКПП {d(10)}", "bg": f"ЕГН {d(10)}", "el": f"ΑΦΜ {d(9)}",
        "ar": f"رقم الهوية 784-{rng.randint(1960, 2005)}-{d(7)}-{d(1)}", "fa": f"کد ملی {d(10)}", "he": f"ת.ז. {d(9)}",
        "hi": f"आधार {rng.randint(2, 9)}{d(3)} {d(4)} {d(4)}", "zh": f"身份证号 {rng.choice(['11', '31', '44', '51'])}{d(15)}X",
        "ja": f"マイナンバー {d(4)} {d(4)} {d(4)}", "ko": f"주민등록번호 {d(6)}-{rng.randint(1, 4)}{d(6)}",
        "th": f"เลขประจำตัวประชาชน {rng.randint(1, 8)}-{d(4)}-{d(5)}-{d(2)}-{d(1)}", "vi": f"CCCD {d(12)}",
    }[lang]


def other_trap(rng, lang: str, country: str) -> str:
    L = LEX[lang]
    return rng.choice([
        f"{L['card'][0]}: {masked_card(rng)}", f"{L['iban'][0]}: {bad_iban(rng, country)}",
        f"{L['card'][1]} {bad_luhn_card(rng)}", f"{non_card_16(rng)}", f"Firmware {rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(1, 300)}",
        f"IMEI {imei(rng)}", f"{L['customer']} {non_card_16(rng)}", national_id(rng, lang), national_id(rng, lang),
    ])


# ---------------------------------------------------------------- localized pages

def label_form(rng, word: str) -> str:
    """A template with {v}: the label before (plain, capitals, colon or not, markup), after, or a line above."""
    return rng.choice([
        f"{word}: {{v}}", f"{word.upper()} {{v}}", f"{word} {{v}}", f"{{v}} ({word})", f"{word}:\n{{v}}",
        f"{word}:&nbsp;{{v}}", f"**{word}:** {{v}}", f"<b>{word}</b> {{v}}", f"{word} …… {{v}}", f"{word}<br>{{v}}",
        f"{word} – {{v}}",
    ])


class Ctx:
    def __init__(self, rng, lang: str, region: str, country_iban: str, domain: str):
        self.rng, self.lang, self.region, self.iban_country, self.domain = rng, lang, region, country_iban, domain
        self.L = LEX[lang]

    def phone(self, mobile=False, shape_only=False, ext_ok=True) -> V:
        rng = self.rng
        region = self.region if rng.random() < 0.75 else rng.choice(OTHER_REGIONS)
        num = make_phone(rng, region, mobile)
        text = write_phone(rng, num, self.region, self.lang, shape_only)
        if ext_ok and not mobile and not shape_only and rng.random() < 0.15 and phone_region(num) != "":
            text = with_ext(rng, text, self.lang)
        return V("PHONE_NUMBER", text)

    def email(self, name: str) -> V:
        rng = self.rng
        dom = self.domain if rng.random() < 0.5 else rng.choice(WEBMAIL[self.lang])
        return V("EMAIL_ADDRESS", email_for(rng, name, dom, LATIN))

    def card(self, shape_only=False) -> V:
        _, digits = make_card(self.rng)
        sep = " " if shape_only else None
        return V("CREDIT_CARD", group_card(self.rng, digits, sep))

    def iban(self) -> V:
        country = self.iban_country if self.rng.random() < 0.75 else self.rng.choice(IBAN_OTHER)
        return V("IBAN_CODE", write_iban(self.rng, make_iban(self.rng, country)))

    def ip(self) -> V:
        return V("IP_ADDRESS", make_ip(self.rng))


def person_fields(ctx: Ctx, reg: dict, name: str) -> list[tuple[str, V]]:
    rng, L = ctx.rng, ctx.L
    out = []
    if rng.random() < 0.75:
        out.append((rng.choice(L["phone"]), ctx.phone()))
    if rng.random() < 0.6:
        out.append((rng.choice(L["mobile"]), ctx.phone(mobile=True)))
    if rng.random() < 0.55:
        out.append((rng.choice(L["email"]), ctx.email(name)))
    n_cards = int(reg["cards"]) + (rng.random() < reg["cards"] % 1)
    for _ in range(n_cards):
        out.append((rng.choice(L["card"]), ctx.card()))
    if rng.random() < (reg["ibans"] + 0.2) * (1.0 if ctx.region in IBAN_HOME else 0.4):
        out.append((rng.choice(L["iban"]), ctx.iban()))
    if rng.random() < reg["ips"]:
        out.append((rng.choice(L["ip"]), ctx.ip()))
    return out


def local_doc(rng, key: str, lang: str, layout: str) -> tuple[Page, str]:
    reg = LOCAL[key]
    L = LEX[lang]
    region = rng.choice(L["regions"])
    slug = f"{key.split('_')[0]}-{rng.choice(SLUG_END)}"
    domain = f"{slug}.{L['tld'][region]}"
    ctx = Ctx(rng, lang, region, IBAN_HOME.get(region, rng.choice(IBAN_OTHER)), domain)
    title, items = reg["title"][lang]
    page = Page()
    names = rng.sample(L["names"], k=rng.randint(1, 3) if layout != "table" else rng.randint(3, 5))
    url = f"https://www.{domain}/{rng.choice(['kontakt', 'p', 'doc', 'view', 'print'])}/{rng.randint(1000, 99999)}"
    if layout == "lines":
        page.line(title)
        page.line(phone_trap(rng, lang))
        for name in names:
            page.line()
            page.line(f"{L['name']}: {name}")
            for word, v in person_fields(ctx, reg, name):
                page.line(label_form(rng, word).replace("{v}", "{x}"), x=v)
            if rng.random() < 0.6:
                page.line(phone_trap(rng, lang))
        for item in items:
            page.line(fill(rng, lang, item))
        page.line(other_trap(rng, lang, ctx.iban_country))
    elif layout == "table":
        page.line(title)
        page.line(fill(rng, lang, items[0]))
        page.line()
        sep = rng.choice([" | ", ";", "\t", " ; "])
        mails = rng.random() < 0.5
        cols = [L["name"], rng.choice(L["phone"]), rng.choice(L["email"] if mails else L["fax"]), L["order"]]
        extra = "card" if reg["cards"] >= 0.5 else "iban" if reg["ibans"] >= 0.4 else "mobile"
        cols.append({"card": L["card"][0], "iban": L["iban"][0], "mobile": L["mobile"][0]}[extra])
        page.line(sep.join(cols))
        if sep.strip() == "|":
            page.line(sep.join("---" for _ in cols))
        for name in names:
            vals = {"a": ctx.phone(ext_ok=False), "b": ctx.email(name) if mails else ctx.phone(ext_ok=False),
                    "c": {"card": ctx.card, "iban": ctx.iban, "mobile": lambda: ctx.phone(mobile=True)}[extra]()}
            page.line(sep.join([name, "{a}", "{b}", fmt_order(rng), "{c}"]), **vals)
        page.line()
        page.line(fill(rng, lang, items[1]))
        page.line(phone_trap(rng, lang))
        page.line(at_trap(rng, "info", domain))
    elif layout == "prose":
        page.line(title)
        page.line()
        name = names[0]
        sentences = [L["call"].replace("{V}", "{x}")]
        vals = [ctx.phone()]
        if rng.random() < 0.6:
            sentences.append(L["mail"].replace("{V}", "{x}"))
            vals.append(ctx.email(name))
        n_cards = int(reg["cards"]) + (rng.random() < reg["cards"] % 1)
        for _ in range(n_cards):
            sentences.append(L["pay"].replace("{V}", "{x}"))
            vals.append(ctx.card())
        if rng.random() < reg["ibans"]:
            sentences.append(L["wire"].replace("{V}", "{x}"))
            vals.append(ctx.iban())
        if rng.random() < reg["ips"] + 0.35:
            sentences.append(L["ipsent"].replace("{V}", "{x}"))
            vals.append(ctx.ip())
        page.line(fill(rng, lang, items[0]) + " " + fill(rng, lang, items[1]))
        for sent, v in zip(sentences, vals):
            page.line(sent, x=v)
            if rng.random() < 0.5:
                page.line(phone_trap(rng, lang))
        page.line(f"— {name}")
        page.line(at_trap(rng, email_for(rng, name, domain, LATIN).split("@")[0], domain))
        page.line(other_trap(rng, lang, ctx.iban_country))
    elif layout == "html":
        page.line(f"<h2>{title}</h2>")
        for item in items:
            page.line(f"<p>{fill(rng, lang, item)}</p>")
        name = names[0]
        for word, v in person_fields(ctx, reg, name):
            form = rng.choice(["<td>{w}</td><td>{x}</td>", "{w}:&nbsp;{x}<br>", "<li><b>{w}</b><br>\n{x}</li>",
                               "<span>{w}</span>\n<span>{x}</span>", "| {w} | {x} |"])
            page.line(form.replace("{w}", word), x=v)
        page.line(f"<small>{phone_trap(rng, lang)} · {at_trap(rng, 'office', domain)}</small>")
        fax_word = rng.choice(L["fax"])
        page.line(f"{rng.choice(L['phone'])}/{fax_word}: {{a}} / {{b}}", a=ctx.phone(ext_ok=False), b=ctx.phone(ext_ok=False))
    else:  # strip: values of mixed types on one line, shape alone tells
        page.line(title)
        page.line(fill(rng, lang, items[0]))
        for name in names:
            pool = ["p"] + (["e"] if rng.random() < 0.5 else []) + (["c"] if reg["cards"] else []) + (["i"] if reg["ibans"] and ctx.region in IBAN_HOME else [])
            pool += ["p"] * (3 - len(pool))
            vals = {}
            for j, k in enumerate(rng.sample(pool, k=len(pool))):
                vals[f"k{j}"] = (ctx.phone(shape_only=True) if k == "p" else ctx.email(name) if k == "e"
                                 else ctx.card(shape_only=True) if k == "c" else ctx.iban())
            sep = rng.choice([" · ", " / ", " | ", ", "])
            page.line(sep.join([name] + ["{" + k + "}" for k in vals]), **vals)
            page.line(phone_trap(rng, lang))
        page.line(fill(rng, lang, items[1]))
        page.line(at_trap(rng, "kontakt", domain))
    return page, url


LOCAL_LAYOUTS = ["lines", "table", "prose", "html", "strip"]


# ---------------------------------------------------------------- US pages

SSN_LABELS = ["Social Security Number", "SSN", "SSN#", "Soc. Sec. No.", "SOCIAL SECURITY NO", "Social Security #",
              "SS No.", "Applicant SSN", "Social Security No. (required)", "S.S.N.", "Co-applicant SSN", "SSN (9 digits)"]
SSN_LABELS_ES = ["Número de Seguro Social", "No. de Seguro Social", "SSN", "Seguro Social #", "Núm. de SS"]
OCR = str.maketrans({"i": "1", "l": "1", "o": "0", "S": "5", "e": "c"})
US_FIRST = ["Maria", "James", "Latoya", "Kevin", "Rosa", "Daniel", "Ashley", "Tyrone", "Megan", "Luis", "Hannah", "Derek"]
US_LAST = ["Gonzalez", "Whitaker", "Nguyen", "Okafor", "Brennan", "Delgado", "Kowalski", "Foster", "Yamamoto", "Reyes"]
US_DOM = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "att.net", "hotmail.com"]


def us_phone(rng) -> V:
    num = make_phone(rng, rng.choice(["US", "US", "US", "CA"]), rng.random() < 0.5)
    text = write_phone(rng, num, "US" if phone_region(num) == "US" else "CA", "en")
    if rng.random() < 0.1:
        text = f"{text} {rng.choice(['ext.', 'x', 'Ext'])} {rng.randint(10, 4999)}"
    return V("PHONE_NUMBER", text)


def us_person(rng) -> dict:
    first, last = rng.choice(US_FIRST), rng.choice(US_LAST)
    name = f"{first} {last}"
    return {"name": name, "ssn": make_ssn(rng), "email": email_for(rng, name, rng.choice(US_DOM), LATIN),
                "dob": f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1948, 2004)}"}


US_NEG_ES = {"Employer EIN": "EIN del empleador", "Routing # ": "Número de ruta ", "Member ID": "Nº de miembro",
             "Tracking": "Rastreo", "Claim No.": "Reclamo nº", "SSN on old form": "SSN en formulario anterior",
             "(invalid, rejected)": "(inválido, rechazado)", "Acct no.": "Nº de cuenta", "ZIP": "Código postal",
             "SSN ending in": "SSN que termina en", "DL ": "Licencia ", "Loan #": "Préstamo nº", "Case ": "Caso ",
             "Card on file": "Tarjeta registrada", "Gift card": "Tarjeta de regalo", "(declined: invalid number)":
             "(rechazada: número inválido)", "Card ": "Tarjeta ", "TIN of payer": "TIN del pagador", "Parcel": "Paquete"}


def us_negative(rng, spanish: bool = False) -> str:
    text = _us_negative(rng)
    if spanish:
        for en, es in US_NEG_ES.items():
            text = text.replace(en, es)
    return text


def _us_negative(rng) -> str:
    return rng.choice([
        f"ITIN {itin(rng)}", f"Employer EIN {ein(rng)}", f"Routing # {aba(rng)}", f"ABA {aba(rng)}",
        f"Member ID {nine_digits(rng)}", f"Tracking {nine_digits(rng)}{rng.randint(100, 999)}",
        f"Claim No. {rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        f"SSN on old form {bad_ssn(rng)} (invalid, rejected)", f"Acct no. {rng.randint(10 ** 9, 10 ** 12)}",
        f"ZIP {fmt_post(rng, 'us')}", f"SSN ending in {rng.randint(1000, 9999)}",
        f"DL {rng.choice('ABDFGKMS')}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        f"Loan # {nine_digits(rng)}", f"Case {rng.randint(2024, 2027)}-CV-{rng.randint(1000, 99999):06d}",
        f"Card on file {masked_card(rng)}", f"Gift card {non_card_16(rng)}", f"Card {bad_luhn_card(rng)} (declined: invalid number)",
        f"TIN of payer {ein(rng)}", f"Parcel {nine_digits(rng)}",
    ])


def us_doc(rng, key: str, layout: str, spanish: bool) -> tuple[Page, str]:
    title_en, items_en, es = US[key]
    title, items = (es if spanish else (title_en, items_en))
    labels = SSN_LABELS_ES if spanish else SSN_LABELS
    page = Page()
    host = key.replace("us_", "").replace("_", "")
    url = f"https://{rng.choice(['forms', 'portal', 'secure', 'docs'])}.{host}{rng.choice(['.com', '.org', '-services.com'])}/{rng.randint(100, 9999)}"
    people = [us_person(rng) for _ in range(rng.randint(2, 4) if layout not in ("table", "dump") else rng.randint(4, 7))]
    phone_l = "Teléfono" if spanish else rng.choice(["Phone", "Home phone", "Cell", "Daytime phone", "Tel."])
    mail_l = "Correo electrónico" if spanish else rng.choice(["Email", "E-mail address", "EMAIL"])
    card_l = "Número de tarjeta" if spanish else rng.choice(["Card number", "Credit card #", "Card No."])
    dob_l = "Fecha de nacimiento" if spanish else rng.choice(["Date of birth", "DOB"])
    name_l = "Nombre" if spanish else rng.choice(["Name", "Full legal name", "Applicant"])
    wants_card = key in ("us_patient_financing", "us_auto_quote", "us_lease_guarantor", "us_cemetery_plot",
                         "us_adoption_homestudy") or rng.random() < 0.45
    if layout in ("form", "ocr"):
        page.line(title.upper() if rng.random() < 0.4 else title)
        page.line(fill(rng, "us", items[0]))
        for p in people:
            lines = [(name_l, p["name"], None), (dob_l, p["dob"], None),
                     (rng.choice(labels), None, V("US_SSN", write_ssn(rng, p["ssn"], True))),
                     (phone_l, None, us_phone(rng)) if rng.random() < 0.7 else (None, us_negative(rng, spanish), None)]
            if rng.random() < 0.45:
                lines.append((mail_l, None, V("EMAIL_ADDRESS", p["email"])))
            if wants_card:
                _, digits = make_card(rng)
                lines.append((card_l, None, V("CREDIT_CARD", group_card(rng, digits))))
                lines.append(("Exp." if not spanish else "Vence", f"{rng.randint(1, 12):02d}/{rng.randint(27, 32)}", None))
            lines.insert(rng.randint(2, len(lines)), (None, us_negative(rng, spanish), None))
            for label, plain, v in lines:
                if label is None:
                    page.line(plain)
                    continue
                shown = label.translate(OCR) if layout == "ocr" and rng.random() < 0.6 else label
                gap = "  " if layout == "ocr" else " "
                if v is None:
                    page.line(f"{shown}:{gap}{plain}")
                else:
                    form = rng.choice(["{l}:{g}{x}", "{l}{g}{x}", "{l}:\n{x}", "{l} ____ {x}", "[{l}]{g}{x}"])
                    if v.kind == "US_SSN" and "\n" in form:
                        form = "{l}:{g}{x}"
                    page.line(form.replace("{l}", shown).replace("{g}", gap), x=v)
        page.line(fill(rng, "us", items[1]))
        page.line(us_negative(rng, spanish))
        if rng.random() < 0.75:
            page.line(rng.choice(["Firmado electrónicamente el {d} desde la IP {x}" if spanish else "E-signed {d} from IP {x}",
                                  "Submitted {d} · IP address: {x} · browser Chrome 131.0.6778.86",
                                  "Audit trail: signer IP {x}, {d}"]).replace("{d}", fmt_date(rng, "us")), x=V("IP_ADDRESS", make_ip(rng)))
    elif layout == "table":
        page.line(title)
        page.line(fill(rng, "us", items[0]))
        sep = rng.choice(["\t", ",", " | "])
        mails = rng.random() < 0.5
        cols = [name_l, dob_l, rng.choice(["SSN", "Social Security No.", "SS#"]), phone_l, mail_l if mails else "ZIP",
                rng.choice(["Member ID", "Loan #", "Policy No."])]
        if wants_card:
            cols.append(card_l)
        page.line(sep.join(cols))
        for p in people:
            vals = {"s": V("US_SSN", write_ssn(rng, p["ssn"], True)), "p": us_phone(rng)}
            if mails:
                vals["e"] = V("EMAIL_ADDRESS", p["email"])
            cells = [p["name"], p["dob"], "{s}", "{p}", "{e}" if mails else fmt_post(rng, "us"), nine_digits(rng)]
            if wants_card:
                _, digits = make_card(rng)
                vals["c"] = V("CREDIT_CARD", group_card(rng, digits, rng.choice(["", " ", "-"])))
                cells.append("{c}")
            page.line(sep.join(cells), **vals)
        page.line(us_negative(rng, spanish))
        page.line(fill(rng, "us", items[1]))
    elif layout == "letter":
        p = people[0]
        page.line(title)
        page.line(f"{fmt_date(rng, 'us')}")
        page.line()
        page.line(f"{'Estimado/a' if spanish else 'Dear'} {p['name']},")
        sent = rng.choice(["mi número de seguro social es {x}", "el número de Seguro Social {x}"] if spanish else
                          ["our records show your Social Security number as {x}", "the SSN you gave us ({x}) matches",
                           "please confirm that {x} is your social security number", "social security no. {x} was used"])
        page.line(f"{fill(rng, 'us', items[0])}. " + sent[0].upper() + sent[1:] + ".", x=V("US_SSN", write_ssn(rng, p["ssn"], True)))
        if len(people) > 1:
            page.line(("El cónyuge, {n}, figura con el número de Seguro Social {x}." if spanish else
                       "Your spouse, {n}, is listed with Social Security number {x}.").replace("{n}", people[1]["name"]),
                      x=V("US_SSN", write_ssn(rng, people[1]["ssn"], True)))
        page.line(("Para dudas llame al {p} o escriba a {e}." if spanish else
                   "Questions? Call {p} or write to {e}."), p=us_phone(rng), e=V("EMAIL_ADDRESS", f"help@{host}.com"))
        if wants_card:
            _, digits = make_card(rng)
            page.line(("Cargamos la tarjeta {c}." if spanish else "We charged {c} for the application fee today."),
                      c=V("CREDIT_CARD", group_card(rng, digits)))
        page.line(us_negative(rng, spanish) + "; " + us_negative(rng, spanish))
        page.line(fill(rng, "us", items[1]))
        if rng.random() < 0.6:
            page.line(("Su solicitud en línea llegó desde la dirección {x}." if spanish else
                       "Your online request came from the address {x}; if that was not you, call us."), x=V("IP_ADDRESS", make_ip(rng)))
        page.line("Atentamente," if spanish else "Sincerely,")
    elif layout == "chat":
        p = people[0]
        first = p["name"].split()[0]
        page.line(f"{title} – {'chat' if not spanish else 'conversación'}")
        hour, minute = rng.randint(8, 20), rng.randint(0, 30)
        agent = "Agente" if spanish else "Agent"
        turns = [(agent, "¿Me confirma su número de seguro social?" if spanish else "Can you confirm your social security number?", None),
                 (first, "{x}", V("US_SSN", write_ssn(rng, p["ssn"], False)) if rng.random() < 0.5 else None),
                 (agent, "¿Y un teléfono de contacto?" if spanish else "Thanks. Best callback number?", None),
                 (first, "{x}", us_phone(rng)),
                 (agent, us_negative(rng, spanish) + (" – ¿correcto?" if spanish else " – is that right?"), None),
                 (first, ("sí, y mi correo es {x}" if spanish else "yes. my email is {x}"), V("EMAIL_ADDRESS", p["email"]))
                 if rng.random() < 0.5 else (first, "sí" if spanish else "yes that's right", None)]
        if turns[1][2] is None:
            turns[1] = (first, ("mi social es {x}" if spanish else "my social is {x}"), V("US_SSN", write_ssn(rng, p["ssn"], True)))
        if wants_card:
            _, digits = make_card(rng)
            turns.append((first, ("cárguelo a esta tarjeta: {x}" if spanish else "just put it on my card {x}"),
                          V("CREDIT_CARD", group_card(rng, digits))))
        for who, msg, v in turns:
            minute += rng.randint(0, 3)
            stamp = f"[{hour + minute // 60:02d}:{minute % 60:02d}]"
            if v:
                page.line(f"{stamp} {who}: {msg}", x=v)
            else:
                page.line(f"{stamp} {who}: {msg}")
    else:  # dump
        page.line(f"{title} – {'lookup result' if not spanish else 'resultado'}")
        style = rng.choice(["json", "colon", "kv"])
        if style == "colon":
            page.line("# fields: name:email:dob:ssn:phone:routing")
        for p in people:
            s = V("US_SSN", write_ssn(rng, p["ssn"], True))
            ph, em = us_phone(rng), V("EMAIL_ADDRESS", p["email"])
            if style == "json":
                page.line('{{"name": "' + p["name"] + '", "dob": "' + p["dob"] + '", "ssn": "{s}", "phone": "{p}", "email": "{e}", "member_id": "' + nine_digits(rng) + '"}}', s=s, p=ph, e=em)
            elif style == "colon":
                page.line(f"{p['name']}:{{e}}:{p['dob']}:{{s}}:{{p}}:{aba(rng)}", s=s, p=ph, e=em)
            else:
                page.line(f"NAME={p['name']}  SSN={{s}}  PH={{p}}  MAIL={{e}}  ZIP={fmt_post(rng, 'us')}", s=s, p=ph, e=em)
        page.line(us_negative(rng, spanish))
    return page, url


US_LAYOUTS = {
    "us_sf86_excerpt": ["form", "ocr", "letter", "table"], "us_lease_guarantor": ["form", "table", "chat", "letter"],
    "us_auto_quote": ["form", "chat", "letter", "table"], "us_homestead": ["form", "ocr", "letter"],
    "us_adoption_homestudy": ["form", "letter", "ocr", "chat"], "us_enlistment_prescreen": ["form", "table", "chat", "ocr"],
    "us_process_server": ["letter", "form", "ocr"], "us_patient_financing": ["form", "chat", "table", "dump"],
    "us_broker_optout": ["dump", "letter", "form", "chat"], "us_cemetery_plot": ["form", "letter", "table"],
}


# ---------------------------------------------------------------- machine output

def host_ip(rng) -> V:
    return V("IP_ADDRESS", make_ip(rng, rng.choice(["pub4", "priv4", "priv4", "pub4", "ll4"])))


def machine_doc(rng, key: str, layout: int) -> tuple[Page, str]:
    page = Page()
    url = f"https://{rng.choice(['paste.opsnotes.dev', 'wiki.infra-team.net', 'gist.snips.io', 'forum.selfhosted.org'])}/{rng.randint(10 ** 5, 10 ** 7)}"
    nodes = [f"{rng.choice(['web', 'db', 'app', 'lb', 'es', 'node', 'mq'])}{rng.randint(1, 40):02d}" for _ in range(rng.randint(2, 5))]
    dom = rng.choice(["acme-logistics.com", "kvartal.se", "brauhaus-online.de", "tiendaverde.es", "north-labs.io"])
    admin = rng.choice(["ops", "noc", "sysadmin", "oncall", "infra"])
    if key == "netplan_ifupdown":
        if layout == 0:
            page.line("# /etc/netplan/01-netcfg.yaml")
            page.line("network:\n  version: 2\n  ethernets:\n    ens3:")
            page.line(f"      addresses: [{{a}}/{rng.choice([24, 22, 26])}, \"{{b}}/64\"]", a=host_ip(rng), b=V("IP_ADDRESS", make_ip(rng, "pub6")))
            page.line("      routes:\n        - to: default\n          via: {g}", g=host_ip(rng))
            page.line("      nameservers:\n        addresses: [{d1}, {d2}]", d1=host_ip(rng), d2=host_ip(rng))
            page.line(f"# netplan {rng.randint(0, 1)}.{rng.randint(100, 108)} on Ubuntu 24.04.1, loopback 127.0.0.1 untouched")
        elif layout == 1:
            page.line("# /etc/network/interfaces")
            page.line("auto lo\niface lo inet loopback\n")
            page.line("auto eth0\niface eth0 inet static")
            page.line("    address {a}", a=host_ip(rng))
            page.line(f"    netmask {rng.choice(['255.255.255.0', '255.255.252.0', '255.255.255.192'])}")
            page.line("    gateway {g}", g=host_ip(rng))
            page.line("    dns-nameservers {d}", d=host_ip(rng))
            page.line(f"    # mtu 9000, ifupdown2 {rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(1, 9)}")
            page.line(f"# questions to {admin}@{dom.split('.')[0]} (internal alias), not outside")
        else:
            page.line("$ ip -br addr")
            page.line("lo               UNKNOWN        127.0.0.1/8 ::1/128")
            for i, _ in enumerate(nodes[:3]):
                page.line(f"eth{i}             UP             {{a}}/{rng.choice([24, 16, 20])} {{b}}/64",
                          a=host_ip(rng), b=V("IP_ADDRESS", make_ip(rng, "ll6")))
            page.line("docker0          DOWN           {d}/16", d=V("IP_ADDRESS", f"172.17.0.{rng.randint(1, 9)}"))
            page.line(f"{admin}@{nodes[0]}:~$ ")
    elif key == "postgres":
        if layout == 0:
            page.line("# pg_hba.conf\n# TYPE  DATABASE  USER  ADDRESS  METHOD")
            page.line("local   all       postgres               peer")
            page.line("host    all       all       127.0.0.1/32    scram-sha-256")
            for _ in nodes:
                page.line(f"host    {rng.choice(['orders', 'billing', 'all'])}    {rng.choice(['app', 'report', 'etl'])}    {{a}}/32    scram-sha-256", a=host_ip(rng))
            page.line("hostssl all       all       {a}/128    cert", a=V("IP_ADDRESS", make_ip(rng, "ula6")))
            page.line("# DBA: {e}  (pager {p})", e=V("EMAIL_ADDRESS", f"{admin}@{dom}"), p=us_phone(rng))
        elif layout == 1:
            for _ in nodes:
                ts = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(100, 999)} UTC"
                user, db = rng.choice(["app", "report", "etl"]), rng.choice(["orders", "billing", "crm"])
                page.line(f"{ts} [{rng.randint(1000, 99999)}] {user}@{db} LOG:  connection received: host={{a}} port={rng.randint(1024, 65535)}", a=host_ip(rng))
                page.line(f"{ts} [{rng.randint(1000, 99999)}] {user}@{db} FATAL:  password authentication failed for user \"{user}\"")
            page.line(f"-- server version 16.{rng.randint(1, 6)}; listen_addresses = '0.0.0.0'")
        else:
            page.line(" pid  | usename | client_addr    | state  | backend_start")
            page.line("------+---------+----------------+--------+------------------------------")
            for _ in nodes:
                page.line(f" {rng.randint(1000, 99999)} | {rng.choice(['app', 'etl', 'grafana'])}     | {{a}} | {rng.choice(['active', 'idle'])} | 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+00", a=host_ip(rng))
            page.line(f"({len(nodes)} rows)  -- asked by {{e}}", e=V("EMAIL_ADDRESS", f"{rng.choice(['anna.berg', 'k.osei', 'li.wei'])}@{dom}"))
    elif key == "elasticsearch":
        if layout == 0:
            page.line("GET _cat/nodes?v\nip           heap.percent ram.percent cpu load_1m node.role master name")
            for n in nodes:
                page.line(f"{{a}} {rng.randint(10, 90):>12} {rng.randint(40, 99):>11} {rng.randint(1, 60):>3} {rng.uniform(0, 4):.2f} cdfhilmrstw {rng.choice(['*', '-'])} {n}", a=host_ip(rng))
            page.line(f"# cluster 8.{rng.randint(10, 15)}.{rng.randint(0, 4)}, OID 1.3.6.1.4.1.{rng.randint(1000, 60000)}.1.2")
        elif layout == 1:
            page.line("{{\n  \"nodes\": {{")
            for n in nodes:
                page.line(f"    \"{rng.getrandbits(64):016x}\": {{{{ \"name\": \"{n}\", \"transport_address\": \"{{a}}:9300\", \"host\": \"{{b}}\", \"version\": \"8.{rng.randint(10, 15)}.{rng.randint(0, 4)}\" }}}},".replace("{{{{", "{{").replace("}}}}", "}}"),
                          a=(ip := host_ip(rng)), b=V("IP_ADDRESS", ip.text))
            page.line("  }}\n}}")
        else:
            page.line("# elasticsearch.yml")
            page.line(f"cluster.name: {rng.choice(['logs', 'search', 'metrics'])}-prod")
            page.line("network.host: {a}", a=host_ip(rng))
            page.line("discovery.seed_hosts: [\"{a}:9300\", \"{b}:9300\", \"{c}\"]", a=host_ip(rng), b=host_ip(rng), c=host_ip(rng))
            page.line("xpack.notification.email.account.ops.smtp.host: smtp." + dom)
            page.line("# alerts go to {e}; do not reply to noreply@localhost", e=V("EMAIL_ADDRESS", f"{admin}+es@{dom}"))
    elif key == "nagios_icinga":
        if layout == 0:
            for n in nodes:
                page.line(f"define host {{{{\n    host_name   {n}\n    address     {{a}}\n    check_command check-host-alive\n}}}}".replace("{{{{", "{{").replace("}}}}", "}}"), a=host_ip(rng))
            page.line("define contact {{\n    contact_name  oncall\n    email         {e}\n    pager         {p}\n}}",
                      e=V("EMAIL_ADDRESS", f"{admin}@{dom}"), p=V("PHONE_NUMBER", write_phone(rng, make_phone(rng, rng.choice(OTHER_REGIONS), True), "", "en", True)))
        elif layout == 1:
            for n in nodes:
                page.line(f"object Host \"{n}\" {{{{\n  address = \"{{a}}\"\n  address6 = \"{{b}}\"\n  vars.os = \"Linux\"\n}}}}".replace("{{{{", "{{").replace("}}}}", "}}"),
                          a=host_ip(rng), b=V("IP_ADDRESS", make_ip(rng, rng.choice(["pub6", "ula6"]))))
            page.line("object User \"oncall\" {{\n  email = \"{e}\"\n  pager = \"{p}\"\n}}",
                      e=V("EMAIL_ADDRESS", f"{rng.choice(['j.moreau', 'anika.roy', 'tom.h'])}@{dom}"),
                      p=V("PHONE_NUMBER", write_phone(rng, make_phone(rng, rng.choice(OTHER_REGIONS), True), "", "en", True)))
        else:
            for n in nodes:
                page.line(f"[{rng.randint(1700000000, 1800000000)}] SERVICE ALERT: {n};PING;OK;HARD;1;PING OK - Packet loss = 0%, RTA = {rng.uniform(0.2, 40):.2f} ms")
                page.line(f"[{rng.randint(1700000000, 1800000000)}] HOST NOTIFICATION: oncall;{n};DOWN;notify-by-sms;CRITICAL - {{a}}: rta nan, lost 100%", a=host_ip(rng))
            page.line("SMS sent to {p} via gateway {g} (mask 255.255.255.0)", g=host_ip(rng), p=V("PHONE_NUMBER", write_phone(rng, make_phone(rng, rng.choice(OTHER_REGIONS), True), "", "en", True)))
            page.line("  -- gateway is ours; mail copy to {e}", e=V("EMAIL_ADDRESS", f"{admin}@{dom}"))
    elif key == "keepalived":
        vip = host_ip(rng)
        if layout == 0:
            page.line("global_defs {{\n   notification_email {{\n     {e}\n   }}", e=V("EMAIL_ADDRESS", f"{admin}@{dom}"))
            page.line(f"   notification_email_from keepalived@{nodes[0]}\n   smtp_server {{s}}\n}}}}".replace("}}}}", "}}"), s=host_ip(rng))
            page.line(f"vrrp_instance VI_1 {{{{\n    state MASTER\n    interface eth0\n    virtual_router_id {rng.randint(1, 255)}\n    priority 150".replace("{{{{", "{{"))
            page.line("    unicast_src_ip {a}\n    unicast_peer {{\n        {b}\n    }}", a=host_ip(rng), b=host_ip(rng))
            page.line("    virtual_ipaddress {{\n        {v}/24 dev eth0\n    }}\n}}", v=vip)
        elif layout == 1:
            for _ in range(rng.randint(2, 4)):
                page.line(f"Dec  {rng.randint(1, 28)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {nodes[0]} Keepalived_vrrp[{rng.randint(100, 9999)}]: (VI_1) Entering MASTER STATE")
                page.line(f"Dec  {rng.randint(1, 28)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {nodes[0]} Keepalived_vrrp[{rng.randint(100, 9999)}]: Sending gratuitous ARP on eth0 for {{v}}", v=V("IP_ADDRESS", vip.text))
            page.line(f"Keepalived v2.{rng.randint(0, 3)}.{rng.randint(0, 20)} (10/12,2026)")
        else:
            page.line(f"root@{nodes[0]}:~# ip -4 addr show eth0")
            page.line("    inet {a}/24 scope global eth0", a=host_ip(rng))
            page.line("    inet {v}/32 scope global eth0", v=V("IP_ADDRESS", vip.text))
            page.line(f"root@{nodes[0]}:~# ping -c1 {{b}}\n1 packets transmitted, 1 received, 0% packet loss, time 0ms", b=host_ip(rng))
    elif key == "tcpdump":
        for _ in range(rng.randint(3, 6)):
            t = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999999):06d}"
            if layout == 0:
                page.line(f"{t} IP {{a}}.{rng.randint(1024, 65535)} > {{b}}.{rng.choice([443, 80, 53, 22])}: Flags [{rng.choice(['S', 'S.', 'P.', 'F.'])}], seq {rng.randint(1, 4 * 10 ** 9)}, win {rng.choice([64240, 65535, 502])}, length {rng.randint(0, 1448)}", a=host_ip(rng), b=host_ip(rng))
            elif layout == 1:
                mac = ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))
                page.line(f"{t} {mac} > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has {{a}} tell {{b}}, length 28", a=host_ip(rng), b=host_ip(rng))
            else:
                page.line(f"{t} IP6 {{a}}.{rng.randint(1024, 65535)} > {{b}}.53: {rng.randint(1000, 65000)}+ AAAA? {rng.choice(['cdn', 'api', 'mail'])}.{dom}. ({rng.randint(30, 60)})",
                          a=V("IP_ADDRESS", make_ip(rng, rng.choice(["pub6", "ula6"]))), b=V("IP_ADDRESS", make_ip(rng, "pub6")))
        page.line(f"{rng.randint(5, 900)} packets captured\n0 packets dropped by kernel  (tcpdump 4.99.{rng.randint(1, 5)}, libpcap 1.10.{rng.randint(1, 5)})")
    elif key == "consul_nomad":
        if layout == 0:
            page.line("$ consul members\nNode      Address              Status  Type    Build   Protocol  DC   Partition  Segment")
            for n in nodes:
                page.line(f"{n:<9} {{a}}:8301  alive   {rng.choice(['server', 'client'])}  1.{rng.randint(15, 20)}.{rng.randint(0, 5)}  2         dc1  default    <all>", a=host_ip(rng))
        elif layout == 1:
            page.line("$ nomad node status -verbose\nID                                    Node Pool  DC   Name    Class   Address          Version  Drain  Eligibility  Status")
            for n in nodes:
                page.line(f"{rng.getrandbits(128):032x}  default    dc1  {n}  <none>  {{a}}  1.{rng.randint(6, 9)}.{rng.randint(0, 5)}    false  eligible     ready", a=host_ip(rng))
        else:
            page.line("[")
            for n in nodes:
                page.line(f"  {{{{\"Node\": \"{n}\", \"Address\": \"{{a}}\", \"TaggedAddresses\": {{{{\"lan\": \"{{b}}\", \"wan\": \"{{c}}\"}}}}, \"ServicePort\": {rng.choice([8080, 5432, 6379])}}}}},".replace("{{{{", "{{").replace("}}}}", "}}"),
                          a=(ip := host_ip(rng)), b=V("IP_ADDRESS", ip.text), c=V("IP_ADDRESS", make_ip(rng, "pub4")))
            page.line("]")
        page.line(f"# image: hashicorp/consul@sha256:{rng.getrandbits(256):064x}")
    else:  # package_meta
        people = [(n, email_for(rng, n, rng.choice([dom, "gmail.com", "posteo.de"]), LATIN)) for n in
                  rng.sample(["Lena Hoffmann", "Ravi Iyer", "Chloé Martin", "Sam Okoro", "Ines Duarte", "Marek Novak"], k=rng.randint(2, 3))]
        if layout == 0:
            page.line("<developers>")
            for n, e in people:
                page.line(f"  <developer>\n    <name>{n}</name>\n    <email>{{e}}</email>\n  </developer>", e=V("EMAIL_ADDRESS", e))
            page.line("</developers>")
            page.line(f"<!-- scm: scm:git:ssh://git@forge:7999/{rng.choice(['core', 'libs'])}/parser.git ; version {rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 30)} -->")
        elif layout == 1:
            n, e = people[0]
            page.line("{{\n  \"name\": \"@" + dom.split(".")[0] + "/toolkit\",\n  \"version\": \"" + f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}" + "\",")
            page.line(f"  \"author\": \"{n} <{{e}}>\",", e=V("EMAIL_ADDRESS", e))
            page.line("  \"dependencies\": {{ \"lodash\": \"^4.17.21\" }}\n}}".replace("{{{{", "{{").replace("}}}}", "}}"))
            page.line(f"$ npm ls\n@{dom.split('.')[0]}/toolkit@{rng.randint(1, 9)}.0.0\n├── lodash@4.17.21\n└── react@18.{rng.randint(0, 3)}.{rng.randint(0, 9)}")
            page.line("npm WARN deprecated request@2.88.2: request has been deprecated")
        else:
            page.line("# CODEOWNERS")
            for n, e in people:
                page.line(f"/{rng.choice(['src', 'docs', 'ci', 'api'])}/  @{n.split()[0].lower()}-{rng.randint(1, 99)} {{e}}", e=V("EMAIL_ADDRESS", e))
            page.line(f"# remote: {admin}@buildbox:/srv/git/toolkit.git  (ssh {admin}@buildbox)")
        page.line("# contact {e} for security reports", e=V("EMAIL_ADDRESS", f"security@{dom}"))
    return page, url


def machine_trap(rng) -> str:
    """A line of IP- and e-mail-shaped strings that are not host addresses or mailboxes by the span rules."""
    a, b, c, d = (rng.randint(1, 254) for _ in range(4))
    return rng.choice([
        f"# snmpget -v2c -c public localhost 1.3.6.1.2.1.{rng.randint(1, 99)}.{rng.randint(1, 9)}.0",
        f"# ldap: uid=svc-{rng.randint(1, 99)},ou=people,dc=corp,dc=local (bind ok)",
        f"# PTR {d}.{c}.{b}.{a}.in-addr.arpa. checked",
        f"# firmware {rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(1, 400)}, route 0.0.0.0/0, mask 255.255.{rng.choice([0, 240, 255])}.0",
        f"# broadcast 255.255.255.255 dropped, wildcard 0.0.{rng.choice([0, 3, 15])}.255, loopback ::1",
        f"# deploy@runner:~$ git push deploy@staging:app.git v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        f"# Message-ID: <{rng.getrandbits(40):x}.{rng.randint(100, 999)}@alerts.internal.example>",
        f"# spec section 4.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}; build 20{rng.randint(24, 27)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}.{rng.randint(1, 9)}",
    ])


MACHINE = ["netplan_ifupdown", "postgres", "elasticsearch", "nagios_icinga", "keepalived", "tcpdump",
           "consul_nomad", "package_meta"]


# ---------------------------------------------------------------- the set

def plan() -> list[tuple]:
    """(register, language, layout, spanish) for every document, in a fixed order."""
    out = []
    for key in LOCAL:
        langs = list(LOCAL[key]["title"])
        for i in range(PER_LOCAL):
            out.append(("local", key, langs[i % len(langs)], LOCAL_LAYOUTS[(i // len(langs) + i) % len(LOCAL_LAYOUTS)]))
    for key in US:
        layouts = US_LAYOUTS[key]
        for i in range(PER_US):
            spanish = US[key][2] is not None and i % 2 == 1
            out.append(("us", key, "es" if spanish else "en", layouts[i % len(layouts)]))
    for key in MACHINE:
        for i in range(PER_MACHINE):
            out.append(("machine", key, "en", i % 3))
    return out


def make_row(n: int, spec: tuple) -> dict:
    family, key, lang, layout = spec
    for attempt in range(20):
        rng = random.Random(f"{SEED}:{n}:{attempt}")
        if family == "local":
            page, url = local_doc(rng, key, lang, layout)
        elif family == "us":
            page, url = us_doc(rng, key, layout, lang == "es")
            if rng.random() < 0.7:
                local = rng.choice(["jdoe", "maria.g", "kev_r", "ashley.f", "support"])
                page.line(at_trap(rng, local, rng.choice(US_DOM)))
        else:
            page, url = machine_doc(rng, key, layout)
            page.line(machine_trap(rng))
        row = {"id": f"blind14-{n}", "half": "blind14", "register": key, "url": url, "language": lang,
               "text": page.text(), "spans": page.spans}
        if not check_row(row):
            return row
    raise AssertionError(f"document {n} ({spec}) fails its checks: {check_row(row)}")


def generate(half: str = "blind14") -> list[dict]:
    return [make_row(n, spec) for n, spec in enumerate(plan())]


def load() -> list[dict]:
    """The rows of the committed set."""
    return read_rows(PATH)


def print_counts(rows: list[dict]) -> None:
    types: dict[str, int] = {}
    regs: dict[str, int] = {}
    langs: dict[str, int] = {}
    for r in rows:
        regs[r["register"]] = regs.get(r["register"], 0) + 1
        langs[r["language"]] = langs.get(r["language"], 0) + 1
        for s in r["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    total = sum(types.values())
    print(f"{len(rows)} documents, {total} spans")
    for k, v in sorted(types.items()):
        print(f"  {k:<14} {v:>5}  {v / total:.1%}")
    print("registers:", len(regs), dict(sorted(regs.items())))
    print("languages:", len(langs), dict(sorted(langs.items(), key=lambda kv: -kv[1])))
    print(f"non-English documents: {sum(v for k, v in langs.items() if k != 'en') / len(rows):.1%}")


if __name__ == "__main__":
    ROWS = generate()
    print_counts(ROWS)
    if "--write-set" in sys.argv:
        PATH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
        print(f"wrote {PATH}")
