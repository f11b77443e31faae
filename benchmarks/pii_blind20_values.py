"""Value makers, look-alike makers, a document builder and the row checks of the blind20 PII set
(benchmarks/pii_blind20.py). Written for blind20 only; shares no code with the other generators.
"""

import ipaddress
import re
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")

# ---------------------------------------------------------------- document builder


class Doc:
    """Text written piece by piece; `v(type, text)` appends a labelled value."""

    def __init__(self):
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []

    def t(self, text: str) -> "Doc":
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, kind: str, text: str) -> "Doc":
        assert kind in TYPES, kind
        self.spans.append({"type": kind, "start": self.size, "end": self.size + len(text), "text": text})
        return self.t(text)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- digits and helpers

FULLWIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TO_ASCII = str.maketrans("０１２３４５６７８９＋٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789+" + "0123456789" * 2)


def digits(rng, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for last in string.digits:
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError(prefix)


# ---------------------------------------------------------------- phones

REGIONS = {  # page language -> regions whose national writing a page in it uses
    "en": ["US", "GB", "CA", "AU", "IE", "NZ", "ZA", "SG"], "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH", "LU", "CA"], "es": ["ES", "MX", "AR", "CO", "CL", "PE"],
    "it": ["IT"], "pt": ["PT", "BR"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"],
    "no": ["NO"], "fi": ["FI"], "cs": ["CZ"], "hu": ["HU"], "ro": ["RO"], "tr": ["TR"], "ru": ["RU", "KZ"],
    "uk": ["UA"], "bg": ["BG"], "el": ["GR", "CY"], "ar": ["SA", "AE", "EG", "JO", "MA"], "fa": ["IR"],
    "he": ["IL"], "hi": ["IN"], "zh": ["CN", "TW", "HK"], "ja": ["JP"], "ko": ["KR"], "th": ["TH"],
    "vi": ["VN"],
}
ABROAD = ["NG", "KE", "GH", "TZ", "UG", "ET", "SN", "CI", "CM", "TN", "DZ", "LB", "QA", "KW", "BH", "OM",
          "PK", "BD", "LK", "NP", "MY", "ID", "PH", "IS", "EE", "LV", "LT", "SK", "SI", "HR", "RS", "BA",
          "MK", "AL", "MT", "GE", "AM", "AZ", "BY", "MD", "UY", "PY", "BO", "EC", "VE", "CR", "PA", "GT",
          "DO", "JM", "TT", "PR", "MU", "NA", "BW", "ZM", "ZW", "MZ", "RW", "MN", "KH", "LA", "MM"]
EXT_WORDS = {"en": ["ext. ", "x", "ext "], "fr": ["poste "], "ru": ["доб. "], "uk": ["доб. "], "bg": ["доб. "],
             "ja": ["内線 "], "pt": ["ramal "], "es": ["ext. ", "int. "], "it": ["int. "], "de": ["App. "],
             "ko": ["내선 "], "zh": ["转"], "he": ["שלוחה "], "pl": ["wew. "], "nl": ["toestel "], "sv": ["ankn. "],
             "tr": ["dahili "], "cs": ["linka "], "hu": ["mellék "], "el": ["εσωτ. "]}
EXT_RE = re.compile(r"\s*(?:ext\.?|x|poste|доб\.|内線|ramal|int\.|App\.|내선|转|שלוחה|wew\.|toestel|ankn\.|dahili|linka|mellék|εσωτ\.)\s*\d{1,5}$")


NANP_AREAS = {"US": ["212", "213", "303", "305", "312", "404", "415", "503", "512", "617", "702", "713", "801", "907",
                      "919", "206", "231", "316", "402", "480", "502", "563", "608", "651", "732", "804", "843", "952"],
              "CA": ["416", "604", "514", "403", "613", "902", "306", "709", "250", "905"]}


def phone_number(rng, region: str):
    """A valid number of `region`: an example number with its last digits drawn again."""
    kind = rng.choice([PNT.MOBILE, PNT.FIXED_LINE, PNT.MOBILE])
    base = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(base.national_number)
    if region in ("US", "CA"):
        nsn = rng.choice(NANP_AREAS[region]) + digits(rng, 7, "23456789")
    for _ in range(30):
        keep = rng.randint(3 if region in ("US", "CA") else max(2, len(nsn) - 7), len(nsn) - 3)
        cand = nsn[:keep] + digits(rng, len(nsn) - keep, string.digits)
        num = phonenumbers.parse("+" + str(base.country_code) + cand, None)
        if phonenumbers.is_valid_number(num):
            return num
    return base


def write_phone(rng, num, style: str, lang: str = "en") -> str:
    region = phonenumbers.region_code_for_number(num)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    if style == "national":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(num, PNF.E164)
    if style == "00":
        return "00" + intl[1:]
    if style == "trunk0" and nat.startswith("0") and region in ("DE", "AT", "CH", "GB", "NL", "BE"):
        cc, rest = intl.split(" ", 1)
        return f"{cc} (0){rest}"
    if style == "dots":
        src = nat if rng.random() < 0.5 else intl
        return re.sub(r"[ \-]", ".", src.replace("(", "").replace(")", ""))
    if style == "slash" and region in ("DE", "AT", "CH") and " " in nat:
        a, b = nat.split(" ", 1)
        return f"{a}/{b.replace(' ', '')}"
    if style == "nbsp":
        return intl.replace(" ", "\u00a0")
    if style == "dash" and " " in intl:
        return intl.replace(" ", "-")
    if style == "native":
        text = nat if rng.random() < 0.6 else intl
        if lang in ("zh", "ja", "ko"):
            return text.translate(FULLWIDTH)
        if lang == "ar":
            return text.translate(ARABIC_INDIC)
        if lang == "fa":
            return text.translate(PERSIAN)
        return text
    return intl


def phone(rng, lang: str, abroad: float = 0.15, ext: float = 0.1) -> str:
    """A phone as a page in `lang` writes it (national for its regions, international otherwise)."""
    if rng.random() < abroad:
        num = phone_number(rng, rng.choice(ABROAD))
        style = rng.choice(["intl", "e164", "00", "nbsp", "dash"])
    else:
        num = phone_number(rng, rng.choice(REGIONS[lang]))
        style = rng.choice(["national", "national", "intl", "e164", "00", "trunk0", "dots", "slash", "nbsp"]
                           + (["native"] * 3 if lang in ("zh", "ja", "ko", "ar", "fa") else []))
    text = write_phone(rng, num, style, lang)
    if rng.random() < ext and lang in EXT_WORDS:
        words = EXT_WORDS[lang]
        text += " " + rng.choice(words) + str(rng.randint(2, 4999))
    return text


def phone_valid(text: str, lang_regions=()) -> bool:
    core = EXT_RE.sub("", text).translate(TO_ASCII).replace("\u00a0", " ")
    core = re.sub(r"^(\+\d{1,3}) \(0\)", r"\1 ", core)
    if core.startswith("00"):
        core = "+" + core[2:]
    if core.startswith("+"):
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(core, None))
        except phonenumbers.NumberParseException:
            return False
    for region in list(lang_regions) + sorted(phonenumbers.SUPPORTED_REGIONS):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(core, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# ---------------------------------------------------------------- cards, IBANs, SSNs, IPs, e-mails

BRANDS = [("4", 16), ("4", 16), ("4", 13), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16),
          ("2300", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("3528", 16), ("3589", 16),
          ("36", 14), ("62", 16), ("62", 19), ("2200", 16), ("2204", 16), ("4", 19)]


def card_digits(rng) -> str:
    prefix, length = rng.choice(BRANDS)
    return luhn_complete(prefix + digits(rng, length - len(prefix) - 1, string.digits))


def group_card(number: str, sep: str = " ") -> str:
    if len(number) == 13:
        cuts = [4, 3, 3, 3]
    elif len(number) == 15:
        cuts = [4, 6, 5]
    elif len(number) == 14:
        cuts = [4, 6, 4]
    else:
        cuts = [4] * (len(number) // 4) + ([len(number) % 4] if len(number) % 4 else [])
    out, i = [], 0
    for c in cuts:
        out.append(number[i:i + c])
        i += c
    return sep.join(out)


def card(rng) -> str:
    number = card_digits(rng)
    style = rng.choice(["space", "space", "dash", "plain", "nbsp"])
    if style == "plain":
        return number
    return group_card(number, {"space": " ", "dash": "-", "nbsp": "\u00a0"}[style])


def card_valid(text: str) -> bool:
    number = re.sub(r"[ \-\u00a0]", "", text)
    if not number.isdigit() or not luhn_ok(number):
        return False
    n = len(number)
    return any(number.startswith(p) and n == ln for p, ln in BRANDS) or (
        number[:2] in ("51", "52", "53", "54", "55") and n == 16) or (
        2221 <= int(number[:4]) <= 2720 and n == 16) or (number[:2] in ("34", "37") and n == 15) or (
        number[0] == "4" and n in (13, 16, 19)) or (3528 <= int(number[:4]) <= 3589 and n == 16) or (
        number[:2] == "62" and 16 <= n <= 19) or (2200 <= int(number[:4]) <= 2204 and n == 16) or (
        number[:2] == "36" and n == 14) or (number[:4] == "6011" and n == 16) or (number[:2] == "65" and n == 16)


IBAN_COUNTRIES = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "PT", "SE", "DK", "NO", "FI", "CZ",
                  "HU", "RO", "BG", "GR", "CY", "TR", "SA", "AE", "IL", "GB", "IE", "LU", "HR", "SK", "SI",
                  "EE", "LT", "LV", "JO", "UA"]
LANG_IBAN = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT", "sv": "SE",
             "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "hu": "HU", "ro": "RO", "bg": "BG", "el": "GR",
             "tr": "TR", "ar": "SA", "he": "IL", "uk": "UA", "en": "GB"}


