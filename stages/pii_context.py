"""A learned reading of the context around the pii step's US SSN, card and IP candidates
(stages/pii.py): hashed words, character n-grams, line, column-header and value-shape features,
scored by a logistic regression in numpy whose weights ship in stages/data/pii_context.npz
(rebuilt by `benchmarks/pii_context_train.py`, docs/pii.md). It never finds a value the shape
finders do not: it only takes back a candidate the rules rejected (probability >= `accept`) or
drops one they accepted (probability < `veto`). It does not look at phones, e-mails or IBANs.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from stages.pii_cards import (
    _CARD_IIN,
    _NOT_CARD_BEFORE,
    _NOT_NUMBER_WORD,
    _NOT_PAYMENT_INDUSTRIES,
    CARD_BRANDS,
    CardRecognizer,
    _luhn_valid,
)
from stages.pii_layout import _Layout, csv_cells
from stages.pii_ssn import SsnRecognizer

MODEL_PATH = Path(__file__).resolve().parent / "data" / "pii_context.npz"
ENTITIES = ("US_SSN", "CREDIT_CARD", "IP_ADDRESS")
_CODE = {"US_SSN": "s", "CREDIT_CARD": "c", "IP_ADDRESS": "i"}
HASH_BITS = 18  # 2^18 weights: few collisions for the ~10^5 distinct features of the tuning sets
BEFORE_CHARS, AFTER_CHARS, BEFORE_TOKENS, AFTER_TOKENS = 80, 40, 8, 5
# The rules' verdict as a feature: off. On the tuning sets the rules are right ~99.9% of the time
# (each was fixed on them), so a model given their verdict learns to copy it; leave-one-author-out
# it took back fewer held-out cards (docs/pii.md). The rules' reading of the words around an SSN
# (`SsnRecognizer.context_of`) stays a feature.
RULE_FEATURE = False
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\n|[^\w\s]")
_DISTANCE = (0, 1, 2, 3, 3, 4, 4, 4, 4)  # token distance -> bucket (next, 2nd, 3rd, 4-5th, 6-8th)
_BRANDS = [(name, iin, lengths) for (name, _, _), (iin, lengths) in zip(CARD_BRANDS, _CARD_IIN)]


def _token_name(token: str) -> str:
    return f"#{len(token)}" if token.isdigit() else token.lower()


def _grams(word: str) -> list[str]:
    word = f"<{word}>"
    return [word[i:i + n] for n in (3, 4, 5) for i in range(len(word) - n + 1)]


def features(text: str, start: int, end: int, entity: str, rule_score: float | None,
             layout: _Layout | None = None, ssns: SsnRecognizer | None = None) -> list[str]:
    """The named features of the candidate text[start:end] of `entity`; `rule_score`: the rules'
    score (None: no rule took it); `layout`: the text's (csv-celled) lines, for column headers;
    `ssns`: the SSN rules, whose reading of the words around a 3-2-4 number (an SSN word near,
    far, a word naming another number nearer, nothing) is one feature."""
    code = _CODE[entity]
    out = ["bias"]
    if RULE_FEATURE:
        out.append("rule:" + ("none" if rule_score is None else f"{rule_score:.2f}"))
    if entity == "US_SSN" and ssns is not None and layout is not None:
        words = ssns.context_of(layout.text, start, end, layout)
        out += [f"words:{words}", f"words:{words}:{text[start + 3] in '- .'}"]
    value = text[start:end]
    out += _shape(value, entity)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = [_token_name(t) for t in _TOKEN.findall(text, max(0, start - BEFORE_CHARS), start)]
    # a run of line breaks is one token: a blank line between a label and its value moves nothing
    before = [t for i, t in enumerate(before) if t != "\n" or i == 0 or before[i - 1] != "\n"]
    before = before[::-1][:BEFORE_TOKENS]
    words_seen, numbers_between, line_breaks = 0, 0, 0
    for i, token in enumerate(before):
        if token == "\n":
            out.append(f"b{_DISTANCE[i]}:nl")
            line_breaks += 1
            continue
        out += [f"b:{token}", f"b{_DISTANCE[i]}:{token}"]
        if token.startswith("#") and token != "#1":
            numbers_between += 1
        elif token[0].isalpha():
            # whether another number (or a line break) stands between this word and the candidate:
            # "SSN: 123-45-6789 · [candidate]" names the number before, not the candidate
            out.append(f"bw{min(numbers_between, 2)}{min(line_breaks, 1)}:{token}")
            if words_seen < 2:
                out += ["bg:" + g for g in _grams(token)]
                out += [f"bg{min(numbers_between, 1)}:" + g for g in _grams(token)]
            words_seen += 1
    out.append(f"gap:{min(numbers_between, 2)}")
    out += around(text, start, end, line_start, line_end, layout)
    if not text[line_start:start].strip() and line_start > 0:
        # the nearest line above with something on it (a label over a blank line)
        above_end = line_start - 1
        above_start = text.rfind("\n", 0, above_end) + 1
        if not text[above_start:above_end].strip() and above_start > 0:
            above_end = above_start - 1
            above_start = text.rfind("\n", 0, above_end) + 1
        for token in [_token_name(t) for t in _TOKEN.findall(text, above_start, above_end)][-6:]:
            out.append("up:" + token)
    return [f"{code}|{name}" for name in out]


LINE_MARKS = (("@", "at"), ("|", "pipe"), ("\t", "tab"), (";", "semi"), (":", "colon"),
              ("=", "eq"), ("{", "brace"), ("http", "url"))


def around(text: str, start: int, end: int, line_start: int, line_end: int,
           layout: _Layout | None, marks: Sequence[tuple[str, str]] = LINE_MARKS) -> list[str]:
    """The words after the candidate text[start:end], its line's other content and marks, and
    its column header (also stages/pii_phone_context.py's)."""
    out: list[str] = []
    after = [_token_name(t) for t in _TOKEN.findall(text, end, min(len(text), end + AFTER_CHARS))]
    words_seen = 0
    for i, token in enumerate(after[:AFTER_TOKENS]):
        if token == "\n":
            out.append(f"a{_DISTANCE[i]}:nl")
            break
        out += [f"a:{token}", f"a{_DISTANCE[i]}:{token}"]
        if token[0].isalpha() and words_seen < 1:
            words_seen += 1
            out += ["ag:" + g for g in _grams(token)]
    line = text[line_start:start] + " " + text[end:line_end]
    others = len(re.findall(r"\d{3,}", line))
    out.append(f"line:digits{min(others, 4)}")
    out.append("line:starts" if not text[line_start:start].strip() else "line:mid")
    out.append("line:ends" if not text[end:line_end].strip(" .;,)\t") else "line:goes_on")
    for mark, name in marks:
        if mark in line:
            out.append("line:" + name)
    if layout is not None and re.search(r"[|\t;,]", line):
        header = layout.column_header(start, end)
        if header is not None:
            out.append("h:any")
            for token in _TOKEN.findall(header)[:6]:
                token = _token_name(token)
                out.append("h:" + token)
                if token[0].isalpha():
                    out += ["hg:" + g for g in _grams(token)]
    return out


def _shape(value: str, entity: str) -> list[str]:
    digits = re.sub(r"\D", "", value)
    shape = re.sub(r"\d+", lambda run: str(len(run.group())), value)
    shape = re.sub(r"[A-Fa-f]+", "x", shape) if entity == "IP_ADDRESS" else shape
    out = ["shape:" + shape[:24], f"len:{len(digits)}"]
    separators = sorted(set(re.sub(r"[\dA-Fa-f]", "", value)))
    out.append("sep:" + ("".join(separators) or "none").replace("\n", "nl"))
    if entity == "US_SSN":
        out += [f"area:{digits[:1]}", f"area2:{digits[:2]}", f"group:{digits[3:5] < '10'}"]
    elif entity == "CREDIT_CARD":
        brand = next((name for name, iin, lengths in _BRANDS
                      if iin.match(digits) and len(digits) in lengths), "none")
        out += [f"brand:{brand}", f"head:{digits[:2]}", f"luhn:{_luhn_valid(digits)}"]
    else:
        if ":" in value:
            out += ["ip:v6", f"v6head:{value[:4].lower()}", f"v6compressed:{'::' in value}"]
        else:
            octets = value.split(".")
            first = int(octets[0]) if octets[0].isdigit() else -1
            private = first == 10 or value.startswith("192.168.") or \
                first == 172 and octets[1].isdigit() and 16 <= int(octets[1]) <= 31
            out += ["ip:v4", f"v4private:{private}", f"v4first:{first // 32}",
                    f"v4small:{sum(len(o) == 1 for o in octets)}"]
    return out


def hashed(names: Sequence[str], bits: int = HASH_BITS) -> np.ndarray:
    """Feature names -> sorted unique indices into 2^bits weights (crc32: the same on every
    machine and process, unlike `hash`)."""
    mask = (1 << bits) - 1
    return np.unique(np.fromiter((zlib.crc32(name.encode("utf-8")) & mask for name in names),
                                 dtype=np.int64, count=len(names)))


class ContextModel:
    """The shipped weights and thresholds: `probability` of a candidate being PII of its type."""

    def __init__(self, weights: np.ndarray, accept: dict[str, float], veto: dict[str, float],
                 bits: int = HASH_BITS):
        self.weights = weights.astype(np.float32)
        self.accept, self.veto, self.bits = accept, veto, bits

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> ContextModel:
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no PII context model; rebuild it with `python "
                                    "benchmarks/pii_context_train.py --write` or set "
                                    "PiiSettings(context_model=False)")
        with np.load(path, allow_pickle=False) as data:
            thresholds = data["thresholds"]  # rows: entity, columns: accept, veto
            entities = [str(e) for e in data["entities"]]
            weights, bits = data["weights"], int(data["bits"])
        if len(weights) != 1 << bits:
            raise ValueError(f"{path}: {len(weights)} weights for {bits} hash bits; rebuild it "
                             "with `python benchmarks/pii_context_train.py --write`")
        return cls(weights, {e: float(t[0]) for e, t in zip(entities, thresholds)},
                   {e: float(t[1]) for e, t in zip(entities, thresholds)}, bits)

    def probability(self, names: Sequence[str]) -> float:
        z = float(self.weights[hashed(names, self.bits)].sum())
        return 1.0 / (1.0 + np.exp(-z))


