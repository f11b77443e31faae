"""A fifteenth blind PII test set (blind15): 29 registers no earlier generator names, written by a
fifteenth author who never read the PII step, its tests or docs, nor the other generators' code
(only their docstrings, to pick registers and writings they did not use). Scored once, by the lead.

1,344 documents (seed fixed, deterministic); 29 registers, each with 3+ layouts picked in turn and
36-55 documents; gold spans: phones 30.4%, IPs 21.2%, US SSNs 16.0%, e-mails 16.1%, cards 12.4%,
IBANs 3.9%; phones of 72 regions. Registers:
- machine output (en): Cisco ASA syslog, IIS W3C / IIS CSV / HTTPERR logs, Azure activity-log
  exports (JSON and portal CSV), Dovecot login/LMTP logs and `doveadm who`, Caddy JSON access logs,
  Envoy access logs and admin cluster dumps, pfSense filterlog CSV / GUI table / pfctl states,
  Unbound query and reply logs and local-data dumps;
- US forms, letters, chats and sheets carrying SSNs (en, es): jury questionnaires, escrow
  disbursement sheets, student-loan forbearance requests, credit-union membership forms as OCR
  gives them, food-bank intake sheets, payday-loan applications, child-support payment stubs,
  probation intake forms, esports prize payout (W-9 style) forms;
- pages of many countries: pest-control service reports, escape-room bookings, coffee-roaster
  wholesale orders, recording-studio bookings, bouldering-gym waivers, karaoke-room reservations,
  dojo memberships, philharmonic season-pass orders, timeshare exchange requests, surf-school
  bookings, haulage consignment notes, ticket-resale receipts.
Languages (54% of documents not English): en es fr de it pt nl pl ru uk el ar fa he hi zh ja ko th bg tr sv cs ro vi; every
document is written wholly in its page's language (machine logs in the tools' own English).
Layouts: label-colon forms (full, abbreviated, capitals, no colon), tables with the column header
far above, prose sentences only, label after the value, several values of mixed types on one line,
markup remnants and line breaks inside label/value pairs, bare values whose shape tells the type,
Tel/Fax pairs on one line, CSV/tab/pipe sheets pasted as text, support chats (US pages), OCR'd
labels (credit-union forms); phones national, international, E.164, 00-prefix, (0) trunk, dots,
slashes, non-breaking spaces, full-width and Arabic-Indic digits, extensions in 16 languages;
logs with IPs as ip/port, ip:port, [v6]:port, key=value, CSV and JSON.

Span rules (the project's policy, as blind3's): a span is exactly the value (no label, bracket,
mailto:, port, CIDR prefix, zone id, trailing punctuation); a phone's extension written right after
it is part of the span; e-mails need "@" and a dotted domain (Message-IDs, package@version pins,
handles, git/ssh remotes, container digests, user@host prompts, obfuscated forms, SOA mailboxes are
not labelled); loopback, unspecified, netmasks and broadcast are not labelled, private, link-local
and public addresses are; IBANs valid (schwifty), also lower-case and in print groups, wrong check
digits not; cards Luhn-valid with a real brand prefix and length (masked, Luhn-invalid, IMEIs not);
SSNs with a valid area/group/serial only (ITINs, EINs, 000/666/9xx areas not), unseparated SSNs only
where a label, header or sentence marks them; phones valid per phonenumbers (extension stripped),
vanity numbers not labelled. Hard negatives (dates, prices, references, ids, codes, versions, OIDs,
reverse-DNS names, masks, masked cards, wrong IBANs, ITINs/EINs, routing numbers) sit beside values.

Checks on writing: span text == text[start:end], no overlaps, spans not glued to an ASCII letter or
digit, every value re-validated by type. `python benchmarks/pii_blind15.py [--write-set]`.
"""

from __future__ import annotations

import ipaddress
import random
import sys
from pathlib import Path

import phonenumbers as pn
from schwifty import IBAN

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows, write_sets

SET_PATH = Path(__file__).resolve().parent / "data" / "pii_blind15.jsonl"
SEED = 1515