def iban_compact(rng, country: str) -> str:
    return str(IBAN.random(country_code=country, random=rng))


def iban(rng, lang: str) -> str:
    country = LANG_IBAN.get(lang) if rng.random() < 0.7 else None
    compact = iban_compact(rng, country or rng.choice(IBAN_COUNTRIES))
    style = rng.choice(["groups", "groups", "compact", "lower" if compact[4:8].isdigit() else "groups"])
    if style == "compact":
        return compact
    grouped = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return grouped.lower() if style == "lower" else grouped


def iban_valid(text: str) -> bool:
    try:
        IBAN(text.replace(" ", "").upper())
    except SchwiftyException:
        return False
    return True


def wrong_iban(rng, lang: str) -> str:
    compact = iban_compact(rng, LANG_IBAN.get(lang, "DE"))
    check = int(compact[2:4])
    bad = f"{(check + rng.randint(1, 9)) % 97 or 11:02d}"
    out = compact[:2] + bad + compact[4:]
    return out if not iban_valid(out) else compact[:2] + f"{(check + 50) % 97:02d}" + compact[4:]


def ssn_parts(rng) -> tuple[str, str, str]:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng, style: str = "dash") -> str:
    a, g, s = ssn_parts(rng)
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": f"{a}{g}{s}", "dot": f"{a}.{g}.{s}"}[style]


