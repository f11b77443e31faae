"""`pipeline` command line: argument parsing only; the run's plan is pipeline/run.py."""
from __future__ import annotations

import argparse
import sys
import time

from pipeline.snapshot import (DEFAULT_DATA_ROOT, SAMPLE_DATA_ROOT, SAMPLE_SNAPSHOT,
                               SnapshotError, check_snapshot_name)

SAMPLE_NAME = f"sample-{SAMPLE_SNAPSHOT}"  # --sample's folder under --output


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value}")
    return value


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in [0, 1], got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number in [0, 1], got {value}")
    return value


RUN_EXAMPLES = f"""examples:
  pipeline run --sample --output out
      the bundled sample (3 WARC files, a few seconds); then `pipeline stats out/{SAMPLE_NAME}`
  pipeline run --snapshot CC-MAIN-2024-10 --slice 0:10 --output out
      the first 10 WARC files of a snapshot, read from {DEFAULT_DATA_ROOT}
  pipeline run --snapshot CC-MAIN-2024-10 --slice 10:20 --output out
      the next 10, into the same output (deduplicated against the first)
  pipeline run --sample --output out --languages en,de --no-prefilter
      keep English and German, and extract every page
  pipeline run --sample --output out --recipe my_recipe.toml
      your own steps and settings (a TOML or YAML list of steps, or a run's config.json)
  pipeline run --config out/{SAMPLE_NAME}/config.json --output elsewhere
      the same run again, elsewhere

Re-run the same command to resume after a stop (Ctrl-C, a crash, failed files).
"""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cc-pipeline")
    except PackageNotFoundError:
        return "unknown (not installed: pip install -e .)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline", description="Common Crawl WARC files -> curated documents -> token shards.")
    parser.add_argument("--version", action="version", version=f"pipeline {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)

    # Defaults are stated in the help texts (once): argparse's ArgumentDefaultsHelpFormatter
    # would add "(default: None)" to every option.
    run = commands.add_parser("run", help="curate a snapshot (or the bundled sample) on Ray",
                              description="Curate Common Crawl WARC files into documents and "
                                          "token shards, FineWeb's steps by default.",
                              epilog=RUN_EXAMPLES,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    what = run.add_mutually_exclusive_group()
    what.add_argument("--snapshot", help="Common Crawl snapshot, e.g. CC-MAIN-2024-10")
    what.add_argument("--sample", action="store_true",
                      help=f"the bundled offline sample: synthetic pages in {SAMPLE_SNAPSHOT}'s "
                           f"layout, 3 WARC files; results go to OUTPUT/{SAMPLE_NAME}/")
    run.add_argument("--data-root", default=None, metavar="ROOT",
                     help=f"where crawl-data/ lives: local folder, https:// or s3:// "
                          f"(default {DEFAULT_DATA_ROOT})")
    what.add_argument("--config", metavar="CONFIG_JSON",
                      help="repeat the run that wrote this config.json (its snapshot, data root, "
                           "slice and recipe); --output may point elsewhere")
    run.add_argument("--output", help="output folder; results go to OUTPUT/<SNAPSHOT>/ "
                                      "(required unless --config gives one)")
    run.add_argument("--slice", dest="file_slice", metavar="START:STOP",
                     help="take lines START:STOP of warc.paths.gz (split a snapshot across runs)")
    run.add_argument("--limit", type=_positive_int, metavar="N", help="at most this many WARC files (after --slice)")
    run.add_argument("--ray-address", metavar="ADDRESS", help="join this running Ray cluster instead of starting one")
    run.add_argument("--num-cpus", type=_positive_int, metavar="N",
                     help="CPUs for the local Ray cluster (default: PIPELINE_NUM_CPUS, else all of "
                          "this machine's)")
    run.add_argument("--recipe", metavar="FILE",
                     help="TOML or YAML list of steps and their settings, or a run's config.json "
                          "(its recipe) (default: FineWeb's order, see docs/recipes.md); the options "
                          "below override its settings")
    run.add_argument("--languages", metavar="CODES",
                     help="comma-separated language codes to keep (lid.176's, e.g. en,de); "
                          "'all' keeps every language (default: the recipe's, en)")
    run.add_argument("--min-language-score", type=_score, metavar="SCORE",
                     help="fastText score below which a document is dropped (default: the "
                          "recipe's, 0.65 as FineWeb)")
    run.add_argument("--no-prefilter", action="store_true",
                     help="extract every page, not only those whose raw HTML could be in a "
                          "wanted language (removes the recipe's prefilter step)")
    run.add_argument("--tokenizer", metavar="ENCODING",
                     help="tiktoken encoding name or path to a .tiktoken ranks file "
                          "(default: the recipe's, cl100k_base)")
    run.add_argument("--shard-tokens", type=_positive_int, default=None, metavar="N",
                     help="maximum tokens per shard; documents are never split "
                          "(default 100,000,000, llm.c's)")
    run.add_argument("--dedup-partitions", type=_positive_int, default=None, metavar="N",
                     help="hash partitions for the global MinHash dedup (default: one per 200 "
                          "WARC files, at least 8)")
    run.add_argument("--extract-timeout", type=float, metavar="CPU_SECONDS",
                     help="CPU seconds one page may take in extraction before it is dropped as "
                          "extract/timeout (default: the recipe's, 5)")
    run.add_argument("--keep-work", action="store_true",
                     help="keep the intermediate files in OUTPUT/<SNAPSHOT>/work/")
    run.add_argument("--allow-config-change", action="store_true",
                     help="discard outputs made with a different configuration and start again")
    run.add_argument("--allow-empty", action="store_true",
                     help="exit 0 even when the run keeps no document (default: exit 4)")
    run.add_argument("--no-progress", action="store_true", help="no progress bars")
    run.add_argument("--verbose", action="store_true",
                     help="also show Ray's own start-up notices (hidden by default)")

    commands.add_parser("train", help="train a small GPT on token shards (see `pipeline train -h`)",
                        add_help=False)
    commands.add_parser("stats", help="print a run's funnel and drop reasons (`pipeline stats -h`)",
                        add_help=False)
    commands.add_parser("report", help="write a run's statistics as one HTML file "
                                       "(`pipeline report -h`)", add_help=False)
    commands.add_parser("pack", help="pack a finished run's shards into --shard-tokens shards "
                                     "(`pipeline pack -h`)", add_help=False)
    commands.add_parser("train-tokenizer", help="train a BPE vocabulary on a run's documents "
                                                "(`pipeline train-tokenizer -h`)", add_help=False)
    commands.add_parser("tokenize", help="re-tokenize a finished run into new shards "
                                         "(`pipeline tokenize -h`)", add_help=False)
    parser.run_parser = run  # `pipeline run --typo` is answered with run's usage, not the top's
    commands.add_parser("train-classifier", help="train (or distil) a fastText quality "
                        "classifier (`pipeline train-classifier -h`)", add_help=False)
    return parser


# Subcommands with their own parsers, imported only when used.
DELEGATED = {
    "train": ("pipeline.train.cli", "main"),
    "stats": ("pipeline.report", "stats_main"),
    "report": ("pipeline.report", "report_main"),
    "pack": ("pipeline.pack", "main"),
    "train-tokenizer": ("pipeline.vocab", "main"),
    "tokenize": ("pipeline.retokenize", "main"),
    "train-classifier": ("pipeline.train_classifier", "main"),
}


def main(argv: list[str] | None = None) -> int:
    program = argv is None  # the `pipeline` command itself, not a caller in this process
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in DELEGATED:
        import importlib

        module, function = DELEGATED[argv[0]]

        def delegated() -> int:
            return getattr(importlib.import_module(module), function)(argv[1:])
        if argv[0] in RESUMABLE:
            return _interruptible(delegated, f"pipeline {argv[0]}")
        return delegated()
    parser = build_parser()
    if argv and argv[0] == "run":
        args = parser.run_parser.parse_args(argv[1:])
        args.command = "run"
    else:
        args = parser.parse_args(argv)
    if args.command == "run":
        status = _run_interruptible(args)
        if program:
            _exit(status)
        return status
    return 2


INTERRUPTED_EXIT = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
# Delegated commands that resume where a Ctrl-C stopped them: the same one line and exit 130
RESUMABLE = ("tokenize", "pack")


def _run_interruptible(args: argparse.Namespace) -> int:
    """`_run`, with Ctrl-C as one line and exit 130 (`_interruptible`)."""
    return _interruptible(lambda: _run(args), "pipeline")


def _interruptible(work, name: str) -> int:
    """`work()`, with Ctrl-C as one line and exit 130. The first Ctrl-C stops it where it is
    (every file written is whole, every finished work unit recorded: the same command resumes)
    and Ray is shut down by its own clean-up; further Ctrl-Cs are ignored until that is done,
    so the clean-up is never cut short."""
    import signal

    def interrupt(signum, frame):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    previous = None
    if threading_is_main():
        previous = signal.signal(signal.SIGINT, interrupt)
    try:
        return work()
    except KeyboardInterrupt:
        print(f"{name}: interrupted; re-run the same command to resume", file=sys.stderr,
              flush=True)
        return INTERRUPTED_EXIT
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def threading_is_main() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _exit(status: int) -> None:
    """Exit now that the run is complete, Ray is shut down and everything is written: the
    atexit handlers run, but not the interpreter's teardown of the modules the steps imported
    (torch, through spaCy's thinc, alone takes ~0.5 s to finalise)."""
    import atexit
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`pipeline run ... | head`)
            pass
    os._exit(status)


def _output_problem(output: str, snapshot: str) -> str | None:
    """Why a local --output cannot be written (None when it can, or when it is a URL)."""
    import os

    if "://" in output:
        return None
    target = os.path.join(os.path.abspath(output), snapshot)
    existing = target
    while not os.path.exists(existing):
        existing = os.path.dirname(existing)
    if not os.path.isdir(existing):
        reason = "a file is in the way"
    elif not os.access(existing, os.W_OK | os.X_OK):
        reason = f"permission denied on {existing}"
    else:
        return None
    return f"--output {output}: cannot write to {target} ({reason})"


def _credentials_problem(data_root: str, output: str) -> str | None:
    """What is missing to read the data root or write the output on S3, found without a network
    call (None when nothing is, or when only a request could tell)."""
    import os

    if data_root.rstrip("/") == "s3://commoncrawl" or data_root.startswith("s3://commoncrawl/"):
        # pipeline.snapshot reads s3:// anonymously unless AWS_ACCESS_KEY_ID is set, and Common
        # Crawl's bucket refuses anonymous requests.
        if not os.environ.get("AWS_ACCESS_KEY_ID"):
            return (f"--data-root {data_root}: Common Crawl's bucket refuses anonymous reads and "
                    f"AWS_ACCESS_KEY_ID is not set; set AWS_ACCESS_KEY_ID and "
                    f"AWS_SECRET_ACCESS_KEY, or read over https (--data-root {DEFAULT_DATA_ROOT})")
    if "://" not in output:
        return None
    from pipeline.storage import Storage, StorageError

    try:
        Storage(output)
    except StorageError as error:
        return f"--output {' '.join(str(error).split())}"
    if not output.startswith("s3://"):
        return None
    import botocore.session

    resolver = botocore.session.get_session().get_component("credential_provider")
    resolver.remove("iam-role")  # asks the instance metadata service: a network call
    if resolver.load_credentials() is not None or _on_ec2():
        return None
    return (f"--output {output}: no AWS credentials to write with (none in AWS_ACCESS_KEY_ID, "
            f"AWS_PROFILE or ~/.aws/); set them, or write to a local or mounted folder")


def _on_ec2() -> bool:
    """On EC2, an instance role may give credentials that only a request can reveal."""
    for path in ("/sys/class/dmi/id/sys_vendor", "/sys/class/dmi/id/board_asset_tag",
                 "/sys/hypervisor/uuid"):
        try:
            with open(path) as handle:
                text = handle.read().lower()
        except OSError:
            continue
        if "amazon" in text or text.startswith(("ec2", "i-")):
            return True
    return False


def _recipe_entries(args: argparse.Namespace) -> tuple[list, str]:
    """The recipe as data (the --recipe file, or the default) with the command line's overrides
    applied, and how errors name it. Checked without importing any step (milliseconds): a
    mistake is a one-line RecipeError naming the file or the option."""
    from pipeline.recipe import (DEFAULT_STEPS, LANGUAGE_STEPS, RecipeError, check_entries,
                                 check_languages, read_entries)

    if args.recipe:
        entries, where = read_entries(args.recipe)
    else:
        entries, where = [{"step": name} for name in DEFAULT_STEPS], "default recipe"
    check_entries(entries, where)
    entries = [dict(entry) for entry in entries]

    def override(step: str, **changes) -> None:
        for entry in entries:
            if entry["step"] == step:
                entry.update(changes)

    if args.no_prefilter:
        entries = [entry for entry in entries if entry["step"] != "prefilter"]
    if args.languages is not None:
        from pipeline.languages import ALL

        text = args.languages.strip()
        languages = [] if text.lower() == ALL else [c.strip() for c in text.split(",") if c.strip()]
        if not languages and text.lower() != ALL:
            raise RecipeError(f"--languages {args.languages!r}: no language code given "
                              f"(e.g. en,de, or {ALL})")
        for entry in entries:
            if entry["step"] in LANGUAGE_STEPS and languages:
                try:
                    check_languages(entry["step"], {**entry, "languages": languages})
                except ValueError as error:
                    raise RecipeError(f"--languages {args.languages}: {error}") from None
        for step in LANGUAGE_STEPS:
            override(step, languages=languages)
    if args.min_language_score is not None:
        override("langid", min_score=args.min_language_score)
    if args.tokenizer is not None:
        override("tokenize", encoding=args.tokenizer)
    if args.extract_timeout is not None:
        override("extract", timeout_s=args.extract_timeout)
    return entries, where


def _recipe(args: argparse.Namespace):
    """The recipe file (or the default), with the command line's overrides applied."""
    from pipeline.recipe import Recipe

    return Recipe.from_entries(*_recipe_entries(args))


def _early_checks(args: argparse.Namespace, snapshot: str, data_root: str,
                  name: str | None) -> str | None:
    """Every mistake that needs neither Ray nor a step module, found in well under a second
    (before Ray starts): the problem in one line, or None."""
    from pipeline.recipe import RecipeError
    from pipeline.snapshot import is_remote, list_warc_files, parse_slice

    if args.extract_timeout is not None and args.extract_timeout <= 0:
        return f"--extract-timeout must be positive (CPU seconds), got {args.extract_timeout}"
    problem = _num_cpus_problem(args)
    if problem:
        return problem
    try:
        check_snapshot_name(snapshot)
        file_slice = parse_slice(args.file_slice)
    except SnapshotError as error:
        return str(error)
    if file_slice.start is not None and file_slice.stop is not None and (
            file_slice.start >= file_slice.stop):
        reversed_hint = (f"; reversed? {file_slice.stop}:{file_slice.start}"
                         if file_slice.start > file_slice.stop else "")
        return (f"--slice {args.file_slice}: takes no file (START must be below STOP)"
                f"{reversed_hint}")
    problem = (_output_problem(args.output, name or snapshot)
               or _credentials_problem(data_root, args.output))
    if problem:
        return problem
    try:
        _recipe_entries(args)
    except (RecipeError, ValueError) as error:
        return " ".join(str(error).split())
    if not is_remote(data_root):  # a local listing costs milliseconds: read it now
        try:
            list_warc_files(data_root, snapshot, file_slice=file_slice, limit=args.limit)
        except SnapshotError as error:
            return str(error)
    return None


def _num_cpus_problem(args: argparse.Namespace) -> str | None:
    """A PIPELINE_NUM_CPUS that is no positive integer, where --num-cpus does not override it."""
    from pipeline.config import env_num_cpus

    try:
        args.num_cpus or env_num_cpus()
    except ValueError as error:
        return str(error)
    return None


def _run(args: argparse.Namespace) -> int:

    if args.config:
        return _run_config(args)
    if not (args.sample or args.snapshot):
        return _fail("one of --snapshot, --sample or --config is required")
    if not args.output:
        return _fail("--output is required")
    if args.sample:
        # Synthetic pages in CC-MAIN-2024-10's layout: its own folder, never the real snapshot's.
        snapshot, data_root, name = SAMPLE_SNAPSHOT, args.data_root or SAMPLE_DATA_ROOT, SAMPLE_NAME
    else:
        snapshot, data_root, name = args.snapshot, args.data_root or DEFAULT_DATA_ROOT, None
    # Mistakes that need no Ray and no step module are reported before the heavy imports (Ray,
    # presidio, spaCy, trafilatura take seconds).
    problem = _early_checks(args, snapshot, data_root, name)
    if problem:
        return _fail(problem)
    from pipeline.config import RunConfig
    from pipeline.ray_session import start_ray

    # Ray starts in the background now: its seconds of start-up overlap the imports of the
    # steps (the recipe), the checks and the planning below. Not with steps of the user's own
    # modules: Ray ships those from its start, so it starts once the recipe has found them.
    from stages import is_import_path

    own_steps = any(is_import_path(entry["step"]) for entry in _recipe_entries(args)[0])
    ray_session = None if own_steps else start_ray(args.output, name or snapshot, _execution(args))
    try:
        from pipeline.recipe import RecipeError

        try:
            recipe = _recipe(args)
        except (RecipeError, ValueError) as error:
            return _fail(" ".join(str(error).split()))
        config = RunConfig(snapshot=snapshot, data_root=data_root, output=args.output,
                           file_slice=args.file_slice, limit=args.limit,
                           shard_tokens=args.shard_tokens or RunConfig.shard_tokens,
                           recipe=recipe, name=name)
        return _execute(args, config, ray_session)
    finally:
        if ray_session is not None:
            ray_session.close()  # run() has, unless a mistake stopped us before it


def _execution(args: argparse.Namespace):
    from pipeline.config import Execution, env_num_cpus

    # (a bad PIPELINE_NUM_CPUS was reported by `_early_checks` or `_run_config`)
    return Execution(ray_address=args.ray_address, num_cpus=args.num_cpus or env_num_cpus(),
                     progress=not args.no_progress, keep_work=args.keep_work,
                     allow_config_change=args.allow_config_change,
                     dedup_partitions=args.dedup_partitions, verbose=args.verbose)


def _execute(args: argparse.Namespace, config, ray_session=None) -> int:
    from pipeline.config import RunError
    from pipeline.ray_session import start_ray
    from pipeline.run import run

    execution = _execution(args)
    started = time.time()
    try:
        summary = run(config, execution,
                      ray_session or start_ray(config.output, config.folder, execution,
                                               config.recipe.shipped_paths))
    except (SnapshotError, RunError) as error:
        return _fail(str(error))
    print(summary.format_funnel())
    folder = f"{config.output.rstrip('/')}/{config.folder}"
    print(f"output: {folder}  ({time.time() - started:.1f} s)")
    damage = damage_line(summary, folder)
    if damage:
        print(damage)
    if summary.failed_files:
        print(f"pipeline: {summary.failed_files} WARC file(s) failed (stats reason "
              f"read/failed_file); re-run the same command to retry them", file=sys.stderr)
        return 3
    empty = empty_run_line(summary, config.recipe.names, folder)
    if empty:
        print(empty + ("" if args.allow_empty else "; --allow-empty makes this exit 0"),
              file=sys.stderr)
        return 0 if args.allow_empty else EMPTY_RUN_EXIT
    return 0


EMPTY_RUN_EXIT = 4  # the run worked and kept nothing (2: a mistake, 3: failed files)
DAMAGE_REASONS = ("truncated", "corrupt_record")


def damage_line(summary, folder: str) -> str | None:
    """One line counting the damaged input, from the run's summary: each cut file has one
    read/truncated row (at its end), each damaged stretch one read/corrupt_record row; the
    records before the damage were read. None when nothing was damaged."""
    read = summary.stages.get("read")
    counts = {reason: read.reasons.get(reason, 0) for reason in DAMAGE_REASONS} if read else {}
    if not any(counts.values()):
        return None
    parts = []
    if counts["truncated"]:
        parts.append(f"{counts['truncated']:,} WARC file(s) cut short (read/truncated)")
    if counts["corrupt_record"]:
        parts.append(f"{counts['corrupt_record']:,} damaged stretch(es) skipped "
                     f"(read/corrupt_record)")
    return (f"pipeline: damaged input: {' and '.join(parts)}; every record before the damage "
            f"was read; `pipeline stats {folder}` names the files")


def empty_run_line(summary, step_names: list[str], folder: str) -> str | None:
    """One line when the run kept no document (nothing reached the last step's output), with
    where and why: the first step that dropped every document it got, and its top reason."""
    last = summary.stages.get(step_names[-1]) if step_names else None
    if last is not None and last.records_kept:
        return None
    for stage in ["read", *step_names]:
        count = summary.stages.get(stage)
        if count is None or count.records_kept:
            continue
        if not count.records_in:
            break
        reasons = sorted(count.reasons.items(), key=lambda kv: -kv[1])
        top = ", ".join(f"{stage}/{reason} {n:,}" for reason, n in reasons[:2])
        what = "record" if stage == "read" else "document"
        return (f"pipeline: the run kept no document: {stage} dropped all {count.records_in:,} "
                f"{what}s it got ({top}); `pipeline stats {folder}` shows every reason")
    return f"pipeline: the run kept no document; `pipeline stats {folder}` shows why"


def _run_config(args: argparse.Namespace) -> int:
    """`pipeline run --config FILE`: the same run again; only execution options may differ."""
    import json

    from pipeline.recipe import RecipeError
    from pipeline.config import RunConfig

    overriding = [option for option, value in (
        ("--data-root", args.data_root), ("--slice", args.file_slice), ("--limit", args.limit),
        ("--recipe", args.recipe), ("--languages", args.languages),
        ("--min-language-score", args.min_language_score), ("--no-prefilter", args.no_prefilter),
        ("--tokenizer", args.tokenizer), ("--extract-timeout", args.extract_timeout),
        ("--shard-tokens", args.shard_tokens))
        if value not in (None, False)]
    if overriding:
        return _fail(f"--config repeats a run as recorded; {', '.join(overriding)} would change "
                     f"it (edit a copy of the recipe and use --recipe instead)")
    problem = _num_cpus_problem(args)
    if problem:
        return _fail(problem)
    try:
        record = json.loads(open(args.config, encoding="utf-8").read())
        config = RunConfig.from_record(record, output=args.output)
    except OSError as error:
        return _fail(f"--config {args.config}: cannot read it ({error.strerror or error})")
    except (ValueError, KeyError, TypeError, RecipeError) as error:
        return _fail(f"--config {args.config}: not a pipeline config.json "
                     f"({' '.join(str(error).split())})")
    return _execute(args, config)


def _fail(message: str) -> int:
    print(f"pipeline: error: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
