"""Capacity of the dedup shuffles at snapshot size, with synthetic band files (no signatures).

    python benchmarks/dedup_capacity.py [--partitions 450] [--groups 1407] [--rows 36000000]

One bucket task of a snapshot run: P = 450 partitions, F / 64 = 1,407 band-group files, 14 D / P
= 36 M band rows in its partition (D = 1.15 B documents; docs/capacity.md). The script writes the
1,407 group files in the shuffle format of `stages.dedup.encode_pieces` (the measured partition's
piece full-sized, 25.6k rows per file; the other 449 pieces empty, which changes nothing for the
reader but the header), then runs the bucket task's work (read its piece of every file,
`candidate_edges`) in a fresh process and reports its peak RSS (VmHWM) above its baseline, its
CPU time and every byte it read. For the Parquet layout it replaces (one row group per partition)
it writes one real group file of 450 row groups and measures its footer, which every reader of
any row group has to fetch and parse.

Band keys: 92% unique, 8% in buckets of 2-6 documents (most band keys of a snapshot are unique;
the share changes only the small candidate subset).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _report import machine, markdown_table, versions, write_section  # noqa: E402

from stages import dedup  # noqa: E402

TASK = r"""
import json, sys, time
import numpy as np
from stages import dedup
folder, groups, partitions, partition, hubs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
def rss_kb(field="VmRSS:"):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1])
base = rss_kb()
read = {"bytes": 0, "requests": 0}
started = time.process_time()
files = [open(f"{folder}/{g:05d}.bin", "rb") for g in range(groups)]
def reader(f):
    def read_range(start, stop):
        f.seek(start)
        read["bytes"] += stop - start
        read["requests"] += 1
        return f.read(stop - start)
    return read_range
doc, key = dedup.gather_pieces([reader(f) for f in files], partition, partitions,
                               dedup.BAND_COLUMNS)
rows = len(doc)
a, b = dedup.candidate_edges(doc, key, hubs)
cpu = time.process_time() - started
peak = rss_kb("VmHWM:")  # ru_maxrss would keep the forking parent's peak across exec
print(json.dumps(dict(rows=rows, edges=int(len(a)), cpu_s=cpu, base_kb=base, peak_kb=peak,
                      read_bytes=read["bytes"], requests=read["requests"])))
"""


def synthetic_piece(rng: np.random.Generator, rows: int, shared_pool: np.ndarray):
    doc = ((rng.integers(0, 90_000, rows) << 32) | rng.integers(0, 40_000, rows)).astype(np.int64)
    key = rng.integers(0, 2**64 - 1, rows, dtype=np.uint64)
    shared = rng.random(rows) < 0.08
    key[shared] = rng.choice(shared_pool, int(shared.sum()))
    return doc, key


def write_groups(folder: Path, groups: int, partitions: int, partition: int, rows: int,
                 seed: int = 0) -> int:
    rng = np.random.default_rng(seed)
    per_group = rows // groups
    shared_pool = rng.integers(0, 2**64 - 1, max(1, int(rows * 0.08 / 3.5)), dtype=np.uint64)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.uint64))
    size = 0
    for g in range(groups):
        pieces = [empty] * partitions
        pieces[partition] = synthetic_piece(rng, per_group, shared_pool)
        data = dedup.encode_pieces(pieces)
        (folder / f"{g:05d}.bin").write_bytes(data)
        size += len(data)
    return size


def parquet_footer(folder: Path, partitions: int, rows_per_group: int) -> int:
    """Footer bytes of one band-group Parquet file with one row group per partition (the layout
    before: doc_id int64, band_idx int16, band_hash uint64)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = np.random.default_rng(1)
    schema = pa.schema([("doc_id", pa.int64()), ("band_idx", pa.int16()),
                        ("band_hash", pa.uint64())])
    path = folder / "group.parquet"
    with pq.ParquetWriter(path, schema) as writer:
        for _ in range(partitions):
            n = rows_per_group
            writer.write_table(pa.table({
                "doc_id": np.sort(rng.integers(0, 1 << 40, n)),
                "band_idx": rng.integers(0, 14, n).astype(np.int16),
                "band_hash": rng.integers(0, 2**63, n).astype(np.uint64)}, schema=schema))
    data = path.read_bytes()
    footer = int.from_bytes(data[-8:-4], "little") + 8
    path.unlink()
    return footer


VERIFY_TASK = r"""
import json, sys, time
import numpy as np
from pipeline import dedup as global_dedup
from pipeline.storage import Storage
from stages.dedup import DedupSettings
folder, partitions, partition, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def rss_kb(field="VmRSS:"):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1])
base = rss_kb()
started = time.process_time()
kept = global_dedup.verify(Storage(folder), partitions, partition, np.arange(files), DedupSettings())
cpu = time.process_time() - started
print(json.dumps(dict(verified=kept, cpu_s=cpu, base_kb=base,
                      peak_kb=rss_kb("VmHWM:"))))
"""


