"""Statistics: one row per input record per stage decision, recorded when the decision is made.

The schema below is the contract that docs/output.md documents and the notebook and `pipeline stats`
read. A record appears once in `read` and once in each later stage it reached; the first stage
where `kept` is false is the one that dropped it, and `reason` says why.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyarrow as pa

from stages import OPTIONAL_STEPS, STEPS

# `read`, then the default recipe's order (stages.STEPS) with the optional built-in steps (the
# classifiers) after `dedup`, where the example recipes put them; a step of a custom recipe that
# is not here is listed after these, in the order it was first seen.
_DEFAULT = tuple(STEPS)
_AFTER = _DEFAULT.index("dedup") + 1 if "dedup" in _DEFAULT else len(_DEFAULT)
STAGES = ("read", *_DEFAULT[:_AFTER], *OPTIONAL_STEPS, *_DEFAULT[_AFTER:])


def stage_order(stages, order=STAGES) -> list[str]:
    """Stage names in display order: `order` (a run's: `read`, then its recipe's steps; by
    default the default recipe's), then the default recipe's, then any others as first seen."""
    stages = list(dict.fromkeys(stages))
    order = list(order)
    return sorted(stages, key=lambda s: (order.index(s) if s in order else len(order),
                                         STAGES.index(s) if s in STAGES else len(STAGES),
                                         stages.index(s)))

# The columns every statistics row has; the recipe's steps add one column per annotation they
# declare (stages.base.Annotation, `schema_for`): the default recipe adds language and
# language_score (langid), dup_cluster (dedup), pii_counts (pii) and tokens (tokenize).
CORE_SCHEMA = pa.schema([
    pa.field("warc_file", pa.string(), nullable=False),   # path relative to the data root
    pa.field("record_index", pa.int32(), nullable=False), # position in the WARC file
    pa.field("doc_id", pa.int64(), nullable=False),       # file_index * 2**32 + record_index
    pa.field("record_id", pa.string()),                   # WARC-Record-ID
    pa.field("url", pa.string()),
    pa.field("stage", pa.string(), nullable=False),       # "read" or a recipe step name
    pa.field("kept", pa.bool_(), nullable=False),
    pa.field("reason", pa.string()),                      # snake_case, null when kept
    pa.field("detail", pa.string()),                      # e.g. content type, list entry, error
    pa.field("bytes_in", pa.int64(), nullable=False),     # size entering the stage
    pa.field("bytes_out", pa.int64()),                    # size leaving it (null when dropped)
])
# Timings are not in the rows (they would make two runs' statistics differ); each work unit's
# CPU seconds per stage (time.process_time, so other jobs on the machine do not inflate them) are
# in its summary (progress/*.json) and summed in summary.json.

ARROW_TYPES = {
    "string": pa.string(), "bool": pa.bool_(), "int32": pa.int32(), "int64": pa.int64(),
    "float32": pa.float32(), "float64": pa.float64(),
    "map<string,int32>": pa.map_(pa.string(), pa.int32()),
}


def arrow_type(annotation_type: str) -> pa.DataType:
    """The Arrow type of a declared annotation type (stages.base.ANNOTATION_TYPES, but `tokens`,
    which goes to the token shards)."""
    return ARROW_TYPES[annotation_type]


def annotation_fields(annotations, where: str) -> list[pa.Field]:
    """Arrow fields of the annotations that have a column `where` ("stats" or "documents"):
    in the given order, each name once."""
    fields, seen = [], set()
    for annotation in annotations:
        if (annotation.type == "tokens" or not getattr(annotation, where)
                or annotation.name in seen):
            continue
        seen.add(annotation.name)
        fields.append(pa.field(annotation.name, arrow_type(annotation.type)))
    return fields


def schema_for(annotations=()) -> pa.Schema:
    """The statistics rows' schema for a recipe whose steps declare `annotations`."""
    return pa.schema([*CORE_SCHEMA, *annotation_fields(annotations, "stats")])


def column_values(field: pa.Field, values: list) -> list:
    """Python values as Arrow takes them for `field` (a map column takes a dict's items)."""
    if pa.types.is_map(field.type):
        return [list(v.items()) if isinstance(v, dict) else v for v in values]
    return values


class StatsWriter:
    """Collect decision rows of one work unit and write them as one Parquet file. `annotations`:
    the recipe's declared annotations (each a column; see `schema_for`)."""

    def __init__(self, warc_file: str, annotations=()):
        self.warc_file = warc_file
        self.schema = schema_for(annotations)
        self.columns: dict[str, list] = {f.name: [] for f in self.schema}
        self._annotation_names = frozenset(self.schema.names) - frozenset(CORE_SCHEMA.names)
        # The columns' lists, found once: `add` appends to them directly, in this order.
        self._core_columns = tuple(self.columns[name] for name in (
            "warc_file", "record_index", "doc_id", "record_id", "url", "stage", "kept", "reason",
            "detail", "bytes_in", "bytes_out"))
        self._annotation_columns = tuple((name, self.columns[name]) for name in self.schema.names
                                         if name in self._annotation_names)
        self.summary = Summary()

    def add(self, *, record_index: int, doc_id: int, stage: str, kept: bool,
            reason: str | None, bytes_in: int, bytes_out: int | None = None,
            record_id: str | None = None, url: str | None = None, detail: str | None = None,
            token_count: int = 0, seconds: float | None = None, **annotations) -> None:
        """One row; `annotations` are values of declared annotation columns (others null),
        `token_count` the tokens this stage wrote (the summary's token count)."""
        if annotations:
            unknown = annotations.keys() - self._annotation_names
            if unknown:
                raise KeyError(f"stage {stage}: no statistics column for annotation(s) "
                               f"{', '.join(sorted(unknown))} (not declared by any step)")
        for column, value in zip(self._core_columns, (
                self.warc_file, record_index, doc_id, record_id, url, stage, kept, reason, detail,
                bytes_in, bytes_out)):
            column.append(value)
        for name, column in self._annotation_columns:
            column.append(annotations.get(name))
        self.summary.count(stage, kept, reason, bytes_in, bytes_out or 0, token_count or 0)
        if seconds:
            self.summary.add_time(stage, seconds)

    def __len__(self) -> int:
        return len(self.columns["stage"])

    def table(self) -> pa.Table:
        return pa.table({f.name: column_values(f, self.columns[f.name]) for f in self.schema},
                        schema=self.schema)

    def write(self, storage, relative: str) -> None:
        """Write the rows as one Parquet file through a pipeline.storage.Storage."""
        storage.write_table(relative, self.table())


def stored_seconds(seconds: float) -> float:
    """A step's CPU seconds as summary.json keeps them. The funnel is printed from this value too,
    so a run and its re-run (which reads summary.json) print the same digits: 0.2504 would print
    0.3 unrounded but 0.2 once stored as 0.25."""
    return round(seconds, 3)


@dataclass
class StageCount:
    records_in: int = 0
    records_kept: int = 0
    bytes_in: int = 0
    bytes_kept: int = 0
    tokens: int = 0
    seconds: float = 0.0
    reasons: dict[str, int] = field(default_factory=lambda: defaultdict(int))


class Summary:
    """Per-stage counts that work units return to the driver, which merges them; small enough to
    travel with every task result whatever the input size."""

    def __init__(self, order=STAGES):
        self.stages: dict[str, StageCount] = {}
        self.failed_files = 0
        self.order = tuple(order)  # display order (`stage_order`): the run's recipe, when known

    def count(self, stage: str, kept: bool, reason: str | None, bytes_in: int, bytes_out: int,
              tokens: int = 0) -> None:
        entry = self.stages.setdefault(stage, StageCount())
        entry.records_in += 1
        entry.bytes_in += bytes_in
        if kept:
            entry.records_kept += 1
            entry.bytes_kept += bytes_out
            entry.tokens += tokens
        else:
            entry.reasons[reason or "unknown"] += 1

    def add_time(self, stage: str, seconds: float) -> None:
        self.stages.setdefault(stage, StageCount()).seconds += seconds

    def merge(self, other: Summary) -> Summary:
        for stage, theirs in other.stages.items():
            ours = self.stages.setdefault(stage, StageCount())
            ours.records_in += theirs.records_in
            ours.records_kept += theirs.records_kept
            ours.bytes_in += theirs.bytes_in
            ours.bytes_kept += theirs.bytes_kept
            ours.tokens += theirs.tokens
            ours.seconds += theirs.seconds
            for reason, n in theirs.reasons.items():
                ours.reasons[reason] += n
        return self

    def to_json(self) -> dict:
        return {stage: {"records_in": c.records_in, "records_kept": c.records_kept,
                        "bytes_in": c.bytes_in, "bytes_kept": c.bytes_kept, "tokens": c.tokens,
                        "seconds": stored_seconds(c.seconds),
                        "reasons": dict(sorted(c.reasons.items(), key=lambda kv: -kv[1]))}
                for stage, c in ((s, self.stages[s]) for s in stage_order(self.stages, self.order))}

    @classmethod
    def from_json(cls, data: dict) -> Summary:
        summary = cls(order=data)  # written in display order
        for stage, c in data.items():
            entry = StageCount(c["records_in"], c["records_kept"], c["bytes_in"], c["bytes_kept"],
                               c.get("tokens", 0), c.get("seconds", 0.0))
            entry.reasons.update(c["reasons"])
            summary.stages[stage] = entry
        return summary

    def format_funnel(self) -> str:
        """The one-screen funnel printed at the end of a run."""
        width = max([10, *map(len, self.stages)])
        lines = [(f"{'stage':<{width}} {'records in':>11} {'kept':>9} {'dropped':>9} "
                  f"{'MB in':>9} {'MB kept':>9} {'cpu s':>7}  top drop reasons")]
        for stage in stage_order(self.stages, self.order):
            c = self.stages[stage]
            reasons = sorted(c.reasons.items(), key=lambda kv: -kv[1])[:3]
            reason_text = ", ".join(f"{stage}/{r} {n}" for r, n in reasons)
            lines.append(
                f"{stage:<{width}} {c.records_in:>11,} {c.records_kept:>9,} "
                f"{c.records_in - c.records_kept:>9,} {c.bytes_in / 1e6:>9.2f} "
                f"{c.bytes_kept / 1e6:>9.2f} {stored_seconds(c.seconds):>7.1f}  {reason_text}")
        tokens = self.stages.get("tokenize")
        if tokens is not None:
            lines.append(f"tokens written: {tokens.tokens:,}")
        return "\n".join(lines)

