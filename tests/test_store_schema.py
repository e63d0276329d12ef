"""Opening, creating and versioning the event database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from parley.errors import SchemaVersionError, StoreError
from parley.store import SCHEMA_VERSION, TABLES, Store, migrate, schema_version
from test_store_fixtures import build_store


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
