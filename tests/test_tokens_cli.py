"""Tokens for any trainer, through the real CLI on the sample run's output: train a vocabulary
(`pipeline train-tokenizer`), re-tokenize the run (`pipeline tokenize`), read every shard with a C
reader that applies llm.c's header checks and with Megatron-core's own IndexedDataset, pack, and
train (`pipeline train`) for a few steps on the result."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow.dataset as ds
import pytest

from pipeline.shard_set import ShardSet
from pipeline.shards import token_index_schema
from stages.tokenize import load_encoding
from tests.conftest import REPO, run_cli

VOCAB = 4096


def documents(run: Path) -> list[dict]:
    """The run's kept documents in the order it wrote them."""
    return ds.dataset(run / "documents", format="parquet").to_table(
        columns=["doc_id", "text"]).to_pylist()


def index_rows(tokens: Path) -> list[dict]:
    return ds.dataset(tokens / "index", format="parquet").to_table().to_pylist()


def shard_bytes(tokens: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(tokens.iterdir()) if p.suffix in (".bin", ".idx")}


def document_tokens(tokens: Path) -> dict[int, np.ndarray]:
    """doc_id -> its tokens, found through the index (each shard read with pipeline.shards)."""
    shards = ShardSet(tokens)
    number = {s.name: i for i, s in enumerate(shards.shards)}
    return {row["doc_id"]: shards.read(number[row["shard"]], row["offset"], row["offset"] + row["tokens"])
            for row in index_rows(tokens)}


@pytest.fixture(scope="module")
def trained(sample_run, tmp_path_factory) -> Path:
    """A 4,096-id vocabulary trained on the sample run's kept documents, through the CLI."""
    output = tmp_path_factory.mktemp("vocab") / "sample4k.tiktoken"
    result = run_cli("train-tokenizer", str(sample_run), "--vocab-size", str(VOCAB), "--output", str(output),
                     "--no-progress")
    assert result.returncode == 0, result.stderr
    assert f"trained {VOCAB:,} ids (1 special)" in result.stdout
    return output


@pytest.fixture(scope="module")
def retokenized(sample_run, trained, tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("retokenized")
    result = run_cli("tokenize", str(sample_run), "--tokenizer", str(trained), "--output", str(output),
                     "--shard-tokens", "10000", "--no-progress")
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="module")
def c_reader(tmp_path_factory) -> Path:
    binary = tmp_path_factory.mktemp("c") / "llmc_reader"
    subprocess.run(["gcc", "-O2", "-Wall", "-Werror", "-o", str(binary),
                    str(REPO / "tests" / "train" / "llmc_reader.c")], check=True)
    return binary


def test_the_card_names_the_run_it_was_trained_on(sample_run, trained):
    card = json.loads(trained.with_suffix(".json").read_text())
    assert card["source"]["run"] == {
        "folder": str(sample_run.resolve()),
        "config_sha256": hashlib.sha256((sample_run / "config.json").read_bytes()).hexdigest()}
    assert card["source"]["documents"] == len(documents(sample_run))
    assert card["source"]["characters"] == sum(min(len(d["text"]), 10_000) for d in documents(sample_run))
    assert card["vocab_size"] == VOCAB and card["special_tokens"] == {"<|endoftext|>": VOCAB - 1}


