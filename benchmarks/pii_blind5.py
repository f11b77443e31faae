"""A fifth blind PII test set (issue 26): 35 registers no earlier generator used, 26 languages,
and values in every CONTEXT a page gives them, not only every format.

Written by a fifth helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` and one row of pii_blind3.jsonl (the
format); never stages/pii*.py, their tests, docs/pii.md, the other generators' templates or value
makers, nor BENCHMARKS.md's PII sections. The step was never run on this set while it was written:
the lead scores it once, at the end. Every template, phrase, name list and value maker is new.

    python benchmarks/pii_blind5.py               # counts per type, register and language
    python benchmarks/pii_blind5.py --write-set   # (re)writes benchmarks/data/pii_blind5.jsonl

Registers: pharmacy on-duty rotas, data-breach notification letters, leaked "fullz" paste dumps,
genealogy death-index records, credit-report excerpts, employment-eligibility (I-9) onboarding
notes, medical billing superbills, card-authorisation forms, PHP print_r / Python repr debug
dumps, association membership-dues reminders, wedding gift lists, dunning letters, daycare fee
letters, taxi and ride receipts, removal-company quotes, tradesman estimates, dating profiles,
babysitter / au-pair profiles, PhD defence announcements, summer-camp parent handbooks,
teleshopping subtitles (SRT), road-accident statements, hospital discharge letters, network
abuse complaints, dhcpd lease files, /etc/hosts and ssh_config files, monitoring alert e-mails,
.env / settings files, visa application form dumps, veterinary vaccination reminders,
freelancer "hire me" pages, supplier bank-detail change notices, travel-agency fax bookings with a
guarantee card, unemployment-claim exports, leaked chat exports.
Languages (26, 11 in non-Latin scripts): en de fr es it pt nl pl sv da fi cs ro tr ru uk bg el
ar fa he hi zh ja ko th.

Contexts: a value has a label before it (the page's language, abbreviated, in capitals, with or
without colon), a label after it, a column header far above it (tables, CSV, fixed-width), only
the sentence around it ("call me on", "my social is", "wire it to"), or no context where its shape
tells (E.164, IBAN, e-mail, a card in 4-4-4-4); several values of mixed types share a line;
values sit between markup remnants or just after a line break, as text from HTML gives them.
Phones: 70-odd regions from `phonenumbers` example numbers (last four digits varied while
valid), written national (only on the page of their own country, by the URL's TLD), international,
E.164, "00", "+CC (0)", with dots, slashes, no-break spaces, full-width, Arabic-Indic or Persian
digits, extensions in the page's language (18 languages), Tel/Fax pairs; 90 regions in all. Cards of 11 brands at real prefixes and
lengths in their printed groupings; IBANs from schwifty (electronic, print groups, lower case);
IPv4 (public, private, link-local) and IPv6 (global, ULA, link-local with zone id); e-mails;
US SSNs (dashed, spaced, unseparated only beside a label / column / sentence naming it).
Hard negatives beside them: dates, times, prices, order / invoice / case / tracking numbers,
ISBN, EAN, postcodes, coordinates, versions, scores, IMEIs, pet microchips, hashes, masked and
Luhn-invalid cards, IBANs with a wrong check digit, ITINs, EINs, invalid SSNs, NPIs, ABA routing
numbers, sort codes, netmasks, loopback, IP-shaped firmware versions, year and page ranges, CPF,
PESEL, DNI, NINO, MAC addresses, Message-IDs and obfuscated e-mails.

Span rules (the project's policy, as blind3 states it):
- a span is exactly the value: no label, bracket, "mailto:", port, CIDR prefix, IPv6 zone id or
  trailing punctuation; an extension right after a phone ("ext. 12", "poste 31", "доб. 15",
  "内線 12", ...) is part of the phone's span;
- e-mails need a literal "@" and a dotted domain; obfuscated forms, DNS SOA mailboxes and
  Message-IDs are not labelled;
- IPs: loopback, unspecified, netmasks / wildcard masks and 255.255.255.255 are not labelled;
  private, link-local and public addresses are;
- lower-case IBANs and IBANs in print groups are labelled; a wrong check digit is not;
- cards pass Luhn and start with a real brand prefix at a real brand length; masked or
  Luhn-invalid ones are not labelled, nor Luhn-valid non-card numbers (IMEI, microchip);
- national ids other than the US SSN are not labelled; ITINs, EINs and SSNs with area 000, 666 or
  9xx, group 00 or serial 0000 are not labelled;
- a phone is a number a reader recognises as one (shape, label or sentence) and is valid for some
  region per phonenumbers (extension stripped); bare national numbers no reader could tell from
  another number are not planted.

Gold is checked on writing (`check_row`, also run by tests/test_pii_blind5_set.py): span text
equals text[start:end], spans sorted and not overlapping, not glued to an ASCII letter or digit,
phones valid, cards Luhn + brand prefix + length, IBANs valid (schwifty), IPs parse and are of no
excluded class, SSNs in the issued range, each gold value of 7+ characters occurs in its text
exactly as often as it is labelled, and no Luhn-valid brand card number or valid IBAN stands
outside a span. A drawn document failing a check is drawn again (next attempt seed).
Deterministic: string seeds per document, no set iteration, no Faker.
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from schwifty import IBAN

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows

DATA = Path(__file__).resolve().parent / "data" / "pii_blind5.jsonl"
SEED = 5151
N_DOCS = 1400
PHONE, EMAIL, IP, CARD, IBAN_T, SSN = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
                                      "IBAN_CODE", "US_SSN")

# language -> [(region, url TLD)]: a page's national phone forms are those of its TLD's region
REGIONS = {
    "en": [("US", "com"), ("GB", "co.uk"), ("IE", "ie"), ("AU", "com.au"), ("NZ", "co.nz"), ("CA", "ca"),
           ("ZA", "co.za"), ("SG", "sg"), ("NG", "com.ng"), ("KE", "co.ke"), ("PH", "ph"), ("GH", "com.gh"),
           ("JM", "com.jm"), ("MT", "com.mt")],
    "de": [("DE", "de"), ("AT", "at"), ("CH", "ch"), ("LU", "lu")],
    "fr": [("FR", "fr"), ("BE", "be"), ("CH", "ch"), ("SN", "sn"), ("CI", "ci"), ("MA", "ma"), ("TN", "tn")],
    "es": [("ES", "es"), ("MX", "com.mx"), ("AR", "com.ar"), ("CO", "com.co"), ("CL", "cl"), ("PE", "pe"),
           ("UY", "com.uy"), ("EC", "ec"), ("CR", "cr")],
    "it": [("IT", "it"), ("SM", "sm")],
    "pt": [("PT", "pt"), ("BR", "com.br"), ("AO", "co.ao"), ("MZ", "co.mz")],
    "nl": [("NL", "nl"), ("BE", "be")],
    "pl": [("PL", "pl")], "sv": [("SE", "se")], "da": [("DK", "dk")], "fi": [("FI", "fi")],
    "cs": [("CZ", "cz")], "ro": [("RO", "ro"), ("MD", "md")], "tr": [("TR", "com.tr")],
    "ru": [("RU", "ru"), ("BY", "by"), ("KZ", "kz")], "uk": [("UA", "com.ua")], "bg": [("BG", "bg")],
    "el": [("GR", "gr"), ("CY", "com.cy")], "ar": [("EG", "eg"), ("SA", "sa"), ("AE", "ae"), ("JO", "jo")],
    "fa": [("IR", "ir")], "he": [("IL", "co.il")], "hi": [("IN", "in")],
    "zh": [("CN", "cn"), ("TW", "tw"), ("HK", "hk")], "ja": [("JP", "jp")], "ko": [("KR", "kr")],
    "th": [("TH", "th")],
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "CZ",
           "PT", "IE", "GR", "TR", "RU", "UA", "IL", "AE", "SA", "EG", "IN", "PK", "BD", "CN", "HK", "TW",
           "JP", "KR", "TH", "VN", "MY", "ID", "PH", "SG", "AU", "NZ", "BR", "AR", "MX", "CO", "CL", "ZA",
           "NG", "KE", "MA", "HU", "RO", "BG", "HR", "RS", "SK", "SI", "EE", "LT", "LV", "IS", "LU", "MT",
           "CY", "GE", "AM", "KZ", "UZ", "LK", "NP", "QA", "KW", "OM", "PE", "UY", "CR", "PA", "DO"]
IBAN_COUNTRIES = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "CZ", "SE", "DK", "FI", "PT", "IE",
                  "LU", "RO", "BG", "GR", "CY", "HR", "SI", "SK", "HU", "EE", "LT", "LV", "MT", "NO", "IS",
                  "GB", "TR", "IL", "AE", "SA", "JO", "QA", "KW", "BH", "GE", "AZ", "UA", "MD", "BA", "RS",
                  "ME", "MK", "AL", "TN", "MR", "BR", "DO", "CR", "GT", "PK", "LB", "EG", "KZ", "FO", "GL"]
IBAN_HOME = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE",
             "da": "DK", "fi": "FI", "cs": "CZ", "ro": "RO", "tr": "TR", "uk": "UA", "bg": "BG", "el": "GR",
             "ar": "AE", "he": "IL", "ru": "KZ", "fa": "TR", "en": "GB"}

FIRST = {
    "en": ["Maggie", "Dwayne", "Priya", "Colm", "Tanisha", "Rhys", "Imogen", "Darnell", "Bethany", "Kwame"],
    "de": ["Jannik", "Svenja", "Ulrike", "Torben", "Mechthild", "Dragan", "Henrike", "Kai-Uwe"],
    "fr": ["Aurélien", "Maëlle", "Gaëtan", "Solène", "Yannick", "Océane", "Mamadou", "Clémence"],
    "es": ["Itziar", "Rodrigo", "Xiomara", "Iñaki", "Marisol", "Fermín", "Yolanda", "Alonso"],
    "it": ["Ottavia", "Gianmarco", "Rosalba", "Tiziano", "Benedetta", "Corrado"],
    "pt": ["Joaquim", "Thaís", "Gonçalo", "Iolanda", "Wanderley", "Inês"],
    "nl": ["Sanne", "Joost", "Femke", "Thijs", "Marloes", "Wouter"],
    "pl": ["Grażyna", "Mirosław", "Zuzanna", "Bartosz", "Jadwiga"], "sv": ["Linnéa", "Gustav", "Ebba", "Nils"],
    "da": ["Mette", "Søren", "Freja", "Mads"], "fi": ["Aino", "Juha", "Sirpa", "Eetu"],
    "cs": ["Radek", "Bohumila", "Vojtěch", "Zdenka"], "ro": ["Ioana", "Mircea", "Anca", "Sorin"],
    "tr": ["Elif", "Burak", "Zeynep", "Oğuz"], "ru": ["Всеволод", "Ульяна", "Тимофей", "Лариса"],
    "uk": ["Богдана", "Остап", "Соломія", "Тарас"], "bg": ["Цветелина", "Пламен", "Десислава", "Стоян"],
    "el": ["Σταυρούλα", "Παναγιώτης", "Ευανθία", "Θεόδωρος"], "ar": ["رغد", "يوسف", "ميار", "حمدان"],
    "fa": ["مهتاب", "کیوان", "نازنین", "بهرام"], "he": ["נועה", "איתמר", "שירה", "עומרי"],
    "hi": ["अनन्या", "विक्रम", "श्रुति", "राघव"], "zh": ["王丽华", "陈志强", "林雅婷", "赵建国"],
    "ja": ["佐々木 美穂", "高橋 健太", "中村 由紀", "小林 翔"], "ko": ["김서연", "박지훈", "이하은", "최민준"],
    "th": ["สมชาย", "วรรณา", "ประเสริฐ", "กาญจนา"],
}
LAST = ["Okonkwo", "Brannigan", "Lindqvist", "Castellanos", "Weidemann", "Fontaine", "Kowalczyk", "Ferreira",
        "Abernathy", "Vasquez", "Tremblay", "Nakashima", "Haddad", "Moreau", "Oyelaran", "Petrakis"]
MAIL_USERS = ["{f}.{l}", "{f}{l}", "{f}_{l}{n}", "{l}.{f}+{tag}", "{f1}{l}", "{f}-{l}", "{l}{n}", "info",
              "office", "kontakt", "bookings", "billing", "{f}"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "gmx.de", "web.de", "orange.fr", "libero.it",
                "mail.ru", "yandex.ru", "ukr.net", "abv.bg", "seznam.cz", "wp.pl", "o2.pl", "hotmail.es",
                "naver.com", "qq.com", "163.com", "yahoo.co.jp", "icloud.com", "protonmail.ch", "t-online.de",
                "telenet.be", "ziggo.nl", "bluewin.ch", "sapo.pt", "uol.com.br", "walla.co.il", "otenet.gr"]
TAGS = ["news", "shop", "camp", "rx", "2026", "invoices"]

EXT_WORD = {"en": ["ext. ", "x", "Ext ", "extension "], "de": ["App. ", "Durchwahl "], "fr": ["poste "],
            "es": ["ext. ", "anexo "], "it": ["int. ", "interno "], "pt": ["ramal "], "nl": ["toestel "],
            "pl": ["wew. "], "ru": ["доб. "], "uk": ["дод. "], "ja": ["内線 "], "zh": ["分机 ", "转"],
            "sv": ["ankn. "], "tr": ["dahili "], "el": ["εσωτ. "], "he": ["שלוחה "], "cs": ["linka "],
            "ko": ["내선 "]}
EXT_RE = re.compile(r"\s*(?:ext\.?|x|extension|app\.|durchwahl|poste|anexo|int\.|interno|ramal|toestel|wew\.|"
                    r"доб\.|дод\.|内線|分机|转|ankn\.|dahili|εσωτ\.|שלוחה|linka|내선)\s*\d{1,5}$", re.IGNORECASE)

PHONE_LABEL = {
    "en": ["Tel", "Phone", "Ph.", "Mob.", "Mobile", "Cell", "Office", "Desk", "Direct", "T", "Landline"],
    "de": ["Tel.", "Telefon", "Mobil", "Handy", "Fon", "Festnetz", "Ruf"], "fr": ["Tél.", "Téléphone", "Portable",
                                                                              "Mob.", "Standard"],
    "es": ["Tel.", "Teléfono", "Móvil", "Celular", "Tlf."], "it": ["Tel.", "Telefono", "Cell.", "Cellulare"],
    "pt": ["Tel.", "Telefone", "Telemóvel", "Celular", "Fone"], "nl": ["Tel.", "Telefoon", "Mobiel", "GSM"],
    "pl": ["Tel.", "Telefon", "Kom.", "Komórka"], "sv": ["Tel.", "Telefon", "Mobil"], "da": ["Tlf.", "Telefon",
                                                                                           "Mobil"],
    "fi": ["Puh.", "Puhelin", "GSM"], "cs": ["Tel.", "Telefon", "Mobil"], "ro": ["Tel.", "Telefon", "Mobil"],
    "tr": ["Tel.", "Telefon", "Cep", "GSM"], "ru": ["Тел.", "Телефон", "Моб."], "uk": ["Тел.", "Телефон",
                                                                                     "Моб."],
    "bg": ["Тел.", "Телефон", "Моб."], "el": ["Τηλ.", "Τηλέφωνο", "Κιν."], "ar": ["هاتف", "جوال", "ت"],
    "fa": ["تلفن", "همراه", "تلفن همراه"], "he": ["טל'", "טלפון", "נייד"], "hi": ["फ़ोन", "मोबाइल", "दूरभाष"],
    "zh": ["电话", "手机", "聯絡電話"], "ja": ["TEL", "電話", "携帯"], "ko": ["전화", "휴대폰", "연락처"],
    "th": ["โทร", "โทรศัพท์", "มือถือ"],
}
FAX_LABEL = {"en": "Fax", "de": "Fax", "fr": "Fax", "es": "Fax", "it": "Fax", "pt": "Fax", "nl": "Fax", "pl": "Faks",
             "ru": "Факс", "uk": "Факс", "bg": "Факс", "el": "Φαξ", "ar": "فاكس", "fa": "فکس", "he": "פקס",
             "zh": "传真", "ja": "FAX", "ko": "팩스", "tr": "Faks", "cs": "Fax", "ro": "Fax", "sv": "Fax",
             "da": "Fax", "fi": "Faksi", "hi": "फ़ैक्स", "th": "แฟกซ์"}
EMAIL_LABEL = {"en": "E-mail", "de": "E-Mail", "fr": "Courriel", "es": "Correo", "it": "E-mail", "pt": "E-mail",
               "nl": "E-mail", "pl": "E-mail", "sv": "E-post", "da": "E-mail", "fi": "Sähköposti", "cs": "E-mail",
               "ro": "E-mail", "tr": "E-posta", "ru": "Эл. почта", "uk": "Ел. пошта", "bg": "Имейл",
               "el": "Email", "ar": "البريد الإلكتروني", "fa": "ایمیل", "he": "דוא\"ל", "hi": "ईमेल",
               "zh": "邮箱", "ja": "メール", "ko": "이메일", "th": "อีเมล"}
# "call me on ... " in the page's language: the sentence is the phone's only context
CALL_SENTENCE = {
    "en": ["Best to call me on {} after six.", "Ring {} and ask for me.", "You can reach her at {} most days.",
           "Text {} if the gate is locked.", "For emergencies dial {} (24h)."],
    "de": ["Am besten rufen Sie mich unter {} an.", "Erreichbar bin ich abends unter {}.", "Bei Fragen einfach {} anrufen."],
    "fr": ["Appelez-moi au {} après 18 h.", "Vous pouvez me joindre au {}.", "En cas d'urgence, composez le {}."],
    "es": ["Llámame al {} por la tarde.", "Puedes escribirme por WhatsApp al {}.", "Para urgencias marque el {}."],
    "it": ["Chiamatemi al {} dopo le 18.", "Potete raggiungermi al numero {}.", "Per urgenze chiamare il {}."],
    "pt": ["Liga-me para o {} depois das 18h.", "Me chama no zap {}.", "Em caso de urgência ligue {}."],
    "nl": ["Bel me gerust op {}.", "Je kunt me bereiken op {} na 17 uur."], "pl": ["Proszę dzwonić pod numer {}.",
                                                                              "Zadzwoń do mnie na {}."],
    "sv": ["Ring mig på {} efter lunch."], "da": ["Ring til mig på {}."], "fi": ["Soita minulle numeroon {}."],
    "cs": ["Volejte mi na číslo {}."], "ro": ["Sunați-mă la {}."], "tr": ["Beni {} numarasından arayabilirsiniz."],
    "ru": ["Звоните мне по номеру {} вечером.", "Пишите в Telegram или звоните: {}."],
    "uk": ["Телефонуйте мені на {}.", "Дзвоніть за номером {} після 18:00."], "bg": ["Обадете ми се на {}."],
    "el": ["Καλέστε με στο {}."], "ar": ["اتصل بي على الرقم {} مساءً."], "fa": ["با شماره {} تماس بگیرید."],
    "he": ["אפשר להתקשר אליי למספר {}."], "hi": ["कृपया मुझे {} पर कॉल करें।"], "zh": ["有事请打我电话{}。",
                                                                             "请拨打{}联系我们。"],
    "ja": ["ご不明な点は{}までお電話ください。"], "ko": ["{}로 연락 주세요."], "th": ["โทรหาฉันได้ที่ {} ค่ะ"],
}


class Page:
    """A document built piece by piece; a value piece records its span."""

    def __init__(self):
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []

    def add(self, *pieces) -> Page:
        for piece in pieces:
            if isinstance(piece, tuple):
                kind, value = piece
                self.spans.append({"type": kind, "start": self.size, "end": self.size + len(value), "text": value})
                piece = value
            self.parts.append(piece)
            self.size += len(piece)
        return self

    def line(self, *pieces) -> Page:
        return self.add(*pieces, "\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise ValueError(body)


# brand -> (prefixes, lengths, grouping per length); from the issuers' published ranges
BRANDS = {
    "visa": (["4"], [16, 13, 19], {16: (4, 4, 4, 4), 13: (4, 3, 3, 3), 19: (4, 4, 4, 4, 3)}),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], [16], {16: (4, 4, 4, 4)}),
    "amex": (["34", "37"], [15], {15: (4, 6, 5)}),
    "discover": (["6011", "644", "645", "649", "65"], [16], {16: (4, 4, 4, 4)}),
    "diners": (["300", "303", "305", "36", "38"], [14], {14: (4, 6, 4)}),
    "jcb": (["3528", "3540", "3566", "3589"], [16], {16: (4, 4, 4, 4)}),
    "unionpay": (["62"], [16, 19], {16: (4, 4, 4, 4), 19: (6, 13)}),
    "maestro": (["5018", "5020", "6304", "6759"], [16, 19], {16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}),
    "mir": (["2200", "2202", "2204"], [16], {16: (4, 4, 4, 4)}),
    "rupay": (["6521", "6522", "60"], [16], {16: (4, 4, 4, 4)}),
    "troy": (["9792"], [16], {16: (4, 4, 4, 4)}),
}
BRAND_NAME = {"visa": "VISA", "mastercard": "MasterCard", "amex": "AMEX", "discover": "Discover",
              "diners": "Diners Club", "jcb": "JCB", "unionpay": "UnionPay", "maestro": "Maestro", "mir": "МИР",
              "rupay": "RuPay", "troy": "TROY"}
BRAND_CHECK = [("4", (13, 16, 19)), ("51", (16,)), ("52", (16,)), ("53", (16,)), ("54", (16,)), ("55", (16,)),
               ("34", (15,)), ("37", (15,)), ("6011", (16, 19)), ("64", (16, 19)), ("65", (16, 19)),
               ("30", (14, 16)), ("36", (14, 16)), ("38", (14, 16)), ("35", (16, 19)), ("62", (16, 17, 18, 19)),
               ("50", (12, 13, 16, 19)), ("63", (12, 16, 19)), ("67", (12, 16, 19)), ("60", (16, 19)),
               ("9792", (16,))] + [(str(p), (16,)) for p in range(2200, 2205)] + \
              [(str(p), (16,)) for p in range(2221, 2721)]


def card_brand_ok(digits: str) -> bool:
    return any(digits.startswith(p) and len(digits) in lens for p, lens in BRAND_CHECK)


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def ip_ok(value: str) -> bool:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast or str(ip) == "255.255.255.255":
        return False
    # netmasks and wildcard masks
    return not (ip.version == 4 and value.startswith(("255.", "0.")))


DIGIT_MAP = str.maketrans("０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "012345678901234567890123456789")


def phone_region(value: str, hint_regions: list[str]) -> str | None:
    """The first region (the page's own first) for which the phone, extension stripped, is valid."""
    core = EXT_RE.sub("", value.translate(DIGIT_MAP)).replace("\u00a0", " ").replace("\u202f", " ")
    regions = [None] if core.startswith("+") else []
    regions += hint_regions + FOREIGN + sorted(phonenumbers.SUPPORTED_REGIONS)
    for region in regions:
        try:
            number = phonenumbers.parse(core, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.region_code_for_number(number)
    return None


def phone_ok(value: str, hint_regions: list[str]) -> bool:
    return phone_region(value, hint_regions) is not None


def url_regions(url: str) -> list[str]:
    tld = url.split("/")[2].rsplit(".", 1)[-1].upper()
    return [r for pairs in REGIONS.values() for r, t in pairs if t.rsplit(".", 1)[-1].upper() == tld]


class Values:
    """Value and look-alike makers for one document; all randomness from one seeded rng."""

    def __init__(self, rng: random.Random, lang: str, region: str, tld: str):
        self.rng, self.lang, self.region, self.tld = rng, lang, region, tld

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def word(self, table: dict) -> str:
        """The page language's entry of a {language: text or [texts]} table (English where none)."""
        entry = table.get(self.lang, table["en"])
        return entry if isinstance(entry, str) else self.pick(entry)

    # --- names
    def name(self) -> str:
        first = self.pick(FIRST.get(self.lang, FIRST["en"]))
        if self.lang in ("zh", "ja", "ko", "th", "ar", "fa", "he", "hi", "ru", "uk", "bg", "el"):
            return first
        return f"{first} {self.pick(LAST)}"

    # --- phones
    def phone_number(self, region: str | None = None, kind: str | None = None):
        region = region or self.region
        kinds = [phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE,
                 phonenumbers.PhoneNumberType.TOLL_FREE]
        kind = kind or self.pick(kinds)
        example = phonenumbers.example_number_for_type(region, kind) or \
            phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
        national = str(example.national_number)
        for _ in range(40):
            tail = "".join(str(self.rng.randrange(10)) for _ in range(4))
            candidate = phonenumbers.parse(f"+{example.country_code}{national[:-4]}{tail}", None)
            if phonenumbers.is_valid_number(candidate):
                return candidate
        return example

    def phone(self, region: str | None = None, style: str | None = None, ext: bool | None = None) -> str:
        region = region or (self.region if self.chance(0.7) else self.pick(FOREIGN))
        num = self.phone_number(region)
        fmt = phonenumbers.PhoneNumberFormat
        home = region == self.region
        styles = ["intl", "intl", "e164", "00", "dots", "nbsp"] + (["nat"] * 5 + ["natdots", "native"]
                                                                    + (["slash"] if region in ("DE", "AT", "CH") else [])
                                                                    if home else [])
        if home and self.lang in ("ja", "zh", "ko", "ar", "fa"):
            styles += ["native"] * 4  # full-width, Arabic-Indic and Persian digits as those pages write them
        if phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix == "0":
            styles.append("trunk0")
        style = style or self.pick(styles)
        intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
        nat = phonenumbers.format_number(num, fmt.NATIONAL)
        if style == "nat":
            text = nat
        elif style == "intl":
            text = intl
        elif style == "e164":
            text = phonenumbers.format_number(num, fmt.E164)
        elif style == "00":
            text = "00" + intl[1:]
        elif style == "dots":
            text = "+" + re.sub(r"[ \-]", ".", intl[1:]).replace("(", "").replace(")", "")
        elif style == "natdots":
            text = re.sub(r"[ \-]", ".", nat.replace("(", "").replace(")", ""))
        elif style == "slash":
            # "030/1234567" is how German-speaking pages write it; elsewhere the national form
            text = nat.replace(" ", "/", 1) if " " in nat and region in ("DE", "AT", "CH") else nat
        elif style == "nbsp":
            text = intl.replace(" ", "\u00a0")
        elif style == "trunk0":
            cc, rest = intl.split(" ", 1)
            text = f"{cc} (0){rest}" if self.chance(0.5) else f"{cc} (0) {rest}"
            if not phone_ok(text, [region]):
                text = intl  # "(0)" only where the region's numbers keep their meaning with it
        elif style == "native":
            text = nat
            if self.lang in ("ja", "zh", "ko"):
                text = text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
            elif self.lang == "ar":
                text = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
            elif self.lang == "fa":
                text = text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        else:
            raise ValueError(style)
        if ext if ext is not None else (self.chance(0.08) and kinds_allow_ext(num)):
            word = self.pick(EXT_WORD.get(self.lang, EXT_WORD["en"]))
            text += " " + word + str(self.rng.randrange(2, 9999))
        return text

    def phone_label(self) -> str:
        label = self.pick(PHONE_LABEL.get(self.lang, PHONE_LABEL["en"]))
        form = self.rng.randrange(5)
        if form == 0:
            return label.upper() + ": "
        if form == 1:
            return label + " "
        if form == 2:
            return label + " – "
        return label + ": "

    # --- e-mails
    def email(self) -> str:
        first = self.pick(FIRST["en"] + FIRST["de"] + FIRST["fr"][:3]).lower()
        first = first.translate(str.maketrans("éëèçñüöäß", "eeecnuoas")).replace("-", "")
        last = self.pick(LAST).lower()
        user = self.pick(MAIL_USERS).format(f=first, l=last, f1=first[0], n=self.rng.randrange(1, 99),
                                            tag=self.pick(TAGS))
        domain = self.pick(MAIL_DOMAINS) if self.chance(0.6) else \
            f"{self.pick(['mail.', '', 'team.', ''])}{last}-{self.pick(['praxis', 'events', 'trade', 'home', 'lab'])}.{self.tld}"
        value = f"{user}@{domain}"
        return value.upper() if self.chance(0.04) else value

    # --- IPs
    def ipv4_public(self) -> str:
        while True:
            ip = ipaddress.IPv4Address(self.rng.randrange(1 << 24, 224 << 24))
            if ip.is_global:
                return str(ip)

    def ipv4_private(self) -> str:
        r = self.rng.randrange
        return self.pick([f"10.{r(256)}.{r(256)}.{r(1, 255)}", f"192.168.{r(256)}.{r(1, 255)}",
                          f"172.{r(16, 32)}.{r(256)}.{r(1, 255)}", f"169.254.{r(1, 255)}.{r(1, 255)}"])

    def ipv6(self) -> str:
        r = self.rng.randrange
        kind = self.rng.randrange(3)
        if kind == 0:
            addr = ipaddress.IPv6Address(f"2a0{r(1, 10)}:{r(65536):x}:{r(65536):x}::{r(1, 65536):x}")
        elif kind == 1:
            addr = ipaddress.IPv6Address(f"fd{r(256):02x}:{r(65536):x}:{r(65536):x}:{r(65536):x}::{r(1, 65536):x}")
        else:
            addr = ipaddress.IPv6Address(f"2001:{r(0x4000, 0x4fff):x}:{r(65536):x}:{r(65536):x}:"
                                         f"{r(65536):x}:{r(65536):x}:{r(65536):x}:{r(1, 65536):x}")
        return addr.compressed

    def ip(self) -> str:
        k = self.rng.random()
        return self.ipv4_public() if k < 0.5 else self.ipv4_private() if k < 0.78 else self.ipv6()

    # --- cards
    def card_digits(self, brand: str | None = None) -> tuple[str, tuple]:
        brand = brand or self.pick(list(BRANDS))
        prefixes, lengths, groups = BRANDS[brand]
        length = self.pick(lengths)
        prefix = self.pick(prefixes)
        body = prefix + "".join(str(self.rng.randrange(10)) for _ in range(length - len(prefix) - 1))
        return luhn_complete(body), groups[length]

    def card(self, brand: str | None = None, sep: str | None = None) -> str:
        self.last_brand = brand = brand or self.pick(list(BRANDS))
        digits, groups = self.card_digits(brand)
        sep = sep if sep is not None else self.pick([" ", " ", "-", "", "\u00a0"])
        out, i = [], 0
        for g in groups:
            out.append(digits[i:i + g])
            i += g
        return sep.join(out)

    # --- IBANs
    def iban(self, country: str | None = None, form: str | None = None) -> str:
        country = country or (IBAN_HOME.get(self.lang) if self.chance(0.6) else None) or self.pick(IBAN_COUNTRIES)
        value = IBAN.random(country_code=country, random=self.rng)
        form = form or self.pick(["compact", "print", "print", "lower", "lowerprint"])
        if form == "compact":
            return str(value.compact)
        if form == "print":
            return value.formatted
        if form == "lower":
            return str(value.compact).lower()
        return value.formatted.lower()

    # --- SSNs
    def ssn(self, sep: str | None = None) -> str:
        r = self.rng.randrange
        while True:
            area = r(1, 900)
            if area != 666:
                break
        digits = f"{area:03d}{r(1, 100):02d}{r(1, 10000):04d}"
        if digits in ("078051120", "219099999", "123456789"):
            digits = "48" + digits[2:]
        sep = sep if sep is not None else self.pick(["-", "-", "-", " ", ""])
        return f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"

    # --- look-alikes (never labelled)
    def digits(self, n: int) -> str:
        return str(self.rng.randrange(1, 10)) + "".join(str(self.rng.randrange(10)) for _ in range(n - 1))

    def neg(self, kind: str | None = None) -> str:
        r = self.rng.randrange
        kinds = ["date", "time", "price", "order", "isbn", "ean", "coords", "version", "score", "imei",
                 "chip", "hash", "masked", "badcard", "badiban", "itin", "ein", "badssn", "npi", "aba",
                 "sortcode", "netmask", "loopback", "build", "years", "pages", "cpf", "pesel", "dni", "nino",
                 "mac", "msgid", "obfuscated", "tracking", "case", "postcode", "account"]
        kind = kind or self.pick(kinds)
        if kind == "date":
            d, m, y = r(1, 29), r(1, 13), r(2019, 2028)
            return self.pick([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{d}/{m}/{y % 100:02d}",
                              f"{y}年{m}月{d}日", f"{d:02d}-{m:02d}-{y}"])
        if kind == "time":
            return self.pick([f"{r(24):02d}:{r(60):02d}", f"{r(1, 13)}:{r(60):02d} {self.pick(['AM', 'PM'])}",
                              f"{r(24):02d}:{r(60):02d}:{r(60):02d}", f"{r(8, 12)}:00–{r(13, 20)}:30"])
        if kind == "price":
            return self.pick([f"€ {r(10, 9999)},{r(100):02d}", f"${r(1, 99)},{r(1000):03d}.{r(100):02d}",
                              f"{r(100, 99999):,} ₽".replace(",", " "), f"£{r(5, 900)}.{r(100):02d}",
                              f"CHF {r(10, 5000)}.–", f"{r(1000, 90000)} ฿", f"¥{r(1000, 999999):,}"])
        if kind == "order":
            return self.pick([f"#{self.digits(8)}", f"ORD-{r(2020, 2027)}-{self.digits(6)}", f"{self.digits(3)}-{self.digits(7)}-{self.digits(7)}",
                              f"INV/{r(2024, 2027)}/{self.digits(5)}", f"Nr. {self.digits(10)}"])
        if kind == "isbn":
            body = "978" + str(r(0, 10)) + self.digits(8)
            check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
            s = body + str(check)
            return self.pick([f"ISBN {s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}", f"ISBN {s}"])
        if kind == "ean":
            body = self.pick(["400", "300", "800", "590", "460", "690"]) + self.digits(9)
            check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
            return "EAN " + body + str(check)
        if kind == "coords":
            return f"{r(-89, 89)}.{self.digits(5)}, {r(-179, 179)}.{self.digits(5)}"
        if kind == "version":
            return self.pick([f"v{r(1, 20)}.{r(0, 40)}.{r(0, 99)}", f"{r(1, 9)}.{r(0, 30)}.{r(0, 9)}-rc{r(1, 5)}",
                              f"firmware {r(1, 9)}.{r(0, 9)}.{r(0, 30)}.{r(1, 99)}",
                              f"build {r(1, 9)}.{r(0, 9)}.{r(1000, 30000)}.{r(1, 9999)}"])
        if kind == "score":
            return self.pick([f"{r(0, 7)}:{r(0, 7)}", f"{r(0, 5)}–{r(0, 5)}", f"{r(50, 100)}/100",
                              f"{r(60, 180)}-{r(60, 180)}"])
        if kind in ("imei", "chip"):
            body = (self.pick(["35", "86", "01"]) + self.digits(12)) if kind == "imei" else ("9" + self.digits(13))
            value = luhn_complete(body) if kind == "imei" else body + str(r(10))
            return ("IMEI " if kind == "imei" else "Chip ") + value
        if kind == "hash":
            return "".join(self.pick("0123456789abcdef") for _ in range(self.pick([12, 40, 64])))
        if kind == "masked":
            return self.pick([f"**** **** **** {self.digits(4)}", f"{self.digits(4)} XXXX XXXX {self.digits(4)}",
                              f"4{self.digits(5)}******{self.digits(4)}", f"xxx-xx-{self.digits(4)}"])
        if kind == "badcard":
            digits, _ = self.card_digits()
            bad = digits[:-1] + str((int(digits[-1]) + 1 + r(8)) % 10)
            return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))
        if kind == "badiban":
            good = str(IBAN.random(country_code=self.pick(IBAN_COUNTRIES), random=self.rng).compact)
            check = int(good[2:4])
            bad = good[:2] + f"{(check + 1 + r(90)) % 97 + 2:02d}" + good[4:]
            if bad[2:4] == good[2:4]:
                bad = good[:2] + f"{(check + 3) % 97 + 2:02d}" + good[4:]
            return bad
        if kind == "itin":
            return f"9{r(10):d}{r(10):d}-{self.pick([70, 75, 81, 88, 90, 94, 99]):02d}-{self.digits(4)}"
        if kind == "ein":
            return f"EIN {r(10, 99)}-{self.digits(7)}"
        if kind == "badssn":
            return self.pick([f"000-{r(10, 99)}-{self.digits(4)}", f"666-{r(10, 99)}-{self.digits(4)}",
                              f"{r(100, 665)}-00-{self.digits(4)}", f"{r(100, 665)}-{r(10, 99)}-0000"])
        if kind == "npi":
            return "NPI " + luhn_complete("1" + self.digits(8))
        if kind == "aba":
            return "ABA " + self.pick(["021000021", "026009593", "121000248", "011401533", "071000013"])
        if kind == "sortcode":
            return f"sort code {r(10, 99)}-{r(10, 99)}-{r(10, 99)}"
        if kind == "netmask":
            return self.pick(["255.255.255.0", "255.255.0.0", "255.255.255.252", "0.0.0.255", "255.255.255.255",
                              "255.255.248.0"])
        if kind == "loopback":
            return self.pick(["127.0.0.1", "::1", "0.0.0.0", "127.0.1.1"])
        if kind == "build":
            return f"{r(10, 11)}.0.{r(17000, 26000)}.{r(100, 5000)}"
        if kind == "years":
            y = r(1990, 2025)
            return f"{y}–{y + r(1, 9)}"
        if kind == "pages":
            p = r(10, 900)
            return f"pp. {p}-{p + r(3, 40)}"
        if kind == "cpf":
            return f"CPF {self.digits(3)}.{self.digits(3)}.{self.digits(3)}-{self.digits(2)}"
        if kind == "pesel":
            return f"PESEL {r(50, 99)}{r(1, 13):02d}{r(1, 29):02d}{self.digits(5)}"
        if kind == "dni":
            n = r(10000000, 99999999)
            return f"DNI {n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        if kind == "nino":
            return f"NI {self.pick(['AB', 'JK', 'PR', 'SN'])} {r(10, 99)} {r(10, 99)} {r(10, 99)} {self.pick('ABCD')}"
        if kind == "mac":
            return ":".join(f"{r(256):02x}" for _ in range(6))
        if kind == "msgid":
            return f"<{self.hash_id()}@mx{r(1, 9)}.{self.pick(['mailhost.net', 'relay.example.org'])}>"
        if kind == "obfuscated":
            return f"{self.pick(LAST).lower()} (at) {self.pick(['posteo', 'fastmail', 'riseup'])} (dot) net"
        if kind == "tracking":
            return self.pick([f"1Z{self.digits(6)}{self.pick(['YW', 'A4', 'E2'])}{self.digits(8)}", f"RR{self.digits(9)}DE",
                              f"{self.digits(4)} {self.digits(4)} {self.digits(4)} {self.digits(4)} {self.digits(4)} {self.digits(2)}"])
        if kind == "case":
            return self.pick([f"Case {self.digits(3)}-{self.digits(3)}-{self.digits(4)}", f"Ref. {self.digits(2)}/{self.digits(6)}",
                              f"Claim {self.digits(3)}-{self.digits(2)}-{self.digits(4)}-{self.digits(2)}"])
        if kind == "postcode":
            return self.pick([f"{r(10000, 99999)}", f"{r(10000, 99999)}-{r(1000, 9999)}", f"SW{r(1, 20)} {r(1, 9)}AB",
                              f"{r(100, 999)}-{r(1000, 9999)}", f"{r(10, 99)}-{r(100, 999)}"])
        if kind == "account":
            return self.pick([f"Konto {self.digits(10)}", f"acct {self.digits(8)}", f"{self.digits(5)}-{self.digits(7)}-{r(10)}"])
        raise ValueError(kind)

    def hash_id(self) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(16))

    def negs(self, n: int, kinds: list[str] | None = None) -> str:
        return self.pick([" · ", "  ", " | ", "; "]).join(self.neg(self.pick(kinds) if kinds else None) for _ in range(n))


