"""A nineteenth blind PII test set (blind19): 30 registers no earlier generator names, 25 languages, every
register in 3 to 7 layouts and at most 50 documents, made to look like the open web (prose and
semi-structured pages people write) rather than forms, with as many look-alikes as values.

Written by a nineteenth helper who read only its brief, issue 26, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and a row of pii_blind3.jsonl
(the format); never stages/pii*.py, their tests, docs/pii.md, the other generators' templates or value
makers, nor BENCHMARKS.md's PII sections. The PII step was never run on this set while it was written:
the lead scores it once, at the end. Every template, phrase and value maker is new (here,
benchmarks/pii_blind19_values.py and benchmarks/pii_blind19_lexicon.py).

    python benchmarks/pii_blind19.py               # counts per type, register and language
    python benchmarks/pii_blind19.py --write-set   # (re)writes benchmarks/data/pii_blind19.jsonl

1,351 documents (seed fixed, deterministic); gold spans: phones 30.2%, US SSNs 18.0%, e-mails 17.8%,
IPs 16.3%, cards 12.3%, IBANs 5.4% (11,785 in all); phones of 102 regions (1,518 national, 775
international, 702 E.164, 566 "00", 361 with an extension, 171 in full-width / Arabic-Indic / Persian
digits); SSNs 957 dashed, 329 spaced, 29 dotted, 803 unseparated. Outside every span stand 12,741
phone-shaped strings (7+ characters of digits in phone-like groups: ids, dates, times, prices, measures),
2,741 runs of 13-19 digits and 3,521 strings with an "@" (more than the phones, cards and e-mails).
720 of the documents are not English.

Registers (30; 48 documents each for the web pages, 50 for the US pages, 33 for machine output):
- pages people write, each wholly in its language (6 languages per register, none English): online
  obituary guestbooks, neighbourhood-watch newsletters, homebrew-club forum threads, yard-sale
  announcements, class-reunion announcements, hiking-club trip reports, orchestra audition
  announcements, knitting-circle blog comments, model-railway club pages, bakery about/contact pages,
  expat Q&A threads, mail-client setup wiki how-tos, gym-cancellation complaint letters, rowing-club
  newsletters, quilting-guild mailing-list posts; every page opens with its register's own sentence
  (the funeral date, the burglaries, the stuck fermentation, ...) and has one value written only in a
  sentence ("call me on", "wire it to", "I paid with my card"); 6 layouts: label lines (the page's
  labels, capitals, with or without colon, tab, dotted leader, Tel/Fax pairs, quoted replies), a table whose header
  stands rows above the values, prose where only the sentence marks a value (forum post with a quoted
  reply and a signature), the label after the value, text from HTML ("<td>", "&nbsp;", "<br>", "**", a
  line break between label and value), an unlabelled strip of mixed values on one line;
- US pages (en) carrying SSNs: unemployment-benefit appeal letters,
  workers' compensation claim forms, college scholarship applications, identity-theft recovery blog
  posts, Medicare enrollment help chats, volunteer background-check consent forms, tax-forum Q&A
  threads, HR offboarding exports; 7 layouts: printed form, OCR'd form (misread labels, bars), a
  spreadsheet pasted as text (SSN column header above), chat ("my social is"), letter (sentence only,
  "(SSN)" after), key=value audit log, leaked dump (pipe with header, JSON lines);
- machine output (en, the tools' own formats): Gunicorn access/error logs, uWSGI request logs, OpenLDAP
  slapd logs / ldapsearch LDIF, Zimbra mailbox and audit logs, Sophos XG firewall logs, Windows DNS
  server debug logs, Samba full_audit logs / smbstatus; IPs bare, ip:port, [v6]:port, key=value, CSV,
  JSON.
Languages: en de fr es it pt nl pl sv cs tr ru uk bg el ar fa he hi zh ja ko th ro hu.

Values: phones from `phonenumbers` example numbers (digits after the first 1-3 drawn again while valid)
of the page's region or of 100 others (international only), national, international, E.164, "00",
"+CC (0)", dots, slash, no-break spaces, full-width (zh ja ko), Arabic-Indic (ar), Persian (fa) digits,
extensions in the page's language; cards Visa 13/16/19, Mastercard 51-55 / 2221-2720, Amex, Discover,
JCB, Diners, UnionPay, Mir (grouped, dashed, no-break space, unbroken); IBANs from schwifty (print
groups, compact, lower case); IPv4 public / private / link-local, IPv6 global / ULA / link-local; SSNs
dashed or spaced, dotted or unseparated only under a label, column header, key or sentence naming them.
Look-alikes beside them (at least as many as the values): order, member and invoice numbers in
phone-like groups, the page's dates, times, prices and measures, 13-19 digit loyalty numbers and IMEIs,
masked cards, IBANs with a wrong check digit, ITINs, EINs, SSNs of area 000 / 666, group 00 or serial
0000, 9-digit ids, ZIP+4, Message-IDs, package@version pins, @handles, git remotes, container digests,
user@host prompts, obfuscated mailboxes, loopback / unspecified / netmask / wildcard / broadcast
addresses, OIDs, versions, section numbers, in-addr.arpa names.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label, bracket,
"mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after a phone is part
of its span; e-mails need a literal "@" and a dotted domain; loopback, unspecified, netmask / wildcard and
broadcast IPs are not labelled; lower-case and print-grouped IBANs are, wrong check digits not; cards
pass Luhn with a real brand prefix and length; only US SSNs in the issued range; a phone is valid for
some region per phonenumbers (extension stripped); vanity numbers never.
Checks on writing (`check_row` in pii_blind19_values.py, also run by tests/test_pii_blind19_set.py):
span text == text[start:end], sorted, no overlap, not glued to an ASCII letter or digit, no space or
punctuation at an edge, each value valid for its type, no Luhn-valid brand card, dashed valid SSN, valid
IBAN or plain mailbox outside a span. A drawn document failing a check is drawn again. Deterministic.
"""

import hashlib
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_blind import read_rows, write_sets
from pii_blind19_lexicon import LEX
from pii_blind19_values import (
    LANG_IBAN,
    NBSP,
    at_lookalike,
    bad_iban,
    bad_ssn,
    card,
    card_lookalike,
    check_row,
    email,
    iban,
    imei,
    ip,
    ip_lookalike,
    ipv4,
    ipv6,
    masked_card,
    nine_digits,
    phone,
    ssn,
)

PHONE_SHAPE = re.compile(r"(?<![\w.])\+?\(?\d[\d ()./\-\u00a0]{5,}\d(?![\w])")
DIGIT_RUN = re.compile(r"(?<!\d)\d[\d \-]{11,}\d(?!\d)")
PATH = Path(__file__).resolve().parent / "data" / "pii_blind19.jsonl"
P, E, C, B, I, S = "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN"


class Doc:
    """Text built piece by piece; values are recorded as gold spans where they are written."""

    def __init__(self):
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[dict] = []

    def t(self, *parts: str) -> "Doc":
        for p in parts:
            self.buf.append(p)
            self.n += len(p)
        return self

    def v(self, typ: str, value: str) -> "Doc":
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(value), "text": value})
        return self.t(value)

    def f(self, template: str, typ: str, value: str) -> "Doc":
        a, b = template.split("{}", 1)
        return self.t(a).v(typ, value).t(b)

    def text(self) -> str:
        return "".join(self.buf)


# ------------------------------------------------------------------ web pages of many countries

