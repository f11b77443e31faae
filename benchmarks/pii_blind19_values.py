"""Value makers, look-alike makers and the gold checks of the nineteenth blind PII set (pii_blind19.py)."""

import ipaddress
import random
import re
import unicodedata

import phonenumbers
from schwifty import IBAN

NBSP = "\u00a0"

# Countries whose pages are in each language; the first is the page's own region.
LANG_REGIONS = {
    "en": ["US"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "es": ["ES", "MX", "AR"],
    "it": ["IT"], "pt": ["PT", "BR"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE"], "cs": ["CZ"],
    "tr": ["TR"], "ru": ["RU"], "uk": ["UA"], "bg": ["BG"], "el": ["GR"], "ar": ["EG", "SA", "AE"],
    "fa": ["IR"], "he": ["IL"], "hi": ["IN"], "zh": ["CN", "TW"], "ja": ["JP"], "ko": ["KR"],
    "th": ["TH"], "ro": ["RO"], "hu": ["HU"],
}
FOREIGN = ["US", "GB", "IE", "CA", "AU", "NZ", "ZA", "NG", "KE", "GH", "EG", "MA", "TN", "DZ", "SA", "AE", "QA", "KW", "OM", "BH", "JO", "LB", "IL", "TR", "GR", "CY", "BG", "RO", "HU", "CZ", "SK", "PL", "LT", "LV", "EE", "FI", "SE", "NO", "DK", "IS", "DE", "AT", "CH", "LI", "LU", "BE", "NL", "FR", "MC", "ES", "PT", "IT", "MT", "SI", "HR", "RS", "BA", "ME", "MK", "AL", "UA", "BY", "MD", "RU", "KZ", "UZ", "GE", "AM", "AZ", "IR", "PK", "IN", "LK", "BD", "NP", "TH", "VN", "MY", "SG", "ID", "PH", "CN", "HK", "TW", "JP", "KR", "MX", "GT", "CR", "PA", "CO", "VE", "EC", "PE", "CL", "AR", "UY", "PY", "BO", "BR", "DO", "JM", "TT"]
IBAN_COUNTRIES = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "PL", "CZ", "SE", "GR", "TR", "RO", "HU", "BG", "PT", "IL", "SA", "AE", "CH", "NO", "DK", "FI", "GB", "IE", "LU", "SK", "SI", "HR"]
LANG_IBAN = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE",
             "cs": "CZ", "tr": "TR", "ru": "DE", "uk": "UA", "bg": "BG", "el": "GR", "ar": "SA", "fa": "AE",
             "he": "IL", "hi": "GB", "zh": "DE", "ja": "FR", "ko": "GB", "th": "NL", "ro": "RO", "hu": "HU",
             "en": "GB"}
EXT_WORDS = {"en": ["ext. ", "x", "Ext "], "fr": ["poste "], "es": ["ext. ", "int. "], "it": ["int. "],
             "pt": ["ramal "], "nl": ["toestel "], "pl": ["wewn. "], "ru": ["доб. "], "uk": ["дод. "],
             "bg": ["вътр. "], "ja": ["内線"], "ko": ["내선 "], "zh": ["转"], "he": ["שלוחה "],
             "el": ["εσωτ. "], "sv": ["ankn. "], "cs": ["linka "], "tr": ["dahili "], "de": ["Durchwahl "],
             "hu": ["mellék "], "ro": ["int. "], "ar": ["تحويلة "], "fa": ["داخلی "], "th": ["ต่อ "],
             "hi": ["एक्सटेंशन "]}
EXT_RE = re.compile(r"\s*(?:,\s*)?(?:" + "|".join(sorted({re.escape(w.strip()) for ws in EXT_WORDS.values()
                                                          for w in ws}, key=len, reverse=True)) + r")\s*\d+$")

# (prefixes, lengths) of card brands, as issuers publish them
BRANDS = {
    "visa": (["4"], [13, 16, 19]), "mc": (["51", "52", "53", "54", "55", "2221", "2500", "2720", "2310"], [16]),
    "amex": (["34", "37"], [15]), "discover": (["6011", "644", "65"], [16, 19]), "jcb": (["3528", "3566", "3589"], [16]),
    "diners": (["36", "300", "305", "38"], [14]), "unionpay": (["62"], [16, 19]), "mir": (["2200", "2204"], [16]),
}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def brand_card(digits: str) -> bool:
    """A card by the span rules: Luhn-valid, a real brand prefix at a brand length."""
    if not digits.isdigit() or not luhn_ok(digits):
        return False
    if digits[0] == "4":
        return len(digits) in (13, 16, 19)
    if digits[:2] in ("34", "37"):
        return len(digits) == 15
    if 51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720:
        return len(digits) == 16
    if 2200 <= int(digits[:4]) <= 2204:
        return len(digits) in (16, 17, 18, 19)
    if digits[:4] == "6011" or digits[:2] == "65" or 644 <= int(digits[:3]) <= 649:
        return 16 <= len(digits) <= 19
    if 3528 <= int(digits[:4]) <= 3589:
        return 16 <= len(digits) <= 19
    if digits[:2] in ("36", "38", "39") or 300 <= int(digits[:3]) <= 305 or digits[:4] == "3095":
        return 14 <= len(digits) <= 19
    if digits[:2] == "62":
        return 16 <= len(digits) <= 19
    return False


