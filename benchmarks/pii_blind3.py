"""A third blind PII test set (issue 26): documents in registers the earlier generators never used.

Written by a helper who never read stages/pii*.py, their tests or the other generators' templates
and value makers, so nothing here was shaped by what the step gets right or wrong. Registers:
court and procurement notices, charity donation pages, school admission forms, vehicle ads,
tenancy agreements, restaurant menus and reservations, sports club fixtures, app-store reviews,
chat transcripts, call-centre scripts, privacy-policy contact sections, lost-and-found posts,
funeral notices, conference programmes, paper author blocks, delivery notes, hotel folios,
firewall/router configs, DNS zone files, Kubernetes YAML, Markdown tables, git logs, mail
headers, JSON API records, EPC payment QR payloads, SEPA mandates, US direct-deposit forms, card-dispute forms,
tax-preparer intake sheets;
22 languages (10 non-Latin scripts). Phones of 60+ regions (E.164, international, national,
"00", "(0)", dotted, EPP "+1.2125550123", full-width and Arabic-Indic digits, vanity letters,
extensions in 9 languages); cards of 14 brands in their printed groupings; IBANs of 60+ countries
(electronic, print, lower case); IPv4 (ports, CIDR, bracketed) and IPv6 (full, compressed,
mapped IPv4, NAT64, zone ids); e-mails (plus tags, subdomains, new TLDs, IDN domains, mailto:,
angle brackets, upper case); US SSNs. Hard negatives beside them.

    python benchmarks/pii_blind3.py --write-set   # writes benchmarks/data/pii_blind3.jsonl

Span rules (decided here, stated once):
- a span is exactly the value: no label, bracket, "mailto:", port (":8443"), CIDR prefix ("/24"),
  IPv6 zone id ("%eth0") or trailing punctuation;
- an extension written right after a phone ("ext. 12", "x204", "poste 31", "доб. 15", "内線 12")
  is part of the phone's span;
- an e-mail counts when it has a literal "@" and a dotted domain (IDN and role addresses
  included); obfuscated forms without a literal "@" ("name (at) uni-x.de", "jo [at] x [dot] org")
  are NOT labelled (a scrubber cannot be asked to decode them), nor are DNS SOA mailbox names
  ("hostmaster.example.com.") or Message-IDs ("<...@mx.example.com>"), which are not mailboxes;
- IPs: loopback, unspecified (0.0.0.0, ::), netmasks/wildcards (255.255.255.0, 0.0.0.255) and the
  broadcast address are NOT labelled; private, link-local and public addresses are;
- lower-case IBANs and IBANs in print groups are labelled; a wrong check digit is not;
- card numbers must pass Luhn and start with a brand prefix; masked or Luhn-invalid ones are not
  labelled, nor are Luhn-valid non-card numbers (IMEI, SIRET, Canadian SIN);
- national ids other than the US SSN (CPF, PESEL, Personnummer, ...) are not labelled (not one of
  the six types); ITINs (9xx), EINs and SSNs with an invalid area/group/serial are not labelled.

Gold is checked on writing: span text equals text[start:end], no overlaps, spans not glued to an
ASCII letter or digit, every phone (its extension stripped) is a valid number with phonenumbers
for some region, every card passes Luhn, every IBAN passes schwifty, every IP parses with
ipaddress, and each gold value of 7+ characters occurs in its text exactly as often as it is
labelled. Deterministic (fixed seed; no set iteration).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers as pn
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows  # noqa: E402  (the JSON-lines reader every PII set shares)

SEED = 31_2026
DATA = Path(__file__).resolve().parent / "data"
SET_PATH = DATA / "pii_blind3.jsonl"
ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
EMAIL, PHONE, IP, CARD, IBAN_T, SSN = ENTITIES

FAKER_LOCALE = {
    "en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_BR",
    "nl": "nl_NL", "pl": "pl_PL", "sv": "sv_SE", "cs": "cs_CZ", "tr": "tr_TR", "ru": "ru_RU",
    "uk": "uk_UA", "el": "el_GR", "ar": "ar_SA", "he": "he_IL", "hi": "hi_IN", "zh": "zh_CN",
    "ja": "ja_JP", "ko": "ko_KR", "th": "th_TH", "vi": "vi_VN",
}
LANGS = list(FAKER_LOCALE)

# phone regions and IBAN countries that fit each language (the others are drawn from ALL_*)
REGIONS = {
    "en": ["US", "US", "GB", "IE", "AU", "NZ", "CA", "ZA", "SG", "NG", "KE", "JM", "PH", "MT"],
    "de": ["DE", "DE", "AT", "CH", "LI", "LU"], "fr": ["FR", "FR", "BE", "CH", "LU", "CA", "MA", "SN", "CI", "TN", "MC"],
    "es": ["ES", "ES", "MX", "AR", "CO", "CL", "PE", "UY", "EC"], "it": ["IT", "IT", "CH", "SM"],
    "pt": ["BR", "BR", "PT", "AO", "MZ"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE", "FI", "NO", "DK"],
    "cs": ["CZ", "SK"], "tr": ["TR"], "ru": ["RU", "KZ", "BY"], "uk": ["UA"], "el": ["GR", "CY"],
    "ar": ["SA", "AE", "EG", "JO", "KW", "QA", "LB", "MA", "OM", "BH"], "he": ["IL"], "hi": ["IN"],
    "zh": ["CN", "CN", "TW", "HK", "SG", "MO"], "ja": ["JP"], "ko": ["KR"], "th": ["TH"], "vi": ["VN"],
}
ALL_REGIONS = ["US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "ES", "PT", "IT", "PL", "CZ",
               "SK", "HU", "RO", "BG", "GR", "TR", "RU", "UA", "SE", "NO", "DK", "FI", "IS", "EE", "LV", "LT",
               "IL", "AE", "SA", "EG", "MA", "ZA", "NG", "KE", "IN", "PK", "BD", "CN", "HK", "TW", "JP", "KR",
               "SG", "MY", "TH", "VN", "ID", "PH", "AU", "NZ", "BR", "AR", "MX", "CL", "CO", "PE", "HR", "SI",
               "RS", "GE", "LK", "NP", "GH", "TZ", "UG", "DZ", "TN", "JO", "QA", "KW", "CY", "MT"]
IBANS = {
    "en": ["GB", "IE", "MT", "CY", "GI"], "de": ["DE", "DE", "AT", "CH", "LI", "LU"],
    "fr": ["FR", "FR", "BE", "LU", "MC", "MA", "TN", "SN", "CI"], "es": ["ES", "ES", "CR", "DO", "GT", "SV"],
    "it": ["IT", "IT", "SM", "VA"], "pt": ["BR", "PT", "PT", "AO", "MZ"], "nl": ["NL", "NL", "BE"],
    "pl": ["PL"], "sv": ["SE", "FI", "NO", "DK"], "cs": ["CZ", "SK"], "tr": ["TR"], "ru": ["RU", "KZ", "BY"],
    "uk": ["UA"], "el": ["GR", "CY"], "ar": ["SA", "AE", "EG", "JO", "KW", "QA", "LB", "BH", "IQ"],
    "he": ["IL"], "hi": ["AE", "GB"], "zh": ["GB", "DE"], "ja": ["DE", "FR"], "ko": ["DE"], "th": ["GB"], "vi": ["FR"],
}
ALL_IBANS = ["AD", "AE", "AL", "AT", "AZ", "BA", "BE", "BG", "BH", "BR", "BY", "CH", "CR", "CY", "CZ", "DE",
             "DK", "DO", "EE", "EG", "ES", "FI", "FO", "FR", "GB", "GE", "GI", "GL", "GR", "GT", "HR", "HU",
             "IE", "IL", "IQ", "IS", "IT", "JO", "KW", "KZ", "LB", "LC", "LI", "LT", "LU", "LV", "LY", "MC",
             "MD", "ME", "MK", "MR", "MT", "MU", "NL", "NO", "PK", "PL", "PS", "PT", "QA", "RO", "RS", "SA",
             "SC", "SE", "SI", "SK", "SM", "SV", "TL", "TN", "TR", "UA", "VA", "VG", "XK"]

L = {  # label words per language: phone, mobile, fax, email, card, contact, name, date, total, ref, address, hours, holder, guests, time
    "en": "Phone|Mobile|Fax|Email|Card number|Contact|Name|Date|Total|Reference|Address|Opening hours|Account holder|Guests|Time",
    "de": "Telefon|Mobil|Fax|E-Mail|Kartennummer|Kontakt|Name|Datum|Gesamt|Aktenzeichen|Anschrift|Öffnungszeiten|Kontoinhaber|Personen|Uhrzeit",
    "fr": "Téléphone|Portable|Fax|Courriel|Numéro de carte|Contact|Nom|Date|Total|Référence|Adresse|Horaires|Titulaire du compte|Couverts|Heure",
    "es": "Teléfono|Móvil|Fax|Correo electrónico|Número de tarjeta|Contacto|Nombre|Fecha|Total|Referencia|Dirección|Horario|Titular|Comensales|Hora",
    "it": "Telefono|Cellulare|Fax|E-mail|Numero carta|Contatti|Nome|Data|Totale|Riferimento|Indirizzo|Orari|Intestatario|Coperti|Ora",
    "pt": "Telefone|Celular|Fax|E-mail|Número do cartão|Contato|Nome|Data|Total|Referência|Endereço|Horário|Titular|Pessoas|Hora",
    "nl": "Telefoon|Mobiel|Fax|E-mail|Kaartnummer|Contact|Naam|Datum|Totaal|Kenmerk|Adres|Openingstijden|Rekeninghouder|Personen|Tijd",
    "pl": "Telefon|Tel. kom.|Faks|E-mail|Numer karty|Kontakt|Imię i nazwisko|Data|Razem|Sygnatura|Adres|Godziny otwarcia|Właściciel rachunku|Liczba osób|Godzina",
    "sv": "Telefon|Mobil|Fax|E-post|Kortnummer|Kontakt|Namn|Datum|Totalt|Referens|Adress|Öppettider|Kontoinnehavare|Antal gäster|Tid",
    "cs": "Telefon|Mobil|Fax|E-mail|Číslo karty|Kontakt|Jméno|Datum|Celkem|Spisová značka|Adresa|Otevírací doba|Majitel účtu|Počet osob|Čas",
    "tr": "Telefon|Cep|Faks|E-posta|Kart numarası|İletişim|Ad Soyad|Tarih|Toplam|Referans|Adres|Çalışma saatleri|Hesap sahibi|Kişi sayısı|Saat",
    "ru": "Телефон|Моб.|Факс|Эл. почта|Номер карты|Контакты|ФИО|Дата|Итого|Номер дела|Адрес|Часы работы|Получатель|Гостей|Время",
    "uk": "Телефон|Моб.|Факс|Ел. пошта|Номер картки|Контакти|ПІБ|Дата|Разом|Номер справи|Адреса|Графік роботи|Отримувач|Гостей|Час",
    "el": "Τηλέφωνο|Κινητό|Φαξ|Email|Αριθμός κάρτας|Επικοινωνία|Όνομα|Ημερομηνία|Σύνολο|Αριθμός αναφοράς|Διεύθυνση|Ωράριο|Δικαιούχος|Άτομα|Ώρα",
    "ar": "الهاتف|الجوال|الفاكس|البريد الإلكتروني|رقم البطاقة|للتواصل|الاسم|التاريخ|المجموع|رقم المرجع|العنوان|ساعات العمل|اسم المستفيد|عدد الأشخاص|الوقت",
    "he": "טלפון|נייד|פקס|דוא\"ל|מספר כרטיס|צור קשר|שם|תאריך|סה\"כ|אסמכתא|כתובת|שעות פתיחה|שם המוטב|סועדים|שעה",
    "hi": "फ़ोन|मोबाइल|फ़ैक्स|ईमेल|कार्ड नंबर|संपर्क|नाम|दिनांक|कुल|संदर्भ संख्या|पता|समय|खाताधारक|मेहमान|समय",
    "zh": "电话|手机|传真|邮箱|卡号|联系方式|姓名|日期|合计|编号|地址|营业时间|收款人|人数|时间",
    "ja": "電話|携帯|FAX|メール|カード番号|お問い合わせ|氏名|日付|合計|整理番号|住所|営業時間|口座名義|人数|時間",
    "ko": "전화|휴대폰|팩스|이메일|카드번호|문의|이름|날짜|합계|참조번호|주소|영업시간|예금주|인원|시간",
    "th": "โทรศัพท์|มือถือ|แฟกซ์|อีเมล|หมายเลขบัตร|ติดต่อ|ชื่อ|วันที่|รวม|เลขที่อ้างอิง|ที่อยู่|เวลาทำการ|ชื่อบัญชี|จำนวนคน|เวลา",
    "vi": "Điện thoại|Di động|Fax|Email|Số thẻ|Liên hệ|Họ tên|Ngày|Tổng cộng|Số tham chiếu|Địa chỉ|Giờ mở cửa|Chủ tài khoản|Số khách|Giờ",
}
KEYS = "tel mob fax mail card contact name date total ref addr hours holder guests time".split()
LEX = {lang: dict(zip(KEYS, words.split("|"))) for lang, words in L.items()}
COLON = {"zh": "：", "ja": "："}
EXT_WORDS = {"en": [" ext. ", " x", " ext ", ", ext. ", " extension "], "de": [" Durchwahl ", " App. "],
             "fr": [" poste "], "es": [" ext. ", " int. "], "it": [" int. "], "pt": [" ramal "],
             "nl": [" toestel "], "ru": [" доб. "], "uk": [" дод. "], "ja": [" 内線"], "zh": [" 转"]}
EXT_RE = re.compile(r"(,?\s*(ext\.?|x|extension|Durchwahl|App\.|poste|int\.|ramal|toestel|доб\.|дод\.|内線|转)\s*\d+)$")
TRUNK0 = {"DE", "AT", "CH", "GB", "NL", "BE", "IE", "LI"}
FULLWIDTH = str.maketrans("0123456789-()+", "０１２３４５６７８９－（）＋")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
VANITY = {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}

CARD_BRANDS = {
    "visa": (["4"], [16, 16, 16, 13, 19]), "mastercard": (["51", "52", "53", "54", "55", "2221", "2500", "2720"], [16]),
    "amex": (["34", "37"], [15]), "discover": (["6011", "644", "649", "65"], [16, 19]),
    "jcb": (["3528", "3540", "3566", "3589"], [16]), "diners": (["300", "305", "36", "38"], [14]),
    "unionpay": (["62"], [16, 17, 19]), "maestro": (["5018", "5020", "5038", "6304", "6759", "6763"], [16, 19, 13]),
    "mir": (["2200", "2202", "2204"], [16]), "rupay": (["6521", "6522", "508", "60"], [16]),
    "elo": (["636368", "438935", "504175", "451416"], [16]), "hipercard": (["606282"], [16]),
    "troy": (["9792"], [16]), "verve": (["5061", "6500"], [16, 19]),
}
FREE_MAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk", "bigpond.com"],
             "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch"], "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "skynet.be"],
             "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "telefonica.net"], "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it"],
             "pt": ["uol.com.br", "bol.com.br", "sapo.pt", "terra.com.br"], "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "xs4all.nl"],
             "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], "sv": ["telia.com", "hotmail.se", "online.no"], "cs": ["seznam.cz", "centrum.cz", "azet.sk"],
             "tr": ["hotmail.com", "yandex.com.tr", "gmail.com"], "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "inbox.ru"],
             "uk": ["ukr.net", "i.ua", "meta.ua"], "el": ["otenet.gr", "yahoo.gr", "gmail.com"], "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
             "he": ["walla.co.il", "gmail.com", "013.net"], "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
             "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"], "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com"],
             "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com"], "th": ["hotmail.com", "gmail.com"], "vi": ["gmail.com", "yahoo.com.vn"]}
CC_TLD = {"en": ["com", "co.uk", "org", "com.au", "ie", "co.nz", "ca", "us"], "de": ["de", "de", "at", "ch"], "fr": ["fr", "fr", "be", "ch"],
          "es": ["es", "com.mx", "com.ar", "cl"], "it": ["it"], "pt": ["com.br", "pt"], "nl": ["nl", "be"], "pl": ["pl", "com.pl"],
          "sv": ["se", "fi", "no", "dk"], "cs": ["cz", "sk"], "tr": ["com.tr"], "ru": ["ru", "kz", "by"], "uk": ["ua", "com.ua"],
          "el": ["gr", "com.cy"], "ar": ["sa", "ae", "com.eg", "jo"], "he": ["co.il", "org.il"], "hi": ["in", "co.in"],
          "zh": ["cn", "com.cn", "com.tw", "hk"], "ja": ["jp", "co.jp", "ne.jp"], "ko": ["kr", "co.kr"], "th": ["co.th", "in.th"], "vi": ["vn", "com.vn"]}
NEW_TLDS = ["berlin", "paris", "photography", "restaurant", "dev", "app", "shop", "studio", "online", "london", "tokyo",
            "club", "foundation", "charity", "law", "school", "cars", "immo", "hotel", "events", "football", "consulting"]
IDN_DOMAINS = {"de": ["bäckerei-{w}.de", "müller-{w}.de", "grünwald-{w}.at", "zürich-{w}.ch"], "fr": ["café-{w}.fr", "hôtel-{w}.fr", "crèche-{w}.be"],
               "es": ["españa-{w}.es", "niño-{w}.com", "peña-{w}.es"], "ru": ["почта-{w}.рф", "школа.рф", "магазин.рф"],
               "uk": ["пошта.укр"], "el": ["ξενοδοχείο.ελ", "εστιατόριο.ελ"], "zh": ["公司.中国", "餐厅.中国"], "ja": ["レストラン.jp", "お店.jp"],
               "hi": ["भारत.भारत"], "th": ["ร้านอาหาร.ไทย"], "sv": ["smörgås-{w}.se", "åre-{w}.se"], "pl": ["łódź-{w}.pl", "źródło-{w}.pl"],
               "tr": ["çiçek-{w}.com.tr", "ışık-{w}.com.tr"], "cs": ["květiny-{w}.cz"]}
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґαβγδεζηθικλμνξοπρστυφχψωάέήίόύώς",
                    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya i yi ye g a v g d e z i th i k l m n x o p r s t y f ch ps o a e i i o y o s".split(" ")))


def ascii_name(name: str, rng: random.Random) -> str:
    """A name as people put it into an e-mail local part: accents dropped, Cyrillic/Greek transliterated,
    other scripts replaced by a Latin name."""
    low = name.lower()
    out = "".join(TRANSLIT.get(ch, ch) for ch in low)
    out = unicodedata.normalize("NFKD", out).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z]", "", out)
    if len(out) < 2:
        out = rng.choice(["wei", "li", "hiro", "yuki", "minji", "arjun", "priya", "somchai", "ahmed", "noa", "lan", "tuan",
                          "fatima", "omar", "dana", "akira", "sakura", "jiho", "ravi", "anh", "yosef", "layla"])
    return out


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


class Pii:
    def __init__(self, kind: str, text: str):
        self.kind, self.text = kind, text


class Doc:
    def __init__(self, register: str, lang: str, url: str):
        self.register, self.lang, self.url = register, lang, url
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def add(self, *items) -> "Doc":
        for item in items:
            if isinstance(item, Pii):
                self.spans.append({"type": item.kind, "start": self.size, "end": self.size + len(item.text), "text": item.text})
                item = item.text
            self.parts.append(item)
            self.size += len(item)
        return self

    def row(self, index: int) -> dict:
        return {"id": f"blind3-{index}", "half": "blind3", "register": self.register, "url": self.url,
                "language": self.lang, "text": "".join(self.parts), "spans": self.spans}


class Gen:
    """Value makers and hard negatives; every draw comes from one seeded Random."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.fakers = {}
        for i, (lang, loc) in enumerate(FAKER_LOCALE.items()):
            fake = Faker(loc)
            fake.seed_instance(seed + i)
            self.fakers[lang] = fake

    # --- helpers
    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def digits(self, n: int) -> str:
        return "".join(self.c(string.digits) for _ in range(n))

    def name(self, lang: str) -> str:
        fake = self.fakers[lang]
        if lang in ("zh", "ja", "ko"):
            return fake.last_name() + fake.first_name()
        return f"{fake.first_name()} {fake.last_name()}"

    def company(self, lang: str) -> str:
        return self.fakers[lang].company()

    def slug(self, lang: str) -> str:
        fake = self.fakers["en" if lang in ("zh", "ja", "ko", "ar", "he", "hi", "th") else lang]
        return re.sub(r"-+", "-", ascii_name(fake.last_name(), self.rng) + self.c(["", "-", ""]) + self.c(
            ["", "group", "law", "immo", "tech", "haus", "sport", "med", "auto", "consult", "", ""])).strip("-")

    def label(self, lang: str, key: str) -> str:
        return LEX[lang][key] + COLON.get(lang, ": ")

    def date(self, lang: str) -> str:
        y, m, d = self.rng.randint(2019, 2027), self.rng.randint(1, 12), self.rng.randint(1, 28)
        fmt = {"en": ["{m}/{d}/{y}", "{y}-{m:02d}-{d:02d}", "{d} Dec {y}"], "zh": ["{y}年{m}月{d}日"], "ja": ["{y}年{m}月{d}日"],
               "ko": ["{y}년 {m}월 {d}일", "{y}.{m:02d}.{d:02d}"], "de": ["{d:02d}.{m:02d}.{y}"], "ru": ["{d:02d}.{m:02d}.{y}"],
               "hu": ["{y}. {m:02d}. {d:02d}."]}.get(lang, ["{d:02d}/{m:02d}/{y}", "{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}"])
        return self.c(fmt).format(y=y, m=m, d=d)

    def time(self) -> str:
        return f"{self.rng.randint(7, 22):02d}:{self.c(['00', '15', '30', '45'])}"

    def price(self, lang: str) -> str:
        a = self.rng.randint(3, 4800)
        cents = self.rng.randint(0, 99)
        return self.c({"en": [f"${a:,}.{cents:02d}", f"£{a}.{cents:02d}"], "de": [f"{a:,}".replace(",", ".") + f",{cents:02d} €", f"EUR {a},{cents:02d}"],
                       "ja": [f"¥{a * 100:,}", f"{a * 100:,}円"], "zh": [f"¥{a}.{cents:02d}", f"{a}元"], "ru": [f"{a * 10:,} ₽".replace(",", " ")],
                       "pl": [f"{a},{cents:02d} zł"], "tr": [f"{a:,} TL"], "ko": [f"{a * 1000:,}원"], "th": [f"{a:,} บาท"],
                       "hi": [f"₹{a * 10:,}"], "ar": [f"{a} ر.س", f"SAR {a}.{cents:02d}"], "he": [f"₪{a}"], "vi": [f"{a * 1000:,}₫".replace(",", ".")],
                       "sv": [f"{a} kr"], "cs": [f"{a} Kč"], "pt": [f"R$ {a},{cents:02d}"], "uk": [f"{a} грн"], "el": [f"{a},{cents:02d} €"]}
                      .get(lang, [f"{a},{cents:02d} €", f"€{a}.{cents:02d}"]))

    # --- phones
    def _number(self, region: str, kind):
        kinds = [kind] if kind else [PNT.MOBILE, PNT.FIXED_LINE, PNT.FIXED_LINE, PNT.MOBILE]
        for _ in range(60):
            k = self.c(kinds)
            ex = pn.example_number_for_type(region, k) or pn.example_number_for_type(region, PNT.FIXED_LINE)
            nsn = pn.national_significant_number(ex)
            keep = max(2, len(nsn) - self.rng.randint(4, 6))
            cand = nsn[:keep] + self.digits(len(nsn) - keep)
            num = pn.parse("+" + str(ex.country_code) + cand, None)
            if pn.is_valid_number(num) and cand != nsn:
                return num
        return ex

    def phone(self, lang: str, region: str | None = None, kind=None, style: str | None = None, ext: float = 0.06) -> Pii:
        region = region or (self.c(REGIONS[lang]) if self.p(0.85) else self.c(ALL_REGIONS))
        num = self._number(region, kind)
        intl = pn.format_number(num, PNF.INTERNATIONAL)
        natl = pn.format_number(num, PNF.NATIONAL)
        e164 = pn.format_number(num, PNF.E164)
        cc = str(num.country_code)
        rest = intl.split(" ", 1)[1] if " " in intl else intl[len(cc) + 1:]
        nsn = pn.national_significant_number(num)
        styles = ["intl", "intl", "intl", "natl", "natl", "natl", "e164", "intl_dash", "intl_dot", "00", "natl_compact"]
        if region in TRUNK0:
            styles += ["trunk0", "trunk0"]
        if region in ("US", "CA") and len(nsn) == 10:
            styles += ["us_paren", "us_dot", "us_dash", "us_1dash", "us_plus_paren", "us_dot"]
        if region == "JP":
            styles.append("fullwidth")
        if region in ("EG", "SA", "AE", "JO", "KW", "QA", "BH", "OM"):
            styles.append("arabic_digits")
        style = style or self.c(styles)
        if style == "intl":
            text = intl
        elif style == "natl":
            text = natl
        elif style == "e164":
            text = e164
        elif style == "intl_dash":
            text = intl.replace(" ", "-")
        elif style == "intl_dot":
            text = re.sub(r"[ -]", ".", intl)
        elif style == "00":
            text = ("011 " if lang == "en" and self.p(0.3) else "00") + cc + " " + rest
        elif style == "natl_compact":
            text = re.sub(r"[^\d]", "", natl)
            text = text if len(text) > 6 else e164
        elif style == "trunk0":
            text = f"+{cc} (0){rest}" if self.p(0.5) else f"+{cc} (0) {rest}"
        elif style == "epp":
            text = f"+{cc}.{nsn}"
        elif style.startswith("us_"):
            a, b, c_ = nsn[:3], nsn[3:6], nsn[6:]
            text = {"us_paren": f"({a}) {b}-{c_}", "us_dot": f"{a}.{b}.{c_}", "us_dash": f"{a}-{b}-{c_}",
                    "us_1dash": f"1-{a}-{b}-{c_}", "us_plus_paren": f"+1 ({a}) {b}-{c_}"}[style]
        elif style == "fullwidth":
            text = natl.translate(FULLWIDTH)
        elif style == "arabic_digits":
            text = natl.translate(ARABIC_INDIC)
        else:
            raise ValueError(style)
        if self.p(ext) and lang in EXT_WORDS and style not in ("fullwidth", "arabic_digits"):
            text += self.c(EXT_WORDS[lang]) + str(self.rng.randint(2, 9999))
        return Pii(PHONE, text)

    def vanity(self) -> Pii:
        """A US/CA toll-free number whose last four (or seven) digits are written as letters."""
        for _ in range(200):
            num = self._number(self.c(["US", "CA"]), PNT.TOLL_FREE)
            nsn = pn.national_significant_number(num)
            tail = nsn[6:] if self.p(0.6) else nsn[3:]
            if any(d in "01" for d in tail):
                continue
            word = "".join(self.c(VANITY[d]) for d in tail)
            head = nsn[: 10 - len(tail)]
            text = f"1-{head[:3]}-{head[3:]}-{word}" if len(tail) == 4 else f"1-{head}-{word}"
            return Pii(PHONE, text if self.p(0.7) else text[2:])
        return self.phone("en", "US")

    # --- e-mails
    def email(self, lang: str, person: str | None = None, kind: str | None = None, domain: str | None = None) -> Pii:
        r = self.rng
        fake = self.fakers[lang]
        first = ascii_name(fake.first_name(), r)
        last = ascii_name(fake.last_name(), r)
        kind = kind or self.c(["person", "person", "person", "free", "free", "role", "plus", "sub", "newtld", "idn"])
        if kind == "role":
            local = self.c(["info", "kontakt", "contact", "reservations", "booking", "dpo", "privacy", "datenschutz", "office",
                            "hello", "support", "no-reply", "secretary", "tickets", "facturation", "ventas", "admissions", "events"])
        elif kind == "plus":
            local = f"{first}{self.c(['.', '', '_'])}{last}+{self.c(['news', 'shop', 'receipts', 'club', 'bank', 'apps', 'x'])}"
        else:
            local = self.c([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}", f"{first}{r.randint(1, 99)}",
                            f"{last}.{first[0]}", f"{first}", f"{first}-{last}", f"{last}{r.randint(1950, 2012)}"])
        if domain is None:
            if kind == "free":
                domain = self.c(FREE_MAIL[lang])
            elif kind == "sub":
                domain = f"{self.c(['mail', 'cs', 'students', 'lists', 'eu', 'hq', 'med', 'alumni'])}.{self.slug(lang)}.{self.c(CC_TLD[lang] + ['edu', 'ac.uk', 'ac.jp'])}"
            elif kind == "newtld":
                domain = f"{self.slug(lang)}.{self.c(NEW_TLDS)}"
            elif kind == "idn" and lang in IDN_DOMAINS:
                domain = self.c(IDN_DOMAINS[lang]).format(w=self.slug(lang))
                if lang in ("ru", "zh", "ja", "el") and self.p(0.3):
                    local = self.c({"ru": ["почта", "инфо"], "zh": ["联系"], "ja": ["お問い合わせ"], "el": ["επαφή"]}[lang])
            else:
                domain = f"{self.slug(lang)}.{self.c(CC_TLD[lang])}"
        text = f"{local}@{domain}"
        if self.p(0.04):
            text = text.upper()
        return Pii(EMAIL, text)

    def obfuscated_email(self, lang: str) -> str:
        e = self.email(lang, kind="person").text
        local, domain = e.split("@")
        return self.c([f"{local} (at) {domain}", f"{local}[at]{domain}", f"{local} [at] {domain.replace('.', ' [dot] ')}",
                       f"{local} AT {domain.replace('.', ' DOT ')}", f"{local}(at){domain}"])

    # --- IPs
    def ipv4(self, kind: str | None = None) -> str:
        kind = kind or self.c(["public", "public", "public", "private"])
        while True:
            if kind == "private":
                ip = self.c([f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                             f"192.168.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                             f"172.{self.rng.randint(16, 31)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"])
                return ip
            ip = ".".join(str(self.rng.randint(1, 254)) for _ in range(4))
            a = ipaddress.ip_address(ip)
            if a.is_global and not a.is_multicast:
                return ip

    def ipv6(self, kind: str | None = None) -> str:
        kind = kind or self.c(["short", "short", "full", "exploded", "upper", "mapped", "nat64", "linklocal", "short"])
        r = self.rng
        if kind == "linklocal":
            return str(ipaddress.IPv6Address("fe80::" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(4))))
        if kind == "mapped":
            return f"::ffff:{self.ipv4('public')}"
        if kind == "nat64":
            return f"64:ff9b::{self.ipv4('public')}"
        while True:
            first = r.choice([0x2001, 0x2400 + r.randint(0, 0x3ff), 0x2a00 + r.randint(0, 0xff), 0x2600 + r.randint(0, 0x3f), 0x2c0f])
            hextets = [first] + [r.randint(0, 65535) for _ in range(7)]
            if first == 0x2001 and hextets[1] == 0xdb8:
                continue
            if kind == "short":
                cut = r.randint(3, 5)
                hextets = hextets[:cut] + [0] * (8 - cut - 1) + [r.choice([1, 2, 0x10, 0x53, r.randint(1, 65535)])]
            a = ipaddress.IPv6Address(":".join(f"{h:x}" for h in hextets))
            if not a.is_global:
                continue
            if kind == "exploded":
                return a.exploded
            if kind == "full":
                return ":".join(f"{h:x}" for h in hextets)
            if kind == "upper":
                return a.compressed.upper()
            return a.compressed

    # --- cards
    def card(self, brand: str | None = None, group: str | None = None) -> Pii:
        brand = brand or self.c(list(CARD_BRANDS))
        prefixes, lengths = CARD_BRANDS[brand]
        prefix, n = self.c(prefixes), self.c(lengths)
        body = prefix + self.digits(n - len(prefix) - 1)
        num = body + luhn_digit(body)
        sep = group if group is not None else self.c([" ", " ", " ", "-", "", " "])
        if n == 15:
            parts = [num[:4], num[4:10], num[10:]]
        elif n == 14:
            parts = [num[:4], num[4:10], num[10:]]
        elif n == 19 and self.p(0.3):
            parts = [num[:6], num[6:]]
        elif n == 13:
            parts = [num[:4], num[4:7], num[7:10], num[10:]] if self.p(0.5) else [num[:4], num[4:8], num[8:]]
        elif n == 17:
            parts = [num[:6], num[6:]]
        else:
            parts = [num[i:i + 4] for i in range(0, n, 4)]
        return Pii(CARD, sep.join(parts) if sep else num)

    # --- IBANs and SSNs
    def iban(self, lang: str, cc: str | None = None, form: str | None = None) -> Pii:
        cc = cc or (self.c(IBANS[lang]) if self.p(0.8) else self.c(ALL_IBANS))
        while True:
            try:
                value = IBAN.random(country_code=cc, random=self.rng)
                break
            except Exception:  # noqa: BLE001 - a country schwifty cannot make: another one
                cc = self.c(ALL_IBANS)
        compact = str(value.compact)
        form = form or self.c(["print", "print", "print", "compact", "compact", "lower"])
        text = {"print": " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)), "compact": compact,
                "lower": " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)).lower()}[form]
        return Pii(IBAN_T, text)

    def bad_iban(self, lang: str) -> str:
        good = self.iban(lang, form="compact").text
        check = int(good[2:4])
        wrong = f"{(check + self.rng.randint(1, 96)) % 97:02d}"
        wrong = wrong if wrong != good[2:4] else f"{(check + 1) % 97:02d}"
        bad = good[:2] + wrong + good[4:]
        return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4)) if self.p(0.6) else bad

    def ssn(self, form: str | None = None) -> Pii:
        while True:
            area = self.rng.randint(1, 899)
            if area != 666:
                break
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        form = form or self.c(["dash", "dash", "dash", "dash", "space", "plain"])
        sep = {"dash": "-", "space": " ", "plain": ""}[form]
        return Pii(SSN, f"{area:03d}{sep}{group:02d}{sep}{serial:04d}")

    # --- hard negatives (never labelled)
    def neg(self, kind: str | None = None, lang: str = "en") -> str:
        r = self.rng
        kind = kind or self.c(NEG_KINDS)
        if kind == "order":
            return self.c([f"Order #{self.digits(3)}-{self.digits(7)}-{self.digits(7)}", f"Order no. {self.digits(10)}",
                           f"Bestellnr. {self.digits(4)} {self.digits(4)} {self.digits(2)}", f"Commande n° {self.digits(9)}"])
        if kind == "tracking":
            return self.c([f"1Z {self.digits(3)} {r.choice(['AA1', 'A01', 'E44'])} {self.digits(2)} {self.digits(4)} {self.digits(3)}",
                           f"JJD{self.digits(18)}", f"9400 {self.digits(4)} {self.digits(4)} {self.digits(4)} {self.digits(4)} {self.digits(2)}",
                           f"RR{self.digits(9)}DE", f"SF{self.digits(13)}", f"{self.digits(12)}"])
        if kind == "isbn":
            body = "978" + self.digits(9)
            check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
            return f"ISBN {body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"
        if kind == "doi":
            return f"doi:10.{r.randint(1000, 9999)}/{r.choice(['s', 'j.', 'ACS.', ''])}{self.digits(5)}-{self.digits(3)}-{self.digits(4)}-{r.randint(0, 9)}"
        if kind == "coords":
            return self.c([f"{r.uniform(-60, 70):.5f}, {r.uniform(-170, 170):.5f}", f"{r.randint(0, 89)}°{r.randint(0, 59)}′{r.randint(0, 59)}″N {r.randint(0, 179)}°{r.randint(0, 59)}′{r.randint(0, 59)}″E"])
        if kind == "version":
            return self.c([f"v{r.randint(1, 20)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
                           f"10.0.{r.randint(17000, 26100)}.{r.randint(100, 5000)}", f"build {r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(0, 255)}"])
        if kind == "hash":
            return self.c([f"sha256:{''.join(r.choice('0123456789abcdef') for _ in range(64))}", "".join(r.choice("0123456789abcdef") for _ in range(40)),
                           "".join(r.choice("0123456789abcdef") for _ in range(7))])
        if kind == "uuid":
            return str(__import__("uuid").UUID(int=r.getrandbits(128), version=4))
        if kind == "mac":
            octs = [f"{r.randint(0, 255):02x}" for _ in range(6)]
            return self.c([":".join(octs).upper(), "-".join(octs), f"{''.join(octs[:2])}.{''.join(octs[2:4])}.{''.join(octs[4:])}"])
        if kind == "serial":
            return f"S/N {''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(12))}"
        if kind == "postcode":
            return self.c([f"{r.randint(10000, 99999)}", f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}", f"{r.randint(10000, 99999)}-{r.randint(100, 999)}",
                           f"SW{r.randint(1, 20)} {r.randint(1, 9)}AA", f"{r.randint(10, 99)}-{r.randint(100, 999)}"])
        if kind == "masked":
            return self.c([f"**** **** **** {self.digits(4)}", f"4{self.digits(3)} {self.digits(2)}XX XXXX {self.digits(4)}",
                           f"XXXX-XXXX-XXXX-{self.digits(4)}", f"•••• {self.digits(4)}", f"5{self.digits(5)}******{self.digits(4)}"])
        if kind == "luhn_bad":
            while True:
                num = self.c(["4", "5", "37", "6011"]) + self.digits(15)
                num = num[:16]
                if not luhn_ok(num):
                    return " ".join(num[i:i + 4] for i in range(0, 16, 4))
        if kind == "imei":
            body = self.c(["35", "86", "01", "99"]) + self.digits(12)
            return f"IMEI {body + luhn_digit(body)}"
        if kind == "siret":
            body = self.digits(13)
            n = body + luhn_digit(body)
            return f"SIRET {n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"
        if kind == "sin":
            body = r.choice("1234567") + self.digits(7)
            n = body + luhn_digit(body)
            return f"SIN {n[:3]} {n[3:6]} {n[6:]}"
        if kind == "bad_iban":
            return self.bad_iban(lang)
        if kind == "ein":
            return f"EIN {r.randint(10, 99)}-{self.digits(7)}"
        if kind == "itin":
            return f"ITIN 9{self.digits(2)}-{r.choice([70, 71, 72, 78, 80, 88, 94])}-{self.digits(4)}"
        if kind == "bad_ssn":
            return self.c([f"000-{r.randint(10, 99)}-{self.digits(4)}", f"666-{r.randint(10, 99)}-{self.digits(4)}",
                           f"{r.randint(100, 899)}-00-{self.digits(4)}", f"{r.randint(100, 665)}-{r.randint(10, 99)}-0000"])
        if kind == "idlike":
            return self.c([f"Ticket #{r.randint(2019, 2027)}-{self.digits(3)}-{self.digits(4)}", f"Kundennummer {self.digits(4)} {self.digits(4)} {self.digits(2)}",
                           f"Policy no. {self.digits(2)} {self.digits(4)} {self.digits(4)}", f"Az. {r.randint(1, 9)} O {r.randint(10, 999)}/{r.randint(19, 26)}",
                           f"IMO {self.digits(7)}", f"Invoice {r.randint(2019, 2027)}-{self.digits(6)}", f"NIP {self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(2)}",
                           f"CPF {self.digits(3)}.{self.digits(3)}.{self.digits(3)}-{self.digits(2)}", f"Personnummer {r.randint(1950, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{self.digits(4)}",
                           f"PESEL {self.digits(11)}", f"GTIN {self.digits(13)}", f"ORCID 0000-000{r.randint(1, 3)}-{self.digits(4)}-{self.digits(3)}X",
                           f"arXiv:{r.randint(19, 26)}{r.randint(1, 12):02d}.{self.digits(5)}", f"VIN WVWZZZ{self.digits(2)}Z{r.choice('ABCDEFGHJ')}W{self.digits(6)}",
                           f"microchip {self.c(['981', '900', '276', '250'])}{self.digits(12)}", f"CPV {self.digits(8)}-{r.randint(0, 9)}",
                           f"sort code {self.digits(2)}-{self.digits(2)}-{self.digits(2)}", f"routing no. {self.digits(9)}", f"BSB {self.digits(3)}-{self.digits(3)}",
                           f"Creditor ID DE{self.digits(2)}ZZZ{self.digits(11)}", f"OID 1.3.6.1.4.1.{r.randint(100, 60000)}.{r.randint(1, 9)}.{r.randint(1, 9)}",
                           f"VAT {r.choice(['DE', 'FR', 'IT', 'NL'])}{self.digits(9)}", f"ISSN {self.digits(4)}-{self.digits(3)}{r.choice('0123456789X')}",
                           f"Flight {r.choice(['LH', 'AF', 'BA', 'TK', 'NH'])} {r.randint(10, 9999)}", f"Room {r.randint(101, 1299)}"])
        if kind == "netmask":
            return self.c(["255.255.255.0", "255.255.0.0", "255.255.255.252", "0.0.0.255", "127.0.0.1", "0.0.0.0", "::1", "255.255.255.255"])
        if kind == "date":
            return self.date(lang)
        if kind == "price":
            return self.price(lang)
        raise ValueError(kind)


