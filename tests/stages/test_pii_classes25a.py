"""blind28 round, part a (phones): labels whose phone word says what another number is about (a
call's reference, a fax job's id), machine keys naming ids, airline ticket elements, a country code
in brackets, the Greek fax label. Cases made here, in other languages and shapes than blind28's."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type


def phones(scrubber, text):
    return of_type(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", [
    "Réf. de l'appel : 01 45 67 89 12",              # French, "of the call"
    "Referencia de la llamada: 612 345 678",          # Spanish
    "Rif. della chiamata: 02 1234 5678",              # Italian
    "Vorgangsnummer Ihres Anrufs: 030 12345678",      # German
    "Nr zgłoszenia telefonicznego: 512 345 678",      # Polish
    "Номер обращения по телефону: 8 912 345-67-89",   # Russian, "request number by phone"
    "ID задания факса: 8 495 123-45-67",              # Russian, fax job's id
    "ID úlohy faxu: 221 234 567",                     # Czech
    "N° de tâche de fax : 01 23 45 67 89",            # French
    "Fax job ID: 020 7946 0958",                      # English, head last
    "Faxauftrag: 030 1234567",                        # German compound
    "Faxjob-Nr.: 030 1234567",
    "傳真任務號: 02 2345 6789",                        # Chinese (traditional)
    "Call ID: 020 7946 0958",
    "Anrufreferenz: 030 1234567",                     # German compound: call + reference
    "Samtalsreferens: 08 123 456 78",                 # Swedish
    "Αρ. εργασίας φαξ: 210 533 5078",                 # Greek
    '{"phone": "+44 20 7946 0958", "device_serial": "020 7946 0959"}',
    '{"contact_phone": "+4930123456", "deviceId": "030 1234567"}',
    "<Phone>+44 20 7946 0958</Phone><AssetTag>020 7946 0959</AssetTag>",
    "  5 FA PAX 125-2345678901/ETBA/GBP812.40/02APR26",  # Amadeus ticket element
    "  6 FHE PAX 074-1234567890",
])
def test_labels_naming_other_numbers(scrubber, text):
    kept = [value for value in phones(scrubber, text) if not value.startswith("+")]
    assert kept == [], text


@pytest.mark.parametrize("text,value", [
    ("Numéro de fax : 01 23 45 67 89", "01 23 45 67 89"),
    ("Nr telefonu: 512 345 678", "512 345 678"),
    ("Rif. telefonico: 02 1234 5678", "02 1234 5678"),      # Italian: a contact number
    ("Ticket hotline: 01806 570070", "01806 570070"),        # a line named for tickets
    ("Caller ID: +1 415 555 0132", "+1 415 555 0132"),
    ("Fax ID: +49 30 1234567", "+49 30 1234567"),            # a fax station's id is its number
    ("Номер телефона: 8 (343) 158-09-50", "8 (343) 158-09-50"),
    ("شماره تماس: 021 8855 1234", "021 8855 1234"),
    ('{"fax": "030 1234567", "job": 12}', "030 1234567"),
    ("Fax: 030 1234567", "030 1234567"),
    ("N° de téléphone : 01 23 45 67 89", "01 23 45 67 89"),
])
def test_phone_labels_stay(scrubber, text, value):
    assert value in phones(scrubber, text)


@pytest.mark.parametrize("text,value", [
    ("(+359) 43 916 497 — Пещерен клуб", "(+359) 43 916 497"),
    ("(+44) 20 7946 0958", "(+44) 20 7946 0958"),
    ("(0049) 30 1234567", "(0049) 30 1234567"),
    ("Φαξ: 210 533 5078", "210 533 5078"),
    ("Καλέστε μας στο 696 434 3578 · Φαξ 2105335078", "2105335078"),
])
def test_bracketed_country_code_and_greek_fax(scrubber, text, value):
    assert value in phones(scrubber, text)


@pytest.mark.parametrize("text", ["(+1) 2026", "(+12) 345", "(+44) 2026-2027"])
def test_bracketed_code_near_misses(scrubber, text):
    assert not phones(scrubber, text)


# Found by the merge's comparison (blind8's "Nummer att ringa tillbaka"): a plain "number" head
# with a purpose's preposition or infinitive mark before the phone word names a line to call.
@pytest.mark.parametrize("text,value,language", [
    ("Nummer att ringa tillbaka: 048 9145605", "048 9145605", "sv"),
    ("Nummer zum Zurückrufen: 030 1234567", "030 1234567", "de"),
    ("Nummer für Rückrufe: 030 1234567", "030 1234567", "de"),
    ("Numéro à rappeler : 01 42 68 53 00", "01 42 68 53 00", "fr"),
    ("Number to call back: +1 212 555 0147", "+1 212 555 0147", "en"),
    ("Numer do oddzwonienia: 22 123 45 67", "22 123 45 67", "pl"),
    ("Nummer at ringe til: 32 12 34 56", "32 12 34 56", "da"),
])
def test_a_number_to_call_stays_a_phone(scrubber, text, value, language):
    from tests.stages.pii_helpers import phones as phones_in

    assert value in phones_in(scrubber, text, language)


@pytest.mark.parametrize("text", [
    "Vorgangsnummer Ihres Anrufs: 030 12345678",   # the head names the call's own number
    "Nr zgłoszenia telefonicznego: 512 345 678",
])
def test_a_call_reference_stays_no_phone_beside_the_purpose_rule(scrubber, text):
    assert phones(scrubber, text) == set()
