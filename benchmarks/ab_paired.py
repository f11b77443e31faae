"""Before/after timings of the extraction, PII and prefilter steps, each side timed as a worker runs it.

    python benchmarks/ab_paired.py extract                      # trafilatura vs ours, every page set
    python benchmarks/ab_paired.py extract "old:min_sentences_per_1000=0" --rounds 3
    python benchmarks/ab_paired.py extract --write              # also BENCHMARKS.md "Extraction, back to back"
    python benchmarks/ab_paired.py extract --profile
    python benchmarks/ab_paired.py pii
    python benchmarks/ab_paired.py prefilter "after:" --languages de,en

Every side runs a block of inputs back to back, the sides take turns block by block (alternating
which goes first), never interleaved page by page (benchmarks/_blocks.py: interleaving pages
flattered ours by 1.3-1.6x, issue 26). CPU time is `time.process_time`; `--rounds` passes are
summed, so the ratio holds on a machine shared with other jobs.

  extract  `trafilatura`: trafilatura.extract(include_comments=False) on our decoding (its
           default fallbacks, our comment setting); `trafilatura_fast`: the same with fast=True;
           `ours`: TextExtractor() as the pipeline runs it; each NAME:KWARGS argument adds
           TextExtractor(ExtractSettings(KWARGS)). Page sets: the extraction benchmark's tuning
           part (411) and held-out fifth (95, `_warc_input.held_out`), the real WARC files' HTML
           pages (54) and the sample's (325), and the tuning and held-back parts of
           `_boilerplate_pages.py` (pages where trafilatura's fast mode keeps a menu, a calendar,
           a cookie notice). Per set: pages per CPU second and the ratio to trafilatura; where
           there is ground truth, F1 and a page-by-page comparison with trafilatura's own text
           (a page's score: `with` snippets found minus `without` snippets found); elsewhere, how
           many texts are trafilatura's exactly; the pages ours redid with the fallbacks, by
           reason. --profile adds cProfile tables of trafilatura and ours on the tuning part.
  pii      `before`: presidio on the whole text with its own context enhancer (the stage as it
           was); `after`: PiiScrubber.find. Also checks both find exactly the same spans.
  prefilter  `before`: the prefilter as it was before issue 12 (scripts, styles, SVG and comments
           cut by one lazy regex, every run cleaned, 1,200-character previews); each NAME:KWARGS
           argument adds LanguagePrefilter(PrefilterSettings(KWARGS)) (default "after:").
           `check` (decoding included) on all 883 dev pages with --languages (default de,en):
           CPU per page and the decisions that differ from `before`. Losses: quality.py --only prefilter.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _blocks import BLOCK, timed_in_blocks
from _report import machine, markdown_table, versions, write_section
from _warc_input import dev_pages, extraction_pages, held_out
from quality import extracted_texts, pii_rows, snippet_score

SECTION = "Extraction, back to back"


# --- extraction ---------------------------------------------------------------------------------

def page_sets() -> dict[str, list[tuple[str, bytes, str | None, dict | None]]]:
    """name -> [(key, html, declared charset, ground truth or None)]."""
    from _boilerplate_pages import boilerplate_pages

    pages = extraction_pages()
    others = dev_pages()
    return {
        "tuning (411)": [(k, h, None, i) for k, h, i in pages if not held_out(k)],
        "held-out fifth (95)": [(k, h, None, i) for k, h, i in pages if held_out(k)],
        "real WARC pages (54)": [(k, h, c, None) for k, h, c in others if k.startswith("warc::")],
        "sample pages": [(k, h, c, None) for k, h, c in others if k.startswith("sample::")],
        "boilerplate, tuning (300)": [(p.key, p.html, None, p.item) for p in boilerplate_pages("tuning", 300)],
        "boilerplate, held back (300)": [(p.key, p.html, None, p.item) for p in boilerplate_pages("held_back", 300)],
    }


# the sample's page count follows the bundled sample (325 HTML pages on 2026-12-05)
HELD_BACK_SETS = ("held-out fifth (95)", "real WARC pages (54)", "sample pages", "boilerplate, held back (300)")


def interleaved(variants: dict, inputs: list) -> dict[str, float]:
    """The old way, kept only to show what it did: each variant on each input in turn,
    alternating which goes first, CPU seconds summed per variant."""
    cpu = {name: 0.0 for name in variants}
    names = list(variants)
    for i, item in enumerate(inputs):
        for name in names if i % 2 == 0 else names[::-1]:
            started = time.process_time()
            variants[name](item)
            cpu[name] += time.process_time() - started
    return cpu


def page_score(text: str, item: dict) -> int:
    """`with` snippets found minus `without` snippets found: trafilatura's metric on one page."""
    return sum(s in text for s in item["with"]) - sum(s in text for s in item["without"])


