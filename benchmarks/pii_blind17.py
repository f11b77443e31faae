"""A seventeenth blind PII test set (blind17): 25 registers no earlier generator names, 25 languages,
every register in 3 to 7 layouts, weighted to US SSNs, phones, cards, IPs and e-mails, with more
phone look-alikes than phones and e-mail look-alikes (strings with an "@" that are not mailboxes).

Written by a seventeenth helper who read only its brief, the module docstrings of the other
PII generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other generators'
templates or value makers, nor BENCHMARKS.md's PII sections. The PII step was never run on this set
while it was written: the lead scores it once, at the end.

    python benchmarks/pii_blind17.py               # counts per type, register and language
    python benchmarks/pii_blind17.py --write-set   # (re)writes benchmarks/data/pii_blind17.jsonl

1,162 documents (seed fixed); gold spans: phones 33.3%, US SSNs 20.7%, IPs 16.5%, e-mails 15.1%,
cards 12.3%, IBANs 2.1% (9,403 in all); phones of 75 regions; about 7,900 phone-shaped strings (7+
digits in phone-like groups) stand outside every span, more than twice as many as the phones.

Registers (25, at most 52 documents each, each in 3 to 7 layouts picked in turn):
- pages of many countries, each wholly in its language (5 languages per register): drone pilot
  course enrolments, driving school lesson bookings, aquarium maintenance contracts, dog walking
  agreements, kayak rental waivers, roofing repair quotes, house moving quotes, glazier quotes,
  carpet cleaning orders, septic tank service reports, hearing aid fitting appointments, sauna
  rental bookings; 6 layouts: label lines (own labels, capitals, abbreviations, with or without
  colon, tab or dotted leader), a table whose header stands above the values, prose where only the
  sentence marks a value ("call us on", "wire it to", "I paid with my card"), the label after the
  value, text from HTML with markup remnants and line breaks, an unlabelled contact strip (E.164 /
  international phones, e-mails, IBANs, cards in groups) followed by labelled references;
- US pages (en) carrying SSNs: credit union membership applications, child support case notices,
  vehicle title transfers, tax refund offset letters, probate estate inventories, life insurance
  enrollment forms, clinical trial stipend forms; 7 layouts: printed form, OCR of a paper form,
  spreadsheet pasted as text (SSN column header above, unseparated or dashed), chat / support
  thread ("my social is"), letter (sentence only, or "(SSN)" after), HR / case-system key=value
  audit log, leaked dump (pipe with header, JSON lines, colon combos); SSNs dashed, spaced, dotted
  or unseparated (the last two only under a label, header or sentence);
- machine output (en): lighttpd access / error logs and config, Cloudflare Logpush (JSON, CSV,
  key=value), Snort fast alerts / CSV / JSON, ISC Kea DHCPv4 logs / lease CSV / JSON config,
  Sendmail maillog (from=, to=, check_rcpt rejects), Mosquitto broker logs; IPv4 public / private,
  IPv6 global / ULA / link-local, with ports (IPv6 in brackets), in key=value, CSV and JSON.
Languages (25): de fr es it pt nl pl sv cs tr ru uk bg el ar fa he hi zh ja ko th hu ro en; 604 of
the 1,162 documents are not English.
Values: phones from `phonenumbers` example numbers (digits after the first 0-3 drawn again while valid
for the region), national (own country), international, E.164, "00", "+CC (0)", dots (FR), slash
(DE), no-break spaces, full-width (zh ja ko), Arabic-Indic (ar) and Persian (fa) digits, extensions
in the page's language; cards Visa 13/16/19, Mastercard 51-55 / 2221-2720, Amex, Discover, JCB,
Diners, UnionPay, Mir, grouped or unbroken; IBANs from schwifty (print groups, compact, lower case).
Look-alikes beside them: order, invoice and customer numbers in phone-like groups, dates and times in
the page's writing, prices, weights, coordinates, Message-IDs, package@version pins, @handles, git
remotes, container digests, user@host prompts, obfuscated mailboxes, loopback / unspecified /
netmask / broadcast addresses, OIDs, versions, section numbers, masked and Luhn-invalid cards,
IMEI-like numbers, IBANs with a wrong check digit, ITINs, EINs, SSNs of area 000 / 666, group 00 or
serial 0000, ABA routing numbers, ZIP+4, 9-digit member / policy / employee / record ids.
Span rules: the project's (blind3's): a span is exactly the value; phone extensions belong to the
phone; Message-IDs, package pins, handles, remotes, prompts, obfuscated mailboxes, loopback,
unspecified, netmasks, broadcast, version strings, OIDs, ITINs, EINs, invalid SSNs, masked or
Luhn-invalid cards, IMEIs, IBANs with a wrong check digit are not labelled.
Checks on writing: span text == text[start:end], no overlap, no span glued to an ASCII letter or
digit, phones valid (phonenumbers), cards Luhn + brand, IBANs valid (schwifty), IPs parse and are
not excluded classes, SSNs valid.
"""

import ipaddress
import json
import random
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows, write_sets

PATH = Path(__file__).resolve().parent / "data" / "pii_blind17.jsonl"
SETS = {"blind17": (PATH,)}
SEED = 17017
PHONE, EMAIL, IP, CARD, IBAN_T, SSN = (
    "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")

