"""Hostile input (issue 15): a mirror someone else controls cannot make a worker hold what a
record claims or inflates to, nor make the run read outside the data root.

The reader-level tests run `read_records` on generated files (written straight to disk, never
held by the test); the CLI tests run the real command on one hostile mirror."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from pipeline.snapshot import (BadPathError, SnapshotError, WarcFile, join, list_warc_files,
                               relative_path)
from pipeline.warc import read_records
from tests.conftest import REPO
from tests.hostile_warc import (EndlessStream, PeakRss, build_hostile_mirror, gzip_bomb,
                                write_paths_file, write_absurd_length, write_bomb, write_header_bombs)
from tests.warc_builder import WarcBuilder, html_page

SNAPSHOT = "CC-MAIN-2024-10"
LIMIT = 5 * 2**20  # ExtractSettings.max_html_bytes
PARAGRAPHS = [f"Paragraph {i} of a perfectly ordinary page about the weather, the garden and "
              f"the local library's opening hours, long enough to be kept." for i in range(12)]


def good_member(number: int) -> bytes:
    builder = WarcBuilder(seed=1000 + number)
    builder.response(f"https://good.example/{number}",
                     html_page(f"Good page {number}", PARAGRAPHS).encode())
    return builder.bytes()


def reopen_file(path):
    def reopen(offset: int):
        handle = open(path, "rb")
        handle.seek(offset)
        return handle
    return reopen


def read_file(path, **limits):
    with open(path, "rb") as handle:
        return list(read_records(handle, reopen_file(path), **limits))


def reader_peak_rss_mib(path) -> tuple[list[dict], float]:
    """Read `path` in a fresh Python process; its records (as dicts) and peak RSS in MiB."""
    code = (
        "import json, sys\n"
        "from tests.hostile_warc import peak_rss_mib\n"
        "from pipeline.warc import read_records\n"
        "path = sys.argv[1]\n"
        "def reopen(offset):\n"
        "    handle = open(path, 'rb'); handle.seek(offset); return handle\n"
        "with open(path, 'rb') as f:\n"
        "    rows = [dict(url=r.url, reason=r.decision.reason, detail=r.detail,\n"
        "                 payload_bytes=r.payload_bytes) for r in read_records(f, reopen)]\n"
        "print(json.dumps(dict(rows=rows, peak=peak_rss_mib())))\n")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                            text=True, cwd=REPO, timeout=300, check=True)
    out = json.loads(result.stdout)
    return out["rows"], out["peak"]


# --- 1. decompression bomb ---------------------------------------------------------------------

def test_decompression_bomb_is_dropped_with_its_true_length_in_bounded_memory(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    with open(path, "wb") as out:
        out.write(good_member(0))
        true_length = write_bomb(out, "https://bomb.example/", payload_mib=1024)  # 1 GiB
        out.write(good_member(1))
    assert path.stat().st_size < 2 * 2**20
    rows, peak_mib = reader_peak_rss_mib(path)
    assert [(r["url"], r["reason"]) for r in rows] == [
        ("https://good.example/0", None), ("https://bomb.example/", "too_large"),
        ("https://good.example/1", None)]
    bomb = rows[1]
    assert bomb["payload_bytes"] == true_length
    assert f"payload of {true_length} bytes" in bomb["detail"]
    # Reading the whole payload took 2 GB here (4.7 GB in a worker); the bound is the
    # interpreter and FastWARC (~25 MiB) plus twice the 5 MiB limit.
    assert peak_mib < 100, peak_mib


def test_content_encoding_bomb_stops_at_the_limit(tmp_path):
    """A stored body of 1 MB that a `Content-Encoding: gzip` header inflates to 1 GiB."""
    body = gzip_bomb(payload_mib=1024)
    builder = WarcBuilder()
    builder.response("https://encoded-bomb.example/", body, "text/html",
                     http_headers=[("Content-Encoding", "gzip")])
    path = tmp_path / "encoded.warc.gz"
    path.write_bytes(good_member(0) + builder.bytes() + good_member(1))
    del body
    rows, peak_mib = reader_peak_rss_mib(path)
    assert [r["reason"] for r in rows] == [None, "too_large", None]
    assert f"more than {LIMIT} once decoded" in rows[1]["detail"]
    assert peak_mib < 100, peak_mib


def test_page_just_over_the_limit_is_too_large_and_one_at_it_is_kept(tmp_path):
    builder = WarcBuilder()
    page = html_page("At the limit", PARAGRAPHS).encode()
    at_limit = page + b" " * (LIMIT - len(page))
    builder.response("https://at-limit.example/", at_limit)
    builder.response("https://over-limit.example/", at_limit + b" ")
    path = tmp_path / "limit.warc.gz"
    path.write_bytes(builder.bytes())
    records = read_file(path)
    assert [r.decision.reason for r in records] == [None, "too_large"]
    assert records[0].payload == at_limit
    assert records[1].payload is None and records[1].payload_bytes == LIMIT + 1
    # The runner passes extraction's configured limit.
    smaller = read_file(path, max_payload_bytes=2**20)
    assert [r.decision.reason for r in smaller] == ["too_large", "too_large"]


# --- 3. absurd Content-Length, gzip members and streams that never end, huge headers ------------

def test_absurd_content_length_is_one_row_and_the_next_record_is_read(tmp_path):
    path = tmp_path / "absurd.warc.gz"
    with open(path, "wb") as out:
        out.write(good_member(0))
        write_absurd_length(out, "https://absurd.example/", declared=10**15)
        out.write(good_member(1))
    records = read_file(path)
    assert [r.decision.reason for r in records] == [None, "corrupt_record", None]
    assert "of 999999999999" in records[1].detail and "resumed" in records[1].detail
    assert records[2].url == "https://good.example/1"


def test_gzip_member_that_never_ends_is_one_row_and_the_next_record_is_read(tmp_path):
    path = tmp_path / "unended.warc.gz"
    with open(path, "wb") as out:
        out.write(good_member(0))
        write_bomb(out, "https://unended.example/", payload_mib=64, finish=False)
        write_bomb(out, "https://unended-claims-more.example/", payload_mib=64, finish=False,
                   content_length=10**15)
        out.write(good_member(1))
    records, peak_mib = reader_peak_rss_mib(path)
    assert [r["reason"] for r in records] == [None, "corrupt_record", None]
    assert records[2]["url"] == "https://good.example/1"
    assert peak_mib < 100, peak_mib


def test_damage_after_damage_loses_no_record(tmp_path):
    """Reading resumed in a file reopened at an offset counts positions from that offset (it
    once counted them twice, and a second damaged stretch then skipped the records after it)."""
    path = tmp_path / "twice.warc.gz"
    with open(path, "wb") as out:
        out.write(good_member(0))
        write_bomb(out, "https://unended.example/", payload_mib=8, finish=False)
        for number in (1, 2, 3):
            out.write(good_member(number))
        write_header_bombs(out, warc_header_mib=1, http_header_mib=1)
        for number in (4, 5):
            out.write(good_member(number))
    records = read_file(path)
    assert [r.url for r in records if r.decision.kept] == [
        f"https://good.example/{n}" for n in range(6)]
    assert [r.decision.reason for r in records].count("corrupt_record") == 3


@pytest.mark.parametrize("with_reopen", [False, True])
def test_stream_that_never_ends_is_given_up_after_a_bounded_read(with_reopen):
    stream = EndlessStream()

    def reopen(offset: int):
        again = EndlessStream()
        again.seek(offset)
        return again

    cap = 256 * 2**20
    records = list(read_records(stream, reopen if with_reopen else None, max_record_bytes=cap))
    assert [(r.url, r.decision.reason) for r in records] == [
        ("https://endless.example/", "too_large")]
    assert "not read to its end" in records[0].detail
    # About 1 KB of compressed stream per MiB skipped: the read stopped near the cap.
    assert stream.bytes_served < 2 * cap // 1000


def test_oversized_warc_and_http_headers_are_corrupt_records(tmp_path):
    path = tmp_path / "headers.warc.gz"
    with open(path, "wb") as out:
        out.write(good_member(0))
        write_header_bombs(out)
        out.write(good_member(1))
    records, peak_mib = reader_peak_rss_mib(path)
    assert [r["reason"] for r in records] == [None, "corrupt_record", "corrupt_record", None]
    assert all("header" in r["detail"].lower() for r in records[1:3])
    assert peak_mib < 100, peak_mib


# --- 2. paths outside the data root ------------------------------------------------------------

ROOTS = ["/srv/mirror", "https://data.commoncrawl.org/", "s3://commoncrawl/"]
OUTSIDE = {
    "../../../../../../etc/passwd": "'..' segment",
    "crawl-data/CC-MAIN-2024-10/../../../secret": "'..' segment",
    "crawl-data/%2e%2e/%2E%2E/secret": "'%2e%2e' segment",
    "crawl-data/a%2Fb": "encoded slash",
    "/etc/passwd": "absolute path",
    "//evil.example/x.warc.gz": "absolute path",
    "https://evil.example/x.warc.gz": "URL",
    "file:///etc/passwd": "file URL",
    "s3://another-bucket/x.warc.gz": "URL",
    "C:\\Windows\\win.ini": "backslash",
    "crawl-data/x\x00.warc.gz": "control character",
    "x" * 5000: "longer than",
}


@pytest.mark.parametrize("root", ROOTS)
@pytest.mark.parametrize("line", list(OUTSIDE), ids=lambda s: s[:30])
def test_lines_outside_the_data_root_are_refused_with_one_line(root, line):
    with pytest.raises(BadPathError) as error:
        relative_path(root, line)
    assert OUTSIDE[line] in str(error.value)
    assert "\n" not in str(error.value) and len(str(error.value)) < 200
    with pytest.raises(BadPathError):  # nothing can open it either
        join(root, line)


def test_urls_under_the_data_root_itself_are_relative_paths():
    path = "crawl-data/CC-MAIN-2024-10/segments/1/warc/a.warc.gz"
    assert relative_path("https://data.commoncrawl.org/", path) == path
    assert relative_path("https://data.commoncrawl.org/", "https://data.commoncrawl.org/" + path) == path
    assert relative_path("s3://commoncrawl/", "s3://commoncrawl/" + path) == path
    assert relative_path("s3://bucket/mirror/", "s3://bucket/mirror/" + path) == path
    for other in ("http://data.commoncrawl.org/", "https://data.commoncrawl.org:8443/",
                  "https://data.commoncrawl.org.evil.example/", "s3://bucket/elsewhere/"):
        root = "s3://bucket/mirror/" if other.startswith("s3") else "https://data.commoncrawl.org/"
        with pytest.raises(BadPathError):
            relative_path(root, other + path)


def write_paths(root, lines, compresslevel=6):
    write_paths_file(root, SNAPSHOT, lines, compresslevel)


def test_listing_flags_bad_lines_and_keeps_their_line_numbers(tmp_path):
    good = "crawl-data/CC-MAIN-2024-10/segments/1/warc/a.warc.gz"
    write_paths(tmp_path, [good, "../../etc/passwd", "", "https://evil.example/x", good])
    files = list_warc_files(str(tmp_path), SNAPSHOT)
    assert [(f.index, f.bad_path is None) for f in files] == [(0, True), (1, False), (3, False),
                                                              (4, True)]
    assert files[1] == WarcFile(1, "../../etc/passwd", files[1].bad_path)
    assert "'..' segment" in files[1].bad_path


def test_listing_over_http_flags_bad_lines(tmp_path):
    from tests.faulty_http import FaultyMirror

    good = "crawl-data/CC-MAIN-2024-10/segments/1/warc/a.warc.gz"
    with FaultyMirror(tmp_path, fault_rate=0.0) as mirror:
        write_paths(tmp_path, [good, "/etc/passwd", mirror.url + good, "http://127.0.0.2/" + good])
        files = list_warc_files(mirror.url, SNAPSHOT)
    assert [f.path for f in files[:3:2]] == [good, good]
    assert [f.bad_path is None for f in files] == [True, False, True, False]
    assert "another host" in files[3].bad_path


def test_listing_over_s3_flags_bad_lines(tmp_path, monkeypatch):
    moto_server = pytest.importorskip("moto.server", reason="moto[server] is in the test extra")
    s3fs = pytest.importorskip("s3fs", reason="s3fs is in the s3 extra")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        for key, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
                           "AWS_DEFAULT_REGION": "us-east-1",
                           "AWS_ENDPOINT_URL": f"http://{host}:{port}"}.items():
            monkeypatch.setenv(key, value)
        fs = s3fs.S3FileSystem(skip_instance_cache=True)
        fs.mkdir("mirror")
        good = "crawl-data/CC-MAIN-2024-10/segments/1/warc/a.warc.gz"
        lines = [good, "../../etc/passwd", "s3://other-bucket/x", "s3://mirror/" + good]
        fs.pipe(f"mirror/crawl-data/{SNAPSHOT}/warc.paths.gz",
                gzip.compress("\n".join(lines).encode()))
        files = list_warc_files("s3://mirror/", SNAPSHOT)
    finally:
        server.stop()
    assert [f.bad_path is None for f in files] == [True, False, False, True]
    assert files[3].path == good
    assert "another host (other-bucket)" in files[2].bad_path


# --- 3. a million-line warc.paths.gz ------------------------------------------------------------

MILLION = 1_000_000


@pytest.fixture(scope="module")
def million_line_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("million")
    lines = (f"crawl-data/{SNAPSHOT}/segments/1700000000000.{i // 1000:03d}/warc/"
             f"CC-MAIN-20240220000000-20240220030000-{i:06d}.warc.gz" for i in range(MILLION))
    write_paths(root, lines, compresslevel=1)
    return root


def list_in_subprocess(root, file_slice: str) -> dict:
    """list_warc_files in a fresh process: count, first and last (index, path), and how much its
    peak memory grew while listing."""
    code = (
        "import json, sys\n"
        "from pipeline.snapshot import list_warc_files, parse_slice\n"
        "from tests.hostile_warc import peak_rss_mib\n"
        "before = peak_rss_mib()\n"
        "files = list_warc_files(sys.argv[1], 'CC-MAIN-2024-10', file_slice=parse_slice(sys.argv[2]))\n"
        "print(json.dumps(dict(count=len(files), first=[files[0].index, files[0].path],\n"
        "                      last=[files[-1].index, files[-1].path],\n"
        "                      grew_mib=peak_rss_mib() - before)))\n")
    result = subprocess.run([sys.executable, "-c", code, str(root), file_slice],
                            capture_output=True, text=True, cwd=REPO, timeout=300, check=True)
    return json.loads(result.stdout)


def test_million_line_list_is_streamed_holding_only_the_slice(million_line_root):
    listed = list_in_subprocess(million_line_root, f"{MILLION - 5}:")
    assert listed["count"] == 5
    assert listed["first"][0] == MILLION - 5
    assert listed["last"] == [MILLION - 1, listed["last"][1]]
    assert listed["last"][1].endswith(f"-{MILLION - 1:06d}.warc.gz")
    # The list is 140 MB of text; the driver held ~1 MiB of it at a time (measured: +6 MiB).
    assert listed["grew_mib"] < 32, listed


def test_million_line_list_whole(million_line_root):
    listed = list_in_subprocess(million_line_root, "")
    assert listed["count"] == MILLION and listed["last"][0] == MILLION - 1
    # One WarcFile (slots) and its path per line, ~260 bytes; never the whole text besides.
    assert listed["grew_mib"] * 2**20 / MILLION < 400, listed


def test_list_that_is_not_gzip_or_ends_early_is_one_line(tmp_path):
    folder = tmp_path / "crawl-data" / SNAPSHOT
    folder.mkdir(parents=True)
    (folder / "warc.paths.gz").write_bytes(b"crawl-data/plain/text.warc.gz\n")
    with pytest.raises(SnapshotError, match="not a gzip-compressed list"):
        list_warc_files(str(tmp_path), SNAPSHOT)
    whole = gzip.compress("".join(f"a/{i}.warc.gz\n" for i in range(10000)).encode())
    (folder / "warc.paths.gz").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(SnapshotError, match="ends inside a gzip member"):
        list_warc_files(str(tmp_path), SNAPSHOT)


# --- through the CLI: one hostile mirror, one run ------------------------------------------------

BOMB_MIB = 2048  # 2 GiB of payload in a 2 MB file: reading it whole took 4.7 GB per GiB
WORKER_PEAK_BOUND_MIB = 1536  # docs/cluster.md: a worker's peak whatever the input
BAD_LINES = ["../../../../../../etc/passwd", "/etc/passwd", "https://evil.example/x.warc.gz",
             "file:///etc/passwd", "s3://other-bucket/x.warc.gz", "crawl-data/%2e%2e/%2e%2e/etc/passwd"]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, sample_manifest):
    """A mirror whose warc.paths.gz has a million lines before the ones the run takes (--slice),
    one WARC file of the sample's records with hostile records between them, and lines that
    leave the data root; the real CLI run on it, its worker processes' peak memory polled."""
    root = tmp_path_factory.mktemp("hostile")
    name = sample_manifest["warc_files"][0]
    mirror = build_hostile_mirror(root, REPO / "pipeline" / "sample", name, SNAPSHOT,
                                  filler_lines=MILLION, bomb_mib=BOMB_MIB, bad_lines=BAD_LINES)
    output = tmp_path_factory.mktemp("hostile_out")
    command = [sys.executable, "-m", "pipeline.cli", "run", *mirror["args"],
               "--output", str(output), "--no-progress"]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    with PeakRss(process.pid) as rss:
        stdout, stderr = process.communicate(timeout=900)
    import pyarrow.dataset as ds

    run = output / SNAPSHOT
    stats = ds.dataset(run / "stats", format="parquet").to_table().to_pylist() \
        if (run / "stats").is_dir() else []
    return dict(returncode=process.returncode, stdout=stdout, stderr=stderr, run=run,
                stats=stats, warc_path=mirror["warc_path"], sample_name=name,
                bomb_length=mirror["bomb_length"], rss=rss)


