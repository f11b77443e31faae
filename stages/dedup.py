"""Global MinHash near-duplicate removal: texts in; per document a verdict (removed or kept) and the
kept document it duplicates.

datasketch computes the MinHash signatures (FineWeb's recipe: normalised word 5-grams, 14 bands x
8 rows; scripts written without spaces -- Chinese, Japanese, Thai, ... -- shingle by character;
FineWeb-2's: within each language, the language mixed into every band key);
everything after is plain numpy on one hash partition at a time, so no task ever holds a
snapshot's band rows, edges or labels. The steps, each function below being one task's work:

  per file:  signatures: 112 MinHash values -> 14 band keys, and a one-permutation sketch
             (512 bins x 8 bits) of the same shingle hashes -> file_arrays
  buckets:   candidate_edges: documents sharing a band key; each member of a bucket is paired with
             the bucket's first `hubs` documents (hubs=1 is a star; more hubs survive one odd hub)
  verify:    estimated Jaccard of the two sketches >= `threshold` (std ~0.018 at 0.8, against
             0.038 from the 112 MinHash values)
  components large_star / small_star rounds (Kiveris et al. 2014) over the verified edges, until
             a round changes nothing: O(log n) rounds, with a hard limit (`max_rounds`)
  survivors: choose_survivors, per component: documents in id order (documents already decided by
             an earlier run first); a document is kept unless a verified neighbour was kept
             before it, and then it is removed as a duplicate of the first such neighbour;
             cluster_sizes: a kept document's cluster is itself and the documents removed as its
             duplicates (FineWeb-2's minhash_cluster_size, for rehydration).

So every removed document has a kept document whose estimated Jaccard is >= threshold, no two kept
documents are joined by a verified edge, and a document's verdict depends only on documents before
it: runs over successive slices of a snapshot give the verdicts of one run over all of it.
Shuffles between the steps go through files made by `encode_pieces` (one piece per partition and
a header of offsets, so a reader fetches 16 bytes of metadata per file: O(files), not O(P * files)).
"""
from __future__ import annotations

import re
import unicodedata
from hashlib import sha1 as _sha1
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from datasketch.hashfunc import sha1_hash64

from stages.base import Annotation, Decision, Doc, GlobalStep

DROP_REASON = "near_duplicate"


