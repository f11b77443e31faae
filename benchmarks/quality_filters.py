"""FineWeb's quality filters, ours against datatrove's own: agreement and speed on real documents.

    python benchmarks/quality_filters.py            # prints the tables, writes BENCHMARKS.md's section
    python benchmarks/quality_filters.py --no-write

Documents: the pages of ../shared/data/extraction (trafilatura's benchmark, many languages) and the
bundled sample's HTML responses, extracted with stages.extract.TextExtractor and labelled with
stages.langid; held back (never looked at while writing the word split): the HTML responses of
../shared/data/warc (real Common Crawl and AI2 crawl pages, mostly Chinese spam, some ru/de/nl/en).

(a) Agreement: datatrove 0.10's GopherRepetitionFilter, GopherQualityFilter,
    C4QualityFilter(filter_no_terminal_punct=False) and FineWebQualityFilter with FineWeb's settings
    (their default language, English, whose word tokenizer is spaCy's blank English model: offline),
    against our steps with other_languages="same" (FineWeb's settings for every document, as
    datatrove does): identical keep/drop per filter, same reason, same text after C4's line removal.
(b) Speed: documents per CPU second (process tree, psutil) per filter, each on its own (so each
    splits words itself), and our four in a chain sharing one word split: ms per average document.
(c) What our defaults (other_languages="fineweb2") do per language.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil  # noqa: E402

from _report import machine, markdown_table, versions, write_section  # noqa: E402
from _warc_input import SAMPLE, SHARED_DATA, extraction_pages  # noqa: E402

FILTERS = ("gopher_repetition", "gopher_quality", "c4", "fineweb_quality")
# datatrove's reason -> ours, where we dropped the redundant "gopher_" prefix or renamed
REASON_MAP = {"gopher_short_doc": "short_doc", "gopher_long_doc": "long_doc",
              "gopher_below_avg_threshold": "below_avg_threshold",
              "gopher_above_avg_threshold": "above_avg_threshold",
              "gopher_too_many_hashes": "too_many_hashes", "gopher_too_many_ellipsis": "too_many_ellipsis",
              "gopher_too_many_bullets": "too_many_bullets",
              "gopher_too_many_end_ellipsis": "too_many_end_ellipsis",
              "gopher_below_alpha_threshold": "below_alpha_threshold",
              "gopher_enough_stop_words": "few_stop_words"}


def cpu_seconds() -> float:
    """CPU time of this process and its children (psutil)."""
    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:2])
        except psutil.NoSuchProcess:
            pass
    return total


def load_documents() -> list[dict]:
    """Extracted, language-labelled documents: source (dev / sample / held_back), key, text."""
    from pipeline.warc import read_records
    from stages.extract import ExtractSettings, TextExtractor
    from stages.langid import LangIdSettings, LanguageId

    extractor = TextExtractor(ExtractSettings())
    docs = []
    for key, html, _ in extraction_pages():
        text, _ = extractor.extract(html)
        if text:
            docs.append({"source": "dev", "key": key, "text": text})
    warcs = [("sample", path) for path in sorted(SAMPLE.glob("segments/*/warc/*.warc.gz"))]
    warcs += [("held_back", path) for path in sorted((SHARED_DATA / "warc").glob("*/*.warc.gz"))
              if "edge_cases" not in str(path)]
    for source, path in warcs:
        with open(path, "rb") as stream:
            for record in read_records(stream):
                if record.payload is None or not record.decision.kept:
                    continue
                text, _ = extractor.extract(record.payload, record.charset, record.url)
                if text:
                    docs.append({"source": source, "key": f"{path.name}#{record.record_index}",
                                 "text": text})
    labels = LanguageId(LangIdSettings(languages=())).predict([d["text"] for d in docs])
    for doc, (language, score) in zip(docs, labels):
        doc["language"] = language
    return docs


def datatrove_filters() -> dict:
    from datatrove.pipeline.filters import (C4QualityFilter, FineWebQualityFilter,
                                            GopherQualityFilter, GopherRepetitionFilter)

    return {"gopher_repetition": GopherRepetitionFilter(), "gopher_quality": GopherQualityFilter(),
            "c4": C4QualityFilter(filter_no_terminal_punct=False),
            "fineweb_quality": FineWebQualityFilter()}


def our_filters(other_languages: str) -> dict:
    from stages import step_class

    return {name: step_class(name)(step_class(name).Settings(other_languages=other_languages))
            for name in FILTERS}


def run_datatrove(filter_, docs: list[dict]) -> tuple[list[tuple[bool, str | None, str]], float]:
    """(kept, reason, text after) per document, and CPU seconds."""
    from datatrove.data import Document

    results = []
    started = cpu_seconds()
    for index, doc in enumerate(docs):
        document = Document(text=doc["text"], id=str(index))
        verdict = filter_.filter(document)
        kept = verdict is True or (isinstance(verdict, tuple) and verdict[0])
        reason = None if kept else (verdict[1] if isinstance(verdict, tuple) else "dropped")
        results.append((kept, reason, document.text))
    return results, cpu_seconds() - started


def fresh_docs(docs: list[dict]) -> list:
    from stages.base import Doc

    return [Doc(text=d["text"], annotations={"language": d["language"]}) for d in docs]


def reset_caches() -> None:
    import stages.text

    stages.text._CHUNK_CACHE.clear()


def run_ours(step, docs: list[dict], batch: int = 256) -> tuple[list, float]:
    """Decisions and CPU seconds for one step on its own: fresh documents, empty caches."""
    reset_caches()
    batch_docs = fresh_docs(docs)
    started = cpu_seconds()
    decisions = []
    for i in range(0, len(batch_docs), batch):
        decisions += step(batch_docs[i:i + batch])
    return decisions, cpu_seconds() - started


def best_of(run, repeats: int) -> float:
    return min(run() for _ in range(repeats))


def agreement_section(docs, theirs_results, ours_results) -> tuple[list, list]:
    rows, disagreements = [], []
    for name in FILTERS:
        theirs, ours = theirs_results[name], ours_results[name]
        for source in ("dev", "sample", "held_back", "all"):
            picked = [i for i, d in enumerate(docs) if source in ("all", d["source"])]
            same = same_reason = drops = text_same = text_total = 0
            for i in picked:
                (kept, reason, text), decision = theirs[i], ours[i]
                if kept == decision.kept:
                    same += 1
                    if not kept:
                        drops += 1
                        agree = REASON_MAP.get(reason, reason) == decision.reason
                        same_reason += agree
                        if not agree and source == "all":
                            disagreements.append((name, docs[i], kept, reason, decision))
                    elif name == "c4":
                        text_total += 1
                        text_same += (decision.text if decision.text is not None else docs[i]["text"]) == text
                elif source == "all":
                    disagreements.append((name, docs[i], kept, reason, decision))
            rows.append([name, source, len(picked), f"{same / max(1, len(picked)):.2%}",
                         f"{same_reason}/{drops}",
                         f"{text_same}/{text_total}" if name == "c4" else "-"])
    return rows, disagreements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md")
    parser.add_argument("--repeats", type=int, default=3, help="timed passes of ours (best kept)")
    args = parser.parse_args()

    docs = load_documents()
    counts = Counter(d["source"] for d in docs)
    chars = sum(len(d["text"]) for d in docs) / len(docs)
    print(f"{len(docs)} documents {dict(counts)}, {chars:.0f} characters on average; languages "
          f"{Counter(d['language'] for d in docs).most_common(12)}")

    from _datatrove_offline import patch_offline

    patch_offline()
    theirs_filters = datatrove_filters()
    theirs_results, theirs_cpu = {}, {}
    for name in FILTERS:
        theirs_results[name], theirs_cpu[name] = run_datatrove(theirs_filters[name], docs)
        print(f"datatrove {name}: {len(docs) / theirs_cpu[name]:.0f} docs/CPU-s")

    same_filters = our_filters("same")
    ours_results, ours_cpu = {}, {}
    for name in FILTERS:
        ours_results[name], _ = run_ours(same_filters[name], docs)
        ours_cpu[name] = best_of(lambda: run_ours(our_filters("same")[name], docs)[1], args.repeats)

    def chain() -> float:
        reset_caches()
        steps = our_filters("same")
        batch_docs = fresh_docs(docs)
        started = cpu_seconds()
        for i in range(0, len(batch_docs), 256):
            batch = batch_docs[i:i + 256]
            for name in FILTERS:  # every document through every filter: the most work
                steps[name](batch)
        return cpu_seconds() - started

    chain_cpu = best_of(chain, args.repeats)

    agreement_rows, disagreements = agreement_section(docs, theirs_results, ours_results)
    from datatrove.utils.word_tokenizers import load_word_tokenizer

    from stages.text import split_words

    spacy_words = load_word_tokenizer("en").word_tokenize
    same_words = {source: [0, 0] for source in ("dev", "sample", "held_back")}
    for doc in docs:
        same_words[doc["source"]][0] += split_words(doc["text"]) == spacy_words(doc["text"])
        same_words[doc["source"]][1] += 1
    words_line = ", ".join(f"{source} {same}/{total}" for source, (same, total) in same_words.items())
    print("documents whose word split equals datatrove's (spaCy's):", words_line)
    speed_rows = []
    for name in FILTERS:
        ours_rate, theirs_rate = len(docs) / ours_cpu[name], len(docs) / theirs_cpu[name]
        speed_rows.append([name, f"{theirs_rate:.0f}", f"{ours_rate:.0f}", f"{ours_rate / theirs_rate:.1f}x",
                           f"{1000 * ours_cpu[name] / len(docs):.2f}"])
    chain_ms = 1000 * chain_cpu / len(docs)
    theirs_chain_ms = 1000 * sum(theirs_cpu.values()) / len(docs)
    speed_rows.append(["all four (ours: one shared word split)", f"{len(docs) / sum(theirs_cpu.values()):.0f}",
                       f"{len(docs) / chain_cpu:.0f}", f"{theirs_chain_ms / chain_ms:.1f}x", f"{chain_ms:.2f}"])

    defaults = our_filters("fineweb2")
    per_language: dict[str, Counter] = defaultdict(Counter)
    batch_docs = fresh_docs(docs)
    for name in FILTERS:
        for doc, decision in zip(batch_docs, defaults[name](batch_docs)):
            key = "not tested" if decision.kept and decision.detail else (
                "kept" if decision.kept else decision.reason)
            per_language[doc.language][f"{name}: {key}"] += 1
            if decision.text is not None:
                doc.text = decision.text
                doc.cache.clear()
    language_rows = []
    for language, counter in sorted(per_language.items(), key=lambda item: -sum(item[1].values())):
        total = sum(v for k, v in counter.items() if k.startswith("gopher_repetition"))
        language_rows.append([language, total] + [
            ", ".join(f"{k.split(': ')[1]} {v}" for k, v in sorted(counter.items(), key=lambda kv: -kv[1])
                      if k.startswith(name + ":")) for name in FILTERS])

    header_a = ["filter", "documents", "n", "same keep/drop", "same reason (drops)", "same text after C4 (kept)"]
    header_b = ["filter", "datatrove docs/CPU-s", "ours docs/CPU-s", "speed-up", "ours ms/doc"]
    header_c = ["language", "docs", *FILTERS]
    table_a, table_b, table_c = (markdown_table(header_a, agreement_rows), markdown_table(header_b, speed_rows),
                                 markdown_table(header_c, language_rows))
    listed = "\n".join(
        f"- `{name}` on `{doc['key']}` ({doc['source']}, {doc['language']}): datatrove "
        f"{'keeps' if kept else 'drops (' + str(reason) + ')'}, ours "
        f"{'keeps' if decision.kept else 'drops (' + decision.reason + ', ' + str(decision.detail) + ')'}"
        for name, doc, kept, reason, decision in disagreements) or "- none"
    print(table_a, "\n\nDisagreements:\n" + listed, "\n\n" + table_b, "\n\n" + table_c, sep="\n")
    if args.no_write:
        return
    body = f"""`python benchmarks/quality_filters.py` on {machine()}; {versions('datatrove', 'spacy', 'regex', 'numpy')}.

