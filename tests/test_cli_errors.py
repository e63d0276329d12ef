"""Every error a user can meet is one line with its code; --debug shows the traceback."""

from __future__ import annotations

import re
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
    assert code == 2 and err.count("\n") == 1 and "parley: E402 " in err and "SQLite" in err


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
    assert code == 2 and err.strip().count("\n") == 0 and "parley: E623 " in err and f"127.0.0.1:{port}" in err


def test_cli_errors_unexpected_error_is_one_line_and_debug_shows_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import parley.cli._query as query_cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something broke")

    monkeypatch.setattr(query_cli, "open_store", broken)
    code, err = _main(monkeypatch, capsys, "dyads", "--db", str(tmp_path / "x.duckdb"))
    assert code == 3 and err.strip().count("\n") == 0
    assert "parley: E000 unexpected RuntimeError: something broke (run with --debug for the traceback)" in err
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
    assert code == 2 and err.strip().count("\n") == 0 and "parley: E62" in err and "missing" in err


#: ``parley: E1xx file: reason``: the code without brackets, then the file or option, then the reason.
ERROR_LINE = re.compile(r"^parley: E\d{3} \S[^\n]*: \S[^\n]*\n$")


def test_cli_errors_line_is_code_file_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _main(monkeypatch, capsys, "dyads", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and ERROR_LINE.match(err), err
    assert err.startswith("parley: E40") and "[" not in err
    code, err = _main(monkeypatch, capsys, "ingest", str(tmp_path))
    assert code == 2 and err == "parley: E625 --db: required with --engine local\n"


def test_cli_errors_debug_shows_the_traceback_of_a_parley_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from parley.errors import StoreError

    missing = tmp_path / "none.duckdb"
    monkeypatch.setattr(sys, "argv", ["parley", "--debug", "dyads", "--db", str(missing)])
    with pytest.raises(StoreError) as raised:
        main()
    assert raised.value.code.startswith("E40") and str(missing) in str(raised.value)
    assert raised.value.__traceback__ is not None
