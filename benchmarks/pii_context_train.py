"""Train the pii step's context model (stages/pii_context.py) and measure it leave-one-author-out.

    python benchmarks/pii_context_train.py --loao           # the LOAO table: rules vs rules + model
    python benchmarks/pii_context_train.py --write          # weights on every tuning set ->
                                                            # stages/data/pii_context.npz

Training data: the tuning sets only (templates tune, pages tune, blind, blind fresh, blind3 ...
blind15, wild tune, hard tune); never dev, blind2, wild held, hard held, pages fresh, blind16. A
row is a candidate the step's shape finders produce (3-2-4 numbers in the issued ranges,
Luhn-valid card-shaped numbers, every SSN, card and IP span a rule scored); the rules'
verdict is a feature only with stages/pii_context.py's `RULE_FEATURE` (off); its label is whether
a gold span of that type has exactly its offsets.

Leave-one-author-out: each author's set (blind + blind fresh as one, wild tune, hard tune, blind3
... blind15: sixteen folds) is scored by a model trained on all the other sets, with (a) the
rules alone and (b) the rules and the model, through the step's own `find` (exact offsets and
types, as pii_eval.py). The thresholds (`accept` for a rule-rejected candidate, `veto` for a
rule-accepted one) are the most cautious (highest accept, then lowest veto) of those within TIED
(1%) of the fewest held-out errors summed over the folds, per type.

The model: L2-regularised logistic regression over 2^18 hashed binary features, fitted by full-
batch gradient descent with Adagrad steps from zero weights (no randomness: the same file from the
same data on any run), stored as float16.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stages.pii_context import ENTITIES, HASH_BITS, MODEL_PATH, features, hashed

L2, ROUNDS, STEP = 1e-4, 300, 0.5
ACCEPTS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 2.0)  # 2.0: never take back
VETOES = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3)  # 0.0: never drop
TIED = 0.01  # LOAO error sums this close to the fewest are a tie: the more cautious setting wins
# LOAO folds: one per author; the project's own two generators always train
AUTHORS = {"blind": ("blind", "blind fresh"), "wild tune": ("wild tune",), "hard tune": ("hard tune",),
           **{f"blind{k}": (f"blind{k}",) for k in range(3, 16)}}
ALWAYS = ("templates tune", "pages tune")


def tuning_sets() -> list[tuple[str, list[dict], str]]:
    """(name, rows, source) of every tuning set; source: its file and sha256, or how it is made."""
    import pii_blind
    import pii_blind3
    import pii_blind4
    import pii_blind5
    import pii_blind6
    import pii_blind7
    import pii_blind8
    import pii_blind9
    import pii_blind10
    import pii_blind11
    import pii_blind12
    import pii_blind13
    import pii_blind14
    import pii_blind15
    import pii_eval
    import pii_hard
    import pii_pages
    import pii_wild

    data = Path(__file__).resolve().parent / "data"
    templates = [r for r in pii_eval.generate(400) if r["half"] == "tune"]
    digest = hashlib.sha256("".join(json.dumps(r) + "\n" for r in templates).encode()).hexdigest()
    sets = [("templates tune", templates, f"pii_eval.generate(400), half tune, rows sha256 {digest}")]
    for name, rows, file in [
            ("pages tune", pii_pages.load("tune"), "pii_pages_tune.jsonl"),
            ("blind", pii_blind.load("blind"), "pii_blind.jsonl"),
            ("blind fresh", pii_blind.load("fresh"), "pii_blind_fresh.jsonl"),
            ("blind3", pii_blind3.load(), "pii_blind3.jsonl"), ("blind4", pii_blind4.load(), "pii_blind4.jsonl"),
            ("blind5", pii_blind5.load(), "pii_blind5.jsonl"), ("blind6", pii_blind6.load(), "pii_blind6.jsonl"),
            ("blind7", pii_blind7.load(), "pii_blind7.jsonl"), ("blind8", pii_blind8.load(), "pii_blind8.jsonl"),
            ("blind9", pii_blind9.load(), "pii_blind9.jsonl"), ("blind10", pii_blind10.load(), "pii_blind10.jsonl"),
            ("blind11", pii_blind11.load(), "pii_blind11.jsonl"), ("blind12", pii_blind12.load(), "pii_blind12.jsonl"),
            ("blind13", pii_blind13.load(), "pii_blind13.jsonl"), ("blind14", pii_blind14.load(), "pii_blind14.jsonl"),
            ("blind15", pii_blind15.load(), "pii_blind15.jsonl"),
            ("wild tune", pii_wild.load("tune"), "pii_wild_tune.jsonl"),
            ("hard tune", pii_hard.load("tune"), "pii_hard_tune.jsonl")]:
        digest = hashlib.sha256((data / file).read_bytes()).hexdigest()
        sets.append((name, rows, f"benchmarks/data/{file} sha256 {digest}"))
    return sets


def candidate_rows(scrubber, rows: list[dict]) -> tuple[list, list]:
    """Per candidate: (row index, entity, start, end, rule score, label, feature indices); per row:
    the rules' final spans (entity, start, end) and the gold ones."""
    from stages.pii import resolve_overlaps
    from stages.pii_layout import _Layout, csv_cells

    out, per_row = [], []
    for index, row in enumerate(rows):
        text = row["text"]
        gold = {(s["type"], s["start"], s["end"]) for s in row["spans"]}
        results, windows = scrubber.rule_results(text, row.get("url"), row.get("language"))
        final = {(r.entity_type, r.start, r.end) for r in
                 resolve_overlaps([r for r in results if r.score >= scrubber.config.min_score])}
        per_row.append((final, gold))
        if not windows:
            continue
        layout = _Layout(csv_cells(text))
        for entity, start, end, rule_score in scrubber.context_candidates(text, windows, results):
            names = features(text, start, end, entity, rule_score, layout, scrubber.ssns)
            out.append((index, entity, start, end, rule_score, (entity, start, end) in gold,
                        hashed(names)))
    return out, per_row


