"""The report-only sets: their gold is scored in aggregate only, so no tool reads their errors."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

__all__ = ["REPORT_ONLY", "develop_on_args", "develop_on_parser", "is_report_only"]

#: Folder names of the sets scored only to report (evaluation/README.md).
REPORT_ONLY = ("sealed", "test", "validation3")


def is_report_only(path: Path) -> bool:
    """Whether ``path`` lies inside a report-only set (``evaluation/<set>``), however it is written; the
    folders above the project's own ("/home/me/test/parley") do not count."""
    parts = path.resolve().parts
    return any(a == "evaluation" and b in REPORT_ONLY for a, b in zip(parts, parts[1:], strict=False))


def develop_on_parser(description: str | None, coder: str | None) -> argparse.ArgumentParser:
    """An error tool's parser with its two common arguments: a gold folder and ``--coder`` (defaulting to
    ``coder``; none for a tool of one coder only, ``coder=None``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold", type=Path)
    if coder is not None:
        parser.add_argument("--coder", default=coder)
    return parser


def develop_on_args(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """The parsed arguments; a ``gold`` folder inside a report-only set is a usage error (exit 2) before
    anything is read or run."""
    args = parser.parse_args(argv)
    if is_report_only(args.gold):
        parser.error("report-only set: its errors are never read")
    return args
