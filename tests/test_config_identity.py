"""config.json: what defines a run's output, robust to harmless differences, and enough to repeat
the run (`pipeline run --config`). User mistakes are reported before any heavy import."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from tests.conftest import REPO, run_cli

SAMPLE = "sample-CC-MAIN-2024-10"  # --sample's output folder


def documents(root):
    table = pq.read_table(root / "documents").sort_by("doc_id")
    return table.select(["doc_id", "text", "shard", "token_offset"]).to_pylist()


def test_config_records_identity_and_survives_harmless_differences(sample_run, tmp_path):
    config = json.loads((sample_run / "config.json").read_text())
    assert config["data_root"] == "sample"  # not this machine's install path
    assert config["output"] == str(sample_run.parent)  # normalised: absolute, no trailing slash
    assert config["fingerprint"]["tokenize"]["ranks_sha256"].startswith("223921b7")
    assert len(config["fingerprint"]["langid"]["model_sha256"]) == 64
    assert {"trafilatura", "tiktoken", "datasketch"} <= set(config["versions"])
    assert config["execution"]["dedup_partitions"] is None

    # The same folder named three ways, and another dedup partition count: all the same run.
    for output in (str(sample_run.parent) + "/", os.path.relpath(sample_run.parent, REPO)):
        result = run_cli("run", "--sample", "--output", output, "--no-progress",
                         "--dedup-partitions", "3")
        assert result.returncode == 0, result.stderr
    assert json.loads((sample_run / "config.json").read_text())["fingerprint"] == config["fingerprint"]


def test_config_json_repeats_the_run(sample_run, tmp_path):
    result = run_cli("run", "--config", str(sample_run / "config.json"), "--output",
                     str(tmp_path / "again"), "--no-progress", "--num-cpus", "1")
    assert result.returncode == 0, result.stderr
    again = tmp_path / "again" / SAMPLE
    assert documents(again) == documents(sample_run)
    first = json.loads((sample_run / "config.json").read_text())
    second = json.loads((again / "config.json").read_text())
    for record in (first, second):
        record.pop("output"), record.pop("execution")
    assert first == second
    # --config repeats a run as recorded: an option that would change it is refused.
    refused = run_cli("run", "--config", str(sample_run / "config.json"), "--output",
                      str(tmp_path / "other"), "--languages", "de")
    assert refused.returncode == 2 and "--languages would change it" in refused.stderr
    # the shard size too (it was silently ignored: its default could not be told from a value)
    refused = run_cli("run", "--config", str(sample_run / "config.json"), "--output",
                      str(tmp_path / "other"), "--shard-tokens", "5000")
    assert refused.returncode == 2 and "--shard-tokens would change it" in refused.stderr


PROBE = """
import sys
from pipeline.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in ("ray", "presidio_analyzer", "spacy", "trafilatura", "datasketch")
               if m in sys.modules)
print("HEAVY", ",".join(heavy))
sys.exit(code)
"""


@pytest.mark.parametrize("args, message", [
    (["--snapshot", "CC-MAIN-2024-99"], "not a Common Crawl snapshot name"),
    (["--snapshot", "CC-MAIN-2024-1O"], "snapshot names look like CC-MAIN-2024-10"),
    (["--sample", "--output", "{blocker}/out"], "cannot write to"),
])
def test_mistakes_are_reported_before_heavy_imports(tmp_path, args, message):
    blocker = tmp_path / "file"
    blocker.write_text("")
    args = [a.replace("{blocker}", str(blocker)) for a in args]
    if "--output" not in args:
        args += ["--output", str(tmp_path / "out")]
    result = subprocess.run([sys.executable, "-c", PROBE, "run", *args], capture_output=True,
                            text=True, cwd=REPO, timeout=120)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "HEAVY \n" in result.stdout  # none of Ray, presidio, spaCy, trafilatura was imported
