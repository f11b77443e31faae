"""notebooks/filter_stats.ipynb runs without an error on the sample run, shows every plot, and the
numbers it prints are those `pipeline stats` prints."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.test_report import number, parse_text_table

NOTEBOOK = REPO / "notebooks" / "filter_stats.ipynb"
PLOTS = 8  # funnel, reasons, languages, language scores, dedup, PII, tokens, domains


def execute(notebook: Path, run: Path):
    nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[report]'")
    nbclient = pytest.importorskip("nbclient", reason="pip install -e '.[report]'")
    pytest.importorskip("ipykernel", reason="pip install -e '.[report]'")
    nb = nbformat.read(notebook, as_version=4)
    parameters = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1 and re.match(r"RUN = ", parameters[0].source), (
        "the notebook's first code cell (tagged `parameters`) sets RUN")
    parameters[0].source = f"RUN = {str(run)!r}"
    # Raises CellExecutionError (the test fails, naming the cell) if any cell errors.
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(notebook.parent)}}).execute()
    return nb


@pytest.fixture(scope="module")
def executed(sample_run):
    return execute(NOTEBOOK, sample_run)


def printed(nb) -> str:
    return "\n".join(output.get("text", "") for cell in nb.cells if cell.cell_type == "code"
                     for output in cell.get("outputs", []) if output.output_type == "stream"
                     and output.get("name") == "stdout")


def test_notebook_runs_and_shows_every_plot(executed):
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == PLOTS
    # The last cell shows the sample of removed documents as a table with their urls.
    last = executed.cells[-1].outputs[-1]["data"]["text/html"]
    assert "near_duplicate" in last and "http" in last


def test_the_notebook_shows_the_numbers_pipeline_stats_prints(executed, sample_run):
    stats = run_cli("stats", str(sample_run), "--top", "100")
    assert stats.returncode == 0, stats.stderr
    shown = printed(executed)

    notebook_funnel = parse_text_table(shown, "stage ")
    stats_funnel = parse_text_table(stats.stdout, "stage ")
    assert notebook_funnel == stats_funnel
    summary = json.loads((sample_run / "summary.json").read_text())
    assert {stage: number(row["kept"]) for stage, row in notebook_funnel.items()} == {
        stage: counts["records_kept"] for stage, counts in summary.items()}
    tokens = re.search(r"^tokens written: ([\d,]+)$", shown, re.M).group(1)
    assert f"tokens written: {tokens}" in stats.stdout
    assert number(tokens) == summary["tokenize"]["tokens"] > 0

    # Reasons: the notebook lists them per stage, `pipeline stats` largest first; same counts.
    notebook_reasons = parse_text_table(shown, "stage/reason")
    stats_reasons = parse_text_table(stats.stdout, "stage/reason")
    assert notebook_reasons == stats_reasons

    dedup = re.search(r"^near-duplicates: ([\d,]+) of ([\d,]+) documents", shown, re.M)
    assert f"near-duplicates: {dedup.group(1)} of {dedup.group(2)} documents" in stats.stdout
    assert number(dedup.group(1)) == summary["dedup"]["records_in"] - summary["dedup"][
        "records_kept"]
