"""TokenShardLoader on CPU: tokens per CPU-second delivered as numpy and torch batches, 0 and N
workers, with the bounded cache of memory maps; per-WARC-file shards against packed ones.

    python benchmarks/loader_throughput.py [--tokens 256_000_000] [--data out/CC-MAIN-2024-10/tokens]
                                           [--seconds 3] [--write]

Without --data it writes random uint32 shards (cl100k_base width) to a temp folder first and reads
them once so the page cache is warm: this measures the loader, not the disk. Rates are x-tokens per
CPU-second of the whole process tree (psutil: the loader and its worker processes), so other jobs on
the machine do not move them. A GPU step on GPT-2 124M consumes well under 1M tokens/s, so the goal
of >= 50M tokens/s leaves the loader idle. Then 64M tokens as 2,000 per-file shards (what `pipeline
run` writes before packing; 32k tokens each so the dataset spans many times the 128 shards the loader
keeps open, as a snapshot's 90,000 files do) and the same tokens packed by `pipeline.pack`:
start-up CPU and tokens/s. --write replaces the `Training loader` section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

from _report import machine, markdown_table, versions, write_section

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout, not installed
from pipeline.pack import pack_shards
from pipeline.shards import DEFAULT_MAX_OPEN, encode_shard, write_shard
from pipeline.storage import Storage
from pipeline.train import TokenShardLoader

SHARD_TOKENS = 32_000_000
PER_FILE_SHARDS, PER_FILE_TOKENS = 2_000, 32_000


def make_dataset(folder: Path, tokens: int, dtype=np.uint32) -> Path:
    rng = np.random.default_rng(0)
    for i, lo in enumerate(range(0, tokens, SHARD_TOKENS)):
        n = min(SHARD_TOKENS, tokens - lo)
        write_shard(folder / f"bench_{i:06d}.bin", rng.integers(0, 100_277, size=n, dtype=np.uint32).astype(dtype))
    return folder


def cpu_seconds() -> float:
    """CPU time of this process and its live children (DataLoader workers)."""
    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:2])
        except psutil.NoSuchProcess:
            pass
    return total


def tokens_per_cpu_second(loader: TokenShardLoader, seconds: float, torch_tensors: bool) -> float:
    """x-tokens delivered per CPU-second (process tree) over at least `seconds` of CPU, epochs
    chained; the clock starts at the first batch, so worker start-up (a one-off) is not counted."""
    tokens, started = 0, None
    while True:
        for x, _ in (loader if torch_tensors else loader.iter_numpy()):
            if started is None:
                started = cpu_seconds()
                continue
            tokens += x.shape[0] * x.shape[1]
            if tokens % (64 * x.shape[0] * x.shape[1]) == 0 and cpu_seconds() - started >= seconds:
                return tokens / (cpu_seconds() - started)


def per_file_against_packed(folder: Path, seconds: float) -> list[list]:
    """The same tokens as 2,000 per-file shards and packed: start-up CPU, maps open, tokens/s."""
    rng = np.random.default_rng(1)
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    for f in range(PER_FILE_SHARDS):
        (tokens / f"shard_{f:06d}_0000.bin").write_bytes(
            encode_shard(rng.integers(0, 100_277, size=PER_FILE_TOKENS, dtype=np.uint32)))
    rows = []
    for label in ("per-file shards", "packed (pipeline.pack)"):
        if label.startswith("packed"):
            started = time.process_time()
            summary = pack_shards(Storage(str(folder)), shard_tokens=100_000_000, documents=None)
            print(f"pack: {summary} in {time.process_time() - started:.1f} CPU s", flush=True)
        started = time.process_time()
        loader = TokenShardLoader(tokens, 8, 1024, seed=0)
        startup = time.process_time() - started
        loader.max_token_id()  # page cache warm
        rate = tokens_per_cpu_second(loader, seconds, False)
        rows.append([label, len(loader.shards), f"{1000 * startup:,.0f}", loader.files.open_count(),
                     f"{rate / 1e6:,.0f}"])
        print(f"{label:24s} {len(loader.shards):5d} shards | start-up {1000 * startup:7.1f} ms CPU | "
              f"{rate / 1e6:8.1f} M tokens/CPU-s", flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="a tokens folder to read instead of generated shards")
    parser.add_argument("--tokens", type=int, default=256_000_000, help="size of the generated dataset")
    parser.add_argument("--seconds", type=float, default=3.0, help="CPU seconds per configuration")
    parser.add_argument("--write", action="store_true", help="write the BENCHMARKS.md section")
    args = parser.parse_args()
    try:
        import torch  # noqa: F401
        has_torch = True
    except ImportError:
        has_torch = False

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(args.data) if args.data else make_dataset(Path(tmp), args.tokens)
        warm = TokenShardLoader(data, 1, 1)
        warm.max_token_id()  # reads every page once: the page cache is warm
        configs = [  # (label, batch, seq_len, torch tensors, workers)
            ("numpy int32", 8, 1024, False, 0),
            ("numpy int32", 64, 1024, False, 0),
            ("numpy int32", 16, 2048, False, 0),
        ]
        if has_torch:
            configs += [("torch int64", 8, 1024, True, 0), ("torch int64", 64, 1024, True, 0),
                        ("torch int64, 2 workers", 64, 1024, True, 2)]
        rows = []
        for label, batch, seq_len, use_torch, workers in configs:
            loader = TokenShardLoader(data, batch, seq_len, seed=0, num_workers=workers)
            rate = tokens_per_cpu_second(loader, args.seconds, use_torch)
            rows.append([label, batch, seq_len, workers, f"{rate / 1e6:,.0f}",
                         f"{1e6 * batch * seq_len / rate:,.0f}"])
            print(f"{label:24s} batch {batch:3d} x {seq_len:5d} workers {workers} | "
                  f"{rate / 1e6:8.1f} M tokens/CPU-s", flush=True)
        num_tokens, dtype, shards = warm.num_tokens, warm.dtype.name, len(warm.shards)
        del warm
    with tempfile.TemporaryDirectory() as tmp:
        layout_rows = per_file_against_packed(Path(tmp), args.seconds)

    table = markdown_table(["iterator", "batch", "seq_len", "workers", "M tokens/CPU-s", "CPU us/batch"], rows)
    layout = markdown_table(["64M tokens as", "shards", "start-up (ms CPU)", "shards open after",
                             "M tokens/CPU-s (8 x 1024, numpy)"], layout_rows)
    print(table)
    print(layout)
    if args.write:
        source = f"`{args.data}`" if args.data else "random tokens (generated, page cache warm)"
        write_section("Training loader", f"""
