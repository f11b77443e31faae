"""Value makers and checks of the blind23 PII set (see pii_blind23.py): phones from phonenumbers'
metadata, Luhn cards of real brand prefixes, schwifty IBANs, US SSNs, IPs, e-mails, and the
look-alikes written beside them."""

from __future__ import annotations

import ipaddress
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

DIGITS = "0123456789"
FULL = "０１２３４５６７８９"
ARABIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
DOTS = {"FR", "BE", "US", "CA", "PT", "IT", "ES", "BR", "CH", "LU", "MA", "SN", "CI", "MX", "RO"}
SLASH = {"DE", "AT", "CH"}
BRACKETS = {"DE", "AT", "NL", "BR", "AR", "MX", "CO", "PE", "IN", "TH", "GR", "RU", "UA", "BG", "CN"}
TRUNK_IN_BRACKETS = {"DE", "AT", "CH", "GB", "NL", "BE", "FR", "SE"}


def to_script(s: str, script: str | None) -> str:
    table = {"full": FULL, "arabic": ARABIC, "persian": PERSIAN}.get(script or "")
    return s if not table else "".join(table[int(c)] if c in DIGITS else c for c in s)


def ascii_digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


class Doc:
    """Text built piece by piece; `v` records a gold span at the current offset."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []

    def t(self, *parts: str) -> Doc:
        for p in parts:
            self.parts.append(p)
            self.n += len(p)
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.spans.append({"type": kind, "start": self.n, "end": self.n + len(value), "text": value})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones
NANP_AREAS = {"US": ["212", "312", "415", "503", "617", "713", "802", "907", "304", "512", "614", "404", "series"],
              "CA": ["416", "514", "604", "403", "902", "613", "780"]}


def phone_number(rng, region: str):
    """A valid number of `region`: its example number's first digits (or a real NANP area code),
    the rest random until phonenumbers calls it valid."""
    kinds = [PNT.MOBILE, PNT.FIXED_LINE]
    rng.shuffle(kinds)
    for kind in kinds:
        ex = phonenumbers.example_number_for_type(region, kind)
        if ex is None:
            continue
        e164 = phonenumbers.format_number(ex, PNF.E164)
        cc = str(ex.country_code)
        nsn = e164[1 + len(cc):]
        if region in NANP_AREAS:
            head = rng.choice([a for a in NANP_AREAS[region] if a.isdigit()])
        else:
            head = nsn[:2] if len(nsn) > 6 else nsn[:1]
        for _ in range(200):
            tail = "".join(rng.choice(DIGITS) for _ in range(len(nsn) - len(head)))
            num = phonenumbers.parse("+" + cc + head + tail)
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                return num
        for _ in range(40):
            k = min(4, len(e164) - 5)
            cand = e164[:-k] + "".join(rng.choice(DIGITS) for _ in range(k))
            num = phonenumbers.parse(cand)
            if phonenumbers.is_valid_number(num):
                return num
    raise ValueError(region)


def _groups(s: str) -> list[str]:
    out, cur = [], ""
    for c in s:
        if c.isdigit():
            cur += c
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def write_phone(num, style: str, script: str | None = None) -> str:
    region = phonenumbers.region_code_for_number(num)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    cc = str(num.country_code)
    if style == "nat":
        s = nat
    elif style == "intl":
        s = intl
    elif style == "e164":
        s = phonenumbers.format_number(num, PNF.E164)
    elif style == "00":
        s = "00" + intl[1:]
    elif style == "trunk" and region in TRUNK_IN_BRACKETS and nat.startswith("0"):
        s = "+" + cc + " (0)" + nat[1:]
    elif style == "dots" and region in DOTS:
        s = ".".join(_groups(nat))
    elif style == "idots":
        s = "+" + ".".join(_groups(intl))
    elif style == "dash" and region not in SLASH:
        s = "-".join(_groups(nat))
    elif style == "slash" and region in SLASH and nat.startswith("0") and len(_groups(nat)) >= 2:
        g = _groups(nat)
        s = g[0] + "/" + " ".join(g[1:])
    elif style == "nbsp":
        s = intl.replace(" ", "\u00a0")
    elif style == "brk" and region in BRACKETS and nat.startswith("0") and len(_groups(nat)) >= 2:
        g = _groups(nat)
        s = "(" + g[0] + ") " + " ".join(g[1:])
    else:
        s = nat if style in ("dots", "slash", "brk", "dash") else intl
    s = to_script(s, script)
    if not phone_ok(s, region):
        s = to_script(intl, script)
    assert phone_ok(s, region), (s, region)
    return s


REGIONS = ["US", "CA", "DE", "AT", "CH", "FR", "BE", "MA", "SN", "ES", "MX", "AR", "CO", "CL", "PE", "UY", "IT",
           "SM", "PT", "BR", "AO", "MZ", "NL", "SR", "PL", "TR", "CY", "SE", "FI", "CZ", "SK", "RU", "KZ", "BY", "UA",
           "MD", "GR", "SA", "EG", "AE", "JO", "KW", "QA", "LB", "TN", "IR", "AF", "IL", "IN", "NP", "CN", "TW", "HK",
           "SG", "JP", "KR", "TH", "LA", "BG", "MK", "GB", "ZA", "NG", "KE", "AU", "NZ", "IE", "RO", "HU", "DK", "NO",
           "PH", "ID", "VN", "MY"]


def phone_ok(s: str, region: str | None = None) -> bool:
    """Valid for `region` (or, without one, for some region of the set) per phonenumbers."""
    base = ascii_digits(s).replace("\u00a0", " ")
    for reg in [region] if region else ["ZZ"] + REGIONS:
        try:
            num = phonenumbers.parse(base, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return True
    return False


EXT_WORDS = ["ext.", "x", "poste", "Durchwahl", "int.", "ramal", "toestel", "ankn.", "dahili", "linka", "доб.",
             "εσωτ.", "داخلي", "داخلی", "שלוחה", "एक्सटेंशन", "转", "内線", "내선", "ต่อ", "вн.", "wew.", "Ext."]
_EXT = re.compile(r"\s?(?:" + "|".join(re.escape(w) for w in sorted(EXT_WORDS, key=len, reverse=True))
                  + r")\s?[0-9０-９٠-٩۰-۹]{1,5}$")


def strip_ext(s: str) -> str:
    """The phone without an extension written after it (the check's view of a span)."""
    return _EXT.sub("", s)


# ---------------------------------------------------------------- cards
def luhn_ok(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + "".join(rng.choice(DIGITS) for _ in range(length - len(prefix) - 1))
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


BRANDS = {
    "Visa": (["4"], [16]),
    "Mastercard": (["51", "52", "53", "54", "55", "2221", "2400", "2720", "2500"], [16]),
    "American Express": (["34", "37"], [15]),
    "Discover": (["6011", "65", "644", "649"], [16]),
    "JCB": (["3528", "3540", "3566", "3589"], [16]),
    "Diners Club": (["36", "38", "300", "305"], [14]),
    "UnionPay": (["62"], [16, 19]),
    "Mir": (["2200", "2202", "2204"], [16]),
}


def card_brand_ok(d: str) -> bool:
    for prefixes, lengths in BRANDS.values():
        if len(d) in lengths and any(d.startswith(p) for p in prefixes):
            return True
    return len(d) == 16 and 2221 <= int(d[:4]) <= 2720


def card(rng, brand: str | None = None, sep: str | None = None) -> tuple[str, str]:
    brand = brand or rng.choice(list(BRANDS))
    prefixes, lengths = BRANDS[brand]
    d = luhn_complete(rng.choice(prefixes), rng.choice(lengths), rng)
    if sep is None:
        sep = rng.choice([" ", " ", "-", "", " "])
    if len(d) == 15 or len(d) == 14:
        g = [d[:4], d[4:10], d[10:]]
    elif len(d) == 19:
        g = [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    elif len(d) == 13:
        g = [d[:4], d[4:8], d[8:12], d[12:]] if sep else [d]
    else:
        g = [d[i:i + 4] for i in range(0, 16, 4)]
    return brand, sep.join(g)


def bad_card(rng) -> str:
    """A 16-digit number that is not a card: Luhn fails."""
    d = luhn_complete(rng.choice(["4", "51", "6011", "35"]), 16, rng)
    d = d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else d


def masked_card(rng) -> str:
    last = "".join(rng.choice(DIGITS) for _ in range(4))
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}",
                       f"4{rng.randint(100, 999)} **** **** {last}", f"ending in {last}"])


