"""Queries of the workbench: pages of events (keyset pagination), one event with its evidence,
articles, places and store statistics. Every value reaches DuckDB as a parameter."""

from __future__ import annotations

import base64
import json
from datetime import date
from typing import Any

from ..errors import StoreError
from ..store import Store
from ._event_filters import _filters
from ._event_records import _records

__all__ = [
    "SORTS",
    "article_detail",
    "articles_page",
    "count_events",
    "event_detail",
    "event_page",
    "places",
    "store_stats",
]

#: sort name -> (key expression, direction); the key is never NULL so that the keyset works
SORTS: dict[str, tuple[str, str]] = {
    "date": ("coalesce(e.date, DATE '9999-12-31')", "ASC"),
    "-date": ("coalesce(e.date, DATE '0001-01-01')", "DESC"),
    "score": ("coalesce(e.event_scale, 99.0)", "ASC"),
    "-score": ("coalesce(e.event_scale, -99.0)", "DESC"),
    "-mentions": ("CAST(e.num_mentions AS DOUBLE)", "DESC"),
}


def _encode_cursor(key: Any, event_id: str) -> str:
    value = key.isoformat() if isinstance(key, date) else key
    raw = json.dumps([value, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key, event_id = json.loads(raw)
        if not isinstance(event_id, str):
            raise ValueError("id")
        if sort.endswith("date"):
            key = date.fromisoformat(key)
        elif not isinstance(key, int | float):
            raise ValueError("key")
        return key, event_id
    except (ValueError, TypeError) as exc:
        raise StoreError("cursor: not a cursor this server handed out", code="E413") from exc


def event_page(
    store: Store,
    filters: dict[str, Any],
    *,
    sort: str = "date",
    cursor: str | None = None,
    limit: int = 100,
    only_ids: list[str] | None = None,
    skip_ids: list[str] | None = None,
    judged: tuple[list[str], list[str]] | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of events matching ``filters`` (the keywords of :func:`events` plus ``dyad``),
    and the cursor of the next page (None on the last one)."""
    if sort not in SORTS:
        raise StoreError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}", code="E413")
    key_sql, direction = SORTS[sort]
    where, params = _filters(only_ids=only_ids, skip_ids=skip_ids, judged=judged, **filters)
    if cursor:
        key, last_id = _decode_cursor(cursor, sort)
        op = ">" if direction == "ASC" else "<"
        clause = f"({key_sql} {op} ? OR ({key_sql} = ? AND e.id {op} ?))"
        where = f"{where} AND {clause}" if where else f" WHERE {clause}"
        params += [key, key, last_id]
    # the page's events first (a top-N on the events alone), then their articles
    rows = store.query(
        f"SELECT p.*, a.url, a.title, a.source FROM ("
        f"SELECT e.*, {key_sql} AS sort_key FROM events e{where} "
        f"ORDER BY {key_sql} {direction}, e.id {direction} LIMIT ?"
        f") p LEFT JOIN articles a ON a.id = p.doc_id ORDER BY p.sort_key {direction}, p.id {direction}",
        [*params, limit + 1],
    )
    more = len(rows) > limit
    rows = rows[:limit]
    records = _records(store, rows) if rows else []
    next_cursor = _encode_cursor(rows[-1]["sort_key"], rows[-1]["id"]) if more and rows else None
    return records, next_cursor


def count_events(
    store: Store,
    filters: dict[str, Any],
    *,
    only_ids: list[str] | None = None,
    skip_ids: list[str] | None = None,
    judged: tuple[list[str], list[str]] | None = None,
) -> int:
    dyad = filters.get("dyad")
    if (
        dyad
        and only_ids is None
        and not skip_ids
        and not judged
        and not any(v is not None for k, v in filters.items() if k != "dyad")
    ):  # a dyad alone: its rows of event_dyads (one per event)
        lo, hi = sorted((dyad[0].upper(), dyad[1].upper()))
        row = store.conn.execute("SELECT count(*) FROM event_dyads WHERE a = ? AND b = ?", [lo, hi]).fetchone()
        return int(row[0]) if row else 0
    where, params = _filters(only_ids=only_ids, skip_ids=skip_ids, judged=judged, **filters)
    row = store.conn.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()
    return int(row[0]) if row else 0


def _sentence_span(text: str, sentence: str, start: int | None) -> tuple[int, int] | None:
    if not text or not sentence:
        return None
    if start is not None and text[start : start + len(sentence)] == sentence:
        return start, start + len(sentence)
    found = text.find(sentence)
    return (found, found + len(sentence)) if found >= 0 else None


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event as a PLOVER record, with how its date and place were resolved and every mention
    with its article: title, url, publication date, the article text and where the sentence and
    the event word sit in it."""
    rows = store.query(
        "SELECT e.*, a.url, a.title, a.source FROM events e LEFT JOIN articles a ON a.id = e.doc_id WHERE e.id = ?",
        [event_id],
    )
    if not rows:
        return None
    record = _records(store, rows)[0]
    row = rows[0]
    record["resolution"] = {
        "date_source": row["date_source"],
        "date_precision": row["date_precision"],
        "date_end": row["date_end"].isoformat() if row["date_end"] else None,
        "extracted_place": row["extracted_place"],
        "resolved_place": row["resolved_place"],
        "country_code": row["country_code"],
        "feature_code": row["feature_code"],
        "geonameid": row["geonameid"],
        "first_published": row["first_published"].isoformat() if row["first_published"] else None,
        "last_published": row["last_published"].isoformat() if row["last_published"] else None,
    }
    evidence = []
    for m in store.query(
        "SELECT m.article_id, m.sequence, m.char_start, m.char_end, m.event_text, m.text, m.source, "
        "a.title, a.url, a.published, a.text AS article_text FROM mentions m "
        "LEFT JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? "
        "ORDER BY m.article_id, m.sequence, m.char_start",
        [event_id],
    ):
        text = m["article_text"] or ""
        span = _sentence_span(text, m["text"] or "", m["char_start"])
        word = None
        if m["event_text"] and m["text"]:
            at = m["text"].find(m["event_text"])
            word = (at, at + len(m["event_text"])) if at >= 0 else None
        evidence.append(
            {
                "article_id": m["article_id"],
                "title": m["title"],
                "url": m["url"],
                "source": m["source"],
                "published": m["published"].isoformat() if m["published"] else None,
                "sequence": m["sequence"],
                "sentence": m["text"],
                "event_text": m["event_text"],
                "article_text": text or None,
                "sentence_span": list(span) if span else None,
                "word_span": list(word) if word else None,
            }
        )
    record["evidence"] = evidence
    return record


def articles_page(
    store: Store, *, search: str | None = None, after: str | None = None, limit: int = 50
) -> tuple[list[dict[str, Any]], str | None]:
    """Articles by id (keyset on the id), with their event counts."""
    where, params = [], []
    if search:
        where.append("(contains(lower(coalesce(title, '')), ?) OR contains(lower(id), ?))")
        params += [search.lower(), search.lower()]
    if after:
        where.append("id > ?")
        params.append(after)
    sql = (
        "SELECT id, title, source, source_country, url, published, status, n_events FROM articles"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY id LIMIT ?"
    )
    rows = store.query(sql, [*params, limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    for r in rows:
        r["published"] = r["published"].isoformat() if r["published"] else None
    return rows, (rows[-1]["id"] if more and rows else None)


def article_detail(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = store.query(
        "SELECT id, title, source, source_country, url, published, status, warnings, n_events, text "
        "FROM articles WHERE id = ?",
        [article_id],
    )
    if not rows:
        return None
    article = rows[0]
    article["published"] = article["published"].isoformat() if article["published"] else None
    article["events"] = [
        r["event_id"]
        for r in store.query(
            "SELECT DISTINCT event_id, min(sequence) AS s FROM mentions WHERE article_id = ? "
            "GROUP BY event_id ORDER BY s, event_id",
            [article_id],
        )
    ]
    return article


def places(
    store: Store,
    filters: dict[str, Any],
    *,
    limit: int = 500,
    only_ids: list[str] | None = None,
    skip_ids: list[str] | None = None,
    judged: tuple[list[str], list[str]] | None = None,
) -> list[dict[str, Any]]:
    """Places of the matching events that have coordinates: name, country, lat, lon, events."""
    where, params = _filters(only_ids=only_ids, skip_ids=skip_ids, judged=judged, **filters)
    cond = "e.lat IS NOT NULL AND e.lon IS NOT NULL"
    where = f"{where} AND {cond}" if where else f" WHERE {cond}"
    return store.query(
        "SELECT coalesce(e.resolved_place, e.extracted_place, e.country_code) AS place, "
        "e.country_code AS country, round(e.lat, 3) AS lat, round(e.lon, 3) AS lon, count(*) AS events, "
        "round(avg(e.event_scale), 2) AS mean_score "
        f"FROM events e{where} GROUP BY ALL ORDER BY events DESC, place LIMIT ?",
        [*params, limit],
    )


def store_stats(store: Store) -> dict[str, Any]:
    """Row counts, the span of event dates, event types and the busiest actors."""
    counts = store.counts()
    span = store.conn.execute("SELECT min(date), max(date) FROM events").fetchone()
    types = store.query("SELECT type, quad_code, count(*) AS events FROM events GROUP BY ALL ORDER BY events DESC")
    actors = store.query(
        "SELECT code, count(DISTINCT event_id) AS events FROM event_actors GROUP BY code ORDER BY events DESC, code"
    )
    return {
        "articles": counts.get("articles", 0),
        "events": counts.get("events", 0),
        "mentions": counts.get("mentions", 0),
        "first": span[0].isoformat() if span and span[0] else None,
        "last": span[1].isoformat() if span and span[1] else None,
        "types": types,
        "actors": actors,
    }
