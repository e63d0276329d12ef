"""The benchmark's article generator: deterministic, 400-900 words, varied, readable by parley."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from _bench_setup import load_bench

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))  # the scripts import their helper modules beside them


@pytest.fixture(scope="module")
def generate():  # type: ignore[no-untyped-def]
    return load_bench("generate")


def test_same_seed_same_articles(generate) -> None:  # type: ignore[no-untyped-def]
    assert list(generate.generate(25, seed=7)) == list(generate.generate(25, seed=7))
    assert list(generate.generate(25, seed=7)) != list(generate.generate(25, seed=8))


def test_articles_are_400_to_900_words_and_varied(generate) -> None:  # type: ignore[no-untyped-def]
    articles = list(generate.generate(300))
    words = [len(a["text"].split()) for a in articles]
    assert min(words) >= generate.MIN_WORDS == 400
    assert max(words) <= generate.MAX_WORDS == 900
    assert len({a["id"] for a in articles}) == 300
    assert len({a["text"].split("\n\n")[1] for a in articles}) > 250  # distinct leads
    for a in articles:
        assert set(a) == {"id", "text", "published", "source", "source_country"}
        assert "{" not in a["text"] and "}" not in a["text"]  # every slot filled
        assert " -- " in a["text"].split("\n\n")[1]  # a wire dateline
        sentences = [s for p in a["text"].split("\n\n") for s in p.split(". ")]
        assert len(sentences) == len(set(sentences)), a["id"]  # no sentence twice in one article


def test_write_corpus_is_jsonl_parley_reads(generate, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from parley.read import ReadReport, iter_articles
    from parley.settings import Settings

    path = generate.write_corpus(tmp_path / "corpus.jsonl", 5)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [f"bench-{n:06d}" for n in range(5)]
    report = ReadReport()
    articles = list(iter_articles([path], Settings(), report=report))
    assert [a.id for a in articles] == [f"bench-{n:06d}" for n in range(5)]
    assert all(a.published is not None and a.source_country for a in articles)
