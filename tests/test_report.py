"""pipeline.report: the statistics tables on a hand-made run with known answers, `pipeline stats`
and `pipeline report` on the real sample run, and the report rendered in headless Chromium."""
from __future__ import annotations

import base64
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import report
from pipeline.recipe import Recipe
from pipeline.stats import StatsWriter, Summary
from tests.conftest import run_cli

FILE_INDEX = 7  # doc_id = file_index * 2**32 + record_index, as in the pipeline


def doc_id(record_index: int) -> int:
    return FILE_INDEX * 2**32 + record_index


# (record_index, url, the stage that drops it or None, reason, extra values per stage)
RECORDS = [
    (0, "http://www.a.com/1", "read", "not_response", {"detail": "request"}),
    (1, "http://bad.com/x", "blocklist", "domain", {"detail": "bad.com"}),
    (2, "https://a.com/2", "extract", "too_short", {}),
    (3, "https://fr.example/3", "langid", "language", {"language": "fr", "language_score": 0.99}),
    (4, "https://b.org/4", "langid", "low_score", {"language": "en", "language_score": 0.30}),
    (5, "https://www.a.com/5", None, None, {"language": "en", "language_score": 0.95,
                                            "dup_cluster": doc_id(5),
                                            "pii_counts": {"EMAIL_ADDRESS": 2}, "tokens": 100}),
    (6, "https://c.net/6", "dedup", "near_duplicate", {"language": "en", "language_score": 0.97,
                                                       "dup_cluster": doc_id(5)}),
    (7, "https://c.net/7", "dedup", "near_duplicate", {"language": "en", "language_score": 0.96,
                                                       "dup_cluster": doc_id(5)}),
    (8, "https://A.com/8", None, None, {"language": "en", "language_score": 0.92,
                                        "pii_counts": {"PHONE_NUMBER": 1, "EMAIL_ADDRESS": 1},
                                        "tokens": 1000}),
]
KEPT_TEXT = {5: "Line one of five\n\n  line two  \nline three\nline four", 8: "Eight"}
FILTER_STAGES = ("read", "blocklist", "extract", "langid")
FINISH_STAGES = ("dedup", "pii", "tokenize")


def make_run(root: Path, records=RECORDS, languages=("en",), with_file_row=True) -> Path:
    """A run folder written with the pipeline's own StatsWriter: 1000 bytes in per record, halved
    by extract; a second WARC file that could not be read (a file-level row)."""
    annotations = Recipe.default().annotations  # the default recipe's statistics columns
    filtered = StatsWriter("crawl/a.warc.gz", annotations)
    finished = StatsWriter("crawl/a.warc.gz", annotations)
    for index, url, dropped_at, reason, extra in records:
        size = 1000
        for stage in FILTER_STAGES + FINISH_STAGES:
            kept = stage != dropped_at
            after = size // 2 if stage == "extract" else size
            values = {k: v for k, v in extra.items()
                      if (k in ("language", "language_score") and stage in ("langid", "dedup"))
                      or (k == "dup_cluster" and stage == "dedup")
                      or (k == "pii_counts" and stage == "pii")
                      or (k == "tokens" and stage == "tokenize")
                      or (k == "detail" and not kept)}
            writer = filtered if stage in FILTER_STAGES else finished
            writer.add(record_index=index, doc_id=doc_id(index), stage=stage, kept=kept,
                       reason=None if kept else reason, bytes_in=size,
                       bytes_out=after if kept else None, url=url, record_id=f"<urn:{index}>",
                       token_count=values.get("tokens", 0), **values)
            if not kept:
                break
            size = after
    broken = StatsWriter("crawl/b.warc.gz", annotations)
    if with_file_row:
        broken.add(record_index=-1, doc_id=-1, stage="read", kept=False,
                   reason="unreadable_file", bytes_in=0, detail="gzip: invalid header")
    (root / "stats").mkdir(parents=True)
    for writer, name in ((filtered, "filter-000000"), (finished, "finish-000000"),
                         (broken, "filter-000001")):
        if len(writer):
            pq.write_table(writer.table(),
                           root / "stats" / f"{name}.parquet")
    summary = Summary().merge(filtered.summary).merge(finished.summary).merge(broken.summary)
    summary.add_time("extract", 1.25)
    (root / "summary.json").write_text(json.dumps(summary.to_json()))
    (root / "config.json").write_text(json.dumps({
        "snapshot": root.name, "output": str(root.parent),
        "recipe": [{"step": "extract"}, {"step": "langid", "languages": list(languages),
                                          "min_score": 0.65},
                   {"step": "tokenize", "encoding": "cl100k_base"}]}))
    documents = [(i, url, KEPT_TEXT.get(i, "")) for i, url, dropped_at, _, _ in records
                 if dropped_at is None]
    (root / "documents").mkdir(parents=True)
    pq.write_table(pa.table({"doc_id": pa.array([doc_id(i) for i, _, _ in documents], pa.int64()),
                             "url": [u for _, u, _ in documents],
                             "text": [t for _, _, t in documents]}),
                   root / "documents" / "part-000000.parquet")
    return root


