"""A full-size Common Crawl WARC file from real pages: the input of benchmarks/fullsize_warc.py.

Pages: every HTML page the project has (`_warc_input.dev_pages`): the 506 real pages of
../shared/data/extraction (~135 KB of HTML each, as CC's average page), the HTML responses of
the real WARC excerpts in ../shared/data/warc, and the bundled sample's pages (synthetic and
~7 KB, so they come in one round of four only: the file's pages average ~110 KB, CC's ~135 KB).
Each page is captured again and again under new URLs until the file holds `responses` captures:

  original   the page's first capture, its bytes as they are
  distinct   every word of 4+ letters outside tags, scripts and styles mapped through this
             copy's own permutation of the page's words of the same length: same language,
             size, markup and short function words, (almost) no word 5-gram in common with any
             other capture, so the global dedup must keep it
  near       a distinct (or original) capture of the same page with one run of 5% of the long
             words of its paragraphs (text stretches of 15+ long words) replaced by other words
             of the page: a near-duplicate that the global dedup should remove
  exact      a distinct (or original) capture's payload byte for byte under another URL (a
             tracking parameter added), as mirrors and http/https pairs are in CC

(`KINDS` gives the shares). Every capture but `original` and `exact` gets a per-capture token in
a `<meta name="csrf-token">` (a few bytes, as CSRF tokens and cache busters make real re-fetches
differ). Captures are shuffled through the file, WARC-Dates spread over its 3-hour window.

Layout: Common Crawl's. One warcinfo record, then per capture a request, a response and a metadata
record (fetchTimeMs, charset-detected; not CC's languages-cld2, which needs CLD2), each its own gzip
member (level 6, Java's default, which CC's writer uses), with CC's headers (WARC-Concurrent-To,
WARC-IP-Address, payload and block digests, X-Crawler-* HTTP headers), under
`<root>/crawl-data/CC-MAIN-2024-10/segments/<SEGMENT>/warc/` with a `warc.paths.gz`, so
`pipeline run --snapshot CC-MAIN-2024-10 --data-root <root>` reads it as it would read CC.
Deterministic: the same arguments give the same bytes. Building ~1 GB takes ~10 CPU-minutes
(spread over `jobs` processes); the result is kept and reused (`input.json` says what it is).
"""
from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import json
import multiprocessing
import os
import random
import re
import shutil
import unicodedata
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from _warc_input import SNAPSHOT, dev_pages, held_out, page_url

VERSION = 1                       # bump when the bytes a build writes change
SEGMENT = "1707947473347.6"
FILE_NAME = "CC-MAIN-20240220211055-20240221001055-00000.warc.gz"
WINDOW_START = datetime(2024, 2, 20, 21, 10, 55, tzinfo=timezone.utc)  # the file name's window
WINDOW = timedelta(hours=3)
KINDS = (("distinct", 0.80), ("near", 0.15), ("exact", 0.05))  # of the captures after the first
NEAR_EDIT = 0.05                  # share of a page's long words replaced, in one run, in a near copy
SAMPLE_EVERY = 4                  # the sample's small synthetic pages come in one round of four
GZIP_LEVEL = 6
SEED = "fullsize-warc-1"

# Markup that keeps its words: script/style bodies, comments, tags (attributes), entities.
_MARKUP = re.compile(r"<(script|style|textarea|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>|&#?\w+;",
                     re.S | re.I)
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_HEAD = re.compile(r"<head\b[^>]*>", re.I)


# --- pages and their copies ----------------------------------------------------------------------

class Page:
    """One real page: its key (source), raw bytes, declared charset, and the decoded text with
    its long words grouped by length (for the copies' permutations)."""

    def __init__(self, key: str, html: bytes, charset: str | None):
        from stages.decoding import decode_html

        self.key, self.html, self.charset = key, html, charset
        self.source = key.split("::", 1)[0]
        text, codec = decode_html(html, charset)
        self.text, self.codec = text, codec
        words = set()
        for segment in _text_segments(text):
            words.update(_LONG_WORD.findall(segment))
        groups: dict[tuple, list[str]] = {}
        for word in sorted(words):
            groups.setdefault(_word_class(word), []).append(word)
        self.groups = groups
        self.vocabulary = sorted(words)

    def url(self, copy: int) -> str:
        if self.source == "extraction":
            return page_url(self.key, copy)
        original = self.key.split("::", 3)[3]
        if copy == 0:
            return original
        parts = urlsplit(original)
        path = parts.path if parts.path.startswith("/") else "/" + parts.path
        return urlunsplit((parts.scheme or "https", parts.netloc, f"/{copy}{path}", parts.query, ""))