# language -> region, labels (phone, mobile, fax, e-mail, IBAN, card, order no., invoice, date, amount,
# customer no., weight), sentences ({v} = value), extension word, date style, price style
LEX = {
    "de": ("DE", "Telefon|Tel.|TEL|Mobil|Fax|E-Mail|IBAN|Kreditkarte|Bestell-Nr.|Rechnungs-Nr.|Kunden-Nr.|Gewicht",
           ["Rufen Sie uns unter {v} an.", "Überweisen Sie bitte auf {v}.", "Schreiben Sie an {v}, wir antworten schnell.",
            "Ich habe mit meiner Karte {v} bezahlt."], "Durchwahl", "%d.%m.%Y", "{a},{c} €", "Angebot", "Termin"),
    "fr": ("FR", "Téléphone|Tél.|TÉL|Portable|Fax|Courriel|IBAN|Carte bancaire|N° de commande|Facture n°|N° client|Poids",
           ["Appelez-nous au {v}.", "Merci de virer le montant sur {v}.", "Écrivez-nous à {v}.",
            "J'ai payé avec ma carte {v}."], "poste", "%d/%m/%Y", "{a},{c} €", "Devis", "Rendez-vous"),
    "es": ("ES", "Teléfono|Tel.|TEL|Móvil|Fax|Correo|IBAN|Tarjeta|N.º de pedido|Factura n.º|N.º cliente|Peso",
           ["Llámenos al {v}.", "Haga la transferencia a {v}.", "Escríbanos a {v}.",
            "Pagué con mi tarjeta {v}."], "ext.", "%d/%m/%Y", "{a},{c} €", "Presupuesto", "Cita"),
    "it": ("IT", "Telefono|Tel.|TEL|Cellulare|Fax|E-mail|IBAN|Carta di credito|N. ordine|Fattura n.|Cod. cliente|Peso",
           ["Chiamateci al {v}.", "Effettuate il bonifico su {v}.", "Scriveteci a {v}.",
            "Ho pagato con la carta {v}."], "int.", "%d/%m/%Y", "€ {a},{c}", "Preventivo", "Appuntamento"),
    "pt": ("PT", "Telefone|Tel.|TEL|Telemóvel|Fax|E-mail|IBAN|Cartão|N.º encomenda|Fatura n.º|N.º cliente|Peso",
           ["Ligue-nos para o {v}.", "Transfira para {v}.", "Escreva para {v}.",
            "Paguei com o cartão {v}."], "ext.", "%d-%m-%Y", "{a},{c} €", "Orçamento", "Marcação"),
    "nl": ("NL", "Telefoon|Tel.|TEL|Mobiel|Fax|E-mail|IBAN|Creditcard|Bestelnr.|Factuurnr.|Klantnr.|Gewicht",
           ["Bel ons op {v}.", "Maak het bedrag over naar {v}.", "Mail naar {v}.",
            "Ik heb betaald met kaart {v}."], "toestel", "%d-%m-%Y", "€ {a},{c}", "Offerte", "Afspraak"),
    "pl": ("PL", "Telefon|Tel.|TEL|Komórka|Faks|E-mail|IBAN|Karta|Nr zamówienia|Faktura nr|Nr klienta|Waga",
           ["Proszę dzwonić pod numer {v}.", "Przelew proszę wysłać na {v}.", "Proszę pisać na {v}.",
            "Zapłaciłem kartą {v}."], "wewn.", "%d.%m.%Y", "{a},{c} zł", "Wycena", "Termin"),
    "sv": ("SE", "Telefon|Tel.|TEL|Mobil|Fax|E-post|IBAN|Kort|Ordernr|Fakturanr|Kundnr|Vikt",
           ["Ring oss på {v}.", "Betala in till {v}.", "Mejla {v}.",
            "Jag betalade med kortet {v}."], "ankn.", "%Y-%m-%d", "{a},{c} kr", "Offert", "Bokning"),
    "cs": ("CZ", "Telefon|Tel.|TEL|Mobil|Fax|E-mail|IBAN|Platební karta|Č. objednávky|Faktura č.|Č. zákazníka|Hmotnost",
           ["Volejte na {v}.", "Částku pošlete na {v}.", "Pište na {v}.",
            "Platil jsem kartou {v}."], "linka", "%d.%m.%Y", "{a},{c} Kč", "Nabídka", "Termín"),
    "tr": ("TR", "Telefon|Tel.|TEL|Cep|Faks|E-posta|IBAN|Kredi kartı|Sipariş no|Fatura no|Müşteri no|Ağırlık",
           ["Bizi {v} numarasından arayın.", "Ödemeyi {v} hesabına yapın.", "{v} adresine yazın.",
            "{v} kartımla ödedim."], "dahili", "%d.%m.%Y", "{a},{c} TL", "Teklif", "Randevu"),
    "ru": ("RU", "Телефон|Тел.|ТЕЛ|Моб.|Факс|Эл. почта|IBAN|Карта|Заказ №|Счёт №|Клиент №|Вес",
           ["Звоните нам по номеру {v}.", "Переведите сумму на {v}.", "Пишите на {v}.",
            "Я оплатил картой {v}."], "доб.", "%d.%m.%Y", "{a},{c} ₽", "Смета", "Запись"),
    "uk": ("UA", "Телефон|Тел.|ТЕЛ|Моб.|Факс|Ел. пошта|IBAN|Картка|Замовлення №|Рахунок №|Клієнт №|Вага",
           ["Телефонуйте за номером {v}.", "Перекажіть кошти на {v}.", "Пишіть на {v}.",
            "Я сплатив карткою {v}."], "доб.", "%d.%m.%Y", "{a},{c} грн", "Кошторис", "Запис"),
    "bg": ("BG", "Телефон|Тел.|ТЕЛ|Мобилен|Факс|Имейл|IBAN|Карта|Поръчка №|Фактура №|Клиент №|Тегло",
           ["Обадете ни се на {v}.", "Преведете сумата по {v}.", "Пишете ни на {v}.",
            "Платих с карта {v}."], "вътр.", "%d.%m.%Y", "{a},{c} лв.", "Оферта", "Час"),
    "el": ("GR", "Τηλέφωνο|Τηλ.|ΤΗΛ|Κινητό|Φαξ|Email|IBAN|Κάρτα|Αρ. παραγγελίας|Τιμολόγιο αρ.|Κωδ. πελάτη|Βάρος",
           ["Καλέστε μας στο {v}.", "Καταθέστε στο {v}.", "Γράψτε μας στο {v}.",
            "Πλήρωσα με την κάρτα {v}."], "εσωτ.", "%d/%m/%Y", "{a},{c} €", "Προσφορά", "Ραντεβού"),
    "ar": ("AE", "هاتف|ت.|هاتف|جوال|فاكس|البريد الإلكتروني|آيبان|بطاقة|رقم الطلب|رقم الفاتورة|رقم العميل|الوزن",
           ["اتصل بنا على {v}.", "حوّل المبلغ إلى {v}.", "راسلنا على {v}.",
            "دفعت ببطاقتي {v}."], "تحويلة", "%d/%m/%Y", "{a}.{c} درهم", "عرض سعر", "موعد"),
    "fa": ("IR", "تلفن|تلفن|تلفن|همراه|فکس|ایمیل|شبا|کارت|شماره سفارش|شماره فاکتور|کد مشتری|وزن",
           ["با شماره {v} تماس بگیرید.", "مبلغ را به {v} واریز کنید.", "به {v} ایمیل بزنید.",
            "با کارت {v} پرداخت کردم."], "داخلی", "%Y/%m/%d", "{a}٬{c} ریال", "پیش‌فاکتور", "نوبت"),
    "he": ("IL", "טלפון|טל'|טלפון|נייד|פקס|דוא\"ל|IBAN|כרטיס אשראי|מס' הזמנה|חשבונית מס'|מס' לקוח|משקל",
           ["התקשרו אלינו ל-{v}.", "העבירו את הסכום ל-{v}.", "כתבו לנו ל-{v}.",
            "שילמתי בכרטיס {v}."], "שלוחה", "%d.%m.%Y", "₪{a}.{c}", "הצעת מחיר", "תור"),
    "hi": ("IN", "फ़ोन|फ़ो.|फ़ोन|मोबाइल|फ़ैक्स|ईमेल|IBAN|कार्ड|ऑर्डर सं.|बिल सं.|ग्राहक सं.|वज़न",
           ["हमें {v} पर कॉल करें।", "राशि {v} में जमा करें।", "हमें {v} पर लिखें।",
            "मैंने कार्ड {v} से भुगतान किया।"], "एक्सटेंशन", "%d/%m/%Y", "₹{a}.{c}", "कोटेशन", "अपॉइंटमेंट"),
    "zh": ("CN", "电话|电话|电话|手机|传真|邮箱|IBAN|银行卡|订单号|发票号|客户编号|重量",
           ["请拨打{v}联系我们。", "请汇款至{v}。", "请发邮件至{v}。",
            "我用卡{v}付了款。"], "转", "%Y年%m月%d日", "¥{a}.{c}", "报价单", "预约"),
    "ja": ("JP", "電話|TEL|TEL|携帯|FAX|メール|IBAN|クレジットカード|注文番号|請求書番号|顧客番号|重量",
           ["{v}までお電話ください。", "{v}にお振込みください。", "{v}までメールください。",
            "カード{v}で支払いました。"], "内線", "%Y年%m月%d日", "{a}円", "見積書", "予約"),
    "ko": ("KR", "전화|전화|TEL|휴대폰|팩스|이메일|IBAN|카드|주문번호|청구서 번호|고객번호|무게",
           ["{v}(으)로 전화 주세요.", "{v}(으)로 송금해 주세요.", "{v}(으)로 메일 주세요.",
            "카드 {v}(으)로 결제했습니다."], "내선", "%Y.%m.%d", "{a}원", "견적서", "예약"),
    "th": ("TH", "โทรศัพท์|โทร.|โทร|มือถือ|แฟกซ์|อีเมล|IBAN|บัตรเครดิต|เลขที่คำสั่งซื้อ|ใบแจ้งหนี้เลขที่|รหัสลูกค้า|น้ำหนัก",
           ["โทรหาเราที่ {v}", "โอนเงินไปที่ {v}", "ส่งอีเมลถึง {v}",
            "ฉันจ่ายด้วยบัตร {v}"], "ต่อ", "%d/%m/%Y", "{a}.{c} บาท", "ใบเสนอราคา", "นัดหมาย"),
    "hu": ("HU", "Telefon|Tel.|TEL|Mobil|Fax|E-mail|IBAN|Bankkártya|Rendelésszám|Számlaszám|Ügyfélszám|Tömeg",
           ["Hívjon minket a {v} számon.", "Utalja az összeget a {v} számlára.", "Írjon a {v} címre.",
            "A {v} kártyámmal fizettem."], "mellék", "%Y.%m.%d.", "{a} Ft", "Árajánlat", "Időpont"),
    "ro": ("RO", "Telefon|Tel.|TEL|Mobil|Fax|E-mail|IBAN|Card|Nr. comandă|Factura nr.|Cod client|Greutate",
           ["Sunați-ne la {v}.", "Virați suma în {v}.", "Scrieți-ne la {v}.",
            "Am plătit cu cardul {v}."], "int.", "%d.%m.%Y", "{a},{c} lei", "Ofertă", "Programare"),
    "en": ("GB", "Phone|Tel.|TEL|Mobile|Fax|Email|IBAN|Card|Order no.|Invoice no.|Customer no.|Weight",
           ["Ring us on {v}.", "Please wire it to {v}.", "Drop us a line at {v}.",
            "I paid with my card {v}."], "ext.", "%d/%m/%Y", "£{a}.{c}", "Quote", "Booking"),
}
LANGS = list(LEX)
FOREIGN = ["US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "GB", "IE", "FR", "DE", "AT", "CH", "IT", "ES", "PT", "NL", "BE", "LU", "DK", "NO", "SE", "FI", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "TR", "RU", "UA", "IL", "AE", "SA", "EG", "MA", "ZA", "NG", "KE", "IN", "PK", "BD", "CN", "JP", "KR", "TW", "HK", "SG", "MY", "TH", "VN", "ID", "PH", "AU", "NZ", "IR", "EE", "LV", "LT", "SI", "HR", "RS", "IS", "MT", "CY", "QA", "KW", "JO", "LB", "TN", "DZ", "GH"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DIGITS = {"zh": FULLWIDTH, "ja": FULLWIDTH, "ko": FULLWIDTH, "ar": ARABIC, "fa": PERSIAN}
IBAN_COUNTRIES = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "PL", "CZ", "SE", "PT", "RO", "HU", "BG", "GR", "TR", "GB", "CH", "DK", "NO", "FI", "IE", "LU", "SK", "SI", "HR"]
LOCAL_IBAN = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE",
              "cs": "CZ", "tr": "TR", "bg": "BG", "el": "GR", "hu": "HU", "ro": "RO", "en": "GB", "ar": "AE",
              "he": "IL", "uk": "UA", "fa": "IR"}
