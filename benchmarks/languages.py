"""Every language FineWeb-2 style: what FineWeb-2's per-language profiles keep against FineWeb's
English settings, per language, and what `--languages all` costs against an English-only run.

    python benchmarks/languages.py                 # both parts; writes BENCHMARKS.md's section
    python benchmarks/languages.py --no-cost       # the filter part only (no pipeline runs)
    python benchmarks/languages.py --no-write

(a) Kept fraction per language. Documents: the pages of ../shared/data/extraction and the HTML
    responses of the bundled sample, extracted by stages.extract; held back, the real Common
    Crawl / AI2 pages of ../shared/data/warc; and the sentences of ../shared/data/langid (lingua's
    test set, 75 languages) assembled into documents of 8-14 lines of 1-3 sentences (seeded).
    Each document goes through langid (every language kept) and the four quality filters, twice:
      FineWeb-2: langid's per-language language_score, the filters' FineWeb-2 profiles (default);
      English:   langid at FineWeb's 0.65 for every language (`language_scores="fixed"`) and the
                 filters with FineWeb's English settings for every language
                 (`other_languages="same"`, what datatrove's filters do with their default).
    Languages are the language-script codes langid gives (stages.languages). Nothing here was
    tuned: every threshold is FineWeb's or FineWeb-2's. A few pages whose verdict changes are
    listed side by side.
(b) Cost: `pipeline run` (real Ray, a fresh output each time) on the same input with
    `--languages all` and with the default `--languages en`, alternating, records per CPU second
    of the whole process tree (psutil, benchmarks/throughput.py's TreeCpu). Input: the 506
    extraction pages as WARC records (benchmarks/_warc_input.py, many languages) plus the sample.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))

from _report import machine, markdown_table, versions, write_section  # noqa: E402
from _warc_input import REAL_WARCS, SAMPLE, SHARED_DATA, build_input, extraction_pages  # noqa: E402

FILTERS = ("gopher_repetition", "gopher_quality", "c4", "fineweb_quality")
SIDE_BY_SIDE = ("deu_Latn", "fra_Latn", "rus_Cyrl", "cmn_Hani", "jpn_Jpan", "spa_Latn")


# --- documents ----------------------------------------------------------------------------------

def page_documents() -> list[dict]:
    from pipeline.warc import read_records
    from stages.extract import ExtractSettings, TextExtractor

    extractor = TextExtractor(ExtractSettings())
    docs = []
    for key, html, _ in extraction_pages():
        text, _ = extractor.extract(html)
        if text:
            docs.append({"source": "pages", "key": key, "text": text})
    warcs = [("pages", path) for path in sorted(SAMPLE.glob("segments/*/warc/*.warc.gz"))]
    warcs += [("held back", SHARED_DATA / "warc" / name) for name in REAL_WARCS]
    for source, path in warcs:
        with open(path, "rb") as stream:
            for record in read_records(stream):
                if record.payload is None or not record.decision.kept:
                    continue
                text, _ = extractor.extract(record.payload, record.charset, record.url)
                if text:
                    docs.append({"source": source, "key": f"{path.name}#{record.record_index}",
                                 "text": text})
    return docs


def sentence_documents(seed: int = 1) -> list[dict]:
    """lingua's sentences assembled into documents: lines of 1-3 sentences, 8-14 lines each."""
    rng = random.Random(seed)
    docs = []
    for path in sorted((SHARED_DATA / "langid").glob("*.txt")):
        sentences = [s for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]
        spaceless = path.stem in ("zh", "ja", "th")
        at, number = 0, 0
        while at < len(sentences):
            lines = []
            for _ in range(rng.randint(8, 14)):
                take = rng.randint(1, 3)
                lines.append(("" if spaceless else " ").join(sentences[at:at + take]))
                at += take
                if at >= len(sentences):
                    break
            docs.append({"source": "sentences", "key": f"{path.stem}.txt#{number}",
                         "text": "\n".join(line for line in lines if line)})
            number += 1
    return docs


