"""benchmarks/_fullsize_input.py (the input of benchmarks/fullsize_warc.py) writes a mirror in
Common Crawl's layout that `pipeline run` reads: checked on a small file built the same way
(100 captures of 20 real pages, 301 records)."""
from __future__ import annotations

import gzip
import json
import sys
import zlib
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

CAPTURES, PAGES = 100, 20


@pytest.fixture(scope="module")
def fullsize_input(shared_data):
    sys.path.insert(0, str(REPO / "benchmarks"))
    import _fullsize_input

    return _fullsize_input


@pytest.fixture(scope="module")
def small_mirror(fullsize_input, tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("fullsize_mirror")
    return root, fullsize_input.build(root, responses=CAPTURES, max_pages=PAGES, jobs=2,
                                      log=lambda message: None)


def gzip_members(data: bytes) -> list[bytes]:
    members = []
    while data:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(decompressor.decompress(data) + decompressor.flush())
        data = decompressor.unused_data
    return members


def test_builder_writes_common_crawls_layout(small_mirror, fullsize_input, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    root, facts = small_mirror
    listing = root / "crawl-data" / "CC-MAIN-2024-10" / "warc.paths.gz"
    paths = gzip.decompress(listing.read_bytes()).decode().split()
    assert paths == [facts["warc_path"]]
    assert paths[0].startswith("crawl-data/CC-MAIN-2024-10/segments/")
    assert "/warc/CC-MAIN-" in paths[0] and paths[0].endswith(".warc.gz")
    warc = root / paths[0]
    data = warc.read_bytes()

    # One gzip member per record, as CC writes them (readers may seek to any record).
    members = gzip_members(data)
    assert len(members) == facts["records"] == 1 + 3 * CAPTURES
    assert all(m.startswith(b"WARC/1.0\r\n") and m.count(b"\r\nWARC-Type: ") == 1
               for m in members)

    types, records = [], []
    with open(warc, "rb") as stream:
        for record in ArchiveIterator(stream, check_digests="raise"):  # digests must verify
            headers = record.rec_headers
            types.append(record.rec_type)
            records.append({name: headers.get_header(name) for name in (
                "WARC-Record-ID", "WARC-Concurrent-To", "WARC-Target-URI", "WARC-Date",
                "WARC-Payload-Digest")} | {
                "status": record.http_headers.get_statuscode() if record.http_headers else None,
                "body": record.content_stream().read()})
    assert types == ["warcinfo"] + ["request", "response", "metadata"] * CAPTURES
    dates = [r["WARC-Date"] for r in records]
    assert dates == sorted(dates) and dates[1].startswith("2024-02-2")
    for request, response, metadata in zip(*[iter(records[1:])] * 3):
        assert response["WARC-Concurrent-To"] == request["WARC-Record-ID"]
        assert metadata["WARC-Concurrent-To"] == response["WARC-Record-ID"]
        assert request["WARC-Target-URI"] == response["WARC-Target-URI"]
        assert response["status"] == "200" and b"fetchTimeMs: " in metadata["body"]
    responses = records[2::3]
    assert len({r["WARC-Target-URI"] for r in responses}) == CAPTURES  # every capture its own URL
    digests = [r["WARC-Payload-Digest"] for r in responses]
    kinds = facts["captures_by_kind"]
    assert sum(kinds.values()) == CAPTURES and kinds["original"] == PAGES
    assert kinds.get("distinct", 0) > kinds.get("near", 0) > 0
    assert CAPTURES - len(set(digests)) >= kinds.get("exact", 0)  # byte-identical payloads

    # Deterministic, whatever the number of building processes.
    again = fullsize_input.build(tmp_path / "again", responses=CAPTURES, max_pages=PAGES, jobs=1,
                                 log=lambda message: None)
    assert (tmp_path / "again" / again["warc_path"]).read_bytes() == data


def test_cli_reads_the_mirror(small_mirror, tmp_path):
    root, facts = small_mirror
    result = run_cli("run", "--snapshot", "CC-MAIN-2024-10", "--data-root", str(root),
                     "--output", str(tmp_path), "--num-cpus", "1", "--no-progress",
                     "--languages", "all")  # every page reaches the dedup, whatever its language
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads((tmp_path / "CC-MAIN-2024-10" / "summary.json").read_text())
    read = summary["read"]
    assert read["records_in"] == facts["records"]
    assert read["records_kept"] == CAPTURES
    assert read["reasons"] == {"not_response": 2 * CAPTURES + 1}
    assert read["bytes_kept"] == facts["html_bytes"]
    # The near and exact copies are found again by the global dedup.
    assert summary["dedup"]["reasons"].get("near_duplicate", 0) >= 1
    assert summary["tokenize"]["records_kept"] >= 1
