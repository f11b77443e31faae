"""The cross-file part of the global `dedup` step, one function per Ray task's work on one
partition; pipeline/run.py only schedules them (`_global_dedup`), the numpy cores are in
stages/dedup.py and docs/capacity.md has the algorithm and its cost.

The dedup index of an output (`dedup/`, kept after the run, shared by runs over different
`--slice` ranges into the same output, append-only):

    dedup/settings.json          the step's settings and the partition count, fixed by the first run
    dedup/bands/<file>.bin       per WARC file: (doc_id, band key), 14 rows per document
    dedup/sketches/<file>.bin    per WARC file: (doc_id, 512-byte sketch)
    dedup/groups/<digest>.bin    band rows of up to 64 files split by band partition
    dedup/verdicts/<file>.bin    per WARC file: (doc_id, cluster, removed, cluster size) of its
                                 documents on a near-duplicate cluster (removed ones, and kept ones
                                 with a copy: FineWeb-2's minhash_cluster_size)

and per run, under work/dedup/ (removed with work/): candidates, attached sketches, verified
edges, one folder per components step (deleted once the next step has read it), routed edges and
decided verdicts. Every shuffle file is `stages.dedup.encode_pieces`: a reader fetches 32 bytes of
header and its own piece (ranged reads), so a task reads O(files) metadata, never a footer that
lists every partition's piece.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json

import numpy as np

from pipeline.storage import Storage
from stages import dedup
from stages.dedup import DedupSettings

INDEX = "dedup"
SETTINGS = f"{INDEX}/settings.json"
BANDS, SKETCHES, GROUPS, VERDICTS = (f"{INDEX}/bands", f"{INDEX}/sketches", f"{INDEX}/groups",
                                     f"{INDEX}/verdicts")
WORK = "work/dedup"
CANDIDATES, ATTACHED, VERIFIED, COMPONENTS, ROUTED, DECIDED = (
    f"{WORK}/candidates", f"{WORK}/attached", f"{WORK}/verified", f"{WORK}/components",
    f"{WORK}/routed", f"{WORK}/decided")
FOLDERS = (BANDS, SKETCHES, GROUPS, VERDICTS, CANDIDATES, ATTACHED, VERIFIED, COMPONENTS, ROUTED,
           DECIDED)

FILES_PER_BAND_GROUP = 64
VERDICT_COLUMNS = ((np.int64, 1),) * 4  # doc_id, cluster, removed, cluster size


# --- reading and writing shuffle files ---------------------------------------------------------

def _reader(storage: Storage, relative: str):
    path = storage.path(relative)

    def read_range(start: int, stop: int) -> bytes:
        return storage.fs.cat_file(path, start=start, end=stop)
    return read_range


def _gather(storage: Storage, paths: list[str], piece: int, partitions: int, columns) -> tuple:
    return dedup.gather_pieces([_reader(storage, p) for p in paths], piece, partitions, columns)


def _write(storage: Storage, relative: str, pieces) -> None:
    storage.write_bytes(relative, dedup.encode_pieces(pieces))


def _whole(storage: Storage, relative: str, columns) -> tuple:
    """The single piece of a one-piece file (per-WARC-file outputs)."""
    return dedup.decode_piece(storage.read_bytes(relative)[32:], columns)


# --- the index's settings ------------------------------------------------------------------------

def index_settings(storage: Storage) -> tuple[DedupSettings, int | None]:
    """The settings the index was built with and its partition count (None before the first
    cross-file phase)."""
    saved = json.loads(storage.read_text(SETTINGS))
    partitions = saved.pop("partitions", None)
    # an index from before within_language (unsalted band keys, 3-column verdicts) says so
    saved.setdefault("within_language", False)
    # One from before the survivor rules kept its documents in doc-id order; those verdicts stay
    # (kept documents of earlier runs are fixed under either rule), so it takes today's default.
    saved.setdefault("survivors", DedupSettings.survivors)
    return DedupSettings(**saved), partitions


def _save_settings(storage: Storage, settings: DedupSettings, partitions: int | None) -> None:
    storage.write_text(SETTINGS, json.dumps(dict(dataclasses.asdict(settings),
                                                 partitions=partitions), sort_keys=True))


def check_settings(storage: Storage, settings: DedupSettings) -> None:
    """One-line error when the output's dedup index was built with other settings: its band keys
    and sketches could not be compared with new ones."""
    if not storage.exists(SETTINGS):
        return
    saved, _ = index_settings(storage)
    if saved != settings:
        changed = [f.name for f in dataclasses.fields(DedupSettings)
                   if getattr(saved, f.name) != getattr(settings, f.name)]
        raise ValueError(f"{storage.path(SETTINGS)}: this output's dedup index was built with "
                         f"other dedup settings ({', '.join(changed)}); use the same settings or "
                         f"another --output")


# --- per WARC file (the filter task) -------------------------------------------------------------

def write_file_keys(storage: Storage, file_index: int, doc_ids: list[int],
                    signatures: np.ndarray, settings: DedupSettings) -> None:
    """The per-file phase's output for dedup: band rows and sketches (stages.dedup.file_arrays)."""
    check_settings(storage, settings)
    if not storage.exists(SETTINGS):
        _save_settings(storage, settings, None)
    signatures = (np.asarray(signatures, dtype=np.uint64) if len(doc_ids)
                  else np.zeros((0, settings.signature_width), np.uint64))
    arrays = dedup.file_arrays(np.asarray(doc_ids, dtype=np.int64), signatures, settings)
    _write(storage, f"{BANDS}/{file_index:06d}.bin", [(arrays["band_doc"], arrays["band_hash"])])
    _write(storage, f"{SKETCHES}/{file_index:06d}.bin", [(arrays["sketch_doc"], arrays["sketch"])])


