"""blind23's phone error classes (pii-classes20a), with cases of our own and near misses beside them."""
from __future__ import annotations

from tests.stages.pii_helpers import phones

# --- a meter's, an odometer's or an account's number, phone-shaped, after its label ---------------


def test_meter_and_odometer_numbers_are_no_phones(scrubber):
    assert phones(scrubber, "Numero contatore: 33 48 10 27 65\nTel. 06 4521 8832", "it") == {"06 4521 8832"}
    assert phones(scrubber, "Zählernummer 0301 448 2291, Telefon 030 8845 1120", "de") == {"030 8845 1120"}
    assert phones(scrubber, "Phone: 312-555-0148    Odometer: 417-208-6631", "en") == {"312-555-0148"}
    assert phones(scrubber, "Work phone: (646) 201-7784    RO no: 515-338-2207", "en") == {"(646) 201-7784"}
    assert phones(scrubber, "Тел. 044 235 18 90 · Особовий рахунок 512.440.7718", "uk") == {"044 235 18 90"}


def test_meter_column_in_a_table_is_no_phone(scrubber):
    table = ("Nome | Tel. | Contatore | Note\n"
             "Anna Ricci | 02 8845 1120 | 45 20 81 37 66 | -\n"
             "Luca Neri | 347 118 2290 | 0612-448-3301 | -\n")
    assert phones(scrubber, table, "it") == {"02 8845 1120", "347 118 2290"}


def test_meter_words_near_misses(scrubber):
    # a phone word still names its number; Portuguese "contato" is still a contact
    assert phones(scrubber, "Contatore: 45 20 81 37 66 - Telefono: 02 8845 1120", "it") == {"02 8845 1120"}
    assert phones(scrubber, "Meu contato: 11 3568-3188", "pt") == {"11 3568-3188"}
    assert phones(scrubber, "Contatos: (21) 3568-3188", "pt") == {"(21) 3568-3188"}
    assert phones(scrubber, "Odometer: 41,220 mi. Cell: 312-555-0148", "en") == {"312-555-0148"}


# --- "… 번호" with a space (Korean) and "… संख्या" (Hindi): a number of that thing -----------------


def test_script_number_words_with_a_noun_name_other_numbers(scrubber):
    assert phones(scrubber, "계량기 번호 0908-994-4037\n전화: 02-3456-7890", "ko") == {"02-3456-7890"}
    assert phones(scrubber, "मीटर संख्या: 0248-831-0778\nफ़ोन: 098 4529 5442", "hi") == {"098 4529 5442"}
    assert phones(scrubber, "ग्राहक संख्या: 068.209.7686", "hi") == set()
    assert phones(scrubber, "अनुबंध संख्या: 0454-378-7717 / मीटर संख्या 053.268.2712", "hi") == set()


def test_script_number_words_near_misses(scrubber):
    # the phone's own words before "번호" / "संख्या" / "नंबर" still name a phone
    assert phones(scrubber, "전화 번호 02-345-6789", "ko") == {"02-345-6789"}
    assert phones(scrubber, "मोबाइल संख्या: 098 4529 5442", "hi") == {"098 4529 5442"}
    assert phones(scrubber, "संपर्क संख्या: 098 4529 5442", "hi") == {"098 4529 5442"}
    assert phones(scrubber, "व्हाट्सएप संख्या: 098 4529 5442", "hi") == {"098 4529 5442"}
    assert phones(scrubber, "रिचार्ज किया गया नंबर: 085034 33768", "hi") == {"085034 33768"}
