"""`pipeline tokenize RUN_OUTPUT --tokenizer NAME_OR_FILE --output DIR`: re-encode a finished run's
kept documents into new token shards, without running any curation step again.

In: a finished run's output folder (local or a URL): `documents/part-FFFFFF.parquet`, the kept
documents of each WARC file in the order the run wrote them (packed or not).
Out, in DIR: `tokens/shard_FFFFFF_NNNN.bin` (and `.idx` for `--format megatron`),
`tokens/index/part-FFFFFF.parquet` (doc_id, url, shard, offset, tokens) and `tokens/format.json`:
what a `pipeline run` with that tokenizer writes for these documents, byte for byte, because the
same step (`stages.tokenize.Tokenizer`) encodes them in the same order and the same writer
(`pipeline.shards.TokenShardWriter`) cuts the shards. Also `tokenize.json` (source, tokenizer,
format, shard size: checked when the command is repeated) and `progress/tokenize-FFFFFF.json`
per finished file (written last), then `progress/tokenize.json` once every file is done.
`pipeline pack DIR` and `pipeline train --data DIR/tokens` take the result.

One task per WARC file (`tokenize_file`, a plain function), run as Ray tasks by the command
(pipeline.ray_session.RaySession: `--num-cpus`, `--ray-address` as `pipeline run`); each file's
shards are numbered by its own index, so the bytes do not depend on how many run at once.
Resumable after kill -9: every file is written whole (Storage), a file is done when its marker
exists, a file redone rewrites the same bytes. A file that fails is reported and the others go
on; the same command retries it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from functools import lru_cache

import pyarrow as pa

from pipeline.shards import FORMATS, TokenShardWriter, token_index_schema
from pipeline.storage import Storage
from stages.tokenize import TokenizeSettings, Tokenizer

PART_NAME = re.compile(r"^part-(\d{6})\.parquet$")
REQUEST_NAME = "tokenize.json"
DONE_MARKER = "progress/tokenize.json"
ENCODE_BATCH = 256  # documents per encode call (pipeline.run's batch_size)


class TokenizeError(RuntimeError):
    """A reason the command cannot start; the message is one line naming the fix."""


@lru_cache(maxsize=2)
def _tokenizer(settings: TokenizeSettings) -> Tokenizer:
    return Tokenizer(settings)  # once per worker process, like a run's steps


def file_marker(index: int) -> str:
    return f"progress/tokenize-{index:06d}.json"


def tokenize_file(source_url: str, output_url: str, part: str, settings: TokenizeSettings,
                  shard_tokens: int) -> dict:
    """One WARC file's documents -> its shards, index part and marker in the output; safe to repeat."""
    started = time.process_time()
    source, output = Storage(source_url), Storage(output_url)
    index = int(PART_NAME.match(part).group(1))
    tokenizer = _tokenizer(settings)
    writer = TokenShardWriter(output, "tokens", f"shard_{index:06d}", shard_tokens=shard_tokens,
                              **tokenizer.shard_spec())
    rows = {name: [] for name in token_index_schema().names}
    documents = source.parquet_file(f"documents/{part}")
    for batch in documents.iter_batches(batch_size=ENCODE_BATCH, columns=["doc_id", "url", "text"]):
        texts = [text or "" for text in batch.column("text").to_pylist()]
        for doc_id, url, tokens in zip(batch.column("doc_id").to_pylist(), batch.column("url").to_pylist(),
                                       tokenizer.encode_documents(texts)):
            shard, offset = writer.add(tokens)
            for name, value in (("doc_id", doc_id), ("url", url), ("shard", shard), ("offset", offset),
                                ("tokens", len(tokens))):
                rows[name].append(value)
    shards = writer.close()
    output.write_table(f"tokens/index/{part}", pa.table(rows, schema=token_index_schema()))
    marker = {"documents": len(rows["doc_id"]), "tokens": sum(rows["tokens"]), "shards": shards,
              "cpu_seconds": round(time.process_time() - started, 3)}
    output.write_text(file_marker(index), json.dumps(marker, sort_keys=True))
    return marker


