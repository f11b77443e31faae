"""`pipeline train-tokenizer SOURCE --vocab-size N --output FILE.tiktoken`: train a byte-level BPE
vocabulary on curated text, for tiktoken to encode with.

In: a finished run's output folder (its kept documents, `documents/part-*.parquet`), or Parquet /
JSONL files (or folders of them) with a `text` column, read in order, batch by batch: memory stays
at one batch plus the trainer's table of distinct split pieces. Each document is capped at
`doc_cap` characters and the whole at `max_chars` characters (nanochat: 10,000 and 2B).
Out: `FILE.tiktoken` (tiktoken's ranks format: base64 token, space, rank) and the card `FILE.json`
(split pattern, special tokens and their ids, vocabulary size, source and its config's sha256,
characters used, time), which `stages.tokenize` reads to encode exactly as trained.

rustbpe (nanochat's trainer) does the work: byte-level BPE over GPT-4's split pattern with digits
in groups of at most two (nanochat's), ties broken by the lower pair, so the same text and
settings give the same ranks, byte for byte. Chosen over bpeasy by measurement (BENCHMARKS.md,
"Tokenizer training"). rustbpe counts in 32-bit integers; no pair can occur more often than the
bytes it is made of, so the input is cut at 2**31 - 1 UTF-8 bytes and no count can overflow.
This module does not encode documents (`pipeline tokenize` does) and never imports Ray.
"""
from __future__ import annotations

import argparse
import base64
import glob
import gzip
import hashlib
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from stages.tokenize import CARD_KIND, ENDOFTEXT, card_path

# nanochat's SPLIT_PATTERN: GPT-4's (cl100k_base) with \p{N}{1,2} for \p{N}{1,3}, "to not waste
# too many tokens on numbers" at 32k-65k vocabularies.
SPLIT_PATTERN = (r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}+|\p{N}{1,2}| ?[^\s\p{L}\p{N}]++[\r\n]*|"""
                 r"""\s*[\r\n]|\s+(?!\S)|\s+""")
MAX_COUNT_BYTES = 2**31 - 1  # rustbpe's pair and piece counts are i32
READ_BATCH_ROWS = 1024
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class VocabSettings:
    vocab_size: int                       # every id, special tokens included (65,536: uint16 shards)
    pattern: str = SPLIT_PATTERN          # pre-tokenization split (tiktoken's pat_str)
    max_chars: int = 2_000_000_000        # nanochat's tok_train.py: 2B characters
    doc_cap: int = 10_000                 # nanochat's tok_train.py: at most 10,000 characters a document
    special_tokens: tuple[str, ...] = (ENDOFTEXT,)  # ids after the ranks, in this order

    def __post_init__(self):
        if self.vocab_size < 256 + len(self.special_tokens) + 1:
            raise ValueError(f"--vocab-size must be at least {256 + len(self.special_tokens) + 1} "
                             f"(256 bytes, one merge, {len(self.special_tokens)} special token(s)), "
                             f"got {self.vocab_size}")
        if self.max_chars < 1 or self.doc_cap < 1:
            raise ValueError("--max-chars and --doc-cap must be positive")
        if ENDOFTEXT not in self.special_tokens:
            raise ValueError(f"special tokens must include {ENDOFTEXT} (every document starts with it)")
        import regex

        try:
            regex.compile(self.pattern)
        except regex.error as error:
            raise ValueError(f"--pattern is not a valid regular expression: {error}") from None


@dataclass
class TextUsed:
    """What the trainer saw: counted as the documents stream past."""

    documents: int = 0
    characters: int = 0
    bytes: int = 0
    capped_documents: int = 0
    skipped_records: int = 0
    first_skip: str = ""
    stopped_by: str = "end of input"
    inputs: list[str] = field(default_factory=list)


def budgeted(texts: Iterable[str], settings: VocabSettings, used: TextUsed, progress=None) -> Iterator[str]:
    """`texts` capped per document and in all (characters, and the 32-bit byte limit)."""
    for text in texts:
        if not text:
            continue
        if len(text) > settings.doc_cap:
            text = text[:settings.doc_cap]
            used.capped_documents += 1
        room = settings.max_chars - used.characters
        if len(text) >= room:
            text, used.stopped_by = text[:room], "max_chars"
        try:
            size = len(text.encode("utf-8"))
        except UnicodeEncodeError:  # a lone surrogate (JSON "\ud800"): as U+FFFD, like a decoder would
            text = _SURROGATE.sub("\ufffd", text)
            size = len(text.encode("utf-8"))
        if used.bytes + size > MAX_COUNT_BYTES:
            used.stopped_by = "32-bit count limit"
            return
        used.documents += 1
        used.characters += len(text)
        used.bytes += size
        if progress is not None:
            progress.update(len(text))
        yield text
        if used.stopped_by != "end of input":
            return


def train_ranks(texts: Iterable[str], settings: VocabSettings) -> dict[bytes, int]:
    """Mergeable ranks (token bytes -> rank, 0..vocab_size-len(special)-1) trained on `texts`."""
    import rustbpe

    trainer = rustbpe.Tokenizer()
    trainer.train_from_iterator(iter(texts), settings.vocab_size - len(settings.special_tokens),
                                pattern=settings.pattern)
    ranks = {bytes(token): int(rank) for token, rank in trainer.get_mergeable_ranks()}
    if sorted(ranks.values()) != list(range(len(ranks))):
        raise RuntimeError("rustbpe returned ranks with gaps; this is a bug")
    return ranks


def encode_ranks(ranks: dict[bytes, int]) -> bytes:
    """tiktoken's .tiktoken format (what `tiktoken.load.load_tiktoken_bpe` reads), sorted by rank."""
    return b"".join(base64.b64encode(token) + b" %d\n" % rank
                    for token, rank in sorted(ranks.items(), key=lambda item: item[1]))


