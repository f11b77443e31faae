"""The report's tables as aligned text: what `pipeline stats` (and `--compare`) prints and the
notebook shows; tests parse this form."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from pipeline.report.folder import MB, Run, as_run
from pipeline.report.tables import (ScoreHistogram, damaged_input, dedup_clusters, drop_reasons,
                                    funnel, language_funnel, score_histograms, tokens_written,
                                    top_reasons)


def fmt_int(value) -> str:
    return "-" if value is None else f"{value:,}"


def fmt_mb(value) -> str:
    return "-" if value is None else f"{value / MB:.2f}"


def fmt_pct(value) -> str:
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
        rows.append([r["stage"], fmt_int(r["records_in"]), fmt_int(r["records_kept"]),
                     fmt_int(r["records_dropped"]), fmt_pct(share), fmt_mb(r["bytes_in"]),
                     fmt_mb(r["bytes_kept"]), fmt_int(r["tokens"]) if r["tokens"] else "-",
                     seconds])
    return rows


def format_funnel(funnel_table: pa.Table) -> str:
    """The funnel as printed by `pipeline stats` and the notebook (one line per stage)."""
    return (text_table(FUNNEL_HEADERS, funnel_rows(funnel_table))
            + f"\ntokens written: {tokens_written(funnel_table):,}")


REASON_HEADERS = ["stage/reason", "records", "% of stage in"]


def reason_rows(reasons: pa.Table) -> list[list[str]]:
    return [[f"{r['stage']}/{r['reason']}", fmt_int(r["records"]), fmt_pct(r["share_of_stage"])]
            for r in reasons.to_pylist()]


def format_reasons(reasons: pa.Table) -> str:
    if not reasons.num_rows:
        return "(no record was dropped)"
    return text_table(REASON_HEADERS, reason_rows(reasons))


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


def describe_cut(histogram: ScoreHistogram) -> str:
    """`threshold 3 (edu_score >= 2.5): 12 of 116 documents (10.3%)`, or why there is none."""
    if histogram.cut is None:
        return f"threshold {histogram.threshold:g} applies to another column"
    where = "" if histogram.cut == histogram.threshold else (
        f" ({histogram.column} >= {histogram.cut:g})")
    share = histogram.at_or_above / histogram.documents if histogram.documents else 0.0
    verb = "would keep" if histogram.annotate_only else "keeps"
    return (f"threshold {histogram.threshold:g}{where} {verb} {histogram.at_or_above:,} of "
            f"{histogram.documents:,} documents ({fmt_pct(share)})"
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


def format_stats(run: Run | str | Path, top: int = 10) -> str:
    run = as_run(run)
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
                      f"removed ({fmt_pct(dedup.removed_share)}) from {dedup.clusters:,} "
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
    run_a, run_b = as_run(run_a), as_run(run_b)
    funnel_a = {r["stage"]: r for r in funnel(run_a).to_pylist()}
    funnel_b = {r["stage"]: r for r in funnel(run_b).to_pylist()}
    rows = []
    for stage in sorted(set(funnel_a) | set(funnel_b),
                        key=lambda s: (run_a.stage_rank(s), run_b.stage_rank(s))):
        a, b = funnel_a.get(stage, {}), funnel_b.get(stage, {})
        rows.append([stage, fmt_int(a.get("records_in")), fmt_int(b.get("records_in")),
                     fmt_int(a.get("records_kept")), fmt_int(b.get("records_kept")),
                     _delta(a.get("records_kept"), b.get("records_kept")),
                     fmt_mb(a.get("bytes_kept")), fmt_mb(b.get("bytes_kept")),
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
    reason_table = [[f"{s}/{r}", fmt_int(reasons_a.get((s, r), 0)),
                     fmt_int(reasons_b.get((s, r), 0)),
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
