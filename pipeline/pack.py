"""Pack a finished run's per-WARC-file token shards into shards of up to `shard_tokens` tokens.

In (the finish phase's output): `tokens/shard_FFFFFF_NNNN.bin`, one or more per WARC file, the index
`tokens/index/part-FFFFFF.parquet` (doc_id, url, shard, offset, tokens) and the documents'
`shard` / `token_offset` columns. Out: `tokens/packed_NNNNNN.bin`, the per-file shards laid end to
end in WARC file order, each packed shard holding whole per-file shards up to `shard_tokens` tokens
(documents are never split), the index and documents rewritten to (packed shard, offset), and
`tokens/manifest.json` (each shard's token count and largest id, and the folder's format.json:
format, vocabulary, tokenizer; the loader's one read at start-up). Megatron datasets (`.bin` +
`.idx`, `pipeline tokenize --format megatron`) pack the same way, their indexes laid end to end.
The manifest is written last; only then are the per-file shards deleted. A run that keeps several
languages has one such set per language (`tokens/<code>/`, `tokens/<code>/index/`,
`documents/<code>/`, docs/languages.md): each is packed on its own (`language_folders`).

Resumable after kill -9 at any point, idempotent once done, and byte-identical to an uninterrupted
pack: the plan is written once (`tokens/pack-plan.json`, which also tells the loader that packing is
under way), every file is written whole through `Storage`, a packed shard is done when its marker
`progress/pack-NNNNNN.json` exists, and an index or documents part is done when it names packed
shards only. The heavy steps go through `parallel_map` (the runner passes Ray tasks; numpy and
pyarrow only here).
"""
from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from typing import Callable, Iterable

import numpy as np
import pyarrow as pa

from pipeline.shards import (FORMAT_LLMC, FORMAT_MEGATRON, FORMAT_NAME, HEADER_BYTES, MANIFEST_NAME,
                             PACK_PLAN_NAME, ShardError, decode_format, decode_manifest,
                             decode_megatron_index, describe_tokens, encode_header, encode_manifest,
                             encode_megatron_index, megatron_index_path, parse_header)
from pipeline.outputs import language_folders
from pipeline.storage import Storage

SOURCE_NAME = re.compile(r"^shard_(\d{6})_(\d{4})\.bin$")   # pipeline.run's per-WARC-file shards
PACKED_NAME = re.compile(r"^packed_(\d{6})\.bin$")
PLAN_VERSION = 1


def packed_name(number: int) -> str:
    return f"packed_{number:06d}.bin"


def plan_packs(sources: list[tuple[str, int]], shard_tokens: int) -> list[list[tuple[str, int]]]:
    """Greedy, in order: a packed shard takes whole per-file shards while they fit in `shard_tokens`
    (a per-file shard larger than that, one huge document, gets a packed shard of its own)."""
    packs, current, fill = [], [], 0
    for name, tokens in sources:
        if current and fill + tokens > shard_tokens:
            packs.append(current)
            current, fill = [], 0
        current.append((name, tokens))
        fill += tokens
    if current:
        packs.append(current)
    return packs


