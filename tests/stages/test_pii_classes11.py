"""The error classes of the thirteenth blind set's round (issue 26), in their general form, on
cases written for this file: a message id after a log's or a record's id key; a key's whole
value in E.164 form; ten digits in groups no numbering plan writes without its trunk 0; "number
of" labels in more writings; loan and routing numbers; "the social on the old file was"; an
abbreviated chat question; Vietnamese and OCR-damaged SSN labels; "cel" as a word of its own; an
interface's address on a network boundary; a card before a fixed-width table's next cell; a list
after a phone, Persian digits, "CEP" before an international number. Near misses beside each."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type, phones, ssns

# --- message ids after an id key ----------------------------------------------------------------

@pytest.mark.parametrize("line, mailboxes", [
    (("2025-03-02 10:11:12 2bQx7A-000Lq9-3F <= ann@example.org H=mx1 [198.51.100.7] S=4411 "
     "id=0c9e44ab17f2@mta.example.net"), {"ann@example.org"}),
    ("Mar  2 10:11:12 mx postfix/cleanup[2211]: 7C1D4A2: message-id=<20250302101112.7C1D4A2@mail.example.net>",
     set()),
    ("sm-mta[311]: x2AB: from=<ann@example.org>, msgid=<CAF=x3QxYz8Kq2PbQ7wJv-Lm_0rT@mail.example.com>",
     {"ann@example.org"}),
    ('{"message_id": "5f0c2a9e8b7d@relay.example.com", "from": "ann@example.org"}', {"ann@example.org"}),
    ("mail_id: 7d41e2c09ab3f5@queue.example.com   sender: bo@example.org", {"bo@example.org"}),
])
def test_a_message_id_after_an_id_key_is_no_mailbox(scrubber, line, mailboxes):
    assert of_type(scrubber, line, "EMAIL_ADDRESS") == mailboxes


@pytest.mark.parametrize("line, address", [
    ("user_id=ann.lee@example.com", "ann.lee@example.com"),  # a person's name under an id key
    ("login_id=bo1985@example.com", "bo1985@example.com"),  # a few digits in a name
    ("QQ id: 19850312@qq.com", "19850312@qq.com"),  # digits only: a QQ mailbox
    ("reply to deadbeef12@example.com", "deadbeef12@example.com"),  # a hex name with no id key
    ("email=c0ffee42@example.org", "c0ffee42@example.org"),  # a key that names no id
])
def test_a_mailbox_after_a_key_stays(scrubber, line, address):
    assert of_type(scrubber, line, "EMAIL_ADDRESS") == {address}


# --- a key's whole value in E.164 form ----------------------------------------------------------

@pytest.mark.parametrize("line, phone", [
    ("Mar  4 11:02:13 gw portald[311]: auth ok login=+447911123456 mac=0a:1b:2c:3d:4e:5f", "+447911123456"),
    ("radius: acct-start user=+33612345678 nas=ap-3", "+33612345678"),
    ("sms-gw: dst=+4915123456789&status=delivered", "+4915123456789"),
    ('sip: to="+5511987654321"; cseq=12', "+5511987654321"),
])
def test_a_valid_international_number_as_a_keys_value_is_a_phone(scrubber, line, phone):
    assert of_type(scrubber, line, "PHONE_NUMBER") == {phone}


@pytest.mark.parametrize("line", [
    "ntp: offset=+0530 delta=+1234567",  # too few digits, or no valid number
    "seq=+12345678901234 sum=+4412345",  # no country's valid number
    "login=+34618035917abc",  # not the whole value
    "id=34618035917 ref=0034618035917",  # no "+": the key decides, as before
])
def test_other_plus_values_after_a_key_stay_unmarked(scrubber, line):
    assert of_type(scrubber, line, "PHONE_NUMBER") == set()


# --- ten digits in groups no numbering plan writes without its trunk 0 -------------------------

@pytest.mark.parametrize("text, language", [
    ("Ticket 7731: 415-2203981, opened by Dana", "en"),  # an area code and seven: no NANP writing
    ("Juan Pérez · 615-4428190", "es"),  # nor another Spanish-speaking country's
    ("Kim Lee · 2065 4471 19", "en"),  # four, four and two with no trunk 0
    ("Loan 216-47-4877-2 was closed; account 216.47.4877 remains", "en"),  # an SSN's groups (+ a check digit)
    ("Ref. 2025-49240 filed, then 2024-334341", "en"),  # a year and a serial
])
def test_id_shapes_without_a_phone_word_are_no_phones(scrubber, text, language):
    assert phones(scrubber, text, language) == set()


@pytest.mark.parametrize("text, language, phone", [
    ("Pedro Gómez, 315-4428190", "es", "315-4428190"),  # a Colombian mobile on a Spanish page
    ("Call 415-2203981 after six", "en", "415-2203981"),  # a phone word still makes one
    ("Tel. 5229 7854 30", "pt", "5229 7854 30"),
    ("Kontakt: 0783 1160 83", "de", "0783 1160 83"),  # four, four, two after a trunk 0
    ("Phone: 2025-4924", "en", "2025-4924"),  # a year's digits, then four: an eight-digit number
])
def test_the_same_shapes_with_a_phone_word_or_a_trunk_0_stay_phones(scrubber, text, language, phone):
    assert phones(scrubber, text, language) == {phone}


# --- "number of ..." labels in more writings ----------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("N.º de billete: 949 426 777", "es"),  # the RAE's "N.º" (Spanish, Portuguese)
    ("N.º do recibo: 808 574 990", "pt"),
    ("Č. zákazníka: 518 478 150", "cs"),  # Czech "č." for "číslo"
    ("Αρ. συμβολαίου: 2101 234 567", "el"),  # Greek "αρ." for "αριθμός"
    ("고객번호: 844-876-2061", "ko"),  # a Korean compound in 번호
])
def test_a_number_label_for_another_thing_is_no_phone(scrubber, text, language):
    assert phones(scrubber, text, language) == set()


@pytest.mark.parametrize("text, language, phone", [
    ("N.º de teléfono: 949 426 777", "es", "949 426 777"),
    ("N.º de contacto: 912 307 637", "pt", "912 307 637"),
    ("Č. telefonu: 608 116 685", "cs", "608 116 685"),
    ("Αρ. τηλεφώνου: 210 123 4567", "el", "210 123 4567"),
    ("전화번호: 02-123-4567", "ko", "02-123-4567"),
])
def test_a_number_label_for_a_phone_still_marks_one(scrubber, text, language, phone):
    assert phones(scrubber, text, language) == {phone}


# --- loan, mortgage and routing numbers name their own numbers ----------------------------------

@pytest.mark.parametrize("text, language, ssn", [
    ("Loan # 528114907; my social is 431-27-0912 if you need it", "en", "431-27-0912"),
    ("Mortgage no. 528114907 — his SSN is 431270912.", "en", "431270912"),
    ("N.º de préstamo 528114907; el seguro social de mi esposo es 431-27-0912", "es", "431-27-0912"),
    ("N.º de ruta bancaria 021000089; el seguro social es 431-27-0912", "es", "431-27-0912"),
    ("Số khoản vay 528114907; SSN của tôi là 431270912.", "vi", "431270912"),
    ("银行路由号 021000089；我的社安号是 431-27-0912。", "zh", "431-27-0912"),
])
def test_a_loan_or_routing_number_before_an_ssn_sentence_is_no_ssn(scrubber, text, language, ssn):
    assert ssns(scrubber, text, language) == {ssn}


@pytest.mark.parametrize("text", [
    "Loan officer: Dana Ruiz. SSN 431-27-0912",  # the loan word names no number here
    "My social: 431-27-0912 (loan file attached)",
])
def test_an_ssn_word_nearer_than_a_loan_word_still_marks_the_ssn(scrubber, text):
    assert ssns(scrubber, text) == {"431-27-0912"}


# --- "the social on the old file was ..." -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Member ID 7731; the social on the old file was 528114907",
    "Her social on record is 528114907, per the bank.",
    "Social on file: 528114907",
    "his social in the original application was 528114907",
])
def test_social_where_it_is_kept_names_the_ssn(scrubber, text):
    assert ssns(scrubber, text) == {"528114907"}


@pytest.mark.parametrize("text", [
    "the social media account was 528114907 followers strong",  # another noun after "social"
    "social in the club was 528114907 points",  # no file, record or form: not where an SSN is kept
])
def test_social_with_another_noun_names_no_ssn(scrubber, text):
    assert ssns(scrubber, text) == set()


# --- a chat question in abbreviations ------------------------------------------------------------

def test_an_abbreviated_question_asks_for_the_number_the_next_turn_gives(scrubber):
    text = "[10:02] agent: Soc. Sec. No.?\n[10:02] me: 528114907\n[10:03] agent: thanks\n"
    assert ssns(scrubber, text) == {"528114907"}


def test_an_abbreviation_in_an_earlier_sentence_of_the_turn_does_not_ask(scrubber):
    text = "[10:02] agent: SSN noted. Your order no.?\n[10:02] me: 528114907\n"
    assert ssns(scrubber, text) == set()


# --- Vietnamese and OCR-damaged SSN labels ------------------------------------------------------

@pytest.mark.parametrize("text, ssn", [
    ("[17:46] nhân viên: Số ASXH?\n[17:46] tôi: 218 47 9603\n", "218 47 9603"),  # "an sinh xã hội"
    ("<table><tr><th>Họ tên</th><th>Số ASXH</th></tr>\n<tr><td>Lan Vũ</td><td>218479603</td></tr></table>",
     "218479603"),
    ("5ố An s1nh Xã hộ1  :  218-47-9603   ___\n", "218-47-9603"),  # OCR in accented words
    ("55N    218-47-9603   ___\n", "218-47-9603"),  # "SSN" with both S read as 5
])
def test_vietnamese_and_ocr_damaged_ssn_labels(scrubber, text, ssn):
    assert ssns(scrubber, text, "vi") == {ssn}


@pytest.mark.parametrize("text", [
    "Số ASXH  |  218-47-9603\n5ố định tuyến ngân hàng  |  063100277\n",  # an OCR'd routing label
    "Mã ZIP: 218479603\n",
])
def test_a_vietnamese_label_for_another_number_is_no_ssn(scrubber, text):
    assert ssns(scrubber, text, "vi") <= {"218-47-9603"}
    assert "063100277" not in ssns(scrubber, text, "vi") and "218479603" not in ssns(scrubber, text, "vi")


def test_ocr_reads_back_digits_in_accented_words_only():
    from stages.pii_words import ocr_letters
    # (and a lone "|" glued to letters as l, since pii-classes14: "Tc|éf0n0" -> "Tcléfono")
    assert ocr_letters("5ố định, Đ1ện th0ạ1, Tc|éf0n0") == "số định, Điện thoạl, Tcléfono"
    assert ocr_letters("x15 A1005 é5 2015 €10") == "x15 A1005 és 2015 €10"  # numbers stay


# --- "cel" as a word of its own; file, dossier and sum words ------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Cel darowizny: 4412907", "pl"),  # Polish "cel": aim
    ("Imię\tCel darowizny\tData\nAnna Nowak\t4412907\t01.02.2024\n", "pl"),  # as a column header
    ("Spisová značka: 346 986 593", "cs"),  # a file reference
    ("Suma ubezpieczenia: 634 855 872", "pl"),  # a sum insured
    ("Mã hồ sơ: 970 805 3025", "vi"),  # a dossier's code
])
def test_words_that_name_no_phone(scrubber, text, language):
    assert phones(scrubber, text, language) == set()


@pytest.mark.parametrize("text, language, phone", [
    ("Cel: 55 1234 5678", "es", "55 1234 5678"),  # the Spanish label
    ("Cel. 0612 345 678 / Tel. 0201 234 567", "es", "0612 345 678"),
    ("Nazwisko\tTelefon\nAnna Nowak\t634 855 872\n", "pl", "634 855 872"),
    ("Di động: 0914 543 569", "vi", "0914 543 569"),
])
def test_phone_labels_beside_them_still_mark_phones(scrubber, text, language, phone):
    assert phone in phones(scrubber, text, language)


# --- an interface's address on a network boundary ------------------------------------------------

def ips(scrubber, text):
    return {text[r.start:r.end] for r in scrubber.find(text) if r.entity_type == "IP_ADDRESS"}


@pytest.mark.parametrize("text, address", [
    ("/ip address\nadd address=203.0.113.8/29 interface=ether1-wan\n", "203.0.113.8"),
    ("ip addr add 198.51.100.4/30 dev eth0", "198.51.100.4"),
])
def test_an_address_given_to_an_interface_is_a_host_even_on_a_boundary(scrubber, text, address):
    assert ips(scrubber, text) == {address}


@pytest.mark.parametrize("text", [
    "/ip firewall address-list\nadd address=192.168.0.0/16 list=lan\n",  # a list of networks
    "/ip route\nadd dst-address=10.20.0.0/16 comment=office\n",  # a route's destination
    "allow from 172.16.0.0/12 to any port 22",
])
def test_a_network_without_an_interface_names_no_host(scrubber, text):
    assert ips(scrubber, text) == set()


# --- a card before the next cell of a fixed-width table -----------------------------------------

def cards(scrubber, text):
    return {text[r.start:r.end] for r in scrubber.find(text) if r.entity_type == "CREDIT_CARD"}


def test_a_card_ends_at_a_fixed_width_tables_gap(scrubber):
    text = ("Name          Card                 Phone\n"
            "Ann Lee       4111 1111 1111 1111  201 963 0061\n"
            "Bo Chan       5500 0000 0000 0004  +44 20 7946 0958\n")
    assert cards(scrubber, text) == {"4111 1111 1111 1111", "5500 0000 0000 0004"}


def test_a_gap_inside_a_number_that_is_no_card_keeps_it_out(scrubber):
    text = "Ref  4111  1111  1111  1111 and 2004  3422 1187 5530\n"  # no card's printed groups
    assert cards(scrubber, text) == set()


# --- a list after a phone, Persian digits, "CEP" before an international number -----------------

def test_an_unseparated_run_after_a_phone_in_a_list_needs_a_phones_digits(scrubber):
    text = "王伟 · +86 135 7641 2810 / +8613876697507 / 3126893522645 / 2026年7月25日"
    assert phones(scrubber, text, "zh") == {"+86 135 7641 2810", "+8613876697507"}


def test_a_list_of_phones_under_one_label_stays(scrubber):
    text = "Tel. 030 123456 / 030 654321"
    assert phones(scrubber, text, "de") == {"030 123456", "030 654321"}
    text = "Telefony: 503 192 659, 503192660"
    assert phones(scrubber, text, "pl") == {"503 192 659", "503192660"}


def test_persian_digits_after_00_are_an_international_number(scrubber):
    text = "علی محمدی   ۰۰۳۶ ۲۰ ۶۵۹ ۹۶۴۷"
    assert phones(scrubber, text, "fa") == {"۰۰۳۶ ۲۰ ۶۵۹ ۹۶۴۷"}


@pytest.mark.parametrize("text, language, phone", [
    ("CEP: 00213 557 76 00 59", "tr", "00213 557 76 00 59"),  # Turkish "cep" before a foreign number
    ("CEP: 0503 200 78 94", "tr", "0503 200 78 94"),
])
def test_cep_before_a_mobile_or_a_valid_international_number(scrubber, text, language, phone):
    assert phones(scrubber, text, language) == {phone}


def test_cep_before_a_postal_code_is_no_phone(scrubber):
    assert phones(scrubber, "Endereço: Rua A, 12 — CEP 01310-100, São Paulo", "pt") == set()


@pytest.mark.parametrize("line", [
    "order_id=+4915112345678",  # a key naming another kind of number
    "ticket.ref=+33612345678&x=1",
])
def test_a_key_naming_another_number_keeps_its_plus_value_out(scrubber, line):
    assert of_type(scrubber, line, "PHONE_NUMBER") == set()
