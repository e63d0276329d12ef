from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.analysis import actor_profile, dyads, store_stats, timeline
from parley.serve import ServeSettings, Snapshot, Workbench, create_app
from parley.serve._cache import ResponseCache, to_json
from parley.serve._derived import quick_dyads, quick_stats
from parley.serve._http import APP_PARTS
from parley.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
WRITE = {"X-Parley": "1"}
STATIC = ROOT / "src" / "parley" / "serve" / "static"


def _app_js() -> bytes:
    """The page's script as served: its parts joined in their order, a blank line between."""
    return b"\n".join((STATIC / part).read_bytes() for part in APP_PARTS)


def test_serve_derived_tables_answer_like_the_store(example_db: Path) -> None:
    snapshot = Snapshot(example_db)
    try:
        conn, version = snapshot.cursor()
        index = snapshot.index(version)
        assert index is not None
        quick = Store(conn, example_db, writable=False)
        with Store.open(example_db) as store:
            view = sorted(store.conn.execute("SELECT event_id, a, b FROM event_dyads").fetchall())
            assert view and sorted(quick.conn.execute("SELECT event_id, a, b FROM event_dyads").fetchall()) == view
            for code in store.actor_codes():
                for by in (None, "month", "year"):
                    assert index.actor_profile(code, by) == actor_profile(store, code, by), code
            for by in ("events", "cooperation", "conflict"):
                assert quick_dyads(quick, top=50, by=by) == dyads(store, top=50, by=by)
            for row in dyads(store, top=50):
                for period in ("day", "month", "year"):
                    slow = timeline(store, row["a"], row["b"], period)
                    assert timeline(quick, row["b"], row["a"], period, dyad_fields=True) == slow
            quick_figures, store_figures = quick_stats(quick), store_stats(store)
            assert sorted(map(str, quick_figures.pop("types"))) == sorted(map(str, store_figures.pop("types")))
            assert quick_figures == store_figures
    finally:
        snapshot.close()


def test_serve_snapshot_is_read_only_and_reads_no_other_file(example_db: Path, tmp_path: Path) -> None:
    snapshot = Snapshot(example_db)
    try:
        conn = snapshot.connection()
        other = tmp_path / "other.duckdb"
        for sql in (
            "DELETE FROM events",
            "UPDATE src.main.events SET type = 'X'",
            f"ATTACH '{other}' AS other",
            f"COPY (SELECT 1) TO '{tmp_path / 'out.csv'}'",
            "SET enable_external_access = true",
        ):
            with pytest.raises(Exception):  # noqa: B017 - DuckDB's binder, permission or input errors
                conn.execute(sql)
        assert not other.exists() and not (tmp_path / "out.csv").exists()
    finally:
        snapshot.close()


def test_serve_snapshot_is_not_taken_again_while_the_store_is_unchanged(db: Path) -> None:
    snapshot = Snapshot(db)
    try:
        version, copies = snapshot.version, sorted(snapshot._dir.iterdir())
        assert snapshot.refresh() and snapshot.refresh()
        assert snapshot.version == version and sorted(snapshot._dir.iterdir()) == copies
        with Store.open(db, write=True) as writer:
            writer.conn.execute("UPDATE articles SET title = 'changed' WHERE id = (SELECT min(id) FROM articles)")
            writer.conn.execute("CHECKPOINT")
        time.sleep(0.01)
        assert snapshot.refresh() and snapshot.version == version + 1
        assert snapshot.last_timings["copy_s"] >= 0 and snapshot.last_timings["open_s"] > 0
    finally:
        snapshot.close()


