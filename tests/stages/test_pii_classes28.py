"""blind31 round (pii-classes28): the classes read in blind31's errors, with cases of our own
(other tools, other languages, other shapes) and the near misses that must stay as they are."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type, phones, ssns

# --- IP: a release's or version's part key nested under it holds a version, not an address ---


@pytest.mark.parametrize("text, value", [
    ('"os": {"release": {"full": "12.13.9.231"}}', "12.13.9.231"),  # Puppet facts (JSON)
    ("os => {release => {full => 4.23.6.155}}", "4.23.6.155"),  # the same facts as Ruby prints them
    ("facts.os.release.full=8.9.1.183", "8.9.1.183"),  # a flattened key
    ('{"kernelversion": {"full": "5.15.0.91"}}', "5.15.0.91"),
    ("'version': {'major': '10.21.7.10'}", "10.21.7.10"),
])
def test_version_part_key_is_no_address(scrubber, text, value):
    assert value not in of_type(scrubber, text, "IP_ADDRESS")


@pytest.mark.parametrize("text, value", [
    ('"networking": {"ip": "12.13.9.231", "netmask": "255.255.255.0"}', "12.13.9.231"),
    ('{"release": {"server": "34.180.74.181"}}', "34.180.74.181"),  # a server key, not a version part
    ('{"release": "stable", "ip": "8.8.4.4"}', "8.8.4.4"),  # a release key whose value is a word
])
def test_address_keys_stay(scrubber, text, value):
    assert value in of_type(scrubber, text, "IP_ADDRESS")


# --- IP: a cluster node's id, then its address in brackets, is no Node.js version ---

@pytest.mark.parametrize("text, value", [
    ("WARN [Controller id=3] Connection to node 1 (192.168.57.17:9092) could not be established.", "192.168.57.17"),
    ("Connection to node -1 (10.33.72.230:9092) could not be established. Broker may not be available.", "10.33.72.230"),
    ("node kafka-2 (10.0.0.5:9092) is down", "10.0.0.5"),
    ("Elasticsearch: node es-data-3 (172.24.197.236) left the cluster", "172.24.197.236"),
])
def test_cluster_node_address(scrubber, text, value):
    assert value in of_type(scrubber, text, "IP_ADDRESS")


@pytest.mark.parametrize("text", [
    "Running on Node v20 (20.11.1.0)",
    "Built with node (18.17.1.0)",
])
def test_node_version_in_brackets_stays_out(scrubber, text):
    assert of_type(scrubber, text, "IP_ADDRESS") == set()


# --- SSN: a number opening a bracketed aside after its SSN word ---

@pytest.mark.parametrize("text, value", [
    ("a gift letter with her Social Security number (834-17-4250 was on the draft) and a statement",
     "834-17-4250"),
    ("her SSN (834-17-4250, on the draft) is wrong", "834-17-4250"),
    ("su número de Seguro Social (476-15-7536 según el borrador) no coincide", "476-15-7536"),
    ("Social Security No. (406 90 5578 per the W-2) was read back", "406 90 5578"),
])
def test_ssn_opening_a_bracketed_aside(scrubber, text, value):
    assert value in ssns(scrubber, text)


@pytest.mark.parametrize("text", [
    "Ref (834-17-4250-7 pending)",  # a longer number's head
    "Order no. (834-17-4250 was shipped)",  # another number's word
])
def test_bracketed_aside_near_misses(scrubber, text):
    assert ssns(scrubber, text) == set()


# --- phone: a word naming another number that heads a person's or a desk's name ---

@pytest.mark.parametrize("text, value", [
    ("Claim administrator: (415) 326-7961 — claim 589-42-8108", "(415) 326-7961"),
    ("Loan officer: (813) 373-3753 ext. 72", "(813) 373-3753 ext. 72"),
    ("Call the clearinghouse at (312)-931-2150 (option 3) before you resubmit", "(312)-931-2150"),
    ("Policy service desk 0161 496 0734", "0161 496 0734"),
    ("Account manager: +44 20 7946 0958", "+44 20 7946 0958"),
    ("Schadensachbearbeiter: 030 12345678", "030 12345678"),
])
def test_role_after_other_number_word(scrubber, text, value):
    assert value in phones(scrubber, text)


@pytest.mark.parametrize("text", [
    "Claim number: (415) 326-7961",
    "Policy no. 415-326-7961",
    "Order 415 326 7961",
    "Loan account 4153267961 for the officer",  # the role word after the number names no one
])
def test_other_number_words_still_name_numbers(scrubber, text):
    assert phones(scrubber, text) == set()


# --- phone: the second object of a call ("call X at …, or me at …") ---

@pytest.mark.parametrize("text, value", [
    ("Call EFTPS at (212) 855-1579 if the PIN does not arrive, or me at (919) 929-7418 ext. 754.",
     "(919) 929-7418 ext. 754"),
    ("Ring the bank on 020 7946 0958 if the card is not delivered, or us on 020 7946 0123.", "020 7946 0123"),
])
def test_coordinated_call_object(scrubber, text, value):
    assert value in phones(scrubber, text)


def test_or_me_at_without_a_number_after(scrubber):
    assert phones(scrubber, "The order number is 415 326 7961 or me at home.") == set()


# --- phone: a device's identifier whose label names the phone it belongs to ---

@pytest.mark.parametrize("text", [
    "IMEI of returned phone: 014528716314715",
    "IMEI del teléfono: 355999616687756",
    "IMEI телефона: 354574593330331",
    "Serial of the phone: 866488908890403",
    "IMSI of the customer's mobile: 310150123456789",
])
def test_device_id_of_a_phone_is_no_phone(scrubber, text):
    assert phones(scrubber, text) == set()


@pytest.mark.parametrize("text, value", [
    ("IMEI: 355999616687756, phone: +1 (617) 641-8679", "+1 (617) 641-8679"),
    ("Phone of the IMEI owner: +44 20 7946 0958", "+44 20 7946 0958"),
    ("Rif. telefonico: 02 1234 5678", "02 1234 5678"),
])
def test_phones_beside_device_ids_stay(scrubber, text, value):
    assert value in phones(scrubber, text)


# --- phone: a bare spaced North American number on a page of another plan, nothing marking it ---

def _page_phones(scrubber, text, url, language):
    return {text[r.start:r.end] for r in scrubber.find(text, url, language) if r.entity_type == "PHONE_NUMBER"}


@pytest.mark.parametrize("text, url, language, value", [
    ("IBAN PL51 9393 1023 5918 9257 7387 1500, tytuł: darowizna 873 142 6892",
     "https://szukam-psa.pl/ogloszenie/3", "pl", "873 142 6892"),
    ("Pasnummer 405955******1588, transactie 816 915 1623", "https://buurtapp.nl/melding/8", "nl", "816 915 1623"),
    ("Kad 653893******9702, no. resit 628 258 5267", "https://umrah-pakej.my/tempahan/2", "ms", "628 258 5267"),
    ("ჯავშნის ნომერი: 273 860 5392", "https://abano.ge/booking/5", "ka", "273 860 5392"),
    ("Beleg 4711, Vorgang 254 331 9087 erledigt", "https://shop.de/konto/1", "de", "254 331 9087"),
])
def test_bare_nanp_number_abroad(scrubber, text, url, language, value):
    assert value not in _page_phones(scrubber, text, url, language)


@pytest.mark.parametrize("text, url, language, value", [
    ("Unser Büro in Boston: Tel. 617 555 0142", "https://firma.de/kontakt", "de", "617 555 0142"),  # a phone word
    ("Zadzwoń: +1 617 641 8679 lub 617 641 8680", "https://szukam-psa.pl/ogloszenie/4", "pl", "617 641 8680"),
    ("Order ref 8731426892 / call 873 142 6892", None, None, "873 142 6892"),
    ("Reach the desk at 873 142 6892", "https://example.com/a", "en", "873 142 6892"),  # an English page
])
def test_nanp_number_with_a_reason_stays(scrubber, text, url, language, value):
    assert value in _page_phones(scrubber, text, url, language)


# --- phone: labels of other numbers read in blind31's languages ---

@pytest.mark.parametrize("text", [
    "Ime in priimek;Mobilni telefon;Št. članske izkaznice\nLuka Zupan;+386.30.611.086;250 430 8742",
    "Nº | Piloto | Telefone | RENAVAM\n14 | Bia Costa | +55 15 90829-5131 | 747401290782",
    "Thẻ **** **** **** 3520, mã giao dịch 150 911 8822",
    "दाता आईडी: 131 652 5073",
])
def test_other_number_labels(scrubber, text):
    found = phones(scrubber, text)
    assert not found & {"250 430 8742", "747401290782", "150 911 8822", "131 652 5073"}
