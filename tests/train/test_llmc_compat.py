"""Which llm.c readers take which of our shards, checked against ports of their header checks.

Ports (line by line, same arithmetic) of llm.c master:
- `llmc/dataloader.h` (the C/CUDA trainers): `dataloader_load_shard_`, the shard check in
  `dataloader_init`, and `dataloader_load_batch`;
- `train_gpt2.py` and `train_llama3.py`: `_peek_data_shard` / `_load_data_shard`.
A shard our writer makes from a tokenizer whose vocabulary fits 16 bits (a small `.tiktoken`) passes
the C loader and train_gpt2.py and yields the same batches as ours; cl100k_base's uint32 shards
pass only train_llama3.py (and ours).
"""
from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest

from pipeline.shards import encode_shard
from pipeline.train import TokenShardLoader
from tests.train.conftest import SMALL_VOCAB_RANKS

HEADER_SIZE = 256
REPO = Path(__file__).resolve().parents[2]


class CExit(Exception):
    """llm.c printed this and called exit(EXIT_FAILURE)."""


class CAssert(Exception):
    """An assert() in llm.c fired (abort)."""


# ---- llmc/dataloader.h ----------------------------------------------------------------------------

def c_dataloader_load_shard(filename, B, T, num_processes=1):
    """dataloader_load_shard_: returns (ntok, shard_num_samples) or raises as the C code exits."""
    sizeof_int, sizeof_uint16 = 4, 2
    with open(filename, "rb") as tokens_file:
        raw = tokens_file.read(HEADER_SIZE * sizeof_int)   # freadCheck(header, sizeof(int), HEADER_SIZE, ...)
        if len(raw) != HEADER_SIZE * sizeof_int:
            raise CExit("Error: File read error")           # freadCheck on a short read
        header = struct.unpack(f"<{HEADER_SIZE}i", raw)     # int header[HEADER_SIZE] on x86-64 / aarch64
        if header[0] != 20240520:
            raise CExit("Bad magic in the data file")
        if header[1] != 1:
            raise CExit("Bad version in data file")
        ntok = header[2]                                    # int64_t ntok = header[2]
        if not ntok > 0:
            raise CAssert("ntok > 0")
        file_size_bytes = tokens_file.seek(0, 2)            # fseek(SEEK_END); ftell
        expected_file_size = HEADER_SIZE * sizeof_int + ntok * sizeof_uint16
        if file_size_bytes != expected_file_size:
            raise CExit("Error: file size is not as expected")
    total_batch_size_bytes = num_processes * (B * T) * sizeof_uint16
    shard_num_samples = (ntok * sizeof_uint16 - sizeof_uint16) // total_batch_size_bytes
    return ntok, shard_num_samples


def c_dataloader_init_check(filenames, B, T, num_processes=1):
    """The loop in dataloader_init that inspects every shard before training starts."""
    ntok_total = 0
    for filename in filenames:
        shard_ntok, _ = c_dataloader_load_shard(filename, B, T, num_processes)
        if not shard_ntok >= num_processes * B * T + 1:
            raise CAssert("shard_ntok >= num_processes * B * T + 1")
        ntok_total += shard_ntok
    return ntok_total


def c_dataloader_load_batch(filename, idx, B, T, process_rank=0, num_processes=1):
    """dataloader_load_batch without shuffling: inputs and targets of sample `idx`, as (B, T)."""
    header_bytes = HEADER_SIZE * 4
    total_batch_size_bytes = num_processes * (B * T) * 2
    local_batch_offset_bytes = process_rank * B * T * 2
    current_offset = header_bytes + idx * total_batch_size_bytes + local_batch_offset_bytes
    with open(filename, "rb") as f:
        f.seek(current_offset)
        buffer = np.frombuffer(f.read((B * T + 1) * 2), dtype="<u2")  # freadCheck(buffer, 2, B*T+1)
    inputs = buffer[:-1].astype(np.int32).reshape(B, T)
    targets = buffer[1:].astype(np.int32).reshape(B, T)
    return inputs, targets


# ---- train_gpt2.py and train_llama3.py ------------------------------------------------------------

def py_load_data_shard(filename, magic, version, dtype):
    with open(filename, "rb") as f:
        header = np.frombuffer(f.read(256 * 4), dtype=np.int32)
        if header[0] != magic:
            raise CExit("ERROR: magic number mismatch in the data .bin file!")
        if header[1] != version:
            raise CAssert("unsupported version")
        ntok = header[2]
        tokens = np.frombuffer(f.read(), dtype=dtype)
    if len(tokens) != ntok:
        raise CAssert("number of tokens read does not match header?")
    return tokens