def _word_class(word: str) -> tuple:
    """Words swap only with words of the same length, script and capitalisation, so a copy keeps
    its size, its proper nouns capitalised, and its language menu's foreign words in the menu."""
    try:
        script = unicodedata.name(word[0]).split(" ")[0]
    except ValueError:
        script = "?"
    return len(word), script, word[0].isupper()


def _text_segments(html: str):
    last = 0
    for match in _MARKUP.finditer(html):
        yield html[last:match.start()]
        last = match.end()
    yield html[last:]


def _rewrite(html: str, replace) -> str:
    """`html` with every long word outside markup passed through `replace(index, word)`."""
    out, last, counter = [], 0, [0]

    def one(match):
        counter[0] += 1
        return replace(counter[0] - 1, match.group())

    for match in _MARKUP.finditer(html):
        out.append(_LONG_WORD.sub(one, html[last:match.start()]))
        out.append(match.group())
        last = match.end()
    out.append(_LONG_WORD.sub(one, html[last:]))
    return "".join(out), counter[0]


def _prose_words(html: str, min_words: int = 15) -> list[int]:
    """Indices (as `_rewrite` counts them) of the long words in stretches of text between two
    tags that hold at least `min_words` of them: paragraphs, where the main text is, rather than
    menus, whose edits extraction would not see."""
    found, index = [], 0
    for segment in _text_segments(html):
        count = len(_LONG_WORD.findall(segment))
        if count >= min_words:
            found.extend(range(index, index + count))
        index += count
    return found


def _permutation(page: Page, copy: int) -> dict[str, str]:
    rng = random.Random(f"{SEED}:{page.key}:{copy}:words")
    mapping = {}
    for group in page.groups.values():
        shuffled = list(group)
        rng.shuffle(shuffled)
        mapping.update(zip(group, shuffled))
    return mapping


def _with_token(html: str, page: Page, copy: int) -> str:
    token = hashlib.sha1(f"{SEED}:{page.key}:{copy}:token".encode()).hexdigest()[:32]
    meta = f'<meta name="csrf-token" content="{token}">'
    head = _HEAD.search(html, 0, 4096)
    at = head.end() if head else 0
    return html[:at] + meta + html[at:]


def _encode(html: str, page: Page) -> bytes:
    return html.encode(page.codec, errors="xmlcharrefreplace")


def copy_kinds(copies: int, page: Page) -> list[tuple[str, int]]:
    """(kind, source copy) for copies 0..copies-1 of a page; the source of a near or exact copy is
    an earlier original or distinct copy (so its duplicate is in the file)."""
    kinds = [("original", 0)]
    bases = [0]
    names, weights = zip(*KINDS)
    for copy in range(1, copies):
        rng = random.Random(f"{SEED}:{page.key}:{copy}:kind")
        kind = rng.choices(names, weights)[0]
        if kind == "distinct":
            kinds.append((kind, copy))
            bases.append(copy)
        else:
            kinds.append((kind, rng.choice(bases)))
    return kinds


def base_html(page: Page, copy: int) -> str:
    """The text of an original (0) or distinct copy, before its token."""
    if copy == 0:
        return page.text
    mapping = _permutation(page, copy)
    return _rewrite(page.text, lambda _, word: mapping.get(word, word))[0]


def payload(page: Page, copy: int, kind: str, source: int) -> bytes:
    if kind == "original":
        return page.html
    if kind == "exact":
        return page.html if source == 0 else _encode(_with_token(base_html(page, source), page,
                                                                   source), page)
    html = base_html(page, source if kind == "near" else copy)
    if kind == "near":
        rng = random.Random(f"{SEED}:{page.key}:{copy}:near")
        prose = _prose_words(html)
        run = max(3, round(NEAR_EDIT * len(prose)))
        start = rng.randrange(max(1, len(prose) - run + 1))
        edited = set(prose[start:start + run])
        pool = page.vocabulary or ["lorem"]
        html = _rewrite(html, lambda i, word: rng.choice(pool) if i in edited else word)[0]
    return _encode(_with_token(html, page, copy), page)


# --- WARC records, Common Crawl's way --------------------------------------------------------------

def _digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def _record_id(*parts) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, ':'.join(map(str, (SEED, *parts))))}>"


def warc_member(headers: list[tuple[str, str]], block: bytes) -> bytes:
    """One record as its own gzip member (CC's layout): WARC/1.0 headers, block, CRLF CRLF."""
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return gzip.compress(head.encode("utf-8") + block + b"\r\n\r\n", GZIP_LEVEL, mtime=0)


