"""TokenShardLoader on CPU: tokens/s delivered as numpy (JAX path) and torch batches, 0 and N workers.

    python benchmarks/loader_throughput.py [--tokens 256_000_000] [--data out/CC-MAIN-2024-10/tokens]
                                           [--seconds 3] [--write]

Without --data it writes random uint32 shards (cl100k_base width) to a temp folder first and reads
them once so the page cache is warm: this measures the loader, not the disk. A GPU step on GPT-2
124M consumes well under 1M tokens/s, so the goal of >= 50M tokens/s leaves the loader idle.
--write replaces the `Training loader` section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from _report import machine, markdown_table, versions, write_section

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout, not installed
from pipeline.shards import write_shard
from pipeline.train import TokenShardLoader

SHARD_TOKENS = 32_000_000


def make_dataset(folder: Path, tokens: int, dtype=np.uint32) -> Path:
    rng = np.random.default_rng(0)
    for i, lo in enumerate(range(0, tokens, SHARD_TOKENS)):
        n = min(SHARD_TOKENS, tokens - lo)
        write_shard(folder / f"bench_{i:06d}.bin", rng.integers(0, 100_277, size=n, dtype=np.uint32).astype(dtype))
    return folder


def tokens_per_second(loader: TokenShardLoader, seconds: float, torch_tensors: bool) -> float:
    """x-tokens delivered per second over at least `seconds`, epochs chained; the clock starts at
    the first batch, so worker start-up (a one-off) is not counted."""
    tokens, started = 0, None
    while True:
        for x, _ in (loader if torch_tensors else loader.iter_numpy()):
            if started is None:
                started = time.perf_counter()
                continue
            tokens += x.shape[0] * x.shape[1]
            if time.perf_counter() - started >= seconds:
                return tokens / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="a tokens folder to read instead of generated shards")
    parser.add_argument("--tokens", type=int, default=256_000_000, help="size of the generated dataset")
    parser.add_argument("--seconds", type=float, default=3.0, help="per configuration")
    parser.add_argument("--write", action="store_true", help="write the BENCHMARKS.md section")
    args = parser.parse_args()
    try:
        import torch
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
            rate = tokens_per_second(loader, args.seconds, use_torch)
            rows.append([label, batch, seq_len, workers, f"{rate / 1e6:,.0f}",
                         f"{1e6 * batch * seq_len / rate:,.0f}"])
            print(f"{label:24s} batch {batch:3d} x {seq_len:5d} workers {workers} | "
                  f"{rate / 1e6:8.1f} M tokens/s", flush=True)
        num_tokens, dtype, shards = warm.num_tokens, warm.dtype.name, len(warm.shards)

    table = markdown_table(["iterator", "batch", "seq_len", "workers", "M tokens/s", "us/batch"], rows)
    print(table)
    if args.write:
        source = f"`{args.data}`" if args.data else "random tokens (generated, page cache warm)"
        write_section("Training loader", f"""
`python benchmarks/loader_throughput.py --write`: `TokenShardLoader` delivering shuffled (x, y)
batches from {shards} {dtype} shards, {num_tokens:,} tokens, {source}. Goal: >= 50M tokens/s
(a GPU trains GPT-2 124M at well under 1M tokens/s). Full shuffle (one block), 1 rank. Torch rows
include the int64 conversion. Worker processes hand each batch over through shared memory, which
costs more than building it (well under a millisecond); hence `pipeline train --num-workers 0` by default.

{machine()}; {versions("numpy", "torch")}.

{table}
""")


if __name__ == "__main__":
    main()
