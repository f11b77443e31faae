"""Error classes of blind18 and blind19 (read after their single scoring) for cards and US SSNs,
with cases written for these tests and the near misses beside them (issue 26, pii-classes16b)."""
from __future__ import annotations

from stages.pii_cards import _luhn_valid, unbranded_may_be_card
from tests.stages.pii_helpers import found, of_type, ssns


def _luhn(body: str) -> str:
    """`body` with the Luhn check digit appended."""
    return next(body + d for d in "0123456789" if _luhn_valid(body + d))


def cards(scrubber, text):
    return of_type(scrubber, text, "CREDIT_CARD")


# --- cards: what the standard allows a number of no brand -----------------------------------------

def test_no_network_industry_nor_odd_national_length():
    # major industry 0 is no payment network's; 8 and 9 (national schemes) print 16 digits
    assert not unbranded_may_be_card(_luhn("071234567890123"))
    assert not unbranded_may_be_card(_luhn("8123456789012"))
    assert not unbranded_may_be_card(_luhn("912345678901234567"))
    assert unbranded_may_be_card(_luhn("911212345678901"))  # 16 digits: Belkart's length
    assert unbranded_may_be_card(_luhn("941234567890123"))  # BC Card


def test_card_words_do_not_make_other_industries_cards(scrubber):
    zero, eight = _luhn("046177205318442"), _luhn("8821440399172")
    text = f"Card number: {zero[:4]} {zero[4:8]} {zero[8:12]} {zero[12:]}\nN° de carte : {eight}\n"
    assert cards(scrubber, text) == set()
    # a branded card under the same words still is one, and a 16-digit national scheme's
    visa, belkart = _luhn("453201511283036"), _luhn("911240157733620")
    text = f"Card number: {visa}\nN° de carte : {belkart}\n"
    assert cards(scrubber, text) == {visa, belkart}


def test_store_cards_of_no_brand(scrubber):
    number = _luhn("920381774620135")
    grouped = " ".join(number[i:i + 4] for i in range(0, 16, 4))
    for label in ("Carte de fidélité : ", "Bonuskarte: ", "Tarjeta de socio – ", "ポイントカード ",
                  "<td>회원 카드</td><td>", "Member card: "):
        assert cards(scrubber, f"Reçu\n{label}{grouped}\n") == set(), label
    # a payment card's words over the same number: a 16-digit national scheme's card
    assert cards(scrubber, f"Reçu\nCarte bancaire : {grouped}\n") == {grouped}
    # a payment brand under a store's word is still a card (the standard decides)
    visa = _luhn("455673012298341")
    assert cards(scrubber, f"Loyalty card: {visa}\n") == {visa}


def test_store_card_column_and_label_after(scrubber):
    store, visa = _luhn("910472385519063"), _luhn("401288800188188")
    table = f"Date | Card no. | Total | Member card\n03/02/2026 | {visa} | 12,00 € | {store}\n"
    assert cards(scrubber, table) == {visa}
    store2 = _luhn("950218846603371")
    assert cards(scrubber, f"{visa} (card no.)\n{store2} ← shipment no.\n") == {visa}


# --- cards: labels ------------------------------------------------------------------------------

def test_ocr_no_before_a_card(scrubber):
    mc = _luhn("552718400391726")
    grouped = " ".join(mc[i:i + 4] for i in range(0, 16, 4))
    assert cards(scrubber, f"| CARD N0 {grouped} |\n") == {grouped}
    assert cards(scrubber, f"| CARD N0 {mc} |\n") == {mc}
    # a real digit before: the tail of a longer number, not a card's start
    assert cards(scrubber, f"| REF 10 {mc[:13]} |\n") == set()


def test_product_label_ending_the_line_above_its_own_value(scrubber):
    visa = _luhn("447102933851160")
    grouped = " ".join(visa[i:i + 4] for i in range(0, 16, 4))
    text = f"7391 0028 4416 5502 91 ← Tracking no.\n{grouped}  [Card no.]\n"
    assert cards(scrubber, text) == {grouped}
    diners = _luhn("3012745581693")
    text = f"356938035643809 – IMEI\n{diners[:4]} {diners[4:10]} {diners[10:]} (Kartennummer)\n"
    assert cards(scrubber, text) == {f"{diners[:4]} {diners[4:10]} {diners[10:]}"}
    # a label alone on the line above still names the number under it
    assert cards(scrubber, f"Tracking no.\n{_luhn('409518820034771')}\n") == set()


# --- SSNs -------------------------------------------------------------------------------------------

def test_ocr_no_ends_an_ssn_label(scrubber):
    assert ssns(scrubber, "| EMPL0YEE S0C. SEC. N0 412-08-4117   EIN 13-7116088 |") == {"412-08-4117"}
    assert ssns(scrubber, "EMPL0YEE S0C. SEC. N0 412084117\n") == {"412084117"}
    # a digit that is a digit: a longer number's tail
    assert ssns(scrubber, "Part 80 412-08-4117 x 2\n") == set()


def test_bracketed_ssn_label_after_outranks_a_word_before(scrubber):
    for label in ("(SSN)", "(Soc. Sec. No.)", "(social)"):
        text = f"Prior claim: 318-79-3447 {label} filed 6/2021"
        assert ssns(scrubber, text) == {"318-79-3447"}, label
    assert ssns(scrubber, "Prior claim: 318-79-3447 (phone) filed 6/2021") == set()
    assert ssns(scrubber, "Claim no. 318793447 (filed 6/2021)") == set()


def test_letter_spaced_ssn_label(scrubber):
    assert ssns(scrubber, "APPLICANT NAME  ANN LEE\nS S N  |  534311046  |\n") == {"534311046"}
    assert ssns(scrubber, "S S W  |  534311046  |\n") == set()


def test_ssa_records_after_the_number(scrubber):
    text = "The number you gave us, 554403755, did not match SSA records. Please call."
    assert ssns(scrubber, text) == {"554403755"}
    assert ssns(scrubber, "The number you gave us, 554403755, did not match our records.") == set()


def test_sentence_ending_in_an_address(scrubber):
    text = "Copies were sent to ann.lee+web@verizon.net. Please verify 139427621 (SSN) before the hearing."
    assert ssns(scrubber, text) == {"139427621"}
    # the word naming another number is still read inside the number's own sentence
    assert ssns(scrubber, "Copies were sent to ann@att.net. Copy no. 139427621 is attached.") == set()


def test_tax_id_record_field(scrubber):
    text = "2025-03-01 update actor=svc_hr@hr-sync field=tax_id old=893507804 new=376722189 emp_id=8554\n"
    assert ssns(scrubber, text) == {"893507804", "376722189"}
    # another field's values are not SSNs; an ITIN (9xx) never is
    assert ssns(scrubber, "update field=badge_id old=893507804 new=376722189\n") == set()
    assert ssns(scrubber, "update field=tax_id old=912703804 new=976722189\n") == set()


def test_a_store_card_number_is_no_phone_either(scrubber):
    number = _luhn("05127730915844")
    grouped = f"{number[:4]} {number[4:8]} {number[8:12]} {number[12:]}"
    for text in (f"Rendez-vous\nCarte fidélité : {grouped}\n", f"Věrnostní karta – {grouped.replace(' ', '-')}\n"):
        assert {kind for kind, _ in found(scrubber, text)} == set(), text
    # a phone under a phone word is still a phone
    assert of_type(scrubber, "Tél. : 01 23 45 67 89\n", "PHONE_NUMBER") == {"01 23 45 67 89"}