# --- the two settings -----------------------------------------------------------------------------

def chains():
    from stages import step_class
    from stages.langid import LangIdSettings, LanguageId

    fineweb2 = [step_class(name)() for name in FILTERS]
    english = [step_class(name)(step_class(name).Settings(other_languages="same"))
               for name in FILTERS]
    lid = LanguageId(LangIdSettings(languages=()))
    lid_fixed = LanguageId(LangIdSettings(languages=(), language_scores="fixed"))
    return lid, {"FineWeb-2": (lid, fineweb2), "English": (lid_fixed, english)}


def verdicts(docs: list[dict]) -> None:
    """Adds per document: code, score, and for each setting (stage, reason, detail) of the first
    drop, or None when kept."""
    from stages.base import Doc
    from stages.langid import LangResult

    lid, settings = chains()
    results = lid.identify([d["text"] for d in docs])
    for doc, result in zip(docs, results):
        doc["code"], doc["score"] = result.code, result.score
    for label, (langid, filters) in settings.items():
        for start in range(0, len(docs), 256):
            batch = docs[start:start + 256]
            items = []
            for doc, result in zip(batch, results[start:start + 256]):
                decision = langid.decide_result(LangResult(result.language, result.score,
                                                           result.second_opinion, result.code))
                annotations = {"language": result.language, "language_score": result.score,
                               "language_script": result.code}
                if not decision.kept:
                    doc[label] = ("langid", decision.reason, decision.detail)
                    continue
                doc[label] = None
                items.append((doc, Doc(text=doc["text"], annotations=annotations)))
            for step in filters:
                if not items:
                    break
                decided = step([d for _, d in items])
                kept = []
                for (doc, view), decision in zip(items, decided):
                    if decision.kept:
                        if decision.text is not None:
                            view.text = decision.text
                            view.cache.clear()
                        kept.append((doc, view))
                    else:
                        doc[label] = (step.name, decision.reason, decision.detail)
                items = kept


def language_rows(docs: list[dict], min_docs: int) -> list[list]:
    groups: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for doc in docs:
        kind = "sentences" if doc["source"] == "sentences" else "pages"
        groups[doc["code"]][kind].append(doc)
    rows = []
    order = sorted(groups, key=lambda c: -sum(len(v) for v in groups[c].values()))
    for code in order:
        cells = [code]
        total = 0
        for kind in ("pages", "sentences"):
            group = groups[code][kind]
            total += len(group)
            if not group:
                cells += ["", "", "", ""]
                continue
            fw2 = sum(d["FineWeb-2"] is None for d in group) / len(group)
            eng = sum(d["English"] is None for d in group) / len(group)
            top = Counter(f"{d['FineWeb-2'][0]}/{d['FineWeb-2'][1]}" for d in group
                          if d["FineWeb-2"] is not None).most_common(2)
            cells += [len(group), f"{fw2:.0%}", f"{eng:.0%}",
                      ", ".join(f"{reason} {n}" for reason, n in top)]
        if total >= min_docs:
            rows.append(cells)
    return rows


def changed_pages(docs: list[dict], per_language: int = 2) -> list[str]:
    lines = []
    for code in SIDE_BY_SIDE:
        changed = [d for d in docs if d["code"] == code and d["source"] != "sentences"
                   and (d["FineWeb-2"] is None) != (d["English"] is None)]
        changed.sort(key=lambda d: hashlib.sha1(d["key"].encode()).hexdigest())
        # one of each direction where there is one: kept only by FineWeb-2's profile, and
        # kept only by the English settings
        picked = ([d for d in changed if d["FineWeb-2"] is None][:1]
                  + [d for d in changed if d["English"] is None][:1])
        picked += [d for d in changed if d not in picked][:per_language - len(picked)]
        for doc in picked:
            def verdict(v):
                return "kept" if v is None else f"dropped `{v[0]}/{v[1]}` ({v[2] or ''})"
            snippet = " ".join(doc["text"].split())[:90].replace("|", "/")
            lines.append(f"| {code} | `{doc['key']}` ({doc['source']}) | {verdict(doc['FineWeb-2'])}"
                         f" | {verdict(doc['English'])} | {snippet}... |")
    return lines


