"""What reading did: counts by outcome and one problem per bad input."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError

__all__ = ["ReadReport"]

logger = logging.getLogger(__name__)


@dataclass
class ReadReport:
    """Articles read, skipped (duplicates, non-HTML records) and failed, by reason."""

    read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    problems: list[InputError] = field(default_factory=list)

    def add(self, error: InputError) -> None:
        """Record a bad input; it is counted as failed under its reason."""
        self.problems.append(error)
        self.failed[error.reason] += 1
        logger.info("%s", error)  # the caller shows problems; logging them again would repeat them

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def summary(self) -> str:
        parts = [f"read {self.read}"]
        for label, counts in (("skipped", self.skipped), ("failed", self.failed)):
            if counts:
                detail = ", ".join(f"{reason}: {n}" for reason, n in counts.most_common())
                parts.append(f"{label} {sum(counts.values())} ({detail})")
        return ", ".join(parts)