FIRST = ["anna", "jonas", "lea", "marek", "sofia", "ivan", "yuki", "minji", "omar", "dana", "pablo", "lucia", "tomas", "eva", "ali", "nora", "kenji", "raj"]
LAST = ["keller", "moreau", "garcia", "rossi", "silva", "dekker", "nowak", "berg", "novak", "yilmaz", "petrov", "ito", "kim", "haddad", "cohen"]
DOMAINS = ["mail.de", "gmx.net", "orange.fr", "yahoo.es", "libero.it", "sapo.pt", "ziggo.nl", "wp.pl", "telia.se", "seznam.cz", "yandex.ru", "ukr.net", "abv.bg", "otenet.gr", "outlook.com", "naver.com", "qq.com", "docomo.ne.jp"]


class Doc:
    """Text built piece by piece; values remember their span."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, s: str) -> "Doc":
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str, s: str, tail: str = "") -> "Doc":
        """A value whose span is s (tail, e.g. an extension, is part of it)."""
        full = s + tail
        self.spans.append({"type": kind, "start": self.n, "end": self.n + len(full), "text": full})
        return self.t(full)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- values
def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def luhn_fill(prefix: str, length: int, rng) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


BRANDS = [("4", 16), ("4", 16), ("4", 13), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16),
          ("2500", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("644", 16), ("3528", 16), ("3589", 16),
          ("36", 14), ("300", 14), ("62", 16), ("2200", 16), ("4", 19)]


def brand_ok(d: str) -> bool:
    n = len(d)
    return ((d[0] == "4" and n in (13, 16, 19)) or (51 <= int(d[:2]) <= 55 and n == 16)
            or (2221 <= int(d[:4]) <= 2720 and n == 16) or (d[:2] in ("34", "37") and n == 15)
            or ((d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649) and n == 16)
            or (3528 <= int(d[:4]) <= 3589 and n == 16) or ((d[:2] in ("36", "38", "39") or 300 <= int(d[:3]) <= 305)
                                                            and n == 14)
            or (d[:2] == "62" and 16 <= n <= 19) or (2200 <= int(d[:4]) <= 2204 and n == 16))


def card(rng, style=None) -> str:
    prefix, n = rng.choice(BRANDS)
    d = luhn_fill(prefix, n, rng)
    style = style or rng.choice(["space", "space", "dash", "plain"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if n == 15 or n == 14:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, n, 4)]
    return sep.join(g)


def bad_card(rng) -> str:
    """A masked or Luhn-invalid 16-digit number, or an IMEI (Luhn-valid 15 digits)."""
    k = rng.randrange(3)
    if k == 0:
        d = luhn_fill("4", 16, rng)
        return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "4" + "*" * 11])[:16] + d[-4:]
    if k == 1:
        d = luhn_fill(rng.choice(["4", "51", "6011"]), 16, rng)
        d = d[:-1] + str((int(d[-1]) + rng.randrange(1, 10)) % 10)
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    return luhn_fill(rng.choice(["35", "86", "49"]), 15, rng)


def ssn(rng, style="dash") -> str:
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
    sep = {"dash": "-", "space": " ", "plain": "", "dot": "."}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def bad_ssn(rng) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"9{rng.randrange(100):02d}-{rng.choice([70, 78, 81, 88, 92])}-{rng.randrange(10000):04d}"  # ITIN
    if k == 1:
        return f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"  # EIN
    if k == 2:
        return f"{rng.choice(['000', '666'])}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
    if k == 3:
        return f"{rng.randrange(1, 600):03d}-00-{rng.randrange(1, 10000):04d}"
    return f"{rng.randrange(1, 600):03d}-{rng.randrange(1, 100):02d}-0000"


def nine(rng) -> str:
    return f"{rng.randrange(10**8, 10**9)}"


def iban(rng, country=None, style=None) -> str:
    c = country or rng.choice(IBAN_COUNTRIES)
    try:
        v = IBAN.random(country_code=c, random=rng)
    except SchwiftyException:
        v = IBAN.random(country_code="DE", random=rng)
    style = style or rng.choice(["print", "print", "compact", "lower"])
    if style == "print":
        return v.formatted
    if style == "lower":
        return str(v.compact).lower()
    return str(v.compact)


def bad_iban(rng) -> str:
    v = str(IBAN.random(country_code=rng.choice(IBAN_COUNTRIES), random=rng).compact)
    ck = (int(v[2:4]) + rng.randrange(1, 90)) % 97
    ck = max(ck, 2)
    bad = v[:2] + f"{ck:02d}" + v[4:]
    return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))


def ip(rng, v6=None) -> str:
    if v6 is None:
        v6 = rng.random() < 0.25
    if v6:
        k = rng.randrange(3)
        head = [f"2a01:4f8:{rng.randrange(4096):x}", f"2a02:{rng.randrange(4096):x}", f"fd{rng.randrange(256):02x}:{rng.randrange(65536):x}",
                "fe80:"][k if k < 2 else rng.choice([2, 3])]
        tail = ":".join(f"{rng.randrange(65536):x}" for _ in range(rng.choice([2, 3, 4])))
        return f"{head}::{tail}" if head != "fe80:" else f"fe80::{tail}"
    k = rng.randrange(5)
    if k == 0:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 1:
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 2:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    while True:
        a = rng.choice([23, 31, 45, 62, 77, 81, 91, 103, 141, 151, 185, 195, 203, 212, 217])
        s = f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        if ipaddress.ip_address(s).is_global:
            return s


def ip_neg(rng) -> str:
    return rng.choice([
        "127.0.0.1", "0.0.0.0", "::1", "::", "255.255.255.0", "255.255.255.255", "255.255.0.0", "0.0.0.255",
        f"1.3.6.1.4.1.{rng.randrange(100, 60000)}.{rng.randrange(10)}", f"v{rng.randrange(1, 9)}.{rng.randrange(20)}.{rng.randrange(20)}.{rng.randrange(200)}",
        f"{rng.randrange(1, 9)}.{rng.randrange(20)}.{rng.randrange(20)}.{rng.randrange(9000)}-rc{rng.randrange(5)}",
        f"§ {rng.randrange(1, 20)}.{rng.randrange(1, 9)}.{rng.randrange(1, 9)}",
        f"{rng.randrange(30, 60)}.{rng.randrange(10**5, 10**6)}, {rng.randrange(2, 30)}.{rng.randrange(10**5, 10**6)}",
    ])


def email(rng) -> str:
    f, la = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{f}.{la}", f"{f}{rng.randrange(10, 99)}", f"{f[0]}.{la}", f"{f}+{rng.choice(['shop', 'news', 'b17'])}",
                        f"{la}_{f}", f"{f.upper()}.{la.capitalize()}"])
    dom = rng.choice(DOMAINS + [f"{la}-{rng.choice(['service', 'group', 'studio'])}.{rng.choice(['com', 'eu', 'co.uk', 'de'])}"])
    return f"{local}@{dom}"


def email_neg(rng) -> str:
    f, la = rng.choice(FIRST), rng.choice(LAST)
    h = f"{rng.getrandbits(48):x}"
    return rng.choice([
        f"<{h}.{rng.randrange(10**6)}@mx{rng.randrange(9)}.{la}.com>", f"lodash@4.17.{rng.randrange(30)}",
        f"@{f}_{la}", f"git@github.com:{la}/{f}-tools.git", f"registry.io/{la}/api@sha256:{h}{h}",
        f"{f}@{la}-pc:~$", f"{f} [at] {la} [dot] com", f"{f}(at){la}.de", "root@localhost",
        f"{f} at {la} dot org", f"@{la}{rng.randrange(99)}", f"react@{rng.randrange(16, 19)}.{rng.randrange(3)}.0",
    ])


def _rand_number(region: str, rng, mobile: bool):
    t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nat = str(ex.national_number)
    for _ in range(40):
        keep = min(rng.choice([0, 1, 2, 2, 3]), len(nat) - 4)
        cand = nat[:keep] + "".join(str(rng.randrange(10)) for _ in range(len(nat) - keep))
        pn = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand))
        if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == region:
            return pn
    return ex


def phone(rng, region: str, lang: str, own: bool = True, mobile=None) -> str:
    pn = _rand_number(region, rng, rng.random() < 0.5 if mobile is None else mobile)
    F = phonenumbers.PhoneNumberFormat
    styles = ["intl", "e164", "00", "intl"] + (["nat", "nat", "nat"] if own else [])
    st = rng.choice(styles)
    if st == "nat":
        s = phonenumbers.format_number(pn, F.NATIONAL)
        if region in ("FR", "BE", "LU") and rng.random() < 0.5:
            s = s.replace(" ", ".")
        if region in ("DE", "AT", "CH") and rng.random() < 0.4 and " " in s:
            a, b = s.split(" ", 1)
            s = a + "/" + b.replace(" ", "")
    elif st == "intl":
        s = phonenumbers.format_number(pn, F.INTERNATIONAL)
        if region in ("DE", "GB", "AT", "CH", "NL", "IT") and rng.random() < 0.3:
            cc = f"+{pn.country_code} "
            nat = phonenumbers.format_number(pn, F.NATIONAL)
            if nat.startswith("0"):
                s = cc + "(0)" + nat[1:]
    elif st == "e164":
        s = phonenumbers.format_number(pn, F.E164)
    else:
        s = "00" + phonenumbers.format_number(pn, F.INTERNATIONAL)[1:]
    if rng.random() < 0.1:
        s = s.replace(" ", "\u00a0")
    if lang in DIGITS and rng.random() < 0.35:
        s = s.translate(DIGITS[lang])
    return s


def phone_neg(rng, lang: str) -> tuple[str, str]:
    """(label index, phone-shaped number that is not a phone) in the page's language."""
    k = rng.randrange(8)
    if k == 0:
        return 8, f"{rng.randrange(100, 999)} {rng.randrange(1000, 9999)} {rng.randrange(100, 999)}"
    if k == 1:
        return 9, f"{rng.randrange(2023, 2028)}-{rng.randrange(10**5, 10**6)}"
    if k == 2:
        return 10, f"{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(10, 99)}"
    if k == 3:
        return 8, f"{rng.randrange(10**9, 10**10)}"
    if k == 4:
        return 9, f"{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}/{rng.randrange(10, 99)}"
    if k == 5:
        return 10, f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}"
    if k == 6:
        return 8, f"{rng.choice('ABCDKMRZ')}{rng.randrange(10**7, 10**8)}"
    return 9, f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}"


