"""Building a snapshot's :class:`~._index.EventIndex`: the events numbered by id, and their records,
actors, mentions, dyads, profiles and places read from DuckDB in that order."""

from __future__ import annotations

import duckdb

from ._index import _RECORD_COLUMNS, EventIndex
from ._index_sql import profiles_of

__all__ = ["build_index"]


def build_index(conn: duckdb.DuckDBPyConnection) -> EventIndex:
    """The index of the snapshot open on ``conn`` (its store tables and derived tables)."""
    conn.execute(
        "CREATE TEMP TABLE event_numbers AS "
        "SELECT id, CAST(row_number() OVER (ORDER BY id) - 1 AS INTEGER) AS n FROM events"
    )
    try:
        columns = ", ".join(f"e.{c}" for c in _RECORD_COLUMNS)
        rows = conn.sql(
            f"SELECT {columns}, e.date_end, a.url, a.title, a.source FROM events e "
            "JOIN event_numbers k ON k.id = e.id LEFT JOIN articles a ON a.id = e.doc_id ORDER BY k.n"
        ).to_arrow_table()
        actors = conn.sql(
            "SELECT k.n, x.role, x.code, x.sector, x.entity_text, x.office, x.resolved_by FROM event_actors x "
            "JOIN event_numbers k ON k.id = x.event_id ORDER BY k.n, x.role, x.position"
        ).to_arrow_table()
        mentions = conn.sql(
            "SELECT k.n, m.article_id AS doc_id, m.sequence, m.char_start AS start, m.char_end AS end, m.event_text, "
            "m.source, a.url FROM mentions m JOIN event_numbers k ON k.id = m.event_id "
            "LEFT JOIN articles a ON a.id = m.article_id ORDER BY k.n, m.article_id, m.sequence, m.char_start"
        ).to_arrow_table()
        dyads = conn.sql(
            "SELECT k.n FROM event_dyads d JOIN event_numbers k ON k.id = d.event_id ORDER BY d.a, d.b, k.n"
        ).to_arrow_table()
        dyad_counts = conn.execute(
            "SELECT CAST(a AS VARCHAR), CAST(b AS VARCHAR), count(*) FROM event_dyads GROUP BY a, b ORDER BY a, b"
        ).fetchall()
        profiles = profiles_of(conn)
        # the places of analysis.places: name, country and coordinates rounded by DuckDB
        conn.execute(
            "CREATE TEMP TABLE event_places AS SELECT k.n, coalesce(e.resolved_place, e.extracted_place, "
            "e.country_code) AS place, e.country_code AS country, round(e.lat, 3) AS lat, round(e.lon, 3) AS lon "
            "FROM events e JOIN event_numbers k ON k.id = e.id WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL"
        )
        conn.execute(
            "CREATE TEMP TABLE place_keys AS SELECT CAST(row_number() OVER (ORDER BY place, country, lat, lon) - 1 "
            "AS INTEGER) AS p, * FROM (SELECT DISTINCT place, country, lat, lon FROM event_places)"
        )
        place_rows = [
            dict(zip(("place", "country", "lat", "lon"), row, strict=True))
            for row in conn.execute("SELECT place, country, lat, lon FROM place_keys ORDER BY p").fetchall()
        ]
        place_of = conn.sql(
            "SELECT k.n, x.p FROM event_numbers k LEFT JOIN (SELECT e.n, p.p FROM event_places e JOIN place_keys p "
            "ON p.place IS NOT DISTINCT FROM e.place AND p.country IS NOT DISTINCT FROM e.country "
            "AND p.lat = e.lat AND p.lon = e.lon) x ON x.n = k.n ORDER BY k.n"
        ).to_arrow_table()
        conn.execute("DROP TABLE event_places")
        conn.execute("DROP TABLE place_keys")
    finally:
        conn.execute("DROP TABLE event_numbers")
    return EventIndex(rows, actors, mentions, dyads, dyad_counts, profiles, place_of, place_rows)
