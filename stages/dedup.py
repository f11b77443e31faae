"""Global MinHash near-duplicate removal: texts in; per document a verdict (removed or kept) and the
kept document it duplicates.

The MinHash signatures are datasketch's (affine64 scheme, computed here on numpy arrays; the
tests check them against datasketch itself) with FineWeb's recipe (normalised word 5-grams, 14 bands x
8 rows; scripts written without spaces -- Chinese, Japanese, Thai, ... -- shingle by character;
FineWeb-2's: within each language, the language mixed into every band key);
everything after is plain numpy on one hash partition at a time, so no task ever holds a
snapshot's band rows, edges or labels. The steps, each function being one task's work (the
per-file ones here, the others in stages/dedup_graph.py):

  per file:  signatures: 112 MinHash values -> 14 band keys, and a one-permutation sketch
             (512 bins x 8 bits) of the same shingle hashes -> file_arrays
  buckets:   candidate_edges: documents sharing a band key; each member of a bucket is paired with
             the bucket's first `hubs` documents (hubs=1 is a star; more hubs survive one odd hub)
  verify:    estimated Jaccard of the two sketches >= `threshold` (std ~0.018 at 0.8, against
             0.038 from the 112 MinHash values)
  components large_star / small_star rounds (Kiveris et al. 2014) over the verified edges, until
             a round changes nothing: O(log n) rounds, with a hard limit (`max_rounds`)
  survivors: choose_survivors, per component, documents kept by an earlier run first; then
             (`survivors = "cover"`, the default) the document with the most undecided
             documents around it is kept, again and again, and its undecided neighbours are
             removed as its duplicates; or (`"id_order"`) documents in id order, each kept unless
             a verified neighbour was kept before it; cluster_sizes: a kept document's cluster is
             itself and the documents removed as its duplicates (FineWeb-2's
             minhash_cluster_size, for rehydration).

So every removed document has a kept document whose estimated Jaccard is >= threshold and no two
kept documents are joined by a verified edge. With "id_order" a document's verdict depends only on
documents before it, so runs over successive slices of a snapshot give the verdicts of one run over
all of it; "cover" keeps an earlier slice's verdicts too, and removes more copies (a star of copies
keeps its centre, where the id order keeps every copy that comes before the centre).
Shuffles between the steps go through files made by `encode_pieces` (one piece per partition and
a header of offsets, so a reader fetches 16 bytes of metadata per file: O(files), not O(P * files)).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import sha1 as _sha1

import numpy as np

from stages.base import Annotation, Decision, Doc, GlobalStep

# The cross-file phase's numpy work lives in stages/dedup_graph.py; its names are part of this
# module's interface too (pipeline/dedup.py, the runner and the tests use stages.dedup.*).
from stages.dedup_graph import (  # noqa: F401
    BAND_COLUMNS,
    EDGE_COLUMNS,
    FILE_SHIFT,
    SHUFFLE_MAGIC,
    RoundLimitError,
    SURVIVOR_RULES,
    band_partition,
    both_directions,
    candidate_edges,
    choose_survivors,
    cluster_sizes,
    connected_components,
    decode_piece,
    encode_pieces,
    estimate_jaccard,
    file_partition,
    fmix64,
    gather_pieces,
    large_star,
    lookup,
    node_partition,
    piece_offsets_range,
    piece_range,
    read_piece,
    round_limit_error,
    rows_with_keys,
    shared_keys,
    sketch_columns,
    small_star,
    split_by,
    star_labels,
    unique_pairs,
    verify_against,
    verify_edges,
)

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
    # Which documents of a component of verified edges are kept (stages.dedup_graph.
    # choose_survivors): "cover" keeps, again and again, the document with the most undecided
    # documents around it (a star of copies keeps its centre); "id_order" keeps documents in
    # doc-id order unless a kept neighbour came first, so runs over successive slices give the
    # verdicts of one run over all of them. Either way a removed document has a kept one at
    # estimated Jaccard >= threshold. Measured (BENCHMARKS.md, near-duplicate removal): recall
    # against the fewest documents any rule must keep, 0.79 with "id_order", 0.94 with "cover",
    # at the same precision.
    survivors: str = "cover"

    def __post_init__(self):
        for name in ("ngram_size", "num_bands", "rows_per_band", "hubs", "max_rounds",
                     "sketch_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if self.survivors not in SURVIVOR_RULES:
            raise ValueError(f"survivors must be one of {', '.join(map(repr, SURVIVOR_RULES))}, "
                             f"got {self.survivors!r}")
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
    taken from one buffer of whole digests rather than one Python int (or slice) per shingle."""
    digests = np.frombuffer(b"".join([_sha1(s).digest() for s in shingles(text, ngram_size)]),
                            dtype=np.uint8).reshape(-1, _SHA1_BYTES)
    return digests[:, :8].copy().view("<u8").ravel()


