"""The fast lane (serve/_lane.py): the hot read routes answered without FastAPI's work per
request must answer exactly as FastAPI does, and leave to it what it is not sure of."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient

from parley.serve import ServeSettings, Workbench, create_app
from parley.serve._lane import FastLane

HOSTS = (*ServeSettings.allowed_hosts, "testserver")


@pytest.fixture()
def clients(db: Path) -> Iterator[tuple[TestClient, TestClient]]:
    """The same store served with the lane and without it (each its own workbench and cache)."""
    fast = Workbench(db, ServeSettings(allowed_hosts=HOSTS))
    slow = Workbench(db, ServeSettings(allowed_hosts=HOSTS))
    try:
        yield TestClient(create_app(fast)), TestClient(create_app(slow, fast_lane=False))
    finally:
        fast.close()
        slow.close()


def _lane(client: TestClient) -> FastLane:
    lane = client.app.state.fast_lane  # type: ignore[attr-defined]
    assert isinstance(lane, FastLane)
    return lane


def _scope(url: str) -> dict[str, object]:
    path, _, query = url.partition("?")
    return {"type": "http", "method": "GET", "path": unquote(path), "query_string": query.encode()}


GOOD = [
    "/api/events",
    "/api/events?limit=3&total=true&sort=-score",
    "/api/events?dyad=usa,rus&limit=2&total=1",
    "/api/events?dyad=RUS,USA&quad=1&since=2020-01-01&until=2030-12-31&total=yes",
    "/api/events?type=CONSULT,AGREE&view=extracted&limit=+4",
    "/api/events?actor=USA&recipient=RUS&limit=2",
    "/api/events?either=USA&country=usa&limit=2&total=TRUE",
    "/api/events?search=minister&limit=2",
    "/api/events?context=military&limit=2",
    "/api/events?limit=2&cursor=",
    "/api/dyads?top=3",
    "/api/dyads?by=conflict&min_events=2",
    "/api/timeline?a=usa&b=rus&by=week",
    "/api/timeline?a=USA&b=RUS&by=day&quad=3&view=reviewed",
    "/api/actors/RUS",
    "/api/actors/usa?by=year&top=3",
    "/api/places?dyad=USA,RUS&limit=5",
    "/api/places",
    "/api/articles?limit=2",
    "/api/articles?search=ministry",
]
NOT_FOR_THE_LANE = [
    "/api/events?limit=-1",
    "/api/events?limit=100000000000000000000000",
    "/api/events?limit=501",
    "/api/events?limit=2&limit=3",  # given twice
    "/api/events?limit=2&colour=red",  # not a parameter of the route
    "/api/events?since=yesterday",
    "/api/events?actor=R'U%20S",
    "/api/events?quad=5",
    "/api/events?quad=",
    "/api/events?cursor=garbage",  # valid as a string: the endpoint refuses it (400 from the handler)
    "/api/events?sort=name",
    "/api/events?view=everything",
    "/api/events?total=maybe",
    "/api/timeline?a=USA",
    "/api/timeline?a=USA&b=RUS&by=hour",
    "/api/actors/ZZZ",  # valid: the endpoint's NotFound, answered 404 by the app's handler
    "/api/actors/R%2FU",
    "/api/actors/RUS?code=USA",
    "/api/dyads?top=-5",
    "/api/events/nope",
    "/api/articles/nope",
    "/api/nothing",
    "/api/events.csv?limit=2",
    "/api/reviews?limit=3",
]


def test_serve_lane_answers_as_fastapi_does(clients: tuple[TestClient, TestClient]) -> None:
    fast, slow = clients
    event_id = slow.get("/api/events?limit=1").json()["events"][0]["id"]
    article_id = slow.get("/api/articles?limit=1").json()["articles"][0]["id"]
    urls = [*GOOD, f"/api/events/{event_id}", f"/api/events/{event_id}?view=extracted", f"/api/articles/{article_id}"]
    for url in [*urls, *NOT_FOR_THE_LANE]:
        a, b = fast.get(url), slow.get(url)
        assert (a.status_code, a.headers.get("content-type")) == (b.status_code, b.headers.get("content-type")), url
        assert a.content == b.content, url
        for name in ("x-content-type-options", "x-frame-options", "referrer-policy", "retry-after"):
            assert a.headers.get(name) == b.headers.get(name), (url, name)


def test_serve_lane_takes_only_what_it_is_sure_of(clients: tuple[TestClient, TestClient]) -> None:
    lane = _lane(clients[0])
    for url in GOOD:
        assert lane.match(_scope(url)) is not None, url
    refused = [u for u in NOT_FOR_THE_LANE if lane.match(_scope(u)) is None]
    # bad values, repeated or unknown parameters and the routes it does not serve go to FastAPI;
    # the valid requests an endpoint itself refuses are answered by the app's handlers
    answered = {"/api/events?cursor=garbage", "/api/actors/ZZZ", "/api/events/nope", "/api/articles/nope"}
    assert set(NOT_FOR_THE_LANE) - set(refused) == answered
    route, kwargs = lane.match(_scope("/api/events?dyad=usa,rus&limit=+4&total=yes")) or (None, {})
    assert kwargs["limit"] == 4 and kwargs["total"] is True and kwargs["filters"].dyad == "usa,rus"
    assert kwargs["sort"] == "date" and kwargs["cursor"] is None  # the endpoint's defaults
    assert lane.match({**_scope("/api/events"), "method": "POST"}) is None


def test_serve_lane_answers_errors_with_the_apps_handlers(clients: tuple[TestClient, TestClient]) -> None:
    fast, _ = clients
    response = fast.get("/api/actors/ZZZ")
    assert response.status_code == 404 and response.json()["error"] and response.headers["x-frame-options"] == "DENY"
    response = fast.get("/api/events?cursor=garbage")
    assert response.status_code == 400 and response.json()["error"]


def test_serve_lane_answers_from_the_index_on_the_event_loop(
    clients: tuple[TestClient, TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    from parley.serve import _lane

    fast, slow = clients
    event_id = slow.get("/api/events?limit=1").json()["events"][0]["id"]
    from_index = ["/api/events?limit=3&total=true", "/api/timeline?a=USA&b=RUS", "/api/actors/RUS?top=2"]
    from_duckdb = ["/api/events?search=minister&limit=2", f"/api/events/{event_id}", "/api/dyads?top=2"]
    expected = {url: slow.get(url).content for url in from_index + from_duckdb}
    threads: list[str] = []
    run_sync = _lane.to_thread.run_sync

    async def counted(call: Any) -> Any:
        threads.append("thread")
        return await run_sync(call)

    monkeypatch.setattr(_lane.to_thread, "run_sync", counted)
    for url in from_index:
        assert fast.get(url).content == expected[url]
    assert threads == []  # the index answered on the event loop
    for url in from_duckdb:
        assert fast.get(url).content == expected[url]  # on a worker thread
    assert len(threads) == 3
    assert fast.get(from_duckdb[0]).content == expected[from_duckdb[0]] and len(threads) == 3  # kept