# ----------------------------------------------------------------------------- lexicon
# Per language: region, labels (full / abbreviated), extension word, sentences ({v} = value),
# a few names and mail domains, date/price writing.
LEX: dict[str, dict] = {
    "en": {"reg": "US", "tel": ("Phone", "Ph"), "mob": ("Cell", "C"), "fax": ("Fax", "F"), "mail": ("Email", "E"),
               "iban": ("IBAN", "IBAN"), "card": ("Card number", "Card #"), "ref": "Reference", "date": "Date", "total": "Total",
               "name": "Name", "ext": "ext.", "call": "Call me on {v} after six.", "mailto": "You can reach me at {v} any time.",
               "wire": "Please wire it to {v} by Friday.", "pay": "Charge it to my card {v}, exp 09/29.",
               "note": "Notes", "names": ["Dana Whitfield", "Marcus Oyelaran", "Jolene Kreutz", "Tobias Renfro"],
               "doms": ["outlook.com", "gmail.com", "yahoo.com", "comcast.net", "icloud.com"], "df": "us", "cur": "${:,.2f}"},
    "es": {"reg": "ES", "tel": ("Teléfono", "Tel."), "mob": ("Móvil", "Móv."), "fax": ("Fax", "Fax"), "mail": ("Correo electrónico", "Correo"),
               "iban": ("IBAN", "IBAN"), "card": ("Número de tarjeta", "Tarjeta"), "ref": "Referencia", "date": "Fecha", "total": "Importe total",
               "name": "Nombre", "ext": "ext.", "call": "Llámeme al {v} por la tarde.", "mailto": "Escríbame a {v} cuando pueda.",
               "wire": "Haga la transferencia a {v} antes del viernes.", "pay": "Cárguelo a mi tarjeta {v}, caduca 11/28.",
               "note": "Observaciones", "names": ["Lucía Ferrándiz", "Jorge Albarracín", "Inmaculada Roig", "Óscar Valdivieso"],
               "doms": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"], "df": "eu/", "cur": "{:,.2f} €"},
    "fr": {"reg": "FR", "tel": ("Téléphone", "Tél."), "mob": ("Portable", "Port."), "fax": ("Télécopie", "Fax"), "mail": ("Courriel", "Mél."),
               "iban": ("IBAN", "IBAN"), "card": ("Numéro de carte", "CB"), "ref": "Référence", "date": "Date", "total": "Montant TTC",
               "name": "Nom", "ext": "poste", "call": "Appelez-moi au {v} après 18 h.", "mailto": "Écrivez-moi à {v} si besoin.",
               "wire": "Merci de virer le solde sur {v} avant vendredi.", "pay": "Débitez ma carte {v}, expiration 04/28.",
               "note": "Remarques", "names": ["Élodie Marchand", "Thibaut Lacroix", "Soizic Le Gall", "Karim Benali"],
               "doms": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "df": "eu/", "cur": "{:,.2f} €"},
    "de": {"reg": "DE", "tel": ("Telefon", "Tel."), "mob": ("Mobil", "Mob."), "fax": ("Telefax", "Fax"), "mail": ("E-Mail", "Mail"),
               "iban": ("IBAN", "IBAN"), "card": ("Kartennummer", "Karte"), "ref": "Aktenzeichen", "date": "Datum", "total": "Gesamtbetrag",
               "name": "Name", "ext": "Durchwahl", "call": "Rufen Sie mich unter {v} an.", "mailto": "Schreiben Sie mir an {v}.",
               "wire": "Bitte überweisen Sie auf {v} bis Freitag.", "pay": "Belasten Sie meine Karte {v}, gültig bis 03/29.",
               "note": "Bemerkungen", "names": ["Jürgen Albrecht", "Sabine Kühnel", "Mehmet Yıldız", "Franziska Oberle"],
               "doms": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "df": "de", "cur": "{:,.2f} €"},
    "it": {"reg": "IT", "tel": ("Telefono", "Tel."), "mob": ("Cellulare", "Cell."), "fax": ("Fax", "Fax"), "mail": ("Posta elettronica", "E-mail"),
               "iban": ("IBAN", "IBAN"), "card": ("Numero carta", "Carta"), "ref": "Riferimento", "date": "Data", "total": "Totale",
               "name": "Nome", "ext": "int.", "call": "Mi chiami al {v} dopo pranzo.", "mailto": "Mi scriva a {v} quando vuole.",
               "wire": "Effettui il bonifico su {v} entro venerdì.", "pay": "Addebitate sulla mia carta {v}, scad. 07/28.",
               "note": "Note", "names": ["Giulia Benvenuti", "Alessandro Ferraris", "Chiara Lo Russo", "Matteo Quaglia"],
               "doms": ["libero.it", "tiscali.it", "virgilio.it", "alice.it"], "df": "eu/", "cur": "€ {:,.2f}"},
    "pt": {"reg": "PT", "tel": ("Telefone", "Tel."), "mob": ("Telemóvel", "Tlm."), "fax": ("Fax", "Fax"), "mail": ("Correio eletrónico", "Email"),
               "iban": ("IBAN", "IBAN"), "card": ("Número do cartão", "Cartão"), "ref": "Referência", "date": "Data", "total": "Total a pagar",
               "name": "Nome", "ext": "ext.", "call": "Ligue-me para o {v} depois das 18h.", "mailto": "Escreva-me para {v}.",
               "wire": "Faça a transferência para {v} até sexta.", "pay": "Debite no meu cartão {v}, validade 12/27.",
               "note": "Observações", "names": ["Inês Carvalhal", "Rui Magalhães", "Beatriz Sequeira", "Tiago Antunes"],
               "doms": ["sapo.pt", "gmail.com", "netcabo.pt", "iol.pt"], "df": "eu/", "cur": "{:,.2f} €"},
    "nl": {"reg": "NL", "tel": ("Telefoon", "Tel."), "mob": ("Mobiel", "Mob."), "fax": ("Fax", "Fax"), "mail": ("E-mailadres", "E-mail"),
               "iban": ("IBAN", "IBAN"), "card": ("Kaartnummer", "Kaart"), "ref": "Kenmerk", "date": "Datum", "total": "Totaal",
               "name": "Naam", "ext": "toestel", "call": "Bel me op {v} na vijven.", "mailto": "Mail me op {v}.",
               "wire": "Maak het over naar {v} voor vrijdag.", "pay": "Schrijf het af van mijn kaart {v}, geldig tot 05/29.",
               "note": "Opmerkingen", "names": ["Sanne de Vries", "Joost van Dijk", "Fleur Bakker", "Bram Hoekstra"],
               "doms": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"], "df": "nl", "cur": "€ {:,.2f}"},
    "pl": {"reg": "PL", "tel": ("Telefon", "Tel."), "mob": ("Komórka", "Kom."), "fax": ("Faks", "Faks"), "mail": ("Adres e-mail", "E-mail"),
               "iban": ("IBAN", "IBAN"), "card": ("Numer karty", "Karta"), "ref": "Sygnatura", "date": "Data", "total": "Do zapłaty",
               "name": "Imię i nazwisko", "ext": "wew.", "call": "Proszę dzwonić pod {v} po 17.", "mailto": "Proszę pisać na {v}.",
               "wire": "Proszę przelać na {v} do piątku.", "pay": "Proszę obciążyć moją kartę {v}, ważna do 02/28.",
               "note": "Uwagi", "names": ["Agnieszka Wróblewska", "Paweł Szymański", "Zofia Kaczmarek", "Krzysztof Nowak"],
               "doms": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], "df": "de", "cur": "{:,.2f} zł"},
    "ru": {"reg": "RU", "tel": ("Телефон", "Тел."), "mob": ("Мобильный", "Моб."), "fax": ("Факс", "Факс"), "mail": ("Электронная почта", "E-mail"),
               "iban": ("IBAN", "IBAN"), "card": ("Номер карты", "Карта"), "ref": "Номер заявки", "date": "Дата", "total": "Итого",
               "name": "ФИО", "ext": "доб.", "call": "Звоните мне по номеру {v} вечером.", "mailto": "Пишите на {v}.",
               "wire": "Переведите, пожалуйста, на {v} до пятницы.", "pay": "Спишите с моей карты {v}, срок 08/28.",
               "note": "Примечание", "names": ["Ольга Воронцова", "Дмитрий Лапин", "Анна Гущина", "Сергей Мельников"],
               "doms": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"], "df": "de", "cur": "{:,.2f} ₽"},
    "uk": {"reg": "UA", "tel": ("Телефон", "Тел."), "mob": ("Мобільний", "Моб."), "fax": ("Факс", "Факс"), "mail": ("Електронна пошта", "Ел. пошта"),
               "iban": ("IBAN", "IBAN"), "card": ("Номер картки", "Картка"), "ref": "Номер замовлення", "date": "Дата", "total": "Разом",
               "name": "ПІБ", "ext": "дод.", "call": "Телефонуйте мені на {v} після обіду.", "mailto": "Пишіть мені на {v}.",
               "wire": "Перекажіть кошти на {v} до п'ятниці.", "pay": "Спишіть з моєї картки {v}, дійсна до 10/27.",
               "note": "Примітки", "names": ["Оксана Кравчук", "Тарас Мельник", "Ірина Бойко", "Андрій Шевчук"],
               "doms": ["ukr.net", "i.ua", "meta.ua", "gmail.com"], "df": "de", "cur": "{:,.2f} грн"},
    "el": {"reg": "GR", "tel": ("Τηλέφωνο", "Τηλ."), "mob": ("Κινητό", "Κιν."), "fax": ("Φαξ", "Fax"), "mail": ("Ηλεκτρονικό ταχυδρομείο", "Email"),
               "iban": ("IBAN", "IBAN"), "card": ("Αριθμός κάρτας", "Κάρτα"), "ref": "Αρ. αναφοράς", "date": "Ημερομηνία", "total": "Σύνολο",
               "name": "Ονοματεπώνυμο", "ext": "εσωτ.", "call": "Καλέστε με στο {v} το απόγευμα.", "mailto": "Γράψτε μου στο {v}.",
               "wire": "Καταθέστε το ποσό στον {v} έως την Παρασκευή.", "pay": "Χρεώστε την κάρτα μου {v}, λήξη 06/28.",
               "note": "Παρατηρήσεις", "names": ["Ελένη Παπαδάκη", "Γιώργος Νικολαΐδης", "Μαρία Κωστοπούλου", "Νίκος Σταθόπουλος"],
               "doms": ["otenet.gr", "gmail.com", "yahoo.gr", "hol.gr"], "df": "eu/", "cur": "{:,.2f} €"},
    "ar": {"reg": "EG", "tel": ("الهاتف", "هاتف"), "mob": ("الجوال", "جوال"), "fax": ("الفاكس", "فاكس"), "mail": ("البريد الإلكتروني", "بريد"),
               "iban": ("رقم الآيبان", "IBAN"), "card": ("رقم البطاقة", "بطاقة"), "ref": "رقم المرجع", "date": "التاريخ", "total": "الإجمالي",
               "name": "الاسم", "ext": "داخلي", "call": "اتصل بي على {v} بعد العصر.", "mailto": "راسلني على {v} في أي وقت.",
               "wire": "يرجى التحويل إلى {v} قبل الجمعة.", "pay": "اخصم المبلغ من بطاقتي {v} تنتهي 09/28.",
               "note": "ملاحظات", "names": ["منى السيد", "أحمد عبد الرحمن", "ريم الشريف", "خالد منصور"],
               "doms": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.sa"], "df": "eu/", "cur": "{:,.2f} ج.م", "digits": "ar"},
    "fa": {"reg": "IR", "tel": ("تلفن", "تلفن"), "mob": ("تلفن همراه", "همراه"), "fax": ("دورنگار", "فکس"), "mail": ("پست الکترونیک", "ایمیل"),
               "iban": ("شماره شبا", "IBAN"), "card": ("شماره کارت", "کارت"), "ref": "شماره پیگیری", "date": "تاریخ", "total": "مبلغ کل",
               "name": "نام و نام خانوادگی", "ext": "داخلی", "call": "لطفاً با شماره {v} تماس بگیرید.", "mailto": "به نشانی {v} ایمیل بزنید.",
               "wire": "مبلغ را به {v} واریز کنید.", "pay": "از کارت من {v} برداشت کنید.",
               "note": "توضیحات", "names": ["مریم رضایی", "علی حسینی", "نگار محمدی", "رضا کریمی"],
               "doms": ["yahoo.com", "gmail.com", "chmail.ir", "outlook.com"], "df": "iso", "cur": "{:,.0f} ریال", "digits": "fa"},
    "he": {"reg": "IL", "tel": ("טלפון", "טל'"), "mob": ("נייד", "נייד"), "fax": ("פקס", "פקס"), "mail": ("דואר אלקטרוני", "דוא\"ל"),
               "iban": ("IBAN", "IBAN"), "card": ("מספר כרטיס", "כרטיס"), "ref": "מספר אסמכתא", "date": "תאריך", "total": "סה\"כ",
               "name": "שם מלא", "ext": "שלוחה", "call": "אפשר להתקשר אליי ל-{v} בערב.", "mailto": "כתבו לי ל-{v}.",
               "wire": "נא להעביר לחשבון {v} עד יום שישי.", "pay": "חייבו את הכרטיס שלי {v}, תוקף 01/29.",
               "note": "הערות", "names": ["נועה לוי", "איתי כהן", "שירה אברהם", "יוסי מזרחי"],
               "doms": ["walla.co.il", "gmail.com", "bezeqint.net", "012.net.il"], "df": "eu/", "cur": "₪{:,.2f}"},
    "hi": {"reg": "IN", "tel": ("फ़ोन", "फ़ोन"), "mob": ("मोबाइल", "मो."), "fax": ("फ़ैक्स", "फ़ैक्स"), "mail": ("ईमेल पता", "ईमेल"),
               "iban": ("आईबैन", "IBAN"), "card": ("कार्ड संख्या", "कार्ड"), "ref": "संदर्भ संख्या", "date": "दिनांक", "total": "कुल राशि",
               "name": "नाम", "ext": "एक्सटेंशन", "call": "मुझे {v} पर शाम को फ़ोन करें।", "mailto": "मुझे {v} पर लिखें।",
               "wire": "कृपया राशि {v} में जमा करें।", "pay": "मेरे कार्ड {v} से भुगतान लें।",
               "note": "टिप्पणी", "names": ["प्रिया शर्मा", "राहुल वर्मा", "अंजलि गुप्ता", "विक्रम सिंह"],
               "doms": ["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.com"], "df": "eu/", "cur": "₹{:,.2f}"},
    "zh": {"reg": "CN", "tel": ("电话", "电话"), "mob": ("手机", "手机"), "fax": ("传真", "传真"), "mail": ("电子邮箱", "邮箱"),
               "iban": ("国际银行账号", "IBAN"), "card": ("卡号", "卡号"), "ref": "单号", "date": "日期", "total": "合计",
               "name": "姓名", "ext": "转", "call": "请拨打{v}联系我。", "mailto": "请发邮件至{v}。",
               "wire": "请汇款至{v}。", "pay": "请从我的卡{v}扣款。",
               "note": "备注", "names": ["王丽华", "陈志强", "刘晓燕", "张伟"],
               "doms": ["qq.com", "163.com", "126.com", "sina.com"], "df": "zh", "cur": "¥{:,.2f}", "digits": "fw"},
    "ja": {"reg": "JP", "tel": ("電話番号", "TEL"), "mob": ("携帯", "携帯"), "fax": ("FAX番号", "FAX"), "mail": ("メールアドレス", "Mail"),
               "iban": ("IBAN", "IBAN"), "card": ("カード番号", "カード"), "ref": "受付番号", "date": "日付", "total": "合計金額",
               "name": "氏名", "ext": "内線", "call": "{v}までお電話ください。", "mailto": "{v}までご連絡ください。",
               "wire": "{v}へお振込みください。", "pay": "カード{v}で決済してください。",
               "note": "備考", "names": ["佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太"],
               "doms": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"], "df": "ja", "cur": "¥{:,.0f}", "digits": "fw"},
    "ko": {"reg": "KR", "tel": ("전화번호", "전화"), "mob": ("휴대폰", "H.P"), "fax": ("팩스", "FAX"), "mail": ("이메일", "메일"),
               "iban": ("IBAN", "IBAN"), "card": ("카드번호", "카드"), "ref": "접수번호", "date": "날짜", "total": "합계",
               "name": "성명", "ext": "내선", "call": "{v}로 연락 주세요.", "mailto": "{v}로 메일 주세요.",
               "wire": "{v} 계좌로 송금해 주세요.", "pay": "제 카드 {v}로 결제해 주세요.",
               "note": "비고", "names": ["김민지", "이준호", "박서연", "최동현"],
               "doms": ["naver.com", "daum.net", "hanmail.net", "gmail.com"], "df": "ko", "cur": "{:,.0f}원"},
    "th": {"reg": "TH", "tel": ("โทรศัพท์", "โทร."), "mob": ("มือถือ", "มือถือ"), "fax": ("แฟกซ์", "แฟกซ์"), "mail": ("อีเมล", "อีเมล"),
               "iban": ("IBAN", "IBAN"), "card": ("หมายเลขบัตร", "บัตร"), "ref": "เลขที่อ้างอิง", "date": "วันที่", "total": "รวมทั้งสิ้น",
               "name": "ชื่อ-นามสกุล", "ext": "ต่อ", "call": "ติดต่อฉันได้ที่ {v} ช่วงเย็น", "mailto": "ส่งอีเมลมาที่ {v}",
               "wire": "กรุณาโอนเงินไปที่ {v}", "pay": "ตัดเงินจากบัตร {v}",
               "note": "หมายเหตุ", "names": ["สมชาย ใจดี", "สุดารัตน์ ทองคำ", "อนุชา ศรีสุข", "พิมพ์ชนก แก้วมณี"],
               "doms": ["hotmail.com", "gmail.com", "yahoo.co.th", "outlook.co.th"], "df": "eu/", "cur": "{:,.2f} บาท"},
    "bg": {"reg": "BG", "tel": ("Телефон", "Тел."), "mob": ("Мобилен", "Моб."), "fax": ("Факс", "Факс"), "mail": ("Електронна поща", "Имейл"),
               "iban": ("IBAN", "IBAN"), "card": ("Номер на карта", "Карта"), "ref": "Номер на поръчка", "date": "Дата", "total": "Общо",
               "name": "Име", "ext": "вътр.", "call": "Обадете ми се на {v} следобед.", "mailto": "Пишете ми на {v}.",
               "wire": "Преведете сумата по {v} до петък.", "pay": "Таксувайте картата ми {v}.",
               "note": "Бележки", "names": ["Мария Петрова", "Георги Иванов", "Десислава Колева", "Николай Димитров"],
               "doms": ["abv.bg", "mail.bg", "gmail.com", "dir.bg"], "df": "de", "cur": "{:,.2f} лв."},
    "tr": {"reg": "TR", "tel": ("Telefon", "Tel"), "mob": ("Cep telefonu", "GSM"), "fax": ("Faks", "Faks"), "mail": ("E-posta", "E-posta"),
               "iban": ("IBAN", "IBAN"), "card": ("Kart numarası", "Kart"), "ref": "Sipariş no", "date": "Tarih", "total": "Genel toplam",
               "name": "Ad Soyad", "ext": "dahili", "call": "Beni {v} numarasından arayın.", "mailto": "Bana {v} adresinden yazın.",
               "wire": "Lütfen {v} hesabına havale edin.", "pay": "Kartımdan {v} tahsil edin.",
               "note": "Notlar", "names": ["Elif Yılmaz", "Mustafa Demir", "Zeynep Kaya", "Burak Çelik"],
               "doms": ["hotmail.com", "gmail.com", "yandex.com.tr", "mynet.com"], "df": "de", "cur": "{:,.2f} TL"},
    "sv": {"reg": "SE", "tel": ("Telefon", "Tfn"), "mob": ("Mobil", "Mobil"), "fax": ("Fax", "Fax"), "mail": ("E-post", "E-post"),
               "iban": ("IBAN", "IBAN"), "card": ("Kortnummer", "Kort"), "ref": "Ärendenummer", "date": "Datum", "total": "Att betala",
               "name": "Namn", "ext": "ankn.", "call": "Ring mig på {v} efter lunch.", "mailto": "Mejla mig på {v}.",
               "wire": "Sätt in beloppet på {v} före fredag.", "pay": "Dra beloppet från mitt kort {v}.",
               "note": "Övrigt", "names": ["Karin Lindqvist", "Erik Johansson", "Maja Berglund", "Anders Nyström"],
               "doms": ["telia.com", "bredband.net", "gmail.com", "hotmail.se"], "df": "iso", "cur": "{:,.2f} kr"},
    "cs": {"reg": "CZ", "tel": ("Telefon", "Tel."), "mob": ("Mobil", "Mob."), "fax": ("Fax", "Fax"), "mail": ("E-mail", "E-mail"),
               "iban": ("IBAN", "IBAN"), "card": ("Číslo karty", "Karta"), "ref": "Číslo objednávky", "date": "Datum", "total": "Celkem",
               "name": "Jméno", "ext": "linka", "call": "Volejte mi na {v} odpoledne.", "mailto": "Pište mi na {v}.",
               "wire": "Prosím pošlete platbu na {v} do pátku.", "pay": "Strhněte to z mé karty {v}.",
               "note": "Poznámka", "names": ["Tereza Dvořáková", "Jakub Novotný", "Lucie Procházková", "Martin Černý"],
               "doms": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"], "df": "de", "cur": "{:,.2f} Kč"},
    "ro": {"reg": "RO", "tel": ("Telefon", "Tel."), "mob": ("Mobil", "Mob."), "fax": ("Fax", "Fax"), "mail": ("E-mail", "E-mail"),
               "iban": ("Cont IBAN", "IBAN"), "card": ("Număr card", "Card"), "ref": "Număr comandă", "date": "Data", "total": "Total de plată",
               "name": "Nume", "ext": "int.", "call": "Sunați-mă la {v} după-amiaza.", "mailto": "Scrieți-mi la {v}.",
               "wire": "Vă rog virați suma în {v} până vineri.", "pay": "Debitați cardul meu {v}.",
               "note": "Observații", "names": ["Ioana Popescu", "Andrei Ionescu", "Elena Dumitrescu", "Mihai Stan"],
               "doms": ["yahoo.com", "gmail.com", "rdslink.ro", "clicknet.ro"], "df": "de", "cur": "{:,.2f} lei"},
    "vi": {"reg": "VN", "tel": ("Điện thoại", "ĐT"), "mob": ("Di động", "DĐ"), "fax": ("Fax", "Fax"), "mail": ("Thư điện tử", "Email"),
               "iban": ("IBAN", "IBAN"), "card": ("Số thẻ", "Thẻ"), "ref": "Mã đơn hàng", "date": "Ngày", "total": "Tổng cộng",
               "name": "Họ tên", "ext": "máy lẻ", "call": "Gọi cho tôi theo số {v} buổi chiều.", "mailto": "Gửi thư cho tôi qua {v}.",
               "wire": "Vui lòng chuyển khoản vào {v} trước thứ Sáu.", "pay": "Trừ tiền vào thẻ {v} của tôi.",
               "note": "Ghi chú", "names": ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Thư", "Phạm Quốc Bảo"],
               "doms": ["gmail.com", "yahoo.com.vn", "vnn.vn", "fpt.vn"], "df": "eu/", "cur": "{:,.0f} ₫"},
}

# ----------------------------------------------------------------------------- values
# Regions whose numbers appear on foreign pages in international writing (60+).
FOREIGN = ["US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "GB", "IE", "FR", "DE", "AT", "CH", "IT", "ES", "PT", "NL", "BE", "LU", "DK", "SE", "NO", "FI", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "TR", "RU", "UA", "RS", "HR", "SI", "EE", "LV", "LT", "IL", "EG", "MA", "TN", "SA", "AE", "QA", "KW", "JO", "LB", "IN", "PK", "BD", "LK", "CN", "HK", "TW", "JP", "KR", "SG", "MY", "TH", "VN", "PH", "ID", "AU", "NZ", "ZA", "NG", "KE", "GH"]
IBAN_CC = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "PT", "PL", "CZ", "SE", "GR", "RO", "BG", "CH", "GB", "IE", "FI", "DK", "NO", "HR", "SI", "LU", "TR", "IL", "SA", "AE", "EE", "LT", "LV"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
EXT_W = {"en": ["ext. {}", "x{}", "Ext {}"], "fr": ["poste {}"], "ru": ["доб. {}"], "ja": ["内線 {}"], "de": ["Durchwahl {}"],
         "es": ["ext. {}"], "it": ["int. {}"], "pl": ["wew. {}"], "uk": ["дод. {}"], "ko": ["내선 {}"], "bg": ["вътр. {}"],
         "tr": ["dahili {}"], "sv": ["ankn. {}"], "nl": ["toestel {}"], "cs": ["linka {}"], "th": ["ต่อ {}"]}


def _num(rng: random.Random, region: str) -> pn.PhoneNumber:
    kind = rng.choice([pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE])
    ex = pn.example_number_for_type(region, kind) or pn.example_number(region)
    nsn = str(ex.national_number)
    for i in range(300):
        keep = max(1, len(nsn) - rng.randint(6, 8)) if i < 150 else max(2, len(nsn) - rng.randint(4, 6))
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        num = pn.parse("+" + str(ex.country_code) + cand, None)
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == region:
            return num
    return ex


def phone(rng: random.Random, region: str, style: str, lang: str = "en") -> str:
    """A valid phone of `region` in a page's writing `style`."""
    num = _num(rng, region)
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    if style == "nat":
        s = nat
    elif style == "e164":
        s = pn.format_number(num, pn.PhoneNumberFormat.E164)
    elif style == "00":
        s = "00" + intl[1:]
    elif style == "dots" and "(" not in nat:
        s = nat.replace(" ", ".").replace("-", ".")
    elif style == "slash" and " " in nat and nat.startswith("0"):
        s = nat.replace(" ", "/", 1)
    elif style == "trunk" and nat.startswith("0"):
        cc = intl.split(" ")[0]
        s = cc + " (0)" + intl[len(cc) + 1:]
    elif style == "nbsp":
        s = intl.replace(" ", "\u00a0")
    elif style == "alt":
        s = nat
        d = LEX.get(lang, {}).get("digits")
        if d == "fw":
            s = nat.translate(FW)
        elif d == "ar":
            s = nat.translate(AR_DIG)
        elif d == "fa":
            s = nat.translate(FA_DIG)
    else:
        s = intl
    return s if phone_ok(s, region) else intl


def phone_ok(s: str, region: str | None = None) -> bool:
    try:
        num = pn.parse(s.replace("\u00a0", " "), region or "US")
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num)


def with_ext(rng: random.Random, s: str, lang: str) -> tuple[str, str]:
    fmt = rng.choice(EXT_W.get(lang, ["ext. {}"]))
    return s + " " + fmt.format(rng.randint(10, 899)), s


BRANDS = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2223", 16), ("2720", 16), ("34", 15), ("37", 15),
          ("6011", 16), ("65", 16), ("3530", 16), ("3566", 16), ("36", 14), ("4", 16), ("54", 16)]


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_digits(rng: random.Random) -> str:
    pre, n = rng.choice(BRANDS)
    return _luhn_complete(pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1)))


def group_card(d: str, sep: str) -> str:
    if len(d) == 15 or len(d) == 14:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def card(rng: random.Random) -> str:
    return group_card(card_digits(rng), rng.choice([" ", " ", "-", "", " "]))


def card_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if not luhn_ok(d):
        return False
    return any(d.startswith(p) and len(d) == n for p, n in BRANDS)


def iban(rng: random.Random, cc: str | None = None) -> str:
    cc = cc or rng.choice(IBAN_CC)
    s = ""
    for _ in range(400):
        s = str(IBAN.random(country_code=cc, random=rng).compact)
        if iban_ok(s):
            break
    style = rng.random()
    if style < 0.45:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style < 0.55:
        return s.lower()
    return s


def bad_iban(rng: random.Random) -> str:
    s = iban(rng).replace(" ", "").upper()
    ck = int(s[2:4])
    s = s[:2] + f"{(ck + rng.randint(1, 9)) % 100:02d}" + s[4:]
    try:
        IBAN(s)
        return bad_iban(rng)
    except Exception:  # noqa: BLE001
        return s


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice([x for x in range(1, 900) if x != 666])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng: random.Random, sep: str = "-") -> str:
    return sep.join(ssn_parts(rng))


def ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def ip4(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(["pub", "pub", "pub", "priv", "priv", "ll", "v6", "v6ll"])
    while True:
        if kind == "priv":
            a = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
        elif kind == "ll":
            a = f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        elif kind == "v6":
            a = str(ipaddress.IPv6Address(f"{rng.choice(['2a01', '2a02', '2600', '2001:4860', '2a00:1450', '2406'])}:"
                                          + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3))
                                          + "::" + f"{rng.randint(1, 65535):x}"))
        elif kind == "v6ll":
            a = str(ipaddress.IPv6Address("fe80::" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(4))))
        else:
            a = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


