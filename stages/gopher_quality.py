"""Gopher's quality filter (Rae et al. 2021), as FineWeb runs it (datatrove's GopherQualityFilter):
a document in, dropped when its words do not look like prose (English by FineWeb's settings, other
languages by FineWeb-2's profile, stages.languages): too few or too many, too short or
too long on average, too many '#' or ellipses, mostly bullet lines, few alphabetic words, no stop
words. Words come from stages.text, shared with the other quality filters of a batch.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import regex

from stages.base import Decision, Doc, DocumentFilter
from stages.languages import Applied, applied, check_language_settings, profiles_sha256
from stages.text import ENGLISH_STOP_WORDS, PUNCTUATION_SET, words

_LETTER = regex.compile(r"\p{L}")  # str.isalpha's characters


@dataclass(frozen=True)
class GopherQualitySettings:
    # Gopher's rules with datatrove's defaults = FineWeb's settings; 0 or None disables a rule.
    min_doc_words: int | None = 50             # words that are not only punctuation
    max_doc_words: int | None = 100_000
    min_avg_word_length: float | None = 3      # mean characters per such word
    max_avg_word_length: float | None = 10
    max_symbol_word_ratio: float | None = 0.1  # '#' and ellipses per word
    max_bullet_lines_ratio: float | None = 0.9   # lines starting with '•' or '-'
    max_ellipsis_lines_ratio: float | None = 0.3  # lines ending with '...' or '…'
    max_non_alpha_words_ratio: float | None = 0.8  # (sic, datatrove) MIN share of words with a letter
    min_stop_words: int | None = 2             # distinct stop words present
    stop_words: tuple[str, ...] = ENGLISH_STOP_WORDS  # Gopher's English list
    # Documents in other languages than English (stages.languages, docs/languages.md):
    # "fineweb2" (FineWeb-2's word lengths, letter share and stop words for the language),
    # "same" (these settings, English stop words included), "pass" (kept untested). A language
    # FineWeb-2 has no profile for: "drop" (reason no_profile), "english", "keep" (untested).
    other_languages: str = "fineweb2"
    no_profile: str = "drop"
    # Any setting above, per language-script code: {"deu_Latn": {"min_stop_words": 3}}.
    per_language: dict[str, dict] = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "stop_words", tuple(self.stop_words))
        check_language_settings(self, THRESHOLDS)


THRESHOLDS = ("min_doc_words", "max_doc_words", "min_avg_word_length", "max_avg_word_length",
              "max_symbol_word_ratio", "max_bullet_lines_ratio", "max_ellipsis_lines_ratio",
              "max_non_alpha_words_ratio", "min_stop_words", "stop_words")
# fineweb-2-pipeline.py sets min_stop_words=2 for every language (datatrove's default too).
FINEWEB2 = {"min_stop_words": 2}
# FineWeb-2 measured word lengths of Chinese, Japanese, Thai, ... with dictionary segmenters;
# the per-character split here makes them ~1, so those bounds are not applied.
SPACELESS_OFF = ("min_avg_word_length", "max_avg_word_length")


class GopherQuality(DocumentFilter):
    """Drop documents whose words do not look like prose.

    Reasons (datatrove's, without its `gopher_` prefix): short_doc, long_doc,
    below_avg_threshold, above_avg_threshold, too_many_hashes, too_many_ellipsis,
    too_many_bullets, too_many_end_ellipsis, below_alpha_threshold, few_stop_words (datatrove:
    gopher_enough_stop_words); no_profile (stages.languages).
    """

    name, Settings = "gopher_quality", GopherQualitySettings

    def __init__(self, settings: GopherQualitySettings | None = None):
        super().__init__(settings)
        self._stop_words: dict[tuple, frozenset] = {}  # per list (English's, each profile's)
        self._symbol_cache: dict[str, int] = {}

    def _word_kinds(self, vocabulary: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Per distinct word: has a character outside the punctuation set; has a letter.
        Remembered per worker (bit 1 and bit 2 of a small int), so a word is looked at once."""
        cache = self._symbol_cache
        if len(cache) > 1_000_000:
            cache.clear()
        for word in [word for word in vocabulary if word not in cache]:
            cache[word] = ((not PUNCTUATION_SET.issuperset(word))
                           | (_LETTER.search(word) is not None) << 1)
        flags = np.fromiter(map(cache.__getitem__, vocabulary), np.int8, len(vocabulary))
        return (flags & 1).astype(bool), (flags & 2).astype(bool)

    @classmethod
    def fingerprint(cls, settings) -> dict[str, str]:
        if settings.other_languages != "fineweb2":
            return {}
        return {"fineweb2_profiles_sha256": profiles_sha256()}

    def check(self, doc: Doc) -> Decision:
        a = applied(doc, self.settings, THRESHOLDS, FINEWEB2, SPACELESS_OFF)
        return a.decision if a.decision is not None else a.tag(self.judge(doc, a))

    def judge(self, doc: Doc, a: Applied) -> Decision:
        min_len, max_len, min_alpha = (a["min_avg_word_length"], a["max_avg_word_length"],
                                       a["max_non_alpha_words_ratio"])
        min_doc_words, max_doc_words = a["min_doc_words"], a["max_doc_words"]
        max_symbols, max_bullets, max_ellipsis_lines = (
            a["max_symbol_word_ratio"], a["max_bullet_lines_ratio"], a["max_ellipsis_lines_ratio"])
        min_stop_words = a["min_stop_words"]
        stop_words = self._stop_words.get(a["stop_words"])
        if stop_words is None:
            stop_words = self._stop_words[a["stop_words"]] = frozenset(a["stop_words"])
        text = doc.text or ""
        split = words(doc, a.split_language)
        n_words = len(split.words)
        non_symbol, alphabetic = self._word_kinds(split.vocabulary) if split.vocabulary else (
            np.zeros(0, bool), np.zeros(0, bool))
        word_is_non_symbol = non_symbol[split.ids]
        n_non_symbol = int(word_is_non_symbol.sum())

        if min_doc_words and n_non_symbol < min_doc_words:
            return Decision.drop("short_doc", f"{n_non_symbol} words < {min_doc_words}")
        if max_doc_words and n_non_symbol > max_doc_words:
            return Decision.drop("long_doc", f"{n_non_symbol} words > {max_doc_words}")
        if n_non_symbol == 0:
            return Decision.drop("short_doc", "no words")
        mean_length = float(split.lengths[word_is_non_symbol].mean())
        if min_len and mean_length < min_len:
            return Decision.drop("below_avg_threshold", f"mean word length {mean_length:.2f} < {min_len}")
        if max_len and mean_length > max_len:
            return Decision.drop("above_avg_threshold", f"mean word length {mean_length:.2f} > {max_len}")
        if max_symbols:
            hashes = text.count("#") / n_words
            if hashes > max_symbols:
                return Decision.drop("too_many_hashes", f"{hashes:.3f} per word > {max_symbols}")
            ellipses = (text.count("...") + text.count("…")) / n_words
            if ellipses > max_symbols:
                return Decision.drop("too_many_ellipsis", f"{ellipses:.3f} per word > {max_symbols}")
        if max_bullets or max_ellipsis_lines:
            lines = text.splitlines()
            if max_bullets:
                bullets = sum(line.lstrip().startswith(("•", "-")) for line in lines) / len(lines)
                if bullets > max_bullets:
                    return Decision.drop("too_many_bullets", f"{bullets:.3f} of lines > {max_bullets}")
            if max_ellipsis_lines:
                ends = sum(line.rstrip().endswith(("...", "…")) for line in lines) / len(lines)
                if ends > max_ellipsis_lines:
                    return Decision.drop("too_many_end_ellipsis",
                                         f"{ends:.3f} of lines > {max_ellipsis_lines}")
        if min_alpha:
            share = int(alphabetic[split.ids].sum()) / n_words
            if share < min_alpha:
                return Decision.drop("below_alpha_threshold", f"{share:.3f} of words with a letter < {min_alpha}")
        if min_stop_words:
            if a.spaceless:  # per-character split: look for multi-character stop words in the text
                found = sum(1 for word in stop_words if word in text)
            else:
                found = len(stop_words.intersection(split.vocabulary))
            if found < min_stop_words:
                return Decision.drop("few_stop_words", f"{found} distinct stop words < {min_stop_words}")
        return Decision.keep()
