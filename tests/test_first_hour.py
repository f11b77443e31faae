"""A new user's first hour (issue 25): every mistake is one line, found before Ray starts and
before any step's heavy library is imported, within a 1 s budget; recipe wording in the user's
words; language codes checked against what the language-ID models know; help, version and the
small things."""
from __future__ import annotations

import dataclasses
import json
import os
import resource
import subprocess
import sys
import typing

import pytest

from pipeline.recipe import Recipe, RecipeError, check_entries, source_fields
from stages import STEPS, step_class
from tests.conftest import REPO, run_cli

# A gross guard only (0.1-0.6 CPU-s quiet; the figures live in benchmarks/first_mistakes.py): a
# suite run on a loaded VM has cost 1.05 CPU-s. Importing Ray or a step library is caught by
# HEAVY, not by this budget.
BUDGET_S = 2.5
HEAVY = ("ray", "spacy", "presidio_analyzer", "datasketch", "trafilatura", "torch")
# Runs `pipeline.cli.main` in a fresh interpreter; prints its exit status, its time, and which
# heavy modules it imported (none: it neither started Ray nor imported a step's libraries).
TIMED_MAIN = """
import json, sys, time
started, cpu = time.perf_counter(), time.process_time()
from pipeline.cli import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "wall_s": time.perf_counter() - started,
                  "cpu_s": time.process_time() - cpu,
                  "heavy": sorted(m for m in %r if m in sys.modules)}))
""" % (HEAVY,)


