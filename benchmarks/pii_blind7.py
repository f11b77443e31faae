"""A seventh blind PII test set (issue 26): 36 registers no earlier generator used, 25 languages,
every page written wholly in its own language, values in every CONTEXT a page gives them.

Written by a seventh helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other
generators' templates or value makers, nor BENCHMARKS.md's PII sections. The step was never run on
this set while it was written: the lead scores it once, at the end. Every template, phrase, name
list and value maker is new.

    python benchmarks/pii_blind7.py               # counts per type, register and language
    python benchmarks/pii_blind7.py --write-set   # (re)writes benchmarks/data/pii_blind7.jsonl

Registers (36): itemised phone bills, mobile number-porting requests, mail bounce (DSN) reports,
DMARC aggregate reports, new-sign-in security alerts, game-server listings, traceroute
pastes, SWIFT MT103 transfer messages, payslips, contract cancellation letters, product
return (RMA) requests, OCR'd business cards, fax cover sheets, research-study recruitment notices,
video descriptions with business contacts, social-media bios, constituency office pages, trade-fair
exhibitor lists, company-registry extracts, noise complaints to a town hall, casting calls,
ski-school bookings, carpool offers, private-tutoring ads, photo-studio price lists, web-shop form-mail
notifications, direct-debit batch CSVs, travel-expense claims, shop support-ticket threads, and US forms:
bankruptcy SSN statements (Form 121), identity-theft affidavits, DMV licence applications,
child-support case notices, SSA benefit statements (SSA-1099), workers' compensation claims,
lender text-message threads (US pages also in es, zh, vi, ko).
Languages (25, 12 in non-Latin scripts): en de fr es it pt nl pl sv cs hr tr ru uk bg el ar fa he
hi zh ja ko th vi.

Contexts: a label before the value in the page's language (full, abbreviated, in capitals, with or
without colon), a label after it, a column header far above it, only the sentence around it, no
context where the shape tells (E.164, IBAN, e-mail, 4-4-4-4 card), several values of mixed types on
one line, markup remnants ("&nbsp;", "<br>", "**", "|") or a line break between label and value.
Phones: `phonenumbers` example numbers (fixed line and mobile) of 72 regions, all but the leading
three digits varied while valid, written national (only on a page of their own country), international, E.164, "00",
"+CC (0)", with dots, dashes, slashes, no-break spaces, full-width, Arabic-Indic or Persian digits,
extensions in each page's language (25), Tel/Fax pairs. Cards of 10 brands at real prefixes and lengths in
their printed groupings; IBANs from schwifty (electronic, print groups, lower case); IPv4 (public,
private, link-local) and IPv6; e-mails; US SSNs (dashed, spaced, unseparated only beside a label,
a column or a sentence naming it).
Hard negatives beside them: dates and times in each country's format, prices, order / invoice /
case / tracking / contract / customer numbers, ISBN, EAN, postcodes, coordinates, versions (some
shaped like IPv4), durations, scores, IMEIs, ICCIDs, serials, hashes, masked and Luhn-invalid
cards, IBANs with a wrong check digit, ITINs, EINs, invalid SSNs, netmasks, loopback, 0.0.0.0,
broadcast, AS numbers, BICs, sort/routing codes, national ids of other countries, Message-IDs,
obfuscated e-mails, vanity numbers.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label,
bracket, "mailto:", port, CIDR prefix, zone id or trailing punctuation; an extension right after a
phone is inside its span); e-mails need a literal "@" and a dotted domain; loopback, unspecified,
netmask and broadcast IPs are not labelled; lower-case and print-grouped IBANs are, wrong check
digits are not; cards pass Luhn with a real brand prefix and length; only US SSNs in the issued
range are labelled; a phone is one a reader recognises and is valid for some region per
phonenumbers; vanity numbers are not labelled.

Gold is checked on writing (`check_row`, also run by tests/test_pii_blind7_set.py): span text
equals text[start:end], spans sorted and not overlapping, not glued to an ASCII letter or digit,
phones valid, cards Luhn + brand prefix + length, IBANs valid (schwifty), IPs parse and are of no
excluded class, SSNs in the issued range, each gold value of 7+ characters occurs in its text
exactly as often as it is labelled, and no Luhn-valid brand card number (a whole digit run) or
valid IBAN stands outside a span. A drawn document failing a check is drawn again. Deterministic: string seeds per
document, no set iteration, no Faker.
"""

from __future__ import annotations

import ipaddress
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows, write_sets

DATA = Path(__file__).resolve().parent / "data" / "pii_blind7.jsonl"
SEED = "blind7-2026"
N_DOCS = 1320
NBSP = "\u00a0"

# ---------------------------------------------------------------- languages
# code: (regions of its pages, tld by region, labels, phrases, date style, price style)
LANGS: dict[str, dict] = {
    "en": {"regions": ["US", "GB", "IE", "AU"], "tel": ["Phone", "Tel.", "PHONE", "Ph", "Tel"], "fax": ["Fax", "FAX"],
               "mob": ["Mobile", "Cell", "Mob."], "mail": ["Email", "E-mail", "EMAIL"], "iban": ["IBAN"], "card": ["Card number", "Card No."],
               "ext": ["ext. ", "x", "Ext "], "call": ["call me on {v}", "give us a ring at {v}", "text or call {v}"],
               "wire": ["wire it to {v}", "send the money to {v}"], "write": ["drop a line to {v}", "write to {v}"]},
    "de": {"regions": ["DE", "AT", "CH"], "tel": ["Telefon", "Tel.", "TEL", "Fon", "Telefonnr."], "fax": ["Fax", "Telefax"],
               "mob": ["Mobil", "Handy", "Mobiltelefon"], "mail": ["E-Mail", "Mail", "E-MAIL"], "iban": ["IBAN"],
               "card": ["Kartennummer", "Kreditkarte"], "ext": ["Durchwahl ", "DW "],
               "call": ["rufen Sie mich unter {v} an", "erreichbar unter {v}", "meldet euch einfach unter {v}"],
               "wire": ["bitte überweisen auf {v}", "Zahlung auf das Konto {v}"], "write": ["schreibt an {v}", "Anfragen bitte an {v}"]},
    "fr": {"regions": ["FR", "BE", "CH"], "tel": ["Téléphone", "Tél.", "TÉL", "Tel"], "fax": ["Fax", "Télécopie"],
               "mob": ["Portable", "Mobile", "GSM"], "mail": ["Courriel", "E-mail", "Mél."], "iban": ["IBAN"],
               "card": ["Numéro de carte", "N° de carte"], "ext": ["poste "],
               "call": ["appelez-moi au {v}", "joignable au {v}", "contactez-nous au {v}"],
               "wire": ["virement sur le compte {v}", "merci de verser sur {v}"], "write": ["écrivez à {v}", "par courriel à {v}"]},
    "es": {"regions": ["ES", "MX", "AR", "CO"], "tel": ["Teléfono", "Tel.", "TELÉFONO", "Tfno."], "fax": ["Fax"],
               "mob": ["Móvil", "Celular", "Cel."], "mail": ["Correo", "E-mail", "Correo electrónico"], "iban": ["IBAN"],
               "card": ["Número de tarjeta", "Tarjeta"], "ext": ["ext. ", "int. "],
               "call": ["llámame al {v}", "puedes llamar al {v}", "escríbenos por WhatsApp al {v}"],
               "wire": ["haz la transferencia a {v}", "ingresa el importe en {v}"], "write": ["escribe a {v}", "manda un correo a {v}"]},
    "it": {"regions": ["IT"], "tel": ["Telefono", "Tel.", "TEL"], "fax": ["Fax"], "mob": ["Cellulare", "Cell."],
               "mail": ["E-mail", "Posta elettronica", "PEC"], "iban": ["IBAN", "Codice IBAN"], "card": ["Numero carta", "Carta n."],
               "ext": ["int. "], "call": ["chiamami al {v}", "potete chiamare il {v}"],
               "wire": ["bonifico su {v}", "versare sul conto {v}"], "write": ["scrivete a {v}", "mandate una mail a {v}"]},
    "pt": {"regions": ["PT", "BR"], "tel": ["Telefone", "Tel.", "Fone"], "fax": ["Fax"], "mob": ["Telemóvel", "Celular", "WhatsApp"],
               "mail": ["E-mail", "Email"], "iban": ["IBAN", "NIB/IBAN"], "card": ["Número do cartão", "Cartão"], "ext": ["ramal "],
               "call": ["liga-me para o {v}", "chama no {v}"], "wire": ["transferência para {v}", "depositar em {v}"],
               "write": ["escreve para {v}", "mande e-mail para {v}"]},
    "nl": {"regions": ["NL", "BE"], "tel": ["Telefoon", "Tel.", "TEL"], "fax": ["Fax"], "mob": ["Mobiel", "GSM"],
               "mail": ["E-mail", "Mail"], "iban": ["IBAN", "Rekeningnummer"], "card": ["Kaartnummer", "Creditcard"],
               "ext": ["toestel "], "call": ["bel me op {v}", "bereikbaar op {v}"],
               "wire": ["maak het over naar {v}", "storten op {v}"], "write": ["mail naar {v}", "stuur een bericht naar {v}"]},
    "pl": {"regions": ["PL"], "tel": ["Telefon", "Tel.", "TEL"], "fax": ["Faks", "Fax"], "mob": ["Komórka", "Tel. kom."],
               "mail": ["E-mail", "Adres e-mail"], "iban": ["IBAN", "Nr konta"], "card": ["Numer karty", "Karta"], "ext": ["wew. "],
               "call": ["zadzwoń pod {v}", "dzwonić na numer {v}"], "wire": ["przelew na konto {v}", "wpłaty na {v}"],
               "write": ["pisz na {v}", "napisz na adres {v}"]},
    "sv": {"regions": ["SE"], "tel": ["Telefon", "Tel.", "TEL"], "fax": ["Fax"], "mob": ["Mobil", "Mobiltelefon"],
               "mail": ["E-post", "Mejl"], "iban": ["IBAN"], "card": ["Kortnummer", "Kort"], "ext": ["ankn. "],
               "call": ["ring mig på {v}", "nås på {v}"], "wire": ["betala till {v}", "sätt in på {v}"], "write": ["mejla {v}", "skriv till {v}"]},
    "cs": {"regions": ["CZ"], "tel": ["Telefon", "Tel.", "TEL"], "fax": ["Fax"], "mob": ["Mobil", "Mob."], "mail": ["E-mail", "Email"],
               "iban": ["IBAN", "Číslo účtu (IBAN)"], "card": ["Číslo karty", "Karta"], "ext": ["linka "],
               "call": ["volejte na {v}", "zavolejte mi na {v}"], "wire": ["převodem na {v}", "plaťte na účet {v}"],
               "write": ["pište na {v}", "napište e-mail na {v}"]},
    "hr": {"regions": ["HR"], "tel": ["Telefon", "Tel.", "TEL"], "fax": ["Faks"], "mob": ["Mobitel", "Mob."], "mail": ["E-pošta", "E-mail"],
               "iban": ["IBAN"], "card": ["Broj kartice"], "ext": ["kućni "], "call": ["nazovite na {v}", "zovite {v}"],
               "wire": ["uplata na {v}", "uplatite na račun {v}"], "write": ["pišite na {v}", "javite se na {v}"]},
    "tr": {"regions": ["TR"], "tel": ["Telefon", "Tel.", "TEL"], "fax": ["Faks"], "mob": ["Cep", "GSM", "Cep Tel."], "mail": ["E-posta", "Mail"],
               "iban": ["IBAN"], "card": ["Kart numarası", "Kart No"], "ext": ["dahili "], "call": ["{v} numaralı telefondan ulaşabilirsiniz", "bana {v} numarasından ulaş"],
               "wire": ["{v} hesabına havale yapın", "ödemeyi {v} IBAN'ına gönderin"], "write": ["{v} adresine yazın", "mail atın: {v}"]},
    "ru": {"regions": ["RU", "KZ"], "tel": ["Телефон", "Тел.", "ТЕЛ"], "fax": ["Факс"], "mob": ["Моб.", "Мобильный"], "mail": ["Эл. почта", "E-mail", "Почта"],
               "iban": ["IBAN"], "card": ["Номер карты", "Карта"], "ext": ["доб. "], "call": ["звоните по номеру {v}", "мой номер {v}"],
               "wire": ["переведите на счёт {v}", "оплата на {v}"], "write": ["пишите на {v}", "отправьте письмо на {v}"]},
    "uk": {"regions": ["UA"], "tel": ["Телефон", "Тел.", "ТЕЛ"], "fax": ["Факс"], "mob": ["Моб.", "Мобільний"], "mail": ["Ел. пошта", "E-mail"],
               "iban": ["IBAN", "Рахунок IBAN"], "card": ["Номер картки", "Картка"], "ext": ["дод. "], "call": ["телефонуйте за номером {v}", "мій номер {v}"],
               "wire": ["переказ на рахунок {v}", "оплата на {v}"], "write": ["пишіть на {v}", "надішліть лист на {v}"]},
    "bg": {"regions": ["BG"], "tel": ["Телефон", "Тел.", "ТЕЛ"], "fax": ["Факс"], "mob": ["Моб.", "GSM"], "mail": ["Имейл", "E-mail"],
               "iban": ["IBAN"], "card": ["Номер на карта"], "ext": ["вътр. "], "call": ["обадете се на {v}", "звънни на {v}"],
               "wire": ["превод по сметка {v}", "плащане по {v}"], "write": ["пишете на {v}", "изпратете имейл до {v}"]},
    "el": {"regions": ["GR", "CY"], "tel": ["Τηλέφωνο", "Τηλ.", "ΤΗΛ"], "fax": ["Φαξ", "Fax"], "mob": ["Κινητό", "Κιν."], "mail": ["Email", "Ηλ. ταχυδρομείο"],
               "iban": ["IBAN"], "card": ["Αριθμός κάρτας"], "ext": ["εσωτ. "], "call": ["καλέστε στο {v}", "πάρε με στο {v}"],
               "wire": ["κατάθεση στον λογαριασμό {v}", "έμβασμα στο {v}"], "write": ["γράψτε στο {v}", "στείλτε email στο {v}"]},
    "ar": {"regions": ["SA", "AE", "EG", "JO"], "tel": ["هاتف", "الهاتف", "ت"], "fax": ["فاكس"], "mob": ["جوال", "موبايل"], "mail": ["البريد الإلكتروني", "إيميل"],
               "iban": ["آيبان", "IBAN"], "card": ["رقم البطاقة"], "ext": ["تحويلة "], "call": ["اتصل بي على {v}", "للتواصل على الرقم {v}"],
               "wire": ["حوّل المبلغ إلى {v}", "الدفع إلى الحساب {v}"], "write": ["راسلنا على {v}", "أرسل بريداً إلى {v}"]},
    "fa": {"regions": ["IR"], "tel": ["تلفن", "تلفن تماس", "تل"], "fax": ["فکس", "نمابر"], "mob": ["موبایل", "همراه"], "mail": ["ایمیل", "پست الکترونیک"],
               "iban": ["شبا", "IBAN"], "card": ["شماره کارت"], "ext": ["داخلی "], "call": ["با شماره {v} تماس بگیرید", "شماره من {v} است"],
               "wire": ["به حساب {v} واریز کنید", "واریز به {v}"], "write": ["به {v} ایمیل بزنید", "نامه به {v}"]},
    "he": {"regions": ["IL"], "tel": ["טלפון", "טל'", "טל."], "fax": ["פקס"], "mob": ["נייד", "סלולרי"], "mail": ["דוא\"ל", "אימייל"],
               "iban": ["IBAN", "מספר IBAN"], "card": ["מספר כרטיס"], "ext": ["שלוחה "], "call": ["התקשרו אליי ל-{v}", "אפשר להשיג אותי ב{v}"],
               "wire": ["העבירו לחשבון {v}", "העברה בנקאית ל{v}"], "write": ["כתבו ל-{v}", "שלחו מייל ל-{v}"]},
    "hi": {"regions": ["IN"], "tel": ["फ़ोन", "दूरभाष", "फोन"], "fax": ["फ़ैक्स"], "mob": ["मोबाइल", "मो."], "mail": ["ईमेल", "ई-मेल"],
               "iban": ["IBAN"], "card": ["कार्ड नंबर"], "ext": ["एक्सटेंशन "], "call": ["{v} पर कॉल करें", "मुझे {v} पर फ़ोन करें"],
               "wire": ["राशि {v} में जमा करें", "{v} पर भुगतान करें"], "write": ["{v} पर ईमेल करें", "{v} पर लिखें"]},
    "zh": {"regions": ["CN", "TW", "HK"], "tel": ["电话", "電話", "TEL", "联系电话"], "fax": ["传真", "傳真"], "mob": ["手机", "手機"], "mail": ["邮箱", "電子郵件", "E-mail"],
               "iban": ["IBAN"], "card": ["卡号", "信用卡号"], "ext": ["转", "分机"], "call": ["请拨打{v}", "有事打我电话{v}"],
               "wire": ["请汇款至{v}", "转账到{v}"], "write": ["请发邮件至{v}", "来信请寄{v}"]},
    "ja": {"regions": ["JP"], "tel": ["電話", "TEL", "Tel.", "電話番号"], "fax": ["FAX", "ファクス"], "mob": ["携帯", "携帯電話"], "mail": ["メール", "E-mail", "Eメール"],
               "iban": ["IBAN"], "card": ["カード番号"], "ext": ["内線"], "call": ["{v}までお電話ください", "お問い合わせは{v}へ"],
               "wire": ["{v}へお振込みください", "振込先は{v}です"], "write": ["{v}までメールで", "ご連絡は{v}まで"]},
    "ko": {"regions": ["KR"], "tel": ["전화", "전화번호", "TEL", "Tel."], "fax": ["팩스", "FAX"], "mob": ["휴대폰", "핸드폰"], "mail": ["이메일", "E-mail"],
               "iban": ["IBAN"], "card": ["카드번호"], "ext": ["내선 "], "call": ["{v}로 전화 주세요", "문의는 {v}"],
               "wire": ["{v}로 송금해 주세요", "입금 계좌 {v}"], "write": ["{v}로 메일 주세요", "{v}로 연락 바랍니다"]},
    "th": {"regions": ["TH"], "tel": ["โทร", "โทรศัพท์", "Tel."], "fax": ["แฟกซ์"], "mob": ["มือถือ"], "mail": ["อีเมล", "E-mail"],
               "iban": ["IBAN"], "card": ["หมายเลขบัตร"], "ext": ["ต่อ "], "call": ["โทรหาเราได้ที่ {v}", "ติดต่อ {v}"],
               "wire": ["โอนเงินเข้าบัญชี {v}", "ชำระเงินที่ {v}"], "write": ["ส่งอีเมลมาที่ {v}", "เขียนถึง {v}"]},
    "vi": {"regions": ["VN"], "tel": ["Điện thoại", "ĐT", "Tel."], "fax": ["Fax"], "mob": ["Di động", "DĐ"], "mail": ["Email", "Thư điện tử"],
               "iban": ["IBAN"], "card": ["Số thẻ"], "ext": ["máy lẻ "], "call": ["gọi cho tôi theo số {v}", "liên hệ {v}"],
               "wire": ["chuyển khoản vào {v}", "thanh toán vào {v}"], "write": ["gửi email tới {v}", "viết thư cho {v}"]},
}
TLD = {"US": "com", "GB": "co.uk", "IE": "ie", "AU": "com.au", "DE": "de", "AT": "at", "CH": "ch", "FR": "fr",
       "BE": "be", "ES": "es", "MX": "com.mx", "AR": "com.ar", "CO": "com.co", "IT": "it", "PT": "pt", "BR": "com.br",
       "NL": "nl", "PL": "pl", "SE": "se", "CZ": "cz", "HR": "hr", "TR": "com.tr", "RU": "ru", "KZ": "kz", "UA": "ua",
       "BG": "bg", "GR": "gr", "CY": "com.cy", "SA": "sa", "AE": "ae", "EG": "eg", "JO": "jo", "IR": "ir", "IL": "co.il",
       "IN": "in", "CN": "cn", "TW": "tw", "HK": "hk", "JP": "jp", "KR": "kr", "TH": "th", "VN": "vn"}
