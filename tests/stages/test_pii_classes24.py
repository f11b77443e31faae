"""blind27's error classes (pii-classes24): a SIP URI's user part that is a number (a phone, the
URI no mailbox), with cases of our own (other headers, tools and shapes) and near misses."""
from __future__ import annotations

from tests.stages.pii_helpers import found, of_type


def phones(scrubber, text):
    return of_type(scrubber, text, "PHONE_NUMBER")


# --- a SIP URI's number: the number only, no e-mail ----------------------------------------------


def test_sip_uri_numbers_are_phones(scrubber):
    trace = ("INVITE sip:+4930123456789@203.0.113.9;user=phone SIP/2.0\n"
             'From: "Kundendienst" <sip:+390212345678@trunk.example.net>;tag=77a1\n'
             "To: <sips:+819012345678@voip.example.jp>\n")
    assert phones(scrubber, trace) == {"+4930123456789", "+390212345678", "+819012345678"}
    assert of_type(scrubber, trace, "EMAIL_ADDRESS") == set()
    # sngrep's columns, a number without its "+" (an MSISDN), a Kamailio log line
    line = "  12:01:44.120  10.1.2.3:5060  10.1.2.4:5060  INVITE   sip:46701948324@sbc.local  sip:+33612345678@sbc.local"
    assert phones(scrubber, line) >= {"46701948324", "+33612345678"}
    line = "ERROR: 486 Busy Here from SIP:+5511987654321@gw.example.br;transport=udp"
    assert phones(scrubber, line) == {"+5511987654321"}


def test_sip_uri_near_misses(scrubber):
    # an extension and a name as the user part: no phone, and still no mailbox
    text = "Contact: <sip:204@172.18.4.20:5060>\nregistrar: contact sip:alice.33@pbx.example.com expires 3600\n"
    assert phones(scrubber, text) == set()
    assert of_type(scrubber, text, "EMAIL_ADDRESS") == set()
    assert of_type(scrubber, text, "IP_ADDRESS") == {"172.18.4.20"}
    # an e-mail address whose word before merely ends in "sip": a mailbox as before
    assert found(scrubber, "schreib an gossip:ann@example.com oder ann.sip@example.com") >= \
        {("EMAIL_ADDRESS", "ann@example.com"), ("EMAIL_ADDRESS", "ann.sip@example.com")}
    # a number glued to a word ("mysip:…") or a too-long run is no SIP URI's number
    assert phones(scrubber, "token mysip:49301234567890123@x.example") == set()
