"""Wall and CPU time of each early mistake of `pipeline run` (issue 25: every mistake in under a
second), the cases of tests/test_first_hour.py, each in a fresh interpreter as a user runs it.

    python benchmarks/first_mistakes.py [--repeat 5]

Prints a table (median over the repeats) and writes BENCHMARKS.md's "First-hour mistakes"
section. Wall time includes the interpreter's start; CPU is the whole process's. The test holds
CPU to 1 s (wall time depends on the machine's load; the load average is printed)."""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._report import machine, markdown_table, write_section  # noqa: E402
from tests.test_first_hour import cases, make_mistakes, timed_cli  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_mistakes(Path(tmp))
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env["HOME"] = str(folder / "home")
        for name, (argv, _) in cases(folder).items():
            walls, cpus = [], []
            for _ in range(args.repeat):
                started = time.perf_counter()
                report, _ = timed_cli(*argv, env=env)
                walls.append(time.perf_counter() - started)
                cpus.append(report["process_cpu_s"])
            rows.append([name, f"{statistics.median(walls):.2f}", f"{max(walls):.2f}",
                         f"{statistics.median(cpus):.2f}", ", ".join(report["heavy"]) or "none"])
    load = os.getloadavg()
    header = ["mistake", "wall s (median)", "wall s (max)", "CPU s (median)", "heavy imports"]
    table = markdown_table(header, rows)
    print(table)
    print(f"load average {load[0]:.1f}, {load[1]:.1f}, {load[2]:.1f}")
    write_section("First-hour mistakes", f"""
`python benchmarks/first_mistakes.py --repeat {args.repeat}` on {machine()}; load average
{load[0]:.1f} (a shared machine). Each mistake is one line, exit 2, found before Ray starts and
before any step library (spaCy, presidio, trafilatura, datasketch) is imported.

{table}
""")
    return 0


if __name__ == "__main__":
    sys.exit(main())
