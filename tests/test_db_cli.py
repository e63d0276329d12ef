"""The database commands, on a store filled with hand-made events."""

from __future__ import annotations

import hashlib
import json
import os
import signal
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from parley.cli import _ingest, _query, app
from parley.document import Article, Document
from parley.errors import InputError
from parley.store import SCHEMA_VERSION, Store
from test_store_fixtures import SAMPLE, build_store, sample_documents

runner = CliRunner()
RESUME = "run the same command again to resume"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("cli") / "s.duckdb")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- ingest, with the reader and the pipeline replaced by hand-made documents -------------------
class FakeReport:
    def __init__(self) -> None:
        self.problems: list[InputError] = []
        self.read = 0

    def summary(self) -> str:
        return f"{self.read} articles read, {len(self.problems)} problems"


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """``ingest`` reads the sample articles (plus one bad input) and 'parses' them by lookup."""
    state: dict[str, Any] = {"parsed": [], "bad": True}
    docs = {d.id: d for d in sample_documents()}

    def read(paths: list[str], settings: Any, meta: Path | None, report: FakeReport) -> Iterator[Article]:
        if state["bad"]:
            report.problems.append(InputError("not UTF-8 text", source="broken.txt", code="E102"))
        if "nothing" in paths:
            return
        for d in docs.values():
            report.read += 1
            yield d.article

    def process(settings: Any, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            state["parsed"].append(article.id)
            yield sample_documents()[list(docs).index(article.id)]

    monkeypatch.setattr(_ingest, "_read_articles", read)
    monkeypatch.setattr(_ingest, "_new_report", FakeReport)
    monkeypatch.setattr(_ingest, "_process", process)
    return state


def test_db_cli_ingest_stores_and_rerun_skips_before_parsing(tmp_path: Path, fake_pipeline: dict[str, Any]) -> None:
    path = tmp_path / "new.duckdb"
    first = runner.invoke(app, ["ingest", "corpus/", "--db", str(path)])
    assert first.exit_code == 0, first.output
    assert "parley: E102 broken.txt: not UTF-8 text" in first.stderr
    assert f"{SAMPLE['articles']} articles stored" in first.stderr
    assert len(fake_pipeline["parsed"]) == SAMPLE["articles"]
    with Store.open(path) as store:
        assert store.counts()["events"] == SAMPLE["events"]
    before = _digest(path)
    fake_pipeline["parsed"].clear()
    second = runner.invoke(app, ["ingest", "corpus/", "--db", str(path)])
    assert second.exit_code == 0, second.output
    assert fake_pipeline["parsed"] == []  # known articles never reached the pipeline
    assert f"0 articles stored (0 replaced), {SAMPLE['articles']} already stored" in second.stderr
    assert _digest(path) == before


def test_db_cli_ingest_a_signal_stops_after_the_article_at_hand_and_keeps_it(
    tmp_path: Path, fake_pipeline: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.duckdb"
    parse = _ingest._process

    def signalled(settings: Any, articles: Iterable[Article]) -> Iterator[Document]:
        for n, doc in enumerate(parse(settings, articles)):
            if n == 3:
                os.kill(os.getpid(), signal.SIGTERM)  # as a SIGTERM comes: while the pipeline works
                signal.pthread_sigmask(signal.SIG_SETMASK, [])  # its handler has run by here
            yield doc

    monkeypatch.setattr(_ingest, "_process", signalled)
    first = runner.invoke(app, ["ingest", "corpus/", "--db", str(path)])
    assert first.exit_code == 130, first.output
    last = first.stderr.strip().splitlines()[-1]
    assert last == f"parley: interrupted: 4 articles stored by this run (4 in {path}); " + RESUME
    assert len(fake_pipeline["parsed"]) == 4  # nothing was asked of the pipeline after the stop
    with Store.open(path) as store:
        assert store.counts()["articles"] == 4
    monkeypatch.setattr(_ingest, "_process", parse)
    again = runner.invoke(app, ["ingest", "corpus/", "--db", str(path)])
    assert again.exit_code == 0, again.output
    assert f"{SAMPLE['articles'] - 4} articles stored (0 replaced), 4 already stored" in again.stderr
    with Store.open(path) as store:
        assert store.counts()["events"] == SAMPLE["events"]


def test_db_cli_ingest_nothing_readable_exits_non_zero(tmp_path: Path, fake_pipeline: dict[str, Any]) -> None:
    result = runner.invoke(app, ["ingest", "nothing", "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr


def test_db_cli_ingest_refuses_newer_schema_without_reading(tmp_path: Path, fake_pipeline: dict[str, Any]) -> None:
    path = build_store(tmp_path / "s.duckdb")
    import duckdb

    conn = duckdb.connect(str(path))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    conn.close()
    before = _digest(path)
    result = runner.invoke(app, ["ingest", "corpus/", "--db", str(path)])
    assert result.exit_code == 2
    assert "parley: E401 " in result.stderr and "newer parley" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert fake_pipeline["parsed"] == []
    assert _digest(path) == before


def _need_exporter() -> None:
    export = pytest.importorskip("parley.export")
    if not hasattr(export, "write_events"):
        pytest.skip("parley.export.write_events is not written yet")


# -- events --------------------------------------------------------------------------------------
def test_db_cli_events_plover_lines_with_filters(db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--actor", "prk", "--type", "ACCUSE", "--format", "plover"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["date"] for r in records] == ["2002-05-22", "2002-05-29", "2002-06-29"]
    assert all(r["actor"][0]["code"] == "PRK" and r["doc_id"] for r in records)


def test_db_cli_events_table_shows_counts_and_evidence(db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--search", "naval clash", "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "ASSAULT" in result.stdout and "PRK → KOR" in result.stdout
    assert "2/2/2" in result.stdout
    assert "1 events" in result.stderr


def test_db_cli_events_all_filters_and_output_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ev.jsonl"
    filters = "--either KOR --quad 4 --context military --since 2002-06-01 --until 2002-06-30"
    args = ["events", "--db", str(db), *filters.split(), "--country", "KOR", "--limit", "5"]
    args += ["--format", "plover", "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["event"] for line in out.read_text().splitlines()] == [["ASSAULT"]]


def test_db_cli_events_csv_uses_the_exporter(db: Path) -> None:
    _need_exporter()
    result = runner.invoke(app, ["events", "--db", str(db), "--recipient", "USA", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 3  # header + two events


def test_db_cli_events_unknown_actor_lists_known_codes(db: Path) -> None:
    before = _digest(db)
    result = runner.invoke(app, ["events", "--db", str(db), "--actor", "XYZ"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "parley: E624 actor XYZ: no events with this code; known codes: CHN, JPN, KOR, PRK, RUS, USA"
    )
    assert _digest(db) == before


def test_db_cli_events_empty_result_is_one_clear_line(db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--actor", "CHN", "--type", "ASSAULT"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == "parley: no events match these filters"


def test_db_cli_events_missing_and_corrupt_db(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["events", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 2
    assert "no such database" in missing.stderr
    assert not (tmp_path / "nope.duckdb").exists()
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"\x00garbage" * 100)
    corrupt = runner.invoke(app, ["events", "--db", str(bad)])
    assert corrupt.exit_code == 2
    assert len(corrupt.stderr.strip().splitlines()) == 1
    assert "not a DuckDB database" in corrupt.stderr
    assert bad.read_bytes() == b"\x00garbage" * 100


def test_db_cli_events_bad_date_is_a_usage_error(db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--since", "May 2002"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


# -- timeline, dyads, actor ---------------------------------------------------------------------
def test_db_cli_timeline_table_by_week(db: Path) -> None:
    result = runner.invoke(app, ["timeline", "usa", "PRK", "--db", str(db), "--by", "week"])
    assert result.exit_code == 0, result.output
    assert "USA – PRK per week" in result.stdout
    assert "2002-W21" in result.stdout and "2002-W42" in result.stdout
    assert "-3.00" in result.stdout


def test_db_cli_timeline_reports_events_with_coarse_dates(db: Path) -> None:
    result = runner.invoke(app, ["timeline", "CHN", "PRK", "--db", str(db)])
    assert result.exit_code == 0
    assert result.stderr.strip() == "parley: no dated events between CHN and PRK"


def test_db_cli_timeline_unknown_code(db: Path) -> None:
    result = runner.invoke(app, ["timeline", "PRK", "FRA", "--db", str(db)])
    assert result.exit_code == 2
    assert "parley: E624 partner FRA: no events with this code; known codes:" in result.stderr


def test_db_cli_dyads_tables(db: Path) -> None:
    result = runner.invoke(app, ["dyads", "--db", str(db), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "Dyads by events" in result.stdout
    assert "most conflictual" in result.stdout
    assert "PRK – USA" in result.stdout and "KOR – PRK" in result.stdout


def test_db_cli_dyads_empty_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    Store.open(path, write=True).close()
    result = runner.invoke(app, ["dyads", "--db", str(path)])
    assert result.exit_code == 0
    assert result.stderr.strip() == "parley: no dyads in this store"


def test_db_cli_actor_profile(db: Path) -> None:
    result = runner.invoke(app, ["actor", "PRK", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "PRK: 11 events" in result.stdout
    assert "Partners" in result.stdout and "Event types per month" in result.stdout
    assert "2002-05" in result.stdout
    unknown = runner.invoke(app, ["actor", "ZZZ", "--db", str(db)])
    assert unknown.exit_code == 2 and "parley: E624 actor ZZZ: no events with this code" in unknown.stderr


# -- plots -----------------------------------------------------------------------------------------
def test_db_cli_plot_timeline_and_network(db: Path, tmp_path: Path) -> None:
    png = tmp_path / "t.png"
    result = runner.invoke(app, ["plot", "timeline", "PRK", "USA", "--db", str(db), "-o", str(png), "--by", "week"])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:4] == b"\x89PNG"
    svg = tmp_path / "n.svg"
    result = runner.invoke(app, ["plot", "network", "--db", str(db), "-o", str(svg)])
    assert result.exit_code == 0, result.output
    assert "<svg" in svg.read_text()
    assert f"wrote {svg}" in result.stderr


def test_db_cli_plot_errors_are_one_line(db: Path, tmp_path: Path) -> None:
    bad_ext = runner.invoke(app, ["plot", "timeline", "PRK", "USA", "--db", str(db), "-o", str(tmp_path / "t.gif")])
    assert bad_ext.exit_code == 2 and "unknown figure format" in bad_ext.stderr
    empty = runner.invoke(app, ["plot", "timeline", "CHN", "PRK", "--db", str(db), "-o", str(tmp_path / "t.png")])
    assert empty.exit_code == 1 and "nothing to plot" in empty.stderr
    assert not (tmp_path / "t.png").exists()


# -- export ----------------------------------------------------------------------------------------
def test_db_cli_export_hands_every_event_to_the_exporter(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def write_events(events: Iterable[dict[str, Any]], fmt: str, out: Any) -> None:
        seen["events"], seen["fmt"], seen["out"] = list(events), fmt, out

    monkeypatch.setattr(_query, "_write_events", lambda: write_events)
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert seen["fmt"] == "parquet" and seen["out"] == out
    assert len(seen["events"]) == SAMPLE["events"]
    assert all({"id", "doc_id", "date", "event", "actor", "num_sources"} <= set(e) for e in seen["events"])
    assert f"{SAMPLE['events']} events written" in result.stderr


def test_db_cli_export_real_formats(db: Path, tmp_path: Path) -> None:
    _need_exporter()
    for fmt, name in (
        ("plover", "e.jsonl"),
        ("csv", "e.csv"),
        ("parquet", "e.parquet"),
        ("gdelt", "e.tsv"),
    ):
        out = tmp_path / name
        result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    assert len(lines) == SAMPLE["events"]


def test_db_cli_export_bad_format_and_missing_db(tmp_path: Path) -> None:
    bad = runner.invoke(app, ["export", "--db", str(tmp_path / "x.duckdb"), "--format", "xml", "-o", "x"])
    assert bad.exit_code == 2 and "--format must be one of" in bad.output
    missing = runner.invoke(app, ["export", "--db", str(tmp_path / "x.duckdb"), "-o", str(tmp_path / "x.jsonl")])
    assert missing.exit_code == 2 and "no such database" in missing.stderr
    assert not (tmp_path / "x.jsonl").exists()


def test_db_cli_upgrade_reports_versions_and_refuses_what_is_no_store(tmp_path: Path) -> None:
    path = build_store(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["upgrade", "--db", str(path)])
    assert result.exit_code == 0 and f"schema version {SCHEMA_VERSION}, already current" in result.stdout
    missing = runner.invoke(app, ["upgrade", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "parley: E402 " in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1 and not (tmp_path / "none.duckdb").exists()
