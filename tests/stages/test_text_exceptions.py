"""stages/data/text_exceptions.json (spaCy's English special cases, as data) loads to the table
the generated module held: same count, same order, same values."""
import json
from pathlib import Path

from stages.text import split_words
from stages.text_exceptions import EXCEPTIONS, load_exceptions

DATA = Path(__file__).resolve().parents[2] / "stages" / "data" / "text_exceptions.json"


def test_known_entries_and_count():
    assert len(EXCEPTIONS) == 1343  # the count of the generated module this file replaced
    assert EXCEPTIONS["don't"] == ("do", "n't")
    assert EXCEPTIONS["can't"] == ("ca", "n't")
    assert EXCEPTIONS["won't"] == ("wo", "n't")
    assert EXCEPTIONS["y'all"] == ("y'", "all")
    assert EXCEPTIONS["gonna"] == ("gon", "na")
    assert EXCEPTIONS["Mr."] == ("Mr.",)
    assert EXCEPTIONS["e.g."] == ("e.g.",)
    assert EXCEPTIONS[":)"] == (":)",)
    assert EXCEPTIONS["’re"] == ("’re",)
    assert "U.S." not in EXCEPTIONS


def test_table_shape():
    keys = list(EXCEPTIONS)
    assert keys == sorted(keys)
    assert (keys[0], keys[-1]) == ("'", "’’")
    assert not any(c.isspace() for k in keys for c in k)
    assert all(isinstance(v, tuple) and v and all(isinstance(w, str) for w in v)
               for v in EXCEPTIONS.values())
    # every split reassembles its key (spaCy's special cases never change the text)
    assert all("".join(v) == k for k, v in EXCEPTIONS.items())
    assert load_exceptions() == EXCEPTIONS
    assert "spaCy 3.8.18" in json.loads(DATA.read_text(encoding="utf-8"))["source"]


def test_word_split_uses_the_table():
    assert split_words("I don't know, y'all gonna see Mr. Smith.") == [
        "I", "do", "n't", "know", ",", "y'", "all", "gon", "na", "see", "Mr.", "Smith", "."]