def warcinfo_member(info_id: str) -> bytes:
    block = (f"isPartOf: {SNAPSHOT}\r\npublisher: Common Crawl\r\n"
             f"description: cc-pipeline benchmark file (benchmarks/_fullsize_input.py): real "
             f"pages in Common Crawl's layout\r\nsoftware: cc-pipeline benchmarks\r\n"
             f"format: WARC File Format 1.1\r\n"
             f"conformsTo: http://iipc.github.io/warc-specifications/specifications/"
             f"warc-format/warc-1.1/\r\n").encode()
    return warc_member([("WARC-Type", "warcinfo"), ("WARC-Date", _warc_date(WINDOW_START)),
                        ("WARC-Record-ID", info_id),
                        ("Content-Type", "application/warc-fields"),
                        ("WARC-Filename", FILE_NAME)], block)


def _warc_date(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def capture_members(number: int, total: int, url: str, body: bytes, charset: str | None,
                    info_id: str) -> bytes:
    """request + response + metadata of one capture, three gzip members."""
    rng = random.Random(f"{SEED}:{number}:capture")
    when = WINDOW_START + WINDOW * (number + 0.5) / total
    date = _warc_date(when)
    parts = urlsplit(url)
    host = parts.netloc
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    ip = f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    request = (f"GET {path} HTTP/1.1\r\nUser-Agent: CCBot/2.0 (https://commoncrawl.org/faq/)\r\n"
               f"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
               f"Accept-Language: en-US,en;q=0.5\r\nAccept-Encoding: br,gzip\r\n"
               f"Host: {host}\r\nConnection: Keep-Alive\r\n\r\n").encode("utf-8", "replace")
    request_id = _record_id(number, "request")
    response_id = _record_id(number, "response")
    content_type = f"text/html; charset={charset}" if charset else "text/html"
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            f"X-Crawler-Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n"
            f"Server: {rng.choice(('nginx', 'Apache', 'cloudflare', 'Microsoft-IIS/10.0'))}\r\n"
            f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S GMT')}\r\n"
            f"X-Crawler-Content-Length: {len(body) // 4 + rng.randrange(100)}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    metadata = (f"fetchTimeMs: {rng.randrange(40, 2500)}\r\n"
                f"charset-detected: {(charset or 'UTF-8').upper()}\r\n").encode()
    common = [("WARC-Date", date)]
    return b"".join((
        warc_member([("WARC-Type", "request"), *common, ("WARC-Record-ID", request_id),
                     ("Content-Type", "application/http; msgtype=request"),
                     ("WARC-Warcinfo-ID", info_id), ("WARC-IP-Address", ip),
                     ("WARC-Target-URI", url)], request),
        warc_member([("WARC-Type", "response"), *common, ("WARC-Record-ID", response_id),
                     ("Content-Type", "application/http; msgtype=response"),
                     ("WARC-Warcinfo-ID", info_id), ("WARC-Concurrent-To", request_id),
                     ("WARC-IP-Address", ip), ("WARC-Target-URI", url),
                     ("WARC-Payload-Digest", _digest(body)),
                     ("WARC-Block-Digest", _digest(http + body)),
                     ("WARC-Identified-Payload-Type", "text/html")], http + body),
        warc_member([("WARC-Type", "metadata"), *common,
                     ("WARC-Record-ID", _record_id(number, "metadata")),
                     ("Content-Type", "application/warc-fields"),
                     ("WARC-Warcinfo-ID", info_id), ("WARC-Concurrent-To", response_id),
                     ("WARC-Target-URI", url)], metadata),
    ))


# --- the plan and the build ----------------------------------------------------------------------

def select_pages(pages: str) -> list[tuple[str, bytes, str | None]]:
    """`all` (the benchmark's file), `tuning` (the four fifths profiled while optimising) or
    `held_out` (the fifth kept out of that: `_warc_input.held_out`)."""
    if pages not in ("all", "tuning", "held_out"):
        raise ValueError(f"pages must be all, tuning or held_out, got {pages!r}")
    found = dev_pages()
    if pages == "all":
        return found
    return [p for p in found if held_out(p[0]) == (pages == "held_out")]


def plan(pool: list[Page], responses: int) -> list[tuple[int, int]]:
    """(page index, copy) of every capture in file order: rounds over the pool (the sample's
    pages in one round of SAMPLE_EVERY), then shuffled."""
    captures, copies, round_number = [], [0] * len(pool), 0
    while len(captures) < responses:
        for index, page in enumerate(pool):
            if page.source == "sample" and round_number % SAMPLE_EVERY:
                continue
            captures.append((index, copies[index]))
            copies[index] += 1
            if len(captures) == responses:
                break
        round_number += 1
    random.Random(f"{SEED}:order").shuffle(captures)
    return captures


_POOL: list[Page] = []
_KINDS: list[list[tuple[str, int]]] = []


