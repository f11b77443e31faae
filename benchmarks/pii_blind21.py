"""A twenty-first blind PII test set (blind21): ~1,000 labelled documents, written without sight of the PII step.

Written by a twenty-first helper author who read only issue 26, the docstrings of the earlier PII set
generators (to pick registers none of them names), `read_rows`/`write_sets` of pii_blind.py and one row
of pii_blind3.jsonl; never stages/pii*.py, its tests, docs/pii.md or another generator's value makers.
Seed fixed (2121), deterministic. `python benchmarks/pii_blind21.py --write-set` rewrites
benchmarks/data/pii_blind21.jsonl; `load()` returns the committed rows.

Registers (26, each with 3 layouts: label lines, a table with headers far above the values, prose or
chat; at most 50 documents each). People's pages, each wholly in its language:
condo_assembly_minutes (it es pt fr), apartment_management_fee_notices (ko ja zh),
group_buy_chats (zh th ru), matrimonial_profiles (hi ar fa tr), volunteer_fundraiser_posts
(uk pl bg cs), estate_agent_listings (fa ar he el tr), lost_and_found_boards (ja ko de nl sv),
vet_clinic_reminders (de fr nl sv el), club_membership_applications (de cs pl it),
wine_cooperative_orders (fr it es pt bg), hackerspace_member_wikis (de nl sv ru uk).
US paperwork and exports (en, some es): direct_deposit_enrollments, va_claim_intake_sheets,
court_fee_waiver_requests, hoa_dues_ledgers, carrier_port_out_requests, escrow_wire_instruction_forms,
ssn_leak_paste_dumps. Machine output: kong_gateway_logs, unifi_controller_logs,
strongswan_charon_logs, arpwatch_reports, masscan_outputs, ss_lsof_socket_listings,
haraka_mail_logs, adguard_home_querylogs.

Languages: de fr es it pt nl pl cs sv ru uk bg el ar fa he hi tr zh ja ko th en. Phones of 60+ regions
(phonenumbers example numbers with random line digits, kept only when valid), written national,
international, E.164, 00-prefixed, with (0) trunk, dots, slashes, non-breaking spaces, full-width or
Arabic-Indic digits, with extensions in several languages, Tel/Fax pairs, in tables and in prose.

Span rules (blind3's policy): a span is exactly the value (no label, bracket, mailto:, port, CIDR
prefix, zone id, trailing punctuation); a phone extension written right after it belongs to the span;
e-mails need "@" and a dotted domain (Message-IDs, package@version, handles, git/ssh remotes,
image digests, user@host prompts, obfuscated forms: not labelled); IPs: loopback, unspecified,
netmasks and broadcast not labelled, private/link-local/public labelled; IBANs valid per schwifty
(lower case and print groups labelled, wrong check digit not); cards Luhn-valid with a real brand
prefix and length (masked, Luhn-invalid, IMEIs not); US SSNs only with a valid area/group/serial
(ITINs, EINs, 000/666/9xx areas, group 00, serial 0000 not), an unseparated SSN only where a label,
header or sentence marks it. Hard negatives beside values everywhere: dates, times, prices, order and
case numbers, routing numbers, ZIP+4, EINs, ITINs, masked cards, IMEIs, versions, OIDs, netmasks.
Checks on writing: span text == text[start:end], no overlaps, spans not glued to an ASCII letter or
digit, phones valid, cards Luhn + brand, IBANs valid, IPs parse and not excluded, SSNs valid.
"""

import ipaddress
import json
import random
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

ROOT = Path(__file__).resolve().parent
SETS = {"blind21": (ROOT / "data" / "pii_blind21.jsonl",)}
SEED = 2121
PNF = phonenumbers.PhoneNumberFormat

