"""A fourth blind PII test set (issue 26): 36 registers no earlier generator used, 29 languages.

Written by a helper who read only the issue, the module docstrings of the other PII generators
(to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of pii_blind3.jsonl
for the format; never stages/pii*.py, their tests, docs/pii.md, the other generators' templates
or value makers, nor BENCHMARKS.md's PII sections. The step was never run on this set while it
was written: the lead scores it once, at the end. Every template, phrase and value maker is new.

    python benchmarks/pii_blind4.py --write-set   # writes benchmarks/data/pii_blind4.jsonl

Registers: insurance claims, parish / congregation bulletins, crowdfunding pages, public-tender
clarification Q&A, event e-tickets, IT helpdesk tickets, SQL dumps, vCards, iCalendar files, bank
statements, recipe blogs with a contact box, utility bills, parking fines, car-rental agreements,
pet-adoption listings, volunteer rosters, podcast show notes, product-recall notices, LDIF
directory exports, nmap scan reports, Ansible inventories, Debian control files and changelogs,
mailing-list digests, bills of lading, homeowners' association minutes, tear-off flyers,
bug-bounty reports, gym membership forms, radio contest rules, school-trip permission slips,
shop phone-order logs, catering order forms, background-check consent forms, loan applications,
student-aid applications, patient intake forms.
Languages (29, 12 of them in non-Latin scripts): en de fr es it pt nl pl sv da fi cs tr ro hu
ru uk bg el ar fa he hi zh ja ko th vi id. Phones of 80-odd regions from `phonenumbers` metadata
(example numbers with their digits varied while valid), written national (the region's grouping),
international, E.164, "00", "+CC (0)", with dots, slashes, dashes, no-break spaces, full-width,
Arabic-Indic or Persian digits, US vanity letters, "tel:" URIs, extensions in the page's
language, "Tel/Fax" pairs, in tables and in sentences that are their only context. Cards of 17
brands at their real prefixes and lengths in printed groupings; IBANs of 50+ countries
(electronic, print groups, lower case) from schwifty; IPv4 (public, private, link-local; ports,
CIDR suffixes, brackets) and IPv6 (global, ULA, link-local with zone id); e-mails (tags,
subdomains, IDN domains, upper case, mailto:, angle brackets); US SSNs (dashed, spaced, bare
beside a label). Hard negatives beside them: dates and times in national formats, prices,
order / invoice / case / tracking / policy numbers, ISBN, ISSN, EAN, postcodes, coordinates,
versions, scores, IMEIs, serials, hashes, masked cards, Luhn-invalid cards, IBANs with a wrong
check digit, ITINs, EINs, invalid SSNs, netmasks, wildcard masks, loopback, unspecified and
broadcast addresses, IP-shaped version strings, year ranges, page ranges, sort codes, ABA routing
numbers, non-IBAN account numbers, other countries' national ids (CPF, PESEL, personnummer,
SIN, SIRET, Aadhaar-shaped, DNI, NINO), Message-IDs, iCalendar UIDs, DNS SOA mailboxes and
obfuscated e-mails. National phone forms are written only for the document's own country (the
one its URL's TLD names); numbers of other countries are international. IBANs are written where
the document's country has them (elsewhere a domestic account number, not labelled). A drawn
document in which a look-alike is by chance a valid card, IBAN or e-mail outside every span
(`unlabelled`) is drawn again, so the gold misses nothing of those kinds.

Span rules (the project's policy, as blind3 states it):
- a span is exactly the value: no label, bracket, "mailto:", "tel:", port, CIDR prefix, IPv6
  zone id or trailing punctuation; an extension written right after a phone ("ext. 12", "x204",
  "poste 31", "доб. 15", "内線 12") is part of the phone's span;
- e-mails need a literal "@" and a dotted domain; obfuscated forms, DNS SOA mailbox names and
  Message-IDs (and iCalendar UIDs, the same kind of "id@host" name) are not labelled;
- IPs: loopback, unspecified, netmasks / wildcard masks and 255.255.255.255 are not labelled;
  private, link-local and public addresses are;
- lower-case IBANs and IBANs in print groups are labelled; a wrong check digit is not;
- cards pass Luhn and start with a real brand prefix at a real brand length; masked or
  Luhn-invalid ones are not labelled, nor Luhn-valid non-card numbers (IMEI, SIRET, SIN);
- national ids other than the US SSN are not labelled; ITINs, EINs and SSNs with area 000, 666
  or 9xx, group 00 or serial 0000 are not labelled;
- a phone is a number a reader recognises as one (shape, label or sentence) and is valid for
  some region per phonenumbers (extension stripped); a bare national number that no reader
  could tell from another number is not planted.

Gold is checked on writing (`check_row`, also run by tests/test_pii_blind4_set.py): span text
equals text[start:end], spans sorted and not overlapping, not glued to an ASCII letter or digit,
phones valid, cards Luhn + brand prefix + brand length, IBANs valid (schwifty), IPs parse and are
of no excluded class, SSNs in the issued range, and each gold value of 7+ characters occurs in
its text (not glued to a letter or digit) exactly as often as it is labelled. Deterministic: one
seed (4404), no set iteration (the same file under any PYTHONHASHSEED); Faker supplies names,
streets and postcodes only, and the committed file is the reference should Faker change.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
import sys
from pathlib import Path
from typing import NamedTuple

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN
from schwifty.registry import get_iban_spec

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows, write_sets

DATA = Path(__file__).resolve().parent / "data"
PATH = DATA / "pii_blind4.jsonl"
SEED = 4404
N_DOCS = 1400
TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")


class Val(NamedTuple):
    """A gold value: its type and its text exactly as written on the page."""

    kind: str
    text: str


class Page:
    """A document being written: text pieces, with gold spans kept as `Val` pieces are added."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def add(self, *pieces: str | Val) -> None:
        for piece in pieces:
            if isinstance(piece, Val):
                self.spans.append({"type": piece.kind, "start": self.size,
                                   "end": self.size + len(piece.text), "text": piece.text})
                piece = piece.text
            self.parts.append(piece)
            self.size += len(piece)

    def say(self, template: str, **fields: object) -> None:
        """Write `template` with {name} fields filled; a `Val` field becomes a gold span."""
        for literal, name, _, _ in string.Formatter().parse(template):
            self.add(literal)
            if name is not None:
                value = fields[name]
                self.add(value if isinstance(value, Val) else str(value))

    def line(self, template: str = "", **fields: object) -> None:
        self.say(template, **fields)
        self.add("\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- languages and their words

# Per language: Faker locale, the regions whose phones its pages carry, and everyday labels.
LANGS = {
    "en": ("en_US", ["US", "GB", "IE", "AU", "NZ", "CA", "ZA", "SG", "NG", "KE", "PH", "GH", "JM"]),
    "de": ("de_DE", ["DE", "AT", "CH", "LI", "LU"]),
    "fr": ("fr_FR", ["FR", "BE", "CH", "CA", "LU", "MA", "SN", "CI", "TN", "MC"]),
    "es": ("es_ES", ["ES", "MX", "AR", "CO", "CL", "PE", "UY", "EC", "CR", "DO"]),
    "it": ("it_IT", ["IT", "CH", "SM"]),
    "pt": ("pt_BR", ["BR", "PT", "AO", "MZ"]),
    "nl": ("nl_NL", ["NL", "BE"]),
    "pl": ("pl_PL", ["PL"]),
    "sv": ("sv_SE", ["SE", "FI"]),
    "da": ("da_DK", ["DK"]),
    "fi": ("fi_FI", ["FI"]),
    "cs": ("cs_CZ", ["CZ", "SK"]),
    "tr": ("tr_TR", ["TR", "CY"]),
    "ro": ("ro_RO", ["RO", "MD"]),
    "hu": ("hu_HU", ["HU"]),
    "ru": ("ru_RU", ["RU", "BY", "KZ"]),
    "uk": ("uk_UA", ["UA"]),
    "bg": ("bg_BG", ["BG"]),
    "el": ("el_GR", ["GR", "CY"]),
    "ar": ("ar_SA", ["SA", "AE", "EG", "JO", "QA", "KW", "LB", "OM", "BH"]),
    "fa": ("fa_IR", ["IR"]),
    "he": ("he_IL", ["IL"]),
    "hi": ("hi_IN", ["IN"]),
    "zh": ("zh_CN", ["CN", "TW", "HK", "SG", "MO"]),
    "ja": ("ja_JP", ["JP"]),
    "ko": ("ko_KR", ["KR"]),
    "th": ("th_TH", ["TH"]),
    "vi": ("vi_VN", ["VN"]),
    "id": ("id_ID", ["ID", "MY"]),
}

KEYS = ["tel", "mob", "fax", "mail", "ext", "contact", "date", "order", "invoice", "customer", "ref", "total", "page", "account", "card", "call", "sms", "write"]
WORDS_RAW = {
    "en": ["Phone", "Mobile", "Fax", "E-mail", "ext.", "Contact", "Date", "Order no.", "Invoice no.",
           "Customer no.", "Reference", "Total", "Page", "Account no.", "Card number",
           "For questions, call {p}.", "Text or WhatsApp {p} any time.", "Or write to {e}."],
    "de": ["Telefon", "Mobil", "Fax", "E-Mail", "Durchwahl", "Kontakt", "Datum", "Bestellnr.",
           "Rechnungsnr.", "Kundennr.", "Aktenzeichen", "Gesamt", "Seite", "Kontonr.", "Kartennummer",
           "Bei Fragen rufen Sie uns unter {p} an.", "Per SMS oder WhatsApp erreichen Sie uns unter {p}.",
           "Oder schreiben Sie an {e}."],
    "fr": ["Téléphone", "Portable", "Fax", "Courriel", "poste", "Contact", "Date", "N° de commande",
           "N° de facture", "N° client", "Référence", "Total", "Page", "N° de compte", "Numéro de carte",
           "Pour toute question, appelez le {p}.", "Envoyez un SMS ou un WhatsApp au {p}.",
           "Ou écrivez à {e}."],
    "es": ["Teléfono", "Móvil", "Fax", "Correo", "ext.", "Contacto", "Fecha", "N.º de pedido",
           "N.º de factura", "N.º de cliente", "Referencia", "Total", "Página", "N.º de cuenta",
           "Número de tarjeta", "Si tiene dudas, llame al {p}.", "Mándenos un SMS o WhatsApp al {p}.",
           "O escriba a {e}."],
    "it": ["Telefono", "Cellulare", "Fax", "E-mail", "int.", "Contatti", "Data", "N. ordine",
           "N. fattura", "Codice cliente", "Riferimento", "Totale", "Pagina", "N. conto", "Numero carta",
           "Per informazioni chiamate il {p}.", "Mandateci un SMS o un WhatsApp al {p}.",
           "Oppure scrivete a {e}."],
    "pt": ["Telefone", "Celular", "Fax", "E-mail", "ramal", "Contato", "Data", "Pedido nº", "Fatura nº",
           "Cliente nº", "Referência", "Total", "Página", "Conta nº", "Número do cartão",
           "Dúvidas? Ligue para {p}.", "Mande SMS ou WhatsApp para {p}.", "Ou escreva para {e}."],
    "nl": ["Telefoon", "Mobiel", "Fax", "E-mail", "toestel", "Contact", "Datum", "Bestelnr.",
           "Factuurnr.", "Klantnr.", "Kenmerk", "Totaal", "Pagina", "Rekeningnr.", "Kaartnummer",
           "Vragen? Bel ons op {p}.", "Stuur een sms of WhatsApp naar {p}.", "Of mail naar {e}."],
    "pl": ["Telefon", "Komórka", "Faks", "E-mail", "wew.", "Kontakt", "Data", "Nr zamówienia",
           "Nr faktury", "Nr klienta", "Sygnatura", "Razem", "Strona", "Nr rachunku", "Numer karty",
           "W razie pytań prosimy dzwonić pod numer {p}.", "Można też wysłać SMS lub WhatsApp na {p}.",
           "Albo napisać na {e}."],
    "sv": ["Telefon", "Mobil", "Fax", "E-post", "anknytning", "Kontakt", "Datum", "Ordernr",
           "Fakturanr", "Kundnr", "Referens", "Summa", "Sida", "Kontonr", "Kortnummer",
           "Frågor? Ring oss på {p}.", "Skicka sms eller WhatsApp till {p}.", "Eller mejla {e}."],
    "da": ["Telefon", "Mobil", "Fax", "E-mail", "lokal", "Kontakt", "Dato", "Ordrenr.", "Fakturanr.",
           "Kundenr.", "Sagsnr.", "I alt", "Side", "Kontonr.", "Kortnummer", "Spørgsmål? Ring på {p}.",
           "Send en sms eller WhatsApp til {p}.", "Eller skriv til {e}."],
    "fi": ["Puhelin", "Matkapuhelin", "Faksi", "Sähköposti", "alanumero", "Yhteystiedot", "Päivämäärä",
           "Tilausnro", "Laskunro", "Asiakasnro", "Viite", "Yhteensä", "Sivu", "Tilinro", "Kortin numero",
           "Kysyttävää? Soita numeroon {p}.", "Lähetä tekstiviesti tai WhatsApp numeroon {p}.",
           "Tai kirjoita osoitteeseen {e}."],
    "cs": ["Telefon", "Mobil", "Fax", "E-mail", "linka", "Kontakt", "Datum", "Č. objednávky",
           "Č. faktury", "Zákaznické č.", "Č. j.", "Celkem", "Strana", "Č. účtu", "Číslo karty",
           "S dotazy volejte na {p}.", "Pošlete SMS nebo WhatsApp na {p}.", "Nebo pište na {e}."],
    "tr": ["Telefon", "Cep", "Faks", "E-posta", "dahili", "İletişim", "Tarih", "Sipariş no",
           "Fatura no", "Müşteri no", "Referans", "Toplam", "Sayfa", "Hesap no", "Kart numarası",
           "Sorularınız için {p} numarasını arayın.", "{p} numarasına SMS veya WhatsApp gönderin.",
           "Ya da {e} adresine yazın."],
    "ro": ["Telefon", "Mobil", "Fax", "E-mail", "interior", "Contact", "Data", "Nr. comandă",
           "Nr. factură", "Cod client", "Referință", "Total", "Pagina", "Nr. cont", "Număr card",
           "Pentru întrebări sunați la {p}.", "Trimiteți SMS sau WhatsApp la {p}.", "Sau scrieți la {e}."],
    "hu": ["Telefon", "Mobil", "Fax", "E-mail", "mellék", "Kapcsolat", "Dátum", "Rendelésszám",
           "Számlaszám", "Ügyfélszám", "Iktatószám", "Összesen", "Oldal", "Bankszámla", "Kártyaszám",
           "Kérdés esetén hívja a {p} számot.", "Küldjön SMS-t vagy WhatsAppot a {p} számra.",
           "Vagy írjon a {e} címre."],
    "ru": ["Телефон", "Моб.", "Факс", "Эл. почта", "доб.", "Контакты", "Дата", "Заказ №", "Счёт №",
           "Клиент №", "Номер дела", "Итого", "Стр.", "Расчётный счёт", "Номер карты",
           "По всем вопросам звоните по номеру {p}.", "Пишите в WhatsApp или SMS на {p}.",
           "Или пишите на {e}."],
    "uk": ["Телефон", "Моб.", "Факс", "Ел. пошта", "дод.", "Контакти", "Дата", "Замовлення №",
           "Рахунок №", "Клієнт №", "Номер справи", "Разом", "Стор.", "Рахунок", "Номер картки",
           "З усіх питань телефонуйте за номером {p}.", "Пишіть у Viber або SMS на {p}.",
           "Або пишіть на {e}."],
    "bg": ["Телефон", "Мобилен", "Факс", "Имейл", "вътр.", "Контакти", "Дата", "Поръчка №",
           "Фактура №", "Клиент №", "Изх. №", "Общо", "Стр.", "Сметка №", "Номер на карта",
           "За въпроси се обадете на {p}.", "Пратете SMS или Viber на {p}.", "Или пишете на {e}."],
    "el": ["Τηλέφωνο", "Κινητό", "Φαξ", "Email", "εσωτ.", "Επικοινωνία", "Ημερομηνία",
           "Αρ. παραγγελίας", "Αρ. τιμολογίου", "Κωδ. πελάτη", "Αρ. πρωτ.", "Σύνολο", "Σελ.",
           "Αρ. λογαριασμού", "Αριθμός κάρτας", "Για απορίες καλέστε στο {p}.",
           "Στείλτε SMS ή Viber στο {p}.", "Ή γράψτε στο {e}."],
    "ar": ["هاتف", "جوال", "فاكس", "البريد الإلكتروني", "تحويلة", "اتصل بنا", "التاريخ", "رقم الطلب",
           "رقم الفاتورة", "رقم العميل", "المرجع", "الإجمالي", "صفحة", "رقم الحساب", "رقم البطاقة",
           "للاستفسار اتصلوا على {p}.", "راسلونا عبر واتساب على {p}.", "أو راسلونا على {e}."],
    "fa": ["تلفن", "موبایل", "فکس", "ایمیل", "داخلی", "تماس با ما", "تاریخ", "شماره سفارش",
           "شماره فاکتور", "کد مشتری", "شماره پرونده", "جمع کل", "صفحه", "شماره حساب", "شماره کارت",
           "برای سوالات با {p} تماس بگیرید.", "در واتساپ به {p} پیام دهید.", "یا به {e} ایمیل بزنید."],
    "he": ["טלפון", "נייד", "פקס", "דוא\"ל", "שלוחה", "צור קשר", "תאריך", "מס' הזמנה", "מס' חשבונית",
           "מס' לקוח", "אסמכתא", "סה\"כ", "עמוד", "מס' חשבון", "מספר כרטיס",
           "לשאלות התקשרו למספר {p}.", "שלחו הודעת וואטסאפ ל-{p}.", "או כתבו אל {e}."],
    "hi": ["फ़ोन", "मोबाइल", "फ़ैक्स", "ईमेल", "एक्सटेंशन", "संपर्क", "दिनांक", "ऑर्डर संख्या",
           "बिल संख्या", "ग्राहक संख्या", "संदर्भ", "कुल", "पृष्ठ", "खाता संख्या", "कार्ड नंबर",
           "किसी भी जानकारी के लिए {p} पर कॉल करें।", "{p} पर व्हाट्सऐप करें।", "या {e} पर लिखें।"],
    "zh": ["电话", "手机", "传真", "电子邮件", "分机", "联系我们", "日期", "订单号", "发票号", "客户编号",
           "编号", "合计", "页", "账号", "卡号", "如有疑问，请致电{p}。", "也可以发短信或微信到{p}。",
           "或发邮件至{e}。"],
    "ja": ["電話", "携帯", "FAX", "メール", "内線", "お問い合わせ", "日付", "注文番号", "請求書番号",
           "お客様番号", "管理番号", "合計", "ページ", "口座番号", "カード番号",
           "ご不明な点は{p}までお電話ください。", "SMSは{p}へ。", "または{e}までメールでどうぞ。"],
    "ko": ["전화", "휴대폰", "팩스", "이메일", "내선", "문의", "날짜", "주문번호", "송장번호", "고객번호",
           "참조번호", "합계", "페이지", "계좌번호", "카드번호", "문의 사항은 {p}로 전화 주세요.",
           "문자나 카카오톡은 {p}로 보내 주세요.", "또는 {e}로 메일 주세요."],
    "th": ["โทรศัพท์", "มือถือ", "แฟกซ์", "อีเมล", "ต่อ", "ติดต่อเรา", "วันที่", "เลขที่คำสั่งซื้อ",
           "เลขที่ใบแจ้งหนี้", "รหัสลูกค้า", "เลขที่อ้างอิง", "รวม", "หน้า", "เลขที่บัญชี", "หมายเลขบัตร",
           "สอบถามโทร {p}", "ส่ง SMS หรือไลน์มาที่ {p}", "หรืออีเมล {e}"],
    "vi": ["Điện thoại", "Di động", "Fax", "Email", "máy lẻ", "Liên hệ", "Ngày", "Mã đơn hàng",
           "Số hóa đơn", "Mã khách hàng", "Số tham chiếu", "Tổng cộng", "Trang", "Số tài khoản", "Số thẻ",
           "Mọi thắc mắc xin gọi {p}.", "Nhắn Zalo hoặc SMS tới {p}.", "Hoặc gửi thư tới {e}."],
    "id": ["Telepon", "HP", "Faks", "Email", "ext.", "Kontak", "Tanggal", "No. pesanan", "No. faktur",
           "No. pelanggan", "No. referensi", "Total", "Halaman", "No. rekening", "Nomor kartu",
           "Ada pertanyaan? Hubungi {p}.", "Kirim SMS atau WhatsApp ke {p}.", "Atau kirim email ke {e}."],
}
WORDS = {lang: dict(zip(KEYS, words, strict=True)) for lang, words in WORDS_RAW.items()}
ALL_LANGS = tuple(LANGS)

# Extension words a phone's span may end with (the check strips them before validating).
EXT_WORDS = sorted({w["ext"] for w in WORDS.values()} | {"x", "ext", "Ext.", "extension", "App."},
                   key=len, reverse=True)
EXT_RE = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in EXT_WORDS) + r")\s*[0-9０-９٠-٩۰-۹]{1,5}$")

