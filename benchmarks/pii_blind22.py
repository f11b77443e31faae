"""A twenty-second blind PII test set (blind22): labelled documents for the PII step, written blind.

Who and under which rules: written by a twenty-second helper who never read the PII step, its tests,
docs/pii.md or any other generator's templates (only the docstrings of the earlier blind sets, to
pick registers no one used). Seed fixed (2222), deterministic. Nothing here was scored against the
step before commit; the lead scores it once.

Registers (38, each with 3 layouts -- labelled block, table with a header far above, prose/sentence
or, for logs, three line formats of the tool -- and at most 50 documents):
- web pages by people, one language each, written wholly in that language (22, 33 documents each):
  de_feuerwehrfest_helferliste, fr_club_petanque_convocation, es_cofradia_semana_santa_cuotas,
  it_sagra_paese_volontari, pt_romaria_comissao_festas, nl_ijsclub_ledenbericht, pl_osp_zbiorka_ogloszenie,
  ru_banya_klub_raspisanie, uk_vyshyvka_maysternya_zapys, el_panigyri_xoriou_programma,
  ar_fariq_kurat_qadam_alhay, fa_goruh_kuhnavardi_barname, he_beit_knesset_toranut, hi_ramlila_samiti_chanda,
  zh_guangchangwu_duiwu_tongzhi, ja_mikoshi_hozonkai_oshirase, ko_jogi_chukgu_hoe_gongji, th_wat_tambun_prakat,
  bg_chitalishte_obyava, tr_koy_dernegi_aidat, sv_bostadsratt_arsstamma, cs_chalupa_pronajem;
- US paperwork and exports (8, 50 each): us_tow_yard_vehicle_release, us_pet_adoption_application,
  us_rent_to_own_furniture_contract, us_eviction_answer_worksheet, us_little_league_registration_export,
  us_ham_radio_exam_session_roster, us_septic_service_invoice_dispute, us_vehicle_consignment_agreement
  (forms printed to text, spreadsheets pasted as text, letters and chats);
- machine output of tools (8, 30 each): cowrie_honeypot_log (JSON and text), redis_client_list_and_monitor
  (CLIENT LIST, MONITOR, server log), stalwart_mail_server_log, coturn_turn_server_log, ufw_kernel_log
  (kernel lines and `ufw status numbered`), arp_neighbour_tables (Windows `arp -a`, BSD `arp -a`,
  `ip neigh`), teleport_audit_events (JSON and text), rsyncd_log.

Languages: de fr es it pt nl pl ru uk el ar fa he hi zh ja ko th bg tr sv cs en (23).

Span rules (the project's, as blind3's): a span is exactly the value (no label, bracket, mailto:,
port, CIDR prefix, IPv6 zone id, trailing punctuation); a phone extension written right after the
number is part of the span; e-mails need a literal @ and a dotted domain (Message-IDs, package@version
pins, handles, git remotes, digests, user@host prompts and obfuscated forms are not labelled);
loopback, unspecified, masks and broadcast are not labelled IPs; IBANs valid per schwifty (lower-case
and print groups labelled, wrong check digit not); cards Luhn-valid with a real brand prefix and
length (masked, Luhn-invalid, IMEI not); US SSNs with a valid area/group/serial only (ITIN, EIN,
000/666/9xx areas not), unseparated SSNs only where a label, header or sentence marks them; every
phone (extension stripped) is a valid number for some region per phonenumbers.

Hard negatives beside the values: dates/times in each country's writing, prices, order/case/invoice
numbers after their own words, ZIP+4, UUID heads, versions and build numbers, OIDs, masks, loopback,
ITINs, EINs, masked cards, Luhn-invalid 16-digit numbers, IMEIs, wrong-check IBANs, non-mailbox @
strings.

Checks on writing: span text == text[start:end], no overlaps, spans not glued to an ASCII letter or
digit, phones valid, cards Luhn + brand, IBANs valid, IPs parse and are not excluded, SSNs valid.
`python benchmarks/pii_blind22.py [--write-set]` prints counts per type, register and language.
"""
import ipaddress
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from schwifty import IBAN

DATA = Path(__file__).parent / "data" / "pii_blind22.jsonl"
SEED = 2222
PER_REGISTER = 33


