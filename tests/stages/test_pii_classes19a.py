"""blind22's phone error classes (pii-classes19a), with cases of our own and near misses beside them."""
from __future__ import annotations

from tests.stages.pii_helpers import phones

# --- an id with check or suffix letters after a hyphen: no phone number ---------------------------


def test_number_with_hyphenated_suffix_letters_is_no_phone(scrubber):
    roster = ("member\tphone\tclaim\n"
              "Ada Brun\t(415) 238-7710\t-\n"
              "Rui Costa\t517-42-3381-B\tn/a\n"
              "Li Wei\t212-660-4187\t-\n")
    assert phones(scrubber, roster, "en") == {"(415) 238-7710", "212-660-4187"}
    assert phones(scrubber, "Tel. 0612-884401-AB for the form", "de") == set()
    assert phones(scrubber, "Mitgliedsausweis 4490-4367-k, Telefon 030 8845 1120", "de") == {"030 8845 1120"}


def test_number_with_hyphenated_suffix_letters_near_misses(scrubber):
    # an extension after the hyphen's letter, a word after a space, a vanity word and the next
    # line's letters leave the phone as it was
    assert phones(scrubber, "Call (415) 238-7710 x12 today", "en") == {"(415) 238-7710 x12"}
    assert phones(scrubber, "Phone: 212-660-4187 - A. Moss", "en") == {"212-660-4187"}
    assert phones(scrubber, "Tel. 030 8845 1120\nA-Z Liste", "de") == {"030 8845 1120"}
    assert phones(scrubber, "Ring 212-660-4187 A or B", "en") == {"212-660-4187"}


# --- a bare number after a labelled phone, parted by a gap or a bracket, not by a list's join -----


def test_bare_number_after_a_labelled_phone_is_no_phone(scrubber):
    assert phones(scrubber, "Mobil: 0171 2345678   004512873361209", "de") == {"0171 2345678"}
    assert phones(scrubber, "Téléphone : 01 42 68 53 00  77120394", "fr") == {"01 42 68 53 00"}
    assert phones(scrubber, "Κιν.: 694 123 4567  31569118", "el") == {"694 123 4567"}
    assert phones(scrubber, "Cell: (312) 555-0178  83920417 (badge)", "en") == {"(312) 555-0178"}


def test_bare_number_after_a_labelled_phone_near_misses(scrubber):
    # a list's join, a single space or words between keep the label's reach; a valid number
    # stays a phone by its own digits
    assert phones(scrubber, "Tel. 030 123456 / 030 654321", "de") == {"030 123456", "030 654321"}
    assert phones(scrubber, "Mobil: 0171 2345678, 0160 9876543", "de") == {"0171 2345678", "0160 9876543"}
    assert phones(scrubber, "Mobil: 0171 2345678  0160 9876543", "de") == {"0171 2345678", "0160 9876543"}
    assert phones(scrubber, "Tel. 030 123456 oder 030 654321", "de") == {"030 123456", "030 654321"}


# --- a phone word of one language that is an everyday word of the page's ----------------------


def test_polish_cel_names_no_phone(scrubber):
    assert phones(scrubber, "Zbiórka na dach / cel: 48 350 120 / 77120394", "pl") == set()
    assert phones(scrubber, "Cel: 28 220 202 zebrane do końca roku", "pl") == set()


def test_cel_near_misses(scrubber):
    # Spanish and Portuguese pages keep "cel." as the mobile's label, and a Polish page its
    # own phone words
    assert phones(scrubber, "Cel: 55 1234 5678", "es") == {"55 1234 5678"}
    assert phones(scrubber, "cel. 11 98765-4321", "pt") == {"11 98765-4321"}
    assert phones(scrubber, "Zbiórka / tel.: 22 628 12 40", "pl") == {"22 628 12 40"}


def test_ipv6_loopback_starts_no_number(scrubber):
    assert phones(scrubber, "# ::1 1.3.6.1.4.1.3845.1 build 3.48.128", "en") == set()
    assert phones(scrubber, "listen [::1]:8080 and call 020 7946 0958", "en") == {"020 7946 0958"}


# --- phone words missing: "on-call", Portuguese "liguem", Hebrew future "תתקשר" --------------------


def test_on_call_and_plural_call_words_name_phones(scrubber):
    assert phones(scrubber, "# oncall 7721 4093  owner: platform team", "en") == {"7721 4093"}
    assert phones(scrubber, "On-call: 6631 0492 (weekends)", "en") == {"6631 0492"}  # (as before)
    assert phones(scrubber, "Liguem-nos para o 23 418 907, por favor.", "pt") == {"23 418 907"}
    assert phones(scrubber, "תתקשרי אליי למספר 52 7731904 בערב.", "he") == {"52 7731904"}


def test_call_word_near_misses(scrubber):
    # a word naming another number stands nearer, or the number is a date or an amount
    assert phones(scrubber, "# oncall rotation ticket 7721 4093", "en") == set()
    assert phones(scrubber, "Liguem-nos: fatura n.º 4471 2093 de 2025.", "pt") == set()
    assert phones(scrubber, "# oncall since 2024-03-05", "en") == set()


# --- a bracketed area code with a slash after the trunk prefix (Hungarian "(06/1)") --------------


def test_slashed_area_code_in_brackets_is_part_of_the_phone(scrubber):
    assert phones(scrubber, "Tel.: (06/1) 388 2210", "hu") == {"(06/1) 388 2210"}
    assert phones(scrubber, "Mobil | Datum\n(06/30) 412 7788 | 15.07.2025", "cs") == {"(06/30) 412 7788"}


def test_slashed_area_code_near_misses(scrubber):
    # a bracketed fraction or date before digits is no area code
    assert phones(scrubber, "see (12/3) 241 5128", "en") == set()
    assert phones(scrubber, "Tel.: (06-1) 388 2210", "hu") == {"(06-1) 388 2210"}


# --- a value labelled a date, or in a date column, is no phone ------------------------------------


def test_value_labelled_a_date_is_no_phone(scrubber):
    assert phones(scrubber, "Mobil 0171 2345678  ·  Datum 412 118 27", "de") == {"0171 2345678"}
    assert phones(scrubber, "Fecha: 8841 2290", "es") == set()
    assert phones(scrubber, "手机 | 日期\n0912 250 100 | 947 905 57\n", "zh") == {"0912 250 100"}


def test_value_labelled_a_date_near_misses(scrubber):
    # a word ending in "date" is no date label; a phone column beside a date column keeps its phones
    assert phones(scrubber, "Update: 0171 2345678", "de") == {"0171 2345678"}
    assert phones(scrubber, "Telefon | Datum\n030 123456 | 12.03.2025\n", "de") == {"030 123456"}


# --- a ZIP+4 code on a line whose phone word names another number ----------------------------------


def test_zip_plus_four_after_a_phone_words_number_is_no_phone(scrubber):
    line = "602.719.448 (kom.) · ola.nowak@example.pl · 29410-7730"
    assert phones(scrubber, line, "pl") == {"602.719.448"}
    line = "＋８２ １０-２２３１-４４１９ (휴대폰) · jiwoo@example.kr · 63512-4471"
    assert phones(scrubber, line, "ko") == {"＋８２ １０-２２３１-４４１９"}


def test_zip_plus_four_near_misses(scrubber):
    # a label right before it, a trunk 0 or a Brazilian page keep a phone
    assert phones(scrubber, "Tel.: 38117-2204", "en") == {"38117-2204"}
    assert phones(scrubber, "Ligue para 91234-5678 hoje, por favor", "pt") == {"91234-5678"}
