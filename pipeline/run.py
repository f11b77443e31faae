"""The whole curation run, top to bottom: the plan. It knows no step's internals and no Ray.

    resolve snapshot -> check the recipe, the output folder and its config.json
    phase 1, per WARC file (tasks.filter_warc_file): read, then the recipe's steps up to the
                        global one (default: blocklist, prefilter, extract, langid, Gopher, C4,
                        FineWeb) and the global step's per-document keys (MinHash band hashes)
    phase 2, global dedup (pipeline/dedup.py): band buckets -> verified edges -> components
                        -> survivors, parallel over hash partitions
    phase 3, per WARC file (tasks.finish_warc_file): the global step's decisions, then the
                        remaining steps (default: pii, tokenize); documents, token shards, index
                     -> summary

Work is parallel over WARC files and dedup partitions (pipeline/ray_session.py); the driver only
plans and merges small per-task summaries: no document text and no signature passes through
it. Every finished work unit is recorded in `progress/` (pipeline/layout.py), so re-running the
same command resumes. Failures: a task is retried when its worker dies; a WARC file whose task
still fails is counted as `read/failed_file`, left out of the rest of the run (and out of dedup)
and tried again by the next run of the same command, which then also re-checks the files whose
dedup decisions that file changes.
"""
from __future__ import annotations

import dataclasses
import json
import time

import numpy as np

from pipeline import dedup as global_dedup
from pipeline import shards
from pipeline.config import Execution, RunConfig, RunError, auto_partitions, normalize_output
from pipeline.layout import (Layout, Progress, RunLock, check_config, files_key, make_root,
                             record_failed_file, write_config)
from pipeline.outputs import language_folders
from pipeline.ray_session import RaySession, progress_bar, ray_record_path, stop_stale_ray
from pipeline.snapshot import WarcFile, list_warc_files, parse_slice
from pipeline.stats import Summary
from pipeline.tasks import filter_warc_file, finish_warc_file
from stages import dedup as dedup_core


def run(config: RunConfig, execution: Execution = Execution(),
        ray_session: RaySession | None = None) -> Summary:
    """Run the pipeline; returns the merged summary (also written to summary.json). Ray is
    started only if some work is left: a finished run's re-run says "nothing to do".
    `ray_session`: one `start_ray` began before the steps were imported (the CLI's); it is
    shut down here, whatever happens."""
    session = ray_session or RaySession(execution)
    with session:
        return _run(config, execution, session)


def _run(config: RunConfig, execution: Execution, session: RaySession) -> Summary:
    config = dataclasses.replace(config, output=normalize_output(config.output))
    warcs = list_warc_files(config.data_root, config.snapshot,
                            file_slice=parse_slice(config.file_slice), limit=config.limit)
    # Workers already starting import and build the steps while the driver checks and plans.
    session.prepare(config, len(warcs))
    preflight(config)
    layout = Layout(config)
    make_root(config, layout)
    with RunLock(layout):
        check_config(config, layout, execution)
        if any(layout.storage.exists(f"{folder}/{name}")
               for folder in (Layout.TOKENS, *(f"{Layout.TOKENS}/{code}" for code in
                                               language_folders(layout.storage)))
               for name in (shards.MANIFEST_NAME, shards.PACK_PLAN_NAME)):
            raise RunError(f"{layout.url}: its shards were packed by `pipeline pack`, so no run "
                           f"can add to it; use another --output")
        if execution.ray_address is None:
            stop_stale_ray(ray_record_path(layout))
        # every folder of the run, dedup/ and per-language token folders included: a killed run
        # may have been writing anywhere (dedup/settings.json, tokens/<code>/..., logs/)
        layout.storage.remove_partial_files([""], recursive=True)
        run_marker = layout.done_marker("run")
        # Complete for these files; another --slice into the same output is new work.
        if (layout.is_done(run_marker) and layout.storage.exists("summary.json")
                and layout.read_marker(run_marker).get("files") == files_key(warcs)):
            print(f"pipeline: nothing to do: {layout.url} is complete ({len(warcs)} WARC files); "
                  f"Ray not started, no task submitted", flush=True)
            return Summary.from_json(json.loads(layout.storage.read_text("summary.json")))
        layout.make()
        write_config(config, layout, execution)
        started = time.time()
        progress = Progress(layout.storage).load()
        session.attach(layout)
        try:
            summary = _phases(session, config, warcs, layout, execution, progress)
        finally:
            session.close()  # inside the lock: the process record is this run's to remove
        print(f"pipeline: Ray tasks submitted: {session.tasks_submitted}"
              + ("" if session.started else " (Ray not started)"), flush=True)
        layout.storage.write_text("summary.json", json.dumps(summary.to_json(), indent=1))
        if summary.failed_files:
            return summary  # keep work/ and no run marker: the next run retries the failures
        if not execution.keep_work:
            layout.storage.remove_tree(Layout.WORK)
        # a worker killed while writing leaves its temporary file; Ray ran the task again, whole
        layout.storage.remove_partial_files([""], recursive=True)
        layout.mark_done(run_marker, {"seconds": round(time.time() - started, 1),
                                      "warc_files": len(warcs), "files": files_key(warcs)})
    return summary


