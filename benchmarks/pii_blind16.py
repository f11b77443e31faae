"""A sixteenth blind PII test set (blind16): 31 registers no earlier generator names, 26 languages, every
register in 3 to 5 layouts, weighted to US SSNs, cards, IPs and phones, with as many phone look-alikes
as phones and e-mail look-alikes (strings with an "@" that are not mailboxes) beside the e-mails.

Written by a sixteenth helper who read only issue 26, the module docstrings of the other PII
generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other generators'
templates or value makers, nor BENCHMARKS.md's PII sections. The PII step was never run on this set
while it was written: the lead scores it once, at the end. Every template, phrase and value maker is
new (here, benchmarks/pii_blind16_values.py and benchmarks/pii_blind16_lexicon.py).

    python benchmarks/pii_blind16.py               # counts per type, register and language
    python benchmarks/pii_blind16.py --write-set   # (re)writes benchmarks/data/pii_blind16.jsonl

1,553 documents (seed fixed); gold spans: phones 31.7%, US SSNs 18.2%, IPs 17.1%, e-mails 15.4%,
cards 14.5%, IBANs 3.2% (11,257 in all); phones of 92 regions; 7,700-odd phone-shaped strings (7+ digits
in phone-like groups) stand outside every span, twice as many as the phones.

Registers (31, at most 60 documents each, each in 3 to 6 layouts picked in turn):
- pages of many countries, each written wholly in its language (labels, sentences, dates, prices):
  vineyard tour bookings, orthodontic payment plans, windscreen repair appointments, school photo
  orders, hot-air balloon flight vouchers, tailor alteration tickets, boiler breakdown call-out
  reports, language exam registrations, speeding-fine appeal letters, crypto exchange withdrawal
  confirmations, yoga retreat bookings, scooter rental agreements, stamp and coin dealer invoices,
  picture framing orders; layouts: label lines (page's labels, capitals, abbreviations, with or
  without colon, tab or dotted leaders), a table whose header stands rows above the values (pipe,
  semicolon, tab), prose where only the sentence marks a value ("ring me on", "wire it to", "I paid
  with my card"), values with the label after them, text from HTML with markup remnants
  ("</td><td>", "&nbsp;", "<br>", "**") or a line break between label and value, and an unlabelled
  contact strip where the shape tells (E.164 / international phone, e-mail, IBAN, card in groups);
- US pages (en, some es) carrying SSNs: Section 8 voucher recertifications, GED test registrations,
  small-claims court filings, CDL medical examiner certificates, IRS IP PIN support chats, casino
  W-2G jackpot slips, plasma donor registrations, gig-platform 1099-K support tickets, HR-system
  employee data-change audit exports, paternity test intake forms; layouts: printed form lines,
  OCR of a paper form (misread labels, doubled spaces, stray bars), a spreadsheet pasted as text
  (SSN column far above the values, unseparated or dashed), chat / support thread ("my social is"),
  a letter, a leaked dump (pipe, JSON lines, colon combos), key=value audit lines;
- machine output (en, tools' own keys): Juniper Junos RT_FLOW syslog / `show security flow
  session` / `show arp`, Traefik access logs (common log, JSON) and error logs, Google Cloud audit
  logs (JSON, `gcloud logging read` YAML, CSV export), Microsoft Exchange message tracking logs (CSV,
  Get-MessageTrackingLog table, SMTP receive protocol log), PowerDNS Recursor / dnsmasq / CoreDNS
  query logs, AWS ALB and classic ELB access logs and an Athena result table, ngrep / p0f /
  `conntrack -L` output; IPs with ports, in brackets, key=value, CSV, JSON.
Languages: en de fr es it pt nl pl sv cs tr ru uk bg el ar fa he hi zh ja ko th hu ro (25) and
machine output; more than half the documents are not English.
Phones: `phonenumbers` example numbers of the page's country and 40 others (all digits after the
first two or three drawn again while valid); national (own country only), international, E.164,
"00", "+CC (0)", a slash (DE / AT / CH), dots (FR / BE / LU), no-break spaces, full-width (zh ja ko),
Arabic-Indic (ar) or Persian (fa) digits, extensions in the page's language, Tel / Fax pairs.
Cards: Visa 13/16/19, Mastercard 51-55 / 2221-2720, Amex, Discover, JCB, Diners, UnionPay, Mir,
grouped as printed or unbroken. IBANs from schwifty (print groups, compact, lower case). IPv4
public / private / link-local, IPv6 global / ULA / link-local. US SSNs dashed or spaced; dotted or
unseparated only where a label, column header or sentence names them. E-mails with tags, digits,
subdomains, upper case.
Look-alikes beside them, at least one phone-shaped non-phone per phone (order, invoice, customer,
case, tracking, serial, booking and account numbers in phone-like groups under their own labels,
national dates, times, prices, weights, postcodes), Message-IDs, package@version pins, @handles,
git remotes, container digests, user@host prompts, obfuscated and localhost addresses, ITINs, EINs,
SSNs of area 000 / 666, group 00 or serial 0000, ABA routing numbers, ZIP+4, 9-digit member / claim /
employee ids, masked and Luhn-invalid cards, IMEIs, IBANs with a wrong check digit, netmasks,
wildcard masks, loopback, 0.0.0.0, broadcast, IP-shaped versions and section numbers, OIDs,
in-addr.arpa names, ports, request ids, byte counts.
Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label,
bracket, "mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after
a phone is part of its span; e-mails need a literal "@" and a dotted domain; loopback,
unspecified, netmask / wildcard and broadcast IPs are not labelled; lower-case and print-grouped
IBANs are, wrong check digits not; cards pass Luhn with a real brand prefix and length; only US
SSNs in the issued range; a phone is one a reader recognises and is valid for some region per
phonenumbers (extension stripped); vanity numbers never.
Gold is checked on writing (`check_row`, also run by tests/test_pii_blind16_set.py): span text
equals text[start:end], spans sorted and not overlapping, not glued to an ASCII letter or digit,
phones valid, cards Luhn + brand prefix + length, IBANs valid (schwifty), IPs parse and are of no
excluded class, SSNs in the issued range, no Luhn-valid brand card (a whole digit run), valid
compact IBAN, host-shaped IPv4 or e-mail outside a span (the e-mail traps of the span rules
excepted: Message-IDs, git remotes, "@2x.png"). A drawn document failing a check is drawn again.
Deterministic: string seeds per document, no set iteration.
"""

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_blind16_values as V
from pii_blind import read_rows, write_sets
from pii_blind16_lexicon import DATE_FMT, LABELS, MARKS, MONEY, SENTENCES

DATA = Path(__file__).resolve().parent / "data" / "pii_blind16.jsonl"
SETS = {"blind16": (DATA,)}
SEED = 1616

P, E, C, I, IB, S = "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "IBAN_CODE", "US_SSN"

NAMES = {
    "ru": ["Ирина Петрова", "Алексей Смирнов", "Ольга Кузнецова"], "uk": ["Оксана Шевченко", "Тарас Бондар"],
    "bg": ["Мария Георгиева", "Иван Димитров"], "el": ["Γιώργος Παπαδόπουλος", "Ελένη Νικολάου"],
    "ar": ["سارة الحداد", "خالد العتيبي", "ليلى منصور"], "fa": ["مریم احمدی", "علی رضایی"],
    "he": ["נועה כהן", "יוסי לוי"], "hi": ["प्रिया शर्मा", "राहुल वर्मा"], "zh": ["王芳", "李伟", "陈静"],
    "ja": ["佐藤 健", "鈴木 花子"], "ko": ["김민준", "이서연"], "th": ["สมชาย ใจดี", "มาลี ศรีสุข"],
}
LATIN_FIRST = ["Anna", "Jonas", "Marie", "Lucas", "Sofia", "Mateo", "Chloé", "Tomás", "Nadia", "Pablo", "Eva",
               "Henrik", "Zofia", "Emre", "Ines", "Bram", "Ilse", "Dorota", "Lucía", "Marco", "Ágnes", "Radu"]
