"""The bundled sample snapshot (pipeline/sample/) is valid Common Crawl-style WARC and matches its manifest."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from fastwarc.warc import ArchiveIterator as FastIterator
from fastwarc.warc import WarcRecordType
from warcio.archiveiterator import ArchiveIterator as WarcioIterator
from warcio.exceptions import ArchiveLoadFailed

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "pipeline" / "sample"
SNAPSHOT_DIR = SAMPLE / "crawl-data" / "CC-MAIN-2024-10"
LANGID_DIR = REPO.parent / "shared" / "data" / "langid"
MANIFEST = json.loads((SAMPLE / "manifest.json").read_text(encoding="utf-8"))
RECORDS = MANIFEST["records"]
BY_ID = {r["record_id"]: r for r in RECORDS}
RESPONSES = [r for r in RECORDS if r["warc_type"] == "response"]


def read_fastwarc(path: Path) -> list[dict]:
    """Each record's id, type, URI and digest checks; for responses also status, Content-Type, payload."""
    with path.open("rb") as f:  # block digests need the unparsed block
        rows = [{"id": rec.record_id, "type": rec.headers["WARC-Type"], "uri": rec.headers.get("WARC-Target-URI"),
                 "block_ok": rec.verify_block_digest()} for rec in FastIterator(f, parse_http=False)]
    with path.open("rb") as f:
        for row, rec in zip(rows, FastIterator(f, parse_http=True), strict=True):
            assert rec.record_id == row["id"]
            if rec.record_type in (WarcRecordType.request, WarcRecordType.response):
                row["payload_ok"] = rec.verify_payload_digest(consume=False)
            if rec.record_type == WarcRecordType.response:
                row["status"] = rec.http_headers.status_code
                row["content_type"] = rec.http_headers.get("Content-Type")
                row["body"] = rec.reader.read()
    return rows


FASTWARC = {p: read_fastwarc(SAMPLE / p) for p in MANIFEST["warc_files"]}
BODIES = {r["id"]: r["body"] for rows in FASTWARC.values() for r in rows if "body" in r}


def article_words(record: dict) -> list[str]:
    doc = lxml.html.fromstring(BODIES[record["record_id"]].decode(record["charset"]))
    (article,) = doc.xpath("//article")
    return "\n".join(p.text_content() for p in article.xpath(".//p")).lower().split()


def jaccard(a: list[str], b: list[str], n: int = 5) -> float:
    sa = {tuple(a[i:i + n]) for i in range(len(a) - n + 1)}
    sb = {tuple(b[i:i + n]) for i in range(len(b) - n + 1)}
    return len(sa & sb) / len(sa | sb)


def test_paths_file_lists_exactly_the_warc_files_present():
    listed = gzip.decompress((SNAPSHOT_DIR / "warc.paths.gz").read_bytes()).decode("ascii").splitlines()
    present = sorted(p.relative_to(SAMPLE).as_posix() for p in SAMPLE.rglob("*.warc.gz"))
    assert sorted(listed) == present
    assert listed == MANIFEST["warc_files"]
    assert len(listed) >= 3
    for path in listed:
        assert re.fullmatch(r"crawl-data/CC-MAIN-2024-10/segments/\d{13}\.\d+/warc/"
                            r"CC-MAIN-\d{14}-\d{14}-\d{5}\.warc\.gz", path), path
    assert sum((SAMPLE / p).stat().st_size for p in listed) < 3_000_000


def test_every_record_parses_with_fastwarc_and_digests_verify():
    for path, rows in FASTWARC.items():
        expected = [r for r in RECORDS if r["warc_file"] == path]
        assert [r["id"] for r in rows] == [r["record_id"] for r in expected]
        assert [r["type"] for r in rows] == [r["warc_type"] for r in expected]
        assert [r["uri"] for r in rows] == [r["url"] for r in expected]
        assert rows[0]["type"] == "warcinfo"
        assert all(r["block_ok"] for r in rows), path
        assert all(r["payload_ok"] for r in rows if r["type"] in ("request", "response")), path
        for row, rec in zip(rows, expected):
            if rec["warc_type"] == "response":
                assert row["status"] == rec["http_status"]
                assert row["content_type"] == rec["content_type"]
                assert "sha1:" + base64.b32encode(hashlib.sha1(row["body"]).digest()).decode() == rec["payload_digest"]


