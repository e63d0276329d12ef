"""Ctrl-C and SIGTERM during a long command: stopped once, as a KeyboardInterrupt the command reports."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["check_stop", "stop_on_signals", "stop_requested"]

#: Set by the first signal. Python swallows an exception raised inside some callbacks (an import's
#: module-lock callback, a weakref finaliser): the flag lets the command stop at its next check.
_requested = threading.Event()


def _stop(signum: int, frame: Any) -> None:
    """The first Ctrl-C or SIGTERM stops the command; the next ones are ignored while it winds down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _requested.set()
    raise KeyboardInterrupt


def _quiet_interrupts(unraisable: Any) -> None:
    """A KeyboardInterrupt that Python could not raise (inside a callback) is kept in ``_requested``,
    not printed as "Exception ignored ... Traceback"; anything else goes to Python's own hook."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        return
    sys.__unraisablehook__(unraisable)


def stop_requested() -> bool:
    """A Ctrl-C or SIGTERM came since the block began."""
    return _requested.is_set()


def check_stop() -> None:
    """Raise KeyboardInterrupt if a signal came whose KeyboardInterrupt was swallowed."""
    if _requested.is_set():
        raise KeyboardInterrupt


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise KeyboardInterrupt (also when the shell started the
    command with SIGINT ignored, as it does for ``cmd &``); the previous handlers come back after."""
    if threading.current_thread() is not threading.main_thread():  # only there can signals be handled
        yield
        return
    _requested.clear()
    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    hook, sys.unraisablehook = sys.unraisablehook, _quiet_interrupts
    try:
        yield
        check_stop()  # the block ended as if nothing came: a swallowed interrupt still stops it
    finally:
        sys.unraisablehook = hook
        for sig, handler in previous.items():
            signal.signal(sig, handler)