def ascii_digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


def phone_valid(text: str, language: str) -> bool:
    s = EXT_RE.sub("", ascii_digits(text).replace(NBSP, " ").replace("\u202f", " "))
    if re.search(r"[A-Za-z]", s):
        return False  # vanity numbers ("1-800-FLOWERS") are never labelled
    if s.startswith("00"):
        s = "+" + s[2:]
    regions = LANG_REGIONS.get(language, ["US"]) + ["US"]
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def ssn_valid(text: str) -> bool:
    d = re.sub(r"[ .\-\u00a0]", "", text)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def iban_valid(text: str) -> bool:
    try:
        IBAN(text.upper().replace(" ", "").replace(NBSP, ""))
        return True
    except Exception:  # noqa: BLE001 - any schwifty error means "not a valid IBAN"
        return False


def ip_ok(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified:
        return False
    return not (ip.version == 4 and (str(ip) == "255.255.255.255" or text.startswith("255.")))


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")


def value_ok(typ: str, text: str, language: str) -> bool:
    if typ == "PHONE_NUMBER":
        return phone_valid(text, language)
    if typ == "US_SSN":
        return ssn_valid(text)
    if typ == "CREDIT_CARD":
        return brand_card(re.sub(r"[ \-\u00a0.]", "", text))
    if typ == "IBAN_CODE":
        return iban_valid(text)
    if typ == "IP_ADDRESS":
        return ip_ok(text)
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL_RE.match(text))
    return False


def check_row(row: dict) -> list[str]:
    """Gold integrity problems of one row (empty list: fine)."""
    errors = []
    text = row["text"]
    last = 0
    for s in row["spans"]:
        if text[s["start"]:s["end"]] != s["text"]:
            errors.append(f"span text mismatch {s}")
        if s["start"] < last:
            errors.append(f"overlap or unsorted {s}")
        last = s["end"]
        before = text[s["start"] - 1] if s["start"] > 0 else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            errors.append(f"glued {s}")
        if s["text"] != s["text"].strip() or s["text"][-1] in ".,;:)":
            errors.append(f"edge {s}")
        if not value_ok(s["type"], s["text"], row["language"]):
            errors.append(f"invalid {s}")
    covered = [False] * len(text)
    for s in row["spans"]:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    outside = "".join(c if not covered[i] else "\n" for i, c in enumerate(text))
    for m in re.finditer(r"(?<![\d.\-])\d{13,19}(?![\d\-])", outside):
        if brand_card(m.group()):
            errors.append(f"stray card {m.group()}")
    for m in re.finditer(r"(?<![\d\-])(\d{3})-(\d{2})-(\d{4})(?![\d\-])", outside):
        if ssn_valid(m.group()):
            errors.append(f"stray dashed ssn {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", outside):
        if iban_valid(m.group()):
            errors.append(f"stray iban {m.group()}")
    for m in re.finditer(r"(?<![<\w.+\-:/])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]{2,}(?![>\w:])", outside):
        errors.append(f"stray mailbox {m.group()}")
    return errors


# ---------------------------------------------------------------- value makers


