"""stages.dedup: stable signatures, LSH star edges, partitioned label propagation = union-find."""
from __future__ import annotations

import random
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stages import dedup
from stages.base import Decision
from stages.dedup import (DedupConfig, MinHasher, band_hashes, band_partition, band_rows,
                          bucket_edges, cluster_ids, connected_components, decisions,
                          gather_labels, init_labels, node_partition, normalize_text,
                          scatter_labels, shingles, split_edges)

CONFIG = DedupConfig()


@pytest.fixture(scope="module")
def hasher() -> MinHasher:
    return MinHasher(CONFIG)


@pytest.fixture(scope="module")
def english_sentences(shared_data) -> list[str]:
    lines = (shared_data / "langid" / "en.txt").read_text(encoding="utf-8").splitlines()
    return list(dict.fromkeys(line for line in lines if len(line.split()) >= 8))


def near_duplicate_clusters(doc_id: np.ndarray, texts: list[str], hasher: MinHasher,
                            partitions: int) -> np.ndarray:
    """The whole stage as the runner composes it, with lists standing in for Ray tasks."""
    rows = band_rows(doc_id, band_hashes(hasher.signatures(texts), hasher.config))
    part = band_partition(rows[2], partitions)
    edges = [bucket_edges(*(column[part == p] for column in rows)) for p in range(partitions)]
    src = np.concatenate([s for s, _ in edges])
    dst = np.concatenate([d for _, d in edges])
    node, label = connected_components(src, dst, partitions)
    return cluster_ids(doc_id, node, label)


def jaccard(a: str, b: str) -> float:
    x, y = shingles(a, CONFIG.ngram_size), shingles(b, CONFIG.ngram_size)
    return len(x & y) / len(x | y)


def test_normalize_text_like_fineweb():
    assert normalize_text("  Héllo,  WÖRLD!\n It's 3.14 and 42 -- ok_go ") == \
        "hello world it s 0 and 0 ok go"
    assert normalize_text("") == ""


def test_shingles_of_short_and_empty_texts():
    assert shingles("One two three", 5) == {b"one two three"}
    assert shingles("", 5) == {b""}
    assert shingles("a b c d e f", 5) == {b"a b c d e", b"b c d e f"}


def test_signatures_shape_dtype_and_empty_text(hasher):
    signatures = hasher.signatures(["some words here", "", ""])
    assert signatures.shape == (3, 112) and signatures.dtype == np.uint64
    assert np.array_equal(signatures[1], signatures[2])
    assert not np.array_equal(signatures[0], signatures[1])
    assert hasher.signatures([]).shape == (0, 112)


def test_signatures_agree_across_instances_and_processes(hasher):
    texts = ["The quick brown fox jumps over the lazy dog again and again.", "", "Ünïcode text"]
    here = hasher.signatures(texts)
    assert np.array_equal(here, MinHasher(DedupConfig()).signatures(texts))
    assert not np.array_equal(here, MinHasher(DedupConfig(seed=2)).signatures(texts))
    script = textwrap.dedent(f"""
        import sys
        from stages.dedup import DedupConfig, MinHasher
        sys.stdout.write(MinHasher(DedupConfig()).signatures({texts!r}).tobytes().hex())
    """)
    # Another interpreter with another str-hash salt stands in for another Ray worker.
    other = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={"PYTHONHASHSEED": "12345", "PYTHONPATH": "."},
                           cwd=dedup.__file__.rsplit("/stages/", 1)[0])
    assert other.stdout == here.tobytes().hex()


def test_band_hashes_depend_on_band_index_and_rows():
    rows = np.arange(8, dtype=np.uint64)
    signatures = np.tile(rows, (2, 14))  # every band holds the same 8 values
    signatures[1, -1] += np.uint64(1)  # second doc differs in the last row of the last band
    keys = band_hashes(signatures, CONFIG)
    assert keys.shape == (2, 14) and keys.dtype == np.uint64
    assert len(set(keys[0].tolist())) == 14  # equal rows, different bands: different keys
    assert np.array_equal(keys[0, :13], keys[1, :13]) and keys[0, 13] != keys[1, 13]
    with pytest.raises(ValueError, match=r"shape \(n, 112\)"):
        band_hashes(signatures[:, :100], CONFIG)


