"""A fifth labelled PII set aimed at the two weakest classes (issue 26): phone PRECISION beside
numbers that look like phones, phone SPAN boundaries, and card RECALL over every brand, grouping,
separator and context.

    python benchmarks/pii_hard.py --write-set    # (re)writes benchmarks/data/pii_hard_{tune,held}.jsonl

Its own templates, phrase lists and value makers; from the other generators it takes only the
output format (JSON lines with id, half, register, url, language, text, spans[{type, start, end,
text}]) and pii_blind's span-keeping `Page`. `pii_eval.py` scores it as `hard tune` (its errors
are read) and `hard held` (other layouts and phrasings, another seed; scored once at the end).
Both halves were written and committed before the step was scored on either.

Languages: en de fr es it pt nl pl ru zh ja th sv da fi cs tr (17), each with its own phone
labels, other-number labels and card labels.

Phone precision: order, invoice, customer, member, policy, ticket, case, booking, tracking,
reference and account numbers shaped like phone numbers (NANP-like 3-3-4, 4-3-3, 2-4-4, unbroken
7-11 digits, year-prefixed), VAT / tax / company registration ids of 14 countries, street
addresses with postal codes, dates and times in national formats and ranges, prices with
thousands separators, UK sort codes, US routing numbers, BLZ / Kontonummer, BICs, IMEIs,
serial / model / part numbers, GPS coordinates, ISBN / ISSN / DOI / page ranges, league tables
and scores, version and build strings, short fax extensions; in contact blocks, tables (pipe,
CSV, tab), running text and "label ... value" lines, right beside real phone numbers.

Phone spans (gold policy): the span runs from the first character of the number ("+", "00", the
opening bracket of an area code "(030)") to its last digit, with "(0)" and an extension ("ext. 12",
"x12", "poste 3", "Durchwahl 12", "доб. 123", "内線123", "-12" direct-dial suffix) inside it; a
bracket round the whole number, a sentence's closing ".", a "tel:" before it are outside. Two
numbers joined by "/" or " or " are two spans. A vanity number ("1-800-FLOWERS") is not a span
(its letters are a brand, and the digits it stands for, when printed beside it, are the span). A
number broken over a line by the layout ("+49 30\\n1234 5678") is one span across the break.

Card recall: Visa 13/16/19, Mastercard 51-55 and 2221-2720, Amex 34/37, Discover
6011/644-649/65, Diners 300-305/36/38/39, JCB 3528-3589, UnionPay 62 (16-19), Maestro (50xx,
56-69, 12-19 digits), Mir 2200-2204, RuPay (60, 65, 81, 82, 508, 353, 356), Elo, Troy,
Verve, Dankort, UzCard / Humo, BC Card, Hipercard, Belkart; grouped as printed for their length
(4-4-4-4, 4-6-5, 4-6-4, 4-4-5, 4-4-4-4-3, 4-4-4-7, 6-13, 4-4-4-5, 4-4-4-6, unbroken) with a
space, two spaces, a no-break space, "-" or ".", rarely a line break between groups; in running
text of 17 languages, label lines, tables, CSV, JSON, receipts, form dumps and chats. Gold:
Luhn-valid numbers only, where the page shows a card (a card label, column or brand name).
Negatives: Luhn-invalid card-shaped numbers, masked cards, 16-digit ids that are not cards.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import Page as BlindPage, read_rows, write_sets  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SETS = {"tune": (DATA / "pii_hard_tune.jsonl", 31337), "held": (DATA / "pii_hard_held.jsonl", 80521)}
N_DOCS = 1000

# language -> phone-number regions, labels: phone, mobile, fax, a "call us" phrase
LANGS = {
    "en": (("US", "GB", "AU", "IE", "CA", "NZ"), ("Phone", "Tel.", "Telephone"), ("Mobile", "Cell"), "Fax", "Call us on"),
    "de": (("DE", "AT", "CH"), ("Telefon", "Tel.", "Tel"), ("Mobil", "Handy"), "Fax", "Rufen Sie uns an unter"),
    "fr": (("FR", "BE", "CH"), ("Téléphone", "Tél.", "Tél"), ("Portable", "Mobile"), "Fax", "Appelez-nous au"),
    "es": (("ES", "MX", "AR", "CO"), ("Teléfono", "Tel.", "Tfno."), ("Móvil", "Celular"), "Fax", "Llámenos al"),
    "it": (("IT",), ("Telefono", "Tel."), ("Cellulare", "Cell."), "Fax", "Chiamaci al"),
    "pt": (("PT", "BR"), ("Telefone", "Tel."), ("Telemóvel", "Celular"), "Fax", "Ligue para"),
    "nl": (("NL", "BE"), ("Telefoon", "Tel."), ("Mobiel", "GSM"), "Fax", "Bel ons op"),
    "pl": (("PL",), ("Telefon", "Tel."), ("Komórka", "Tel. kom."), "Faks", "Zadzwoń pod numer"),
    "ru": (("RU", "KZ"), ("Телефон", "Тел."), ("Моб.", "Мобильный"), "Факс", "Позвоните нам по номеру"),
    "zh": (("CN", "TW", "HK"), ("电话", "電話", "联系电话"), ("手机",), "传真", "请致电"),
    "ja": (("JP",), ("電話番号", "TEL", "電話"), ("携帯",), "FAX", "お電話は"),
    "th": (("TH",), ("โทรศัพท์", "โทร."), ("มือถือ",), "แฟกซ์", "โทร"),
    "sv": (("SE",), ("Telefon", "Tel."), ("Mobil",), "Fax", "Ring oss på"),
    "da": (("DK",), ("Telefon", "Tlf."), ("Mobil",), "Fax", "Ring til os på"),
    "fi": (("FI",), ("Puhelin", "Puh."), ("Matkapuhelin", "GSM"), "Faksi", "Soita numeroon"),
    "cs": (("CZ",), ("Telefon", "Tel."), ("Mobil",), "Fax", "Volejte na"),
    "tr": (("TR",), ("Telefon", "Tel"), ("Cep", "GSM"), "Faks", "Bizi arayın:"),
}
# Labels of other kinds of numbers, per language: order, invoice, customer, member, policy, ticket,
# case, booking, tracking, reference, account, VAT id, company registration.
KINDS = ("order", "invoice", "customer", "member", "policy", "ticket", "case", "booking", "tracking",
         "reference", "account", "vat", "company")
OTHER = {
    "en": ("Order no.", "Invoice #", "Customer ID", "Member number", "Policy number", "Ticket", "Case ID", "Booking ref", "Tracking number", "Ref.", "Account no.", "VAT No.", "Company reg. no."),
    "de": ("Bestellnummer", "Rechnungsnr.", "Kundennummer", "Mitgliedsnummer", "Versicherungsschein-Nr.", "Ticket-Nr.", "Vorgangsnummer", "Buchungsnummer", "Sendungsnummer", "Referenz", "Kontonummer", "USt-IdNr.", "Handelsregister"),
    "fr": ("N° de commande", "Facture n°", "N° client", "N° d'adhérent", "N° de police", "Ticket n°", "Dossier n°", "Réservation n°", "N° de suivi", "Réf.", "N° de compte", "N° TVA", "SIRET"),
    "es": ("Nº de pedido", "Factura nº", "Nº de cliente", "Nº de socio", "Nº de póliza", "Ticket nº", "Expediente", "Reserva nº", "Nº de seguimiento", "Referencia", "Nº de cuenta", "NIF", "CIF"),
    "it": ("N. ordine", "Fattura n.", "Codice cliente", "N. tessera", "N. polizza", "Ticket n.", "Pratica n.", "Prenotazione n.", "N. spedizione", "Rif.", "N. conto", "P.IVA", "REA"),
    "pt": ("Nº do pedido", "Fatura nº", "Nº de cliente", "Nº de sócio", "Apólice nº", "Ticket nº", "Processo nº", "Reserva nº", "Código de rastreio", "Referência", "Conta nº", "NIF", "CNPJ"),
    "nl": ("Bestelnummer", "Factuurnummer", "Klantnummer", "Lidnummer", "Polisnummer", "Ticketnummer", "Dossiernummer", "Boekingsnummer", "Track & trace", "Referentie", "Rekeningnummer", "BTW-nummer", "KvK-nummer"),
    "pl": ("Nr zamówienia", "Faktura nr", "Nr klienta", "Nr członkowski", "Nr polisy", "Zgłoszenie nr", "Sprawa nr", "Nr rezerwacji", "Nr przesyłki", "Nr ref.", "Nr rachunku", "NIP", "KRS"),
    "ru": ("Номер заказа", "Счёт №", "Номер клиента", "Номер участника", "Полис №", "Заявка №", "Дело №", "Бронирование №", "Трек-номер", "Ссылка №", "Лицевой счёт", "ИНН", "ОГРН"),
    "zh": ("订单号", "发票号", "客户编号", "会员号", "保单号", "工单号", "案件编号", "预订号", "运单号", "参考号", "账号", "税号", "统一社会信用代码"),
    "ja": ("注文番号", "請求書番号", "お客様番号", "会員番号", "証券番号", "チケット番号", "受付番号", "予約番号", "お問い合わせ伝票番号", "整理番号", "口座番号", "登録番号", "法人番号"),
    "th": ("เลขที่คำสั่งซื้อ", "เลขที่ใบแจ้งหนี้", "รหัสลูกค้า", "หมายเลขสมาชิก", "เลขที่กรมธรรม์", "หมายเลขตั๋ว", "เลขที่เรื่อง", "หมายเลขการจอง", "เลขพัสดุ", "เลขอ้างอิง", "เลขที่บัญชี", "เลขประจำตัวผู้เสียภาษี", "ทะเบียนนิติบุคคล"),
    "sv": ("Ordernummer", "Fakturanr", "Kundnummer", "Medlemsnummer", "Försäkringsnummer", "Ärendenummer", "Ärende", "Bokningsnummer", "Kollinummer", "Referens", "Kontonummer", "Momsreg.nr", "Org.nr"),
    "da": ("Ordrenummer", "Fakturanr.", "Kundenummer", "Medlemsnummer", "Policenummer", "Sagsnummer", "Sag nr.", "Bookingnummer", "Pakkenummer", "Reference", "Kontonr.", "Momsnr.", "CVR-nr."),
    "fi": ("Tilausnumero", "Laskun numero", "Asiakasnumero", "Jäsennumero", "Vakuutusnumero", "Tiketti", "Asianumero", "Varausnumero", "Lähetystunnus", "Viite", "Tilinumero", "ALV-nro", "Y-tunnus"),
    "cs": ("Číslo objednávky", "Faktura č.", "Zákaznické číslo", "Členské číslo", "Číslo pojistky", "Tiket č.", "Spis č.", "Rezervace č.", "Číslo zásilky", "Var. symbol", "Číslo účtu", "DIČ", "IČO"),
    "tr": ("Sipariş no", "Fatura no", "Müşteri no", "Üye no", "Poliçe no", "Talep no", "Dosya no", "Rezervasyon no", "Kargo takip no", "Referans", "Hesap no", "Vergi no", "Mersis no"),
}
CARD_LABELS = {
    "en": ("Card number", "Credit card no.", "Card", "Debit card"), "de": ("Kartennummer", "Kreditkarte", "Karte"),
    "fr": ("N° de carte", "Numéro de carte", "Carte bancaire"), "es": ("Número de tarjeta", "Tarjeta"),
    "it": ("Numero carta", "Carta di credito"), "pt": ("Número do cartão", "Cartão"),
    "nl": ("Kaartnummer", "Creditcard"), "pl": ("Numer karty", "Karta"), "ru": ("Номер карты", "Карта"),
    "zh": ("卡号", "信用卡号"), "ja": ("カード番号", "クレジットカード"), "th": ("หมายเลขบัตร", "บัตรเครดิต"),
    "sv": ("Kortnummer", "Betalkort"), "da": ("Kortnummer", "Betalingskort"), "fi": ("Kortin numero", "Maksukortti"),
    "cs": ("Číslo karty", "Platební karta"), "tr": ("Kart numarası", "Kredi kartı"),
}
# sentences around a card number, per half: {label} is a card label, {card} the number
CARD_TEXT = {
    "A": {
        "en": ["Please charge my card {card} for the balance.", "{label}: {card} (expires 09/28)", "I paid with {label} {card} yesterday."],
        "de": ["Bitte belasten Sie meine Karte {card}.", "{label}: {card}, gültig bis 11/27"],
        "fr": ["Merci de débiter ma carte {card}.", "{label} : {card} – expire fin 2027"],
        "es": ["Cargue el importe a mi tarjeta {card}, por favor.", "{label}: {card}"],
        "it": ["Addebitate pure sulla carta {card}.", "{label}: {card}"],
        "pt": ["Pode cobrar no cartão {card}.", "{label}: {card}"],
        "nl": ["Schrijf het bedrag af van kaart {card}.", "{label}: {card}"],
        "pl": ["Proszę obciążyć kartę {card}.", "{label}: {card}"],
        "ru": ["Спишите, пожалуйста, с карты {card}.", "{label}: {card}"],
        "zh": ["请从我的信用卡 {card} 扣款。", "{label}：{card}"],
        "ja": ["カード {card} で支払いました。", "{label}：{card}"],
        "th": ["กรุณาตัดบัตร {card} ค่ะ", "{label}: {card}"],
        "sv": ["Dra beloppet från kortet {card}.", "{label}: {card}"],
        "da": ["Træk beløbet på kort {card}.", "{label}: {card}"],
        "fi": ["Veloittakaa kortilta {card}.", "{label}: {card}"],
        "cs": ["Strhněte to prosím z karty {card}.", "{label}: {card}"],
        "tr": ["Lütfen {card} numaralı kartımdan çekin.", "{label}: {card}"],
    },
    "B": {
        "en": ["Use the {label} ending nowhere: it's {card}, expiry 03/29.", "card on file -> {card}", "{label}\t{card}"],
        "de": ["Meine {label} lautet {card}, Ablauf 04/28.", "{label} = {card}"],
        "fr": ["Ma {label} est la {card}, date d'expiration 05/29.", "{label} — {card}"],
        "es": ["Mi {label} es {card} y caduca en 2028.", "{label} → {card}"],
        "it": ["La mia {label} è {card}, scade nel 2029.", "{label} - {card}"],
        "pt": ["O meu {label} é {card}, validade 07/28.", "{label} → {card}"],
        "nl": ["Mijn {label} is {card}, geldig tot 08/27.", "{label} - {card}"],
        "pl": ["Moja {label} to {card}, ważna do 10/28.", "{label} - {card}"],
        "ru": ["Моя {label}: {card}, срок до 12/27.", "{label} — {card}"],
        "zh": ["我的{label}是 {card}，有效期到2028年。", "{label} {card}"],
        "ja": ["{label}は {card} です（有効期限 2028/06）。", "{label} {card}"],
        "th": ["{label}ของฉันคือ {card} หมดอายุ 2028", "{label} {card}"],
        "sv": ["Mitt {label} är {card}, giltigt till 01/29.", "{label} - {card}"],
        "da": ["Mit {label} er {card}, udløber 02/28.", "{label} - {card}"],
        "fi": ["{label} on {card}, voimassa 2028.", "{label} - {card}"],
        "cs": ["Moje {label} je {card}, platnost do 09/27.", "{label} - {card}"],
        "tr": ["{label} {card}, son kullanma 06/28.", "{label} - {card}"],
    },
}
TLDS = {"US": "com", "GB": "co.uk"}
EXTENSIONS = {"en": ("ext. ", "x", " x ", "ext "), "fr": ("poste ",), "de": ("Durchwahl ", "-"), "ru": ("доб. ",),
              "ja": ("内線",), "es": ("ext. ", "anexo "), "it": ("int. ",), "pt": ("ramal ",), "nl": ("toestel ",),
              "pl": ("wew. ",), "sv": ("ankn. ",), "cs": ("kl. ",), "tr": ("dahili ",), "zh": ("转", "分机 "),
              "th": ("ต่อ ",), "da": ("lokal ",), "fi": ()}
# Card brands: name, prefixes, lengths (the networks' published IIN ranges)
BRANDS = (
    ("Visa", ["4"], (13, 16, 19)),
    ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2367", "2599", "2720", "2431"], (16,)),
    ("Amex", ["34", "37"], (15,)),
    ("Discover", ["6011", "644", "645", "646", "647", "648", "649", "65"], (16, 19)),
    ("Diners Club", ["300", "301", "302", "303", "304", "305", "36", "38", "39"], (14, 16)),
    ("JCB", ["3528", "3530", "3555", "3569", "3589"], (16, 17, 18, 19)),
    ("UnionPay", ["62", "621", "622", "625", "628"], (16, 17, 18, 19)),
    ("Maestro", ["5018", "5020", "5038", "56", "57", "58", "59", "60", "61", "63", "66", "67", "68", "69"],
     (12, 13, 14, 15, 16, 17, 18, 19)),
    ("Mir", ["2200", "2201", "2202", "2203", "2204"], (16, 17, 18, 19)),
    ("RuPay", ["60", "65", "81", "82", "508", "353", "356"], (16,)),
    ("Elo", ["4011", "4389", "5041", "5067", "509", "6277", "6363", "650", "6516", "6550"], (16,)),
    ("Troy", ["9792"], (16,)),
    ("Verve", ["5060", "5061", "5078", "6500"], (16, 18, 19)),
    ("Dankort", ["5019"], (16,)),
    ("UzCard", ["8600"], (16,)), ("Humo", ["9860"], (16,)),
    ("BC Card", ["94", "9490"], (16,)),
    ("Hipercard", ["606282", "384100"], (16, 19)),
    ("Belkart", ["9112"], (16,)),
)
GROUPINGS = {12: [(4, 4, 4)], 13: [(4, 4, 5), (4, 3, 3, 3)], 14: [(4, 6, 4), (4, 4, 4, 2)],
             15: [(4, 6, 5), (4, 4, 4, 3)], 16: [(4, 4, 4, 4)], 17: [(4, 4, 4, 5), (4, 4, 4, 4, 1)],
             18: [(4, 4, 4, 6), (4, 4, 4, 4, 2), (6, 12)], 19: [(4, 4, 4, 4, 3), (4, 4, 4, 7), (6, 13)]}
CARD_SEPARATORS = (" ", " ", " ", "-", "-", "  ", "\u00a0", ".")
VANITY = ("FLOWERS", "CONTACTS", "GOFEDEX", "PETMEDS", "MATTRES", "DENTIST", "HOLIDAY", "TAXHELP")
KEYPAD = {c: d for d, letters in (("2", "ABC"), ("3", "DEF"), ("4", "GHI"), ("5", "JKL"), ("6", "MNO"),
                                   ("7", "PQRS"), ("8", "TUV"), ("9", "WXYZ")) for c in letters}


class Page(BlindPage):
    """pii_blind's span-keeping page (the output format only), called to add text."""

    __call__ = BlindPage.add


