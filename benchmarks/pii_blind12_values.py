"""Languages, value makers, look-alikes and the span-keeping document of the twelfth blind PII set.

Imported by `benchmarks/pii_blind12.py` (the registers and the command line); see its docstring
for what the set is and the rules it was written under. Nothing here reads the PII step.
"""

from __future__ import annotations

import ipaddress
import random
import re

import phonenumbers
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

# ---------------------------------------------------------------------------------------------
# Languages: regions whose phones a page of the language writes nationally, its words, its
# date and price writing, names and mail domains. Every word list is this file's own.
# ---------------------------------------------------------------------------------------------

WORDS = ("tel", "mob", "fax", "mail", "iban", "card", "name", "date", "ref", "amount", "notes", "ext",
         "addr", "dob", "cust", "exp", "ip", "call", "wire", "write", "charge")

_LEX = {
    "en": ("Phone", "Mobile", "Fax", "Email", "IBAN", "Card number", "Name", "Date", "Ref.", "Amount",
           "Notes", "ext. ", "Address", "Date of birth", "Customer no.", "Expires", "IP address",
           "Best to call me on {} after six.", "Please wire the balance to {} by Friday.",
           "Questions? Write to {} any time.", "Go ahead and charge the card {} for it."),
    "de": ("Telefon", "Handy", "Fax", "E-Mail", "IBAN", "Kartennummer", "Name", "Datum", "Az.", "Betrag",
           "Bemerkungen", "Durchwahl ", "Anschrift", "Geburtsdatum", "Kundennr.", "Gültig bis",
           "IP-Adresse", "Am besten erreichen Sie mich abends unter {}.",
           "Bitte überweisen Sie den Restbetrag auf {} bis Freitag.",
           "Rückfragen gern per Mail an {}.", "Buchen Sie den Betrag bitte von der Karte {} ab."),
    "fr": ("Téléphone", "Portable", "Fax", "Courriel", "IBAN", "N° de carte", "Nom", "Date", "Réf.",
           "Montant", "Remarques", "poste ", "Adresse", "Date de naissance", "N° client", "Expire fin",
           "Adresse IP", "Le plus simple est de m'appeler au {} après 18 h.",
           "Merci de virer le solde sur le compte {} avant vendredi.",
           "Pour toute question, écrivez à {}.", "Vous pouvez débiter la carte {} pour ce montant."),
    "es": ("Teléfono", "Móvil", "Fax", "Correo", "IBAN", "Nº de tarjeta", "Nombre", "Fecha", "Ref.",
           "Importe", "Observaciones", "ext. ", "Dirección", "Fecha de nacimiento", "Nº de cliente",
           "Caduca", "Dirección IP", "Lo mejor es que me llames al {} por la tarde.",
           "Haz la transferencia del resto a {} antes del viernes.",
           "Cualquier duda, escribe a {}.", "Cárgalo a la tarjeta {} sin problema."),
    "it": ("Telefono", "Cellulare", "Fax", "E-mail", "IBAN", "Numero carta", "Nome", "Data", "Rif.",
           "Importo", "Note", "int. ", "Indirizzo", "Data di nascita", "Cod. cliente", "Scadenza",
           "Indirizzo IP", "Mi trova al {} dopo le 18.",
           "Il saldo va bonificato su {} entro venerdì.", "Per dubbi scrivete a {}.",
           "Addebitate pure sulla carta {}."),
    "pt": ("Telefone", "Telemóvel", "Fax", "E-mail", "IBAN", "Nº do cartão", "Nome", "Data", "Ref.",
           "Valor", "Observações", "ramal ", "Morada", "Data de nascimento", "Nº de cliente", "Validade",
           "Endereço IP", "Pode ligar-me para o {} ao fim da tarde.",
           "Transfira o restante para {} até sexta-feira.", "Dúvidas: escreva para {}.",
           "Pode debitar no cartão {}."),
    "nl": ("Telefoon", "Mobiel", "Fax", "E-mail", "IBAN", "Kaartnummer", "Naam", "Datum", "Kenmerk",
           "Bedrag", "Opmerkingen", "toestel ", "Adres", "Geboortedatum", "Klantnr.", "Geldig t/m",
           "IP-adres", "Bel me gerust op {} na zessen.",
           "Maak het restbedrag vóór vrijdag over naar {}.", "Vragen? Mail naar {}.",
           "Schrijf het maar af van kaart {}."),
    "pl": ("Telefon", "Komórka", "Faks", "E-mail", "IBAN", "Numer karty", "Imię i nazwisko", "Data",
           "Sygn.", "Kwota", "Uwagi", "wew. ", "Adres", "Data urodzenia", "Nr klienta", "Ważna do",
           "Adres IP", "Najlepiej dzwonić pod {} po 18.",
           "Resztę proszę przelać na {} do piątku.", "Pytania proszę kierować na {}.",
           "Proszę obciążyć kartę {}."),
    "sv": ("Telefon", "Mobil", "Fax", "E-post", "IBAN", "Kortnummer", "Namn", "Datum", "Ref.",
           "Belopp", "Anteckningar", "ankn. ", "Adress", "Födelsedatum", "Kundnr", "Giltigt t.o.m.",
           "IP-adress", "Ring mig på {} efter sex.", "Sätt in resten på {} senast fredag.",
           "Frågor? Mejla {}.", "Dra det från kortet {}."),
    "da": ("Telefon", "Mobil", "Fax", "E-mail", "IBAN", "Kortnummer", "Navn", "Dato", "Ref.",
           "Beløb", "Bemærkninger", "lokal ", "Adresse", "Fødselsdato", "Kundenr.", "Udløber",
           "IP-adresse", "Ring til mig på {} efter kl. 18.",
           "Overfør resten til {} inden fredag.", "Spørgsmål? Skriv til {}.",
           "Træk beløbet på kortet {}."),
    "fi": ("Puhelin", "Matkapuhelin", "Faksi", "Sähköposti", "IBAN", "Kortin numero", "Nimi", "Päivämäärä",
           "Viite", "Summa", "Huomautukset", "alanumero ", "Osoite", "Syntymäaika", "Asiakasnro",
           "Voimassa", "IP-osoite", "Soita minulle numeroon {} kuuden jälkeen.",
           "Maksa loppusumma tilille {} perjantaihin mennessä.", "Kysyttävää? Kirjoita {}.",
           "Veloita kortilta {}."),
    "cs": ("Telefon", "Mobil", "Fax", "E-mail", "IBAN", "Číslo karty", "Jméno", "Datum", "Č. j.",
           "Částka", "Poznámky", "linka ", "Adresa", "Datum narození", "Č. zákazníka", "Platnost do",
           "IP adresa", "Nejlépe mi volejte na {} po šesté.",
           "Doplatek pošlete na {} do pátku.", "Dotazy pište na {}.",
           "Částku strhněte z karty {}."),
    "ro": ("Telefon", "Mobil", "Fax", "E-mail", "IBAN", "Număr card", "Nume", "Data", "Nr. ref.",
           "Suma", "Observații", "interior ", "Adresa", "Data nașterii", "Cod client", "Expiră",
           "Adresa IP", "Mă puteți suna la {} după ora 18.",
           "Restul îl virați în contul {} până vineri.", "Întrebări la {}.",
           "Puteți debita cardul {}."),
    "hu": ("Telefon", "Mobil", "Fax", "E-mail", "IBAN", "Kártyaszám", "Név", "Dátum", "Iktatószám",
           "Összeg", "Megjegyzés", "mellék ", "Cím", "Születési dátum", "Ügyfélszám", "Lejárat",
           "IP-cím", "Hat után hívjon a {} számon.", "A maradékot péntekig utalja a {} számlára.",
           "Kérdés esetén írjon a {} címre.", "Terhelje a {} kártyát."),
    "tr": ("Telefon", "Cep", "Faks", "E-posta", "IBAN", "Kart numarası", "Ad Soyad", "Tarih", "Ref.",
           "Tutar", "Notlar", "dahili ", "Adres", "Doğum tarihi", "Müşteri no", "Son kullanma",
           "IP adresi", "Akşam altıdan sonra {} numarasından bana ulaşabilirsiniz.",
           "Kalan tutarı cumaya kadar {} hesabına gönderin.", "Sorularınız için {} adresine yazın.",
           "Tutarı {} numaralı karttan çekebilirsiniz."),
    "ru": ("Телефон", "Моб.", "Факс", "Эл. почта", "IBAN", "Номер карты", "ФИО", "Дата", "Исх. №",
           "Сумма", "Примечания", "доб. ", "Адрес", "Дата рождения", "№ клиента", "Срок действия",
           "IP-адрес", "Звоните мне по номеру {} после шести.",
           "Остаток переведите на {} до пятницы.", "Вопросы пишите на {}.",
           "Спишите сумму с карты {}."),
    "uk": ("Телефон", "Моб.", "Факс", "Ел. пошта", "IBAN", "Номер картки", "ПІБ", "Дата", "Вих. №",
           "Сума", "Примітки", "дод. ", "Адреса", "Дата народження", "№ клієнта", "Дійсна до",
           "IP-адреса", "Телефонуйте мені на {} після шостої.",
           "Решту перекажіть на {} до п'ятниці.", "Питання надсилайте на {}.",
           "Спишіть суму з картки {}."),
    "bg": ("Телефон", "Мобилен", "Факс", "Имейл", "IBAN", "Номер на карта", "Име", "Дата", "Изх. №",
           "Сума", "Бележки", "вътр. ", "Адрес", "Дата на раждане", "Клиентски №", "Валидна до",
           "IP адрес", "Обадете ми се на {} след шест.",
           "Остатъка преведете по сметка {} до петък.", "Въпроси на {}.",
           "Изтеглете сумата от карта {}."),
    "el": ("Τηλέφωνο", "Κινητό", "Φαξ", "Email", "IBAN", "Αριθμός κάρτας", "Ονοματεπώνυμο", "Ημερομηνία",
           "Αρ. πρωτ.", "Ποσό", "Παρατηρήσεις", "εσωτ. ", "Διεύθυνση", "Ημ. γέννησης", "Κωδ. πελάτη",
           "Λήξη", "Διεύθυνση IP", "Πάρτε με στο {} μετά τις έξι.",
           "Το υπόλοιπο στείλτε το στο {} έως την Παρασκευή.", "Απορίες στο {}.",
           "Χρεώστε την κάρτα {}."),
    "ar": ("هاتف", "جوال", "فاكس", "البريد الإلكتروني", "الآيبان", "رقم البطاقة", "الاسم", "التاريخ",
           "المرجع", "المبلغ", "ملاحظات", "تحويلة ", "العنوان", "تاريخ الميلاد", "رقم العميل", "تنتهي",
           "عنوان IP", "اتصل بي على {} بعد السادسة مساءً.",
           "يرجى تحويل المبلغ المتبقي إلى {} قبل الجمعة.", "للاستفسار راسلونا على {}.",
           "اخصم المبلغ من البطاقة {}."),
    "fa": ("تلفن", "همراه", "فکس", "ایمیل", "شبا", "شماره کارت", "نام", "تاریخ", "شماره",
           "مبلغ", "توضیحات", "داخلی ", "نشانی", "تاریخ تولد", "کد مشتری", "انقضا", "آدرس IP",
           "بعد از ساعت شش با {} تماس بگیرید.", "لطفاً مانده را تا جمعه به {} واریز کنید.",
           "سؤالات را به {} بفرستید.", "مبلغ را از کارت {} کسر کنید."),
    "he": ("טלפון", "נייד", "פקס", "דוא\"ל", "IBAN", "מספר כרטיס", "שם", "תאריך", "אסמכתא", "סכום",
           "הערות", "שלוחה ", "כתובת", "תאריך לידה", "מס' לקוח", "תוקף", "כתובת IP",
           "הכי טוב להתקשר אליי ל-{} אחרי שש.", "את היתרה להעביר ל-{} עד יום שישי.",
           "שאלות? כתבו ל-{}.", "אפשר לחייב את הכרטיס {}."),
    "hi": ("फ़ोन", "मोबाइल", "फ़ैक्स", "ईमेल", "IBAN", "कार्ड नंबर", "नाम", "दिनांक", "संदर्भ",
           "राशि", "टिप्पणी", "एक्सटेंशन ", "पता", "जन्म तिथि", "ग्राहक सं.", "वैधता",
           "आईपी पता", "शाम छह बजे के बाद मुझे {} पर फ़ोन करें।",
           "बाकी रकम शुक्रवार तक {} में भेज दें।", "कोई सवाल हो तो {} पर लिखें।",
           "कार्ड {} से राशि काट लें।"),
    "zh": ("电话", "手机", "传真", "电子邮箱", "IBAN", "卡号", "姓名", "日期", "编号", "金额", "备注",
           "转", "地址", "出生日期", "客户编号", "有效期", "IP地址", "晚上六点后打我电话{}。",
           "余款请在周五前汇到{}。", "有问题请发邮件到{}。", "从这张卡{}扣款就行。"),
    "ja": ("電話", "携帯", "FAX", "メール", "IBAN", "カード番号", "氏名", "日付", "管理番号", "金額",
           "備考", "内線", "住所", "生年月日", "お客様番号", "有効期限", "IPアドレス",
           "18時以降は{}までお電話ください。", "残金は金曜までに{}へお振込みください。",
           "ご質問は{}までメールでどうぞ。", "カード{}で決済してください。"),
    "ko": ("전화", "휴대폰", "팩스", "이메일", "IBAN", "카드번호", "성명", "날짜", "접수번호", "금액",
           "비고", "내선 ", "주소", "생년월일", "고객번호", "유효기간", "IP 주소",
           "저녁 6시 이후에는 {}로 전화 주세요.", "잔금은 금요일까지 {}로 송금해 주세요.",
           "문의는 {}로 메일 주세요.", "카드 {}로 결제해 주세요."),
    "th": ("โทรศัพท์", "มือถือ", "แฟกซ์", "อีเมล", "IBAN", "หมายเลขบัตร", "ชื่อ", "วันที่", "เลขที่อ้างอิง",
           "จำนวนเงิน", "หมายเหตุ", "ต่อ ", "ที่อยู่", "วันเกิด", "รหัสลูกค้า", "หมดอายุ", "ที่อยู่ IP",
           "โทรหาผมที่ {} หลังหกโมงเย็นได้เลย", "โอนส่วนที่เหลือเข้า {} ภายในวันศุกร์",
           "สอบถามได้ที่ {}", "ตัดเงินจากบัตร {} ได้เลย"),
    "vi": ("Điện thoại", "Di động", "Fax", "Email", "IBAN", "Số thẻ", "Họ tên", "Ngày", "Số tham chiếu",
           "Số tiền", "Ghi chú", "máy lẻ ", "Địa chỉ", "Ngày sinh", "Mã khách hàng", "Hết hạn",
           "Địa chỉ IP", "Gọi cho tôi theo số {} sau 6 giờ chiều nhé.",
           "Chuyển phần còn lại vào {} trước thứ Sáu.", "Thắc mắc xin gửi về {}.",
           "Cứ trừ vào thẻ {}."),
}
LEX = {lang: dict(zip(WORDS, words, strict=True)) for lang, words in _LEX.items()}