def test_band_rows_and_partitions():
    keys = np.array([[10, 11], [12, 13]], dtype=np.uint64)
    doc, band, key = band_rows(np.array([7, 9]), keys)
    assert doc.tolist() == [7, 7, 9, 9] and band.tolist() == [0, 1, 0, 1]
    assert key.tolist() == [10, 11, 12, 13]
    assert band_partition(key, 4).tolist() == [2, 3, 0, 1]
    # One WARC file's documents share a partition (its finish task reads one label file) ...
    same_file = node_partition(np.arange(10_000, dtype=np.int64) + (5 << 32), 8)
    assert len(set(same_file.tolist())) == 1
    # ... and consecutive files spread evenly over the partitions.
    parts = node_partition(np.arange(10_000, dtype=np.int64) << 32, 8)
    assert parts.min() == 0 and parts.max() == 7
    assert np.bincount(parts).min() > 1_000


def test_bucket_edges_hand_made():
    doc_id = np.array([30, 10, 20, 40, 50, 20, 60, 60])
    band_idx = np.array([0, 0, 0, 1, 1, 1, 0, 2])
    band_hash = np.array([7, 7, 7, 7, 7, 7, 8, 9], dtype=np.uint64)
    src, dst = bucket_edges(doc_id, band_idx, band_hash)
    # bucket (0, 7) = {10, 20, 30}: stars to 10; (1, 7) = {20, 40, 50}: stars to 20;
    # (0, 8) and (2, 9) hold one document each: no edge. Same band hash, other band: no edge.
    assert list(zip(src.tolist(), dst.tolist())) == [(20, 10), (30, 10), (40, 20), (50, 20)]
    assert src.dtype == dst.dtype == np.int64


def test_bucket_edges_are_unique_and_skip_repeated_docs():
    src, dst = bucket_edges(np.array([5, 3, 5, 3, 5]), np.array([0, 0, 1, 1, 2]),
                            np.array([1, 1, 1, 1, 1], dtype=np.uint64))
    assert list(zip(src.tolist(), dst.tolist())) == [(5, 3)]
    src, dst = bucket_edges(np.array([4, 4]), np.array([0, 0]), np.array([1, 1], dtype=np.uint64))
    assert len(src) == len(dst) == 0


def union_find_labels(edges: list[tuple[int, int]]) -> dict[int, int]:
    parent: dict[int, int] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


@settings(max_examples=150, deadline=None)
@given(edges=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=120),
       partitions=st.integers(1, 6), offset=st.sampled_from([0, 3 << 32]))
def test_connected_components_equals_union_find(edges, partitions, offset):
    src = np.array([a for a, _ in edges], dtype=np.int64) + offset
    dst = np.array([b for _, b in edges], dtype=np.int64) + offset
    node, label = connected_components(src, dst, partitions)
    expected = union_find_labels([(a + offset, b + offset) for a, b in edges])
    assert node.tolist() == sorted(expected)
    assert label.tolist() == [expected[n] for n in node.tolist()]


@pytest.mark.parametrize("partitions", [1, 3, 8])
def test_long_shuffled_chain_needs_many_rounds_and_converges(partitions):
    ids = random.Random(partitions).sample(range(1, 10**9), 300)
    src, dst = np.array(ids[1:]), np.array(ids[:-1])  # a path whose ids are in random order
    node, label = connected_components(src, dst, partitions)
    assert node.tolist() == sorted(ids) and set(label.tolist()) == {min(ids)}
    with pytest.raises(RuntimeError, match="did not converge in 5 rounds"):
        connected_components(src, dst, partitions, max_rounds=5)