def file_verdicts(storage: Storage, file_index: int) -> dict[int, tuple[int, bool, int]]:
    """doc_id -> (cluster, removed, cluster size) for one file's documents on a near-duplicate
    cluster: removed ones (cluster: the kept document they duplicate) and kept ones with a copy
    (cluster: themselves). A document absent has no copy (size 1). A kept document's size counts
    the copies its own run (and earlier ones) removed: copies a later run (another --slice)
    removes are on that run's rows, never added to an output already written."""
    relative = f"{VERDICTS}/{file_index:06d}.bin"
    if not storage.exists(relative):
        return {}
    doc, cluster, removed, size = _whole(storage, relative, VERDICT_COLUMNS)
    return {d: (c, bool(r), s) for d, c, r, s in zip(doc.tolist(), cluster.tolist(),
                                                     removed.tolist(), size.tolist())}


def file_labels(storage: Storage, partitions: int, file_index: int) -> dict[int, tuple[int, bool]]:
    """doc_id -> (cluster, True) for one file's documents removed as near-duplicates of the kept
    document `cluster` (`file_verdicts` without the kept documents and sizes). (`partitions` is
    not needed: verdicts are stored per WARC file.)"""
    return {d: (c, True) for d, (c, removed, _) in file_verdicts(storage, file_index).items()
            if removed}


# --- cross-file tasks, in the order the runner schedules them ------------------------------------

def group_name(file_indexes: list[int]) -> str:
    digest = hashlib.sha1(",".join(map(str, sorted(file_indexes))).encode()).hexdigest()[:16]
    return f"{min(file_indexes):06d}-{digest}.bin"


def group_bands(storage: Storage, partitions: int, file_indexes: list[int]) -> int:
    """Band rows of up to 64 files, split by band partition into one shuffle file."""
    pieces = [_whole(storage, f"{BANDS}/{i:06d}.bin", dedup.BAND_COLUMNS) for i in file_indexes]
    doc = np.concatenate([p[0] for p in pieces])
    key = np.concatenate([p[1] for p in pieces])
    _write(storage, f"{GROUPS}/{group_name(file_indexes)}",
           dedup.split_by(dedup.band_partition(key, partitions), partitions, doc, key))
    return len(doc)


def _fixed(doc_id: np.ndarray, new_files: np.ndarray) -> np.ndarray:
    """Documents of files outside this run: decided by an earlier run."""
    return ~np.isin(np.asarray(doc_id) >> dedup.FILE_SHIFT, new_files)


