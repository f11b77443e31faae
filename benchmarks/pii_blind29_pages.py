"""People's pages of blind29: twelve kinds of page, each wholly in its page's language.

Every label, sentence and title here was written for blind29. See benchmarks/pii_blind29.py.
"""

from __future__ import annotations

import random
import re

import pii_blind29_values as V
from faker import Faker

_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(
            locale, providers=["faker.providers.person", "faker.providers.address"]
        )
    return _FAKERS[locale]


# per language: region, tld, faker locale, native zero digit used sometimes, labels and sentences.
# sentence slots: {P} phone, {P2} second phone, {E} e-mail, {N} booking number, {D} date, {M} money,
# {C} customer number, {I} IBAN.
L: dict[str, dict] = {
    "ja": {
        "region": "JP",
        "tld": "jp",
        "fk": "ja_JP",
        "zero": None,
        "tel": "電話",
        "mob": "携帯",
        "fax": "FAX",
        "ext": "内線",
        "mail": "メール",
        "book": "予約番号",
        "cust": "会員番号",
        "date": "日付",
        "price": "料金",
        "addr": "住所",
        "faxjob": "FAX送信受付番号",
        "app": "アプリ版",
        "hours": "受付時間 9:00〜17:30",
        "s1": "ご予約・お問い合わせは{P}までお電話ください。メールは{E}へ。",
        "s2": "予約番号{N}（{D}）をお控えください。料金{M}円は当日払いです。",
        "s3": "会員番号{C}の方は、受付{P2}でも承ります。",
        "loc": ["yamada", "sato.k", "hanako", "kimura"],
    },
    "th": {
        "region": "TH",
        "tld": "co.th",
        "fk": "th_TH",
        "zero": V.THAI,
        "tel": "โทร",
        "mob": "มือถือ",
        "fax": "แฟกซ์",
        "ext": "ต่อ",
        "mail": "อีเมล",
        "book": "เลขที่การจอง",
        "cust": "รหัสสมาชิก",
        "date": "วันที่",
        "price": "ราคา",
        "addr": "ที่อยู่",
        "faxjob": "เลขที่งานแฟกซ์",
        "app": "แอปเวอร์ชัน",
        "hours": "เปิดทุกวัน 08.30–16.30 น.",
        "s1": "สอบถามและจองได้ที่ {P} หรือส่งอีเมลถึง {E}",
        "s2": "กรุณาเก็บเลขที่การจอง {N} ไว้ วันที่ {D} ค่าบริการ {M} บาท",
        "s3": "สมาชิกรหัส {C} ติดต่อผู้ประสานงานได้ที่ {P2}",
        "loc": ["somchai", "nittaya", "kanya.s", "prasert"],
    },
    "ko": {
        "region": "KR",
        "tld": "kr",
        "fk": "ko_KR",
        "zero": None,
        "tel": "전화",
        "mob": "휴대폰",
        "fax": "팩스",
        "ext": "내선",
        "mail": "이메일",
        "book": "예약번호",
        "cust": "회원번호",
        "date": "날짜",
        "price": "참가비",
        "addr": "주소",
        "faxjob": "팩스 접수번호",
        "app": "앱 버전",
        "hours": "평일 10:00~18:00",
        "s1": "예약 문의는 {P}(으)로 전화하시거나 {E}로 메일 주세요.",
        "s2": "예약번호 {N}, 일시 {D}, 참가비 {M}원입니다.",
        "s3": "회원번호 {C} 회원님은 담당자 휴대폰 {P2}로 연락 바랍니다.",
        "loc": ["kimjh", "parkseoyeon", "lee.minho", "choi88"],
    },
    "it": {
        "region": "IT",
        "tld": "it",
        "fk": "it_IT",
        "zero": None,
        "tel": "Tel.",
        "mob": "Cell.",
        "fax": "Fax",
        "ext": "int.",
        "mail": "E-mail",
        "book": "N. prenotazione",
        "cust": "Tessera socio n.",
        "date": "Data",
        "price": "Quota",
        "addr": "Indirizzo",
        "faxjob": "N. ricevuta fax",
        "app": "versione app",
        "hours": "Orari: mar–sab 9–13",
        "s1": "Per prenotare chiamate il {P} oppure scrivete a {E}.",
        "s2": "Conservate il numero di prenotazione {N} del {D}; quota € {M}.",
        "s3": "I soci con tessera {C} possono rivolgersi anche al {P2}.",
        "loc": ["giulia.rossi", "marco_b", "info.bonsai", "ferrari.l"],
    },
    "ar": {
        "region": "EG",
        "tld": "com.eg",
        "fk": "ar_SA",
        "zero": V.ARABIC_INDIC,
        "tel": "هاتف",
        "mob": "جوال",
        "fax": "فاكس",
        "ext": "داخلي",
        "mail": "البريد الإلكتروني",
        "book": "رقم الحجز",
        "cust": "رقم العضوية",
        "date": "التاريخ",
        "price": "الرسوم",
        "addr": "العنوان",
        "faxjob": "رقم إيصال الفاكس",
        "app": "إصدار التطبيق",
        "hours": "من السبت إلى الخميس ١٠ص–٦م",
        "s1": "للحجز والاستفسار اتصلوا على {P} أو راسلونا على {E}.",
        "s2": "يرجى الاحتفاظ برقم الحجز {N} بتاريخ {D}، والرسوم {M} جنيه.",
        "s3": "أعضاء النادي برقم عضوية {C} يمكنهم التواصل مع المنسق على {P2}.",
        "loc": ["ahmed.saqr", "falcon.club", "m.hassan", "noura"],
    },
    "de": {
        "region": "DE",
        "tld": "de",
        "fk": "de_DE",
        "zero": None,
        "tel": "Tel.",
        "mob": "Mobil",
        "fax": "Fax",
        "ext": "Durchwahl",
        "mail": "E-Mail",
        "book": "Buchungs-Nr.",
        "cust": "Kundennummer",
        "date": "Datum",
        "price": "Preis",
        "addr": "Anschrift",
        "faxjob": "Fax-Sendebericht Nr.",
        "app": "App-Version",
        "hours": "Mo–Fr 8–16 Uhr",
        "s1": "Buchungen telefonisch unter {P} oder per Mail an {E}.",
        "s2": "Bitte Buchungs-Nr. {N} vom {D} bereithalten; Preis {M} €.",
        "s3": "Mitglieder (Kundennummer {C}) erreichen den Falkner direkt: {P2}.",
        "loc": ["falknerei.hof", "j.wagner", "info", "greifvogel"],
    },
    "el": {
        "region": "GR",
        "tld": "gr",
        "fk": "el_GR",
        "zero": None,
        "tel": "Τηλ.",
        "mob": "Κιν.",
        "fax": "Φαξ",
        "ext": "εσωτ.",
        "mail": "Email",
        "book": "Αρ. παραγγελίας",
        "cust": "Κωδ. πελάτη",
        "date": "Ημερομηνία",
        "price": "Τιμή",
        "addr": "Διεύθυνση",
        "faxjob": "Αρ. αποστολής φαξ",
        "app": "έκδοση εφαρμογής",
        "hours": "Δευ–Παρ 9:00–14:00",
        "s1": "Για παραγγελίες καλέστε στο {P} ή γράψτε στο {E}.",
        "s2": "Αρ. παραγγελίας {N}, ημερομηνία {D}, τιμή {M} €.",
        "s3": "Πελάτες με κωδικό {C} μπορούν να καλούν και στο {P2}.",
        "loc": ["marmara.lithos", "g.papadopoulos", "info", "eleni.k"],
    },
    "pl": {
        "region": "PL",
        "tld": "pl",
        "fk": "pl_PL",
        "zero": None,
        "tel": "tel.",
        "mob": "kom.",
        "fax": "faks",
        "ext": "wew.",
        "mail": "e-mail",
        "book": "Nr zamówienia",
        "cust": "Nr klienta",
        "date": "Data",
        "price": "Cena",
        "addr": "Adres",
        "faxjob": "Nr potwierdzenia faksu",
        "app": "wersja aplikacji",
        "hours": "pn.–pt. 8:00–16:00",
        "s1": "Zamówienia przyjmujemy pod nr {P} lub mailowo: {E}.",
        "s2": "Prosimy podawać nr zamówienia {N} z dnia {D}; cena {M} zł.",
        "s3": "Klienci z numerem {C} mogą dzwonić bezpośrednio do kamieniarza: {P2}.",
        "loc": ["kamieniarstwo", "a.nowak", "biuro", "zaklad.pomnikow"],
    },
    "nl": {
        "region": "NL",
        "tld": "nl",
        "fk": "nl_NL",
        "zero": None,
        "tel": "Tel.",
        "mob": "Mobiel",
        "fax": "Fax",
        "ext": "toestel",
        "mail": "E-mail",
        "book": "Aanmeldnummer",
        "cust": "Lidnummer",
        "date": "Datum",
        "price": "Bijdrage",
        "addr": "Adres",
        "faxjob": "Faxbevestiging nr.",
        "app": "app-versie",
        "hours": "Oefenavond: dinsdag 19.30–21.30",
        "s1": "Aanmelden voor de oefenavond kan via {P} of {E}.",
        "s2": "Uw aanmeldnummer is {N} ({D}); bijdrage € {M}.",
        "s3": "Leden met lidnummer {C} kunnen ook de torenmeester bellen: {P2}.",
        "loc": ["luidersgilde", "j.devries", "secretaris", "toren.klokken"],
    },
    "cs": {
        "region": "CZ",
        "tld": "cz",
        "fk": "cs_CZ",
        "zero": None,
        "tel": "Tel.",
        "mob": "Mobil",
        "fax": "Fax",
        "ext": "linka",
        "mail": "E-mail",
        "book": "Číslo přihlášky",
        "cust": "Členské číslo",
        "date": "Datum",
        "price": "Poplatek",
        "addr": "Adresa",
        "faxjob": "Číslo faxové zprávy",
        "app": "verze aplikace",
        "hours": "Zkoušky: čtvrtek 18–20 h",
        "s1": "Přihlášky na zvonění přijímáme na čísle {P} nebo e-mailem {E}.",
        "s2": "Číslo přihlášky {N} ze dne {D}, poplatek {M} Kč.",
        "s3": "Členové s číslem {C} mohou volat přímo kostelníkovi: {P2}.",
        "loc": ["zvonari", "p.novak", "kostel.sv.jakub", "info"],
    },
    "tr": {
        "region": "TR",
        "tld": "com.tr",
        "fk": "tr_TR",
        "zero": None,
        "tel": "Tel",
        "mob": "Cep",
        "fax": "Faks",
        "ext": "dahili",
        "mail": "E-posta",
        "book": "Rezervasyon no",
        "cust": "Müşteri no",
        "date": "Tarih",
        "price": "Ücret",
        "addr": "Adres",
        "faxjob": "Faks iş no",
        "app": "uygulama sürümü",
        "hours": "Her gün 07:00–19:00",
        "s1": "Tandem uçuş rezervasyonu için {P} numarasını arayın veya {E} adresine yazın.",
        "s2": "Rezervasyon no {N}, tarih {D}, ücret {M} TL.",
        "s3": "Müşteri no {C} olan misafirlerimiz pilotumuza {P2} üzerinden ulaşabilir.",
        "loc": ["tandem.fethiye", "ucus", "m.yilmaz", "babadag.pilot"],
    },
    "fr": {
        "region": "FR",
        "tld": "fr",
        "fk": "fr_FR",
        "zero": None,
        "tel": "Tél.",
        "mob": "Portable",
        "fax": "Fax",
        "ext": "poste",
        "mail": "Courriel",
        "book": "N° de réservation",
        "cust": "N° client",
        "date": "Date",
        "price": "Tarif",
        "addr": "Adresse",
        "faxjob": "N° d'accusé fax",
        "app": "version de l'appli",
        "hours": "7j/7 de 8h à 19h",
        "s1": "Réservez votre baptême en parapente au {P} ou par courriel à {E}.",
        "s2": "Réservation n° {N} du {D} ; tarif {M} €.",
        "s3": "Les clients n° {C} peuvent joindre le moniteur au {P2}.",
        "loc": ["parapente.annecy", "j.dupont", "contact", "vol.libre"],
    },
    "ka": {
        "region": "GE",
        "tld": "ge",
        "fk": "ka_GE",
        "zero": None,
        "tel": "ტელ.",
        "mob": "მობ.",
        "fax": "ფაქსი",
        "ext": "შიდა",
        "mail": "ელფოსტა",
        "book": "ჯავშნის №",
        "cust": "სტუმრის №",
        "date": "თარიღი",
        "price": "ფასი",
        "addr": "მისამართი",
        "faxjob": "ფაქსის ქვითრის №",
        "app": "აპის ვერსია",
        "hours": "ყოველდღე 09:00–20:00",
        "s1": "ქოხში ადგილის დასაჯავშნად დარეკეთ {P} ან მოგვწერეთ {E}.",
        "s2": "ჯავშნის № {N}, თარიღი {D}, ფასი {M} ლარი.",
        "s3": "სტუმრის № {C} მქონე პირებს შეუძლიათ დაუკავშირდნენ მეურვეს: {P2}.",
        "loc": ["kazbegi.hut", "g.beridze", "info", "svaneti.trek"],
    },
    "es": {
        "region": "ES",
        "tld": "es",
        "fk": "es_ES",
        "zero": None,
        "tel": "Tel.",
        "mob": "Móvil",
        "fax": "Fax",
        "ext": "ext.",
        "mail": "Correo",
        "book": "N.º de reserva",
        "cust": "N.º de federado",
        "date": "Fecha",
        "price": "Precio",
        "addr": "Dirección",
        "faxjob": "N.º de justificante de fax",
        "app": "versión de la app",
        "hours": "Guarda: 8:00–21:00",
        "s1": "Reserva tu litera en el refugio llamando al {P} o escribiendo a {E}.",
        "s2": "Tu reserva n.º {N} para el {D}; precio {M} €.",
        "s3": "Los federados con n.º {C} pueden llamar al guarda: {P2}.",
        "loc": ["refugio.goriz", "reservas", "l.garcia", "montana.pirineo"],
    },
    "fi": {
        "region": "FI",
        "tld": "fi",
        "fk": "fi_FI",
        "zero": None,
        "tel": "Puh.",
        "mob": "GSM",
        "fax": "Faksi",
        "ext": "alanro",
        "mail": "Sähköposti",
        "book": "Varausnumero",
        "cust": "Asiakasnumero",
        "date": "Päivämäärä",
        "price": "Hinta",
        "addr": "Osoite",
        "faxjob": "Faksikuittaus nro",
        "app": "sovellusversio",
        "hours": "Avoinna ma–su 9–17",
        "s1": "Koiravaljakkoretken varaukset numerosta {P} tai osoitteesta {E}.",
        "s2": "Varausnumero {N}, päivämäärä {D}, hinta {M} €.",
        "s3": "Asiakasnumerolla {C} voit soittaa suoraan oppaalle: {P2}.",
        "loc": ["huskysafari", "m.virtanen", "varaukset", "lapin.rekiretket"],
    },
    "sv": {
        "region": "SE",
        "tld": "se",
        "fk": "sv_SE",
        "zero": None,
        "tel": "Tel.",
        "mob": "Mobil",
        "fax": "Fax",
        "ext": "ankn.",
        "mail": "E-post",
        "book": "Bokningsnummer",
        "cust": "Kundnummer",
        "date": "Datum",
        "price": "Pris",
        "addr": "Adress",
        "faxjob": "Faxkvitto nr",
        "app": "appversion",
        "hours": "Öppet alla dagar 8–18",
        "s1": "Boka hundspannstur på {P} eller mejla {E}.",
        "s2": "Bokningsnummer {N}, datum {D}, pris {M} kr.",
        "s3": "Kunder med kundnummer {C} når guiden på {P2}.",
        "loc": ["hundspann.kiruna", "a.lindqvist", "bokning", "info"],
    },
    "ru": {
        "region": "RU",
        "tld": "ru",
        "fk": "ru_RU",
        "zero": None,
        "tel": "Тел.",
        "mob": "Моб.",
        "fax": "Факс",
        "ext": "доб.",
        "mail": "Эл. почта",
        "book": "№ брони",
        "cust": "№ клиента",
        "date": "Дата",
        "price": "Стоимость",
        "addr": "Адрес",
        "faxjob": "№ факс-квитанции",
        "app": "версия приложения",
        "hours": "Ежедневно с 9:00 до 18:00",
        "s1": "Бронирование прогулок на собачьих упряжках: {P} или {E}.",
        "s2": "№ брони {N} от {D}, стоимость {M} ₽.",
        "s3": "Клиенты с № {C} могут звонить каюру напрямую: {P2}.",
        "loc": ["haski.karelia", "i.petrov", "bron", "info"],
    },
    "zh": {
        "region": "CN",
        "tld": "cn",
        "fk": "zh_CN",
        "zero": None,
        "tel": "电话",
        "mob": "手机",
        "fax": "传真",
        "ext": "分机",
        "mail": "邮箱",
        "book": "报名编号",
        "cust": "学员编号",
        "date": "日期",
        "price": "学费",
        "addr": "地址",
        "faxjob": "传真回执号",
        "app": "应用版本",
        "hours": "周二至周日 9:00-17:00",
        "s1": "书法班报名请致电{P}，或发邮件至{E}。",
        "s2": "报名编号{N}，上课日期{D}，学费{M}元。",
        "s3": "学员编号{C}的同学可直接联系班主任：{P2}。",
        "loc": ["shufa", "wang.lei", "moxiang", "zhang_min"],
    },
    "fa": {
        "region": "IR",
        "tld": "ir",
        "fk": "fa_IR",
        "zero": V.PERSIAN,
        "tel": "تلفن",
        "mob": "همراه",
        "fax": "نمابر",
        "ext": "داخلی",
        "mail": "ایمیل",
        "book": "شماره ثبت‌نام",
        "cust": "کد هنرجو",
        "date": "تاریخ",
        "price": "شهریه",
        "addr": "نشانی",
        "faxjob": "شماره رسید نمابر",
        "app": "نسخه برنامه",
        "hours": "شنبه تا چهارشنبه ۹ تا ۱۷",
        "s1": "برای ثبت‌نام در کلاس خوشنویسی با {P} تماس بگیرید یا به {E} ایمیل بزنید.",
        "s2": "شماره ثبت‌نام {N}، تاریخ {D}، شهریه {M} تومان.",
        "s3": "هنرجویان با کد {C} می‌توانند با استاد از طریق {P2} در تماس باشند.",
        "loc": ["khoshnevisi", "a.rezaei", "nastaliq", "info"],
    },
    "pt": {
        "region": "BR",
        "tld": "com.br",
        "fk": "pt_BR",
        "zero": None,
        "tel": "Tel.",
        "mob": "Cel.",
        "fax": "Fax",
        "ext": "ramal",
        "mail": "E-mail",
        "book": "Nº da reserva",
        "cust": "Código do cliente",
        "date": "Data",
        "price": "Valor",
        "addr": "Endereço",
        "faxjob": "Nº do comprovante de fax",
        "app": "versão do app",
        "hours": "Ter. a dom., 10h às 17h",
        "s1": "Agende sua degustação pelo {P} ou pelo e-mail {E}.",
        "s2": "Reserva nº {N} para {D}; valor R$ {M}.",
        "s3": "Clientes com código {C} podem falar com o enólogo no {P2}.",
        "loc": ["vinicola.serra", "degustacao", "r.souza", "contato"],
    },
    "hu": {
        "region": "HU",
        "tld": "hu",
        "fk": "hu_HU",
        "zero": None,
        "tel": "Tel.",
        "mob": "Mobil",
        "fax": "Fax",
        "ext": "mellék",
        "mail": "E-mail",
        "book": "Foglalási szám",
        "cust": "Ügyfélszám",
        "date": "Dátum",
        "price": "Ár",
        "addr": "Cím",
        "faxjob": "Fax-visszaigazolás sz.",
        "app": "alkalmazásverzió",
        "hours": "Nyitva: sze–v 10–18",
        "s1": "Borkóstolóra jelentkezés a {P} számon vagy a {E} címen.",
        "s2": "Foglalási szám {N}, dátum {D}, ár {M} Ft.",
        "s3": "Az {C} ügyfélszámú vendégek a pincemestert is hívhatják: {P2}.",
        "loc": ["pince.tokaj", "k.nagy", "foglalas", "borhaz"],
    },
    "bg": {
        "region": "BG",
        "tld": "bg",
        "fk": "bg_BG",
        "zero": None,
        "tel": "Тел.",
        "mob": "Моб.",
        "fax": "Факс",
        "ext": "вътр.",
        "mail": "Имейл",
        "book": "Резервация №",
        "cust": "Клиентски №",
        "date": "Дата",
        "price": "Цена",
        "addr": "Адрес",
        "faxjob": "Факс разписка №",
        "app": "версия на приложението",
        "hours": "Всеки ден 10:00–18:00",
        "s1": "Запазете дегустация на {P} или пишете на {E}.",
        "s2": "Резервация № {N} за {D}; цена {M} лв.",
        "s3": "Клиенти с № {C} могат да звънят на енолога: {P2}.",
        "loc": ["vinarna.melnik", "i.ivanova", "degustacii", "info"],
    },
    "hi": {
        "region": "IN",
        "tld": "in",
        "fk": "hi_IN",
        "zero": V.DEVANAGARI,
        "tel": "फ़ोन",
        "mob": "मोबाइल",
        "fax": "फ़ैक्स",
        "ext": "एक्सटेंशन",
        "mail": "ईमेल",
        "book": "बुकिंग संख्या",
        "cust": "ग्राहक संख्या",
        "date": "दिनांक",
        "price": "शुल्क",
        "addr": "पता",
        "faxjob": "फ़ैक्स रसीद संख्या",
        "app": "ऐप संस्करण",
        "hours": "सोम–शनि सुबह 10 से शाम 6",
        "s1": "सांकेतिक भाषा दुभाषिया बुक करने के लिए {P} पर कॉल करें या {E} पर लिखें।",
        "s2": "बुकिंग संख्या {N}, दिनांक {D}, शुल्क ₹{M}।",
        "s3": "ग्राहक संख्या {C} वाले ग्राहक समन्वयक से {P2} पर संपर्क करें।",
        "loc": ["isl.interpreters", "r.sharma", "booking", "sanket"],
    },
    "vi": {
        "region": "VN",
        "tld": "vn",
        "fk": "vi_VN",
        "zero": None,
        "tel": "ĐT",
        "mob": "Di động",
        "fax": "Fax",
        "ext": "máy lẻ",
        "mail": "Email",
        "book": "Mã đặt lịch",
        "cust": "Mã khách hàng",
        "date": "Ngày",
        "price": "Phí",
        "addr": "Địa chỉ",
        "faxjob": "Số biên nhận fax",
        "app": "phiên bản ứng dụng",
        "hours": "T2–T7: 8h–17h",
        "s1": "Đặt phiên dịch viên ngôn ngữ ký hiệu: gọi {P} hoặc email {E}.",
        "s2": "Mã đặt lịch {N}, ngày {D}, phí {M} đ.",
        "s3": "Khách hàng mã {C} có thể gọi điều phối viên: {P2}.",
        "loc": ["kyhieu.hn", "nguyen.lan", "datlich", "tran.minh"],
    },
    "uk": {
        "region": "UA",
        "tld": "com.ua",
        "fk": "uk_UA",
        "zero": None,
        "tel": "Тел.",
        "mob": "Моб.",
        "fax": "Факс",
        "ext": "дод.",
        "mail": "Ел. пошта",
        "book": "№ запису",
        "cust": "№ учасника",
        "date": "Дата",
        "price": "Внесок",
        "addr": "Адреса",
        "faxjob": "№ факс-квитанції",
        "app": "версія застосунку",
        "hours": "Сб–Нд, збір о 7:30",
        "s1": "Записатися на тихе полювання: {P} або {E}.",
        "s2": "№ запису {N}, дата {D}, внесок {M} грн.",
        "s3": "Учасники з № {C} можуть дзвонити провіднику: {P2}.",
        "loc": ["grybnyky.lviv", "o.shevchenko", "zapys", "lis.karpaty"],
    },
    "he": {
        "region": "IL",
        "tld": "co.il",
        "fk": "he_IL",
        "zero": None,
        "tel": "טל׳",
        "mob": "נייד",
        "fax": "פקס",
        "ext": "שלוחה",
        "mail": "דוא״ל",
        "book": "מס׳ הרשמה",
        "cust": "מס׳ משתתף",
        "date": "תאריך",
        "price": "מחיר",
        "addr": "כתובת",
        "faxjob": "מס׳ אישור פקס",
        "app": "גרסת אפליקציה",
        "hours": "א׳–ה׳ 9:00–16:00",
        "s1": "להרשמה לסיור ליקוט פטריות התקשרו {P} או כתבו ל־{E}.",
        "s2": "מס׳ הרשמה {N}, תאריך {D}, מחיר {M} ₪.",
        "s3": "משתתפים עם מס׳ {C} יכולים להתקשר למדריך: {P2}.",
        "loc": ["pitriyot", "d.cohen", "siurim", "info"],
    },
}

