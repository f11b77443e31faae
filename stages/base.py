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

Annotations are declared: a step lists what it adds in `annotations` (an `Annotation` each:
name, type, one line of documentation). The runner writes every declared annotation to the step's
statistics rows and to a column of the kept documents' Parquet, typed, with no change to the
runner; a Decision carrying an annotation its step did not declare is an error (it would be lost).
One type is special: `tokens` (an integer array, the tokenize step's `token_ids`) goes to the token
shards instead of a column, and its length to the statistics' token counts. The one step that
declares it also says what its shards hold: `shard_spec()` returns the keyword arguments of
`pipeline.shards.TokenShardWriter` (format, vocab_size, eot_token, tokenizer).

Steps come in three kinds, one shape:
- `kind = "page"`: works on the raw HTTP body before extraction (`doc.payload`, `doc.charset`,
  `doc.url`); blocklist, prefilter and extract (whose Decision carries the extracted text). The
  reader reads no more of a payload than the smallest `max_payload_bytes` of the page steps.
- `kind = "document"` (the default): works on `doc.text` and the annotations earlier steps added.
- `kind = "global"` (`GlobalStep`): a step whose decision needs every file of the run: MinHash
  near-duplicates, the only one. Per file, the runner stores `signatures(docs)`; after every file
  is read, the runner's cross-file schedule (pipeline/dedup.py: band buckets, verified edges,
  components, survivors; it reads the step's settings) labels each document; in the finish phase
  the runner adds the labels to the document's annotations (`dup_cluster`: the cluster's kept
  document, `dup_removed`: whether this copy goes) and calls the step like any other. A recipe
  holds at most one global step; the steps before it run per file, the steps after it (PII,
  tokenize) run on the survivors.

A step may also live outside this package: a recipe names it by import path
(`step = "my_filters:NoShouting"`), or an installed package registers it under the entry-point
group `cc_pipeline.steps` (see `stages.step_class`).
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


ANNOTATION_TYPES = ("string", "bool", "int32", "int64", "float32", "float64",
                    "map<string,int32>", "tokens")


@dataclass(frozen=True)
class Annotation:
    """One value a step adds to documents: declared in `Step.annotations`, written by the runner
    to the step's statistics rows (`stats`) and to a column of the kept documents (`documents`).
    `type` is one of ANNOTATION_TYPES; `tokens` (an integer array) goes to the token shards."""

    name: str
    type: str
    doc: str                 # one line: what the value is, its unit or range
    stats: bool = True       # a column of the statistics rows (this step's rows carry it)
    documents: bool = True   # a column of the kept documents' Parquet

    def __post_init__(self):
        if not self.name.isidentifier():
            raise ValueError(f"annotation name must be an identifier, got {self.name!r}")
        if self.type not in ANNOTATION_TYPES:
            raise ValueError(f"annotation {self.name}: type {self.type!r} is not one of "
                             f"{', '.join(ANNOTATION_TYPES)}")


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
    kind: ClassVar[str] = "document"          # or "page", "global"
    Settings: ClassVar[type] = NoSettings     # frozen dataclass of the settings
    annotations: ClassVar[tuple[Annotation, ...]] = ()  # what its Decisions add to documents

    def __init__(self, settings: Any = None):
        self.settings = settings if settings is not None else type(self).Settings()

    @classmethod
    def preflight(cls, settings) -> None:
        """Raise ValueError/OSError, in one line, if what the step needs (a model file, a list,
        a tokenizer's ranks) is missing: called by the driver before any work starts, so it
        must be cheap. The default checks nothing."""

    @classmethod
    def declared_annotations(cls, settings) -> tuple[Annotation, ...]:
        """The annotations this step adds with these settings (default: `annotations`); a step
        whose annotation name is a setting overrides this."""
        return cls.annotations

    @classmethod
    def max_payload_bytes(cls, settings) -> int | None:
        """Page steps: the largest raw page this step accepts (the reader reads no more of a
        record and counts a larger one as read/too_large); None: no limit of its own."""
        return None

    @classmethod
    def actor_resources(cls, settings, cluster) -> dict | None:
        """Where the step runs. None (the default): inside the file tasks, built once per worker
        process. A dict: on a pool of Ray actors that each build the step once and score the
        batches the file tasks send them (a model too large to load per worker, or one that
        wants a GPU): {"actors": N, "num_cpus": c, "num_gpus": g} for the pool. `cluster` is
        the cluster's resources (ray.cluster_resources(): "CPU", "GPU", ...)."""
        return None

    @classmethod
    def threshold_cuts(cls, settings) -> dict[str, float]:
        """Score steps: where the step's threshold cuts each of its float annotations, drawn on
        the report's histograms ({annotation: value}); {} for none."""
        return {}

    def shard_spec(self) -> dict:
        """The step that declares a `tokens` annotation: what its shards hold (the keyword
        arguments of pipeline.shards.TokenShardWriter: format, vocab_size, eot_token, tokenizer)."""
        raise TypeError(f"{type(self).__name__} declares a `tokens` annotation but no "
                                  f"shard_spec()")

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


class GlobalStep(Step):
    """A step of kind "global" (see the module docstring): per file the runner stores
    `signatures(docs)`; its `__call__` then decides from the labels the cross-file part put in
    each document's annotations (`dup_cluster`, `dup_removed`)."""

    kind: ClassVar[str] = "global"

    @abstractmethod
    def signatures(self, docs: Sequence[Doc]):
        """One row of uint64 keys per document (a numpy array), stored per file for the
        cross-file part."""
