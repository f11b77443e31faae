"""`pipeline` command line: argument parsing only; the work is in pipeline.run."""
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline", description="Common Crawl WARC files -> curated documents -> token shards.")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="curate a snapshot (or the bundled sample) on Ray",
                              formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    what = run.add_mutually_exclusive_group()
    what.add_argument("--snapshot", help="Common Crawl snapshot, e.g. CC-MAIN-2024-10")
    what.add_argument("--sample", action="store_true",
                      help=f"the bundled offline sample: synthetic pages in {SAMPLE_SNAPSHOT}'s "
                           f"layout, 3 WARC files; results go to OUTPUT/sample-{SAMPLE_SNAPSHOT}/")
    run.add_argument("--data-root", default=None,
                     help=f"where crawl-data/ lives: local folder, https:// or s3:// "
                          f"(default {DEFAULT_DATA_ROOT})")
    what.add_argument("--config", metavar="CONFIG_JSON",
                      help="repeat the run that wrote this config.json (its snapshot, data root, "
                           "slice and recipe); --output may point elsewhere")
    run.add_argument("--output", help="output folder; results go to OUTPUT/<SNAPSHOT>/ "
                                      "(required unless --config gives one)")
    run.add_argument("--slice", dest="file_slice", metavar="START:STOP",
                     help="take lines START:STOP of warc.paths.gz (split a snapshot across runs)")
    run.add_argument("--limit", type=_positive_int, help="at most this many WARC files (after --slice)")
    run.add_argument("--ray-address", help="join this running Ray cluster instead of starting one")
    run.add_argument("--num-cpus", type=_positive_int, help="CPUs for the local Ray cluster")
    run.add_argument("--recipe", metavar="FILE",
                     help="TOML or YAML list of steps and their settings (default: FineWeb's "
                          "order, see README); the options below override its settings")
    run.add_argument("--languages",
                     help="comma-separated ISO codes to keep; 'all' keeps every language "
                          "(default: the recipe's, en)")
    run.add_argument("--min-language-score", type=_score,
                     help="fastText score below which a document is dropped (FineWeb: 0.65)")
    run.add_argument("--no-prefilter", action="store_true",
                     help="extract every page, not only those whose raw HTML could be in a "
                          "wanted language (removes the recipe's prefilter step)")
    run.add_argument("--tokenizer",
                     help="tiktoken encoding name or path to a .tiktoken ranks file "
                          "(default: the recipe's, cl100k_base)")
    run.add_argument("--shard-tokens", type=_positive_int, default=100_000_000,
                     help="maximum tokens per shard (documents are never split)")
    run.add_argument("--dedup-partitions", type=_positive_int, default=None,
                     help="hash partitions for the global MinHash dedup (default: one per 200 "
                          "WARC files, at least 8)")
    run.add_argument("--extract-timeout", type=float,
                     help="seconds one page may take in extraction before it is dropped "
                          "(default: the recipe's, 5)")
    run.add_argument("--keep-work", action="store_true",
                     help="keep the intermediate files in OUTPUT/<SNAPSHOT>/work/")
    run.add_argument("--allow-config-change", action="store_true",
                     help="discard outputs made with a different configuration and start again")
    run.add_argument("--no-progress", action="store_true", help="no progress bars")

    commands.add_parser("train", help="train a small GPT on token shards (see `pipeline train -h`)",
                        add_help=False)
    commands.add_parser("stats", help="print a run's funnel and drop reasons (`pipeline stats -h`)",
                        add_help=False)
    commands.add_parser("report", help="write a run's statistics as one HTML file "
                                       "(`pipeline report -h`)", add_help=False)
    commands.add_parser("pack", help="pack a finished run's shards into --shard-tokens shards "
                                     "(`pipeline pack -h`)", add_help=False)
    commands.add_parser("train-classifier", help="train (or distil) a fastText quality "
                        "classifier (`pipeline train-classifier -h`)", add_help=False)
    return parser


# Subcommands with their own parsers, imported only when used.
DELEGATED = {
    "train": ("pipeline.train.cli", "main"),
    "stats": ("pipeline.report", "stats_main"),
    "report": ("pipeline.report", "report_main"),
    "pack": ("pipeline.pack", "main"),
    "train-classifier": ("pipeline.train_classifier", "main"),
}