# ---------------------------------------------------------------- languages
# lang: phone, mobile, fax, email, iban, card, ref, ext, regions, iban countries, names, call, wire, mail, dates
L = {
    "de": ("Telefon", "Handy", "Fax", "E-Mail", "IBAN", "Kreditkarte", "Aktenzeichen", "Durchwahl",
           ["DE", "AT", "CH", "LI", "LU"], ["DE", "AT", "CH"], ["Jürgen Weiß", "Anke Böhm", "Tobias Krüger"],
           "ruft mich einfach unter {} an", "bitte überweist auf {}", "schreibt mir an {}", "%d.%m.%Y"),
    "fr": ("Tél.", "Portable", "Fax", "Courriel", "IBAN", "Carte bancaire", "Réf.", "poste",
           ["FR", "BE", "CH", "MA", "SN", "CA", "LU", "TN"], ["FR", "BE", "LU"], ["Aurélie Martin", "Benoît Lefèvre", "Chloé Garnier"],
           "appelez-moi au {}", "virement sur {}", "écrivez-moi à {}", "%d/%m/%Y"),
    "es": ("Teléfono", "Móvil", "Fax", "Correo", "IBAN", "Tarjeta", "N.º de expediente", "ext.",
           ["ES", "MX", "AR", "CO", "CL", "PE", "UY"], ["ES"], ["María José Ruiz", "Andrés Calvo", "Lucía Ortega"],
           "llámame al {}", "haz la transferencia a {}", "escríbeme a {}", "%d/%m/%Y"),
    "it": ("Tel.", "Cell.", "Fax", "E-mail", "IBAN", "Carta di credito", "Prot. n.", "int.",
           ["IT", "SM", "CH"], ["IT", "SM"], ["Giulia Rinaldi", "Marco Esposito", "Francesca Gallo"],
           "chiamatemi al {}", "bonifico su {}", "scrivetemi a {}", "%d/%m/%Y"),
    "pt": ("Telefone", "Telemóvel", "Fax", "E-mail", "IBAN", "Cartão", "Processo n.º", "ramal",
           ["PT", "BR", "AO", "MZ"], ["PT"], ["João Carvalho", "Inês Tavares", "Rui Monteiro"],
           "liga-me para o {}", "transferência para {}", "escreve para {}", "%d/%m/%Y"),
    "nl": ("Telefoon", "Mobiel", "Fax", "E-mail", "IBAN", "Creditcard", "Kenmerk", "toestel",
           ["NL", "BE", "SR"], ["NL", "BE"], ["Sanne de Vries", "Joris Bakker", "Femke Visser"],
           "bel me op {}", "maak het over naar {}", "mail naar {}", "%d-%m-%Y"),
    "pl": ("Tel.", "Kom.", "Faks", "E-mail", "Nr konta (IBAN)", "Karta", "Sygn.", "wew.",
           ["PL"], ["PL"], ["Katarzyna Wójcik", "Paweł Zieliński", "Agnieszka Lis"],
           "dzwońcie pod {}", "wpłaty na konto {}", "piszcie na {}", "%d.%m.%Y"),
    "cs": ("Tel.", "Mobil", "Fax", "E-mail", "IBAN", "Platební karta", "Č. j.", "linka",
           ["CZ", "SK"], ["CZ", "SK"], ["Petra Dvořáková", "Jiří Novotný", "Tereza Černá"],
           "volejte na {}", "posílejte na účet {}", "pište na {}", "%d. %m. %Y"),
    "sv": ("Telefon", "Mobil", "Fax", "E-post", "IBAN", "Kort", "Ärendenr", "ankn.",
           ["SE", "FI", "NO", "DK"], ["SE", "FI", "NO", "DK"], ["Elin Lindqvist", "Oskar Berg", "Maja Holm"],
           "ring mig på {}", "sätt in på {}", "mejla {}", "%Y-%m-%d"),
    "ru": ("Тел.", "Моб.", "Факс", "Эл. почта", "IBAN", "Карта", "Номер заказа", "доб.",
           ["RU", "KZ", "BY", "KG", "UZ"], ["KZ", "BY"], ["Ольга Смирнова", "Дмитрий Орлов", "Анна Козлова"],
           "звоните мне по номеру {}", "переводите на {}", "пишите на {}", "%d.%m.%Y"),
    "uk": ("Тел.", "Моб.", "Факс", "Ел. пошта", "IBAN", "Картка", "Реф.", "дод.",
           ["UA", "MD", "PL"], ["UA"], ["Оксана Мельник", "Тарас Бойко", "Ірина Шевчук"],
           "телефонуйте на {}", "переказ на рахунок {}", "пишіть на {}", "%d.%m.%Y"),
    "bg": ("Тел.", "Моб.", "Факс", "Имейл", "IBAN", "Карта", "Вх. №", "вътр.",
           ["BG", "MK", "RS"], ["BG"], ["Мария Петрова", "Георги Иванов", "Десислава Колева"],
           "обадете се на {}", "превод по сметка {}", "пишете на {}", "%d.%m.%Y"),
    "el": ("Τηλ.", "Κιν.", "Φαξ", "Email", "IBAN", "Κάρτα", "Αρ. πρωτ.", "εσωτ.",
           ["GR", "CY"], ["GR", "CY"], ["Ελένη Παπαδοπούλου", "Νίκος Γεωργίου", "Μαρία Αντωνίου"],
           "καλέστε στο {}", "κατάθεση στο {}", "στείλτε στο {}", "%d/%m/%Y"),
    "ar": ("هاتف", "جوال", "فاكس", "البريد الإلكتروني", "آيبان", "بطاقة", "رقم المرجع", "تحويلة",
           ["SA", "AE", "EG", "JO", "KW", "QA", "LB", "MA", "OM", "BH"], ["SA", "AE", "JO", "KW", "QA"],
           ["أحمد الشمري", "فاطمة الزهراني", "يوسف العتيبي"],
           "اتصل بي على {}", "التحويل إلى {}", "راسلني على {}", "%d/%m/%Y"),
    "fa": ("تلفن", "همراه", "فکس", "ایمیل", "شبا", "کارت", "شماره پرونده", "داخلی",
           ["IR", "AF"], ["IR"], ["مریم احمدی", "علی رضایی", "سارا کریمی"],
           "با شماره {} تماس بگیرید", "واریز به {}", "ایمیل بزنید به {}", "%Y/%m/%d"),
    "he": ("טלפון", "נייד", "פקס", "דוא\"ל", "IBAN", "כרטיס אשראי", "מס' תיק", "שלוחה",
           ["IL"], ["IL"], ["נועה כהן", "יוסי לוי", "מיכל אברהם"],
           "תתקשרו אליי ל-{}", "העברה ל-{}", "כתבו ל-{}", "%d.%m.%Y"),
    "hi": ("फ़ोन", "मोबाइल", "फ़ैक्स", "ईमेल", "IBAN", "कार्ड", "संदर्भ सं.", "एक्सटेंशन",
           ["IN", "NP"], ["AE"], ["प्रिया शर्मा", "राहुल वर्मा", "अनीता सिंह"],
           "मुझे {} पर कॉल करें", "{} में जमा करें", "{} पर ईमेल करें", "%d-%m-%Y"),
    "tr": ("Tel", "Cep", "Faks", "E-posta", "IBAN", "Kredi kartı", "Dosya no", "dahili",
           ["TR", "AZ", "CY"], ["TR", "AZ"], ["Ayşe Yılmaz", "Mehmet Öztürk", "Zeynep Kaya"],
           "beni {} numarasından arayın", "{} hesabına havale", "{} adresine yazın", "%d.%m.%Y"),
    "zh": ("电话", "手机", "传真", "邮箱", "IBAN", "信用卡", "订单号", "转",
           ["CN", "TW", "HK", "SG", "MO"], ["DE"], ["王芳", "李伟", "张静"],
           "请打{}联系我", "汇款至{}", "发邮件到{}", "%Y年%m月%d日"),
    "ja": ("電話", "携帯", "FAX", "メール", "IBAN", "カード", "受付番号", "内線",
           ["JP"], ["DE"], ["佐藤 花子", "鈴木 一郎", "高橋 美咲"],
           "{}までお電話ください", "{}へお振込みください", "{}までメールで", "%Y年%m月%d日"),
    "ko": ("전화", "휴대폰", "팩스", "이메일", "IBAN", "카드", "접수번호", "내선",
           ["KR"], ["DE"], ["김민지", "이준호", "박서연"],
           "{}로 연락 주세요", "{}로 입금 바랍니다", "{}로 메일 주세요", "%Y.%m.%d."),
    "th": ("โทร", "มือถือ", "แฟกซ์", "อีเมล", "IBAN", "บัตรเครดิต", "เลขที่อ้างอิง", "ต่อ",
           ["TH", "LA", "KH", "MY", "VN", "PH", "ID"], ["DE"], ["สมชาย ใจดี", "มาลี ศรีสุข", "วิชัย ทองดี"],
           "โทรหาฉันที่ {}", "โอนเข้าบัญชี {}", "ส่งอีเมลมาที่ {}", "%d/%m/%Y"),
    "en": ("Phone", "Cell", "Fax", "Email", "IBAN", "Card", "Case No.", "ext.",
           ["US", "CA", "PR", "GU"], ["GB", "IE"], ["Dana Whitfield", "Marcus Reyes", "Keisha Holloway"],
           "call me at {}", "wire it to {}", "email me at {}", "%m/%d/%Y"),
}
LANG_REGIONS = {lang: spec[8] for lang, spec in L.items()}
EXTRA_REGIONS = ["GB", "IE", "AU", "NZ", "ZA", "NG", "KE", "GH", "PK", "BD", "LK", "EE", "LV", "LT", "HU",
                 "RO", "HR", "SI", "IS", "MT", "EC", "VE", "BO", "PY", "DO", "CR", "GT", "PA"]
TLDS = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "cs": "cz", "sv": "se",
        "ru": "ru", "uk": "com.ua", "bg": "bg", "el": "gr", "ar": "sa", "fa": "ir", "he": "co.il", "hi": "in",
        "tr": "com.tr", "zh": "cn", "ja": "jp", "ko": "kr", "th": "co.th", "en": "com"}
LOGINS = ["anna.k", "m.rossi", "kovalenko77", "info", "kontakt", "bookings", "s_lindqvist", "yuki.t", "office",
          "j.dupont", "hello", "admin.team", "ayse.y", "ravi.sharma", "minji_kim", "noa.c", "vet.front"]


def digits_to(s: str, kind: str) -> str:
    base = {"fw": 0xFF10, "ar": 0x0660, "fa": 0x06F0}[kind]
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in s)


def ascii_digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- value makers
NANP_AREAS = {"US": ["212", "305", "312", "415", "617", "713", "404", "206", "303", "602", "214", "503", "702", "801", "919",
                      "813", "615", "410", "267", "646", "773", "832", "480", "971", "314", "504", "907", "808"],
              "CA": ["416", "604", "514", "403", "613", "780", "902", "306"], "PR": ["787", "939"]}


