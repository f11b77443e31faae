"""Value makers and span checks for the blind32 PII set (see benchmarks/pii_blind32.py)."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN

TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
REGIONS = ("US", "IS", "MN", "EE", "GE", "AZ", "AM", "IL", "AL", "ET", "KE", "MT", "GR", "LK", "NP",
           "SI", "BG", "LT", "MM", "HU", "PK", "KH", "VN", "IN", "PH", "DE", "GB", "FR", "CA", "NL", "IT", "ES", "BE",
           "AT", "PL", "SE", "PT", "IE", "FI", "CH", "CZ", "DK", "NO")
EXT_RE = re.compile(r"\s*(?:ext\.?|x|Ext\.?|доп\.?|내선|#)\s*\d{1,5}$")
NETMASKS = {str(ipaddress.IPv4Network(f"0.0.0.0/{n}").netmask) for n in range(33)}
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def phone(r, region: str, style: str | None = None) -> str:
    """A random number valid for `region`, written in one of the ways people write it there."""
    cc = phonenumbers.country_code_for_region(region)
    kind = r.choice([PNT.MOBILE, PNT.MOBILE, PNT.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(3000):
        keep = 0 if region == "US" else r.choice([0, 0, 1, 2])
        cand = nsn[:keep] + "".join(r.choice("0123456789") for _ in range(len(nsn) - keep))
        num = phonenumbers.parse(f"+{cc}{cand}", None)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (kind, PNT.FIXED_LINE_OR_MOBILE) \
                and "555" not in cand[3:6]:
            break
    else:
        num = ex
    style = style or r.choice(["nat", "nat", "intl", "intl", "e164", "dots", "compact"])
    if style == "nat":
        s = phonenumbers.format_number(num, PNF.NATIONAL)
    elif style == "intl":
        s = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    elif style == "e164":
        s = phonenumbers.format_number(num, PNF.E164)
    elif style == "dots":
        s = phonenumbers.format_number(num, PNF.NATIONAL).replace(" ", ".").replace("-", ".")
        s = s.replace("(", "").replace(")", "")
    else:
        s = phonenumbers.format_number(num, PNF.INTERNATIONAL).replace(" ", "").replace("-", "")
    assert phone_ok(s), s
    return s


def us_phone(r, style: str | None = None) -> str:
    num = phonenumbers.parse(phone(r, "US", "e164"), None)
    d = phonenumbers.national_significant_number(num)
    a, b, c = d[:3], d[3:6], d[6:]
    style = style or r.choice(["paren", "dash", "dots", "plus", "one", "paren"])
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dots": f"{a}.{b}.{c}",
            "plus": f"+1 {a} {b} {c}", "one": f"1-{a}-{b}-{c}"}[style]


def phone_ok(value: str) -> bool:
    bare = EXT_RE.sub("", value)
    if sum(ch.isdigit() for ch in bare) < 7:
        return False
    for region in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(bare, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


BRANDS = {"visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2720", "23"], 16),
          "amex": (["34", "37"], 15), "disc": (["6011", "65"], 16), "jcb": (["3528", "3589", "353"], 16)}


def card_brand_ok(d: str) -> bool:
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649:
        return len(d) in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return len(d) in (16, 19)
    if d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305:
        return len(d) == 14
    return False


def card(r, brand: str | None = None, sep: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
    prefixes, n = BRANDS[brand]
    body = r.choice(prefixes)
    body += "".join(r.choice("0123456789") for _ in range(n - 1 - len(body)))
    d = _luhn_complete(body)
    sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
    if n == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, n, 4))


def bad_card(r) -> str:
    """A 16-digit Visa-shaped number that fails Luhn (a look-alike)."""
    d = card(r, "visa", "")
    last = str((int(d[-1]) + r.randint(1, 9)) % 10)
    d = d[:-1] + last
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def masked_card(r) -> str:
    d = card(r, None, "")
    return r.choice([f"**** **** **** {d[-4:]}", f"XXXX-XXXX-XXXX-{d[-4:]}", f"{d[:6]}******{d[-4:]}",
                     f"•••• {d[-4:]}"])


def card_ok(value: str) -> bool:
    d = re.sub(r"[ -]", "", value)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and card_brand_ok(d)


def ssn(r, sep: str = "-") -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def bad_ssn(r) -> tuple[str, str]:
    """(kind, value): SSN-shaped numbers that are not valid SSNs."""
    kind = r.choice(["itin", "ein", "area000", "area666", "group00", "serial0000"])
    s = ssn(r)
    if kind == "itin":
        return kind, f"9{r.randint(0, 99):02d}-{r.choice([70, 78, 88, 92, 94])}-{r.randint(1, 9999):04d}"
    if kind == "ein":
        return kind, f"{r.randint(10, 98)}-{r.randint(1000000, 9999999)}"
    if kind == "area000":
        return kind, "000" + s[3:]
    if kind == "area666":
        return kind, "666" + s[3:]
    if kind == "group00":
        return kind, s[:4] + "00" + s[6:]
    return kind, s[:7] + "0000"


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", value)
    if not m:
        return False
    area, group, serial = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < area < 900 and area != 666 and group and serial


def _digitized(r, i: IBAN) -> IBAN:
    """Most real account numbers are digits: swap the random letters after the bank code for digits."""
    s = str(i.compact)
    cc, bban = s[:2], s[4:]
    keep = len(i.bank_code or "")
    new = bban[:keep] + "".join(ch if ch.isdigit() else r.choice("0123456789") for ch in bban[keep:])
    num = int("".join(str(int(ch, 36)) for ch in new + cc + "00"))
    try:
        return IBAN(f"{cc}{98 - num % 97:02d}{new}")
    except ValueError:
        return i


def iban(r, country: str, printed: bool | None = None) -> str:
    i = _digitized(r, IBAN.random(country_code=country, random=r))
    printed = r.random() < 0.5 if printed is None else printed
    return i.formatted if printed else str(i.compact)


def bad_iban(r, country: str) -> str:
    s = str(_digitized(r, IBAN.random(country_code=country, random=r)).compact)
    cd = int(s[2:4])
    wrong = f"{(cd + r.randint(1, 90)) % 97 + 2:02d}"
    if wrong == s[2:4]:
        wrong = f"{(cd + 3) % 97 + 2:02d}"
    v = s[:2] + wrong + s[4:]
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def iban_ok(value: str) -> bool:
    try:
        IBAN(value)
    except ValueError:
        return False
    return True


def ipv4(r) -> str:
    while True:
        a = ipaddress.IPv4Address(r.getrandbits(32))
        if a.is_global and not a.is_multicast:
            return str(a)


def private_ipv4(r) -> str:
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ipv6(r) -> str:
    head = r.choice(["2001:db8", f"2a02:{r.randint(0x1000, 0xffff):x}", f"2600:{r.randint(0x1000, 0xffff):x}",
                     f"2406:{r.randint(0x1000, 0xffff):x}", "fe80:0"])
    tail = [f"{r.getrandbits(16):x}" for _ in range(r.choice([2, 4, 6]))]
    full = head.split(":") + tail
    if len(full) < 8:
        return str(ipaddress.IPv6Address(":".join(head.split(":")) + "::" + ":".join(tail)))
    return str(ipaddress.IPv6Address(":".join(full)))


def ip_ok(value: str) -> bool:
    try:
        a = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (a.is_loopback or a.is_unspecified or value in NETMASKS)


def email_ok(value: str) -> bool:
    return bool(EMAIL_RE.match(value))


CHECKS = {"PHONE_NUMBER": phone_ok, "EMAIL_ADDRESS": email_ok, "IP_ADDRESS": ip_ok,
          "CREDIT_CARD": card_ok, "IBAN_CODE": iban_ok, "US_SSN": ssn_ok}


def build(parts) -> tuple[str, list[dict], int]:
    """Join parts: str, (TYPE, value) for a labelled value, ("NEG", value) for a look-alike."""
    text, spans, negs = "", [], 0
    for p in parts:
        if isinstance(p, str):
            text += p
        elif p[0] == "NEG":
            text += p[1]
            negs += 1
        else:
            spans.append({"type": p[0], "start": len(text), "end": len(text) + len(p[1]), "text": p[1]})
            text += p[1]
    return text, spans, negs


def check_rows(rows) -> None:
    """Raise AssertionError naming the first bad span."""
    ids = set()
    for row in rows:
        assert set(row) >= {"id", "half", "register", "url", "language", "text", "spans"}, row.get("id")
        assert row["id"] not in ids, row["id"]
        ids.add(row["id"])
        text = row["text"]
        last_end = -1
        for s in sorted(row["spans"], key=lambda s: s["start"]):
            where = f"{row['id']} {s['type']} {s['text']!r}"
            assert s["type"] in TYPES, where
            assert text[s["start"]:s["end"]] == s["text"], f"text mismatch {where}"
            assert s["start"] >= last_end, f"overlap {where}"
            last_end = s["end"]
            before = text[s["start"] - 1] if s["start"] else ""
            after = text[s["end"]] if s["end"] < len(text) else ""
            for ch in (before, after):
                assert not (ch.isascii() and ch.isalnum()), f"glued {where}"
            assert s["text"] == s["text"].strip() and s["text"][-1] not in ".,;:)]", f"padding {where}"
            assert CHECKS[s["type"]](s["text"]), f"invalid {where}"
