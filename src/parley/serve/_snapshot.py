"""Read a store that another process may be writing: from a private snapshot copy.

DuckDB lets one process write a file, and a process that holds it open (even read-only) keeps
the writer out. The server therefore never opens the store itself: it copies the file to a
private folder and queries the copy. The copy is taken again only when the file changed (a
writer's checkpoint: ``parley ingest`` checkpoints after every batch of articles, so the snapshot
is at most one batch old); while the file is unchanged the current snapshot is kept. A copy is
kept only when the file's headers were the same before and after copying (no checkpoint happened
meanwhile); otherwise the old snapshot stays and the next refresh tries again.

The copy itself is never written: a snapshot is an in-memory DuckDB database that attaches the
copy read-only (``src``), shows its tables as views, and holds the small tables derived from it
once (:mod:`._derived`); beside the connection, an in-memory index of its events answers the
common queries without DuckDB (:mod:`._index`, :meth:`Snapshot.index`). File access is then
switched off for the connection and its configuration locked, so queries can neither change the
store nor read any other file.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..store import SCHEMA_VERSION, TABLES, schema_version
from ._derived import DERIVED_SQL
from ._index import EventIndex
from ._index_build import build_index

__all__ = ["Snapshot"]

logger = logging.getLogger(__name__)

_HEADER = 3 * 4096  # DuckDB's main header and its two database headers


def _signature(path: Path) -> tuple[int, int, bytes]:
    st = path.stat()
    with path.open("rb") as f:
        return st.st_mtime_ns, st.st_size, f.read(_HEADER)


def _open(copy: Path, threads: int) -> tuple[duckdb.DuckDBPyConnection, EventIndex]:
    """The snapshot connection over ``copy`` (the store read-only, derived tables in memory) and
    the index of its events (:mod:`._index`)."""
    conn = duckdb.connect(":memory:", config={"threads": threads})
    try:
        literal = str(copy).replace("'", "''")
        conn.execute(f"ATTACH '{literal}' AS src (READ_ONLY)")
        probe = conn.cursor()
        try:
            probe.execute("USE src")
            version = schema_version(probe)
        finally:
            probe.close()
        if version != SCHEMA_VERSION:
            raise StoreError(f"schema version {version}, this parley reads {SCHEMA_VERSION}", code="E404")
        conn.execute("USE memory")
        for table in TABLES:
            conn.execute(f"CREATE VIEW {table} AS SELECT * FROM src.main.{table}")
        for sql in DERIVED_SQL:
            conn.execute(sql)
        index = build_index(conn)
        conn.execute("SET enable_external_access = false")
        conn.execute("SET lock_configuration = true")
    except BaseException:
        conn.close()
        raise
    return conn, index


class Snapshot:
    """A read-only snapshot of ``db``, taken again when the file changes.

    ``connection()`` returns a new cursor on the current snapshot (each request gets its own);
    ``cursor()`` returns it with the snapshot's ``version``, a number that changes each time
    another snapshot replaces the current one (answers derived from a snapshot may be cached
    under it). ``refresh()`` takes a new snapshot when the file changed and keeps the current one
    otherwise; ``start()`` refreshes in a background thread every ``interval`` seconds, and no
    sooner than five times the last snapshot took. Raises StoreError when the first snapshot
    cannot be taken. ``last_timings`` holds the seconds the last new snapshot took to copy and to
    open (derived tables and index included).
    """

    def __init__(self, db: Path, *, interval: float = 1.0, threads: int | None = None, grace: float = 30.0) -> None:
        self.db = Path(db)
        self.interval = interval
        self.grace = grace  # a replaced snapshot is closed this long after (longer than any query runs)
        self.threads = threads or min(4, os.cpu_count() or 2)  # DuckDB's threads, shared by every query
        self.last_timings: dict[str, float] = {}
        self._took = 0.0
        self._dir = Path(tempfile.mkdtemp(prefix="parley-snapshot-"))
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._indexes: dict[int, EventIndex] = {}  # version -> its index, while the snapshot is open
        self._path_of_current: Path | None = None
        self._old: list[tuple[float, int, duckdb.DuckDBPyConnection, Path]] = []
        self._users: dict[int, int] = {}  # version -> cursors from cursor() not yet released
        self._untracked: set[int] = set()  # versions with cursors from connection(): only the grace ends them
        self._signature: tuple[int, int, bytes] | None = None
        self._attempt = 0
        self._version = 0
        self.taken_at = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if not self.refresh():
            raise StoreError(f"{self.db}: could not take a consistent copy of the store; try again", code="E414")

    @property
    def version(self) -> int:
        """Changes each time a new snapshot replaces the current one."""
        return self._version

    @property
    def generation(self) -> int:  # the name the workbench used first
        return self._version

    def cursor(self) -> tuple[duckdb.DuckDBPyConnection, int]:
        """A fresh cursor on the current snapshot, and that snapshot's version. Close the cursor,
        then :meth:`release` the version: a replaced snapshot is closed (its memory and its copy
        freed) as soon as none of its cursors is in use, and ``grace`` seconds after it was
        replaced at the latest."""
        with self._lock:
            if self._conn is None:
                raise StoreError("the snapshot is closed", code="E414")
            self._users[self._version] = self._users.get(self._version, 0) + 1
            return self._conn.cursor(), self._version

    def hold(self) -> int:
        """The current snapshot's version, held as a cursor of it is (then :meth:`release` it),
        for work that reads its index only."""
        with self._lock:
            if self._conn is None:
                raise StoreError("the snapshot is closed", code="E414")
            self._users[self._version] = self._users.get(self._version, 0) + 1
            return self._version

    def index(self, version: int) -> EventIndex | None:
        """The event index of snapshot ``version`` (None once that snapshot is closed)."""
        return self._indexes.get(version)

    def release(self, version: int) -> None:
        """A cursor of ``version`` (from :meth:`cursor`) is done."""
        with self._lock:
            left = self._users.get(version, 0) - 1
            if left > 0:
                self._users[version] = left
            else:
                self._users.pop(version, None)
        self._drop_old()

    def connection(self) -> duckdb.DuckDBPyConnection:
        """A fresh read-only cursor on the current snapshot (kept usable for ``grace`` seconds
        after the snapshot is replaced)."""
        with self._lock:
            if self._conn is None:
                raise StoreError("the snapshot is closed", code="E414")
            self._untracked.add(self._version)
            return self._conn.cursor()

    def refresh(self, *, attempts: int = 3) -> bool:
        """Take a new snapshot if the store changed; True when the snapshot is current."""
        with self._refreshing:
            return self._refresh(attempts)

    def _refresh(self, attempts: int) -> bool:
        if not self.db.exists():
            raise StoreError(f"{self.db}: no such database", code="E402")
        for _ in range(attempts):
            before = _signature(self.db)
            if before == self._signature:
                self.taken_at = time.time()  # still current
                return True
            self._attempt += 1
            target = self._dir / f"snapshot-{self._attempt}.duckdb"
            started = time.monotonic()
            shutil.copyfile(self.db, target)
            copied = time.monotonic()
            if _signature(self.db) != before:
                target.unlink(missing_ok=True)
                time.sleep(0.05)
                continue
            try:
                conn, index = _open(target, self.threads)
            except StoreError as exc:
                target.unlink(missing_ok=True)
                if exc.code == "E404":
                    raise StoreError(f"{self.db}: {exc}", code="E404") from exc
                raise StoreError(f"{self.db}: not a parley store ({exc})", code="E403") from exc
            except duckdb.Error as exc:
                logger.warning("snapshot %s unreadable (%s); keeping the previous one", target, exc)
                target.unlink(missing_ok=True)
                continue
            done = time.monotonic()
            self.last_timings = {"copy_s": copied - started, "open_s": done - copied}
            self._took = done - started
            with self._lock:
                if self._conn is not None and self._path_of_current is not None:
                    self._old.append((time.monotonic(), self._version, self._conn, self._path_of_current))
                self._conn, self._path_of_current = conn, target
                self._signature = before
                self._version += 1
                self._indexes[self._version] = index
                self.taken_at = time.time()
            self._drop_old()
            return True
        return False

    def _drop_old(self) -> None:
        """Close and delete the replaced snapshots that no query uses, and those replaced more than
        ``grace`` seconds ago (longer than any query runs)."""
        now = time.monotonic()
        with self._lock:
            keep = []
            for replaced, version, conn, path in self._old:
                idle = self._users.get(version, 0) == 0 and version not in self._untracked
                if idle or now - replaced > self.grace:
                    conn.close()
                    path.unlink(missing_ok=True)
                    self._indexes.pop(version, None)
                    self._users.pop(version, None)
                    self._untracked.discard(version)
                else:
                    keep.append((replaced, version, conn, path))
            self._old = keep

    def _run(self) -> None:
        while not self._stop.wait(max(self.interval, 5 * self._took)):
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
            for _, _, conn, _ in self._old:
                conn.close()
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            self._old = []
            self._indexes.clear()
        shutil.rmtree(self._dir, ignore_errors=True)
