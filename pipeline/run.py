"""The whole curation run, top to bottom. This is the only module that imports Ray.

    resolve snapshot -> per WARC file: read, blocklist, extract, langid, MinHash signatures
                     -> global dedup: band buckets (hash-partitioned) -> edges
                                      -> connected components (partitioned label propagation)
                     -> per WARC file: drop duplicates, scrub PII, tokenize, write shards
                     -> summary

Work is parallel over WARC files; the dedup steps are parallel over hash partitions. The driver
only plans and merges small per-task summaries: no document text and no signature passes
through it. Every output file is written under a temporary name and renamed when complete, and
every finished work unit leaves a marker in `progress/`, so re-running the same command resumes.
"""
from __future__ import annotations

import dataclasses
import fcntl
import json
import os
import time
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import shards
from pipeline.snapshot import (RetryPolicy, TransientReadError, WarcFile, join, list_warc_files,
                               open_stream, parse_slice)
from pipeline.stats import StatsWriter, Summary
from pipeline.storage import Storage
from pipeline.warc import read_records
from stages import dedup
from stages.blocklist import BlocklistConfig, UrlBlocklist
from stages.dedup import DedupConfig, MinHasher
from stages.extract import ExtractConfig, TextExtractor
from stages.langid import LangIdConfig, LanguageId
from stages.pii import PiiConfig, PiiScrubber
from stages.tokenize import TokenizeConfig, Tokenizer, load_encoding

CONFIG_FILE = "config.json"


class RunError(RuntimeError):
    """A user-facing reason the run cannot start or continue; the message is one line."""


