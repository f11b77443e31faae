"""Gopher's repetition filter (Rae et al. 2021, table A1), as FineWeb runs it (datatrove's
GopherRepetitionFilter): a document in, dropped when too much of it is repeated lines, paragraphs
or word n-grams; English with FineWeb's thresholds, other languages with FineWeb-2's
(stages.languages). Words come from stages.text (shared with the other quality filters of a
batch); n-gram counting is exact, on integer ids with numpy, one pass per n.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from stages.base import Decision, Doc, DocumentFilter
from stages.languages import applied, check_language_settings, profiles_sha256
from stages.text import as_pairs, words

_PARAGRAPH_BREAK = re.compile(r"\n{2,}")
_LINE_BREAKS = re.compile(r"\n+")


@dataclass(frozen=True)
class GopherRepetitionSettings:
    # Gopher's table A1 = datatrove's defaults = FineWeb's settings (examples/fineweb.py).
    # A fraction of 0 or None disables its rule, as in datatrove.
    dup_line_frac: float | None = 0.3        # duplicate lines / lines
    dup_para_frac: float | None = 0.3        # duplicate paragraphs / paragraphs
    dup_line_char_frac: float | None = 0.2   # characters in duplicate lines / characters
    dup_para_char_frac: float | None = 0.2   # characters in duplicate paragraphs / characters
    # (n, max fraction of characters in the most frequent n-gram)
    top_n_grams: tuple[tuple[int, float], ...] = ((2, 0.2), (3, 0.18), (4, 0.16))
    # (n, max fraction of characters in duplicated n-grams)
    dup_n_grams: tuple[tuple[int, float], ...] = (
        (5, 0.15), (6, 0.14), (7, 0.13), (8, 0.12), (9, 0.11), (10, 0.10))
    # Documents in other languages than English (stages.languages, docs/languages.md):
    # "fineweb2" (FineWeb-2's profile of the language), "same" (these settings), "pass" (kept
    # untested). A language FineWeb-2 has no profile for: "drop" (reason no_profile), "english"
    # (these settings), "keep" (kept untested).
    other_languages: str = "fineweb2"
    no_profile: str = "drop"
    # Any threshold above, per language-script code: {"deu_Latn": {"dup_line_frac": 0.3}}.
    per_language: dict[str, dict] = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "top_n_grams", as_pairs(self.top_n_grams))
        object.__setattr__(self, "dup_n_grams", as_pairs(self.dup_n_grams))
        check_language_settings(self, THRESHOLDS)


THRESHOLDS = ("dup_line_frac", "dup_para_frac", "dup_line_char_frac", "dup_para_char_frac",
              "top_n_grams", "dup_n_grams")
# fineweb-2-pipeline.py, for every language: "we disable these. trafilatura pretty much removes
# paragraph and we use a different threshold for dup_line_char_frac in fineweb quality".
FINEWEB2 = {"dup_para_frac": None, "dup_line_char_frac": None, "dup_para_char_frac": None}


def _duplicates(items: list[str]) -> tuple[int, int]:
    """(duplicate elements, their characters), datatrove's find_duplicates."""
    seen: set[str] = set()
    count = chars = 0
    for item in items:
        if item in seen:
            count += 1
            chars += len(item)
        else:
            seen.add(item)
    return count, chars