WEB = {
    "obituary_guestbooks": {"de": "Traueranzeige", "fr": "Avis de décès", "it": "Necrologio", "pl": "Nekrolog",
                   "el": "Αγγελία θανάτου", "he": "מודעת אבל"},
    "neighbourhood_watch_newsletters": {"nl": "Buurtpreventie nieuwsbrief", "sv": "Grannsamverkan – nyhetsbrev",
                                        "de": "Nachbarschaftswache Rundbrief", "ru": "Соседский дозор: рассылка",
                                        "ja": "防犯パトロール会報", "ko": "자율방범대 소식지"},
    "homebrew_club_forum_threads": {"de": "Hobbybrauer-Forum", "cs": "Fórum domácích pivovarníků",
                                    "pl": "Forum piwowarów domowych", "ru": "Форум домашних пивоваров",
                                    "fr": "Forum des brasseurs amateurs", "uk": "Форум домашніх пивоварів"},
    "yard_sale_announcements": {"es": "Venta de garaje", "pt": "Venda de garagem", "fr": "Vide-grenier",
                                "nl": "Garageverkoop", "ar": "بيع مستعملات المنزل", "hu": "Garázsvásár"},
    "class_reunion_announcements": {"ko": "동창회 안내", "ja": "同窓会のお知らせ", "pt": "Reencontro da turma",
                                    "tr": "Sınıf buluşması duyurusu", "ro": "Întâlnire de promoție", "es": "Reencuentro de la promoción"},
    "hiking_club_trip_reports": {"cs": "Zpráva z túry", "de": "Tourenbericht Wanderverein", "pl": "Relacja z wycieczki",
                                 "it": "Resoconto escursione CAI", "bg": "Отчет от похода", "el": "Αναφορά ορειβατικής εξόρμησης"},
    "orchestra_audition_announcements": {"de": "Probespiel", "fr": "Audition d'orchestre", "it": "Audizione orchestra",
                                         "ru": "Прослушивание в оркестр", "zh": "乐团招募试音通知", "he": "אודישן לתזמורת"},
    "knitting_circle_blog_comments": {"sv": "Stickcafé – kommentarer", "nl": "Breiclub – reacties", "fr": "Club tricot – commentaires",
                                      "es": "Club de punto – comentarios", "pt": "Clube de tricô – comentários", "fa": "نظرات حلقه بافتنی"},
    "model_railway_club_pages": {"de": "Modelleisenbahnclub", "nl": "Modelspoorclub", "cs": "Klub železničních modelářů",
                                 "hu": "Vasútmodellező klub", "pl": "Klub modelarzy kolejowych", "ja": "鉄道模型クラブ"},
    "bakery_about_contact_pages": {"fr": "Boulangerie – qui sommes-nous", "it": "Panificio – chi siamo", "pt": "Padaria – sobre nós",
                                   "tr": "Fırınımız hakkında", "ar": "مخبزنا – من نحن", "hi": "हमारी बेकरी के बारे में"},
    "expat_qa_threads": {"zh": "海外生活问答", "th": "ถาม-ตอบ ชาวต่างชาติ", "hi": "प्रवासी सवाल-जवाब",
                         "fa": "پرسش و پاسخ مهاجران", "es": "Preguntas de expatriados", "de": "Expat-Fragen"},
    "mail_client_setup_wiki_howtos": {"ru": "Настройка почтового клиента", "uk": "Налаштування поштового клієнта",
                                      "bg": "Настройка на пощенски клиент", "de": "Anleitung: Mailprogramm einrichten",
                                      "zh": "邮件客户端设置指南", "ko": "메일 클라이언트 설정 방법"},
    "gym_cancellation_complaint_letters": {"it": "Reclamo disdetta palestra", "es": "Reclamación baja del gimnasio",
                                           "pl": "Reklamacja – wypowiedzenie karnetu", "ro": "Reclamație abonament sală",
                                           "el": "Καταγγελία για ακύρωση γυμναστηρίου", "th": "ร้องเรียนการยกเลิกสมาชิกฟิตเนส"},
    "rowing_club_newsletters": {"nl": "Roeivereniging nieuwsbrief", "de": "Ruderverein Mitteilungen", "it": "Notiziario canottieri",
                                "hu": "Evezős egyesület hírlevél", "sv": "Roddklubbens nyhetsbrev", "uk": "Вісник веслувального клубу"},
    "quilting_guild_mailing_list_posts": {"fr": "Liste de diffusion patchwork", "ja": "キルト同好会メーリングリスト",
                                          "ko": "퀼트 동호회 메일링 리스트", "ro": "Lista de discuții quilting",
                                          "he": "רשימת תפוצה של חוג הטלאים", "ar": "القائمة البريدية لنادي الخياطة"},
}
INTRO = {
    "obituary_guestbooks": {"de": "In stiller Trauer nehmen wir Abschied. Die Beisetzung findet am {date} statt.",
                   "fr": "C'est avec tristesse que nous annonçons son décès. Les obsèques auront lieu le {date}.",
                   "it": "Ne danno il triste annuncio i familiari. Il funerale si terrà il {date}.",
                   "pl": "Z głębokim żalem zawiadamiamy o śmierci. Pogrzeb odbędzie się {date}.",
                   "el": "Με βαθιά θλίψη αναγγέλλουμε τον θάνατό του. Η κηδεία θα γίνει στις {date}.",
                   "he": "בצער רב אנו מודיעים על פטירתה. ההלוויה תתקיים ב-{date}."},
    "neighbourhood_watch_newsletters": {"nl": "Afgelopen maand zijn er twee inbraken gemeld. Volgende wijkronde: {date}.",
                                        "sv": "Förra månaden anmäldes två inbrott. Nästa kvällsvandring: {date}.",
                                        "de": "Letzten Monat gab es zwei Einbrüche im Viertel. Nächster Rundgang: {date}.",
                                        "ru": "В прошлом месяце в районе было две кражи. Следующий обход: {date}.",
                                        "ja": "先月は地域で空き巣が二件ありました。次回の夜回りは{date}です。",
                                        "ko": "지난달 동네에서 빈집털이가 두 건 있었습니다. 다음 순찰은 {date}입니다."},
    "homebrew_club_forum_threads": {"de": "Mein Weizen gärt seit fünf Tagen nicht mehr – Hefe tot? Gebraut am {date}.",
                                    "cs": "Moje ležák přestal kvasit po pěti dnech. Vařeno {date}.",
                                    "pl": "Moje piwo przestało fermentować po pięciu dniach. Warzone {date}.",
                                    "ru": "Сусло перестало бродить на пятый день. Варил {date}.",
                                    "fr": "Ma bière ne fermente plus depuis cinq jours. Brassée le {date}.",
                                    "uk": "Моє пиво перестало бродити на п'ятий день. Варив {date}."},
    "yard_sale_announcements": {"es": "Vendemos muebles, ropa de niños y una bici. Sábado {date}, de 9 a 14 h.",
                                "pt": "Vendemos móveis, roupa de criança e uma bicicleta. Sábado, {date}.",
                                "fr": "Meubles, vêtements d'enfants, vélo. Samedi {date}, dès 8 h.",
                                "nl": "Meubels, kinderkleding en een fiets te koop. Zaterdag {date}.",
                                "ar": "نبيع أثاثًا وملابس أطفال ودراجة. يوم السبت {date}.",
                                "hu": "Bútor, gyerekruha és bicikli eladó. Szombaton, {date}."},
    "class_reunion_announcements": {"ko": "졸업 20주년 동창회를 {date}에 엽니다. 많이 참석해 주세요.",
                                    "ja": "卒業20周年の同窓会を{date}に開催します。",
                                    "pt": "Vinte anos depois, a turma volta a juntar-se no dia {date}.",
                                    "tr": "Mezuniyetimizin 20. yılında {date} tarihinde buluşuyoruz.",
                                    "ro": "La 20 de ani de la absolvire ne revedem pe {date}.",
                                    "es": "A los veinte años de graduarnos nos reunimos el {date}."},
    "hiking_club_trip_reports": {"cs": "Vyrazili jsme {date} z Harrachova, 18 km a 900 m převýšení.",
                                 "de": "Am {date} ging es ab Garmisch los, 18 km und 900 Höhenmeter.",
                                 "pl": "Wyruszyliśmy {date} z Zakopanego, 18 km i 900 m przewyższenia.",
                                 "it": "Partenza il {date} da Cortina, 18 km e 900 m di dislivello.",
                                 "bg": "Тръгнахме на {date} от Боровец, 18 км и 900 м денивелация.",
                                 "el": "Ξεκινήσαμε στις {date} από το Λιτόχωρο, 18 χλμ. και 900 μ. υψομετρική."},
    "orchestra_audition_announcements": {"de": "Gesucht: 2. Violine und Bratsche. Probespiel am {date}.",
                                         "fr": "Nous recherchons un second violon et un alto. Audition le {date}.",
                                         "it": "Cerchiamo un secondo violino e una viola. Audizione il {date}.",
                                         "ru": "Ищем вторую скрипку и альт. Прослушивание {date}.",
                                         "zh": "招募第二小提琴和中提琴，试音时间为{date}。",
                                         "he": "דרושים כינור שני וויולה. האודישן ייערך ב-{date}."},
    "knitting_circle_blog_comments": {"sv": "Tack för mönstret! Jag stickade klart koftan den {date}.",
                                      "nl": "Dank voor het patroon! Mijn vest was af op {date}.",
                                      "fr": "Merci pour le patron ! J'ai fini mon gilet le {date}.",
                                      "es": "¡Gracias por el patrón! Terminé la chaqueta el {date}.",
                                      "pt": "Obrigada pelo molde! Acabei o casaco no dia {date}.",
                                      "fa": "ممنون بابت الگو! ژاکتم را {date} تمام کردم."},
    "model_railway_club_pages": {"de": "Unsere H0-Anlage ist jeden Mittwoch geöffnet. Nächste Ausstellung: {date}.",
                                 "nl": "Onze H0-baan is elke woensdag open. Volgende beurs: {date}.",
                                 "cs": "Naše kolejiště H0 je otevřené každou středu. Příští výstava: {date}.",
                                 "hu": "H0-s terepasztalunk minden szerdán nyitva. Következő kiállítás: {date}.",
                                 "pl": "Nasza makieta H0 jest otwarta w każdą środę. Następna wystawa: {date}.",
                                 "ja": "HOゲージのレイアウトは毎週水曜日に公開中。次回の展示会は{date}。"},
    "bakery_about_contact_pages": {"fr": "Depuis 1962, nous pétrissons notre pain au levain chaque nuit. Fermé le {date}.",
                                   "it": "Dal 1962 impastiamo il pane a lievito madre ogni notte. Chiuso il {date}.",
                                   "pt": "Desde 1962 amassamos o pão de fermento todas as noites. Fechado a {date}.",
                                   "tr": "1962'den beri ekmeğimizi her gece ekşi mayayla yoğuruyoruz. {date} kapalıyız.",
                                   "ar": "منذ عام 1962 نعجن خبزنا كل ليلة. مغلق يوم {date}.",
                                   "hi": "1962 से हम हर रात ताज़ी रोटी बनाते हैं। {date} को बंद रहेगा।"},
    "expat_qa_threads": {"zh": "刚搬来三个月，请问怎么办居留许可？我的预约在{date}。",
                         "th": "เพิ่งย้ายมาได้สามเดือน ต่อวีซ่ายังไงคะ นัดไว้วันที่ {date}",
                         "hi": "तीन महीने पहले यहाँ आया हूँ, रेज़िडेंस परमिट कैसे बनवाऊँ? अपॉइंटमेंट {date} को है।",
                         "fa": "سه ماه است آمده‌ام؛ اقامت را چطور تمدید کنم؟ وقتم {date} است.",
                         "es": "Llevo tres meses aquí, ¿cómo saco el permiso de residencia? Tengo cita el {date}.",
                         "de": "Ich bin seit drei Monaten hier, wie bekomme ich den Aufenthaltstitel? Termin am {date}."},
    "mail_client_setup_wiki_howtos": {"ru": "Шаг 1. Откройте «Настройки» → «Учётные записи». Статья обновлена {date}.",
                                      "uk": "Крок 1. Відкрийте «Налаштування» → «Облікові записи». Оновлено {date}.",
                                      "bg": "Стъпка 1. Отворете „Настройки“ → „Акаунти“. Обновено на {date}.",
                                      "de": "Schritt 1: „Einstellungen“ → „Konten“ öffnen. Zuletzt geändert am {date}.",
                                      "zh": "第一步：打开“设置”→“账户”。本页更新于{date}。",
                                      "ko": "1단계: '설정' → '계정'을 엽니다. 최종 수정 {date}."},
    "gym_cancellation_complaint_letters": {"it": "Ho disdetto l'abbonamento con raccomandata il {date}, ma continuate ad addebitarmi.",
                                           "es": "Di de baja la cuota por burofax el {date} y siguen cobrándome.",
                                           "pl": "Wypowiedziałam umowę listem poleconym {date}, a nadal pobieracie opłaty.",
                                           "ro": "Am reziliat abonamentul prin scrisoare pe {date}, dar mă taxați în continuare.",
                                           "el": "Ακύρωσα τη συνδρομή με συστημένη επιστολή στις {date} και συνεχίζετε να με χρεώνετε.",
                                           "th": "ฉันยกเลิกสมาชิกแล้วเมื่อ {date} แต่ยังถูกหักเงินอยู่"},
    "rowing_club_newsletters": {"nl": "De acht won zilver op de Head of the River. Ledenvergadering: {date}.",
                                "de": "Der Achter holte Silber bei der Langstreckenregatta. Mitgliederversammlung: {date}.",
                                "it": "L'otto ha vinto l'argento alla regata di fondo. Assemblea dei soci: {date}.",
                                "hu": "A nyolcas ezüstérmet nyert a hosszútávú versenyen. Közgyűlés: {date}.",
                                "sv": "Åttan tog silver i långloppet. Årsmöte: {date}.",
                                "uk": "Вісімка взяла срібло на марафонській регаті. Загальні збори: {date}."},
    "quilting_guild_mailing_list_posts": {"fr": "Bonjour à toutes, l'atelier patchwork du {date} est maintenu.",
                                          "ja": "皆さまこんにちは。{date}のキルト講習会は予定通り開催します。",
                                          "ko": "안녕하세요, {date} 퀼트 모임은 예정대로 진행합니다.",
                                          "ro": "Bună tuturor, atelierul de quilting din {date} rămâne în program.",
                                          "he": "שלום לכולן, מפגש הטלאים ב-{date} מתקיים כרגיל.",
                                          "ar": "مرحبًا بالجميع، ورشة الخياطة يوم {date} قائمة في موعدها."},
}
SITE = {"obituary_guestbooks": "trauer", "neighbourhood_watch_newsletters": "buurt", "homebrew_club_forum_threads": "brew",
        "yard_sale_announcements": "garage", "class_reunion_announcements": "alumni", "hiking_club_trip_reports": "hike",
        "orchestra_audition_announcements": "orchestra", "knitting_circle_blog_comments": "knit",
        "model_railway_club_pages": "modelrail", "bakery_about_contact_pages": "bakery", "expat_qa_threads": "expat",
        "mail_client_setup_wiki_howtos": "wiki", "gym_cancellation_complaint_letters": "complaint",
        "rowing_club_newsletters": "rowing", "quilting_guild_mailing_list_posts": "quilt"}