def imei(rng) -> str:
    return luhn_complete("35" + "".join(rng.choice(DIGITS) for _ in range(6)), 15, rng)


# ---------------------------------------------------------------- SSNs
def ssn(rng, sep: str = "-") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def itin(rng) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 71, 75, 78, 80, 88, 92])}-{rng.randint(1000, 9999)}"


def ein(rng) -> str:
    return f"{rng.choice([12, 20, 27, 36, 45, 46, 52, 83, 94])}-{rng.randint(1000000, 9999999)}"


def bad_ssn(rng) -> str:
    return rng.choice([f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 665)}-00-{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-0000"])


def routing(rng) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def digits(rng, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


# ---------------------------------------------------------------- IBANs
def iban(rng, country: str, grouped: bool | None = None, lower: bool = False) -> str:
    from schwifty import IBAN

    value = str(IBAN.random(country_code=country, random=rng).compact)
    if grouped is None:
        grouped = rng.random() < 0.5
    if grouped:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value.lower() if lower else value


def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    try:
        from schwifty import IBAN
    except ImportError:
        return int(_num(s[4:] + s[:4])) % 97 == 1
    try:
        IBAN(s)
    except ValueError:
        return False
    return True


def bad_iban(rng, country: str) -> str:
    good = iban(rng, country, grouped=False)
    check = int(good[2:4])
    wrong = f"{(check + rng.randint(1, 50)) % 97 + 2:02d}"
    while wrong == good[2:4]:
        wrong = f"{(int(wrong) + 7) % 97 + 2:02d}"
    value = good[:2] + wrong + good[4:]
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if rng.random() < 0.5 else value


# ---------------------------------------------------------------- IPs
def ipv4(rng, kind: str = "public") -> str:
    while True:
        if kind == "private":
            a = rng.choice(["10.{}.{}.{}", "172.{}.{}.{}", "192.168.{}.{}"])
            if a.startswith("172"):
                s = a.format(rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
            elif a.startswith("192"):
                s = a.format(rng.randint(0, 255), rng.randint(1, 254))
            else:
                s = a.format(rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
            return s
        if kind == "linklocal":
            return f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        s = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        ip = ipaddress.ip_address(s)
        if ip.is_global and not s.startswith("100."):
            return s


def ipv6(rng, kind: str = "public") -> str:
    if kind == "linklocal":
        return "fe80::" + ":".join(f"{rng.randint(1, 0xffff):x}" for _ in range(4))
    while True:
        head = rng.choice(["2a02", "2a01", "2001:67c", "2600", "2607", "2a00", "2404", "2c0f", "2803"])
        n = 8 - len(head.split(":"))
        parts = head.split(":") + [f"{rng.randint(0, 0xffff):x}" for _ in range(n)]
        s = str(ipaddress.ip_address(":".join(parts)))
        if ipaddress.ip_address(s).is_global:
            return s


def ip_ok(s: str) -> bool:
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or s == "255.255.255.255" or ip.is_multicast:
        return False
    return not (ip.version == 4 and s.startswith("255."))


def ip_lookalike(rng) -> str:
    """Dotted numbers that are not host addresses: OIDs and versions."""
    return rng.choice([
        f"1.3.6.1.4.1.{rng.randint(2000, 40000)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
        f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(1000, 9999)}",
        "1.3.6.1.2.1.1.3.0", f"2.5.4.{rng.randint(3, 12)}.0", f"{rng.randint(2, 6)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
    ])


def ip_excluded(rng) -> str:
    """Addresses the span rules exclude: loopback, unspecified, masks, broadcast."""
    return rng.choice(["127.0.0.1", "0.0.0.0", "255.255.255.0", "255.255.240.0", "0.0.0.255", "::1",
                       "255.255.255.255", "255.255.0.0", "127.0.1.1"])


# ---------------------------------------------------------------- e-mails
def email(rng, first: str, last: str, domain: str) -> str:
    f, la = first.lower(), last.lower()
    local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la}{rng.randint(1, 99)}", f"{la}.{f}",
                        f"{f}{rng.randint(70, 2009)}", f"{f}.{la}+{rng.choice(['news', 'shop', 'club'])}",
                        f"{f}-{la}"])
    return f"{local}@{domain}"


