"""FastWARC vs warcio: records/s and MB/s reading every record and payload of the same WARC files.

    python benchmarks/warc_readers.py [--repeat 20]

Reads the bundled sample's WARC files (gzip, one member per record, Common Crawl style) `repeat`
times from memory, so disk speed does not enter. Writes the `WARC reading` section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

from _report import machine, markdown_table, versions, write_section

SAMPLE = Path(__file__).resolve().parent.parent / "pipeline" / "sample"


def read_fastwarc(data: bytes) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    for record in ArchiveIterator(io.BytesIO(data), record_types=WarcRecordType.any_type,
                                  parse_http=True):
        record.reader.read()
        n += 1
    return n


def read_warcio(data: bytes) -> int:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    for record in ArchiveIterator(io.BytesIO(data)):
        record.content_stream().read()
        n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    files = sorted(SAMPLE.glob("crawl-data/*/segments/*/warc/*.warc.gz"))
    blobs = [f.read_bytes() for f in files]
    megabytes = sum(map(len, blobs)) * args.repeat / 1e6
    rows = []
    for name, reader in (("fastwarc", read_fastwarc), ("warcio", read_warcio)):
        started = time.perf_counter()
        records = sum(reader(blob) for _ in range(args.repeat) for blob in blobs)
        seconds = time.perf_counter() - started
        rows.append([name, records, f"{records / seconds:,.0f}", f"{megabytes / seconds:.1f}"])
    table = markdown_table(["reader", "records", "records/s", "MB/s (compressed)"], rows)
    print(table)
    write_section("WARC reading", f"""
Command: `python benchmarks/warc_readers.py --repeat {args.repeat}` (the sample's {len(files)} WARC
files read {args.repeat} times from memory, every record and payload, one core).
Machine: {machine()}. Versions: {versions("fastwarc", "warcio")}.

{table}

The pipeline reads with FastWARC (`pipeline/warc.py`).
""")


if __name__ == "__main__":
    main()
