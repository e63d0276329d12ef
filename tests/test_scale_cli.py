"""``parley load`` and ``parley ingest --engine ray`` (the parts that need no Ray; the Ray run is slow)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.store import Store
from test_store_parquet import write_dataset

runner = CliRunner()
EXAMPLES = str(Path(__file__).resolve().parent.parent / "examples" / "articles")


def test_scale_cli_load_stores_and_loading_again_adds_nothing(tmp_path: Path) -> None:
    source, db = write_dataset(tmp_path / "pq"), tmp_path / "s.duckdb"
    first = runner.invoke(app, ["load", str(source), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "11 articles stored" in first.stderr and "12 new, 4 merged" in first.stderr
    second = runner.invoke(app, ["load", str(source), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "0 articles stored (0 replaced), 11 already stored" in second.stderr
    with Store.open(db) as store:
        assert store.counts()["events"] == 12


def test_scale_cli_load_without_parquet_fails_with_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["load", str(tmp_path / "nowhere"), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2
    assert "parley: E407 " in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_scale_cli_ingest_ray_without_ray_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` fail, installed or not
    monkeypatch.setitem(sys.modules, "ray.data", None)
    result = runner.invoke(app, ["ingest", EXAMPLES, "--engine", "ray", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "parley: E610 " in result.stderr and "pip install 'parley[ray]'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_scale_cli_ingest_local_needs_a_db_and_a_known_engine() -> None:
    no_db = runner.invoke(app, ["ingest", EXAMPLES])
    assert no_db.exit_code == 2 and "parley: E625 --db: required" in no_db.stderr
    engine = runner.invoke(app, ["ingest", EXAMPLES, "--engine", "spark", "--db", "x.duckdb"])
    assert engine.exit_code == 2 and "--engine must be local or ray" in engine.output
