"""Value makers and the document builder of the 31st blind PII set (benchmarks/pii_blind31.py).

Written for this set only; nothing here reads or runs the PII step.
"""

from __future__ import annotations

import ipaddress
import re
import string
from random import Random

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

# Words that start a written extension; the check strips from the first one before validating.
EXT_WORDS = [" ext. ", " ext ", " x", " Durchwahl ", " -", " poste ", " int. ", " interno ", " доб. ", " вн. ",
             " 内線", " 分机", " 내선 ", " wew. ", " lok. ", " דרך שלוחה ", " داخلي ", " ต่อ ", " linka ", " dahili ",
             " εσωτ. ", " एक्सटेंशन ", " ramal ", " toestel ", " anknytning ", " lokal ", " داخلی ", " sambungan ",
             " máy lẻ ", " внутр. ", " ext.", " Apparat "]


class Doc:
    """Text built piece by piece; `v` appends a labelled value and records its span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.lookalikes = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str, s: str, region: str | None = None) -> Doc:
        span = {"type": kind, "start": self.n, "end": self.n + len(s), "text": s}
        if region:
            span["region"] = region
        self.spans.append(span)
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- phones
_NANP = {"US": ["212", "312", "415", "512", "602", "617", "704", "713", "802", "907", "919", "973", "208", "314",
                  "505", "615", "720", "813", "216", "410", "503", "608", "801", "860", "203", "347", "901"],
         "CA": ["416", "514", "604", "403", "613", "902", "306", "204"]}


def _number(r: Random, region: str, mobile: bool):
    kind = PNT.MOBILE if mobile else PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    if region in ("US", "CA"):
        nsn = r.choice(_NANP[region]) + nsn[3:]
    for attempt in range(200):
        keep = 3 if region in ("US", "CA") or attempt >= 120 else (1 if attempt < 60 else 2)
        digits = nsn[:keep] + "".join(r.choice(string.digits) for _ in nsn[keep:])
        num = phonenumbers.parse("+" + str(ex.country_code) + digits)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


def phone(r: Random, region: str, style: str = "any", mobile: bool | None = None) -> str:
    """A valid number of `region` written in one of the shapes pages use."""
    if mobile is None:
        mobile = r.random() < 0.5
    num = _number(r, region, mobile)
    if style == "any":
        style = r.choice(["nat", "nat", "nat", "intl", "intl", "e164", "00", "dots", "dash", "tight", "paren0"])
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    if style == "nat":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return e164
    if style == "00":
        return "00" + intl[1:] if region not in ("US", "CA") else "1-" + re.sub(r"[ ()]+", "-", nat).strip("-")
    if style == "dots":
        out = re.sub(r"[ \-]", ".", intl)
        return out
    if style == "dash":
        return re.sub(r" ", "-", nat)
    if style == "tight":
        return re.sub(r"[ \-()]", "", nat) if not nat.startswith("(") else nat
    if style == "paren0" and region in ("US", "CA"):
        return "+1 " + nat
    if style == "paren0" and region in ("DE", "AT", "CH", "NL", "GB", "BE", "IT") and nat.startswith("0"):
        return "+" + str(num.country_code) + " (0)" + nat[1:]
    return intl


def check_phone(value: str, regions) -> bool:
    """Valid for one of `regions` once a written extension (anything after the number) is cut."""
    m = re.match(r"[+\d()\s.\-/]+", value)
    core = m.group(0).rstrip(" -./") if m else value
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(core, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# ---------------------------------------------------------------- SSN
def ssn(r: Random, sep: str = "-") -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    group = r.randint(1, 99)
    serial = r.randint(1, 9999)
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ssn_valid(value: str) -> bool:
    d = re.sub(r"[ \-.]", "", value)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def bad_ssn(r: Random) -> str:
    """SSN-shaped but never issued: ITIN 9xx, area 000/666, group 00 or serial 0000."""
    k = r.randrange(4)
    if k == 0:
        return f"9{r.randint(0, 99):02d}-{r.choice([70, 71, 78, 88, 90, 92, 94])}-{r.randint(1, 9999):04d}"
    if k == 1:
        return f"{r.choice(['000', '666'])}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    if k == 2:
        return f"{r.randint(100, 665)}-00-{r.randint(1000, 9999)}"
    return f"{r.randint(100, 665)}-{r.randint(10, 99)}-0000"


def ein(r: Random) -> str:
    return f"{r.choice([12, 20, 27, 35, 41, 46, 54, 81, 84, 91])}-{r.randint(1000000, 9999999)}"


def aba_routing(r: Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


# ---------------------------------------------------------------- cards
BRANDS = [("4", 16), ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16),
          ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("3528", 16), ("3589", 16), ("36", 14),
          ("62", 16), ("2200", 16), ("4", 19)]


def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card_digits(r: Random, prefix: str | None = None, length: int | None = None) -> str:
    if prefix is None:
        prefix, length = r.choice(BRANDS)
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(d: str, sep: str = " ") -> str:
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card(r: Random) -> str:
    d = card_digits(r)
    return r.choice([d, group_card(d), group_card(d), group_card(d, "-")])


def card_brand_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    p2, p4 = int(d[:2]), int(d[:4])
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if d.startswith(("6011", "65")):
        return n in (16, 19)
    if 3528 <= p4 <= 3589:
        return n in (16, 19)
    if p2 == 36:
        return n == 14
    if d.startswith("62"):
        return n in (16, 17, 18, 19)
    if 2200 <= p4 <= 2204:
        return n in (16, 17, 18, 19)
    return False


def bad_card(r: Random) -> str:
    d = card_digits(r, "4", 16)
    d = d[:-1] + str((int(d[-1]) + r.randint(1, 9)) % 10)
    return group_card(d)


def masked_card(r: Random) -> str:
    d = card_digits(r)
    return r.choice([f"**** **** **** {d[-4:]}", f"XXXX-XXXX-XXXX-{d[-4:]}", f"{d[:6]}******{d[-4:]}",
                     f"•••• {d[-4:]}"])


# ---------------------------------------------------------------- IBAN
def _with_check(s: str) -> str:
    rearranged = s[4:] + s[:2] + "00"
    n = int("".join(str(int(ch, 36)) for ch in rearranged))
    return s[:2] + f"{98 - n % 97:02d}" + s[4:]


# countries whose account numbers carry letters in real life
_ALNUM_IBAN = ("GB", "IE", "MT", "NL", "SC", "MU", "BR", "GI")
_KEEP = {"IT": 5, "SM": 5, "SA": 6, "GE": 6}


def iban(r: Random, country: str, style: str = "any") -> str:
    s = str(IBAN.random(country_code=country, random=r).compact)
    if country not in _ALNUM_IBAN and not s[_KEEP.get(country, 8):].isdigit():
        base = s
        for _ in range(600):
            keep = _KEEP.get(country, 8)  # bank codes (and Italy's CIN letter) stay
            cand = _with_check(base[:keep] + "".join(
                ch if ch.isdigit() else str(r.randint(0, 9)) for ch in base[keep:]))
            if iban_valid(cand):
                s = cand
                break
    ib = IBAN(s)
    if style == "any":
        style = r.choice(["groups", "groups", "compact", "lower"])
    if style == "groups":
        return ib.formatted
    if style == "lower":
        return ib.formatted.lower() if r.random() < 0.5 else s.lower()
    return s


def iban_valid(value: str) -> bool:
    try:
        IBAN(value.replace(" ", "").upper())
        return True
    except (SchwiftyException, ValueError):
        return False


def bad_iban(r: Random, country: str) -> str:
    s = str(IBAN.random(country_code=country, random=r).compact)
    s = s[:8] + "".join(ch if ch.isdigit() else str(r.randint(0, 9)) for ch in s[8:])
    ck = int(s[2:4])
    wrong = (ck + r.randint(1, 40)) % 97
    wrong = max(wrong, 2)
    out = s[:2] + f"{wrong:02d}" + s[4:]
    while iban_valid(out):
        wrong = (wrong + 1) % 97 or 2
        out = s[:2] + f"{wrong:02d}" + s[4:]
    return out


# ---------------------------------------------------------------- IP
_SPECIAL4 = [ipaddress.ip_network(n) for n in ("0.0.0.0/8", "127.0.0.0/8", "224.0.0.0/3", "100.64.0.0/10",
                                                "169.254.0.0/16")]


def ipv4(r: Random, kind: str = "public") -> str:
    if kind == "private":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    while True:
        a = ipaddress.IPv4Address(r.getrandbits(32))
        if a.is_global and not any(a in n for n in _SPECIAL4) and str(a).split(".")[-1] not in ("0", "255"):
            return str(a)


def ipv6(r: Random, kind: str = "global") -> str:
    if kind == "ula":
        a = ipaddress.IPv6Address((0xFD << 120) | r.getrandbits(120))
    else:
        first = r.choice([0x2001, 0x2a02, 0x2a01, 0x2600, 0x2607, 0x2804, 0x2400, 0x240E, 0x2003, 0x2a00, 0x2c0f])
        second = r.getrandbits(16) if first != 0x2001 else r.choice([0x4860, 0x0470, 0x41D0, 0x0BC8, 0x1608])
        subnet = r.getrandbits(32) if r.random() < 0.7 else r.getrandbits(16)
        iid = r.getrandbits(64) if r.random() < 0.6 else r.getrandbits(16)
        a = ipaddress.IPv6Address((first << 112) | (second << 96) | (subnet << 64) | iid)
    return str(a) if r.random() < 0.8 else a.exploded


def ip_valid(value: str) -> bool:
    try:
        a = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (a.is_loopback or a.is_unspecified or str(a) == "255.255.255.255")


# ---------------------------------------------------------------- e-mail
def email(r: Random, names: list[str], domains: list[str]) -> str:
    n = r.choice(names)
    shape = r.randrange(4)
    if shape == 0:
        local = n
    elif shape == 1:
        local = n + str(r.randint(1, 99))
    elif shape == 2:
        local = n + "." + r.choice(["office", "info", "club", "kontakt", "home", "work"])
    else:
        local = n[0] + "_" + n
    return local + "@" + r.choice(domains)


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