def _digits(s: str) -> str:
    """ASCII digits for full-width, Arabic-Indic and Persian ones."""
    return "".join(str(int(c)) if c.isdigit() else c for c in s)


def date_s(rng, fmt: str) -> str:
    import datetime as dt
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(700))
    return d.strftime(fmt)


def dob(rng) -> str:
    return f"{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}/{rng.randrange(1948, 2008)}"


def price(rng, fmt: str) -> str:
    return fmt.format(a=f"{rng.randrange(20, 9000)}", c=f"{rng.randrange(100):02d}")


# ---------------------------------------------------------------- pages of many countries
PAGES = {
    "drone_course_enrolments": {"de": "Anmeldung Drohnenführerschein A2", "pl": "Zapis na kurs operatora dronów",
                                "ja": "ドローン操縦講習 申込書", "es": "Inscripción curso de piloto de drones",
                                "th": "ใบสมัครหลักสูตรนักบินโดรน"},
    "driving_school_bookings": {"fr": "Auto-école — réservation de leçons de conduite", "tr": "Sürücü kursu ders rezervasyonu",
                                "ru": "Автошкола: запись на занятия по вождению", "hi": "ड्राइविंग स्कूल पाठ बुकिंग",
                                "nl": "Rijschool — lesboeking"},
    "aquarium_service_contracts": {"it": "Contratto di manutenzione acquari", "ko": "수족관 관리 계약서",
                                   "cs": "Smlouva o údržbě akvária", "ar": "عقد صيانة أحواض الأسماك",
                                   "en": "Aquarium maintenance contract"},
    "dog_walking_agreements": {"sv": "Avtal om hundpromenader", "el": "Συμφωνία βόλτας σκύλων",
                               "pt": "Contrato de passeio de cães", "de": "Vereinbarung Gassi-Service",
                               "he": "הסכם דוג ווקר"},
    "kayak_rental_waivers": {"ro": "Declarație închiriere caiac", "fr": "Décharge location de kayak",
                             "zh": "皮划艇租赁免责声明", "uk": "Заява на прокат байдарок", "hu": "Kajakbérlési nyilatkozat"},
    "roofing_repair_quotes": {"pl": "Wycena naprawy dachu", "bg": "Оферта за ремонт на покрив",
                              "es": "Presupuesto de reparación de tejado", "fa": "پیش‌فاکتور تعمیر سقف",
                              "en": "Roof repair quotation"},
    "house_moving_quotes": {"nl": "Verhuisofferte", "it": "Preventivo trasloco", "ja": "引越し見積書",
                            "tr": "Evden eve nakliyat teklifi", "de": "Umzugsangebot"},
    "glazier_quotes": {"cs": "Nabídka sklenářských prací", "sv": "Offert glasmästeri", "ru": "Смета на остекление",
                       "pt": "Orçamento de vidraceiro", "ko": "유리 시공 견적서"},
    "carpet_cleaning_orders": {"hu": "Szőnyegtisztítási megrendelés", "el": "Παραγγελία καθαρισμού χαλιών",
                               "ar": "طلب تنظيف السجاد", "ro": "Comandă curățare covoare", "fr": "Bon de nettoyage de tapis"},
    "septic_tank_service_reports": {"de": "Protokoll Klärgrubenentleerung", "uk": "Акт відкачки септика",
                                    "hi": "सेप्टिक टैंक सेवा रिपोर्ट", "es": "Informe de vaciado de fosa séptica",
                                    "bg": "Протокол почистване на септична яма"},
    "hearing_aid_fittings": {"it": "Appuntamento applicazione apparecchio acustico", "he": "תור להתאמת מכשיר שמיעה",
                             "zh": "助听器验配预约", "nl": "Afspraak hoortoestel aanpassen", "pl": "Dopasowanie aparatu słuchowego"},
    "sauna_rental_bookings": {"fa": "رزرو اجاره سونا", "th": "การจองเช่าซาวน่า", "sv": "Bokning av hyrbastu",
                              "ru": "Бронирование бани", "tr": "Sauna kiralama rezervasyonu"},
}
NAMES = {"ru": "Иван Петров", "uk": "Олена Коваль", "bg": "Мария Иванова", "el": "Νίκος Παππάς", "ar": "سارة حداد",
         "fa": "رضا احمدی", "he": "דנה כהן", "hi": "राज शर्मा", "zh": "王丽", "ja": "伊藤 健二", "ko": "김민지",
         "th": "สมชาย ใจดี"}


