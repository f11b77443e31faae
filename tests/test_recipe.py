"""Recipes: the order of steps is data. Parsing and checking (one-line errors naming the file, step
and setting), the runner's generic step loop, and custom recipes through the real CLI."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow.dataset as ds
import pytest

from pipeline.recipe import DEFAULT_STEPS, Recipe, RecipeError, RecipeStep
from pipeline.tasks import BuiltStep, Item, apply_steps
from pipeline.stats import StatsWriter
from stages import STEPS, Annotation, Decision, Doc, Step
from tests.conftest import run_cli


def test_default_recipe_is_fineweb_order():
    recipe = Recipe.default()
    assert recipe.names == list(DEFAULT_STEPS)
    before, global_step, after = recipe.split()
    assert [s.name for s in before][:3] == ["blocklist", "prefilter", "extract"]
    assert global_step.name == "dedup" and [s.name for s in after] == ["pii", "tokenize"]
    assert set(DEFAULT_STEPS) <= set(STEPS)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_toml_and_yaml_recipes_read_the_same(tmp_path):
    toml = write(tmp_path, "r.toml", """
[[steps]]
step = "extract"
[[steps]]
step = "langid"
languages = ["en", "de"]
min_score = 0.5
[[steps]]
step = "tokenize"
""")
    yaml = write(tmp_path, "r.yaml", """
steps:
  - step: extract
  - step: langid
    languages: [en, de]
    min_score: 0.5
  - step: tokenize
""")
    a, b = Recipe.load(toml), Recipe.load(yaml)
    assert a == b and a.names == ["extract", "langid", "tokenize"]
    assert a.settings("langid").languages == ("en", "de") and a.settings("langid").min_score == 0.5
    assert a.split()[1] is None  # no global step: everything but tokenize runs per file
    assert Recipe.from_json(a.to_json()) == a


@pytest.mark.parametrize("text, message", [
    ('[[steps]]\nstep = "extract"\n[[steps]]\nstep = "langidd"\n[[steps]]\nstep = "tokenize"\n',
     "step 2: unknown step 'langidd' (did you mean langid?); known steps: blocklist"),
    ('[[steps]]\nstep = "extract"\nfast_mode = true\n[[steps]]\nstep = "tokenize"\n',
     "step 1 (extract): unknown setting(s) fast_mode (did you mean fast?); settings of this step: timeout_s"),
    ('[[steps]]\nstep = "extract"\n[[steps]]\nstep = "langid"\nmin_score = "high"\n'
     '[[steps]]\nstep = "tokenize"\n', "step 2 (langid): setting min_score = 'high' is not a number"),
    ('[[steps]]\nstep = "extract"\n[[steps]]\nstep = "langid"\nmin_score = 2.0\n'
     '[[steps]]\nstep = "tokenize"\n', "step 2 (langid): min_score must be in [0, 1]"),
    ('[[steps]]\nstep = "extract"\n[[steps]]\nstep = "blocklist"\n[[steps]]\nstep = "tokenize"\n',
     "page steps (blocklist, prefilter) must come before `extract`"),
    ('[[steps]]\nstep = "langid"\n[[steps]]\nstep = "tokenize"\n', "has no `extract` step"),
    ('[[steps]]\nstep = "extract"\n[[steps]]\nstep = "tokenize"\n[[steps]]\nstep = "pii"\n',
     "`tokenize` must be the last step"),
    ('[[steps]]\nstep = "extract"\n[[steps]]\nstep = "pii"\n[[steps]]\nstep = "pii"\n'
     '[[steps]]\nstep = "tokenize"\n', "step(s) pii appear more than once"),
    ('[[step]]\nstep = "extract"\n', "expected a list of steps under `steps`"),
    ('[[steps]\n', "not valid TOML"),
])
def test_recipe_mistakes_are_one_line_errors(tmp_path, text, message):
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(RecipeError) as error:
        Recipe.load(path)
    assert message in str(error.value) and str(path) in str(error.value)
    assert "\n" not in str(error.value)


@dataclass(frozen=True)
class ShoutSettings:
    min_chars: int = 3


class Shout(Step):
    """A document step defined outside stages/: uppercases, drops short texts."""

    name, Settings = "shout", ShoutSettings
    annotations = (Annotation("chars", "int64", "characters before uppercasing"),)

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        return [Decision.keep(text=doc.text.upper(), chars=len(doc.text))
                if len(doc.text) >= self.settings.min_chars
                else Decision.drop("too_short", detail=f"{len(doc.text)} chars")
                for doc in docs]


def test_runner_applies_any_step_generically():
    """apply_steps knows no step: it writes a row per document per step, applies text changes
    and annotations, and counts bytes in and out from the text."""
    items = [Item(doc_id=i, record_index=i, record_id=None, date=None, size=len(t),
                   doc=Doc(url=f"https://x/{i}", text=t)) for i, t in enumerate(["hello", "hi"])]
    stats = StatsWriter("file.warc.gz", Shout.annotations)
    kept = apply_steps([BuiltStep.build(RecipeStep.of(Shout, ShoutSettings(min_chars=3)))],
                       items, stats)
    assert [item.doc.text for item in kept] == ["HELLO"]
    assert kept[0].doc.annotations["chars"] == 5
    rows = stats.table().to_pylist()
    assert [(r["stage"], r["kept"], r["reason"], r["detail"], r["bytes_in"], r["bytes_out"],
             r["chars"]) for r in rows] == [("shout", True, None, None, 5, 5, 5),
                                            ("shout", False, "too_short", "2 chars", 2, None,
                                             None)]
    assert stats.summary.to_json()["shout"]["reasons"] == {"too_short": 1}


class Undeclared(Shout):
    name, annotations = "undeclared", ()


def test_an_undeclared_annotation_is_an_error_not_a_silent_loss():
    items = [Item(doc_id=0, record_index=0, record_id=None, date=None, size=5,
                   doc=Doc(url="https://x/0", text="hello"))]
    with pytest.raises(RuntimeError, match="step undeclared returned annotation.*chars"):
        apply_steps([BuiltStep.build(RecipeStep.of(Undeclared, ShoutSettings()))], items,
                    StatsWriter("file.warc.gz"))


def stats_rows(root):
    return ds.dataset(root / "stats", format="parquet").to_table().to_pylist()


def test_custom_recipe_runs_through_the_cli_and_is_recorded(tmp_path):
    """A recipe without dedup and PII, with a changed language threshold, through the real CLI:
    the funnel shows exactly its steps and config.json records it."""
    recipe = write(tmp_path, "recipe.yaml", """