def preflight(config: RunConfig) -> None:
    """A configuration mistake stops the run here, before any work starts, in one line: each
    step checks that what it needs (a model, a list, a tokenizer's ranks) is there."""
    for step in config.recipe.steps:
        try:
            step.step_class.preflight(step.settings)
        except (ValueError, OSError) as error:
            raise RunError(f"step {step.name}: {' '.join(str(error).split())}") from None


def _phases(session: RaySession, config: RunConfig, warcs: list[WarcFile], layout: Layout,
            execution: Execution, progress: Progress) -> Summary:
    """The three phases, each planned from `progress` so that only what is left is submitted
    (and Ray started only then)."""
    summary = Summary(order=("read", *(step.name for step in config.recipe.steps)))
    failed = 0
    total = len(warcs)
    per_file, global_step, after = config.recipe.split()

    # --- phase 1: read and filter each WARC file ---
    todo = [w for w in warcs if w.index not in progress.filtered]
    print(f"pipeline: read+filter: {len(todo)} of {total} WARC files to do", flush=True)
    if todo:
        shared = session.share(config)
        try:  # what finished is recorded even when the run is interrupted
            for warc, part, error in session.each(
                    filter_warc_file, todo,
                    lambda w: (shared, w, session.step_pools(config.recipe)), "read+filter"):
                if error is None:
                    progress.add_filtered(warc.index, part)
                else:
                    summary.merge(record_failed_file(layout, config, warc, error))
                    failed += 1
        finally:
            progress.flush()
    summary.merge(progress.filter_total)
    usable = sorted((w for w in warcs if w.index in progress.filtered), key=lambda w: w.index)

    # --- phase 2: the global step's cross-file part (near-duplicates) ---
    # Dedup partitions change how work/ is cut, never the output; a resumed run keeps the count
    # its earlier dedup used. A dedup result is reused only for the same set of files.
    dedup_key = files_key(usable) if global_step is not None else None
    dedup_marker = layout.done_marker("dedup")
    previous = layout.read_marker(dedup_marker) if layout.is_done(dedup_marker) else {}
    partitions = (previous.get("partitions") or execution.dedup_partitions
                  or auto_partitions(len(warcs)))
    if global_step is not None and usable and previous.get("files") != dedup_key:
        print(f"pipeline: {global_step.name}: over {len(usable)} WARC files", flush=True)
        # Band groups written by an earlier dedup over another set of this run's files (one
        # failed then) would count their files twice: remove them first. The marker lists every
        # group this run may have written until the new dedup is complete. A group is stale
        # when it holds one of this run's files but is not one of this run's groups; groups of
        # other --slice runs into the output (none of these files) stay.
        step = global_dedup.FILES_PER_BAND_GROUP
        chunks = [[w.index for w in usable[i:i + step]] for i in range(0, len(usable), step)]
        groups = {global_dedup.group_name(chunk): chunk for chunk in chunks}
        earlier = previous.get("groups") or {}
        ours = {w.index for w in usable}
        stale = sorted(name for name, files in earlier.items()
                       if name not in groups and ours & set(files))
        kept = {name: files for name, files in earlier.items() if name not in stale}
        layout.mark_done(dedup_marker, {"partitions": partitions, "files": None,
                                        "groups": earlier | groups})
        for name in stale:
            layout.storage.remove_tree(f"{global_dedup.GROUPS}/{name}")
        dedup_schedule(session, layout, partitions, usable, execution)
        layout.mark_done(dedup_marker, {"partitions": partitions, "files": dedup_key,
                                        "groups": kept | groups, "warc_files": len(usable)})
    elif global_step is not None:
        print(f"pipeline: {global_step.name}: up to date", flush=True)

    # --- phase 3: finish each WARC file ---
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
    label = "+".join(s.name for s in ((global_step,) if global_step else ()) + after)
    print(f"pipeline: {label}: {len(todo) - checks} of {len(usable)} WARC files to do, "
          f"{checks} finished with another dedup result to check", flush=True)
    if todo:
        shared = session.share(config)
        changed = 0
        try:
            for (warc, labels), part, error in session.each(
                    finish_warc_file, todo,
                    lambda item: (shared, item[0], partitions, item[1],
                                  session.step_pools(config.recipe)), label):
                if error is None:
                    progress.add_finished(warc.index, dedup_key, part["labels"], part["summary"])
                    changed += labels is not None and part["summary"] is not None
                else:
                    # Its outputs (if any) are from another dedup result: the next run redoes it.
                    progress.add_finished(warc.index, None, None, {})
                    summary.merge(record_failed_file(layout, config, warc, error, phase="finish"))
                    failed += 1
        finally:
            progress.flush()
        if checks:
            print(f"pipeline: {changed} of {checks} checked files had new dedup decisions and "
                  f"were finished again", flush=True)
    summary.merge(progress.finish_total())
    summary.failed_files = failed
    return summary