def phone_number(rng, region):
    kinds = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    if region in NANP_AREAS:
        for _ in range(40):
            num = phonenumbers.parse(f"+1{rng.choice(NANP_AREAS[region])}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}")
            if phonenumbers.is_valid_number(num):
                return num
    for attempt in range(80):
        ex = phonenumbers.example_number_for_type(region, rng.choice(kinds))
        if ex is None:
            continue
        nsn = str(ex.national_number)
        keep = max(1, len(nsn) // 3) if attempt < 50 else max(2, len(nsn) - 4)
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num):
            return num
    return phonenumbers.example_number(region)


def phone_valid(s: str, regions) -> bool:
    core = ascii_digits(s)
    for cut in (" ext", " x", " Durchwahl", " poste", " доб", " 内線", "-内線", " int", " wew", " дод", " вътр",
                " εσωτ", " тов", " ramal", " toestel", " linka", " ankn", " dahili", " 转", " 내선", " ต่อ", " تحويلة",
                " داخلی", " שלוחה", " एक्सटेंशन"):
        if cut in core:
            core = core.split(cut)[0]
    for region in [None, *regions, *phonenumbers.SUPPORTED_REGIONS]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(core, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def fmt_phone(rng, num, lang, region):
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    opts = [nat, nat, intl, intl, e164, intl.replace("+", "00", 1)]
    if nat.startswith("0") and " " in intl:
        cc, rest = intl.split(" ", 1)
        opts.append(f"{cc} (0){rest}")
    if "(" not in nat and " " in nat:
        opts.append(nat.replace(" ", ".").replace("-", "."))
        opts.append(intl.replace(" ", "\u00a0"))
    if lang == "de" and " " in nat and nat.startswith("0"):
        a, b = nat.split(" ", 1)
        opts.append(a + "/" + b.replace(" ", ""))
    s = rng.choice(opts)
    if lang in ("ja", "zh") and rng.random() < 0.25:
        s = digits_to(s, "fw")
    elif lang in ("ar", "fa") and rng.random() < 0.3 and not s.startswith("+"):
        s = digits_to(s, lang)
    if not phone_valid(s, [region]):
        s = intl
    return s


def luhn_ok(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


BRANDS = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
          ("6011", 16), ("65", 16), ("3528", 16), ("3589", 16), ("62", 16), ("36", 14), ("4", 13)]


def card_brand_ok(d: str) -> bool:
    n = len(d)
    if d.startswith("4"):
        return n in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d.startswith(("6011", "65")) or (644 <= int(d[:3]) <= 649):
        return n in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return n in (16, 19)
    if d.startswith("62"):
        return 16 <= n <= 19
    if d.startswith(("36", "38")) or 300 <= int(d[:3]) <= 305:
        return n in (14, 16)
    return False


def card(rng):
    prefix, n = rng.choice(BRANDS)
    d = luhn_complete(prefix, n, rng)
    r = rng.random()
    if n == 15:
        return [f"{d[:4]} {d[4:10]} {d[10:]}", d, f"{d[:4]}-{d[4:10]}-{d[10:]}"][int(r * 3)]
    if n == 14:
        return [f"{d[:4]} {d[4:10]} {d[10:]}", d][int(r * 2)]
    if n == 13:
        return d
    return [f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}", f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}", d,
            f"{d[:4]}\u00a0{d[4:8]}\u00a0{d[8:12]}\u00a0{d[12:]}"][int(r * 4)]


def bad_card(rng):
    prefix, n = rng.choice(BRANDS[:10])
    d = luhn_complete(prefix, n, rng)
    k = rng.random()
    if k < 0.35:
        return d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)
    if k < 0.7:
        return "**** **** **** " + d[-4:] if n == 16 else "XXXX-XXXXXX-X" + d[-4:]
    return d[:6] + "******" + d[-4:]


def imei(rng):
    return luhn_complete(rng.choice(["35", "86", "01"]), 15, rng)


def iban(rng, country):
    v = str(IBAN.random(country_code=country, random=rng))
    r = rng.random()
    if r < 0.5:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if r < 0.6:
        return v.lower()
    return v


def bad_iban(rng, country):
    v = str(IBAN.random(country_code=country, random=rng))
    ck = (int(v[2:4]) + rng.randint(1, 9)) % 97
    ck = max(ck, 2)
    w = v[:2] + f"{ck:02d}" + v[4:]
    try:
        IBAN(w)
        return v[:2] + "00" + v[4:]
    except SchwiftyException:
        return w


def iban_valid(s: str) -> bool:
    try:
        IBAN(s.replace(" ", "").replace("\u00a0", "").upper())
        return True
    except SchwiftyException:
        return False


def email(rng, lang):
    dom = rng.choice(["mail", "post", "web", "inbox", "correo", "poczta", "posta", "club", "office"])
    return f"{rng.choice(LOGINS)}{rng.choice(['', str(rng.randint(1, 99))])}@{dom}{rng.randint(1, 9)}.{TLDS[lang]}"


def email_trap(rng):
    return rng.choice([
        f"<{rng.randint(10**9, 10**10)}.{rng.randint(100, 999)}@mx{rng.randint(1, 9)}.mailhost.net>",
        f"lodash@4.17.{rng.randint(10, 21)}", f"@anna_k{rng.randint(1, 99)}", "git@github.com:org/tools.git",
        f"registry.io/app@sha256:{rng.getrandbits(64):016x}", f"root@web{rng.randint(1, 20):02d}:~$",
        "anna [at] mail [dot] ru", f"ssh://deploy@git{rng.randint(1, 9)}.corp.lan:2222/ops.git",
        f"react@18.{rng.randint(0, 3)}.{rng.randint(0, 9)}", "hostmaster.zone.example.", "info(at)verein(punkt)de",
    ])


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return a, rng.randint(1, 99), rng.randint(1, 9999)


def ssn_fmt(rng, labelled=True):
    a, g, s = ssn(rng)
    opts = [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}-{g:02d}-{s:04d}"]
    if labelled:
        opts.append(f"{a:03d}{g:02d}{s:04d}")
    return rng.choice(opts)


def ssn_valid(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def not_ssn(rng):
    return rng.choice([
        f"9{rng.randint(0, 99):02d}-{rng.choice([70, 78, 88, 92])}-{rng.randint(1000, 9999)}",
        f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
        f"{rng.choice(['000', '666'])}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        f"{rng.randint(100, 899)}-00-{rng.randint(1000, 9999)}", f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-0000",
        f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}", f"***-**-{rng.randint(1000, 9999)}",
    ])


