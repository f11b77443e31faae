"""pii-classes25b (blind28 round, part b): IPs, SSNs and cards. Cases written for the classes, in
other languages, tools and shapes than blind28's, with near misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.stages.pii_helpers import values_in_order as found


# ---- IP look-alikes: drivers', apps' and network systems' versions, clauses, version pins
@pytest.mark.parametrize("text", [
    "nic0: driver=10.3.181.73 link up",
    "ethtool -i eth0 → driver: 12.4.200.17",
    "Treiber: 21.1.104.22 (Intel)",
    "Versión de la app 5.15.5.232 · Soporte",
    "Version de l'appli 6.19.219.111",
    "Versão do aplicativo 7.15.79.73",
    "Версия на приложението 4.19.131.152",
    "Версия приложения 3.22.140.17",
    "Appversion 6.13.73.2",
    "App-Version: 8.20.144.3",
    "เวอร์ชันแอป 7.3.220.143",
    '"sysDescr": "ArubaOS 8.10.0.7"',
    "System Description: JUNOS 21.4.3.15 built 2023-01-01",
    "  packet_forwarder: 4.22.1.200",
    "see rule 3.5.5.3 of our privacy notice",
    "# section=10.4.7.4; ticket 525",
    "gemäß Abschnitt 4.2.1.3 der AGB",
    "conforme artículo 12.3.1.4 del reglamento",
    "согласно разделу 5.1.2.3 договора",
    "pin===4.14.4.6",
    "requests==2.31.0.1",
    "mylib>=1.20.3.4",
])
def test_not_an_address(scrubber, text):
    assert found(scrubber, text, "IP_ADDRESS") == []


@pytest.mark.parametrize("text, address", [
    ("driver connected from 81.2.69.160", "81.2.69.160"),  # a person who drives, then an address
    ("ip.addr==10.0.0.1 && tcp.port==443", "10.0.0.1"),  # Wireshark's filter: an address
    ("client_ip == 81.2.69.160", "81.2.69.160"),
    ("src==192.168.1.20", "192.168.1.20"),
    ("Z76456758xq==\t203.0.113.9\t5123", "203.0.113.9"),  # base64 padding, a tab, then the client
    ("ArubaOS controller at 81.2.69.160", "81.2.69.160"),
    ("section=192.168.200.17", "192.168.200.17"),  # parts over 99: no clause number
    ("Version deployed to 81.2.69.160", "81.2.69.160"),  # the version's host, not the version
    ("Servidor de la app 81.2.69.160", "81.2.69.160"),
])
def test_still_an_address(scrubber, text, address):
    assert found(scrubber, text, "IP_ADDRESS") == [address]


# ---- SSNs: a person named as the number's owner is no member number
@pytest.mark.parametrize("text, ssn", [
    ("Your household member's number 419-40-4473 is also on file.", "419-40-4473"),
    ("The family member’s number 289 66 9489 is on file too.", "289 66 9489"),
    ("Each subscriber's no. 512-33-0918 must match the card.", "512-33-0918"),
])
def test_owner_named_number(scrubber, text, ssn):
    assert found(scrubber, text, "US_SSN") == [ssn]


@pytest.mark.parametrize("text", [
    "Member number 419-40-4473",
    "member no. 419-40-4473",
    "Member # 419-40-4473",
])
def test_member_number_stays_no_ssn(scrubber, text):
    assert found(scrubber, text, "US_SSN") == []