NEG_KINDS = ["order", "tracking", "isbn", "doi", "coords", "version", "hash", "uuid", "mac", "serial", "postcode", "masked",
             "luhn_bad", "imei", "siret", "sin", "bad_iban", "ein", "itin", "bad_ssn", "idlike", "idlike", "idlike", "date", "price"]



# ----------------------------------------------------------------------------------------------
# registers: each makes one document in a language; `g` draws every value
# ----------------------------------------------------------------------------------------------

def city(g: Gen, lang: str) -> str:
    """Faker's it_IT city() depends on PYTHONHASHSEED; its street names do not."""
    fake = g.fakers[lang]
    return fake.last_name() if lang == "it" else fake.city()


def url(g: Gen, lang: str, path: str) -> str:
    return f"https://www.{g.slug(lang)}.{g.c(CC_TLD[lang])}/{path}"


def court_notice(g: Gen, lang: str) -> Doc:
    d = Doc("court_notice", lang, url(g, lang, "bekanntmachungen" if lang == "de" else "notices"))
    head = {"de": "Öffentliche Zustellung\nIn dem Rechtsstreit {a} ./. {b}, {ref}, wird die Beklagte aufgefordert, sich binnen zwei Wochen zu melden.\n",
            "fr": "AVIS DE SIGNIFICATION\nAffaire {a} c/ {b} — RG {ref}. L'audience est fixée au {date} à {time}.\n",
            "es": "EDICTO\nEn el procedimiento ordinario {ref} seguido a instancia de {a} contra {b}, se cita a las partes para el {date}.\n",
            "it": "AVVISO DI VENDITA GIUDIZIARIA\nProcedura esecutiva {ref} promossa da {a} contro {b}. Udienza il {date} ore {time}.\n",
            "pl": "OBWIESZCZENIE\nSąd Rejonowy zawiadamia, że w sprawie {ref} z wniosku {a} przeciwko {b} rozprawa odbędzie się {date}.\n",
            "en": "NOTICE OF HEARING\nIn the matter of {a} v. {b}, Case No. {ref}, a hearing is set for {date} at {time} in Courtroom {room}.\n"}
    lang_h = head.get(lang, head["en"])
    d.add(lang_h.format(a=g.name(lang), b=g.company(lang), ref=f"{g.rng.randint(1, 9)}:{g.rng.randint(19, 26)}-cv-{g.digits(5)}" if lang == "en" else g.neg("idlike"),
                        date=g.date(lang), time=g.time(), room=g.rng.randint(1, 30)))
    d.add(g.label(lang, "contact"), g.name(lang), ", ", g.c(["Rechtsanwältin", "Attorney", "Avocat", "Abogado", "Avv.", "Adwokat"]), "\n")
    d.add(g.label(lang, "tel"), g.phone(lang, ext=0.15), "  ", g.label(lang, "fax"), g.phone(lang, ext=0), "\n")
    d.add(g.label(lang, "mail"), g.email(lang, kind=g.c(["person", "sub", "role"])), "\n")
    if g.p(0.6):
        d.add({"de": "Gerichtskostenvorschuss an die Landesjustizkasse, IBAN ", "fr": "Consignation à verser sur le compte IBAN ",
               "es": "Depósito en la cuenta de consignaciones IBAN ", "it": "Cauzione su conto IBAN "}.get(lang, "Court fees payable to IBAN "),
              g.iban(lang), f", {g.neg('idlike')}.\n")
    if lang == "en" and g.p(0.4):
        d.add("Debtor's SSN (last four only): XXX-XX-", g.digits(4), "; co-debtor ", g.name(lang), ", SSN ", g.ssn(), ".\n")
    d.add(g.c(["Dated: ", "", "Ausgefertigt: ", "Fait le "]), g.date(lang), ". ", g.neg(lang=lang), "\n")
    return d


