"""People's pages of the blind30 PII set (see pii_blind30.py): 12 registers, 25 languages.

Each page is wholly in its language; every phrase here was written for this file.
"""

from __future__ import annotations

import random

import pii_blind30_values as v
from pii_blind30_values import digits

# language -> region for phones, IBAN country (or ""), phone styles, names, mail logins/domains,
# labels (tel, mail, bank, name) and two chat lines ({phone} / {email}).
LANG = {
    "nl": {"region": "NL", "iban": "NL", "styles": ["nat", "intl", "bare"], "names": ["Joke de Wit", "Pieter Smeets", "Anouk Verhoeven"],
               "logins": ["joke.dewit", "p.smeets", "anoukv"], "doms": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
               "lab": ("Telefoon", "E-mail", "Rekening", "Naam"), "chat": ("Bel me gerust op {phone}, ik ben er na zessen.", "Stuur het maar naar {email}, dan zet ik het door.")},
    "ru": {"region": "RU", "iban": "", "styles": ["nat", "intl", "dash"], "names": ["Ольга Смирнова", "Игорь Белов", "Дарья Кузнецова"],
               "logins": ["olga.smirnova", "i.belov", "dasha.kuz"], "doms": ["yandex.ru", "mail.ru", "rambler.ru"],
               "lab": ("Телефон", "Эл. почта", "Счёт", "Имя"), "chat": ("Звоните на {phone}, лучше вечером.", "Пишите на {email}, отвечу в течение дня.")},
    "sv": {"region": "SE", "iban": "SE", "styles": ["nat", "intl"], "names": ["Karin Lindqvist", "Erik Holm", "Maja Berg"],
               "logins": ["karin.lindqvist", "erik.holm", "majaberg"], "doms": ["telia.com", "bredband.net", "gmail.com"],
               "lab": ("Telefon", "E-post", "Konto", "Namn"), "chat": ("Ring mig på {phone} så löser vi det.", "Maila {email} så skickar jag kartan.")},
    "fi": {"region": "FI", "iban": "FI", "styles": ["nat", "intl"], "names": ["Aino Virtanen", "Juha Mäkelä", "Sanna Koski"],
               "logins": ["aino.virtanen", "juha.makela", "sanna.k"], "doms": ["elisanet.fi", "kolumbus.fi", "gmail.com"],
               "lab": ("Puhelin", "Sähköposti", "Tili", "Nimi"), "chat": ("Soita numeroon {phone}, vastaan iltaisin.", "Laita viestiä osoitteeseen {email}.")},
    "pl": {"region": "PL", "iban": "PL", "styles": ["nat", "intl", "e164"], "names": ["Agnieszka Nowak", "Tomasz Wójcik", "Marta Zielińska"],
               "logins": ["a.nowak", "tomasz.wojcik", "marta.z"], "doms": ["wp.pl", "onet.pl", "interia.pl"],
               "lab": ("Telefon", "E-mail", "Konto", "Imię i nazwisko"), "chat": ("Proszę dzwonić pod {phone} po 17.", "Zgłoszenia na {email}, odpiszę.")},
    "ko": {"region": "KR", "iban": "", "styles": ["nat", "intl"], "names": ["김지은", "박민수", "이서연"],
               "logins": ["jieun.kim", "minsu.park", "seoyeon_lee"], "doms": ["naver.com", "daum.net", "hanmail.net"],
               "lab": ("전화", "이메일", "계좌", "이름"), "chat": ("{phone}로 문자 주세요.", "자료는 {email}로 보내 주세요.")},
    "ja": {"region": "JP", "iban": "", "styles": ["nat", "intl"], "names": ["佐藤 花子", "鈴木 健太", "高橋 美咲"],
               "logins": ["hanako.sato", "kenta.suzuki", "misaki.t"], "doms": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
               "lab": ("電話", "メール", "口座", "氏名"), "chat": ("{phone}までお電話ください。", "{email}へご連絡いただければ返信します。")},
    "es": {"region": "ES", "iban": "ES", "styles": ["nat", "intl", "bare"], "names": ["Lucía Martín", "Javier Ortega", "Carmen Ruiz"],
               "logins": ["lucia.martin", "jortega", "carmen.ruiz"], "doms": ["telefonica.net", "gmail.com", "hotmail.es"],
               "lab": ("Teléfono", "Correo", "Cuenta", "Nombre"), "chat": ("Llámame al {phone} por las tardes.", "Escríbeme a {email} y te cuento.")},
    "de": {"region": "DE", "iban": "DE", "styles": ["nat", "intl", "00"], "names": ["Heike Brandt", "Jürgen Vogel", "Lena Kraus"],
               "logins": ["heike.brandt", "j.vogel", "lena.kraus"], "doms": ["gmx.de", "web.de", "t-online.de"],
               "lab": ("Telefon", "E-Mail", "Konto", "Name"), "chat": ("Ruf einfach unter {phone} an, ab 18 Uhr.", "Schick mir eine Mail an {email}.")},
    "el": {"region": "GR", "iban": "GR", "styles": ["nat", "intl"], "names": ["Μαρία Παπαδοπούλου", "Νίκος Γεωργίου", "Ελένη Δημητρίου"],
               "logins": ["maria.pap", "n.georgiou", "eleni.dim"], "doms": ["otenet.gr", "yahoo.gr", "gmail.com"],
               "lab": ("Τηλέφωνο", "Email", "Λογαριασμός", "Όνομα"), "chat": ("Πάρτε με στο {phone} μετά τις 5.", "Στείλτε μου στο {email}.")},
    "fr": {"region": "FR", "iban": "FR", "styles": ["nat", "intl", "dots"], "names": ["Claire Moreau", "Mathieu Girard", "Inès Lambert"],
               "logins": ["claire.moreau", "m.girard", "ines.lambert"], "doms": ["orange.fr", "free.fr", "laposte.net"],
               "lab": ("Téléphone", "Courriel", "RIB", "Nom"), "chat": ("Appelez-moi au {phone} en soirée.", "Écrivez à {email}, je réponds vite.")},
    "he": {"region": "IL", "iban": "IL", "styles": ["nat", "intl"], "names": ["נועה כהן", "יוסי לוי", "מיכל אברהם"],
               "logins": ["noa.cohen", "yossi.levi", "michal.a"], "doms": ["walla.co.il", "bezeqint.net", "gmail.com"],
               "lab": ("טלפון", "דוא\"ל", "חשבון", "שם"), "chat": ("אפשר להתקשר אליי ל-{phone} בערב.", "שלחו מייל ל-{email}.")},
    "cs": {"region": "CZ", "iban": "CZ", "styles": ["nat", "intl"], "names": ["Jana Dvořáková", "Petr Novotný", "Tereza Černá"],
               "logins": ["jana.dvorakova", "petr.novotny", "tereza.c"], "doms": ["seznam.cz", "centrum.cz", "email.cz"],
               "lab": ("Telefon", "E-mail", "Účet", "Jméno"), "chat": ("Volejte na {phone}, nejlépe ráno.", "Pište na {email}.")},
    "th": {"region": "TH", "iban": "", "styles": ["nat", "intl"], "names": ["สมชาย ใจดี", "วิภา ศรีสุข", "ธนา วงศ์ทอง"],
               "logins": ["somchai.j", "wipa.srisuk", "thana.w"], "doms": ["hotmail.com", "gmail.com", "truemail.co.th"],
               "lab": ("โทร", "อีเมล", "บัญชี", "ชื่อ"), "chat": ("โทรหาได้ที่ {phone} ค่ะ", "ส่งเอกสารมาที่ {email} ครับ")},
    "it": {"region": "IT", "iban": "IT", "styles": ["nat", "intl"], "names": ["Giulia Ferri", "Marco Gallo", "Chiara Conti"],
               "logins": ["giulia.ferri", "marco.gallo", "chiara.conti"], "doms": ["libero.it", "tiscali.it", "alice.it"],
               "lab": ("Telefono", "Email", "Conto", "Nome"), "chat": ("Chiamami al {phone} dopo pranzo.", "Scrivimi a {email}.")},
    "ar": {"region": "AE", "iban": "AE", "styles": ["nat", "intl"], "names": ["سارة الحمادي", "خالد المنصوري", "ليلى الكعبي"],
               "logins": ["sara.hammadi", "khaled.m", "layla.kaabi"], "doms": ["eim.ae", "gmail.com", "outlook.com"],
               "lab": ("الهاتف", "البريد الإلكتروني", "الحساب", "الاسم"), "chat": ("اتصلوا بي على {phone} بعد العصر.", "راسلوني على {email}.")},
    "hu": {"region": "HU", "iban": "HU", "styles": ["nat", "intl"], "names": ["Kovács Eszter", "Nagy Gábor", "Szabó Réka"],
               "logins": ["kovacs.eszter", "nagy.gabor", "reka.szabo"], "doms": ["freemail.hu", "citromail.hu", "t-online.hu"],
               "lab": ("Telefon", "E-mail", "Számla", "Név"), "chat": ("Hívjatok a {phone} számon este.", "Írjatok a {email} címre.")},
    "hi": {"region": "IN", "iban": "", "styles": ["nat", "intl"], "names": ["प्रिया शर्मा", "राहुल वर्मा", "अनीता सिंह"],
               "logins": ["priya.sharma", "rahul.verma", "anita.singh"], "doms": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
               "lab": ("फ़ोन", "ईमेल", "खाता", "नाम"), "chat": ("कृपया {phone} पर फ़ोन करें।", "विवरण {email} पर भेजें।")},
    "pt": {"region": "PT", "iban": "PT", "styles": ["nat", "intl"], "names": ["Inês Carvalho", "Rui Sousa", "Beatriz Lopes"],
               "logins": ["ines.carvalho", "rui.sousa", "bia.lopes"], "doms": ["sapo.pt", "netcabo.pt", "gmail.com"],
               "lab": ("Telefone", "Email", "Conta", "Nome"), "chat": ("Liga-me para o {phone} à noite.", "Manda para {email}.")},
    "uk": {"region": "UA", "iban": "UA", "styles": ["nat", "intl"], "names": ["Оксана Мельник", "Андрій Шевчук", "Ірина Бондар"],
               "logins": ["oksana.melnyk", "a.shevchuk", "iryna.bondar"], "doms": ["ukr.net", "i.ua", "gmail.com"],
               "lab": ("Телефон", "Ел. пошта", "Рахунок", "Ім'я"), "chat": ("Телефонуйте на {phone} після шостої.", "Пишіть на {email}.")},
    "tr": {"region": "TR", "iban": "TR", "styles": ["nat", "intl"], "names": ["Ayşe Yılmaz", "Mehmet Demir", "Zeynep Kaya"],
               "logins": ["ayse.yilmaz", "m.demir", "zeynep.kaya"], "doms": ["hotmail.com", "yandex.com.tr", "gmail.com"],
               "lab": ("Telefon", "E-posta", "Hesap", "Ad Soyad"), "chat": ("{phone} numarasından bana ulaşın.", "{email} adresine yazın.")},
    "ka": {"region": "GE", "iban": "GE", "styles": ["nat", "intl"], "names": ["ნინო ბერიძე", "გიორგი კაპანაძე", "მარიამ გელაშვილი"],
               "logins": ["nino.beridze", "giorgi.k", "mariam.gel"], "doms": ["gmail.com", "mail.ge", "yahoo.com"],
               "lab": ("ტელეფონი", "ელფოსტა", "ანგარიში", "სახელი"), "chat": ("დამირეკეთ {phone}-ზე საღამოს.", "მომწერეთ {email}-ზე.")},
    "ro": {"region": "RO", "iban": "RO", "styles": ["nat", "intl"], "names": ["Ioana Popescu", "Andrei Ionescu", "Elena Stan"],
               "logins": ["ioana.popescu", "andrei.ionescu", "elena.stan"], "doms": ["yahoo.ro", "gmail.com", "rdslink.ro"],
               "lab": ("Telefon", "E-mail", "Cont", "Nume"), "chat": ("Sunați-mă la {phone} după ora 16.", "Trimiteți pe {email}.")},
    "zh": {"region": "CN", "iban": "", "styles": ["nat", "intl", "bare"], "names": ["王芳", "李强", "张敏"],
               "logins": ["wangfang88", "liqiang", "zhangmin"], "doms": ["163.com", "qq.com", "126.com"],
               "lab": ("电话", "邮箱", "账户", "姓名"), "chat": ("请拨打{phone}联系我。", "资料发到{email}即可。")},
    "bg": {"region": "BG", "iban": "BG", "styles": ["nat", "intl"], "names": ["Мария Иванова", "Георги Петров", "Десислава Николова"],
               "logins": ["maria.ivanova", "g.petrov", "desi.nikolova"], "doms": ["abv.bg", "mail.bg", "gmail.com"],
               "lab": ("Телефон", "Имейл", "Сметка", "Име"), "chat": ("Обадете се на {phone} след 17 ч.", "Пишете на {email}.")},
}