def dedup_schedule(session: RaySession, layout: Layout, partitions: int,
                   warcs: list[WarcFile], execution: Execution) -> None:
    """The cross-file part of dedup (pipeline/dedup.py), each line a set of tasks that all
    finish before the next: band groups -> buckets -> verified pairs -> components
    (large-star/small-star rounds) -> survivors -> verdicts. The index under dedup/ is shared
    with earlier runs into this output (other --slice ranges)."""
    d, storage = global_dedup, layout.storage
    if not warcs:
        return
    settings, _ = d.index_settings(storage)
    partitions = d.fix_partitions(storage, partitions)
    new_files = session.share(np.array(sorted(w.index for w in warcs), dtype=np.int64))
    step = d.FILES_PER_BAND_GROUP
    session.map(d.group_bands, [(storage, partitions, [w.index for w in warcs[i:i + step]])
                                for i in range(0, len(warcs), step)])
    groups = d.existing_groups(storage)  # this run's and every earlier run's
    for work in (d.bucket, d.attach, d.verify):
        arguments = (groups, new_files, settings) if work is d.bucket else (new_files, settings)
        session.map(work, [(storage, partitions, p, *arguments) for p in range(partitions)])
    storage.remove_tree(d.CANDIDATES)
    storage.remove_tree(d.ATTACHED)
    bar = progress_bar(None, "dedup: component rounds", execution.progress, unit=" rounds")
    try:
        step_number, _ = dedup_components(session, storage, partitions, settings.max_rounds, bar)
    finally:
        bar.close()
    for work, arguments in ((d.route, (step_number,)), (d.survivors, (new_files, settings.survivors)),
                            (d.write_verdicts, ([w.index for w in warcs],))):
        session.map(work, [(storage, partitions, p, *arguments) for p in range(partitions)])


def dedup_components(session: RaySession, storage, partitions: int, max_rounds: int,
                     bar) -> tuple[int, int]:
    """Large-star / small-star rounds over the verified edges in work/dedup/components/0000
    until a round changes nothing; each step's files are deleted once the next step has read
    them. Returns (the last step's number, rounds); a round limit is a one-line RunError."""
    d = global_dedup
    step_number, rounds = 0, 0
    while True:
        changed = 0
        for _ in range(2):  # large-star, small-star
            changed += sum(session.map(d.component_step, [(storage, partitions, step_number, q)
                                                          for q in range(partitions)]))
            storage.remove_tree(f"{d.COMPONENTS}/{step_number:04d}")  # read by every task
            step_number += 1
        rounds += 1
        bar.update(1)
        bar.set_postfix(changed=changed)
        if changed == 0:
            return step_number, rounds
        if rounds >= max_rounds:
            raise RunError(str(dedup_core.round_limit_error(max_rounds, changed)))