def procurement(g: Gen, lang: str) -> Doc:
    d = Doc("procurement_notice", lang, url(g, lang, "tenders/" + g.digits(6)))
    titles = {"en": "Contract notice – Services", "de": "Auftragsbekanntmachung – Bauleistung", "fr": "Avis de marché – Fournitures",
              "es": "Anuncio de licitación – Servicios", "pt": "Anúncio de concurso", "nl": "Aankondiging van een opdracht",
              "sv": "Meddelande om upphandling", "pl": "Ogłoszenie o zamówieniu", "cs": "Oznámení o zahájení zadávacího řízení", "it": "Bando di gara"}
    d.add(titles.get(lang, titles["en"]), "\n", f"I.1) {g.company(lang)}\n", f"National registration number: {g.neg('idlike')}\n")
    d.add("Contact point(s): ", g.name(lang), "\n", "Telephone: ", g.phone(lang, kind=PNT.FIXED_LINE), "\n")
    d.add("E-mail: ", g.email(lang, kind=g.c(["role", "sub"])), "\n")
    if g.p(0.5):
        d.add("Fax: ", g.phone(lang, kind=PNT.FIXED_LINE, ext=0), "\n")
    d.add(f"Main CPV code: {g.digits(8)}-{g.rng.randint(0, 9)}\nNUTS code: {g.c(['DE300', 'FR101', 'ES300', 'NL329', 'SE110', 'PL911'])}\n")
    d.add(f"Estimated total value excluding VAT: {g.price(lang)}\nTime limit for receipt of tenders: {g.date(lang)} Local time: {g.time()}\n")
    d.add(f"Reference number: {g.neg('idlike')}\n")
    if g.p(0.3):
        d.add("Review body e-mail: ", g.email(lang, kind="role"), " — internet address: https://", g.slug(lang), ".", g.c(CC_TLD[lang]), "\n")
    return d


