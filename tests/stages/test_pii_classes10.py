"""The error classes of the twelfth blind set's round (issue 26), in their general form, on cases
written for this file: markup tables (<tr>/<td>/<th>) and quoted CSV fields read as the tables
they are, for every type; a form row's label cell as its number's field; an SSN label serving a
list after its colon and a value set against the one it names; code keys and OCR-damaged words
naming the SSN; a near SSN label over a phone word after the number; a card number under an
account word (its primary account number). Near misses beside each."""
from __future__ import annotations

import pytest

from stages.pii_tables import csv_cells
from tests.stages.pii_helpers import of_type

# --- markup tables ------------------------------------------------------------------------------

def test_markup_cells_keep_offsets_and_become_tab_cells():
    text = ("<table><tr><th>Member</th><th>SSN</th></tr>\n"
            "<tr><td>Ann Lee</td><td>287654411</td></tr><tr><td>Bo</td><td>1</td></tr>\nok<br>next<br>\n")
    cells = csv_cells(text)
    assert len(cells) == len(text)
    lines = cells.split("\n")
    assert [line.count("\t") for line in lines[:3]] == [2, 2, 2]  # the glued second row on its own line
    assert lines[1].split("\t")[2].strip() == "287654411"
    assert lines[3].strip() == "ok" and lines[4].strip() == "next"  # <br> ends a line
    assert lines[4] == "   next    "  # a <br> right before the line's end adds no blank line


@pytest.mark.parametrize("header", ["SSN", "Social Security No.", "Número de Seguro Social"])
def test_a_markup_column_headed_ssn_holds_ssns(scrubber, header):
    text = (f"Dependents\n<table><tr><th>Name</th><th>Routing no.</th><th>{header}</th><th>Case</th></tr>\n"
            "<tr><td>Ora Finch</td><td>021000021</td><td>318407265</td><td>604118297</td></tr>\n"
            "<tr><td>Eli Vance</td><td>011401533</td><td>529.63.1048</td><td>702559104</td></tr>\n</table>\n")
    assert of_type(scrubber, text, "US_SSN") == {"318407265", "529.63.1048"}


def test_a_markup_column_naming_another_number_holds_none(scrubber):
    text = ("<table><tr><th>Vendor</th><th>Routing number</th><th>Claim</th></tr>\n"
            "<tr><td>Ora Finch</td><td>318407265</td><td>529631048</td></tr>\n"
            "<tr><td>Eli Vance</td><td>402117730</td><td>613-28-4410</td></tr>\n</table>\n")
    assert of_type(scrubber, text, "US_SSN") == set()


def test_a_markup_phone_column_holds_phones(scrubber):
    text = ("<table><tr><th>Client</th><th>Tel.</th><th>Total</th></tr>\n"
            "<tr><td>Ora Finch</td><td>030 2754 1187</td><td>41,20</td></tr>\n</table>\n")
    assert "030 2754 1187" in of_type(scrubber, text, "PHONE_NUMBER")


# --- a form row's label cell --------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Routing number", "Ref", "Member ID", "Número de ruta", "Caso"])
def test_a_row_label_naming_another_number_is_its_field(scrubber, label):
    for row in (f"{label}\t318407265\n", f"<tr><td>{label}</td><td>318-40-7265</td></tr>\n",
                f"| {label} | 318-40-7265 |\n"):
        text = f"Social Security No.\t529-63-1048\n{row}"
        assert of_type(scrubber, text, "US_SSN") == {"529-63-1048"}, row


def test_a_name_cell_under_an_ssn_header_names_nothing(scrubber):
    text = "Name\tSSN\nAnn Price\t318407265\nEli Case\t529-63-1048\n"
    assert of_type(scrubber, text, "US_SSN") == {"318407265", "529-63-1048"}


# --- quoted CSV fields --------------------------------------------------------------------------

def test_quoted_csv_fields_keep_the_table(scrubber):
    text = ('Ticket,Seller,SSN,Weight,Paid\n'
            'A1,Ora Finch,318407265,"1,120 kg","$1,402.10"\n'
            'A2,Eli Vance,529631048,"2,004 kg",$88.00\n')
    cells = csv_cells(text)
    assert cells.split("\n")[1].split("\t") == ["A1", "Ora Finch", "318407265", '"1,120 kg"', '"$1,402.10"']
    assert of_type(scrubber, text, "US_SSN") == {"318407265", "529631048"}


