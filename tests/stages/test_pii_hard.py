"""The pii step on the classes benchmarks/pii_hard.py (issue 26) measures: numbers that look like
phone numbers but are named as something else in many languages, table columns, phone span
boundaries (numbers joined by "/", broken over a line), and cards of every grouping and issuer with
card words, keys and columns as context. Every case here is written for this file (none is copied
from a labelled set)."""
from __future__ import annotations

import pytest

from stages.pii import PiiScrubber
from stages.pii_cards import _luhn_valid


@pytest.fixture(scope="module")
def scrubber() -> PiiScrubber:
    return PiiScrubber()


def found(scrubber, text, url=None, language=None):
    return [(r.entity_type, text[r.start:r.end]) for r in scrubber.find(text, url, language)]


def _luhn(body: str) -> str:
    for check in "0123456789":
        if _luhn_valid(body + check):
            return body + check
    raise AssertionError(body)


# --- phone precision: other numbers named by compounds, abbreviations, "number of ..." -------------

@pytest.mark.parametrize("label, value, language", [
    ("Medlemsnummer", "070-481 22 95", "sv"), ("Försäkringsnummer", "08-551 203 44", "sv"),
    ("Jäsennumero", "040 512 3387", "fi"), ("Lähetystunnus", "050 471 2290", "fi"),
    ("Sag nr.", "33 12 45 67", "da"), ("Talep no", "0532 418 27 19", "tr"),
    ("Spis č.", "602 314 778", "cs"), ("Заявка №", "8 (495) 318-22-41", "ru"),
    ("Номер участника", "8 912 404-18-27", "ru"), ("Číslo objednávky", "777 201 339", "cs"),
    ("Nr członkowski", "601 238 447", "pl"), ("N° d'adhérent", "06 41 27 88 19", "fr"),
    ("Numero pratica", "02 4817 3329", "it"), ("Prenotazione n.", "347 118 2290", "it"),
    ("会員番号", "03-4417-2290", "ja"), ("预订号", "010 6645 2210", "zh"),
    ("หมายเลขการจอง", "02 118 4471", "th"), ("Viite", "09 418 2277", "fi"),
])
def test_numbers_named_as_something_else_are_no_phones(scrubber, label, value, language):
    text = f"Tel. +44 20 7946 0321\n{label}: {value}\n"
    assert found(scrubber, text, language=language) == [("PHONE_NUMBER", "+44 20 7946 0321")]


@pytest.mark.parametrize("label, value, language", [
    ("Telefonnummer", "030 41872290", "de"), ("Puhelinnumero", "09 418 2277", "fi"),
    ("Handynummer", "0171 4418229", "de"), ("numero di telefono", "02 4817 3329", "it"),
    ("Notrufnummer", "0800 411 0 411", "de"), ("電話番号", "03-4417-2290", "ja"),
    ("Tel. nr.", "33 12 45 67", "da"), ("Номер телефона", "8 (495) 318-22-41", "ru"),
    ("Call this number", "(415) 555-0132", "en"), ("Номер для связи", "8 912 404-18-27", "ru"),
    ("Numéro vert", "0 800 12 34 56", "fr"), ("Daytime number", "(415) 555-0132", "en"),
    ("Kundendienstnummer", "030 41872290", "de"), ("Number for bookings", "020 7946 0321", "en"),
    ("Mobiel nummer", "06 12345678", "nl"), ("Neue Nummer", "+49 1234 567890", "de"),
])
def test_phone_words_with_a_number_word_stay_phones(scrubber, label, value, language):
    assert found(scrubber, f"{label}: {value}", language=language) == [("PHONE_NUMBER", value)]


def test_a_column_named_for_another_number_is_no_phone_column(scrubber):
    text = ("| Name | Telefon | Kundennr. | Termin |\n|---|---|---|---|\n"
            "| A. Kurz | 030 4187 2290 | 040 5512 3387 | 12.03.2024 |\n"
            "| B. Lang | 0171 441 8229 | 089 1204 5511 | 13.03.2024 |\n")
    assert found(scrubber, text, language="de") == [("PHONE_NUMBER", "030 4187 2290"),
                                                    ("PHONE_NUMBER", "0171 441 8229")]


def test_a_header_is_looked_for_up_to_the_markdown_rule(scrubber):
    # the second table's header row opens with a stray amount: still its header
    text = ("| Name | Date | Price |\n|---|---|---|\n| Ann | 2024-01-02 | 3 100 € |\n"
            "4 218 330 zł | Name | Mobile |\n|---|---|---|\n| Bo | 0171 441 8229 |\n")
    assert ("PHONE_NUMBER", "0171 441 8229") in found(scrubber, text, language="de")


def test_a_label_before_a_list_of_numbers_names_each(scrubber):
    assert found(scrubber, "Clearing: 8327-9, 914 552 017-3\nTel. 08-123 456 78", language="sv") == \
        [("PHONE_NUMBER", "08-123 456 78")]