def donation(g: Gen, lang: str) -> Doc:
    d = Doc("donation_page", lang, url(g, lang, g.c(["spenden", "donate", "faire-un-don", "dona"])))
    t = {"de": ("Jetzt spenden!", "Spendenkonto", "Verwendungszweck: Spende Winterhilfe", "Für Spenden bis 300 € genügt der Kontoauszug als Zuwendungsbestätigung."),
         "fr": ("Faites un don", "Coordonnées bancaires", "Objet : don ", "66 % de votre don est déductible de vos impôts."),
         "es": ("Haz tu donativo", "Cuenta para donativos", "Concepto: donativo ", "También por Bizum al "),
         "it": ("Dona ora", "Conto corrente", "Causale: erogazione liberale ", "Le donazioni sono deducibili."),
         "nl": ("Doneer nu", "Rekeningnummer", "O.v.v. gift ", "Wij hebben de ANBI-status."),
         "pl": ("Wesprzyj nas", "Numer konta", "Tytuł przelewu: darowizna ", "Przekaż 1,5% podatku."),
         "sv": ("Ge en gåva", "Bankgiro och IBAN", "Märk betalningen: gåva ", "Swisha till "),
         "en": ("Donate today", "Bank details for donations", "Reference: GIFT-", "Registered charity no. ")}
    title, acct, purpose, tail = t.get(lang, t["en"])
    d.add(title, "\n", g.company(lang), "\n\n", f"{g.price(lang)} {g.c(['= 10 meals', '· 1 month of school', '→ blankets for a family'])}\n", acct, ":\n")
    d.add("IBAN: ", g.iban(lang), "\nBIC: ", g.c(["GENODEM1GLS", "BFSWDE33XXX", "CCBPFRPPMTG", "INGBNL2A", "CAIXESBBXXX", "NDEASESS"]), "\n")
    d.add(purpose, g.digits(6), "\n")
    if lang == "es":
        d.add(tail, g.phone(lang, "ES", kind=PNT.MOBILE, style="natl"), "\n")
    elif lang == "sv":
        d.add(tail, g.phone(lang, "SE", kind=PNT.MOBILE, style="natl"), "\n")
    elif lang == "en":
        d.add(tail, g.digits(7), ". ", g.neg("ein"), "\n")
    else:
        d.add(tail, "\n")
    d.add("PayPal: ", g.email(lang, kind="role"), "\n", g.label(lang, "tel"), g.phone(lang), "\n")
    if g.p(0.3):
        d.add(g.c(["Bitte nicht an: ", "Attention, faux compte : ", "Beware of fake account: "]), g.bad_iban(lang), "\n")
    return d


def school_admission(g: Gen, lang: str) -> Doc:
    d = Doc("school_admission_form", lang, url(g, lang, "admissions/form"))
    if lang == "en":
        d.add("STUDENT ENROLLMENT FORM 2026-27\nStudent legal name: ", g.name(lang), "   DOB: ", g.date(lang), "   Grade: ", str(g.rng.randint(1, 12)), "\n")
        d.add("Student SSN (optional, for state reporting): ", g.ssn(), "\n", "Student ID (assigned by district): ", g.digits(9), "\n")
        d.add("Parent/Guardian 1: ", g.name(lang), "  Cell: ", g.phone(lang, "US"), "  Work: ", g.phone(lang, "US", ext=0.3), "\n")
        d.add("Email: ", g.email(lang, kind=g.c(["free", "person", "plus"])), "\n")
        d.add("Parent/Guardian 2: ", g.name(lang), "  Cell: ", g.phone(lang, "US"), "  SSN: ", g.ssn(), "\n")
        d.add("Emergency contact (not a parent): ", g.name(lang), " ", g.phone(lang, "US"), "\n", "Physician: Dr. ", g.name(lang), ", ", g.phone(lang, "US"), "\n")
        d.add("Zip: ", g.neg("postcode"), "   Lunch account PIN: ", g.digits(5), "\n")
        return d
    forms = {"es": "SOLICITUD DE ADMISIÓN\nNombre del alumno/a: ", "fr": "DOSSIER D'INSCRIPTION\nNom de l'élève : ", "de": "Anmeldebogen Klasse 5\nName des Kindes: ",
             "ja": "入学願書\n志願者氏名：", "ko": "입학 지원서\n학생 이름: ", "it": "DOMANDA DI ISCRIZIONE\nAlunno/a: ", "pt": "FICHA DE MATRÍCULA\nAluno(a): ",
             "zh": "入学申请表\n学生姓名：", "vi": "ĐƠN XIN NHẬP HỌC\nHọ tên học sinh: "}
    d.add(forms.get(lang, forms["es"]), g.name(lang), "\n", g.label(lang, "date"), g.date(lang), "\n")
    for _ in range(2):
        d.add(g.label(lang, "name"), g.name(lang), "\n", g.label(lang, "mob"), g.phone(lang, kind=PNT.MOBILE), "\n",
              g.label(lang, "mail"), g.email(lang, kind=g.c(["free", "person", "idn"])), "\n")
    d.add(g.label(lang, "tel"), g.phone(lang, kind=PNT.FIXED_LINE), "\n", g.neg("idlike"), "\n")
    return d


def vehicle_ad(g: Gen, lang: str) -> Doc:
    d = Doc("vehicle_ad", lang, url(g, lang, "auto/" + g.digits(8)))
    car = g.c(["VW Golf VII 1.6 TDI", "BMW 320d Touring", "Toyota Corolla Hybrid", "Renault Clio V", "Fiat 500 1.2 Lounge", "Škoda Octavia Combi",
               "Ford Transit Custom", "Honda CB500F", "Tesla Model 3 LR", "Dacia Duster", "Peugeot 208 GT"])
    km = f"{g.rng.randint(5, 240)}.{g.digits(3)} km" if lang in ("de", "es", "it", "pt", "nl", "tr", "pl", "cs") else f"{g.rng.randint(5, 180)},{g.digits(3)} mi"
    d.add(car, " – ", g.price(lang), "\n", f"EZ {g.rng.randint(1, 12):02d}/{g.rng.randint(2008, 2024)} · {km} · {g.rng.randint(66, 250)} kW\n")
    d.add(f"FIN/VIN: WVWZZZ{g.digits(2)}Z{g.c('ABCDEFGH')}W{g.digits(6)} · TÜV {g.rng.randint(1, 12):02d}/{g.rng.randint(2026, 2028)}\n")
    said = {"de": "Nur Anrufe, keine SMS: ", "fr": "Appelez au ", "es": "Llamar o WhatsApp al ", "it": "Chiamare ore pasti: ", "tr": "Sahibinden, arayın: ",
            "pl": "Kontakt tylko telefoniczny: ", "ru": "Звоните: ", "nl": "Bel of app: ", "en": "Call or text "}
    d.add(said.get(lang, said["en"]), g.phone(lang, kind=PNT.MOBILE, ext=0), g.c([" (ab 17 Uhr)", "", " – no dealers", ""]), "\n")
    if g.p(0.5):
        d.add(g.label(lang, "mail"), g.email(lang, kind="free"), "\n")
    if g.p(0.3):
        d.add("Anzahlung auf IBAN " if lang == "de" else "Deposit to ", g.iban(lang), "\n")
    d.add(g.c(["Scheckheftgepflegt, 2. Hand.", "Full service history.", "Garantie 12 mois.", "Libro tagliandi.", "Без ДТП."]), " ", g.neg(g.c(["serial", "date", "idlike"]), lang), "\n")
    return d


def tenancy(g: Gen, lang: str) -> Doc:
    d = Doc("tenancy_agreement", lang, url(g, lang, "docs/mietvertrag.pdf" if lang == "de" else "docs/lease.pdf"))
    heads = {"de": ("MIETVERTRAG über Wohnraum", "Vermieter", "Mieter", "Die Kaution in Höhe von {p} ist auf folgendes Konto zu überweisen:", "Miete fällig zum 3. Werktag."),
             "fr": ("CONTRAT DE LOCATION", "Le bailleur", "Le locataire", "Le dépôt de garantie de {p} est versé sur le compte :", "Loyer payable le 5 du mois."),
             "es": ("CONTRATO DE ARRENDAMIENTO", "ARRENDADOR", "ARRENDATARIO", "La fianza de {p} se ingresará en:", "Renta pagadera los cinco primeros días."),
             "it": ("CONTRATTO DI LOCAZIONE", "Locatore", "Conduttore", "Il deposito cauzionale di {p} va versato su:", "Canone mensile anticipato."),
             "nl": ("HUUROVEREENKOMST WOONRUIMTE", "Verhuurder", "Huurder", "De waarborgsom van {p} wordt overgemaakt naar:", "Huur vóór de 1e van de maand."),
             "pl": ("UMOWA NAJMU LOKALU", "Wynajmujący", "Najemca", "Kaucję w wysokości {p} należy wpłacić na rachunek:", "Czynsz płatny do 10. dnia."),
             "sv": ("HYRESAVTAL", "Hyresvärd", "Hyresgäst", "Depositionen {p} betalas till:", "Hyran betalas i förskott."),
             "en": ("RESIDENTIAL TENANCY AGREEMENT", "Landlord", "Tenant", "The security deposit of {p} shall be paid to:", "Rent is due on the 1st.")}
    title, ll, tn, dep, due = heads.get(lang, heads["en"])
    d.add(title, "\n\n§1 ", ll, ": ", g.name(lang), ", ", g.fakers[lang].street_address(), "\n", g.label(lang, "tel"), g.phone(lang), ", ", g.label(lang, "mail"), g.email(lang), "\n")
    d.add("§1 ", tn, ": ", g.name(lang), " ", g.c(["und", "&", "et", "y", "e"]), " ", g.name(lang), "\n", g.label(lang, "mob"), g.phone(lang, kind=PNT.MOBILE), "\n")
    if lang == "en" and g.p(0.5):
        d.add("Tenant SSN (for credit check): ", g.ssn(), "   Co-signer SSN: ", g.ssn(), "\n")
    d.add("§3 ", dep.format(p=g.price(lang)), "\n", g.label(lang, "holder"), g.name(lang), "\nIBAN ", g.iban(lang), "\n", due, " ", g.label(lang, "date"), g.date(lang), "\n")
    d.add("§9 ", g.c(["Zählernummer", "Meter no.", "N° de compteur", "Contatore n."]), " ", g.digits(8), "; ", g.neg(g.c(["postcode", "idlike"]), lang), "\n")
    return d