def main(argv: list[str] | None = None) -> int:
    program = argv is None  # the `pipeline` command itself, not a caller in this process
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in DELEGATED:
        import importlib

        module, function = DELEGATED[argv[0]]
        return getattr(importlib.import_module(module), function)(argv[1:])
    args = build_parser().parse_args(argv)
    if args.command == "run":
        status = _run(args)
        if program:
            _exit(status)
        return status
    return 2


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


def _recipe(args: argparse.Namespace):
    """The recipe file (or the default), with the command line's overrides applied."""
    from pipeline.recipe import Recipe

    recipe = Recipe.load(args.recipe) if args.recipe else Recipe.default()
    if args.languages is not None:
        languages = () if args.languages.strip().lower() == "all" else tuple(
            code.strip() for code in args.languages.split(",") if code.strip())
        recipe = recipe.replace("langid", languages=languages)
        recipe = recipe.replace("prefilter", languages=languages)
    if args.min_language_score is not None:
        recipe = recipe.replace("langid", min_score=args.min_language_score)
    if args.no_prefilter:
        recipe = recipe.without("prefilter")
    if args.tokenizer is not None:
        recipe = recipe.replace("tokenize", encoding=args.tokenizer)
    if args.extract_timeout is not None:
        recipe = recipe.replace("extract", timeout_s=args.extract_timeout)
    return recipe


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
    if args.extract_timeout is not None and args.extract_timeout <= 0:
        return _fail(f"--extract-timeout must be positive, got {args.extract_timeout}")
    # Mistakes that need no model or library are reported before the heavy imports (Ray,
    # presidio, spaCy, trafilatura take seconds).
    try:
        check_snapshot_name(snapshot)
    except SnapshotError as error:
        return _fail(str(error))
    problem = _output_problem(args.output, name or snapshot)
    if problem:
        return _fail(problem)
    from pipeline.run import RunConfig, start_ray

    # Ray starts in the background now: its seconds of start-up overlap the imports of the
    # steps (the recipe), the checks and the planning below.
    ray_session = start_ray(args.output, name or snapshot, _execution(args))
    try:
        from pipeline.recipe import RecipeError

        try:
            recipe = _recipe(args)
        except (RecipeError, ValueError) as error:
            return _fail(" ".join(str(error).split()))
        config = RunConfig(snapshot=snapshot, data_root=data_root, output=args.output,
                           file_slice=args.file_slice, limit=args.limit,
                           shard_tokens=args.shard_tokens, recipe=recipe, name=name)
        return _execute(args, config, ray_session)
    finally:
        if ray_session is not None:
            ray_session.close()  # run() has, unless a mistake stopped us before it


def _execution(args: argparse.Namespace):
    from pipeline.run import Execution

    return Execution(ray_address=args.ray_address, num_cpus=args.num_cpus,
                     progress=not args.no_progress, keep_work=args.keep_work,
                     allow_config_change=args.allow_config_change,
                     dedup_partitions=args.dedup_partitions)


def _execute(args: argparse.Namespace, config, ray_session=None) -> int:
    from pipeline.run import RunError, run, start_ray

    execution = _execution(args)
    started = time.time()
    try:
        summary = run(config, execution,
                      ray_session or start_ray(config.output, config.folder, execution))
    except (SnapshotError, RunError) as error:
        return _fail(str(error))
    print(summary.format_funnel())
    print(f"output: {config.output.rstrip('/')}/{config.folder}  ({time.time() - started:.1f} s)")
    if summary.failed_files:
        print(f"pipeline: {summary.failed_files} WARC file(s) failed (stats reason "
              f"read/failed_file); re-run the same command to retry them", file=sys.stderr)
        return 3
    return 0


def _run_config(args: argparse.Namespace) -> int:
    """`pipeline run --config FILE`: the same run again; only execution options may differ."""
    import json

    from pipeline.recipe import RecipeError
    from pipeline.run import RunConfig

    overriding = [option for option, value in (
        ("--data-root", args.data_root), ("--slice", args.file_slice), ("--limit", args.limit),
        ("--recipe", args.recipe), ("--languages", args.languages),
        ("--min-language-score", args.min_language_score), ("--no-prefilter", args.no_prefilter),
        ("--tokenizer", args.tokenizer), ("--extract-timeout", args.extract_timeout))
        if value not in (None, False)]
    if overriding:
        return _fail(f"--config repeats a run as recorded; {', '.join(overriding)} would change "
                     f"it (edit a copy of the recipe and use --recipe instead)")
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