# --- phone span boundaries ---------------------------------------------------------------------

@pytest.mark.parametrize("text, numbers", [
    ("Tel.: 0171 4418229/030 41872290", ["0171 4418229", "030 41872290"]),
    ("Tél. : +33 1 44 27 18 90/+33 6 12 44 87 19", ["+33 1 44 27 18 90", "+33 6 12 44 87 19"]),
    ("Telefon: 0664 1234567/(01) 512 44 87", ["0664 1234567", "(01) 512 44 87"]),
    ("Tel.: 089 1204/5511", ["089 1204/5511"]),  # one number, its area code written apart
])
def test_numbers_joined_by_a_slash(scrubber, text, numbers):
    regions = {"Tél": "fr", "Telefon:": "de"}
    language = next((lang for key, lang in regions.items() if text.startswith(key)), "de")
    assert found(scrubber, text, language=language) == [("PHONE_NUMBER", n) for n in numbers]


def test_a_number_broken_over_a_line_is_one(scrubber):
    text = "Telefon: +49 30\n4187 2290\nE-Mail: info@example.de"
    assert found(scrubber, text, language="de")[0] == ("PHONE_NUMBER", "+49 30\n4187 2290")


@pytest.mark.parametrize("text", [
    "Tel: 030 41872290\n10115 Berlin",  # a whole number, then a postal code
    "Büro: 0221 4418229\n79-120 Rechnung 2024",
])
def test_a_whole_number_is_not_joined_to_the_next_line(scrubber, text):
    assert [value for kind, value in found(scrubber, text, language="de") if kind == "PHONE_NUMBER"] == \
        [text.split(": ")[1].split("\n")[0]]


def test_dotted_national_numbers_with_a_trunk_zero_are_no_ip_addresses(scrubber):
    assert found(scrubber, "Fax: 08.41.22.95", "https://example.se", "sv") == \
        [("PHONE_NUMBER", "08.41.22.95")]


# --- cards -------------------------------------------------------------------------------------

def _group(digits: str, sizes: tuple[int, ...], separator: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i:i + size])
        i += size
    return separator.join(out)


@pytest.mark.parametrize("body, sizes", [
    ("411111111111111111", (4, 4, 4, 7)), ("622126000000000001", (6, 13)), ("220412345678901", (4, 4, 4, 4)),
    ("353012345678901234", (4, 4, 4, 4, 3)), ("401288888888", (4, 4, 5)), ("401288888888", (4, 3, 3, 3)),
    ("502012345678901", (4, 4, 4, 4)), ("3600000000000", (4, 6, 4)), ("62212600000000001", (4, 4, 4, 6)),
])
@pytest.mark.parametrize("separator", [" ", "-", "  ", "\u00a0", "."])
def test_cards_in_every_printed_grouping(scrubber, body, sizes, separator):
    number = _group(_luhn(body), sizes, separator)
    assert found(scrubber, f"Card number: {number}") == [("CREDIT_CARD", number)]


@pytest.mark.parametrize("label", ["Kaartnummer", "Maksukortti", "Betalingskort", "Номер карты", "卡号",
                                   "Kart numarası", "Numéro de carte", "cardNumber", "Belkart", "RuPay"])
def test_cards_of_no_known_prefix_count_with_a_card_word(scrubber, label):
    number = _group(_luhn("911283746501928"), (4, 4, 4, 4), " ")  # no issuer prefix we know
    assert found(scrubber, f"{label}: {number}") == [("CREDIT_CARD", number)]
    assert found(scrubber, f"Paid: {number}") == []  # no card word: not reported


def test_a_card_word_after_the_number(scrubber):
    number = _group(_luhn("911283746501928"), (4, 4, 4, 4), ".")
    assert found(scrubber, f"Lütfen {number} numaralı kartımdan çekin.") == [("CREDIT_CARD", number)]


def test_card_columns_keys_and_other_number_columns(scrubber):
    card, order = _luhn("911283746501928"), _luhn("541234567890123")  # order: a Mastercard's shape
    csv = f"name,card_no,exp,order_id\nAnn Lee,{card},08/29,{order}\nBo Li,{card},09/30,{order}\n"
    assert found(scrubber, csv) == [("CREDIT_CARD", card), ("CREDIT_CARD", card)]
    assert found(scrubber, f'{{"pan": "{card}", "order_id": "{order}"}}') == [("CREDIT_CARD", card)]
    assert found(scrubber, f"cc_number={card}&order={order}&exp=0829") == [("CREDIT_CARD", card)]


def test_a_card_broken_over_a_line(scrubber):
    number = _luhn("453201511283036")
    text = f"Please charge my card {number[:4]} {number[4:8]}\n{number[8:12]} {number[12:]} today."
    assert found(scrubber, text) == [("CREDIT_CARD", f"{number[:4]} {number[4:8]}\n{number[8:12]} {number[12:]}")]