def test_every_record_parses_with_warcio_and_digests_verify():
    for path in MANIFEST["warc_files"]:
        seen = []
        with (SAMPLE / path).open("rb") as f:
            for rec in WarcioIterator(f, check_digests="raise"):
                rec.content_stream().read()  # digests are checked once the record is read to the end
                status = rec.http_headers.get_statuscode() if rec.rec_type == "response" else None
                seen.append((rec.rec_headers["WARC-Record-ID"], rec.rec_type, status and int(status)))
        assert seen == [(r["record_id"], r["warc_type"], r["http_status"]) for r in RECORDS if r["warc_file"] == path]


def test_a_corrupted_payload_fails_both_digest_checks():
    warc = gzip.decompress((SAMPLE / MANIFEST["warc_files"][0]).read_bytes())
    at = warc.index(b"<article") + 10
    corrupt = io.BytesIO(gzip.compress(warc[:at] + bytes([warc[at] ^ 1]) + warc[at + 1:], mtime=0))
    checks = [(rec.record_type, rec.verify_block_digest()) for rec in FastIterator(corrupt, parse_http=False)]
    assert [ok for t, ok in checks if t == WarcRecordType.response].count(False) == 1
    corrupt.seek(0)
    with pytest.raises(ArchiveLoadFailed):
        for rec in WarcioIterator(corrupt, check_digests="raise"):
            rec.content_stream().read()


def test_record_counts_per_kind_match_the_manifest():
    kinds = Counter()
    for rows in FASTWARC.values():
        for row in rows:
            if row["type"] != "response":
                kinds[row["type"]] += 1
            elif row["status"] == 301:
                kinds["redirect"] += 1
            elif row["status"] == 404:
                kinds["not_found"] += 1
            elif not row["content_type"].startswith("text/html"):
                kinds["non_html"] += 1
            else:
                kinds["html" if b"<article" in row["body"] else "boilerplate_only"] += 1
    assert dict(kinds) == MANIFEST["summary"]["kinds"] == dict(Counter(r["kind"] for r in RECORDS))
    assert kinds["warcinfo"] == len(MANIFEST["warc_files"])
    assert kinds["request"] == kinds["metadata"] == len(RESPONSES)
    assert 25 <= kinds["non_html"] + kinds["redirect"] + kinds["not_found"] <= 40
    assert MANIFEST["summary"]["non_html_content_types"] == {
        "application/json": 5, "application/pdf": 4, "image/jpeg": 6, "text/plain": 5}


def test_at_least_300_html_pages_in_at_least_6_languages_mostly_english():
    html = [r for r in RESPONSES if r["kind"] == "html"]
    languages = Counter(r["language"] for r in html)
    assert len(html) >= 300
    assert len(languages) >= 6
    assert 0.5 <= languages["en"] / len(html) <= 0.6
    assert dict(languages) == MANIFEST["summary"]["html_languages"]


def test_html_pages_decode_with_their_charset_and_declare_it_where_the_manifest_says():
    charsets = Counter()
    for r in RESPONSES:
        if r["kind"] not in ("html", "boilerplate_only"):
            continue
        body = BODIES[r["record_id"]]
        text = body.decode(r["charset"])  # strict: raises if the bytes are not in that charset
        declared_in_meta = re.search(r"<meta[^>]+charset=", text, re.I) is not None
        assert declared_in_meta == r["charset_declared"] == ("charset=" in r["content_type"]), r["url"]
        charsets[r["charset"] if r["charset_declared"] else "undeclared"] += 1
        if r["kind"] == "html":
            assert "<nav" in text and "<header" in text and "<footer" in text and 'id="comments"' in text
            if not r["planted"]:  # pages planted for the filters have lists, code, short notices
                assert len(" ".join(article_words(r))) >= 250
    assert {"windows-1252", "iso-8859-1", "shift_jis", "euc-jp", "undeclared"} <= set(charsets)
    assert charsets["undeclared"] == 1
    undeclared = next(r for r in RESPONSES if r["charset_declared"] is False)
    assert BODIES[undeclared["record_id"]].decode("utf-8") != BODIES[undeclared["record_id"]].decode("latin-1")