LATIN_LAST = ["Weber", "Dubois", "García", "Rossi", "Silva", "Novák", "Kowalska", "Yılmaz", "Jansen", "Lindqvist",
              "Moreau", "Ferreira", "Horvát", "Popescu", "Brennan", "Keller", "Costa", "Van Dijk"]


def name(rng: random.Random, lang: str) -> str:
    if lang in NAMES:
        return rng.choice(NAMES[lang])
    return f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_LAST)}"


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def date(rng: random.Random, lang: str) -> str:
    return DATE_FMT[lang].format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.choice([2025, 2026, 2027]))


def money(rng: random.Random, lang: str) -> str:
    amount, cents = rng.randint(12, 48000), rng.randint(0, 99)
    if lang not in MARKS:
        return MONEY[lang].format(a=amount, c=cents)
    thousands, decimal = MARKS[lang]
    number = f"{amount:,}".replace(",", thousands)
    return MONEY[lang].replace("{a:,}.{c:02d}", f"{number}{decimal}{cents:02d}").replace("{a:,}", number)


def phone_shaped(rng: random.Random) -> str:
    """A digit run grouped like a phone number (it stands under a label that says what it is)."""
    return rng.choice([f"{digits(rng, 3)} {digits(rng, 3, '0123456789')} {digits(rng, 4, '0123456789')}",
                       f"{digits(rng, 4)}-{digits(rng, 3, '0123456789')}-{digits(rng, 3, '0123456789')}",
                       f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
                       f"0{digits(rng, 3)} {digits(rng, 6)}", f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 4)}",
                       f"{rng.choice(['2025', '2026'])}-{digits(rng, 6)}", f"{digits(rng, 10)}"])


def phone_negative(rng: random.Random, lang: str) -> tuple[str, str]:
    """(label, look-alike): a number a scrubber could take for a phone, in a context no reader would."""
    lab = LABELS[lang]
    r = rng.random()
    if r < 0.55:
        return lab[rng.choice(["order", "invoice", "customer", "case", "tracking", "serial", "account", "booking"])], phone_shaped(rng)
    if r < 0.7:
        return lab["date"], f"{date(rng, lang)} {rng.randint(7, 21):02d}:{rng.choice(['00', '15', '30', '45'])}"
    if r < 0.8:
        return lab["hours"], f"{rng.randint(7, 10):02d}:00–{rng.randint(16, 20)}:30"
    if r < 0.9:
        return lab["amount"], money(rng, lang)
    if r < 0.95:
        return lab["weight"], f"{rng.randint(1, 9)}{MARKS.get(lang, ',.')[0].strip() or ','}{rng.randint(100, 999)} kg"
    return lab["postcode"], rng.choice([f"{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"])


def other_negative(rng: random.Random, lang: str, tld: str) -> tuple[str, str]:
    lab = LABELS[lang]
    r = rng.randrange(8)
    if r == 0:
        return lab["card"], V.masked_card(rng)
    if r == 1:
        return lab["card"], V.bad_card(rng)
    if r == 2:
        return "IMEI", V.imei(rng)
    if r == 3:
        return lab["iban"], V.wrong_iban(rng, V.iban(rng, tld[-2:].upper()))
    if r == 4:
        return "", V.at_lookalike(rng, tld.split(".")[-1])
    if r == 5:
        return "GPS", f"{rng.uniform(-60, 60):.5f}, {rng.uniform(-120, 120):.5f}"
    if r == 6:
        return "ISBN", f"978-{rng.randint(1, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(0, 9)}"
    return lab["account"], f"{rng.randint(10, 99)}-{digits(rng, 8, '0123456789')}"


# ---------------------------------------------------------------- international registers

INTL = {  # register -> (languages, title per language, value fields, look-alike labels)
    "vineyard_tour_booking": ({
        "fr": "Réservation — visite de cave et dégustation", "it": "Prenotazione visita in cantina",
        "es": "Reserva de visita a la bodega", "pt": "Reserva de visita à adega", "de": "Buchung Weingutsführung",
        "el": "Κράτηση ξενάγησης στο οινοποιείο", "hu": "Pincelátogatás foglalása", "ro": "Rezervare tur crama"},
        ["phone", "mobile", "email", "card"]),
    "orthodontic_payment_plan": ({
        "de": "Ratenplan kieferorthopädische Behandlung", "nl": "Betalingsregeling orthodontie",
        "pl": "Plan ratalny – leczenie ortodontyczne", "sv": "Avbetalningsplan tandreglering",
        "tr": "Ortodonti taksit planı", "he": "הסדר תשלומים – יישור שיניים", "cs": "Splátkový kalendář – ortodoncie"},
        ["phone", "mobile", "email", "iban", "card"]),
    "windscreen_repair_appointment": ({
        "en": "Windscreen replacement — appointment confirmed", "de": "Termin Scheibentausch",
        "fr": "Rendez-vous remplacement de pare-brise", "pl": "Wymiana szyby – potwierdzenie terminu",
        "cs": "Výměna čelního skla – termín", "ru": "Замена лобового стекла — запись", "bg": "Смяна на предно стъкло – час"},
        ["mobile", "phone", "email", "card"]),
    "school_photo_order": ({
        "en": "School photo order form", "nl": "Bestelformulier schoolfoto's", "sv": "Beställning av skolfoton",
        "ja": "学校写真 注文書", "ko": "학교 사진 주문서", "it": "Ordine foto di classe", "zh": "学校照片订购单"},
        ["phone", "mobile", "email", "card"]),
    "balloon_flight_voucher": ({
        "de": "Gutschein Ballonfahrt", "fr": "Bon cadeau vol en montgolfière", "tr": "Balon turu hediye çeki",
        "en": "Hot-air balloon flight voucher", "ar": "قسيمة رحلة منطاد", "th": "บัตรกำนัลขึ้นบอลลูน", "es": "Vale vuelo en globo"},
        ["mobile", "phone", "email", "card"]),
    "tailor_alteration_ticket": ({
        "it": "Scontrino riparazioni sartoria", "hi": "दर्ज़ी – सिलाई पर्ची", "fa": "رسید تعمیرات خیاطی",
        "ar": "إيصال تعديل ملابس", "ru": "Квитанция ателье", "pt": "Talão de arranjos de costura", "ko": "수선 접수증"},
        ["phone", "mobile", "email"]),
    "boiler_callout_report": ({
        "en": "Boiler breakdown call-out report", "de": "Störungseinsatz Heizkessel – Bericht",
        "nl": "Storingsmelding cv-ketel", "pl": "Protokół awarii kotła", "uk": "Акт виклику – несправність котла",
        "cs": "Protokol o poruše kotle", "hu": "Kazánhiba kiszállási jegyzőkönyv"},
        ["phone", "fax", "email", "iban"]),
    "language_exam_registration": ({
        "es": "Inscripción al examen de idiomas", "fr": "Inscription à l'examen de langue", "el": "Δήλωση συμμετοχής σε εξετάσεις γλώσσας",
        "ja": "語学試験 申込書", "zh": "语言考试报名表", "th": "ใบสมัครสอบภาษา", "bg": "Записване за езиков изпит"},
        ["phone", "mobile", "email", "card"]),
    "speeding_fine_appeal": ({
        "de": "Einspruch gegen Bußgeldbescheid", "fr": "Contestation d'avis de contravention", "it": "Ricorso contro verbale per eccesso di velocità",
        "nl": "Bezwaar tegen verkeersboete", "pl": "Odwołanie od mandatu za prędkość", "es": "Recurso contra multa por exceso de velocidad",
        "ro": "Contestație amendă viteză"},
        ["phone", "mobile", "email", "iban"]),
    "crypto_withdrawal_confirmation": ({
        "en": "Withdrawal confirmation — fiat payout", "tr": "Çekim onayı — TL ödemesi", "ru": "Подтверждение вывода средств",
        "uk": "Підтвердження виведення коштів", "ko": "출금 확인", "pt": "Confirmação de levantamento", "de": "Auszahlungsbestätigung"},
        ["email", "iban", "card", "phone"]),
    "yoga_retreat_booking": ({
        "en": "Yoga retreat booking", "he": "הזמנה לריטריט יוגה", "hi": "योग रिट्रीट बुकिंग", "el": "Κράτηση για yoga retreat",
        "it": "Prenotazione ritiro yoga", "es": "Reserva de retiro de yoga", "th": "จองรีทรีตโยคะ"},
        ["phone", "mobile", "email", "card"]),
    "scooter_rental_agreement": ({
        "el": "Συμφωνητικό ενοικίασης σκούτερ", "it": "Contratto di noleggio scooter", "th": "สัญญาเช่ารถสกูตเตอร์",
        "es": "Contrato de alquiler de scooter", "pt": "Contrato de aluguer de scooter", "tr": "Scooter kiralama sözleşmesi", "fa": "قرارداد اجاره اسکوتر"},
        ["mobile", "phone", "email", "card"]),
    "stamp_dealer_invoice": ({
        "de": "Rechnung Briefmarken & Münzen", "fr": "Facture philatélie et numismatique", "sv": "Faktura frimärken och mynt",
        "cs": "Faktura – známky a mince", "hu": "Számla – bélyeg és érme", "ru": "Счёт — марки и монеты", "nl": "Factuur postzegels en munten"},
        ["phone", "fax", "email", "iban"]),
    "picture_framing_order": ({
        "en": "Picture framing order", "fr": "Commande d'encadrement", "ja": "額装 ご注文票", "ko": "액자 주문서",
        "zh": "装裱订单", "ar": "طلب تأطير لوحة", "he": "הזמנת מסגור תמונה", "bg": "Поръчка за рамкиране"},
        ["phone", "fax", "email", "card"]),
}
INTL_LAYOUTS = ["labels", "table", "prose", "after", "html", "strip"]


