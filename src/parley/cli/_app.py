"""The Typer application every command module registers on."""

from __future__ import annotations

import logging
import sys

import typer
from rich.console import Console

__all__ = ["app", "console", "err_console", "setup_logging"]

app = typer.Typer(
    name="parley",
    help="News about international relations in, PLOVER event data out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of an unexpected error."),
) -> None:
    """News about international relations in, PLOVER event data out."""
    if debug:
        logging.getLogger("parley").setLevel(logging.DEBUG)


err_console = Console(stderr=True, highlight=False, markup=False, soft_wrap=True)


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not verbose:
        # the commands print every reading problem once themselves
        logging.getLogger("parley.read").setLevel(logging.ERROR)