def luhn_complete(body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(body)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return luhn_complete(digits[:-1]) == digits


class Hard:
    """Value makers of one half (seeded)."""

    def __init__(self, seed: int, half: str):
        self.r = random.Random(seed)
        self.half = half

    def d(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def nz(self, n: int) -> str:
        return self.r.choice("123456789") + self.d(n - 1)

    # --- phone numbers

    def number(self, region: str):
        kinds = [k for k in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
                             PhoneNumberType.FIXED_LINE_OR_MOBILE)
                 if phonenumbers.example_number_for_type(region, k)]
        example = phonenumbers.example_number_for_type(region, self.r.choice(kinds))
        nsn = phonenumbers.national_significant_number(example)
        keep = max(2, len(nsn) - 6)
        for _ in range(80):
            trial = nsn[:keep] + self.d(len(nsn) - keep)
            number = phonenumbers.parse("+" + str(example.country_code) + trial, None)
            if phonenumbers.is_valid_number(number) and len(trial) >= 7:
                return number
        return example

    def phone(self, lang: str, extension: bool = False, region: str | None = None) -> str:
        """A valid number of one of `lang`'s regions as people write it."""
        r = self.r
        region = region or r.choice(LANGS[lang][0])
        number = self.number(region)
        intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        trunk = (phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix or "")
        styles = ["intl", "intl", "e164", "00", "national", "national", "national"]
        if trunk == "0":
            styles += ["trunk0", "paren_area", "dotted"]
        style = r.choice(styles)
        if style == "intl":
            text = intl
        elif style == "e164":
            text = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        elif style == "00":
            text = "00" + intl[1:]
        elif style == "trunk0":
            cc, _, rest = intl.partition(" ")
            text = f"{cc} (0){rest}" if r.random() < 0.5 else f"{cc} (0) {rest}"
        elif style == "paren_area" and " " in national and national.startswith("0") and "(" not in national:
            area, _, rest = national.partition(" ")
            text = f"({area}) {rest}"
        elif style == "dotted" and national.startswith("0") and "(" not in national:
            text = national.replace(" ", ".").replace("-", ".")
        else:
            text = national
        if extension and EXTENSIONS.get(lang):
            word = r.choice(EXTENSIONS[lang])
            if word == "-":
                if lang == "de" and region == "DE" and not text.startswith(("+", "00")) and text[-1].isdigit():
                    text += "-" + self.d(r.choice((2, 3)))
            else:
                text += r.choice((" ", ", ")) + word + self.nz(r.choice((2, 3, 4)))
        return text

    def vanity(self) -> tuple[str, str]:
        word = self.r.choice(VANITY)
        area = self.r.choice(("800", "888", "877", "866"))
        digits = "".join(KEYPAD[c] for c in word[:7])
        return f"1-{area}-{word}", f"1-{area}-{digits[:3]}-{digits[3:]}"

    # --- numbers that are not phones

    def id_like(self) -> str:
        """An order / customer / ticket number shaped like a phone number."""
        r, d, nz = self.r, self.d, self.nz
        return r.choice([
            lambda: f"{nz(3)} {d(3)} {d(4)}", lambda: f"{nz(3)}-{d(3)}-{d(4)}", lambda: f"({nz(3)}) {d(3)}-{d(4)}",
            lambda: f"0{d(3)} {d(3)} {d(3)}", lambda: f"0{d(2)} {d(4)} {d(4)}", lambda: f"{nz(2)}-{d(4)}-{d(4)}",
            lambda: nz(r.randint(7, 11)), lambda: "0" + d(r.randint(8, 10)), lambda: f"{r.randint(2019, 2026)}-{d(6)}",
            lambda: f"{nz(4)} {d(3)} {d(3)}", lambda: f"{nz(2)} {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"{nz(3)}.{d(3)}.{d(4)}", lambda: f"{nz(3)}/{d(5)}", lambda: f"+{d(9)}",
            lambda: f"{nz(3)}-{d(7)}-{d(7)}", lambda: f"0{d(4)} {d(6)}", lambda: f"{nz(1)}{d(2)} {d(4)} {d(3)}",
        ])()

    def vat(self) -> str:
        r, d, nz = self.r, self.d, self.nz
        return r.choice([
            lambda: f"DE{nz(9)}", lambda: f"DE {nz(3)} {d(3)} {d(3)}", lambda: f"FR {d(2)} {nz(9)}",
            lambda: f"ATU{d(8)}", lambda: f"NL{d(9)}B01", lambda: f"ES B{d(8)}", lambda: f"IT {d(11)}",
            lambda: f"PL {nz(3)}-{d(3)}-{d(2)}-{d(2)}", lambda: f"{nz(3)}-{d(3)}-{d(2)}-{d(2)}",
            lambda: f"CHE-{d(3)}.{d(3)}.{d(3)}", lambda: f"BE 0{d(3)}.{d(3)}.{d(3)}", lambda: f"{d(2)}/{d(3)}/{d(5)}",
            lambda: f"{nz(3)} {d(3)} {d(3)} {d(5)}", lambda: f"SE{d(10)}01", lambda: f"DK {d(8)}",
            lambda: f"{nz(2)}.{d(3)}.{d(3)}/0001-{d(2)}", lambda: f"{d(3)}.{d(3)}.{d(3)}-{d(2)}",
            lambda: f"FI{d(8)}", lambda: f"CZ{d(8)}", lambda: f"{nz(7)}-{d(1)}", lambda: f"{nz(10)}",
            lambda: f"91{d(16)}", lambda: f"T{d(13)}", lambda: f"{nz(12)}",
        ])()

    def address(self, lang: str) -> str:
        r, d, nz = self.r, self.d, self.nz
        return r.choice({
            "de": [f"Hauptstraße {r.randint(1, 180)}, {nz(5)} Berlin", f"Lindenweg {r.randint(1, 60)}a, {nz(4)} Wien"],
            "fr": [f"{r.randint(1, 200)} rue de la Paix, 75{d(3)} Paris", f"{r.randint(1, 90)}, avenue Louise, 10{d(2)} Bruxelles"],
            "es": [f"Calle Mayor {r.randint(1, 120)}, 28{d(3)} Madrid", f"Av. Reforma {nz(3)}, C.P. 06{d(3)}"],
            "it": [f"Via Roma {r.randint(1, 300)}, 00{d(3)} Roma"], "pt": [f"Rua Augusta {r.randint(1, 400)}, 1100-{d(3)} Lisboa",
                                                                              f"Av. Paulista, {nz(4)} - CEP 01310-{d(3)}"],
            "nl": [f"Damrak {r.randint(1, 99)}, 1012 {r.choice(['AB', 'LP', 'JS'])} Amsterdam"],
            "pl": [f"ul. Długa {r.randint(1, 60)}/{r.randint(1, 30)}, 00-{d(3)} Warszawa"],
            "ru": [f"ул. Тверская, д. {r.randint(1, 40)}, кв. {r.randint(1, 300)}, 125{d(3)} Москва"],
            "zh": [f"北京市朝阳区建国路{r.randint(1, 200)}号, 邮编 100{d(3)}"],
            "ja": [f"〒100-{d(4)} 東京都千代田区丸の内{r.randint(1, 3)}-{r.randint(1, 9)}-{r.randint(1, 20)}"],
            "th": [f"{r.randint(1, 999)}/{r.randint(1, 99)} ถนนสุขุมวิท กรุงเทพฯ 10{d(3)}"],
            "sv": [f"Drottninggatan {r.randint(1, 99)}, 111 {d(2)} Stockholm"],
            "da": [f"Strøget {r.randint(1, 60)}, 1{d(3)} København K"], "fi": [f"Mannerheimintie {r.randint(1, 99)}, 00{d(3)} Helsinki"],
            "cs": [f"Václavské nám. {r.randint(1, 800)}/{r.randint(1, 60)}, 110 00 Praha 1"],
            "tr": [f"Atatürk Cad. No:{r.randint(1, 200)}, 34{d(3)} İstanbul"],
        }.get(lang, [f"{r.randint(1, 9999)} Main Street, Suite {nz(3)}, Springfield, IL {nz(5)}",
                     f"{r.randint(1, 200)} High St, London SW1A {r.randint(1, 9)}AA"]))

    def date(self) -> str:
        r = self.r
        y, m, day = r.randint(1998, 2027), r.randint(1, 12), r.randint(1, 28)
        h1, h2 = r.randint(6, 11), r.randint(13, 20)
        return r.choice([
            f"{day:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{day:02d}", f"{day}/{m}/{y}", f"{m:02d}/{day:02d}/{y}",
            f"{day:02d}-{m:02d}-{y}", f"{y}/{m:02d}/{day:02d}", f"{y}{m:02d}{day:02d}", f"{y}年{m}月{day}日",
            f"{day:02d}.{m:02d}.-{day + 2:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{day:02d}/{day + 1:02d}",
            f"{day}-{day + 2}/{m}/{y}", f"{h1:02d}:00-{h2:02d}:30", f"{h1}.00–{h2}.30", f"{h1:02d}h00-{h2:02d}h30",
            f"{h1:02d}:00 - 12:00 / 14:00 - {h2:02d}:00", f"{day:02d}.{m:02d}.{y} {h1:02d}:{r.randint(0, 59):02d}",
            f"{y}-{m:02d}-{day:02d} {h1:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
            f"{day:02d}/{m:02d}/{str(y)[2:]}", f"{y}.{m:02d}.{day:02d}", f"{day}. {m}. {y}",
        ])

    def price(self) -> str:
        r = self.r
        n = r.randint(1_000_000, 99_999_999)
        c = r.randint(0, 99)
        return r.choice([
            f"{n:,}".replace(",", ".") + f",{c:02d} €", f"${n:,}.{c:02d}", f"{n:,}".replace(",", " ") + " ₽",
            f"CHF {n:,}".replace(",", "'") + f".{c:02d}", f"¥{n:,}", f"R$ {n:,}".replace(",", ".") + f",{c:02d}",
            f"{n:,}".replace(",", " ") + f",{c:02d} zł", f"{n:,} บาท", f"£{n:,}", f"{n:,}".replace(",", "\u00a0") + " Kč",
            f"{n:,}".replace(",", ".") + " TL", f"{n:,}".replace(",", " ") + " kr", f"EUR {n:,}".replace(",", ".") + f",{c:02d}",
        ])

    def bank(self) -> tuple[str, str]:
        r, d, nz = self.r, self.d, self.nz
        return r.choice([
            lambda: ("Sort code", f"{d(2)}-{d(2)}-{d(2)}"), lambda: ("Account number", d(8)),
            lambda: ("Routing number", "0" + d(8)), lambda: ("ABA", nz(9)), lambda: ("Account", nz(12)),
            lambda: ("BIC", r.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "NDEASESS"])),
            lambda: ("BLZ", f"{nz(3)} {d(3)} {d(2)}"), lambda: ("Konto", f"{d(4)} {d(4)} {d(2)}"),
            lambda: ("BSB", f"{d(3)}-{d(3)}"), lambda: ("Clearing", f"{nz(4)}-{d(1)}, {d(3)} {d(3)} {d(3)}-{d(1)}"),
            lambda: ("Reg. nr.", f"{nz(4)} {d(10)}"), lambda: ("IFSC", f"SBIN0{d(6)}"),
        ])()

    def tech(self) -> tuple[str, str]:
        r, d, nz = self.r, self.d, self.nz
        return r.choice([
            lambda: ("IMEI", f"{nz(2)} {d(6)} {d(6)} {d(1)}"), lambda: ("IMEI", nz(15)), lambda: ("IMEI", f"{nz(2)}-{d(6)}-{d(6)}-{d(1)}"),
            lambda: ("S/N", f"{nz(3)}-{d(4)}-{d(4)}"), lambda: ("Serial", f"{nz(4)} {d(4)} {d(4)}"),
            lambda: ("Model", f"{nz(3)}-{d(4)}-{d(2)}"), lambda: ("Part no.", f"{d(1)}-{d(4)}-{d(4)}"),
            lambda: ("P/N", f"{nz(2)} {d(3)} {d(3)} {d(2)}"), lambda: ("GPS", f"{r.uniform(-60, 70):.6f}, {r.uniform(-170, 170):.6f}"),
            lambda: ("Coordinates", f"{r.randint(10, 59)}.{d(5)} N, {r.randint(1, 30)}.{d(5)} E"),
            lambda: ("ISBN", f"978-{r.randint(0, 9)}-{nz(3)}-{d(5)}-{d(1)}"), lambda: ("ISSN", f"{d(4)}-{d(3)}{r.choice('0123456789X')}"),
            lambda: ("DOI", f"10.{nz(4)}/{d(3)}.{d(4)}.{d(5)}"), lambda: ("pp.", f"{nz(4)}-{nz(4)}"),
            lambda: ("Version", f"{r.randint(1, 30)}.{r.randint(0, 20)}.{r.randint(0, 9999)}.{r.randint(0, 9999)}"),
            lambda: ("Build", f"{r.randint(2019, 2026)}{d(4)}.{nz(4)}"), lambda: ("Firmware", f"v{r.randint(1, 9)}.{d(2)}.{d(4)}"),
            lambda: ("Lot", f"{nz(3)} {d(3)} {d(4)}"), lambda: ("EAN", nz(13)),
        ])()

    def score_line(self) -> str:
        r = self.r
        teams = ["Rovers", "United", "City", "Athletic", "Sporting", "Dynamo", "Real", "Olympique"]
        g = r.randint(10, 38)
        w = r.randint(0, g)
        dr = r.randint(0, g - w)
        return (f"{r.randint(1, 20)} | {r.choice(teams)} | {g} | {w} | {dr} | {g - w - dr} | "
                f"{r.randint(20, 99)}:{r.randint(20, 99)} | {3 * w + dr}")

    # --- cards

    def card(self) -> tuple[str, str]:
        """(brand, digits) Luhn-valid."""
        r = self.r
        brand, prefixes, lengths = r.choice(BRANDS)
        prefix, length = r.choice(prefixes), r.choice(lengths)
        if brand == "Mastercard" and len(prefix) == 4:
            prefix = str(r.randint(2221, 2720))
        if brand == "JCB":
            prefix = str(r.randint(3528, 3589))
        return brand, luhn_complete(prefix + self.d(length - len(prefix) - 1))

    def grouped(self, digits: str, line_break: bool = False) -> str:
        r = self.r
        if r.random() < 0.15:
            return digits
        sizes = r.choice(GROUPINGS[len(digits)])
        sep = r.choice(CARD_SEPARATORS)
        groups, i = [], 0
        for size in sizes:
            groups.append(digits[i:i + size])
            i += size
        if line_break and len(groups) >= 3:
            k = r.randint(1, len(groups) - 1)
            return sep.join(groups[:k]) + "\n" + sep.join(groups[k:])
        return sep.join(groups)

    def bad_card(self) -> str:
        """A card-shaped number that is no card: Luhn-invalid, masked, or a 16-digit id."""
        r = self.r
        _, digits = self.card()
        kind = r.random()
        if kind < 0.4:
            wrong = digits[:-1] + str((int(digits[-1]) + r.randint(1, 9)) % 10)  # Luhn-invalid
            return self.grouped(wrong)
        if kind < 0.7:
            last = digits[-4:]
            return r.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"{digits[:4]} {digits[4:6]}** **** {last}",
                             f"************{last}", f"{digits[:6]}******{last}", f"•••• {last}"])
        digits = self.nz(16)
        while luhn_ok(digits):  # under a card label: a Luhn-valid one would be a card
            digits = self.nz(16)
        return self.grouped(digits)


