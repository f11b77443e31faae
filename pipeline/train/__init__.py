"""Training consumers of llm.c token shards: PyTorch (`loader`, `model`, `cli`) and JAX (`grain_source`).

Importing this package needs numpy only; PyTorch is used when installed (`pip install
'cc-pipeline[train]'`), grain and JAX only by `pipeline.train.grain_source` (`[jax]`).
"""
from pipeline.shard_set import Shard, ShardSet
from pipeline.train.loader import TokenShardLoader, find_shards

__all__ = ["Shard", "ShardSet", "TokenShardLoader", "find_shards"]