def routing(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def ipv4(rng, kind=None):
    kind = kind or rng.choice(["pub", "pub", "pub", "priv", "ll"])
    while True:
        if kind == "priv":
            ip = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                             f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                             f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
        elif kind == "ll":
            ip = f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        else:
            ip = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(ip):
            return ip


def ipv6(rng):
    if rng.random() < 0.25:
        return f"fe80::{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}"
    return f"2a0{rng.randint(0, 9)}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::{rng.getrandbits(16):x}"


def ip_ok(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    if a.is_loopback or a.is_unspecified or a.is_multicast or a.is_reserved or str(a) == "255.255.255.255":
        return False
    if a.version == 4 and (str(a).startswith("255.") or a in ipaddress.ip_network("100.64.0.0/10")):
        return False
    return a.version == 6 or a.is_private or a.is_link_local or a.is_global


def ip_trap(rng):
    return rng.choice(["127.0.0.1", "0.0.0.0", "255.255.255.0", "255.255.240.0", "0.0.0.255", "::1",
                       f"1.3.6.1.4.1.{rng.randint(2000, 40000)}.1", f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}",
                       f"build 10.0.{rng.randint(10000, 22631)}.{rng.randint(100, 3000)}", "255.255.255.255",
                       f"§ {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}"])


def date(rng, lang):
    import datetime
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
    return d.strftime(L[lang][14])


def num_trap(rng, lang):
    r = rng.randint(0, 9)
    return [f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}", f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"{rng.randint(1000, 99999)},{rng.randint(10, 99)}", f"{rng.randint(1, 23):02d}:{rng.randint(0, 59):02d}",
            f"978-{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}",
            f"{rng.randint(10000000, 99999999)}", date(rng, lang), f"{rng.randint(40, 59)}.{rng.randint(100000, 999999)}",
            f"{rng.randint(1, 99)}/{rng.randint(2020, 2027)}", imei(rng)][r]


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, typ, s):
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(s), "text": s})
        return self.t(s)

    def text(self):
        return "".join(self.parts)


def ph(rng, lang, regions=None):
    region = rng.choice(regions or (LANG_REGIONS[lang] + ([rng.choice(EXTRA_REGIONS)] if rng.random() < 0.15 else [])))
    s = fmt_phone(rng, phone_number(rng, region), lang, region)
    if rng.random() < 0.12 and not s.startswith("+") and lang not in ("ar", "fa", "he"):
        e = rng.randint(2, 999)
        s += rng.choice([f" {L[lang][7]} {e}", f" {L[lang][7]}{e}"]) if lang != "en" else rng.choice([f" ext. {e}", f" x{e}"])
    return s


# ---------------------------------------------------------------- people's pages
TITLES = {
    "condo_assembly_minutes": {"it": "Verbale di assemblea condominiale", "es": "Acta de la junta de propietarios",
                               "pt": "Ata da assembleia de condóminos", "fr": "Procès-verbal de l'assemblée de copropriété"},
    "apartment_management_fee_notices": {"ko": "관리비 부과 내역 안내", "ja": "管理費・修繕積立金のお知らせ", "zh": "物业管理费缴费通知"},
    "group_buy_chats": {"zh": "社区团购接龙", "th": "กลุ่มสั่งซื้อรวม", "ru": "Совместная закупка — чат"},
    "matrimonial_profiles": {"hi": "वैवाहिक प्रोफ़ाइल", "ar": "ملف التعارف بهدف الزواج", "fa": "آگهی همسریابی", "tr": "Evlilik ilanı"},
    "volunteer_fundraiser_posts": {"uk": "Збір для волонтерів", "pl": "Zbiórka wolontariuszy", "bg": "Доброволческа кампания за дарения",
                                   "cs": "Dobrovolnická sbírka"},
    "estate_agent_listings": {"fa": "آگهی فروش آپارتمان", "ar": "شقة للبيع", "he": "דירה למכירה", "el": "Πωλείται διαμέρισμα",
                              "tr": "Satılık daire"},
    "lost_and_found_boards": {"ja": "落とし物掲示板", "ko": "분실물 게시판", "de": "Fundbüro-Pinnwand", "nl": "Gevonden voorwerpen",
                              "sv": "Hittegods-tavlan"},
    "vet_clinic_reminders": {"de": "Impferinnerung Ihrer Tierarztpraxis", "fr": "Rappel de vaccination — clinique vétérinaire",
                             "nl": "Herinnering dierenkliniek", "sv": "Påminnelse från djurkliniken", "el": "Υπενθύμιση κτηνιατρείου"},
    "club_membership_applications": {"de": "Aufnahmeantrag Sportverein", "cs": "Přihláška do spolku", "pl": "Deklaracja członkowska klubu",
                                     "it": "Domanda di iscrizione all'associazione"},
    "wine_cooperative_orders": {"fr": "Bon de commande — cave coopérative", "it": "Ordine cantina sociale", "es": "Pedido bodega cooperativa",
                                "pt": "Encomenda adega cooperativa", "bg": "Поръчка от винарска кооперация"},
    "hackerspace_member_wikis": {"de": "Hackerspace-Wiki: Mitglieder", "nl": "Hackerspace wiki: leden", "sv": "Hackerspace-wiki: medlemmar",
                                 "ru": "Вики хакерспейса: участники", "uk": "Вікі хакерспейсу: учасники"},
}
ITEMS = {  # one item line per register and language, a number a scrubber could take for a phone beside it
    "condo_assembly_minutes": {"it": "Millesimi di proprietà", "es": "Cuota de participación", "pt": "Permilagem da fração",
                               "fr": "Tantièmes du lot"},
    "apartment_management_fee_notices": {"ko": "동·호수 / 검침값", "ja": "部屋番号・検針値", "zh": "房号/水表读数"},
    "group_buy_chats": {"zh": "接龙序号/商品编码", "th": "ลำดับ/รหัสสินค้า", "ru": "Ряд/артикул"},
    "matrimonial_profiles": {"hi": "जन्म समय / ऊँचाई", "ar": "الطول / رقم الملف", "fa": "قد / کد آگهی", "tr": "Boy / ilan no"},
    "volunteer_fundraiser_posts": {"uk": "Зібрано / ціль", "pl": "Zebrano / cel", "bg": "Събрани / цел", "cs": "Vybráno / cíl"},
    "estate_agent_listings": {"fa": "متراژ / کد ملک", "ar": "المساحة / رقم العقار", "he": "שטח / מס' נכס", "el": "Εμβαδόν / κωδ. ακινήτου",
                              "tr": "m² / ilan no"},
    "lost_and_found_boards": {"ja": "拾得番号", "ko": "습득물 번호", "de": "Fundnummer", "nl": "Vondstnummer", "sv": "Fyndnummer"},
    "vet_clinic_reminders": {"de": "Chipnummer / Gewicht", "fr": "N° de puce / poids", "nl": "Chipnummer / gewicht", "sv": "Chipnummer / vikt",
                             "el": "Αρ. microchip / βάρος"},
    "club_membership_applications": {"de": "Mitgliedsnummer", "cs": "Členské číslo", "pl": "Nr legitymacji", "it": "N. tessera"},
    "wine_cooperative_orders": {"fr": "Réf. cuvée / lot", "it": "Cod. articolo / lotto", "es": "Ref. / lote", "pt": "Ref.ª / lote",
                                "bg": "Код / партида"},
    "hackerspace_member_wikis": {"de": "Schließfach / Token", "nl": "Kluisje / token", "sv": "Skåp / token", "ru": "Шкафчик / токен",
                                 "uk": "Шафка / токен"},
}
WORDS = {  # name, date, amount, note, header for "contact"
    "de": ("Name", "Datum", "Betrag", "Bemerkung", "Kontakt"), "fr": ("Nom", "Date", "Montant", "Remarque", "Contact"),
    "es": ("Nombre", "Fecha", "Importe", "Nota", "Contacto"), "it": ("Nome", "Data", "Importo", "Note", "Contatto"),
    "pt": ("Nome", "Data", "Valor", "Nota", "Contacto"), "nl": ("Naam", "Datum", "Bedrag", "Opmerking", "Contact"),
    "pl": ("Imię i nazwisko", "Data", "Kwota", "Uwagi", "Kontakt"), "cs": ("Jméno", "Datum", "Částka", "Poznámka", "Kontakt"),
    "sv": ("Namn", "Datum", "Belopp", "Anmärkning", "Kontakt"), "ru": ("Имя", "Дата", "Сумма", "Примечание", "Контакт"),
    "uk": ("Ім'я", "Дата", "Сума", "Примітка", "Контакт"), "bg": ("Име", "Дата", "Сума", "Бележка", "Контакт"),
    "el": ("Όνομα", "Ημερομηνία", "Ποσό", "Σημείωση", "Επικοινωνία"), "ar": ("الاسم", "التاريخ", "المبلغ", "ملاحظة", "التواصل"),
    "fa": ("نام", "تاریخ", "مبلغ", "توضیحات", "تماس"), "he": ("שם", "תאריך", "סכום", "הערה", "יצירת קשר"),
    "hi": ("नाम", "तारीख़", "राशि", "टिप्पणी", "संपर्क"), "tr": ("Ad Soyad", "Tarih", "Tutar", "Not", "İletişim"),
    "zh": ("姓名", "日期", "金额", "备注", "联系方式"), "ja": ("氏名", "日付", "金額", "備考", "連絡先"),
    "ko": ("이름", "날짜", "금액", "비고", "연락처"), "th": ("ชื่อ", "วันที่", "จำนวนเงิน", "หมายเหตุ", "ติดต่อ"),
}
CUR = {"de": "{} €", "fr": "{} €", "es": "{} €", "it": "€ {}", "pt": "{} €", "nl": "€ {}", "pl": "{} zł", "cs": "{} Kč",
       "sv": "{} kr", "ru": "{} ₽", "uk": "{} грн", "bg": "{} лв.", "el": "{} €", "ar": "{} ر.س", "fa": "{} تومان",
       "he": "₪{}", "hi": "₹{}", "tr": "{} TL", "zh": "¥{}", "ja": "{}円", "ko": "{}원", "th": "{} บาท"}