def test_cli_hostile_mirror_completes(hostile_run):
    assert hostile_run["returncode"] == 0, hostile_run["stderr"][-3000:]


def test_cli_decompression_bomb_dropped_with_true_length_and_bounded_worker_memory(hostile_run):
    rows = [r for r in hostile_run["stats"] if r["url"] == "https://bomb.example/"]
    assert [(r["stage"], r["reason"]) for r in rows] == [("read", "too_large")]
    assert rows[0]["bytes_in"] == hostile_run["bomb_length"] > 2 * 2**30
    assert str(hostile_run["bomb_length"]) in rows[0]["detail"]
    workers = hostile_run["rss"].workers()
    assert workers, hostile_run["rss"].names
    assert max(workers.values()) < WORKER_PEAK_BOUND_MIB, workers


def test_cli_neighbours_of_hostile_records_decided_as_in_the_clean_sample(hostile_run, sample_run):
    """Every sample record copied around the hostile ones gets the same decisions, step by
    step up to dedup (which also sees the sample's other files), as in the clean sample run."""
    import pyarrow.dataset as ds

    def decisions(rows):
        out: dict[str, list] = {}
        for row in rows:
            if row["record_id"] and row["stage"] not in ("dedup", "pii", "tokenize"):
                out.setdefault(row["record_id"], []).append(
                    (row["stage"], row["kept"], row["reason"]))
        return {record_id: sorted(steps) for record_id, steps in out.items()}

    clean_rows = ds.dataset(sample_run / "stats", format="parquet").to_table().to_pylist()
    clean = decisions(r for r in clean_rows if r["warc_file"] == hostile_run["sample_name"])
    ours = decisions(r for r in hostile_run["stats"] if r["warc_file"] == hostile_run["warc_path"])
    copied = [rid for rid in clean if rid in ours]
    assert len(copied) == 150, len(copied)  # every copied record was read
    kept_to_dedup = [rid for rid in copied if all(kept for _, kept, _ in ours[rid])
                     and len(ours[rid]) > 1]
    assert len(kept_to_dedup) > 10
    assert {rid: ours[rid] for rid in copied} == {rid: clean[rid] for rid in copied}