# register -> languages, and per language a title and an opening sentence
REGS: dict[str, dict[str, tuple[str, str]]] = {
    "orchid_society_show_entries": {
        "ja": ("洋らん展 出品受付", "春の洋らん展への出品申込を受け付けています。"),
        "th": (
            "สมาคมกล้วยไม้ – รับสมัครส่งกล้วยไม้ประกวด",
            "เปิดรับสมัครส่งกล้วยไม้เข้าประกวดประจำปี",
        ),
    },
    "bonsai_club_workshops": {
        "ko": ("분재 동호회 정기 강습", "이번 달 분재 전정 강습 안내입니다."),
        "it": (
            "Club Bonsai – laboratori di potatura",
            "Ecco il calendario dei laboratori di potatura e rinvaso.",
        ),
    },
    "falconry_display_bookings": {
        "ar": (
            "عروض الصقارة – حجز العروض",
            "نستقبل حجوزات عروض الصقور للمدارس والمناسبات.",
        ),
        "de": (
            "Falknerei – Flugvorführungen buchen",
            "Flugvorführungen mit Greifvögeln für Schulen und Feiern.",
        ),
    },
    "gravestone_engraving_orders": {
        "el": (
            "Μαρμαράδικο – παραγγελίες χάραξης",
            "Αναλαμβάνουμε χάραξη επιγραφών σε μνήματα.",
        ),
        "pl": (
            "Zakład kamieniarski – zamówienia napisów",
            "Wykonujemy napisy i renowację nagrobków.",
        ),
    },
    "bell_ringing_guild_notices": {
        "nl": (
            "Klokkenluidersgilde – mededelingen",
            "Nieuwe luiders zijn welkom op de oefenavond.",
        ),
        "cs": (
            "Spolek zvoníků – oznámení",
            "Hledáme nové zvoníky pro nedělní zvonění.",
        ),
    },
    "paragliding_tandem_bookings": {
        "tr": (
            "Yamaç paraşütü tandem uçuş rezervasyonu",
            "Babadağ'dan tandem uçuşlar her gün yapılmaktadır.",
        ),
        "fr": (
            "Parapente – baptêmes biplace",
            "Baptêmes en biplace au-dessus du lac, tous les jours.",
        ),
    },
    "mountain_hut_reservations": {
        "ka": ("მთის ქოხი – ადგილების ჯავშანი", "ქოხი ღიაა ივნისიდან სექტემბრამდე."),
        "es": (
            "Refugio de montaña – reservas",
            "El refugio abre de junio a octubre con guarda.",
        ),
    },
    "dog_sled_excursions": {
        "fi": (
            "Koiravaljakkoretket",
            "Talven koiravaljakkoretket lähtevät päivittäin tilalta.",
        ),
        "sv": (
            "Hundspannsturer",
            "Vinterns hundspannsturer avgår varje dag från gården.",
        ),
        "ru": (
            "Прогулки на собачьих упряжках",
            "Зимние прогулки на хаски — каждый день.",
        ),
    },
    "calligraphy_classes": {
        "zh": ("书法班招生", "本期书法班开设楷书、行书两个班。"),
        "fa": ("کلاس خوشنویسی", "ثبت‌نام دوره جدید نستعلیق آغاز شد."),
    },
    "winery_cellar_door_tastings": {
        "pt": (
            "Vinícola – degustações na adega",
            "Degustações guiadas na adega de terça a domingo.",
        ),
        "hu": (
            "Pincészet – borkóstolók",
            "Vezetett borkóstolók a pincében szerdától vasárnapig.",
        ),
        "bg": ("Винарна – дегустации", "Дегустации в избата всеки ден."),
    },
    "sign_language_interpreter_bookings": {
        "hi": (
            "सांकेतिक भाषा दुभाषिया सेवा",
            "अस्पताल, अदालत और कार्यक्रमों के लिए दुभाषिया बुक करें।",
        ),
        "vi": (
            "Dịch vụ phiên dịch ngôn ngữ ký hiệu",
            "Đặt phiên dịch viên cho bệnh viện, hội nghị, lễ cưới.",
        ),
    },
    "mushroom_foraging_walks": {
        "uk": (
            "Грибні прогулянки з провідником",
            "Запрошуємо на осінні виходи до лісу.",
        ),
        "he": ("סיורי ליקוט פטריות", "סיורי ליקוט פטריות ביער בהדרכה."),
    },
}

