"""Ctrl-C, SIGTERM and kill -9 during an ingest: workers stop with the run, finished work stays, re-running resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")]


def _corpus(folder: Path, count: int) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    folder.mkdir()
    for row in generate(count, seed=5):
        (folder / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
    return folder


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-c", "from parley.cli import main; main()", "ingest", str(corpus), "--db", str(db)]
    return subprocess.Popen(
        [*cmd, "--workers", "2"], env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for_workers(proc: subprocess.Popen[str], count: int, timeout: float = 180) -> list[int]:
    """The worker processes, once started: the model loads first, which takes long on a busy machine."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = _children(proc.pid)
        if len(children) >= count:
            return children
        if proc.poll() is not None:
            _, err = proc.communicate()
            raise AssertionError(f"the ingest ended (exit {proc.returncode}) before its workers started: {err}")
        time.sleep(0.2)
    raise AssertionError("the workers did not start")


def _stored(db: Path) -> list[str]:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id").fetchall()]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ingest_interrupt_stops_within_2_s_says_what_is_stored_and_resumes(tmp_path: Path, sig: int) -> None:
    corpus = _corpus(tmp_path / "corpus", 160)
    db = tmp_path / "events.duckdb"
    proc = _ingest(corpus, db)
    workers = _wait_for_workers(proc, 2)
    time.sleep(8)  # some batches done
    sent = time.monotonic()
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # Ctrl-C in a terminal: the whole process group
    else:
        proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    took = time.monotonic() - sent
    assert proc.returncode == 130, err
    assert took < 3.0, f"took {took:.1f} s"  # 2 s are promised: one more for a machine that may be loaded
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("parley: interrupted: ") and "run the same command again to resume" in last
    assert not any(_alive(w) for w in workers)
    first = _stored(db)
    assert f"{len(first)} in" in last
    again = _ingest(corpus, db)
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    stored = _stored(db)
    assert len(stored) == len(set(stored)) == 160 and set(first) <= set(stored)


def test_ingest_interrupt_workers_do_not_outlive_a_killed_parent(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 120)
    proc = _ingest(corpus, tmp_path / "events.duckdb")
    workers = _wait_for_workers(proc, 2)
    time.sleep(3)
    proc.kill()  # kill -9: no chance to stop the workers itself
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    alive = [w for w in workers if _alive(w)]
    for pid in alive:  # pragma: no cover - only when the test fails
        os.kill(pid, signal.SIGKILL)
    assert alive == [], "workers outlived their parent"


def test_ingest_interrupt_while_the_model_loads_is_one_line(tmp_path: Path) -> None:
    """Ctrl-C while the model is still loading: one line too, nothing stored, exit 130."""
    corpus = _corpus(tmp_path / "corpus", 5)
    db = tmp_path / "events.duckdb"
    proc = _ingest(corpus, db)
    # the store is opened once the command handles signals and before the model loads; a fixed
    # sleep could hit the interpreter's start on a loaded machine, before parley handles anything
    deadline = time.monotonic() + 60
    while not db.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _children(proc.pid), "the workers started before the store was opened"
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "Traceback" not in err, err
    assert err.strip().splitlines()[-1].startswith("parley: interrupted: 0 articles stored"), json.dumps(err)
    assert _stored(db) == []