def test_cli_absurd_length_unended_member_and_huge_headers_are_one_row_each(hostile_run):
    rows = [r for r in hostile_run["stats"]
            if r["warc_file"] == hostile_run["warc_path"] and r["stage"] == "read"
            and r["reason"] == "corrupt_record"]
    details = [r["detail"] for r in rows]
    assert len(rows) == 4, details
    assert any("of 999999999999" in d for d in details)  # the absurd Content-Length
    assert any("Gzip" in d or "gzip" in d for d in details)  # the member that never ends
    assert sum("header" in d.lower() for d in details) == 2
    assert all("resumed" in d for d in details)


def test_cli_million_nested_elements_dropped_at_extraction(hostile_run):
    rows = [r for r in hostile_run["stats"] if r["url"] == "https://nested.example/"]
    assert [r["stage"] for r in rows][:2] == ["read", "blocklist"]
    assert rows[-1]["stage"] == "extract" and not rows[-1]["kept"]


def test_cli_paths_outside_the_data_root_are_bad_path_rows(hostile_run):
    rows = {r["warc_file"]: r for r in hostile_run["stats"] if r["reason"] == "bad_path"}
    assert sorted(rows) == sorted(line.strip() for line in BAD_LINES)
    for line, row in rows.items():
        assert row["stage"] == "read" and row["record_index"] == -1 and not row["kept"]
        assert row["detail"] == relative_path_error("/x", line)
    # One row per line: nothing was opened or read for them.
    assert sum(r["warc_file"] in rows for r in hostile_run["stats"]) == len(BAD_LINES)


