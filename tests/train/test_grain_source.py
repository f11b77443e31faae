"""grain over the shards: records are the loader's windows, shares per process are disjoint, the
iterator resumes exactly, and grain batches train a jitted JAX model whose loss falls."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.shards import ShardError, write_shard
from pipeline.train import TokenShardLoader
from tests.train.conftest import SMALL_VOCAB_RANKS

grain = pytest.importorskip("grain", reason="grain is in the test extra")
jax = pytest.importorskip("jax", reason="jax[cpu] is in the test extra")
jnp = pytest.importorskip("jax.numpy")
from pipeline.train.grain_source import TokenWindows, grain_loader  # noqa: E402


def positional(folder, lengths, dtype=np.uint16):
    folder.mkdir(parents=True, exist_ok=True)
    start = 0
    for i, n in enumerate(lengths):
        write_shard(folder / f"s_{i:03d}.bin", np.arange(start, start + n, dtype=dtype))
        start += n
    return folder


def test_records_are_the_windows_of_the_shards(tmp_path):
    data = positional(tmp_path / "tok", [1000, 17, 0, 513])
    source = TokenWindows(data, 16)
    loader = TokenShardLoader(data, batch_size=1, seq_len=16, shuffle=False)
    assert len(source) == loader.num_windows == 62 + 1 + 32
    for k in range(len(source)):
        record = source[k]
        x, y = loader.batch(0, k)
        np.testing.assert_array_equal(record["inputs"], x[0])
        np.testing.assert_array_equal(record["targets"], y[0])
        assert record["inputs"].dtype == np.int32
    with pytest.raises(IndexError):
        source[len(source)]
    with pytest.raises(ShardError, match="outside the vocabulary of 100"):
        TokenWindows(data, 16, vocab_size=100)[10]


def firsts(batches):
    return [int(v) for b in batches for v in b["inputs"][:, 0]]


def test_processes_get_disjoint_shares_and_epochs_reshuffle(tmp_path):
    data = positional(tmp_path / "tok", [16 * 40 + 1, 16 * 20 + 1])   # 60 windows
    every = set(range(0, 16 * 40, 16)) | set(range(16 * 40 + 1, 16 * 60 + 1, 16))
    shares = []
    for process in range(3):  # what ShardByJaxProcess gives process p of 3
        options = grain.sharding.ShardOptions(shard_index=process, shard_count=3, drop_remainder=True)
        shares.append(firsts(grain_loader(data, 4, 16, seed=3, num_epochs=1, shard_options=options)))
    seen = [w for share in shares for w in share]
    assert [len(s) for s in shares] == [20, 20, 20] and len(set(seen)) == 60 and set(seen) == every
    one_process = firsts(grain_loader(data, 4, 16, seed=3, num_epochs=2))  # ShardByJaxProcess: 1 process
    assert sorted(one_process[:60]) == sorted(one_process[60:]) and one_process[:60] != one_process[60:]


def test_iterator_state_resumes_exactly(tmp_path):
    data = positional(tmp_path / "tok", [16 * 30 + 1, 16 * 25 + 1])
    loader = grain_loader(data, 4, 16, seed=9, num_epochs=3)
    reference = firsts(iter(loader))
    iterator = iter(loader)
    head = firsts(next(iterator) for _ in range(17))                     # into the second epoch
    state = iterator.get_state()
    resumed = iter(grain_loader(data, 4, 16, seed=9, num_epochs=3))
    resumed.set_state(state)
    assert head + firsts(resumed) == reference


def test_grain_batches_train_a_jitted_jax_model(english_uint16_shards):
    """uint16 shards of English (a 4,097-id tokenizer) -> grain -> a jitted Adam step on a small
    next-token model (embedding, one tanh layer, output): the loss falls well below ln(vocab)."""
    vocab, width, steps = SMALL_VOCAB_RANKS + 1, 64, 60
    loader = grain_loader(english_uint16_shards, batch_size=16, seq_len=32, seed=0, vocab_size=vocab)
    key = jax.random.PRNGKey(0)
    k1, k2, k3 = jax.random.split(key, 3)
    params = {"embed": 0.02 * jax.random.normal(k1, (vocab, width)),
              "hidden": jax.random.normal(k2, (width, width)) / np.sqrt(width),
              "out": 0.02 * jax.random.normal(k3, (width, vocab))}

    def loss_fn(params, inputs, targets):
        h = jnp.tanh(params["embed"][inputs] @ params["hidden"])
        logits = h @ params["out"]
        log_probs = jax.nn.log_softmax(logits, axis=-1)
        return -jnp.take_along_axis(log_probs, targets[..., None], axis=-1).mean()

    @jax.jit
    def train_step(params, moments, step, inputs, targets):
        loss, grads = jax.value_and_grad(loss_fn)(params, inputs, targets)
        b1, b2, lr = 0.9, 0.99, 1e-2
        m = jax.tree_util.tree_map(lambda m, g: b1 * m + (1 - b1) * g, moments[0], grads)
        v = jax.tree_util.tree_map(lambda v, g: b2 * v + (1 - b2) * g * g, moments[1], grads)
        params = jax.tree_util.tree_map(
            lambda p, m, v: p - lr * (m / (1 - b1 ** step)) / (jnp.sqrt(v / (1 - b2 ** step)) + 1e-8), params, m, v)
        return params, (m, v), loss

    zeros = jax.tree_util.tree_map(jnp.zeros_like, params)
    moments, losses = (zeros, zeros), []
    for step, batch in enumerate(loader, start=1):
        assert batch["inputs"].shape == (16, 32) and batch["inputs"].dtype == np.int32
        params, moments, loss = train_step(params, moments, step, batch["inputs"], batch["targets"])
        losses.append(float(loss))
        if step == steps:
            break
    assert losses[0] > np.log(vocab) - 0.5                       # knows nothing at first
    print(f"grain+jax: loss {losses[0]:.3f} -> {np.mean(losses[-10:]):.3f} (mean of the last 10 of {steps} steps)")
    assert np.mean(losses[-10:]) < losses[0] - 2.0, losses
