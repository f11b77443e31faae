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
