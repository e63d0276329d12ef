"""``parley plot``: figures for reports, drawn from the event database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import SettingsError
from ._app import app, err_console, fail
from ._db import DbOption, check_codes, open_store

__all__ = ["plot_app"]

plot_app = typer.Typer(help="Figures for reports (PNG, SVG or PDF by the file extension).", no_args_is_help=True)
app.add_typer(plot_app, name="plot")


@plot_app.command("timeline")
def plot_timeline_cmd(
    a: Annotated[str, typer.Argument(help="First actor code.")],
    b: Annotated[str, typer.Argument(help="Second actor code.")],
    db: DbOption,
    output: Annotated[Path, typer.Option("-o", "--output", help="Figure file (.png, .svg, .pdf).")],
    by: Annotated[str, typer.Option(help="month, week or year.")] = "month",
    title: Annotated[str | None, typer.Option(help="Figure title.")] = None,
) -> None:
    """Stacked bars of a dyad's events per period by quad class, with the mean score."""
    if by not in ("month", "week", "year"):
        raise typer.BadParameter("--by must be month, week or year")
    from ..analysis import plot_timeline, timeline

    with open_store(db) as store:
        check_codes(store, actor=a, partner=b)
        rows = timeline(store, a, b, by=by)
    if not rows:
        message = f"{db}: no dated events between {a.upper()} and {b.upper()}; nothing to plot"
        fail(SettingsError(message, code="E626"), 1)
    try:
        path = plot_timeline(rows, output, title=title or f"{a.upper()} – {b.upper()}: events per {by}")
    except ValueError as exc:
        fail(SettingsError(f"{output}: {exc}", code="E627"))
    err_console.print(f"parley: wrote {path}")


@plot_app.command("network")
def plot_network_cmd(
    db: DbOption,
    output: Annotated[Path, typer.Option("-o", "--output", help="Figure file (.png, .svg, .pdf).")],
    top: Annotated[int, typer.Option(min=1, help="Busiest dyads drawn.")] = 40,
    title: Annotated[str | None, typer.Option(help="Figure title.")] = None,
) -> None:
    """The actors and their busiest dyads: width = events, colour = mean score."""
    from ..analysis import plot_network

    with open_store(db) as store:
        try:
            path = plot_network(store, output, top=top, title=title)
        except ValueError as exc:
            fail(SettingsError(f"{output}: {exc}", code="E627"), 1)
    err_console.print(f"parley: wrote {path}")
