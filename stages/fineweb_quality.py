"""FineWeb's own three quality filters (Penedo et al. 2024; datatrove's FineWebQualityFilter): a
document in, dropped when few lines end in punctuation, most lines are short, lines repeat, or it
is a list (many line breaks per word). Words come from stages.text, shared with the other quality
filters of a batch.
"""
from __future__ import annotations

from dataclasses import dataclass

from stages.base import Decision, Doc, DocumentFilter
from stages.text import TERMINAL_PUNCTUATION_TUPLE, check_other_languages, profile_for, words


@dataclass(frozen=True)
class FineWebQualitySettings:
    # datatrove's defaults = FineWeb's settings (examples/fineweb.py).
    line_punct_thr: float = 0.12          # min share of lines ending in terminal punctuation
    line_punct_exclude_zero: bool = False  # True: a document with no such line passes this rule
    short_line_thr: float = 0.67          # max share of lines of <= short_line_length characters
    short_line_length: int = 30
    char_duplicates_ratio: float = 0.01   # max share of characters in duplicated lines
    new_line_ratio: float = 0.3           # max line breaks per word
    # Documents in other languages than English: "fineweb2" (FineWeb-2's punctuation and list
    # thresholds where it tuned the language, short-line rule off, duplicated characters 0.1,
    # else kept untested), "same" (these settings), "pass" (kept untested).
    other_languages: str = "fineweb2"

    def __post_init__(self):
        check_other_languages(self.other_languages)


class FineWebQuality(DocumentFilter):
    """Drop documents that FineWeb's line-level heuristics reject.

    Reasons (datatrove's): empty, line_punct_ratio, short_line_ratio, char_dup_ratio, list_ratio.
    """

    name, Settings = "fineweb_quality", FineWebQualitySettings

    def check(self, doc: Doc) -> Decision:
        s = self.settings
        language = doc.language
        which, profile = profile_for(language, s.other_languages)
        if which == "pass":
            return Decision.keep(detail=f"not tested: no setting for language {language}")
        punct_thr, short_thr, dup_ratio, newline_ratio = (
            s.line_punct_thr, s.short_line_thr, s.char_duplicates_ratio, s.new_line_ratio)
        if profile is not None:
            # fineweb-2-pipeline.py: short_line_thr=999 (off), char_duplicates_ratio=0.1
            punct_thr, short_thr, dup_ratio, newline_ratio = (
                profile.line_punct_thr, 999, 0.1, profile.new_line_ratio)
        else:
            language = None  # FineWeb's own settings go with datatrove's English word split
        text = doc.text or ""
        lines = [line for line in text.split("\n") if line.strip() != ""]
        if not lines:
            return Decision.drop("empty")
        ratio = sum(1 for line in lines if line.endswith(TERMINAL_PUNCTUATION_TUPLE)) / len(lines)
        if ratio < punct_thr and not (ratio == 0 and s.line_punct_exclude_zero):
            return Decision.drop("line_punct_ratio", f"{ratio:.3f} < {punct_thr}")
        ratio = sum(1 for line in lines if len(line) <= s.short_line_length) / len(lines)
        if ratio > short_thr:
            return Decision.drop("short_line_ratio", f"{ratio:.3f} > {short_thr}")
        seen: set[str] = set()
        duplicated = 0
        for line in lines:
            if line in seen:
                duplicated += len(line)
            else:
                seen.add(line)
        ratio = duplicated / max(1, len(text) - text.count("\n"))
        if ratio > dup_ratio:
            return Decision.drop("char_dup_ratio", f"{ratio:.3f} > {dup_ratio}")
        n_words = len(words(doc, language).words)
        ratio = text.count("\n") / n_words if n_words else float("inf")
        if ratio > newline_ratio:
            return Decision.drop("list_ratio", f"{ratio:.3f} line breaks per word > {newline_ratio}")
        return Decision.keep()