class Ctx:
    def __init__(self, rng, lang, region, tld):
        self.rng, self.lang, self.region, self.tld = rng, lang, region, tld
        self.lab = LABELS[lang]

    def phone(self, mobile=False, home=None, style=None):
        rng = self.rng
        home = rng.random() < 0.7 if home is None else home
        region = self.region if home else rng.choice(V.FOREIGN + V.ALL_REGIONS)
        number = V.phone_number(rng, region, mobile)
        text = V.write_phone(rng, number, self.lang, region == self.region, style)
        if rng.random() < 0.12 and not mobile:
            text = V.with_ext(rng, text, self.lang)
        return text

    def value(self, field, bare=False):
        """(type, written value) of a field; `bare`: a form its shape tells without a label."""
        rng = self.rng
        if field in ("phone", "mobile", "fax"):
            return P, self.phone(field == "mobile", home=False if bare else None, style=rng.choice(["intl", "e164"]) if bare else None)
        if field == "email":
            return E, V.email(rng, self.tld.split(".")[-1])
        if field == "card":
            digits_ = V.card(rng)[1]
            return C, V.group(digits_) if bare else V.write_card(rng, digits_)
        if field == "iban":
            code = V.iban(rng, self.tld[-2:].upper() if rng.random() < 0.7 else "")
            return IB, V.write_iban(rng, code)
        raise KeyError(field)


def neg_line(p, ctx, n):
    for _ in range(n):
        label, value = phone_negative(ctx.rng, ctx.lang) if ctx.rng.random() < 0.7 else other_negative(ctx.rng, ctx.lang, ctx.tld)
        p.line(f"{label}: " if label else "", value)


def intl_doc(rng, register, lang, layout):
    titles, fields = INTL[register]
    region, tld = rng.choice(V.HOME[lang])
    ctx = Ctx(rng, lang, region, tld)
    lab = ctx.lab
    p = V.Page()
    title = titles[lang]
    n_phone = sum(f in ("phone", "mobile", "fax") for f in fields)
    if layout == "labels":
        p.line(title.upper() if rng.random() < 0.3 else title).line("")
        p.line(f"{lab['name']}: {name(rng, lang)}")
        for field in fields:
            label = lab[field]
            style = rng.randrange(5)
            if style == 0:
                label = label.upper()
            sep = [": ", " ", "\t", " ....... ", ":\n"][style]
            p.line(label + sep, ctx.value(field))
            if rng.random() < 0.6:
                label2, neg = phone_negative(rng, lang)
                p.line(label2 + sep, neg)
        neg_line(p, ctx, 2)
    elif layout == "table":
        sep = rng.choice([" | ", ";", "\t"])
        fields = [f for f in fields if f != "email" or rng.random() < 0.35]
        cols = ["name"] + fields + ["booking", "date"]
        p.line(title).line("")
        p.line(sep.join(lab[c] for c in cols))
        for _ in range(rng.randint(2, 4)):
            cells = [name(rng, lang)] + [ctx.value(f) for f in fields] + [phone_shaped(rng), date(rng, lang)]
            for j, cell in enumerate(cells):
                p.add(sep if j else "").add(cell)
            p.t("\n")
        p.line("").line(f"{lab['amount']}: {money(rng, lang)}")
    elif layout == "prose":
        sent = SENTENCES[lang]
        which = {"phone": 0, "mobile": 6, "fax": 5, "email": 1, "iban": 2, "card": 3}
        p.line(title).line("")
        p.line(sent[4].format(phone_shaped(rng)))
        for field in fields:
            head, tail = sent[which[field]].split("{}")
            p.line(head, ctx.value(field), tail)
            if rng.random() < 0.5:
                p.line(sent[4].format(phone_shaped(rng)))
        neg_line(p, ctx, 1)
        p.line(f"— {name(rng, lang)}, {date(rng, lang)}")
    elif layout == "after":
        p.line(f"{title}: {name(rng, lang)}").line("")
        for field in fields:
            mark = rng.choice(["({})", "– {}", "[{}]", "{}"])
            p.line(ctx.value(field), " " + mark.format(lab[field].lower() if rng.random() < 0.5 else lab[field]))
            label, neg = phone_negative(rng, lang)
            p.line(neg, " " + mark.format(label))
        neg_line(p, ctx, 1)
    elif layout == "html":
        p.line(f"<h2>{title}</h2>")
        for field in fields:
            form = rng.randrange(4)
            value = ctx.value(field)
            if form == 0:
                p.line(f"<tr><td>{lab[field]}</td><td>", value, "</td></tr>")
            elif form == 1:
                p.line(f"{lab[field]}:&nbsp;", value, "<br>")
            elif form == 2:
                p.line(f"**{lab[field]}**").line(value)
            else:
                p.line(f"{lab[field]}").line(value, "&nbsp;|")
            label, neg = phone_negative(rng, lang)
            p.line(f"<tr><td>{label}</td><td>{neg}</td></tr>")
        neg_line(p, ctx, 1)
    else:  # strip: no labels, the shapes tell; look-alikes keep their labels
        p.line(title).line("")
        pieces = [name(rng, lang)] + [ctx.value(f, bare=True) for f in fields]
        joiner = rng.choice([" · ", " | ", " / ", "  "])
        for j, piece in enumerate(pieces):
            p.add(joiner if j else "").add(piece)
        p.t("\n")
        neg_line(p, ctx, n_phone + 1)
    return p, f"https://www.{rng.choice(['atelier', 'service', 'studio', 'shop', 'club'])}-{rng.choice(V.LAST)}.{tld}/{register.split('_')[0]}"


# ---------------------------------------------------------------- US registers

