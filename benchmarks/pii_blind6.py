"""A sixth blind PII test set (issue 26): 30 registers no earlier generator used, 29 languages, and
values in the contexts real pages give them.

Written by a sixth helper who read only the issue, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` and one row of pii_blind3.jsonl (the
format); never stages/pii*.py, their tests, docs/pii.md, the other generators' templates or value
makers, nor BENCHMARKS.md's PII sections. The step was never run on this set while it was written:
the lead scores it once, at the end. Every template, phrase, name list and value maker is new.

    python benchmarks/pii_blind6.py               # counts per type, register and language
    python benchmarks/pii_blind6.py --write-set   # (re)writes benchmarks/data/pii_blind6.jsonl

Registers used in many languages keep a short skeleton in English (headings, item lines), as the
localized templates of international sites do, with labels, sentences, names and numbers in the
page's language; the rest are written in their own language (notarial deeds in German, US forms in
English or in the language of the US page: es, zh, ko, vi).

Registers (39): auction lot catalogues, notarial deed excerpts, coworking house rules, library overdue
notices, farmers'-market vendor lists, choir rehearsal schedules, change-of-address notices, pawn
tickets, hackathon team registrations, translation-agency quotes, customs declarations (CN23),
blood-donor reminders, referee assignment sheets, driving-school lesson plans, bicycle-theft police
reports, tour itineraries, bike-repair work orders, wiki-style company infoboxes, warranty
registration cards, ship crew lists, amateur-radio callbook entries, exchange KYC support e-mails,
password-reset e-mails, alumni class notes, wiki talk pages, fail2ban digests, WireGuard configs,
OpenVPN status files, Terraform tfvars, crash-report dumps, AUTHORS files, regex help questions
with sample data, unit-test fixtures, lottery prize claim forms, transcript requests,
prescription refill requests, shareholder proxy forms, subscription renewal notices, and
unlabelled contact strips (values of mixed types on one line).
Languages (29, 13 in non-Latin scripts): en de fr es it pt nl pl sv da fi cs ro hu tr ru uk bg el
ar fa he hi zh ja ko th vi id.

Contexts: a label before the value (the page's language, abbreviated, in capitals, with or without
colon), a label after it, a column header far above it (pipe, CSV and fixed-width tables), only the
sentence around it, or nothing where its shape tells (E.164, IBAN, e-mail, a 4-4-4-4 card);
several values of mixed types on one line; markup remnants ("&nbsp;", "<br>", "**", "|") or a line
break between label and value. Phones: `phonenumbers` example numbers of 70-odd regions (fixed
line and mobile, last four digits varied while valid), written national (only on a page of their
own country, by the URL's TLD), international, E.164, "00", "+CC (0)", with dots, no-break spaces,
full-width, Arabic-Indic or Persian digits, with extensions in 17 languages, Tel/Fax pairs. Cards
of 10 brands at real prefixes and lengths in their printed groupings; IBANs from schwifty
(electronic, print groups, lower case); IPv4 (public, private, link-local) and IPv6 (global, ULA,
link-local with a zone id outside the span); e-mails; US SSNs (dashed, spaced, unseparated only
beside a label, a column or a sentence naming it).
Hard negatives beside them: dates, times, prices, order / tracking / invoice / case / lot numbers,
ISBN, ISSN, EAN, postcodes, coordinates, versions (some shaped like IPv4), scores, IMEIs, serials,
hashes, masked and Luhn-invalid cards, IBANs with a wrong check digit, ITINs, EINs, invalid SSNs,
netmasks, wildcard masks, loopback, 0.0.0.0, broadcast, year and page ranges, sort codes, ABA
routing numbers, non-IBAN account numbers, CPF, PESEL-shaped, NINO, SIN-shaped, DNI, call signs,
Message-IDs, obfuscated e-mails and vanity numbers ("1-800-PAWN-NOW").

Span rules (the project's policy, as blind3 states it):
- a span is exactly the value: no label, bracket, "mailto:", port, CIDR prefix, IPv6 zone id or
  trailing punctuation; an extension right after a phone is part of the phone's span;
- e-mails need a literal "@" and a dotted domain; obfuscated forms, DNS SOA mailboxes and
  Message-IDs are not labelled;
- IPs: loopback, unspecified, netmasks / wildcard masks and 255.255.255.255 are not labelled;
  private, link-local and public addresses are;
- lower-case IBANs and IBANs in print groups are labelled; a wrong check digit is not;
- cards pass Luhn and start with a real brand prefix at a real brand length; masked or
  Luhn-invalid ones are not labelled, nor Luhn-valid non-card numbers (IMEI);
- national ids other than the US SSN are not labelled; ITINs, EINs and SSNs with area 000, 666 or
  9xx, group 00 or serial 0000 are not labelled;
- a phone is a number a reader recognises as one (shape, label or sentence) and is valid for some
  region per phonenumbers (extension stripped); bare national numbers no reader could tell from
  another number are not planted; vanity numbers are not labelled.

Gold is checked on writing (`check_row`, also run by tests/test_pii_blind6_set.py): span text
equals text[start:end], spans sorted and not overlapping, not glued to an ASCII letter or digit,
phones valid, cards Luhn + brand prefix + length, IBANs valid (schwifty), IPs parse and are of no
excluded class, SSNs in the issued range, each gold value of 7+ characters occurs in its text
exactly as often as it is labelled, and no Luhn-valid brand card number or valid IBAN stands
outside a span. A drawn document failing a check is drawn again (next attempt seed).
Deterministic: string seeds per document, no set iteration, no Faker.
"""

from __future__ import annotations

import ipaddress
import random
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows, write_sets

DATA = Path(__file__).resolve().parent / "data" / "pii_blind6.jsonl"
N_DOCS = 1400
SEED = "blind6"

PHONE, EMAIL, IP, CARD, IBAN_T, SSN = (
    "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")

