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
