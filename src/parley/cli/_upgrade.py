"""``parley upgrade``: migrate a store written by an older parley, in place."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import ParleyError
from ._app import app, console, fail, setup_logging
from ._db import DbOption

__all__: list[str] = []


@app.command()
def upgrade(db: DbOption, verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    """Migrate a store written by an older parley to this version's schema (reading commands refuse
    an older store); a current store is left as it is."""
    from ..store import upgrade as upgrade_store

    setup_logging(verbose)
    try:
        before, after = upgrade_store(db)
    except ParleyError as exc:
        fail(exc)
    if before == after:
        console.print(f"{db}: schema version {after}, already current", soft_wrap=True)
    else:
        console.print(f"{db}: schema version {before} -> {after}", soft_wrap=True)