_SHA1_BYTES = 20


def sha1_hash64(data: bytes) -> int:
    """datasketch.hashfunc.sha1_hash64: the first 8 bytes of SHA-1, little endian."""
    return int.from_bytes(_sha1(data).digest()[:8], "little")


def affine64_permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of datasketch's MinHash(num_perm, seed, scheme="affine64") (its
    _init_permutations): odd multipliers and offsets mod 2^64 from numpy's RandomState(seed).
    Made here because importing datasketch imports scipy (0.4 s of CPU in the driver and in
    every Ray worker); tests/stages/test_dedup.py checks them against datasketch's."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 63, num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = generator.randint(0, 1 << 64, num_perm, dtype=np.uint64)
    return a, b


class MinHasher:
    """MinHash signatures with fixed permutations: every worker with the same config agrees."""

    def __init__(self, config: DedupSettings):
        self.config = config
        # affine64: 64-bit hash values (datasketch 2.0), so 8 rows x 64 bits per band bucket key;
        # sha1_hash64 is process-independent, unlike Python's salted hash().
        a, b = affine64_permutations(config.num_perm, config.seed)  # once per worker
        self._a, self._b = a, b[:, None]
        self._empty = np.full(config.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)

    def minhash(self, hashes: np.ndarray) -> np.ndarray:
        """datasketch's MinHash.update_batch for affine64 on one document's shingle hashes (its
        MurmurHash3 pre-mix, then min over h -> a * h + b mod 2^64 per permutation), done on
        the (num_perm, shingles) array at once: ~2.5x faster than copying the template MinHash
        and updating it (tests/stages/test_dedup.py checks the values are datasketch's)."""
        with np.errstate(over="ignore"):
            permuted = np.multiply.outer(self._a, fmix64(hashes))
            permuted += self._b
        return np.minimum(self._empty, permuted.min(axis=1))

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
        Annotation("dup_cluster", "int64", "on a removed document's statistics row: the doc_id "
                   "of the kept document it duplicates; null on every kept document (its "
                   "cluster's size is minhash_cluster_size)"),
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
        key = np.broadcast_to(fmix64(band + np.uint64(0x9E3779B97F4A7C15)),
                              (len(signatures), config.num_bands)).copy()
        for row in range(config.rows_per_band):
            # Each step is a bijection of the row value, so bands differing in one row never collide.
            key = fmix64(key ^ fmix64(rows[:, :, row] + np.uint64(row + 1)))
    return key


def one_permutation_sketch(hashes: np.ndarray, size: int) -> np.ndarray:
    """One-permutation hashing (Li, Owen & Zhang 2012): the shingle hashes, re-mixed, fall into
    `size` bins; each bin keeps 8 bits (1-255) of its smallest hash, 0 when empty. Costs one pass
    over the hashes however large `size` is, unlike `size` MinHash permutations."""
    out = np.zeros(size, dtype=np.uint8)
    if not len(hashes):
        return out
    mixed = fmix64(hashes ^ np.uint64(0x5851F42D4C957F2D))
    bins = (mixed % np.uint64(size)).astype(np.intp)
    # Each bin's smallest hash by an unbuffered minimum (ufunc.at is fast since numpy 1.25): 0.025 ms
    # per document against 0.096 for sorting the (bin, hash) pairs (issue 26, alternating blocks).
    smallest = np.full(size, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(smallest, bins, mixed)
    filled = np.zeros(size, dtype=bool)
    filled[bins] = True
    out[filled] = ((smallest[filled] >> np.uint64(40)) % np.uint64(255) + np.uint64(1)
                   ).astype(np.uint8)
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
                partitions: int = 8, earlier: Index | None = None) -> Verdicts:
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
        parts = [choose_survivors(pa, pb, (~np.isin(pa, new), ~np.isin(pb, new)), config.survivors)
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