def extract_variants(specs: list[str]) -> tuple[dict, dict]:
    """(name -> page -> (text, drop reason)), name -> TextExtractor) for trafilatura and ours."""
    import trafilatura
    from justext.core import define_stoplist
    from trafilatura.external import jt_stoplist_init

    from stages.extract import ExtractSettings, TextExtractor, decode_html  # noqa: F401 (the specs name it)

    # jusText's all-languages stoplist is a table every process builds once (~0.2 CPU s), on the
    # first page either side sends to jusText: built here, it is timed on neither side (before,
    # trafilatura's first tuning block paid it: 1-2% of its time on that set).
    define_stoplist(jt_stoplist_init())
    options = {"include_comments": False, "include_tables": True, "include_images": False,
               "include_links": False, "include_formatting": False, "output_format": "txt",
               "with_metadata": False, "deduplicate": False}

    def trafilatura_on(**extra):
        def run(page) -> tuple[str, None]:
            document = decode_html(page[1], page[2])[0]
            if document.lstrip().startswith("<?xml"):
                document = re.sub(r"^\s*<\?xml[^>]*\?>", "", document, count=1)
            return (trafilatura.extract(document, **options, **extra) or "").strip(), None
        return run

    variants = {"trafilatura": trafilatura_on(), "trafilatura_fast": trafilatura_on(fast=True)}
    extractors = {}
    for spec in ["ours:"] + specs:
        name, _, kwargs = spec.partition(":")
        extractor = extractors[name] = TextExtractor(eval(f"ExtractSettings({kwargs})"))

        def run(page, extractor=extractor) -> tuple[str, str | None]:
            text, decision = extractor.extract(page[1], page[2])
            return text or "", decision.reason
        variants[name] = run
    return variants, extractors


def compare_pages(ours: list, theirs: list, pages: list) -> dict:
    """Page by page against trafilatura's text: pages worse and better by the page score, the
    largest deficit, and the pages ours dropped with its 250-character floor where trafilatura's
    text scored higher (counted apart: the pipeline's Gopher filter drops such pages anyway)."""
    worse, better, floor, deficits = [], 0, 0, []
    for (text, reason), (their_text, _), (key, _, _, item) in zip(ours, theirs, pages):
        delta = page_score(text, item) - page_score(their_text, item)
        if delta < 0 and reason == "too_short":
            floor += 1
        elif delta < 0:
            worse.append(key)
            deficits.append(-delta)
        better += delta > 0
    return {"worse": len(worse), "better": better, "floor": floor, "max_deficit": max(deficits, default=0),
            "worse_pages": worse}


ORDER = ("parse, repair and prune the page (lxml, stages/extract.py)",
         "fast pass (trafilatura's sequence in fast mode)",
         "fallbacks (full mode, on the pages redone)",
         "the page's text length (for the fallback test)",
         "fallback test (`fallback_reason`)",
         "  in the passes: trafilatura's main extractor (`extract_content`)",
         "  in the passes: cleaning and converting the tree (`tree_cleaning`, `convert_tags`)",
         "  in the passes: the recall escalation's page measure (`html2txt`)",
         "  in the fallbacks: readability and jusText (`compare_extraction`)")


