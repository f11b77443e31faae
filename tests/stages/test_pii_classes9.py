"""The error classes of the eleventh blind set's round (issue 26), in their general form, on cases
written for this file: four dotted numbers labelled as a version, firmware, software, build or
release in any language kept (or under such a column, or a small-parted key's value beside an
address-labelled one) are no IPv4 address; a row label serving every value cell of its
fixed-width or pipe row; the question of a chat a few turns above its answer; slang names of the
SSN right before it; OCR's 0/1/5 for O/l/S in label words. Near misses beside each."""
from __future__ import annotations

import pytest

from stages.pii import PiiScrubber
from stages.pii_words import ocr_letters


@pytest.fixture(scope="module")
def scrubber() -> PiiScrubber:
    return PiiScrubber()


def found(scrubber, text, url=None, language=None):
    return {(r.entity_type, text[r.start:r.end]) for r in scrubber.find(text, url, language)}


def ips(scrubber, text):
    return {value for entity, value in found(scrubber, text) if entity == "IP_ADDRESS"}


def ssns(scrubber, text):
    return {value for entity, value in found(scrubber, text) if entity == "US_SSN"}


# --- versions labelled in the page's language ---------------------------------------------------

@pytest.mark.parametrize("label", [
    "Firmware", "Firmwareversion:", "Software-Version", "Build", "Release", "Revision", "Patch",
    "Versión", "Micrologiciel", "Logiciel", "Versione", "Versão", "Versie", "Wersja oprogramowania",
    "Programvara", "Laiteohjelmisto", "Verze", "Sürüm", "Yazılım", "Versiune", "Verzió", "Verzija",
    "Прошивка", "Версия прошивки:", "Версія ПЗ", "Фърмуер", "Έκδοση", "Υλικολογισμικό",
    "البرنامج الثابت", "الإصدار", "نسخه", "فریمور", "קושחה", "גרסה", "संस्करण", "固件", "版本",
    "ファームウェア", "펌웨어", "เฟิร์มแวร์", "Phiên bản", "Versi", "F1RMWARE",
])
def test_a_version_word_of_any_language_kept_makes_no_address(scrubber, label):
    text = f"Gerät 7 · {label} 3.4.27.181 · IP 203.0.113.57\n"
    assert ips(scrubber, text) == {"203.0.113.57"}


@pytest.mark.parametrize("text, address", [
    ("Firmware IP 198.51.100.23\n", "198.51.100.23"),  # labelled as an address after the word
    ("Update server: 198.51.100.23\n", "198.51.100.23"),
    ("Прошивка с сервера 198.51.100.23\n", "198.51.100.23"),
    ("Шлюз 10.0.0.1 · IP 10.0.0.5\n", "10.0.0.1"),  # a gateway's small-parted address, its own word
])
def test_an_address_labelled_as_one_stays(scrubber, text, address):
    assert address in ips(scrubber, text)


def test_a_column_headed_by_a_version_word_holds_versions(scrubber):
    text = ("| Unit | Ohjelmisto | Osoite |\n|---|---|---|\n| A-1 | 4.2.17.250 | 192.0.2.44 |\n"
            "| A-2 | 4.2.18.3 | 192.0.2.45 |\n")
    assert ips(scrubber, text) == {"192.0.2.44", "192.0.2.45"}


def test_an_unknown_key_with_small_parts_beside_an_address_is_a_version(scrubber):
    # a word the lists lack (Basque "bertsioa"), small first parts, another value labelled "IP"
    assert ips(scrubber, "Bertsioa 3.7.14.66 · IP 198.51.100.9\n") == {"198.51.100.9"}
    # near misses: large first parts, or nothing on the line labelled as an address
    assert ips(scrubber, "Bertsioa 83.7.14.66 · IP 198.51.100.9\n") == {"83.7.14.66", "198.51.100.9"}
    assert ips(scrubber, "Kotelo 3.7.14.66\n") == {"3.7.14.66"}


def test_a_dotted_phone_labelled_as_one_is_no_address(scrubber):
    assert not ips(scrubber, "Telefon 22.214.70.15 · e-mail biuro@example.pl\n")
    assert ips(scrubber, "Telefon-IP 198.51.100.71\n") == {"198.51.100.71"}  # a VoIP phone's address


# --- a row label serving several columns ---------------------------------------------------------

@pytest.mark.parametrize("row", [
    "SSN                 418-27-3391              604317726",
    "Social Security #   418-27-3391              604317726",
    "| SSN | 418-27-3391 | 604317726 |",
    "SSN\t418-27-3391\t604317726",
])
def test_a_row_label_serves_every_value_cell(scrubber, row):
    text = f"                    APPLICANT                SPOUSE\n{row}\n"
    assert ssns(scrubber, text) == {"418-27-3391", "604317726"}