def when(r: random.Random, L: dict) -> str:
    return L["dfmt"].format(d=r.randint(1, 28), m=r.randint(1, 12), y=r.randint(2019, 2028))


def clock(r: random.Random, L: dict) -> str:
    return L["time"].format(h=r.randint(7, 22), mi=r.choice([0, 15, 30, 45, 5, 50]))


def price(r: random.Random, L: dict) -> str:
    a = r.randint(1, 9999)
    if a >= 1000 and r.random() < 0.6:
        a = f"{a // 1000}{r.choice([' ', '.', NBSP])}{a % 1000:03d}"
    return L["money"].format(a=a, c=r.randint(0, 99))


def phoneish(r: random.Random, L: dict) -> str:
    """A phone-shaped string under a label that says it is something else."""
    k = r.randint(0, 9)
    if k == 0:
        return f"{L['order']} {r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"
    if k == 1:
        return f"{L['member']} {r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
    if k == 2:
        return f"{L['inv']} {r.randint(2020, 2028)}/{r.randint(100000, 999999)}"
    if k == 3:
        return f"{when(r, L)}, {clock(r, L)}"
    if k == 4:
        return price(r, L)
    if k == 5:
        return L["size"].format(a=r.randint(20, 240), b=r.randint(20, 240))
    if k == 6:
        return f"{L['member']}: {card_lookalike(r)}"
    if k == 7:
        return f"IMEI {imei(r)}"
    if k == 8:
        return f"{L['order']} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    return f"{L['card']}: {masked_card(r)}"


def ascii_domain(reg: str, L: dict, r: random.Random) -> str:
    return f"{SITE[reg]}-{r.choice(['club', 'verein', 'info', 'mail', 'post', 'net'])}.{L['tld']}"


def web_values(r: random.Random, lang: str, L: dict, domain: str) -> list[tuple[str, str]]:
    vals = [(P, phone(r, lang, own=True, ext=r.random() < 0.15)) for _ in range(r.randint(2, 4))]
    vals += [(P, phone(r, lang, own=False))] if r.random() < 0.85 else []
    vals += [(E, email(r, L["names"], domain)) for _ in range(r.randint(1, 2))]
    if r.random() < 0.88:
        vals.append((B, iban(r, LANG_IBAN[lang] if r.random() < 0.7 else r.choice(["DE", "FR", "NL", "ES", "IT", "BE", "AT"]))))
    if r.random() < 0.95:
        vals.append((C, card(r)))
    if r.random() < 0.6:
        vals.append((C, card(r)))
    if r.random() < 0.8:
        vals.append((I, ip(r)))
    r.shuffle(vals)
    return vals