def where_the_time_goes(pages: list) -> list[list]:
    """Rows (part, CPU s, share) of one pass of TextExtractor() over `pages`, each part timed by
    wrapping the function that does it (process_time; the wrappers cost < 1%)."""
    import importlib

    import stages.extract as extract_module
    import stages.trafilatura_sequence as sequence_module
    from stages.extract import ExtractSettings, TextExtractor

    core = importlib.import_module("trafilatura.core")
    baseline = importlib.import_module("trafilatura.baseline")
    spent: dict[str, float] = {}
    patched = []

    def wrap(owner, attribute: str, part: str, when=None) -> None:
        original = getattr(owner, attribute)

        def timed(*args, **kwargs):
            if when is not None and not when(kwargs):
                return original(*args, **kwargs)
            started = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                spent[part] = spent.get(part, 0.0) + time.process_time() - started
        setattr(owner, attribute, timed)
        patched.append((owner, attribute, original))

    extractor = TextExtractor(ExtractSettings())
    for page in pages[:5]:
        extractor.extract(page[1], page[2])
    parts = dict(zip(("tree", "fast", "fallbacks", "length", "test", "main", "clean", "html2txt", "compare"), ORDER))
    wrap(extractor, "_tree", parts["tree"])
    wrap(extractor, "_trafilatura", parts["fast"], lambda kw: not kw.get("pruned"))
    wrap(extractor, "_trafilatura", parts["fallbacks"], lambda kw: kw.get("pruned"))
    wrap(extract_module, "page_chars", parts["length"])
    wrap(extract_module, "fallback_reason", parts["test"])
    wrap(sequence_module, "extract_content", parts["main"])  # our line-for-line copy of trafilatura's
    wrap(sequence_module, "_prepare_tree", parts["clean"])
    wrap(baseline, "html2txt", parts["html2txt"])
    wrap(core, "compare_extraction", parts["compare"])
    try:
        started = time.process_time()
        for page in pages:
            extractor.extract(page[1], page[2])
        total = time.process_time() - started
    finally:
        for owner, attribute, original in reversed(patched):
            setattr(owner, attribute, original)
    top = sum(v for k, v in spent.items() if not k.startswith("  "))
    order = [owner_part for owner_part in ORDER if owner_part in spent]
    rows = [[part, f"{spent[part]:.2f}", f"{100 * spent[part] / total:.0f}%"] for part in order]
    rows.append(["the rest (decoding, checks, text clean-up)", f"{total - top:.2f}", f"{100 * (total - top) / total:.0f}%"])
    rows.append(["**all**", f"{total:.2f}", "100%"])
    return rows


