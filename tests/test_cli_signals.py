"""Ctrl-C handling of long commands: a KeyboardInterrupt that Python swallows still stops the command."""

from __future__ import annotations

import contextlib
import signal

import pytest

from parley.cli import _signals


def test_cli_signals_a_swallowed_interrupt_still_stops_the_block() -> None:
    with pytest.raises(KeyboardInterrupt), _signals.stop_on_signals():
        with contextlib.suppress(KeyboardInterrupt):  # as if raised inside an import's lock callback
            _signals._stop(signal.SIGINT, None)
        with pytest.raises(KeyboardInterrupt):
            _signals.check_stop()
    assert signal.getsignal(signal.SIGINT) is not _signals._stop  # the handlers came back


def test_cli_signals_a_quiet_block_ends_normally() -> None:
    with _signals.stop_on_signals():
        _signals.check_stop()
