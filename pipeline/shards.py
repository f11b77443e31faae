"""Token shard formats and writers: llm.c's shards and Megatron's indexed dataset.

llm.c shard (`NAME.bin`): a 256 x int32 little-endian header followed by the raw tokens:

    header[0] = magic     20240520 for uint16 tokens (version 1), 20240801 for uint32 (version 7)
    header[1] = version   1 or 7
    header[2] = number of tokens in the body
    header[3:] = 0

This is what llm.c's ``dev/data/data_common.py`` writes. Which llm.c readers take which of ours
(docs/tokens.md): its C/CUDA loader (``llmc/dataloader.h``, `train_gpt2.c`/`.cu`) and
``train_gpt2.py`` only 20240520/1/uint16, i.e. a tokenizer of at most 65,536 ids (gpt2, a trained
vocabulary); ``train_llama3.py`` only 20240801/7/uint32 (cl100k_base, our default); our reader both.
The end-of-text token starts every document (llm.c's place).

Megatron indexed dataset (`NAME.bin` + `NAME.idx`, Megatron-core's `IndexedDataset`): the .bin is
the raw tokens (uint16 when the vocabulary fits, else int32: Megatron has no uint32), the .idx is

    b"MMIDIDX\\x00\\x00", <Q version 1, <B dtype code (8 uint16, 4 int32), <Q sequence count,
    <Q document count (sequences + 1), int32[sequences] lengths, int64[sequences] byte offsets,
    int64[documents] document boundaries (0, 1, 2, ...: one sequence per document)

with the end-of-text token closing every document (Megatron's `preprocess_data.py --append-eod`).

`TokenShardWriter` is the one thing a writer of documents' tokens calls (`add` per document in
order, `close` once): it cuts shards of at most `shard_tokens` tokens (documents never split),
writes them through `Storage`, and writes `format.json` beside them (format, dtype, vocabulary
size, end-of-text id, tokenizer). `pipeline.pack` adds `manifest.json` (every shard's token count,
the same tokenizer block). Reading many shards is `pipeline.shard_set.ShardSet`.
"""
from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

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


SHARD_HINT = ("HINT: token shards are written by `pipeline run` (llm.c format); "
         "re-run it to rebuild a damaged file")
MANIFEST_NAME = "manifest.json"     # written by pipeline.pack: the shards to read, with counts
PACK_PLAN_NAME = "pack-plan.json"   # present while pipeline.pack is packing the folder
DEFAULT_MAX_OPEN = 128              # shards (one file descriptor each: a file or a map) open at once
MAP_AFTER_READS = 8                 # reads of one open shard before it is memory-mapped


def parse_header(raw: bytes, size: int, name: str) -> ShardHeader:
    """Check a shard's first bytes and its size in bytes; errors name the shard `name`."""
    if size < HEADER_BYTES or len(raw) < HEADER_BYTES:
        raise ShardError(f"{name}: {size} bytes is shorter than the {HEADER_BYTES}-byte shard header. {SHARD_HINT}")
    header = np.frombuffer(raw[:HEADER_BYTES], dtype="<i4")
    magic, version, num_tokens = int(header[0]), int(header[1]), int(header[2])
    if magic not in _FORMATS:
        raise ShardError(
            f"{name}: bad magic number {magic} (expected {MAGIC_UINT16} or {MAGIC_UINT32}); "
            f"not an llm.c token shard. {SHARD_HINT}")
    expected_version, dtype = _FORMATS[magic]
    if version != expected_version:
        raise ShardError(f"{name}: magic {magic} needs version {expected_version}, header says {version}. {SHARD_HINT}")
    if num_tokens < 0:
        raise ShardError(f"{name}: negative token count {num_tokens} in header. {SHARD_HINT}")
    expected_size = HEADER_BYTES + num_tokens * dtype.itemsize
    if size != expected_size:
        raise ShardError(
            f"{name}: header says {num_tokens} tokens ({expected_size} bytes with header) but the file "
            f"has {size} bytes (truncated or corrupt). {SHARD_HINT}")
    return ShardHeader(magic, version, num_tokens)


def read_header(path: str | os.PathLike) -> ShardHeader:
    """Read and check a local shard's header against the file's size (reads 1 KB, nothing more)."""
    with open(path, "rb") as f:
        return parse_header(f.read(HEADER_BYTES), os.fstat(f.fileno()).st_size, str(path))


def open_shard(path: str | os.PathLike) -> np.memmap:
    """The shard's tokens as a read-only memmap; nothing is read into memory until sliced."""
    header = read_header(path)
    if header.num_tokens == 0:
        return np.zeros(0, dtype=header.dtype)  # np.memmap refuses a zero-length map
    return np.memmap(path, dtype=header.dtype, mode="r", offset=HEADER_BYTES, shape=(header.num_tokens,))


