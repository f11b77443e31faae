"""Paired before/after timings for the optimisations in BENCHMARKS.md ("Optimisations").

    python benchmarks/ab_paired.py extract "fb1000:" "full:fallback_below_chars=None"
    python benchmarks/ab_paired.py pii

On a machine shared with other jobs, CPU time per pass still moves by +-20%. Here both variants
run on every input, alternating which goes first, in one process, and each one's CPU time is summed:
the ratio holds even when the absolute numbers drift.
  extract  `before`: the stage as it was (our decoding, then trafilatura.extract on the string, its
           default fallbacks); each NAME:KWARGS argument adds TextExtractor(ExtractConfig(KWARGS)).
  pii      `before`: presidio on the whole text with its own context enhancer (the stage as it
           was); `after`: PiiScrubber.find. Also checks both find exactly the same spans.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _warc_input import extraction_pages  # noqa: E402
from quality import extracted_texts, pii_rows, snippet_score  # noqa: E402


def paired(variants: dict, inputs: list) -> tuple[dict, dict]:
    names = list(variants)
    cpu = {name: 0.0 for name in names}
    outputs = {name: [] for name in names}
    for i, item in enumerate(inputs):
        for name in names if i % 2 == 0 else names[::-1]:
            started = time.process_time()
            outputs[name].append(variants[name](item))
            cpu[name] += time.process_time() - started
    return cpu, outputs


def ab_extract(specs: list[str]) -> None:
    import trafilatura

    from stages.extract import ExtractConfig, TextExtractor, decode_html

    options = dict(include_comments=False, include_tables=True, include_images=False,
                   include_links=False, include_formatting=False, output_format="txt",
                   with_metadata=False, deduplicate=False)

    def before(html: bytes, **extra) -> str:
        document = decode_html(html)[0]
        if document.lstrip().startswith("<?xml"):
            document = re.sub(r"^\s*<\?xml[^>]*\?>", "", document, count=1)
        return (trafilatura.extract(document, **options, **extra) or "").strip()

    variants = {"before": before, "trafilatura_fast": lambda html: before(html, fast=True)}
    for spec in specs:
        name, _, kwargs = spec.partition(":")
        extractor = TextExtractor(eval(f"ExtractConfig({kwargs})"))  # noqa: S307 (command line)
        variants[name] = (lambda e: lambda html: e.extract(html)[0] or "")(extractor)
    pages = extraction_pages()
    cpu, outputs = paired(variants, [html for _, html, _ in pages])
    items = [item for _, _, item in pages]
    for name in variants:
        precision, recall, f1 = snippet_score(outputs[name], items)
        print(f"{name:18s} P {precision:.3f} R {recall:.3f} F1 {f1:.4f} "
              f"{len(pages) / cpu[name]:6.1f} pages/CPU-s  x{cpu['before'] / cpu[name]:.2f}")


def ab_pii() -> None:
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from stages.pii import CONTEXT_WORDS_BEFORE, PREFILTER, PiiConfig, PiiScrubber, resolve_overlaps

    after = PiiScrubber(PiiConfig())
    old = PiiScrubber(PiiConfig())
    old.analyzer.context_aware_enhancer = LemmaContextAwareEnhancer(
        context_matching_mode="whole_word", context_prefix_count=CONTEXT_WORDS_BEFORE)

    def before(text: str):
        if not PREFILTER.search(text):
            return []
        return resolve_overlaps(old.analyzer.analyze(text, language="en",
                                                     entities=list(old.config.entities),
                                                     score_threshold=old.config.min_score))

    spans = lambda found: [(r.entity_type, r.start, r.end, round(r.score, 6)) for r in found]  # noqa: E731
    for corpus, texts in (("extracted pages", extracted_texts()),
                          ("pii_dev paragraphs", [row["text"] for row in pii_rows()])):
        cpu, outputs = paired({"before": before, "after": after.find}, texts)
        differ = sum(spans(a) != spans(b) for a, b in zip(outputs["before"], outputs["after"]))
        print(f"{corpus}: {len(texts)} texts, before {cpu['before']:.2f} CPU s, after "
              f"{cpu['after']:.2f} CPU s, x{cpu['before'] / cpu['after']:.2f}; texts whose spans "
              f"differ: {differ}")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("extract", "pii"):
        sys.exit(__doc__)
    ab_extract(sys.argv[2:]) if sys.argv[1] == "extract" else ab_pii()
