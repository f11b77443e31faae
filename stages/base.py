"""The one interface every step of a recipe implements, and the decision it returns per document.

A step is a callable class, built once per worker from its settings (a frozen dataclass), that
takes a batch of documents and returns one `Decision` per document, in order:

    class GopherQuality(Step):
        name = "gopher_quality"              # recipe name; the stats' `stage` column
        Settings = GopherQualitySettings     # frozen dataclass, every threshold a field

        def __init__(self, settings: GopherQualitySettings):
            self.settings = settings         # heavy state (models, lists) built here, once

        def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
            return [self.check(doc.text) for doc in docs]

A `Decision` says kept or not, a stable snake_case reason when not (the statistics show it as
`<step>/<reason>`), an optional one-line detail, an optional replacement text (extraction, C4's
line removal, PII scrubbing) and annotations the step adds to the document (language and score,
PII counts, tokens). The runner writes one statistics row per document per step, computing bytes
in and out itself; a step never builds document ids, never writes files and never imports Ray,
`pipeline` or another step.

Steps come in two kinds, one shape:
- `kind = "page"`: works on the raw HTTP body before extraction (`doc.payload`, `doc.charset`,
  `doc.url`); blocklist, prefilter and extract (whose Decision carries the extracted text).
- `kind = "document"` (the default): works on `doc.text` and the annotations earlier steps added.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar

_NO_ANNOTATIONS: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Decision:
    """One step's verdict on one document.

    `reason` is a stable snake_case string (``timeout``, ``low_score``) and is None when kept.
    The statistics show it as ``<step>/<reason>``; a heuristic whose behaviour changes gets a new
    reason name rather than silently changing the meaning of an old one. `text`, when not None,
    replaces the document's text from this step on; `annotations` are added to the document.
    """

    kept: bool
    reason: str | None = None
    detail: str | None = None
    text: str | None = None
    annotations: Mapping[str, Any] = field(default_factory=lambda: _NO_ANNOTATIONS)

    @staticmethod
    def keep(text: str | None = None, detail: str | None = None, **annotations) -> "Decision":
        if text is None and detail is None and not annotations:
            return KEEP
        return Decision(True, None, detail, text, MappingProxyType(annotations) if annotations
                        else _NO_ANNOTATIONS)

    @staticmethod
    def drop(reason: str, detail: str | None = None, **annotations) -> "Decision":
        if not reason or reason != reason.strip() or " " in reason:
            raise ValueError(f"drop reason must be a non-empty snake_case string, got {reason!r}")
        return Decision(False, reason, detail, None, MappingProxyType(annotations) if annotations
                        else _NO_ANNOTATIONS)


KEEP = Decision(True)


def versions(*distributions: str) -> dict[str, str]:
    """Installed versions of the named distributions, for `Step.fingerprint`."""
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in distributions:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def file_sha256(*paths) -> str:
    """One sha256 over the files' bytes, in the order given (for `Step.fingerprint`)."""
    import hashlib

    digest = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


@dataclass(slots=True)
class Doc:
    """One document as a step sees it. The runner builds it and applies each Decision to it.

    `payload`/`charset` are the raw page (page steps); `text` is set by extraction; annotations
    holds what steps added (``language``, ``language_score``, ``pii_counts``, ...). `words` is a
    cache that text steps may share within a batch (see stages.text); the runner clears it
    whenever a step replaces the text.
    """

    url: str | None = None
    payload: bytes | None = None
    charset: str | None = None
    text: str | None = None
    annotations: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def language(self) -> str | None:
        return self.annotations.get("language")


@dataclass(frozen=True)
class NoSettings:
    """Settings of a step that has none."""


class Step(ABC):
    """Base class of every recipe step; see the module docstring for the contract."""

    name: ClassVar[str]
    kind: ClassVar[str] = "document"          # or "page"
    Settings: ClassVar[type] = NoSettings     # frozen dataclass of the settings

    def __init__(self, settings: Any = None):
        self.settings = settings if settings is not None else type(self).Settings()

    @classmethod
    def preflight(cls, settings) -> None:
        """Raise ValueError/OSError, in one line, if what the step needs (a model file, a list,
        a tokenizer's ranks) is missing: called by the driver before any work starts, so it
        must be cheap. The default checks nothing."""

    @classmethod
    def fingerprint(cls, settings) -> dict[str, str]:
        """What defines this step's output beyond its settings (library versions, hashes of the
        model, lists or ranks it loads), recorded in config.json and compared on resume."""
        return {}

    @abstractmethod
    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        """One Decision per document, in order."""


class DocumentFilter(Step):
    """A document step that judges each document on its own: implement `check(doc)`."""

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        return [self.check(doc) for doc in docs]

    @abstractmethod
    def check(self, doc: Doc) -> Decision:
        """The Decision for one document."""