def label_for(typ: str, L: dict, r: random.Random) -> str:
    lab = {P: r.choice([L["tel"], L["tel"], L["mob"]]), E: L["mail"], B: L["iban"], C: L["card"], I: L["ip"]}[typ]
    return lab.upper() if r.random() < 0.2 and lab.isascii() else lab


def cardish(r: random.Random, L: dict) -> str:
    """13-19 digits that are no card, under the page's own label."""
    k = r.randint(0, 4)
    if k == 0:
        return f"IMEI: {imei(r)}"
    if k == 1:
        return f"ISBN 978-{r.randint(1, 9)}-{r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.randint(0, 9)}"
    if k == 2:
        return f"{L['order']} {card_lookalike(r)}"
    if k == 3:
        return f"{L['member']}: {card_lookalike(r)}"
    return f"{L['card']}: {masked_card(r)} · {L['inv']} {card_lookalike(r)}"


def negs(r: random.Random, L: dict, domain: str, counts: dict) -> list[str]:
    out = [phoneish(r, L) for _ in range(counts.get(P, 0) + 1)]
    out += [at_lookalike(r, L["names"], domain) for _ in range(counts.get(E, 0) + 1)]
    out += [cardish(r, L) for _ in range(counts.get(C, 0) + 1)]
    out += [ip_lookalike(r) for _ in range(counts.get(I, 0))]
    if r.random() < 0.3:
        out.append(f"{L['iban']}? {bad_iban(r, 'DE')}")
    r.shuffle(out)
    return out


def w_labels(d: Doc, r, lang, L, title, vals, ng, domain):
    d.t(f"{title}\n{when(r, L)} · {clock(r, L)}\n\n")
    if r.random() < 0.4:
        d.t(f"> {r.choice(L['people'])} {L['wrote']}:\n> {ng.pop()}\n\n")
    key = {P: "call", E: "write", B: "wire", C: "paid", I: "net"}
    typ, val = vals.pop(0)
    d.f(L[key[typ]], typ, val).t(f" {ng.pop()}.\n\n" if ng else "\n\n")
    phones = [v for t, v in vals if t == P]
    if len(phones) >= 2 and r.random() < 0.5:
        d.t(f"{L['tel']}/{L['fax']}: ").v(P, phones[0]).t(" / ").v(P, phones[1]).t("\n")
        vals = [(t, v) for t, v in vals if v not in phones[:2]]
    for typ, val in vals:
        lab = label_for(typ, L, r)
        sep = r.choice([": ", ": ", " ", "\t", " .......... ", " – "])
        d.t(lab + sep).v(typ, val).t("\n")
        if ng and r.random() < 0.7:
            d.t(ng.pop() + "\n")
    for x in ng:
        d.t(x + "\n")
    d.t(f"\n{L['regards']}\n{r.choice(L['people'])}\n")


def w_table(d: Doc, r, lang, L, title, vals, ng, domain):
    sep = r.choice([" | ", ";", "\t"])
    d.t(f"{title}\n\n")
    head = ["#", r.choice(L["people"]).split()[0][:0] or "—", L["tel"], L["mail"], L["member"]]
    d.t(sep.join(head) + "\n")
    if sep == " | ":
        d.t("|".join("---" for _ in head) + "\n")
    ph = [v for t, v in vals if t == P]
    em = [v for t, v in vals if t == E]
    rest = [(t, v) for t, v in vals if t not in (P, E)]
    for i in range(max(len(ph), len(em))):
        d.t(f"{i + 1}{sep}{r.choice(L['people'])}{sep}")
        if i < len(ph):
            d.v(P, ph[i])
        else:
            d.t("—")
        d.t(sep)
        if i < len(em):
            d.v(E, em[i])
        else:
            d.t("—")
        d.t(f"{sep}{r.randint(10, 99)}-{r.randint(1000, 9999)}\n")
    d.t("\n")
    for typ, val in rest:
        d.t(label_for(typ, L, r) + ": ").v(typ, val).t("\n")
    for x in ng:
        d.t(x + "\n")


def w_prose(d: Doc, r, lang, L, title, vals, ng, domain):
    d.t(f"Re: {title}\n")
    d.t(f"> {r.choice(L['people'])} {L['wrote']} ({when(r, L)}):\n> {ng.pop() if ng else ''}\n\n")
    key = {P: "call", E: "write", B: "wire", C: "paid", I: "net"}
    sig = []
    for typ, val in vals:
        if typ == P and not sig and (val.startswith(("+", "00"))):
            sig.append(val)
            continue
        d.f(L[key[typ]], typ, val).t(" ")
        if ng and r.random() < 0.6:
            d.t(ng.pop() + ". ")
        if r.random() < 0.4:
            d.t("\n")
    d.t("\n" + " · ".join(ng) + "\n\n-- \n" + r.choice(L["people"]) + "\n")
    for val in sig:
        d.v(P, val).t("\n")


def w_after(d: Doc, r, lang, L, title, vals, ng, domain):
    d.t(f"{title} — {when(r, L)}\n\n")
    key = {P: "call", E: "write", B: "wire", C: "paid", I: "net"}
    typ, val = vals.pop(0)
    d.f(L[key[typ]], typ, val).t("\n\n")
    for typ, val in vals:
        lab = label_for(typ, L, r)
        d.v(typ, val).t(r.choice([f" ({lab})", f" – {lab}", f"  [{lab}]", f" ← {lab}"]) + "\n")
        if ng and r.random() < 0.6:
            d.t(ng.pop() + "\n")
    d.t("\n".join(ng) + "\n")


def w_html(d: Doc, r, lang, L, title, vals, ng, domain):
    d.t(f"**{title}**<br>\n")
    key = {P: "call", E: "write", B: "wire", C: "paid", I: "net"}
    typ, val = vals.pop(0)
    d.t("<p>").f(L[key[typ]], typ, val).t(f" ({ng.pop()})</p>\n" if ng else "</p>\n")
    for typ, val in vals:
        lab = label_for(typ, L, r)
        form = r.randint(0, 3)
        if form == 0:
            d.t(f"<td>{lab}</td><td>").v(typ, val).t("</td>\n")
        elif form == 1:
            d.t(f"{lab}:&nbsp;").v(typ, val).t("<br>\n")
        elif form == 2:
            d.t(f"{lab}:\n").v(typ, val).t("\n")
        else:
            d.t(f"<li><b>{lab}</b> ").v(typ, val).t("</li>\n")
        if ng and r.random() < 0.6:
            d.t(f"<td>{ng.pop()}</td>\n")
    d.t("<p>" + " &middot; ".join(ng) + "</p>\n")


def w_strip(d: Doc, r, lang, L, title, vals, ng, domain):
    d.t(f"{title}\n{r.choice(L['people'])} · ")
    for i, (typ, val) in enumerate(vals):
        if typ == P and not (val.startswith(("+", "00")) or val[:1] in "＋"):
            d.t(f"{L['tel']} ")
        if typ in (I,):
            d.t(f"{L['ip']} ")
        d.v(typ, val).t(" · " if i < len(vals) - 1 else "\n")
    d.t("\n" + "\n".join(ng) + "\n")


WEB_LAYOUTS = [w_labels, w_table, w_prose, w_after, w_html, w_strip]


def web_doc(reg: str, lang: str, idx: int, r: random.Random) -> tuple[Doc, str, str]:
    L = LEX[lang]
    domain = ascii_domain(reg, L, r)
    vals = web_values(r, lang, L, domain)
    counts: dict[str, int] = {}
    for t, _ in vals:
        counts[t] = counts.get(t, 0) + 1
    ng = negs(r, L, domain, counts)
    d = Doc()
    layout = WEB_LAYOUTS[idx % len(WEB_LAYOUTS)]
    heading = WEB[reg][lang] + "\n" + INTRO[reg][lang].format(date=when(r, L))  # the register's own sentence
    layout(d, r, lang, L, heading, vals, ng, domain)
    return d, f"https://www.{domain}/{reg.split('_')[0]}/{r.randint(100, 9999)}", layout.__name__


