"""pii-classes26b (blind29 round, part b): SSNs, cards and IPs. Cases written for the classes, in
other languages, tools and shapes than blind29's, with near misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.stages.pii_helpers import values_in_order as found


# ---- SSN: a lab's specimen, sample, accession or kit number in the SSN's 3-2-4 shape
@pytest.mark.parametrize("text", [
    "Patient callback +1 312-555-0142\nSpecimen ID 142-48-9482\n",
    "Phone (415) 555-0199 · Sample ID: 408-14-8207 · collected 2026-03-01",
    "Accession # 531-58-2784, call +1 212-555-0143",
    "Kit no. 219-38-2061 returned by mail (+1 646-555-0117)",
    "Lab ID 377-28-4179 | +1 617-555-0101",
    "Nº de muestra: 465-21-3301, teléfono +1 305-555-0188",
    "N° d'échantillon 554-19-9761 (+1 514-555-0123)",
    "Vial 207-55-1234 labelled at +1 202-555-0155",
])
def test_specimen_numbers_are_no_ssn(scrubber, text):
    assert found(scrubber, text, "US_SSN") == []


@pytest.mark.parametrize("text, ssn", [
    ("Patient SSN: 408-14-8207 (specimen to follow)", "408-14-8207"),
    ("Specimen ID 142-48-9482; SSN 219-38-2061", "219-38-2061"),
    ("Social Security No. 531-58-2784 for the sample kit", "531-58-2784"),
    ("Call +1 312-555-0142\nSSN 377-28-4179\n", "377-28-4179"),
])
def test_ssn_beside_specimen_words_stays(scrubber, text, ssn):
    assert found(scrubber, text, "US_SSN") == [ssn]


# ---- SSN: a bracket or dash after an unseparated number says whose social it is
@pytest.mark.parametrize("text, ssn", [
    ("Dependent: Brooke — 437966975 (dependent's social)", "437966975"),
    ("Child 2: 783510103 (my son's social)", "783510103"),
    ("Co-applicant 553992477 – spouse's social", "553992477"),
    ("Beneficiary 219382061 (her social)", "219382061"),
])
def test_owned_social_after(scrubber, text, ssn):
    assert found(scrubber, text, "US_SSN") == [ssn]


@pytest.mark.parametrize("text", [
    "Ticket 437966975 (the club's social media)",
    "Order 437966975 (dependent's social)",
    "Ref 437966975 (dependent's social worker)",
    "Ref 437966975 (see the dependent's social)",
    "Invoice 553992477 (our social event)",
])
def test_social_near_misses_stay_unmarked(scrubber, text):
    assert found(scrubber, text, "US_SSN") == []


# ---- IP: an app's version, the program named first or in another script
@pytest.mark.parametrize("text", [
    "アプリ版 2.26.129.81\n受付時間 9:00〜17:30",
    "アプリバージョン 16.15.180.118",
    "应用版本 11.29.70.130",
    "軟體版本: 12.3.40.5",
    "앱 버전 17.8.128.107",
    "აპის ვერსია 18.10.151.205",
    "sovellusversio 19.39.55.142",
    "Sovelluksen versio 8.19.130.114",
    "alkalmazásverzió 16.3.201.220",
    "phiên bản ứng dụng 10.30.119.99",
    "uygulama sürümü 4.38.60.148",
    "versi aplikasi 6.20.227.177",
    "App version: 12.36.241.192",
    "Firmware version 7.2.224.197",
])
def test_app_versions_are_no_address(scrubber, text):
    assert found(scrubber, text, "IP_ADDRESS") == []


# ---- IP: an SNMP table's row index
@pytest.mark.parametrize("text", [
    "ifTable row index 33.184.175.216 (MIB 1.3.6.1.2.1.2.2)",
    "ipRouteTable index: 47.29.147.249",
    "atTable instance 10.19.74.21",
    "row index 45.28.194.1 of the walk",
])
def test_snmp_row_indexes_are_no_address(scrubber, text):
    assert found(scrubber, text, "IP_ADDRESS") == []


@pytest.mark.parametrize("text, ip", [
    ("server 33.184.175.216 answered", "33.184.175.216"),
    ("app on 10.1.2.3 is down", "10.1.2.3"),
    ("アプリのサーバー 203.0.113.7", "203.0.113.7"),
    ("peer 100.72.84.37, ifTable row index 9.224.160.226", "100.72.84.37"),
    ("Ứng dụng kết nối tới 198.51.100.23", "198.51.100.23"),
    ("index.html served to 198.51.100.24", "198.51.100.24"),
])
def test_addresses_near_version_and_index_words_stay(scrubber, text, ip):
    assert found(scrubber, text, "IP_ADDRESS") == [ip]


# ---- card: 12 digits (Maestro's prefix) with another number's word. The branch's rule for bare
# 12-digit numbers (no card word: no card) was dropped at the merge: it cost card recall on a held
# set (templates held, 7 misses) and on blind6, where 12-digit Maestro numbers stand in rows
# without a word. "vpxa: session 588440223463" and "სტუმრის №: 567580314423" are cards again.
@pytest.mark.parametrize("text", [
    "Mitgliedsnummer 588440223463",
    "ref 501844022345",
])
def test_twelve_digits_without_card_word_are_no_card(scrubber, text):
    assert found(scrubber, text, "CREDIT_CARD") == []


@pytest.mark.parametrize("text, card", [
    ("Maestro card: 588440223463", "588440223463"),
    ("Paid with 4111 1111 1111 1111 today", "4111 1111 1111 1111"),
    ("Kartennummer 6759 6498 2643 8453", "6759 6498 2643 8453"),
])
def test_cards_with_words_or_full_length_stay(scrubber, text, card):
    assert found(scrubber, text, "CREDIT_CARD") == [card]
