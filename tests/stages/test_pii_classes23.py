"""blind26's phone error classes (pii-classes23): dial links' numbers, purpose phrases before a
number a phone word follows, a list of numbers before an arrow's label, Georgian extensions and
phone words; with cases of our own (other languages, other shapes) and near misses."""
from __future__ import annotations

from tests.stages.pii_helpers import of_type


def phones(scrubber, text):
    return of_type(scrubber, text, "PHONE_NUMBER")


# --- a dial link's number (href="tel:…") and its visible text ------------------------------------


def test_dial_link_numbers(scrubber):
    assert phones(scrubber, 'Kontakt:\n<a href="tel:+41212569145">021 213 60 50</a>') == \
        {"+41212569145", "021 213 60 50"}
    assert phones(scrubber, "<p>Zadzwoń</p>\n<a class='btn' href='tel:+48123093020'>512 043 506</a>") >= \
        {"+48123093020"}
    assert phones(scrubber, '<a href="callto:+4930123456789">Anrufen</a>') == {"+4930123456789"}
    assert phones(scrubber, '<a href="sms:+33612345678?body=Bonjour">SMS</a>') == {"+33612345678"}
    assert phones(scrubber, '<a href="tel:+819012326726">(03) 1261 1425</a>') == \
        {"+819012326726", "(03) 1261 1425"}


def test_dial_link_near_misses(scrubber):
    # a link to a page, an order's number as the link text: no dial link, nothing kept
    assert phones(scrubber, '<a href="https://shop.example.com/order/48123093020">Order 48123093020</a>') == set()
    assert phones(scrubber, '<a href="/track?id=512043506">512043506</a>') == set()


# --- a purpose phrase: the other number's word says what the call is for --------------------------


def test_purpose_phrase_then_phone_word(scrubber):
    assert phones(scrubber, "Rezervasyon için (0212) 386 50 98 numarasını arayın.") == {"(0212) 386 50 98"}
    assert phones(scrubber, "Sipariş için 0212 345 67 89 numarasını arayın.") == {"0212 345 67 89"}
    assert phones(scrubber, "برای سفارش با 0912 346 3159 تماس بگیرید.") == {"0912 346 3159"}
    assert phones(scrubber, "Für Bestellungen 030 1234567 anrufen.") == {"030 1234567"}


def test_purpose_phrase_near_misses(scrubber):
    # the word labels the number itself, or no phone word follows
    assert phones(scrubber, "Rezervasyon no: (0212) 386 50 98") == set()
    assert phones(scrubber, "Rezervasyon için 0212 386 50 98 numaralı siparişiniz hazır.") == set()
    assert phones(scrubber, "Für Bestellnummer 030 1234567 gilt der Rabatt.") == set()
    assert phones(scrubber, "Thank you for order 0301234567.") == set()


# --- a list of numbers at a line's start, an arrow's label after the last ------------------------


def test_list_before_arrow_label(scrubber):
    assert phones(scrubber, "Nombre: Diego Ruiz\n2221730114, 222.119.4661 ← Móvil\n") == \
        {"2221730114", "222.119.4661"}
    assert phones(scrubber, "Imię i nazwisko: Agata Lis\n512.988.483, +48512670423 ← kom.\n") == \
        {"512.988.483", "+48512670423"}


def test_list_before_arrow_near_misses(scrubber):
    # the arrow's label names another number, or a label before the list names the first
    assert "2221730114" not in phones(scrubber, "2221730114, 222.119.4661 ← Pedido\n")
    assert "2221730114" not in phones(scrubber, "Ref 2221730114, 222.119.4661 ← Móvil\n")


# --- Georgian: the extension word, phone words ----------------------------------------------------


def test_georgian_extension_and_words(scrubber):
    assert phones(scrubber, "ტელ.: (032) 232 18 74 შიდა 49") == {"(032) 232 18 74 შიდა 49"}
    assert phones(scrubber, "ტელ.: +995 32 289 11 32, შიდა 4006") == {"+995 32 289 11 32, შიდა 4006"}
    text = "დაგვირეკეთ 555842534 ნებისმიერ დროს."
    assert {text[r.start:r.end] for r in scrubber.find(text, "https://guesthouse.example.ge/", "ka")
            if r.entity_type == "PHONE_NUMBER"} == {"555842534"}
    assert phones(scrubber, "Հեռ.՝ 010 52 34 56 ներքին 12") == {"010 52 34 56 ներքին 12"}


def test_call_verbs(scrubber):
    assert phones(scrubber, "Liga-nos para o 912.168.778 a qualquer hora.") == {"912.168.778"}
    assert phones(scrubber, "Please call our desk at 201.589.5571 ext. 9085 or text 2015888359 "
                            "with any questions.") == {"201.589.5571 ext. 9085", "2015888359"}
    # "text" alone, or a league ("Liga"), names no phone
    assert phones(scrubber, "Liga 2015888359 results") == set()