REGIONS = {
    "en": ("US", "GB", "AU", "CA", "IE", "NZ", "ZA", "SG"), "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "LU", "MA", "SN"), "es": ("ES", "MX", "AR", "CO", "CL", "PE"),
    "it": ("IT", "CH"), "pt": ("PT", "BR"), "nl": ("NL", "BE"), "pl": ("PL",), "sv": ("SE",),
    "da": ("DK",), "fi": ("FI",), "cs": ("CZ",), "ro": ("RO",), "hu": ("HU",), "tr": ("TR",),
    "ru": ("RU", "KZ", "BY"), "uk": ("UA",), "bg": ("BG",), "el": ("GR", "CY"),
    "ar": ("SA", "AE", "EG", "JO", "MA"), "fa": ("IR",), "he": ("IL",), "hi": ("IN",),
    "zh": ("CN", "TW", "HK"), "ja": ("JP",), "ko": ("KR",), "th": ("TH",), "vi": ("VN",),
}
ABROAD = ("NG", "KE", "GH", "PK", "BD", "ID", "MY", "PH", "NO", "IS", "EE", "LV", "LT", "SK", "SI",
          "HR", "RS", "AL", "MK", "GE", "AM", "AZ", "UZ", "QA", "KW", "BH", "OM", "LB", "TN", "DZ",
          "VE", "EC", "UY", "PY", "BO", "CR", "PA", "DO", "JM", "LK", "NP", "KH", "MN", "TZ", "UG",
          "ET", "CM", "MT", "IE", "NZ", "AR", "CL")
