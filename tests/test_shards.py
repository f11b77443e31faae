"""llm.c shard format: header layout, dtypes and the checks on damaged files."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.shards import (HEADER_BYTES, MAGIC_UINT16, MAGIC_UINT32, ShardError, open_shard,
                             read_header, token_dtype, write_shard)


@pytest.mark.parametrize("dtype,magic,version", [(np.uint16, MAGIC_UINT16, 1), (np.uint32, MAGIC_UINT32, 7)])
def test_round_trip_and_header(tmp_path, dtype, magic, version):
    tokens = np.arange(1000, dtype=dtype) * 7
    path = tmp_path / "s.bin"
    write_shard(path, tokens)
    raw = np.fromfile(path, dtype="<i4", count=256)
    assert (raw[0], raw[1], raw[2]) == (magic, version, 1000)
    assert not raw[3:].any()
    assert path.stat().st_size == HEADER_BYTES + 1000 * np.dtype(dtype).itemsize
    np.testing.assert_array_equal(open_shard(path), tokens)


def test_dtype_choice():
    assert token_dtype(50257) == np.uint16
    assert token_dtype(100277) == np.uint32


def test_bad_magic_truncated_and_count_mismatch(tmp_path):
    path = tmp_path / "s.bin"
    write_shard(path, np.arange(100, dtype=np.uint16))
    data = bytearray(path.read_bytes())
    bad = tmp_path / "bad_magic.bin"
    bad.write_bytes(b"\x01\x02\x03\x04" + bytes(data[4:]))
    with pytest.raises(ShardError, match="bad_magic.bin.*bad magic"):
        read_header(bad)
    truncated = tmp_path / "truncated.bin"
    truncated.write_bytes(bytes(data[:-10]))
    with pytest.raises(ShardError, match="truncated.bin.*truncated"):
        open_shard(truncated)
    short = tmp_path / "short.bin"
    short.write_bytes(bytes(data[:100]))
    with pytest.raises(ShardError, match="short.bin.*shorter"):
        read_header(short)


def test_rejects_signed_tokens(tmp_path):
    with pytest.raises(ValueError):
        write_shard(tmp_path / "x.bin", np.arange(3, dtype=np.int32))


# ---- TokenShardWriter, format.json, Megatron's indexed dataset -----------------------------------

from pipeline.shard_set import ShardSet  # noqa: E402
from pipeline.shards import (FORMAT_NAME, TokenShardWriter, decode_megatron_index,  # noqa: E402
                             encode_megatron_index)
from pipeline.storage import Storage  # noqa: E402


def _documents(eot, vocab, count=30, seed=0):
    rng = np.random.default_rng(seed)
    return [np.concatenate([[eot], rng.integers(0, eot, size=rng.integers(1, 40))]).astype(np.uint32)
            for _ in range(count)]


@pytest.mark.parametrize("format,vocab,dtype", [("llmc", 50257, "uint16"), ("llmc", 100277, "uint32"),
                                                ("megatron", 65536, "uint16"), ("megatron", 100277, "int32")])
def test_writer_cuts_whole_documents_and_the_reader_finds_each(tmp_path, format, vocab, dtype):
    eot = vocab - 1
    docs = _documents(eot, vocab)
    writer = TokenShardWriter(Storage(str(tmp_path)), "tokens", "shard_000007", format=format,
                              vocab_size=vocab, eot_token=eot, shard_tokens=100, tokenizer={"name": "t"})
    where = [writer.add(d) for d in docs]
    entries = writer.close()
    assert sum(e["num_tokens"] for e in entries) == sum(len(d) for d in docs)
    assert sum(e["documents"] for e in entries) == len(docs) and len(entries) > 3
    assert all(e["num_tokens"] <= 100 for e in entries)  # no document here is longer than a shard
    shards = ShardSet(tmp_path / "tokens")
    assert shards.dtype == np.dtype(dtype) and shards.format == format
    assert shards.description["vocab_size"] == vocab and shards.description["tokenizer"] == {"name": "t"}
    number = {s.name: i for i, s in enumerate(shards.shards)}
    for doc, (name, offset) in zip(docs, where):
        stored = shards.read(number[name], offset, offset + len(doc))
        expected = doc if format == "llmc" else np.roll(doc, -1)  # Megatron: end-of-text last
        np.testing.assert_array_equal(stored, expected)


def test_writer_refuses_documents_without_eot_or_outside_the_vocabulary(tmp_path):
    writer = TokenShardWriter(Storage(str(tmp_path)), "tokens", "s", vocab_size=300, eot_token=299)
    with pytest.raises(ValueError, match="start with the end-of-text id 299"):
        writer.add(np.array([5, 299]))
    with pytest.raises(ValueError, match="token id 300 is outside the vocabulary of 300"):
        writer.add(np.array([299, 300]))
    with pytest.raises(ValueError, match="token format 'parquet'"):
        TokenShardWriter(Storage(str(tmp_path)), "tokens", "s", format="parquet", vocab_size=300, eot_token=299)


def test_a_second_finish_with_fewer_documents_removes_the_shards_it_no_longer_needs(tmp_path):
    storage = Storage(str(tmp_path))
    for count, shard_tokens, expected in ((30, 50, None), (3, 1000, 1)):
        writer = TokenShardWriter(storage, "tokens", "shard_000001", format="megatron", vocab_size=300,
                                  eot_token=299, shard_tokens=shard_tokens)
        for doc in _documents(299, 300, count):
            writer.add(doc)
        entries = writer.close()
        if expected is not None:
            assert len(entries) == expected
    assert sorted(p.name for p in (tmp_path / "tokens").iterdir()) == [
        FORMAT_NAME, "shard_000001_0000.bin", "shard_000001_0000.idx"]


def test_one_folder_holds_one_tokenizers_shards(tmp_path):
    storage = Storage(str(tmp_path))
    TokenShardWriter(storage, "tokens", "a", vocab_size=300, eot_token=299,
                     tokenizer={"name": "x", "ranks_sha256": "1" * 64}).close()
    with pytest.raises(ShardError, match="holds llmc/uint16 x .* shards, not llmc/uint32 y"):
        TokenShardWriter(storage, "tokens", "b", vocab_size=100277, eot_token=100257,
                         tokenizer={"name": "y", "ranks_sha256": "2" * 64}).close()


def test_megatron_index_checks_name_the_file(tmp_path):
    raw = encode_megatron_index([3, 5, 2], np.dtype("<u2"))
    index = decode_megatron_index(raw, "x.idx", 20)
    assert index.num_tokens == 10 and index.sequence_pointers.tolist() == [0, 6, 16]
    assert index.document_indices.tolist() == [0, 1, 2, 3]
    with pytest.raises(ShardError, match="x.idx: bad magic"):
        decode_megatron_index(b"NOTMMIDX" + raw[8:], "x.idx")
    with pytest.raises(ShardError, match="x.idx: .*truncated"):
        decode_megatron_index(raw[:-4], "x.idx")
    with pytest.raises(ShardError, match="its .bin has 18 bytes"):
        decode_megatron_index(raw, "x.idx", 18)
    (tmp_path / "d.bin").write_bytes(bytes(20))
    (tmp_path / FORMAT_NAME).write_text('{"format": "megatron", "dtype": "uint16", "vocab_size": 300, '
                                        '"eot_token": 299}')
    with pytest.raises(ShardError, match="d.bin: a Megatron .bin without its index"):
        ShardSet(tmp_path)
