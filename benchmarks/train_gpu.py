"""`pipeline train` on a GPU: training tokens/s and the share of step time spent waiting on data.

    python benchmarks/train_gpu.py [--data out/CC-MAIN-2024-10/tokens] [--steps 120] [--write]
    python benchmarks/train_gpu.py --device cpu --steps 4 --n-layer 1 --n-embd 64 --seq-len 64  # smoke

Trains a GPT-2-small-shaped model (12 x 768, context 1024, bf16 autocast, torch.compile) through the
real entrypoint (`pipeline.train.cli.train`) on random uint32 shards, or on --data. Reports the
median over log intervals after the first (which holds torch.compile's warm-up). "data wait" is the
time the training process spends inside `next(loader)`: an upper bound on the GPU's idle time from
data, since the GPU runs queued work meanwhile. MFU: model FLOPs per token (6 N + 12 L T d, PaLM's
count as nanoGPT uses it) x tokens/s over the GPU's dense bf16 peak (--peak-tflops, else known by
name). Also times the loader alone into GPU memory.
--write replaces the `Training on GPU` section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from _report import machine, markdown_table, versions, write_section

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout, not installed
from pipeline.shards import write_shard
from pipeline.train import TokenShardLoader
from pipeline.train.cli import TrainConfig, train


def loader_into_device(data, batch_size: int, seq_len: int, device: str, batches: int = 200) -> float:
    """Tokens/s of batches landing in device memory (pinned, asynchronous copies)."""
    import torch
    loader = TokenShardLoader(data, batch_size, seq_len, device=device)
    stream = iter(loader)
    next(stream)
    started, tokens = time.perf_counter(), 0
    for _ in range(batches):
        try:
            x, _ = next(stream)
        except StopIteration:
            stream = iter(loader)
            x, _ = next(stream)
        tokens += x.numel()
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    return tokens / (time.perf_counter() - started)


PEAK_BF16_TFLOPS = {"H200": 989.0, "H100": 989.0, "A100": 312.0, "L4": 121.0, "A10": 125.0}  # dense


def flops_per_token(params: int, n_layer: int, seq_len: int, n_embd: int) -> float:
    return 6 * params + 12 * n_layer * seq_len * n_embd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="tokens folder; default: random uint32 shards")
    parser.add_argument("--tokens", type=int, default=64_000_000, help="size of the generated dataset")
    parser.add_argument("--steps", type=int, default=120)
    parser.add_argument("--log-every", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seq-len", type=int, default=1024)
    parser.add_argument("--n-layer", type=int, default=12)
    parser.add_argument("--n-head", type=int, default=12)
    parser.add_argument("--n-embd", type=int, default=768)
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--compile", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--peak-tflops", type=float, default=None, help="dense bf16 peak; default by GPU name")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    import torch

    with tempfile.TemporaryDirectory() as tmp:
        data = args.data
        if data is None:
            rng = np.random.default_rng(0)
            for i, lo in enumerate(range(0, args.tokens, 32_000_000)):
                n = min(32_000_000, args.tokens - lo)
                write_shard(Path(tmp) / f"bench_{i:06d}.bin", rng.integers(0, 100_277, n, dtype=np.uint32))
            data = tmp
        loader_rate = loader_into_device(data, args.batch_size, args.seq_len, args.device)
        print(f"loader into {args.device}: {loader_rate / 1e6:.1f} M tokens/s", flush=True)
        config = TrainConfig(data=str(data), steps=args.steps, log_every=args.log_every,
                             batch_size=args.batch_size, seq_len=args.seq_len, n_layer=args.n_layer,
                             n_head=args.n_head, n_embd=args.n_embd, vocab_size=100_288, lr=6e-4,
                             device=args.device, compile=args.compile)
        result = train(config)
    steady = result["intervals"][1:] or result["intervals"]
    rate = statistics.median(i["tokens_per_s"] for i in steady)
    step_ms = statistics.median(i["ms_per_step"] for i in steady)
    wait = statistics.median(i["data_wait_share"] for i in steady)
    gpu = torch.cuda.get_device_name() if args.device.startswith("cuda") else "cpu"
    from pipeline.train.model import GPT, GPTConfig
    params = GPT(GPTConfig(vocab_size=100_288, block_size=args.seq_len, n_layer=args.n_layer, n_head=args.n_head,
                           n_embd=args.n_embd)).num_parameters()
    peak = args.peak_tflops or next((v for k, v in PEAK_BF16_TFLOPS.items() if k in gpu), None)
    mfu = rate * flops_per_token(params, args.n_layer, args.seq_len, args.n_embd) / (peak * 1e12) if peak else None
    mfu_text = f"{100 * mfu:.1f}%" if mfu is not None else "n/a (unknown peak)"
    rows = [[f"GPT {args.n_layer}x{args.n_embd} ({params / 1e6:.0f}M), ctx {args.seq_len}, vocab 100288",
             args.batch_size, f"{rate:,.0f}", mfu_text, f"{step_ms:.1f}", f"{100 * wait:.2f}%",
             f"{loader_rate / 1e6:,.0f}"]]
    table = markdown_table(["model", "batch", "train tokens/s", "MFU", "ms/step", "data wait (loader share)",
                            "loader M tokens/s into device"], rows)
    print(table)
    print(f"train_gpu: {gpu} | {rate:,.0f} tok/s | MFU {mfu_text} | {step_ms:.1f} ms/step | "
          f"data_wait {100 * wait:.2f}% | loader {loader_rate / 1e6:.1f} M tok/s")
    if args.write:
        write_section("Training on GPU", f"""
`python benchmarks/train_gpu.py --write`: `pipeline train`'s loop (AdamW, bf16 autocast,
torch.compile={config.compile if config.compile is not None else 'auto'}) on {gpu}, median of the log
intervals after the first (compile warm-up). Data wait = time inside `next(loader)` / step time.

{machine()}; {versions("torch", "numpy")}.

{table}
""")


if __name__ == "__main__":
    main()