{len(docs)} documents extracted by `stages.extract.TextExtractor` ({counts['dev']} from the
`../shared/data/extraction` pages, {counts['sample']} from the bundled sample, {counts['held_back']} held back:
the real Common Crawl / AI2 pages of `../shared/data/warc`, never looked at while writing the word
split), {chars:.0f} characters on average, labelled by `stages.langid`.

**Agreement with datatrove's own filters**, FineWeb's settings (`examples/fineweb.py`; datatrove's default
language is English, whose word tokenizer is spaCy's blank English model, offline: no NLTK punkt data is
needed by datatrove 0.10), ours with `other_languages="same"` so every document gets FineWeb's
settings as in datatrove:

{table_a}

Disagreements, keep/drop or (both dropping) reason, over all documents:
{listed}

A reason can differ only where the word splits differ: documents whose words (stages.text) are
exactly datatrove's English split (spaCy's tokenizer): {words_line}.

**Speed**, documents per CPU second (psutil, process tree), each filter on its own (each splits words
itself; ours: best of {args.repeats} passes, caches emptied before each), and the four in a chain on the same
documents (ours share one word split per document; datatrove's column adds up its four filters):

{table_b}

**What our defaults do per language** (`other_languages="fineweb2"`; every document through every
filter, C4's new text passed on; "not tested": kept with the detail `not tested: ...`):

{table_c}
"""
    write_section("Quality filters (FineWeb's Gopher, C4, FineWeb)", body)
    print("wrote BENCHMARKS.md")


if __name__ == "__main__":
    main()
