"""Read a store that another process may be writing: from a private snapshot copy.

DuckDB lets one process write a file, and a process that holds it open (even read-only) keeps
the writer out. The server therefore never opens the store itself: it copies the file to a
private folder and queries the copy, read-only. The copy is taken again when the file changes
(a writer's checkpoint: ``parley ingest`` checkpoints after every batch of articles, so the
snapshot is at most one batch old). A copy is kept only when the file's headers were the same
before and after copying (no checkpoint happened meanwhile); otherwise the old snapshot stays
and the next refresh tries again. The copy is then prepared for quick reading (see
:func:`_prepare`) before it is opened read-only.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..store import SCHEMA_VERSION, schema_version

__all__ = ["Snapshot"]

logger = logging.getLogger(__name__)

_HEADER = 3 * 4096  # DuckDB's main header and its two database headers


def _signature(path: Path) -> tuple[int, int, bytes]:
    st = path.stat()
    with path.open("rb") as f:
        return st.st_mtime_ns, st.st_size, f.read(_HEADER)


def _prepare(copy: Path) -> None:
    """Make the private copy quick to query: the undirected dyads of every event become a table
    (in the store they are a view, a self-join computed by every query). The store is untouched."""
    conn = duckdb.connect(str(copy), config={"enable_external_access": False})
    try:
        kind = conn.execute(
            "SELECT table_type FROM information_schema.tables WHERE table_name = 'event_dyads'"
        ).fetchone()
        if kind and kind[0] == "VIEW":
            conn.execute("CREATE TABLE event_dyads_table AS SELECT * FROM event_dyads ORDER BY a, b")
            conn.execute("DROP VIEW event_dyads")
            conn.execute("ALTER TABLE event_dyads_table RENAME TO event_dyads")
            conn.execute("CHECKPOINT")
    finally:
        conn.close()


class Snapshot:
    """A read-only copy of ``db``, refreshed when the file changes.

    ``connection()`` returns a new cursor on the current copy (each request gets its own);
    ``refresh()`` copies again when the file changed; ``start()`` refreshes in a background
    thread every ``interval`` seconds, and no sooner than five times the last copy took (so that
    copying a big store takes at most a fifth of the time). Raises StoreError when the first copy
    cannot be made.
    """

    def __init__(self, db: Path, *, interval: float = 1.0, threads: int = 4, grace: float = 30.0) -> None:
        self.db = Path(db)
        self.interval = interval
        self.grace = grace  # a replaced copy is deleted this long after (longer than any query runs)
        self._copy_seconds = 0.0
        self.threads = threads
        self._dir = Path(tempfile.mkdtemp(prefix="parley-snapshot-"))
        self._lock = threading.Lock()
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._path_of_current: Path | None = None
        self._old: list[tuple[float, duckdb.DuckDBPyConnection, Path]] = []
        self._signature: tuple[int, int, bytes] | None = None
        self._generation = 0
        self.taken_at = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if not self.refresh():
            raise StoreError(f"{self.db}: could not take a consistent copy of the store; try again", code="E414")

    @property
    def generation(self) -> int:
        return self._generation

    def connection(self) -> duckdb.DuckDBPyConnection:
        """A fresh read-only cursor on the current snapshot."""
        with self._lock:
            if self._conn is None:
                raise StoreError("the snapshot is closed", code="E414")
            return self._conn.cursor()

    def refresh(self, *, attempts: int = 3) -> bool:
        """Copy the store again if it changed; True when the snapshot is current."""
        if not self.db.exists():
            raise StoreError(f"{self.db}: no such database", code="E402")
        for _ in range(attempts):
            before = _signature(self.db)
            if before == self._signature:
                self.taken_at = time.time()  # still current
                return True
            self._generation += 1
            target = self._dir / f"snapshot-{self._generation}.duckdb"
            started = time.monotonic()
            shutil.copyfile(self.db, target)
            self._copy_seconds = time.monotonic() - started
            if _signature(self.db) != before:
                target.unlink(missing_ok=True)
                time.sleep(0.05)
                continue
            try:
                _prepare(target)
                conn = duckdb.connect(
                    str(target),
                    read_only=True,
                    config={"enable_external_access": False, "threads": self.threads},
                )
            except duckdb.Error as exc:
                logger.warning("snapshot %s unreadable (%s); keeping the previous one", target, exc)
                target.unlink(missing_ok=True)
                continue
            try:
                version = schema_version(conn)
            except (StoreError, duckdb.Error) as exc:
                conn.close()
                target.unlink(missing_ok=True)
                raise StoreError(f"{self.db}: not a parley store ({exc})", code="E403") from exc
            if version != SCHEMA_VERSION:
                conn.close()
                target.unlink(missing_ok=True)
                raise StoreError(
                    f"{self.db}: schema version {version}, this parley reads {SCHEMA_VERSION}", code="E404"
                )
            with self._lock:
                if self._conn is not None and self._path_of_current is not None:
                    self._old.append((time.monotonic(), self._conn, self._path_of_current))
                self._conn, self._path_of_current = conn, target
                self._signature = before
                self.taken_at = time.time()
            self._drop_old()
            return True
        return False

    def _drop_old(self) -> None:
        """Close and delete the copies replaced more than ``grace`` seconds ago (their queries are done)."""
        grace = self.grace
        now = time.monotonic()
        with self._lock:
            keep = []
            for replaced, conn, path in self._old:
                if now - replaced > grace:
                    conn.close()
                    path.unlink(missing_ok=True)
                else:
                    keep.append((replaced, conn, path))
            self._old = keep

    def _run(self) -> None:
        while not self._stop.wait(max(self.interval, 5 * self._copy_seconds)):
            try:
                self.refresh()
            except (StoreError, OSError) as exc:
                logger.warning("snapshot refresh failed: %s", exc)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="parley-snapshot", daemon=True)
            self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with self._lock:
            for _, conn, _ in self._old:
                conn.close()
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            self._old = []
        shutil.rmtree(self._dir, ignore_errors=True)
