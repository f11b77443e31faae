"""Token shard format: llm.c's, writer and reader in one place.

A shard is a 256 x int32 little-endian header followed by the raw tokens:

    header[0] = magic     20240520 for uint16 tokens (version 1), 20240801 for uint32 (version 7)
    header[1] = version   1 or 7
    header[2] = number of tokens in the body
    header[3:] = 0

This is exactly what llm.c's ``dev/data/data_common.py`` writes, so any trainer that reads
llm.c shards reads ours, and our reader reads theirs. The training consumer imports this module
and never Ray.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HEADER_INTS = 256
HEADER_BYTES = HEADER_INTS * 4
MAGIC_UINT16, VERSION_UINT16 = 20240520, 1
MAGIC_UINT32, VERSION_UINT32 = 20240801, 7
_FORMATS = {
    MAGIC_UINT16: (VERSION_UINT16, np.dtype("<u2")),
    MAGIC_UINT32: (VERSION_UINT32, np.dtype("<u4")),
}


class ShardError(ValueError):
    """A file that is not a valid llm.c token shard; the message names the file and the fix."""


@dataclass(frozen=True)
class ShardHeader:
    magic: int
    version: int
    num_tokens: int

    @property
    def dtype(self) -> np.dtype:
        return _FORMATS[self.magic][1]


def token_dtype(vocab_size: int) -> np.dtype:
    """uint16 when every token id fits (GPT-2's 50257), else uint32 (cl100k_base's 100277)."""
    return np.dtype("<u2") if vocab_size <= 2**16 else np.dtype("<u4")


def encode_header(num_tokens: int, dtype: np.dtype) -> bytes:
    dtype = np.dtype(dtype)
    if dtype.itemsize == 2:
        magic, version = MAGIC_UINT16, VERSION_UINT16
    elif dtype.itemsize == 4:
        magic, version = MAGIC_UINT32, VERSION_UINT32
    else:
        raise ValueError(f"token dtype must be uint16 or uint32, got {dtype}")
    if not 0 <= num_tokens < 2**31:
        raise ValueError(f"a shard holds at most 2**31-1 tokens, got {num_tokens}")
    header = np.zeros(HEADER_INTS, dtype="<i4")
    header[0], header[1], header[2] = magic, version, num_tokens
    return header.tobytes()


def encode_shard(tokens: np.ndarray) -> bytes:
    """A whole shard file's bytes: header, then `tokens` (uint16 or uint32) little-endian."""
    tokens = np.ascontiguousarray(tokens)
    if tokens.dtype.kind != "u" or tokens.dtype.itemsize not in (2, 4):
        raise ValueError(f"tokens must be uint16 or uint32, got {tokens.dtype}")
    return encode_header(len(tokens), tokens.dtype) + tokens.astype(
        tokens.dtype.newbyteorder("<"), copy=False).tobytes()


def write_shard(path: str | os.PathLike, tokens: np.ndarray) -> None:
    """Write `tokens` (uint16 or uint32) as one shard, atomically: temp file, fsync, rename."""
    tokens = np.ascontiguousarray(tokens)
    if tokens.dtype.kind != "u" or tokens.dtype.itemsize not in (2, 4):
        raise ValueError(f"tokens must be uint16 or uint32, got {tokens.dtype}")
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as f:
        f.write(encode_header(len(tokens), tokens.dtype))
        f.write(tokens.astype(tokens.dtype.newbyteorder("<"), copy=False).tobytes())
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


_HINT = ("HINT: token shards are written by `pipeline run` (llm.c format); "
         "re-run it to rebuild a damaged file")


def read_header(path: str | os.PathLike) -> ShardHeader:
    """Read and check a shard's header against the file's size."""
    path = Path(path)
    size = path.stat().st_size
    if size < HEADER_BYTES:
        raise ShardError(f"{path}: {size} bytes is shorter than the {HEADER_BYTES}-byte shard header. {_HINT}")
    with open(path, "rb") as f:
        header = np.frombuffer(f.read(HEADER_BYTES), dtype="<i4")
    magic, version, num_tokens = int(header[0]), int(header[1]), int(header[2])
    if magic not in _FORMATS:
        raise ShardError(
            f"{path}: bad magic number {magic} (expected {MAGIC_UINT16} or {MAGIC_UINT32}); "
            f"not an llm.c token shard. {_HINT}")
    expected_version, dtype = _FORMATS[magic]
    if version != expected_version:
        raise ShardError(f"{path}: magic {magic} needs version {expected_version}, header says {version}. {_HINT}")
    if num_tokens < 0:
        raise ShardError(f"{path}: negative token count {num_tokens} in header. {_HINT}")
    expected_size = HEADER_BYTES + num_tokens * dtype.itemsize
    if size != expected_size:
        raise ShardError(
            f"{path}: header says {num_tokens} tokens ({expected_size} bytes with header) but the file "
            f"has {size} bytes (truncated or corrupt). {_HINT}")
    return ShardHeader(magic, version, num_tokens)


def open_shard(path: str | os.PathLike) -> np.memmap:
    """The shard's tokens as a read-only memmap; nothing is read into memory until sliced."""
    header = read_header(path)
    if header.num_tokens == 0:
        return np.zeros(0, dtype=header.dtype)  # np.memmap refuses a zero-length map
    return np.memmap(path, dtype=header.dtype, mode="r", offset=HEADER_BYTES, shape=(header.num_tokens,))
