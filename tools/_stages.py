"""What the stage tools (place_stages, date_stages) share: right and wrong counts by the stage that
decided each matched event."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

__all__ = ["right_wrong_by"]


def right_wrong_by(rows: Iterable[dict[str, Any]], key: str) -> dict[str, tuple[int, int]]:
    """(right, wrong) for each value of ``row[key]``, sorted by that value."""
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for row in rows:
        (right if row["right"] else wrong)[row[key]] += 1
    return {value: (right[value], wrong[value]) for value in sorted(set(right) | set(wrong))}