WHEN = {'nl': 'Volgende bijeenkomst: {d:02d}-{m:02d}-{y} om {h}.{mi:02d} uur.',
        'ru': 'Следующая встреча: {d:02d}.{m:02d}.{y} в {h}:{mi:02d}.',
        'sv': 'Nästa tillfälle: {y}-{m:02d}-{d:02d} kl. {h}.{mi:02d}.',
        'fi': 'Seuraava kerta: {d}.{m}.{y} klo {h}.{mi:02d}.',
        'pl': 'Następne spotkanie: {d:02d}.{m:02d}.{y} r., godz. {h}:{mi:02d}.',
        'ko': '다음 모임: {y}. {m}. {d}. {h}:{mi:02d}',
        'ja': '次回：{y}年{m}月{d}日 {h}:{mi:02d}〜',
        'es': 'Próxima cita: {d}/{m}/{y} a las {h}:{mi:02d} h.',
        'de': 'Nächster Termin: {d:02d}.{m:02d}.{y}, {h}:{mi:02d} Uhr.',
        'el': 'Επόμενη συνάντηση: {d}/{m}/{y}, ώρα {h}:{mi:02d}.',
        'fr': 'Prochaine permanence : le {d:02d}/{m:02d}/{y} à {h}h{mi:02d}.',
        'he': 'המפגש הבא: {d}.{m}.{y} בשעה {h}:{mi:02d}.',
        'cs': 'Další termín: {d}. {m}. {y} v {h}:{mi:02d}.',
        'th': 'ครั้งต่อไป: {d}/{m}/{by} เวลา {h}.{mi:02d} น.',
        'it': 'Prossimo incontro: {d:02d}/{m:02d}/{y} alle {h}:{mi:02d}.',
        'ar': 'الموعد القادم: {d}/{m}/{y} الساعة {h}:{mi:02d}.',
        'hu': 'Következő alkalom: {y}. {m:02d}. {d:02d}. {h}:{mi:02d}.',
        'hi': 'अगली बैठक: {d:02d}-{m:02d}-{y}, समय {h}:{mi:02d}।',
        'pt': 'Próximo encontro: {d:02d}/{m:02d}/{y} às {h}h{mi:02d}.',
        'uk': 'Наступна зустріч: {d:02d}.{m:02d}.{y} о {h}:{mi:02d}.',
        'tr': 'Sonraki buluşma: {d:02d}.{m:02d}.{y} saat {h}.{mi:02d}.',
        'ka': 'შემდეგი შეხვედრა: {d:02d}.{m:02d}.{y}, {h}:{mi:02d}.',
        'ro': 'Următoarea întâlnire: {d:02d}.{m:02d}.{y}, ora {h}:{mi:02d}.',
        'zh': '下次活动：{y}年{m}月{d}日 {h}:{mi:02d}。',
        'bg': 'Следваща среща: {d:02d}.{m:02d}.{y} г. от {h}:{mi:02d} ч.'}