def ssn_valid(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- .]?(\d{2})[- .]?(\d{4})", text)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def bad_ssn(rng) -> str:
    a, g, s = ssn_parts(rng)
    kind = rng.randrange(5)
    if kind == 0:
        a = "000"
    elif kind == 1:
        a = "666"
    elif kind == 2:
        a = f"9{rng.randint(0, 99):02d}"  # ITIN-shaped
    elif kind == 3:
        g = "00"
    else:
        s = "0000"
    return f"{a}-{g}-{s}"


def itin(rng) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 71, 78, 83, 88, 90, 94, 99])}-{rng.randint(1, 9999):04d}"


def ein(rng) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


PUBLIC_V4 = [(5, 9), (11, 99), (101, 126), (128, 168), (170, 171), (173, 191), (193, 197), (199, 202), (204, 223)]


def ipv4(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["public", "public", "public", "private", "private", "link"])
    if kind == "private":
        first = rng.choice(["10", "172", "192"])
        if first == "10":
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if first == "172":
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "link":
        return f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
    a, b = rng.choice(PUBLIC_V4)
    return f"{rng.randint(a, b)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    kind = rng.choice(["global", "global", "ula", "link"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(4)]
    if kind == "global":
        head = rng.choice(["2a01:4f8", "2001:41d0", "2600:1f18", "2a02:c207", "2604:a880", "2a00:1450"])
        addr = f"{head}:{rng.randint(1, 0xfff):x}:{rng.randint(0, 0xffff):x}::{groups[0]}"
    elif kind == "ula":
        addr = f"fd{rng.randint(0, 255):02x}:{groups[0]}:{groups[1]}::{groups[2]}"
    else:
        addr = f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}"
    return str(ipaddress.IPv6Address(addr)) if rng.random() < 0.7 else addr