def restaurant(g: Gen, lang: str) -> Doc:
    d = Doc("restaurant", lang, url(g, lang, g.c(["menu", "carte", "reservierung", "booking"])))
    dishes = {"fr": ["Soupe à l'oignon", "Magret de canard", "Tarte Tatin"], "it": ["Tagliatelle al ragù", "Ossobuco", "Tiramisù"], "es": ["Paella valenciana", "Croquetas", "Flan"],
              "ja": ["刺身盛り合わせ", "天ぷら定食", "抹茶アイス"], "zh": ["宫保鸡丁", "麻婆豆腐", "小笼包"], "th": ["ต้มยำกุ้ง", "ผัดไทย", "ข้าวเหนียวมะม่วง"],
              "tr": ["Mercimek çorbası", "İskender", "Künefe"], "el": ["Μουσακάς", "Χωριάτικη", "Μπακλαβάς"], "ar": ["حمص", "مشاوي مشكلة", "كنافة"],
              "de": ["Schnitzel Wiener Art", "Käsespätzle", "Apfelstrudel"], "ko": ["비빔밥", "불고기", "김치찌개"], "vi": ["Phở bò", "Bún chả", "Chè ba màu"],
              "en": ["Fish & chips", "Caesar salad", "Sticky toffee pudding"], "hi": ["पनीर टिक्का", "दाल मखनी", "गुलाब जामुन"]}
    for dish in dishes.get(lang, dishes["en"]):
        d.add(dish, " ........ ", g.price(lang), "\n")
    d.add("\n", g.label(lang, "hours"), f"{g.time()}–{g.time()}", "\n")
    d.add(g.label(lang, "tel"), g.phone(lang, kind=PNT.FIXED_LINE, ext=0.02), "\n")
    if g.p(0.6):
        conf = {"fr": "Votre réservation est confirmée", "it": "Prenotazione confermata", "es": "Reserva confirmada", "ja": "ご予約を承りました",
                "de": "Ihre Reservierung ist bestätigt", "zh": "预订成功", "en": "Your table is booked"}.get(lang, "Booking confirmed")
        d.add("\n", conf, " — ", g.label(lang, "name"), g.name(lang), ", ", g.label(lang, "guests"), str(g.rng.randint(1, 12)), ", ",
              g.label(lang, "date"), g.date(lang), " ", g.time(), "\n", g.label(lang, "mob"), g.phone(lang, kind=PNT.MOBILE), " · ", g.email(lang), "\n")
        if g.p(0.35):
            d.add("Garantie / guarantee card: ", g.card(g.c(["visa", "mastercard", "amex", "jcb", "unionpay"])), f" exp {g.rng.randint(1, 12):02d}/{g.rng.randint(27, 31)}\n")
        else:
            d.add("Card on file: ", g.neg("masked"), "\n")
    d.add(g.neg(g.c(["coords", "postcode", "date"]), lang), "\n")
    return d


def fixtures(g: Gen, lang: str) -> Doc:
    d = Doc("sports_fixtures", lang, url(g, lang, "fixtures"))
    clubs = [f"{city(g, lang)} {g.c(['FC', 'SV', 'United', 'AC', 'CF', 'SK', 'Spor'])}" for _ in range(6)]
    d.add({"de": "Spielplan Kreisliga A", "nl": "Programma 4e klasse", "es": "Calendario Liga Regional", "tr": "Fikstür – Amatör Lig",
           "it": "Calendario Prima Categoria", "pt": "Tabela do Campeonato"}.get(lang, "Fixtures – Division 3"), "\n")
    for i in range(0, 6, 2):
        d.add(f"{g.date(lang)} {g.time()}  {clubs[i]} – {clubs[i + 1]}  {g.c(['', f'{g.rng.randint(0, 5)}-{g.rng.randint(0, 5)}', f'{g.rng.randint(0, 5)}:{g.rng.randint(0, 5)}'])}\n")
    d.add("\n", {"de": "Jugendleiter", "nl": "Wedstrijdsecretaris", "es": "Delegado", "tr": "Kulüp sekreteri"}.get(lang, "Fixture secretary"), ": ", g.name(lang), "\n")
    d.add(g.label(lang, "mob"), g.phone(lang, kind=PNT.MOBILE), " / ", g.email(lang, kind=g.c(["free", "person"])), "\n")
    if g.p(0.5):
        d.add({"de": "Mitgliedsbeitrag 2026 bitte auf ", "nl": "Contributie overmaken naar ", "es": "Cuota anual en "}.get(lang, "Subs to "), g.iban(lang),
              g.c([" überweisen.", ".", " (ref: U12)."]), "\n")
    d.add("Pitch: ", g.neg("coords"), "  Gate code ", g.digits(4), "\n")
    return d


def app_reviews(g: Gen, lang: str) -> Doc:
    d = Doc("app_store_reviews", lang, f"https://apps.{g.c(['apple', 'play-store-mirror', 'appbrain'])}.com/app/{g.slug('en')}-{g.digits(9)}")
    comp = {"en": "Refund not processed. Email me at ", "de": "Seit dem Update geht nichts mehr. Meldet euch: ", "fr": "Impossible de me connecter, contactez-moi ",
            "es": "Me cobraron dos veces, mi correo ", "pt": "Não consigo entrar, meu email ", "ru": "После обновления вылетает. Пишите: ",
            "ja": "ログインできません。連絡先：", "ko": "결제 오류. 연락주세요 ", "zh": "闪退，联系我 ", "vi": "Lỗi thanh toán, liên hệ ", "tr": "Para iadesi yok, mail: "}
    dev = {"en": "Developer response: sorry! Please write to ", "de": "Antwort des Entwicklers: Bitte schreib uns an ", "fr": "Réponse du développeur : écrivez à ",
           "ja": "デベロッパの回答：", "ru": "Ответ разработчика: напишите на "}
    for _ in range(g.rng.randint(2, 4)):
        d.add(g.c(["★☆☆☆☆", "★★★★★", "★★☆☆☆", "1/5", "5 stars"]), " ", g.name(lang), " · ", g.date(lang), f" · {g.c(['Version', 'v', 'Ver.'])} {g.rng.randint(1, 9)}.{g.rng.randint(0, 40)}.{g.rng.randint(0, 9)}\n")
        if g.p(0.5):
            d.add(comp.get(lang, comp["en"]), g.email(lang, kind=g.c(["free", "free", "plus"])), g.c([" !!", "", " thx", "."]), "\n")
        elif g.p(0.5):
            d.add(comp.get(lang, comp["en"]).split(",")[0].split("。")[0], " — ", g.label(lang, "tel"), g.phone(lang, kind=PNT.MOBILE, ext=0), "\n")
        else:
            d.add(g.c(["Great app, works on Android 14 / iOS 17.4.1.", "Order ", "Top!"]), g.neg(g.c(["order", "version", "date"]), lang), "\n")
    d.add(dev.get(lang, dev["en"]), g.email(lang, kind="role"), " (", g.neg("idlike"), ")\n")
    return d


def chat(g: Gen, lang: str) -> Doc:
    d = Doc("chat_transcript", lang, url(g, lang, "livechat/transcript/" + g.digits(7)))
    agent, cust = g.fakers[lang].first_name(), g.fakers[lang].first_name()
    d.add(f"Chat started {g.date(lang)} {g.time()} · Visitor IP: ", Pii(IP, g.ipv4() if g.p(0.8) else g.ipv6()), f" · {g.c(['Chrome 131.0.0.0', 'Safari 17.4', 'Firefox 133.0'])}\n")
    lines = {"en": ["hi, I need to change my booking", "Can I have the number on the account?", "sure it's ", "And the card you paid with?", "ok: ", "Thanks, anything else?", "call me back on "],
             "es": ["hola, quiero cambiar mi pedido", "¿Me indica el teléfono de la cuenta?", "claro, es el ", "¿Y la tarjeta?", "vale: ", "Gracias, ¿algo más?", "llámame al "],
             "de": ["hallo, ich möchte meine Buchung ändern", "Unter welcher Nummer ist das Konto?", "klar: ", "Und die Karte?", "ok ", "Danke, sonst noch was?", "ruft mich an unter "],
             "fr": ["bonjour, je veux modifier ma commande", "Quel est le numéro du compte ?", "c'est le ", "Et la carte utilisée ?", "voici : ", "Merci, autre chose ?", "rappelez-moi au "],
             "pt": ["oi, quero alterar meu pedido", "Qual o telefone da conta?", "é ", "E o cartão?", "ok ", "Obrigado, mais alguma coisa?", "me liga no "],
             "hi": ["नमस्ते, मुझे बुकिंग बदलनी है", "खाते का नंबर बताइए?", "ये है ", "और कार्ड?", "ठीक है ", "धन्यवाद", "मुझे कॉल करें "],
             "ar": ["مرحبا، أريد تعديل الطلب", "ما رقم الهاتف المسجل؟", "هو ", "والبطاقة؟", "حسنا ", "شكرا", "اتصلوا بي على "]}
    ln = lines.get(lang, lines["en"])
    t = g.time
    d.add(f"[{t()}] {cust}: {ln[0]}\n[{t()}] {agent}: {ln[1]}\n[{t()}] {cust}: {ln[2]}", g.phone(lang, kind=PNT.MOBILE, ext=0), "\n")
    d.add(f"[{t()}] {agent}: {ln[3]}\n")
    if g.p(0.6):
        d.add(f"[{t()}] {cust}: {ln[4]}", g.card(group=g.c([" ", "", "-", " "])), f" {g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}\n")
        d.add(f"[{t()}] {agent}: ⚠ please never share full card numbers in chat. Stored as {g.neg('masked')}\n")
    else:
        d.add(f"[{t()}] {cust}: {ln[4]}{g.neg('masked')}\n")
    d.add(f"[{t()}] {agent}: {ln[5]} {g.neg('order')}\n[{t()}] {cust}: {ln[6]}", g.phone(lang), g.c(["", " or mail ", ""]))
    if d.parts[-1] == " or mail ":
        d.add(g.email(lang))
    d.add("\n")
    return d


def call_script(g: Gen, lang: str) -> Doc:
    d = Doc("call_centre_script", lang, url(g, lang, "kb/scripts/verification"))
    if lang == "en":
        d.add("VERIFICATION SCRIPT v", g.neg("version"), "\nAgent: Thank you for calling ", g.company(lang), ", this call may be recorded.\n")
        d.add("Agent: For security, can you confirm your full Social Security number?\nCaller: Yeah it's ", g.ssn(g.c(["dash", "space", "plain"])), ".\n")
        d.add("Agent: And a good callback number?\nCaller: ", g.phone(lang, "US", style=g.c(["us_paren", "us_dash", "us_dot", "natl"])), ", or my work ", g.phone(lang, "US", ext=0.5), ".\n")
        d.add("[SCREEN] Customer record #", g.digits(8), " | SSN on file: ***-**-", g.digits(4), " | ", g.neg("ein"), " | ", g.neg("itin"), "\n")
        d.add("Agent: If you'd like to pay today I can take the card now.\nCaller: ", g.card(), "\n")
        d.add("Agent: Escalations go to ", g.email(lang, kind="role"), "; tier-2 line ", g.vanity() if g.p(0.6) else g.phone(lang, "US", kind=PNT.TOLL_FREE), ".\n")
        return d
    greet = {"es": "Guion de atención: «Gracias por llamar a {c}»", "de": "Gesprächsleitfaden: „Willkommen bei {c}“", "fr": "Script d'accueil : « Bienvenue chez {c} »"}
    d.add(greet.get(lang, greet["es"]).format(c=g.company(lang)), "\n1. ", g.label(lang, "ref"), g.neg("idlike"), "\n2. ", g.label(lang, "tel"), g.phone(lang), "\n")
    d.add("3. IBAN (SEPA): ", g.iban(lang), "\n4. Escalación / escalation: ", g.email(lang, kind="role"), " · ", g.phone(lang, kind=PNT.FIXED_LINE, ext=0.5), "\n")
    return d


