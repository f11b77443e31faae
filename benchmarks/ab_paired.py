"""Paired before/after timings for the optimisations in BENCHMARKS.md ("Optimisations").

    python benchmarks/ab_paired.py extract "ours:" "old:prune=False,fallback_below_chars=1000,fallback_below_coverage=0,menu_short_line_share=1"
    python benchmarks/ab_paired.py extract --profile "ours:"
    python benchmarks/ab_paired.py pii

On a machine shared with other jobs, CPU time per pass still moves by +-20%. Here both variants
run on every input, alternating which goes first, in one process, and each one's CPU time is summed:
the ratio holds even when the absolute numbers drift.
  extract  `before`: trafilatura.extract(include_comments=False) on our decoding (its default
           fallbacks, our comment setting); each NAME:KWARGS argument adds
           TextExtractor(ExtractSettings(KWARGS)). F1 on all pages, the tuning part and the held-out
           fifth (benchmarks/_warc_input.py `held_out`); --profile adds cProfile tables of
           `before` and the last variant; --other-pages runs them on the real WARC files' and
           the sample's HTML pages instead (speed, and texts equal to trafilatura's).
  pii      `before`: presidio on the whole text with its own context enhancer (the stage as it
           was); `after`: PiiScrubber.find. Also checks both find exactly the same spans.
  prefilter  `before`: the prefilter as it was (scripts, styles, SVG and comments cut by one
           lazy regex, every run cleaned, 1,200-character previews); each NAME:KWARGS argument
           adds LanguagePrefilter(PrefilterSettings(KWARGS)) as it is now (default "after:").
           `check` (decoding included) on all 883 dev pages (_warc_input.py `dev_pages`) with
           --languages (default de,en), --rounds times (default 3): CPU per page per round and
           the decisions that differ from `before`. Losses: quality.py --only prefilter.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _warc_input import extraction_pages, held_out  # noqa: E402
from quality import extracted_texts, pii_rows, snippet_score  # noqa: E402


def paired(variants: dict, inputs: list, per_item: dict | None = None) -> tuple[dict, dict]:
    """Each variant on each input, alternating which goes first; CPU seconds summed per variant
    (and, with `per_item`, listed per input in it)."""
    names = list(variants)
    cpu = {name: 0.0 for name in names}
    outputs = {name: [] for name in names}
    for i, item in enumerate(inputs):
        for name in names if i % 2 == 0 else names[::-1]:
            started = time.process_time()
            outputs[name].append(variants[name](item))
            used = time.process_time() - started
            cpu[name] += used
            if per_item is not None:
                per_item.setdefault(name, []).append(used)
    return cpu, outputs


def ab_extract_other(variants: dict) -> None:
    """The variants on the pages outside the extraction benchmark, none of them used to choose an
    extraction setting: the HTML responses of the real WARC files in ../shared/data/warc and of
    the bundled sample (10 languages, 7 charsets). No ground truth: speed, and how many texts are
    the same as trafilatura's."""
    from _warc_input import dev_pages

    for source in ("warc", "sample"):
        pages = [html for key, html, _ in dev_pages() if key.startswith(source + "::")]
        cpu, outputs = paired(variants, pages)
        print(f"{source}: {len(pages)} pages")
        for name in variants:
            same = sum(a == b for a, b in zip(outputs[name], outputs["before"]))
            print(f"  {name:18s} {len(pages) / cpu[name]:6.1f} pages/CPU-s  x{cpu['before'] / cpu[name]:.2f}  "
                  f"text = trafilatura's on {same} of {len(pages)}")


def ab_extract(specs: list[str], profile: bool = False, other_pages: bool = False) -> None:
    import trafilatura

    from stages.extract import ExtractSettings, TextExtractor, decode_html

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
        extractor = TextExtractor(eval(f"ExtractSettings({kwargs})"))  # noqa: S307 (command line)
        variants[name] = (lambda e: lambda html: e.extract(html)[0] or "")(extractor)
    if other_pages:
        ab_extract_other(variants)
        return
    pages = extraction_pages()
    parts = {"all": [True] * len(pages), "tuning": [not held_out(k) for k, _, _ in pages],
             "held-out": [held_out(k) for k, _, _ in pages]}
    per_page: dict = {}
    cpu, outputs = paired(variants, [html for _, html, _ in pages], per_page)
    for name in variants:
        scores = []
        for part, chosen in parts.items():
            texts = [t for t, c in zip(outputs[name], chosen) if c]
            items = [item for (_, _, item), c in zip(pages, chosen) if c]
            scores.append(f"{part} F1 {snippet_score(texts, items)[2]:.4f}")
        held = [c for c, h in zip(per_page[name], parts["held-out"]) if h]
        held_before = [c for c, h in zip(per_page["before"], parts["held-out"]) if h]
        print(f"{name:18s} {', '.join(scores)}  {len(pages) / cpu[name]:6.1f} pages/CPU-s  "
              f"x{cpu['before'] / cpu[name]:.2f} (held-out x{sum(held_before) / sum(held):.2f})")
    if profile:
        import cProfile
        import pstats

        for name in ("before", list(variants)[-1]):
            profiler = cProfile.Profile()
            profiler.enable()
            for _, html, _ in pages[::2]:
                variants[name](html)
            profiler.disable()
            print(f"\n--- profile of {name} (every 2nd page, internal time) ---")
            pstats.Stats(profiler).sort_stats("tottime").print_stats(14)


