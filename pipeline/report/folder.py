"""One run's output folder (`out/<SNAPSHOT>/`) as the report reads it: its `stats/*.parquet` rows
(column projection and filters pushed down to the Parquet reader), config.json and summary.json."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from pipeline.stats import STAGES

MB = 1e6  # the funnel's unit, as in `pipeline run`'s summary
REPORT_HINT = "pip install -e '.[report]'"


class RunFolderError(ValueError):
    """A folder that is not the output of `pipeline run` (the message names what is missing)."""


@dataclass(frozen=True)
class Run:
    """One run's output folder, `out/<SNAPSHOT>/`: its stats rows, config and summary."""

    path: Path

    @classmethod
    def open(cls, path: str | Path) -> "Run":
        path = Path(path)
        if not path.is_dir():
            raise RunFolderError(f"{path}: no such folder (expected a run's output, "
                                 f"e.g. out/CC-MAIN-2024-10)")
        stats = path / "stats"
        if not stats.is_dir() or not any(stats.glob("*.parquet")):
            hint = ""
            inner = sorted(p.name for p in path.iterdir() if (p / "stats").is_dir())
            if inner:
                hint = f"; did you mean {path / inner[0]}?"
            missing = "stats/" if not stats.is_dir() else "stats/*.parquet"
            raise RunFolderError(f"{path}: not a run output folder: no {missing} "
                                 f"(written by `pipeline run`){hint}")
        return cls(path)

    @property
    def name(self) -> str:
        return self.path.name

    @cached_property
    def stats_files(self) -> list[str]:
        # Explicit list: a writer's `.name.parquet.tmp` must never be read as a finished file.
        return [str(p) for p in sorted((self.path / "stats").glob("*.parquet"))]

    def rows(self, columns: Iterable[str], stages: Iterable[str] | None = None,
             dropped_only: bool = False) -> pa.Table:
        """Stats rows, only `columns`, only `stages` (pushed down to the Parquet reader)."""
        condition = None
        if stages is not None:
            condition = pc.field("stage").isin(list(stages))
        if dropped_only:
            dropped = pc.field("kept") == False  # noqa: E712  (an Arrow expression, not a bool)
            condition = dropped if condition is None else condition & dropped
        dataset = ds.dataset(self.stats_files, format="parquet")
        columns = list(columns)
        # A column no step of this run's recipe declares (dup_cluster without dedup, pii_counts
        # without pii): all null, so every table and chart reads as "the step did not run".
        present = [c for c in columns if c in dataset.schema.names]
        table = dataset.to_table(columns=present, filter=condition)
        for position, name in enumerate(columns):
            if name not in present:
                table = table.add_column(position, name, pa.nulls(table.num_rows))
        return table

    @cached_property
    def config(self) -> dict:
        return _read_json(self.path / "config.json")

    @cached_property
    def summary(self) -> dict:
        """summary.json (absent while a run is unfinished): only its CPU seconds are used here."""
        return _read_json(self.path / "summary.json")

    @cached_property
    def stage_names(self) -> tuple[str, ...]:
        """`read` and the recipe's steps in the run's order: summary.json's (written in that
        order), else config.json's recipe (a step named by import path shows by its ref there)."""
        if self.summary:
            return tuple(self.summary)
        return ("read", *(entry.get("step") for entry in self.config.get("recipe", [])))

    def stage_rank(self, stage: str) -> tuple[int, int]:
        """Sort key of a stage in this run: its recipe's order, then the default recipe's."""
        names = self.stage_names
        return (names.index(stage) if stage in names else len(names), stage_order(stage))

    def documents(self, columns: list[str], doc_ids: list[int]) -> pa.Table:
        # one folder, or one per language (docs/languages.md)
        files = [str(p) for p in sorted([*(self.path / "documents").glob("*.parquet"),
                                         *(self.path / "documents").glob("*/*.parquet")])]
        if not files or not doc_ids:
            return pa.table({c: [] for c in columns})
        dataset = ds.dataset(files, format="parquet")
        return dataset.to_table(columns=columns, filter=pc.field("doc_id").isin(doc_ids))


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as error:
        raise RunFolderError(f"{path}: not valid JSON ({error}); re-run `pipeline run` on the "
                             f"same output folder to rewrite it") from None


def as_run(run: "Run | str | Path") -> Run:
    return run if isinstance(run, Run) else Run.open(run)


def stage_order(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else len(STAGES)
