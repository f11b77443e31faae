"""pipeline.pack: per-WARC-file shards -> packed shards of up to shard_tokens, index rewritten,
resumable after a crash or kill -9 at any point, byte-identical to an uninterrupted pack."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.pack import pack_shards, plan_packs
from pipeline.shards import HEADER_BYTES, ShardError, encode_shard, open_shard, read_header
from pipeline.storage import Storage
from pipeline.train import TokenShardLoader

REPO = Path(__file__).resolve().parent.parent
EOT = 100257


def make_run(root: Path, seed: int = 0, files: int = 9, per_file_cap: int = 700, huge_doc: int = 0):
    """A finished run's tokens as the finish phase leaves them: per-file shards (cut at
    `per_file_cap`, documents never split), index parts, documents parts. Returns {doc_id: tokens}."""
    rng = np.random.default_rng(seed)
    (root / "tokens" / "index").mkdir(parents=True)
    (root / "documents").mkdir()
    (root / "progress").mkdir()
    docs = {}
    for f in range(files):
        lengths = list(rng.integers(1, 250, size=int(rng.integers(0, 12))))
        if f == 3:
            lengths = []                      # a WARC file that kept no document: no shard at all
        if f == 5 and huge_doc:
            lengths.insert(1, huge_doc)       # one document larger than a packed shard
        rows, number, parts, fill = [], 0, [], 0
        for d, length in enumerate(lengths):
            if fill and fill + length + 1 > per_file_cap:
                (root / "tokens" / f"shard_{f:06d}_{number:04d}.bin").write_bytes(encode_shard(np.concatenate(parts)))
                number, parts, fill = number + 1, [], 0
            tokens = np.concatenate([[EOT], rng.integers(0, 100_000, size=length)]).astype(np.uint32)
            doc_id = (f << 32) | d
            docs[doc_id] = tokens
            rows.append((doc_id, f"https://example.com/{f}/{d}", f"shard_{f:06d}_{number:04d}.bin", fill, len(tokens)))
            parts.append(tokens)
            fill += len(tokens)
        if parts:
            (root / "tokens" / f"shard_{f:06d}_{number:04d}.bin").write_bytes(encode_shard(np.concatenate(parts)))
        doc_id, url, shard, offset, count = (list(c) for c in zip(*rows)) if rows else ([], [], [], [], [])
        pq.write_table(pa.table({"doc_id": pa.array(doc_id, pa.int64()), "url": pa.array(url, pa.string()),
                                 "shard": pa.array(shard, pa.string()), "offset": pa.array(offset, pa.int64()),
                                 "tokens": pa.array(count, pa.int64())}),
                       root / "tokens" / "index" / f"part-{f:06d}.parquet")
        pq.write_table(pa.table({"doc_id": pa.array(doc_id, pa.int64()),
                                 "text": pa.array([f"text of {u}" for u in url], pa.string()),
                                 "tokens": pa.array(count, pa.int64()), "shard": pa.array(shard, pa.string()),
                                 "token_offset": pa.array(offset, pa.int64())}),
                       root / "documents" / f"part-{f:06d}.parquet")
    return docs


def source_stream(root: Path) -> np.ndarray:
    return np.concatenate([np.asarray(open_shard(p)) for p in sorted((root / "tokens").glob("shard_*.bin"))])


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def check_packed(root: Path, docs: dict, stream: np.ndarray, shard_tokens: int) -> list[Path]:
    packed = sorted((root / "tokens").glob("*.bin"))
    assert packed and all(p.name.startswith("packed_") for p in packed)          # sources deleted
    assert not (root / "tokens" / "pack-plan.json").exists()
    bodies = [np.asarray(open_shard(p)) for p in packed]
    np.testing.assert_array_equal(np.concatenate(bodies), stream)               # same tokens, same order
    by_name = dict(zip((p.name for p in packed), bodies))
    for folder, offset_column in (("tokens/index", "offset"), ("documents", "token_offset")):
        table = pq.read_table(root / folder).to_pydict()
        assert sorted(table["doc_id"]) == sorted(docs)
        for doc_id, shard, offset in zip(table["doc_id"], table["shard"], table[offset_column]):
            np.testing.assert_array_equal(by_name[shard][offset:offset + len(docs[doc_id])], docs[doc_id])
    return packed


def test_plan_is_greedy_and_never_splits_a_file_shard():
    packs = plan_packs([("a", 400), ("b", 500), ("c", 200), ("d", 2000), ("e", 1)], 1000)
    assert packs == [[("a", 400), ("b", 500)], [("c", 200)], [("d", 2000)], [("e", 1)]]


def test_pack_writes_full_shards_a_rewritten_index_and_a_manifest(tmp_path):
    docs = make_run(tmp_path, huge_doc=1500)
    stream = source_stream(tmp_path)
    sources = len(list((tmp_path / "tokens").glob("shard_*.bin")))
    summary = pack_shards(Storage(str(tmp_path)), shard_tokens=1000)
    packed = check_packed(tmp_path, docs, stream, 1000)
    sizes = [read_header(p).num_tokens for p in packed]
    assert summary["packed_shards"] == len(packed) < sources and summary["source_shards"] == sources
    assert summary["tokens"] == len(stream) == sum(sizes)
    assert max(sizes) > 1000 and sum(s > 1000 for s in sizes) == 1              # only the huge document's
    assert all(s > 1000 - 700 for s in sizes[:-1])                               # full up to one file shard
    # the loader starts from the manifest: counts and the largest id without opening any shard
    loader = TokenShardLoader(tmp_path / "tokens", batch_size=2, seq_len=16)
    assert [s.name for s in loader.shards] == [p.name for p in packed]
    assert loader.files.open_count() == 0 and loader.max_token_id() == int(stream.max())
    before = snapshot(tmp_path)
    assert summary["already"] is False
    assert pack_shards(Storage(str(tmp_path)), shard_tokens=1000) == {
        **summary, "cpu_seconds": pytest.approx(0, abs=1), "already": True}
    assert snapshot(tmp_path) == before                                          # done: a no-op


def test_loader_refuses_a_folder_being_packed(tmp_path):
    make_run(tmp_path)

    class Crash(Exception):
        pass

    class CrashAfterPlan(Storage):
        def write_bytes(self, relative, data):
            super().write_bytes(relative, data)
            if relative.endswith("pack-plan.json"):
                raise Crash

    with pytest.raises(Crash):
        pack_shards(CrashAfterPlan(str(tmp_path)), shard_tokens=1000)
    with pytest.raises(ShardError, match="being packed.*re-run the `pipeline pack` command"):
        TokenShardLoader(tmp_path / "tokens", batch_size=2, seq_len=16)


class Crash(Exception):
    """Stands for the process dying between two writes."""


class CrashingStorage(Storage):
    """The real local Storage, with the process 'dying' before write number `after`."""

    def __init__(self, url: str, after: int):
        super().__init__(url)
        self.left = after

    def write_bytes(self, relative, data):
        if self.left == 0:
            raise Crash(relative)
        self.left -= 1
        super().write_bytes(relative, data)


def test_a_crash_before_any_write_resumes_to_identical_outputs(tmp_path):
    fresh = tmp_path / "fresh"
    docs = make_run(fresh, seed=3, files=5, per_file_cap=400)
    stream = source_stream(fresh)
    reference = tmp_path / "reference"
    shutil.copytree(fresh, reference)
    pack_shards(Storage(str(reference)), shard_tokens=700)
    expected = snapshot(reference)
    crashed_at = []
    for after in range(100):
        run = tmp_path / f"crash_{after}"
        shutil.copytree(fresh, run)
        try:
            pack_shards(CrashingStorage(str(run), after), shard_tokens=700)
        except Crash as crash:
            crashed_at.append(str(crash))
        else:
            break                                       # `after` is past the last write
        if after % 3 == 0:                              # a second crash while resuming, when one is left
            try:
                pack_shards(CrashingStorage(str(run), 1), shard_tokens=700)
            except Crash:
                pass
        pack_shards(Storage(str(run)), shard_tokens=700)
        assert snapshot(run) == expected, f"crash before write {after} ({crashed_at[-1]})"
        shutil.rmtree(run)
    check_packed(reference, docs, stream, 900)
    kinds = {Path(c).name.split("-")[0].split("_")[0] for c in crashed_at}
    assert {"pack", "packed", "part", "manifest.json"} <= kinds                    # every kind of write


KILL_SCRIPT = """
import sys
from pipeline.pack import pack_shards
from pipeline.storage import Storage
print(pack_shards(Storage(sys.argv[1]), shard_tokens=int(sys.argv[2])), flush=True)
"""


def test_kill_9_while_packing_then_rerun_gives_identical_outputs(tmp_path):
    fresh = tmp_path / "fresh"
    make_run(fresh, seed=7, files=40, per_file_cap=200_000)
    big = np.random.default_rng(1).integers(0, 100_000, size=150_000, dtype=np.uint32)
    for path in sorted((fresh / "tokens").glob("shard_*.bin"))[:30]:   # make the copies take a while
        tokens = np.concatenate([np.asarray(open_shard(path)), big])
        path.write_bytes(encode_shard(tokens))
    reference = tmp_path / "reference"
    shutil.copytree(fresh, reference)
    pack_shards(Storage(str(reference)), shard_tokens=400_000)
    run = tmp_path / "run"
    shutil.copytree(fresh, run)
    process = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(run), "400000"], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not list((run / "progress").glob("pack-*.json")) and time.monotonic() < deadline:
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode()[-2000:]
    assert not (run / "tokens" / "manifest.json").exists()                  # killed mid-way
    pack_shards(Storage(str(run)), shard_tokens=400_000)
    assert snapshot(run) == snapshot(reference)
    first = np.asarray(open_shard(run / "tokens" / "packed_000000.bin"))
    assert len(first) <= 400_000 and read_header(run / "tokens" / "packed_000000.bin").num_tokens == len(first)
    assert (run / "tokens" / "packed_000000.bin").stat().st_size == HEADER_BYTES + 4 * len(first)


def test_a_changed_plan_size_is_refused_mid_pack(tmp_path):
    make_run(tmp_path)
    with pytest.raises(Crash):
        pack_shards(CrashingStorage(str(tmp_path), 3), shard_tokens=1000)
    with pytest.raises(ShardError, match="made for shard_tokens=1000, not 2000"):
        pack_shards(Storage(str(tmp_path)), shard_tokens=2000)


def test_jobs_run_in_other_processes_give_the_same_outputs(tmp_path):
    """The runner hands the jobs to Ray tasks; any process pool must give the same bytes."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    fresh = tmp_path / "fresh"
    make_run(fresh, seed=5)
    serial, pooled = tmp_path / "serial", tmp_path / "pooled"
    shutil.copytree(fresh, serial)
    shutil.copytree(fresh, pooled)
    pack_shards(Storage(str(serial)), shard_tokens=800)
    # spawn, not fork: other tests of the session may have started JAX's threads in this process
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        pack_shards(Storage(str(pooled)), shard_tokens=800, parallel_map=pool.map)
    assert snapshot(pooled) == snapshot(serial)
