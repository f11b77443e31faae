"""Near-duplicate removal against exact Jaccard: strict precision and recall of the verdicts, and
the detection curve per Jaccard bucket, on near-duplicates generated from real article texts.

    python benchmarks/dedup_quality.py [--texts-cache /tmp/texts.json] [--no-write]

Source texts: the main text of the pages of ../shared/data/extraction (trafilatura's evaluation
set, many sites and languages), extracted by the project's own extractor; pages of >= 80 words.
A page is *held back* when sha1(its key) ends in a byte < 64 (a quarter): nothing was tuned on those,
and they are reported apart. Each page is the original of one generated cluster; its copies:

  substitute / insert / delete   a rate drawn log-uniformly from 1% to 40% of the words
  boilerplate                    30-200 words of cookie / newsletter / navigation text appended
  reorder                        the paragraphs (lines) shuffled, 1-3 swaps or all
  truncate                       the first 50-98% of the words kept
  chain                          4 successive copies, each 1-3% of words substituted from the last

Every document gets a random doc id (so the original is not always first). Truth is the exact
Jaccard of the stage's own shingle sets (`stages.dedup.shingles`), for every pair inside a cluster
and for every pair across clusters that shares a 2-row band of the signatures (56 bands x 2 rows:
any pair above ~0.3 is found), so near-duplicates between different source pages count too.

Metrics, with t = DedupSettings.threshold:
  precision  share of removed documents that have a *kept* document at exact Jaccard >= t
  recall     removed-and-right / the number an oracle removes: the same survivor rule (documents
             in id order, kept unless a neighbour was kept before) on the exact >= t graph
  recall (same documents)  share of the oracle's removed documents that we remove too
  recall (fewest kept)  removed-and-right / the most documents any rule could remove: per
             component of the exact >= t graph, its size less its minimum dominating set (the
             fewest documents that leave every other one a kept neighbour at >= t; exact up to 22
             documents, greedy beyond, counted in `approximate`), the strictest oracle
  S-curve    per exact-Jaccard bucket: share of pairs that are candidates (share a band bucket;
             theory 1 - (1 - s^8)^14) and share that pass verification (estimated >= t)
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _report import machine, markdown_table, versions, write_section  # noqa: E402

from stages import dedup  # noqa: E402
from stages.dedup import DedupSettings, MinHasher, shingles  # noqa: E402

BOILERPLATE = (
    "We use cookies to improve your experience on our site. By continuing to browse you agree to "
    "our use of cookies. Read our privacy policy and terms of service for more information. "
    "Subscribe to our newsletter to get the latest stories delivered to your inbox every week. "
    "Follow us on Facebook, Twitter and Instagram. Share this article with your friends. "
    "Related posts: you may also like these stories from our editors. Home About Contact "
    "Advertise Careers Press Help Center Sitemap Accessibility. Copyright all rights reserved. "
    "Sign in or create an account to leave a comment. Comments are moderated and may take some "
    "time to appear. Report an error in this article. Back to top. Most read this week. "
    "Sponsored content from our partners. Download our app for iOS and Android."
).split()

PARTITIONS = 8  # the cross-file phase runs partitioned as in the runner
EDITS = ("substitute", "insert", "delete", "boilerplate", "reorder", "truncate", "chain")


def held_back(key: str) -> bool:
    return hashlib.sha1(key.encode()).digest()[-1] < 64


def source_texts(cache: Path | None) -> list[tuple[str, str]]:
    """(key, extracted text) of every extraction page with text."""
    if cache is not None and cache.is_file():
        return [tuple(x) for x in json.loads(cache.read_text())]
    from _warc_input import extraction_pages

    from stages.extract import ExtractSettings, TextExtractor

    extractor = TextExtractor(ExtractSettings())
    texts = [(key, text) for key, html, _ in extraction_pages()
             if (text := extractor.extract(html)[0])]
    if cache is not None:
        cache.write_text(json.dumps(texts))
    return texts


def _rate(rng: random.Random) -> float:
    return math.exp(rng.uniform(math.log(0.01), math.log(0.40)))


def _substitute(words, rate, rng, vocabulary):
    words = list(words)
    for i in rng.sample(range(len(words)), max(1, round(rate * len(words)))):
        words[i] = rng.choice(vocabulary)
    return words


def edited(text: str, edit: str, rng: random.Random, vocabulary: list[str]) -> list[str]:
    """One or more copies of `text` made by `edit` (a chain gives 4)."""
    words = text.split()
    if edit == "substitute":
        return [" ".join(_substitute(words, _rate(rng), rng, vocabulary))]
    if edit == "insert":
        words = list(words)
        for _ in range(max(1, round(_rate(rng) * len(words)))):
            words.insert(rng.randrange(len(words) + 1), rng.choice(vocabulary))
        return [" ".join(words)]
    if edit == "delete":
        drop = set(rng.sample(range(len(words)), max(1, round(_rate(rng) * len(words)))))
        return [" ".join(w for i, w in enumerate(words) if i not in drop)]
    if edit == "boilerplate":
        start = rng.randrange(len(BOILERPLATE))
        n = rng.randint(30, 200)
        extra = [BOILERPLATE[(start + i) % len(BOILERPLATE)] for i in range(n)]
        return [text + "\n" + " ".join(extra)]
    if edit == "reorder":
        lines = text.split("\n")
        if len(lines) < 2:
            lines = [" ".join(words[i:i + 40]) for i in range(0, len(words), 40)]
        if rng.random() < 0.5:
            rng.shuffle(lines)
        else:
            for _ in range(rng.randint(1, 3)):
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
        return ["\n".join(lines)]
    if edit == "truncate":
        return [" ".join(words[:max(1, int(len(words) * rng.uniform(0.5, 0.98)))])]
    if edit == "chain":
        out, current = [], words
        for _ in range(4):
            current = _substitute(current, rng.uniform(0.01, 0.03), rng, vocabulary)
            out.append(" ".join(current))
        return out
    raise ValueError(edit)


def generate(sources: list[tuple[str, str]], seed: int, copies: int = 4):
    """(texts, cluster of each text, doc ids): each source page and `copies` edits of it."""
    rng = random.Random(seed)
    vocabulary = [w for _, t in sources for w in t.split()[:200]]
    texts, cluster = [], []
    for c, (_, text) in enumerate(sources):
        texts.append(text)
        cluster.append(c)
        for edit in rng.sample(EDITS, copies):
            for copy in edited(text, edit, rng, vocabulary):
                texts.append(copy)
                cluster.append(c)
    # random doc ids: 64 "files", records numbered within each
    order = list(range(len(texts)))
    rng.shuffle(order)
    doc_id = np.empty(len(texts), dtype=np.int64)
    for rank, i in enumerate(order):
        doc_id[i] = ((rank % 64) << 32) | (rank // 64)
    return texts, np.array(cluster), doc_id


def exact_pairs(texts: list[str], cluster: np.ndarray, signatures: np.ndarray,
                ngram_size: int) -> dict[tuple[int, int], float]:
    """Exact Jaccard of every pair within a cluster and every cross pair sharing a 2-row band."""
    sets = [shingles(t, ngram_size) for t in texts]
    pairs = set()
    by_cluster: dict[int, list[int]] = {}
    for i, c in enumerate(cluster.tolist()):
        by_cluster.setdefault(c, []).append(i)
    for members in by_cluster.values():
        pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
    keys = dedup.fmix64(signatures.reshape(len(texts), -1, 2)[:, :, 0]
                         ^ dedup.fmix64(signatures.reshape(len(texts), -1, 2)[:, :, 1]))
    for band in range(keys.shape[1]):
        buckets: dict[int, list[int]] = {}
        for i, k in enumerate(keys[:, band].tolist()):
            buckets.setdefault(k, []).append(i)
        for members in buckets.values():
            if 1 < len(members) < 200:
                pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
    out = {}
    for a, b in pairs:
        inter = len(sets[a] & sets[b])
        out[(a, b)] = inter / (len(sets[a]) + len(sets[b]) - inter)
    return out


def oracle(doc_id: np.ndarray, truth: dict, threshold: float, rule: str) -> set[int]:
    """Indices the survivor rule removes on the exact graph."""
    edges = [(a, b) for (a, b), j in truth.items() if j >= threshold]
    if not edges:
        return set()
    a = np.array([doc_id[x] for x, _ in edges])
    b = np.array([doc_id[y] for _, y in edges])
    node, _, removed = dedup.choose_survivors(a, b, rule=rule)
    index_of = {int(d): i for i, d in enumerate(doc_id.tolist())}
    return {index_of[int(n)] for n in node[removed].tolist()}


def _fewest_kept(members: list[int], adjacent: dict[int, set[int]]) -> tuple[int, bool]:
    """The size of a minimum dominating set of one component (exact up to 22 documents: subsets
    by increasing size; greedy beyond), and whether it is exact."""
    if len(members) > 22:
        uncovered, kept = set(members), 0
        while uncovered:
            best = max(members, key=lambda x: len(({x} | adjacent[x]) & uncovered))
            uncovered -= {best} | adjacent[best]
            kept += 1
        return kept, False
    index = {v: k for k, v in enumerate(members)}
    masks = [(1 << index[v]) | sum(1 << index[u] for u in adjacent[v]) for v in members]
    full = (1 << len(members)) - 1
    for size in range(1, len(members) + 1):
        for combination in itertools.combinations(masks, size):
            covered = 0
            for mask in combination:
                covered |= mask
            if covered == full:
                return size, True
    return len(members), True


def strict_oracle(truth: dict, threshold: float) -> tuple[int, int]:
    """(the most documents any survivor rule can remove on the exact >= threshold graph, the
    components whose minimum dominating set was only approximated)."""
    adjacent: dict[int, set[int]] = {}
    for (a, b), j in truth.items():
        if j >= threshold:
            adjacent.setdefault(a, set()).add(b)
            adjacent.setdefault(b, set()).add(a)
    seen, removable, approximate = set(), 0, 0
    for start in adjacent:
        if start in seen:
            continue
        members, stack = [], [start]
        seen.add(start)
        while stack:
            v = stack.pop()
            members.append(v)
            for u in adjacent[v] - seen:
                seen.add(u)
                stack.append(u)
        kept, exact = _fewest_kept(members, adjacent)
        removable += len(members) - kept
        approximate += not exact
    return removable, approximate


def evaluate(texts, cluster, doc_id, config: DedupSettings) -> dict:
    started = time.process_time()
    signatures = MinHasher(config).signatures(texts)
    signature_s = time.process_time() - started
    truth = exact_pairs(texts, cluster, signatures, config.ngram_size)
    started = time.process_time()
    verdicts = dedup.deduplicate(doc_id, signatures, config, PARTITIONS)
    cross_file_s = time.process_time() - started
    _, removed = verdicts.lookup(doc_id)
    t = config.threshold
    neighbours: dict[int, list[tuple[int, float]]] = {}
    for (a, b), j in truth.items():
        neighbours.setdefault(a, []).append((b, j))
        neighbours.setdefault(b, []).append((a, j))
    removed_idx = set(np.flatnonzero(removed).tolist())
    right = {i for i in removed_idx
             if any(j >= t and n not in removed_idx for n, j in neighbours.get(i, []))}
    should = oracle(doc_id, truth, t, config.survivors)
    removable, approximate = strict_oracle(truth, t)
    # S-curve over all truth pairs: candidates (share a band key) and verified
    arrays = dedup.file_arrays(doc_id, signatures, config)
    keys = arrays["band_hash"].reshape(len(texts), config.num_bands)
    sketch = arrays["sketch"]
    buckets = [0.0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0001]
    curve = []
    pairs = np.array(list(truth.keys()))
    jac = np.array(list(truth.values()))
    candidate = (keys[pairs[:, 0]] == keys[pairs[:, 1]]).any(axis=1)
    verified = candidate & (dedup.estimate_jaccard(sketch[pairs[:, 0]], sketch[pairs[:, 1]])
                            >= t - 1e-9)
    for lo, hi in zip(buckets, buckets[1:]):
        inside = (jac >= lo) & (jac < hi)
        mid = min((lo + hi) / 2, 1.0)
        curve.append(dict(bucket=f"[{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'}",
                          pairs=int(inside.sum()),
                          candidate=float(candidate[inside].mean()) if inside.any() else None,
                          theory=1 - (1 - mid ** config.rows_per_band) ** config.num_bands,
                          verified=float(verified[inside].mean()) if inside.any() else None))
    return dict(documents=len(texts), clusters=int(cluster.max()) + 1, truth_pairs=len(truth),
                true_edges=int((jac >= t).sum()), removed=len(removed_idx), right=len(right),
                oracle=len(should), precision=len(right) / max(1, len(removed_idx)),
                recall=len(right) / max(1, len(should)),
                recall_same=len(should & removed_idx) / max(1, len(should)),
                removable=removable, approximate=approximate,
                recall_strict=len(right) / max(1, removable),
                rounds=verdicts.rounds, candidates=verdicts.candidates,
                verified_edges=verdicts.verified, signature_docs_per_cpu_s=len(texts) / signature_s,
                cross_file_cpu_s=cross_file_s, curve=curve)


def section(results: dict[str, dict], config: DedupSettings, sources: int, held: int,
            seeds: list[int]) -> str:
    rows = [[name, f"{r['documents']:,}", f"{r['removed']:,}", f"{r['oracle']:,}",
             f"**{r['precision']:.3f}**", f"**{r['recall']:.3f}**", f"{r['recall_same']:.3f}",
             f"{r['removable']:,}", f"**{r['recall_strict']:.3f}**", r["rounds"]]
            for name, r in results.items()]
    dev = results["development"]
    curve_rows = [[c["bucket"], f"{c['pairs']:,}",
                   "-" if c["candidate"] is None else f"{c['candidate']:.3f}",
                   f"{c['theory']:.3f}", "-" if c["verified"] is None else f"{c['verified']:.3f}"]
                  for c in dev["curve"]]
    held_curve = {c["bucket"]: c for c in results["held back"]["curve"]}
    for row in curve_rows:
        c = held_curve[row[0]]
        row.append("-" if c["verified"] is None else f"{c['verified']:.3f} ({c['pairs']:,})")
    goal = all(r["precision"] >= 0.95 and r["recall_strict"] >= 0.95 for r in results.values())
    approximate = sum(r["approximate"] for r in results.values())
    return (
        f"Command: `python benchmarks/dedup_quality.py`. Machine: {machine()}. Versions: "
        f"{versions('datasketch', 'numpy', 'trafilatura')}.\n\n"
        f"Generated near-duplicates of real article texts: the {sources} pages of "
        f"`../shared/data/extraction` with >= 80 words of extracted text ({held} held back: "
        f"sha1 of the page key, never used for tuning), each with 4 copies made by 4 of: word "
        f"substitutions, insertions or deletions (1-40% of words, log-uniform), 30-200 words of "
        f"boilerplate appended, paragraphs reordered, truncation to 50-98%, a chain of 4 "
        f"successive 1-3% substitutions; random doc ids; seeds {seeds}. Truth: exact Jaccard of "
        f"the stage's own shingle sets, all pairs within a cluster and every cross pair sharing a "
        f"2-row band. The stage: `DedupSettings()` (14 x 8 bands, threshold {config.threshold}, "
        f"{config.hubs} hubs per bucket, one-permutation sketches of "
        f"{config.sketch_size} bins x 8 bits, survivors `{config.survivors}`), the cross-file "
        f"phase partitioned as in the runner ({PARTITIONS} partitions). Goal precision and "
        f"recall (fewest kept) >= 0.95: **{'met' if goal else 'not met'}**.\n\n"
        "Precision: share of removed documents with a *kept* document at exact Jaccard >= "
        f"{config.threshold}. Recall: removed-and-right / the number an oracle removes (the same "
        "survivor rule on the exact graph); same documents: share of the oracle's removed "
        "documents we remove too; recall (fewest kept): removed-and-right / the most documents "
        "any rule could remove (per component of the exact graph, its size less its minimum "
        "dominating set: the fewest documents that leave every other one a kept neighbour; "
        f"exact for every component of up to 22 documents, greedy for the {approximate} larger "
        "ones).\n\n"
        + markdown_table(["set", "documents", "removed", "oracle removes", "precision", "recall",
                          "recall (same documents)", "most any rule removes",
                          "recall (fewest kept)", "rounds"], rows)
        + f"\n\nDetection per exact-Jaccard bucket (development set; pairs within clusters and "
          f"across, so low buckets are mostly cross pairs). Signatures: "
          f"{dev['signature_docs_per_cpu_s']:,.0f} docs per CPU second; cross-file phase in one "
          f"process: {dev['cross_file_cpu_s']:.2f} CPU s for {dev['documents']:,} documents.\n\n"
        + markdown_table(["exact Jaccard", "pairs", "candidate (share a band)",
                          "theory 1-(1-s^8)^14", "verified (removal edge)",
                          "verified, held back (pairs)"], curve_rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts-cache", type=Path, default=None)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--sketch-size", type=int, default=DedupSettings.sketch_size)
    parser.add_argument("--hubs", type=int, default=DedupSettings.hubs)
    parser.add_argument("--survivors", default=DedupSettings.survivors, choices=dedup.SURVIVOR_RULES)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    sources = [(k, t) for k, t in source_texts(args.texts_cache) if len(t.split()) >= 80]
    config = DedupSettings(sketch_size=args.sketch_size, hubs=args.hubs, survivors=args.survivors)
    results = {}
    for name, subset in (("development", [s for s in sources if not held_back(s[0])]),
                         ("held back", [s for s in sources if held_back(s[0])])):
        merged = None
        for seed in args.seeds:
            r = evaluate(*generate(subset, seed), config)
            print(f"{name} seed {seed}: {len(subset)} sources, {r['documents']} docs, "
                  f"{r['true_edges']} true edges, removed {r['removed']} (right {r['right']}), "
                  f"oracle {r['oracle']}: precision {r['precision']:.3f} recall {r['recall']:.3f} "
                  f"(same docs {r['recall_same']:.3f}; fewest kept {r['recall_strict']:.3f} of "
                  f"{r['removable']}), rounds {r['rounds']}")
            if merged is None:
                merged = r
            else:
                for key in ("documents", "removed", "right", "oracle", "truth_pairs", "removable",
                            "approximate"):
                    merged[key] += r[key]
                merged["rounds"] = max(merged["rounds"], r["rounds"])
                merged["recall_same"] = (merged["recall_same"] + r["recall_same"]) / 2
                for c, d in zip(merged["curve"], r["curve"]):
                    total = c["pairs"] + d["pairs"]
                    for key in ("candidate", "verified"):
                        if total and (c[key] is not None or d[key] is not None):
                            c[key] = ((c[key] or 0) * c["pairs"] + (d[key] or 0) * d["pairs"]) / total
                    c["pairs"] = total
        merged["precision"] = merged["right"] / max(1, merged["removed"])
        merged["recall"] = merged["right"] / max(1, merged["oracle"])
        merged["recall_strict"] = merged["right"] / max(1, merged["removable"])
        results[name] = merged
    for c in results["development"]["curve"]:
        print(c)
    body = section(results, config, len(sources), sum(held_back(k) for k, _ in sources),
                   args.seeds)
    print(body)
    if not args.no_write:
        write_section("Near-duplicate removal", body)


if __name__ == "__main__":
    main()