# --- registers -------------------------------------------------------------------------------------

def lang_url(h: Hard, lang: str, index: int, register: str) -> str | None:
    if h.r.random() < 0.15:
        return None
    region = h.r.choice(LANGS[lang][0])
    tld = TLDS.get(region, region.lower())
    return f"https://site{index}.{tld}/{register}"


def other_number(h: Hard, lang: str) -> tuple[str, str]:
    """(label, value) of a number that is not a phone, in `lang`."""
    r = h.r
    kind = r.choice(KINDS)
    label = OTHER[lang][KINDS.index(kind)] if r.random() < 0.8 else OTHER["en"][KINDS.index(kind)]
    value = h.vat() if kind in ("vat", "company") and r.random() < 0.6 else h.id_like()
    return label, value


def lookalike(h: Hard, lang: str) -> tuple[str, str]:
    """(label, value) of any look-alike: ids, dates, prices, bank, tech."""
    r = h.r
    pick = r.random()
    if pick < 0.4:
        return other_number(h, lang)
    if pick < 0.55:
        return r.choice(("Date", "Datum", "Fecha", "Termin", "Hours", "Öffnungszeiten", "Horaires", "Valid")), h.date()
    if pick < 0.65:
        return r.choice(("Price", "Preis", "Prix", "Total", "Amount", "Summe", "Cena", "Цена", "価格")), h.price()
    if pick < 0.8:
        return h.bank()
    if pick < 0.9:
        return h.tech()
    return r.choice(("Address", "Adresse", "Dirección", "Indirizzo", "Adres", "Адрес", "住所", "地址")), h.address(lang)


