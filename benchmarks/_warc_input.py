"""The throughput benchmarks' input: WARC files in Common Crawl's layout, built from real pages.

The 506 real web pages of ../shared/data/extraction (trafilatura's benchmark, many languages and
charsets) are written as WARC `response` records, repeated (each copy under another URL) up to
`records` records in `files` gzip WARC files, plus the bundled sample snapshot's three WARC files
(request / response / metadata triples like Common Crawl's). Everything lands in
`<root>/crawl-data/<SNAPSHOT>/` with a `warc.paths.gz`, so `pipeline run --data-root <root>` and
datatrove's WarcReader read exactly the same bytes. Deterministic: same arguments, same files.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
EXTRACTION = SHARED_DATA / "extraction"
SAMPLE = REPO / "pipeline" / "sample" / "crawl-data" / "CC-MAIN-2024-10"
SNAPSHOT = "CC-MAIN-2024-10"  # the sample's name; the input root is a separate data root
SEGMENT = "1700000000000.0"
WARC_DATE = "2024-02-21T00:00:00Z"


def extraction_pages() -> list[tuple[str, bytes, dict]]:
    """(key, html bytes, ground-truth item) for every page of the extraction set, sorted by key."""
    if not (EXTRACTION / "groundtruth.json").is_file():
        raise FileNotFoundError(
            f"{EXTRACTION}: extraction ground truth not found; the benchmarks need the shared "
            f"data folder next to the repository (../shared/data, see its README.md)")
    truth = json.loads((EXTRACTION / "groundtruth.json").read_text(encoding="utf-8"))
    return [(key, (EXTRACTION / "html" / item["file"]).read_bytes(), item)
            for key, item in sorted(truth.items())]


def held_out(key: str) -> bool:
    """The fixed fifth of the dev pages kept out of all tuning (sha1 of the page's key): every
    threshold of extraction and prefilter was chosen on the other pages, and the benchmarks
    report this part on its own, so a claim that only holds on tuned pages shows."""
    return hashlib.sha1(key.encode("utf-8")).digest()[0] % 5 == 0


# Real WARC files in ../shared/data/warc with HTML responses (see its SOURCE.txt).
REAL_WARCS = ("cc_main_2020_34_resiliparse/warcfile.warc.gz",
              "cc_main_2024_22_whirlwind/whirlwind.warc.gz",
              "ai2_dolma_samples/sample-0000.warc.gz", "ai2_dolma_samples/sample-0001.warc.gz")


def dev_pages() -> list[tuple[str, bytes, str | None]]:
    """(key, raw HTML, declared charset) of every HTML page the project has for development: the
    506 extraction pages, the bundled sample's 320 HTML pages (10 languages, 7 charsets) and the
    HTML responses of the real WARC files in ../shared/data/warc. Keys name the source."""
    from pipeline.warc import read_records

    pages = [(f"extraction::{key}", html, None) for key, html, _ in extraction_pages()]
    sources = [("sample", path) for path in sorted(SAMPLE.glob("segments/*/warc/*.warc.gz"))]
    sources += [("warc", SHARED_DATA / "warc" / name) for name in REAL_WARCS
                if (SHARED_DATA / "warc" / name).is_file()]
    for source, path in sources:
        with open(path, "rb") as stream:
            for record in read_records(stream):
                if record.decision.kept and record.payload:
                    pages.append((f"{source}::{path.name}::{record.record_index}::{record.url}",
                                  record.payload, record.charset))
    return pages


def page_url(key: str, copy: int) -> str:
    """A plausible URL from the ground-truth key ("hard::100noticias.com-millones.html")."""
    name = key.split("::", 1)[-1]
    host, _, path = name.partition("-")
    host = host if "." in host else f"{host}.example.org"
    return f"https://{host}/{copy}/{path or 'index.html'}"


def _response_record(writer, url: str, html: bytes) -> None:
    from warcio.statusandheaders import StatusAndHeaders

    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"),
                                       ("Content-Length", str(len(html)))], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(html), http_headers=http,
        warc_headers_dict={"WARC-Date": WARC_DATE, "WARC-Identified-Payload-Type": "text/html"})
    writer.write_record(record)


def build_input(root: Path, records: int = 2024, files: int = 4, with_sample: bool = True,
                held_out_only: bool = False) -> dict:
    """Write the input under `root` (reused when it already holds the same build); returns facts
    about it: warc paths (relative to root), records, HTML pages, compressed and payload bytes.
    `held_out_only`: only the held-out fifth of the pages (see `held_out`), repeated."""
    from warcio.warcwriter import WARCWriter

    root = Path(root)
    snapshot_dir = root / "crawl-data" / SNAPSHOT
    facts_file = root / "input.json"
    wanted = {"records": records, "files": files, "with_sample": with_sample, "version": 3,
              "held_out_only": held_out_only}
    if facts_file.is_file():
        facts = json.loads(facts_file.read_text())
        if facts.get("build") == wanted and all((root / p).is_file() for p in facts["warc_paths"]):
            return facts
    shutil.rmtree(root, ignore_errors=True)
    pages = [page for page in extraction_pages() if held_out(page[0]) or not held_out_only]
    warc_paths: list[str] = []
    html_bytes = 0
    per_file = -(-records // files)
    for file_index in range(files):
        relative = (f"crawl-data/{SNAPSHOT}/segments/{SEGMENT}/warc/"
                    f"CC-MAIN-bench-{file_index:05d}.warc.gz")
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as out:
            writer = WARCWriter(out, gzip=True)
            for n in range(file_index * per_file, min(records, (file_index + 1) * per_file)):
                key, html, _ = pages[n % len(pages)]
                _response_record(writer, page_url(key, n // len(pages)), html)
                html_bytes += len(html)
        warc_paths.append(relative)
    sample_records = sample_html = 0
    if with_sample:
        for source in sorted(SAMPLE.glob("segments/*/warc/*.warc.gz")):
            relative = str(source.relative_to(SAMPLE.parent.parent))
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, root / relative)
            warc_paths.append(relative)
        manifest = json.loads((SAMPLE.parent.parent / "manifest.json").read_text())
        sample_records = len(manifest["records"])
        sample_html = 320
    with gzip.open(snapshot_dir / "warc.paths.gz", "wt") as listing:
        listing.write("".join(p + "\n" for p in warc_paths))
    facts = {
        "build": wanted,
        "warc_paths": warc_paths,
        "page_records": records,
        "sample_records": sample_records,
        "html_pages": records + sample_html,
        "compressed_bytes": sum((root / p).stat().st_size for p in warc_paths),
        "page_html_bytes": html_bytes,
    }
    facts_file.write_text(json.dumps(facts, indent=1))
    return facts
