"""Damaged input is always named (issue 25): every sample WARC file cut at many offsets, or with
bytes corrupted, inserted or removed, gives a `truncated` (cut short) or `corrupt_record` row,
and every record before the damage is read as from the intact file. Cuts are made in-process
with the reader (no CLI run per offset): ~1,000 reads of the sample's files in a few seconds."""
from __future__ import annotations

import gzip
import io
import random
import re
import zlib

import pytest

from pipeline.warc import read_records
from tests.conftest import REPO

SAMPLE_FILES = sorted((REPO / "pipeline" / "sample" / "crawl-data").rglob("*.warc.gz"))
DAMAGE = {"truncated", "corrupt_record"}


def read(data: bytes) -> list:
    """Read `data` as the runner reads a file: with a reopen at any offset."""
    def reopen(offset: int):
        stream = io.BytesIO(data)
        stream.seek(offset)
        return stream
    return [(r.record_id, r.warc_type, r.decision.reason, r.detail)
            for r in read_records(io.BytesIO(data), reopen)]


def gzip_members(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every gzip member: one record each in Common Crawl's layout."""
    spans, position = [], 0
    while position < len(data):
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflate.decompress(data[position:])
        end = len(data) - len(inflate.unused_data)
        spans.append((position, end))
        position = end
    return spans


@pytest.fixture(scope="module", params=[p.name for p in SAMPLE_FILES])
def sample_file(request):
    data = next(p for p in SAMPLE_FILES if p.name == request.param).read_bytes()
    whole = read(data)
    assert not any(reason in DAMAGE for _, _, reason, _ in whole)
    return data, whole, gzip_members(data)


def member_of(spans, offset: int) -> int:
    return max(i for i, (start, _) in enumerate(spans) if start <= offset)


def assert_cut_named(records, whole, complete_before: int, where: str):
    *before, last = records
    assert last[2] == "truncated", (where, last)
    assert last[3], where
    assert before == whole[:len(before)], where  # read exactly as from the intact file
    assert len(before) >= complete_before, (where, len(before), complete_before)
    assert not any(reason in DAMAGE for _, _, reason, _ in before), where


def test_every_cut_of_a_gzip_file_is_truncated_with_the_records_before_it(sample_file):
    data, whole, spans = sample_file
    boundaries = {start for start, _ in spans}
    rng = random.Random(len(data))
    offsets = set(rng.sample(range(1, len(data)), 100))
    # Each record type (warcinfo, request, response, metadata): cut in its gzip header, its
    # WARC header, its body and its last bytes (the blank line, the gzip trailer).
    for index in range(4):
        start, end = spans[index + 1 if index else 0]
        offsets |= {start + 1, start + 5, start + 20, (start + end) // 2, end - 9, end - 1}
    offsets |= {len(data) - 1, len(data) - 100, len(data) * 3 // 4}  # the issue's own cuts
    for offset in sorted(offsets - boundaries):
        assert_cut_named(read(data[:offset]), whole, member_of(spans, offset), f"cut at {offset}")


def test_every_cut_of_an_uncompressed_or_single_member_file_is_truncated():
    data = gzip.decompress(SAMPLE_FILES[0].read_bytes())
    whole = read(data)
    starts = [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\n", data)]
    assert len(starts) == len(whole)
    rng = random.Random(7)
    for offset in sorted(set(rng.sample(range(1, len(data)), 60)) - set(starts)):
        before = max(i for i, start in enumerate(starts) if start <= offset)
        assert_cut_named(read(data[:offset]), whole, before, f"plain cut at {offset}")
    # One gzip member for the whole file (not Common Crawl's layout): still named.
    single = gzip.compress(data, mtime=0)
    assert read(single) == whole
    for offset in sorted(rng.sample(range(11, len(single)), 15)):
        assert_cut_named(read(single[:offset]), whole, 0, f"single-member cut at {offset}")


def test_corrupt_bytes_are_one_row_and_only_the_records_they_touch_are_lost(sample_file):
    data, whole, spans = sample_file
    rng = random.Random(len(data) + 1)
    ids = [record_id for record_id, *_ in whole]
    for offset in sorted(rng.sample(range(len(data) - 4), 40)):
        damaged = bytearray(data)
        for i in range(offset, offset + 4):
            damaged[i] ^= 0xA5
        records = read(bytes(damaged))
        rows = [r for r in records if r[2] in DAMAGE]
        assert [r[2] for r in rows] == ["corrupt_record"], (offset, rows)
        touched = {member_of(spans, offset), member_of(spans, offset + 3)}
        lost = {i for i, record_id in enumerate(ids)} - {
            ids.index(r[0]) for r in records if r[0] in ids}
        assert lost == touched, (offset, lost, touched)
        kept = [r for r in records if r[2] not in DAMAGE]
        assert kept == [r for i, r in enumerate(whole) if i not in touched], offset


@pytest.mark.parametrize("damage", ["junk", "gzip_header", "zeros_at_end", "spliced"])
def test_damage_between_records_is_named(sample_file, damage):
    data, whole, spans = sample_file
    rng = random.Random(damage)
    for _ in range(6):
        i = rng.randrange(1, len(spans))
        start = spans[i][0]
        lost: set[int] = set()
        if damage == "junk":
            damaged = data[:start] + bytes(rng.randrange(256) for _ in range(37)) + data[start:]
        elif damage == "gzip_header":
            damaged = data[:start] + b"\x1f\x8b\x08\x00" + data[start:]
        elif damage == "zeros_at_end":
            damaged = data + bytes(64)
        else:  # bytes removed across a record boundary
            cut_from, cut_to = start - 30, spans[i][1] - 30
            damaged = data[:cut_from] + data[cut_to:]
            lost = {i - 1, i}
        records = read(damaged)
        rows = [r for r in records if r[2] in DAMAGE]
        assert [r[2] for r in rows] == ["corrupt_record"], (damage, i, rows)
        kept = [r for r in records if r[2] not in DAMAGE]
        assert kept == [r for k, r in enumerate(whole) if k not in lost], (damage, i)