def candidates(text: str, windows: Sequence[tuple[int, int]], entities: Sequence[str],
               rule_spans: dict[tuple[str, int, int], float], cards: CardRecognizer,
               ssns: SsnRecognizer) -> list[tuple[str, int, int, float | None]]:
    """(entity, start, end, rule score or None) of every shape-valid candidate in the windows:
    3-2-4 numbers in the issued ranges (SsnRecognizer.CANDIDATE), Luhn-valid card-shaped numbers
    (CardRecognizer's candidates) that no word names as another kind of number and that are not an
    unbranded number of a non-payment industry, and every span a rule scored (IP addresses: those
    only)."""
    found = dict(rule_spans)
    cells = csv_cells(text) if windows else text
    if "US_SSN" in entities:
        for start, end in windows:
            for match in ssns.CANDIDATE.finditer(cells, start, min(len(cells), end + 2)):
                if ssns.issued("".join(match.group(1, 3, 4))):
                    found.setdefault(("US_SSN", match.start(), match.end()), None)
    if "CREDIT_CARD" in entities:
        for start, end, value in cards._candidates(cells, windows):
            if "\n" in value:
                continue
            digits = re.sub(r"\D", "", value)
            if ("CREDIT_CARD", start, end) in found or not _luhn_valid(digits) or \
                    not (value.isdigit() or cards.GROUPS.fullmatch(value)):
                continue
            # a number the rules saw named as another kind ("Rechnungsnummer …", "IMEI …") is
            # theirs to keep out: the model only weighs numbers no word names
            if _NOT_CARD_BEFORE.search(text, max(0, start - 24), start) or \
                    cards.named_otherwise(text, start) or _named_around(text, start, end, cards):
                continue
            # nor is an unbranded number of an industry no payment network issues in (ISO/IEC
            # 7812: 7, petroleum) the model's to take: the standard says what it is, not the words
            if digits[0] in _NOT_PAYMENT_INDUSTRIES and \
                    not any(iin.match(digits) and len(digits) in lengths for iin, lengths in _CARD_IIN):
                continue
            found[("CREDIT_CARD", start, end)] = None
    return [(entity, start, end, score) for (entity, start, end), score in sorted(found.items())
            if entity in entities]


def _named_around(text: str, start: int, end: int, cards: CardRecognizer) -> bool:
    """A word naming another kind of number right after the number in its line ("… is the
    parcel", "(Kundennummer)") before any card word, or on the line above when the number starts
    its line and that line has no card word ("Bestellnummer" / "4512 883 361 701")."""
    line_end = text.find("\n", end)
    after = text[end:min(end + 40, len(text) if line_end < 0 else line_end)]
    named = _NOT_NUMBER_WORD.search(after)
    if named is not None and not cards.card_word.search(after, 0, named.start()) and \
            not re.search(r"\d", after[:named.start()]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    return _NOT_NUMBER_WORD.search(above) is not None and cards.card_word.search(above) is None


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
