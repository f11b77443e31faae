"""blind33 round, part b (pii-classes30b): SSN-shaped numbers the text says are NOT an SSN, and
IPv4 addresses in brackets after a word that also names a program ("Office (193.202.25.128)")."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type, ssns


@pytest.mark.parametrize("text", [
    "VE session ID 873-57-6334 (not an SSN)\n",
    "Reference (not an SSN): 873-57-6334\n",
    "Claim 873-57-6334 — not a Social Security number\n",
    "Paketnummer 873-57-6334 (keine SSN)\n",
    "Número de recibo 873-57-6334 (no es un SSN)\n",
    "Ticket 873-57-6334 (this isn't an SSN)\n",
    "Numéro 873-57-6334 (n'est pas un SSN)\n",
])
def test_negated_ssn_word_names_another_number(scrubber, text):
    assert ssns(scrubber, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("SSN: 873-57-6334\n", {"873-57-6334"}),
    ("873-57-6334 (SSN)\n", {"873-57-6334"}),
    ("Do not share your SSN 873-57-6334 with anyone.\n", {"873-57-6334"}),
    ("Never give out your SSN: 873-57-6334\n", {"873-57-6334"}),
    ("Taxpayer Identification Number (SSN): 212976918\nVE session ID 873-57-6334 (not an SSN)\n", {"212976918"}),
    ("Social Security Number: 212-97-6918 (note: not an ITIN)\n", {"212-97-6918"}),
])
def test_near_misses_keep_the_ssn(scrubber, text, expected):
    assert ssns(scrubber, text) == expected


@pytest.mark.parametrize("text, value", [
    ("[10:44] Office (193.202.25.128)\n", "193.202.25.128"),
    ("[14:19] Office (85.57.109.12)\n", "85.57.109.12"),
    ("Back office (45.134.31.130) logged in\n", "45.134.31.130"),
    ("Ubuntu 22.04 (85.57.109.12)\n", "85.57.109.12"),
    ("Windows 10 Pro host (23.63.10.67)\n", "23.63.10.67"),
])
def test_address_in_bracket_after_program_word(scrubber, text, value):
    assert of_type(scrubber, text, "IP_ADDRESS") == {value}


@pytest.mark.parametrize("text", [
    "OS: Windows 10 Pro x64 (9.14.0.34)\n",
    "Windows 11 Home arm64 (10.22.3.41)\n",
    "Microsoft Office (16.0.1.2)\n",
    "Office 2019 (16.0.10.20)\n",
    "Android 14 (2.1.0.77)\n",
])
def test_version_in_bracket_after_program_stays_unlabelled(scrubber, text):
    assert of_type(scrubber, text, "IP_ADDRESS") == set()


def test_negation_of_the_number_before_leaves_the_next(scrubber):
    text = "Note: 941-94-6290 rejected by SSA (not a valid SSN); resubmitted as 238-45-3990.\n"
    assert "238-45-3990" in ssns(scrubber, text)


@pytest.mark.parametrize("text", [
    "The confirmation (EFT acknowledgement number 560598909043023) is for the Q3 payment.\n",
    "Confirmation no. 5605 9890 9043 023\n",
    "Número de confirmación 560598909043023\n",
])
def test_payment_receipt_number_is_no_card(scrubber, text):
    assert of_type(scrubber, text, "CREDIT_CARD") == set()


@pytest.mark.parametrize("text, value", [
    ("Confirmation: card 4111 1111 1111 1111 charged\n", "4111 1111 1111 1111"),
    ("Card used for the fee: 4111 1111 1111 1111 (confirmation number 88213)\n", "4111 1111 1111 1111"),
])
def test_card_beside_a_confirmation_stays(scrubber, text, value):
    assert of_type(scrubber, text, "CREDIT_CARD") == {value}
