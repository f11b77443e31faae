"""The error classes of the fourteenth blind set's round (issue 26), in their general form, on
cases written for this file: an endpoint written with its port as a fifth dotted group (tcpdump's
"SRC.PORT > DST.PORT:", BSD netstat's rows), IPv4 and IPv6; an address glued to a script written
without spaces (Chinese, Japanese, Thai) or to a particle (Korean). Near misses beside each: OIDs,
versions, SNMP queries, dotted section numbers and dates."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import of_type

# --- a port as a fifth dotted group ------------------------------------------------------------

@pytest.mark.parametrize("line, addresses", [
    ("08:01:02.123456 IP 203.0.113.9.51514 > 192.168.7.20.443: Flags [P.], seq 1:518, ack 1, length 517",
     {"203.0.113.9", "192.168.7.20"}),
    ("08:01:02.200000 IP 10.8.0.3.123 > 85.21.78.91.123: NTPv4, Client, length 48",
     {"10.8.0.3", "85.21.78.91"}),
    # a name or a service on one side (tcpdump without -n)
    ("IP gw.example.net.domain > 172.16.4.9.40211: 5211 1/0/0 A 93.184.216.34 (45)",
     {"172.16.4.9", "93.184.216.34"}),
    ("IP 172.16.4.9.ssh > 198.51.100.77.60122: Flags [.], ack 98, win 501", {"172.16.4.9", "198.51.100.77"}),
    # tcpdump -v: the endpoints on a continuation line
    (("IP (tos 0x0, ttl 64, id 4411, offset 0, flags [DF], proto TCP (6), length 60)\n"
      "    192.168.1.44.36128 > 140.82.121.4.443: Flags [S], cksum 0x8a3b"), {"192.168.1.44", "140.82.121.4"}),
    ("IP6 2001:db8:4:1::25.587 > 2a02:6b8:a::a.49152: Flags [S.], seq 0, ack 1",
     {"2001:db8:4:1::25", "2a02:6b8:a::a"}),
    ("IP6 fe80::1c2a:9ff:fe41:7d2.546 > ff02::1:2.547: dhcp6 solicit", {"fe80::1c2a:9ff:fe41:7d2", "ff02::1:2"}),
    ("IP6 2a01:4f8:c17:b8f2:9e1c:22ff:fe07:4d10.33811 > 2606:4700:4700::1111.53: 911+ AAAA? example.org. (29)",
     {"2a01:4f8:c17:b8f2:9e1c:22ff:fe07:4d10", "2606:4700:4700::1111"}),
    # BSD / macOS netstat -an
    ("tcp4       0      0  192.168.1.12.58644     17.57.146.20.5223      ESTABLISHED",
     {"192.168.1.12", "17.57.146.20"}),
    ("tcp46      0      0  *.5000                 *.*                    LISTEN", set()),
    ("udp4       0      0  10.0.0.17.137          *.*", {"10.0.0.17"}),
])
def test_an_endpoint_with_a_dotted_port_is_an_address(scrubber, line, addresses):
    assert of_type(scrubber, line, "IP_ADDRESS") == addresses
    assert not of_type(scrubber, line, "PHONE_NUMBER")


@pytest.mark.parametrize("text", [
    "snmpwalk -v2c -c public 10.0.0.1 1.3.6.1.2.1.1.5.0",  # an OID after the agent's address
    "OID 1.3.6.1.4.1 registered; see 2.16.840.1.113883",
    "Upgraded from 4.2.1.0.12 to 4.2.1.0.13 last night",  # a five-part version
    "Gemäß Ziffer 12.4.3.1.2 des Vertrags",
    "build 10.0.19045.3803.2 > 10.0.19045.3803.1",
    "Termine: 12.10.2024 > 13.10.2024: verschoben",
])
def test_five_dotted_numbers_outside_those_shapes_are_no_address(scrubber, text):
    assert of_type(scrubber, text, "IP_ADDRESS") <= {"10.0.0.1"}


def test_a_dotted_phone_is_still_a_phone_outside_tcpdump_lines(scrubber):
    text = "Téléphone : 01.45.67.89.12 — fax 01.45.67.89.13"
    assert of_type(scrubber, text, "PHONE_NUMBER") == {"01.45.67.89.12", "01.45.67.89.13"}


# --- an address glued to a script without spaces -------------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("访问日志显示登录来自203.0.113.45。", "203.0.113.45"),
    ("アクセス元は198.51.100.23でした。", "198.51.100.23"),
    ("接続元は2001:db8:85a3:8d3:1319:8a2e:370:7348からです。", "2001:db8:85a3:8d3:1319:8a2e:370:7348"),
    ("접속 기록: 192.0.2.14에서 로그인했습니다.", "192.0.2.14"),
    ("접속 주소는 2a02:6b8:a::a입니다", "2a02:6b8:a::a"),
    ("เข้าสู่ระบบจาก10.20.30.40เมื่อวานนี้", "10.20.30.40"),
])
def test_an_address_glued_to_cjk_hangul_or_thai_is_found(scrubber, text, address):
    assert of_type(scrubber, text, "IP_ADDRESS") == {address}


@pytest.mark.parametrize("text", [
    "固件版本2.1.0.15已发布",  # a version glued to its Chinese label
    "バージョン3.0.1.2に更新しました",
    "펌웨어 버전 1.0.2.7입니다",
    "网络掩码255.255.255.0，本机127.0.0.1",
])
def test_a_version_or_mask_glued_to_cjk_stays_out(scrubber, text):
    assert not of_type(scrubber, text, "IP_ADDRESS")


# --- an address before a colon dump's next cell ------------------------------------------------

@pytest.mark.parametrize("line, mailboxes", [
    ("Ana Lima:ana.lima@example.org:02/06/1948:412-73-9021", {"ana.lima@example.org"}),
    ("ben+news@example.net:1987-11-30:Berlin", {"ben+news@example.net"}),
    ("c.okafor@example.com:555-0142:ok", {"c.okafor@example.com"}),
    # a port, a path, a prompt after the host: a login, no mailbox
    ("ssh deploy@build.example.org:2222", set()),
    ("rsync -a backup@nas.example.org:873/share", set()),
    ("git clone git@git.example.org:team/app.git", set()),
])
def test_an_address_before_a_date_or_a_dashed_cell_is_a_mailbox(scrubber, line, mailboxes):
    assert of_type(scrubber, line, "EMAIL_ADDRESS") == mailboxes


# --- a key naming a phone by a phone word of any language ----------------------------------------

@pytest.mark.parametrize("line, phone", [
    ("NAME=Ann Lee  PH=+1 415-555-0134  ZIP=94107-2210", "+1 415-555-0134"),
    ("NAME=Ann Lee  PH=(415) 555-0134  MAIL=ann@example.org", "(415) 555-0134"),
    ("nom=Dupont;TEL_PORTABLE=06 12 34 56 78;ville=Lyon", "06 12 34 56 78"),
    ("kontakt.telefon=030 1234567", "030 1234567"),
])
def test_a_key_with_a_phone_word_names_its_value(scrubber, line, phone):
    assert of_type(scrubber, line, "PHONE_NUMBER") == {phone}


@pytest.mark.parametrize("line", [
    "graph=415 555 0134",  # "ph" inside a word is no phone word
    "photo_id=415-555-0134",
    "contact_id=415-555-0134",  # a key naming an id
    "order_no=415-555-0134",
])
def test_a_key_without_a_phone_word_leaves_its_value(scrubber, line):
    assert not of_type(scrubber, line, "PHONE_NUMBER")


# --- extensions written out in words ------------------------------------------------------------

@pytest.mark.parametrize("text, phone", [
    ("Тел.: 8 (495) 123-45-67 добавочный 204", "8 (495) 123-45-67 добавочный 204"),
    ("Телефон: +7 495 123-45-67, внутренний 31", "+7 495 123-45-67, внутренний 31"),
    ("Τηλ. +30 21 0123 4567 εσωτερικό 652", "+30 21 0123 4567 εσωτερικό 652"),
    ("전화: 02-2345-6789 내선번호 101", "02-2345-6789 내선번호 101"),
    ("ĐT: +84 24 3825 1234 nhánh 783", "+84 24 3825 1234 nhánh 783"),
    ("Tel. +49 30 1234567 Nebenstelle 12", "+49 30 1234567 Nebenstelle 12"),
])
def test_an_extension_written_out_is_part_of_the_phone(scrubber, text, phone):
    assert of_type(scrubber, text, "PHONE_NUMBER") == {phone}


def test_a_number_after_an_extension_like_word_elsewhere_is_not_taken(scrubber):
    # "внутренний аудит 2024" (an internal audit), no phone before it
    assert not of_type(scrubber, "Отчёт: внутренний аудит 2024, страница 12", "PHONE_NUMBER")


# --- numbers named otherwise: units, a noun's file, "number" in Hebrew, Arabic, Persian, Hindi ------

@pytest.mark.parametrize("text", [
    "Robe modèle Iris, mesures 92-71-104 cm, taille 38",
    "Размеры 120-85-96 см",
    "Agency file 607-971-2915; fee paid $4,567.47",
    "Recruiting station file 862-625-6681; height 70 in",
    "בקשה מס' 490-614-3921 מ-12.06.2025",
    "מס' לקוח 853-619-8588",
    "رقم التذكرة 854-633-7100، المبلغ 3,722.98",
    "شماره درخواست 500-533-8060 تاریخ 1407/02/07",
    "अनुरोध सं. 793-447-2445, 22-09-2028",
    "取票码 280-360-3025",
    "Sesión 15/09/2028; localizador 82 552 5665",
])
def test_a_number_named_otherwise_is_no_phone(scrubber, text):
    assert not of_type(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize("text, phone", [
    ("Full SS on file; call back 604-949-1011", "604-949-1011"),
    ("Phone on file: (415) 555-0134", "(415) 555-0134"),
    ("מס' טלפון: 03-612-3456", "03-612-3456"),
    ("رقم الهاتف: 04 123 4567", "04 123 4567"),
    ("شماره تماس: 021 8812 3456", "021 8812 3456"),
    ("फ़ोन सं. 098765 43210", "098765 43210"),
])
def test_a_phone_word_beside_the_number_word_keeps_the_phone(scrubber, text, phone):
    assert of_type(scrubber, text, "PHONE_NUMBER") == {phone}


# --- a card the model takes back is no phone by its row alone ----------------------------------------

@pytest.mark.parametrize("row, card", [
    ("Niamh Byrne | +64 3 296 1310 | 4155 161 000 052 | niamh@example.ie", "4155 161 000 052"),
    ("Marco Ferri | +39 02 9988 8868 | 4532 155 281 809", "4532 155 281 809"),
])
def test_a_card_in_a_contact_row_beats_a_phone_by_row_context(scrubber, row, card):
    assert card in of_type(scrubber, row, "CREDIT_CARD")
    assert card not in of_type(scrubber, row, "PHONE_NUMBER")


# --- SSN labels as OCR damages their abbreviations ----------------------------------------------------

@pytest.mark.parametrize("text, ssn", [
    ("Namc:  Daniel Nguyen\n55 N0.:  529088009\nZIP 37518-9370", "529088009"),
    ("DOB:  11/11/1955\n5.5.N.:  004887640\nParcel 332375004", "004887640"),
    ("Datc 0f b1rth:  09/24/2002\n50c. 5cc. N0. ____ 228503601\nPh0nc  001 202-844-9290", "228503601"),
    ("Fecha de nacimiento:  06/21/1961\nNúm. dc 55:  094 55 7921\nTeléfono: 001 207-285-5440", "094 55 7921"),
])
def test_an_ocr_damaged_ssn_abbreviation_labels_the_number(scrubber, text, ssn):
    assert of_type(scrubber, text, "US_SSN") == {ssn}


@pytest.mark.parametrize("text", [
    "Lot 55 N0. 529088009 shipped",  # "55" a lot's number, then another's "No."
    "Route 5.5.1 km 408873640",
    "Núm. de 12: 094557921",
])
def test_near_misses_of_the_ocr_abbreviations_stay_out(scrubber, text):
    assert not of_type(scrubber, text, "US_SSN")