def _build_chunk(args) -> tuple[bytes, dict]:
    start, chunk, total, info_id = args
    out, counts, html_bytes, sources = [], {}, 0, {}
    for offset, (index, copy) in enumerate(chunk):
        page = _POOL[index]
        kind, source = _KINDS[index][copy]
        body = payload(page, copy, kind, source)
        url = page.url(copy)
        if kind == "exact":
            url = page.url(source) + ("&" if "?" in page.url(source) else "?") + f"utm_source=copy{copy}"
        out.append(capture_members(start + offset, total, url, body, page.charset, info_id))
        counts[kind] = counts.get(kind, 0) + 1
        sources[page.source] = sources.get(page.source, 0) + 1
        html_bytes += len(body)
    return b"".join(out), {"kinds": counts, "sources": sources, "html_bytes": html_bytes}


def build(root: Path, responses: int = 35_000, pages: str = "all", max_pages: int | None = None,
          jobs: int | None = None, log=print) -> dict:
    """Write (or reuse) the mirror under `root`; returns its facts (also in root/input.json).
    `max_pages`: that many pages, evenly spaced over the selection (a small file that still has
    every kind of capture and source)."""
    root = Path(root)
    wanted = {"version": VERSION, "responses": responses, "pages": pages, "max_pages": max_pages}
    facts_file = root / "input.json"
    if facts_file.is_file():
        facts = json.loads(facts_file.read_text())
        if facts.get("build") == wanted and (root / facts["warc_path"]).is_file():
            return facts
    shutil.rmtree(root, ignore_errors=True)
    relative = f"crawl-data/{SNAPSHOT}/segments/{SEGMENT}/warc/{FILE_NAME}"
    target = root / relative
    target.parent.mkdir(parents=True)
    global _POOL, _KINDS
    selected = select_pages(pages)
    if max_pages is not None and max_pages < len(selected):
        selected = [selected[i * len(selected) // max_pages] for i in range(max_pages)]
    _POOL = [Page(*page) for page in selected]
    captures = plan(_POOL, responses)
    copies = [0] * len(_POOL)
    for index, copy in captures:
        copies[index] = max(copies[index], copy + 1)
    _KINDS = [copy_kinds(n, page) for n, page in zip(copies, _POOL)]
    info_id = _record_id("warcinfo")
    chunk = 200
    work = [(start, captures[start:start + chunk], len(captures), info_id)
            for start in range(0, len(captures), chunk)]
    totals = {"kinds": {}, "sources": {}, "html_bytes": 0}
    jobs = jobs or os.cpu_count() or 1
    partial = target.with_name(target.name + ".partial")
    with open(partial, "wb") as out:
        out.write(warcinfo_member(info_id))
        with contextlib.ExitStack() as stack:
            chunks = map(_build_chunk, work)
            if jobs > 1:  # forked: the workers share the decoded pages
                pool = stack.enter_context(ProcessPoolExecutor(
                    jobs, mp_context=multiprocessing.get_context("fork")))
                chunks = pool.map(_build_chunk, work)
            for done, (data, facts) in enumerate(chunks, 1):
                out.write(data)
                for name in ("kinds", "sources"):
                    for key, n in facts[name].items():
                        totals[name][key] = totals[name].get(key, 0) + n
                totals["html_bytes"] += facts["html_bytes"]
                if done % 25 == 0 or done == len(work):
                    log(f"  built {min(done * chunk, len(captures)):,} of {len(captures):,} "
                        f"captures, {out.tell() / 1e6:,.0f} MB")
    partial.replace(target)
    listing = root / "crawl-data" / SNAPSHOT / "warc.paths.gz"
    listing.write_bytes(gzip.compress((relative + "\n").encode(), mtime=0))
    facts = {
        "build": wanted, "warc_path": relative, "responses": len(captures),
        "records": 1 + 3 * len(captures), "pages": len(_POOL),
        "pages_by_source": {s: sum(p.source == s for p in _POOL) for s in
                            sorted({p.source for p in _POOL})},
        "captures_by_kind": totals["kinds"], "captures_by_source": totals["sources"],
        "html_bytes": totals["html_bytes"], "compressed_bytes": target.stat().st_size,
    }
    facts_file.write_text(json.dumps(facts, indent=1))
    return facts


def mirror_of(warc: Path, root: Path) -> dict:
    """A data root whose warc.paths.gz lists one given WARC file (linked, not copied)."""
    warc = Path(warc).resolve()
    if not warc.is_file():
        raise FileNotFoundError(f"--warc {warc}: no such file")
    root = Path(root)
    shutil.rmtree(root, ignore_errors=True)
    relative = f"crawl-data/{SNAPSHOT}/segments/{SEGMENT}/warc/{warc.name}"
    (root / relative).parent.mkdir(parents=True)
    os.symlink(warc, root / relative)
    (root / "crawl-data" / SNAPSHOT / "warc.paths.gz").write_bytes(
        gzip.compress((relative + "\n").encode(), mtime=0))
    return {"build": {"given": str(warc)}, "warc_path": relative,
            "compressed_bytes": warc.stat().st_size}
