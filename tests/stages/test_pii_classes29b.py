"""blind32 round, part b (pii-classes29b): IPs, cards and SSNs — the classes read in blind32's
errors, with cases of our own (other tools, other languages, other shapes) and the near misses that
must stay as they are."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import found, of_type

# --- IP: a software kit's or monitoring agent's version under its key ---


@pytest.mark.parametrize("text, value", [
    ('{"ip":"19.99.39.128","sdk":"2.0.32.66"}', "2.0.32.66"),  # a fraud tool's export
    ("sdk_version=7.0.1.228 ip=53.43.220.31", "7.0.1.228"),
    ("SDKVersion: 4.14.19.129", "4.14.19.129"),
    ("host 37.223.10.86  agent 4.26.15.31", "4.26.15.31"),  # an alert's monitoring agent
    ('{"agent_version": "6.19.17.183", "hostname": "db-1"}', "6.19.17.183"),
    ("plugin-version: 3.2.1.15", "3.2.1.15"),
    ("clientVersion=8.18.28.237", "8.18.28.237"),
])
def test_component_version_key_is_no_address(scrubber, text, value):
    assert value not in of_type(scrubber, text, "IP_ADDRESS")


@pytest.mark.parametrize("text, value", [
    ("SNMP agent 19.4.12.200 did not answer", "19.4.12.200"),  # an SNMP agent's key holds its address
    ("sflow agent=21.33.4.17 sampling=512", "21.33.4.17"),
    ("agent 10.20.3.4 registered", "10.20.3.4"),  # a private network's 10: an agent's address
    ("agent 145.8.44.201 registered", "145.8.44.201"),  # first number over 30
    ('{"sdk_ip": "52.14.77.9"}', "52.14.77.9"),  # an address key, not the version key
])
def test_agent_addresses_stay(scrubber, text, value):
    assert value in of_type(scrubber, text, "IP_ADDRESS")


# --- IP: what an upgrade, a downgrade or a rollback went to is a version ---

@pytest.mark.parametrize("text, value", [
    ("The load balancer dropped health checks after the upgrade to 6.4.39.85. The OID stopped.", "6.4.39.85"),
    ("Controllers were upgraded to version 4.17.3.212 last night", "4.17.3.212"),
    ("We rolled back to 5.10.38.98 after the outage", "5.10.38.98"),
    ("downgrading to v2.25.34.164 fixed it", "2.25.34.164"),
    ("Nach dem Upgrade auf 2.10.14.244 fiel der Dienst aus", "2.10.14.244"),
    ("après la mise à niveau vers 9.1.22.91, le service a redémarré", "9.1.22.91"),
])
def test_upgrade_target_is_no_address(scrubber, text, value):
    assert value not in of_type(scrubber, text, "IP_ADDRESS")


@pytest.mark.parametrize("text, value", [
    ("The A record was updated to 34.120.8.19 at noon", "34.120.8.19"),  # a record moved, no upgrade
    ("traffic failed over to 52.14.77.9", "52.14.77.9"),
    ("upgrade server 52.14.77.9 tonight", "52.14.77.9"),  # the host an upgrade runs on
    ("migrated to 23.45.67.89 on Monday", "23.45.67.89"),
])
def test_addresses_after_other_verbs_stay(scrubber, text, value):
    assert value in of_type(scrubber, text, "IP_ADDRESS")


# --- IP: a record's client field, beside the record's own address key, is the client's version ---

SQLITE_ROW = """sqlite> .mode line
sqlite> SELECT * FROM sessions LIMIT 1;
     id = 312063
     ip = 62.188.171.248
   seen = 6651775546
 client = 7.21.23.157
