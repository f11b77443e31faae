"""pipeline/outputs.py: one WARC file's documents and shards, one folder per language, and a
second finish of the same file (other dedup labels) leaving nothing of the first behind."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.outputs import FileOutputs, language_folders, per_language
from pipeline.recipe import Recipe
from pipeline.shards import open_shard
from pipeline.storage import Storage

SCHEMA = pa.schema([("doc_id", pa.int64()), ("url", pa.string()), ("text", pa.string()),
                    ("language_script", pa.string()), ("tokens", pa.int32()),
                    ("shard", pa.string()), ("token_offset", pa.int64())])


# What the shards hold (the tokenize step's shard_spec): each document's tokens start with 0.
SPEC = {"format": "llmc", "vocab_size": 100, "eot_token": 0}


def write(storage, documents, per_language=True, rewrite=False, shard_tokens=10):
    outputs = FileOutputs(storage, 7, SCHEMA, shard_tokens, per_language, SPEC)
    for doc_id, code, n in documents:
        outputs.add({"doc_id": doc_id, "url": f"https://x/{doc_id}", "text": "t",
                     "language_script": code, "tokens": n}, np.arange(n, dtype=np.uint32))
    return outputs.close(rewrite=rewrite)


def test_one_folder_per_language_and_a_rewrite_removes_what_is_gone(tmp_path):
    storage = Storage(str(tmp_path))
    assert write(storage, [(1, "deu_Latn", 6), (2, "fra_Latn", 4), (3, "deu_Latn", 6)]) == 3
    assert language_folders(storage) == ["deu_Latn", "fra_Latn"]
    german = pq.read_table(tmp_path / "documents" / "deu_Latn" / "part-000007.parquet")
    assert german["doc_id"].to_pylist() == [1, 3]
    # 6 + 6 > 10 tokens: two shards, each document at offset 0 of its own
    assert german["shard"].to_pylist() == ["shard_000007_0000.bin", "shard_000007_0001.bin"]
    assert open_shard(tmp_path / "tokens" / "deu_Latn" / "shard_000007_0001.bin").tolist() == \
        list(range(6))
    # finished again: document 3 is gone (a near-duplicate now), and French altogether
    assert write(storage, [(1, "deu_Latn", 6)], rewrite=True) == 1
    assert sorted(p.name for p in (tmp_path / "tokens" / "deu_Latn").glob("*.bin")) == [
        "shard_000007_0000.bin"]
    assert not list((tmp_path / "documents" / "fra_Latn").iterdir())
    assert not list((tmp_path / "tokens" / "fra_Latn").glob("*.bin"))
    assert not list((tmp_path / "tokens" / "fra_Latn" / "index").iterdir())


def test_one_language_writes_the_flat_layout_even_when_empty(tmp_path):
    storage = Storage(str(tmp_path))
    assert write(storage, [], per_language=False) == 0
    assert (tmp_path / "documents" / "part-000007.parquet").is_file()
    assert (tmp_path / "tokens" / "index" / "part-000007.parquet").is_file()


def test_which_runs_write_a_folder_per_language():
    recipe = Recipe.default()
    assert not per_language(recipe)                                 # en
    assert not per_language(recipe.replace("langid", languages=("deu_Latn",)))
    assert per_language(recipe.replace("langid", languages=()))     # all
    assert per_language(recipe.replace("langid", languages=("de", "fr")))
    assert per_language(recipe.replace("langid", languages=("sr",)))  # two scripts
    assert not per_language(recipe.without("langid"))


def test_the_layout_makes_tokens_index_only_for_one_language(tmp_path):
    """A run keeping several languages has only the per-language folders under tokens/ (each
    with its own index/); a one-language run keeps its flat tokens/index/."""
    from pipeline.config import RunConfig
    from pipeline.layout import Layout

    recipe = Recipe.default()
    for name, languages, index in (("en", ("en",), True), ("all", (), False),
                                   ("de-fr", ("de", "fr"), False), ("sr", ("sr",), False)):
        config = RunConfig(snapshot="CC-MAIN-2024-10", data_root=str(tmp_path), name=name,
                           output=str(tmp_path), recipe=recipe.replace("langid", languages=languages))
        Layout(config).make()
        root = tmp_path / name
        assert (root / "tokens" / "index").is_dir() == index, name
        assert (root / "documents").is_dir() and (root / "stats").is_dir()