def verify_task(folder: Path, partitions: int, partition: int, files: int, docs_per_file: int,
                pairs: int, seed: int = 0) -> dict:
    """One verify task at snapshot size: the sketch files of its ~files / P WARC files and
    `pairs` incoming candidates (each with the other document's sketch) from P attach files."""
    from pipeline import dedup as global_dedup
    from stages.dedup import DedupSettings

    size = DedupSettings().sketch_size
    rng = np.random.default_rng(seed)
    mine = [f for f in range(files) if dedup.file_partition(f, partitions) == partition]
    (folder / global_dedup.SKETCHES).mkdir(parents=True)
    (folder / global_dedup.ATTACHED).mkdir(parents=True)
    targets = rng.choice(len(mine) * docs_per_file, pairs)  # b: documents of this partition
    by_file = np.sort(targets) // docs_per_file
    b_all, sketch_all = [], []
    for k, f in enumerate(mine):
        doc = (np.int64(f) << 32) | np.arange(docs_per_file, dtype=np.int64)
        sketch = rng.integers(1, 256, (docs_per_file, size), dtype=np.uint8)
        (folder / global_dedup.SKETCHES / f"{f:06d}.bin").write_bytes(
            dedup.encode_pieces([(doc, sketch)]))
        chosen = np.sort(targets)[by_file == k] % docs_per_file
        b_all.append(doc[chosen])
        sketch_all.append(sketch[chosen])
    b = np.concatenate(b_all)
    sketch_a = np.concatenate(sketch_all)
    flip = rng.random(sketch_a.shape) < rng.uniform(0.0, 0.4, (len(b), 1))  # J ~ 0.6-1
    sketch_a[flip] = rng.integers(1, 256, int(flip.sum()), dtype=np.uint8)
    a = (rng.integers(0, files, len(b)) << 32) | rng.integers(0, 1 << 20, len(b))
    order = rng.permutation(len(b))
    chunks = np.array_split(order, partitions)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros((0, size), np.uint8))
    for p, rows in enumerate(chunks):
        pieces = [empty] * partitions
        pieces[partition] = (a[rows], b[rows], sketch_a[rows])
        (folder / global_dedup.ATTACHED / f"{p:05d}.bin").write_bytes(dedup.encode_pieces(pieces))
    del a, b, sketch_a, flip
    result = json.loads(subprocess.run(
        [sys.executable, "-c", VERIFY_TASK, str(folder), str(partitions), str(partition),
         str(files)], check=True, capture_output=True, text=True,
        cwd=Path(__file__).resolve().parent.parent).stdout)
    return result | {"files": len(mine), "documents": len(mine) * docs_per_file, "pairs": pairs}


def min_label_rounds(src: np.ndarray, dst: np.ndarray) -> int:
    """Rounds of plain min-label propagation (the algorithm before) to convergence."""
    node, inverse = np.unique(np.concatenate([src, dst]), return_inverse=True)
    a, b = inverse[:len(src)], inverse[len(src):]
    label = np.arange(len(node))
    rounds = 0
    while True:
        rounds += 1
        new = label.copy()
        np.minimum.at(new, a, label[b])
        np.minimum.at(new, b, label[a])
        if np.array_equal(new, label):
            return rounds
        label = new