def money(rng, lang):
    v = rng.randint(5, 250000)
    s = f"{v:,}".replace(",", "." if lang in ("de", "es", "it", "pt", "nl", "tr", "el") else " " if lang in ("fr", "pl", "cs", "sv", "ru", "uk", "bg") else ",")
    return CUR[lang].format(s)


def people_doc(rng, register, lang):
    lab = L[lang]
    w = WORDS[lang]
    d = Doc()
    d.t(TITLES[register][lang] + "\n")
    d.t(f"{w[1]}: {date(rng, lang)}   {lab[6]} {num_trap(rng, lang)}\n\n")
    d.t(f"{ITEMS[register][lang]}: {num_trap(rng, lang)} / {rng.randint(100000000, 999999999)}\n")
    layout = rng.randint(0, 2)
    nm = rng.choice(lab[10])
    if layout == 0:  # label lines
        d.t(f"{w[0]}: {nm}\n")
        d.t(rng.choice([f"{lab[0]}: ", f"{lab[0].upper()} ", f"{lab[0]} "])).v("PHONE_NUMBER", ph(rng, lang)).t("\n")
        if rng.random() < 0.5:
            d.t(f"{lab[0]}/{lab[2]}: ").v("PHONE_NUMBER", ph(rng, lang)).t(" / ").v("PHONE_NUMBER", ph(rng, lang)).t("\n")
        d.t(f"{lab[1]}: ").v("PHONE_NUMBER", ph(rng, lang)).t(f"  ({w[3]}: {num_trap(rng, lang)})\n")
        d.t(f"{lab[3]}: ").v("EMAIL_ADDRESS", email(rng, lang)).t(f"   {email_trap(rng)}\n")
        if rng.random() < 0.9:
            d.t(f"{lab[4]}: ").v("IBAN_CODE", iban(rng, rng.choice(lab[9]))).t("\n")
        d.t(f"{lab[4]} ✗ {bad_iban(rng, rng.choice(lab[9]))}\n")
        if rng.random() < 0.8:
            d.t(f"{lab[5]}: ").v("CREDIT_CARD", card(rng)).t(f"  {bad_card(rng)}\n")
        d.t(f"{w[2]}: {money(rng, lang)}  · {num_trap(rng, lang)}\n")
    elif layout == 1:  # table, header far above
        d.t(f"{w[0]} | {lab[0]} | {lab[3]} | {w[2]} | {w[3]}\n")
        d.t("-" * 40 + "\n")
        for _ in range(rng.randint(2, 4)):
            d.t(f"{rng.choice(lab[10])} | ").v("PHONE_NUMBER", ph(rng, lang)).t(" | ")
            if rng.random() < 0.5:
                d.v("EMAIL_ADDRESS", email(rng, lang))
            else:
                d.t(email_trap(rng))
            d.t(f" | {money(rng, lang)} | {num_trap(rng, lang)}\n")
        d.t("\n" + f"{lab[5]} | {lab[4]}\n")
        d.v("CREDIT_CARD", card(rng)).t(" | ").v("IBAN_CODE", iban(rng, rng.choice(lab[9]))).t("\n")
        d.t(f"{bad_card(rng)} | {bad_iban(rng, rng.choice(lab[9]))}\n")
    else:  # prose / chat, values only in sentences, some split by markup remnants
        d.t(f"{nm}: ")
        d.t(lab[11].split("{}")[0]).v("PHONE_NUMBER", ph(rng, lang)).t(lab[11].split("{}")[1] + f" ({date(rng, lang)}, {num_trap(rng, lang)}).\n")
        d.t("<br>" + lab[13].split("{}")[0]).v("EMAIL_ADDRESS", email(rng, lang)).t(lab[13].split("{}")[1] + f" — {email_trap(rng)}\n")
        if rng.random() < 0.85:
            d.t(lab[12].split("{}")[0]).v("IBAN_CODE", iban(rng, rng.choice(lab[9]))).t(lab[12].split("{}")[1] + f", {money(rng, lang)}.\n")
        d.t(f"{lab[5]}: </span>\n<span>").v("CREDIT_CARD", card(rng)).t(f"</span> — {bad_card(rng)}\n")
        d.t(f"{lab[1]}: ").v("PHONE_NUMBER", ph(rng, lang, ["US", "GB", "DE", "FR", "AU", "IN", "BR", "JP"])).t(f"  {num_trap(rng, lang)}\n")
    d.t(f"\n{w[3]}: {num_trap(rng, lang)} · {num_trap(rng, lang)} · {ip_trap(rng) if register == 'hackerspace_member_wikis' else date(rng, lang)}\n")
    if register == "hackerspace_member_wikis":
        d.t("\nVPN/SSH: ").v("IP_ADDRESS", ipv4(rng)).t(" · ").v("IP_ADDRESS", ipv6(rng)).t(f" · {ip_trap(rng)} · {email_trap(rng)}\n")
        d.t("GW ").v("IP_ADDRESS", ipv4(rng, "priv")).t("/24\n")
    return d


# ---------------------------------------------------------------- US paperwork
US_ES = {"Social Security Number": "Número de Seguro Social", "SSN": "Núm. de Seguro Social", "Phone": "Teléfono",
         "Email": "Correo electrónico", "Card number": "Número de tarjeta", "Routing": "Número de ruta",
         "Account": "Número de cuenta", "Date": "Fecha", "Name": "Nombre", "Signature": "Firma", "Spouse": "Cónyuge",
         "Employer EIN": "EIN del empleador", "Member ID": "Núm. de socio", "Dependent": "Dependiente",
         "my social is": "mi seguro social es el", "call me at": "llámeme al", "ZIP": "Código postal", "Claim No.": "Núm. de reclamo",
         "Co-signer": "Codeudor", "prior": "anterior", "DOB": "Fecha de nac.", "SSN (invalid on file)": "SSN (no válido en archivo)",
         "exp": "vence", "Intl. beneficiary IBAN": "IBAN del beneficiario en el extranjero"}
