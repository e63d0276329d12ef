"""Questions analysts ask of the store: which events, how a dyad evolves, who deals with whom."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..store import Store
from ._event_filters import _FILTER_NAMES, _filters
from ._event_records import _records
from ._periods import _FINE_ENOUGH, _PERIODS, _label, _next_period, _period_start

__all__ = [
    "QUADS",
    "actor_profile",
    "dyad_total",
    "dyads",
    "events",
    "iter_events",
    "timeline",
    "unknown_codes",
]

QUADS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_QUAD_COUNTS = ", ".join(f"count(*) FILTER (WHERE e.quad_code = {q}) AS q{q}" for q in (1, 2, 3, 4))


def iter_events(
    store: Store,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    either: str | None = None,
    type: str | None = None,
    quad: int | None = None,
    context: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    country: str | None = None,
    search: str | None = None,
    limit: int | None = None,
    batch_size: int = 2000,
) -> Iterator[dict[str, Any]]:
    """Stored events as PLOVER records (streamed; see :func:`events` for the filters)."""
    where, params = _filters(
        actor=actor,
        recipient=recipient,
        either=either,
        type=type,
        quad=quad,
        context=context,
        since=since,
        until=until,
        country=country,
        search=search,
    )
    sql = (
        "SELECT e.*, a.url, a.title, a.source FROM events e LEFT JOIN articles a ON a.id = e.doc_id"
        f"{where} ORDER BY e.date NULLS LAST, e.id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cursor = store.conn.cursor()
    try:
        result = cursor.execute(sql, params)
        names = [d[0] for d in result.description or []]
        while True:
            batch = result.fetchmany(batch_size)
            if not batch:
                break
            yield from _records(store, [dict(zip(names, row, strict=True)) for row in batch])
    finally:
        cursor.close()


def events(
    store: Store,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    either: str | None = None,
    type: str | None = None,
    quad: int | None = None,
    context: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    country: str | None = None,
    search: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events matching every given filter, oldest first, as PLOVER records.

    Args:
        actor / recipient / either: an actor code on that side (either: any side).
        type: PLOVER event type; quad: quad class 1-4; context: a PLOVER context.
        since / until: events whose date (at its precision) overlaps the range.
        country: ISO3 of the event's place; search: words in any reporting sentence.
        limit: at most this many events.
    """
    return list(
        iter_events(
            store,
            actor=actor,
            recipient=recipient,
            either=either,
            type=type,
            quad=quad,
            context=context,
            since=since,
            until=until,
            country=country,
            search=search,
            limit=limit,
        )
    )


def unknown_codes(store: Store, codes: Iterable[str | None]) -> tuple[list[str], list[str]]:
    """Codes (upper-cased) that occur in no event, and the codes that do."""
    known = store.actor_codes()
    present = set(known)
    return [c.upper() for c in codes if c and c.upper() not in present], known


def dyad_total(store: Store, a: str, b: str) -> int:
    """All events between two actors (either direction, any date)."""
    lo, hi = sorted((a.upper(), b.upper()))
    row = store.conn.execute("SELECT count(*) FROM event_dyads WHERE a = ? AND b = ?", [lo, hi]).fetchone()
    return int(row[0]) if row else 0


