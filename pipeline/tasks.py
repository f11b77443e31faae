"""One WARC file's work, as a Ray task runs it (but nothing here knows Ray): read the file and
apply the recipe's per-file steps (`filter_warc_file`), then, after the cross-file dedup, apply
the global step's decisions and the steps after it and write the documents and token shards
(`finish_warc_file`).

Each step is built once per worker process and fed batches of `stages.base.Doc`; the runner
applies the returned decisions and writes one statistics row per document per step
(`apply_step`). It calls no step-specific method: what it needs of a step comes through the
interface in stages/base.py (declared annotations, the page steps' size limit, a global step's
signatures). Every output file is written whole under a temporary name and renamed, so a task
that runs again writes the same bytes.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass

import pyarrow as pa

from pipeline import dedup as global_dedup
from pipeline.config import RunConfig
from pipeline.layout import Layout
from pipeline.outputs import FileOutputs, per_language
from pipeline.recipe import Recipe
from pipeline.snapshot import (
    BadPathError,
    TransientReadError,
    WarcFile,
    join,
    one_line,
    open_stream,
    with_rereads,
)
from pipeline.stats import StatsWriter, annotation_fields
from pipeline.warc import DEFAULT_MAX_PAYLOAD_BYTES, read_records
from stages.base import Decision, Doc


def doc_id_of(warc: WarcFile, record_index: int) -> int:
    return (warc.index << 32) | record_index


# --- steps: built once per worker, applied batch by batch ---------------------------------------

_WORKER: dict[str, object] = {}


def worker_steps(recipe: Recipe, pools: dict | None = None) -> dict[str, object]:
    """Each step of the recipe built once per worker process (models, lists, recognizers), and
    reused by every task that worker runs with the same recipe. `pools`: the steps that run on a
    pool of actors (stages.base.Step.actor_resources), by name: a callable that sends a batch of
    documents to the pool and returns its decisions, used in place of the step (which this
    process then never builds)."""
    pools = pools or {}
    key = json.dumps([recipe.to_json(), sorted(pools)], sort_keys=True, default=str)
    if _WORKER.get("key") != key:
        _WORKER.clear()
        _WORKER["key"] = key
        _WORKER["steps"] = {}
    built = _WORKER["steps"]
    for step in recipe.steps:
        if step.name not in built:
            built[step.name] = BuiltStep.build(step, pools.get(step.name))
    return built


@dataclass
class Item:
    """A document in flight through one work unit: the runner's identifiers beside the step's
    view (`doc`). Steps never see doc_id or record_index."""

    doc_id: int
    record_index: int
    record_id: str | None
    date: str | None
    size: int                  # bytes entering the next step: payload, then UTF-8 text
    doc: Doc


@dataclass(frozen=True)
class BuiltStep:
    """A recipe step built in a worker, with what the runner needs of its declared annotations."""

    step: object                 # the stages.base.Step instance
    declared: frozenset          # names of the annotations its Decisions may carry
    row_names: tuple             # those that are statistics columns
    token_name: str | None       # the annotation of type `tokens` (token shards), if any

    @classmethod
    def build(cls, recipe_step, pool=None) -> "BuiltStep":
        """The step built here, or `pool` (a callable with the step's `name`) standing in."""
        step_class, settings = recipe_step.step_class, recipe_step.settings
        annotations = step_class.declared_annotations(settings)
        tokens = [a.name for a in annotations if a.type == "tokens"]
        step = pool if pool is not None else step_class(settings)
        return cls(step, frozenset(a.name for a in annotations),
                   tuple(a.name for a in annotations if a.stats and a.type != "tokens"),
                   tokens[0] if tokens else None)

    @property
    def name(self) -> str:
        return self.step.name


def apply_step(built: BuiltStep, items: list[Item], stats: StatsWriter) -> list[Item]:
    """Run one step on a batch, write one statistics row per document, apply the decisions;
    returns the documents it kept."""
    if not items:
        return items
    step = built.step
    started = time.process_time()
    decisions: list[Decision] = step([item.doc for item in items])
    per_doc = (time.process_time() - started) / len(items)
    if len(decisions) != len(items):
        raise RuntimeError(f"step {step.name} returned {len(decisions)} decisions for "
                           f"{len(items)} documents")
    kept = []
    for item, decision in zip(items, decisions):
        doc = item.doc
        if decision.annotations:
            undeclared = decision.annotations.keys() - built.declared
            if undeclared:
                raise RuntimeError(f"step {step.name} returned annotation(s) "
                                   f"{', '.join(sorted(undeclared))} it does not declare in "
                                   f"`annotations` (stages.base.Annotation)")
            doc.annotations.update(decision.annotations)
        if decision.text is not None:
            doc.text = decision.text
            doc.cache.clear()
        size_out = None
        if decision.kept:
            size_out = len(doc.text.encode("utf-8")) if doc.text is not None else item.size
        tokens = decision.annotations.get(built.token_name) if built.token_name else None
        stats.add(record_index=item.record_index, doc_id=item.doc_id, stage=step.name,
                  kept=decision.kept, reason=decision.reason, detail=decision.detail,
                  bytes_in=item.size, bytes_out=size_out, record_id=item.record_id, url=doc.url,
                  seconds=per_doc, token_count=len(tokens) if tokens is not None else 0,
                  **{name: doc.annotations.get(name) for name in built.row_names})
        if decision.kept:
            item.size = size_out
            if doc.text is not None:
                doc.payload = None  # the raw page is not needed after extraction
            kept.append(item)
    return kept


def apply_steps(steps, items: list[Item], stats: StatsWriter) -> list[Item]:
    for step in steps:
        items = apply_step(step, items, stats)
    return items


# --- phase 1, per WARC file: read, then the steps before the global one ---------------------------

FILTERED_SCHEMA = pa.schema([
    ("doc_id", pa.int64()), ("record_index", pa.int32()), ("record_id", pa.string()),
    ("url", pa.string()), ("date", pa.string()), ("text", pa.string()),
    ("annotations", pa.string()),  # JSON: what the per-file steps added (language, scores...)
])
PAGE_BATCH_BYTES = 32 * 2**20  # raw pages held at once by one task, whatever batch_size says


def filter_warc_file(config: RunConfig, warc: WarcFile, pools: dict | None = None) -> dict:
    """Read one WARC file and apply the per-file steps of the recipe; write the surviving
    documents, the global step's keys (dedup band hashes) and the decision rows. Returns the
    file's summary; the driver records it in `progress/` (class Progress). `pools`: see
    `worker_steps`."""
    layout = Layout(config)
    built = worker_steps(config.recipe, pools)
    per_file, global_step, _ = config.recipe.split()
    page_steps = [built[s.name] for s in per_file if s.step_class.kind == "page"]
    text_steps = [built[s.name] for s in per_file if s.step_class.kind != "page"]
    location = None if warc.bad_path else join(config.data_root, warc.path)
    # Read no more of a payload than the page steps take: a larger page is read/too_large.
    limits = [s.step_class.max_payload_bytes(s.settings) for s in per_file]
    payload_limit = min([limit for limit in limits if limit is not None],
                        default=DEFAULT_MAX_PAYLOAD_BYTES)
    annotations = config.recipe.annotations

    def reopen(offset: int):
        return open_stream(location, offset, root=config.data_root)

    def read_once():
        stats = StatsWriter(warc.path, annotations)
        pages: list[Item] = []
        page_bytes = 0
        texts: list[Item] = []
        survivors: list[Item] = []

        def flush_texts() -> None:
            kept = apply_steps(text_steps, texts, stats)
            for item in kept:
                # The per-file steps are done with it (word splits, their arrays: ~70 KB a
                # document, held to the end of the file otherwise); the global step and the
                # finish phase read the text and the annotations only.
                item.doc.cache.clear()
            survivors.extend(kept)
            texts.clear()

        def flush_pages() -> None:
            nonlocal page_bytes
            texts.extend(apply_steps(page_steps, pages, stats))
            pages.clear()
            page_bytes = 0
            if len(texts) >= config.batch_size:
                flush_texts()

        stream = None
        if warc.bad_path is not None:  # a warc.paths.gz line that leaves the data root
            stats.add(record_index=-1, doc_id=-1, stage="read", kept=False, reason="bad_path",
                      bytes_in=0, detail=warc.bad_path)
        else:
            try:
                stream = open_stream(location, root=config.data_root)
            except TransientReadError:
                raise  # read again below; if that fails too, read/failed_file and exit 3
            except BadPathError as error:  # a symbolic link out of the data root: never opened
                stats.add(record_index=-1, doc_id=-1, stage="read", kept=False, reason="bad_path",
                          bytes_in=0, detail=str(error))
            except OSError as error:
                # Permanent (404, 403, a missing local file): counted, never read again.
                stats.add(record_index=-1, doc_id=-1, stage="read", kept=False,
                          reason="unreadable_file", bytes_in=0, detail=one_line(error))
        if stream is not None:
            records_read = 0
            with stream:
                for record in read_records(stream, reopen, max_payload_bytes=payload_limit):
                    records_read += 1
                    doc_id = doc_id_of(warc, record.record_index)
                    stats.add(record_index=record.record_index, doc_id=doc_id,
                              record_id=record.record_id, url=record.url, stage="read",
                              kept=record.decision.kept, reason=record.decision.reason,
                              bytes_in=record.payload_bytes,
                              bytes_out=record.payload_bytes if record.decision.kept else None,
                              detail=record.detail)
                    if not record.decision.kept:
                        continue
                    pages.append(Item(doc_id, record.record_index, record.record_id,
                                       record.date, record.payload_bytes,
                                       Doc(url=record.url, payload=record.payload,
                                           charset=record.charset)))
                    page_bytes += record.payload_bytes
                    if len(pages) >= config.batch_size or page_bytes >= PAGE_BATCH_BYTES:
                        flush_pages()
            if records_read == 0:
                stats.add(record_index=-1, doc_id=-1, stage="read", kept=False, reason="empty_file",
                          bytes_in=0, detail="no WARC record in the file")
        flush_pages()
        flush_texts()
        return stats, survivors

    # A connection that fails mid-file means reading the whole file again (nothing is written
    # before the end, so nothing is counted twice); if every attempt fails, the task raises and
    # the driver counts the file as read/failed_file.
    stats, survivors = with_rereads(location or warc.path, read_once)

    if global_step is not None:
        step = built[global_step.name].step
        started = time.process_time()
        signatures = step.signatures([item.doc for item in survivors])
        stats.summary.add_time(global_step.name, time.process_time() - started)
        global_dedup.write_file_keys(layout.storage, warc.index,
                                     [item.doc_id for item in survivors], signatures,
                                     global_step.settings)
    layout.storage.write_table(f"{Layout.FILTERED}/{warc.index:06d}.parquet", pa.table({
        "doc_id": [i.doc_id for i in survivors],
        "record_index": [i.record_index for i in survivors],
        "record_id": [i.record_id for i in survivors], "url": [i.doc.url for i in survivors],
        "date": [i.date for i in survivors], "text": [i.doc.text for i in survivors],
        "annotations": [json.dumps(i.doc.annotations, sort_keys=True) for i in survivors],
    }, schema=FILTERED_SCHEMA))
    stats.write(layout.storage, f"{Layout.STATS}/filter-{warc.index:06d}.parquet")
    return stats.summary.to_json()


# --- phase 3, per WARC file: the global step's decisions, the steps after it, the outputs ------

def document_schema(annotations) -> pa.Schema:
    """The kept documents' Parquet: the runner's columns, one column per declared annotation
    (in recipe order, stages.base.Annotation), then where the tokens are."""
    return pa.schema([
        ("doc_id", pa.int64()), ("record_id", pa.string()), ("url", pa.string()),
        ("warc_file", pa.string()), ("date", pa.string()), ("text", pa.string()),
        *annotation_fields(annotations, "documents"),
        ("shard", pa.string()), ("token_offset", pa.int64()),
    ])


def labels_digest(labels: dict) -> str:
    """A short digest of one file's dedup labels (doc_id -> (cluster, removed))."""
    import hashlib

    items = sorted((int(doc), [v.item() if hasattr(v, "item") else v for v in value])
                   for doc, value in labels.items())
    return hashlib.sha256(json.dumps(items).encode()).hexdigest()[:32]


def finish_warc_file(config: RunConfig, warc: WarcFile, partitions: int = 0,
                     finished_with: str | None = None, pools: dict | None = None) -> dict:
    """The global step's decisions (near-duplicates) and the steps after it (PII, tokenize) on
    one file's documents; write documents, token shards and their index. Returns `labels` (the
    digest of the file's dedup labels) and `summary`. `finished_with`: the labels digest the file
    was finished with by an earlier run; when it is unchanged nothing is written and `summary` is
    None. `pools`: see `worker_steps`."""
    layout = Layout(config)
    built = worker_steps(config.recipe, pools)
    _, global_step, after = config.recipe.split()
    steps = ([built[global_step.name]] if global_step is not None else []) + [
        built[s.name] for s in after]
    producers = [s for s in steps if s.token_name]
    if len(producers) != 1:
        raise RuntimeError(f"the steps after the per-file phase must declare exactly one "
                           f"annotation of type `tokens` (got {[s.token_name for s in producers]})")
    token_name = producers[0].token_name
    schema = document_schema(config.recipe.annotations)
    stats = StatsWriter(warc.path, config.recipe.annotations)
    labels = (global_dedup.file_verdicts(layout.storage, warc.index)
              if global_step is not None else {})
    digest = labels_digest(labels)
    if finished_with == digest:
        return {"labels": digest, "summary": None}
    filtered = layout.storage.read_table(f"{Layout.FILTERED}/{warc.index:06d}.parquet")
    outputs = FileOutputs(layout.storage, warc.index, schema, config.shard_tokens,
                          per_language(config.recipe), producers[0].step.shard_spec())
    for batch in filtered.to_batches(max_chunksize=config.batch_size):
        items = []
        for row in batch.to_pylist():
            annotations = json.loads(row["annotations"])
            cluster, removed, size = labels.get(row["doc_id"], (None, False, 1))
            annotations.update(dup_cluster=cluster if removed else None, dup_removed=removed,
                               dup_cluster_size=size)
            items.append(Item(row["doc_id"], row["record_index"], row["record_id"],
                               row["date"], len(row["text"].encode("utf-8")),
                               Doc(url=row["url"], text=row["text"], annotations=annotations)))
        for item in apply_steps(steps, items, stats):
            annotations = item.doc.annotations
            tokens = annotations.pop(token_name)
            outputs.add(dict(annotations, doc_id=item.doc_id, record_id=item.record_id,
                             url=item.doc.url, warc_file=warc.path, date=item.date,
                             text=item.doc.text), tokens)
    outputs.close(rewrite=finished_with is not None)
    stats.write(layout.storage, f"{Layout.STATS}/finish-{warc.index:06d}.parquet")
    return {"labels": digest, "summary": stats.summary.to_json()}


# --- start-up ------------------------------------------------------------------------------------

def warm_worker(config: RunConfig, pools: dict | None = None) -> str | None:
    """Build the recipe's steps in this worker (imports, models, lists), as the first task of a
    run would; None, or why that failed (the run's own tasks then fail with the error)."""
    try:
        worker_steps(config.recipe, pools)
    except Exception as error:  # noqa: BLE001 - reported by the tasks that need the steps
        return one_line(error)
    return None
