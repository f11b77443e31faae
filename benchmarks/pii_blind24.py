"""A twenty-fourth blind PII test set (issue 26): 31 registers no earlier generator names, 23 languages.

Written by a helper (branch pii-blind24) that never read the PII step (stages/pii*.py), its tests,
docs/pii.md or any earlier generator's templates and value makers; it read only the earlier
generators' docstrings (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row
of pii_blind3.jsonl (the row format). Every phrase, layout and value maker here is new; values are
made and checked with phonenumbers, schwifty, ipaddress and a Luhn check.

    python benchmarks/pii_blind24.py               # counts per type, register and language
    python benchmarks/pii_blind24.py --write-set   # rewrites benchmarks/data/pii_blind24.jsonl

Registers (31, each in three layouts, at most 50 documents):
- web pages by people, each wholly in its page's language (23 languages, 12 in non-Latin scripts:
  ru, uk, bg, el, ar, fa, he, hi, zh, ja, ko, th): lost-pet posters, "who called me" number
  forums, house-sitting offers, yard-sale listings, nanny ads, barber booking confirmations,
  messenger group-chat exports, firewood delivery ads, language-exchange posts, found-phone
  notices, home-exchange offers, window-cleaning flyers;
- US paperwork and exports: small-claims court filings, credit-freeze request letters, identity-
  theft affidavits, direct-deposit enrollment forms, IRS CP2000 response letters, veterans'
  benefit claim worksheets, name-change petitions, sweepstakes winner affidavits, P2P payment
  (Zelle/Venmo) dispute chats;
- machine output: rspamd scanner logs, Prometheus Alertmanager webhooks, auditd/ausearch records,
  Sentry error events, RabbitMQ broker logs, FRR "show bgp summary" output, `ss -tnp` socket
  dumps, Fastly CDN log lines, osquery result JSON, journald exports.
Hard negatives beside the values: references, customer, order, meter, parcel numbers shaped like
phones after their own words, dates/times/amounts in each country's writing, postal codes,
measures, ids in URLs and file names; 9-digit routing numbers, EINs, ITINs, invalid-area SSNs,
masked SSNs; masked and Luhn-invalid cards, IMEIs, 16-digit tracking numbers; wrong-check IBANs;
netmasks, loopback, 0.0.0.0, OIDs, IP-shaped versions; Message-IDs, package@version pins, handles,
git remotes, image digests, user@host prompts and obfuscated addresses (none labelled).

Span rules (blind3's): a span is exactly the value (no label, bracket, mailto:, port, CIDR prefix,
zone id or trailing punctuation); a phone's written extension is part of its span; e-mails need
"@" and a dotted domain; loopback, unspecified, masks and 255.255.255.255 are not labelled; IBANs
in print groups or lower case are labelled, wrong check digits are not; cards need Luhn and a brand
prefix and length; only valid US SSNs are labelled (no ITIN/EIN, area 000/666/9xx, group 00,
serial 0000), and an unseparated SSN only where a label, column header or sentence marks it;
every labelled phone (extension stripped) is valid for some region per phonenumbers.
Checks on writing: span text == text[start:end], no overlaps, spans not glued to an ASCII letter
or digit, and the per-type validity above (`check_rows`, also run by tests/test_pii_blind24_set.py).
"""

from __future__ import annotations

import ipaddress
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from schwifty import IBAN

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows, write_sets

DATA = Path(__file__).resolve().parent / "data" / "pii_blind24.jsonl"
SEED = 240024