def phone_label(h: Hard, lang: str) -> str:
    _, phones, mobiles, fax, _ = LANGS[lang]
    return h.r.choice(phones + phones + mobiles + (fax,))


def contact_block(h: Hard, p: Page, lang: str, half: str) -> None:
    """Label lines mixing phone numbers and look-alikes."""
    r = h.r
    colon = ":" if half == "A" else r.choice((" ", "\t", " .......... ", " – "))
    lines = []
    for _ in range(r.randint(3, 7)):
        if r.random() < 0.45:
            lines.append(("phone", phone_label(h, lang), h.phone(lang, extension=r.random() < 0.2)))
        else:
            lines.append(("other",) + lookalike(h, lang))
    if half == "B":
        p(r.choice(("Kontakt", "Contact", "Contatti", "Контакты", "联系方式", "お問い合わせ", "Yhteystiedot")) + "\n")
    for kind, label, value in lines:
        if half == "B" and r.random() < 0.3:  # value first, label in brackets after it
            (p.pii("PHONE_NUMBER", value) if kind == "phone" else p(value))
            p(f" ({label})\n")
            continue
        p(f"{label}{colon}" + (" " if colon == ":" else ""))
        (p.pii("PHONE_NUMBER", value) if kind == "phone" else p(value))
        p("\n")


