"""The whole curation run, top to bottom. This is the only module that imports Ray.

    resolve snapshot -> per WARC file: read, then the recipe's steps up to the global one
                        (default: blocklist, prefilter, extract, langid, Gopher, C4, FineWeb),
                        and the global step's per-document keys (MinHash band hashes)
                     -> global dedup (pipeline/dedup.py): band buckets -> edges -> components
                     -> per WARC file: the global step's decisions, then the remaining steps
                        (default: pii, tokenize); write documents, token shards and their index
                     -> summary

The order of steps is data (pipeline/recipe.py); this module knows no step's internals: it
builds each step once per worker, feeds it batches of `stages.base.Doc`, applies the returned
decisions and writes one statistics row per document per step. Work is parallel over WARC
files; the dedup steps are parallel over hash partitions. The driver only plans and merges small
per-task summaries: no document text and no signature passes through it. Every output file is
written under a temporary name and renamed when complete, and every finished work unit leaves a
marker in `progress/`, so re-running the same command resumes.
"""
from __future__ import annotations

import dataclasses
import fcntl
import json
import os
import re
import signal
import sys
import threading
import time
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from pipeline import dedup as global_dedup
from pipeline import shards
from pipeline.outputs import FileOutputs, language_folders, per_language
from pipeline.recipe import Recipe
from pipeline.snapshot import (TransientReadError, WarcFile, join, list_warc_files, one_line,
                               open_stream, parse_slice, with_rereads)
from pipeline.stats import StatsWriter, Summary, annotation_fields, column_values
from pipeline.storage import Storage
from pipeline.warc import DEFAULT_MAX_PAYLOAD_BYTES, read_records
from stages import dedup as dedup_core
from stages.base import Decision, Doc, versions
from stages.languages import profiles_record

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
    batch_size: int = 256                 # documents per step call
    shard_tokens: int = 100_000_000       # llm.c's fineweb.py writes 10**8 tokens per shard
    recipe: Recipe = field(default_factory=Recipe.default)
    name: str | None = None               # folder under `output` (default: the snapshot's name)

    @property
    def folder(self) -> str:
        return self.name or self.snapshot

    def to_json(self) -> dict:
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        langid = self.recipe.settings("langid")
        languages = ({"languages": profiles_record(langid.languages)}
                     if langid is not None and hasattr(langid, "languages") else {})
        return fields | {"recipe": self.recipe.to_json(), "data_root": portable_root(self.data_root),
                         **languages}

    def identity(self) -> dict:
        """What defines the output, and so what a resumed run must share with the first one:
        the settings, the recipe, and what its steps load (model, list and ranks hashes) and
        run with (the versions of the package's dependencies). Not the output folder's name."""
        record = self.to_json()
        # Which files a run reads is not part of it: runs over other --slice ranges of the same
        # snapshot add to one output (and one dedup index), each deduplicated against the rest.
        for key in ("output", "name", "file_slice", "limit"):
            record.pop(key)
        fingerprint = {step.name: step.step_class.fingerprint(step.settings)
                       for step in self.recipe.steps}
        return record | {"fingerprint": {k: v for k, v in fingerprint.items() if v},
                         "versions": dependency_versions()}

    @classmethod
    def from_record(cls, record: dict, output: str | None = None) -> "RunConfig":
        """The RunConfig a config.json describes (`pipeline run --config FILE`)."""
        files = record.get("files", record)
        return cls(snapshot=record["snapshot"], data_root=resolve_root(record["data_root"]),
                   output=output or record["output"], file_slice=files.get("file_slice"),
                   limit=files.get("limit"), batch_size=record.get("batch_size", 256),
                   shard_tokens=record.get("shard_tokens", 100_000_000),
                   recipe=Recipe.from_json(record["recipe"]), name=record.get("name"))


SAMPLE_ROOT = "sample"  # how config.json names the bundled sample's data root (any machine)


def portable_root(data_root: str) -> str:
    from pipeline.snapshot import SAMPLE_DATA_ROOT

    if "://" in data_root:
        return data_root.rstrip("/")
    absolute = os.path.abspath(data_root)
    return SAMPLE_ROOT if absolute == os.path.abspath(SAMPLE_DATA_ROOT) else absolute


def resolve_root(data_root: str) -> str:
    from pipeline.snapshot import SAMPLE_DATA_ROOT

    return SAMPLE_DATA_ROOT if data_root == SAMPLE_ROOT else data_root


def normalize_output(output: str) -> str:
    """`out`, `out/` and `/abs/out` are one folder; URLs lose trailing slashes only."""
    return output.rstrip("/") if "://" in output else os.path.abspath(output)


def dependency_versions() -> dict[str, str]:
    """Installed versions of this package's own (non-optional) dependencies."""
    import re
    from importlib.metadata import PackageNotFoundError, requires

    try:
        required = requires("cc-pipeline") or []
    except PackageNotFoundError:
        return {}
    return versions(*sorted({re.split(r"[ <>=!~;\[]", r, maxsplit=1)[0] for r in required
                             if "extra ==" not in r}))


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
    WORK, FILTERED = "work", "work/filtered"
    FOLDERS = (TOKENS, TOKEN_INDEX, DOCUMENTS, STATS, PROGRESS, FILTERED, *global_dedup.FOLDERS)

    def __init__(self, config: RunConfig):
        self.url = config.output.rstrip("/") + "/" + config.folder
        self.storage = Storage(self.url)

    def make(self) -> None:
        for folder in self.FOLDERS:
            self.storage.makedirs(folder)

    def done_marker(self, phase: str) -> str:
        """The marker of a step done once per run: `run` (everything) or `dedup`."""
        return f"{self.PROGRESS}/{phase}.json"

    def is_done(self, marker: str) -> bool:
        return self.storage.exists(marker)

    def read_marker(self, marker: str) -> dict:
        return json.loads(self.storage.read_text(marker))

    def mark_done(self, marker: str, payload: dict) -> None:
        self.storage.write_text(marker, json.dumps(payload, sort_keys=True))


