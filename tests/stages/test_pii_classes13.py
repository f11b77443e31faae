"""The error classes of the fifteenth blind set's round (issue 26), in their general form, on cases
written for this file: phones' look-alikes (a decimal fraction and a log line's next columns, one
long run with a short suffix, two ascending years joined by a typographic dash, the numero sign
alone, order words in Romanian and Vietnamese, a number across a table's cell gap from a phone,
an SSN-shaped number on a page with US numbers, a column named for another number in a table
whose cells do not line up); US SSNs on pages whose own text says US (a Spanish page of a US
form), under a label across a blank line, in an unaligned table's SSN column; a phone label after
an arrow. Near misses beside each."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import found, phones, ssns

# --- a decimal first, then a log's next columns -------------------------------------------------


@pytest.mark.parametrize("line", [
    "[1712345678] unbound[411:0] reply: 10.9.8.7 files.example.lan. AAAA IN NOERROR 0.318804 0 144",
    "2026-02-01T10:00:00Z upstream_time=0.004512 9 321 bytes",
    "probe ok ratio 12.483920 7 55 samples",
])
def test_a_decimal_then_columns_is_no_phone(scrubber, line):
    assert not phones(scrubber, line)


def test_a_phone_after_a_decimal_is_still_one(scrubber):
    # near miss: a real number on the same line as a fraction
    line = "latency 0.318804 s; on-call: +44 20 7946 0321"
    assert phones(scrubber, line) == {"+44 20 7946 0321"}


# --- one run and a short suffix -----------------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Protokoll 2025\n441207-35\nErledigt", "de"),
    ("Kund: Per Ek\n750318-88\n", "sv"),
    ("RUT 12345678-9", "es"),
])
def test_a_run_with_a_short_suffix_is_no_phone(scrubber, text, language):
    assert not phones(scrubber, text, language)


def test_a_grouped_number_with_a_direct_dial_is_still_a_phone(scrubber):
    # near miss: an area code before the run ("0711 12345-67": a German direct-dial suffix)
    assert phones(scrubber, "Tel. 0711 12345-67", "de") == {"0711 12345-67"}


# --- years joined by a typographic dash ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ann Lee, Tel. +49 30 1234567, 1297–2013, ann@example.org",
    "Chronik / 1648–2001 / Archiv",
    "[10:12] Agent: 1402–1999",
])
def test_two_ascending_years_with_a_dash_are_a_range(scrubber, text):
    assert phones(scrubber, text, "de") == ({"+49 30 1234567"} if "+49" in text else set())


def test_descending_years_inside_a_number_stay_a_phone(scrubber):
    # near miss: "010-2011-1751" is a Korean mobile, not a range
    assert phones(scrubber, "휴대폰 010-2011-1751", "ko") == {"010-2011-1751"}


# --- the numero sign alone; order words ---------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Ana Pop | № 2716043318 | ana@example.ro", "ro"),
    ("Παρατηρήσεις | № 6904412873 | Email x@example.gr", "el"),
    ("Observații: Număr comandă: 0744 318 2210", "ro"),
    ("Ghi chú: Mã đơn hàng: 0912 445 6710", "vi"),
])
def test_a_numbered_item_or_an_order_is_no_phone(scrubber, text, language):
    assert not phones(scrubber, text, language)


@pytest.mark.parametrize("text, language, phone", [
    ("Тел. № 8 (495) 123-45-67", "ru", "8 (495) 123-45-67"),  # a phone word before the sign
    ("№ 4471, 0744 318 221", "ro", "0744 318 221"),  # the sign numbers only the item after it
    ("Điện thoại: 0912 445 671", "vi", "0912 445 671"),
])
def test_a_phone_beside_the_sign_or_order_words_is_still_one(scrubber, text, language, phone):
    assert phone in phones(scrubber, text, language)


# --- a table's cell gap; its header far above --------------------------------------------------

def test_a_cell_after_a_phone_is_not_its_list(scrubber):
    table = ("Namn  E-post  Mobil  Ärendenummer\n"
             "Eva Holm  eva@example.se  070-123 45 67  512-7788\n"
             "Per Ek  per@example.se  070-765 43 21  380-1234\n")
    assert phones(scrubber, table, "sv") == {"070-123 45 67", "070-765 43 21"}


def test_a_list_after_a_label_is_still_labelled(scrubber):
    # near miss: one label, two numbers joined by " / "
    assert phones(scrubber, "Tel. 030 1234567 / 030 7654321", "de") == {"030 1234567", "030 7654321"}


def test_an_unaligned_table_column_of_ssns(scrubber):
    table = ("Name  SSN  Phone  Ref\n"
             "Ann Lee  419-62-3108  (312) 555-0142  A-1\n"
             "Bo Stone  528174406  —  A-2\n")
    found_ssns = ssns(scrubber, table)
    assert found_ssns == {"419-62-3108", "528174406"}


def test_an_unaligned_table_column_of_other_ids_holds_no_ssn(scrubber):
    # near miss: the same nine digits under a column named for another number
    table = ("Name  Phone  Member ID\n"
             "Ann Lee  (312) 555-0142  419-62-3108\n"
             "Bo Stone  —  528174406\n")
    assert not ssns(scrubber, table)


# --- SSN-shaped numbers on a page with US numbers -------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Llámeme al +1 312-555-0199 por la tarde. (666-41-2207) Gracias.", "es"),
    ("Ann Lee / (312) 555-0142 / 000-52-4410 / ann@example.com", "en"),
])
def test_an_invalid_ssn_shape_is_no_phone_on_a_us_numbers_page(scrubber, text, language):
    assert not phones(scrubber, text, language) - {"+1 312-555-0199", "(312) 555-0142"}


# --- US SSNs on a page whose text says US -------------------------------------------------------

def test_a_spanish_page_of_a_us_form_keeps_its_dashed_ssns(scrubber):
    text = ("Hoja de admisión\n\n"
            "+1 312-555-0178\n"
            "ITIN 912-70-4455\n"
            "431-27-0912\n"
            "Caso n.º 24-CV-11873\n")
    assert ssns(scrubber, text, "es") == {"431-27-0912"}


def test_a_spanish_page_without_us_evidence_keeps_a_dashed_number_unmarked(scrubber):
    # near miss: nothing on the page says US: the 3-2-4 shape alone does not make it an SSN
    text = "Hoja de pedido\n\n431-27-0912\nTeléfono: 912 345 678\n"
    assert not ssns(scrubber, text, "es")


@pytest.mark.parametrize("text, language, ssn", [
    ("Social Security No.\n\n431270912\nZIP 60614", "en", "431270912"),
    ("Número de Seguro Social\n\n\n512 38 4471\nFecha: 01/02/2025", "es", "512 38 4471"),
])
def test_an_ssn_label_across_a_blank_line(scrubber, text, language, ssn):
    assert ssns(scrubber, text, language) == {ssn}


def test_a_title_across_a_blank_line_is_no_label(scrubber):
    # near miss: a heading naming another number over a blank line does not make the next one its
    text = "Payment Coupon\n\n512384471\nPAGE 1 OF 2\n"
    assert not ssns(scrubber, text)


def test_a_value_line_above_is_no_label(scrubber):
    text = "Intake sheet\n\nann@example.com   @ann.lee\n431-27-0912\n+1 312-555-0178\n"
    assert ssns(scrubber, text) == {"431-27-0912"}


# --- a phone label after an arrow ---------------------------------------------------------------

def test_a_phone_label_after_an_arrow(scrubber):
    assert phones(scrubber, "912.862.024 ← Telemóvel", "pt") == {"912.862.024"}


def test_an_amount_without_a_label_is_no_phone(scrubber):
    # near miss: the same dotted threes without a label are an amount
    assert not phones(scrubber, "Total 912.862.024 ←", "pt")


def test_found_reads_every_type_together(scrubber):
    text = "SSN 431-27-0912 · Tel. +1 312-555-0178 · ann@example.com"
    assert {kind for kind, _ in found(scrubber, text)} >= {"US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS"}


def test_an_unaligned_table_column_named_for_another_number_holds_no_phone(scrubber):
    table = ("Name  E-Mail  Mobil  Aktenzeichen\n"
             "Eva Holm  eva@example.de  0151 23456789  —\n"
             "Jan Roth  —  0171 9876543  168-7759\n")
    assert phones(scrubber, table, "de") == {"0151 23456789", "0171 9876543"}


# --- an SSN-shaped part of a longer id; a label after it or a claim word before it ----------

@pytest.mark.parametrize("text, language", [
    ("SSN 431-27-0912\n사건 번호: 720-38-1609-C", "ko"),  # a case number with a letter suffix
    ("Número de Seguro Social: 431-27-0912\nReclamo nº 422-38-9013", "es"),
    ("SSN 431-27-0912\n559-94-7427 — Ref", "en"),
    ("SSN 431-27-0912\n559-94-7427 (claim)", "en"),
])
def test_an_ssn_shape_named_otherwise_is_no_ssn(scrubber, text, language):
    assert ssns(scrubber, text, language) == {"431-27-0912"}


@pytest.mark.parametrize("text", [
    "SSN: 559-94-7427 (verified)",  # near miss: a note after a labelled SSN
    "SSN 559-94-7427 — Ref. on file",  # the label right before names it
])
def test_a_labelled_ssn_keeps_its_note_after(scrubber, text):
    assert ssns(scrubber, text) == {"559-94-7427"}


# --- an IBAN glued to a script written without spaces; a masked card's last group -----------

@pytest.mark.parametrize("text, iban", [
    ("残金はHR49 2408 0025 6006 9098 2へお振込みください。", "HR49 2408 0025 6006 9098 2"),
    ("DE88 3704 0044 0532 0130 00으로 송금해 주세요", None),  # near miss: a wrong check digit
    ("be68 5390 0754 7034へ", "be68 5390 0754 7034"),
])
def test_an_iban_glued_to_cjk(scrubber, text, iban):
    ibans = {value for kind, value in found(scrubber, text) if kind == "IBAN_CODE"}
    assert ibans == ({iban} if iban else set())


def test_a_masked_cards_last_group_starts_no_card(scrubber):
    text = "Kaart: **** **** **** 5253\n3714 496353 98431"
    assert {value for kind, value in found(scrubber, text) if kind == "CREDIT_CARD"} == {"3714 496353 98431"}


def test_a_card_after_a_word_ending_in_x_is_still_one(scrubber):
    # near miss: one letter x before the number is no mask
    assert ("CREDIT_CARD", "4111 1111 1111 1111") in found(scrubber, "Box 4111 1111 1111 1111")


# --- a log's empty field, then an address -------------------------------------------------------

def test_a_port_an_empty_field_and_an_address_is_no_phone(scrubber):
    line = "2026-01-09 08:14:02 10.0.0.4 GET /api/health - 8443 - 93.184.216.34 curl/8.5.0 200 0 0 12"
    assert {value for kind, value in found(scrubber, line) if kind == "IP_ADDRESS"} == {"10.0.0.4", "93.184.216.34"}
    assert not phones(scrubber, line)


def test_a_dashed_phone_before_words_is_still_one(scrubber):
    # near miss: a spaced dash inside a phone number, no address after it
    assert phones(scrubber, "Tel. 01805 - 123 456 78", "de") == {"01805 - 123 456 78"}


def test_a_card_after_markdown_bold_is_still_one(scrubber):
    # near miss: "**" closes a bold label, it masks nothing
    text = "**Kartennummer:** 4111 1111 1111 1111"
    assert ("CREDIT_CARD", "4111 1111 1111 1111") in found(scrubber, text)


# --- a phone label across a blank line ----------------------------------------------------------

@pytest.mark.parametrize("text, language, phone", [
    ("Rezervace\n\nMobil\n\n603.171.871\nIBAN\n\nCZ53 …", "cs", "603.171.871"),
    ("Telefon\n\n\n512.236.810\nUwagi: brak", "pl", "512.236.810"),
])
def test_a_phone_label_across_a_blank_line(scrubber, text, language, phone):
    assert phones(scrubber, text, language) == {phone}


def test_a_title_over_a_blank_line_labels_no_phone(scrubber):
    # near miss: the same dotted threes under a heading that names no phone are an amount
    assert not phones(scrubber, "Obrat za rok\n\n512.236.810\n", "pl")


def test_a_pipe_table_under_a_plain_rule_keeps_its_phone_column(scrubber):
    table = ("Imię i nazwisko | Faks | Sygnatura\n"
             "----------------------------------\n"
             "Jan Nowak | 514.955.796 | 995-4902\n")
    assert phones(scrubber, table, "pl") == {"514.955.796"}


def test_a_pipe_table_under_a_plain_rule_keeps_its_other_columns(scrubber):
    # near miss: the same digits under a column named for another number
    table = ("Imię i nazwisko | Sygnatura | Faks\n"
             "----------------------------------\n"
             "Jan Nowak | 514.955.796 | —\n")
    assert not phones(scrubber, table, "pl")


def test_a_sentence_over_a_blank_line_labels_no_phone(scrubber):
    # near miss: a sentence with a phone word ("chiamate") is no label of the number below it
    text = "Se mancano pagine, chiamate.\n\n000-19-8564 · 358942515077013\n"
    assert not phones(scrubber, text, "it")