def ip_ok(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    if a.is_loopback or a.is_unspecified or a.is_multicast or a.is_reserved:
        return False
    if a.version == 4 and (str(a) == "255.255.255.255" or str(a).startswith("255.") or a in ipaddress.ip_network("192.0.2.0/24")
                           or a in ipaddress.ip_network("198.51.100.0/24") or a in ipaddress.ip_network("203.0.113.0/24")):
        return False
    return not (a.version == 6 and a in ipaddress.ip_network("2001:db8::/32"))


TRANSLIT = str.maketrans("áàâäãåçéèêëíìîïñóòôöõúùûüýÿšžčřěůłśźżćńąęőűığşţș", "aaaaaaceeeeiiiinooooouuuuyyszcreulszzcnaeouigsts")


def email(rng: random.Random, lang: str) -> str:
    first = rng.choice(["maria", "j.okafor", "lena.b", "tomasz", "a.haddad", "kenji", "ngoc.anh", "sofia_r", "priya.s",
                        "olek", "mehmet.k", "ines", "dimitris", "yael", "hoang.vu", "svenja", "r.castillo", "info",
                        "billing", "reservas", "kontakt", "office", "bookings", "n.petrova", "ahmad.r", "emre1988"])
    dom = rng.choice(LEX[lang]["doms"] + ["mail-" + rng.choice(["studio", "haus", "grupo", "art", "svc"]) + ".net"])
    local = first.translate(TRANSLIT) + (str(rng.randint(1, 99)) if rng.random() < 0.3 else "")
    return f"{local}@{dom}"


def email_ok(s: str) -> bool:
    if s.count("@") != 1:
        return False
    local, dom = s.split("@")
    return bool(local) and "." in dom and not dom.startswith(".") and not dom.endswith(".")


CHECK = {"PHONE_NUMBER": None, "EMAIL_ADDRESS": email_ok, "IP_ADDRESS": ip_ok, "CREDIT_CARD": card_ok,
         "US_SSN": ssn_ok}


def iban_ok(s: str) -> bool:
    try:
        IBAN(s.replace(" ", "").upper())
        return True
    except Exception:  # noqa: BLE001
        return False


CHECK["IBAN_CODE"] = iban_ok


# ----------------------------------------------------------------------------- hard negatives
def date_s(rng: random.Random, df: str) -> str:
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    return {"us": f"{m:02d}/{d:02d}/{y}", "eu/": f"{d:02d}/{m:02d}/{y}", "de": f"{d:02d}.{m:02d}.{y}",
            "nl": f"{d:02d}-{m:02d}-{y}", "iso": f"{y}-{m:02d}-{d:02d}", "zh": f"{y}年{m}月{d}日",
            "ja": f"{y}年{m}月{d}日", "ko": f"{y}. {m}. {d}."}[df] + f" {rng.randint(7, 21):02d}:{rng.choice(['00', '15', '30', '45'])}"


def price_s(rng: random.Random, lang: str) -> str:
    v = rng.uniform(9, 48000)
    s = LEX[lang]["cur"].format(v)
    if lang in ("de", "es", "it", "pt", "nl", "pl", "ru", "uk", "el", "bg", "tr", "cs", "ro", "vi", "fr", "sv"):
        s = s.replace(",", "\u2009" if lang in ("fr", "sv", "ru", "uk", "pl", "cs", "bg") else "#").replace(".", ",").replace("#", ".")
    return s


def neg(rng: random.Random, lang: str, kinds: str = "gen") -> str:
    """One string a scrubber could take for a value that is not one by the span rules."""
    L = LEX[lang]
    pool = [
        lambda: f"{L['date']}: {date_s(rng, L['df'])}",
        lambda: f"{L['total']}: {price_s(rng, lang)}",
        lambda: f"{L['ref']}: {rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}/{rng.randint(10, 99)}",
        lambda: f"{L['ref']} {rng.choice('ABKRTZ')}{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
        lambda: f"ISBN 978-{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}",
        lambda: f"EAN {rng.randint(4000000000000, 4999999999999)}",
        lambda: f"GPS {rng.uniform(-60, 60):.5f}, {rng.uniform(-120, 120):.5f}",
        lambda: f"{rng.randint(1, 9)}{rng.randint(100, 999)} × {rng.randint(300, 999)} mm · {rng.randint(2, 90)},{rng.randint(0, 9)} kg",
        lambda: f"IMEI {_luhn_complete('35' + ''.join(rng.choice('0123456789') for _ in range(12)))}",
        lambda: f"{L['card'][1]}: **** **** **** {rng.randint(1000, 9999)}",
        lambda: f"{L['card'][1]} {rng.choice(['4', '5'])}{rng.randint(100, 999)} XXXX XXXX {rng.randint(1000, 9999)}",
        lambda: f"{L['iban'][1]}: {bad_iban(rng)}",
        lambda: f"@{rng.choice(['lena_b', 'studio.kaiser', 'nikos77', 'mika_travels'])}",
        lambda: f"{email(rng, lang).replace('@', ' [at] ').replace('.', ' [dot] ')}",
        lambda: f"v{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(100, 4000)}",
        lambda: f"{rng.randint(1000, 1999)}–{rng.randint(2000, 2030)}",
        lambda: f"№ {rng.randint(1000000000, 9999999999)}",
        lambda: f"{date_s(rng, L['df'])}–{rng.randint(7, 22):02d}:00",
        lambda: f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
        # phone-shaped references, section numbers shaped like IPs, OIDs
        lambda: f"{L['ref']}: 0{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        lambda: f"{L['ref']} ({rng.randint(100, 999)}) {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        lambda: f"§ {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 20)}.{rng.randint(1, 9)}",
        lambda: f"OID 1.3.6.1.4.1.{rng.randint(100, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 99)}",
        lambda: f"{''.join(rng.choice('0123456789') for _ in range(16))[:-1]}{'x'}".replace("x", str(rng.randint(0, 9))),
    ]
    if kinds == "us":
        pool += [
            lambda: f"ITIN {rng.randint(900, 999)}-{rng.choice([70, 75, 78, 88, 92])}-{rng.randint(1000, 9999)}",
            lambda: f"EIN {rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
            lambda: f"Routing # {rng.choice(['021000021', '011401533', '091000019', '121000358', '026009593'])}",
            lambda: f"Acct {rng.randint(100000000, 999999999)}",
            lambda: f"Member ID {rng.randint(100000000, 999999999)}",
            lambda: f"ZIP {rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}",
            lambda: f"Case No. {rng.randint(10, 27)}-CV-{rng.randint(10000, 99999)}",
            lambda: f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            lambda: f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            lambda: f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}",
            lambda: f"Driver's License {rng.choice('ABDFGS')}{rng.randint(100000000, 999999999)}",
            lambda: f"1-800-{rng.choice(['FLOWERS', 'GOT-JUNK', 'CONTACTS', 'PLUMBER'])}",
            lambda: f"Policy {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-A",
            lambda: f"Auth code {rng.randint(100000, 999999)} · Ref {rng.randint(100000000000, 999999999999)}",
            lambda: f"{rng.randint(4000, 4999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        ]
    f = rng.choice(pool)
    s = f()
    if kinds == "us" and lang == "es":  # US pages in Spanish write their own words for these
        for en, es in US_NEG_ES.items():
            s = s.replace(en, es)
    if s.startswith(("4", "5")) and len(s) == 19:  # a 16-digit look-alike must fail Luhn
        d = s.replace(" ", "")
        if luhn_ok(d):
            s = s[:-1] + str((int(s[-1]) + 1) % 10)
    if len(s) == 16 and s.isdigit() and luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


US_NEG_ES = {"Routing #": "Número de ruta", "Acct": "Cuenta", "Member ID": "N.º de socio", "ZIP": "Código postal",
             "Case No.": "Caso n.º", "Driver's License": "Licencia de conducir", "Policy": "Póliza",
             "Auth code": "Código de autorización", " · Ref ": " · Ref. "}


# ----------------------------------------------------------------------------- documents
class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, typ: str | None, s: str) -> Doc:
        if typ:
            self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "text": s})
        return self.t(s)

    def put(self, f: dict) -> Doc:
        """A field's value, its extension (inside the span) kept."""
        return self.v(f["typ"], f["val"])

    def sent(self, tmpl: str, f: dict) -> Doc:
        a, b = tmpl.split("{v}")
        return self.t(a).put(f).t(b)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def fields(rng: random.Random, lang: str, mix: dict[str, int], region: str | None = None) -> list[dict]:
    """Values for one document: mix maps kind -> count (tel, mob, fax, mail, iban, card, ssn, ip)."""
    L = LEX[lang]
    reg = region or L["reg"]
    out = []
    for kind, k in mix.items():
        for _ in range(k):
            if kind in ("tel", "mob", "fax"):
                r = reg if rng.random() < 0.75 else rng.choice(FOREIGN)
                style = rng.choice(["nat", "nat", "intl", "e164", "00", "dots", "slash", "trunk", "nbsp", "alt"]) if r == reg \
                    else rng.choice(["intl", "e164", "00", "nbsp"])
                val = phone(rng, r, style, lang)
                if kind == "tel" and rng.random() < 0.15:
                    val, _ = with_ext(rng, val, lang)
                out.append({"kind": kind, "typ": "PHONE_NUMBER", "val": val, "lab": L[kind], "region": r})
            elif kind == "mail":
                out.append({"kind": kind, "typ": "EMAIL_ADDRESS", "val": email(rng, lang), "lab": L["mail"]})
            elif kind == "iban":
                cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL", "el": "GR",
                      "bg": "BG", "tr": "TR", "sv": "SE", "cs": "CZ", "ro": "RO", "he": "IL", "ar": "SA", "uk": "UA"}.get(lang)
                out.append({"kind": kind, "typ": "IBAN_CODE", "val": iban(rng, cc if cc and rng.random() < 0.7 else None), "lab": L["iban"]})
            elif kind == "card":
                out.append({"kind": kind, "typ": "CREDIT_CARD", "val": card(rng), "lab": L["card"]})
            elif kind == "ssn":
                sep = rng.choice(["-", "-", "-", " ", ""])
                out.append({"kind": kind, "typ": "US_SSN", "val": ssn(rng, sep), "lab": ("Social Security No.", rng.choice(["SSN", "SS#", "Soc. Sec. #", "SOCIAL"])) if lang == "en"
                                else ("Número de Seguro Social", rng.choice(["SSN", "Núm. Seguro Social", "No. de Seguro Social"]))})
            elif kind == "ip":
                out.append({"kind": kind, "typ": "IP_ADDRESS", "val": ip4(rng), "lab": ("IP", "IP")})
    rng.shuffle(out)
    return out


