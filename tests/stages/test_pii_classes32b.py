"""blind35 round, part b (pii-classes32b): a colon-written EUI-64 (a Zigbee device's IEEE address)
is no IPv6 address; an unseparated nine-digit number the text says is NOT the reader's SSN ("it is
not your SSN") is no SSN; a bracketed aside after an SSN label ("SSN (confidential, form
SC-100-INFO) ........") still lets the label name the number after it."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type, ssns


def ips(scrubber, text):
    return of_type(scrubber, text, "IP_ADDRESS")


@pytest.mark.parametrize("text, expected", [
    ("2026-07-15 15:07:45.869 INFO (MainThread) [homeassistant.components.zha] Device "
     "00:15:8d:00:56:5a:3b:2c joined from 65.236.247.95", {"65.236.247.95"}),
    ("zigpy: device 00:0d:6f:00:0b:12:34:56 joined (nwk 0x1a2b) from 2001:db8:4:5::17", {"2001:db8:4:5::17"}),
    ('{"ieee": "00:12:4B:00:1C:A1:B2:C3", "nwk": "0x4f21", "host": "91.15.28.230"}', {"91.15.28.230"}),
    ("Gerät 00:15:8D:00:02:3A:1F:9C (Aqara) gekoppelt", set()),
    # near misses: IPv6 addresses, full or compressed, stay
    ("addr 2001:0db8:0000:0000:0000:ff00:0042:8329 up", {"2001:0db8:0000:0000:0000:ff00:0042:8329"}),
    ("peer fe80::215:8dff:fe00:565a%eth0", {"fe80::215:8dff:fe00:565a"}),
    ("client 2a02:41ba:705c:0:39d:3f:21c4:29e2 ok", {"2a02:41ba:705c:0:39d:3f:21c4:29e2"}),
    ("src 2a0:1:2:3:4:5:6:7 ok", {"2a0:1:2:3:4:5:6:7"}),
])
def test_eui64_is_no_address(scrubber, text, expected):
    assert ips(scrubber, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Keep the family ID 385354632; it is not your SSN (002-29-9260 is what we verified).", {"002-29-9260"}),
    ("Keep the household ID 385354632; it is not your SSN (212-29-9260 is).", {"212-29-9260"}),
    ("Use the portal ID 481072332 — it's not your SSN — to sign in.", set()),
    ("ID del hogar 451721551; no es su seguro social.", set()),
    ("Haushalts-ID 512718609 ist nicht Ihre Sozialversicherungsnummer.", set()),
    # near misses: the SSN word names the number, or says nothing against it
    ("Your SSN 385354632 is on file; it is not your family ID.", {"385354632"}),
    ("Keep the family ID 385354632 with your SSN card.", {"385354632"}),
])
def test_number_said_not_your_ssn(scrubber, text, expected):
    assert ssns(scrubber, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Plaintiff SSN (confidential, form SC-100-INFO) ........ 009-56-5639\nEmail\nann@example.com",
     {"009-56-5639"}),
    ("Claimant SSN (confidential, form SSA-3368) ........ 009-12-3456", {"009-12-3456"}),
    ("Patient SSN (Medicare form CMS-1500) .... 007-42-1188", {"007-42-1188"}),
    # near misses: the aside is not right after the label, or the label named an earlier number
    ("SSN 212-56-5639 (form W-2) ........ 415-386-5639", {"212-56-5639"}),
    ("SSN (last 4: 5639) was checked against case 212-56-5640", set()),
])
def test_ssn_label_with_bracketed_aside(scrubber, text, expected):
    assert ssns(scrubber, text) == expected