@pytest.fixture
def small_run(tmp_path) -> Path:
    return make_run(tmp_path / "CC-MAIN-2099-01")


def parse_text_table(text: str, first_header: str) -> dict[str, dict[str, str]]:
    """Rows of an aligned text table, keyed by the first column: the block whose header line
    starts with `first_header`, up to the first line that does not fit it (cells are separated
    by two or more spaces)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(first_header))
    names = re.split(r"\s{2,}", lines[start].strip())
    rows = {}
    for line in lines[start + 1:]:
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) != len(names):
            break
        rows[cells[0]] = dict(zip(names, cells))
    return rows


def number(cell: str) -> float:
    return float(cell.replace(",", "").rstrip("%"))


# --- tables on the hand-made run -------------------------------------------------------------


def test_funnel_counts_every_stage_and_agrees_with_the_summary(small_run):
    table = report.funnel(small_run).to_pylist()
    by_stage = {row["stage"]: row for row in table}
    assert [row["stage"] for row in table] == list(FILTER_STAGES + FINISH_STAGES)
    # 9 records plus the unreadable file's row; each later stage sees what the previous kept.
    assert [(r["records_in"], r["records_kept"], r["records_dropped"]) for r in table] == [
        (10, 8, 2), (8, 7, 1), (7, 6, 1), (6, 4, 2), (4, 2, 2), (2, 2, 0), (2, 2, 0)]
    assert by_stage["extract"]["bytes_in"] == 7000 and by_stage["extract"]["bytes_kept"] == 3000
    assert by_stage["tokenize"]["tokens"] == 1100
    assert report.tokens_written(report.funnel(small_run)) == 1100
    assert by_stage["extract"]["cpu_seconds"] == 1.25
    summary = json.loads((small_run / "summary.json").read_text())
    for stage, row in by_stage.items():
        assert (row["records_in"], row["records_kept"], row["bytes_in"], row["bytes_kept"]) == (
            summary[stage]["records_in"], summary[stage]["records_kept"],
            summary[stage]["bytes_in"], summary[stage]["bytes_kept"])


@pytest.mark.parametrize("seconds", [0.2504, 0.25, 0.0499, 1.04999, 12.3456])
def test_the_funnel_prints_the_same_before_and_after_summary_json(seconds):
    # A re-run with nothing to do prints the funnel from summary.json (seconds kept to 3
    # places); the first run printed it from the live sum. Both must print the same digits.
    live = Summary()
    live.count("extract", True, None, 100, 40)
    live.add_time("extract", seconds)
    stored = Summary.from_json(json.loads(json.dumps(live.to_json())))
    assert stored.format_funnel() == live.format_funnel()


def test_drop_reasons_are_per_stage_largest_first_with_their_share(small_run):
    reasons = report.drop_reasons(small_run).to_pylist()
    assert [(r["stage"], r["reason"], r["records"]) for r in reasons] == [
        ("read", "not_response", 1), ("read", "unreadable_file", 1), ("blocklist", "domain", 1),
        ("extract", "too_short", 1), ("langid", "language", 1), ("langid", "low_score", 1),
        ("dedup", "near_duplicate", 2)]
    dedup = reasons[-1]
    assert dedup["share_of_stage"] == pytest.approx(0.5)
    top = report.top_reasons(report.drop_reasons(small_run), 2).to_pylist()
    assert [(r["stage"], r["reason"]) for r in top] == [("dedup", "near_duplicate"),
                                                        ("read", "not_response")]


def test_language_counts_before_and_after_and_score_histogram(small_run):
    counts = report.language_counts(small_run).to_pylist()
    assert counts == [{"language": "en", "before": 5, "after": 4},
                      {"language": "fr", "before": 1, "after": 0}]
    assert report.language_counts(small_run, top=1).to_pylist()[-1] == {
        "language": "other", "before": 1, "after": 0}
    histogram = report.language_score_histogram(small_run, bins=10).to_pylist()
    cells = {(r["bin_low"], r["outcome"]): r["documents"] for r in histogram}
    assert cells == {(0.3, "low_score"): 1, (0.9, "kept"): 4, (0.9, "language"): 1}
    assert report.min_language_score(small_run) == 0.65


def test_dedup_cluster_sizes_and_removed_share(small_run):
    dedup = report.dedup_clusters(small_run)
    assert (dedup.documents_in, dedup.removed, dedup.clusters, dedup.in_clusters) == (4, 2, 1, 3)
    assert dedup.removed_share == pytest.approx(0.5)
    # doc 5 with its two near-duplicates is a cluster of 3; doc 8 had no near-duplicate.
    assert dedup.sizes.to_pylist() == [{"cluster_size": 1, "clusters": 1},
                                       {"cluster_size": 3, "clusters": 1}]


def test_pii_replacements_by_entity_type(small_run):
    pii, scanned = report.pii_by_type(small_run)
    assert scanned == 2
    assert pii.to_pylist() == [{"entity": "EMAIL_ADDRESS", "replacements": 3, "documents": 2},
                               {"entity": "PHONE_NUMBER", "replacements": 1, "documents": 1}]


def test_tokens_per_document(small_run):
    tokens = report.tokens_per_document(small_run)
    assert (tokens.documents, tokens.total, tokens.minimum, tokens.maximum) == (2, 1100, 100, 1000)
    assert tokens.mean == 550.0
    histogram = tokens.histogram.to_pylist()
    assert sum(r["documents"] for r in histogram) == 2
    assert histogram[0]["bin_low"] == pytest.approx(100) and histogram[-1]["bin_low"] == (
        pytest.approx(1000))


def test_top_domains_kept_and_removed(small_run):
    kept, removed = report.top_domains(small_run)
    # www. and case are folded; requests (read/not_response) and file rows are not pages.
    assert kept.to_pylist() == [{"domain": "a.com", "documents": 2, "tokens": 1100}]
    assert removed.to_pylist() == [
        {"domain": "c.net", "documents": 2, "top_reason": "dedup/near_duplicate"},
        {"domain": "a.com", "documents": 1, "top_reason": "extract/too_short"},
        {"domain": "b.org", "documents": 1, "top_reason": "langid/low_score"},
        {"domain": "bad.com", "documents": 1, "top_reason": "blocklist/domain"},
        {"domain": "fr.example", "documents": 1, "top_reason": "langid/language"}]


def test_removed_samples_show_text_only_where_the_run_has_it(small_run):
    samples = report.removed_samples(small_run, per_reason=1, lines=2).to_pylist()
    by_reason = {f"{s['stage']}/{s['reason']}": s for s in samples}
    assert list(by_reason) == ["read/not_response", "read/unreadable_file", "blocklist/domain",
                               "extract/too_short", "langid/language", "langid/low_score",
                               "dedup/near_duplicate"]
    duplicate = by_reason["dedup/near_duplicate"]
    assert duplicate["url"] in ("https://c.net/6", "https://c.net/7")
    assert duplicate["text"] == "Line one of five\nline two"
    assert str(doc_id(5)) in duplicate["text_source"]
    assert report.DEDUP_SAMPLE_NOTE in duplicate["text_source"]
    blocked = by_reason["blocklist/domain"]
    assert (blocked["url"], blocked["detail"], blocked["text"]) == ("http://bad.com/x",
                                                                    "bad.com", "")
    assert blocked["text_source"] == report.NO_TEXT_NOTE
    # Seeded: the same sample each time.
    assert report.removed_samples(small_run, per_reason=1, lines=2).to_pylist() == samples


# Every axis label ends with its unit in parentheses.
UNIT = re.compile(r"\(.+\)$")


def assert_readable(figures: dict) -> None:
    assert len(figures) == 8
    for name, figure in figures.items():
        for ax in figure.axes:
            assert ax.get_title(), f"{name}: a plot without a title"
            assert UNIT.search(ax.get_xlabel()), f"{name}: x label {ax.get_xlabel()!r}"
            assert UNIT.search(ax.get_ylabel()), f"{name}: y label {ax.get_ylabel()!r}"


def test_every_plot_has_a_title_and_axes_labelled_with_units(small_run):
    pytest.importorskip("matplotlib", reason="pip install -e '.[report]'")
    assert_readable(report.build(small_run).figures())


def test_a_run_that_kept_nothing_still_reports(tmp_path):
    pytest.importorskip("matplotlib", reason="pip install -e '.[report]'")
    records = [(0, "http://x.org/", "read", "http_status", {"detail": "404"})]
    run = make_run(tmp_path / "CC-MAIN-2099-02", records, with_file_row=False)
    built = report.build(run)
    assert built.funnel.to_pylist()[0]["records_kept"] == 0
    assert built.dedup.documents_in == 0 and built.tokens.documents == 0
    assert_readable(built.figures())
    page = report.render_html(built)
    assert page.count("<img ") == 8
    assert "read/http_status" in page


# --- `pipeline stats` ------------------------------------------------------------------------


def test_stats_prints_the_funnel_of_the_sample_run_as_in_summary_json(sample_run):
    result = run_cli("stats", str(sample_run))
    assert result.returncode == 0, result.stderr
    funnel = parse_text_table(result.stdout, "stage ")
    summary = json.loads((sample_run / "summary.json").read_text())
    assert list(funnel) == list(summary)
    for stage, counts in summary.items():
        row = funnel[stage]
        assert number(row["records in"]) == counts["records_in"]
        assert number(row["kept"]) == counts["records_kept"]
        assert number(row["dropped"]) == counts["records_in"] - counts["records_kept"]
        assert number(row["MB in"]) == round(counts["bytes_in"] / 1e6, 2)
        assert number(row["MB kept"]) == round(counts["bytes_kept"] / 1e6, 2)
    tokens = sum(c["tokens"] for c in summary.values())
    assert tokens > 0
    assert f"tokens written: {tokens:,}" in result.stdout

    reasons = parse_text_table(result.stdout, "stage/reason")
    expected = sorted(((f"{stage}/{reason}", n) for stage, c in summary.items()
                       for reason, n in c["reasons"].items()), key=lambda kv: -kv[1])[:10]
    assert [(name, number(row["records"])) for name, row in reasons.items()] == expected


def test_stats_top_limits_the_reasons(sample_run):
    result = run_cli("stats", str(sample_run), "--top", "2")
    assert result.returncode == 0, result.stderr
    assert len(parse_text_table(result.stdout, "stage/reason")) == 2


def test_stats_compare_shows_what_changed_per_stage(sample_run, tmp_path):
    same = run_cli("stats", "--compare", str(sample_run), str(sample_run))
    assert same.returncode == 0, same.stderr
    rows = parse_text_table(same.stdout, "stage ")
    assert rows["tokenize"]["kept B-A"] == "0" and rows["read"]["MB kept B-A"] == "0"
    assert "configuration: identical" in same.stdout

    other = make_run(tmp_path / "CC-MAIN-2099-01", languages=("en", "fr"))
    result = run_cli("stats", str(sample_run), "--compare", str(other), "--top", "50")
    assert result.returncode == 0, result.stderr
    summary = json.loads((sample_run / "summary.json").read_text())
    rows = parse_text_table(result.stdout, "stage ")
    read_kept = summary["read"]["records_kept"]
    assert number(rows["read"]["A kept"]) == read_kept and rows["read"]["B kept"] == "8"
    assert rows["read"]["kept B-A"].startswith(f"{8 - read_kept:+,} (")
    reasons = parse_text_table(result.stdout, "stage/reason")
    unreadable = reasons["read/unreadable_file"]
    assert (unreadable["A"], unreadable["B"], unreadable["B-A"]) == ("0", "1", "+1")
    changes = parse_text_table(result.stdout, "setting")
    assert changes["langid.languages"] == {"setting": "langid.languages", "A": '["en"]',
                                           "B": '["en", "fr"]'}


@pytest.mark.parametrize("args, message", [
    (["{missing}"], "no such folder"),
    (["{parent}"], "no stats/"),
    (["--compare", "{run}"], "--compare needs two run folders"),
    (["{run}", "{run}"], "use --compare"),
])
def test_stats_errors_are_one_line_with_exit_2(sample_run, tmp_path, capsys, args, message):
    values = {"missing": str(tmp_path / "nope"), "parent": str(sample_run.parent),
              "run": str(sample_run)}
    assert report.stats_main([a.format(**values) for a in args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err and len(captured.err.strip().splitlines()) == 1
    assert captured.err.startswith("pipeline: error: ")
    if args == ["{parent}"]:
        assert f"did you mean {sample_run}" in captured.err


# --- `pipeline report` -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_report(sample_run, tmp_path_factory) -> Path:
    pytest.importorskip("matplotlib", reason="pip install -e '.[report]'")
    output = tmp_path_factory.mktemp("report") / "report.html"
    result = run_cli("report", str(sample_run), "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert str(output) in result.stdout
    return output


def decode_png(data: bytes):
    import matplotlib.image

    return matplotlib.image.imread(io.BytesIO(data), format="png")


def distinct_colours(image) -> int:
    import numpy as np

    rgb = (image[..., :3] * 255).round().astype(np.uint32)
    return len(np.unique((rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2]))


def test_report_is_one_self_contained_html_file_with_non_empty_images(sample_report, sample_run):
    page = sample_report.read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(link|script)\b", page, re.I), "external CSS or JS"
    assert not re.search(r"""(src|href)\s*=\s*["'](?!data:)""", page, re.I), "external resource"
    images = re.findall(r'<img alt="([^"]+)" src="data:image/png;base64,([^"]+)"', page)
    assert [alt for alt, _ in images] == ["Funnel", "Removal reasons", "Languages",
                                          "Language scores", "Near-duplicates", "PII",
                                          "Tokens per document", "Domains"]
    for alt, data in images:
        image = decode_png(base64.b64decode(data))
        assert image.shape[0] > 200 and image.shape[1] > 500, alt
        assert distinct_colours(image) > 20, f"{alt}: the image is (nearly) uniform"
    # The same numbers as `pipeline stats`.
    summary = json.loads((sample_run / "summary.json").read_text())
    tokens = sum(c["tokens"] for c in summary.values())
    assert f"Tokens written: <b>{tokens:,}</b>" in page
    for stage, counts in summary.items():
        assert f"<td>{stage}</td><td class=\"num\">{counts['records_in']:,}</td>" in page


