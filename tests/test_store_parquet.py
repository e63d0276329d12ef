"""Events as Parquet (the Ray engine's output) and loading them into the store; no Ray needed."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

from parley.document import Entity, Event
from parley.errors import StoreError
from parley.store import EVENT_PARQUET_SCHEMA, Store, event_month, event_rows, events_table, ingest, load_parquet
from test_store_fixtures import build_store, doc, ev, sample_documents


def write_dataset(out: Path, docs: list[Any] | None = None, *, batch: int = 0) -> Path:
    """Parquet partitioned by month, as ``parley ingest --engine ray`` writes it."""
    docs = sample_documents() if docs is None else docs
    rows = [r for n, d in enumerate(docs) for r in event_rows(d, batch=batch, position=n)]
    pq.write_to_dataset(events_table(rows), out, partition_cols=["month"])
    return out


def dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every stored row but the articles' text and ingestion time (and articles without events)."""
    with Store.open(path) as store:
        return {
            "events": store.query("SELECT * FROM events ORDER BY id"),
            "actors": store.query("SELECT * FROM event_actors ORDER BY ALL"),
            "mentions": store.query("SELECT * FROM mentions ORDER BY ALL"),
            "articles": store.query(
                "SELECT * EXCLUDE (text, ingested_at) FROM articles WHERE n_events > 0 ORDER BY id"
            ),
        }


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_parquet_rows_are_plover_records_with_extras() -> None:
    docs = sample_documents()
    rows = event_rows(docs[0], batch=3, position=1)
    first = docs[0].events[0]
    assert len(rows) == 2
    plover = first.to_plover()
    assert {k: rows[0][k] for k in ("id", "doc_id", "date", "event", "mode", "actor", "recipient", "text")} == {
        k: plover[k] for k in ("id", "doc_id", "date", "event", "mode", "actor", "recipient", "text")
    }
    assert rows[0]["event_loc"]["resolved_place"] == "Moscow" and rows[0]["event_loc"]["feature_code"] == "PPLC"
    assert rows[0]["mentions"][0]["text"] == first.text
    assert rows[0]["month"] == "2002-05" and rows[0]["date_source"] == "explicit"
    assert (rows[0]["input_batch"], rows[0]["input_position"], rows[1]["event_index"]) == (3, 1, 1)
    assert rows[0]["article_source"] == "Xinhua" and rows[0]["article_events"] == 2
    assert len(rows[0]["article_hash"]) == 64
    assert events_table(rows).schema == EVENT_PARQUET_SCHEMA
    assert events_table([]).num_rows == 0


@pytest.mark.parametrize(
    ("day", "month"),
    [("2002-05-21", "2002-05"), ("2002-05-01", "2002-05"), ("2002", "2002-01"), (None, "unknown"), ("soon", "unknown")],
)
def test_store_parquet_month_of_an_event(day: str | None, month: str) -> None:
    assert event_month(Event(doc_id="d", event="CONSULT", actors=[Entity("RUS")], date=day)) == month


def test_store_parquet_load_gives_the_store_of_a_local_ingest(tmp_path: Path) -> None:
    source = write_dataset(tmp_path / "pq")
    assert sorted(p.name for p in source.iterdir())[0] == "month=2002-01"  # the year-precision AID event
    with Store.open(tmp_path / "loaded.duckdb", write=True) as store:
        stats = load_parquet(store, source)
    assert (stats.articles, stats.events_new, stats.events_merged, stats.skipped) == (11, 12, 4, 0)
    assert dump(tmp_path / "loaded.duckdb") == dump(build_store(tmp_path / "ingested.duckdb"))


def test_store_parquet_loading_twice_adds_nothing(tmp_path: Path) -> None:
    source = write_dataset(tmp_path / "pq")
    db = tmp_path / "s.duckdb"
    with Store.open(db, write=True) as store:
        load_parquet(store, source)
    before = _digest(db)
    seen: list[tuple[str, bool]] = []
    with Store.open(db, write=True) as store:
        stats = load_parquet(store, source, progress=lambda d, stored: seen.append((d.id, stored)))
    assert (stats.articles, stats.skipped, stats.events) == (0, 11, 0)
    assert len(seen) == 11 and not any(stored for _, stored in seen)
    assert _digest(db) == before