def pack_shards(storage: Storage, shard_tokens: int = 100_000_000, *, tokens: str = "tokens",
                index: str = "tokens/index", documents: str | None = "documents",
                progress: str = "progress",
                parallel_map: Callable[[Callable, Iterable], Iterable] = map) -> dict:
    """Pack `storage`'s per-file shards (see the module docstring); returns a summary dict.

    `parallel_map(fn, jobs)` runs the per-shard and per-part jobs (default: one after another);
    each job is a picklable tuple and `fn` a module-level function, so Ray tasks can run them.
    """
    if shard_tokens < 1:
        raise ValueError(f"shard_tokens must be >= 1, got {shard_tokens}")
    started = time.process_time()
    # temporary files of a write a kill cut short (local folders; an object store has none)
    storage.remove_partial_files([f for f in (tokens, index, documents, progress) if f is not None])
    manifest_path = f"{tokens}/{MANIFEST_NAME}"
    plan_path = f"{tokens}/{PACK_PLAN_NAME}"
    if storage.exists(manifest_path):  # done before: finish the clean-up a kill may have cut short
        manifest = decode_manifest(storage.read_bytes(manifest_path), storage.path(manifest_path))
        cleaned_up = _remove_sources(storage, tokens, plan_path)
        return _summary(manifest, shard_tokens, started) | {"already": not cleaned_up}

    plan = _load_or_make_plan(storage, tokens, plan_path, shard_tokens)
    packs = plan["packs"]
    jobs = [(storage, tokens, progress, number, pack, plan["dtype"], plan.get("format", FORMAT_LLMC))
            for number, pack in enumerate(packs) if not storage.exists(_marker(progress, number))]
    list(parallel_map(_write_packed_shard, jobs))

    # per WARC file: its per-file shards -> (packed shard, offset of their first token there)
    moves: dict[str, dict[str, tuple[str, int]]] = defaultdict(dict)
    for number, pack in enumerate(packs):
        base = 0
        for name, count in pack:
            moves[SOURCE_NAME.match(name).group(1)][name] = (packed_name(number), base)
            base += count
    part_jobs = []
    for folder, shard_column, offset_column in ((index, "shard", "offset"), (documents, "shard", "token_offset")):
        if folder is None:
            continue
        for part in storage.list(folder, ".parquet"):
            file_index = re.search(r"(\d{6})\.parquet$", part)
            part_moves = moves.get(file_index.group(1), {}) if file_index else {}
            part_jobs.append((storage, f"{folder}/{part}", shard_column, offset_column, part_moves))
    list(parallel_map(_rewrite_part, part_jobs))

    entries = []
    for number in range(len(packs)):
        marker = json.loads(storage.read_text(_marker(progress, number)))
        entries.append({"name": packed_name(number), "num_tokens": marker["num_tokens"],
                        "max_token_id": marker["max_token_id"]})
    if storage.exists(f"{tokens}/{FORMAT_NAME}"):
        described = decode_format(storage.read_bytes(f"{tokens}/{FORMAT_NAME}"), storage.path(f"{tokens}/{FORMAT_NAME}"))
    else:
        described = _described_by_config(storage)
    described.pop("dtype", None)  # the plan's, checked against every shard
    described.update(format=plan.get("format", FORMAT_LLMC))
    storage.write_bytes(manifest_path, encode_manifest(entries, np.dtype(plan["dtype"]), shard_tokens=shard_tokens,
                                                       packed_from=sum(len(p) for p in packs), **described))
    _remove_sources(storage, tokens, plan_path)
    return _summary(decode_manifest(storage.read_bytes(manifest_path), manifest_path), shard_tokens,
                    started) | {"already": False}


def _described_by_config(storage: Storage) -> dict:
    """A run that wrote no format.json: its tokenizer from config.json's recipe (the tokenize step's
    settings), when the ranks still load here; else nothing (the manifest then has counts only)."""
    from stages.tokenize import TokenizeSettings, Tokenizer

    try:
        recipe = json.loads(storage.read_text("config.json"))["recipe"]
        step = next(s for s in recipe if s.get("step") == "tokenize")
        settings = TokenizeSettings(**{k: v for k, v in step.items() if k != "step"})
        spec = Tokenizer(settings).shard_spec()
    except (OSError, ValueError, KeyError, TypeError, StopIteration):
        return {}
    return describe_tokens(spec["format"], spec["vocab_size"], spec["eot_token"], spec["tokenizer"])


def _marker(progress: str, number: int) -> str:
    return f"{progress}/pack-{number:06d}.json"


def _summary(manifest: dict, shard_tokens: int, started: float) -> dict:
    shards = manifest["shards"]
    total = sum(s["num_tokens"] for s in shards)
    return {"packed_shards": len(shards), "source_shards": manifest.get("packed_from", 0), "tokens": total,
            "fill": total / (len(shards) * shard_tokens) if shards else 0.0,
            "cpu_seconds": round(time.process_time() - started, 3)}


