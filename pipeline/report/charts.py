"""Figures (matplotlib, no pyplot: a Figure per call, nothing global, safe in a notebook or a
headless process). Every axis label carries its unit in parentheses."""
from __future__ import annotations

from typing import Iterable

import pyarrow as pa

from pipeline.report.folder import MB, REPORT_HINT
from pipeline.report.tables import DedupSummary, ScoreHistogram, TokenSummary, tokens_written
from pipeline.report.text import describe_cut, fmt_pct
from stages import STEPS

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
        ax.bar_label(bars, labels=[f"{r['records']:,} ({fmt_pct(r['share_of_stage'])} of stage)"
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


def _stacked_bars(ax, rows: list[dict], stage: str) -> None:
    """A score histogram's bins (bin_low, bin_high, outcome, documents) as bars stacked by
    outcome: kept first, then each drop reason of `stage`."""
    outcomes = sorted({r["outcome"] for r in rows}, key=lambda o: (o != "kept", o))
    width = rows[0]["bin_high"] - rows[0]["bin_low"]
    bottoms: dict[float, int] = {}
    for outcome in outcomes:
        mine = [r for r in rows if r["outcome"] == outcome]
        lows = [r["bin_low"] for r in mine]
        ax.bar(lows, [r["documents"] for r in mine], width=width, align="edge",
               bottom=[bottoms.get(low, 0) for low in lows],
               color=OUTCOME_COLORS.get(outcome, "#8172b3"),
               label=outcome if outcome == "kept" else f"dropped: {stage}/{outcome}")
        for r in mine:
            bottoms[r["bin_low"]] = bottoms.get(r["bin_low"], 0) + r["documents"]


def plot_language_scores(histogram: pa.Table, threshold: float | None = None):
    figure, ax = _figure(10, 4)
    rows = histogram.to_pylist()
    if rows:
        _stacked_bars(ax, rows, "langid")
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
    _stacked_bars(ax, rows, histogram.stage)
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
    share_ax.bar_label(bars, labels=[f"{n:,} ({fmt_pct(f)})" for n, f in
                                     zip((kept, dedup.removed), share)], fontsize=9)
    share_ax.margins(y=0.15)
    share_ax.set_title(f"Share removed as near-duplicates: {fmt_pct(dedup.removed_share)} of "
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
