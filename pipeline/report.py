"""Statistics a person can read: the funnel, drop reasons, languages, near-duplicate clusters, PII,
tokens and domains of one run, aggregated with pyarrow from its `stats/*.parquet` (README.md,
"Statistics schema"). `pipeline stats` prints them, `pipeline report` writes them with matplotlib
figures as one self-contained HTML file, and notebooks/filter_stats.ipynb calls the same functions.

Every table here is a small `pyarrow.Table` computed with column projection and `group_by`, so a run
of any size is summarised without loading its text or looping over rows in Python.
"""
from __future__ import annotations

import argparse
import base64
import html
import io
import json
import math
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from pipeline.stats import STAGES
from stages import STEPS

MB = 1e6  # the funnel's unit, as in `pipeline run`'s summary
DEDUP_SAMPLE_NOTE = "text of the kept document of its near-duplicate cluster"
NO_TEXT_NOTE = "no text: the run stores none for records dropped before dedup"
REPORT_HINT = "pip install -e '.[report]'"


class RunFolderError(ValueError):
    """A folder that is not the output of `pipeline run` (the message names what is missing)."""


@dataclass(frozen=True)
class Run:
    """One run's output folder, `out/<SNAPSHOT>/`: its stats rows, config and summary."""

    path: Path

    @classmethod
    def open(cls, path: str | Path) -> "Run":
        path = Path(path)
        if not path.is_dir():
            raise RunFolderError(f"{path}: no such folder (expected a run's output, "
                                 f"e.g. out/CC-MAIN-2024-10)")
        stats = path / "stats"
        if not stats.is_dir() or not any(stats.glob("*.parquet")):
            hint = ""
            inner = sorted(p.name for p in path.iterdir() if (p / "stats").is_dir())
            if inner:
                hint = f"; did you mean {path / inner[0]}?"
            missing = "stats/" if not stats.is_dir() else "stats/*.parquet"
            raise RunFolderError(f"{path}: not a run output folder: no {missing} "
                                 f"(written by `pipeline run`){hint}")
        return cls(path)

    @property
    def name(self) -> str:
        return self.path.name

    @cached_property
    def stats_files(self) -> list[str]:
        # Explicit list: a writer's `.name.parquet.tmp` must never be read as a finished file.
        return [str(p) for p in sorted((self.path / "stats").glob("*.parquet"))]

    def rows(self, columns: Iterable[str], stages: Iterable[str] | None = None,
             dropped_only: bool = False) -> pa.Table:
        """Stats rows, only `columns`, only `stages` (pushed down to the Parquet reader)."""
        condition = None
        if stages is not None:
            condition = pc.field("stage").isin(list(stages))
        if dropped_only:
            dropped = pc.field("kept") == False  # noqa: E712  (an Arrow expression, not a bool)
            condition = dropped if condition is None else condition & dropped
        dataset = ds.dataset(self.stats_files, format="parquet")
        return dataset.to_table(columns=list(columns), filter=condition)

    @cached_property
    def config(self) -> dict:
        return _read_json(self.path / "config.json")

    @cached_property
    def summary(self) -> dict:
        """summary.json (absent while a run is unfinished): only its CPU seconds are used here."""
        return _read_json(self.path / "summary.json")

    def documents(self, columns: list[str], doc_ids: list[int]) -> pa.Table:
        # one folder, or one per language (docs/languages.md)
        files = [str(p) for p in sorted([*(self.path / "documents").glob("*.parquet"),
                                         *(self.path / "documents").glob("*/*.parquet")])]
        if not files or not doc_ids:
            return pa.table({c: [] for c in columns})
        dataset = ds.dataset(files, format="parquet")
        return dataset.to_table(columns=columns, filter=pc.field("doc_id").isin(doc_ids))


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as error:
        raise RunFolderError(f"{path}: not valid JSON ({error}); re-run `pipeline run` on the "
                             f"same output folder to rewrite it") from None


def _as_run(run: "Run | str | Path") -> Run:
    return run if isinstance(run, Run) else Run.open(run)