def label(rng: random.Random, f: dict, style: int) -> str:
    full, ab = f["lab"]
    s = [full + ": ", ab + " ", full.upper() + ": ", ab + ": ", full + " — "][style % 5]
    return s


def lay_form(d: Doc, rng: random.Random, lang: str, fs: list[dict], us: bool) -> None:
    L = LEX[lang]
    style = rng.randint(0, 4)
    d.t(f"{L['name']}: {rng.choice(L['names'])}\n{neg(rng, lang, 'us' if us else 'gen')}\n")
    i = 0
    while i < len(fs):
        f = fs[i]
        nxt = fs[i + 1] if i + 1 < len(fs) else None
        if f["typ"] == "PHONE_NUMBER" and nxt and nxt["typ"] == "PHONE_NUMBER" and rng.random() < 0.5:
            d.t(f"{f['lab'][1]}/{nxt['lab'][1]}: ").put(f).t(rng.choice([" / ", " – ", "; "])).put(nxt).t("\n")
            i += 2
        else:
            d.t(label(rng, f, style)).put(f).t("\n")
            i += 1
        if rng.random() < 0.6:
            d.t(neg(rng, lang, "us" if us else "gen") + "\n")


def lay_table(d: Doc, rng: random.Random, lang: str, fs: list[dict], us: bool) -> None:
    """Column header far above: the header names the type, rows hold values only."""
    L = LEX[lang]
    kinds = []
    for f in fs:
        if f["kind"] not in kinds:
            kinds.append(f["kind"])
    bykind = {k: [f for f in fs if f["kind"] == k] for k in kinds}
    nrows = max(len(v) for v in bykind.values())
    sep = rng.choice([" | ", "\t", "  ", " ; ", ","])
    hdr = [L["name"]] + [next(f for f in fs if f["kind"] == k)["lab"][rng.randint(0, 1)] for k in kinds] + [L["ref"]]
    d.t(sep.join(hdr) + "\n")
    if sep == " | ":
        d.t("-" * 40 + "\n")
    for r in range(nrows):
        d.t(rng.choice(L["names"]))
        for k in kinds:
            d.t(sep)
            if r < len(bykind[k]):
                d.put(bykind[k][r])
            else:
                d.t("—")
        d.t(sep + f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}\n")
    d.t(neg(rng, lang, "us" if us else "gen") + "\n")