TLD = {"nl": "nl", "ru": "ru", "sv": "se", "fi": "fi", "pl": "pl", "ko": "kr", "ja": "jp", "es": "es", "de": "de", "el": "gr",
       "fr": "fr", "he": "co.il", "cs": "cz", "th": "co.th", "it": "it", "ar": "ae", "hu": "hu", "hi": "in", "pt": "pt",
       "uk": "com.ua", "tr": "com.tr", "ka": "ge", "ro": "ro", "zh": "cn", "bg": "bg"}


def isbn13(rng: random.Random) -> str:
    body = "978" + digits(rng, 9)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    s = body + str(check)
    return f"{s[:3]}-{s[3:5]}-{s[5:9]}-{s[9:12]}-{s[12]}"


# Look-alike makers per register: (a, b) — strings that a finder could take for a value.
def _la(reg: str, lang: str, rng: random.Random) -> tuple[str, str]:
    if reg == "carillon_tower_visits":
        return (digits(rng, 6), f"{rng.randint(1, 9)}.{rng.randint(100, 999)} kg")
    if reg == "orienteering_club_entries":
        return (f"{rng.randint(7, 8)}{digits(rng, 6)}", f"{rng.randint(31, 99)}-{rng.randint(31, 99)}-{rng.randint(100, 199)}")
    if reg == "homeschool_coop_board":
        return (isbn13(rng), f"{rng.randint(9, 15)}:{rng.choice(['00', '30'])}–{rng.randint(16, 18)}:00")
    if reg == "pen_pal_letters":
        return ((f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999):04d}" if lang == "ja" else f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"),
                f"PP-{rng.randint(10000, 99999)}")
    if reg == "sourdough_starter_share":
        return ((f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}" if lang == "de" else digits(rng, 9)),
                f"{rng.randint(65, 85)} %")
    if reg == "community_fridge_rota":
        return ((f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {rng.randint(10, 99):05d}" if lang == "fr" else "58" + digits(rng, 7)),
                f"{rng.randint(2, 6)} °C")
    if reg == "glider_club_trial_flights":
        return (f"{rng.randint(118, 136)}.{rng.choice(['005', '155', '280', '505', '805'])}", f"QNH {rng.randint(995, 1030)}")
    if reg == "dive_centre_logbook":
        return (f"{rng.randint(10, 99)}{rng.randint(0, 12):02d}{rng.choice('ABCDEFGHJK')}{digits(rng, 5)}",
                f"{rng.randint(36, 44)}.{rng.randint(1000, 9999)}, {rng.randint(8, 30)}.{rng.randint(1000, 9999)}")
    if reg == "bridge_club_partners":
        return (f"{rng.randint(1, 9)}{digits(rng, 4)}", f"{rng.randint(40, 68)},{rng.randint(10, 99)} %")
    if reg == "audax_brevet_riders":
        return (f"{rng.randint(2024, 2026)}-{rng.randint(100, 999):04d}", f"{rng.randint(200, 1200)} km")
    if reg == "beach_hut_rentals":
        return ((digits(rng, 10) if lang == "tr" else "40" + digits(rng, 7)), f"{rng.randint(1, 80)}")
    # blood_donor_drive
    return (f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}", f"{rng.randint(120, 160) / 10:.1f}".replace(".", "," if lang != "zh" else "."))


# register -> language -> (title, s1 with {a}, s2 with {phone}/{email}, s3 with {b} and maybe {iban}, a-label, b-label)
REG: dict[str, dict[str, tuple[str, ...]]] = {
    "carillon_tower_visits": {
        "nl": ("Torenbeklimming en beiaardconcert", "De toren (rijksmonumentnummer {a}) is op zaterdag open voor groepen tot 12 personen.",
               "Reserveren bij {name}: bel {phone} of mail {email}.", "De grootste klok weegt {b}. Bijdrage voor groepen graag op {iban}.",
               "Monumentnr.", "Gewicht basklok"),
        "ru": ("Экскурсии на звонницу", "Колокольня (объект наследия № {a}) открыта для групп по субботам.",
               "Запись у {name}: {phone}, {email}.", "Большой колокол весит {b}. Вход по пожертвованию.",
               "№ объекта", "Вес колокола"),
    },
    "orienteering_club_entries": {
        "sv": ("Anmälan till klubbmästerskapet", "Glöm inte ditt SI-pinne-nummer ({a}) i anmälan.",
               "Frågor till {name}, {phone}, {email}.", "Kontroller på sprintbanan: {b}. Startavgift till {iban}.",
               "SI-pinne", "Kontroller"),
        "fi": ("Seuramestaruuskilpailun ilmoittautuminen", "Ilmoita Emit-korttisi numero ({a}) ilmoittautumisen yhteydessä.",
               "Lisätietoja: {name}, {phone}, {email}.", "Rastit: {b}. Osallistumismaksu tilille {iban}.",
               "Emit-kortti", "Rastit"),
    },
    "homeschool_coop_board": {
        "pl": ("Kooperatywa edukacji domowej – ogłoszenia", "Podręcznik na semestr: ISBN {a}, kupujemy zbiorczo.",
               "Koordynatorka: {name}, tel. {phone}, {email}.", "Zajęcia w sobotę {b}. Składka na konto {iban}.",
               "ISBN", "Godziny"),
        "ko": ("홈스쿨링 협동조합 게시판", "이번 학기 교재 ISBN {a} 공동 구매합니다.",
               "담당: {name}, 연락처 {phone}, {email}", "토요일 수업 {b}, 장소는 도서관 3층입니다.",
               "ISBN", "시간"),
    },
    "pen_pal_letters": {
        "ja": ("文通相手募集", "住所は{a}（郵便番号）の近くです。",
               "{name}です。{phone}または{email}までどうぞ。", "会員番号は{b}です。手書きの手紙が好きです。",
               "郵便番号", "会員番号"),
        "es": ("Busco amigos por correspondencia", "Vivo en el código postal {a}, cerca del Retiro.",
               "Soy {name}; mi móvil es {phone} y mi correo {email}.", "Mi número de socio es {b}. Para el sello común: {iban}.",
               "C.P.", "Socio"),
    },
    "sourdough_starter_share": {
        "de": ("Sauerteig abzugeben", "Unser Backverein (Steuernummer {a}) verschenkt Anstellgut.",
               "Abholung bei {name}, Telefon {phone} oder {email}.", "Hydration ca. {b}. Spenden an {iban}.",
               "Steuernr.", "Hydration"),
        "el": ("Χαρίζω προζύμι", "Ο σύλλογος (ΑΦΜ {a}) μοιράζει προζύμι κάθε Κυριακή.",
               "Παραλαβή από {name}: {phone}, {email}.", "Υδάτωση περίπου {b}. Δωρεές στο {iban}.",
               "ΑΦΜ", "Υδάτωση"),
    },
    "community_fridge_rota": {
        "fr": ("Frigo solidaire – planning des bénévoles", "L'association (SIRET {a}) gère le frigo du quartier.",
               "Contact : {name}, {phone}, {email}.", "Température à relever : {b}. Dons : {iban}.",
               "SIRET", "Température"),
        "he": ("מקרר קהילתי – סידור מתנדבים", "העמותה (מספר עמותה {a}) מפעילה את המקרר בשכונה.",
               "רכזת: {name}, {phone}, {email}", "טמפרטורה: {b}. תרומות לחשבון {iban}.",
               "מס' עמותה", "טמפרטורה"),
    },
    "glider_club_trial_flights": {
        "cs": ("Seznamovací lety na kluzáku", "Provoz na frekvenci {a} MHz, o víkendu od 10 hodin.",
               "Rezervace: {name}, {phone}, {email}.", "Tlak {b} hPa. Platba na {iban}.",
               "Frekvence", "Tlak"),
        "th": ("บินเครื่องร่อนทดลอง", "ความถี่วิทยุ {a} MHz เปิดทุกวันเสาร์",
               "จองกับ {name} โทร {phone} หรือ {email}", "ความกดอากาศ {b} hPa",
               "ความถี่", "ความกด"),
    },
    "dive_centre_logbook": {
        "it": ("Diario delle immersioni del club", "Brevetto n. {a}, da mostrare al diving.",
               "Prenotazioni: {name}, {phone}, {email}.", "Punto d'immersione {b}. Caparra su {iban}.",
               "Brevetto", "Coordinate"),
        "ar": ("سجل الغوص في النادي", "رقم شهادة الغوص {a} يجب إحضارها.",
               "للحجز: {name}، {phone}، {email}", "موقع الغوص {b}. العربون على الحساب {iban}.",
               "رقم الشهادة", "الإحداثيات"),
    },
    "bridge_club_partners": {
        "hu": ("Bridzspartnert keresek", "Szövetségi azonosítóm {a}, kedden és csütörtökön játszom.",
               "{name}: {phone}, {email}.", "Átlagom {b}. Tagdíj: {iban}.",
               "Azonosító", "Átlag"),
        "hi": ("ब्रिज साथी की तलाश", "मेरा फ़ेडरेशन सदस्य क्रमांक {a} है।",
               "{name}: {phone}, {email}", "पिछले टूर्नामेंट में स्कोर {b} रहा।",
               "सदस्य क्रमांक", "स्कोर"),
    },
    "audax_brevet_riders": {
        "pt": ("Brevets da época – inscritos", "Homologação n.º {a}, ficha de controlo obrigatória.",
               "Organização: {name}, {phone}, {email}.", "Distância {b}. Inscrição por transferência para {iban}.",
               "Homologação", "Distância"),
        "uk": ("Бревети сезону – учасники", "Номер омологації {a}, картка контролю обов'язкова.",
               "Організатор: {name}, {phone}, {email}.", "Дистанція {b}. Внесок на рахунок {iban}.",
               "Омологація", "Дистанція"),
    },
    "beach_hut_rentals": {
        "tr": ("Plaj kabini kiralık", "İşletme vergi no {a}, fatura kesilir.",
               "İletişim: {name}, {phone}, {email}.", "Kabin no {b}. Kapora için {iban}.",
               "Vergi No", "Kabin"),
        "ka": ("პლაჟის ქოხის ქირავნობა", "საიდენტიფიკაციო კოდი {a}, ინვოისი გაიცემა.",
               "დაკავშირება: {name}, {phone}, {email}.", "ქოხი № {b}. ავანსი ანგარიშზე {iban}.",
               "ს/კ", "ქოხი"),
    },
    "blood_donor_drive": {
        "ro": ("Campanie de donare de sânge", "Codul de donator {a} apare pe carnetul vostru.",
               "Programări: {name}, {phone}, {email}.", "Hemoglobina minimă {b} g/dl. Donații pentru gustări: {iban}.",
               "Cod donator", "Hemoglobină"),
        "zh": ("无偿献血活动", "献血证编号{a}请随身携带。",
               "联系人：{name}，{phone}，{email}", "血红蛋白最低{b} g/dL。",
               "献血证号", "血红蛋白"),
        "bg": ("Кампания за кръводаряване", "Дарителски номер {a} е на картата ви.",
               "Записване: {name}, {phone}, {email}.", "Хемоглобин поне {b} g/dl. Дарения: {iban}.",
               "Дарителски №", "Хемоглобин"),
    },
}

SLUG = {"carillon_tower_visits": "beiaard", "orienteering_club_entries": "ol", "homeschool_coop_board": "coop",
        "pen_pal_letters": "penpal", "sourdough_starter_share": "sauerteig", "community_fridge_rota": "frigo",
        "glider_club_trial_flights": "glider", "dive_centre_logbook": "diving", "bridge_club_partners": "bridge",
        "audax_brevet_riders": "brevets", "beach_hut_rentals": "kabin", "blood_donor_drive": "donare"}


def _contact(rng, lang, i):
    lx = LANG[lang]
    name = lx["names"][i % 3]
    style = lx["styles"][rng.randrange(len(lx["styles"]))]
    ph = v.phone(rng, lx["region"], style, kind=rng.choice([0, 0, 1]))
    em = f"{lx['logins'][i % 3]}{rng.choice(['', '', str(rng.randint(2, 99))])}@{rng.choice(lx['doms'])}"
    return name, ph, em


def page(rng: random.Random, P, reg: str, lang: str, layout: int, n: int) -> tuple[str, str]:
    """(url, marked text) of a people's page; P(type, value) marks a labelled value."""
    lx = LANG[lang]
    title, s1, s2, s3, alab, blab = REG[reg][lang]
    tel, mail, bank, nm = lx["lab"]
    a, b = _la(reg, lang, rng)
    name, ph, em = _contact(rng, lang, n)
    ib = v.iban(rng, lx["iban"], grouped=rng.random() < 0.7, lower=rng.random() < 0.05) if lx["iban"] else ""
    url = f"https://www.{SLUG[reg]}-{rng.choice(['club', 'info', 'online', 'net'])}.{TLD[lang]}/{rng.choice(['kontakt', 'page', 'p', 'c'])}/{n}"
    lines = [title]
    y = rng.randint(2024, 2026)
    when = WHEN[lang].format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=y, by=y + 543, h=rng.randint(8, 20), mi=rng.choice([0, 15, 30, 45]))
    if layout == 0:
        lines.append(s1.format(a=a))
        lines.append(s2.format(name=name, phone=P("PHONE_NUMBER", ph), email=P("EMAIL_ADDRESS", em)))
        lines.append(s3.format(b=b, iban=P("IBAN_CODE", ib) if ib else ""))
        if ib and rng.random() < 0.5:
            lines.append(f"({v.creditor_id(rng, lx['iban'])})" if lx["iban"] in ("DE", "NL", "FR", "IT", "ES") else f"{bank}: {v.bad_iban(rng, lx['iban'])} ✗")
    elif layout == 1:
        lines.append("")
        rows = [(nm, name), (tel, P("PHONE_NUMBER", ph)), (alab, a), (blab, b)]
        if rng.random() < 0.3:
            e164 = v.phone_e164(ph, lx["region"])
            rows[1] = (tel, f"[{P('PHONE_NUMBER', ph)}](tel:{P('PHONE_NUMBER', e164)})")
        if rng.random() < 0.5:
            rows.insert(2, (mail, P("EMAIL_ADDRESS", em)))
        else:
            login, dom = em.split("@")
            rows.insert(2, (mail, f"{login} (at) {dom.replace('.', ' (dot) ')}"))
        if rng.random() < 0.5:
            _n2, ph2, _em2 = _contact(rng, lang, n + 1)
            rows.append((tel + " 2", P("PHONE_NUMBER", ph2)))
        if ib:
            rows.append((bank, P("IBAN_CODE", ib)))
            if rng.random() < 0.3:
                rows.append((bank + " (alt)", v.bad_iban(rng, lx["iban"], grouped=rng.random() < 0.5) + " ✗"))
        sep = rng.choice([": ", "\t", " | "])
        lines += [f"{k}{sep}{val}" for k, val in rows]
    else:
        n2, ph2, _em2 = _contact(rng, lang, n + 1)
        lines.append(f"{name}: {s1.format(a=a)}")
        lines.append(f"{n2}: {lx['chat'][0].format(phone=P('PHONE_NUMBER', ph2))}")
        if rng.random() < 0.6:
            lines.append(f"{name}: {lx['chat'][1].format(email=P('EMAIL_ADDRESS', em))} {blab} {b}")
        else:
            lines.append(f"{name}: {blab} {b}, {alab} {a}")
        if rng.random() < 0.5:
            lines.append(f"{n2}: {P('PHONE_NUMBER', ph)} / {a}")
        if ib and rng.random() < 0.6:
            lines.append(f"{name}: {s3.format(b=b, iban=P('IBAN_CODE', ib))}")
        else:
            lines.append(f"{n2}: @{lx['logins'][(n + 2) % 3].replace('.', '_')} 👍")
    lines.insert(rng.randint(1, len(lines)), when)
    if reg == "homeschool_coop_board" and rng.random() < 0.7:
        ip = P("IP_ADDRESS", v.ipv4(rng))
        ver = f"1.{rng.randint(16, 21)}.{rng.randint(1, 4)}"
        lines.append({"pl": f"Serwer Minecraft dla dzieci: {ip}:25565 (wersja {ver}), hasło u koordynatorki.",
                      "ko": f"아이들 마인크래프트 서버: {ip}:25565 (버전 {ver})"}[lang])
    return url, "\n".join(lines) + ("\n" if rng.random() < 0.5 else "")


PAGES = {reg: list(langs) for reg, langs in REG.items()}
