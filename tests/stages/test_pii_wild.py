"""The pii step on the classes issue 26's fourth generator (benchmarks/pii_wild.py) and its known
misses showed: cards of every issuer and grouping, CSV cells, WHOIS and footer phones, TINs, id
columns, SSN-shaped numbers with loose phone words, "my number", registration numbers, git
remotes, CIDR.
Every case here is written for this file (none is copied from a labelled set)."""
from __future__ import annotations

import pytest

from stages.pii import PiiScrubber
from stages.pii_cards import _luhn_valid
from stages.pii_tables import csv_cells


@pytest.fixture(scope="module")
def scrubber() -> PiiScrubber:
    return PiiScrubber()


def found(scrubber, text, url="https://shop.example.com/p", language="en"):
    return [(r.entity_type, text[r.start:r.end]) for r in scrubber.find(text, url, language)]


def _luhn(body: str) -> str:
    for check in "0123456789":
        if _luhn_valid(body + check):
            return body + check
    raise AssertionError(body)


# issuers' prefixes at their lengths: UnionPay 62, Diners 300-305/36/38, Discover 6011/644-649/65,
# Amex 34/37, Mir 2200-2204, JCB 3528-3589 and the legacy 1800/2131/3088, Maestro, Visa 13/19
CARDS = [_luhn(body) for body in (
    "621483000000123", "62148300000012345", "625094000001234567", "3056930902590", "3600000000000",
    "3800000000000", "601100099990001", "644000000000000", "649123456789012", "650000000000000",
    "34000000000000", "37144963539843", "220012345678901", "220412345678901234", "352812345678901",
    "358912345678901234", "18000000000000", "21310000000000", "308800000000001", "50183690072",
    "67616091524", "56000000000", "400000000000", "401288888888188",
)]


def _grouped(digits: str, separator: str) -> str:
    if len(digits) == 15:
        return separator.join((digits[:4], digits[4:10], digits[10:]))
    if len(digits) == 14:
        return separator.join((digits[:4], digits[4:10], digits[10:]))
    if len(digits) >= 16:
        return separator.join([digits[i:i + 4] for i in range(0, 16, 4)] + ([digits[16:]] if len(digits) > 16 else []))
    return digits


@pytest.mark.parametrize("digits", CARDS)
@pytest.mark.parametrize("separator", ["", " ", "-"])
def test_cards_of_every_issuer_length_and_grouping(scrubber, digits, separator):
    number = _grouped(digits, separator)
    text = f"Charged {number} on 12 May."
    assert found(scrubber, text) == [("CREDIT_CARD", number)], (digits, separator)


def _spaced(digits: str) -> str:
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


# every number below is Luhn-valid, most with an issuer's prefix: only the word before decides
@pytest.mark.parametrize("text", [
    f"Barcode {_luhn('400638133393')} on the box",         # an EAN-13 position, a Visa prefix
    f"SIM card ICCID {_luhn('893144030123456789')}",         # a SIM's serial, after "card"
    f"Kundennummer: {_spaced(_luhn('411111111111111'))}",   # a number named for something else
    f"账号 {_spaced(_luhn('576506219509000'))}",              # an account number
    f"tracking no. {_spaced(_luhn('601194612345678'))}",
    f"Product {_luhn('628194821993')} in stock",             # an EAN-13 of a 62x country
])
def test_card_shaped_numbers_named_otherwise(scrubber, text):
    assert [e for e, _ in found(scrubber, text)] == []


def test_a_card_word_anywhere_before_wins_over_another_number_word(scrubber):
    number = _spaced(_luhn("576506219509000"))
    assert found(scrubber, f"Card account number {number}") == [("CREDIT_CARD", number)]
    assert found(scrubber, f"Paid with {number}") == [("CREDIT_CARD", number)]


def test_csv_commas_are_cell_borders():
    text = "n,who,tel,paid\n7,Ann,(303) 555-0147,12.50\n8,Bo,303-555-0199,7.00\nIn 2019, 2020, and 2021 we grew."
    cells = csv_cells(text)
    assert len(cells) == len(text)
    assert cells.splitlines()[1] == "7\tAnn\t(303) 555-0147\t12.50"
    assert cells.endswith("In 2019, 2020, and 2021 we grew.")  # prose keeps its commas
    assert csv_cells("1,234,567 and 7,654,321") == "1,234,567 and 7,654,321"


