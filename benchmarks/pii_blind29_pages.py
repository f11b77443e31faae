"""People's pages of blind29: twelve kinds of page, each wholly in its page's language.

Every label, sentence and title here was written for blind29. See benchmarks/pii_blind29.py.
"""

from __future__ import annotations

import random
import re

import pii_blind29_values as V
from faker import Faker

_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(
            locale, providers=["faker.providers.person", "faker.providers.address"]
        )
    return _FAKERS[locale]


from pii_blind29_lexicon import REGS, L

SLOT = re.compile(r"\{(\w+)\}")
SIG = {"JP": "ジェイ", "TH": "ไทย"}


def fill(doc: V.Doc, tmpl: str, vals: dict[str, tuple[str | None, str]]) -> None:
    pos = 0
    for m in SLOT.finditer(tmpl):
        doc.t(tmpl[pos : m.start()])
        typ, val = vals[m.group(1)]
        if typ is None:
            doc.n(val)
        else:
            doc.v(typ, val)
        pos = m.end()
    doc.t(tmpl[pos:])


def _phone(rng: random.Random, lx: dict, kind: str = "any", ext: bool = False) -> str:
    p = V.phone(rng, lx["region"], kind)
    if lx["zero"] and not p.startswith("+") and rng.random() < 0.35:
        p = V.localize_digits(p, lx["zero"])
    elif lx["region"] in ("JP", "CN") and not p.startswith("+") and rng.random() < 0.15:
        p = "".join(
            chr(ord(c) + 0xFEE0) if c.isdigit() else ("－" if c == "-" else c)
            for c in p
        )
    if ext and kind != "mobile":
        p = f"{p} {lx['ext']} {rng.randrange(10, 400)}"
    return p


def _domain(rng: random.Random, lx: dict) -> str:
    return (
        rng.choice(["mail", "post", "club", "net", "inbox"]) + "." + lx["tld"]
        if rng.random() < 0.5
        else rng.choice(["gmail.com", "yahoo.com", "outlook.com"])
    )


def _email(rng: random.Random, lx: dict) -> str:
    loc = rng.choice(lx["loc"])
    if rng.random() < 0.4:
        loc += str(rng.randrange(1, 99))
    return f"{loc}@{_domain(rng, lx)}"


def _negs(rng: random.Random, lx: dict) -> dict[str, tuple[None, str]]:
    return {
        "N": (None, V.digits(rng, rng.choice([7, 8, 9, 10, 11, 12]))),
        "D": (None, V.date_styles(rng)),
        "M": (None, V.price(rng, rng.choice([" ", ".", ",", "\u202f", "'"]))),
        "C": (None, V.digits(rng, rng.choice([8, 9, 10, 11]))),
    }