def test_cli_million_line_list_only_the_slice_is_run(hostile_run):
    files = {r["warc_file"] for r in hostile_run["stats"]}
    assert files == {hostile_run["warc_path"], *BAD_LINES}
    assert not any("filler" in f for f in files)


def relative_path_error(root: str, line: str) -> str:
    try:
        relative_path(root, line)
    except BadPathError as error:
        return str(error)
    raise AssertionError(f"{line!r} was accepted")


def test_local_files_are_opened_only_when_regular_and_inside_the_root(tmp_path):
    """`open_stream` with the data root: a symbolic link (to a file or a folder) that leads out
    of the root is a BadPathError and never opened; a FIFO (which would block the open for
    ever), a folder or a device is a one-line PermanentReadError; a link inside the root and
    a root reached through a link are read."""
    import os

    from pipeline.snapshot import NotAFileError, PermanentReadError, open_stream

    root, outside = tmp_path / "root", tmp_path / "outside"
    (root / "dir").mkdir(parents=True)
    (outside / "dir").mkdir(parents=True)
    (outside / "secret.warc.gz").write_bytes(b"secret")
    (outside / "dir" / "x.warc.gz").write_bytes(b"secret")
    (root / "file.warc.gz").write_bytes(b"data")
    os.symlink(outside / "secret.warc.gz", root / "out.warc.gz")
    os.symlink(outside / "dir", root / "outdir")
    os.symlink(root / "file.warc.gz", root / "dir" / "in.warc.gz")
    os.symlink("../file.warc.gz", root / "dir" / "relative.warc.gz")
    os.mkfifo(root / "fifo.warc.gz")
    os.symlink("/dev/zero", root / "zero.warc.gz")
    os.symlink(root, tmp_path / "alias")
    for name in ("out.warc.gz", "outdir/x.warc.gz"):
        with pytest.raises(BadPathError, match="a symbolic link that leaves the data root"):
            open_stream(str(root / name), root=str(root))
    for name, kind in (("fifo.warc.gz", "a FIFO"), ("dir", "a directory"),
                       ("zero.warc.gz", None)):
        with pytest.raises(PermanentReadError) as error:
            open_stream(str(root / name), root=str(root) if kind else None)
        assert isinstance(error.value, NotAFileError) and "not a regular file" in str(error.value)
        assert kind is None or f"({kind})" in str(error.value)
    for path, where in ((root / "dir" / "in.warc.gz", root), (root / "dir" / "relative.warc.gz", root),
                        (tmp_path / "alias" / "file.warc.gz", tmp_path / "alias")):
        with open_stream(str(path), 2, root=str(where)) as handle:
            assert handle.read() == b"ta"