def privacy_contact(g: Gen, lang: str) -> Doc:
    d = Doc("privacy_policy_contact", lang, url(g, lang, g.c(["datenschutz", "privacy", "politique-de-confidentialite", "privacidad"])))
    t = {"de": ("Verantwortliche Stelle", "Datenschutzbeauftragter", "Beschwerderecht bei der Aufsichtsbehörde"),
         "fr": ("Responsable du traitement", "Délégué à la protection des données (DPO)", "Vous pouvez saisir la CNIL"),
         "it": ("Titolare del trattamento", "Responsabile della protezione dei dati", "Reclamo al Garante"),
         "es": ("Responsable del tratamiento", "Delegado de Protección de Datos", "Reclamación ante la AEPD"),
         "nl": ("Verwerkingsverantwoordelijke", "Functionaris gegevensbescherming", "Klacht bij de Autoriteit Persoonsgegevens"),
         "pl": ("Administrator danych", "Inspektor Ochrony Danych", "Skarga do Prezesa UODO"),
         "pt": ("Controlador", "Encarregado (DPO)", "Reclamação à ANPD"), "sv": ("Personuppgiftsansvarig", "Dataskyddsombud", "Klagomål till IMY"),
         "el": ("Υπεύθυνος επεξεργασίας", "Υπεύθυνος Προστασίας Δεδομένων", "Καταγγελία στην Αρχή"),
         "cs": ("Správce", "Pověřenec pro ochranu osobních údajů", "Stížnost u ÚOOÚ"), "en": ("Data controller", "Data Protection Officer", "You may complain to the ICO")}
    a, b, c = t.get(lang, t["en"])
    d.add("§ 2 ", a, "\n", g.company(lang), "\n", g.fakers[lang].address().replace("\n", ", "), "\n", g.label(lang, "tel"), g.phone(lang, kind=PNT.FIXED_LINE), "\n")
    d.add(g.label(lang, "mail"), g.email(lang, kind="role"), "\n\n§ 3 ", b, "\n", g.name(lang), "\n")
    d.add(g.c([g.obfuscated_email(lang), ""]) if g.p(0.25) else "", "\n")
    if d.parts[-2] == "":
        d.add(g.label(lang, "mail"), g.email(lang, kind=g.c(["role", "person", "sub"])), "\n")
    d.add(c, " — ", g.label(lang, "tel"), g.phone(lang, kind=PNT.FIXED_LINE), "\n", g.c(["Stand: ", "Last updated: ", "Version "]), g.date(lang), "\n")
    if g.p(0.4):
        d.add("Server logs keep the IP address (e.g. ", g.neg("netmask"), " is never logged) for 7 days; anonymised as ", f"{g.rng.randint(1, 223)}.{g.rng.randint(0, 255)}.{g.rng.randint(0, 255)}.xxx", ".\n")
    return d


def lost_found(g: Gen, lang: str) -> Doc:
    d = Doc("lost_and_found", lang, url(g, lang, "forum/fundsachen/" + g.digits(5)))
    t = {"en": ["FOUND: black wallet near the station on ", "LOST CAT 'Milo', grey tabby, chip ", "Reward! Please call "],
         "de": ["GEFUNDEN: Schlüsselbund am Spielplatz, ", "Katze entlaufen, Chipnummer ", "Finderlohn! Bitte melden: "],
         "fr": ["TROUVÉ : portefeuille rue de la Paix le ", "Chien perdu, puce ", "Récompense ! Appelez le "],
         "es": ["ENCONTRADO: móvil en el parque el ", "Perdido perro, chip ", "¡Gratificación! Llamar al "],
         "ru": ["НАЙДЕН паспорт у метро ", "Пропала собака, чип ", "Вознаграждение! Звоните "],
         "ja": ["落とし物：駅前で財布を拾いました ", "迷い猫　マイクロチップ ", "お心当たりの方は "],
         "zh": ["失物招领：地铁站捡到钱包 ", "寻狗启事，芯片号 ", "重谢！请联系 "],
         "ko": ["습득물: 지갑을 주웠습니다 ", "강아지를 찾습니다, 칩 ", "사례합니다! 연락 "],
         "he": ["נמצא ארנק ליד התחנה ", "אבד כלב, שבב ", "פרס! התקשרו "],
         "uk": ["ЗНАЙДЕНО гаманець біля вокзалу ", "Загубився кіт, чип ", "Винагорода! Дзвоніть "]}
    a, b, c = t.get(lang, t["en"])
    if g.p(0.5):
        d.add(a, g.date(lang), ". ", g.c(["Inside: bank card ", "Karte ", "carte ", ""]), g.neg("masked"), "\n")
    else:
        d.add(b, g.neg("idlike").split()[-1] if g.p(0.3) else f"{g.c(['981', '900', '276'])}{g.digits(12)}", "\n")
    d.add(c, g.phone(lang, kind=PNT.MOBILE, ext=0), g.c(["", " (WhatsApp)", " / ", " 🙏"]))
    if d.parts[-1] == " / ":
        d.add(g.phone(lang, kind=PNT.MOBILE, ext=0))
    d.add("\n")
    if g.p(0.4):
        d.add(g.c(["or e-mail ", "Mail: ", ""]), g.email(lang, kind="free"), "\n")
    d.add(g.neg(g.c(["coords", "postcode", "date"]), lang), "\n")
    return d


def funeral(g: Gen, lang: str) -> Doc:
    d = Doc("funeral_notice", lang, url(g, lang, "traueranzeigen" if lang == "de" else "obituaries"))
    who = g.name(lang)
    t = {"en": ("In loving memory of {n}", "In lieu of flowers, donations may be made to ", "Arrangements by ", "Condolences: "),
         "de": ("In stiller Trauer nehmen wir Abschied von {n}", "Statt Blumen bitten wir um eine Spende an ", "Bestattungen ", "Kondolenz: "),
         "fr": ("Avis de décès – {n}", "Ni fleurs ni couronnes ; dons à ", "Pompes funèbres ", "Condoléances : "),
         "it": ("È mancato all'affetto dei suoi cari {n}", "Non fiori ma opere di bene: ", "Onoranze funebri ", "Condoglianze: "),
         "es": ("Falleció {n}", "En lugar de flores, donativos a ", "Tanatorio ", "Pésame: "),
         "pl": ("Z głębokim żalem zawiadamiamy, że zmarł(a) {n}", "Zamiast kwiatów prosimy o wpłaty na ", "Zakład pogrzebowy ", "Kondolencje: "),
         "nl": ("Intens verdrietig delen wij het overlijden van {n}", "Liever geen bloemen, een gift voor ", "Uitvaartverzorging ", "Condoleren: "),
         "el": ("Ανακοίνωση θανάτου – {n}", "Αντί στεφάνων, δωρεά στο ", "Γραφείο τελετών ", "Συλλυπητήρια: ")}
    a, b, c, e = t.get(lang, t["en"])
    d.add("✝ ", a.format(n=who), "\n", f"* {g.date(lang)}   † {g.date(lang)}\n")
    d.add(f"{g.c(['Requiem', 'Trauerfeier', 'Obsèques', 'Funerale', 'Funeral'])} {g.date(lang)}, {g.time()}\n")
    d.add(b, g.company(lang), ", IBAN ", g.iban(lang), g.c([" (Kennwort: " + who.split()[-1] + ")", "", "."]), "\n")
    d.add(c, g.company(lang), ", ", g.phone(lang, kind=PNT.FIXED_LINE, ext=0.03), "\n", e, g.email(lang, kind=g.c(["role", "person", "idn"])), "\n")
    return d


def conference(g: Gen, lang: str) -> Doc:
    d = Doc("conference_programme", lang, f"https://{g.c(['icml', 'euro', 'asia', 'nordic'])}{g.rng.randint(2024, 2027)}.{g.c(['org', 'events', 'conf.jp'])}/programme")
    d.add(g.c(["Programme – Day 2", "会議プログラム 2日目", "会议日程 第二天", "Tagungsprogramm", "Programme détaillé"]), "\n")
    for _ in range(g.rng.randint(2, 4)):
        d.add(f"{g.time()}–{g.time()}  Room {g.c(['A', 'B', 'Hörsaal 1', '大ホール', '201'])}  ", g.name(lang), f" ({g.company(lang)}): ",
              g.c(["Scaling laws revisited", "移动边缘计算", "Robuste Optimierung", "Apprentissage fédéré"]), "  ", g.neg("doi"), "\n")
        if g.p(0.5):
            d.add("   ✉ ", g.email(lang, kind="sub"), "\n")
    d.add("\nLocal organiser: ", g.name(lang), ", ", g.label(lang, "mob"), g.phone(lang, kind=PNT.MOBILE), "\n")
    d.add("Wi-Fi: conf-guest / pw ", g.digits(8), " · Gateway ", Pii(IP, g.ipv4("private")), " · ", g.neg(g.c(["netmask", "mac"])), "\n")
    d.add("Registration desk: ", g.email(lang, kind="role"), " · Early-bird until ", g.date(lang), " ", g.price(lang), "\n")
    return d


def author_block(g: Gen, lang: str) -> Doc:
    d = Doc("paper_author_block", lang, f"https://{g.c(['arxiv', 'journals', 'proceedings'])}.{g.c(['org', 'net'])}/abs/{g.rng.randint(19, 26)}{g.rng.randint(1, 12):02d}.{g.digits(5)}")
    n = g.rng.randint(2, 5)
    names = [g.name(lang) for _ in range(n)]
    d.add(", ".join(f"{nm}{i + 1}{'*' if i == 0 else ''}" for i, nm in enumerate(names)), "\n")
    for i in range(min(n, 3)):
        d.add(f"{i + 1} ", g.c(["Department of Computer Science, ", "Institut für Physik, ", "清华大学 计算机系, ", "東京大学 大学院情報理工学系研究科, ", "Faculté des sciences, "]), city(g, lang), "\n")
    how = g.c(["*Corresponding author: ", "* Correspondence: ", "通讯作者：", "責任著者：", "교신저자: "])
    d.add(how, g.email(lang, kind=g.c(["sub", "person", "sub"])), "\n")
    if g.p(0.4):
        d.add("Tel.: ", g.phone(lang, kind=PNT.FIXED_LINE, ext=0.2), "; fax ", g.phone(lang, kind=PNT.FIXED_LINE, ext=0), "\n")
    d.add(g.neg("doi"), " · ", g.neg("idlike"), " · Received ", g.date(lang), "; accepted ", g.date(lang), "\n")
    return d


def delivery_note(g: Gen, lang: str) -> Doc:
    d = Doc("delivery_note", lang, url(g, lang, "lieferschein/" + g.digits(7)))
    d.add({"de": "LIEFERSCHEIN", "fr": "BON DE LIVRAISON", "nl": "PAKBON", "pl": "DOKUMENT WZ", "cs": "DODACÍ LIST", "es": "ALBARÁN DE ENTREGA"}.get(lang, "DELIVERY NOTE"),
          " Nr. ", g.digits(8), "   ", g.label(lang, "date"), g.date(lang), "\n")
    d.add(g.label(lang, "name"), g.name(lang), "\n", g.fakers[lang].address().replace("\n", ", "), "\n", g.label(lang, "tel"), g.phone(lang, kind=PNT.MOBILE, ext=0), "\n")
    d.add("Pos | Art.-Nr. | EAN | Menge\n")
    for i in range(g.rng.randint(2, 4)):
        d.add(f"{i + 1} | {g.c('ABCDEFGHK')}{g.digits(5)}-{g.digits(2)} | {g.digits(13)} | {g.rng.randint(1, 40)}\n")
    d.add("Sendungsnummer / tracking: ", g.neg("tracking"), "\n")
    if g.p(0.5):
        d.add("Avis: ", g.email(lang), " · ", g.phone(lang, kind=PNT.MOBILE), "\n")
    d.add(g.neg(g.c(["serial", "idlike", "postcode"])), "\n")
    return d


def hotel_folio(g: Gen, lang: str) -> Doc:
    d = Doc("hotel_folio", lang, url(g, lang, "folio/" + g.digits(6)))
    d.add(g.company(lang), " · ", g.label(lang, "tel"), g.phone(lang, kind=PNT.FIXED_LINE, ext=0), " · ", g.email(lang, kind="role"), "\n")
    d.add("GUEST FOLIO ", g.digits(7), "  Room ", str(g.rng.randint(101, 1899)), "  Arr ", g.date(lang), "  Dep ", g.date(lang), "\n")
    d.add(g.label(lang, "name"), g.name(lang), "\n", g.label(lang, "mail"), g.email(lang, kind=g.c(["free", "person", "plus"])), "\n")
    for item in g.c([["Room", "Minibar", "City tax"], ["Logis", "Petit-déjeuner", "Taxe de séjour"], ["室料", "朝食", "入湯税"], ["Übernachtung", "Frühstück", "Parken"]]):
        d.add(f"{g.date(lang)}  {item:<16}{g.price(lang)}\n")
    d.add(g.label(lang, "total"), g.price(lang), "\n")
    r = g.rng.random()
    if r < 0.45:
        d.add("Paid by ", g.c(["VISA", "MC", "AMEX", "JCB", "UnionPay", "Diners"]), " ", g.neg("masked"), f" auth {g.digits(6)}\n")
    elif r < 0.75:
        d.add("Guarantee card: ", g.card(), "\n")
    else:
        d.add("Please transfer the balance to IBAN ", g.iban(lang), " · ", g.neg("idlike"), "\n")
    d.add("VAT ID ", g.neg("idlike").split()[-1], " · ", g.neg(g.c(["siret", "date", "postcode"]), lang), "\n")
    return d