def test_trained_shards_pass_llmc_header_checks_and_round_trip(sample_run, trained, retokenized, c_reader):
    tokens = retokenized / "tokens"
    described = json.loads((tokens / "format.json").read_text())
    assert (described["format"], described["dtype"], described["vocab_size"], described["eot_token"]) == (
        "llmc", "uint16", VOCAB, VOCAB - 1)
    assert described["tokenizer"]["ranks_sha256"] == hashlib.sha256(trained.read_bytes()).hexdigest()
    assert described["tokenizer"]["card"]["vocab_size"] == VOCAB
    paths = sorted(str(p) for p in tokens.glob("*.bin"))
    assert len(paths) > 3  # --shard-tokens 10000 cut files into several shards
    result = subprocess.run([str(c_reader), str(VOCAB - 1), *paths], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert len(lines) == len(paths)
    docs = documents(sample_run)
    assert sum(int(line.split(" eot=")[1].split()[0]) for line in lines) == len(docs)  # one eot per document
    for path, line in zip(paths, lines):
        body = np.fromfile(path, dtype="<u2", offset=1024)
        assert line == f"{path} ntok={len(body)} eot={(body == VOCAB - 1).sum()} sum={int(body.sum(dtype=np.int64))} max={body.max()}"
    # every kept document decodes to its text, in the run's order
    encoding = load_encoding(str(trained))
    by_doc = document_tokens(tokens)
    assert [r["doc_id"] for r in index_rows(tokens)] == [d["doc_id"] for d in docs]
    for doc in docs:
        ids = by_doc[doc["doc_id"]]
        assert ids[0] == VOCAB - 1 and encoding.decode(ids[1:].tolist()) == doc["text"]


def test_cl100k_uint32_shards_are_what_llmc_refuses(sample_run, c_reader):
    """The run's own cl100k_base shards (uint32, version 7): llm.c's C loader exits on them."""
    path = sorted((sample_run / "tokens").glob("*.bin"))[0]
    result = subprocess.run([str(c_reader), "100257", str(path)], capture_output=True, text=True)
    assert result.returncode == 1 and result.stdout == "Bad magic in the data file\n"


def test_retokenizing_with_the_runs_own_tokenizer_gives_the_runs_bytes(sample_run, tmp_path):
    result = run_cli("tokenize", str(sample_run), "--output", str(tmp_path), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert shard_bytes(tmp_path / "tokens") == shard_bytes(sample_run / "tokens")
    for part in sorted((sample_run / "tokens" / "index").glob("*.parquet")):
        assert (tmp_path / "tokens" / "index" / part.name).read_bytes() == part.read_bytes()
    assert ds.dataset(tmp_path / "tokens" / "index").schema.equals(token_index_schema())
    # cl100k_base round trip for every kept document
    encoding = load_encoding("cl100k_base")
    by_doc = document_tokens(tmp_path / "tokens")
    for doc in documents(sample_run):
        assert encoding.decode(by_doc[doc["doc_id"]][1:].tolist()) == doc["text"]
    # the same command again: nothing to do, nothing changes
    again = run_cli("tokenize", str(sample_run), "--output", str(tmp_path), "--no-progress")
    assert again.returncode == 0 and "(0 now)" in again.stdout
    # another tokenizer into the same folder is refused in one line
    other = run_cli("tokenize", str(sample_run), "--output", str(tmp_path), "--format", "megatron")
    assert other.returncode == 2 and "other format" in other.stderr and other.stderr.count("\n") == 1


def test_megatron_format_is_read_by_megatron_core_then_packed_and_trained(sample_run, trained, tmp_path):
    from megatron.core.datasets.indexed_dataset import IndexedDataset

    output = tmp_path / "megatron"
    result = run_cli("tokenize", str(sample_run), "--tokenizer", str(trained), "--output", str(output),
                     "--format", "megatron", "--shard-tokens", "30000", "--no-progress")
    assert result.returncode == 0, result.stderr
    tokens = output / "tokens"
    encoding = load_encoding(str(trained))
    texts = {d["doc_id"]: d["text"] for d in documents(sample_run)}
    rows = index_rows(tokens)
    seen = 0
    for prefix in sorted({r["shard"][:-len(".bin")] for r in rows}):
        dataset = IndexedDataset(str(tokens / prefix))  # Megatron-core's own reader, mmap
        mine = [r for r in rows if r["shard"] == f"{prefix}.bin"]
        assert len(dataset) == len(mine) and list(dataset.document_indices) == list(range(len(mine) + 1))
        assert dataset.index.dtype == np.uint16
        for i, row in enumerate(mine):
            sequence = dataset[i]
            assert len(sequence) == row["tokens"] and sequence[-1] == VOCAB - 1  # --append-eod's place
            assert encoding.decode(sequence[:-1].tolist()) == texts[row["doc_id"]]
            seen += 1
    assert seen == len(texts)
    packed = run_cli("pack", str(output), "--shard-tokens", "60000")
    assert packed.returncode == 0, packed.stderr
    manifest = json.loads((tokens / "manifest.json").read_text())
    assert manifest["format"] == "megatron" and manifest["vocab_size"] == VOCAB
    assert sorted(p.name for p in tokens.glob("*.idx")) == [f"packed_{i:06d}.idx" for i in range(len(manifest["shards"]))]
    for entry in manifest["shards"]:
        assert len(IndexedDataset(str(tokens / entry["name"][:-4])).index.sequence_lengths) > 0
    by_doc = document_tokens(tokens)  # the index now points into the packed datasets
    assert all(encoding.decode(by_doc[d][:-1].tolist()) == texts[d] for d in texts)
    train = run_cli("train", "--data", str(tokens), "--steps", "3", "--batch-size", "2", "--seq-len", "32",
                    "--log-every", "1", "--device", "cpu")
    assert train.returncode == 0, train.stderr
    assert f"vocab_size {VOCAB} from the shards' manifest" in train.stdout
    assert "(uint16)" in train.stdout and "step      3/3" in train.stdout


def test_pipeline_train_on_retokenized_llmc_shards_takes_the_vocabulary_from_the_manifest(retokenized, tmp_path):
    packed = tmp_path / "packed"
    shutil.copytree(retokenized, packed)
    result = run_cli("pack", str(packed), "--shard-tokens", "100000")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((packed / "tokens" / "manifest.json").read_text())
    assert (manifest["format"], manifest["dtype"], manifest["vocab_size"]) == ("llmc", "uint16", VOCAB)
    assert manifest["tokenizer"]["card"]["ranks_sha256"] == manifest["tokenizer"]["ranks_sha256"]
    assert ShardSet(packed / "tokens").description["vocab_size"] == VOCAB  # what `pipeline train` reads
    train = run_cli("train", "--data", str(retokenized / "tokens"), "--steps", "3", "--batch-size", "2",
                    "--seq-len", "32", "--log-every", "1", "--device", "cpu")
    assert train.returncode == 0, train.stderr
    assert f"vocab_size {VOCAB} from the shards' manifest (tokenizer sample4k" in train.stdout
    assert "'vocab_size': 4096" in train.stdout and "done: steps 3" in train.stdout


def test_kill_9_mid_tokenize_then_rerun_gives_identical_bytes(sample_run, trained, tmp_path):
    """A run folder of 40 WARC files' documents (the sample's three, repeated), tokenized once
    straight and once killed after a few files and repeated: the same bytes."""
    source = tmp_path / "run"
    (source / "documents").mkdir(parents=True)
    (source / "progress").mkdir()
    for name in ("config.json", "progress/run.json"):
        shutil.copy(sample_run / name, source / name)
    parts = sorted((sample_run / "documents").glob("part-*.parquet"))
    for i in range(40):
        shutil.copy(parts[i % len(parts)], source / "documents" / f"part-{i:06d}.parquet")
    args = ["tokenize", str(source), "--tokenizer", str(trained), "--no-progress", "--shard-tokens", "20000"]
    straight = tmp_path / "straight"
    assert run_cli(*args, "--output", str(straight)).returncode == 0
    killed = tmp_path / "killed"
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args, "--output", str(killed)], cwd=REPO,
                               start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while len(list((killed / "progress").glob("tokenize-*.json"))) < 3:
        assert process.poll() is None, "finished before the kill point"
        assert time.time() < deadline
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    # Ray's workers have process groups of their own: a task in flight may still finish (and
    # write its file whole) before they go, within seconds, with the killed run's raylet
    wait_for_session_to_end(process.pid)
    done = len(list((killed / "progress").glob("tokenize-*.json")))
    assert 3 <= done < 40 and not (killed / "progress" / "tokenize.json").exists()
    rerun = run_cli(*args, "--output", str(killed))
    assert rerun.returncode == 0, rerun.stderr
    assert f"({40 - done} now)" in rerun.stdout
    assert shard_bytes(killed / "tokens") == shard_bytes(straight / "tokens")
    for part in sorted((straight / "tokens" / "index").iterdir()):
        assert (killed / "tokens" / "index" / part.name).read_bytes() == part.read_bytes()
    assert (killed / "tokens" / "format.json").read_bytes() == (straight / "tokens" / "format.json").read_bytes()


def wait_for_session_to_end(session: int, timeout: float = 60) -> None:
    """Until no process of the session `session` (a killed command's, and its Ray's) is left."""
    import psutil

    deadline = time.time() + timeout
    while True:
        left = []
        for process in psutil.process_iter():
            try:
                if os.getsid(process.pid) == session and process.status() != psutil.STATUS_ZOMBIE:
                    left.append(process.pid)
            except (OSError, psutil.Error):
                pass
        if not left:
            return
        assert time.time() < deadline, f"processes of the killed run still alive: {left}"
        time.sleep(0.1)


def copied_run(sample_run: Path, folder: Path, files: int) -> Path:
    """A finished run's folder holding `files` WARC files' documents (the sample's three, repeated)."""
    (folder / "documents").mkdir(parents=True)
    (folder / "progress").mkdir()
    for name in ("config.json", "progress/run.json"):
        shutil.copy(sample_run / name, folder / name)
    parts = sorted((sample_run / "documents").glob("part-*.parquet"))
    for i in range(files):
        shutil.copy(parts[i % len(parts)], folder / "documents" / f"part-{i:06d}.parquet")
    return folder


def token_files(output: Path) -> dict[str, bytes]:
    """Every file under tokens/ (shards, index parts, format.json) by its relative path."""
    return {str(p.relative_to(output)): p.read_bytes()
            for p in sorted((output / "tokens").rglob("*")) if p.is_file()}


def test_ray_tasks_write_the_serial_bytes_with_1_and_2_cpus_and_a_failed_file_is_retried(
        sample_run, trained, tmp_path):
    """`pipeline tokenize` runs one Ray task per file: with --num-cpus 1 and 2 it writes the bytes
    the serial, in-process tokenize_run writes; a file whose documents cannot be read fails alone
    (exit 3, named in one line, no done marker) and the same command retries just that file."""
    from pipeline.retokenize import tokenize_run
    from stages.tokenize import TokenizeSettings

    source = copied_run(sample_run, tmp_path / "run", 8)
    serial = tmp_path / "serial"
    summary = tokenize_run(str(source), str(serial), TokenizeSettings(encoding=str(trained)),
                           shard_tokens=10000)  # no `each`: in this process, file after file
    assert summary["failed"] == [] and summary["done"] == 8
    expected = token_files(serial)
    assert sum(name.endswith(".bin") for name in expected) > 8  # several shards per file
    args = ["tokenize", str(source), "--tokenizer", str(trained), "--no-progress", "--shard-tokens", "10000"]

    one = tmp_path / "one"
    result = run_cli(*args, "--num-cpus", "1", "--output", str(one))
    assert result.returncode == 0, result.stderr
    assert "tokenized 8 of 8 files (8 now)" in result.stdout
    assert token_files(one) == expected

    two = tmp_path / "two"
    good = (source / "documents" / "part-000005.parquet").read_bytes()
    (source / "documents" / "part-000005.parquet").write_bytes(good[: len(good) // 2])  # cut short
    failed = run_cli(*args, "--num-cpus", "2", "--output", str(two))
    assert failed.returncode == 3, failed.stderr
    lines = [line for line in failed.stderr.splitlines() if line.startswith("pipeline tokenize: failed")]
    assert len(lines) == 1 and lines[0].startswith("pipeline tokenize: failed: part-000005.parquet: "), failed.stderr
    assert "Traceback" not in failed.stderr
    assert "tokenized 7 of 8 files (7 now)" in failed.stdout
    assert not (two / "progress" / "tokenize-000005.json").exists()
    assert not (two / "progress" / "tokenize.json").exists()
    (source / "documents" / "part-000005.parquet").write_bytes(good)
    again = run_cli(*args, "--num-cpus", "2", "--output", str(two))
    assert again.returncode == 0, again.stderr
    assert "tokenized 8 of 8 files (1 now)" in again.stdout
    assert token_files(two) == expected
    assert (two / "progress" / "tokenize.json").exists()


def test_a_bad_pipeline_num_cpus_is_one_line_before_ray(tmp_path):
    """PIPELINE_NUM_CPUS (the default of --num-cpus) that is no positive integer: one line, exit 2,
    no Ray; --num-cpus given overrides it."""
    env = os.environ | {"PIPELINE_NUM_CPUS": "2.5", "RAY_TMPDIR": str(tmp_path / "ray-tmp")}
    bad = run_cli("tokenize", str(tmp_path / "no-run"), "--output", str(tmp_path / "out"), env=env)
    assert bad.returncode == 2, bad.stderr
    assert bad.stderr == "pipeline tokenize: error: PIPELINE_NUM_CPUS must be a positive integer, got '2.5'\n"
    assert not (tmp_path / "ray-tmp").exists()
    overridden = run_cli("tokenize", str(tmp_path / "no-run"), "--output", str(tmp_path / "out"),
                         "--num-cpus", "1", env=env)
    assert "PIPELINE_NUM_CPUS" not in overridden.stderr


def test_ctrl_c_mid_tokenize_is_one_line_and_a_killed_drivers_ray_is_stopped(sample_run, trained, tmp_path):
    """Ctrl-C in the middle of `pipeline tokenize`: one line, exit 130, no traceback, Ray shut
    down (it gave a traceback, or went on to exit 0, by when it landed). A driver killed alone
    (kill -9 of its pid, not its group) leaves Ray's processes: the next tokenize into the same
    output stops them (nothing did before: tokenize kept no record of them). Both re-runs give
    the straight run's bytes."""
    source = copied_run(sample_run, tmp_path / "run", 30)
    args = ["tokenize", str(source), "--tokenizer", str(trained), "--no-progress", "--shard-tokens", "20000"]
    straight = tmp_path / "straight"
    assert run_cli(*args, "--output", str(straight)).returncode == 0
    for how, output in (("ctrl-c", tmp_path / "interrupted"), ("kill -9", tmp_path / "killed")):
        process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args, "--output", str(output)],
                                   cwd=REPO, start_new_session=True, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 120
        while len(list((output / "progress").glob("tokenize-*.json"))) < 2:
            assert process.poll() is None, "finished before the kill point"
            assert time.time() < deadline
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGINT if how == "ctrl-c" else signal.SIGKILL)
        _, stderr = process.communicate(timeout=120)
        if how == "ctrl-c":
            assert process.returncode == 130, stderr
            assert "pipeline tokenize: interrupted; re-run the same command to resume" in stderr
            assert "Traceback" not in stderr, stderr
            wait_for_session_to_end(process.pid)  # its own clean-up shut Ray down
        rerun = run_cli(*args, "--output", str(output))
        assert rerun.returncode == 0, rerun.stderr
        wait_for_session_to_end(process.pid, timeout=30)
        assert token_files(output) == token_files(straight)


def test_ctrl_c_in_pack_is_one_line_and_exit_130(monkeypatch, capsys):
    """`pipeline pack` and `pipeline tokenize` stopped by Ctrl-C: one line, exit 130 (pack gave
    a KeyboardInterrupt traceback)."""
    import pipeline.pack
    from pipeline import cli

    def interrupted(argv):
        raise KeyboardInterrupt
    monkeypatch.setattr(pipeline.pack, "main", interrupted)
    assert cli.main(["pack", "somewhere"]) == 130
    assert capsys.readouterr().err == "pipeline pack: interrupted; re-run the same command to resume\n"
