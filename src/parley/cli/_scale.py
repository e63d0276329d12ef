"""Scale-out: the body of ``parley ingest --engine ray``, and ``parley load`` (Parquet events into the store)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import ParleyError
from ._app import app, err_console, fail, print_error, setup_logging
from ._db import DbOption, open_store

if TYPE_CHECKING:
    from ..document import Document
    from ..settings import Settings

__all__ = ["ingest_on_ray", "load"]


def ingest_on_ray(
    paths: list[str],
    settings: Settings,
    *,
    meta: Path | None,
    db: Path | None,
    out: Path,
    address: str | None,
    actors: int | None,
    overwrite: bool,
) -> None:
    """``parley ingest --engine ray``: Parquet events in ``out``, then loaded into ``db`` when given."""
    from ..distributed import write_events_on_ray
    from ..read import ReadReport

    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        with contextlib.suppress(ImportError):  # without ray, write_events_on_ray says what to install
            import ray.data  # noqa: F401 - it sets its loggers up when imported

            logging.getLogger("ray.data").setLevel(logging.WARNING)  # it reports each stage at INFO
    report = ReadReport()
    err_console.print(f"parley: extracting on Ray ({address or 'a local Ray instance'}), events to {out}/")
    try:
        run = write_events_on_ray(
            paths,
            settings,
            out,
            meta=meta,
            address=address,
            actors=actors,
            overwrite=overwrite,
            report=report,
        )
    except ParleyError as exc:
        fail(exc)
    finally:
        for problem in report.problems:
            print_error(problem)
    err_console.print(f"parley: {report.summary()}")
    err_console.print(f"parley: {run.summary()}")
    if db is not None and run.events:
        _load(out, db)
    elif db is not None:
        err_console.print(f"parley: no events, nothing to load into {db}")
    if report.read == 0:
        raise typer.Exit(1)


def _load(source: Path, db: Path) -> None:
    from ..store import load_parquet

    store = open_store(db, write=True)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]load"),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    )
    try:
        with progress:
            task = progress.add_task("load", total=None)

            def advance(doc: Document, stored: bool) -> None:
                progress.advance(task)

            stats = load_parquet(store, source, progress=advance)
    except ParleyError as exc:
        fail(exc)
    finally:
        store.close()
    err_console.print(f"parley: {db}: {stats.summary()}")


@app.command()
def load(
    source: Annotated[Path, typer.Argument(help="Parquet directory (or file) of `parley ingest --engine ray`.")],
    db: DbOption,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Store the events of a Parquet directory; articles already stored are skipped (loading twice adds nothing)."""
    setup_logging(verbose)
    _load(source, db)
