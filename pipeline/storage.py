"""The run's output folder: a local (or shared, mounted) path, or an object store URL.

Everything the runner writes goes through `Storage`, so the same code writes to `out/`, to an
NFS mount every Ray node sees, or to `s3://bucket/prefix` (fsspec; `pip install
'cc-pipeline[s3]'` brings s3fs). Every write is all-or-nothing: locally a temporary name renamed
into place, in an object store a single PUT (an object is visible only once complete).
"""
from __future__ import annotations

import io
import os
import posixpath

import pyarrow as pa
import pyarrow.parquet as pq


class StorageError(OSError):
    """An output location that cannot be used; the message names it and the fix."""


class Storage:
    def __init__(self, url: str):
        import fsspec

        try:
            self.fs, self.root = fsspec.core.url_to_fs(url)
        except (ImportError, ValueError) as error:
            scheme = url.split("://", 1)[0]
            raise StorageError(f"{url}: no filesystem for {scheme}:// ({error}); for s3:// "
                               f"install the extra: pip install 'cc-pipeline[s3]'") from None
        self.url = url
        self.is_local = "file" in _protocols(self.fs)

    def __reduce__(self):  # travel to Ray workers as the URL; each process builds its own client
        return (Storage, (self.url,))

    def path(self, relative: str) -> str:
        return posixpath.join(self.root, relative) if relative else self.root

    def child(self, relative: str) -> "Storage":
        return Storage(self.url.rstrip("/") + "/" + relative)

    # --- reading -----------------------------------------------------------------------------

    def exists(self, relative: str) -> bool:
        return self.fs.exists(self.path(relative))

    def read_bytes(self, relative: str) -> bytes:
        return self.fs.cat_file(self.path(relative))

    def read_text(self, relative: str) -> str:
        return self.read_bytes(relative).decode("utf-8")

    def list(self, folder: str, suffix: str = "") -> list[str]:
        """Names (not paths) of the files directly in `folder`, sorted; temporary files left out."""
        try:
            entries = self.fs.ls(self.path(folder), detail=False)
        except FileNotFoundError:
            return []
        names = (posixpath.basename(e.rstrip("/")) for e in entries)
        return sorted(n for n in names if n.endswith(suffix) and not n.startswith("."))

    def read_table(self, relative: str, **kwargs) -> pa.Table:
        return pq.read_table(self.path(relative), filesystem=self.fs, **kwargs)

    def parquet_file(self, relative: str) -> pq.ParquetFile:
        return pq.ParquetFile(self.fs.open(self.path(relative), "rb"))

    # --- writing -----------------------------------------------------------------------------

    def makedirs(self, folder: str) -> None:
        self.fs.makedirs(self.path(folder), exist_ok=True)

    def write_bytes(self, relative: str, data: bytes) -> None:
        target = self.path(relative)
        if not self.is_local:
            self.fs.pipe_file(target, data)
            return
        directory, name = os.path.split(target)
        os.makedirs(directory, exist_ok=True)
        temporary = os.path.join(directory, f".{name}.tmp-{os.getpid()}")
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)

    def write_text(self, relative: str, text: str) -> None:
        self.write_bytes(relative, text.encode("utf-8"))

    def write_table(self, relative: str, table: pa.Table, **kwargs) -> None:
        kwargs.setdefault("compression", "zstd")
        buffer = io.BytesIO()
        pq.write_table(table, buffer, **kwargs)
        self.write_bytes(relative, buffer.getvalue())

    def write_row_groups(self, relative: str, schema: pa.Schema, tables: list[pa.Table]) -> None:
        """One Parquet file with one row group per table (empty ones included), in order."""
        buffer = io.BytesIO()
        with pq.ParquetWriter(buffer, schema, compression="zstd") as writer:
            for table in tables:
                writer.write_table(table)
        self.write_bytes(relative, buffer.getvalue())

    def remove_tree(self, folder: str) -> None:
        if self.exists(folder):
            self.fs.rm(self.path(folder), recursive=True)

    def remove_partial_files(self, folders: list[str], recursive: bool = False) -> None:
        """Temporary files (`.NAME.tmp-PID`) left by a process killed mid-write, in `folders`, and
        with `recursive` in every folder below them too (local only: object stores have none)."""
        if not self.is_local:
            return
        for folder in folders:
            top = self.path(folder)
            if not os.path.isdir(top):
                continue
            walk = os.walk(top) if recursive else [(top, [], os.listdir(top))]
            for directory, _, names in walk:
                for name in names:
                    if name.startswith(".") and ".tmp" in name:
                        os.unlink(os.path.join(directory, name))


def _protocols(fs) -> tuple[str, ...]:
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)
