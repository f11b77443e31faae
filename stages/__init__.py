"""One module per curation step. Steps import neither Ray nor `pipeline`, nor each other (only
the shared `stages.base` and the word-splitting helpers in `stages.text`).

`STEPS` maps a recipe's step name to the class that implements it ("module:Class"); classes are
imported only when a recipe uses them, so a run pays for the models it needs and no others.
"""
from __future__ import annotations

import importlib

STEPS: dict[str, str] = {
    "blocklist": "stages.blocklist:UrlBlocklist",
    "prefilter": "stages.prefilter:LanguagePrefilter",
    "extract": "stages.extract:TextExtractor",
    "langid": "stages.langid:LanguageId",
    "gopher_repetition": "stages.gopher_repetition:GopherRepetition",
    "gopher_quality": "stages.gopher_quality:GopherQuality",
    "c4": "stages.c4:C4Quality",
    "fineweb_quality": "stages.fineweb_quality:FineWebQuality",
    "dedup": "stages.dedup:NearDuplicates",
    "pii": "stages.pii:PiiScrubber",
    "tokenize": "stages.tokenize:Tokenizer",
}


def step_class(name: str):
    """The Step subclass behind a recipe name; ValueError naming the known steps otherwise."""
    if name not in STEPS:
        raise ValueError(f"unknown step {name!r}; known steps: {', '.join(STEPS)}")
    module, _, cls = STEPS[name].partition(":")
    return getattr(importlib.import_module(module), cls)
