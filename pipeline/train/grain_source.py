"""JAX input through grain: the token windows of llm.c shards as a random-access data source.

In: the shards `TokenShardLoader` reads (a folder with manifest.json or *.bin, a glob, a list,
`s3://...`), through `pipeline.shard_set.ShardSet`. Out: `TokenWindows`, a grain data source whose
record k is window k of the dataset (shards in order; window k of a shard is tokens
[k*T, k*T + T + 1)) as {"inputs": int32[T], "targets": int32[T]}, and `grain_loader(...)`, grain's
DataLoader over it: an IndexSampler shuffles every epoch from the seed and shards records by JAX
process (`ShardByJaxProcess`: process p of P reads its own 1/P of each epoch), `Batch` stacks them
into (batch_size, T) arrays, and the iterator's `get_state()` / `set_state()` resume exactly.
Needs `pip install 'cc-pipeline[jax]'` (grain, jax).
"""
from __future__ import annotations

import numpy as np

from pipeline.shard_set import ShardSet
from pipeline.shards import DEFAULT_MAX_OPEN, ShardError

_GRAIN_HINT = "grain is not installed: pip install 'cc-pipeline[jax]' (grain, jax[cpu])"


class TokenWindows:
    """grain RandomAccessDataSource: `len()` windows; `[k]` -> {"inputs", "targets"} int32 (T,)."""

    def __init__(self, data, seq_len: int, *, max_open_shards: int = DEFAULT_MAX_OPEN,
                 vocab_size: int | None = None):
        if int(seq_len) < 1:
            raise ValueError(f"seq_len must be >= 1, got {seq_len}")
        self.seq_len, self.vocab_size = int(seq_len), vocab_size
        self.files = ShardSet(data, max_open=max_open_shards)
        counts = np.array([max(0, (s.num_tokens - 1) // self.seq_len) for s in self.files.shards], dtype=np.int64)
        self._starts = np.concatenate([[0], np.cumsum(counts)])
        self.num_windows = int(self._starts[-1])
        if self.num_windows == 0:
            raise ValueError(f"{len(self.files.shards)} shard(s) hold {self.files.num_tokens} tokens: no window "
                             f"of seq_len+1={self.seq_len + 1}; lower seq_len or add data")

    def __len__(self) -> int:
        return self.num_windows

    def window(self, record_key: int) -> tuple[int, int]:
        """(shard index, first token) of record `record_key`."""
        if not 0 <= record_key < self.num_windows:
            raise IndexError(f"record {record_key} out of range [0, {self.num_windows})")
        shard = int(np.searchsorted(self._starts, record_key, side="right")) - 1
        return shard, (int(record_key) - int(self._starts[shard])) * self.seq_len

    def __getitem__(self, record_key: int) -> dict[str, np.ndarray]:
        shard, first = self.window(int(record_key))
        tokens = self.files.read(shard, first, first + self.seq_len + 1).astype(np.int32)
        if self.vocab_size is not None and int(tokens.max()) >= self.vocab_size:
            raise ShardError(f"{self.files.shards[shard].path}: token id {int(tokens.max())} near token {first} "
                             f"is outside the vocabulary of {self.vocab_size}")
        return {"inputs": tokens[:-1], "targets": tokens[1:]}

    def __repr__(self) -> str:  # grain records it in checkpoints to check a resume reads the same source
        return (f"TokenWindows({len(self.files.shards)} shards, {self.files.num_tokens} {self.files.dtype.name} "
                f"tokens, seq_len={self.seq_len})")


def grain_loader(data, batch_size: int, seq_len: int, *, seed: int = 0, num_epochs: int | None = None,
                 shuffle: bool = True, shard_options=None, worker_count: int = 0,
                 max_open_shards: int = DEFAULT_MAX_OPEN, vocab_size: int | None = None):
    """grain.DataLoader of {"inputs", "targets"} int32 (batch_size, seq_len) batches over `data`.

    `shard_options` default: `grain.sharding.ShardByJaxProcess(drop_remainder=True)` (one share per
    JAX process); `num_epochs=None` repeats for ever, reshuffling each epoch from `seed`.
    """
    try:
        import grain
    except ImportError:
        raise ImportError(_GRAIN_HINT) from None
    source = TokenWindows(data, seq_len, max_open_shards=max_open_shards, vocab_size=vocab_size)
    if shard_options is None:
        shard_options = grain.sharding.ShardByJaxProcess(drop_remainder=True)
    sampler = grain.samplers.IndexSampler(num_records=len(source), shard_options=shard_options,
                                          shuffle=shuffle, num_epochs=num_epochs, seed=seed)
    return grain.DataLoader(data_source=source, sampler=sampler, worker_count=worker_count,
                            operations=[grain.transforms.Batch(batch_size, drop_remainder=True)])