# ------------------------------------------------------------------ US pages carrying SSNs

US = {
    "unemployment_appeal_letters": ("Appeal of Unemployment Benefit Determination", "Claimant"),
    "workers_comp_claim_forms": ("Employee's Claim for Workers' Compensation Benefits", "Injured worker"),
    "scholarship_applications": ("Community Foundation Scholarship Application", "Applicant"),
    "identity_theft_recovery_blog_posts": ("How I got my identity back (part 3)", "Victim"),
    "medicare_enrollment_help_chats": ("Medicare Part B enrollment help", "Beneficiary"),
    "volunteer_background_check_consents": ("Volunteer Background Check Authorization", "Volunteer"),
    "tax_forum_qa_threads": ("Re: Dependent SSN rejected on e-file?", "Taxpayer"),
    "hr_offboarding_exports": ("Offboarding export — separations Q3", "Employee"),
}
US_ES = {"unemployment_appeal_letters", "workers_comp_claim_forms", "medicare_enrollment_help_chats"}
SSN_LABELS = ["SSN", "SSN:", "Social Security No.", "Soc. Sec. #", "SS#", "Social Security Number", "SOC SEC NO",
              "S.S.N.", "Employee SSN", "Taxpayer SSN", "SSN (last 4 not accepted)", "Social"]
SSN_LABELS_ES = ["Número de Seguro Social", "No. de Seguro Social", "SSN", "Seguro Social #"]
FIRST = ["James", "Maria", "Robert", "Linda", "Tyrone", "Ashley", "DeShawn", "Mei", "Carlos", "Brittany", "Kevin", "Rosa"]
LAST = ["Johnson", "Garcia", "Nguyen", "Williams", "O'Brien", "Patel", "Hernandez", "Kowalski", "Brooks", "Lee"]
US_DOM = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "att.net", "icloud.com", "aol.com"]


def us_negs(r: random.Random, n: int) -> list[str]:
    opts = [
        lambda: f"ITIN {bad_ssn(r) if r.random() < 0.3 else f'9{r.randint(10, 99)}-{r.choice([70, 81, 92])}-{r.randint(1000, 9999)}'}",
        lambda: f"EIN {r.randint(10, 99)}-{r.randint(1000000, 9999999)}",
        lambda: f"Claim # {r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}",
        lambda: f"Member ID {nine_digits(r)}",
        lambda: f"Routing {r.choice(['0', '1', '2'])}{r.randint(10000000, 99999999)}",
        lambda: f"Acct {r.randint(10 ** 9, 10 ** 11)}",
        lambda: f"ZIP {r.randint(10000, 99999)}-{r.randint(1000, 9999)}",
        lambda: f"Case No. {r.randint(2019, 2027)}-CV-{r.randint(100000, 999999)}",
        lambda: f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1950, 2027)}",
        lambda: f"${r.randint(1, 99)},{r.randint(100, 999)}.{r.randint(0, 99):02d}",
        lambda: f"SSN xxx-xx-{r.randint(1000, 9999)}",
        lambda: f"Invalid SSN on file: {bad_ssn(r)}",
        lambda: f"Confirmation {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
        lambda: f"Card on file {masked_card(r)}",
        lambda: f"Loyalty # {card_lookalike(r)}",
        lambda: f"Ticket #{r.randint(1000000, 9999999)}",
        lambda: at_lookalike(r, ["jlee", "mgarcia", "rbrooks"], "benefits-portal.us"),
    ]
    return [r.choice(opts)() for _ in range(n)]


def us_person(r: random.Random) -> tuple[str, str]:
    f, l_ = r.choice(FIRST), r.choice(LAST)
    mail = f"{f.lower()}{r.choice(['.', '_', ''])}{l_.lower().replace(chr(39), '')}{r.randint(1, 99) if r.random() < 0.5 else ''}@{r.choice(US_DOM)}"
    return f"{f} {l_}", mail


def us_phone(r):
    return phone(r, "en", own=True, ext=r.random() < 0.15)


def u_form(d, r, title, who, es, ng):
    name, mail = us_person(r)
    d.t(f"{title.upper()}\nSection 1 — {who} information\n")
    d.t(f"{who} name: {name}\n{r.choice(SSN_LABELS_ES if es else SSN_LABELS[:9])}: ").v(S, ssn(r, r.choice(["dash", "dash", "space", "plain", "dot"]))).t("\n")
    d.t(f"Date of birth: {r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1950, 2005)}\n")
    d.t("Daytime phone: " if not es else "Teléfono: ").v(P, us_phone(r)).t("\n")
    d.t("E-mail: ").v(E, mail).t("\n")
    d.t(f"{ng.pop()}\n{ng.pop()}\n")
    for rel in ["Spouse", "Dependent 1", "Dependent 2", "Dependent 3"][: r.randint(2, 4)]:
        d.t(f"{rel}: {r.choice(FIRST)} {name.split()[-1]}   SSN ").v(S, ssn(r, r.choice(["dash", "space", "plain"]))).t(f"   DOB {r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(1960, 2020)}\n")
    d.t("Alternate payee — SS No.: ").v(S, ssn(r, r.choice(["dash", "dot", "plain"]))).t(f"   Relationship: {r.choice(['parent', 'guardian', 'ex-spouse'])}\n")
    d.t("Prior claim: ").v(S, ssn(r, "dash")).t(f" ({r.choice(['SSN', 'Soc. Sec. No.', 'social'])}) filed {r.randint(1, 12)}/{r.randint(2015, 2025)}\n")
    d.t("Payment card for filing fee: ").v(C, card(r)).t(f"  exp {r.randint(1, 12):02d}/{r.randint(27, 31)}  CVV ***\n")
    d.t("\n".join(ng) + "\n")


def u_ocr(d, r, title, who, es, ng):
    name, mail = us_person(r)
    d.t(f"{title.upper().replace('O', '0', 1)}\n|  {who.upper()} NAME  {name.upper()}\n")
    d.t(r.choice(["S0CIAL SECURlTY N0.", "SOC1AL SEC. NO", "S S N", "SSN ,"]) + "  ").v(S, ssn(r, r.choice(["dash", "space", "plain"]))).t("  |\n")
    d.t(f"| {ng.pop()}  |\n| PH0NE  ").v(P, us_phone(r)).t("  |  EMA1L  ").v(E, mail).t(" |\n")
    d.t("| SP0USE SSN ").v(S, ssn(r, "dash")).t(f" |  ALT 1D {nine_digits(r)}\n")
    d.t("| PRIOR EMPL0YER W-2 — EMPL0YEE S0C. SEC. N0 ").v(S, ssn(r, r.choice(["plain", "dash", "space"]))).t(f"   EIN {r.randint(10, 99)}-{r.randint(1000000, 9999999)} |\n")
    d.t("| CARD N0 ").v(C, card(r)).t(" |\n")
    d.t("\n".join("| " + x for x in ng) + "\n")


def u_sheet(d, r, title, who, es, ng):
    sep = r.choice(["\t", ",", " | "])
    d.t(f"{title}\n")
    d.t(sep.join(["Last", "First", "SSN", "Emp ID", "Phone", "Email", "Term date"]) + "\n")
    style = r.choice(["plain", "dash", "plain", "space"])
    for _ in range(r.randint(4, 7)):
        name, mail = us_person(r)
        first, last = name.split(" ", 1)
        d.t(f"{last}{sep}{first}{sep}").v(S, ssn(r, style)).t(f"{sep}{nine_digits(r)}{sep}").v(P, phone(r, "en", own=True, style="nat")).t(sep).v(E, mail).t(f"{sep}{r.randint(1, 12)}/{r.randint(1, 28)}/2026\n")
    d.t("\n" + "\n".join(ng) + "\n")