"""
PSQL_ROW = """-[ RECORD 1 ]-----------
id         | 44
remote_addr| 81.4.100.9
client     | 4.18.24.115
"""


@pytest.mark.parametrize("text, value", [
    (SQLITE_ROW, "7.21.23.157"),
    (PSQL_ROW, "4.18.24.115"),  # psql's expanded display
    ('{"ip": "62.188.171.248", "client": "5.12.17.92"}', "5.12.17.92"),
    ("ip: 2a02:4dbc::ccce:ef17:e01f:393d\nclient: 7.6.20.209\nseen: 4171945748\n", "7.6.20.209"),
])
def test_client_version_beside_address_key(scrubber, text, value):
    assert value not in of_type(scrubber, text, "IP_ADDRESS")
    assert of_type(scrubber, text, "IP_ADDRESS")  # the record's address itself stays


@pytest.mark.parametrize("text, value", [
    ("client = 7.21.23.157\nseen = 6651775546\n", "7.21.23.157"),  # no address key: the client's address
    ("2026/01/02 [error] 12#0: upstream timed out, client: 5.16.2.67, server: shop.example", "5.16.2.67"),
    ('{"ip": "62.188.171.248", "client": "82.45.244.123"}', "82.45.244.123"),  # first number over 30
    ("ip = 62.188.171.248\n\nsome prose\nclient = 4.0.13.42\n", "4.0.13.42"),  # another record
])
def test_client_addresses_stay(scrubber, text, value):
    assert value in of_type(scrubber, text, "IP_ADDRESS")


# --- card: a quoted key glued to its value by "=" or ":" ---

@pytest.mark.parametrize("text, value", [
    ("[filter:modify] dropped field 'pan'=5576889453921305 from 172.30.17.176", "5576889453921305"),
    ("{'pan':4111111111111111, 'exp': '01/31'}", "4111111111111111"),
    ('"card_number"=378282246310005', "378282246310005"),
    ("removed key 'cc'=6011000990139424", "6011000990139424"),
    ("champ 'carte'=5105105105105100 supprimé", "5105105105105100"),
])
def test_card_under_quoted_key(scrubber, text, value):
    assert value in of_type(scrubber, text, "CREDIT_CARD")


@pytest.mark.parametrize("text, value", [
    ("dropped field 'pan'=5576889453921306 from host", "5576889453921306"),  # Luhn-invalid
    ("'order_id'=4111111111111111", "4111111111111111"),  # an order number's key
    ("'tracking'=4111111111111111", "4111111111111111"),
])
def test_not_cards_under_quoted_key(scrubber, text, value):
    assert value not in of_type(scrubber, text, "CREDIT_CARD")


# --- SSN: a bare TIN on another country's page is that country's taxpayer number ---

@pytest.mark.parametrize("text, url, language", [
    ("Telepono: +639270515053\nTIN: 032723697\nZip code: 84874\n", "https://www.siyahan-lipa.ph/", "tl"),
    ("GPS: 21.38848, 126.61396 · TIN: 349040122", "https://www.siyahan-lipa.ph/contact", "tl"),
    ("Tax Identification Number: 700710448\nPhone: 0917 123 4567", "https://shop.example.ph/", "en"),
    ("TIN # 512345678 · Kontakt: +49 30 1234567", "https://www.beispiel.de/", "de"),
])
def test_foreign_tin_is_no_ssn(scrubber, text, url, language):
    assert not any(kind == "US_SSN" for kind, _ in found(scrubber, text, url, language))


@pytest.mark.parametrize("text, url, language, value", [
    ("TIN: 032723697", None, None, "032723697"),  # no hint: a US form's TIN
    ("Recipient's TIN: 512345678", "https://forms.example.com/1099", "en", "512345678"),
    ("TIN: 512345678\nCall +1 212 555 0147", "https://www.beispiel.de/", "de", "512345678"),  # US evidence
    ("SSN: 512345678", "https://shop.example.ph/", "tl", "512345678"),  # an SSN word, not a TIN
])
def test_us_tin_stays(scrubber, text, url, language, value):
    assert ("US_SSN", value) in found(scrubber, text, url, language)
