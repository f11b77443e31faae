"""Hand-written hot spots of the steps against the plain call they replace, on the documents
of the full-size WARC file as they reach each step (issue 26: CPU per response).

    python benchmarks/step_rivals.py                # prints the table, writes BENCHMARKS.md's section
    python benchmarks/step_rivals.py --pages 500 --no-write

Input: the first `--pages` responses of benchmarks/_fullsize_input.py's file (built once, kept in
~/.cache/cc-pipeline/fullsize_warc/, as benchmarks/fullsize_warc.py does), run through the
default recipe's per-file steps, so each rival sees the documents its step sees in a run. Each
pair is timed as a worker runs it, in alternating blocks (benchmarks/_blocks.py), and must give
the same output on every document; a rival that is not faster should go.

- gopher_repetition's n-gram groups: np.unique(return_index=True, return_inverse=True,
  return_counts=True) against one unstable argsort (`_ngram_groups` below, which the step used
  until it sorted only the positions whose (n-1)-grams repeat:
  stages.gopher_repetition._repeated_ngram_groups, timed by benchmarks/runner_overhead.py), for
  n = 2..10 as the step asks (ids, first positions and counts).
- pii's candidates: PREFILTER.finditer against stages.pii.prefilter_matches (tried only near
  "@", ":" and digits).
- blocklist's subwords: one alternation of the words (longest first) against stages.blocklist.any_of
  (the same words as a trie), searched in every normalized URL.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))

import _fullsize_input as fullsize
import numpy as np
from _blocks import timed_in_blocks
from _report import machine, markdown_table, write_section
from fullsize_warc import CACHE


def documents_per_step(warc: Path, pages: int) -> dict[str, list]:
    """The documents (Doc objects, words cache cleared) that reach each per-file step of the
    default recipe, from the first `pages` responses of `warc`."""
    from pipeline.recipe import Recipe
    from pipeline.tasks import worker_steps
    from pipeline.warc import read_records
    from stages.base import Doc

    recipe = Recipe.default()
    built = worker_steps(recipe)
    docs = []
    with open(warc, "rb") as stream:
        for record in read_records(stream):
            if record.decision.kept:
                docs.append(Doc(url=record.url, payload=record.payload, charset=record.charset))
                if len(docs) >= pages:
                    break
    reaching: dict[str, list] = {}
    for step in recipe.steps:
        if step.step_class.kind == "global":
            break
        reaching[step.name] = [Doc(url=d.url, text=d.text, annotations=dict(d.annotations))
                               for d in docs]
        kept = []
        for doc, decision in zip(docs, built[step.name].step(docs)):
            doc.annotations.update(decision.annotations)
            if decision.text is not None:
                doc.text = decision.text
                doc.cache.clear()
            if decision.kept:
                kept.append(doc)
        docs = kept
    reaching["after"] = [Doc(url=d.url, text=d.text, annotations=dict(d.annotations)) for d in docs]
    return reaching


def _ngram_groups(previous, ids, n, vocabulary, with_first=True):
    """Dense ids of the n-grams from those of the (n-1)-grams, first positions and counts, from
    one unstable argsort over every position."""
    key = previous[:-1] * vocabulary + ids[n - 1:]
    order = np.argsort(key)
    ordered = key[order]
    starts = np.empty(ordered.size, dtype=bool)
    starts[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    boundaries = np.flatnonzero(starts)
    groups = np.empty(key.size, dtype=np.int64)
    groups[order] = np.cumsum(starts) - 1
    first = np.minimum.reduceat(order, boundaries) if with_first else None
    counts = np.empty_like(boundaries)
    counts[:-1] = boundaries[1:] - boundaries[:-1]
    counts[-1] = key.size - boundaries[-1]
    return groups, first, counts


def _unique_groups(previous, ids, n, vocabulary):
    key = previous[:-1] * vocabulary + ids[n - 1:]
    _, first, inverse, counts = np.unique(key, return_index=True, return_inverse=True,
                                          return_counts=True)
    return inverse.reshape(-1), first, counts


def _all_groups(groups_of, top: bool):
    """Every (ids, first, counts) the step computes for one document's words, n = 2..10 (with
    `top`, first positions only for n = 2..4, where the top n-gram rule needs them)."""
    def run(item):
        ids, vocabulary = item
        groups, out = ids, []
        for n in range(2, 11):
            if len(ids) < n:
                break
            groups, first, counts = (groups_of(groups, ids, n, vocabulary, n <= 4) if top
                                     else groups_of(groups, ids, n, vocabulary))
            out.append((groups, first, counts))
            if counts.size == len(ids) - n + 1:
                break
        return out
    return run


def _same_groups(a, b) -> bool:
    return len(a) == len(b) and all(all(y is None or np.array_equal(x, y) for x, y in zip(p, q))
                                    for p, q in zip(a, b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=7000, help="size of the file to build or reuse")
    parser.add_argument("--pages", type=int, default=1500, help="responses of it to run")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the documents")
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md")
    args = parser.parse_args()

    from stages import blocklist
    from stages.pii import PREFILTER, prefilter_matches
    from stages.text import words

    root = CACHE / f"all-{args.responses}"
    facts = fullsize.build(root, responses=args.responses, pages="all",
                           log=lambda m: print(m, flush=True))
    reaching = documents_per_step(root / facts["warc_path"], args.pages)

    split = [words(doc, None) for doc in reaching["gopher_repetition"]]
    ngram_inputs = [(w.ids, max(len(w.vocabulary), len(w.ids))) for w in split if len(w.ids) >= 2]
    pii_inputs = [doc.text or "" for doc in reaching["after"]]
    root_lists = blocklist.DEFAULT_BLOCKLIST_DIR
    subwords = (blocklist.read_list(root_lists / blocklist.SUBWORDS_FILE, do_normalize=True)
                | blocklist.read_list(root_lists / blocklist.EXTRA_FILES["subwords"], do_normalize=True))
    alternation = re.compile("|".join(re.escape(w) for w in sorted(subwords, key=len, reverse=True)))
    trie = blocklist.any_of(subwords)
    urls = [blocklist.normalize((doc.url or "").strip()) for doc in reaching["blocklist"]]
    rivals = [
        ("gopher_repetition: n-gram groups, n = 2..10", ngram_inputs,
         "np.unique(return_index, return_inverse, return_counts)", _all_groups(_unique_groups, False),
         "_ngram_groups (one argsort)", _all_groups(_ngram_groups, True), _same_groups),
        ("pii: candidate matches", pii_inputs,
         "PREFILTER.finditer", lambda text: [m.span() for m in PREFILTER.finditer(text)],
         "prefilter_matches", lambda text: [m.span() for m in prefilter_matches(text)],
         lambda a, b: a == b),
        ("blocklist: subword in URL", urls,
         "alternation of the words", lambda url: alternation.search(url) is not None,
         "any_of (a trie)", lambda url: trie.search(url) is not None, lambda a, b: a == b),
    ]
    rows = []
    for what, inputs, old_name, old, new_name, new, same in rivals:
        cpu, outputs = timed_in_blocks({"old": old, "new": new}, inputs, rounds=args.rounds)
        differ = sum(not same(a, b) for a, b in zip(outputs["old"], outputs["new"]))
        per_doc = {k: v / len(inputs) / args.rounds * 1e3 for k, v in cpu.items()}
        rows.append([what, f"{len(inputs):,}", old_name, f"{per_doc['old']:.3f}", new_name,
                     f"{per_doc['new']:.3f}", f"{per_doc['old'] / per_doc['new']:.1f}x", differ])
        if differ:
            print(f"{what}: {differ} documents differ", file=sys.stderr)
    table = markdown_table(["what", "documents", "plain call", "ms / doc", "ours", "ms / doc",
                            "speed-up", "outputs differing"], rows)
    print(table)
    body = (f"`python benchmarks/step_rivals.py --pages {args.pages}` on the first {args.pages:,} "
            f"responses of the full-size WARC file (benchmarks/_fullsize_input.py, "
            f"{args.responses:,} responses), each side timed in alternating blocks of 40 "
            f"documents as the step reaches them (benchmarks/_blocks.py, CPU time, {args.rounds} "
            f"passes). {machine()}.\n\n{table}\n")
    if any(row[-1] for row in rows):
        sys.exit(1)
    if not args.no_write:
        write_section("Step rivals (full-size WARC file)", body)


if __name__ == "__main__":
    main()