@pytest.mark.parametrize("row", [
    "Student ID          418273391                604317726",  # another kind of number's row
    "SSN                 418-27-3391              Loan 604317726",  # a label of its own
    "SSN 418-27-3391, account 604317726",  # prose, no cells
])
def test_a_row_label_does_not_reach_past_another_label(scrubber, row):
    assert "604317726" not in ssns(scrubber, row + "\n")


# --- the question a few turns above --------------------------------------------------------------

@pytest.mark.parametrize("chat", [
    "[9:02 PM] Kay: what's my social again??\n[9:05 PM] Mom: it's 604317726 keep it safe",
    ("[9:02 p.m.] Kay: what's my social security number?\n[9:03 p.m.] Mom: one sec\n"
     "[9:05 p.m.] Mom: 604317726"),
    "21:02 - Kay: need my SSN for the form\n21:05 - Dad: 604317726 don't share it",
])
def test_the_question_above_names_the_answer(scrubber, chat):
    assert ssns(scrubber, chat) == {"604317726"}


@pytest.mark.parametrize("chat", [
    ("[9:02 PM] Kay: what's my social again??\n[9:04 PM] Kay: and my loan number?\n"
     "[9:05 PM] Mom: 604317726"),  # a question of its own stands between
    "[9:02 PM] Kay: what's my social again??\n[9:05 PM] Mom: 604317726 is your student id",
    "[9:02 PM] Kay: what's your account number?\n[9:05 PM] Mom: it's 604317726 ok",
])
def test_an_answer_to_another_question_is_no_ssn(scrubber, chat):
    assert not ssns(scrubber, chat)


# --- slang names right before the number ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "yes. Grandpa's social is 604317726 and his ITIN was 912-70-3456",
    "her social: 604317726",
    "Soc # 604317726",
    "SS no. 604317726",
    "S.S.# 604317726",
])
def test_slang_names_of_the_ssn(scrubber, text):
    assert ssns(scrubber, text) == {"604317726"}


@pytest.mark.parametrize("text", [
    "follow our social media 604317726",
    "Social club no. 604317726",
    "social worker 604317726",
])
def test_social_before_another_noun_names_no_ssn(scrubber, text):
    assert not ssns(scrubber, text)


# --- OCR's digits for letters --------------------------------------------------------------------

def test_ocr_letters_reads_back_words_and_keeps_numbers():
    text = "S0C SEC N0: 604317726 lNCIDENT REP0RT PH0NE Te1 x15 A1005 B-40 5 10"
    read = ocr_letters(text)
    assert len(read) == len(text)
    assert read == "SOC SEC NO: 604317726 lNCIDENT REPORT PHONE Tel x15 A1005 B-40 5 10"


@pytest.mark.parametrize("label", ["S0C SEC N0:", "S0CIAL SECURITY N0.", "SSN0:"])
def test_ocr_damaged_ssn_labels(scrubber, label):
    text = f"VICTIM: DANA REYES   D0B 3/9/77\n{label} 604317726\n"
    assert ssns(scrubber, text) == {"604317726"}


def test_ocr_damaged_phone_word(scrubber):
    text = "The h0tline is 12 34 56 78 today"  # "hotline": the number has no region to be valid for
    assert {value for entity, value in found(scrubber, text) if entity == "PHONE_NUMBER"} == {"12 34 56 78"}
    assert not found(scrubber, "The record is 12 34 56 78 today")


def test_ocr_damaged_label_of_another_number_stays_no_ssn(scrubber):
    assert not ssns(scrubber, "R0UTING N0: 604317726\n")


# --- phones and cards of the same round ----------------------------------------------------------

def phones(scrubber, text, url=None, language=None):
    return {value for entity, value in found(scrubber, text, url, language) if entity == "PHONE_NUMBER"}


def cards(scrubber, text):
    return {value for entity, value in found(scrubber, text) if entity == "CREDIT_CARD"}


@pytest.mark.parametrize("line", [
    # (on an English page the first is a valid national number of one of its regions)
    "Mar  4 02:11:09 edge kernel: [83460.950326] [UFW AUDIT] IN=ens3 OUT= SRC=198.51.100.4",
    "kernel: [    4.520931] usb 2-1: new high-speed USB device number 3",
])
def test_a_kernel_uptime_is_no_phone(scrubber, line):
    assert not phones(scrubber, line, "https://gist.example.com/kern.log", "en")


def test_a_one_dot_number_outside_brackets_may_still_be_a_phone(scrubber):
    assert phones(scrubber, "Tổng đài hỗ trợ: 1800.588912", "https://x.vn/", "vi") == {"1800.588912"}


@pytest.mark.parametrize("number", ["+81 90-1712-2088", "+82 1588-1810", "+44 20 1720-1911"])
def test_year_like_groups_a_century_apart_are_no_year_range(scrubber, number):
    assert phones(scrubber, f"Contact desk: {number}") == {number}


