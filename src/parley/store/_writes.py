"""Writing to the store: rows in bulk (one Arrow insert per table), and the changes in place that
merging into a stored event or replacing an article make."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

import duckdb
import pyarrow as pa

from ..document import Event
from ._rows import ACTOR_COLUMNS, EVENT_COLUMNS, actor_rows, event_from_row

__all__ = ["arrow_schema", "insert_arrow", "load_event", "remove_article", "write_actors"]

logger = logging.getLogger(__name__)

#: Rows per multi-row INSERT (a statement's parameters stay well below DuckDB's limits).
_ROWS_PER_INSERT = 200


def _fetch_dicts(conn: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def load_event(conn: duckdb.DuckDBPyConnection, event_id: str) -> Event:
    rows = _fetch_dicts(conn, f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE id = ?", [event_id])
    actors = conn.execute(
        "SELECT role, code, sector, entity_text, office, resolved_by FROM event_actors "
        "WHERE event_id = ? ORDER BY role, position",
        [event_id],
    ).fetchall()
    return event_from_row(rows[0], actors)


def _insert_rows(conn: duckdb.DuckDBPyConnection, table: str, columns: int, rows: list[list[Any]]) -> None:
    """One multi-row ``INSERT ... VALUES (...), (...)``: DuckDB runs ``executemany`` row by row, far slower."""
    for start in range(0, len(rows), _ROWS_PER_INSERT):
        chunk = rows[start : start + _ROWS_PER_INSERT]
        values = ", ".join([_placeholders(columns)] * len(chunk))
        conn.execute(f"INSERT INTO {table} VALUES {values}", [value for row in chunk for value in row])


#: Arrow types of the store's column types (a batch of rows goes in as one Arrow table).
_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}


def arrow_schema(conn: duckdb.DuckDBPyConnection, table: str, names: tuple[str, ...]) -> pa.Schema | None:
    """The Arrow schema of some columns of a table; None when a column type has no Arrow type here."""
    types = dict(
        conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
    )
    fields = [(name, _ARROW_TYPES.get(types.get(name, ""))) for name in names]
    if any(t is None for _, t in fields):
        return None
    return pa.schema(fields)


def insert_arrow(conn: duckdb.DuckDBPyConnection, table: str, schema: pa.Schema | None, rows: list[list[Any]]) -> None:
    """Insert many rows at once through an Arrow table (values DuckDB would bind one by one)."""
    if not rows:
        return
    columns = f"{table} ({', '.join(schema.names)})" if schema is not None else table
    try:
        if schema is None:
            raise TypeError("no Arrow schema")
        batch = pa.Table.from_arrays(
            [pa.array(values, type=f.type) for values, f in zip(zip(*rows, strict=True), schema, strict=True)],
            schema=schema,
        )
    except (pa.ArrowException, TypeError, ValueError) as exc:  # an odd value: let DuckDB convert it
        logger.debug("%s: rows inserted without Arrow: %s", table, exc)
        _insert_rows(conn, columns, len(rows[0]), rows)
        return
    conn.register("_parley_batch", batch)
    try:
        conn.execute(f"INSERT INTO {columns} SELECT * FROM _parley_batch")
    finally:
        conn.unregister("_parley_batch")


@lru_cache(maxsize=8)
def _placeholders(columns: int) -> str:
    return "(" + ", ".join("?" * columns) + ")"


def write_actors(conn: duckdb.DuckDBPyConnection, event: Event, *, replace: bool = True) -> None:
    if replace:
        conn.execute("DELETE FROM event_actors WHERE event_id = ?", [event.id])
    _insert_rows(conn, f"event_actors ({', '.join(ACTOR_COLUMNS)})", len(ACTOR_COLUMNS), actor_rows(event))


def _refresh_counts(conn: duckdb.DuckDBPyConnection, event_id: str) -> None:
    """Recount mentions, articles and sources (distinct outlet names) of one event."""
    row = conn.execute(
        "SELECT count(*), count(DISTINCT m.article_id), "
        "count(DISTINCT coalesce(a.source, 'article:' || a.id)), "
        "min(a.published), max(a.published) "
        "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?",
        [event_id],
    ).fetchone()
    if row is None:  # pragma: no cover - an aggregate always returns a row
        return
    conn.execute(
        "UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, "
        "first_published = ?, last_published = ? WHERE id = ?",
        [*row, event_id],
    )


def _move_evidence(conn: duckdb.DuckDBPyConnection, event_id: str, article_id: str, left: tuple[Any, ...]) -> None:
    """Point an event's evidence at its first mention ``left`` when it was in the removed article.

    The event is found by its id alone: with a second condition DuckDB scans the table.
    """
    row = conn.execute("SELECT doc_id FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None or row[0] != article_id:
        return
    conn.execute(
        "UPDATE events SET doc_id = ?, sequence = ?, char_start = ?, char_end = ?, event_text = ?, text = ? "
        "WHERE id = ?",
        [*left, event_id],
    )


def remove_article(conn: duckdb.DuckDBPyConnection, article_id: str) -> bool:
    """Delete an earlier version of an article and its mentions; events left unreported go too."""
    if not conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
        return False
    touched = [
        r[0]
        for r in conn.execute("SELECT DISTINCT event_id FROM mentions WHERE article_id = ?", [article_id]).fetchall()
    ]
    conn.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    conn.execute("DELETE FROM articles WHERE id = ?", [article_id])
    for event_id in touched:
        # no LIMIT: DuckDB answers a top-n by scanning the table; an event has few mentions
        left = conn.execute(
            "SELECT article_id, sequence, char_start, char_end, event_text, text FROM mentions "
            "WHERE event_id = ? ORDER BY article_id, sequence, char_start",
            [event_id],
        ).fetchone()
        if left is None:
            conn.execute("DELETE FROM event_actors WHERE event_id = ?", [event_id])
            conn.execute("DELETE FROM events WHERE id = ?", [event_id])
            continue
        _move_evidence(conn, event_id, article_id, left)
        _refresh_counts(conn, event_id)
    return True
