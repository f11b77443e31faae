"""The international pages of the blind18 set: 14 registers, six languages each, six layouts
(benchmarks/pii_blind18.py says what the set is and under which rules it was written)."""

from __future__ import annotations

import random
import unicodedata

from benchmarks.pii_blind18_lexicon import LANGS, TITLES
from benchmarks.pii_blind18_values import (
    ARABIC_INDIC,
    FULLWIDTH,
    IBAN_COUNTRIES,
    NBSP,
    PERSIAN,
    Doc,
    at_lookalike,
    at_traps,
    bad_iban,
    card,
    card_text,
    email,
    grouped,
    iban,
    iban_text,
    imei,
    masked_card,
    not_card_number,
    phone_number,
    phone_text,
)

OTHER_REGIONS = ("US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "GB", "IE", "FR", "DE", "AT", "CH", "IT", "ES", "PT",
                 "NL", "BE", "LU", "DK", "NO", "SE", "FI", "IS", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "CY",
                 "TR", "RU", "UA", "KZ", "GE", "AM", "IL", "SA", "AE", "QA", "KW", "EG", "MA", "TN", "NG", "KE",
                 "ZA", "GH", "IN", "PK", "BD", "LK", "TH", "VN", "MY", "SG", "ID", "PH", "CN", "HK", "TW", "JP",
                 "KR", "AU", "NZ", "HR", "SI", "RS", "EE", "LV", "LT", "MT", "UY", "EC", "DO")
LATIN_FALLBACK = ("anna", "dmitri", "olga", "sergei", "ivan", "elena", "nikos", "maria", "georgi", "katya")
REG_LANG_TARGET = 44


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and ch.isalnum()).lower()