`python benchmarks/loader_throughput.py --write`: `TokenShardLoader` delivering shuffled (x, y)
batches from {shards} {dtype} shards, {num_tokens:,} tokens, {source}, through the bounded cache
(at most {DEFAULT_MAX_OPEN} shards open: pread, then a memory map once a shard is read often). Goal: >= 50M tokens/s (a GPU trains GPT-2 124M at
well under 1M tokens/s). Rates are tokens per CPU-second of the whole process tree (psutil), so
other jobs on the shared machine do not move them. Full shuffle (one block), 1 rank. Torch rows
include the int64 conversion. Worker processes hand each batch over through shared memory, which
costs more than building it; hence `pipeline train --num-workers 0` by default.

{table}

Per-WARC-file shards against packed ones (`pipeline.pack`, 10^8 tokens per shard): the same 64M
tokens as {PER_FILE_SHARDS:,} per-file shards of {PER_FILE_TOKENS:,} tokens (a snapshot's
~90,000 files make a shuffle block span far more shards than the {DEFAULT_MAX_OPEN} kept
open, so most windows open a file: an LRU miss) and packed. Start-up reads each per-file shard's 1 KB
header, or the packed folder's one `manifest.json`.

{layout}

{machine()}; {versions("numpy", "torch")}.
""")


if __name__ == "__main__":
    main()