# ---- Megatron's indexed dataset ------------------------------------------------------------------

MEGATRON_INDEX_MAGIC = b"MMIDIDX\x00\x00"
MEGATRON_INDEX_VERSION = 1
_MEGATRON_HEADER = struct.Struct("<9sQBQQ")  # magic, version, dtype code, sequences, documents
# megatron/core/datasets/indexed_dataset.py's DType: the codes its reader maps back to dtypes
MEGATRON_DTYPE_CODES = {1: "u1", 2: "i1", 3: "<i2", 4: "<i4", 5: "<i8", 6: "<f8", 7: "<f4", 8: "<u2"}


@dataclass(frozen=True)
class MegatronIndex:
    dtype: np.dtype
    sequence_lengths: np.ndarray   # int32, tokens of each sequence (one per document here)
    sequence_pointers: np.ndarray  # int64, byte offset of each sequence in the .bin
    document_indices: np.ndarray   # int64, 0 then the sequence index after each document

    @property
    def num_tokens(self) -> int:
        return int(self.sequence_lengths.sum(dtype=np.int64))


def megatron_index_path(bin_path: str) -> str:
    """NAME.bin -> NAME.idx (Megatron names a dataset by the prefix of both)."""
    return bin_path[:-len(".bin")] + ".idx" if bin_path.endswith(".bin") else bin_path + ".idx"


def encode_megatron_index(sequence_lengths: Sequence[int], dtype: np.dtype) -> bytes:
    """The .idx of a dataset whose sequences are whole documents (document i = sequence i), as
    Megatron-core's `IndexedDatasetBuilder.add_document` + `finalize` write it."""
    dtype = np.dtype(dtype).newbyteorder("<")
    codes = {np.dtype(v): k for k, v in MEGATRON_DTYPE_CODES.items()}
    if dtype not in codes:
        raise ValueError(f"Megatron's index has no dtype code for {dtype}")
    lengths = np.asarray(sequence_lengths, dtype=np.int64)
    if len(lengths) and (lengths.min() < 0 or lengths.max() >= 2**31):
        raise ValueError("a Megatron sequence holds 0 to 2**31-1 tokens")
    pointers = np.zeros(len(lengths), dtype="<i8")
    np.cumsum(lengths[:-1] * dtype.itemsize, out=pointers[1:])
    documents = np.arange(len(lengths) + 1, dtype="<i8")
    header = _MEGATRON_HEADER.pack(MEGATRON_INDEX_MAGIC, MEGATRON_INDEX_VERSION, codes[dtype],
                                   len(lengths), len(documents))
    return header + lengths.astype("<i4").tobytes() + pointers.tobytes() + documents.tobytes()


def decode_megatron_index(raw: bytes, name: str, bin_size: int | None = None) -> MegatronIndex:
    """Check and read a .idx (and, given `bin_size`, that its .bin holds what it says)."""
    hint = (f"HINT: {name} is not a Megatron index that this package wrote; rebuild it with "
            "`pipeline tokenize RUN --format megatron`")
    if len(raw) < _MEGATRON_HEADER.size:
        raise ShardError(f"{name}: {len(raw)} bytes is shorter than a Megatron index header. {hint}")
    magic, version, code, sequences, documents = _MEGATRON_HEADER.unpack_from(raw)
    if magic != MEGATRON_INDEX_MAGIC:
        raise ShardError(f"{name}: bad magic {magic!r} (expected {MEGATRON_INDEX_MAGIC!r}). {hint}")
    if version != MEGATRON_INDEX_VERSION:
        raise ShardError(f"{name}: Megatron index version {version}, expected 1. {hint}")
    if code not in MEGATRON_DTYPE_CODES:
        raise ShardError(f"{name}: unknown dtype code {code}. {hint}")
    expected = _MEGATRON_HEADER.size + sequences * 12 + documents * 8
    if len(raw) != expected:
        raise ShardError(f"{name}: {sequences} sequences and {documents} documents need {expected} "
                         f"bytes, the file has {len(raw)} (truncated or corrupt). {hint}")
    at = _MEGATRON_HEADER.size
    lengths = np.frombuffer(raw, dtype="<i4", count=sequences, offset=at)
    pointers = np.frombuffer(raw, dtype="<i8", count=sequences, offset=at + 4 * sequences)
    document_indices = np.frombuffer(raw, dtype="<i8", count=documents, offset=at + 12 * sequences)
    dtype = np.dtype(MEGATRON_DTYPE_CODES[code])
    index = MegatronIndex(dtype, lengths, pointers, document_indices)
    ends = np.cumsum(lengths.astype(np.int64)) * dtype.itemsize
    if len(lengths) and ((lengths < 0).any() or pointers[0] != 0 or (pointers[1:] != ends[:-1]).any()):
        raise ShardError(f"{name}: sequence offsets do not follow the sequence lengths. {hint}")
    if documents < 1 or document_indices[0] != 0 or document_indices[-1] != sequences:
        raise ShardError(f"{name}: document boundaries do not cover the {sequences} sequences. {hint}")
    if bin_size is not None and bin_size != index.num_tokens * dtype.itemsize:
        raise ShardError(f"{name}: the index says {index.num_tokens} {dtype.name} tokens "
                         f"({index.num_tokens * dtype.itemsize} bytes) but its .bin has {bin_size} "
                         f"bytes (truncated or corrupt). {hint}")
    return index