def test_exact_duplicates_are_byte_identical_and_come_after_their_original():
    order = {r["record_id"]: i for i, r in enumerate(RECORDS)}
    copies = [r for r in RESPONSES if r["exact_dup_of"]]
    assert len(copies) == MANIFEST["summary"]["exact_dup_copies"] == 20
    for r in copies:
        original = BY_ID[r["exact_dup_of"]]
        assert BODIES[r["record_id"]] == BODIES[original["record_id"]]
        assert r["url"] != original["url"] and order[original["record_id"]] < order[r["record_id"]]
    assert len({r["warc_file"] for r in copies}) == 3
    assert MANIFEST["summary"]["exact_dup_copies_in_other_file"] >= 3


def test_near_duplicate_and_decoy_jaccards_recomputed_from_the_stored_html():
    order = {r["record_id"]: i for i, r in enumerate(RECORDS)}
    near = [r for r in RESPONSES if r["near_dup_of"]]
    decoys = [r for r in RESPONSES if r["decoy_of"]]
    assert len(near) == 25 and len(decoys) == 5
    for r in near:
        original = BY_ID[r["near_dup_of"]]
        j = jaccard(article_words(r), article_words(original))
        assert j >= 0.8 and abs(j - r["jaccard"]) < 1e-3, (r["url"], j, r["jaccard"])
        assert r["template"] != original["template"] and order[original["record_id"]] < order[r["record_id"]]
        assert BODIES[r["record_id"]] != BODIES[original["record_id"]]
    for r in decoys:
        original = BY_ID[r["decoy_of"]]
        j = jaccard(article_words(r), article_words(original))
        assert j < 0.3 and abs(j - r["jaccard"]) < 1e-3
        assert r["template"] == original["template"]
    assert len({r["warc_file"] for r in near}) == 3
    assert MANIFEST["summary"]["near_dup_copies_in_other_file"] >= 3


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", number)][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits)) % 10 == 0


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def test_planted_pii_sits_in_the_article_text_and_is_valid():
    pages = [r for r in RESPONSES if r["pii"]]
    assert len(pages) == 40
    types = Counter(p["type"] for r in pages for p in r["pii"])
    assert set(types) == {"EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN"}
    assert dict(types) == MANIFEST["summary"]["pii_entities"]
    for r in pages:
        assert r["language"] == "en" and not (r["exact_dup_of"] or r["near_dup_of"] or r["decoy_of"])
        assert r["record_id"] not in {x["exact_dup_of"] or x["near_dup_of"] or x["decoy_of"] for x in RESPONSES}
        text = " ".join(article_words(r))
        for p in r["pii"]:
            assert p["text"].lower() in text, (r["url"], p)
            if p["type"] == "CREDIT_CARD":
                assert luhn_ok(p["text"]) and p["text"][0] in "345"
            elif p["type"] == "IBAN_CODE":
                assert iban_ok(p["text"]) and p["text"][:2] in ("DE", "GB", "FR")
            elif p["type"] == "US_SSN":
                area = int(p["text"][:3])
                assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", p["text"]) and 0 < area < 900 and area != 666
    assert {p["text"][:2] for r in pages for p in r["pii"] if p["type"] == "IBAN_CODE"} == {"DE", "GB", "FR"}
    assert any(p["text"].startswith(("+44", "+49")) for r in pages for p in r["pii"] if p["type"] == "PHONE_NUMBER")


def test_blocklisted_pages_name_their_list_and_entry():
    hits = [r for r in RESPONSES if r["blocklisted"]]
    assert Counter(r["blocklisted"]["rule"] for r in hits) == {
        "banned_domain": 8, "subdomain_of_banned_domain": 3, "banned_word": 4}
    for r in hits:
        host = r["url"].split("/")[2]
        entry = r["blocklisted"]["entry"]
        assert r["language"] == "en" and r["kind"] == "html"
        if r["blocklisted"]["rule"] == "banned_word":
            assert entry in re.split(r"[^a-zA-Z0-9]+", r["url"])
        else:
            assert host == entry or host.endswith("." + entry)


