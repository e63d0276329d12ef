"""parley.cli._train.weighted_rows: a corpus source's ``[data] weights`` copies its rows for the type
model, ``[data] no_roles`` keeps its rows from the role labeller, and two sources may not share a document."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from parley.cli._train import _load_sources, weighted_rows
from parley.errors import TrainingError


def test_cli_train_weighted_rows_repeats_a_weighted_source_and_keeps_it_from_the_roles() -> None:
    sentences = [
        SimpleNamespace(origin="training/batches/t1-wire-01.jsonl:3"),
        SimpleNamespace(origin="training/gold/validation.jsonl:2"),
    ]
    config = {
        "data": {
            "weights": {"training/gold/validation.jsonl": 3},
            "no_roles": ["training/gold/validation.jsonl"],
        }
    }
    typed, roles = weighted_rows(SimpleNamespace(sentences=sentences), config, [0, 1])
    assert typed == [0, 1, 1, 1] and roles == [0]
    assert weighted_rows(SimpleNamespace(sentences=sentences), {}, [0, 1]) == ([0, 1], [0, 1])


def test_cli_train_load_sources_rejects_a_document_id_in_two_sources(tmp_path: Path) -> None:
    row = {
        "doc": "d1", "n": 0, "style": "wire", "published": "2020-01-01", "source_country": "FRA",
        "text": "The talks ended.", "events": [], "negative": "no-event",
    }  # fmt: skip
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text("# a header\n" + json.dumps(row) + "\n", encoding="utf-8")
    config = {"data": {"corpus": [str(tmp_path / "a.jsonl")]}}
    assert [(s.doc, s.n) for s in _load_sources(config, None)] == [("d1", 0)]
    config = {"data": {"corpus": [str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]}}
    with pytest.raises(TrainingError, match="share a document id"):
        _load_sources(config, None)