FOREIGN = ["US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "GB", "IE", "FR", "DE", "AT", "CH", "IT", "ES", "PT", "NL",
           "BE", "LU", "DK", "NO", "SE", "FI", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "TR", "RU", "UA", "KZ", "IL",
           "SA", "AE", "EG", "MA", "ZA", "NG", "KE", "IN", "PK", "BD", "CN", "HK", "TW", "JP", "KR", "TH", "VN", "MY",
           "SG", "ID", "PH", "AU", "NZ", "HR", "SI", "RS", "IS", "EE", "LV", "LT", "QA", "JO", "TN", "GE"]
IBAN_COUNTRIES = ["DE", "AT", "CH", "FR", "BE", "ES", "IT", "PT", "NL", "PL", "SE", "CZ", "HR", "TR", "BG", "GR", "CY",
                  "SA", "AE", "IL", "GB", "IE", "LU", "DK", "NO", "FI", "HU", "RO", "SK", "SI", "EE", "LV", "LT",
                  "UA", "KZ", "JO", "QA", "BR", "TN", "GE", "MT", "IS", "LI", "MC", "AD", "RS", "BA", "ME", "MK", "AL"]
HAS_IBAN = {"DE", "AT", "CH", "FR", "BE", "ES", "IT", "PT", "NL", "PL", "SE", "CZ", "HR", "TR", "BG", "GR", "CY",
            "SA", "AE", "IL", "GB", "IE", "UA", "KZ", "JO", "BR", "EG"}
TRUNK_ZERO = {"DE", "AT", "CH", "NL", "BE", "GB", "FR", "IL", "SE", "TR", "HR", "AU", "IE"}

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

FIRST = {"en": ["Megan", "Travis", "Keisha", "Owen", "Priya", "Dale"], "de": ["Jörg", "Anke", "Timo", "Birgit", "Lutz"],
         "fr": ["Gaëlle", "Hervé", "Solène", "Yannick"], "es": ["Itziar", "Rodrigo", "Marisol", "Iñaki"],
         "it": ["Ornella", "Gianluca", "Ilaria", "Tiziano"], "pt": ["Joana", "Rui", "Thaís", "Vinícius"],
         "nl": ["Femke", "Joost", "Sanne", "Ruud"], "pl": ["Grażyna", "Bartosz", "Zofia", "Wojciech"],
         "sv": ["Linnea", "Gustaf", "Ebba", "Nils"], "cs": ["Zdeňka", "Radek", "Lucie", "Ondřej"],
         "hr": ["Ivana", "Krešimir", "Maja", "Dario"], "tr": ["Elif", "Burak", "Zeynep", "Emre"],
         "ru": ["Светлана", "Игорь", "Алёна", "Тимур"], "uk": ["Оксана", "Тарас", "Ганна", "Богдан"],
         "bg": ["Десислава", "Стоян", "Радка", "Пламен"], "el": ["Κατερίνα", "Σπύρος", "Ελένη", "Θανάσης"],
         "ar": ["ليلى", "خالد", "سارة", "يوسف"], "fa": ["نرگس", "بهرام", "مهسا", "کاوه"], "he": ["נועה", "איתי", "מיכל", "עומר"],
         "hi": ["सुनीता", "राकेश", "अनन्या", "विकास"], "zh": ["王丽", "陈志强", "刘洋", "赵敏"], "ja": ["佐藤 美咲", "高橋 健太", "鈴木 陽子"],
         "ko": ["김민지", "박준호", "이서연"], "th": ["สมชาย", "วิภาวดี", "ณัฐพล"], "vi": ["Nguyễn Thị Lan", "Trần Văn Hùng", "Phạm Minh Thư"]}
LATIN_USER = ["megan.r", "t.kowal", "anke_w", "solene.b", "iker88", "ornella.f", "joost", "z.nowak", "ebba.l",
              "radek.s", "k.horvat", "elif.yilmaz", "svetlana.k", "oksana_t", "desi.p", "kpapa", "layla.h", "n.ahmadi",
              "noa.levi", "sunita.r", "wangli", "m.sato", "minji.kim", "somchai.t", "lan.nguyen", "info", "kontakt",
              "office", "booking", "support", "hr-dept", "press", "bestellung", "contacto", "ufficio"]
DOMAIN_WORDS = ["nordlicht", "valverde", "baumann-partner", "studio-lumen", "alpinaschool", "lakeside", "kavka",
                "perlamarina", "sakura-works", "hanbit", "viettour", "olympos", "dunaj", "zielonypark", "tulipa"]


# ---------------------------------------------------------------- value makers
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


# brand -> (prefixes, lengths, print grouping by length)
BRANDS = {
    "visa": (["4"], [16, 13, 19]), "mastercard": (["51", "52", "53", "54", "55", "2221", "2500", "2720"], [16]),
    "amex": (["34", "37"], [15]), "discover": (["6011", "644", "649", "65"], [16]),
    "diners": (["300", "305", "36", "38"], [14]), "jcb": (["3528", "3566", "3589"], [16]),
    "unionpay": (["62"], [16, 19]), "mir": (["2200", "2204"], [16]), "maestro": (["6759", "5018", "5020"], [16, 19]),
    "rupay": (["6521", "6080", "508"], [16]),
}
GROUPS = {13: [4, 3, 3, 3], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}


def card_ok(digits: str) -> bool:
    if not digits.isdigit() or not luhn_ok(digits):
        return False
    return any(digits.startswith(p) and len(digits) in lens for p_list, lens in BRANDS.values() for p in p_list)


def make_card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(list(BRANDS))
    prefixes, lengths = BRANDS[brand]
    length = rng.choice(lengths)
    digits = luhn_complete(rng.choice(prefixes), length, rng)
    style = rng.random()
    if style < 0.15:
        return digits
    sep = rng.choice([" ", " ", "-", NBSP])
    out, i = [], 0
    for g in GROUPS[length]:
        out.append(digits[i:i + g])
        i += g
    return sep.join(out)


def bad_card(rng: random.Random) -> str:
    digits = luhn_complete("4" + str(rng.randint(100, 999)), 16, rng)
    digits = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return " ".join(digits[i:i + 4] for i in range(0, 16, 4))


def masked_card(rng: random.Random) -> str:
    last = f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"4{rng.randint(100, 999)} •••• •••• {last}",
                       f"5{rng.randint(100, 999)}XXXXXXXX{last}"])


def make_iban(rng: random.Random, country: str) -> str:
    iban = str(IBAN.random(country_code=country, random=rng))
    style = rng.random()
    if style < 0.45:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style < 0.55:
        return iban.lower()
    if style < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
    return iban