def table(h: Hard, p: Page, lang: str, half: str) -> None:
    """A table with a phone column beside columns of other numbers."""
    r = h.r
    phone_head = phone_label(h, lang).rstrip(".")
    others = [other_number(h, lang)[0] for _ in range(2)]
    extra = r.choice(("Date", "Datum", "Fecha", "日付", "Дата"))
    heads = ["Name", phone_head] + others + [extra]
    r.shuffle(heads)
    delim = " | " if half == "A" else r.choice((",", "\t", ";"))
    if half == "A":
        p("| " + delim.join(heads) + " |\n|" + "---|" * len(heads) + "\n")
    else:
        p(delim.join(heads) + "\n")
    for _ in range(r.randint(2, 6)):
        if half == "A":
            p("| ")
        for i, head in enumerate(heads):
            if i:
                p(delim)
            if head == "Name":
                p(r.choice(("A. Weber", "J. Smith", "M. Rossi", "K. Nowak", "L. Dubois", "S. Tanaka", "Li Wei")))
            elif head == phone_head:
                value = h.phone(lang)
                if delim == "," and "," in value:
                    value = value.replace(",", "")
                p.pii("PHONE_NUMBER", value)
            elif head == extra:
                p(h.date().replace(",", "") if delim == "," else h.date())
            else:
                p(h.id_like())
        p(" |\n" if half == "A" else "\n")