SENT_KEY = {"tel": "call", "mob": "call", "fax": "call", "mail": "mailto", "iban": "wire", "card": "pay"}
US_SSN_SENT = ["my social is {v}, I already gave it to the clerk", "SSN on file: {v} (please verify)",
               "Can you confirm the social {v} matches what you have?", "my ss number is {v} btw",
               "The applicant's Social Security number, {v}, was read back to her."]
ES_SSN_SENT = ["mi número de seguro social es el {v}", "Seguro Social del solicitante: {v}",
               "le confirmo el seguro social {v} que me pidió"]


def lay_prose(d: Doc, rng: random.Random, lang: str, fs: list[dict], us: bool) -> None:
    L = LEX[lang]
    for f in fs:
        if f["kind"] == "ssn":
            tmpl = rng.choice(US_SSN_SENT if lang == "en" else ES_SSN_SENT)
            d.sent(tmpl, f).t(" " if tmpl.endswith((".", "?")) else ". ")
        elif f["kind"] == "ip":
            d.t("IP ").put(f).t(" · ")
        else:
            d.sent(L[SENT_KEY[f["kind"]]], f).t(" ")
        if rng.random() < 0.5:
            d.t("(" + neg(rng, lang, "us" if us else "gen") + ") ")
        if rng.random() < 0.4:
            d.t("\n")
    d.t("\n")


def lay_after(d: Doc, rng: random.Random, lang: str, fs: list[dict], us: bool) -> None:
    """The label after the value."""
    for f in fs:
        if f["kind"] == "ssn" and f["val"].isdigit():
            f = dict(f, val=f"{f['val'][:3]}-{f['val'][3:5]}-{f['val'][5:]}")
        full, ab = f["lab"]
        d.put(f).t(rng.choice([f" ({ab})", f" — {full.lower()}", f"  [{ab}]", f" ← {full}"]) + "\n")
        if rng.random() < 0.5:
            d.t(neg(rng, lang, "us" if us else "gen") + "\n")


def lay_mixed(d: Doc, rng: random.Random, lang: str, fs: list[dict], us: bool) -> None:
    """Several values of mixed types on one line, beside look-alikes."""
    sep = rng.choice([" · ", " / ", " | ", ", ", " • "])
    line: list = [rng.choice(LEX[lang]["names"])]
    for f in fs:
        if f["kind"] == "ssn" and not any(c in f["val"] for c in "- "):
            f = dict(f, val=f"{f['val'][:3]}-{f['val'][3:5]}-{f['val'][5:]}")
        line.append(f)
        if rng.random() < 0.5:
            line.append(neg(rng, lang, "us" if us else "gen"))
    for i, x in enumerate(line):
        if i:
            d.t(sep)
        if isinstance(x, dict):
            ab = x["lab"][1]
            bare_nat = x["typ"] == "PHONE_NUMBER" and not any(c in x["val"] for c in " +-./()\u00a0")
            d.t(ab + " ").put(x) if rng.random() < 0.5 or x["kind"] == "ssn" or bare_nat else d.put(x)
        else:
            d.t(x)
    d.t("\n")


def lay_html(d: Doc, rng: random.Random, lang: str, fs: list[dict], us: bool) -> None:
    """Markup remnants and line breaks between label and value, as text-from-HTML gives them."""
    for f in fs:
        full, ab = f["lab"]
        w = rng.randint(0, 3)
        if w == 0:
            d.t(f"{full}:</b> ").put(f).t("<br>\n")
        elif w == 1:
            d.t(f"{full}\n\n").put(f).t("\n")
        elif w == 2:
            d.t(f"<td>{ab}</td><td>").put(f).t("</td>\n")
        else:
            d.t(f"{full}:\n  ").put(f).t("\n")
        if rng.random() < 0.5:
            d.t(neg(rng, lang, "us" if us else "gen") + "\n")


def lay_bare(d: Doc, rng: random.Random, lang: str, fs: list[dict], us: bool) -> None:
    """Bare values where the shape tells the type (E.164 / intl phone, e-mail, IBAN, grouped card, dashed SSN)."""
    for f in fs:
        if f["kind"] in ("tel", "mob", "fax"):
            f = dict(f, val=phone(rng, f["region"], rng.choice(["e164", "intl"]), lang))
        elif f["kind"] == "card":
            f = dict(f, val=group_card(card_digits(rng), rng.choice([" ", "-"])))
        elif f["kind"] == "ssn":
            f = dict(f, val=ssn(rng, "-"))
        d.put(f).t(rng.choice(["\n", "   ", "\n\n"]))
        if rng.random() < 0.6:
            d.t(neg(rng, lang, "us" if us else "gen") + "\n")


CHAT_IP = {"en": "my IP is {v} if that helps", "es": "mi IP es {v} por si sirve"}


def lay_chat(d: Doc, rng: random.Random, lang: str, fs: list[dict], us: bool) -> None:
    """A support chat or text thread: only the sentence (or a bare label) marks each value."""
    L = LEX[lang]
    who = ("Agent", "Customer") if lang == "en" else ("Agente", "Cliente")
    h, m = rng.randint(8, 20), rng.randint(0, 50)
    for f in fs:
        m += rng.randint(0, 3)
        d.t(f"[{h:02d}:{m % 60:02d}] {who[1]}: ")
        if f["kind"] == "ssn":
            d.sent(rng.choice(US_SSN_SENT if lang == "en" else ES_SSN_SENT), f)
        elif f["kind"] == "ip":
            d.sent(CHAT_IP[lang], f)
        else:
            d.sent(L[SENT_KEY[f["kind"]]], f)
        d.t("\n")
        if rng.random() < 0.5:
            d.t(f"[{h:02d}:{m % 60:02d}] {who[0]}: " + neg(rng, lang, "us") + "\n")


LAYOUTS = [lay_form, lay_table, lay_prose, lay_after, lay_mixed, lay_html, lay_bare]
US_LAYOUTS = [*LAYOUTS, lay_chat]


# ----------------------------------------------------------------------------- machine output
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ts(rng: random.Random) -> tuple[str, str]:
    m, d, h, mi, s = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return f"{MON[m - 1]} {d:2d} {h:02d}:{mi:02d}:{s:02d}", f"2026-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randint(0, 999):03d}Z"


def _v4(rng: random.Random) -> str:
    return ip4(rng, rng.choice(["pub", "pub", "priv", "priv", "ll"]))


def _any(rng: random.Random) -> str:
    return ip4(rng, rng.choice(["pub", "pub", "priv", "v6", "v6ll", "priv"]))


