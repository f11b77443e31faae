"""What a run is (RunConfig: everything that determines its output, and its identity) and how it
runs (Execution: what never changes the output). Both are written to the run's config.json
(pipeline/layout.py); `pipeline run --config` reads them back.

This module does not read or write any file of the run, and knows no Ray.
"""
from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field

from pipeline.recipe import Recipe
from stages.base import file_sha256, versions
from stages.languages import profiles_record

class RunError(RuntimeError):
    """A user-facing reason the run cannot start or continue; the message is one line."""


@dataclass(frozen=True)
class RunConfig:
    """Everything that determines a run's output. Written to `<output>/<snapshot>/config.json`."""

    snapshot: str
    data_root: str
    output: str
    file_slice: str | None = None         # START:STOP over warc.paths.gz
    limit: int | None = None
    batch_size: int = 256                 # documents per step call
    shard_tokens: int = 100_000_000       # llm.c's fineweb.py writes 10**8 tokens per shard
    recipe: Recipe = field(default_factory=Recipe.default)
    name: str | None = None               # folder under `output` (default: the snapshot's name)

    @property
    def folder(self) -> str:
        return self.name or self.snapshot

    def to_json(self) -> dict:
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        langid = self.recipe.settings("langid")
        languages = ({"languages": profiles_record(langid.languages)}
                     if langid is not None and hasattr(langid, "languages") else {})
        return fields | {"recipe": self.recipe.to_json(), "data_root": portable_root(self.data_root),
                         **languages}

    def identity(self) -> dict:
        """What defines the output, and so what a resumed run must share with the first one:
        the settings, the recipe, and what its steps load (model, list and ranks hashes) and
        run with (the versions of the package's dependencies). Not the output folder's name."""
        record = self.to_json()
        # Which files a run reads is not part of it: runs over other --slice ranges of the same
        # snapshot add to one output (and one dedup index), each deduplicated against the rest.
        for key in ("output", "name", "file_slice", "limit"):
            record.pop(key)
        fingerprint = {step.name: step.step_class.fingerprint(step.settings)
                       for step in self.recipe.steps}
        for step in self.recipe.steps:  # a user's own step: its code is part of the output
            if step.source_files():
                fingerprint[step.name] = {**fingerprint[step.name],
                                          "source_sha256": file_sha256(*step.source_files())}
        return record | {"fingerprint": {k: v for k, v in fingerprint.items() if v},
                         "versions": dependency_versions()}

    @classmethod
    def from_record(cls, record: dict, output: str | None = None) -> "RunConfig":
        """The RunConfig a config.json describes (`pipeline run --config FILE`)."""
        files = record.get("files", record)
        return cls(snapshot=record["snapshot"], data_root=resolve_root(record["data_root"]),
                   output=output or record["output"], file_slice=files.get("file_slice"),
                   limit=files.get("limit"), batch_size=record.get("batch_size", 256),
                   shard_tokens=record.get("shard_tokens", 100_000_000),
                   recipe=Recipe.from_json(record["recipe"]), name=record.get("name"))


SAMPLE_ROOT = "sample"  # how config.json names the bundled sample's data root (any machine)


def portable_root(data_root: str) -> str:
    from pipeline.snapshot import SAMPLE_DATA_ROOT

    if "://" in data_root:
        return data_root.rstrip("/")
    absolute = os.path.abspath(data_root)
    return SAMPLE_ROOT if absolute == os.path.abspath(SAMPLE_DATA_ROOT) else absolute


def resolve_root(data_root: str) -> str:
    from pipeline.snapshot import SAMPLE_DATA_ROOT

    return SAMPLE_DATA_ROOT if data_root == SAMPLE_ROOT else data_root


def normalize_output(output: str) -> str:
    """`out`, `out/` and `/abs/out` are one folder; URLs lose trailing slashes only."""
    return output.rstrip("/") if "://" in output else os.path.abspath(output)


def dependency_versions() -> dict[str, str]:
    """Installed versions of this package's own (non-optional) dependencies."""
    from importlib.metadata import PackageNotFoundError, requires

    try:
        required = requires("cc-pipeline") or []
    except PackageNotFoundError:
        return {}
    return versions(*sorted({re.split(r"[ <>=!~;\[]", r, maxsplit=1)[0] for r in required
                             if "extra ==" not in r}))


@dataclass(frozen=True)
class Execution:
    """How to run, not what: changing these never changes the output."""

    ray_address: str | None = None
    num_cpus: int | None = None
    progress: bool = True
    keep_work: bool = False
    allow_config_change: bool = False
    dedup_partitions: int | None = None  # None: one per 200 WARC files, at least 8
    verbose: bool = False                # show Ray's own start-up notices


def env_num_cpus() -> int | None:
    """`PIPELINE_NUM_CPUS`: the local Ray cluster's CPUs where `--num-cpus` is not given (unset or
    empty: all of this machine's). A value that is no positive integer is a ValueError naming it."""
    value = os.environ.get("PIPELINE_NUM_CPUS", "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"PIPELINE_NUM_CPUS must be a positive integer, got {value!r}")
    return int(value)


def auto_partitions(num_warc_files: int) -> int:
    """Dedup hash partitions: one per 200 WARC files, at least 8. At FineWeb-like volumes
    (~15k documents x 14 bands per file) a bucket task then holds ~42M band rows (~0.8 GB), and
    a full snapshot (90,000 files) has 450 partitions: P^2 = 200k row groups per shuffle."""
    return max(8, -(-num_warc_files // 200))

