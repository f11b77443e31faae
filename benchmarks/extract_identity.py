"""Whether a change to the extractor keeps every page's text byte for byte: sha256 of each page's
text (and drop reason, and fallback reason) with this checkout's code against another checkout's.

    python benchmarks/extract_identity.py --against /work/main      # run both, list differences
    python benchmarks/extract_identity.py --dump texts.json         # this checkout's digests only
    python benchmarks/extract_identity.py --compare old.json new.json
    python benchmarks/extract_identity.py --against /work/main --time   # CPU, both checkouts' code

Pages: every set `ab_paired.py extract` times (the extraction benchmark's 506 pages, the real WARC
files' and the sample's HTML pages, both parts of `_boilerplate_pages.py`) and every other page of
`_warc_input.dev_pages()`, each under TextExtractor() and under TextExtractor with trafilatura's
fallbacks on every page (`fallback_below_chars=None`, the other path through the sequence). The
other checkout runs in a subprocess with its own directory first on PYTHONPATH, so its `stages`
is imported, not ours. Exit status 1 when any page differs.

--time: CPU of TextExtractor() from both checkouts in one process (each checkout's `stages` imported
under its own module objects), over the extraction benchmark's tuning part (411 pages) in blocks
of 40 pages back to back, the two taking turns block by block (benchmarks/_blocks.py), --rounds
passes summed: the speed-up of this checkout's code over the other's on the same machine state.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VARIANTS = {"ours": {}, "fallbacks_everywhere": {"fallback_below_chars": None}}


def pages() -> list[tuple[str, bytes, str | None]]:
    """(key, html, declared charset) of every page, each key once."""
    sys.path.insert(0, str(HERE))
    from _boilerplate_pages import boilerplate_pages
    from _warc_input import dev_pages, extraction_pages

    found = {k: (k, h, None) for k, h, _ in extraction_pages()}
    for key, html, charset in dev_pages():
        found.setdefault(key, (key, html, charset))
    for part in ("tuning", "held_back"):
        for page in boilerplate_pages(part, 300):
            found.setdefault(page.key, (page.key, page.html, None))
    return list(found.values())


def digests() -> dict[str, dict[str, str]]:
    """variant -> page key -> "sha256 of the text | drop reason | fallback reason"."""
    from stages.extract import ExtractSettings, TextExtractor

    result = {}
    all_pages = pages()
    for name, settings in VARIANTS.items():
        extractor = TextExtractor(ExtractSettings(**settings))
        rows = {}
        for key, html, charset in all_pages:
            extractor.fallbacks.clear()
            text, decision = extractor.extract(html, charset)
            reason = next(iter(extractor.fallbacks), None)
            digest = hashlib.sha256((text or "").encode("utf-8", "surrogatepass")).hexdigest()
            rows[key] = f"{digest} | {decision.reason} | {reason}"
        result[name] = rows
    return result


def extractor_from(root: Path):
    """TextExtractor() of the checkout at `root`: its `stages` package imported afresh (the
    modules already imported stay alive through the objects that hold them)."""
    import importlib

    for name in [m for m in sys.modules if m == "stages" or m.startswith("stages.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        module = importlib.import_module("stages.extract")
    finally:
        sys.path.remove(str(root))
    if not Path(module.__file__).resolve().is_relative_to(root.resolve()):
        raise RuntimeError(f"{root}: imported {module.__file__} instead")
    return module.TextExtractor()


def time_against(other: Path, rounds: int) -> None:
    """Print the CPU of this checkout's TextExtractor and of `other`'s (module docstring)."""
    from justext.core import define_stoplist
    from trafilatura.external import jt_stoplist_init

    sys.path.insert(0, str(HERE))
    from _blocks import timed_in_blocks
    from _warc_input import extraction_pages, held_out

    define_stoplist(jt_stoplist_init())  # a per-process table, timed on neither side
    extractors = {"other": extractor_from(other), "this": extractor_from(HERE.parent)}
    pages = [html for key, html, _ in extraction_pages() if not held_out(key)]
    variants = {name: (lambda page, e=e: e.extract(page)[0]) for name, e in extractors.items()}
    cpu, outputs = timed_in_blocks(variants, pages, rounds=rounds)
    print(f"{len(pages)} tuning pages x {rounds}: {other} {cpu['other']:.2f} CPU s, this checkout "
          f"{cpu['this']:.2f} CPU s: x{cpu['other'] / cpu['this']:.3f}; same texts: "
          f"{outputs['other'] == outputs['this']}")


def compare(old: dict, new: dict) -> int:
    """Print the pages whose digest differs, per variant; the number of them."""
    differing = 0
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name, {}), new.get(name, {})
        keys = sorted(set(a) | set(b))
        changed = [k for k in keys if a.get(k) != b.get(k)]
        differing += len(changed)
        print(f"{name}: {len(keys) - len(changed)} of {len(keys)} pages identical")
        for key in changed:
            print(f"  {key}: {a.get(key)} -> {b.get(key)}")
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(prog="extract_identity.py", description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another checkout (its root) to compare with")
    parser.add_argument("--dump", type=Path, help="write this checkout's digests (JSON) here")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"), help="two dumps")
    parser.add_argument("--time", action="store_true", help="with --against: CPU of both, same process")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.time:
        if args.against is None:
            parser.error("--time needs --against")
        time_against(args.against, args.rounds)
        return 0
    if args.compare:
        old, new = (json.loads(p.read_text()) for p in args.compare)
        return 1 if compare(old, new) else 0
    started = time.process_time()
    ours = digests()
    import stages

    print(f"{Path(stages.__file__).parent.parent}: {sum(map(len, ours.values()))} texts in "
          f"{time.process_time() - started:.1f} CPU s")
    if args.dump:
        args.dump.write_text(json.dumps(ours, indent=0, sort_keys=True))
    if args.against is None:
        return 0
    other = args.against.resolve()
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "other.json"
        env = dict(os.environ, PYTHONPATH=str(other))
        # this script (the same pages) with the other checkout's `stages`
        subprocess.run([sys.executable, __file__, "--dump", str(dump)], env=env, cwd=other, check=True)
        theirs = json.loads(dump.read_text())
    print(f"differences, {other} -> this checkout:")
    return 1 if compare(theirs, ours) else 0


if __name__ == "__main__":
    sys.exit(main())
