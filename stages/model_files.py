"""Model files that steps load: a local path, or an https:// or s3:// URL fetched once into a local
cache and checked against the size and sha256 the recipe gives.

Not a step: the fetcher the classifier steps share. The cache is `$CC_PIPELINE_CACHE/models`
(default `~/.cache/cc-pipeline/models`), one folder per URL; a download is written under a
temporary name and renamed when complete and checked, under a file lock, so the workers of one
node that need the same model download it once and never read a partial file.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path

CHUNK = 1 << 20


def cache_base() -> Path:
    """`$CC_PIPELINE_CACHE`, else `$XDG_CACHE_HOME/cc-pipeline`, else `~/.cache/cc-pipeline`."""
    return Path(os.environ.get("CC_PIPELINE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "cc-pipeline"))


def cache_root() -> Path:
    return cache_base() / "models"


def is_url(location: str) -> bool:
    return "://" in location


def cached_path(url: str) -> Path:
    """Where `url` lands in the cache: a folder named by the URL's hash, the file's own name."""
    name = url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0] or "model"
    return cache_root() / hashlib.sha256(url.encode("utf-8")).hexdigest()[:16] / name


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def check_file(path: Path, what: str, size: int | None = None, sha256: str | None = None) -> None:
    """A ValueError in one line if `path` is not a file of `size` bytes with this `sha256`."""
    if not path.is_file():
        raise ValueError(f"{what}: no such file {path}")
    actual = path.stat().st_size
    if size is not None and actual != size:
        raise ValueError(f"{what}: {path} is {actual:,} bytes, the recipe says {size:,}")
    if sha256 is not None:
        found = sha256_of(path)
        if found != sha256.lower():
            raise ValueError(f"{what}: {path} has sha256 {found}, the recipe says {sha256}")


def fetch(location: str, size: int | None = None, sha256: str | None = None,
          verify_local: bool = True) -> Path:
    """The local file of a model: `location` itself when it is a path (checked against `size`
    and `sha256` when `verify_local`), else its cached download (fetched now if missing; a
    download that does not match `size`/`sha256` is deleted and is an error)."""
    if not is_url(location):
        path = Path(location).expanduser()
        if verify_local:
            check_file(path, "model", size, sha256)
        elif not path.is_file():
            raise ValueError(f"model: no such file {path}")
        return path
    target = cached_path(location)
    if target.is_file() and (size is None or target.stat().st_size == size):
        return target  # checked when it was downloaded
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one download per node; the others wait, then reuse it
        if target.is_file() and (size is None or target.stat().st_size == size):
            return target
        partial = target.with_name(f".{target.name}.part-{os.getpid()}")
        try:
            digest = _download(location, partial)
            if size is not None and partial.stat().st_size != size:
                raise ValueError(f"model {location}: downloaded {partial.stat().st_size:,} "
                                 f"bytes, the recipe says {size:,}")
            if sha256 is not None and digest != sha256.lower():
                raise ValueError(f"model {location}: downloaded file has sha256 {digest}, the "
                                 f"recipe says {sha256}")
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    return target


def _download(url: str, destination: Path) -> str:
    """Copy `url` to `destination`; its sha256. OSError/ValueError in one line on failure."""
    digest = hashlib.sha256()
    try:
        if url.startswith(("http://", "https://")):
            import requests

            with requests.get(url, stream=True, timeout=(30, 300)) as response:
                if response.status_code != 200:
                    raise ValueError(f"HTTP {response.status_code}")
                with open(destination, "wb") as out:
                    for block in response.iter_content(CHUNK):
                        digest.update(block)
                        out.write(block)
        else:
            import fsspec

            with fsspec.open(url, "rb") as source, open(destination, "wb") as out:
                for block in iter(lambda: source.read(CHUNK), b""):
                    digest.update(block)
                    out.write(block)
    except ImportError as error:
        raise ValueError(f"model {url}: cannot read this URL ({error}; s3:// needs "
                         f"`pip install -e '.[s3]'`)") from None
    except (OSError, ValueError) as error:
        raise type(error)(f"model {url}: cannot download it ({' '.join(str(error).split())})"
                          ) from None
    except Exception as error:  # requests' and fsspec's own exception types
        raise OSError(f"model {url}: cannot download it ({type(error).__name__}: "
                      f"{' '.join(str(error).split())})") from None
    return digest.hexdigest()