def _load_or_make_plan(storage: Storage, tokens: str, plan_path: str, shard_tokens: int) -> dict:
    if storage.exists(plan_path):
        plan = json.loads(storage.read_text(plan_path))
        if plan.get("version") != PLAN_VERSION or plan.get("shard_tokens") != shard_tokens:
            raise ShardError(f"{storage.path(plan_path)} was made for shard_tokens={plan.get('shard_tokens')}, "
                             f"not {shard_tokens}; delete it and the packed_*.bin next to it to plan again")
        return plan
    names = [n for n in storage.list(tokens, ".bin") if SOURCE_NAME.match(n)]
    if any(PACKED_NAME.match(n) for n in storage.list(tokens, ".bin")):
        raise ShardError(f"{storage.path(tokens)}: packed shards without {PACK_PLAN_NAME} or {MANIFEST_NAME}; "
                         "they are not this run's; remove them (or re-run with --allow-config-change)")
    paths = [storage.path(f"{tokens}/{n}") for n in names]
    sizes = {e["name"].rstrip("/"): int(e["size"]) for e in storage.fs.ls(storage.path(tokens), detail=True)}
    megatron = [megatron_index_path(p) in sizes for p in paths]
    if any(megatron) and not all(megatron):
        raise ShardError(f"{storage.path(tokens)}: llm.c shards and Megatron datasets (.idx) in one folder")
    sources, dtypes = [], set()
    if all(megatron) and paths:
        for name, path in zip(names, paths):
            index = decode_megatron_index(storage.fs.cat_file(megatron_index_path(path)),
                                          megatron_index_path(path), sizes.get(path))
            sources.append((name, index.num_tokens))
            dtypes.add(index.dtype.name)
    else:
        heads = storage.fs.cat_ranges(paths, [0] * len(paths), [HEADER_BYTES] * len(paths)) if paths else []
        for name, path, head in zip(names, paths, heads):
            if isinstance(head, BaseException):
                raise head
            header = parse_header(head, sizes.get(path, storage.fs.size(path)), path)
            sources.append((name, header.num_tokens))
            dtypes.add(header.dtype.name)
    if len(dtypes) > 1:
        raise ShardError(f"{storage.path(tokens)}: shards of mixed token widths {sorted(dtypes)}; one run has one tokenizer")
    plan = {"version": PLAN_VERSION, "shard_tokens": shard_tokens, "dtype": dtypes.pop() if dtypes else "uint32",
            "packs": plan_packs(sources, shard_tokens)}
    if paths and all(megatron):
        plan["format"] = FORMAT_MEGATRON
    storage.write_text(plan_path, json.dumps(plan))
    return json.loads(json.dumps(plan))  # the same shape (lists) as when read back after a kill


def _write_packed_shard(job) -> dict:
    """One packed shard from its per-file shards, then its marker; safe to repeat."""
    storage, tokens, progress, number, pack, dtype_name, format = job
    dtype = np.dtype(dtype_name).newbyteorder("<")
    total = sum(count for _, count in pack)
    header = HEADER_BYTES if format == FORMAT_LLMC else 0
    shard = bytearray(header + total * dtype.itemsize)
    if format == FORMAT_LLMC:
        shard[:HEADER_BYTES] = encode_header(total, dtype)
    lengths = []  # Megatron: every document's length, the packed index's sequences
    at = header
    for name, count in pack:
        path = f"{tokens}/{name}"
        raw = storage.read_bytes(path)
        if format == FORMAT_LLMC:
            found = parse_header(raw[:HEADER_BYTES], len(raw), storage.path(path))
            found_tokens, found_dtype, body = found.num_tokens, found.dtype, memoryview(raw)[HEADER_BYTES:]
        else:
            index = decode_megatron_index(storage.read_bytes(megatron_index_path(path)),
                                          storage.path(megatron_index_path(path)), len(raw))
            found_tokens, found_dtype, body = index.num_tokens, index.dtype, memoryview(raw)
            lengths.extend(index.sequence_lengths.tolist())
        if found_tokens != count or found_dtype != dtype:
            raise ShardError(f"{storage.path(path)}: {found_tokens} {found_dtype.name} tokens, "
                             f"the pack plan says {count} {dtype.name}; it changed after planning")
        shard[at:at + count * dtype.itemsize] = body
        at += count * dtype.itemsize
    body = np.frombuffer(shard, dtype=dtype, offset=header)
    max_token_id = int(body.max()) if total else -1
    del body  # a bytearray with an exported buffer cannot be handed on
    target = f"{tokens}/{packed_name(number)}"
    storage.write_bytes(target, shard)
    if format == FORMAT_MEGATRON:
        storage.write_bytes(megatron_index_path(target), encode_megatron_index(lengths, dtype))
    marker = {"num_tokens": total, "max_token_id": max_token_id, "sources": len(pack)}
    storage.write_text(_marker(progress, number), json.dumps(marker, sort_keys=True))
    return marker


def _rewrite_part(job) -> bool:
    """Point one index or documents part at the packed shards; False when it already does."""
    storage, path, shard_column, offset_column, moves = job
    names = storage.read_table(path, columns=[shard_column])[shard_column].to_pylist()
    if all(n is None or PACKED_NAME.match(n) for n in names):
        return False
    table = storage.read_table(path)
    offsets = table[offset_column].to_numpy(zero_copy_only=False).astype(np.int64)
    new_names = []
    for row, name in enumerate(names):
        if name is None or PACKED_NAME.match(name):
            new_names.append(name)
            continue
        if name not in moves:
            raise ShardError(f"{storage.path(path)}: row {row} names shard {name}, which the pack plan does "
                             "not have; the tokens folder changed after planning")
        target, base = moves[name]
        new_names.append(target)
        offsets[row] += base
    schema = table.schema
    table = table.set_column(schema.get_field_index(shard_column), schema.field(shard_column),
                             pa.array(new_names, type=schema.field(shard_column).type))
    table = table.set_column(schema.get_field_index(offset_column), schema.field(offset_column),
                             pa.array(offsets, type=schema.field(offset_column).type))
    storage.write_table(path, table)
    return True


