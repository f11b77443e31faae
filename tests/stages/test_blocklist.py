"""stages/blocklist.py: FineWeb's URL filter rules on the vendored lists, extra lists, bad input."""
from __future__ import annotations

import hashlib
import io
import re
import shutil
import tarfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stages.blocklist import (
    DEFAULT_BLOCKLIST_DIR,
    DOMAIN_ARCHIVE,
    EXTRA_FILES,
    BlocklistSettings,
    SortedLines,
    UrlBlocklist,
    any_of,
    url_hostname,
)

REASONS = {"domain", "subdomain", "url", "hard_word", "soft_words", "subword", "bad_url"}
FINEWEB_FILES = (DOMAIN_ARCHIVE, "banned_words.txt", "soft_banned_words.txt", "banned_subwords.txt")


@pytest.fixture(scope="module")
def blocklist() -> UrlBlocklist:
    return UrlBlocklist(BlocklistSettings())  # ~1 s: 4.56 M domains


def reason(blocklist: UrlBlocklist, url: str) -> str | None:
    return blocklist.check(url).reason


def test_vendored_lists_match_readme_sha256():
    readme = (DEFAULT_BLOCKLIST_DIR / "README.md").read_text(encoding="utf-8")
    for name in FINEWEB_FILES:
        digest = hashlib.sha256((DEFAULT_BLOCKLIST_DIR / name).read_bytes()).hexdigest()
        assert re.search(rf"`{re.escape(name)}`.*`{digest}`", readme), f"{name}: sha256 {digest} not in README"


def test_all_fineweb_domains_loaded(blocklist):
    assert len(blocklist.domains) == 4_558_940
    assert len(blocklist.urls) == 19_587


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://0-1avsex.com/", "domain"),  # first entry of the sorted list
        ("http://www.0-1avsex.com/index.html", "domain"),  # any subdomain of a banned registered domain
        ("HTTP://WWW.0-1AVSEX.COM/", "domain"),  # hosts are case-insensitive
        ("https://0-1avsex.com:8443/x?y=1#z", "domain"),
        ("http://zzzzzzzxxs.kali-shop.ru/", "subdomain"),  # last entry; kali-shop.ru itself is not listed
        ("http://kali-shop.ru/", None),
        ("http://0149614511.strimbat.fr/porno-anal-escort-granville-faire-sa-salope-baise-une-vache-video-gratuite"
         "-x-escort-girl-auxerre", "url"),
        ("0149614511.strimbat.fr/porno-anal-escort-granville-faire-sa-salope-baise-une-vache-video-gratuite-x"
         "-escort-girl-auxerre", "url"),
        ("https://example.com/videos/bdsm/page-2", "hard_word"),
        ("https://example.com/bdsm-videos", "hard_word"),
        ("https://example.com/asshole-bitch", "soft_words"),
        ("https://example.com/bitch", None),  # one soft word is not enough
        ("https://example.com/freesexvids", "subword"),  # "free sex" -> "freesex" inside a token
        ("https://example.com/Free_Sex", "subword"),  # subwords are matched on the lowercased URL
        ("https://en.wikipedia.org/wiki/Sussex", None),
        ("https://www.nytimes.com/2024/05/01/world/europe/election-results.html", None),
        ("https://1.2.3.4/path", None),
        ("http://[2001:db8::1]:8080/", None),
        ("http://localhost/", None),
    ],
)
def test_rules(blocklist, url, expected):
    assert reason(blocklist, url) == expected
    assert blocklist.check(url).kept == (expected is None)


def test_hard_words_are_case_sensitive_as_in_datatrove(blocklist):
    # datatrove splits the URL without lowercasing it: FineWeb kept this URL, so do we.
    assert reason(blocklist, "https://example.com/BDSM/page") is None


@pytest.mark.parametrize("url", ["", "   ", "http://", "http:///path", "http://[::1/", "not a url", None, 42])
def test_bad_url(blocklist, url):
    assert reason(blocklist, url) == "bad_url"


def test_soft_word_threshold():
    strict = UrlBlocklist(BlocklistSettings(soft_word_threshold=1))
    assert reason(strict, "https://example.com/bitch") == "soft_words"
    lenient = UrlBlocklist(BlocklistSettings(soft_word_threshold=3))
    assert reason(lenient, "https://example.com/asshole-bitch") is None
    with pytest.raises(ValueError):
        BlocklistSettings(soft_word_threshold=0)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_every_url_gets_one_known_decision(blocklist, url):
    decision = blocklist.check(url)
    assert decision.kept == (decision.reason is None)
    assert decision.kept or decision.reason in REASONS


