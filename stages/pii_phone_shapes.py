"""Small checks the phone finder (stages/pii_phones.py) makes on a candidate: `phonenumbers` parsing
that never raises, a Turkish number with its trunk 0, a hyphenated ISBN-10, an SSN's printed shape,
and the verdict notes that `PhoneNumbers.find(..., verdicts=...)` collects."""
from __future__ import annotations

import re

import phonenumbers


def _note(verdicts: list | None, start: int, end: int, verdict: str, context: int | None,
          score: float) -> None:
    if verdicts is not None:
        verdicts.append((start, end, verdict, context, score))


def _turkish_number(candidate: str) -> bool:
    """A valid Turkish number written with its trunk 0 ("0503 200 78 94", "(0212) 608 85 50")."""
    number = _parse(candidate.replace(".", " "), "TR")
    return number is not None and candidate.lstrip("(").startswith("0") and \
        phonenumbers.is_valid_number_for_region(number, "TR")


def _isbn10(candidate: str) -> bool:
    """A hyphenated ISBN-10 ("0-15-472803-9"): four groups, ten digits, its mod-11 check."""
    if not re.fullmatch(r"\d{1,5}-\d{1,7}-\d{1,7}-\d", candidate):
        return False
    digits = candidate.replace("-", "")
    return len(digits) == 10 and sum((10 - i) * int(d) for i, d in enumerate(digits)) % 11 == 0


SSN_SHAPE = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")


def _parse(text: str, region: str | None):
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