def test_serve_cache_answers_again_until_the_store_changes(db: Path) -> None:
    workbench = Workbench(db, ServeSettings(allowed_hosts=("testserver",)))
    try:
        client = TestClient(create_app(workbench))
        params = {"limit": 500, "total": True}
        first = client.get("/api/events", params=params)
        hits = workbench.cache.hits
        again = client.get("/api/events", params=params)
        assert workbench.cache.hits == hits + 1 and again.content == first.content
        assert again.headers["content-type"] == "application/json"
        # the store changes (an ingest's checkpoint) and the snapshot follows: the answer is new
        with Store.open(db, write=True) as writer:
            gone = first.json()["events"][0]["id"]
            for table, column in (("mentions", "event_id"), ("event_actors", "event_id"), ("events", "id")):
                writer.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", [gone])
            writer.conn.execute("CHECKPOINT")
        time.sleep(0.01)
        assert workbench.snapshot.refresh()
        fresh = client.get("/api/events", params=params).json()
        assert fresh["total"] == first.json()["total"] - 1 and gone not in [e["id"] for e in fresh["events"]]
    finally:
        workbench.close()


def test_serve_cache_a_new_review_changes_the_answers(db: Path) -> None:
    workbench = Workbench(db, ServeSettings(allowed_hosts=("testserver",)))
    try:
        client = TestClient(create_app(workbench))
        event = client.get("/api/events", params={"limit": 1}).json()["events"][0]
        assert event["review"] is None and client.get(f"/api/events/{event['id']}").json()["reviews"] == []
        body = {"verdict": "corrected", "changes": {"type": "THREATEN"}}
        assert client.post(f"/api/events/{event['id']}/reviews", json=body, headers=WRITE).status_code == 201
        shown = client.get("/api/events", params={"limit": 1}).json()["events"][0]
        assert shown["event"] == ["THREATEN"] and shown["review"]["verdict"] == "corrected"
        assert client.get(f"/api/events/{event['id']}").json()["reviews"][0]["verdict"] == "corrected"
        # a review written by another process (another server, say) is noticed too
        other = Workbench(db, ServeSettings(allowed_hosts=("testserver",)))
        try:
            other_client = TestClient(create_app(other))
            assert (
                other_client.post(
                    f"/api/events/{event['id']}/reviews", json={"verdict": "wrong"}, headers=WRITE
                ).status_code
                == 201
            )
        finally:
            other.close()
        ids = [e["id"] for e in client.get("/api/events", params={"limit": 500}).json()["events"]]
        assert event["id"] not in ids
    finally:
        workbench.close()


def test_serve_cache_keeps_at_most_its_entries_and_bytes() -> None:
    cache = ResponseCache(max_entries=3, max_bytes=100)
    for i in range(5):
        cache.put(i, b"x" * 10)
    assert len(cache) == 3 and cache.get(0) is None and cache.get(4) == b"x" * 10
    cache.get(2)  # used: kept longer than 3
    cache.put(5, b"y" * 10)
    assert cache.get(2) is not None and cache.get(3) is None
    cache.put("big", b"z" * 26)  # over a quarter of the bytes: not kept
    assert cache.get("big") is None
    for i in range(3):
        cache.put(("b", i), b"w" * 24)
    assert cache.size <= 100


def test_serve_cache_computes_a_key_once_for_concurrent_requests() -> None:
    cache = ResponseCache()
    calls: list[int] = []
    started = threading.Event()

    def compute() -> tuple[bytes, bool]:
        calls.append(1)
        started.set()
        time.sleep(0.2)
        return b"answer", True

    answers: list[bytes] = []
    threads = [threading.Thread(target=lambda: answers.append(cache.get_or_compute("k", compute))) for _ in range(8)]
    threads[0].start()
    started.wait(5)
    for t in threads[1:]:
        t.start()
    for t in threads:
        t.join(10)
    assert answers == [b"answer"] * 8 and len(calls) == 1
    # an answer computed from an older snapshot is not kept
    assert cache.get_or_compute("stale", lambda: (b"old", False)) == b"old" and cache.get("stale") is None