def test_a_year_range_inside_a_number_still_reads_as_dates(scrubber):
    assert not phones(scrubber, "Archive 1914-1918 1939-1945 reprint")


@pytest.mark.parametrize("value", ["0532 418 27 90", "0532.418.27.90", "05324182790"])
def test_cep_before_a_turkish_mobile_labels_it(scrubber, value):
    assert phones(scrubber, f"Öğrenci: Ali Kaya\nCEP: {value}\n", "https://x.com.tr/", "tr") == {value}


def test_cep_before_other_digits_is_a_postal_code(scrubber):
    assert not phones(scrubber, "Rua Augusta 500\nCEP 01310-100\n", "https://x.com.br/", "pt")
    assert not phones(scrubber, "Avenida Paulista\nCEP 318 442 907\n")


@pytest.mark.parametrize("text, number", [
    ("Ligue para +351 22 508 3140 extensão 27 após as 9h.", "+351 22 508 3140 extensão 27"),
    ("Zadzwoń: +48 22 512 40 00 wewn. 315", "+48 22 512 40 00 wewn. 315"),
    ("Звоните: +7 495 411-20-30 внутр. 118", "+7 495 411-20-30 внутр. 118"),
])
def test_extension_words_of_more_languages(scrubber, text, number):
    assert number in phones(scrubber, text)


@pytest.mark.parametrize("text, url, language", [
    ("РНОКПП 0512817755", "https://x.ua/", "uk"), ("マイナンバー 0312 8177 5561", "https://x.jp/", "ja"),
    ("מס' סידורי 0521 7781 9043", "https://x.il/", "he"), ("Sarjanumero 040 812 3456", "https://x.fi/", "fi"),
    ("Personnummer 0311147752", "https://x.se/", "sv"), ("주민등록번호 831204-1184527", "https://x.kr/", "ko"),
])
def test_national_ids_and_serial_numbers_are_no_phones(scrubber, text, url, language):
    assert not phones(scrubber, text, url, language)


def test_an_unbranded_petroleum_industry_number_is_no_card(scrubber):
    # (7000 0001 2345 6787 passes Luhn; no payment network issues numbers starting with 7)
    assert not cards(scrubber, '{"fleet_card": "7000000123456787"}')
    assert not cards(scrubber, "Kartennummer\n7000 0001 2345 6787\n")
    assert not cards(scrubber, "gift card 4111 1111 1111 1111")
    # near misses: a brand's number under the same words is a card, and so is a national scheme's
    assert cards(scrubber, "Kartennummer\n4111 1111 1111 1111\n") == {"4111 1111 1111 1111"}
    assert cards(scrubber, "Карта Белкарт: 9112 2494 8776 6494") == {"9112 2494 8776 6494"}


@pytest.mark.parametrize("text, card", [
    ("Débité sur la carte 6490 0434 2211 1348. 8\u00a0904,14 €", "6490 0434 2211 1348"),
    ("Charged to card 4111 1111 1111 1111. 2 items shipped.", "4111 1111 1111 1111"),
    ("Abgebucht von Karte 4888153586049. 7\u00a0440,25 €", "4888153586049"),
])
def test_a_card_ending_its_sentence_before_another_number(scrubber, text, card):
    assert cards(scrubber, text) == {card}


def test_a_fixed_width_row_parted_by_wide_gaps_is_read_by_them(scrubber):
    # the header's third column starts inside the row's second number: the row's own gaps part it
    text = ("                    BORROWER                 CO-BORROWER\n"
            "Name                Ann Lee                  Omar Reyes\n"
            "Cell                +1 210 970 8407   +1 415 483 9631\n")
    assert phones(scrubber, text) == {"+1 210 970 8407", "+1 415 483 9631"}


# benchmarks/pii_blind11.py, read as a tuning set since this round (before it, main's step: phone
# P 0.9905 / R 0.9947, IP P 0.9467, card P 0.9890 / R 0.9963, US SSN R 0.9453); floors just under
# the figures after it (pii_eval.py --only blind11: phone P 1.0 / R 0.9974, card P 0.9956 / R 1.0,
# every other type 1.0)
BLIND11_FLOORS = {"EMAIL_ADDRESS": (0.995, 0.995), "PHONE_NUMBER": (0.995, 0.995),
                  "IP_ADDRESS": (0.995, 0.995), "CREDIT_CARD": (0.993, 0.995),
                  "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.995)}


def test_blind11_floors(scrubber):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_blind11
    import pii_eval

    rows = pii_blind11.load()
    assert len(rows) == 1555
    results, _ = pii_eval.score(rows, scrubber.find)
    low = {entity: (round(results[entity]["precision"], 4), round(results[entity]["recall"], 4))
           for entity, (p, r) in BLIND11_FLOORS.items()
           if results[entity]["precision"] < p or results[entity]["recall"] < r}
    assert not low, low
