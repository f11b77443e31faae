"""A thirteenth blind PII test set (issue 26): 29 registers no earlier generator names, 25 languages,
every page in its own language, every register in at least three layouts, weighted to US SSNs,
cards, IPs and phones.

Written by a thirteenth helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` and one row of pii_blind3.jsonl (the
format); never stages/pii*.py, their tests, docs/pii.md, the other generators' templates or value
makers, nor BENCHMARKS.md's PII sections. The PII step was never run on this set while it was
written: the lead scores it once, at the end. Every template, phrase and value maker is new
(here, benchmarks/pii_blind13_values.py and benchmarks/pii_blind13_lexicon.py).

    python benchmarks/pii_blind13.py               # counts per type, register and language
    python benchmarks/pii_blind13.py --write-set   # (re)writes benchmarks/data/pii_blind13.jsonl

Registers (29, at most 60 documents each; each in 3 to 6 layouts: label lines, a table whose header
stands rows above the values, prose / letter / chat, an unlabelled strip, on US pages also a leaked
dump and an OCR'd paper form with misread labels; each machine format in 3 of its tool's outputs):
airline refund requests, hospital admission sheets, church donation records, flat handover
protocols, online-casino withdrawal (KYC) requests, scuba course registrations, driving-test
bookings, marketplace seller payout reports, craft-fair stall applications, home-insurance renewal
notices, school meal account statements, residents' parking permit applications, tuition payment
receipts; US pages (en, some es / zh / ko / vi): boat registration renewals, notary journal
entries, county court e-filing receipts, mortgage closing disclosures, funeral-home death
certificate worksheets, wireless carrier activation receipts, firearm transfer records, employment
applications, court restitution payment coupons; machine output: wifi captive-portal logs, VPN
concentrator session listings, ModSecurity audit logs, Exim mainlogs, nfdump flow listings,
MikroTik RouterOS exports, SMS gateway delivery reports.
Languages (25, 13 in non-Latin scripts): en de fr es it pt nl pl sv fi cs tr el bg ru uk ar fa he
hi th zh ja ko vi; machine formats keep their tools' fixed keys (language "en").

Contexts: a label before the value (the page's language, abbreviated, in capitals, with or without
colon), a label after it in brackets, a column header rows above (pipe, CSV, tab, fixed width, HTML
cells), markup remnants ("&nbsp;", "<br>", "**", "</td><td>") or a line break between label and
value, only the sentence ("call me on", "wire it to", "I paid with my card", "my social is"), no
context where the shape tells (E.164, IBAN, e-mail, card in groups), mixed types on one line.
Phones: `phonenumbers` example numbers of the page's regions and 50 others, all digits after the
second drawn again while valid; national (own region only), international, E.164, "00", "+CC (0)",
dots, a slash (DE / AT / CH), no-break spaces, full-width (zh ja ko), Arabic-Indic (ar) or Persian
(fa) digits, extensions in the page's language, Tel / Fax pairs. Cards: Visa 13/16/19, Mastercard
51-55 / 2221-2720, Amex, Discover, JCB, Diners, UnionPay, Mir, grouped as printed or unbroken.
IBANs from schwifty (print groups, compact, lower case). IPv4 public / private / link-local, IPv6
global / ULA / link-local. US SSNs dashed, spaced, or dotted / unseparated only beside a label,
column header or sentence naming them.
Hard negatives beside them: national dates, times and prices, order / invoice / case / policy /
ticket / booking / e-ticket numbers, postcodes, other countries' ids, ITINs, EINs, invalid SSNs,
ABA routing numbers, ZIP+4, 9-digit loan / member numbers, masked and Luhn-invalid cards, 16-digit
loyalty numbers, IMEIs, IBANs with a wrong check digit, domestic account numbers, versions (some
IP-shaped), OIDs, netmasks, wildcard masks, loopback, 0.0.0.0, broadcast, ports, CIDR suffixes,
in-addr.arpa names, Message-IDs, MACs, hashes.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label,
bracket, "mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after
a phone is part of its span; e-mails need a literal "@" and a dotted domain; loopback,
unspecified, netmask / wildcard and broadcast IPs are not labelled; lower-case and print-grouped
IBANs are, wrong check digits not; cards pass Luhn with a real brand prefix and length; only US
SSNs in the issued range; a phone is one a reader recognises and is valid for some region per
phonenumbers (extension stripped); vanity numbers never.

Gold is checked on writing (`check_row` in pii_blind13_values.py, also run by
tests/test_pii_blind13_set.py): span text equals text[start:end], spans sorted and not
overlapping, not glued to an ASCII letter or digit, no space or punctuation at an edge, phones
valid, cards Luhn + brand prefix + length, IBANs valid (schwifty), IPs parse and are of no excluded
class, SSNs in the issued range, no Luhn-valid brand card or valid compact IBAN outside a span, no
host-shaped IPv4 outside a span (version strings excepted). A drawn document failing a check is
drawn again. Deterministic: string seeds per document, no set iteration.
"""

import argparse
import hashlib
import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_blind13_values as V
from pii_blind13_lexicon import (
    HOME,
    IBAN_HOME,
    LATIN,
    LEX,
    MAIL_DOMAINS,
    NAMES,
    OTHER_REGIONS,
    TLD,
)

PATH = Path(__file__).resolve().parent / "data" / "pii_blind13.jsonl"
SEED = "blind13"


# --- page context: values, look-alikes and labels in the page's language -------------------------

def fmt_dob(rng) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1938, 2006)}"


def fmt_date(rng, lang: str, region: str) -> str:
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en":
        return f"{m:02d}/{d:02d}/{y}" if region == "US" else f"{d:02d}/{m:02d}/{y}"
    if lang in ("zh", "ja"):
        return f"{y}年{m}月{d}日" if rng.random() < 0.6 else f"{y}/{m:02d}/{d:02d}"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일" if rng.random() < 0.6 else f"{y}.{m:02d}.{d:02d}."
    if lang == "sv":
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "th":
        return f"{d}/{m}/{y + 543}"
    if lang in ("fr", "es", "it", "pt", "el", "ar", "fa", "he", "vi"):
        return f"{d:02d}/{m:02d}/{y}"
    if lang in ("nl", "hi"):
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}.{m:02d}.{y}"


CURRENCY = {"en": ("$", "pre", ",", "."), "de": ("€", "post", ".", ","), "fr": ("€", "post", "\u202f", ","),
            "es": ("€", "post", ".", ","), "it": ("€", "pre", ".", ","), "pt": ("€", "post", ".", ","),
            "nl": ("€", "pre", ".", ","), "pl": ("zł", "post", " ", ","), "sv": ("kr", "post", " ", ","),
            "fi": ("€", "post", " ", ","), "cs": ("Kč", "post", " ", ","), "tr": ("TL", "post", ".", ","),
            "el": ("€", "post", ".", ","), "bg": ("лв.", "post", " ", ","), "ru": ("₽", "post", " ", ","),
            "uk": ("грн", "post", " ", ","), "ar": ("د.إ", "post", ",", "."), "fa": ("ریال", "post", ",", "."),
            "he": ("₪", "pre", ",", "."), "hi": ("₹", "pre", ",", "."), "th": ("บาท", "post", ",", "."),
            "zh": ("¥", "pre", ",", "."), "ja": ("円", "post", ",", "."), "ko": ("원", "post", ",", "."),
            "vi": ("₫", "post", ".", ",")}


def fmt_price(rng, lang: str) -> str:
    sym, where, thousands, dec = CURRENCY[lang]
    amount = rng.randint(1200, 480000)
    whole, cents = divmod(amount, 100)
    text = f"{whole:,}".replace(",", thousands)
    if lang not in ("ja", "ko", "vi", "fa"):
        text += f"{dec}{cents:02d}"
    return f"{sym}{text}" if where == "pre" else f"{text} {sym}"