def test_phones_in_csv_cells_beside_numeric_cells(scrubber):
    text = ("seq,contact,mobile,balance\n"
            "101,Ada Obi,+44 7700 900461,-12.40\n"
            "102,Li Na,(303) 555-0147,88.00\n"
            "103,Raj K,0161 496 0753,1000\n")
    assert [v for e, v in found(scrubber, text) if e == "PHONE_NUMBER"] == [
        "+44 7700 900461", "(303) 555-0147", "0161 496 0753"]
    # a thousands-grouped figure in a numeric column stays
    amounts = "id,city,population,area\n1,Leeds,812,000,552\n2,York,210,618,272\n"
    assert found(scrubber, amounts) == []


@pytest.mark.parametrize("text, number", [
    ("Registrant Phone: +33.612345678", "+33.612345678"),        # WHOIS writes +CC.NSN
    ("Admin Fax: +1.2125550147", "+1.2125550147"),
    ("Telefon: 06.1.456.7890", "06.1.456.7890"),                # dotted, begins like an IPv4
    ("Telefon: 08-21 44 90 anknytning 315", "08-21 44 90 anknytning 315"),
    ("Tel. 02 412 33 90, klapka 12", "02 412 33 90, klapka 12"),
    ("Phone +1 415 555 0133,  x 204", "+1 415 555 0133,  x 204"),  # two spaces before the extension
    ("Điện thoại: 028 3822 1234", "028 3822 1234"),
    ("טלפון: 03-6091234", "03-6091234"),
    ("Tālr.: 67 123 456", "67 123 456"),
    ("Telp. (021) 5790 1234", "(021) 5790 1234"),
    ("Box office: (081234) 56090", "(081234) 56090"),            # a six-digit bracketed code
    ("Tel.: (8-5) 212 3456", "(8-5) 212 3456"),                  # Lithuanian bracket with a dash
    ("Investor Relations: Mia Wong, 0161 496 0718", "0161 496 0718"),
    ("Hívjon bizalommal: 30/412-7788", "30/412-7788"),             # call verbs of more languages
    ("Обадете се на 0887 123 456", "0887 123 456"),
    ("Soita meille (+358) 401234567", "(+358) 401234567"),
])
def test_phone_formats_and_words_of_more_registers(scrubber, text, number):
    assert ("PHONE_NUMBER", number) in found(scrubber, text, url=None, language=None)


@pytest.mark.parametrize("text", [
    "Ondernemingsnummer 0478.123.456",
    "N° d'entreprise 0478.123.456",
    "Org.nr 556677-8899",
    "CVR-nr. 31 21 45 67",
    "Y-tunnus 1234567-8",
    "IČO 45 27 40 96",
    "사업자등록번호 220-81-62517",
    "MST 0312345678",
    "E-ticket: 006-2345678901",          # "00" is no "+": the word wins
    "Routing 091000019 for wires",       # nine bare digits on an English page
    "Sample weight 639734.3068 g",
    "ISBN-10 0-306-40615-2 reprint",
])
def test_registration_and_other_numbers_are_no_phones(scrubber, text):
    assert [e for e, _ in found(scrubber, text)] == []


@pytest.mark.parametrize("text, ssn", [
    ("RECIPIENT'S TIN 401882917\nRECIPIENT'S name Jo Park", "401882917"),
    ("Payee's TIN: 401-88-2917", "401-88-2917"),
    ("Employee's TIN 401882917", "401882917"),
    ("Social-security number: 401882917", "401882917"),
])
def test_a_persons_tin_is_their_ssn(scrubber, text, ssn):
    assert found(scrubber, text, url="https://irs-forms.example.com/1099") == [("US_SSN", ssn)]


@pytest.mark.parametrize("text", [
    "PAYER'S TIN 401882917",
    "Employer's TIN 401882917",
    "name,employee_id,dept\nJo Park,401-88-2917,Sales\nAl Ruiz,512-33-9087,Ops\n",
    "Staff ID;Name\n401-88-2917;Jo Park\n512-33-9087;Al Ruiz\n",
    "Badge 401-88-2917 issued at the desk.",
    "Record locator 401-88-2917",
    "Coupon 401-88-2917 applied",
    "Room 401-88-2917",
])
def test_a_payers_tin_and_id_columns_are_not_ssns(scrubber, text):
    assert [e for e, _ in found(scrubber, text, url="https://hr.example.com/")] == []


