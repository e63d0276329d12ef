"""Ingesting documents: idempotent, one transaction per article, resumable after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from parley.analysis import events
from parley.document import Article
from parley.store import Ingester, IngestStats, Store, article_hash, ingest, ingest_document
from parley.store import _batch as batch_module
from parley.store import _ingest as ingest_module
from test_store_fixtures import SAMPLE, build_store, doc, ev, sample_documents

TESTS = Path(__file__).parent


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table, sorted, without the ingestion timestamps."""
    with Store.open(path) as store:
        out = {}
        for table in ("meta", "articles", "events", "event_actors", "mentions"):
            cols = [
                r["column_name"]
                for r in store.query(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                    [table],
                )
                if r["column_name"] != "ingested_at"
            ]
            rows = store.conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out


def test_store_ingest_twice_leaves_identical_tables(tmp_path: Path) -> None:
    path = build_store(tmp_path / "s.duckdb")
    before = _dump(path)
    stamps = Store.open(path).query("SELECT id, ingested_at FROM articles ORDER BY id")
    with Store.open(path, write=True) as store:
        stats = ingest(sample_documents(), store)
    assert stats.articles == 0
    assert stats.skipped == SAMPLE["articles"]
    assert _dump(path) == before
    assert Store.open(path).query("SELECT id, ingested_at FROM articles ORDER BY id") == stamps


def test_store_ingest_counts_mentions_articles_and_sources(tmp_path: Path) -> None:
    with Store.open(build_store(tmp_path / "s.duckdb")) as store:
        rows = store.query(
            "SELECT num_mentions, num_articles, num_sources, date, date_precision, resolved_place, "
            "first_published, last_published FROM events "
            "WHERE type = 'CONSULT' AND participants = 'PRK|RUS'"
        )
    assert len(rows) == 1
    row = rows[0]
    assert (row["num_mentions"], row["num_articles"], row["num_sources"]) == (3, 3, 3)
    assert str(row["date"]) == "2002-05-21" and row["date_precision"] == "day"
    assert row["resolved_place"] == "Moscow"
    assert (str(row["first_published"]), str(row["last_published"])) == ("2002-05-22", "2002-05-23")


