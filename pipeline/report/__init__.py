"""Statistics a person can read: the funnel, drop reasons, languages, near-duplicate clusters, PII,
tokens and domains of one run, aggregated with pyarrow from its `stats/*.parquet` (docs/output.md). `pipeline stats` prints them, `pipeline report` writes them with matplotlib
figures as one self-contained HTML file, and notebooks/filter_stats.ipynb calls the same functions.

Every table here is a small `pyarrow.Table` computed with column projection and `group_by`, so a run
of any size is summarised without loading its text or looping over rows in Python.

Modules, each importing only those above it: `folder` (a run's output folder), `tables` (the
numbers), `text` (printed tables, `pipeline stats`), `charts` (matplotlib figures), `page` (all at
once and the HTML page), `commands` (the two mains). Their public names are re-exported here.
"""
from pipeline.report.folder import MB, REPORT_HINT, RunFolderError, Run, as_run, stage_order
from pipeline.report.tables import (DEDUP_SAMPLE_NOTE, NO_TEXT_NOTE, funnel, tokens_written,
                                    drop_reasons, top_reasons, language_counts, language_funnel,
                                    language_score_histogram, step_settings, min_language_score,
                                    DedupSummary, dedup_clusters, cluster_sizes, pii_by_type,
                                    TokenSummary, tokens_per_document, ScoreHistogram,
                                    score_histograms, top_domains, removed_samples, first_lines,
                                    DAMAGE_REASONS, damaged_input)
from pipeline.report.text import (fmt_int, fmt_mb, fmt_pct, text_table, FUNNEL_HEADERS,
                                  funnel_rows, format_funnel, REASON_HEADERS, reason_rows,
                                  format_reasons, format_language_funnel, describe_cut,
                                  format_score_histogram, format_stats, unfinished_note,
                                  config_changes, format_compare)
from pipeline.report.charts import (STAGE_COLORS, stage_color, plot_funnel, plot_reasons,
                                    plot_languages, OUTCOME_COLORS, plot_language_scores,
                                    plot_score, plot_dedup, plot_pii, plot_tokens, plot_domains)
from pipeline.report.page import (RunReport, score_title, build, figure_png, html_table, CSS,
                                  render_html, write_report)
from pipeline.report.commands import stats_main, report_main

__all__ = ["MB", "REPORT_HINT", "RunFolderError", "Run", "as_run", "stage_order",
           "DEDUP_SAMPLE_NOTE", "NO_TEXT_NOTE", "funnel", "tokens_written", "drop_reasons",
           "top_reasons", "language_counts", "language_funnel", "language_score_histogram",
           "step_settings", "min_language_score", "DedupSummary", "dedup_clusters",
           "cluster_sizes", "pii_by_type", "TokenSummary", "tokens_per_document", "ScoreHistogram",
           "score_histograms", "top_domains", "removed_samples", "first_lines", "DAMAGE_REASONS",
           "damaged_input", "fmt_int", "fmt_mb", "fmt_pct", "text_table", "FUNNEL_HEADERS",
           "funnel_rows", "format_funnel", "REASON_HEADERS", "reason_rows", "format_reasons",
           "format_language_funnel", "describe_cut", "format_score_histogram", "format_stats",
           "unfinished_note", "config_changes", "format_compare", "STAGE_COLORS", "stage_color",
           "plot_funnel", "plot_reasons", "plot_languages", "OUTCOME_COLORS",
           "plot_language_scores", "plot_score", "plot_dedup", "plot_pii", "plot_tokens",
           "plot_domains", "RunReport", "score_title", "build", "figure_png", "html_table", "CSS",
           "render_html", "write_report", "stats_main", "report_main"]