def test_serve_cache_failed_computation_is_not_kept() -> None:
    cache = ResponseCache()

    def fail() -> tuple[bytes, bool]:
        raise LookupError("no such thing")

    with pytest.raises(LookupError):
        cache.get_or_compute("k", fail)
    assert cache.get("k") is None and cache.get_or_compute("k", lambda: (b"ok", True)) == b"ok"


def test_serve_cache_json_writes_dates_as_iso_strings() -> None:
    from datetime import date, datetime

    assert to_json({"d": date(2024, 2, 1), "t": datetime(2024, 2, 1, 3, 4), "s": "é"}) == (
        '{"d":"2024-02-01","t":"2024-02-01T03:04:00","s":"é"}'.encode()
    )


def test_serve_static_files_are_versioned_revalidated_and_compressed(db: Path) -> None:
    import re

    workbench = Workbench(db, ServeSettings(allowed_hosts=("testserver",)))
    try:
        client = TestClient(create_app(workbench))
        page = client.get("/")
        assert page.status_code == 200 and "content-security-policy" in page.headers
        linked = re.search(r'"/static/app\.css\?v=([0-9a-f]{16})"', client.get("/docs").text)  # the API's page
        assert linked
        versioned = client.get(f"/static/app.css?v={linked.group(1)}", headers={"Accept-Encoding": "gzip"})
        assert "immutable" in versioned.headers["cache-control"] and versioned.headers["content-encoding"] == "gzip"
        version = hashlib.sha256(_app_js()).hexdigest()[:16]
        versioned = client.get(f"/static/app.js?v={version}", headers={"Accept-Encoding": "gzip"})
        assert "immutable" in versioned.headers["cache-control"] and versioned.headers["content-encoding"] == "gzip"
        plain = client.get("/static/app.js", headers={"Accept-Encoding": "identity"})
        assert plain.headers["cache-control"] == "no-cache" and "content-encoding" not in plain.headers
        assert plain.content == versioned.content  # httpx undoes the gzip
        again = client.get("/static/app.js", headers={"If-None-Match": plain.headers["etag"]})
        assert again.status_code == 304 and not again.content
        assert client.get("/", headers={"If-None-Match": page.headers["etag"]}).status_code == 304
        stale = client.get("/static/app.js?v=0000000000000000")
        assert stale.status_code == 200 and stale.headers["cache-control"] == "no-cache"
    finally:
        workbench.close()


def test_serve_page_carries_its_script_and_stylesheet_allowed_by_their_hashes(db: Path) -> None:
    import re

    workbench = Workbench(db, ServeSettings(allowed_hosts=("testserver",)))
    try:
        page = TestClient(create_app(workbench)).get("/")
        script = re.search(r"<script>(.*?)</script>", page.text, re.S)
        style = re.search(r"<style>(.*?)</style>", page.text, re.S)
        world = re.search(r'<script type="application/json" id="world-data">(.*?)</script>', page.text, re.S)
        assert script and style and world and 'src="/static/' not in page.text
        assert script.group(1).encode() == _app_js()
        assert style.group(1).encode() == (STATIC / "app.css").read_bytes()
        assert json.loads(world.group(1)) == json.loads((STATIC / "world.json").read_bytes())
        csp = page.headers["content-security-policy"]
        for kind, text in (("script-src", script.group(1)), ("style-src", style.group(1))):
            digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
            assert f"{kind} 'self' 'sha256-{digest}';" in csp  # that element and nothing else inline
        assert "unsafe-inline" not in csp
    finally:
        workbench.close()


