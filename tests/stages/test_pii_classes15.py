"""The error classes of the seventeenth blind set's round (issue 26), in their general form, on
cases written for this file: Luhn-valid numbers no brand issues (a Visa or JCB prefix at a length
the brand never uses, an IMEI) under a card word; an address after a message id's key; a record
field's name with a qualifier in brackets or in quotes; labels that markup parts from their
number (inline tags, "&nbsp;", a label cell ending the line above); a table that names its phone
columns; "CEP" before a Turkish landline. Near misses beside each."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type, phones, ssns

# --- card words before numbers no card brand issues ------------------------------------------------

@pytest.mark.parametrize("line", [
    "Karta: 4917 3300 1122 334",  # a Visa prefix at 15 digits: Visa issues 13, 16 and 19
    "Kreditkarte: 354881200466139",  # a JCB prefix at 15 digits (JCB: 16-19)
    "CARD 35699900100957",  # 14 digits under 35: neither JCB's nor Diners' (30, 36, 38, 39)
    "Tarjeta: 44851234567890127",  # a Visa prefix at 17 digits
    "Card ..... 860927053177120",  # an IMEI's shape (reporting body 86, 15 digits, Luhn)
    "Carta di credito: 012345678901237",  # an IMEI under PTCRB's 01
])
def test_a_card_word_does_not_make_a_number_no_brand_issues_a_card(scrubber, line):
    assert of_type(scrubber, line, "CREDIT_CARD") == set()


@pytest.mark.parametrize("line, card", [
    ("Karta: 4111 1111 1111 1111", "4111 1111 1111 1111"),  # Visa at 16
    ("Card: 3782 822463 10005", "3782 822463 10005"),  # Amex is 15 digits
    ("Tarjeta: 3530 1113 3330 0000", "3530 1113 3330 0000"),  # JCB at 16
    ("Carte: 3056 9309 0259 04", "3056 9309 0259 04"),  # Diners at 14
    ("Cartão: 6029 1114 5250 7857", "6029 1114 5250 7857"),  # no brand above, but no rule against it
])
def test_a_brands_number_under_a_card_word_stays_a_card(scrubber, line, card):
    assert of_type(scrubber, line, "CREDIT_CARD") == {card}


# --- an address after a message id's key ---------------------------------------------------------

@pytest.mark.parametrize("line, mailboxes", [
    (("Jun  3 04:11:09 relay sm-mta[4410]: QWERTYUI204518: from=<ann@example.org>, size=5120, "
     "msgid=<QWERTYUI204518@relay.example.net>, proto=ESMTP"), {"ann@example.org"}),
    ('{"messageId": "Zq3.RtV@mail.example.com", "from": "bo@example.org"}', {"bo@example.org"}),
    ("MessageId: <AM6PR04MB1234@eurprd04.prod.example.com> sender=cy@example.org", {"cy@example.org"}),
])
def test_an_address_after_a_message_id_key_is_no_mailbox(scrubber, line, mailboxes):
    assert of_type(scrubber, line, "EMAIL_ADDRESS") == mailboxes


@pytest.mark.parametrize("line, address", [
    ("Mail ID: priya.k@example.com", "priya.k@example.com"),  # Indian English for an address
    ("sender_id=ann.lee@example.com", "ann.lee@example.com"),  # a person's name under an id key
    ("msg: write to bo@example.org", "bo@example.org"),  # "msg" is no id key
])
def test_a_mailbox_after_other_keys_stays(scrubber, line, address):
    assert of_type(scrubber, line, "EMAIL_ADDRESS") == {address}


# --- a record field's name with a qualifier -------------------------------------------------------

@pytest.mark.parametrize("line, found", [
    (("2026-02-01T10:00:00Z audit user=ann action=UPDATE field=tax_id(SSN) old=218-01-2348 new=662062740 "
     "record=728962128"), {"218-01-2348", "662062740"}),
    ('change field="Social Security No" from=218012348 to=662062740 by=bo', {"218012348", "662062740"}),
    ("history attr=tax_id [ssn] prev=501234567 current=501234568", {"501234567", "501234568"}),
])
def test_a_qualified_field_name_marks_every_value(scrubber, line, found):
    assert ssns(scrubber, line) == found


@pytest.mark.parametrize("line", [
    "audit field=order_id(internal) old=218012348 new=662062740",
    'change field="Routing number" from=218012348 to=662062740',
])
def test_a_qualified_field_naming_another_number_marks_none(scrubber, line):
    assert ssns(scrubber, line) == set()


# --- labels that markup parts from their number ---------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("<td>E-mail</th>\n<td>ann@example.org</td><td>Customer no.:</b>\n9698-5240-58<br>\n", "en"),
    ("<li>Nr klienta:</b>\n27 455 697 48</li>\n<li>Telefon: +48 12 304 71 18</li>", "pl"),
    ("<td>Cod client:</b>\n29 542 431 56\n</td><td>E-mail:</b>\nann@example.ro</li>", "ro"),
    ("<li>N.º cliente:&nbsp;38 181 323 46</li>\n<li>TEL: +34 612 10 15 52</li>", "es"),
    ("<li>Quote:&nbsp;£871.20</td><td>Order no.</th>\n<td>936 9991 107\n<br>Tel.: 020 7946 0958", "en"),
])
def test_another_numbers_label_across_markup_names_it(scrubber, text, language):
    assert not any(value in phones(scrubber, text, language)
                   for value in ("9698-5240-58", "27 455 697 48", "29 542 431 56", "38 181 323 46",
                                 "936 9991 107"))


@pytest.mark.parametrize("text, language, phone", [
    ("<td>E-mail</th>\n<td>ann@example.org</td><td>Tel.:</b>\n020 7946 0958<br>\n", "en", "020 7946 0958"),
    ("<li>Telefon:</b>\n12 304 71 18</li>\n<li>E-mail: ann@example.pl</li>", "pl", "12 304 71 18"),
    ("<li>Móvil:&nbsp;612 10 15 52</li>\n<li>N.º cliente: 3140-6474-77</li>", "es", "612 10 15 52"),
])
def test_a_phone_label_across_markup_still_marks_it(scrubber, text, language, phone):
    assert phone in phones(scrubber, text, language)


# --- a table that names its phone columns ---------------------------------------------------------

def test_a_first_column_named_otherwise_beside_phone_columns_holds_no_phone(scrubber):
    text = ("Peso | Tel. | Móvil | Correo\n----------------------------------\n"
            "45 666 651 93 | 914 21 33 05 | 612 47 37 95 | ann@example.es\n"
            "38 120 447 16 | 933 48 19 20 | 645 68 19 13 | bo@example.es\n")
    found = phones(scrubber, text, "es")
    assert "45 666 651 93" not in found and "38 120 447 16" not in found
    assert {"914 21 33 05", "612 47 37 95", "933 48 19 20", "645 68 19 13"} <= found


def test_a_first_column_named_for_phones_holds_phones(scrubber):
    text = ("Teléfono | Correo\n----------------------\n"
            "612 47 37 95 | ann@example.es\n645 68 19 13 | bo@example.es\n")
    assert {"612 47 37 95", "645 68 19 13"} <= phones(scrubber, text, "es")


# --- "CEP" before a Turkish landline --------------------------------------------------------------

@pytest.mark.parametrize("text, phone", [
    ("Ayşe Demir\n<b>CEP</b>&nbsp;(0212) 608 85 50<br>\nayse@example.com.tr", "(0212) 608 85 50"),
    ("CEP: 0312 466 20 10", "0312 466 20 10"),
    ("CEP: 0532 418 77 09", "0532 418 77 09"),
])
def test_cep_before_a_turkish_number_is_a_phone_label(scrubber, text, phone):
    assert phone in phones(scrubber, text, "tr")


def test_cep_before_a_brazilian_postal_code_is_no_phone(scrubber):
    assert phones(scrubber, "Rua Augusta, 1500 – CEP 01310-100 – São Paulo", "pt") == set()


# --- a label cell after a gap, a value before the next cell; an account number's tail -----------

@pytest.mark.parametrize("text, language, other", [
    ("<td>E-mail:</b>\nann@example.hu</td>&nbsp;Ügyfélszám:</b>\n7983-9485-13<br>\n", "hu", "7983-9485-13"),
    ("<td>ann@example.ir</td>&nbsp;شماره مشتری</th>\n<td>6622-4093-56</td><td>تلفن:</b>\n۰۲۱ ۲۲۳۳ ۱۹۶۳</td>", "fa",
     "6622-4093-56"),
    ("<br>N.º de pedido</th>\n<td>3516806476</td>**Teléfono</th>\n<td>+34 612 47 37 95</li>", "es", "3516806476"),
])
def test_a_label_cell_after_a_gap_above_names_the_number(scrubber, text, language, other):
    assert other not in phones(scrubber, text, language)


def test_a_phone_label_cell_after_a_gap_above_still_marks_it(scrubber):
    text = "<td>ann@example.es</td>&nbsp;Móvil</th>\n<td>612 47 37 95</td><td>N.º cliente: 3140-6474-77</td>"
    assert "612 47 37 95" in phones(scrubber, text, "es")


@pytest.mark.parametrize("text", [
    "Bitte überweisen Sie auf IBAN GB79 LUCD 0491 0775 3636 52. Danke.",  # a wrong check digit
    "Konto: FR12 3000 6000 0112 3456 7890 189 (alt)",
])
def test_the_tail_of_an_account_number_in_groups_is_no_phone(scrubber, text):
    assert phones(scrubber, text, "de") == set()


def test_a_phone_after_a_country_and_digits_word_stays(scrubber):
    # "A4 " is a paper size, not an account's head: two letters are needed before the two digits
    assert "030 5846560" in phones(scrubber, "Flyer A4 – Tel. 030 5846560", "de")


@pytest.mark.parametrize("text, phone", [
    # a printed data frame: the header's last column names no value of the row below it
    ("   member_id    soc          phone            zip\n0  512093877    418-22-9070  (312) 555-0148   60601\n",
     "(312) 555-0148"),
    # a value-first line above: its bracketed label names its own value, not the next line's
    ("418-22-9070  [Soc. Sec. #]\n(312) 555-0148  [C]\n", "(312) 555-0148"),
])
def test_a_label_cell_above_names_only_a_number_that_starts_its_line(scrubber, text, phone):
    assert phone in phones(scrubber, text, "en")


def test_a_phone_label_cell_ending_the_line_above_marks_the_number(scrubber):
    text = "<li>Faktura nr:</b>\n260/23734/39</td>**Telefon</th>\n<td>12 363 37 99</li>\n<li>Waga: 65,6 kg</li>"
    assert "12 363 37 99" in phones(scrubber, text, "pl")


def test_a_phone_label_cell_above_does_not_mark_a_later_cells_number(scrubber):
    # the number is not the first cell of its line: the cell above it names another column
    text = "Faktura nr  260/23734/39  Telefon\nSuma  12 363 37 99\n"
    assert "12 363 37 99" not in phones(scrubber, text, "pl")


def test_a_row_number_column_beside_phone_columns_holds_no_phone(scrubber):
    text = ("# | E-mail | Cellulare | Tel.\n------------------------------\n"
            "394 2902 924 | ann@example.it | +39 319 585 0839 | 02 1234 5678\n")
    found = phones(scrubber, text, "it")
    assert "394 2902 924" not in found and {"+39 319 585 0839", "02 1234 5678"} <= found


def test_a_row_of_values_under_a_header_is_no_label_cell_above(scrubber):
    # a fixed-width table: the header's last cell names its own column, not the first one's phone
    text = "Telefon          Kundennr.\n0171 2345678     4711-22\n030 5846560      4711-23\n"
    assert {"0171 2345678", "030 5846560"} <= phones(scrubber, text, "de")