TLD = {"US": "com", "GB": "co.uk", "AU": "com.au", "CA": "ca", "IE": "ie", "NZ": "co.nz", "ZA": "co.za",
       "SG": "sg", "DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "LU": "lu", "MA": "ma",
       "SN": "sn", "ES": "es", "MX": "com.mx", "AR": "com.ar", "CO": "com.co", "CL": "cl", "PE": "pe",
       "IT": "it", "PT": "pt", "BR": "com.br", "NL": "nl", "PL": "pl", "SE": "se", "DK": "dk",
       "FI": "fi", "CZ": "cz", "RO": "ro", "HU": "hu", "TR": "com.tr", "RU": "ru", "KZ": "kz",
       "BY": "by", "UA": "ua", "BG": "bg", "GR": "gr", "CY": "com.cy", "SA": "sa", "AE": "ae",
       "EG": "eg", "JO": "jo", "IR": "ir", "IL": "co.il", "IN": "in", "CN": "cn", "TW": "tw",
       "HK": "hk", "JP": "jp", "KR": "kr", "TH": "co.th", "VN": "vn"}
IBAN_COUNTRY = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "LU": "LU", "ES": "ES",
                "IT": "IT", "PT": "PT", "BR": "BR", "NL": "NL", "PL": "PL", "SE": "SE", "DK": "DK",
                "FI": "FI", "CZ": "CZ", "RO": "RO", "HU": "HU", "TR": "TR", "UA": "UA", "BG": "BG",
                "GR": "GR", "CY": "CY", "SA": "SA", "AE": "AE", "EG": "EG", "JO": "JO", "IL": "IL",
                "GB": "GB", "IE": "IE", "MA": "MA", "SN": "SN", "KZ": "KZ", "BY": "BY", "IR": "IR"}