US = {  # register -> (title en, title es or None, fields beyond SSN, layouts)
    "section8_recertification": ("Housing Choice Voucher — Annual Recertification", "Recertificación anual — Vale de vivienda (Sección 8)",
                                 ["phone", "email"], ["form", "ocr", "sheet", "letter"]),
    "ged_registration": ("GED Test Registration", "Inscripción al examen GED", ["phone", "email", "card"], ["form", "chat", "dump", "ocr"]),
    "small_claims_filing": ("Small Claims — Plaintiff's Statement of Claim", None, ["phone", "email", "card"], ["form", "letter", "ocr", "sheet"]),
    "cdl_medical_card": ("Medical Examiner's Certificate (CDL) — Driver Information", None, ["phone", "email", "card"], ["form", "ocr", "sheet", "audit"]),
    "ip_pin_chat": ("IP PIN support chat transcript", "Chat de soporte — IP PIN", ["phone", "email"], ["chat", "letter", "dump"]),
    "w2g_jackpot_slip": ("Form W-2G — Jackpot Payout Slip", None, ["phone", "card"], ["form", "ocr", "sheet", "audit"]),
    "plasma_donor_registration": ("Plasma Donor Registration", "Registro de donante de plasma", ["phone", "email", "card"], ["form", "chat", "sheet", "dump"]),
    "gig_1099k_ticket": ("Support ticket — 1099-K / tax info", None, ["email", "card", "phone"], ["chat", "letter", "dump", "audit"]),
    "hr_data_change_audit": ("HRIS — Employee data change audit", None, ["email", "phone"], ["audit", "sheet", "dump"]),
    "paternity_test_intake": ("DNA Paternity Test — Client Intake", "Prueba de paternidad — Formulario de admisión", ["phone", "email", "card"], ["form", "ocr", "chat", "letter"]),
}
SSN_LABEL = {"en": ["SSN", "SSN#", "Social Security No.", "Social Security Number", "Soc. Sec. #", "SOC SEC NO", "S.S.N.",
                    "SS#", "Applicant SSN", "Claimant's SSN", "Taxpayer SSN", "Social Security #", "SSN (last name first)"],
             "es": ["Número de Seguro Social", "N.º de Seguro Social", "Núm. de Seguro Social", "SSN (Seguro Social)"]}
SSN_COLUMN = ["SSN", "ssn", "SocSec", "EE_SSN", "Social Security #", "TIN (SSN)", "soc_sec_no"]
SSN_SENT = {"en": ["my social is {} if you need it", "her SSN is {}", "I gave them my social, {}, over the phone",
                   "the SSN on file is {} and that's correct", "I think I typed my social security number as {} instead",
                   "can you confirm {} is the social you have for me?", "use my husband's social: {}"],
            "es": ["mi número de seguro social es {}", "el seguro social de mi esposo es el {}",
                   "les di mi seguro social, {}, por teléfono"]}
US_LAB = {"en": {"phone": ["Phone", "Cell", "Home phone", "Daytime phone", "Tel.", "Best number to reach you", "Work #"],
                 "email": ["Email", "E-mail address", "EMAIL"], "card": ["Card number", "Credit card #", "Card No.", "Visa/MC/Amex #", "Debit card"],
                 "name": "Name", "dob": "DOB", "zip": "ZIP", "amount": "Amount"},
          "es": {"phone": ["Teléfono", "Celular", "Tel. de casa"], "email": ["Correo electrónico", "Email"],
                 "card": ["Número de tarjeta", "Tarjeta de crédito"], "name": "Nombre", "dob": "Fecha de nacimiento",
                 "zip": "Código postal", "amount": "Monto"}}
US_FIRST = ["James", "Maria", "Robert", "Jennifer", "Luis", "Ashley", "Darnell", "Nguyen Thi", "Keisha", "Brandon", "Rosa", "Tyler"]
US_LAST = ["Johnson", "Hernandez", "Williams", "Brown", "Lopez", "Washington", "Tran", "Miller", "Davis", "Ramirez", "Clark"]
STATES = [("TX", "77", 5), ("CA", "9", 4), ("OH", "44", 5), ("FL", "33", 5), ("NY", "1", 4), ("IL", "60", 5), ("GA", "30", 5)]