def ip(rng, v6: float = 0.25) -> str:
    return ipv6(rng) if rng.random() < v6 else ipv4(rng)


def ip_valid(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified or addr.is_multicast or addr.is_reserved:
        return False
    return not (addr.version == 4 and (text.startswith("0.") or text == "255.255.255.255"))


FIRST = ["anna", "jonas", "marie", "lukas", "sofia", "mateo", "elif", "yusuf", "olga", "ivan", "nikos",
         "eleni", "sara", "david", "noa", "amir", "leila", "reza", "priya", "arjun", "wei", "mei", "yuki",
         "haruto", "minjun", "jiwoo", "somchai", "lan", "minh", "pieter", "femke", "kasia", "tomasz", "erik",
         "ingrid", "mads", "aino", "petra", "bence", "ioana", "joao", "beatriz", "giulia", "marco", "lucie",
         "hugo", "carmen", "diego", "mike", "jen", "tyrone", "kayla", "dwight", "brenda", "luis", "maria"]
LAST = ["weber", "dubois", "garcia", "rossi", "silva", "jansen", "nowak", "lindqvist", "jensen", "hansen",
        "virtanen", "novak", "nagy", "popescu", "yilmaz", "ivanov", "shevchenko", "petrov", "papadopoulos",
        "haddad", "karimi", "cohen", "sharma", "wang", "chen", "tanaka", "kim", "park", "srisuk", "nguyen",
        "smith", "johnson", "williams", "brown", "davis", "miller", "wilson", "moore", "taylor", "thomas"]
DOMAINS = {"de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
           "es": ["telefonica.net", "yahoo.es", "correo.com.mx"], "it": ["libero.it", "tiscali.it", "alice.it"],
           "pt": ["sapo.pt", "uol.com.br", "terra.com.br"], "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be"],
           "pl": ["wp.pl", "onet.pl", "o2.pl"], "sv": ["telia.com", "bredband.net"], "da": ["jubii.dk", "mail.dk"],
           "no": ["online.no", "getmail.no"], "fi": ["kolumbus.fi", "luukku.com"], "cs": ["seznam.cz", "centrum.cz"],
           "hu": ["freemail.hu", "citromail.hu"], "ro": ["yahoo.ro", "rdslink.ro"], "tr": ["hotmail.com.tr", "ttmail.com"],
           "ru": ["yandex.ru", "mail.ru", "rambler.ru"], "uk": ["ukr.net", "i.ua", "meta.ua"], "bg": ["abv.bg", "mail.bg"],
           "el": ["otenet.gr", "yahoo.gr"], "ar": ["hotmail.com", "yahoo.com.sa", "emirates.net.ae"],
           "fa": ["chmail.ir", "yahoo.com"], "he": ["walla.co.il", "bezeqint.net"], "hi": ["rediffmail.com", "gmail.com"],
           "zh": ["163.com", "qq.com", "sina.com.cn"], "ja": ["docomo.ne.jp", "yahoo.co.jp", "nifty.com"],
           "ko": ["naver.com", "daum.net", "hanmail.net"], "th": ["hotmail.co.th", "truemail.co.th"],
           "vi": ["vnn.vn", "fpt.vn"], "en": ["gmail.com", "outlook.com", "comcast.net", "att.net", "icloud.com"]}


