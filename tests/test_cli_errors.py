"""Every error a user can meet is one line with its code; --debug shows the traceback."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from parley.cli import main


def _main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["parley", *args])
    with pytest.raises(SystemExit) as caught:
        main()
    code = caught.value.code
    return int(code if isinstance(code, int) else 1), capsys.readouterr().err


def test_cli_errors_sqlite_db_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    db = tmp_path / "events.sqlite"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    code, err = _main(monkeypatch, capsys, "dyads", "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and "[E402]" in err and "SQLite" in err


def test_cli_errors_busy_port_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from parley.store import Store

    db = tmp_path / "events.duckdb"
    Store.open(db, write=True).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, err = _main(monkeypatch, capsys, "serve", "--db", str(db), "--port", str(port))
    assert code == 2 and err.strip().count("\n") == 0 and "[E623]" in err and f"127.0.0.1:{port}" in err


def test_cli_errors_unexpected_error_is_one_line_and_debug_shows_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import parley.cli._db as db_cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something broke")

    monkeypatch.setattr(db_cli, "_open", broken)
    code, err = _main(monkeypatch, capsys, "dyads", "--db", str(tmp_path / "x.duckdb"))
    assert code == 3 and err.strip().count("\n") == 0
    assert "[E000] unexpected RuntimeError: something broke (run with --debug for the traceback)" in err
    monkeypatch.setattr(sys, "argv", ["parley", "--debug", "dyads", "--db", str(tmp_path / "x.duckdb")])
    with pytest.raises(RuntimeError, match="something broke"):
        main()


def test_cli_errors_output_into_a_missing_folder_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from parley.store import Store

    db = tmp_path / "events.duckdb"
    Store.open(db, write=True).close()
    out = tmp_path / "missing" / "events.csv"
    code, err = _main(monkeypatch, capsys, "export", "--db", str(db), "--format", "csv", "-o", str(out))
    assert code == 2 and err.strip().count("\n") == 0 and "[E62" in err and "missing" in err
