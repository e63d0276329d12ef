"""Slow: the seeds, the dev corpus and the dedup corpus ingest twice with identical results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from parley.cli import app

ROOT = Path(__file__).resolve().parent.parent


def _snapshot(db: Path) -> dict[str, list[Any]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute("SELECT id, text_hash, n_events FROM articles ORDER BY id").fetchall(),
            "events": con.execute(
                "SELECT id, type, date, num_mentions, num_articles, num_sources FROM events ORDER BY id"
            ).fetchall(),
            "mentions": con.execute(
                "SELECT event_id, article_id, char_start, char_end FROM mentions ORDER BY ALL"
            ).fetchall(),
        }
    finally:
        con.close()


@pytest.mark.slow
def test_store_corpus_ingest_twice_is_identical(shared: Path, tmp_path: Path) -> None:
    db = tmp_path / "all.duckdb"
    runner = CliRunner()
    sources = [
        ["ingest", str(shared / "corpus" / "seeds"), "--db", str(db)],
        ["ingest", str(shared / "corpus" / "dev"), "--db", str(db)],
        ["ingest", str(ROOT / "tests" / "fixtures" / "dedup" / "articles"), "--db", str(db)],
    ]
    for args in sources:
        assert runner.invoke(app, args).exit_code == 0
    first = _snapshot(db)
    assert len(first["articles"]) == 2 + 15 + 11
    for args in sources:
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "0 articles stored" in result.stderr + result.stdout
    assert _snapshot(db) == first


@pytest.mark.slow
def test_store_corpus_dedup_figures() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from dedup_report import measure

    figures = measure()
    assert figures["merged_wrongly"] == 0
    assert figures["merged_correctly"] >= 5


@pytest.mark.slow
def test_store_corpus_two_workers_give_the_same_events(shared: Path) -> None:
    runner = CliRunner()
    seeds = str(shared / "corpus" / "seeds")
    one = runner.invoke(app, ["extract", seeds, "--workers", "1"])
    two = runner.invoke(app, ["extract", seeds, "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout.count("\n") >= 10
