"""The WARC reader against real Common Crawl / crawler WARC files and warcio's edge cases."""
from __future__ import annotations

import gzip
import io
import json

import pytest

from pipeline.warc import read_records

CASES = [
    "cc_main_2020_34_resiliparse/warcfile.warc.gz",
    "cc_main_2024_22_whirlwind/whirlwind.warc.gz",
    "ai2_dolma_samples/sample-0000.warc.gz",
    "ai2_dolma_samples/sample-0001.warc.gz",
    "warcio_edge_cases/example.warc.gz",
    "warcio_edge_cases/example-wget-bad-target-uri.warc.gz",
]


@pytest.fixture(scope="module")
def manifest(shared_data):
    return json.loads((shared_data / "warc" / "manifest_warcio.json").read_text())


@pytest.mark.parametrize("name", CASES)
def test_every_record_matches_warcio_manifest(shared_data, manifest, name):
    expected = manifest[name]["records"]
    with open(shared_data / "warc" / name, "rb") as f:
        records = list(read_records(f))
    assert [r.warc_type for r in records] == [e["type"] for e in expected]
    assert [r.record_id for r in records] == [e["record_id"] for e in expected]
    assert [r.record_index for r in records] == list(range(len(expected)))
    for record, e in zip(records, expected):
        if e["target_uri"]:
            assert record.url == e["target_uri"].strip("<>")
        if record.warc_type == "response" and record.decision.kept:
            assert len(record.payload) == e["payload_len_decoded"]


def test_cc_excerpt_keeps_exactly_the_html_200_responses(shared_data, manifest):
    name = "cc_main_2020_34_resiliparse/warcfile.warc.gz"
    with open(shared_data / "warc" / name, "rb") as f:
        records = list(read_records(f))
    expected_html = [e for e in manifest[name]["records"]
                     if e["type"] == "response" and e["http_status"] == "200"
                     and "html" in (e["http_content_type"] or e["identified_payload_type"] or "")]
    kept = [r for r in records if r.decision.kept]
    assert len(kept) == len(expected_html) == 16
    dropped = {r.decision.reason for r in records if not r.decision.kept}
    assert dropped == {"not_response"}
    assert sum(r.warc_type == "request" for r in records) == 17


def test_angle_bracket_uris_are_unwrapped(shared_data):
    with open(shared_data / "warc" / "ai2_dolma_samples/sample-0000.warc.gz", "rb") as f:
        urls = [r.url for r in read_records(f) if r.url]
    assert urls and not any(u.startswith("<") for u in urls)
    assert all(u.startswith(("http", "metadata://")) for u in urls)


def test_truncated_file_keeps_records_before_the_damage(shared_data):
    with open(shared_data / "warc" / "warcio_edge_cases/example-trunc.warc", "rb") as f:
        records = list(read_records(f))
    # warcio reads 4 records; the 4th (a request) is cut off, so 3 are read and the damage counted.
    assert [r.decision.reason for r in records] == ["not_response", "not_response", None,
                                                    "corrupt_record"]
    assert len(records[2].payload) == 1270  # gzip Content-Encoding undone
    assert records[-1].detail


def test_garbage_and_empty_streams():
    assert list(read_records(io.BytesIO(b""))) == []
    records = list(read_records(io.BytesIO(gzip.compress(b"this is not a WARC file\r\n" * 20))))
    assert all(r.decision.reason == "corrupt_record" for r in records)
    assert len(records) <= 1


@pytest.mark.parametrize("pairs", [
    [(b"WARC-Type", b"response"), (b"Content-Length", b"12"), (b"warc-type", b"request")],
    [(b"content-type", b"text/html"), (b"CONTENT-TYPE", b"text/plain"), (b"X-Empty", b"")],
    [(b"WARC-Target-URI", b"http://x/\xff\xfe\xc3"), (b"X-\xe9", b"v\x80"),
     (b"Transfer-Encoding", b"chunked"), (b"Content-Encoding", b" GZIP ")],
    [],
])
def test_header_lookup_answers_as_fastwarc_get(pairs):
    """pipeline.warc reads a header map once (_header_lookup) instead of calling HeaderMap.get
    per name: the same answers for the (ASCII) names it asks, repeated and absent ones, any
    case, bad bytes in values and in other names."""
    from fastwarc.warc import HeaderMap

    from pipeline.warc import _header_lookup

    headers = HeaderMap()
    for name, value in pairs:
        headers.append_bytes(name, value)
    lookup = _header_lookup(headers)
    names = {name.decode() for name, _ in pairs if name.isascii()} | {
        "WARC-Type", "Content-Length", "WARC-Record-ID", "WARC-Target-URI", "Content-Type",
        "WARC-Identified-Payload-Type", "Transfer-Encoding", "Content-Encoding", "X-Absent"}
    for name in sorted(names):
        assert lookup(name.lower()) == headers.get(name), name


@pytest.mark.parametrize("body, expected", [
    (b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", b"hello world"),
    (b"5;name=value\r\nhello\r\n0\r\n\r\n", b"hello"),  # a chunk extension
    (b"A \r\n0123456789\r\n0\r\n\r\n", b"0123456789"),  # hex, spaces after the size
    # size lines that are not hex digits: the body as stored (int(x, 16) takes all of these)
    (b"-6\r\nhello\r\n0\r\n\r\n", b"-6\r\nhello\r\n0\r\n\r\n"),
    (b"+5\r\nhello\r\n0\r\n\r\n", b"+5\r\nhello\r\n0\r\n\r\n"),
    (b"0x5\r\nhello\r\n0\r\n\r\n", b"0x5\r\nhello\r\n0\r\n\r\n"),
    (b"1_0\r\n0123456789abcdef\r\n0\r\n\r\n", b"1_0\r\n0123456789abcdef\r\n0\r\n\r\n"),
    (b"5\r\nhello\r\n", b"5\r\nhello\r\n"),  # no last chunk: as stored
    (b"ffffffff\r\nshort\r\n", b"ffffffff\r\nshort\r\n"),  # a size past the end
])
def test_dechunk_takes_hex_sizes_only_and_always_ends(body, expected):
    from pipeline.warc import _dechunk

    assert _dechunk(body) == expected


def test_chunked_record_with_a_negative_size_is_read_and_so_are_its_neighbours():
    """A chunk size of -6 sent the old de-chunking back to the same line for ever, its output
    growing (a worker past 3 GB in 18 s): now the body is passed on as stored."""
    from tests.warc_builder import WarcBuilder, html_page

    builder = WarcBuilder()
    builder.response("https://before.example/", html_page("Before", ["one", "two"]).encode())
    builder.response("https://chunked.example/", b"-6\r\n<html>hello</html>\r\n0\r\n\r\n",
                     http_headers=[("Transfer-Encoding", "chunked")])
    builder.response("https://after.example/", html_page("After", ["three", "four"]).encode())
    records = list(read_records(io.BytesIO(builder.bytes())))
    assert [r.url for r in records] == ["https://before.example/", "https://chunked.example/",
                                        "https://after.example/"]
    assert [r.decision.kept for r in records] == [True, True, True]
    assert records[1].payload.startswith(b"-6\r\n<html>")
