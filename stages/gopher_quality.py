"""Gopher's quality filter (Rae et al. 2021), as FineWeb runs it (datatrove's GopherQualityFilter):
a document in, dropped when its words do not look like prose: too few or too many, too short or
too long on average, too many '#' or ellipses, mostly bullet lines, few alphabetic words, no stop
words. Words come from stages.text, shared with the other quality filters of a batch.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import regex

from stages.base import Decision, Doc, DocumentFilter
from stages.text import (ENGLISH_STOP_WORDS, PUNCTUATION_SET, SPACELESS_LANGUAGES,
                         check_other_languages, profile_for, words)

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
    # Documents in other languages than English: "fineweb2" (FineWeb-2's word lengths, letter
    # share and stop words where it tuned the language, else kept untested), "same" (these
    # settings, English stop words included), "pass" (kept untested).
    other_languages: str = "fineweb2"

    def __post_init__(self):
        object.__setattr__(self, "stop_words", tuple(self.stop_words))
        check_other_languages(self.other_languages)


class GopherQuality(DocumentFilter):
    """Drop documents whose words do not look like prose.

    Reasons (datatrove's, without its `gopher_` prefix): short_doc, long_doc,
    below_avg_threshold, above_avg_threshold, too_many_hashes, too_many_ellipsis,
    too_many_bullets, too_many_end_ellipsis, below_alpha_threshold, few_stop_words (datatrove:
    gopher_enough_stop_words).
    """

    name, Settings = "gopher_quality", GopherQualitySettings

    def __init__(self, settings: GopherQualitySettings | None = None):
        super().__init__(settings)
        self._stop_words = frozenset(self.settings.stop_words)
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

    def check(self, doc: Doc) -> Decision:
        s = self.settings
        language = doc.language
        which, profile = profile_for(language, s.other_languages)
        if which == "pass":
            return Decision.keep(detail=f"not tested: no setting for language {language}")
        min_len, max_len, min_alpha = s.min_avg_word_length, s.max_avg_word_length, s.max_non_alpha_words_ratio
        stop_words, substring_stop_words = self._stop_words, False
        if profile is not None:
            min_len, max_len = profile.min_avg_word_length, profile.max_avg_word_length
            min_alpha, stop_words = profile.max_non_alpha_words_ratio, frozenset(profile.stop_words)
            substring_stop_words = language in SPACELESS_LANGUAGES
        else:
            language = None  # FineWeb's own settings go with datatrove's English word split
        text = doc.text or ""
        split = words(doc, language)
        n_words = len(split.words)
        non_symbol, alphabetic = self._word_kinds(split.vocabulary) if split.vocabulary else (
            np.zeros(0, bool), np.zeros(0, bool))
        word_is_non_symbol = non_symbol[split.ids]
        n_non_symbol = int(word_is_non_symbol.sum())

        if s.min_doc_words and n_non_symbol < s.min_doc_words:
            return Decision.drop("short_doc", f"{n_non_symbol} words < {s.min_doc_words}")
        if s.max_doc_words and n_non_symbol > s.max_doc_words:
            return Decision.drop("long_doc", f"{n_non_symbol} words > {s.max_doc_words}")
        if n_non_symbol == 0:
            return Decision.drop("short_doc", "no words")
        mean_length = float(split.lengths[word_is_non_symbol].mean())
        if min_len and mean_length < min_len:
            return Decision.drop("below_avg_threshold", f"mean word length {mean_length:.2f} < {min_len}")
        if max_len and mean_length > max_len:
            return Decision.drop("above_avg_threshold", f"mean word length {mean_length:.2f} > {max_len}")
        if s.max_symbol_word_ratio:
            hashes = text.count("#") / n_words
            if hashes > s.max_symbol_word_ratio:
                return Decision.drop("too_many_hashes", f"{hashes:.3f} per word > {s.max_symbol_word_ratio}")
            ellipses = (text.count("...") + text.count("…")) / n_words
            if ellipses > s.max_symbol_word_ratio:
                return Decision.drop("too_many_ellipsis", f"{ellipses:.3f} per word > {s.max_symbol_word_ratio}")
        if s.max_bullet_lines_ratio or s.max_ellipsis_lines_ratio:
            lines = text.splitlines()
            if s.max_bullet_lines_ratio:
                bullets = sum(line.lstrip().startswith(("•", "-")) for line in lines) / len(lines)
                if bullets > s.max_bullet_lines_ratio:
                    return Decision.drop("too_many_bullets", f"{bullets:.3f} of lines > {s.max_bullet_lines_ratio}")
            if s.max_ellipsis_lines_ratio:
                ends = sum(line.rstrip().endswith(("...", "…")) for line in lines) / len(lines)
                if ends > s.max_ellipsis_lines_ratio:
                    return Decision.drop("too_many_end_ellipsis",
                                         f"{ends:.3f} of lines > {s.max_ellipsis_lines_ratio}")
        if min_alpha:
            share = int(alphabetic[split.ids].sum()) / n_words
            if share < min_alpha:
                return Decision.drop("below_alpha_threshold", f"{share:.3f} of words with a letter < {min_alpha}")
        if s.min_stop_words:
            if substring_stop_words:  # per-character split: look for multi-character stop words in the text
                found = sum(1 for word in stop_words if word in text)
            else:
                found = len(stop_words.intersection(split.vocabulary))
            if found < s.min_stop_words:
                return Decision.drop("few_stop_words", f"{found} distinct stop words < {s.min_stop_words}")
        return Decision.keep()
