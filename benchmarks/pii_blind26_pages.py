"""People's pages of the blind26 PII set (see benchmarks/pii_blind26.py): 12 registers, three layouts
(prose, a contact table with its header far above, a guest-book / chat / form block)."""

from __future__ import annotations

import string

from pii_blind26_lexicon import ASCII_LOCAL, IBAN_COUNTRY, LANG, NAMES, REG
from pii_blind26_values import (
    CARD,
    EMAIL,
    IBAN_T,
    PHONE,
    Doc,
    card,
    card_lookalike,
    coords,
    dated,
    digits,
    email,
    email_lookalike,
    iban,
    iban_lookalike,
    imei,
    isbn13,
    lookalike_number,
    phone,
)

PEOPLE = list(REG)
SLUGS = ["fahrerjobs", "laverde", "zwaluw", "ruedas", "hastgarden", "bagdrop", "poggio", "shaadi-beats", "guides",
         "stokrotka", "autobrilho", "yeshi", "tirpan", "meridiana", "kopretina", "narges"]
DOMAIN_TLD = {"DE": "de", "AT": "at", "CH": "ch", "PL": "pl", "RO": "ro", "RU": "ru", "IT": "it", "FR": "fr", "BE": "be",
              "GR": "gr", "JP": "jp", "NL": "nl", "IL": "co.il", "ES": "es", "MX": "com.mx", "PT": "pt", "BR": "com.br",
              "KR": "co.kr", "SE": "se", "SA": "sa", "AE": "ae", "EG": "eg", "FI": "fi", "TH": "co.th", "CN": "cn",
              "TW": "com.tw", "HU": "hu", "GE": "ge", "IN": "in", "TR": "com.tr", "UA": "ua", "CZ": "cz", "IR": "ir",
              "VN": "vn", "MY": "my"}


class Page:
    def __init__(self, rng, reg: str, lang: str) -> None:
        self.rng, self.reg, self.lang, self.L = rng, reg, lang, LANG[lang]
        self.region = rng.choice(self.L["regions"])
        self.tld = DOMAIN_TLD[self.region]
        self.slug = rng.choice(SLUGS)
        self.title, self.intro, self.noun = REG[reg][lang]

    def name(self) -> str:
        first, last = NAMES[self.lang]
        f, s = self.rng.choice(first), self.rng.choice(last)
        return f"{s}{f}" if self.lang in ("ja", "zh", "ko") else f"{f} {s}"

    def ph(self, mobile=None, ext=False, style=None) -> tuple:
        script = self.L.get("script", "") if self.rng.random() < 0.3 else ""
        s = phone(self.rng, self.region, mobile=False if ext else mobile, style=style, script=script)
        if ext:
            n = digits(self.rng, self.rng.choice([2, 3, 4]))
            s += self.rng.choice([" ", ", ", " "]) + self.L["ext"] + ("" if self.lang in ("ja", "zh") else " ") + n
        return (PHONE, s)

    def mail(self) -> tuple:
        return (EMAIL, email(self.rng, self.rng.choice(ASCII_LOCAL) + self.rng.choice(["", str(self.rng.randrange(1, 99))]),
                             f"{self.slug}.{self.tld}"))

    def neg(self) -> str:
        """A line with a number that looks like a phone / card / IBAN / IP but is not one."""
        L, r = self.L, self.rng
        k = r.randrange(14)
        if k == 0:
            return f"{L['order']} {lookalike_number(r)}"
        if k == 1:
            return f"{L['invoice']} {digits(r, r.randrange(8, 12), string.digits)}"
        if k == 2:
            return f"{L['booking']}: {lookalike_number(r)}"
        if k == 3:
            return f"{L['customer']} {digits(r, 10)}"
        if k == 4:
            return f"{L['tracking']}: {digits(r, r.choice([12, 13, 14, 15]))}"
        if k == 5:
            return f"{L['postcode']} {digits(r, 5)} · {dated(r, L['date'])} {r.randrange(7, 23):02d}:{r.choice(['00', '15', '30', '45'])}"
        if k == 6:
            return f"GPS {coords(r)}"
        if k == 7:
            return f"ISBN {isbn13(r)}"
        if k == 8:
            return f"IMEI {imei(r)}"
        if k == 9:
            return card_lookalike(r)
        if k == 10 and self.region in IBAN_COUNTRY:
            return f"IBAN {iban_lookalike(r, IBAN_COUNTRY[self.region])}"
        if k == 11:
            return f"{L['plate']} {r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)} {digits(r, 4)}"
        if k == 12:
            return f"{r.randrange(120, 99000):,} {r.choice(['€', 'zł', '₽', '¥', '₩', '฿', 'kr', 'Ft', '₺'])} · {dated(r, L['date'])}"
        return email_lookalike(r, r.choice(ASCII_LOCAL), f"{self.slug}.{self.tld}")