def email_ok(s: str) -> bool:
    if s.count("@") != 1:
        return False
    local, dom = s.split("@")
    return bool(local) and "." in dom and not dom.endswith(".") and " " not in s


def at_lookalike(rng, first: str, domain: str) -> str:
    f = first.lower()
    host = rng.choice(["web01", "nas", "pi", "srv2", "build"])
    return rng.choice([
        f"@{f}_{rng.randint(10, 99)}", f"lodash@4.17.{rng.randint(10, 21)}", f"react@18.{rng.randint(0, 3)}.0",
        f"git@github.com:{f}/notes.git", f"{f}@{host}:~$", f"redis@sha256:{rng.getrandbits(64):016x}",
        f"{f} [at] {domain.replace('.', ' [dot] ')}", f"<{rng.getrandbits(40):x}.{rng.randint(1000, 9999)}@mail.{domain}>",
        f"{f}(at){domain}", f"@{f}.{rng.choice(['official', 'art', 'music'])}", f"root@{host}",
        f"@babel/core@7.{rng.randint(10, 24)}.0",
    ])


def column_lookalike(rng, first: str) -> str:
    """What an e-mail column holds when it holds no mailbox: obfuscated forms, handles, local names."""
    f = first.lower()
    return rng.choice([f"{f} [at] gmail [dot] com", f"{f}(at)yahoo.com", f"@{f}_{rng.randint(10, 99)}", f"{f}@localhost",
                       "n/a", f"{f} at outlook dot com", f"{f}@intranet", "-"])