TLD = {"US": "com", "GB": "co.uk", "IE": "ie", "AU": "com.au", "NZ": "co.nz", "CA": "ca", "ZA": "co.za",
       "SG": "sg", "NG": "ng", "KE": "co.ke", "PH": "ph", "GH": "com.gh", "JM": "com.jm", "DE": "de",
       "AT": "at", "CH": "ch", "LI": "li", "LU": "lu", "FR": "fr", "BE": "be", "MA": "ma", "SN": "sn",
       "CI": "ci", "TN": "tn", "MC": "mc", "ES": "es", "MX": "com.mx", "AR": "com.ar", "CO": "com.co",
       "CL": "cl", "PE": "pe", "UY": "com.uy", "EC": "ec", "CR": "cr", "DO": "com.do", "IT": "it",
       "SM": "sm", "BR": "com.br", "PT": "pt", "AO": "co.ao", "MZ": "co.mz", "NL": "nl", "PL": "pl",
       "SE": "se", "FI": "fi", "DK": "dk", "CZ": "cz", "SK": "sk", "TR": "com.tr", "CY": "com.cy",
       "RO": "ro", "MD": "md", "HU": "hu", "RU": "ru", "BY": "by", "KZ": "kz", "UA": "com.ua",
       "BG": "bg", "GR": "gr", "SA": "com.sa", "AE": "ae", "EG": "com.eg", "JO": "jo", "QA": "qa",
       "KW": "com.kw", "LB": "com.lb", "OM": "om", "BH": "bh", "IR": "ir", "IL": "co.il", "IN": "in",
       "CN": "cn", "TW": "com.tw", "HK": "com.hk", "MO": "mo", "JP": "co.jp", "KR": "co.kr",
       "TH": "co.th", "VN": "vn", "ID": "co.id", "MY": "com.my"}

FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com"],
            "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch"],
            "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "es": ["gmail.com", "hotmail.es", "telefonica.net"],
            "it": ["libero.it", "virgilio.it", "alice.it"], "pt": ["uol.com.br", "bol.com.br", "sapo.pt"],
            "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be"], "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
            "sv": ["telia.com", "bredband.net"], "da": ["jubii.dk", "mail.dk"], "fi": ["elisanet.fi", "kolumbus.fi"],
            "cs": ["seznam.cz", "centrum.cz", "azet.sk"], "tr": ["mynet.com", "yandex.com.tr"],
            "ro": ["yahoo.ro", "gmail.com"], "hu": ["freemail.hu", "citromail.hu"], "ru": ["mail.ru", "yandex.ru", "rambler.ru"],
            "uk": ["ukr.net", "i.ua", "meta.ua"], "bg": ["abv.bg", "mail.bg"], "el": ["otenet.gr", "yahoo.gr"],
            "ar": ["gmail.com", "hotmail.com"], "fa": ["yahoo.com", "chmail.ir"], "he": ["walla.co.il", "012.net.il"],
            "hi": ["rediffmail.com", "gmail.com"], "zh": ["qq.com", "163.com", "126.com", "sina.com"],
            "ja": ["yahoo.co.jp", "docomo.ne.jp", "nifty.com"], "ko": ["naver.com", "daum.net", "hanmail.net"],
            "th": ["hotmail.co.th", "gmail.com"], "vi": ["gmail.com", "yahoo.com.vn"], "id": ["yahoo.co.id", "gmail.com"]}
IDN_DOMAINS = ["bäckerei-müller.de", "café-lumière.fr", "почта.рф", "münchen-läuft.de", "ñandú.es",
               "dänisch-öl.dk", "straße.at", "kırmızı.com.tr", "例え.jp", "bücherstube.ch"]
ROMAN = ["anna", "marek", "li.wei", "yuki", "minh", "olga", "david", "sara", "omar", "priya", "kenji",
         "elena", "noor", "tomas", "ingrid", "jae", "somchai", "dewi", "nikos", "yael", "reza", "ivan"]

# -------------------------------------------------------------------------------- value makers

CARD_BRANDS = [  # (brand, prefixes, lengths) from the issuers' published ranges
    ("Visa", ["4"], [16, 16, 16, 13, 19]),
    ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], [16]),
    ("American Express", ["34", "37"], [15]),
    ("Discover", ["6011", "644", "645", "649", "65"], [16, 19]),
    ("Diners Club", ["300", "303", "305", "36", "38", "39"], [14, 16]),
    ("JCB", ["3528", "3530", "3566", "3589"], [16, 19]),
    ("UnionPay", ["62"], [16, 17, 18, 19]),
    ("Maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"], [12, 16, 19]),
    ("Mir", ["2200", "2201", "2202", "2204"], [16]),
    ("RuPay", ["6070", "6080", "6521", "8170", "8210", "5085"], [16]),
    ("Elo", ["636368", "438935", "504175", "451416", "636297", "506699", "509048"], [16]),
    ("Troy", ["9792"], [16]),
    ("Verve", ["506099", "506150", "650002", "650020"], [16, 19]),
    ("Dankort", ["5019"], [16]),
    ("UzCard", ["8600"], [16]),
    ("Humo", ["9860"], [16]),
    ("Hipercard", ["606282"], [16]),
]
BRAND_PREFIX_LENGTHS = [(p, tuple(sorted(set(ls)))) for _, ps, ls in CARD_BRANDS for p in ps]


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return len(number) > 1 and luhn_digit(number[:-1]) == number[-1]


def luhn_break(number: str) -> str:
    """The same digits with a last digit that fails Luhn."""
    last = int(luhn_digit(number[:-1]))
    return number[:-1] + str((last + 1 + int(number[-2]) % 8) % 10)


IBAN_COUNTRIES = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "PT", "PL", "SE", "DK", "FI", "CZ",
                  "SK", "HU", "RO", "BG", "GR", "CY", "IE", "GB", "LU", "LI", "MC", "SM", "NO", "IS",
                  "EE", "LV", "LT", "SI", "HR", "MT", "TR", "IL", "SA", "AE", "QA", "KW", "BH", "JO",
                  "LB", "EG", "TN", "MR", "UA", "MD", "GE", "AZ", "KZ", "BR", "CR", "DO", "PK", "MU",
                  "RS", "ME", "MK", "BA", "AL", "XK", "FO", "GL", "GI", "IQ", "BY", "SC", "TL", "VG",
                  "IR", "RU"]
REGION_IBAN = {"en": ["GB", "IE", "MT", "GI"], "de": ["DE", "AT", "CH", "LI", "LU"], "fr": ["FR", "BE", "LU", "MC", "TN", "MR"],
               "es": ["ES", "CR", "DO"], "it": ["IT", "SM", "CH"], "pt": ["PT", "BR"], "nl": ["NL", "BE"],
               "pl": ["PL"], "sv": ["SE", "FI"], "da": ["DK", "FO", "GL"], "fi": ["FI"], "cs": ["CZ", "SK"],
               "tr": ["TR", "CY"], "ro": ["RO", "MD"], "hu": ["HU"], "ru": ["RU", "KZ", "BY"], "uk": ["UA"],
               "bg": ["BG"], "el": ["GR", "CY"], "ar": ["SA", "AE", "QA", "KW", "JO", "LB", "EG", "BH", "IQ"],
               "fa": ["IR", "IR", "AE"], "he": ["IL"], "hi": ["PK", "MU", "AE"], "zh": ["DE", "GB", "FR"],
               "ja": ["DE", "FR", "NL"], "ko": ["DE", "GB"], "th": ["DE", "CH"], "vi": ["FR", "DE"], "id": ["NL", "DE"]}

VANITY_WORDS = ["FLOWERS", "PLUMBER", "DENTIST", "CARPETS", "LAWYERS", "MOVINGS", "GETHELP", "TAXICAB",
                "ROOFING", "HOTDEAL", "MATTRES", "PETCARE"]
KEYPAD = {c: d for d, cs in {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS",
                              "8": "TUV", "9": "WXYZ"}.items() for c in cs}
FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
NBSP = "\u00a0"
CURRENCY = {"US": "$", "GB": "£", "AU": "A$", "NZ": "NZ$", "CA": "C$", "ZA": "R", "SG": "S$", "NG": "₦",
            "KE": "KSh", "PH": "₱", "GH": "GH₵", "JM": "J$", "CH": "CHF", "LI": "CHF", "MA": "MAD", "SN": "FCFA",
            "CI": "FCFA", "TN": "TND", "MX": "MXN", "AR": "ARS", "CO": "COP", "CL": "CLP", "PE": "S/", "UY": "UYU",
            "CR": "₡", "DO": "RD$", "BR": "R$", "AO": "Kz", "MZ": "MT", "PL": "zł", "SE": "kr", "DK": "kr.",
            "CZ": "Kč", "TR": "TL", "RO": "lei", "MD": "MDL", "HU": "Ft", "RU": "₽", "BY": "BYN", "KZ": "₸",
            "UA": "грн", "BG": "лв.", "SA": "SAR", "AE": "AED", "EG": "EGP", "JO": "JOD", "QA": "QAR", "KW": "KWD",
            "LB": "LBP", "OM": "OMR", "BH": "BHD", "IR": "IRR", "IL": "₪", "IN": "₹", "CN": "¥", "TW": "NT$",
            "HK": "HK$", "MO": "MOP", "JP": "¥", "KR": "₩", "TH": "฿", "VN": "₫", "ID": "Rp", "MY": "RM"}