class Progress:
    """Which WARC files are finished, per phase, recorded by the driver (never by the tasks) in a
    few files under `progress/`: every FLUSH_EVERY results or FLUSH_SECONDS, and at the end of
    each phase, one file `<phase>.<run>.<n>.json` lists what finished since the one before. A run
    plans from one listing of `progress/` and reads just these files; a killed driver loses only
    its unflushed results, and their files are done again (a work unit writes the same bytes each
    time it runs). So a run of N files writes ~N/1000 progress files, not 2N markers.

    filter entries: the file indexes, and the sum of their summaries.
    finish entries, per file: the dedup result it was finished with (`dedup`: a digest of the
    set of files dedup ran over), a digest of its own dedup labels (`labels`) and its summary.
    A later run whose dedup ran over another set of files (a file that failed before is read
    now) re-checks each finished file's labels and finishes again the files whose labels
    changed, so the outputs are those of a run in which nothing failed."""

    CHUNK = re.compile(r"^(filter|finish)\.(\d{20}-\d+)\.(\d{6})\.json$")
    FLUSH_EVERY, FLUSH_SECONDS = 1000, 60.0

    def __init__(self, storage: Storage):
        self.storage = storage
        self.run_id = f"{time.time_ns():020d}-{os.getpid()}"
        self.sequence = 0
        self.filtered: set[int] = set()
        self.filter_total = Summary()
        # index -> (dedup key, labels digest, summary as JSON text: small, kept for 10^5 files)
        self.finished: dict[int, tuple[str | None, str | None, str]] = {}
        self.chunks_read = 0
        self._pending: dict[str, dict] = {"filter": {}, "finish": {}}
        self._pending_total = Summary()
        self._last_flush = time.monotonic()

    def load(self) -> "Progress":
        names = [n for n in self.storage.list(Layout.PROGRESS, ".json") if self.CHUNK.match(n)]
        names.sort(key=lambda n: self.CHUNK.match(n).group(2, 3))  # oldest first: later wins
        for name in names:
            chunk = json.loads(self.storage.read_text(f"{Layout.PROGRESS}/{name}"))
            self.chunks_read += 1
            if name.startswith("filter."):
                self.filtered.update(chunk["files"])
                self.filter_total.merge(Summary.from_json(chunk["summary"]))
                continue
            for index, entry in chunk["files"].items():
                previous = self.finished.get(int(index))
                summary = entry.get("summary")
                text = (json.dumps(summary, sort_keys=True) if summary is not None
                        else previous[2] if previous else "{}")
                self.finished[int(index)] = (entry.get("dedup"), entry.get("labels"), text)
        return self

    def finish_total(self) -> Summary:
        total = Summary()
        for _, _, text in self.finished.values():
            total.merge(Summary.from_json(json.loads(text)))
        return total

    def add_filtered(self, index: int, summary: dict) -> None:
        self.filtered.add(index)
        self.filter_total.merge(Summary.from_json(summary))
        self._pending["filter"][index] = None
        self._pending_total.merge(Summary.from_json(summary))
        self._maybe_flush()

    def add_finished(self, index: int, dedup_key: str | None, labels: str | None,
                     summary: dict | None) -> None:
        """`summary` None: checked, unchanged (the file keeps its outputs and summary)."""
        previous = self.finished.get(index)
        text = (json.dumps(summary, sort_keys=True) if summary is not None
                else previous[2] if previous else "{}")
        self.finished[index] = (dedup_key, labels, text)
        entry = {"dedup": dedup_key, "labels": labels}
        if summary is not None:
            entry["summary"] = summary
        self._pending["finish"][index] = entry
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        waiting = len(self._pending["filter"]) + len(self._pending["finish"])
        if waiting >= self.FLUSH_EVERY or (
                waiting and time.monotonic() - self._last_flush >= self.FLUSH_SECONDS):
            self.flush()

    def flush(self) -> None:
        for phase, entries in self._pending.items():
            if not entries:
                continue
            if phase == "filter":
                chunk = {"files": sorted(entries), "summary": self._pending_total.to_json()}
                self._pending_total = Summary()
            else:
                chunk = {"files": {str(i): e for i, e in sorted(entries.items())}}
            name = f"{phase}.{self.run_id}.{self.sequence:06d}.json"
            self.storage.write_text(f"{Layout.PROGRESS}/{name}", json.dumps(chunk, sort_keys=True))
            self.sequence += 1
            entries.clear()
        self._last_flush = time.monotonic()


def doc_id_of(warc: WarcFile, record_index: int) -> int:
    return (warc.index << 32) | record_index


# --- steps: built once per worker, applied batch by batch ---------------------------------------

_WORKER: dict[str, object] = {}


def _worker_steps(recipe: Recipe) -> dict[str, object]:
    """Each step of the recipe built once per worker process (models, lists, recognizers), and
    reused by every task that worker runs with the same recipe."""
    key = json.dumps(recipe.to_json(), sort_keys=True, default=str)
    if _WORKER.get("key") != key:
        _WORKER.clear()
        _WORKER["key"] = key
        _WORKER["steps"] = {}
    built = _WORKER["steps"]
    for step in recipe.steps:
        if step.name not in built:
            built[step.name] = BuiltStep.build(step)
    return built


