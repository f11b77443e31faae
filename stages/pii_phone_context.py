"""A learned reading of the context around the pii step's phone number candidates
(stages/pii_phones.py): hashed words before and after (side and distance), character 3-5-grams of
the nearest words, the line, the column header and the line above, the value's shape, its
`phonenumbers` validity and the rules' own verdict, scored by a logistic regression in numpy
(stages/pii_context.py's) whose weights ship in stages/data/pii_phone_context.npz (rebuilt by
`benchmarks/pii_phone_context_train.py`, docs/pii.md). It never finds a number the shape finder
does not: it takes back a candidate the rules rejected (probability >= `accept`) or drops one
they took (probability < `veto`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import phonenumbers

from stages.pii_context import (
    _DISTANCE,
    _TOKEN,
    LINE_MARKS,
    ContextModel,
    _grams,
    _token_name,
    around,
)
from stages.pii_layout import _Layout, csv_cells
from stages.pii_phones import PhoneNumbers, _parse

MODEL_PATH = Path(__file__).resolve().parent / "data" / "pii_phone_context.npz"
ENTITY = "PHONE_NUMBER"
SCORE = 0.55  # a candidate the model takes back: above the step's min_score, below the rules' 0.6
BEFORE_CHARS, AFTER_CHARS, BEFORE_TOKENS, AFTER_TOKENS = 80, 40, 8, 5
# the rules' verdicts that come from the number's shape or the characters around it, not from the
# word lists (a model with `rules=False` sees only these)
PATTERN_VERDICTS = frozenset({"shape0", "amount_zip", "time_key", "cep", "dotted_once", "zip4"})
_LEAD = (("+", "plus"), ("00", "idd00"), ("011", "idd011"), ("(0", "paren0"), ("(", "paren"),
         ("0", "trunk0"), ("1", "one"))


_MARKS = (*LINE_MARKS, ("$", "dollar"), ("€", "euro"), ("%", "percent"))

def features(text: str, start: int, end: int, verdict: str, context: int | None, score: float,
             regions: Sequence[str], numbers: PhoneNumbers, layout: _Layout | None = None,
             rules: bool = True) -> list[str]:
    """The named features of the phone candidate text[start:end]; `verdict`, `context`, `score`:
    what the rules made of it (PhoneNumbers.spans' `verdicts`); `regions`: the page's
    (stages.pii_regions.page_regions); `layout`: the text's (csv-celled) lines, for column headers.
    `rules=False`: of the rules' verdict only the pattern vetoes (PATTERN_VERDICTS), not what
    their word lists made of it: the model then learns the words itself."""
    out = ["bias", "region:" + (regions[0] if regions else "none")]
    if rules:
        out += ["v:" + verdict, f"ctx:{context}", f"v:{verdict}|ctx:{context}", f"score:{score:.2f}"]
    elif verdict in PATTERN_VERDICTS:
        out.append("v:" + verdict)
    value = text[start:end]
    out += _shape(value, regions, numbers)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # (from here to the column header: stages/pii_context.py's `features`, which codes its names
    # for SSN, card and IP only)
    before = [_token_name(t) for t in _TOKEN.findall(text, max(0, start - BEFORE_CHARS), start)]
    before = before[::-1][:BEFORE_TOKENS]
    words_seen = 0
    for i, token in enumerate(before):
        if token == "\n":
            out.append(f"b{_DISTANCE[i]}:nl")
            continue
        out += [f"b:{token}", f"b{_DISTANCE[i]}:{token}"]
        if token[0].isalpha() and words_seen < 2:
            words_seen += 1
            out += ["bg:" + g for g in _grams(token)]
    out += around(text, start, end, line_start, line_end, layout, _MARKS)
    if not text[line_start:start].strip() and line_start > 0:
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        for token in [_token_name(t) for t in _TOKEN.findall(text, above_start, line_start - 1)][-6:]:
            out.append("up:" + token)
    return ["p|" + name for name in out]


def _shape(value: str, regions: Sequence[str], numbers: PhoneNumbers) -> list[str]:
    main = numbers.without_extension(value)
    digits = phonenumbers.normalize_digits_only(main)
    shape = re.sub(r"\d+", lambda run: str(len(run.group())), main.replace("\n", " "))
    groups = [len(g) for g in re.findall(r"\d+", main)]
    out = ["shape:" + shape[:24], f"len:{len(digits)}", f"groups:{min(len(groups), 6)}",
           f"first:{min(groups[0], 6) if groups else 0}", f"last:{min(groups[-1], 6) if groups else 0}",
           "sep:" + ("".join(sorted(set(re.sub(r"\d", "", main)))) or "none").replace("\n", "nl")]
    if main != value:
        out += ["ext", "extw:" + re.sub(r"[\d\s.:,;]", "", value[len(main):]).lower()[:12]]
    out.append("lead:" + next((name for prefix, name in _LEAD if main.startswith(prefix)), "digit"))
    if len(set(digits)) <= 2:
        out.append("repeated")
    if main.startswith(("+", "00", "011")):
        return out  # (the rules' verdict carries the international number's validity)
    # valid for the page's first region, as an international number with its "+" left out, in
    # the North American plan
    for name, number in (("page", _parse(main, regions[0]) if regions else None),
                         ("intl", _parse("+" + digits, None) if len(digits) >= 8 else None),
                         ("nanp", _parse(main, "US") if len(digits) in (10, 11) else None)):
        if number is not None and phonenumbers.is_valid_number(number):
            out.append("valid:" + name)
    return out


class PhoneContextModel(ContextModel):
    """ContextModel with PHONE_NUMBER's thresholds and whether its features hold the rules' verdict."""

    def __init__(self, weights: np.ndarray, accept: float, veto: float, bits: int, rules: bool = True):
        super().__init__(weights, {ENTITY: accept}, {ENTITY: veto}, bits)
        self.rules = rules


def load(path: Path = MODEL_PATH) -> PhoneContextModel:
    """The shipped weights, thresholds (`accept`, `veto`) and feature kind (`rules`)."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no phone context model; rebuild it with `python "
                                "benchmarks/pii_phone_context_train.py --write` or set "
                                "PiiSettings(phone_context_model=False)")
    with np.load(path, allow_pickle=False) as data:
        weights, bits, thresholds = data["weights"], int(data["bits"]), data["thresholds"]
        rules = bool(data["rules"])
    if len(weights) != 1 << bits:
        raise ValueError(f"{path}: {len(weights)} weights for {bits} hash bits; rebuild it with "
                         "`python benchmarks/pii_phone_context_train.py --write`")
    return PhoneContextModel(weights, float(thresholds[0]), float(thresholds[1]), bits, rules)


def spans(model: PhoneContextModel, numbers: PhoneNumbers, text: str,
          regions: Sequence[str] = ()) -> list[tuple[int, int, float]]:
    """PhoneNumbers.spans(text, regions) with the model's changes: a rejected candidate at or
    above `accept` taken (score SCORE), a taken one below `veto` dropped."""
    verdicts: list = []
    found = numbers.spans(text, regions, verdicts)
    accept, veto = model.accept[ENTITY], model.veto[ENTITY]
    if not verdicts or accept > 1.0 and veto <= 0.0:
        return found
    layout, dropped, added = None, set(), []
    for start, end, verdict, context, score in verdicts:
        taken = verdict == "taken"
        if taken and veto <= 0.0 or not taken and accept > 1.0:
            continue
        if layout is None:
            layout = _Layout(csv_cells(text))
        probability = model.probability(features(text, start, end, verdict, context, score, regions,
                                                 numbers, layout, model.rules))
        if taken and probability < veto:
            dropped.add((start, end))
        elif not taken and probability >= accept:
            added.append((start, end, SCORE))
    if not dropped and not added:
        return found
    return sorted([s for s in found if (s[0], s[1]) not in dropped] + added)
