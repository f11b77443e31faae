"""Statistics: one row per input record per stage decision, recorded when the decision is made.

The schema below is the contract that README.md documents and the notebook and `pipeline stats`
read. A record appears once in `read` and once in each later stage it reached; the first stage
where `kept` is false is the one that dropped it, and `reason` says why.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

# The default recipe's order (pipeline/recipe.py), after `read`; a step of a custom recipe that is
# not here is listed after these, in the order it was first seen.
STAGES = ("read", "blocklist", "prefilter", "extract", "langid", "gopher_repetition",
          "gopher_quality", "c4", "fineweb_quality", "dedup", "pii", "tokenize")


def stage_order(stages) -> list[str]:
    """Stage names in display order: the default recipe's order, then any others."""
    stages = list(dict.fromkeys(stages))
    return sorted(stages, key=lambda s: (STAGES.index(s) if s in STAGES else len(STAGES),
                                         stages.index(s)))

SCHEMA = pa.schema([
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
    pa.field("language", pa.string()),                    # langid onwards
    pa.field("language_score", pa.float32()),
    pa.field("dup_cluster", pa.int64()),                  # dedup: smallest doc_id of the cluster
    pa.field("pii_counts", pa.map_(pa.string(), pa.int32())),  # pii: replacements per entity
    pa.field("tokens", pa.int64()),                       # tokenize: tokens incl. the EOT prefix
])
# Timings are not in the rows (they would make two runs' statistics differ); each work unit's
# CPU seconds per stage (time.process_time, so other jobs on the machine do not inflate them) are
# in its summary (progress/*.json) and summed in summary.json.


class StatsWriter:
    """Collect decision rows of one work unit and write them as one Parquet file."""

    def __init__(self, warc_file: str):
        self.warc_file = warc_file
        self.columns: dict[str, list] = {f.name: [] for f in SCHEMA}
        self.summary = Summary()

    def add(self, *, record_index: int, doc_id: int, stage: str, kept: bool,
            reason: str | None, bytes_in: int, bytes_out: int | None = None,
            record_id: str | None = None, url: str | None = None, detail: str | None = None,
            language: str | None = None, language_score: float | None = None,
            dup_cluster: int | None = None, pii_counts: dict[str, int] | None = None,
            tokens: int | None = None, seconds: float | None = None) -> None:
        row = locals()
        row.pop("self")
        row.pop("seconds")
        row["warc_file"] = self.warc_file
        row["pii_counts"] = list(pii_counts.items()) if pii_counts is not None else None
        for name, column in self.columns.items():
            column.append(row[name])
        self.summary.count(stage, kept, reason, bytes_in, bytes_out or 0, tokens or 0)
        if seconds:
            self.summary.add_time(stage, seconds)

    def __len__(self) -> int:
        return len(self.columns["stage"])

    def write(self, storage, relative: str) -> None:
        """Write the rows as one Parquet file through a pipeline.storage.Storage."""
        storage.write_table(relative, pa.table(self.columns, schema=SCHEMA))


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

    def __init__(self):
        self.stages: dict[str, StageCount] = {}
        self.failed_files = 0

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

    def merge(self, other: "Summary") -> "Summary":
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
                        "seconds": round(c.seconds, 3),
                        "reasons": dict(sorted(c.reasons.items(), key=lambda kv: -kv[1]))}
                for stage, c in ((s, self.stages[s]) for s in stage_order(self.stages))}

    @classmethod
    def from_json(cls, data: dict) -> "Summary":
        summary = cls()
        for stage, c in data.items():
            entry = StageCount(c["records_in"], c["records_kept"], c["bytes_in"], c["bytes_kept"],
                               c.get("tokens", 0), c.get("seconds", 0.0))
            entry.reasons.update(c["reasons"])
            summary.stages[stage] = entry
        return summary

    def format_funnel(self) -> str:
        """The one-screen funnel printed at the end of a run."""
        width = max([10, *map(len, self.stages)])
        lines = [f"{'stage':<{width}} {'records in':>11} {'kept':>9} {'dropped':>9} "
                 f"{'MB in':>9} {'MB kept':>9} {'cpu s':>7}  top drop reasons"]
        for stage in stage_order(self.stages):
            c = self.stages[stage]
            reasons = sorted(c.reasons.items(), key=lambda kv: -kv[1])[:3]
            reason_text = ", ".join(f"{stage}/{r} {n}" for r, n in reasons)
            lines.append(
                f"{stage:<{width}} {c.records_in:>11,} {c.records_kept:>9,} "
                f"{c.records_in - c.records_kept:>9,} {c.bytes_in / 1e6:>9.2f} "
                f"{c.bytes_kept / 1e6:>9.2f} {c.seconds:>7.1f}  {reason_text}")
        tokens = self.stages.get("tokenize")
        if tokens is not None:
            lines.append(f"tokens written: {tokens.tokens:,}")
        return "\n".join(lines)


def load_summary(path: Path) -> Summary:
    return Summary.from_json(json.loads(Path(path).read_text()))