class Page:
    """What one page knows: its language's words, its people, and how it writes numbers."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang, self.L = rng, lang, LANGS[lang]
        self.region = rng.choice(self.L["regions"])

    def person(self) -> tuple[str, str]:
        r, L = self.rng, self.L
        i, j = r.randrange(len(L["first"])), r.randrange(len(L["last"]))
        first, last = L["first"][i], L["last"][j]
        if self.lang in ("zh", "ja", "ko"):
            name = f"{last}{first}"
        else:
            name = f"{first} {last}"
        latin = L.get("latin")
        lf = latin[i] if latin else (_ascii(first) or r.choice(LATIN_FALLBACK))
        ll = (latin[j] if latin else _ascii(last)) or r.choice(LATIN_FALLBACK)
        if lf == ll:
            ll = ll + "x"
        return name, email(r, lf, ll, r.choice(L["domains"]))

    def digits(self, s: str) -> str:
        r = self.rng.random()
        if self.lang in ("zh", "ja", "ko") and r < 0.25:
            return s.translate(FULLWIDTH)
        if self.lang == "ar" and r < 0.3:
            return s.translate(ARABIC_INDIC)
        if self.lang == "fa" and r < 0.4:
            return s.translate(PERSIAN)
        return s

    def phone(self, ext: bool = True) -> str:
        r = self.rng
        own = r.random() < 0.7
        region = self.region if own else r.choice(OTHER_REGIONS)
        num = phone_number(r, region)
        styles = (("national", "intl", "e164", "00", "trunk0", "dots", "slash", "nbsp", "dashes") if own
                  else ("intl", "e164", "00", "nbsp", "dots"))
        text = phone_text(r, num, r.choice(styles))
        text = self.digits(text) if text[0] in "+0" or text[0].isdigit() else text
        if ext and r.random() < 0.14:
            text += f" {self.L['ext']} {r.randint(2, 4999)}" if r.random() < 0.7 else f" x{r.randint(10, 999)}"
        return text

    def card(self) -> str:
        digits, groups = card(self.rng)
        return card_text(self.rng, digits, groups, self.rng.choice(("space", "space", "dash", "plain", "nbsp", "dot")))

    def iban(self) -> str:
        r = self.rng
        country = r.choice(IBAN_COUNTRIES)
        return iban_text(iban(r, country), r.choice(("print", "print", "compact", "lower")))

    def date(self) -> str:
        r = self.rng
        return self.L["fdate"](r.randint(1, 28), r.randint(1, 12), r.randint(2025, 2027))

    def time(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.choice((0, 15, 30, 45)):02d}"

    def price(self) -> str:
        return self.L["price"](self.rng.randint(900, 189000) / 100)

    # phone-shaped and card-shaped look-alikes, each with the page's own label
    def lookalike(self) -> tuple[str, str]:
        r, L = self.rng, self.L
        pick = r.randrange(15)
        if pick == 11:
            return national_id(r, self.lang)
        if pick == 12:
            return "GPS", f"{r.uniform(-60, 70):.5f}, {r.uniform(-150, 150):.5f}"
        if pick == 13:
            return "ISBN", f"978-{r.randint(0, 9)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.randint(0, 9)}"
        if pick == 14:
            return "EAN", f"9{r.randint(10 ** 11, 10 ** 12 - 1)}"
        if pick == 0:
            return L["order"], f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if pick == 1:
            return L["invoice"], f"{r.randint(2025, 2027)}/{r.randint(10000, 99999)}-{r.randint(10, 99)}"
        if pick == 2:
            return L["cust"], f"{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if pick == 3:
            return L["track"], grouped(not_card_number(r), 4)
        if pick == 4:
            return L["loyal"], grouped(not_card_number(r), 4, r.choice((" ", "-")))
        if pick == 5:
            return "IMEI", imei(r)
        if pick == 6:
            return L["serial"], f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}"
        if pick == 7:
            return L["card"], masked_card(r)
        if pick == 8:
            return L["date"], f"{self.date()} {self.time()}"
        if pick == 9:
            return L["iban"], bad_iban(r, r.choice(IBAN_COUNTRIES))
        return L["total"], self.price()


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def national_id(r: random.Random, lang: str) -> tuple[str, str]:
    """A national id of the page's country (not one of the six types), in its own label and writing."""
    ids = {
        "de": ("Steuer-ID", lambda: f"{r.randint(1, 9)}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"),
        "fr": ("N° de sécurité sociale", lambda: f"{r.randint(1, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}"),
        "es": ("DNI", lambda: f"{_d(r, 8)}-{r.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"),
        "it": ("Codice fiscale", lambda: "RSSMRA" + _d(r, 2) + "A" + _d(r, 2) + "H501" + r.choice("XYZ")),
        "pt": ("NIF", lambda: f"{r.randint(1, 3)}{_d(r, 8)}"),
        "nl": ("BSN", lambda: f"{_d(r, 4)}.{_d(r, 2)}.{_d(r, 3)}"),
        "pl": ("PESEL", lambda: _d(r, 11)),
        "sv": ("Personnummer", lambda: f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 4)}"),
        "cs": ("Rodné číslo", lambda: f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}/{_d(r, 4)}"),
        "tr": ("T.C. Kimlik No", lambda: f"{r.randint(1, 9)}{_d(r, 10)}"),
        "ru": ("СНИЛС", lambda: f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)} {_d(r, 2)}"),
        "uk": ("РНОКПП", lambda: f"{r.randint(1, 3)}{_d(r, 9)}"),
        "bg": ("ЕГН", lambda: f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, 4)}"),
        "el": ("ΑΦΜ", lambda: _d(r, 9)),
        "ar": ("رقم الهوية", lambda: f"1{_d(r, 9)}"),
        "fa": ("کد ملی", lambda: f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}"),
        "he": ("ת.ז.", lambda: _d(r, 9)),
        "hi": ("आधार", lambda: f"{r.randint(2, 9)}{_d(r, 3)} {_d(r, 4)} {_d(r, 4)}"),
        "zh": ("身份证号", lambda: f"{r.choice(('11', '31', '44', '51'))}{_d(r, 4)}19{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(10, 28)}{_d(r, 3)}{r.choice('0123456789X')}"),
        "ja": ("マイナンバー", lambda: f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"),
        "ko": ("주민등록번호", lambda: f"{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 2)}{_d(r, 6)}"),
        "th": ("เลขประจำตัวประชาชน", lambda: f"{r.randint(1, 3)}-{_d(r, 4)}-{_d(r, 5)}-{_d(r, 2)}-{_d(r, 1)}"),
        "hu": ("Adóazonosító jel", lambda: f"8{_d(r, 9)}"),
        "ro": ("CNP", lambda: f"{r.choice('1256')}{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, 6)}"),
        "en": ("NI number", lambda: f"{r.choice('ABCEGHJKLMNPRSTWXYZ')}{r.choice('ABCEGHJKLMNPRSTWXYZ')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}"),
    }
    label, make = ids[lang]
    return label, make()