def rounds_table(sizes=(1_000, 10_000, 100_000, 1_000_000)) -> list[list]:
    """Rounds of large-star/small-star per graph shape and size, 8 partitions."""
    rows = []
    rng = np.random.default_rng(0)
    for n in sizes:
        ids = np.sort(((np.arange(n) % 97) << 32) | np.arange(n))  # 97 files
        shuffled = rng.permutation(ids)
        graphs = {
            "path, ids in order": (ids[1:], ids[:-1]),
            "path, ids shuffled": (shuffled[1:], shuffled[:-1]),
            "random, n edges": (ids[rng.integers(0, n, n)], ids[rng.integers(0, n, n)]),
            "star around the largest id": (ids[:-1], np.full(n - 1, ids[-1])),
        }
        for name, (src, dst) in graphs.items():
            keep = src != dst
            src, dst = src[keep], dst[keep]
            started = time.process_time()
            node, _, rounds = dedup.connected_components(src, dst, 8, max_rounds=200)
            cpu = time.process_time() - started
            before = min_label_rounds(src, dst) if n <= 10_000 else None
            rows.append([name, f"{len(node):,}", rounds, f"{2 * np.log2(len(node)) + 4:.0f}",
                         "-" if before is None else f"{before:,}", f"{cpu:.1f}"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partitions", type=int, default=450)
    parser.add_argument("--groups", type=int, default=1407)
    parser.add_argument("--rows", type=int, default=36_000_000)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--rounds-only", action="store_true")
    parser.add_argument("--verify-only", action="store_true")
    parser.add_argument("--files", type=int, default=90_000)
    parser.add_argument("--docs-per-file", type=int, default=12_800)
    parser.add_argument("--pairs", type=int, default=1_600_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as tmp:
        v = verify_task(Path(tmp), args.partitions, 7, args.files, args.docs_per_file, args.pairs)
    verify_mb = (v["peak_kb"] - v["base_kb"]) / 1024
    verify_rows = [[f"{v['files']} WARC files' sketches ({v['documents']:,} documents), "
                    f"{v['pairs']:,} incoming pairs", f"{verify_mb:,.0f} MB",
                    f"{v['cpu_s']:.1f} s", f"{v['verified']:,}"]]
    verify_table = markdown_table(["verify task input", "peak RSS above baseline", "CPU",
                                   "verified"], verify_rows)
    print(verify_table)
    if args.verify_only:
        return
    rounds = markdown_table(["graph", "nodes", "rounds", "2 log2(n) + 4",
                             "min-label propagation (before)", "CPU s, one process"],
                            rounds_table())
    print(rounds)
    if args.rounds_only:
        return
    P, G, partition = args.partitions, args.groups, 7
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as tmp:
        folder = Path(tmp)
        started = time.process_time()
        on_disk = write_groups(folder, G, P, partition, args.rows)
        print(f"wrote {G} group files, {on_disk / 1e6:,.0f} MB, "
              f"{time.process_time() - started:.0f} CPU s")
        result = json.loads(subprocess.run(
            [sys.executable, "-c", TASK, str(folder), str(G), str(P), str(partition),
             str(dedup.DedupSettings().hubs)], check=True, capture_output=True, text=True,
            cwd=Path(__file__).resolve().parent.parent).stdout)
        footer = parquet_footer(folder, P, (args.rows // G) // 8)
    data_bytes = result["rows"] * 16
    metadata = result["read_bytes"] - data_bytes
    peak_mb = (result["peak_kb"] - result["base_kb"]) / 1024
    rows = [
        ["band rows in the task", f"{result['rows']:,}", ""],
        ["peak RSS above the process baseline", f"{peak_mb:,.0f} MB",
         f"{peak_mb * 2**20 / result['rows']:.1f} bytes per row (16 of them the row)"],
        ["CPU (read + candidate_edges)", f"{result['cpu_s']:.1f} s",
         f"{result['edges']:,} candidate pairs"],
        ["bytes read: data", f"{data_bytes / 1e6:,.1f} MB", "16 bytes per row"],
        ["bytes read: metadata, shuffle files", f"{metadata / 1e3:,.1f} KB",
         f"{result['requests']:,} range reads ({metadata / G:.0f} bytes per file)"],
        ["bytes read: metadata, Parquet layout (before)", f"{G * footer / 1e6:,.0f} MB",
         f"{G:,} footers of {footer / 1e3:,.0f} KB ({P} row groups each)"],
        ["whole bucket phase, metadata (P tasks)", f"{P * metadata / 1e6:,.1f} MB",
         f"Parquet: {P * G * footer / 1e9:,.0f} GB"],
    ]
    body = (f"Command: `python benchmarks/dedup_capacity.py --partitions {P} --groups {G} "
            f"--rows {args.rows}`. Machine: {machine()}. Versions: {versions('numpy', 'pyarrow')}."
            f"\n\nOne bucket task of a snapshot run (P = {P}, {G:,} band-group files, "
            f"{args.rows / 1e6:.0f} M band rows in its partition), from synthetic band files in "
            f"the shuffle format (8% of keys shared); a fresh process, peak RSS from "
            f"`VmHWM`.\n\n" + markdown_table(["quantity", "measured", "note"], rows)
            + f"\n\nOne verify task at the same scale (`verify` of pipeline/dedup.py; P = {P}, "
              f"{args.files:,} WARC files of {args.docs_per_file:,} documents, synthetic "
              f"sketches, {args.pairs:,} candidate pairs arriving with a sketch each):\n\n"
            + verify_table
            + "\n\nRounds of connected components (large-star + small-star = one round; the "
            "last round changes nothing), 8 partitions, one process:\n\n" + rounds)
    print(body)
    if not args.no_write:
        write_section("Dedup capacity", body)


if __name__ == "__main__":
    main()