def us_negative(rng, lang) -> tuple[str, str]:
    """A number a scrubber could take for an SSN, card or phone on a US page, under its own label."""
    r = rng.randrange(14)
    es = lang == "es"
    return [
        ("EIN" if not es else "EIN del empleador", V.ein(rng)), ("ITIN", V.itin(rng)),
        ("Routing #" if not es else "Número de ruta", V.aba(rng)),
        ("Case No." if not es else "Número de caso", f"{rng.choice(['SC', 'CV'])}-{rng.randint(2024, 2026)}-{rng.randint(100000, 999999)}"),
        ("Member ID" if not es else "ID de miembro", digits(rng, 9)),
        ("Claim #" if not es else "N.º de reclamo", f"{digits(rng, 3)}-{digits(rng, 2, '0123456789')}-{digits(rng, 4, '0123456789')}"),
        ("ZIP+4", f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"),
        ("Confirmation #" if not es else "Confirmación", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"),
        ("Employee ID" if not es else "ID de empleado", digits(rng, 9)), ("Invalid SSN (SSA never issues)" if not es else "SSN no válido", V.invalid_ssn(rng)),
        ("Account ending" if not es else "Cuenta terminada en", V.masked_card(rng)),
        ("Ref" if not es else "Referencia", V.bad_card(rng)),
        ("DOB" if not es else "Fecha de nacimiento", DATE_FMT["us"].format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(1950, 2004))),
        ("Control number" if not es else "Número de control", f"{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}"),
    ][r]


class UsCtx(Ctx):
    def __init__(self, rng, lang):
        super().__init__(rng, "en", "US", "com")
        self.lang = lang

    def value(self, field, bare=False):
        rng = self.rng
        if field == "phone":
            number = V.phone_number(rng, "US", rng.random() < 0.5)
            style = rng.choice(["nat", "nat", "dash", "dots", "intl", "e164"])
            if style == "dash":
                nat = V.phonenumbers.format_number(number, V.phonenumbers.PhoneNumberFormat.NATIONAL)
                text = re.sub(r"\((\d{3})\) ", r"\1-", nat)
            elif style == "dots":
                nat = V.phonenumbers.format_number(number, V.phonenumbers.PhoneNumberFormat.NATIONAL)
                text = re.sub(r"\((\d{3})\) (\d{3})-", r"\1.\2.", nat)
            else:
                text = V.write_phone(rng, number, "en", True, style)
            if rng.random() < 0.1:
                text += rng.choice([" x", " ext. ", " ext "]) + str(rng.randint(10, 999))
            return P, text
        if field == "email":
            return E, V.email(rng, "com")
        if field == "card":
            return C, V.write_card(rng, V.card(rng, rng.choice([0, 0, 1, 1, 2, 3]))[1])
        raise KeyError(field)


def us_person(rng):
    return f"{rng.choice(US_FIRST)} {rng.choice(US_LAST)}"


def ssn_value(rng, labelled):
    return S, V.write_ssn(rng, V.ssn(rng), labelled)


def us_doc(rng, register, layout):
    title_en, title_es, fields, _ = US[register]
    fields = [f for f in fields if f != "email" or rng.random() < 0.6]
    lang = "es" if title_es and rng.random() < 0.4 else "en"
    title = title_es if lang == "es" else title_en
    ctx = UsCtx(rng, lang)
    lab = US_LAB[lang]
    p = V.Page()
    if layout in ("form", "ocr"):
        ocr = layout == "ocr"

        def garble(label):
            if not ocr:
                return label
            return label.replace("S", rng.choice(["S", "5", "$"]), 1).replace("o", rng.choice(["o", "0"]), 1).replace("l", rng.choice(["l", "1", "|"]), 1)
        p.line(title.upper() if ocr else title).line("=" * 20 if not ocr else "|  .  ,  ").line("")
        people = rng.randint(1, 3)
        for k in range(people):
            p.line(f"{garble(lab['name'])}:{'  ' if ocr else ' '}{us_person(rng)}")
            slabel = rng.choice(SSN_LABEL[lang])
            form = rng.randrange(3)
            if form == 0:
                p.line(f"{garble(slabel)}:{'   ' if ocr else ' '}", ssn_value(rng, True))
            elif form == 1:
                p.line(ssn_value(rng, False), f"  ({slabel})")
            else:
                p.line(f"{garble(slabel)}").line(ssn_value(rng, True))
            label, neg = us_negative(rng, lang)
            p.line(f"{garble(label)}: {neg}")
        for field in fields + ["phone"] * (rng.random() < 0.6):
            p.line(f"{garble(rng.choice(lab[field]))}:{'  ' if ocr else ' '}", ctx.value(field))
            label, neg = us_negative(rng, lang)
            p.line(f"{label}: {neg}")
        p.line(f"{lab['dob']}: {DATE_FMT['us'].format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(1950, 2004))}")
        p.line(f"{lab['amount']}: {money(rng, 'us')}")
    elif layout == "sheet":
        sep = rng.choice(["\t", ",", " | "])
        fields = [f for f in fields if f != "email" or rng.random() < 0.3]
        cols = [lab["name"], rng.choice(SSN_COLUMN), *(["Employee ID", "Case #"] if lang == "en" else ["ID de empleado", "N.º de caso"])]
        cols += [lab[f][0] for f in fields]
        p.line(f"{title} — {'export' if lang == 'en' else 'exportación'} {DATE_FMT['us'].format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=2026)}").line("")
        p.line(sep.join(cols))
        for _ in range(rng.randint(4, 8)):
            row = [us_person(rng), ssn_value(rng, True), digits(rng, 9), f"{digits(rng, 3)}-{digits(rng, 2, '0123456789')}-{digits(rng, 4, '0123456789')}"]
            row += [ctx.value(f) for f in fields]
            for j, cell in enumerate(row):
                p.add(sep if j else "").add(cell)
            p.t("\n")
        label, neg = us_negative(rng, lang)
        p.line("").line(f"{label}: {neg}")
    elif layout == "chat":
        who = [us_person(rng).split()[0], rng.choice(["Agent Kim", "Support (Dee)", "Rep #4471", "Bot"])]
        p.line(title).line("")
        stamp = f"{rng.randint(1, 12)}:{rng.randint(10, 59)} PM"
        p.line(f"[{stamp}] {who[1]}: {'hi, to verify can I get your case number?' if lang == 'en' else 'hola, ¿me da su número de caso?'}")
        label, neg = us_negative(rng, lang)
        p.line(f"[{stamp}] {who[0]}: {neg} ({label})")
        head, tail = rng.choice(SSN_SENT[lang]).split("{}")
        p.line(f"[{stamp}] {who[0]}: {head}", ssn_value(rng, True), tail)
        if rng.random() < 0.6:
            head, tail = rng.choice(SSN_SENT[lang]).split("{}")
            p.line(f"[{stamp}] {who[0]}: {'also ' if lang == 'en' else 'y '}{head}", ssn_value(rng, True), tail)
            p.line(f"[{stamp}] {who[0]}: {'or text me at ' if lang == 'en' else 'o escríbame al '}", ctx.value("phone"))
        for field in fields:
            phrase = {"phone": ("call me back at ", " pls") if lang == "en" else ("llámeme al ", ""),
                      "email": ("send it to ", " not the old one") if lang == "en" else ("mándelo a ", ""),
                      "card": ("charge the fee to ", "") if lang == "en" else ("cóbrelo a la tarjeta ", "")}[field]
            p.line(f"[{stamp}] {who[0]}: {phrase[0]}", ctx.value(field), phrase[1])
            label, neg = us_negative(rng, lang)
            p.line(f"[{stamp}] {who[1]}: {label} {neg}" + (" noted" if lang == "en" else " anotado"))
    elif layout == "letter":
        p.line(f"RE: {title}").line("")
        p.line(f"Dear {us_person(rng)}," if lang == "en" else f"Estimado/a {us_person(rng)}:")
        label, neg = us_negative(rng, lang)
        if lang == "en":
            p.line(f"We received your request ({label} {neg}). Our records show your Social Security number as ", ssn_value(rng, True),
                   ". If this is wrong, call ", ctx.value("phone"), " within 30 days.")
            p.line(f"The account ending in {rng.randint(1000, 9999)} was not affected. Your dependent listed with SSN ", ssn_value(rng, True),
                   f" ({us_person(rng)}) is also covered; questions by fax to ", ctx.value("phone"), ".")
        else:
            p.line(f"Recibimos su solicitud ({label} {neg}). Nuestros registros muestran su número de Seguro Social como ", ssn_value(rng, True),
                   ". Si no es correcto, llame al ", ctx.value("phone"), " en un plazo de 30 días.")
        for field in fields:
            if field != "phone":
                p.line(f"{rng.choice(lab[field])}: ", ctx.value(field))
        label, neg = us_negative(rng, lang)
        p.line(f"{label}: {neg}").line("Sincerely," if lang == "en" else "Atentamente,")
    elif layout == "dump":
        form = rng.randrange(3)
        p.line(rng.choice(["--- paste ---", "leak sample (first rows):", "```"]))
        if form != 1:
            p.line(("# " if form == 2 else "") + ("|" if form == 0 else ":").join(["name", rng.choice(["ssn", "SSN", "soc"]), "member_id"] * (form == 0) + ["name", "ssn"] * (form == 2) + fields + ["pass"] * (form == 2)))
        for _ in range(rng.randint(3, 6)):
            person = us_person(rng)
            vals = {f: ctx.value(f) for f in fields}  # every row carries every field of the header
            ssn_pair = ssn_value(rng, True)
            member = digits(rng, 9)
            if form == 0:
                p.add(f"{person}|").add(ssn_pair).add(f"|{member}|")
                for j, f in enumerate(fields):
                    p.add("|" if j else "").add(vals[f])
                p.t("\n")
            elif form == 1:
                p.add(f'{{"name": "{person}", "ssn": "').add(ssn_pair).add(f'", "member_id": "{member}"')
                for f in fields:
                    p.add(f', "{f}": "').add(vals[f]).add('"')
                p.t("}\n")
            else:
                p.add(f"{person}:").add(ssn_pair)  # the header line names the column
                for f in fields:
                    p.add(":").add(vals[f])
                p.t(f":{rng.choice(['hunter2', 'Summer2024!', 'qwerty12'])}\n")
        label, neg = us_negative(rng, lang)
        p.line(f"# {label} {neg}")
    else:  # audit: key=value lines of an HR / records system
        p.line(f"# {title}")
        for _ in range(rng.randint(3, 5)):
            ts = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:11Z"
            actor = V.email(rng, "com", rng.choice(["acme-hr", "payco", "casino-ops", "labcorp-x"]))
            p.add(f"{ts} actor=").add((E, actor) if rng.random() < 0.4 else f"svc_{rng.choice(['hr', 'sync', 'adp'])}{rng.randint(1, 9)}").add(f" emp_id={digits(rng, 9)} field=ssn old_value=")
            p.add(ssn_value(rng, True)).add(" new_value=").add(ssn_value(rng, True)).add(" src_ip=").add((I, V.ipv4(rng, "priv"))).t("\n")
            f = rng.choice(fields)
            p.add(f"{ts} actor=system emp_id={digits(rng, 9)} field={f} new_value=").add(ctx.value(f)).t(f" req={digits(rng, 10)}\n")
        label, neg = us_negative(rng, lang)
        p.line(f"{ts} note=\"{label} {neg}\"")
    return p, f"https://{rng.choice(['portal', 'secure', 'forms', 'help'])}.{register.split('_')[0]}-{rng.choice(US_LAST).lower()}.com/{layout}", lang


# ---------------------------------------------------------------- machine output


def ts_iso(rng):
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def ip_any(rng):
    return V.ipv6(rng) if rng.random() < 0.2 else V.ipv4(rng)


def ip_neg(rng):
    """An IP-shaped or IP-adjacent string that is not a labelled host address."""
    return rng.choice(["127.0.0.1", "0.0.0.0", "255.255.255.0", "0.0.0.255", "255.255.255.255", "::1", "255.255.0.0",
                       f"1.3.6.1.4.1.{rng.randint(1000, 60000)}.2.1", f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(1000, 9999)}",
                       f"{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}.in-addr.arpa"])