def test_url_hostname():
    assert url_hostname("https://User:pw@Sub.Example.COM:80/a") == "sub.example.com"
    assert url_hostname("example.com/path") == "example.com"
    assert url_hostname("http://[::1") is None
    assert url_hostname("") is None


# --- the project's own extra lists -----------------------------------------------------------------


@pytest.fixture()
def custom_dir(tmp_path: Path) -> Path:
    """A copy of blocklists/ (FineWeb files linked, not copied) whose extra_* files we can edit."""
    for path in DEFAULT_BLOCKLIST_DIR.iterdir():
        if path.name in FINEWEB_FILES:
            (tmp_path / path.name).symlink_to(path)
        else:
            shutil.copy(path, tmp_path / path.name)
    return tmp_path


def add(directory: Path, kind: str, *entries: str) -> None:
    with open(directory / EXTRA_FILES[kind], "a", encoding="utf-8") as f:
        f.write("\n".join(entries) + "\n\n")  # a trailing blank line must not ban everything


def test_shipped_extra_files_only_have_a_header():
    for name in EXTRA_FILES.values():
        lines = (DEFAULT_BLOCKLIST_DIR / name).read_text(encoding="utf-8").splitlines()
        assert lines and all(line.startswith("#") for line in lines), name


def test_extra_lists(custom_dir):
    add(custom_dir, "domains", "Spam-Example.org", "bad.example.net", "# ignored.example.com")
    add(custom_dir, "urls", "example.com/forbidden/page.html")
    add(custom_dir, "hard_words", "casino")
    add(custom_dir, "soft_words", "cheap", "pills")
    add(custom_dir, "subwords", "buy now")
    blocklist = UrlBlocklist(BlocklistSettings(blocklist_dir=str(custom_dir)))
    assert reason(blocklist, "https://www.spam-example.org/") == "domain"
    assert reason(blocklist, "https://bad.example.net/x") == "subdomain"
    assert reason(blocklist, "https://good.example.net/x") is None
    assert reason(blocklist, "https://ignored.example.com/") is None
    assert reason(blocklist, "https://example.com/forbidden/page.html") == "url"
    assert reason(blocklist, "https://example.com/forbidden/other.html") is None
    assert reason(blocklist, "https://example.com/online-casino") == "hard_word"
    assert reason(blocklist, "https://example.com/cheap-pills") == "soft_words"
    assert reason(blocklist, "https://example.com/cheap-flights") is None
    assert reason(blocklist, "https://example.com/BuyNowAndSave") == "subword"
    assert reason(blocklist, "https://0-1avsex.com/") == "domain"  # FineWeb's lists still apply
    assert reason(blocklist, "https://en.wikipedia.org/wiki/Cat") is None


def test_unsorted_domain_archive_is_sorted_on_load(custom_dir):
    archive = custom_dir / DOMAIN_ARCHIVE
    archive.unlink()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in [("domains", b"zeta.com\nalpha.com\n# comment\n\nmid.example.org\n"),
                           ("urls", b"example.com/bad\n")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    archive.write_bytes(buffer.getvalue())
    blocklist = UrlBlocklist(BlocklistSettings(blocklist_dir=str(custom_dir)))
    assert len(blocklist.domains) == 3
    assert [reason(blocklist, f"http://{host}/") for host in ("zeta.com", "alpha.com", "mid.example.org")] == [
        "domain", "domain", "subdomain"]
    assert reason(blocklist, "http://beta.com/") is None
    assert reason(blocklist, "https://example.com/bad") == "url"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.from_regex(r"[a-z0-9.-]{1,12}", fullmatch=True), max_size=50), st.lists(
    st.from_regex(r"[a-z0-9.-]{0,12}", fullmatch=True), max_size=20))
def test_sorted_lines_membership_equals_set_membership(entries, probes):
    unique = sorted(set(entries))
    searched = SortedLines("\n".join(unique).encode(), is_sorted=True)
    resorted = SortedLines("\n".join(entries).encode(), is_sorted=False)
    for probe in entries + probes:
        assert (probe.encode() in searched) == (probe.encode() in resorted) == (probe in unique), probe


# --- configuration errors ----------------------------------------------------------------------------


# The driver's cheap check (`preflight`) and the worker's build must refuse the same mistakes.
CHECKS = {"build": UrlBlocklist, "preflight": UrlBlocklist.preflight}


@pytest.mark.parametrize("check", CHECKS)
def test_missing_dir_names_path(tmp_path, check):
    missing = tmp_path / "no-such-dir"
    with pytest.raises(ValueError, match=re.escape(str(missing))):
        CHECKS[check](BlocklistSettings(blocklist_dir=str(missing)))


