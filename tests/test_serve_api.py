from __future__ import annotations

import json
import threading
import urllib.request
from pathlib import Path

from typer.testing import CliRunner

from parley.cli import app
from parley.serve import handle, make_server


def _db(tmp_path: Path) -> Path:
    articles = tmp_path / "a"
    articles.mkdir()
    (articles / "one.txt").write_text("France expelled two Iranian diplomats on Monday.", encoding="utf-8")
    (articles / "two.txt").write_text("Germany praised Poland on Tuesday.", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(articles), "--db", str(db), "--published", "2024-05-08"])
    assert result.exit_code == 0, result.output
    return db


def test_serve_api_endpoints(tmp_path: Path) -> None:
    db = _db(tmp_path)
    status, body = handle(db, "/events?actor=FRA")
    assert status == 200 and [e["event"] for e in body] == [["SANCTION"]]
    status, body = handle(db, "/dyads?top=5")
    assert status == 200 and len(body) == 2
    assert handle(db, "/nope")[0] == 404
    assert handle(tmp_path / "missing.duckdb", "/events")[0] == 400


def test_serve_api_over_http(tmp_path: Path) -> None:
    db = _db(tmp_path)
    server = make_server(db, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/events?type=SUPPORT", timeout=10) as response:
            body = json.loads(response.read())
        assert [e["actor"][0]["code"] for e in body] == ["DEU"]
    finally:
        server.shutdown()
        server.server_close()


def test_serve_cli_refuses_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2
