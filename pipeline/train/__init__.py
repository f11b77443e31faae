"""Training consumer: stream llm.c token shards (`loader`) into a small GPT (`model`, `cli`).

Importing this package needs numpy only; PyTorch is imported by `model`, `cli` and by iterating a
loader for tensors (`pip install 'cc-pipeline[train]'`).
"""
from pipeline.train.loader import Shard, TokenShardLoader, find_shards

__all__ = ["Shard", "TokenShardLoader", "find_shards"]
