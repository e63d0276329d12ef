"""Opening, creating and versioning the event database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from parley.analysis import events
from parley.errors import SchemaVersionError, StoreError
from parley.store import SCHEMA_VERSION, TABLES, Store, _schema, ingest, migrate, schema_version, upgrade
from parley.store._rows import ACTOR_COLUMNS
from test_store_fixtures import build_store, doc, ev


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_schema_create_writes_every_table_and_the_version(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new.duckdb", write=True) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert set(store.counts()) == set(TABLES)
        assert store.counts()["events"] == 0
        views = store.query("SELECT view_name FROM duckdb_views() WHERE NOT internal")
        assert {"event_dyads"} <= {v["view_name"] for v in views}


def test_store_schema_missing_file_is_not_created_for_reading(tmp_path: Path) -> None:
    path = tmp_path / "missing.duckdb"
    with pytest.raises(StoreError, match="no such database"):
        Store.open(path)
    assert not path.exists()


def test_store_schema_corrupt_file_raises_and_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bad.duckdb"
    path.write_text("this is a CSV file, not a database\n" * 50)
    before = _digest(path)
    for write in (False, True):
        with pytest.raises(StoreError, match="not a DuckDB database") as info:
            Store.open(path, write=write)
        assert info.value.code == "E402"
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.duckdb"]


def test_store_schema_newer_version_raises_and_changes_nothing(tmp_path: Path) -> None:
    path = build_store(tmp_path / "s.duckdb")
    conn = duckdb.connect(str(path))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    conn.close()
    before = _digest(path)
    for write in (False, True):
        with pytest.raises(SchemaVersionError, match="newer parley") as info:
            Store.open(path, write=write)
        assert info.value.code == "E401"
    assert _digest(path) == before


def test_store_schema_foreign_duckdb_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE sales (id INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="not a parley database"):
        Store.open(path, write=True)
    conn = duckdb.connect(str(path), read_only=True)
    tables = conn.execute("SELECT table_name FROM information_schema.tables").fetchall()
    conn.close()
    assert tables == [("sales",)]


def test_store_schema_reading_store_is_read_only(tmp_path: Path) -> None:
    path = build_store(tmp_path / "s.duckdb")
    with Store.open(path) as store:
        assert not store.writable
        with pytest.raises(StoreError, match="read-only"), store.transaction():
            pass
        with pytest.raises(duckdb.Error):
            store.conn.execute("DELETE FROM events")


def test_store_schema_migrate_from_zero_and_refuses_newer() -> None:
    conn = duckdb.connect(":memory:")
    assert schema_version(conn) == 0
    assert migrate(conn, 0) == SCHEMA_VERSION
    assert schema_version(conn) == SCHEMA_VERSION
    assert migrate(conn, SCHEMA_VERSION) == SCHEMA_VERSION
    with pytest.raises(SchemaVersionError):
        migrate(conn, SCHEMA_VERSION + 1)


def test_store_schema_directory_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(tmp_path, write=True)


def _version_1_store(path: Path) -> Path:
    """A store as parley wrote it at schema version 1 (step 0 -> 1 is that version's DDL), with one
    reported event whose actor has an office."""
    conn = duckdb.connect(str(path))
    _schema._STEPS[0](conn)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.execute(
        "INSERT INTO articles VALUES ('a', 'Wire', 'USA', 'https://example.org/a', DATE '2002-05-21', 'Talks', "
        "'Putin met Kim in Moscow.', 'hash-a', 'ok', [], 1, TIMESTAMP '2024-01-02 03:04:05')"
    )
    conn.execute(
        "INSERT INTO events (id, type, date, date_end, date_precision, participants, num_mentions, num_articles, "
        "num_sources, doc_id, text, event_text, sequence, char_start, char_end, quad_code, event_scale) "
        "VALUES ('a:e1', 'CONSULT', DATE '2002-05-21', DATE '2002-05-21', 'day', 'PRK|RUS', 1, 1, 1, 'a', "
        "'Putin met Kim in Moscow.', 'met', 0, 0, 24, 1, 4.0)"
    )
    conn.execute(
        "INSERT INTO event_actors VALUES ('a:e1', 'actor', 0, 'RUS', 'GOV', 'Putin', 'President'), "
        "('a:e1', 'recipient', 0, 'PRK', 'GOV', 'Kim', NULL)"
    )
    conn.execute("INSERT INTO mentions VALUES ('a:e1', 'a', 0, 0, 24, 'met', 'Putin met Kim in Moscow.', 'Wire')")
    conn.close()
    return path


def _columns(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    conn = duckdb.connect(str(path), read_only=True)
    try:
        rows = conn.execute(
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
            "ORDER BY table_name, ordinal_position"
        ).fetchall()
    finally:
        conn.close()
    out: dict[str, list[tuple[str, str, str]]] = {}
    for table, name, kind, nullable in rows:
        out.setdefault(table, []).append((name, kind, nullable))
    return out


def test_store_schema_version_1_store_is_upgraded_in_place_and_keeps_its_data(tmp_path: Path) -> None:
    path = _version_1_store(tmp_path / "v1.duckdb")
    assert [c[0] for c in _columns(path)["event_actors"]] == list(ACTOR_COLUMNS[:-1])  # the DDL of version 1
    before = _digest(path)
    with pytest.raises(StoreError, match="older than") as info:  # reading does not write: no upgrade
        Store.open(path)
    assert info.value.code == "E404" and _digest(path) == before
    with Store.open(path, write=True) as store:
        assert store.schema_version == SCHEMA_VERSION == 2
        assert store.query("SELECT * FROM event_actors ORDER BY role") == [
            {"event_id": "a:e1", "role": "actor", "position": 0, "code": "RUS", "sector": "GOV",
             "entity_text": "Putin", "office": "President", "resolved_by": None},
            {"event_id": "a:e1", "role": "recipient", "position": 0, "code": "PRK", "sector": "GOV",
             "entity_text": "Kim", "office": None, "resolved_by": None},
        ]  # fmt: skip
        assert store.counts() == {"meta": 1, "articles": 1, "events": 1, "event_actors": 2, "mentions": 1}
        assert store.query("SELECT a, b FROM event_dyads") == [{"a": "PRK", "b": "RUS"}]
        (record,) = events(store)
        assert record["actor"] == [{"code": "RUS", "sector": "GOV", "entity_text": "Putin", "office": "President"}]
        assert record["recipient"] == [{"code": "PRK", "sector": "GOV", "entity_text": "Kim"}]
        assert record["text"] == "Putin met Kim in Moscow." and record["num_mentions"] == 1
        # what is stored from now on keeps how an actor was resolved
        later = ev("CONSULT", ["USA"], ["CHN"], "2002-06-02")
        later.actors[0].resolved_by = '"He" stands for "George W. Bush" (the person named last)'
        ingest([doc("b", "2002-06-03", "Wire", later)], store)
        stored = store.query("SELECT code, resolved_by FROM event_actors WHERE event_id = 'b:e1' ORDER BY role")
        assert stored == [
            {"code": "USA", "resolved_by": later.actors[0].resolved_by},
            {"code": "CHN", "resolved_by": None},
        ]
    with Store.open(path) as store:  # read-only now that it is current
        assert store.schema_version == SCHEMA_VERSION
    fresh = tmp_path / "fresh.duckdb"
    Store.open(fresh, write=True).close()
    assert _columns(path) == _columns(fresh)  # an upgraded store has the tables of a new one


def test_store_schema_failed_upgrade_leaves_the_version_1_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _version_1_store(tmp_path / "v1.duckdb")
    columns = _columns(path)

    step = _schema._STEPS[1]

    def half_done(conn: duckdb.DuckDBPyConnection) -> None:
        step(conn)  # the column is added, then the step fails
        raise duckdb.IOException("disk full")

    monkeypatch.setitem(_schema._STEPS, 1, half_done)
    with pytest.raises(duckdb.IOException):
        Store.open(path, write=True)
    conn = duckdb.connect(str(path), read_only=True)
    try:
        assert schema_version(conn) == 1
    finally:
        conn.close()
    assert _columns(path) == columns


def test_store_schema_upgrade_migrates_an_old_store_and_never_creates_one(tmp_path: Path) -> None:
    path = _version_1_store(tmp_path / "v1.duckdb")
    assert upgrade(path) == (1, SCHEMA_VERSION)
    with Store.open(path) as store:  # readable now
        assert store.counts()["events"] == 1
    assert upgrade(path) == (SCHEMA_VERSION, SCHEMA_VERSION)  # a current store is left alone
    with pytest.raises(StoreError) as missing:
        upgrade(tmp_path / "none.duckdb")
    assert missing.value.code == "E402" and not (tmp_path / "none.duckdb").exists()
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(StoreError) as refused:
        upgrade(empty)
    assert refused.value.code == "E403"
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"\x00\xffnot a database" * 40)
    before = _digest(junk)
    with pytest.raises(StoreError):
        upgrade(junk)
    assert _digest(junk) == before