def test_cli_links_out_of_the_root_fifos_and_a_byte_order_mark(tmp_path, sample_manifest):
    """Through the CLI, a mirror whose warc.paths.gz starts with a byte-order mark and lists: a
    sample WARC file; a link to a WARC file outside the root and a file under a linked folder
    outside it (one read/bad_path row each, nothing read); a FIFO nobody writes to (one
    read/unreadable_file row; it blocked the run for ever); a link inside the root (read). The
    run ends with exit 0 and reads the sample file whole."""
    import os

    import pyarrow.dataset as ds

    from tests.hostile_warc import sample_members

    name = sample_manifest["warc_files"][0]
    data = b"".join(sample_members(REPO / "pipeline" / "sample", name))
    root, outside = tmp_path / "mirror", tmp_path / "outside"
    folder = root / "crawl-data" / SNAPSHOT / "segments" / "0" / "warc"
    folder.mkdir(parents=True)
    (outside / "dir").mkdir(parents=True)
    (folder / "sample.warc.gz").write_bytes(data)
    (outside / "secret.warc.gz").write_bytes(data)
    (outside / "dir" / "secret.warc.gz").write_bytes(data)
    os.symlink(outside / "secret.warc.gz", folder / "out.warc.gz")
    os.symlink(outside / "dir", root / "crawl-data" / SNAPSHOT / "segments" / "linked")
    os.mkfifo(folder / "fifo.warc.gz")
    os.symlink("sample.warc.gz", folder / "again.warc.gz")
    prefix = f"crawl-data/{SNAPSHOT}/segments"
    lines = [f"\ufeff{prefix}/0/warc/sample.warc.gz", f"{prefix}/0/warc/out.warc.gz",
             f"{prefix}/linked/secret.warc.gz", f"{prefix}/0/warc/fifo.warc.gz",
             f"{prefix}/0/warc/again.warc.gz"]
    write_paths_file(root, SNAPSHOT, lines)
    output = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--snapshot", SNAPSHOT,
                             "--data-root", str(root), "--output", str(output), "--no-progress"],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    rows = ds.dataset(output / SNAPSHOT / "stats", format="parquet").to_table().to_pylist()
    by_file: dict[str, list] = {}
    for row in rows:
        if row["stage"] == "read":
            by_file.setdefault(row["warc_file"], []).append(row)
    for line in lines[1:3]:
        [row] = by_file[line]
        assert row["reason"] == "bad_path" and "symbolic link that leaves the data root" in row["detail"]
    [row] = by_file[lines[3]]
    assert row["reason"] == "unreadable_file" and "not a regular file (a FIFO)" in row["detail"]
    records = len(sample_members(REPO / "pipeline" / "sample", name))
    assert len(by_file[lines[0].lstrip("\ufeff")]) == len(by_file[lines[4]]) == records


def test_a_list_that_is_a_fifo_or_a_link_out_of_the_root_is_one_line(tmp_path):
    import os

    root = tmp_path / "root"
    (root / "crawl-data" / SNAPSHOT).mkdir(parents=True)
    listing = root / "crawl-data" / SNAPSHOT / "warc.paths.gz"
    os.mkfifo(listing)
    with pytest.raises(SnapshotError, match=r"cannot read warc.paths.gz: .*not a regular file \(a FIFO\)"):
        list_warc_files(str(root), SNAPSHOT)
    listing.unlink()
    (tmp_path / "elsewhere.gz").write_bytes(gzip.compress(b"crawl-data/x.warc.gz\n"))
    os.symlink(tmp_path / "elsewhere.gz", listing)
    with pytest.raises(SnapshotError, match="a symbolic link that leaves the data root") as error:
        list_warc_files(str(root), SNAPSHOT)
    assert "\n" not in str(error.value)
