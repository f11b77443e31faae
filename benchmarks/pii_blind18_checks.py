"""Gold checks of the blind18 set, run on writing and by tests/test_pii_blind18_set.py."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers

from benchmarks.pii_blind18_values import (
    NBSP,
    TO_ASCII,
    card_valid,
    iban_valid,
    ip_valid,
    is_brand,
    luhn_ok,
    ssn_valid,
)

TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")
_EXT = re.compile(r"^(.*[\d)])[\s,]*([^\d\s()+\-./]+\.?)\s*(\d{1,5})$")
_REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


def phone_valid(text: str) -> bool:
    core = text.translate(TO_ASCII).replace(NBSP, " ")
    m = _EXT.match(core)
    if m:
        core = m.group(1)
    core = core.replace("(0)", "")
    if not any(ch.isdigit() for ch in core) or any(ch.isalpha() for ch in core):
        return False
    for region in (None, *_REGIONS):
        try:
            num = phonenumbers.parse(core, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return True
    return False


def email_valid(text: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", text) is not None


VALID = {"EMAIL_ADDRESS": email_valid, "PHONE_NUMBER": phone_valid, "IP_ADDRESS": ip_valid,
         "CREDIT_CARD": card_valid, "IBAN_CODE": iban_valid, "US_SSN": ssn_valid}

_VERSIONISH = re.compile(r"(firmware|version|server number|ver\.?|build|release|rel\.|fw|sw|§|section|art\.|oid|snmp)\s*[:=#]?\s*$", re.IGNORECASE)


def _outside(spans: list[dict], start: int, end: int) -> bool:
    return all(end <= s["start"] or start >= s["end"] for s in spans)


def check_row(row: dict) -> list[str]:
    """Every way this row's gold could be wrong, as messages (empty: the row is sound)."""
    text, spans, errors = row["text"], row["spans"], []
    last_end = -1
    for s in spans:
        where = f"{row['id']} {s['type']} {s['text']!r}"
        if s["type"] not in TYPES:
            errors.append(f"{where}: unknown type")
        if text[s["start"]:s["end"]] != s["text"]:
            errors.append(f"{where}: text differs from text[start:end]")
        if s["start"] < last_end:
            errors.append(f"{where}: overlaps the span before it")
        last_end = s["end"]
        before = text[s["start"] - 1] if s["start"] > 0 else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            errors.append(f"{where}: glued to a letter or digit")
        edges = " \t\n.,;!?()[]<>\"'\u00a0" + ("" if s["type"] == "IP_ADDRESS" else ":")
        if s["text"] != s["text"].strip(edges):
            errors.append(f"{where}: space or punctuation at an edge")
        if not VALID.get(s["type"], lambda _: False)(s["text"]):
            errors.append(f"{where}: not a valid value of its type")
        if len(s["text"]) >= 7:
            labelled = sum(1 for o in spans if o["text"] == s["text"])
            if text.count(s["text"]) != labelled:
                errors.append(f"{where}: stands {text.count(s['text'])} times, labelled {labelled}")
    for m in re.finditer(r"(?<![\d*])\d{13,19}(?![\d*])", text):
        if _outside(spans, m.start(), m.end()) and luhn_ok(m.group()) and is_brand(m.group()):
            errors.append(f"{row['id']}: unlabelled card {m.group()}")
    for m in re.finditer(r"(?<![\d*])\d{4}([ \-])\d{4}\1\d{4}\1\d{1,7}(?![\d*])", text):
        digits = re.sub(r"\D", "", m.group())
        if _outside(spans, m.start(), m.end()) and 13 <= len(digits) <= 19 and luhn_ok(digits) and is_brand(digits):
            errors.append(f"{row['id']}: unlabelled grouped card {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", text):
        if _outside(spans, m.start(), m.end()) and iban_valid(m.group()):
            errors.append(f"{row['id']}: unlabelled IBAN {m.group()}")
    for m in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])", text):
        if not _outside(spans, m.start(), m.end()) or _VERSIONISH.search(text[max(0, m.start() - 20):m.start()]):
            continue
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        if ip_valid(m.group()):
            errors.append(f"{row['id']}: unlabelled IPv4 {m.group()}")
    for m in re.finditer(r"(?<![\w.+-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+", text):
        if not _outside(spans, m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 1):m.start()]
        after = text[m.end():m.end() + 1]
        local, domain = m.group().split("@", 1)
        if before == "<" or after == ":" or local == "git" or domain[0].isdigit():
            continue  # Message-IDs, remotes, package pins: not mailboxes by the span rules
        errors.append(f"{row['id']}: unlabelled e-mail {m.group()}")
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if _outside(spans, m.start(), m.end()) and ssn_valid(m.group()):
            errors.append(f"{row['id']}: unlabelled SSN-shaped {m.group()}")
    return errors