def test_quoted_csv_under_another_header_holds_no_ssn(scrubber):
    text = ('Ticket,Seller,Routing,Weight\nA1,Ora Finch,318407265,"1,120 kg"\n'
            'A2,Eli Vance,529631048,"2,004 kg"\n')
    assert of_type(scrubber, text, "US_SSN") == set()


# --- a label serving a list, a value set against another ----------------------------------------

@pytest.mark.parametrize("text, ssns", [
    ("Prior SSNs on record: 318-40-7265; 529631048 (old)\n", {"318-40-7265", "529631048"}),
    ("Números de Seguro Social anteriores: 318 40 7265 y 529.63.1048\n", {"318 40 7265", "529.63.1048"}),
    ("Tax records list her SSN as 318407265, but the bank has 529631048 for her.\n",
     {"318407265", "529631048"}),
])
def test_a_label_serves_its_list_and_a_contrasted_value(scrubber, text, ssns):
    assert of_type(scrubber, text, "US_SSN") == ssns


@pytest.mark.parametrize("text, ssns", [
    ("SSN 318-40-7265, 529631048\n", {"318-40-7265"}),  # no colon: it named the first only
    ("Prior SSNs on record: 318-40-7265; case 529631048\n", {"318-40-7265"}),
    ("SSN 318407265, but the claim number is 529631048.\n", {"318407265"}),
])
def test_a_list_or_contrast_with_another_kind_of_number_stays_apart(scrubber, text, ssns):
    assert of_type(scrubber, text, "US_SSN") == ssns


# --- code keys and OCR-damaged labels -----------------------------------------------------------

@pytest.mark.parametrize("key", ["ssnVerify", "applicantSSN", "ssn_primary", "socialSecurityNo", "SOC_SEC_NUM"])
def test_a_code_key_naming_the_ssn(scrubber, key):
    assert of_type(scrubber, f"{{\"{key}\": \"318407265\", \"zip\": \"30301\"}}\n", "US_SSN") == {"318407265"}


@pytest.mark.parametrize("key", ["lessonId", "sessionNo", "assetNumber", "soc_code"])
def test_a_code_key_naming_no_ssn(scrubber, key):
    assert of_type(scrubber, f"{key}: 318407265\n", "US_SSN") == set()


@pytest.mark.parametrize("label", ["Soc1al Securlty Number:", "Seguro Socia| ;", "Seguro SociaI . ",
                                   "Numero de Seguridad SocIal:"])
def test_ocr_damaged_ssn_words(scrubber, label):
    assert of_type(scrubber, f"Patient intake\n{label} 318407265\n", "US_SSN") == {"318407265"}


# --- an SSN label before, a phone word after ----------------------------------------------------

@pytest.mark.parametrize("value", ["318-40-7265", "318407265", "318 40 7265"])
def test_a_near_ssn_label_wins_over_a_phone_word_after(scrubber, value):
    text = f"Caller ID matched. SSN confirmed: {value} (checked by telephone)\n"
    assert of_type(scrubber, text, "US_SSN") == {value}


def test_a_phone_word_after_an_unlabelled_number_still_makes_it_a_phone(scrubber):
    text = "Reach Ora at 318-40-7265 (mobile) after six.\n"
    assert of_type(scrubber, text, "US_SSN") == set()


# --- account words and card numbers -------------------------------------------------------------

@pytest.mark.parametrize("text, card", [
    ("Disputed: NORTHSTAR BANKCARD — Account number 4539 1488 0343 6467 — $410.00\n", "4539 1488 0343 6467"),
    ("Número de cuenta original: 5425233430109903\n", "5425233430109903"),
    ("Account\tAccount number\tBalance\nCITI\t4539148803436467\t$12.00\nAMEX\t371449635398431\t$9.10\n",
     "4539148803436467"),
])
def test_a_branded_number_under_an_account_word_is_a_card(scrubber, text, card):
    assert card in of_type(scrubber, text, "CREDIT_CARD")


@pytest.mark.parametrize("text", [
    "Bank account number 4539148803436467 (routing 021000021)\n",  # a bank's word beside it
    "Account number 1234567812345670\n",  # Luhn-valid, no issuer's prefix
    "Order number 4539148803436467\n",
])
def test_an_account_or_order_number_that_is_no_card(scrubber, text):
    assert of_type(scrubber, text, "CREDIT_CARD") == set()
