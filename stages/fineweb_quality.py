"""FineWeb's own three quality filters (Penedo et al. 2024; datatrove's FineWebQualityFilter): a
document in, dropped when few lines end in punctuation, most lines are short, lines repeat, or it
is a list (many line breaks per word); English by FineWeb's settings, other languages by
FineWeb-2's profile (stages.languages). Words come from stages.text, shared with the other quality
filters of a batch.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from stages.base import Decision, Doc, DocumentFilter
from stages.languages import Applied, applied, check_language_settings, profiles_sha256
from stages.text import TERMINAL_PUNCTUATION_TUPLE, words


@dataclass(frozen=True)
class FineWebQualitySettings:
    # datatrove's defaults = FineWeb's settings (examples/fineweb.py).
    line_punct_thr: float = 0.12          # min share of lines ending in terminal punctuation
    line_punct_exclude_zero: bool = False  # True: a document with no such line passes this rule
    short_line_thr: float = 0.67          # max share of lines of <= short_line_length characters
    short_line_length: int = 30
    char_duplicates_ratio: float = 0.01   # max share of characters in duplicated lines
    new_line_ratio: float = 0.3           # max line breaks per word
    # Documents in other languages than English (stages.languages, docs/languages.md):
    # "fineweb2" (FineWeb-2's punctuation and list thresholds for the language, short-line rule
    # off, duplicated characters 0.1), "same" (these settings), "pass" (kept untested). A
    # language FineWeb-2 has no profile for: "drop" (reason no_profile), "english", "keep".
    other_languages: str = "fineweb2"
    no_profile: str = "drop"
    # Any threshold above, per language-script code: {"deu_Latn": {"line_punct_thr": 0.1}}.
    per_language: dict[str, dict] = field(default_factory=dict)

    def __post_init__(self):
        check_language_settings(self, THRESHOLDS)


THRESHOLDS = ("line_punct_thr", "line_punct_exclude_zero", "short_line_thr", "short_line_length",
              "char_duplicates_ratio", "new_line_ratio")
# fineweb-2-pipeline.py, for every language: short_line_thr=999 ("we disable this filter"),
# char_duplicates_ratio=0.1 ("we changed this from 0.01 in fineweb english").
FINEWEB2 = {"short_line_thr": 999, "char_duplicates_ratio": 0.1}


class FineWebQuality(DocumentFilter):
    """Drop documents that FineWeb's line-level heuristics reject.

    Reasons (datatrove's): empty, line_punct_ratio, short_line_ratio, char_dup_ratio, list_ratio;
    no_profile (stages.languages).
    """

    name, Settings = "fineweb_quality", FineWebQualitySettings

    @classmethod
    def fingerprint(cls, settings) -> dict[str, str]:
        if settings.other_languages != "fineweb2":
            return {}
        return {"fineweb2_profiles_sha256": profiles_sha256()}

    def check(self, doc: Doc) -> Decision:
        a = applied(doc, self.settings, THRESHOLDS, FINEWEB2)
        return a.decision if a.decision is not None else a.tag(self.judge(doc, a))

    def judge(self, doc: Doc, a: Applied) -> Decision:
        punct_thr, short_thr, dup_ratio, newline_ratio = (
            a["line_punct_thr"], a["short_line_thr"], a["char_duplicates_ratio"], a["new_line_ratio"])
        text = doc.text or ""
        lines = [line for line in text.split("\n") if line.strip() != ""]
        if not lines:
            return Decision.drop("empty")
        ratio = sum(1 for line in lines if line.endswith(TERMINAL_PUNCTUATION_TUPLE)) / len(lines)
        if ratio < punct_thr and not (ratio == 0 and a["line_punct_exclude_zero"]):
            return Decision.drop("line_punct_ratio", f"{ratio:.3f} < {punct_thr}")
        ratio = sum(1 for line in lines if len(line) <= a["short_line_length"]) / len(lines)
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
        n_words = len(words(doc, a.split_language).words)
        ratio = text.count("\n") / n_words if n_words else float("inf")
        if ratio > newline_ratio:
            return Decision.drop("list_ratio", f"{ratio:.3f} line breaks per word > {newline_ratio}")
        return Decision.keep()