US_TITLES = {
    "direct_deposit_enrollments": ["DIRECT DEPOSIT ENROLLMENT / CHANGE FORM", "Inscripción de depósito directo"],
    "va_claim_intake_sheets": ["Veterans Benefits Claim Intake Worksheet", "Hoja de admisión — reclamo de beneficios de veteranos"],
    "court_fee_waiver_requests": ["REQUEST TO WAIVE COURT FEES", "Solicitud de exención de cuotas judiciales"],
    "hoa_dues_ledgers": ["Maple Hollow HOA — owner dues ledger (export)", "Libro de cuotas de la asociación de propietarios"],
    "carrier_port_out_requests": ["Wireless number port-out request", "Solicitud de portabilidad de número"],
    "escrow_wire_instruction_forms": ["Escrow wire instructions & buyer info sheet", "Instrucciones de transferencia de depósito en garantía"],
    "ssn_leak_paste_dumps": ["-- dump: members_export --", "-- volcado: clientes --"],
}


def us_doc(rng, register):
    layout = rng.randint(0, 2)
    es = rng.random() < 0.9 and layout == 0  # US Spanish forms; chats, letters and exports stay English
    lang = "es" if es and register != "ssn_leak_paste_dumps" else "en"

    def T(s):
        return US_ES.get(s, s) if lang == "es" else s

    d = Doc()
    d.t(US_TITLES[register][lang == "es"] + "\n")
    d.t(f"{T('Date')}: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2025, 2027)}   {T('Claim No.')} {rng.randint(100000000, 999999999)}\n\n")
    nm = rng.choice(L["en"][10])
    usph = ["US"] * 6 + ["CA", "PR"]
    if register == "ssn_leak_paste_dumps" or layout == 1:  # export / spreadsheet rows
        sep = rng.choice([",", "\t", "|", ";"])
        cols = ["name", "ssn", "dob", "phone", "email", "member_id", "zip", rng.choice(["cc", "card_no", "pan"])]
        if rng.random() < 0.5:
            cols[1] = rng.choice(["SSN", "soc_sec_no", "ss#", "tax_id_ssn"])
        d.t(sep.join(cols) + "\n")
        for _ in range(rng.randint(4, 8)):
            d.t(f"{rng.choice(L['en'][10])}{sep}").v("US_SSN", ssn_fmt(rng, True)).t(f"{sep}{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/19{rng.randint(40, 99)}{sep}")
            d.v("PHONE_NUMBER", ph(rng, "en", usph)).t(sep)
            if rng.random() < 0.35:
                d.v("EMAIL_ADDRESS", email(rng, "en"))
            else:
                d.t(rng.choice(["", "n/a", email_trap(rng)]))
            d.t(f"{sep}{rng.randint(100000000, 999999999)}{sep}{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}{sep}")
            if rng.random() < 0.6:
                d.v("CREDIT_CARD", card(rng))
            else:
                d.t(bad_card(rng))
            d.t("\n")
        d.t(f"{rng.choice(L['en'][10])}{sep}{not_ssn(rng)}{sep}01/01/1970{sep}555-0100{sep}{email_trap(rng)}{sep}{rng.randint(100000000, 999999999)}{sep}{rng.randint(10000, 99999)}{sep}{imei(rng)}\n")
    elif layout == 0:  # form printed to text, labels before
        d.t(f"{T('Name')}: {nm}\n")
        lab = rng.choice(["Social Security Number", "SSN", "SSN:", "Soc. Sec. No.", "SS#", "SOCIAL SECURITY NO"])
        lab = T(lab.rstrip(":")) if lang == "es" else lab
        d.t(f"{lab}{'' if lab.endswith(':') else ':'} ").v("US_SSN", ssn_fmt(rng, True)).t(f"    {T('Member ID')}: {rng.randint(100000000, 999999999)}\n")
        d.t(f"{T('Spouse')} SSN: ").v("US_SSN", ssn_fmt(rng, True)).t(f"   {T('Employer EIN')}: {rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}\n")
        if rng.random() < 0.8:
            d.t(f"{T('Co-signer')} / {T('Spouse')}: {rng.choice(L['en'][10])}\n  SS# ").v("US_SSN", ssn_fmt(rng, True)).t(f"   {T('prior')} {T('Claim No.')} {rng.randint(10**8, 10**9 - 1)}\n")
        for k in range(rng.randint(1, 3)):
            d.t(f"{T('Dependent')} {k + 1}: {rng.choice(L['en'][10]).split()[0]}  SSN ").v("US_SSN", ssn_fmt(rng, True)).t(f"  {T('DOB')} {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(10, 24)}  {T('Member ID')} {rng.randint(10**8, 10**9 - 1)}\n")
        d.t(f"{T('Dependent')} ITIN: 9{rng.randint(0, 99):02d}-{rng.choice([70, 81, 94])}-{rng.randint(1000, 9999)}   {T('SSN (invalid on file)')}: {not_ssn(rng)}\n")
        d.t(f"{T('Routing')}: {routing(rng)}   {T('Account')}: {rng.randint(10**8, 10**9 - 1)}   {T('ZIP')}: {rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}\n")
        d.t(f"{T('Phone')}: ").v("PHONE_NUMBER", ph(rng, "en", usph)).t(f"   {T('Email')}: ").v("EMAIL_ADDRESS", email(rng, "en")).t("\n")
        if register in ("escrow_wire_instruction_forms", "hoa_dues_ledgers", "court_fee_waiver_requests", "carrier_port_out_requests"):
            d.t(f"{T('Card number')}: ").v("CREDIT_CARD", card(rng)).t(f"  {T('exp')} {rng.randint(1, 12):02d}/{rng.randint(27, 31)}  CVV {rng.randint(100, 999)}\n")
        if register == "escrow_wire_instruction_forms":
            d.t(f"{T('Intl. beneficiary IBAN')}: ").v("IBAN_CODE", iban(rng, rng.choice(["GB", "IE", "DE", "FR"]))).t("\n")
        d.t(f"{T('Signature')}: ______  {T('Date')}: {rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(25, 27)}\n")
    else:  # letter / chat / OCR
        if rng.random() < 0.5:
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] {nm}: hi, {T('my social is')} ").v("US_SSN", ssn_fmt(rng, True)).t(" \n")
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] {nm}: wait, wrong one. it's ").v("US_SSN", ssn_fmt(rng, True)).t(f" — {not_ssn(rng)} was my ITIN\n")
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] agent: thx, and the last 4 of the card? order #{rng.randint(100000000, 999999999)}\n")
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] {nm}: full one is ").v("CREDIT_CARD", card(rng)).t(f" lol, {T('call me at')} ").v("PHONE_NUMBER", ph(rng, "en", usph)).t("\n")
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] agent: ticket {rng.randint(10**8, 10**9 - 1)} — reach us at ").v("EMAIL_ADDRESS", email(rng, "en")).t("\n")
        else:
            d.t(f"Dear {nm},\nWe received your request regarding account {rng.randint(10**8, 10**9 - 1)} (routing {routing(rng)}). ")
            d.t("The Social Security number we have on\nfile is ").v("US_SSN", ssn_fmt(rng, False)).t("; the tax ID of the payer is ")
            d.t(f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}. Your co-applicant's SSN ").v("US_SSN", ssn_fmt(rng, True)).t(" was verified, as was your dependent's (").v("US_SSN", ssn_fmt(rng, False)).t(f"). ZIP+4 on file: {rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}.\n")
            d.t("SOC SEC: ").v("US_SSN", ssn_fmt(rng, True).replace("-", " ")).t(f"   ABA {routing(rng)}\n")
            d.t("Questions: ").v("PHONE_NUMBER", ph(rng, "en", usph)).t(f" (Mon–Fri 8:00–5:00), or {email_trap(rng)}.\n")
    return d


