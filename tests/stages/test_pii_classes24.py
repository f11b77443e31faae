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


# --- a machine record's subscriber-number field (a number without its "+") ------------------------


def test_subscriber_number_fields(scrubber):
    hook = ('{"contacts":[{"profile":{"name":"Elena"},"wa_id":"31612345678"}],'
            '"messages":[{"from":"31612345678","id":"wamid.HBgM365986187714","timestamp":"1717171717"}]}')
    assert phones(scrubber, hook) == {"31612345678"}
    assert phones(scrubber, '{"msisdn":"447700900123","status":"DELIVERED","imsi":"262011234567890"}') == \
        {"447700900123"}
    assert phones(scrubber, "12:00:00 INFO bridge: status=read recipient_id=5511987654321 conversation=8064919278725520") \
        == {"5511987654321"}
    assert phones(scrubber, '{"to": "819012345678", "type": "text"}') == {"819012345678"}
    # an HLR export whose header names the column
    export = "msisdn;status;network;ported;imsi\n971501234567;OK;27791;0;365703413287893\n"
    assert phones(scrubber, export) == {"971501234567"}


def test_subscriber_number_field_near_misses(scrubber):
    # a range's bounds, a conversation's and a message's ids, an IMSI: no valid number, or no such key
    assert phones(scrubber, '{"from":"1000000","to":"2000000"}') == set()
    assert phones(scrubber, "status=read conversation=8064919278725520 message_id=31612345678") == set()
    assert phones(scrubber, '{"imsi":"262011234567890","iccid":"8949020000123456789"}') == set()


def test_queue_log_caller_id(scrubber):
    log = ("1791482576|1791482576.5179|sales|NONE|ENTERQUEUE||390212345678|5\n"
           "1791482576|1791482576.5179|sales|PJSIP/201|CONNECT|12|1791482570.12|3\n"
           "1791482601|1791482601.7|billing|NONE|ENTERQUEUE|https://crm.example/c|+5511987654321|1\n")
    assert phones(scrubber, log) == {"390212345678", "+5511987654321"}


def test_queue_log_near_misses(scrubber):
    # an internal extension as the caller, another event's fields: no phone
    log = ("1791482600|1791482600.1|sales|NONE|ENTERQUEUE||1001|1\n"
           "1791482600|1791482600.1|sales|PJSIP/201|COMPLETECALLER|44|738|1\n")
    assert phones(scrubber, log) == set()


# --- Finnish extension words inside the span --------------------------------------------------


def test_finnish_extension_word(scrubber):
    assert phones(scrubber, "Puh.: 013 1421168 sisänumero 335 / GSM: +358 41 2070179") == \
        {"013 1421168 sisänumero 335", "+358 41 2070179"}
    assert phones(scrubber, "Puh. +358 9 1234 5678 sisänro 12") == {"+358 9 1234 5678 sisänro 12"}
    # a number after the word that is no extension (a line's other number) stays apart
    assert "013 1421168 sisänumero 335 4455" not in phones(scrubber, "Puh.: 013 1421168 sisänumero 335 4455")


# --- a SIP phone maker's name, then its firmware version (four dotted numbers) -----------------------


def test_sip_phone_maker_version_is_no_address(scrubber):
    line = "registrar: contact sip:alice.33@pbx.example.com expires 3600, agent Grandstream 1.0.11.3\n"
    assert of_type(scrubber, line, "IP_ADDRESS") == set()
    assert of_type(scrubber, "agent Yealink 2.14.0.10 from 85.1.2.3", "IP_ADDRESS") == {"85.1.2.3"}
    assert of_type(scrubber, "Snom 10.1.54.13 registered; fanvil 2.12.5.31", "IP_ADDRESS") == {"10.1.54.13"}


def test_sip_phone_maker_near_misses(scrubber):
    # a private 10.x address after the name, a version-unlike address, a word between: addresses
    assert of_type(scrubber, "Grandstream 10.2.3.4 online", "IP_ADDRESS") == {"10.2.3.4"}
    assert of_type(scrubber, "Snom 12.114.7.1", "IP_ADDRESS") == {"12.114.7.1"}
    assert of_type(scrubber, "the Yealink phone at 85.1.2.3 rebooted", "IP_ADDRESS") == {"85.1.2.3"}


def of_type_on(scrubber, text, url, language):
    return {text[r.start:r.end] for r in scrubber.find(text, url, language) if r.entity_type == "PHONE_NUMBER"}


def test_subscriber_field_on_an_api_page_keeps_its_number(scrubber):
    # an HLR lookup's JSON on an English API page: the field names the number, whatever the model says
    t = ('{"msisdn":"390212345678","status":"DELIVERED","imsi":"677925266663275","mccmnc":"50009",'
         '"ported":false,"original_network":"MTN","msc":"952865700273"}\n')
    assert of_type_on(scrubber, t, "https://api.example-hlr.com/v1/lookup", "en") == {"390212345678"}