# ---- writing documents' tokens -------------------------------------------------------------------

FORMAT_LLMC, FORMAT_MEGATRON = "llmc", "megatron"
FORMATS = (FORMAT_LLMC, FORMAT_MEGATRON)
FORMAT_NAME = "format.json"  # beside every folder of shards: format, dtype, vocabulary, tokenizer
_LEGACY_FORMAT = "llm.c token shards"  # manifests written before FORMATS existed


def shard_dtype(format: str, vocab_size: int) -> np.dtype:
    """The token dtype of `format` for a vocabulary of `vocab_size` ids (uint16 when every id fits
    16 bits; above that uint32 for llm.c, int32 for Megatron, whose index has no uint32)."""
    if format == FORMAT_LLMC:
        return token_dtype(vocab_size).newbyteorder("<")
    if format == FORMAT_MEGATRON:
        return np.dtype("<u2") if vocab_size <= 2**16 else np.dtype("<i4")
    raise ValueError(f"token format {format!r}: use one of {', '.join(FORMATS)}")


def describe_tokens(format: str, vocab_size: int, eot_token: int, tokenizer: dict | None = None) -> dict:
    """What `format.json` and every manifest say about the tokens (one place builds it)."""
    if not 0 <= eot_token < vocab_size:
        raise ValueError(f"end-of-text id {eot_token} is outside the vocabulary of {vocab_size}")
    return {"format": format, "dtype": shard_dtype(format, vocab_size).name, "vocab_size": int(vocab_size),
            "eot_token": int(eot_token), "eot_position": "first" if format == FORMAT_LLMC else "last",
            "tokenizer": tokenizer or {}}


# The token index a run writes per WARC file (tokens/index/part-FFFFFF.parquet): where each kept
# document's tokens are, as `TokenShardWriter.add` returns it (pipeline.tasks.finish_warc_file writes it).
TOKEN_INDEX_COLUMNS = (("doc_id", "int64"), ("url", "string"), ("shard", "string"), ("offset", "int64"),
                       ("tokens", "int64"))


def token_index_schema():
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in TOKEN_INDEX_COLUMNS])


class TokenShardWriter:
    """Documents' tokens, in order, into shards of one format; the one call a runner makes.

    `add(tokens)` takes one document as the tokenize step makes it (end-of-text first) and returns
    (shard name, offset of its first token in that shard) for the index; a Megatron shard stores
    the document with its end-of-text moved last. A shard is written (atomically, through
    `storage`) once the next document would take it past `shard_tokens`; documents are never
    split. `close()` writes the last one, removes shards `name_prefix` numbered beyond it (left by
    an earlier finish with more documents) and writes `format.json`; it returns one entry per
    shard: name, num_tokens, max_token_id, documents.
    """

    def __init__(self, storage, folder: str, name_prefix: str, *, format: str = FORMAT_LLMC,
                 vocab_size: int, eot_token: int, shard_tokens: int = 100_000_000,
                 tokenizer: dict | None = None):
        if shard_tokens < 1:
            raise ValueError(f"shard_tokens must be >= 1, got {shard_tokens}")
        self.description = describe_tokens(format, vocab_size, eot_token, tokenizer)
        self.storage, self.folder, self.name_prefix = storage, folder, name_prefix
        self.format, self.vocab_size, self.eot_token = format, int(vocab_size), int(eot_token)
        self.shard_tokens = int(shard_tokens)
        self.dtype = shard_dtype(format, vocab_size)
        self.entries: list[dict] = []
        self._parts: list[np.ndarray] = []
        self._fill = 0

    def shard_name(self, number: int) -> str:
        return f"{self.name_prefix}_{number:04d}.bin"

    def add(self, tokens) -> tuple[str, int]:
        tokens = np.asarray(tokens)
        if tokens.ndim != 1 or len(tokens) == 0 or int(tokens[0]) != self.eot_token:
            raise ValueError(f"a document's tokens start with the end-of-text id {self.eot_token} "
                             f"(the tokenize step's token_ids); got {tokens[:3].tolist()}...")
        if int(tokens.min()) < 0 or int(tokens.max()) >= self.vocab_size:
            raise ValueError(f"token id {int(tokens.max())} is outside the vocabulary of {self.vocab_size}")
        if self._fill and self._fill + len(tokens) > self.shard_tokens:
            self._flush()
        where = (self.shard_name(len(self.entries)), self._fill)
        if self.format == FORMAT_MEGATRON:
            tokens = np.roll(tokens, -1)  # Megatron's preprocess_data.py --append-eod: eot last
        self._parts.append(tokens.astype(self.dtype))
        self._fill += len(tokens)
        return where

    def _flush(self) -> None:
        if not self._parts:
            return
        body = np.concatenate(self._parts)
        name = self.shard_name(len(self.entries))
        path = f"{self.folder}/{name}"
        if self.format == FORMAT_LLMC:
            self.storage.write_bytes(path, encode_shard(body))
        else:  # the .bin, then the .idx that makes it a dataset
            self.storage.write_bytes(path, body.tobytes())
            self.storage.write_bytes(megatron_index_path(path),
                                     encode_megatron_index([len(p) for p in self._parts], self.dtype))
        self.entries.append({"name": name, "num_tokens": int(len(body)), "max_token_id": int(body.max()),
                             "documents": len(self._parts)})
        self._parts, self._fill = [], 0

    def close(self) -> list[dict]:
        self._flush()
        number = len(self.entries)
        while self.storage.exists(f"{self.folder}/{self.shard_name(number)}"):
            stale = f"{self.folder}/{self.shard_name(number)}"
            for path in (stale, megatron_index_path(stale)):
                if self.storage.exists(path):
                    self.storage.remove_tree(path)
            number += 1
        write_format(self.storage, self.folder, self.description)
        return list(self.entries)