def _page_items(rng, lang, reg_i):
    region, labels, sents, ext, dfmt, pfmt, w_quote, w_book = LEX[lang]
    lab = labels.split("|")
    items = []  # (kind or None, label, value, tail, sentence index)
    for _ in range(rng.randrange(2, 4)):
        tail = ""
        mob = rng.random() < 0.5
        v = phone(rng, region, lang, own=True, mobile=mob)
        if not mob and rng.random() < 0.2:
            tail = f" {ext} {rng.randrange(10, 999)}"
        items.append((PHONE, rng.choice([lab[0], lab[1], lab[2], lab[3] if mob else lab[4]]), v, tail, 0))
    if rng.random() < 0.6:
        items.append((PHONE, rng.choice([lab[0], lab[3]]), phone(rng, rng.choice(FOREIGN), lang, own=False), "", 0))
    for _ in range(1 if rng.random() < 0.8 else 2):
        items.append((EMAIL, lab[5], email(rng), "", 2))
    for _ in range(1 if rng.random() < 0.6 else 2):
        items.append((CARD, lab[7], card(rng), "", 3))
    if rng.random() < 0.3:
        items.append((IBAN_T, lab[6], iban(rng, LOCAL_IBAN.get(lang) if rng.random() < 0.6 else None), "", 1))
    if rng.random() < 0.35:
        items.append((IP, "IP", ip(rng), "", -1))
    negs = []
    for _ in range(len([i for i in items if i[0] == PHONE]) + rng.randrange(1, 3)):
        li, nv = phone_neg(rng, lang)
        negs.append((None, lab[li], nv, "", -1))
    negs.append((None, lab[11], f"{rng.randrange(1, 90)},{rng.randrange(10)} kg", "", -1))
    negs.append((None, w_book, date_s(rng, dfmt) + f" {rng.randrange(7, 20)}:{rng.choice(['00', '15', '30', '45'])}", "", -1))
    negs.append((None, w_quote, price(rng, pfmt), "", -1))
    for _ in range(rng.randrange(1, 3)):
        negs.append((None, "", email_neg(rng), "", -1))
    if rng.random() < 0.5:
        negs.append((None, lab[7], bad_card(rng), "", -1))
    if rng.random() < 0.3:
        negs.append((None, lab[6], bad_iban(rng), "", -1))
    if rng.random() < 0.4:
        negs.append((None, "", ip_neg(rng), "", -1))
    rng.shuffle(items)
    rng.shuffle(negs)
    return items, negs, sents


def _label(rng, lab):
    if not lab:
        return ""
    k = rng.randrange(5)
    return [f"{lab}: ", f"{lab.upper()} ", f"{lab} ", f"{lab}:\t", f"{lab} ..... "][k]


def page_doc(rng, reg, lang, title, layout):
    d = Doc()
    items, negs, sents = _page_items(rng, lang, 0)
    name = NAMES.get(lang, f"{rng.choice(FIRST).capitalize()} {rng.choice(LAST).capitalize()}")
    d.t(f"{title}\n{name}\n\n")
    mixed = [*items]
    for n in negs:
        mixed.insert(rng.randrange(len(mixed) + 1), n)
    if layout == 0:  # label lines
        for kind, lab, v, tail, _ in mixed:
            d.t(_label(rng, lab))
            d.v(kind, v, tail) if kind else d.t(v)
            d.t("\n")
    elif layout == 1:  # table: header far above the values
        cols = [i for i in items if i[0] in (PHONE, EMAIL)]
        d.t(" | ".join([negs[0][1] or "#"] + [c[1] for c in cols]) + "\n")
        d.t("-" * 40 + "\n")
        for r in range(rng.randrange(2, 4)):
            _, nv = phone_neg(rng, lang)
            d.t(nv)
            for c in cols:
                d.t(" | ")
                if r == 0:
                    d.v(c[0], c[2])
                else:
                    v = phone(rng, LEX[lang][0], lang) if c[0] == PHONE else email(rng)
                    d.v(c[0], v)
            d.t("\n")
        d.t("\n")
        for kind, lab, v, tail, _ in [m for m in mixed if m not in cols]:
            d.t(_label(rng, lab))
            d.v(kind, v, tail) if kind else d.t(v)
            d.t("\n")
    elif layout == 2:  # prose: only the sentence marks the value
        for kind, lab, v, tail, si in mixed:
            if kind and si >= 0:
                pre, post = sents[si].split("{v}")
                d.t(pre)
                d.v(kind, v)
                d.t(post + " ")
            else:
                d.t(_label(rng, lab))
                d.v(kind, v, tail) if kind else d.t(v)
                d.t(". ")
            if rng.random() < 0.3:
                d.t("\n")
        d.t("\n")
    elif layout == 3:  # label after the value
        for kind, lab, v, tail, _ in mixed:
            d.v(kind, v, tail) if kind else d.t(v)
            d.t(f" ({lab})\n" if lab else "\n")
    elif layout == 4:  # text from HTML
        for kind, lab, v, tail, _ in mixed:
            d.t(rng.choice(["<td>", "</td><td>", "<br>", "&nbsp;", "**", "<li>"]))
            d.t(f"{lab}" + rng.choice([":</b>\n", ":&nbsp;", "</th>\n<td>", ": "]) if lab else "")
            d.v(kind, v, tail) if kind else d.t(v)
            d.t(rng.choice(["</td>", "<br>\n", "\n", "</li>\n"]))
    else:  # contact strip (shape only), then labelled references
        strip = [i for i in items if i[0] in (EMAIL, IBAN_T) or (i[0] == CARD and not i[2].isdigit()) or (i[0] == PHONE and _digits(i[2]).startswith(("+", "00")))]
        for j, (kind, _, v, _, _) in enumerate(strip):
            if j:
                d.t(rng.choice([" · ", " | ", " / ", "  "]))
            d.v(kind, v)
        d.t("\n\n")
        for kind, lab, v, tail, _ in [m for m in mixed if m not in strip]:
            d.t(_label(rng, lab))
            d.v(kind, v, tail) if kind else d.t(v)
            d.t("\n")
    return d


# ---------------------------------------------------------------- US pages carrying SSNs
US = {
    "credit_union_membership_applications": ("Evergreen Federal Credit Union - Membership Application",
                                             ["Applicant", "Joint owner", "Beneficiary"]),
    "child_support_case_notices": ("Office of Child Support Enforcement - Case Notice",
                                   ["Custodial parent", "Non-custodial parent", "Child"]),
    "vehicle_title_transfers": ("State Department of Revenue - Application for Certificate of Title",
                                ["Seller", "Buyer", "Co-buyer", "Lienholder contact"]),
    "tax_refund_offset_letters": ("Bureau of the Fiscal Service - Treasury Offset Notice",
                                  ["Taxpayer", "Spouse", "Debtor"]),
    "probate_estate_inventories": ("Probate Court - Inventory and Appraisal of Estate",
                                   ["Decedent", "Personal representative", "Heir"]),
    "life_insurance_enrollment_forms": ("Group Life Insurance - Enrollment / Change Form",
                                        ["Employee", "Spouse", "Primary beneficiary", "Contingent beneficiary"]),
    "clinical_trial_stipend_forms": ("Clinical Research Participant Payment Form",
                                     ["Participant", "Study coordinator", "Caregiver"]),
}
SSN_LABELS = ["SSN", "SSN:", "Social Security Number:", "Soc. Sec. No.", "SOCIAL SECURITY NO.", "SS#", "S.S.N.",
              "Social Security #", "TIN (SSN)", "ssn="]