def ab_extract(specs: list[str], rounds: int, block: int, write: bool, profile: bool,
               tuning_only: bool = False) -> None:
    variants, extractors = extract_variants(specs)
    names = list(variants)
    rows, notes = [], []
    started = time.perf_counter()
    load = os.getloadavg()[0]  # other jobs on the cores move the ratios (the sides suffer unequally)
    for set_name, pages in page_sets().items():
        if tuning_only and set_name in HELD_BACK_SETS:
            continue
        cpu, outputs = timed_in_blocks(variants, pages, block=block, rounds=rounds)
        old_way = interleaved({name: variants[name] for name in ("trafilatura", "ours")}, pages)
        inflated = old_way["trafilatura"] / old_way["ours"]
        for extractor in extractors.values():  # fallbacks of one untimed pass
            extractor.fallbacks.clear()
            for page in pages:
                extractor.extract(page[1], page[2])
        truth = pages[0][3] is not None
        for name in names:
            per_s = rounds * len(pages) / cpu[name]
            ratio = cpu["trafilatura"] / cpu[name]
            if truth:
                texts = [t for t, _ in outputs[name]]
                f1 = f"{snippet_score(texts, [p[3] for p in pages])[2]:.4f}"
                if name == "trafilatura":
                    against = "-"
                else:
                    c = compare_pages(outputs[name], outputs["trafilatura"], pages)
                    against = (f"{c['worse']} worse (max -{c['max_deficit']}), {c['better']} better"
                               + (f", {c['floor']} under the floor" if c["floor"] else ""))
                    if name == "ours" and c["worse_pages"]:
                        notes.append(f"{set_name}, worse than trafilatura: {', '.join(c['worse_pages'])}")
            else:
                f1 = ""
                same = sum(a[0] == b[0] for a, b in zip(outputs[name], outputs["trafilatura"]))
                against = f"text = trafilatura's on {same} of {len(pages)}"
            fallbacks = ""
            if name in extractors:
                counts = extractors[name].fallbacks
                redone = {str(k): v for k, v in sorted(counts.items(), key=lambda kv: -kv[1]) if k is not None}
                fallbacks = f"{sum(redone.values())}" + (f" ({', '.join(f'{k} {v}' for k, v in redone.items())})"
                                                         if redone else "")
            rows.append([set_name, name, f"{per_s:.1f}", f"**{ratio:.2f}x**" if name == "ours" else f"{ratio:.2f}x",
                         f"{inflated:.2f}x" if name == "ours" else "", f1, against, fallbacks])
            print(" | ".join(str(c) for c in rows[-1]), flush=True)
    table = markdown_table(["pages", "extractor", "pages / CPU s", "vs trafilatura",
                            "vs trafilatura, timed page by page in turn (the old way)", "F1",
                            "page by page against trafilatura", "redone with the fallbacks"], rows)
    print(table)
    for note in notes:
        print(note)
    where = markdown_table(["part", "CPU s", "share"], where_the_time_goes(page_sets()["tuning (411)"]))
    print(where)
    print(f"({time.perf_counter() - started:.0f} s)")
    if write:
        command = "python benchmarks/ab_paired.py extract --write" + "".join(f' "{s}"' for s in specs) + \
            (f" --rounds {rounds}" if rounds != 2 else "")
        body = (f"Command: `{command}`. Machine: {machine()}, load average {load:.1f} at the start "
                f"(a shared machine: the ratios move with the load; two versions of the code are "
                f"compared in one process by `benchmarks/extract_identity.py --time`). Versions: "
                f"{versions('trafilatura', 'lxml')}. Each side runs blocks of {block} pages back to back, "
                f"the sides taking turns block by block, {rounds} rounds summed (benchmarks/_blocks.py); "
                f"page by page: trafilatura's metric on each page (`with` snippets found minus `without` "
                f"found) against trafilatura's own text. Held back from every choice of a setting: "
                f"{', '.join(HELD_BACK_SETS)}.\n\n" + table
                + ("\n\n" + "\n".join(f"- {n}" for n in notes) if notes else "")
                + "\n\nWhere ours spends its CPU, one pass over the tuning pages (each part timed by "
                "wrapping the function that does it; indented rows are inside the two passes):\n\n" + where)
        write_section(SECTION, body)
        print(f"wrote the {SECTION!r} section of BENCHMARKS.md")
    if profile:
        import cProfile
        import pstats

        tuning = page_sets()["tuning (411)"]
        for name in ("trafilatura", "ours"):
            profiler = cProfile.Profile()
            profiler.enable()
            for page in tuning:
                variants[name](page)
            profiler.disable()
            print(f"\n--- profile of {name} (tuning pages, internal time) ---")
            pstats.Stats(profiler).sort_stats("tottime").print_stats(14)


# --- PII ----------------------------------------------------------------------------------------

