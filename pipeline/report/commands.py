"""Command line: `pipeline stats` and `pipeline report` (pipeline/cli.py delegates to the mains)."""
from __future__ import annotations

import argparse
import sys

from pipeline.report.folder import REPORT_HINT, Run, RunFolderError
from pipeline.report.page import write_report
from pipeline.report.text import format_compare, format_stats


def _error(message: str) -> int:
    print(f"pipeline: error: {message}", file=sys.stderr)
    return 2


def stats_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="pipeline stats",
        description="Print a run's funnel and top drop reasons; with --compare, two runs side "
                    "by side.")
    parser.add_argument("runs", nargs="+", metavar="RUN",
                        help="a run's output folder, e.g. out/CC-MAIN-2024-10")
    parser.add_argument("--compare", action="store_true",
                        help="compare two runs: pipeline stats --compare RUN_A RUN_B")
    parser.add_argument("--top", type=int, default=10, metavar="N",
                        help="drop reasons to show (default 10)")
    args = parser.parse_intermixed_args(argv)
    if args.top < 1:
        return _error(f"--top must be a positive integer, got {args.top}")
    expected = 2 if args.compare else 1
    if len(args.runs) != expected:
        if args.compare:
            return _error(f"--compare needs two run folders, got {len(args.runs)}")
        return _error(f"expected one run folder, got {len(args.runs)}; "
                      f"use --compare RUN_A RUN_B to compare two")
    try:
        runs = [Run.open(path) for path in args.runs]
        text = format_compare(*runs, top=args.top) if args.compare else format_stats(
            runs[0], top=args.top)
    except RunFolderError as error:
        return _error(str(error))
    print(text)
    return 0


def report_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="pipeline report",
        description="Write a run's statistics (funnel, reasons, languages, near-duplicates, PII, "
                    "tokens, domains, removed samples) as one self-contained HTML file.")
    parser.add_argument("run", metavar="RUN",
                        help="a run's output folder, e.g. out/CC-MAIN-2024-10")
    parser.add_argument("--output", metavar="FILE.html",
                        help="where to write the report (default RUN/report.html)")
    args = parser.parse_args(argv)
    try:
        run = Run.open(args.run)
        import matplotlib  # noqa: F401  (checked here for a one-line hint instead of a traceback)
    except RunFolderError as error:
        return _error(str(error))
    except ImportError:
        return _error(f"`pipeline report` needs matplotlib: {REPORT_HINT}")
    try:
        path = write_report(run, args.output)
    except OSError as error:
        return _error(f"cannot write the report: {error}")
    print(f"report: {path} ({path.stat().st_size / 1e3:,.0f} kB)")
    return 0