steps:
  - step: blocklist
  - step: extract
  - step: langid
    languages: [en]
    min_score: 0.9
  - step: tokenize
""")
    result = run_cli("run", "--sample", "--output", str(tmp_path / "out"), "--recipe",
                     str(recipe), "--no-progress", "--num-cpus", "1")
    assert result.returncode == 0, result.stderr
    root = next((tmp_path / "out").iterdir())
    config = json.loads((root / "config.json").read_text())
    assert [s["step"] for s in config["recipe"]] == ["blocklist", "extract", "langid", "tokenize"]
    assert config["recipe"][2]["min_score"] == 0.9
    stages = {row["stage"] for row in stats_rows(root)}
    assert stages == {"read", "blocklist", "extract", "langid", "tokenize"}
    langid = [r for r in stats_rows(root) if r["stage"] == "langid"]
    assert langid and all(r["language_score"] >= 0.9 for r in langid if r["kept"])
    assert all(r["language_score"] < 0.9 for r in langid if r["reason"] == "low_score")
    summary = json.loads((root / "summary.json").read_text())
    assert list(summary) == ["read", "blocklist", "extract", "langid", "tokenize"]
    assert summary["tokenize"]["records_kept"] == summary["langid"]["records_kept"]

    # The same command resumes; another recipe on the same output is refused, naming the change.
    again = run_cli("run", "--sample", "--output", str(tmp_path / "out"), "--recipe",
                    str(recipe), "--no-progress", "--num-cpus", "1")
    assert again.returncode == 0, again.stderr
    other = run_cli("run", "--sample", "--output", str(tmp_path / "out"), "--no-progress")
    assert other.returncode == 2
    assert "recipe steps" in other.stderr and "\n" not in other.stderr.strip()


def test_bad_recipe_through_the_cli_is_one_line(tmp_path):
    recipe = write(tmp_path, "recipe.toml", '[[steps]]\nstep = "extract"\nwords = 3\n'
                                            '[[steps]]\nstep = "tokenize"\n')
    result = run_cli("run", "--sample", "--output", str(tmp_path / "out"), "--recipe", str(recipe))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"pipeline: error: {recipe}: step 1 (extract): unknown setting(s) words; settings of "
        f"this step: {', '.join(__import__('stages.extract').extract.ExtractSettings.__dataclass_fields__)}")
    assert not (tmp_path / "out").exists()


def test_command_line_options_override_the_recipe():
    """--no-prefilter removes the step (no fastText call at all, not a zero threshold);
    --languages reaches both language steps; other options reach their step's settings."""
    from pipeline.cli import _recipe, build_parser

    args = build_parser().parse_args(["run", "--sample", "--output", "x", "--no-prefilter",
                                      "--languages", "de,fr", "--min-language-score", "0.5",
                                      "--extract-timeout", "2", "--tokenizer", "r50k_base"])
    recipe = _recipe(args)
    assert "prefilter" not in recipe.names
    assert recipe.settings("langid").languages == ("de", "fr")
    assert recipe.settings("langid").min_score == 0.5
    assert recipe.settings("extract").timeout_s == 2
    assert recipe.settings("tokenize").encoding == "r50k_base"
    args = build_parser().parse_args(["run", "--sample", "--output", "x", "--languages", "all"])
    recipe = _recipe(args)
    assert recipe.settings("prefilter").languages == () == recipe.settings("langid").languages


def test_nested_settings_from_toml(tmp_path):
    """Lists of pairs (Gopher's n-gram thresholds) come in as nested tuples."""
    path = write(tmp_path, "r.toml", """
[[steps]]
step = "extract"
[[steps]]
step = "gopher_repetition"
top_n_grams = [[2, 0.3], [3, 0.2]]
[[steps]]
step = "tokenize"
""")
    settings = Recipe.load(path).settings("gopher_repetition")
    assert settings.top_n_grams == ((2, 0.3), (3, 0.2))
    bad = write(tmp_path, "bad.toml", path.read_text().replace("[3, 0.2]", "[3, 'x']"))
    with pytest.raises(RecipeError, match="setting top_n_grams"):
        Recipe.load(bad)