def test_store_ingest_same_source_twice_counts_one_source(tmp_path: Path) -> None:
    docs = [
        doc("a", "2002-06-29", "Yonhap", ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29")),
        doc("b", "2002-06-30", "Yonhap", ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29")),
    ]
    with Store.open(tmp_path / "s.duckdb", write=True) as store:
        ingest(docs, store)
        row = store.query("SELECT num_mentions, num_articles, num_sources FROM events")
    assert row == [{"num_mentions": 2, "num_articles": 2, "num_sources": 1}]


def test_store_ingest_skips_known_articles_before_parsing(tmp_path: Path) -> None:
    path = build_store(tmp_path / "s.duckdb")
    with Store.open(path) as store:
        first = sample_documents()[0].article
        assert store.has_article(first.id, article_hash(first))
        changed = Article(id=first.id, text=first.text + " Updated.")
        assert not store.has_article(changed.id, article_hash(changed))
        assert store.known_ids()[first.id] == article_hash(first)


def test_store_ingest_changed_article_replaces_its_old_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path, write=True) as store:
        ingest([doc("a", "2002-05-22", "X", ev("ACCUSE", ["PRK"], ["USA"], "2002-05-22"))], store)
        ingest([doc("b", "2002-05-23", "Y", ev("ACCUSE", ["PRK"], ["USA"], "2002-05-22"))], store)
        new = doc("a", "2002-05-22", "X", ev("REJECT", ["PRK"], ["USA"], "2002-05-22"),
                  text="A corrected text.")  # fmt: skip
        stats = ingest([new], store)
        assert stats.replaced == 1
        events = store.query("SELECT type, num_articles, doc_id FROM events ORDER BY type")
        assert store.counts()["articles"] == 2
    # The ACCUSE event survives with b's report only; the REJECT event is new.
    assert events == [
        {"type": "ACCUSE", "num_articles": 1, "doc_id": "b"},
        {"type": "REJECT", "num_articles": 1, "doc_id": "a"},
    ]


def test_store_ingest_exception_mid_article_leaves_no_half_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.duckdb"
    real = batch_module.mention_rows
    calls = {"n": 0}

    def failing(*args: Any) -> list[list[Any]]:
        calls["n"] += 1
        rows = real(*args)
        if calls["n"] == 4:  # tass-0523: its first event is written, then it fails
            raise RuntimeError("disk on fire")
        return rows

    monkeypatch.setattr(batch_module, "mention_rows", failing)
    with Store.open(path, write=True) as store, pytest.raises(RuntimeError, match="disk on fire"):
        ingest(sample_documents(), store)
    with Store.open(path) as store:
        assert [r["id"] for r in store.query("SELECT id FROM articles ORDER BY id")] == [
            "kcna-0522",
            "xinhua-0522",
        ]
        assert store.query("SELECT DISTINCT article_id FROM mentions ORDER BY 1") == [
            {"article_id": "kcna-0522"},
            {"article_id": "xinhua-0522"},
        ]
    monkeypatch.setattr(batch_module, "mention_rows", real)
    with Store.open(path, write=True) as store:
        ingest(sample_documents(), store)
    assert _dump(path) == _dump(build_store(tmp_path / "clean.duckdb"))


_KILLER = """
import os, signal, sys
sys.path[:0] = [{tests!r}]
from parley.store import Store, ingest
from parley.store import _batch as m
from test_store_fixtures import sample_documents
real, n = m.mention_rows, [0]
def killing(*args):
    n[0] += 1
    rows = real(*args)
    if n[0] == {kill_at}:
        os.kill(os.getpid(), signal.SIGKILL)
    return rows
m.mention_rows = killing
store = Store.open({db!r}, write=True)
ingest(sample_documents(), store, commit_every={commit_every})
"""


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_store_ingest_killed_process_resumes_with_every_article_once(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    script = _KILLER.format(tests=str(TESTS), kill_at=9, db=str(path), commit_every=2)
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True)
    assert result.returncode == -9, result.stderr.decode()
    with Store.open(path, write=True) as store:
        stored_before = store.counts()["articles"]
        stats = ingest(sample_documents(), store)
    assert 0 < stored_before < SAMPLE["articles"]
    assert stats.skipped == stored_before
    assert stats.articles == SAMPLE["articles"] - stored_before
    with Store.open(path) as store:
        per_article = store.query("SELECT article_id, count(*) AS n FROM mentions GROUP BY 1")
        assert store.counts()["articles"] == SAMPLE["articles"]
    assert sum(r["n"] for r in per_article) == SAMPLE["mentions"]
    assert _dump(path) == _dump(build_store(tmp_path / "clean.duckdb"))


def test_store_ingest_refuses_read_only_store(tmp_path: Path) -> None:
    from parley.errors import StoreError

    path = build_store(tmp_path / "s.duckdb")
    with Store.open(path) as store, pytest.raises(StoreError, match="read-only"):
        ingest(sample_documents(), store)


def test_store_ingest_fills_quad_and_score_from_plover_tables(tmp_path: Path) -> None:
    with Store.open(build_store(tmp_path / "s.duckdb")) as store:
        rows = store.query(
            "SELECT type, mode, quad_code, event_scale FROM events "
            "WHERE type IN ('ASSAULT', 'AID', 'CONSULT') ORDER BY type, participants"
        )
    assert rows[0] == {"type": "AID", "mode": None, "quad_code": 2, "event_scale": 10.0}
    assert rows[1]["type"] == "ASSAULT" and rows[1]["quad_code"] == 4 and rows[1]["event_scale"] < -8
    assert {r["quad_code"] for r in rows if r["type"] == "CONSULT"} == {1}


def _tricky_stream() -> list[Any]:
    """The sample twice over, with an article repeated, one replaced and one failed inside the batch."""
    docs = sample_documents()
    again = sample_documents()
    changed = doc("kcna-0522", "2002-05-22", "KCNA", ev("REJECT", ["PRK"], ["USA"], "2002-05-22"), text="New text.")
    failed = doc("failed-1", "2002-05-22", "X", ev("ACCUSE", ["PRK"], ["USA"], "2002-05-22"))
    failed.warnings.append("extraction failed: boom")
    retried = doc("failed-1", "2002-05-22", "X", ev("ACCUSE", ["PRK"], ["USA"], "2002-05-22"))
    late = doc("late-0701", "2002-07-01", "AP", ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29"))
    return [*docs[:4], failed, again[1], changed, *docs[4:], retried, again[0], late, *again[5:]]


@pytest.mark.parametrize("commit_every", [2, 5, 64])
def test_store_ingest_batches_give_the_tables_of_one_transaction_per_article(tmp_path: Path, commit_every: int) -> None:
    one = tmp_path / "one.duckdb"
    with Store.open(one, write=True) as store:
        single = IngestStats()
        for document in _tricky_stream():
            ingest_document(store, document, single)
    batched = tmp_path / "batched.duckdb"
    with Store.open(batched, write=True) as store:
        stats = ingest(_tricky_stream(), store, commit_every=commit_every)
    assert stats == single
    assert stats.replaced == 2 and stats.skipped >= 2 and stats.events_merged > 0
    assert _dump(batched) == _dump(one)


def test_store_ingest_batch_sees_what_a_merge_changed(tmp_path: Path) -> None:
    """A merge makes a stored event's date precise: a later article of the same batch no longer matches it."""

    def stream() -> list[Any]:
        return [
            doc("a", "2002-05-22", "A", ev("CONSULT", ["PRK"], ["RUS"], "2002-05-21")),
            doc("b", "2002-05-06", "B", ev("CONSULT", ["PRK"], ["RUS"], "2002-05-03")),
        ]

    first = doc("m", "2002-05-30", "M", ev("CONSULT", ["PRK"], ["RUS"], "2002-05", precision="month"))
    dumps = []
    for commit_every in (1, 64):
        path = tmp_path / f"s{commit_every}.duckdb"
        with Store.open(path, write=True) as store:
            ingest([first], store)
            ingest(stream(), store, commit_every=commit_every)
            rows = store.query("SELECT date, num_articles FROM events ORDER BY date")
        dumps.append(_dump(path))
    assert [(str(r["date"]), r["num_articles"]) for r in rows] == [("2002-05-03", 1), ("2002-05-21", 2)]
    assert dumps[0] == dumps[1]


def test_store_ingest_ingester_sees_what_another_writer_changed(tmp_path: Path) -> None:
    """An ingester caches stored events' actors; a write through another ingester must not leave it stale."""

    def stream() -> list[Any]:
        return [
            doc("m", "2002-05-22", "M", ev("AGREE", ["PRK", "RUS"], [], "2002-05-21")),
            # a host named: the stored agreement becomes PRK -> RUS (no longer symmetric)
            doc("h", "2002-05-22", "H", ev("AGREE", ["PRK"], ["RUS"], "2002-05-21")),
            doc("r", "2002-05-23", "R", ev("AGREE", ["RUS"], ["PRK"], "2002-05-21")),
        ]

    one = tmp_path / "one.duckdb"
    with Store.open(one, write=True) as store:
        for document in stream():
            ingest_document(store, document)
    mixed = tmp_path / "mixed.duckdb"
    with Store.open(mixed, write=True) as store:
        first, host, reverse = stream()
        with Ingester(store, commit_every=1) as ingester:
            ingester.add(first)
            ingest_document(store, host)  # another writer on the same store
            ingester.add(reverse)
        rows = store.query("SELECT type, participants, num_articles FROM events ORDER BY num_articles")
    assert [r["num_articles"] for r in rows] == [1, 2]  # the reverse agreement is an event of its own
    assert _dump(mixed) == _dump(one)


def test_store_ingest_full_actor_cache_is_emptied_without_changing_the_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = tmp_path / "one.duckdb"
    with Store.open(one, write=True) as store:
        ingest(_tricky_stream(), store, commit_every=1)
    monkeypatch.setattr(batch_module.Sides, "LIMIT", 2)  # full all the time
    small = tmp_path / "small.duckdb"
    with Store.open(small, write=True) as store:
        ingest(_tricky_stream(), store, commit_every=3)
        ingest(
            sample_documents() + [doc("late-2", "2002-07-02", "AP", ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29"))],
            store,
        )
    with Store.open(one, write=True) as store:
        ingest(
            sample_documents() + [doc("late-2", "2002-07-02", "AP", ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29"))],
            store,
        )
    assert _dump(small) == _dump(one)


def test_store_ingest_article_the_store_refuses_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duckdb

    from parley.errors import StoreError

    docs = sample_documents()
    bad = docs[1].id
    real = ingest_module.Ingester._store

    def refusing(self: Any, conn: Any, doc: Any, queue: Any, n: int) -> bool:
        if doc.id == bad:
            self.current = doc.id  # as the real method does first
            raise duckdb.ConversionException("a value the store cannot hold")
        return bool(real(self, conn, doc, queue, n))

    monkeypatch.setattr(ingest_module.Ingester, "_store", refusing)
    path = tmp_path / "s.duckdb"
    with Store.open(path, write=True) as store:
        ingester = Ingester(store, commit_every=len(docs))
        with pytest.raises(StoreError) as caught:
            for d in docs:
                ingester.add(d)
        assert (
            caught.value.code == "E406"
            and bad in str(caught.value)
            and "other articles are stored" in str(caught.value)
        )
        stored = {r["id"] for r in store.query("SELECT id FROM articles")}
    assert stored == {d.id for d in docs} - {bad}


HE = '"He" stands for "Kim Jong Il" (the person named last)'


@pytest.mark.parametrize("commit_every", [1, 64])
def test_store_ingest_keeps_how_an_actor_was_resolved_through_a_merge(tmp_path: Path, commit_every: int) -> None:
    """``resolved_by`` is stored (NULL when empty), read back only when set, and kept when a later
    article's report of the event rewrites the stored event (a more precise date)."""
    first = ev("CONSULT", ["PRK", "CHN"], ["RUS"], "2002-05", precision="month")
    first.actors[0].resolved_by = HE
    first.actors[0].office = "Chairman"
    later = doc("b", "2002-05-22", "B", ev("CONSULT", ["PRK", "CHN"], ["RUS"], "2002-05-21"))
    with Store.open(tmp_path / "s.duckdb", write=True) as store:
        ingest([doc("a", "2002-05-30", "A", first), later], store, commit_every=commit_every)
        rows = store.query("SELECT event_id, role, code, office, resolved_by FROM event_actors ORDER BY role, position")
        (record,) = events(store)
    assert rows == [
        {"event_id": "a:e1", "role": "actor", "code": "PRK", "office": "Chairman", "resolved_by": HE},
        {"event_id": "a:e1", "role": "actor", "code": "CHN", "office": None, "resolved_by": None},
        {"event_id": "a:e1", "role": "recipient", "code": "RUS", "office": None, "resolved_by": None},
    ]
    assert (record["date"], record["num_articles"]) == ("2002-05-21", 2)  # merged, and the date rewritten
    assert record["actor"] == [
        {"code": "PRK", "sector": "GOV", "entity_text": "PRK", "office": "Chairman", "resolved_by": HE},
        {"code": "CHN", "sector": "GOV", "entity_text": "CHN"},
    ]
    assert record["recipient"] == [{"code": "RUS", "sector": "GOV", "entity_text": "RUS"}]


def test_store_ingest_bounds_duckdb_buffer_pool(tmp_path: Path) -> None:
    # DuckDB would keep every block the batches' lookups read, up to 80 % of the machine's memory
    with Store.open(tmp_path / "s.duckdb", write=True) as store:
        Ingester(store)
        limit = store.conn.execute("SELECT current_setting('memory_limit')").fetchone()
    assert limit is not None
    number, unit = limit[0].split()
    assert unit == "MiB" and float(number) <= 64


def test_store_malloc_arena_cap_is_the_writing_commands_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platform

    import parley.store
    from parley.cli._db import open_store
    from parley.store import _arenas

    calls: list[int] = []

    def counted() -> bool:
        calls.append(1)
        return True

    monkeypatch.setattr(parley.store, "limit_malloc_arenas", counted)
    Store.open(tmp_path / "s.duckdb", write=True).close()
    assert calls == []  # the library leaves the process's allocator alone
    open_store(tmp_path / "s.duckdb", write=True).close()
    assert calls == [1]  # a command that writes caps the arenas before DuckDB starts its threads
    open_store(tmp_path / "s.duckdb").close()
    assert calls == [1]  # one that reads does not
    on_glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert _arenas.limit_malloc_arenas() is on_glibc


def _with_ids(document: Any, *ids: str) -> Any:
    for event, event_id in zip(document.events, ids, strict=True):
        event.id = event_id
    return document


def test_store_ingest_wanted_id_taken_gets_the_next_free_variant(tmp_path: Path) -> None:
    first = _with_ids(
        doc(
            "a1",
            "2003-01-05",
            "Outlet A",
            ev("CONSULT", ["USA"], ["JPN"], "2003-01-04"),
            ev("AID", ["USA"], ["KOR"], "2003-01-03"),
        ),
        "talks",
        "talks",
    )
    with Store.open(tmp_path / "s.duckdb", write=True) as store:
        ingest([first], store)
        assert {r[0] for r in store.conn.execute("SELECT id FROM events").fetchall()} == {"talks", "talks~2"}
        # the plain id is free again while its variant stays
        store.conn.execute("DELETE FROM event_actors WHERE event_id = 'talks'")
        store.conn.execute("DELETE FROM events WHERE id = 'talks'")
        later = _with_ids(
            doc(
                "b1",
                "2004-06-05",
                "Outlet B",
                ev("THREATEN", ["RUS"], ["UKR"], "2004-06-04"),
                ev("ACCUSE", ["IRN"], ["ISR"], "2004-06-03"),
            ),
            "talks",
            "talks",
        )
        ingest([later], store, commit_every=1)
        ids = {r[0] for r in store.conn.execute("SELECT id FROM events").fetchall()}
    assert ids == {"talks", "talks~2", "talks~3"}


def test_store_ingest_stored_id_makes_a_later_article_take_a_variant(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb", write=True) as store:
        ingest(
            [_with_ids(doc("a1", "2003-01-05", "Outlet A", ev("CONSULT", ["USA"], ["JPN"], "2003-01-04")), "x")], store
        )
        ingest(
            [_with_ids(doc("b1", "2004-06-05", "Outlet B", ev("ACCUSE", ["IRN"], ["ISR"], "2004-06-03")), "x")], store
        )
        ingest([_with_ids(doc("c1", "2005-06-05", "Outlet C", ev("AID", ["GBR"], ["FRA"], "2005-06-03")), "x")], store)
        ids = sorted(r[0] for r in store.conn.execute("SELECT id FROM events").fetchall())
    assert ids == ["x", "x~2", "x~3"]