class Values:
    """Every value maker and look-alike maker, drawing from one seeded `random.Random`."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fakers: dict[str, Faker] = {}
        self.region = "US"  # the document's country: its URL's TLD, its national phone forms

    def fake(self, lang: str) -> Faker:
        if lang not in self.fakers:
            f = Faker(LANGS[lang][0])
            f.seed_instance(SEED + ALL_LANGS.index(lang))
            self.fakers[lang] = f
        return self.fakers[lang]

    def name(self, lang: str) -> str:
        f = self.fake(lang)
        first, last = f.first_name(), f.last_name()
        return f"{last}{first}" if lang in ("zh", "ja", "ko") else f"{first} {last}"

    def choice(self, seq):
        return seq[self.rng.randrange(len(seq))]

    # ---- phones
    def number(self, region: str, kind: int | None = None):
        """A phonenumbers PhoneNumber valid for `region`: an example number with digits varied."""
        if kind is None:
            kind = self.choice([PNT.FIXED_LINE, PNT.MOBILE])
        example = phonenumbers.example_number_for_type(region, kind) or \
            phonenumbers.example_number_for_type(region, PNT.FIXED_LINE)
        nsn = phonenumbers.national_significant_number(example)
        cc = example.country_code
        for _ in range(200):
            keep = self.rng.randint(min(3, len(nsn) - 4), len(nsn) - 4)
            digits = nsn[:keep] + "".join(self.choice("0123456789") for _ in range(len(nsn) - keep))
            num = phonenumbers.parse(f"+{cc}{digits}")
            if phonenumbers.is_valid_number_for_region(num, region):
                return num
        return example

    def phone(self, lang: str, region: str | None = None, style: str | None = None,
              ext: bool | None = None, kind: int | None = None) -> Val:
        """A phone written as pages of `lang` write it. National forms only for the document's own
        region (`self.region`, which also gives the URL its TLD); others are international."""
        if region is None:
            region = self.region if self.region in LANGS[lang][1] else self.choice(LANGS[lang][1])
        foreign = region != self.region
        num = self.number(region, kind)
        intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        nat = phonenumbers.format_number(num, PNF.NATIONAL)
        e164 = phonenumbers.format_number(num, PNF.E164)
        national = nat
        prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
        styles = ["nat", "nat", "nat", "intl", "intl", "e164", "dots", "dash_intl", "nbsp"]
        if num.country_code != 1:  # North America dials 011, and its pages never write "00"
            styles.append("00")
        if prefix == "0" and nat.startswith("0"):
            styles += ["trunk0", "trunk0"]
        if region in ("DE", "AT", "CH"):
            styles += ["slash", "slash"]
        if lang in ("zh", "ja", "ko"):
            styles += ["fullwidth", "fullwidth", "fullwidth"]
        if lang in ("ar", "fa"):
            styles += ["native", "native", "native", "native"]
        if foreign:
            styles = [st for st in styles if st in ("intl", "e164", "00", "dash_intl", "trunk0")]
            style = "intl" if style == "00" and num.country_code == 1 else style
            if style in ("nat", "bare", "slash"):
                style = "intl"
            nat = intl
        style = style or self.choice(styles)
        if style == "nat":
            text = nat
        elif style == "intl":
            text = intl
        elif style == "e164":
            text = e164
        elif style == "00":
            text = "00" + intl[1:]
        elif style == "trunk0":
            cc = intl.split(" ")[0]
            text = f"{cc} (0){national[1:]}" if national[1:2] != " " else f"{cc} (0) {national[2:]}"
        elif style == "dots":
            text = re.sub(r"[\s\-]+", ".", self.choice([nat, intl]).replace("(", "").replace(")", ""))
        elif style == "dash_intl":
            text = re.sub(r"\s+", "-", intl)
        elif style == "nbsp":
            text = self.choice([nat, intl]).replace(" ", NBSP)
        elif style == "slash":
            text = re.sub(r"[\s\-]", "/", nat, count=1) if (" " in nat or "-" in nat) else nat
        elif style == "fullwidth":
            text = self.choice([nat, intl]).translate(FULLWIDTH)
        elif style == "native":
            text = self.choice([nat, intl]).translate(ARABIC_INDIC if lang == "ar" else PERSIAN)
        elif style == "bare":
            text = re.sub(r"\D", "", nat)
        else:
            raise ValueError(style)
        if ext is None:
            ext = self.rng.random() < 0.08
        if ext and style not in ("fullwidth", "native") and phonenumbers.number_type(num) != PNT.MOBILE:
            word = self.choice([WORDS[lang]["ext"], "x"] if lang == "en" else [WORDS[lang]["ext"]])
            n = str(self.rng.randint(2, 4999))
            text += f" x{n}" if word == "x" else f" {word} {n}"
        return Val("PHONE_NUMBER", text)

    def vanity(self) -> Val:
        while True:
            word = self.choice(VANITY_WORDS)
            code = self.choice(["800", "888", "877", "866"])
            digits = "".join(KEYPAD[c] for c in word)
            if phonenumbers.is_valid_number(phonenumbers.parse(f"+1{code}{digits}")):
                return Val("PHONE_NUMBER", self.choice([f"1-{code}-{word}", f"({code}) {word}", f"{code}-{word}",
                                                        f"1-{code}-{word[:3]}-{word[3:]}", f"1 ({code}) {word}"]))

    # ---- e-mails
    def email(self, lang: str, name: str | None = None, domain: str | None = None) -> Val:
        f = self.fake(lang)
        local = f.user_name() if lang in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi",
                                           "cs", "tr", "ro", "hu", "id", "vi") else self.choice(ROMAN)
        local = re.sub(r"[^a-z0-9._-]", "", local.lower()) or self.choice(ROMAN)
        r = self.rng.random()
        if r < 0.12:
            local += "+" + self.choice(["news", "tickets", "2025", "shop", "work"])
        elif r < 0.2:
            local = local.replace(".", "-") + str(self.rng.randint(1, 99))
        if domain is None:
            r = self.rng.random()
            if r < 0.4:
                domain = self.choice(FREEMAIL[lang])
            elif r < 0.47:
                domain = self.choice(IDN_DOMAINS)
            elif r < 0.6:
                domain = self.choice(["mail", "office", "staff", "lists", "eu"]) + "." + self.domain(lang)
            else:
                domain = self.domain(lang)
        text = f"{local}@{domain}"
        if self.rng.random() < 0.05:
            text = text.upper()
        return Val("EMAIL_ADDRESS", text)

    def domain(self, lang: str, region: str | None = None) -> str:
        word = re.sub(r"[^a-z0-9-]", "", self.fake("en" if lang not in WORDS else lang).last_name().lower())
        if not word or not word.isascii():
            word = self.choice(["nordlicht", "sakura", "vostok", "alma", "sunrise", "pyramid", "lotus", "atlas"])
        if region:
            tld = TLD[region]
        elif self.rng.random() < 0.7:
            tld = TLD[self.choice(LANGS[lang][1])]
        else:
            tld = self.choice(["com", "org", "net", "io", "travel", "shop", "app", "museum", "church", "photography"])
        return f"{word}-{self.choice(['co', 'group', 'hq', 'online', 'team', 'shop'])}.{tld}"

    # ---- IPs
    def ipv4(self, kind: str = "public") -> Val:
        rng = self.rng
        while True:
            if kind == "private":
                a = self.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}",
                                 f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}",
                                 f"192.168.{rng.randint(0, 255)}"])
                text = f"{a}.{rng.randint(2, 254)}"
            elif kind == "linklocal":
                text = f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
            else:
                text = ".".join(str(rng.randint(1, 254)) for _ in range(4))
            addr = ipaddress.ip_address(text)
            if kind != "public" or (addr.is_global and not addr.is_multicast):
                return Val("IP_ADDRESS", text)

    def ipv6(self, kind: str = "public") -> Val:
        rng = self.rng
        while True:
            if kind == "ula":
                head = [0xFD00 + rng.randint(0, 255)]
            elif kind == "linklocal":
                head = [0xFE80, 0, 0, 0]
            else:
                head = [self.choice([0x2001, 0x2a00, 0x2a01, 0x2a02, 0x2600, 0x2607, 0x2400, 0x2c0f, 0x2803])]
            groups = head + [rng.randint(0, 0xFFFF) for _ in range(8 - len(head))]
            if rng.random() < 0.6:
                start = rng.randint(len(head), 5)
                for i in range(start, min(8, start + rng.randint(1, 3))):
                    groups[i] = 0
            addr = ipaddress.ip_address(":".join(f"{g:x}" for g in groups))
            if kind != "public" or addr.is_global:
                text = str(addr) if rng.random() < 0.85 else addr.exploded
                return Val("IP_ADDRESS", text.upper() if rng.random() < 0.1 else text)

    def ip(self) -> Val:
        r = self.rng.random()
        if r < 0.45:
            return self.ipv4("public")
        if r < 0.7:
            return self.ipv4("private")
        if r < 0.75:
            return self.ipv4("linklocal")
        if r < 0.93:
            return self.ipv6("public")
        return self.ipv6("ula")

    # ---- cards
    def card_digits(self, brand: str | None = None) -> tuple[str, str]:
        if brand:
            name, prefixes, lengths = next(b for b in CARD_BRANDS if b[0] == brand)
        else:  # the big four are most of what pages show; every other brand still comes up
            name, prefixes, lengths = self.rng.choices(CARD_BRANDS, [6, 6, 3, 2] + [1] * (len(CARD_BRANDS) - 4))[0]
        prefix, length = self.choice(prefixes), self.choice(lengths)
        body = prefix + "".join(self.choice("0123456789") for _ in range(length - len(prefix) - 1))
        return name, body + luhn_digit(body)

    def group_card(self, digits: str, sep: str | None = None) -> str:
        sep = self.choice([" ", " ", "-", "", NBSP]) if sep is None else sep
        n = len(digits)
        shape = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 12: [4, 4, 4], 17: [4, 4, 4, 5],
                 18: [4, 4, 4, 6], 19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4))
        if n == 19 and self.rng.random() < 0.3:
            shape = [6, 13]
        out, i = [], 0
        for size in shape:
            out.append(digits[i:i + size])
            i += size
        return sep.join(out)

    def card(self, brand: str | None = None, sep: str | None = None) -> tuple[str, Val]:
        name, digits = self.card_digits(brand)
        return name, Val("CREDIT_CARD", self.group_card(digits, sep))

    # ---- IBANs
    def iban_obj(self, country: str) -> IBAN:
        spec = get_iban_spec(country)
        for component, where in spec.positions.items():
            if component.value == "account_code" and where.end > where.start and self.rng.random() < 0.95:
                digits = "".join(self.choice("0123456789") for _ in range(where.end - where.start))
                try:
                    return IBAN.random(country, random=self.rng, use_registry=False, account_code=digits)
                except Exception:  # noqa: BLE001 - a numeric account code the spec refuses: draw freely
                    break
        return IBAN.random(country, random=self.rng, use_registry=False)

    def iban(self, lang: str | None = None, country: str | None = None, style: str | None = None) -> Val:
        if country is None:
            r = self.rng.random()
            if r < 0.6 and self.region in IBAN_COUNTRIES:
                country = self.region
            elif r < 0.93 and lang:
                country = self.choice(REGION_IBAN[lang])
            else:
                country = self.choice(IBAN_COUNTRIES)
        iban = self.iban_obj(country)
        style = style or self.choice(["print", "print", "compact", "compact", "lower", "lower_print"])
        text = {"print": iban.formatted, "compact": iban.compact, "lower": iban.compact.lower(),
                "lower_print": iban.formatted.lower()}[style]
        return Val("IBAN_CODE", text)

    # ---- SSNs
    def ssn(self, style: str = "dash") -> Val:
        area = self.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        sep = {"dash": "-", "space": " ", "bare": ""}[style]
        return Val("US_SSN", f"{area:03d}{sep}{group:02d}{sep}{serial:04d}")

    # ---------------------------------------------------------------- look-alikes (never gold)
    def digits(self, n: int, first: str = "123456789") -> str:
        """n random digits; from 12 digits on they fail Luhn, so no look-alike is a card by chance."""
        s = self.choice(first) + "".join(self.choice("0123456789") for _ in range(n - 1))
        return luhn_break(s) if n >= 12 and luhn_ok(s) else s

    def date(self, lang: str) -> str:
        y, m, d = self.rng.randint(2019, 2027), self.rng.randint(1, 12), self.rng.randint(1, 28)
        if lang in ("zh", "ja"):
            return self.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])
        if lang == "ko":
            return self.choice([f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}."])
        if lang == "th":
            return f"{d}/{m}/{y + 543}"
        if lang == "en":
            return self.choice([f"{m:02d}/{d:02d}/{y}", f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}",
                                f"{y}-{m:02d}-{d:02d}"])
        if lang in ("de", "pl", "ru", "uk", "bg", "cs", "fi", "da", "ro", "tr"):
            return self.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"])
        if lang == "hu":
            return f"{y}. {m:02d}. {d:02d}."
        if lang in ("sv", "fa"):
            return f"{y}-{m:02d}-{d:02d}"
        return self.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}"])

    def dob(self) -> str:
        return f"{self.rng.randint(1, 12):02d}/{self.rng.randint(1, 28):02d}/{self.rng.randint(1940, 2008)}"

    def timestamp(self) -> str:
        return (f"{self.rng.randint(2019, 2026)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d} "
                f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}")

    def time(self) -> str:
        h, mi = self.rng.randint(0, 23), self.choice([0, 15, 30, 45, 5, 50])
        return self.choice([f"{h:02d}:{mi:02d}", f"{h:02d}.{mi:02d}", f"{h}:{mi:02d}–{(h + 2) % 24}:{mi:02d}"])

    def price(self, lang: str) -> str:
        """An amount in the document's currency, written with its language's separators."""
        amount = self.rng.randint(1, 99999) + self.rng.randint(0, 99) / 100
        whole, cents = f"{amount:,.2f}".split(".")
        cur = CURRENCY.get(self.region, "€")
        if lang in ("de", "es", "it", "nl", "pt", "tr", "ro", "el", "id", "da", "vi"):
            return f"{whole.replace(',', '.')},{cents} {cur}"
        if lang in ("fr", "pl", "cs", "sv", "fi", "ru", "uk", "bg", "hu"):
            return f"{whole.replace(',', NBSP)},{cents} {cur}"
        if lang in ("ja", "zh", "ko"):
            return f"{cur}{whole}"
        return f"{cur}{whole}.{cents}" if len(cur) == 1 else f"{cur} {whole}.{cents}"

    def order_no(self) -> str:
        return self.choice([f"{self.digits(3)}-{self.digits(7, '0123456789')}-{self.digits(7, '0123456789')}",
                            f"#{self.digits(8)}", f"{self.choice(['ORD', 'INV', 'CS', 'PO'])}-{self.digits(6)}",
                            f"{self.rng.randint(2019, 2027)}/{self.digits(5, '0123456789')}",
                            f"{self.digits(4)} {self.digits(4, '0123456789')} {self.digits(2, '0123456789')}"])

    def tracking(self) -> str:
        return self.choice([f"1Z{''.join(self.choice('0123456789ABCDEFGHJKLMNPRSTVWXY') for _ in range(16))}",
                            f"{self.choice(['RR', 'LX', 'CP', 'EE'])}{self.digits(9)}{self.choice(['DE', 'CN', 'FR', 'US'])}",
                            luhn_break(self.digits(22)), self.digits(12)])

    def isbn(self) -> str:
        body = "978" + self.digits(9, "0123456789")
        check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        s = body + str(check)
        return self.choice([f"{s[:3]}-{s[3]}-{s[4:7]}-{s[7:12]}-{s[12]}", s])

    def issn(self) -> str:
        body = self.digits(7, "0123456789")
        check = (11 - sum(int(c) * (8 - i) for i, c in enumerate(body)) % 11) % 11
        return f"{body[:4]}-{body[4:]}{'X' if check == 10 else check}"

    def ean(self) -> str:
        body = self.digits(12)
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        return body + str(check)

    def imei(self) -> str:
        body = self.choice(["35", "86", "01", "49"]) + self.digits(12, "0123456789")
        return body + luhn_digit(body)

    def coords(self) -> str:
        la, lo = self.rng.uniform(-60, 70), self.rng.uniform(-170, 170)
        return self.choice([f"{la:.6f}, {lo:.6f}", f"{abs(la):.4f}° {'N' if la > 0 else 'S'}, {abs(lo):.4f}° {'E' if lo > 0 else 'W'}"])

    def version(self) -> str:
        return self.choice([f"{self.rng.randint(1, 12)}.{self.rng.randint(0, 20)}.{self.rng.randint(0, 99)}",
                            f"v{self.rng.randint(1, 9)}.{self.rng.randint(0, 9)}.{self.rng.randint(0, 30)}.{self.rng.randint(100, 9999)}",
                            f"{self.rng.randint(2019, 2026)}.{self.rng.randint(1, 12):02d}.{self.rng.randint(1, 9)}"])

    def hash(self) -> str:
        return "".join(self.choice("0123456789abcdef") for _ in range(self.choice([7, 12, 40, 64])))

    def masked_card(self) -> str:
        _, digits = self.card_digits()
        last = digits[-4:]
        return self.choice([f"**** **** **** {last}", f"{digits[:4]} XXXX XXXX {last}", f"•••• {last}",
                            f"{digits[:6]}******{last}", f"xxxx-xxxx-xxxx-{last}"])

    def bad_card(self) -> str:
        _, digits = self.card_digits()
        return self.group_card(luhn_break(digits))

    def bad_iban(self, lang: str | None = None) -> str:
        iban = self.iban(lang, style="compact").text
        check = int(iban[2:4])
        wrong = f"{(check + self.rng.randint(1, 96)) % 97 + 2:02d}"
        if wrong == iban[2:4]:
            wrong = f"{(check + 1) % 97 + 2:02d}"
        bad = iban[:2] + wrong + iban[4:]
        return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4)) if self.rng.random() < 0.5 else bad

    def itin(self) -> str:
        return f"9{self.rng.randint(0, 99):02d}-{self.choice([70, 75, 78, 81, 88, 92])}-{self.rng.randint(1000, 9999)}"

    def ein(self) -> str:
        return f"{self.rng.randint(10, 98)}-{self.rng.randint(1000000, 9999999)}"

    def bad_ssn(self) -> str:
        return self.choice([f"000-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}",
                            f"666-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}",
                            f"{self.rng.randint(100, 899)}-00-{self.rng.randint(1000, 9999)}",
                            f"{self.rng.randint(100, 899)}-{self.rng.randint(10, 99)}-0000"])

    def netmask(self) -> str:
        return self.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252", "255.255.248.0", "0.0.0.255",
                            "0.0.15.255", "255.0.0.0", "255.255.255.128"])

    def routing(self) -> str:
        while True:
            d = self.digits(8, "0123")
            for c in "0123456789":
                s = d + c
                if sum(int(s[i]) * (3, 7, 1)[i % 3] for i in range(9)) % 10 == 0:
                    return s

    def sort_code(self) -> str:
        return f"{self.rng.randint(10, 99)}-{self.rng.randint(10, 99)}-{self.rng.randint(10, 99)}"

    def national_id(self) -> str:
        return self.choice([f"CPF {self.digits(3)}.{self.digits(3, '0123456789')}.{self.digits(3, '0123456789')}-{self.digits(2, '0123456789')}",
                            f"PESEL {self.digits(11, '0123456789')}",
                            f"personnummer {self.rng.randint(50, 99)}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}-{self.digits(4, '0123456789')}",
                            f"SIN {self.sin()}", f"SIRET {self.siret()}",
                            f"Aadhaar {self.digits(4, '23456789')} {self.digits(4, '0123456789')} {self.digits(4, '0123456789')}",
                            f"DNI {self.digits(8, '0123456789')}{self.choice('TRWAGMYFPDXBNJZSQVHLCKE')}",
                            f"NINO {self.choice(['AB', 'JT', 'SN', 'WL'])} {self.digits(2)} {self.digits(2)} {self.digits(2)} C"])

    def sin(self) -> str:
        body = self.digits(8, "12345679")
        s = body + luhn_digit(body)
        return f"{s[:3]} {s[3:6]} {s[6:]}"

    def siret(self) -> str:
        body = self.digits(13)
        s = body + luhn_digit(body)
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"

    def look_alike(self, lang: str) -> str:
        """One sentence-free hard negative: a labelled number that is none of the six types."""
        w = WORDS[lang]
        pick = self.rng.randrange(15)
        if pick == 0:
            return f"{w['date']}: {self.date(lang)} {self.time()}"
        if pick == 1:
            return f"{w['order']} {self.order_no()}"
        if pick == 2:
            return f"{w['invoice']} {self.order_no()}"
        if pick == 3:
            return f"{w['customer']} {self.digits(self.rng.randint(6, 10))}"
        if pick == 4:
            return f"{w['total']}: {self.price(lang)}"
        if pick == 5:
            return f"{w['ref']} {self.order_no()}"
        if pick == 6:
            return f"ISBN {self.isbn()}"
        if pick == 7:
            return f"EAN {self.ean()}"
        if pick == 8:
            return f"{w['page']} {self.rng.randint(2, 40)}/{self.rng.randint(41, 90)}"
        if pick == 9:
            return f"GPS {self.coords()}"
        if pick == 10:
            return f"IMEI {self.imei()}"
        if pick == 11:
            return f"{w['card']}: {self.masked_card()}"
        if pick == 12:
            return f"{self.rng.randint(1990, 2015)}–{self.rng.randint(2016, 2027)}"
        if pick == 13:
            return f"ISSN {self.issn()}"
        return f"{w['account']} {self.digits(self.rng.randint(8, 12))}"


# ------------------------------------------------------------------------------------ registers
# Each register writes one document into `page` in language `lang` and returns its URL path.


def colon(v: Values, lang: str) -> str:
    return "：" if lang in ("zh", "ja") and v.rng.random() < 0.7 else v.choice([": ", ": ", " ", " – ", ":\t"])


def contact_lines(v: Values, page: Page, lang: str, region: str | None = None, fax: float = 0.3,
                  mob: float = 0.5, mail: float = 0.5) -> None:
    """A contact block: phone, maybe mobile, fax (sometimes as one "Tel/Fax" line), e-mail."""
    w, sep = WORDS[lang], colon(v, lang)
    tel = v.phone(lang, region)
    if v.rng.random() < fax * 0.4:
        page.line(f"{w['tel']}/{w['fax']}{sep}{{a}} / {{b}}", a=tel, b=v.phone(lang, region, ext=False))
    else:
        page.line(f"{w['tel']}{sep}{{p}}", p=tel)
        if v.rng.random() < fax:
            page.line(f"{w['fax']}{sep}{{p}}", p=v.phone(lang, region, ext=False))
    if v.rng.random() < mob:
        page.line(f"{w['mob']}{sep}{{p}}", p=v.phone(lang, region, kind=PNT.MOBILE, ext=False))
    if v.rng.random() < mail:
        page.line(f"{w['mail']}{sep}{{e}}", e=v.email(lang))


def sentences(v: Values, page: Page, lang: str, region: str | None = None) -> None:
    """Phones and an e-mail that only the sentence around them marks."""
    w = WORDS[lang]
    page.line(w["call"], p=v.phone(lang, region, style=v.choice(["nat", "intl", "nat", "nbsp"])))
    if v.rng.random() < 0.4:
        page.line(w["sms"], p=v.phone(lang, region, kind=PNT.MOBILE, ext=False))
    if v.rng.random() < 0.2:
        page.line(w["write"], e=v.email(lang))


def negatives(v: Values, page: Page, lang: str, n: int = 2) -> None:
    page.line("  ·  ".join(v.look_alike(lang) for _ in range(n)))


INSURANCE = {  # title, policy no., date of loss, policyholder, payout account, adjuster
    "en": ("Property & Casualty Claim Notice", "Policy no.", "Date of loss", "Policyholder", "Pay claim to", "Your adjuster"),
    "es": ("Formulario de reclamación de seguro", "Póliza n.º", "Fecha del siniestro", "Asegurado", "Abono en cuenta", "Su perito"),
    "de": ("Schadenmeldung Hausrat", "Versicherungsschein-Nr.", "Schadentag", "Versicherungsnehmer", "Auszahlung auf", "Ihr Sachbearbeiter"),
    "fr": ("Déclaration de sinistre habitation", "N° de contrat", "Date du sinistre", "Assuré", "Indemnité versée sur", "Votre gestionnaire"),
    "it": ("Denuncia di sinistro RC auto", "Polizza n.", "Data del sinistro", "Contraente", "Liquidazione su", "Il vostro liquidatore"),
    "nl": ("Schadeformulier inboedel", "Polisnummer", "Schadedatum", "Verzekeringnemer", "Uitkering op", "Uw schadebehandelaar"),
    "pl": ("Zgłoszenie szkody majątkowej", "Nr polisy", "Data szkody", "Ubezpieczający", "Wypłata na rachunek", "Likwidator szkody"),
    "pt": ("Participação de sinistro", "Apólice n.º", "Data do sinistro", "Tomador do seguro", "Indemnização para", "O seu perito"),
    "ja": ("事故受付のお知らせ", "証券番号", "事故日", "契約者", "保険金振込先", "担当者"),
    "ko": ("보험금 청구 접수 안내", "증권번호", "사고일자", "계약자", "보험금 입금 계좌", "담당 손해사정사"),
    "zh": ("理赔受理通知书", "保单号", "出险日期", "投保人", "赔款账户", "理赔专员"),
    "ar": ("إشعار مطالبة تأمين", "رقم الوثيقة", "تاريخ الحادث", "المؤمن له", "حساب صرف التعويض", "مسؤول المطالبة"),
}


def insurance_claim(v: Values, page: Page, lang: str) -> str:
    title, policy, loss, holder, payout, adjuster = INSURANCE[lang]
    sep, us = colon(v, lang), lang in ("en", "es") and v.rng.random() < 0.75
    if us:
        v.region = "US"
    page.line(title)
    page.line(f"{policy}{sep}{v.choice(['HO', 'PA', 'KFZ', ''])}{v.digits(9)}   {loss}{sep}{v.date(lang)}")
    page.line(f"{holder}{sep}{v.name(lang)}")
    if us:
        label = v.choice(["SSN", "Social Security No.", "Soc. Sec. #"] if lang == "en" else
                         ["Número de Seguro Social", "SSN", "N.º de Seguro Social"])
        page.line(f"{label}{sep}{{s}}   DOB{sep}{v.dob()}", s=v.ssn(v.choice(["dash", "dash", "space"])))
        page.line(f"{WORDS[lang]['tel']} ({v.choice(['home', 'day'] if lang == 'en' else ['casa', 'día'])}){sep}{{p}}",
                  p=v.phone(lang, "US"))
        page.line(f"Employer EIN {v.ein()}  ·  VIN 1HG{v.choice(string.ascii_uppercase)}{v.digits(5)}{v.choice('ABCXYZ')}{v.digits(8)}")
        if v.rng.random() < 0.5:
            _, card = v.card()
            page.line(f"{'Premium paid by card' if lang == 'en' else 'Prima pagada con tarjeta'}{sep}{{c}}  exp {v.rng.randint(1, 12):02d}/{v.rng.randint(26, 31)}", c=card)
        else:
            page.line(f"ACH routing {v.routing()} / account {v.digits(10)}")
    elif v.region in IBAN_COUNTRIES or lang not in ("ja", "ko", "zh"):
        page.line(f"{payout}{sep}{{i}}", i=v.iban(lang))
        page.line(f"BIC {v.choice(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'BPKOPLPW', 'MIZUJPJT', 'BCITITMM'])}  ·  {v.look_alike(lang)}")
        page.line(f"{WORDS[lang]['tel']}{sep}{{p}}", p=v.phone(lang))
    else:  # banks here have no IBAN: a domestic account number, which is none of the six types
        page.line(f"{payout}{sep}{WORDS[lang]['account']} {v.digits(7, '0123456789')} ({v.digits(3)})")
        page.line(f"{WORDS[lang]['tel']}{sep}{{p}}", p=v.phone(lang))
    page.line(f"{adjuster}{sep}{v.name(lang)}, {{p}}", p=v.phone(lang, "US" if us else None, ext=v.rng.random() < 0.5))
    if v.rng.random() < 0.5:
        page.line(f"{WORDS[lang]['mail']}{sep}{{e}}", e=v.email(lang, domain=v.domain(lang)))
    if v.rng.random() < 0.4:
        page.line(f"{v.bad_ssn() if us else v.bad_iban(lang)}  ({'sample only, do not use' if lang == 'en' else '—'})")
    negatives(v, page, lang)
    return "claims/" + v.digits(6)


PARISH = {  # title, mass times, collection, office line
    "en": ("St. Brigid's Parish Bulletin", "Mass times", "Last Sunday's collection", "Parish office"),
    "de": ("Pfarrbrief St. Martin", "Gottesdienste", "Kollekte vom Sonntag", "Pfarrbüro"),
    "fr": ("Bulletin paroissial Notre-Dame", "Horaires des messes", "Quête de dimanche", "Secrétariat paroissial"),
    "es": ("Hoja parroquial San José", "Horario de misas", "Colecta del domingo", "Despacho parroquial"),
    "it": ("Notiziario parrocchiale San Lorenzo", "Orari delle messe", "Offerte di domenica", "Segreteria parrocchiale"),
    "pt": ("Boletim paroquial Nossa Senhora", "Horário das missas", "Ofertório de domingo", "Secretaria paroquial"),
    "pl": ("Ogłoszenia parafialne św. Jadwigi", "Msze święte", "Kolekta z niedzieli", "Kancelaria parafialna"),
    "nl": ("Parochieblad Sint-Jan", "Vieringen", "Collecte van zondag", "Parochiesecretariaat"),
    "el": ("Ενοριακό δελτίο Αγίου Νικολάου", "Ακολουθίες", "Δίσκος Κυριακής", "Γραφείο ενορίας"),
    "ru": ("Приходской листок храма Святой Троицы", "Расписание богослужений", "Пожертвования за воскресенье", "Канцелярия прихода"),
    "uk": ("Парафіяльний вісник храму св. Миколая", "Розклад богослужінь", "Пожертви з неділі", "Канцелярія парафії"),
    "bg": ("Енорийски бюлетин „Св. Никола“", "Богослужения", "Дарения от неделя", "Канцелария"),
    "ko": ("성당 주보", "미사 시간", "주일 헌금", "사무실"),
    "hu": ("Plébániai hírlevél", "Miserend", "Vasárnapi gyűjtés", "Plébániahivatal"),
    "ro": ("Buletin parohial Sf. Gheorghe", "Program slujbe", "Colecta de duminică", "Cancelaria parohiei"),
}


def parish_bulletin(v: Values, page: Page, lang: str) -> str:
    title, masses, collection, office = PARISH[lang]
    sep = colon(v, lang)
    page.line(f"{title} — {v.date(lang)}")
    page.line(f"{masses}{sep}{v.time()}, {v.time()}, {v.time()}")
    page.line(f"{collection}{sep}{v.price(lang)}  ·  {v.rng.randint(40, 320)} / {v.rng.randint(400, 900)}")
    page.line(f"{office}{sep}{{p}}", p=v.phone(lang))
    if v.rng.random() < 0.5:
        page.line(f"{WORDS[lang]['fax']}{sep}{{p}}", p=v.phone(lang, ext=False))
    sentences(v, page, lang)
    if v.region in IBAN_COUNTRIES:
        page.line(f"IBAN{sep}{{i}}", i=v.iban(lang))
    page.line(f"Hymns {v.rng.randint(100, 700)}, {v.rng.randint(100, 700)}, {v.rng.randint(100, 700)}" if lang == "en"
              else f"{v.rng.randint(100, 700)} · {v.rng.randint(100, 700)} · {v.rng.randint(1, 150)}")
    return "bulletin/" + str(v.rng.randint(2019, 2027))


CROWDFUNDING = {  # title, raised of goal, backers, days left, bank transfer, comments
    "en": ("Help us rebuild the community darkroom", "raised of", "backers", "days to go", "Prefer a bank transfer?", "Comments"),
    "de": ("Hilf uns, den Dorfladen zu retten", "von", "Unterstützer", "Tage übrig", "Lieber per Überweisung?", "Kommentare"),
    "fr": ("Aidez-nous à ouvrir la librairie du quartier", "collectés sur", "contributeurs", "jours restants", "Virement bancaire ?", "Commentaires"),
    "es": ("Ayúdanos a grabar nuestro primer disco", "recaudados de", "mecenas", "días restantes", "¿Prefieres transferencia?", "Comentarios"),
    "it": ("Sosteneteci per il nuovo forno del paese", "raccolti su", "sostenitori", "giorni rimasti", "Preferite un bonifico?", "Commenti"),
    "pt": ("Ajude a reformar a biblioteca comunitária", "arrecadados de", "apoiadores", "dias restantes", "Prefere transferência?", "Comentários"),
    "nl": ("Help ons de buurttuin aan te leggen", "opgehaald van", "donateurs", "dagen te gaan", "Liever overmaken?", "Reacties"),
    "sv": ("Hjälp oss bygga en ny bastu vid sjön", "insamlat av", "bidragsgivare", "dagar kvar", "Hellre banköverföring?", "Kommentarer"),
    "ja": ("地域の古民家カフェを再生したい", "集まりました / 目標", "支援者", "残り日数", "銀行振込をご希望の方", "コメント"),
    "zh": ("帮助我们修复老街书店", "已筹 / 目标", "支持者", "剩余天数", "银行转账", "评论"),
    "ko": ("동네 책방을 살려주세요", "모금 / 목표", "후원자", "남은 기간", "계좌 이체", "댓글"),
    "tr": ("Mahalle kütüphanesine destek olun", "toplandı / hedef", "destekçi", "gün kaldı", "Havale ile mi?", "Yorumlar"),
    "da": ("Hjælp os med at redde byens biograf", "indsamlet af", "støtter", "dage tilbage", "Hellere bankoverførsel?", "Kommentarer"),
    "fi": ("Auta meitä kunnostamaan kyläkoulu", "kerätty /", "tukijaa", "päivää jäljellä", "Tilisiirto?", "Kommentit"),
    "ro": ("Ajută-ne să renovăm biblioteca satului", "strânși din", "susținători", "zile rămase", "Preferi transfer bancar?", "Comentarii"),
    "hu": ("Segíts megmenteni a falusi mozit", "gyűlt /", "támogató", "nap van hátra", "Inkább átutalnál?", "Hozzászólások"),
    "bg": ("Помогнете ни да спасим читалището", "събрани от", "дарители", "оставащи дни", "Банков превод?", "Коментари"),
    "uk": ("Допоможіть відновити сільську бібліотеку", "зібрано з", "донорів", "днів залишилось", "Банківський переказ?", "Коментарі"),
    "el": ("Βοηθήστε μας να σώσουμε το θερινό σινεμά", "συγκεντρώθηκαν από", "υποστηρικτές", "ημέρες απομένουν", "Τραπεζική μεταφορά;", "Σχόλια"),
    "he": ("עזרו לנו לשקם את הספרייה השכונתית", "נאספו מתוך", "תומכים", "ימים נותרו", "מעדיפים העברה בנקאית?", "תגובות"),
}


def crowdfunding_page(v: Values, page: Page, lang: str) -> str:
    title, of, backers, days, transfer, comments = CROWDFUNDING[lang]
    page.line(title)
    page.line(f"{v.price(lang)} {of} {v.price(lang)} · {v.rng.randint(12, 4000)} {backers} · {v.rng.randint(1, 60)} {days}")
    page.line(f"{transfer} IBAN {{i}} ({WORDS[lang]['ref']}: {v.order_no()})", i=v.iban(lang))
    sentences(v, page, lang)
    page.line(f"\n{comments}")
    for _ in range(v.rng.randint(1, 3)):
        who = v.name(lang)
        r = v.rng.random()
        if r < 0.3:
            brand, card = v.card()
            page.line(f"{who}: {brand} {{c}} — payment failed twice?", c=card) if lang == "en" else \
                page.line(f"{who}: {brand} {{c}} ???", c=card)
        elif r < 0.55:
            page.line(f"{who}: {WORDS[lang]['call'].format(p='{p}')}", p=v.phone(lang, style="nat", ext=False))
        else:
            page.line(f"{who}: 🎉 {v.rng.randint(5, 100)}%  ({v.date(lang)})")
    return "projects/" + v.hash()[:7]


TENDER = {  # title, question, answer, contracting authority, bid bond
    "en": ("Clarifications to tender", "Question", "Answer", "Contracting authority", "Bid security to be paid to"),
    "de": ("Bieterfragen zur Ausschreibung", "Frage", "Antwort", "Vergabestelle", "Bietersicherheit auf"),
    "fr": ("Questions-réponses sur l'appel d'offres", "Question", "Réponse", "Pouvoir adjudicateur", "Garantie de soumission sur"),
    "es": ("Aclaraciones a la licitación", "Pregunta", "Respuesta", "Órgano de contratación", "Garantía provisional en"),
    "it": ("Chiarimenti alla gara", "Quesito", "Risposta", "Stazione appaltante", "Cauzione provvisoria su"),
    "pl": ("Wyjaśnienia treści SWZ", "Pytanie", "Odpowiedź", "Zamawiający", "Wadium na rachunek"),
    "cs": ("Vysvětlení zadávací dokumentace", "Dotaz", "Odpověď", "Zadavatel", "Jistota na účet"),
    "ro": ("Clarificări la licitația", "Întrebare", "Răspuns", "Autoritatea contractantă", "Garanția de participare în"),
    "hu": ("Kiegészítő tájékoztatás", "Kérdés", "Válasz", "Ajánlatkérő", "Ajánlati biztosíték"),
    "bg": ("Разяснения по обществена поръчка", "Въпрос", "Отговор", "Възложител", "Гаранция по сметка"),
    "el": ("Διευκρινίσεις διαγωνισμού", "Ερώτηση", "Απάντηση", "Αναθέτουσα αρχή", "Εγγύηση συμμετοχής"),
    "pt": ("Esclarecimentos ao concurso público", "Pergunta", "Resposta", "Entidade adjudicante", "Caução para"),
    "nl": ("Nota van inlichtingen aanbesteding", "Vraag", "Antwoord", "Aanbestedende dienst", "Bankgarantie op"),
}


def tender_clarifications(v: Values, page: Page, lang: str) -> str:
    title, q, a, authority, bond = TENDER[lang]
    sep = colon(v, lang)
    page.line(f"{title} {v.rng.randint(2022, 2027)}/S {v.rng.randint(100, 250)}-{v.digits(6)}")
    page.line(f"CPV {v.digits(8, '34579')}-{v.rng.randint(0, 9)} · Lot {v.rng.randint(1, 9)} · {v.price(lang)}")
    for i in range(1, v.rng.randint(2, 4)):
        page.line(f"{q} {i}{sep}{v.look_alike(lang)}?")
        page.line(f"{a}{sep}{v.date(lang)}, {v.time()} — {WORDS[lang]['page']} {v.rng.randint(3, 88)}.")
    page.line(f"\n{authority}{sep}{v.name(lang)}")
    contact_lines(v, page, lang, fax=0.7)
    if v.rng.random() < 0.9:
        page.line(f"{bond}{sep}{{i}}", i=v.iban(lang))
    return "tenders/" + v.digits(5)


ETICKET = {  # title, seat, gate, holder, hotline sentence
    "en": ("Your e-ticket", "Row {r} Seat {s}", "Gate", "Ticket holder", "Box office: {p}"),
    "de": ("Ihr E-Ticket", "Reihe {r} Platz {s}", "Eingang", "Karteninhaber", "Ticket-Hotline {p}"),
    "fr": ("Votre e-billet", "Rang {r} Place {s}", "Porte", "Titulaire", "Billetterie : {p}"),
    "es": ("Tu entrada", "Fila {r} Asiento {s}", "Puerta", "Titular", "Taquilla: {p}"),
    "it": ("Il tuo biglietto", "Fila {r} Posto {s}", "Ingresso", "Intestatario", "Biglietteria {p}"),
    "nl": ("Je e-ticket", "Rij {r} Stoel {s}", "Ingang", "Naam", "Kassa: {p}"),
    "pt": ("Seu ingresso", "Fila {r} Assento {s}", "Portão", "Titular", "Bilheteria: {p}"),
    "ja": ("電子チケット", "{r}列 {s}番", "ゲート", "購入者", "チケットセンター {p}"),
    "ko": ("모바일 티켓", "{r}열 {s}번", "게이트", "예매자", "고객센터 {p}"),
    "zh": ("电子门票", "{r}排{s}座", "入口", "购票人", "票务热线{p}"),
    "th": ("ตั๋วอิเล็กทรอนิกส์", "แถว {r} ที่นั่ง {s}", "ประตู", "ผู้ถือบัตร", "ฝ่ายขายตั๋ว {p}"),
    "vi": ("Vé điện tử", "Hàng {r} Ghế {s}", "Cổng", "Người mua", "Tổng đài bán vé {p}"),
    "id": ("E-tiket Anda", "Baris {r} Kursi {s}", "Gerbang", "Pemegang tiket", "Layanan tiket {p}"),
    "hi": ("आपका ई-टिकट", "पंक्ति {r} सीट {s}", "गेट", "टिकट धारक", "टिकट हेल्पलाइन {p}"),
    "he": ("הכרטיס שלך", "שורה {r} מושב {s}", "שער", "בעל הכרטיס", "קופה: {p}"),
    "ru": ("Ваш электронный билет", "Ряд {r} Место {s}", "Вход", "Покупатель", "Касса: {p}"),
    "tr": ("E-biletiniz", "Sıra {r} Koltuk {s}", "Kapı", "Bilet sahibi", "Gişe: {p}"),
    "fa": ("بلیت الکترونیکی شما", "ردیف {r} صندلی {s}", "درب", "خریدار", "باجه فروش: {p}"),
}


def event_eticket(v: Values, page: Page, lang: str) -> str:
    title, seat, gate, holder, hotline = ETICKET[lang]
    sep = colon(v, lang)
    page.line(f"{title} · {v.date(lang)} {v.time()}")
    page.line(f"{seat.format(r=v.rng.randint(1, 40), s=v.rng.randint(1, 60))} · {gate} {v.choice('ABCDEFG')}{v.rng.randint(1, 9)}")
    if v.rng.random() < 0.6:
        page.line(f"{holder}{sep}{v.name(lang)} · {{e}}", e=v.email(lang))
    else:
        page.line(f"{holder}{sep}{v.name(lang)}")
    page.line(f"{WORDS[lang]['order']} {v.order_no()} · {v.price(lang)} · {WORDS[lang]['card']} {v.masked_card()}")
    page.line(f"EAN {v.ean()}  ·  Ticket {v.digits(14)}")
    if v.rng.random() < 0.5:
        page.line(f"{WORDS[lang]['mob']}{sep}{{p}}", p=v.phone(lang, kind=PNT.MOBILE, ext=False))
    page.line(hotline, p=v.phone(lang, kind=v.choice([PNT.TOLL_FREE, PNT.FIXED_LINE])))
    return "tickets/" + v.hash()[:12]


def it_helpdesk_ticket(v: Values, page: Page, lang: str) -> str:
    words = {"en": ("Reported by", "Description", "cannot reach the file server since this morning"),
             "de": ("Gemeldet von", "Beschreibung", "Dateiserver seit heute früh nicht erreichbar"),
             "fr": ("Signalé par", "Description", "impossible d'accéder au serveur de fichiers"),
             "nl": ("Gemeld door", "Omschrijving", "fileserver sinds vanochtend onbereikbaar"),
             "pl": ("Zgłaszający", "Opis", "brak dostępu do serwera plików od rana"),
             "ja": ("報告者", "内容", "今朝からファイルサーバーに接続できません"),
             "es": ("Reportado por", "Descripción", "no puedo acceder al servidor de archivos")}[lang]
    reporter, desc, problem = words
    sep = colon(v, lang)
    page.line(f"INC{v.digits(7, '0')} · P{v.rng.randint(1, 4)} · {v.date(lang)} {v.time()}")
    page.line(f"{reporter}{sep}{v.name(lang)} <{{e}}>, {WORDS[lang]['tel']} {{p}}", e=v.email(lang, domain=v.domain(lang)),
              p=v.phone(lang, ext=v.rng.random() < 0.6))
    page.line(f"{desc}{sep}{problem}.")
    me = v.ipv4("private")
    gw = me.text.rsplit(".", 1)[0] + ".1"
    page.line("```")
    page.line("IPv4 Address. . . . . . . . . . . : {a}", a=me)
    page.line(f"Subnet Mask . . . . . . . . . . . : {v.netmask()}")
    page.line("Default Gateway . . . . . . . . . : {g}", g=Val("IP_ADDRESS", gw))
    if v.rng.random() < 0.5:
        ll = v.ipv6("linklocal")
        page.line(f"Link-local IPv6 Address . . . . . : {{a}}%{v.rng.randint(2, 24)}", a=ll)
    page.line("DNS Servers . . . . . . . . . . . : {a}", a=v.ipv4("public"))
    page.line("> ping 127.0.0.1 -n 4   (Reply from 127.0.0.1: time<1ms TTL=128)")
    page.line(f"> tracert {{a}}   hop 3  {v.rng.randint(2, 90)} ms", a=v.ipv4("public"))
    page.line("```")
    if v.rng.random() < 0.6:
        page.line(f"VPN endpoint {{a}}:{v.choice([443, 1194, 8443, 51820])} — proxy [{{b}}]:{v.choice([3128, 8080])}",
                  a=v.ipv4("public"), b=v.ipv6("public"))
    page.line(f"Agent build {v.version()} · MAC {':'.join(f'{v.rng.randint(0, 255):02X}' for _ in range(6))} · asset {v.digits(8)}")
    if v.rng.random() < 0.4:
        page.line(f"{v.name(lang)}{sep}{{a}}", a=v.ipv6("public"))
    return "tickets/INC" + v.digits(7, "0")


def sql_dump(v: Values, page: Page, lang: str) -> str:
    v.region = "US"
    table = v.choice(["customers", "members", "users", "patients", "applicants"])
    page.line(f"-- MySQL dump 10.13  Distrib {v.choice(['8.0.36', '5.7.44', '10.11.6-MariaDB'])}")
    page.line(f"-- Host: localhost    Database: {v.choice(['shop', 'crm', 'clinic', 'hr'])}_prod")
    page.line(f"LOCK TABLES `{table}` WRITE;")
    page.line(f"INSERT INTO `{table}` (`id`,`name`,`email`,`phone`,`ssn`,`card`,`last_ip`,`zip`,`created_at`) VALUES")
    rows = v.rng.randint(2, 5)
    for i in range(rows):
        row_lang = "en" if v.rng.random() < 0.6 else v.choice(["es", "de", "fr", "zh", "ko", "vi", "hi", "ru"])
        e = v.email(row_lang)
        p = v.phone(row_lang, "US" if row_lang == "en" else None, style=v.choice(["e164", "nat", "intl"]), ext=False)
        s = v.ssn(v.choice(["dash", "bare"])) if v.rng.random() < 0.8 else v.itin()
        c = v.card(sep=v.choice(["", "", "-"]))[1] if v.rng.random() < 0.6 else v.masked_card()
        ip = v.ip() if v.rng.random() < 0.85 else "127.0.0.1"
        name = v.name(row_lang).replace("'", "''")
        page.add(f"({v.rng.randint(1000, 99999)},'{name}','", e, "','", p, "','", s, "','", c, "','", ip,
                 f"','{v.digits(5, '0123456789')}','{v.timestamp()}')")
        page.add(",\n" if i < rows - 1 else ";\n")
    page.line("UNLOCK TABLES;")
    page.line(f"-- Dump completed on {v.timestamp()}")
    return f"backups/{table}.sql"


def vcard(v: Values, page: Page, lang: str) -> str:
    f = v.fake(lang)
    first, last = f.first_name(), f.last_name()
    region = v.choice(LANGS[lang][1])
    four = v.rng.random() < 0.4
    page.line("BEGIN:VCARD")
    page.line("VERSION:4.0" if four else "VERSION:3.0")
    page.line(f"N:{last};{first};;;")
    page.line(f"FN:{first} {last}")
    page.line(f"ORG:{f.company() if hasattr(f, 'company') else last}".replace("\n", " "))
    if four:
        page.line("TEL;TYPE=work,voice;VALUE=uri:tel:{p}", p=v.phone(lang, region, style="e164", ext=False))
        page.line("TEL;TYPE=cell;VALUE=uri:tel:{p}", p=v.phone(lang, region, style=v.choice(["e164", "dash_intl"]), kind=PNT.MOBILE, ext=False))
    else:
        page.line("TEL;TYPE=WORK,VOICE:{p}", p=v.phone(lang, region))
        page.line("TEL;TYPE=CELL:{p}", p=v.phone(lang, region, kind=PNT.MOBILE, ext=False))
        if v.rng.random() < 0.4:
            page.line("TEL;TYPE=WORK,FAX:{p}", p=v.phone(lang, region, ext=False))
    page.line("EMAIL;TYPE=INTERNET,PREF:{e}" if not four else "EMAIL;TYPE=work:{e}", e=v.email(lang))
    if v.rng.random() < 0.12:
        page.line("EMAIL;TYPE=HOME:{e}", e=v.email(lang))
    page.line(f"ADR;TYPE=WORK:;;{v.digits(3)} {f.street_name() if hasattr(f, 'street_name') else 'Main'};;;{v.digits(5, '0123456789')};")
    if v.rng.random() < 0.35:
        page.line("NOTE:IBAN {i}", i=v.iban(lang))
    page.line(f"REV:{v.date('sv').replace('-', '')}T{v.rng.randint(10, 23)}{v.rng.randint(10, 59)}00Z")
    u = "".join(v.choice("0123456789abcdef") for _ in range(32))
    page.line(f"UID:urn:uuid:{u[:8]}-{u[8:12]}-4{u[13:16]}-a{u[17:20]}-{u[20:]}")
    page.line("END:VCARD")
    return f"contacts/{first.lower()}.vcf" if first.isascii() else "contacts/card.vcf"


ICAL_TEXT = {"en": ("Quarterly review", "Join by phone", "Meeting ID", "Passcode"),
             "de": ("Quartalsgespräch", "Telefonische Einwahl", "Meeting-ID", "Kenncode"),
             "fr": ("Point trimestriel", "Rejoindre par téléphone", "ID de réunion", "Code secret"),
             "es": ("Revisión trimestral", "Unirse por teléfono", "ID de reunión", "Código"),
             "it": ("Riunione trimestrale", "Partecipa per telefono", "ID riunione", "Passcode"),
             "nl": ("Kwartaaloverleg", "Inbellen", "Vergader-ID", "Toegangscode"),
             "ja": ("四半期レビュー", "電話で参加", "会議ID", "パスコード"),
             "pt": ("Revisão trimestral", "Entrar por telefone", "ID da reunião", "Senha"),
             "sv": ("Kvartalsmöte", "Ring in", "Mötes-ID", "Kod"),
             "pl": ("Przegląd kwartalny", "Dołącz telefonicznie", "ID spotkania", "Kod dostępu")}


def icalendar(v: Values, page: Page, lang: str) -> str:
    summary, dial, mid, code = ICAL_TEXT[lang]
    stamp = v.date("sv").replace("-", "")
    page.line("BEGIN:VCALENDAR")
    page.line("PRODID:-//Example Corp//CalSync 3.2//EN")
    page.line("BEGIN:VEVENT")
    page.line(f"DTSTART;TZID=Europe/Berlin:{stamp}T{v.rng.randint(8, 17):02d}0000")
    page.line(f"DTEND;TZID=Europe/Berlin:{stamp}T{v.rng.randint(18, 20):02d}3000")
    page.line(f"SUMMARY:{summary}")
    page.line(f"ORGANIZER;CN={v.name(lang)}:mailto:{{e}}", e=v.email(lang, domain=v.domain(lang)))
    for _ in range(v.rng.randint(1, 2)):
        page.line(f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={v.name(lang)}:mailto:{{e}}", e=v.email(lang))
    p1, p2 = v.phone(lang, style=v.choice(["intl", "e164"]), ext=False), v.phone("en", "US", style="intl", ext=False)
    meeting = f"{v.digits(3)} {v.digits(4, '0123456789')} {v.digits(4, '0123456789')}"
    page.line(f"DESCRIPTION:{dial}: {{a}}\\, {{b}}\\n{mid}: {meeting}\\n{code}: {v.digits(6)}", a=p1, b=p2)
    page.line(f"LOCATION:{dial} {{p}}", p=v.phone(lang, style="nat", ext=True))
    page.line(f"UID:{v.hash()}@calsync.example.com")
    page.line(f"SEQUENCE:{v.rng.randint(0, 5)}")
    page.line("END:VEVENT")
    page.line("END:VCALENDAR")
    return "calendar/invite.ics"


STATEMENT = {  # title, holder, opening balance, card purchase, transfer from, direct debit
    "en": ("Statement of account", "Account holder", "Opening balance", "Card purchase", "Transfer from", "Direct debit"),
    "de": ("Kontoauszug", "Kontoinhaber", "Alter Kontostand", "Kartenzahlung", "Gutschrift von", "Lastschrift"),
    "fr": ("Relevé de compte", "Titulaire", "Ancien solde", "Paiement carte", "Virement de", "Prélèvement"),
    "es": ("Extracto de cuenta", "Titular", "Saldo anterior", "Compra con tarjeta", "Transferencia de", "Recibo domiciliado"),
    "it": ("Estratto conto", "Intestatario", "Saldo iniziale", "Pagamento carta", "Bonifico da", "Addebito diretto"),
    "nl": ("Rekeningafschrift", "Rekeninghouder", "Beginsaldo", "Betaalautomaat", "Overboeking van", "Incasso"),
    "pl": ("Wyciąg z rachunku", "Posiadacz", "Saldo początkowe", "Płatność kartą", "Przelew od", "Polecenie zapłaty"),
    "pt": ("Extrato bancário", "Titular", "Saldo inicial", "Compra com cartão", "Transferência de", "Débito direto"),
    "cs": ("Výpis z účtu", "Majitel účtu", "Počáteční zůstatek", "Platba kartou", "Příchozí platba od", "Inkaso"),
    "hu": ("Számlakivonat", "Számlatulajdonos", "Nyitó egyenleg", "Kártyás vásárlás", "Jóváírás", "Csoportos beszedés"),
    "sv": ("Kontoutdrag", "Kontohavare", "Ingående saldo", "Kortköp", "Insättning från", "Autogiro"),
    "da": ("Kontoudtog", "Kontohaver", "Primosaldo", "Kortkøb", "Overførsel fra", "Betalingsservice"),
    "fi": ("Tiliote", "Tilinomistaja", "Alkusaldo", "Korttiosto", "Tilisiirto", "Suoramaksu"),
    "tr": ("Hesap özeti", "Hesap sahibi", "Devreden bakiye", "Kartla ödeme", "Gelen EFT", "Otomatik ödeme"),
    "ru": ("Выписка по счёту", "Владелец счёта", "Входящий остаток", "Оплата картой", "Перевод от", "Автоплатёж"),
    "ar": ("كشف حساب", "صاحب الحساب", "الرصيد الافتتاحي", "شراء بالبطاقة", "حوالة من", "خصم مباشر"),
    "he": ("דף חשבון", "בעל החשבון", "יתרת פתיחה", "רכישה בכרטיס", "העברה מאת", "הוראת קבע"),
    "fa": ("صورتحساب بانکی", "صاحب حساب", "مانده اول دوره", "خرید با کارت", "واریز از", "برداشت مستقیم"),
    "el": ("Κίνηση λογαριασμού", "Δικαιούχος", "Υπόλοιπο έναρξης", "Αγορά με κάρτα", "Μεταφορά από", "Πάγια εντολή"),
    "bg": ("Извлечение по сметка", "Титуляр", "Начално салдо", "Плащане с карта", "Превод от", "Директен дебит"),
    "ro": ("Extras de cont", "Titular", "Sold inițial", "Plată cu cardul", "Transfer de la", "Debit direct"),
}


SEPA_LANGS = ("de", "fr", "es", "it", "nl", "pl", "pt", "cs", "hu", "sv", "da", "fi", "el", "bg", "ro")


def bank_statement(v: Values, page: Page, lang: str) -> str:
    title, holder, opening, card, transfer, debit = STATEMENT[lang]
    sep = colon(v, lang)
    page.line(f"{title} {v.rng.randint(1, 12)}/{v.rng.randint(2022, 2027)} · {WORDS[lang]['page']} 1/{v.rng.randint(2, 4)}")
    page.line(f"{holder}{sep}{v.name(lang)}   IBAN {{i}}", i=v.iban(lang, style=v.choice(["print", "compact"])))
    if lang == "en":
        page.line(f"Sort code {v.sort_code()}   Account {v.digits(8, '0123456789')}   BIC NWBKGB2L")
    page.line(f"{opening}{sep}{v.price(lang)}")
    for _ in range(v.rng.randint(3, 6)):
        r = v.rng.random()
        d = v.date(lang)
        if r < 0.35:
            page.line(f"{d}  {transfer} {v.name(lang)}  {{i}}  +{v.price(lang)}", i=v.iban(lang))
        elif r < 0.55:
            creditor = f" CI DE{v.rng.randint(10, 99)}ZZZ{v.digits(11, '0')}" if lang in SEPA_LANGS else ""
            page.line(f"{d}  {debit} {v.choice(['Stadtwerke', 'Telekom', 'ENGIE', 'Vattenfall', 'Allianz'])} "
                      f"{WORDS[lang]['ref']} {v.order_no()}{creditor}  -{v.price(lang)}")
        elif r < 0.8:
            page.line(f"{d}  {card} {v.masked_card()} {v.choice(['REWE', 'Carrefour', 'IKEA', 'Lidl', 'Shell'])}  -{v.price(lang)}")
        else:
            page.line(f"{d}  {transfer} {v.bad_iban(lang)}  {v.look_alike(lang)}")
    page.line(f"{WORDS[lang]['call'].format(p='{p}')}", p=v.phone(lang, kind=v.choice([PNT.FIXED_LINE, PNT.TOLL_FREE])))
    return "online-banking/statement.pdf"


RECIPE = {  # title, ingredients, method, contact box, cooking classes
    "en": ("Grandma's plum cake", "Ingredients", "Bake at 180 °C for 45 minutes.", "Get in touch", "Cooking class bookings"),
    "de": ("Omas Zwetschgendatschi", "Zutaten", "Bei 180 °C 45 Minuten backen.", "Kontakt", "Kochkurs buchen"),
    "fr": ("Tarte aux pommes de ma grand-mère", "Ingrédients", "Cuire 45 minutes à 180 °C.", "Me contacter", "Réserver un atelier"),
    "es": ("Tortilla de patatas de la abuela", "Ingredientes", "Cocinar 8 minutos a fuego medio.", "Contacto", "Reservas de talleres"),
    "it": ("Crostata della nonna", "Ingredienti", "Cuocere a 180 °C per 45 minuti.", "Contatti", "Prenota un corso"),
    "pt": ("Bolo de fubá da vovó", "Ingredientes", "Asse a 180 °C por 40 minutos.", "Fale comigo", "Aulas de culinária"),
    "pl": ("Sernik babci", "Składniki", "Piec w 170 °C przez 60 minut.", "Kontakt", "Zapisy na warsztaty"),
    "ru": ("Бабушкины сырники", "Ингредиенты", "Жарить по 3 минуты с каждой стороны.", "Связаться", "Запись на мастер-класс"),
    "ja": ("祖母の肉じゃが", "材料", "中火で15分煮込みます。", "お問い合わせ", "料理教室のご予約"),
    "ko": ("할머니표 김치찌개", "재료", "중불에서 20분 끓입니다.", "문의", "쿠킹 클래스 예약"),
    "th": ("ต้มยำกุ้งสูตรคุณยาย", "ส่วนผสม", "ต้มไฟกลาง 10 นาที", "ติดต่อ", "จองคลาสทำอาหาร"),
    "vi": ("Phở bò của bà", "Nguyên liệu", "Hầm xương 6 tiếng.", "Liên hệ", "Đăng ký lớp nấu ăn"),
    "id": ("Rendang ala nenek", "Bahan", "Masak dengan api kecil 3 jam.", "Kontak", "Pesan kelas memasak"),
    "tr": ("Anneannemin mercimek çorbası", "Malzemeler", "Orta ateşte 25 dakika pişirin.", "İletişim", "Yemek atölyesi rezervasyonu"),
    "hi": ("दादी की दाल मखनी", "सामग्री", "धीमी आँच पर 40 मिनट पकाएँ।", "संपर्क", "कुकिंग क्लास बुकिंग"),
    "ar": ("كبسة جدتي", "المكونات", "يُطهى على نار هادئة لمدة 45 دقيقة.", "تواصل معنا", "حجز دروس الطبخ"),
    "fa": ("قورمه‌سبزی مادربزرگ", "مواد لازم", "۳ ساعت روی حرارت ملایم بپزید.", "تماس", "رزرو کلاس آشپزی"),
    "he": ("העוגה של סבתא", "מצרכים", "אופים 45 דקות ב-180 מעלות.", "צרו קשר", "הרשמה לסדנת בישול"),
    "zh": ("外婆的红烧肉", "食材", "小火炖煮40分钟。", "联系方式", "烹饪课程预约"),
    "el": ("Ο μουσακάς της γιαγιάς", "Υλικά", "Ψήνουμε στους 180 °C για 45 λεπτά.", "Επικοινωνία", "Κρατήσεις μαθημάτων"),
}


def recipe_blog(v: Values, page: Page, lang: str) -> str:
    title, ingredients, method, box, classes = RECIPE[lang]
    page.line(f"{title}\n{v.date(lang)} · ★ {v.rng.randint(30, 50) / 10} ({v.rng.randint(3, 900)})")
    page.line(f"{ingredients}: {v.rng.randint(100, 500)} g, {v.rng.randint(1, 4)}/{v.rng.randint(2, 4)}, {v.rng.randint(2, 6)} × {v.rng.randint(50, 250)} ml")
    page.line(method)
    page.line(f"\n— {box} —")
    if v.rng.random() < 0.5:
        page.line(f"{classes}{colon(v, lang)}{{p}}", p=v.phone(lang, ext=False))
    else:
        page.line(f"{classes} · {WORDS[lang]['tel']}{colon(v, lang)}{{p}}", p=v.phone(lang, ext=False))
    page.line(f"{WORDS[lang]['mail']}{colon(v, lang)}{{e}}", e=v.email(lang))
    if v.rng.random() < 0.5:
        page.line("\n[Comments awaiting moderation]")
        for _ in range(v.rng.randint(1, 3)):
            page.line(f"{v.name(lang)} | {{e}} | {{a}} | {v.timestamp()}", e=v.email(lang), a=v.ip())
    return "recipes/" + v.digits(4)


UTILITY = {  # title, meter no., consumption, period, direct debit from, fault line
    "en": ("Your electricity bill", "Meter no.", "Consumption", "Billing period", "Paid by Direct Debit from", "Power cut? Call"),
    "de": ("Ihre Stromrechnung", "Zählernummer", "Verbrauch", "Abrechnungszeitraum", "Abbuchung von", "Störungsdienst"),
    "fr": ("Votre facture d'électricité", "N° de compteur", "Consommation", "Période", "Prélevé sur", "Dépannage"),
    "es": ("Su factura de luz", "N.º de contador", "Consumo", "Periodo", "Domiciliado en", "Averías"),
    "it": ("La tua bolletta luce", "Matricola contatore", "Consumi", "Periodo", "Addebito su", "Pronto intervento"),
    "nl": ("Uw energienota", "Meternummer", "Verbruik", "Periode", "Automatische incasso van", "Storingen"),
    "pl": ("Faktura za energię elektryczną", "Nr licznika", "Zużycie", "Okres rozliczeniowy", "Polecenie zapłaty z", "Pogotowie energetyczne"),
    "cs": ("Vyúčtování elektřiny", "Číslo elektroměru", "Spotřeba", "Období", "Inkaso z účtu", "Poruchová linka"),
    "ro": ("Factura de energie", "Serie contor", "Consum", "Perioada", "Debit direct din", "Deranjamente"),
    "hu": ("Villanyszámla", "Mérőóra száma", "Fogyasztás", "Elszámolási időszak", "Csoportos beszedés", "Hibabejelentés"),
    "bg": ("Сметка за електроенергия", "Номер на електромер", "Консумация", "Период", "Директен дебит от", "Аварии"),
    "el": ("Λογαριασμός ρεύματος", "Αρ. μετρητή", "Κατανάλωση", "Περίοδος", "Πάγια εντολή από", "Βλάβες"),
    "tr": ("Elektrik faturanız", "Sayaç no", "Tüketim", "Dönem", "Otomatik ödeme hesabı", "Arıza hattı"),
    "uk": ("Рахунок за електроенергію", "Номер лічильника", "Споживання", "Період", "Автосписання з", "Аварійна служба"),
    "ru": ("Счёт за электроэнергию", "Номер счётчика", "Расход", "Период", "Автоплатёж со счёта", "Аварийная служба"),
    "ar": ("فاتورة الكهرباء", "رقم العداد", "الاستهلاك", "فترة الفاتورة", "خصم مباشر من", "الأعطال"),
    "he": ("חשבון החשמל שלך", "מס' מונה", "צריכה", "תקופת חיוב", "הוראת קבע מחשבון", "תקלות"),
    "fa": ("صورتحساب برق", "شماره کنتور", "مصرف", "دوره", "برداشت خودکار از", "اتفاقات برق"),
}


def utility_bill(v: Values, page: Page, lang: str) -> str:
    title, meter, use, period, debit, fault = UTILITY[lang]
    sep = colon(v, lang)
    us = lang == "en" and v.rng.random() < 0.6
    if us:
        v.region = "US"
    page.line(f"{title} — {WORDS[lang]['customer']} {v.digits(10)}")
    page.line(f"{meter}{sep}{v.digits(9)} · {use}{sep}{v.rng.randint(80, 900)} kWh ({v.digits(5)} → {v.digits(5)})")
    page.line(f"{period}{sep}{v.date(lang)} – {v.date(lang)} · {WORDS[lang]['total']}{sep}{v.price(lang)}")
    if us:
        page.line(f"Account {v.digits(4)}-{v.digits(5, '0123456789')}-{v.digits(3, '0123456789')} · ABA {v.routing()}")
        if v.rng.random() < 0.6:
            page.line("New service application on file: SSN {s} (credit check), phone {p}",
                      s=v.ssn(v.choice(["dash", "space"])), p=v.phone("en", "US"))
        if v.rng.random() < 0.5:
            _, c = v.card()
            page.line("AutoPay card: {c}", c=c)
    else:
        page.line(f"{debit}{sep}{{i}}", i=v.iban(lang))
    fault_line = v.vanity() if us and v.rng.random() < 0.6 else \
        v.phone(lang, "US" if us else None, kind=v.choice([PNT.TOLL_FREE, PNT.FIXED_LINE]))
    page.line(f"{fault}{sep}{{p}} (24/7)", p=fault_line)
    if v.rng.random() < 0.6:
        sentences(v, page, lang, "US" if us else None)
    return "billing/" + v.digits(8)


PARKING = {  # title, plate, location, amount due, appeals
    "en": ("Penalty Charge Notice", "Vehicle registration", "Location", "Amount due within 14 days", "To appeal"),
    "de": ("Verwarnungsgeld – Parkverstoß", "Kennzeichen", "Tatort", "Verwarnungsgeld", "Rückfragen"),
    "fr": ("Avis de contravention – stationnement", "Immatriculation", "Lieu", "Montant de l'amende", "Réclamations"),
    "it": ("Verbale di contravvenzione", "Targa", "Luogo", "Importo", "Ricorsi"),
    "es": ("Denuncia por estacionamiento", "Matrícula", "Lugar", "Importe", "Alegaciones"),
    "nl": ("Naheffingsaanslag parkeerbelasting", "Kenteken", "Locatie", "Te betalen", "Bezwaar"),
    "pl": ("Wezwanie do opłaty dodatkowej", "Nr rejestracyjny", "Miejsce", "Kwota", "Reklamacje"),
    "pt": ("Auto de contraordenação", "Matrícula", "Local", "Coima", "Reclamações"),
    "da": ("Parkeringsafgift", "Reg.nr.", "Sted", "Beløb", "Klager"),
    "sv": ("Parkeringsanmärkning", "Reg.nr", "Plats", "Belopp", "Överklagan"),
    "fi": ("Pysäköintivirhemaksu", "Rekisteritunnus", "Paikka", "Maksu", "Oikaisuvaatimukset"),
}


def parking_fine(v: Values, page: Page, lang: str) -> str:
    title, plate, where, amount, appeal = PARKING[lang]
    sep = colon(v, lang)
    if lang == "en":
        v.region = "GB"
    page.line(f"{title} {v.choice(['PCN', 'Nr.', 'N°', ''])} {v.digits(10)}")
    page.line(f"{plate}{sep}{v.choice(string.ascii_uppercase)}{v.choice(string.ascii_uppercase)}-{v.rng.randint(10, 999)}-"
              f"{v.choice(string.ascii_uppercase)}{v.choice(string.ascii_uppercase)} · {v.date(lang)} {v.time()}")
    page.line(f"{where}{sep}{v.fake(lang).street_name() if lang != 'en' else 'High Street'} {v.rng.randint(1, 120)}, "
              f"{v.fake(lang).postcode()} · GPS {v.coords()}")
    page.line(f"{amount}{sep}{v.price(lang)}")
    if lang == "en":
        page.line(f"Pay by bank transfer: sort code {v.sort_code()}, account {v.digits(8, '0123456789')}, or IBAN {{i}}",
                  i=v.iban("en", country="GB"))
    else:
        page.line(f"IBAN{sep}{{i}}  ·  {WORDS[lang]['ref']} {v.digits(12)}", i=v.iban(lang))
    page.line(f"{appeal}{sep}{{p}}", p=v.phone(lang, ext=v.rng.random() < 0.3))
    if v.rng.random() < 0.4:
        page.line(f"{WORDS[lang]['mail']}{sep}{{e}}", e=v.email(lang, domain=v.domain(lang)))
    return "parking/" + v.digits(10)


CAR_RENTAL = {  # title, renter, deposit card, licence, pick-up
    "en": ("Rental Agreement", "Renter", "Deposit authorised on card", "Driver's licence", "Pick-up"),
    "es": ("Contrato de alquiler", "Arrendatario", "Fianza en tarjeta", "Permiso de conducir", "Recogida"),
    "fr": ("Contrat de location", "Locataire", "Caution sur la carte", "Permis de conduire", "Départ"),
    "de": ("Mietvertrag", "Mieter", "Kaution belastet auf Karte", "Führerschein-Nr.", "Abholung"),
    "it": ("Contratto di noleggio", "Conducente", "Deposito sulla carta", "Patente n.", "Ritiro"),
    "pt": ("Contrato de aluguer", "Locatário", "Caução no cartão", "Carta de condução", "Levantamento"),
    "el": ("Συμβόλαιο ενοικίασης", "Μισθωτής", "Εγγύηση στην κάρτα", "Άδεια οδήγησης", "Παραλαβή"),
    "tr": ("Kiralama sözleşmesi", "Kiracı", "Depozito kartı", "Ehliyet no", "Teslim alma"),
    "ar": ("عقد تأجير سيارة", "المستأجر", "بطاقة التأمين", "رقم الرخصة", "الاستلام"),
    "he": ("הסכם השכרת רכב", "שוכר", "פיקדון בכרטיס", "מס' רישיון", "איסוף"),
}


def car_rental_agreement(v: Values, page: Page, lang: str) -> str:
    title, renter, deposit, licence, pickup = CAR_RENTAL[lang]
    sep = colon(v, lang)
    page.line(f"{title} RA{v.digits(9)}")
    page.line(f"{renter}{sep}{v.name(lang)}, {WORDS[lang]['mob']} {{p}}", p=v.phone(lang, kind=PNT.MOBILE, ext=False))
    if v.rng.random() < 0.6:
        page.line(f"{WORDS[lang]['mail']}{sep}{{e}}", e=v.email(lang))
    brand, card = v.card(v.choice(["Visa", "Mastercard", "American Express", "Discover", "JCB", "Diners Club"]))
    page.line(f"{deposit}{sep}{brand} {{c}} · {v.price(lang)}", c=card)
    page.line(f"{licence}{sep}{v.choice(string.ascii_uppercase)}{v.digits(8)} · DOB {v.dob()}")
    page.line(f"{pickup}{sep}{v.date(lang)} {v.time()} · km {v.rng.randint(5000, 90000)} · {v.rng.randint(1, 8)}/8")
    if lang == "en" and v.region == "US" and v.rng.random() < 0.7:
        page.line("Cash deposit customers: SSN {s} verified", s=v.ssn())
    page.line(WORDS[lang]["call"], p=v.phone(lang, kind=v.choice([PNT.TOLL_FREE, PNT.FIXED_LINE]), ext=False))
    return "rentals/" + v.digits(9)


PET = {  # title, microchip, fee, foster
    "en": ("Meet Biscuit! Ready for adoption", "Microchip", "Adoption fee", "Foster home"),
    "de": ("Luna sucht ein Zuhause", "Chipnummer", "Schutzgebühr", "Pflegestelle"),
    "fr": ("Filou cherche une famille", "Puce", "Frais d'adoption", "Famille d'accueil"),
    "es": ("Toby busca hogar", "Microchip", "Donación de adopción", "Casa de acogida"),
    "it": ("Briciola cerca casa", "Microchip", "Contributo adozione", "Stallo"),
    "nl": ("Pip zoekt een baasje", "Chipnummer", "Adoptiebedrag", "Opvanggezin"),
    "pl": ("Burek szuka domu", "Czip", "Opłata adopcyjna", "Dom tymczasowy"),
    "pt": ("Pipoca procura um lar", "Microchip", "Taxa de adoção", "Lar temporário"),
    "sv": ("Sixten söker ett hem", "Chipnummer", "Adoptionsavgift", "Jourhem"),
    "ru": ("Барсик ищет дом", "Чип", "Взнос", "Передержка"),
    "uk": ("Рудик шукає дім", "Чип", "Внесок", "Перетримка"),
    "ja": ("里親募集：みかん", "マイクロチップ", "譲渡費用", "預かりボランティア"),
    "ko": ("임시보호 중인 콩이의 가족을 찾아요", "마이크로칩", "입양비", "임보처"),
    "th": ("น้องส้มหาบ้าน", "ไมโครชิป", "ค่าทำหมันและวัคซีน", "บ้านพักชั่วคราว"),
    "id": ("Si Belang cari rumah baru", "Mikrocip", "Biaya adopsi", "Rumah asuh"),
    "vi": ("Bé Mực cần nhà mới", "Chip", "Phí nhận nuôi", "Nhà tạm"),
    "da": ("Misser søger et hjem", "Chipnummer", "Adoptionsgebyr", "Plejefamilie"),
    "fi": ("Mirri etsii kotia", "Siru", "Luovutusmaksu", "Sijaiskoti"),
    "cs": ("Alík hledá domov", "Čip", "Adopční poplatek", "Dočasná péče"),
    "hu": ("Bodri gazdit keres", "Chip", "Örökbefogadási díj", "Ideiglenes befogadó"),
    "ar": ("القطة لولو تبحث عن بيت", "الشريحة", "رسوم التبني", "بيت الرعاية المؤقت"),
    "he": ("לוקי מחפש בית", "שבב", "דמי אימוץ", "אומנה"),
    "hi": ("शेरू को घर चाहिए", "माइक्रोचिप", "गोद लेने का शुल्क", "अस्थायी घर"),
    "fa": ("پیشی دنبال خانه است", "میکروچیپ", "هزینه واگذاری", "خانه موقت"),
    "zh": ("小橘找领养", "芯片", "领养费用", "临时寄养"),
    "el": ("Η Μέλι ψάχνει σπίτι", "Τσιπ", "Κόστος υιοθεσίας", "Φιλοξενία"),
    "tr": ("Pamuk yuva arıyor", "Çip", "Sahiplendirme ücreti", "Geçici yuva"),
    "bg": ("Рижко търси дом", "Чип", "Такса осиновяване", "Временен дом"),
}


def pet_adoption(v: Values, page: Page, lang: str) -> str:
    title, chip, fee, foster = PET[lang]
    sep = colon(v, lang)
    page.line(title)
    page.line(f"{v.rng.randint(1, 12)} · {v.rng.randint(2, 35)} kg · {chip}{sep}{v.choice(['276', '250', '941', '985'])}{v.digits(12, '0')}")
    page.line(f"{fee}{sep}{v.price(lang)}")
    page.line(f"{foster}{sep}{v.name(lang)} — {{p}}", p=v.phone(lang, kind=PNT.MOBILE, ext=False, style=v.choice(["nat", "intl", "nbsp"])))
    contact_lines(v, page, lang, fax=0.1, mob=0.2)
    if v.rng.random() < 0.5:
        sentences(v, page, lang)
    return "adopt/" + v.digits(4)


def table_row(v: Values, page: Page, fmt: str, cells: list) -> None:
    sep = {"pipe": " | ", "csv": ",", "tab": "\t"}[fmt]
    if fmt == "pipe":
        page.add("| ")
    for i, cell in enumerate(cells):
        if i:
            page.add(sep)
        page.add(cell)
    page.add(" |\n" if fmt == "pipe" else "\n")


ROSTER = {"en": ("Name", "Shift", "Phone", "Email"), "de": ("Name", "Schicht", "Telefon", "E-Mail"),
          "fr": ("Nom", "Créneau", "Téléphone", "Courriel"), "es": ("Nombre", "Turno", "Teléfono", "Correo"),
          "nl": ("Naam", "Dienst", "Telefoon", "E-mail"), "it": ("Nome", "Turno", "Telefono", "E-mail"),
          "sv": ("Namn", "Pass", "Telefon", "E-post")}


def volunteer_roster(v: Values, page: Page, lang: str) -> str:
    cols = list(ROSTER[lang])
    fmt = v.choice(["pipe", "csv", "tab"])
    ssn_col = lang == "en" and v.rng.random() < 0.7
    if lang == "en" and (ssn_col or v.rng.random() < 0.5):
        v.region = "US"
    if ssn_col:
        cols.append("SSN (background check)")
    page.line({"en": "Food bank volunteer roster", "de": "Helferliste Sommerfest", "fr": "Planning des bénévoles",
               "es": "Turnos de voluntarios", "nl": "Rooster vrijwilligers", "it": "Turni volontari",
               "sv": "Volontärschema"}[lang] + f" — {v.date(lang)}")
    table_row(v, page, fmt, cols)
    if fmt == "pipe":
        page.line("|" + "---|" * len(cols))
    for _ in range(v.rng.randint(3, 6)):
        cells = [v.name(lang).replace(",", " "), f"{v.time()}", v.phone(lang, ext=False, style=v.choice(["nat", "nat", "intl", "bare"])),
                 v.email(lang) if v.rng.random() < 0.8 else "—"]
        if ssn_col:
            cells.append(v.ssn(v.choice(["dash", "bare", "space"])) if v.rng.random() < 0.75 else
                         v.choice([f"***-**-{v.digits(4, '0123456789')}", v.itin(), "pending"]))
        table_row(v, page, fmt, cells)
    return "volunteers/roster." + ("csv" if fmt == "csv" else "txt")


def podcast_show_notes(v: Values, page: Page, lang: str) -> str:
    heads = {"en": ("Episode", "Listener line", "leave us a voicemail at"), "de": ("Folge", "Hörertelefon", "sprecht uns auf die Mailbox unter"),
             "fr": ("Épisode", "Répondeur", "laissez-nous un message au"), "es": ("Episodio", "Línea de oyentes", "déjanos un audio al"),
             "pt": ("Episódio", "Linha dos ouvintes", "mande um áudio para"), "ja": ("第{n}回", "リスナーダイヤル", "留守電はこちら")}
    ep, line, voicemail = heads[lang]
    if lang == "en" and v.rng.random() < 0.7:
        v.region = "US"
    n = v.rng.randint(10, 400)
    page.line(f"{ep.format(n=n) if '{n}' in ep else f'{ep} {n}'} · {v.date(lang)} · {v.rng.randint(30, 95)} min")
    for _ in range(v.rng.randint(2, 4)):
        page.line(f"({v.rng.randint(0, 1):02d}:{v.rng.randint(0, 59):02d}:{v.rng.randint(0, 59):02d}) {v.look_alike(lang)}")
    page.line(f"{line}: {voicemail} {{p}}", p=v.phone(lang, ext=False))
    if lang == "en" and v.region in ("US", "CA") and v.rng.random() < 0.7:
        page.line("Sponsor: call {p} and use code POD{c} for 20% off.", p=v.vanity(), c=v.rng.randint(10, 99))
    if v.rng.random() < 0.5:
        page.line(f"{WORDS[lang]['mail']}: {{e}}", e=v.email(lang))
    page.line(f"RSS v{v.version()} · {v.rng.randint(1000, 99000)} downloads")
    return f"episodes/{n}"


RECALL = {  # title, affected, batch, hotline, refund
    "en": ("Voluntary recall: children's bicycle helmets", "Affected models", "Batch codes", "Consumer hotline", "Questions by e-mail"),
    "de": ("Rückruf: Wasserkocher", "Betroffene Modelle", "Chargen", "Kundenhotline", "Fragen per E-Mail"),
    "fr": ("Rappel de produit : chaise haute", "Modèles concernés", "Lots", "Service consommateurs", "Questions par courriel"),
    "es": ("Retirada de producto: batidoras", "Modelos afectados", "Lotes", "Atención al cliente", "Consultas por correo"),
    "it": ("Richiamo prodotto: seggiolini auto", "Modelli interessati", "Lotti", "Numero verde", "Domande via e-mail"),
    "nl": ("Terugroepactie: powerbanks", "Betrokken modellen", "Batches", "Klantenservice", "Vragen per e-mail"),
    "pl": ("Wycofanie produktu: czajniki", "Modele", "Partie", "Infolinia", "Pytania e-mailem"),
    "sv": ("Återkallelse: barnstolar", "Berörda modeller", "Batcher", "Kundtjänst", "Frågor via e-post"),
    "da": ("Tilbagekaldelse: elkedler", "Berørte modeller", "Batches", "Kundeservice", "Spørgsmål på e-mail"),
    "fi": ("Takaisinveto: vedenkeittimet", "Mallit", "Erät", "Asiakaspalvelu", "Kysymykset sähköpostilla"),
    "cs": ("Stažení výrobku: rychlovarné konvice", "Dotčené modely", "Šarže", "Zákaznická linka", "Dotazy e-mailem"),
}


def product_recall(v: Values, page: Page, lang: str) -> str:
    title, models, batches, hotline, mail = RECALL[lang]
    sep = colon(v, lang)
    page.line(f"{title} ({v.date(lang)})")
    page.line(f"{models}{sep}{v.choice(string.ascii_uppercase)}{v.rng.randint(100, 999)}-{v.rng.randint(10, 99)}, "
              f"EAN {v.ean()}, UPC {v.digits(12, '0')}")
    page.line(f"{batches}{sep}{v.rng.randint(2019, 2026)}-{v.rng.randint(1, 52):02d} … {v.rng.randint(2019, 2026)}-{v.rng.randint(1, 52):02d}, "
              f"S/N {v.digits(10)}–{v.digits(10)}")
    if lang == "en" and v.region in ("US", "CA") and v.rng.random() < 0.5:
        line = v.vanity()
    else:
        line = v.phone(lang, kind=PNT.TOLL_FREE if v.rng.random() < 0.6 else PNT.FIXED_LINE)
    page.line(f"{hotline}{sep}{{p}} ({v.time()})", p=line)
    if v.rng.random() < 0.3:
        page.line(f"{WORDS[lang]['tel']}{sep}{{p}}", p=v.phone("en", v.choice(["US", "GB", "IE", "AU"]), style="intl"))
    if v.rng.random() < 0.6:
        page.line(f"{mail}{sep}{{e}}", e=v.email(lang, domain=v.domain(lang)))
    return "recall/" + v.digits(5)


def ldif_export(v: Values, page: Page, lang: str) -> str:
    page.line("version: 1")
    page.line(f"# exported {v.date('sv')} by slapcat {v.version()}")
    for _ in range(v.rng.randint(1, 3)):
        row_lang = v.choice(ALL_LANGS)
        f = v.fake(row_lang)
        uid = re.sub(r"[^a-z]", "", v.email(row_lang).text.split("@")[0].lower())[:10] or "user"
        page.line(f"\ndn: uid={uid},ou=people,dc=corp,dc=example")
        page.line("objectClass: inetOrgPerson")
        page.line(f"cn: {f.first_name()} {f.last_name()}")
        page.line("mail: {e}", e=v.email(row_lang, domain=v.domain(row_lang)))
        page.line("telephoneNumber: {p}", p=v.phone(row_lang, style=v.choice(["intl", "e164"]), ext=v.rng.random() < 0.3))
        if v.rng.random() < 0.5:
            page.line("mobile: {p}", p=v.phone(row_lang, kind=PNT.MOBILE, style=v.choice(["intl", "e164"]), ext=False))
        if v.rng.random() < 0.3:
            page.line("facsimileTelephoneNumber: {p}", p=v.phone(row_lang, style="intl", ext=False))
        page.line(f"employeeNumber: {v.digits(6)}")
        page.line(f"uidNumber: {v.rng.randint(1000, 60000)}")
        page.line(f"postalCode: {f.postcode()}")
        if v.rng.random() < 0.3:
            page.line("ipHostNumber: {a}", a=v.ipv4("private"))
    return "ldap/people.ldif"


def nmap_report(v: Values, page: Page, lang: str) -> str:
    net = v.ipv4("private").text.rsplit(".", 1)[0]
    page.line(f"Starting Nmap 7.{v.rng.randint(80, 95)} ( https://nmap.org ) at {v.date('sv')} {v.timestamp()[11:16]} CET")
    for _ in range(v.rng.randint(2, 4)):
        r = v.rng.random()
        if r < 0.55:
            addr = Val("IP_ADDRESS", f"{net}.{v.rng.randint(2, 254)}")
        elif r < 0.85:
            addr = v.ipv4("public")
        else:
            addr = v.ipv6("public")
        host = v.choice(["nas", "printer", "cam", "db", "web", "vpn"]) + str(v.rng.randint(1, 9)) + ".lan"
        page.line(f"Nmap scan report for {host} ({{a}})", a=addr)
        page.line(f"Host is up (0.00{v.rng.randint(10, 99)}s latency).")
        page.line("PORT     STATE SERVICE  VERSION")
        for port, svc in v.rng.sample([(22, "ssh"), (80, "http"), (443, "https"), (3306, "mysql"), (8080, "http-proxy")], 2):
            page.line(f"{port}/tcp".ljust(9) + f"open  {svc.ljust(8)} {v.choice(['OpenSSH', 'nginx', 'Apache httpd', 'MySQL'])} {v.version()}")
        page.line(f"MAC Address: {':'.join(f'{v.rng.randint(0, 255):02X}' for _ in range(6))} (Synology)")
    if v.rng.random() < 0.4:
        page.line("Nmap scan report for localhost (127.0.0.1)\nHost is up (0.000010s latency).")
    if v.rng.random() < 0.4:
        page.line(f"Also up: {{a}}/{v.choice([24, 16, 32])} (CIDR), [{{b}}]:22", a=v.ipv4("private"), b=v.ipv6("public"))
    page.line(f"Nmap done: 256 IP addresses ({v.rng.randint(2, 30)} hosts up) scanned in {v.rng.randint(2, 90)}.{v.rng.randint(10, 99)} seconds")
    return "scans/nmap.txt"


def ansible_inventory(v: Values, page: Page, lang: str) -> str:
    yaml = v.rng.random() < 0.5
    gw = v.ipv4("private")
    if yaml:
        page.line("all:\n  vars:")
        page.line(f"    ansible_python_interpreter: /usr/bin/python3.{v.rng.randint(8, 12)}")
        page.line("    admin_email: {e}", e=v.email("en", domain=v.domain("en")))
        page.line(f"    netmask: {v.netmask()}")
        page.line(f"    soa_rname: hostmaster.{v.domain('en')}.")
        page.line("    gateway: {g}", g=gw)
        page.line(f"    mgmt_address: {{a}}/{v.choice([24, 23, 26, 64])}", a=v.ipv4("private") if v.rng.random() < 0.7 else v.ipv6("ula"))
        page.line("    dns_servers: [{a}, {b}]", a=v.ipv4("public"), b=v.ipv6("public"))
        page.line("  hosts:")
        for i in range(v.rng.randint(2, 4)):
            page.line(f"    app{i + 1}:\n      ansible_host: {{a}}\n      ansible_port: {v.rng.randint(22, 2222)}", a=v.ip())
        page.line("    localhost:\n      ansible_host: 127.0.0.1\n      ansible_connection: local")
    else:
        page.line("[web]")
        for i in range(v.rng.randint(2, 4)):
            page.line(f"web{i + 1} ansible_host={{a}} ansible_user=deploy", a=v.ipv4(v.choice(["private", "public"])))
        page.line("[db]")
        page.line(f"db1 ansible_host={{a}} postgres_version={v.version()}", a=v.ip())
        page.line("[all:vars]")
        page.line("ntp_server={a}", a=v.ipv4("public"))
        page.line(f"broadcast=255.255.255.255  wildcard=0.0.0.{v.choice([3, 7, 15, 255])}  any=0.0.0.0")
        page.line("oncall_phone={p}", p=v.phone("en", v.choice(["US", "GB", "IE"]), style="e164", ext=False))
    return "inventory/hosts" + (".yml" if yaml else ".ini")


def debian_control(v: Values, page: Page, lang: str) -> str:
    pkg = v.choice(["libfoo", "python3-bar", "golang-baz", "node-qux", "ruby-zap"]) + str(v.rng.randint(1, 9))
    maint_lang = v.choice(["en", "de", "fr", "es", "ja", "pl", "it", "nl", "pt"])
    maint = v.fake(maint_lang)
    maint_name = f"{maint.first_name()} {maint.last_name()}"
    page.line(f"Source: {pkg}\nSection: libs\nPriority: optional")
    maint_mail = v.email(maint_lang)
    page.line(f"Maintainer: {maint_name} <{{e}}>", e=maint_mail)
    page.line(f"Uploaders: Debian Go Team <{{t}}>, {v.name('en')} <{{e}}>", e=v.email("en"),
              t=Val("EMAIL_ADDRESS", "team+pkg-go@tracker.debian.org"))
    page.line(f"Standards-Version: 4.{v.rng.randint(1, 7)}.{v.rng.randint(0, 3)}.{v.rng.randint(0, 2)}")
    page.line(f"Build-Depends: debhelper-compat (= {v.rng.randint(10, 13)}), libssl-dev (>= 3.0.{v.rng.randint(1, 15)})")
    page.line(f"\n{pkg} ({v.rng.randint(0, 9)}.{v.rng.randint(0, 30)}.{v.rng.randint(0, 9)}-{v.rng.randint(1, 4)}) unstable; urgency=medium")
    page.line(f"  * New upstream release (Closes: #{v.rng.randint(900000, 1099999)}).")
    page.line(f"  * Fix FTBFS with GCC {v.rng.randint(12, 14)}; bump SONAME to {v.rng.randint(1, 9)}.{v.rng.randint(0, 9)}.{v.rng.randint(0, 9)}.{v.rng.randint(0, 9)}")
    page.line(f" -- {maint_name} <{{e}}>  {v.choice(['Mon', 'Tue', 'Fri'])}, "
              f"{v.rng.randint(1, 28):02d} {v.choice(['Jan', 'Mar', 'Jul', 'Oct'])} {v.rng.randint(2019, 2026)} "
              f"{v.rng.randint(0, 23):02d}:{v.rng.randint(0, 59):02d}:{v.rng.randint(0, 59):02d} +0{v.rng.randint(0, 2)}00",
              e=maint_mail)
    return f"debian/{pkg}/control"


DIGEST = {"en": ("Today's Topics", "Message", "wrote"), "de": ("Themen des Tages", "Nachricht", "schrieb"),
          "fr": ("Sujets du jour", "Message", "a écrit"), "es": ("Temas de hoy", "Mensaje", "escribió"),
          "ja": ("本日のトピック", "メッセージ", "さんは書きました"), "ru": ("Темы выпуска", "Сообщение", "писал(а)"),
          "pt": ("Tópicos de hoje", "Mensagem", "escreveu"), "it": ("Argomenti del giorno", "Messaggio", "ha scritto")}


def mailing_list_digest(v: Values, page: Page, lang: str) -> str:
    topics, message, wrote = DIGEST[lang]
    listname = v.choice(["users", "devel", "announce", "hiking-club", "parents"])
    page.line(f"{listname} Digest, Vol {v.rng.randint(10, 300)}, Issue {v.rng.randint(1, 60)}")
    page.line(f"{topics}: 1. Re: {v.look_alike(lang)}  2. {v.version()} released")
    for i in range(1, v.rng.randint(2, 4)):
        name = v.name(lang)
        page.line(f"\n{message}: {i}")
        page.line(f"Date: {v.choice(['Mon', 'Wed', 'Sat'])}, {v.rng.randint(1, 28)} Apr {v.rng.randint(2019, 2026)} "
                  f"{v.timestamp()[11:]} +0200")
        page.line(f"From: {name} <{{e}}>", e=v.email(lang))
        page.line(f"Message-ID: <{v.hash()[:16]}.{v.rng.randint(1000, 9999)}@mail.{v.domain(lang)}>")
        page.line(f"> {name} {wrote}:")
        r = v.rng.random()
        if r < 0.3:
            page.line(f"> … {name.split()[0].lower()} (at) {v.choice(['example', 'posteo', 'riseup'])} (dot) net")
        elif r < 0.55 and lang == "en":
            page.line("Sandbox worked with test card {c}, live mode declines.", c=v.card(v.choice(["Visa", "Mastercard"]))[1])
        page.line(f"--\n{name}")
        if v.rng.random() < 0.7:
            page.line(f"{WORDS[lang]['tel']} {{p}}", p=v.phone(lang))
    page.line(f"\n{listname} mailing list\n{{e}}", e=Val("EMAIL_ADDRESS", f"{listname}@lists.{v.domain(lang)}"))
    return f"pipermail/{listname}/digest"


BOL = {"en": ("BILL OF LADING", "Shipper", "Consignee", "Notify party"),
       "de": ("KONNOSSEMENT", "Ablader", "Empfänger", "Meldeadresse"),
       "es": ("CONOCIMIENTO DE EMBARQUE", "Embarcador", "Consignatario", "Notificar a"),
       "zh": ("海运提单", "发货人", "收货人", "通知方"),
       "fr": ("CONNAISSEMENT", "Chargeur", "Destinataire", "Partie à notifier"),
       "nl": ("CONNOSSEMENT", "Verlader", "Ontvanger", "Notify"),
       "tr": ("KONŞİMENTO", "Gönderici", "Alıcı", "İhbar adresi")}


def bill_of_lading(v: Values, page: Page, lang: str) -> str:
    title, shipper, consignee, notify = BOL[lang]
    page.line(f"{title}  B/L No. {v.choice(['MAEU', 'MSCU', 'CMDU', 'HLCU'])}{v.digits(9)}")
    for head, party_lang in ((shipper, lang), (consignee, v.choice(ALL_LANGS)), (notify, v.choice(ALL_LANGS))):
        page.line(f"{head}: {v.fake(party_lang).company() if hasattr(v.fake(party_lang), 'company') else v.name(party_lang)}".replace("\n", " "))
        page.line("TEL {p}  FAX {f}", p=v.phone(party_lang, style=v.choice(["intl", "00", "e164"]), ext=False),
                  f=v.phone(party_lang, style="intl", ext=False))
        if v.rng.random() < 0.4:
            page.line("EMAIL {e}", e=v.email(party_lang))
    page.line(f"Container {v.choice(['MSKU', 'TGHU', 'CAIU'])}{v.digits(7, '0123456789')} Seal {v.digits(8)} HS {v.digits(4)}.{v.digits(2, '0123456789')}.{v.digits(2, '0123456789')}")
    page.line(f"Gross weight {v.rng.randint(1000, 28000)} KGS · {v.rng.randint(10, 60)} CBM · Voyage {v.digits(3)}W · Port code DEHAM/CNSHA")
    if v.rng.random() < 0.5:
        page.line("Freight payable to IBAN {i}", i=v.iban(None))
    return "docs/bl.pdf"


HOA = {"en": ("Minutes of the Board Meeting, Oak Hollow HOA", "Motion carried", "Management company"),
       "es": ("Acta de la junta de la asociación de vecinos", "Moción aprobada", "Administración"),
       "de": ("Protokoll der Eigentümerversammlung", "Beschluss angenommen", "Hausverwaltung"),
       "nl": ("Notulen VvE-vergadering", "Voorstel aangenomen", "Beheerder")}


def hoa_minutes(v: Values, page: Page, lang: str) -> str:
    title, carried, manager = HOA[lang]
    region = "US" if lang in ("en", "es") else None
    if region:
        v.region = region
    page.line(f"{title} — {v.date(lang)}, {v.time()}")
    page.line(f"1. {carried} {v.rng.randint(3, 7)}–{v.rng.randint(0, 2)}: {v.price(lang)} / {v.rng.randint(2024, 2027)}; Lot {v.rng.randint(1, 250)}")
    page.line(f"2. {v.look_alike(lang)}; {v.look_alike(lang)}")
    if v.rng.random() < 0.5:
        page.line(f"3. {manager}: {v.name(lang)}, {{p}}, {{e}}", p=v.phone(lang, region), e=v.email(lang, domain=v.domain(lang)))
    else:
        page.line(f"3. {manager}: {v.name(lang)}, {{p}}", p=v.phone(lang, region))
    if region:
        page.line(f"ACH: routing {v.routing()} account {v.digits(9)} · Tax ID (EIN) {v.ein()}")
        if v.rng.random() < 0.5:
            page.line("Emergency maintenance after hours: {p}",
                      p=v.vanity() if v.rng.random() < 0.3 else v.phone(lang, region, ext=False))
    else:
        page.line("IBAN {i}", i=v.iban(lang))
    sentences(v, page, lang, region)
    return "hoa/minutes"


FLYER = {"en": "Piano lessons for beginners", "de": "Nachhilfe Mathe & Physik", "fr": "Cours de guitare",
         "es": "Clases particulares de inglés", "it": "Ripetizioni di latino", "pt": "Aulas de violão",
         "nl": "Oppas gezocht", "pl": "Korepetycje z matematyki", "ru": "Репетитор по английскому",
         "uk": "Репетитор з математики", "tr": "Özel ders: matematik", "ar": "دروس خصوصية في الرياضيات",
         "fa": "تدریس خصوصی ریاضی", "he": "שיעורים פרטיים במתמטיקה", "hi": "गणित की ट्यूशन",
         "zh": "家教：数学辅导", "ja": "ピアノ教室 生徒募集", "ko": "수학 과외합니다", "th": "รับสอนพิเศษคณิตศาสตร์",
         "vi": "Nhận dạy kèm toán", "id": "Les privat matematika", "el": "Ιδιαίτερα μαθήματα μαθηματικών",
         "bg": "Частни уроци по математика", "ro": "Meditații la matematică", "hu": "Matek korrepetálás",
         "cs": "Doučování matematiky", "sv": "Läxhjälp i matte", "da": "Lektiehjælp i matematik", "fi": "Matematiikan tukiopetusta"}


def tearoff_flyer(v: Values, page: Page, lang: str) -> str:
    name = v.fake(lang).first_name()
    tel = v.phone(lang, kind=PNT.MOBILE, ext=False, style=v.choice(["nat", "nat", "intl", "nbsp"]))
    page.line(FLYER[lang])
    page.line(f"{v.price(lang)} / 60 min · {v.date(lang)}")
    sentences(v, page, lang)
    page.add("\n")
    for _ in range(v.rng.randint(3, 6)):
        page.line(f"✂ {name} · {{p}}", p=tel)
    return "board/" + v.digits(4)


def bug_bounty_report(v: Values, page: Page, lang: str) -> str:
    v.region = "US"
    page.line(f"Report #{v.digits(7)} — IDOR in /api/v{v.rng.randint(1, 4)}/users/{{{{id}}}}/export")
    page.line(f"Severity: High (CVSS {v.rng.randint(65, 89) / 10}) · CVE-{v.rng.randint(2021, 2026)}-{v.digits(5)} · CWE-639")
    page.line("Steps to reproduce:")
    page.line(f"curl -H 'X-Forwarded-For: {{a}}' https://api.{v.domain('en')}/api/v2/users/{v.digits(6)}/export", a=v.ipv4("public"))
    page.line("Leaked record (redacted by me except these fields, which show the impact):")
    page.line('{{"email": "{e}", "phone": "{p}", "ssn": "{s}", "card": "{c}", "last_login_ip": "{a}"}}',
              e=v.email("en"), p=v.phone("en", "US", style=v.choice(["e164", "nat"]), ext=False),
              s=v.ssn(v.choice(["dash", "bare"])), c=v.card(sep="")[1], a=v.ip())
    page.line(f"Tested from {{a}} with Burp Suite {v.version()}; loopback 127.0.0.1 and ::1 were blocked.", a=v.ipv4("public"))
    page.line("Researcher contact: {e}", e=v.email("en"))
    return "reports/" + v.digits(7)


GYM = {  # title, member no., emergency contact, payment
    "en": ("Membership Application", "Member ID", "Emergency contact", "Monthly dues charged to card"),
    "es": ("Solicitud de membresía", "N.º de socio", "Contacto de emergencia", "Cuota mensual con tarjeta"),
    "de": ("Mitgliedsantrag Fitnessstudio", "Mitgliedsnr.", "Notfallkontakt", "SEPA-Lastschrift von"),
    "fr": ("Bulletin d'adhésion", "N° d'adhérent", "Personne à prévenir", "Prélèvement SEPA sur"),
    "it": ("Modulo di iscrizione palestra", "N. tessera", "Contatto di emergenza", "Addebito SEPA su"),
    "nl": ("Inschrijfformulier sportschool", "Lidnummer", "Contact bij nood", "Machtiging SEPA van"),
    "pl": ("Deklaracja członkowska", "Nr karnetu", "Kontakt w nagłych wypadkach", "Polecenie zapłaty z"),
    "pt": ("Ficha de inscrição", "N.º de sócio", "Contacto de emergência", "Débito direto SEPA de"),
}


def gym_membership_form(v: Values, page: Page, lang: str) -> str:
    title, member, emergency, pay = GYM[lang]
    sep = colon(v, lang)
    us = lang in ("en", "es")
    region = "US" if us and v.rng.random() < 0.8 else None
    if region:
        v.region = region
    page.line(f"{title} · {member} {v.digits(7)}")
    page.line(f"{v.name(lang)} · {v.date(lang)} · {WORDS[lang]['mob']}{sep}{{p}}", p=v.phone(lang, region, kind=PNT.MOBILE, ext=False))
    if v.rng.random() < 0.6:
        page.line(f"{WORDS[lang]['mail']}{sep}{{e}}", e=v.email(lang))
    page.line(f"{emergency}{sep}{v.name(lang)} {{p}}", p=v.phone(lang, region, ext=False))
    if us:
        brand, card = v.card()
        page.line(f"{pay}{sep}{brand} {{c}} exp {v.rng.randint(1, 12):02d}/{v.rng.randint(26, 32)} CVV ***", c=card)
    else:
        page.line(f"{pay}{sep}{{i}}", i=v.iban(lang, style=v.choice(["print", "compact", "lower_print"])))
        page.line(f"Mandatsreferenz {v.digits(10)}" if lang == "de" else v.look_alike(lang))
    page.line(f"{v.look_alike(lang)} · {v.price(lang)}")
    return "join"


RADIO = {"en": ("Official contest rules", "Be caller", "Text", "to"), "es": ("Reglas del concurso", "Sea el oyente número", "Envíe", "al"),
         "fr": ("Règlement du jeu", "Soyez l'auditeur numéro", "Envoyez", "au"), "de": ("Teilnahmebedingungen Gewinnspiel", "Sei Anrufer Nummer", "Schick", "an"),
         "it": ("Regolamento del concorso", "Sii l'ascoltatore numero", "Invia", "al"), "pt": ("Regulamento da promoção", "Seja o ouvinte número", "Envie", "para")}


def radio_contest_rules(v: Values, page: Page, lang: str) -> str:
    title, caller, text, to = RADIO[lang]
    region = "US" if lang in ("en", "es") else None
    if region:
        v.region = region
    page.line(f"{title} — {v.rng.randint(88, 107)}.{v.rng.randint(1, 9)} FM")
    page.line(f"{caller} {v.rng.randint(5, 12)}: {{p}}", p=v.phone(lang, region, style=v.choice(["nat", "intl"]), ext=False))
    page.line(f"{text} WIN {to} {v.rng.randint(30000, 99999)} · {v.date(lang)} {v.time()} · 18+ · {v.price(lang)}")
    if lang == "en" and v.rng.random() < 0.8:
        page.line("Studio request line: {p}", p=v.vanity())
    page.line(f"{WORDS[lang]['mail']}: {{e}}", e=v.email(lang, domain=v.domain(lang)))
    page.line("Winners of prizes over $600 must provide a W-9; ITIN holders use ITIN " + v.itin() if lang == "en" else v.look_alike(lang))
    return "contest/rules"


SLIP = {"en": ("Field trip permission slip", "Parent/guardian", "Work phone", "Student ID"),
        "es": ("Autorización para excursión", "Padre/madre/tutor", "Tel. del trabajo", "N.º de estudiante"),
        "fr": ("Autorisation de sortie scolaire", "Responsable légal", "Tél. professionnel", "N° élève"),
        "de": ("Einverständniserklärung Klassenfahrt", "Erziehungsberechtigte/r", "Tel. dienstlich", "Schülernr.")}


def permission_slip(v: Values, page: Page, lang: str) -> str:
    title, parent, work, student = SLIP[lang]
    region = "US" if lang in ("en", "es") else None
    if region:
        v.region = region
    sep = colon(v, lang)
    page.line(f"{title} — {v.date(lang)}, {v.time()}")
    page.line(f"{student}{sep}{v.digits(8)} · {WORDS[lang]['total']}{sep}{v.price(lang)}")
    page.line(f"{parent}{sep}{v.name(lang)}")
    page.line(f"{WORDS[lang]['mob']}{sep}{{p}}   {work}{sep}{{q}}", p=v.phone(lang, region, kind=PNT.MOBILE, ext=False),
              q=v.phone(lang, region, ext=True))
    if v.rng.random() < 0.6:
        page.line(f"{WORDS[lang]['mail']}{sep}{{e}}", e=v.email(lang))
    if region and v.rng.random() < 0.7:
        page.line("Pay online or write your card number here: {c}", c=v.card(v.choice(["Visa", "Mastercard", "Discover"]))[1])
    page.line(f"Insurance member ID {v.choice(string.ascii_uppercase)}{v.digits(9)} · Group {v.digits(6)}")
    return "forms/trip"


PHONE_ORDER = {  # title, call-back, expiry
    "en": ("Phone orders — weekend shift", "call back", "exp"), "de": ("Telefonbestellungen Samstag", "Rückruf", "gültig bis"),
    "fr": ("Commandes par téléphone", "rappeler au", "exp."), "es": ("Pedidos telefónicos", "devolver llamada al", "cad."),
    "it": ("Ordini telefonici", "richiamare al", "scad."), "nl": ("Telefonische bestellingen", "terugbellen op", "geldig t/m"),
    "pl": ("Zamówienia telefoniczne", "oddzwonić na", "ważna do"), "pt": ("Pedidos por telefone", "retornar para", "val."),
    "tr": ("Telefonla siparişler", "geri ara", "SKT"), "ru": ("Заказы по телефону", "перезвонить", "до"),
    "ja": ("電話注文メモ", "折り返し", "有効期限"), "zh": ("电话订单记录", "回电", "有效期"),
    "ko": ("전화 주문 메모", "회신", "유효기간"), "hi": ("फ़ोन ऑर्डर", "वापस कॉल", "समाप्ति"),
    "th": ("บันทึกออเดอร์ทางโทรศัพท์", "โทรกลับ", "หมดอายุ"), "vi": ("Đơn đặt qua điện thoại", "gọi lại", "HH"),
    "id": ("Pesanan via telepon", "telepon balik", "exp"), "ar": ("طلبات هاتفية", "معاودة الاتصال", "الانتهاء"),
    "he": ("הזמנות טלפוניות", "לחזור אל", "תוקף"), "el": ("Τηλεφωνικές παραγγελίες", "επανάκληση", "λήξη"),
    "hu": ("Telefonos rendelések", "visszahívás", "lejárat"), "ro": ("Comenzi telefonice", "de sunat înapoi la", "exp."),
    "cs": ("Telefonické objednávky", "zavolat zpět na", "platnost"), "fi": ("Puhelintilaukset", "soita takaisin", "voimassa"),
    "fa": ("سفارش‌های تلفنی", "تماس مجدد", "انقضا"), "da": ("Telefonordrer", "ring tilbage", "udløb"),
    "sv": ("Telefonordrar", "ring upp", "giltigt t.o.m."),
    "bg": ("Поръчки по телефона", "обратно обаждане на", "валидна до"), "uk": ("Замовлення по телефону", "передзвонити", "до"),
}


def phone_order_log(v: Values, page: Page, lang: str) -> str:
    title, callback, exp = PHONE_ORDER[lang]
    page.line(f"{title} · {v.date(lang)}")
    for _ in range(v.rng.randint(2, 4)):
        name = v.name(lang)
        r = v.rng.random()
        if r < 0.75:
            brand, card = v.card()
            page.line(f"{v.timestamp()[11:16]}  {name} — {callback} {{p}} — {brand} {{c}} {exp} {v.rng.randint(1, 12):02d}/{v.rng.randint(26, 31)}"
                      f" — {v.price(lang)}", p=v.phone(lang, ext=False), c=card)
        elif r < 0.9:
            page.line(f"{v.timestamp()[11:16]}  {name} — {callback} {{p}} — {v.bad_card()} (?) — {v.order_no()}", p=v.phone(lang, ext=False))
        else:
            page.line(f"{v.timestamp()[11:16]}  {name} — {WORDS[lang]['card']} {v.masked_card()} — {v.price(lang)}")
    return "staff/phone-orders.txt"


CATERING = {  # title, guests, delivery, deposit
    "en": ("Catering order form", "Guests", "Delivery", "Deposit charged to card"),
    "de": ("Catering-Bestellung", "Personen", "Lieferung", "Anzahlung per Kreditkarte"),
    "fr": ("Bon de commande traiteur", "Convives", "Livraison", "Acompte par carte"),
    "es": ("Pedido de catering", "Invitados", "Entrega", "Anticipo con tarjeta"),
    "it": ("Ordine catering", "Ospiti", "Consegna", "Acconto con carta"),
    "pt": ("Pedido de buffet", "Convidados", "Entrega", "Sinal no cartão"),
    "nl": ("Bestelformulier catering", "Gasten", "Levering", "Aanbetaling met creditcard"),
    "ar": ("نموذج طلب ضيافة", "عدد الضيوف", "التوصيل", "العربون على البطاقة"),
    "hi": ("कैटरिंग ऑर्डर फ़ॉर्म", "मेहमान", "डिलीवरी", "कार्ड से अग्रिम"),
    "tr": ("Catering sipariş formu", "Misafir", "Teslimat", "Kartla kapora"),
    "he": ("טופס הזמנת קייטרינג", "אורחים", "משלוח", "מקדמה בכרטיס"),
    "th": ("ใบสั่งจัดเลี้ยง", "จำนวนแขก", "จัดส่ง", "มัดจำผ่านบัตร"),
    "id": ("Formulir pesanan katering", "Tamu", "Pengiriman", "DP dengan kartu"),
    "hu": ("Catering megrendelő", "Vendégek", "Szállítás", "Előleg kártyával"),
    "ro": ("Comandă catering", "Invitați", "Livrare", "Avans cu cardul"),
    "fa": ("فرم سفارش پذیرایی", "تعداد مهمان", "تحویل", "پیش‌پرداخت با کارت"),
    "vi": ("Phiếu đặt tiệc", "Số khách", "Giao hàng", "Đặt cọc bằng thẻ"),
    "ko": ("케이터링 주문서", "인원", "배송", "카드 선결제"),
    "ja": ("ケータリング注文書", "人数", "お届け", "カードでの前金"),
}


def catering_order_form(v: Values, page: Page, lang: str) -> str:
    title, guests, delivery, deposit = CATERING[lang]
    sep = colon(v, lang)
    page.line(f"{title} · {WORDS[lang]['order']} {v.order_no()}")
    page.line(f"{guests}{sep}{v.rng.randint(10, 300)} · {delivery}{sep}{v.date(lang)} {v.time()} · {v.fake(lang).postcode()}")
    page.line(f"{WORDS[lang]['contact']}{sep}{v.name(lang)}, {{p}}", p=v.phone(lang, ext=False))
    if v.rng.random() < 0.5:
        page.line(f"{WORDS[lang]['mail']}{sep}{{e}}", e=v.email(lang))
    brand, card = v.card()
    page.line(f"{deposit}{sep}{brand} {{c}} · {v.price(lang)}", c=card)
    if lang not in ("en", "hi", "th", "ko", "ja", "vi", "fa") and v.rng.random() < 0.5:
        page.line(f"IBAN{sep}{{i}} · {v.look_alike(lang)}", i=v.iban(lang))
    else:
        page.line(v.look_alike(lang))
    return "catering/order"


def background_check_consent(v: Values, page: Page, lang: str) -> str:
    en = lang == "en"
    v.region = "US"
    page.line("Disclosure and Authorization — Consumer Report (FCRA)" if en else
              "Divulgación y autorización — Informe de antecedentes")
    page.line(("Applicant" if en else "Solicitante") + f": {v.name(lang)}   DOB {v.dob()}")
    label = v.choice(["Social Security Number", "SSN", "SS#"] if en else ["Número de Seguro Social", "SSN", "N.º de Seguro Social"])
    style = v.choice(["dash", "dash", "space", "bare"])
    page.line(f"{label}{v.choice([': ', ' ', ' — '])}{{s}}", s=v.ssn(style))
    page.line(f"Driver's license: {v.choice(['CA', 'TX', 'NY', 'FL', 'IL'])} {v.choice(string.ascii_uppercase)}{v.digits(7)}  "
              f"ZIP {v.digits(5, '0123456789')}-{v.digits(4, '0123456789')}")
    page.line(("Phone" if en else "Teléfono") + ": {p}", p=v.phone(lang, "US"))
    page.line(("Email" if en else "Correo") + ": {e}", e=v.email(lang))
    if v.rng.random() < 0.5:
        page.line(("Other names or numbers used" if en else "Otros números usados") + ": {s}", s=v.ssn(v.choice(["dash", "space"])))
    page.line(f"Employer: EIN {v.ein()} · Do not enter an ITIN such as {v.itin()} · invalid: {v.bad_ssn()}")
    return "careers/consent"


def loan_application(v: Values, page: Page, lang: str) -> str:
    en = lang == "en"
    v.region = "US"
    page.line(("Uniform Residential Loan Application" if en else "Solicitud de préstamo") + f" · Loan #{v.digits(10)}")
    for who in (["Borrower", "Co-Borrower"] if en else ["Prestatario", "Coprestatario"])[:v.rng.randint(1, 2)]:
        page.line(f"{who}: {v.name(lang)}")
        page.line(f"  SSN {{s}}   {'Home phone' if en else 'Tel. casa'} {{p}}", s=v.ssn(v.choice(["dash", "dash", "space"])),
                  p=v.phone(lang, "US", ext=False))
        page.line(f"  {'Employer' if en else 'Empleador'} {v.fake(lang).company()} · {'Work' if en else 'Trabajo'} {{p}}",
                  p=v.phone(lang, "US", ext=v.rng.random() < 0.5))
        page.line(f"  {'Monthly income' if en else 'Ingreso mensual'} {v.price(lang)} · {'Years' if en else 'Años'} {v.rng.randint(1, 30)}")
    page.line(f"Checking: routing {v.routing()} account {v.digits(10)} · Card {v.masked_card()}")
    page.line(("Email" if en else "Correo") + ": {e}", e=v.email(lang))
    return "apply/loan"


def student_aid_application(v: Values, page: Page, lang: str) -> str:
    en = lang == "en"
    v.region = "US"
    page.line(("Student Aid Application — award year " if en else "Solicitud de ayuda estudiantil — año ")
              + f"{v.rng.randint(2024, 2027)}-{v.rng.randint(25, 28)}")
    page.line(("Student" if en else "Estudiante") + f": {v.name(lang)} · DOB {v.dob()} · ID {v.digits(8)}")
    page.line(f"{v.choice(['SSN', 'Social Security number', 'Student SSN'] if en else ['SSN', 'Número de Seguro Social'])}: {{s}}",
              s=v.ssn(v.choice(["dash", "dash", "bare", "space"])))
    for parent in (["Parent 1", "Parent 2"] if en else ["Padre/Madre 1", "Padre/Madre 2"])[:v.rng.randint(1, 2)]:
        page.line(f"{parent}: {v.name(lang)}, SSN {{s}}, {'cell' if en else 'celular'} {{p}}",
                  s=v.ssn(v.choice(["dash", "space"])), p=v.phone(lang, "US", kind=PNT.MOBILE, ext=False))
    page.line(f"{'Household income' if en else 'Ingreso familiar'} {v.price(lang)} · {'Tax year' if en else 'Año fiscal'} "
              f"{v.rng.randint(2022, 2025)} · {'School code' if en else 'Código escolar'} {v.digits(6, '0')}")
    if v.rng.random() < 0.6:
        page.line(("Email" if en else "Correo") + ": {e}", e=v.email(lang))
    page.line(f"{'Not accepted here' if en else 'No se acepta'}: ITIN {v.itin()}")
    return "aid/application"


def patient_intake_form(v: Values, page: Page, lang: str) -> str:
    en = lang == "en"
    v.region = "US"
    page.line("New Patient Registration" if en else "Registro de paciente nuevo")
    page.line(("Patient" if en else "Paciente") + f": {v.name(lang)} · DOB {v.dob()} · MRN {v.digits(8)}")
    page.line(f"{'SSN (optional)' if en else 'Seguro Social (opcional)'}: {{s}}", s=v.ssn(v.choice(["dash", "space", "dash"])))
    page.line(f"{'Cell' if en else 'Celular'}: {{p}}   {'Home' if en else 'Casa'}: {{q}}",
              p=v.phone(lang, "US", kind=PNT.MOBILE, ext=False), q=v.phone(lang, "US", ext=False))
    page.line(f"{'Insurance' if en else 'Seguro'}: {v.choice(['Aetna', 'Cigna', 'BCBS', 'Humana'])} member "
              f"{v.choice(string.ascii_uppercase)}{v.digits(9)} group {v.digits(6)} · NPI {v.digits(10)}")
    brand, card = v.card(v.choice(["Visa", "Mastercard", "American Express", "Discover"]))
    page.line(f"{'Card on file for copays' if en else 'Tarjeta para copagos'}: {brand} {{c}}", c=card)
    page.line(f"{'Emergency contact' if en else 'Contacto de emergencia'}: {v.name(lang)} {{p}}", p=v.phone(lang, "US", ext=False))
    return "patients/register"


REGISTERS = {  # name: (writer, languages, weight)
    "insurance_claim": (insurance_claim, list(INSURANCE), 7),
    "parish_bulletin": (parish_bulletin, list(PARISH), 5),
    "crowdfunding_page": (crowdfunding_page, list(CROWDFUNDING), 4),
    "tender_clarifications": (tender_clarifications, list(TENDER), 4),
    "event_eticket": (event_eticket, list(ETICKET), 4),
    "it_helpdesk_ticket": (it_helpdesk_ticket, ["en", "de", "fr", "nl", "pl", "ja", "es"], 7),
    "sql_dump": (sql_dump, ["en"], 5),
    "vcard": (vcard, list(ALL_LANGS), 7),
    "icalendar": (icalendar, list(ICAL_TEXT), 3),
    "bank_statement": (bank_statement, list(STATEMENT), 10),
    "recipe_blog": (recipe_blog, list(RECIPE), 4),
    "utility_bill": (utility_bill, list(UTILITY), 4),
    "parking_fine": (parking_fine, list(PARKING), 3),
    "car_rental_agreement": (car_rental_agreement, list(CAR_RENTAL), 4),
    "pet_adoption": (pet_adoption, list(PET), 3),
    "volunteer_roster": (volunteer_roster, list(ROSTER), 4),
    "podcast_show_notes": (podcast_show_notes, ["en", "de", "fr", "es", "pt", "ja"], 3),
    "product_recall": (product_recall, list(RECALL), 3),
    "ldif_export": (ldif_export, ["en"], 2),
    "nmap_report": (nmap_report, ["en"], 5),
    "ansible_inventory": (ansible_inventory, ["en"], 5),
    "debian_control": (debian_control, ["en"], 2),
    "mailing_list_digest": (mailing_list_digest, list(DIGEST), 3),
    "bill_of_lading": (bill_of_lading, list(BOL), 3),
    "hoa_minutes": (hoa_minutes, list(HOA), 3),
    "tearoff_flyer": (tearoff_flyer, list(FLYER), 6),
    "bug_bounty_report": (bug_bounty_report, ["en"], 4),
    "gym_membership_form": (gym_membership_form, list(GYM), 4),
    "radio_contest_rules": (radio_contest_rules, list(RADIO), 2),
    "permission_slip": (permission_slip, list(SLIP), 3),
    "phone_order_log": (phone_order_log, list(PHONE_ORDER), 12),
    "catering_order_form": (catering_order_form, list(CATERING), 5),
    "background_check_consent": (background_check_consent, ["en", "en", "es"], 9),
    "loan_application": (loan_application, ["en", "en", "es"], 8),
    "student_aid_application": (student_aid_application, ["en", "en", "es"], 6),
    "patient_intake_form": (patient_intake_form, ["en", "en", "es"], 6),
}


# ------------------------------------------------------------------------------- gold checks

EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")
SSN_RE = re.compile(r"^(\d{3})([- ]?)(\d{2})\2(\d{4})$")
ALL_REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


def phone_ok(text: str, url: str) -> bool:
    """Valid for some region per phonenumbers, once an extension and a "(0)" are set aside."""
    core = EXT_RE.sub("", text).replace("(0)", "")
    core = phonenumbers.convert_alpha_characters_in_number(core)
    tld = url.split("/")[2].rsplit(".", 1)[-1].upper()
    for region in [None, tld] + ALL_REGIONS:
        try:
            num = phonenumbers.parse(core, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return True
    return False


def card_ok(text: str) -> bool:
    digits = re.sub(r"[ \-\u00a0.]", "", text)
    return (digits.isdigit() and luhn_ok(digits)
            and any(digits.startswith(p) and len(digits) in ls for p, ls in BRAND_PREFIX_LENGTHS))


def iban_ok(text: str) -> bool:
    try:
        IBAN(text.upper())
    except ValueError:
        return False
    return True


def ip_ok(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified or text == "255.255.255.255":
        return False
    if addr.version == 4:  # netmasks (1...10...0) and wildcard masks (0...01...1) are not hosts
        bits = f"{int(addr):032b}"
        if re.fullmatch(r"1+0*|0*1+", bits):
            return False
    return True


def ssn_ok(text: str) -> bool:
    m = SSN_RE.match(text)
    if not m:
        return False
    area, group, serial = m.group(1), m.group(3), m.group(4)
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


VALUE_OK = {"EMAIL_ADDRESS": lambda t, url: bool(EMAIL_RE.match(t)), "PHONE_NUMBER": phone_ok,
            "IP_ADDRESS": lambda t, url: ip_ok(t), "CREDIT_CARD": lambda t, url: card_ok(t),
            "IBAN_CODE": lambda t, url: iban_ok(t), "US_SSN": lambda t, url: ssn_ok(t)}


def check_row(row: dict) -> list[str]:
    """What is wrong with a row's gold (empty when nothing is)."""
    text, problems, last_end = row["text"], [], 0
    for span in row["spans"]:
        s, e, t = span["start"], span["end"], span["text"]
        where = f"{row['id']} {span['type']} {t!r}"
        if span["type"] not in TYPES:
            problems.append(f"{where}: unknown type")
        if text[s:e] != t or not t or t != t.strip():
            problems.append(f"{where}: text[{s}:{e}] is {text[s:e]!r}")
        if s < last_end:
            problems.append(f"{where}: overlaps or is out of order")
        last_end = e
        if (s > 0 and text[s - 1].isascii() and text[s - 1].isalnum()) or \
                (e < len(text) and text[e].isascii() and text[e].isalnum()):
            problems.append(f"{where}: glued to a letter or digit")
        if span["type"] in VALUE_OK and not VALUE_OK[span["type"]](t, row["url"]):
            problems.append(f"{where}: not a valid {span['type']}")
    labelled: dict[str, int] = {}
    for span in row["spans"]:
        labelled[span["text"]] = labelled.get(span["text"], 0) + 1
    for value, n in labelled.items():
        written = len(re.findall(r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])", text))
        if len(value) >= 7 and written != n:
            problems.append(f"{row['id']} {value!r}: labelled {n} times, written {written} times")
    return problems


