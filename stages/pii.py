"""PII scrubbing: document text in, text with typed placeholders ("<EMAIL_ADDRESS>") out, plus counts.

presidio-analyzer does the work with pattern/validation recognizers only (e-mail and IP:
`stages/pii_addresses.py`, IBAN: `stages/pii_cards.py`), over spaCy's blank English tokenizer: no
spaCy model, no download, and tldextract reads its bundled suffix list, never the network. A compiled regex prefilter skips presidio on texts with no
candidate at all. US SSNs (`stages/pii_ssn.py`) are looked for inside the same candidate windows, by
their shape, issued ranges and the words and columns around them. Phone numbers are found on the
whole text by `stages/pii_phones.py`: `phonenumbers` checks the digits, the page's URL and
language hint at the region of national numbers, and the words, labels, table columns and contact
blocks around a number decide the rest (docs/pii.md). Card numbers (`CardRecognizer`,
`stages/pii_cards.py`) are looked for within the same windows by issuer prefix, length, printed groups and Luhn, their context
(card words, keys, columns) read from the whole text. PII never drops a document. It does not
find names, street addresses or ids other than those six types.

This module holds what a driver reads (`PiiSettings`, the step's class); presidio, spaCy and the
recognizers load from `stages/pii_engine.py` when a `PiiScrubber` is built (~1.4 CPU s, once per
worker).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from stages.base import Annotation, Decision, Doc, Step

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult

ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")


@dataclass(frozen=True)
class PiiSettings:
    entities: tuple[str, ...] = ENTITIES
    # Measured on shared/data/pii/pii_dev.jsonl (see tests/stages/test_pii.py): validated matches
    # score 1.0, well-formed IPs 0.6, presidio's medium SSN 0.5; weak shapes (bare digit runs as
    # card / SSN) score 0.05-0.4 and reach >= 0.55 only with a context word ("card", "ssn", ...)
    # within 2 words before. Phone numbers score 0.6-0.7 once their shape, page or context makes
    # them one (PhoneNumberRecognizer), else they are not reported. 0.5 drops SSN-like 9-digit runs
    # and 12-19 digit Luhn runs, which on real text are mostly ids and order numbers.
    min_score: float = 0.5
    language: str = "en"
    # the learned context model (stages/pii_context.py, docs/pii.md): takes back card candidates
    # the rules reject (p >= 0.9). On: trained with blind10 and blind11, leave-one-author-out
    # card errors 64 -> 25; blind12, never read: card recall 0.871 -> 0.958
    context_model: bool = True
    # the learned context model of phone numbers (stages/pii_phone_context.py, docs/pii.md): drops
    # a phone the rules took at p < 0.02. On: leave-one-author-out phone errors 256 -> 242;
    # blind12, never read: false phones 107 -> 18
    phone_context_model: bool = True

    def __post_init__(self):
        unknown = sorted(set(self.entities) - set(ENTITIES))
        if unknown:
            raise ValueError(f"entities: unsupported {unknown}; choose from {ENTITIES}")
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {self.min_score}")


# A text can hold a match of one of presidio's recognizers below only if it matches this (each
# branch is a superset of the recognizers' own patterns; tests check it on the data sets):
# e-mail needs "@"; IPv4 four dotted numbers; IPv6 "::" or hex:hex:hex; IBAN two capitals + two
# digits; SSN (9) and card (12+) digit runs with at most 4 separators between consecutive digits.
# Phone numbers are found on the whole text by PhoneNumberRecognizer.spans, outside presidio.
PREFILTER = re.compile(
    r"@"
    r"|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d"
    r"|::|[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]"
    r"|[A-Za-z]{2}\d{2}"
    r"|\d(?:\D{0,4}\d){8}"
)

CONTEXT_WORDS_BEFORE = 2
# Text kept on each side of a prefilter candidate for presidio: holds the context words before it
# and the whole of the longest entity around it (an IBAN is at most 34 characters plus spaces, an
# e-mail's local part 64 before its "@"), with room to spare.
WINDOW_CHARS = 200
# A window edge moves outwards to whitespace, so no token is cut; one that finds none within this
# many characters (a huge blob without spaces) gives up and takes the whole text.
MAX_EDGE_SHIFT = 2000


class PiiScrubber(Step):
    """Replace e-mails, phones, IPs, card numbers, IBANs and SSNs with typed placeholders."""

    name, Settings = "pii", PiiSettings
    CONTEXT_SCORE = 0.55  # a candidate the model takes back: above min_score, below phones' 0.6
    annotations = (Annotation("pii_counts", "map<string,int32>",
                              "replacements made per presidio entity type"),)

    def __init__(self, config: PiiSettings = PiiSettings()):
        # presidio, spaCy and the recognizers' patterns load here (stages/pii_engine.py, ~1.4 CPU
        # s), once per worker: a driver checking a recipe reads PiiSettings and never pays for them
        from stages.pii_engine import (
            CardRecognizer,
            ContextModel,
            PhoneNumberRecognizer,
            SsnRecognizer,
            build_analyzer,
            load_phone_context,
        )

        self.config = self.settings = config
        self.analyzer = build_analyzer(config.language)  # once per worker
        self.phones = next(r for r in self.analyzer.registry.recognizers
                           if isinstance(r, PhoneNumberRecognizer))
        self.ssns = SsnRecognizer(config.language)
        self.cards = CardRecognizer(config.language)  # on whole texts, outside presidio
        self.context = ContextModel.load() if config.context_model else None
        self.phone_context = load_phone_context() if config.phone_context_model else None

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for doc in docs:
            text, counts = self.scrub(doc.text or "", url=doc.url, language=doc.language)
            decisions.append(Decision.keep(text=text, pii_counts=counts))
        return decisions

    def find(self, text: str, url: str | None = None,
             language: str | None = None) -> list[RecognizerResult]:
        """Non-overlapping spans at or above min_score, sorted by start. `url` and `language`
        (the page's, when known) hint at the region of national phone numbers.

        presidio only sees the windows around prefilter candidates (see `candidate_windows`):
        tokenizing whole pages with spaCy was most of this stage's time. Phone numbers are found
        on the whole text (their context may be a table header far above them). With
        `context_model`, the learned model (stages/pii_context.py) may take back an SSN or card
        candidate the rules rejected, or drop an SSN, card or IP they accepted.
        """
        results, windows = self.rule_results(text, url, language)
        if self.context is not None and windows:
            results = self.context_adjusted(text, windows, results)
            results = self.card_over_context_phone(text, results)
        return resolve_overlaps([r for r in results if r.score >= self.config.min_score])

    def card_over_context_phone(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A number the context model takes back as a card ("Ann Lee | +64 3 296 1310 | 4155 161
        000 052 | ann@…": a 13-digit Visa in 4-3-3-3 groups) is no phone when only its row made it
        one: its digits as written, without a "+", an "00" or a trunk 0, are no region's number
        (`PhoneNumbers.shape` weak), so the card wins over the phone's row context."""
        cards = {(r.start, r.end) for r in results
                 if r.entity_type == "CREDIT_CARD" and r.score == self.CONTEXT_SCORE}
        if not cards:
            return results
        numbers = self.phones.numbers
        return [r for r in results if not (
            r.entity_type == "PHONE_NUMBER" and (r.start, r.end) in cards and
            not text.startswith(("+", "0"), r.start) and
            numbers.shape(text[r.start:r.end])[0] < numbers.POSSIBLE)]

    def rule_results(self, text: str, url: str | None = None,
                     language: str | None = None) -> tuple[list[RecognizerResult], list[tuple[int, int]]]:
        """Every recognizer's results before overlaps are resolved (cards below min_score too),
        and the prefilter windows."""
        from stages.pii_engine import (
            RecognizerResult,
            page_regions,
            phone_context_spans,
        )

        results = []
        entities = [e for e in self.config.entities if e not in ("PHONE_NUMBER", "US_SSN", "CREDIT_CARD")]
        windows = candidate_windows(text) if entities or "US_SSN" in self.config.entities or \
            "CREDIT_CARD" in self.config.entities else []
        if entities:
            for start, end in windows:
                for result in self.analyzer.analyze(text[start:end], language=self.config.language,
                                                    entities=entities,
                                                    score_threshold=self.config.min_score):
                    result.start += start
                    result.end += start
                    results.append(result)
        named_cards = []  # numbers a card word names that are no payment card: no phones either
        if "CREDIT_CARD" in self.config.entities and windows:
            results += [RecognizerResult("CREDIT_CARD", start, end, score)
                        for start, end, score in self.cards.spans(text, windows, named_cards)]
        regions = page_regions(url, language)
        if "PHONE_NUMBER" in self.config.entities:
            phones = self.phones.spans(text, regions) if self.phone_context is None else \
                phone_context_spans(self.phone_context, self.phones.numbers, text, regions)
            results += [RecognizerResult("PHONE_NUMBER", start, end, score)
                        for start, end, score in phones if score >= self.config.min_score
                        and (start, end) not in named_cards]
        if "US_SSN" in self.config.entities:
            results += [RecognizerResult("US_SSN", start, end, score)
                        for start, end, score in self.ssns.spans(text, regions, windows)
                        if score >= self.config.min_score]
        return results, windows

    def context_candidates(self, text: str, windows: Sequence[tuple[int, int]],
                           results: Sequence[RecognizerResult]) -> list[tuple[str, int, int, float | None]]:
        """(entity, start, end, rule score or None) of each SSN, card and IP candidate."""
        from stages.pii_engine import CONTEXT_ENTITIES, context_candidates

        rule_spans = {(r.entity_type, r.start, r.end): r.score for r in results
                      if r.entity_type in CONTEXT_ENTITIES}
        return context_candidates(text, windows, self.config.entities, rule_spans, self.cards,
                                  self.ssns)

    def context_adjusted(self, text: str, windows: Sequence[tuple[int, int]],
                         results: list[RecognizerResult]) -> list[RecognizerResult]:
        from stages.pii_engine import (
            CONTEXT_ENTITIES,
            RecognizerResult,
            _Layout,
            context_candidates,
            context_features,
            csv_cells,
            may_be_card_at,
        )

        model, min_score = self.context, self.config.min_score
        entities = [e for e in CONTEXT_ENTITIES if e in self.config.entities and
                    (model.accept[e] <= 1.0 or model.veto[e] > 0.0)]  # a type with both sides off: skipped
        rule_spans = {(r.entity_type, r.start, r.end): r.score for r in results if r.entity_type in entities}
        found = context_candidates(text, windows, entities, rule_spans, self.cards, self.ssns) if entities else []
        if not found:
            return results
        layout = _Layout(csv_cells(text))
        dropped, added = set(), []
        for entity, start, end, rule_score in found:
            accepted = rule_score is not None and rule_score >= min_score
            if accepted and model.veto[entity] <= 0.0 or not accepted and model.accept[entity] > 1.0:
                continue  # (that side is switched off: no need to score)
            probability = model.probability(context_features(text, start, end, entity, rule_score, layout, self.ssns))
            if accepted and probability < model.veto[entity]:
                dropped.add((entity, start, end))
            elif not accepted and probability >= model.accept[entity] and \
                    (entity != "CREDIT_CARD" or may_be_card_at(text, start, end, layout)):
                # (the standard, not the words, rules out an IMEI or a Visa prefix at 15 digits)
                added.append(RecognizerResult(entity, start, end, self.CONTEXT_SCORE))
        return [r for r in results if (r.entity_type, r.start, r.end) not in dropped and
                not (r.score < min_score and any(a.entity_type == r.entity_type and a.start == r.start
                                                 and a.end == r.end for a in added))] + added

    def scrub(self, text: str, url: str | None = None,
              language: str | None = None) -> tuple[str, dict[str, int]]:
        spans = self.find(text, url, language)
        pieces, counts, position = [], Counter(), 0
        for span in spans:
            pieces.append(text[position:span.start])
            pieces.append(f"<{span.entity_type}>")
            counts[span.entity_type] += 1
            position = span.end
        pieces.append(text[position:])
        return "".join(pieces), dict(counts)

    def scrub_batch(self, texts: list[str]) -> tuple[list[str], list[dict[str, int]]]:
        scrubbed = [self.scrub(text) for text in texts]
        return [text for text, _ in scrubbed], [counts for _, counts in scrubbed]


def candidate_windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) ranges of `text` around every PREFILTER match, each widened by
    WINDOW_CHARS and then to whitespace; empty when nothing can be PII."""
    windows: list[list[int]] = []
    for match in prefilter_matches(text):
        start = max(0, match.start() - WINDOW_CHARS)
        end = min(len(text), match.end() + WINDOW_CHARS)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    out: list[tuple[int, int]] = []
    for start, end in windows:
        start, end = _to_whitespace(text, start, -1), _to_whitespace(text, end, 1)
        if start is None or end is None:
            return [(0, len(text))]
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


# Every PREFILTER match has "@", ":" or a digit among its first three characters.
_PREFILTER_HINT = re.compile(r"[@:\d]")


def prefilter_matches(text: str) -> Iterator[re.Match]:
    """PREFILTER.finditer(text), tried only at the two characters before and at each "@", ":" or
    digit: the same matches, where the plain scan tries every alternative at every letter (0.29
    against 0.08 ms per document of the full-size WARC file, issue 26)."""
    position, hint, match_at = 0, _PREFILTER_HINT.search, PREFILTER.match
    while (found := hint(text, position)) is not None:
        at = found.start()
        for start in range(max(position, at - 2), at + 1):
            match = match_at(text, start)
            if match is not None:
                yield match
                position = match.end()
                break
        else:
            position = at + 1


def _to_whitespace(text: str, position: int, step: int) -> int | None:
    """`position` moved by `step` until the character before it (step -1: at position - 1) or at
    it (step 1) is whitespace or the text ends; None if that takes more than MAX_EDGE_SHIFT."""
    for _ in range(MAX_EDGE_SHIFT):
        if position <= 0 or position >= len(text):
            return max(0, min(position, len(text)))
        if (text[position - 1] if step < 0 else text[position]).isspace():
            return position
        position += step
    return None


def resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Same-type overlaps merge into their union; across types the higher score, then the longer
    span, then the earlier one wins. Returns non-overlapping results sorted by start."""
    from stages.pii_engine import RecognizerResult

    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.entity_type, r.start, -r.end)):
        last = merged[-1] if merged else None
        if last is not None and last.entity_type == result.entity_type and result.start < last.end:
            last.end = max(last.end, result.end)
            last.score = max(last.score, result.score)
        else:
            merged.append(RecognizerResult(result.entity_type, result.start, result.end,
                                           result.score))
    kept: list[RecognizerResult] = []
    for result in sorted(merged, key=lambda r: (-r.score, -(r.end - r.start), r.start)):
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: r.start)