def test_serve_warm_computes_the_pages_first_views_ahead(db: Path) -> None:
    workbench = Workbench(db, ServeSettings(allowed_hosts=("testserver",), warm_dyads=2))
    try:
        client = TestClient(create_app(workbench))
        assert workbench.warm() == 3 + 2 * 3 and len(workbench.cache) == 9
        top = client.get("/api/dyads", params={"top": 2}).json()
        hits = workbench.cache.hits
        a, b = top[0]["a"], top[0]["b"]
        for url, params in (
            ("/api/dyads", {"top": 12}),
            ("/api/events", {"limit": 50, "total": "true"}),
            ("/api/places", {"limit": 500}),
            ("/api/timeline", {"a": a, "b": b, "by": "month"}),
            ("/api/events", {"dyad": f"{b},{a}", "limit": 50, "total": "true"}),  # either order
            ("/api/places", {"dyad": f"{a},{b}", "limit": 500}),
        ):
            assert client.get(url, params=params).status_code == 200
        assert workbench.cache.hits == hits + 6
    finally:
        workbench.close()


def test_serve_snapshot_replaced_one_is_freed_when_its_last_query_ends(db: Path) -> None:
    snapshot = Snapshot(db, grace=600)
    try:
        cursor, version = snapshot.cursor()
        first = set(snapshot._dir.iterdir())
        with Store.open(db, write=True) as writer:
            writer.conn.execute("UPDATE articles SET title = 'changed' WHERE id = (SELECT min(id) FROM articles)")
            writer.conn.execute("CHECKPOINT")
        time.sleep(0.01)
        assert snapshot.refresh() and snapshot.version == version + 1
        assert first <= set(snapshot._dir.iterdir())  # still in use: kept
        assert cursor.execute("SELECT count(*) FROM articles WHERE title = 'changed'").fetchone() == (0,)
        cursor.close()
        snapshot.release(version)
        assert not first & set(snapshot._dir.iterdir())  # freed at once, not after the grace
        fresh, _ = snapshot.cursor()
        assert fresh.execute("SELECT count(*) FROM articles WHERE title = 'changed'").fetchone() == (1,)
    finally:
        snapshot.close()


def test_serve_cache_same_request_again_is_answered_before_routing_with_the_same_checks(db: Path) -> None:
    token = "s3cret-token-of-test"
    workbench = Workbench(db, ServeSettings(allowed_hosts=("testserver",), host="0.0.0.0", token=token, rate=0))
    try:
        client = TestClient(create_app(workbench))
        auth = {"Authorization": f"Bearer {token}"}
        url = "/api/events?limit=5&total=true"
        first = client.get(url, headers=auth)
        assert first.status_code == 200 and workbench.cache.alias_hits == 0
        again = client.get(url, headers=auth)
        assert again.status_code == 200 and again.content == first.content and workbench.cache.alias_hits == 1
        assert again.headers["x-frame-options"] == "DENY" and again.headers["content-type"] == "application/json"
        assert client.get(url).status_code == 401  # the kept answer needs the token as much as the first
        assert client.get(url, headers={**auth, "Host": "evil.example"}).status_code == 200  # not a loopback server
        assert client.get("/api/events?limit=5&total=false", headers=auth).json()["events"] == first.json()["events"]
        assert workbench.cache.alias_hits == 3  # found for the refused one too; another query string is routed
    finally:
        workbench.close()
    loopback = Workbench(db, ServeSettings(allowed_hosts=("testserver",)))
    try:
        client = TestClient(create_app(loopback))
        assert client.get("/api/dyads?top=3").status_code == 200
        assert client.get("/api/dyads?top=3", headers={"Host": "evil.example"}).status_code == 421
        assert client.get("/api/dyads?top=3").status_code == 200 and loopback.cache.alias_hits == 2
    finally:
        loopback.close()


def test_serve_warm_sets_the_snapshots_objects_aside_from_the_collector(db: Path) -> None:
    import gc

    workbench = Workbench(db, ServeSettings(allowed_hosts=("testserver",), refresh=0.2))
    try:
        workbench.start()
        deadline = time.monotonic() + 30
        while workbench.warmed != workbench.snapshot.version and time.monotonic() < deadline:
            time.sleep(0.05)
        assert workbench.warmed == workbench.snapshot.version
        assert gc.get_freeze_count() > 1000  # the index, its records and profiles among them
    finally:
        workbench.close()
    assert gc.get_freeze_count() == 0
