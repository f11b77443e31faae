"""blind25's US SSN error classes and blind24's / blind25's phone false positives (pii-classes22b),
with cases of our own and near misses that must stay found."""
from __future__ import annotations

from tests.stages.pii_helpers import of_type


def ssns(scrubber, text):
    return of_type(scrubber, text, "US_SSN")


def phones(scrubber, text):
    return of_type(scrubber, text, "PHONE_NUMBER")


# --- a 3-2-4 number under another number's "X no." label or column -------------------------------


def test_other_number_labels_by_word_and_no(scrubber):
    form = ("1. Name (Last, First): Ode, Kim\n2. Social Security Number: 431-29-8812\n"
            "3. Rx no.: 512-44-7310\n4. Daytime phone: (212) 555-0142\n")
    assert ssns(scrubber, form) == {"431-29-8812"}
    assert ssns(scrubber, "SSN 431-29-8812 · Prescription nr. 512-44-7310") == {"431-29-8812"}
    assert ssns(scrubber, "My social is 431-29-8812. My job # is 512-44-7310.") == {"431-29-8812"}
    # a sentence whose SSN word named the number before: the label that follows names the next one
    assert ssns(scrubber, "Employee social security no. 431 29 8812 did not match the W-4. "
                          "My job no. is 512-44-7310. Call me.") == {"431 29 8812"}


def test_other_number_column_headers(scrubber):
    table = ("Employee\tSoc Sec #\tPhone\tLot no.\n"
             "Kim Ode\t431-29-8812\t(212) 555-0142\t512-44-7310\n"
             "Ann Lee\t286-51-0934\t(312) 555-0199\t377-20-1185\n")
    assert ssns(scrubber, table) == {"431-29-8812", "286-51-0934"}
    csv = "Name,SSN,Bin #\nKim Ode,431298812,512-44-7310\n"
    assert ssns(scrubber, csv) == {"431298812"}


def test_other_number_label_near_misses(scrubber):
    # an SSN word in the label, or "ID no." / "Tax no." / "my no.": no other kind of number
    assert ssns(scrubber, "SS no.: 431-29-8812") == {"431-29-8812"}
    assert ssns(scrubber, "Soc. Sec. No. 431-29-8812") == {"431-29-8812"}
    assert ssns(scrubber, "Social Security No. 431-29-8812") == {"431-29-8812"}
    assert ssns(scrubber, "Taxpayer ID no.: 431-29-8812") == {"431-29-8812"}
    assert ssns(scrubber, "Name\tSSN\nKim Ode\t431-29-8812\n") == {"431-29-8812"}


# --- an either-or label of a person's two taxpayer ids ("SSN / ITIN") -----------------------------


def test_ssn_or_itin_label_marks_an_issued_number(scrubber):
    assert ssns(scrubber, "2. SSN / ITIN (circle one): 431298812\n3. Claim no.: 512-44-7310") == {"431298812"}
    assert ssns(scrubber, "ITIN or SSN: 286510934") == {"286510934"}
    assert ssns(scrubber, "Taxpayer id (SSN/ITIN): 286-51-0934") == {"286-51-0934"}


def test_ssn_or_itin_near_misses(scrubber):
    # a 9xx number is the ITIN; an ITIN label alone, or one that is no alternative, stays no SSN
    assert ssns(scrubber, "SSN / ITIN (circle one): 931298812") == set()
    assert ssns(scrubber, "ITIN 286510934") == set()
    assert ssns(scrubber, "SSN on file; ITIN: 286510934") == set()


# --- phones: a register's incoming / outgoing number ("Вх. №", "Исх.") and BGP AS paths ----------


def test_register_reference_numbers_are_no_phones(scrubber):
    letter = "Тел.: 043 028 730\nВх. №: 819 552 2630\nДата: 14.03.2025"
    assert phones(scrubber, letter) == {"043 028 730"}
    assert phones(scrubber, "Вих. 0746 732 1023\nТел.: +380 50 147 6009") == {"+380 50 147 6009"}
    assert phones(scrubber, "Исх. 168-101-4104 от 01.02.2024; тел. +7 912 309-54-85") == {"+7 912 309-54-85"}
    assert phones(scrubber, "Изх. № 0486 106 1972") == set()


def test_as_paths_are_no_phones(scrubber):
    line = "  Next hop 188.98.238.46, metric 0, localpref 100, AS path 53442 52515 i, community 38135:301"
    assert phones(scrubber, line) == set()
    assert phones(scrubber, "route 10.0.0.0/8 as-path 64512 65001 65002") == set()


def test_register_and_as_path_near_misses(scrubber):
    # a phone word of its own after the register line, "as" in prose: still phones
    assert phones(scrubber, "Исх. № 12/345\nТел.: +7 912 309-54-85") == {"+7 912 309-54-85"}
    assert phones(scrubber, "Call me as soon as you can: 0171 523 4567") == {"0171 523 4567"}
    assert phones(scrubber, "AS path 3543 5487 i\nSupport: +44 20 7946 0958") == {"+44 20 7946 0958"}


def test_a_name_ending_in_no_is_no_number_label(scrubber):
    # "Moreno" ends in "no": a header or greeting of a name is no "X no." label
    letter = "Dear Jerry Moreno,\n\nOur records show a mismatch: the W-4 lists 377-68-6885 but the I-9 lists another."
    assert ssns(scrubber, letter) == {"377-68-6885"}