@pytest.mark.parametrize("text", [
    "Ping me whenever, my number 512-33-9087.",
    "You can reach me at 512-33-9087 after five.",
])
def test_a_us_ssn_shape_with_only_a_loose_phone_word_is_an_ssn(scrubber, text):
    assert found(scrubber, text, url="https://forum.example.com/t/9") == [("US_SSN", "512-33-9087")]


def test_the_same_shape_with_a_label_or_on_a_foreign_page_is_a_phone(scrubber):
    assert found(scrubber, "Phone: 512-33-9087", url="https://forum.example.com/t/9") == \
        [("PHONE_NUMBER", "512-33-9087")]
    assert found(scrubber, "Bel me op 078-44-0195 na vijf uur.", url="https://forum.example.be/t/9") == \
        [("PHONE_NUMBER", "078-44-0195")]


@pytest.mark.parametrize("text, expected", [
    ("git clone git@gitlab.example.org:team/app.git", []),
    ("root@db2.example.net:~$ uptime", []),
    ("ping ops@example.org: disk full", [("EMAIL_ADDRESS", "ops@example.org")]),
    # an IPv4 network's own address with its prefix names no host (blind6 round); a host's stays
    ("route 10.20.0.0/16 via 192.0.2.1", [("IP_ADDRESS", "192.0.2.1")]),
    ("route 10.20.3.7/16 via 192.0.2.1", [("IP_ADDRESS", "10.20.3.7"), ("IP_ADDRESS", "192.0.2.1")]),
    ("inet6 2001:db8:7::/48 assigned", [("IP_ADDRESS", "2001:db8:7::")]),
])
def test_git_remotes_and_cidr_prefixes(scrubber, text, expected):
    assert found(scrubber, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("My number is 2125550143, text anytime.", [("PHONE_NUMBER", "2125550143")]),
    ("Her number: 655-895-3544", [("PHONE_NUMBER", "655-895-3544")]),
    ("my number 512-33-9087", [("US_SSN", "512-33-9087")]),     # no US phone is written 3-2-4
    ("My order number is 2125550143.", []),                     # "order" stands nearer
])
def test_a_persons_number(scrubber, text, expected):
    assert found(scrubber, text, url=None, language="en") == expected


def test_a_card_block_with_the_brand_two_lines_up(scrubber):
    number = _luhn("350412345678901")  # Faker prints JCB numbers anywhere in 35xx
    text = f"JCB 16 digit\nJo Park\n{number} 04/29\nCVC: 311\n"
    assert found(scrubber, text) == [("CREDIT_CARD", number)]


@pytest.mark.parametrize("text, number", [
    ("Out of hours 0117 496 0321", "0117 496 0321"),    # "hours" ends like "Rs": no rupee amount
    ("Our partners 0117 496 0321", "0117 496 0321"),
    ("Booking line 0117 496 0321", "0117 496 0321"),     # a label nearer than "booking"
    ("Pharmacy line 0117 496 0321", "0117 496 0321"),
    ("After hours: 0117 496 0321", "0117 496 0321"),
    ("Dispatch 729-395-9006", "729-395-9006"),           # NANP-numbered, not (yet) in use
    ("Clinic 562.476.8301", "562.476.8301"),
])
def test_role_lines_and_nanp_shapes(scrubber, text, number):
    assert found(scrubber, text, url=None, language="en") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize("text", [
    "Rs 0117 496 0321 paid",                 # a currency code of its own
    "Booking 0117-496-0321 confirmed",       # a booking number, and 0xx is no NANP area code
    "Batch 729-095-9006 shipped",            # exchange 0xx: no NANP number
])
def test_amounts_and_named_numbers_stay(scrubber, text):
    assert [e for e, _ in found(scrubber, text, url=None, language="en")] == []


@pytest.mark.parametrize("half", ["tune", "held"])
def test_the_committed_wild_sets_are_what_the_generator_writes(half):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_wild

    written = pii_wild.load(half)[:60]
    # the Italian footers' city names followed the hash seed when the sets were written
    assert [r for r in pii_wild.generate(half, n=60) if "P.IVA" not in r["text"]] == \
        [r for r in written if "P.IVA" not in r["text"]]


VISA = _luhn("453201511283036")