def u_chat(d, r, title, who, es, ng):
    name, mail = us_person(r)
    agent = r.choice(["Agent Tasha", "Rep #4471", "Kevin (support)"])
    d.t(f"{title}\n[{r.randint(1, 12)}:{r.randint(10, 59)} PM] {agent}: Can you verify your identity?\n")
    d.f(f"[{r.randint(1, 12)}:{r.randint(10, 59)} PM] {name.split()[0]}: " + r.choice(["my social is {}", "ssn {} i think", "its {} (my social)", "mi seguro social es {}" if es else "social security number {}"]) + "\n", S, ssn(r, r.choice(["dash", "plain", "space"])))
    d.t(f"[{r.randint(1, 12)}:{r.randint(10, 59)} PM] {agent}: Thanks. {ng.pop()} — is that yours?\n")
    d.f(f"[{r.randint(1, 12)}:{r.randint(10, 59)} PM] {name.split()[0]}: no. call me at {{}} or email ", P, us_phone(r)).v(E, mail).t("\n")
    d.f(f"[{r.randint(1, 12)}:{r.randint(10, 59)} PM] {name.split()[0]}: my wife's social is {{}} btw\n", S, ssn(r, r.choice(["dash", "plain"])))
    d.f("card ending? the whole thing is {} lol\n", C, card(r))
    d.t(f"[{r.randint(1, 12)}:{r.randint(10, 59)} PM] {agent}: Your case # is {r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}. And the dependent?\n")
    d.f("> dependent ssn {}\n", S, ssn(r, r.choice(["dash", "plain", "space"])))
    d.f("> and my mom's, she's on my plan: {} (social)\n", S, ssn(r, r.choice(["dash", "space"])))
    d.t("\n".join(ng) + "\n")


def u_letter(d, r, title, who, es, ng):
    name, mail = us_person(r)
    d.t(f"{r.choice(['March', 'June', 'October'])} {r.randint(1, 28)}, 2026\n\nRe: {title}\n{who}: {name} ")
    d.t("(SSN ").v(S, ssn(r, "dash")).t(")\n\n")
    d.t("To whom it may concern:\n\nI am writing about my claim. ")
    d.f("My Social Security number is {} and ", S, ssn(r, r.choice(["dash", "space", "plain"])))
    d.t(f"the reference on your notice was {ng.pop()}. ")
    d.f("You can reach me at {} ", P, us_phone(r)).f("or by e-mail at {}. ", E, mail)
    d.t(f"My employer's EIN is {r.randint(10, 99)}-{r.randint(1000000, 9999999)}, not my SSN.\n\n")
    d.v(S, ssn(r, "dash")).t(" (SSN of my late husband, for the survivor record)\n\n")
    d.f("The fee was charged to my card {} twice. ", C, card(r))
    d.f("My representative, my brother (Social Security No. {}), may call on my behalf. ", S, ssn(r, r.choice(["dash", "plain"])))
    d.t("Please also update my daughter's record, SSN ").v(S, ssn(r, r.choice(["dash", "plain"]))).t(".\n")
    d.t("\n".join(ng) + f"\n\nSincerely,\n{name}\n")


def u_kv(d, r, title, who, es, ng):
    d.t(f"# {title}\n")
    for _ in range(r.randint(4, 6)):
        _name, mail = us_person(r)
        d.t(f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z event=record.update actor=")
        if r.random() < 0.5:
            d.v(E, mail)
        else:
            d.t(f"svc_hr{r.randint(1, 9)}@workday-sync")
        d.t(" src_ip=").v(I, ipv4(r)).t(f" field={r.choice(['ssn', 'tax_id', 'ssn_ref'])} old=").v(S, ssn(r, r.choice(["plain", "dash"])))
        d.t(" new=").v(S, ssn(r, r.choice(["plain", "dash"]))).t(f" emp_id={nine_digits(r)} req={r.randint(10 ** 8, 10 ** 9)}\n")
    d.t("\n".join("# " + x for x in ng) + "\n")


def u_dump(d, r, title, who, es, ng):
    d.t(f"--- {title} (leaked, {r.randint(2, 90)}k rows) ---\n")
    if r.random() < 0.5:
        d.t("name|ssn|dob|phone|email|cc\n")
        for _ in range(r.randint(4, 7)):
            name, mail = us_person(r)
            d.t(f"{name}|").v(S, ssn(r, r.choice(["plain", "dash"]))).t(f"|{r.randint(1950, 2004)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}|")
            d.v(P, phone(r, "en", own=True, style=r.choice(["e164", "nat"]))).t("|")
            if r.random() < 0.6:
                d.v(E, mail)
            d.t("|").v(C, card(r, "plain")).t("\n")
    else:
        for _ in range(r.randint(3, 5)):
            name, mail = us_person(r)
            d.t(f'{{"full_name": "{name}", "ssn": "').v(S, ssn(r, r.choice(["plain", "dash"]))).t('", "phone": "')
            d.v(P, phone(r, "en", own=True, style="e164")).t('", "email": "').v(E, mail).t(f'", "member_no": "{nine_digits(r)}", "ip": "').v(I, ip(r)).t('"}\n')
    d.t("\n".join(ng) + "\n")


def u_thread(d, r, title, who, es, ng):
    name, mail = us_person(r)
    d.t(f"{title}\nPosted by {name.split()[0].lower()}{r.randint(10, 99)} · {r.randint(2, 11)} replies\n\n")
    d.f("E-file got rejected, says the dependent's SSN {} was already claimed. ", S, ssn(r, "dash"))
    d.t(f"My ITIN is {bad_ssn(r) if r.random() < 0.5 else '9' + str(r.randint(10, 99)) + '-88-' + str(r.randint(1000, 9999))} from before I got my own SSN, ")
    d.f("which is {}. ", S, ssn(r, r.choice(["dash", "space", "plain"])))
    d.f("Same thing happened with my son's social {} last year. ", S, ssn(r, r.choice(["dash", "space"])))
    d.t(f"{ng.pop()}\n\n> Reply by TaxPro_{r.randint(10, 99)}: call the IRS ID line, not your preparer. ")
    d.f("Or DM me, {}", E, mail).f(" or text {} after 6pm.\n\n", P, us_phone(r))
    d.t(f"> Reply by {r.choice(FIRST).lower()}_{r.randint(1, 99)}: same. Mine was ").v(S, ssn(r, "space")).t(" (SSN) vs my EIN ")
    d.t(f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)} and they swapped them.\n\n")
    d.t("\n".join(ng) + "\n")


US_LAYOUTS = [u_form, u_ocr, u_sheet, u_chat, u_letter, u_kv, u_dump, u_thread]


def us_doc(reg: str, idx: int, r: random.Random) -> tuple[Doc, str, str, str]:
    title, who = US[reg]
    es = False  # US pages stay wholly English: a Spanish title over English fields is no real page
    layout = US_LAYOUTS[idx % len(US_LAYOUTS)]
    ng = us_negs(r, 8) + [at_lookalike(r, ["jlee", "mgarcia", "rbrooks", "tnguyen"], r.choice(US_DOM)) for _ in range(3)]
    r.shuffle(ng)
    d = Doc()
    if es:
        title = {"unemployment_appeal_letters": "Apelación de la decisión de desempleo",
                 "workers_comp_claim_forms": "Reclamo de compensación del trabajador",
                 "medicare_enrollment_help_chats": "Ayuda con la inscripción en Medicare"}[reg]
    layout(d, r, title, who, es, ng)
    return d, f"https://{reg.split('_')[0]}-{r.randint(1, 99)}.example-us.org/{idx}", layout.__name__, "es" if es else "en"


# ------------------------------------------------------------------ machine output


def ts(r):
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def m_gunicorn(d, r, k):
    if k == 0:
        for _ in range(r.randint(4, 7)):
            d.v(I, ip(r)).t(f' - - [{r.randint(1, 28)}/Nov/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000] "GET /api/v{r.randint(1, 3)}/items/{r.randint(100000, 9999999)} HTTP/1.1" {r.choice([200, 304, 404, 500])} {r.randint(100, 99999)} "-" "python-requests/2.{r.randint(20, 32)}.{r.randint(0, 3)}"\n')
    elif k == 1:
        d.t(f"[{ts(r)} +0000] [{r.randint(1000, 99999)}] [INFO] Starting gunicorn 21.2.0\n[{ts(r)} +0000] [{r.randint(1000, 99999)}] [INFO] Listening at: http://0.0.0.0:8000\n")
        for _ in range(r.randint(3, 5)):
            d.t(f"[{ts(r)} +0000] [{r.randint(1000, 99999)}] [WARNING] Invalid request from ip=").v(I, ip(r)).t(f": Invalid HTTP Version 'HTTP/{r.randint(1, 9)}.{r.randint(0, 9)}'\n")
        d.t(f"[{ts(r)} +0000] [{r.randint(1000, 99999)}] [INFO] Booting worker with pid: {r.randint(1000, 99999)}\n")
    else:
        d.t("# access_log_format = '%({x-forwarded-for}i)s %(l)s %(h)s %(t)s \"%(r)s\" %(s)s'\n")
        for _ in range(r.randint(3, 5)):
            d.v(I, ipv4(r, "public")).t(" - ").v(I, ipv4(r, "private")).t(f' [{r.randint(1, 28)}/Oct/2026:10:{r.randint(10, 59)}:00] "POST /login?next=%2F HTTP/1.0" 302 0 req_id={r.randint(10 ** 11, 10 ** 12)}\n')