# --- cost -------------------------------------------------------------------------------------

def run_cost(root: Path, languages: str, output: Path) -> dict:
    import psutil
    from throughput import TreeCpu

    shutil.rmtree(output, ignore_errors=True)
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
    load = os.getloadavg()[0]
    started = time.perf_counter()
    process = psutil.Popen([sys.executable, "-m", "pipeline.cli", "run", "--data-root", str(root),
                            "--snapshot", "CC-MAIN-2024-10", "--output", str(output),
                            "--languages", languages, "--no-progress"], cwd=REPO, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    tree = TreeCpu(process.pid, interval=0.05)
    out, err = process.communicate()
    wall = time.perf_counter() - started
    cpu = tree.finish()
    if process.returncode != 0:
        raise SystemExit(f"pipeline run --languages {languages}: exit {process.returncode}\n"
                         f"{err[-3000:]}")
    import json

    summary = json.loads((output / "CC-MAIN-2024-10" / "summary.json").read_text())
    return dict(cpu=cpu, wall=wall, load=load, records=summary["read"]["records_in"],
                kept=summary["tokenize"]["records_kept"], tokens=summary["tokenize"]["tokens"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--no-cost", action="store_true", help="skip the pipeline runs")
    parser.add_argument("--rounds", type=int, default=2, help="cost: runs of each setting")
    parser.add_argument("--min-docs", type=int, default=8, help="(a): languages with this many")
    args = parser.parse_args()

    docs = page_documents() + sentence_documents()
    verdicts(docs)
    counts = Counter(d["source"] for d in docs)
    print(f"{len(docs)} documents {dict(counts)}, {len({d['code'] for d in docs})} languages")
    rows = language_rows(docs, args.min_docs)
    header = ["language", "pages", "kept FineWeb-2", "kept English", "FineWeb-2's top drops",
              "sentence docs", "kept FineWeb-2", "kept English", "FineWeb-2's top drops"]
    table = markdown_table(header, rows)
    totals = []
    for source in ("pages", "held back", "sentences"):
        group = [d for d in docs if d["source"] == source]
        non_english = [d for d in group if not d["code"].startswith("eng_")]
        totals.append([source, len(group), f"{sum(d['FineWeb-2'] is None for d in group) / len(group):.1%}",
                       f"{sum(d['English'] is None for d in group) / len(group):.1%}",
                       len(non_english),
                       f"{sum(d['FineWeb-2'] is None for d in non_english) / max(1, len(non_english)):.1%}",
                       f"{sum(d['English'] is None for d in non_english) / max(1, len(non_english)):.1%}"])
    totals_table = markdown_table(["documents", "n", "kept FineWeb-2", "kept English",
                                   "not English", "kept FineWeb-2", "kept English"], totals)
    low = defaultdict(lambda: [0, 0])
    for doc in docs:
        low[doc["code"]][0] += 1
        low[doc["code"]][1] += doc["FineWeb-2"] is not None and doc["FineWeb-2"][1] == "low_score"
    low_score = ", ".join(f"{code} {dropped}/{n}" for code, (n, dropped) in
                          sorted(low.items(), key=lambda item: -item[1][1] / item[1][0])
                          if n >= args.min_docs and dropped / n >= 0.25)
    side = "\n".join(["| language | page | FineWeb-2 profiles | English settings | text |",
                      "|---|---|---|---|---|", *changed_pages(docs)])
    print(totals_table, "", table, "", side, sep="\n")

    cost_text = "(not measured: --no-cost)"
    if not args.no_cost:
        with tempfile.TemporaryDirectory(prefix="languages-bench-") as tmp:
            root = Path(tmp) / "input"
            build_input(root, records=506, files=2, with_sample=True)
            results = defaultdict(list)
            for round_number in range(args.rounds):
                for languages in ("en", "all"):
                    result = run_cost(root, languages, Path(tmp) / f"out-{languages}")
                    results[languages].append(result)
                    print(f"round {round_number + 1} --languages {languages}: "
                          f"{result['cpu']:.1f} CPU s, {result['wall']:.1f} s wall, load "
                          f"{result['load']:.2f}", flush=True)
            cost_rows = []
            for languages in ("en", "all"):
                runs = results[languages]
                records = runs[0]["records"]
                cpu = min(r["cpu"] for r in runs)
                cost_rows.append([f"--languages {languages}", f"{records:,}",
                                  f"{runs[0]['kept']:,}", f"{runs[0]['tokens']:,}",
                                  " / ".join(f"{r['cpu']:.1f}" for r in runs),
                                  f"{records / cpu:.1f}",
                                  " / ".join(f"{r['load']:.1f}" for r in runs)])
            ratio = min(r["cpu"] for r in results["all"]) / min(r["cpu"] for r in results["en"])
            cost_text = (markdown_table(["run", "WARC records", "documents kept", "tokens",
                                         "tree CPU s (each run)", "records / CPU s (best run)",
                                         "load before"], cost_rows)
                         + f"\n\n`--languages all` costs {ratio:.2f}x the CPU of the English-only "
                           f"run, for "
                           f"{results['all'][0]['kept'] / max(1, results['en'][0]['kept']):.1f}x "
                           f"the documents kept. Input: the 506 extraction pages as WARC records "
                           f"and the sample's three WARC files; in the English run the prefilter "
                           f"skips extracting the pages in other languages. The machine was "
                           f"loaded by other jobs: CPU seconds, not wall time, are the measure.")
            print(cost_text)
    if args.no_write:
        return
    body = f"""Command: `python benchmarks/languages.py`. Machine: {machine()}. Versions: {versions('fasttext-predict', 'lingua-language-detector', 'trafilatura')}.

**Kept fraction, FineWeb-2's profiles against FineWeb's English settings.** Every document through
`langid` (every language) and the four quality filters: *FineWeb-2* = each language's
`language_score` and the filters' FineWeb-2 profiles (the defaults); *English* = `langid` at 0.65
for all (`language_scores = "fixed"`) and FineWeb's English settings for all
(`other_languages = "same"`). Documents: {counts['pages']} pages (the `../shared/data/extraction`
pages and the sample's responses, extracted by `stages.extract`), {counts['held back']} held back
(the real crawl pages of `../shared/data/warc`), {counts['sentences']} documents assembled from the
sentences of `../shared/data/langid` (8-14 lines of 1-3 sentences, seed 1). Languages are the
language-script codes `langid` gave. No threshold was tuned here (all are FineWeb's or FineWeb-2's).

{totals_table}

Per language (at least {args.min_docs} documents; top drops under FineWeb-2's profiles as `step/reason`):

{table}

Where FineWeb-2's settings keep little, the drop is `langid/low_score` ({low_score or "none"}:
documents under their language's `language_score`): FineWeb-2 set those thresholds on GlotLID's
confidences, and lid.176 gives confusable neighbours (Croatian / Bosnian / Serbian, Bokmal /
Danish, Latin) lower ones. With lid.176 a recipe can lower them per language (`per_language`) or
use FineWeb's 0.65 for all (`language_scores = "fixed"`); with GlotLID (`model_path`) they are
FineWeb-2's own. The English settings drop nearly every other language for want of English stop
words (`gopher_quality/few_stop_words`).

**Pages whose verdict changes** (per language, by hash: one kept only by FineWeb-2's profile and one
kept only by the English settings where there is one):

{side}

**Cost of `--languages all`** (`pipeline run`, real Ray, fresh output each run, rounds alternating;
CPU of the whole process tree):

{cost_text}
"""
    write_section("Languages: FineWeb-2 profiles per language", body)
    print("wrote BENCHMARKS.md")


if __name__ == "__main__":
    main()