class Page:
    """One document's drawing state: its language, home region, random source and names."""

    def __init__(self, rng: random.Random, lang: str, region: str | None = None):
        self.rng, self.lang = rng, lang
        self.region = region or rng.choice(HOME[lang])
        self.lex = LEX[lang]

    # people
    def person(self) -> tuple[str, str, str]:
        firsts, lasts = NAMES[self.lang]
        first, last = self.rng.choice(firsts), self.rng.choice(lasts)
        if self.lang in ("zh", "ja", "ko"):
            shown = last + first
        else:
            shown = f"{first} {last}"
        first, last = (unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode() for x in (first, last))
        if not first.strip() or not last.strip():
            first, last = self.rng.choice(LATIN), self.rng.choice(LATIN)
        return shown, first, last

    # values
    def phone(self, home: bool | None = None, ext: bool | float = 0.12, mobile=None) -> tuple[str, str]:
        rng = self.rng
        if home is None:
            home = rng.random() < 0.7
        region = self.region if home else rng.choice(OTHER_REGIONS)
        text = V.write_phone(rng, V.phone(rng, region, mobile), home and region == self.region, self.lang)
        if ext is True or (ext and rng.random() < ext):
            text = V.with_extension(rng, text, self.lang)
        return ("PHONE_NUMBER", text)

    def card(self, sep=None, brand=None) -> tuple[str, str]:
        return ("CREDIT_CARD", V.group_card(self.rng, V.card_number(self.rng, brand), sep))

    def iban(self, foreign: float = 0.2) -> tuple[str, str]:
        country = IBAN_HOME.get(self.region)
        if country is None or self.rng.random() < foreign:
            country = self.rng.choice(V.IBAN_COUNTRIES)
        return ("IBAN_CODE", V.write_iban(self.rng, V.iban(self.rng, country)))

    def email(self, first: str | None = None, last: str | None = None) -> tuple[str, str]:
        if first is None:
            _, first, last = self.person()
        return ("EMAIL_ADDRESS", V.email(self.rng, first, last, MAIL_DOMAINS[self.lang]))

    def ip(self, v6: float = 0.2) -> tuple[str, str]:
        return ("IP_ADDRESS", V.ip_any(self.rng, v6))

    def ssn(self, bare_ok: bool = False) -> tuple[str, str]:
        return ("US_SSN", V.write_ssn(self.rng, V.ssn(self.rng), bare_ok))

    # look-alikes
    def date(self) -> str:
        return fmt_date(self.rng, self.lang, self.region)

    def price(self) -> str:
        return fmt_price(self.rng, self.lang)

    def lookalike(self) -> tuple[str, str]:
        """(label in the page's language, a number a scrubber could take for a value)."""
        rng, lex = self.rng, self.lex
        kind = rng.randrange(16)
        if kind == 15:
            digits = "".join(rng.choice("0123456789") for _ in range(12))
            check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits)) % 10) % 10
            return "EAN", f"{digits}{check}"
        if kind == 14:
            return lex["date"], f"{self.date()} {rng.randint(6, 22):02d}:{rng.choice(['00', '15', '30', '45'])}"
        if kind == 13:
            year = rng.randint(1998, 2022)
            return lex["ref"], f"{year}–{year + rng.randint(1, 6)} / {rng.randint(1, 40)}"
        if kind == 12:
            return "App", f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}.{rng.randint(1, 250)}"
        if kind == 11:
            return lex["cust"], V.loyalty_number(rng)
        if kind == 0:
            return lex["date"], self.date()
        if kind == 1:
            return lex["amt"], self.price()
        if kind == 2:
            return lex["ref"], rng.choice([f"{rng.randint(2019, 2027)}/{rng.randint(1000, 99999)}",
                                           f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                                           f"{rng.choice('ABKRT')}-{rng.randint(10000000, 99999999)}"])
        if kind == 3:
            return lex["cust"], rng.choice([str(rng.randint(10 ** 8, 10 ** 10)),
                                            f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"])
        if kind == 4:
            return lex["post"], rng.choice([f"{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)} {rng.randint(10, 99)}",
                                            f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"])
        if kind == 5:
            return lex["natid"], self.national_id()
        if kind == 6:
            return lex["acct"], rng.choice([f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}/{rng.randint(1000, 9999)}",
                                            str(rng.randint(10 ** 9, 10 ** 11)),
                                            V.wrong_iban(rng, IBAN_HOME.get(self.region, "DE"))])
        if kind == 7:
            return lex["card"], rng.choice([V.masked_card(rng), V.bad_luhn_card(rng)])
        if kind == 8:
            return "IMEI", V.imei(rng)
        if kind == 9:
            return "ISBN", f"978-{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}"
        return "GPS", f"{rng.uniform(-60, 70):.5f}, {rng.uniform(-120, 150):.5f}"

    def national_id(self) -> str:
        rng = self.rng
        r = self.region
        if r in ("DE",):
            return str(rng.randint(10 ** 10, 10 ** 11 - 1))
        if r in ("FR", "BE"):
            return f"{rng.choice('12')} {rng.randint(40, 99)} {rng.randint(1, 12):02d} {rng.randint(10, 95)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10, 97)}"
        if r == "ES":
            return f"{rng.randint(10 ** 7, 10 ** 8 - 1)}{rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"
        if r == "SE":
            return f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1000, 9999)}"
        if r in ("RU",):
            return f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)} {rng.randint(10, 99)}"
        if r == "KR":
            return f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 2)}{rng.randint(100000, 999999)}"
        if r == "IN":
            return f"{rng.randint(2000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        if r == "CN":
            return f"{rng.randint(110000, 659999)}{rng.randint(1960, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(100, 999)}{rng.choice('0123456789X')}"
        return str(rng.randint(10 ** 8, 10 ** 9 - 1))

    # labels
    def label(self, key: str, value_follows: bool = True) -> str:
        """A label as pages write it: as is, capitals, no colon, bold, a non-breaking space or a
        line break before the value."""
        rng = self.rng
        word = self.lex.get(key, key)
        style = rng.random()
        if style < 0.12 and word.isascii():
            word = word.upper()
        roll = rng.random()
        if roll < 0.45:
            return f"{word}: "
        if roll < 0.55:
            return f"{word} "
        if roll < 0.65:
            return f"**{word}:** "
        if roll < 0.75:
            return f"{word}:&nbsp;"
        if roll < 0.85:
            return f"{word}:<br>\n"
        if roll < 0.92:
            return f"{word}\n"
        return f"<b>{word}</b> "


KEY_OF = {"PHONE_NUMBER": "ph", "EMAIL_ADDRESS": "em", "IBAN_CODE": "iban", "CREDIT_CARD": "card",
          "IP_ADDRESS": "IP", "US_SSN": "SSN"}


# --- registers written in many languages: title | two register words, per language -----------------

