"""The SQL that the event index (:mod:`._index`) is built from, besides its arrays: each actor
code's profile parts and each event's record as JSON, both from a snapshot's tables."""

from __future__ import annotations

from typing import Any

import duckdb

from ._derived import QUAD_COUNTS

__all__ = ["RECORDS_JSON_SQL", "profiles_of"]


def _entity_json(x: str) -> str:
    """An actor entity of :func:`parley.analysis._event_records.assemble_records` as JSON: ``office`` and
    ``resolved_by`` only when set (in this order, after the fields every entity has)."""
    common = f"'code', {x}.code, 'sector', {x}.sector, 'entity_text', coalesce({x}.entity_text, '')"
    office, how = f"coalesce({x}.office, '') <> ''", f"coalesce({x}.resolved_by, '') <> ''"
    return (
        f"CASE WHEN {office} AND {how} "
        f"THEN json_object({common}, 'office', {x}.office, 'resolved_by', {x}.resolved_by) "
        f"WHEN {office} THEN json_object({common}, 'office', {x}.office) "
        f"WHEN {how} THEN json_object({common}, 'resolved_by', {x}.resolved_by) "
        f"ELSE json_object({common}) END"
    )


#: each event's record (the shape of parley.analysis._event_records.assemble_records) as JSON, by event number
RECORDS_JSON_SQL = f"""
WITH numbers AS (SELECT id, CAST(row_number() OVER (ORDER BY id) - 1 AS INTEGER) AS n FROM events),
entities AS (
    SELECT x.event_id,
           to_json(list({_entity_json("x")} ORDER BY x.position) FILTER (WHERE x.role = 'actor')) AS actor,
           to_json(list({_entity_json("x")} ORDER BY x.position) FILTER (WHERE x.role = 'recipient')) AS recipient
    FROM event_actors x GROUP BY x.event_id),
reports AS (
    SELECT m.event_id,
           to_json(list(json_object('doc_id', m.article_id, 'sequence', m.sequence, 'start', m.char_start,
                                    'end', m.char_end, 'event_text', m.event_text, 'source', m.source, 'url', a.url)
                        ORDER BY m.article_id, m.sequence, m.char_start)) AS mentions
    FROM mentions m LEFT JOIN articles a ON a.id = m.article_id GROUP BY m.event_id)
SELECT k.n, json_object(
    'id', e.id, 'doc_id', e.doc_id, 'date', e.date, 'date_precision', e.date_precision, 'event', json_array(e.type),
    'mode', CASE WHEN coalesce(e.mode, '') <> '' THEN json_array(e.mode) ELSE '[]'::JSON END,
    'context', to_json(coalesce(e.context, [])),
    'actor', coalesce(entities.actor, '[]'::JSON), 'recipient', coalesce(entities.recipient, '[]'::JSON),
    'event_loc', CASE WHEN coalesce(e.extracted_place, '') <> '' OR coalesce(e.resolved_place, '') <> ''
                      OR coalesce(e.country_code, '') <> ''
                 THEN json_object('extracted_place', e.extracted_place, 'resolved_place', e.resolved_place,
                                  'country_code', e.country_code, 'lat', e.lat, 'lon', e.lon, 'geonameid', e.geonameid)
                 END,
    'quad_code', e.quad_code, 'event_scale', e.event_scale, 'cameo', e.cameo,
    'event_text', coalesce(e.event_text, ''), 'text', coalesce(e.text, ''),
    'text_info', json_object('sequence', e.sequence, 'start', e.char_start, 'end', e.char_end),
    'modality', e.modality, 'confidence', e.confidence, 'num_mentions', e.num_mentions,
    'num_articles', e.num_articles, 'num_sources', e.num_sources,
    'mentions', coalesce(reports.mentions, '[]'::JSON),
    'cite_info', json_object('url', a.url, 'title', a.title, 'publication', a.source), 'coder', e.coder) AS record
FROM events e JOIN numbers k ON k.id = e.id LEFT JOIN articles a ON a.id = e.doc_id
LEFT JOIN entities ON entities.event_id = e.id LEFT JOIN reports ON reports.event_id = e.id
ORDER BY k.n
"""


def profiles_of(conn: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    """Each code's profile parts, from the derived tables (:mod:`._derived`): totals, partners, types
    and the type mix per month and per year, in the order :func:`parley.analysis.actor_profile` gives."""
    out: dict[str, dict[str, Any]] = {}
    for code, events, as_actor, as_recipient, first, last, mean in conn.execute(
        "SELECT CAST(code AS VARCHAR), events, as_actor, as_recipient, first, last, mean_score FROM actor_stats"
    ).fetchall():
        out[code] = {
            "totals": {
                "events": events,
                "as_actor": as_actor,
                "as_recipient": as_recipient,
                "first": first,
                "last": last,
                "mean_score": mean,
            },
            "partners": [],
            "types": {},
            "mix": {"month": [], "year": []},
        }
    columns = ("partner", "events", "mean_score", "q1", "q2", "q3", "q4")
    for code, *values in conn.execute(
        f"""
        WITH sides AS (
            SELECT a AS code, b AS partner, event_scale, quad_code FROM event_dyads
            UNION ALL SELECT b, a, event_scale, quad_code FROM event_dyads)
        SELECT CAST(code AS VARCHAR), CAST(partner AS VARCHAR), count(*) AS events,
               round(avg(event_scale), 2) AS mean_score, {QUAD_COUNTS}
        FROM sides GROUP BY code, partner ORDER BY code, events DESC, partner
        """
    ).fetchall():
        if code in out:
            out[code]["partners"].append(dict(zip(columns, values, strict=True)))
    for code, type_, count in conn.execute(
        "SELECT CAST(code AS VARCHAR), type, count(*) AS n FROM actor_events GROUP BY code, type "
        "ORDER BY code, n DESC, type"
    ).fetchall():
        if code in out:
            out[code]["types"][type_] = count
    for by, fmt in (("month", "%Y-%m"), ("year", "%Y")):
        for code, period, type_, count in conn.execute(
            f"""
            SELECT CAST(code AS VARCHAR), strftime(date, '{fmt}') AS period, type, count(*) AS events
            FROM actor_events WHERE date IS NOT NULL
            GROUP BY code, period, type ORDER BY code, period, events DESC, type
            """
        ).fetchall():
            if code in out:
                out[code]["mix"][by].append({"period": period, "type": type_, "events": count})
    return out