@dataclass(frozen=True)
class RunConfig:
    """Everything that determines a run's output. Written to `<output>/<snapshot>/config.json`."""

    snapshot: str
    data_root: str
    output: str
    file_slice: str | None = None         # START:STOP over warc.paths.gz
    limit: int | None = None
    batch_size: int = 256                 # documents per langid / signature / tokenizer batch
    shard_tokens: int = 100_000_000       # llm.c's fineweb.py writes 10**8 tokens per shard
    blocklist: BlocklistConfig = field(default_factory=BlocklistConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    langid: LangIdConfig = field(default_factory=LangIdConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    pii: PiiConfig = field(default_factory=PiiConfig)
    tokenize: TokenizeConfig = field(default_factory=TokenizeConfig)

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Execution:
    """How to run, not what: changing these never changes the output."""

    ray_address: str | None = None
    num_cpus: int | None = None
    progress: bool = True
    keep_work: bool = False
    allow_config_change: bool = False
    dedup_partitions: int | None = None  # None: one per 200 WARC files, at least 8


def auto_partitions(num_warc_files: int) -> int:
    """Dedup hash partitions: one per 200 WARC files, at least 8. At FineWeb-like volumes
    (~15k documents x 14 bands per file) a bucket task then holds ~42M band rows (~0.8 GB), and
    a full snapshot (90,000 files) has 450 partitions: P^2 = 200k row groups per shuffle."""
    return max(8, -(-num_warc_files // 200))


class Layout:
    """Where everything of one run lives, under `<output>/<snapshot>/`: a local or shared path,
    or an object store URL. Names below are relative to that root."""

    TOKENS, TOKEN_INDEX, DOCUMENTS, STATS, PROGRESS = (
        "tokens", "tokens/index", "documents", "stats", "progress")
    WORK, FILTERED, BANDS, LABELS = "work", "work/filtered", "work/bands", "work/labels"
    BAND_GROUPS, EDGES, MESSAGES = "work/band_groups", "work/edges", "work/messages"
    FOLDERS = (TOKENS, TOKEN_INDEX, DOCUMENTS, STATS, PROGRESS, FILTERED, BANDS, LABELS,
               BAND_GROUPS, EDGES, MESSAGES)

    def __init__(self, config: RunConfig):
        self.url = config.output.rstrip("/") + "/" + config.snapshot
        self.storage = Storage(self.url)

    def make(self) -> None:
        for folder in self.FOLDERS:
            self.storage.makedirs(folder)

    def done_marker(self, phase: str, warc: WarcFile | None = None) -> str:
        name = phase if warc is None else f"{phase}-{warc.index:06d}"
        return f"{self.PROGRESS}/{name}.json"

    def is_done(self, marker: str) -> bool:
        return self.storage.exists(marker)

    def read_marker(self, marker: str) -> dict:
        return json.loads(self.storage.read_text(marker))

    def mark_done(self, marker: str, payload: dict) -> None:
        self.storage.write_text(marker, json.dumps(payload, sort_keys=True))


def doc_id_of(warc: WarcFile, record_index: int) -> int:
    return (warc.index << 32) | record_index


# --- per-worker state ------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def _worker_stages(config: RunConfig, names: tuple[str, ...]) -> dict[str, object]:
    """Build each stage's heavy state (models, lists, recognizers) once per worker process."""
    key = json.dumps(config.to_json(), sort_keys=True)
    if _WORKER.get("key") != key:
        _WORKER.clear()
        _WORKER["key"] = key
    builders = {
        "blocklist": lambda: UrlBlocklist(config.blocklist),
        "extract": lambda: TextExtractor(config.extract),
        "langid": lambda: LanguageId(config.langid),
        "minhash": lambda: MinHasher(config.dedup),
        "pii": lambda: PiiScrubber(config.pii),
        "tokenize": lambda: Tokenizer(config.tokenize),
    }
    for name in names:
        if name not in _WORKER:
            _WORKER[name] = builders[name]()
    return {name: _WORKER[name] for name in names}


# --- phase 1: per WARC file -------------------------------------------------------------------

FILTERED_SCHEMA = pa.schema([
    ("doc_id", pa.int64()), ("record_index", pa.int32()), ("record_id", pa.string()),
    ("url", pa.string()), ("date", pa.string()), ("text", pa.string()),
    ("language", pa.string()), ("language_score", pa.float32()),
])
BANDS_SCHEMA = pa.schema([("doc_id", pa.int64()), ("band_idx", pa.int16()),
                          ("band_hash", pa.uint64())])


def filter_warc_file(config: RunConfig, warc: WarcFile) -> dict:
    """Read one WARC file through blocklist, extraction and langid; write the surviving
    documents, their MinHash band hashes (one Parquet row group per dedup partition) and the
    decision rows. Returns the file's summary."""
    layout = Layout(config)
    marker = layout.done_marker("filter", warc)
    if layout.is_done(marker):
        return layout.read_marker(marker)
    stages = _worker_stages(config, ("blocklist", "extract", "langid", "minhash"))
    location = join(config.data_root, warc.path)

    def reopen(offset: int):
        return open_stream(location, offset)

    def read_once():
        stats = StatsWriter(warc.path)
        pending: list[dict] = []
        kept_docs: list[dict] = []
        signature_rows: list[np.ndarray] = []
        kept_ids: list[int] = []

        def flush() -> None:
            if not pending:
                return
            started = time.process_time()
            predictions = stages["langid"].predict([d["text"] for d in pending])
            per_doc = (time.process_time() - started) / len(pending)
            survivors = []
            for doc, (language, score) in zip(pending, predictions):
                decision = stages["langid"].decide(language, score)
                size = len(doc["text"].encode("utf-8"))
                stats.add(record_index=doc["record_index"], doc_id=doc["doc_id"], stage="langid",
                          kept=decision.kept, reason=decision.reason, bytes_in=size,
                          bytes_out=size if decision.kept else None, record_id=doc["record_id"],
                          url=doc["url"], language=language, language_score=score, seconds=per_doc)
                if decision.kept:
                    doc["language"], doc["language_score"] = language, score
                    survivors.append(doc)
            if survivors:
                started = time.process_time()
                signature_rows.append(stages["minhash"].signatures([d["text"] for d in survivors]))
                stats.summary.add_time("dedup", time.process_time() - started)
                kept_ids.extend(d["doc_id"] for d in survivors)
                kept_docs.extend(survivors)
            pending.clear()

        try:
            stream = open_stream(location)
        except OSError as error:
            # A file that cannot be opened after retries is counted, and the run goes on.
            stats.add(record_index=-1, doc_id=-1, stage="read", kept=False,
                      reason="unreadable_file", bytes_in=0, detail=" ".join(str(error).split()))
            stream = None
        if stream is not None:
            records_read = 0
            with stream:
                for record in read_records(stream, reopen):
                    records_read += 1
                    doc_id = doc_id_of(warc, record.record_index)
                    common = dict(record_index=record.record_index, doc_id=doc_id,
                                  record_id=record.record_id, url=record.url)
                    stats.add(**common, stage="read", kept=record.decision.kept,
                              reason=record.decision.reason, bytes_in=record.payload_bytes,
                              bytes_out=record.payload_bytes if record.decision.kept else None,
                              detail=record.detail)
                    if not record.decision.kept:
                        continue
                    started = time.process_time()
                    decision = stages["blocklist"].check(record.url or "")
                    stats.add(**common, stage="blocklist", kept=decision.kept, reason=decision.reason,
                              bytes_in=record.payload_bytes,
                              bytes_out=record.payload_bytes if decision.kept else None,
                              seconds=time.process_time() - started)
                    if not decision.kept:
                        continue
                    # A cheap language guess on the raw page skips extracting pages that
                    # cannot be in a wanted language (most of Common Crawl, for English).
                    started = time.process_time()
                    decision = stages["langid"].page_prefilter(record.payload)
                    stats.add(**common, stage="prefilter", kept=decision.kept,
                              reason=decision.reason, bytes_in=record.payload_bytes,
                              bytes_out=record.payload_bytes if decision.kept else None,
                              seconds=time.process_time() - started)
                    if not decision.kept:
                        continue
                    started = time.process_time()
                    text, decision = stages["extract"].extract(record.payload, record.charset,
                                                               record.url)
                    size = len(text.encode("utf-8")) if decision.kept else None
                    stats.add(**common, stage="extract", kept=decision.kept, reason=decision.reason,
                              bytes_in=record.payload_bytes, bytes_out=size,
                              seconds=time.process_time() - started)
                    if decision.kept:
                        pending.append(dict(common, date=record.date, text=text))
                        if len(pending) >= config.batch_size:
                            flush()
            if records_read == 0:
                stats.add(record_index=-1, doc_id=-1, stage="read", kept=False, reason="empty_file",
                          bytes_in=0, detail="no WARC record in the file")
        flush()
        return stats, kept_docs, signature_rows, kept_ids

    # A connection that fails mid-file means reading the whole file again (nothing is written
    # before the end, so nothing is counted twice); Ray retries the task if this gives up too.
    retry = RetryPolicy.from_env()
    for sleep_s in [*retry.sleeps(), None]:
        try:
            stats, kept_docs, signature_rows, kept_ids = read_once()
            break
        except TransientReadError:
            if sleep_s is None:
                raise
            time.sleep(sleep_s)

    # MinHash band keys, one row per (document, band), for the global dedup.
    signatures = (np.concatenate(signature_rows) if signature_rows
                  else np.zeros((0, config.dedup.num_perm), np.uint64))
    bands = dedup.band_hashes(signatures, config.dedup)
    layout.storage.write_table(f"{Layout.BANDS}/{warc.index:06d}.parquet", pa.table({
        "doc_id": np.repeat(np.asarray(kept_ids, dtype=np.int64), bands.shape[1]),
        "band_idx": np.tile(np.arange(bands.shape[1], dtype=np.int16), len(kept_ids)),
        "band_hash": bands.reshape(-1).astype(np.uint64)}, schema=BANDS_SCHEMA))

    columns = {name: [d.get(name) for d in kept_docs] for name in FILTERED_SCHEMA.names}
    layout.storage.write_table(f"{Layout.FILTERED}/{warc.index:06d}.parquet",
                               pa.table(columns, schema=FILTERED_SCHEMA))
    stats.write(layout.storage, f"{Layout.STATS}/filter-{warc.index:06d}.parquet")
    summary = stats.summary.to_json()
    layout.mark_done(marker, summary)
    return summary


# --- phase 2: global dedup ---------------------------------------------------------------------
# Every shuffle goes through files with one row group per partition, so no edge or message ever
# passes through the driver (Ray would keep small task results in the driver's memory).
# docs/capacity.md has the algorithm and its cost.

FILES_PER_BAND_GROUP = 64
EDGE_SCHEMA = pa.schema([("src", pa.int64()), ("dst", pa.int64())])
MESSAGE_SCHEMA = pa.schema([("node", pa.int64()), ("label", pa.int64())])


def _write_pieces(storage: Storage, relative: str, schema: pa.Schema, pieces) -> None:
    names = schema.names
    storage.write_row_groups(relative, schema, [
        pa.table({names[0]: np.asarray(a, np.int64), names[1]: np.asarray(b, np.int64)},
                 schema=schema) for a, b in pieces])


def _read_piece(storage: Storage, relative: str, row_group: int) -> tuple[np.ndarray, np.ndarray]:
    table = storage.parquet_file(relative).read_row_group(row_group)
    return table.column(0).to_numpy(), table.column(1).to_numpy()


def group_bands(config: RunConfig, group: int, warcs: list[WarcFile]) -> int:
    """Combine the band rows of up to 64 files into one file with one row group per dedup
    partition, so that a bucket task makes one read per group rather than one per WARC file."""
    storage = Layout(config).storage
    partitions = config.dedup.partitions
    tables = [storage.read_table(f"{Layout.BANDS}/{w.index:06d}.parquet") for w in warcs]
    table = pa.concat_tables(tables) if tables else BANDS_SCHEMA.empty_table()
    part = dedup.band_partition(table["band_hash"].to_numpy(), partitions)
    table = table.take(np.argsort(part, kind="stable"))
    ends = np.cumsum(np.bincount(part, minlength=partitions))
    starts = ends - np.bincount(part, minlength=partitions)
    storage.write_row_groups(f"{Layout.BAND_GROUPS}/{group:05d}.parquet", BANDS_SCHEMA,
                             [table.slice(a, b - a) for a, b in zip(starts, ends)])
    return table.num_rows


def bucket_partition(config: RunConfig, groups: int, partition: int) -> int:
    """All band rows of one hash partition -> near-duplicate edges, written as one row group per
    node partition of their first endpoint. Returns the number of edges."""
    storage = Layout(config).storage
    tables = [storage.parquet_file(f"{Layout.BAND_GROUPS}/{g:05d}.parquet").read_row_group(partition)
              for g in range(groups)]
    table = pa.concat_tables(tables) if tables else BANDS_SCHEMA.empty_table()
    src, dst = dedup.bucket_edges(table["doc_id"].to_numpy(), table["band_idx"].to_numpy(),
                                  table["band_hash"].to_numpy())
    _write_pieces(storage, f"{Layout.EDGES}/{partition:05d}.parquet", EDGE_SCHEMA,
                  dedup.split_edges(src, dst, config.dedup.partitions))
    return len(src)


def partition_edges(config: RunConfig, partition: int, *after):
    """The edges leaving one node partition (from every bucket task) and its initial labels."""
    storage = Layout(config).storage
    pieces = [_read_piece(storage, f"{Layout.EDGES}/{b:05d}.parquet", partition)
              for b in range(config.dedup.partitions)]
    src = np.concatenate([p[0] for p in pieces]) if pieces else np.zeros(0, np.int64)
    dst = np.concatenate([p[1] for p in pieces]) if pieces else np.zeros(0, np.int64)
    return (src, dst), dedup.init_labels(src)


def scatter(config: RunConfig, round_number: int, partition: int, edges, labels) -> None:
    pieces = dedup.scatter_labels(edges[0], edges[1], labels[0], labels[1],
                                  config.dedup.partitions)
    _write_pieces(Layout(config).storage,
                  f"{Layout.MESSAGES}/{round_number:04d}/{partition:05d}.parquet",
                  MESSAGE_SCHEMA, pieces)


def gather(config: RunConfig, round_number: int, partition: int, labels, *after):
    storage = Layout(config).storage
    messages = [_read_piece(storage, f"{Layout.MESSAGES}/{round_number:04d}/{p:05d}.parquet",
                            partition) for p in range(config.dedup.partitions)]
    node, label, changed = dedup.gather_labels(labels[0], labels[1], messages)
    return (node, label), changed


def write_labels(config: RunConfig, partition: int, labels) -> int:
    node, label = labels
    order = np.argsort(node, kind="stable")
    table = pa.table({"doc_id": np.asarray(node)[order].astype(np.int64),
                      "cluster": np.asarray(label)[order].astype(np.int64)})
    Layout(config).storage.write_table(f"{Layout.LABELS}/{partition:05d}.parquet", table,
                                       row_group_size=65536)
    return int((table["doc_id"].to_numpy() != table["cluster"].to_numpy()).sum())


# --- phase 3: per WARC file -------------------------------------------------------------------

DOCUMENT_SCHEMA = pa.schema([
    ("doc_id", pa.int64()), ("record_id", pa.string()), ("url", pa.string()),
    ("warc_file", pa.string()), ("date", pa.string()), ("text", pa.string()),
    ("language", pa.string()), ("language_score", pa.float32()), ("dup_cluster", pa.int64()),
    ("pii_counts", pa.map_(pa.string(), pa.int32())), ("tokens", pa.int64()),
    ("shard", pa.string()), ("token_offset", pa.int64()),
])
INDEX_SCHEMA = pa.schema([("doc_id", pa.int64()), ("url", pa.string()), ("shard", pa.string()),
                          ("offset", pa.int64()), ("tokens", pa.int64())])


def clusters_of(config: RunConfig, warc: WarcFile) -> dict[int, int]:
    """doc_id -> cluster for this file's documents that have a near-duplicate. A file's
    documents all live in one node partition (stages.dedup.node_partition), so one label file
    holds them."""
    layout = Layout(config)
    low, high = warc.index << 32, (warc.index + 1) << 32
    partition = int(dedup.node_partition(np.array([low]), config.dedup.partitions)[0])
    table = layout.storage.read_table(f"{Layout.LABELS}/{partition:05d}.parquet",
                                      filters=[("doc_id", ">=", low), ("doc_id", "<", high)])
    return dict(zip(table["doc_id"].to_pylist(), table["cluster"].to_pylist()))


def finish_warc_file(config: RunConfig, warc: WarcFile) -> dict:
    """Drop near-duplicates, scrub PII, tokenize; write documents, token shards and their index."""
    layout = Layout(config)
    marker = layout.done_marker("finish", warc)
    if layout.is_done(marker):
        return layout.read_marker(marker)
    stages = _worker_stages(config, ("pii", "tokenize"))
    tokenizer: Tokenizer = stages["tokenize"]
    stats = StatsWriter(warc.path)
    clusters = clusters_of(config, warc)
    filtered = layout.storage.read_table(f"{Layout.FILTERED}/{warc.index:06d}.parquet")
    documents = {name: [] for name in DOCUMENT_SCHEMA.names}
    shard_number, shard_parts, shard_fill = 0, [], 0
    shard_names: list[str] = []

    def shard_name(number: int) -> str:
        return f"shard_{warc.index:06d}_{number:04d}.bin"

    def close_shard() -> None:
        nonlocal shard_number, shard_parts, shard_fill
        if shard_parts:
            tokens = np.concatenate(shard_parts).astype(tokenizer.dtype, copy=False)
            layout.storage.write_bytes(f"{Layout.TOKENS}/{shard_name(shard_number)}",
                                       shards.encode_shard(tokens))
            shard_names.append(shard_name(shard_number))
            shard_number, shard_parts, shard_fill = shard_number + 1, [], 0

    for batch in filtered.to_batches(max_chunksize=config.batch_size):
        rows = batch.to_pylist()
        survivors = []
        for row in rows:
            size = len(row["text"].encode("utf-8"))
            cluster = clusters.get(row["doc_id"])
            duplicate = cluster is not None and cluster != row["doc_id"]
            stats.add(record_index=row["record_index"], doc_id=row["doc_id"], stage="dedup",
                      kept=not duplicate, reason="near_duplicate" if duplicate else None,
                      bytes_in=size, bytes_out=None if duplicate else size,
                      record_id=row["record_id"], url=row["url"], language=row["language"],
                      language_score=row["language_score"], dup_cluster=cluster)
            if not duplicate:
                row["dup_cluster"] = cluster
                survivors.append(row)
        for row in survivors:
            started = time.process_time()
            size = len(row["text"].encode("utf-8"))
            row["text"], counts = stages["pii"].scrub(row["text"])
            row["pii_counts"] = counts
            stats.add(record_index=row["record_index"], doc_id=row["doc_id"], stage="pii",
                      kept=True, reason=None, bytes_in=size,
                      bytes_out=len(row["text"].encode("utf-8")), record_id=row["record_id"],
                      url=row["url"], pii_counts=counts, seconds=time.process_time() - started)
        if not survivors:
            continue
        started = time.process_time()
        encoded = tokenizer.encode_documents([row["text"] for row in survivors])
        per_doc = (time.process_time() - started) / len(survivors)
        for row, tokens in zip(survivors, encoded):
            if shard_fill and shard_fill + len(tokens) > config.shard_tokens:
                close_shard()
            row["tokens"], row["shard"], row["token_offset"] = (
                len(tokens), shard_name(shard_number), shard_fill)
            shard_parts.append(tokens)
            shard_fill += len(tokens)
            size = len(row["text"].encode("utf-8"))
            stats.add(record_index=row["record_index"], doc_id=row["doc_id"], stage="tokenize",
                      kept=True, reason=None, bytes_in=size, bytes_out=size,
                      record_id=row["record_id"], url=row["url"], tokens=len(tokens),
                      seconds=per_doc)
            row["warc_file"] = warc.path
            row["pii_counts"] = list(row["pii_counts"].items())
            for name in DOCUMENT_SCHEMA.names:
                documents[name].append(row.get(name))
    close_shard()

    table = pa.table(documents, schema=DOCUMENT_SCHEMA)
    layout.storage.write_table(f"{Layout.DOCUMENTS}/part-{warc.index:06d}.parquet", table)
    index = pa.table({"doc_id": table["doc_id"], "url": table["url"], "shard": table["shard"],
                      "offset": table["token_offset"], "tokens": table["tokens"]},
                     schema=INDEX_SCHEMA)
    layout.storage.write_table(f"{Layout.TOKEN_INDEX}/part-{warc.index:06d}.parquet", index)
    stats.write(layout.storage, f"{Layout.STATS}/finish-{warc.index:06d}.parquet")
    summary = stats.summary.to_json()
    layout.mark_done(marker, summary | {"_shards": shard_names})
    return summary


# --- the run -----------------------------------------------------------------------------------

def run(config: RunConfig, execution: Execution = Execution()) -> Summary:
    """Run the pipeline; returns the merged summary (also written to summary.json)."""
    import ray

    warcs = list_warc_files(config.data_root, config.snapshot,
                            file_slice=parse_slice(config.file_slice), limit=config.limit)
    partitions = execution.dedup_partitions or auto_partitions(len(warcs))
    config = dataclasses.replace(config, dedup=dataclasses.replace(config.dedup,
                                                                   partitions=partitions))
    _preflight(config)
    layout = Layout(config)
    _make_root(config, layout)
    with _RunLock(layout):
        _check_config(config, layout, execution)
        layout.make()
        layout.storage.remove_partial_files(["", *Layout.FOLDERS])
        _write_config(config, layout, execution)
        started = time.time()
        # Workers see the driver's network settings (snapshot.RetryPolicy) wherever they run.
        env_vars = {k: v for k, v in os.environ.items()
                    if k.startswith("PIPELINE_") or k == "TIKTOKEN_CACHE_DIR"}
        runtime_env = {"env_vars": env_vars} if env_vars else None
        if execution.ray_address:
            ray.init(address=execution.ray_address, logging_level="WARNING",
                     runtime_env=runtime_env)
        else:
            # address="local": never join a cluster that RAY_ADDRESS or a stale
            # /tmp/ray/ray_current_cluster points at; --ray-address is the way to join one.
            ray.init(address="local", num_cpus=execution.num_cpus, include_dashboard=False,
                     logging_level="WARNING", runtime_env=runtime_env)
        try:
            summary = _run_on_ray(ray, config, warcs, layout, execution)
        finally:
            ray.shutdown()
        layout.storage.write_text("summary.json", json.dumps(summary.to_json(), indent=1))
        if summary.failed_files:
            return summary  # keep work/ and no run marker: the next run retries the failures
        if not execution.keep_work:
            layout.storage.remove_tree(Layout.WORK)
        layout.mark_done(layout.done_marker("run"), {"seconds": round(time.time() - started, 1),
                                                     "warc_files": len(warcs)})
    return summary


def _run_on_ray(ray, config: RunConfig, warcs: list[WarcFile], layout: Layout,
                execution: Execution) -> Summary:
    # Tasks are retried on worker death and on any exception (a flaky read); a file whose task
    # still fails is counted as `read/failed_file`, left out of the rest of the run and tried
    # again by the next run of the same command (it has no progress marker).
    filter_task = ray.remote(num_cpus=1, max_retries=3, retry_exceptions=True)(filter_warc_file)
    finish_task = ray.remote(num_cpus=1, max_retries=3, retry_exceptions=True)(finish_warc_file)
    config_ref = ray.put(config)

    summary = Summary()
    usable = []
    for warc, part, error in _wait_all(ray, warcs, lambda w: filter_task.remote(config_ref, w),
                                       "read+filter", execution.progress):
        if error is None:
            summary.merge(Summary.from_json(part))
            usable.append(warc)
        else:
            summary.merge(_record_failed_file(layout, warc, error))
    usable.sort(key=lambda w: w.index)

    if not layout.is_done(layout.done_marker("dedup")) or len(usable) < len(warcs):
        _global_dedup(ray, config_ref, config, usable, execution)
        if len(usable) == len(warcs):
            layout.mark_done(layout.done_marker("dedup"), {"partitions": config.dedup.partitions})

    for warc, part, error in _wait_all(ray, usable, lambda w: finish_task.remote(config_ref, w),
                                       "dedup+pii+tokenize", execution.progress):
        if error is None:
            part.pop("_shards", None)
            summary.merge(Summary.from_json(part))
        else:
            summary.merge(_record_failed_file(layout, warc, error, phase="finish"))
    summary.failed_files = len(warcs) - len(usable) + sum(
        1 for w in usable if not layout.is_done(layout.done_marker("finish", w)))
    return summary


def _record_failed_file(layout: Layout, warc: WarcFile, error: BaseException,
                        phase: str = "filter") -> Summary:
    cause = getattr(error, "cause", None) or error
    message = f"{type(cause).__name__}: {' '.join(str(cause).split())}"[:500]
    stats = StatsWriter(warc.path)
    stats.add(record_index=-1, doc_id=-1, stage="read", kept=False, reason="failed_file",
              bytes_in=0, detail=f"{phase}: {message}")
    stats.write(layout.storage, f"{Layout.STATS}/{phase}-{warc.index:06d}.parquet")
    print(f"pipeline: warning: {warc.path}: {phase} failed after retries ({message}); "
          f"re-run the same command to retry it")
    return stats.summary


def _global_dedup(ray, config_ref, config: RunConfig, warcs: list[WarcFile],
                  execution: Execution) -> None:
    partitions = config.dedup.partitions
    task = ray.remote(num_cpus=1, max_retries=3, retry_exceptions=True)
    groups = [warcs[i:i + FILES_PER_BAND_GROUP] for i in range(0, len(warcs), FILES_PER_BAND_GROUP)]
    grouped = [task(group_bands).remote(config_ref, g, group) for g, group in enumerate(groups)]
    ray.get(grouped)
    buckets = [task(bucket_partition).remote(config_ref, len(groups), p) for p in range(partitions)]
    split = task(partition_edges).options(num_returns=2)
    edges, labels = zip(*[split.remote(config_ref, q, *buckets) for q in range(partitions)])
    scatter_task = task(scatter)
    gather_task = task(gather).options(num_returns=2)
    progress = _progress_bar(None, "dedup: label propagation rounds", execution.progress)
    round_number = 0
    while True:
        scattered = [scatter_task.remote(config_ref, round_number, q, edges[q], labels[q])
                     for q in range(partitions)]
        results = [gather_task.remote(config_ref, round_number, q, labels[q], *scattered)
                   for q in range(partitions)]
        labels = [r[0] for r in results]
        changed = sum(ray.get([r[1] for r in results]))
        round_number += 1
        progress.update(1)
        progress.set_postfix(changed=changed)
        if changed == 0:
            break
    progress.close()
    ray.get([task(write_labels).remote(config_ref, q, labels[q]) for q in range(partitions)])


def _progress_bar(total, description: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit="task", disable=not enabled, leave=True)


def _wait_all(ray, warcs: list[WarcFile], submit, description: str, progress: bool):
    """Submit one task per WARC file; yield (warc, result, error) as they finish, with a
    progress bar. `error` is the task's exception once Ray has given up retrying it."""
    from ray.exceptions import RayError

    bar = _progress_bar(len(warcs), description, progress)
    pending = {submit(warc): warc for warc in warcs}
    try:
        while pending:
            done, _ = ray.wait(list(pending), num_returns=1)
            for ref in done:
                warc = pending.pop(ref)
                try:
                    yield warc, ray.get(ref), None
                except RayError as error:
                    yield warc, None, error
                bar.update(1)
    finally:
        bar.close()


# --- output folder safety ------------------------------------------------------------------------

def _preflight(config: RunConfig) -> None:
    """A configuration mistake stops the run here, before any work starts, in one line."""
    checks = (("--tokenizer", lambda: load_encoding(config.tokenize.encoding)),
              ("blocklist", lambda: UrlBlocklist(config.blocklist)),
              ("language model", lambda: LanguageId(config.langid)))
    for what, check in checks:
        try:
            check()
        except (ValueError, OSError) as error:
            raise RunError(f"{what}: {' '.join(str(error).split())}") from None


def _make_root(config: RunConfig, layout: Layout) -> None:
    try:
        layout.storage.makedirs("")
        if layout.storage.is_local and not os.access(layout.storage.path(""), os.W_OK):
            raise PermissionError("permission denied")
    except (OSError, ValueError) as error:
        raise RunError(f"--output {config.output}: cannot write to {layout.url} "
                       f"({' '.join(str(error).split())})") from None


def _check_config(config: RunConfig, layout: Layout, execution: Execution) -> None:
    """Resuming is only safe with the configuration that made the outputs already there."""
    if not layout.storage.exists(CONFIG_FILE):
        return
    previous = json.loads(layout.storage.read_text(CONFIG_FILE))
    current = json.loads(json.dumps(config.to_json()))
    if previous == current:
        return
    if not execution.allow_config_change:
        changed = sorted(k for k in set(previous) | set(current) if previous.get(k) != current.get(k))
        raise RunError(
            f"{layout.url}/{CONFIG_FILE} was written by a run with a different configuration "
            f"(differs in: {', '.join(changed)}); use another --output, or --allow-config-change "
            f"to discard its outputs and start again")
    for folder in (Layout.PROGRESS, Layout.WORK, Layout.TOKENS, Layout.DOCUMENTS, Layout.STATS):
        layout.storage.remove_tree(folder)


def _write_config(config: RunConfig, layout: Layout, execution: Execution) -> None:
    layout.storage.write_text(CONFIG_FILE, json.dumps(config.to_json(), indent=1, sort_keys=True))


class _RunLock:
    """Refuse a second run on the same output folder while one is running (flock: released by
    the kernel if the process dies, so a crash never leaves a stale lock). Object stores have
    no locks: there, running one command per output URL is the user's responsibility."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.handle = None

    def __enter__(self):
        if not self.layout.storage.is_local:
            return self
        path = self.layout.storage.path(".lock")
        self.handle = open(path, "a+")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.close()
            raise RunError(f"{self.layout.url}: another `pipeline run` is writing to this output "
                           f"folder; wait for it to finish or choose another --output") from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(str(os.getpid()))
        self.handle.flush()
        return self

    def __exit__(self, *exc):
        if self.handle is not None:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