REG_WORDS = {
    "airline_refund_request": {
        "de": "Erstattungsantrag – Flugannullierung|Buchungscode|Ticketnummer",
        "fr": "Demande de remboursement – vol annulé|Code de réservation|N° de billet",
        "es": "Solicitud de reembolso – vuelo cancelado|Localizador|N.º de billete",
        "it": "Richiesta di rimborso – volo cancellato|Codice prenotazione|N. biglietto",
        "ja": "払い戻し申請書（欠航）|予約番号|航空券番号",
        "zh": "退票退款申请（航班取消）|订座记录|客票号",
        "ko": "환불 신청서 (결항)|예약번호|항공권 번호",
        "ar": "طلب استرداد – رحلة ملغاة|رمز الحجز|رقم التذكرة",
        "tr": "İade talebi – iptal edilen uçuş|Rezervasyon kodu|Bilet no",
    },
    "hospital_admission_sheet": {
        "fr": "Fiche d'admission – service de chirurgie|N° de chambre|N° de dossier",
        "de": "Aufnahmebogen – Station 4B|Zimmer|Fallnummer",
        "ru": "Лист госпитализации – терапевтическое отделение|Палата|№ истории болезни",
        "uk": "Лист госпіталізації – хірургічне відділення|Палата|№ медичної карти",
        "ar": "استمارة دخول المستشفى – قسم الباطنة|رقم الغرفة|رقم الملف الطبي",
        "fa": "برگه پذیرش بیمار – بخش جراحی|شماره اتاق|شماره پرونده پزشکی",
        "hi": "भर्ती फ़ॉर्म – सामान्य वार्ड|कमरा सं.|पंजीकरण सं.",
        "th": "แบบฟอร์มรับผู้ป่วยใน – หอผู้ป่วยศัลยกรรม|ห้อง|เลขที่เวชระเบียน",
        "he": "טופס קבלה לאשפוז – מחלקה פנימית|חדר|מס' תיק",
    },
    "church_donation_record": {
        "de": "Zuwendungsbestätigung – Kirchengemeinde St. Martin|Spendenzweck|Quittungsnr.",
        "it": "Ricevuta di offerta – Parrocchia San Lorenzo|Causale|N. ricevuta",
        "pl": "Potwierdzenie darowizny – Parafia św. Jadwigi|Cel darowizny|Nr pokwitowania",
        "es": "Certificado de donativo – Parroquia de San Roque|Destino|N.º de recibo",
        "pt": "Recibo de donativo – Paróquia de São Vicente|Finalidade|N.º do recibo",
        "nl": "Giftenoverzicht – Parochie H. Bavo|Doel|Ontvangstnr.",
        "fr": "Reçu fiscal de don – Paroisse Saint-Éloi|Affectation|N° de reçu",
    },
    "flat_handover_protocol": {
        "de": "Wohnungsübergabeprotokoll|Zählerstand Strom|Schlüssel Nr.",
        "pl": "Protokół zdawczo-odbiorczy mieszkania|Stan licznika prądu|Klucz nr",
        "cs": "Předávací protokol bytu|Stav elektroměru|Klíč č.",
        "nl": "Opleveringsrapport huurwoning|Meterstand stroom|Sleutel nr.",
        "sv": "Besiktningsprotokoll vid utflyttning|Elmätarställning|Nyckel nr",
        "bg": "Приемо-предавателен протокол за апартамент|Показания на електромера|Ключ №",
    },
    "casino_withdrawal_kyc": {
        "ru": "Заявка на вывод средств – проверка личности|ID игрока|Номер заявки",
        "uk": "Заявка на виведення коштів – верифікація|ID гравця|Номер заявки",
        "tr": "Para çekme talebi – kimlik doğrulama|Oyuncu ID|Talep no",
        "el": "Αίτημα ανάληψης – επαλήθευση στοιχείων|ID παίκτη|Αρ. αιτήματος",
        "fi": "Kotiutuspyyntö – henkilöllisyyden tarkistus|Pelaajatunnus|Pyynnön nro",
        "sv": "Uttagsbegäran – identitetskontroll|Spelar-ID|Ärendenr",
        "de": "Auszahlungsantrag – Identitätsprüfung|Spieler-ID|Antragsnr.",
    },
    "scuba_course_registration": {
        "th": "ใบสมัครหลักสูตรดำน้ำ Open Water|รหัสหลักสูตร|เลขที่ใบรับรอง",
        "el": "Αίτηση εγγραφής σε σχολή κατάδυσης|Κωδ. σεμιναρίου|Αρ. πιστοποίησης",
        "es": "Inscripción al curso de buceo|Código del curso|N.º de certificación",
        "it": "Iscrizione al corso sub|Codice corso|N. brevetto",
        "pt": "Inscrição no curso de mergulho|Código do curso|N.º de certificação",
        "vi": "Đăng ký khóa học lặn biển|Mã khóa học|Số chứng chỉ",
    },
    "driving_test_booking": {
        "sv": "Bokningsbekräftelse – körprov|Bokningsnummer|Provplats",
        "fi": "Ajokoevaraus – vahvistus|Varausnumero|Koepaikka",
        "nl": "Bevestiging praktijkexamen rijbewijs|Reserveringsnummer|Examenlocatie",
        "pl": "Potwierdzenie zapisu na egzamin praktyczny|Nr rezerwacji|Ośrodek egzaminacyjny",
        "cs": "Potvrzení termínu závěrečné zkoušky v autoškole|Č. rezervace|Zkušební místo",
        "de": "Terminbestätigung Fahrprüfung|Buchungsnummer|Prüfort",
    },
    "seller_payout_report": {
        "de": "Auszahlungsbericht für Verkäufer|Auszahlungs-ID|Bestellungen",
        "fr": "Relevé de versement vendeur|ID de versement|Commandes",
        "es": "Informe de pagos al vendedor|ID de pago|Pedidos",
        "it": "Rendiconto pagamenti venditore|ID pagamento|Ordini",
        "nl": "Uitbetalingsoverzicht verkoper|Uitbetalings-ID|Bestellingen",
        "pl": "Raport wypłat dla sprzedawcy|ID wypłaty|Zamówienia",
        "pt": "Relatório de pagamentos ao vendedor|ID do pagamento|Encomendas",
    },
    "craft_fair_stall_application": {
        "fr": "Inscription exposant – Marché de Noël artisanal|Emplacement|N° SIRET",
        "de": "Standanmeldung Kunsthandwerkermarkt|Standplatz|Gewerbe-Nr.",
        "it": "Domanda di partecipazione – Mercatino dell'artigianato|Posteggio|Partita IVA",
        "nl": "Aanmelding standhouder ambachtsmarkt|Standplaats|KvK-nummer",
        "cs": "Přihláška prodejce – řemeslný jarmark|Stánek č.|IČO",
        "bg": "Заявка за щанд – занаятчийски базар|Щанд №|ЕИК",
    },
    "home_insurance_renewal": {
        "de": "Beitragsrechnung Hausratversicherung|Versicherungsschein-Nr.|Versicherungssumme",
        "fr": "Avis d'échéance – assurance habitation|N° de contrat|Capital assuré",
        "it": "Avviso di rinnovo – polizza casa|N. polizza|Massimale",
        "es": "Aviso de renovación – seguro de hogar|N.º de póliza|Capital asegurado",
        "nl": "Premienota woonverzekering|Polisnummer|Verzekerd bedrag",
        "pl": "Wezwanie do zapłaty składki – ubezpieczenie mieszkania|Nr polisy|Suma ubezpieczenia",
        "pt": "Aviso de renovação – seguro multirriscos habitação|N.º da apólice|Capital seguro",
        "el": "Ειδοποίηση ανανέωσης – ασφάλεια κατοικίας|Αρ. συμβολαίου|Ασφαλιζόμενο κεφάλαιο",
    },
    "school_meal_account": {
        "fi": "Kouluruokailun tiliote|Oppilasnumero|Ateriat",
        "sv": "Kontoutdrag skolmåltider|Elevnummer|Måltider",
        "nl": "Overzicht overblijfgeld schoolmaaltijden|Leerlingnummer|Maaltijden",
        "de": "Kontoauszug Schulmensa|Schülernummer|Essen",
        "he": "דף חשבון – ארוחות צהריים בבית הספר|מס' תלמיד|ארוחות",
        "cs": "Vyúčtování školního stravování|Č. strávníka|Obědy",
    },
    "parking_permit_application": {
        "he": "בקשה לתו חניה לתושב|מספר רכב|אזור חניה",
        "ar": "طلب تصريح وقوف للسكان|رقم اللوحة|المنطقة",
        "fa": "درخواست مجوز پارک ساکنین|شماره پلاک|منطقه",
        "ko": "거주자 우선주차 신청서|차량번호|구획번호",
        "ja": "月極駐車場 利用申込書|車両番号|区画番号",
        "zh": "小区居民停车证申请表|车牌号|车位号",
        "tr": "Sakin park izni başvurusu|Plaka|Bölge",
    },
    "tuition_payment_receipt": {
        "zh": "学费缴费收据|学号|学期",
        "ja": "授業料納付領収書|学籍番号|学期",
        "ko": "등록금 납부 영수증|학번|학기",
        "hi": "शुल्क भुगतान रसीद|नामांकन सं.|सत्र",
        "th": "ใบเสร็จรับเงินค่าเล่าเรียน|รหัสนักศึกษา|ภาคการศึกษา",
        "vi": "Biên lai nộp học phí|Mã sinh viên|Học kỳ",
        "ar": "إيصال سداد الرسوم الدراسية|الرقم الجامعي|الفصل الدراسي",
        "ru": "Квитанция об оплате обучения|Номер студенческого|Семестр",
    },
}

# which values each register carries (keys of `field_value`)
REG_FIELDS = {
    "airline_refund_request": ["ph", "card", "card", "iban", "mob", "ip", "em"],
    "hospital_admission_sheet": ["ph", "mob", "emerg", "card", "emerg", "em"],
    "church_donation_record": ["iban", "card", "ph", "iban", "card", "em"],
    "flat_handover_protocol": ["mob", "ph", "iban", "emerg", "em"],
    "casino_withdrawal_kyc": ["card", "ip", "card", "iban", "ip", "mob", "em"],
    "scuba_course_registration": ["mob", "card", "emerg", "card", "ph", "em"],
    "driving_test_booking": ["mob", "card", "ip", "ph", "card", "em"],
    "seller_payout_report": ["iban", "ip", "ph", "card", "iban", "em"],
    "craft_fair_stall_application": ["ph", "mob", "fax", "iban", "card", "em"],
    "home_insurance_renewal": ["iban", "card", "ph", "fax", "ip", "em"],
    "school_meal_account": ["iban", "mob", "card", "ph", "ip", "em"],
    "parking_permit_application": ["mob", "card", "ph", "card", "ip", "em"],
    "tuition_payment_receipt": ["card", "ip", "card", "ph", "mob", "card", "em"],
}


def register_words(rng, register: str, lang: str) -> tuple[str, str, str]:
    title, a, b = REG_WORDS[register][lang].split("|")
    return title, a, b


def extra_value(rng, p: Page, which: int) -> str:
    """The value of a register word (booking code, room, receipt number ...): never PII."""
    if which == 0:
        return rng.choice([
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
            f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}",
            f"{rng.randint(10 ** 6, 10 ** 7)}"])
    return rng.choice([
        f"{rng.randint(100, 999)}-{rng.randint(10 ** 9, 10 ** 10 - 1)}",
        f"{rng.randint(2024, 2027)}-{rng.randint(1, 99999):05d}",
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
        f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        f"{rng.choice('ABCFKMRTWZ')}{rng.randint(10 ** 8, 10 ** 9 - 1)}"])


def field_value(p: Page, key: str, strip: bool = False):
    """(label key, value) for a register field; `strip`: written so its shape alone tells."""
    rng = p.rng
    if key in ("ph", "mob", "fax", "emerg"):
        if strip:
            number = V.phone(rng, p.region if rng.random() < 0.6 else rng.choice(OTHER_REGIONS))
            return key, ("PHONE_NUMBER", V.fmt_e164(number) if rng.random() < 0.5 else V.fmt_intl(number))
        return key, p.phone(mobile=key in ("mob", "emerg"), ext=0.25 if key == "ph" else 0)
    if key == "em":
        return key, p.email()
    if key == "iban":
        return key, p.iban()
    if key == "card":
        return key, p.card(sep=" " if strip else None)
    if key == "ip":
        return "IP", p.ip()
    raise ValueError(key)


def label_word(p: Page, key: str) -> str:
    return p.lex.get(key, key)