def email(rng, lang: str = "en", domain: str | None = None) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{first}.{last}", f"{first}{last[:1]}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}",
                        f"{last}.{first}", f"{first}+{rng.choice(['shop', 'news', 'club'])}"])
    dom = domain or rng.choice(DOMAINS.get(lang, DOMAINS["en"]))
    text = f"{local}@{dom}"
    return text.upper() if rng.random() < 0.04 else text


# ---------------------------------------------------------------- look-alikes (never labelled)


def not_email(rng) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    host = rng.choice(["fw01", "db-2", "node7", "build", "pi", "nas"])
    return rng.choice([
        f"<{digits(rng, 14, string.digits)}.{digits(rng, 6, string.digits)}@mx{rng.randint(1, 9)}.{last}-mail.net>",
        f"{rng.choice(['lodash', 'react', 'express', 'left-pad', 'vite'])}@{rng.randint(1, 18)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
        f"@{first}_{last}{rng.randint(1, 99)}", f"{first}@{host}:~$", f"root@{host}",
        f"registry/app@sha256:{''.join(rng.choice('0123456789abcdef') for _ in range(24))}",
        f"{first}.{last} (at) {rng.choice(['gmx', 'web', 'mail'])} (dot) de",
        f"{first} [at] {last} [dot] org", f"{first}＠{last}.example", f"@{rng.choice(['types/node', 'babel/core'])}@{rng.randint(7, 22)}.1.0",
    ])


def not_ip(rng) -> str:
    return rng.choice([
        "127.0.0.1", "0.0.0.0", "255.255.255.0", "255.255.255.255", "255.255.240.0", "0.0.0.255", "0.0.15.255", "::1", "::",
        f"1.3.6.1.4.1.{rng.randint(9, 40000)}.{rng.randint(1, 9)}.{rng.randint(1, 99)}",
        f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(100, 9999)}",
        in_addr(rng),
        f"§ {rng.randint(1, 12)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 999)}",
        version4(rng), oid(rng),
    ])


def in_addr(rng) -> str:
    return f"{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.choice([10, 172, 192])}.in-addr.arpa"


def version4(rng) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(100, 9999)}"


def oid(rng) -> str:
    return f"1.3.6.1.{rng.choice(['2.1.2.2.1', '4.1.' + str(rng.randint(9, 40000)), '6.3.1.1.4'])}.{rng.randint(1, 30)}.{rng.randint(1, 99)}"


def not_card(rng) -> str:
    kind = rng.randrange(6)
    if kind == 0:  # masked card
        return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "4" + digits(rng, 5, string.digits) + "******"]) + digits(rng, 4, string.digits)
    if kind == 1:  # IMEI (Luhn-valid, 15 digits, not a brand)
        return luhn_complete("35" + digits(rng, 12, string.digits))
    if kind == 2:  # Luhn-invalid brand number, grouped
        num = card_digits(rng)
        bad = num[:-1] + str((int(num[-1]) + 3) % 10)
        return group_card(bad, rng.choice([" ", "-"]))
    if kind == 3:  # loyalty / gift card numbers starting with 9 or 7 or 1
        return group_card(rng.choice("791") + digits(rng, 15, string.digits), " ")
    if kind == 4:  # EAN-13 / tracking
        return rng.choice(["40", "50", "76", "87"]) + digits(rng, 11, string.digits)
    return "8" + digits(rng, rng.choice([15, 17, 18]), string.digits)  # ICCID-like / reference


