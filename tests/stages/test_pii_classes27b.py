"""blind30 round, part b (IPs, SSNs, e-mails): the classes read in blind30's errors, with cases of
our own (other tools, separators, scripts) and the near misses that must stay as they are."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type, ssns


# --- IP: a global network's own address with its prefix is an address; a private one's is not ---

@pytest.mark.parametrize("text, value", [
    ("*> 185.197.218.0/24  62.204.192.136  0  100  0 46254 40514 i", "185.197.218.0"),  # Cisco BGP table
    ("BGP routing table entry for 31.90.206.0/24, version 83461084", "31.90.206.0"),
    ("B>* 151.26.100.0/22 [20/0] via 81.126.83.112, eth0, weight 1, 2d01h", "151.26.100.0"),  # FRR
    ("route: 193.0.0.0/21\norigin: AS3333", "193.0.0.0"),  # an RPSL route object
    ("Fetching via 3.59.170.83 (140.82.112.0/20 is GitHub's range)", "140.82.112.0"),
    ("ip route add 8.8.4.0/24 via 192.0.2.1", "8.8.4.0"),
])
def test_global_network_address_with_prefix(scrubber, text, value):
    assert value in of_type(scrubber, text, "IP_ADDRESS")


@pytest.mark.parametrize("text, value", [
    ('vpc_cidr     = "10.20.0.0/16"', "10.20.0.0"),
    ("set blocklist { type ipv4_addr; elements = { 10.0.0.0/8 } }", "10.0.0.0"),
    ("assigning virtual IP 10.3.7.9 to peer (pool 10.3.0.0/16, mask 255.255.0.0)", "10.3.0.0"),
    ("allow 192.168.1.0/24;", "192.168.1.0"),
    ("CGNAT pool 100.64.0.0/10", "100.64.0.0"),
    ("-A INPUT -s 0.0.0.0/0 -j DROP", "0.0.0.0"),
    ("access-control: 127.0.0.0/8 allow", "127.0.0.0"),
])
def test_private_or_unspecified_network_stays_out(scrubber, text, value):
    assert value not in of_type(scrubber, text, "IP_ADDRESS")


def test_host_with_prefix_and_span_without_length(scrubber):
    found = of_type(scrubber, "inet 203.0.113.7/32 scope global\n*> 62.38.219.0/24 nh", "IP_ADDRESS")
    assert found == {"203.0.113.7", "62.38.219.0"}


# --- US SSN: an X12 element whose qualifier names a Social Security Number ---

X12 = ("ISA*00*          *00*          *ZZ*453042213      *ZZ*CARRIER01      *250301*1200*^*00501*"
       "816637030*0*P*:~\nGS*BE*SPONSOR*CARRIER*20250301*1200*729*X*005010X220A1~\n"
       "ST*834*0001*005010X220A1~\nINS*Y*18*021*28*A***FT~\nREF*0F*778287650~\n"
       "NM1*IL*1*LEE*KIM****34*468336033~\nDMG*D8*19750915*F~\nINS*N*19*021*28*A~\n"
       "NM1*IL*1*LEE*LUZ****34*657319896~\nSE*23*0001~\n")


def test_x12_nm1_qualifier_34(scrubber):
    found = ssns(scrubber, X12)
    assert {"468336033", "657319896"} <= found
    assert "778287650" not in found  # REF*0F: a subscriber number
    assert "453042213" not in found  # the interchange sender's id


@pytest.mark.parametrize("text, value", [
    ("NM1|IL|1|DOE|JANE||||34|412559871~", "412559871"),  # "|" as the element separator
    ("ST*837*0001~NM1*IL*1*DOE*JANE*A***34*231459876~N3*1 MAIN ST~", "231459876"),  # one line, "~" apart
    ("REF*SY*412559871~", "412559871"),  # REF01 "SY": Social Security Number
])
def test_x12_ssn_qualifiers(scrubber, text, value):
    assert value in ssns(scrubber, text)


@pytest.mark.parametrize("text", [
    "NM1*IL*1*DOE*JANE****MI*412559871~",  # a member id
    "NM1*85*2*CLINIC*****24*412559871~",  # an employer's id (EIN)
    "REF*0F*412559871~",
    "NM1*IL*1*DOE*JANE****34*987654321~",  # 9xx is no SSN
    "LIN*34*412559871~",  # "34" not in NM108
])
def test_x12_other_qualifiers_stay(scrubber, text):
    assert ssns(scrubber, text) == set()


# --- e-mail: HL7 v2 separators before an address; a case ending glued by a hyphen ---

@pytest.mark.parametrize("text, value", [
    ("PID|1||MRN1^^^HOSP^MR||DOE^ANN||19680115|F|||1 MAIN ST^^DAYTON^OH^45402||(971) 813-5901^PRN^PH~"
     "^NET^Internet^m.tanaka@telenord.se|||||ACCT9|191-12-4877", "m.tanaka@telenord.se"),
    ("PID|1||X||DOE^J||||||^NET^X.400^j.doe@example.org~^PRN^PH^^1^555^1234567|", "j.doe@example.org"),
    ("NK1|1|DOE^ANN|SPO||^NET^Internet^ann.doe@example.com~^PRN^PH^^1^614^5550142", "ann.doe@example.com"),
])
def test_hl7_component_separators(scrubber, text, value):
    assert of_type(scrubber, text, "EMAIL_ADDRESS") == {value}


@pytest.mark.parametrize("text, value", [
    ("მარიამ გელაშვილი: მომწერეთ mariam.gel@mail.ge-ზე. ქოხი 65", "mariam.gel@mail.ge"),
    ("მომწერეთ nino@gmail.com-ზე", "nino@gmail.com"),
    ("Írj a kati.nagy@freemail.hu-ra, vagy hívj!", "kati.nagy@freemail.hu"),
    ("Küldd el a peter@citromail.hu-nak.", "peter@citromail.hu"),
])
def test_case_ending_after_hyphen(scrubber, text, value):
    assert of_type(scrubber, text, "EMAIL_ADDRESS") == {value}


@pytest.mark.parametrize("text, value", [
    ("mail ann@foo.example-bar.com today", "ann@foo.example-bar.com"),  # a hyphen inside the host
    ("mail ann@mail-server.example.org.", "ann@mail-server.example.org"),
    ("write ann~lee@example.com", "ann~lee@example.com"),  # "~" alone stays in the local part
    ("bounce+ann=example.com@lists.example.net", "bounce+ann=example.com@lists.example.net"),
])
def test_email_near_misses_stay(scrubber, text, value):
    assert of_type(scrubber, text, "EMAIL_ADDRESS") == {value}
