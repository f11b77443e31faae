"""The kept documents and token shards of one WARC file, as the finish task writes them: in one
folder, or, for a run that keeps several languages, in one folder per language (FineWeb-2's
layout: a trainer picks languages by folder; docs/languages.md).

    one language (the default, --languages en):    several (--languages all, de,fr, sr, ...):
      documents/part-FFFFFF.parquet                  documents/<code>/part-FFFFFF.parquet
      tokens/shard_FFFFFF_NNNN.bin                   tokens/<code>/shard_FFFFFF_NNNN.bin
      tokens/index/part-FFFFFF.parquet               tokens/<code>/index/part-FFFFFF.parquet

`<code>` is the document's language-script code (`language_script`, stages.languages: deu_Latn,
srp_Cyrl). Each folder is what one language's trainer reads: its shards (llm.c format,
or Megatron format: pipeline/shards.py, with format.json), their index and the documents with (shard, token_offset). It knows no Ray
and no step; every file is written whole (pipeline/storage.py).
"""
from __future__ import annotations

import re

import numpy as np
import pyarrow as pa

from pipeline import shards
from pipeline.stats import column_values
from pipeline.storage import Storage
from stages.languages import language_script, wanted_codes

DOCUMENTS, TOKENS = "documents", "tokens"
LANGUAGE_FOLDER = re.compile(r"^[a-z]{3}_[A-Z][a-z]{3}$|^und$")  # stages.languages' codes


def language_folders(storage: Storage, under: str = TOKENS) -> list[str]:
    """The language-script codes `under` (tokens/ or documents/) has a folder for, sorted; []
    for a run with one language."""
    try:
        entries = storage.fs.ls(storage.path(under), detail=True)
    except FileNotFoundError:
        return []
    names = (e["name"].rstrip("/").rsplit("/", 1)[-1] for e in entries if e["type"] == "directory")
    return sorted(n for n in names if LANGUAGE_FOLDER.match(n))


def per_language(recipe) -> bool:
    """Whether a run writes one folder per language: its langid step keeps more than one
    language-script code (every language, a list, or `sr`: srp_Cyrl and srp_Latn)."""
    settings = recipe.settings("langid")
    if settings is None or not hasattr(settings, "languages"):
        return False
    return not settings.languages or len(wanted_codes(settings.languages)) > 1


def document_code(annotations: dict, text: str | None) -> str:
    """The folder of a document: its language_script, else one derived from its language."""
    return (annotations.get("language_script")
            or language_script(annotations.get("language"), text or ""))


class _Folder:
    """One output folder's documents and shards of one WARC file, filled in order."""

    def __init__(self, storage: Storage, documents: str, tokens: str, file_index: int,
                 schema: pa.Schema, shard_tokens: int, shard_spec: dict):
        self.documents, self.tokens = documents, tokens
        self.columns: dict[str, list] = {name: [] for name in schema.names}
        self.writer = shards.TokenShardWriter(storage, tokens, f"shard_{file_index:06d}",
                                              shard_tokens=shard_tokens, **shard_spec)


class FileOutputs:
    """Collects one WARC file's kept documents (`add`, in order) and writes them (`close`).
    `shard_spec`: what the shards hold (the tokenize step's `shard_spec()`)."""

    def __init__(self, storage: Storage, file_index: int, schema: pa.Schema, shard_tokens: int,
                 per_language: bool, shard_spec: dict):
        self.storage, self.file_index, self.schema = storage, file_index, schema
        self.shard_tokens, self.per_language, self.shard_spec = shard_tokens, per_language, shard_spec
        self.folders: dict[str, _Folder] = {}

    def _folder(self, code: str) -> _Folder:
        folder = self.folders.get(code)
        if folder is None:
            documents, tokens = ((f"{DOCUMENTS}/{code}", f"{TOKENS}/{code}") if self.per_language
                                 else (DOCUMENTS, TOKENS))
            folder = self.folders[code] = _Folder(self.storage, documents, tokens, self.file_index,
                                                  self.schema, self.shard_tokens, self.shard_spec)
        return folder

    def add(self, row: dict, tokens: np.ndarray) -> None:
        """One kept document: its row (runner columns and annotations) and its tokens."""
        folder = self._folder(document_code(row, row.get("text")) if self.per_language else "")
        shard, offset = folder.writer.add(tokens)
        row = dict(row, shard=shard, token_offset=offset)
        for name in self.schema.names:
            folder.columns[name].append(row.get(name))

    def close(self, rewrite: bool = False) -> int:
        """Write every folder's last shard, documents and index; remove what an earlier finish of
        the same file wrote and this one does not (fewer shards: TokenShardWriter.close; with
        `rewrite`, a language whose documents of this file are all gone now). Returns the
        documents written."""
        part = f"part-{self.file_index:06d}.parquet"
        if not self.per_language:
            self._folder("")  # one folder, written even when empty (as every run before)
        elif rewrite:
            for code in language_folders(self.storage, DOCUMENTS):
                if code not in self.folders:
                    self._remove_file(f"{DOCUMENTS}/{code}", f"{TOKENS}/{code}", part)
        written = 0
        for folder in self.folders.values():
            folder.writer.close()
            table = pa.table({f.name: column_values(f, folder.columns[f.name])
                              for f in self.schema}, schema=self.schema)
            self.storage.write_table(f"{folder.documents}/{part}", table)
            index = pa.table({"doc_id": table["doc_id"], "url": table["url"],
                              "shard": table["shard"], "offset": table["token_offset"],
                              "tokens": table["tokens"]}, schema=shards.token_index_schema())
            self.storage.write_table(f"{folder.tokens}/index/{part}", index)
            written += table.num_rows
        return written

    def _remove_file(self, documents: str, tokens: str, part: str) -> None:
        for path in (f"{documents}/{part}", f"{tokens}/index/{part}"):
            if self.storage.exists(path):
                self.storage.remove_tree(path)
        number = 0
        while self.storage.exists(f"{tokens}/shard_{self.file_index:06d}_{number:04d}.bin"):
            stale = f"{tokens}/shard_{self.file_index:06d}_{number:04d}.bin"
            for path in (stale, shards.megatron_index_path(stale)):
                if self.storage.exists(path):
                    self.storage.remove_tree(path)
            number += 1
