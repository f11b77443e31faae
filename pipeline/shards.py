"""Token shard format: llm.c's, writer and reader in one place.

A shard is a 256 x int32 little-endian header followed by the raw tokens:

    header[0] = magic     20240520 for uint16 tokens (version 1), 20240801 for uint32 (version 7)
    header[1] = version   1 or 7
    header[2] = number of tokens in the body
    header[3:] = 0

This is what llm.c's ``dev/data/data_common.py`` writes. Which llm.c readers take which of ours
(README, "Which trainers read the shards"): its C loader (``llmc/dataloader.h``) and
``train_gpt2.py`` only 20240520/1/uint16, i.e. a tokenizer of at most 65,536 ids;
``train_llama3.py`` only 20240801/7/uint32 (cl100k_base, our default); our reader both.

`ShardSet` reads token ranges of many shards, local or on an object store: local files through a
bounded LRU of open shards (pread, then a memory map once a shard is read often; open files stay at
`max_open` however many shards), `s3://...` and other fsspec URLs through HTTP range reads. A folder's `manifest.json` (written by
`pipeline.pack`) gives every shard's token count in one read, so start-up does not open each
shard. The training consumer imports this module and never Ray.
"""
from __future__ import annotations

import glob
import json
import mmap
import os
import posixpath
import re
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


# ---- manifest ------------------------------------------------------------------------------------

def encode_manifest(shards: Sequence[dict], dtype: np.dtype, **extra) -> bytes:
    """manifest.json: {"format", "dtype", "num_tokens", "max_token_id", "shards": [{"name",
    "num_tokens", "max_token_id"}, ...], **extra}; shard names are relative to the folder."""
    shards = [dict(s) for s in shards]
    doc = {"format": "llm.c token shards", "dtype": np.dtype(dtype).name,
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
    except (ValueError, KeyError, TypeError) as error:
        raise ShardError(f"{name}: not a shard manifest ({error}); delete it and re-run `pipeline run` "
                         "to write it again") from None
    return doc


# ---- reading many shards -------------------------------------------------------------------------

@dataclass(frozen=True)
class Shard:
    path: str          # local path or fsspec URL path
    num_tokens: int

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
        self.shards: list[Shard] = shards
        self.dtype: np.dtype = next(iter(dtypes))
        self.num_tokens = sum(s.num_tokens for s in shards)
        self._maps: OrderedDict[int, _OpenShard] = OrderedDict()
        self._checked: set[int] = set()  # shards whose header this process has checked
        self._lock = threading.Lock()  # grain reads records from several threads

    # ---- discovery ------------------------------------------------------------------------

    def _discover(self, text: str) -> tuple[list[Shard], dict]:
        if _is_url(text):
            import fsspec

            fs, root = fsspec.core.url_to_fs(text)
            if self.fs is not None and type(fs) is not type(self.fs):
                raise ValueError(f"{text}: all inputs must be on one filesystem")
            self.fs = fs
            if glob.has_magic(root):
                paths = sorted(p for p in fs.glob(root) if fs.isfile(p))
            elif fs.isdir(root):
                manifest = self._manifest(root)
                if manifest is not None:
                    return manifest
                paths = sorted(p for p in fs.ls(root, detail=False) if p.endswith(".bin")
                               and not posixpath.basename(p).startswith("."))
            elif fs.isfile(root):
                paths = [root]
            else:
                raise FileNotFoundError(f"{text}: no such object or prefix")
            if not paths:
                raise FileNotFoundError(f"{text}: no token shards (*.bin) found")
            sizes = [fs.size(p) for p in paths] if len(paths) < 2 else _sizes(fs, paths)
            heads = fs.cat_ranges(paths, [0] * len(paths), [HEADER_BYTES] * len(paths))
            headers = [parse_header(h, size, f"{fs.unstrip_protocol(p)}")
                       for p, h, size in zip(paths, heads, sizes)]
        else:
            if text.startswith("file://"):
                text = text[len("file://"):]
            if glob.has_magic(text):
                paths = sorted(p for p in glob.glob(text) if os.path.isfile(p))
            elif os.path.isdir(text):
                manifest = self._manifest(text)
                if manifest is not None:
                    return manifest
                paths = sorted(str(p) for p in Path(text).glob("*.bin"))
            elif os.path.isfile(text):
                paths = [text]
            else:
                raise FileNotFoundError(f"{text}: no such file or folder; pass a tokens folder such as "
                                        "out/CC-MAIN-2024-10/tokens")
            if not paths:
                raise FileNotFoundError(f"{text}: no token shards (*.bin) found; `pipeline run` writes "
                                        "them to out/<SNAPSHOT>/tokens")
            headers = [read_header(p) for p in paths]  # 1 KB each; raises ShardError naming the file
        dtypes = {}
        for path, header in zip(paths, headers):
            dtypes.setdefault(header.dtype, path)
        return [Shard(p, h.num_tokens) for p, h in zip(paths, headers)], dtypes

    def _manifest(self, folder: str) -> tuple[list[Shard], dict] | None:
        exists = self.fs.exists if self.fs is not None else os.path.exists
        join = posixpath.join if self.fs is not None else os.path.join
        path = join(folder, MANIFEST_NAME)
        if not exists(path):
            if exists(join(folder, PACK_PLAN_NAME)):
                raise ShardError(f"{folder}: shards are being packed ({PACK_PLAN_NAME} without "
                                 f"{MANIFEST_NAME}); re-run the `pipeline run` command to finish it")
            return None
        raw = self.fs.cat_file(path) if self.fs is not None else Path(path).read_bytes()
        manifest = decode_manifest(raw, path)
        if not manifest["shards"]:
            raise FileNotFoundError(f"{path}: lists no token shards (the run kept no documents)")
        self.manifest = manifest
        dtype = np.dtype(manifest["dtype"])
        shards = [Shard(join(folder, s["name"]), s["num_tokens"]) for s in manifest["shards"]]
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
                    raw = os.pread(entry.fd, count * size, HEADER_BYTES + start * size)
                    return np.frombuffer(raw, dtype=self.dtype)
                # a plain ndarray over an mmap (which keeps its own fd): np.memmap slices cost microseconds
                buffer = mmap.mmap(entry.fd, 0, access=mmap.ACCESS_READ)
                entry.view = np.frombuffer(buffer, dtype=self.dtype, count=self.shards[index].num_tokens,
                                           offset=HEADER_BYTES)
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
        firsts = [HEADER_BYTES + s * size for s in starts]
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