@dataclass
class _Item:
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
    def build(cls, recipe_step) -> "BuiltStep":
        step_class, settings = recipe_step.step_class, recipe_step.settings
        annotations = step_class.declared_annotations(settings)
        tokens = [a.name for a in annotations if a.type == "tokens"]
        return cls(step_class(settings), frozenset(a.name for a in annotations),
                   tuple(a.name for a in annotations if a.stats and a.type != "tokens"),
                   tokens[0] if tokens else None)

    @property
    def name(self) -> str:
        return self.step.name


def apply_step(built: BuiltStep, items: list[_Item], stats: StatsWriter) -> list[_Item]:
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


def apply_steps(steps, items: list[_Item], stats: StatsWriter) -> list[_Item]:
    for step in steps:
        items = apply_step(step, items, stats)
    return items


# --- phase 1: per WARC file -------------------------------------------------------------------

FILTERED_SCHEMA = pa.schema([
    ("doc_id", pa.int64()), ("record_index", pa.int32()), ("record_id", pa.string()),
    ("url", pa.string()), ("date", pa.string()), ("text", pa.string()),
    ("annotations", pa.string()),  # JSON: what the per-file steps added (language, scores...)
])
PAGE_BATCH_BYTES = 32 * 2**20  # raw pages held at once by one task, whatever batch_size says


