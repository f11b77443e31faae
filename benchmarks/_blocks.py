"""Timing rivals as a worker runs them: each side over a block of inputs back to back.

A worker extracts page after page with one extractor; its caches (CPU caches, the allocator's
free lists, regex and XPath state) hold that extractor's data. Timing two extractors page by page
in turn (A on page 1, B on page 1, A on page 2, ...) makes each evict the other's working set, which
penalises the bigger one and flattered ours by 1.3-1.6x (issue 26). Here each side runs a whole
block of inputs on its own, and the sides take turns block by block, alternating which goes first,
so slow drift of a shared machine's load reaches both sides alike while no page is interleaved.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence

BLOCK = 40  # inputs per block: long enough to settle a side's caches, short enough to pair drift


def timed_in_blocks(variants: dict[str, Callable], inputs: Sequence, block: int = BLOCK,
                    warm: int = 5, rounds: int = 1) -> tuple[dict[str, float], dict[str, list]]:
    """(CPU seconds per variant summed over `rounds` passes, outputs per variant from the first
    pass). Each variant first runs on `warm` inputs untimed (imports, first-use tables); then,
    block by block, every variant runs the block's inputs back to back, the order of variants
    reversed on every other block. CPU time is `time.process_time` (every thread of this
    process; the variants start no other process)."""
    names = list(variants)
    for name in names:
        for item in inputs[:warm]:
            variants[name](item)
    cpu = {name: 0.0 for name in names}
    outputs: dict[str, list] = {name: [] for name in names}
    for round_index in range(rounds):
        for number, start in enumerate(range(0, len(inputs), block)):
            chunk = inputs[start:start + block]
            for name in names if (number + round_index) % 2 == 0 else names[::-1]:
                function = variants[name]
                started = time.process_time()
                results = [function(item) for item in chunk]
                cpu[name] += time.process_time() - started
                if round_index == 0:
                    outputs[name].extend(results)
    return cpu, outputs