def _redraw(r: random.Random, region: str, kind) -> phonenumbers.PhoneNumber:
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nat = str(ex.national_number)
    keep = r.randint(1, min(3, max(1, len(nat) - 4)))
    for _ in range(60):
        cand = nat[:keep] + "".join(r.choice("0123456789") for _ in nat[keep:])
        num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if ex.italian_leading_zero:
            num.italian_leading_zero = True
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def phone(r: random.Random, language: str, own: bool = True, style: str | None = None,
          ext: bool = False) -> str:
    """A valid phone number of the page's region (own) or of one of 100 others, written as pages do."""
    region = r.choice(LANG_REGIONS[language]) if own else r.choice(FOREIGN)
    kind = r.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    num = _redraw(r, region, kind)
    styles = ["intl", "e164", "00", "nat", "nat", "nat_alt"] if own else ["intl", "e164", "00", "intl_alt"]
    style = style or r.choice(styles)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == "e164":
        out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    elif style == "00":
        out = "00" + intl[1:]
    elif style == "intl_alt":
        out = r.choice([intl.replace(" ", "."), intl.replace(" ", "-"), intl.replace(" ", NBSP)])
    elif style == "nat" or not own:
        out = nat if own else intl
    elif style == "nat_alt":
        if region in ("DE", "AT") and nat.startswith("0") and " " in nat:
            a, b = nat.split(" ", 1)
            out = a + "/" + b.replace(" ", "")
        elif region in ("FR", "BE", "CH") and " " in nat:
            out = nat.replace(" ", ".")
        elif region == "US":
            d = str(num.national_number)
            out = r.choice([f"{d[:3]}.{d[3:6]}.{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}", f"({d[:3]}) {d[3:6]}-{d[6:]}"])
        elif nat.startswith("0") and num.italian_leading_zero is not True and region in ("DE", "NL", "GB", "IT"):
            out = intl.replace(" ", " (0)", 1) if region != "IT" else intl
        else:
            out = nat.replace(" ", NBSP) if " " in nat else intl
    else:
        out = intl
    if language in ("zh", "ja", "ko") and r.random() < 0.25:
        out = out.translate(FULLWIDTH)
    elif language == "ar" and r.random() < 0.4 and "(" not in out:
        out = out.translate(ARABIC)
    elif language == "fa" and r.random() < 0.5 and "(" not in out:
        out = out.translate(PERSIAN)
    if ext:
        word = r.choice(EXT_WORDS.get(language, ["ext. "])).strip()
        digits = str(r.randint(10, 899))
        if any(c in out for c in "٠١٢٣٤٥٦٧٨٩"):
            digits = digits.translate(ARABIC)
        elif any(c in out for c in "۰۱۲۳۴۵۶۷۸۹"):
            digits = digits.translate(PERSIAN)
        out += " " + word + ("" if word == "x" or language in ("ja", "zh") else " ") + digits
    return out


def card(r: random.Random, style: str | None = None) -> str:
    brand = r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "jcb", "diners", "unionpay", "mir"])
    prefixes, lengths = BRANDS[brand]
    prefix = r.choice(prefixes)
    n = r.choice(lengths)
    if brand == "mc" and prefix == "2310":
        prefix = "2" + str(r.randint(221, 720))
    digits = luhn_complete(prefix + "".join(r.choice("0123456789") for _ in range(n - len(prefix) - 1)))
    style = style or r.choice(["space", "space", "dash", "plain", "nbsp"])
    if style == "plain":
        return digits
    sep = {"space": " ", "dash": "-", "nbsp": NBSP}.get(style, " ")
    if n == 15 or n == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i:i + 4] for i in range(0, n, 4)]
    return sep.join(groups)


def card_lookalike(r: random.Random) -> str:
    """13-19 digits that are no card: Luhn failing with a brand prefix, or no brand prefix at all."""
    n = r.choice([13, 15, 16, 16, 18, 19])
    if r.random() < 0.5:
        body = r.choice(["4", "51", "37", "6011", "35", "62"]) + "".join(r.choice("0123456789") for _ in range(n - 3))
        body = body[:n - 1]
        d = luhn_complete(body)
        s = d[:-1] + str((int(d[-1]) + r.randint(1, 9)) % 10)
    else:
        s = r.choice(["0", "1", "7", "8", "99"]) + "".join(r.choice("0123456789") for _ in range(n - 1))
        s = s[:n]
    assert not brand_card(s)
    if r.random() < 0.4:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def masked_card(r: random.Random) -> str:
    last = "".join(r.choice("0123456789") for _ in range(4))
    return r.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"4{r.randint(100, 999)} •••• •••• {last}",
                     f"{r.choice(['5', '4'])}{r.randint(10000, 99999)}******{last}"])


def imei(r: random.Random) -> str:
    return luhn_complete("35" + "".join(r.choice("0123456789") for _ in range(12)))


def iban(r: random.Random, country: str, style: str | None = None) -> str:
    for _ in range(20):
        try:
            value = IBAN.random(country_code=country, random=random.Random(r.random()))
            break
        except Exception:  # noqa: BLE001 - schwifty has no random maker for some countries
            country = "DE"
    compact = str(value.compact)
    style = style or r.choice(["groups", "groups", "compact", "lower"])
    if style == "compact":
        return compact
    grouped = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return grouped.lower() if style == "lower" else grouped


def bad_iban(r: random.Random, country: str) -> str:
    good = iban(r, country, "compact")
    check = int(good[2:4])
    wrong = f"{(check + r.randint(1, 60)) % 97 + 2:02d}"
    if wrong == good[2:4]:
        wrong = f"{(check + 1) % 97 + 2:02d}"
    s = good[:2] + wrong + good[4:]
    if iban_valid(s):
        s = good[:2] + f"{(int(wrong) + 1) % 97 + 2:02d}" + good[4:]
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn(r: random.Random, style: str = "dash") -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    sep = {"dash": "-", "space": " ", "dot": ".", "plain": ""}[style]
    return a + sep + g + sep + s