# language -> home regions (first is the usual one), labels, sentence frames
LANG = {
    "en": {"regions": ["US", "GB", "AU", "IE", "NZ", "CA"], "tel": ["Tel", "Phone", "PH", "Ph.", "TEL", "Cell"],
               "mob": "Mobile", "fax": "Fax", "mail": ["Email", "E-mail", "EMAIL"], "ext": ["ext.", "x", "Ext"],
               "card": "Card no.", "iban": "IBAN", "acct": "Account no.", "call": "Give me a ring on {} after six.",
               "wire": "Please wire the deposit to {} before Friday.", "write": "Questions? Drop a line to {} anytime.",
               "names": ["Megan Holt", "Darnell Price", "Siobhan Carey", "Trevor Lund"]},
    "de": {"regions": ["DE", "AT", "CH"], "tel": ["Tel.", "Telefon", "Fon", "TEL"], "mob": "Handy", "fax": "Fax",
               "mail": ["E-Mail", "Mail"], "ext": ["Durchwahl", "App."], "card": "Kartennr.", "iban": "IBAN",
               "acct": "Kontonr.", "call": "Rufen Sie mich am besten abends unter {} an.",
               "wire": "Bitte überweisen Sie den Betrag auf {}.", "write": "Rückfragen gern an {}.",
               "names": ["Jörg Brandner", "Anke Riedl", "Till Ostermann", "Hanna Vogl"]},
    "fr": {"regions": ["FR", "BE", "CH", "CA"], "tel": ["Tél.", "Téléphone", "TEL", "Tél"], "mob": "Portable",
               "fax": "Fax", "mail": ["Courriel", "E-mail"], "ext": ["poste"], "card": "N° de carte", "iban": "IBAN",
               "acct": "N° de compte", "call": "Vous pouvez me joindre au {} en soirée.",
               "wire": "Merci de virer l'acompte sur le compte {}.", "write": "Pour toute question, écrivez à {}.",
               "names": ["Maëlle Girard", "Yannick Perrot", "Solène Dufour", "Bastien Roux"]},
    "es": {"regions": ["ES", "MX", "AR", "CO", "CL", "PE"], "tel": ["Tel.", "Teléfono", "Tfno.", "TEL"],
               "mob": "Móvil", "fax": "Fax", "mail": ["Correo", "E-mail"], "ext": ["ext.", "anexo"], "card": "N.º de tarjeta",
               "iban": "IBAN", "acct": "N.º de cuenta", "call": "Llámame al {} cuando puedas.",
               "wire": "Haz la transferencia a {} antes del viernes.", "write": "Cualquier duda, escribe a {}.",
               "names": ["Itziar Lozano", "Rodrigo Balbuena", "Ximena Ortega", "Nacho Ferrer"]},
    "it": {"regions": ["IT"], "tel": ["Tel.", "Telefono", "TEL"], "mob": "Cell.", "fax": "Fax", "mail": ["E-mail", "Email"],
               "ext": ["int."], "card": "N. carta", "iban": "IBAN", "acct": "C/C n.", "call": "Chiamami pure al {} dopo le 18.",
               "wire": "Effettua il bonifico su {} indicando la causale.", "write": "Per info scrivete a {}.",
               "names": ["Ilaria Fontana", "Gianluca Serra", "Rosaria Greco", "Matteo Bellini"]},
    "pt": {"regions": ["PT", "BR"], "tel": ["Tel.", "Telefone", "TEL"], "mob": "Telemóvel", "fax": "Fax",
               "mail": ["E-mail", "Email"], "ext": ["ramal"], "card": "N.º do cartão", "iban": "IBAN", "acct": "Conta n.º",
               "call": "Liga-me para o {} ao fim da tarde.", "wire": "Faça a transferência para {} até sexta.",
               "write": "Dúvidas? Escreva para {}.", "names": ["Inês Carvalho", "Tiago Mendes", "Luana Prado", "Rui Faria"]},
    "nl": {"regions": ["NL", "BE"], "tel": ["Tel.", "Telefoon", "TEL"], "mob": "Mobiel", "fax": "Fax", "mail": ["E-mail"],
               "ext": ["toestel"], "card": "Kaartnr.", "iban": "IBAN", "acct": "Rekeningnr.", "call": "Bel me gerust op {}.",
               "wire": "Maak het bedrag over naar {} o.v.v. je naam.", "write": "Vragen? Mail naar {}.",
               "names": ["Sanne de Groot", "Bram Verhoeven", "Lotte Smit", "Joris Bakker"]},
    "pl": {"regions": ["PL"], "tel": ["Tel.", "Telefon", "TEL"], "mob": "Kom.", "fax": "Faks", "mail": ["E-mail", "Mail"],
               "ext": ["wew."], "card": "Nr karty", "iban": "IBAN", "acct": "Nr rachunku", "call": "Proszę dzwonić pod {} po 17.",
               "wire": "Wpłaty prosimy kierować na {}.", "write": "Pytania proszę kierować na {}.",
               "names": ["Agnieszka Wróbel", "Tomasz Kaczmarek", "Zofia Dudek", "Paweł Sikora"]},
    "sv": {"regions": ["SE"], "tel": ["Tel.", "Telefon", "TEL"], "mob": "Mobil", "fax": "Fax", "mail": ["E-post"],
               "ext": ["anknytning"], "card": "Kortnr", "iban": "IBAN", "acct": "Kontonr", "call": "Ring mig på {} efter lunch.",
               "wire": "Sätt in beloppet på {}.", "write": "Frågor skickas till {}.",
               "names": ["Elin Sjöberg", "Oskar Lindqvist", "Maja Holm", "Viktor Ek"]},
    "da": {"regions": ["DK"], "tel": ["Tlf.", "Telefon", "TLF"], "mob": "Mobil", "fax": "Fax", "mail": ["E-mail", "Mail"],
               "ext": ["lokal"], "card": "Kortnr.", "iban": "IBAN", "acct": "Kontonr.", "call": "Ring til mig på {}.",
               "wire": "Beløbet indbetales på {}.", "write": "Spørgsmål til {}.",
               "names": ["Freja Madsen", "Mikkel Dahl", "Ida Kjær", "Rasmus Bech"]},
    "fi": {"regions": ["FI"], "tel": ["Puh.", "Puhelin", "PUH"], "mob": "GSM", "fax": "Faksi", "mail": ["Sähköposti"],
               "ext": ["alanro"], "card": "Kortin nro", "iban": "IBAN", "acct": "Tilinro", "call": "Soita numeroon {} iltaisin.",
               "wire": "Maksa summa tilille {}.", "write": "Kysymykset osoitteeseen {}.",
               "names": ["Aino Lehtonen", "Eero Mäkelä", "Sanni Koski", "Juho Heikkinen"]},
    "cs": {"regions": ["CZ"], "tel": ["Tel.", "Telefon", "TEL"], "mob": "Mobil", "fax": "Fax", "mail": ["E-mail"],
               "ext": ["linka"], "card": "Číslo karty", "iban": "IBAN", "acct": "Č. účtu", "call": "Volejte mi na {} po šesté.",
               "wire": "Zálohu pošlete na {}.", "write": "Dotazy pište na {}.",
               "names": ["Tereza Nováková", "Ondřej Kříž", "Lucie Malá", "Vojtěch Horák"]},
    "ro": {"regions": ["RO"], "tel": ["Tel.", "Telefon", "TEL"], "mob": "Mobil", "fax": "Fax", "mail": ["E-mail"],
               "ext": ["int."], "card": "Nr. card", "iban": "IBAN", "acct": "Cont nr.", "call": "Sunați-mă la {} după ora 17.",
               "wire": "Virați avansul în contul {}.", "write": "Întrebări la {}.",
               "names": ["Ioana Stan", "Mihai Dobre", "Raluca Ene", "Andrei Popa"]},
    "hu": {"regions": ["HU"], "tel": ["Tel.", "Telefon", "TEL"], "mob": "Mobil", "fax": "Fax", "mail": ["E-mail"],
               "ext": ["mellék"], "card": "Kártyaszám", "iban": "IBAN", "acct": "Számlaszám", "call": "Hívjon a {} számon.",
               "wire": "Az előleget a {} számlára utalja.", "write": "Kérdéseit a {} címre várjuk.",
               "names": ["Eszter Takács", "Bence Varga", "Réka Szabó", "Gergő Molnár"]},
    "tr": {"regions": ["TR"], "tel": ["Tel.", "Telefon", "TEL"], "mob": "Cep", "fax": "Faks", "mail": ["E-posta"],
               "ext": ["dahili"], "card": "Kart no", "iban": "IBAN", "acct": "Hesap no", "call": "Beni {} numarasından arayabilirsiniz.",
               "wire": "Kaporayı {} hesabına gönderin.", "write": "Sorularınız için {} adresine yazın.",
               "names": ["Elif Aydın", "Burak Şahin", "Zeynep Koç", "Emre Yıldız"]},
    "ru": {"regions": ["RU"], "tel": ["Тел.", "Телефон", "ТЕЛ"], "mob": "Моб.", "fax": "Факс", "mail": ["Эл. почта", "E-mail"],
               "ext": ["доб."], "card": "Номер карты", "iban": "IBAN", "acct": "Р/с", "call": "Звоните мне по номеру {} после шести.",
               "wire": "Предоплату переведите на {}.", "write": "Вопросы присылайте на {}.",
               "names": ["Ольга Зуева", "Артём Белов", "Ксения Павлова", "Игорь Лаптев"]},
    "uk": {"regions": ["UA"], "tel": ["Тел.", "Телефон", "ТЕЛ"], "mob": "Моб.", "fax": "Факс", "mail": ["Ел. пошта"],
               "ext": ["дод."], "card": "Номер картки", "iban": "IBAN", "acct": "Рахунок", "call": "Телефонуйте мені на {} ввечері.",
               "wire": "Передоплату надсилайте на {}.", "write": "Питання надсилайте на {}.",
               "names": ["Оксана Гнатюк", "Тарас Мельник", "Ірина Бойко", "Василь Ткач"]},
    "bg": {"regions": ["BG"], "tel": ["Тел.", "Телефон", "ТЕЛ"], "mob": "Моб.", "fax": "Факс", "mail": ["Имейл"],
               "ext": ["вътр."], "card": "Карта №", "iban": "IBAN", "acct": "Сметка", "call": "Обадете ми се на {} следобед.",
               "wire": "Преведете капарото по {}.", "write": "Въпроси на {}.",
               "names": ["Десислава Петрова", "Стоян Илиев", "Мария Колева", "Георги Ненов"]},
    "el": {"regions": ["GR", "CY"], "tel": ["Τηλ.", "Τηλέφωνο", "ΤΗΛ"], "mob": "Κιν.", "fax": "Φαξ", "mail": ["Email"],
               "ext": ["εσωτ."], "card": "Αρ. κάρτας", "iban": "IBAN", "acct": "Αρ. λογαριασμού",
               "call": "Πάρε με στο {} μετά τις έξι.", "wire": "Καταθέστε την προκαταβολή στο {}.",
               "write": "Για απορίες γράψτε στο {}.", "names": ["Ελένη Παππά", "Νίκος Σταύρου", "Δήμητρα Λάμπρου", "Γιάννης Κόκκινος"]},
    "ar": {"regions": ["SA", "AE", "EG", "JO", "MA"], "tel": ["هاتف", "الهاتف", "ت"], "mob": "جوال", "fax": "فاكس",
               "mail": ["البريد الإلكتروني", "بريد"], "ext": ["تحويلة"], "card": "رقم البطاقة", "iban": "الآيبان", "acct": "رقم الحساب",
               "call": "اتصل بي على {} بعد المغرب.", "wire": "يرجى تحويل العربون إلى {}.", "write": "للاستفسار راسلونا على {}.",
               "names": ["سارة العتيبي", "خالد منصور", "ليلى حداد", "يوسف الشامي"]},
    "fa": {"regions": ["IR"], "tel": ["تلفن", "تلفن تماس", "تل"], "mob": "همراه", "fax": "فکس", "mail": ["ایمیل", "پست الکترونیک"],
               "ext": ["داخلی"], "card": "شماره کارت", "iban": "شبا", "acct": "شماره حساب", "call": "با شماره {} تماس بگیرید.",
               "wire": "مبلغ را به {} واریز کنید.", "write": "سوالات خود را به {} بفرستید.",
               "names": ["مریم رضایی", "علی کاظمی", "نگار احمدی", "حسین مرادی"]},
    "he": {"regions": ["IL"], "tel": ["טל'", "טלפון", "טל"], "mob": "נייד", "fax": "פקס", "mail": ["דוא\"ל", "אימייל"],
               "ext": ["שלוחה"], "card": "מס' כרטיס", "iban": "IBAN", "acct": "מס' חשבון", "call": "אפשר להתקשר אליי ל-{} בערב.",
               "wire": "נא להעביר את המקדמה ל-{}.", "write": "לשאלות כתבו אל {}.",
               "names": ["נועה כהן", "איתי לוי", "שירה מזרחי", "עומר פרץ"]},
    "hi": {"regions": ["IN"], "tel": ["फ़ोन", "दूरभाष", "फोन नं."], "mob": "मोबाइल", "fax": "फैक्स", "mail": ["ईमेल"],
               "ext": ["एक्सटेंशन"], "card": "कार्ड नं.", "iban": "IBAN", "acct": "खाता सं.", "call": "मुझे {} पर शाम को कॉल करें।",
               "wire": "अग्रिम राशि {} में जमा करें।", "write": "प्रश्नों के लिए {} पर लिखें।",
               "names": ["प्रिया शर्मा", "राहुल वर्मा", "अंजलि गुप्ता", "विकास यादव"]},
    "zh": {"regions": ["CN", "TW", "HK"], "tel": ["电话", "電話", "联系电话"], "mob": "手机", "fax": "传真",
               "mail": ["邮箱", "电子邮件"], "ext": ["转"], "card": "卡号", "iban": "IBAN", "acct": "账号", "call": "有事请打 {} 找我。",
               "wire": "定金请汇至 {}。", "write": "如有疑问请发邮件至 {}。", "names": ["王丽娟", "陈志强", "刘芳", "张伟"]},
    "ja": {"regions": ["JP"], "tel": ["電話", "TEL", "Tel"], "mob": "携帯", "fax": "FAX", "mail": ["メール", "E-mail"],
               "ext": ["内線"], "card": "カード番号", "iban": "IBAN", "acct": "口座番号", "call": "{} までお電話ください。",
               "wire": "代金は {} へお振込みください。", "write": "お問い合わせは {} まで。",
               "names": ["佐藤 美咲", "高橋 健太", "中村 彩", "小林 翔"]},
    "ko": {"regions": ["KR"], "tel": ["전화", "TEL", "연락처"], "mob": "휴대폰", "fax": "팩스", "mail": ["이메일"],
               "ext": ["내선"], "card": "카드번호", "iban": "IBAN", "acct": "계좌번호", "call": "{} 번으로 전화 주세요.",
               "wire": "계약금은 {} 로 보내 주세요.", "write": "문의는 {} 로 보내 주세요.",
               "names": ["김민지", "이준호", "박서연", "최동현"]},
    "th": {"regions": ["TH"], "tel": ["โทร.", "โทรศัพท์", "Tel"], "mob": "มือถือ", "fax": "แฟกซ์", "mail": ["อีเมล"],
               "ext": ["ต่อ"], "card": "เลขบัตร", "iban": "IBAN", "acct": "เลขที่บัญชี", "call": "โทรหาผมได้ที่ {} ครับ",
               "wire": "โอนมัดจำไปที่ {} นะคะ", "write": "สอบถามได้ที่ {}", "names": ["สมชาย ใจดี", "นภา ศรีสุข", "วิชัย ทองดี", "อรทัย แก้วใส"]},
    "vi": {"regions": ["VN"], "tel": ["ĐT", "Điện thoại", "SĐT"], "mob": "Di động", "fax": "Fax", "mail": ["Email"],
               "ext": ["máy lẻ"], "card": "Số thẻ", "iban": "IBAN", "acct": "Số TK", "call": "Gọi cho mình qua số {} nhé.",
               "wire": "Vui lòng chuyển khoản vào {}.", "write": "Thắc mắc xin gửi về {}.",
               "names": ["Nguyễn Thu Hà", "Trần Minh Quân", "Lê Bảo Ngọc", "Phạm Đức Anh"]},
    "id": {"regions": ["ID"], "tel": ["Telp.", "Telepon", "TELP"], "mob": "HP", "fax": "Faks", "mail": ["Surel", "Email"],
               "ext": ["ext."], "card": "No. kartu", "iban": "IBAN", "acct": "No. rek.", "call": "Hubungi saya di {} ya.",
               "wire": "Silakan transfer DP ke {}.", "write": "Pertanyaan kirim ke {}.",
               "names": ["Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Agus Pratama"]},
}
LANGS = list(LANG)
# digits as some pages print them
FULLWIDTH = {ord(c): chr(0xFF10 + int(c)) for c in "0123456789"} | {ord("-"): "－", ord("+"): "＋"}
ARABIC_INDIC = {ord(c): chr(0x0660 + int(c)) for c in "0123456789"}
PERSIAN = {ord(c): chr(0x06F0 + int(c)) for c in "0123456789"}