def _layout_prose(p: Page, d: Doc) -> None:
    r, L = p.rng, p.L
    d.add(f"{p.title}\n\n{p.intro}\n")
    d.t(L["call"] + "\n", P=p.ph())
    d.add(p.neg() + "\n")
    d.t(f"{p.name()}: {{A}} ({L['mobile']}), {{B}} ({L['tel']})\n", A=p.ph(True), B=p.ph(False))
    if r.random() < 0.6:
        d.t(f"{L['tel']} {{A}} / {{B}} {L['or_']} {{C}}\n", A=p.ph(), B=p.ph(), C=p.ph(ext=r.random() < 0.5))
    d.add(p.neg() + "\n")
    d.t(f"{L['mail']}: {{E}}\n", E=p.mail())
    if p.region in IBAN_COUNTRY:
        d.t(L["pay"] + "\n", I=(IBAN_T, iban(r, IBAN_COUNTRY[p.region])))
    for _ in range(r.randrange(1, 3)):
        d.t(f"{r.choice(['VISA', 'Mastercard', 'Amex', 'JCB'])} {{C}} · {p.neg()}\n", C=(CARD, card(r)))
    if r.random() < 0.4:
        num = p.ph(style="e164")
        d.t('<a href="tel:{A}">', A=num).t("{B}</a>\n", B=p.ph())
    d.add(p.neg() + "\n")


def _layout_table(p: Page, d: Doc) -> None:
    r, L = p.rng, p.L
    sep = r.choice([" | ", "\t", ";", " | "])
    cols = [L["name"], L["tel"], L["mobile"], L["mail"], L["booking"], L["postcode"]]
    d.add(f"{p.title}\n{sep.join(cols)}\n")
    d.add("-" * 40 + "\n")
    for _ in range(r.randrange(4, 8)):
        d.add(p.name() + sep)
        if r.random() < 0.85:
            d.v(*p.ph(False, ext=r.random() < 0.25))
        else:
            d.add("–")
        d.add(sep)
        if r.random() < 0.6:
            d.v(*p.ph(True))
        d.add(sep)
        if r.random() < 0.3:
            d.v(*p.mail())
        d.add(sep + lookalike_number(r) + sep + digits(r, 5) + "\n")
    d.add("\n" + p.neg() + "\n" + p.neg() + "\n")


def _layout_form(p: Page, d: Doc) -> None:
    r, L = p.rng, p.L
    d.add(f"{p.title}\n")
    for _ in range(r.randrange(2, 4)):
        d.add(f"\n{p.noun} #{digits(r, 6)} — {dated(r, L['date'])}\n{L['name']}: {p.name()}\n")
        k = r.randrange(3)
        if k == 0:
            d.t(f"{L['tel']}: {{A}}\n", A=p.ph(ext=True))
        elif k == 1:
            d.t("{A}, {B} ← " + L["mobile"] + "\n", A=p.ph(True), B=p.ph(True))
        else:
            d.t(f"{L['mobile']}/WhatsApp: {{A}}\n", A=p.ph(True, style=r.choice(["intl", "00", "e164"])))
        d.add(p.neg() + "\n")
        if r.random() < 0.35:
            d.t(f"{L['mail']}: <{{E}}>\n", E=p.mail())
        if r.random() < 0.7:
            d.t("{C}\n", C=(CARD, card(r, " ")))
        if p.region in IBAN_COUNTRY and r.random() < 0.6:
            d.t("IBAN: {I}\n", I=(IBAN_T, iban(r, IBAN_COUNTRY[p.region])))
        d.add(f"{L['order']}: {digits(r, r.randrange(7, 12))}\n")
    d.t("\n" + L["call"], P=p.ph())


def people_doc(rng, reg: str, i: int):
    langs = list(REG[reg])
    lang = langs[i % len(langs)]
    p = Page(rng, reg, lang)
    d = Doc()
    [_layout_prose, _layout_table, _layout_form][(i // len(langs)) % 3](p, d)
    url = f"https://www.{p.slug}.{p.tld}/{reg.replace('_', '-')}/{rng.randrange(100, 9999)}"
    return lang, url, d