def kinds_allow_ext(num) -> bool:
    return phonenumbers.number_type(num) != phonenumbers.PhoneNumberType.MOBILE


def phone_ctx(v: Values, p: Page, value: str | None = None) -> None:
    """One phone in one of the contexts a page gives it: label before, label after, sentence only."""
    mode = v.rng.randrange(8)
    if mode == 7:  # no context: only an international shape tells it
        p.line((PHONE, value or v.phone(style=v.pick(["e164", "intl", "00"]))))
        return
    value = value or v.phone()
    if mode == 6:  # markup remnants of text-from-HTML between the label and the number
        label = v.pick(PHONE_LABEL.get(v.lang, PHONE_LABEL["en"]))
        p.line(v.pick([f"<b>{label}</b> ", f"{label}:&nbsp;", f"{label}</span>\n<span>", f"| {label} |\n| "]),
               (PHONE, value), v.pick(["<br>", "", " |", "</span>"]))
    elif mode <= 2:
        p.line(v.phone_label(), (PHONE, value))
    elif mode == 3:
        label = v.pick(PHONE_LABEL.get(v.lang, PHONE_LABEL["en"]))
        p.line((PHONE, value), v.pick([f" ({label.lower()})", f" – {label}", f"  [{label}]"]))
    elif mode == 4:
        before, after = v.pick(CALL_SENTENCE.get(v.lang, CALL_SENTENCE["en"])).split("{}")
        p.line(before, (PHONE, value), after)
    else:
        fax = v.phone(region=v.region)
        p.line(v.pick(PHONE_LABEL.get(v.lang, PHONE_LABEL["en"])), "/", FAX_LABEL.get(v.lang, "Fax"), ": ",
               (PHONE, value), v.pick([" / ", " | ", ", "]), (PHONE, fax))


