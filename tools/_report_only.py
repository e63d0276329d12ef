"""The report-only sets: their gold is scored in aggregate only, so no tool reads their errors."""

from __future__ import annotations

from pathlib import Path

__all__ = ["REPORT_ONLY", "is_report_only"]

#: Folder names of the sets scored only to report (evaluation/README.md).
REPORT_ONLY = ("sealed", "test", "validation3")


def is_report_only(path: Path) -> bool:
    """Whether ``path`` lies inside a report-only set (``evaluation/<set>``), however it is written; the
    folders above the project's own ("/home/me/test/parley") do not count."""
    parts = path.resolve().parts
    return any(a == "evaluation" and b in REPORT_ONLY for a, b in zip(parts, parts[1:], strict=False))