def bad_iban(rng: random.Random, country: str) -> str:
    iban = str(IBAN.random(country_code=country, random=rng))
    check = int(iban[2:4])
    wrong = f"{(check + rng.randint(1, 9)) % 97 or 98:02d}"
    return " ".join((iban[:2] + wrong + iban[4:])[i:i + 4] for i in range(0, len(iban), 4))


def iban_ok(text: str) -> bool:
    try:
        IBAN(text.replace(" ", "").replace(NBSP, "").upper())
        return True
    except SchwiftyException:
        return False


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ssn_ok(digits: str) -> bool:
    return (len(digits) == 9 and digits.isdigit() and digits[:3] not in ("000", "666") and digits[0] != "9"
            and digits[3:5] != "00" and digits[5:] != "0000")


def fmt_ssn(ssn: str, style: str) -> str:
    if style == "dash":
        return f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"
    if style == "space":
        return f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}"
    return ssn


def make_itin(rng: random.Random) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 72, 78, 81, 88, 93])}-{rng.randint(1000, 9999)}"


def make_ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 88):02d}-{rng.randint(1000000, 9999999)}"


def bad_ssn(rng: random.Random) -> str:
    return rng.choice([f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}", f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"])


def make_ipv4(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["public", "public", "public", "private", "private", "linklocal"])
    while True:
        if kind == "private":
            addr = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                               f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                               f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
        elif kind == "linklocal":
            addr = f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        else:
            addr = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(addr) and (kind != "public" or ipaddress.ip_address(addr).is_global):
            return addr


def make_ipv6(rng: random.Random) -> str:
    head = rng.choice(["2001:db8", f"2a0{rng.randint(0, 9)}:{rng.randint(0x100, 0xfff):x}", f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 0xffff):x}",
                       f"240{rng.randint(0, 9)}:{rng.randint(0x1000, 0xffff):x}"])
    tail = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3, 6]))]
    addr = head + ":" + ":".join(tail) if len(tail) == 6 else head + "::" + ":".join(tail)
    return str(ipaddress.ip_address(addr)) if rng.random() < 0.7 else addr