def email_ctx(v: Values, p: Page) -> None:
    value = v.email()
    mode = v.rng.randrange(4)
    if mode == 0:
        p.line(EMAIL_LABEL.get(v.lang, "E-mail"), ": ", (EMAIL, value))
    elif mode == 1:
        p.line("mailto:", (EMAIL, value))
    elif mode == 2:
        p.line("<", (EMAIL, value), ">")
    else:
        p.line((EMAIL, value))


def person_url(v: Values, path: str) -> str:
    return f"https://www.{v.pick(LAST).lower()}-{v.pick(['net', 'info', 'site', 'web'])}.{v.tld}/{path}"


# ---------------------------------------------------------------- registers
# each: (v, p) -> url path; writes one document into p

def pharmacy_rota(v: Values, p: Page) -> str:
    head = {"de": "Apotheken-Notdienst", "fr": "Pharmacies de garde", "it": "Farmacie di turno",
            "es": "Farmacias de guardia", "pt": "Farmácias de serviço", "nl": "Dienstapotheken",
            "pl": "Apteki dyżurne", "cs": "Pohotovostní lékárny"}.get(v.lang, "Pharmacies on duty")
    p.line(head, " ", v.neg("date"))
    p.line("Name | Adresse | ", v.pick(PHONE_LABEL.get(v.lang, ["Tel"])), " | Zeit")
    p.line("-" * 40)
    for _ in range(v.rng.randrange(3, 6)):
        p.line(f"{v.pick(['St.', 'Stern', 'Löwen', 'Centrale', 'Sol', 'Rosa'])} {v.pick(LAST)} | ",
               f"{v.rng.randrange(1, 120)} {v.pick(['Hauptstr.', 'rue Haute', 'via Roma', 'calle Mayor'])} ",
               v.neg("postcode"), " | ", (PHONE, v.phone(region=v.region, style=v.pick(["nat", "slash", "nat"]))),
               " | ", v.neg("time"))
    p.line("Notruf 112 · Stand ", v.neg("date"), " · ", v.neg("version"))
    return "notdienst"


