"""blind35 round, part a (pii-classes32a): the phone classes read in blind35's errors, with cases
of our own (other languages and scripts, other tools' output, other shapes) and the near misses
that must stay as they are."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import phones

# --- a text message's kind before "number": the number the texts go to ---


@pytest.mark.parametrize("text, value", [
    ("Text Reminder Number: (615) 671-7279\nEvent Date/Time: 2026-06-16", "(615) 671-7279"),
    ("SMS alert number: 0417 631 345", "0417 631 345"),
    ("WhatsApp notification number - 06 12 34 56 78", "06 12 34 56 78"),
    ("SMS reminder number: +44 7700 900123", "+44 7700 900123"),
])
def test_message_kind_before_number_names_a_phone(scrubber, text, value):
    assert value in phones(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("Reminder Number: 615 671 7279", "615 671 7279"),  # a reminder's own number
    ("Order number: 615 671 7279", "615 671 7279"),
    ("Message number 615 671 7279", "615 671 7279"),
])
def test_other_numbers_stay_other(scrubber, text, value):
    assert value not in phones(scrubber, text)


# --- "reachable at": a phone word, nearer than a word naming another number ---


@pytest.mark.parametrize("text, value", [
    ("references reachable at (970) 441-2084 ext. 3277. Application log follows.",
     "(970) 441-2084 ext. 3277"),
    ("Reference contacts are reachable on 020 7946 0958.", "020 7946 0958"),
    ("Invoice queries: our accounts desk is reachable at 1-502-394-8111 x4337", "1-502-394-8111 x4337"),
])
def test_reachable_is_a_phone_word(scrubber, text, value):
    assert value in phones(scrubber, text)


def test_reachable_server_is_no_phone(scrubber):
    assert not phones(scrubber, "The backup host is reachable at 10.20.30.40 after 2026-01-02.")


# --- camelCase keys read word by word ---


@pytest.mark.parametrize("text, value", [
    ("  mCallIncomingNumber=+39 312 078 2688\n  mDataConnectionState=2", "+39 312 078 2688"),
    ("  mCallIncomingNumber=0711 134 830\n", "0711 134 830"),
    ("incomingCallNumber=713-549-4313 state=IDLE", "713-549-4313"),
    ("mobilePhone=06 12 34 56 78;", "06 12 34 56 78"),
])
def test_camel_case_key_naming_a_phone(scrubber, text, value):
    assert value in phones(scrubber, text)


@pytest.mark.parametrize("text", [
    "orderNumber=+447748613184 status=paid",  # the key names an order's number
    "callbackId=4155550123 retries=3",  # an id
    "mCallState=2 mDataActivity=0",
])
def test_camel_case_key_naming_another_number(scrubber, text):
    assert not phones(scrubber, text)


# --- an Android contacts row's data1= ---


@pytest.mark.parametrize("text, value", [
    ("09-27 01:22:13.932 E ContactsProvider: bad row {display_name=Emma, data1=087 692 5630, data2=2}",
     "087 692 5630"),
    ("bad row {display_name=Noah, data1=+15064744321, data2=2}", "+15064744321"),
    ("bad row {display_name=Jake, data1=(713) 759-7765, data2=2}", "(713) 759-7765"),
    ("Row: 3 mimetype=vnd.android.cursor.item/phone_v2, data1=+447748613184, data2=2", "+447748613184"),
    ('row {display_name=Emma, "data1"=+447748613184, data2=2}', "+447748613184"),
])
def test_android_contact_row_data1(scrubber, text, value):
    assert phones(scrubber, text) == {value}


@pytest.mark.parametrize("text", [
    "row {display_name=Emma, data1=20260927, data2=2}",  # a date
    "sensor data1=20260927 data2=2",  # no contacts row
    "row {display_name=Emma, data1=emma@example.org, data2=1}",
])
def test_data1_elsewhere_is_no_phone(scrubber, text):
    assert not phones(scrubber, text)


# --- order, application, booking, registration and Aadhaar words of more languages ---


@pytest.mark.parametrize("text", [
    "Mob.: 092 907 8025\nBr. narudžbe: 496-374-4842",  # Croatian: order no.
    "Тел. | +389 2 285 7612\nБр. на пријава | 852-289-6515",  # Macedonian: application no.
    "Piga simu: 0712 130820. Namba ya oda 635-334-3477 · 02.04.2026",  # Swahili: order number
    "Akaunti ya Paybill 05617172",  # Swahili: Paybill account
    "ആധാർ: 0628 6775 9487 · 26.01.2026",  # Malayalam: Aadhaar
    "ஆதார்: 0770 3087 4747",  # Tamil
    "ఆధార్ | 0178 8917 4563",  # Telugu
    "ബുക്കിംഗ് നമ്പർ 983-707-9311",  # Malayalam: booking number
    "నమోదు సంఖ్య: 436-572-0279",  # Telugu: registration number
])
def test_other_number_words_of_more_languages(scrubber, text):
    found = phones(scrubber, text)
    assert not any(value in text.split("\n")[-1] and value in found for value in found
                   if value not in ("092 907 8025", "+389 2 285 7612", "0712 130820"))
    for value in ("496-374-4842", "852-289-6515", "635-334-3477", "05617172", "0628 6775 9487",
                  "0770 3087 4747", "0178 8917 4563", "983-707-9311", "436-572-0279"):
        assert value not in found


@pytest.mark.parametrize("text, value", [
    ("Mob.: 092 907 8025\nBr. narudžbe: 496-374-4842", "092 907 8025"),
    ("Тел. | +389 2 285 7612\nБр. на пријава | 852-289-6515", "+389 2 285 7612"),
    ("Piga simu: 0712 130820. Namba ya oda 635-334-3477", "0712 130820"),
])
def test_phone_beside_the_other_number_stays(scrubber, text, value):
    assert value in phones(scrubber, text)


# --- a docket's or a ledger's line is no telephone line ---


@pytest.mark.parametrize("text", [
    "Questions go to clerk@court.example.org or 713-950-2263 ext. 4589. Docket line 722-705-8603.",
    "Ledger line # 415-843-2687 was reversed.",
    "Invoice line: 802 937 3822",
])
def test_entry_line_is_no_phone(scrubber, text):
    found = phones(scrubber, text)
    assert not any(value in ("722-705-8603", "415-843-2687", "802 937 3822") for value in found)


@pytest.mark.parametrize("text, value", [
    ("Support line: 713-950-2263", "713-950-2263"),
    ("Order line 0800 123 4567", "0800 123 4567"),  # an ordering hotline
    ("Help line 713-950-2263", "713-950-2263"),
    ("Questions go to clerk@court.example.org or 713-950-2263 ext. 4589. Docket line 722-705-8603.",
     "713-950-2263 ext. 4589"),
])
def test_telephone_lines_stay(scrubber, text, value):
    assert value in phones(scrubber, text)


# --- a UUID's first group, all digits ---


@pytest.mark.parametrize("text", [
    '{"ContactID": "04285505-aa1c-4f2e-9b1d-667521779358", "Name": "Kenji Sato"}',
    "request_id=09740601-AA1C-4F2E-9B1D-858117462834 phone lookup",
])
def test_uuid_first_group_is_no_phone(scrubber, text):
    assert not phones(scrubber, text)


def test_number_and_extension_after_dash_stays(scrubber):
    assert "04285505-1234" in phones(scrubber, "call 04285505-1234 now")


# --- phone words of more languages: Uzbek, Mongolian, Latvian ---


@pytest.mark.parametrize("text, value", [
    ("Qo'ng'iroq qiling: 669228150. Yozing: info@example.uz", "669228150"),  # Uzbek "call"
    ("Холбоо барих: 53999216", "53999216"),  # Mongolian "contact"
    ("Zvaniet: 21 258 440. Rakstiet: info@example.lv", "21 258 440"),  # Latvian "call"
])
def test_phone_words_of_more_languages(scrubber, text, value):
    assert value in phones(scrubber, text)


def test_phone_word_does_not_name_an_order(scrubber):
    assert "97 837 22 96" not in phones(scrubber, "Qo'ng'iroq qiling: 669228150. Buyurtma № 97 837 22 96 · 19.09.2026")