def train_gpt2_py(filename):
    return py_load_data_shard(filename, 20240520, 1, np.uint16)


def train_llama3_py(filename):
    return py_load_data_shard(filename, 20240801, 7, np.uint32)


# ---- the shards ----------------------------------------------------------------------------------

def readme_documents() -> list[str]:
    return [p.strip() for p in (REPO / "README.md").read_text(encoding="utf-8").split("\n\n") if p.strip()]


def shard_from(tokenizer, folder: Path) -> Path:
    """What the finish phase writes: [eot] + tokens per document, through pipeline.shards."""
    tokens = np.concatenate(tokenizer.encode_documents(readme_documents())).astype(tokenizer.dtype)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "shard_000000_0000.bin"
    path.write_bytes(encode_shard(tokens))
    return path


def test_a_16_bit_vocabulary_makes_shards_the_llmc_c_loader_reads(small_tiktoken, tmp_path):
    from stages.tokenize import TokenizeSettings, Tokenizer

    tokenizer = Tokenizer(TokenizeSettings(encoding=str(small_tiktoken)))
    assert tokenizer.encoding.n_vocab == SMALL_VOCAB_RANKS + 1 and tokenizer.dtype == np.uint16
    path = shard_from(tokenizer, tmp_path / "tok")
    B, T = 4, 64
    ntok, samples = c_dataloader_load_shard(path, B, T)
    assert c_dataloader_init_check([path], B, T) == ntok > 10 * B * T
    ours = TokenShardLoader(path, batch_size=B, seq_len=T, shuffle=False)
    assert ours.num_tokens == ntok and len(ours) == samples          # same batches per epoch, too
    for idx in range(samples):
        inputs, targets = c_dataloader_load_batch(path, idx, B, T)
        x, y = ours.batch(0, idx)
        np.testing.assert_array_equal(inputs, x)
        np.testing.assert_array_equal(targets, y)
    tokens = train_gpt2_py(path)
    assert len(tokens) == ntok and tokens[0] == tokenizer.eot
    assert tokenizer.decode(tokens[1:40]).startswith(readme_documents()[0][:20])
    with pytest.raises(CExit, match="magic number mismatch"):
        train_llama3_py(path)


def test_cl100k_shards_are_for_train_llama3_py_only(tmp_path):
    from stages.tokenize import Tokenizer

    tokenizer = Tokenizer()  # the default, cl100k_base: 100,277 ids need uint32
    assert tokenizer.dtype == np.uint32
    path = shard_from(tokenizer, tmp_path / "tok")
    with pytest.raises(CExit, match="Bad magic in the data file"):
        c_dataloader_load_shard(path, 4, 64)
    with pytest.raises(CExit, match="magic number mismatch"):
        train_gpt2_py(path)
    tokens = train_llama3_py(path)
    np.testing.assert_array_equal(tokens, np.asarray(TokenShardLoader(path, 1, 8).files.read(0, 0, len(tokens))))


def test_the_c_port_rejects_what_llmc_rejects(tmp_path):
    header = np.zeros(256, dtype="<i4")
    header[:3] = 20240520, 1, 100
    body = np.arange(100, dtype="<u2").tobytes()
    cases = {"truncated": (header.tobytes() + body[:-2], CExit, "file size is not as expected"),
             "empty": (np.array([20240520, 1, 0] + [0] * 253, dtype="<i4").tobytes(), CAssert, "ntok > 0"),
             "version": (np.array([20240520, 7, 100] + [0] * 253, dtype="<i4").tobytes() + body, CExit, "Bad version"),
             "short": (header.tobytes()[:500], CExit, "File read error")}
    for name, (data, error, message) in cases.items():
        path = tmp_path / f"{name}.bin"
        path.write_bytes(data)
        with pytest.raises(error, match=message):
            c_dataloader_load_shard(path, 1, 8)
    good = tmp_path / "good.bin"
    good.write_bytes(header.tobytes() + body)
    with pytest.raises(CAssert, match="shard_ntok >= num_processes"):
        c_dataloader_init_check([good], B=4, T=32)                     # 100 tokens < 4 * 32 + 1