def _host_port(d: Doc, ip: str, port: int, style: str = "colon") -> None:
    if ":" in ip:
        d.t("[").v("IP_ADDRESS", ip).t(f"]:{port}")
    elif style == "slash":
        d.v("IP_ADDRESS", ip).t(f"/{port}")
    else:
        d.v("IP_ADDRESS", ip).t(f":{port}")


def m_asa(d: Doc, rng: random.Random, lay: int) -> None:
    user = rng.choice(["jdoe", "svc_backup", "m.okafor", "admin"])
    for _ in range(rng.randint(3, 6)):
        ts, iso = _ts(rng)
        pre = {0: f"<166>{ts} fw-edge-0{rng.randint(1, 4)} : ", 1: f"{ts} ", 2: f'"{iso}","fw-dc{rng.randint(1, 3)}","'}[lay]
        d.t(pre)
        w = rng.randint(0, 4)
        a, b = _v4(rng), ip4(rng, "priv")
        if w == 0:
            d.t(f"%ASA-6-302013: Built inbound TCP connection {rng.randint(10**6, 10**9)} for outside:")
            _host_port(d, a, rng.randint(1024, 65535), "slash")
            d.t(" (")
            _host_port(d, a, rng.randint(1024, 65535), "slash")
            d.t(") to inside:")
            _host_port(d, b, rng.choice([443, 22, 3389]), "slash")
        elif w == 1:
            d.t("%ASA-4-106023: Deny tcp src outside:")
            _host_port(d, a, rng.randint(1024, 65535), "slash")
            d.t(" dst inside:")
            _host_port(d, b, 445, "slash")
            d.t(f' by access-group "OUTSIDE_IN" [0x{rng.randint(0, 2**32):08x}, 0x0]')
        elif w == 2:
            d.t("%ASA-6-113004: AAA user authentication Successful : server =  ").v("IP_ADDRESS", b).t(f" : user = {user}")
        elif w == 3:
            d.t("%ASA-6-605005: Login permitted from ")
            _host_port(d, b, rng.randint(1024, 65535), "slash")
            d.t(" to inside:").v("IP_ADDRESS", ip4(rng, "priv")).t(f"/ssh for user \"{user}\"")
        else:
            d.t("%ASA-7-609001: Built local-host inside:").v("IP_ADDRESS", b)
        d.t('"\n' if lay == 2 else "\n")
    d.t(rng.choice([f"Cisco Adaptive Security Appliance Software Version 9.{rng.randint(8, 20)}({rng.randint(1, 4)}){rng.randint(1, 60)}\n",
                    "interface Management0/0 · mask 255.255.255.0 · ospf area 0.0.0.0\n",
                    f"access-list OUTSIDE_IN extended permit tcp any object-group DMZ-{rng.randint(1, 9)} eq 443\n",
                    "snmp-server host inside 127.0.0.1 community ****  oid 1.3.6.1.4.1.9.9.147.1.2.2.2\n"]))


def m_iis(d: Doc, rng: random.Random, lay: int) -> None:
    if lay == 0:
        d.t(f"#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 00:00:00\n")
        d.t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus time-taken\n")
        for _ in range(rng.randint(3, 6)):
            d.t(f"2026-03-{rng.randint(10, 28)} {rng.randint(0, 23):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)} ")
            d.v("IP_ADDRESS", ip4(rng, "priv")).t(f" {rng.choice(['GET', 'POST'])} /{rng.choice(['owa/auth.owa', 'api/v2/orders', 'default.aspx'])} ")
            d.t(rng.choice(["-", f"id={rng.randint(1000, 99999)}&ver=4.2.0.1"]) + f" {rng.choice([443, 80])} " + rng.choice(["-", "CORP\\jdoe"]) + " ")
            d.v("IP_ADDRESS", _any(rng)).t(f" Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) {rng.choice([200, 302, 401, 500])} 0 {rng.randint(1, 900)}\n")
    elif lay == 1:
        for _ in range(rng.randint(3, 6)):
            d.v("IP_ADDRESS", _v4(rng)).t(f", {rng.choice(['-', 'jdoe'])}, 3/{rng.randint(10, 28)}/2026, {rng.randint(0, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}, W3SVC1, WEB0{rng.randint(1, 4)}, ")
            d.v("IP_ADDRESS", ip4(rng, "priv")).t(f", {rng.randint(1, 900)}, {rng.randint(100, 999)}, {rng.randint(100, 99999)}, {rng.choice([200, 404])}, 0, GET, /index.htm, -,\n")
    else:
        d.t("#Software: Microsoft HTTP API 2.0\n#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename\n")
        for _ in range(rng.randint(3, 6)):
            d.t(f"2026-04-0{rng.randint(1, 9)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} ")
            d.v("IP_ADDRESS", _any(rng)).t(f" {rng.randint(1024, 65535)} ").v("IP_ADDRESS", ip4(rng, "priv"))
            d.t(f" 443 HTTP/1.1 GET /api - {rng.choice([400, 503])} {rng.randint(1, 5)} {rng.choice(['ConnLimit', 'Timer_ConnectionIdle', 'BadRequest'])} DefaultAppPool\n")
    d.t(rng.choice(["# build 10.0.17763.1\n", "# netmask 255.255.255.240\n", "# health check from 127.0.0.1 ok\n"]))


def m_azure(d: Doc, rng: random.Random, lay: int) -> None:
    mail = email(rng, "en").split("@")[0] + "@" + rng.choice(["contoso-cloud.com", "fabrikam.onmicrosoft.com", "northwind.io"])
    g = [rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48)]
    sub = f"{g[0]:08x}-{g[1]:04x}-4{g[2]:03x}-a{g[3]:03x}-{g[4]:012x}"
    ip = _any(rng)
    _, iso = _ts(rng)
    op = rng.choice(["Microsoft.Compute/virtualMachines/start/action", "Microsoft.Network/networkSecurityGroups/securityRules/write",
                     "Microsoft.Storage/storageAccounts/listKeys/action"])
    if lay == 0:
        d.t('{\n  "time": "' + iso + '",\n  "operationName": "' + op + '",\n  "caller": "').v("EMAIL_ADDRESS", mail)
        d.t('",\n  "callerIpAddress": "').v("IP_ADDRESS", ip).t('",\n  "correlationId": "' + sub + '",\n')
        d.t('  "properties": {"requestbody": "{\\"sourceAddressPrefix\\":\\"').v("IP_ADDRESS", _v4(rng))
        d.t('/32\\",\\"destinationAddressPrefix\\":\\"VirtualNetwork\\",\\"priority\\":310}"},\n  "level": "Informational"\n}\n')
    elif lay == 1:
        d.t('{"time":"' + iso + '","resourceId":"/SUBSCRIPTIONS/' + sub.upper() + '","operationName":"' + op + '","identity":{"claims":{"ipaddr":"')
        d.v("IP_ADDRESS", ip).t('","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn":"').v("EMAIL_ADDRESS", mail)
        d.t('","appid":"04b07795-8ddb-461a-bbee-02f9e1bf7b46","ver":"1.0"}},"resultType":"Success"}\n')
    else:
        d.t("Operation name,Status,Time,Time stamp,Subscription,Event initiated by,Caller IP\n")
        for _ in range(rng.randint(2, 5)):
            d.t(f'"{op.split("/")[-2]}","Succeeded","{rng.randint(1, 59)} minutes ago","{iso}","{sub}","')
            d.v("EMAIL_ADDRESS", email(rng, "en").split("@")[0] + "@" + rng.choice(["contoso-cloud.com", "woodgrove.org"])).t('","')
            d.v("IP_ADDRESS", _any(rng)).t('"\n')
    d.t(rng.choice(["# schema 2015-05-01 · api-version 2023.09.01.0\n", "# tenant root group · OID 1.2.840.113556.1.4.803\n",
                    "# service tag AzureCloud.westeurope 0.0.0.0/0 denied\n"]))


def m_dovecot(d: Doc, rng: random.Random, lay: int) -> None:
    if lay == 2:
        d.t("username                  # proto (pids)          (ips)\n")
        for _ in range(rng.randint(2, 5)):
            d.v("EMAIL_ADDRESS", email(rng, rng.choice(["de", "fr", "en", "nl"]))).t(f"   {rng.randint(1, 4)} imap  ({rng.randint(1000, 99999)}) (")
            d.v("IP_ADDRESS", _any(rng)).t(")\n")
        return
    for _ in range(rng.randint(3, 6)):
        ts, iso = _ts(rng)
        d.t(f"{ts} mx{rng.randint(1, 3)} dovecot: " if lay == 0 else f"{iso} dovecot[{rng.randint(500, 9000)}]: ")
        u = email(rng, rng.choice(["de", "fr", "en", "nl", "sv"]))
        w = rng.randint(0, 3)
        if w == 0:
            d.t("imap-login: Login: user=<").v("EMAIL_ADDRESS", u).t(">, method=PLAIN, rip=").v("IP_ADDRESS", _any(rng))
            d.t(", lip=").v("IP_ADDRESS", ip4(rng, "priv")).t(f", mpid={rng.randint(1000, 99999)}, TLS, session=<{rng.getrandbits(60):x}>")
        elif w == 1:
            d.t(f"pop3-login: Disconnected (auth failed, {rng.randint(1, 5)} attempts in {rng.randint(2, 40)} secs): user=<").v("EMAIL_ADDRESS", u)
            d.t(">, method=PLAIN, rip=").v("IP_ADDRESS", _v4(rng)).t(", lip=").v("IP_ADDRESS", ip4(rng, "priv")).t(", TLS")
        elif w == 2:
            d.t("lmtp(").v("EMAIL_ADDRESS", u).t(f")<{rng.randint(100, 9999)}><{rng.getrandbits(40):x}>: msgid=<{rng.getrandbits(64):x}.{rng.randint(1000, 9999)}@mail.{rng.choice(['web.de', 'gmx.net', 'example-shop.com'])}>: saved mail to INBOX")
        else:
            d.t("auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tsecured=tls\tlip=").v("IP_ADDRESS", ip4(rng, "priv"))
            d.t("\trip=").v("IP_ADDRESS", _any(rng)).t("\tlport=993\trport=" + str(rng.randint(1024, 65535)))
        d.t("\n")
    d.t(rng.choice(["Dovecot v2.3.21.1 (47349e2482) starting up for imap, lmtp\n", "doveadm(root): Info: listen 127.0.0.1:24\n",
                    "postmaster_address = postmaster@%d\n"]))