def _stage_order(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else len(STAGES)


# ---------------------------------------------------------------------------------------------
# Tables


def funnel(run: Run | str | Path) -> pa.Table:
    """Per stage: records and bytes in and kept, tokens written, CPU seconds (from summary.json)."""
    run = _as_run(run)
    rows = run.rows(["stage", "kept", "bytes_in", "bytes_out", "tokens"])
    rows = rows.append_column("kept_n", pc.cast(rows["kept"], pa.int64()))
    grouped = rows.group_by("stage").aggregate([
        ("kept", "count"), ("kept_n", "sum"), ("bytes_in", "sum"), ("bytes_out", "sum"),
        ("tokens", "sum")]).to_pylist()
    by_stage = {g["stage"]: g for g in grouped}
    columns: dict[str, list] = {name: [] for name in (
        "stage", "records_in", "records_kept", "records_dropped", "bytes_in", "bytes_kept",
        "tokens", "cpu_seconds")}
    for stage in sorted(by_stage, key=_stage_order):
        g = by_stage[stage]
        seconds = run.summary.get(stage, {}).get("seconds")
        records_kept = g["kept_n_sum"] or 0
        columns["stage"].append(stage)
        columns["records_in"].append(g["kept_count"])
        columns["records_kept"].append(records_kept)
        columns["records_dropped"].append(g["kept_count"] - records_kept)
        columns["bytes_in"].append(g["bytes_in_sum"] or 0)
        columns["bytes_kept"].append(g["bytes_out_sum"] or 0)  # bytes_out is null when dropped
        columns["tokens"].append(g["tokens_sum"] or 0)
        columns["cpu_seconds"].append(None if seconds is None else float(seconds))
    return pa.table(columns, schema=pa.schema([
        ("stage", pa.string()), ("records_in", pa.int64()), ("records_kept", pa.int64()),
        ("records_dropped", pa.int64()), ("bytes_in", pa.int64()), ("bytes_kept", pa.int64()),
        ("tokens", pa.int64()), ("cpu_seconds", pa.float64())]))


def tokens_written(funnel_table: pa.Table) -> int:
    return sum(funnel_table["tokens"].to_pylist())


def drop_reasons(run: Run | str | Path) -> pa.Table:
    """Every `stage/reason` with its record count, stages in pipeline order, largest first within
    a stage; `share_of_stage` is the fraction of the records entering that stage."""
    run = _as_run(run)
    dropped = run.rows(["stage", "reason"], dropped_only=True)
    counts = dropped.group_by(["stage", "reason"]).aggregate([("stage", "count")]).to_pylist()
    entering = {g["stage"]: g["stage_count"] for g in run.rows(["stage"]).group_by(
        "stage").aggregate([("stage", "count")]).to_pylist()}
    counts.sort(key=lambda g: (_stage_order(g["stage"]), -g["stage_count"], g["reason"] or ""))
    return pa.table({
        "stage": [g["stage"] for g in counts],
        "reason": [g["reason"] or "unknown" for g in counts],
        "records": pa.array([g["stage_count"] for g in counts], pa.int64()),
        "share_of_stage": pa.array([g["stage_count"] / entering[g["stage"]] for g in counts],
                                   pa.float64()),
    })


def top_reasons(reasons: pa.Table, top: int | None = None) -> pa.Table:
    """The largest drop reasons over all stages, largest first (ties in pipeline order)."""
    rows = sorted(range(reasons.num_rows), key=lambda i: (
        -reasons["records"][i].as_py(), _stage_order(reasons["stage"][i].as_py()),
        reasons["reason"][i].as_py()))
    return reasons.take(pa.array(rows[:top] if top is not None else rows, pa.int64()))


def language_counts(run: Run | str | Path, top: int = 15) -> pa.Table:
    """Documents per fastText language entering the language filter (`before`) and kept by it
    (`after`); the `top` most frequent languages, the rest summed as `other`."""
    run = _as_run(run)
    rows = run.rows(["language", "kept"], stages=["langid"])
    rows = rows.append_column("kept_n", pc.cast(rows["kept"], pa.int64()))
    grouped = rows.group_by("language").aggregate([("kept", "count"), ("kept_n", "sum")])
    entries = sorted(((g["language"] or "unknown", g["kept_count"], g["kept_n_sum"] or 0)
                      for g in grouped.to_pylist()), key=lambda e: (-e[1], e[0]))
    head, tail = entries[:top], entries[top:]
    if tail:
        head.append(("other", sum(e[1] for e in tail), sum(e[2] for e in tail)))
    return pa.table({"language": [e[0] for e in head],
                     "before": pa.array([e[1] for e in head], pa.int64()),
                     "after": pa.array([e[2] for e in head], pa.int64())})


def language_funnel(run: Run | str | Path, top_reasons_per_language: int = 3) -> pa.Table:
    """Per language (the `langid` rows' language_script, FineWeb-2's codes; `language` for runs
    made before it): documents identified, kept by langid, kept at the end (tokenized), tokens,
    and its largest drop reasons (`stage/reason count`, langid's included), largest language
    first. The stats rows of the steps after langid are joined to the language by doc_id."""
    run = _as_run(run)
    names = ds.dataset(run.stats_files, format="parquet").schema.names
    column = "language_script" if "language_script" in names else "language"
    if column not in names:
        return pa.table({"language": pa.array([], pa.string())})
    languages = run.rows(["doc_id", column, "kept"], stages=["langid"])
    languages = pa.table({"doc_id": languages["doc_id"],
                          "language": pc.fill_null(languages[column], "unknown"),
                          "langid_kept": pc.cast(languages["kept"], pa.int64())})
    later = [stage for stage in STAGES if _stage_order(stage) > _stage_order("langid")]
    rows = run.rows(["doc_id", "stage", "kept", "reason", "tokens"], stages=later)
    rows = rows.join(languages.select(["doc_id", "language"]), "doc_id", join_type="inner")
    per_language = {g["language"]: g for g in languages.group_by("language").aggregate(
        [("langid_kept", "count"), ("langid_kept", "sum")]).to_pylist()}
    final = rows.filter(pc.and_(pc.equal(rows["stage"], "tokenize"), rows["kept"]))
    done = {g["language"]: g for g in final.group_by("language").aggregate(
        [("doc_id", "count"), ("tokens", "sum")]).to_pylist()}
    dropped = run.rows(["doc_id", "stage", "reason"], dropped_only=True,
                       stages=["langid", *later]).join(
        languages.select(["doc_id", "language"]), "doc_id", join_type="inner")
    reasons: dict[str, list] = {}
    for g in dropped.group_by(["language", "stage", "reason"]).aggregate(
            [("doc_id", "count")]).to_pylist():
        reasons.setdefault(g["language"], []).append(
            (-g["doc_id_count"], _stage_order(g["stage"]), f"{g['stage']}/{g['reason']}"))
    order = sorted(per_language, key=lambda lang: (-per_language[lang]["langid_kept_count"], lang))
    top = {lang: ", ".join(f"{name} {-count}" for count, _, name in
                           sorted(reasons.get(lang, []))[:top_reasons_per_language])
           for lang in order}
    return pa.table({
        "language": pa.array(order, pa.string()),
        "identified": pa.array([per_language[x]["langid_kept_count"] for x in order], pa.int64()),
        "kept_by_langid": pa.array([per_language[x]["langid_kept_sum"] or 0 for x in order],
                                   pa.int64()),
        "kept": pa.array([done.get(x, {}).get("doc_id_count", 0) for x in order], pa.int64()),
        "tokens": pa.array([done.get(x, {}).get("tokens_sum") or 0 for x in order], pa.int64()),
        "top_reasons": pa.array([top[x] for x in order], pa.string()),
    })


def format_language_funnel(table: pa.Table, top: int = 15) -> str:
    rows = table.to_pylist()
    if not rows:
        return "no langid rows"
    shown = rows[:top]
    lines = [f"{'language':<10} {'identified':>10} {'langid kept':>11} {'kept':>8} "
             f"{'tokens':>12}  top drop reasons"]
    for r in shown:
        lines.append(f"{r['language']:<10} {r['identified']:>10,} {r['kept_by_langid']:>11,} "
                     f"{r['kept']:>8,} {r['tokens']:>12,}  {r['top_reasons']}")
    if len(rows) > top:
        rest = rows[top:]
        lines.append(f"{f'+{len(rest)} more':<10} {sum(r['identified'] for r in rest):>10,} "
                     f"{sum(r['kept_by_langid'] for r in rest):>11,} "
                     f"{sum(r['kept'] for r in rest):>8,} {sum(r['tokens'] for r in rest):>12,}")
    return "\n".join(lines)


def language_score_histogram(run: Run | str | Path, bins: int = 40) -> pa.Table:
    """Histogram of fastText scores at the language filter, split by outcome (`kept`, or the drop
    reason): columns bin_low, bin_high, outcome, documents (bins over [0, 1])."""
    run = _as_run(run)
    rows = run.rows(["language_score", "kept", "reason"], stages=["langid"])
    scores = pc.fill_null(pc.cast(rows["language_score"], pa.float64()), 0.0)
    index = pc.min_element_wise(pc.cast(pc.floor(pc.multiply(scores, bins)), pa.int64()), bins - 1)
    outcome = pc.if_else(rows["kept"], "kept", pc.fill_null(rows["reason"], "unknown"))
    table = pa.table({"bin": index, "outcome": outcome})
    grouped = table.group_by(["bin", "outcome"]).aggregate([("bin", "count")]).to_pylist()
    grouped.sort(key=lambda g: (g["bin"], g["outcome"]))
    return pa.table({
        "bin_low": pa.array([g["bin"] / bins for g in grouped], pa.float64()),
        "bin_high": pa.array([(g["bin"] + 1) / bins for g in grouped], pa.float64()),
        "outcome": pa.array([g["outcome"] for g in grouped], pa.string()),
        "documents": pa.array([g["bin_count"] for g in grouped], pa.int64()),
    })


def step_settings(run: Run | str | Path, step: str) -> dict:
    """One recipe step's settings from the run's config.json ({} when the recipe lacks it)."""
    config = _as_run(run).config
    for entry in config.get("recipe") or []:
        if entry.get("step") == step:
            return entry
    return config.get(step, {})  # config.json of runs made before recipes


def min_language_score(run: Run | str | Path) -> float | None:
    return step_settings(run, "langid").get("min_score")


@dataclass(frozen=True)
class DedupSummary:
    documents_in: int       # documents entering dedup
    removed: int            # dropped as near_duplicate
    clusters: int           # near-duplicate clusters (2 or more documents)
    in_clusters: int        # documents in those clusters, kept ones included
    sizes: pa.Table         # cluster_size, clusters (size 1: documents without a near-duplicate)

    @property
    def removed_share(self) -> float:
        return self.removed / self.documents_in if self.documents_in else 0.0


def dedup_clusters(run: Run | str | Path) -> DedupSummary:
    """Near-duplicate cluster sizes: a cluster is a kept document and the removed dedup rows whose
    `dup_cluster` names it (a kept document's own row may carry no cluster: copies of it can come
    in a later slice); a kept document nothing names is a cluster of 1."""
    run = _as_run(run)
    rows = run.rows(["dup_cluster", "kept"], stages=["dedup"])
    documents_in = rows.num_rows
    removed = documents_in - int(pc.sum(pc.cast(rows["kept"], pa.int64())).as_py() or 0)
    copies = rows.filter(pc.and_(pc.invert(rows["kept"]), pc.is_valid(rows["dup_cluster"])))
    per_cluster = copies.group_by("dup_cluster").aggregate([("dup_cluster", "count")])
    sizes = per_cluster.group_by("dup_cluster_count").aggregate(
        [("dup_cluster_count", "count")]).to_pylist()
    size_counts = {g["dup_cluster_count"] + 1: g["dup_cluster_count_count"] for g in sizes}
    singletons = documents_in - removed - per_cluster.num_rows
    if singletons > 0:
        size_counts[1] = size_counts.get(1, 0) + singletons
    ordered = sorted(size_counts.items())
    return DedupSummary(
        documents_in=documents_in, removed=removed, clusters=per_cluster.num_rows,
        in_clusters=copies.num_rows + per_cluster.num_rows,
        sizes=pa.table({"cluster_size": pa.array([s for s, _ in ordered], pa.int64()),
                        "clusters": pa.array([n for _, n in ordered], pa.int64())}))


def cluster_sizes(run: Run | str | Path) -> pa.Table:
    """doc_id and minhash_cluster_size of every kept document with a near-duplicate, counted
    over the whole output: every run into it (every --slice) included. A document's own
    `minhash_cluster_size` column counts the copies of the runs up to its own; for an output made
    by one run the two agree. From the `dedup` statistics rows (the removed ones name their kept
    document in `dup_cluster`): a pyarrow group-by over the removed documents."""
    run = _as_run(run)
    rows = run.rows(["dup_cluster", "kept"], stages=["dedup"], dropped_only=True)
    rows = rows.filter(pc.is_valid(rows["dup_cluster"]))
    grouped = rows.group_by("dup_cluster").aggregate([("dup_cluster", "count")])
    order = pc.sort_indices(grouped["dup_cluster"])
    return pa.table({"doc_id": pc.take(grouped["dup_cluster"], order),
                     "minhash_cluster_size": pc.add(pc.take(grouped["dup_cluster_count"], order),
                                                    1)})


def pii_by_type(run: Run | str | Path) -> tuple[pa.Table, int]:
    """Replacements per presidio entity type (and documents with at least one), largest first;
    with the number of documents the PII stage scanned."""
    run = _as_run(run)
    rows = run.rows(["pii_counts"], stages=["pii"])
    item = pa.struct([pa.field("key", pa.string()), pa.field("value", pa.int32())])
    entries = pc.list_flatten(rows["pii_counts"].cast(pa.list_(item)))
    if len(entries):
        flat = pa.table({"entity": pc.struct_field(entries, "key"),
                         "replacements": pc.cast(pc.struct_field(entries, "value"), pa.int64())})
        flat = flat.filter(pc.greater(flat["replacements"], 0))
        grouped = flat.group_by("entity").aggregate([("replacements", "sum"),
                                                     ("replacements", "count")]).to_pylist()
    else:
        grouped = []
    grouped.sort(key=lambda g: (-g["replacements_sum"], g["entity"]))
    return pa.table({
        "entity": pa.array([g["entity"] for g in grouped], pa.string()),
        "replacements": pa.array([g["replacements_sum"] for g in grouped], pa.int64()),
        "documents": pa.array([g["replacements_count"] for g in grouped], pa.int64()),
    }), rows.num_rows


@dataclass(frozen=True)
class TokenSummary:
    documents: int
    total: int
    mean: float
    quantiles: dict[str, int]   # p10, p50, p90, p99
    minimum: int
    maximum: int
    histogram: pa.Table         # bin_low, bin_high (tokens, log-spaced), documents


def tokens_per_document(run: Run | str | Path, bins_per_decade: int = 10) -> TokenSummary:
    """Tokens written per document (EOT included), from the `tokenize` rows."""
    run = _as_run(run)
    rows = run.rows(["tokens"], stages=["tokenize"]).filter(pc.field("tokens").is_valid())
    tokens = rows["tokens"]
    if not len(tokens):
        return TokenSummary(0, 0, 0.0, {}, 0, 0, pa.table({"bin_low": pa.array([], pa.float64()),
                                                          "bin_high": pa.array([], pa.float64()),
                                                          "documents": pa.array([], pa.int64())}))
    levels = [0.1, 0.5, 0.9, 0.99]
    values = pc.quantile(tokens, q=levels, interpolation="nearest").to_pylist()
    quantiles = {f"p{round(q * 100)}": int(v) for q, v in zip(levels, values)}
    log = pc.log10(pc.max_element_wise(pc.cast(tokens, pa.float64()), 1.0))
    index = pc.cast(pc.floor(pc.multiply(log, bins_per_decade)), pa.int64())
    grouped = pa.table({"bin": index}).group_by("bin").aggregate([("bin", "count")]).to_pylist()
    grouped.sort(key=lambda g: g["bin"])
    histogram = pa.table({
        "bin_low": pa.array([10 ** (g["bin"] / bins_per_decade) for g in grouped], pa.float64()),
        "bin_high": pa.array([10 ** ((g["bin"] + 1) / bins_per_decade) for g in grouped],
                             pa.float64()),
        "documents": pa.array([g["bin_count"] for g in grouped], pa.int64())})
    min_max = pc.min_max(tokens).as_py()
    return TokenSummary(documents=len(tokens), total=int(pc.sum(tokens).as_py()),
                        mean=float(pc.mean(tokens).as_py()), quantiles=quantiles,
                        minimum=int(min_max["min"]), maximum=int(min_max["max"]),
                        histogram=histogram)


@dataclass(frozen=True)
class ScoreHistogram:
    """One score column of a step that has a `threshold` setting (a classifier's score), at that
    step: how the documents entering it spread over the score, split by the step's outcome."""

    stage: str
    column: str
    threshold: float            # the step's `threshold` setting
    cut: float | None           # where the threshold falls on this column (None: not on it)
    annotate_only: bool
    documents: int
    at_or_above: int            # documents whose score is >= cut (0 without a cut)
    low: float                  # the histogram's range: [0, 1] for a probability, else the
    high: float                 # scores' range widened to whole numbers
    bins: pa.Table              # bin_low, bin_high, outcome ("kept" or the reason), documents


def _threshold_cuts(entry: dict, float_columns: list[str]) -> tuple[str, dict[str, float]] | None:
    """(stage, {column: cut}) of a recipe entry with a numeric `threshold`: the step class's
    `threshold_cuts(settings)` when it has one (where the threshold falls on each score it
    writes), else the threshold itself on each of its float columns."""
    threshold = entry.get("threshold")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        return None
    ref = entry.get("step", "")
    stage, cuts = ref, {column: float(threshold) for column in float_columns}
    try:
        from stages import step_class

        cls = step_class(ref)
        stage = cls.name if ":" in ref else ref
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()
                  if k != "step"}
        cuts = dict(cls.threshold_cuts(cls.Settings(**values))) or cuts
    except Exception:  # noqa: BLE001 - a step not importable here: the threshold as it is
        pass
    return stage, cuts


