"""Ctrl-C and SIGTERM during a long command: stopped once, as a KeyboardInterrupt the command reports."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["stop_on_signals"]


def _stop(signum: int, frame: Any) -> None:
    """The first Ctrl-C or SIGTERM stops the command; the next ones are ignored while it winds down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise KeyboardInterrupt


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise KeyboardInterrupt (also when the shell started the
    command with SIGINT ignored, as it does for ``cmd &``); the previous handlers come back after."""
    if threading.current_thread() is not threading.main_thread():  # only there can signals be handled
        yield
        return
    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