def test_propagation_steps_on_a_chain_of_three():
    # 1 - 2 - 3 with 2 partitions: round 1 moves label 1 to node 2, round 2 to node 3.
    edges = split_edges(np.array([2, 3]), np.array([1, 2]), 2)
    assert sum(len(s) for s, _ in edges) == 4
    state = [init_labels(s) for s, _ in edges]
    changes = []
    for _ in range(3):
        outboxes = [scatter_labels(s, d, n, lab, 2) for (s, d), (n, lab) in zip(edges, state)]
        gathered = [gather_labels(n, lab, [o[p] for o in outboxes])
                    for p, (n, lab) in enumerate(state)]
        state = [(n, lab) for n, lab, _ in gathered]
        changes.append(sum(c for _, _, c in gathered))
    assert changes == [2, 1, 0]
    labels = dict(zip(np.concatenate([n for n, _ in state]).tolist(),
                      np.concatenate([lab for _, lab in state]).tolist()))
    assert labels == {1: 1, 2: 1, 3: 1}


def test_cluster_ids_and_decisions_keep_exactly_the_min_of_each_cluster():
    node, label = connected_components(np.array([9, 7, 20]), np.array([4, 4, 11]), 3)
    doc_id = np.array([4, 7, 9, 11, 20, 99])
    cluster = cluster_ids(doc_id, node, label)
    assert cluster.tolist() == [4, 4, 4, 11, 11, 99]
    verdicts = decisions(doc_id, cluster)
    assert verdicts == [Decision.keep(), Decision.drop("near_duplicate"),
                        Decision.drop("near_duplicate"), Decision.keep(),
                        Decision.drop("near_duplicate"), Decision.keep()]
    assert cluster_ids(np.array([5]), np.empty(0, np.int64), np.empty(0, np.int64)).tolist() == [5]


def edit_words(text: str, rng: random.Random, n_edits: int) -> str:
    words = text.split()
    for _ in range(n_edits):
        i = rng.randrange(len(words))
        words[i] = rng.choice(["changed", "different", "edited", "new"])
    return " ".join(words)


@pytest.mark.parametrize("partitions", [1, 4])
def test_near_duplicates_cluster_and_unrelated_texts_do_not(hasher, english_sentences, partitions):
    rng = random.Random(7)
    n_docs, per_doc = 16, 25  # ~2.7 KB documents of distinct real sentences (en.txt has 457)
    originals = [" ".join(english_sentences[i * per_doc:(i + 1) * per_doc]) for i in range(n_docs)]
    edited = [edit_words(text, rng, 1 + i % 6) for i, text in enumerate(originals[:10])]
    similarity = [jaccard(a, b) for a, b in zip(originals, edited)]
    assert 0.85 <= min(similarity) < 0.9 and max(similarity) < 1.0
    texts = originals + edited
    file_index = np.array([0] * n_docs + [1] * len(edited), dtype=np.int64)
    record_index = np.array(list(range(n_docs)) + list(range(len(edited))), dtype=np.int64)
    doc_id = file_index * 2**32 + record_index
    cluster = near_duplicate_clusters(doc_id, texts, hasher, partitions)
    assert cluster[n_docs:].tolist() == doc_id[:10].tolist()  # each edit joins its original
    assert cluster[:n_docs].tolist() == doc_id[:n_docs].tolist()  # originals are all kept
    kept = [d.kept for d in decisions(doc_id, cluster)]
    assert kept == [True] * n_docs + [False] * len(edited)


def test_heavily_edited_texts_stay_apart(hasher, english_sentences):
    rng = random.Random(3)
    original = " ".join(english_sentences[:25])
    rewritten = edit_words(original, rng, 150)
    assert jaccard(original, rewritten) < 0.3
    cluster = near_duplicate_clusters(np.array([1, 2]), [original, rewritten], hasher, 2)
    assert cluster.tolist() == [1, 2]


def test_config_validation():
    with pytest.raises(ValueError, match="partitions must be >= 1"):
        DedupConfig(partitions=0)
    assert DedupConfig().num_perm == 112
