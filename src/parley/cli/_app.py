"""The Typer application every command module registers on."""

from __future__ import annotations

import logging
import os
import sys
from typing import NoReturn

import typer
from rich.console import Console

from ..errors import ParleyError

__all__ = [
    "app",
    "console",
    "debugging",
    "err_console",
    "error_line",
    "fail",
    "print_error",
    "set_debug",
    "setup_logging",
]

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
    set_debug(debug or bool(os.environ.get("PARLEY_DEBUG")))  # every run decides anew (tests run many)
    if debug:
        logging.getLogger("parley").setLevel(logging.DEBUG)


err_console = Console(stderr=True, highlight=False, markup=False, soft_wrap=True)


_debug = False


def set_debug(on: bool = True) -> None:
    """``--debug`` (or ``PARLEY_DEBUG``): errors propagate with their traceback instead of one line."""
    global _debug
    _debug = on


def debugging() -> bool:
    return _debug


def error_line(error: ParleyError) -> str:
    """The one line a user sees for an error: ``parley: E1xx file: reason``."""
    return f"parley: {error}"


def print_error(error: ParleyError, console: Console | None = None) -> None:
    """Print ``error`` as its one line on stderr (or on ``console``, e.g. a progress display's)."""
    (console or err_console).print(error_line(error))


def fail(error: ParleyError, exit_code: int = 2) -> NoReturn:
    """Print the error's one line (``parley: E4xx file: reason``) and stop with ``exit_code``;
    with ``--debug`` the error propagates instead, and ``main`` shows its traceback."""
    if debugging():
        raise error
    print_error(error)
    raise typer.Exit(exit_code)


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not verbose:
        # the commands print every reading problem once themselves
        logging.getLogger("parley.read").setLevel(logging.ERROR)