IBAN_ABROAD = ("NO", "EE", "LV", "LT", "SK", "SI", "HR", "RS", "AL", "MK", "GE", "AZ", "QA", "KW",
               "BH", "LB", "TN", "CR", "DO", "MT", "IS", "MD", "ME", "BA", "XK", "PK", "MR", "GI",
               "LI", "MC", "SM", "FO", "GL", "AD", "VG", "TL", "IQ", "SC", "LC", "ST", "SV", "GT")

_NAMES = {
    "en": ("James Whitaker", "Dana Okafor", "Priya Raman", "Carl Lindgren", "Maria Delgado",
           "Trevor Banks", "Keisha Moore", "Owen Fitzgerald", "Lauren Tsai", "Brandon Kowalski"),
    "de": ("Jörg Bräuer", "Sabine Kettler", "Timo Vogelsang", "Aylin Demir", "Ute Hanisch", "Lars Eberle"),
    "fr": ("Hélène Marchal", "Yannick Le Goff", "Sofiane Benali", "Clémence Roux", "Gaël Perrin"),
    "es": ("Iñaki Etxeberria", "Lucía Benítez", "Rodrigo Salas", "Montse Puig", "Adrián Cuesta"),
    "it": ("Gianluca Ferrante", "Chiara Bellomo", "Salvatore Nicosia", "Elisa Gatti", "Marco Zanetti"),
    "pt": ("João Carvalhais", "Inês Brandão", "Thiago Moura", "Rita Seabra", "Vasco Pimentel"),
    "nl": ("Joost van Dijk", "Marieke Smulders", "Sander de Wit", "Fleur Verhoeven", "Bram Kuipers"),
    "pl": ("Krzysztof Wróbel", "Agnieszka Pawlak", "Tomasz Zając", "Magdalena Sikora", "Paweł Nowicki"),
    "sv": ("Henrik Sjöberg", "Elin Åkesson", "Mattias Lund", "Frida Holm", "Oskar Nyström"),
    "da": ("Rasmus Kjær", "Mette Dahl", "Søren Bech", "Line Thorsen", "Jonas Møller"),
    "fi": ("Juha Mäkelä", "Sanna Koskinen", "Ville Heikkinen", "Aino Laitinen", "Petri Salo"),
    "cs": ("Jiří Dvořák", "Lenka Procházková", "Ondřej Kratochvíl", "Tereza Bartošová", "Petr Holub"),
    "ro": ("Andrei Popescu", "Ioana Munteanu", "Mihai Dumitrescu", "Elena Stoica", "Radu Ionescu"),
    "hu": ("Nagy Zoltán", "Kovács Eszter", "Szabó Bence", "Tóth Réka", "Horváth Gergely"),
    "tr": ("Mehmet Yıldırım", "Ayşe Korkmaz", "Emre Aydın", "Zeynep Çelik", "Burak Şahin"),
    "ru": ("Сергей Кузнецов", "Анна Волкова", "Дмитрий Орлов", "Елена Смирнова", "Игорь Лебедев"),
    "uk": ("Олександр Бондаренко", "Оксана Шевчук", "Тарас Мельник", "Ірина Коваль", "Андрій Ткаченко"),
    "bg": ("Георги Петров", "Мария Иванова", "Николай Димитров", "Десислава Стоянова", "Иван Колев"),
    "el": ("Γιώργος Παπαδόπουλος", "Μαρία Κωνσταντίνου", "Νίκος Αλεξίου", "Ελένη Σταθοπούλου"),
    "ar": ("محمد العتيبي", "فاطمة الزهراني", "خالد المصري", "نورة القحطاني", "يوسف الحداد"),
    "fa": ("علی رضایی", "مریم احمدی", "حسین کریمی", "زهرا موسوی", "رضا حسینی"),
    "he": ("יוסי כהן", "מיכל לוי", "אבי מזרחי", "נועה פרץ", "דני ביטון"),
    "hi": ("राहुल शर्मा", "प्रिया वर्मा", "अमित कुमार", "सुनीता यादव", "विकास गुप्ता"),
    "zh": ("王伟", "李娜", "张磊", "刘洋", "陈静", "杨帆"),
    "ja": ("佐藤 健", "鈴木 美咲", "高橋 翔", "田中 陽子", "渡辺 大輔"),
    "ko": ("김민준", "이서연", "박지훈", "최유진", "정우성"),
    "th": ("สมชาย ใจดี", "สุภาพร แสงทอง", "ธนากร วงศ์ไทย", "พิมพ์ชนก ศรีสุข"),
    "vi": ("Nguyễn Văn An", "Trần Thị Hoa", "Lê Minh Tuấn", "Phạm Thu Trang", "Hoàng Đức Long"),
}
_MAILBOX = ("j.whitaker", "dana.okafor", "praman", "c.lindgren", "mdelgado", "trev.banks", "kmoore77",
            "owen_fitz", "ltsai", "b.kowalski", "sabine.k", "timo.vs", "hmarchal", "y.legoff", "lucia.b",
            "rsalas", "gferrante", "chiara.b", "joao.c", "ines.brandao", "joost", "m.smulders",
            "kwrobel", "apawlak", "henrik.s", "elin.akesson", "rkjaer", "juha.makela", "jdvorak",
            "apopescu", "nagy.zoltan", "myildirim", "s.kuznetsov", "o.bondarenko", "g.petrov",
            "gpapadopoulos", "m.alotaibi", "ali.rezaei", "yossi.c", "rahul.sharma", "wangwei88",
            "sato.ken", "minjun.kim", "somchai.j", "an.nguyen", "info", "office", "booking", "kontakt",
            "accueil", "ventas", "segreteria", "reception", "billing", "frontdesk", "hr", "payroll")
