"""Global MinHash near-duplicate detection: texts in, a cluster id per document out (its smallest id).

datasketch computes the MinHash signatures (FineWeb's recipe: normalised word 5-grams, 14 bands x 8
rows); LSH band buckets and connected components are plain numpy, cut into hash partitions so each
Ray task holds one partition of band rows, edges or labels, never a whole snapshot's.

Steps (each function below is one task's work on one partition):
  signatures -> band_rows -> band_partition -> bucket_edges (star edges doc -> bucket min)
  -> split_edges -> init_labels -> loop { scatter_labels -> gather_labels } until nothing changes.
The label of a component is its smallest doc id (= earliest file and record), so the document kept
from each cluster is the earliest one: a document is a near-duplicate iff its label != its id.

Rounds: min-label propagation moves a label one edge per round, so a component needs
eccentricity(its min) + 1 rounds (the last sees no change), at most its size. Star edges make every
bucket a star around its own min, so a cluster sharing one bucket (exact and boilerplate copies, the
bulk of real duplicates) takes 2 rounds; the worst case is a drift chain d1 ~ d2 ~ ... ~ dk where only
neighbours share a bucket: k rounds. At the 0.72 threshold real chains are short (a handful of hops);
`connected_components` has a `max_rounds` guard, and a pointer-jumping round (label <- label[label])
would bound it by O(log k) if a snapshot ever needs it.
"""
from __future__ import annotations

from collections.abc import Sequence

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from datasketch.hashfunc import sha1_hash64

from stages.base import Decision, Doc, Step

DROP_REASON = "near_duplicate"


@dataclass(frozen=True)
class DedupConfig:
    ngram_size: int = 5  # FineWeb: word 5-grams
    num_bands: int = 14  # FineWeb: 14 bands x 8 rows (similarity threshold ~0.72)
    rows_per_band: int = 8
    seed: int = 1  # datasketch's default permutation seed; every worker must use the same
    partitions: int = 8  # hash partitions for band buckets and label propagation

    def __post_init__(self):
        for field in ("ngram_size", "num_bands", "rows_per_band", "partitions"):
            if getattr(self, field) < 1:
                raise ValueError(f"DedupConfig.{field} must be >= 1, got {getattr(self, field)}")

    @property
    def num_perm(self) -> int:
        return self.num_bands * self.rows_per_band


# datatrove's simplify_text (FineWeb): lowercase, numbers -> 0, punctuation -> space, collapse
# whitespace, strip diacritics.
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_WHITESPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    text = _NUMBER.sub("0", text.lower())
    text = _WHITESPACE.sub(" ", _PUNCTUATION.sub(" ", text)).strip()
    if text.isascii():  # nothing to strip; skips a per-character loop on most English text
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def shingles(text: str, ngram_size: int) -> set[bytes]:
    """Word n-grams of the normalised text; a shorter text is one shingle (the empty text too)."""
    words = normalize_text(text).split(" ")
    if len(words) <= ngram_size:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + ngram_size]).encode() for i in range(len(words) - ngram_size + 1)}


class NearDuplicates(Step):
    """The `dedup` step, global: its per-document part (`signatures`) runs at the end of the
    per-file phase; the runner schedules the cross-file part (band buckets, components) and then
    calls the step on each file's documents annotated with `dup_cluster` (the document's cluster,
    None when it has no near-duplicate) and `dup_removed` (whether another copy is kept instead)."""

    name, kind, Settings = "dedup", "global", DedupConfig

    def __init__(self, config: DedupConfig = DedupConfig()):
        self.config = self.settings = config
        self.hasher = MinHasher(config)

    def signatures(self, docs: Sequence[Doc]) -> np.ndarray:
        return self.hasher.signatures([doc.text or "" for doc in docs])

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        return [Decision.drop(DROP_REASON) if doc.annotations.get("dup_removed") else Decision.keep()
                for doc in docs]


class MinHasher:
    """MinHash signatures with fixed permutations: every worker with the same config agrees."""

    def __init__(self, config: DedupConfig):
        self.config = config
        # affine64: 64-bit hash values (datasketch 2.0), so 8 rows x 64 bits per band bucket key;
        # sha1_hash64 is process-independent, unlike Python's salted hash().
        self._template = MinHash(num_perm=config.num_perm, seed=config.seed, scheme="affine64",
                                 hashfunc=sha1_hash64)  # permutations built once per worker

    def signatures(self, texts: list[str]) -> np.ndarray:
        """(len(texts), num_bands * rows_per_band) uint64 MinHash values."""
        out = np.empty((len(texts), self.config.num_perm), dtype=np.uint64)
        for i, text in enumerate(texts):
            minhash = self._template.copy()
            minhash.update_batch(shingles(text, self.config.ngram_size))
            out[i] = minhash.hashvalues
        return out