def lay_lines(p: Page, d: V.Doc, register: str) -> None:
    rng = p.rng
    title, word_a, word_b = register_words(rng, register, p.lang)
    shown, first, last = p.person()
    d.add(f"{title}\n", f"{p.label('date')}{p.date()}\n", f"{word_a}: {extra_value(rng, p, 0)}\n\n")
    d.add(f"{p.label('name')}{shown}\n")
    fields = REG_FIELDS[register][:]
    rng.shuffle(fields)
    for i, key in enumerate(fields):
        if rng.random() < 0.4:
            label, value = p.lookalike()
            d.add(f"{label}: {value}\n")
        lkey, value = field_value(p, key)
        if lkey == "em" and rng.random() < 0.5:
            value = ("EMAIL_ADDRESS", V.email(rng, first, last, MAIL_DOMAINS[p.lang]))
        roll = rng.random()
        if lkey == "ph" and roll < 0.15:
            second = field_value(p, "fax")[1]
            d.add(f"{label_word(p, 'ph')}/{label_word(p, 'fax')}: ").val(*value).add(" / ").val(*second).add("\n")
        elif roll < 0.25:
            d.val(*value).add(f" ({label_word(p, lkey)})\n")
        else:
            d.add(p.label(lkey)).val(*value).add("\n")
    d.add(f"{word_b}: {extra_value(rng, p, 1)}\n")
    if rng.random() < 0.5:
        label, value = p.lookalike()
        d.add(f"{label}: {value}\n")


def cell_rows(p: Page, register: str, n: int):
    rng = p.rng
    title, word_a, _ = register_words(rng, register, p.lang)
    keys = [k for k in dict.fromkeys(REG_FIELDS[register]) if k != "em"][:3]
    header = [label_word(p, "name"), word_a] + [label_word(p, k) if k != "ip" else "IP" for k in keys] + [label_word(p, "date")]
    rows = []
    for _ in range(n):
        shown, _, _ = p.person()
        cells = [shown, extra_value(rng, p, 0)]
        for k in keys:
            cells.append(field_value(p, k)[1])
        cells.append(p.date())
        rows.append(cells)
    return title, header, rows


def write_table(p: Page, d: V.Doc, header, rows) -> None:
    rng = p.rng
    style = rng.choice(["pipe", "csv", "tab", "fixed", "html"])
    if style == "html":
        d.add("<table>\n<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>\n")
        for row in rows:
            d.add("<tr>")
            for cell in row:
                d.add("<td>").put(cell).add("</td>")
            d.add("</tr>\n")
        d.add("</table>\n")
        return
    sep = {"pipe": " | ", "csv": ";" if p.lang not in ("en",) and rng.random() < 0.5 else ",", "tab": "\t", "fixed": "  "}[style]
    width = [max(len(h), *(len(c[1] if isinstance(c, tuple) else c) for c in col)) for h, col in zip(header, zip(*rows))]
    def line(cells):
        for i, cell in enumerate(cells):
            if i:
                d.add(sep)
            text = cell[1] if isinstance(cell, tuple) else cell
            if style == "csv" and ("," in text or ";" in text):
                d.add('"').put(cell).add('"')
            else:
                d.put(cell)
            if style == "fixed" and i < len(cells) - 1:
                d.add(" " * (width[i] - len(text)))
        d.add("\n")
    if style == "pipe":
        d.add("| ")
    line(header)
    if style == "pipe":
        d.add("|" + "|".join("-" * (w + 2) for w in width) + "|\n")
    if style == "fixed":
        d.add("  ".join("-" * w for w in width) + "\n")
    for row in rows:
        if style == "pipe":
            d.add("| ")
        line(row)


def lay_table(p: Page, d: V.Doc, register: str) -> None:
    rng = p.rng
    title, header, rows = cell_rows(p, register, rng.randint(3, 6))
    d.add(f"{title}\n{p.date()}\n\n")
    write_table(p, d, header, rows)
    label, value = p.lookalike()
    d.add(f"\n{label}: {value}  ·  {p.lex['amt']}: {p.price()}\n")


def lay_prose(p: Page, d: V.Doc, register: str) -> None:
    rng, lex = p.rng, p.lex
    title, word_a, word_b = register_words(rng, register, p.lang)
    shown, _, _ = p.person()
    d.add(f"{lex['hello']},\n\n{title} – {word_a} {extra_value(rng, p, 0)}, {p.date()}.\n")
    fields = REG_FIELDS[register][:]
    rng.shuffle(fields)
    used = set()
    for key in fields[:4]:
        lkey, value = field_value(p, key)
        template = {"ph": "call", "mob": "call", "fax": "call", "emerg": "call", "em": "mail", "iban": "wire",
                    "card": "paid"}.get(lkey)
        if template is None:
            d.add("IP ").val(*value).add(f" – {p.date()}\n")
            continue
        if template in used:  # a second value of a kind: a label line, not the same sentence again
            d.add(p.label(lkey)).val(*value).add("\n")
            continue
        used.add(template)
        before, after = lex[template].split("{v}")
        if rng.random() < 0.3:
            label, neg = p.lookalike()
            d.add(f"({label} {neg}) ")
        d.add(before).val(*value).add(after + "\n")
    d.add(f"\n{lex['bye']},\n{shown}\n")
    if rng.random() < 0.6:
        lkey, value = field_value(p, "mob")
        d.val(*value).add("\n")
    d.add(f"{word_b}: {extra_value(rng, p, 1)}\n")


def lay_strip(p: Page, d: V.Doc, register: str) -> None:
    rng = p.rng
    title, word_a, _ = register_words(rng, register, p.lang)
    shown, _, _ = p.person()
    d.add(f"{title}\n{shown} · {word_a} {extra_value(rng, p, 0)}\n")
    items = []
    for key in REG_FIELDS[register][:4]:
        items.append(field_value(p, key, strip=True)[1])
    items.append(p.date())
    items.append(p.lookalike()[1])
    rng.shuffle(items)
    sep = rng.choice([" · ", " | ", " — ", "<br>", " / ", "  "])
    for i, item in enumerate(items):
        if i:
            d.add(sep)
        d.put(item)
    d.add("\n")


MULTI_LAYOUTS = [lay_lines, lay_lines, lay_table, lay_prose, lay_strip]


# --- US pages ----------------------------------------------------------------------------------

US_WORDS = {
    "en": {"ssn": ["SSN", "SSN#", "Soc. Sec. No.", "Social Security Number", "SOCIAL SECURITY NO.", "SS#",
                   "Social Security #", "Taxpayer SSN", "SSN (9 digits)"],
           "sent": ["my social is {v} if you need it", "His SSN is {v}, I double-checked.",
                    "the social on the old file was {v}", "Use social security number {v} for the co-borrower."],
           "dob": "DOB", "ein": "EIN", "itin": "ITIN", "routing": "Routing #", "zip": "ZIP+4", "case": "Case No.",
           "loan": "Loan #", "member": "Member ID", "last4": "SSN (last 4)", "family": ["Spouse", "Dependent"], "invalid": "Invalid SSN (rejected by SSA)", "chat": ["me", "agent"]},
    "es": {"ssn": ["Número de Seguro Social", "N.º de Seguro Social", "SSN", "Núm. de Seguro Social (SSN)"],
           "sent": ["mi número de seguro social es {v}", "el seguro social de mi esposo es {v}"],
           "dob": "Fecha de nacimiento", "ein": "EIN del empleador", "itin": "ITIN", "routing": "N.º de ruta bancaria",
           "zip": "Código postal", "case": "N.º de caso", "loan": "N.º de préstamo", "member": "N.º de socio",
           "last4": "últimos 4 del SSN", "family": ["Cónyuge", "Dependiente"], "invalid": "SSN no válido (rechazado)", "chat": ["yo", "agente"]},
    "zh": {"ssn": ["社会安全号码", "社安号", "SSN 社会安全号"], "sent": ["我的社安号是 {v}，请核对。", "他的社会安全号码是 {v}。"],
           "dob": "出生日期", "ein": "雇主识别号 EIN", "itin": "ITIN 个人报税号", "routing": "银行路由号", "zip": "邮编",
           "case": "案件编号", "loan": "贷款编号", "member": "会员号", "last4": "社安号后四位", "family": ["配偶", "受抚养人"], "invalid": "无效社安号（被拒）", "chat": ["我", "客服"]},
    "ko": {"ssn": ["사회보장번호", "SSN", "사회보장번호(SSN)"], "sent": ["제 사회보장번호는 {v} 입니다.", "남편 SSN은 {v} 이에요."],
           "dob": "생년월일", "ein": "고용주 EIN", "itin": "ITIN", "routing": "은행 라우팅 번호", "zip": "우편번호",
           "case": "사건번호", "loan": "대출번호", "member": "회원번호", "last4": "SSN 끝 4자리", "family": ["배우자", "부양가족"], "invalid": "무효 SSN (거부됨)", "chat": ["나", "상담원"]},
    "vi": {"ssn": ["Số An sinh Xã hội", "SSN", "Số ASXH"], "sent": ["số an sinh xã hội của tôi là {v}", "SSN của chồng tôi là {v}."],
           "dob": "Ngày sinh", "ein": "EIN chủ lao động", "itin": "ITIN", "routing": "Số định tuyến ngân hàng",
           "zip": "Mã ZIP", "case": "Số hồ sơ", "loan": "Số khoản vay", "member": "Mã hội viên", "last4": "4 số cuối SSN",
           "family": ["Vợ/chồng", "Người phụ thuộc"], "invalid": "SSN không hợp lệ (bị từ chối)", "chat": ["tôi", "nhân viên"]},
}

