"""Stream llm.c token shards into training: (x, y) batches of token windows, sharded over ranks.

In: a folder (or glob, or list) of llm.c shards, uint16 or uint32, local or on an object store
(`s3://bucket/run/tokens`: range reads), through `pipeline.shard_set.ShardSet` (at most
`max_open_shards` shards open at once). Out: (x, y) batches of shape (batch_size, seq_len) as
PyTorch tensors (`for x, y in loader`) or numpy arrays (`loader.iter_numpy()`). For JAX, see
`pipeline.train.grain_source`. Imports numpy, and torch only when it is installed.

Window k of a shard is tokens [k*T, k*T + T + 1) with T = seq_len: x = w[:-1], y = w[1:]. Windows
share one boundary token, so every token after a shard's first is a target exactly once (llm.c's
and nanoGPT's layout); a shard's tail shorter than a window is dropped. Windows of all shards form
one global index space. Each epoch orders it from the seed alone: the shards are permuted, laid end
to end, cut into blocks of `shuffle_block` windows, and the windows are permuted within each block
(memory stays O(shuffle_block) however large the dataset; with the default, a dataset under ~1B
tokens at T=1024 is one block, i.e. a full shuffle). Rank r reads positions r, r+W, r+2W, ... of
that order, trimmed so every rank gets the same number of whole batches. Batch i of an epoch is a
pure function of (seed, epoch, rank, i): resuming, DataLoader workers and ranks need no shared state.

The loader is a torch `IterableDataset`: `DataLoader(loader, batch_size=None)` iterates it in the
training process, where its state (epoch, batches handed out) lives, so epochs advance and
`state_dict()` resumes exactly. Worker processes are the loader's own `num_workers` (they cannot
report back what the training loop consumed, so a DataLoader's own workers are refused).
"""
from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from typing import Iterator

import numpy as np

from pipeline.shard_set import Shard, ShardSet
from pipeline.shards import DEFAULT_MAX_OPEN, ShardError

try:  # the loader is a torch IterableDataset when torch is installed; numpy-only otherwise
    from torch.utils.data import IterableDataset as _Base
except ImportError:  # pragma: no cover - exercised where torch is absent
    _Base = object

STATE_VERSION = 1
DEFAULT_SHUFFLE_BLOCK = 1 << 20  # windows per shuffle block: 8 MB of int64 permutation
_TORCH_HINT = "PyTorch is not installed: pip install 'cc-pipeline[train]' (torch==2.13.0), or use loader.iter_numpy()"


def find_shards(data) -> list[str]:
    """Shard paths from a folder (its manifest.json, else its *.bin, sorted), a glob pattern, one
    file, an object-store URL, or a list of those."""
    return [s.path for s in ShardSet(data).shards]


def _rng(seed: int, *key: int) -> np.random.Generator:
    return np.random.default_rng([seed, *key])