def _fmix64(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer: an avalanching bijection on uint64 (wrapping arithmetic)."""
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xFF51AFD7ED558CCD)
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xC4CEB9FE1A85EC53)
    return x ^ (x >> np.uint64(33))


def band_hashes(signatures: np.ndarray, config: DedupConfig) -> np.ndarray:
    """(n, num_bands) uint64: one 64-bit key per band, salted with the band index."""
    signatures = np.asarray(signatures, dtype=np.uint64)
    if signatures.ndim != 2 or signatures.shape[1] != config.num_perm:
        raise ValueError(f"signatures must have shape (n, {config.num_perm}), "
                         f"got {signatures.shape}")
    rows = signatures.reshape(len(signatures), config.num_bands, config.rows_per_band)
    band = np.arange(config.num_bands, dtype=np.uint64)
    with np.errstate(over="ignore"):
        key = np.broadcast_to(_fmix64(band + np.uint64(0x9E3779B97F4A7C15)),
                              (len(signatures), config.num_bands)).copy()
        for row in range(config.rows_per_band):
            # Each step is a bijection of the row value, so bands differing in one row never collide.
            key = _fmix64(key ^ _fmix64(rows[:, :, row] + np.uint64(row + 1)))
    return key


def band_rows(doc_id: np.ndarray,
              band_hash: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Long format for the shuffle: (doc_id, band_idx, band_hash), one row per document and band."""
    doc_id = np.asarray(doc_id, dtype=np.int64)
    n, num_bands = band_hash.shape
    return (np.repeat(doc_id, num_bands), np.tile(np.arange(num_bands, dtype=np.int32), n),
            np.ascontiguousarray(band_hash, dtype=np.uint64).reshape(-1))


def band_partition(band_hash: np.ndarray, partitions: int) -> np.ndarray:
    """Partition index per band hash (the key is already well mixed)."""
    return (np.asarray(band_hash, dtype=np.uint64) % np.uint64(partitions)).astype(np.int64)


def bucket_edges(doc_id: np.ndarray, band_idx: np.ndarray,
                 band_hash: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Star edges (doc -> smallest doc of its bucket) for every bucket holding > 1 document.

    Takes all band rows of one partition (from every file); returns unique (src, dst) int64 arrays
    with src > dst, sorted.
    """
    doc_id = np.asarray(doc_id, dtype=np.int64)
    band_idx = np.asarray(band_idx)
    band_hash = np.asarray(band_hash, dtype=np.uint64)
    if not len(doc_id) == len(band_idx) == len(band_hash):
        raise ValueError("doc_id, band_idx and band_hash must have the same length")
    order = np.lexsort((doc_id, band_hash, band_idx))
    doc, band, key = doc_id[order], band_idx[order], band_hash[order]
    new_bucket = np.ones(len(doc), dtype=bool)
    new_bucket[1:] = (band[1:] != band[:-1]) | (key[1:] != key[:-1])
    bucket_min = doc[np.flatnonzero(new_bucket)][np.cumsum(new_bucket) - 1]
    member = doc != bucket_min  # also drops a document repeated in its own bucket
    return _unique_pairs(doc[member], bucket_min[member])


def _unique_pairs(src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.lexsort((dst, src))
    src, dst = src[order], dst[order]
    first = np.ones(len(src), dtype=bool)
    first[1:] = (src[1:] != src[:-1]) | (dst[1:] != dst[:-1])
    return src[first], dst[first]


FILE_SHIFT = 32  # doc_id = file_index << 32 | record_index (the runner's numbering)


def node_partition(node: np.ndarray, partitions: int) -> np.ndarray:
    """Partition index per doc id: by its WARC file (mixed, so files spread evenly), so that a
    file's cluster labels all land in one partition and its finish task reads one label file."""
    files = np.asarray(node, dtype=np.int64).astype(np.uint64) >> np.uint64(FILE_SHIFT)
    with np.errstate(over="ignore"):
        mixed = _fmix64(files)
    return (mixed % np.uint64(partitions)).astype(np.int64)


def split_edges(src: np.ndarray, dst: np.ndarray,
                partitions: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Both directions of every edge, grouped by the partition of the first endpoint."""
    first = np.concatenate([np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64)])
    second = np.concatenate([np.asarray(dst, dtype=np.int64), np.asarray(src, dtype=np.int64)])
    return _group_by_partition(first, second, node_partition(first, partitions), partitions)


def init_labels(src_of_partition: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(node, label = node) for the partition's nodes, node sorted and unique."""
    node = np.unique(np.asarray(src_of_partition, dtype=np.int64))
    return node, node.copy()


def scatter_labels(src: np.ndarray, dst: np.ndarray, node: np.ndarray, label: np.ndarray,
                   partitions: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """For this partition's edges src -> dst, send (dst, label[src]) to dst's partition.

    Messages are reduced to one (dst, min label) per destination before they leave the task.
    """
    src = np.asarray(src, dtype=np.int64)
    sent_label = label[_positions(node, src)]
    target, target_label = _min_per_key(np.asarray(dst, dtype=np.int64), sent_label)
    return _group_by_partition(target, target_label, node_partition(target, partitions), partitions)


def gather_labels(node: np.ndarray, label: np.ndarray,
                  messages: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, int]:
    """New label = min(own, min incoming); returns (node, new_label, number of labels changed)."""
    new_label = label.copy()
    if messages:
        target = np.concatenate([np.asarray(t, dtype=np.int64) for t, _ in messages])
        incoming = np.concatenate([np.asarray(m, dtype=np.int64) for _, m in messages])
        if len(target):
            target, incoming = _min_per_key(target, incoming)
            position = _positions(node, target)
            new_label[position] = np.minimum(new_label[position], incoming)
    return node, new_label, int(np.count_nonzero(new_label != label))


def connected_components(src: np.ndarray, dst: np.ndarray, partitions: int,
                         max_rounds: int = 10_000) -> tuple[np.ndarray, np.ndarray]:
    """Sequential driver of the partitioned steps above: (node, label) sorted by node.

    Only nodes with an edge appear; a document without one is its own cluster.
    """
    edges = split_edges(src, dst, partitions)
    state = [init_labels(part_src) for part_src, _ in edges]
    for _ in range(max_rounds):
        outboxes = [scatter_labels(part_src, part_dst, node, label, partitions)
                    for (part_src, part_dst), (node, label) in zip(edges, state)]
        changed = 0
        for p, (node, label) in enumerate(state):
            node, label, n_changed = gather_labels(node, label, [out[p] for out in outboxes])
            state[p] = (node, label)
            changed += n_changed
        if changed == 0:
            break
    else:
        raise RuntimeError(f"label propagation did not converge in {max_rounds} rounds")
    node = np.concatenate([n for n, _ in state]) if state else np.empty(0, np.int64)
    label = np.concatenate([lab for _, lab in state]) if state else np.empty(0, np.int64)
    order = np.argsort(node, kind="stable")
    return node[order], label[order]


def cluster_ids(doc_id: np.ndarray, node: np.ndarray, label: np.ndarray) -> np.ndarray:
    """Cluster id per document: its component's label, or itself when it has no edge.

    `node` must be sorted (as returned by `gather_labels` / `connected_components`).
    """
    doc_id = np.asarray(doc_id, dtype=np.int64)
    position = np.searchsorted(node, doc_id)
    position_clipped = np.minimum(position, max(len(node) - 1, 0))
    found = (position < len(node)) & (node[position_clipped] == doc_id) if len(node) else \
        np.zeros(len(doc_id), dtype=bool)
    out = doc_id.copy()
    out[found] = label[position_clipped[found]]
    return out


def decisions(doc_id: np.ndarray, cluster_id: np.ndarray) -> list[Decision]:
    """Keep the earliest document of each cluster; drop the rest as `near_duplicate`."""
    near_duplicate = Decision.drop(DROP_REASON)
    return [Decision.keep() if d == c else near_duplicate
            for d, c in zip(np.asarray(doc_id).tolist(), np.asarray(cluster_id).tolist())]


def _positions(node: np.ndarray, query: np.ndarray) -> np.ndarray:
    position = np.searchsorted(node, query)
    if len(query) and (position.max() >= len(node) or np.any(node[position] != query)):
        raise ValueError("an edge endpoint is missing from this partition's nodes; "
                         "edges and labels must come from the same split_edges/init_labels")
    return position


def _min_per_key(key: np.ndarray, value: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if not len(key):
        return key, value
    order = np.lexsort((value, key))
    key, value = key[order], value[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    return key[first], value[first]


def _group_by_partition(first: np.ndarray, second: np.ndarray, partition: np.ndarray,
                        partitions: int) -> list[tuple[np.ndarray, np.ndarray]]:
    order = np.argsort(partition, kind="stable")
    bounds = np.searchsorted(partition[order], np.arange(partitions + 1))
    first, second = first[order], second[order]
    return [(first[bounds[p]:bounds[p + 1]], second[bounds[p]:bounds[p + 1]])
            for p in range(partitions)]