_DOMAINS = {"en": ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "proton.me"),
            "de": ("web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch"),
            "fr": ("orange.fr", "free.fr", "laposte.net", "sfr.fr", "skynet.be"),
            "es": ("telefonica.net", "hotmail.es", "yahoo.com.mx", "gmail.com"),
            "it": ("libero.it", "virgilio.it", "tiscali.it", "alice.it"),
            "pt": ("sapo.pt", "uol.com.br", "terra.com.br", "gmail.com"),
            "nl": ("ziggo.nl", "kpnmail.nl", "telenet.be", "hotmail.nl"),
            "pl": ("wp.pl", "onet.pl", "interia.pl", "o2.pl"), "sv": ("telia.com", "bredband.net"),
            "da": ("mail.dk", "jubii.dk"), "fi": ("luukku.com", "elisanet.fi"),
            "cs": ("seznam.cz", "centrum.cz"), "ro": ("yahoo.ro", "rdslink.ro"), "hu": ("freemail.hu", "citromail.hu"),
            "tr": ("hotmail.com.tr", "ttmail.com"), "ru": ("yandex.ru", "mail.ru", "rambler.ru"),
            "uk": ("ukr.net", "i.ua"), "bg": ("abv.bg", "mail.bg"), "el": ("otenet.gr", "hol.gr"),
            "ar": ("hotmail.com", "yahoo.com", "gmail.com"), "fa": ("chmail.ir", "yahoo.com"),
            "he": ("walla.co.il", "bezeqint.net"), "hi": ("rediffmail.com", "yahoo.co.in"),
            "zh": ("163.com", "qq.com", "126.com", "sina.com"), "ja": ("docomo.ne.jp", "yahoo.co.jp", "nifty.com"),
            "ko": ("naver.com", "daum.net", "hanmail.net"), "th": ("hotmail.co.th", "gmail.com"),
            "vi": ("yahoo.com.vn", "vnn.vn")}


def name(r: random.Random, lang: str) -> str:
    return r.choice(_NAMES[lang])


# ---------------------------------------------------------------------------------------------
# The document: text built left to right, spans kept as values are written.
# ---------------------------------------------------------------------------------------------


class V:
    """A value to label: its type and its text exactly as written on the page."""

    __slots__ = ("kind", "text")

    def __init__(self, kind: str, text: str):
        self.kind, self.text = kind, text


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def add(self, *parts) -> Doc:
        for part in parts:
            if isinstance(part, (list, tuple)):
                self.add(*part)
                continue
            if isinstance(part, V):
                self.spans.append({"type": part.kind, "start": self.size,
                                   "end": self.size + len(part.text), "text": part.text})
                piece = part.text
            else:
                piece = str(part)
            self.parts.append(piece)
            self.size += len(piece)
        return self

    def line(self, *parts) -> Doc:
        return self.add(*parts, "\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


def join(sep: str, items) -> list:
    out: list = []
    for i, item in enumerate(items):
        if i:
            out.append(sep)
        out.append(item)
    return out


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

_FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９＋－（）", "01234567890123456789" "0123456789+-()")
EXT_WORDS = sorted({w["ext"] for w in LEX.values()} | {"x", "ext ", "Ext. ", "доб.", "内線 ", "poste "},
                   key=len, reverse=True)
_TYPES = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)


def phone_number(r: random.Random, region: str, mobile: bool | None = None):
    """A number valid for `region`: its example number with the digits after the first drawn again."""
    kind = _TYPES[1] if mobile else _TYPES[0] if mobile is False else r.choice(_TYPES)
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    cc = len(str(example.country_code)) + 1
    for attempt in range(60):  # area codes drawn too at first (one digit kept), then only subscriber digits
        keep = cc + (0 if attempt < 20 else 1 if attempt < 40 else 3)
        digits = e164[:keep] + "".join(r.choice("0123456789") for _ in e164[keep:])
        number = phonenumbers.parse(digits)
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
            return number
    return example