def page(
    rng: random.Random, register: str, lang: str, layout: int
) -> tuple[str, list[dict], str]:
    lx = L[lang]
    title, intro = REGS[register][lang]
    fk = _faker(lx["fk"])
    fk.seed_instance(rng.randrange(10**9))
    d = V.Doc()
    host = f"https://www.{register.split('_')[0]}-{rng.randrange(10, 99)}.{lx['tld']}"
    url = f"{host}/{rng.choice(['kontakt', 'contact', 'booking', 'info', 'p'])}/{rng.randrange(100, 999)}"
    if layout == 0:  # contact block with labels before values, negatives between them
        d.t(f"{title}\n{intro}\n\n{fk.name()}\n")
        d.t(f"{lx['addr']}: ").n(fk.address().replace("\n", ", "))
        d.t("\n")
        d.t(f"{lx['tel']}: ").v(
            "PHONE_NUMBER", _phone(rng, lx, "fixed", ext=rng.random() < 0.35)
        )
        if rng.random() < 0.6:
            d.t(rng.choice([" / ", ", ", " · "])).v(
                "PHONE_NUMBER", _phone(rng, lx, "fixed")
            )
        d.t(f"\n{lx['mob']}: ").v("PHONE_NUMBER", _phone(rng, lx, "mobile"))
        d.t(f"\n{lx['fax']}: ").v("PHONE_NUMBER", _phone(rng, lx, "fixed"))
        d.t(f"\n{lx['faxjob']}: ").n(V.digits(rng, rng.choice([8, 10, 11])))
        d.t(f"\n{lx['mail']}: ").v("EMAIL_ADDRESS", _email(rng, lx))
        d.t(f"\n{lx['cust']}: ").n(V.digits(rng, rng.choice([9, 10, 11, 12])))
        d.t(f"\n{lx['book']}: ").n(
            rng.choice([V.digits(rng, 10), V.range_(rng), V.digits(rng, 8)])
        )
        d.t(f"\n{lx['app']} ").n(V.version4(rng)).t("\n")
        d.t(f"{lx['hours']}\n")
        if _iban_cc(lx) and rng.random() < 0.85:
            d.t("IBAN: ").v("IBAN_CODE", V.iban(rng, _iban_cc(lx))).t("\n")
        elif _iban_cc(lx) and rng.random() < 0.8:
            d.t("IBAN: ").n(V.bad_iban(rng, _iban_cc(lx))).t("\n")
        if rng.random() < 0.45:
            d.t(V.brand_label(rng)).v("CREDIT_CARD", V.card(rng)).t("  ").n(
                V.bad_card(rng)
            ).t("\n")
    elif (
        layout == 1
    ):  # a roster table: the column header marks which numbers are phones
        sep = rng.choice([" | ", ";", "\t", ","])
        hdr = [
            lx["date"],
            lx["book"],
            fk.name().split()[0][:0] + lx["tel"],
            lx["mail"],
            lx["price"],
        ]
        d.t(f"{title}\n\n").t(sep.join(hdr) + "\n")
        for _ in range(rng.randrange(3, 6)):
            d.n(V.date_styles(rng)).t(sep).n(
                V.digits(rng, rng.choice([7, 8, 9, 10, 11]))
            ).t(sep)
            d.v("PHONE_NUMBER", _phone(rng, lx, rng.choice(["mobile", "fixed"]))).t(sep)
            if rng.random() < 0.25:
                d.v("EMAIL_ADDRESS", _email(rng, lx))
            d.t(sep)
            d.n(V.price(rng, "," if sep != "," else "."))
            d.t("\n")
        d.t(f"\n{lx['cust']} ").n(V.digits(rng, 9)).t(f" · {lx['faxjob']} ").n(
            V.digits(rng, 11)
        ).t("\n")
        if _iban_cc(lx) and rng.random() < 0.7:
            d.t("IBAN: ").v("IBAN_CODE", V.iban(rng, _iban_cc(lx))).t(
                " · BIC/SWIFT · "
            ).n(V.digits(rng, 8)).t("\n")
        if rng.random() < 0.3:
            d.t(V.brand_label(rng)).v("CREDIT_CARD", V.card(rng)).t("\n")
    elif layout == 3:  # JSON-LD in the page head, then a line with several numbers
        e = _email(rng, lx)
        d.t(f"{title}\n")
        d.t(
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness",'
        )
        d.t(f'"name":"{title}","telephone":"').v(
            "PHONE_NUMBER",
            V.phone(rng, lx["region"], "fixed", rng.choice(["e164", "intl"])),
        )
        d.t('","faxNumber":"').v(
            "PHONE_NUMBER", V.phone(rng, lx["region"], "fixed", "intl")
        )
        d.t('","email":"').v("EMAIL_ADDRESS", e).t('","identifier":"').n(
            V.digits(rng, rng.choice([9, 10, 11]))
        )
        d.t('","image":"https://cdn.').t(lx["tld"]).t(
            '/img/logo@2x.png","address":{"postalCode":"'
        )
        d.n(V.digits(rng, rng.choice([4, 5, 6]))).t('"},"geo":{"latitude":').n(
            f"{rng.uniform(-60, 70):.6f}"
        )
        d.t(',"longitude":').n(f"{rng.uniform(-120, 150):.6f}").t("}}</script>\n")
        d.t(f"{intro}\n{lx['tel']}: ")
        for k in range(rng.randrange(2, 4)):
            if k:
                d.t(rng.choice([" / ", ", ", " – ", " · "]))
            d.v("PHONE_NUMBER", _phone(rng, lx, rng.choice(["fixed", "mobile"])))
        d.t(f"\n{lx['book']}: ").n(V.digits(rng, rng.choice([7, 9, 12]))).t(
            f" · {lx['date']}: "
        ).n(V.date_styles(rng))
        d.t(" · ").n(f"{rng.randrange(1, 4)} {rng.randrange(100, 999)} m").t(" · ").n(
            f"{rng.randrange(1, 99)},{rng.randrange(1, 9)} km"
        ).t("\n")
        if rng.random() < 0.5:
            d.t(f'<a href="mailto:{e}">').v("EMAIL_ADDRESS", e).t("</a>\n")
        if rng.random() < 0.5:
            d.t(f"{lx['cust']}: ").n(V.digits(rng, 10)).t(f" · {lx['app']} ").n(
                V.version4(rng)
            ).t("\n")
        if _iban_cc(lx) and rng.random() < 0.8:
            ib = V.iban(rng, _iban_cc(lx))
            d.t("IBAN ").v("IBAN_CODE", ib.lower() if rng.random() < 0.1 else ib)
            d.t(" (").n(V.bad_iban(rng, _iban_cc(lx))).t(
                " ✗)\n" if rng.random() < 0.3 else ")\n"
            )
        if rng.random() < 0.5:
            d.t(V.brand_label(rng)).v("CREDIT_CARD", V.card(rng)).t(" · ").n(
                V.bad_card(rng)
            ).t("\n")
    else:  # prose / chat with a tel: link and numbers only the sentence marks
        vals = {
            "P": ("PHONE_NUMBER", _phone(rng, lx, "any", ext=rng.random() < 0.2)),
            "P2": ("PHONE_NUMBER", _phone(rng, lx, "mobile")),
            "E": ("EMAIL_ADDRESS", _email(rng, lx)),
        }
        vals.update(_negs(rng, lx))
        d.t(f"{title}\n\n{intro} ")
        fill(d, lx["s1"], vals)
        d.t(" ")
        fill(d, lx["s2"], vals)
        d.t("\n")
        fill(d, lx["s3"], vals)
        d.t("\n\n")
        if rng.random() < 0.35:
            loc, dom = rng.choice(lx["loc"]), _domain(rng, lx)
            d.n(
                rng.choice(
                    [
                        f"{loc} [at] {dom.replace('.', ' [dot] ')}",
                        f"{loc}(at){dom}",
                        f"{loc} @ {dom.split('.')[0]}",
                    ]
                )
            )
            d.t(" · ").n(f"{rng.choice(['logo', 'banner', 'icon'])}@2x.png").t("\n")
        if rng.random() < 0.6:
            num = V.phone_obj(rng, lx["region"], "mobile")
            e164 = V.fmt_phone(rng, num, "e164")
            shown = V.fmt_phone(rng, num, "intl")
            d.t('<a href="tel:').v("PHONE_NUMBER", e164).t('">').v(
                "PHONE_NUMBER", shown
            ).t("</a>\n")
        if rng.random() < 0.3:
            d.t(f"{lx['price']}: ").n(V.price(rng, ".")).t(" · ").n(V.range_(rng)).t(
                "\n"
            )
        if _iban_cc(lx) and rng.random() < 0.7:
            d.t("IBAN ").v("IBAN_CODE", V.iban(rng, _iban_cc(lx))).t("\n")
        if rng.random() < 0.4:
            d.t(V.brand_label(rng)).v("CREDIT_CARD", V.card(rng)).t(" — ").n(
                V.bad_card(rng)
            ).t("\n")
    return url, d.spans, d.text()


def _iban_cc(lx: dict) -> str | None:
    cc = lx["region"]
    return cc if cc in V.IBAN_COUNTRIES else None
