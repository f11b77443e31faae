"""Fixtures of the stage tests: `scrubber`, the PII step with its defaults, built once per module
(the helpers that read its spans are in pii_helpers.py)."""
from __future__ import annotations

import pytest

from stages.pii import PiiScrubber


@pytest.fixture(scope="module")
def scrubber() -> PiiScrubber:
    return PiiScrubber()