# ---- sources ---------------------------------------------------------------------------------------

class SourceError(ValueError):
    """A SOURCE that cannot be read; the message names it and the fix."""


def source_files(source: str) -> tuple[list[str], dict | None]:
    """The text files of SOURCE, in reading order, and the run it is (folder, config sha256) if any."""
    path = Path(source)
    if path.is_dir() and (path / "documents").is_dir():
        parts = sorted(str(p) for p in (path / "documents").glob("part-*.parquet"))
        if not parts:
            raise SourceError(f"{source}: its documents/ folder has no part-*.parquet (the run kept no "
                              "documents, or has not finished)")
        config = path / "config.json"
        run = {"folder": str(path.resolve()),
               "config_sha256": hashlib.sha256(config.read_bytes()).hexdigest() if config.is_file() else None}
        return parts, run
    if path.is_dir():
        files = sorted(str(p) for p in path.rglob("*") if p.is_file() and _readable(p.name))
    elif glob.has_magic(source):
        files = sorted(p for p in glob.glob(source, recursive=True) if os.path.isfile(p))
    elif path.is_file():
        files = [source]
    else:
        raise SourceError(f"{source}: no such file or folder; pass a run's output folder "
                          "(OUTPUT/<SNAPSHOT>) or Parquet/JSONL files with a text column")
    unreadable = [f for f in files if not _readable(f)]
    if unreadable:
        raise SourceError(f"{unreadable[0]}: not Parquet (.parquet) or JSONL (.jsonl, .jsonl.gz)")
    if not files:
        raise SourceError(f"{source}: no .parquet or .jsonl files in it")
    return files, None


def _readable(name: str) -> bool:
    return name.endswith((".parquet", ".jsonl", ".jsonl.gz", ".json"))


def check_sources(files: list[str]) -> None:
    """Every Parquet file opens and has a `text` column (its footer only), before any training."""
    for name in files:
        if name.endswith(".parquet"):
            _parquet_reader(name)


def _parquet_reader(name: str):
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        reader = pq.ParquetFile(name)
    except (OSError, pa.ArrowException) as error:
        raise SourceError(f"{name}: not a readable Parquet file ({' '.join(str(error).split())})") from None
    if "text" not in reader.schema_arrow.names:
        raise SourceError(f"{name}: no `text` column (columns: {', '.join(reader.schema_arrow.names)})")
    return reader


def read_texts(files: list[str], used: TextUsed) -> Iterator[str]:
    """The `text` of every record of `files`, in order; a malformed JSONL record is counted and
    skipped (the first one is reported), a file without a text column is an error."""
    for name in files:
        used.inputs.append(name)
        if name.endswith(".parquet"):
            yield from _parquet_texts(name)
        else:
            yield from _jsonl_texts(name, used)


def _parquet_texts(name: str) -> Iterator[str]:
    for batch in _parquet_reader(name).iter_batches(batch_size=READ_BATCH_ROWS, columns=["text"]):
        for text in batch.column(0).to_pylist():
            if isinstance(text, str):
                yield text


