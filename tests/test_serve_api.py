from __future__ import annotations

import csv
import json
import shutil
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parley.cli import app
from parley.errors import StoreError
from parley.evaluate import load_gold
from parley.review import ReviewStore, review_path
from parley.serve import ServeSettings, Snapshot, Workbench, create_app
from parley.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
WRITE = {"X-Parley": "1"}


def _client(db: Path, **settings: object) -> Iterator[TestClient]:
    settings.setdefault("allowed_hosts", (*ServeSettings.allowed_hosts, "testserver"))  # TestClient's Host
    workbench = Workbench(db, ServeSettings(**settings))  # type: ignore[arg-type]
    try:
        yield TestClient(create_app(workbench))
    finally:
        workbench.close()


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    yield from _client(db)


def test_serve_api_every_endpoint(client: TestClient) -> None:
    assert client.get("/api/health").json()["status"] == "ok"
    stats = client.get("/api/stats").json()
    assert stats["events"] > 0 and stats["articles"] == 8 and stats["reviews"] == 0
    page = client.get("/api/events", params={"dyad": "USA,RUS", "limit": 3, "total": True}).json()
    assert len(page["events"]) == 3 and page["total"] >= 3 and page["next"]
    assert all({"USA", "RUS"} <= {a["code"] for a in e["actor"] + e["recipient"]} for e in page["events"])
    event_id = page["events"][0]["id"]
    detail = client.get(f"/api/events/{event_id}").json()
    evidence = detail["evidence"][0]
    start, end = evidence["sentence_span"]
    assert evidence["article_text"][start:end] == evidence["sentence"]
    assert detail["resolution"]["date_source"] and detail["num_mentions"] >= 1
    assert client.get("/api/events", params={"type": "CONSULT,AGREE"}).json()["events"]
    assert client.get("/api/articles", params={"limit": 2}).json()["next"]
    article = client.get("/api/articles/" + evidence["article_id"]).json()
    assert event_id in article["events"] and article["text"]
    assert client.get("/api/dyads", params={"top": 3}).json()[0]["events"] >= 2
    timeline = client.get("/api/timeline", params={"a": "usa", "b": "rus", "by": "week"}).json()
    assert timeline["periods"] and {"q1", "q2", "q3", "q4", "mean_score", "events"} <= set(timeline["periods"][0])
    assert client.get("/api/timeline", params={"a": "USA", "b": "RUS", "by": "day"}).json()["periods"]
    profile = client.get("/api/actors/RUS").json()
    assert profile["partners"] and profile["types"]
    spots = client.get("/api/places").json()
    assert spots and {"lat", "lon", "events"} <= set(spots[0])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text and "cdn" not in docs.text.lower()
    assert client.get("/openapi.json").json()["paths"]["/api/events"]
    assert client.get("/redoc").status_code == 404


def test_serve_api_pages_cover_the_filtered_set_once(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 500, "sort": "-score"}).json()["events"]
    seen, cursor = [], None
    while True:
        params: dict[str, object] = {"limit": 7, "sort": "-score"}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/api/events", params=params).json()
        seen += [e["id"] for e in page["events"]]
        cursor = page["next"]
        if cursor is None:
            break
    assert seen == [e["id"] for e in everything]