def not_ssn(rng) -> str:
    return rng.choice([bad_ssn(rng), itin(rng), ein(rng), digits(rng, 9), f"{digits(rng, 5)}-{digits(rng, 4, string.digits)}",
                       f"0{digits(rng, 8, string.digits)}", f"{digits(rng, 3)}-{digits(rng, 3, string.digits)}-{digits(rng, 3, string.digits)}"])


DATE_FORMATS = {"en": "{m:02d}/{d:02d}/{y}", "de": "{d:02d}.{m:02d}.{y}", "fr": "{d:02d}/{m:02d}/{y}",
                "es": "{d}/{m}/{y}", "it": "{d:02d}/{m:02d}/{y}", "pt": "{d:02d}/{m:02d}/{y}",
                "nl": "{d}-{m}-{y}", "pl": "{d:02d}.{m:02d}.{y}", "sv": "{y}-{m:02d}-{d:02d}",
                "da": "{d}.{m}.{y}", "no": "{d:02d}.{m:02d}.{y}", "fi": "{d}.{m}.{y}", "cs": "{d}. {m}. {y}",
                "hu": "{y}. {m:02d}. {d:02d}.", "ro": "{d:02d}.{m:02d}.{y}", "tr": "{d:02d}.{m:02d}.{y}",
                "ru": "{d:02d}.{m:02d}.{y}", "uk": "{d:02d}.{m:02d}.{y}", "bg": "{d:02d}.{m:02d}.{y} г.",
                "el": "{d}/{m}/{y}", "ar": "{d}/{m}/{y}", "fa": "{y}/{m:02d}/{d:02d}", "he": "{d}.{m}.{y}",
                "hi": "{d:02d}-{m:02d}-{y}", "zh": "{y}年{m}月{d}日", "ja": "{y}年{m}月{d}日", "ko": "{y}. {m}. {d}.",
                "th": "{d}/{m}/{y}", "vi": "{d:02d}/{m:02d}/{y}"}
PRICE = {"en": "${a:,}.{c:02d}", "de": "{a:,},{c:02d} €", "fr": "{a:,},{c:02d} €", "es": "{a:,},{c:02d} €",
         "it": "€ {a:,},{c:02d}", "pt": "R$ {a:,},{c:02d}", "nl": "€ {a:,},{c:02d}", "pl": "{a:,},{c:02d} zł",
         "sv": "{a:,} kr", "da": "{a:,},{c:02d} kr.", "no": "kr {a:,},-", "fi": "{a:,},{c:02d} €",
         "cs": "{a:,} Kč", "hu": "{a:,} Ft", "ro": "{a:,},{c:02d} lei", "tr": "{a:,},{c:02d} TL",
         "ru": "{a:,} ₽", "uk": "{a:,} грн", "bg": "{a:,},{c:02d} лв.", "el": "{a:,},{c:02d} €",
         "ar": "{a:,} ر.س", "fa": "{a:,} تومان", "he": "₪{a:,}", "hi": "₹{a:,}", "zh": "¥{a:,}.{c:02d}",
         "ja": "{a:,}円", "ko": "{a:,}원", "th": "{a:,} บาท", "vi": "{a:,} ₫"}


def date(rng, lang: str) -> str:
    year = rng.randint(2019, 2027)
    year = year - 621 if lang == "fa" else year + 543 if lang == "th" else year  # Solar Hijri, Buddhist Era
    return DATE_FORMATS.get(lang, DATE_FORMATS["en"]).format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=year)


def price(rng, lang: str) -> str:
    amount = f"{rng.choice([rng.randint(5, 999), rng.randint(1000, 99999), rng.randint(100000, 9999999)]):,}"
    if lang in ("fr", "pl", "cs", "ru", "uk", "sv", "fi", "no", "hu"):
        amount = amount.replace(",", "\u00a0")
    elif lang in ("de", "es", "it", "pt", "nl", "ro", "tr", "bg", "el", "da", "vi"):
        amount = amount.replace(",", ".")
    return PRICE.get(lang, PRICE["en"]).replace("{a:,}", "{a}").format(a=amount, c=rng.randint(0, 99))