FOREIGN_REGIONS = [
    "US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "ES", "PT", "IT", "PL", "CZ", "SK",
    "HU", "RO", "BG", "GR", "CY", "TR", "RU", "UA", "SE", "NO", "DK", "FI", "IS", "EE", "LV", "LT", "SI",
    "HR", "RS", "IL", "SA", "AE", "EG", "MA", "TN", "JO", "QA", "KW", "IR", "IN", "PK", "BD", "LK", "CN",
    "HK", "TW", "JP", "KR", "TH", "VN", "ID", "MY", "SG", "PH", "AU", "NZ", "ZA", "NG", "KE", "GH", "BR",
    "AR", "MX", "CL", "CO", "PE", "UY", "EC", "CR"]
IBAN_COUNTRIES = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "CZ", "PT", "SE", "DK", "FI", "NO",
                  "IE", "GB", "RO", "HU", "BG", "GR", "CY", "TR", "HR", "SI", "SK", "LT", "LV", "EE", "LU",
                  "IL", "SA", "AE", "JO", "QA", "KW", "EG", "UA", "GE", "AZ", "KZ", "BR", "MT", "IS", "MC",
                  "LI", "AD", "SM", "BA", "RS", "ME", "MK", "AL", "MD", "PK", "TN", "MR", "CR", "DO", "GT"]
REGION_IBAN = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "ES": "ES", "IT": "IT", "PT": "PT",
               "BR": "BR", "NL": "NL", "PL": "PL", "SE": "SE", "DK": "DK", "FI": "FI", "CZ": "CZ", "RO": "RO",
               "HU": "HU", "TR": "TR", "UA": "UA", "BG": "BG", "GR": "GR", "CY": "CY", "SA": "SA", "AE": "AE",
               "EG": "EG", "JO": "JO", "IL": "IL", "GB": "GB", "IE": "IE"}
TLD = {"US": "com", "GB": "co.uk", "AU": "com.au", "NZ": "co.nz", "BR": "com.br", "MX": "com.mx",
       "AR": "com.ar", "JP": "jp", "KR": "kr", "CN": "cn", "TW": "tw", "HK": "hk", "IN": "in", "IR": "ir"}
EXT_WORDS = sorted({w for d in LANG.values() for w in d["ext"]} | {"x", "ext"}, key=len, reverse=True)

# brand: (prefixes, lengths, printed grouping per length)
BRANDS = {
    "Visa": (["4"], [16, 13, 19]), "Mastercard": (["51", "52", "53", "54", "55", "2221", "2480", "2720"], [16]),
    "American Express": (["34", "37"], [15]), "Discover": (["6011", "644", "649", "65"], [16, 19]),
    "Diners Club": (["300", "305", "36", "38"], [14]), "JCB": (["3528", "3530", "3566", "3589"], [16]),
    "UnionPay": (["62"], [16, 19]), "Maestro": (["5018", "5020", "6304", "6759"], [16, 19, 12]),
    "Mir": (["2200", "2201", "2204"], [16]), "Troy": (["9792"], [16]),
}
GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3], 12: [4, 4, 4]}


# ---------------------------------------------------------------- values
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise ValueError(body)


def card_brand(digits: str) -> str | None:
    for brand, (prefixes, lengths) in BRANDS.items():
        if len(digits) in lengths and any(digits.startswith(p) for p in prefixes):
            return brand
    return None


def card_number(rng, brand=None) -> tuple[str, str]:
    brand = brand or rng.choice(list(BRANDS))
    prefixes, lengths = BRANDS[brand]
    prefix, length = rng.choice(prefixes), rng.choice(lengths)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return brand, luhn_complete(body)


def card_print(rng, digits: str, sep=None) -> str:
    sep = sep if sep is not None else rng.choice([" ", " ", "-", "", "\u00a0"])
    out, i = [], 0
    for g in GROUPS[len(digits)]:
        out.append(digits[i:i + g])
        i += g
    return sep.join(out)


def bad_card(rng) -> str:
    _, good = card_number(rng, "Visa")
    last = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return card_print(rng, good[:-1] + last, " ")


def masked_card(rng) -> str:
    last4 = "".join(rng.choice("0123456789") for _ in range(4))
    return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "4***********", "5417 24** **** "]) + last4


def iban_value(rng, country=None) -> str:
    country = country or rng.choice(IBAN_COUNTRIES)
    try:
        return str(IBAN.random(country_code=country, random=rng))
    except SchwiftyException:  # schwifty cannot fill some countries' BBANs: fall back to one it can
        return str(IBAN.random(country_code="DE", random=rng))


def iban_print(rng, iban: str, lang: str) -> str:
    style = rng.random()
    if style < 0.45:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style < 0.55:
        return iban.lower()
    if style < 0.62:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
    return iban


def bad_iban(rng) -> str:
    good = iban_value(rng)
    check = int(good[2:4])
    wrong = f"{(check + rng.randint(1, 50)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(check + 3) % 97 + 2:02d}"
    return good[:2] + wrong + good[4:]


def ssn_value(rng) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ssn_print(rng, ssn: str, bare_ok: bool) -> str:
    styles = ["dash"] * 5 + ["space"] * 2 + (["bare"] * 3 if bare_ok else [])
    s = rng.choice(styles)
    if s == "dash":
        return f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"
    if s == "space":
        return f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}"
    return ssn


def itin(rng) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 71, 78, 83, 88, 92, 94])}-{rng.randint(0, 9999):04d}"


def ein(rng) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"


def bad_ssn(rng) -> str:
    kind = rng.choice(["000", "666", "9xx", "g00", "s0000"])
    a, g, s = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
    if kind == "000":
        a = 0
    elif kind == "666":
        a = 666
    elif kind == "9xx":
        a = rng.randint(900, 999)
    elif kind == "g00":
        g = 0
    else:
        s = 0
    return f"{a:03d}-{g:02d}-{s:04d}"


def phone_number(rng, region: str):
    kind = rng.choice([PNT.MOBILE, PNT.FIXED_LINE, PNT.MOBILE])
    base = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(base.national_number)
    for _ in range(60):
        digits = nsn[:-4] + "".join(rng.choice("0123456789") for _ in range(4)) if len(nsn) > 6 else nsn
        num = phonenumbers.parse("+" + str(base.country_code) + digits, None)
        if phonenumbers.is_valid_number(num):
            return num
    return base


def phone_text(rng, region: str, home: str, lang: str, allow_ext=True) -> str:
    """A valid number of `region` as a page of `home` in `lang` writes it."""
    num = phone_number(rng, region)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    styles = ["intl", "intl", "e164", "00", "nbsp"]
    prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
    if prefix == "0" and region not in ("IT", "SM"):
        styles.append("trunk")
    if region == home:
        styles += ["nat", "nat", "nat", "nat"]
        if region in ("DE", "AT", "CH", "FR", "BE", "PL", "CZ", "US", "CA", "ES", "IT", "PT"):
            styles.append("dots")
    s = rng.choice(styles)
    if s == "intl":
        out = intl
    elif s == "e164":
        out = phonenumbers.format_number(num, PNF.E164)
    elif s == "00":
        out = "00" + intl[1:]
    elif s == "nbsp":
        out = intl.replace(" ", "\u00a0")
    elif s == "trunk":
        cc, rest = intl.split(" ", 1)
        out = f"{cc} (0) {rest}" if rng.random() < 0.5 else f"{cc} (0){rest}"
    elif s == "nat":
        out = phonenumbers.format_number(num, PNF.NATIONAL)
    else:
        nat = phonenumbers.format_number(num, PNF.NATIONAL)
        out = re.sub(r"[()]", "", nat).strip().replace(" ", ".").replace("-", ".")
    if lang == "ja" and region == "JP" and rng.random() < 0.35:
        out = out.translate(FULLWIDTH)
    elif lang == "ar" and rng.random() < 0.3:
        out = out.translate(ARABIC_INDIC)
    elif lang == "fa" and rng.random() < 0.4:
        out = out.translate(PERSIAN)
    if allow_ext and rng.random() < 0.12:
        word = rng.choice(LANG[lang]["ext"])
        out += f" {word} {rng.randint(2, 899)}" if word != "x" else f" x{rng.randint(2, 899)}"
    return out


