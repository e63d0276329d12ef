"""Questions analysts ask of the store: which events, how a dyad evolves, who deals with whom."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any

from ..store import Store

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
_PERIODS = ("day", "week", "month", "year")
_FILTER_NAMES = ("actor", "recipient", "either", "type", "quad", "context", "since", "until", "country", "search")
_QUAD_COUNTS = ", ".join(f"count(*) FILTER (WHERE e.quad_code = {q}) AS q{q}" for q in (1, 2, 3, 4))
_FINE_ENOUGH = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}


def _as_date(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{name}: {value!r} is not a YYYY-MM-DD date") from exc


def _filters(
    *,
    actor: str | None,
    recipient: str | None,
    either: str | None,
    type: str | None,
    quad: int | None,
    context: str | None,
    since: date | str | None,
    until: date | str | None,
    country: str | None,
    search: str | None,
    dyad: tuple[str, str] | None = None,
    only_ids: list[str] | None = None,
    skip_ids: list[str] | None = None,
    judged: tuple[list[str], list[str]] | None = None,
) -> tuple[str, list[Any]]:
    """SQL conditions on ``events e`` (and their parameters) for the filters.

    ``only_ids`` / ``skip_ids``: only / never these events. ``judged``: (ids, matching ids): the
    events of ``ids`` (corrected by a review, say) are not matched by the filters here but are in
    exactly when they are among ``matching ids`` (the caller matched their corrected values).
    """
    where: list[str] = []
    params: list[Any] = []
    if dyad:
        lo, hi = sorted((dyad[0].upper(), dyad[1].upper()))
        where.append("EXISTS (SELECT 1 FROM event_dyads d WHERE d.event_id = e.id AND d.a = ? AND d.b = ?)")
        params += [lo, hi]
    for role, code in (("actor", actor), ("recipient", recipient), (None, either)):
        if code:
            role_sql = "AND x.role = ?" if role else ""
            where.append(f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id {role_sql} AND x.code = ?)")
            params += [role, code.upper()] if role else [code.upper()]
    if type:  # one type, or several comma-separated
        where.append("list_contains(?, e.type)")
        params.append([t.strip().upper() for t in type.split(",") if t.strip()])
    if quad is not None:
        where.append("e.quad_code = ?")
        params.append(int(quad))
    if context:
        where.append("list_contains(e.context, ?)")
        params.append(context.lower())
    start, end = _as_date(since, "since"), _as_date(until, "until")
    if start:
        where.append("e.date_end >= ?")
        params.append(start)
    if end:
        where.append("e.date <= ?")
        params.append(end)
    if country:
        where.append("e.country_code = ?")
        params.append(country.upper())
    if search:
        needle = search.lower()
        where.append(
            "(contains(lower(e.text), ?) OR EXISTS (SELECT 1 FROM mentions m "
            "WHERE m.event_id = e.id AND contains(lower(m.text), ?)))"
        )
        params += [needle, needle]
    if judged is not None and judged[0]:
        ids, matching = judged
        conds = " AND ".join(where) or "TRUE"
        where = [f"((NOT list_contains(?, e.id) AND {conds}) OR list_contains(?, e.id))"]
        params = [ids, *params, matching]
    if only_ids is not None:
        where.append("list_contains(?, e.id)")
        params.append(only_ids)
    if skip_ids:
        where.append("NOT list_contains(?, e.id)")
        params.append(skip_ids)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _records(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """PLOVER records (plus store fields) for a batch of event rows (their actors and mentions read here)."""
    ids = [r["id"] for r in rows]
    # a page of ids as a list of values (quicker than unnest(?)); a big batch as one list parameter
    small = len(ids) <= 200
    marks = ", ".join("?" for _ in ids) if small else "SELECT unnest(?)"
    values: list[Any] = ids if small else [ids]
    actors: dict[str, dict[str, list[dict[str, Any]]]] = {i: {"actor": [], "recipient": []} for i in ids}
    for event_id, role, code, sector, text, office, resolved_by in store.conn.execute(
        "SELECT event_id, role, code, sector, entity_text, office, resolved_by FROM event_actors "
        f"WHERE event_id IN ({marks}) ORDER BY event_id, role, position",
        values,
    ).fetchall():
        entity: dict[str, Any] = {"code": code, "sector": sector, "entity_text": text or ""}
        if office:
            entity["office"] = office
        if resolved_by:
            entity["resolved_by"] = resolved_by
        actors[event_id][role].append(entity)
    mentions: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for event_id, doc_id, seq, start, end, event_text, source, url in store.conn.execute(
        "SELECT m.event_id, m.article_id, m.sequence, m.char_start, m.char_end, m.event_text, "
        "m.source, a.url FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
        f"WHERE m.event_id IN ({marks}) "
        "ORDER BY m.event_id, m.article_id, m.sequence, m.char_start",
        values,
    ).fetchall():
        mentions[event_id].append(
            {
                "doc_id": doc_id,
                "sequence": seq,
                "start": start,
                "end": end,
                "event_text": event_text,
                "source": source,
                "url": url,
            }
        )
    return assemble_records(rows, actors, mentions)


def assemble_records(
    rows: list[dict[str, Any]],
    actors: dict[str, dict[str, list[dict[str, Any]]]],
    mentions: dict[str, list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """PLOVER records of event rows (the events table's columns plus the article's url, title and
    source), given each event's actors by role and its mentions (the workbench's in-memory index
    gives them without a query: one shape for both)."""
    out = []
    for r in rows:
        place = None
        if r["extracted_place"] or r["resolved_place"] or r["country_code"]:
            place = {
                "extracted_place": r["extracted_place"],
                "resolved_place": r["resolved_place"],
                "country_code": r["country_code"],
                "lat": r["lat"],
                "lon": r["lon"],
                "geonameid": r["geonameid"],
            }
        out.append(
            {
                "id": r["id"],
                "doc_id": r["doc_id"],
                "date": r["date"].isoformat() if r["date"] else None,
                "date_precision": r["date_precision"],
                "event": [r["type"]],
                "mode": [r["mode"]] if r["mode"] else [],
                "context": list(r["context"] or []),
                "actor": actors[r["id"]]["actor"],
                "recipient": actors[r["id"]]["recipient"],
                "event_loc": place,
                "quad_code": r["quad_code"],
                "event_scale": r["event_scale"],
                "cameo": r["cameo"],
                "event_text": r["event_text"] or "",
                "text": r["text"] or "",
                "text_info": {
                    "sequence": r["sequence"],
                    "start": r["char_start"],
                    "end": r["char_end"],
                },
                "modality": r["modality"],
                "confidence": r["confidence"],
                "num_mentions": r["num_mentions"],
                "num_articles": r["num_articles"],
                "num_sources": r["num_sources"],
                "mentions": mentions[r["id"]],
                "cite_info": {"url": r["url"], "title": r["title"], "publication": r["source"]},
                "coder": r["coder"],
            }
        )
    return out


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


def _period_start(day: date, by: str) -> date:
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _next_period(day: date, by: str) -> date:
    if by == "day":
        return day + timedelta(days=1)
    if by == "week":
        return day + timedelta(days=7)
    if by == "month":
        return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def _label(day: date, by: str) -> str:
    if by == "day":
        return day.isoformat()
    if by == "week":
        iso = day.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if by == "month":
        return day.strftime("%Y-%m")
    return str(day.year)


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
    lo, hi = sorted((a.upper(), b.upper()))
    precisions = _FINE_ENOUGH[by]
    marks = ", ".join("?" for _ in precisions)
    narrow_sql: str = ""
    extra_params: list[Any] = []
    if filters or only_ids is not None or skip_ids:
        narrow = {k: None for k in _FILTER_NAMES} | (filters or {})
        where, extra_params = _filters(only_ids=only_ids, skip_ids=skip_ids, **narrow)
        narrow_sql = where.replace(" WHERE ", " AND ", 1)
    source = "event_dyads e" if dyad_fields and not narrow_sql else "events e JOIN event_dyads d ON d.event_id = e.id"
    pair = "e.a = ? AND e.b = ?" if source.startswith("event_dyads") else "d.a = ? AND d.b = ?"
    rows = store.conn.execute(
        f"""
        SELECT e.date, e.quad_code, e.event_scale
        FROM {source}
        WHERE {pair} AND e.date IS NOT NULL AND e.date_precision IN ({marks}){narrow_sql}
        ORDER BY e.date
        """,
        [lo, hi, *precisions, *extra_params],
    ).fetchall()
    rows += [(day, quad, score) for day, precision, quad, score in extra or [] if precision in precisions]
    if not rows:
        return []
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
    partners = store.query(
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
    fmt = "%Y" if by == "year" else "%Y-%m"
    mix = store.query(
        f"""
        SELECT strftime(date, '{fmt}') AS period, type, count(*) AS events
        FROM events
        WHERE date IS NOT NULL AND id IN (SELECT event_id FROM event_actors WHERE code = ?)
        GROUP BY period, type ORDER BY period, events DESC, type
        """,
        [code],
    )
    return {
        "code": code,
        **totals,
        "mean_score": score[0] if score else None,
        "partners": partners,
        "types": types,
        "by": by,
        "mix": mix,
    }