class Doc:
    """A document under construction: plain text and the gold spans planted in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, text: str) -> "Doc":
        self.parts.append(text)
        self.n += len(text)
        return self

    def v(self, kind: str, text: str) -> "Doc":
        self.spans.append({"type": kind, "start": self.n, "end": self.n + len(text), "text": text})
        return self.t(text)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- value makers

def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


CARD_BRANDS = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15),
               ("37", 15), ("6011", 16), ("65", 16), ("3528", 16), ("36", 14)]


def card_brand_ok(d: str) -> bool:
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649:
        return len(d) in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return len(d) in (16, 19)
    if d[:2] == "36" or 300 <= int(d[:3]) <= 305 or d[:2] in ("38", "39"):
        return len(d) in (14, 16)
    return False


def card_digits(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_BRANDS)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def card(rng: random.Random) -> str:
    d = card_digits(rng)
    style = rng.randrange(4)
    if len(d) == 15:
        sep = rng.choice([" ", "-", ""])
        return f"{d[:4]}{sep}{d[4:10]}{sep}{d[10:]}"
    if len(d) == 14:
        return rng.choice([d, f"{d[:4]} {d[4:10]} {d[10:]}"])
    if style == 0:
        return d
    sep = [" ", "-", " ", "\u00a0"][style]
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def bad_card(rng: random.Random) -> str:
    """A 16-digit number that is not a card: Luhn fails, or a masked card."""
    d = card_digits(rng)
    if len(d) != 16:
        d = "4" + d[1:] + "1"
        d = d[:16]
    if rng.random() < 0.5:
        wrong = str((int(d[-1]) + rng.randint(1, 9)) % 10)
        d = d[:-1] + wrong
        return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else d
    return rng.choice([f"**** **** **** {d[-4:]}", f"XXXX-XXXX-XXXX-{d[-4:]}", f"{d[:6]}******{d[-4:]}"])


def imei(rng: random.Random) -> str:
    body = "35" + "".join(rng.choice(string.digits) for _ in range(12))
    return body + luhn_digit(body)


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str | None = None) -> str:
    a, g, s = ssn_parts(rng)
    sep = rng.choice(["-", "-", "-", " ", "."]) if sep is None else sep
    return f"{a}{sep}{g}{sep}{s}"


def ssn_ok(text: str) -> bool:
    d = re.sub(r"[ .\-]", "", text)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def itin(rng: random.Random) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 78, 83, 90, 94])}-{rng.randint(1000, 9999)}"


def ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


IBAN_COUNTRIES = {"DE": "n18", "AT": "n16", "NL": "a4n10", "PL": "n24", "GB": "a4n14", "CH": "n17",
                  "SA": "n22", "AE": "n19", "IL": "n19", "GR": "n23", "UA": "n25", "BG": "a4n6a2n8",
                  "TR": "n22", "CZ": "n20", "SE": "n20", "DK": "n14", "FI": "n14", "IE": "a4n14",
                  "LT": "n16", "RO": "a4n16"}


def _bban(rng: random.Random, shape: str) -> str:
    out = ""
    for kind, count in re.findall(r"([an])(\d+)", shape):
        pool = string.ascii_uppercase if kind == "a" else string.digits
        out += "".join(rng.choice(pool) for _ in range(int(count)))
    return out


def iban_raw(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_COUNTRIES))
    for _ in range(400):
        bban = _bban(rng, IBAN_COUNTRIES[country])
        if country == "TR":
            bban = bban[:5] + "0" + bban[6:]
        num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        candidate = f"{country}{98 - num % 97:02d}{bban}"
        try:
            IBAN(candidate)
            return candidate
        except Exception:  # noqa: BLE001, S112 - schwifty raises several kinds; any of them means retry
            continue
    return iban_raw(rng, "DE")


def iban(rng: random.Random, country: str | None = None) -> str:
    raw = iban_raw(rng, country)
    style = rng.randrange(5)
    if style <= 1:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if style == 2:
        return raw.lower()
    return raw


def bad_iban(rng: random.Random, country: str | None = None) -> str:
    raw = iban_raw(rng, country)
    check = int(raw[2:4])
    wrong = f"{(check + rng.randint(1, 50)) % 97 + 2:02d}"
    if wrong == raw[2:4]:
        wrong = f"{(check + 1) % 97 + 2:02d}"
    return " ".join((raw[:2] + wrong + raw[4:])[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(text: str) -> bool:
    try:
        IBAN(text.replace(" ", "").replace("\u00a0", "").upper())
        return True
    except Exception:  # noqa: BLE001
        return False


def ipv4(rng: random.Random) -> str:
    while True:
        kind = rng.randrange(5)
        if kind == 0:
            ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        elif kind == 1:
            ip = f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        elif kind == 2:
            ip = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        else:
            ip = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(ip):
            return ip


def ipv6(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"fe80::{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}"
    head = rng.choice(["2a02", "2a01", "2600", "2607", "2403", "2804", "2c0f"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(3)]
    tail = [f"{rng.randint(1, 0xffff):x}" for _ in range(rng.choice([1, 2, 4]))]
    return f"{head}:{':'.join(groups)}::{':'.join(tail)}" if len(tail) < 4 else f"{head}:{':'.join(groups + tail)}"


def ip_ok(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        return False
    return not (ip.version == 4 and text.startswith("255."))


def ip_lookalike(rng: random.Random) -> str:
    return rng.choice([
        "127.0.0.1", "0.0.0.0", "255.255.255.0", "255.255.240.0", "0.0.0.255", "::1",
        f"1.3.6.1.4.1.{rng.randint(100, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(256, 9999)}",
        f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
        f"§ {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        f"{rng.randint(1, 30)}.{rng.randint(1, 12)}.{rng.randint(2020, 2027)}",
    ])


def phone_raw(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kinds = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    for _ in range(200):
        ex = phonenumbers.example_number_for_type(region, rng.choice(kinds))
        if ex is None:
            ex = phonenumbers.example_number(region)
        nsn = str(ex.national_number)
        keep = rng.choice([1, 2, 3, max(2, len(nsn) - 5)])
        new = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(new))
        if phonenumbers.is_valid_number(num):
            return num
    return ex


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def phone(rng: random.Random, region: str, native: str = "") -> str:
    num = phone_raw(rng, region)
    fmt = phonenumbers.PhoneNumberFormat
    style = rng.randrange(8)
    if style == 0:
        out = phonenumbers.format_number(num, fmt.E164)
    elif style == 1:
        out = "00" + phonenumbers.format_number(num, fmt.INTERNATIONAL)[1:]
    elif style == 2:
        out = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    elif style == 3:
        out = phonenumbers.format_number(num, fmt.NATIONAL).replace(" ", rng.choice([".", "/", "\u00a0", " "]), 1)
    elif style == 4 and region in ("DE", "AT", "CH", "GB", "NL", "IT", "FR"):
        nat = phonenumbers.format_number(num, fmt.NATIONAL)
        intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
        out = intl.replace(" ", " (0) ", 1) if nat.startswith("0") else intl
    else:
        out = phonenumbers.format_number(num, fmt.NATIONAL)
    if native == "fw" and rng.random() < 0.4:
        out = out.translate(FULLWIDTH)
    elif native == "ar" and rng.random() < 0.4:
        out = out.translate(ARABIC_INDIC)
    elif native == "fa" and rng.random() < 0.4:
        out = out.translate(PERSIAN)
    if not phone_ok(out, region):
        out = phonenumbers.format_number(num, fmt.E164)
    return out


def phone_ok(text: str, region: str | None = None) -> bool:
    bare = EXT_RE.sub("", text)
    regions = ([region] if region else []) + sorted(phonenumbers.SUPPORTED_REGIONS)
    for r in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(bare, r)):
                return True
        except phonenumbers.NumberParseException:
            continue
        if bare.lstrip().startswith("+"):
            return False
    return False


def phone_lookalike(rng: random.Random, region: str) -> str:
    """A phone-shaped string that is not a phone: a date, an amount, an id, a measure."""
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.randint(2019, 2027)
    return rng.choice([
        f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}",
        f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}",
        f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
        f"{rng.randint(10000000, 99999999):x}-{rng.randint(0x1000, 0xffff):x}",
        f"{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(100, 9999)}",
        f"{rng.randint(1, 99)} {rng.randint(100, 999)},{rng.randint(10, 99)}",
        f"{rng.randint(10, 23)}:{rng.randint(10, 59)}–{rng.randint(10, 23)}:{rng.randint(10, 59)}",
        f"{rng.randint(1000000, 9999999)}",
    ])


def email(rng: random.Random, names: list[str], tld: str) -> str:
    a, b = rng.sample(names, 2)
    local = rng.choice([f"{a}.{b}", f"{a}{rng.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}", "info", f"{b}+{a}"])
    dom = rng.choice([f"{b}-{rng.choice(['haus', 'net', 'club', 'mail', 'group'])}", "post", "mailbox", f"{a}{b}"])
    return f"{local}@{dom}.{tld}".lower()


def at_lookalike(rng: random.Random, names: list[str]) -> str:
    a, b = rng.sample(names, 2)
    h = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    return rng.choice([
        f"<{h}.{rng.randint(1000, 9999)}@mx{rng.randint(1, 9)}.{b}.org>", f"@{a}_{b}", f"{a}@{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
        f"git@git.{b}.io:{a}/{b}.git", f"registry/{a}@sha256:{h}{h}", f"{a}@web{rng.randint(1, 9)}:~$",
        f"{a} [at] {b} [dot] com", f"{a}(at){b}.de", f"@{a}",
    ]).lower()


# ---------------------------------------------------------------- languages for the web pages

L = {}


def lang(code, reg, region, tld, native, names, heading, labels, sentences, extras):
    L[code] = {"register": reg, "region": region, "tld": tld, "native": native, "names": names.split(),
               "heading": heading, "labels": labels, "sentences": sentences, "extras": extras}


# labels: phone, fax, mobile, email, iban, card, ext; sentences: call, write, wire, pay(card);
# extras: [(label, kind)] of look-alikes in the page's own words
lang("de", "de_feuerwehrfest_helferliste", "DE", "de", "", "jens anke uwe birgit kai heike sven petra",
     "Feuerwehrfest {y} – Helferliste der Freiwilligen Feuerwehr", ("Tel.", "Fax", "Handy", "E-Mail", "IBAN", "Kreditkarte", "Durchwahl"),
     ("Ruft mich einfach an unter", "Schreibt bitte an", "Bitte überweist den Beitrag auf", "Ich habe mit der Karte bezahlt:"),
     [("Schicht Nr.", "id"), ("Rechnungsnr.", "id"), ("Zeltfläche", "measure"), ("Termin am", "date"), ("Betrag", "amount")])
lang("fr", "fr_club_petanque_convocation", "FR", "fr", "", "julien camille lucas chloe hugo manon theo ines",
     "Club de pétanque – convocation au concours du {d}", ("Tél.", "Fax", "Portable", "Courriel", "IBAN", "Carte bancaire", "poste"),
     ("Appelez-moi au", "Écrivez-moi à", "Virement à faire sur", "Payé avec la carte"),
     [("Licence n°", "id"), ("N° de commande", "id"), ("Départ le", "date"), ("Prix", "amount"), ("Code postal", "id")])
lang("es", "es_cofradia_semana_santa_cuotas", "ES", "es", "", "javier lucia pablo marta sergio elena diego nuria",
     "Cofradía – cuotas de hermanos, Semana Santa {y}", ("Tel.", "Fax", "Móvil", "Correo", "IBAN", "Tarjeta", "ext."),
     ("Llámame al", "Escribid a", "Ingresad la cuota en", "Pagué con la tarjeta"),
     [("Nº de socio", "id"), ("Pedido nº", "id"), ("Fecha", "date"), ("Cuota", "amount"), ("Localidad", "measure")])
lang("it", "it_sagra_paese_volontari", "IT", "it", "", "marco giulia luca chiara matteo sara paolo elisa",
     "Sagra del paese – turni dei volontari del {d}", ("Tel.", "Fax", "Cell.", "E-mail", "IBAN", "Carta di credito", "int."),
     ("Chiamatemi al", "Scrivete a", "Versare la quota sul conto", "Pagato con carta"),
     [("Prot. n.", "id"), ("Fattura n.", "id"), ("Coperti", "measure"), ("Data", "date"), ("Importo", "amount")])
lang("pt", "pt_romaria_comissao_festas", "PT", "pt", "", "joao ana rui ines tiago rita nuno sofia",
     "Comissão de Festas da Romaria {y}", ("Tel.", "Fax", "Telemóvel", "Email", "IBAN", "Cartão", "ext."),
     ("Liguem-me para o", "Escrevam para", "Transferência para o", "Paguei com o cartão"),
     [("Banca n.º", "id"), ("NIF do evento", "id"), ("Data", "date"), ("Valor", "amount"), ("Código postal", "id")])
lang("nl", "nl_ijsclub_ledenbericht", "NL", "nl", "", "daan sanne bram lotte thijs femke joris anouk",
     "IJsclub – ledenbericht van {d}", ("Tel.", "Fax", "Mobiel", "E-mail", "IBAN", "Creditcard", "toestel"),
     ("Bel me gerust op", "Mail naar", "Maak de contributie over naar", "Betaald met creditcard"),
     [("Lidnr.", "id"), ("Factuurnr.", "id"), ("Datum", "date"), ("Bedrag", "amount"), ("Postcode", "id")])
lang("pl", "pl_osp_zbiorka_ogloszenie", "PL", "pl", "", "piotr anna tomasz ewa marcin agnieszka pawel kasia",
     "OSP – ogłoszenie o zbiórce z dnia {d}", ("Tel.", "Faks", "Kom.", "E-mail", "IBAN", "Karta", "wew."),
     ("Proszę dzwonić pod", "Proszę pisać na", "Wpłaty na konto", "Zapłaciłem kartą"),
     [("Zastęp nr", "id"), ("Faktura nr", "id"), ("Data", "date"), ("Kwota", "amount"), ("Stan licznika", "measure")])
lang("ru", "ru_banya_klub_raspisanie", "RU", "ru", "", "ivan olga sergey irina pavel natalia oleg elena",
     "Клуб любителей бани – расписание, сезон {y}", ("Тел.", "Факс", "Моб.", "Эл. почта", "IBAN", "Карта", "доб."),
     ("Звоните мне по номеру", "Пишите на", "Взносы переводите на", "Оплатил картой"),
     [("Абонемент №", "id"), ("Счёт №", "id"), ("Дата", "date"), ("Сумма", "amount"), ("Температура", "measure")])
lang("uk", "uk_vyshyvka_maysternya_zapys", "UA", "ua", "", "andriy oksana taras iryna bohdan mariya yurii olena",
     "Майстерня вишивки – запис на заняття від {d}", ("Тел.", "Факс", "Моб.", "Ел. пошта", "IBAN", "Картка", "доб."),
     ("Телефонуйте мені за номером", "Пишіть на", "Внески сплачуйте на рахунок", "Сплатив карткою"),
     [("Група №", "id"), ("Рахунок №", "id"), ("Дата", "date"), ("Сума", "amount"), ("Показники лічильника", "measure")])
lang("el", "el_panigyri_xoriou_programma", "GR", "gr", "", "giorgos maria nikos eleni kostas sofia dimitris anna",
     "Πανηγύρι του χωριού – πρόγραμμα {d}", ("Τηλ.", "Φαξ", "Κιν.", "Email", "IBAN", "Κάρτα", "εσωτ."),
     ("Καλέστε με στο", "Γράψτε στο", "Καταθέσεις στον λογαριασμό", "Πλήρωσα με κάρτα"),
     [("Αρ. πρωτ.", "id"), ("Τιμολόγιο αρ.", "id"), ("Ημερομηνία", "date"), ("Ποσό", "amount"), ("Τ.Κ.", "id")])
lang("ar", "ar_fariq_kurat_qadam_alhay", "SA", "sa", "ar", "ahmed fatima omar layla khalid noura yusuf huda",
     "فريق كرة القدم في الحي – اشتراكات موسم {y}", ("هاتف", "فاكس", "جوال", "البريد الإلكتروني", "الآيبان", "البطاقة", "تحويلة"),
     ("اتصلوا بي على الرقم", "راسلونا على", "حوّلوا التبرع إلى الحساب", "دفعت بالبطاقة"),
     [("رقم الإيصال", "id"), ("رقم الطلب", "id"), ("التاريخ", "date"), ("المبلغ", "amount"), ("الرمز البريدي", "id")])
lang("fa", "fa_goruh_kuhnavardi_barname", "IR", "ir", "fa", "reza maryam ali zahra hossein sara mehdi neda",
     "برنامه گروه کوهنوردی – {y}", ("تلفن", "فکس", "موبایل", "ایمیل", "شبا", "کارت", "داخلی"),
     ("با من تماس بگیرید:", "ایمیل بزنید به", "شهریه را واریز کنید به", "با کارت پرداخت شد"),
     [("کد کلاس", "id"), ("شماره فاکتور", "id"), ("تاریخ", "date"), ("مبلغ", "amount"), ("کد پستی", "id")])
lang("he", "he_beit_knesset_toranut", "IL", "il", "", "yossi noa david tamar avi michal eitan shira",
     "בית הכנסת – רשימת תורנות {d}", ("טל׳", "פקס", "נייד", "דוא״ל", "IBAN", "כרטיס אשראי", "שלוחה"),
     ("תתקשרו אליי למספר", "כתבו אל", "העבירו את התשלום לחשבון", "שילמתי בכרטיס"),
     [("תור מס׳", "id"), ("חשבונית מס׳", "id"), ("תאריך", "date"), ("סכום", "amount"), ("מיקוד", "id")])
lang("hi", "hi_ramlila_samiti_chanda", "IN", "in", "", "rahul priya amit neha vikas pooja sanjay anita",
     "रामलीला समिति – चंदा सूची {y}", ("फ़ोन", "फ़ैक्स", "मोबाइल", "ईमेल", "IBAN", "कार्ड", "एक्सटेंशन"),
     ("मुझे इस नंबर पर कॉल करें", "इस पते पर लिखें", "अग्रिम राशि इस खाते में भेजें", "कार्ड से भुगतान किया"),
     [("बुकिंग संख्या", "id"), ("बिल संख्या", "id"), ("तारीख़", "date"), ("राशि", "amount"), ("पिन कोड", "id")])
lang("zh", "zh_guangchangwu_duiwu_tongzhi", "CN", "cn", "fw", "wei fang lei jing tao min jun hua",
     "广场舞队通知（{y}年）", ("电话", "传真", "手机", "邮箱", "IBAN", "信用卡", "转"),
     ("有问题请拨打", "请发邮件至", "队费请汇至", "已用信用卡支付"),
     [("队员号", "id"), ("订单号", "id"), ("日期", "date"), ("金额", "amount"), ("邮编", "id")])
lang("ja", "ja_mikoshi_hozonkai_oshirase", "JP", "jp", "fw", "hiroshi yuko takashi akiko kenji naoko daisuke emi",
     "神輿保存会のお知らせ　{y}年度", ("電話", "FAX", "携帯", "メール", "IBAN", "クレジットカード", "内線"),
     ("ご不明な点は次の番号までお電話ください", "メールは", "会費の振込先は", "カードで支払い済み"),
     [("受付番号", "id"), ("請求書番号", "id"), ("日付", "date"), ("金額", "amount"), ("郵便番号", "id")])
lang("ko", "ko_jogi_chukgu_hoe_gongji", "KR", "kr", "", "minjun seoyeon jiho hayun doyun jiwoo eunwoo subin",
     "조기축구회 공지사항 – {y}년", ("전화", "팩스", "휴대폰", "이메일", "IBAN", "카드", "내선"),
     ("문의는 이 번호로 전화 주세요", "메일은", "회비 입금 계좌", "카드로 결제했습니다"),
     [("접수번호", "id"), ("주문번호", "id"), ("날짜", "date"), ("금액", "amount"), ("우편번호", "id")])
lang("th", "th_wat_tambun_prakat", "TH", "th", "", "somchai malee niran siriporn anan kanya prasit wipa",
     "ประกาศงานทำบุญวัด ปี {y}", ("โทร.", "แฟกซ์", "มือถือ", "อีเมล", "IBAN", "บัตรเครดิต", "ต่อ"),
     ("ติดต่อได้ที่เบอร์", "ส่งอีเมลถึง", "โอนเงินทำบุญเข้าบัญชี", "ชำระด้วยบัตร"),
     [("เลขที่ใบเสร็จ", "id"), ("เลขที่คำสั่งซื้อ", "id"), ("วันที่", "date"), ("จำนวนเงิน", "amount"), ("รหัสไปรษณีย์", "id")])
lang("bg", "bg_chitalishte_obyava", "BG", "bg", "", "georgi maria ivan elena dimitar yana petar desislava",
     "Обява на читалището – {d}", ("Тел.", "Факс", "Моб.", "Имейл", "IBAN", "Карта", "вътр."),
     ("Обадете ми се на", "Пишете на", "Членския внос превеждайте по", "Платих с карта"),
     [("Вх. №", "id"), ("Фактура №", "id"), ("Дата", "date"), ("Сума", "amount"), ("ПК", "id")])
lang("tr", "tr_koy_dernegi_aidat", "TR", "tr", "", "mehmet ayse mustafa fatma emre zeynep burak elif",
     "Köy Derneği – aidat duyurusu, {d}", ("Tel.", "Faks", "Cep", "E-posta", "IBAN", "Kredi kartı", "dahili"),
     ("Beni şu numaradan arayın:", "Şu adrese yazın:", "Aidatı şu hesaba yatırın:", "Kartla ödedim:"),
     [("Üye No", "id"), ("Fatura No", "id"), ("Tarih", "date"), ("Tutar", "amount"), ("Posta kodu", "id")])
lang("sv", "sv_bostadsratt_arsstamma", "SE", "se", "", "erik anna lars karin johan maria nils sofia",
     "Kallelse till årsstämma – {d}", ("Tel.", "Fax", "Mobil", "E-post", "IBAN", "Kort", "ankn."),
     ("Ring mig på", "Mejla till", "Betala avgiften till", "Betalt med kort"),
     [("Lgh nr", "id"), ("Fakturanr", "id"), ("Datum", "date"), ("Belopp", "amount"), ("Postnr", "id")])
lang("cs", "cs_chalupa_pronajem", "CZ", "cz", "", "jan petra tomas lucie martin eva jakub tereza",
     "Pronájem chalupy – sezóna {y}", ("Tel.", "Fax", "Mobil", "E-mail", "IBAN", "Platební karta", "linka"),
     ("Volejte mi na", "Pište na", "Zálohu pošlete na účet", "Zaplaceno kartou"),
     [("Rezervace č.", "id"), ("Faktura č.", "id"), ("Datum", "date"), ("Částka", "amount"), ("PSČ", "id")])

EXT_WORDS = ["ext.", "ext", "x", "poste", "доб.", "内線", "Durchwahl", "wew.", "int.", "Ext"] + [p["labels"][6] for p in L.values()]
EXT_RE = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in EXT_WORDS) + r")\s*\d+$", re.IGNORECASE)

NEAR = {"DE": ["AT", "CH", "PL", "NL"], "FR": ["BE", "CH", "LU", "MA"], "ES": ["MX", "AR", "CO", "PT"],
        "IT": ["CH", "SM", "MT", "AL"], "PT": ["BR", "AO", "MZ", "ES"], "NL": ["BE", "DE", "SR", "CW"],
        "PL": ["DE", "LT", "CZ", "UA"], "RU": ["BY", "KZ", "UZ", "AM"], "UA": ["PL", "MD", "SK", "RO"],
        "GR": ["CY", "AL", "BG", "MK"], "SA": ["AE", "EG", "JO", "KW", "QA", "BH", "OM", "MA"],
        "IR": ["AF", "TJ", "IQ", "AE"], "IL": ["PS", "JO", "CY", "US"], "IN": ["NP", "BD", "LK", "AE"],
        "CN": ["HK", "TW", "MO", "SG"], "JP": ["KR", "TW", "US", "PH"], "KR": ["JP", "VN", "US", "MN"],
        "TH": ["LA", "MY", "KH", "MM"], "BG": ["RO", "RS", "GR", "TR"], "TR": ["AZ", "GE", "DE", "CY"],
        "SE": ["NO", "FI", "DK", "IS"], "CS": ["SK", "AT", "DE", "HU"], "CZ": ["SK", "AT", "HU", "SI"]}
IBAN_FOR = {"de": "DE", "fr": None, "es": None, "it": None, "pt": None, "nl": "NL", "pl": "PL", "ru": None,
            "uk": "UA", "el": "GR", "ar": "SA", "fa": None, "he": "IL", "hi": None, "zh": None, "ja": None,
            "ko": None, "th": None, "bg": "BG", "tr": "TR", "sv": "SE", "cs": "CZ"}


def lookalike(rng: random.Random, kind: str, region: str) -> str:
    if kind == "id":
        return rng.choice([f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 999999)}",
                           f"{rng.randint(2019, 2027)}/{rng.randint(1000, 99999)}", phone_lookalike(rng, region)])
    if kind == "date":
        return phone_lookalike(rng, region)[:10] if rng.random() < 0.3 else \
            f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2019, 2027)} {rng.randint(7, 21)}:{rng.randint(0, 59):02d}"
    if kind == "amount":
        return f"{rng.randint(1, 99)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
    return f"{rng.randint(1000, 99999)},{rng.randint(0, 9)} {rng.choice(['kWh', 'm³', 'm²', 'km', 'kg'])}"


def web_doc(rng: random.Random, code: str, layout: int) -> tuple[Doc, str]:
    p = L[code]
    lab = p["labels"]
    sen = p["sentences"]
    region = p["region"] if p["region"] != "CS" else "CZ"
    regions = [region] + NEAR.get(region, [])
    y = rng.randint(2021, 2027)
    dte = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{y}"
    doc = Doc().t(p["heading"].format(y=y, d=dte) + "\n\n")
    names = p["names"]

    def neg(doc: Doc) -> None:
        label, kind = rng.choice(p["extras"])
        doc.t(f"{label} {lookalike(rng, kind, region)}")

    def ph(reg: str | None = None) -> str:
        return phone(rng, reg or rng.choice(regions), p["native"])

    ext = lambda: f" {lab[6]} {rng.randint(2, 499)}"
    if layout == 0:  # labelled contact block, labels before (varied case and colon), negatives beside
        for _ in range(rng.randint(2, 3)):
            who = rng.choice(names).capitalize()
            doc.t(f"{who}\n")
            label = rng.choice([lab[0], lab[0].upper(), lab[2], lab[0] + ":"])
            doc.t(f"{label} ").v("PHONE_NUMBER", ph() + (ext() if rng.random() < 0.2 else "")).t("  ·  ")
            neg(doc)
            doc.t("\n")
            if rng.random() < 0.3:
                doc.t(f"{lab[0]}/{lab[1]}: ").v("PHONE_NUMBER", ph(region)).t(" / ").v("PHONE_NUMBER", ph(region)).t("\n")
            if rng.random() < 0.4:
                doc.t(f"{lab[3]}: ").v("EMAIL_ADDRESS", email(rng, names, p["tld"])).t("   ")
            doc.t(at_lookalike(rng, names) + "\n")
            neg(doc)
            doc.t("\n\n")
        if rng.random() < 0.9:
            doc.t(f"{lab[4]}: ").v("IBAN_CODE", iban(rng, IBAN_FOR[code])).t("\n")
        doc.t(f"({bad_iban(rng, IBAN_FOR[code])} — ✗)\n")
        if rng.random() < 0.6:
            doc.t(f"{lab[5].upper()} ").v("CREDIT_CARD", card(rng)).t(f" · {lookalike(rng, 'date', region)}\n")
    elif layout == 1:  # a table: header far above, values in columns, look-alikes in other columns
        cols = [lab[2], p["extras"][0][0], lab[3], p["extras"][2][0]]
        doc.t(" | ".join(cols) + "\n" + "-" * 40 + "\n")
        for _ in range(rng.randint(3, 6)):
            doc.v("PHONE_NUMBER", ph()).t(" | ").t(lookalike(rng, "id", region)).t(" | ")
            if rng.random() < 0.35:
                doc.v("EMAIL_ADDRESS", email(rng, names, p["tld"]))
            else:
                doc.t(at_lookalike(rng, names))
            doc.t(" | ").t(lookalike(rng, "date", region)).t("\n")
        doc.t("\n")
        neg(doc)
        doc.t("\n")
        if rng.random() < 0.7:
            doc.t(f"{lab[5]}: ").v("CREDIT_CARD", card(rng)).t(f" ({bad_card(rng)})\n")
        if rng.random() < 0.5:
            doc.t(f"{lab[4]}\n").v("IBAN_CODE", iban(rng, IBAN_FOR[code])).t("\n")
    else:  # prose: only the sentence gives the context; a label after; values split by line breaks
        doc.t(f"{sen[0]} ").v("PHONE_NUMBER", ph()).t(". ")
        neg(doc)
        doc.t(".\n")
        doc.t(f"{sen[1]} ").v("EMAIL_ADDRESS", email(rng, names, p["tld"])).t(f" — {at_lookalike(rng, names)}.\n")
        if rng.random() < 0.9:
            doc.t(f"{sen[2]}\n").v("IBAN_CODE", iban(rng, IBAN_FOR[code])).t("\n")
        if rng.random() < 0.7:
            doc.t(f"{sen[3]} ").v("CREDIT_CARD", card(rng)).t(". ")
            doc.t(f"IMEI {imei(rng)}\n")
        doc.v("PHONE_NUMBER", phone(rng, rng.choice(regions), "")).t(f" ({lab[1].lower()})\n")
        neg(doc)
        doc.t("\n")
    return doc, f"https://www.{rng.choice(names)}-{code}.{p['tld']}/{rng.choice(['aushang', 'info', 'news', 'p'])}/{rng.randint(10, 9999)}"


# ---------------------------------------------------------------- US paperwork and exports

FIRST = ["james", "mary", "robert", "patricia", "john", "jennifer", "michael", "linda", "david", "elizabeth", "william", "barbara"]
LAST = ["smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez"]
US_REGS = ["us_tow_yard_vehicle_release", "us_pet_adoption_application", "us_rent_to_own_furniture_contract",
           "us_eviction_answer_worksheet", "us_little_league_registration_export", "us_ham_radio_exam_session_roster",
           "us_septic_service_invoice_dispute", "us_vehicle_consignment_agreement"]
US_TITLES = ["TOW YARD VEHICLE RELEASE FORM", "Pet Adoption Application", "Rent-to-Own Lease Agreement",
             "Eviction Answer Worksheet (tenant)", "little_league_registrations_export.tsv", "Amateur Radio VE Exam Session Roster",
             "Septic Pumping Invoice – Billing Dispute", "Vehicle Consignment Agreement"]


def us_neg(rng: random.Random) -> str:
    zip4 = f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"
    return rng.choice([
        f"ZIP {zip4}", f"EIN {ein(rng)}", f"ITIN {itin(rng)}", f"Routing # {rng.randint(10000000, 99999999)}{rng.randint(0, 9)}",
        f"Acct # {rng.randint(100000000, 9999999999)}", f"Case No. {rng.randint(2019, 2027)}-CV-{rng.randint(1000, 99999)}",
        f"Ticket #{rng.randint(100000000, 999999999)}", f"Order {rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
        f"Invoice {rng.randint(1000, 9999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        f"DL# {rng.choice('ABCDEFG')}{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}",
        f"card ending {rng.randint(1000, 9999)}", bad_card(rng), f"IMEI {imei(rng)}",
        f"Date {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2019, 2027)}",
        f"${rng.randint(1, 99)},{rng.randint(100, 999)}.{rng.randint(10, 99)}",
        f"Claim {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}X",
        f"Conf# {rng.randint(100000000, 999999999)}", f"Medicare MBI {rng.randint(1, 9)}EG4-TE5-MK{rng.randint(10, 99)}",
    ])


def us_phone(rng: random.Random) -> str:
    num = phone_raw(rng, rng.choice(["US", "US", "US", "CA", "PR"]))
    nsn = str(num.national_number)
    style = rng.randrange(6)
    out = [f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
           f"+1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"+1{nsn}"][style]
    if rng.random() < 0.15:
        out += rng.choice([" ext. ", " x", " Ext "]) + str(rng.randint(2, 9999))
    return out


def us_email(rng: random.Random) -> str:
    return email(rng, FIRST + LAST, rng.choice(["com", "net", "org", "us"]))


def us_doc(rng: random.Random, idx: int, layout: int) -> tuple[Doc, str]:
    doc = Doc().t(US_TITLES[idx] + "\n")
    nm = f"{rng.choice(FIRST).capitalize()} {rng.choice(LAST).capitalize()}"
    if layout == 0:  # form printed to text / OCR: labels before, varied abbreviations, negatives on the same line
        doc.t("=" * 34 + "\n")
        doc.t(f"Name: {nm}    {us_neg(rng)}\n")
        doc.t(rng.choice(["SSN: ", "Social Security No.: ", "SS#", "Soc. Sec. # ", "SOCIAL SECURITY NUMBER  "]))
        doc.v("US_SSN", ssn(rng, rng.choice(["-", "-", " ", ""]))).t(f"    {us_neg(rng)}\n")
        doc.t(rng.choice(["Home Ph: ", "Cell ", "PHONE ", "Tel: "])).v("PHONE_NUMBER", us_phone(rng)).t(f"   {us_neg(rng)}\n")
        if rng.random() < 0.35:
            doc.t("Work ").v("PHONE_NUMBER", us_phone(rng)).t(" / Fax ").v("PHONE_NUMBER", us_phone(rng)).t("\n")
        doc.t("E-mail: ").v("EMAIL_ADDRESS", us_email(rng)).t(f"   {at_lookalike(rng, FIRST)}\n")
        doc.t(rng.choice(["Card No.: ", "CC#: ", "Visa/MC/Amex ", "Card number "])).v("CREDIT_CARD", card(rng))
        doc.t(f"  Exp {rng.randint(1, 12):02d}/{rng.randint(26, 32)}  CVV ***\n")
        doc.t(f"Co-signer {rng.choice(FIRST).capitalize()}  SSN ").v("US_SSN", ssn(rng)).t(f"  {us_neg(rng)}\n")
        if rng.random() < 0.7:
            doc.t(f"Spouse: {rng.choice(FIRST).capitalize()}\nS.S.N.\n").v("US_SSN", ssn(rng)).t(f"\nDOB {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1950, 2004)}\n")
        if rng.random() < 0.5:
            doc.t("2nd card: ").v("CREDIT_CARD", card(rng)).t(f"   prev. card {bad_card(rng)}\n")
        doc.t(f"{us_neg(rng)}   {us_neg(rng)}\n")
    elif layout == 1:  # spreadsheet pasted as text: header far above, unseparated SSNs under their column
        doc.t("\nname\tssn\tphone\temail\tcard\tref\n")
        for _ in range(rng.randint(4, 8)):
            nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            doc.t(nm + "\t").v("US_SSN", ssn(rng, rng.choice(["", "-"]))).t("\t")
            if rng.random() < 0.5:
                doc.v("PHONE_NUMBER", us_phone(rng))
            else:
                doc.t(f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.choice('ABCK')}")
            doc.t("\t")
            if rng.random() < 0.3:
                doc.v("EMAIL_ADDRESS", us_email(rng))
            else:
                doc.t(rng.choice(["n/a", "-", at_lookalike(rng, FIRST)]))
            doc.t("\t")
            if rng.random() < 0.6:
                doc.v("CREDIT_CARD", card(rng))
            else:
                doc.t(bad_card(rng))
            doc.t(f"\t{rng.randint(100000000, 999999999)}\n")
        doc.t(f"\n# exported {rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2022, 2027)} · {us_neg(rng)}\n")
    else:  # a letter or a chat: only the sentence marks the value
        doc.t(f"\nDear {nm},\n")
        doc.t(rng.choice(["As requested, my social is ", "My SSN is ", "the last thing they asked was my social, "]))
        doc.v("US_SSN", ssn(rng, rng.choice(["-", " ", ""]))).t(f" and my old ITIN was {itin(rng)}.\n")
        doc.t(rng.choice(["Call me on ", "You can text me at ", "reach me at "])).v("PHONE_NUMBER", us_phone(rng))
        doc.t(f" after {rng.randint(1, 11)}:{rng.randint(0, 59):02d} pm, or write to ").v("EMAIL_ADDRESS", us_email(rng)).t(".\n")
        doc.t("They charged the card ").v("CREDIT_CARD", card(rng)).t(f" twice ({us_neg(rng)}).\n")
        doc.t(f"[chat] {rng.choice(FIRST)}: ok ").v("US_SSN", ssn(rng, "-")).t(f" is mine, the {ein(rng)} is the business\n")
        doc.t(f"{rng.choice(FIRST)}: and the kid's is ").v("US_SSN", ssn(rng, rng.choice(["-", " "]))).t(f", case {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)} is not\n")
        doc.t(f"{us_neg(rng)} — {us_neg(rng)}\n")
    return doc, f"https://{US_REGS[idx].split('_', 1)[1].replace('_', '-')}.example-{rng.randint(1, 999)}.com/r/{rng.randint(1000, 99999)}"


# ---------------------------------------------------------------- machine output

MACHINE_REGS = ["cowrie_honeypot_log", "redis_client_list_and_monitor", "stalwart_mail_server_log", "coturn_turn_server_log",
                "ufw_kernel_log", "arp_neighbour_tables", "teleport_audit_events", "rsyncd_log"]


def any_ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.25 else ipv4(rng)


def mac(rng: random.Random, sep: str = ":") -> str:
    return sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6))


def machine_doc(rng: random.Random, idx: int, layout: int) -> Doc:
    doc = Doc()
    reg = MACHINE_REGS[idx]
    ts = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    sess = f"{rng.randint(16**11, 16**12 - 1):x}"
    if reg == "arp_neighbour_tables" and layout == 0:
        doc.t("\nInterface: ").v("IP_ADDRESS", ipv4(rng)).t(f" --- 0x{rng.randint(2, 30):x}\n  Internet Address      Physical Address      Type\n")
    for _ in range(rng.randint(3, 6)):
        ip = any_ip(rng)
        v4 = ipv4(rng)
        w4 = ipv4(rng)
        port = rng.randint(1024, 65535)
        look = ip_lookalike(rng)
        if reg == "cowrie_honeypot_log":
            if layout == 0:
                doc.t("{\"eventid\":\"cowrie.login.failed\",\"username\":\"root\",\"password\":\"" + f"{rng.randint(1000, 999999)}" + "\",\"src_ip\":\"").v("IP_ADDRESS", ip)
                doc.t(f"\",\"src_port\":{port},\"session\":\"{sess}\",\"sensor\":\"hp{rng.randint(1, 9)}\",\"timestamp\":\"{ts}.{rng.randint(100000, 999999)}Z\"}}\n")
            elif layout == 1:
                doc.t(f"{ts}+0000 [HoneyPotSSHTransport,{rng.randint(1, 999)},").v("IP_ADDRESS", v4).t(f"] login attempt [b'admin'/b'{look}'] failed\n")
            else:
                doc.t(f"{ts}+0000 [cowrie.ssh.factory.CowrieSSHFactory] New connection: ").v("IP_ADDRESS", v4).t(f":{port} (").v("IP_ADDRESS", w4).t(f":2222) [session: {sess}]\n")
        elif reg == "redis_client_list_and_monitor":
            if layout == 0:
                addr = f"[{ip}]" if ":" in ip else ip
                doc.t(f"id={rng.randint(3, 99999)} addr=").t(addr[:1] if addr.startswith("[") else "").v("IP_ADDRESS", ip).t("]" if addr.startswith("[") else "")
                doc.t(f":{port} laddr=").v("IP_ADDRESS", w4).t(f":6379 fd={rng.randint(5, 900)} name= age={rng.randint(0, 99999)} idle=0 flags=N db=0 cmd=client|list\n")
            elif layout == 1:
                doc.t(f"{rng.randint(1700000000, 1790000000)}.{rng.randint(100000, 999999)} [0 ").v("IP_ADDRESS", v4).t(f":{port}] \"SET\" \"order:{rng.randint(10**8, 10**9)}\" \"{look}\"\n")
            else:
                doc.t(f"{rng.randint(1, 99999)}:M {rng.randint(1, 28)} Dec 2026 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)} * Replica ").v("IP_ADDRESS", v4).t(f":6379 asks for synchronization (offset {rng.randint(10**6, 10**9)}, bind 127.0.0.1)\n")
        elif reg == "stalwart_mail_server_log":
            user = email(rng, FIRST, rng.choice(["com", "org", "io"]))
            if layout == 0:
                doc.t(f"{ts}Z INFO SMTP connection started (smtp.conn-start) listenerId = \"smtp\", localPort = 25, remoteIp = ").v("IP_ADDRESS", ip).t(f", remotePort = {port}\n")
            elif layout == 1:
                doc.t(f"{ts}Z INFO Authentication successful (auth.success) accountName = \"").v("EMAIL_ADDRESS", user).t("\", remoteIp = ").v("IP_ADDRESS", v4).t(f", id = {rng.randint(1, 9999)}\n")
            else:
                doc.t(f"{ts}Z INFO Message queued (queue.queue-message) from = \"").v("EMAIL_ADDRESS", user).t(f"\", messageId = \"<{sess}.{rng.randint(10, 99)}@mx.{rng.choice(LAST)}.net>\", size = {rng.randint(1000, 99999)}, remoteIp = ").v("IP_ADDRESS", v4).t("\n")
        elif reg == "coturn_turn_server_log":
            if layout == 0:
                doc.t(f"{rng.randint(1, 99999)}: : session 00{rng.randint(10**15, 10**16 - 1)}: new, realm=<turn.{rng.choice(LAST)}.org>, username=<{rng.randint(1700000000, 1790000000)}:{rng.choice(FIRST)}>, lifetime=600\n")
                doc.t(f"{rng.randint(1, 99999)}: : session 00{rng.randint(10**15, 10**16 - 1)}: peer ").v("IP_ADDRESS", ip).t(" lifetime updated: 300\n")
            elif layout == 1:
                doc.t(f"{rng.randint(1, 99999)}: : IPv4. tcp or tls connected to: ").v("IP_ADDRESS", v4).t(f":{port}\n")
            else:
                doc.t(f"{rng.randint(1, 99999)}: : session 00{rng.randint(10**15, 10**16 - 1)}: closed (2nd stage), user <{rng.choice(FIRST)}> realm <turn.example.org> origin <>, local ").v("IP_ADDRESS", w4).t(":3478, remote ").v("IP_ADDRESS", v4).t(f":{port}, reason: allocation timeout, version {look}\n")
        elif reg == "ufw_kernel_log":
            if layout == 0:
                doc.t(f"Dec {rng.randint(1, 28):2d} {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} host kernel: [{rng.randint(1000, 99999)}.{rng.randint(100000, 999999)}] [UFW BLOCK] IN=eth0 OUT= MAC={mac(rng)}:{mac(rng)}:08:00 SRC=").v("IP_ADDRESS", v4).t(" DST=").v("IP_ADDRESS", w4)
                doc.t(f" LEN=60 TOS=0x00 PREC=0x00 TTL={rng.randint(30, 128)} ID={rng.randint(1, 65535)} DF PROTO=TCP SPT={port} DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0\n")
            elif layout == 1:
                doc.t(f"[{rng.randint(1, 20):2d}] {rng.choice(['22/tcp', '443', '5432/tcp', '51820/udp'])}  ALLOW IN    ").v("IP_ADDRESS", v4).t(f"   # added {rng.randint(1, 28)}.{rng.randint(1, 12)}.2026, ticket {rng.randint(1000, 9999)}-{rng.randint(100, 999)}\n")
            else:
                doc.t(f"{ts}.{rng.randint(100000, 999999)}+00:00 gw kernel: [UFW AUDIT] IN=wg0 OUT=eth0 SRC=").v("IP_ADDRESS", ipv6(rng)).t(" DST=").v("IP_ADDRESS", ipv6(rng)).t(f" LEN=80 TC=0 HOPLIMIT=64 FLOWLBL={rng.randint(1, 999999)} PROTO=UDP SPT={port} DPT=53 LEN=40\n")
        elif reg == "arp_neighbour_tables":
            if layout == 0:
                doc.t("  ").v("IP_ADDRESS", v4).t(f"{' ' * max(1, 22 - len(v4))}{mac(rng, '-')}     dynamic\n")
                if rng.random() < 0.4:
                    doc.t("  255.255.255.255       ff-ff-ff-ff-ff-ff     static\n")
            elif layout == 1:
                doc.t(f"{rng.choice(['?', 'router.lan', 'printer.lan'])} (").v("IP_ADDRESS", v4).t(f") at {mac(rng)} [ether] on {rng.choice(['eth0', 'br0', 'wlan0'])}\n")
            else:
                doc.v("IP_ADDRESS", ip).t(f" dev {rng.choice(['eth0', 'enp3s0'])} lladdr {mac(rng)} {rng.choice(['REACHABLE', 'STALE', 'DELAY'])}\n")
        elif reg == "teleport_audit_events":
            user = email(rng, FIRST, rng.choice(["com", "dev", "io"]))
            if layout == 0:
                doc.t("{\"event\":\"session.start\",\"code\":\"T2000I\",\"addr.remote\":\"").v("IP_ADDRESS", v4).t(f":{port}\",\"addr.local\":\"").v("IP_ADDRESS", w4).t(":3022\",\"user\":\"").v("EMAIL_ADDRESS", user).t(f"\",\"sid\":\"{sess}\",\"cluster_name\":\"prod\",\"teleport_version\":\"{look}\"}}\n")
            elif layout == 1:
                doc.t(f"{ts}Z [AUDIT] user.login code:T1000I user:").v("EMAIL_ADDRESS", user).t(" method:oidc remote_addr:").v("IP_ADDRESS", ip).t(" success:true\n")
            else:
                doc.t(f"{ts}Z  port  T3003I  {rng.choice(FIRST)}  src_addr=").v("IP_ADDRESS", v4).t(f":{port} dst_addr=").v("IP_ADDRESS", w4).t(f":{rng.choice([5432, 3306, 22])} login=ubuntu\n")
        else:  # rsyncd_log
            if layout == 0:
                doc.t(f"{ts.replace('-', '/').replace('T', ' ')} [{rng.randint(1000, 99999)}] connect from {rng.choice(['UNKNOWN', 'backup01.lan', 'nas.home'])} (").v("IP_ADDRESS", v4).t(")\n")
            elif layout == 1:
                doc.t(f"{ts.replace('-', '/').replace('T', ' ')} [{rng.randint(1000, 99999)}] rsync on backups/ from {rng.choice(FIRST)}@{rng.choice(['nas', 'pi4', 'db02'])} (").v("IP_ADDRESS", ip).t(")\n")
            else:
                doc.t(f"{ts.replace('-', '/').replace('T', ' ')} [{rng.randint(1000, 99999)}] sent {rng.randint(100, 99999)} bytes  received {rng.randint(100, 99999)} bytes  total size {rng.randint(10**6, 10**9)} host=").v("IP_ADDRESS", v4).t(f" proto {look}\n")
        if rng.random() < 0.2:
            doc.t(rng.choice(["# admin contact: ", "# alerts -> "])).v("EMAIL_ADDRESS", us_email(rng)).t(f"  {at_lookalike(rng, FIRST)}\n")
        if rng.random() < 0.12:
            doc.t("# oncall ").v("PHONE_NUMBER", phone(rng, rng.choice(["US", "GB", "DE", "IE", "SG", "AU"]))).t(f"  build {look}  ticket {phone_lookalike(rng, 'US')}\n")
    return doc


# ---------------------------------------------------------------- assembly and checks

def card_ok(text: str) -> bool:
    d = re.sub(r"[ \-\u00a0]", "", text)
    return d.isdigit() and luhn_ok(d) and card_brand_ok(d)


def check_row(row: dict) -> None:
    text = row["text"]
    spans = sorted(row["spans"], key=lambda s: s["start"])
    last = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            raise AssertionError(f"{row['id']}: span text mismatch {s}")
        if s["start"] < last:
            raise AssertionError(f"{row['id']}: overlap {s}")
        last = s["end"]
        before = text[s["start"] - 1] if s["start"] > 0 else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            raise AssertionError(f"{row['id']}: span glued {s}")
        kind, value = s["type"], s["text"]
        ok = {"PHONE_NUMBER": lambda v: phone_ok(v),
              "CREDIT_CARD": card_ok,
              "IBAN_CODE": iban_ok, "IP_ADDRESS": ip_ok, "US_SSN": ssn_ok,
              "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v) is not None}[kind](value)
        if not ok:
            raise AssertionError(f"{row['id']}: invalid {kind} {value!r}")


def generate() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    jobs = [("web", c) for c in L] + [("us", i) for i in range(len(US_REGS))] + [("machine", i) for i in range(len(MACHINE_REGS))]
    for family, key in jobs:
        for k in range({"web": 33, "us": 50, "machine": 30}[family]):
            layout = k % 3
            if family == "web":
                doc, url = web_doc(rng, key, layout)
                reg, language = L[key]["register"], key
            elif family == "us":
                doc, url = us_doc(rng, key, layout)
                reg, language = US_REGS[key], "en"
            else:
                doc = machine_doc(rng, key, layout)
                reg, language = MACHINE_REGS[key], "en"
                url = f"https://logs.{rng.choice(LAST)}-ops.net/{reg}/{rng.randint(1000, 99999)}.log"
            rows.append({"id": f"blind22-{len(rows)}", "half": "blind22", "register": reg, "url": url,
                         "language": language, "text": doc.text(), "spans": doc.spans})
    for row in rows:
        check_row(row)
    return rows


def load() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    rows = generate()
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    print(f"blind22: {len(rows)} documents, {total} spans")
    for t, n in types.most_common():
        print(f"  {t:14s} {n:5d}  {n / total:.1%}")
    print("registers:", dict(Counter(r["register"] for r in rows)))
    print("languages:", dict(Counter(r["language"] for r in rows)))
    if "--write-set" in sys.argv:
        DATA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
