"""Small tables derived from a snapshot once, when it is opened, and the quick queries that read them.

The store keeps the undirected dyads of each event as a view (a self-join that every dyad query
would compute again). A snapshot is read-only and never changes, so the workbench computes, once
per snapshot, in the snapshot connection's in-memory catalog:

- ``event_dyads``: the view's rows, plus each event's date, precision, quad class, score and
  article count (a dyad's timeline needs no join);
- ``actor_events``: one row per (actor code, event) with the code's roles, the event's date, type
  and score (an actor profile needs no join);
- ``dyad_stats`` and ``actor_stats``: one row per dyad and per code (the busiest dyads, the
  statistics of the store and a profile's totals are lookups).

The functions below give the same answers as :func:`parley.analysis.dyads` and
:func:`parley.analysis.store_stats` on the store itself; the actor profiles are computed from
these tables for every code at once with the snapshot's index (:mod:`._index`).
"""

from __future__ import annotations

from typing import Any

from ..store import Store

__all__ = ["DERIVED_SQL", "QUAD_COUNTS", "quick_dyads", "quick_stats"]

#: counts per quad class (of rows with a ``quad_code``), as parley.analysis counts them
QUAD_COUNTS = ", ".join(f"count(*) FILTER (WHERE quad_code = {q}) AS q{q}" for q in (1, 2, 3, 4))

#: run in order on a connection where ``src`` is the attached snapshot (its tables under ``src.main``)
DERIVED_SQL: tuple[str, ...] = (
    # codes as an ENUM (small integers, in code order): filtering and grouping by code is several
    # times quicker than on strings in an in-memory table
    """
    CREATE TYPE actor_code AS ENUM (
        SELECT DISTINCT code FROM src.main.event_actors WHERE code IS NOT NULL ORDER BY code)
    """,
    # each actor row with its event's fields, once (the joins below then need no string keys)
    """
    CREATE TEMP TABLE actor_rows AS
    SELECT e.rowid AS n, x.event_id, x.role, CAST(x.code AS actor_code) AS code, e.date, e.date_precision,
           e.quad_code, e.event_scale, e.num_articles, e.type
    FROM src.main.event_actors x JOIN src.main.events e ON e.id = x.event_id
    """,
    # the store's event_dyads view: actor x recipient, or actor x actor when nobody receives
    """
    CREATE TABLE event_dyads AS
    WITH received AS (SELECT DISTINCT n FROM actor_rows WHERE role = 'recipient')
    SELECT DISTINCT x.event_id, least(x.code, y.code) AS a, greatest(x.code, y.code) AS b, x.date,
           x.date_precision, x.quad_code, x.event_scale, x.num_articles
    FROM actor_rows x JOIN actor_rows y ON x.n = y.n AND x.code <> y.code
    WHERE x.role = 'actor' AND (y.role = 'recipient' OR (y.role = 'actor' AND x.n NOT IN (SELECT n FROM received)))
    """,
    f"""
    CREATE TABLE dyad_stats AS
    SELECT a, b, count(*) AS events, round(avg(event_scale), 2) AS mean_score, {QUAD_COUNTS},
           sum(num_articles) AS articles
    FROM event_dyads GROUP BY a, b
    """,
    """
    CREATE TABLE actor_events AS
    SELECT code, any_value(event_id) AS event_id, bool_or(role = 'actor') AS as_actor,
           bool_or(role = 'recipient') AS as_recipient, any_value(date) AS date, any_value(type) AS type,
           any_value(event_scale) AS event_scale
    FROM actor_rows GROUP BY code, n
    """,
    """
    CREATE TABLE actor_stats AS
    SELECT code, count(*) AS events, count(*) FILTER (WHERE as_actor) AS as_actor,
           count(*) FILTER (WHERE as_recipient) AS as_recipient, min(date) AS first, max(date) AS last,
           round(avg(event_scale), 2) AS mean_score
    FROM actor_events GROUP BY code
    """,
    "DROP TABLE actor_rows",
)


def quick_dyads(store: Store, top: int = 10, by: str = "events", min_events: int = 1) -> list[dict[str, Any]]:
    """:func:`parley.analysis.dyads` from ``dyad_stats``."""
    order = {
        "events": "events DESC, mean_score DESC",
        "cooperation": "mean_score DESC NULLS LAST, events DESC",
        "conflict": "mean_score ASC NULLS LAST, events DESC",
    }
    if by not in order:
        raise ValueError(f"by must be one of {', '.join(order)}, not {by!r}")
    return store.query(
        "SELECT a, b, events, mean_score, q1, q2, q3, q4, articles FROM dyad_stats "
        f"WHERE events >= ? ORDER BY {order[by]}, a, b LIMIT ?",
        [min_events, top],
    )


def quick_stats(store: Store) -> dict[str, Any]:
    """:func:`parley.analysis.store_stats` with the busiest actors from ``actor_stats``."""
    counts = store.counts()
    span = store.conn.execute("SELECT min(date), max(date) FROM events").fetchone()
    types = store.query("SELECT type, quad_code, count(*) AS events FROM events GROUP BY ALL ORDER BY events DESC")
    actors = store.query("SELECT code, events FROM actor_stats ORDER BY events DESC, code")
    return {
        "articles": counts.get("articles", 0),
        "events": counts.get("events", 0),
        "mentions": counts.get("mentions", 0),
        "first": span[0].isoformat() if span and span[0] else None,
        "last": span[1].isoformat() if span and span[1] else None,
        "types": types,
        "actors": actors,
    }