NINE_LABELS = ["Routing no.", "ABA", "Member ID", "Claim #", "Case No.", "Policy no.", "Employee ID", "Protocol #",
               "Account", "Docket", "ZIP+4", "Confirmation"]


def _nine_neg(rng, lab):
    if lab == "ZIP+4":
        return f"{rng.randrange(10000, 99999)}-{rng.randrange(1000, 9999)}"
    if lab in ("Case No.", "Docket"):
        return f"{rng.randrange(10, 99)}-{rng.choice(['DR', 'CV', 'PR'])}-{rng.randrange(10**5, 10**6)}"
    if lab == "Claim #" and rng.random() < 0.5:
        return f"{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}-{rng.randrange(10)}"
    return nine(rng)


def us_doc(rng, reg, layout):
    title, roles = US[reg]
    d = Doc()
    people = []
    for role in (roles + ["Dependent", "Dependent", "Dependent"])[:rng.randrange(3, len(roles) + 4)]:
        nm = f"{rng.choice(FIRST).capitalize()} {rng.choice(LAST).capitalize()}"
        people.append((role, nm, ssn(rng, rng.choice(["dash", "dash", "space", "plain", "dot"]))))
    if rng.random() < 0.6:
        people.append((roles[0], people[0][1], ssn(rng, "plain")))
    ph = [phone(rng, "US", "en", own=True) for _ in range(rng.randrange(1, 3))]
    em = email(rng)
    dt = date_s(rng, rng.choice(["%m/%d/%Y", "%B %d, %Y", "%m-%d-%y"]))
    negs = [(lab, _nine_neg(rng, lab)) for lab in rng.sample(NINE_LABELS, rng.randrange(3, 5))]
    negs.append((rng.choice(["ITIN", "EIN", "Employer EIN", "Fed. ID", "Ref"]), bad_ssn(rng)))
    negs.append((rng.choice(["Amount", "Balance due", "Stipend"]), f"${rng.randrange(1, 99)},{rng.randrange(100, 999)}.{rng.randrange(100):02d}"))
    negs.append(("Reference", f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
                 if rng.random() < 0.3 else f"{rng.randrange(100, 999)} {rng.randrange(1000, 9999)} {rng.randrange(100, 999)}"))
    cardv = card(rng) if rng.random() < 0.85 else None
    d.t(title + "\n")
    if layout == 0:  # printed form
        d.t(f"Date: {dt}    Form {rng.choice(['CU-12', 'OCSE-04', 'FMS-88', 'PC-686', 'GL-3', 'CRP-2'])} (Rev. {rng.randrange(1, 12)}/{rng.randrange(2019, 2026)})\n\n")
        for role, nm, s in people:
            lab = rng.choice(SSN_LABELS[:-1])
            d.t(f"{role} name: {nm}\n{lab} ").v(SSN, s).t(rng.choice(["\n", "   DOB: " + dob(rng) + "\n"]))
        d.t("Daytime phone: ").v(PHONE, ph[0]).t("\n")
        if len(ph) > 1:
            d.t("Evening phone ").v(PHONE, ph[1]).t("\n")
        d.t("E-mail address: ").v(EMAIL, em).t("\n")
        for lab, v in negs:
            d.t(f"{lab}: {v}\n")
        if cardv:
            d.t("Card for recurring payment: ").v(CARD, cardv).t(f"  exp {rng.randrange(1, 13):02d}/{rng.randrange(27, 32)}\n")
    elif layout == 1:  # OCR of a paper form
        d.t(f"|  {dt}  |\n")
        for role, nm, s in people:
            d.t(f"{role.upper()} N4ME  {nm.upper()}  |\n")
            d.t(rng.choice(["S0CIAL SECUR1TY NO ", "Soc1al Sec. N0. ", "SSN  |  ", "SOC SEC #  "])).v(SSN, s).t("   |\n")
        d.t("TELEPH0NE ( home ) ").v(PHONE, ph[0]).t("  |\n")
        d.t("E MAIL  ").v(EMAIL, em).t("\n")
        for lab, v in negs:
            d.t(f"{lab.upper()}  {v}  |\n")
        if cardv:
            d.t("CARD N0. ").v(CARD, cardv).t(f"  EXP {rng.randrange(1, 13):02d}/{rng.randrange(27, 32)}  |\n")
    elif layout == 2:  # spreadsheet pasted as text, column header above
        d.t("\t".join(["Name", "Role", rng.choice(["SSN", "Soc Sec No", "SSN/TIN"]), "Phone", "Member ID", "Date"]) + "\n")
        for role, nm, s in people:
            d.t(f"{nm}\t{role}\t").v(SSN, s.replace("-", "").replace(" ", "").replace(".", "") if rng.random() < 0.5 else s)
            d.t("\t").v(PHONE, phone(rng, "US", "en")).t(f"\t{nine(rng)}\t{date_s(rng, '%m/%d/%Y')}\n")
        d.t("\nContact: ").v(EMAIL, em).t("\n")
        for lab, v in negs:
            d.t(f"{lab}\t{v}\n")
        if cardv:
            d.t("Payment card\t").v(CARD, cardv).t(f"\t{rng.choice(['Visa/MC', 'on file', 'autopay'])}\n")
    elif layout == 3:  # chat / support thread or letter
        d.t(f"[{dt} 10:{rng.randrange(10, 59)} AM] Agent: I can verify the account. Routing number on file is {nine(rng)}.\n")
        phr = ["my social is ", "ok my ss number is ", "here's the SSN: ", "her social security number is "]
        for role, nm, s in people:
            d.t(f"[{role}] {nm}: {rng.choice(phr)}").v(SSN, s).t(rng.choice([" thanks", "", " - that's correct", "."]) + "\n")
        d.t("Agent: and a callback number? \n").t(f"{people[0][1]}: call me on ").v(PHONE, ph[0]).t(" after 5\n")
        d.t("Agent: email for the confirmation?\n").t(f"{people[0][1]}: ").v(EMAIL, em).t("\n")
        for lab, v in negs:
            d.t(f"Agent: your {lab.lower().rstrip(':')} is {v}\n")
        if cardv:
            d.t(f"{people[0][1]}: can I pay with card ").v(CARD, cardv).t("?\n")
    elif layout == 5:  # letter: only the sentence, or the label after the value
        d.t(f"{dt}\n\nDear {people[0][1]},\n\n")
        for role, nm, s in people:
            if rng.random() < 0.5:
                d.t(f"Our records list {nm} ({role.lower()}) under Social Security number ").v(SSN, s).t(". ")
            else:
                d.t(f"For {nm}, we matched ").v(SSN, s).t(rng.choice([" (SSN)", " [your SSN]", ", the social security number you gave us,"]) + " to the case. ")
            d.t(f"Please quote file {_nine_neg(rng, rng.choice(['Case No.', 'Claim #', 'Member ID']))} when you write.\n")
        d.t("If you have questions, call us at ").v(PHONE, ph[0]).t(" Monday-Friday 8:00-5:00 or write to ").v(EMAIL, em).t(".\n")
        for lab, v in negs:
            d.t(f"{lab}: {v}\n")
        if cardv:
            d.t("Payments by card (we charged ").v(CARD, cardv).t(") are final.\n")
        d.t(f"\nSincerely,\nCase Officer {rng.choice(LAST).capitalize()}, ext. {rng.randrange(100, 9999)}\n")
    elif layout == 6:  # HR / case-system audit log, key=value
        for role, nm, s in people:
            d.t(f"{_ts(rng, 1)} audit user={rng.choice(FIRST)}.{rng.choice(LAST)} action=UPDATE field=")
            d.t(rng.choice(["ssn", "SSN", "tax_id(SSN)", "soc_sec_no"]) + " old=").v(SSN, s).t(" new=")
            d.v(SSN, ssn(rng, rng.choice(["dash", "plain"]))).t(f" record={nine(rng)} role=\"{role}\"\n")
        d.t(f"{_ts(rng, 1)} audit action=UPDATE field=work_phone new=").v(PHONE, ph[0]).t(f" employee_id={nine(rng)}\n")
        d.t(f"{_ts(rng, 1)} audit action=UPDATE field=email new=").v(EMAIL, em).t(f" ticket=INC{rng.randrange(10**6, 10**7)}\n")
        for lab, v in negs:
            d.t(f"{_ts(rng, 1)} audit action=VIEW field={lab.lower().replace(' ', '_')} value={v}\n")
        if cardv:
            d.t(f"{_ts(rng, 1)} audit action=UPDATE field=corp_card new=").v(CARD, cardv.replace(" ", "")).t("\n")
    else:  # leaked dump
        k = rng.randrange(3)
        d.t(["name|member_id|ssn|phone|date\n", "", "# user:ssn:phone\n"][k])
        for role, nm, s in people:
            if k == 2 and s.isdigit():
                s = f"{s[:3]}-{s[3:5]}-{s[5:]}"
            p = phone(rng, "US", "en")
            if k == 0:
                d.t(f"{nm}|{nine(rng)}|").v(SSN, s).t("|").v(PHONE, p).t(f"|{dt}\n")
            elif k == 1:
                d.t(json.dumps({"name": nm, "member_id": nine(rng)})[:-1] + ', "ssn": "').v(SSN, s)
                d.t('", "phone": "').v(PHONE, p).t('"}\n')
            else:
                d.t(f"{nm.lower().replace(' ', '.')}:").v(SSN, s).t(":").v(PHONE, p).t("\n")
        d.t("# contact ").v(EMAIL, em).t("\n")
        for lab, v in negs:
            d.t(f"# {lab}={v}\n")
        if cardv:
            d.t("cc=").v(CARD, cardv.replace(" ", "")).t(f" cvv={rng.randrange(100, 999)}\n")
    d.t(f"\n{email_neg(rng)}  page {rng.randrange(1, 9)} of {rng.randrange(9, 20)}\n")
    return d


