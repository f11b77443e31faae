"""What the PII error-class tests (test_pii_classes10.py onward) ask of the step: the values it
finds in a text, all of them or of one type. The `scrubber` fixture is in conftest.py."""
from __future__ import annotations


def found(scrubber, text, url=None, language=None):
    """(entity type, value) of every span the step finds."""
    return {(r.entity_type, text[r.start:r.end]) for r in scrubber.find(text, url, language)}


def of_type(scrubber, text, entity):
    return {value for kind, value in found(scrubber, text) if kind == entity}


def phones(scrubber, text, language=None):
    return {text[r.start:r.end] for r in scrubber.find(text, None, language) if r.entity_type == "PHONE_NUMBER"}


def ssns(scrubber, text, language="en"):
    return {text[r.start:r.end] for r in scrubber.find(text, None, language) if r.entity_type == "US_SSN"}


def values_in_order(scrubber, text, entity):
    """The values of one type the step finds, in the order it returns them (duplicates kept)."""
    return [text[r.start:r.end] for r in scrubber.find(text) if r.entity_type == entity]