def machine_doc(rng, register, layout):
    p = V.Page()
    if register == "junos_flow":
        if layout == 0:
            for _ in range(rng.randint(3, 6)):
                src, dst = V.ipv4(rng, "priv"), V.ipv4(rng, "pub")
                nsrc = V.ipv4(rng, "pub")
                p.add(f"{ts_iso(rng)}.{rng.randint(100, 999)}+01:00 srx-{rng.randint(1, 9)} RT_FLOW - RT_FLOW_SESSION_CREATE [junos@2636.1.1.1.2.{rng.randint(26, 40)} source-address=\"")
                p.add((I, src)).add(f"\" source-port=\"{rng.randint(1024, 65535)}\" destination-address=\"").add((I, dst))
                p.add("\" destination-port=\"443\" nat-source-address=\"").add((I, nsrc)).t(f"\" session-id-32=\"{digits(rng, 8)}\" packets-from-client=\"{rng.randint(1, 900)}\"]\n")
        elif layout == 1:
            p.line("user@srx> show security flow session")
            for _ in range(rng.randint(2, 4)):
                p.line(f"Session ID: {digits(rng, 9)}, Policy name: trust-untrust/{rng.randint(4, 9)}, Timeout: 1800, Valid")
                a, b = ip_any(rng), V.ipv4(rng, "pub")
                p.line("  In: ", (I, a), f"/{rng.randint(1024, 65535)} --> ", (I, b), f"/443;tcp, Conn Tag: 0x0, If: ge-0/0/{rng.randint(0, 7)}.0, Pkts: {rng.randint(1, 999)}, Bytes: {rng.randint(1000, 99999)}")
            p.line(f"Total sessions: {rng.randint(2, 9000)}")
        else:
            p.line("user@srx> show arp no-resolve").line("MAC Address       Address         Interface     Flags")
            for _ in range(rng.randint(3, 6)):
                mac = ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))
                p.line(f"{mac} ", (I, V.ipv4(rng, "priv")), f"   ge-0/0/{rng.randint(0, 7)}.0     none")
            p.line(f"Total entries: {rng.randint(3, 40)}  (mask {ip_neg(rng)})")
    elif register == "traefik_access":
        if layout == 0:
            for _ in range(rng.randint(3, 6)):
                p.add((I, ip_any(rng))).t(f" - - [{rng.randint(1, 28):02d}/Dec/2026:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:07 +0000] \"GET /api/v{rng.randint(1, 3)}/orders/{digits(rng, 9)} HTTP/2.0\" {rng.choice([200, 404, 502])} {rng.randint(100, 99999)} \"-\" \"curl/8.{rng.randint(1, 9)}.0\" {rng.randint(1, 99999)} \"websecure-api@docker\" \"http://")
                p.add((I, V.ipv4(rng, "priv"))).t(f":{rng.choice([8080, 3000, 9000])}\" {rng.randint(1, 900)}ms\n")
        elif layout == 1:
            for _ in range(rng.randint(2, 5)):
                p.add('{"ClientAddr":"').add((I, V.ipv4(rng))).t(f':{rng.randint(1024, 65535)}","ClientHost":"').add((I, V.ipv4(rng)))
                p.t(f'","DownstreamStatus":{rng.choice([200, 301, 429])},"Duration":{digits(rng, 8)},"RequestPath":"/login","RouterName":"web@file","ServiceAddr":"')
                p.add((I, V.ipv4(rng, "priv"))).t(f':80","entryPointName":"web","level":"info","time":"{ts_iso(rng)}Z","StartUTC":"{ts_iso(rng)}.{digits(rng, 6)}Z"}}\n')
        else:
            for _ in range(rng.randint(2, 4)):
                p.add(f'time="{ts_iso(rng)}Z" level=error msg="dial tcp ').add((I, V.ipv4(rng, "priv"))).t(f':{rng.randint(1024, 9999)}: connect: connection refused" providerName=docker routerName=app@docker remote=')
                p.add((I, V.ipv4(rng))).t(f" version=3.{rng.randint(0, 3)}.{rng.randint(0, 9)}\n")
            p.line(f'time="{ts_iso(rng)}Z" level=info msg="Configuration loaded from flags." ping=127.0.0.1:8082 bind=0.0.0.0:443')
    elif register == "gcp_audit":
        mail = V.email(rng, "com", rng.choice(["acme-data", "shopco", "labs-xyz"]))
        sa = f"deploy-bot@{rng.choice(['prod', 'ci'])}-{digits(rng, 6)}.iam.gserviceaccount.com"
        ip = ip_any(rng)
        if layout == 0:
            p.add('{"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "authenticationInfo": {"principalEmail": "').add((E, mail))
            p.add('"}, "requestMetadata": {"callerIp": "').add((I, ip)).t(f'", "callerSuppliedUserAgent": "google-cloud-sdk gcloud/4{rng.randint(50, 99)}.0.0"}}, "methodName": "v1.compute.instances.setMetadata", "resourceName": "projects/p-{digits(rng, 6)}/zones/europe-west1-b/instances/vm-{rng.randint(1, 99)}"}}, "insertId": "{digits(rng, 12)}", "timestamp": "{ts_iso(rng)}.{digits(rng, 6)}Z"}}\n')
            p.add('{"protoPayload": {"authenticationInfo": {"principalEmail": "').add((E, sa)).add('"}, "requestMetadata": {"callerIp": "').add((I, V.ipv4(rng, "pub"))).t('"}, "methodName": "storage.objects.get", "status": {}}, "severity": "INFO"}\n')
        elif layout == 1:
            p.line("$ gcloud logging read 'protoPayload.methodName=\"SetIamPolicy\"' --limit 1")
            p.line("---").line("insertId: ", digits(rng, 12)).line("logName: projects/p-", digits(rng, 6), "/logs/cloudaudit.googleapis.com%2Factivity")
            p.line("protoPayload:").line("  authenticationInfo:").line("    principalEmail: ", (E, mail))
            p.line("  requestMetadata:").line("    callerIp: ", (I, ip)).line(f"    callerSuppliedUserAgent: Terraform/1.{rng.randint(3, 9)}.{rng.randint(0, 9)}")
            p.line("  serviceData:").add("    policyDelta: {bindingDeltas: [{action: ADD, member: 'user:").add((E, V.email(rng, "com"))).t("', role: roles/viewer}]}\n")
            p.line(f"receiveTimestamp: '{ts_iso(rng)}.{digits(rng, 9)}Z'")
        else:
            p.line("timestamp,principal_email,caller_ip,method,status_code")
            for _ in range(rng.randint(3, 6)):
                p.line(f"{ts_iso(rng)}Z,", (E, V.email(rng, "com", rng.choice(["acme-data", "shopco"]))), ",", (I, ip_any(rng)), f",{rng.choice(['compute.firewalls.insert', 'iam.serviceAccountKeys.create'])},{rng.choice([0, 7])}")
            p.line(f"# rows: {rng.randint(3, 900)}; exported by ", at_lookalike_plain(rng))
    elif register == "exchange_tracking":
        if layout == 0:
            p.line("#Software: Microsoft Exchange Server").line("#Version: 15.02.1544.004").line("#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source,event-id,internal-message-id,message-id,recipient-address,sender-address,total-bytes")
            for _ in range(rng.randint(2, 5)):
                p.line(f"{ts_iso(rng)}.{rng.randint(100, 999)}Z,", (I, V.ipv4(rng)), f",mail{rng.randint(1, 9)}.contoso-x.net,", (I, V.ipv4(rng, "priv")),
                       f",EXCH0{rng.randint(1, 4)},SMTP,RECEIVE,{digits(rng, 11)},", f"<{digits(rng, 10)}.{rng.randint(1000, 9999)}@smtp.mailer-{rng.randint(1, 99)}.com>",
                       ",", (E, V.email(rng, "net", "contoso-x")), ",", (E, V.email(rng, "com")), f",{rng.randint(1000, 999999)}")
        elif layout == 1:
            p.line("[PS] C:\\> Get-MessageTrackingLog -Start (Get-Date).AddHours(-1) | ft Timestamp,EventId,Sender,Recipients,ClientIp -Auto").line("")
            p.line("Timestamp            EventId  Sender                          Recipients                      ClientIp")
            p.line("---------            -------  ------                          ----------                      --------")
            for _ in range(rng.randint(2, 5)):
                p.line(f"12/{rng.randint(1, 28):02d}/2026 {rng.randint(1, 12)}:{rng.randint(10, 59)}:03 PM  {rng.choice(['RECEIVE', 'SEND   ', 'DELIVER'])}  ", (E, V.email(rng, "com")), "  {", (E, V.email(rng, "org", "fabrikam-y")), "}  ", (I, ip_any(rng)))
        else:
            for _ in range(rng.randint(2, 4)):
                conn = f"08DB{digits(rng, 12)}"
                ip, ip2 = V.ipv4(rng, "priv"), V.ipv4(rng)
                p.line(f"{ts_iso(rng)}.{digits(rng, 3)}Z,EXCH01\\Default Frontend EXCH01,{conn},1,", (I, ip), ":25,", (I, ip2), f":{rng.randint(1024, 65535)},<,MAIL FROM:<", (E, V.email(rng, "com")), "> SIZE=", str(rng.randint(1000, 99999)))
                p.line(f"{ts_iso(rng)}.{digits(rng, 3)}Z,EXCH01\\Default Frontend EXCH01,{conn},2,", (I, ip), ":25,", (I, ip2), f":{rng.randint(1024, 65535)},<,RCPT TO:<", (E, V.email(rng, "net", "contoso-x")), ">")
            p.line(f"{ts_iso(rng)}Z,EXCH01,,,127.0.0.1:25,,>,250 2.6.0 {at_lookalike_plain(rng)} Queued mail for delivery")
    elif register == "dns_query_log":
        if layout == 0:
            for _ in range(rng.randint(3, 6)):
                p.line(f"Dec {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} ns{rng.randint(1, 3)} pdns-recursor[{rng.randint(100, 9999)}]: msg=\"Question\" subsystem=\"syncres\" qname=\"{rng.choice(['api', 'cdn', 'www'])}.{rng.choice(V.LAST)}.com.\" qtype=\"A\" remote=\"", (I, ip_any(rng)), f":{rng.randint(1024, 65535)}\" id={rng.randint(1, 65535)}")
            p.line(f"... qname=\"{ip_neg(rng)}.\" qtype=\"PTR\" remote=\"127.0.0.1:53\"")
        elif layout == 1:
            for _ in range(rng.randint(3, 6)):
                n = rng.randint(1000, 99999)
                client = V.ipv4(rng, "priv")
                p.line(f"Dec {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:11 dnsmasq[{rng.randint(300, 999)}]: {n} ", (I, client), f"/{rng.randint(1024, 65535)} query[A] updates.{rng.choice(V.LAST)}.net from ", (I, client))
                p.line(f"Dec {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:11 dnsmasq[{rng.randint(300, 999)}]: {n} ", (I, client), f"/{rng.randint(1024, 65535)} reply updates.{rng.choice(V.LAST)}.net is ", (I, V.ipv4(rng, "pub")))
            p.line(f"dnsmasq[411]: using nameserver 127.0.0.1#5353; dhcp-range netmask {ip_neg(rng)}")
        else:
            for _ in range(rng.randint(3, 6)):
                ip = ip_any(rng)
                shown = f"[{ip}]" if ":" in ip else ip
                head, tail = shown.split(ip)
                p.line("[INFO] ", head, (I, ip), tail, f":{rng.randint(1024, 65535)} - {rng.randint(1, 65535)} \"AAAA IN {rng.choice(['grafana', 'vault', 'kafka'])}.svc.cluster.local. udp {rng.randint(40, 90)} false 512\" NOERROR qr,aa,rd {rng.randint(60, 200)} 0.000{rng.randint(100, 999)}s")
            p.line(f"[INFO] plugin/reload: Running configuration SHA512 = {digits(rng, 12)}; CoreDNS-1.{rng.randint(9, 12)}.{rng.randint(0, 3)}")
    elif register == "aws_elb_log":
        if layout == 0:
            for _ in range(rng.randint(2, 4)):
                p.line(f"https {ts_iso(rng)}.{digits(rng, 6)}Z app/prod-alb/{digits(rng, 16, '0123456789abcdef')} ", (I, V.ipv4(rng)), f":{rng.randint(1024, 65535)} ", (I, V.ipv4(rng, "priv")),
                       f":80 0.001 0.0{rng.randint(10, 99)} 0.000 200 200 {rng.randint(100, 9999)} {rng.randint(100, 99999)} \"GET https://shop.example-x.com:443/cart?id={digits(rng, 9)} HTTP/1.1\" \"Mozilla/5.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:{digits(rng, 12)}:targetgroup/web/{digits(rng, 16, '0123456789abcdef')} \"Root=1-{digits(rng, 8, '0123456789abcdef')}-{digits(rng, 24, '0123456789abcdef')}\"")
        elif layout == 1:
            for _ in range(rng.randint(2, 5)):
                p.line(f"{ts_iso(rng)}.{digits(rng, 6)}Z classic-elb ", (I, V.ipv4(rng)), f":{rng.randint(1024, 65535)} ", (I, V.ipv4(rng, "priv")), f":8080 0.000{rng.randint(10, 99)} 0.00{rng.randint(100, 999)} 0.000{rng.randint(10, 99)} 200 200 0 {rng.randint(100, 99999)} \"POST http://api.example-y.com:80/v2/login HTTP/1.1\" \"okhttp/4.{rng.randint(1, 12)}.0\" - -")
        else:
            p.line("#\tclient_ip\ttarget_ip\telb_status_code\treceived_bytes\trequest_url")
            for k in range(rng.randint(3, 6)):
                p.line(f"{k + 1}\t", (I, ip_any(rng)), "\t", (I, V.ipv4(rng, "priv")), f"\t{rng.choice([200, 403, 503])}\t{rng.randint(100, 99999)}\thttps://app.example-z.com/v{rng.randint(1, 3)}/{digits(rng, 9)}")
            p.line(f"Run time: {rng.randint(1, 9)}.{rng.randint(100, 999)} sec, Data scanned: {rng.randint(1, 999)}.{rng.randint(10, 99)} MB (engine {ip_neg(rng)})")
    else:  # packet_text: ngrep, p0f, conntrack
        if layout == 0:
            p.line("interface: eth0 (", (I, V.ipv4(rng, "priv")), "/", "255.255.255.0", ")").line("filter: ( port 80 ) and ((ip || ip6) || (vlan && (ip || ip6)))")
            for _ in range(rng.randint(2, 4)):
                p.line("#").line(f"T {ts_iso(rng).replace('T', ' ').replace('-', '/')}.{digits(rng, 6)} ", (I, V.ipv4(rng)), f":{rng.randint(1024, 65535)} -> ", (I, V.ipv4(rng, "priv")), f":80 [AP] #{rng.randint(1, 999)}")
                p.line(f"  GET /track?order={digits(rng, 10)}&t={digits(rng, 10)} HTTP/1.1..Host: shop.local..User-Agent: Wget/1.2{rng.randint(0, 4)}.{rng.randint(0, 9)}....")
        elif layout == 1:
            for _ in range(rng.randint(2, 4)):
                cli, srv = V.ipv4(rng), V.ipv4(rng, "priv")
                p.line(f"[{ts_iso(rng).replace('T', ' ').replace('-', '/')}] mod=syn|cli=", (I, cli), f"/{rng.randint(1024, 65535)}|srv=", (I, srv), f"/22|subj=cli|os=Linux 3.11 and newer|dist={rng.randint(0, 20)}|params=none|raw_sig=4:64+0:0:1460:mss*20,7:mss,sok,ts,nop,ws:df,id+:0")
                p.line(f"[{ts_iso(rng).replace('T', ' ').replace('-', '/')}] mod=uptime|cli=", (I, cli), f"/{rng.randint(1024, 65535)}|srv=", (I, srv), f"/22|subj=cli|uptime={rng.randint(0, 90)} days {rng.randint(0, 23)} hrs|raw_freq=1000.{rng.randint(0, 99):02d} Hz")
        else:
            p.line("# conntrack -L")
            for _ in range(rng.randint(3, 5)):
                a, b = V.ipv4(rng, "priv"), V.ipv4(rng)
                p.line(f"tcp      6 {rng.randint(100, 431999)} ESTABLISHED src=", (I, a), " dst=", (I, b), f" sport={rng.randint(1024, 65535)} dport=443 src=", (I, b), " dst=", (I, V.ipv4(rng, "pub")), f" sport=443 dport={rng.randint(1024, 65535)} [ASSURED] mark=0 use=1")
            p.line(f"udp      17 {rng.randint(1, 180)} src=127.0.0.1 dst=127.0.0.53 sport={rng.randint(1024, 65535)} dport=53 [UNREPLIED] mark=0 use=1")
            p.line(f"conntrack v1.4.{rng.randint(5, 8)} (conntrack-tools): {rng.randint(3, 900)} flow entries have been shown.")
    if rng.random() < 0.6:
        p.line(f"# see also: {ip_neg(rng)} {at_lookalike_plain(rng)}")
    return p, f"https://paste.{rng.choice(['ops', 'noc', 'sre'])}-{rng.choice(V.LAST)}.io/{register}/{digits(rng, 6)}"


