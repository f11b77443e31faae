"""stages.pii: rules that read a number's shape first (a brand's card number in the brand's own
printed groups), and labels read from the last field or sentence of a line that has several."""
from __future__ import annotations

import pytest

from stages.pii import PiiScrubber, PiiSettings
from stages.pii_cards import CardRecognizer


@pytest.fixture(scope="module")
def scrubber() -> PiiScrubber:
    return PiiScrubber(PiiSettings())


def _found(scrubber, text, entity) -> list[str]:
    return [text[s.start:s.end] for s in scrubber.find(text) if s.entity_type == entity]


@pytest.mark.parametrize("text, card", [
    # a word naming another number far before a brand-grouped card does not name it
    ("Order confirmed. Paid with 4111 1111 1111 1111 today.", "4111 1111 1111 1111"),
    ("Invoice sent yesterday, charged to my Mastercard ending... 5555-5555-5555-4444",
     "5555-5555-5555-4444"),
    ("Account holder moved, the new one is 3782 822463 10005 thanks", "3782 822463 10005"),
    # a line of several fields: the card's own field is the last one ("… — Discover 6011 …")
    ("03:23  Aria Parsa — call back +982121884429 — Discover 6011 0009 9013 9424 exp 03/28",
     "6011 0009 9013 9424"),
    ("Jo — 0912 — Discover 6011 0009 9013 9424", "6011 0009 9013 9424"),
    ("Kunde: A. Berg | Rückruf 0151 2345 6789 | Visa 4012 8888 8888 1881 | 12,00 €",
     "4012 8888 8888 1881"),
])
def test_brand_grouped_cards_trust_their_shape(scrubber, text, card):
    assert _found(scrubber, text, "CREDIT_CARD") == [card], text


@pytest.mark.parametrize("text", [
    # the naming word right before the number still names it
    "Order no.: 4111 1111 1111 1111",
    "Tracking # 5555 5555 5555 4444",
    "IMEI 4111 1111 1111 1111",
    "Kundennummer 4012 8888 8888 1881",
    # near misses of the shape: an unseparated run keeps needing no naming word at all
    "Order confirmed. Reference 4111111111111111 sent.",
    # not the brand's own groups (4-4-4-4 for a 16-digit Visa), and Luhn-invalid
    "Order confirmed. Reference 4111 11111 111 1111 sent.",
    "Order confirmed. Paid with 4111 1111 1111 1112 today.",
])
def test_other_numbers_stay(scrubber, text):
    assert _found(scrubber, text, "CREDIT_CARD") == [], text


def test_brand_grouping_needs_prefix_length_and_groups():
    cards = CardRecognizer()
    assert cards.brand_grouped("4111111111111111", "4111 1111 1111 1111")
    assert cards.brand_grouped("378282246310005", "3782 822463 10005")
    assert not cards.brand_grouped("378282246310005", "3782 8224 6310 005")  # Amex is 4-6-5
    assert not cards.brand_grouped("9490189962131016", "9490 1899 6213 1016")  # no issuer's prefix
    assert not cards.brand_grouped("4111111111111111", "4111-1111 1111-1111")  # one separator


def test_a_question_read_from_the_last_sentence_of_the_line_above(scrubber):
    # the turn above has several sentences; the question is its last one
    text = "Agent: Thank you very much. I have that now. And your SSN?\nCaller: sure, 287654411\n"
    assert _found(scrubber, text, "US_SSN") == ["287654411"]
    text = ("Agent: Thank you very much. I have that one now, perfect. Your social security "
            "number?\nCaller: yeah it's 287654411\n")
    assert _found(scrubber, text, "US_SSN") == ["287654411"]
    text = "Agent: Thank you very much. I have that now. And your order number?\nCaller: sure, 287654411\n"
    assert _found(scrubber, text, "US_SSN") == []