def _register_details(register: str, p: Page) -> list[str]:
    """Lines of the register's own numbers (sizes, calibres, lanes, prescriptions): no labelled value."""
    r = p.rng
    d = {
        "tyre_change_appointments": lambda: [(f"{r.choice((195, 205, 225, 235))}/{r.choice((45, 55, 65))} R{r.choice((16, 17, 18))} "
                                              f"{r.randint(88, 99)}{r.choice('HVW')} · DOT {r.randint(10, 52):02d}{r.randint(20, 26)}"),
                                             f"{r.randint(2, 3)},{r.randint(0, 9)} bar · {r.randint(110, 140)} Nm · {r.randint(12000, 98000)} km"],
        "watch_repair_tickets": lambda: [f"Cal. {r.randint(2000, 9999)} · {r.choice((21600, 28800, 36000))} vph · {r.randint(25, 80)} h",
                                         f"Ref. {r.randint(10000, 99999)}.{r.randint(100, 999)} · {r.randint(30, 44)} mm"],
        "pottery_class_bookings": lambda: [f"{r.choice((1060, 1220, 1280))} °C · {r.randint(1, 5)} kg · {p.time()}-{p.time()}"],
        "airport_transfer_bookings": lambda: [(f"{r.choice(('LH', 'TK', 'IB', 'TP', 'EK', 'LY', 'TG'))} {r.randint(100, 9999)} · "
                                               f"{p.date()} {p.time()} · {r.randint(1, 8)} PAX · {r.randint(1, 4)} x 23 kg")],
        "car_rental_agreements": lambda: [f"{r.randint(10000, 150000)} km · {r.randint(1, 8)}/8 · VIN WVWZZZ{r.randint(10, 99)}Z{r.randint(10000000, 99999999)}"],
        "dry_cleaning_tickets": lambda: [f"#{r.randint(100, 999)}-{r.randint(1000, 9999)} · {r.randint(1, 9)} × · {p.date()}"],
        "tennis_court_bookings": lambda: [f"🎾 {r.randint(1, 12)} · {p.time()}-{p.time()} · 6:4 3:6 7:5"],
        "plumber_callout_invoices": lambda: [f"DN {r.choice((15, 20, 25, 32))} · {r.randint(2, 6)} bar · {r.randint(1, 9)},{r.randint(0, 9)} m",
                                             f"{p.date()} {p.time()}-{p.time()}"],
        "wine_club_subscriptions": lambda: [f"{r.randint(2015, 2023)} · {r.randint(11, 15)},{r.randint(0, 9)} % vol · 6 x 0,75 l · Lot {r.randint(1000, 9999)}"],
        "eyeglass_orders": lambda: [(f"OD SPH {r.choice(('-', '+'))}{r.randint(0, 6)},{r.choice(('00', '25', '50', '75'))} CYL -{r.randint(0, 2)},"
                                     f"{r.choice(('00', '25', '50'))} AX {r.randint(1, 180)} · PD {r.randint(28, 34)}/{r.randint(28, 34)}")],
        "furniture_delivery_slots": lambda: [f"{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(10, 99)} · {r.randint(40, 240)}x{r.randint(40, 240)} cm · {r.randint(5, 90)} kg",
                                             f"{p.date()} {p.time()}-{p.time()}"],
        "au_pair_placements": lambda: [f"{p.date()} – {p.date()} · {r.randint(20, 30)} h · {p.price()}"],
        "bowling_lane_bookings": lambda: [f"{r.randint(1, 24)} · {r.randint(120, 280)} / {r.randint(120, 280)} · {p.time()}-{p.time()}"],
        "luthier_repair_tickets": lambda: [f"{r.choice(('010-046', '009-042', '012-053'))} · {r.choice((628, 650, 648))} mm · {r.randint(1, 4)},{r.randint(0, 9)} mm"],
    }
    return d[register]()


