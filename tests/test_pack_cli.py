"""`pipeline pack` on a real sample run: packed shards hold every document's tokens at the index's
offsets, the loader reads them, and a packed output takes no more runs."""
from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq

from pipeline.shards import open_shard
from stages.tokenize import TokenizeSettings, Tokenizer
from tests.conftest import run_cli


def test_pack_a_finished_run_through_the_cli(sample_run, tmp_path):
    root = tmp_path / sample_run.name
    shutil.copytree(sample_run, root)
    before = sorted(p.name for p in (root / "tokens").glob("shard_*.bin"))
    result = run_cli("pack", str(root), "--shard-tokens", "50000")
    assert result.returncode == 0, result.stderr
    packed = sorted(p.name for p in (root / "tokens").glob("*.bin"))
    assert packed and all(name.startswith("packed_") for name in packed)
    assert len(before) == 3 and len(packed) == 2
    manifest = json.loads((root / "tokens" / "manifest.json").read_text())
    assert [s["name"] for s in manifest["shards"]] == packed
    # the run's tokenizer (from its config.json) is in the manifest, and so the vocabulary size
    assert (manifest["format"], manifest["vocab_size"], manifest["eot_token"]) == ("llmc", 100277, 100257)
    assert manifest["tokenizer"]["name"] == "cl100k_base"
    assert manifest["tokenizer"]["ranks_sha256"] == Tokenizer.fingerprint(TokenizeSettings())["ranks_sha256"]

    index = pq.read_table(root / "tokens" / "index").to_pylist()
    texts = {r["doc_id"]: r["text"] for r in pq.read_table(root / "documents").to_pylist()}
    tokenizer = Tokenizer(TokenizeSettings())
    for row in index:
        tokens = open_shard(root / "tokens" / row["shard"])[row["offset"]:row["offset"] + row["tokens"]]
        assert tokens[0] == tokenizer.eot
        assert tokenizer.encoding.decode(tokens[1:].tolist()) == texts[row["doc_id"]]

    again = run_cli("pack", str(root), "--shard-tokens", "50000")
    assert again.returncode == 0 and sorted(p.name for p in (root / "tokens").glob("*.bin")) == packed
    assert again.stdout.startswith(f"pipeline pack: nothing to pack: {root} was packed before "
                                   f"(2 shards"), again.stdout
    assert "packed 3 shards" in result.stdout
    refused = run_cli("run", "--sample", "--output", str(tmp_path), "--no-progress")
    assert refused.returncode == 2 and "packed by `pipeline pack`" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_pack_refuses_an_unfinished_folder(tmp_path):
    result = run_cli("pack", str(tmp_path))
    assert result.returncode == 2
    assert "not a finished `pipeline run` or `pipeline tokenize` output" in result.stderr
