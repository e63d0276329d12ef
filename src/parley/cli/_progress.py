"""The ingest progress bar: articles/s, events/s and an ETA from a quick count of the inputs."""

from __future__ import annotations

import glob
import gzip
import os
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

__all__ = ["count_inputs", "ingest_progress"]

#: One article per file.
_SINGLE = {".txt", ".html", ".htm"}
#: One article per non-empty line.
_LINES = {".jsonl"}
#: Unknown without parsing (a JSON list, WARC records): no total, no ETA.
_UNCOUNTED = {".json", ".warc"}
_GLOB = set("*?[")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    name = name[:-3] if name.endswith(".gz") else name
    return os.path.splitext(name)[1]


def _count_file(path: Path) -> int | None:
    kind = _suffix(path)
    if kind in _SINGLE:
        return 1
    if kind in _LINES:
        opener = gzip.open if path.name.lower().endswith(".gz") else open
        try:
            with opener(path, "rb") as handle:
                return sum(1 for line in handle if line.strip())
        except OSError:
            return 0
    if kind in _UNCOUNTED:
        return None
    return 0  # not an input the reader takes


def _walk(root: Path) -> Iterable[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name != "meta.jsonl":
                yield Path(folder) / name


def _files(raw: str) -> Iterable[Path]:
    """The files the reader would open for one command-line input."""
    path = Path(raw)
    if path.is_dir():
        yield from _walk(path)
    elif path.is_file():
        yield path
    elif _GLOB & set(raw):
        for match in sorted(glob.glob(raw, recursive=True)):
            yield from _files(match) if not _GLOB & set(match) else []


def count_inputs(paths: Iterable[str]) -> int | None:
    """About how many articles the inputs hold (files, JSONL lines), without parsing any; None when unknown.

    An upper estimate: duplicates and unreadable inputs are counted. Standard input, JSON and WARC
    files cannot be counted cheaply.
    """
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        for path in _files(raw):
            count = _count_file(path)
            if count is None:
                return None
            total += count
    return total


def ingest_progress(console: Console) -> Progress:
    """Articles done of the total, known ones skipped, events, rates and the time left."""
    return Progress(
        SpinnerColumn(),
        BarColumn(bar_width=12),
        MofNCompleteColumn(),
        TextColumn("({task.fields[skipped]} known) {task.fields[events]} events {task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