def plan(source: Storage, output: Storage, settings: TokenizeSettings, shard_tokens: int | None,
         allow_change: bool = False) -> tuple[list[str], dict]:
    """Check the source and the output (before any work) and write the request; returns the
    documents parts still to do and the request."""
    if not source.exists("progress/run.json"):
        raise TokenizeError(f"{source.url}: not a finished `pipeline run` output (no progress/run.json); "
                            "finish the run first")
    parts = [p for p in source.list("documents", ".parquet") if PART_NAME.match(p)]
    if not parts:
        raise TokenizeError(f"{source.url}/documents: no part-*.parquet; the run kept no documents")
    config = source.read_bytes("config.json") if source.exists("config.json") else b"{}"
    if shard_tokens is None:  # as the run cut its shards
        shard_tokens = int(json.loads(config).get("shard_tokens", 100_000_000))
    Tokenizer.preflight(settings)
    request = {"source": source.url, "source_config_sha256": hashlib.sha256(config).hexdigest(),
               "documents_parts": len(parts), "encoding": settings.encoding, "format": settings.format,
               "fingerprint": Tokenizer.fingerprint(settings), "shard_tokens": shard_tokens}
    if output.exists(REQUEST_NAME):
        before = json.loads(output.read_text(REQUEST_NAME))
        changed = [k for k in ("source_config_sha256", "format", "fingerprint", "shard_tokens")
                   if before.get(k) != request[k]]
        if changed and not allow_change:
            raise TokenizeError(f"{output.url} holds tokens made with other {', '.join(changed)} "
                                f"({before.get('encoding')}, {before.get('format')}); use another --output, "
                                "or --allow-config-change to discard them")
        if changed:
            for folder in ("tokens", "progress"):
                output.remove_tree(folder)
    output.remove_partial_files(["", "tokens", "tokens/index", "progress"])
    output.write_text(REQUEST_NAME, json.dumps(request, indent=1, sort_keys=True))
    todo = [p for p in parts if not output.exists(file_marker(int(PART_NAME.match(p).group(1))))]
    return todo, request


def tokenize_run(source_url: str, output_url: str, settings: TokenizeSettings, *,
                 shard_tokens: int | None = None, allow_change: bool = False, progress: bool = False,
                 each=None) -> dict:
    """Tokenize every file not done yet. `each(function, calls, progress)` yields (call, result,
    error) as the calls finish (`ray_each`: a Ray session's windowed loop); by default the calls
    run here, in order. With nothing to do, `each` is not called (Ray is not started)."""
    source, output = Storage(source_url.rstrip("/")), Storage(output_url.rstrip("/"))
    todo, request = plan(source, output, settings, shard_tokens, allow_change)
    calls = [(source.url, output.url, part, settings, request["shard_tokens"]) for part in todo]
    failed = []
    for call, _, error in ((each or _in_order)(tokenize_file, calls, progress) if calls else ()):
        if error is not None:
            cause = getattr(error, "cause", None) or error  # a Ray task's error: the worker's
            failed.append(f"{call[2]}: {type(cause).__name__}: {' '.join(str(cause).split())[:300]}")
    markers = [json.loads(output.read_text(file_marker(int(PART_NAME.match(p).group(1)))))
               for p in source.list("documents", ".parquet") if PART_NAME.match(p)
               and output.exists(file_marker(int(PART_NAME.match(p).group(1))))]
    summary = {"files": request["documents_parts"], "done": len(markers), "tokenized_now": len(todo) - len(failed),
               "failed": failed, "documents": sum(m["documents"] for m in markers),
               "tokens": sum(m["tokens"] for m in markers), "shards": sum(len(m["shards"]) for m in markers),
               "cpu_seconds": round(sum(m["cpu_seconds"] for m in markers), 3)}
    if not failed:
        output.write_text(DONE_MARKER, json.dumps({k: v for k, v in summary.items() if k != "tokenized_now"},
                                                  sort_keys=True))
    return summary


def ray_each(session):
    """`tokenize_run`'s `each` as Ray tasks of one CPU each (pipeline.ray_session.RaySession.each:
    at most twice the cluster's CPUs in flight, a task retried when its worker dies, an exception
    reported as the file's error), with the session's progress bar."""
    def each(function, calls, progress: bool):
        return session.each(function, calls, lambda call: call, "tokenize")
    return each


