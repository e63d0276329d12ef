"""The store opens only DuckDB files, and DuckDB never fetches or loads an extension by itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from parley.errors import StoreError
from parley.store import Store


def test_store_refuses_an_sqlite_file_before_duckdb_sees_it(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    for write in (False, True):
        with pytest.raises(StoreError) as caught:
            Store.open(path, write=write)
        assert caught.value.code == "E402" and "not a DuckDB database (an SQLite database)" in str(caught.value)
    assert path.read_bytes() == before


def test_store_refuses_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are notes, not a database\n", encoding="utf-8")
    with pytest.raises(StoreError, match="another kind of file"):
        Store.open(path, write=True)


def test_store_connection_never_installs_or_loads_extensions(tmp_path: Path) -> None:
    with Store.open(tmp_path / "events.duckdb", write=True) as store:
        settings = dict(
            store.conn.execute(
                "SELECT name, value FROM duckdb_settings() "
                "WHERE name IN ('autoinstall_known_extensions', 'autoload_known_extensions')"
            ).fetchall()
        )
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}
