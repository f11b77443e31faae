"""blind21's error classes (pii-classes18), with cases of our own and near misses beside them."""
from __future__ import annotations

from tests.stages.pii_helpers import phones

# --- a NANP local number (no area code) in a table cell, beside North American rows -------------


def test_nanp_local_number_in_a_table_cell_is_no_phone(scrubber):
    table = ("member|tel|email\n"
             "Rosa Patel|+1 415-238-7710|rosa@example.org\n"
             "Tom Ngata|398-2204|tom@example.org\n"
             "Ida Brun|(646) 771-0932|ida@example.org\n")
    assert phones(scrubber, table, "en") == {"+1 415-238-7710", "(646) 771-0932"}
    tabbed = "Name\tPhone\tCity\nAl Moss\t212-660-4187\tAlbany\nJo Park\t771-4410\tTroy\n"
    assert phones(scrubber, tabbed, "en") == {"212-660-4187"}
    semi = "name;phone;zip\nLi Wei;+1 305 441 9920;33101\nMo Diaz;398-2204;33102\n"
    assert phones(scrubber, semi, "en") == {"+1 305 441 9920"}


def test_nanp_local_number_near_misses(scrubber):
    # a label's local number stays (no table row), and so does a ten-digit
    # cell, and a seven-digit cell on a page whose own numbers are of no North American region
    # an English page's regions include New Zealand, whose plan has "862-5519": it stays
    semi = "name;phone;zip\nLi Wei;+1 305 441 9920;33101\nMo Diaz;862-5519;33102\n"
    assert phones(scrubber, semi, "en") == {"+1 305 441 9920", "862-5519"}
    assert phones(scrubber, "Phone: 486-8522", "en") == {"486-8522"}
    table = "member|tel\nRosa Patel|+1 415-238-7710\nTom Ngata|(212) 398-2204\n"
    assert phones(scrubber, table, "en") == {"+1 415-238-7710", "(212) 398-2204"}
    french = "Nom\tTél\tDate\nChloé Martin\t310-1291\t02/06/1998\nInès Roy\t+33 4 32 31 51 37\t03/07/1999\n"
    assert "310-1291" in phones(scrubber, french)