US_REG = {
    "boat_registration_renewal": ({
        "en": "Vessel Registration Renewal – Department of Natural Resources|Hull ID (HIN)|Registration No.",
        "es": "Renovación del registro de embarcación|N.º de casco (HIN)|N.º de registro"},
        ["ssn", "ph", "card", "ssn", "card", "em", "ssn"]),
    "notary_journal": ({"en": "Notary Public Journal – Entry|Document type|Journal entry no."},
                       ["ssn", "ph", "ssn", "ssn", "em"]),
    "court_efiling_receipt": ({"en": "County Court e-Filing Receipt|Envelope #|Filing fee"},
                              ["card", "ssn", "ip", "ph", "ssn", "card", "ip", "em"]),
    "mortgage_closing_disclosure": ({"en": "Closing Disclosure – Loan Terms|Loan ID #|Closing costs"},
                                    ["ssn", "ssn", "ph", "ssn", "card", "ssn"]),
    "funeral_death_certificate_worksheet": ({
        "en": "Funeral Home – Death Certificate Worksheet|Decedent's name|Permit no.",
        "es": "Funeraria – Hoja de datos para el acta de defunción|Nombre del difunto|N.º de permiso"},
        ["ssn", "ssn", "ph", "ssn", "ph", "em"]),
    "wireless_activation_receipt": ({
        "en": "Wireless Service Activation – Credit Check|Order #|IMEI",
        "es": "Activación de servicio móvil – verificación de crédito|N.º de pedido|IMEI",
        "zh": "手机服务开通 – 信用审核|订单号|IMEI", "ko": "휴대폰 개통 – 신용 조회|주문번호|IMEI",
        "vi": "Kích hoạt dịch vụ di động – kiểm tra tín dụng|Mã đơn hàng|IMEI"},
        ["ssn", "ph", "card", "ssn", "card", "ip", "ssn"]),
    "firearm_transfer_record": ({"en": "Firearm Transfer Record (dealer copy)|Serial number|NICS transaction #"},
                                ["ssn", "ph", "ssn", "ssn", "ip"]),
    "employment_application": ({
        "en": "Application for Employment|Position applied for|Applicant #",
        "es": "Solicitud de empleo|Puesto solicitado|N.º de solicitante",
        "zh": "工作申请表|申请职位|申请编号", "ko": "입사 지원서|지원 직무|지원번호",
        "vi": "Đơn xin việc|Vị trí ứng tuyển|Mã ứng viên"},
        ["ssn", "ph", "ssn", "em", "ssn", "ph"]),
    "restitution_payment_coupon": ({"en": "Court-Ordered Restitution – Payment Coupon|Docket No.|Balance due"},
                                   ["ssn", "card", "ph", "ssn", "card", "ssn", "card"]),
}


def us_lookalike(p: Page, w: dict) -> tuple[str, str]:
    rng = p.rng
    kind = rng.randrange(11)
    if kind == 9:
        return w["invalid"], V.bad_ssn(rng)
    if kind == 10:
        return w["member"], V.loyalty_number(rng)
    if kind == 0:
        return w["ein"], V.ein(rng)
    if kind == 1:
        return w["itin"], V.itin(rng)
    if kind == 2:
        return w["routing"], rng.choice(V.ABA)
    if kind == 3:
        return w["zip"], f"{rng.randint(10000, 99950)}-{rng.randint(1000, 9999)}"
    if kind == 4:
        return w["loan"], rng.choice([str(rng.randint(10 ** 8, 10 ** 9 - 1)), f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1, 9)}"])
    if kind == 5:
        return w["member"], f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    if kind == 6:
        return w["last4"], rng.choice([f"XXX-XX-{rng.randint(1000, 9999)}", f"***-**-{rng.randint(1000, 9999)}", str(rng.randint(1000, 9999))])
    if kind == 7:
        return w["dob"], fmt_dob(rng)
    return w["case"], rng.choice([f"{rng.randint(2019, 2026)}-CV-{rng.randint(1000, 99999):06d}", f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"])


def us_value(p: Page, key: str, bare_ok: bool):
    if key == "ssn":
        return p.ssn(bare_ok)
    if key == "ph":
        return p.phone(home=p.rng.random() < 0.9, ext=0.15)
    if key == "em":
        return p.email()
    if key == "card":
        return p.card()
    if key == "ip":
        return p.ip()
    raise ValueError(key)


def us_label(p: Page, w: dict, key: str) -> str:
    if key == "ssn":
        return p.rng.choice(w["ssn"])
    if key == "ip":
        return "IP"
    return p.lex[key]


def us_form(p: Page, d: V.Doc, register: str) -> None:
    rng = p.rng
    words, fields = US_REG[register]
    title, word_a, word_b = words[p.lang].split("|")
    w = US_WORDS[p.lang]
    shown, _, _ = p.person()
    d.add(f"{title.upper() if rng.random() < 0.3 else title}\n{p.lex['date']}: {p.date()}\n{word_a}: {extra_value(rng, p, 0)}\n")
    d.add(f"{p.lex['name']}: {shown}   {w['dob']}: {fmt_dob(rng)}\n")
    for key in fields:
        if rng.random() < 0.5:
            label, value = us_lookalike(p, w)
            d.add(f"{label}: {value}\n")
        value = us_value(p, key, bare_ok=True)
        label = us_label(p, w, key)
        roll = rng.random()
        if roll < 0.15:
            d.val(*value).add(f"  ({label})\n")
        elif roll < 0.3:
            d.add(f"[ ] {label}   [x] ").val(*value).add("\n")
        else:
            d.add(p.label(key) if key not in ("ssn", "ip") else rng.choice([f"{label}: ", f"{label} ", f"{label}:&nbsp;", f"{label}:<br>\n", f"<td>{label}</td><td>"])).val(*value).add("\n")
    if rng.random() < 0.85:
        spouse, dependent = w["family"]
        for k in range(rng.randint(1, 3)):
            shown, _, _ = p.person()
            who = spouse if k == 0 else f"{dependent} {k}"
            ssn_label = rng.choice(w["ssn"])
            d.add(f"{who}: {shown}, {ssn_label} ").val(*p.ssn(bare_ok=True)).add(f", {w['dob']} {fmt_dob(rng)}\n")
    d.add(f"{word_b}: {extra_value(rng, p, 1)}\n")


def us_table(p: Page, d: V.Doc, register: str) -> None:
    rng = p.rng
    words, fields = US_REG[register]
    title, word_a, _ = words[p.lang].split("|")
    w = US_WORDS[p.lang]
    keys = ["ssn"] + [k for k in dict.fromkeys(fields) if k not in ("ssn", "em")][:1]
    neg_label = rng.choice(["ein", "routing", "member", "loan", "zip"])
    header = [p.lex["name"], rng.choice(w["ssn"])] + [us_label(p, w, k) for k in keys[1:]] + [w[neg_label], w["dob"]]
    rows = []
    for _ in range(rng.randint(3, 7)):
        shown, _, _ = p.person()
        cells = [shown] + [us_value(p, k, bare_ok=True) for k in keys]
        neg = {"ein": V.ein(rng), "routing": rng.choice(V.ABA), "member": str(rng.randint(10 ** 8, 10 ** 9 - 1)),
               "loan": str(rng.randint(10 ** 8, 10 ** 9 - 1)), "zip": f"{rng.randint(10000, 99950)}-{rng.randint(1000, 9999)}"}[neg_label]
        cells += [neg, fmt_dob(rng)]
        rows.append(cells)
    d.add(f"{title}\n{word_a}: {extra_value(rng, p, 0)}\n\n")
    write_table(p, d, header, rows)


def us_letter(p: Page, d: V.Doc, register: str) -> None:
    rng = p.rng
    words, fields = US_REG[register]
    title, word_a, word_b = words[p.lang].split("|")
    w = US_WORDS[p.lang]
    shown, _, _ = p.person()
    d.add(f"{p.lex['hello']} {shown},\n\n{title}. {word_a}: {extra_value(rng, p, 0)}.\n")
    for key in fields:
        value = us_value(p, key, bare_ok=key == "ssn")
        if key == "ssn":
            before, after = rng.choice(w["sent"]).split("{v}")
            label, neg = us_lookalike(p, w)
            d.add(f"{label} {neg}; ").add(before).val(*value).add(after + "\n")
        elif key == "ip":
            d.add("IP ").val(*value).add(f" ({p.date()})\n")
        else:
            before, after = p.lex[{"ph": "call", "em": "mail", "card": "paid"}[key]].split("{v}")
            d.add(before).val(*value).add(after + "\n")
    d.add(f"\n{p.lex['bye']},\n{word_b}: {extra_value(rng, p, 1)}\n")


def us_chat(p: Page, d: V.Doc, register: str) -> None:
    rng = p.rng
    words, fields = US_REG[register]
    title = words[p.lang].split("|")[0]
    w = US_WORDS[p.lang]
    me, agent = w["chat"]
    hh = rng.randint(8, 20)
    d.add(f"[{title}] chat\n")
    for i, key in enumerate(fields):
        stamp = f"[{hh}:{rng.randint(10, 59)}]"
        if rng.random() < 0.5:
            label, neg = us_lookalike(p, w)
            d.add(f"{stamp} {agent}: {label}? \n{stamp} {me}: {neg}\n")
        value = us_value(p, key, bare_ok=key == "ssn")
        if key == "ssn":
            label = us_label(p, w, key)
            d.add(f"{stamp} {agent}: {label}?\n{stamp} {me}: ").val(*value).add("\n")
        else:
            d.add(f"{stamp} {me}: {us_label(p, w, key)} ").val(*value).add("\n")


def us_dump(p: Page, d: V.Doc, register: str) -> None:
    """A leaked record dump: colon combo lines, JSON lines or key=value, one person a line."""
    rng = p.rng
    style = rng.choice(["colon", "json", "kv"])
    d.add(f"# {register.replace('_', ' ')} export {fmt_date(rng, 'en', 'US')} ({rng.randint(2, 900)}k rows)\n")
    if style == "colon":
        d.add("name:ssn:dob:phone:email\n")
    for _ in range(rng.randint(3, 6)):
        _, first, last = p.person()
        s = p.ssn(bare_ok=True)
        ph = ("PHONE_NUMBER", V.write_phone(rng, V.phone(rng, "US"), True, "en"))
        em = ("EMAIL_ADDRESS", V.email(rng, first, last, MAIL_DOMAINS["en"]))
        dob = fmt_dob(rng)
        if style == "colon":
            d.add(f"{first.title()} {last.title()}:").val(*s).add(f":{dob}:").val(*ph).add(":").val(*em).add("\n")
        elif style == "json":
            d.add(f'{{"full_name": "{first.title()} {last.title()}", "ssn": "').val(*s).add(f'", "dob": "{dob}", "routing": "{rng.choice(V.ABA)}", "phone": "').val(*ph).add('", "email": "').val(*em).add('"}\n')
        else:
            d.add(f"fn={first.title()} ln={last.title()} SSN=").val(*s).add(f" ein={V.ein(rng)} tel=").val(*ph).add(" mail=").val(*em).add("\n")


def us_ocr(p: Page, d: V.Doc, register: str) -> None:
    """A scanned paper form as OCR gives it: misread labels, doubled spaces, boxes as bars; the SSNs
    keep their dashes or spaces (a bare one under a garbled label is not planted)."""
    rng = p.rng
    words, fields = US_REG[register]
    title, word_a, _ = words[p.lang].split("|")
    w = US_WORDS[p.lang]
    garble = str.maketrans({"i": "1", "l": "|", "o": "0", "S": "5", "e": "c"})
    d.add(f"{title.translate(garble) if rng.random() < 0.5 else title}\n\n{word_a}  {extra_value(rng, p, 0)}   — 1/{rng.randint(2, 4)} —\n")
    for key in fields:
        value = us_value(p, key, bare_ok=False)
        label = us_label(p, w, key)
        if rng.random() < 0.5:
            label = label.translate(garble)
        if rng.random() < 0.4:
            neg_label, neg = us_lookalike(p, w)
            d.add(f"{neg_label.translate(garble)}  |  {neg}\n")
        d.add(f"{label}  {rng.choice(['|', ':', '.', ''])}  ").val(*value).add(rng.choice(["\n", "  |\n", "   ___\n"]))
    d.add(f"\n{p.lex['date']}  {fmt_date(rng, 'en', 'US')}   ____________ / ____________\n")


US_LAYOUTS = [us_form, us_table, us_ocr, us_letter, us_chat, us_dump, us_table]


# --- machine output (language "en": the tools' own keys) ---------------------------------------

def mac(rng) -> str:
    return ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))


