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
    # The cuts, which once read as whole files with fewer records.
    (mirror / folder / "cut-75.warc.gz").write_bytes(data[: len(data) * 3 // 4])
    (mirror / folder / "cut-100.warc.gz").write_bytes(data[:-100])
    paths = [good, f"{folder}/empty.warc.gz", f"{folder}/missing.warc.gz",
             f"{folder}/garbage.warc.gz", f"{folder}/truncated.warc.gz",
             f"{folder}/cut-75.warc.gz", f"{folder}/cut-100.warc.gz"]
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
    for name, share in (("truncated", 0.5), ("cut-75", 0.75), ("cut-100", 1)):
        cut = [r for r in stats if r["warc_file"].endswith(f"/{name}.warc.gz")
               and r["stage"] == "read"]
        assert len(cut) > len(good_reads) * share - 10, name
        assert cut[-1]["reason"] == "truncated", (name, cut[-1])
        assert all(r["reason"] not in {"corrupt_record", "truncated"} for r in cut[:-1])
        assert [(r["record_id"], r["reason"]) for r in cut[:-1]] == [
            (r["record_id"], r["reason"]) for r in good_reads[:len(cut) - 1]], name
    # ... and the end of the run says so, whatever the funnel's top three reasons are.
    assert ("pipeline: damaged input: 3 WARC file(s) cut short (read/truncated) and 1 damaged "
            "stretch(es) skipped (read/corrupt_record)") in result.stdout
    stats_out = run_cli("stats", str(tmp_path / "out" / SNAPSHOT))
    assert stats_out.returncode == 0, stats_out.stderr
    assert "damaged input: 4 WARC file(s), 4 row(s)" in stats_out.stdout
    for name in ("garbage", "truncated", "cut-75", "cut-100"):
        assert f"{folder}/{name}.warc.gz" in stats_out.stdout
    docs = ds.dataset(tmp_path / "out" / SNAPSHOT / "documents", format="parquet").to_table()
    assert docs.num_rows > 30


def test_bad_records_are_counted_and_their_neighbours_kept(tmp_path, shared_data):
    """Each kind of bad record from the issue, between good pages, in one Common Crawl-style
    WARC: the run completes, each bad record has its reason, every good page comes through."""
    from tests.warc_builder import WarcBuilder, html_page

    english = (shared_data / "langid" / "en.txt").read_text().splitlines()
    builder = WarcBuilder()
    good = [f"https://good.example/{i}" for i in range(4)]
    builder.response(good[0], html_page("First good page", english[0:14]).encode())
    builder.raw_block("https://broken.example/status",
                      b"HTTP/1.1 2x0 \x00\x01garbage\r\nContent-Type text/html\r\n\r\n<html>hi</html>")
    builder.raw_block("https://broken.example/not-http", b"not http at all\r\n\r\n<html>hi</html>")
    builder.response("https://binary.example/", bytes(range(256)) * 400, "text/html")
    builder.response(good[1], html_page("Caf\u00e9 cr\u00e8me and other \u00e9clairs",
                                        english[20:34], charset=None).encode("cp1252"))
    builder.response(good[2], html_page("Na\u00efve \u00fcber caf\u00e9", english[40:54],
                                        charset=None).encode(), "text/html; charset=iso-8859-1")
    builder.response("https://huge.example/", html_page("Huge", english[60:70]).encode()
                     + b"<!-- " + b"x" * (50 * 2**20) + b" -->")
    builder.response("https://nested.example/",
                     b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>")
    builder.raw_member(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n", mtime=0)[:-8] + b"\xff" * 8)
    builder.response(good[3], html_page("Last good page", english[80:94]).encode())

    mirror = tmp_path / "mirror"
    warc_path = f"crawl-data/{SNAPSHOT}/segments/0/warc/bad.warc.gz"
    (mirror / warc_path).parent.mkdir(parents=True)
    (mirror / warc_path).write_bytes(builder.bytes())
    (mirror / "crawl-data" / SNAPSHOT / "warc.paths.gz").write_bytes(gzip.compress(warc_path.encode()))
    result = run_cli("run", "--snapshot", SNAPSHOT, "--data-root", str(mirror),
                     "--output", str(tmp_path / "out"), "--no-progress")
    assert result.returncode == 0, result.stderr

    stats = ds.dataset(tmp_path / "out" / SNAPSHOT / "stats", format="parquet").to_table().to_pylist()
    first_drop = {}
    for row in stats:
        if not row["kept"]:
            first_drop[row["url"] or f"record {row['record_index']}"] = (row["stage"], row["reason"])
    assert first_drop["https://broken.example/status"] == ("read", "bad_http_header")
    assert first_drop["https://broken.example/not-http"] == ("read", "bad_http_header")
    assert first_drop["https://binary.example/"] == ("extract", "binary")
    # Read no further than extraction's limit: dropped at read, with its true length.
    assert first_drop["https://huge.example/"] == ("read", "too_large")
    huge = next(r for r in stats if r["url"] == "https://huge.example/" and r["stage"] == "read")
    assert huge["bytes_in"] > 50 * 2**20 and str(huge["bytes_in"]) in huge["detail"]
    assert first_drop["https://nested.example/"][0] == "extract"
    corrupt = [r for r in stats if r["reason"] == "corrupt_record"]
    assert len(corrupt) == 1 and "resumed" in corrupt[0]["detail"]
    documents = ds.dataset(tmp_path / "out" / SNAPSHOT / "documents", format="parquet").to_table()
    texts = dict(zip(documents["url"].to_pylist(), documents["text"].to_pylist()))
    assert sorted(texts) == sorted(good)
    assert "Caf\u00e9 cr\u00e8me" in texts[good[1]]  # undeclared windows-1252
    assert "Na\u00efve \u00fcber" in texts[good[2]]  # UTF-8 declared as ISO-8859-1
