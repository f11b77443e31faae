"""`pipeline train`: train a small GPT on token shards; the same code runs under torchrun.

In: a tokens folder (llm.c shards or Megatron .bin/.idx), local or s3://. Out: log lines every --log-every steps, one
final `done:` line, and a checkpoint (model, optimizer, loader state, learning-rate schedule) in
--checkpoint-dir that --resume continues from exactly; a resume with another schedule is refused
unless --allow-schedule-change. AdamW with linear warmup and cosine decay; bf16 autocast and
torch.compile on GPU; DDP under torchrun.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.train.loader import TokenShardLoader

CHECKPOINT_NAME = "checkpoint.pt"
# cc-pipeline is installed from its repository (it is not on PyPI): the extra comes from there.
_TORCH_HINT = ("pipeline train needs PyTorch: in the repository's folder, pip install -e "
               "\".[train]\" (torch==2.13.0; a plain `pip install torch` pulls GBs of GPU "
               "libraries)")


@dataclass(frozen=True)
class TrainConfig:
    data: str
    languages: str | None = None      # a run with one tokens folder per language: codes, or "all"
    steps: int = 200
    batch_size: int = 8
    seq_len: int = 64                 # also the model's context
    n_layer: int = 2
    n_head: int = 2
    n_embd: int = 64
    vocab_size: int | None = None     # None: the tokenizer's (format.json / manifest.json), else max id + 1; rounded up to 64
    compact_vocab: bool = False       # renumber the ids present in the data 0..n-1 (tiny CPU runs)
    lr: float = 3e-3                  # tiny models take a high rate; nanoGPT's GPT-2 124M uses 6e-4
    min_lr: float | None = None       # None: lr / 10 (Chinchilla, nanoGPT)
    warmup_steps: int | None = None   # None: decay_steps // 20
    decay_steps: int | None = None    # None: steps; set it above steps to stop early on the same schedule
    weight_decay: float = 0.1         # nanoGPT / GPT-3
    grad_clip: float = 1.0
    seed: int = 0
    num_workers: int = 0              # a batch costs the loader ~0.1 ms; worker IPC costs more (BENCHMARKS.md)
    device: str = "auto"
    compile: bool | None = None       # None: on GPU only
    bf16: bool | None = None          # None: on GPU only
    log_every: int = 10
    checkpoint_dir: str | None = None
    save_every: int = 0               # 0: only at the end
    resume: bool = False
    allow_schedule_change: bool = False  # resume on another learning-rate schedule than the checkpoint's


def language_data(data: str, languages: str | None) -> str | list[str]:
    """--data with --languages: the language folders `<data>/<code>` of a run that keeps several
    languages (tokens/deu_Latn, tokens/fra_Latn, ...; "all": every one there). A code without a
    folder is a FileNotFoundError naming those there are."""
    if languages is None:
        return data
    import fsspec

    from pipeline.outputs import LANGUAGE_FOLDER

    fs, root = fsspec.core.url_to_fs(data)
    try:
        present = sorted(entry["name"].rstrip("/").rsplit("/", 1)[-1]
                         for entry in fs.ls(root, detail=True) if entry["type"] == "directory")
    except FileNotFoundError:
        raise FileNotFoundError(f"{data}: no such tokens folder") from None
    present = [name for name in present if LANGUAGE_FOLDER.match(name)]
    wanted = present if languages.strip() == "all" else [
        code.strip() for code in languages.split(",") if code.strip()]
    missing = [code for code in wanted if code not in present]
    if missing or not wanted:
        named = ", ".join(missing) or repr(languages)
        raise FileNotFoundError(
            f"{data}: no language folder for {named}; it has "
            f"{', '.join(present) or 'none (a run with one language: drop --languages)'}")
    return [data.rstrip("/") + "/" + code for code in wanted]


def schedule_of(cfg: TrainConfig) -> dict:
    """The learning-rate schedule with every default resolved: what a checkpoint records."""
    decay = cfg.decay_steps or cfg.steps
    return {"lr": cfg.lr, "min_lr": cfg.min_lr if cfg.min_lr is not None else cfg.lr / 10,
            "warmup_steps": cfg.warmup_steps if cfg.warmup_steps is not None else decay // 20,
            "decay_steps": decay}


def lr_at(step: int, cfg: TrainConfig | dict) -> float:
    """Linear warmup to lr, then cosine to min_lr at decay_steps, flat after."""
    schedule = schedule_of(cfg) if isinstance(cfg, TrainConfig) else cfg
    lr, min_lr = schedule["lr"], schedule["min_lr"]
    warmup, decay = schedule["warmup_steps"], schedule["decay_steps"]
    if step < warmup:
        return lr * (step + 1) / warmup
    if step >= decay:
        return min_lr
    progress = (step - warmup) / max(1, decay - warmup)
    return min_lr + 0.5 * (1 + math.cos(math.pi * progress)) * (lr - min_lr)


_SCHEDULE_FLAGS = {"lr": "--lr", "min_lr": "--min-lr", "warmup_steps": "--warmup-steps",
                   "decay_steps": "--decay-steps"}


def _check_schedule(saved: dict, current: dict, ckpt_path: Path, allow: bool, log) -> None:
    """A resumed run continues the checkpoint's schedule; another one is refused unless allowed."""
    changed = [k for k in _SCHEDULE_FLAGS if saved[k] != current[k]]
    if not changed:
        return
    diff = ", ".join(f"{k} {saved[k]} -> {current[k]}" for k in changed)
    if allow:
        log(f"resume: learning-rate schedule changed ({diff}) as --allow-schedule-change asks")
        return
    same = " ".join(f"{_SCHEDULE_FLAGS[k]} {saved[k]}" for k in changed)
    raise ValueError(f"{ckpt_path} was trained on another learning-rate schedule ({diff}; --decay-steps "
                     f"defaults to --steps, --warmup-steps to decay // 20); pass {same} to continue its "
                     f"schedule (then --steps may go past it), or --allow-schedule-change to switch")


