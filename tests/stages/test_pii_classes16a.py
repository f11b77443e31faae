"""The IP and phone error classes of the eighteenth and nineteenth blind sets' round (issue 26), in
their general form, on cases written for this file: an address and its port joined by "@" (Knot
DNS, Unbound); an IPv6 address before the colon that ends a log's field; ntpd's reference-clock
pseudo-addresses (127.127.t.u); four dotted numbers under a key that names a number ("Server
number", Tomcat's version.sh); an area code parted from its number by a spaced slash ("030 /
152689"); phone numbers among a record's fields parted by spaced hyphens. Near misses beside each."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type, phones

# --- an address and its port joined by "@" -------------------------------------------------------

@pytest.mark.parametrize("line, address", [
    ("2025-03-02T10:11:12+0100 info: [example.net.] query, remote 203.0.113.77@40211, UDP", "203.0.113.77"),
    ("[1612] info: 192.168.4.20@53 refused", "192.168.4.20"),
    ("notify to 10.40.2.9@5353", "10.40.2.9"),
])
def test_an_address_and_its_port_after_an_at_sign(scrubber, line, address):
    assert of_type(scrubber, line, "IP_ADDRESS") == {address}


@pytest.mark.parametrize("line", [
    "image registry.local/api:3.4.251.69@sha256:9f86d081884c7d65",  # an image tag's digest
    "pin 4.21.7.3@latest",  # a tag, not a port
])
def test_an_at_sign_before_letters_is_no_port(scrubber, line):
    assert of_type(scrubber, line, "IP_ADDRESS") == set()


# --- an IPv6 address before a field's colon --------------------------------------------------------

@pytest.mark.parametrize("line, address", [
    ("[WARNING] bad header from peer=2a00:1450:4001:81c::200e: header too long", "2a00:1450:4001:81c::200e"),
    ("client 2001:db8:aa:bb:cc:dd:ee:1f: connection reset", "2001:db8:aa:bb:cc:dd:ee:1f"),
    ("denied fe80::7a2b:cbff:fe01:22e7:", "fe80::7a2b:cbff:fe01:22e7"),  # at the end of the text
])
def test_an_ipv6_address_before_the_colon_that_ends_its_field(scrubber, line, address):
    assert of_type(scrubber, line, "IP_ADDRESS") == {address}


def test_a_time_before_a_colon_stays_no_address(scrubber):
    assert of_type(scrubber, "Mar 3 10:22:31: link up, ab:cd:ef: ok", "IP_ADDRESS") == set()


# --- ntpd's reference clocks ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "server 127.127.1.0 prefer", "fudge 127.127.28.0 refid GPS", "peer 127.127.20.1 mode 1",
])
def test_an_ntp_reference_clock_is_no_host(scrubber, line):
    assert of_type(scrubber, line, "IP_ADDRESS") == set()


@pytest.mark.parametrize("line, address", [
    ("server 127.128.1.5", "127.128.1.5"),  # outside 127.127/16 and 127.0/16: kept as before
    ("server 10.127.127.1 iburst", "10.127.127.1"),
])
def test_near_ntp_clocks_stay_addresses(scrubber, line, address):
    assert of_type(scrubber, line, "IP_ADDRESS") == {address}


# --- a key that names a number -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Server number:  9.0.83.0", "Build number: 10.0.19.41", "Serial number 12.40.3.7",
    "Numéro : 10.2.3.4",
])
def test_a_number_key_names_no_address(scrubber, line):
    assert of_type(scrubber, line, "IP_ADDRESS") == set()


@pytest.mark.parametrize("line, address", [
    ("IP number: 10.1.30.7", "10.1.30.7"), ("Server: 10.1.30.7", "10.1.30.7"),
    ("Adresse number 2 at 172.16.4.2", "172.16.4.2"),
])
def test_an_address_key_or_no_number_key_keeps_the_address(scrubber, line, address):
    assert of_type(scrubber, line, "IP_ADDRESS") == {address}


# --- an area code, a spaced slash, the subscriber's number ---------------------------------------

@pytest.mark.parametrize("text, number, language", [
    ("Telefon: 089 / 32 16 84", "089 / 32 16 84", "de"),
    ("Bitte rufen Sie 0711 / 2255410 an.", "0711 / 2255410", "de"),
    ("Tel. 0316 / 872 431", "0316 / 872 431", "de"),  # Graz
    ("Bel ons op 020 / 5551234 voor vragen.", "020 / 5551234", "nl"),
    ("Puhelin 09 / 694 2011", "09 / 694 2011", "fi"),
])
def test_an_area_code_and_a_spaced_slash(scrubber, text, number, language):
    assert phones(scrubber, text, language) == {number}


@pytest.mark.parametrize("text, expected, language", [
    ("Tel. 089 321684 / 089 321685", {"089 321684", "089 321685"}, "de"),  # two numbers, a list
    ("Ausgabe 04 / 2025, Seite 12 / 48", set(), "de"),  # an issue and a page
    ("Fax 030 / 0171 2345678", {"0171 2345678"}, "de"),  # no area code before a whole mobile number
])
def test_a_spaced_slash_between_numbers_joins_no_area_code(scrubber, text, expected, language):
    assert phones(scrubber, text, language) == expected


# --- phones among a record's fields parted by spaced hyphens ---------------------------------------

@pytest.mark.parametrize("line, number", [
    ("jdoe@example.com:letmein - 1988-02-14 - 312-555-0147 - Chicago", "312-555-0147"),
    ("Mary Ortiz - 04/11/1972 - (415) 555-0199", "(415) 555-0199"),
    ("a.kim@example.org - 617.555.0123 x44", "617.555.0123 x44"),
])
def test_a_phone_among_fields_parted_by_spaced_hyphens(scrubber, line, number):
    assert phones(scrubber, line, "en") == {number}


@pytest.mark.parametrize("line", [
    "Season 2019 - 2024 - 2025", "Case 2023-11-04 - 4471-2290 - closed", "ref 1988-02-14 - 1999-12-31",
])
def test_fields_parted_by_spaced_hyphens_that_are_no_phones(scrubber, line):
    assert phones(scrubber, line, "en") == set()


# --- an area code in brackets with a no-break space; a number in international form whose groups
# read as a year range; a wildcard mask ----------------------------------------------------------

@pytest.mark.parametrize("text, number, language", [
    ("Tel.: (06\u00a01)\u00a0412\u00a05580", "(06\u00a01)\u00a0412\u00a05580", "hu"),
    ("Telefon (06\u00a062)\u00a0555\u00a0123", "(06\u00a062)\u00a0555\u00a0123", "hu"),  # Szeged
    ("Tel. +81 6-1955-1999", "+81 6-1955-1999", "ja"),  # Osaka; "1955-1999" reads as years
    ("Phone: +44 20 1975 1990", "+44 20 1975 1990", "en"),
])
def test_bracketed_codes_with_no_break_spaces_and_year_like_groups(scrubber, text, number, language):
    assert phones(scrubber, text, language) == {number}


@pytest.mark.parametrize("text, language", [
    ("Sie lebte 1924-1948 in Wien.", "de"),  # a year range, no "+"
    ("access-list 10 permit 10.1.0.0 0.0.15.255\nTel. 030 1234567", "en"),
    ("E-mail: hello@example.hu\n0.0.3.255\n", "hu"),  # a mask under a contact line
])
def test_year_ranges_and_wildcard_masks_stay_no_phones(scrubber, text, language):
    assert not {value for value in phones(scrubber, text, language) if "1924" in value or value.startswith("0.")}


# --- words that name another number, in languages the lists lacked; Greek "call me" --------------

@pytest.mark.parametrize("text, language", [
    ("Sadakat kartı: 0532 4417 2290 18", "tr"),  # a loyalty card's number
    ("Klantenpas 0612 3349 8872 1", "nl"),
    ("Картка лояльності: 0671 2290 4417 55", "uk"),
    ("Numărul rezervării: 0722 194 883 10", "ro"),
    ("Matricola 0341-778812-55", "it"),
    ("सदस्य संख्या: 0981 2234 5567 12", "hi"),
])
def test_a_loyalty_card_reservation_or_member_number_is_no_phone(scrubber, text, language):
    assert phones(scrubber, text, language) == set()


@pytest.mark.parametrize("text, number, language", [
    ("Πάρτε με στο 210\u00a0523\u00a02706 το βράδυ.", "210\u00a0523\u00a02706", "el"),
    ("Τηλεφωνήστε μας: 2310 552 114", "2310 552 114", "el"),
    ("Καλέστε 2610 331 442 για ραντεβού.", "2610 331 442", "el"),
    ("Rezervări: 0722 194 883", "0722 194 883", "ro"),  # a bookings line (as "Reservations:" is)
])
def test_greek_call_me_and_a_booking_line(scrubber, text, number, language):
    assert phones(scrubber, text, language) == {number}


# --- "Cep" (Turkish: mobile) as a label after the number; full-width digits after "00" -----------

@pytest.mark.parametrize("text, number, language", [
    ("(0312) 440 18 27  [CEP]\n", "(0312) 440 18 27", "tr"),
    ("0532 417 22 90 – Cep\n", "0532 417 22 90", "tr"),
    ("名前  電話  メール\n山田太郎  ００８１ ６-６２１２-４４１０  t@example.jp\n", "００８１ ６-６２１２-４４１０", "ja"),
])
def test_cep_after_a_turkish_number_and_full_width_international_numbers(scrubber, text, number, language):
    assert phones(scrubber, text, language) == {number}


@pytest.mark.parametrize("text, language", [
    ("Av. Paulista, 01310-100 (CEP)\n", "pt"),  # a Brazilian postal code and its label
    ("注文番号 ００８１ ３１２７ ４７０１", "ja"),  # an order number's label before it
])
def test_a_postal_code_before_cep_and_an_order_number_stay_no_phones(scrubber, text, language):
    assert phones(scrubber, text, language) == set()