def firewall(g: Gen, lang: str) -> Doc:
    d = Doc("firewall_config", "en", f"https://git.{g.slug('en')}.net/netops/{g.c(['edge-fw', 'core-rtr', 'branch'])}/raw/main/config")
    style = g.c(["ios", "iptables", "nft", "pf"])
    admin = g.email("en", kind=g.c(["role", "sub", "person"]))
    if style == "ios":
        d.add("! ", g.neg("version"), "\nhostname edge-", g.digits(2), "\n! admin: ", admin, "\ninterface GigabitEthernet0/1\n ip address ", Pii(IP, g.ipv4("private")), " ", g.neg("netmask"), "\n")
        d.add(" mac-address ", g.neg("mac"), "\n ipv6 address ", Pii(IP, g.ipv6("short")), "/64\n")
        for _ in range(g.rng.randint(2, 4)):
            d.add("access-list 110 permit tcp host ", Pii(IP, g.ipv4("public")), " any eq ", str(g.c([22, 443, 8443, 3389])), "\n")
        d.add("ip route 0.0.0.0 0.0.0.0 ", Pii(IP, g.ipv4("public")), "\nsnmp-server location ", g.neg("coords"), "\n")
    elif style == "iptables":
        d.add("# managed by ansible – contact ", admin, "\n")
        for _ in range(g.rng.randint(2, 5)):
            cidr = g.c(["/32", "/24", "/16", ""])
            d.add("-A INPUT -s ", Pii(IP, g.ipv4()), cidr, f" -p tcp --dport {g.c([22, 80, 443, 5432, 6443])} -j ACCEPT\n")
        d.add("-A INPUT -s 0.0.0.0/0 -j DROP\n-A FORWARD -d ", Pii(IP, g.ipv6(g.c(["short", "exploded"]))), "/128 -j ACCEPT\n")
    elif style == "nft":
        d.add("table inet filter {\n  set allowed_v4 { type ipv4_addr; elements = { ", Pii(IP, g.ipv4()), ", ", Pii(IP, g.ipv4()), " } }\n")
        d.add("  set allowed_v6 { type ipv6_addr; elements = { ", Pii(IP, g.ipv6()), " } }\n  # on-call: ", g.phone("en"), "\n}\n")
    else:
        d.add("# pf.conf – ", g.neg("date"), "\next_if = \"em0\"\ntable <trusted> { ", Pii(IP, g.ipv4()), ", ", Pii(IP, g.ipv4("private")), "/24 }\n")
        d.add("pass in on $ext_if proto tcp from <trusted> to (", "$ext_if", ") port 22\nrdr pass on $ext_if proto tcp to port 8080 -> ", Pii(IP, g.ipv4("private")), " port 80\n")
        d.add("# link-local peer ", Pii(IP, g.ipv6("linklocal")), f"%{g.c(['em0', 'eth0', 'vtnet1'])}\n")
    return d


def dns_zone(g: Gen, lang: str) -> Doc:
    dom = f"{g.slug('en')}.{g.c(['com', 'de', 'net', 'io', 'fr', 'co.jp'])}"
    d = Doc("dns_zone_file", "en", f"https://{dom}/{g.c(['db', 'zones'])}/{dom}.zone.txt")
    d.add(f"$ORIGIN {dom}.\n$TTL 3600\n@  IN SOA ns1.{dom}. hostmaster.{dom}. (\n      {g.rng.randint(2019, 2026)}{g.rng.randint(1, 12):02d}{g.rng.randint(1, 28):02d}{g.digits(2)} ; serial\n      7200 3600 1209600 3600 )\n")
    d.add(f"@      IN NS  ns1.{dom}.\nns1    IN A   ", Pii(IP, g.ipv4("public")), "\n@      IN A   ", Pii(IP, g.ipv4("public")), "\n")
    d.add("@      IN AAAA ", Pii(IP, g.ipv6(g.c(["short", "full", "exploded"]))), "\nwww    IN CNAME @\n")
    d.add(f"@      IN MX 10 mx.{dom}.\n@      IN TXT \"v=spf1 ip4:", Pii(IP, g.ipv4("public")), "/", str(g.c([24, 28, 32])), " ip6:", Pii(IP, g.ipv6("short")), "/48 -all\"\n")
    d.add(f"_dmarc IN TXT \"v=DMARC1; p=quarantine; rua=mailto:", g.email("en", kind="role", domain=dom), "\"\n")
    d.add(f"_acme-challenge IN TXT \"{g.neg('hash').split(':')[-1][:43]}\"\nvpn    IN A   ", Pii(IP, g.ipv4()), "\n; responsible: ", g.name("en"), " ", g.phone("en"), "\n")
    return d


def k8s(g: Gen, lang: str) -> Doc:
    d = Doc("kubernetes_yaml", "en", f"https://github.com/{g.slug('en')}/infra/blob/main/k8s/{g.c(['api', 'web', 'db'])}.yaml")
    d.add("apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  annotations:\n    owner: ", g.email("en", kind=g.c(["role", "sub"])), "\n")
    d.add("    pagerduty-phone: \"", g.phone("en", style=g.c(["e164", "intl"]), ext=0), "\"\n    uid: ", g.neg("uuid"), "\n")
    d.add("spec:\n  type: LoadBalancer\n  clusterIP: ", Pii(IP, g.ipv4("private")), "\n  loadBalancerIP: ", Pii(IP, g.ipv4("public")), "\n")
    if g.p(0.5):
        d.add("  externalIPs:\n    - ", Pii(IP, g.ipv4("public")), "\n    - \"", Pii(IP, g.ipv6()), "\"\n")
    d.add("  loadBalancerSourceRanges:\n    - ", Pii(IP, g.ipv4()), "/", str(g.c([16, 24, 32])), "\n    - 0.0.0.0/0\n---\nkind: Deployment\n")
    d.add(f"      containers:\n        - image: registry.example/api:{g.neg('version').lstrip('v').replace('build ', '')}@{g.neg('hash') if g.p(0.5) else 'sha256:' + 'ab' * 32}\n")
    d.add("          env:\n            - name: DB_HOST\n              value: \"", Pii(IP, g.ipv4("private")), "\"\n            - name: SUPPORT_MAIL\n              value: ", g.email("en", kind="role"), "\n")
    d.add("            - name: DNS_SERVER\n              value: \"", Pii(IP, g.ipv6("short")), "\"\n")
    return d


def md_table(g: Gen, lang: str) -> Doc:
    d = Doc("markdown_table", lang, f"https://wiki.{g.slug(lang)}.{g.c(CC_TLD[lang])}/{g.c(['oncall', 'contacts', 'inventory'])}.md")
    heads = {"en": "| Name | Role | Phone | Email | Host |", "de": "| Name | Rolle | Telefon | E-Mail | Host |", "es": "| Nombre | Rol | Teléfono | Correo | Host |",
             "fr": "| Nom | Rôle | Téléphone | Courriel | Hôte |", "ru": "| ФИО | Роль | Телефон | Почта | Хост |", "zh": "| 姓名 | 角色 | 电话 | 邮箱 | 主机 |",
             "ja": "| 氏名 | 役割 | 電話 | メール | ホスト |", "ko": "| 이름 | 역할 | 전화 | 이메일 | 호스트 |"}
    d.add("## ", g.c(["On-call rota", "Bereitschaft", "Guardias", "Дежурства", "值班表"]), " ", g.date(lang), "\n\n", heads.get(lang, heads["en"]), "\n|---|---|---|---|---|\n")
    for _ in range(g.rng.randint(3, 6)):
        host = g.ipv4() if g.p(0.7) else g.ipv6()
        d.add("| ", g.name(lang), " | ", g.c(["SRE", "DBA", "Netz", "Lead", "運用"]), " | ", g.phone(lang, ext=0.05), " | ", g.email(lang), " | `", Pii(IP, host), "` |\n")
    d.add("\n> ", g.neg(g.c(["mac", "serial", "uuid", "version"])), " — ", g.neg("netmask"), "\n")
    return d


def git_log(g: Gen, lang: str) -> Doc:
    d = Doc("git_log", "en", f"https://git.{g.slug('en')}.org/cgit/{g.slug('en')}.git/log/")
    for _ in range(g.rng.randint(2, 4)):
        who = g.name(g.c(LANGS[:11]))
        d.add("commit ", "".join(g.c("0123456789abcdef") for _ in range(40)), "\nAuthor: ", ascii_name(who.split()[0], g.rng).title(), " ", ascii_name(who.split()[-1], g.rng).title(), " <", g.email(g.c(LANGS[:11])), ">\n")
        d.add("Date:   ", g.c(["Mon", "Tue", "Thu"]), f" {g.c(['Mar', 'Jun', 'Nov'])} {g.rng.randint(1, 28)} {g.time()}:{g.rng.randint(10, 59)} {g.rng.randint(2019, 2026)} +0{g.rng.randint(0, 9)}00\n\n")
        d.add("    ", g.c(["fix: bump version to ", "net: allow peers from ", "docs: update maintainer, see ", "ci: pin image "]))
        if d.parts[-1].startswith("net"):
            d.add(Pii(IP, g.ipv4()), "\n")
        elif d.parts[-1].startswith("docs"):
            d.add(g.email("en", kind="role"), "\n")
        else:
            d.add(g.neg("version"), "\n")
        if g.p(0.4):
            d.add("\n    Signed-off-by: ", g.name("en"), " <", g.email("en", kind=g.c(["person", "plus", "sub"])), ">\n")
        d.add("\n")
    return d


def mail_headers(g: Gen, lang: str) -> Doc:
    d = Doc("mail_headers", "en", f"https://lists.{g.slug('en')}.org/archives/{g.rng.randint(2019, 2026)}/msg{g.digits(5)}.html")
    mx = f"mx{g.rng.randint(1, 9)}.{g.slug(lang)}.{g.c(CC_TLD[lang])}"
    d.add(f"Received: from {mx} ({mx} [", Pii(IP, g.ipv4("public")), "])\n        by mail.example.net with ESMTPS id ", g.neg("hash")[:12], "\n")
    if g.p(0.5):
        d.add("Received: from [", Pii(IP, g.ipv4("private")), "] (port=", str(g.rng.randint(1024, 65535)), " helo=[", Pii(IP, g.ipv6("short")), "])\n")
    d.add("From: \"", g.name(lang), "\" <", g.email(lang), ">\nTo: ", g.email(lang, kind="role"), "\nReply-To: ", g.email(lang, kind="plus"), "\n")
    d.add(f"Message-ID: <{g.rng.randint(2019, 2026)}{g.digits(10)}.{g.neg('hash')[:8]}@{mx}>\nDate: {g.date('en')}\n")
    d.add("X-Originating-IP: [", Pii(IP, g.ipv4()), "]\nX-Mailer: ", g.neg("version"), "\n\n", g.c(["Hi all, ", "Hallo zusammen, ", "Bonjour, "]))
    d.add("please reach me on ", g.phone(lang), " until ", g.date(lang), ".\n-- \n", g.name(lang), "\n")
    return d


def json_api(g: Gen, lang: str) -> Doc:
    d = Doc("json_api_record", lang, f"https://api.{g.slug('en')}.com/v{g.rng.randint(1, 3)}/customers/{g.digits(6)}")
    d.add("{\"id\": \"", g.neg("uuid"), "\", \"name\": \"", g.name(lang), "\",\n \"email\": \"", g.email(lang), "\",\n")
    d.add(" \"phone\": \"", g.phone(lang, style=g.c(["epp", "e164", "e164", "intl"]), ext=0), "\",\n")
    if g.p(0.5):
        d.add(" \"payout\": {\"iban\": \"", g.iban(lang, form="compact"), "\", \"bic\": \"", g.c(["DEUTDEFF", "BNPAFRPP", "INGBNL2A"]), "\"},\n")
    if g.p(0.3):
        d.add(" \"card\": {\"pan\": \"", g.card(group=""), "\", \"last4\": \"", g.digits(4), "\"},\n")
    if g.p(0.3) and lang == "en":
        d.add(" \"tax_id\": \"", g.ssn("plain"), "\", \"tax_id_type\": \"ssn\",\n")
    d.add(" \"last_login_ip\": \"", Pii(IP, g.ipv4() if g.p(0.6) else g.ipv6()), "\", \"created\": \"", f"{g.rng.randint(2019, 2026)}-{g.rng.randint(1, 12):02d}-{g.rng.randint(1, 28):02d}T", g.time(), ":00Z\",\n")
    d.add(" \"version\": \"", g.neg("version"), "\", \"geo\": [", g.neg("coords"), "]}\n")
    return d


def epc_qr(g: Gen, lang: str) -> Doc:
    lang = g.c(["de", "nl", "fr", "it", "es", "pl", "sv", "cs"])
    d = Doc("epc_qr_payload", lang, url(g, lang, "rechnung/qr"))
    d.add({"de": "Zahlen mit Code (GiroCode):", "nl": "Betalen met QR:", "fr": "Payer par QR :", "it": "Paga con QR:", "es": "Pagar con QR:",
           "pl": "Zapłać kodem QR:", "sv": "Betala med QR:", "cs": "Zaplaťte QR kódem:"}[lang], "\nBCD\n002\n1\nSCT\n", g.c(["COBADEFFXXX", "INGBNL2A", "BNPAFRPP"]), "\n")
    d.add(g.company(lang)[:70], "\n", g.iban(lang, form="compact"), "\nEUR", f"{g.rng.randint(5, 900)}.{g.digits(2)}", "\n\n", g.neg("idlike"), "\n\n")
    d.add(g.label(lang, "tel"), g.phone(lang), "\n")
    return d


def sepa_mandate(g: Gen, lang: str) -> Doc:
    d = Doc("sepa_mandate", lang, url(g, lang, "mandat"))
    t = {"de": ("SEPA-Lastschriftmandat", "Gläubiger-Identifikationsnummer", "Mandatsreferenz"), "fr": ("Mandat de prélèvement SEPA", "ICS", "Référence unique du mandat"),
         "it": ("Mandato SEPA", "Codice identificativo del creditore", "Riferimento mandato"), "es": ("Orden de domiciliación SEPA", "Identificador del acreedor", "Referencia de la orden"),
         "nl": ("Machtiging SEPA", "Incassant ID", "Kenmerk machtiging")}
    a, b, c = t.get(lang, ("SEPA Direct Debit Mandate", "Creditor ID", "Mandate reference"))
    cc = {"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL"}.get(lang, "DE")
    d.add(a, "\n", b, ": ", f"{cc}{g.digits(2)}ZZZ{g.digits(11)}", "\n", c, ": ", g.digits(10), "\n", g.company(lang), ", ", g.label(lang, "tel"), g.phone(lang, kind=PNT.FIXED_LINE), "\n")
    d.add(g.label(lang, "holder"), g.name(lang), "\nIBAN: ", g.iban(lang, cc=cc if g.p(0.6) else None), "\nBIC: ", g.c(["GENODEF1M04", "SOGEFRPP", "BCITITMM", "BSCHESMM", "RABONL2U"]), "\n")
    d.add(g.label(lang, "date"), g.date(lang), "  ", g.c(["Unterschrift", "Signature", "Firma", "Handtekening"]), ": ________\n")
    if g.p(0.3):
        d.add(g.c(["Alte Bankverbindung (ungültig): ", "Ancien IBAN : ", "Old IBAN: "]), g.bad_iban(lang), "\n")
    return d