def hexid(rng, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def stamp(rng, style: str = "syslog") -> str:
    mon = rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    d, h, m, s = rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    if style == "syslog":
        return f"{mon} {d:2d} {h:02d}:{m:02d}:{s:02d}"
    return f"2026-{rng.randint(1, 12):02d}-{d:02d} {h:02d}:{m:02d}:{s:02d}"


def e164_anywhere(p: Page) -> tuple[str, str]:
    region = p.rng.choice(OTHER_REGIONS + ["DE", "FR", "GB", "ES", "IT", "US", "BR", "IN", "JP", "TR"])
    return ("PHONE_NUMBER", V.fmt_e164(V.phone(p.rng, region, mobile=True)))


def captive_portal_log(p: Page, d: V.Doc, variant: int) -> None:
    rng = p.rng
    if variant == 0:
        for _ in range(rng.randint(4, 7)):
            ident = e164_anywhere(p) if rng.random() < 0.6 else p.email()
            d.add(f"{stamp(rng)} hotspot-gw portald[{rng.randint(900, 9999)}]: auth {rng.choice(['ok', 'ok', 'otp_sent', 'fail'])} login=").val(*ident)
            d.add(f" mac={mac(rng)} ip=").val(*p.ip(v6=0)).add(f" ap=AP-{rng.choice(['Lobby', 'Pool', 'Conf'])}-{rng.randint(1, 12):02d} fw=6.{rng.randint(0, 4)}.{rng.randint(0, 20)}.{rng.randint(1, 99)} otp={rng.randint(100000, 999999)}\n")
    elif variant == 1:
        d.add("timestamp,method,identifier,client_ip,client_mac,nas_ip,bytes_in,bytes_out,fw\n")
        for _ in range(rng.randint(4, 8)):
            ident = e164_anywhere(p) if rng.random() < 0.5 else p.email()
            d.add(f"{stamp(rng, 'iso')},{rng.choice(['sms', 'email', 'voucher'])},").val(*ident).add(",").val(*p.ip(v6=0.15))
            d.add(f",{mac(rng)},").val("IP_ADDRESS", V.ipv4_private(rng)).add(f",{rng.randint(1000, 9 ** 9)},{rng.randint(1000, 9 ** 8)},7.2.{rng.randint(0, 9)}\n")
    else:
        for _ in range(rng.randint(3, 5)):
            d.add(f'{{"ts": "{stamp(rng, "iso")}", "guest_phone": "').val(*e164_anywhere(p)).add('", "guest_email": "').val(*p.email())
            d.add('", "framed_ip": "').val(*p.ip(v6=0)).add(f'", "nas_port": {rng.randint(1, 48)}, "session": "{hexid(rng, 16)}", "dns": "127.0.0.53", "mask": "{V.netmask(rng)}"}}\n')


def vpn_sessions(p: Page, d: V.Doc, variant: int) -> None:
    rng = p.rng
    if variant == 0:
        d.add(f"asa-edge# show vpn-sessiondb anyconnect\n\nSession Type: AnyConnect\nCisco Adaptive Security Appliance Software Version 9.{rng.randint(12, 20)}.{rng.randint(1, 4)}.{rng.randint(1, 40)}\n\n")
        for i in range(rng.randint(2, 4)):
            _, first, last = p.person()
            d.add(f"Username     : {first}.{last}        Index        : {rng.randint(100, 9999)}\nAssigned IP  : ").val("IP_ADDRESS", V.ipv4_private(rng))
            d.add("          Public IP    : ").val("IP_ADDRESS", V.ipv4_public(rng))
            d.add(f"\nProtocol     : AnyConnect-Parent SSL-Tunnel DTLS-Tunnel\nBytes Tx     : {rng.randint(10 ** 5, 10 ** 9)}     Bytes Rx     : {rng.randint(10 ** 5, 10 ** 9)}\nGroup Policy : GP-Staff    Tunnel Group : TG-{rng.randint(1, 9)}\nUser DN      : CN={first}.{last},OU=VPN Users,DC=corp,DC=example,DC=local\nLogin Time   : {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:11 CET Fri Dec 4 2026\nDuration     : {rng.randint(0, 9)}h:{rng.randint(10, 59)}m:{rng.randint(10, 59)}s\n\n")
    elif variant == 1:
        d.add("FGT-60F # get vpn ssl monitor\nSSL-VPN Login Users:\n Index  User        Auth Type   Timeout  From             HTTP in/out   HTTPS in/out\n")
        rows = []
        for i in range(rng.randint(3, 6)):
            _, first, _ = p.person()
            pub = ("IP_ADDRESS", V.ipv4_public(rng))
            d.add(f" {i}      {first:<11} 1           {rng.randint(100, 900):<8} ").val(*pub).add(f"   0/0          {rng.randint(0, 99)}/{rng.randint(0, 99)}\n")
            rows.append((first, pub))
        d.add(f"\nFortiOS v7.{rng.randint(0, 4)}.{rng.randint(1, 9)} build{rng.randint(1000, 2999)}; snmp fgVpnSslStatsLoginUsers OID 1.3.6.1.4.1.12356.101.12.2.3.1.2.{rng.randint(1, 9)}\n")
        d.add("\nSSL-VPN sessions:\n Index  User        Source IP        Duration  I/O Bytes     Tunnel/Dest IP\n")
        for i, (first, pub) in enumerate(rows):
            d.add(f" {i}      {first:<11} ").val(*pub).add(f"   {rng.randint(10, 9999):<8}  {rng.randint(10 ** 4, 10 ** 7)}/{rng.randint(10 ** 4, 10 ** 7)}  ").val("IP_ADDRESS", f"10.212.134.{rng.randint(2, 250)}").add("\n")
    else:
        d.add("# GlobalProtect gateway log (CSV)\n")
        for _ in range(rng.randint(3, 6)):
            _, first, last = p.person()
            d.add(f"2026/12/0{rng.randint(1, 9)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:0{rng.randint(0, 9)},0{rng.randint(10 ** 10, 10 ** 11 - 1)},GLOBALPROTECT,0,2561,gateway-auth,success,")
            d.val(*p.email(first, last)).add(",").val(*p.ip(v6=0.25)).add(",").val("IP_ADDRESS", V.ipv4_private(rng))
            d.add(f",Windows 11 Pro 10.0.22631,app-version 6.2.{rng.randint(0, 6)}-{rng.randint(10, 400)},{mac(rng)}\n")


def modsecurity_log(p: Page, d: V.Doc, variant: int) -> None:
    rng = p.rng
    if variant == 0:
        uid = hexid(rng, 8)
        client, server = ("IP_ADDRESS", V.ipv4_public(rng)), ("IP_ADDRESS", V.ipv4_private(rng))
        _, first, last = p.person()
        d.add(f"--{uid}-A--\n[04/Dec/2026:{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0100] X{hexid(rng, 10)} ").val(*client)
        d.add(f" {rng.randint(30000, 65000)} ").val(*server).add(f" 443\n--{uid}-B--\nPOST /checkout/pay HTTP/1.1\nHost: shop.example-store.net\nX-Forwarded-For: ").val(*p.ip(v6=0.3))
        d.add(f"\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:131.0)\n--{uid}-C--\nemail=").val(*p.email(first, last)).add("&card_number=").val(*p.card(sep=""))
        d.add(f"&exp={rng.randint(1, 12):02d}%2F{rng.randint(27, 31)}&cvv={rng.randint(100, 999)}&amount={rng.randint(10, 900)}.{rng.randint(10, 99)}\n--{uid}-H--\nMessage: Warning. Matched phrase \"card_number\" at ARGS_NAMES. [id \"920{rng.randint(100, 999)}\"] [rev \"2\"] [ver \"OWASP_CRS/4.{rng.randint(0, 9)}.0\"]\n--{uid}-Z--\n")
    elif variant == 1:
        _, first, last = p.person()
        d.add('{"transaction":{"client_ip":"').val(*p.ip(v6=0.3)).add(f'","time_stamp":"Fri Dec  4 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} 2026","server_id":"{hexid(rng, 40)}","client_port":{rng.randint(30000, 65000)},"host_ip":"').val("IP_ADDRESS", V.ipv4_private(rng))
        d.add(f'","host_port":443,"unique_id":"{rng.randint(10 ** 14, 10 ** 15)}.{rng.randint(100000, 999999)}","request":{{"method":"POST","uri":"/api/v2/orders","body":"{{\\"customer\\":{{\\"email\\":\\"').val(*p.email(first, last))
        d.add('\\",\\"phone\\":\\"').val(*e164_anywhere(p)).add('\\"},\\"payment\\":{\\"pan\\":\\"').val(*p.card(sep="")).add(f'\\",\\"last4_shown\\":\\"{V.masked_card(rng)}\\"}}}}"}},"producer":{{"modsecurity":"ModSecurity v3.0.{rng.randint(8, 13)} (Linux)","connector":"ModSecurity-nginx v1.0.3"}}}}}}\n')
    else:
        for _ in range(rng.randint(2, 4)):
            d.add(f"[Fri Dec 04 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100000, 999999)} 2026] [security2:error] [pid {rng.randint(1000, 99999)}] [client ").val(*p.ip(v6=0))
            d.add(f":{rng.randint(30000, 65000)}] ModSecurity: Warning. Pattern match at ARGS:payment[card]. [data \"Matched Data: ").val(*p.card(sep=rng.choice(["", " ", "-"])))
            d.add(f" found within ARGS:payment[card]\"] [severity \"CRITICAL\"] [hostname \"pay.example-shop.eu\"] [uri \"/pay\"] [unique_id \"Y{hexid(rng, 20)}\"]\n")


def exim_mainlog(p: Page, d: V.Doc, variant: int) -> None:
    rng = p.rng
    if variant == 0:
        for _ in range(rng.randint(2, 4)):
            mid = f"1t{hexid(rng, 4)}-{rng.randint(100000, 999999):06d}-{hexid(rng, 2).upper()}"
            d.add(f"{stamp(rng, 'iso')} {mid} <= ").val(*p.email()).add(f" H=mail{rng.randint(1, 9)}.sender-example.org [").val(*p.ip(v6=0.2))
            d.add(f"]:{rng.randint(30000, 65000)} P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S={rng.randint(2000, 90000)} id={hexid(rng, 12)}@sender-example.org\n")
            d.add(f"{stamp(rng, 'iso')} {mid} => ").val(*p.email()).add(" R=dnslookup T=remote_smtp H=mx.recipient-example.com [").val(*p.ip(v6=0))
            d.add("] X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 C=\"250 2.0.0 OK\"\n" + f"{stamp(rng, 'iso')} {mid} Completed\n")
    elif variant == 1:
        for _ in range(rng.randint(2, 5)):
            d.add(f"{stamp(rng, 'iso')} H=({rng.choice(['User', 'localhost', 'WIN-' + hexid(rng, 6).upper()])}) [").val(*p.ip(v6=0)).add(f"]:{rng.randint(30000, 65000)} I=[").val("IP_ADDRESS", V.ipv4_private(rng))
            d.add("]:25 F=<").val(*p.email()).add("> rejected RCPT <").val(*p.email()).add(f">: blocked by zen.spamhaus.org ({'.'.join(str(rng.randint(1, 254)) for _ in range(4))}.in-addr.arpa listed as 127.0.0.{rng.randint(2, 11)})\n")
    else:
        d.add("Exim statistics from 2026-12-03 00:00:07 to 2026-12-04 00:00:02\n\nTop 5 mail rejection reasons by message count\n\nTop 5 sending hosts by volume\n-----------------------------\n\n  Messages  Bytes   Host\n")
        for _ in range(rng.randint(3, 5)):
            d.add(f"  {rng.randint(1, 999):8d}  {rng.randint(10, 999)}KB   relay{rng.randint(1, 20)}.example-isp.net [").val(*p.ip(v6=0.2)).add("]\n")
        d.add("\nTop 5 local senders by message count\n-------------------------------------\n\n  Messages  Bytes   Sender\n")
        for _ in range(rng.randint(2, 4)):
            d.add(f"  {rng.randint(1, 999):8d}  {rng.randint(10, 999)}KB   ").val(*p.email()).add("\n")


def nfdump(p: Page, d: V.Doc, variant: int) -> None:
    rng = p.rng
    if variant == 0:
        d.add("Date first seen          Duration Proto      Src IP Addr:Port          Dst IP Addr:Port   Packets    Bytes Flows\n")
        for _ in range(rng.randint(4, 7)):
            src, dst = ("IP_ADDRESS", V.ipv4_private(rng)), ("IP_ADDRESS", V.ipv4_public(rng))
            if rng.random() < 0.5:
                src, dst = dst, src
            d.add(f"2026-12-04 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}     {rng.uniform(0, 90):.3f} {rng.choice(['TCP', 'UDP'])}     ")
            d.val(*src).add(f":{rng.randint(1024, 65000):<6} ->    ").val(*dst).add(f":{rng.choice([443, 53, 80, 123, 993, 22])}   {rng.randint(1, 900):>5}   {rng.randint(40, 999)} K    1\n")
        d.add(f"Summary: total flows: {rng.randint(10, 9999)}, total bytes: {rng.randint(1, 99)}.{rng.randint(1, 9)} M, avg bps: {rng.randint(1000, 99999)}\nTime window: 2026-12-04 10:00:00 - 2026-12-04 10:04:59\nIdent: ifHCInOctets 1.3.6.1.2.1.31.1.1.1.6.{rng.randint(1, 48)}  Sampling: 1:{rng.choice([100, 512, 1000])}\nnfdump 1.7.{rng.randint(1, 4)}\n")
    elif variant == 1:
        d.add("ts,te,td,sa,da,sp,dp,pr,flg,ipkt,ibyt,in\n")
        for _ in range(rng.randint(4, 7)):
            d.add(f"2026-12-04 10:{rng.randint(10, 59)}:{rng.randint(10, 59)},2026-12-04 10:{rng.randint(10, 59)}:{rng.randint(10, 59)},{rng.uniform(0, 99):.3f},").val(*p.ip(v6=0.25)).add(",").val(*p.ip(v6=0))
            d.add(f",{rng.randint(1024, 65000)},{rng.choice([443, 53, 80, 3389])},{rng.choice(['TCP', 'UDP'])},.AP.SF,{rng.randint(1, 99)},{rng.randint(40, 99999)},{rng.randint(1, 9)}\n")
    else:
        d.add("Top 10 Src IP Addr ordered by flows:\nDate first seen          Duration Proto       Src IP Addr    Flows(%)     Packets(%)       Bytes(%)         pps      bps   bpp\n")
        for _ in range(rng.randint(4, 8)):
            d.add(f"2026-12-04 09:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}   {rng.uniform(100, 300):.3f} any      ").val(*p.ip(v6=0.1))
            d.add(f"   {rng.randint(10, 999)}( {rng.uniform(0, 9):.1f})    {rng.randint(1000, 99999)}( {rng.uniform(0, 9):.1f})   {rng.randint(1, 99)}.{rng.randint(1, 9)} M( {rng.uniform(0, 9):.1f})   {rng.randint(1, 999)}   {rng.randint(1, 999)} k  {rng.randint(40, 1500)}\n")
        d.add("\nSummary: total flows: 8541, total bytes: 1.2 G, total packets: 1.4 M, avg bps: 33.6 M, avg pps: 4712, avg bpp: 889\n")


def mikrotik_export(p: Page, d: V.Doc, variant: int) -> None:
    rng = p.rng
    ver = f"7.{rng.randint(10, 16)}.{rng.randint(1, 3)}"
    if variant == 0:
        gw = V.ipv4_private(rng)
        d.add(f"# 2026-12-04 10:{rng.randint(10, 59)}:{rng.randint(10, 59)} by RouterOS {ver}\n# software id = {hexid(rng, 4).upper()}-{hexid(rng, 4).upper()}\n# model = RB5009UG+S+\n/ip address\nadd address=").val("IP_ADDRESS", gw)
        d.add("/24 interface=bridge-lan\nadd address=").val("IP_ADDRESS", V.ipv4_public(rng)).add(f"/{rng.choice([29, 30, 28])} interface=ether1-wan\n/ip dns\nset allow-remote-requests=yes servers=").val(*p.ip(v6=0)).add(",").val(*p.ip(v6=0))
        d.add("\n/ip route\nadd dst-address=0.0.0.0/0 gateway=").val("IP_ADDRESS", V.ipv4_public(rng)).add(f"\n/snmp community\nset [ find default=yes ] name=monitor{rng.randint(1, 99)}\n/system identity\nset name=\"branch-{rng.randint(1, 40)}\"\n/system note\nset note=\"NOC on call: ").val(*e164_anywhere(p))
        d.add(" / noc mail: ").val(*p.email()).add(f"\"\n/snmp\nset enabled=yes location=\"rack {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}\" trap-version=2\n# installed-version: {ver}\n")
    elif variant == 1:
        d.add("[admin@MikroTik] > /ip dhcp-server lease print\nFlags: X - disabled, R - radius, D - dynamic, B - blocked\n #   ADDRESS          MAC-ADDRESS        HOST-NAME        SERVER   RATE-LIMIT   STATUS\n")
        for i in range(rng.randint(4, 8)):
            addr = f"192.168.88.{rng.randint(2, 254)}"
            d.add(f" {i:<3} D ").val("IP_ADDRESS", addr).add(" " * (17 - len(addr)) + f"{mac(rng).upper()}  {rng.choice(['android-', 'iPhone-', 'DESKTOP-'])}{hexid(rng, 4):<9} dhcp1             bound\n")
    else:
        d.add(f"[admin@gw-{rng.randint(1, 9)}] > /ppp secret print detail\nFlags: X - disabled\n")
        for i in range(rng.randint(2, 4)):
            _, first, last = p.person()
            d.add(f" {i}   name=\"{first}.{last}\" service=pppoe caller-id=\"\" password=\"{hexid(rng, 10)}\" profile=home-{rng.choice([20, 50, 100])}M\n     local-address=").val("IP_ADDRESS", V.ipv4_private(rng))
            d.add(" remote-address=").val(*p.ip(v6=0)).add(" comment=\"").val(*p.phone(home=False, ext=0)).add(f", contract {rng.randint(10 ** 5, 10 ** 6)}\"\n")


def sms_gateway(p: Page, d: V.Doc, variant: int) -> None:
    rng = p.rng
    if variant == 0:
        d.add("message_id,to,from,status,error_code,submitted,delivered,price_eur,parts\n")
        for _ in range(rng.randint(4, 8)):
            d.add(f"{hexid(rng, 8)}-{hexid(rng, 4)},").val(*e164_anywhere(p)).add(f",{rng.choice(['INFO', 'Bank', str(rng.randint(10000, 99999))])},{rng.choice(['DELIVRD', 'UNDELIV', 'EXPIRED'])},{rng.choice(['000', '001', '011'])},")
            d.add(f"{stamp(rng, 'iso')},{stamp(rng, 'iso')},0.0{rng.randint(10, 99)},{rng.randint(1, 3)}\n")
    elif variant == 1:
        for _ in range(rng.randint(2, 4)):
            d.add(f'{{"messageId":"{hexid(rng, 24)}","to":"').val(*e164_anywhere(p)).add('","status":{"groupName":"DELIVERED","id":5},"smsCount":1,"price":{"pricePerMessage":0.0')
            d.add(f'{rng.randint(10, 99)},"currency":"EUR"}},"clientIp":"').val(*p.ip(v6=0.3)).add(f'","callbackData":"order-{rng.randint(10 ** 6, 10 ** 7)}"}}\n')
    else:
        for _ in range(rng.randint(3, 6)):
            d.add(f"{stamp(rng, 'iso')} Sent SMS [SMSC:smsc{rng.randint(1, 3)}] [SVC:otp] [ACT:] [BINF:] [FID:{hexid(rng, 10)}] [META:] [from:").val(*e164_anywhere(p))
            d.add("] [to:").val(*e164_anywhere(p)).add(f"] [flags:-1:0:-1:0:-1] [msg:{rng.randint(20, 60)}:Your code is {rng.randint(100000, 999999)}] [udh:0:]\n")


MACHINE = {"captive_portal_log": captive_portal_log, "vpn_concentrator_sessions": vpn_sessions,
           "modsecurity_audit_log": modsecurity_log, "exim_mainlog": exim_mainlog, "nfdump_flows": nfdump,
           "mikrotik_export": mikrotik_export, "sms_gateway_delivery_report": sms_gateway}


# --- the set -----------------------------------------------------------------------------------

MULTI_DOCS = 56
US_DOCS = 60
MACHINE_DOCS = 32
US_LANG_SHARE = {"en": 6, "es": 2, "zh": 1, "ko": 1, "vi": 1}


def plan() -> list[tuple[str, str, int]]:
    """(register, language, layout) for every document, in a fixed order."""
    rows = []
    for register, words in REG_WORDS.items():
        langs = list(words)
        for i in range(MULTI_DOCS):
            rows.append((register, langs[i % len(langs)], i % len(MULTI_LAYOUTS)))
    for register, (words, _) in US_REG.items():
        langs = [lang for lang in US_LANG_SHARE for _ in range(US_LANG_SHARE[lang]) if lang in words]
        for i in range(US_DOCS):
            rows.append((register, langs[(i * 7) % len(langs)], i % len(US_LAYOUTS)))
    for register in MACHINE:
        for i in range(MACHINE_DOCS):
            rows.append((register, "en", i % 3))
    return rows


def host(rng, register: str, region: str) -> str:
    tld = TLD.get(region, region.lower())
    word = register.split("_")[0]
    return f"https://{rng.choice(['www.', 'portal.', 'my.', ''])}{word}-{hexid(rng, 3)}.{tld}/{rng.choice(['form', 'view', 'export', 'doc', 'p'])}/{rng.randint(100, 99999)}"


def build(register: str, lang: str, layout: int, rng: random.Random) -> tuple[V.Doc, str, str]:
    d = V.Doc()
    if register in MACHINE:
        p = Page(rng, "en", rng.choice(HOME["en"]))
        MACHINE[register](p, d, layout)
        url = f"https://paste.{rng.choice(['example-ops', 'logs-share', 'gist-mirror'])}.net/{hexid(rng, 8)}"
        return d, url, p.region
    if register in US_REG:
        p = Page(rng, lang, "US")
        US_LAYOUTS[layout](p, d, register)
        return d, host(rng, register, "US"), "US"
    p = Page(rng, lang)
    MULTI_LAYOUTS[layout](p, d, register)
    return d, host(rng, register, p.region), p.region


def generate() -> list[dict]:
    rows = []
    for i, (register, lang, layout) in enumerate(plan()):
        for attempt in range(40):
            rng = random.Random(f"{SEED}-{i}-{attempt}")
            d, url, region = build(register, lang, layout, rng)
            row = {"id": f"blind13-{i}", "half": "blind13", "register": register, "url": url, "language": lang,
                   "text": d.text(), "spans": d.spans}
            if not V.check_row(row, (region,)):
                break
        else:
            raise RuntimeError(f"blind13-{i} ({register}, {lang}): no sound draw in 40 attempts: {V.check_row(row, (region,))}")
        rows.append(row)
    return rows


def load() -> list[dict]:
    """The committed rows of benchmarks/data/pii_blind13.jsonl."""
    return [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def counts(rows: list[dict]) -> None:
    types, registers, languages = Counter(), Counter(), Counter()
    for row in rows:
        registers[row["register"]] += 1
        languages[row["language"]] += 1
        for span in row["spans"]:
            types[span["type"]] += 1
    total = sum(types.values())
    print(f"blind13: {len(rows)} documents, {total} gold spans")
    for kind, n in types.most_common():
        print(f"  {kind:14s} {n:5d}  {n / total:6.1%}")
    print(f"registers ({len(registers)}): " + ", ".join(f"{k} {v}" for k, v in sorted(registers.items())))
    print(f"languages ({len(languages)}): " + ", ".join(f"{k} {v}" for k, v in languages.most_common()))
    non_en = sum(v for k, v in languages.items() if k != "en")
    print(f"not English: {non_en} of {len(rows)} documents")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-set", action="store_true")
    args = parser.parse_args()
    rows = generate()
    counts(rows)
    if args.write_set:
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        PATH.write_text(data, encoding="utf-8")
        print(f"wrote {PATH} sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}")


if __name__ == "__main__":
    main()
