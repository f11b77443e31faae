"""Peak memory under hostile input: the WARC reader on generated bombs, and whole runs.

    python benchmarks/hostile_memory.py [--skip-runs]

1. The reader (`pipeline.warc.read_records`) on one generated file per case, each in a fresh
   process: its peak resident memory (VmHWM) and CPU seconds. For the 1 GiB bomb, also FastWARC
   reading the payload whole, as the reader did before (issue 15).
2. Two `pipeline run`s: the bundled sample, and a hostile mirror (a 2 GiB decompression bomb,
   an absurd Content-Length, a gzip member that never ends, 64 MiB headers, a million nested
   elements, among 150 of the sample's records; a million-line warc.paths.gz taken with --slice;
   six lines leaving the data root). The process tree is polled with psutil: each process's
   VmHWM (a peak between two polls is not missed) and CPU seconds.

Writes the `Hostile input / peak memory` section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _report import machine, markdown_table, versions, write_section

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.hostile_warc import (PeakRss, build_hostile_mirror,  # noqa: E402
                                gzip_bomb, write_bomb, write_header_bombs)
from tests.warc_builder import WarcBuilder  # noqa: E402

SNAPSHOT = "CC-MAIN-2024-10"

READ_OURS = """
import json, sys, time
from pipeline.warc import read_records
from tests.hostile_warc import EndlessStream, peak_rss_mib
started = time.process_time()
if sys.argv[1] == "endless":
    records = list(read_records(EndlessStream()))
else:
    with open(sys.argv[1], "rb") as f:
        records = list(read_records(f))
print(json.dumps(dict(peak=peak_rss_mib(), cpu=time.process_time() - started,
                      reasons=[r.decision.reason for r in records])))
"""

READ_WHOLE = """
import json, sys, time
from fastwarc.warc import ArchiveIterator, WarcRecordType
from tests.hostile_warc import peak_rss_mib
started = time.process_time()
with open(sys.argv[1], "rb") as f:
    sizes = [len(r.reader.read()) for r in ArchiveIterator(f, record_types=WarcRecordType.any_type)]
print(json.dumps(dict(peak=peak_rss_mib(), cpu=time.process_time() - started, reasons=sizes)))
"""


def measure_reader(code: str, target: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code, target], capture_output=True, text=True,
                            cwd=REPO, check=True)
    return json.loads(result.stdout)


def reader_cases(folder: Path) -> list[list]:
    def file_with(name: str, write) -> str:
        path = folder / name
        with open(path, "wb") as out:
            write(out)
        return str(path)

    def encoded(out):
        builder = WarcBuilder()
        builder.response("https://encoded-bomb.example/", gzip_bomb(1024), "text/html",
                         http_headers=[("Content-Encoding", "gzip")])
        out.write(builder.bytes())

    bomb_1g = file_with("bomb1g.warc.gz", lambda out: write_bomb(out, "https://b.example/", 1024))
    bomb_4g = file_with("bomb4g.warc.gz", lambda out: write_bomb(out, "https://b.example/", 4096))
    cases = [
        ("1 GiB payload (1.0 MB file), whole payload read (before)", READ_WHOLE, bomb_1g),
        ("1 GiB payload (1.0 MB file), bounded read", READ_OURS, bomb_1g),
        ("4 GiB payload (4.2 MB file), bounded read", READ_OURS, bomb_4g),
        ("1 GiB `Content-Encoding: gzip` body (1.0 MB stored)", READ_OURS,
         file_with("encoded.warc.gz", encoded)),
        ("64 MiB WARC header + 64 MiB HTTP header", READ_OURS,
         file_with("headers.warc.gz", write_header_bombs)),
        ("a stream that never ends (given up after 16 GiB)", READ_OURS, "endless"),
    ]
    rows = []
    for name, code, target in cases:
        measured = measure_reader(code, target)
        rows.append([name, f"{measured['peak']:.0f}", f"{measured['cpu']:.2f}",
                     ", ".join(str(r) for r in measured["reasons"])])
        print(rows[-1], flush=True)
    return rows


def measure_run(args: list[str], output: Path) -> dict:
    command = [sys.executable, "-m", "pipeline.cli", "run", *args, "--output", str(output),
               "--no-progress"]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    with PeakRss(process.pid) as rss:
        stdout, stderr = process.communicate()
    if process.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    workers = rss.workers()
    return dict(worker=max(workers.values()), workers=len(workers),
                driver=rss.peaks[process.pid], cpu=rss.cpu_seconds(), code=process.returncode)


def run_cases(folder: Path) -> list[list]:
    manifest = json.loads((REPO / "pipeline" / "sample" / "manifest.json").read_text())
    mirror = build_hostile_mirror(folder / "mirror", REPO / "pipeline" / "sample",
                                  manifest["warc_files"][0], SNAPSHOT, filler_lines=1_000_000,
                                  bomb_mib=2048, bad_lines=["../../../../etc/passwd",
                                                            "/etc/passwd",
                                                            "https://evil.example/x.warc.gz",
                                                            "file:///etc/passwd",
                                                            "s3://other/x.warc.gz",
                                                            "a/%2e%2e/%2e%2e/etc/passwd"])
    rows = []
    for name, args in (("bundled sample (3 WARC files, 1,062 records)", ["--sample"]),
                       ("hostile mirror (1 WARC file + 6 bad lines of a 1,000,007-line list)",
                        mirror["args"])):
        measured = measure_run(args, folder / f"out-{len(rows)}")
        rows.append([name, f"{measured['worker']:.0f}", measured["workers"],
                     f"{measured['driver']:.0f}", f"{measured['cpu']:.0f}", measured["code"]])
        print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-runs", action="store_true",
                        help="only the reader table, printed (BENCHMARKS.md is left alone)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        reader = reader_cases(Path(tmp))
        runs = [] if args.skip_runs else run_cases(Path(tmp))
    reader_table = markdown_table(["input (one record)", "peak RSS MiB", "CPU s", "read rows"],
                                  reader)
    run_table = markdown_table(["run", "worker peak RSS MiB (max)", "workers", "driver peak MiB",
                                "CPU s (process tree, polled)", "exit"], runs) if runs else ""
    print(reader_table)
    print(run_table)
    if args.skip_runs:
        return
    write_section("Hostile input / peak memory", f"""
Command: `python benchmarks/hostile_memory.py` (generated inputs; each reader case in a fresh
process; runs polled with psutil over the whole process tree, peak = VmHWM).
Machine: {machine()}. Versions: {versions("fastwarc", "ray")}.

The WARC reader alone (`read_records`, extraction's 5 MiB limit):

{reader_table}

Whole runs (`pipeline run`, local Ray):

{run_table}

A payload is read up to extraction's limit plus 64 KiB (and decoded up to the limit plus one
byte); the rest of the record is skipped inside FastWARC without being held, so a record adds at
most ~3 x 5 MiB to a worker whatever it claims or inflates to. A worker's peak is its models and
libraries plus that; docs/cluster.md states the bound the tests hold: 1.5 GiB. The
process-tree CPU column sums each process's CPU as last seen by the 0.2 s poll.
""")


if __name__ == "__main__":
    main()