VALID_CARD = _luhn("453201511283036")
INVALID_CARD = VALID_CARD[:-1] + str((int(VALID_CARD[-1]) + 3) % 10)


@pytest.mark.parametrize("text", [
    "Card: **** **** **** 4417", "Kartennummer: XXXX-XXXX-XXXX-4417", f"Card number: {_group(INVALID_CARD, (4, 4, 4, 4), ' ')}",
    f"Karte: {INVALID_CARD[:6]}******{INVALID_CARD[-4:]}",
])
def test_masked_and_luhn_invalid_cards_are_not_cards(scrubber, text):
    assert not _luhn_valid(INVALID_CARD)
    assert [kind for kind, _ in found(scrubber, text)] == []


def test_a_card_hotline_is_a_phone_not_a_card(scrubber):
    number = _luhn("08001234567")  # 12 digits, Luhn-valid
    text = f"Lost your card? Call {number[:4]} {number[4:8]} {number[8:]} at any time."
    assert "CREDIT_CARD" not in [kind for kind, _ in found(scrubber, text)]


def test_turkish_cep_is_a_mobile_label_and_brazilian_cep_a_postal_code(scrubber):
    assert found(scrubber, "Cep: 0532 418 27 19", language="tr") == [("PHONE_NUMBER", "0532 418 27 19")]
    assert found(scrubber, "CEP 04538-133, São Paulo", language="pt") == []
    assert found(scrubber, "CEP: 741 220 905\nTel.: (11) 3456-7890", language="pt") == \
        [("PHONE_NUMBER", "(11) 3456-7890")]


@pytest.mark.parametrize("text, phones", [
    # a dash and a phone word after a number start a new clause about another number
    ("Auftrag 401-552-8817 – rufen Sie uns an unter 030 41872290!", ["030 41872290"]),
    ("Policy 512 884 2291 – call us on (415) 555-0132.", ["(415) 555-0132"]),
    # a label naming another number in brackets after it
    ("0171 441 8229 (Kundennummer)\n030 41872290 (Büro)", ["030 41872290"]),
    ("(415) 555-0199 (order no.)", []),
    # a label, then a tab, a dash or leader dots, then the number
    ("Kontakt\nJäsennumero\t040 512 3387\nPuhelin\t09 418 2277", ["09 418 2277"]),
    ("Klantnummer – 020 512 3387\nTelefoon – 020 418 2277", ["020 418 2277"]),
    ("Medlemsnummer .......... 08-551 203 44\nTelefon .......... 08-123 456 78", ["08-123 456 78"]),
])
def test_labels_after_and_across_separators(scrubber, text, phones):
    language = "de" if "Auftrag" in text or "Kunden" in text else "fi" if "Jäsen" in text else \
        "nl" if "Klant" in text else "sv" if "Medlem" in text else "en"
    assert [v for kind, v in found(scrubber, text, language=language) if kind == "PHONE_NUMBER"] == phones


def test_a_name_cell_before_a_phone_is_no_label(scrubber):
    text = "Name\tOffice\tDate\nAnna P.\t+61 8 1525 4203\t2024-01-02\n"
    assert found(scrubber, text) == [("PHONE_NUMBER", "+61 8 1525 4203")]


# benchmarks/pii_hard.py (BENCHMARKS.md `## PII beyond the dev set`, issue 26), floors just under
# what was measured with the final step: hard tune (read) phone P 0.9991 R 0.9983, card P 1.0 R
# 0.9940; hard held (blind at its first scoring, phone P 0.8090; the second, after fixes found on
# its templates under another seed) phone P 0.9901 R 0.9964, card P 1.0 R 0.9850. With both
# context models on (the default since docs/pii.md's "Models trained with blind10 and blind11"):
# hard tune phone P 1.0 R 0.9983, card P 1.0 R 0.9970; hard held phone P 0.9901 R 0.9955, card
# P 0.9970 R 0.9910 (one false card, two found; measured once, errors not read). Weights of
# "Models trained on sixteen authors": hard held card P 1.0 R 0.9880, phone P 0.9901 R 0.9955.
@pytest.mark.parametrize("half, floors", [
    ("tune", {"PHONE_NUMBER": (0.998, 0.997), "CREDIT_CARD": (0.999, 0.99)}),
    ("held", {"PHONE_NUMBER": (0.988, 0.994), "CREDIT_CARD": (0.996, 0.98)}),
])
def test_hard_sets_floors(scrubber, half, floors):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_eval
    import pii_hard

    rows = pii_hard.load(half)
    assert len(rows) == 1000 and len({row["language"] for row in rows if row["language"]}) == 17
    results, _ = pii_eval.score(rows, scrubber.find)
    for entity, (min_precision, min_recall) in floors.items():
        r = results[entity]
        assert r["tp"] + r["fn"] >= 300, (entity, r)
        assert r["precision"] >= min_precision and r["recall"] >= min_recall, (entity, round(r["precision"], 4), round(r["recall"], 4))