# ---------------------------------------------------------------- machine output
def ts(rng):
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def machine_doc(rng, register):
    d = Doc()
    layout = rng.randint(0, 2)
    for _ in range(rng.randint(2, 5)):
        a, b = ipv4(rng), ipv4(rng, "priv")
        port = rng.randint(1024, 65535)
        if register == "kong_gateway_logs":
            if layout == 0:
                d.t('{"client_ip":"').v("IP_ADDRESS", a).t(f'","started_at":{rng.randint(10**12, 2 * 10**12)},"upstream_uri":"/v{rng.randint(1, 3)}/orders/{rng.randint(10**8, 10**9)}","upstream":"')
                d.v("IP_ADDRESS", b).t(f':{rng.choice([80, 8000, 8443])}","latencies":{{"kong":{rng.randint(1, 90)}}},"kong_version":"3.{rng.randint(0, 9)}.0.{rng.randint(0, 9)}"}}\n')
            elif layout == 1:
                d.t(f"{ts(rng)} [info] {rng.randint(1000, 9999)}#0: *{rng.randint(10**5, 10**7)} [kong] handler.lua:{rng.randint(10, 300)} client: ").v("IP_ADDRESS", a).t(f", server: kong, request: \"GET /status HTTP/1.1\", host: \"{ip_trap(rng)}\"\n")
            else:
                d.t("route=payments consumer=").v("EMAIL_ADDRESS", email(rng, "en")).t(" ip=").v("IP_ADDRESS", a).t(f" status={rng.choice([200, 401, 429])} body.card=").v("CREDIT_CARD", card(rng).replace(" ", "")).t(f" ref={rng.randint(10**15, 10**16 - 1)} kyc.ssn=").v("US_SSN", ssn_fmt(rng, True)).t(f" ein={rng.randint(10, 99)}-{rng.randint(10**6, 10**7 - 1)}\n")
        elif register == "unifi_controller_logs":
            mac = ":".join(f"{rng.getrandbits(8):02x}" for _ in range(6))
            if layout == 0:
                d.t(f"[{ts(rng)}] <inform-{rng.randint(1, 20)}> INFO  dev    - [state] dev[{mac}] ip=").v("IP_ADDRESS", b).t(f" netmask=255.255.255.0 fw=6.{rng.randint(0, 6)}.{rng.randint(0, 60)}.{rng.randint(10000, 15000)}\n")
            elif layout == 1:
                d.t(f"{mac},U6-LR,").v("IP_ADDRESS", b).t(f",{rng.randint(1, 48)},{rng.randint(-90, -30)} dBm,uplink ").v("IP_ADDRESS", a).t("\n")
            else:
                d.t(f"Guest {mac} authorized via voucher {rng.randint(10000, 99999)}-{rng.randint(10000, 99999)} from [").v("IP_ADDRESS", ipv6(rng)).t("], email ").v("EMAIL_ADDRESS", email(rng, "en")).t(", phone ").v("PHONE_NUMBER", phonenumbers.format_number(phone_number(rng, rng.choice(EXTRA_REGIONS)), PNF.E164)).t("\n")
        elif register == "strongswan_charon_logs":
            if layout == 0:
                d.t(f"Dec  {rng.randint(1, 9)} 0{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} vpn charon: {rng.randint(10, 16):02d}[IKE] IKE_SA peer[{rng.randint(1, 99)}] established between ").v("IP_ADDRESS", b).t("[CN=gw]...").v("IP_ADDRESS", a).t(f"[{email_trap(rng) if rng.random() < 0.3 else 'C=DE'}]\n")
            elif layout == 1:
                d.t(f"  peer-{rng.randint(1, 99)}: #{rng.randint(1, 999)}, ESTABLISHED, IKEv2, {rng.getrandbits(64):016x}_i {rng.getrandbits(64):016x}_r*\n    local  '{ip_trap(rng)}' @ ").v("IP_ADDRESS", b).t(f"[{rng.choice([500, 4500])}]\n    remote '").v("EMAIL_ADDRESS", email(rng, "en")).t("' @ ").v("IP_ADDRESS", a).t(f"[{port}]\n")
            else:
                d.t(f"{rng.randint(5, 16):02d}[CFG] assigning virtual IP ").v("IP_ADDRESS", ipv4(rng, "priv")).t(" to peer '").v("EMAIL_ADDRESS", email(rng, "en")).t(f"' (pool 10.{rng.randint(0, 9)}.0.0/16, mask 255.255.0.0)\n")
        elif register == "arpwatch_reports":
            mac = ":".join(f"{rng.getrandbits(8):x}" for _ in range(6))
            if layout == 0:
                d.t("            hostname: <unknown>\n          ip address: ").v("IP_ADDRESS", b).t(f"\n           interface: eth0\n    ethernet address: {mac}\n           timestamp: {ts(rng)}\n\n")
            elif layout == 1:
                d.t(f"{mac}\t").v("IP_ADDRESS", b).t(f"\t{rng.randint(17 * 10**8, 18 * 10**8)}\tprinter-{rng.randint(1, 9)}\n")
            else:
                d.t("arpwatch: flip flop ").v("IP_ADDRESS", b).t(f" {mac} ({mac[::-1]}) eth1, reported to ").v("EMAIL_ADDRESS", email(rng, "en")).t(f" by {email_trap(rng)}\n")
        elif register == "masscan_outputs":
            if layout == 0:
                d.t(f"Discovered open port {rng.choice([22, 443, 3389, 8080])}/tcp on ").v("IP_ADDRESS", a).t("\n")
            elif layout == 1:
                d.t(f"open tcp {rng.choice([22, 80, 443])} ").v("IP_ADDRESS", a).t(f" {rng.randint(17 * 10**8, 18 * 10**8)}\n")
            else:
                d.t('{   "ip": "').v("IP_ADDRESS", a).t(f'",   "timestamp": "{rng.randint(17 * 10**8, 18 * 10**8)}", "ports": [ {{"port": {rng.choice([21, 25, 161])}, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": {rng.randint(30, 128)}}} ] }},\n')
        elif register == "ss_lsof_socket_listings":
            if layout == 0:
                d.t("ESTAB  0  0  ").v("IP_ADDRESS", b).t(f":{rng.choice([22, 443, 5432])}  ").v("IP_ADDRESS", a).t(f":{port}  users:((\"sshd\",pid={rng.randint(100, 99999)},fd=4))\n")
            elif layout == 1:
                d.t(f"nginx  {rng.randint(100, 99999)} www-data  {rng.randint(3, 40)}u  IPv6 {rng.randint(10**5, 10**7)}  0t0  TCP [").v("IP_ADDRESS", ipv6(rng)).t("]:443->[").v("IP_ADDRESS", ipv6(rng)).t(f"]:{port} (ESTABLISHED)\n")
            else:
                d.t(f"LISTEN 0 128 127.0.0.1:{rng.randint(1000, 9999)} 0.0.0.0:*\nLISTEN 0 128 ").v("IP_ADDRESS", b).t(f":{rng.randint(1000, 9999)} 0.0.0.0:*  # {ip_trap(rng)}\n")
        elif register == "haraka_mail_logs":
            mid = f"{rng.getrandbits(32):08X}-{rng.getrandbits(16):04X}"
            if layout == 0:
                d.t(f"[INFO] [{mid}] [core] connect ip=").v("IP_ADDRESS", a).t(f" port={port} local_ip={ip_trap(rng) if rng.random() < 0.3 else b} local_port=25\n")
                d.t(f"[INFO] [{mid}.1] [core] hook=queue plugin=smtp_forward function=hook_queue params=\"\" retval=OK msg=\"<{rng.getrandbits(40):x}@mail.relay{rng.randint(1, 9)}.net>\" from=<").v("EMAIL_ADDRESS", email(rng, "en")).t(">\n")
            elif layout == 1:
                d.t(f"[NOTICE] [{mid}] [core] disconnect ip=").v("IP_ADDRESS", a).t(f" rdns=\"mx{rng.randint(1, 9)}.example.org\" helo=\"[").v("IP_ADDRESS", a).t(f"]\" relay=N early=N esmtp=Y tls=Y pipe=N errors=0 txns=1 rcpts=1/0/0 msgs=1/0/0 bytes={rng.randint(1000, 99999)} lr=\"\" time={rng.random():.3f}\n")
            else:
                d.t(f"[INFO] [{mid}.1] [rcpt_to.in_host_list] recipient <").v("EMAIL_ADDRESS", email(rng, "en")).t(f"> OK; sender {email_trap(rng)}; client [").v("IP_ADDRESS", ipv6(rng)).t("]\n")
        else:  # adguard_home_querylogs
            if layout == 0:
                d.t(f'{{"T":"{ts(rng)}.{rng.randint(100000, 999999)}Z","QH":"cdn{rng.randint(1, 9)}.example.net","QT":"A","QC":"IN","CP":"","Answer":"{rng.getrandbits(48):x}","IP":"').v("IP_ADDRESS", b).t(f'","Result":{{}},"Elapsed":{rng.randint(10000, 900000)},"Upstream":"tls://').v("IP_ADDRESS", a).t(':853"}\n')
            elif layout == 1:
                d.t(f"{ts(rng)},").v("IP_ADDRESS", b).t(f",tracker{rng.randint(1, 99)}.ads.example,AAAA,Blocked (list {rng.randint(1, 30)}),{rng.randint(1, 99)}.{rng.randint(10, 99)} ms\n")
            else:
                d.t("client ").v("IP_ADDRESS", ipv6(rng)).t(f" → {rng.choice(['in-addr.arpa PTR', 'SOA hostmaster.example.org.'])} {ip_trap(rng)} answered by ").v("IP_ADDRESS", a).t("\n")
    d.t(f"# {ip_trap(rng)} {ip_trap(rng)} build {rng.randint(1, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}\n")
    return d