def m_uwsgi(d, r, k):
    if k == 0:
        for _ in range(r.randint(4, 6)):
            d.t(f"[pid: {r.randint(1000, 99999)}|app: 0|req: {r.randint(1, 9999)}/{r.randint(1, 99999)}] ").v(I, ip(r)).t(f" () {{{r.randint(30, 48)} vars in {r.randint(400, 900)} bytes}} [Tue Nov {r.randint(1, 28)} 09:{r.randint(10, 59)}:01 2026] GET /static/app.{r.randint(1, 9)}.{r.randint(0, 99)}.{r.randint(0, 9)}.js => generated {r.randint(100, 99999)} bytes in {r.randint(1, 900)} msecs (HTTP/1.1 200) 4 headers in 135 bytes (1 switches on core 0)\n")
    elif k == 1:
        d.t(f"*** Starting uWSGI 2.0.{r.randint(18, 24)} (64bit) on [{ts(r)}] ***\nuwsgi socket 0 bound to TCP address 127.0.0.1:3031 fd 3\nuwsgi socket 1 bound to TCP address ")
        d.t("[").v(I, ipv6(r)).t(f"]:{r.randint(1025, 65000)} fd 4\n")
        for _ in range(r.randint(2, 4)):
            d.t("SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request /upload (ip ").v(I, ip(r)).t(") !!!\n")
    else:
        d.t("{\n")
        for _ in range(r.randint(2, 4)):
            d.t(f'  {{"pid": {r.randint(1000, 99999)}, "remote_addr": "').v(I, ip(r)).t(f'", "uri": "/v1/orders/{r.randint(10 ** 6, 10 ** 7)}", "status": {r.choice([200, 201, 499])}, "msecs": {r.randint(1, 500)}, "version": "3.{r.randint(8, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}"}},\n')
        d.t("}\n")


def m_slapd(d, r, k):
    names = ["jdoe", "asmith", "mkowal", "tnguyen", "lgarcia"]
    dom = r.choice(["corp.example-ldap.com", "uni-hamburg-test.de", "staff.lab-net.org"])
    if k == 0:
        for _ in range(r.randint(2, 4)):
            c = r.randint(1000, 99999)
            d.t(f"{ts(r)} slapd[{r.randint(100, 9999)}]: conn={c} fd={r.randint(10, 99)} ACCEPT from IP=").v(I, ipv4(r)).t(f":{r.randint(1025, 65000)} (IP=0.0.0.0:389)\n")
            d.t(f'{ts(r)} slapd[{r.randint(100, 9999)}]: conn={c} op=1 SRCH base="dc=corp,dc=com" scope=2 filter="(mail=')
            d.v(E, f"{r.choice(names)}@{dom}").t(')"\n')
            d.t(f"{ts(r)} slapd[{r.randint(100, 9999)}]: conn={c} op=2 SEARCH RESULT tag=101 err=0 nentries=1 text=\n")
    elif k == 1:
        for _ in range(r.randint(2, 3)):
            n = r.choice(names)
            d.t(f"dn: uid={n},ou=people,dc=corp,dc=com\nobjectClass: inetOrgPerson\nmail: ").v(E, f"{n}@{dom}").t("\ntelephoneNumber: ").v(P, phone(r, "en", own=False, style="intl")).t(f"\nuidNumber: {r.randint(1000, 60000)}\nipHostNumber: ").v(I, ipv4(r, "private")).t(f"\nemployeeNumber: {r.randint(10 ** 6, 10 ** 8)}\n\n")
        d.t(f"# search result\nsearch: 2\nresult: 0 Success\n# numEntries: {r.randint(2, 3)}\n")
    else:
        d.t("olcAccess: {0}to * by peername.ip=127.0.0.1 manage\nolcAccess: {1}to attrs=userPassword by peername.ip=")
        d.v(I, ipv4(r, "private")).t("%255.255.255.0 write\n")
        d.t("olcLogLevel: stats\nolcServerID: 1 ldap://").v(I, ipv4(r)).t(f":389\nolcSyncrepl: rid=00{r.randint(1, 9)} provider=ldap://[").v(I, ipv6(r)).t("]:636 binddn=\"cn=admin,dc=corp,dc=com\"\nOID 1.3.6.1.4.1.4203.1.9.1.1 supported\n")


def m_zimbra(d, r, k):
    dom = r.choice(["mail.zcs-hosting.fr", "posta.example-zim.it", "corp-zm.com"])
    names = ["alice", "bob.k", "c.martin", "helpdesk", "noreply"]
    if k == 0:
        for _ in range(r.randint(3, 5)):
            d.t(f"{ts(r)},{r.randint(100, 999)} INFO  [qtp{r.randint(100, 9999)}-{r.randint(1, 999)}:https://{dom}/service/soap/AuthRequest] [name=").v(E, f"{r.choice(names)}@{dom}").t(";oip=").v(I, ip(r)).t(f";ua=zclient/9.0.0_GA_{r.randint(1000, 4999)};] account - authentication failed (account lockout)\n")
    elif k == 1:
        for _ in range(r.randint(3, 5)):
            d.t(f"{ts(r)},{r.randint(100, 999)} INFO  [ImapServer-{r.randint(1, 99)}] [ip=").v(I, ip(r)).t(f";] imap - IMAP client identified as: zimbra-android 4.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}\n")
        d.t(f"{ts(r)} INFO [LmtpServer-{r.randint(1, 99)}] [msgid=<{r.randint(10 ** 9, 10 ** 10)}.JavaMail@{dom}>] lmtp - Delivering message: size={r.randint(1000, 99999)} bytes, rcpt=")
        d.v(E, f"{r.choice(names)}@{dom}").t("\n")
    else:
        d.t("zmprov ga ").v(E, f"{r.choice(names)}@{dom}").t(" zimbraMailForwardingAddress zimbraMailTrustedIP\nzimbraMailForwardingAddress: ").v(E, f"{r.choice(names)}@{r.choice(['gmail.com', 'web.de', 'free.fr'])}").t("\nzimbraMailTrustedIP: ").v(I, ipv4(r, "private")).t("\nzimbraMailTrustedIP: 127.0.0.1\nzimbraVersion: 9.0.0.GA.4178.UBUNTU20.64\n")


def m_sophos(d, r, k):
    if k == 0:
        for _ in range(r.randint(3, 5)):
            d.t(f'device="SFW" date=2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} time={r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00 timezone="UTC" device_name="XG{r.randint(100, 750)}" device_id=C{r.randint(10 ** 11, 10 ** 12)} log_id={r.randint(10 ** 11, 10 ** 12 - 1):012d} log_type="Firewall" status="Deny" src_ip=').v(I, ip(r)).t(" dst_ip=").v(I, ipv4(r)).t(f' src_port={r.randint(1025, 65535)} dst_port={r.choice([22, 443, 3389])} fw_rule_id={r.randint(1, 99)} src_country_code=RUS\n')
    elif k == 1:
        d.t('"Time","Log Type","Username","Source IP","Destination IP","Bytes","Rule"\n')
        for _ in range(r.randint(3, 5)):
            d.t(f'"{ts(r)}","Web Filter","').v(E, f"{r.choice(['m.rossi', 'pat', 'j.kim'])}@{r.choice(['firm-intra.com', 'school-lan.de'])}").t('","').v(I, ipv4(r, "private")).t('","').v(I, ipv4(r)).t(f'","{r.randint(100, 9999999)}","{r.randint(1, 50)}"\n')
    else:
        d.t(f"console> system diagnostics show version-info\nFirmware Version SFOS 19.{r.randint(0, 5)}.{r.randint(0, 3)} MR-{r.randint(1, 5)}-Build{r.randint(100, 999)}\nconsole> show network interfaces\n")
        for p in range(r.randint(2, 4)):
            d.t(f"Port{p + 1}  IP: ").v(I, ipv4(r, r.choice(["private", "public"]))).t("  Netmask: 255.255.255.0  Gateway: ").v(I, ipv4(r, "private")).t("  Broadcast: 255.255.255.255\n")


