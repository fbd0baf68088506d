"""Version vectors: the only thing that decides which version of a record wins.

Wall clocks on office PCs are wrong by months (Anki and TUF learnt this the hard
way), so sync never compares times. Each record carries ``{installation: counter}``;
an edit bumps the editing installation's counter.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping


class Order(enum.Enum):
    """How two versions relate."""

    EQUAL = "equal"
    NEWER = "newer"  # the first dominates the second
    OLDER = "older"  # the second dominates the first
    CONCURRENT = "concurrent"


def compare(first: Mapping[str, int], second: Mapping[str, int]) -> Order:
    """Compare two vectors; a missing installation counts as 0."""
    greater = less = False
    for key in first.keys() | second.keys():
        a, b = first.get(key, 0), second.get(key, 0)
        if a > b:
            greater = True
        elif a < b:
            less = True
        if greater and less:
            return Order.CONCURRENT
    if greater:
        return Order.NEWER
    if less:
        return Order.OLDER
    return Order.EQUAL


def dominates_or_equal(first: Mapping[str, int], second: Mapping[str, int]) -> bool:
    """``first`` has seen every event of ``second``."""
    return all(first.get(k, 0) >= v for k, v in second.items())


def merged(first: Mapping[str, int], second: Mapping[str, int]) -> dict[str, int]:
    """Element-wise maximum: a version that has seen both."""
    return {k: max(first.get(k, 0), second.get(k, 0)) for k in first.keys() | second.keys()}


def resolved(
    first: Mapping[str, int], second: Mapping[str, int], installation: str
) -> dict[str, int]:
    """The version of a resolution: the maximum of both plus one at the resolver.

    It dominates both sides, so it replaces either wherever it travels, and the
    two PCs converge on it.
    """
    result = merged(first, second)
    result[installation] = result.get(installation, 0) + 1
    return dict(sorted(result.items()))


def vector_key(version: Mapping[str, int]) -> str:
    """A canonical text form (sorted, compact): equal vectors give equal keys."""
    return json.dumps(dict(version), sort_keys=True, separators=(",", ":"))
