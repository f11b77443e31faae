"""The cross-file part of the global `dedup` step: band groups -> buckets -> edges -> components
-> labels, one function per Ray task's work on one partition. No Ray here: pipeline/run.py only
schedules these functions; the numpy cores are in stages/dedup.py.

Every shuffle goes through files with one row group per partition, so no edge or message ever
passes through the driver (Ray would keep small task results in the driver's memory).
docs/capacity.md has the algorithm and its cost. Paths are relative to the run's root storage.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa

from pipeline.storage import Storage
from stages import dedup

BANDS, BAND_GROUPS, EDGES, MESSAGES, LABELS = (
    "work/bands", "work/band_groups", "work/edges", "work/messages", "work/labels")
FOLDERS = (BANDS, BAND_GROUPS, EDGES, MESSAGES, LABELS)

FILES_PER_BAND_GROUP = 64
BANDS_SCHEMA = pa.schema([("doc_id", pa.int64()), ("band_idx", pa.int16()),
                          ("band_hash", pa.uint64())])
EDGE_SCHEMA = pa.schema([("src", pa.int64()), ("dst", pa.int64())])
MESSAGE_SCHEMA = pa.schema([("node", pa.int64()), ("label", pa.int64())])


def write_file_keys(storage: Storage, file_index: int, doc_ids: list[int],
                    signatures: np.ndarray, settings: dedup.DedupConfig) -> None:
    """The per-file phase's output for dedup: one row per (document, band)."""
    bands = dedup.band_hashes(signatures, settings)
    storage.write_table(f"{BANDS}/{file_index:06d}.parquet", pa.table({
        "doc_id": np.repeat(np.asarray(doc_ids, dtype=np.int64), bands.shape[1]),
        "band_idx": np.tile(np.arange(bands.shape[1], dtype=np.int16), len(doc_ids)),
        "band_hash": bands.reshape(-1).astype(np.uint64)}, schema=BANDS_SCHEMA))


def _write_pieces(storage: Storage, relative: str, schema: pa.Schema, pieces) -> None:
    names = schema.names
    storage.write_row_groups(relative, schema, [
        pa.table({names[0]: np.asarray(a, np.int64), names[1]: np.asarray(b, np.int64)},
                 schema=schema) for a, b in pieces])


def _read_piece(storage: Storage, relative: str, row_group: int) -> tuple[np.ndarray, np.ndarray]:
    table = storage.parquet_file(relative).read_row_group(row_group)
    return table.column(0).to_numpy(), table.column(1).to_numpy()


def group_bands(storage: Storage, partitions: int, group: int, file_indexes: list[int]) -> int:
    """Combine the band rows of up to 64 files into one file with one row group per dedup
    partition, so that a bucket task makes one read per group rather than one per WARC file."""
    tables = [storage.read_table(f"{BANDS}/{i:06d}.parquet") for i in file_indexes]
    table = pa.concat_tables(tables) if tables else BANDS_SCHEMA.empty_table()
    part = dedup.band_partition(table["band_hash"].to_numpy(), partitions)
    table = table.take(np.argsort(part, kind="stable"))
    ends = np.cumsum(np.bincount(part, minlength=partitions))
    starts = ends - np.bincount(part, minlength=partitions)
    storage.write_row_groups(f"{BAND_GROUPS}/{group:05d}.parquet", BANDS_SCHEMA,
                             [table.slice(a, b - a) for a, b in zip(starts, ends)])
    return table.num_rows


def bucket_partition(storage: Storage, partitions: int, groups: int, partition: int) -> int:
    """All band rows of one hash partition -> near-duplicate edges, written as one row group per
    node partition of their first endpoint. Returns the number of edges."""
    tables = [storage.parquet_file(f"{BAND_GROUPS}/{g:05d}.parquet").read_row_group(partition)
              for g in range(groups)]
    table = pa.concat_tables(tables) if tables else BANDS_SCHEMA.empty_table()
    src, dst = dedup.bucket_edges(table["doc_id"].to_numpy(), table["band_idx"].to_numpy(),
                                  table["band_hash"].to_numpy())
    _write_pieces(storage, f"{EDGES}/{partition:05d}.parquet", EDGE_SCHEMA,
                  dedup.split_edges(src, dst, partitions))
    return len(src)


def partition_edges(storage: Storage, partitions: int, partition: int, *after):
    """The edges leaving one node partition (from every bucket task) and its initial labels."""
    pieces = [_read_piece(storage, f"{EDGES}/{b:05d}.parquet", partition)
              for b in range(partitions)]
    src = np.concatenate([p[0] for p in pieces]) if pieces else np.zeros(0, np.int64)
    dst = np.concatenate([p[1] for p in pieces]) if pieces else np.zeros(0, np.int64)
    return (src, dst), dedup.init_labels(src)


def scatter(storage: Storage, partitions: int, round_number: int, partition: int, edges,
            labels) -> None:
    pieces = dedup.scatter_labels(edges[0], edges[1], labels[0], labels[1], partitions)
    _write_pieces(storage, f"{MESSAGES}/{round_number:04d}/{partition:05d}.parquet",
                  MESSAGE_SCHEMA, pieces)


def gather(storage: Storage, partitions: int, round_number: int, partition: int, labels, *after):
    messages = [_read_piece(storage, f"{MESSAGES}/{round_number:04d}/{p:05d}.parquet", partition)
                for p in range(partitions)]
    node, label, changed = dedup.gather_labels(labels[0], labels[1], messages)
    return (node, label), changed


def write_labels(storage: Storage, partition: int, labels) -> int:
    node, label = labels
    order = np.argsort(node, kind="stable")
    table = pa.table({"doc_id": np.asarray(node)[order].astype(np.int64),
                      "cluster": np.asarray(label)[order].astype(np.int64)})
    storage.write_table(f"{LABELS}/{partition:05d}.parquet", table, row_group_size=65536)
    return int((table["doc_id"].to_numpy() != table["cluster"].to_numpy()).sum())


def file_labels(storage: Storage, partitions: int, file_index: int) -> dict[int, tuple[int, bool]]:
    """doc_id -> (cluster, removed) for one file's documents that have a near-duplicate. A
    file's documents all live in one node partition (stages.dedup.node_partition), so one label
    file holds them. The cluster's kept document is its smallest doc_id."""
    low, high = file_index << 32, (file_index + 1) << 32
    partition = int(dedup.node_partition(np.array([low]), partitions)[0])
    table = storage.read_table(f"{LABELS}/{partition:05d}.parquet",
                               filters=[("doc_id", ">=", low), ("doc_id", "<", high)])
    return {doc: (cluster, cluster != doc) for doc, cluster in
            zip(table["doc_id"].to_pylist(), table["cluster"].to_pylist())}
