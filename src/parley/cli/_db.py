"""The event database as a command sees it: the ``--db`` option, opening the store, checking codes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import ParleyError, SettingsError
from ._app import fail

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["DbOption", "check_codes", "open_store"]

DbOption = Annotated[Path, typer.Option("--db", help="The event database (DuckDB file).")]


def open_store(db: Path, *, write: bool = False) -> Store:
    """The store at ``db``; a store that cannot be opened ends the command with its one line."""
    from ..store import Store, limit_malloc_arenas

    if write:
        limit_malloc_arenas()  # a long ingest's memory stays flat (see store._arenas); before DuckDB's threads
    try:
        return Store.open(db, write=write)
    except ParleyError as exc:
        fail(exc)


def check_codes(store: Store, **codes: str | None) -> None:
    """End the command with one line naming the known codes when a given code has no events
    (``role=code``; an empty code is not checked)."""
    from ..analysis import unknown_codes

    for role, code in codes.items():
        if not code:
            continue
        unknown, known = unknown_codes(store, [code])
        if unknown:
            shown = ", ".join(known[:30]) + (f" ... ({len(known)} in all)" if len(known) > 30 else "")
            shown = shown or "(none: the store is empty)"
            fail(SettingsError(f"{role} {unknown[0]}: no events with this code; known codes: {shown}", code="E624"))
