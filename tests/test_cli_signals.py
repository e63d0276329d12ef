"""Ctrl-C and SIGTERM in long commands: the first only asks for a stop, a second ends the process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from parley.cli import _signals

ROOT = Path(__file__).resolve().parent.parent


def _sent(sig: int) -> None:
    """Send ``sig`` to this process and let Python run its handler (it runs between bytecodes)."""
    os.kill(os.getpid(), sig)
    signal.pthread_sigmask(signal.SIG_SETMASK, [])  # a pending signal is handled at the latest here


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_cli_signals_a_signal_asks_for_a_stop_and_raises_nothing(sig: int) -> None:
    ran_on = False
    with _signals.stop_on_signals():
        _sent(sig)  # would raise KeyboardInterrupt (SIGINT) or end pytest (SIGTERM) without the block
        ran_on = True
        assert _signals.stop_requested()
    assert ran_on
    assert _signals.stop_requested()  # the command reads it after the block too


def test_cli_signals_a_quiet_block_ends_normally() -> None:
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    with _signals.stop_on_signals():
        _sent(signal.SIGTERM)
    with _signals.stop_on_signals():  # a new block starts without the last one's stop
        assert not _signals.stop_requested()
        inside = {sig: signal.getsignal(sig) for sig in before}
    assert not _signals.stop_requested()
    assert all(handler is _signals._on_signal for handler in inside.values())
    assert {sig: signal.getsignal(sig) for sig in before} == before  # the handlers came back


def test_cli_signals_outside_the_main_thread_the_block_leaves_the_handlers() -> None:
    before = signal.getsignal(signal.SIGINT)
    seen = []

    def run() -> None:
        with _signals.stop_on_signals():
            seen.append(signal.getsignal(signal.SIGINT))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [before]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_cli_signals_a_second_signal_ends_the_process_at_once(sig: int) -> None:
    code = (
        "import os, signal, sys, time\n"
        "from parley.cli import _signals\n"
        "with _signals.stop_on_signals():\n"
        f"    os.kill(os.getpid(), {int(sig)})\n"
        "    time.sleep(0.1)\n"
        "    print('asked', _signals.stop_requested(), flush=True)\n"
        f"    os.kill(os.getpid(), {int(sig)})\n"
        "    time.sleep(5)\n"
        "    print('still running', flush=True)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == -sig, run.stderr  # the signal's default action: no traceback, no cleanup
    assert run.stdout == "asked True\n"


_INTERRUPTED_INGEST = """
import os, signal, sys
sys.path[:0] = [{tests!r}]
from parley.cli import _ingest, main
from test_store_fixtures import sample_documents

def process(settings, articles):
    for n, doc in enumerate(sample_documents()):
        if n == 2:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while the pipeline works on the third article
        yield doc

_ingest._read_articles = lambda paths, settings, meta, report: iter(())
_ingest._process = process
sys.argv = ["parley", "ingest", "corpus", "--db", {db!r}]
main()
"""


def test_cli_signals_an_interrupted_ingest_ends_with_its_line_and_exit_130(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    code = _INTERRUPTED_INGEST.format(tests=str(ROOT / "tests"), db=str(db))
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 130, run.stderr
    assert "Traceback" not in run.stderr
    # the process ends right after this line (no teardown), which must still reach the terminal
    assert run.stderr.strip().splitlines()[-1] == (
        f"parley: interrupted: 3 articles stored by this run (3 in {db}); run the same command again to resume"
    )
