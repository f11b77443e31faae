"""What every stage returns per document: kept or not, and the stable reason when not."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Decision:
    """One stage's verdict on one document.

    `reason` is a stable snake_case string (``timeout``, ``low_score``) and is None when kept.
    The statistics show it as ``<stage>/<reason>``; a heuristic whose behaviour changes gets a new
    reason name rather than silently changing the meaning of an old one.
    """

    kept: bool
    reason: str | None = None

    @staticmethod
    def keep() -> "Decision":
        return KEEP

    @staticmethod
    def drop(reason: str) -> "Decision":
        if not reason or reason != reason.strip():
            raise ValueError(f"drop reason must be a non-empty snake_case string, got {reason!r}")
        return Decision(False, reason)


KEEP = Decision(True, None)
