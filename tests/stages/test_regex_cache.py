"""stages/regex_cache.py: a pattern whose program comes from the cache is the pattern re.compile
makes (equal: same pattern, flags and SRE program), however the cache file was left."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from stages import regex_cache

ROOT = Path(__file__).resolve().parents[2]

PATTERNS = [
    (r"a(?P<x>b)|c", re.IGNORECASE),
    (r"(?i:foo)bar\b(?=\s)", 0),
    (r"(?<=x)y(?!q)|^z$", re.MULTILINE | re.DOTALL),
    (r"(?P<a>x)(?P=a)(?P<b>y)?", re.VERBOSE),
    ("é|ß|İ|ſ|K|ǅ|Σ", re.IGNORECASE),               # case folding beyond ASCII
    (r"[^\W\d_]{2,}+|(?>ab|a)c|x*+", 0),             # possessive, atomic (3.11+ syntax)
    ("|".join(f"w{i}ord" for i in range(300)), re.IGNORECASE),
    (r"(?:(\d+)[-./](\d+))?", re.ASCII),
]
PATTERNS = [(p, f) for p, f in PATTERNS if sys.version_info >= (3, 11) or "+" not in p]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CC_PIPELINE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(regex_cache, "_compiled", {})
    return tmp_path / "cache"


def fresh(pattern, flags):
    """Compiled as a new process would: this process's memo forgotten."""
    regex_cache._compiled.clear()
    return regex_cache.compile(pattern, flags)


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_pattern_from_the_cache_is_the_one_re_compiles(cache, pattern, flags):
    first = regex_cache.compile(pattern, flags)
    assert regex_cache.compile(pattern, flags) is first  # this process: the same object
    assert len(list(regex_cache.cache_dir().iterdir())) == 1
    again = fresh(pattern, flags)  # read from the file
    plain = re.compile(pattern, flags)
    assert again is not plain and again == plain
    assert (again.flags, again.groups, dict(again.groupindex)) == \
        (plain.flags, plain.groups, dict(plain.groupindex))
    for text in ("ab c W17ORD xyz\nz", "FOObar baR", "ÉSSİSTKǄσ", "12-34 4/5 x", "aac xxx"):
        assert [m.span() for m in again.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_program_is_read_from_the_file_not_compiled(cache, monkeypatch):
    regex_cache.compile(r"(?:alpha|beta|gamma)\d+", re.IGNORECASE)
    regex_cache._compiled.clear()

    def no_compile(*args):
        raise AssertionError("compiled again")

    monkeypatch.setattr(regex_cache, "_pieces", no_compile)
    monkeypatch.setattr(regex_cache, "re", SimpleNamespace(compile=no_compile))
    assert regex_cache.compile(r"(?:alpha|beta|gamma)\d+", re.IGNORECASE).match("GAMMA7")


@pytest.mark.parametrize("damage", ["truncated", "flipped", "header", "flags", "group name", "empty",
                                    "other key"])
def test_a_damaged_file_is_compiled_again_and_rewritten(cache, damage):
    pattern = r"(?P<word>phone|tel)\W*(\d{3})"
    regex_cache.compile(pattern, re.IGNORECASE)
    [path] = regex_cache.cache_dir().iterdir()
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[:-9])
    elif damage == "flipped":  # a program still valid for SRE, but not this pattern's
        body = data.index(b"\n") + 1
        path.write_bytes(data[:body + 40] + bytes([data[body + 40] ^ 1]) + data[body + 41:])
    elif damage == "header":
        path.write_bytes(b'{"key": 1' + data[data.index(b"\n"):])
    elif damage == "flags":  # still a valid header, with another flag: not this pattern
        path.write_bytes(data.replace(b'"flags": 34', b'"flags": 42', 1))
        assert path.read_bytes() != data
    elif damage == "group name":
        path.write_bytes(data.replace(b'"word"', b'"wore"'))
        assert path.read_bytes() != data
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        other = regex_cache.compile(r"(?P<word>fax)\W*(\d{3})", re.IGNORECASE)
        assert other
        [other_path] = [p for p in regex_cache.cache_dir().iterdir() if p != path]
        path.write_bytes(other_path.read_bytes())
    again = fresh(pattern, re.IGNORECASE)
    assert again == re.compile(pattern, re.IGNORECASE)
    assert again.match("Tel: 555").groupdict() == {"word": "Tel"}
    assert path.read_bytes() == data  # written again, whole


def test_an_unwritable_cache_changes_nothing(tmp_path, monkeypatch):
    """The pattern is re's; nothing is written, and it is compiled once (no second compile for
    a file that cannot be left)."""
    (tmp_path / "file").write_text("a file where the cache folder should be")
    monkeypatch.setenv("CC_PIPELINE_CACHE", str(tmp_path / "file"))
    monkeypatch.setattr(regex_cache, "_compiled", {})

    def no_pieces(*args):
        raise AssertionError("compiled for a cache that cannot be written")

    monkeypatch.setattr(regex_cache, "_pieces", no_pieces)
    assert regex_cache.compile(r"x(y)", re.IGNORECASE) == re.compile(r"x(y)", re.IGNORECASE)
    assert (tmp_path / "file").is_file()


def test_the_pii_word_patterns_come_from_the_cache_in_a_new_process(tmp_path):
    """The pii step's biggest patterns (its phone word lists): a second process reads them, equal
    to what re compiles there."""
    script = (
        "import re, stages.pii_words as w\n"
        "from stages import regex_cache\n"
        "names = ['_PHONE_WORD', '_PHONE_LABEL', '_PHONE_LABEL_AFTER', '_NOT_PHONE_WORD']\n"
        "made = [getattr(w, n) for n in names]\n"
        "assert all(regex_cache._compiled.get((p.pattern, p.flags & ~re.UNICODE)) is p for p in made)\n"
        "assert all(p == re.compile(p.pattern, p.flags) for p in made)\n"
        "print(len(list(regex_cache.cache_dir().iterdir())))\n")
    env = {"CC_PIPELINE_CACHE": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    files = sorted((tmp_path / "cache" / "regex").rglob("*.sre"))
    assert int(first.stdout) == len(files) == 4
    stamps = [p.stat().st_mtime_ns for p in files]
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert [p.stat().st_mtime_ns for p in files] == stamps  # read, not written again