def phone_text(r: random.Random, number, style: str, lang: str = "en", intl_only: bool = False) -> str:
    """`number` written one way a page writes it; `style` names the way."""
    F = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(number, F.NATIONAL)
    intl = phonenumbers.format_number(number, F.INTERNATIONAL)
    if style == "national":
        return national
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(number, F.E164)
    if style == "00":
        return "00" + intl[1:]
    if style == "trunk0":
        if national.startswith("0") and not national.startswith("0 ") and \
                phonenumbers.region_code_for_number(number) not in ("IT", "SM", "VA"):  # Italy's 0 is no trunk prefix
            cc = intl.split(" ")[0]
            return f"{cc} (0){national[1:].lstrip(' ')}" if r.random() < 0.5 else f"{cc} (0) {national[1:]}"
        return intl
    if style == "dots":
        return intl.replace(" ", ".").replace("-", ".") if intl_only or r.random() < 0.5 else \
            re.sub(r"[ \-]", ".", national).replace("(", "").replace(")", "")
    if style == "dashes":
        return intl.replace(" ", "-") if intl_only or r.random() < 0.5 else \
            re.sub(r"[ ]", "-", national.replace("(", "").replace(") ", "-"))
    if style == "slash":  # the German-speaking countries' "030/1234567"
        head, _, rest = national.partition(" ")
        region = phonenumbers.region_code_for_number(number)
        return f"{head}/{rest.replace(' ', '')}" if rest and region in ("DE", "AT", "CH") else national
    if style == "nbsp":
        return (intl if intl_only or r.random() < 0.5 else national).replace(" ", "\u00a0")
    if style == "fullwidth":
        return (national if r.random() < 0.6 else intl).translate(_FULLWIDTH)
    if style == "arabic":
        return (national if r.random() < 0.6 else intl).translate(_PERSIAN if lang == "fa" else _ARABIC)
    raise ValueError(style)


def phone(r: random.Random, lang: str, *, abroad: bool | None = None, mobile: bool | None = None,
          ext: bool | None = None, styles: tuple[str, ...] | None = None, region: str | None = None) -> V:
    """A phone of the page's country (national or international forms) or of another one
    (international forms only), checked valid, with an extension now and then."""
    if abroad is None:
        abroad = r.random() < 0.2
    home = region or REGIONS[lang][0]
    region = r.choice(tuple(x for x in ABROAD + tuple(x for regs in REGIONS.values() for x in regs)
                            if x != home)) if abroad else home
    number = phone_number(r, region, mobile)
    if styles is None:
        styles = ("intl", "e164", "00", "dots", "dashes", "nbsp") if abroad else \
            ("national", "national", "national", "intl", "e164", "00", "trunk0", "dots", "dashes",
             "slash", "nbsp")
        if not abroad and lang in ("ja", "zh", "ko") and r.random() < 0.25:
            styles = ("fullwidth",)
        if not abroad and lang in ("ar", "fa") and r.random() < 0.45:
            styles = ("arabic",)
    if abroad:
        styles = tuple(s for s in styles if s in ("intl", "e164", "00", "dots", "dashes", "nbsp")) or ("intl",)
    for _ in range(8):
        text = phone_text(r, number, r.choice(styles), lang, intl_only=abroad)
        if phone_ok(text, region):
            break
    else:
        text = phone_text(r, number, "intl")
    if ext or (ext is None and r.random() < 0.08):
        word = LEX[lang]["ext"] if r.random() < 0.7 else r.choice(("x", "ext. ", "Ext. "))
        text = f"{text} {word}{r.randint(2, 9999)}"
    return V("PHONE_NUMBER", text)


def strip_ext(text: str) -> str:
    for word in EXT_WORDS:
        m = re.search(r"\s*" + re.escape(word.strip()) + r"\s*\d{1,5}$", text)
        if m:
            return text[:m.start()]
    return text


def phone_ok(text: str, region: str | None = None) -> bool:
    plain = strip_ext(text).translate(TO_ASCII).replace("\u00a0", " ")
    regions = [region] if region else []
    regions += ["US"] if plain.startswith(("+", "00")) else list(phonenumbers.SUPPORTED_REGIONS)
    if plain.startswith("00"):
        plain = "+" + plain[2:]
    for reg in sorted(set(regions)) if not region else regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(plain, reg)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and luhn_digit(digits[:-1]) == digits[-1]


# brand: (prefixes, lengths); prefixes given as ranges "lo-hi" or literals.
BRANDS = {
    "Visa": (("4",), (16, 16, 16, 13, 19)), "Mastercard": (("51-55", "2221-2720"), (16,)),
    "American Express": (("34", "37"), (15,)), "Discover": (("6011", "644-649", "65"), (16, 19)),
    "JCB": (("3528-3589",), (16,)), "Diners Club": (("300-305", "36", "38", "39"), (14,)),
    "UnionPay": (("62",), (16, 19)), "Mir": (("2200-2204",), (16,)),
    "Maestro": (("6759", "5018", "5020", "6304"), (16, 19)),
}


def _prefix(r: random.Random, spec: str) -> str:
    if "-" in spec:
        lo, hi = spec.split("-")
        return str(r.randint(int(lo), int(hi)))
    return spec


def card_brand(digits: str) -> str | None:
    for brand, (prefixes, lengths) in BRANDS.items():
        if len(digits) not in lengths and not (brand == "Maestro" and 12 <= len(digits) <= 19):
            continue
        for spec in prefixes:
            if "-" in spec:
                lo, hi = spec.split("-")
                if int(lo) <= int(digits[:len(lo)]) <= int(hi):
                    return brand
            elif digits.startswith(spec):
                return brand
    return None


def card_digits(r: random.Random, brand: str | None = None) -> tuple[str, str]:
    brand = brand or r.choice(("Visa", "Visa", "Visa", "Mastercard", "Mastercard", "American Express",
                               "Discover", "JCB", "Diners Club", "UnionPay", "Mir", "Maestro"))
    prefixes, lengths = BRANDS[brand]
    length = r.choice(lengths)
    body = _prefix(r, r.choice(prefixes))
    body += "".join(r.choice("0123456789") for _ in range(length - 1 - len(body)))
    return brand, body + luhn_digit(body)