def find_blocklist(name_pattern: str) -> Path | None:
    hits = sorted(p for p in (REPO / "blocklists").rglob("*") if p.is_file() and re.search(name_pattern, p.name))
    return hits[0] if hits else None


def test_urls_against_the_repo_copy_of_finewebs_lists():
    words_file = find_blocklist(r"^banned_words")
    domains_file = find_blocklist(r"url_filterblacklists.*\.tar\.gz$|^domains")
    if words_file is None or domains_file is None:
        pytest.skip("blocklists/ has no copy of datatrove's banned_words.txt and domains list yet")
    opener = gzip.open if words_file.suffix == ".gz" else open
    with opener(words_file, "rt", encoding="utf-8") as f:
        banned_words = {re.sub(r"[^a-z0-9]", "", w.lower()) for w in f if w.strip() and not w.startswith("#")}
    hosts = {r["url"].split("/")[2] for r in RESPONSES}
    candidates = {".".join(h.split(".")[i:]) for h in hosts for i in range(len(h.split(".")) - 1)}
    if domains_file.name.endswith(".tar.gz"):
        with tarfile.open(domains_file) as tar:
            member = tar.extractfile(next(m for m in tar.getmembers() if m.name.endswith("domains")))
            listed = {line.strip().decode() for line in member if line.strip().decode() in candidates}
    else:
        with (gzip.open if domains_file.suffix == ".gz" else open)(domains_file, "rt", encoding="utf-8") as f:
            listed = {line.strip() for line in f if line.strip() in candidates}
    for r in RESPONSES:
        host = r["url"].split("/")[2]
        suffixes = {".".join(host.split(".")[i:]) for i in range(len(host.split(".")) - 1)}
        word_hits = set(re.split(r"[^a-zA-Z0-9]+", r["url"])) & banned_words
        if r["blocklisted"] is None:
            assert not word_hits, r["url"]
            # subdomains of a listed registered domain are blocked too, so no suffix may be listed
            assert not suffixes & listed, r["url"]
        elif r["blocklisted"]["rule"] == "banned_word":
            assert r["blocklisted"]["entry"] in word_hits
        else:
            assert r["blocklisted"]["entry"] in listed


def test_regenerating_gives_byte_identical_files(tmp_path):
    if not (LANGID_DIR / "en.txt").exists():
        pytest.skip(f"{LANGID_DIR} is absent; the generator needs ../shared/data/langid next to the repo")
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_sample.py"), "--output", str(tmp_path),
                    "--langid-dir", str(LANGID_DIR)], check=True, capture_output=True)
    committed = sorted(p.relative_to(SAMPLE) for p in SAMPLE.rglob("*") if p.is_file())
    regenerated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert regenerated == committed
    for rel in committed:
        assert (tmp_path / rel).read_bytes() == (SAMPLE / rel).read_bytes(), rel


def test_every_record_names_the_step_that_drops_it():
    """`expected_drop` for every record ("step/reason", null: kept); the pages planted for the
    filter steps cover every default step that drops documents (tests/test_run_end_to_end.py
    checks each against a real run)."""
    from stages import STEPS

    assert all("expected_drop" in r for r in RECORDS)
    planted = [r for r in RESPONSES if r["planted"]]
    dropping_steps = {r["expected_drop"].split("/")[0] for r in planted}
    assert dropping_steps == {"langid", "gopher_repetition", "gopher_quality", "c4",
                              "fineweb_quality"}
    steps = {r["expected_drop"].split("/")[0] for r in RECORDS if r["expected_drop"]}
    # every default step that drops documents drops some page of the sample (pii replaces,
    # tokenize writes: neither drops)
    assert steps == {"read"} | (set(STEPS) - {"pii", "tokenize"})
    assert MANIFEST["summary"]["expected_kept"] == sum(
        1 for r in RESPONSES if r["expected_drop"] is None) >= 100