def bad_ssn(r: random.Random) -> str:
    """Nine digits in SSN shape that are no SSN: ITIN, EIN, area 000 / 666, group 00, serial 0000."""
    k = r.randint(0, 5)
    if k == 0:
        return f"9{r.randint(0, 99):02d}-{r.choice([70, 78, 88, 90, 93])}-{r.randint(1000, 9999)}"
    if k == 1:
        return f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}"
    if k == 2:
        return f"000-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    if k == 3:
        return f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    if k == 4:
        return f"{r.randint(100, 665)}-00-{r.randint(1000, 9999)}"
    return f"{r.randint(100, 665)}-{r.randint(10, 99)}-0000"


def nine_digits(r: random.Random) -> str:
    return str(r.randint(100000000, 999999999))


def ipv4(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["public", "public", "public", "private", "private", "link"])
    if kind == "private":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    if kind == "link":
        return f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"
    while True:
        a = r.choice([23, 31, 37, 45, 46, 62, 77, 78, 81, 84, 91, 93, 95, 109, 141, 151, 176, 178, 185, 188, 193,
                      194, 195, 203, 212, 213, 217, 5, 8, 13, 34, 52, 64, 66, 98, 104, 142, 157, 161, 198, 200, 201])
        s = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["global", "global", "ula", "link"])
    h = [f"{r.randint(0, 0xffff):x}" for _ in range(8)]
    if kind == "global":
        h[0] = r.choice(["2a01", "2a02", "2001", "2600", "2804", "2405", "2a00", "2c0f"])
        if h[0] == "2001":
            h[1] = r.choice(["41d0", "4860", "67c", "1af8", "bc8"])
    elif kind == "ula":
        h[0] = f"fd{r.randint(0, 255):02x}"
    else:
        h[:4] = ["fe80", "0", "0", "0"]
    s = str(ipaddress.ip_address(":".join(h)))
    return s if r.random() < 0.8 else s.upper()


def ip(r: random.Random) -> str:
    return ipv4(r) if r.random() < 0.72 else ipv6(r)


def ip_lookalike(r: random.Random) -> str:
    return r.choice([
        "127.0.0.1", "0.0.0.0", "255.255.255.0", "255.255.0.0", "255.255.255.255", "0.0.0.255", "0.0.15.255",
        "::1", "::", "255.255.255.240", "255.255.252.0",
        f"v{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(100, 9999)}",
        f"firmware {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(1, 254)}",
        f"1.3.6.1.4.1.{r.randint(100, 60000)}.{r.randint(1, 9)}.{r.randint(1, 9)}",
        f"{r.randint(2, 20)}.{r.randint(1, 12)}.{r.randint(1, 40)}",
        f"§ {r.randint(1, 12)}.{r.randint(1, 9)}.{r.randint(1, 9)}.{r.randint(1, 9)}",
        f"{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(0, 255)}.in-addr.arpa",
    ])


def email(r: random.Random, names: list[str], domain: str) -> str:
    first = r.choice(names)
    local = r.choice([first, f"{first}.{r.choice(names)}", f"{first}{r.randint(1, 99)}", f"{first}+{r.choice(['club', 'shop', 'news', 'forum'])}",
                      f"{first[0]}.{r.choice(names)}", "info", "kontakt", "office", "hello"])
    out = f"{local}@{domain}"
    return out.upper() if r.random() < 0.05 else out


def at_lookalike(r: random.Random, names: list[str], domain: str) -> str:
    n = r.choice(names)
    h = "".join(r.choice("0123456789abcdef") for _ in range(16))
    return r.choice([
        f"<{h[:10]}.{r.randint(1000, 9999)}@{r.choice(['mx', 'smtp', 'mail'])}.{domain}>",
        f"@{n}_{r.randint(10, 99)}", f"{r.choice(['lodash', 'react', 'left-pad', 'express', 'typescript'])}@{r.randint(1, 18)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
        f"git@github.com:{n}/{r.choice(['dotfiles', 'site', 'tools'])}.git", f"{n}@{r.choice(['nas', 'raspberrypi', 'web01', 'db2'])}:~$",
        f"registry/{n}@sha256:{h}{h}", f"{n} [at] {domain.split('.')[0]} [dot] {domain.split('.')[-1]}",
        f"{n}(at){domain}", f"{n}@localhost", f"ssh {n}@{r.choice(['backup', 'gw', 'pi4'])}",
    ])