class TokenShardLoader(_Base):
    """Deterministic, resumable, rank-sharded batches of token windows from llm.c shards.

    `for x, y in loader` (or `DataLoader(loader, batch_size=None)`) yields the rest of the current
    epoch as torch int64 tensors (on `device`, pinned and copied asynchronously when it is a GPU),
    then moves to the next epoch. `loader.iter_numpy()` does the same with numpy int32 arrays.
    `state_dict()` taken between batches and given to `load_state_dict()` makes a new loader
    continue with the very next batch. `vocab_size`, when given, is checked on every batch (a token
    id at or above it is a ShardError naming the shard) instead of scanning the data at start-up.
    """

    def __init__(self, data, batch_size: int, seq_len: int, *, rank: int = 0, world_size: int = 1,
                 seed: int = 0, shuffle: bool = True, shuffle_block: int = DEFAULT_SHUFFLE_BLOCK,
                 num_workers: int = 0, device: str | None = None, pin_memory: bool | None = None,
                 max_open_shards: int = DEFAULT_MAX_OPEN, vocab_size: int | None = None):
        for name, value in (("batch_size", batch_size), ("seq_len", seq_len), ("world_size", world_size),
                            ("shuffle_block", shuffle_block), ("max_open_shards", max_open_shards)):
            if int(value) < 1:
                raise ValueError(f"{name} must be >= 1, got {value}")
        if not 0 <= rank < world_size:
            raise ValueError(f"rank must be in [0, world_size={world_size}), got {rank}")
        if seed < 0:
            raise ValueError(f"seed must be >= 0, got {seed}")
        if vocab_size is not None and vocab_size < 1:
            raise ValueError(f"vocab_size must be >= 1, got {vocab_size}")
        self.batch_size, self.seq_len = int(batch_size), int(seq_len)
        self.rank, self.world_size, self.seed = int(rank), int(world_size), int(seed)
        self.shuffle, self.shuffle_block = bool(shuffle), int(shuffle_block)
        self.num_workers, self.device, self.pin_memory = int(num_workers), device, pin_memory
        self.vocab_size = vocab_size

        self.files = ShardSet(data, max_open=max_open_shards)  # header-only reads, or one manifest
        self.shards: list[Shard] = self.files.shards
        self.dtype = self.files.dtype
        self.num_tokens = self.files.num_tokens
        self._window_counts = np.array([max(0, (s.num_tokens - 1) // self.seq_len) for s in self.shards],
                                       dtype=np.int64)
        self.num_windows = int(self._window_counts.sum())
        self.windows_per_rank = self.num_windows // self.world_size
        self.batches_per_epoch = self.windows_per_rank // self.batch_size
        if self.batches_per_epoch == 0:
            raise ValueError(
                f"{len(self.shards)} shard(s) hold {self.num_tokens} tokens = {self.num_windows} windows of "
                f"seq_len+1={self.seq_len + 1}, too few for one batch of {self.batch_size} on each of "
                f"{self.world_size} rank(s); lower --batch-size / --seq-len or add data")
        self.fingerprint = self._fingerprint()
        self.epoch, self.position = 0, 0  # position: batches of this epoch already yielded
        self._reset_caches()

    # ---- state ---------------------------------------------------------------------------------

    def _fingerprint(self) -> str:
        listing = [[s.name, s.num_tokens] for s in self.shards]
        blob = json.dumps([self.dtype.str, listing]).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def _normalize(self) -> None:
        if self.position >= self.batches_per_epoch:
            self.epoch, self.position = self.epoch + 1, 0

    def state_dict(self) -> dict:
        self._normalize()
        return {"version": STATE_VERSION, "epoch": self.epoch, "position": self.position, "seed": self.seed,
                "shuffle": self.shuffle, "shuffle_block": self.shuffle_block, "fingerprint": self.fingerprint,
                "seq_len": self.seq_len, "batch_size": self.batch_size, "world_size": self.world_size,
                "rank": self.rank}

    def load_state_dict(self, state: dict) -> None:
        """Continue where `state` left off. Any rank may load any rank's state (DDP ranks move in step)."""
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"loader state version {state.get('version')} is not {STATE_VERSION}")
        for key in ("fingerprint", "seed", "shuffle", "shuffle_block", "seq_len", "batch_size", "world_size"):
            if state[key] != getattr(self, key):
                what = "the shard files (names or token counts) differ" if key == "fingerprint" else \
                    f"construct the loader with {key}={state[key]!r}"
                raise ValueError(f"loader state was saved with {key}={state[key]!r} but this loader has "
                                 f"{key}={getattr(self, key)!r}: {what}")
        if not 0 <= state["position"] <= self.batches_per_epoch or state["epoch"] < 0:
            raise ValueError(f"loader state position {state['position']} / epoch {state['epoch']} out of range")
        self.epoch, self.position = int(state["epoch"]), int(state["position"])
        self._normalize()

    def __len__(self) -> int:
        return self.batches_per_epoch

    # ---- the order -----------------------------------------------------------------------------

    def _reset_caches(self) -> None:
        self._epoch_cache: tuple[int, np.ndarray, np.ndarray] | None = None
        self._block_cache: OrderedDict[tuple[int, int], np.ndarray] = OrderedDict()

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()  # permutations are rebuilt in the worker, not pickled
        state.update(_epoch_cache=None, _block_cache=OrderedDict())
        return state

    def _epoch_layout(self, epoch: int) -> tuple[np.ndarray, np.ndarray]:
        """Shard order of `epoch` and the cumulative window counts in that order."""
        if self._epoch_cache is None or self._epoch_cache[0] != epoch:
            n = len(self.shards)
            order = _rng(self.seed, epoch, 0).permutation(n) if self.shuffle else np.arange(n)
            starts = np.concatenate([[0], np.cumsum(self._window_counts[order])])
            self._epoch_cache = (epoch, order, starts)
        return self._epoch_cache[1], self._epoch_cache[2]

    def _block_permutation(self, epoch: int, block: int) -> np.ndarray:
        key = (epoch, block)
        perm = self._block_cache.get(key)
        if perm is None:
            size = min(self.shuffle_block, self.num_windows - block * self.shuffle_block)
            perm = _rng(self.seed, epoch, 1, block).permutation(size)
            self._block_cache[key] = perm
            while len(self._block_cache) > 2:
                self._block_cache.popitem(last=False)
        return perm

    def window_ids(self, epoch: int, batch_index: int) -> tuple[np.ndarray, np.ndarray]:
        """(shard index, first token) of each window in this rank's batch `batch_index` of `epoch`."""
        if not 0 <= batch_index < self.batches_per_epoch:
            raise IndexError(f"batch {batch_index} out of range [0, {self.batches_per_epoch})")
        positions = batch_index * self.batch_size + np.arange(self.batch_size, dtype=np.int64)
        slots = positions * self.world_size + self.rank  # positions in the epoch's global order
        order, starts = self._epoch_layout(epoch)
        if self.shuffle:
            blocks = slots // self.shuffle_block
            laid_out = np.empty_like(slots)
            for block in np.unique(blocks):
                mask = blocks == block
                perm = self._block_permutation(epoch, int(block))
                laid_out[mask] = block * self.shuffle_block + perm[slots[mask] - block * self.shuffle_block]
        else:
            laid_out = slots
        k = np.searchsorted(starts, laid_out, side="right") - 1
        return order[k], (laid_out - starts[k]) * self.seq_len

    # ---- reading -------------------------------------------------------------------------------

    def batch(self, epoch: int, batch_index: int, dtype=np.int32) -> tuple[np.ndarray, np.ndarray]:
        """This rank's batch `batch_index` of `epoch` as (x, y) arrays of shape (batch_size, seq_len)."""
        shard_ids, firsts = self.window_ids(epoch, batch_index)
        T = self.seq_len
        x = np.empty((self.batch_size, T), dtype=dtype)
        y = np.empty((self.batch_size, T), dtype=dtype)
        windows = self.files.read_many(shard_ids.tolist(), firsts.tolist(), T + 1)
        for row, window in enumerate(windows):
            x[row] = window[:-1]
            y[row] = window[1:]
        if self.vocab_size is not None:
            self._check_ids(x, y, shard_ids, firsts)
        return x, y

    def _check_ids(self, x, y, shard_ids, firsts) -> None:
        if max(int(x.max()), int(y[:, -1].max())) < self.vocab_size:
            return
        rows, cols = np.nonzero(np.concatenate([x, y[:, -1:]], axis=1) >= self.vocab_size)
        row, col = int(rows[0]), int(cols[0])
        shard = self.shards[int(shard_ids[row])]
        token = x[row, col] if col < self.seq_len else y[row, -1]
        raise ShardError(f"{shard.path}: token {int(firsts[row]) + col} has id {int(token)}, outside the "
                         f"vocabulary of {self.vocab_size} (--vocab-size); pass the tokenizer's vocabulary "
                         "size, or leave --vocab-size out to size it from the data")

    def iter_numpy(self, dtype=np.int32) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """The rest of the current epoch as numpy (x, y); int32 suits JAX (`jax.device_put(x)`)."""
        self._normalize()
        epoch = self.epoch
        for i in range(self.position, self.batches_per_epoch):
            x, y = self.batch(epoch, i, dtype)
            self.position = i + 1
            yield x, y
        self._normalize()

    def __iter__(self):
        try:
            import torch
        except ImportError:
            raise ImportError(_TORCH_HINT) from None
        if torch.utils.data.get_worker_info() is not None:
            raise RuntimeError(
                "TokenShardLoader in a DataLoader worker process: workers cannot report back which "
                "batches the training loop consumed, so epochs and state_dict() would be wrong. Use "
                "DataLoader(loader, batch_size=None) without num_workers, and give the loader its own "
                "workers: TokenShardLoader(..., num_workers=N)")
        device = torch.device(self.device) if self.device else torch.device("cpu")
        pin = self.pin_memory if self.pin_memory is not None else device.type == "cuda"
        self._normalize()
        epoch, start = self.epoch, self.position
        if self.num_workers > 0:
            # map-style over (epoch, i): worker k computes batches k, k+K, ...; torch returns them in order
            source = torch.utils.data.DataLoader(
                _EpochBatches(self), batch_size=None, num_workers=self.num_workers, pin_memory=pin,
                sampler=_EpochSampler(epoch, start, self.batches_per_epoch), prefetch_factor=4)
        else:
            source = (tuple(map(torch.from_numpy, self.batch(epoch, i, np.int64)))
                      for i in range(start, self.batches_per_epoch))
        for i, (x, y) in enumerate(source, start):
            if pin and self.num_workers == 0:
                x, y = x.pin_memory(), y.pin_memory()
            if device.type != "cpu":
                x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
            self.position = i + 1
            yield x, y
        self._normalize()

    # ---- helpers for training ------------------------------------------------------------------

    def max_token_id(self, shard_indices=None, chunk_tokens: int = 1 << 24) -> int:
        """Largest token id: from the manifest when the folder has one (no reading), else scanned
        chunk by chunk over `shard_indices` (default all; DDP ranks split them). -1 if none."""
        manifest = self.files.manifest
        if shard_indices is None and manifest is not None and "max_token_id" in manifest:
            return int(manifest["max_token_id"])
        best = -1
        for index in (range(len(self.shards)) if shard_indices is None else shard_indices):
            for chunk in self.files.chunks(index, chunk_tokens):
                if len(chunk):
                    best = max(best, int(chunk.max()))
        return best

    def token_ids(self, chunk_tokens: int = 1 << 24) -> np.ndarray:
        """Sorted distinct token ids in the data (a bincount per chunk; memory O(max id))."""
        counts = np.zeros(0, dtype=np.int64)
        for index in range(len(self.shards)):
            for chunk in self.files.chunks(index, chunk_tokens):
                if not len(chunk):
                    continue
                chunk = np.bincount(chunk)
                if len(chunk) > len(counts):
                    counts = np.pad(counts, (0, len(chunk) - len(counts)))
                counts[:len(chunk)] += chunk
        return np.flatnonzero(counts)


class _EpochBatches:
    """Map-style view for torch's DataLoader: index (epoch, i) -> torch batch, computed in the worker."""

    def __init__(self, loader: TokenShardLoader):
        self.loader = loader

    def __getitem__(self, key: tuple[int, int]):
        import torch
        epoch, i = key
        x, y = self.loader.batch(epoch, i, np.int64)
        return torch.from_numpy(x), torch.from_numpy(y)

    def __len__(self) -> int:
        return self.loader.batches_per_epoch


class _EpochSampler:
    """Indices (epoch, i) for i in [start, stop), without materializing them."""

    def __init__(self, epoch: int, start: int, stop: int):
        self.epoch, self.start, self.stop = epoch, start, stop

    def __iter__(self):
        return ((self.epoch, i) for i in range(self.start, self.stop))

    def __len__(self) -> int:
        return self.stop - self.start