def public_ipv4(rng) -> str:
    while True:
        ip = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if ip.is_global and not ip.is_multicast:
            return str(ip)


def ip_value(rng) -> str:
    r = rng.random()
    if r < 0.5:
        return public_ipv4(rng)
    if r < 0.65:
        return rng.choice([f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    if r < 0.7:
        return f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
    if r < 0.9:
        head = rng.choice(["2a02", "2a01", "2600", "2001:4860", "2a00", "2c0f", "2406"])
        groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - head.count(":") - 1)]
        full = head + ":" + ":".join(groups)
        return str(ipaddress.IPv6Address(full)) if rng.random() < 0.7 else full
    return str(ipaddress.IPv6Address(f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}"))


ASCII_HANDLES = ["mholt", "d.price", "siobhan.c", "tlund", "joerg.b", "anke_r", "m.girard", "yperrot",
                 "itziar.l", "rbalbuena", "ilaria.f", "gserra", "ines.c", "tiago.m", "sanne.dg", "bramv",
                 "a.wrobel", "tkaczmarek", "elin.s", "oskarl", "freja.m", "aino.l", "tereza.n", "ioana.s",
                 "eszter.t", "elif.aydin", "olga.zueva", "taras.m", "d.petrova", "eleni.p", "sara.otaibi",
                 "maryam.rz", "noa.cohen", "priya.s", "lijuan.wang", "misaki.sato", "minji.kim", "somchai.j",
                 "thuha.ng", "siti.r", "kai", "info", "office", "bookings", "hello", "support", "admin"]


def email_value(rng, region: str) -> str:
    tld = TLD.get(region, region.lower())
    local = rng.choice(ASCII_HANDLES)
    if rng.random() < 0.2:
        local += f"+{rng.choice(['news', 'orders', 'tix', 'x1'])}"
    if rng.random() < 0.25:
        local += str(rng.randint(1, 99))
    dom = rng.choice(["post", "mail", "web", "inbox", "net", "fastmail", "proton", "office", "corp"])
    sub = rng.choice(["", "", "", "mx.", "staff.", "eu."])
    return f"{local}@{sub}{dom}{rng.randint(1, 9) if rng.random() < 0.3 else ''}.{rng.choice([tld, tld, 'com', 'org', 'net', 'io'])}"


# ---------------------------------------------------------------- hard negatives
def neg(rng, lang="en") -> str:
    k = rng.randrange(34)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1998, 2027)
    if k == 0:
        return f"{d:02d}.{m:02d}.{y}"
    if k == 1:
        return f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    if k == 2:
        return f"{m}/{d}/{y}"
    if k == 3:
        return f"{rng.randint(5, 9999)},{rng.randint(0, 99):02d} €"
    if k == 4:
        return f"${rng.randint(1, 99)},{rng.randint(100, 999)}.{rng.randint(0, 99):02d}"
    if k == 5:
        return f"Order #{rng.randint(10**7, 10**9)}"
    if k == 6:
        return f"1Z{rng.randint(10**5, 10**6 - 1)}A{rng.randint(10**8, 10**9)}"
    if k == 7:
        return f"ISBN 978-{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}"
    if k == 8:
        return f"ISSN {rng.randint(1000, 9999)}-{rng.randint(100, 999)}X"
    if k == 9:
        return f"EAN {rng.choice(['40', '50', '76', '87'])}{rng.randint(10**10, 10**11 - 1)}"
    if k == 10:
        return f"{rng.uniform(-60, 70):.5f}, {rng.uniform(-120, 150):.5f}"
    if k == 11:
        return f"v{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}"
    if k == 12:
        return f"{rng.randint(0, 7)}:{rng.randint(0, 7)} ({rng.randint(0, 4)}:{rng.randint(0, 4)})"
    if k == 13:
        body = rng.choice(["35", "86", "01"]) + "".join(rng.choice("0123456789") for _ in range(12))
        return "IMEI " + luhn_complete(body)
    if k == 14:
        return "S/N " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    if k == 15:
        return "".join(rng.choice("0123456789abcdef") for _ in range(40))
    if k == 16:
        return masked_card(rng)
    if k == 17:
        return bad_card(rng)
    if k == 18:
        return bad_iban(rng)
    if k == 19:
        return "ITIN " + itin(rng)
    if k == 20:
        return "EIN " + ein(rng)
    if k == 21:
        return rng.choice(["255.255.255.0", "255.255.0.0", "0.0.0.255", "127.0.0.1", "0.0.0.0",
                           "255.255.255.255", "::1", "255.255.255.192"])
    if k == 22:
        return f"{y - rng.randint(1, 9)}–{y}"
    if k == 23:
        return f"pp. {rng.randint(10, 300)}-{rng.randint(301, 600)}"
    if k == 24:
        return f"sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    if k == 25:
        return f"ABA {rng.choice(['021000021', '026009593', '111000025', '122000247', '011401533'])}"
    if k == 26:
        return f"Acct {rng.randint(10**7, 10**10)}"
    if k == 27:
        return f"CPF {rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-{rng.randint(10, 99)}"
    if k == 28:
        return f"NINO {rng.choice('ABCEGHJKLMNPRSTWXYZ')}{rng.choice('ABCEGHJKLMNPRSTWXYZ')} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.choice('ABCD')}"
    if k == 29:
        return f"DNI {rng.randint(10**7, 10**8 - 1)}{rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"
    if k == 30:
        return f"firmware {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}"
    if k == 31:
        return f"{rng.choice(['Case', 'Ticket', 'Claim', 'Lot'])} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if k == 32:
        return f"{rng.choice(['', 'PLZ ', 'CP '])}{rng.randint(10000, 99999)}"
    return f"<{''.join(rng.choice('abcdef0123456789') for _ in range(12))}@mail.{rng.choice(['example.org', 'srv.net'])}>"


def date(rng) -> str:
    """A date (sometimes with a time) in one of the formats pages use: never a value, often digit-heavy."""
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1998, 2027)
    return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{d}/{m}/{y % 100:02d}",
                       f"{y}/{m:02d}/{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                       f"{d:02d}-{m:02d}-{y} {rng.randint(7, 21)}h{rng.choice(['00', '15', '30', '45'])}",
                       f"{y}年{m}月{d}日", f"{d}. {m}. {y}"])


def obfuscated(rng) -> str:
    h = rng.choice(ASCII_HANDLES)
    return rng.choice([f"{h} (at) mailbox (dot) org", f"{h} [at] uni-x [dot] de", f"{h} AT posteo DOT net"])


# ---------------------------------------------------------------- document builder
class Doc:
    """Text written left to right; `v` plants a labelled value and remembers its span."""

    def __init__(self):
        self.text, self.spans = "", []

    def t(self, *parts: str) -> Doc:
        self.text += "".join(parts)
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.spans.append({"type": kind, "start": len(self.text), "end": len(self.text) + len(value), "text": value})
        self.text += value
        return self


class Ctx:
    """What a template needs: the seeded random, the language, the page's country."""

    def __init__(self, rng, lang):
        self.rng, self.lang, self.L = rng, lang, LANG[lang]
        self.home = rng.choice(self.L["regions"])

    def phone(self, foreign=0.25, ext=True) -> str:
        region = self.rng.choice(FOREIGN_REGIONS) if self.rng.random() < foreign else self.home
        return phone_text(self.rng, region, self.home, self.lang, ext)

    def intl_phone(self) -> str:
        num = phone_number(self.rng, self.rng.choice(FOREIGN_REGIONS))
        return phonenumbers.format_number(num, self.rng.choice([PNF.E164, PNF.INTERNATIONAL]))

    def email(self) -> str:
        return email_value(self.rng, self.home)

    def iban(self) -> str:
        country = REGION_IBAN.get(self.home) if self.rng.random() < 0.7 else None
        return iban_print(self.rng, iban_value(self.rng, country), self.lang)

    def card(self) -> tuple[str, str]:
        brand, digits = card_number(self.rng)
        return brand, card_print(self.rng, digits)

    def tel_label(self) -> str:
        lab = self.rng.choice(self.L["tel"])
        return self.rng.choice([lab + ": ", lab + " ", lab.upper() + ": ", lab + ":\u00a0", lab + ":&nbsp;",
                                f"<b>{lab}</b> ", f"**{lab}:** ", lab + ":\n", lab + " | ", f"{lab}\t"])

    def name(self) -> str:
        return self.rng.choice(self.L["names"])

    def neg(self) -> str:
        return neg(self.rng, self.lang)

    def url(self, path: str) -> str:
        tld = TLD.get(self.home, self.home.lower())
        host = self.rng.choice(["www.", "", "portal.", "m."]) + self.rng.choice(
            ["alder", "kestrel", "quince", "marlow", "tessera", "obsidian", "halyard", "juniper"]) + "-" + path.split("/")[0].replace("_", "-")
        return f"https://{host}.{tld}/{path}"