def test_report_defaults_to_the_run_folder_and_rejects_other_folders(small_run, tmp_path,
                                                                    capsys):
    pytest.importorskip("matplotlib", reason="pip install -e '.[report]'")
    assert report.report_main([str(small_run)]) == 0
    assert f"report: {small_run / 'report.html'}" in capsys.readouterr().out
    assert (small_run / "report.html").read_text().count("<img ") == 8
    assert report.report_main([str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "no stats/" in error and len(error.strip().splitlines()) == 1


def chromium() -> str | None:
    return shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def test_report_renders_in_headless_chromium(sample_report, tmp_path):
    browser = chromium()
    if browser is None:
        pytest.skip("chromium not installed (scripts/test.sh installs Debian's `chromium` "
                    "with apt-get when it can)")
    screenshot = tmp_path / "report.png"
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
               f"--screenshot={screenshot}", "--window-size=1280,4000",
               sample_report.resolve().as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert screenshot.is_file(), f"no screenshot: {result.stderr[-2000:]}"
    image = decode_png(screenshot.read_bytes())
    assert image.shape[:2] == (4000, 1280)
    # A blank page is one colour; the report's plots and tables give hundreds.
    assert distinct_colours(image) > 200
    non_white = (image[..., :3] < 0.95).any(axis=-1).mean()
    assert non_white > 0.05, f"only {non_white:.1%} of the screenshot is not white"


# --- the funnel chart's labels never overlap (issue 25) --------------------------------------

def drawn_text_boxes(figure, dpi: int) -> list[tuple[str, object]]:
    """(text, box in pixels) of every text matplotlib draws in `figure` at `dpi`: titles, axis
    labels, the tick labels inside the view limits, bar values."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    figure.set_dpi(dpi)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    hidden = set()
    for ax in figure.axes:  # tick labels beyond the view limits exist but are not drawn
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                    hidden.update({id(tick.label1), id(tick.label2)})
    return [(t.get_text(), t.get_window_extent(renderer)) for t in figure.findobj(Text)
            if t.get_visible() and t.get_text().strip() and id(t) not in hidden]


def assert_no_overlap(figure, dpi: int, inside: bool) -> None:
    import itertools

    boxes = drawn_text_boxes(figure, dpi)
    assert len(boxes) > 20
    overlapping = [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
                   if box_a.overlaps(box_b)]
    assert not overlapping, f"at {dpi} dpi: {overlapping}"
    if inside:  # the report saves the figure as it is (the notebook crops to what is drawn)
        frame = figure.bbox
        outside = [text for text, box in boxes if box.x0 < frame.x0 or box.y0 < frame.y0
                   or box.x1 > frame.x1 or box.y1 > frame.y1]
        assert not outside, f"at {dpi} dpi, outside the figure: {outside}"


def funnel_of(stages: list[str]) -> "pa.Table":
    kept = [10_000 - 700 * i for i in range(len(stages))]
    return pa.table({"stage": stages, "records_in": [10_000] + kept[:-1], "records_kept": kept,
                     "records_dropped": [700] * len(stages),
                     "bytes_in": [k * 5_000 for k in [10_000] + kept[:-1]],
                     "bytes_kept": [k * 5_000 for k in kept], "tokens": [0] * len(stages),
                     "cpu_seconds": [1.0] * len(stages)})


@pytest.mark.parametrize("stages", ["sample", "long"])
def test_funnel_chart_labels_never_overlap(sample_run, stages):
    """The HTML report saves the funnel at 100 dpi as it is; the notebook shows it at the inline
    backend's 100 dpi, cropped to what is drawn (`bbox_inches="tight"`). In neither may a stage
    name, a value, a title or an axis label overlap another (once, "c4" hid under
    "gopher_quality"), on the sample run and on a recipe with many long step names."""
    pytest.importorskip("matplotlib", reason="pip install -e '.[report]'")
    if stages == "sample":
        table = report.funnel(sample_run)
        assert len(table) == 12
    else:
        table = funnel_of(["read", *(f"my_quality_filter_number_{i}" for i in range(16)),
                           "tokenize"])
    for dpi in (100, 72, 150):
        assert_no_overlap(report.plot_funnel(table), dpi, inside=True)