CARD_RUN = re.compile(r"(?<![\d])\d(?:[ \-\u00a0]?\d){11,18}(?![\d])")
IBAN_RUN = re.compile(r"(?i)(?<![a-z0-9])[a-z]{2}\d{2}(?:[ ]?[a-z0-9]){10,30}")
EMAIL_RUN = re.compile(r"[A-Za-z0-9._%+-]+@[^\s<>@'\",;]+\.[A-Za-z]{2,}")


def unlabelled(row: dict) -> list[str]:
    """Values of a gold type written outside every span, bar the look-alikes the policy excludes
    (SIRET / IMEI numbers, Message-IDs, iCalendar UIDs): a document with one is written again."""
    text, covered = row["text"], [(s["start"], s["end"]) for s in row["spans"]]

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in covered)

    found = []
    for m in CARD_RUN.finditer(text):
        before = text[max(0, m.start() - 8):m.start()]
        if card_ok(m.group()) and not inside(*m.span()) and "SIRET" not in before and "IMEI" not in before:
            found.append(m.group())
    for m in IBAN_RUN.finditer(text):
        cand = m.group().rstrip()
        if iban_ok(cand) and not inside(m.start(), m.start() + len(cand)):
            found.append(cand)
    for m in EMAIL_RUN.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if not inside(*m.span()) and "Message-ID" not in before and "UID:" not in before:
            found.append(m.group())
    return found