# --------------------------------------------------------------------------------------- lexicon
KEYS = ["phone", "mobile", "fax", "email", "card", "iban", "ref", "customer", "order", "meter", "parcel", "call", "write", "wire", "lost", "whocalled", "housesit", "yardsale", "nanny", "barber", "ext", "firewood", "langex", "foundphone", "homeswap", "windows"]
LEX_TEXT = {
    "en": "Phone|Mobile|Fax|Email|Card number|IBAN|Ref.|Customer no.|Order no.|Meter no.|Tracking no.|Call me on {} any evening.|Drop me a line at {}.|Please wire the deposit to {}.|LOST DOG|Who called me from this number?|House-sitter available|Yard sale this Saturday|Nanny available|Your appointment at the barber|ext.|Firewood for sale, delivered|Language exchange partner wanted|Found a phone at the bus stop|Home exchange for the summer|Window cleaning – free quote",
    "de": "Telefon|Handy|Fax|E-Mail|Kartennummer|IBAN|Az.|Kundennr.|Bestellnr.|Zählernr.|Sendungsnr.|Ruft mich an unter {}, am besten abends.|Schreibt mir an {}.|Bitte die Kaution überweisen an {}.|HUND ENTLAUFEN|Wer hat mich von dieser Nummer angerufen?|Haussitterin frei|Hofflohmarkt am Samstag|Kinderbetreuung frei|Ihr Termin beim Friseur|Durchwahl|Brennholz zu verkaufen, mit Lieferung|Sprachtandem gesucht|Handy an der Bushaltestelle gefunden|Wohnungstausch im Sommer|Fensterreinigung – kostenloses Angebot",
    "fr": "Tél.|Portable|Fax|Courriel|N° de carte|IBAN|Réf.|N° client|N° de commande|N° de compteur|N° de suivi|Appelez-moi au {} le soir.|Écrivez-moi à {}.|Merci de virer l'acompte sur {}.|CHIEN PERDU|Qui m'a appelé depuis ce numéro ?|Garde de maison disponible|Vide-grenier samedi|Nounou disponible|Votre rendez-vous chez le barbier|poste|Bois de chauffage livré|Échange linguistique : je cherche un partenaire|Téléphone trouvé à l'arrêt de bus|Échange de maison pour l'été|Nettoyage de vitres – devis gratuit",
    "es": "Tel.|Móvil|Fax|Correo|N.º de tarjeta|IBAN|Ref.|N.º cliente|N.º de pedido|N.º de contador|N.º de seguimiento|Llámame al {} por las tardes.|Escríbeme a {}.|Por favor, transfiere la fianza a {}.|SE BUSCA PERRO PERDIDO|¿Quién me llamó desde este número?|Cuido tu casa en vacaciones|Venta de garaje este sábado|Niñera disponible|Tu cita en la barbería|ext.|Leña a domicilio|Busco intercambio de idiomas|Encontré un móvil en la parada del autobús|Intercambio de casa en verano|Limpieza de cristales – presupuesto gratis",
    "it": "Tel.|Cellulare|Fax|E-mail|Numero carta|IBAN|Rif.|Cod. cliente|N. ordine|Matricola contatore|N. spedizione|Chiamami al {} la sera.|Scrivimi a {}.|Bonifico della caparra su {}.|CANE SMARRITO|Chi mi ha chiamato da questo numero?|Custode di casa disponibile|Mercatino in cortile sabato|Babysitter disponibile|Il tuo appuntamento dal barbiere|int.|Legna da ardere con consegna|Cerco scambio linguistico|Trovato un telefono alla fermata del bus|Scambio casa per l'estate|Pulizia vetri – preventivo gratuito",
    "pt": "Tel.|Telemóvel|Fax|E-mail|N.º do cartão|IBAN|Ref.|N.º de cliente|N.º da encomenda|N.º do contador|N.º de rastreio|Liga-me para o {} à noite.|Escreve-me para {}.|Transfere o sinal para {}.|CÃO PERDIDO|Quem me ligou deste número?|Cuido da sua casa nas férias|Venda de garagem no sábado|Ama disponível|A sua marcação no barbeiro|ramal|Lenha com entrega ao domicílio|Procuro parceiro de intercâmbio de línguas|Encontrei um telemóvel na paragem|Troca de casa no verão|Limpeza de vidros – orçamento grátis",
    "nl": "Tel.|Mobiel|Fax|E-mail|Kaartnummer|IBAN|Kenmerk|Klantnr.|Bestelnr.|Meternr.|Trackingnr.|Bel me op {} na zessen.|Mail me op {}.|Maak de borg over naar {}.|HOND VERMIST|Wie belde mij met dit nummer?|Huisoppas beschikbaar|Garageverkoop zaterdag|Oppas beschikbaar|Uw afspraak bij de kapper|toestel|Brandhout te koop, wordt bezorgd|Taalmaatje gezocht|Telefoon gevonden bij de bushalte|Huizenruil deze zomer|Glazenwasser – gratis offerte",
    "pl": "Tel.|Kom.|Faks|E-mail|Nr karty|IBAN|Sygn.|Nr klienta|Nr zamówienia|Nr licznika|Nr przesyłki|Dzwoń pod {} wieczorem.|Napisz na {}.|Kaucję proszę przelać na {}.|ZAGINĄŁ PIES|Kto do mnie dzwonił z tego numeru?|Zaopiekuję się domem|Wyprzedaż garażowa w sobotę|Niania szuka pracy|Twoja wizyta u barbera|wew.|Drewno opałowe z dowozem|Szukam partnera do wymiany językowej|Znaleziono telefon na przystanku|Zamiana mieszkań na lato|Mycie okien – bezpłatna wycena",
    "sv": "Tel.|Mobil|Fax|E-post|Kortnummer|IBAN|Ref.|Kundnr|Ordernr|Mätarnr|Kollinr|Ring mig på {} på kvällen.|Mejla mig på {}.|Sätt in depositionen på {}.|BORTSPRUNGEN HUND|Vem ringde mig från det här numret?|Husvakt ledig|Loppis på lördag|Barnvakt ledig|Din tid hos barberaren|ankn.|Ved säljes, hemkörning|Språkkompis sökes|Hittad mobil vid busshållplatsen|Hembyte i sommar|Fönsterputs – gratis offert",
    "tr": "Tel.|Cep|Faks|E-posta|Kart no|IBAN|Ref.|Müşteri no|Sipariş no|Sayaç no|Takip no|Akşamları {} numarasından arayın.|Bana {} adresinden yazın.|Kaporayı {} hesabına gönderin.|KAYIP KÖPEK|Bu numaradan beni kim aradı?|Ev bakıcılığı yapılır|Cumartesi garaj satışı|Bebek bakıcısı|Berber randevunuz|dahili|Eve teslim odun satılır|Dil değişimi partneri arıyorum|Otobüs durağında telefon bulundu|Yaz için ev takası|Cam temizliği – ücretsiz teklif",
    "cs": "Tel.|Mobil|Fax|E-mail|Číslo karty|IBAN|Č. j.|Č. zákazníka|Č. objednávky|Č. elektroměru|Č. zásilky|Volejte na {} večer.|Pište na {}.|Zálohu pošlete na {}.|ZTRATIL SE PES|Kdo mi volal z tohoto čísla?|Pohlídám vám dům|Garážový výprodej v sobotu|Chůva hledá práci|Vaše rezervace u holiče|linka|Palivové dřevo s dovozem|Hledám jazykový tandem|Nalezen telefon na zastávce|Výměna bytu na léto|Mytí oken – nabídka zdarma",
    "ru": "Тел.|Моб.|Факс|Эл. почта|Номер карты|IBAN|Исх.|Номер клиента|Номер заказа|Номер счётчика|Трек-номер|Звоните мне по номеру {} вечером.|Пишите на {}.|Залог переведите на {}.|ПРОПАЛА СОБАКА|Кто мне звонил с этого номера?|Присмотрю за домом|Гаражная распродажа в субботу|Няня ищет работу|Ваша запись в барбершоп|доб.|Продаю дрова с доставкой|Ищу партнёра для языкового обмена|Найден телефон на остановке|Обмен жильём на лето|Мойка окон – бесплатный расчёт",
    "uk": "Тел.|Моб.|Факс|Ел. пошта|Номер картки|IBAN|Вих.|Номер клієнта|Номер замовлення|Номер лічильника|Номер відправлення|Дзвоніть мені на {} увечері.|Пишіть на {}.|Завдаток переказуйте на {}.|ЗАГУБИВСЯ ПЕС|Хто мені дзвонив з цього номера?|Догляну за будинком|Гаражний розпродаж у суботу|Няня шукає роботу|Ваш запис до барбера|дод.|Продаю дрова з доставкою|Шукаю партнера для мовного обміну|Знайдено телефон на зупинці|Обмін житлом на літо|Миття вікон – безкоштовний розрахунок",
    "el": "Τηλ.|Κιν.|Φαξ|Email|Αριθμός κάρτας|IBAN|Αρ. πρωτ.|Κωδ. πελάτη|Αρ. παραγγελίας|Αρ. μετρητή|Αρ. αποστολής|Πάρτε με στο {} το απόγευμα.|Γράψτε μου στο {}.|Καταθέστε την προκαταβολή στο {}.|ΧΑΘΗΚΕ ΣΚΥΛΟΣ|Ποιος με πήρε από αυτόν τον αριθμό;|Φροντίζω το σπίτι σας|Παζάρι στην αυλή το Σάββατο|Νταντά διαθέσιμη|Το ραντεβού σας στο κουρείο|εσωτ.|Καυσόξυλα με παράδοση στο σπίτι|Ζητείται συνομιλητής για ανταλλαγή γλωσσών|Βρέθηκε κινητό στη στάση|Ανταλλαγή σπιτιού για το καλοκαίρι|Καθαρισμός τζαμιών – δωρεάν προσφορά",
    "bg": "Тел.|Моб.|Факс|Имейл|Номер на карта|IBAN|Изх. №|Клиентски №|Поръчка №|Водомер №|Товарителница №|Обадете ми се на {} вечер.|Пишете ми на {}.|Депозитът се превежда по {}.|ИЗГУБЕНО КУЧЕ|Кой ми звъня от този номер?|Гледам къщи през отпуската|Гаражна разпродажба в събота|Детегледачка търси работа|Вашият час при бръснаря|вътр.|Продавам дърва за огрев с доставка|Търся партньор за езиков обмен|Намерен телефон на спирката|Размяна на жилище за лятото|Миене на прозорци – безплатна оферта",
    "ar": "هاتف|جوال|فاكس|البريد الإلكتروني|رقم البطاقة|آيبان|المرجع|رقم العميل|رقم الطلب|رقم العداد|رقم الشحنة|اتصلوا بي على {} مساءً.|راسلوني على {}.|حوّلوا العربون إلى {}.|كلب مفقود|من اتصل بي من هذا الرقم؟|رعاية المنازل أثناء السفر|بيع أغراض مستعملة يوم السبت|مربية أطفال متاحة|موعدك عند الحلاق|تحويلة|حطب للبيع مع التوصيل|أبحث عن شريك لتبادل اللغات|عُثر على هاتف في موقف الحافلات|تبادل منازل للصيف|تنظيف النوافذ – عرض سعر مجاني",
    "fa": "تلفن|همراه|فکس|ایمیل|شماره کارت|شبا|شماره مرجع|کد مشتری|شماره سفارش|شماره کنتور|کد رهگیری|عصرها با {} تماس بگیرید.|به {} ایمیل بزنید.|بیعانه را به {} واریز کنید.|سگ گمشده|چه کسی از این شماره به من زنگ زد؟|نگهداری از خانه در سفر|حراج وسایل خانه شنبه|پرستار کودک|نوبت شما در آرایشگاه مردانه|داخلی|فروش هیزم با ارسال|دنبال هم‌زبان برای تبادل زبان هستم|گوشی پیدا شده در ایستگاه اتوبوس|تعویض خانه برای تابستان|نظافت شیشه – برآورد رایگان",
    "he": "טל'|נייד|פקס|דוא\"ל|מספר כרטיס|IBAN|אסמכתא|מס' לקוח|מס' הזמנה|מס' מונה|מס' משלוח|תתקשרו אליי במספר {} בערב.|כתבו לי לכתובת {}.|את המקדמה להעביר לחשבון {}.|אבד כלב|מי התקשר אליי מהמספר הזה?|שמירה על בית בזמן חופשה|מכירת חצר בשבת|בייביסיטר פנויה|התור שלך במספרה|שלוחה|עצי הסקה עם משלוח|מחפשת שותף לחילופי שפות|נמצא טלפון בתחנת האוטובוס|החלפת דירות לקיץ|ניקוי חלונות – הצעת מחיר חינם",
    "hi": "फ़ोन|मोबाइल|फ़ैक्स|ईमेल|कार्ड नंबर|IBAN|संदर्भ|ग्राहक सं.|ऑर्डर सं.|मीटर सं.|ट्रैकिंग सं.|शाम को {} पर कॉल करें।|मुझे {} पर लिखें।|अग्रिम राशि {} में जमा करें।|कुत्ता खो गया|इस नंबर से मुझे किसने कॉल किया?|घर की देखभाल के लिए उपलब्ध|शनिवार को घरेलू सामान की बिक्री|आया उपलब्ध|नाई के यहाँ आपकी बुकिंग|एक्सटेंशन|जलाऊ लकड़ी बिक्री, घर तक डिलीवरी|भाषा आदान-प्रदान साथी चाहिए|बस स्टॉप पर फ़ोन मिला|गर्मियों के लिए घर की अदला-बदली|खिड़की की सफ़ाई – मुफ़्त कोटेशन",
    "zh": "电话|手机|传真|邮箱|卡号|IBAN|编号|客户编号|订单号|电表号|运单号|晚上请拨打{}联系我。|请发邮件到{}。|定金请汇入{}。|寻狗启事|谁用这个号码给我打电话？|假期代看房子|周六旧物甩卖|育儿嫂求职|您的理发预约|转|木柴出售，送货上门|寻找语言交换伙伴|在公交站捡到一部手机|暑期换房|擦窗服务 – 免费报价",
    "ja": "電話|携帯|FAX|メール|カード番号|IBAN|整理番号|お客様番号|注文番号|メーター番号|お問い合わせ番号|夜は{}までお電話ください。|{}までメールください。|手付金は{}へお振込みください。|迷い犬を探しています|この番号から誰が電話してきた？|留守宅の管理いたします|土曜日ガレージセール|ベビーシッター空きあり|理容室のご予約|内線|薪を配達販売します|言語交換パートナー募集|バス停で携帯を拾いました|夏のホームエクスチェンジ|窓ガラス清掃 – 無料お見積り",
    "ko": "전화|휴대폰|팩스|이메일|카드번호|IBAN|참조번호|고객번호|주문번호|계량기 번호|운송장 번호|저녁에 {} 번으로 전화 주세요.|{} 주소로 메일 주세요.|계약금은 {} 계좌로 보내 주세요.|강아지를 찾습니다|이 번호로 누가 전화했나요?|집 봐드립니다|토요일 중고 물품 판매|베이비시터 구직|바버샵 예약 안내|내선|장작 판매, 배달 가능|언어 교환 파트너 구해요|버스 정류장에서 휴대폰을 주웠어요|여름 집 교환|유리창 청소 – 무료 견적",
    "th": "โทร|มือถือ|แฟกซ์|อีเมล|หมายเลขบัตร|IBAN|เลขอ้างอิง|รหัสลูกค้า|เลขที่คำสั่งซื้อ|เลขมิเตอร์|เลขพัสดุ|โทรหาฉันที่ {} ช่วงเย็น|ส่งอีเมลมาที่ {}|โอนมัดจำไปที่ {}|สุนัขหาย|ใครโทรมาจากเบอร์นี้|รับดูแลบ้านช่วงวันหยุด|ขายของมือสองวันเสาร์|รับเลี้ยงเด็ก|การจองร้านตัดผมของคุณ|ต่อ|ขายฟืน ส่งถึงบ้าน|หาเพื่อนแลกเปลี่ยนภาษา|เก็บโทรศัพท์ได้ที่ป้ายรถเมล์|แลกบ้านช่วงหน้าร้อน|รับเช็ดกระจก – ประเมินราคาฟรี",
}
LEX = {lang: dict(zip(KEYS, text.split("|"), strict=True)) for lang, text in LEX_TEXT.items()}
LANGS = list(LEX)
REGIONS = {
    "en": ["GB", "IE", "AU", "NZ", "ZA", "SG", "NG", "KE", "GH", "JM"], "de": ["DE", "AT", "CH", "LI"],
    "fr": ["FR", "BE", "CH", "LU", "MA", "SN", "CI"], "es": ["ES", "MX", "AR", "CO", "CL", "PE", "UY"],
    "it": ["IT", "SM"], "pt": ["PT", "BR", "AO"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE", "FI"],
    "tr": ["TR"], "cs": ["CZ", "SK"], "ru": ["RU", "KZ", "BY"], "uk": ["UA"], "el": ["GR", "CY"],
    "bg": ["BG"], "ar": ["EG", "SA", "AE", "JO", "MA", "QA", "KW"], "fa": ["IR"], "he": ["IL"],
    "hi": ["IN"], "zh": ["CN", "TW", "HK"], "ja": ["JP"], "ko": ["KR"], "th": ["TH"],
}
IBAN_COUNTRY = {
    "en": ["GB", "IE"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "LU"], "es": ["ES"], "it": ["IT"],
    "pt": ["PT", "BR"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE", "FI"], "tr": ["TR"], "cs": ["CZ", "SK"],
    "ru": ["DE", "LV"], "uk": ["UA"], "el": ["GR", "CY"], "bg": ["BG"], "ar": ["SA", "AE", "JO", "EG"],
    "fa": ["IR"], "he": ["IL"], "hi": ["GB", "AE"], "zh": ["DE", "FR"], "ja": ["DE", "GB"], "ko": ["DE", "NL"],
    "th": ["DE", "GB"],
}
TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl",
       "sv": "se", "tr": "com.tr", "cs": "cz", "ru": "ru", "uk": "com.ua", "el": "gr", "bg": "bg", "ar": "com.sa",
       "fa": "ir", "he": "co.il", "hi": "in", "zh": "cn", "ja": "jp", "ko": "co.kr", "th": "co.th"}
ALL_REGIONS = ["US"] + sorted({r for regs in REGIONS.values() for r in regs} | {"FR", "IE"})
EXT_WORDS = sorted({lx["ext"] for lx in LEX.values()} | {"x", "ext", "ext.", "Ext."}, key=len, reverse=True)
EXT_RE = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in EXT_WORDS) + r")\s*[0-9]{1,5}$")
NAMES = ["alex", "mira", "jonas", "lea", "tomasz", "ana", "yusuf", "elif", "dmitri", "olena", "nikos",
         "sara", "reza", "noa", "arjun", "wei", "yuki", "minji", "somchai", "pieter", "ingrid", "lucia"]