def score_histograms(run: Run | str | Path, bins: int = 20) -> list[ScoreHistogram]:
    """A histogram of every float annotation that a step with a `threshold` setting writes (the
    classifiers' scores), with the threshold's cut; no code per step: the recipe in config.json
    says which steps have a threshold, the statistics' schema which columns are floats."""
    run = _as_run(run)
    schema = ds.dataset(run.stats_files, format="parquet").schema
    floats = [f.name for f in schema if pa.types.is_floating(f.type)]
    found = []
    for entry in run.config.get("recipe") or []:
        located = _threshold_cuts(entry, floats)
        if located is None:
            continue
        stage, cuts = located
        for column in floats:
            rows = run.rows([column, "kept", "reason"], stages=[stage]).filter(
                pc.field(column).is_valid())
            if not rows.num_rows:
                continue
            values = pc.cast(rows[column], pa.float64())
            low, high = (pc.min_max(values).as_py()[k] for k in ("min", "max"))
            if low >= 0.0 and high <= 1.0:
                low, high = 0.0, 1.0  # a probability: its whole range
            else:
                low, high = float(math.floor(low)), float(math.ceil(high))
                high = high if high > low else low + 1.0
            width = (high - low) / bins
            index = pc.min_element_wise(pc.cast(pc.floor(pc.divide(
                pc.subtract(values, low), width)), pa.int64()), bins - 1)
            outcome = pc.if_else(rows["kept"], "kept", pc.fill_null(rows["reason"], "unknown"))
            grouped = pa.table({"bin": index, "outcome": outcome}).group_by(
                ["bin", "outcome"]).aggregate([("bin", "count")]).to_pylist()
            grouped.sort(key=lambda g: (g["bin"], g["outcome"] != "kept", g["outcome"]))
            cut = cuts.get(column)
            above = 0 if cut is None else int(pc.sum(pc.greater_equal(values, cut)).as_py() or 0)
            found.append(ScoreHistogram(
                stage=stage, column=column, threshold=float(entry["threshold"]), cut=cut,
                annotate_only=bool(entry.get("annotate_only", False)), documents=rows.num_rows,
                at_or_above=above, low=low, high=high, bins=pa.table({
                    "bin_low": pa.array([low + g["bin"] * width for g in grouped], pa.float64()),
                    "bin_high": pa.array([low + (g["bin"] + 1) * width for g in grouped],
                                         pa.float64()),
                    "outcome": pa.array([g["outcome"] for g in grouped], pa.string()),
                    "documents": pa.array([g["bin_count"] for g in grouped], pa.int64())})))
    return found