def m_windns(d, r, k):
    hosts = ["(3)www(6)google(3)com(0)", "(4)mail(7)contoso(3)com(0)", "(7)updates(9)microsoft(3)com(0)"]
    if k == 0:
        for _ in range(r.randint(4, 6)):
            d.t(f"{r.randint(1, 12)}/{r.randint(1, 28)}/2026 {r.randint(1, 12)}:{r.randint(10, 59)}:{r.randint(10, 59)} PM {r.randint(1000, 9999):X} PACKET  0000{r.randint(10 ** 9, 10 ** 10 - 1):X} UDP Rcv ").v(I, ip(r)).t(f"   {r.randint(1000, 9999):x}   Q [0001   D   NOERROR] A      {r.choice(hosts)}\n")
    elif k == 1:
        d.t("Get-DnsServerResourceRecord -ZoneName contoso.local\n\nHostName   RecordType Type Timestamp   TimeToLive  RecordData\n--------   ---------- ---- ---------   ----------  ----------\n")
        for h in ["dc01", "fs02", "printer3", "@"][: r.randint(2, 4)]:
            d.t(f"{h:<10} A          1    {r.randint(1, 12)}/{r.randint(1, 28)}/2026  01:00:00    ").v(I, ipv4(r, "private")).t("\n")
        d.t(f"{r.randint(1, 254)}.{r.randint(0, 255)}.10.in-addr.arpa PTR dc01.contoso.local\n")
    else:
        d.t(f'{{"EventID": 256, "TimeCreated": "{ts(r)}", "QNAME": "wpad.contoso.local", "Source": "').v(I, ip(r)).t('", "InterfaceIP": "').v(I, ipv4(r, "private")).t('", "RD": 1, "Zone": "..Cache", "PolicyName": "", "Version": "10.0.20348.1"}\n')
        d.t("dnscmd /ResetForwarders ").v(I, ipv4(r)).t(" ").v(I, ipv4(r)).t(" /TimeOut 5 /Slave\n")


def m_samba(d, r, k):
    user = r.choice(["jsmith", "ana", "buchhaltung", "scanner"])
    if k == 0:
        for _ in range(r.randint(3, 5)):
            d.t(f"{ts(r)} fs01 smbd_audit: {user}|").v(I, ip(r)).t(f"|fs01|finance|{r.choice(['openat', 'unlinkat', 'renameat'])}|ok|w|Q{r.randint(1, 4)}/report_{r.randint(2020, 2026)}.{r.randint(1, 12)}.{r.randint(1, 28)}.xlsx\n")
    elif k == 1:
        d.t("Samba version 4.18.6-Debian\nPID     Username     Group        Machine                                   Protocol Version  Encryption  Signing\n")
        d.t("-" * 100 + "\n")
        for _ in range(r.randint(2, 4)):
            host = ipv4(r)
            d.t(f"{r.randint(1000, 99999):<7} {user:<12} domusers     ").v(I, host).t(" (ipv4:").v(I, host).t(f":{r.randint(1025, 65535)})   SMB3_11           -           partial(AES-128-CMAC)\n")
    else:
        d.t(f"[{ts(r)}.{r.randint(100000, 999999)},  2] ../../source3/smbd/server.c:{r.randint(100, 2000)}(smbd_accept_connection)\n  Connection from ").v(I, ip(r)).t(" denied: hosts allow = 10. 192.168. 127.\n")
        d.t("  winbind: ").v(E, f"{user}@{r.choice(['ad.firma-intern.de', 'corp.example-smb.com'])}").t(f" SID S-1-5-21-{r.randint(10 ** 9, 10 ** 10)}-{r.randint(10 ** 8, 10 ** 9)}-{r.randint(1000, 9999)}\n")


MACHINE = {"gunicorn_logs": m_gunicorn, "uwsgi_request_logs": m_uwsgi, "openldap_slapd_logs": m_slapd,
           "zimbra_mailbox_logs": m_zimbra, "sophos_xg_firewall_logs": m_sophos, "windows_dns_debug_logs": m_windns,
           "samba_audit_logs": m_samba}
MACHINE_NEGS = ["127.0.0.1:8000", "0.0.0.0", "::1", "255.255.255.0", "0.0.0.255", "1.3.6.1.2.1.1.3.0",
                "version 2.0.23.1", "sha256:9f86d081884c7d65", "Message-ID: <20261103.4471@relay.internal>",
                "celery@worker1", "redis@6.2.14", "pid 48113907", "build 4178.20261103", "req-id 7712-4471-0093",
                "uptime 1234567 s", "root@fs01:~#", "git@gitlab.com:ops/ansible.git"]


def machine_doc(reg: str, idx: int, r: random.Random) -> tuple[Doc, str, str]:
    d = Doc()
    k = idx % 3
    MACHINE[reg](d, r, k)
    d.t("# " + " ".join(r.sample(MACHINE_NEGS, 5)) + "\n")
    d.t("# " + " ".join(at_lookalike(r, ["deploy", "svc_backup", "ops"], "ops-internal.net") for _ in range(3)) + "\n")
    return d, f"https://logs.example-ops.net/{reg}/{idx}.log", f"{reg}_{k}"


# ------------------------------------------------------------------ the set

N_WEB, N_US, N_MACHINE = 48, 50, 33


def plan() -> list[tuple[str, str, int]]:
    jobs = []
    for reg, titles in WEB.items():
        langs = list(titles)
        jobs += [("web", reg, i) for i in range(N_WEB)]
        assert len(langs) == 6
    jobs += [("us", reg, i) for reg in US for i in range(N_US)]
    jobs += [("machine", reg, i) for reg in MACHINE for i in range(N_MACHINE)]
    return jobs


def make_row(kind: str, reg: str, idx: int) -> dict:
    for attempt in range(40):
        seed = int(hashlib.sha256(f"blind19|{reg}|{idx}|{attempt}".encode()).hexdigest()[:16], 16)
        r = random.Random(seed)
        if kind == "web":
            lang = list(WEB[reg])[idx % 6]
            d, url, layout = web_doc(reg, lang, idx // 6 + idx, r)
        elif kind == "us":
            d, url, layout, lang = us_doc(reg, idx, r)
        else:
            d, url, layout = machine_doc(reg, idx, r)
            lang = "en"
        row = {"id": "", "half": "blind19", "register": reg, "url": url, "language": lang, "text": d.text(),
               "spans": d.spans, "_layout": layout}
        if not check_row(row):
            return row
    raise AssertionError(f"no clean draw for {reg} {idx}: {check_row(row)}")


def generate(half: str = "blind19") -> list[dict]:
    rows = []
    for kind, reg, idx in plan():
        row = make_row(kind, reg, idx)
        row.pop("_layout")
        row["id"] = f"blind19-{len(rows)}"
        rows.append(row)
    return rows


def load() -> list[dict]:
    return read_rows(PATH)


def report(rows: list[dict]) -> None:
    types: dict[str, int] = {}
    regs: dict[str, int] = {}
    langs: dict[str, int] = {}
    for row in rows:
        regs[row["register"]] = regs.get(row["register"], 0) + 1
        langs[row["language"]] = langs.get(row["language"], 0) + 1
        for s in row["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    total = sum(types.values())
    print(f"{len(rows)} documents, {total} spans")
    for t, n in sorted(types.items(), key=lambda x: -x[1]):
        print(f"  {t:<14} {n:>6}  {n / total:.1%}")
    print("registers:", ", ".join(f"{k} {v}" for k, v in regs.items()))
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda x: -x[1])))
    print(f"not English: {sum(v for k, v in langs.items() if k != 'en')}")
    look = {"phone-shaped": 0, "13-19 digits": 0, "@ strings": 0}
    for row in rows:
        text = list(row["text"])
        for s in row["spans"]:
            text[s["start"]:s["end"]] = ["\n"] * (s["end"] - s["start"])
        out = "".join(text)
        look["phone-shaped"] += len(PHONE_SHAPE.findall(out))
        look["13-19 digits"] += sum(1 for m in DIGIT_RUN.findall(out) if 13 <= len(re.sub(r"\D", "", m)) <= 19)
        look["@ strings"] += out.count("@")
    print("look-alikes outside spans:", look)


def main() -> None:
    sets = {"blind19": (PATH,)}
    write_sets("pii_", sets, generate, "the nineteenth blind PII set")
    report(generate())


if __name__ == "__main__":
    main()
