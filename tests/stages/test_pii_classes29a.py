"""blind32 round, part a (pii-classes29a): the e-mail and phone classes read in blind32's errors,
with cases of our own (other tools, other languages and scripts, other shapes) and the near misses
that must stay as they are."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type, phones

# --- e-mail: an X12 element separator (or markdown's bold) before the address is no part of it ---


@pytest.mark.parametrize("text, value", [
    ("PER*IC*BILLING*TE*2015229787*EM*billing@clinic.example.org~", "billing@clinic.example.org"),
    ("PER*IC*JANE DOE*TE*2015229787*EX*123*EM*jane@example.com~\nREF*EI*583342350~", "jane@example.com"),
    ("PER|IC|BILLING|EM|ap@vendor.example.com~", "ap@vendor.example.com"),  # another separator
    ("Write to **ann@example.com** today", "ann@example.com"),  # markdown bold
    ("*ann@example.com*", "ann@example.com"),  # markdown italics
])
def test_separator_before_address_is_cut(scrubber, text, value):
    assert of_type(scrubber, text, "EMAIL_ADDRESS") == {value}


def test_x12_contact_keeps_its_phone(scrubber):
    text = "N4*TOLEDO*OH*436045405~\nPER*IC*BILLING*TE*2015229787*EM*billing@clinic.example.org~\n"
    assert "2015229787" in phones(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("Contact ann.smith+news@example.com now", "ann.smith+news@example.com"),
    ("bounce+ann=example.com@lists.example.org", "bounce+ann=example.com@lists.example.org"),
])
def test_plain_addresses_stay(scrubber, text, value):
    assert value in of_type(scrubber, text, "EMAIL_ADDRESS")


# --- phone: a quoted key naming a phone before "=" labels its value ---


@pytest.mark.parametrize("text, value", [
    ("[warn] [filter:modify] dropped field 'phone'=+353 86 938 6175 from 10.199.206.31", "+353 86 938 6175"),
    ('dropped field "mobile"=+49 361 97973 from host', "+49 361 97973"),  # double quotes
    ("removed 'tel'=+33 1 18 37 10 54 (redacted later)", "+33 1 18 37 10 54"),
    ("{'msisdn'=+447700900123}", "+447700900123"),
])
def test_quoted_phone_key(scrubber, text, value):
    assert value in phones(scrubber, text)


@pytest.mark.parametrize("text", [
    "dropped field 'order_id'=+353 86 938 6175 from host",  # a key naming another number
    "set 'count'=4915112345 rows",
    "dropped field 'pan'=5576889453921305 from 172.30.17.176",
])
def test_quoted_other_key_is_no_phone(scrubber, text):
    assert not phones(scrubber, text)


# --- phone: a word for "number" in more languages names another number beside a non-phone word ---


@pytest.mark.parametrize("text", [
    "Захиалгын дугаар: 0152-181009",  # Mongolian: order number
    "Регистрийн дугаар: 0152-181009",  # Mongolian: registration number
    "Pöntunarnúmer: 0690-504476",  # Icelandic compound
    "Tellimuse nr: 8333-343437",  # Estonian ("Tell…" is no phone stem)
    "შეკვეთის ნომერი: 0691-743629",  # Georgian
    "Պատվերի համար: 0571-353506",  # Armenian
    "Sifariş nömrəsi: 0588-168404",  # Azerbaijani
    "Nr. i porosisë: 0849-733671",  # Albanian, the word after a connector
    "Numru tal-ordni: 0049-461028",  # Maltese
    "የትዕዛዝ ቁጥር: 0383-802148",  # Amharic
    "ඇණවුම් අංකය: 8402-772019",  # Sinhala
    "अर्डर नम्बर: 0739-076618",  # Nepali
    "မှာယူမှုအမှတ်: 0339-160633",  # Burmese compound
    "លេខបញ្ជាទិញ: 0969-097773",  # Khmer compound, the word first
    "آرڈر نمبر: 0979-391565",  # Urdu
    "Numru tal-fattura: 2123 4567",  # Maltese, another noun
])
def test_other_number_words(scrubber, text):
    assert not phones(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("Telefon nömrəsi: 040 378 95 55", "040 378 95 55"),
    ("ტელეფონის ნომერი: 032 024 05 11", "032 024 05 11"),
    ("Հեռախոսի համար: 077 643497", "077 643497"),
    ("ስልክ ቁጥር: 091 645 4368", "091 645 4368"),
    ("දුරකථන අංකය: 071 854 3708", "071 854 3708"),
    ("फोन नम्बर: 01-4270706", "01-4270706"),
    ("លេខទូរស័ព្ទ: 092 214 704", "092 214 704"),
    ("فون نمبر: 0300 1234567", "0300 1234567"),
    ("Numru tat-telefon: 2123 4567", "2123 4567"),
    ("Nr. i telefonit: 069 728 7271", "069 728 7271"),
    ("Tel. nr. 0690 504476", "0690 504476"),
    ("Ամրագրման համար զանգահարեք՝ 010 52 12 34", "010 52 12 34"),  # "for booking, call"
])
def test_phone_number_words_stay(scrubber, text, value):
    assert value in phones(scrubber, text)


# --- phone: Maltese "ċempel" (call) is a phone word ---


@pytest.mark.parametrize("text, value", [
    ("— Iva, ċempilli fuq 9991 5475", "9991 5475"),
    ("Ċemplilna fuq 2123 4567.", "2123 4567"),
    ("Jekk jogħġbok ċempel lil 7912 3456", "7912 3456"),
])
def test_maltese_call_word(scrubber, text, value):
    assert value in phones(scrubber, text)


# --- phone: Myanmar and Khmer digits are digits ---


@pytest.mark.parametrize("text, value", [
    ("ဖုန်း: ၀၁ ၃၁၂ ၄၁၉", "၀၁ ၃၁၂ ၄၁၉"),
    ("ဖုန်း: ၀၉ ၆၁၈ ၇၉၆၇", "၀၉ ၆၁၈ ၇၉၆၇"),
    ("ទូរស័ព្ទ៖ ០១២ ៣៤៥ ៦៧៨", "០១២ ៣៤៥ ៦៧៨"),
])
def test_script_digits(scrubber, text, value):
    assert value in phones(scrubber, text)


@pytest.mark.parametrize("text", [
    "លេខបញ្ជាទិញ: ០១២ ៣៤៥ ៦៧៨",  # Khmer order number in Khmer digits
    "စာတိုက်သင်္ကေတ: ၁၁၁၈၁",  # a postcode
])
def test_script_digits_other_numbers(scrubber, text):
    assert not phones(scrubber, text)


# --- phone: a "seen" key holds a time ---


@pytest.mark.parametrize("text", [
    "     id = 887343\n   seen = 0651105358\nclient = 2.7.0.287\n",
    "last_seen=0651105358&x=1",
    '{"first_seen": "0432624422", "id": 7}',
])
def test_seen_key_is_a_time(scrubber, text):
    assert not phones(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("seen at the office, call 0651105358 please", "0651105358"),
    ("phone = 0651105358\n", "0651105358"),
])
def test_seen_near_misses(scrubber, text, value):
    assert value in phones(scrubber, text)
