"""The SQL filters of an event query (sides, type, quad, context, dates, country, words searched)."""

from __future__ import annotations

from datetime import date
from typing import Any

__all__ = ["_FILTER_NAMES", "_as_date", "_filters"]


_FILTER_NAMES = ("actor", "recipient", "either", "type", "quad", "context", "since", "until", "country", "search")


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