DIGITS_AR, DIGITS_FA, DIGITS_FW = "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９"


def to_ascii_digits(s: str) -> str:
    for table in (DIGITS_AR, DIGITS_FA, DIGITS_FW):
        s = s.translate({ord(c): str(i) for i, c in enumerate(table)})
    return s.replace("＋", "+")


# --------------------------------------------------------------------------------------- values
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card_brand_ok(digits: str) -> bool:
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720:
        return n == 16
    if digits[:2] in ("34", "37"):
        return n == 15
    if digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(digits[:4]) <= 3589:
        return n == 16
    if digits[:2] in ("36", "38") or 300 <= int(digits[:3]) <= 305:
        return n == 14
    return False


def not_card(rng: random.Random, n: int) -> str:
    """An n-digit number that fails Luhn (an order, tracking or account number, never a card)."""
    body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    return body if not luhn_ok(body) else body[:-1] + str((int(body[-1]) + 1) % 10)


def card(rng: random.Random, bad: bool = False) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    prefix, n = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
                 "amex": (rng.choice(["34", "37"]), 15), "disc": (rng.choice(["6011", "65"]), 16),
                 "jcb": (str(rng.randint(3528, 3589)), 16)}[brand]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    num = luhn_complete(body)
    if bad:
        num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    style = rng.random()
    if n == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if style < 0.45:
        return " ".join(groups)
    if style < 0.7:
        return "-".join(groups)
    return num


def ssn(rng: random.Random, style: str = "dash") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "bare": f"{a}{g}{s}", "dot": f"{a}.{g}.{s}"}[style]


