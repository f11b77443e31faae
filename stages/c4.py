"""C4's heuristics (Raffel et al. 2020), as FineWeb runs them (datatrove's C4QualityFilter with
filter_no_terminal_punct=False): a document in, its text with javascript / cookie-policy / short
lines and Wikipedia-style citations removed out, or dropped for lorem ipsum, a curly bracket or
too few sentences. Sentences are counted on stages.text's words as spaCy's sentencizer does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from stages.base import Decision, Doc, DocumentFilter
from stages.languages import OTHER_LANGUAGES, code_of, is_english
from stages.text import count_sentences, split_words, words

CITATION = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
END_PUNCTUATION = (".", "?", "!", '"', "'")
POLICY_PHRASES = ("terms of use", "privacy policy", "cookie policy", "uses cookies",
                  "use of cookies", "use cookies")


@dataclass(frozen=True)
class C4Settings:
    # datatrove's C4QualityFilter defaults, with FineWeb's one change (examples/fineweb.py):
    # lines without terminal punctuation are kept. -1 disables a count rule, as in datatrove.
    remove_citations: bool = True       # strip "[1]", "[edit]", "[citation needed]"
    filter_no_terminal_punct: bool = False  # FineWeb: False (C4: True)
    min_num_sentences: int = 5          # sentences left after line removal
    min_words_per_line: int = 3         # shorter lines are removed
    max_word_length: int = 1000         # a line with a longer word is removed
    filter_lorem_ipsum: bool = True     # drop documents with "lorem ipsum"
    filter_javascript: bool = True      # remove lines mentioning javascript
    filter_curly_bracket: bool = True   # drop documents with "{"
    filter_policy: bool = True          # remove cookie / terms-of-use lines
    # Documents in other languages than English: "fineweb2" (kept untested: FineWeb-2 does not
    # run C4), "same" (these rules, as datatrove with its default language), "pass" (kept untested).
    other_languages: str = "fineweb2"

    def __post_init__(self):
        if self.other_languages not in OTHER_LANGUAGES:
            raise ValueError(f"other_languages must be one of {', '.join(OTHER_LANGUAGES)}; "
                             f"got {self.other_languages!r}")


class C4Quality(DocumentFilter):
    """Remove C4's unwanted lines; drop documents C4 would not keep.

    Reasons (datatrove's): lorem_ipsum, curly_bracket, too_few_sentences. Kept documents carry
    their new text (Decision.keep(text=...)) when a line or citation was removed.
    """

    name, Settings = "c4", C4Settings

    def check(self, doc: Doc) -> Decision:
        s = self.settings
        code = code_of(doc)
        if not is_english(code) and s.other_languages != "same":
            return Decision.keep(detail=f"not tested: C4 is English-only (language {code})")
        text = doc.text or ""
        split = words(doc, None) if s.min_num_sentences != -1 else None
        sentences = 0
        kept: list[str] = []
        for index, raw in enumerate(text.splitlines()):
            line = stripped = raw.strip()
            line_words = line.split()
            if (s.max_word_length != -1 and len(line) > s.max_word_length
                    and any(len(w) > s.max_word_length for w in line_words)):
                continue
            if s.remove_citations and "[" in line:
                line = CITATION.sub("", line)
            if s.filter_no_terminal_punct and (not line.endswith(END_PUNCTUATION) or line.endswith("...")):
                continue
            if len(line_words) < s.min_words_per_line:
                continue
            lower = line.lower()
            if s.filter_lorem_ipsum and "lorem ipsum" in lower:
                return Decision.drop("lorem_ipsum")
            if s.filter_javascript and "javascript" in lower:
                continue
            if s.filter_curly_bracket and "{" in line:
                return Decision.drop("curly_bracket")
            if s.filter_policy and any(phrase in lower for phrase in POLICY_PHRASES):
                continue
            if split is not None:
                if line == stripped:  # no citation removed: the line's words are the shared split's
                    line_words_split = split.words[split.line_starts[index]:split.line_starts[index + 1]]
                else:
                    line_words_split = split_words(line)
                sentences += count_sentences(line_words_split)
            kept.append(line)
        if sentences < s.min_num_sentences:
            return Decision.drop("too_few_sentences", f"{sentences} < {s.min_num_sentences}")
        new_text = "\n".join(kept).strip()
        return Decision.keep() if new_text == text else Decision.keep(text=new_text)