def _repeated_ngram_groups(previous: np.ndarray, previous_repeated: np.ndarray,
                           ids: np.ndarray, n: int, vocabulary: int, with_first: bool = True):
    """The n-grams that may occur twice, grouped exactly (no hashing), from the (n-1)-grams'.

    An n-gram that occurs twice starts with an (n-1)-gram that does and ends with one that does,
    so only the positions where both do (`previous_repeated`: the (n-1)-grams seen twice or
    more) are sorted: most positions for n = 2, few by n = 5. Returns `groups` (an n-gram's
    group at each of those positions; other entries are unset), `repeated` (the n-grams seen
    twice or more), and per group its `counts` and, with `with_first`, its earliest position;
    None when every n-gram is unique. One unstable argsort: np.unique's return_index asks for
    a stable sort (benchmarks/step_rivals.py, issue 26)."""
    size = previous.size - 1  # n-grams in the text
    candidates = np.flatnonzero(previous_repeated[:-1] & previous_repeated[1:])
    if candidates.size == 0:
        return None
    key = previous[candidates] * vocabulary + ids[candidates + (n - 1)]
    order = np.argsort(key)
    ordered = key[order]
    starts = np.empty(ordered.size, dtype=bool)
    starts[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    boundaries = np.flatnonzero(starts)
    if boundaries.size == candidates.size:
        return None
    positions = candidates[order]
    groups = np.empty(size, dtype=np.int64)
    groups[positions] = np.cumsum(starts) - 1
    counts = np.empty_like(boundaries)
    counts[:-1] = boundaries[1:] - boundaries[:-1]
    counts[-1] = candidates.size - boundaries[-1]
    repeated = np.zeros(size, dtype=bool)
    repeated[candidates] = counts[groups[candidates]] > 1
    # the earliest position of each n-gram, whatever the sort's order among equal keys
    first = np.minimum.reduceat(positions, boundaries) if with_first else None
    return groups, repeated, counts, first


def _all_duplicate_chars(groups: np.ndarray, repeated: np.ndarray, span_chars: np.ndarray,
                         n: int) -> int:
    """datatrove's find_all_duplicate: walk the n-grams, and on one seen before count its
    characters and jump past it. Only n-grams that occur twice or more (`repeated`) can branch,
    so the walk visits just those positions. (datatrove keys these n-grams by their words joined
    without a separator, so "ab c" and "a bc" collide there and not here; no benchmark document
    has such a pair.)"""
    positions = np.flatnonzero(repeated)
    if positions.size == 0:
        return 0
    seen: set[int] = set()
    skip_until = total = 0
    for position, group in zip(positions.tolist(), groups[positions].tolist()):
        if position < skip_until:
            continue
        if group in seen:
            total += int(span_chars[position])
            skip_until = position + n
        else:
            seen.add(group)
    return total


class GopherRepetition(DocumentFilter):
    """Drop documents made of repeated lines, paragraphs or n-grams.

    Reasons (datatrove's names): empty, dup_para_frac, dup_para_char_frac, dup_line_frac,
    dup_line_char_frac, top_{n}_gram, duplicated_{n}_n_grams; no_profile (stages.languages).
    """

    name, Settings = "gopher_repetition", GopherRepetitionSettings

    @classmethod
    def fingerprint(cls, settings) -> dict[str, str]:
        if settings.other_languages != "fineweb2":
            return {}
        return {"fineweb2_profiles_sha256": profiles_sha256()}

    def check(self, doc: Doc) -> Decision:
        a = applied(doc, self.settings, THRESHOLDS, FINEWEB2)
        return a.decision if a.decision is not None else a.tag(self.judge(doc, a))

    def judge(self, doc: Doc, a) -> Decision:
        dup_para_frac, dup_para_char_frac = a["dup_para_frac"], a["dup_para_char_frac"]
        dup_line_frac, dup_line_char_frac = a["dup_line_frac"], a["dup_line_char_frac"]
        top_n_grams, dup_n_grams = a["top_n_grams"], a["dup_n_grams"]
        text = doc.text or ""
        if not text:
            return Decision.drop("empty")
        size = len(text)

        paragraphs = _PARAGRAPH_BREAK.split(text.strip())
        count, chars = _duplicates(paragraphs)
        if dup_para_frac and count / len(paragraphs) > dup_para_frac:
            return Decision.drop("dup_para_frac", f"{count / len(paragraphs):.3f} > {dup_para_frac}")
        if dup_para_char_frac and chars / size > dup_para_char_frac:
            return Decision.drop("dup_para_char_frac", f"{chars / size:.3f} > {dup_para_char_frac}")
        lines = _LINE_BREAKS.split(text)
        count, chars = _duplicates(lines)
        if dup_line_frac and count / len(lines) > dup_line_frac:
            return Decision.drop("dup_line_frac", f"{count / len(lines):.3f} > {dup_line_frac}")
        if dup_line_char_frac and chars / size > dup_line_char_frac:
            return Decision.drop("dup_line_char_frac", f"{chars / size:.3f} > {dup_line_char_frac}")

        split = words(doc, a.split_language)
        ids, m = split.ids, len(split.ids)
        if m < 2:
            return Decision.keep()
        vocabulary = max(len(split.vocabulary), m)
        chars_before = np.concatenate(([0], np.cumsum(split.lengths)))
        top = dict(top_n_grams)
        dup = dict(dup_n_grams)
        # the 1-grams: words, and which of them occur twice or more
        groups, repeated = ids, np.bincount(ids)[ids] > 1
        all_unique = False  # once every n-gram is unique, so is every longer one
        for n in range(2, max([*top, *dup, 1]) + 1):
            if m < n:
                break
            span_chars = chars_before[n:] - chars_before[:-n]  # characters without spaces
            if not all_unique:
                found = _repeated_ngram_groups(groups, repeated, ids, n, vocabulary, n in top)
                all_unique = found is None
                if not all_unique:
                    groups, repeated, counts, first = found
            if n in top:
                if all_unique:  # Counter.most_common(1) on all-distinct n-grams: the first one
                    top_chars = int(span_chars[0]) + n - 1
                else:
                    best = counts.max()
                    # Counter.most_common(1): the earliest n-gram among the most frequent
                    group = int(np.flatnonzero(counts == best)[np.argmin(first[counts == best])])
                    top_chars = (int(span_chars[first[group]]) + n - 1) * int(best)
                if top_chars / size > top[n]:
                    return Decision.drop(f"top_{n}_gram", f"{top_chars / size:.3f} > {top[n]}")
            if n in dup and not all_unique:
                duplicated = _all_duplicate_chars(groups, repeated, span_chars, n)
                if duplicated / size > dup[n]:
                    return Decision.drop(f"duplicated_{n}_n_grams",
                                         f"{duplicated / size:.3f} > {dup[n]}")
        return Decision.keep()