# --------------------------------------------------------------------------------- the set


def generate(half: str = "blind4", n: int = N_DOCS) -> list[dict]:
    rng = random.Random(SEED)
    v = Values(rng)
    names = list(REGISTERS)
    weights = [REGISTERS[name][2] for name in names]
    rows: list[dict] = []
    rewritten = 0
    per_language = dict.fromkeys(ALL_LANGS, 0)
    while len(rows) < n:
        register = rng.choices(names, weights)[0]
        writer, langs, _ = REGISTERS[register]
        # the rarer a language so far, the likelier: registers in many languages even them out
        lang = rng.choices(langs, [1 / (1 + per_language[lang]) for lang in langs])[0]
        v.region = v.choice(LANGS[lang][1])
        page = Page()
        path = writer(v, page, lang)
        row = {"id": f"blind4-{len(rows)}", "half": half, "register": register,
               "url": f"https://www.{v.domain(lang, v.region)}/{path}", "language": lang,
               "text": page.text, "spans": page.spans}
        if unlabelled(row):
            rewritten += 1
            continue
        if len(set(langs)) > 2:  # count draws among many languages only: en-only registers don't starve en
            per_language[lang] += 1
        problems = check_row(row)
        if problems:
            raise ValueError("gold check failed:\n" + "\n".join(problems))
        rows.append(row)
    generate.rewritten = rewritten
    return rows