def describe_cut(histogram: ScoreHistogram) -> str:
    """`threshold 3 (edu_score >= 2.5): 12 of 116 documents (10.3%)`, or why there is none."""
    if histogram.cut is None:
        return f"threshold {histogram.threshold:g} applies to another column"
    where = "" if histogram.cut == histogram.threshold else (
        f" ({histogram.column} >= {histogram.cut:g})")
    share = histogram.at_or_above / histogram.documents if histogram.documents else 0.0
    verb = "would keep" if histogram.annotate_only else "keeps"
    return (f"threshold {histogram.threshold:g}{where} {verb} {histogram.at_or_above:,} of "
            f"{histogram.documents:,} documents ({_fmt_pct(share)})"
            + (" (annotate_only: nothing dropped)" if histogram.annotate_only else ""))


def format_score_histogram(histogram: ScoreHistogram, bins: int = 10) -> str:
    """A text histogram (`bins` rows) of one score, the cut marked."""
    rows = histogram.bins.to_pylist()
    low, high = histogram.low, histogram.high
    width = (high - low) / bins
    counts = [[0, 0] for _ in range(bins)]  # kept, dropped
    for r in rows:
        middle = (r["bin_low"] + r["bin_high"]) / 2
        slot = min(bins - 1, max(0, int((middle - low) // width)))
        counts[slot][0 if r["outcome"] == "kept" else 1] += r["documents"]
    most = max(max(k + d for k, d in counts), 1)
    lines = [f"{histogram.stage}.{histogram.column}: {describe_cut(histogram)}"]
    for slot, (kept, dropped) in enumerate(counts):
        start, end = low + slot * width, low + (slot + 1) * width
        mark = " <- cut" if histogram.cut is not None and start <= histogram.cut < end else ""
        bar = "#" * round(30 * kept / most) + "-" * round(30 * dropped / most)
        lines.append(f"  [{start:>7.3g}, {end:>7.3g})  kept {kept:>7,}  dropped {dropped:>7,}  "
                     f"{bar}{mark}")
    return "\n".join(lines)


# scheme://[user@]host[:port]/... ; the host lower-cased and without a leading "www."
_HOST = r"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(?P<host>[^/:?#]+)"


def _domains(urls: pa.ChunkedArray) -> pa.ChunkedArray:
    hosts = pc.struct_field(pc.extract_regex(pc.fill_null(urls, ""), _HOST), "host")
    hosts = pc.replace_substring_regex(pc.utf8_lower(hosts), r"^www\.", "")
    return pc.fill_null(hosts, "(no url)")


def top_domains(run: Run | str | Path, top: int = 15) -> tuple[pa.Table, pa.Table]:
    """The domains (host without `www.`) with most documents kept (tokenized, with their tokens)
    and most documents removed (any stage; with the domain's most frequent reason). Records that
    are not pages (`read/not_response`: requests, metadata) and file-level rows (no url) are not
    counted as removed."""
    run = _as_run(run)
    kept = run.rows(["url", "tokens"], stages=["tokenize"])
    kept = pa.table({"domain": _domains(kept["url"]), "tokens": pc.fill_null(kept["tokens"], 0)})
    kept_grouped = kept.group_by("domain").aggregate([("domain", "count"), ("tokens", "sum")])
    kept_rows = sorted(kept_grouped.to_pylist(), key=lambda g: (-g["domain_count"], g["domain"]))
    kept_rows = kept_rows[:top]
    kept_table = pa.table({
        "domain": pa.array([g["domain"] for g in kept_rows], pa.string()),
        "documents": pa.array([g["domain_count"] for g in kept_rows], pa.int64()),
        "tokens": pa.array([g["tokens_sum"] for g in kept_rows], pa.int64())})

    dropped = run.rows(["url", "stage", "reason"], dropped_only=True)
    pages = pc.invert(pc.and_(pc.equal(dropped["stage"], "read"),
                              pc.equal(pc.fill_null(dropped["reason"], ""), "not_response")))
    dropped = dropped.filter(pc.and_(pages, pc.is_valid(dropped["url"])))  # file rows: no url
    dropped = pa.table({"domain": _domains(dropped["url"]),
                        "why": pc.binary_join_element_wise(
                            dropped["stage"], pc.fill_null(dropped["reason"], "unknown"), "/")})
    per_reason = dropped.group_by(["domain", "why"]).aggregate([("why", "count")]).to_pylist()
    totals: dict[str, int] = {}
    best: dict[str, tuple[int, str]] = {}
    for g in per_reason:  # one row per (domain, reason): small next to the rows themselves
        totals[g["domain"]] = totals.get(g["domain"], 0) + g["why_count"]
        if (g["why_count"], g["why"]) > best.get(g["domain"], (0, "")):
            best[g["domain"]] = (g["why_count"], g["why"])
    removed_rows = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    removed_table = pa.table({
        "domain": pa.array([d for d, _ in removed_rows], pa.string()),
        "documents": pa.array([n for _, n in removed_rows], pa.int64()),
        "top_reason": pa.array([best[d][1] for d, _ in removed_rows], pa.string())})
    return kept_table, removed_table


def removed_samples(run: Run | str | Path, per_reason: int = 3, lines: int = 3,
                    seed: int = 0) -> pa.Table:
    """A few dropped records per `stage/reason` (a seeded sample): url, detail, and text where the
    run has any. Text is stored only for documents that reach documents/, so a `dedup` removal
    shows the first lines of the kept document of its cluster (`text_source` says so); for the
    other stages there is no text to show."""
    import numpy as np

    run = _as_run(run)
    dropped = run.rows(["doc_id", "url", "stage", "reason", "detail", "dup_cluster"],
                       dropped_only=True)
    why = pc.binary_join_element_wise(dropped["stage"], pc.fill_null(dropped["reason"], "unknown"),
                                      "/")
    reasons = sorted(pc.unique(why).to_pylist(),
                     key=lambda w: (_stage_order(w.split("/")[0]), w))
    rng = np.random.default_rng(seed)
    chosen: list[np.ndarray] = []
    for reason in reasons:
        members = pc.indices_nonzero(pc.equal(why, reason)).to_numpy()
        chosen.append(np.sort(rng.choice(members, min(per_reason, len(members)), replace=False)))
    rows = np.concatenate(chosen) if chosen else np.array([], np.int64)
    picked = dropped.take(pa.array(rows, pa.int64())).to_pylist()

    clusters = sorted({r["dup_cluster"] for r in picked if r["dup_cluster"] is not None})
    kept_docs = {d["doc_id"]: d for d in run.documents(["doc_id", "url", "text"],
                                                       clusters).to_pylist()}
    columns: dict[str, list] = {name: [] for name in (
        "stage", "reason", "url", "detail", "text", "text_source")}
    for r in picked:
        text, source = "", NO_TEXT_NOTE
        kept_doc = kept_docs.get(r["dup_cluster"]) if r["dup_cluster"] is not None else None
        if kept_doc is not None:
            text = first_lines(kept_doc["text"], lines)
            source = f"{DEDUP_SAMPLE_NOTE} (doc_id {kept_doc['doc_id']}, {kept_doc['url']})"
        elif r["dup_cluster"] is not None:
            source = f"no text: kept document {r['dup_cluster']} not found in documents/"
        columns["stage"].append(r["stage"])
        columns["reason"].append(r["reason"] or "unknown")
        columns["url"].append(r["url"] or "")
        columns["detail"].append(r["detail"] or "")
        columns["text"].append(text)
        columns["text_source"].append(source)
    return pa.table(columns, schema=pa.schema([(name, pa.string()) for name in columns]))


def first_lines(text: str | None, lines: int = 3, width: int = 160) -> str:
    kept = [line.strip() for line in (text or "").splitlines() if line.strip()][:lines]
    return "\n".join(line if len(line) <= width else line[:width - 1] + "…" for line in kept)


# ---------------------------------------------------------------------------------------------
# Text tables (the terminal's and the notebook's printed form; tests parse it)


def _fmt_int(value) -> str:
    return "-" if value is None else f"{value:,}"


def _fmt_mb(value) -> str:
    return "-" if value is None else f"{value / MB:.2f}"


def _fmt_pct(value) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def text_table(headers: list[str], rows: list[list[str]], align: str | None = None) -> str:
    """Aligned columns; `align` has one 'l' or 'r' per column (default: first left, rest right)."""
    align = align or "l" + "r" * (len(headers) - 1)
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows)]
    out = []
    for row in [headers, *rows]:
        cells = [str(c).ljust(w) if a == "l" else str(c).rjust(w)
                 for c, w, a in zip(row, widths, align)]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


FUNNEL_HEADERS = ["stage", "records in", "kept", "dropped", "kept %", "MB in", "MB kept",
                  "tokens", "cpu s"]


def funnel_rows(funnel_table: pa.Table) -> list[list[str]]:
    rows = []
    for r in funnel_table.to_pylist():
        share = r["records_kept"] / r["records_in"] if r["records_in"] else None
        seconds = "-" if r["cpu_seconds"] is None else f"{r['cpu_seconds']:.1f}"
        rows.append([r["stage"], _fmt_int(r["records_in"]), _fmt_int(r["records_kept"]),
                     _fmt_int(r["records_dropped"]), _fmt_pct(share), _fmt_mb(r["bytes_in"]),
                     _fmt_mb(r["bytes_kept"]), _fmt_int(r["tokens"]) if r["tokens"] else "-",
                     seconds])
    return rows


def format_funnel(funnel_table: pa.Table) -> str:
    """The funnel as printed by `pipeline stats` and the notebook (one line per stage)."""
    return (text_table(FUNNEL_HEADERS, funnel_rows(funnel_table))
            + f"\ntokens written: {tokens_written(funnel_table):,}")


REASON_HEADERS = ["stage/reason", "records", "% of stage in"]


def reason_rows(reasons: pa.Table) -> list[list[str]]:
    return [[f"{r['stage']}/{r['reason']}", _fmt_int(r["records"]), _fmt_pct(r["share_of_stage"])]
            for r in reasons.to_pylist()]


def format_reasons(reasons: pa.Table) -> str:
    if not reasons.num_rows:
        return "(no record was dropped)"
    return text_table(REASON_HEADERS, reason_rows(reasons))


def format_stats(run: Run | str | Path, top: int = 10) -> str:
    run = _as_run(run)
    table = funnel(run)
    reasons = top_reasons(drop_reasons(run), top)
    dedup = dedup_clusters(run)
    parts = [f"run: {run.path}", *unfinished_note(run), "", format_funnel(table), "",
             f"top {min(top, reasons.num_rows)} drop reasons (largest first):",
             format_reasons(reasons)]
    languages = language_funnel(run)
    if languages.num_rows > 1:
        parts += ["", "per language (langid's language_script; kept = tokenized):",
                  format_language_funnel(languages, top=max(top, 15))]
    if dedup.documents_in:
        parts += ["", f"near-duplicates: {dedup.removed:,} of {dedup.documents_in:,} documents "
                      f"removed ({_fmt_pct(dedup.removed_share)}) from {dedup.clusters:,} "
                      f"clusters"]
    damaged = damaged_input(run)
    if damaged.num_rows:
        parts += ["", f"damaged input: {len(set(damaged['warc_file'].to_pylist())):,} WARC "
                      f"file(s), {damaged.num_rows:,} row(s); the records before the damage "
                      f"were read:",
                  text_table(["warc_file", "reason", "detail"],
                             [[f, f"read/{r}", d or ""] for f, r, d in zip(
                                 *(damaged[c].to_pylist() for c in damaged.column_names))][:top],
                             align="lll")]
        if damaged.num_rows > top:
            parts.append(f"... and {damaged.num_rows - top:,} more (--top to see more)")
    for histogram in score_histograms(run):
        parts += ["", format_score_histogram(histogram)]
    return "\n".join(parts)


DAMAGE_REASONS = ("truncated", "corrupt_record")


def damaged_input(run: Run | str | Path) -> pa.Table:
    """The read rows that name damaged input (a file cut short, a damaged stretch skipped), one
    per damage, by file: warc_file, reason, detail."""
    run = _as_run(run)
    rows = run.rows(["warc_file", "reason", "detail"], stages=["read"], dropped_only=True)
    rows = rows.filter(pc.field("reason").isin(list(DAMAGE_REASONS)))
    return rows.sort_by([("warc_file", "ascending")])


def unfinished_note(run: Run) -> list[str]:
    if (run.path / "summary.json").is_file():
        return []
    return ["note: no summary.json, the run has not finished: the numbers cover the work units "
            "finished so far"]


def _flatten(config: dict, prefix: str = "") -> dict[str, object]:
    """`a.b.c` keys; the recipe's steps as `<step>.<setting>` and its order as `recipe`."""
    flat: dict[str, object] = {}
    for key, value in config.items():
        name = f"{prefix}{key}"
        if key == "recipe" and not prefix and isinstance(value, list):
            flat["recipe"] = [step.get("step") for step in value]
            for step in value:
                flat.update(_flatten({k: v for k, v in step.items() if k != "step"},
                                     f"{step.get('step')}."))
        elif isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def config_changes(run_a: Run, run_b: Run) -> list[tuple[str, object, object]]:
    """Settings that differ between two runs' config.json (the output folder itself excluded)."""
    a, b = _flatten(run_a.config), _flatten(run_b.config)
    return [(key, a.get(key, "-"), b.get(key, "-")) for key in sorted(set(a) | set(b))
            if key != "output" and a.get(key, "-") != b.get(key, "-")]


def _delta(a: int | float | None, b: int | float | None, mb: bool = False) -> str:
    if a is None or b is None:
        return "-"
    diff = b - a
    if not diff:
        return "0"
    text = f"{diff / MB:+.2f}" if mb else f"{diff:+,}"
    if a:
        text += f" ({100 * diff / a:+.1f}%)"
    return text


def format_compare(run_a: Run | str | Path, run_b: Run | str | Path, top: int = 10) -> str:
    """Two runs side by side: what each stage kept in A and in B, and the drop reasons."""
    run_a, run_b = _as_run(run_a), _as_run(run_b)
    funnel_a = {r["stage"]: r for r in funnel(run_a).to_pylist()}
    funnel_b = {r["stage"]: r for r in funnel(run_b).to_pylist()}
    rows = []
    for stage in sorted(set(funnel_a) | set(funnel_b), key=_stage_order):
        a, b = funnel_a.get(stage, {}), funnel_b.get(stage, {})
        rows.append([stage, _fmt_int(a.get("records_in")), _fmt_int(b.get("records_in")),
                     _fmt_int(a.get("records_kept")), _fmt_int(b.get("records_kept")),
                     _delta(a.get("records_kept"), b.get("records_kept")),
                     _fmt_mb(a.get("bytes_kept")), _fmt_mb(b.get("bytes_kept")),
                     _delta(a.get("bytes_kept"), b.get("bytes_kept"), mb=True)])
    tokens_a = sum(r["tokens"] for r in funnel_a.values())
    tokens_b = sum(r["tokens"] for r in funnel_b.values())
    parts = [f"A: {run_a.path}", f"B: {run_b.path}", "",
             text_table(["stage", "A in", "B in", "A kept", "B kept", "kept B-A", "A MB kept",
                         "B MB kept", "MB kept B-A"], rows),
             f"tokens written: A {tokens_a:,}  B {tokens_b:,}  B-A {_delta(tokens_a, tokens_b)}"]

    reasons_a = {(r["stage"], r["reason"]): r["records"] for r in drop_reasons(run_a).to_pylist()}
    reasons_b = {(r["stage"], r["reason"]): r["records"] for r in drop_reasons(run_b).to_pylist()}
    keys = sorted(set(reasons_a) | set(reasons_b),
                  key=lambda k: (-max(reasons_a.get(k, 0), reasons_b.get(k, 0)), k))[:top]
    reason_table = [[f"{s}/{r}", _fmt_int(reasons_a.get((s, r), 0)),
                     _fmt_int(reasons_b.get((s, r), 0)),
                     _delta(reasons_a.get((s, r), 0), reasons_b.get((s, r), 0))]
                    for s, r in keys]
    parts += ["", f"top {len(keys)} drop reasons (largest in either run first):",
              text_table(["stage/reason", "A", "B", "B-A"], reason_table) if keys
              else "(no record was dropped in either run)"]
    changes = config_changes(run_a, run_b)
    parts += ["", "configuration changes (config.json):" if changes
              else "configuration: identical (config.json)"]
    if changes:
        parts.append(text_table(["setting", "A", "B"],
                                [[k, json.dumps(a), json.dumps(b)] for k, a, b in changes], "lll"))
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Figures (matplotlib, no pyplot: a Figure per call, nothing global, safe in a notebook or a
# headless process). Every axis label carries its unit in parentheses.

_PALETTE = ("#4c72b0", "#dd8452", "#8c8c8c", "#55a868", "#c44e52", "#8172b3", "#937860",
            "#da8bc3", "#ccb974", "#64b5cd", "#2f4f4f", "#b0724c")
STAGE_COLORS = dict(zip(("read", *STEPS), _PALETTE))  # the default steps keep theirs


def stage_color(stage: str) -> str:
    """A fixed colour per default step; any other step gets one from its name's hash."""
    import zlib

    return STAGE_COLORS.get(stage) or _PALETTE[zlib.crc32(stage.encode()) % len(_PALETTE)]


def _figure(width: float = 10, height: float = 4.5, ncols: int = 1):
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError(f"plots need matplotlib: {REPORT_HINT}") from None
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.subplots(1, ncols)
    return figure, axes


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666666")


def plot_funnel(funnel_table: pa.Table):
    """Records and MB left after each stage (first bar: what was read); tokens in the title.
    Horizontal bars, one row per stage: the stage names never overlap, however many steps a
    recipe has (tests/test_report.py checks every text's box at the report's and the notebook's
    sizes)."""
    rows = funnel_table.to_pylist()
    labels = ["input"] + [r["stage"] for r in rows]
    records = [rows[0]["records_in"] if rows else 0] + [r["records_kept"] for r in rows]
    megabytes = [(rows[0]["bytes_in"] if rows else 0) / MB] + [r["bytes_kept"] / MB for r in rows]
    colors = ["#999999"] + [stage_color(r["stage"]) for r in rows]
    figure, (records_ax, bytes_ax) = _figure(12, max(3.0, 0.3 * len(labels) + 1.8), ncols=2)
    positions = list(range(len(labels)))
    for ax, values, unit, fmt in ((records_ax, records, "records (count)", "{:,.0f}"),
                                  (bytes_ax, megabytes, "payload, then UTF-8 text (MB, 10^6 bytes)",
                                   "{:,.2f}")):
        bars = ax.barh(positions, values, color=colors, height=0.7)
        ax.bar_label(bars, labels=[fmt.format(v) for v in values], fontsize=8, padding=3)
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()  # pipeline order, top to bottom
        ax.set_ylabel("after stage (pipeline order)")
        ax.set_xlabel(unit)
        ax.margins(x=0.2)  # room for the value at the end of the longest bar
        ax.ticklabel_format(axis="x", style="plain", useOffset=False)
    records_ax.set_title("Records left after each stage")
    bytes_ax.set_title("Bytes left after each stage")
    tokens = tokens_written(funnel_table)
    figure.suptitle(f"Funnel: {records[0]:,} records read, {records[-1]:,} documents and "
                    f"{tokens:,} tokens written", fontweight="bold")
    return figure


def plot_reasons(reasons: pa.Table):
    """Dropped records per `stage/reason`, stages in pipeline order, largest first within each."""
    rows = reasons.to_pylist()
    figure, ax = _figure(10, max(3.0, 0.35 * len(rows) + 1.5))
    if rows:
        labels = [f"{r['stage']}/{r['reason']}" for r in rows]
        bars = ax.barh(labels, [r["records"] for r in rows],
                       color=[stage_color(r["stage"]) for r in rows])
        ax.bar_label(bars, labels=[f"{r['records']:,} ({_fmt_pct(r['share_of_stage'])} of stage)"
                                   for r in rows], fontsize=8, padding=3)
        ax.invert_yaxis()
        ax.margins(x=0.25)
    else:
        _empty(ax, "no record was dropped")
    ax.set_title("Removal reasons per stage (largest first within each stage)")
    ax.set_xlabel("records dropped (count)")
    ax.set_ylabel("stage/reason (drop reason name)")
    return figure


def plot_languages(counts: pa.Table, languages: Iterable[str] | None = None):
    rows = counts.to_pylist()
    figure, ax = _figure(10, max(3.0, 0.3 * len(rows) + 1.5))
    if rows:
        import numpy as np

        y = np.arange(len(rows))
        ax.barh(y - 0.2, [r["before"] for r in rows], height=0.4, label="entering langid",
                color="#999999")
        bars = ax.barh(y + 0.2, [r["after"] for r in rows], height=0.4, label="kept by langid",
                       color=STAGE_COLORS["langid"])
        ax.bar_label(bars, labels=[f"{r['after']:,} / {r['before']:,}" for r in rows],
                     fontsize=8, padding=3)
        ax.set_yticks(y, [r["language"] for r in rows])
        ax.invert_yaxis()
        ax.legend(loc="lower right")
        ax.margins(x=0.15)
    else:
        _empty(ax, "no document reached the language filter")
    kept = f" (keeping {', '.join(languages)})" if languages else ""
    ax.set_title(f"Languages before and after the language filter{kept}")
    ax.set_xlabel("documents (count)")
    ax.set_ylabel("fastText language (ISO 639 code)")
    return figure


OUTCOME_COLORS = {"kept": "#55a868", "language": "#c44e52", "low_score": "#dd8452"}


def plot_language_scores(histogram: pa.Table, threshold: float | None = None):
    figure, ax = _figure(10, 4)
    rows = histogram.to_pylist()
    if rows:
        outcomes = sorted({r["outcome"] for r in rows}, key=lambda o: (o != "kept", o))
        width = rows[0]["bin_high"] - rows[0]["bin_low"]
        bottoms: dict[float, int] = {}
        for outcome in outcomes:
            mine = [r for r in rows if r["outcome"] == outcome]
            lows = [r["bin_low"] for r in mine]
            ax.bar(lows, [r["documents"] for r in mine], width=width, align="edge",
                   bottom=[bottoms.get(low, 0) for low in lows],
                   color=OUTCOME_COLORS.get(outcome, "#8172b3"),
                   label=outcome if outcome == "kept" else f"dropped: langid/{outcome}")
            for r in mine:
                bottoms[r["bin_low"]] = bottoms.get(r["bin_low"], 0) + r["documents"]
        if threshold is not None:
            ax.axvline(threshold, color="black", linestyle="--",
                       label=f"min score {threshold:g}")
        ax.legend(loc="upper left")
    else:
        _empty(ax, "no document reached the language filter")
    ax.set_xlim(0, 1)
    ax.set_title("fastText language score at the language filter")
    ax.set_xlabel("language score (fastText probability, 0-1)")
    ax.set_ylabel("documents (count)")
    return figure


def plot_score(histogram: ScoreHistogram):
    """One classifier score's histogram, bars stacked by the step's outcome, the cut dashed."""
    figure, ax = _figure(10, 4)
    rows = histogram.bins.to_pylist()
    outcomes = sorted({r["outcome"] for r in rows}, key=lambda o: (o != "kept", o))
    width = rows[0]["bin_high"] - rows[0]["bin_low"]
    bottoms: dict[float, int] = {}
    for outcome in outcomes:
        mine = [r for r in rows if r["outcome"] == outcome]
        lows = [r["bin_low"] for r in mine]
        ax.bar(lows, [r["documents"] for r in mine], width=width, align="edge",
               bottom=[bottoms.get(low, 0) for low in lows],
               color=OUTCOME_COLORS.get(outcome, "#8172b3"),
               label=outcome if outcome == "kept" else f"dropped: {histogram.stage}/{outcome}")
        for r in mine:
            bottoms[r["bin_low"]] = bottoms.get(r["bin_low"], 0) + r["documents"]
    if histogram.cut is not None:
        ax.axvline(histogram.cut, color="black", linestyle="--",
                   label=f"threshold {histogram.threshold:g}" + (
                       "" if histogram.cut == histogram.threshold else
                       f" ({histogram.column} >= {histogram.cut:g})"))
    ax.legend(loc="upper right")
    ax.set_xlim(histogram.low, histogram.high)
    ax.set_title(f"{histogram.column} at {histogram.stage}: {describe_cut(histogram)}",
                 fontsize=10)
    ax.set_xlabel(f"{histogram.column} (score)")
    ax.set_ylabel("documents (count)")
    return figure


def plot_dedup(dedup: DedupSummary):
    figure, (sizes_ax, share_ax) = _figure(12, 4, ncols=2)
    rows = dedup.sizes.to_pylist()
    if rows:
        labels = [str(r["cluster_size"]) for r in rows]
        bars = sizes_ax.bar(labels, [r["clusters"] for r in rows],
                            color=["#999999" if r["cluster_size"] == 1 else STAGE_COLORS["dedup"]
                                   for r in rows])
        sizes_ax.bar_label(bars, labels=[f"{r['clusters']:,}" for r in rows], fontsize=8)
        sizes_ax.set_yscale("log")
        sizes_ax.margins(y=0.15)
    else:
        _empty(sizes_ax, "no document reached dedup")
    sizes_ax.set_title("Near-duplicate cluster sizes (1 = no near-duplicate)")
    sizes_ax.set_xlabel("cluster size (documents)")
    sizes_ax.set_ylabel("clusters (count, log scale)")

    kept = dedup.documents_in - dedup.removed
    bars = share_ax.bar(["kept", "removed as near-duplicates"], [kept, dedup.removed],
                        color=["#55a868", "#c44e52"])
    share = [kept / dedup.documents_in if dedup.documents_in else 0.0, dedup.removed_share]
    share_ax.bar_label(bars, labels=[f"{n:,} ({_fmt_pct(f)})" for n, f in
                                     zip((kept, dedup.removed), share)], fontsize=9)
    share_ax.margins(y=0.15)
    share_ax.set_title(f"Share removed as near-duplicates: {_fmt_pct(dedup.removed_share)} of "
                       f"{dedup.documents_in:,} documents")
    share_ax.set_xlabel("dedup outcome (category)")
    share_ax.set_ylabel("documents (count)")
    return figure


def plot_pii(pii: pa.Table, scanned: int = 0):
    rows = pii.to_pylist()
    figure, ax = _figure(10, max(3.0, 0.4 * len(rows) + 1.5))
    if rows:
        bars = ax.barh([r["entity"] for r in rows], [r["replacements"] for r in rows],
                       color=STAGE_COLORS["pii"])
        ax.bar_label(bars, labels=[f"{r['replacements']:,} in {r['documents']:,} documents"
                                   for r in rows], fontsize=8, padding=3)
        ax.invert_yaxis()
        ax.margins(x=0.3)
    else:
        _empty(ax, "no PII was replaced")
    ax.set_title(f"PII replacements by entity type ({scanned:,} documents scanned)")
    ax.set_xlabel("replacements (count)")
    ax.set_ylabel("presidio entity type (name)")
    return figure


def plot_tokens(summary: TokenSummary, encoding: str | None = None):
    figure, ax = _figure(10, 4)
    rows = summary.histogram.to_pylist()
    if rows:
        lows = [r["bin_low"] for r in rows]
        ax.bar(lows, [r["documents"] for r in rows], width=[r["bin_high"] - r["bin_low"]
                                                            for r in rows],
               align="edge", color=STAGE_COLORS["tokenize"], edgecolor="white")
        ax.set_xscale("log")
        for name in ("p50", "p90"):
            ax.axvline(summary.quantiles[name], color="black", linestyle="--" if name == "p50"
                       else ":", label=f"{name} = {summary.quantiles[name]:,} tokens")
        ax.legend(loc="upper right")
    else:
        _empty(ax, "no document was tokenized")
    tokenizer = f" ({encoding})" if encoding else ""
    ax.set_title(f"Tokens per document{tokenizer}: {summary.documents:,} documents, "
                 f"{summary.total:,} tokens")
    ax.set_xlabel("tokens per document (count incl. EOT, log scale)")
    ax.set_ylabel("documents (count)")
    return figure


def plot_domains(kept: pa.Table, removed: pa.Table):
    height = max(3.5, 0.3 * max(kept.num_rows, removed.num_rows, 1) + 1.5)
    figure, (kept_ax, removed_ax) = _figure(13, height, ncols=2)
    for ax, table, color, what, label in (
            (kept_ax, kept, "#55a868", "kept (tokenized)", None),
            (removed_ax, removed, "#c44e52", "removed (any stage)", "top_reason")):
        rows = table.to_pylist()
        if rows:
            bars = ax.barh([r["domain"] for r in rows], [r["documents"] for r in rows],
                           color=color)
            ax.bar_label(bars, labels=[f"{r['documents']:,}" + (f"  {r[label]}" if label else "")
                                       for r in rows], fontsize=8, padding=3)
            ax.invert_yaxis()
            ax.margins(x=0.6 if label else 0.15)
        else:
            _empty(ax, f"no document {what.split()[0]}")
        ax.set_title(f"Top domains, documents {what}")
        ax.set_xlabel("documents (count)")
        ax.set_ylabel("domain (host without www.)")
    return figure


# ---------------------------------------------------------------------------------------------
# Everything at once (the report and the notebook's numbers come from here)


@dataclass
class RunReport:
    run: Run
    funnel: pa.Table
    reasons: pa.Table
    languages: pa.Table
    language_funnel: pa.Table
    language_scores: pa.Table
    dedup: DedupSummary
    pii: pa.Table
    pii_scanned: int
    tokens: TokenSummary
    domains_kept: pa.Table
    domains_removed: pa.Table
    samples: pa.Table
    scores: list = None         # ScoreHistogram per classifier score (none in the default recipe)

    @property
    def kept_languages(self) -> list[str]:
        return list(step_settings(self.run, "langid").get("languages", []))

    @property
    def encoding(self) -> str | None:
        return step_settings(self.run, "tokenize").get("encoding")

    def figures(self) -> dict[str, object]:
        """Section title -> matplotlib Figure, in report order."""
        return {
            "Funnel": plot_funnel(self.funnel),
            "Removal reasons": plot_reasons(self.reasons),
            "Languages": plot_languages(self.languages, self.kept_languages),
            "Language scores": plot_language_scores(self.language_scores,
                                                    min_language_score(self.run)),
            "Near-duplicates": plot_dedup(self.dedup),
            "PII": plot_pii(self.pii, self.pii_scanned),
            "Tokens per document": plot_tokens(self.tokens, self.encoding),
            "Domains": plot_domains(self.domains_kept, self.domains_removed),
            **{score_title(h): plot_score(h) for h in self.scores or ()},
        }


def score_title(histogram: ScoreHistogram) -> str:
    return f"Score {histogram.stage}.{histogram.column}"


def build(run: Run | str | Path, top: int = 15, samples_per_reason: int = 3) -> RunReport:
    run = _as_run(run)
    pii, scanned = pii_by_type(run)
    kept, removed = top_domains(run, top)
    return RunReport(run=run, funnel=funnel(run), reasons=drop_reasons(run),
                     languages=language_counts(run, top),
                     language_funnel=language_funnel(run),
                     language_scores=language_score_histogram(run),
                     dedup=dedup_clusters(run), pii=pii, pii_scanned=scanned,
                     tokens=tokens_per_document(run), domains_kept=kept, domains_removed=removed,
                     samples=removed_samples(run, samples_per_reason),
                     scores=score_histograms(run))


# ---------------------------------------------------------------------------------------------
# HTML


def figure_png(figure, dpi: int = 100) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def html_table(headers: list[str], rows: list[list[str]], align: str | None = None) -> str:
    align = align or "l" + "r" * (len(headers) - 1)
    style = {"l": "", "r": ' class="num"'}
    head = "".join(f"<th{style[a]}>{html.escape(h)}</th>" for h, a in zip(headers, align))
    body = "".join("<tr>" + "".join(f"<td{style[a]}>{html.escape(str(c))}</td>"
                                    for c, a in zip(row, align)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


CSS = """
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto;
       max-width: 1300px; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; }
h2 { border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; margin: .8em 0; font-size: .9em; }
th, td { border: 1px solid #ddd; padding: .3em .6em; vertical-align: top; text-align: left; }
th { background: #f4f4f4; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
img { max-width: 100%; display: block; margin: .8em 0; }
pre { white-space: pre-wrap; margin: 0; font-size: .85em; }
.note { color: #555; font-size: .9em; } td.url { word-break: break-all; max-width: 28em; }
"""


def render_html(report: RunReport) -> str:
    figures = {title: figure_png(fig) for title, fig in report.figures().items()}

    def image(title: str) -> str:
        data = base64.b64encode(figures[title]).decode("ascii")
        return f'<img alt="{html.escape(title)}" src="data:image/png;base64,{data}">'

    run = report.run
    dedup, tokens = report.dedup, report.tokens
    languages = ", ".join(report.kept_languages) or "all"
    sections = [
        f"<h1>Filter statistics: {html.escape(run.name)}</h1>",
        f'<p class="note">Run folder <code>{html.escape(str(run.path))}</code>; languages kept: '
        f"{html.escape(languages)} (min score {min_language_score(run)}); tokenizer "
        f"{html.escape(str(report.encoding))}. Numbers are from <code>stats/*.parquet</code> "
        f"(README: Statistics schema); the same as <code>pipeline stats</code> prints.</p>",
        "<h2>Funnel</h2>", image("Funnel"),
        html_table(FUNNEL_HEADERS, funnel_rows(report.funnel)),
        f"<p>Tokens written: <b>{tokens_written(report.funnel):,}</b></p>",
        "<h2>Removal reasons</h2>", image("Removal reasons"),
        html_table(REASON_HEADERS, reason_rows(report.reasons)),
        "<h2>Languages</h2>", image("Languages"),
        html_table(["language", "entering langid", "kept by langid"],
                   [[r["language"], _fmt_int(r["before"]), _fmt_int(r["after"])]
                    for r in report.languages.to_pylist()]),
        "<p>Per language (<code>language_script</code>, FineWeb-2's codes): the funnel from "
        "language ID to the documents written, and the largest drop reasons.</p>",
        html_table(["language", "identified", "kept by langid", "kept", "tokens",
                    "top drop reasons"],
                   [[r["language"], _fmt_int(r["identified"]), _fmt_int(r["kept_by_langid"]),
                     _fmt_int(r["kept"]), _fmt_int(r["tokens"]), r["top_reasons"]]
                    for r in report.language_funnel.to_pylist()], align="lrrrrl"),
        image("Language scores"),
        "<h2>Near-duplicates</h2>", image("Near-duplicates"),
        f"<p>{dedup.removed:,} of {dedup.documents_in:,} documents removed as near-duplicates "
        f"({_fmt_pct(dedup.removed_share)}); {dedup.clusters:,} clusters hold "
        f"{dedup.in_clusters:,} documents.</p>",
        html_table(["cluster size (documents)", "clusters"],
                   [[r["cluster_size"], _fmt_int(r["clusters"])]
                    for r in report.dedup.sizes.to_pylist()]),
        "<h2>PII</h2>", image("PII"),
        html_table(["entity type", "replacements", "documents"],
                   [[r["entity"], _fmt_int(r["replacements"]), _fmt_int(r["documents"])]
                    for r in report.pii.to_pylist()]),
        "<h2>Tokens per document</h2>", image("Tokens per document"),
        html_table(["documents", "tokens", "mean", *tokens.quantiles, "min", "max"],
                   [[_fmt_int(tokens.documents), _fmt_int(tokens.total), f"{tokens.mean:,.1f}",
                     *(_fmt_int(v) for v in tokens.quantiles.values()), _fmt_int(tokens.minimum),
                     _fmt_int(tokens.maximum)]]),
        "<h2>Domains</h2>", image("Domains"),
        *([f"<h2>Classifier scores</h2>", '<p class="note">Every score a step with a '
           f"<code>threshold</code> writes (a column of the documents: a stricter threshold "
           f"needs no new run), split by that step's outcome; the dashed line is the "
           f"threshold.</p>"] if report.scores else []),
        *(part for h in report.scores or () for part in (
            image(score_title(h)), f"<p>{html.escape(h.stage)}.{html.escape(h.column)}: "
            f"{html.escape(describe_cut(h))}</p>")),
        "<h2>Removed documents, a sample per reason</h2>",
        f'<p class="note">The pipeline keeps no text of dropped records: for '
        f"<code>dedup/near_duplicate</code> the text shown is the first lines of the kept "
        f"document of the same cluster; for the other reasons only url and detail exist.</p>",
        _samples_html(report.samples),
    ]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Filter statistics: {html.escape(run.name)}</title>"
            f"<style>{CSS}</style></head><body>\n" + "\n".join(sections) + "\n</body></html>\n")


def _samples_html(samples: pa.Table) -> str:
    rows = []
    for r in samples.to_pylist():
        text = f"<pre>{html.escape(r['text'])}</pre>" if r["text"] else ""
        if r["text_source"]:
            text += f'<div class="note">{html.escape(r["text_source"])}</div>'
        rows.append(f"<tr><td>{html.escape(r['stage'])}/{html.escape(r['reason'])}</td>"
                    f'<td class="url">{html.escape(r["url"])}</td>'
                    f"<td>{html.escape(r['detail'])}</td><td>{text}</td></tr>")
    return ("<table><thead><tr><th>stage/reason</th><th>url</th><th>detail</th>"
            "<th>first lines of text</th></tr></thead><tbody>" + "".join(rows)
            + "</tbody></table>")


def write_report(run: Run | str | Path, output: str | Path | None = None) -> Path:
    run = _as_run(run)
    output = Path(output) if output is not None else run.path / "report.html"
    page = render_html(build(run))
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(output)
    return output


# ---------------------------------------------------------------------------------------------
# Command line: `pipeline stats` and `pipeline report`


def _error(message: str) -> int:
    print(f"pipeline: error: {message}", file=sys.stderr)
    return 2


def stats_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="pipeline stats",
        description="Print a run's funnel and top drop reasons; with --compare, two runs side "
                    "by side.")
    parser.add_argument("runs", nargs="+", metavar="RUN",
                        help="a run's output folder, e.g. out/CC-MAIN-2024-10")
    parser.add_argument("--compare", action="store_true",
                        help="compare two runs: pipeline stats --compare RUN_A RUN_B")
    parser.add_argument("--top", type=int, default=10, metavar="N",
                        help="drop reasons to show (default 10)")
    args = parser.parse_intermixed_args(argv)
    if args.top < 1:
        return _error(f"--top must be a positive integer, got {args.top}")
    expected = 2 if args.compare else 1
    if len(args.runs) != expected:
        if args.compare:
            return _error(f"--compare needs two run folders, got {len(args.runs)}")
        return _error(f"expected one run folder, got {len(args.runs)}; "
                      f"use --compare RUN_A RUN_B to compare two")
    try:
        runs = [Run.open(path) for path in args.runs]
        text = format_compare(*runs, top=args.top) if args.compare else format_stats(
            runs[0], top=args.top)
    except RunFolderError as error:
        return _error(str(error))
    print(text)
    return 0


def report_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="pipeline report",
        description="Write a run's statistics (funnel, reasons, languages, near-duplicates, PII, "
                    "tokens, domains, removed samples) as one self-contained HTML file.")
    parser.add_argument("run", metavar="RUN",
                        help="a run's output folder, e.g. out/CC-MAIN-2024-10")
    parser.add_argument("--output", metavar="FILE.html",
                        help="where to write the report (default RUN/report.html)")
    args = parser.parse_args(argv)
    try:
        run = Run.open(args.run)
        import matplotlib  # noqa: F401  (checked here for a one-line hint instead of a traceback)
    except RunFolderError as error:
        return _error(str(error))
    except ImportError:
        return _error(f"`pipeline report` needs matplotlib: {REPORT_HINT}")
    try:
        path = write_report(run, args.output)
    except OSError as error:
        return _error(f"cannot write the report: {error}")
    print(f"report: {path} ({path.stat().st_size / 1e3:,.0f} kB)")
    return 0