def filter_warc_file(config: RunConfig, warc: WarcFile) -> dict:
    """Read one WARC file and apply the per-file steps of the recipe; write the surviving
    documents, the global step's keys (dedup band hashes) and the decision rows. Returns the
    file's summary; the driver records it in `progress/` (class Progress)."""
    layout = Layout(config)
    built = _worker_steps(config.recipe)
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
        return open_stream(location, offset)

    def read_once():
        stats = StatsWriter(warc.path, annotations)
        pages: list[_Item] = []
        page_bytes = 0
        texts: list[_Item] = []
        survivors: list[_Item] = []

        def flush_texts() -> None:
            survivors.extend(apply_steps(text_steps, texts, stats))
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
                stream = open_stream(location)
            except TransientReadError:
                raise  # read again below; if that fails too, read/failed_file and exit 3
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
                    pages.append(_Item(doc_id, record.record_index, record.record_id,
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


# --- phase 3: per WARC file -------------------------------------------------------------------

def document_schema(annotations) -> pa.Schema:
    """The kept documents' Parquet: the runner's columns, one column per declared annotation
    (in recipe order, stages.base.Annotation), then where the tokens are."""
    return pa.schema([
        ("doc_id", pa.int64()), ("record_id", pa.string()), ("url", pa.string()),
        ("warc_file", pa.string()), ("date", pa.string()), ("text", pa.string()),
        *annotation_fields(annotations, "documents"),
        ("shard", pa.string()), ("token_offset", pa.int64()),
    ])


INDEX_SCHEMA = pa.schema([("doc_id", pa.int64()), ("url", pa.string()), ("shard", pa.string()),
                          ("offset", pa.int64()), ("tokens", pa.int64())])


def labels_digest(labels: dict) -> str:
    """A short digest of one file's dedup labels (doc_id -> (cluster, removed))."""
    import hashlib

    items = sorted((int(doc), [v.item() if hasattr(v, "item") else v for v in value])
                   for doc, value in labels.items())
    return hashlib.sha256(json.dumps(items).encode()).hexdigest()[:32]


def finish_warc_file(config: RunConfig, warc: WarcFile, partitions: int = 0,
                     finished_with: str | None = None) -> dict:
    """The global step's decisions (near-duplicates) and the steps after it (PII, tokenize) on
    one file's documents; write documents, token shards and their index. Returns `labels` (the
    digest of the file's dedup labels) and `summary`. `finished_with`: the labels digest the file
    was finished with by an earlier run; when it is unchanged nothing is written and `summary` is
    None."""
    layout = Layout(config)
    built = _worker_steps(config.recipe)
    _, global_step, after = config.recipe.split()
    steps = ([built[global_step.name]] if global_step is not None else []) + [
        built[s.name] for s in after]
    token_names = [s.token_name for s in steps if s.token_name]
    if len(token_names) != 1:
        raise RuntimeError(f"the steps after the per-file phase must declare exactly one "
                           f"annotation of type `tokens` (got {token_names})")
    token_name = token_names[0]
    schema = document_schema(config.recipe.annotations)
    stats = StatsWriter(warc.path, config.recipe.annotations)
    labels = (global_dedup.file_verdicts(layout.storage, warc.index)
              if global_step is not None else {})
    digest = labels_digest(labels)
    if finished_with == digest:
        return {"labels": digest, "summary": None}
    filtered = layout.storage.read_table(f"{Layout.FILTERED}/{warc.index:06d}.parquet")
    outputs = FileOutputs(layout.storage, warc.index, schema, config.shard_tokens,
                          per_language(config.recipe))
    for batch in filtered.to_batches(max_chunksize=config.batch_size):
        items = []
        for row in batch.to_pylist():
            annotations = json.loads(row["annotations"])
            cluster, removed, size = labels.get(row["doc_id"], (None, False, 1))
            annotations.update(dup_cluster=cluster if removed else None, dup_removed=removed,
                               dup_cluster_size=size)
            items.append(_Item(row["doc_id"], row["record_index"], row["record_id"],
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


# --- the run -----------------------------------------------------------------------------------

def run(config: RunConfig, execution: Execution = Execution(),
        ray_session: "_RaySession | None" = None) -> Summary:
    """Run the pipeline; returns the merged summary (also written to summary.json). Ray is
    started only if some work is left: a finished run's re-run says "nothing to do".
    `ray_session`: one `start_ray` began before the steps were imported (the CLI's); it is
    shut down here, whatever happens."""
    session = ray_session or _RaySession(execution)
    with session:
        return _run(config, execution, session)


def _run(config: RunConfig, execution: Execution, session: "_RaySession") -> Summary:
    config = dataclasses.replace(config, output=normalize_output(config.output))
    warcs = list_warc_files(config.data_root, config.snapshot,
                            file_slice=parse_slice(config.file_slice), limit=config.limit)
    # Workers already starting import and build the steps while the driver checks and plans.
    session.warm(config, len(warcs))
    _preflight(config)
    layout = Layout(config)
    _make_root(config, layout)
    with _RunLock(layout):
        _check_config(config, layout, execution)
        if any(layout.storage.exists(f"{folder}/{name}")
               for folder in (Layout.TOKENS, *(f"{Layout.TOKENS}/{code}" for code in
                                               language_folders(layout.storage)))
               for name in (shards.MANIFEST_NAME, shards.PACK_PLAN_NAME)):
            raise RunError(f"{layout.url}: its shards were packed by `pipeline pack`, so no run "
                           f"can add to it; use another --output")
        if execution.ray_address is None:
            _stop_stale_ray(_ray_record_path(layout))
        run_marker = layout.done_marker("run")
        # Complete for these files; another --slice into the same output is new work.
        if (layout.is_done(run_marker) and layout.storage.exists("summary.json")
                and layout.read_marker(run_marker).get("files") == _files_key(warcs)):
            print(f"pipeline: nothing to do: {layout.url} is complete ({len(warcs)} WARC files); "
                  f"Ray not started, no task submitted", flush=True)
            return Summary.from_json(json.loads(layout.storage.read_text("summary.json")))
        layout.make()
        layout.storage.remove_partial_files(["", *Layout.FOLDERS])
        _write_config(config, layout, execution)
        started = time.time()
        progress = Progress(layout.storage).load()
        session.attach(layout)
        try:
            summary = _run_on_ray(session, config, warcs, layout, execution, progress)
        finally:
            session.close()  # inside the lock: the process record is this run's to remove
        print(f"pipeline: Ray tasks submitted: {session.tasks_submitted}"
              + ("" if session.started else " (Ray not started)"), flush=True)
        layout.storage.write_text("summary.json", json.dumps(summary.to_json(), indent=1))
        if summary.failed_files:
            return summary  # keep work/ and no run marker: the next run retries the failures
        if not execution.keep_work:
            layout.storage.remove_tree(Layout.WORK)
        layout.mark_done(run_marker, {"seconds": round(time.time() - started, 1),
                                      "warc_files": len(warcs), "files": _files_key(warcs)})
    return summary


def _files_key(warcs: list[WarcFile]) -> str:
    """A digest of a set of WARC files (the files one dedup result was computed over)."""
    import hashlib

    indexes = ",".join(str(w.index) for w in sorted(warcs, key=lambda w: w.index))
    return hashlib.sha256(indexes.encode()).hexdigest()[:32]


def _run_on_ray(session: "_RaySession", config: RunConfig, warcs: list[WarcFile],
                layout: Layout, execution: Execution, progress: Progress) -> Summary:
    """The three phases, each planned from `progress` so that only what is left is submitted
    (and Ray started only then). Tasks are retried on worker death and on any exception (a flaky
    read); a file whose task still fails is counted as `read/failed_file`, left out of the rest of
    the run and tried again by the next run of the same command."""
    summary = Summary()
    failed = 0
    total = len(warcs)

    todo = [w for w in warcs if w.index not in progress.filtered]
    print(f"pipeline: read+filter: {len(todo)} of {total} WARC files to do", flush=True)
    if todo:
        ray = session.get()
        task = ray.remote(num_cpus=1, max_retries=3, retry_exceptions=False)(filter_warc_file)
        for warc, part, error in _wait_all(session, todo,
                                           lambda w: task.remote(session.config_ref(config), w),
                                           "read+filter", execution.progress):
            if error is None:
                progress.add_filtered(warc.index, part)
            else:
                summary.merge(_record_failed_file(layout, config, warc, error))
                failed += 1
        progress.flush()
    summary.merge(progress.filter_total)
    usable = sorted((w for w in warcs if w.index in progress.filtered), key=lambda w: w.index)

    # Dedup partitions change how work/ is cut, never the output; a resumed run keeps the count
    # its earlier dedup used. A dedup result is reused only for the same set of files.
    has_global_step = config.recipe.split()[1] is not None
    dedup_key = _files_key(usable) if has_global_step else None
    dedup_marker = layout.done_marker("dedup")
    previous = layout.read_marker(dedup_marker) if layout.is_done(dedup_marker) else {}
    partitions = (previous.get("partitions") or execution.dedup_partitions
                  or auto_partitions(len(warcs)))
    if has_global_step and usable and previous.get("files") != dedup_key:
        print(f"pipeline: dedup: over {len(usable)} WARC files", flush=True)
        # Band groups written by an earlier dedup over another set of this run's files (one
        # failed then) would count their files twice: remove them first. The marker lists every
        # group this run may have written until the new dedup is complete. Groups of other
        # --slice runs into the output are never listed here, and stay.
        step = global_dedup.FILES_PER_BAND_GROUP
        chunks = [[w.index for w in usable[i:i + step]] for i in range(0, len(usable), step)]
        groups = {global_dedup.group_name(chunk): chunk for chunk in chunks}
        # A group is stale when it holds one of this run's files but is not one of this run's
        # groups; groups of other --slice runs (none of these files) stay.
        earlier = previous.get("groups") or {}
        ours = {w.index for w in usable}
        stale = sorted(name for name, files in earlier.items()
                       if name not in groups and ours & set(files))
        kept = {name: files for name, files in earlier.items() if name not in stale}
        layout.mark_done(dedup_marker, {"partitions": partitions, "files": None,
                                        "groups": earlier | groups})
        for name in stale:
            layout.storage.remove_tree(f"{global_dedup.GROUPS}/{name}")
        _global_dedup(session.get(), layout.storage, partitions, usable, execution)
        layout.mark_done(dedup_marker, {"partitions": partitions, "files": dedup_key,
                                        "groups": kept | groups, "warc_files": len(usable)})
    elif has_global_step:
        print("pipeline: dedup: up to date", flush=True)

    # A file finished with another dedup result (a file that failed before was read since) is
    # checked again: finished anew if its own labels changed, else left as it is.
    todo = []
    for warc in usable:
        entry = progress.finished.get(warc.index)
        if entry is None:
            todo.append((warc, None))
        elif entry[0] != dedup_key:
            todo.append((warc, entry[1]))
    checks = sum(1 for _, labels in todo if labels is not None)
    print(f"pipeline: dedup+pii+tokenize: {len(todo) - checks} of {len(usable)} WARC files to "
          f"do, {checks} finished with another dedup result to check", flush=True)
    if todo:
        ray = session.get()
        task = ray.remote(num_cpus=1, max_retries=3, retry_exceptions=False)(finish_warc_file)
        changed = 0
        for (warc, labels), part, error in _wait_all(
                session, todo, lambda item: task.remote(session.config_ref(config), item[0],
                                                        partitions, item[1]),
                "dedup+pii+tokenize", execution.progress):
            if error is None:
                progress.add_finished(warc.index, dedup_key, part["labels"], part["summary"])
                changed += labels is not None and part["summary"] is not None
            else:
                # Its outputs (if any) are from another dedup result: the next run redoes it.
                progress.add_finished(warc.index, None, None, {})
                summary.merge(_record_failed_file(layout, config, warc, error,
                                                  phase="finish"))
                failed += 1
        progress.flush()
        if checks:
            print(f"pipeline: {changed} of {checks} checked files had new dedup decisions and "
                  f"were finished again", flush=True)
    summary.merge(progress.finish_total())
    summary.failed_files = failed
    return summary


def _record_failed_file(layout: Layout, config: RunConfig, warc: WarcFile,
                        error: BaseException, phase: str = "filter") -> Summary:
    """One `read/failed_file` row, one line on stderr, and the task's whole traceback in
    `logs/<phase>-<file index>.log` (Ray's error text carries the worker's traceback)."""
    cause = getattr(error, "cause", None) or error
    message = one_line(cause)
    where, _, rest = message.partition(": ")
    if isinstance(cause, TransientReadError) and "://" in where and rest:
        message = rest  # the file is named already; its URL once is enough
    elif not isinstance(cause, TransientReadError):
        message = f"{type(cause).__name__}: {message}"
    message = message[:500]
    stats = StatsWriter(warc.path, config.recipe.annotations)
    stats.add(record_index=-1, doc_id=-1, stage="read", kept=False, reason="failed_file",
              bytes_in=0, detail=f"{phase}: {message}")
    stats.write(layout.storage, f"{Layout.STATS}/{phase}-{warc.index:06d}.parquet")
    log = f"logs/{phase}-{warc.index:06d}.log"
    trace = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # Ray colours the worker's name
    layout.storage.write_text(log, f"{warc.path}: {phase} failed\nTraceback (most recent call "
                                   f"last), from the Ray worker:\n{trace}\n")
    print(f"pipeline: warning: {warc.path}: {phase} failed ({message}); traceback in "
          f"{layout.url.rstrip('/')}/{log}; re-run the same command to retry it",
          file=sys.stderr, flush=True)
    return stats.summary


# --- Ray: started on first use, never left behind ---------------------------------------------

def _ray_record_path(layout: Layout) -> str:
    """Where a run notes the Ray processes it started: beside `.lock` for a local output, else
    in the temporary folder (keyed by the output URL)."""
    if layout.storage.is_local:
        return layout.storage.path(".ray-processes.json")
    import hashlib
    import tempfile

    key = hashlib.sha256(layout.url.encode()).hexdigest()[:16]
    return os.path.join(tempfile.gettempdir(), f"cc-pipeline-{os.getuid()}-ray-{key}.json")


def _stop_stale_ray(path: str) -> None:
    """Stop the Ray processes a killed run started (a `kill -9` of the driver leaves raylet's
    agents, GCS and idle workers running). Only processes noted by a driver that is gone, and
    only if each is still the same process (pid and start time)."""
    import psutil

    try:
        with open(path) as handle:
            record = json.load(handle)
    except (OSError, ValueError):
        return
    if _same_process(psutil, *record["driver"]) is None:
        stale = [p for p in (_same_process(psutil, pid, at) for pid, at in record["processes"])
                 if p is not None]
        for process in stale:
            try:
                process.terminate()
            except psutil.Error:
                pass
        _, alive = psutil.wait_procs(stale, timeout=5)
        for process in alive:
            try:
                process.kill()
            except psutil.Error:
                pass
        if stale:
            print(f"pipeline: stopped {len(stale)} Ray processes left by a killed run "
                  f"(driver pid {record['driver'][0]})", flush=True)
        try:
            os.unlink(path)
        except OSError:
            pass


def _same_process(psutil, pid: int, started: float):
    try:
        process = psutil.Process(pid)
        return process if abs(process.create_time() - started) < 0.01 else None
    except psutil.Error:
        return None


def start_ray(output: str, folder: str, execution: Execution) -> "_RaySession | None":
    """Start Ray in a background thread now, when the run will need it (a local output folder
    with no progress yet): ray.init spends seconds waiting for its processes, which then overlap
    the driver's imports and checks, and the workers build the steps meanwhile (`warm`). None
    otherwise: Ray starts on first use, if some work is left. Pass the session to `run`."""
    if "://" in output:
        return None
    root = os.path.join(normalize_output(output), folder)
    try:
        if os.listdir(os.path.join(root, Layout.PROGRESS)):
            return None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        with open(os.path.join(root, ".lock"), "rb") as lock:
            fcntl.flock(lock, fcntl.LOCK_SH | fcntl.LOCK_NB)  # released on close
    except BlockingIOError:
        return None  # another run is writing there: this one will be refused (_RunLock)
    except OSError:
        pass
    return _RaySession(execution).start()


def _warm_worker(config: RunConfig) -> str | None:
    """Build the recipe's steps in this worker (imports, models, lists), as the first task of a
    run would; None, or why that failed (the run's own tasks then fail with the error)."""
    try:
        _worker_steps(config.recipe)
    except Exception as error:  # noqa: BLE001 - reported by the tasks that need the steps
        return one_line(error)
    return None


class _HeldRayLogs:
    """A filter on the "ray" logger's handlers while Ray starts in the background: what Ray logs
    (its token-authentication notice) is held until the run uses Ray (`release(show=True)`), so
    that a run stopped by a mistake before then prints its one-line error and nothing else.
    ray.init's warning that a thread other than the main one sets no SIGTERM handler is dropped:
    `_RaySession.start` sets the handler ray.init would."""

    def __init__(self):
        import logging

        self.handlers = list(logging.getLogger("ray").handlers)
        self.held: list = []
        self.holding = True
        self._lock = threading.Lock()
        for handler in self.handlers:
            handler.addFilter(self)

    def filter(self, record) -> bool:
        if "SIGTERM handler is not set" in record.getMessage():
            return False
        with self._lock:
            if not self.holding:
                return True
            if not any(record is seen for seen in self.held):  # once, whatever the handlers
                self.held.append(record)
            return False

    def release(self, show: bool) -> None:
        with self._lock:
            self.holding = False
            held, self.held = self.held, []
        for handler in self.handlers:
            handler.removeFilter(self)
            for record in held if show else ():
                if record.levelno >= handler.level:
                    handler.handle(record)


def _stop_autoscaler_monitor() -> None:
    """Kill our local cluster's autoscaler monitor before `ray.shutdown`. Ray stops the GCS
    first and then gives the monitor a second to exit on SIGTERM, which it spends failing to
    report its end to the GCS that is gone, then kills it: a second of every run's wall time.
    Nothing of the run's output depends on it."""
    import psutil

    for child in psutil.Process().children():
        try:
            if any(part.endswith(os.path.join("autoscaler", "_private", "monitor.py"))
                   for part in child.cmdline()):
                child.kill()
                child.wait(timeout=5)
        except (psutil.Error, psutil.TimeoutExpired):
            pass


class _RaySession:
    """The run's Ray: started by the first phase that has a task to submit (a run with nothing
    left to do never starts it), or early in a background thread (`start_ray`), shut down at
    the end. A local cluster's processes are noted in `_ray_record_path` (once the run holds
    its output folder: `attach`) so that the next run stops them if this driver is killed."""

    RECORD_EVERY_S = 30.0

    def __init__(self, execution: Execution):
        self.execution = execution
        self.layout: Layout | None = None
        self.ray = None
        self.started = False
        self.cpus = 1
        self.tasks_submitted = 0
        self._config_ref = None
        self._recorded_at = 0.0
        self._thread = None
        self._ready = threading.Event()  # ray.init has returned (or failed) in the thread
        self._closed = threading.Event()
        self._failure: BaseException | None = None
        self._lock = threading.Lock()
        self._warm_request: tuple[RunConfig, int] | None = None
        self._warm_refs: list = []
        self._held_logs: _HeldRayLogs | None = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def start(self) -> "_RaySession":
        """ray.init in a background thread; `get` waits for it."""
        if threading.current_thread() is threading.main_thread():
            # What ray.init sets when called in the main thread: SIGTERM exits through atexit,
            # which shuts Ray down.
            signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(signum))
        self._thread = threading.Thread(target=self._start_in_background, name="ray-init",
                                        daemon=True)
        self._thread.start()
        return self

    def _start_in_background(self) -> None:
        try:
            self._init()
            with self._lock:
                if self._warm_request is not None:
                    self._submit_warm(*self._warm_request)
        except BaseException as error:  # noqa: BLE001 - raised again by get()
            self._failure = error
        finally:
            self._ready.set()
        # Ray starts its processes with PR_SET_PDEATHSIG, which fires when the *thread* that
        # started them ends: this thread lives until the session is closed.
        self._closed.wait()

    def warm(self, config: RunConfig, files: int) -> None:
        """Have up to `files` workers (one per CPU) build the steps as soon as Ray is up: only
        when Ray was started early, so a run with nothing left to do starts nothing."""
        if self._thread is None:
            return
        with self._lock:
            if self.ray is None:
                self._warm_request = (config, files)
            else:
                self._submit_warm(config, files)

    def _submit_warm(self, config: RunConfig, files: int) -> None:
        task = self.ray.remote(num_cpus=1, max_retries=0)(_warm_worker)
        self._warm_refs = [task.remote(self.config_ref(config))
                           for _ in range(min(files, self.cpus))]

    def attach(self, layout: Layout) -> None:
        """The run holds `layout`'s lock now: note Ray's processes there from here on."""
        self.layout = layout
        if self.ray is not None:
            self.note_processes(force=True)

    def _release_logs(self, show: bool) -> None:
        if self._held_logs is not None:
            self._held_logs.release(show)
            self._held_logs = None

    def close(self) -> None:
        if self._thread is not None:
            self._ready.wait()
            self._release_logs(show=False)  # not shown if the run never used Ray
        if self.ray is not None:
            if self.execution.ray_address is None:
                _stop_autoscaler_monitor()
            self.ray.shutdown()
            self.ray = None
            if self.execution.ray_address is None and self.layout is not None:
                try:
                    os.unlink(_ray_record_path(self.layout))
                except OSError:
                    pass
        if self._thread is not None:
            self._closed.set()
            self._thread.join()
            self._thread = None

    def get(self):
        if self._thread is not None:
            self._ready.wait()
            self._release_logs(show=True)
            if self._failure is not None:
                raise self._failure
        elif self.ray is None:
            self._init()
        if not self._recorded_at:
            self.note_processes(force=True)
        return self.ray

    def _init(self) -> None:
        import ray

        if self._thread is not None:
            self._held_logs = _HeldRayLogs()
        # Workers see the driver's network settings (snapshot.RetryPolicy) wherever they run.
        env_vars = {k: v for k, v in os.environ.items()
                    if k.startswith("PIPELINE_") or k == "TIKTOKEN_CACHE_DIR"}
        runtime_env = {"env_vars": env_vars} if env_vars else None
        if self.execution.ray_address:
            ray.init(address=self.execution.ray_address, logging_level="WARNING",
                     runtime_env=runtime_env)
        else:
            # address="local": never join a cluster that RAY_ADDRESS or a stale
            # /tmp/ray/ray_current_cluster points at; --ray-address is the way to join one.
            ray.init(address="local", num_cpus=self.execution.num_cpus, include_dashboard=False,
                     logging_level="WARNING", runtime_env=runtime_env)
        self.cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.ray, self.started = ray, True

    def config_ref(self, config: RunConfig):
        if self._config_ref is None:
            self._config_ref = self.ray.put(config)
        return self._config_ref

    @property
    def window(self) -> int:
        """Tasks in flight: twice the cluster's CPUs, so every CPU has its next task queued."""
        return 2 * self.cpus

    def note_processes(self, force: bool = False) -> None:
        if self.execution.ray_address is not None or self.layout is None or (
                not force and time.monotonic() - self._recorded_at < self.RECORD_EVERY_S):
            return
        import psutil

        me = psutil.Process()
        processes = []
        for child in me.children(recursive=True):
            try:
                processes.append([child.pid, child.create_time()])
            except psutil.Error:
                pass
        path = _ray_record_path(self.layout)
        temporary = f"{path}.tmp-{os.getpid()}"
        with open(temporary, "w") as handle:
            json.dump({"driver": [me.pid, me.create_time()], "processes": processes}, handle)
        os.replace(temporary, path)
        self._recorded_at = time.monotonic()


def _global_dedup(ray, storage: Storage, partitions: int, warcs: list[WarcFile],
                  execution: Execution) -> None:
    """Schedule the cross-file part of dedup (pipeline/dedup.py): band groups -> buckets ->
    verified pairs -> components (large-star/small-star rounds) -> survivors -> verdicts. The
    index under dedup/ is shared with earlier runs into this output (other --slice ranges)."""
    d = global_dedup
    if not warcs:
        return
    task = ray.remote(num_cpus=1, max_retries=3, retry_exceptions=True)
    settings, _ = d.index_settings(storage)
    partitions = d.fix_partitions(storage, partitions)
    new_files = ray.put(np.array(sorted(w.index for w in warcs), dtype=np.int64))
    step = d.FILES_PER_BAND_GROUP
    _bounded(ray, [lambda i=i: task(d.group_bands).remote(storage, partitions,
                                                           [w.index for w in warcs[i:i + step]])
                   for i in range(0, len(warcs), step)])
    groups = d.existing_groups(storage)  # this run's and every earlier run's
    for work in (d.bucket, d.attach, d.verify):
        arguments = (groups, new_files, settings) if work is d.bucket else (new_files, settings)
        _bounded(ray, [lambda p=p: task(work).remote(storage, partitions, p, *arguments)
                       for p in range(partitions)])
    storage.remove_tree(d.CANDIDATES)
    storage.remove_tree(d.ATTACHED)
    progress = _progress_bar(None, "dedup: component rounds", execution.progress)
    try:
        step_number, _ = _dedup_components(ray, task, storage, partitions, settings.max_rounds,
                                           progress)
    finally:
        progress.close()
    for work, arguments in ((d.route, (step_number,)), (d.survivors, (new_files,)),
                            (d.write_verdicts, ([w.index for w in warcs],))):
        _bounded(ray, [lambda p=p: task(work).remote(storage, partitions, p, *arguments)
                       for p in range(partitions)])


def _bounded(ray, submitters: list, window: int | None = None) -> list:
    """Call each submitter (it submits one task and returns its ref) with at most `window` tasks
    in flight (default: twice the cluster's CPUs), collecting every finished task at each wait;
    the results in order. A task's error propagates, as from ray.get."""
    window = window or max(2, 2 * int(ray.cluster_resources().get("CPU", 1)))
    results: list = [None] * len(submitters)
    pending: dict = {}
    submitted = 0
    while submitted < len(submitters) or pending:
        while submitted < len(submitters) and len(pending) < window:
            pending[submitters[submitted]()] = submitted
            submitted += 1
        ready, rest = ray.wait(list(pending), num_returns=1)
        if rest:
            ready += ray.wait(rest, num_returns=len(rest), timeout=0)[0]
        for ref in ready:
            results[pending.pop(ref)] = ray.get(ref)
    return results


def _dedup_components(ray, task, storage: Storage, partitions: int, max_rounds: int,
                      progress) -> tuple[int, int]:
    """Large-star / small-star rounds over the verified edges in work/dedup/components/0000
    until a round changes nothing; each step's files are deleted once the next step has read
    them. Returns (the last step's number, rounds); a round limit is a one-line RunError."""
    d = global_dedup
    step_number, rounds = 0, 0
    while True:
        changed = 0
        for _ in range(2):  # large-star, small-star
            changed += sum(_bounded(ray, [
                lambda q=q: task(d.component_step).remote(storage, partitions, step_number, q)
                for q in range(partitions)]))
            storage.remove_tree(f"{d.COMPONENTS}/{step_number:04d}")  # read by every task
            step_number += 1
        rounds += 1
        progress.update(1)
        progress.set_postfix(changed=changed)
        if changed == 0:
            return step_number, rounds
        if rounds >= max_rounds:
            raise RunError(str(dedup_core.round_limit_error(max_rounds, changed)))


def _progress_bar(total, description: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit="task", disable=not enabled, leave=True)


def _wait_all(session: "_RaySession", items: list, submit, description: str, progress: bool):
    """Submit one task per item, at most `session.window` in flight; yield (item, result, error)
    as they finish, collecting every finished task at each wait, with a progress bar. `error` is
    the task's exception once Ray has given up retrying it. Driver CPU per task is constant:
    each wait looks at the window, never at all N tasks."""
    from ray.exceptions import RayError

    ray = session.ray
    bar = _progress_bar(len(items), description, progress)
    queue = iter(items)
    pending: dict = {}
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < session.window:
                item = next(queue, _END)
                if item is _END:
                    exhausted = True
                    break
                pending[submit(item)] = item
                session.tasks_submitted += 1
            if not pending:
                break
            ready, rest = ray.wait(list(pending), num_returns=1)
            if rest:
                ready += ray.wait(rest, num_returns=len(rest), timeout=0)[0]
            for ref in ready:
                item = pending.pop(ref)
                try:
                    yield item, ray.get(ref), None
                except RayError as error:
                    yield item, None, error
            bar.update(len(ready))
            session.note_processes()
    finally:
        bar.close()


_END = object()


# --- output folder safety ------------------------------------------------------------------------

def _preflight(config: RunConfig) -> None:
    """A configuration mistake stops the run here, before any work starts, in one line: each
    step checks that what it needs (a model, a list, a tokenizer's ranks) is there."""
    for step in config.recipe.steps:
        try:
            step.step_class.preflight(step.settings)
        except (ValueError, OSError) as error:
            raise RunError(f"step {step.name}: {' '.join(str(error).split())}") from None


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
    previous = {k: v for k, v in previous.items()
                if k not in ("output", "name", "execution", "files")}
    current = json.loads(json.dumps(config.identity()))
    if previous == current:
        return
    if not execution.allow_config_change:
        changed = _differences(previous, current)
        raise RunError(
            f"{layout.url}/{CONFIG_FILE} was written by a run with a different configuration "
            f"(differs in: {', '.join(changed)}); use another --output, or --allow-config-change "
            f"to discard its outputs and start again")
    for folder in (Layout.PROGRESS, Layout.WORK, Layout.TOKENS, Layout.DOCUMENTS, Layout.STATS,
                   global_dedup.INDEX):
        layout.storage.remove_tree(folder)


def _differences(previous: dict, current: dict) -> list[str]:
    """What changed between two config.json contents, as `key` or `recipe step NAME: setting`."""
    changed = sorted(k for k in set(previous) | set(current)
                     if k != "recipe" and previous.get(k) != current.get(k))
    before = {s.get("step"): s for s in previous.get("recipe") or []}
    after = {s.get("step"): s for s in current.get("recipe") or []}
    if list(before) != list(after):
        changed.append(f"recipe steps ({', '.join(before)} -> {', '.join(after)})")
    for name in after:
        if name in before and before[name] != after[name]:
            keys = sorted(k for k in set(before[name]) | set(after[name])
                          if before[name].get(k) != after[name].get(k))
            changed.append(f"recipe step {name}: {', '.join(keys)}")
    return changed


def _write_config(config: RunConfig, layout: Layout, execution: Execution) -> None:
    """config.json: the run's identity, plus where it was written and how it ran (neither is
    compared on resume). `pipeline run --config config.json` repeats the run."""
    record = config.identity() | {
        "output": config.output, "name": config.folder,
        "execution": dataclasses.asdict(execution),
        "files": {"file_slice": config.file_slice, "limit": config.limit}}
    layout.storage.write_text(CONFIG_FILE, json.dumps(record, indent=1, sort_keys=True))


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