def timed_cli(*args: str, env: dict | None = None) -> tuple[dict, str]:
    """One CLI call in a fresh interpreter: its report (above) with `process_cpu_s`, the CPU
    time of the whole process (interpreter start and imports included), and its stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([sys.executable, "-c", TIMED_MAIN, *args], capture_output=True,
                            text=True, cwd=REPO, timeout=120, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert result.stdout.strip(), result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    report["process_cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return report, result.stderr


@pytest.fixture(scope="module")
def mistakes(tmp_path_factory):
    return make_mistakes(tmp_path_factory.mktemp("mistakes"))


def make_mistakes(folder):
    """The files the early-mistake cases need (also used by benchmarks/first_mistakes.py)."""
    steps = '[[steps]]\nstep = "extract"\n{}[[steps]]\nstep = "tokenize"\n'
    (folder / "typo_step.toml").write_text(steps.format('[[steps]]\nstep = "langidd"\n'))
    (folder / "typo_setting.toml").write_text(steps.format('[[steps]]\nstep = "langid"\n'
                                                           'min_scroe = 0.5\n'))
    (folder / "bad.toml").write_text("[[steps]\n")
    (folder / "edited").mkdir()
    (folder / "edited" / "config.json").write_text(json.dumps(
        {"snapshot": "CC-MAIN-2024-10", "recipe": [{"step": "extract"}, {"step": "langidd"},
                                                   {"step": "tokenize"}]}))
    (folder / "not_a_folder").write_text("a file where the output folder should be")
    empty_home = folder / "home"
    empty_home.mkdir()
    return folder


def cases(folder) -> dict[str, tuple[list[str], str]]:
    sample = ["run", "--sample", "--output", str(folder / "out")]
    return {
        "typo'd step": (sample + ["--recipe", str(folder / "typo_step.toml")],
                        "unknown step 'langidd' (did you mean langid?)"),
        "typo'd setting": (sample + ["--recipe", str(folder / "typo_setting.toml")],
                           "unknown setting(s) min_scroe (did you mean min_score?)"),
        "bad TOML": (sample + ["--recipe", str(folder / "bad.toml")], "not valid TOML"),
        "--recipe config.json": (sample + ["--recipe", str(folder / "edited" / "config.json")],
                                 "config.json (its recipe): step 2: unknown step 'langidd'"),
        "--slice 5": (sample + ["--slice", "5"], "--slice '5': expected START:STOP"),
        "--slice 5:2": (sample + ["--slice", "5:2"], "reversed? 2:5"),
        "missing data root": (sample + ["--data-root", str(folder / "nowhere")],
                              f"no warc.paths.gz at {folder / 'nowhere'}"),
        "--languages english": (sample + ["--languages", "english"],
                                "'english' is not a language code the language-ID models know; "
                                "did you mean 'en' (English)?"),
        "--languages EN": (sample + ["--languages", "EN"], "did you mean 'en' (English)?"),
        "--languages xx": (sample + ["--languages", "xx"], "'xx' is not a language code"),
        "output location": (["run", "--sample", "--output", str(folder / "not_a_folder")],
                            "a file is in the way"),
        "credentials (data root)": (["run", "--snapshot", "CC-MAIN-2024-10", "--data-root",
                                     "s3://commoncrawl/", "--output", str(folder / "out")],
                                    "Common Crawl's bucket refuses anonymous reads"),
        "credentials (output)": (["run", "--sample", "--output", "s3://some-bucket/out"],
                                 "no AWS credentials to write with"),
        "PIPELINE_NUM_CPUS=two": (sample + ["--env", "PIPELINE_NUM_CPUS=two"],
                                  "PIPELINE_NUM_CPUS must be a positive integer, got 'two'"),
        "PIPELINE_NUM_CPUS=0": (sample + ["--env", "PIPELINE_NUM_CPUS=0"],
                                "PIPELINE_NUM_CPUS must be a positive integer, got '0'"),
    }


@pytest.mark.parametrize("case", list(cases(REPO)))
def test_every_early_mistake_is_one_line_before_ray_within_a_second(mistakes, case):
    argv, expected = cases(mistakes)[case]
    # No AWS credentials anywhere: the credentials cases must not find the developer's own.
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["HOME"] = str(mistakes / "home")
    if "--env" in argv:  # the case's environment variable (not an option of the command)
        at = argv.index("--env")
        name, _, value = argv[at + 1].partition("=")
        env[name], argv = value, argv[:at] + argv[at + 2:]
    report, stderr = timed_cli(*argv, env=env)
    assert report["status"] == 2, (case, stderr)
    assert stderr.startswith("pipeline: error: ") and expected in stderr, (case, stderr)
    assert len(stderr.strip().splitlines()) == 1, (case, stderr)
    assert report["heavy"] == [], f"{case}: imported {report['heavy']} (Ray or a step library)"
    # CPU time, not wall time: the machine running the suite may be loaded.
    assert report["process_cpu_s"] < BUDGET_S, (case, report)
    assert not (mistakes / "out").exists()


# --- recipe wording ---------------------------------------------------------------------------

def entries(**langid) -> list[dict]:
    return [{"step": "extract"}, {"step": "langid", **langid}, {"step": "tokenize"}]


def test_a_single_value_where_a_list_is_expected_is_a_list_of_one():
    recipe = Recipe.from_entries(entries(languages="de"))
    assert recipe.settings("langid").languages == ("de",)
    with pytest.raises(RecipeError, match=r"setting languages = 5 is not a list of strings$"):
        Recipe.from_entries(entries(languages=5))
    with pytest.raises(RecipeError, match=r"min_score = 'x' is not a number$"):
        Recipe.from_entries(entries(min_score="x"))


BAD_VALUES = [-1, -0.5, 10**12, 2.0, "nonsense", [], [[1]], True, None]


@pytest.mark.parametrize("ref", list(STEPS))
def test_a_wrong_setting_names_the_setting_never_an_internal_class(ref):
    """Every setting of every built-in step, given values of the wrong type or out of range:
    either accepted or a one-line error naming the setting, never a settings class."""
    from pipeline.recipe import DEFAULT_STEPS

    settings_cls = step_class(ref).Settings
    for field in dataclasses.fields(settings_cls):
        for value in BAD_VALUES:
            recipe = [{"step": name} for name in DEFAULT_STEPS]
            recipe[list(DEFAULT_STEPS).index(ref)][field.name] = value
            try:
                Recipe.from_entries(recipe)
            except RecipeError as error:
                message = str(error)
                assert "\n" not in message
                assert "Settings" not in message and "Config" not in message, message
                assert field.name in message, message
            except Exception as error:  # noqa: BLE001  (the failure says which)
                pytest.fail(f"{ref}.{field.name} = {value!r}: {type(error).__name__}: {error}")


def test_settings_read_from_source_are_the_dataclasses_own():
    """The early check reads each built-in step's settings from its module's source (no import);
    it must agree with the dataclass, field by field and type by type."""
    for ref in STEPS:
        settings_cls = step_class(ref).Settings
        hints = typing.get_type_hints(settings_cls)
        assert source_fields(ref) == {f.name: hints[f.name]
                                      for f in dataclasses.fields(settings_cls)}, ref


def test_a_runs_config_json_is_a_recipe(sample_run):
    recorded = json.loads((sample_run / "config.json").read_text())["recipe"]
    assert Recipe.load(sample_run / "config.json").to_json() == recorded
    # Through the CLI: the same recipe, so the finished output has nothing to do.
    again = run_cli("run", "--sample", "--output", str(sample_run.parent), "--no-progress",
                    "--recipe", str(sample_run / "config.json"))
    assert again.returncode == 0, again.stderr
    assert "nothing to do" in again.stdout


@pytest.mark.parametrize("codes, message", [
    (["english"], "'english' is not a language code the language-ID models know; did you mean "
                  "'en' (English)?"),
    (["EN"], "'EN' is not a language code the language-ID models know; did you mean 'en'"),
    (["en", "deu"], "'deu' is not a language code the language-ID models know; did you mean 'de' "
                    "(German)?"),
    (["xx"], "'xx' is not a language code the language-ID models know (codes such as"),
])
def test_language_codes_are_those_the_models_know(codes, message):
    with pytest.raises(RecipeError) as error:
        check_entries(entries(languages=codes), "r.toml")
    assert f"r.toml: step 2 (langid): setting languages: {message}" in str(error.value)
    assert "\n" not in str(error.value)


def test_lingua_only_codes_need_langids_second_opinion_and_pass_the_prefilter():
    check_entries(entries(languages=["zu", "en"]))  # lingua knows Zulu; lid.176 does not
    # the prefilter keeps every page when lid.176 cannot name a wanted language
    check_entries([{"step": "prefilter", "languages": ["zu"]}, *entries()])
    check_entries([{"step": "prefilter", "languages": ["zul_Latn", "quz_Latn"]}, *entries()])
    with pytest.raises(RecipeError, match="set second_opinion = true"):
        check_entries(entries(languages=["zu"], second_opinion=False))
    # language-script codes the models' labels stand for (srp_Latn: lid.176's sr and sh)
    check_entries(entries(languages=["srp_Latn", "deu_Latn"], second_opinion=False))
    with pytest.raises(RecipeError, match="'quz_Latn' is not a language code"):
        check_entries(entries(languages=["quz_Latn"]))  # no label of lid.176 or lingua names it
    check_entries(entries(languages=sorted(__import__("pipeline.languages").languages
                                           .lid176_labels())))


# --- help, version, usage, hints ---------------------------------------------------------------

def test_run_help_states_each_default_once_and_shows_examples():
    result = run_cli("run", "-h")
    assert result.returncode == 0
    text = result.stdout
    assert "(default: None)" not in text and "(default: False)" not in text
    assert "examples:" in text and "pipeline run --sample --output out" in text
    assert "--extract-timeout CPU_SECONDS" in text and "CPU seconds one page may take" in text
    options = text.split("options:")[1].split("examples:")[0]
    for block in options.split("\n  --")[1:]:
        assert block.count("default") <= 1, block


def test_an_unknown_option_shows_the_subcommands_usage():
    result = run_cli("run", "--sampel")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: pipeline run ")
    assert "pipeline run: error: unrecognized arguments: --sampel" in result.stderr


def test_version():
    from importlib.metadata import version

    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"pipeline {version('cc-pipeline')}"


def test_missing_torch_names_the_repositorys_extra(tmp_path):
    """As in an install without the train extra: `import torch` fails from the start."""
    code = ("import sys; sys.modules['torch'] = None\n"
            "from pipeline.cli import main\n"
            f"sys.exit(main(['train', '--data', {str(tmp_path)!r}]))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, timeout=60)
    assert result.returncode == 2
    assert 'pip install -e ".[train]" (torch==2.13.0' in result.stderr
    assert "Traceback" not in result.stderr


# --- Ctrl-C --------------------------------------------------------------------------------------

def test_ctrl_c_is_one_line_exit_130_ray_stopped_and_the_rerun_is_byte_identical(tmp_path,
                                                                                 sample_run):
    """Ctrl-C in a terminal signals the whole foreground process group: the driver and the Ray
    cluster it started. Sent once the first WARC file's statistics are written (the run is
    working on Ray), it gives one line, exit 130, no traceback, no process of the run left; the
    same command then completes, with outputs byte-identical to an uninterrupted run's."""
    import glob
    import signal
    import time

    from tests.test_crash_resume import SNAPSHOT, output_files

    command = [sys.executable, "-m", "pipeline.cli", "run", "--sample", "--output", str(tmp_path),
               "--no-progress"]
    process = subprocess.Popen(command, cwd=REPO, start_new_session=True, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    root = tmp_path / SNAPSHOT
    deadline = time.time() + 300
    while not glob.glob(str(root / "stats" / "filter-*.parquet")):
        assert process.poll() is None, "the run ended before it could be interrupted"
        assert time.time() < deadline, "the run wrote nothing in 300 s"
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, (stdout, stderr)
    assert stderr.strip().splitlines()[-1] == (
        "pipeline: interrupted; re-run the same command to resume")
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    for _ in range(50):  # Ray's processes exit with the driver (its process group is empty)
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError("processes of the interrupted run are still running")

    again = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert output_files(root) == output_files(sample_run)