def prose(h: Hard, p: Page, lang: str, half: str) -> None:
    """Running text: a phone beside an id, a date, a price, with a phone word in the sentence."""
    r = h.r
    call = LANGS[lang][4]
    label, value = other_number(h, lang)
    number = h.phone(lang, extension=r.random() < 0.25)
    if half == "A":
        p(f"{call} ")
        p.pii("PHONE_NUMBER", number)
        p(f" ({label} {value}).\n")
        label2, value2 = lookalike(h, lang)
        p(f"{label2}: {value2}\n")
    else:
        p(f"{label} {value} – {call.lower() if lang != 'de' else call} ")
        p.pii("PHONE_NUMBER", number)
        p(r.choice((".", " ", "!", ";")) + f" {h.date()}\n")


def bank_tech(h: Hard, p: Page, lang: str, half: str) -> None:
    """Bank details, device data, citations, league tables beside a hotline."""
    r = h.r
    for _ in range(r.randint(2, 4)):
        label, value = h.bank() if r.random() < 0.5 else h.tech()
        p(f"{label}: {value}\n" if half == "A" else f"{label} {value} · ")
    if r.random() < 0.4:
        p("\nPos | Team | P | W | D | L | Goals | Pts\n")
        for _ in range(r.randint(2, 4)):
            p(h.score_line() + "\n")
    p("\n" + r.choice(LANGS[lang][1]) + (": " if half == "A" else " "))
    p.pii("PHONE_NUMBER", h.phone(lang))
    p("\n")