def test_store_parquet_load_skips_articles_ingested_locally(tmp_path: Path) -> None:
    db = build_store(tmp_path / "s.duckdb")
    with Store.open(db, write=True) as store:
        stats = load_parquet(store, write_dataset(tmp_path / "pq"))
    assert (stats.articles, stats.skipped) == (0, 11)


def test_store_parquet_load_stores_an_article_repeated_in_two_tasks_once(tmp_path: Path) -> None:
    one = doc("a-1", "2021-03-01", "Wire", ev("CONSULT", ["RUS"], ["PRK"], "2021-03-01", text="They met."))
    again = doc("a-1", "2021-03-01", "Wire", ev("CONSULT", ["RUS"], ["PRK"], "2021-03-01", text="They met."))
    write_dataset(tmp_path / "pq", [one], batch=0)
    write_dataset(tmp_path / "pq", [again], batch=5)
    with Store.open(tmp_path / "s.duckdb", write=True) as store:
        stats = load_parquet(store, tmp_path / "pq")
        assert store.counts()["events"] == 1
    assert (stats.articles, stats.skipped) == (1, 1)


def test_store_parquet_load_keeps_the_input_hash(tmp_path: Path) -> None:
    docs = sample_documents()
    with Store.open(tmp_path / "s.duckdb", write=True) as store:
        load_parquet(store, write_dataset(tmp_path / "pq", docs))
        hashes = {r["id"]: r["text_hash"] for r in store.query("SELECT id, text_hash FROM articles")}
    assert hashes["xinhua-0522"] == hashlib.sha256(docs[0].article.text.encode()).hexdigest()


def test_store_parquet_load_refuses_what_is_not_an_events_dataset(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb", write=True) as store:
        with pytest.raises(StoreError) as missing:
            load_parquet(store, tmp_path / "nowhere")
        (tmp_path / "empty").mkdir()
        with pytest.raises(StoreError) as empty:
            load_parquet(store, tmp_path / "empty")
        other = tmp_path / "flat.parquet"
        duckdb.sql(f"COPY (SELECT 1 AS id, 'x' AS event) TO '{other}' (FORMAT parquet)")
        with pytest.raises(StoreError) as flat:
            load_parquet(store, other)
        assert store.counts()["articles"] == 0
    assert (missing.value.code, empty.value.code, flat.value.code) == ("E407", "E407", "E408")
    assert "missing columns" in str(flat.value)


def test_store_parquet_load_needs_a_writable_store(tmp_path: Path) -> None:
    db = build_store(tmp_path / "s.duckdb")
    with Store.open(db) as store, pytest.raises(StoreError) as info:
        load_parquet(store, write_dataset(tmp_path / "pq"))
    assert info.value.code == "E405"


def test_store_parquet_duckdb_queries_the_directory_directly(tmp_path: Path) -> None:
    source = write_dataset(tmp_path / "pq")
    relation = duckdb.sql(
        f"SELECT month, count(*) FROM read_parquet('{source}/**/*.parquet', hive_partitioning = true) "
        "WHERE list_contains(event, 'ASSAULT') GROUP BY month"
    )
    assert relation is not None and relation.fetchall() == [("2002-06", 2)]


def test_store_parquet_load_keeps_how_an_actor_was_resolved(tmp_path: Path) -> None:
    how = '"the kingdom" stands for "Saudi Arabia" (SAU, sentence 1)'

    def docs() -> list[Any]:
        event = ev("CONSULT", ["SAU"], ["USA"], "2019-03-04")
        event.recipients[0].resolved_by = how
        return [*sample_documents(), doc("sau", "2019-03-05", "Wire", event)]

    with Store.open(tmp_path / "loaded.duckdb", write=True) as store:
        load_parquet(store, write_dataset(tmp_path / "pq", docs()))
        rows = store.query("SELECT code, resolved_by FROM event_actors WHERE event_id = 'sau:e1' ORDER BY role")
    assert rows == [{"code": "SAU", "resolved_by": None}, {"code": "USA", "resolved_by": how}]
    with Store.open(tmp_path / "ingested.duckdb", write=True) as store:
        ingest(docs(), store)
    assert dump(tmp_path / "loaded.duckdb") == dump(tmp_path / "ingested.duckdb")
