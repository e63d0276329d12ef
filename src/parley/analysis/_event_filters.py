"""The SQL filters of an event query (sides, type, quad, context, dates, country, words searched)."""

from __future__ import annotations

from datetime import date
from typing import Any

__all__ = ["_FILTER_NAMES", "_as_date", "_filters"]


_FILTER_NAMES = ("actor", "recipient", "either", "type", "quad", "context", "since", "until", "country", "search")


#: One SQL condition on ``events e`` and its parameters.
_Condition = tuple[str, list[Any]]


def _as_date(value: date | str | None, name: str) -> date | None:
    """The date a filter gives (a date or a YYYY-MM-DD string); ValueError naming the filter otherwise."""
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
    conditions = _side_conditions(dyad, actor, recipient, either)
    conditions += _value_conditions(type, quad, context, since, until, country, search)
    where = [sql for sql, _ in conditions]
    params = [p for _, values in conditions for p in values]
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


def _side_conditions(
    dyad: tuple[str, str] | None, actor: str | None, recipient: str | None, either: str | None
) -> list[_Condition]:
    """The conditions on the events' sides: a dyad (either direction), an actor, a recipient, either."""
    conditions: list[_Condition] = []
    if dyad:
        lo, hi = sorted((dyad[0].upper(), dyad[1].upper()))
        sql = "EXISTS (SELECT 1 FROM event_dyads d WHERE d.event_id = e.id AND d.a = ? AND d.b = ?)"
        conditions.append((sql, [lo, hi]))
    for role, code in (("actor", actor), ("recipient", recipient), (None, either)):
        if code:
            role_sql = "AND x.role = ?" if role else ""
            sql = f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id {role_sql} AND x.code = ?)"
            conditions.append((sql, [role, code.upper()] if role else [code.upper()]))
    return conditions


def _value_conditions(
    type: str | None,
    quad: int | None,
    context: str | None,
    since: date | str | None,
    until: date | str | None,
    country: str | None,
    search: str | None,
) -> list[_Condition]:
    """The conditions on the events' own values: type(s), quad, context, dates, country, words searched."""
    conditions: list[_Condition] = []
    if type:  # one type, or several comma-separated
        conditions.append(("list_contains(?, e.type)", [[t.strip().upper() for t in type.split(",") if t.strip()]]))
    if quad is not None:
        conditions.append(("e.quad_code = ?", [int(quad)]))
    if context:
        conditions.append(("list_contains(e.context, ?)", [context.lower()]))
    start, end = _as_date(since, "since"), _as_date(until, "until")
    if start:
        conditions.append(("e.date_end >= ?", [start]))
    if end:
        conditions.append(("e.date <= ?", [end]))
    if country:
        conditions.append(("e.country_code = ?", [country.upper()]))
    if search:
        needle = search.lower()
        sql = (
            "(contains(lower(e.text), ?) OR EXISTS (SELECT 1 FROM mentions m "
            "WHERE m.event_id = e.id AND contains(lower(m.text), ?)))"
        )
        conditions.append((sql, [needle, needle]))
    return conditions