def timeline(
    store: Store,
    a: str,
    b: str,
    by: str = "month",
    *,
    filters: dict[str, Any] | None = None,
    only_ids: list[str] | None = None,
    skip_ids: list[str] | None = None,
    extra: list[tuple[date, str, int | None, float | None]] | None = None,
    dyad_fields: bool = False,
) -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` (either direction) per day, week, month or year.

    One row per period from the first to the last (empty periods included):
    ``period`` label, ``start`` date, ``q1``..``q4`` counts by quad class, ``events``
    and ``mean_score`` (mean PLOVER score, None when no events). Events dated less
    precisely than the period (a year-only date in a monthly timeline) are left out;
    compare with :func:`dyad_total`. ``filters`` (the keywords of :func:`events`) and
    ``only_ids``/``skip_ids`` narrow the events counted; ``extra`` adds events given as (date,
    date precision, quad class, score), such as reviewed events with corrected values.
    ``dyad_fields``: ``event_dyads`` has the events' date, date_precision, quad_code and
    event_scale (the workbench's derived table), so nothing narrowed needs no join.
    """
    if by not in _PERIODS:
        raise ValueError(f"by must be one of {', '.join(_PERIODS)}, not {by!r}")
    precisions = _FINE_ENOUGH[by]
    rows = _dyad_dated_rows(store, a, b, precisions, filters, only_ids, skip_ids, dyad_fields)
    rows += [(day, quad, score) for day, precision, quad, score in extra or [] if precision in precisions]
    if not rows:
        return []
    return _period_rows(rows, by)


def _dyad_dated_rows(
    store: Store,
    a: str,
    b: str,
    precisions: tuple[str, ...],
    filters: dict[str, Any] | None,
    only_ids: list[str] | None,
    skip_ids: list[str] | None,
    dyad_fields: bool,
) -> list[Any]:
    """(date, quad class, score) of the dyad's events dated to one of ``precisions``, narrowed by the
    filters, by date (see :func:`timeline`)."""
    lo, hi = sorted((a.upper(), b.upper()))
    marks = ", ".join("?" for _ in precisions)
    narrow_sql: str = ""
    extra_params: list[Any] = []
    if filters or only_ids is not None or skip_ids:
        narrow = {k: None for k in _FILTER_NAMES} | (filters or {})
        where, extra_params = _filters(only_ids=only_ids, skip_ids=skip_ids, **narrow)
        narrow_sql = where.replace(" WHERE ", " AND ", 1)
    source = "event_dyads e" if dyad_fields and not narrow_sql else "events e JOIN event_dyads d ON d.event_id = e.id"
    pair = "e.a = ? AND e.b = ?" if source.startswith("event_dyads") else "d.a = ? AND d.b = ?"
    return store.conn.execute(
        f"""
        SELECT e.date, e.quad_code, e.event_scale
        FROM {source}
        WHERE {pair} AND e.date IS NOT NULL AND e.date_precision IN ({marks}){narrow_sql}
        ORDER BY e.date
        """,
        [lo, hi, *precisions, *extra_params],
    ).fetchall()


def _period_rows(rows: list[Any], by: str) -> list[dict[str, Any]]:
    """The timeline's rows of dated (date, quad class, score) events: one per period from the first to
    the last, empty periods included."""
    buckets: dict[date, list[tuple[int | None, float | None]]] = {}
    for day, quad, score in rows:
        buckets.setdefault(_period_start(day, by), []).append((quad, score))
    out = []
    current, last = min(buckets), max(buckets)
    while current <= last:
        items = buckets.get(current, [])
        quads = Counter(q for q, _ in items)
        scores = [s for _, s in items if s is not None]
        out.append(
            {
                "period": _label(current, by),
                "start": current,
                "q1": quads[1],
                "q2": quads[2],
                "q3": quads[3],
                "q4": quads[4],
                "events": len(items),
                "mean_score": round(sum(scores) / len(scores), 2) if scores else None,
            }
        )
        current = _next_period(current, by)
    return out


def dyads(store: Store, top: int = 10, by: str = "events", min_events: int = 1) -> list[dict[str, Any]]:
    """Top pairs of actors (undirected).

    ``by="events"``: most events; ``"cooperation"``: highest mean score;
    ``"conflict"``: lowest mean score (pairs with at least ``min_events`` events).
    Rows: ``a``, ``b``, ``events``, ``mean_score``, ``q1``..``q4``, ``articles``.
    """
    order = {
        "events": "events DESC, mean_score DESC",
        "cooperation": "mean_score DESC NULLS LAST, events DESC",
        "conflict": "mean_score ASC NULLS LAST, events DESC",
    }
    if by not in order:
        raise ValueError(f"by must be one of {', '.join(order)}, not {by!r}")
    return store.query(
        f"""
        SELECT d.a, d.b, count(*) AS events, round(avg(e.event_scale), 2) AS mean_score,
               {_QUAD_COUNTS},
               sum(e.num_articles) AS articles
        FROM event_dyads d JOIN events e ON e.id = d.event_id
        GROUP BY d.a, d.b HAVING count(*) >= ?
        ORDER BY {order[by]}, d.a, d.b LIMIT ?
        """,
        [min_events, top],
    )


def actor_profile(store: Store, code: str, by: str | None = None) -> dict[str, Any]:
    """Who ``code`` deals with and how, and its mix of event types over time.

    Returns a dict: ``code``, ``events``, ``as_actor``, ``as_recipient``, ``first``,
    ``last``, ``mean_score``, ``partners`` (rows: partner, events, mean_score,
    q1..q4), ``types`` (type -> count) and ``mix`` (rows: period, type, events),
    per year when the events span more than three years, else per month (or ``by``).
    """
    code = code.upper()
    totals = store.query(
        """
        SELECT count(DISTINCT e.id) AS events,
               count(DISTINCT e.id) FILTER (WHERE x.role = 'actor') AS as_actor,
               count(DISTINCT e.id) FILTER (WHERE x.role = 'recipient') AS as_recipient,
               min(e.date) AS first, max(e.date) AS last
        FROM events e JOIN event_actors x ON x.event_id = e.id WHERE x.code = ?
        """,
        [code],
    )[0]
    score = store.conn.execute(
        "SELECT round(avg(event_scale), 2) FROM events WHERE id IN (SELECT event_id FROM event_actors WHERE code = ?)",
        [code],
    ).fetchone()
    partners = _profile_partners(store, code)
    types = dict(
        store.conn.execute(
            "SELECT type, count(*) FROM events "
            "WHERE id IN (SELECT event_id FROM event_actors WHERE code = ?) "
            "GROUP BY type ORDER BY count(*) DESC, type",
            [code],
        ).fetchall()
    )
    first, last = totals["first"], totals["last"]
    if by is None:
        by = "year" if first and last and (last - first).days > 3 * 366 else "month"
    if by not in ("month", "year"):
        raise ValueError(f"by must be month or year, not {by!r}")
    mix = _type_mix(store, code, by)
    return {
        "code": code,
        **totals,
        "mean_score": score[0] if score else None,
        "partners": partners,
        "types": types,
        "by": by,
        "mix": mix,
    }


def _profile_partners(store: Store, code: str) -> list[dict[str, Any]]:
    """The actor's partners (either side of a dyad), the most events first: events, mean score, quad counts."""
    return store.query(
        f"""
        SELECT CASE WHEN d.a = ? THEN d.b ELSE d.a END AS partner, count(*) AS events,
               round(avg(e.event_scale), 2) AS mean_score,
               {_QUAD_COUNTS}
        FROM event_dyads d JOIN events e ON e.id = d.event_id
        WHERE d.a = ? OR d.b = ?
        GROUP BY partner ORDER BY events DESC, partner
        """,
        [code, code, code],
    )


def _type_mix(store: Store, code: str, by: str) -> list[dict[str, Any]]:
    """The actor's events per period (``by``: month or year) and type, the most first within a period."""
    fmt = "%Y" if by == "year" else "%Y-%m"
    return store.query(
        f"""
        SELECT strftime(date, '{fmt}') AS period, type, count(*) AS events
        FROM events
        WHERE date IS NOT NULL AND id IN (SELECT event_id FROM event_actors WHERE code = ?)
        GROUP BY period, type ORDER BY period, events DESC, type
        """,
        [code],
    )