def group_card(digits: str, sep: str) -> str:
    n = len(digits)
    sizes = {15: (4, 6, 5), 14: (4, 6, 4), 13: (4, 4, 5), 19: (4, 4, 4, 4, 3)}.get(n, (4,) * (n // 4))
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    if i < n:
        out.append(digits[i:])
    return sep.join(out)


def card(r: random.Random, brand: str | None = None, seps: tuple[str, ...] = (" ", " ", "-", "", "\u00a0")) -> V:
    _, digits = card_digits(r, brand)
    return V("CREDIT_CARD", group_card(digits, r.choice(seps)))


def iban(r: random.Random, country: str, *, style: str | None = None) -> V:
    value = str(IBAN.random(country_code=country, random=r))
    style = style or r.choice(("print", "print", "compact", "lower", "lowerprint"))
    grouped = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    text = {"print": grouped, "compact": value, "lower": value.lower(), "lowerprint": grouped.lower()}[style]
    return V("IBAN_CODE", text)


def iban_for(r: random.Random, lang: str) -> V:
    regs = [IBAN_COUNTRY[x] for x in REGIONS[lang] if x in IBAN_COUNTRY]
    return iban(r, r.choice(regs) if regs and r.random() < 0.8 else r.choice(IBAN_ABROAD))


def iban_ok(text: str) -> bool:
    try:
        IBAN(text.replace(" ", "").upper())
        return True
    except (SchwiftyException, ValueError):
        return False


def ipv4(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(("public", "public", "public", "private", "private", "linklocal"))
    while True:
        if kind == "private":
            text = r.choice((f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"))
        elif kind == "linklocal":
            text = f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"
        else:
            text = ".".join(str(r.randint(1, 223) if i == 0 else r.randint(0, 255) if i < 3 else r.randint(1, 254))
                            for i in range(4))
        if ip_ok(text) and (kind != "public" or ipaddress.ip_address(text).is_global):
            return text


def ipv6(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(("global", "global", "ula", "linklocal"))
    head = {"global": f"2{r.choice('0a')}{r.randint(0, 15):x}{r.randint(1, 15):x}", "ula": f"fd{r.randint(0, 255):02x}",
            "linklocal": "fe80"}[kind]
    groups = [head] + [f"{r.randint(0, 0xffff):x}" for _ in range(7)]
    if kind == "linklocal":
        groups[1:4] = ["0", "0", "0"]
    if r.random() < 0.5:
        groups[r.randint(3, 5)] = "0"
        groups[r.randint(3, 5)] = "0"
    return str(ipaddress.ip_address(":".join(groups))) if r.random() < 0.8 else \
        ipaddress.ip_address(":".join(groups)).exploded


def ip(r: random.Random, v6: float = 0.2) -> V:
    return V("IP_ADDRESS", ipv6(r) if r.random() < v6 else ipv4(r))


def ip_ok(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified or addr.is_multicast:
        return False
    if addr.version == 4:
        n = int(addr)
        inverse = (~n) & 0xFFFFFFFF
        if n == 0xFFFFFFFF or (inverse & (inverse + 1)) == 0 or (n & (n + 1)) == 0:
            return False  # broadcast, netmask (ones then zeros), wildcard mask (zeros then ones)
    return True


def ssn_digits(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


def ssn(r: random.Random, style: str = "dash") -> V:
    d = ssn_digits(r)
    text = {"dash": f"{d[:3]}-{d[3:5]}-{d[5:]}", "space": f"{d[:3]} {d[3:5]} {d[5:]}", "bare": d,
            "dot": f"{d[:3]}.{d[3:5]}.{d[5:]}"}[style]
    return V("US_SSN", text)


def ssn_ok(text: str) -> bool:
    d = re.sub(r"[ .\-]", "", text)
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def email(r: random.Random, lang: str, *, company: str | None = None) -> V:
    box = r.choice(_MAILBOX)
    if r.random() < 0.15:
        box += f"+{r.choice(('news', 'shop', 'billing', 'x'))}"
    if r.random() < 0.2:
        box += str(r.randint(1, 99))
    domain = company or r.choice(_DOMAINS[lang])
    text = f"{box}@{domain}"
    return V("EMAIL_ADDRESS", text.upper() if r.random() < 0.04 else text)


def company_domain(r: random.Random, stem: str, lang: str) -> str:
    region = REGIONS[lang][0]
    return f"{stem}.{TLD.get(region, 'com') if r.random() < 0.7 else r.choice(('com', 'net', 'org', 'eu', 'io'))}"


# ---------------------------------------------------------------------------------------------
# Look-alikes (never labelled): what a scrubber could take for a value.
# ---------------------------------------------------------------------------------------------


def date(r: random.Random, lang: str, region: str | None = None) -> str:
    y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    if lang == "en":
        return f"{m:02d}/{d:02d}/{y}" if (region or "US") == "US" else f"{d:02d}/{m:02d}/{y}"
    fmt = {"de": f"{d:02d}.{m:02d}.{y}", "fr": f"{d:02d}/{m:02d}/{y}", "es": f"{d:02d}/{m:02d}/{y}",
           "it": f"{d:02d}/{m:02d}/{y}", "pt": f"{d:02d}/{m:02d}/{y}", "nl": f"{d:02d}-{m:02d}-{y}",
           "pl": f"{d:02d}.{m:02d}.{y}", "sv": f"{y}-{m:02d}-{d:02d}", "da": f"{d:02d}.{m:02d}.{y}",
           "fi": f"{d}.{m}.{y}", "cs": f"{d}. {m}. {y}", "ro": f"{d:02d}.{m:02d}.{y}",
           "hu": f"{y}. {m:02d}. {d:02d}.", "tr": f"{d:02d}.{m:02d}.{y}", "ru": f"{d:02d}.{m:02d}.{y}",
           "uk": f"{d:02d}.{m:02d}.{y}", "bg": f"{d:02d}.{m:02d}.{y} г.", "el": f"{d:02d}/{m:02d}/{y}",
           "ar": f"{d:02d}/{m:02d}/{y}", "fa": f"{y - 621}/{m:02d}/{d:02d}".translate(_PERSIAN),
           "he": f"{d:02d}.{m:02d}.{y}", "hi": f"{d:02d}-{m:02d}-{y}", "zh": f"{y}年{m}月{d}日",
           "ja": f"{y}年{m}月{d}日", "ko": f"{y}. {m}. {d}.", "th": f"{d}/{m}/{y + 543}",
           "vi": f"{d:02d}/{m:02d}/{y}"}
    return fmt[lang]


def price(r: random.Random, lang: str) -> str:
    v = r.randint(500, 250000) / 100
    whole, cents = f"{v:,.2f}".split(".")
    dot, spc = whole.replace(",", "."), whole.replace(",", "\u00a0")
    return {"en": f"${whole}.{cents}", "de": f"{dot},{cents} €", "fr": f"{spc},{cents} €",
            "es": f"{dot},{cents} €", "it": f"€ {dot},{cents}", "pt": f"{dot},{cents} €",
            "nl": f"€ {dot},{cents}", "pl": f"{spc},{cents} zł", "sv": f"{spc},{cents} kr",
            "da": f"{dot},{cents} kr.", "fi": f"{spc},{cents} €", "cs": f"{spc},{cents} Kč",
            "ro": f"{dot},{cents} lei", "hu": f"{int(v) * 100:,} Ft".replace(",", " "),
            "tr": f"{dot},{cents} TL", "ru": f"{spc},{cents} ₽", "uk": f"{spc},{cents} грн",
            "bg": f"{spc},{cents} лв.", "el": f"{dot},{cents} €", "ar": f"{whole}.{cents} ر.س",
            "fa": f"{int(v) * 1000:,} ریال".translate(_PERSIAN), "he": f"₪{whole}.{cents}",
            "hi": f"₹{whole}", "zh": f"¥{whole}.{cents}", "ja": f"¥{int(v) * 100:,}",
            "ko": f"{int(v) * 1000:,}원", "th": f"{whole}.{cents} บาท", "vi": f"{int(v) * 1000:,} ₫".replace(",", ".")}[lang]


def digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def luhn_bad(r: random.Random) -> str:
    """A brand-prefixed 16-digit number whose Luhn check fails, printed in groups."""
    _, good = card_digits(r, r.choice(("Visa", "Mastercard", "Discover")))
    if len(good) != 16:
        good = "4" + digits(r, 14, "0123456789") + "0"
        good = good[:15] + luhn_digit(good[:15])
    bad = good[:15] + str((int(good[15]) + r.randint(1, 9)) % 10)
    return group_card(bad, r.choice((" ", "-", "")))


def masked_card(r: random.Random) -> str:
    last = digits(r, 4, "0123456789")
    return r.choice((f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"4{digits(r, 5, '0123456789')}******{last}",
                     f"•••• {last}", f"5{digits(r, 3, '0123456789')} ** ** {last}"))


def non_card16(r: random.Random) -> str:
    """A 16-digit id that is no card: no brand starts with 9, 7, 1 or 0 here."""
    return group_card(digits(r, 16, "9710"), r.choice((" ", "", "-")))


def imei(r: random.Random) -> str:
    body = r.choice(("35", "86", "01", "99")) + digits(r, 12, "0123456789")
    return body + luhn_digit(body)


def bad_iban(r: random.Random, lang: str) -> str:
    good = iban_for(r, lang).text.replace(" ", "").upper()
    for k in range(1, 99):
        cand = good[:2] + f"{(int(good[2:4]) + k) % 97 + 2:02d}" + good[4:]
        if not iban_ok(cand):
            return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4)) if r.random() < 0.5 else cand
    raise RuntimeError("no wrong check digit found")


def itin(r: random.Random) -> str:
    return f"9{r.randint(0, 99):02d}-{r.choice([70, 71, 75, 78, 80, 83, 88, 90, 92, 94, 97, 99])}-{r.randint(1, 9999):04d}"


def ein(r: random.Random) -> str:
    return f"{r.choice([12, 20, 27, 35, 46, 52, 61, 74, 81, 94])}-{digits(r, 7, '0123456789')}"


def bad_ssn(r: random.Random) -> str:
    d = ssn_digits(r)
    return r.choice((f"000-{d[3:5]}-{d[5:]}", f"666-{d[3:5]}-{d[5:]}", f"{d[:3]}-00-{d[5:]}",
                     f"{d[:3]}-{d[3:5]}-0000", f"9{d[1:3]}-{d[3:5]}-{d[5:]}"))


def routing(r: random.Random) -> str:
    d = digits(r, 8, "0123")
    w = sum(int(x) * k for x, k in zip(d, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return d + str((10 - w % 10) % 10)


def nine(r: random.Random) -> str:
    """A 9-digit number that is not an SSN by its label (member, claim, policy, passport, ...)."""
    return digits(r, 9)


def netmask(r: random.Random) -> str:
    return r.choice(("255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.255.252", "255.255.240.0",
                     "0.0.0.255", "0.0.15.255", "255.0.0.0"))


def ip_version(r: random.Random) -> str:
    return f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(100, 9999)}"


def oid(r: random.Random) -> str:
    return r.choice(("1.3.6.1.4.1.", "1.3.6.1.2.1.", "2.16.840.1.", "1.2.840.113549.1.")) + \
        ".".join(str(r.randint(1, 40)) for _ in range(r.randint(2, 5)))


def coord(r: random.Random) -> str:
    return f"{r.uniform(-60, 70):.5f}, {r.uniform(-170, 170):.5f}"


def isbn13(r: random.Random) -> str:
    body = "978" + digits(r, 9, "0123456789")
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - total % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def ean13(r: random.Random) -> str:
    body = r.choice(("40", "50", "76", "80", "87", "30")) + digits(r, 10, "0123456789")
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def sha(r: random.Random, n: int = 40) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def mac(r: random.Random) -> str:
    return ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))


def time_of_day(r: random.Random) -> str:
    return f"{r.randint(6, 21):02d}:{r.choice(('00', '15', '30', '45'))}"