def breach_notice(v: Values, p: Page) -> str:
    p.line("NOTICE OF DATA SECURITY INCIDENT")
    p.line(v.neg("date"))
    p.line(f"Dear {v.name()},")
    p.line("We are writing to inform you of an incident that may have involved some of your information, "
           f"including your name and Social Security number ending in {v.digits(4)} ({v.neg('masked')}).")
    p.line(f"Enrollment code: {v.hash_id().upper()[:10]}  {v.neg('case')}")
    p.add("Call our dedicated line at ")
    p.add((PHONE, v.phone(region="US", style=v.pick(["nat", "intl", "dots"]))))
    p.line(f", {v.neg('time')} to {v.neg('time')} Eastern, or write to ", (EMAIL, v.email()), ".")
    if v.chance(0.5):
        p.line("The unauthorized access came from ", (IP, v.ipv4_public()), " between ", v.neg("date"), " and ",
               v.neg("date"), ".")
    p.line("EIN of the covered entity: ", v.neg("ein")[4:])
    return "notice-of-data-incident"


def paste_dump(v: Values, p: Page) -> str:
    p.line(f"# dump {v.neg('date')} fresh {v.rng.randrange(50, 900)} lines  -- {v.hash_id()}")
    cols = v.pick([["name", "ssn", "dob", "phone", "email", "ip"], ["email", "cc", "exp", "cvv", "zip", "ip"],
                   ["fullname", "SSN", "cc_number", "phone"], ["mail", "pass_md5", "last_ip", "tel"],
                   ["name", "cc", "exp", "cvv", "ssn", "phone"], ["cc_number", "exp", "zip", "email"]])
    sep = v.pick(["|", ":", ",", "\t"])
    p.line(sep.join(cols))
    for _ in range(v.rng.randrange(2, 5)):
        cells = []
        for c in cols:
            if c in ("name", "fullname"):
                cells.append(v.name())
            elif c.lower() == "ssn":
                cells.append((SSN, v.ssn(sep=v.pick(["", "", "-"]))))
            elif c == "dob":
                cells.append(v.neg("date"))
            elif c in ("phone", "tel"):
                cells.append((PHONE, v.phone(region="US", style=v.pick(["e164", "nat", "intl"]), ext=False)))
            elif c in ("email", "mail"):
                cells.append((EMAIL, v.email()))
            elif c in ("ip", "last_ip"):
                cells.append((IP, v.ipv4_public()))
            elif c in ("cc", "cc_number"):
                cells.append((CARD, v.card(sep="")))
            elif c == "exp":
                cells.append(f"{v.rng.randrange(1, 13):02d}/{v.rng.randrange(26, 32)}")
            elif c == "cvv":
                cells.append(v.digits(3))
            elif c == "zip":
                cells.append(v.neg("postcode"))
            else:
                cells.append(v.hash_id() * 2)
        pieces = []
        for i, cell in enumerate(cells):
            if i:
                pieces.append(sep)
            pieces.append(cell)
        p.line(*pieces)
    return "raw/" + v.hash_id()[:8]


