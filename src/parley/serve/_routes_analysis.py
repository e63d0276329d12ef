"""The API's store figures and analyses: health, statistics, top dyads, a dyad's timeline, an
actor's profile and the places of events (routes of :func:`._app.create_app`)."""

import time
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi import Path as PathParam
from fastapi.responses import Response

from ..analysis import actor_profile
from ..store import Store
from ._cache import RawJSON
from ._lane import fast_read
from ._params import CODE, EventFilters
from ._views import dyads_query, places_query, timeline_query
from ._workbench import NotFound, Workbench

__all__ = ["analysis_routes"]


def analysis_routes(workbench: Workbench) -> APIRouter:
    """``/api/health``, ``/api/stats``, ``/api/dyads``, ``/api/timeline``, ``/api/actors/{code}``, ``/api/places``."""
    router = APIRouter()
    _add_store_routes(router, workbench)
    _add_dyad_routes(router, workbench)
    _add_actor_and_place_routes(router, workbench)
    return router


def _add_store_routes(router: APIRouter, workbench: Workbench) -> None:
    """``/api/health`` and ``/api/stats``."""
    s = workbench.settings

    @router.get("/api/health", tags=["store"])
    def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "snapshot_age_s": round(time.time() - workbench.snapshot.taken_at, 1),
            "snapshot": {k: round(v, 4) for k, v in workbench.snapshot.last_timings.items()},
            "first_views_ready": workbench.warmed == workbench.snapshot.version,
        }

    @router.get("/api/stats", tags=["store"], summary="Store statistics")
    def stats() -> dict[str, Any]:
        out = dict(workbench.run(workbench.stats))
        reviews = workbench.reviews.all()
        out["reviews"] = len(reviews)
        out["reviewed_events"] = len({r["event_id"] for r in reviews})
        out["snapshot"] = {
            "taken_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(workbench.snapshot.taken_at)),
            "age_s": round(time.time() - workbench.snapshot.taken_at, 1),
        }
        out["plover_types"] = workbench.known_types()
        out["limits"] = {"page": s.max_page, "download": s.max_download, "query_timeout_s": s.query_timeout}
        return out


def _add_dyad_routes(router: APIRouter, workbench: Workbench) -> None:
    """``/api/dyads`` and ``/api/timeline``."""
    s = workbench.settings

    @router.get("/api/dyads", tags=["analysis"], summary="Top pairs of actors", response_model=list[dict[str, Any]])
    @fast_read
    def top_dyads(
        top: Annotated[int, Query(ge=1, le=s.max_page)] = 20,
        by: Annotated[Literal["events", "cooperation", "conflict"], Query()] = "events",
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    ) -> Response:
        return workbench.answer(*dyads_query(top, by, min_events))

    @router.get(
        "/api/timeline",
        tags=["analysis"],
        summary="A dyad's events per period: counts per quad class, mean score",
        response_model=dict[str, Any],
    )
    @fast_read
    def dyad_timeline(
        a: Annotated[str, Query(pattern=CODE)],
        b: Annotated[str, Query(pattern=CODE)],
        filters: Annotated[EventFilters, Query()],
        by: Annotated[Literal["day", "week", "month", "year"], Query()] = "month",
    ) -> Response:
        return workbench.answer(*timeline_query(workbench, a, b, filters, by))


def _add_actor_and_place_routes(router: APIRouter, workbench: Workbench) -> None:
    """``/api/actors/{code}`` and ``/api/places``."""
    s = workbench.settings

    @router.get(
        "/api/actors/{code}",
        tags=["analysis"],
        summary="Actor profile: partners and type mix",
        response_model=dict[str, Any],
    )
    @fast_read
    def actor(
        code: Annotated[str, PathParam(pattern=CODE)],
        by: Annotated[Literal["month", "year"] | None, Query()] = None,
        top: Annotated[int, Query(ge=1, le=s.max_page)] = 25,
    ) -> Response:
        return workbench.answer(("actor", code.upper(), by, top), _actor_query(workbench, code, by, top))

    @router.get(
        "/api/places",
        tags=["analysis"],
        summary="Places of the matching events, with coordinates",
        response_model=list[dict[str, Any]],
    )
    @fast_read
    def event_places(
        filters: Annotated[EventFilters, Query()],
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> Response:
        return workbench.answer(*places_query(workbench, filters, limit))


def _actor_query(
    workbench: Workbench, code: str, by: Literal["month", "year"] | None, top: int
) -> Callable[[Store], dict[str, Any] | RawJSON]:
    """The actor profile's query: from the prebuilt index when there is one, else from the store."""

    def query(store: Store) -> dict[str, Any] | RawJSON:
        index = workbench.index()
        if index is not None:
            written = index.actor_profile_json(code, by, top)
            if written is None:
                raise NotFound(f"no events with actor {code.upper()}")
            return RawJSON(written)
        profile = actor_profile(store, code, by=by)
        if not profile["events"]:
            raise NotFound(f"no events with actor {code.upper()}")
        profile["partners"] = profile["partners"][:top]
        return profile

    return query