@pytest.mark.parametrize("check", CHECKS)
@pytest.mark.parametrize("name", [DOMAIN_ARCHIVE, "banned_words.txt", EXTRA_FILES["subwords"]])
def test_missing_file_names_path(custom_dir, name, check):
    (custom_dir / name).unlink()
    with pytest.raises(ValueError, match=re.escape(str(custom_dir / name))):
        CHECKS[check](BlocklistSettings(blocklist_dir=str(custom_dir)))


@pytest.mark.parametrize("check", CHECKS)
def test_corrupt_archive_names_path(custom_dir, check):
    (custom_dir / DOMAIN_ARCHIVE).unlink()
    (custom_dir / DOMAIN_ARCHIVE).write_bytes(b"not a tarball")
    with pytest.raises(ValueError, match=re.escape(str(custom_dir / DOMAIN_ARCHIVE))):
        CHECKS[check](BlocklistSettings(blocklist_dir=str(custom_dir)))


def test_preflight_passes_the_shipped_lists():
    UrlBlocklist.preflight(BlocklistSettings())


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(alphabet="abc.", max_size=4), max_size=6), st.text(alphabet="abc.x", max_size=20))
def test_any_of_finds_what_the_plain_alternation_finds(words, text):
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    found = any_of(words).search(text) if words else None
    assert (found is not None) == (bool(words) and plain.search(text) is not None)


# --- the local cache of the domain archive ---------------------------------------------------------


def test_the_archive_read_once_is_mapped_from_the_cache_after(tmp_path, monkeypatch, blocklist):
    """The first worker leaves FineWeb's domains and their offsets in the cache; the next maps
    them (no untar, no scan) and answers every lookup as the archive does."""
    import stages.blocklist as module

    monkeypatch.setenv("CC_PIPELINE_CACHE", str(tmp_path / "cache"))
    first = UrlBlocklist(BlocklistSettings())
    folders = list((tmp_path / "cache" / "blocklist").iterdir())
    assert [f.name.split("-")[0] for f in folders] == [
        hashlib.sha256((DEFAULT_BLOCKLIST_DIR / DOMAIN_ARCHIVE).read_bytes()).hexdigest()]

    def unread(*args, **kwargs):
        raise AssertionError("the archive was read again")

    monkeypatch.setattr(module, "_read_domain_archive", unread)
    second = UrlBlocklist(BlocklistSettings())
    assert not isinstance(second.domains._blob, bytes)  # mapped
    assert len(second.domains) == len(first.domains) == len(blocklist.domains) > 4_000_000
    assert second.urls == first.urls == blocklist.urls
    blob = first.domains._blob
    step = max(1, len(first.domains) // 997)
    for index in range(0, len(first.domains), step):  # every 997th domain, and near misses
        domain = bytes(blob[first.domains._starts[index]:first.domains._ends[index]])
        for probe in (domain, domain + b"x", domain[:-1], b"a" + domain):
            assert (probe in second.domains) == (probe in blocklist.domains), probe
    for url in ("http://zeta.com/", "https://www.google.com/", "http://example.org/a"):
        assert second.check(url).reason == blocklist.check(url).reason


@pytest.mark.parametrize("damage", ["meta", "offsets", "domains", "missing"])
def test_a_damaged_cache_is_read_past_and_written_again(tmp_path, monkeypatch, blocklist, damage):
    monkeypatch.setenv("CC_PIPELINE_CACHE", str(tmp_path / "cache"))
    UrlBlocklist(BlocklistSettings())
    folder = next((tmp_path / "cache" / "blocklist").iterdir())
    if damage == "meta":
        (folder / "meta.json").write_text('{"lines": 3')
    elif damage == "offsets":
        (folder / "offsets.npy").write_bytes((folder / "offsets.npy").read_bytes()[:1000])
    elif damage == "domains":
        (folder / "domains").write_bytes((folder / "domains").read_bytes()[:-7])
    else:
        (folder / "urls").unlink()
    again = UrlBlocklist(BlocklistSettings())
    assert len(again.domains) == len(blocklist.domains) and again.urls == blocklist.urls
    assert again.check("http://zeta.com/").reason == blocklist.check("http://zeta.com/").reason
    import stages.blocklist as module

    digest = folder.name.split("-")[0]
    mapped = module.cached_domain_archive(digest)  # written again, whole
    assert mapped is not None and len(mapped[0]) == len(blocklist.domains)


def test_an_unwritable_cache_changes_nothing(tmp_path, monkeypatch, blocklist):
    (tmp_path / "file").write_text("a file where the cache folder should be")
    monkeypatch.setenv("CC_PIPELINE_CACHE", str(tmp_path / "file"))
    step = UrlBlocklist(BlocklistSettings())
    assert isinstance(step.domains._blob, bytes) and len(step.domains) == len(blocklist.domains)