def _remove_sources(storage: Storage, tokens: str, plan_path: str) -> bool:
    """After the manifest: delete the per-file shards, then the plan (so a kill here is harmless).
    False when there was nothing left to delete (packed and cleaned up before)."""
    if not storage.exists(plan_path):
        return False
    plan = json.loads(storage.read_text(plan_path))
    present = set(storage.list(tokens))
    doomed = [storage.path(f"{tokens}/{file}") for pack in plan["packs"] for name, _ in pack
              for file in (name, megatron_index_path(name)) if file in present]
    if doomed:
        storage.fs.rm(doomed)
    storage.fs.rm(storage.path(plan_path))
    return True


def pack_languages(storage: Storage, languages: list[str] | None, shard_tokens: int,
                   parallel_map: Callable[[Callable, Iterable], Iterable] = map) -> dict[str, dict]:
    """Pack each language's folders of a run with one folder per language (`languages`: the
    codes, None for all of them); {code: summary}. A code the run has no folder for is a
    ValueError naming those it has."""
    present = language_folders(storage)
    chosen = present if languages is None else languages
    missing = [code for code in chosen if code not in present]
    if missing:
        raise ValueError(f"{storage.url}: no tokens folder for {', '.join(missing)}; this run has "
                         f"{', '.join(present) or 'none (one language: pack without --languages)'}")
    return {code: pack_shards(storage, shard_tokens, tokens=f"tokens/{code}",
                              index=f"tokens/{code}/index", documents=f"documents/{code}",
                              progress=f"progress/pack/{code}", parallel_map=parallel_map)
            for code in chosen}


def main(argv: list[str] | None = None) -> int:
    """`pipeline pack RUN_FOLDER`: pack a finished run's shards (after its last --slice)."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="pipeline pack",
        description="Pack a finished run's per-WARC-file token shards into shards of up to "
                    "--shard-tokens tokens, index and documents rewritten; resumable. Run it once "
                    "every --slice of the output is done: a packed output takes no more runs.")
    parser.add_argument("run_folder", help="OUTPUT/<SNAPSHOT> (or a `pipeline tokenize` DIR), a local "
                                           "folder or an s3:// URL")
    parser.add_argument("--shard-tokens", type=int, default=100_000_000,
                        help="maximum tokens per packed shard (default 10^8, llm.c's)")
    parser.add_argument("--languages", default=None, metavar="CODES",
                        help="a run with one folder per language: the language-script codes to "
                             "pack, comma-separated (e.g. deu_Latn,fra_Latn), or 'all' "
                             "(the default)")
    args = parser.parse_args(argv)
    storage = Storage(args.run_folder.rstrip("/"))
    try:
        if not (storage.exists("progress/run.json") or storage.exists("progress/tokenize.json")):
            raise ShardError(f"{args.run_folder}: not a finished `pipeline run` or `pipeline tokenize` "
                             f"output (no progress/run.json or progress/tokenize.json); finish it first")
        per_language = language_folders(storage)
        if args.languages is not None and not per_language:
            raise ValueError(f"{args.run_folder}: this run keeps one language (tokens/ holds its "
                             f"shards); pack it without --languages")
        if per_language:
            chosen = (None if args.languages in (None, "all") else
                      [c.strip() for c in args.languages.split(",") if c.strip()])
            summaries = pack_languages(storage, chosen, args.shard_tokens)
        else:
            summaries = {"": pack_shards(storage, args.shard_tokens)}
    except (ShardError, ValueError, OSError) as error:
        print(f"pipeline pack: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    for code, summary in summaries.items():
        folder = f"tokens/{code}/" if code else "tokens/"
        if summary.get("already"):
            where = f"{args.run_folder}/{folder}" if code else args.run_folder
            print(f"pipeline pack: nothing to pack: {where} was packed before "
                  f"({summary['packed_shards']} shards, {summary['tokens']:,} tokens: "
                  f"{args.run_folder}/{folder}manifest.json)")
            continue
        print(f"packed {summary['source_shards']} shards into {summary['packed_shards']} "
              f"({summary['tokens']:,} tokens, {summary['fill']:.0%} full) in "
              f"{summary['cpu_seconds']} CPU s: {args.run_folder}/{folder}manifest.json")
    return 0
