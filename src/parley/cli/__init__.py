"""The ``parley`` command: a thin layer over the library."""

from __future__ import annotations

import importlib
import os
import sys

from ..errors import ParleyError
from ._app import app, print_error, set_debug
from ._signals import INTERRUPTED, end_interrupted, stop_requested

__all__ = ["app", "main"]

# Each module registers its commands on ``app``; a module not written yet is skipped.
_COMMANDS = (
    "_extract", "_clean", "_ingest", "_query", "_serve", "_plot", "_scale", "_eval", "_bench", "_train", "_upgrade",
)  # fmt: skip
for _name in _COMMANDS:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # pragma: no cover - only while modules are missing
        if exc.name != f"{__name__}.{_name}":
            raise


def main() -> None:
    """Run the command; every error the user can meet is one line with its code.

    ``--debug`` (or ``PARLEY_DEBUG=1``) shows the traceback of an unexpected error instead.
    """
    debug = "--debug" in sys.argv[1:] or bool(os.environ.get("PARLEY_DEBUG"))
    set_debug(debug)
    try:
        app()  # usage errors, typer.Exit and Ctrl-C are handled by the command line parser
    except SystemExit as exc:
        if exc.code == INTERRUPTED and stop_requested():
            end_interrupted()  # the user is waiting: no slow teardown after the last line
        raise
    except ParleyError as exc:
        if debug:
            raise
        print_error(exc)
        sys.exit(2)
    except OSError as exc:
        if debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        print_error(ParleyError(f"{where}{exc.strerror or exc}", code="E622"))
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - one line, not a traceback; --debug shows it
        if debug:
            raise
        message = f"unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)"
        print_error(ParleyError(message, code="E000"))
        sys.exit(3)
