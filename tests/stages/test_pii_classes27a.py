"""blind30 round, part a (phones): a subscriber-number column of a CSV / TSV export, an SMS
delivery report's rows without a header, an X12 PER segment's telephone elements (no label a
sentence would give; the record's syntax names them) and BGP AS paths, which are no phones.
Cases made here, in other tools' shapes and delimiters than blind30's, with near misses."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type


def phones(scrubber, text):
    return sorted(of_type(scrubber, text, "PHONE_NUMBER"))


# --- a subscriber-number column: international form without its "+" -------------------------

@pytest.mark.parametrize("text, expected", [
    ("MSISDN;status;sent_at\n491701234567;DELIVERED;2025-03-01\n447911123456;FAILED;2025-03-01\n",
     ["491701234567", "447911123456"]),
    ("id\tdest_msisdn\tcost\n1\t33612345678\t0.04\n2\t34612345678\t0.05\n",
     ["33612345678", "34612345678"]),
    ("destination_addr,source_addr,esm_class\n393471234567,INFO,0\n", ["393471234567"]),
    ('"e164","name"\n"6281234567890","Budi"\n', ["6281234567890"]),
])
def test_subscriber_columns_are_phones(scrubber, text, expected):
    assert phones(scrubber, text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "msisdn,message_id,parts\n87120,972424001083,1\n",         # a short code; the id is no msisdn
    "msisdn,count\n1234567,3\n",                                  # too short for any plan
    "order_id,amount\n491701234567,12.50\n",                      # another column's number
    "msisdn,message_id\n00000000000,1\n",                         # not a valid number
])
def test_subscriber_column_near_misses(scrubber, text):
    assert phones(scrubber, text) == []


# --- an SMS delivery report's rows, no header --------------------------------------------------

def test_delivery_report_rows_take_the_subscriber_column(scrubber):
    text = ("447911123456|552233445566|DELIVRD|1\n"
            "5511987654321|229524431918|UNDELIV|2\n"
            "87120|601174653653|EXPIRED|1\n")
    assert phones(scrubber, text) == sorted(["447911123456", "5511987654321"])


def test_numbers_without_a_delivery_status_stay_unlabelled(scrubber):
    assert phones(scrubber, "447911123456,552233445566,OK,1\n") == []


# --- X12 PER segments ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("NM1*IL*1*DOE*JANE~\nPER*IP**HP*6145551234~\n", ["6145551234"]),  # valid per phonenumbers
    ("NM1*IL*1*DOE*JANE~PER*IP**HP*6142731234~DMG*D8*19800101~", ["6142731234"]),
    ("PER*IC*BILLING DEPT*TE*2125550199*FX*2127361234~", ["2125550199", "2127361234"]),
    ("PER|IC|JOHN SMITH|WP|3125558000|EM|JS@EXAMPLE.COM\n", ["3125558000"]),
    ("PER*IC*JANE*TE*1234567890~\n", []),      # not a valid US number
    ("PER|IC|JOHN SMITH|CP|3127461234|EM|JS@EXAMPLE.COM\n", ["3127461234"]),
])
def test_x12_per_phone_elements(scrubber, text, expected):
    assert phones(scrubber, text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "REF*0F*6142731234~\n",                  # a reference id, not a PER segment
    "PER*IC*JANE*EM*6142731234~\n",          # an e-mail qualifier
    "PER*IC*JANE*UR*6142731234~\n",          # a URL qualifier
    "SUPER*IC*JANE*TE*6142731234~\n",        # not a PER segment's name
])
def test_x12_near_misses(scrubber, text):
    assert phones(scrubber, text) == []


# --- BGP AS paths -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "   Network          Next Hop            Metric LocPrf Weight Path\n"
    "*> 10.20.0.0/16     192.0.2.1            0    100      0 65001 3356 174 i\n"
    "*>i172.16.0.0/12    198.51.100.7         0    100      0 64512 64513 ?\n",
    "rtr1> show ip bgp 203.0.113.0\nBGP routing table entry for 203.0.113.0/24, version 12\n"
    "  64496 3356 13335\n    192.0.2.9 from 192.0.2.9 (192.0.2.9)\n",
    "BGP routing table entry for 198.51.100.0/24\n  3356 {64512,64513}, (aggregated by 64496 192.0.2.1)\n",
    "inet.0: 12 destinations\n10.0.0.0/8 *[BGP/170] 1d 02:03:04, localpref 100\n"
    "                      AS path: 65001 3356 40371 I\n",
])
def test_as_paths_are_no_phones(scrubber, text):
    assert phones(scrubber, text) == []


def test_a_phone_beside_a_bgp_table_stays(scrubber):
    text = ("NOC on call: +44 20 7946 0321\n"
            "   Network          Next Hop            Metric LocPrf Weight Path\n"
            "*> 10.20.0.0/16     192.0.2.1            0    100      0 65001 3356 174 i\n")
    assert phones(scrubber, text) == ["+44 20 7946 0321"]


# --- an id repeated after a phone: a word naming another kind of number holds it elsewhere ------

@pytest.mark.parametrize("text, expected", [
    ("L'association (SIRET 552 100 554 00017) gère la salle.\n"
     "Paul: 06 12 34 56 78 / 552 100 554 00017\n", ["06 12 34 56 78"]),
    ("Kundennummer 0301 234 5678 bitte angeben.\nAnna: 0171 2345678 / 0301 234 5678\n", ["0171 2345678"]),
    ("Numer zamówienia 512-345-678.\nOla: tel. 601 234 567 / 512-345-678\n", ["601 234 567"]),
])
def test_an_id_repeated_after_a_phone_is_no_phone(scrubber, text, expected):
    assert phones(scrubber, text) == sorted(expected)


def test_a_phone_repeated_without_an_id_word_stays(scrubber):
    text = "Tel. 06 12 34 56 78 (bureau).\nPaul: 06 98 76 54 32 / 06 12 34 56 78\n"
    assert phones(scrubber, text) == sorted(["06 12 34 56 78", "06 98 76 54 32", "06 12 34 56 78"][:2])