def _jsonl_texts(name: str, used: TextUsed) -> Iterator[str]:
    opener = gzip.open if name.endswith(".gz") else open
    with opener(name, "rt", encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                if not isinstance(text, str):
                    raise TypeError(f"text is {type(text).__name__}, not a string")
            except (ValueError, KeyError, TypeError) as error:
                used.skipped_records += 1
                if not used.first_skip:
                    reason = "no text field" if isinstance(error, KeyError) else " ".join(str(error).split())
                    used.first_skip = f"{name}:{number}: {reason[:100]}"
                continue
            yield text


# ---- the command -----------------------------------------------------------------------------------

def train_tokenizer(source: str, output: str, settings: VocabSettings, *, progress: bool = True) -> dict:
    """Train on SOURCE, write OUTPUT (.tiktoken) and its card; returns the card."""
    from importlib.metadata import version

    if not output.endswith(".tiktoken"):
        raise SourceError(f"--output {output}: name the ranks file NAME.tiktoken (its card goes to NAME.json)")
    files, run = source_files(source)
    check_sources(files)
    used = TextUsed()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=None, unit="char", unit_scale=True, desc="train-tokenizer: reading", file=sys.stderr)
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        ranks = train_ranks(budgeted(read_texts(files, used), settings, used, bar), settings)
    finally:
        if bar is not None:
            bar.close()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if used.documents == 0:
        raise SourceError(f"{source}: no text to train on")
    data = encode_ranks(ranks)
    special = {token: len(ranks) + i for i, token in enumerate(settings.special_tokens)}
    card = {
        "kind": CARD_KIND, "version": 1, "name": Path(output).stem, "ranks_file": Path(output).name,
        "ranks_sha256": hashlib.sha256(data).hexdigest(), "pattern": settings.pattern,
        "special_tokens": special, "vocab_size": len(ranks) + len(special),
        "requested_vocab_size": settings.vocab_size,
        "trainer": {"name": "rustbpe", "version": version("rustbpe")},
        "settings": {"max_chars": settings.max_chars, "doc_cap": settings.doc_cap},
        "source": {"path": str(Path(source).resolve()) if not glob.has_magic(source) else source,
                   "run": run, "files": len(used.inputs), "documents": used.documents,
                   "characters": used.characters, "bytes": used.bytes,
                   "capped_documents": used.capped_documents, "skipped_records": used.skipped_records,
                   "first_skipped": used.first_skip or None, "stopped_by": used.stopped_by},
        "seconds": {"wall": round(wall, 3), "cpu": round(cpu, 3)},  # the one field that varies run to run
    }
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(target, data)
    _write_atomically(card_path(target), (json.dumps(card, indent=1) + "\n").encode())
    return card


def _write_atomically(target: Path, data: bytes) -> None:
    partial = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    partial.write_bytes(data)
    os.replace(partial, target)


def build_parser() -> argparse.ArgumentParser:
    d = VocabSettings(vocab_size=65_536)
    parser = argparse.ArgumentParser(
        prog="pipeline train-tokenizer",
        description="Train a byte-level BPE vocabulary (rustbpe) on a finished run's kept documents or on "
                    "Parquet/JSONL files with a text column; writes FILE.tiktoken and its card FILE.json.")
    parser.add_argument("source", help="OUTPUT/<SNAPSHOT> of a finished run, or .parquet/.jsonl files, "
                                       "a folder of them, or a glob")
    parser.add_argument("--vocab-size", type=int, required=True,
                        help="ids in all, special tokens included (32768 or 65536: uint16 shards "
                             "that llm.c's C/CUDA trainers read)")
    parser.add_argument("--output", required=True, help="FILE.tiktoken (the card goes to FILE.json)")
    parser.add_argument("--max-chars", type=int, default=d.max_chars,
                        help="characters to train on at most (nanochat: 2B)")
    parser.add_argument("--doc-cap", type=int, default=d.doc_cap,
                        help="characters taken from one document at most (nanochat: 10,000)")
    parser.add_argument("--pattern", default=d.pattern,
                        help="split pattern (default: GPT-4's with digits in groups of at most two)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = VocabSettings(vocab_size=args.vocab_size, pattern=args.pattern,
                                 max_chars=args.max_chars, doc_cap=args.doc_cap)
        card = train_tokenizer(args.source, args.output, settings, progress=not args.no_progress)
    except (SourceError, ValueError, OSError) as error:
        print(f"pipeline train-tokenizer: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    used = card["source"]
    if card["vocab_size"] < settings.vocab_size:
        print(f"pipeline train-tokenizer: the text had pairs for only {card['vocab_size']} ids, not "
              f"{settings.vocab_size}; train on more text for the full size", file=sys.stderr)
    if used["skipped_records"]:
        print(f"pipeline train-tokenizer: skipped {used['skipped_records']} malformed record(s); first: "
              f"{used['first_skipped']}", file=sys.stderr)
    print(f"trained {card['vocab_size']:,} ids ({len(card['special_tokens'])} special) on "
          f"{used['documents']:,} documents, {used['characters']:,} characters ({used['bytes'] / 1e6:.1f} MB, "
          f"stopped by {used['stopped_by']}) in {card['seconds']['wall']:.1f} s: {args.output} "
          f"(card {card_path(args.output)})")
    return 0