def fit(candidates: list, bits: int = HASH_BITS) -> np.ndarray:
    """Logistic regression weights (float64) on the candidates' hashed features."""
    lengths = np.array([len(c[6]) for c in candidates])
    columns = np.concatenate([c[6] for c in candidates])
    rows = np.repeat(np.arange(len(candidates)), lengths)
    labels = np.array([c[5] for c in candidates], dtype=np.float64)
    weights, squares = np.zeros(1 << bits), np.full(1 << bits, 1e-8)
    for _ in range(ROUNDS):
        z = np.bincount(rows, weights=weights[columns], minlength=len(candidates))
        residual = 1.0 / (1.0 + np.exp(-z)) - labels
        gradient = np.bincount(columns, weights=residual[rows], minlength=1 << bits) / len(candidates)
        gradient += L2 * weights
        squares += gradient * gradient
        weights -= STEP * gradient / np.sqrt(squares)
    return weights


def probabilities(weights: np.ndarray, candidates: list) -> np.ndarray:
    w = weights.astype(np.float16).astype(np.float32)  # as shipped
    return np.array([1.0 / (1.0 + np.exp(-float(w[c[6]].sum()))) for c in candidates])


def counts(per_row, candidates, probs, entity, accept, veto, min_score=0.5) -> Counter:
    """tp, fp, fn of `entity` with the rules' final spans changed by the model (overlaps with
    other types ignored: the step's own run checks them)."""
    dropped, added = set(), {}
    for c, p in zip(candidates, probs):
        if c[1] != entity:
            continue
        accepted = c[4] is not None and c[4] >= min_score
        if accepted and p < veto:
            dropped.add((c[0], c[2], c[3]))
        elif not accepted and p >= accept:
            added.setdefault(c[0], set()).add((entity, c[2], c[3]))
    total = Counter()
    for index, (final, gold) in enumerate(per_row):
        found = {(e, s, t) for e, s, t in final if e == entity and (index, s, t) not in dropped}
        found |= added.get(index, set())
        gold = {g for g in gold if g[0] == entity}
        total["tp"] += len(found & gold)
        total["fp"] += len(found - gold)
        total["fn"] += len(gold - found)
    return total


def pr(c: Counter) -> str:
    return f"{c['tp'] / max(1, c['tp'] + c['fp']):.4f} / {c['tp'] / max(1, c['tp'] + c['fn']):.4f}"