def boundaries(h: Hard, p: Page, lang: str, half: str) -> None:
    """Phone spans with brackets, dots, tel: links, two numbers joined, vanity numbers, breaks."""
    r = h.r
    label = phone_label(h, lang)
    case = r.choice(("bracket", "dot", "tel", "joined", "joined", "ext", "vanity", "break", "plain"))
    if case == "bracket":
        p(r.choice(("Contact us ", f"{LANGS[lang][4]} ", "Support ")) + "(")
        p.pii("PHONE_NUMBER", h.phone(lang))
        p(")" + r.choice((".", " today.", ", Mon–Fri.")) + "\n")
    elif case == "dot":
        p(f"{LANGS[lang][4]} ")
        p.pii("PHONE_NUMBER", h.phone(lang))
        p(".\n")
    elif case == "tel":
        number = h.phone(lang)
        compact = "+" + phonenumbers.normalize_digits_only(number) if number.startswith("+") else number.replace(" ", "")
        compact = number if "(" in number else compact
        p(f"{label}: tel:")
        p.pii("PHONE_NUMBER", compact)
        p("\n")
    elif case == "joined":
        p(f"{label}: ")
        p.pii("PHONE_NUMBER", h.phone(lang))
        p(r.choice((" / ", " or ", "/", ", ", " oder " if lang == "de" else " ou " if lang == "fr" else " or ")))
        p.pii("PHONE_NUMBER", h.phone(lang))
        p("\n")
    elif case == "ext":
        p(f"{label}: ")
        p.pii("PHONE_NUMBER", h.phone(lang, extension=True))
        p("\n")
    elif case == "vanity":
        word, digits = h.vanity()
        if half == "A":
            p(f"Call {word} (")
            p.pii("PHONE_NUMBER", digits)
            p(") for same-day delivery.\n")
        else:
            p(f"Order by phone: {word}, that is ")
            p.pii("PHONE_NUMBER", digits)
            p(".\n")
    elif case == "break":
        number = h.phone(lang)
        if number.count(" ") >= 2:
            i = number.rfind(" ")
            number = number[:i] + "\n" + number[i + 1:]
        p(f"{label}: ")
        p.pii("PHONE_NUMBER", number)
        p("\n")
    else:
        p(f"{label} ")
        p.pii("PHONE_NUMBER", h.phone(lang))
        p("\n")
    label2, value2 = lookalike(h, lang)
    p(f"{label2}: {value2}\n")


