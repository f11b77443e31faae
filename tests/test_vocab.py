"""pipeline.vocab (`pipeline train-tokenizer`): sources, budgets, the ranks file and its card."""
from __future__ import annotations

import hashlib
import json

import numpy as np

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import tiktoken.load

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import vocab
from pipeline.vocab import TextUsed, VocabSettings, budgeted
from stages.tokenize import TokenizeSettings, Tokenizer, load_encoding
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def langid_texts(shared_data) -> dict[str, list[str]]:
    """A few real sentences in five scripts (../shared/data/langid)."""
    return {lang: (shared_data / "langid" / f"{lang}.txt").read_text(encoding="utf-8").splitlines()[:300]
            for lang in ("en", "de", "ru", "zh", "ar")}


def test_budget_caps_documents_and_the_total_exactly():
    used = TextUsed()
    texts = ["a" * 50, "b" * 5, "c" * 100, "d" * 10]
    out = list(budgeted(texts, VocabSettings(vocab_size=300, max_chars=70, doc_cap=40), used))
    assert out == ["a" * 40, "b" * 5, "c" * 25]
    assert (used.documents, used.characters, used.capped_documents, used.stopped_by) == (3, 70, 2, "max_chars")


def test_budget_stops_before_32_bit_counts_could_overflow(monkeypatch):
    monkeypatch.setattr(vocab, "MAX_COUNT_BYTES", 10)
    used = TextUsed()
    out = list(budgeted(["éé", "abcd", "xyzw"], VocabSettings(vocab_size=300), used))
    assert out == ["éé", "abcd"] and used.bytes == 8 and used.stopped_by == "32-bit count limit"


def test_lone_surrogates_are_replaced_not_fatal():
    used = TextUsed()
    assert list(budgeted(["a\ud800b"], VocabSettings(vocab_size=300), used)) == ["a\ufffdb"]


def test_settings_refuse_what_cannot_train():
    with pytest.raises(ValueError, match="at least 258"):
        VocabSettings(vocab_size=100)
    with pytest.raises(ValueError, match="pattern"):
        VocabSettings(vocab_size=1000, pattern="(unclosed")
    with pytest.raises(ValueError, match="endoftext"):
        VocabSettings(vocab_size=1000, special_tokens=("<|bos|>",))


def test_trained_ranks_are_deterministic_and_tiktoken_loads_them(tmp_path, langid_texts):
    texts = [t for lines in langid_texts.values() for t in lines]
    source = tmp_path / "texts.parquet"
    pq.write_table(pa.table({"text": texts, "other": list(range(len(texts)))}), source)
    first = vocab.train_tokenizer(str(source), str(tmp_path / "a.tiktoken"), VocabSettings(vocab_size=1024),
                                  progress=False)
    second = vocab.train_tokenizer(str(source), str(tmp_path / "b.tiktoken"), VocabSettings(vocab_size=1024),
                                   progress=False)
    ranks = (tmp_path / "a.tiktoken").read_bytes()
    assert ranks == (tmp_path / "b.tiktoken").read_bytes()
    strip = lambda card: {k: v for k, v in card.items() if k not in ("seconds", "name", "ranks_file")}
    assert strip(first) == strip(second)
    loaded = tiktoken.load.load_tiktoken_bpe(str(tmp_path / "a.tiktoken"))  # tiktoken's own reader
    assert len(loaded) == 1023 and sorted(loaded.values()) == list(range(1023))
    assert first["special_tokens"] == {"<|endoftext|>": 1023} and first["vocab_size"] == 1024
    assert first["ranks_sha256"] == hashlib.sha256(ranks).hexdigest()
    assert first["source"]["characters"] == sum(len(t) for t in texts if t)
    assert first["source"]["run"] is None and first["trainer"]["name"] == "rustbpe"
    card_on_disk = json.loads((tmp_path / "a.json").read_text())
    assert card_on_disk == first
    # the card's pattern (digits in pairs) is what encodes, and every language round-trips
    encoding = load_encoding(str(tmp_path / "a.tiktoken"))
    assert encoding._pat_str == vocab.SPLIT_PATTERN and encoding.eot_token == 1023
    assert max(len(encoding.decode([t])) for t in encoding.encode_ordinary("2026 31415926")) <= 2
    for lines in langid_texts.values():
        for line in lines[:50]:
            assert encoding.decode(encoding.encode_ordinary(line)) == line


def test_the_card_is_checked_against_its_ranks(tmp_path, langid_texts):
    source = tmp_path / "en.jsonl"
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in langid_texts["en"]))
    vocab.train_tokenizer(str(source), str(tmp_path / "v.tiktoken"), VocabSettings(vocab_size=600), progress=False)
    fingerprint = Tokenizer.fingerprint(TokenizeSettings(encoding=str(tmp_path / "v.tiktoken")))
    assert set(fingerprint) == {"ranks_sha256", "tiktoken", "card_sha256"}
    card = json.loads((tmp_path / "v.json").read_text())
    card["ranks_sha256"] = "0" * 64
    (tmp_path / "v.json").write_text(json.dumps(card))
    with pytest.raises(ValueError, match="v.json describes ranks with sha256 0000"):
        load_encoding(str(tmp_path / "v.tiktoken"))


def test_jsonl_with_bad_records_trains_on_the_rest_and_says_so(tmp_path, langid_texts):
    source = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"text": t}) for t in langid_texts["de"][:100]]
    lines[3] = "{not json"
    lines[7] = json.dumps({"body": "no text field"})
    source.write_text("\n".join(lines) + "\n")
    result = run_cli("train-tokenizer", str(source), "--vocab-size", "400", "--output",
                     str(tmp_path / "de.tiktoken"), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "skipped 2 malformed record(s); first: " in result.stderr and "mixed.jsonl:4:" in result.stderr
    card = json.loads((tmp_path / "de.json").read_text())
    assert card["source"]["documents"] == 98 and card["source"]["skipped_records"] == 2


@pytest.mark.parametrize("make,expected", [
    (lambda d: pq.write_table(pa.table({"body": ["x"]}), d / "no_text.parquet"), "no_text.parquet: no `text` column"),
    (lambda d: (d / "notes.txt").write_text("x"), "notes.txt: not Parquet"),
    (lambda d: (d / "bad.parquet").write_bytes(b"PAR1 not really"), "bad.parquet: not a readable Parquet file"),
])
def test_unreadable_sources_are_one_line_errors(tmp_path, make, expected):
    make(tmp_path)
    source = next(p for p in tmp_path.iterdir())
    result = run_cli("train-tokenizer", str(source), "--vocab-size", "400", "--output", str(tmp_path / "x.tiktoken"))
    assert result.returncode == 2
    assert expected in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "x.tiktoken").exists()


@pytest.fixture(scope="module")
def small_trained(tmp_path_factory, langid_texts):
    folder = tmp_path_factory.mktemp("small")
    source = folder / "t.jsonl"
    source.write_text("".join(json.dumps({"text": t}) + "\n" for lines in langid_texts.values() for t in lines))
    vocab.train_tokenizer(str(source), str(folder / "t.tiktoken"), VocabSettings(vocab_size=700), progress=False)
    return Tokenizer(TokenizeSettings(encoding=str(folder / "t.tiktoken")))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_round_trips_through_a_trained_vocabulary(small_trained, text):
    [document] = small_trained.encode_documents([text])
    assert document[0] == small_trained.eot == 699 and document.dtype == np.uint16
    assert small_trained.decode(document[1:]) == text
