"""Big regular expressions compiled once per machine instead of once per process.

The `pii` step's word lists make a dozen patterns of thousands of alternatives under IGNORECASE;
CPython compiles them in ~2.1 CPU s, which every Ray worker (and every test process) paid on
each start. `compile(pattern, flags)` returns exactly what `re.compile(pattern, flags)` returns
(an equal `re.Pattern`: the same pattern, flags and SRE program), taking the program from
`$CC_PIPELINE_CACHE/regex/<python>-<sre magic>-v<format>/` when an earlier process left it there.

A cache file is written only after the program built from it compared equal to `re.compile`'s
own in the writing process; it is read only when its header names the same pattern and flags and
the sha256 of its header's fields and program matches (CPython's `_sre.compile` validates the program besides). A missing,
partial or damaged file is compiled again and rewritten; a cache that cannot be written changes
nothing but the next start-up. Not CPython, or an `re` whose internals differ: plain
`re.compile`.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path

try:
    import _sre
    try:  # Python >= 3.11
        from re import _compiler as _sre_compiler
        from re import _parser as _sre_parser
    except ImportError:  # Python 3.10
        import sre_compile as _sre_compiler  # type: ignore[no-redef]
        import sre_parse as _sre_parser  # type: ignore[no-redef]
    _USABLE = (sys.implementation.name == "cpython" and hasattr(_sre_compiler, "_code")
               and hasattr(_sre_parser, "parse") and array("I").itemsize == _sre.CODESIZE)
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _USABLE = False

FORMAT = 1
_compiled: dict[tuple[str, int], re.Pattern] = {}  # this process's, as re's own cache keeps them
_writable_folders: dict[Path, bool] = {}


def cache_dir() -> Path:
    from stages.model_files import cache_base

    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-v{FORMAT}" if _USABLE else "off"
    return cache_base() / "regex" / tag


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's own name
    """`re.compile(pattern, flags)`, its program read from the cache where it is (see above)."""
    flags = int(flags)
    if not _USABLE or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    if (pattern, flags) in _compiled:
        return _compiled[pattern, flags]
    key = hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    path = cache_dir() / f"{key}.sre"
    compiled = _read(path, key, pattern)
    if compiled is None:
        compiled = re.compile(pattern, flags)
        if _writable(path.parent):
            pieces = _pieces(pattern, flags)  # compiled a second time, once per machine
            if _build(pattern, pieces) == compiled:  # what the file would give is what re gives
                _write(path, key, pieces)
    _compiled[pattern, flags] = compiled
    return compiled


def _writable(folder: Path) -> bool:
    """Whether a cache file can be left in `folder` (asked once per process and folder)."""
    if folder not in _writable_folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _writable_folders[folder] = os.access(folder, os.W_OK)
        except OSError:
            _writable_folders[folder] = False
    return _writable_folders[folder]


def _pieces(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands to `_sre.compile`, computed the same way."""
    parsed = _sre_parser.parse(pattern, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, list(code), parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _build(pattern: str, pieces: tuple) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = pieces
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


_FIELDS = ("key", "flags", "groups", "groupindex", "indexgroup", "code_words")


def _digest(fields: dict, body: bytes) -> str:
    """sha256 over the header's fields and the program: a damaged flag or group name is caught
    as surely as a damaged program."""
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode("utf-8") + b"\n" + body).hexdigest()


def _read(path: Path, key: str, pattern: str) -> re.Pattern | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        header_end = data.index(b"\n")
        header = json.loads(data[:header_end])
        body = data[header_end + 1:]
        fields = {name: header[name] for name in _FIELDS}
        if fields["key"] != key or header.get("sha256") != _digest(fields, body) or \
                len(body) != fields["code_words"] * _sre.CODESIZE:
            return None
        code = array("I")
        code.frombytes(body)
        indexgroup = tuple(header["indexgroup"])
        return _build(pattern, (header["flags"], code.tolist(), header["groups"],
                                {name: index for name, index in header["groupindex"]}, indexgroup))
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        return None  # absent, partial or damaged: compiled again (RuntimeError: invalid SRE code)


def _write(path: Path, key: str, pieces: tuple) -> None:
    """Written under a temporary name, then renamed: a reader never sees a partial file; of two
    processes writing the same pattern at once, one wins (both files are the same)."""
    flags, code, groups, groupindex, indexgroup = pieces
    body = array("I", code).tobytes()
    fields = {"key": key, "flags": flags, "groups": groups,
              "groupindex": [list(item) for item in sorted(groupindex.items(), key=lambda item: item[1])],
              "indexgroup": list(indexgroup), "code_words": len(code)}
    header = json.dumps({**fields, "sha256": _digest(fields, body)})
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(header.encode("utf-8") + b"\n" + body)
        os.replace(temporary, path)
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
