"""TokenShardLoader: rank partition, deterministic shuffle, exact resume, workers, llm.c files, bad shards."""
from __future__ import annotations

import itertools
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.shards import HEADER_BYTES, ShardError, encode_shard, write_shard
from pipeline.train import TokenShardLoader


def write_positional_shards(folder, lengths, dtype=np.uint32):
    """Shards whose token at global position p is p, so a window's first token names it."""
    folder.mkdir(parents=True, exist_ok=True)
    start = 0
    for i, n in enumerate(lengths):
        write_shard(folder / f"shard_{i:03d}.bin", np.arange(start, start + n, dtype=dtype))
        start += n
    return folder


def all_windows(lengths, seq_len):
    """First token of every window in the dataset (window k of a shard starts at k * seq_len)."""
    firsts, start = [], 0
    for n in lengths:
        firsts += [start + k * seq_len for k in range((n - 1) // seq_len)]
        start += n
    return firsts


def epoch_firsts(loader):
    return [int(v) for x, _ in loader.iter_numpy() for v in x[:, 0]]


LENGTHS = [1000, 17, 513, 2049, 0, 777]  # includes a shard too short for a window and an empty one


def test_batches_are_windows_of_the_shards(tmp_path):
    data = write_positional_shards(tmp_path / "tok", LENGTHS)
    loader = TokenShardLoader(data, batch_size=4, seq_len=16, seed=3)
    x, y = next(loader.iter_numpy())
    assert x.shape == y.shape == (4, 16) and x.dtype == np.int32
    np.testing.assert_array_equal(x, x[:, :1] + np.arange(16))  # contiguous tokens of one shard
    np.testing.assert_array_equal(y, x + 1)                       # targets are the next tokens
    assert loader.num_windows == len(all_windows(LENGTHS, 16))


@pytest.mark.parametrize("world_size", [1, 2, 3, 4])
def test_ranks_cover_every_window_exactly_once(tmp_path, world_size):
    lengths = [16 * 24 + 1, 16 * 12 + 1, 16 * 36 + 1]  # 72 windows: divisible by 2 ranks*4, 3*4, 4*2...
    data = write_positional_shards(tmp_path / "tok", lengths)
    batch = 72 // world_size // 3
    seen = []
    for rank in range(world_size):
        loader = TokenShardLoader(data, batch_size=batch, seq_len=16, rank=rank, world_size=world_size, seed=7)
        assert len(loader) == 3
        seen += epoch_firsts(loader)
    assert sorted(seen) == all_windows(lengths, 16)


@settings(max_examples=40, deadline=None)
@given(lengths=st.lists(st.integers(0, 300), min_size=1, max_size=5), seq_len=st.integers(1, 9),
       batch=st.integers(1, 5), world=st.integers(1, 4), block=st.integers(1, 50), epoch=st.integers(0, 3))
def test_rank_partition_property(tmp_path_factory, lengths, seq_len, batch, world, block, epoch):
    windows = all_windows(lengths, seq_len)
    if len(windows) // world // batch == 0:
        return
    data = write_positional_shards(tmp_path_factory.mktemp("tok"), lengths)
    per_rank = []
    for rank in range(world):
        loader = TokenShardLoader(data, batch, seq_len, rank=rank, world_size=world, seed=1, shuffle_block=block)
        loader.load_state_dict({**loader.state_dict(), "epoch": epoch})
        per_rank.append(epoch_firsts(loader))
    seen = [w for share in per_rank for w in share]
    assert len({len(share) for share in per_rank}) == 1           # same number of batches on every rank
    assert len(seen) == len(set(seen))                              # disjoint, no repeats
    assert set(seen) <= set(windows)
    assert len(windows) - len(seen) < world * batch                 # only the trimmed tail is left out


def test_shuffle_is_seeded_and_changes_every_epoch(tmp_path):
    lengths = [16 * 50 + 1] * 8
    data = write_positional_shards(tmp_path / "tok", lengths)
    a = TokenShardLoader(data, 4, 16, seed=0)
    b = TokenShardLoader(data, 4, 16, seed=0)
    a0, b0, a1 = epoch_firsts(a), epoch_firsts(b), epoch_firsts(a)
    assert a0 == b0                                           # same seed, same order
    assert a0 != a1 and sorted(a0) == sorted(a1)              # a new order each epoch, same windows
    assert epoch_firsts(TokenShardLoader(data, 4, 16, seed=1)) != a0
    assert epoch_firsts(TokenShardLoader(data, 4, 16, shuffle=False)) == all_windows(lengths, 16)
    # shard order is shuffled too: with blocks of one shard, the first block is not always shard 0
    first_shards = {epoch_firsts(TokenShardLoader(data, 50, 16, seed=s, shuffle_block=50))[0] // 801
                    for s in range(6)}
    assert len(first_shards) > 1


def collect(loader, n, use_torch=False):
    """The next n batches, crossing epochs, as numpy arrays."""
    out = []
    while len(out) < n:
        for x, y in (loader if use_torch else loader.iter_numpy()):
            out.append((np.asarray(x), np.asarray(y)))
            if len(out) == n:
                break
    return out


@pytest.mark.parametrize("use_torch", [False, True])
def test_resume_gives_the_batches_of_the_uninterrupted_run(tmp_path, use_torch):
    if use_torch:
        pytest.importorskip("torch")
    data = write_positional_shards(tmp_path / "tok", [16 * 30 + 1, 16 * 25 + 1, 100])
    make = lambda: TokenShardLoader(data, 4, 16, seed=5, shuffle_block=9)  # noqa: E731
    per_epoch = len(make())                                        # 15 batches
    reference = collect(make(), 3 * per_epoch)
    for cut in (1, 7, per_epoch - 1, per_epoch, per_epoch + 1, 2 * per_epoch + 3):
        first = make()
        head = collect(first, cut, use_torch)
        state = first.state_dict()
        resumed = make()
        resumed.load_state_dict(state)
        tail = collect(resumed, 3 * per_epoch - cut, use_torch)
        for (x, y), (rx, ry) in zip(head + tail, reference, strict=True):
            np.testing.assert_array_equal(x, rx)
            np.testing.assert_array_equal(y, ry)
    # the state after exactly one epoch points at the start of the next
    loader = make()
    collect(loader, per_epoch)
    assert (loader.state_dict()["epoch"], loader.state_dict()["position"]) == (1, 0)


def test_state_from_other_data_or_shape_is_refused(tmp_path):
    data = write_positional_shards(tmp_path / "tok", [1000, 1000])
    state = TokenShardLoader(data, 4, 16).state_dict()
    with pytest.raises(ValueError, match="seq_len=16"):
        TokenShardLoader(data, 4, 32).load_state_dict(state)
    other = write_positional_shards(tmp_path / "other", [1000, 999])
    with pytest.raises(ValueError, match="shard files"):
        TokenShardLoader(other, 4, 16).load_state_dict(state)
    # any rank may load rank 0's state: DDP ranks advance together
    rank1 = TokenShardLoader(data, 4, 16, rank=1, world_size=2)
    rank1.load_state_dict({**TokenShardLoader(data, 4, 16, world_size=2).state_dict(), "position": 3})
    assert rank1.position == 3 and rank1.rank == 1


def test_dataloader_workers_neither_duplicate_nor_reorder(tmp_path):
    pytest.importorskip("torch")
    data = write_positional_shards(tmp_path / "tok", [16 * 40 + 1, 16 * 21 + 1])
    single = collect(TokenShardLoader(data, 4, 16, seed=2), 30)   # crosses the epoch boundary (15/epoch)
    workers = TokenShardLoader(data, 4, 16, seed=2, num_workers=2)
    got = collect(workers, 10, use_torch=True)
    state = workers.state_dict()
    assert state["position"] == 10                                 # counts batches handed out, not prefetched
    resumed = TokenShardLoader(data, 4, 16, seed=2, num_workers=1)
    resumed.load_state_dict(state)
    got += collect(resumed, 20, use_torch=True)
    for (x, _), (rx, _) in zip(got, single, strict=True):
        np.testing.assert_array_equal(x, rx)


def test_torch_dataloader_over_the_loader_crosses_epochs_and_resumes(tmp_path):
    """The documented `DataLoader(loader, batch_size=None)`: epoch after epoch, then resumed."""
    torch = pytest.importorskip("torch")
    data = write_positional_shards(tmp_path / "tok", [16 * 30 + 1, 16 * 25 + 1, 100])
    make = lambda: TokenShardLoader(data, 4, 16, seed=5, shuffle_block=9)  # noqa: E731
    per_epoch = len(make())                                                    # 15 batches
    reference = collect(make(), 3 * per_epoch)
    loader = make()
    dataloader = torch.utils.data.DataLoader(loader, batch_size=None)
    got = []
    for _ in range(2):                                  # two whole epochs, as a training loop writes it
        got += [(x.numpy(), y.numpy()) for x, y in dataloader]
    for x, y in dataloader:                             # stop 4 batches into the third epoch
        got.append((x.numpy(), y.numpy()))
        if len(got) == 2 * per_epoch + 4:
            break
    state = loader.state_dict()
    assert (state["epoch"], state["position"]) == (2, 4)
    resumed = make()
    resumed.load_state_dict(state)
    got += [(x.numpy(), y.numpy()) for x, y in torch.utils.data.DataLoader(resumed, batch_size=None)]
    assert len(got) == len(reference) == 3 * per_epoch
    for (x, y), (rx, ry) in zip(got, reference, strict=True):
        assert x.dtype == np.int64
        np.testing.assert_array_equal(x, rx)
        np.testing.assert_array_equal(y, ry)
    firsts = [x[:, 0].tolist() for x, _ in got]
    assert firsts[:per_epoch] != firsts[per_epoch:2 * per_epoch]   # each epoch has its own order
    # a DataLoader's own workers would each hold a copy that cannot report back: refused, with the fix
    with pytest.raises(RuntimeError, match=r"TokenShardLoader\(\.\.\., num_workers=N\)"):
        next(iter(torch.utils.data.DataLoader(make(), batch_size=None, num_workers=1)))


def test_reads_a_shard_written_to_llmc_spec_by_hand(tmp_path):
    # llm.c dev/data/data_common.py: 256 int32 header (magic 20240520, version 1, count), then uint16
    tokens = np.array([50256, 15496, 11, 995, 0, 50256, 40, 588, 257, 3797, 13] * 10, dtype="<u2")
    header = np.zeros(256, dtype="<i4")
    header[:3] = 20240520, 1, len(tokens)
    path = tmp_path / "fineweb_train_000001.bin"
    path.write_bytes(header.tobytes() + tokens.tobytes())
    loader = TokenShardLoader(path, batch_size=2, seq_len=10, shuffle=False)
    assert loader.dtype == np.uint16 and loader.num_tokens == 110
    x, y = next(loader.iter_numpy())
    np.testing.assert_array_equal(x[0], tokens[:10])
    np.testing.assert_array_equal(y[1], tokens[11:21])
    # and llm.c's uint32 layout (magic 20240801, version 7)
    header[:3] = 20240801, 7, len(tokens)
    path32 = tmp_path / "wide" / "x.bin"
    path32.parent.mkdir()
    path32.write_bytes(header.tobytes() + tokens.astype("<u4").tobytes())
    assert TokenShardLoader(path32.parent, 2, 10).dtype == np.uint32


def _raw_shard(path, magic, version, count, body_tokens, dtype="<u4"):
    header = np.zeros(256, dtype="<i4")
    header[:3] = magic, version, count
    path.write_bytes(header.tobytes() + np.arange(body_tokens, dtype=dtype).tobytes())
    return path


@pytest.mark.parametrize("case, match", [
    ("bad_magic", "bad magic number 12345"),
    ("truncated", "truncated or corrupt"),
    ("count_too_small", "header says 100 tokens"),
    ("shorter_than_header", "shorter than the 1024-byte shard header"),
    ("wrong_version", "needs version 7"),
])
def test_bad_shard_gets_an_error_naming_the_file(tmp_path, case, match):
    folder = tmp_path / "tok"
    write_positional_shards(folder, [500])
    bad = folder / "shard_bad.bin"
    if case == "bad_magic":
        _raw_shard(bad, 12345, 7, 200, 200)
    elif case == "truncated":
        _raw_shard(bad, 20240801, 7, 200, 200)
        bad.write_bytes(bad.read_bytes()[:HEADER_BYTES + 150 * 4])
    elif case == "count_too_small":
        _raw_shard(bad, 20240801, 7, 100, 200)
    elif case == "shorter_than_header":
        bad.write_bytes(b"\x00" * 100)
    else:
        _raw_shard(bad, 20240801, 1, 200, 200)
    with pytest.raises(ShardError, match=match) as error:
        TokenShardLoader(folder, 2, 8)
    assert str(bad) in str(error.value)


def test_mixed_token_widths_and_empty_inputs_are_refused(tmp_path):
    folder = write_positional_shards(tmp_path / "tok", [500])
    write_shard(folder / "narrow.bin", np.arange(500, dtype=np.uint16))
    with pytest.raises(ShardError, match="mixed token widths.*uint16.*uint32|mixed token widths.*uint32.*uint16"):
        TokenShardLoader(folder, 2, 8)
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="no token shards"):
        TokenShardLoader(tmp_path / "empty", 2, 8)
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        TokenShardLoader(tmp_path / "missing", 2, 8)
    with pytest.raises(ValueError, match="too few for one batch"):
        TokenShardLoader(write_positional_shards(tmp_path / "tiny", [20]), 4, 8)


def test_glob_selects_llmc_train_split(tmp_path):
    folder = tmp_path / "fineweb10B"
    folder.mkdir()
    write_shard(folder / "fineweb_val_000000.bin", np.zeros(500, dtype=np.uint16))
    write_shard(folder / "fineweb_train_000001.bin", np.ones(500, dtype=np.uint16))
    loader = TokenShardLoader(str(folder / "*train*.bin"), 2, 8)
    assert [s.name for s in loader.shards] == ["fineweb_train_000001.bin"]


def test_memory_stays_at_a_batch_not_a_shard(tmp_path):
    data = write_positional_shards(tmp_path / "tok", [4_000_000])   # a 16 MB shard
    loader = TokenShardLoader(data, batch_size=8, seq_len=1024, seed=0)
    batches = loader.iter_numpy()
    next(batches)  # permutation and mapping are built before measuring
    tracemalloc.start()
    for x, _ in itertools.islice(batches, 200):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 1_000_000, f"peak {peak} bytes while reading 200 batches of 32 KB"


def test_max_token_and_token_ids(tmp_path):
    folder = tmp_path / "tok"
    folder.mkdir()
    write_shard(folder / "a.bin", np.array([5, 3, 100257, 3] * 50, dtype=np.uint32))
    loader = TokenShardLoader(folder, 2, 8)
    assert loader.max_token_id() == 100257
    np.testing.assert_array_equal(loader.token_ids(chunk_tokens=7), [3, 5, 100257])


def test_jax_takes_the_numpy_batches(tmp_path):
    jnp = pytest.importorskip("jax.numpy")
    data = write_positional_shards(tmp_path / "tok", [1000])
    x, y = next(TokenShardLoader(data, 2, 16).iter_numpy())
    jx, jy = jnp.asarray(x), jnp.asarray(y)
    assert jx.dtype == jnp.int32 and bool((jy - jx == 1).all())


BOUNDED_FILES_SCRIPT = r"""
import os, resource, sys
import numpy as np
resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
from pipeline.train import TokenShardLoader

def epoch(max_open):
    loader = TokenShardLoader(sys.argv[1], batch_size=50, seq_len=8, seed=1, max_open_shards=max_open)
    firsts, peak = [], 0
    for x, y in loader.iter_numpy():
        assert (x == x[:, :1] + np.arange(8)).all() and (y == x + 1).all()
        firsts += x[:, 0].tolist()
        peak = max(peak, len(os.listdir("/proc/self/fd")))
    return loader, firsts, peak

loader, firsts, peak = epoch(128)
print("windows", len(firsts), len(set(firsts)), loader.num_windows, "shards", len(loader.shards),
      "open", loader.files.open_count(), "peak_fds", peak)
try:
    epoch(100_000)  # one map per shard, as before the LRU
    print("unbounded: ok")
except OSError as error:
    print("unbounded:", error.strerror)
"""


def test_open_files_stay_bounded_with_5000_shards_at_ulimit_256(tmp_path):
    """A snapshot makes ~90,000 shards; the loader keeps at most max_open_shards maps (fds) open."""
    import subprocess
    import sys

    folder = tmp_path / "tok"
    folder.mkdir()
    start = 0
    for i in range(5000):  # 17 tokens = 2 windows of seq_len 8 each; token at position p is p
        (folder / f"shard_{i:06d}_0000.bin").write_bytes(encode_shard(np.arange(start, start + 17, dtype=np.uint32)))
        start += 17
    done = subprocess.run([sys.executable, "-c", BOUNDED_FILES_SCRIPT, str(folder)], capture_output=True,
                          text=True, timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-3000:]
    words = done.stdout.split()
    windows, distinct, total, shards, open_maps, peak = (int(words[i]) for i in (1, 2, 3, 5, 7, 9))
    assert windows == distinct == total == 10_000 and shards == 5000  # every window once, none lost
    assert open_maps == 128 and peak < 256
    assert "unbounded: Too many open files" in done.stdout              # the test can fail
