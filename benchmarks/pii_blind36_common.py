"""Shared markup and look-alike makers for the blind36 PII set (see pii_blind36.py)."""

from __future__ import annotations

import random
import string

import pii_blind36_values as V

OPEN, MID, CLOSE = "\ue000", "\ue002", "\ue001"
NEG = "\ue003"
STATS = {"lookalikes": 0}


def mark(kind: str, value: str) -> str:
    return f"{OPEN}{kind}{MID}{value}{CLOSE}"


def P(v: str) -> str:
    return mark("PHONE_NUMBER", v)


def E(v: str) -> str:
    return mark("EMAIL_ADDRESS", v)


def I(v: str) -> str:
    return mark("IBAN_CODE", v)


def IP(v: str) -> str:
    return mark("IP_ADDRESS", v)


def C(v: str) -> str:
    return mark("CREDIT_CARD", v)


def S(v: str) -> str:
    return mark("US_SSN", v)


def N(v: str) -> str:
    """An unlabelled look-alike (counted)."""
    return NEG + v


def unmark(marked: str) -> tuple[str, list[dict]]:
    out, spans, i = [], [], 0
    pos = 0
    while i < len(marked):
        ch = marked[i]
        if ch == OPEN:
            j = marked.index(MID, i)
            k = marked.index(CLOSE, j)
            kind, value = marked[i + 1:j], marked[j + 1:k]
            spans.append({"type": kind, "start": pos, "end": pos + len(value), "text": value})
            out.append(value)
            pos += len(value)
            i = k + 1
        elif ch == NEG:
            STATS["lookalikes"] += 1
            i += 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), spans


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


# ---------------------------------------------------------------- look-alikes of each type

def phone_like(rng: random.Random) -> str:
    """Numbers a phone finder could take: order/ticket/meter numbers, dates, ISBN, IMEI, coordinates."""
    k = rng.randrange(9)
    if k == 0:
        return f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"
    if k == 1:
        return f"{rng.randint(2025, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if k == 2:
        return f"978-{rng.randint(1, 9)}-{digits(rng, 4)}-{digits(rng, 3)}-{rng.randint(0, 9)}"
    if k == 3:
        return digits(rng, 15)
    if k == 4:
        return f"{rng.uniform(-60, 60):.5f}, {rng.uniform(-150, 150):.5f}"
    if k == 5:
        return f"{digits(rng, 2)}/{digits(rng, 4)}/{digits(rng, 4)}"
    if k == 6:
        return f"{rng.randint(1, 9)} {digits(rng, 3)},{rng.randint(0, 99):02d}"
    if k == 7:
        return f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    return f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}"


def email_like(rng: random.Random, host: str = "example.org") -> str:
    user = rng.choice(["kontakt", "info", "hello", "post", "admin"])
    base, _, tld = host.rpartition(".")
    return rng.choice([f"{user} [at] {base} [dot] {tld}", f"{user}(at){host}", f"{user} at {base} dot {tld}",
                       f"@{base.split('.')[0].replace('-', '_')}", "logo@2x.png", f"{user}＠{host}"])


def ip_like(rng: random.Random) -> str:
    return rng.choice(["255.255.255.0", "127.0.0.1", "0.0.0.0", "::1", f"1.3.6.1.4.1.{rng.randint(100, 60000)}",
                       f"{rng.randint(1, 6)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}",
                       "255.255.255.255", "255.255.0.0"])


def iban_like(rng: random.Random, cc: str) -> str:
    return V.bad_iban(rng, cc)


def card_like(rng: random.Random) -> str:
    return rng.choice([V.bad_card, V.masked_card, V.nobrand_card])(rng)