def _save_checkpoint(path: Path, payload: dict) -> None:
    import torch
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    torch.save(payload, tmp)
    os.replace(tmp, path)


def train(cfg: TrainConfig) -> dict:
    """Run training; returns {"losses": {step: loss}, "intervals": [per log line], "tokens_per_s", ...}."""
    import torch
    import torch.distributed as dist

    from pipeline.train.model import GPT, GPTConfig

    ddp = "RANK" in os.environ and int(os.environ.get("WORLD_SIZE", "1")) > 1
    rank, world, local_rank = 0, 1, 0
    if cfg.device == "auto":
        device_name = "cuda" if torch.cuda.is_available() else "cpu"
    else:
        device_name = cfg.device
    if ddp:
        rank, world = int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"])
        local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        dist.init_process_group(backend="nccl" if device_name.startswith("cuda") else "gloo")
        if device_name == "cuda":
            device_name = f"cuda:{local_rank}"
    device = torch.device(device_name)
    if device.type == "cuda":
        torch.cuda.set_device(device)
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    on_gpu = device.type == "cuda"
    use_bf16 = on_gpu if cfg.bf16 is None else cfg.bf16
    use_compile = on_gpu if cfg.compile is None else cfg.compile
    num_workers = cfg.num_workers
    master = rank == 0

    def log(line: str) -> None:
        if master:
            print(line, flush=True)

    loader = TokenShardLoader(language_data(cfg.data, cfg.languages), cfg.batch_size, cfg.seq_len,
                              rank=rank, world_size=world,
                              seed=cfg.seed, num_workers=num_workers, device=str(device))
    schedule = schedule_of(cfg)
    ckpt_path = Path(cfg.checkpoint_dir) / CHECKPOINT_NAME if cfg.checkpoint_dir else None
    checkpoint = None
    if cfg.resume:
        if ckpt_path is None:
            raise ValueError("--resume needs --checkpoint-dir")
        if ckpt_path.exists():
            checkpoint = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        else:
            log(f"resume: no checkpoint at {ckpt_path}; starting from step 0")

    if checkpoint is not None:
        model_config = GPTConfig(**checkpoint["model_config"])
        token_ids = checkpoint["token_ids"]
        if model_config.block_size != cfg.seq_len:
            raise ValueError(f"{ckpt_path} was trained with --seq-len {model_config.block_size}, not {cfg.seq_len}")
        saved = checkpoint.get("schedule") or schedule_of(TrainConfig(**checkpoint["train_config"]))
        _check_schedule(saved, schedule, ckpt_path, cfg.allow_schedule_change, log)
        if token_ids is None:
            loader.vocab_size = cfg.vocab_size or model_config.vocab_size  # checked on every batch
    else:
        # a 100k-token vocabulary costs a tiny CPU model most of its time in the output layer
        token_ids = torch.from_numpy(loader.token_ids()) if cfg.compact_vocab else None
        if token_ids is not None:
            vocab_size = len(token_ids)
            if cfg.vocab_size is not None and cfg.vocab_size < vocab_size:
                raise ValueError(f"--vocab-size {cfg.vocab_size} is too small: the data has {vocab_size} distinct ids")
        elif cfg.vocab_size is not None:
            vocab_size = loader.vocab_size = cfg.vocab_size  # no scan: every batch is checked against it
        elif (loader.files.description or {}).get("vocab_size"):  # the tokenizer's, from format.json / manifest
            vocab_size = loader.vocab_size = int(loader.files.description["vocab_size"])
            tokenizer = loader.files.description.get("tokenizer") or {}
            log(f"vocab_size {vocab_size} from the shards' manifest (tokenizer {tokenizer.get('name', '?')}, "
                f"ranks sha256 {str(tokenizer.get('ranks_sha256', '?'))[:12]})")
        else:
            vocab_size = _max_token_id(loader, rank, world, ddp, device) + 1
        vocab_size = (vocab_size + 63) // 64 * 64
        model_config = GPTConfig(vocab_size=vocab_size, block_size=cfg.seq_len, n_layer=cfg.n_layer,
                                 n_head=cfg.n_head, n_embd=cfg.n_embd)
    torch.manual_seed(cfg.seed)
    model = GPT(model_config).to(device)
    optimizer = model.configure_optimizer(cfg.lr, cfg.weight_decay)
    step = 0
    if checkpoint is not None:
        model.load_state_dict(checkpoint["model"])
        optimizer.load_state_dict(checkpoint["optimizer"])
        loader.load_state_dict(checkpoint["loader"])
        step = checkpoint["step"]
        log(f"resume: {ckpt_path} at step {step}, epoch {loader.epoch}, batch {loader.position}")
    compact = None
    if token_ids is not None:  # lookup table: data token id -> model token id
        compact = torch.zeros(int(token_ids.max()) + 1, dtype=torch.long)
        compact[token_ids] = torch.arange(len(token_ids))
        compact = compact.to(device)
    forward = torch.compile(model) if use_compile else model
    if ddp:
        from torch.nn.parallel import DistributedDataParallel
        forward = DistributedDataParallel(forward, device_ids=[local_rank] if on_gpu else None)

    tokens_per_step = cfg.batch_size * cfg.seq_len * world
    log(f"train: {len(loader.shards)} shards, {loader.num_tokens:,} tokens ({loader.dtype.name}), "
        f"{loader.batches_per_epoch} batches/epoch/rank | model {model.num_parameters():,} params "
        f"{model_config.to_dict()} | device {device} x{world} bf16={use_bf16} compile={use_compile} "
        f"workers={num_workers} | {tokens_per_step} tokens/step")

    def save(at_step: int) -> None:
        if master and ckpt_path is not None:
            _save_checkpoint(ckpt_path, {"step": at_step, "model": model.state_dict(),
                                         "optimizer": optimizer.state_dict(), "loader": loader.state_dict(),
                                         "model_config": model_config.to_dict(), "train_config": asdict(cfg),
                                         "schedule": schedule, "token_ids": token_ids})

    def batches():
        while True:
            yield from loader

    losses: dict[int, float] = {}
    intervals: list[dict] = []  # one per log line
    stream = batches()
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=use_bf16)
    start_step, t_start = step, time.perf_counter()
    t_last, step_last, wait, wait_total = t_start, step, 0.0, 0.0
    loss = None
    while step < cfg.steps:
        t_data = time.perf_counter()
        x, y = next(stream)
        if compact is not None:
            x, y = compact[x], compact[y]
        waited = time.perf_counter() - t_data
        wait, wait_total = wait + waited, wait_total + waited
        lr = lr_at(step, schedule)
        for group in optimizer.param_groups:
            group["lr"] = lr
        with autocast:
            _, loss = forward(x, y)
        loss.backward()
        if cfg.grad_clip > 0:
            torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.grad_clip)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        if step % cfg.log_every == 0 or step == cfg.steps:
            value = loss.detach()
            if ddp:
                dist.all_reduce(value, op=dist.ReduceOp.AVG)
            losses[step] = value.item()  # syncs the device, so the timing below is honest
            now = time.perf_counter()
            elapsed = now - t_last
            intervals.append({"step": step, "loss": losses[step], "data_wait_share": wait / elapsed,
                              "tokens_per_s": tokens_per_step * (step - step_last) / elapsed,
                              "ms_per_step": 1000 * elapsed / (step - step_last)})
            log(f"step {step:6d}/{cfg.steps} | loss {losses[step]:.4f} | lr {lr:.2e} | "
                f"{intervals[-1]['tokens_per_s']:,.0f} tok/s | {intervals[-1]['ms_per_step']:.1f} ms/step | "
                f"data_wait {100 * wait / elapsed:.1f}%")
            t_last, step_last, wait = now, step, 0.0
        if cfg.save_every and step % cfg.save_every == 0 and step < cfg.steps:
            save(step)
    save(step)
    elapsed = time.perf_counter() - t_start
    steps_run = step - start_step
    result = {"losses": losses, "intervals": intervals, "steps": step, "tokens": tokens_per_step * steps_run,
              "tokens_per_s": tokens_per_step * steps_run / elapsed if steps_run else 0.0,
              "data_wait_share": wait_total / elapsed if steps_run else 0.0, "elapsed_s": elapsed}
    if losses:
        first, last = losses[min(losses)], losses[max(losses)]
        log(f"done: steps {step} | loss {first:.4f} -> {last:.4f} | {result['tokens']:,} tokens in "
            f"{elapsed:.1f} s | {result['tokens_per_s']:,.0f} tok/s | data_wait "
            f"{100 * result['data_wait_share']:.1f}% | checkpoint {ckpt_path or '-'}")
    else:
        log(f"done: steps {step} | nothing to do (checkpoint already at --steps {cfg.steps})")
    if ddp:
        # Every rank waits for rank 0's checkpoint before the group goes away: a rank that tears
        # gloo down while another still uses it can abort ("terminate called without an active
        # exception"), seen once under load.
        dist.barrier()
        dist.destroy_process_group()
    return result