def ab_pii() -> None:
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from stages.pii import CONTEXT_WORDS_BEFORE, PREFILTER, PiiSettings, PiiScrubber, resolve_overlaps

    after = PiiScrubber(PiiSettings())
    old = PiiScrubber(PiiSettings())
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


def _prefilter_before(languages: tuple[str, ...], model):
    """The prefilter as it was before issue 12's rework (commit 43ec56c): one lazy regex cut every
    script, style, SVG and comment (ending each at the first end tag of any of them), every long
    run was cleaned and sorted by its cleaned length, 1,200-character previews."""
    import html

    from stages.decoding import decode_html
    from stages.lid_model import LABEL_PREFIX

    skipped = "script|SCRIPT|Script|style|STYLE|svg|SVG|noscript|NOSCRIPT|template"
    not_text = re.compile(rf"<(?:{skipped})\b.*?</(?:{skipped})\s*>|<!--.*?-->", re.S)
    long_runs, all_runs = re.compile(r">([^<]{40,})"), re.compile(r">([^<]+)")

    def clean(runs, min_chars):
        cleaned = []
        for run in runs:
            run = " ".join((html.unescape(run) if "&" in run else run).split())
            if run and len(run) >= min_chars:
                cleaned.append(run)
        return cleaned

    def preview_of(document: str) -> str:
        text = not_text.sub(" ", document[:400_000])
        runs = clean(long_runs.findall(text), 40)
        if sum(map(len, runs)) < 200:
            runs = clean(all_runs.findall(text), 0)
        else:
            runs.sort(key=len, reverse=True)
        preview, size = [], 0
        for run in runs:
            preview.append(run[:300])
            size += len(preview[-1]) + 1
            if size >= 1200:
                break
        return " ".join(preview)[:1200]

    def check(page) -> bool:
        preview = preview_of(decode_html(page[1], page[2])[0])
        if not preview:
            return True
        labels, _ = model.predict(preview, k=-1, threshold=0.01)
        return any(label[len(LABEL_PREFIX):] in languages for label in labels)

    return check


def ab_prefilter(specs: list[str], languages: tuple[str, ...], rounds: int) -> None:
    from _warc_input import dev_pages
    from stages.prefilter import LanguagePrefilter, PrefilterSettings

    variants, model = {}, None
    for spec in specs or ["after:"]:
        name, _, kwargs = spec.partition(":")
        config = eval(f"PrefilterSettings(languages={languages!r}, {kwargs})")  # noqa: S307 (command line)
        step = LanguagePrefilter(config)
        if config.model_path is None:  # one copy of the model, as in a worker (and in its caches)
            model = step.model = model or step.model
        variants[name] = (lambda s: lambda page: s.check(page[1], page[2]).kept)(step)
    variants = {"before": _prefilter_before(languages, model or step.model), **variants}
    pages = dev_pages()
    per_round = {name: [] for name in variants}
    for _ in range(rounds):
        cpu, outputs = paired(variants, pages)
        for name in variants:
            per_round[name].append(1000 * cpu[name] / len(pages))
    for name in variants:
        ms = per_round[name]
        differ = sum(a != b for a, b in zip(outputs["before"], outputs[name]))
        ratios = [b / m for b, m in zip(per_round["before"], ms)]
        print(f"{name:12s} {min(ms):.3f}-{max(ms):.3f} ms/page over {rounds} rounds  "
              f"x{min(ratios):.2f}-{max(ratios):.2f} vs before  skipped {outputs[name].count(False)} "
              f"of {len(pages)}  decisions differing from before: {differ}")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("extract", "pii", "prefilter"):
        sys.exit(__doc__)
    if sys.argv[1] == "extract":
        ab_extract([a for a in sys.argv[2:] if not a.startswith("--")], profile="--profile" in sys.argv,
                   other_pages="--other-pages" in sys.argv)
    elif sys.argv[1] == "prefilter":
        import argparse

        parser = argparse.ArgumentParser(prog="ab_paired.py prefilter")
        parser.add_argument("specs", nargs="*")
        parser.add_argument("--languages", default="de,en")
        parser.add_argument("--rounds", type=int, default=3)
        args = parser.parse_args(sys.argv[2:])
        ab_prefilter(args.specs, tuple(args.languages.split(",")), args.rounds)
    else:
        ab_pii()