def direct_deposit(g: Gen, lang: str) -> Doc:
    d = Doc("direct_deposit_form", "en", url(g, "en", "hr/forms/direct-deposit"))
    d.add("DIRECT DEPOSIT AUTHORIZATION\nEmployee: ", g.name("en"), "   Employee ID: ", g.digits(6), "\n", "Social Security No.: ", g.ssn(), "\n")
    d.add("Bank routing number (ABA): ", g.digits(9), "   Account #: ", g.digits(g.rng.randint(8, 12)), "   ☐ Checking ☑ Savings\n")
    d.add("Employer EIN: ", f"{g.rng.randint(10, 99)}-{g.digits(7)}", "   Phone: ", g.phone("en", "US", style=g.c(["us_paren", "us_dash", "us_dot"]), ext=0.3), "\n")
    d.add("Personal e-mail for pay stubs: ", g.email("en", kind=g.c(["free", "plus"])), "\n")
    if g.p(0.4):
        d.add("Spouse (for W-4): ", g.name("en"), ", SSN ", g.ssn(), "; dependent ITIN: ", g.neg("itin").split()[-1], "\n")
    d.add("Signature ____________ Date ", g.date("en"), "\n")
    return d


def group_rules(g: Gen, lang: str) -> Doc:
    lang = g.c(["ru", "uk", "hi", "ar", "tr", "vi", "th", "pt"]) if lang not in ("ru", "uk", "hi", "ar", "tr", "vi", "th", "pt") else lang
    d = Doc("messenger_group_rules", lang, f"https://t.me/s/{g.slug(lang)}_{g.digits(3)}")
    t = {"ru": ("📌 Правила чата", "Админ: ", "Реклама только через админа. Оплата на карту ", "Реквизиты для перевода: "),
         "uk": ("📌 Правила групи", "Адмін: ", "Донат на картку ", "Реквізити: "),
         "hi": ("📌 ग्रुप के नियम", "एडमिन: ", "पेमेंट के लिए कार्ड ", "बैंक विवरण: "),
         "ar": ("📌 قوانين المجموعة", "المشرف: ", "للتبرع عبر البطاقة ", "رقم الحساب: "),
         "tr": ("📌 Grup kuralları", "Yönetici: ", "Bağış için kart ", "Havale: "),
         "vi": ("📌 Nội quy nhóm", "Quản trị: ", "Ủng hộ qua thẻ ", "Chuyển khoản: "),
         "th": ("📌 กฎของกลุ่ม", "แอดมิน: ", "บริจาคผ่านบัตร ", "โอนเงิน: "),
         "pt": ("📌 Regras do grupo", "Admin: ", "Pix/cartão ", "Dados bancários: ")}
    a, b, c, e = t[lang]
    d.add(a, "\n1. ", g.c(["No spam", "Без спама", "बिना स्पैम", "لا للإعلانات"]), "\n2. ", b, g.name(lang), " ", g.phone(lang, kind=PNT.MOBILE, ext=0), "\n")
    d.add("3. ", c, g.card(g.c(["mir", "visa", "mastercard", "rupay", "troy", "elo"] if lang != "pt" else ["elo", "hipercard", "visa"])), "\n")
    if lang in ("uk", "ar", "tr", "pt", "ru"):
        d.add("4. ", e, g.iban(lang), "\n")
    d.add("5. ", g.c(["Бот: ", "Bot: "]), g.neg(g.c(["version", "date", "idlike"]), lang), "  ✉ ", g.email(lang, kind="free"), "\n")
    return d


def chargeback(g: Gen, lang: str) -> Doc:
    d = Doc("chargeback_form", lang, url(g, lang, g.c(["dispute", "reklamation", "contestation", "disputa"])))
    t = {"en": ("Card dispute form", "Cardholder", "Transaction not recognised", "Merchant"),
         "de": ("Reklamation einer Kartenzahlung", "Karteninhaber", "Umsatz nicht erkannt", "Händler"),
         "fr": ("Formulaire de contestation", "Titulaire de la carte", "Opération non reconnue", "Commerçant"),
         "es": ("Formulario de disputa", "Titular de la tarjeta", "Cargo no reconocido", "Comercio"),
         "it": ("Modulo di contestazione", "Titolare della carta", "Addebito non riconosciuto", "Esercente"),
         "ja": ("カード利用照会フォーム", "カード名義人", "身に覚えのない請求", "加盟店"),
         "pt": ("Contestação de compra", "Titular do cartão", "Compra não reconhecida", "Estabelecimento"),
         "tr": ("Harcama itiraz formu", "Kart sahibi", "Tanınmayan işlem", "İşyeri")}
    a, b, c, e = t.get(lang, t["en"])
    d.add(a, "\n", b, ": ", g.name(lang), "\n", g.label(lang, "card"), g.card(), "\n")
    if g.p(0.3):
        d.add(g.c(["Replacement card: ", "Ersatzkarte: ", "Nouvelle carte : ", "新カード："]), g.card(), "\n")
    d.add(g.label(lang, "date"), g.date(lang), "  ", g.label(lang, "total"), g.price(lang), "  ", e, ": ", g.company(lang), "\n")
    d.add(c, " — ", g.neg("order"), ", auth code ", g.digits(6), ", ARN ", g.digits(23), "\n")
    d.add(g.label(lang, "tel"), g.phone(lang, ext=0.1), "  ", g.label(lang, "mail"), g.email(lang), "\n")
    if lang == "en" and g.p(0.3):
        d.add("Last 4 of SSN: ", g.digits(4), "   ", g.neg("luhn_bad"), " is the old card (closed)\n")
    else:
        d.add(g.c(["Old card ", "Alte Karte ", "Ancienne carte "]), g.neg(g.c(["masked", "luhn_bad"])), "\n")
    return d


def tax_intake(g: Gen, lang: str) -> Doc:
    d = Doc("tax_preparer_intake", "en", url(g, "en", "clients/intake-" + str(g.rng.randint(2024, 2026))))
    d.add(f"{g.rng.randint(2023, 2025)} TAX ORGANIZER — CONFIDENTIAL\nTaxpayer: ", g.name("en"), "  SSN ", g.ssn(), "  DOB ", g.date("en"), "\n")
    if g.p(0.7):
        d.add("Spouse: ", g.name("en"), "  SSN ", g.ssn(), "  Occupation: ", g.fakers["en"].job(), "\n")
    d.add("Dependents:\n")
    for _ in range(g.rng.randint(0, 3)):
        d.add(f"  {g.fakers['en'].first_name()} | {g.date('en')} | ", g.c([g.ssn(), g.ssn(), g.neg("itin").split()[-1]]), " | child\n")
    d.add("Refund by direct deposit: routing ", g.digits(9), ", acct ", g.digits(10), "\n", "Daytime phone: ", g.phone("en", "US"), "   Email: ", g.email("en"), "\n")
    d.add("Employer EIN ", f"{g.rng.randint(10, 99)}-{g.digits(7)}", "; prior-year AGI ", g.price("en"), "; IP PIN ", g.digits(6), "\n")
    return d


REGISTERS = [  # (maker, languages it is written in, documents)
    (court_notice, ["de", "fr", "es", "it", "pl", "en", "en"], 55),
    (procurement, ["en", "de", "fr", "es", "pt", "nl", "sv", "pl", "cs", "it"], 50),
    (donation, ["de", "fr", "es", "it", "nl", "pl", "sv", "en"], 55),
    (school_admission, ["en", "en", "es", "fr", "de", "ja", "ko", "it", "pt", "zh", "vi"], 55),
    (vehicle_ad, ["de", "fr", "es", "it", "tr", "pl", "ru", "nl", "en", "cs"], 55),
    (tenancy, ["de", "fr", "es", "it", "nl", "pl", "sv", "en"], 50),
    (restaurant, ["fr", "it", "es", "ja", "zh", "th", "tr", "el", "ar", "de", "ko", "vi", "en", "hi"], 65),
    (fixtures, ["de", "nl", "es", "tr", "it", "pt", "en"], 40),
    (app_reviews, ["en", "de", "fr", "es", "pt", "ru", "ja", "ko", "zh", "vi", "tr"], 55),
    (chat, ["en", "es", "de", "fr", "pt", "hi", "ar"], 50),
    (call_script, ["en", "en", "en", "es", "de", "fr"], 40),
    (privacy_contact, ["de", "fr", "it", "es", "nl", "pl", "pt", "sv", "el", "cs", "en"], 55),
    (lost_found, ["en", "de", "fr", "es", "ru", "ja", "zh", "ko", "he", "uk"], 50),
    (funeral, ["en", "de", "fr", "it", "es", "pl", "nl", "el"], 45),
    (conference, ["en", "zh", "ja", "de", "fr", "ko"], 40),
    (author_block, ["en", "zh", "ja", "ko", "de", "fr", "ru"], 40),
    (delivery_note, ["de", "en", "fr", "nl", "pl", "cs", "es"], 40),
    (hotel_folio, ["en", "de", "fr", "es", "it", "ja", "th", "ar", "el", "he"], 50),
    (firewall, ["en"], 40),
    (dns_zone, ["en"], 35),
    (k8s, ["en"], 35),
    (md_table, ["en", "de", "es", "fr", "ru", "zh", "ja", "ko"], 40),
    (git_log, ["en"], 30),
    (mail_headers, ["en", "de", "fr", "ru", "ja"], 30),
    (json_api, ["en", "de", "fr", "es", "pt", "ja", "tr", "pl"], 40),
    (epc_qr, ["de"], 25),
    (sepa_mandate, ["de", "fr", "it", "es", "nl"], 30),
    (direct_deposit, ["en"], 30),
    (group_rules, ["ru", "uk", "hi", "ar", "tr", "vi", "th", "pt"], 40),
    (chargeback, ["en", "de", "fr", "es", "it", "ja", "pt", "tr"], 50),
    (tax_intake, ["en"], 40),
]


def extras(g: Gen, d: Doc) -> None:
    """A line of hard negatives (and now and then an obfuscated address, vanity number or IPv6
    with a zone id) after some documents, so every register carries look-alikes."""
    if g.p(0.55):
        d.add("\n", " · ".join(g.neg(lang=d.lang) for _ in range(g.rng.randint(1, 3))), "\n")
    if g.p(0.04):
        d.add(g.c(["Schreiben Sie an ", "Write to ", "Écrire à "]), g.obfuscated_email(d.lang), "\n")
    if g.p(0.03):
        d.add("Toll-free: ", g.vanity(), "\n")
    if g.p(0.03):
        d.add("debug: peer ", Pii(IP, g.ipv6("linklocal")), "%", g.c(["eth0", "en0", "wlan0", "25"]), " via [", Pii(IP, g.ipv6()), "]:", str(g.rng.randint(1024, 65535)), "\n")


def generate(seed: int = SEED) -> list[dict]:
    g = Gen(seed)
    docs = []
    for maker, langs, count in REGISTERS:
        for i in range(count):
            d = maker(g, langs[i % len(langs)])
            extras(g, d)
            docs.append(d)
    g.rng.shuffle(docs)
    return [d.row(i) for i, d in enumerate(docs)]


# ----------------------------------------------------------------------------------------------
# gold self-check
# ----------------------------------------------------------------------------------------------

def phone_ok(text: str) -> bool:
    base = EXT_RE.sub("", text)
    for region in [None] + ALL_REGIONS + sorted({r for rs in REGIONS.values() for r in rs}):
        try:
            num = pn.parse(base, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(num):
            return True
    return False


def check(rows: list[dict]) -> Counter:
    counts = Counter()
    for row in rows:
        text = row["text"]
        last = -1
        for s in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"{row['id']} {s['type']} {s['text']!r}"
            assert text[s["start"]:s["end"]] == s["text"], where
            assert s["start"] >= last, "overlap: " + where
            last = s["end"]
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            assert not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()), "glued: " + where
            assert s["text"] == s["text"].strip() and s["text"][-1] not in ".,;:", "edge: " + where
            t = s["type"]
            if t == PHONE:
                assert phone_ok(s["text"]), "phone: " + where
            elif t == CARD:
                digits = re.sub(r"[ -]", "", s["text"])
                assert digits.isdigit() and luhn_ok(digits) and 12 <= len(digits) <= 19, "card: " + where
            elif t == IBAN_T:
                IBAN(s["text"].replace(" ", "").upper())
            elif t == IP:
                a = ipaddress.ip_address(s["text"])
                assert not (a.is_loopback or a.is_unspecified), "ip: " + where
            elif t == EMAIL:
                local, _, domain = s["text"].rpartition("@")
                assert local and "." in domain and " " not in s["text"], "email: " + where
            elif t == SSN:
                digits = re.sub(r"[ -]", "", s["text"])
                assert len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9" and digits[3:5] != "00" and digits[5:] != "0000", where
            counts[t] += 1
        labelled = Counter(s["text"] for s in row["spans"])
        for value, n in labelled.items():
            if len(value) >= 7:
                assert text.count(value) == n, f"unlabelled copy: {row['id']} {value!r}"
    return counts


def load() -> list[dict]:
    return read_rows(SET_PATH)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-set", action="store_true", help="write " + SET_PATH.name)
    args = parser.parse_args()
    rows = generate()
    counts = check(rows)
    print(f"{len(rows)} documents, {sum(len(r['spans']) for r in rows)} spans; gold checks passed")
    for entity in ENTITIES:
        print(f"  {entity:14s} {counts[entity]:5d}")
    print("  languages:", dict(Counter(r["language"] for r in rows).most_common()))
    print("  registers:", len(set(r["register"] for r in rows)))
    if args.write_set:
        DATA.mkdir(exist_ok=True)
        SET_PATH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print("wrote", SET_PATH)


if __name__ == "__main__":
    main()
