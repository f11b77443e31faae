"""The cross-file phase of MinHash dedup (stages/dedup.py's docstring: the steps) as plain numpy on
one hash partition at a time: partitions, band buckets -> candidate edges, verification against the
one-permutation sketches, connected components (large-star / small-star), survivors, and the
shuffle files between the steps. pipeline/dedup.py runs each function as one Ray task's work;
`stages.dedup.Index` runs them all in one process (tests, benchmarks)."""
from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from stages.dedup import DedupSettings


def fmix64(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer: an avalanching bijection on uint64 (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(33))
        x = x * np.uint64(0xFF51AFD7ED558CCD)
        x = x ^ (x >> np.uint64(33))
        x = x * np.uint64(0xC4CEB9FE1A85EC53)
        return x ^ (x >> np.uint64(33))


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


# --- partitions -----------------------------------------------------------------------------------

FILE_SHIFT = 32  # doc_id = file_index << 32 | record_index (the runner's numbering)


def band_partition(band_hash: np.ndarray, partitions: int) -> np.ndarray:
    """Partition index per band key (the key is already well mixed)."""
    return (np.asarray(band_hash, dtype=np.uint64) % np.uint64(partitions)).astype(np.int64)


def node_partition(node: np.ndarray, partitions: int) -> np.ndarray:
    """Partition index per doc id: by its WARC file (mixed, so files spread evenly), so that a
    file's documents (sketches, verdicts) all live in one partition."""
    files = np.asarray(node, dtype=np.int64).astype(np.uint64) >> np.uint64(FILE_SHIFT)
    return (fmix64(files) % np.uint64(partitions)).astype(np.int64)


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

SURVIVOR_RULES = ("cover", "id_order")


def choose_survivors(a: np.ndarray, b: np.ndarray, fixed: np.ndarray | None = None,
                     rule: str = "cover") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Verdicts for every document on a verified edge; the edges must hold whole components.

    Documents `fixed` (bool per edge endpoint: kept by an earlier run) are kept first, by doc id,
    each removing its undecided neighbours. Then, by `rule`:

    - ``cover`` (greedy set cover): the undecided document with the most undecided documents in
      its neighbourhood (itself included) is kept next, lowest doc id first among equals, and
      its undecided neighbours are removed as its duplicates -- until none is undecided. A star
      of copies (an original and its differently edited copies, which are further from each
      other than from it) keeps its centre and removes the rest, where the id order keeps every
      copy that comes before the centre and removes only the centre.
    - ``id_order``: documents by doc id (earliest file and record); each is kept unless a
      verified neighbour was kept before it, and then it is removed as a duplicate of the first
      such neighbour. A verdict then depends only on earlier documents: runs over successive
      slices of a snapshot give the verdicts of one run over all of it.

    Either way every removed document has a kept verified neighbour (its cluster) and no two kept
    documents are joined by a verified edge; the verdicts depend on the edges as a set, not on
    their order. Returns (node sorted, cluster, removed); a kept document's cluster is itself.
    `fixed` is given as a pair of bool arrays (for a and for b) or None."""
    if rule not in SURVIVOR_RULES:
        raise ValueError(f"rule must be one of {SURVIVOR_RULES}, got {rule!r}")
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
    if rule == "id_order":
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
    else:
        _cover(neighbours, bounds, np.flatnonzero(is_fixed).tolist(), state, cluster)
    removed = np.frombuffer(bytes(state), dtype=np.uint8) == 2
    return node, node[np.asarray(cluster, dtype=np.int64)], removed


def _cover(neighbours: list[int], bounds: list[int], fixed: list[int], state: bytearray,
           cluster: list[int]) -> None:
    """`choose_survivors`' ``cover`` rule on the adjacency lists (`neighbours[bounds[i]:bounds[i +
    1]]`), filling `state` (1 kept, 2 removed) and `cluster`. A document's gain (undecided
    documents in its neighbourhood, itself included) is kept up to date as documents are decided
    (O(edges) updates in all); a heap of (-gain, index) holds stale entries, which are pushed
    again with their current gain when they come up (gains only fall): O(edges log documents)."""
    n = len(state)
    gain = [bounds[i + 1] - bounds[i] + 1 for i in range(n)]

    def decide(j: int) -> None:  # j leaves the undecided: its neighbours gain one less
        for k in neighbours[bounds[j]:bounds[j + 1]]:
            gain[k] -= 1

    def keep(i: int) -> None:
        state[i] = 1
        decide(i)
        for j in neighbours[bounds[i]:bounds[i + 1]]:
            if state[j] == 0:
                state[j] = 2
                cluster[j] = i
                decide(j)

    for i in fixed:  # fixed documents may be neighbours (an earlier run kept both): all kept
        state[i] = 1
    for i in fixed:
        decide(i)
    for i in fixed:
        for j in neighbours[bounds[i]:bounds[i + 1]]:
            if state[j] == 0:
                state[j] = 2
                cluster[j] = i
                decide(j)
    heap = [(-gain[i], i) for i in range(n) if state[i] == 0]
    heapq.heapify(heap)
    while heap:
        stored, i = heapq.heappop(heap)
        if state[i]:
            continue
        if -stored != gain[i]:
            heapq.heappush(heap, (-gain[i], i))
            continue
        keep(i)


def cluster_sizes(node: np.ndarray, cluster: np.ndarray, removed: np.ndarray) -> np.ndarray:
    """Per document of `choose_survivors`' output: the size of its cluster -- the kept document
    and the documents removed as its duplicates (a removed document's is its kept document's).
    FineWeb-2's minhash_cluster_size; a trainer upsamples a kept document by it."""
    kept_of = np.where(removed, cluster, node)
    heads, counts = np.unique(cluster[removed], return_counts=True)
    position = np.minimum(np.searchsorted(heads, kept_of), max(len(heads) - 1, 0))
    found = (heads[position] == kept_of) if len(heads) else np.zeros(len(node), dtype=bool)
    return np.where(found, counts[position] if len(heads) else 0, 0) + 1


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