def m_caddy(d: Doc, rng: random.Random, lay: int) -> None:
    for _ in range(rng.randint(2, 4)):
        ip, cip = _any(rng), _v4(rng)
        port = rng.randint(1024, 65535)
        host = rng.choice(["shop.kaffee-roesterei.de", "api.lumen.app", "status.orbital.io"])
        if lay == 0:
            d.t('{"level":"info","ts":17' + str(rng.randint(10**7, 10**8 - 1)) + '.123,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"')
            d.v("IP_ADDRESS", ip).t(f'","remote_port":"{port}","client_ip":"').v("IP_ADDRESS", cip)
            d.t(f'","proto":"HTTP/2.0","method":"GET","host":"{host}","uri":"/","headers":{{"X-Forwarded-For":["').v("IP_ADDRESS", cip)
            d.t(', ').v("IP_ADDRESS", ip4(rng, "priv")).t('"]}},"status":' + str(rng.choice([200, 404, 502])) + '}\n')
        elif lay == 1:
            d.t(f"2026/02/{rng.randint(10, 28)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}\tINFO\thttp.log.access\thandled request\t")
            d.t('{"request": {"remote_ip": "').v("IP_ADDRESS", ip).t(f'", "remote_port": "{port}", "host": "{host}", "uri": "/v1.2.3.4/metrics"}}, "duration": 0.00{rng.randint(10, 99)}}}\n')
        else:
            d.t('{"level":"error","logger":"http.handlers.reverse_proxy","msg":"dial tcp ').v("IP_ADDRESS", ip4(rng, "priv"))
            d.t(f':{rng.choice([8080, 3000, 9000])}: connect: connection refused","upstream":"').v("IP_ADDRESS", ip4(rng, "priv")).t(f':{rng.choice([8080, 3000])}","remote_ip":"')
            d.v("IP_ADDRESS", ip).t('"}\n')
    d.t(rng.choice(['{"msg":"serving initial configuration","admin":"localhost:2019"}\n', '{"msg":"using adjacent Caddyfile","version":"v2.7.6"}\n',
                    '{"msg":"listening","address":"[::]:443"}\n']))


def m_envoy(d: Doc, rng: random.Random, lay: int) -> None:
    for _ in range(rng.randint(2, 5)):
        _, iso = _ts(rng)
        if lay == 0:
            d.t(f'[{iso}] "{rng.choice(["GET", "POST"])} /api/v{rng.randint(1, 3)}/items HTTP/1.1" {rng.choice([200, 503, 404])} - {rng.randint(0, 900)} {rng.randint(0, 9000)} {rng.randint(1, 90)} {rng.randint(1, 90)} "')
            d.v("IP_ADDRESS", _any(rng)).t(f'" "curl/8.{rng.randint(0, 9)}.0" "{rng.getrandbits(64):016x}" "svc.internal" "')
            _host_port(d, ip4(rng, "priv"), rng.choice([8080, 9090]))
            d.t('"\n')
        elif lay == 1:
            d.t('{"start_time":"' + iso + '","downstream_remote_address":"')
            _host_port(d, _any(rng), rng.randint(1024, 65535))
            d.t('","upstream_host":"')
            _host_port(d, ip4(rng, "priv"), 8080)
            d.t(f'","response_code":{rng.choice([200, 504])},"x_forwarded_for":"').v("IP_ADDRESS", _v4(rng)).t('"}\n')
        else:
            ip = ip4(rng, "priv")
            for k in ("cx_active", "rq_total", "hostname"):
                d.t(f"outbound|{rng.choice([80, 8080])}||reviews.default.svc.cluster.local::")
                _host_port(d, ip, 9080)
                d.t(f"::{k}::{rng.randint(0, 900) if k != 'hostname' else ''}\n")
    d.t(rng.choice(["envoy version: 1.28.0/Clean/RELEASE/BoringSSL\n", "admin address: 127.0.0.1:15000\n", "cluster local_service 0.0.0.0:15001\n"]))


def m_pfsense(d: Doc, rng: random.Random, lay: int) -> None:
    for _ in range(rng.randint(3, 6)):
        ts, _ = _ts(rng)
        src, dst = _any(rng), ip4(rng, "priv")
        sp, dp = rng.randint(1024, 65535), rng.choice([22, 443, 3389, 53])
        if lay == 0:
            v6 = ":" in src
            d.t(f"{ts} pf filterlog[{rng.randint(1000, 99999)}]: {rng.randint(4, 90)},,,{rng.randint(1000000000, 1999999999)},igb{rng.randint(0, 3)},match,block,in,{6 if v6 else 4},0x0,,64,{rng.randint(0, 65535)},0,DF,6,tcp,60,")
            d.v("IP_ADDRESS", src).t(",").v("IP_ADDRESS", dst if not v6 else ip4(rng, "v6ll")).t(f",{sp},{dp},0,S,{rng.randint(10**8, 10**9)},,64240,,mss\n")
        elif lay == 1:
            d.t(f"✕  {ts}  WAN  ")
            _host_port(d, src, sp)
            d.t("  ")
            _host_port(d, dst, dp)
            d.t("  TCP:S\n")
        else:
            d.t("all tcp ")
            _host_port(d, dst, sp)
            d.t(" -> ")
            _host_port(d, src, dp)
            d.t("       ESTABLISHED:ESTABLISHED\n")
    d.t(rng.choice(["2.7.2-RELEASE (amd64) FreeBSD 14.0-CURRENT\n", "LAN net mask 255.255.255.0 · OID 1.3.6.1.2.1.4.20.1.3\n",
                    "dpinger: GATEWAY WAN_DHCP monitor 127.0.0.1 alarm\n"]))


def m_unbound(d: Doc, rng: random.Random, lay: int) -> None:
    for _ in range(rng.randint(3, 6)):
        name = rng.choice(["cdn.jsdelivr.net.", "time.apple.com.", "login.microsoftonline.com.", "api.weather.gov.", "mqtt.home.lan."])
        ip = ip4(rng, rng.choice(["priv", "priv", "v6ll", "ll"]))
        if lay == 0:
            d.t(f"[17{rng.randint(10**7, 10**8 - 1)}] unbound[{rng.randint(100, 9999)}:0] info: ").v("IP_ADDRESS", ip).t(f" {name} {rng.choice(['A', 'AAAA', 'HTTPS'])} IN\n")
        elif lay == 1:
            d.t(f"[17{rng.randint(10**7, 10**8 - 1)}] unbound[{rng.randint(100, 9999)}:1] reply: ").v("IP_ADDRESS", ip)
            d.t(f" {name} A IN NOERROR 0.{rng.randint(0, 999999):06d} 0 {rng.randint(40, 400)}\n")
        else:
            a = ip4(rng, "priv")
            rev = ".".join(reversed(a.split("."))) + ".in-addr.arpa."
            d.t(f"{name.split('.')[0]}.home.lan. 3600 IN A ").v("IP_ADDRESS", a).t(f"\n{rev} 3600 IN PTR {name.split('.')[0]}.home.lan.\n")
    d.t(rng.choice(["home.lan. 3600 IN SOA ns1.home.lan. hostmaster.home.lan. 2026010101 7200 3600 1209600 3600\n",
                    "interface: 0.0.0.0\naccess-control: 127.0.0.0/8 allow\n", "version: 1.19.3\n"]))


MACHINE_AT_TRAPS = ["deploy@web{n}:~$ systemctl reload caddy", "remote: git@github.com:contoso-ops/edge-config.git",
                    "image: envoyproxy/envoy@sha256:{h:016x}{h:016x}{h:016x}{h:016x}", "npm ls: lodash@4.17.21 express@4.19.{n}",
                    "Message-ID: <{h:x}.{n}@mx{n}.relay.internal>", "[root@fw{n} ~]# tail -f /var/log/messages",
                    "pinned: pyyaml@6.0.{n} requests@2.31.0", "ssh -p 22{n} admin@bastion (alias from ~/.ssh/config)",
                    "SOA mbox: hostmaster.example-dns.net. serial 2026{n:02d}0101", "ops contact: noc (at) edge-ops (dot) net",
                    "@oncall-netops please ack", "user=<backup@nas{n}> (local delivery, no domain)"]
MACHINE = {"cisco_asa_syslog": m_asa, "iis_w3c_log": m_iis, "azure_activity_log": m_azure, "dovecot_log": m_dovecot,
           "caddy_json_log": m_caddy, "envoy_access_log": m_envoy, "pfsense_filterlog": m_pfsense, "unbound_query_log": m_unbound}