def card_text(h: Hard, p: Page, lang: str, half: str) -> None:
    """A card number in a sentence or label line of `lang`."""
    r = h.r
    brand, digits = h.card()
    label = r.choice(CARD_LABELS[lang])
    if r.random() < 0.2:
        label = f"{brand} {label}" if r.random() < 0.5 else brand
    template = r.choice(CARD_TEXT[half][lang] + CARD_TEXT[half]["en"][:1])
    value = h.grouped(digits, line_break=r.random() < 0.04)
    head, _, tail = template.partition("{card}")
    p(head.replace("{label}", label))
    p.pii("CREDIT_CARD", value)
    p(tail.replace("{label}", label) + "\n")
    if r.random() < 0.5:
        p(f"{r.choice(CARD_LABELS[lang])}: {h.bad_card()}\n")


def card_data(h: Hard, p: Page, lang: str, half: str) -> None:
    """Cards in tables, CSV, JSON, receipts, form dumps and chats, beside non-cards."""
    r = h.r
    form = r.choice(("csv", "json", "receipt", "form", "chat") if half == "A" else
                    ("tab", "jsonl", "receipt2", "kv", "chat2"))
    rows = r.randint(1, 4)
    if form in ("csv", "tab"):
        d = "," if form == "csv" else "\t"
        p(d.join(("name", "card_number" if form == "csv" else r.choice(CARD_LABELS[lang]), "exp", "order_id", "amount")) + "\n")
        for _ in range(rows):
            _, digits = h.card()
            p(f"{r.choice(('Ann Lee', 'Jo Marx', 'Ida Berg'))}{d}")
            p.pii("CREDIT_CARD", h.grouped(digits))
            p(f"{d}{r.randint(1, 12):02d}/{r.randint(26, 32)}{d}{h.nz(16)}{d}{r.randint(5, 999)}.{r.randint(0, 99):02d}\n")
    elif form in ("json", "jsonl"):
        for _ in range(rows):
            brand, digits = h.card()
            key = r.choice(("card_number", "cardNumber", "pan", "cc_number", "kartennummer", "numero_carte"))
            p(f'{{"brand": "{brand}", "{key}": "')
            p.pii("CREDIT_CARD", digits if r.random() < 0.6 else h.grouped(digits))
            p(f'", "order_id": "{h.nz(16)}", "tracking": "{h.nz(r.randint(12, 22))}"}}\n')
    elif form in ("receipt", "receipt2"):
        brand, digits = h.card()
        p(f"{brand.upper()}  {h.bad_card()}\nAUTH {h.d(6)}  TID {h.nz(8)}\n")
        p(f"{r.choice(CARD_LABELS[lang])}: ")
        p.pii("CREDIT_CARD", h.grouped(digits))
        p(f"\n{h.date()}  {h.price()}\n")
    elif form in ("form", "kv"):
        _, digits = h.card()
        if form == "form":
            p(f"name=J+Doe&order={h.nz(16)}&cc_number=")
            p.pii("CREDIT_CARD", digits)
            p(f"&cc_exp={r.randint(1, 12):02d}{r.randint(26, 32)}&cvv={h.d(3)}\n")
        else:
            p(f"order_id: {h.nz(16)}\npayment.card.number: ")
            p.pii("CREDIT_CARD", h.grouped(digits))
            p(f"\npayment.card.last4: {digits[-4:]}\n")
    else:
        brand, digits = h.card()
        p(r.choice(("[10:42] me: ", "> ", "User: ", "— ")) +
          r.choice(("here's my card ", f"use the {brand} ", "charge ", "the card is ", f"{r.choice(CARD_LABELS[lang])} ")))
        p.pii("CREDIT_CARD", h.grouped(digits, line_break=r.random() < 0.05))
        p(r.choice((" thx", " pls", "", " ok?", " 🙏")) + "\n")
        p(f"[10:43] agent: noted, ticket {h.nz(16)}\n")


def negatives(h: Hard, p: Page, lang: str, half: str) -> None:
    """Only look-alikes (no gold phone or card), beside phone and card words."""
    r = h.r
    for _ in range(r.randint(3, 6)):
        label, value = lookalike(h, lang)
        p(f"{label}: {value}\n" if half == "A" else f"{value} ({label})\n")
    if r.random() < 0.5:
        p(f"{r.choice(CARD_LABELS[lang])}: {h.bad_card()}\n")
    if r.random() < 0.4:
        p(f"{LANGS[lang][3]}: -{h.d(r.randint(2, 3))}\n")  # a fax direct-dial suffix alone: too short


REGISTERS = {"contact_block": contact_block, "table": table, "prose": prose, "bank_tech": bank_tech,
             "boundaries": boundaries, "card_text": card_text, "card_data": card_data, "negatives": negatives}
WEIGHTS = {"contact_block": 16, "table": 10, "prose": 14, "bank_tech": 8, "boundaries": 14,
           "card_text": 16, "card_data": 12, "negatives": 10}


def generate(half: str, n: int = N_DOCS) -> list[dict]:
    h = Hard(SETS[half][1], half)
    r = h.r
    templates = "A" if half == "tune" else "B"
    names, weights = zip(*WEIGHTS.items())
    rows = []
    for index in range(n):
        register = r.choices(names, weights)[0]
        lang = r.choice(sorted(LANGS))
        page = Page()
        REGISTERS[register](h, page, lang, templates)
        row = {"id": f"hard-{half}-{index}", "half": half, "register": register,
               "url": lang_url(h, lang, index, register), "language": lang if r.random() < 0.9 else None,
               "text": page.text(), "spans": page.spans}
        for span in row["spans"]:
            if row["text"][span["start"]:span["end"]] != span["text"]:
                raise AssertionError(f"span {span} does not match its text in {row['id']}")
            if span["type"] == "CREDIT_CARD" and not luhn_ok("".join(c for c in span["text"] if c.isdigit())):
                raise AssertionError(f"card {span} is not Luhn-valid in {row['id']}")
        rows.append(row)
    return rows


def load(half: str = "tune") -> list[dict]:
    return read_rows(SETS[half][0])


def main() -> None:
    write_sets("hard ", SETS, generate, __doc__.split("\n")[0])


if __name__ == "__main__":
    sys.exit(main())