def test_serve_api_downloads_csv_and_jsonl(client: TestClient) -> None:
    csv = client.get("/api/events.csv", params={"dyad": "USA,RUS"})
    assert (
        csv.status_code == 200 and csv.text.startswith("id,date") and "attachment" in csv.headers["content-disposition"]
    )
    lines = client.get("/api/events.jsonl", params={"dyad": "USA,RUS", "limit": 2}).text.splitlines()
    assert len(lines) == 2


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?limit=-1",
        "/api/events?limit=100000000000000000000000",
        "/api/events?limit=501",
        "/api/dyads?top=-5",
        "/api/events?since=yesterday",
        "/api/events?actor=R'U%20S",
        "/api/events?quad=5",
        "/api/events?cursor=garbage",
        "/api/events?sort=name",
        "/api/events?view=everything",
        "/api/timeline?a=USA",
        "/api/timeline?a=USA&b=RUS&by=hour",
    ],
)
def test_serve_api_bad_parameters_are_clear_400s(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 400, response.text
    assert response.json()["error"]


def test_serve_api_unknown_things_are_404(client: TestClient) -> None:
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/actors/ZZZ").status_code == 404
    assert client.get("/api/nothing").json()["status"] == 404


def test_serve_api_no_path_reads_a_file_outside_the_store(client: TestClient) -> None:
    for url in (
        "/static/..%2f..%2f..%2fetc%2fpasswd",
        "/static/../../pyproject.toml",
        "/static/index.html%00",
        "/api/events/..%2f..%2fetc%2fpasswd",
        "/api/articles/%2fetc%2fpasswd",
    ):
        response = client.get(url)
        assert response.status_code in (400, 404), url
        assert "root:" not in response.text and "[project]" not in response.text
    assert client.get("/static/app.js").status_code == 200


def test_serve_api_query_connection_is_read_only(db: Path) -> None:
    workbench = Workbench(db)
    try:
        conn = workbench.snapshot.connection()
        with pytest.raises(duckdb.Error):
            conn.execute("DELETE FROM events")
        with pytest.raises(duckdb.Error):
            conn.execute("SELECT * FROM read_csv('/etc/passwd')")
    finally:
        workbench.close()


def test_serve_api_review_is_kept_apart_and_applied(client: TestClient, db: Path) -> None:
    events = client.get("/api/events", params={"dyad": "USA,RUS", "limit": 100}).json()["events"]
    # an event Russia did, so that the corrected one (recipient USA) is still of the dyad
    event = next(e for e in events if {a["code"] for a in e["actor"]} & {"RUS", "USA"} == {"RUS"})
    body = {
        "verdict": "corrected",
        "changes": {"type": "threaten", "recipients": "USA"},
        "note": "a threat",
        "reviewer": "ana",
    }
    response = client.post(f"/api/events/{event['id']}/reviews", json=body, headers=WRITE)
    assert response.status_code == 201, response.text
    assert response.json()["changes"]["type"] == {"from": event["event"][0], "to": "THREATEN"}
    merged = client.get(f"/api/events/{event['id']}").json()
    assert merged["event"] == ["THREATEN"] and merged["review"]["reviewer"] == "ana" and len(merged["reviews"]) == 1
    assert client.get(f"/api/events/{event['id']}", params={"view": "extracted"}).json()["event"] == event["event"]
    reviewed = client.get("/api/events", params={"view": "reviewed"}).json()["events"]
    assert [e["id"] for e in reviewed] == [event["id"]]
    # filters see the corrected values in the reviewed views, the extracted ones otherwise
    threats = client.get("/api/events", params={"type": "THREATEN", "dyad": "USA,RUS", "limit": 500}).json()
    assert event["id"] in [e["id"] for e in threats["events"]]
    assert all(e["event"] == ["THREATEN"] for e in threats["events"]) and threats["events"][0]["quad_code"] == 3
    periods = client.get("/api/timeline", params={"a": "USA", "b": "RUS"}).json()["periods"]
    raw = client.get("/api/timeline", params={"a": "USA", "b": "RUS", "view": "extracted"}).json()["periods"]
    assert sum(p["q3"] for p in periods) == sum(p["q3"] for p in raw) + (event["quad_code"] != 3)
    assert sum(p["events"] for p in periods) == sum(p["events"] for p in raw)
    old = client.get("/api/events", params={"type": event["event"][0], "limit": 500}).json()["events"]
    assert event["id"] not in [e["id"] for e in old]
    extracted = client.get("/api/events", params={"type": event["event"][0], "view": "extracted", "limit": 500})
    assert event["id"] in [e["id"] for e in extracted.json()["events"]]
    with Store.open(db) as store:  # the extracted event is untouched
        assert store.query("SELECT type FROM events WHERE id = ?", [event["id"]])[0]["type"] == event["event"][0]
    assert review_path(db).exists()
    wrong = client.post(f"/api/events/{event['id']}/reviews", json={"verdict": "wrong"}, headers=WRITE)
    assert wrong.status_code == 201
    ids = [e["id"] for e in client.get("/api/events", params={"limit": 500}).json()["events"]]
    assert event["id"] not in ids
    assert client.get("/api/reviews").json()[0]["verdict"] == "wrong"


@pytest.mark.parametrize(
    "body",
    [
        {"verdict": "maybe"},
        {"verdict": "corrected", "changes": {"type": "DANCE"}},
        {"verdict": "corrected", "changes": {"date": "2024-13-45"}},
        {"verdict": "corrected", "changes": {"actors": ["U S A"]}},
        {"verdict": "corrected", "changes": {"colour": "red"}},
        {"verdict": "corrected"},
    ],
)
def test_serve_api_bad_reviews_are_400(client: TestClient, body: dict[str, object]) -> None:
    event_id = client.get("/api/events", params={"limit": 1}).json()["events"][0]["id"]
    response = client.post(f"/api/events/{event_id}/reviews", json=body, headers=WRITE)
    assert response.status_code == 400, response.text


def test_serve_api_writes_refuse_cross_site_requests(client: TestClient) -> None:
    event_id = client.get("/api/events", params={"limit": 1}).json()["events"][0]["id"]
    url = f"/api/events/{event_id}/reviews"
    body = {"verdict": "correct"}
    assert client.post(url, json=body).status_code == 403  # no custom header: a plain form could not send it
    evil = {**WRITE, "Origin": "http://evil.example"}
    assert client.post(url, json=body, headers=evil).status_code == 403
    assert client.post(url, json=body, headers={**WRITE, "Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.post(url, json=body, headers={**WRITE, "Origin": "http://testserver"}).status_code == 201


def test_serve_api_token_guards_reads_and_writes(db: Path) -> None:
    token = "s3cret-token-of-test"
    for client in _client(db, host="0.0.0.0", token=token):
        assert client.get("/api/events").status_code == 401
        assert client.get("/").status_code == 401
        auth = {"Authorization": f"Bearer {token}"}
        assert client.get("/api/events", headers=auth).status_code == 200
        assert client.get("/api/events", headers={"Authorization": "Bearer wrong-token-x"}).status_code == 401
        event_id = client.get("/api/events", headers=auth).json()["events"][0]["id"]
        url = f"/api/events/{event_id}/reviews"
        assert client.post(url, json={"verdict": "correct"}, headers=WRITE).status_code == 401
        assert client.post(url, json={"verdict": "correct"}, headers={**WRITE, **auth}).status_code == 201
        # the page: /?token= sets a same-site cookie, then reads work without the header
        login = client.get("/", params={"token": token}, follow_redirects=False)
        assert login.status_code == 303 and "samesite=strict" in login.headers["set-cookie"].lower()
        assert client.get("/api/stats").status_code == 200
    for client in _client(db, host="0.0.0.0", token=token, public_read=True):
        assert client.get("/api/events").status_code == 200
        event_id = client.get("/api/events").json()["events"][0]["id"]
        assert (
            client.post(f"/api/events/{event_id}/reviews", json={"verdict": "correct"}, headers=WRITE).status_code
            == 401
        )


def test_serve_api_loopback_server_refuses_other_host_names(client: TestClient) -> None:
    assert client.get("/api/health", headers={"Host": "evil.example"}).status_code == 421
    assert client.get("/api/health", headers={"Host": "localhost:8765"}).status_code == 200


def test_serve_api_listens_on_loopback_by_default() -> None:
    import inspect

    from parley.cli import _serve

    assert ServeSettings().host == "127.0.0.1"
    assert inspect.signature(_serve.serve).parameters["host"].default == "127.0.0.1"


@contextmanager
def _running_server(db: Path, **settings: object) -> Iterator[int]:
    """A real server (uvicorn, as `parley serve` runs it) on a free loopback port: yields the port."""
    import threading

    from parley.serve import make_server

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    workbench = Workbench(db, ServeSettings(port=port, **settings))  # type: ignore[arg-type]
    server = make_server(workbench)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        workbench.close()


def test_serve_server_cuts_off_clients_that_send_no_request(db: Path) -> None:
    with _running_server(db, header_timeout=0.5) as port:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as slow:
            slow.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1")  # and never the end of the headers
            start = time.monotonic()
            assert slow.recv(100) == b""  # closed by the server
            assert time.monotonic() - start < 3
        with socket.create_connection(("127.0.0.1", port), timeout=5) as quick:
            quick.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert _answer(quick).startswith(b"HTTP/1.1 200")
            # the deadline applies to the next request's headers on a kept connection too
            quick.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1")
            start = time.monotonic()
            assert quick.recv(100) == b""
            assert time.monotonic() - start < 3


def _answer(conn: socket.socket) -> bytes:
    """One whole HTTP answer read from ``conn`` (its headers and a body of its Content-Length)."""
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = conn.recv(65536)
        if not chunk:
            return received
        received += chunk
    head, body = received.split(b"\r\n\r\n", 1)
    length = next(
        (int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")),
        0,
    )
    while len(body) < length and (chunk := conn.recv(65536)):
        body += chunk
    return head + b"\r\n\r\n" + body


def test_serve_server_refuses_oversized_request_headers(db: Path) -> None:
    def exchange(port: int, *parts: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            for part in parts:
                conn.sendall(part)
                time.sleep(0.05)
            return _answer(conn)

    start = b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    with _running_server(db) as port:
        assert exchange(port, start + b"X-Pad: " + b"a" * 40_000 + b"\r\n\r\n").startswith(b"HTTP/1.1 400")
        many = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"a" * 900) for i in range(40))  # each small, together not
        assert exchange(port, start + many + b"\r\n").startswith(b"HTTP/1.1 400")
        assert exchange(port, start, b"X-Pad: " + b"a" * 30_000).startswith(b"HTTP/1.1 400")  # sent in pieces
        assert exchange(port, start + b"X-Pad: " + b"a" * 8_000 + b"\r\n\r\n").startswith(b"HTTP/1.1 200")


def test_serve_cli_needs_a_token_off_loopback(db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "--token" in result.output
    empty = tmp_path / "token"
    empty.write_text("\n")
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--host", "0.0.0.0", "--token-file", str(empty)])
    assert result.exit_code == 2
    assert CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.duckdb")]).exit_code == 2


def test_serve_api_request_size_limit(client: TestClient) -> None:
    event_id = client.get("/api/events", params={"limit": 1}).json()["events"][0]["id"]
    body = {"verdict": "correct", "note": "x" * 40_000}
    assert client.post(f"/api/events/{event_id}/reviews", json=body, headers=WRITE).status_code == 413


def test_serve_api_rate_limit_answers_429(db: Path) -> None:
    for client in _client(db, rate=2.0):
        codes = [client.get("/api/health").status_code for _ in range(20)]
        assert codes[0] == 200 and 429 in codes
        limited = next(r for r in (client.get("/api/health") for _ in range(5)) if r.status_code == 429)
        assert limited.headers["retry-after"]


def test_serve_api_overload_answers_503_with_retry_after(db: Path) -> None:
    workbench = Workbench(db, ServeSettings(max_queries=1, queue_wait=0.05, allowed_hosts=("testserver",)))
    try:
        client = TestClient(create_app(workbench))
        workbench._slots.acquire()  # another query holds the only slot
        response = client.get("/api/events", params={"search": "minister"})  # a DuckDB query
        assert client.get("/api/events").status_code == 200  # the index needs no query slot
        workbench._slots.release()
        assert response.status_code == 503 and response.headers["retry-after"]
        assert client.get("/api/events", params={"search": "minister"}).status_code == 200
    finally:
        workbench.close()


def test_serve_api_query_time_limit(db: Path) -> None:
    workbench = Workbench(db, ServeSettings(query_timeout=0.2))
    try:
        slow = "SELECT count(*) FROM range(1000000000) a, range(1000) b WHERE a.range * b.range = 7"
        with pytest.raises(Exception) as caught:
            workbench.run(lambda store: store.conn.execute(slow).fetchall())
        assert caught.value.__class__.__name__ == "Overloaded"
    finally:
        workbench.close()


def test_serve_snapshot_keeps_answering_while_a_writer_holds_the_store(db: Path) -> None:
    snapshot = Snapshot(db)
    try:
        before = snapshot.connection().execute("SELECT count(*) FROM articles").fetchone()
        with Store.open(db, write=True) as writer:  # as `parley ingest` does, for its whole run
            with pytest.raises(StoreError):
                Store.open(db)  # the old way: a reader is locked out
            assert snapshot.connection().execute("SELECT count(*) FROM events").fetchone()
            with writer.transaction() as conn:
                conn.execute("UPDATE articles SET title = 'changed' WHERE id = (SELECT min(id) FROM articles)")
            writer.conn.execute("CHECKPOINT")  # the ingester checkpoints after each batch
            time.sleep(0.01)
            assert snapshot.refresh()
            titles = snapshot.connection().execute("SELECT count(*) FROM articles WHERE title = 'changed'").fetchone()
            assert titles == (1,)
        assert snapshot.connection().execute("SELECT count(*) FROM articles").fetchone() == before
    finally:
        snapshot.close()


def test_serve_review_survives_reingest_and_exports_gold(db: Path, tmp_path: Path) -> None:
    for client in _client(db):
        event = client.get("/api/events", params={"dyad": "USA,RUS", "limit": 1}).json()["events"][0]
        body = {"verdict": "corrected", "changes": {"date": "2023-02"}, "note": "month only"}
        assert client.post(f"/api/events/{event['id']}/reviews", json=body, headers=WRITE).status_code == 201
    # a re-ingest into a new store: the events are extracted again; the reviews file stays
    fresh = tmp_path / "again" / "events.duckdb"
    fresh.parent.mkdir()
    shutil.copyfile(review_path(db), review_path(fresh))
    result = CliRunner().invoke(
        app, ["ingest", str(EXAMPLES), "--meta", str(EXAMPLES / "meta.jsonl"), "--db", str(fresh), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    with Store.open(fresh, write=True) as store:  # the event comes back under another id: the anchor finds it
        store.conn.execute("UPDATE events SET id = id || '-new' WHERE id = ?", [event["id"]])
        store.conn.execute("UPDATE event_actors SET event_id = event_id || '-new' WHERE event_id = ?", [event["id"]])
        store.conn.execute("UPDATE mentions SET event_id = event_id || '-new' WHERE event_id = ?", [event["id"]])
    for client in _client(fresh):
        again = client.get(f"/api/events/{event['id']}-new").json()
        assert again["date"] == "2023-02-01" and again["date_precision"] == "month"
        assert again["review"]["note"] == "month only"
    out = tmp_path / "reviewed" / "gold"
    result = CliRunner().invoke(app, ["export", "--db", str(fresh), "--format", "gold", "-o", str(out)])
    assert result.exit_code == 0, result.output
    docs = load_gold(out)
    assert len(docs) == 1 and docs[0].doc.exists() and docs[0].events[0].date == "2023-02"
    assert ReviewStore(review_path(fresh)).all()[0]["reviewer"] == "analyst"


@pytest.mark.slow
def test_serve_api_answers_while_parley_ingest_writes_the_store(tmp_path: Path) -> None:
    import subprocess
    import sys

    first = tmp_path / "first"
    first.mkdir()
    articles = sorted(EXAMPLES.glob("*.txt"))
    shutil.copy(articles[0], first)
    db = tmp_path / "events.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(first), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    workbench = Workbench(db, ServeSettings(refresh=0.2, allowed_hosts=("testserver",)))
    workbench.snapshot.start()
    try:
        client = TestClient(create_app(workbench))
        assert client.get("/api/stats").json()["articles"] == 1
        ingest = subprocess.Popen(
            [sys.executable, "-c", "from parley.cli import main; main()", "ingest", str(EXAMPLES),
             "--meta", str(EXAMPLES / "meta.jsonl"), "--db", str(db), "--workers", "1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        codes = []
        while ingest.poll() is None:
            codes.append(client.get("/api/events", params={"limit": 5}).status_code)
            time.sleep(0.05)
        assert ingest.returncode == 0, ingest.stderr.read() if ingest.stderr else ""
        assert codes and set(codes) == {200}
        with Store.open(db) as store:
            stored = store.counts()["articles"]
        assert stored > 1
        deadline = time.monotonic() + 10
        while client.get("/api/stats").json()["articles"] < stored and time.monotonic() < deadline:
            time.sleep(0.1)
        assert client.get("/api/stats").json()["articles"] == stored
    finally:
        workbench.close()


def test_serve_api_pronoun_actor_keeps_how_it_was_resolved_from_article_to_page(tmp_path: Path) -> None:
    """An article whose second sentence says "He": the actor says whom "He" stands for in every record
    read back from the store (the query functions, `parley events` and `parley export`, the API's pages,
    details and downloads, and the records the workbench serialises ahead)."""
    from parley import Pipeline, Settings
    from parley.analysis import event_detail, events
    from parley.document import Article
    from parley.store import ingest

    text = (
        "President Gustavo Petro toured the flooded coast on Friday. "
        "He telephoned the ambassadors of Spain, Norway, Sweden and Japan on Monday night."
    )  # a caller acts on whom he calls (envoys he met would be the meeting's actors)
    article = Article(id="petro", text=text, published=date(2024, 5, 6), source="Test Wire")
    (extracted,) = Pipeline(Settings(coder="rules")).process([article])
    how = '"He" stands for "Gustavo Petro" (the person named last)'
    (wanted,) = [e for e in extracted.events if e.recipient_codes]
    assert wanted.actors[0].resolved_by == how and wanted.recipient_codes == ["ESP", "NOR", "SWE", "JPN"]
    db = tmp_path / "petro.duckdb"
    with Store.open(db, write=True) as store:
        ingest([extracted], store)
    with Store.open(db) as store:
        (record,) = events(store, recipient="ESP")
        detail = event_detail(store, record["id"])
        assert detail is not None
    petro = {"code": "COL", "sector": "GOV", "entity_text": "Gustavo Petro", "office": "President", "resolved_by": how}
    assert record["actor"] == [petro] == detail["actor"]
    assert all("resolved_by" not in r for r in record["recipient"])  # named, not resolved
    assert record["actor"] == wanted.to_plover()["actor"]

    runner = CliRunner()
    listed = runner.invoke(app, ["events", "--db", str(db), "--recipient", "ESP", "--format", "plover"])
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.output)["actor"] == [petro]
    result = runner.invoke(app, ["export", "--db", str(db), "-o", str(tmp_path / "e.csv"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert rows[record["id"]]["actor_resolved_by"] == how

    workbench = Workbench(db, ServeSettings(allowed_hosts=("testserver",), cache_entries=0))
    try:
        client = TestClient(create_app(workbench))
        for serialised in (False, True):  # the records built per request, then those serialised ahead
            if serialised:
                workbench.warm()
                index = workbench.snapshot.index(workbench.snapshot.version)
                assert index is not None and index.fragments is not None
            page = client.get("/api/events", params={"recipient": "ESP"}).json()["events"]
            assert [e["actor"] for e in page] == [[petro]]
            assert client.get(f"/api/events/{record['id']}").json()["actor"] == [petro]
            download = client.get("/api/events.jsonl", params={"recipient": "ESP"}).text.splitlines()
            assert [json.loads(line)["actor"] for line in download] == [[petro]]
    finally:
        workbench.close()