@dataclass(frozen=True)
class DedupSettings:
    ngram_size: int = 5  # FineWeb: word 5-grams (character 5-grams in scripts without spaces)
    num_bands: int = 14  # FineWeb: 14 bands x 8 rows (candidate S-curve midpoint ~0.72)
    rows_per_band: int = 8
    seed: int = 1  # datasketch's default permutation seed; every worker must use the same
    # A candidate pair is a near-duplicate when its estimated Jaccard reaches this: the 14x8
    # bands find 92% of pairs at 0.8 and 99% at 0.85 (BENCHMARKS.md, near-duplicate S-curve).
    threshold: float = 0.8
    hubs: int = 3  # each bucket member is verified against the bucket's first `hubs` documents
    # One-permutation sketch for verification, 8 bits per bin: std of the estimate at J = 0.8 is
    # ~0.018 with 512 bins, against 0.038 from the 112 MinHash values (BENCHMARKS.md).
    sketch_size: int = 512
    max_rounds: int = 64  # connected components: 2 log2(n) + 4 covers n = 2^30 components
    # FineWeb-2: dedup within each language (the same text in two languages is no duplicate):
    # the document's language-script code is mixed into its band keys (MinHasher.salt).
    within_language: bool = True

    def __post_init__(self):
        for name in ("ngram_size", "num_bands", "rows_per_band", "hubs", "max_rounds",
                     "sketch_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if self.sketch_size < 16 or self.sketch_size % 8:
            raise ValueError(f"sketch_size must be a multiple of 8 >= 16, "
                             f"got {self.sketch_size}")

    @property
    def num_perm(self) -> int:
        return self.num_bands * self.rows_per_band

    @property
    def signature_width(self) -> int:
        """uint64 values per document from `MinHasher.signatures`: MinHash values + sketch."""
        return self.num_perm + self.sketch_size // 8


# --- text -> shingles -> signatures (per file) --------------------------------------------------

# datatrove's simplify_text (FineWeb): lowercase, numbers -> 0, punctuation -> space, collapse
# whitespace, strip diacritics.
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Punctuation ([^\w\s] and _) becomes a space and whitespace runs collapse: in one pass, every
# run of non-word characters or underscores becomes one space.
_SEPARATORS = re.compile(r"[\W_]+")
# Scripts written without spaces between words: each character is a token, so a 5-gram is five
# characters (CJK ideographs, kana, Thai, Lao, Tibetan, Myanmar, Khmer: stages.text's scripts).
# Hangul is written with spaces.
_NO_SPACE_CHARS = ("\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                   "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f")
_TOKEN = re.compile(f"[{_NO_SPACE_CHARS}]|[^\\s{_NO_SPACE_CHARS}]+")


class _WithoutMarks(dict):
    """str.translate table deleting nonspacing marks (category Mn, as `unicodedata` has them),
    filled in as characters are first seen: ~5x faster than testing every character."""

    def __missing__(self, code: int):
        value = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = value
        return value


_WITHOUT_MARKS = _WithoutMarks()


def normalize_text(text: str) -> str:
    text = _SEPARATORS.sub(" ", _NUMBER.sub("0", text.lower())).strip()
    if text.isascii():  # nothing to strip; skips a per-character loop on most English text
        return text
    return unicodedata.normalize("NFD", text).translate(_WITHOUT_MARKS)


def tokens(text: str) -> list[str]:
    """Words of the normalised text; in scripts without spaces, single characters."""
    normalized = normalize_text(text)
    return normalized.split(" ") if normalized.isascii() else _TOKEN.findall(normalized) or [""]


def shingles(text: str, ngram_size: int) -> set[bytes]:
    """Token n-grams of the normalised text, UTF-8; a shorter text is one shingle (the empty text
    too)."""
    normalized = normalize_text(text)
    if normalized.isascii():  # split the encoded text: the same words, as bytes
        words = normalized.encode().split(b" ")
        if len(words) <= ngram_size:
            return {b" ".join(words)}
        return set(map(b" ".join, zip(*(words[i:] for i in range(ngram_size)))))
    words = _TOKEN.findall(normalized) or [""]
    if len(words) <= ngram_size:
        return {" ".join(words).encode()}
    return {" ".join(gram).encode() for gram in zip(*(words[i:] for i in range(ngram_size)))}


def shingle_hashes(text: str, ngram_size: int) -> np.ndarray:
    """uint64 per shingle: datasketch's sha1_hash64 (the first 8 bytes of SHA-1, little endian),
    taken from one buffer rather than one Python int per shingle."""
    return np.frombuffer(b"".join([_sha1(s).digest()[:8] for s in shingles(text, ngram_size)]),
                         dtype="<u8")


def _identity(value):
    return value


class MinHasher:
    """MinHash signatures with fixed permutations: every worker with the same config agrees."""

    def __init__(self, config: DedupSettings):
        self.config = config
        # affine64: 64-bit hash values (datasketch 2.0), so 8 rows x 64 bits per band bucket key;
        # sha1_hash64 is process-independent, unlike Python's salted hash().
        self._template = MinHash(num_perm=config.num_perm, seed=config.seed, scheme="affine64",
                                 hashfunc=_identity)  # permutations built once per worker
        a, b = self._template.permutations
        self._a, self._b = a, b[:, None]

    def minhash(self, hashes: np.ndarray) -> np.ndarray:
        """datasketch's MinHash.update_batch for affine64 on one document's shingle hashes (its
        MurmurHash3 pre-mix, then min over h -> a * h + b mod 2^64 per permutation), done on
        the (num_perm, shingles) array at once: ~2.5x faster than copying the template MinHash
        and updating it (tests/stages/test_dedup.py checks the values are datasketch's)."""
        with np.errstate(over="ignore"):
            permuted = np.multiply.outer(self._a, _fmix64(hashes))
            permuted += self._b
        return np.minimum(self._template.hashvalues, permuted.min(axis=1))

    def signatures(self, texts: list[str], languages: Sequence[str | None] | None = None
                   ) -> np.ndarray:
        """(len(texts), signature_width) uint64: the num_perm MinHash values, then the
        verification sketch's sketch_size bytes packed 8 to a value (`split_signatures`). With
        `languages`, each document's MinHash values are XORed with its language's `salt`."""
        out = np.zeros((len(texts), self.config.signature_width), dtype=np.uint64)
        sketch = out[:, self.config.num_perm:].view(np.uint8)
        for i, text in enumerate(texts):
            hashes = shingle_hashes(text, self.config.ngram_size)
            out[i, :self.config.num_perm] = self.minhash(hashes)
            sketch[i] = one_permutation_sketch(hashes, self.config.sketch_size)
        if languages is not None:
            out[:, :self.config.num_perm] ^= np.array([salt(lang) for lang in languages],
                                                      dtype=np.uint64)[:, None]
        return out


def salt(language: str | None) -> int:
    """A 64-bit value per language (0 for none). XOR with it is a bijection of the MinHash
    values, so documents of one language share band keys exactly as before, and two documents
    of different languages share one only by a 64-bit accident: buckets never join languages.
    The sketches are not salted: only bucket-mates are ever compared."""
    return sha1_hash64(language.encode()) if language else 0


class NearDuplicates(GlobalStep):
    """The `dedup` step, global. Per file, the runner stores `signatures(docs)` (pipeline/dedup.py
    writes them as `file_arrays`); it runs the cross-file part (`pipeline/dedup.py`) and then
    calls the step on each file's documents annotated with `dup_removed` (bool),
    `dup_cluster` (the kept document a removed one duplicates; None otherwise) and
    `dup_cluster_size` (its cluster's documents; None when it has no copy)."""

    name, Settings = "dedup", DedupSettings
    annotations = (
        Annotation("dup_cluster", "int64", "doc_id of the kept document of this document's "
                   "near-duplicate cluster (null when it has no copy)"),
        Annotation("minhash_cluster_size", "int32", "documents in this document's near-duplicate "
                   "cluster, itself included (1: no copy); FineWeb-2's minhash_cluster_size, for "
                   "upsampling by it (docs/languages.md)"),
    )

    def __init__(self, config: DedupSettings = DedupSettings()):
        self.config = self.settings = config
        self.hasher = MinHasher(config)

    def signatures(self, docs: Sequence[Doc]) -> np.ndarray:
        """(n, signature_width) uint64 per document: MinHash values (salted by the document's
        language-script code, `within_language`) and verification sketch."""
        languages = ([doc.annotations.get("language_script") or doc.annotations.get("language")
                      for doc in docs] if self.config.within_language else None)
        return self.hasher.signatures([doc.text or "" for doc in docs], languages)

    def file_arrays(self, doc_id: np.ndarray, signatures: np.ndarray) -> dict[str, np.ndarray]:
        """What the per-file phase writes for the cross-file phase (see `file_arrays`)."""
        return file_arrays(doc_id, signatures, self.config)

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for doc in docs:
            size = doc.annotations.get("dup_cluster_size") or 1
            if doc.annotations.get("dup_removed"):
                decisions.append(Decision.drop(DROP_REASON, dup_cluster=doc.annotations.get(
                    "dup_cluster"), minhash_cluster_size=size))
            else:
                decisions.append(Decision.keep(minhash_cluster_size=size))
        return decisions


def _fmix64(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer: an avalanching bijection on uint64 (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(33))
        x = x * np.uint64(0xFF51AFD7ED558CCD)
        x = x ^ (x >> np.uint64(33))
        x = x * np.uint64(0xC4CEB9FE1A85EC53)
        return x ^ (x >> np.uint64(33))


def split_signatures(signatures: np.ndarray,
                     config: DedupSettings) -> tuple[np.ndarray, np.ndarray]:
    """(MinHash values (n, num_perm) uint64, sketches (n, sketch_size) uint8) of
    `MinHasher.signatures`; plain (n, num_perm) MinHash values give an empty sketch array."""
    signatures = np.ascontiguousarray(signatures, dtype=np.uint64)
    if signatures.ndim != 2 or signatures.shape[1] not in (config.num_perm,
                                                           config.signature_width):
        raise ValueError(f"signatures must have shape (n, {config.signature_width}) (or "
                         f"(n, {config.num_perm}) without sketches), got {signatures.shape}")
    return (signatures[:, :config.num_perm],
            np.ascontiguousarray(signatures[:, config.num_perm:]).view(np.uint8))


def band_hashes(signatures: np.ndarray, config: DedupSettings) -> np.ndarray:
    """(n, num_bands) uint64: one 64-bit key per band, salted with the band index, so equal keys
    of different bands never meet in one bucket."""
    signatures = split_signatures(signatures, config)[0]
    rows = signatures.reshape(len(signatures), config.num_bands, config.rows_per_band)
    band = np.arange(config.num_bands, dtype=np.uint64)
    with np.errstate(over="ignore"):
        key = np.broadcast_to(_fmix64(band + np.uint64(0x9E3779B97F4A7C15)),
                              (len(signatures), config.num_bands)).copy()
        for row in range(config.rows_per_band):
            # Each step is a bijection of the row value, so bands differing in one row never collide.
            key = _fmix64(key ^ _fmix64(rows[:, :, row] + np.uint64(row + 1)))
    return key


def one_permutation_sketch(hashes: np.ndarray, size: int) -> np.ndarray:
    """One-permutation hashing (Li, Owen & Zhang 2012): the shingle hashes, re-mixed, fall into
    `size` bins; each bin keeps 8 bits (1-255) of its smallest hash, 0 when empty. Costs one pass
    over the hashes however large `size` is, unlike `size` MinHash permutations."""
    out = np.zeros(size, dtype=np.uint8)
    if not len(hashes):
        return out
    mixed = _fmix64(hashes ^ np.uint64(0x5851F42D4C957F2D))
    bins = (mixed % np.uint64(size)).astype(np.int64)
    order = np.lexsort((mixed, bins))
    first = np.ones(len(order), dtype=bool)
    first[1:] = bins[order][1:] != bins[order][:-1]
    chosen = order[first]
    out[bins[chosen]] = ((mixed[chosen] >> np.uint64(40)) % np.uint64(255) + np.uint64(1)
                         ).astype(np.uint8)
    return out


def estimate_jaccard(sketch_a: np.ndarray, sketch_b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard per row of two (n, size) one-permutation sketches: equal bins over bins
    not empty in both (Li et al.'s estimator), corrected for 8-bit collisions (1 in 255). Works
    in chunks of rows, so its temporaries stay small whatever n."""
    out = np.empty(len(sketch_a), dtype=np.float64)
    for start in range(0, len(sketch_a), 8192):
        a, b = sketch_a[start:start + 8192], sketch_b[start:start + 8192]
        full_a, full_b = a != 0, b != 0
        both_full = np.count_nonzero(full_a & full_b, axis=1)
        observed = np.count_nonzero((a == b) & full_a & full_b, axis=1)
        union = a.shape[1] - np.count_nonzero(~full_a & ~full_b, axis=1)
        matches = (observed - both_full / 255) / (1 - 1 / 255)
        out[start:start + 8192] = np.clip(matches / np.maximum(union, 1), 0.0, 1.0)
    return out


def file_arrays(doc_id: np.ndarray, signatures: np.ndarray,
                config: DedupSettings) -> dict[str, np.ndarray]:
    """The per-file phase's output for the cross-file phase, from one WARC file's documents and
    their `MinHasher.signatures`: `band_doc` int64 and `band_hash` uint64 (num_bands rows per
    document: the LSH index) and `sketch_doc` int64 with `sketch` (n, sketch_size) uint8 (for
    verification)."""
    doc_id = np.asarray(doc_id, dtype=np.int64)
    minhashes, sketch = split_signatures(signatures, config)
    if len(minhashes) != len(doc_id) or sketch.shape[1] != config.sketch_size:
        raise ValueError(f"{len(doc_id)} doc ids for signatures of shape {signatures.shape}; "
                         f"expected ({len(doc_id)}, {config.signature_width})")
    keys = band_hashes(minhashes, config)
    return {"band_doc": np.repeat(doc_id, config.num_bands), "band_hash": keys.reshape(-1),
            "sketch_doc": doc_id, "sketch": sketch}


# --- partitions -----------------------------------------------------------------------------------

FILE_SHIFT = 32  # doc_id = file_index << 32 | record_index (the runner's numbering)


def band_partition(band_hash: np.ndarray, partitions: int) -> np.ndarray:
    """Partition index per band key (the key is already well mixed)."""
    return (np.asarray(band_hash, dtype=np.uint64) % np.uint64(partitions)).astype(np.int64)


def node_partition(node: np.ndarray, partitions: int) -> np.ndarray:
    """Partition index per doc id: by its WARC file (mixed, so files spread evenly), so that a
    file's documents (sketches, verdicts) all live in one partition."""
    files = np.asarray(node, dtype=np.int64).astype(np.uint64) >> np.uint64(FILE_SHIFT)
    return (_fmix64(files) % np.uint64(partitions)).astype(np.int64)


def file_partition(file_index: int, partitions: int) -> int:
    """The node partition of every document of one WARC file."""
    return int(node_partition(np.array([int(file_index) << FILE_SHIFT]), partitions)[0])


def split_by(partition: np.ndarray, partitions: int, *columns: np.ndarray) -> list[tuple]:
    """Rows grouped by partition index: one tuple of column slices per partition."""
    order = np.argsort(partition, kind="stable")
    bounds = np.searchsorted(partition[order], np.arange(partitions + 1))
    ordered = [np.asarray(c)[order] for c in columns]
    return [tuple(c[bounds[p]:bounds[p + 1]] for c in ordered) for p in range(partitions)]


# --- buckets -> candidate edges ------------------------------------------------------------------

_CHUNK = 1 << 20


def shared_keys(band_hash: np.ndarray) -> np.ndarray:
    """Sorted band keys held by more than one row. Costs one sorted copy of the keys (8 bytes a
    row); most keys are unique, so what follows works on a small subset."""
    ordered = np.sort(np.asarray(band_hash, dtype=np.uint64))
    repeated = ordered[1:][ordered[1:] == ordered[:-1]]
    del ordered
    return np.unique(repeated)


def rows_with_keys(band_hash: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Indices of the rows whose key is in the sorted `keys`, in chunks (small temporaries)."""
    found = []
    if not len(keys):
        return np.zeros(0, np.int64)
    for start in range(0, len(band_hash), _CHUNK):
        chunk = band_hash[start:start + _CHUNK]
        position = np.minimum(np.searchsorted(keys, chunk), len(keys) - 1)
        found.append(np.flatnonzero(keys[position] == chunk) + start)
    return np.concatenate(found) if found else np.zeros(0, np.int64)


def candidate_edges(doc_id: np.ndarray, band_hash: np.ndarray, hubs: int,
                    fixed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs from all band rows of one partition (from every file): within each bucket
    (documents sharing a band key) sorted by doc id, each member is paired with the bucket's
    first `hubs` documents: at most hubs x size pairs, not size^2. `fixed` (bool per row) marks
    documents decided by an earlier run: pairs of two such documents are left out.

    Returns unique (a, b) int64 arrays with a > b, sorted."""
    doc_id = np.asarray(doc_id, dtype=np.int64)
    band_hash = np.asarray(band_hash, dtype=np.uint64)
    if len(doc_id) != len(band_hash):
        raise ValueError("doc_id and band_hash must have the same length")
    rows = rows_with_keys(band_hash, shared_keys(band_hash))
    doc, key = doc_id[rows], band_hash[rows]
    old = (np.asarray(fixed, dtype=bool)[rows] if fixed is not None
           else np.zeros(len(rows), dtype=bool))
    order = np.lexsort((doc, key))
    doc, key, old = doc[order], key[order], old[order]
    start = np.ones(len(doc), dtype=bool)
    start[1:] = key[1:] != key[:-1]
    first = np.flatnonzero(start)[np.cumsum(start) - 1]  # row of the bucket's first document
    rank = np.arange(len(doc)) - first
    src, dst = [], []
    for hub in range(min(hubs, int(rank.max()) if len(rank) else 0)):
        member = rank > hub
        hub_row = first[member] + hub
        keep = ~(old[member] & old[hub_row])
        src.append(doc[member][keep])
        dst.append(doc[hub_row][keep])
    a = np.concatenate(src) if src else np.zeros(0, np.int64)
    b = np.concatenate(dst) if dst else np.zeros(0, np.int64)
    distinct = a != b  # a document repeated in its own bucket
    return unique_pairs(np.maximum(a, b)[distinct], np.minimum(a, b)[distinct])


def unique_pairs(src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    src, dst = np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64)
    order = np.lexsort((dst, src))
    src, dst = src[order], dst[order]
    first = np.ones(len(src), dtype=bool)
    first[1:] = (src[1:] != src[:-1]) | (dst[1:] != dst[:-1])
    return src[first], dst[first]


# --- verification --------------------------------------------------------------------------------

def lookup(node: np.ndarray, table_node: np.ndarray, table_rows: np.ndarray,
           what: str = "sketch") -> np.ndarray:
    """Rows of `table_rows` for each of `node`; `table_node` sorted. A missing node is an error."""
    node = np.asarray(node, dtype=np.int64)
    position = np.searchsorted(table_node, node)
    if len(node) and (len(table_node) == 0 or position.max() >= len(table_node)
                      or np.any(table_node[position] != node)):
        missing = node[(position >= len(table_node))
                       | (table_node[np.minimum(position, max(len(table_node) - 1, 0))] != node)]
        raise ValueError(f"no {what} for document {int(missing[0])} (file {int(missing[0]) >> 32},"
                         f" record {int(missing[0]) & 0xFFFFFFFF}): the per-file dedup output "
                         f"is missing or from another configuration")
    return table_rows[position]


def verify_edges(a: np.ndarray, b: np.ndarray, sketch_a: np.ndarray, sketch_b: np.ndarray,
                 threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs whose estimated Jaccard reaches `threshold`: (a, b, estimate)."""
    estimate = estimate_jaccard(sketch_a, sketch_b)
    keep = estimate >= threshold - 1e-9
    return np.asarray(a)[keep], np.asarray(b)[keep], estimate[keep]


def verify_against(a: np.ndarray, b: np.ndarray, sketch_a: np.ndarray, node: np.ndarray,
                   sketch: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """`verify_edges` with b's sketch looked up in (node sorted, sketch), a chunk of rows at a
    time: no copy of every b's sketch. Returns the verified (a, b)."""
    position = np.searchsorted(node, b)
    lookup(b, node, np.arange(len(node)), "sketch")  # a missing sketch is an error
    keep = np.zeros(len(a), dtype=bool)
    for start in range(0, len(a), 65536):
        rows = slice(start, start + 65536)
        keep[rows] = estimate_jaccard(sketch_a[rows], sketch[position[rows]]) >= threshold - 1e-9
    return np.asarray(a)[keep], np.asarray(b)[keep]


# --- connected components: large-star / small-star -----------------------------------------------
# The graph lives as directed edges (u, v), both directions of every edge, each in the partition
# of u. A round is a large-star then a small-star, each one task per partition reading its edges
# and writing edges for every partition. Kiveris et al. (2014) show the pair reaches, per
# component, a star around its smallest node in O(log^2 n) rounds (O(log n) in their experiments
# and ours: 13 rounds for a 3,000-node path). A round that changes nothing ends it.

def _by_first(src: np.ndarray, dst: np.ndarray):
    src, dst = unique_pairs(src, dst)
    start = np.ones(len(src), dtype=bool)
    start[1:] = src[1:] != src[:-1]
    first = np.flatnonzero(start)
    group = np.cumsum(start) - 1
    return src, dst, first, group


def large_star(src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """One partition's large-star: every node u joins its larger neighbours to
    m = min(u, neighbours). Returns the new edges (both directions) and the change count."""
    src, dst, first, group = _by_first(src, dst)
    if not len(src):
        return src, dst, 0
    smallest = np.minimum(np.minimum.reduceat(dst, first), src[first])[group]
    larger = dst > src
    new_a, new_b = dst[larger], smallest[larger]
    changed = int(np.count_nonzero(smallest[larger] != src[larger]))
    return np.concatenate([new_a, new_b]), np.concatenate([new_b, new_a]), changed


def small_star(src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """One partition's small-star: every node u joins itself and its smaller neighbours to
    m = min(u, smaller neighbours). Returns the new edges (both directions) and the number of
    nodes with two or more smaller neighbours (the only ones that change anything)."""
    src, dst, first, group = _by_first(src, dst)
    smaller = dst < src
    src, dst = src[smaller], dst[smaller]
    if not len(src):
        return src, dst, 0
    start = np.ones(len(src), dtype=bool)
    start[1:] = src[1:] != src[:-1]
    head = np.flatnonzero(start)
    count = np.diff(np.append(head, len(src)))
    smallest = dst[head]  # dst is sorted within each src: the first is the smallest
    # edges: (v, m) for every smaller neighbour v != m, and (u, m)
    m = np.repeat(smallest, count)
    other = dst != m
    new_a = np.concatenate([dst[other], src[head]])
    new_b = np.concatenate([m[other], smallest])
    return (np.concatenate([new_a, new_b]), np.concatenate([new_b, new_a]),
            int(np.count_nonzero(count >= 2)))


def star_labels(src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """After the last round: (node, component label = its smallest node) for one partition."""
    src, dst, first, _ = _by_first(src, dst)
    if not len(src):
        return src, dst
    node = src[first]
    return node, np.minimum(np.minimum.reduceat(dst, first), node)


def both_directions(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
    return np.concatenate([a, b]), np.concatenate([b, a])


class RoundLimitError(RuntimeError):
    pass


def round_limit_error(max_rounds: int, changed: int) -> RoundLimitError:
    return RoundLimitError(
        f"dedup: connected components still changing after {max_rounds} rounds ({changed} "
        f"changes in the last); raise the dedup step's max_rounds setting if the graph is that deep")


def connected_components(src: np.ndarray, dst: np.ndarray, partitions: int,
                         max_rounds: int = 64) -> tuple[np.ndarray, np.ndarray, int]:
    """The partitioned rounds above run in one process: (node, label, rounds), node sorted.
    Only nodes with an edge appear."""
    state = split_by(node_partition(*both_directions(src, dst)[:1], partitions), partitions,
                     *both_directions(src, dst))
    for rounds in range(1, max_rounds + 1):
        changed = 0
        for step in (large_star, small_star):
            outputs = [step(s, d) for s, d in state]
            changed += sum(c for _, _, c in outputs)
            pieces = [split_by(node_partition(s, partitions), partitions, s, d)
                      for s, d, _ in outputs]
            state = [(np.concatenate([p[q][0] for p in pieces]),
                      np.concatenate([p[q][1] for p in pieces])) for q in range(partitions)]
        if changed == 0:
            break
    else:
        raise round_limit_error(max_rounds, changed)
    labels = [star_labels(s, d) for s, d in state]
    node = np.concatenate([n for n, _ in labels]) if labels else np.zeros(0, np.int64)
    label = np.concatenate([lab for _, lab in labels]) if labels else np.zeros(0, np.int64)
    order = np.argsort(node, kind="stable")
    return node[order], label[order], rounds


# --- survivors -----------------------------------------------------------------------------------

def choose_survivors(a: np.ndarray, b: np.ndarray,
                     fixed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Verdicts for every document on a verified edge; the edges must hold whole components.

    Documents are taken in order -- those `fixed` (bool per edge endpoint: kept by an earlier
    run) first, then the rest by doc id, i.e. earliest file and record -- and each is kept unless
    a verified neighbour was kept before it; then it is removed, its cluster being the first
    such neighbour. Returns (node sorted, cluster, removed); a kept document's cluster is itself.
    `fixed` is given as a pair of bool arrays (for a and for b) or None."""
    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
    node, inverse = np.unique(np.concatenate([a, b]), return_inverse=True)
    n = len(node)
    is_fixed = np.zeros(n, dtype=bool)
    if fixed is not None:
        is_fixed[inverse] = np.concatenate([np.asarray(f, dtype=bool) for f in fixed])
    x, y = inverse[:len(a)], inverse[len(a):]
    src, dst = np.concatenate([x, y]), np.concatenate([y, x])
    order = np.argsort(src, kind="stable")
    neighbours = dst[order].tolist()
    bounds = np.searchsorted(src[order], np.arange(n + 1)).tolist()
    state = bytearray(n)  # 0 undecided, 1 kept, 2 removed
    cluster = list(range(n))
    for i in np.flatnonzero(is_fixed).tolist():
        state[i] = 1
    for i in np.lexsort((node, ~is_fixed)).tolist():  # node is sorted: fixed first, then by id
        if state[i] == 2:
            continue
        state[i] = 1
        for j in neighbours[bounds[i]:bounds[i + 1]]:
            if state[j] == 0:
                state[j] = 2
                cluster[j] = i
    removed = np.frombuffer(bytes(state), dtype=np.uint8) == 2
    return node, node[np.asarray(cluster, dtype=np.int64)], removed


def cluster_sizes(node: np.ndarray, cluster: np.ndarray, removed: np.ndarray) -> np.ndarray:
    """Per document of `choose_survivors`' output: the size of its cluster -- the kept document
    and the documents removed as its duplicates (a removed document's is its kept document's).
    FineWeb-2's minhash_cluster_size; a trainer upsamples a kept document by it."""
    kept_of = np.where(removed, cluster, node)
    heads, counts = np.unique(cluster[removed], return_counts=True)
    position = np.minimum(np.searchsorted(heads, kept_of), max(len(heads) - 1, 0))
    found = (heads[position] == kept_of) if len(heads) else np.zeros(len(node), dtype=bool)
    return np.where(found, counts[position] if len(heads) else 0, 0) + 1


# --- the cross-file phase in one process (tests, benchmarks) -------------------------------------

@dataclass
class Verdicts:
    """Per document on a verified edge: cluster (the kept document it duplicates, or itself),
    removed and size (`cluster_sizes`: its cluster's documents this run saw); `rounds` of
    connected components and the edge counts of each step."""
    node: np.ndarray
    cluster: np.ndarray
    removed: np.ndarray
    size: np.ndarray
    rounds: int = 0
    candidates: int = 0
    verified: int = 0

    def lookup(self, doc_id: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(cluster, removed) for any doc ids: a removed document's cluster is the kept document
        it duplicates; a kept one's is itself."""
        doc_id = np.asarray(doc_id, dtype=np.int64)
        if not len(self.node):
            return doc_id.copy(), np.zeros(len(doc_id), dtype=bool)
        position = np.minimum(np.searchsorted(self.node, doc_id), len(self.node) - 1)
        removed = (self.node[position] == doc_id) & self.removed[position]
        return np.where(removed, self.cluster[position], doc_id), removed

    def cluster_size(self, doc_id: np.ndarray) -> np.ndarray:
        """The size of each document's cluster (1: no copy). A kept document's size counts the
        copies this run removes: copies a later run (another --slice into the same output)
        removes are recorded on their own rows, not added to a document already written."""
        doc_id = np.asarray(doc_id, dtype=np.int64)
        if not len(self.node):
            return np.ones(len(doc_id), dtype=np.int64)
        position = np.minimum(np.searchsorted(self.node, doc_id), len(self.node) - 1)
        return np.where(self.node[position] == doc_id, self.size[position], 1)


def deduplicate(doc_id: np.ndarray, signatures: np.ndarray, config: DedupSettings,
                partitions: int = 8, earlier: "Index | None" = None) -> Verdicts:
    """The whole cross-file phase over one run's documents, partitioned as the runner runs it but
    with lists in place of tasks and files. `earlier` holds the band keys, sketches and verdicts
    of earlier runs into the same output (see `Index`)."""
    index = earlier if earlier is not None else Index(config, partitions)
    return index.add_run(doc_id, signatures)


class Index:
    """The append-only dedup index of one output, in memory: band keys and sketches of every run
    so far and the verdicts already written. `add_run` deduplicates one more run against it."""

    def __init__(self, config: DedupSettings, partitions: int = 8):
        self.config, self.partitions = config, partitions
        self.band_doc = np.zeros(0, np.int64)
        self.band_hash = np.zeros(0, np.uint64)
        self.sketch_doc = np.zeros(0, np.int64)
        self.sketch = np.zeros((0, config.sketch_size), np.uint8)
        self.removed_doc = np.zeros(0, np.int64)  # sorted: removed by an earlier run

    def add_run(self, doc_id: np.ndarray, signatures: np.ndarray) -> Verdicts:
        config, partitions = self.config, self.partitions
        arrays = file_arrays(doc_id, signatures, config)
        new_rows = len(arrays["band_doc"])
        band_doc = np.concatenate([self.band_doc, arrays["band_doc"]])
        band_hash = np.concatenate([self.band_hash, arrays["band_hash"]])
        fixed_row = np.arange(len(band_doc)) < len(band_doc) - new_rows
        self.sketch_doc = np.concatenate([self.sketch_doc, arrays["sketch_doc"]])
        self.sketch = np.concatenate([self.sketch, arrays["sketch"]])
        order = np.argsort(self.sketch_doc, kind="stable")
        self.sketch_doc, self.sketch = self.sketch_doc[order], self.sketch[order]
        # buckets, one partition at a time
        part = band_partition(band_hash, partitions)
        a, b = [], []
        for rows in split_by(part, partitions, np.arange(len(band_doc))):
            ca, cb = candidate_edges(band_doc[rows[0]], band_hash[rows[0]], config.hubs,
                                     fixed_row[rows[0]])
            a.append(ca), b.append(cb)
        a, b = np.concatenate(a), np.concatenate(b)
        candidates = len(a)
        # an earlier run's removed document never keeps anything out
        live = ~(np.isin(a, self.removed_doc) | np.isin(b, self.removed_doc))
        a, b = a[live], b[live]
        a, b, _ = verify_edges(a, b, lookup(a, self.sketch_doc, self.sketch),
                               lookup(b, self.sketch_doc, self.sketch), config.threshold)
        node, label, rounds = connected_components(a, b, partitions, config.max_rounds)
        # survivors, one component partition at a time (a component's edges all go to the
        # partition of its label)
        new = np.asarray(doc_id, dtype=np.int64)
        component = lookup(a, node, label, "component label")
        parts = [choose_survivors(pa, pb, (~np.isin(pa, new), ~np.isin(pb, new)))
                 for pa, pb in split_by(node_partition(component, partitions), partitions, a, b)]
        node = np.concatenate([p[0] for p in parts])
        cluster = np.concatenate([p[1] for p in parts])
        removed = np.concatenate([p[2] for p in parts])
        size = np.concatenate([cluster_sizes(*p) for p in parts])
        mine = np.isin(node, new)
        order = np.argsort(node[mine], kind="stable")
        verdicts = Verdicts(node[mine][order], cluster[mine][order], removed[mine][order],
                            size[mine][order], rounds, candidates, len(a))
        self.band_doc, self.band_hash = band_doc, band_hash
        self.removed_doc = np.union1d(self.removed_doc, verdicts.node[verdicts.removed])
        return verdicts


# --- shuffle files -------------------------------------------------------------------------------
# One file per writing task: a header of P + 1 byte offsets, then one piece per destination
# partition, each piece its columns' raw little-endian bytes one after another. Reader p fetches
# 16 bytes of the header (its piece's start and end) and then its piece: O(1) metadata per file,
# where a Parquet file of P row groups makes every reader parse all P row groups' metadata.

SHUFFLE_MAGIC = b"CCDEDUP1"
_HEADER = 16  # magic + partition count


def encode_pieces(pieces: Sequence[tuple[np.ndarray, ...]]) -> bytes:
    """One shuffle file from one piece (a tuple of equal-length column arrays) per partition."""
    chunks = [b"".join(np.ascontiguousarray(c).astype(c.dtype.newbyteorder("<"), copy=False)
                       .tobytes() for c in piece) for piece in pieces]
    offsets = np.zeros(len(chunks) + 1, dtype="<u8")
    offsets[1:] = np.cumsum([len(c) for c in chunks])
    return b"".join([SHUFFLE_MAGIC, np.uint64(len(chunks)).astype("<u8").tobytes(),
                     offsets.tobytes(), *chunks])


def piece_offsets_range(partition: int, partitions: int) -> tuple[int, int]:
    """Byte range [start, stop) of the header entries bounding piece `partition`."""
    start = _HEADER + 8 * partition
    return start, start + 16


def piece_range(offsets: bytes, partitions: int) -> tuple[int, int]:
    """Byte range of a piece in its file, from the 16 header bytes read at piece_offsets_range."""
    begin, end = np.frombuffer(offsets, dtype="<u8").tolist()
    base = _HEADER + 8 * (partitions + 1)
    return base + begin, base + end


def decode_piece(data: bytes, columns: Sequence[tuple[np.dtype | type, int]]) -> tuple:
    """Column arrays from a piece's bytes; `columns` lists (dtype, values per row) in order."""
    widths = [np.dtype(dtype).itemsize * per_row for dtype, per_row in columns]
    rows, rest = divmod(len(data), sum(widths))
    if rest:
        raise ValueError(f"shuffle piece of {len(data)} bytes is not whole rows of "
                         f"{sum(widths)} bytes: the file is truncated or of another kind")
    out, position = [], 0
    for (dtype, per_row), width in zip(columns, widths):
        column = np.frombuffer(data, dtype=np.dtype(dtype).newbyteorder("<"), count=rows * per_row,
                               offset=position)
        out.append(column.reshape(rows, per_row) if per_row > 1 else column)
        position += rows * width
    return tuple(out)


def read_piece(read_range, partition: int, partitions: int,
               columns: Sequence[tuple[np.dtype | type, int]], name: str = "shuffle file") -> tuple:
    """Piece `partition` of one shuffle file through `read_range(start, stop) -> bytes` (a
    ranged GET on an object store): two small reads, no footer."""
    head = read_range(0, _HEADER)
    if head[:8] != SHUFFLE_MAGIC or int(np.frombuffer(head[8:16], "<u8")[0]) != partitions:
        raise ValueError(f"{name}: not a dedup shuffle file for {partitions} partitions")
    start, stop = piece_range(read_range(*piece_offsets_range(partition, partitions)), partitions)
    return decode_piece(read_range(start, stop) if stop > start else b"", columns)


def gather_pieces(read_ranges: Sequence, partition: int, partitions: int,
                  columns: Sequence[tuple[np.dtype | type, int]]) -> tuple:
    """Piece `partition` of every shuffle file (one `read_range` per file), concatenated: the
    headers first, so the columns are allocated once at their final size and each piece is
    copied in as it arrives (peak: the result plus one piece, not twice the result)."""
    bounds = []
    for read_range in read_ranges:
        head = read_range(0, _HEADER)
        if head[:8] != SHUFFLE_MAGIC or int(np.frombuffer(head[8:16], "<u8")[0]) != partitions:
            raise ValueError(f"not a dedup shuffle file for {partitions} partitions")
        bounds.append(piece_range(read_range(*piece_offsets_range(partition, partitions)),
                                  partitions))
    row_bytes = sum(np.dtype(d).itemsize * n for d, n in columns)
    total = sum(stop - start for start, stop in bounds) // row_bytes
    out = [np.empty((total, n) if n > 1 else total, dtype=d) for d, n in columns]
    at = 0
    for read_range, (start, stop) in zip(read_ranges, bounds):
        if stop > start:
            piece = decode_piece(read_range(start, stop), columns)
            for column, values in zip(out, piece):
                column[at:at + len(values)] = values
            at += len(piece[0])
    return tuple(out)


BAND_COLUMNS = ((np.int64, 1), (np.uint64, 1))  # doc_id, band_hash
EDGE_COLUMNS = ((np.int64, 1), (np.int64, 1))  # a, b


def sketch_columns(config: DedupSettings) -> tuple:
    return (np.int64, 1), (np.int64, 1), (np.uint8, config.sketch_size)  # a, b, sketch of a