def ab_pii(rounds: int, block: int) -> None:
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from stages.pii import (
        CONTEXT_WORDS_BEFORE,
        PREFILTER,
        PiiScrubber,
        PiiSettings,
        resolve_overlaps,
    )

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

    spans = lambda found: [(r.entity_type, r.start, r.end, round(r.score, 6)) for r in found]
    for corpus, texts in (("extracted pages", extracted_texts()),
                          ("pii_dev paragraphs", [row["text"] for row in pii_rows()])):
        cpu, outputs = timed_in_blocks({"before": before, "after": after.find}, texts, block=block, rounds=rounds)
        differ = sum(spans(a) != spans(b) for a, b in zip(outputs["before"], outputs["after"]))
        print(f"{corpus}: {len(texts)} texts x {rounds}, before {cpu['before']:.2f} CPU s, after "
              f"{cpu['after']:.2f} CPU s, x{cpu['before'] / cpu['after']:.2f}; texts whose spans differ: {differ}")


# --- prefilter ----------------------------------------------------------------------------------

def _prefilter_before(languages: tuple[str, ...], model):
    """The prefilter as it was before issue 12's rework (commit 43ec56c): one lazy regex cut every
    script, style, SVG and comment (ending each at the first end tag of any of them), every long
    run was cleaned and sorted by its cleaned length, 1,200-character previews."""
    import html

    from stages.decoding import decode_html
    from stages.lid_model import LABEL_PREFIX

    skipped = "script|SCRIPT|Script|style|STYLE|svg|SVG|noscript|NOSCRIPT|template"
    not_text = re.compile(rf"<(?:{skipped})\b.*?</(?:{skipped})\s*>|<!--.*?-->", re.DOTALL)
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


def ab_prefilter(specs: list[str], languages: tuple[str, ...], rounds: int, block: int) -> None:
    from stages.prefilter import LanguagePrefilter

    variants, model, step = {}, None, None
    for spec in specs or ["after:"]:
        name, _, kwargs = spec.partition(":")
        config = eval(f"PrefilterSettings(languages={languages!r}, {kwargs})")
        step = LanguagePrefilter(config)
        if config.model_path is None:  # one copy of the model, as in a worker (and in its caches)
            model = step.model = model or step.model
        variants[name] = lambda page, step=step: step.check(page[1], page[2]).kept
    variants = {"before": _prefilter_before(languages, model or step.model), **variants}
    pages = dev_pages()
    cpu, outputs = timed_in_blocks(variants, pages, block=block, rounds=rounds)
    for name in variants:
        ms = 1000 * cpu[name] / (rounds * len(pages))
        differ = sum(a != b for a, b in zip(outputs["before"], outputs[name]))
        print(f"{name:12s} {ms:.3f} ms/page ({rounds} rounds)  x{cpu['before'] / cpu[name]:.2f} vs before  "
              f"skipped {outputs[name].count(False)} of {len(pages)}  decisions differing from before: {differ}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="ab_paired.py", description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("extract", "pii", "prefilter"))
    parser.add_argument("specs", nargs="*", help="NAME:KWARGS of an extra variant")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--block", type=int, default=BLOCK, help="inputs per block")
    parser.add_argument("--languages", default="de,en", help="prefilter: the languages to keep")
    parser.add_argument("--write", action="store_true", help=f"extract: write BENCHMARKS.md {SECTION!r}")
    parser.add_argument("--profile", action="store_true", help="extract: cProfile tables")
    parser.add_argument("--tuning-only", action="store_true", help="extract: leave the held-back sets out")
    args = parser.parse_args()
    if args.step == "extract":
        if args.write and args.tuning_only:
            parser.error("--write reports every set: leave --tuning-only out")
        ab_extract(args.specs, args.rounds, args.block, args.write, args.profile, args.tuning_only)
    elif args.step == "prefilter":
        ab_prefilter(args.specs, tuple(args.languages.split(",")), args.rounds, args.block)
    else:
        ab_pii(args.rounds, args.block)
