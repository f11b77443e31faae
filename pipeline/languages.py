"""Language codes a run may ask for: those the language-ID models can answer with.

The `langid` and `prefilter` steps keep the documents whose label is among their `languages`; a
code no model ever gives (`english`, `EN`, `xx`) would drop every document without a word. The
codes known are fastText lid.176's labels (read from the model file the step uses) and, when the
langid step asks lingua for a second opinion, lingua's (the 8 languages lid.176 lacks, such as
`zu`). A mistake is one line with a "did you mean". Not a step and no Ray: the CLI calls this
before any work starts (loading lid.176.ftz takes ~0.1 s).
"""
from __future__ import annotations

import difflib
import functools
from pathlib import Path

ALL = "all"  # --languages all: keep every language (an empty list in the recipe)


@functools.lru_cache(maxsize=4)
def lid176_labels(model_path: str | None = None) -> frozenset[str]:
    """Every label of the fastText model (lid.176: 176 codes, mostly ISO 639-1)."""
    from stages.lid_model import LABEL_PREFIX, default_model_path, load_model

    model = load_model(Path(model_path) if model_path else default_model_path())
    labels, _ = model.predict("", k=-1, threshold=-1.0)  # every label, whatever the text
    return frozenset(label.removeprefix(LABEL_PREFIX) for label in labels)


@functools.lru_cache(maxsize=1)
def lingua_languages() -> dict[str, tuple[str, str]]:
    """lingua's languages: code (as lid.176 spells it) -> (English name, ISO 639-3 code)."""
    try:
        from lingua import Language
    except ModuleNotFoundError:
        return {}
    known = {}
    for language in Language.all():
        code = language.iso_code_639_1.name.lower()
        code = "no" if code == "nb" else code  # as stages.langid: lid.176 says "no"
        known[code] = (language.name.capitalize(), language.iso_code_639_3.name.lower())
    return known


def known_codes(model_path: str | None = None, second_opinion: bool = True) -> frozenset[str]:
    """The labels the models give, and the language-script codes they stand for (srp_Latn for
    lid.176's sr, stages.languages.candidates): what the langid step can keep."""
    from stages.languages import candidates

    codes = set(lid176_labels(model_path))
    if second_opinion:
        codes |= set(lingua_languages())
    return frozenset(codes | {code for label in codes for code in candidates(label)})


def unknown_code_message(code: str, known: frozenset[str]) -> str:
    """Why `code` is refused, and the code meant, if one can be guessed."""
    names = lingua_languages()
    guess = None
    text = code.strip().lower()
    if text in known:
        guess = text  # EN
    else:
        for candidate, (name, iso3) in names.items():
            if text in (name.lower(), iso3) and candidate in known:
                guess = candidate  # english, eng
                break
        if guess is None:
            by_name = {name.lower(): c for c, (name, _) in names.items() if c in known}
            close = difflib.get_close_matches(text, list(by_name), n=1, cutoff=0.75)
            if close:
                guess = by_name[close[0]]  # englsh
            else:
                close = difflib.get_close_matches(text, sorted(known), n=1, cutoff=0.7)
                guess = close[0] if close else None
    hint = ""
    if guess is not None:
        name = names.get(guess, (None,))[0]
        hint = f"; did you mean {guess!r}" + (f" ({name})" if name else "") + "?"
    return (f"{code!r} is not a language code the language-ID models know{hint} (codes such as "
            f"en, de, zh: lid.176's {len(lid176_labels())} and lingua's; --languages {ALL}, or "
            f"an empty list in a recipe, keeps every language)")


def check_codes(codes, model_path: str | None = None, second_opinion: bool = True,
                any_script_code: bool = False) -> None:
    """ValueError (one line) for the first code in `codes` that no model gives; with
    `any_script_code`, every language-script code (deu_Latn, quz_Latn) is taken too (the
    prefilter: it keeps every page when its model cannot name a wanted language)."""
    from stages.languages import CODE

    if isinstance(codes, str):
        codes = (codes,)
    known = known_codes(model_path, second_opinion)
    for code in codes:
        if not isinstance(code, str) or not (
                code in known or (any_script_code and CODE.match(code))):
            raise ValueError(unknown_code_message(str(code), known))