def genealogy_ssdi(v: Values, p: Page) -> str:
    de = v.lang == "de"
    for _ in range(v.rng.randrange(1, 4)):
        p.line(f"{v.name()} ({v.neg('years')})")
        p.line(("Geboren" if de else "Born") + f": {v.neg('date')}   " + ("Gestorben" if de else "Died") +
               f": {v.neg('date')}")
        p.line(v.pick(["SSN: ", "Social Security Number: ", "SS#: ", "Sozialversicherungsnr. (USA): "]),
               (SSN, v.ssn(sep=v.pick(["-", "", " "]))), f"  Issued: {v.pick(['Ohio', 'Texas', 'New York'])}")
        p.line(f"Last residence: {v.neg('postcode')}  Record {v.neg('order')}")
    if v.chance(0.5):
        p.line("Questions about this family tree? ", (EMAIL, v.email()))
    return "ssdi/record"


def credit_report(v: Values, p: Page) -> str:
    p.line("PERSONAL INFORMATION")
    p.line(f"Name on file ........ {v.name().upper()}")
    p.line(v.pick(["Social Security # ... ", "SSN ................ ", "Soc Sec No: "]), (SSN, v.ssn()))
    p.line("Also reported ...... ", v.neg("badssn"), "  (invalid, disputed)")
    p.line("Phone numbers reported:")
    for _ in range(v.rng.randrange(1, 3)):
        p.line("  ", (PHONE, v.phone(region="US", style=v.pick(["nat", "natdots", "intl"]))), "  ",
               v.pick(["residential", "cell", "work"]), "  reported ", v.neg("date"))
    p.line("EMPLOYMENT  ", v.pick(LAST).upper(), " LOGISTICS  ", v.neg("ein"))
    p.line(f"ACCOUNTS  Revolving {v.neg('masked')}  Balance {v.neg('price')}  Routing {v.neg('aba')[4:]}")
    return "report/summary"


def i9_notes(v: Values, p: Page) -> str:
    n = v.name()
    p.line(f"Onboarding checklist – {n}")
    p.line(f"Start date {v.neg('date')}; badge {v.digits(6)}; employee # {v.digits(9)}")
    mode = v.rng.randrange(4)
    if mode == 0:
        p.line("Her social is ", (SSN, v.ssn(sep=v.pick(["-", " "]))), ", verified in E-Verify case ", v.digits(13), ".")
    elif mode == 1:
        p.line("SSN: ", (SSN, v.ssn(sep="")), "  (unseparated on the W-4)")
    elif mode == 2:
        p.line("Section 2 – List B/C document: Social Security card no. ", (SSN, v.ssn()))
    else:
        p.line("Número de Seguro Social: ", (SSN, v.ssn()), " – ITIN anterior ", v.neg("itin"))
    p.line("Employer EIN ", v.neg("ein")[4:], " · routing ", v.neg("aba")[4:], " · account ", v.digits(10))
    p.line(f"Emergency contact: {v.name()}, ", (PHONE, v.phone(region="US")))
    if v.chance(0.5):
        email_ctx(v, p)
    return "hr/onboarding"


def superbill(v: Values, p: Page) -> str:
    p.line(f"SUPERBILL   DOS {v.neg('date')}   {v.neg('npi')}")
    p.line(f"Patient: {v.name()}   DOB {v.neg('date')}")
    p.line(v.pick(["Pt SSN ", "Patient SSN: ", "SSN# "]), (SSN, v.ssn(sep=v.pick(["-", ""]))),
           "   Member ID ", v.digits(9), "   Group ", v.digits(6))
    p.line("CPT 99214  ICD-10 J20.9  ", v.neg("price"))
    p.line("Paid by card ", v.neg("masked"), "  auth ", v.digits(6))
    p.line("Billing office ", (PHONE, v.phone(region="US", style=v.pick(["nat", "dots", "intl"]), ext=True)))
    return "billing/superbill"


def card_authorisation(v: Values, p: Page) -> str:
    labels = {"en": ("Card number", "Cardholder", "Expiry", "Signature"),
              "de": ("Kartennummer", "Karteninhaber", "Gültig bis", "Unterschrift"),
              "fr": ("Numéro de carte", "Titulaire", "Expiration", "Signature"),
              "es": ("Número de tarjeta", "Titular", "Caducidad", "Firma"),
              "it": ("Numero carta", "Intestatario", "Scadenza", "Firma")}[v.lang]
    p.line("CREDIT CARD AUTHORIZATION / ", labels[0].upper())
    p.line(f"{labels[1]}: {v.name()}")
    mode = v.rng.randrange(3)
    card = v.card()
    if mode == 0:
        p.line(f"{labels[0]}: ", (CARD, card))
    elif mode == 1:
        p.line(labels[0], "\n", (CARD, card))
    else:
        p.line(f"{BRAND_NAME[v.last_brand]} ", (CARD, card), f" {labels[2].lower()} "
               f"{v.rng.randrange(1, 13):02d}/{v.rng.randrange(27, 33)}")
    p.line(f"{labels[2]}: {v.rng.randrange(1, 13):02d}/{v.rng.randrange(27, 33)}   CVC: {v.digits(3)}")
    p.line("Deposit ", v.neg("price"), "  Booking ", v.neg("order"))
    phone_ctx(v, p)
    p.line(f"{labels[3]}: ____________   ", v.neg("date"))
    return "forms/cc-authorization"


def debug_dump(v: Values, p: Page) -> str:
    if v.chance(0.5):
        p.line("Array")
        p.line("(")
        p.line("    [first_name] => ", v.name().split()[0])
        p.line("    [email] => ", (EMAIL, v.email()))
        p.line("    [phone] => ", (PHONE, v.phone(style=v.pick(["e164", "intl"]))))
        p.line("    [card_no] => ", (CARD, v.card(sep="")))
        p.line("    [remote_addr] => ", (IP, v.ip()))
        p.line("    [order_id] => ", v.digits(10))
        p.line("    [user_agent] => Mozilla/5.0 (Windows NT 10.0) Chrome/", v.neg("build"))
        p.line(")")
    else:
        p.add("{'customer': {'email': '", (EMAIL, v.email()), "', 'tel': '", (PHONE, v.phone(style="e164")), "'}, ")
        p.add("'payment': {'pan': '", (CARD, v.card(sep="")), "', 'last4': '", v.digits(4), "'}, ")
        p.line("'client_ip': '", (IP, v.ip()), "', 'server': '", v.neg("loopback"), "', 'ts': ", v.digits(10), "}")
    p.line(f"Traceback (most recent call last): ... line {v.rng.randrange(10, 900)}")
    return "paste/" + v.hash_id()[:6]


def membership_dues(v: Values, p: Page) -> str:
    head = {"de": "Mitgliedsbeitrag {}", "nl": "Contributie {}", "fr": "Cotisation {}", "it": "Quota associativa {}",
            "es": "Cuota de socio {}", "pl": "Składka członkowska {}", "fi": "Jäsenmaksu {}", "sv": "Medlemsavgift {}",
            "da": "Kontingent {}", "cs": "Členský příspěvek {}"}[v.lang]
    p.line(head.format(v.rng.randrange(2025, 2028)))
    p.line(f"{v.name()}, ", v.neg("price"), " · ", v.neg("date"))
    iban = v.iban()
    mode = v.rng.randrange(3)
    if mode == 0:
        p.line("IBAN: ", (IBAN_T, iban), "  BIC ", v.pick(["GENODEF1", "INGBNL2A", "BNPAFRPP", "NDEAFIHH"]), v.digits(3)[:0])
    elif mode == 1:
        p.line({"de": "Bitte überweisen Sie auf ", "nl": "Graag overmaken naar ", "fr": "Merci de virer sur "}
               .get(v.lang, "→ "), (IBAN_T, iban), ".")
    else:
        p.line((IBAN_T, iban))
    p.line("Mitgliedsnr./ref. ", v.digits(6), " · ", v.neg("badiban"), " (alt, ungültig)")
    phone_ctx(v, p)
    if v.chance(0.3):
        email_ctx(v, p)
    return "beitrag"


def gift_list(v: Values, p: Page) -> str:
    head = {"it": "Lista nozze", "es": "Lista de bodas", "fr": "Liste de mariage", "de": "Hochzeitstisch",
            "pt": "Lista de casamento", "nl": "Cadeaulijst"}[v.lang]
    p.line(f"{head} – {v.name()} & {v.name()}")
    p.line(f"{v.neg('date')} · {v.neg('time')} · {v.neg('coords')}")
    p.line({"it": "Per chi desidera contribuire al viaggio di nozze:", "es": "Si queréis ayudarnos con la luna de miel:",
            "fr": "Pour participer au voyage de noces :", "de": "Wer zur Hochzeitsreise beitragen möchte:",
            "pt": "Para a lua de mel:", "nl": "Voor de huwelijksreis:"}[v.lang])
    p.add(v.pick(["IBAN ", "", "Conto: ", "Cuenta "]), (IBAN_T, v.iban(country=IBAN_HOME.get(v.lang))))
    p.line(v.pick([" ", "  "]), v.pick(["(causale: regalo)", "— ¡gracias!", "merci", "Danke", ""]))
    p.line("RSVP ", v.neg("date"), ": ", (PHONE, v.phone(region=v.region)), " o ", (EMAIL, v.email()))
    return "lista"


def dunning_letter(v: Values, p: Page) -> str:
    head = {"de": "2. Mahnung", "fr": "Relance de paiement", "nl": "Betalingsherinnering", "it": "Sollecito di pagamento",
            "es": "Recordatorio de pago", "cs": "Upomínka"}[v.lang]
    p.line(head, " – ", v.neg("order"), " vom ", v.neg("date"))
    p.line(f"Offener Betrag / amount due: {v.neg('price')} + {v.neg('price')}")
    p.add("Zahlbar auf / pay to ", (IBAN_T, v.iban(form=v.pick(["print", "compact"]))))
    p.line(" bis ", v.neg("date"), ".")
    if v.chance(0.5):
        p.line(v.pick(["oder / or ", "Zweitbank: ", "— "]), (IBAN_T, v.iban(country=IBAN_HOME.get(v.lang))))
    p.line("Gläubiger-ID DE98ZZZ0", v.digits(10), " · USt-IdNr. DE", v.digits(9))
    p.line("Rückfragen ", (PHONE, v.phone(region=v.region, ext=v.chance(0.3))), " · ", (EMAIL, v.email()))
    return "mahnung/" + v.digits(6)


def daycare_fees(v: Values, p: Page) -> str:
    head = {"de": "Elternbeiträge Kita", "da": "Forældrebetaling vuggestue", "sv": "Förskoleavgift", "fi": "Varhaiskasvatusmaksu",
            "nl": "Ouderbijdrage kinderopvang"}[v.lang]
    p.line(f"{head} {v.neg('date')}")
    p.line("Kind / barn / lapsi: ", v.name().split()[0], f" (Gruppe {v.pick(['Igel', 'Måne', 'Orava'])})")
    p.line("Betrag ", v.neg("price"), " · Kundennr. ", v.digits(8))
    p.line("IBAN")
    p.line((IBAN_T, v.iban(form=v.pick(["print", "lower", "compact"]))))
    phone_ctx(v, p)
    return "gebuehren"