def write_npz(path: Path, **arrays: np.ndarray) -> None:
    """np.savez_compressed's format with a fixed date in every member: the same bytes each time
    (numpy stamps the current time, so its files differ run to run)."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asanyarray(array), allow_pickle=False)
            member = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, buffer.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--loao", action="store_true")
    parser.add_argument("--write", action="store_true", help=f"write {MODEL_PATH.name}")
    parser.add_argument("--cache", help="keep the candidates (features of the rules of this "
                        "checkout) in this pickle and reuse it")
    parser.add_argument("--accept", help="ENTITY=P,... thresholds to write (default: LOAO's)")
    parser.add_argument("--veto", help="ENTITY=P,... thresholds to write (default: LOAO's)")
    args = parser.parse_args()

    from stages.pii import PiiScrubber, PiiSettings

    scrubber = PiiScrubber(PiiSettings(context_model=False))
    if args.cache and Path(args.cache).is_file():
        data = pickle.loads(Path(args.cache).read_bytes())
    else:
        data = {}
        for name, rows, source in tuning_sets():
            started = time.process_time()
            candidates, per_row = candidate_rows(scrubber, rows)
            data[name] = {"rows": rows, "source": source, "candidates": candidates, "per_row": per_row}
            print(f"{name}: {len(rows)} texts, {len(candidates)} candidates "
                  f"({sum(c[5] for c in candidates)} gold), {time.process_time() - started:.1f} CPU s",
                  flush=True)
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(data))
    accept = {e: 2.0 for e in ENTITIES}
    veto = {e: 0.0 for e in ENTITIES}
    if args.loao:
        accept, veto = loao(data, scrubber)
    for option, table in ((args.accept, accept), (args.veto, veto)):
        for item in (option or "").split(","):
            if item:
                entity, value = item.split("=")
                table[entity] = float(value)
    if args.write:
        weights = fit([c for d in data.values() for c in d["candidates"]])
        write_npz(MODEL_PATH, weights=weights.astype(np.float16), bits=np.int64(HASH_BITS),
                  entities=np.array(ENTITIES),
                  thresholds=np.array([[accept[e], veto[e]] for e in ENTITIES]),
                  sets=np.array([f"{name}: {d['source']}" for name, d in data.items()]))
        print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size:,} bytes, sha256 "
              f"{hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()}); accept {accept}, veto {veto}")


def loao(data: dict, scrubber) -> tuple[dict, dict]:
    """Per author: a model on every other set; the held-out author's candidates scored. Prints
    the table and returns the most cautious thresholds within TIED of the fewest held-out errors
    over all folds."""
    import pii_eval

    folds, held_out = {}, {}
    for author, names in AUTHORS.items():
        folds[author] = fit([c for name, d in data.items() if name not in names for c in d["candidates"]])
        for name in names:
            held_out[name] = probabilities(folds[author], data[name]["candidates"])
    grid = {}
    for entity in ENTITIES:
        for accept in ACCEPTS:
            for veto in VETOES:
                grid[(entity, accept, veto)] = sum(
                    c["fp"] + c["fn"] for name, probs in held_out.items()
                    for c in [counts(data[name]["per_row"], data[name]["candidates"], probs, entity,
                                     accept, veto)])
    best_accept, best_veto = {}, {}
    for entity in ENTITIES:
        base = grid[(entity, 2.0, 0.0)]
        # fewest errors, within TIED; ties to the more cautious setting (higher accept, lower veto)
        fewest = min(v for k, v in grid.items() if k[0] == entity)
        (_, accept, veto), errors = min(((k, v) for k, v in grid.items()
                                         if k[0] == entity and v <= fewest * (1 + TIED)),
                                        key=lambda kv: (-kv[0][1], kv[0][2], kv[1]))
        best_accept[entity], best_veto[entity] = accept, veto
        print(f"{entity}: LOAO errors rules {base}, best {errors} at accept {accept}, veto {veto}")
    print("\nLOAO through the step's find (exact spans): set | entity | rules P / R | rules+model P / R")
    from stages.pii_context import ContextModel

    for author, names in AUTHORS.items():
        for name in names:
            scrubber.context = None
            rules, _ = pii_eval.score(data[name]["rows"], scrubber.find)
            scrubber.context = ContextModel(folds[author].astype(np.float16), best_accept, best_veto)
            model, _ = pii_eval.score(data[name]["rows"], scrubber.find)
            scrubber.context = None
            for entity in ENTITIES:
                a, b = rules[entity], model[entity]
                if a["tp"] + a["fn"] + a["fp"] == 0:
                    continue
                print(f"| {name} | {entity} | {a['precision']:.4f} / {a['recall']:.4f} (fp {a['fp']}, "
                      f"fn {a['fn']}) | {b['precision']:.4f} / {b['recall']:.4f} (fp {b['fp']}, fn {b['fn']}) |",
                      flush=True)
    return best_accept, best_veto


if __name__ == "__main__":
    main()