def encode_format(description: dict) -> bytes:
    return (json.dumps(description, indent=1, sort_keys=True) + "\n").encode()


def write_format(storage, folder: str, description: dict) -> None:
    """Write `format.json` unless it already says the same; a folder holds one tokenizer's shards."""
    path, data = f"{folder}/{FORMAT_NAME}", encode_format(description)
    if storage.exists(path):
        existing = storage.read_bytes(path)
        if existing == data:
            return
        try:
            old = json.loads(existing)
        except ValueError:
            old = None
        if old is not None and _tokens_key(old) != _tokens_key(description):
            raise ShardError(f"{storage.path(path)}: the folder holds {_tokens_key(old)} shards, not "
                             f"{_tokens_key(description)}; one folder holds one tokenizer's shards "
                             "(use another output folder)")
    storage.write_bytes(path, data)


def _tokens_key(description: dict) -> str:
    tokenizer = description.get("tokenizer") or {}
    return (f"{description.get('format')}/{description.get('dtype')} "
            f"{tokenizer.get('name', '?')} ({str(tokenizer.get('ranks_sha256', '?'))[:12]})")


def decode_format(raw: bytes, name: str) -> dict:
    try:
        description = json.loads(raw)
        if description["format"] not in FORMATS:
            raise ValueError(f"unknown format {description['format']!r}")
        np.dtype(description["dtype"])
        int(description["vocab_size"]), int(description["eot_token"])
    except (ValueError, KeyError, TypeError) as error:
        raise ShardError(f"{name}: not a token format description ({error}); delete it and re-run "
                         "the command that wrote the shards") from None
    return description


# ---- manifest ------------------------------------------------------------------------------------

def encode_manifest(shards: Sequence[dict], dtype: np.dtype, **extra) -> bytes:
    """manifest.json: {"format", "dtype", "num_tokens", "max_token_id", "shards": [{"name",
    "num_tokens", "max_token_id"}, ...], **extra}; shard names are relative to the folder.
    `extra` carries the folder's format.json (format, vocab_size, eot_token, tokenizer) when it has one."""
    shards = [dict(s) for s in shards]
    doc = {"format": FORMAT_LLMC, "dtype": np.dtype(dtype).name,
           "num_tokens": sum(s["num_tokens"] for s in shards),
           "max_token_id": max((s["max_token_id"] for s in shards), default=-1),
           **extra, "shards": shards}
    return json.dumps(doc, indent=1).encode()


def decode_manifest(raw: bytes, name: str) -> dict:
    try:
        doc = json.loads(raw)
        for shard in doc["shards"]:
            shard["name"], shard["num_tokens"] = str(shard["name"]), int(shard["num_tokens"])
        np.dtype(doc["dtype"])
        if doc.get("format") == _LEGACY_FORMAT:
            doc["format"] = FORMAT_LLMC
        if doc.get("format", FORMAT_LLMC) not in FORMATS:
            raise ValueError(f"unknown format {doc['format']!r}")
    except (ValueError, KeyError, TypeError) as error:
        raise ShardError(f"{name}: not a shard manifest ({error}); delete it and re-run `pipeline run` "
                         "to write it again") from None
    return doc
