"""Bad input files never kill a run nor lose the good records beside them."""
from __future__ import annotations

import gzip
import shutil

import pyarrow.dataset as ds

from tests.conftest import REPO, run_cli

SAMPLE = REPO / "pipeline" / "sample"
SNAPSHOT = "CC-MAIN-2024-10"


def test_zero_byte_missing_garbage_and_truncated_files(tmp_path, sample_manifest):
    mirror = tmp_path / "mirror"
    good = sample_manifest["warc_files"][0]
    (mirror / good).parent.mkdir(parents=True)
    shutil.copy(SAMPLE / good, mirror / good)
    data = (SAMPLE / good).read_bytes()
    folder = f"crawl-data/{SNAPSHOT}/segments/0/warc"
    (mirror / folder).mkdir(parents=True)
    (mirror / folder / "empty.warc.gz").write_bytes(b"")
    (mirror / folder / "garbage.warc.gz").write_bytes(gzip.compress(b"\x00\xff" * 5000))
    (mirror / folder / "truncated.warc.gz").write_bytes(data[: len(data) // 2])
    paths = [good, f"{folder}/empty.warc.gz", f"{folder}/missing.warc.gz",
             f"{folder}/garbage.warc.gz", f"{folder}/truncated.warc.gz"]
    (mirror / "crawl-data" / SNAPSHOT / "warc.paths.gz").write_bytes(
        gzip.compress("\n".join(paths).encode()))

    result = run_cli("run", "--snapshot", SNAPSHOT, "--data-root", str(mirror),
                     "--output", str(tmp_path / "out"), "--no-progress")
    assert result.returncode == 0, result.stderr
    stats = ds.dataset(tmp_path / "out" / SNAPSHOT / "stats", format="parquet").to_table().to_pylist()
    file_rows = {r["warc_file"].rsplit("/", 1)[-1]: r for r in stats if r["record_index"] == -1}
    assert file_rows["empty.warc.gz"]["reason"] == "empty_file"
    assert file_rows["missing.warc.gz"]["reason"] == "unreadable_file"
    assert "missing.warc.gz" in file_rows["missing.warc.gz"]["detail"]
    garbage = [r for r in stats if r["warc_file"].endswith("garbage.warc.gz")]
    assert [r["reason"] for r in garbage] == ["corrupt_record"]

    # The truncated copy keeps every record before the cut, and so does the intact file.
    good_reads = [r for r in stats if r["warc_file"] == good and r["stage"] == "read"]
    assert len(good_reads) == sample_manifest["summary"]["records_per_file"][good]
    cut = [r for r in stats if r["warc_file"].endswith("truncated.warc.gz") and r["stage"] == "read"]
    assert len(cut) > 100
    assert cut[-1]["reason"] in {"corrupt_record", "truncated"}
    assert all(r["reason"] not in {"corrupt_record", "truncated"} for r in cut[:-1])
    docs = ds.dataset(tmp_path / "out" / SNAPSHOT / "documents", format="parquet").to_table()
    assert docs.num_rows > 30