def load() -> list[dict]:
    """The committed set's rows."""
    return read_rows(PATH)


def summary(rows: list[dict]) -> None:
    def count(key) -> dict:
        out: dict = {}
        for row in rows:
            for k in key(row):
                out[k] = out.get(k, 0) + 1
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))

    spans = count(lambda r: [s["type"] for s in r["spans"]])
    total = sum(spans.values())
    print("spans per type:", {k: f"{n} ({n / total:.0%})" for k, n in spans.items()})
    print(f"registers ({len({r['register'] for r in rows})}):", count(lambda r: [r["register"]]))
    print(f"languages ({len({r['language'] for r in rows})}):", count(lambda r: [r["language"]]))
    regions = set()
    for row in rows:
        for s in row["spans"]:
            if s["type"] == "PHONE_NUMBER":
                core = phonenumbers.convert_alpha_characters_in_number(EXT_RE.sub("", s["text"]).replace("(0)", ""))
                for region in [None, row["url"].split("/")[2].rsplit(".", 1)[-1].upper()]:
                    try:
                        num = phonenumbers.parse(core, region)
                    except phonenumbers.NumberParseException:
                        continue
                    if phonenumbers.is_valid_number(num):
                        regions.add(phonenumbers.region_code_for_number(num))
                        break
    print(f"phone regions (from +CC or the URL's TLD): {len(regions)}")
    print(f"documents rewritten because a look-alike was by chance a gold value: {getattr(generate, 'rewritten', 0)}")


def main() -> None:
    rows = generate()
    summary(rows)
    write_sets("pii_", {"blind4": (PATH,)}, lambda half: rows, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