def contact_line(d: Doc, c: Ctx, kinds=("tel", "mail")) -> None:
    """One 'label value' line per kind, labels in the page's language in their varied forms."""
    for k in kinds:
        if k == "tel":
            d.t(c.tel_label()).v(PHONE, c.phone()).t("\n")
        elif k == "mob":
            d.t(c.rng.choice([c.L["mob"] + ": ", c.L["mob"] + " ", c.L["mob"].upper() + " "])).v(PHONE, c.phone(0.1)).t("\n")
        elif k == "telfax":
            tel, fax = c.phone(0.0, ext=False), c.phone(0.0, ext=False)
            d.t(f"{c.L['tel'][0]}/{c.L['fax']}: ").v(PHONE, tel).t(c.rng.choice([" / ", " – ", "; "])).v(PHONE, fax).t("\n")
        elif k == "mail":
            d.t(c.rng.choice(c.L["mail"]) + c.rng.choice([": ", " ", ":\n"]))
            if c.rng.random() < 0.2:
                d.t("mailto:")
            d.v(EMAIL, c.email()).t("\n")
        elif k == "after":
            d.v(PHONE, c.phone()).t(f" ({c.rng.choice([c.L['mob'], c.L['fax'], c.L['tel'][1]]).lower()})\n")


# ---------------------------------------------------------------- registers
def r_auction_lot(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Lot {rng.randint(1, 480)} · {rng.choice(['Bronze figure', 'Art-deco clock', 'Pair of vases', 'Oil on canvas'])}\n")
    d.t(f"Estimate {rng.randint(2, 90) * 100}–{rng.randint(91, 200) * 100} · {c.neg()}\n")
    d.t(f"Provenance: private collection; {c.neg()}\n\nConsignor desk: {c.name()}\n")
    contact_line(d, c, rng.sample(["tel", "mail", "telfax", "after"], 2))
    d.t("Absentee bids by card: ")
    brand, card = c.card()
    d.v(CARD, card).t(f" ({brand}), exp. {rng.randint(1, 12):02d}/{rng.randint(27, 31)}\n")
    d.t(f"Buyer's premium paid to {c.L['iban']} ").v(IBAN_T, c.iban()).t(f" — ref. {c.neg()}\n")
    return d, "auction/lot"


def r_notarial_deed(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Urkundenrolle Nr. {rng.randint(100, 2999)}/{rng.randint(2019, 2027)} — {c.neg()}\n")
    d.t(f"Vor mir erschienen: {c.name()}, geb. {rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(1950, 2000)}, ")
    d.t("erreichbar unter ").v(PHONE, c.phone(0.1)).t(", sowie ")
    d.t(f"{c.name()} ({c.rng.choice(c.L['mail'])} ").v(EMAIL, c.email()).t(").\n")
    d.t(f"Der Kaufpreis von {rng.randint(90, 900)}.000,00 EUR ist zu zahlen auf das Anderkonto\n").v(IBAN_T, c.iban()).t("\n")
    d.t(f"Grundbuch Blatt {rng.randint(100, 9999)}, Flur {rng.randint(1, 40)}, {c.neg()}\n")
    return d, "notary"


def r_coworking_rules(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("HOUSE RULES — 3rd floor\n1. Quiet zone after 18:00.\n2. Guest Wi-Fi is on ")
    d.v(IP, ip_value(rng)).t(rng.choice(["/24", "", ":8080"])).t(", printer at ").v(IP, f"192.168.{rng.randint(0, 9)}.{rng.randint(10, 250)}")
    d.t(f" (netmask {rng.choice(['255.255.255.0', '255.255.0.0'])}).\n3. Lost key? {c.L['call'].split('{}')[0]}").v(PHONE, c.phone(0.0))
    d.t(c.L["call"].split("{}")[1] + "\n")
    d.t(f"4. Desk fees: {c.L['wire'].split('{}')[0]}").v(IBAN_T, c.iban()).t(c.L["wire"].split("{}")[1] + "\n")
    d.t(f"5. Community manager <br>{c.name()}<br>").v(EMAIL, c.email()).t(f"<br>{c.neg()}\n")
    return d, "coworking"


def r_library_overdue(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"{c.name()}\nOverdue notice — {date(rng)}\n")
    for _ in range(rng.randint(1, 3)):
        d.t(f"  {rng.choice(['Atlas of Birds', 'Collected Poems', 'Nordic Cooking', 'Rivers'])}  {neg(rng) if rng.random() < 0.5 else 'ISBN 978-3-16-148410-0'}  due {rng.randint(1, 28)}.{rng.randint(1, 12)}.\n")
    d.t(f"Fine: {rng.randint(1, 20)},{rng.randint(0, 9)}0. Pay online or at the desk.\n")
    d.t(f"{c.L['tel'][0]} ").v(PHONE, c.phone(0.0))
    if rng.random() < 0.4:
        d.t(" · ").v(EMAIL, c.email())
    d.t("\n")
    return d, "library/overdue"


def r_market_vendors(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Stall | Vendor | {c.L['tel'][1]} | {c.L['mail'][0]}\n---|---|---|---\n")
    for i in range(rng.randint(3, 6)):
        d.t(f"{i + 1} | {c.name()} | ").v(PHONE, c.phone(0.05, ext=False)).t(" | ")
        if rng.random() < 0.3:
            d.v(EMAIL, c.email())
        else:
            d.t(obfuscated(rng))
        d.t("\n")
    d.t(f"\nPitch fee {c.neg()} · market opens {c.neg()}\n")
    return d, "market/vendors"


def r_choir(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Rehearsals {rng.randint(2024, 2027)}/{rng.randint(2025, 2028)}\n")
    for _ in range(rng.randint(2, 4)):
        d.t(f"{date(rng)}  {rng.choice(['Sopranos', 'Altos', 'Tenors', 'Basses', 'Tutti'])}  BWV {rng.randint(1, 1100)}\n")
    d.t(f"\nSection leaders:\n{c.name()} — ").v(PHONE, c.phone(0.0)).t("\n")
    d.t(f"{c.name()} — ").v(EMAIL, c.email()).t(" / ").v(PHONE, c.phone(0.0, ext=False)).t("\n")
    d.t(c.L["wire"].format("")[:0]).t(c.L["wire"].split("{}")[0]).v(IBAN_T, c.iban()).t(c.L["wire"].split("{}")[1] + "\n")
    return d, "choir"


def r_change_address(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"{c.name()}\nWe have moved! New address from {date(rng)}:\n{rng.randint(1, 200)} {rng.choice(['Linden', 'Harbour', 'Mill'])} Rd, {c.neg()}\n")
    d.t("Old number ").t("(no longer in use): ").t(f"{c.neg()}\n")
    d.t("New: ").v(PHONE, c.phone(0.0)).t("\n")
    if rng.random() < 0.6:
        d.t(f"{c.L['acct']} / {c.L['iban']} unchanged: ").v(IBAN_T, c.iban()).t("\n")
    if rng.random() < 0.5:
        d.t(rng.choice(["New e-mail too → ", "and ", "Mail: "])).v(EMAIL, c.email()).t("\n")
    else:
        brand, card = c.card()
        d.t(f"Standing orders moved to my new {brand}: ").v(CARD, card).t("\n")
    return d, "change_of_address"


def r_pawn_ticket(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"PAWN TICKET No. {rng.randint(10000, 99999)}    DATE {date(rng)}\nPLEDGOR: {rng.choice(['R. ALVAREZ', 'T. MORGAN', 'K. NGUYEN'])}\n")
    lab = rng.choice(["ID/SSN", "SSN", "SOC SEC #", "SS#"])
    d.t(f"{lab}: ").v(SSN, ssn_print(rng, ssn_value(rng), True)).t(f"   DL# {rng.choice('ABCDEFG')}{rng.randint(10**6, 10**7)}\n")
    d.t(f"ITEM: {rng.choice(['14K ring', 'Gibson guitar', 'Cordless drill', 'Laptop'])}  SERIAL {neg(rng)[:20]}  LOAN ${rng.randint(20, 900)}.00\n")
    d.t("PHONE ").v(PHONE, phone_text(rng, "US", "US", "en", False)).t("\n")
    d.t(f"Redeem by {date(rng)} · interest {rng.randint(2, 25)}%/mo · {neg(rng)}\n")
    d.t(f"Questions? {rng.choice(['1-800-PAWN-NOW', '1-888-GOLD-4-U', '1-877-CASH-NOW'])} (24 h)\n")
    return d, "pawn_ticket"


def r_hackathon(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("team,member,email,phone,github\n")
    team = rng.choice(["null-pointers", "byte-club", "tiny-llama", "green-gauss"])
    for _ in range(rng.randint(2, 5)):
        d.t(f"{team},{c.name()},").v(EMAIL, c.email()).t(",")
        d.v(PHONE, c.intl_phone()) if rng.random() < 0.6 else d.v(PHONE, c.phone(0.0, ext=False))
        d.t(f",@{rng.choice(ASCII_HANDLES).replace('.', '')}\n")
    d.t("\n# demo box: ").v(IP, ip_value(rng)).t(f" (ssh user hack, pw in vault) — {c.neg()}\n")
    return d, "hackathon/registration"


def r_translation_quote(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Quote {rng.randint(1000, 9999)}-{rng.randint(10, 99)} · {rng.randint(800, 9000)} words {rng.choice(['EN>DE', 'FR>ES', 'JA>EN', 'RU>UK'])}\n")
    d.t(f"Rate {c.neg()} · delivery {date(rng)}\n\n")
    d.t(f"{c.name()}, sworn translator\n")
    d.t(f"{c.L['mob']}\n").v(PHONE, c.phone(0.1)).t("\n")
    d.t(f"{c.L['write'].split('{}')[0]}").v(EMAIL, c.email()).t(c.L["write"].split("{}")[1] + "\n")
    d.t(f"{c.L['iban']}: ").v(IBAN_T, c.iban()).t(f" · BIC {rng.choice(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'UNCRITMM'])} · VAT {c.neg()}\n")
    return d, "translation/quote"


def r_customs_cn23(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("CN 23  CUSTOMS DECLARATION\nSender: ").t(c.name()).t("\n")
    d.t(f"  {c.L['tel'][0]}: ").v(PHONE, c.phone(0.0)).t(f"   {c.L['mail'][0]}: ").v(EMAIL, c.email()).t("\n")
    d.t(f"Addressee: {rng.choice(LANG['en']['names'])}, {c.neg()}\n  Phone: ").v(PHONE, c.intl_phone()).t("\n")
    d.t(f"Contents  qty  HS tariff  value\n  books  {rng.randint(1, 9)}  4901.99  {c.neg()}\n  tea    {rng.randint(1, 9)}  0902.30  {c.neg()}\n")
    d.t(f"Barcode {rng.choice(['RR', 'CP', 'LX'])}{rng.randint(10**8, 10**9 - 1)}{rng.choice(['DE', 'FR', 'JP'])}\n")
    return d, "customs/cn23"


def r_blood_donor(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"{c.name()}, your next donation is possible from {date(rng)}.\n")
    d.t(f"Donor ID {rng.randint(10**8, 10**9)} · blood group {rng.choice(['A+', '0-', 'B+', 'AB-'])} · Hb {rng.randint(12, 17)}.{rng.randint(0, 9)}\n")
    d.t("Book a slot: ").v(PHONE, c.phone(0.0)).t(rng.choice([" (free of charge)", "", " — Mon–Fri"])).t("\n")
    if rng.random() < 0.5:
        d.t("Reply to this mail or write to ").v(EMAIL, c.email()).t(".\n")
    else:
        d.t(f"Travel costs are refunded to {c.L['iban']} ").v(IBAN_T, c.iban()).t(".\n")
    return d, "blood_donor/reminder"


def r_referee(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("Match                      Kick-off      Referee           Contact\n")
    for _ in range(rng.randint(3, 5)):
        d.t(f"{rng.choice(['FC Nord', 'SV Ost', 'Union 09', 'Rovers'])} – {rng.choice(['Kickers', 'TuS', 'United', 'Athletic'])}   {date(rng):<20} {c.name():<18} ")
        d.v(PHONE, c.phone(0.0, ext=False)).t("\n")
    d.t(f"\nLast season: {c.neg()} · assessor reports to ").v(EMAIL, c.email()).t("\n")
    return d, "referee/assignments"


def r_driving_school(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Lesson plan for {c.name()}\n")
    for i in range(rng.randint(2, 4)):
        d.t(f"  {i + 1}. {date(rng)}  {rng.choice(['roundabouts', 'motorway', 'parking', 'night drive'])}  {rng.randint(45, 90)} min\n")
    d.t(f"Instructor: {c.name()}, ").v(PHONE, c.phone(0.0)).t(c.rng.choice([" (WhatsApp)", "", f" ({c.L['mob']})"])).t("\n")
    d.t("Payment: ")
    if rng.random() < 0.5:
        d.v(IBAN_T, c.iban())
    else:
        brand, card = c.card()
        d.t(f"{brand} ").v(CARD, card)
    d.t(f"  · licence no. {c.neg()}\n")
    return d, "driving_school"


def r_bike_theft(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"INCIDENT REPORT  Case {rng.randint(2020, 2027)}-{rng.randint(100000, 999999)}\nOffense: Theft of bicycle  Reported {date(rng)}\n")
    d.t(f"Victim: {rng.choice(LANG['en']['names'])}  DOB {rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(1950, 2005)}\n")
    d.t("SSN ").v(SSN, ssn_print(rng, ssn_value(rng), True)).t("   Ph ").v(PHONE, phone_text(rng, "US", "US", "en", False)).t("\n")
    d.t(f"Bike: {rng.choice(['Trek', 'Cannondale', 'Giant'])} frame no. WTU{rng.randint(10**6, 10**7)}  value ${rng.randint(200, 3000)}\n")
    d.t(f"Reporting officer badge {rng.randint(1000, 9999)}, {c.neg()}\n")
    return d, "police/bike_theft"


def r_tour_itinerary(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Day 1  {date(rng)}  arrival, transfer to hotel\nDay 2  {date(rng)}  old town walk\nDay 3  free day ({c.neg()})\n\n")
    d.t("Your guide ").t(c.name()).t(" is reachable 24/7 on ").v(PHONE, c.intl_phone()).t(".\n")
    d.t("Emergency line: ").v(PHONE, c.phone(0.3, ext=False)).t("\n")
    d.t("Balance due to ").v(IBAN_T, c.iban())
    if rng.random() < 0.5:
        d.t(", or charged to the card on file:\n").v(CARD, card_print(rng, card_number(rng)[1]))
    d.t(f". {c.neg()}\n")
    return d, "tour/itinerary"


def r_bike_repair(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"WORK ORDER {rng.randint(1000, 9999)}\nCustomer: {c.name()}  {c.tel_label()}").v(PHONE, c.phone(0.0)).t("\n")
    d.t(f"Chain {rng.choice(['KMC X11', 'SRAM PC-1110'])}  {c.neg()}\nBrake bleed  {c.neg()}\n")
    d.t("Paid by card ").v(CARD, card_print(rng, card_number(rng)[1])).t(f"  auth {rng.randint(100000, 999999)}  {masked_card(rng)}\n")
    if rng.random() < 0.5:
        d.t(f"Deposit refund → {c.L['iban']}: ").v(IBAN_T, c.iban()).t("\n")
    return d, "bike_repair/work_order"


def r_infobox(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"{rng.choice(['Halyard Tools', 'Obsidian Foods', 'Kestrel Air', 'Tessera Labs'])}\nType\tPrivate\nFounded\t{rng.randint(1890, 2015)}\n")
    d.t(f"Revenue\t{c.neg()}\nHeadquarters\t{c.neg()}\n{c.L['tel'][1]}\t").v(PHONE, c.intl_phone()).t("\n")
    d.t("Website\twww.example.com\nISIN\tDE000" + str(rng.randint(10**6, 10**7)) + "\n")
    if rng.random() < 0.6:
        d.t("Press contact\t").v(EMAIL, c.email()).t("\n")
    return d, "wiki/infobox"


def r_warranty(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"WARRANTY REGISTRATION\nModel {rng.choice(['KX-500', 'TV 55Q8', 'WM-9000'])}  serial {c.neg()}  purchased {date(rng)}\n")
    d.t(f"Name ............ {c.name()}\n{c.L['mail'][0]} ............ ").v(EMAIL, c.email()).t("\n")
    d.t(f"{c.L['tel'][1]} ........ ").v(PHONE, c.phone(0.0)).t("\n")
    d.t("Extended plan charged to ").v(CARD, card_print(rng, card_number(rng)[1])).t(f" on {c.neg()}\n")
    return d, "warranty/registration"


def r_crew_list(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"CREW LIST  M/V {rng.choice(['NORDIC STAR', 'SEA ALDER', 'MARLOW'])}  IMO {rng.randint(9000000, 9999999)}  ETA {date(rng)}\n")
    d.t("No  Rank        Name                  Nationality  Contact\n")
    for i in range(rng.randint(3, 5)):
        lang = rng.choice(LANGS)
        region = rng.choice(LANG[lang]["regions"])
        d.t(f"{i + 1:<4}{rng.choice(['Master', 'C/O', '2/E', 'AB', 'Cook']):<12}{rng.choice(LANG[lang]['names']):<22}{region:<13}")
        num = phone_number(rng, region)
        d.v(PHONE, phonenumbers.format_number(num, PNF.INTERNATIONAL if rng.random() < 0.7 else PNF.E164)).t("\n")
    d.t(f"Agent: {c.name()} ").v(EMAIL, c.email()).t(f" · port call {c.neg()}\n")
    return d, "crew_list"


def r_callbook(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"{rng.choice(['DL', 'F', 'EA', 'SP', 'OH', 'JA', 'HL', 'UA'])}{rng.randint(1, 9)}{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(3))}  {c.name()}\n")
    d.t(f"Grid {rng.choice('JKLMN')}{rng.choice('NOPQ')}{rng.randint(10, 99)}{rng.choice('abcdefgh')}{rng.choice('abcdefgh')}  CQ zone {rng.randint(1, 40)}  ITU {rng.randint(1, 90)}\n")
    d.t("QSL via bureau or direct; e-QSL ").v(EMAIL, c.email()).t("\n")
    d.t(f"Skeds on 14.{rng.randint(100, 350)} MHz; landline ").v(PHONE, c.phone(0.0, ext=False)).t(" evenings\n")
    d.t(f"Echolink node {rng.randint(100000, 999999)} at ").v(IP, public_ipv4(rng)).t("\n")
    return d, "ham_radio/callbook"


def r_kyc_email(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Subject: Re: [KYC-{rng.randint(10**5, 10**6)}] verification pending\n\nHi team,\n")
    d.t("I already sent my documents twice. My social is ").v(SSN, ssn_print(rng, ssn_value(rng), True))
    d.t(f", not the {ein(rng)} that's my LLC's EIN. My ITIN from before was {itin(rng)} but that's expired.\n")
    d.t("Withdrawals should go to ").v(IBAN_T, c.iban() if rng.random() < 0.4 else iban_print(rng, iban_value(rng, "GB"), "en"))
    d.t(" and the deposit came from my card ").v(CARD, card_print(rng, card_number(rng)[1])).t(".\n")
    d.t("Login IP if it helps: ").v(IP, ip_value(rng)).t("\nCall me: ").v(PHONE, phone_text(rng, "US", "US", "en")).t("\n")
    return d, "exchange/kyc_email"


def r_password_reset(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Hello {c.name()},\nsomeone asked to reset the password of ").v(EMAIL, c.email()).t(".\n")
    d.t("Request from ").v(IP, ip_value(rng)).t(f" ({rng.choice(['Firefox 128', 'Chrome 131.0.6778.85', 'Safari 17.6'])}) on {c.neg()}.\n")
    d.t(f"Code: {rng.randint(100000, 999999)} (valid 15 min). Not you? Call security at ").v(PHONE, c.intl_phone()).t(".\n")
    return d, "password_reset"


def r_alumni_notes(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Class of {rng.randint(1970, 2015)} notes\n")
    d.t(f"{c.name()} writes that the reunion is set for {date(rng)}. {c.L['call'].format('')[:0]}")
    d.t(c.L["call"].split("{}")[0]).v(PHONE, c.phone(0.2)).t(c.L["call"].split("{}")[1] + " ")
    d.t(f"{c.name()} retired after {rng.randint(20, 40)} years; reach her at ").v(EMAIL, c.email()).t(".\n")
    d.t(f"Dues {c.neg()}: {c.L['wire'].split('{}')[0]}").v(IBAN_T, c.iban()).t(c.L["wire"].split("{}")[1] + "\n")
    return d, "alumni/class_notes"


def r_wiki_talk(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("== Removed contact details ==\n")
    d.t("I removed the phone number ").v(PHONE, c.phone(0.2, ext=False)).t(f" from the article per WP:NOTDIR. {c.neg()}\n")
    d.t(":The IP editor ").v(IP, public_ipv4(rng)).t(f" keeps re-adding it (see diff of {c.neg()}). ~~~~\n")
    d.t(f"::Agree. The address {obfuscated(rng)} is also not encyclopedic. --{rng.choice(ASCII_HANDLES)} {c.neg()}\n")
    return d, "wiki/talk"


def r_fail2ban(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Subject: [Fail2Ban] sshd: banned {rng.randint(3, 40)} hosts on {date(rng)}\n\n")
    for _ in range(rng.randint(3, 6)):
        ip = ip_value(rng)
        d.t(f"{rng.randint(2024, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{rng.randint(100, 999)} fail2ban.actions [{rng.randint(100, 9999)}]: NOTICE [sshd] Ban ")
        d.v(IP, ip).t("\n")
    d.t("ignoreip = 127.0.0.1/8 ::1 ").v(IP, f"10.{rng.randint(0, 255)}.0.{rng.randint(1, 9)}").t("\n")
    d.t("destemail = ").v(EMAIL, c.email()).t("\n")
    return d, "fail2ban/digest"


def r_wireguard(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    key = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43)) + "="
    d.t(f"[Interface]\nPrivateKey = {key}\nAddress = ").v(IP, f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}").t("/32\n")
    d.t("DNS = ").v(IP, public_ipv4(rng)).t("\nMTU = 1420\n\n[Peer]\n# ")
    d.t(f"{c.name()} laptop, ").v(EMAIL, c.email()).t("\n")
    d.t("AllowedIPs = 0.0.0.0/0, ::/0\nEndpoint = ").v(IP, public_ipv4(rng)).t(f":{rng.choice([51820, 443, 51821])}\n")
    d.t("PersistentKeepalive = 25\n")
    return d, "wireguard_config"


def r_openvpn(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("OpenVPN CLIENT LIST\nUpdated,Thu Sep 12 10:22:07 2026\nCommon Name,Real Address,Bytes Received,Bytes Sent,Connected Since\n")
    rows = []
    for _ in range(rng.randint(2, 4)):
        cn = rng.choice(ASCII_HANDLES).replace(".", "_")
        d.t(f"{cn},").v(IP, public_ipv4(rng)).t(f":{rng.randint(1024, 65000)},{rng.randint(10**4, 10**8)},{rng.randint(10**4, 10**8)},{c.neg()}\n")
        rows.append(cn)
    d.t("ROUTING TABLE\nVirtual Address,Common Name,Real Address,Last Ref\n")
    for cn in rows:
        d.t("").v(IP, f"10.8.0.{rng.randint(2, 250)}").t(f",{cn},…\n")
    d.t("GLOBAL STATS\nMax bcast/mcast queue length,0\nEND\n")
    return d, "openvpn_status"


def r_tfvars(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f'region       = "{rng.choice(["eu-central-1", "us-east-2", "ap-northeast-1"])}"\n')
    d.t('vpc_cidr     = "10.20.0.0/16"\nadmin_cidrs  = ["').v(IP, public_ipv4(rng)).t('/32", "').v(IP, ip_value(rng)).t('/32"]\n')
    d.t('alert_email  = "').v(EMAIL, c.email()).t('"\n')
    d.t('oncall_phone = "').v(PHONE, phonenumbers.format_number(phone_number(rng, rng.choice(FOREIGN_REGIONS)), PNF.E164)).t('"\n')
    d.t(f'ami_version  = "{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}"\n')
    d.t(f'netmask      = "255.255.255.0"\ntags = {{ cost_center = "{rng.randint(1000, 9999)}" }}\n')
    return d, "terraform_tfvars"


def r_crash_dump(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"Traceback (most recent call last):\n  File \"billing/submit.py\", line {rng.randint(10, 900)}, in charge\n")
    d.t("ValueError: gateway rejected\n\nLocals:\n")
    d.t("  user = {'email': '").v(EMAIL, c.email()).t("', 'phone': '").v(PHONE, phonenumbers.format_number(phone_number(rng, "US"), PNF.E164)).t("',\n")
    ssn = ssn_value(rng)
    d.t("          'ssn': '").v(SSN, ssn if rng.random() < 0.6 else ssn_print(rng, ssn, False)).t("', 'ein': '").t(ein(rng)).t("'}\n")
    d.t("  card = '").v(CARD, card_number(rng)[1]).t(f"'\n  cvv = '{rng.randint(100, 999)}'\n  remote_addr = '").v(IP, ip_value(rng)).t("'\n")
    d.t(f"  build = '{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(1000, 9999)}'\n")
    return d, "crash_report"


def r_authors(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("# This is the list of significant contributors.\n# Names should be added as: Name <email address>\n\n")
    for _ in range(rng.randint(3, 6)):
        lang = rng.choice(LANGS)
        d.t(f"{rng.choice(LANG[lang]['names'])} <").v(EMAIL, email_value(rng, rng.choice(LANG[lang]["regions"]))).t(">\n")
    d.t(f"{rng.choice(ASCII_HANDLES)} (at) users.sourceforge.net\n")
    return d, "authors_file"


def r_regex_help(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("Regex to pull SSN and card out of a log line?\n\nMy lines look like this:\n\n    ")
    d.t(f"{c.neg()} uid={rng.randint(1000, 9999)} ssn=").v(SSN, ssn_value(rng)).t(" cc=").v(CARD, card_number(rng)[1])
    d.t(f" zip={rng.randint(10000, 99999)}-{rng.randint(1000, 9999)} routing={rng.choice(['021000021', '111000025'])}\n    ")
    d.t(f"{c.neg()} uid={rng.randint(1000, 9999)} ssn=").v(SSN, ssn_print(rng, ssn_value(rng), False)).t(" phone=").v(PHONE, phone_text(rng, "US", "US", "en", False)).t("\n\n")
    d.t(f"I tried `\\d{{3}}-\\d{{2}}-\\d{{4}}` but it also matches {itin(rng)} which is an ITIN. Using Python 3.{rng.randint(8, 13)}.\n")
    return d, "regex_help_question"


def r_test_fixture(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("def test_mask_customer():\n    customer = Customer(\n")
    d.t("        email=\"").v(EMAIL, c.email()).t("\",\n        phone=\"").v(PHONE, c.intl_phone()).t("\",\n")
    d.t("        iban=\"").v(IBAN_T, iban_value(rng)).t("\",\n        ssn=\"").v(SSN, ssn_print(rng, ssn_value(rng), True)).t("\",\n")
    d.t(f"        invalid_ssn=\"{bad_ssn(rng)}\",  # never issued\n        card=\"{bad_card(rng)}\",  # fails Luhn on purpose\n    )\n")
    d.t("    assert mask(customer).ip == \"127.0.0.1\"\n")
    return d, "unit_test_fixture"


def r_lottery_claim(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    labels = {"en": ("Claimant", "Social Security Number", "Phone"), "es": ("Reclamante", "Número de Seguro Social", "Teléfono"),
              "zh": ("领奖人", "社会安全号码 (SSN)", "电话"), "ko": ("청구인", "사회보장번호(SSN)", "전화"),
              "vi": ("Người nhận", "Số An Sinh Xã Hội", "Điện thoại")}[c.lang]
    d.t(f"PRIZE CLAIM FORM  Ticket {rng.randint(10**9, 10**10)}  Draw {date(rng)}\n{labels[0]}: {c.name()}\n")
    d.t(f"{labels[1]}:\n").v(SSN, ssn_print(rng, ssn_value(rng), True)).t("\n")
    d.t(f"{labels[2]}: ").v(PHONE, phone_text(rng, "US", "US", "en")).t(f"   ITIN (if no SSN): {itin(rng) if rng.random() < 0.5 else '___'}\n")
    d.t("E-mail: ").v(EMAIL, email_value(rng, "US")).t(f"\nAmount ${rng.randint(600, 90000):,}.00  W-2G payer EIN {ein(rng)}\n")
    return d, "lottery/claim_form"


def r_transcript_request(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t("OFFICIAL TRANSCRIPT REQUEST\n\nStudent ID    SSN (or last 4)    Years attended\n")
    sid = rng.randint(10**8, 10**9 - 1)
    d.t(f"{sid}     ").v(SSN, ssn_print(rng, ssn_value(rng), True)).t(f"          {c.neg()}\n\n")
    d.t(f"Send to: {rng.choice(['Admissions', 'Registrar'])}, ").v(EMAIL, email_value(rng, "US")).t("\n")
    d.t("Fee $10 charged to ").v(CARD, card_print(rng, card_number(rng)[1], rng.choice([" ", "-"]))).t(f" (CVV {rng.randint(100, 999)})\n")
    d.t("Daytime phone ").v(PHONE, phone_text(rng, "US", "US", "en")).t("\n")
    return d, "transcript_request"


def r_refill(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    es = c.lang == "es"
    d.t("Solicitud de resurtido\n" if es else "Prescription refill request\n")
    d.t(f"Rx #{rng.randint(10**6, 10**7)}  NDC {rng.randint(10000, 99999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}  qty {rng.randint(30, 90)}\n")
    d.t("Paciente: " if es else "Patient: ").t(f"{rng.choice(LANG['en']['names'])}  DOB {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1940, 2000)}\n")
    d.t("Mi número de seguro social es " if es else "Member ID is my social: ").v(SSN, ssn_print(rng, ssn_value(rng), True)).t("\n")
    d.t("Llámeme al " if es else "Call me when ready at ").v(PHONE, phone_text(rng, "US", "US", "en")).t(f". Pharmacy NPI {rng.randint(10**9, 2 * 10**9)}\n")
    return d, "prescription_refill"


def r_proxy_form(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"PROXY CARD — ANNUAL MEETING {date(rng)}\nControl number: {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}\n")
    d.t(f"CUSIP {rng.randint(100000, 999999)}{rng.choice('ABCDEFGH')}{rng.randint(10, 99)}  Shares {rng.randint(10, 9999):,}\n")
    d.t("Shareholder TIN/SSN: ").v(SSN, ssn_print(rng, ssn_value(rng), True)).t(f"  Joint holder SSN: {bad_ssn(rng) if rng.random() < 0.5 else 'n/a'}\n")
    d.t("Vote by phone ").v(PHONE, phone_text(rng, "US", "US", "en", False)).t(" or online. Questions: ").v(EMAIL, email_value(rng, "US")).t("\n")
    return d, "proxy_voting_form"


def r_subscription_renewal(c: Ctx) -> tuple[Doc, str]:
    d, rng = Doc(), c.rng
    d.t(f"{c.name()}\nSubscription {rng.randint(10**5, 10**6)} renews on {date(rng)} — {c.neg()}\n\n")
    if rng.random() < 0.5:
        brand, card = c.card()
        d.t(f"{c.L['card']}\n").v(CARD, card).t(f"\n{brand} · {c.neg()}\n")
    else:
        d.t(f"{c.L['card'].upper()}: ").v(CARD, card_print(rng, card_number(rng)[1])).t(f"  ({masked_card(rng)} {date(rng)})\n")
    d.t(f"{c.L['iban']} (SEPA): ").v(IBAN_T, c.iban()).t(f"   {bad_iban(rng) if rng.random() < 0.4 else ''}\n")
    d.t(f"{c.L['tel'][0]}\n").v(PHONE, c.phone(0.0)).t("\n")
    return d, "subscription/renewal"


def r_mixed_line(c: Ctx) -> tuple[Doc, str]:
    """Several values of mixed types on one line, no labels: their shapes tell."""
    d, rng = Doc(), c.rng
    d.t(f"{c.name()} · ").v(PHONE, c.intl_phone()).t(" · ").v(EMAIL, c.email()).t(" · ")
    d.v(IBAN_T, iban_value(rng)).t(f" · {c.neg()}\n")
    _brand, digits = card_number(rng)
    d.t(f"{c.neg()}  |  ").v(CARD, card_print(rng, digits, " "))
    d.t(f"  |  {c.neg()}\n")
    if rng.random() < 0.5:
        d.t(f"{date(rng)}  ").v(CARD, card_print(rng, card_number(rng)[1], rng.choice(["-", " ", ""]))).t("  ").v(IBAN_T, c.iban()).t("\n")
    return d, "contact_strip"


REGISTERS = [
    # (function, languages, weight)
    (r_auction_lot, ["en", "de", "fr", "it", "nl", "sv", "ja", "zh", "ko", "ru"], 4),
    (r_notarial_deed, ["de"], 2),
    (r_coworking_rules, LANGS, 4),
    (r_library_overdue, ["en", "de", "fr", "nl", "da", "fi", "sv", "pl", "cs", "hu"], 3),
    (r_market_vendors, LANGS, 4),
    (r_choir, ["en", "de", "nl", "sv", "da", "fi", "cs", "hu", "pl", "uk", "el", "bg"], 3),
    (r_change_address, LANGS, 4),
    (r_pawn_ticket, ["en"], 5),
    (r_hackathon, LANGS, 2),
    (r_translation_quote, LANGS, 3),
    (r_customs_cn23, LANGS, 3),
    (r_blood_donor, LANGS, 3),
    (r_referee, ["de", "en", "nl", "pl", "cs", "ro", "tr", "pt", "es", "it"], 3),
    (r_driving_school, LANGS, 3),
    (r_bike_theft, ["en"], 5),
    (r_tour_itinerary, LANGS, 3),
    (r_bike_repair, LANGS, 4),
    (r_infobox, LANGS, 2),
    (r_warranty, LANGS, 3),
    (r_crew_list, ["en"], 2),
    (r_callbook, LANGS, 2),
    (r_kyc_email, ["en"], 5),
    (r_password_reset, LANGS, 2),
    (r_alumni_notes, LANGS, 3),
    (r_wiki_talk, ["en", "de", "fr", "ru", "ja", "he", "fa", "ar"], 2),
    (r_fail2ban, ["en"], 2),
    (r_wireguard, ["en"], 2),
    (r_openvpn, ["en"], 1),
    (r_tfvars, ["en"], 2),
    (r_crash_dump, ["en"], 4),
    (r_authors, ["en"], 1),
    (r_regex_help, ["en"], 3),
    (r_test_fixture, ["en"], 3),
    (r_lottery_claim, ["en", "es", "zh", "ko", "vi"], 6),
    (r_transcript_request, ["en"], 5),
    (r_refill, ["en", "es"], 4),
    (r_proxy_form, ["en"], 4),
    (r_mixed_line, LANGS, 5),
    (r_subscription_renewal, LANGS, 5),
]


# US forms and leaks: their pages are American whatever their language
US_PAGES = {r_pawn_ticket, r_bike_theft, r_kyc_email, r_lottery_claim, r_transcript_request, r_refill,
            r_proxy_form, r_regex_help, r_crash_dump}


# ---------------------------------------------------------------- checks
ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
EXT_RE = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in EXT_WORDS) + r")\s*\d{1,5}$")


def ascii_digits(s: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in s)


def phone_valid(value: str, url: str) -> bool:
    raw = EXT_RE.sub("", ascii_digits(value)).replace("\u00a0", " ").replace("－", "-").replace("＋", "+")
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    raw = raw.replace("(0)", "")
    if raw.startswith("+"):
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(raw, None))
        except phonenumbers.NumberParseException:
            return False
    tld = url.split("/")[2].rsplit(".", 1)[-1].upper()
    hints = [{"COM": "US", "UK": "GB"}.get(tld, tld)]
    for region in hints + sorted(phonenumbers.SUPPORTED_REGIONS):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def ssn_valid(value: str) -> bool:
    digits = re.sub(r"[ -]", "", value)
    if not re.fullmatch(r"\d{9}", digits) or not re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value):
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ip_valid(value: str) -> bool:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    masks = {"255.255.255.255", "255.255.255.0", "255.255.0.0", "255.0.0.0", "0.0.0.255"}
    return not (ip.is_loopback or ip.is_unspecified or ip.is_multicast or value in masks)


def card_valid(value: str) -> bool:
    digits = re.sub(r"[ \u00a0-]", "", value)
    return digits.isdigit() and luhn_ok(digits) and card_brand(digits) is not None


def iban_valid(value: str) -> bool:
    try:
        IBAN(value.replace(" ", "").upper())
        return True
    except SchwiftyException:
        return False


VALID = {PHONE: None, EMAIL: lambda v: re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v) is not None,
         IP: ip_valid, CARD: card_valid, IBAN_T: iban_valid, SSN: ssn_valid}
CARD_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[ \u00a0-]?\d){11,18}(?![\dA-Za-z])")
IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,30}")


def check_row(row: dict) -> list[str]:
    """Every way a row's gold can be wrong, as messages (empty: the row is sound)."""
    text, spans, problems = row["text"], row["spans"], []
    end = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            problems.append(f"span text mismatch {s}")
        if s["start"] < end:
            problems.append(f"overlap or unsorted at {s['start']}")
        end = s["end"]
        before = text[s["start"] - 1] if s["start"] > 0 else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        if ASCII_ALNUM.match(before) or ASCII_ALNUM.match(after):
            problems.append(f"glued {s['text']!r}")
        ok = phone_valid(s["text"], row["url"]) if s["type"] == PHONE else VALID[s["type"]](s["text"])
        if not ok:
            problems.append(f"invalid {s['type']} {s['text']!r}")
        if len(s["text"]) >= 7:
            n_gold = sum(1 for o in spans if o["text"] == s["text"])
            if text.count(s["text"]) != n_gold:
                problems.append(f"{s['text']!r} occurs {text.count(s['text'])}x, labelled {n_gold}x")
    covered = [(s["start"], s["end"]) for s in spans]

    def outside(m) -> bool:
        return not any(a <= m.start() < b or a < m.end() <= b for a, b in covered)

    for m in CARD_RUN.finditer(text):
        if outside(m) and card_valid(m.group()):
            problems.append(f"unlabelled card {m.group()!r}")
    for m in IBAN_RUN.finditer(text):
        cand = m.group().rstrip()
        if outside(m) and len(cand.replace(" ", "")) >= 15 and iban_valid(cand):
            problems.append(f"unlabelled IBAN {cand!r}")
    return problems


# ---------------------------------------------------------------- the set
def generate(half: str = "blind6") -> list[dict]:
    plan = [(fn, langs) for fn, langs, w in REGISTERS for _ in range(w)]
    rows = []
    for i in range(N_DOCS):
        fn, langs = plan[i % len(plan)]
        for attempt in range(50):
            rng = random.Random(f"{SEED}-{i}-{attempt}")
            c = Ctx(rng, rng.choice(langs))
            if fn in US_PAGES:
                c.home = "US"
            doc, path = fn(c)
            row = {"id": f"blind6-{i}", "half": half, "register": fn.__name__[2:], "url": c.url(path),
                   "language": c.lang, "text": doc.text, "spans": doc.spans}
            if not check_row(row):
                break
        else:
            raise RuntimeError(f"blind6-{i}: no sound draw in 50 attempts: {check_row(row)}")
        rows.append(row)
    return rows


def load() -> list[dict]:
    """The committed set's rows."""
    return read_rows(DATA)


def print_counts(rows: list[dict]) -> None:
    def tally(key) -> dict:
        out: dict = {}
        for r in rows:
            for k in key(r):
                out[k] = out.get(k, 0) + 1
        return dict(sorted(out.items(), key=lambda kv: -kv[1]))

    types = tally(lambda r: [s["type"] for s in r["spans"]])
    total = sum(types.values())
    print("spans per type:", {k: f"{v} ({v / total:.0%})" for k, v in types.items()})
    print(f"registers ({len({r['register'] for r in rows})}):", tally(lambda r: [r["register"]]))
    print(f"languages ({len({r['language'] for r in rows})}):", tally(lambda r: [r["language"]]))


if __name__ == "__main__":
    def generate_and_count(half: str) -> list[dict]:
        rows = generate(half)
        print_counts(rows)
        return rows

    write_sets("", {"blind6": (DATA,)}, generate_and_count, __doc__.splitlines()[0])
