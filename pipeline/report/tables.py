"""The report's numbers as small `pyarrow.Table`s (or dataclasses of them), aggregated with
column projection and `group_by` from a run's statistics: the funnel, drop reasons, languages,
near-duplicate clusters, PII, tokens, classifier scores, domains, removed documents' samples."""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from pipeline.report.folder import Run, as_run
from pipeline.stats import STAGES

DEDUP_SAMPLE_NOTE = "text of the kept document of its near-duplicate cluster"
NO_TEXT_NOTE = "no text: the run stores none for records dropped before dedup"


def funnel(run: Run | str | Path) -> pa.Table:
    """Per stage: records and bytes in and kept, tokens written, CPU seconds (from summary.json)."""
    run = as_run(run)
    rows = run.rows(["stage", "kept", "bytes_in", "bytes_out", "tokens"])
    rows = rows.append_column("kept_n", pc.cast(rows["kept"], pa.int64()))
    grouped = rows.group_by("stage").aggregate([
        ("kept", "count"), ("kept_n", "sum"), ("bytes_in", "sum"), ("bytes_out", "sum"),
        ("tokens", "sum")]).to_pylist()
    by_stage = {g["stage"]: g for g in grouped}
    columns: dict[str, list] = {name: [] for name in (
        "stage", "records_in", "records_kept", "records_dropped", "bytes_in", "bytes_kept",
        "tokens", "cpu_seconds")}
    for stage in sorted(by_stage, key=run.stage_rank):
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
    run = as_run(run)
    dropped = run.rows(["stage", "reason"], dropped_only=True)
    counts = dropped.group_by(["stage", "reason"]).aggregate([("stage", "count")]).to_pylist()
    entering = {g["stage"]: g["stage_count"] for g in run.rows(["stage"]).group_by(
        "stage").aggregate([("stage", "count")]).to_pylist()}
    counts.sort(key=lambda g: (run.stage_rank(g["stage"]), -g["stage_count"], g["reason"] or ""))
    return pa.table({
        "stage": [g["stage"] for g in counts],
        "reason": [g["reason"] or "unknown" for g in counts],
        "records": pa.array([g["stage_count"] for g in counts], pa.int64()),
        "share_of_stage": pa.array([g["stage_count"] / entering[g["stage"]] for g in counts],
                                   pa.float64()),
    })


def top_reasons(reasons: pa.Table, top: int | None = None) -> pa.Table:
    """The largest drop reasons over all stages, largest first (ties in the order of
    `reasons`: drop_reasons' is the run's pipeline order)."""
    rows = sorted(range(reasons.num_rows), key=lambda i: (-reasons["records"][i].as_py(), i))
    return reasons.take(pa.array(rows[:top] if top is not None else rows, pa.int64()))


def language_counts(run: Run | str | Path, top: int = 15) -> pa.Table:
    """Documents per fastText language entering the language filter (`before`) and kept by it
    (`after`); the `top` most frequent languages, the rest summed as `other`."""
    run = as_run(run)
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
    run = as_run(run)
    names = ds.dataset(run.stats_files, format="parquet").schema.names
    column = "language_script" if "language_script" in names else "language"
    if column not in names:
        return pa.table({"language": pa.array([], pa.string())})
    languages = run.rows(["doc_id", column, "kept"], stages=["langid"])
    languages = pa.table({"doc_id": languages["doc_id"],
                          "language": pc.fill_null(languages[column], "unknown"),
                          "langid_kept": pc.cast(languages["kept"], pa.int64())})
    later = [stage for stage in dict.fromkeys((*run.stage_names, *STAGES))
             if run.stage_rank(stage) > run.stage_rank("langid")]
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
            (-g["doc_id_count"], run.stage_rank(g["stage"]), f"{g['stage']}/{g['reason']}"))
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


def language_score_histogram(run: Run | str | Path, bins: int = 40) -> pa.Table:
    """Histogram of fastText scores at the language filter, split by outcome (`kept`, or the drop
    reason): columns bin_low, bin_high, outcome, documents (bins over [0, 1])."""
    run = as_run(run)
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
    config = as_run(run).config
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
    run = as_run(run)
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
    run = as_run(run)
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
    run = as_run(run)
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
    run = as_run(run)
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
    run = as_run(run)
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
    run = as_run(run)
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

    run = as_run(run)
    dropped = run.rows(["doc_id", "url", "stage", "reason", "detail", "dup_cluster"],
                       dropped_only=True)
    why = pc.binary_join_element_wise(dropped["stage"], pc.fill_null(dropped["reason"], "unknown"),
                                      "/")
    reasons = sorted(pc.unique(why).to_pylist(),
                     key=lambda w: (run.stage_rank(w.split("/")[0]), w))
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


DAMAGE_REASONS = ("truncated", "corrupt_record")


def damaged_input(run: Run | str | Path) -> pa.Table:
    """The read rows that name damaged input (a file cut short, a damaged stretch skipped), one
    per damage, by file: warc_file, reason, detail."""
    run = as_run(run)
    rows = run.rows(["warc_file", "reason", "detail"], stages=["read"], dropped_only=True)
    rows = rows.filter(pc.field("reason").isin(list(DAMAGE_REASONS)))
    return rows.sort_by([("warc_file", "ascending")])
