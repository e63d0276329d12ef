"""Options shared by several commands, and the Settings they build."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from ..errors import SettingsError
from ..settings import Settings

__all__ = ["OUTSIDE_HELP", "build_settings", "parse_day"]

OUTSIDE_HELP = "Let a JSONL row's path name a file outside the JSONL file's folder."


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from exc


def build_settings(
    *,
    model: str | None = None,
    published: str | None = None,
    source_country: str | None = None,
    workers: int = 1,
    batch_size: int = 32,
    knowledge: list[Path] | None = None,
    coder: str | None = None,
    keep_unresolved: bool = False,
    min_confidence: float | None = None,
    allow_outside_paths: bool = False,
) -> Settings:
    try:
        base = Settings()
        return base.with_(
            model=model or base.model,
            published=parse_day(published),
            source_country=source_country.upper() if source_country else None,
            workers=workers,
            batch_size=batch_size,
            knowledge_dirs=tuple(knowledge or ()),
            coder=coder or base.coder,
            keep_unresolved=keep_unresolved,
            min_confidence=base.min_confidence if min_confidence is None else min_confidence,
            allow_outside_paths=allow_outside_paths,
        )
    except SettingsError as exc:
        raise typer.BadParameter(str(exc)) from exc