def _in_order(function, calls, progress: bool):
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(calls), unit="file", desc="tokenize", file=sys.stderr)
    for call in calls:
        try:
            result, error = function(*call), None
        except (OSError, ValueError, pa.ArrowException) as caught:  # a bad file; bugs keep tracebacks
            result, error = None, caught
        if bar is not None:
            bar.update(1)
        yield call, result, error
    if bar is not None:
        bar.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline tokenize",
        description="Re-encode a finished run's kept documents with another tokenizer (or shard format) "
                    "into DIR/tokens, as a run with that tokenizer would write them; no curation step "
                    "runs again. Resumable: repeat the command.")
    parser.add_argument("run_output", help="OUTPUT/<SNAPSHOT> of a finished run (local or s3://)")
    parser.add_argument("--tokenizer", default="cl100k_base",
                        help="tiktoken name (cl100k_base offline; gpt2, r50k_base, o200k_base from "
                             "tiktoken's cache) or FILE.tiktoken from `pipeline train-tokenizer`")
    parser.add_argument("--output", required=True, help="DIR: tokens/ and its index go there")
    parser.add_argument("--format", choices=FORMATS, default="llmc",
                        help="llmc: llm.c shards (uint16 when the vocabulary has <= 65,536 ids); "
                             "megatron: Megatron-core's indexed dataset (.bin/.idx)")
    parser.add_argument("--shard-tokens", type=int, default=None,
                        help="maximum tokens per shard (default: the run's --shard-tokens)")
    parser.add_argument("--allow-config-change", action="store_true",
                        help="discard DIR's tokens made with another tokenizer, format or source")
    parser.add_argument("--num-cpus", type=int, default=None, metavar="N",
                        help="CPUs for the local Ray cluster: files tokenized at once "
                             "(default: PIPELINE_NUM_CPUS, else all of this machine's)")
    parser.add_argument("--ray-address", metavar="ADDRESS",
                        help="join this running Ray cluster instead of starting one")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for option, value in (("--shard-tokens", args.shard_tokens), ("--num-cpus", args.num_cpus)):
        if value is not None and value < 1:
            print(f"pipeline tokenize: error: {option} must be >= 1", file=sys.stderr)
            return 2
    from pipeline.config import Execution, env_num_cpus
    from pipeline.ray_session import RaySession, record_path_of, stop_stale_ray

    try:
        num_cpus = args.num_cpus or env_num_cpus()
    except ValueError as error:
        print(f"pipeline tokenize: error: {error}", file=sys.stderr)
        return 2
    started = time.time()
    execution = Execution(ray_address=args.ray_address, num_cpus=num_cpus,
                          progress=not args.no_progress)
    try:
        settings = TokenizeSettings(encoding=args.tokenizer, format=args.format)
        with RaySession(execution) as session:  # Ray starts only when a file is left to do
            if execution.ray_address is None:  # a killed command's Ray processes: stopped
                output = Storage(args.output.rstrip("/"))
                record = record_path_of(output, output.url)  # in the output, written by then
                stop_stale_ray(record)
                session.attach_record(record)
            summary = tokenize_run(args.run_output, args.output, settings,
                                   shard_tokens=args.shard_tokens,
                                   allow_change=args.allow_config_change,
                                   progress=not args.no_progress, each=ray_each(session))
    except (TokenizeError, ValueError, OSError) as error:
        print(f"pipeline tokenize: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    for failure in summary["failed"]:
        print(f"pipeline tokenize: failed: {failure}", file=sys.stderr)
    print(f"tokenized {summary['done']} of {summary['files']} files ({summary['tokenized_now']} now): "
          f"{summary['documents']:,} documents, {summary['tokens']:,} tokens in {summary['shards']} shards, "
          f"{summary['cpu_seconds']} CPU s, {time.time() - started:.1f} s: {args.output.rstrip('/')}/tokens")
    if summary["failed"]:
        print(f"pipeline tokenize: {len(summary['failed'])} file(s) failed; re-run the same command to "
              "retry them", file=sys.stderr)
        return 3
    return 0
