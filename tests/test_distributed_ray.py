"""The Ray engine gives the same events as the local pipeline (slow: starts a local Ray)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from parley.document import Article
from parley.errors import SettingsError
from parley.settings import Settings

ARTICLES = [
    Article(
        id="ray-1",
        text="MOSCOW, May 21 (Wire) -- Russian Foreign Minister Igor Ivanov met North Korean Foreign Minister "
        "Paek Nam-sun in Moscow on Tuesday to discuss security on the Korean peninsula.",
        published=date(2002, 5, 22),
        source_country="USA",
    ),
    Article(
        id="ray-2",
        text="France imposed sanctions on three Iranian banks on Monday over illegal arms sales. "
        "Iran condemned the sanctions and summoned the French ambassador.",
        published=date(2023, 3, 8),
    ),
    Article(
        id="ray-3",
        text="Kenya pledged 20 million dollars in humanitarian aid to Ethiopia on Friday after severe flooding.",
        published=date(2021, 11, 6),
    ),
]


def _records(docs: object) -> list[dict[str, object]]:
    out = [e.to_plover() for doc in docs for e in doc.events]  # type: ignore[attr-defined]
    return sorted(out, key=lambda r: json.dumps(r, sort_keys=True, default=str))


def test_missing_ray_is_a_clear_settings_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from parley.distributed import extract_on_ray

    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` fail
    with pytest.raises(SettingsError) as info:
        extract_on_ray([Path("nowhere")], Settings())
    assert info.value.code == "E610"
    assert "pip install" in str(info.value)


@pytest.mark.slow
def test_ray_gives_the_same_events_as_the_local_pipeline(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ray = pytest.importorskip("ray")
    from parley.distributed import extract_on_ray

    local = _records(pipeline.process(ARTICLES))
    assert local, "the local pipeline found no event in the test articles"
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(
        "".join(
            json.dumps(
                {
                    "id": a.id,
                    "text": a.text,
                    "published": a.published.isoformat() if a.published else None,
                    **({"source_country": a.source_country} if a.source_country else {}),
                }
            )
            + "\n"
            for a in ARTICLES
        ),  # fmt: skip
        encoding="utf-8",
    )
    ray.init(num_cpus=2, include_dashboard=False)
    try:
        docs = list(extract_on_ray([corpus], Settings(), batch_articles=2))
    finally:
        ray.shutdown()
    assert [d.id for d in docs] == [a.id for a in ARTICLES]
    assert _records(docs) == local


# -- the Ray Data engine (parley ingest --engine ray) ----------------------------------------------
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
_KEYS = (
    *("id", "doc_id", "event", "mode", "context", "actor", "recipient", "date", "date_precision", "event_loc"),
    *("quad_code", "event_scale", "cameo", "event_text", "text", "text_info", "modality", "mentions"),
)


def test_distributed_list_inputs_walks_folders_as_the_reader_does(tmp_path: Path) -> None:
    from parley.distributed import list_inputs

    corpus = tmp_path / "corpus"
    for name in ("b.txt", "a.html", "meta.jsonl", ".hidden.txt", "sub/c.txt.gz", ".git/d.txt"):
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text("x", encoding="utf-8")
    (tmp_path / "more.jsonl").write_text("{}\n", encoding="utf-8")
    files = list_inputs([corpus, str(tmp_path / "*.jsonl"), "missing.txt"])
    names = [Path(f).relative_to(tmp_path).as_posix() for f in files[:-1]]
    assert names == ["corpus/a.html", "corpus/b.txt", "corpus/sub/c.txt.gz", "more.jsonl"]
    assert all(Path(f).is_absolute() for f in files[:-1]) and files[-1] == "missing.txt"


def test_distributed_ray_refuses_stdin_and_a_used_output_directory(tmp_path: Path) -> None:
    from parley.distributed import list_inputs
    from parley.distributed._data import MARKER, _prepare_out

    with pytest.raises(SettingsError) as stdin:
        list_inputs(["corpus/", "-"])
    assert stdin.value.code == "E612"
    run = tmp_path / "run"
    (run / "month=2021-01").mkdir(parents=True)
    (run / MARKER).write_text("{}", encoding="utf-8")
    with pytest.raises(SettingsError) as used:
        _prepare_out(run, overwrite=False)
    assert used.value.code == "E613" and run.exists()
    _prepare_out(run, overwrite=True)  # an earlier run's output is replaced
    assert not run.exists()
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(SettingsError) as foreign:
        _prepare_out(tmp_path / "mine", overwrite=True)
    assert foreign.value.code == "E613" and (tmp_path / "mine" / "notes.txt").exists()


@pytest.fixture(scope="module")
def local_ray():  # type: ignore[no-untyped-def]
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    ray.init(num_cpus=2, include_dashboard=False)
    yield ray
    ray.shutdown()


@pytest.mark.slow
def test_distributed_ray_data_ingest_gives_the_local_events(local_ray, pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import duckdb
    from typer.testing import CliRunner

    from parley.cli import app
    from parley.read import iter_articles
    from parley.store import Store, ingest
    from test_store_parquet import dump

    out, ray_db, local_db = tmp_path / "events", tmp_path / "ray.duckdb", tmp_path / "local.duckdb"
    result = CliRunner().invoke(
        app, ["ingest", str(EXAMPLES), "--engine", "ray", "--out", str(out), "--db", str(ray_db)]
    )
    assert result.exit_code == 0, result.output
    assert "parley: read 8" in result.stderr and "8 articles stored" in result.stderr

    docs = list(pipeline.process(iter_articles([EXAMPLES], Settings())))
    local = sorted((e.to_plover() for d in docs for e in d.events), key=lambda r: r["id"])
    assert len(local) >= 8, "the local pipeline found too few events in the example articles"
    with Store.open(local_db, write=True) as store:
        ingest(docs, store)

    scan = f"read_parquet('{out}/**/*.parquet', hive_partitioning = true)"
    cursor = duckdb.connect().execute(f"SELECT * FROM {scan} ORDER BY id")
    names = [d[0] for d in cursor.description or []]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    for row in rows:  # the Parquet's extras (feature code, mention sentences) are not in the PLOVER record
        if row["event_loc"]:
            del row["event_loc"]["feature_code"]
        for mention in row["mentions"]:
            del mention["text"]
        for entity in row["actor"] + row["recipient"]:  # a PLOVER entity has an office only when known
            for key in ("office", "resolved_by"):  # ... and says how it was resolved only when it was
                if entity[key] is None:
                    del entity[key]
    assert [{k: r[k] for k in _KEYS} for r in rows] == [{k: r[k] for k in _KEYS} for r in local]
    assert {r["month"] for r in rows} == {r["date"][:7] for r in local if r["date"]}
    assert dump(ray_db) == dump(local_db)
