"""blind34 round, part b (pii-classes31b): four dotted numbers that are a version (under a quoted
version key, or a URL path's segment under a release word or over a package file), a payment
brand's number under a fleet or fuel card's label, and an IBAN-shaped string's digits that are
no card."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type


def ips(scrubber, text):
    return of_type(scrubber, text, "IP_ADDRESS")


def cards(scrubber, text):
    return of_type(scrubber, text, "CREDIT_CARD")


@pytest.mark.parametrize("text, expected", [
    ('{"extensions":{"remoteAddr":"218.51.255.32","apolloVersion":"6.20.9.220"}}', {"218.51.255.32"}),
    ('{"clientVersion": "4.13.9.135", "peer": "93.141.211.198"}', {"93.141.211.198"}),
    ("appVersion='8.11.6.66' host=45.76.184.206", {"45.76.184.206"}),
    ('{"firmwareVersion":"3.17.6.206"}', set()),
    ("<serverVersion>5.14.5.136</serverVersion>", set()),
])
def test_quoted_version_key_is_no_address(scrubber, text, expected):
    assert ips(scrubber, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1713973894.614   4039 10.67.58.207 TCP_MISS/200 65147 GET http://91.15.28.230/update/6.17.5.123/pkg.tar"
     " - HIER_DIRECT/75.27.217.161 application/octet-stream\n",
     {"10.67.58.207", "91.15.28.230", "75.27.217.161"}),
    ('45.134.31.130 - - [07/Dec/2026:13:09:13 +0000] "GET /downloads/2.1.4.0/setup.exe HTTP/1.1" 200 512\n',
     {"45.134.31.130"}),
    ("wget https://mirror.example.org/releases/4.2.1.7/agent-linux.tar.gz\n", set()),
    ("curl -O https://cdn.example.com/fw/9.16.5.28/image.bin\n", set()),
    ("Paket: https://repo.example.de/pakete/6.12.5.56/paket.deb\n", set()),
])
def test_release_path_segment_is_no_address(scrubber, text, expected):
    assert ips(scrubber, text) == expected


@pytest.mark.parametrize("text, value", [
    ("curl https://ipinfo.io/45.134.31.130/json\n", "45.134.31.130"),
    ("GET /lookup/203.0.113.7 HTTP/1.1\n", "203.0.113.7"),
    ("http://203.0.113.9/update/ok\n", "203.0.113.9"),
    ("https://api.example.com/v2/hosts/93.141.211.198/status\n", "93.141.211.198"),
    ('{"remoteVersionHost": 1, "remote": "84.249.141.246"}', "84.249.141.246"),
])
def test_address_in_url_path_stays(scrubber, text, value):
    assert value in ips(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("Accessorials charged to fuel card 3528593375013274\n", "3528593375013274"),
    ("Accessorials charged to fuel card 6011-7167-9458-7639\n", "6011-7167-9458-7639"),
    ("Fleet card: 5395 2865 6428 2736\n", "5395 2865 6428 2736"),
    ("Tankkarte / fuel card no. 4924117427002750\n", "4924117427002750"),
    ('{"fleet_card": "4111111111111111"}', "4111111111111111"),
    ("Carburant (fuel card) 3705-581282-26783\n", "3705-581282-26783"),
])
def test_branded_number_under_fleet_or_fuel_card(scrubber, text, value):
    assert cards(scrubber, text) == {value}


@pytest.mark.parametrize("text", [
    '{"fleet_card": "7000000123456787"}',   # the petroleum industry's own number
    "Fuel card 7083 0512 3456 7895\n",
    "Gift card: 4798265881837729\n",        # a gift card's brand-shaped number stays out
    "Gift card 5119881366927129\n",
])
def test_fleet_card_without_brand_and_gift_card_stay_out(scrubber, text):
    assert cards(scrubber, text) == set()


@pytest.mark.parametrize("text", [
    "اکاؤنٹ (IBAN) 2: pk47 wvrb 5013 1824 9014 8312 (یا PK53 TRQW 2669 3201 7322 0732 ✗)\n",
    "Konto (IBAN): DE12 ABCD 4111 1111 1111 1111 (ungültig)\n",
    "IBAN GB00 NWBK 4111 1111 1111 1111 ✗\n",
    "账户 (IBAN)：PK56 MSBN 5776 5333 3334 8804 ✗\n",
])
def test_iban_shaped_tail_is_no_card(scrubber, text):
    assert cards(scrubber, text) == set()


@pytest.mark.parametrize("text, value", [
    ("Card: 4111 1111 1111 1111\n", "4111 1111 1111 1111"),
    ("Order AB12 paid with card 4111 1111 1111 1111\n", "4111 1111 1111 1111"),
    ("Visa 4111 1111 1111 1111 (exp 04/29)\n", "4111 1111 1111 1111"),
    ("Kreditkarte DE: 5395 2865 6428 2736\n", "5395 2865 6428 2736"),
    ("ORDER AB12 PAID WITH CARD 4111 1111 1111 1111\n", "4111 1111 1111 1111"),
    ("IBAN on file; Order AB12 paid with card 4111 1111 1111 1111\n", "4111 1111 1111 1111"),
])
def test_card_near_misses_stay(scrubber, text, value):
    assert value in cards(scrubber, text)


# An IBAN (valid or not) ending the line above is no head for the card on the next line: the
# tail check reads back only within the line (blind13, blind15 and blind26 lost such cards).
@pytest.mark.parametrize("text, value", [
    ("IBAN: PK55 UNIL 0MMJ PSFI F09F RCSN\n5134 0464 3172 3916 (Kortin numero)\n", "5134 0464 3172 3916"),
    ("IBAN: RO46HVBLAXEIS10LFPYAVLOY\n6513 4118 5457 6275\n", "6513 4118 5457 6275"),
    ("Bank (IBAN) GB00 NWBK\r\n4111 1111 1111 1111\n", "4111 1111 1111 1111"),
    ("Банк IBAN: KZ00 ABCD\n\n5395 2865 6428 2736 — карта\n", "5395 2865 6428 2736"),
])
def test_card_on_the_line_after_an_iban_stays(scrubber, text, value):
    assert value in cards(scrubber, text)
