"""Snapshot resolution on a local mirror in Common Crawl's layout."""
from __future__ import annotations

import gzip

import pytest

from pipeline.snapshot import (SnapshotError, check_snapshot_name, list_warc_files, parse_slice)


def make_mirror(root, snapshot="CC-MAIN-2024-10", n=5):
    folder = root / "crawl-data" / snapshot
    folder.mkdir(parents=True)
    lines = [f"crawl-data/{snapshot}/segments/1/warc/file-{i:05d}.warc.gz" for i in range(n)]
    (folder / "warc.paths.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    return lines


def test_lists_files_with_stable_indices(tmp_path):
    lines = make_mirror(tmp_path)
    files = list_warc_files(str(tmp_path), "CC-MAIN-2024-10")
    assert [f.path for f in files] == lines
    sliced = list_warc_files(str(tmp_path), "CC-MAIN-2024-10", file_slice=parse_slice("2:"), limit=2)
    assert [(f.index, f.path) for f in sliced] == [(2, lines[2]), (3, lines[3])]


@pytest.mark.parametrize("name", ["CC-MAIN-2024-1O", "cc-main-2024-10", "", "CC-MAIN-2024"])
def test_malformed_snapshot_name(name):
    with pytest.raises(SnapshotError, match="CC-MAIN-2024-10"):
        check_snapshot_name(name)


def test_missing_paths_file_says_where(tmp_path):
    with pytest.raises(SnapshotError) as error:
        list_warc_files(str(tmp_path), "CC-MAIN-2023-50")
    message = str(error.value)
    assert "CC-MAIN-2023-50/warc.paths.gz" in message and str(tmp_path) in message
    assert "\n" not in message


def test_bad_slice_and_limit(tmp_path):
    make_mirror(tmp_path)
    with pytest.raises(SnapshotError, match="START:STOP"):
        parse_slice("a:b")
    with pytest.raises(SnapshotError, match="no WARC files"):
        list_warc_files(str(tmp_path), "CC-MAIN-2024-10", file_slice=parse_slice("10:"))
    with pytest.raises(SnapshotError, match="--limit"):
        list_warc_files(str(tmp_path), "CC-MAIN-2024-10", limit=0)
