"""What reading did: counts by outcome and one problem per bad input."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError

__all__ = ["REASONS", "ReadReport"]

logger = logging.getLogger("parley.read")

#: Short reason (the key of ``ReadReport.failed``) of each reading error code.
REASONS: dict[str, str] = {
    "E101": "missing",
    "E102": "unknown type",
    "E103": "unreadable",
    "E104": "too large",
    "E105": "truncated gzip",
    "E106": "empty",
    "E107": "binary",
    "E108": "not utf-8",
    "E109": "decoded as cp1252",
    "E110": "bad metadata",
    "E111": "malformed json",
    "E112": "not a json object",
    "E113": "bad path",
    "E114": "no text",
    "E115": "bad date",
    "E116": "damaged warc",
    "E117": "no article text",
    "E118": "non-html records",
    "E119": "duplicate id",
    "E120": "bad metadata value",
    "E121": "path outside folder",
    "E122": "unreadable folder",
}


@dataclass
class ReadReport:
    """Articles read, skipped (duplicates, non-HTML records) and failed, by reason.

    ``problems`` holds one :class:`~parley.errors.InputError` per bad file,
    record or line, in the order met. Most of them are failures (the input was
    not read, counted in ``failed``); a few are warnings about an input that was
    still read (a malformed date in the metadata, a Windows-1252 file, skipped
    non-HTML WARC records), added with :meth:`warn`.
    """

    read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    problems: list[InputError] = field(default_factory=list)

    def add(self, error: InputError) -> None:
        """Record an input that could not be read: a problem, counted as failed under its reason."""
        self.problems.append(error)
        self.failed[REASONS.get(error.code, error.reason)] += 1
        logger.warning("%s", error)

    def warn(self, error: InputError) -> None:
        """Record a problem with an input that was read all the same (not counted as failed)."""
        self.problems.append(error)
        logger.warning("%s", error)

    def skip(self, reason: str, count: int = 1) -> None:
        """Count inputs left out on purpose (``duplicate``, ``non-HTML record`` ...)."""
        self.skipped[reason] += count

    def summary(self) -> str:
        """One line, e.g. ``read 17, skipped 1 (duplicate: 1), failed 2 (empty: 1, not utf-8: 1)``."""
        parts = [f"read {self.read}"]
        for label, counts in (("skipped", self.skipped), ("failed", self.failed)):
            if counts:
                detail = ", ".join(f"{reason}: {n}" for reason, n in counts.most_common())
                parts.append(f"{label} {sum(counts.values())} ({detail})")
        return ", ".join(parts)