def facts(p: Page) -> list[tuple[str, str, str]]:
    """(type or "", label, value) of one page, values and look-alikes mixed."""
    r, L = p.rng, p.L
    out: list[tuple[str, str, str]] = []
    out.append(("PHONE_NUMBER", L["tel"], p.phone()))
    if r.random() < 0.75:
        out.append(("PHONE_NUMBER", r.choice((L["mob"], L["fax"])), p.phone()))
    if r.random() < 0.85:
        out.append(("PHONE_NUMBER", r.choice((L["mob"], L["tel"])), p.phone()))
    out.append(("EMAIL_ADDRESS", L["mail"], p.person()[1]))
    out.append(("CREDIT_CARD", L["card"], p.card()))
    out.append(("", r.choice((L["loyal"], L["track"])), grouped(not_card_number(r), 4, r.choice((" ", "-", "")))))
    if r.random() < 0.5:
        out.append(("CREDIT_CARD", L["card"], p.card()))
        out.append(("", "IMEI", imei(r)))
    if r.random() < 0.6:
        out.append(("IBAN_CODE", L["iban"], p.iban()))
    for _ in range(r.randint(3, 5)):
        out.append(("",) + p.lookalike())
    name, _ = p.person()
    out.append(("", "@", at_lookalike(r, _ascii(name.split()[0]) or "info", "shop", r.choice(L["domains"]))))
    r.shuffle(out)
    return out


def _label(p: Page, label: str) -> str:
    r = p.rng
    style = r.randrange(6)
    if label == "@":
        return ""
    if style == 0:
        return f"{label}: "
    if style == 1:
        return f"{label.upper()} "
    if style == 2:
        return f"{label}{'.' * r.randint(3, 9)} "
    if style == 3:
        return f"{label}\t"
    if style == 4:
        return f"{label} – "
    return f"{label}:{NBSP}"


def _put(doc: Doc, kind: str, value: str) -> None:
    if kind:
        doc.val(kind, value)
    else:
        doc.add(value)


def layout_labels(doc: Doc, p: Page) -> None:
    name, _ = p.person()
    doc.add(f"{p.L['name']}: {name}\n")
    fs = facts(p)
    phones = [f for f in fs if f[0] == "PHONE_NUMBER"]
    if len(phones) == 2 and p.rng.random() < 0.4:
        doc.add(f"{p.L['tel']}/{p.L['fax']}: ")
        doc.val("PHONE_NUMBER", phones[0][2]).add(" / ").val("PHONE_NUMBER", phones[1][2]).add("\n")
        fs = [f for f in fs if f[0] != "PHONE_NUMBER"]
    for kind, label, value in fs:
        doc.add(_label(p, label))
        _put(doc, kind, value)
        doc.add("\n")


def layout_table(doc: Doc, p: Page) -> None:
    r, L = p.rng, p.L
    sep = r.choice((" | ", ";", "\t", "  "))
    cols = [L["name"], L["tel"], L["mail"], L["order"], L["date"]]
    doc.add(sep.join(cols) + "\n")
    doc.add(sep.join("-" * len(c) for c in cols) + "\n" if sep == " | " else "")
    for _ in range(r.randint(2, 4)):
        name, mail = p.person()
        doc.add(name + sep).val("PHONE_NUMBER", p.phone(ext=False)).add(sep)
        if r.random() < 0.5:
            doc.val("EMAIL_ADDRESS", mail)
        else:
            doc.add(at_lookalike(r, _ascii(name.split()[0]) or "info", "x", r.choice(L["domains"])))
        doc.add(sep)
        doc.add(p.lookalike()[1] if r.random() < 0.3 else f"{r.randint(10, 99)}-{r.randint(100000, 999999)}")
        doc.add(f"{sep}{p.date()}\n")
    doc.add("\n")
    cols2 = [L["date"], L["card"], L["total"], L["loyal"]]
    doc.add(sep.join(cols2) + "\n")
    for _ in range(r.randint(1, 3)):
        doc.add(p.date() + sep).val("CREDIT_CARD", p.card()).add(sep + p.price() + sep)
        doc.add(grouped(not_card_number(r), 4) + "\n")
    if r.random() < 0.6:
        doc.add(f"\n{L['iban']}\n").val("IBAN_CODE", p.iban()).add(f"\n{bad_iban(r, r.choice(IBAN_COUNTRIES))} ✗\n")


