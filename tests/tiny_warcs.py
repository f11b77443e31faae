"""Many tiny WARC files in Common Crawl's layout, generated on the fly, to test and measure the
orchestration at snapshot-like file counts (tests/test_orchestration.py, benchmarks/scaling.py
--many-files).

Each file holds `pages` English HTML responses (one gzip member per record, as Common Crawl's).
Their text comes from the bundled sample's English pages: paragraphs whose words are mapped
through the file's own bijection of the vocabulary (words of five letters or more rotate among
the words of their length by a per-file offset; shorter ones, most stop words, stay), so pages of different files share almost no 5-gram and stay English to fastText. A
`near_fraction` share of pages are near-duplicates of a page of an earlier file (one run of 3% of
its words replaced), which the global dedup must find across files.
"""
from __future__ import annotations

import gzip
import random
import re
from pathlib import Path

from tests.warc_builder import WarcBuilder, html_page

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "pipeline" / "sample"
SNAPSHOT = "CC-MAIN-2024-10"
PARAGRAPH = re.compile(rb"<p\b[^>]*>(.*?)</p>", re.S | re.I)
TAG = re.compile(r"<[^>]+>|&#?\w+;")
WORD = re.compile(r"[A-Za-z]+")


def english_paragraphs() -> list[list[str]]:
    """Per English page of the sample: its paragraphs' text (tags removed)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    listing = SAMPLE / "crawl-data" / SNAPSHOT / "warc.paths.gz"
    pages = []
    for relative in gzip.decompress(listing.read_bytes()).decode().split():
        with open(SAMPLE / relative, "rb") as stream:
            for record in ArchiveIterator(stream, record_types=WarcRecordType.response):
                html = record.reader.read()
                if (record.http_headers is None or record.http_headers.status_code != 200
                        or b'lang="en"' not in html[:2048]):
                    continue
                paragraphs = [" ".join(TAG.sub(" ", p.decode("utf-8", "replace")).split())
                              for p in PARAGRAPH.findall(html)]
                paragraphs = [p for p in paragraphs if len(p.split()) >= 8]
                if sum(len(p.split()) for p in paragraphs) >= 80:
                    pages.append(paragraphs)
    if not pages:
        raise RuntimeError(f"no English pages found in the sample under {SAMPLE}")
    return pages


class TinySnapshot:
    def __init__(self, pages_per_file: int = 2, near_fraction: float = 0.05, seed: int = 0):
        self.pages_per_file, self.near_fraction, self.seed = pages_per_file, near_fraction, seed
        self.sources = english_paragraphs()
        vocabulary = sorted({w for page in self.sources for p in page for w in WORD.findall(p)})
        self.by_length: dict[int, list[str]] = {}
        for word in vocabulary:
            self.by_length.setdefault(len(word), []).append(word)
        self.position = {w: i for group in self.by_length.values() for i, w in enumerate(group)}

    def _distinct_page(self, file_index: int, page: int) -> tuple[str, list[str]]:
        rng = random.Random(f"{self.seed}:{file_index}:{page}")
        source = self.sources[rng.randrange(len(self.sources))]
        offset = 1 + file_index * 7919 + page * 104729  # a rotation per (file, page)

        def mapped(match: re.Match) -> str:
            word = match.group()
            if len(word) <= 4:  # stop words stay (Gopher's quality filter counts them)
                return word
            group = self.by_length[len(word)]
            return group[(self.position[word] + offset) % len(group)]
        paragraphs = [WORD.sub(mapped, p) for p in source]
        return f"Page {page} of file {file_index}", paragraphs

    def page(self, file_index: int, page: int) -> tuple[str, list[str], bool]:
        """(title, paragraphs, is a near-duplicate of an earlier file's page). A near-duplicate
        keeps the paragraphs of the page it copies (whatever that page is) and replaces one run
        of 3% of its words, so extraction sees the same layout."""
        rng = random.Random(f"near:{self.seed}:{file_index}:{page}")
        if file_index > 0 and rng.random() < self.near_fraction:
            original = rng.randrange(file_index)
            title, paragraphs, _ = self.page(original, rng.randrange(self.pages_per_file))
            words = [p.split() for p in paragraphs]
            where = [(i, j) for i, p in enumerate(words) for j in range(len(p))]
            run = max(1, round(0.03 * len(where)))
            start = rng.randrange(max(1, len(where) - run))
            pool = self.by_length[5]
            for i, j in where[start:start + run]:
                words[i][j] = rng.choice(pool)
            return title, [" ".join(p) for p in words], True
        return (*self._distinct_page(file_index, page), False)

    def write(self, root: Path, files: int) -> dict:
        """Write `files` WARC files and warc.paths.gz under `root`; returns counts."""
        folder = f"crawl-data/{SNAPSHOT}/segments/tiny/warc"
        (root / folder).mkdir(parents=True, exist_ok=True)
        listed, near = [], 0
        for index in range(files):
            builder = WarcBuilder(seed=index * 1000)
            for page in range(self.pages_per_file):
                title, paragraphs, is_near = self.page(index, page)
                near += is_near
                builder.response(f"https://site{index % 997}.example/{index}/{page}",
                                 html_page(title, paragraphs).encode())
            name = f"{folder}/tiny-{index:06d}.warc.gz"
            (root / name).write_bytes(builder.bytes())
            listed.append(name)
        (root / "crawl-data" / SNAPSHOT / "warc.paths.gz").write_bytes(
            gzip.compress(("\n".join(listed) + "\n").encode(), mtime=0))
        return {"files": files, "pages": files * self.pages_per_file, "near_duplicates": near}
