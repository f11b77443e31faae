"""Shards on an object store (a local S3, moto, on 127.0.0.1): the loader streams windows by range
reads (observed on the wire: every GET carries a Range of one window), batches equal the local
loader's, packing runs there too, and `pipeline train --data s3://...` trains."""
from __future__ import annotations

import re
import shutil

import numpy as np
import pytest

from pipeline.pack import pack_shards
from pipeline.shards import HEADER_BYTES, write_shard
from pipeline.storage import Storage
from pipeline.train import TokenShardLoader
from tests.test_pack import make_run, snapshot

@pytest.fixture
def local_s3(local_s3):
    if not local_s3.exists("shards"):  # moto keeps its buckets for the whole process
        local_s3.mkdir("shards")
    return local_s3


def test_loader_streams_windows_by_range_reads(local_s3, tmp_path):
    local = tmp_path / "tok"
    local.mkdir()
    start = 0
    for i, n in enumerate([200_001, 150_001, 99_999]):  # ~1.8 MB of uint32 tokens
        write_shard(local / f"shard_{i:06d}_0000.bin", np.arange(start, start + n, dtype=np.uint32))
        start += n
    local_s3.put(str(local) + "/", "shards/tok/", recursive=True)
    remote = TokenShardLoader("s3://shards/tok", batch_size=8, seq_len=64, seed=4)
    reference = TokenShardLoader(local, batch_size=8, seq_len=64, seed=4)
    assert remote.fingerprint == reference.fingerprint and remote.num_windows == reference.num_windows

    ranges = []  # what goes over the wire: the Range header of every GetObject
    remote.files.fs.s3.meta.events.register(
        "before-send.s3.GetObject", lambda request, **_: ranges.append(request.headers.get("Range")))
    batches = remote.iter_numpy()
    for _ in range(20):
        x, y = next(batches)
        rx, ry = reference.batch(0, remote.position - 1)
        np.testing.assert_array_equal(x, rx)
        np.testing.assert_array_equal(y, ry)
    assert len(ranges) == 20 * 8 and all(r is not None for r in ranges)
    ranges = [r.decode() if isinstance(r, bytes) else r for r in ranges]
    spans = [tuple(int(v) for v in r.removeprefix("bytes=").split("-")) for r in ranges]
    assert all(hi - lo + 1 == 65 * 4 and (lo - HEADER_BYTES) % (64 * 4) == 0 for lo, hi in spans)
    # resume from the object store as from a disk
    state = remote.state_dict()
    resumed = TokenShardLoader("s3://shards/tok", batch_size=8, seq_len=64, seed=4)
    resumed.load_state_dict(state)
    np.testing.assert_array_equal(next(resumed.iter_numpy())[0], reference.batch(0, 20)[0])


def test_pack_on_s3_matches_a_local_pack_and_trains(local_s3, tmp_path, capsys):
    torch = pytest.importorskip("torch")
    fresh = tmp_path / "fresh"
    make_run(fresh, seed=11, files=6)
    local = tmp_path / "local"
    shutil.copytree(fresh, local)
    pack_shards(Storage(str(local)), shard_tokens=1000)
    local_s3.put(str(fresh) + "/", "shards/run/", recursive=True)
    summary = pack_shards(Storage("s3://shards/run"), shard_tokens=1000)
    remote = {p.removeprefix("shards/run/"): local_s3.cat_file(p) for p in local_s3.find("shards/run")}
    expected = snapshot(local)
    assert sorted(remote) == sorted(expected) and summary["packed_shards"] >= 2
    for name, data in expected.items():
        if name.endswith((".bin", ".json")):  # shards, manifest and markers byte for byte
            assert remote[name] == data, name
    loader = TokenShardLoader("s3://shards/run/tokens", batch_size=2, seq_len=32)
    assert loader.files.manifest is not None and [s.name for s in loader.shards] == sorted(
        n.split("/")[-1] for n in expected if n.startswith("tokens/packed_"))
    from pipeline.train.cli import main
    assert main(["--data", "s3://shards/run/tokens", "--steps", "3", "--batch-size", "2", "--seq-len", "32",
                 "--n-layer", "1", "--n-embd", "32", "--n-head", "2", "--log-every", "1", "--compact-vocab"]) == 0
    out = capsys.readouterr().out
    assert f"train: {summary['packed_shards']} shards, {summary['tokens']:,} tokens (uint32)" in out
    assert len(re.findall(r"^step +\d+/3 \| loss", out, re.M)) == 3 and "done: steps 3" in out
    del torch


def test_megatron_shards_written_to_and_read_from_the_object_store(local_s3):
    """The writer on an s3:// Storage, then the loader over range reads: the same windows as the tokens."""
    from pipeline.shard_set import ShardSet
    from pipeline.shards import TokenShardWriter

    rng = np.random.default_rng(3)
    docs = [np.concatenate([[999], rng.integers(0, 999, size=int(rng.integers(50, 400)))]) for _ in range(60)]
    storage = Storage("s3://shards/megatron-run")
    writer = TokenShardWriter(storage, "tokens", "shard_000000", format="megatron", vocab_size=1000,
                              eot_token=999, shard_tokens=4000)
    for doc in docs:
        writer.add(doc)
    entries = writer.close()
    assert len(entries) > 2 and local_s3.exists("shards/megatron-run/tokens/shard_000000_0000.idx")
    files = ShardSet("s3://shards/megatron-run/tokens")
    assert files.format == "megatron" and files.dtype == np.uint16 and files.description["vocab_size"] == 1000
    stream = np.concatenate([np.roll(d, -1) for d in docs])  # Megatron: end-of-text last
    at = 0
    for i, shard in enumerate(files.shards):
        np.testing.assert_array_equal(files.read(i, 0, shard.num_tokens), stream[at:at + shard.num_tokens])
        at += shard.num_tokens
    loader = TokenShardLoader("s3://shards/megatron-run/tokens", batch_size=4, seq_len=32, shuffle=False)
    x, y = next(loader.iter_numpy())
    np.testing.assert_array_equal(x[0], stream[:32])
    np.testing.assert_array_equal(y[0], stream[1:33])
