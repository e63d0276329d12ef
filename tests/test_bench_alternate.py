"""The benchmark's alternated mode: both sides take the same articles and words, chunk by chunk, in turn."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from _bench_setup import load_bench

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))  # the scripts import their helper modules beside them


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = load_bench("generate").write_corpus(tmp_path_factory.mktemp("alternate") / "corpus.jsonl", 3)
    return path


def test_bench_alternate_splits_jsonl_in_input_order(corpus: Path, tmp_path: Path) -> None:
    alternate = load_bench("alternate")
    chunks = alternate.split_corpus(corpus, 2, tmp_path)
    assert [len(p.read_text().splitlines()) for p in chunks] == [2, 1]
    ids = [json.loads(line)["id"] for p in chunks for line in p.read_text().splitlines()]
    assert ids == [json.loads(line)["id"] for line in corpus.read_text().splitlines()]
    with pytest.raises(ValueError):
        alternate.split_corpus(tmp_path, 2, tmp_path)


def test_bench_alternate_both_sides_same_articles_and_words(corpus: Path) -> None:
    result = load_bench("alternate").work_alternate(corpus, 1, 8, chunk=2, coder="rules")
    words = sum(len(json.loads(line)["text"].split()) for line in corpus.read_text().splitlines())
    assert result["same_articles"] is True
    assert result["bare_articles"] == result["parley_articles"] == 3
    assert result["bare_words"] == result["parley_words"] == words
    assert [c["first"] for c in result["workers"][0]["chunks"]] == ["bare", "parley"]
    assert {"bare", "parley"} <= set(result["workers"][0]["chunks"][1])
    for key in ("bare_seconds", "parley_seconds", "bare_cpu_seconds", "parley_cpu_seconds", "ratio", "cpu_ratio",
                "bare_words_per_s", "parley_words_per_s", "events", "stored_events", "processes", "chunk"):  # fmt: skip
        assert key in result
    assert result["ratio"] > 0 and result["cpu_ratio"] > 0
    assert result["stored_events"] == result["events"] > 0
    assert "parser" in result["components"] and "EventFinder" in result["components"]
    json.dumps(result)  # the run's JSON file holds it as it is