def at_lookalike_plain(rng):
    return V.at_lookalike(rng, "io")


MACHINE = ["junos_flow", "traefik_access", "gcp_audit", "exchange_tracking", "dns_query_log", "aws_elb_log", "packet_text"]


# ---------------------------------------------------------------- checks

DIGIT_RUN = re.compile(r"(?<![0-9])(?:[0-9][ \u00a0-]?){12,18}[0-9](?![0-9])")
IBAN_RUN = re.compile(r"\b[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}\b")
PHONE_SHAPE = re.compile(r"(?<![\w.])\+?\(?\d[\d \-./()\u00a0]{5,16}\d(?![\w.])")
IPV4_RUN = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
EMAIL_RUN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
HINTS = {tld: region for pairs in V.HOME.values() for region, tld in pairs}


def region_hints(row: dict) -> list[str]:
    host = row["url"].split("/")[2]
    for tld, region in HINTS.items():
        if host.endswith("." + tld):
            return [region, "US"]
    return ["US"]


def check_row(row: dict) -> list[str]:
    """Problems of one row's gold (empty when it passes every check the docstring names)."""
    text, problems, last_end = row["text"], [], -1
    for span in row["spans"]:
        start, end, kind, value = span["start"], span["end"], span["type"], span["text"]
        if text[start:end] != value:
            problems.append(f"text mismatch {span}")
        if start < last_end:
            problems.append(f"overlap {span}")
        last_end = end
        if (start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()) or (end < len(text) and text[end].isascii() and text[end].isalnum()):
            problems.append(f"glued {span}")
        if value != value.strip() or value[-1] in ".,;:)":
            problems.append(f"edge {span}")
        if kind == P and not V.phone_is_valid(value, region_hints(row)):
            problems.append(f"invalid phone {value}")
        elif kind == C:
            d = re.sub(r"[ \u00a0-]", "", value)
            if not (d.isdigit() and V.luhn_ok(d) and V.card_brand(d)):
                problems.append(f"invalid card {value}")
        elif kind == IB and not V.iban_is_valid(value):
            problems.append(f"invalid IBAN {value}")
        elif kind == I and not V.ip_is_labelled_kind(value):
            problems.append(f"excluded IP {value}")
        elif kind == S and not V.ssn_is_valid(value):
            problems.append(f"invalid SSN {value}")
        elif kind == E and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", value):
            problems.append(f"invalid e-mail {value}")
    covered = [(s["start"], s["end"]) for s in row["spans"]]

    def inside(a, b):
        return any(s <= a and b <= e for s, e in covered)
    for m in DIGIT_RUN.finditer(text):
        d = re.sub(r"[ \u00a0-]", "", m.group())
        if V.luhn_ok(d) and V.card_brand(d) and not inside(m.start(), m.end()):
            problems.append(f"unlabelled card {m.group()}")
    for m in IBAN_RUN.finditer(text):
        if V.iban_is_valid(m.group()) and not inside(m.start(), m.end()):
            problems.append(f"unlabelled IBAN {m.group()}")
    for m in IPV4_RUN.finditer(text):
        if V.ip_is_labelled_kind(m.group()) and not inside(m.start(), m.end()):
            problems.append(f"unlabelled IP {m.group()}")
    for m in EMAIL_RUN.finditer(text):
        value = m.group()
        trap = (value.startswith("git@") or value.endswith("@2x.png")
                or (text[m.start() - 1:m.start()] == "<" and value.split("@")[0].replace(".", "").isdigit()))
        at = m.start() + value.index("@")
        if not trap and not inside(at, at + 1):
            problems.append(f"unlabelled e-mail {value}")
    return problems


