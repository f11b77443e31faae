"""CPU per page of the language prefilter as it is at several git revisions, side by side.

    python benchmarks/prefilter_cost.py                       # main against the working tree
    python benchmarks/prefilter_cost.py --rev 6d004b0 --rev prefilter-real --no-write
    python benchmarks/prefilter_cost.py --rev main --block 25 --rounds 3   # paired blocks

Each revision's stages/prefilter.py (`git show REV:stages/prefilter.py`; the working tree's as it
is) is loaded as its own module, with its default settings; every dev page (`_warc_input.dev_pages`,
decoded once beforehand) is judged for one language at a time, each revision over all pages back
to back, the revisions taking turns, best of `--rounds` rounds (time.process_time: the one
process does all the work). Writes `## Page prefilter, CPU by revision` of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _report import machine, markdown_table, write_section
from _warc_input import REPO, dev_pages

LANGUAGES = ("en", "de", "ja")


def load_revision(rev: str | None, folder: Path):
    """stages/prefilter.py at `rev` (None: the working tree) as a module."""
    if rev is None:
        path = REPO / "stages" / "prefilter.py"
    else:
        path = folder / f"prefilter_{len(list(folder.iterdir()))}.py"
        path.write_text(subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:stages/prefilter.py"],
                                       check=True, capture_output=True, text=True).stdout)
    name = f"prefilter_at_{path.stem}_{abs(hash(rev))}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def measure(revisions: list[str | None], rounds: int, block: int = 0) -> dict:
    """ms per page and pages skipped per language and revision: best of `rounds` passes over all
    pages, or with `block`, CPU summed over `rounds` passes in which the revisions judge each
    block of `block` pages back to back, taking turns at going first (a shared machine's load
    changes within a pass; within a block both sides see the same load)."""
    from stages.decoding import decode_html

    pages = [decode_html(html, charset)[0] for _, html, charset in dev_pages()]
    with tempfile.TemporaryDirectory() as folder:
        modules = {rev or "working tree": load_revision(rev, Path(folder)) for rev in revisions}
    results = {}
    for language in LANGUAGES:
        prefilters = {name: m.LanguagePrefilter(m.PrefilterSettings(languages=(language,)))
                      for name, m in modules.items()}
        if block:
            cpu, skipped = _blocks(prefilters, pages, rounds, block)
            results[language] = {name: {"ms": 1000 * cpu[name] / (rounds * len(pages)), "skipped": skipped[name]}
                                 for name in prefilters}
            continue
        best = {name: float("inf") for name in prefilters}
        skipped = {}
        for _ in range(rounds):
            for name, prefilter in prefilters.items():
                started = time.process_time()
                decisions = [prefilter.judge(page) for page in pages]
                best[name] = min(best[name], time.process_time() - started)
                skipped[name] = sum(not d.kept for d in decisions)
        results[language] = {name: {"ms": 1000 * best[name] / len(pages), "skipped": skipped[name]}
                             for name in prefilters}
    return {"pages": len(pages), "results": results}


def _blocks(prefilters: dict, pages: list[str], rounds: int, block: int) -> tuple[dict, dict]:
    """CPU seconds per revision summed over `rounds` passes of paired blocks, and pages skipped."""
    cpu = dict.fromkeys(prefilters, 0.0)
    skipped = dict.fromkeys(prefilters, 0)
    names = list(prefilters)
    for turn in range(rounds):
        for number, start in enumerate(range(0, len(pages), block)):
            for name in names if (number + turn) % 2 == 0 else names[::-1]:
                started = time.process_time()
                decisions = [prefilters[name].judge(page) for page in pages[start:start + block]]
                cpu[name] += time.process_time() - started
                if turn == 0:
                    skipped[name] += sum(not d.kept for d in decisions)
    return cpu, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", action="append", default=[], help="git revision (repeatable; default main)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--block", type=int, default=0,
                        help="pages per paired block (0: best of whole passes)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    revisions = (args.rev or ["main"]) + [None]
    r = measure(revisions, args.rounds, args.block)
    names = list(next(iter(r["results"].values())))
    rows = []
    for language, by_name in r["results"].items():
        base = by_name[names[0]]["ms"]
        rows.append([language] + [f"{x['ms']:.3f} ({x['ms'] / base:.2f}x), {x['skipped']} skipped"
                                  for x in by_name.values()])
    options = " ".join([f"--rev {x}" for x in args.rev] + [f"--rounds {args.rounds}"]
                       + ([f"--block {args.block}"] if args.block else []))
    timing = (f"the revisions judging each block of {args.block} pages back to back, taking turns at going "
              f"first, CPU summed over {args.rounds} passes" if args.block else
              f"the revisions taking turns over all pages back to back, best of {args.rounds} rounds")
    body = (f"Command: `python benchmarks/prefilter_cost.py {options}`. "
            f"Machine: {machine()}. `LanguagePrefilter.judge` with each revision's default settings on "
            f"the {r['pages']} dev pages (decoded beforehand), one language at a time, {timing}: ms CPU "
            f"per page (against the first revision) and pages skipped.\n\n"
            + markdown_table(["language"] + names, rows))
    print(body)
    if not args.no_write:
        write_section("Page prefilter, CPU by revision", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
