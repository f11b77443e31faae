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
