"""A user's own step, in their own code (issue 21): named by import path from a module beside the
recipe (outside the package and off sys.path), or by an entry point of an installed package; run
through the real CLI on Ray. The module is shipped to the workers (runtime_env py_modules: the
worker imports it from Ray's copy, which `origin_file` shows), its declared annotation becomes a
documents column, and a step that asks for a pool of actors runs on them."""
from __future__ import annotations

import json
import os
import re
import textwrap
from pathlib import Path

import pyarrow.dataset as ds

from tests.conftest import run_cli

STEP_MODULE = '''
"""A user's step, outside the pipeline package (tests/test_user_steps.py writes it)."""
from dataclasses import dataclass

from stages import Annotation, Decision, Step


@dataclass(frozen=True)
class OriginSettings:
    actors: int = 0          # > 0: run on a pool of that many single-CPU actors
    min_chars: int = 2000


class Origin(Step):
    """Keeps documents of at least `min_chars` characters; notes where it ran."""

    name, Settings = "origin", OriginSettings
    annotations = (
        Annotation("origin_file", "string", "the file this module was imported from"),
        Annotation("in_actor", "bool", "whether an actor of a pool ran the step"),
    )

    @classmethod
    def actor_resources(cls, settings, cluster):
        return {"actors": settings.actors, "num_cpus": 1} if settings.actors else None

    def __call__(self, docs):
        import ray

        in_actor = ray.get_runtime_context().get_actor_id() is not None
        return [Decision.keep(origin_file=__file__, in_actor=in_actor)
                if len(doc.text or "") >= self.settings.min_chars
                else Decision.drop("short", detail=f"{len(doc.text or '')} chars")
                for doc in docs]
'''


def recipe(step_ref: str, actors: int = 0) -> str:
    return textwrap.dedent(f"""
        [[steps]]
        step = "blocklist"
        [[steps]]
        step = "extract"
        [[steps]]
        step = "langid"
        [[steps]]
        step = "{step_ref}"
        actors = {actors}
        [[steps]]
        step = "tokenize"
        """)


def write_user_folder(folder: Path, step_ref: str, actors: int = 0) -> Path:
    """The user's folder: their step module and a recipe that names it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "origin_steps.py").write_text(STEP_MODULE)
    path = folder / "recipe.toml"
    path.write_text(recipe(step_ref, actors))
    return path


def documents(root: Path):
    return ds.dataset(root / "documents", format="parquet").to_table()


def check_user_step_output(root: Path, in_actor: bool) -> None:
    """The step's annotations are typed documents columns, its rows are in the statistics with
    its own drop reason, and the workers imported the module from Ray's shipped copy."""
    table = documents(root)
    assert table.num_rows > 0
    assert str(table.schema.field("origin_file").type) == "string"
    assert str(table.schema.field("in_actor").type) == "bool"
    origins = set(table["origin_file"].to_pylist())
    assert origins and all("runtime_resources" in o and o.endswith("origin_steps.py")
                           for o in origins), origins
    assert set(table["in_actor"].to_pylist()) == {in_actor}
    stats = ds.dataset(root / "stats", format="parquet").to_table()
    rows = [r for r in stats.to_pylist() if r["stage"] == "origin"]
    assert {r["reason"] for r in rows if not r["kept"]} == {"short"}
    summary = json.loads((root / "summary.json").read_text())
    assert summary["origin"]["reasons"]["short"] >= 1
    config = json.loads((root / "config.json").read_text())
    entry = [s for s in config["recipe"] if s["step"] == "origin_steps:Origin"][0]
    assert entry["min_chars"] == 2000
    # listed where the recipe puts it, in summary.json, at the end of the run and by `pipeline stats`
    order = ["read", "blocklist", "extract", "langid", "origin", "tokenize"]
    assert list(summary) == order
    stats_out = run_cli("stats", str(root))
    assert stats_out.returncode == 0, stats_out.stderr
    listed = [line.split()[0] for line in stats_out.stdout.splitlines()
              if line.split() and line.split()[0] in order]
    assert listed[:len(order)] == order, stats_out.stdout


def ray_notices(stderr: str) -> list[str]:
    """Lines Ray's own loggers print (`2026-12-05 17:34:13,886\tWARNING worker.py:...`)."""
    return [line for line in stderr.splitlines() if re.match(r"\d{4}-\d\d-\d\d .*\t(INFO|WARNING) ", line)]


def test_the_sample_run_prints_no_ray_notice_without_verbose(sample_run):
    """Ray starts early in the background there; what it logs meanwhile is dropped."""
    assert not ray_notices((sample_run / "cli_stderr.txt").read_text())


def test_a_step_from_the_users_own_module_runs_in_the_file_tasks_and_on_a_pool(tmp_path):
    user = tmp_path / "my_project"   # not on sys.path: found beside the recipe, then shipped
    path = write_user_folder(user, "origin_steps:Origin")
    result = run_cli("run", "--sample", "--recipe", str(path), "--output", str(tmp_path / "out"),
                     "--no-progress", "--num-cpus", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    check_user_step_output(tmp_path / "out" / "sample-CC-MAIN-2024-10", in_actor=False)
    # Ray starts late here (it ships the module from its start): its notices are held too
    assert not ray_notices(result.stderr), result.stderr

    path = write_user_folder(user, "origin_steps:Origin", actors=1)
    result = run_cli("run", "--sample", "--recipe", str(path), "--output", str(tmp_path / "pool"),
                     "--no-progress", "--num-cpus", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    check_user_step_output(tmp_path / "pool" / "sample-CC-MAIN-2024-10", in_actor=True)


def test_a_pool_that_leaves_no_cpu_to_the_file_tasks_is_a_one_line_error(tmp_path):
    path = write_user_folder(tmp_path / "my_project", "origin_steps:Origin", actors=2)
    result = run_cli("run", "--sample", "--recipe", str(path), "--output", str(tmp_path / "out"),
                     "--no-progress", "--num-cpus", "2")
    assert result.returncode != 0
    line = [ln for ln in result.stderr.splitlines() if "actor" in ln]
    assert line and "step origin" in line[0] and "leaves none of the cluster's 2 CPUs" in line[0], \
        result.stderr


def test_an_installed_package_registers_a_step_by_entry_point(tmp_path):
    """A package's pyproject `[project.entry-points."cc_pipeline.steps"] origin = "..."`: the
    recipe names the step `origin`; installed here as a folder on PYTHONPATH with its
    dist-info, as pip leaves it."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "origin_steps.py").write_text(STEP_MODULE)
    info = site / "origin_steps-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: origin-steps\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[cc_pipeline.steps]\norigin = origin_steps:Origin\n")
    path = tmp_path / "recipe.toml"
    path.write_text(recipe("origin"))
    env = dict(os.environ, PYTHONPATH=str(site))
    result = run_cli("run", "--sample", "--recipe", str(path), "--output", str(tmp_path / "out"),
                     "--no-progress", "--num-cpus", "2", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    root = tmp_path / "out" / "sample-CC-MAIN-2024-10"
    table = documents(root)
    # installed: imported from the package's own folder on every worker, not shipped
    assert set(table["origin_file"].to_pylist()) == {str(site / "origin_steps.py")}
    config = json.loads((root / "config.json").read_text())
    assert [s["step"] for s in config["recipe"]][3] == "origin"