def _max_token_id(loader: TokenShardLoader, rank: int, world: int, ddp: bool, device) -> int:
    """From the folder's manifest when it has one; else each rank scans 1/world of the shards."""
    if loader.files.manifest is not None or not ddp:
        return loader.max_token_id()
    import torch
    import torch.distributed as dist

    mine = torch.tensor([loader.max_token_id(range(rank, len(loader.shards), world))], device=device)
    dist.all_reduce(mine, op=dist.ReduceOp.MAX)
    return int(mine.item())


def build_parser() -> argparse.ArgumentParser:
    d = TrainConfig(data="")
    p = argparse.ArgumentParser(prog="pipeline train", description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--data", required=True,
                   help="tokens folder (its manifest.json, else its *.bin), a glob, one shard, or s3://... of those")
    p.add_argument("--languages", default=None, metavar="CODES",
                   help="with --data a run's tokens folder that has one folder per language "
                        "(--languages all): train on these, comma-separated (deu_Latn,fra_Latn), or all")
    p.add_argument("--steps", type=int, default=d.steps, help="train until this step (total, across resumes)")
    p.add_argument("--batch-size", type=int, default=d.batch_size, help="sequences per step per rank")
    p.add_argument("--seq-len", type=int, default=d.seq_len, help="tokens per sequence = model context")
    p.add_argument("--n-layer", type=int, default=d.n_layer)
    p.add_argument("--n-head", type=int, default=d.n_head)
    p.add_argument("--n-embd", type=int, default=d.n_embd)
    p.add_argument("--vocab-size", type=int, default=None,
                   help="the tokenizer's vocabulary (checked on every batch, no scan at start-up); default: the "
                        "one the shards' format.json or manifest.json records, else the max token id in the data + 1 "
                        "(a scan); rounded up to 64")
    p.add_argument("--compact-vocab", action="store_true",
                   help="renumber the token ids present in the data 0..n-1 (small, fast CPU runs; the "
                        "model then knows only those ids; the map is stored in the checkpoint)")
    p.add_argument("--lr", type=float, default=d.lr)
    p.add_argument("--min-lr", type=float, default=None, help="default: lr / 10")
    p.add_argument("--warmup-steps", type=int, default=None, help="default: decay steps // 20")
    p.add_argument("--decay-steps", type=int, default=None, help="cosine length; default: --steps")
    p.add_argument("--weight-decay", type=float, default=d.weight_decay)
    p.add_argument("--grad-clip", type=float, default=d.grad_clip, help="0 disables")
    p.add_argument("--seed", type=int, default=d.seed, help="model init and data order")
    p.add_argument("--num-workers", type=int, default=d.num_workers,
                   help="DataLoader worker processes (0: batches are built in the training process)")
    p.add_argument("--device", default=d.device, help="auto, cpu, cuda, cuda:1, ...")
    p.add_argument("--compile", action=argparse.BooleanOptionalAction, default=None,
                   help="torch.compile; default on for GPU")
    p.add_argument("--bf16", action=argparse.BooleanOptionalAction, default=None,
                   help="bf16 autocast; default on for GPU")
    p.add_argument("--log-every", type=int, default=d.log_every)
    p.add_argument("--checkpoint-dir", default=None, help=f"where {CHECKPOINT_NAME} is written")
    p.add_argument("--save-every", type=int, default=d.save_every, help="0: only at the end")
    p.add_argument("--resume", action="store_true",
                   help="continue from --checkpoint-dir's checkpoint if there is one (else start fresh)")
    p.add_argument("--allow-schedule-change", action="store_true",
                   help="let --resume continue on another learning-rate schedule than the checkpoint's "
                        "(by default a changed --steps/--decay-steps/--warmup-steps/--lr/--min-lr is refused)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    cfg = TrainConfig(**{k: v for k, v in vars(args).items()})
    for name in ("steps", "batch_size", "seq_len", "log_every"):
        if getattr(cfg, name) < 1:
            print(f"pipeline train: --{name.replace('_', '-')} must be >= 1", file=sys.stderr)
            return 2
    try:
        import torch  # noqa: F401
    except ImportError:
        print(_TORCH_HINT, file=sys.stderr)
        return 2
    try:
        train(cfg)
    except (FileNotFoundError, ValueError) as error:  # ShardError is a ValueError; bugs keep tracebacks
        print(f"pipeline train: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
