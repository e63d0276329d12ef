"""Ctrl-C and SIGTERM during a long command: a stop that the command takes at its next safe point.

The handler raises nothing. An exception raised by a signal lands at whatever bytecode runs:
between a batch's commit and its checkpoint, inside a callback where Python swallows it (an
import's module-lock callback while the model loads), inside a DuckDB query that then fails with
"Query interrupted". So the first signal only sets a flag, and the command's loops ask
:func:`stop_requested` where stopping loses nothing: between articles, between batches, after a
commit. The command then ends as after its last input, and says it was interrupted.

A second signal ends the process at once, with the signal's default action: the way out when
the command cannot reach a safe point soon (a big model still loading, a read from a terminal).
What the store committed stays; the transaction then open is lost whole, never half-written.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

__all__ = ["INTERRUPTED", "end_interrupted", "stop_on_signals", "stop_requested"]

#: The exit code of a command that a signal stopped (128 + SIGINT, as a shell reports a Ctrl-C).
INTERRUPTED = 130

_SIGNALS = (signal.SIGINT, signal.SIGTERM)

#: Set by the first signal within :func:`stop_on_signals`.
_requested = threading.Event()


def _on_signal(signum: int, frame: Any) -> None:
    """Ask the command to stop; from now on the signals have their default action (a hard stop)."""
    for sig in _SIGNALS:
        signal.signal(sig, signal.SIG_DFL)
    _requested.set()


def stop_requested() -> bool:
    """Whether a Ctrl-C or SIGTERM came since the current (or last) :func:`stop_on_signals` block began."""
    return _requested.is_set()


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM set the stop flag instead of raising (also when the shell
    started the command with SIGINT ignored, as it does for ``cmd &``); the previous handlers come back
    after. The flag stays as the block left it, for the command's last words."""
    if threading.current_thread() is not threading.main_thread():  # only there can signals be handled
        yield
        return
    _requested.clear()
    previous = {sig: signal.signal(sig, _on_signal) for sig in _SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def end_interrupted() -> NoReturn:
    """End the process now, once a stopped command has stored and said all it had to.

    Python's own exit would then free the loaded model and knowledge object by object: a second
    and more of CPU, longer on a busy machine, after the user asked to stop. Nothing is left for it
    to do (the store is closed, the workers are gone), so the output is flushed and the process ends.
    """
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(INTERRUPTED)