PEOPLE = list(TITLES)
US = list(US_TITLES)
MACHINE = ["kong_gateway_logs", "unifi_controller_logs", "strongswan_charon_logs", "arpwatch_reports", "masscan_outputs",
           "ss_lsof_socket_listings", "haraka_mail_logs", "adguard_home_querylogs"]
PER = {**{r: 44 for r in PEOPLE}, **{r: 50 for r in US}, **{r: 30 for r in MACHINE}}


def generate(half: str = "blind21") -> list[dict]:
    rng = random.Random(SEED)
    rows = []
    for register, n in PER.items():
        for _ in range(n):
            if register in TITLES:
                lang = rng.choice(list(TITLES[register]))
                d = people_doc(rng, register, lang)
                host = f"https://{register.split('_')[0]}{rng.randint(1, 99)}.{TLDS[lang]}/p/{rng.randint(1, 9999)}"
            elif register in US_TITLES:
                d = us_doc(rng, register)
                lang = "es" if any(w in d.parts[0] for w in ("Inscripción", "Hoja", "Solicitud", "Libro", "Instrucciones")) else "en"
                host = f"https://{register.split('_')[0]}{rng.randint(1, 99)}.com/forms/{rng.randint(1, 9999)}"
            else:
                d = machine_doc(rng, register)
                lang = "en"
                host = f"https://paste{rng.randint(1, 9)}.example.net/{rng.getrandbits(32):08x}"
            text = d.text()
            rows.append({"id": f"{half}-{len(rows)}", "half": half, "register": register, "url": host, "language": lang,
                         "text": text, "spans": d.spans})
    for row in rows:
        problems = check_row(row)
        assert not problems, (row["id"], problems)
    return rows


def check_row(row) -> list[str]:
    text = row["text"]
    out = []
    last = -1
    for s in sorted(row["spans"], key=lambda s: s["start"]):
        v = s["text"]
        if text[s["start"]:s["end"]] != v:
            out.append(f"text mismatch {v!r}")
        if s["start"] < last:
            out.append(f"overlap {v!r}")
        last = s["end"]
        for c in (text[s["start"] - 1:s["start"]], text[s["end"]:s["end"] + 1]):
            if c and c.isascii() and c.isalnum():
                out.append(f"glued {v!r}")
        t = s["type"]
        if t == "PHONE_NUMBER" and not phone_valid(v, LANG_REGIONS.get(row["language"], [])):
            out.append(f"bad phone {v!r}")
        if t == "CREDIT_CARD":
            dd = "".join(c for c in v if c.isdigit())
            if not (luhn_ok(dd) and card_brand_ok(dd)):
                out.append(f"bad card {v!r}")
        if t == "IBAN_CODE" and not iban_valid(v):
            out.append(f"bad iban {v!r}")
        if t == "IP_ADDRESS" and not ip_ok(v):
            out.append(f"bad ip {v!r}")
        if t == "US_SSN" and not ssn_valid(v):
            out.append(f"bad ssn {v!r}")
        if t == "EMAIL_ADDRESS" and ("@" not in v or "." not in v.split("@")[1]):
            out.append(f"bad email {v!r}")
    return out


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load(name: str = "blind21") -> list[dict]:
    return read_rows(SETS[name][0])


def counts(rows):
    by = {}
    for key in ("register", "language"):
        c = {}
        for r in rows:
            c[r[key]] = c.get(r[key], 0) + 1
        by[key] = c
    types = {}
    for r in rows:
        for s in r["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    by["type"] = types
    return by


def main() -> None:
    rows = generate()
    c = counts(rows)
    total = sum(c["type"].values())
    print(f"blind21: {len(rows)} documents, {total} spans")
    for t, n in sorted(c["type"].items()):
        print(f"  {t:14s} {n:5d}  {n / total:.1%}")
    print("registers:", json.dumps(c["register"], ensure_ascii=False))
    print("languages:", json.dumps(c["language"], ensure_ascii=False))
    if "--write-set" in sys.argv:
        SETS["blind21"][0].write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {SETS['blind21'][0]}")


if __name__ == "__main__":
    sys.exit(main())