@pytest.mark.parametrize("text, number", [
    (f"card#{VISA}", VISA),                                   # glued to a label, with a brand
    (f"cc:{VISA}", VISA),
    (f"card_number={VISA}&exp=11/28", VISA),
    (f"card no.{VISA}", VISA),
    ("card: " + ".".join(VISA[i:i + 4] for i in range(0, 16, 4)), ".".join(VISA[i:i + 4] for i in range(0, 16, 4))),
    ("card: " + "\u00a0".join(VISA[i:i + 4] for i in range(0, 16, 4)), "\u00a0".join(VISA[i:i + 4] for i in range(0, 16, 4))),
    ("card: " + "  ".join(VISA[i:i + 4] for i in range(0, 16, 4)), "  ".join(VISA[i:i + 4] for i in range(0, 16, 4))),
    ("card: " + " - ".join(VISA[i:i + 4] for i in range(0, 16, 4)), " - ".join(VISA[i:i + 4] for i in range(0, 16, 4))),
])
def test_cards_glued_to_labels_and_other_separators(scrubber, text, number):
    assert found(scrubber, text) == [("CREDIT_CARD", number)]


@pytest.mark.parametrize("text", [
    f"?id={_luhn('899123456789012')}&x=1",    # glued, no issuer prefix: a query parameter
    f"ref#{_luhn('899123456789012')}",
    "build 10.0.19045.3803.2",
])
def test_glued_numbers_of_no_brand_stay(scrubber, text):
    assert found(scrubber, text) == []


# --- classes found by the lead's own probes after the wild round (cards of national schemes,
# cards in CSV cells before a numeric cell, IBANs with doubled spaces or no-break spaces) --------

# Elo 509x / 6277, Hipercard 606282, RuPay 6085, Troy 9792, Verve 5078, Dankort 5019, UzCard 8600
NATIONAL_CARDS = [_luhn(body) for body in (
    "509012345678901", "627780123456789", "606282123456789", "608512345678901", "979212345678901",
    "507812345678901", "501912345678901", "860012345678901",
)]


@pytest.mark.parametrize("digits", NATIONAL_CARDS)
def test_cards_of_national_schemes_without_a_card_word(scrubber, digits):
    spaced = _spaced(digits)
    assert found(scrubber, f"Please charge {spaced} for the order.") == [("CREDIT_CARD", spaced)]
    assert found(scrubber, f"Please charge {digits} for the order.") == [("CREDIT_CARD", digits)]


@pytest.mark.parametrize("number", [
    _spaced(_luhn("411111111111111")), _luhn("530012345678901"), "-".join(
        _luhn("34001234567890")[i:j] for i, j in ((0, 4), (4, 10), (10, 15)))])
def test_a_card_in_a_csv_cell_before_a_numeric_cell(scrubber, number):
    text = f"customer,card,amount,qty\nAnn Lee,{number},42.00,3\nBo Chan,none,7.50,1\n"
    assert found(scrubber, text) == [("CREDIT_CARD", number)]
    # outside a table, digits glued on by a comma still make it a longer number
    assert found(scrubber, f"total {number.replace(' ', '')},42 units") == []


@pytest.mark.parametrize("separator", ["  ", "\u00a0", " ", "-", ""])
@pytest.mark.parametrize("iban", ["DE89370400440532013000", "GB29NWBK60161331926819",
                                  "FR1420041010050500013M02606", "NO9386011117947"])
def test_ibans_in_groups_apart_by_any_printed_separator(scrubber, separator, iban):
    printed = separator.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    assert found(scrubber, f"Bitte überweisen Sie auf {printed} bis Freitag.", language="de") == \
        [("IBAN_CODE", printed)]
    # a wrong check digit is no IBAN, however it is printed
    wrong = printed[:2] + ("00" if printed[2:4] != "00" else "01") + printed[4:]
    assert [e for e, _ in found(scrubber, f"Ref {wrong} bis Freitag.", language="de")] == []


@pytest.mark.parametrize("text", [
    "Customer no. 030 824 6281", "Customer number: 948 219 9351", "customer # 212 555 0147",
    "Cust. no. 0161 496 0753", "Sort code: 31 48 66 Acc: 04923794",
])
def test_customer_and_account_numbers_shaped_like_phones_are_not_phones(scrubber, text):
    assert [e for e, _ in found(scrubber, text)] == []


@pytest.mark.parametrize("text, number", [
    ("Customer service: (212) 555-0147", "(212) 555-0147"),
    ("Customer care 0800 123 4567", "0800 123 4567"),
    ("Customer no. 4711 - questions? Call (212) 555-0147", "(212) 555-0147"),
])
def test_customer_service_lines_stay_phones(scrubber, text, number):
    assert found(scrubber, text) == [("PHONE_NUMBER", number)]