def ip_ok(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast:
        return False
    return not (ip.version == 4 and (text.startswith(("255.", "0.")) or text.endswith(".255")))


def make_email(rng: random.Random, tld: str) -> str:
    user = rng.choice(LATIN_USER)
    if rng.random() < 0.15:
        user += f"+{rng.choice(['rsvp', 'jobs', 'shop', 'news'])}"
    if rng.random() < 0.3:
        user += str(rng.randint(2, 99))
    dom = rng.choice(DOMAIN_WORDS)
    if rng.random() < 0.2:
        dom = rng.choice(["mail", "post", "lists"]) + "." + dom
    email = f"{user}@{dom}.{rng.choice([tld, tld, 'com', 'org', 'net', 'eu', 'io'])}"
    return email.upper() if rng.random() < 0.04 else email


_PHONE_CACHE: dict[tuple[str, int], list[phonenumbers.PhoneNumber]] = {}


def example_numbers(region: str) -> list[phonenumbers.PhoneNumber]:
    out = []
    for ntype in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
        ex = phonenumbers.example_number_for_type(region, ntype)
        if ex is not None:
            out.append(ex)
    if not out:
        raise ValueError(f"{region}: phonenumbers has no example number")
    return out


def make_phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    base = rng.choice(example_numbers(region))
    nsn = str(base.national_number)
    # Vary all but the leading digits first (other area codes and exchanges than the example's), then
    # only the last four, keeping whatever phonenumbers validates for the region.
    for attempt in range(260):
        k = max(4, len(nsn) - 3) if attempt < 60 else min(4, len(nsn) - 2)
        cand = nsn[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        num = phonenumbers.PhoneNumber(country_code=base.country_code, national_number=int(cand),
                                       italian_leading_zero=base.italian_leading_zero)
        if phonenumbers.is_valid_number_for_region(num, region):
            return num
    return base


def write_phone(rng: random.Random, num: phonenumbers.PhoneNumber, region: str, national_ok: bool, lang: str) -> str:
    styles = ["intl", "intl", "e164", "00"]
    if national_ok:
        styles += ["nat", "nat", "nat", "nat_alt"]
    if region in TRUNK_ZERO:
        styles.append("trunk0")
    style = rng.choice(styles)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    if style == "intl":
        text = intl
        if rng.random() < 0.25:
            text = text.replace(" ", rng.choice([".", "-", NBSP]))
    elif style == "e164":
        text = phonenumbers.format_number(num, PNF.E164)
    elif style == "00":
        text = "00" + intl[1:]
    elif style == "trunk0":
        cc, rest = intl.split(" ", 1)
        text = f"{cc} (0){rest}" if rng.random() < 0.5 else f"{cc} (0) {rest}"
    elif style == "nat":
        text = nat
    else:
        text = nat.replace("(", "").replace(") ", " ").replace(")", " ").replace(" ", rng.choice([".", "-", " "]))
        if region == "DE" and " " in nat:
            a, b = nat.split(" ", 1)
            text = f"{a}/{b.replace(' ', '')}"
        elif region in ("US", "CA"):
            text = rng.choice([nat.replace("(", "").replace(") ", "-"), nat.replace("(", "").replace(") ", ".").replace("-", ".")])
    if lang in ("ja", "zh") and rng.random() < 0.15:
        text = text.translate(FULLWIDTH)
    elif lang == "ar" and rng.random() < 0.3:
        text = text.translate(ARABIC_INDIC)
    elif lang == "fa" and rng.random() < 0.4:
        text = text.translate(PERSIAN)
    return text


def to_ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


EXT_RE = re.compile(r"\s*(?:ext\.?|x|Ext|Durchwahl|DW|poste|int\.|ramal|toestel|wew\.|ankn\.|linka|kućni|dahili|доб\.|дод\.|вътр\.|"
                    r"εσωτ\.|تحويلة|داخلی|שלוחה|एक्सटेंशन|转|分机|内線|내선|ต่อ|máy lẻ)\s*\d{1,5}$")


def phone_ok(text: str, region: str) -> bool:
    core = EXT_RE.sub("", to_ascii_digits(text)).replace("(0)", "")
    if core.startswith("00"):
        core = "+" + core[2:]
    for reg in ([region] if not core.startswith("+") else []) + [None]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(core, reg)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# ---------------------------------------------------------------- page builder
class Page:
    """Text with its spans, appended piece by piece."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def add(self, text: str) -> Page:
        self.parts.append(text)
        self.size += len(text)
        return self

    def val(self, kind: str | None, text: str) -> Page:
        if kind:
            self.spans.append({"type": kind, "start": self.size, "end": self.size + len(text), "text": text})
        return self.add(text)

    def text(self) -> str:
        return "".join(self.parts)


class Ctx:
    """One document's drawing state: language, region, and value makers that write its way."""

    def __init__(self, rng: random.Random, lang: str, region: str):
        self.rng, self.lang, self.region = rng, lang, region
        self.L = LANGS[lang]
        self.tld = TLD.get(region, "com")
        self.page = Page()

    def pick(self, seq):
        return self.rng.choice(seq)

    def add(self, text: str) -> Ctx:
        self.page.add(text)
        return self

    def phone_text(self, region: str | None = None, ext: bool | None = None) -> tuple[str, str]:
        region = region or (self.region if self.rng.random() < 0.7 else self.pick(FOREIGN))
        num = make_phone_number(self.rng, region)
        text = write_phone(self.rng, num, region, region == self.region, self.lang)
        if ext if ext is not None else self.rng.random() < 0.1:
            word = self.pick(self.L["ext"])
            glue = "" if word in ("x", "转", "内線") and self.rng.random() < 0.5 else " "
            text += glue + word + str(self.rng.randint(2, 4999))
        return text, region

    def phone(self, ext: bool | None = None, region: str | None = None) -> Ctx:
        text, _ = self.phone_text(region, ext)
        self.page.val("PHONE_NUMBER", text)
        return self

    def email(self) -> Ctx:
        self.page.val("EMAIL_ADDRESS", make_email(self.rng, self.tld.split(".")[-1]))
        return self

    def iban(self, country: str | None = None) -> Ctx:
        if country is None:
            country = self.region if self.region in HAS_IBAN and self.rng.random() < 0.7 else self.pick(IBAN_COUNTRIES)
        self.page.val("IBAN_CODE", make_iban(self.rng, country))
        return self

    def card(self, brand: str | None = None) -> Ctx:
        self.page.val("CREDIT_CARD", make_card(self.rng, brand))
        return self

    def ip(self, kind: str | None = None, v6: float = 0.2) -> Ctx:
        self.page.val("IP_ADDRESS", make_ipv6(self.rng) if self.rng.random() < v6 else make_ipv4(self.rng, kind))
        return self

    def ssn(self, style: str | None = None) -> Ctx:
        self.page.val("US_SSN", fmt_ssn(make_ssn(self.rng), style or self.pick(["dash", "dash", "space", "bare"])))
        return self

    # contexts ------------------------------------------------------------
    def label(self, words: list[str]) -> str:
        word = self.pick(words)
        form = self.rng.random()
        if form < 0.12:
            word = word.upper()
        sep = self.pick([": ", ": ", " ", ":\u00a0", " - ", ":&nbsp;", ":<br>", ":\n", " | "])
        if self.lang in ("zh", "ja") and self.rng.random() < 0.5:
            sep = self.pick(["：", "：", "/"])
        return word + sep

    def labelled(self, key: str, maker, after: float = 0.15) -> Ctx:
        if self.rng.random() < after:
            maker()
            return self.add(f" ({self.pick(self.L[key])})")
        self.add(self.label(self.L[key]))
        maker()
        return self

    def sentence(self, key: str, maker) -> Ctx:
        before, after = self.pick(self.L[key]).split("{v}")
        self.add(before)
        maker()
        return self.add(after)

    # look-alikes ---------------------------------------------------------
    def date(self) -> str:
        y, m, d = self.rng.randint(2019, 2027), self.rng.randint(1, 12), self.rng.randint(1, 28)
        style = {"en": "mdy/" if self.region == "US" else "dmy/", "de": "dmy.", "ru": "dmy.", "uk": "dmy.", "bg": "dmy.",
                 "pl": "dmy.", "cs": "d. m. y", "hr": "dmy.", "tr": "dmy.", "nl": "dmy-", "sv": "ymd-", "ja": "ymd/",
                 "zh": "ymd-", "ko": "ymd.", "fa": "fa", "th": "th", "hu": "ymd."}.get(self.lang, "dmy/")
        return {"mdy/": f"{m}/{d}/{y}", "dmy/": f"{d:02d}/{m:02d}/{y}", "dmy.": f"{d:02d}.{m:02d}.{y}", "dmy-": f"{d:02d}-{m:02d}-{y}",
                "ymd-": f"{y}-{m:02d}-{d:02d}", "ymd/": f"{y}/{m:02d}/{d:02d}", "ymd.": f"{y}. {m}. {d}.", "d. m. y": f"{d}. {m}. {y}",
                "fa": f"{y - 621}/{m:02d}/{d:02d}", "th": f"{d}/{m}/{y + 543}"}[style]

    def time(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.choice(['00', '15', '30', '45', '05'])}"

    def price(self, lo: int = 5, hi: int = 3000) -> str:
        v = self.rng.randint(lo * 100, hi * 100) / 100
        whole, cents = f"{v:,.2f}".split(".")
        cur = {"DE": "€", "AT": "€", "FR": "€", "BE": "€", "ES": "€", "IT": "€", "PT": "€", "NL": "€", "GR": "€", "CY": "€",
               "HR": "€", "CH": "CHF", "PL": "zł", "CZ": "Kč", "SE": "kr", "TR": "₺", "RU": "₽", "KZ": "₸", "UA": "грн",
               "BG": "лв.", "BR": "R$", "MX": "MXN", "AR": "ARS", "CO": "COP"}.get(self.region)
        if cur is None:
            sym = {"US": "$", "GB": "£", "IE": "€", "AU": "A$", "JP": "¥", "CN": "¥", "TW": "NT$", "HK": "HK$", "KR": "₩",
                   "IN": "₹", "TH": "฿", "VN": "₫", "IL": "₪", "SA": "SAR ", "AE": "AED ", "EG": "EGP ", "JO": "JOD ", "IR": "ریال "}[self.region]
            if self.region in ("JP", "KR", "VN", "IR"):
                return f"{sym}{int(v) * 100:,}"
            return f"{sym}{whole}.{cents}"
        if self.region in ("FR", "PL", "CZ", "SE", "RU", "UA", "BG", "KZ", "CH"):
            return f"{whole.replace(',', NBSP)},{cents} {cur}"
        return f"{whole.replace(',', '.')},{cents} {cur}"

    def noise(self) -> str:
        """A look-alike that is not PII."""
        r = self.rng
        kinds = [
            lambda: self.date(), lambda: self.date() + " " + self.time(), lambda: self.price(),
            lambda: f"{r.randint(10000000, 99999999)}", lambda: f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
            lambda: f"978-{r.randint(0, 9)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(0, 9)}",
            lambda: f"{r.randint(4000000000000, 4999999999999)}", lambda: f"{r.uniform(-60, 70):.5f}, {r.uniform(-170, 170):.5f}",
            lambda: f"{r.choice(['v', 'ver. ', 'build ', 'fw '])}{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 99)}.{r.randint(0, 9)}",
            lambda: f"35{r.randint(1000000000000, 9999999999999)}", lambda: masked_card(r), lambda: bad_card(r),
            lambda: bad_iban(r, r.choice(["DE", "FR", "IT", "ES", "NL", "PL"])), lambda: make_itin(r), lambda: make_ein(r),
            lambda: bad_ssn(r), lambda: r.choice(["255.255.255.0", "255.255.0.0", "0.0.0.255", "127.0.0.1", "0.0.0.0", "255.255.255.255", "::1"]),
            lambda: f"{r.randint(1990, 2015)}–{r.randint(2016, 2026)}", lambda: f"{r.randint(0, 7)}:{r.randint(0, 7)}",
            lambda: f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
            lambda: "".join(r.choice("0123456789abcdef") for _ in range(r.choice([12, 40]))),
            lambda: f"89{r.randint(10 ** 16, 10 ** 17 - 1)}", lambda: f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
            lambda: f"AS{r.randint(1000, 65000)}", lambda: f"{r.randint(100000000, 999999999)}",
        ]
        return r.choice(kinds)()


# ---------------------------------------------------------------- registers
# Each register writes one document into ctx; words are the page's own.

def person(c: Ctx) -> str:
    return c.pick(FIRST[c.lang])


def contact_lines(c: Ctx, n: int = 2) -> None:
    """A contact block: label before/after, mixed line, or markup remnants."""
    mode = c.rng.random()
    if mode < 0.2:
        c.add("**").add(c.pick(c.L["tel"])).add("**&nbsp;").phone().add(" | ").email().add("\n")
        return
    if mode < 0.3:
        c.phone().add(" · ").email().add(" · ").iban().add("\n")
        return
    if mode < 0.42:
        t1, t2 = c.pick(c.L["tel"]), c.pick(c.L["fax"])
        c.add(f"{t1}/{t2}: ").phone().add(" / ").phone().add("\n")
        if c.rng.random() < 0.6:
            c.labelled("mail", c.email).add("\n")
        return
    for key in ["tel", "mob", "fax", "mail"][: n + 1]:
        if c.rng.random() < (0.5 if key == "mail" else 0.75):
            c.labelled(key, c.email if key == "mail" else c.phone).add("\n")


def reg_phone_bill(c: Ctx) -> None:
    w = {"de": ("Einzelverbindungsnachweis", "Datum", "Uhrzeit", "Zielrufnummer", "Dauer", "Betrag", "Kundennummer", "Rechnungsnummer"),
         "fr": ("Détail des communications", "Date", "Heure", "Numéro appelé", "Durée", "Montant", "N° client", "N° de facture"),
         "it": ("Dettaglio traffico", "Data", "Ora", "Numero chiamato", "Durata", "Importo", "Codice cliente", "Fattura n."),
         "pl": ("Biling szczegółowy", "Data", "Godzina", "Numer docelowy", "Czas", "Kwota", "Nr klienta", "Nr faktury"),
         "ru": ("Детализация звонков", "Дата", "Время", "Номер абонента", "Длит.", "Сумма", "Лицевой счёт", "Счёт №"),
         "cs": ("Výpis hovorů", "Datum", "Čas", "Volané číslo", "Délka", "Cena", "Zákaznické číslo", "Faktura č.")}[c.lang]
    c.add(f"{w[0]}\n{w[6]}: {c.rng.randint(100000000, 999999999)}   {w[7]}: {c.rng.randint(2024, 2026)}{c.rng.randint(100000, 999999)}\n\n")
    c.add(f"{w[1]:<12}{w[2]:<8}{w[3]:<24}{w[4]:<10}{w[5]}\n")
    for _ in range(c.rng.randint(4, 8)):
        c.add(f"{c.date():<12}{c.time():<8}")
        text, _ = c.phone_text(ext=False)
        c.page.val("PHONE_NUMBER", text)
        c.add(" " * max(2, 24 - len(text)) + f"{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}     {c.price(0, 9)}\n")
    c.add(f"\n{c.noise()}  ·  {c.noise()}\n")


def reg_porting(c: Ctx) -> None:
    w = {"nl": ("Verzoek tot nummerbehoud", "Over te zetten nummer", "Huidige provider", "Klantnummer", "SIM-kaartnummer (ICCID)", "Gewenste datum", "Bereikbaar op"),
         "es": ("Solicitud de portabilidad", "Número a portar", "Operador actual", "N.º de cliente", "ICCID de la SIM", "Fecha deseada", "Teléfono de contacto"),
         "pt": ("Pedido de portabilidade", "Número a portar", "Operadora atual", "N.º de cliente", "ICCID do cartão SIM", "Data pretendida", "Contacto alternativo"),
         "tr": ("Numara taşıma başvurusu", "Taşınacak numara", "Mevcut operatör", "Müşteri no", "SIM seri no (ICCID)", "Talep edilen tarih", "Ulaşılacak numara")}[c.lang]
    c.add(f"{w[0]}\n\n{w[1]}: ").phone(ext=False, region=c.region).add(f"\n{w[2]}: {c.pick(['Vodafone', 'Orange', 'Movistar', 'Turkcell', 'KPN', 'MEO'])}\n")
    c.add(f"{w[3]}: {c.rng.randint(1000000, 99999999)}\n{w[4]}: 89{c.rng.randint(10 ** 17, 10 ** 18 - 1)}\n{w[5]}: {c.date()}\n")
    c.labelled("mail", c.email).add("\n")
    c.add(f"{w[6]}: ").phone(region=c.region).add("\n")


def reg_dsn(c: Ctx) -> None:
    mta = f"mx{c.rng.randint(1, 9)}.{c.pick(DOMAIN_WORDS)}.{c.tld.split('.')[-1]}"
    head = {"en": ("Delivery Status Notification (Failure)", "Your message couldn't be delivered to", "The remote server said:"),
            "de": ("Unzustellbar: Ihre Nachricht", "Ihre Nachricht konnte nicht zugestellt werden an", "Der entfernte Server meldete:"),
            "ja": ("配信不能通知", "次の宛先にメッセージを配信できませんでした:", "相手サーバーの応答:")}[c.lang]
    c.add(f"{head[0]}\n\n{head[1]} ").email().add("\n\n")
    c.add(f"Reporting-MTA: dns; {mta}\nArrival-Date: {c.date()} {c.time()}:{c.rng.randint(10, 59)}\n\nFinal-Recipient: rfc822; ").email()
    c.add("\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; " + mta + " [").ip("public", v6=0.3).add("]\n")
    c.add(f"Diagnostic-Code: smtp; 550 5.1.1 User unknown\n{head[2]} 550 5.1.1 <{c.rng.randint(10 ** 9, 10 ** 10)}.{c.rng.randint(100, 999)}@{mta}>\n")
    c.add("X-Originating-IP: [").ip("private", v6=0).add("]\n")


def reg_dmarc(c: Ctx) -> None:
    c.add("<?xml version=\"1.0\"?>\n<feedback>\n <report_metadata>\n  <org_name>" + c.pick(DOMAIN_WORDS) + ".com</org_name>\n  <email>")
    c.email().add(f"</email>\n  <report_id>{c.rng.randint(10 ** 15, 10 ** 16)}</report_id>\n  <date_range><begin>{c.rng.randint(1700000000, 1790000000)}</begin></date_range>\n </report_metadata>\n")
    for _ in range(c.rng.randint(2, 4)):
        c.add(" <record>\n  <row>\n   <source_ip>").ip(v6=0.2).add(f"</source_ip>\n   <count>{c.rng.randint(1, 400)}</count>\n")
        c.add(f"   <policy_evaluated><disposition>{c.pick(['none', 'quarantine'])}</disposition></policy_evaluated>\n  </row>\n </record>\n")
    c.add("</feedback>\n")


def reg_login_alert(c: Ctx) -> None:
    w = {"en": ("New sign-in to your account", "We noticed a new sign-in on {d}.", "Device", "IP address", "If this wasn't you, call us:"),
         "fr": ("Nouvelle connexion à votre compte", "Nouvelle connexion le {d}.", "Appareil", "Adresse IP", "Si ce n'était pas vous, appelez-nous :"),
         "es": ("Nuevo inicio de sesión", "Detectamos un inicio de sesión el {d}.", "Dispositivo", "Dirección IP", "Si no fuiste tú, llama al"),
         "ko": ("새로운 로그인 알림", "{d}에 새로운 로그인이 감지되었습니다.", "기기", "IP 주소", "본인이 아니라면 고객센터로 연락하세요:"),
         "zh": ("新设备登录提醒", "您的账户于{d}在新设备上登录。", "设备", "IP地址", "如非本人操作，请致电客服："),
         "ru": ("Новый вход в аккаунт", "Мы заметили вход {d}.", "Устройство", "IP-адрес", "Если это были не вы, позвоните:")}[c.lang]
    c.add(f"{w[0]}\n\n{w[1].format(d=c.date() + ' ' + c.time())}\n{w[2]}: Chrome {c.rng.randint(100, 131)}.0.{c.rng.randint(1000, 6999)}.{c.rng.randint(10, 200)} / Windows 10.0.{c.rng.randint(10000, 22631)}\n")
    c.add(f"{w[3]}: ").ip(v6=0.3).add("\n")
    if c.rng.random() < 0.4:
        c.add(f"{w[3]} (VPN): ").ip("public").add(f"  ({c.noise()})\n")
    c.add(f"{w[4]} ").phone(region=c.region).add("\n")
    if c.rng.random() < 0.4:
        c.add(f"\n{c.pick(c.L['mail'])}: ").email().add("\n")


def reg_game_server(c: Ctx) -> None:
    w = {"en": ("Server list", "Players", "Version", "Join our Discord or mail the admin at", "local test"),
         "ru": ("Список серверов", "Игроков", "Версия", "Вопросы админу:", "локальный тест"),
         "pl": ("Lista serwerów", "Gracze", "Wersja", "Kontakt z adminem:", "test lokalny"),
         "pt": ("Lista de servidores", "Jogadores", "Versão", "Fala com o admin:", "teste local")}[c.lang]
    c.add(f"{w[0]}\n")
    for _ in range(c.rng.randint(3, 6)):
        name = c.pick(["SkyBlock", "Survival+", "PvP Arena", "Factions", "RP City", "Anarchy"])
        if c.rng.random() < 0.15:
            c.add(f"{name} | [").ip("public", v6=1).add("]")
        else:
            c.add(f"{name} | ").ip("public", v6=0)
        c.add(f":{c.pick([25565, 27015, 7777, 2302, 19132])} | {w[1]} {c.rng.randint(0, 200)}/{c.rng.randint(200, 500)} | {w[2]} 1.{c.rng.randint(8, 21)}.{c.rng.randint(1, 4)}\n")
    c.add(f"\n{w[4]}: 127.0.0.1:25565\n{w[3]} ").email().add("\n")


def reg_traceroute(c: Ctx) -> None:
    intro = {"en": "My connection drops every evening, here is the traceroute:",
             "de": "Abends bricht die Verbindung ständig ab, hier der Traceroute:",
             "ru": "Каждый вечер пропадает связь, вот трассировка:"}[c.lang]
    c.add(f"{intro}\n\ntraceroute to {c.pick(DOMAIN_WORDS)}.net, 30 hops max\n")
    c.add(" 1  fritz.box (").ip("private", v6=0).add(f")  {c.rng.uniform(0.5, 3):.3f} ms\n")
    for hop in range(2, c.rng.randint(5, 9)):
        c.add(f" {hop}  ").ip("public", v6=0).add(f"  {c.rng.uniform(5, 80):.3f} ms  {c.rng.uniform(5, 80):.3f} ms\n")
    nm = {"en": ("netmask", "gateway", "prefix"), "de": ("Netzmaske", "Gateway", "Präfix"), "ru": ("маска", "шлюз", "префикс")}[c.lang]
    c.add(f"\n{nm[0]} 255.255.255.0, {nm[1]} ").ip("private", v6=0).add(f", AS{c.rng.randint(3000, 60000)}, {nm[2]} ").ip("public", v6=0).add("/24\n")
    end = {"en": "ISP hotline is useless, anyone?", "de": "Hotline des Providers: ", "ru": "Провайдер не отвечает, вот их номер "}[c.lang]
    c.add(end)
    if c.lang != "en":
        c.phone(region=c.region)
    c.add("\n")


def reg_mt103(c: Ctx) -> None:
    c.add(f"{{1:F01{c.pick(['DEUTDEFF', 'BNPAFRPP', 'COBADEFF', 'INGBNL2A'])}XXX{c.rng.randint(1000, 9999)}{c.rng.randint(100000, 999999)}}}{{2:I103}}\n")
    c.add(f":20:{c.rng.randint(10 ** 9, 10 ** 10)}\n:23B:CRED\n:32A:{c.rng.randint(24, 27)}{c.rng.randint(1, 12):02d}{c.rng.randint(1, 28):02d}EUR{c.rng.randint(100, 99999)},{c.rng.randint(0, 99):02d}\n")
    c.add(":50K:/").iban().add(f"\n{c.pick(['ALPINA GMBH', 'NORDLICHT AG', 'VALVERDE SL'])}\n:57A:{c.pick(['BCITITMM', 'CAIXESBB', 'RABONL2U'])}\n:59:/").iban()
    c.add(f"\n{c.pick(['KAVKA S.R.O.', 'TULIPA BV', 'OLYMPOS AE'])}\n:70:INV {c.rng.randint(1000, 99999)} / {c.noise()}\n:71A:SHA\n-}}\n")


def reg_payslip(c: Ctx) -> None:
    w = {"de": ("Entgeltabrechnung", "Personalnr.", "SV-Nummer", "Zeitraum", "Brutto", "Netto", "Auszahlung auf"),
         "fr": ("Bulletin de paie", "Matricule", "N° de sécurité sociale", "Période", "Salaire brut", "Net à payer", "Virement sur"),
         "nl": ("Loonstrook", "Personeelsnr.", "BSN", "Periode", "Bruto", "Netto", "Uitbetaald op"),
         "it": ("Cedolino paga", "Matricola", "Codice fiscale", "Periodo", "Lordo", "Netto in busta", "Accredito su"),
         "es": ("Nómina", "N.º empleado", "N.º afiliación SS", "Periodo", "Devengado", "Líquido a percibir", "Abono en")}[c.lang]
    nid = {"de": f"{c.rng.randint(10, 99)} {c.rng.randint(100000, 999999)} {c.pick('ABCDEFGHKLMNPRS')} {c.rng.randint(100, 999)}",
           "fr": f"{c.rng.randint(1, 2)} {c.rng.randint(60, 99)} {c.rng.randint(1, 12):02d} {c.rng.randint(10, 95)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)} {c.rng.randint(10, 97)}",
           "nl": f"{c.rng.randint(100000000, 999999999)}", "it": "RSSMRA" + f"{c.rng.randint(50, 99)}A{c.rng.randint(10, 70)}H{c.rng.randint(100, 999)}Z",
           "es": f"{c.rng.randint(10, 52)}/{c.rng.randint(10000000, 99999999)}/{c.rng.randint(10, 99)}"}[c.lang]
    c.add(f"{w[0]} {c.rng.randint(1, 12):02d}/{c.rng.randint(2024, 2026)}\n{person(c)}\n{w[1]}: {c.rng.randint(1000, 99999)}   {w[2]}: {nid}\n")
    c.add(f"{w[3]}: {c.date()} – {c.date()}\n\n{w[4]:<22}{c.price(3000, 6000)}\n{w[5]:<22}{c.price(1200, 2900)}\n\n{w[6]}:\n").iban().add("\n")
    if c.rng.random() < 0.5:
        c.add(f"{c.pick(c.L['tel'])} HR: ").phone(ext=c.rng.random() < 0.4).add("\n")


def reg_cancellation(c: Ctx) -> None:
    w = {"de": ("Kündigung meines Vertrags", "Vertragsnummer", "Kundennummer", "hiermit kündige ich fristgerecht zum {d}. Das SEPA-Lastschriftmandat für mein Konto {i} widerrufe ich.",
                "Bestätigen Sie mir bitte die Kündigung schriftlich; telefonisch bin ich unter {p} erreichbar.", "Mit freundlichen Grüßen"),
         "fr": ("Résiliation de mon contrat", "N° de contrat", "N° client", "je résilie mon abonnement au {d} et révoque le mandat de prélèvement sur le compte {i}.",
                "Merci de me confirmer la résiliation ; vous pouvez me joindre au {p}.", "Cordialement"),
         "it": ("Disdetta del contratto", "Numero contratto", "Codice cliente", "con la presente comunico la disdetta dal {d} e revoco l'addebito diretto sul conto {i}.",
                "Vi prego di confermare per iscritto; sono raggiungibile al {p}.", "Distinti saluti"),
         "pl": ("Wypowiedzenie umowy", "Nr umowy", "Nr klienta", "niniejszym wypowiadam umowę z dniem {d} i odwołuję polecenie zapłaty z rachunku {i}.",
                "Proszę o pisemne potwierdzenie; jestem dostępny pod numerem {p}.", "Z poważaniem"),
         "hr": ("Raskid ugovora", "Broj ugovora", "Broj korisnika", "ovim raskidam ugovor s danom {d} i opozivam izravno terećenje računa {i}.",
                "Molim pisanu potvrdu; dostupan sam na {p}.", "S poštovanjem"),
         "cs": ("Výpověď smlouvy", "Číslo smlouvy", "Zákaznické číslo", "tímto vypovídám smlouvu k {d} a ruším inkaso z účtu {i}.",
                "Prosím o písemné potvrzení; zastihnete mě na čísle {p}.", "S pozdravem")}[c.lang]
    c.add(f"{w[0]}\n{w[1]}: {c.rng.choice(['V', 'K', ''])}{c.rng.randint(10 ** 6, 10 ** 9)}\n{w[2]}: {c.rng.randint(10 ** 5, 10 ** 8)}\n\n")
    a, rest = w[3].split("{d}")
    b, d2 = rest.split("{i}")
    c.add(a + c.date() + b).iban(c.region if c.region in HAS_IBAN else None).add(d2 + "\n")
    a, b = w[4].split("{p}")
    c.add(a).phone(region=c.region).add(b + f"\n\n{w[5]}\n{person(c)}\n")
    if c.rng.random() < 0.5:
        c.email().add("\n")


def reg_rma(c: Ctx) -> None:
    w = {"en": ("Return request (RMA)", "Order no.", "Serial number", "Reason", "Screen flickers after the 2.4.1.7 firmware update.", "Best number to reach me"),
         "de": ("Rücksendeanfrage (RMA)", "Bestellnr.", "Seriennummer", "Grund", "Bildschirm flackert seit dem Firmware-Update 2.4.1.7.", "Rückrufnummer"),
         "sv": ("Returförfrågan (RMA)", "Ordernr", "Serienummer", "Orsak", "Skärmen flimrar efter uppdatering 2.4.1.7.", "Nås bäst på"),
         "es": ("Solicitud de devolución (RMA)", "N.º de pedido", "N.º de serie", "Motivo", "La pantalla parpadea desde la actualización 2.4.1.7.", "Teléfono de contacto")}[c.lang]
    c.add(f"{w[0]}\n{w[1]}: {c.rng.randint(10 ** 8, 10 ** 9)}-{c.rng.randint(10, 99)}\n{w[2]}: SN{c.rng.randint(10 ** 9, 10 ** 10)}   IMEI {c.noise() if c.rng.random() < 0.3 else '35' + str(c.rng.randint(10 ** 12, 10 ** 13 - 1))}\n")
    c.add(f"{w[3]}: {w[4]}\n{w[5]}: ").phone(region=c.region).add(f"\n{c.pick(c.L['mail'])}: ").email().add("\n")
    r = c.rng.random()
    if r < 0.3:
        c.add(f"{c.pick(c.L['card'])} **** {c.rng.randint(1000, 9999)}\n")
    elif r < 0.75:
        c.add(f"{c.pick(c.L['card'])}: ").card().add("\n")


def reg_business_card(c: Ctx) -> None:
    title = {"ja": ["営業部 課長", "技術部", "代表取締役"], "zh": ["销售经理", "技术总监", "总经理"], "ko": ["영업팀 과장", "대표이사"],
             "en": ["Sales Director", "Head of Operations"], "de": ["Vertriebsleiter", "Geschäftsführerin"]}[c.lang]
    post = {"ja": f"〒{c.rng.randint(100, 999)}-{c.rng.randint(1000, 9999)}", "zh": f"邮编 {c.rng.randint(100000, 999999)}",
            "ko": f"우편번호 {c.rng.randint(10000, 63999)}", "en": f"Suite {c.rng.randint(100, 999)}", "de": f"D-{c.rng.randint(10000, 99999)}"}[c.lang]
    c.add(f"{c.pick(DOMAIN_WORDS).upper()}\n{title and c.pick(title)}\n{person(c)}\n{post}\n")
    odd = c.rng.random() < 0.4
    for key in ["tel", "fax", "mob", "mail"]:
        if c.rng.random() < 0.8:
            lab = c.pick(c.L[key])
            c.add((" ".join(lab) if odd and lab.isascii() else lab) + c.pick([" ", ": ", "  ", "："]))
            (c.email if key == "mail" else c.phone)()
            c.add("\n")
    c.add(f"{c.noise()}\n")


def reg_fax_cover(c: Ctx) -> None:
    w = {"en": ("FAX COVER SHEET", "To", "From", "Pages (incl. cover)", "Date", "Please call if pages are missing."),
         "fr": ("BORDEREAU DE TÉLÉCOPIE", "Destinataire", "Expéditeur", "Nombre de pages", "Date", "Merci de nous appeler si des pages manquent."),
         "es": ("HOJA DE FAX", "Para", "De", "N.º de páginas", "Fecha", "Si faltan páginas, llame por favor."),
         "de": ("FAX-DECKBLATT", "An", "Von", "Seitenzahl", "Datum", "Bei unvollständigem Empfang bitte anrufen."),
         "it": ("FRONTESPIZIO FAX", "A", "Da", "Pagine", "Data", "Se mancano pagine, chiamate.")}[c.lang]
    c.add(f"{w[0]}\n\n{w[1]}: {person(c)}\n{c.pick(c.L['fax'])}: ").phone(ext=False).add(f"\n{w[2]}: {person(c)}\n")
    c.add(f"{c.pick(c.L['fax'])}: ").phone(ext=False).add(f"   {c.pick(c.L['tel'])}: ").phone().add(f"\n{w[3]}: {c.rng.randint(2, 14)}   {w[4]}: {c.date()}\n\n{w[5]}\n")
    if c.rng.random() < 0.6:
        c.add(f"\n{c.pick(c.L['card']).upper()}  ").card().add(f"   {c.rng.randint(1, 12):02d}/{c.rng.randint(26, 31)}\n")


def reg_recruitment(c: Ctx) -> None:
    w = {"en": ("Volunteers wanted for a sleep study", "Aged 18–{a}, non-smokers. Compensation: {p}.", "Interested? "),
         "nl": ("Proefpersonen gezocht voor slaaponderzoek", "Leeftijd 18–{a}, niet-rokers. Vergoeding: {p}.", "Interesse? "),
         "sv": ("Försökspersoner sökes till sömnstudie", "Ålder 18–{a}, icke-rökare. Ersättning: {p}.", "Intresserad? "),
         "he": ("דרושים משתתפים למחקר שינה", "גילאי 18–{a}, לא מעשנים. תגמול: {p}.", "מעוניינים? ")}[c.lang]
    c.add(f"{w[0]}\n{w[1].format(a=c.rng.randint(35, 65), p=c.price(20, 300))}\nRef. {c.rng.randint(2020, 2026)}-{c.rng.randint(100, 999)}\n{w[2]}")
    c.sentence("call", c.phone).add(" / ").email().add("\n")


def reg_video_desc(c: Ctx) -> None:
    w = {"en": ("Chapters", "Business inquiries", "Gear I use", ["intro", "unboxing", "first test", "Q&A"]),
         "es": ("Capítulos", "Contacto comercial", "Mi equipo", ["intro", "desempaquetado", "prueba", "preguntas"]),
         "pt": ("Capítulos", "Parcerias", "Equipamento", ["abertura", "unboxing", "teste", "perguntas"]),
         "hi": ("अध्याय", "व्यावसायिक पूछताछ", "मेरे उपकरण", ["परिचय", "अनबॉक्सिंग", "टेस्ट", "सवाल-जवाब"])}[c.lang]
    c.add(f"{w[0]}\n")
    for _ in range(c.rng.randint(3, 5)):
        c.add(f"{c.rng.randint(0, 40):02d}:{c.rng.randint(0, 59):02d} {c.pick(w[3])}\n")
    c.add(f"\n{w[1]}: ").email().add("\n")
    if c.rng.random() < 0.5:
        c.add("WhatsApp ").phone(ext=False).add("\n")
    c.add(f"{w[2]}: ISBN 978-{c.rng.randint(0, 9)}-{c.rng.randint(100, 999)}-{c.rng.randint(10000, 99999)}-{c.rng.randint(0, 9)} · v{c.rng.randint(1, 9)}.{c.rng.randint(0, 9)}\n")


def reg_social_bio(c: Ctx) -> None:
    w = {"tr": "Sipariş için DM 📩", "ar": "للطلب راسلونا 📩", "fa": "برای سفارش دایرکت بدید 📩", "th": "สั่งซื้อทักแชท 📩", "ko": "주문은 DM 📩"}[c.lang]
    c.add(f"✨ {c.pick(DOMAIN_WORDS)} ✨\n{w}\n📞 ").phone(ext=False, region=c.region).add("\n")
    if c.rng.random() < 0.6:
        c.add("✉️ ").email().add("\n")
    c.add(f"💰 {c.price(5, 400)}  ·  {c.date()}\n")
    if c.region in HAS_IBAN and c.rng.random() < 0.5:
        c.add(f"{c.pick(c.L['iban'])}: ").iban(c.region).add("\n")


def reg_constituency(c: Ctx) -> None:
    w = {"en": ("Constituency office", "Advice surgeries every Friday 10:00–13:00 (appointments only).", "Parliament office"),
         "fr": ("Permanence parlementaire", "Permanence le vendredi de 10 h à 13 h, sur rendez-vous.", "Assemblée"),
         "de": ("Wahlkreisbüro", "Bürgersprechstunde freitags 10–13 Uhr, nur mit Termin.", "Berliner Büro"),
         "el": ("Πολιτικό γραφείο", "Δεχόμαστε πολίτες κάθε Παρασκευή 10:00–13:00.", "Γραφείο Βουλής"),
         "uk": ("Громадська приймальня", "Прийом громадян щоп'ятниці 10:00–13:00.", "Офіс у Раді")}[c.lang]
    c.add(f"{w[0]} – {person(c)}\n{w[1]}\n\n")
    contact_lines(c, 3)
    c.add(f"\n{w[2]}\n")
    c.labelled("tel", c.phone, after=0.3).add("\n")


def reg_trade_fair(c: Ctx) -> None:
    w = {"de": ("Ausstellerverzeichnis", "Halle", "Stand"), "it": ("Elenco espositori", "Padiglione", "Stand"),
         "zh": ("参展商名录", "展馆", "展位"), "en": ("Exhibitor list", "Hall", "Booth")}[c.lang]
    c.add(f"{w[0]} {c.rng.randint(2025, 2027)}\n\n")
    for _ in range(c.rng.randint(2, 4)):
        c.add(f"{c.pick(DOMAIN_WORDS).title()} · {w[1]} {c.rng.randint(1, 12)} · {w[2]} {c.pick('ABCDE')}{c.rng.randint(10, 99)}\n")
        if c.rng.random() < 0.5:
            c.phone().add("  ").email().add("\n")
        else:
            contact_lines(c, 1)
        c.add("\n")


def reg_registry(c: Ctx) -> None:
    w = {"pl": ("Odpis z KRS", f"KRS 0000{c.rng.randint(100000, 999999)}", f"NIP {c.rng.randint(100, 999)}-{c.rng.randint(100, 999)}-{c.rng.randint(10, 99)}-{c.rng.randint(10, 99)}", "Kapitał zakładowy"),
         "cs": ("Výpis z obchodního rejstříku", f"IČO {c.rng.randint(10000000, 99999999)}", f"DIČ CZ{c.rng.randint(10000000, 99999999)}", "Základní kapitál"),
         "bg": ("Справка от Търговския регистър", f"ЕИК {c.rng.randint(100000000, 999999999)}", f"ДДС № BG{c.rng.randint(100000000, 999999999)}", "Капитал"),
         "ru": ("Выписка из ЕГРЮЛ", f"ОГРН {c.rng.randint(10 ** 12, 10 ** 13 - 1)}", f"ИНН {c.rng.randint(10 ** 9, 10 ** 10 - 1)}", "Уставный капитал"),
         "hr": ("Izvadak iz sudskog registra", f"MBS {c.rng.randint(10000000, 99999999)}", f"OIB {c.rng.randint(10 ** 10, 10 ** 11 - 1)}", "Temeljni kapital"),
         "uk": ("Витяг з ЄДР", f"ЄДРПОУ {c.rng.randint(10000000, 99999999)}", f"ІПН {c.rng.randint(10 ** 11, 10 ** 12 - 1)}", "Статутний капітал")}[c.lang]
    c.add(f"{w[0]}\n{c.pick(DOMAIN_WORDS).upper()}\n{w[1]}\n{w[2]}\n{w[3]}: {c.price(1000, 90000)}\n{c.date()}\n\n")
    contact_lines(c, 2)
    if c.region in HAS_IBAN and c.rng.random() < 0.6:
        c.labelled("iban", c.iban).add("\n")


def reg_noise_complaint(c: Ctx) -> None:
    w = {"fr": ("Objet : nuisances sonores", "Madame, Monsieur, depuis le {d}, le bar situé au n° {n} diffuse de la musique jusqu'à 3 h.", "Je reste joignable au {p} ou par courriel : "),
         "es": ("Asunto: ruidos nocturnos", "Desde el {d}, el local del número {n} pone música hasta las 3:00.", "Pueden localizarme en el {p} o en "),
         "it": ("Oggetto: disturbo della quiete", "Dal {d} il locale al civico {n} tiene la musica alta fino alle 3.", "Sono reperibile al {p} oppure "),
         "el": ("Θέμα: ηχορύπανση", "Από τις {d} το μπαρ στον αριθμό {n} παίζει μουσική ως τις 3:00.", "Μπορείτε να με βρείτε στο {p} ή στο ")}[c.lang]
    c.add(f"{w[0]}\n\n{w[1].format(d=c.date(), n=c.rng.randint(1, 240))}\n")
    a, b = w[2].split("{p}")
    c.add(a).phone(region=c.region).add(b).email().add(f"\n\n{person(c)}\n")


def reg_casting(c: Ctx) -> None:
    w = {"en": ("CASTING CALL", "Seeking: {g}, playing age 18–{a}, height {h} m.", "Shoot dates", "Send headshots to"),
         "fr": ("APPEL À CANDIDATURES – CASTING", "Recherche : {g}, âge de jeu 18–{a} ans, taille {h} m.", "Dates de tournage", "Photos à envoyer à"),
         "es": ("CASTING ABIERTO", "Buscamos: {g}, edad 18–{a}, estatura {h} m.", "Fechas de rodaje", "Envía tus fotos a"),
         "ko": ("배우 모집", "모집: {g}, 나이 18–{a}세, 키 {h}m.", "촬영 일정", "프로필 보낼 곳")}[c.lang]
    g = {"en": "female lead", "fr": "rôle principal féminin", "es": "protagonista femenina", "ko": "여자 주연"}[c.lang]
    c.add(f"{w[0]}\n{w[1].format(g=g, a=c.rng.randint(25, 40), h=f'{c.rng.uniform(1.55, 1.9):.2f}')}\n{w[2]}: {c.date()} – {c.date()}\n{w[3]}: ").email().add("\n")
    if c.rng.random() < 0.6:
        c.sentence("call", c.phone).add("\n")


def reg_ski_school(c: Ctx) -> None:
    w = {"de": ("Buchungsbestätigung Skischule", "Kurs", "Kinderskikurs, 5 Halbtage", "Gesamtbetrag", "Garantie-Kreditkarte", "Notfallnummer während des Kurses"),
         "fr": ("Confirmation de réservation – École de ski", "Cours", "Piou-Piou, 5 demi-journées", "Montant total", "Carte de garantie", "Numéro d'urgence pendant le cours"),
         "it": ("Conferma prenotazione scuola sci", "Corso", "Corso bimbi, 5 mezze giornate", "Totale", "Carta a garanzia", "Numero per emergenze")}[c.lang]
    c.add(f"{w[0]}\n{ {'de': 'Nr.', 'fr': 'N°', 'it': 'N.'}[c.lang]} {c.rng.randint(10 ** 5, 10 ** 6)}\n{w[1]}: {w[2]} ({c.date()} – {c.date()}, {c.time()})\n{w[3]}: {c.price(150, 900)}\n{w[4]}: ")
    if c.rng.random() < 0.85:
        c.card()
    else:
        c.add(masked_card(c.rng))
    c.add(f" (exp. {c.rng.randint(1, 12):02d}/{c.rng.randint(26, 31)})\n")
    if c.rng.random() < 0.6:
        c.add({"de": "Anzahlung bitte auf IBAN ", "fr": "Acompte par virement, IBAN ", "it": "Acconto con bonifico, IBAN "}[c.lang]).iban(c.region).add("\n")
    c.add(f"{w[5]}: ").phone(ext=False, region=c.region).add("\n")
    c.labelled("mail", c.email).add("\n")


def reg_carpool(c: Ctx) -> None:
    w = {"de": ("Mitfahrgelegenheit", "Abfahrt", "Preis pro Platz", "Noch 2 Plätze frei."),
         "fr": ("Covoiturage", "Départ", "Prix par place", "Encore 2 places."),
         "pl": ("Wspólny przejazd", "Wyjazd", "Cena za miejsce", "Zostały 2 miejsca."),
         "cs": ("Spolujízda", "Odjezd", "Cena za místo", "Volná 2 místa."),
         "hr": ("Zajednička vožnja", "Polazak", "Cijena po mjestu", "Još 2 slobodna mjesta.")}[c.lang]
    city = {"hr": ("Zagreb", "Split"), "de": ("München", "Berlin"), "fr": ("Lyon", "Paris"), "pl": ("Kraków", "Gdańsk"), "cs": ("Brno", "Praha")}[c.lang]
    c.add(f"{w[0]}: {city[0]} → {city[1]}\n{w[1]}: {c.date()} {c.time()}\n{w[2]}: {c.price(8, 45)}\n{w[3]} ")
    c.sentence("call", lambda: c.phone(ext=False, region=c.region)).add("\n")


def reg_tutoring(c: Ctx) -> None:
    w = {"de": ("Nachhilfe Mathe & Physik", "Pro Stunde"), "ru": ("Репетитор по математике", "За час"),
         "tr": ("Özel ders: Matematik", "Saatlik"), "ar": ("دروس خصوصية في الرياضيات", "للساعة"), "hi": ("गणित की ट्यूशन", "प्रति घंटा"),
         "he": ("שיעורים פרטיים במתמטיקה", "לשעה"), "fa": ("تدریس خصوصی ریاضی", "هر ساعت")}[c.lang]
    c.add(f"{w[0]}\n{w[1]}: {c.price(10, 60)}\n")
    if c.lang in ("ru", "tr") and c.rng.random() < 0.5:
        c.add({"ru": "Оплата переводом на карту ", "tr": "Ödeme karta: "}[c.lang]).card(c.pick(["mir", "visa"]) if c.lang == "ru" else "visa").add("\n")
    r = c.rng.random()
    if r < 0.4:
        c.sentence("call", lambda: c.phone(region=c.region)).add("\n")
    elif r < 0.7:
        c.labelled("mob", lambda: c.phone(ext=False, region=c.region), after=0.4).add("\n")
    else:
        c.phone(ext=False, region=c.region).add("\n")
    if c.rng.random() < 0.5:
        c.sentence("write", c.email).add("\n")


def reg_photo_studio(c: Ctx) -> None:
    w = {"ru": ("Прайс фотостудии", ["Портрет", "Свадьба", "Семейная съёмка"]), "uk": ("Прайс фотостудії", ["Портрет", "Весілля", "Сімейна зйомка"]),
         "bg": ("Цени на фотостудио", ["Портрет", "Сватба", "Семейна фотосесия"]), "th": ("ราคาสตูดิโอถ่ายภาพ", ["ภาพบุคคล", "งานแต่ง", "ครอบครัว"]),
         "vi": ("Bảng giá studio", ["Chân dung", "Cưới", "Gia đình"])}[c.lang]
    c.add(f"{w[0]}\n")
    for item in w[1]:
        c.add(f"{item} – {c.price(20, 900)} ({c.rng.randint(1, 4)} h)\n")
    c.add("\n")
    contact_lines(c, 2)
    if c.rng.random() < 0.7:
        pre = {"ru": "Предоплата на карту ", "uk": "Передоплата на картку ", "bg": "Капаро по карта ", "th": "มัดจำโอนเข้าบัตร ",
               "vi": "Đặt cọc vào thẻ "}[c.lang]
        c.add(pre).card("mir" if c.lang == "ru" else c.pick(["visa", "mastercard"])).add(f" ({person(c)})\n")
    if c.region in HAS_IBAN and c.rng.random() < 0.5:
        c.sentence("wire", c.iban).add("\n")


def reg_formmail(c: Ctx) -> None:
    """A web shop's form-to-mail notification: the fields as the script dumps them."""
    w = {"de": ("Neue Bestellung über das Kontaktformular", "Name", "Karteninhaber", "Gültig bis", "Prüfziffer", "Nachricht", "Bitte bis Freitag liefern."),
         "fr": ("Nouvelle commande via le formulaire", "Nom", "Titulaire", "Expiration", "Cryptogramme", "Message", "Livraison avant vendredi svp."),
         "es": ("Nuevo pedido desde el formulario", "Nombre", "Titular", "Caducidad", "CVV", "Mensaje", "Entregar antes del viernes."),
         "it": ("Nuovo ordine dal modulo", "Nome", "Intestatario", "Scadenza", "CVV", "Messaggio", "Consegna entro venerdì."),
         "nl": ("Nieuwe bestelling via het formulier", "Naam", "Kaarthouder", "Geldig tot", "CVC", "Bericht", "Graag voor vrijdag leveren."),
         "pl": ("Nowe zamówienie z formularza", "Imię i nazwisko", "Posiadacz karty", "Ważna do", "CVV", "Wiadomość", "Proszę dostarczyć do piątku."),
         "pt": ("Nova encomenda pelo formulário", "Nome", "Titular", "Validade", "CVV", "Mensagem", "Entregar até sexta."),
         "tr": ("Formdan yeni sipariş", "Ad Soyad", "Kart sahibi", "Son kullanma", "CVV", "Mesaj", "Cumaya kadar teslim edin lütfen."),
         "hr": ("Nova narudžba putem obrasca", "Ime", "Vlasnik kartice", "Vrijedi do", "CVV", "Poruka", "Molim dostavu do petka."),
         "en": ("New order from the contact form", "Name", "Cardholder", "Expiry", "CVV", "Message", "Please ship before Friday."),
         "el": ("Νέα παραγγελία από τη φόρμα", "Όνομα", "Κάτοχος", "Λήξη", "CVV", "Μήνυμα", "Παράδοση έως Παρασκευή.")}[c.lang]
    sep = c.pick([": ", " = ", " => ", "\t"])
    c.add(f"{w[0]} #{c.rng.randint(1000, 99999)}\n{'-' * 30}\n{w[1]}{sep}{person(c)}\n")
    c.add(c.pick(c.L["mail"]) + sep).email().add("\n" + c.pick(c.L["tel"]) + sep).phone().add("\n")
    if c.rng.random() < 0.95:
        c.add(c.pick(c.L["card"]) + sep).card().add(f"\n{w[2]}{sep}{person(c)}\n{w[3]}{sep}{c.rng.randint(1, 12):02d}/{c.rng.randint(26, 32)}\n{w[4]}{sep}{c.rng.randint(100, 999)}\n")
    if c.rng.random() < 0.6:
        c.add(c.pick(c.L["iban"]) + sep).iban().add("\n")
    c.add(f"{w[5]}{sep}{w[6]} {c.noise()}\n")


def reg_debit_batch(c: Ctx) -> None:
    """A club's or landlord's direct-debit batch exported as CSV: the IBAN column is named only once."""
    h = {"de": "Name;IBAN;BIC;Betrag;Mandatsreferenz;Fälligkeit", "nl": "Naam;IBAN;BIC;Bedrag;Machtigingskenmerk;Incassodatum",
         "fr": "Nom;IBAN;BIC;Montant;RUM;Échéance", "it": "Nome;IBAN;BIC;Importo;Rif. mandato;Scadenza",
         "es": "Nombre;IBAN;BIC;Importe;Ref. mandato;Vencimiento", "hr": "Ime;IBAN;BIC;Iznos;Referenca ovlaštenja;Dospijeće",
         "pt": "Nome;IBAN;BIC;Montante;Ref. autorização;Vencimento"}[c.lang]
    title = {"de": "Lastschrifteinzug Mitgliedsbeiträge", "nl": "Incassobestand contributie", "fr": "Prélèvements cotisations",
             "it": "Addebiti quote associative", "es": "Remesa de recibos de socios", "hr": "Izravna terećenja članarina",
             "pt": "Débitos diretos de quotas"}[c.lang]
    country = c.region if c.region in HAS_IBAN else c.pick(IBAN_COUNTRIES)
    c.add(f"{title} – {c.date()}\n{h}\n")
    for _ in range(c.rng.randint(2, 5)):
        c.add(f"{person(c)};").iban(country if c.rng.random() < 0.8 else None)
        c.add(f";{c.pick(['COBADEFFXXX', 'INGBNL2A', 'BNPAFRPP', 'UNCRITMM', 'CAIXESBB', 'ZABAHR2X', 'CGDIPTPL'])};{c.price(5, 120)};"
              f"M-{c.rng.randint(2019, 2026)}-{c.rng.randint(1, 999):03d};{c.date()}\n")
    c.add(f"{c.pick(c.L['tel'])}: ").phone(region=c.region).add("\n")


def reg_expense(c: Ctx) -> None:
    """A travel-expense claim: corporate card on file, reimbursement account."""
    w = {"en": ("Travel expense claim", "Trip", "Hotel", "Train", "Paid with corporate card", "Reimburse balance to", "Approver"),
         "de": ("Reisekostenabrechnung", "Reise", "Hotel", "Bahn", "Bezahlt mit Firmenkarte", "Erstattung auf", "Genehmigt von"),
         "fr": ("Note de frais", "Déplacement", "Hôtel", "Train", "Réglé par carte société", "Rembourser sur", "Valideur"),
         "sv": ("Reseräkning", "Resa", "Hotell", "Tåg", "Betalt med företagskort", "Ersättning till", "Attestant"),
         "ja": ("出張旅費精算書", "出張", "ホテル", "新幹線", "法人カードで支払", "精算額振込先", "承認者"),
         "cs": ("Vyúčtování pracovní cesty", "Cesta", "Hotel", "Vlak", "Placeno firemní kartou", "Proplatit na", "Schválil"),
         "tr": ("Seyahat masraf formu", "Seyahat", "Otel", "Tren", "Şirket kartıyla ödendi", "Geri ödeme hesabı", "Onaylayan")}[c.lang]
    c.add(f"{w[0]}\n{w[1]}: {c.date()} – {c.date()}\n{w[2]}: {c.price(60, 900)}\n{w[3]}: {c.price(10, 200)}\n{w[4]}: ").card().add("\n")
    if c.region in HAS_IBAN:
        c.add(f"{w[5]}: ").iban(c.region).add("\n")
    else:
        c.add(f"{w[5]}: {c.rng.randint(1000, 9999)}-{c.rng.randint(1000000, 9999999)}\n")
    if c.rng.random() < 0.45:
        c.add(f"{c.pick(c.L['card'])} (2): ").card().add(f"  {c.price(5, 90)}\n")
    c.add(f"{w[6]}: {person(c)}, ").phone(ext=True).add("\n")


def reg_ticket_thread(c: Ctx) -> None:
    """A shop's support ticket: the customer pastes a card, the agent answers (and masks it)."""
    w = {"en": ("Ticket", "Customer", "Agent", "I was charged twice, the card is {v}, please refund.", "We have refunded the charge to the card ending {m}. Please never send full card numbers by e-mail.", "Order"),
         "de": ("Ticket", "Kunde", "Support", "Mir wurde doppelt abgebucht, Karte {v}, bitte erstatten.", "Die Gutschrift ging auf die Karte mit Endziffern {m}. Bitte senden Sie nie vollständige Kartennummern per E-Mail.", "Bestellung"),
         "es": ("Incidencia", "Cliente", "Agente", "Me cobraron dos veces, la tarjeta es {v}, devolvedme el dinero.", "Hemos devuelto el cargo a la tarjeta terminada en {m}. No envíe nunca el número completo.", "Pedido"),
         "it": ("Ticket", "Cliente", "Operatore", "Addebito doppio sulla carta {v}, chiedo il rimborso.", "Rimborso effettuato sulla carta che termina con {m}. Non inviate mai il numero completo.", "Ordine"),
         "pt": ("Chamado", "Cliente", "Atendente", "Fui cobrado duas vezes no cartão {v}, quero o estorno.", "Estornamos no cartão final {m}. Nunca envie o número completo.", "Pedido"),
         "pl": ("Zgłoszenie", "Klient", "Konsultant", "Pobrano opłatę dwa razy z karty {v}, proszę o zwrot.", "Zwrot poszedł na kartę kończącą się na {m}. Prosimy nie wysyłać pełnego numeru karty.", "Zamówienie"),
         "ru": ("Обращение", "Клиент", "Оператор", "Списали дважды с карты {v}, верните деньги.", "Возврат выполнен на карту, оканчивающуюся на {m}. Никогда не присылайте полный номер карты.", "Заказ"),
         "ja": ("問い合わせ", "お客様", "担当", "二重に請求されました。カード番号は{v}です。返金をお願いします。", "末尾{m}のカードへ返金しました。カード番号全体をメールで送らないでください。", "注文番号"),
         "ko": ("문의", "고객", "상담원", "두 번 결제되었어요. 카드번호 {v} 환불 부탁드립니다.", "끝자리 {m} 카드로 환불되었습니다. 카드번호 전체를 보내지 마세요.", "주문번호"),
         "zh": ("工单", "客户", "客服", "被重复扣款了，卡号是{v}，请退款。", "已退回尾号{m}的卡。请勿通过邮件发送完整卡号。", "订单号")}[c.lang]
    c.add(f"{w[0]} #{c.rng.randint(100000, 999999)} · {w[5]} {c.rng.randint(10 ** 7, 10 ** 8)} · {c.date()} {c.time()}\n\n{w[1]} ({person(c)}):\n")
    before, after = w[3].split("{v}")
    c.add(before).card()
    last = c.page.spans[-1]["text"][-4:]
    c.add(after + "\n")
    if c.rng.random() < 0.6:
        c.add("\n" + c.pick(c.L["card"]) + " 2: ").card().add("\n")
    if c.rng.random() < 0.4:
        c.labelled("tel", c.phone).add("\n")
    c.add(f"\n{w[2]}:\n{w[4].format(m=last)}\n")


def reg_lender_chat(c: Ctx) -> None:
    """An SMS thread with a payday lender: the SSN is marked only by the question before it; the routing
    and account numbers beside it are nine digits too."""
    w = {"en": ("Today", "Lender", "Me", ["whats your social?", "need ur SSN to run it", "last thing, social security #?"],
                ["its {v}", "{v}", "ok it's {v}"], "routing {r} acct {a}", "ok approved, funds by 5pm. call {p} with questions"),
         "es": ("Hoy", "Prestamista", "Yo", ["¿cuál es tu número de seguro social?", "mándame tu seguro social", "¿y tu social?"],
                ["es el {v}", "{v}", "ok, {v}"], "ruta {r} cuenta {a}", "aprobado, el dinero llega hoy. dudas al {p}")}[c.lang]
    c.add(f"{w[0]} {c.time()}\n{w[1]}: {c.pick(w[3])}\n{w[2]}: ")
    before, after = c.pick(w[4]).split("{v}")
    c.add(before).ssn(c.pick(["dash", "space", "bare", "bare"])).add(after + "\n")
    c.add(f"{w[2]}: " + w[5].format(r=f"{c.rng.randint(10000000, 32999999)}{c.rng.randint(0, 9)}", a=c.rng.randint(100000000, 999999999)) + "\n")
    before, after = w[6].split("{p}")
    c.add(f"{w[1]}: {before}").phone(region="US", ext=False).add(after + "\n")


# US forms: SSNs in every way US paperwork writes them --------------------------------------------

US_WORDS = {
    "en": {"ssn": ["Social Security Number", "SSN", "Soc. Sec. No.", "SS#", "Social Security No."], "tel": "Phone", "mail": "Email",
               "said": "my social is {v}", "case": "Case No.", "date_lbl": "Date", "nodash": "(no dashes)", "body": "Height 5'{a}\" · Weight {b} lb · DOB {d}",
               "policy": "Employer FEIN {e} · Policy {p}", "benefit": "Box 3 Benefits paid in {y}", "claim": "Claim number (BNC#)",
               "benef": "| Beneficiary | SSN |", "card": "Direct deposit to card: "},
    "es": {"ssn": ["Número de Seguro Social", "No. de Seguro Social", "SSN"], "tel": "Teléfono", "mail": "Correo electrónico",
               "said": "mi número de seguro social es {v}", "case": "Núm. de caso", "date_lbl": "Fecha", "nodash": "(sin guiones)",
               "body": "Estatura 5'{a}\" · Peso {b} lb · Fecha de nacimiento {d}", "policy": "FEIN del empleador {e} · Póliza {p}",
               "benefit": "Casilla 3 Beneficios pagados en {y}", "claim": "Número de reclamo (BNC#)", "benef": "| Beneficiario | Núm. de Seguro Social |",
               "card": "Depósito a tarjeta: "},
    "zh": {"ssn": ["社会安全号码", "社安号", "SSN"], "tel": "电话", "mail": "电子邮件", "said": "我的社安号是{v}", "case": "案件编号", "date_lbl": "日期", "nodash": "(不加横线)",
               "body": "身高 5'{a}\" · 体重 {b} 磅 · 出生日期 {d}", "policy": "雇主 FEIN {e} · 保单号 {p}", "card": "存入卡号："},
    "vi": {"ssn": ["Số An Sinh Xã Hội", "SSN"], "tel": "Điện thoại", "mail": "Email", "said": "số an sinh xã hội của tôi là {v}", "case": "Số hồ sơ", "date_lbl": "Ngày", "nodash": "(không có gạch ngang)",
               "body": "Chiều cao 5'{a}\" · Cân nặng {b} lb · Ngày sinh {d}"},
    "ko": {"ssn": ["사회보장번호", "SSN"], "tel": "전화번호", "mail": "이메일", "said": "제 사회보장번호는 {v}입니다", "case": "사건 번호", "date_lbl": "날짜", "nodash": "(하이픈 없이)",
               "body": "키 5'{a}\" · 몸무게 {b} lb · 생년월일 {d}"},
}


def us_ssn_field(c: Ctx) -> None:
    """An SSN in one of the ways US paper writes it; unseparated only beside its name."""
    u = US_WORDS[c.lang]
    r = c.rng.random()
    if r < 0.45:
        lab = c.pick(u["ssn"])
        c.add((lab.upper() if c.rng.random() < 0.2 else lab) + c.pick([": ", ": ", " ", " #", ":\n"])).ssn()
    elif r < 0.6:
        c.ssn(c.pick(["dash", "space"])).add(f" ({c.pick(u['ssn'])})")
    elif r < 0.8:
        before, after = u["said"].split("{v}")
        c.add(before).ssn().add(after)
    else:
        c.add(f"{c.pick(u['ssn'])} {u['nodash']}: ").ssn("bare")


def us_other_numbers(c: Ctx) -> None:
    picks = [f"EIN {make_ein(c.rng)}", f"ITIN {make_itin(c.rng)}", f"{US_WORDS[c.lang]['case']} {c.rng.randint(10, 99)}-{c.rng.randint(10000, 99999)}",
             f"ZIP {c.rng.randint(10000, 99999)}-{c.rng.randint(1000, 9999)}", f"{c.rng.randint(100000000, 999999999)}",
             f"ABA {c.rng.randint(10000000, 39999999)}{c.rng.randint(0, 9)}", bad_ssn(c.rng), f"DL {c.pick('ABCDEFGHS')}{c.rng.randint(1000000, 9999999)}"]
    c.add(" · ".join(c.rng.sample(picks, 3)) + "\n")


def us_contact(c: Ctx) -> None:
    u = US_WORDS[c.lang]
    c.add(f"{u['tel']}: ").phone(region="US", ext=c.rng.random() < 0.15).add("\n")
    if c.rng.random() < 0.35:
        c.add(f"{u['mail']}: ").email().add("\n")


def us_form(c: Ctx, titles: dict[str, str], extra) -> None:
    c.add(f"{titles[c.lang]}\n{US_WORDS[c.lang]['date_lbl']}: {c.date()}\n\n")
    us_ssn_field(c)
    c.add("\n")
    us_other_numbers(c)
    extra(c)
    us_contact(c)


def reg_bankruptcy(c: Ctx) -> None:
    def extra(c: Ctx) -> None:
        if c.rng.random() < 0.5:
            c.add("Debtor 2 — Social Security number: ").ssn("dash").add("\nI do not have an ITIN. Last 4 digits only on other filings: xxx-xx-" + f"{c.rng.randint(1000, 9999)}\n")
    us_form(c, {"en": "Official Form 121 — Statement About Your Social Security Numbers\nUnited States Bankruptcy Court"}, extra)


def reg_idtheft(c: Ctx) -> None:
    def extra(c: Ctx) -> None:
        msg = {"en": "Fraudulent card opened in my name: ", "es": "Tarjeta abierta a mi nombre sin permiso: "}[c.lang]
        c.add(msg).card().add(f" ({c.date()})\n")
        if c.rng.random() < 0.5:
            c.add(msg).card().add(f" ({c.date()}, {c.price(50, 5000)})\n")
    us_form(c, {"en": "Identity Theft Report (FTC)", "es": "Informe de robo de identidad (FTC)"}, extra)


def reg_dmv(c: Ctx) -> None:
    def extra(c: Ctx) -> None:
        c.add(US_WORDS[c.lang]["body"].format(a=c.rng.randint(0, 11), b=c.rng.randint(100, 260), d=c.date()) + "\n")
    us_form(c, {"en": "Driver License / ID Card Application (DL 44)", "es": "Solicitud de licencia de manejar (DL 44)",
                "zh": "驾驶执照/身份证申请表 (DL 44)", "vi": "Đơn xin bằng lái xe (DL 44)", "ko": "운전면허증 신청서 (DL 44)"}, extra)


def reg_child_support(c: Ctx) -> None:
    def extra(c: Ctx) -> None:
        msg = {"en": "Noncustodial parent SSN: ", "es": "Número de Seguro Social del padre no custodio: "}[c.lang]
        owed = {"en": "Arrears", "es": "Atrasos"}[c.lang]
        c.add(msg).ssn().add(f"\n{owed}: ${c.rng.randint(100, 30000):,}.{c.rng.randint(0, 99):02d}\n")
    us_form(c, {"en": "Child Support Services — Case Notice", "es": "Servicios de Manutención Infantil — Aviso del caso"}, extra)


def reg_ssa1099(c: Ctx) -> None:
    def extra(c: Ctx) -> None:
        u = US_WORDS[c.lang]
        c.add(f"{u['benefit'].format(y=c.rng.randint(2022, 2025))}: ${c.rng.randint(5000, 40000):,}.00\n")
        c.add(f"{u['claim']} {c.rng.randint(10 ** 8, 10 ** 9)}A\n")
        if c.rng.random() < 0.4:
            c.add(u["benef"] + "\n|---|---|\n| " + person(c) + " | ").ssn(c.pick(["dash", "bare"])).add(" |\n")
    us_form(c, {"en": "FORM SSA-1099 — SOCIAL SECURITY BENEFIT STATEMENT", "es": "FORMULARIO SSA-1099 — DECLARACIÓN DE BENEFICIOS"}, extra)


def reg_workers_comp(c: Ctx) -> None:
    def extra(c: Ctx) -> None:
        u = US_WORDS[c.lang]
        c.add(u["policy"].format(e=make_ein(c.rng), p=c.rng.randint(10 ** 7, 10 ** 8)) + "\n")
        c.add(u["card"]).card(c.pick(["visa", "mastercard", "discover"])).add("\n")
    us_form(c, {"en": "Workers' Compensation Claim Form (DWC-1)", "es": "Formulario de reclamo de compensación (DWC-1)",
                "zh": "工伤赔偿申请表 (DWC-1)"}, extra)


# register -> (function, languages)
REGISTERS: dict[str, tuple] = {
    "phone_bill": (reg_phone_bill, ["de", "fr", "it", "pl", "ru", "cs"]),
    "number_porting": (reg_porting, ["nl", "es", "pt", "tr"]),
    "mail_bounce": (reg_dsn, ["en", "de", "ja"]),
    "dmarc_report": (reg_dmarc, ["en"]),
    "login_alert": (reg_login_alert, ["en", "fr", "es", "ko", "zh", "ru"]),
    "game_servers": (reg_game_server, ["en", "ru", "pl", "pt"]),
    "traceroute_paste": (reg_traceroute, ["en", "de", "ru"]),
    "swift_mt103": (reg_mt103, ["en"]),
    "payslip": (reg_payslip, ["de", "fr", "nl", "it", "es"]),
    "cancellation_letter": (reg_cancellation, ["de", "fr", "it", "pl", "cs", "hr"]),
    "rma_request": (reg_rma, ["en", "de", "sv", "es"]),
    "business_card_ocr": (reg_business_card, ["ja", "zh", "ko", "en", "de"]),
    "fax_cover": (reg_fax_cover, ["en", "fr", "es", "de", "it"]),
    "study_recruitment": (reg_recruitment, ["en", "nl", "sv", "he"]),
    "video_description": (reg_video_desc, ["en", "es", "pt", "hi"]),
    "social_bio": (reg_social_bio, ["tr", "ar", "fa", "th", "ko"]),
    "constituency_office": (reg_constituency, ["en", "fr", "de", "el", "uk"]),
    "trade_fair_exhibitors": (reg_trade_fair, ["de", "it", "zh", "en"]),
    "registry_extract": (reg_registry, ["pl", "cs", "bg", "ru", "uk", "hr"]),
    "formmail_notification": (reg_formmail, ["de", "fr", "es", "it", "nl", "pl", "pt", "tr", "hr", "en", "el"]),
    "debit_batch_csv": (reg_debit_batch, ["de", "nl", "fr", "it", "es", "hr", "pt"]),
    "ticket_thread": (reg_ticket_thread, ["en", "de", "es", "it", "pt", "pl", "ru", "ja", "ko", "zh"]),
    "expense_claim": (reg_expense, ["en", "de", "fr", "sv", "ja", "cs", "tr"]),
    "noise_complaint": (reg_noise_complaint, ["fr", "es", "it", "el"]),
    "casting_call": (reg_casting, ["en", "fr", "es", "ko"]),
    "ski_school": (reg_ski_school, ["de", "fr", "it"]),
    "carpool_offer": (reg_carpool, ["de", "fr", "pl", "cs", "hr"]),
    "tutoring_ad": (reg_tutoring, ["de", "ru", "tr", "ar", "hi", "he", "fa"]),
    "photo_studio": (reg_photo_studio, ["ru", "uk", "bg", "th", "vi"]),
    "us_bankruptcy_ssn": (reg_bankruptcy, ["en"]),
    "us_identity_theft": (reg_idtheft, ["en", "es"]),
    "us_dmv_application": (reg_dmv, ["en", "es", "zh", "vi", "ko"]),
    "us_child_support": (reg_child_support, ["en", "es"]),
    "us_ssa1099": (reg_ssa1099, ["en", "es"]),
    "us_workers_comp": (reg_workers_comp, ["en", "es", "zh"]),
    "us_lender_chat": (reg_lender_chat, ["en", "es"]),
}
US_REGISTERS = {k for k in REGISTERS if k.startswith("us_")}
# Draw weights: the US forms carry the SSNs, so they are drawn often enough for >= 10% of spans.
WEIGHTS = {k: (1.9 if k in US_REGISTERS else 1.5 if k in ("debit_batch_csv", "formmail_notification", "ticket_thread", "expense_claim", "swift_mt103") else 1.0)
           for k in REGISTERS}


# ---------------------------------------------------------------- checks
def _glued(text: str, start: int, end: int) -> bool:
    def alnum(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()
    return (start > 0 and alnum(text[start - 1]) and alnum(text[start])) or (end < len(text) and alnum(text[end]) and alnum(text[end - 1]))


CARD_RUN = re.compile(r"(?<![\d])\d(?:[ \-\u00a0]?\d){11,18}(?![\d])")
IBAN_RUN = re.compile(r"(?i)(?<![a-z0-9])[a-z]{2}\d{2}(?:[ ]?[a-z0-9]){10,30}")


def check_row(row: dict) -> list[str]:
    """Every gold-integrity problem of one row (empty when it is sound)."""
    text, spans, errors = row["text"], row["spans"], []
    region = next((r for r, t in TLD.items() if row["url"].split("/")[2].endswith("." + t)), "US")
    last = -1
    for s in spans:
        value = text[s["start"]:s["end"]]
        if value != s["text"]:
            errors.append(f"span text {s['text']!r} != {value!r}")
        if s["start"] < last:
            errors.append(f"overlap or order at {s['start']}")
        last = s["end"]
        if value != value.strip() or _glued(text, s["start"], s["end"]):
            errors.append(f"boundary of {value!r}")
        kind = s["type"]
        if kind == "PHONE_NUMBER" and not phone_ok(value, region):
            errors.append(f"phone not valid: {value!r}")
        elif kind == "CREDIT_CARD" and not card_ok(re.sub(r"[ \-\u00a0]", "", value)):
            errors.append(f"card not valid: {value!r}")
        elif kind == "IBAN_CODE" and not iban_ok(value):
            errors.append(f"iban not valid: {value!r}")
        elif kind == "IP_ADDRESS" and not ip_ok(value):
            errors.append(f"ip not valid: {value!r}")
        elif kind == "US_SSN" and not ssn_ok(re.sub(r"[ -]", "", value)):
            errors.append(f"ssn not valid: {value!r}")
        elif kind == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}", value):
            errors.append(f"email not valid: {value!r}")
    labelled = Counter(s["text"] for s in spans)
    for value, n in labelled.items():
        if len(value) >= 7 and text.count(value) != n:
            errors.append(f"{value!r} occurs {text.count(value)}x, labelled {n}x")
    covered = [(s["start"], s["end"]) for s in spans]

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in covered)
    for m in CARD_RUN.finditer(text):
        if card_ok(re.sub(r"\D", "", m.group())) and not inside(m.start(), m.end()):
            errors.append(f"unlabelled card {m.group()!r}")
    for m in IBAN_RUN.finditer(text):
        candidate = m.group().rstrip()
        for cut in range(len(candidate), 13, -1):
            if candidate[cut - 1] != " " and iban_ok(candidate[:cut]) and not inside(m.start(), m.start() + cut):
                errors.append(f"unlabelled iban {candidate[:cut]!r}")
                break
    return errors


# ---------------------------------------------------------------- the set
def draw(index: int) -> dict:
    for attempt in range(50):
        rng = random.Random(f"{SEED}:{index}:{attempt}")
        names = list(REGISTERS)
        register = rng.choices(names, weights=[WEIGHTS[n] for n in names])[0]
        fn, langs = REGISTERS[register]
        lang = rng.choice(langs)
        region = "US" if register in US_REGISTERS else rng.choice(LANGS[lang]["regions"])
        c = Ctx(rng, lang, region)
        fn(c)
        if rng.random() < 0.5:
            c.add(f"\n{c.noise()} · {c.noise()}\n")
        host = f"www.{rng.choice(DOMAIN_WORDS)}.{TLD[region]}"
        row = {"id": f"blind7-{index}", "half": "blind7", "register": register,
               "url": f"https://{host}/{register.replace('_', '-')}/{rng.randint(1, 9999)}", "language": lang,
               "text": c.page.text(), "spans": c.page.spans}
        if not check_row(row):
            return row
    raise RuntimeError(f"blind7-{index}: no sound draw in 50 attempts")


def generate(half: str = "blind7") -> list[dict]:
    return [draw(i) for i in range(N_DOCS)]


def load() -> list[dict]:
    """The committed set's rows."""
    return read_rows(DATA)


def phone_regions(rows: list[dict]) -> set[str]:
    """The regions phonenumbers assigns to the labelled phones that carry a country code or stand on their
    country's page."""
    regions = set()
    for row in rows:
        page = next((r for r, t in TLD.items() if row["url"].split("/")[2].endswith("." + t)), "US")
        for s in row["spans"]:
            if s["type"] != "PHONE_NUMBER":
                continue
            core = EXT_RE.sub("", to_ascii_digits(s["text"])).replace("(0)", "")
            core = "+" + core[2:] if core.startswith("00") else core
            try:
                regions.add(phonenumbers.region_code_for_number(phonenumbers.parse(core, page)))
            except phonenumbers.NumberParseException:
                continue
    return regions


def print_counts(rows: list[dict]) -> None:
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    print("spans per type:", {k: f"{v} ({v / total:.0%})" for k, v in types.most_common()})
    print("documents per register:", dict(Counter(r["register"] for r in rows).most_common()))
    print("documents per language:", dict(Counter(r["language"] for r in rows).most_common()))
    print("phone regions (phonenumbers):", len(phone_regions(rows)))
    print("documents not in English:", sum(r["language"] != "en" for r in rows))


if __name__ == "__main__":
    write_sets("", {"blind7": (DATA,)}, generate,
               "Write the seventh blind PII set (benchmarks/data/pii_blind7.jsonl).")
    print_counts(load() if DATA.exists() else generate())
