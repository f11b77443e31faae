"""Token shard formats, writers and readers in one place: llm.c's shards and Megatron's indexed dataset.

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
the same tokenizer block). `ShardSet` reads token ranges of many shards of either format, local or
on an object store: local files through a bounded LRU of open shards (pread, then a memory map
once a shard is read often; open files stay at `max_open` however many shards), `s3://...` and
other fsspec URLs through HTTP range reads. The training consumer imports this module and never Ray.
"""
from __future__ import annotations

import glob
import json
import mmap
import os
import posixpath
import re
import struct
import threading
from collections import OrderedDict
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


_HINT = ("HINT: token shards are written by `pipeline run` (llm.c format); "
         "re-run it to rebuild a damaged file")
MANIFEST_NAME = "manifest.json"     # written by pipeline.pack: the shards to read, with counts
PACK_PLAN_NAME = "pack-plan.json"   # present while pipeline.pack is packing the folder
DEFAULT_MAX_OPEN = 128              # shards (one file descriptor each: a file or a map) open at once
MAP_AFTER_READS = 8                 # reads of one open shard before it is memory-mapped


def parse_header(raw: bytes, size: int, name: str) -> ShardHeader:
    """Check a shard's first bytes and its size in bytes; errors name the shard `name`."""
    if size < HEADER_BYTES or len(raw) < HEADER_BYTES:
        raise ShardError(f"{name}: {size} bytes is shorter than the {HEADER_BYTES}-byte shard header. {_HINT}")
    header = np.frombuffer(raw[:HEADER_BYTES], dtype="<i4")
    magic, version, num_tokens = int(header[0]), int(header[1]), int(header[2])
    if magic not in _FORMATS:
        raise ShardError(
            f"{name}: bad magic number {magic} (expected {MAGIC_UINT16} or {MAGIC_UINT32}); "
            f"not an llm.c token shard. {_HINT}")
    expected_version, dtype = _FORMATS[magic]
    if version != expected_version:
        raise ShardError(f"{name}: magic {magic} needs version {expected_version}, header says {version}. {_HINT}")
    if num_tokens < 0:
        raise ShardError(f"{name}: negative token count {num_tokens} in header. {_HINT}")
    expected_size = HEADER_BYTES + num_tokens * dtype.itemsize
    if size != expected_size:
        raise ShardError(
            f"{name}: header says {num_tokens} tokens ({expected_size} bytes with header) but the file "
            f"has {size} bytes (truncated or corrupt). {_HINT}")
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


# ---- reading many shards -------------------------------------------------------------------------

@dataclass(frozen=True)
class Shard:
    path: str          # local path or fsspec URL path
    num_tokens: int
    data_offset: int = HEADER_BYTES  # bytes before the first token: llm.c's header, 0 for Megatron

    @property
    def name(self) -> str:
        return posixpath.basename(self.path)


def _is_url(text: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text)) and not text.startswith("file://")


