"""Cross-article dedup figures on tests/fixtures/dedup: article pairs merged correctly, wrongly, missed.

Two articles are "merged" when the store holds an event that both mention.
"""

from __future__ import annotations

import itertools
import json
import tempfile
from pathlib import Path

import duckdb

from parley.pipeline import Pipeline
from parley.read import iter_articles
from parley.settings import Settings
from parley.store import Store, ingest

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dedup"


def measure(folder: Path = FIXTURE) -> dict[str, int]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    label = {a: name for name, ids in expected.items() if not name.startswith("_") for a in ids}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dedup.duckdb"
        settings = Settings()
        articles = iter_articles([folder / "articles"], settings, meta=folder / "articles" / "meta.jsonl")
        with Store.open(db, write=True) as store:
            ingest(Pipeline(settings).process(articles), store)
        con = duckdb.connect(str(db), read_only=True)
        rows = con.execute("SELECT event_id, list(DISTINCT article_id) FROM mentions GROUP BY event_id").fetchall()
        con.close()
    together = {frozenset(p) for _, ids in rows for p in itertools.combinations(sorted(ids), 2)}
    counts = {"merged_correctly": 0, "merged_wrongly": 0, "missed": 0, "kept_apart_correctly": 0}
    for a, b in itertools.combinations(sorted(label), 2):
        same, merged = label[a] == label[b], frozenset((a, b)) in together
        key = {(True, True): "merged_correctly", (True, False): "missed", (False, True): "merged_wrongly"}.get(
            (same, merged), "kept_apart_correctly"
        )
        counts[key] += 1
    return counts


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