# ---------------------------------------------------------------- machine output
MACHINE = ["lighttpd_logs", "cloudflare_logpush", "snort_alerts", "kea_dhcp4_logs", "sendmail_maillog",
           "mosquitto_broker_logs"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ts(rng, style):
    m, dd, h, mi, s = rng.randrange(12), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60)
    if style == 0:
        return f"{dd:02d}/{MON[m]}/2026:{h:02d}:{mi:02d}:{s:02d} +0000"
    if style == 1:
        return f"2026-{m + 1:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randrange(1000):03d}Z"
    if style == 2:
        return f"{MON[m]} {dd:2d} {h:02d}:{mi:02d}:{s:02d}"
    return f"{rng.randrange(1767225600, 1798761600)}"


def _addr(d, rng, v, port=None, bracket=None):
    """An IP with its port as the tool prints it (brackets around IPv6 with a port)."""
    six = ":" in v
    if port is None:
        d.v(IP, v)
        return
    if six and (bracket or bracket is None):
        d.t("[").v(IP, v).t(f"]:{port}")
    elif six:
        d.v(IP, v).t(f".{port}")
    else:
        d.v(IP, v).t(f":{port}")


def machine_doc(rng, reg, layout):
    d = Doc()
    n = rng.randrange(3, 6)
    if reg == "lighttpd_logs":
        for _ in range(n):
            c = ip(rng)
            if layout == 0:
                d.v(IP, c).t(f" www.{rng.choice(LAST)}.com - [{_ts(rng, 0)}] \"GET /static/v{rng.randrange(1, 9)}.{rng.randrange(20)}.{rng.randrange(9)}.{rng.randrange(300)}/app.js HTTP/1.1\" {rng.choice([200, 304, 404])} {rng.randrange(100, 99999)} \"-\" \"curl/8.{rng.randrange(9)}.0\"\n")
            elif layout == 1:
                d.t(f"{_ts(rng, 1)[:19].replace('T', ' ')}: (mod_fastcgi.c.{rng.randrange(100, 3000)}) connection to backend ")
                _addr(d, rng, ip(rng), rng.randrange(1024, 65535))
                d.t(" failed, remote ").v(IP, c).t(f" pid {rng.randrange(1000, 99999)}\n")
            else:
                d.t("server.bind = \"").v(IP, c).t(f"\"  # was 0.0.0.0, mask {rng.choice(['255.255.255.0', '255.255.0.0'])}\n")
    elif reg == "cloudflare_logpush":
        for _ in range(n):
            c, o = ip(rng), ip(rng, v6=False)
            ray = f"{rng.getrandbits(64):016x}"
            if layout == 0:
                d.t('{"ClientIP":"').v(IP, c).t(f'","ClientRequestHost":"shop.{rng.choice(LAST)}.de","EdgeStartTimestamp":{_ts(rng, 3)}000000000,"OriginIP":"').v(IP, o)
                d.t(f'","RayID":"{ray}","EdgeResponseBytes":{rng.randrange(10**3, 10**7)},"ClientASN":{rng.randrange(1000, 65000)}}}\n')
            elif layout == 1:
                d.t(f"{_ts(rng, 1)},{ray},").v(IP, c).t(f",{rng.choice(['DE', 'US', 'JP'])},{rng.randrange(200, 530)},").v(IP, o).t(f",{rng.randrange(10**6, 10**9)}\n")
            else:
                d.t(f"RayID={ray} ClientIP=").v(IP, c).t(f" EdgeColoCode=FRA ZoneID={rng.randrange(10**8, 10**9)} OriginIP=").v(IP, o).t(f" CacheTTL={rng.randrange(60, 86400)}\n")
    elif reg == "snort_alerts":
        for _ in range(n):
            s, t = ip(rng), ip(rng)
            sid = f"[1:{rng.randrange(2000000, 2100000)}:{rng.randrange(1, 9)}]"
            if layout == 0:
                d.t(f"{_ts(rng, 1)[5:19].replace('-', '/').replace('T', '-')}  [**] {sid} ET SCAN Suspicious inbound [**] [Priority: {rng.randrange(1, 4)}] {{TCP}} ")
                _addr(d, rng, s, rng.randrange(1024, 65535))
                d.t(" -> ")
                _addr(d, rng, t, rng.choice([22, 443, 3389]))
                d.t("\n")
            elif layout == 1:
                d.t(f"{_ts(rng, 3)},{sid},TCP,").v(IP, s).t(f",{rng.randrange(1024, 65535)},").v(IP, t).t(f",{rng.choice([80, 445])},oid {rng.choice(['1.3.6.1.2.1.1.3.0', '1.3.6.1.4.1.9.9.41'])}\n")
            else:
                d.t('{"event_second":' + _ts(rng, 3) + ',"src_addr":"').v(IP, s).t('","dst_addr":"').v(IP, t).t(f'","gid":1,"sid":{rng.randrange(10**6, 10**7)},"rev":{rng.randrange(1, 9)}}}\n')
    elif reg == "kea_dhcp4_logs":
        for _ in range(n):
            a = ip(rng, v6=False)
            mac = ":".join(f"{rng.randrange(256):02x}" for _ in range(6))
            if layout == 0:
                d.t(f"{_ts(rng, 1)[:23].replace('T', ' ')} INFO  [kea-dhcp4.leases/{rng.randrange(1000, 9999)}.{rng.randrange(10**14, 10**15)}] DHCP4_LEASE_ALLOC [hwtype=1 {mac}], cid=[no info], tid=0x{rng.getrandbits(32):x}: lease ").v(IP, a).t(f" has been allocated for {rng.choice([3600, 7200, 86400])} seconds\n")
            elif layout == 1:
                d.t(f"{rng.randrange(10**9, 2 * 10**9)},").v(IP, a).t(f",{mac},{rng.choice([3600, 7200])},{rng.randrange(10**9, 2 * 10**9)},{rng.randrange(1, 9)},0,0,host-{rng.randrange(100)}.lan,0,,0\n")
            else:
                d.t('{ "ip-address": "').v(IP, a).t(f'", "hw-address": "{mac}", "subnet-id": {rng.randrange(1, 99)}, "option-data": [{{"name": "routers", "data": "').v(IP, ip(rng, v6=False)).t('"}, {"name": "subnet-mask", "data": "255.255.255.0"}] }\n')
    elif reg == "sendmail_maillog":
        for _ in range(n):
            qid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)) + f"{rng.randrange(10**6):06d}"
            a = ip(rng)
            if layout == 0:
                d.t(f"{_ts(rng, 2)} mx{rng.randrange(1, 4)} sm-mta[{rng.randrange(1000, 99999)}]: {qid}: from=<").v(EMAIL, email(rng))
                d.t(f">, size={rng.randrange(1000, 10**6)}, class=0, nrcpts=1, msgid={email_neg(rng) if rng.random() < 0.3 else '<' + qid + '@mx1.example.org>'}, proto=ESMTP, relay=mail.{rng.choice(LAST)}.com [").v(IP, a).t("]\n")
            elif layout == 1:
                d.t(f"{_ts(rng, 2)} mx sm-mta[{rng.randrange(1000, 99999)}]: {qid}: to=").v(EMAIL, email(rng)).t(f", delay=00:00:0{rng.randrange(10)}, mailer=esmtp, pri={rng.randrange(10**5, 10**6)}, relay=[").v(IP, a).t("], dsn=2.0.0, stat=Sent\n")
            else:
                d.t(f"{_ts(rng, 2)} mx sm-mta[{rng.randrange(1000, 99999)}]: ruleset=check_rcpt, arg1=<").v(EMAIL, email(rng)).t(">, relay=[").v(IP, a).t("], reject=550 5.7.1 Relaying denied; IPv6:::1 localhost\n")
    else:  # mosquitto
        for _ in range(n):
            a = ip(rng)
            cid = f"{rng.choice(['sensor', 'esp32', 'gw'])}-{rng.randrange(10**5, 10**6)}"
            if layout == 0:
                d.t(f"{_ts(rng, 3)}: New client connected from ")
                _addr(d, rng, a, rng.randrange(1024, 65535))
                d.t(f" as {cid} (p2, c1, k60, u'{rng.choice(FIRST)}').\n")
            elif layout == 1:
                d.t(f"{_ts(rng, 1)}: Client {cid} ").v(IP, a).t(f" disconnected, not authorised. v{rng.randrange(1, 3)}.{rng.randrange(10)}.{rng.randrange(20)}\n")
            else:
                d.t(f"listener {rng.choice([1883, 8883])} ").v(IP, a).t(f"\n# bridge {cid} address ")
                _addr(d, rng, ip(rng), rng.choice([1883, 8883]), bracket=True)
                d.t("  # not 127.0.0.1\n")
    d.t(f"# {rng.choice(['host', 'node'])} {email_neg(rng)} build {rng.randrange(1, 5)}.{rng.randrange(20)}.{rng.randrange(9)}.{rng.randrange(9999)}\n")
    return d