# ---------------------------------------------------------------- the set

LANGS_CYCLE = {reg: sorted(titles) for reg, (titles, _) in INTL.items()}


def plan() -> list[tuple[str, str, int]]:
    """(group, register, documents) in a fixed order."""
    return [("intl", reg, 54) for reg in INTL] + [("us", reg, 58) for reg in US] + [("machine", reg, 31) for reg in MACHINE]


def generate(half: str = "blind16") -> list[dict]:
    rows = []
    for group_, register, count in plan():
        for k in range(count):
            for attempt in range(20):
                rng = random.Random(f"{SEED}-{register}-{k}-{attempt}")
                if group_ == "intl":
                    langs = LANGS_CYCLE[register]
                    lang = langs[k % len(langs)]
                    layout = INTL_LAYOUTS[k % len(INTL_LAYOUTS)]
                    page, url = intl_doc(rng, register, lang, layout)
                elif group_ == "us":
                    layouts = US[register][3]
                    layout = layouts[k % len(layouts)]
                    page, url, lang = us_doc(rng, register, layout)
                else:
                    layout = str(k % 3)
                    page, url = machine_doc(rng, register, k % 3)
                    lang = "en"
                row = {"id": f"{half}-{len(rows)}", "half": half, "register": register, "url": url, "language": lang,
                       "text": page.text, "spans": page.spans, "layout": layout}
                if not check_row(row):
                    break
            else:
                raise AssertionError(f"{register} {k}: {check_row(row)}")
            rows.append(row)
    for row in rows:
        del row["layout"]
    return rows


def load() -> list[dict]:
    """The rows of the committed file."""
    return read_rows(DATA)


def counts(rows: list[dict]) -> None:
    by_type, by_reg, by_lang = {}, {}, {}
    for row in rows:
        by_reg[row["register"]] = by_reg.get(row["register"], 0) + 1
        by_lang[row["language"]] = by_lang.get(row["language"], 0) + 1
        for span in row["spans"]:
            by_type[span["type"]] = by_type.get(span["type"], 0) + 1
    total = sum(by_type.values())
    shaped = 0
    for row in rows:
        spans = [(s["start"], s["end"]) for s in row["spans"]]
        for m in PHONE_SHAPE.finditer(row["text"]):
            if sum(ch.isdigit() for ch in m.group()) >= 7 and not any(a < m.end() and m.start() < b for a, b in spans):
                shaped += 1
    print(f"phone-shaped strings (7+ digits in phone-like groups) outside every span: {shaped}")
    print(f"{len(rows)} documents, {total} spans")
    for kind, n in sorted(by_type.items()):
        print(f"  {kind:14s} {n:5d}  {100 * n / total:5.1f}%")
    print("registers:", len(by_reg), dict(sorted(by_reg.items())))
    print("languages:", len(by_lang), dict(sorted(by_lang.items())))


def main() -> None:
    rows = generate()
    counts(rows)
    write_sets("", SETS, lambda half: rows, __doc__.split("\n")[0])


if __name__ == "__main__":
    sys.exit(main())
