"""Where a run's files live and how a run may touch them: the output folder's layout, the
progress records that make a re-run resume, the lock that keeps two runs apart, and the
config.json checks that make resuming safe. Local paths, shared folders and object store URLs
alike (pipeline/storage.py).

This module knows no Ray and no step.
"""
from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import json
import os
import re
import sys
import time

from pipeline import dedup as global_dedup
from pipeline.config import Execution, RunConfig, RunError
from pipeline.snapshot import TransientReadError, WarcFile, one_line
from pipeline.stats import StatsWriter, Summary
from pipeline.storage import Storage

CONFIG_FILE = "config.json"


class Layout:
    """Where everything of one run lives, under `<output>/<snapshot>/`: a local or shared path,
    or an object store URL. Names below are relative to that root."""

    TOKENS, TOKEN_INDEX, DOCUMENTS, STATS, PROGRESS = (
        "tokens", "tokens/index", "documents", "stats", "progress")
    WORK, FILTERED = "work", "work/filtered"
    FOLDERS = (TOKENS, TOKEN_INDEX, DOCUMENTS, STATS, PROGRESS, FILTERED, *global_dedup.FOLDERS)

    def __init__(self, config: RunConfig):
        from pipeline.outputs import per_language

        self.url = config.output.rstrip("/") + "/" + config.folder
        self.storage = Storage(self.url)
        # A run keeping several languages writes tokens/<code>/index/ (pipeline/outputs.py), so
        # it makes no tokens/index/ of its own: only its per-language folders are there.
        self.per_language = per_language(config.recipe)

    def make(self) -> None:
        for folder in self.FOLDERS:
            if not (self.per_language and folder == self.TOKEN_INDEX):
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


def files_key(warcs: list[WarcFile]) -> str:
    """A digest of a set of WARC files (the files one dedup result was computed over)."""
    indexes = ",".join(str(w.index) for w in sorted(warcs, key=lambda w: w.index))
    return hashlib.sha256(indexes.encode()).hexdigest()[:32]


def record_failed_file(layout: Layout, config: RunConfig, warc: WarcFile,
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


def make_root(config: RunConfig, layout: Layout) -> None:
    """Create the run's folder, or say in one line why it cannot be written."""
    try:
        layout.storage.makedirs("")
        if layout.storage.is_local and not os.access(layout.storage.path(""), os.W_OK):
            raise PermissionError("permission denied")
    except (OSError, ValueError) as error:
        raise RunError(f"--output {config.output}: cannot write to {layout.url} "
                       f"({' '.join(str(error).split())})") from None


def check_config(config: RunConfig, layout: Layout, execution: Execution) -> None:
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
        changed = differences(previous, current)
        raise RunError(
            f"{layout.url}/{CONFIG_FILE} was written by a run with a different configuration "
            f"(differs in: {', '.join(changed)}); use another --output, or --allow-config-change "
            f"to discard its outputs and start again")
    for folder in (Layout.PROGRESS, Layout.WORK, Layout.TOKENS, Layout.DOCUMENTS, Layout.STATS,
                   global_dedup.INDEX):
        layout.storage.remove_tree(folder)


def differences(previous: dict, current: dict) -> list[str]:
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


def write_config(config: RunConfig, layout: Layout, execution: Execution) -> None:
    """config.json: the run's identity, plus where it was written and how it ran (neither is
    compared on resume). `pipeline run --config config.json` repeats the run."""
    record = config.identity() | {
        "output": config.output, "name": config.folder,
        "execution": dataclasses.asdict(execution),
        "files": {"file_slice": config.file_slice, "limit": config.limit}}
    layout.storage.write_text(CONFIG_FILE, json.dumps(record, indent=1, sort_keys=True))


class RunLock:
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
