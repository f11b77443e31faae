"""The error classes of the sixteenth blind set's round (issue 26), in their general form, on cases
written for this file: phones' look-alikes named by a label AFTER them on a value-first line, by
the label cell of a key-value row (tab, leader dots, markup cells), by a label alone on the line
above, by Hungarian "szám" compounds, Hindi "नं.", Japanese "お問い合わせ番号", Turkish
"numaralı"; US SSNs as the value keys of an audit record's "field=ssn", under OCR's "$" and "|"
for S and l, with the owner's possessive after them, in a "soc" column; "my new number" in the
languages kept; e-mails before a card number in a colon dump and under a country code's domain.
Near misses beside each."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type, phones, ssns

# --- a label after the number, on a value-first line ---------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("Réservation\n0612 448 391 – N° de commande\n", "fr"),
    ("Auftrag\n0171 883 2049 [Kundennr.]\n", "de"),
    ("Pedido\n612 993 418 Localizador\n", "es"),
    ("Sipariş\n0532 118 40 77 [Takip no]\n", "tr"),
])
def test_a_label_after_names_the_number(scrubber, text, language):
    assert not phones(scrubber, text, language)


@pytest.mark.parametrize("text, language, phone", [
    # near misses: a phone label after it, a department a line serves, a sentence after it
    ("Kontakt\n0171 883 2049 – Fax\n", "de", "0171 883 2049"),
    ("Contact\n0612 448 391 pour les commandes\n", "fr", "0612 448 391"),
    ("Llámenos al 612 993 418 para su pedido.", "es", "612 993 418"),
])
def test_a_phone_label_or_a_sentence_after_keeps_the_phone(scrubber, text, language, phone):
    assert phones(scrubber, text, language) == {phone}


# --- a key-value row's own label, in cells, under a label line ------------------------------------

@pytest.mark.parametrize("text, language", [
    # a 2-column key-value block: the column above is the value of the row above, not a header
    ("E-mail\tana@example.org\nIBAN\tDE02120300000000202051\nNr zamówienia\t0712 448391\n", "pl"),
    ("<tr><td>Rechnungsnr.</td><td>0171 883204</td></tr>", "de"),
    ("Correo:\nana@example.org\nN.º de pedido:\n612 993 418\n", "es"),
    ("Ügyszám: 06 1 448 3912", "hu"),
    ("ऑर्डर नं.: 0712 448391", "hi"),
    ("お問い合わせ番号: 0312 448 391", "ja"),
    ("0532 118 40 77 numaralı siparişiniz yola çıktı.", "tr"),
])
def test_the_rows_own_label_names_the_number(scrubber, text, language):
    assert not phones(scrubber, text, language)


@pytest.mark.parametrize("text, language, phone", [
    ("E-mail\tana@example.org\nIBAN\tDE02120300000000202051\nTelefon\t0712 448391\n", "pl", "0712 448391"),
    ("<tr><td>Telefon</td><td>0171 883204</td></tr>", "de", "0171 883204"),
    ("Correo:\nana@example.org\nMóvil:\n612 993 418\n", "es", "612 993 418"),
    ("Telefonszám: 06 1 448 3912", "hu", "06 1 448 3912"),
    ("お問い合わせ電話番号: 03-1234-5678", "ja", "03-1234-5678"),
    # a name and a department above: no label of a number
    ("Eva Holm · Accounts\n0171 883 2049\n", "de", "0171 883 2049"),
])
def test_a_phone_label_in_the_same_places_keeps_it(scrubber, text, language, phone):
    assert phones(scrubber, text, language) == {phone}


# --- a person's new number --------------------------------------------------------------------------

@pytest.mark.parametrize("text, language, phone", [
    ("Meine neue Nummer ist 0171 8832049, die alte ist weg.", "de", "0171 8832049"),
    ("Mitt nya nummer är 070-123 45 67.", "sv", "070-123 45 67"),
    ("Moje nové číslo je 601 123 456.", "cs", "601 123 456"),
    ("Az új számom 06 30 123 4567.", "hu", "06 30 123 4567"),
])
def test_my_new_number_is_a_phone(scrubber, text, language, phone):
    assert phones(scrubber, text, language) == {phone}


def test_a_new_order_number_is_not(scrubber):
    assert not phones(scrubber, "Die neue Bestellnummer ist 0171 8832049.", "de")


# --- US SSNs -------------------------------------------------------------------------------------------

def test_an_audit_records_field_names_every_value(scrubber):
    line = ("2027-03-02T08:15:00Z user=hr_admin field=ssn old_value=412-73-9021 "
            "new_value=412739022 ip=10.4.4.2")
    assert ssns(scrubber, line) == {"412-73-9021", "412739022"}
    line = "2027-03-02T08:15:00Z user=hr_admin attr=mobile from=(415) 555-0142 to=(415) 555-0199 ext 12"
    assert phones(scrubber, line) == {"(415) 555-0142", "(415) 555-0199 ext 12"}


def test_another_field_names_its_own_values(scrubber):
    # near miss: the record's field is another number; an unseparated run stays unmarked
    line = "2027-03-02T08:15:00Z user=hr_admin field=badge_no old_value=412739021 new_value=412739022"
    assert not ssns(scrubber, line)


@pytest.mark.parametrize("text, ssn", [
    ("App|icant $SN:   412739021", "412739021"),
    ("N.º de $eguro Socia|:  412 73 9021", "412 73 9021"),
    ("412-73-9021  (Borrower's SSN)", "412-73-9021"),
    ("Name:  Ann Lee\n412-73-9021  (Claimant's SSN)", "412-73-9021"),
    ("can you confirm 412739021 is the social you have for me?", "412739021"),
    ("--- paste ---\nname|soc|badge|phone\nAnn Lee|412739021|77120|+14155550123\n", "412739021"),
])
def test_ssns_under_ocr_possessives_and_slang(scrubber, text, ssn):
    assert ssns(scrubber, text) == {ssn}


@pytest.mark.parametrize("text", [
    "412-73-9021  (Claim no.) — see the borrower's SSN below",
    "Name:  Ann Lee\n412-73-9021  (Claimant's claim no.)",
    "App|icant c|aim #:   412739021",
    "Price: $50 for 412739021 units",
])
def test_other_labels_in_the_same_forms_are_no_ssn(scrubber, text):
    assert not ssns(scrubber, text)


# --- e-mails -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, email", [
    ("Ann Lee:412-73-9021:ann.lee@example.com:4512 0399 8145 6677:hunter2", "ann.lee@example.com"),
    ("Write to kontakt@proton.za today", "kontakt@proton.za"),
])
def test_emails_in_dumps_and_country_domains(scrubber, text, email):
    assert of_type(scrubber, text, "EMAIL_ADDRESS") == {email}


def test_a_host_and_port_is_no_email(scrubber):
    assert not of_type(scrubber, "ssh admin@db2.example.org:2222 now", "EMAIL_ADDRESS")