# ---------------------------------------------------------------- the set
def generate(half: str = "blind17") -> list[dict]:
    rng = random.Random(SEED)
    plan = []
    for j, (reg, titles) in enumerate(PAGES.items()):
        for i in range(52):
            lang = list(titles)[i % len(titles)]
            plan.append(("page", reg, lang, titles[lang], (i + j) % 6))
    for j, reg in enumerate(US):
        for i in range(46):
            plan.append(("us", reg, "en", None, (i + j) % 7))
    for reg in MACHINE:
        for i in range(36):
            plan.append(("machine", reg, "en", None, i % 3))
    rows = []
    for kind, reg, lang, title, layout in plan:
        if kind == "page":
            d = page_doc(rng, reg, lang, title, layout)
            url = f"https://www.{rng.choice(LAST)}-{reg.split('_')[0]}.{ {'en': 'co.uk'}.get(lang, 'example')}/{lang}/{rng.randrange(10**4)}"
        elif kind == "us":
            d = us_doc(rng, reg, layout)
            url = f"https://portal.{rng.choice(LAST)}{reg.split('_')[0]}.com/docs/{rng.randrange(10**5)}"
        else:
            d = machine_doc(rng, reg, layout)
            url = f"https://logs.{rng.choice(LAST)}.net/{reg}/{rng.randrange(10**5)}.txt"
        rows.append({"id": f"{half}-{len(rows)}", "half": half, "register": reg, "url": url, "language": lang,
                     "text": d.text(), "spans": d.spans})
    return rows


EXT_WORDS = sorted({v[3] for v in LEX.values()} | {"ext."}, key=len, reverse=True)


def phone_valid(text: str, lang: str) -> bool:
    s = _digits(text)
    for w in EXT_WORDS:
        i = s.find(" " + w + " ")
        if i > 0:
            s = s[:i]
    s = s.replace("\u00a0", " ")
    if s.startswith("00"):
        s = "+" + s[2:]
    region = "US" if lang == "en" and not s.startswith("+") else LEX.get(lang, LEX["en"])[0]
    for reg in ([None] if s.startswith("+") else [region, "GB", "US"]):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def ssn_valid(text: str) -> bool:
    d = "".join(c for c in text if c.isdigit())
    if len(d) != 9 or len(text) not in (9, 11):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def problems(rows: list[dict]) -> list[str]:
    """Every broken rule of the set (empty when the set is sound)."""
    out = []
    for r in rows:
        t = r["text"]
        last = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
            a, b, v, k = sp["start"], sp["end"], sp["text"], sp["type"]
            where = f"{r['id']} {k} {v!r}"
            if t[a:b] != v:
                out.append(f"{where}: text mismatch")
            if a < last:
                out.append(f"{where}: overlap")
            last = b
            if (a > 0 and t[a - 1].isascii() and t[a - 1].isalnum()) or (b < len(t) and t[b].isascii() and t[b].isalnum()):
                out.append(f"{where}: glued")
            if v != v.strip() or v[-1] in ".,;:)]":
                out.append(f"{where}: edge")
            if k == PHONE and not phone_valid(v, r["language"]):
                out.append(f"{where}: invalid phone")
            elif k == CARD:
                d = "".join(c for c in v if c.isdigit())
                if not (luhn_ok(d) and brand_ok(d)) or set(v) - set("0123456789 -"):
                    out.append(f"{where}: bad card")
            elif k == IBAN_T:
                try:
                    IBAN(v.upper())
                except SchwiftyException:
                    out.append(f"{where}: bad IBAN")
            elif k == IP:
                try:
                    x = ipaddress.ip_address(v)
                    if x.is_loopback or x.is_unspecified or str(x) in ("255.255.255.255",):
                        out.append(f"{where}: excluded IP")
                except ValueError:
                    out.append(f"{where}: bad IP")
            elif k == SSN and not ssn_valid(v):
                out.append(f"{where}: bad SSN")
            elif k == EMAIL and ("@" not in v or "." not in v.split("@")[-1]):
                out.append(f"{where}: bad e-mail")
    return out


def load() -> list[dict]:
    return read_rows(PATH)


def main() -> None:
    rows = generate()
    bad = problems(rows)
    if bad:
        print("\n".join(bad[:40]))
        raise SystemExit(f"{len(bad)} problems")
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    print({k: f"{v} ({v / total:.1%})" for k, v in types.most_common()})
    print("registers:", dict(Counter(r["register"] for r in rows)))
    print("languages:", dict(Counter(r["language"] for r in rows)))
    write_sets("", SETS, generate, __doc__.split("\n")[0])


if __name__ == "__main__":
    sys.exit(main())
