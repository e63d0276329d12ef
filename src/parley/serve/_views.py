"""The answers the endpoints ask for, each as a cache key and the query that computes it (the
endpoints and the warming of a new snapshot's first views use them).

The queries read the snapshot's event index (:mod:`._index`) when it holds every filter asked
for, and DuckDB otherwise (a text search). What they ask of the workbench is stated here
(:class:`Bench`): the workbench builds on the views (it warms a new snapshot's first views), so the
views must not import it back."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import numpy as np

from ..analysis import count_events, dyad_total, event_page, places, timeline
from ..errors import StoreError
from ..review import matches
from ..store import Store
from ._cache import RawJSON, to_json
from ._derived import quick_dyads
from ._params import EventFilters, cache_key

if TYPE_CHECKING:
    from ._index import EventIndex

__all__ = ["Bench", "Query", "dyads_query", "events_query", "first_views", "places_query", "timeline_query"]

#: (cache key, the query computing the answer)
Query = tuple[tuple[Any, ...], Callable[[Store], Any]]

T = TypeVar("T")


class Bench(Protocol):
    """What the queries ask of the workbench (``._workbench.Workbench``): the snapshot's index, the
    reviewed view of the events, and a query run within its limits."""

    def index(self) -> EventIndex | None: ...

    def run(self, fn: Callable[[Store], T]) -> T: ...

    def view_ids(self, store: Store, view: str) -> tuple[list[str] | None, list[str] | None]: ...

    def judged(self, store: Store, view: str, filters: dict[str, Any]) -> tuple[list[str], list[str]] | None: ...

    def corrected(self, store: Store) -> list[dict[str, Any]]: ...

    def resolved_reviews(self, store: Store) -> dict[str, list[dict[str, Any]]]: ...

    def present(self, store: Store, records: list[dict[str, Any]], view: str) -> list[dict[str, Any]]: ...


def events_query(
    workbench: Bench, filters: EventFilters, sort: str, limit: int, cursor: str | None, total: bool
) -> Query:
    def query(store: Store) -> dict[str, Any] | RawJSON:
        only, skip = workbench.view_ids(store, filters.view)
        judged = workbench.judged(store, filters.view, filters.query())
        index = workbench.index()
        mask = index.mask(filters.query(), only_ids=only, skip_ids=skip, judged=judged) if index else None
        if index is not None and mask is not None:  # the page without a query (a text search has one)
            count = int(np.count_nonzero(mask))
            picked, nxt = index.pick(mask, sort=sort, cursor=cursor, limit=limit, count=count)
            reviewed = workbench.resolved_reviews(store)
            ready = index.records_json(picked) if not any(reviewed.get(index.ids[n]) for n in picked) else None
            if ready is not None:  # no review to apply: the records serialised with the snapshot
                events = ",".join(record[:-1] + ',"review":null}' for record in ready)
                tail = f',"total":{count}' if total else ""
                return RawJSON(f'{{"events":[{events}],"next":{json.dumps(nxt)}{tail}}}'.encode())
            out: dict[str, Any] = {"events": workbench.present(store, index.records(picked), filters.view), "next": nxt}
            if total:
                out["total"] = count
            return out
        records, nxt = event_page(
            store, filters.query(), sort=sort, cursor=cursor, limit=limit, only_ids=only, skip_ids=skip, judged=judged
        )
        out = {"events": workbench.present(store, records, filters.view), "next": nxt}
        if total:
            out["total"] = count_events(store, filters.query(), only_ids=only, skip_ids=skip, judged=judged)
        return out

    return ("events", cache_key(filters), sort, limit, cursor, total), query


def timeline_query(workbench: Bench, a: str, b: str, filters: EventFilters, by: str) -> Query:
    def query(store: Store) -> dict[str, Any] | RawJSON:
        only, skip = workbench.view_ids(store, filters.view)
        narrow = filters.query()
        narrow.pop("dyad")
        corrected = workbench.corrected(store) if filters.view != "extracted" else []
        extra = []
        if corrected:  # counted by their corrected values
            skip = sorted(set(skip or []) | {r["id"] for r in corrected})
            wanted = {**narrow, "dyad": (a, b)}
            extra = [
                (date.fromisoformat(r["date"]), r["date_precision"], r["quad_code"], r["event_scale"])
                for r in corrected
                if r["date"]
                and r["review"]["verdict"] != "wrong"
                and matches(r, wanted)
                and (only is None or r["id"] in only)
            ]
        index = workbench.index()
        narrowed = any(v is not None for v in narrow.values()) or only is not None or bool(skip)
        mask = index.mask(narrow, only_ids=only, skip_ids=skip) if index is not None and narrowed else None
        head = {"a": a.upper(), "b": b.upper(), "by": by}
        if index is not None and (mask is not None or not narrowed):
            periods, size = index.timeline_json(a, b, by, mask, extra=extra)
            if size > 5000:
                raise StoreError(f"{size} periods of a {by}: choose a longer period", code="E416")
            total = len(index.dyad(a, b))
            return RawJSON(f'{to_json(head).decode()[:-1]},"periods":{periods},"total":{total}}}'.encode())
        rows = timeline(store, a, b, by, filters=narrow, only_ids=only, skip_ids=skip, extra=extra, dyad_fields=True)
        total = dyad_total(store, a, b)
        if len(rows) > 5000:
            raise StoreError(f"{len(rows)} periods of a {by}: choose a longer period", code="E416")
        return {**head, "periods": rows, "total": total}

    return ("timeline", a.upper(), b.upper(), cache_key(filters), by), query


def places_query(workbench: Bench, filters: EventFilters, limit: int) -> Query:
    def query(store: Store) -> list[dict[str, Any]]:
        only, skip = workbench.view_ids(store, filters.view)
        judged = workbench.judged(store, filters.view, filters.query())
        index = workbench.index()
        mask = index.mask(filters.query(), only_ids=only, skip_ids=skip, judged=judged) if index else None
        if index is not None and mask is not None:
            return index.places(mask, limit)
        return places(store, filters.query(), limit=limit, only_ids=only, skip_ids=skip, judged=judged)

    return ("places", cache_key(filters), limit), query


def dyads_query(top: int, by: str, min_events: int) -> Query:
    return ("dyads", top, by, min_events), lambda store: quick_dyads(store, top=top, by=by, min_events=min_events)


def first_views(workbench: Bench, dyads: int) -> list[Query]:
    """What the page asks first: the busiest dyads, every event and place; and for each of the
    ``dyads`` busiest dyads (the page's buttons) its monthly timeline, events and places."""
    none = EventFilters.model_validate({})
    wanted = [dyads_query(12, "events", 1), events_query(workbench, none, "date", 50, None, True)]
    wanted.append(places_query(workbench, none, 500))
    busiest = workbench.run(lambda store: quick_dyads(store, top=dyads)) if dyads else []
    for row in busiest:
        pair = EventFilters.model_validate({"dyad": f"{row['a']},{row['b']}"})
        wanted.append(timeline_query(workbench, row["a"], row["b"], none, "month"))
        wanted.append(events_query(workbench, pair, "date", 50, None, True))
        wanted.append(places_query(workbench, pair, 500))
    return wanted
