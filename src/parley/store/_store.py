"""The event database: one DuckDB file, opened read-only unless something is written."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from ..document import Article
from ..errors import SchemaVersionError, StoreError
from ._schema import SCHEMA_VERSION, TABLES, migrate, schema_version

__all__ = ["NO_EXTENSIONS", "Store", "article_hash", "upgrade"]

logger = logging.getLogger(__name__)


def article_hash(article: Article) -> str:
    """SHA-256 of an article's raw input (HTML when there is some, else text).

    Computed before cleaning, so that already-stored articles are skipped before
    they reach the (slow) pipeline.
    """
    raw = article.html if article.html is not None else article.text
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


#: No network and no code from elsewhere: DuckDB must never fetch or load an extension by itself
#: (an SQLite file given as --db would otherwise make it download the sqlite extension).
NO_EXTENSIONS = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
#: DuckDB's file signature: 8 bytes of checksum, then ``DUCK``.
_MAGIC_AT, _MAGIC = 8, b"DUCK"


def _check_signature(path: Path) -> None:
    """Refuse a file that is not a DuckDB database before DuckDB opens it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the database: {exc.strerror or exc}", code="E402") from exc
    if not head:
        return  # an empty file: DuckDB makes a database of it
    if head[_MAGIC_AT : _MAGIC_AT + len(_MAGIC)] != _MAGIC:
        kind = "an SQLite database" if head.startswith(b"SQLite format 3") else "another kind of file"
        raise StoreError(f"{path}: not a DuckDB database ({kind}); refused before opening it", code="E402")


def _connect(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    if path.exists():
        _check_signature(path)
    try:
        return duckdb.connect(str(path), read_only=read_only, config=dict(NO_EXTENSIONS))
    except duckdb.Error as exc:
        message = str(exc)
        if "not a valid DuckDB database" in message:
            reason = "not a DuckDB database (corrupt, or another kind of file)"
        elif "lock" in message.lower():
            reason = "locked by another process (is an ingest running?)"
        else:
            reason = message.splitlines()[0]
        raise StoreError(f"{path}: cannot open the database: {reason}", code="E402") from exc


class Store:
    """A parley event database.

    Open with :meth:`open`; reading commands use ``write=False`` (the default): the
    file must exist and is opened read-only, so nothing can change. ``write=True``
    creates the file when missing and upgrades an older schema. A file written by a
    newer parley raises :class:`~parley.errors.SchemaVersionError` before anything
    is written.
    """

    def __init__(self, conn: duckdb.DuckDBPyConnection, path: Path, *, writable: bool) -> None:
        self.conn = conn
        self.path = path
        self.writable = writable
        #: Counts the transactions committed through this object (writers that cache what they read check it).
        self.generation = 0

    @classmethod
    def open(cls, path: str | Path, *, write: bool = False) -> Store:
        path = Path(path)
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a database file", code="E402")
        if not path.exists():
            if not write:
                raise StoreError(
                    f"{path}: no such database (create it with `parley ingest ... --db {path}`)",
                    code="E402",
                )
            conn = _connect(path, read_only=False)
            try:
                migrate(conn, 0)
            except BaseException:
                conn.close()
                raise
            logger.info("created store %s (schema %d)", path, SCHEMA_VERSION)
            return cls(conn, path, writable=True)
        # Look before writing: a corrupt or newer file must stay untouched.
        probe = _connect(path, read_only=True)
        try:
            version = schema_version(probe)
        except StoreError as exc:
            probe.close()
            raise StoreError(f"{path}: {exc.args[0]}", code=exc.code) from exc
        except duckdb.Error as exc:
            probe.close()
            raise StoreError(f"{path}: unreadable database: {exc}", code="E402") from exc
        if version > SCHEMA_VERSION:
            probe.close()
            raise SchemaVersionError(
                f"{path}: written by a newer parley (schema version {version}, this parley "
                f"reads up to {SCHEMA_VERSION}); upgrade parley"
            )
        if not write:
            if version < SCHEMA_VERSION:
                probe.close()
                if version == 0:
                    raise StoreError(f"{path}: an empty database, not a parley store", code="E403")
                raise StoreError(
                    f"{path}: schema version {version} is older than {SCHEMA_VERSION}; "
                    "upgrade it with `parley upgrade --db PATH` before reading",
                    code="E404",
                )
            return cls(probe, path, writable=False)
        probe.close()
        conn = _connect(path, read_only=False)
        try:
            migrate(conn, version)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, writable=True)

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: commit when the block ends, roll back on any exception."""
        if not self.writable:
            raise StoreError(f"{self.path}: opened read-only", code="E405")
        self.conn.begin()
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()
        self.generation += 1

    # -- small queries ---------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    def has_article(self, article_id: str, text_hash: str) -> bool:
        """Whether this article, with this exact input, is stored (failed ones are retried)."""
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE id = ? AND text_hash = ? AND status <> 'failed'",
            [article_id, text_hash],
        ).fetchone()
        return row is not None

    def known_ids(self) -> dict[str, str]:
        """Stored article ids and their input hashes (failed articles excluded)."""
        rows = self.conn.execute("SELECT id, text_hash FROM articles WHERE status <> 'failed'").fetchall()
        return {str(i): str(h) for i, h in rows}

    def actor_codes(self) -> list[str]:
        """Every actor/recipient code that occurs in the store, sorted."""
        rows = self.conn.execute("SELECT DISTINCT code FROM event_actors ORDER BY code").fetchall()
        return [str(r[0]) for r in rows]

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        out: dict[str, int] = {}
        for table in TABLES:
            row = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run a SQL query; rows as dicts."""
        cursor = self.conn.execute(sql, params or [])
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def upgrade(path: str | Path) -> tuple[int, int]:
    """Migrate an existing store to this parley's schema in place: (version before, version after).

    Unlike ``Store.open(write=True)`` it never creates a file, and an empty database is refused
    (E403); a corrupt or newer one raises its :class:`~parley.errors.StoreError` before anything
    is written.
    """
    path = Path(path)
    before = _stored_version(path)
    if before == 0:
        raise StoreError(f"{path}: an empty database, not a parley store", code="E403")
    # a newer file is refused by ``open`` before anything is written
    with Store.open(path, write=before != SCHEMA_VERSION) as store:
        return before, store.schema_version


def _stored_version(path: Path) -> int:
    """The schema version of an existing file, read without writing."""
    if path.is_dir() or not path.exists():
        raise StoreError(f"{path}: no such database", code="E402")
    probe = _connect(path, read_only=True)
    try:
        return schema_version(probe)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: unreadable database: {exc}", code="E402") from exc
    finally:
        probe.close()
