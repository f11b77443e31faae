"""blind33 round, part a (pii-classes30a): the phone classes read in blind33's errors, with cases
of our own (other languages and scripts, other tools' output, other shapes) and the near misses
that must stay as they are."""
from __future__ import annotations

import pytest

from tests.stages.pii_helpers import phones

# --- a "label | value" row: the label cell before the pipe names the value ---


@pytest.mark.parametrize("text, value", [
    ("Order no. | 272-326-3916", "272-326-3916"),
    ("Order no. | 272-326-3916\nPhone | 02-249-1892", "272-326-3916"),
    ("주문 번호 | 614-877-0563\n전화 | 02-229-8458", "614-877-0563"),  # Korean: order number
    ("შეკვეთა № | 048-675-248\nტელ. | 0322516688", "048-675-248"),  # Georgian: order no.
    ("Αρ. παραγγελίας | 6895-953559\nΤηλ. | +30 21 2327 2226", "6895-953559"),  # Greek: order no.
    ("Kundennummer | 0171 441 8229\nTelefon | 030 1234567", "0171 441 8229"),
])
def test_pipe_row_label_names_another_number(scrubber, text, value):
    assert value not in phones(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("Phone | 02-249-1892", "02-249-1892"),
    ("Order no. | 272-326-3916\nPhone | 02-249-1892", "02-249-1892"),
    ("Anna Berg | 0171 2345678", "0171 2345678"),  # a name cell names nothing else
    # a key-value block whose first row holds an e-mail: that row is no table header
    ("メール | orders@studio.example.jp\n会員番号 | 97-2139-2317\n携帯 | 090-1279-6494\n電話 | 03-1278-7601",
     "090-1279-6494"),
    ("メール | orders@studio.example.jp\n会員番号 | 97-2139-2317\n携帯 | 090-1279-6494\n電話 | 03-1278-7601",
     "03-1278-7601"),
    ("E-mail | orders@shop.example.com\nMobile | 0171 2345678", "0171 2345678"),
])
def test_pipe_row_phone_label_stays(scrubber, text, value):
    assert value in phones(scrubber, text)


def test_pipe_row_member_number_under_email_row_is_not_a_phone(scrubber):
    text = "メール | orders@studio.example.jp\n会員番号 | 97-2139-2317\n携帯 | 090-1279-6494"
    assert "97-2139-2317" not in phones(scrubber, text)


# --- labels naming another number, in languages and registers the lists lacked ---


@pytest.mark.parametrize("text, value", [
    ("FRN: 0051686017\nPhone: (952) 868-0813", "0051686017"),  # FCC Registration Number
    ("FCC FRN 0073468316", "0073468316"),
    ("Senha de aula: 91 275 3788\nTelefone: 21 298 9332", "91 275 3788"),  # Portuguese: a code
    ("Senha: 21 952 0088", "21 952 0088"),
    ("பதிவு எண்\t0745 2748 1222\nகைபேசி\t081234 65083", "0745 2748 1222"),  # Tamil: registration no.
    ("வாடிக்கையாளர் எண்: 3219 4523 8778", "3219 4523 8778"),  # Tamil: customer no.
    ("রসিদ নং | 6428-226658\nফোন | +88027288791", "6428-226658"),  # Bengali: receipt no.
    ("সদস্য নম্বর: 6428-226658", "6428-226658"),  # Bengali: member number
    ("বিকাশ রেফারেন্স | 3419866328", "3419866328"),  # Bengali: a payment's reference
    ("Аяллын код\t0966-408-45\nУтас\t53287943", "0966-408-45"),  # Mongolian: trip code
    ("Код заказа: 0737-410-75", "0737-410-75"),  # Russian: order code
    ("מיקוד: 8690116\nנייד: 050-223-7283", "8690116"),  # Hebrew: postcode
    ("کد پستی 9910347885", "9910347885"),  # Persian: postcode
    ("ቲን 6660664813", "6660664813"),  # Amharic: TIN
    ("ՀՎՀՀ 01787341", "01787341"),  # Armenian: tax id
])
def test_other_number_labels(scrubber, text, value):
    assert value not in phones(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("Телефон: код города (495) 123-45-67", "(495) 123-45-67"),  # an area code's "код" stays a phone's
    ("தொலைபேசி எண்: 044 2345 6789", "044 2345 6789"),  # Tamil: telephone number
    ("ফোন নম্বর: 01812-843934", "01812-843934"),  # Bengali: phone number
    ("Telefone: 21 298 9332", "21 298 9332"),
])
def test_phone_number_words_stay(scrubber, text, value):
    assert value in phones(scrubber, text)


# --- a link's phone word is no neighbour of the next element's "number" word ---


@pytest.mark.parametrize("text, value", [
    ('<footer>Club<br>\n<a href="tel:+85523955542">ទូរស័ព្ទ</a> លេខវិក្កយបត្រ 096-557-275</footer>\n', "096-557-275"),
    ('<footer>School<br>\n<a href="tel:+917410949007">தொலைபேசி</a> பதிவு எண் 3219 4523 8778</footer>\n',
     "3219 4523 8778"),
])
def test_link_phone_word_does_not_reach_next_label(scrubber, text, value):
    assert value not in phones(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("ទូរស័ព្ទ: 023 440 272", "023 440 272"),
    ("លេខទូរស័ព្ទ 023 440 272", "023 440 272"),  # Khmer: "number" compounded with "telephone"
    ("फोन  नम्बर: 9841578605", "9841578605"),  # a gap of spaces between the phone word and "number"
])
def test_phone_word_beside_number_word_stays(scrubber, text, value):
    assert value in phones(scrubber, text)


# --- phone words of Armenian, Mongolian, Swahili; a FHIR record's telecom= key ---


@pytest.mark.parametrize("text, value", [
    ("Հեռ.\t010169593\nԲջջ.\t077858040\n", "010169593"),
    ("Հեռ.\t010169593\nԲջջ.\t077858040\n", "077858040"),
    ("Զանգահարեք 077972371 համարով։", "077972371"),
    ("Բջջ.: 077627076", "077627076"),
    ("Утас\t53519310", "53519310"),
    ("Гар утас: 88148160", "88148160"),
    ("Piga simu 020 2664171 kwa miadi.", "020 2664171"),
    ("Marcações pelo 912566886, de segunda a sábado.", "912566886"),
    ("2026-12-04T08:29:00Z INFO fhir-sync PUT Patient/pt-1 from 10.0.0.1 telecom=312-952-1886 npi=1404616776\n",
     "312-952-1886"),
    ("patient.telecom=+14155550123 status=ok", "+14155550123"),
])
def test_new_phone_words(scrubber, text, value):
    assert value in phones(scrubber, text)


@pytest.mark.parametrize("text, value", [
    ("Պատվեր №\t23-819-627\nՀեռ.\t010169593", "23-819-627"),  # Armenian: order no.
    ("telecom_id=2024011712 status=ok", "2024011712"),  # a telecom's id, no phone
    ("Sesiune simulare 2024 0117 1234", "2024 0117 1234"),
])
def test_new_phone_words_near_misses(scrubber, text, value):
    assert value not in phones(scrubber, text)
