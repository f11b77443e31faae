"""Token ranges of many shards (`pipeline.shards`' formats: llm.c's, Megatron's), local or on an
object store: local files through a bounded LRU of open shards (pread, then a memory map once a
shard is read often; open files stay at `max_open` however many shards), `s3://...` and other
fsspec URLs through HTTP range reads. The training consumers (`pipeline.train`) read through
`ShardSet` and never import Ray.
"""
from __future__ import annotations

import glob
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

from pipeline.shards import (DEFAULT_MAX_OPEN, FORMAT_LLMC, FORMAT_MEGATRON, FORMAT_NAME,
                             HEADER_BYTES, MANIFEST_NAME, MAP_AFTER_READS, PACK_PLAN_NAME,
                             SHARD_HINT, MegatronIndex, ShardError, decode_format, decode_manifest,
                             decode_megatron_index, megatron_index_path, parse_header, read_header)


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
                                 f"{header.dtype.name}). {SHARD_HINT}")
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
