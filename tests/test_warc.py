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