# ----------------------------------------------------------------------------- human registers
TITLES = {
    "pest_control_service_report": {"de": "Einsatzbericht Schädlingsbekämpfung – Kammerjäger Brandt GmbH", "pl": "Protokół z dezynsekcji – Firma DDD Sanitex",
                                    "ru": "Акт выполненных работ по дезинсекции — «СанЭпидСервис»", "sv": "Servicerapport skadedjursbekämpning – Skadedjursjouren Norr"},
    "escape_room_booking": {"es": "Confirmación de reserva — Sala de escape «El Búnker»", "cs": "Potvrzení rezervace – úniková hra Alchymistova dílna",
                            "ko": "방탈출 카페 예약 확인서 — 미스터리 룸 강남점", "he": "אישור הזמנה – חדר בריחה \"המעבדה הסודית\""},
    "coffee_roaster_wholesale_order": {"it": "Ordine all'ingrosso – Torrefazione Moretti", "pt": "Encomenda por grosso – Torrefação Flor do Douro",
                                       "vi": "Đơn đặt hàng sỉ – Xưởng rang cà phê Đà Lạt Xanh", "el": "Παραγγελία χονδρικής – Καφεκοπτείο Αρώμα"},
    "recording_studio_booking": {"fr": "Réservation de studio d'enregistrement – Studio La Chambre Sourde", "uk": "Бронювання студії звукозапису — «Тиха Хвиля»",
                                 "ar": "تأكيد حجز استوديو تسجيل — استوديو النغم", "ja": "レコーディングスタジオ予約確認 — スタジオ音蔵"},
    "bouldering_gym_waiver": {"nl": "Deelnameformulier en risicoverklaring – Boulderhal De Grip", "th": "แบบฟอร์มยินยอมสละสิทธิ์ – ยิมปีนผาบูลเดอร์บางกอก",
                              "tr": "Feragatname ve üyelik formu – Kaya Bouldering Salonu", "hi": "जोखिम स्वीकृति पत्र – बोल्डरिंग जिम क्लाइंब हब"},
    "karaoke_room_reservation": {"ja": "カラオケルーム予約確認 — 歌広場 新宿東口店", "ko": "노래방 룸 예약 안내 — 코인노래연습장 홍대점",
                                 "zh": "KTV包厢预订确认单 — 星光娱乐会所", "th": "ยืนยันการจองห้องคาราโอเกะ – ร้านเสียงใส"},
    "dojo_membership": {"fr": "Bulletin d'adhésion – Dojo Shinkai Lyon", "de": "Mitgliedsantrag – Judo-Dojo Kiel e. V.",
                        "fa": "فرم عضویت باشگاه کاراته سامورایی", "ro": "Cerere de înscriere – Clubul de Aikido Cluj"},
    "philharmonic_season_pass_order": {"de": "Bestellung Konzertabonnement Saison 2026/27 – Philharmonie Rheinland",
                                       "cs": "Objednávka abonmá na sezónu 2026/27 – Filharmonie Brno",
                                       "bg": "Заявка за сезонен абонамент 2026/27 — Софийска филхармония",
                                       "ru": "Заявка на абонемент сезона 2026/27 — Филармония Приморья"},
    "timeshare_exchange_request": {"es": "Solicitud de intercambio de tiempo compartido – Club Costa Azahar", "it": "Richiesta di scambio multiproprietà – Residence Gli Ulivi",
                                   "el": "Αίτηση ανταλλαγής χρονομεριστικής μίσθωσης – Θέρετρο Αιγαίο", "he": "בקשה להחלפת נופש שיתופי – מועדון אילת"},
    "surf_school_booking": {"pt": "Reserva de aulas de surf – Escola Onda Norte", "fr": "Réservation stage de surf – École Océane Biarritz",
                            "tr": "Sörf dersi rezervasyonu – Alaçatı Rüzgar Okulu"},
    "haulage_consignment_note": {"pl": "List przewozowy – Transport Międzynarodowy Wisła", "ro": "Scrisoare de trăsură – Transcarpatic Logistic SRL",
                                 "bg": "Товарителница — Балкан Транс ЕООД", "uk": "Товарно-транспортна накладна — ТОВ «Дніпро Логістик»"},
    "ticket_resale_receipt": {"zh": "门票转让收据 — 票务通二手平台", "hi": "टिकट पुनर्विक्रय रसीद – शोटाइम एक्सचेंज",
                              "fa": "رسید فروش مجدد بلیت — سامانه بلیت‌یار", "nl": "Doorverkoopbewijs ticket – TicketRuil.nl", "vi": "Biên nhận bán lại vé – Chợ Vé Sài Gòn"},
}
US_REG = {
    "jury_questionnaire": ("en", ["JUROR QUALIFICATION QUESTIONNAIRE — Superior Court of Marlow County", "Juror Summons Response (online form printout)",
                                  "jury questionnaire - pasted from intake spreadsheet"]),
    "escrow_disbursement_sheet": ("en", ["ESCROW DISBURSEMENT AUTHORIZATION", "Escrow No. {r} — Disbursement Ledger", "Seller proceeds / buyer refund sheet"]),
    "student_loan_forbearance_request": ("en", ["General Forbearance Request", "Re: forbearance request for account ending {r}", "Loan servicer chat — forbearance"]),
    "credit_union_membership_ocr": ("en", ["MEMBERSHIP APPL1CATION - Lakeside Teachers Credit Union", "M E M B E R S H I P  A P P L I C A T I O N", "Joint owner addendum (scan p. 2)"]),
    "food_bank_intake": ("es", ["Formulario de inscripción — Banco de Alimentos del Valle", "Hoja de admisión de despensa", "Registro de hogares (copiado de la hoja de cálculo)"]),
    "payday_loan_application": ("en", ["Cash Advance Application", "QuickFunds storefront — applicant summary", "Solicitud de préstamo de día de pago"]),
    "child_support_payment_stub": ("en", ["Child Support Payment Coupon", "Income Withholding — payment stub", "Cupón de pago de manutención infantil"]),
    "probation_intake_form": ("en", ["ADULT PROBATION INTAKE", "Probationer information sheet", "Supervision transfer — intake notes"]),
    "esports_prize_payout": ("en", ["Prize Payout Form (W-9 information)", "Tournament winnings — payee details", "payout request via Discord ticket"]),
}
US_ES_PAGES = {"payday_loan_application", "child_support_payment_stub"}


def us_doc(d: Doc, rng: random.Random, name: str, k: int) -> str:
    lang, titles = US_REG[name]
    lay = k % 3
    if name in US_ES_PAGES and lay == 2:
        lang = "es"
    title = titles[lay].format(r=rng.randint(1000, 9999))
    d.t(title + "\n" + ("=" * min(len(title), 40) if rng.random() < 0.5 else "") + "\n")
    mix = {"ssn": rng.randint(3, 6), "tel": rng.randint(1, 2), "mob": rng.randint(0, 1), "mail": rng.randint(1, 2),
           "card": rng.choice([0, 1, 1, 2]), "ip": rng.choice([0, 0, 1])}
    fs = fields(rng, lang, mix, "US")
    # the US pages' own layouts: one of the generic seven, picked in turn by document index
    if name == "credit_union_membership_ocr":  # OCR misreads in the printed labels, never in the values
        for f in fs:
            f["lab"] = (f["lab"][0].upper().replace("O", "0").replace("I", "1"), f["lab"][1])
    US_LAYOUTS[(k // 3 + lay) % len(US_LAYOUTS)](d, rng, lang, fs, True)
    if rng.random() < 0.5:
        foot = ["Sent from my iPhone\n", "cc: @records_desk, @jdoe-intake\n", "PAGE 2 OF 3 · FORM 88-1 (REV. 4/2024)\n"] if lang == "en" \
            else ["Enviado desde mi iPhone\n", "cc: @oficina_admision\n", "PÁGINA 2 DE 3 · FORMULARIO 88-1S (REV. 4/2024)\n"]
        d.t(rng.choice([*foot, f"Message-ID: <{rng.getrandbits(48):x}.{rng.randint(10, 99)}@mail.gmail.com>\n"]))
    return lang


def intl_doc(d: Doc, rng: random.Random, name: str, k: int) -> str:
    langs = list(TITLES[name])
    lang = langs[k % len(langs)]
    L = LEX[lang]
    d.t(TITLES[name][lang] + "\n" + f"{L['date']}: {date_s(rng, L['df'])}\n\n")
    mix = {"tel": rng.randint(1, 3), "mob": rng.randint(1, 2), "fax": rng.choice([0, 0, 1]), "mail": rng.randint(1, 2),
           "iban": rng.choice([0, 1, 1]), "card": rng.choice([1, 1, 2, 2]), "ip": rng.choice([0, 0, 1])}
    fs = fields(rng, lang, mix)
    LAYOUTS[(k // len(langs) + k) % len(LAYOUTS)](d, rng, lang, fs, False)
    d.t(f"{L['note']}: {neg(rng, lang)} · {neg(rng, lang)}\n")
    if rng.random() < 0.35:
        d.t(rng.choice([f"Message-ID: <{rng.getrandbits(48):x}@{rng.choice(L['doms'])}>\n", f"@{rng.choice(['studio', 'booking', 'desk'])}_{rng.randint(1, 99)}\n",
                        f"{email(rng, lang).replace('@', ' (at) ')}\n"]))
    return lang


N_INTL, N_US, N_MACH = 55, 44, 36


def generate(half: str = "blind15") -> list[dict]:
    rows: list[dict] = []
    jobs = [("intl", n, k) for n in TITLES for k in range(N_INTL)] + [("us", n, k) for n in US_REG for k in range(N_US)] \
        + [("mach", n, k) for n in MACHINE for k in range(N_MACH)]
    for i, (kind, name, k) in enumerate(jobs):
        rng = random.Random(f"{SEED}-{name}-{k}")
        d = Doc()
        if kind == "intl":
            lang = intl_doc(d, rng, name, k)
            host = rng.choice(["example-shop", "booking", "kunden", "portal"])
        elif kind == "us":
            lang = us_doc(d, rng, name, k)
            host = rng.choice(["forms", "portal", "intake", "secure"])
        else:
            lang = "en"
            MACHINE[name](d, rng, k % 3)
            if rng.random() < 0.6:
                d.t(rng.choice(MACHINE_AT_TRAPS).format(h=rng.getrandbits(64), n=rng.randint(2, 40)) + "\n")
            host = rng.choice(["pastebin", "gist", "logs", "paste"])
        rows.append({"id": f"blind15-{i}", "half": "blind15", "register": name,
                     "url": f"https://{host}.{name.replace('_', '-')}.test/{rng.randint(1000, 99999)}",
                     "language": lang, "text": d.text, "spans": d.spans})
    for r in rows:
        check_row(r)
    return rows


EXT_RE = None


def strip_ext(s: str) -> str:
    import re
    return re.sub(r"\s*(?:ext\.|Ext|x|poste|доб\.|内線|Durchwahl|int\.|wew\.|дод\.|내선|вътр\.|dahili|ankn\.|toestel|linka|ต่อ)\s*\d+$", "", s)


def check_row(r: dict) -> None:
    """The integrity checks every committed row passes."""
    text = r["text"]
    last = -1
    for sp in sorted(r["spans"], key=lambda s: s["start"]):
        s = sp["text"]
        assert text[sp["start"]:sp["end"]] == s, (r["id"], sp)
        assert sp["start"] >= last, (r["id"], "overlap", sp)
        last = sp["end"]
        before = text[sp["start"] - 1] if sp["start"] else " "
        after = text[sp["end"]] if sp["end"] < len(text) else " "
        assert not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()), (r["id"], sp, before, after)
        assert s == s.strip() and s[-1] not in ".,;:)>]", (r["id"], sp)
        if sp["type"] == "PHONE_NUMBER":
            assert phone_ok(strip_ext(s), "US") or any(phone_ok(strip_ext(s), reg) for reg in FOREIGN + ["IR", "EG"]), (r["id"], sp)
        else:
            assert CHECK[sp["type"]](s), (r["id"], sp)


def load() -> list[dict]:
    return read_rows(SET_PATH)


def _counts(rows: list[dict]) -> None:
    from collections import Counter
    t, reg, lang = Counter(), Counter(), Counter()
    for r in rows:
        reg[r["register"]] += 1
        lang[r["language"]] += 1
        for s in r["spans"]:
            t[s["type"]] += 1
    tot = sum(t.values())
    print("spans per type:", {k: f"{v} ({v / tot:.1%})" for k, v in t.most_common()})
    print("documents per register:", dict(reg.most_common()))
    print("documents per language:", dict(lang.most_common()))


if __name__ == "__main__":
    _counts(generate())
    write_sets("pii_", {"blind15": (SET_PATH,)}, generate, "Write the blind15 PII test set.")
