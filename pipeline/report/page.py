"""Everything at once (`build`: the report's and the notebook's numbers) and the self-contained HTML
page `pipeline report` writes (figures inlined as PNG)."""
from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from pipeline.report.charts import (plot_dedup, plot_domains, plot_funnel, plot_language_scores,
                                    plot_languages, plot_pii, plot_reasons, plot_score, plot_tokens)
from pipeline.report.folder import Run, as_run
from pipeline.report.tables import (DedupSummary, ScoreHistogram, TokenSummary, dedup_clusters,
                                    drop_reasons, funnel, language_counts, language_funnel,
                                    language_score_histogram, min_language_score, pii_by_type,
                                    removed_samples, score_histograms, step_settings,
                                    tokens_per_document, tokens_written, top_domains)
from pipeline.report.text import (FUNNEL_HEADERS, REASON_HEADERS, describe_cut, fmt_int, fmt_pct,
                                  funnel_rows, reason_rows)


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
    run = as_run(run)
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
        f"(docs/output.md); the same as <code>pipeline stats</code> prints.</p>",
        "<h2>Funnel</h2>", image("Funnel"),
        html_table(FUNNEL_HEADERS, funnel_rows(report.funnel)),
        f"<p>Tokens written: <b>{tokens_written(report.funnel):,}</b></p>",
        "<h2>Removal reasons</h2>", image("Removal reasons"),
        html_table(REASON_HEADERS, reason_rows(report.reasons)),
        "<h2>Languages</h2>", image("Languages"),
        html_table(["language", "entering langid", "kept by langid"],
                   [[r["language"], fmt_int(r["before"]), fmt_int(r["after"])]
                    for r in report.languages.to_pylist()]),
        "<p>Per language (<code>language_script</code>, FineWeb-2's codes): the funnel from "
        "language ID to the documents written, and the largest drop reasons.</p>",
        html_table(["language", "identified", "kept by langid", "kept", "tokens",
                    "top drop reasons"],
                   [[r["language"], fmt_int(r["identified"]), fmt_int(r["kept_by_langid"]),
                     fmt_int(r["kept"]), fmt_int(r["tokens"]), r["top_reasons"]]
                    for r in report.language_funnel.to_pylist()], align="lrrrrl"),
        image("Language scores"),
        "<h2>Near-duplicates</h2>", image("Near-duplicates"),
        f"<p>{dedup.removed:,} of {dedup.documents_in:,} documents removed as near-duplicates "
        f"({fmt_pct(dedup.removed_share)}); {dedup.clusters:,} clusters hold "
        f"{dedup.in_clusters:,} documents.</p>",
        html_table(["cluster size (documents)", "clusters"],
                   [[r["cluster_size"], fmt_int(r["clusters"])]
                    for r in report.dedup.sizes.to_pylist()]),
        "<h2>PII</h2>", image("PII"),
        html_table(["entity type", "replacements", "documents"],
                   [[r["entity"], fmt_int(r["replacements"]), fmt_int(r["documents"])]
                    for r in report.pii.to_pylist()]),
        "<h2>Tokens per document</h2>", image("Tokens per document"),
        html_table(["documents", "tokens", "mean", *tokens.quantiles, "min", "max"],
                   [[fmt_int(tokens.documents), fmt_int(tokens.total), f"{tokens.mean:,.1f}",
                     *(fmt_int(v) for v in tokens.quantiles.values()), fmt_int(tokens.minimum),
                     fmt_int(tokens.maximum)]]),
        "<h2>Domains</h2>", image("Domains"),
        *(["<h2>Classifier scores</h2>", '<p class="note">Every score a step with a '
           "<code>threshold</code> writes (a column of the documents: a stricter threshold "
           "needs no new run), split by that step's outcome; the dashed line is the "
           "threshold.</p>"] if report.scores else []),
        *(part for h in report.scores or () for part in (
            image(score_title(h)), f"<p>{html.escape(h.stage)}.{html.escape(h.column)}: "
            f"{html.escape(describe_cut(h))}</p>")),
        "<h2>Removed documents, a sample per reason</h2>",
        '<p class="note">The pipeline keeps no text of dropped records: for '
        "<code>dedup/near_duplicate</code> the text shown is the first lines of the kept "
        "document of the same cluster; for the other reasons only url and detail exist.</p>",
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
    run = as_run(run)
    output = Path(output) if output is not None else run.path / "report.html"
    page = render_html(build(run))
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(output)
    return output