class ShardSet:
    """Shards found from a folder, glob, file or list, local or on an object store; token ranges.

    Start-up reads one manifest.json when the folder has one, else each shard's 1 KB header (object
    stores: concurrent range reads). Local shards are read through at most `max_open` open files or
    maps (least recently used closed first), object-store shards through one range request per window.
    """

    def __init__(self, data, *, max_open: int = DEFAULT_MAX_OPEN):
        if int(max_open) < 1:
            raise ValueError(f"max_open must be >= 1, got {max_open}")
        self.max_open = int(max_open)
        self.fs = None                          # an fsspec filesystem for URLs, None for local files
        self.manifest: dict | None = None
        self.description: dict | None = None    # format.json / the manifest: format, vocab_size, tokenizer
        items = list(data) if isinstance(data, (list, tuple)) else [data]
        if not items:
            raise FileNotFoundError("no token shards: empty list of inputs")
        shards, dtypes = [], {}
        for item in items:
            found, dtype = self._discover(os.fspath(item))
            shards += found
            for d, path in dtype.items():
                dtypes.setdefault(d, path)
        if len(dtypes) > 1:
            (d1, p1), (d2, p2) = list(dtypes.items())[:2]
            raise ShardError(f"mixed token widths: {p1} holds {d1.name} tokens but {p2} holds {d2.name}; "
                             "a dataset must be all uint16 or all uint32 shards (one tokenizer)")
        if len(items) > 1:
            self.manifest = None  # its totals describe one folder, not the whole list
        if len({s.data_offset for s in shards}) > 1:
            raise ShardError("mixed formats: some inputs are llm.c shards, some Megatron datasets; "
                             "a dataset is one format")
        self.shards: list[Shard] = shards
        self.format = FORMAT_MEGATRON if shards[0].data_offset == 0 else FORMAT_LLMC
        self.dtype: np.dtype = next(iter(dtypes))
        self.num_tokens = sum(s.num_tokens for s in shards)
        self._maps: OrderedDict[int, _OpenShard] = OrderedDict()
        self._checked: set[int] = set()  # shards whose header this process has checked
        self._lock = threading.Lock()  # grain reads records from several threads

    # ---- discovery ------------------------------------------------------------------------

    def _discover(self, text: str) -> tuple[list[Shard], dict]:
        """Shards of one input and {dtype: a path holding it}. A folder's manifest.json lists
        them; else its format.json (when present) says which format its *.bin are; a .bin with
        a .idx beside it is a Megatron dataset, any other an llm.c shard (header checked)."""
        if _is_url(text):
            import fsspec

            fs, root = fsspec.core.url_to_fs(text)
            if self.fs is not None and type(fs) is not type(self.fs):
                raise ValueError(f"{text}: all inputs must be on one filesystem")
            self.fs = fs
            folder = None
            if glob.has_magic(root):
                paths = sorted(p for p in fs.glob(root) if fs.isfile(p))
            elif fs.isdir(root):
                manifest = self._manifest(root)
                if manifest is not None:
                    return manifest
                folder = root
                paths = sorted(p for p in fs.ls(root, detail=False) if p.endswith(".bin")
                               and not posixpath.basename(p).startswith("."))
            elif fs.isfile(root):
                paths = [root]
            else:
                raise FileNotFoundError(f"{text}: no such object or prefix")
            if not paths:
                raise FileNotFoundError(f"{text}: no token shards (*.bin) found")
        else:
            if text.startswith("file://"):
                text = text[len("file://"):]
            folder = None
            if glob.has_magic(text):
                paths = sorted(p for p in glob.glob(text) if os.path.isfile(p))
            elif os.path.isdir(text):
                manifest = self._manifest(text)
                if manifest is not None:
                    return manifest
                folder = text
                paths = sorted(str(p) for p in Path(text).glob("*.bin"))
            elif os.path.isfile(text):
                paths = [text]
            else:
                raise FileNotFoundError(f"{text}: no such file or folder; pass a tokens folder such as "
                                        "out/CC-MAIN-2024-10/tokens")
            if not paths:
                raise FileNotFoundError(f"{text}: no token shards (*.bin) found; `pipeline run` writes "
                                        "them to out/<SNAPSHOT>/tokens")
        fs = self.fs
        exists = fs.exists if fs is not None else os.path.exists
        described = self._description_of(folder) if folder is not None else None
        if described is not None:
            megatron = [described["format"] == FORMAT_MEGATRON] * len(paths)
        else:
            megatron = [exists(megatron_index_path(p)) for p in paths]
        shards, dtypes = [None] * len(paths), {}
        llmc = [i for i, m in enumerate(megatron) if not m]
        if llmc:
            llmc_paths = [paths[i] for i in llmc]
            if fs is not None:
                sizes = [fs.size(p) for p in llmc_paths] if len(llmc_paths) < 2 else _sizes(fs, llmc_paths)
                heads = fs.cat_ranges(llmc_paths, [0] * len(llmc_paths), [HEADER_BYTES] * len(llmc_paths))
                headers = [parse_header(h, size, f"{fs.unstrip_protocol(p)}")
                           for p, h, size in zip(llmc_paths, heads, sizes)]
            else:
                headers = [read_header(p) for p in llmc_paths]  # 1 KB each; ShardError names the file
            for i, header in zip(llmc, headers):
                shards[i] = Shard(paths[i], header.num_tokens)
                dtypes.setdefault(header.dtype, paths[i])
        for i in (i for i, m in enumerate(megatron) if m):
            index = self._megatron_index(paths[i])
            shards[i] = Shard(paths[i], index.num_tokens, data_offset=0)
            dtypes.setdefault(index.dtype, paths[i])
        if any(megatron) and not all(megatron):
            raise ShardError(f"{text}: mixed formats: {paths[megatron.index(True)]} is a Megatron dataset "
                             f"(.idx beside it) but {paths[megatron.index(False)]} is an llm.c shard")
        if described is not None and dtypes and set(dtypes) != {np.dtype(described["dtype"])}:
            raise ShardError(f"{folder}: {FORMAT_NAME} says {described['dtype']} tokens but "
                             f"{next(iter(dtypes.values()))} holds {next(iter(dtypes)).name}")
        return shards, dtypes

    def _megatron_index(self, bin_path: str) -> MegatronIndex:
        index_path = megatron_index_path(bin_path)
        try:
            if self.fs is not None:
                raw, size = self.fs.cat_file(index_path), self.fs.size(bin_path)
            else:
                raw, size = Path(index_path).read_bytes(), os.path.getsize(bin_path)
        except FileNotFoundError:
            raise ShardError(f"{bin_path}: a Megatron .bin without its index {index_path}; rebuild "
                             "both with `pipeline tokenize RUN --format megatron`") from None
        return decode_megatron_index(raw, index_path, size)

    def _description_of(self, folder: str) -> dict | None:
        """The folder's format.json (format, dtype, vocabulary, tokenizer), None if it has none."""
        exists = self.fs.exists if self.fs is not None else os.path.exists
        join = posixpath.join if self.fs is not None else os.path.join
        path = join(folder, FORMAT_NAME)
        if not exists(path):
            return None
        raw = self.fs.cat_file(path) if self.fs is not None else Path(path).read_bytes()
        description = decode_format(raw, path)
        self.description = description
        return description

    def _manifest(self, folder: str) -> tuple[list[Shard], dict] | None:
        exists = self.fs.exists if self.fs is not None else os.path.exists
        join = posixpath.join if self.fs is not None else os.path.join
        path = join(folder, MANIFEST_NAME)
        if not exists(path):
            if exists(join(folder, PACK_PLAN_NAME)):
                raise ShardError(f"{folder}: shards are being packed ({PACK_PLAN_NAME} without "
                                 f"{MANIFEST_NAME}); re-run the `pipeline pack` command to finish it")
            return None
        raw = self.fs.cat_file(path) if self.fs is not None else Path(path).read_bytes()
        manifest = decode_manifest(raw, path)
        if not manifest["shards"]:
            raise FileNotFoundError(f"{path}: lists no token shards (the run kept no documents)")
        self.manifest = manifest
        if "vocab_size" in manifest:
            self.description = {k: manifest[k] for k in ("format", "dtype", "vocab_size", "eot_token",
                                                          "eot_position", "tokenizer") if k in manifest}
        dtype = np.dtype(manifest["dtype"])
        offset = 0 if manifest.get("format") == FORMAT_MEGATRON else HEADER_BYTES
        shards = [Shard(join(folder, s["name"]), s["num_tokens"], data_offset=offset)
                  for s in manifest["shards"]]
        return shards, {dtype: path}

    # ---- reading --------------------------------------------------------------------------

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_maps"] = OrderedDict()  # files are reopened in each process, never pickled
        del state["_lock"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _lock=threading.Lock())

    def _open(self, index: int) -> "_OpenShard":
        """Shard `index`'s entry in the LRU, opened (and its header checked) on a miss. Caller holds the lock."""
        entry = self._maps.get(index)
        if entry is not None:
            self._maps.move_to_end(index)
            return entry
        shard = self.shards[index]
        fd = os.open(shard.path, os.O_RDONLY)
        entry = _OpenShard(fd)  # closes fd when dropped
        if index not in self._checked and shard.data_offset == 0:  # Megatron: no header, the size
            size = os.fstat(fd).st_size
            if size != shard.num_tokens * self.dtype.itemsize:
                raise ShardError(f"{shard.path}: changed on disk while training ({shard.num_tokens} "
                                 f"{self.dtype.name} tokens expected, the file has {size} bytes)")
            self._checked.add(index)
        if index not in self._checked:
            header = parse_header(os.pread(fd, HEADER_BYTES, 0), os.fstat(fd).st_size, shard.path)
            if header.num_tokens != shard.num_tokens or header.dtype != self.dtype:
                raise ShardError(f"{shard.path}: changed on disk while training ({shard.num_tokens} "
                                 f"{self.dtype.name} tokens expected, header says {header.num_tokens} "
                                 f"{header.dtype.name}). {_HINT}")
            self._checked.add(index)
        self._maps[index] = entry
        while len(self._maps) > self.max_open:
            self._maps.popitem(last=False)  # the last reference: its map or file closes now
        return entry

    def _read_local(self, index: int, start: int, count: int) -> np.ndarray:
        """A few reads of a shard go through pread; a shard read often is memory-mapped (a map
        costs ~20 us to make and saves ~1-2 us a read: BENCHMARKS.md, per-file against packed)."""
        entry = self._maps.get(index)
        if entry is not None and entry.view is not None:  # the hot path: a mapped shard, no lock
            try:
                self._maps.move_to_end(index)
            except KeyError:  # evicted meanwhile by another thread; the view keeps its map alive
                pass
            return entry.view[start:start + count]
        count = max(0, min(count, self.shards[index].num_tokens - start))
        with self._lock:
            entry = self._open(index)
            if entry.view is None:
                entry.reads += 1
                if entry.reads < MAP_AFTER_READS or count == 0:
                    size = self.dtype.itemsize
                    raw = os.pread(entry.fd, count * size, self.shards[index].data_offset + start * size)
                    return np.frombuffer(raw, dtype=self.dtype)
                # a plain ndarray over an mmap (which keeps its own fd): np.memmap slices cost microseconds
                buffer = mmap.mmap(entry.fd, 0, access=mmap.ACCESS_READ)
                entry.view = np.frombuffer(buffer, dtype=self.dtype, count=self.shards[index].num_tokens,
                                           offset=self.shards[index].data_offset)
                entry.close_file()  # the map's own descriptor is enough: one fd per open shard
            return entry.view[start:start + count]

    def open_count(self) -> int:
        return len(self._maps)

    def read(self, index: int, start: int, stop: int) -> np.ndarray:
        """Tokens [start, stop) of shard `index`."""
        if self.fs is None:
            return self._read_local(index, start, stop - start)
        return self.read_many([index], [start], stop - start)[0]

    def read_many(self, indices: Sequence[int], starts: Sequence[int], count: int) -> list[np.ndarray]:
        """`count` tokens from each (shard, start): local slices, or concurrent range requests."""
        if self.fs is None:
            return [self._read_local(i, s, count) for i, s in zip(indices, starts)]
        size = self.dtype.itemsize
        paths = [self.shards[i].path for i in indices]
        firsts = [self.shards[i].data_offset + s * size for i, s in zip(indices, starts)]
        blobs = self.fs.cat_ranges(paths, firsts, [f + count * size for f in firsts])
        out = []
        for path, blob in zip(paths, blobs):
            if isinstance(blob, BaseException):
                raise blob
            out.append(np.frombuffer(blob, dtype=self.dtype))
        return out

    def chunks(self, index: int, chunk_tokens: int = 1 << 24):
        """Shard `index`'s tokens in chunks (memory stays at one chunk)."""
        n = self.shards[index].num_tokens
        for lo in range(0, n, chunk_tokens):
            yield self.read(index, lo, min(n, lo + chunk_tokens))


class _OpenShard:
    """An open local shard: a file descriptor for pread, then a memory map once read often."""

    __slots__ = ("fd", "view", "reads")

    def __init__(self, fd: int):
        self.fd, self.view, self.reads = fd, None, 0

    def close_file(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __del__(self):
        self.close_file()


def _sizes(fs, paths: list[str]) -> list[int]:
    """Object sizes from one listing per folder rather than one request per object."""
    by_folder: dict[str, dict[str, int]] = {}
    for folder in sorted({posixpath.dirname(p) for p in paths}):
        by_folder[folder] = {e["name"].rstrip("/"): int(e["size"]) for e in fs.ls(folder, detail=True)}
    out = []
    for p in paths:
        size = by_folder[posixpath.dirname(p)].get(p.rstrip("/"))
        out.append(fs.size(p) if size is None else size)
    return out