def bucket(storage: Storage, partitions: int, partition: int, groups: list[str],
           new_files: np.ndarray, settings: DedupSettings) -> int:
    """All band rows of one band partition (every group of every run) -> candidate pairs, split
    by the node partition of their first document."""
    doc, key = _gather(storage, [f"{GROUPS}/{g}" for g in groups], partition, partitions,
                       dedup.BAND_COLUMNS)
    a, b = dedup.candidate_edges(doc, key, settings.hubs, _fixed(doc, new_files))
    del doc, key
    _write(storage, f"{CANDIDATES}/{partition:05d}.bin",
           dedup.split_by(dedup.node_partition(a, partitions), partitions, a, b))
    return len(a)


def _sketches_and_removed(storage: Storage, nodes: np.ndarray, new_files: np.ndarray,
                          settings: DedupSettings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(doc ids sorted, their sketches, bool: removed by an earlier run) for `nodes`, reading the
    sketch (and earlier verdict) file of each of their WARC files, one at a time."""
    nodes = np.unique(nodes)
    columns = ((np.int64, 1), (np.uint8, settings.sketch_size))
    docs, sketches, removed = [], [], []
    this_run = set(new_files.tolist())
    for file_index in np.unique(nodes >> dedup.FILE_SHIFT).tolist():
        doc, sketch = _whole(storage, f"{SKETCHES}/{file_index:06d}.bin", columns)
        at = np.minimum(np.searchsorted(nodes, doc), len(nodes) - 1)  # nodes: sorted, unique
        wanted = nodes[at] == doc
        docs.append(doc[wanted])
        sketches.append(sketch[wanted])
        gone = np.zeros(int(wanted.sum()), dtype=bool)
        if file_index not in this_run:
            earlier = file_labels(storage, 0, file_index)
            gone = np.isin(doc[wanted], np.fromiter(earlier, np.int64, len(earlier)))
        removed.append(gone)
    if not docs:
        return (np.zeros(0, np.int64), np.zeros((0, settings.sketch_size), np.uint8),
                np.zeros(0, bool))
    doc, sketch, gone = np.concatenate(docs), np.concatenate(sketches), np.concatenate(removed)
    del sketches
    if len(doc) > 1 and not np.all(doc[1:] > doc[:-1]):  # files are read in order: rarely
        order = np.argsort(doc, kind="stable")
        doc, sketch, gone = doc[order], sketch[order], gone[order]
    return doc, sketch, gone


def attach(storage: Storage, partitions: int, partition: int, new_files: np.ndarray,
           settings: DedupSettings) -> int:
    """Candidates whose first document lives here: attach its sketch, send to the second's
    partition. A document an earlier run removed keeps nothing out: its pairs end here."""
    a, b = _gather(storage, [f"{CANDIDATES}/{p:05d}.bin" for p in range(partitions)], partition,
                   partitions, dedup.EDGE_COLUMNS)
    node, sketch, removed = _sketches_and_removed(storage, a, new_files, settings)
    live = ~dedup.lookup(a, node, removed, "sketch")
    a, b = a[live], b[live]
    sketch_a = dedup.lookup(a, node, sketch, "sketch")
    _write(storage, f"{ATTACHED}/{partition:05d}.bin",
           dedup.split_by(dedup.node_partition(b, partitions), partitions, a, b, sketch_a))
    return len(a)


def verify(storage: Storage, partitions: int, partition: int, new_files: np.ndarray,
           settings: DedupSettings) -> int:
    """Pairs whose second document lives here: keep those whose estimated Jaccard reaches the
    threshold. Writes them twice: both directions for the components, and once by the first
    document's partition for the survivors."""
    a, b, sketch_a = _gather(storage, [f"{ATTACHED}/{p:05d}.bin" for p in range(partitions)],
                             partition, partitions, dedup.sketch_columns(settings))
    node, sketch, removed = _sketches_and_removed(storage, b, new_files, settings)
    a, b = dedup.verify_against(a, b, sketch_a, node, sketch, settings.threshold)
    del sketch_a, sketch
    live = ~dedup.lookup(b, node, removed, "sketch")  # an earlier run removed b: keeps nothing out
    a, b = a[live], b[live]
    first, second = dedup.both_directions(a, b)
    _write(storage, f"{COMPONENTS}/0000/{partition:05d}.bin",
           dedup.split_by(dedup.node_partition(first, partitions), partitions, first, second))
    _write(storage, f"{VERIFIED}/{partition:05d}.bin",
           dedup.split_by(dedup.node_partition(a, partitions), partitions, a, b))
    return len(a)


def component_step(storage: Storage, partitions: int, step: int, partition: int) -> int:
    """Step `step` of the components (even: large-star, odd: small-star) on one node partition;
    returns its change count."""
    src, dst = _gather(storage, [f"{COMPONENTS}/{step:04d}/{p:05d}.bin"
                                 for p in range(partitions)], partition, partitions,
                       dedup.EDGE_COLUMNS)
    src, dst, changed = (dedup.large_star if step % 2 == 0 else dedup.small_star)(src, dst)
    _write(storage, f"{COMPONENTS}/{step + 1:04d}/{partition:05d}.bin",
           dedup.split_by(dedup.node_partition(src, partitions), partitions, src, dst))
    return changed


def route(storage: Storage, partitions: int, partition: int, last_step: int) -> int:
    """Verified edges whose first document lives here, sent to the partition of their
    component's label (its smallest doc id), so a survivor task holds whole components."""
    src, dst = _gather(storage, [f"{COMPONENTS}/{last_step:04d}/{p:05d}.bin"
                                 for p in range(partitions)], partition, partitions,
                       dedup.EDGE_COLUMNS)
    node, label = dedup.star_labels(src, dst)
    a, b = _gather(storage, [f"{VERIFIED}/{p:05d}.bin" for p in range(partitions)], partition,
                   partitions, dedup.EDGE_COLUMNS)
    component = dedup.lookup(a, node, label, "component label")
    _write(storage, f"{ROUTED}/{partition:05d}.bin",
           dedup.split_by(dedup.node_partition(component, partitions), partitions, a, b))
    return len(a)


def survivors(storage: Storage, partitions: int, partition: int, new_files: np.ndarray,
              rule: str = DedupSettings.survivors) -> int:
    """Verdicts for whole components (`rule`: DedupSettings.survivors); this run's documents'
    verdicts go to their partition."""
    a, b = _gather(storage, [f"{ROUTED}/{p:05d}.bin" for p in range(partitions)], partition,
                   partitions, dedup.EDGE_COLUMNS)
    node, cluster, removed = dedup.choose_survivors(a, b, (_fixed(a, new_files),
                                                           _fixed(b, new_files)), rule)
    size = dedup.cluster_sizes(node, cluster, removed)  # whole components are here
    mine = ~_fixed(node, new_files)
    node, cluster, size = node[mine], cluster[mine], size[mine]
    removed = removed[mine].astype(np.int64)
    _write(storage, f"{DECIDED}/{partition:05d}.bin",
           dedup.split_by(dedup.node_partition(node, partitions), partitions, node, cluster,
                          removed, size))
    return int(removed.sum())


def write_verdicts(storage: Storage, partitions: int, partition: int,
                   file_indexes: list[int]) -> int:
    """One verdict file per WARC file of this run in this node partition (empty when none of
    its documents is on a cluster), so a finish task reads one small file: its removed
    documents and its kept documents with a copy (for their cluster size), at most twice the
    removed ones."""
    node, cluster, removed, size = _gather(storage, [f"{DECIDED}/{p:05d}.bin"
                                                     for p in range(partitions)], partition,
                                           partitions, VERDICT_COLUMNS)
    keep = removed.astype(bool) | (size > 1)
    node, cluster, removed, size = node[keep], cluster[keep], removed[keep], size[keep]
    files = node >> dedup.FILE_SHIFT
    mine = [f for f in file_indexes if dedup.file_partition(f, partitions) == partition]
    for file_index in mine:
        here = np.flatnonzero(files == file_index)
        here = here[np.argsort(node[here], kind="stable")]
        _write(storage, f"{VERDICTS}/{file_index:06d}.bin",
               [(node[here], cluster[here], removed[here], size[here])])
    return len(mine)


def existing_groups(storage: Storage) -> list[str]:
    return storage.list(GROUPS, ".bin")


def fix_partitions(storage: Storage, partitions: int) -> int:
    """The index's partition count: the first cross-file phase fixes it (groups are split by
    it); later runs use the same, whatever they were given (it never changes the output)."""
    settings, fixed = index_settings(storage)
    if fixed is None:
        _save_settings(storage, settings, partitions)
        return partitions
    return fixed