SLOT = re.compile(r"\{(\w+)\}")
SIG = {"JP": "ジェイ", "TH": "ไทย"}


def fill(doc: V.Doc, tmpl: str, vals: dict[str, tuple[str | None, str]]) -> None:
    pos = 0
    for m in SLOT.finditer(tmpl):
        doc.t(tmpl[pos : m.start()])
        typ, val = vals[m.group(1)]
        if typ is None:
            doc.n(val)
        else:
            doc.v(typ, val)
        pos = m.end()
    doc.t(tmpl[pos:])


def _phone(rng: random.Random, lx: dict, kind: str = "any", ext: bool = False) -> str:
    p = V.phone(rng, lx["region"], kind)
    if lx["zero"] and not p.startswith("+") and rng.random() < 0.35:
        p = V.localize_digits(p, lx["zero"])
    elif lx["region"] in ("JP", "CN") and not p.startswith("+") and rng.random() < 0.15:
        p = "".join(
            chr(ord(c) + 0xFEE0) if c.isdigit() else ("－" if c == "-" else c)
            for c in p
        )
    if ext and kind != "mobile":
        p = f"{p} {lx['ext']} {rng.randrange(10, 400)}"
    return p


def _domain(rng: random.Random, lx: dict) -> str:
    return (
        rng.choice(["mail", "post", "club", "net", "inbox"]) + "." + lx["tld"]
        if rng.random() < 0.5
        else rng.choice(["gmail.com", "yahoo.com", "outlook.com"])
    )