def ssn_ok(text: str) -> bool:
    d = re.sub(r"[ .\-]", "", text)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def not_ssn(rng: random.Random) -> str:
    """A 9-digit number that is not a valid SSN (ITIN, EIN, invalid area/group/serial)."""
    kind = rng.randrange(5)
    if kind == 0:
        return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 78, 83, 88, 92])}-{rng.randint(1000, 9999)}"
    if kind == 1:
        return f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    if kind == 2:
        return f"{rng.choice(['000', '666'])}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if kind == 3:
        return f"{rng.randint(100, 599)}-00-{rng.randint(1000, 9999)}"
    return f"XXX-XX-{rng.randint(1000, 9999)}"


def routing(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            full = d + [c]
            if sum(w * x for w, x in zip([3, 7, 1] * 3, full, strict=True)) % 10 == 0:
                return "".join(map(str, full))


def iban(rng: random.Random, country: str, style: str = "print") -> str:
    value = str(IBAN.random(country_code=country, random=rng))
    if style == "print":
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    if style == "lower":
        return value.lower()
    return value


def bad_iban(rng: random.Random, country: str) -> str:
    value = str(IBAN.random(country_code=country, random=rng))
    check = (int(value[2:4]) + rng.randint(1, 50)) % 97 + 2
    return value[:2] + f"{check:02d}" + value[4:]


def iban_ok(text: str) -> bool:
    try:
        IBAN(text.replace(" ", "").upper())
        return True
    except ValueError:
        return False


def ip4(rng: random.Random, kind: str = "any") -> str:
    kind = rng.choice(["public", "public", "private", "link"]) if kind == "any" else kind
    while True:
        if kind == "private":
            value = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                                f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
        elif kind == "link":
            value = f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        else:
            value = f"{rng.choice([23, 31, 37, 45, 62, 77, 81, 85, 91, 93, 109, 141, 151, 178, 185, 188, 195, 203, 212, 217])}." \
                    f"{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(value):
            return value


def ip6(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        head = f"2a0{rng.randint(0, 9)}:{rng.randint(0x100, 0xffff):x}"
    elif kind == 1:
        head = f"fd{rng.randint(0, 255):02x}:{rng.randint(0x100, 0xffff):x}"
    else:
        head = "fe80:0"
    words = [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
    if rng.random() < 0.5:
        words[0:2] = ["0", "0"]
    value = str(ipaddress.IPv6Address(head + ":" + ":".join(words)))
    return value if ip_ok(value) else ip6(rng)


def ip_ok(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified or addr.is_multicast or str(addr) == "255.255.255.255":
        return False
    return not (addr.version == 4 and text.startswith("255."))


def ip_trap(rng: random.Random) -> str:
    return rng.choice([
        "127.0.0.1", "0.0.0.0", "::1", "255.255.255.0", "255.255.240.0", "0.0.0.255", "255.255.255.255",
        f"1.3.6.1.4.1.{rng.randint(2000, 40000)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        f"1.3.6.1.2.1.{rng.randint(1, 31)}.{rng.randint(1, 9)}.0", f"v{rng.randint(2, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}",
        f"build {rng.randint(1, 19)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}.{rng.randint(1, 9)}",
        f"§ {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
    ])


def email(rng: random.Random, tld: str = "com") -> str:
    user = rng.choice(NAMES) + rng.choice([".", "_", "", "-"]) + rng.choice(NAMES + [str(rng.randint(7, 99))])
    host = rng.choice(["mail", "post", "inbox", "home", "web", "fastmail", "proton", "kabel", "citynet"])
    return f"{user}@{host}.{tld}"


def at_trap(rng: random.Random) -> str:
    n = rng.choice(NAMES)
    return rng.choice([
        f"<{rng.randint(10 ** 9, 10 ** 10)}.{rng.randint(100, 999)}.JavaMail.{n}@mx{rng.randint(1, 9)}.example-mail.net>",
        f"lodash@4.17.{rng.randint(10, 21)}", f"@{n}_{rng.randint(80, 99)}", f"git@github.com:{n}/dotfiles.git",
        f"registry.k8s.io/pause@sha256:{rng.getrandbits(64):016x}", f"{n}@web{rng.randint(1, 9)}:~$",
        f"{n} [at] gmx [dot] net", f"{n}(at)posteo(dot)de", f"react@^18.{rng.randint(0, 3)}.0",
        f"ssh://deploy@build{rng.randint(1, 9)}", f"{n}@localhost",
    ])


PHONE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    for _ in range(300):
        ex = phonenumbers.example_number_for_type(region, rng.choice(PHONE_TYPES))
        if ex is None:
            continue
        nsn = phonenumbers.national_significant_number(ex)
        k = min(len(nsn) - 3, 6)
        cand = nsn[: len(nsn) - k] + "".join(rng.choice("0123456789") for _ in range(k))
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    raise AssertionError(region)


def phone_ok(text: str, region: str | None = None) -> bool:
    """Valid (extension stripped) for `region`, or for any region a page of this set uses."""
    bare = to_ascii_digits(EXT_RE.sub("", text))
    for reg in ([region] if region else []) + ALL_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(bare, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def phone(rng: random.Random, region: str, lang: str = "en", ext: bool = False) -> str:
    num = phone_number(rng, region)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    style = rng.randrange(10)
    text = [nat, intl, phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164), "00" + intl[1:],
            intl.replace(" ", "."), nat.replace(" ", "/", 1), intl.replace(" ", "\u00a0"), nat, intl,
            nat.replace(" ", "-")][style]
    if (style == 5 and region not in ("DE", "AT", "CH", "LI")) or (style == 9 and "(" in nat):
        text = nat
    if style == 8 and nat.startswith("0"):
        text = intl.split(" ", 1)[0] + " (0)" + nat[1:]
    if not phone_ok(text, region):
        text = intl
    if lang == "ar" and rng.random() < 0.3:
        text = text.translate({ord(str(i)): c for i, c in enumerate(DIGITS_AR)})
    elif lang == "fa" and rng.random() < 0.4:
        text = text.translate({ord(str(i)): c for i, c in enumerate(DIGITS_FA)})
    elif lang in ("ja", "zh") and rng.random() < 0.2:
        text = text.translate({ord(str(i)): c for i, c in enumerate(DIGITS_FW)})
    if ext:
        text += f" {LEX[lang]['ext']} {rng.randint(2, 999)}"
    assert phone_ok(text, region), text
    return text


def us_phone(rng: random.Random, ext: bool = False) -> str:
    while True:
        area = rng.choice([212, 213, 312, 404, 415, 503, 512, 602, 617, 702, 713, 801, 907, 919, 971])
        num = f"{area}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
        if num[3:6] == "555":
            continue
        text = rng.choice([f"({num[:3]}) {num[3:6]}-{num[6:]}", f"{num[:3]}-{num[3:6]}-{num[6:]}",
                           f"{num[:3]}.{num[3:6]}.{num[6:]}", f"+1 {num[:3]} {num[3:6]} {num[6:]}",
                           f"1-{num[:3]}-{num[3:6]}-{num[6:]}", f"+1{num}"])
        if ext:
            text += rng.choice([" ext. ", " x", " Ext "]) + str(rng.randint(10, 9999))
        if phone_ok(text, "US"):
            return text


# ------------------------------------------------------------------------- phone-shaped non-phones
def date_in(rng: random.Random, lang: str) -> str:
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if lang in ("zh", "ja"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}. {m}. {d}."
    if lang in ("sv", "en_iso"):
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "th":
        return f"{d}/{m}/{y + 543}"
    if lang == "fa":
        return f"{y - 621}/{m:02d}/{d:02d}"
    if lang == "cs":
        return f"{d}. {m}. {y}"
    if lang in ("nl", "hi"):
        return f"{d:02d}-{m:02d}-{y}"
    if lang in ("de", "pl", "tr", "ru", "uk", "bg", "he"):
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "us":
        return f"{m:02d}/{d:02d}/{y}"
    return f"{d:02d}/{m:02d}/{y}"


def amount_in(rng: random.Random, lang: str) -> str:
    whole, cents = rng.randint(1000, 98000), rng.randint(0, 99)
    if lang in ("de", "nl", "it", "es", "pt", "tr", "el", "id"):
        s = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    elif lang in ("fr", "pl", "sv", "cs", "ru", "uk", "bg"):
        s = f"{whole:,}".replace(",", "\u00a0") + f",{cents:02d}"
    else:
        s = f"{whole:,}.{cents:02d}"
    cur = {"de": "€", "fr": "€", "es": "€", "it": "€", "pt": "€", "nl": "€", "el": "€", "pl": "zł", "sv": "kr",
           "tr": "TL", "cs": "Kč", "ru": "₽", "uk": "грн", "bg": "лв.", "ar": "ر.س", "fa": "ریال", "he": "₪",
           "hi": "₹", "zh": "元", "ja": "円", "ko": "원", "th": "บาท"}.get(lang, "£")
    return f"{s} {cur}" if lang not in ("hi", "en") else f"{cur}{s}"


def phone_like_id(rng: random.Random) -> str:
    """A number shaped like a phone that is a reference of some kind (the label says so)."""
    return rng.choice([
        f"0{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"{rng.randint(1000, 9999)}/{rng.randint(100000, 999999)}", f"{rng.randint(10 ** 9, 10 ** 10 - 1)}",
        f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
    ])


def neg_line(rng: random.Random, lang: str) -> str:
    """One line of look-alikes in the page's language."""
    lx = LEX[lang]
    pick = rng.randrange(9)
    if pick == 0:
        return f"{lx['customer']} {phone_like_id(rng)}"
    if pick == 1:
        return f"{lx['order']} {phone_like_id(rng)} · {date_in(rng, lang)}"
    if pick == 2:
        return f"{lx['meter']}: {phone_like_id(rng)}"
    if pick == 3:
        return f"{lx['parcel']} {not_card(rng, 14)}"
    if pick == 4:
        return f"{lx['ref']} {phone_like_id(rng)} — {amount_in(rng, lang)}"
    if pick == 5:
        return f"{date_in(rng, lang)} {rng.randint(7, 11):02d}:{rng.choice(['00', '15', '30', '45'])}–{rng.randint(12, 20)}:00"
    if pick == 6:
        return f"https://{rng.choice(['www', 'm', 'shop'])}.example.{TLD[lang]}/item/{rng.randint(10 ** 7, 10 ** 9)}?p={rng.randint(100, 9999)}"
    if pick == 7:
        return f"IMG_{rng.randint(2019, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{rng.randint(100000, 235959)}.jpg · {rng.randint(40, 180)} × {rng.randint(30, 90)} cm"
    return f"{lx['ref']} {at_trap(rng)}"


# --------------------------------------------------------------------------------------- builder
class Doc:
    """Text built piece by piece; `v` appends a labelled value and records its span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.spans.append({"type": kind, "start": self.size, "end": self.size + len(value), "text": value})
        return self.t(value)

    def sent(self, template: str, kind: str, value: str) -> Doc:
        head, tail = template.split("{}")
        return self.t(head).v(kind, value).t(tail)

    def text(self) -> str:
        return "".join(self.parts)


P, E, IP, CC, IB, SS = "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"


# ----------------------------------------------------------------------------- web pages by people
WEB = ["lost_pet_poster", "who_called_forum", "house_sitting_offer", "yard_sale_listing", "nanny_ad",
       "barber_booking", "messenger_chat_export", "firewood_delivery_ad", "language_exchange_post",
       "found_phone_notice", "home_exchange_offer", "window_cleaning_flyer"]
WEB_TITLE = {"lost_pet_poster": "lost", "who_called_forum": "whocalled", "house_sitting_offer": "housesit",
             "yard_sale_listing": "yardsale", "nanny_ad": "nanny", "barber_booking": "barber",
             "messenger_chat_export": "write", "firewood_delivery_ad": "firewood",
             "language_exchange_post": "langex", "found_phone_notice": "foundphone",
             "home_exchange_offer": "homeswap", "window_cleaning_flyer": "windows"}


def web_doc(rng: random.Random, register: str, layout: int, lang: str) -> Doc:
    lx, region = LEX[lang], rng.choice(REGIONS[lang])
    doc = Doc()
    tld = TLD[lang]
    if register == "messenger_chat_export":
        people = rng.sample(NAMES, 3)
        for i in range(rng.randint(4, 7)):
            who = people[i % 3]
            stamp = f"[{date_in(rng, lang)} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}]" if layout != 1 \
                else f"{rng.randint(8, 23):02d}:{rng.randint(0, 59):02d} - {who}:"
            doc.t(stamp + (f" {who}: " if layout != 1 else " "))
            pick = (i + layout) % 5
            if pick == 0:
                doc.sent(lx["call"], P, phone(rng, region, lang))
            elif pick == 1:
                doc.sent(lx["write"], E, email(rng, tld))
            elif pick == 2:
                doc.t(neg_line(rng, lang))
            elif pick == 3:
                doc.v(P, phone(rng, region, lang)).t(" / ").t(lx["ref"] + " " + phone_like_id(rng) if layout == 2 else lx["customer"] + ": " + phone_like_id(rng))
            else:
                doc.sent(lx["wire"], IB, iban(rng, rng.choice(IBAN_COUNTRY[lang]), rng.choice(["print", "compact"]))) \
                    if rng.random() < 0.6 else doc.t(lx["card"] + ": ").v(CC, card(rng))
            doc.t("\n")
        return doc
    doc.t(lx[WEB_TITLE[register]].upper() if layout == 0 else lx[WEB_TITLE[register]], "\n")
    doc.t(date_in(rng, lang), " · ", amount_in(rng, lang), "\n\n")
    if layout == 0:  # label lines, label before the value
        doc.t(f"{lx['phone']}: ").v(P, phone(rng, region, lang, ext=rng.random() < 0.2)).t("\n")
        doc.t(f"{lx['ref']} {phone_like_id(rng)}\n")
        if rng.random() < 0.5:
            doc.t(f"{lx['phone']}/{lx['fax']} ").v(P, phone(rng, region, lang)).t(" / ").v(P, phone(rng, region, lang)).t(f" · {phone_like_id(rng)}\n")
        if rng.random() < 0.6:
            doc.t(f"{lx['mobile']}: ").v(P, phone(rng, region, lang)).t(" · ").t(f"{lx['customer']} {phone_like_id(rng)}\n")
        doc.t(f"{lx['email'].upper()} ").v(E, email(rng, tld)).t(f" · {at_trap(rng)}\n")
        if rng.random() < 0.55:
            doc.t(f"{lx['card']} ").v(CC, card(rng)).t(f" · {lx['order']} {not_card(rng, 16)}\n")
        if rng.random() < 0.75:
            doc.t(f"{lx['iban']}: ").v(IB, iban(rng, rng.choice(IBAN_COUNTRY[lang]), rng.choice(["print", "compact", "lower"]))).t("\n")
            doc.t(f"{lx['ref']}: {bad_iban(rng, rng.choice(IBAN_COUNTRY[lang]))}\n")
    elif layout == 1:  # a table whose header is far above the values
        doc.t(f"| # | {lx['phone']} / {lx['fax']} | {lx['order']} | {lx['email']} |\n|---|---|---|---|\n")
        for i in range(rng.randint(2, 4)):
            doc.t(f"| {i + 1} | ").v(P, phone(rng, region, lang))
            if rng.random() < 0.4:
                doc.t(" / ").v(P, phone(rng, region, lang))
            doc.t(f" | {phone_like_id(rng)} | ")
            if rng.random() < 0.35:
                doc.v(E, email(rng, tld))
            else:
                doc.t(at_trap(rng))
            doc.t(" |\n")
        if rng.random() < 0.5:
            doc.t(f"{lx['iban']} ").v(IB, iban(rng, rng.choice(IBAN_COUNTRY[lang]), rng.choice(["print", "compact"]))).t(f" · {lx['ref']} {phone_like_id(rng)}\n")
        if rng.random() < 0.6:
            doc.t(f"{lx['card']}: ").v(CC, card(rng)).t(f" · **** **** **** {rng.randint(1000, 9999)}\n")
    else:  # prose only
        doc.t(neg_line(rng, lang), "\n")
        doc.sent(lx["call"], P, phone(rng, region, lang)).t(" ")
        doc.sent(lx["write"], E, email(rng, tld)).t("\n")
        if rng.random() < 0.75:
            doc.sent(lx["wire"], IB, iban(rng, rng.choice(IBAN_COUNTRY[lang]), rng.choice(["print", "compact"]))).t("\n")
        else:
            doc.t(f"{lx['mobile']} ").v(P, phone(rng, region, lang)).t("\n")
        if rng.random() < 0.6:
            doc.t(f"{lx['card'].upper()} ").v(CC, card(rng)).t(f" ({lx['ref']} {phone_like_id(rng)})\n")
    doc.t("\n", neg_line(rng, lang), "\n", neg_line(rng, lang), "\n", neg_line(rng, lang), "\n")
    return doc


# --------------------------------------------------------------------------------- US paperwork
US = ["small_claims_filing", "credit_freeze_letter", "identity_theft_affidavit", "direct_deposit_form",
      "irs_cp2000_response", "va_claim_worksheet", "name_change_petition", "sweepstakes_affidavit",
      "p2p_payment_dispute_chat"]
US_HEAD = {
    "small_claims_filing": "SMALL CLAIMS COURT - PLAINTIFF'S CLAIM AND ORDER TO GO TO COURT (SC-100)",
    "credit_freeze_letter": "Re: Request to place a security freeze on my credit file",
    "identity_theft_affidavit": "IDENTITY THEFT AFFIDAVIT - Victim Information",
    "direct_deposit_form": "DIRECT DEPOSIT ENROLLMENT / CHANGE FORM",
    "irs_cp2000_response": "Response to Notice CP2000 - Tax Year 2024",
    "va_claim_worksheet": "Veterans benefits claim worksheet (prep copy, not VA Form 21-526EZ)",
    "name_change_petition": "PETITION FOR CHANGE OF NAME - Superior Court of the County",
    "sweepstakes_affidavit": "AFFIDAVIT OF ELIGIBILITY, LIABILITY RELEASE AND PUBLICITY RELEASE",
    "p2p_payment_dispute_chat": "Chat transcript - Payments Support",
}
SSN_LABELS = ["SSN:", "SSN", "Social Security Number:", "SOCIAL SECURITY NO.", "Soc. Sec. #", "SS#", "S.S.N.",
              "Social Security No", "SSN/TIN:", "Taxpayer SSN"]


def us_doc(rng: random.Random, register: str, layout: int) -> Doc:
    doc = Doc().t(US_HEAD[register], "\n")
    doc.t(f"Date: {date_in(rng, 'us')}   Case/Claim No. {rng.randint(10, 99)}-{rng.randint(100000, 999999)}\n\n")
    chat = register == "p2p_payment_dispute_chat"
    if (chat and layout == 0) or (not chat and layout == 2):  # chat, or a letter in prose
        agent = rng.choice(["Agent Kayla", "Support (Marcus)", "Rep #4471"]) if chat else "Your notice states"
        me = "Me: " if chat else ""

        def say(chat_words: str, letter_words: str) -> str:
            return chat_words if chat else letter_words

        if not chat and rng.random() < 0.7:
            doc.t(rng.choice(["Taxpayer SSN: ", "RE: SSN ", "Social Security No. (claimant) ", "Your SSN "]))
            doc.v(SS, ssn(rng, rng.choice(["dash", "space", "bare"]))).t(f"   Notice date {date_in(rng, 'us')}\n\n")
        lines = [
            lambda: doc.t(me + say("my social is ", "My Social Security number is ")).v(SS, ssn(rng, rng.choice(["dash", "bare", "space"]))).t(", not ").t(not_ssn(rng)).t(" (that one is on the old return)"),
            lambda: doc.t(f"{agent}: Thanks. Which card was charged? ").t(f"The one ending {rng.randint(1000, 9999)}?"),
            lambda: doc.t(me + say("no, it was ", "The charge was made on card ")).v(CC, card(rng)).t(f", charged ${rng.randint(20, 999)}.{rng.randint(0, 99):02d} on {date_in(rng, 'us')}"),
            lambda: doc.t(me + say("call me back at ", "Please call me at ")).v(P, us_phone(rng)).t(f" after 5, my confirmation # is {phone_like_id(rng)}"),
            lambda: doc.t(me + say("or email ", "You can also email me at ")).v(E, email(rng, rng.choice(["com", "net", "org"]))).t(f" (not {at_trap(rng)})"),
            lambda: doc.t(f"{agent}: I see a login from ").v(IP, ip4(rng, "public")).t(" and one from ").v(IP, ip6(rng) if rng.random() < 0.4 else ip4(rng)),
            lambda: doc.t(me + f"routing {routing(rng)}, account {not_card(rng, rng.randint(10, 12))} - the SSN on file should be ").v(SS, ssn(rng, "dash")),
            lambda: doc.t(me + say("I also sent it by mistake to IBAN ", "A payment was also sent in error to IBAN ")).v(IB, iban(rng, rng.choice(["GB", "DE", "PL", "IT"]), "compact")).t(f" (their ref {phone_like_id(rng)})"),
            lambda: doc.t(f"{agent}: EIN on the business account is {not_ssn(rng)}; your SSN ").v(SS, ssn(rng, rng.choice(["dash", "space"]))).t(" matches."),
        ]
        lines += [lines[0], lines[2], lines[6]]
        rng.shuffle(lines)
        for line in lines[: rng.randint(5, 8)]:
            line()
            doc.t("\n")
        doc.t(f"\nSincerely,\n{rng.choice(NAMES).title()} {rng.choice(['Lopez', 'Nguyen', 'Miller', 'Okafor', 'Kim'])}\n")
        return doc
    if layout == 0:  # form printed to text: label before, sometimes after
        doc.t("Full name ______ ", rng.choice(NAMES).title(), "\n")
        doc.t(rng.choice(SSN_LABELS), " ").v(SS, ssn(rng, rng.choice(["dash", "dash", "space", "bare", "dot"]))).t("\n")
        doc.t(f"Driver license {rng.choice('ABCDFGW')}{rng.randint(1000000, 9999999)}   DOB {date_in(rng, 'us')}\n")
        doc.t("Daytime phone ").v(P, us_phone(rng, ext=rng.random() < 0.2)).t("   Evening ").v(P, us_phone(rng)).t("\n")
        doc.t("Fax ").v(P, us_phone(rng)).t(f"   Confirmation {phone_like_id(rng)}\n")
        if register in ("direct_deposit_form", "sweepstakes_affidavit", "va_claim_worksheet") and rng.random() < 0.8:
            doc.t("Foreign account (IBAN) for international payout: ").v(IB, iban(rng, rng.choice(["GB", "DE", "FR", "MX" if False else "ES", "IE", "NL"]), rng.choice(["print", "compact"]))).t("\n")
        doc.t("E-mail address: ").v(E, email(rng, "com")).t("\n")
        doc.t(f"Employer EIN {not_ssn(rng)}   Spouse SSN {not_ssn(rng)}\n")
        if rng.random() < 0.85:
            doc.t(rng.choice(["Co-applicant ", "Spouse/partner ", "Dependent 1 ", "Joint filer "]), rng.choice(SSN_LABELS), " ").v(SS, ssn(rng, rng.choice(["dash", "space"]))).t(f"   ITIN {not_ssn(rng)}\n")
        if rng.random() < 0.5:
            doc.t("Second card ").v(CC, card(rng)).t(f"   Luhn-failed entry {card(rng, bad=True)}\n")
        doc.t(f"ABA routing {routing(rng)}   Acct # {not_card(rng, rng.randint(8, 13))}\n")
        if rng.random() < 0.7:
            doc.t("Card on file (for filing fee): ").v(CC, card(rng)).t(f"  exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}  CVV ***\n")
        doc.t(f"Card used in fraud: XXXX-XXXX-XXXX-{rng.randint(1000, 9999)}   tracking {not_card(rng, 16)}\n")
        doc.t("Submitted from IP ").v(IP, ip4(rng)).t(f" at {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM   form {ip_trap(rng)}\n")
        doc.t(f"Page {rng.randint(1, 3)} of {rng.randint(3, 6)}   ZIP {rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}\n")
    else:  # spreadsheet pasted as text, header far above
        sep = rng.choice(["\t", ",", " | "])
        cols = ["Name", "SSN", "Phone", "Email", "Card", "Amount", "Ref"]
        doc.t(sep.join(cols), "\n")
        for _ in range(rng.randint(3, 6)):
            doc.t(rng.choice(NAMES).title(), sep).v(SS, ssn(rng, rng.choice(["bare", "dash", "space"]))).t(sep)
            doc.v(P, us_phone(rng)).t(sep)
            doc.v(E, email(rng, rng.choice(["com", "net", "us"]))).t(sep)
            if rng.random() < 0.8:
                doc.v(CC, card(rng))
            else:
                doc.t(card(rng, bad=True))
            doc.t(sep, f"{rng.randint(10, 9999)}.{rng.randint(0, 99):02d}", sep, str(rng.randint(10 ** 8, 10 ** 9 - 1)), "\n")
        doc.t(f"\nBatch {rng.randint(10 ** 8, 10 ** 9 - 1)}  Routing {routing(rng)}  ITIN {not_ssn(rng)}  IMEI {luhn_complete('35' + str(rng.randint(10 ** 11, 10 ** 12 - 1)))}\n")
    return doc


# ------------------------------------------------------------------------------- machine output
MACHINE = ["rspamd_log", "alertmanager_webhook", "auditd_ausearch", "sentry_event", "rabbitmq_broker_log",
           "frr_bgp_summary", "ss_socket_dump", "fastly_cdn_log", "osquery_results", "journald_export"]


def stamp(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def any_ip(rng: random.Random) -> str:
    return ip6(rng) if rng.random() < 0.3 else ip4(rng)


def with_port(doc: Doc, rng: random.Random, addr: str | None = None) -> Doc:
    addr = addr or any_ip(rng)
    port = rng.choice([22, 443, 5672, 8080, 9100, 25, 587, rng.randint(1024, 65535)])
    if ":" in addr:
        return doc.t("[").v(IP, addr).t(f"]:{port}")
    return doc.v(IP, addr).t(f":{port}")


def machine_doc(rng: random.Random, register: str, layout: int) -> Doc:
    doc = Doc()
    n = rng.randint(2, 4)
    for _ in range(n):
        if register == "rspamd_log":
            qid = f"{rng.getrandbits(24):06x}"
            if layout == 0:
                doc.t(f"{stamp(rng)} #{rng.randint(1000, 9999)}(normal) <{qid}>; task; rspamd_task_write_log: id: ")
                doc.t(at_trap(rng) if rng.random() < 0.5 else f"<{qid}.{rng.randint(1000, 9999)}@mail.example.org>")
                doc.t(", ip: ").v(IP, any_ip(rng)).t(", from: <").v(E, email(rng, "de")).t(">, (default: F (no action): [")
                doc.t(f"{rng.uniform(-3, 14):.2f}/15.00]), len: {rng.randint(900, 90000)}, time: {rng.uniform(10, 900):.3f}ms\n")
            elif layout == 1:
                doc.t('{"qid":"', qid, '","ip":"').v(IP, any_ip(rng)).t('","user":"').t(at_trap(rng).replace('"', "")).t('","rcpt":["')
                doc.v(E, email(rng, "net")).t('"],"score":', f"{rng.uniform(0, 20):.2f}", ',"version":"3.', str(rng.randint(5, 9)), '"}\n')
            else:
                doc.t(f"ts={stamp(rng)} action=reject ip=").v(IP, any_ip(rng)).t(" mime_rcpt=").v(E, email(rng, "fr"))
                doc.t(f" symbols=RBL_SPAMHAUS(1.0),R_DKIM_ALLOW(-0.2) mask={rng.choice(['255.255.255.0', '255.255.0.0', '0.0.0.255', '255.255.255.252'])}\n")
        elif register == "alertmanager_webhook":
            inst = ip4(rng, "private")
            if layout == 0:
                doc.t('{"status":"firing","labels":{"alertname":"NodeDown","instance":"').v(IP, inst).t(':9100","job":"node"},')
                doc.t(f'"startsAt":"{stamp(rng)}","generatorURL":"http://prom:9090/graph?g0.expr=up%3D%3D0"}}\n')
            elif layout == 1:
                doc.t(f"[FIRING:{rng.randint(1, 9)}] HighLatency instance=").v(IP, inst).t(f":8080 p99={rng.randint(200, 900)}ms ")
                doc.t("on-call ").v(P, phone(rng, rng.choice(["DE", "GB", "NL", "FR", "US" if False else "IE"]), "en")).t(f" runbook rev {ip_trap(rng)}\n")
            else:
                doc.t("receiver=team-mail to=").v(E, email(rng, "io")).t(" instance=").v(IP, any_ip(rng))
                doc.t(f" oid=1.3.6.1.4.1.{rng.randint(2000, 60000)}.{rng.randint(1, 20)}.{rng.randint(0, 9)} severity=page fingerprint={rng.getrandbits(64):016x}\n")
        elif register == "auditd_ausearch":
            if layout == 0:
                doc.t(f"type=USER_LOGIN msg=audit({rng.randint(1700000000, 1800000000)}.{rng.randint(100, 999)}:{rng.randint(100, 99999)}): pid={rng.randint(100, 65000)} uid=0 auid={rng.randint(1000, 1999)} ")
                doc.t("msg='op=login acct=\"").t(rng.choice(NAMES)).t('" exe="/usr/sbin/sshd" hostname=? addr=').v(IP, any_ip(rng)).t(" terminal=ssh res=success'\n")
            elif layout == 1:
                doc.t(f"----\ntime->{date_in(rng, 'us')} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}\n")
                doc.t("type=SOCKADDR msg=audit(...) : saddr={ fam=inet laddr=").v(IP, ip4(rng)).t(f" lport={rng.randint(1, 65535)} }}\n")
            else:
                doc.t(f"{rng.randint(1, 99)}. {date_in(rng, 'us')} ").v(IP, any_ip(rng)).t(f" ssh {rng.choice(NAMES)} yes {rng.randint(100, 9999)} (loopback 127.0.0.1 skipped)\n")
        elif register == "sentry_event":
            if layout == 0:
                doc.t('{"event_id":"', f"{rng.getrandbits(128):032x}", '","user":{"ip_address":"').v(IP, any_ip(rng)).t('","email":"')
                doc.v(E, email(rng, "com")).t('"},"release":"web@', f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", '"}\n')
            elif layout == 1:
                doc.t("ValidationError: card rejected\n  request.data.card_number = '").v(CC, card(rng)).t("'\n")
                doc.t(f"  request.data.order_id = '{not_card(rng, 16)}'  request.data.ssn_last4 = '{rng.randint(1000, 9999)}'\n")
                if rng.random() < 0.7:
                    doc.t("  request.data.applicant.ssn = '").v(SS, ssn(rng, rng.choice(["bare", "dash"]))).t(f"'  request.data.routing = '{routing(rng)}'\n")
            else:
                doc.t("breadcrumb http POST /api/payout body={'iban': '").v(IB, iban(rng, rng.choice(["DE", "NL", "FR", "ES"]), "compact"))
                doc.t("', 'phone': '").v(P, phone(rng, rng.choice(["DE", "NL", "FR", "ES", "IT"]), "en").replace("\u00a0", " ")).t(f"', 'amount': {rng.randint(1000, 99999)}}}\n")
        elif register == "rabbitmq_broker_log":
            if layout == 0:
                doc.t(f"{stamp(rng)} [info] <0.{rng.randint(100, 9999)}.0> accepting AMQP connection <0.{rng.randint(100, 9999)}.0> (")
                with_port(doc, rng).t(" -> ")
                with_port(doc, rng, ip4(rng, "private")).t(")\n")
            elif layout == 1:
                doc.t("connection_closed_abruptly user=").t(rng.choice(NAMES)).t(" vhost=/ peer_host=").v(IP, any_ip(rng)).t(f" peer_port={rng.randint(1024, 65535)} client=pika 1.3.{rng.randint(0, 9)}\n")
            else:
                doc.t(f"{rng.randint(100, 999)},").v(IP, ip4(rng)).t(f",{rng.randint(1024, 65535)},amqp091,running,{rng.randint(0, 99)}\n")
        elif register == "frr_bgp_summary":
            if layout == 0:
                doc.t("").v(IP, any_ip(rng)).t(f"  4  {rng.randint(64512, 65534)}  {rng.randint(1000, 99999)}  {rng.randint(1000, 99999)}  0  0  0 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}  {rng.randint(1, 900000)}\n")
            elif layout == 1:
                doc.t("BGP neighbor is ").v(IP, ip4(rng)).t(f", remote AS {rng.randint(1000, 65000)}, local AS {rng.randint(1000, 65000)}, external link\n  Community {rng.randint(1000, 65000)}:{rng.randint(1, 999)}  Hold time 180\n")
            else:
                doc.t("  Next hop ").v(IP, ip4(rng)).t(f", metric 0, localpref 100, AS path {rng.randint(1000, 65000)} {rng.randint(1000, 65000)} i, community {rng.randint(1000, 65000)}:{rng.randint(1, 999)}\n")
        elif register == "ss_socket_dump":
            if layout == 0:
                doc.t("ESTAB 0 0 ")
                with_port(doc, rng, ip4(rng, "private")).t("  ")
                with_port(doc, rng).t(f' users:(("sshd",pid={rng.randint(100, 65000)},fd={rng.randint(3, 9)}))\n')
            elif layout == 1:
                local = str(ipaddress.IPv6Address(f"fe80::{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}"))
                doc.t(f"LISTEN 0 {rng.choice([128, 511, 4096])} 0.0.0.0:{rng.randint(20, 9999)} 0.0.0.0:*\nESTAB 0 0 [")
                doc.v(IP, local).t(f"%eth{rng.randint(0, 2)}]:{rng.randint(20, 9999)} [").v(IP, ip6(rng)).t(f"]:{rng.randint(1024, 65535)}\n")
            else:
                doc.t("tcp,ESTAB,").v(IP, any_ip(rng)).t(f",{rng.randint(1024, 65535)},").v(IP, any_ip(rng)).t(f",{rng.randint(1, 9999)},rtt:{rng.uniform(0.1, 90):.3f}/{rng.uniform(0.1, 9):.3f}\n")
        elif register == "fastly_cdn_log":
            if layout == 0:
                doc.t(f"<134>{stamp(rng)} cache-fra-{rng.choice(['eddf', 'etou'])}{rng.randint(8000, 8999)} syslog[{rng.randint(100, 999)}]: ")
                doc.v(IP, any_ip(rng)).t(f' "GET /p/{rng.randint(10 ** 6, 10 ** 8)}.html" {rng.choice([200, 304, 404])} {rng.randint(200, 90000)} HIT\n')
            elif layout == 1:
                doc.t('{"timestamp":"', stamp(rng), '","client_ip":"').v(IP, any_ip(rng)).t(f'","pop":"AMS","status":{rng.choice([200, 503])},"bytes":{rng.randint(100, 99999)},"tls":"TLSv1.3","ver":"{ip_trap(rng)}"}}\n')
            else:
                doc.t(f"{stamp(rng)},").v(IP, any_ip(rng)).t(f",{rng.choice(['LHR', 'NRT', 'GRU'])},MISS,{rng.uniform(0, 2):.3f},/u/{rng.randint(10 ** 8, 10 ** 9)}\n")
        elif register == "osquery_results":
            if layout == 0:
                doc.t('{"name":"logged_in_users","hostIdentifier":"', f"ws-{rng.randint(100, 999)}", '","columns":{"user":"', rng.choice(NAMES), '","host":"').v(IP, any_ip(rng)).t('"},"action":"added"}\n')
            elif layout == 1:
                doc.t(f"| {rng.randint(100, 65000)} | sshd | ").v(IP, ip4(rng, rng.choice(["private", "link"]))).t(f" | {rng.randint(20, 9999)} | ").v(IP, ip4(rng)).t(f" | {rng.randint(1024, 65535)} |\n")
            else:
                doc.t("interface_addresses: interface=en0 address=").v(IP, any_ip(rng)).t(f" mask=255.255.{rng.choice([0, 240, 255])}.0 type=dhcp\n")
        else:  # journald_export
            if layout == 0:
                doc.t(f"{date_in(rng, 'en')} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} host systemd-networkd[{rng.randint(100, 999)}]: eth0: DHCPv4 address ").v(IP, ip4(rng, "private")).t("/24, gateway ").v(IP, ip4(rng, "private")).t(" acquired\n")
            elif layout == 1:
                doc.t('{"__REALTIME_TIMESTAMP":"', f"17{rng.randint(10 ** 13, 10 ** 14 - 1)}", '","_COMM":"chronyd","MESSAGE":"Selected source ').v(IP, any_ip(rng)).t('"}\n')
            else:
                doc.t(f"MESSAGE=Accepted publickey for {rng.choice(NAMES)} from ").v(IP, any_ip(rng)).t(f" port {rng.randint(1024, 65535)} ssh2\n_PID={rng.randint(100, 65000)}\n")
    # look-alikes every tool prints
    doc.t(f"# {ip_trap(rng)} {at_trap(rng)} id={rng.randint(10 ** 8, 10 ** 9 - 1)} t={rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(1000, 9999)}\n")
    return doc


# ---------------------------------------------------------------------------------------- set
def generate(half: str = "blind24") -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    plan = [(r, "web") for r in WEB] + [(r, "us") for r in US] + [(r, "machine") for r in MACHINE]
    for register, kind in plan:
        count = {"web": 50, "us": 42, "machine": 34}[kind]
        for i in range(count):
            layout = i % 3
            if kind == "web":
                lang = LANGS[(i + len(rows)) % len(LANGS)]
                doc = web_doc(rng, register, layout, lang)
                url = f"https://{rng.choice(['www', 'forum', 'm'])}.{register.split('_')[0]}-{lang}.{TLD[lang]}/{rng.randint(100, 99999)}"
            elif kind == "us":
                lang, doc = "en", us_doc(rng, register, layout)
                url = f"https://docs.example-{register.split('_')[0]}.us/{rng.randint(100, 99999)}.txt"
            else:
                lang, doc = "en", machine_doc(rng, register, layout)
                url = f"https://paste.example.net/{register}/{rng.getrandbits(32):08x}"
            rows.append({"id": f"{half}-{len(rows)}", "half": half, "register": register, "url": url,
                         "language": lang, "text": doc.text(), "spans": doc.spans})
    check_rows(rows)
    return rows


def check_rows(rows: list[dict]) -> None:
    """The set's integrity checks; raises AssertionError naming the first bad span."""
    for row in rows:
        text, last = row["text"], 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            value, where = span["text"], f"{row['id']} {span}"
            assert text[span["start"]:span["end"]] == value, where
            assert span["start"] >= last, "overlap " + where
            last = span["end"]
            before = text[span["start"] - 1] if span["start"] else " "
            after = text[span["end"]] if span["end"] < len(text) else " "
            assert not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()), "glued " + where
            kind = span["type"]
            if kind == P:
                assert phone_ok(value), where
            elif kind == CC:
                digits = re.sub(r"[ \-]", "", value)
                assert digits.isdigit() and luhn_ok(digits) and card_brand_ok(digits), where
            elif kind == IB:
                assert iban_ok(value), where
            elif kind == IP:
                assert ip_ok(value), where
            elif kind == SS:
                assert ssn_ok(value), where
            elif kind == E:
                assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", value), where
            else:
                raise AssertionError(where)


def load() -> list[dict]:
    """The committed set's rows."""
    return read_rows(DATA)


def print_counts(rows: list[dict]) -> None:
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    print("spans per type:", {k: f"{v} ({v / total:.1%})" for k, v in types.most_common()})
    print("documents per register:", dict(Counter(r["register"] for r in rows)))
    print("documents per language:", dict(Counter(r["language"] for r in rows)))


if __name__ == "__main__":
    print_counts(generate())
    write_sets("pii_", {"blind24": (DATA,)}, generate, __doc__.splitlines()[0])