def layout_prose(doc: Doc, p: Page) -> None:
    r, L = p.rng, p.L
    for kind, label, value in facts(p):
        if kind == "PHONE_NUMBER":
            head, tail = L["s_call"].split("{}")
            doc.add(head).val(kind, value).add(tail + " ")
        elif kind == "EMAIL_ADDRESS":
            head, tail = L["s_mail"].split("{}")
            doc.add(head).val(kind, value).add(tail + " ")
        elif kind == "IBAN_CODE":
            head, tail = L["s_wire"].split("{}")
            doc.add(head).val(kind, value).add(tail + " ")
        elif kind == "CREDIT_CARD":
            head, tail = L["s_card"].split("{}")
            doc.add(head).val(kind, value).add(tail + " ")
        elif label == "@":
            doc.add(f"({value}) ")
        else:
            head, tail = L["s_ref"].split("{}")
            doc.add(f"{head}{value}{tail} " if r.random() < 0.5 else f"{label} {value}. ")
        if r.random() < 0.3:
            doc.add("\n")
    doc.add("\n")


def layout_after(doc: Doc, p: Page) -> None:
    r = p.rng
    for kind, label, value in facts(p):
        _put(doc, kind, value)
        doc.add("\n" if label == "@" else r.choice((f" ({label})", f" – {label}", f"  [{label}]", f" ← {label}")) + "\n")


def layout_html(doc: Doc, p: Page) -> None:
    r = p.rng
    for kind, label, value in facts(p):
        form = r.randrange(4)
        if label == "@":
            doc.add(f"<p>{value}</p>\n")
        elif form == 0:
            doc.add(f"<td>{label}</td><td>")
            _put(doc, kind, value)
            doc.add("</td>\n")
        elif form == 1:
            doc.add(f"**{label}:**&nbsp;")
            _put(doc, kind, value)
            doc.add("<br>\n")
        elif form == 2:
            doc.add(f"{label}:\n")
            _put(doc, kind, value)
            doc.add("\n")
        else:
            doc.add(f"<li><span>{label}</span> ")
            _put(doc, kind, value)
            doc.add("</li>\n")


def layout_strip(doc: Doc, p: Page) -> None:
    r = p.rng
    sep = r.choice((" · ", " | ", "  ", " / "))
    name, mail = p.person()
    digits, groups = card(r)
    num = phone_number(r, r.choice((p.region, r.choice(OTHER_REGIONS))))
    from benchmarks.pii_blind18_values import phone_text as _pt
    doc.add(name + sep).val("PHONE_NUMBER", _pt(r, num, r.choice(("intl", "e164")))).add(sep)
    doc.val("EMAIL_ADDRESS", mail).add(sep)
    if r.random() < 0.6:
        doc.val("IBAN_CODE", iban_text(iban(r, r.choice(IBAN_COUNTRIES)), "print")).add(sep)
    doc.val("CREDIT_CARD", card_text(r, digits, groups, "space")).add("\n\n")
    for _ in range(r.randint(3, 4)):
        label, value = p.lookalike()
        doc.add(f"{label}: {value}\n")


LAYOUTS = (layout_labels, layout_table, layout_prose, layout_after, layout_html, layout_strip)


def intl_page(rng: random.Random, register: str, lang: str, n: int) -> Doc:
    p = Page(rng, lang)
    doc = Doc()
    doc.add(TITLES[register][lang] + "\n")
    doc.add(f"{p.L['date']}: {p.date()}  {p.L['time']}: {p.time()}\n")
    for line in _register_details(register, p):
        doc.add(line + "\n")
    doc.add(f"\n{p.L['contact']}\n")
    LAYOUTS[n % len(LAYOUTS)](doc, p)
    if rng.random() < 0.5:
        label, value = p.lookalike()
        doc.add(f"\n{label} {value} · {p.L['total']} {p.price()}\n")
    first = rng.choice(p.L.get("latin") or LATIN_FALLBACK)
    doc.add("\n" + at_traps(rng, doc, first, rng.choice(p.L["domains"])) + "\n")
    return doc