def taxi_receipt(v: Values, p: Page) -> str:
    p.line(v.word({"en": "TAXI RECEIPT", "de": "Taxi-Quittung", "fr": "Reçu taxi", "es": "Recibo de taxi",
                   "ru": "Квитанция такси", "ja": "タクシー領収書", "zh": "出租车发票", "th": "ใบเสร็จแท็กซี่",
                   "it": "Ricevuta taxi", "ar": "إيصال سيارة أجرة", "tr": "Taksi fişi", "ko": "택시 영수증",
                   "fa": "رسید تاکسی", "he": "קבלה – מונית", "hi": "टैक्सी रसीद", "uk": "Квитанція таксі",
                   "el": "Απόδειξη ταξί", "bg": "Касова бележка такси", "pl": "Paragon taxi"}))
    p.line(v.neg("date"), " ", v.neg("time"), " → ", v.neg("time"))
    p.line(f"{v.rng.randrange(2, 60)},{v.rng.randrange(10)} km   ", v.neg("price"))
    p.line("Lizenz/Licence ", v.digits(4), " · ", v.neg("masked"))
    p.line(v.phone_label(), (PHONE, v.phone(region=v.region, style=v.pick(["nat", "native", "intl", "nat"]))))
    if v.chance(0.4):
        p.line("Lost property: ", (EMAIL, v.email()))
    return "receipt"


def removal_quote(v: Values, p: Page) -> str:
    p.line(v.word({"en": "Removal quotation", "de": "Umzugsangebot", "fr": "Devis déménagement", "nl": "Verhuisofferte",
                   "pl": "Wycena przeprowadzki"}),
           " ", v.neg("order"))
    p.line(f"From {v.neg('postcode')} to {v.neg('postcode')}, {v.rng.randrange(10, 90)} m³, {v.neg('date')}")
    p.line("Total ", v.neg("price"), " (incl. VAT)  Deposit 30%")
    p.line("Bank: ", (IBAN_T, v.iban()), v.pick(["", "  " + v.neg("sortcode")]))
    phone_ctx(v, p)
    email_ctx(v, p)
    return "quote"


def tradesman_estimate(v: Values, p: Page) -> str:
    p.line(v.word({"en": "ESTIMATE", "de": "Kostenvoranschlag", "fr": "Devis", "es": "Presupuesto", "it": "Preventivo",
                   "pl": "Kosztorys", "ru": "Смета", "ro": "Deviz", "el": "Προσφορά", "bg": "Оферта"}),
           " No. ", v.digits(5), " ", v.neg("date"))
    for _ in range(v.rng.randrange(2, 4)):
        p.line(f"  {v.pick(['Labour', 'Material', 'Arbeitszeit', 'Main d’œuvre', 'Работа'])} {v.rng.randrange(1, 9)} h  ",
               v.neg("price"))
    p.line("Valid 30 days. ", v.neg("account"))
    mode = v.rng.randrange(3)
    if mode == 0:
        p.line((PHONE, v.phone()), " · ", (EMAIL, v.email()), " · ", (IBAN_T, v.iban()))
    else:
        phone_ctx(v, p)
        p.line("IBAN ", (IBAN_T, v.iban()))
    return "estimate"


def dating_profile(v: Values, p: Page) -> str:
    intro = {"en": "About me", "ru": "О себе", "uk": "Про мене", "pl": "O mnie", "es": "Sobre mí", "pt": "Sobre mim",
             "tr": "Hakkımda"}[v.lang]
    p.line(f"{intro}: {v.name().split()[0]}, {v.rng.randrange(21, 60)}, {v.rng.randrange(150, 199)} cm")
    p.line(v.word({"en": "Loves hiking, jazz", "ru": "Кофе и книги", "uk": "Кава і книжки", "pl": "Rower i góry",
                   "es": "Fútbol y cine", "pt": "Praia e livros", "tr": "Sahil ve kitap"}), " ",
           v.neg("score"))
    before, after = v.pick(CALL_SENTENCE[v.lang]).split("{}")
    p.line(before, (PHONE, v.phone(region=v.region, style=v.pick(["nat", "intl", "e164"]), ext=False)), after)
    if v.chance(0.5):
        p.line("insta @", v.pick(LAST).lower(), v.digits(2), " · ", (EMAIL, v.email()))
    return "profile/" + v.digits(7)


def babysitter_profile(v: Values, p: Page) -> str:
    p.line(v.word({"en": ["Babysitter available", "Au pair"], "de": "Babysitterin gesucht? Hier bin ich!",
                   "fr": "Nounou disponible", "es": "Canguro disponible", "nl": "Oppas beschikbaar", "ja": "ベビーシッター",
                   "ko": "베이비시터", "da": "Babysitter søges"}))
    p.line(f"{v.name()} · {v.rng.randrange(17, 40)} · {v.neg('postcode')} · {v.neg('price')}/h")
    p.line("Erste-Hilfe-Kurs ", v.neg("date"), " · Führungszeugnis ", v.neg("order"))
    phone_ctx(v, p)
    if v.chance(0.3):
        email_ctx(v, p)
    return "sitter/" + v.digits(5)


def phd_defence(v: Values, p: Page) -> str:
    p.line(v.word({"en": "Public PhD defence", "de": "Disputation", "fr": "Soutenance de thèse", "nl": "Promotie",
                   "sv": "Disputation", "fi": "Väitöstilaisuus", "el": "Δημόσια υποστήριξη διατριβής",
                   "he": "הגנה על עבודת דוקטורט"}), f": {v.name()}")
    p.line(v.neg("date"), " ", v.neg("time"), f", room {v.rng.randrange(1, 5)}.{v.rng.randrange(100, 400)}")
    p.line(f"Thesis: {v.neg('isbn')}, {v.neg('pages')}")
    p.line("Livestream for external examiners from ", (IP, v.ipv4_private()), " only (VPN)." if v.chance(0.3) else ".")
    p.line("Secretariat: ", (EMAIL, v.email()), " / ", (PHONE, v.phone(region=v.region, ext=True)))
    return "events/defence"


def camp_handbook(v: Values, p: Page) -> str:
    p.line(v.word({"en": "Summer Camp Parent Handbook", "de": "Ferienlager – Elterninfo",
                   "fr": "Colonie de vacances – infos parents", "es": "Campamento de verano", "it": "Campo estivo",
                   "he": "מחנה קיץ – מידע להורים", "el": "Κατασκήνωση – γονείς"}))
    p.line("Arrival ", v.neg("date"), " ", v.neg("time"), "  Bus ", v.neg("order"))
    p.line("Emergency contacts")
    p.line("Role                Name                 Number")
    for role in v.rng.sample(["Director", "Nurse", "Office", "Night line", "Lifeguard"], 3):
        p.line(f"{role:<20}{v.name():<21}", (PHONE, v.phone(region=v.region, style=v.pick(["nat", "intl", "nat"]),
                                                            ext=False)))
    p.line(f"Cabin codes {v.digits(4)}, {v.digits(4)}; pocket money max {v.neg('price')}")
    return "handbook"


def teleshopping_srt(v: Values, p: Page) -> str:
    phone = v.phone(region=v.region, style=v.pick(["nat", "intl", "nat"]), ext=False)
    t = v.rng.randrange(1, 50)
    p.line(str(v.rng.randrange(1, 40)))
    p.line(f"00:00:{t:02d},{v.digits(3)} --> 00:00:{t + 3:02d},{v.digits(3)}")
    p.line(v.word({"en": "Only ", "de": "Nur ", "fr": "Seulement ", "es": "Solo ", "it": "Solo ", "ru": "Всего ",
                   "pt": "Só ", "tr": "Sadece ", "ar": "فقط ", "hi": "केवल ", "th": "เพียง ", "zh": "仅需 "}),
           v.neg("price"), "!")
    p.line("")
    p.line(str(v.rng.randrange(40, 80)))
    p.line(f"00:00:{t + 4:02d},{v.digits(3)} --> 00:00:{t + 8:02d},{v.digits(3)}")
    before, after = v.pick(CALL_SENTENCE.get(v.lang, CALL_SENTENCE["en"])).split("{}")
    p.line(before, "<i>", (PHONE, phone), "</i>", after)
    return "subs/spot.srt"


def accident_statement(v: Values, p: Page) -> str:
    p.line(v.word({"en": "Accident statement", "de": "Europäischer Unfallbericht", "fr": "Constat amiable",
                   "it": "Constatazione amichevole", "es": "Parte amistoso", "pt": "Declaração amigável",
                   "pl": "Wspólne oświadczenie", "ro": "Constatare amiabilă", "bg": "Двустранен констативен протокол"}))
    p.line(v.neg("date"), " ", v.neg("time"), " · ", v.neg("coords"))
    for side in "AB":
        p.line(f"Fahrzeug {side}: {v.pick(['B-', 'M-', 'AB-'])}{v.pick(['XY', 'KL'])} {v.rng.randrange(10, 9999)}  "
               f"Police/Police no. {v.digits(10)}")
        p.line(f"  {v.name()}  ", v.phone_label(), (PHONE, v.phone(region=v.region)))
        if v.chance(0.2):
            p.line("  ", (EMAIL, v.email()))
    p.line("Zeuge/witness: ", v.name(), ", ", v.phone_label(), (PHONE, v.phone(region=v.region, style="nat")))
    return "unfall"


def discharge_letter(v: Values, p: Page) -> str:
    p.line(v.word({"en": "Discharge summary", "de": "Entlassungsbrief", "fr": "Compte rendu d'hospitalisation",
                   "ru": "Выписной эпикриз", "uk": "Виписка з історії хвороби", "ar": "ملخص الخروج",
                   "fa": "خلاصه ترخیص", "he": "סיכום שחרור"}))
    p.line(f"Pat.-ID {v.digits(8)} · Fall {v.digits(10)} · {v.neg('date')}")
    p.line(f"Dx: I21.4  BP {v.rng.randrange(100, 160)}/{v.rng.randrange(60, 99)}  HR {v.rng.randrange(50, 110)}  "
           f"Troponin {v.rng.randrange(10, 900)} ng/L")
    p.line("Follow-up clinic ", v.neg("date"), ": ")
    phone_ctx(v, p)
    p.line("Befunde an / reports to ", (EMAIL, v.email()))
    return "brief"


def abuse_report(v: Values, p: Page) -> str:
    p.line(v.word({"en": "Subject: Abuse report – SSH brute force", "de": "Betreff: Missbrauchsmeldung",
                   "ru": "Тема: жалоба на сканирование", "ja": "件名: 不正アクセスの報告", "zh": "主题：滥用投诉",
                   "ko": "제목: 악성 트래픽 신고"}))
    p.line("Source: ", (IP, v.ip()), " (", v.pick(["AS", "ASN "]), v.digits(5), ")")
    for _ in range(v.rng.randrange(2, 4)):
        ip = v.ip()
        shown = f"[{ip}]:{v.rng.randrange(1024, 65535)}" if ":" in ip else f"{ip}:{v.rng.randrange(1024, 65535)}"
        start = 1 if ":" in ip else 0
        p.add(f"{v.neg('date')} {v.neg('time')} sshd: Failed password for root from ")
        p.add(shown[:start], (IP, ip), shown[start + len(ip):])
        p.line(f" port {v.rng.randrange(1024, 65535)}")
    p.line("Our network: ", (IP, v.ipv4_public()), "/", str(v.rng.randrange(22, 30)), "  mask ", v.neg("netmask"))
    p.line("Report-ID ", v.hash_id(), " · Contact ", (EMAIL, v.email()))
    return "abuse/" + v.digits(6)