def phoneish(rng, lang: str) -> str:
    """A number in phone-like groups that is not a phone: references, times, measures, ids."""
    return rng.choice([
        f"{digits(rng, 3)}-{digits(rng, 3, string.digits)}-{digits(rng, 4, string.digits)}-{digits(rng, 2, string.digits)}",
        f"{rng.randint(2019, 2027)}/{digits(rng, 4, string.digits)}/{digits(rng, 3, string.digits)}",
        f"{digits(rng, 2)} {digits(rng, 3, string.digits)} {digits(rng, 3, string.digits)} {digits(rng, 3, string.digits)}",
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}–{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        f"{rng.randint(100, 2400)} x {rng.randint(100, 1200)} x {rng.randint(10, 900)} mm",
        f"{digits(rng, 4)} {digits(rng, 4, string.digits)} {digits(rng, 2, string.digits)}",
        date(rng, lang), price(rng, lang), f"{digits(rng, 5)}-{digits(rng, 4, string.digits)}",
        f"978-{rng.randint(0, 9)}-{digits(rng, 4, string.digits)}-{digits(rng, 4, string.digits)}-{rng.randint(0, 9)}",
        f"{rng.uniform(-80, 80):.5f}, {rng.uniform(-170, 170):.5f}", f"{digits(rng, 3)}.{digits(rng, 3, string.digits)}.{digits(rng, 3, string.digits)}",
    ])


# ---------------------------------------------------------------- checks on rows

MAILBOX = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w@])")
DASHED_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
LONG_DIGITS = re.compile(r"(?<![\d])\d(?:[ \-]?\d){12,18}(?![\d])")


def value_ok(kind: str, text: str, regions=()) -> bool:
    if kind == "PHONE_NUMBER":
        return phone_valid(text, regions) and not re.search("[A-Za-z]{2,}", EXT_RE.sub("", text))
    if kind == "CREDIT_CARD":
        return card_valid(text)
    if kind == "IBAN_CODE":
        return iban_valid(text)
    if kind == "IP_ADDRESS":
        return ip_valid(text)
    if kind == "US_SSN":
        return ssn_valid(text)
    if kind == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", text))
    return False


def check_row(row: dict) -> list[str]:
    """Every way a row can break the set's rules; empty when it is sound."""
    text, errors, last_end = row["text"], [], 0
    regions = REGIONS.get(row["language"], [])
    for span in row["spans"]:
        s, e, kind = span["start"], span["end"], span["type"]
        if kind not in TYPES:
            errors.append(f"type {kind}")
        if text[s:e] != span["text"]:
            errors.append(f"text mismatch {span}")
        if s < last_end:
            errors.append(f"overlap or unsorted {span}")
        last_end = e
        if s > 0 and text[s - 1].isascii() and text[s - 1].isalnum():
            errors.append(f"glued before {span}")
        if e < len(text) and text[e].isascii() and text[e].isalnum():
            errors.append(f"glued after {span}")
        if span["text"] != span["text"].strip(" \u00a0\n\t.,;:)(") and not span["text"].startswith("("):
            errors.append(f"edge {span}")
        if not value_ok(kind, span["text"], regions):
            errors.append(f"invalid {span}")
    outside = list(text)
    for span in row["spans"]:
        outside[span["start"]:span["end"]] = " " * (span["end"] - span["start"])
    rest = "".join(outside)
    for m in DASHED_SSN.finditer(rest):
        if ssn_valid(m.group()):
            errors.append(f"valid SSN outside spans: {m.group()}")
    for m in LONG_DIGITS.finditer(rest):
        if card_valid(m.group()):
            errors.append(f"card outside spans: {m.group()}")
    for m in MAILBOX.finditer(rest):
        before = rest[max(0, m.start() - 12):m.start()]
        if "Message-ID" not in before and "<" not in rest[m.start() - 1:m.start()]:
            errors.append(f"mailbox outside spans: {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", rest):
        if iban_valid(m.group()):
            errors.append(f"IBAN outside spans: {m.group()}")
    return errors
