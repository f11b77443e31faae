"""spaCy's English tokenizer special cases (contractions, abbreviations, emoticons), as data.

`EXCEPTIONS` maps a whitespace-free chunk to the words spaCy splits it into; stages.text uses it to
split words as datatrove's English word tokenizer (spaCy) does, without spaCy. The table is
stages/data/text_exceptions.json, generated from spaCy 3.8.18 (MIT license) by
scripts/make_text_exceptions.py (stages/data/README.md).
"""
from __future__ import annotations

import json
from importlib import resources

EXCEPTIONS_FILE = "text_exceptions.json"


def load_exceptions() -> dict[str, tuple[str, ...]]:
    """The table in the file's order (sorted by key)."""
    data = resources.files("stages").joinpath("data", EXCEPTIONS_FILE).read_text(encoding="utf-8")
    return {key: tuple(words) for key, words in json.loads(data)["exceptions"].items()}


EXCEPTIONS: dict[str, tuple[str, ...]] = load_exceptions()