def dhcp_leases(v: Values, p: Page) -> str:
    p.line(f"# dhcpd.leases written by isc-dhcp-{v.neg('version')}")
    for _ in range(v.rng.randrange(2, 4)):
        p.line("lease ", (IP, v.ipv4_private()), " {")
        p.line(f"  starts 3 {v.neg('date')} {v.neg('time')};")
        p.line(f"  hardware ethernet {v.neg('mac')};")
        p.line(f"  client-hostname \"{v.pick(LAST).lower()}-laptop\";")
        p.line("}")
    p.line("# router ", (IP, v.ipv4_private()), " subnet-mask ", v.neg("netmask"), " broadcast ", "255.255.255.255")
    return "dhcpd.leases"


def hosts_file(v: Values, p: Page) -> str:
    p.line(v.neg("loopback"), "\tlocalhost")
    p.line("::1\tip6-localhost")
    for _ in range(v.rng.randrange(2, 5)):
        p.line((IP, v.ip()), "\t", f"{v.pick(['nas', 'printer', 'git', 'db', 'cam'])}{v.rng.randrange(1, 9)}.lan")
    if v.chance(0.4):
        r = v.rng.randrange
        link_local = f"fe80::{r(1, 65536):x}:{r(65536):x}:{r(65536):x}:{r(1, 65536):x}"
        p.line((IP, str(ipaddress.IPv6Address(link_local))), f"%{v.pick(['eth0', 'en0', 'wlan0'])}\trouter6.lan")
    p.line("")
    p.line("Host jump")
    p.line("    HostName ", (IP, v.ipv4_public()))
    p.line(f"    Port {v.rng.randrange(2000, 65000)}")
    p.line("    User ", v.pick(LAST).lower())
    p.line("# maintainer: ", (EMAIL, v.email()), f"  {v.neg('build')}")
    return "etc/hosts"


def alert_email(v: Values, p: Page) -> str:
    p.line(f"[FIRING:{v.rng.randrange(1, 5)}] {v.pick(['HighLatency', 'NodeDown', 'DiskFull', 'CertExpiry'])}")
    ip, port = v.ip(), v.pick(["9100", "9090", "443"])
    opening, closing = ("[", "]") if ":" in ip else ("", "")  # Prometheus brackets an IPv6 target
    p.line(f"instance={opening}", (IP, ip), f"{closing}:{port}  severity=critical  value={v.rng.randrange(80, 100)}%")
    p.line("Grafana ", v.neg("version"), " · started ", v.neg("date"), " ", v.neg("time"))
    p.line("On-call: ", v.name(), " ", (PHONE, v.phone(style=v.pick(["e164", "intl"]))))
    p.line("Silence: ", (EMAIL, v.email()), "  Message-ID: ", v.neg("msgid"))
    return "alerts"


def dotenv_file(v: Values, p: Page) -> str:
    p.line(f"APP_VERSION={v.neg('version')}")
    p.line("DB_HOST=", (IP, v.ipv4_private()))
    p.line(f"DB_PORT={v.rng.randrange(3000, 6000)}")
    p.line("REDIS_URL=redis://", v.neg("loopback") if v.chance(0.5) else "cache", ":6379/0")
    p.line("ADMIN_EMAIL=", (EMAIL, v.email()))
    p.line("TWILIO_FROM=", (PHONE, v.phone(style="e164", ext=False)))
    p.line(f"SECRET_KEY={v.hash_id()}{v.hash_id()}")
    if v.chance(0.5):
        p.line("ALLOWED_IPS=", (IP, v.ipv4_public()), ",", (IP, v.ipv4_public()))
    if v.chance(0.3):
        p.line("PAYOUT_IBAN=", (IBAN_T, v.iban(form="compact")))
    return ".env"


def visa_form(v: Values, p: Page) -> str:
    labels = {"en": ("Surname", "Passport No.", "U.S. Social Security Number", "Telephone"),
              "ru": ("Фамилия", "Номер паспорта", "Номер социального страхования США (SSN)", "Телефон"),
              "uk": ("Прізвище", "Номер паспорта", "Номер соцстрахування США", "Телефон"),
              "zh": ("姓", "护照号码", "美国社会安全号码", "电话"), "hi": ("उपनाम", "पासपोर्ट संख्या",
                                                                "अमेरिकी सामाजिक सुरक्षा संख्या", "फ़ोन"),
              "ar": ("اللقب", "رقم جواز السفر", "رقم الضمان الاجتماعي الأمريكي", "الهاتف"),
              "fa": ("نام خانوادگی", "شماره گذرنامه", "شماره تأمین اجتماعی آمریکا", "تلفن"),
              "th": ("นามสกุล", "เลขที่หนังสือเดินทาง", "หมายเลขประกันสังคมสหรัฐ", "โทรศัพท์"),
              "tr": ("Soyadı", "Pasaport No", "ABD Sosyal Güvenlik Numarası", "Telefon")}[v.lang]
    p.line(f"{labels[0]}: {v.name()}")
    p.line(f"{labels[1]}: {v.pick(['U', 'E', 'P'])}{v.digits(8)}  ", v.neg("date"))
    if v.chance(0.6):
        p.line(f"{labels[2]}: ", (SSN, v.ssn(sep=v.pick(["-", "", " "]))))
    else:
        p.line(f"{labels[2]}: Does Not Apply")
    p.line(f"{labels[3]}: ", (PHONE, v.phone(region=v.region, style=v.pick(["intl", "nat", "native", "e164"]))))
    p.line(f"{EMAIL_LABEL.get(v.lang, 'E-mail')}: ", (EMAIL, v.email()))
    p.line("Application ID AA00", v.hash_id()[:6].upper(), " · ", v.neg("date"))
    return "ds160/summary"


def vet_reminder(v: Values, p: Page) -> str:
    p.line(v.word({"en": "Vaccination reminder", "de": "Impferinnerung", "fr": "Rappel de vaccination",
                   "nl": "Vaccinatieherinnering", "it": "Richiamo vaccinale", "sv": "Vaccinationspåminnelse",
                   "ja": "ワクチン接種のお知らせ"}))
    p.line(f"{v.pick(['Bello', 'Minou', 'Luna', 'Pippo', 'Ponyo'])} · ", v.neg("chip"), " · ", v.neg("date"))
    p.line("Rabies / Tollwut / Rage  ", v.neg("date"), f"  batch {v.digits(6)}")
    phone_ctx(v, p)
    if v.chance(0.3):
        p.line("Online booking or ", (EMAIL, v.email()))
    return "reminder"


def freelancer_page(v: Values, p: Page) -> str:
    p.line(v.word({"en": "Hire me", "de": "Buchen Sie mich", "fr": "Travaillons ensemble", "pl": "Zatrudnij mnie",
                   "uk": "Замовити", "ru": "Заказать", "pt": "Contrate-me"}))
    p.line(f"{v.name()} – {v.pick(['UX', 'Übersetzungen', 'Fotografia', 'Backend', 'Copywriting'])} since "
           f"{v.rng.randrange(2005, 2022)}")
    p.line("Rates from ", v.neg("price"), " · VAT ", v.neg("account"))
    mode = v.rng.randrange(3)
    if mode == 0:
        p.line("Payments: wire it to ", (IBAN_T, v.iban()), v.pick([".", " – thanks!", ""]))
    elif mode == 1:
        p.line("<td>IBAN</td><td>", (IBAN_T, v.iban()), "</td>")
    else:
        p.line("Bank details", "\n", (IBAN_T, v.iban()), " ", v.pick(["BIC BREXPLPW", "", "(PLN)"]))
    p.add(EMAIL_LABEL.get(v.lang, "E-mail"), " ", (EMAIL, v.email()), v.pick([" · ", " | "]))
    p.line((PHONE, v.phone(style=v.pick(["e164", "intl"]))))
    return "hire"


def chat_leak(v: Values, p: Page) -> str:
    """A support / friends chat export where values stand in the sentence only, mixed on one line."""
    who = [v.name().split()[0], v.name().split()[0]]
    stamp = v.neg("date")
    def say(*pieces):
        p.line(f"[{stamp}, {v.neg('time')}] {v.pick(who)}: ", *pieces)
    mode = v.rng.randrange(5)
    if mode == 0:
        say("my social is ", (SSN, v.ssn(sep=v.pick(["-", " ", ""]))), " and dob ", v.neg("date"))
    elif mode == 1:
        say("ok the card is ", (CARD, v.card()), v.pick([" exp 09/29", " cvv on the back", ""]))
    elif mode == 2:
        say("wire it to ", (IBAN_T, v.iban()), " pls")
    elif mode == 3:
        say("new number ", (PHONE, v.phone(style=v.pick(["intl", "e164", "00"]))), v.pick([" save it", ""]))
    else:
        say("ssn ", (SSN, v.ssn()), " / card ", (CARD, v.card()), " / ", (EMAIL, v.email()))
    say(v.pick(["ok ", "thx ", "👍 ", "got it, order ", "tracking "]), v.neg(v.pick(["order", "tracking", "price"])))
    if v.chance(0.5):
        say("he said call ", (PHONE, v.phone(style=v.pick(["intl", "e164"]))), " not ", v.neg("order"))
    return "export/chat.txt"


def supplier_bank_change(v: Values, p: Page) -> str:
    words = {"de": ("Änderung der Bankverbindung", "alt", "neu", "Lieferantennr."),
             "fr": ("Changement de coordonnées bancaires", "ancien", "nouveau", "N° fournisseur"),
             "it": ("Variazione coordinate bancarie", "vecchio", "nuovo", "Cod. fornitore"),
             "es": ("Cambio de cuenta bancaria", "anterior", "nueva", "Nº proveedor"),
             "nl": ("Wijziging bankgegevens", "oud", "nieuw", "Leveranciersnr."),
             "pl": ("Zmiana rachunku bankowego", "stary", "nowy", "Nr dostawcy"),
             "ro": ("Modificare cont bancar", "vechi", "nou", "Cod furnizor"),
             "bg": ("Промяна на банкова сметка", "стара", "нова", "Доставчик №"),
             "el": ("Αλλαγή τραπεζικού λογαριασμού", "παλιός", "νέος", "Κωδ. προμηθευτή"),
             "tr": ("Banka hesabı değişikliği", "eski", "yeni", "Tedarikçi no"),
             "ar": ("تغيير الحساب المصرفي", "القديم", "الجديد", "رقم المورد"),
             "he": ("שינוי פרטי חשבון בנק", "ישן", "חדש", "מס' ספק"),
             "uk": ("Зміна банківських реквізитів", "старий", "новий", "Постачальник №")}[v.lang]
    p.line(words[0], " – ", words[3], " ", v.digits(6))
    p.line(v.neg("date"), " · ", v.pick(LAST), " GmbH/SARL/Ltd")
    layout = v.rng.randrange(3)
    old, new = v.iban(), v.iban()
    if layout == 0:
        p.line(f"IBAN ({words[1]}): ", (IBAN_T, old))
        p.line(f"IBAN ({words[2]}): ", (IBAN_T, new))
    elif layout == 1:
        p.line(f"{words[1]:<12}{words[2]}")
        p.line((IBAN_T, old), "   ", (IBAN_T, new))
    else:
        p.line(f"{words[2].capitalize()}:")
        p.line((IBAN_T, new), " ", v.pick(["BIC DEUTDEFF", "SWIFT BNPAFRPP", ""]))
        p.line("(", v.neg("badiban"), " = ", words[1], ")")
    p.line(v.neg("account"), " · ", v.neg("order"))
    p.line(v.phone_label(), (PHONE, v.phone(region=v.region)))
    return "lieferanten/bank"


