"""The workbench's in-memory event index gives the answers of the SQL queries of parley.analysis."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pytest
from fastapi.testclient import TestClient

from parley.analysis import actor_profile, count_events, dyad_total, event_page, places, timeline
from parley.serve import ServeSettings, Snapshot, Workbench, create_app
from parley.serve._cache import to_json
from parley.serve._index_arrays import duckdb_round as _duckdb_round
from parley.store import Store, ingest
from test_store_fixtures import doc, ev, sample_documents

ROOT = Path(__file__).resolve().parent.parent
NONE: dict[str, Any] = dict.fromkeys(
    ("actor", "recipient", "either", "type", "quad", "context", "since", "until", "country", "search")
)


@pytest.fixture(scope="module")
def generated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 generated events (the latency benchmark's generator: skewed dyads, 10 years)."""
    spec = importlib.util.spec_from_file_location("bench_serve_latency", ROOT / "bench" / "serve_latency.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    db = tmp_path_factory.mktemp("generated") / "bench.duckdb"
    module.build_store(db, 3000)
    return db


@pytest.fixture(scope="module")
def resolved_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample store with actors that have an office, say how they were resolved, both or neither."""
    extra = []
    for n, (office, how) in enumerate([("President", '"He" stands for "Vladimir Putin" (the person named last)'),
                                       ("Foreign Minister", ""), (None, '"the kingdom" stands for "Saudi Arabia"'),
                                       (None, "")]):  # fmt: skip
        event = ev("CONSULT", ["RUS", "SAU"], ["USA"], f"2019-03-0{n + 1}", text=f"Talks number {n}.")
        event.actors[0].office, event.actors[0].resolved_by = office, how
        event.recipients[0].resolved_by = how
        extra.append(doc(f"how{n}", f"2019-03-0{n + 2}", "Wire", event))
    db = tmp_path_factory.mktemp("resolved") / "resolved.duckdb"
    with Store.open(db, write=True) as store:
        ingest([*sample_documents(), *extra], store)
    return db


def _random_filters(rng: random.Random, codes: list[str], types: list[str], contexts: list[str]) -> dict[str, Any]:
    f = dict(NONE)
    if rng.random() < 0.4:
        f["type"] = rng.choice(types) + ("," + rng.choice(types).lower() if rng.random() < 0.3 else "")
    if rng.random() < 0.3:
        f["quad"] = rng.randint(1, 4)
    if rng.random() < 0.3:
        f["since"] = f"{rng.randint(2014, 2025)}-03-01"
    if rng.random() < 0.3:
        f["until"] = f"{rng.randint(2014, 2025)}-06-30"
    if rng.random() < 0.3:
        f["dyad"] = tuple(rng.sample(codes, 2))
    if rng.random() < 0.25:
        f[rng.choice(["actor", "recipient", "either"])] = rng.choice(codes).lower()
    if rng.random() < 0.2:
        f["country"] = rng.choice(["USA", "rus", "CHE", "XXX"])
    if contexts and rng.random() < 0.2:
        f["context"] = rng.choice(contexts)
    return f


def _compare_pages(db: Path, rounds: int, seed: int) -> None:
    snapshot = Snapshot(db)
    try:
        conn, version = snapshot.cursor()
        index = snapshot.index(version)
        assert index is not None
        store = Store(conn, db, writable=False)
        rng = random.Random(seed)
        codes = [r[0] for r in conn.execute("SELECT DISTINCT code FROM event_actors ORDER BY code").fetchall()]
        types = [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY type").fetchall()]
        contexts = [
            r[0] for r in conn.execute("SELECT DISTINCT unnest(context) FROM events ORDER BY 1").fetchall() if r[0]
        ]
        ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id").fetchall()]
        for _ in range(rounds):
            filters = _random_filters(rng, codes, types, contexts)
            sort = rng.choice(["date", "-date", "score", "-score", "-mentions"])
            limit = rng.choice([1, 3, 50])
            reviews: dict[str, Any] = {}
            if ids and rng.random() < 0.3:  # what the reviewed views pass
                reviews = {
                    "only_ids": rng.sample(ids, min(5, len(ids))) if rng.random() < 0.5 else None,
                    "skip_ids": rng.sample(ids, min(3, len(ids))) + ["no-such-event"],
                    "judged": (rng.sample(ids, min(4, len(ids))), rng.sample(ids, min(2, len(ids)))),
                }
            cursor = None
            for _ in range(4):  # the first pages, each from the cursor of the one before
                want = event_page(store, filters, sort=sort, cursor=cursor, limit=limit, **reviews)
                mask = index.mask(filters, **reviews)
                assert mask is not None
                got = index.page(mask, sort=sort, cursor=cursor, limit=limit, count=int(mask.sum()))
                assert to_json(got) == to_json(want), (filters, sort, limit, reviews)
                assert int(mask.sum()) == count_events(store, filters, **reviews), filters
                assert to_json(index.page(mask, sort=sort, cursor=cursor, limit=limit)) == to_json(want)
                cursor = want[1]
                if cursor is None:
                    break
        conn.close()
        snapshot.release(version)
    finally:
        snapshot.close()


def test_serve_index_pages_and_totals_are_those_of_the_store_examples(example_db: Path) -> None:
    _compare_pages(example_db, rounds=80, seed=1)


def test_serve_index_pages_and_totals_are_those_of_the_store_generated(generated_db: Path) -> None:
    _compare_pages(generated_db, rounds=80, seed=2)


@pytest.mark.parametrize("which", ["example_db", "generated_db"])
def test_serve_index_timelines_and_profiles_are_those_of_the_store(which: str, request: pytest.FixtureRequest) -> None:
    db: Path = request.getfixturevalue(which)
    snapshot = Snapshot(db)
    try:
        conn, version = snapshot.cursor()
        index = snapshot.index(version)
        assert index is not None
        store = Store(conn, db, writable=False)
        codes = [r[0] for r in conn.execute("SELECT DISTINCT code FROM event_actors ORDER BY code").fetchall()]
        pairs = conn.execute("SELECT DISTINCT a, b FROM event_dyads ORDER BY a, b LIMIT 40").fetchall()
        # corrected events (a review's values) dated before and after every stored one, one without a score
        extra: list[tuple[date, str, int | None, float | None]] = [
            (date(1999, 12, 31), "day", 1, 3.5),
            (date(2041, 3, 2), "day", 4, None),
            (date(2020, 5, 5), "month", 2, -2.0),
        ]
        for a, b in [*pairs, ("NOPE", "USA")]:
            assert len(index.dyad(b, a)) == dyad_total(store, a, b)
            for by in ("day", "week", "month", "year"):
                assert to_json(index.timeline(b, a, by)) == to_json(timeline(store, a, b, by)), (a, b, by)
                narrow = {**NONE, "quad": 4}
                mask = index.mask(narrow)
                assert to_json(index.timeline(a, b, by, mask)) == to_json(timeline(store, a, b, by, filters=narrow))
                assert to_json(index.timeline(a, b, by, None, extra)) == to_json(timeline(store, a, b, by, extra=extra))
                # the JSON written from the calendar is the JSON of the rows
                for args in ((None, None), (mask, None), (None, extra)):
                    written, size = index.timeline_json(a, b, by, *args)
                    rows = index.timeline(a, b, by, *args)
                    assert (written.encode(), size) == (to_json(rows), len(rows)), (a, b, by)
        for code in [*codes, "NOPE"]:
            for per in (None, "month", "year"):
                profile = actor_profile(store, code, per)
                assert to_json(index.actor_profile(code.lower(), per)) == to_json(profile)
                for top in (1, 3, 25, 500):  # written from parts kept per code and period: the same bytes
                    expected = to_json({**profile, "partners": profile["partners"][:top]})
                    assert index.actor_profile_json(code.lower(), per, top) == (expected if profile["events"] else None)
        conn.close()
        snapshot.release(version)
    finally:
        snapshot.close()


def test_serve_index_leaves_a_text_search_to_the_store(example_db: Path) -> None:
    snapshot = Snapshot(example_db)
    try:
        conn, version = snapshot.cursor()
        index = snapshot.index(version)
        assert index is not None and index.mask({**NONE, "search": "minister"}) is None
        conn.close()
        snapshot.release(version)
    finally:
        snapshot.close()


@pytest.mark.parametrize("which", ["example_db", "generated_db"])
def test_serve_index_places_are_those_of_the_store(which: str, request: pytest.FixtureRequest) -> None:
    db: Path = request.getfixturevalue(which)
    snapshot = Snapshot(db)
    try:
        conn, version = snapshot.cursor()
        index = snapshot.index(version)
        assert index is not None
        store = Store(conn, db, writable=False)
        codes = [r[0] for r in conn.execute("SELECT DISTINCT code FROM event_actors ORDER BY code").fetchall()]
        types = [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY type").fetchall()]
        rng = random.Random(3)
        for _ in range(60):
            filters = _random_filters(rng, codes, types, [])
            limit = rng.choice([1, 5, 500])
            mask = index.mask(filters)
            assert mask is not None
            assert index.places(mask, limit) == places(store, filters, limit=limit), filters
        conn.close()
        snapshot.release(version)
    finally:
        snapshot.close()


def test_serve_index_rounds_a_mean_as_duckdb_does() -> None:
    conn = duckdb.connect()
    for value in (0.125, -0.125, 2.675, 1.005, -3.335, 0.0, 7.5, -0.004999, 0.285, 1.115, 2.5 / 3, -7.875):
        row = conn.execute("SELECT round(?::DOUBLE, 2)", [value]).fetchone()
        assert row is not None and _duckdb_round(value) == row[0], value


def test_serve_index_pages_and_totals_are_those_of_the_store_with_resolved_actors(resolved_db: Path) -> None:
    _compare_pages(resolved_db, 150, 5)


@pytest.mark.parametrize("which", ["example_db", "generated_db", "resolved_db"])
def test_serve_index_records_serialised_by_duckdb_are_the_records(which: str, request: pytest.FixtureRequest) -> None:
    db: Path = request.getfixturevalue(which)
    snapshot = Snapshot(db)
    try:
        conn, version = snapshot.cursor()
        index = snapshot.index(version)
        assert index is not None and index.records_json(np.arange(3)) is None  # until built
        index.build_json(conn)
        everything = np.arange(min(index.n, 5000))
        assert [json.loads(r) for r in index.records_json(everything) or []] == index.records(everything)
        conn.close()
        snapshot.release(version)
    finally:
        snapshot.close()


def test_serve_index_pages_from_serialised_records_answer_as_before_and_show_reviews(db: Path) -> None:
    workbench = Workbench(db, ServeSettings(allowed_hosts=("testserver",), cache_entries=0, warm_dyads=2))
    try:
        client = TestClient(create_app(workbench))
        urls = [
            "/api/events?limit=7&total=true",
            "/api/events?limit=5&sort=-score&quad=1",
            "/api/events?limit=50&view=extracted",
            "/api/events?limit=3&sort=-date&type=CONSULT,AGREE",
        ]
        before = [client.get(url).json() for url in urls]
        workbench.warm()  # serialises the snapshot's records too
        index = workbench.snapshot.index(workbench.snapshot.version)
        assert index is not None and index.fragments is not None
        assert [client.get(url).json() for url in urls] == before
        first = before[0]["events"][0]
        body = {"verdict": "corrected", "changes": {"type": "THREATEN"}}
        answer = client.post(f"/api/events/{first['id']}/reviews", json=body, headers={"X-Parley": "1"})
        assert answer.status_code == 201
        shown = client.get(urls[0]).json()["events"]
        assert shown[0]["event"] == ["THREATEN"] and shown[0]["review"]["verdict"] == "corrected"
        assert shown[1:] == before[0]["events"][1:]
        extracted = client.get("/api/events?limit=7&view=extracted").json()["events"]
        assert extracted[0]["event"] == first["event"] and extracted[0]["review"]["verdict"] == "corrected"
    finally:
        workbench.close()


def test_serve_index_records_of_a_bigger_store_than_allowed_are_not_serialised(example_db: Path) -> None:
    workbench = Workbench(example_db, ServeSettings(serialised_events=0, warm_dyads=0))
    try:
        workbench.warm()
        index = workbench.snapshot.index(workbench.snapshot.version)
        assert index is not None and index.n > 0 and index.fragments is None
    finally:
        workbench.close()


def test_serve_index_serialised_actors_say_how_they_were_resolved_only_when_they_were(resolved_db: Path) -> None:
    snapshot = Snapshot(resolved_db)
    try:
        conn, version = snapshot.cursor()
        index = snapshot.index(version)
        assert index is not None
        index.build_json(conn)
        numbers = index.positions([f"how{n}:e1" for n in range(4)])
        serialised = [json.loads(r) for r in index.records_json(numbers) or []]
        assert serialised == index.records(numbers)
        keys = [[list(e) for e in r["actor"] + r["recipient"]] for r in serialised]  # in the order of Entity
        neither = ["code", "sector", "entity_text"]
        office, how, both = [*neither, "office"], [*neither, "resolved_by"], [*neither, "office", "resolved_by"]
        assert keys == [[both, neither, how], [office, neither, neither], [how, neither, how], [neither] * 3]
        assert serialised[0]["actor"][0]["resolved_by"] == '"He" stands for "Vladimir Putin" (the person named last)'
        conn.close()
        snapshot.release(version)
    finally:
        snapshot.close()
