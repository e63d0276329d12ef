"""The API's events, their reviews and the articles (routes of :func:`._app.create_app`)."""

import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from fastapi import Path as PathParam
from fastapi.responses import Response, StreamingResponse

from ..analysis import article_detail, articles_page, event_detail, event_page
from ..store import Store
from ._lane import fast_read
from ._params import ID, EventFilters, ReviewIn, csv_rows
from ._views import events_query
from ._workbench import NotFound, Workbench

__all__ = ["event_routes"]


def event_routes(workbench: Workbench) -> APIRouter:
    """``/api/events`` (pages and downloads), an event, its reviews, ``/api/reviews`` and ``/api/articles``."""
    router = APIRouter()
    # in this order FastAPI tries them: "/api/events.{fmt}" before "/api/events/{event_id}"
    for add in (_add_event_pages, _add_download, _add_one_event, _add_reviews, _add_articles):
        add(router, workbench)
    return router


def _add_event_pages(router: APIRouter, workbench: Workbench) -> None:
    s = workbench.settings

    @router.get(
        "/api/events",
        tags=["events"],
        summary="Events matching the filters, a page at a time",
        response_model=dict[str, Any],
    )
    @fast_read
    def list_events(
        filters: Annotated[EventFilters, Query()],
        sort: Annotated[Literal["date", "-date", "score", "-score", "-mentions"], Query()] = "date",
        limit: Annotated[int, Query(ge=1, le=s.max_page)] = 50,
        cursor: Annotated[str | None, Query(max_length=400, description="`next` of the previous page.")] = None,
        total: Annotated[bool, Query(description="Also count every matching event.")] = False,
    ) -> Response:
        return workbench.answer(*events_query(workbench, filters, sort, limit, cursor, total))


def _add_download(router: APIRouter, workbench: Workbench) -> None:
    s = workbench.settings

    @router.get("/api/events.{fmt}", tags=["events"], summary="Download the filtered events (CSV or JSONL)")
    def download(
        fmt: Annotated[Literal["csv", "jsonl"], PathParam()],
        filters: Annotated[EventFilters, Query()],
        limit: Annotated[int, Query(ge=1, le=s.max_download)] = s.max_download,
    ) -> StreamingResponse:
        records = workbench.run(lambda store: _matching_events(workbench, store, filters, limit))
        if fmt == "csv":
            body: Iterator[str] = csv_rows(iter(records))
            media = "text/csv; charset=utf-8"
        else:
            body = (json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)
            media = "application/x-ndjson"
        return StreamingResponse(
            body, media_type=media, headers={"Content-Disposition": f'attachment; filename="events.{fmt}"'}
        )


def _matching_events(workbench: Workbench, store: Store, filters: EventFilters, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` events matching the filters, as shown, read a page of 2000 at a time."""
    only, skip = workbench.view_ids(store, filters.view)
    judged = workbench.judged(store, filters.view, filters.query())
    out: list[dict[str, Any]] = []
    cursor = None
    while len(out) < limit:
        records, cursor = event_page(
            store,
            filters.query(),
            cursor=cursor,
            limit=min(2000, limit - len(out)),
            only_ids=only,
            skip_ids=skip,
            judged=judged,
        )
        out += workbench.present(store, records, filters.view)
        if cursor is None:
            break
    return out


def _add_one_event(router: APIRouter, workbench: Workbench) -> None:
    @router.get(
        "/api/events/{event_id}",
        tags=["events"],
        summary="One event, its mentions and each article's sentence",
        response_model=dict[str, Any],
    )
    @fast_read
    def one_event(
        event_id: Annotated[str, PathParam(pattern=ID)],
        view: Annotated[Literal["extracted", "reviewed", "merged"], Query()] = "merged",
    ) -> Response:
        def query(store: Store) -> dict[str, Any]:
            record = event_detail(store, event_id)
            if record is None:
                raise NotFound(f"no event {event_id!r}")
            reviews = workbench.resolved_reviews(store).get(event_id, [])
            shown = workbench.present(store, [record], "merged" if view != "extracted" else view)[0]
            shown["reviews"] = reviews
            return shown

        return workbench.answer(("event", event_id, view), query)


def _add_reviews(router: APIRouter, workbench: Workbench) -> None:
    s = workbench.settings

    @router.post("/api/events/{event_id}/reviews", tags=["reviews"], status_code=201, summary="Review an event")
    def review_event(
        event_id: Annotated[str, PathParam(pattern=ID)],
        review: Annotated[ReviewIn, Body()],
    ) -> dict[str, Any]:
        record = workbench.run(lambda store: event_detail(store, event_id))
        if record is None:
            raise NotFound(f"no event {event_id!r}")
        return workbench.reviews.add(
            record,
            verdict=review.verdict,
            changes=review.changes,
            reviewer=review.reviewer,
            note=review.note,
            known_types=workbench.known_types(),
        )

    @router.get("/api/events/{event_id}/reviews", tags=["reviews"], summary="The reviews of an event")
    def event_reviews(event_id: Annotated[str, PathParam(pattern=ID)]) -> list[dict[str, Any]]:
        return workbench.run(lambda store: workbench.resolved_reviews(store).get(event_id, []))

    @router.get("/api/reviews", tags=["reviews"], summary="Every review, newest first")
    def all_reviews(limit: Annotated[int, Query(ge=1, le=s.max_page)] = 100) -> list[dict[str, Any]]:
        return list(reversed(workbench.reviews.all()))[:limit]


def _add_articles(router: APIRouter, workbench: Workbench) -> None:
    s = workbench.settings

    @router.get(
        "/api/articles", tags=["articles"], summary="Articles by id, a page at a time", response_model=dict[str, Any]
    )
    @fast_read
    def list_articles(
        search: Annotated[str | None, Query(min_length=2, max_length=200)] = None,
        after: Annotated[str | None, Query(pattern=ID, description="`next` of the previous page.")] = None,
        limit: Annotated[int, Query(ge=1, le=s.max_page)] = 50,
    ) -> Response:
        def query(store: Store) -> dict[str, Any]:
            rows, nxt = articles_page(store, search=search, after=after, limit=limit)
            return {"articles": rows, "next": nxt}

        return workbench.answer(("articles", search, after, limit), query)

    @router.get(
        "/api/articles/{article_id}",
        tags=["articles"],
        summary="One article: text and its events",
        response_model=dict[str, Any],
    )
    @fast_read
    def one_article(article_id: Annotated[str, PathParam(pattern=ID)]) -> Response:
        def query(store: Store) -> dict[str, Any]:
            found = article_detail(store, article_id)
            if found is None:
                raise NotFound(f"no article {article_id!r}")
            return found

        return workbench.answer(("article", article_id), query)