def _email(rng: random.Random, lx: dict) -> str:
    loc = rng.choice(lx["loc"])
    if rng.random() < 0.4:
        loc += str(rng.randrange(1, 99))
    return f"{loc}@{_domain(rng, lx)}"


def _negs(rng: random.Random, lx: dict) -> dict[str, tuple[None, str]]:
    return {
        "N": (None, V.digits(rng, rng.choice([7, 8, 9, 10, 11, 12]))),
        "D": (None, V.date_styles(rng)),
        "M": (None, V.price(rng, rng.choice([" ", ".", ",", "\u202f", "'"]))),
        "C": (None, V.digits(rng, rng.choice([8, 9, 10, 11]))),
    }


def page(
    rng: random.Random, register: str, lang: str, layout: int
) -> tuple[str, list[dict], str]:
    lx = L[lang]
    title, intro = REGS[register][lang]
    fk = _faker(lx["fk"])
    fk.seed_instance(rng.randrange(10**9))
    d = V.Doc()
    host = f"https://www.{register.split('_')[0]}-{rng.randrange(10, 99)}.{lx['tld']}"
    url = f"{host}/{rng.choice(['kontakt', 'contact', 'booking', 'info', 'p'])}/{rng.randrange(100, 999)}"
    if layout == 0:  # contact block with labels before values, negatives between them
        d.t(f"{title}\n{intro}\n\n{fk.name()}\n")
        d.t(f"{lx['addr']}: ").n(fk.address().replace("\n", ", "))
        d.t("\n")
        d.t(f"{lx['tel']}: ").v(
            "PHONE_NUMBER", _phone(rng, lx, "fixed", ext=rng.random() < 0.35)
        )
        if rng.random() < 0.6:
            d.t(rng.choice([" / ", ", ", " · "])).v(
                "PHONE_NUMBER", _phone(rng, lx, "fixed")
            )
        d.t(f"\n{lx['mob']}: ").v("PHONE_NUMBER", _phone(rng, lx, "mobile"))
        d.t(f"\n{lx['fax']}: ").v("PHONE_NUMBER", _phone(rng, lx, "fixed"))
        d.t(f"\n{lx['faxjob']}: ").n(V.digits(rng, rng.choice([8, 10, 11])))
        d.t(f"\n{lx['mail']}: ").v("EMAIL_ADDRESS", _email(rng, lx))
        d.t(f"\n{lx['cust']}: ").n(V.digits(rng, rng.choice([9, 10, 11, 12])))
        d.t(f"\n{lx['book']}: ").n(
            rng.choice([V.digits(rng, 10), V.range_(rng), V.digits(rng, 8)])
        )
        d.t(f"\n{lx['app']} ").n(V.version4(rng)).t("\n")
        d.t(f"{lx['hours']}\n")
        if _iban_cc(lx) and rng.random() < 0.85:
            d.t("IBAN: ").v("IBAN_CODE", V.iban(rng, _iban_cc(lx))).t("\n")
        elif _iban_cc(lx) and rng.random() < 0.8:
            d.t("IBAN: ").n(V.bad_iban(rng, _iban_cc(lx))).t("\n")
        if rng.random() < 0.45:
            d.t(V.brand_label(rng)).v("CREDIT_CARD", V.card(rng)).t("  ").n(
                V.bad_card(rng)
            ).t("\n")
    elif (
        layout == 1
    ):  # a roster table: the column header marks which numbers are phones
        sep = rng.choice([" | ", ";", "\t", ","])
        hdr = [
            lx["date"],
            lx["book"],
            fk.name().split()[0][:0] + lx["tel"],
            lx["mail"],
            lx["price"],
        ]
        d.t(f"{title}\n\n").t(sep.join(hdr) + "\n")
        for _ in range(rng.randrange(3, 6)):
            d.n(V.date_styles(rng)).t(sep).n(
                V.digits(rng, rng.choice([7, 8, 9, 10, 11]))
            ).t(sep)
            d.v("PHONE_NUMBER", _phone(rng, lx, rng.choice(["mobile", "fixed"]))).t(sep)
            if rng.random() < 0.25:
                d.v("EMAIL_ADDRESS", _email(rng, lx))
            d.t(sep)
            d.n(V.price(rng, "," if sep != "," else "."))
            d.t("\n")
        d.t(f"\n{lx['cust']} ").n(V.digits(rng, 9)).t(f" · {lx['faxjob']} ").n(
            V.digits(rng, 11)
        ).t("\n")
        if _iban_cc(lx) and rng.random() < 0.7:
            d.t("IBAN: ").v("IBAN_CODE", V.iban(rng, _iban_cc(lx))).t(
                " · BIC/SWIFT · "
            ).n(V.digits(rng, 8)).t("\n")
        if rng.random() < 0.3:
            d.t(V.brand_label(rng)).v("CREDIT_CARD", V.card(rng)).t("\n")
    elif layout == 3:  # JSON-LD in the page head, then a line with several numbers
        e = _email(rng, lx)
        d.t(f"{title}\n")
        d.t(
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness",'
        )
        d.t(f'"name":"{title}","telephone":"').v(
            "PHONE_NUMBER",
            V.phone(rng, lx["region"], "fixed", rng.choice(["e164", "intl"])),
        )
        d.t('","faxNumber":"').v(
            "PHONE_NUMBER", V.phone(rng, lx["region"], "fixed", "intl")
        )
        d.t('","email":"').v("EMAIL_ADDRESS", e).t('","identifier":"').n(
            V.digits(rng, rng.choice([9, 10, 11]))
        )
        d.t('","image":"https://cdn.').t(lx["tld"]).t(
            '/img/logo@2x.png","address":{"postalCode":"'
        )
        d.n(V.digits(rng, rng.choice([4, 5, 6]))).t('"},"geo":{"latitude":').n(
            f"{rng.uniform(-60, 70):.6f}"
        )
        d.t(',"longitude":').n(f"{rng.uniform(-120, 150):.6f}").t("}}</script>\n")
        d.t(f"{intro}\n{lx['tel']}: ")
        for k in range(rng.randrange(2, 4)):
            if k:
                d.t(rng.choice([" / ", ", ", " – ", " · "]))
            d.v("PHONE_NUMBER", _phone(rng, lx, rng.choice(["fixed", "mobile"])))
        d.t(f"\n{lx['book']}: ").n(V.digits(rng, rng.choice([7, 9, 12]))).t(
            f" · {lx['date']}: "
        ).n(V.date_styles(rng))
        d.t(" · ").n(f"{rng.randrange(1, 4)} {rng.randrange(100, 999)} m").t(" · ").n(
            f"{rng.randrange(1, 99)},{rng.randrange(1, 9)} km"
        ).t("\n")
        if rng.random() < 0.5:
            d.t(f'<a href="mailto:{e}">').v("EMAIL_ADDRESS", e).t("</a>\n")
        if rng.random() < 0.5:
            d.t(f"{lx['cust']}: ").n(V.digits(rng, 10)).t(f" · {lx['app']} ").n(
                V.version4(rng)
            ).t("\n")
        if _iban_cc(lx) and rng.random() < 0.8:
            ib = V.iban(rng, _iban_cc(lx))
            d.t("IBAN ").v("IBAN_CODE", ib.lower() if rng.random() < 0.1 else ib)
            d.t(" (").n(V.bad_iban(rng, _iban_cc(lx))).t(
                " ✗)\n" if rng.random() < 0.3 else ")\n"
            )
        if rng.random() < 0.5:
            d.t(V.brand_label(rng)).v("CREDIT_CARD", V.card(rng)).t(" · ").n(
                V.bad_card(rng)
            ).t("\n")
    else:  # prose / chat with a tel: link and numbers only the sentence marks
        vals = {
            "P": ("PHONE_NUMBER", _phone(rng, lx, "any", ext=rng.random() < 0.2)),
            "P2": ("PHONE_NUMBER", _phone(rng, lx, "mobile")),
            "E": ("EMAIL_ADDRESS", _email(rng, lx)),
        }
        vals.update(_negs(rng, lx))
        d.t(f"{title}\n\n{intro} ")
        fill(d, lx["s1"], vals)
        d.t(" ")
        fill(d, lx["s2"], vals)
        d.t("\n")
        fill(d, lx["s3"], vals)
        d.t("\n\n")
        if rng.random() < 0.35:
            loc, dom = rng.choice(lx["loc"]), _domain(rng, lx)
            d.n(
                rng.choice(
                    [
                        f"{loc} [at] {dom.replace('.', ' [dot] ')}",
                        f"{loc}(at){dom}",
                        f"{loc} @ {dom.split('.')[0]}",
                    ]
                )
            )
            d.t(" · ").n(f"{rng.choice(['logo', 'banner', 'icon'])}@2x.png").t("\n")
        if rng.random() < 0.6:
            num = V.phone_obj(rng, lx["region"], "mobile")
            e164 = V.fmt_phone(rng, num, "e164")
            shown = V.fmt_phone(rng, num, "intl")
            d.t('<a href="tel:').v("PHONE_NUMBER", e164).t('">').v(
                "PHONE_NUMBER", shown
            ).t("</a>\n")
        if rng.random() < 0.3:
            d.t(f"{lx['price']}: ").n(V.price(rng, ".")).t(" · ").n(V.range_(rng)).t(
                "\n"
            )
        if _iban_cc(lx) and rng.random() < 0.7:
            d.t("IBAN ").v("IBAN_CODE", V.iban(rng, _iban_cc(lx))).t("\n")
        if rng.random() < 0.4:
            d.t(V.brand_label(rng)).v("CREDIT_CARD", V.card(rng)).t(" — ").n(
                V.bad_card(rng)
            ).t("\n")
    return url, d.spans, d.text()


def _iban_cc(lx: dict) -> str | None:
    cc = lx["region"]
    return cc if cc in V.IBAN_COUNTRIES else None