def agency_fax(v: Values, p: Page) -> str:
    words = {"en": ("Guarantee card", "Guest", "Arrival"), "de": ("Garantiekarte", "Gast", "Anreise"),
             "fr": ("Carte de garantie", "Client", "Arrivée"), "es": ("Tarjeta de garantía", "Huésped", "Llegada"),
             "it": ("Carta a garanzia", "Ospite", "Arrivo"), "ru": ("Гарантийная карта", "Гость", "Заезд"),
             "zh": ("担保信用卡", "客人", "入住"), "ja": ("保証カード番号", "宿泊者", "到着"),
             "ar": ("بطاقة الضمان", "الضيف", "الوصول"), "el": ("Κάρτα εγγύησης", "Επισκέπτης", "Άφιξη"),
             "tr": ("Garanti kartı", "Misafir", "Giriş"), "ko": ("보증 카드", "투숙객", "도착")}[v.lang]
    p.line("FAX ", (PHONE, v.phone(style=v.pick(["intl", "00", "e164"]), ext=False)), "  →  ",
           v.pick(["Reservations", "Front office"]))
    p.line(f"{words[1]}: {v.name()}   {words[2]}: ", v.neg("date"), "  PNR ", v.hash_id()[:6].upper())
    card = v.card()
    mode = v.rng.randrange(3)
    if mode == 0:
        p.line(f"{words[0]}: ", (CARD, card), f"  {v.rng.randrange(1, 13):02d}/{v.rng.randrange(27, 33)}")
    elif mode == 1:
        p.line(words[0].upper())
        p.line((CARD, card))
    else:
        p.line(BRAND_NAME[v.last_brand], " ", (CARD, card),
               " – ", words[0].lower())
    if v.chance(0.3):
        p.line("alt.: ", (CARD, v.card()), " · old ", v.neg("masked"))
    elif v.chance(0.3):
        p.line((CARD, v.card(brand=v.pick(["visa", "mastercard", "jcb", "discover"]), sep=" ")))
    p.line(v.neg("badcard"), " ✗ declined")
    p.line(v.phone_label(), (PHONE, v.phone(region=v.region)))
    return "fax/booking"


def unemployment_claim(v: Values, p: Page) -> str:
    """A state claims-portal export: the SSN column is named once, far above the rows."""
    spanish = v.lang == "es"
    p.line("Reclamos de desempleo – exportación" if spanish else "UI CLAIMS – WEEKLY CERTIFICATION EXPORT")
    p.line(f"Run {v.neg('date')} {v.neg('time')}   Office {v.digits(3)}   Page {v.rng.randrange(1, 9)} of 9")
    p.line("")
    p.line("CLAIM ID    CLAIMANT                 SSN          EMPLOYER FEIN   WBA")
    p.line("----------  -----------------------  -----------  --------------  --------")
    for _ in range(v.rng.randrange(2, 6)):
        ssn = v.ssn(sep=v.pick(["", "-", "-", " "]))
        p.line(f"{v.digits(9):<12}{v.name()[:23]:<25}", (SSN, ssn), " " * (13 - len(ssn)),
               f"{v.neg('ein')[4:]:<16}{v.neg('price')}")
    p.line("")
    p.line("Questions: " if not spanish else "Preguntas: ", (PHONE, v.phone(region="US", style=v.pick(["nat", "intl"]))),
           "  TTY 711")
    if v.chance(0.4):
        p.line("Note: claimant says her social is ", (SSN, v.ssn()), ", not the ", v.neg("itin"),
               " on the old form." if not spanish else " (corregido).")
    return "claims/export.txt"


REGISTERS = [
    (pharmacy_rota, ["de", "fr", "it", "es", "pt", "nl", "pl", "cs"], 5),
    (breach_notice, ["en"], 3),
    (paste_dump, ["en"], 6),
    (genealogy_ssdi, ["en", "de"], 6),
    (credit_report, ["en"], 6),
    (i9_notes, ["en"], 6),
    (superbill, ["en"], 6),
    (card_authorisation, ["en", "de", "fr", "es", "it"], 17),
    (debug_dump, ["en"], 5),
    (membership_dues, ["de", "nl", "fr", "it", "es", "pl", "fi", "sv", "da", "cs"], 9),
    (gift_list, ["it", "es", "fr", "de", "pt", "nl"], 4),
    (dunning_letter, ["de", "fr", "nl", "it", "es", "cs"], 5),
    (daycare_fees, ["de", "da", "sv", "fi", "nl"], 5),
    (taxi_receipt, ["en", "de", "fr", "es", "ru", "ja", "zh", "th", "it", "ar", "tr", "ko", "fa", "he", "hi", "uk",
                    "el", "bg", "pl"], 7),
    (removal_quote, ["en", "de", "fr", "nl", "pl"], 4),
    (tradesman_estimate, ["en", "de", "fr", "es", "it", "pl", "ru", "ro", "el", "bg"], 6),
    (dating_profile, ["en", "ru", "uk", "pl", "es", "pt", "tr"], 4),
    (babysitter_profile, ["de", "en", "fr", "es", "nl", "ko", "ja", "da"], 4),
    (phd_defence, ["en", "de", "fr", "nl", "sv", "fi", "el", "he"], 3),
    (camp_handbook, ["en", "de", "fr", "es", "it", "he", "el"], 4),
    (teleshopping_srt, ["en", "de", "fr", "es", "it", "ru", "ar", "hi", "th", "zh", "pt", "tr"], 4),
    (accident_statement, ["de", "fr", "it", "es", "pt", "pl", "ro", "bg"], 4),
    (discharge_letter, ["de", "fr", "en", "ru", "ar", "fa", "he", "uk"], 4),
    (abuse_report, ["en", "de", "ru", "ja", "zh", "ko"], 4),
    (dhcp_leases, ["en"], 2),
    (hosts_file, ["en"], 2),
    (alert_email, ["en", "de", "ja", "zh"], 2),
    (dotenv_file, ["en"], 2),
    (visa_form, ["en", "ru", "uk", "zh", "hi", "ar", "fa", "th", "tr"], 6),
    (vet_reminder, ["en", "de", "fr", "nl", "it", "sv", "ja"], 3),
    (freelancer_page, ["en", "de", "fr", "pl", "uk", "ru", "pt"], 6),
    (chat_leak, ["en"], 10),
    (supplier_bank_change, ["de", "fr", "it", "es", "nl", "pl", "ro", "bg", "el", "tr", "ar", "he", "uk"], 8),
    (agency_fax, ["en", "de", "fr", "es", "it", "ru", "zh", "ja", "ar", "el", "tr", "ko"], 13),
    (unemployment_claim, ["en", "es"], 3),
]


# ---------------------------------------------------------------- checks

def scan_unlabelled(text: str, spans: list[dict]) -> list[str]:
    """Card numbers (Luhn + brand) and valid IBANs that stand outside every span."""
    covered = [(s["start"], s["end"]) for s in spans]
    found = []
    for m in re.finditer(r"(?<![\w])\d(?:[ \-\u00a0]?\d){11,18}(?![\w])", text):
        digits = re.sub(r"\D", "", m.group())
        if luhn_ok(digits) and card_brand_ok(digits) and not any(a <= m.start() < b for a, b in covered):
            found.append(m.group())
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}(?![A-Za-z0-9])", text):
        if not any(a <= m.start() < b for a, b in covered):
            try:
                IBAN(m.group())
                found.append(m.group())
            except ValueError:
                pass
    return found


def check_row(row: dict) -> list[str]:
    """What is wrong with one gold row (empty when nothing)."""
    text, problems, last_end = row["text"], [], 0
    hints = url_regions(row["url"])
    for span in row["spans"]:
        kind, start, end, value = span["type"], span["start"], span["end"], span["text"]
        if text[start:end] != value:
            problems.append(f"text mismatch {value!r}")
        if start < last_end:
            problems.append(f"overlap at {value!r}")
        last_end = end
        before, after = text[start - 1:start] if start else "", text[end:end + 1]
        if re.fullmatch(r"[A-Za-z0-9]", before or "_") or re.fullmatch(r"[A-Za-z0-9]", after or "_"):
            problems.append(f"glued {value!r}")
        if value != value.strip() or value[-1] in ".,;:)":
            problems.append(f"untrimmed {value!r}")
        digits = re.sub(r"\D", "", value.translate(DIGIT_MAP))
        if kind == PHONE and not phone_ok(value, hints):
            problems.append(f"invalid phone {value!r}")
        elif kind == CARD and not (re.fullmatch(r"[\d \-\u00a0]+", value) and luhn_ok(digits) and card_brand_ok(digits)):
            problems.append(f"invalid card {value!r}")
        elif kind == IBAN_T:
            try:
                IBAN(value)
            except ValueError:
                problems.append(f"invalid iban {value!r}")
        elif kind == IP and not ip_ok(value):
            problems.append(f"invalid ip {value!r}")
        elif kind == SSN and not ssn_ok(value):
            problems.append(f"invalid ssn {value!r}")
        elif kind == EMAIL and not re.fullmatch(r"[^\s@]+@[^\s@]+\.[^\s@]+", value):
            problems.append(f"invalid email {value!r}")
    labelled = Counter(s["text"] for s in row["spans"])
    for value, n in labelled.items():
        if len(value) >= 7:
            seen = len(re.findall(r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])", text))
            if seen != n:
                problems.append(f"{value!r} occurs {seen}x, labelled {n}x")
    problems += [f"unlabelled {x!r}" for x in scan_unlabelled(text, row["spans"])]
    return problems


# ---------------------------------------------------------------- set

def draw(i: int, attempt: int) -> dict:
    rng = random.Random(f"{SEED}-{i}-{attempt}")
    weights = [w for _, _, w in REGISTERS]
    register, langs, _ = rng.choices(REGISTERS, weights=weights)[0]
    lang = langs[rng.randrange(len(langs))]
    region, tld = REGIONS[lang][rng.randrange(len(REGIONS[lang]))]
    v, p = Values(rng, lang, region, tld), Page()
    if rng.random() < 0.2:
        p.line(v.pick(["Home › ", "Skip to content", "☰ Menu", "<!-- header -->", "Accueil > ", "| | |"]))
    path = register(v, p)
    if rng.random() < 0.3:
        p.line(v.pick(["© ", "Impressum · ", "Privacy · ", ""]), v.negs(rng.randrange(1, 4)))
    host = f"www.{v.pick(LAST).lower()}{v.pick(['', '-', '24', '-online'])}.{tld}"
    return {"register": register.__name__, "url": f"https://{host}/{path}", "language": lang, "text": p.text,
            "spans": p.spans}


def generate(n: int = N_DOCS) -> tuple[list[dict], int]:
    rows, redraws = [], 0
    for i in range(n):
        for attempt in range(20):
            row = {"id": f"blind5-{i}", "half": "blind5", **draw(i, attempt)}
            if row["spans"] and not check_row(row):
                break
            redraws += 1
        else:
            raise RuntimeError(f"blind5-{i}: no clean draw in 20 attempts: {check_row(row)}")
        rows.append(row)
    return rows, redraws


def load() -> list[dict]:
    """The committed rows of the set."""
    return read_rows(DATA)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-set", action="store_true")
    args = parser.parse_args()
    rows, redraws = generate()
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    print(f"blind5: {len(rows)} documents, {total} spans, {redraws} draws redone after a failed check")
    for kind, n in types.most_common():
        print(f"  {kind:<14} {n:5d}  {n / total:6.1%}")
    print("registers:", dict(sorted(Counter(r["register"] for r in rows).items())))
    print("languages:", dict(sorted(Counter(r["language"] for r in rows).items())))
    regions = Counter(phone_region(s["text"], url_regions(r["url"])) for r in rows for s in r["spans"]
                      if s["type"] == PHONE)
    print(f"phone regions: {len(regions)}")
    if args.write_set:
        DATA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
