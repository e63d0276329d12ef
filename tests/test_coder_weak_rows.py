"""Weak rows of the rules' lexicon (``data/coder/weak_rows.tsv``, ``[decide] weak_bar``): the rules'
readings (lemma + type) the training gold seldom confirms, which the model's sure NONE may drop."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from _coder_setup import pipeline_with_decide
from parley.coder import bundled_model_dir
from parley.coder._weak_rows import WeakRow, load_weak_rows, weak_rows, weak_rows_path, write_weak_rows
from parley.document import Article
from parley.pipeline import Pipeline


def test_weak_rows_keeps_rows_right_under_the_bar_read_often_enough() -> None:
    readings = [("talk", "CONSULT", k < 2) for k in range(6)]  # 2 of 6 right
    readings += [("meet", "CONSULT", k < 5) for k in range(6)]  # 5 of 6 right
    readings += [("warn", "THREATEN", False) for _ in range(4)]  # too few readings
    assert weak_rows(readings, min_count=5, below=0.5) == [WeakRow("talk", "CONSULT", 6, 2)]
    assert weak_rows(readings, min_count=4, below=0.5)[-1] == WeakRow("warn", "THREATEN", 4, 0)


def test_weak_rows_written_file_loads_as_lemma_type_pairs(tmp_path: Path) -> None:
    path = tmp_path / "weak.tsv"
    write_weak_rows(
        path, [WeakRow("talk", "CONSULT", 6, 2), WeakRow("drill", "MOBILIZE", 49, 2)], "made here\nfor a test"
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# made here\n# for a test\nlemma\ttype\t")
    assert "talk\tCONSULT\t6\t2\t0.333" in text
    assert load_weak_rows(path) == {("talk", "CONSULT"), ("drill", "MOBILIZE")}
    assert load_weak_rows(tmp_path / "missing.tsv") == frozenset()


def test_weak_rows_bundled_file_is_the_lexicons_weak_rows() -> None:
    rows = load_weak_rows(weak_rows_path())
    assert ("visit", "CONSULT") in rows and ("accuse", "ACCUSE") not in rows


def test_weak_rows_shipped_model_and_training_config_agree() -> None:
    from parley.coder import load_config

    shipped = json.loads((bundled_model_dir() / "model.json").read_text(encoding="utf-8"))["config"]["decide"]
    config = load_config(Path(__file__).resolve().parent.parent / "training" / "config.toml")["decide"]
    assert shipped.get("weak_bar", 1.01) == pytest.approx(config.get("weak_bar", 1.01))


@pytest.fixture(scope="module")
def weak_vetoed(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    """The bundled coder with every weak row vetoed (bar 0) and no other veto."""
    return pipeline_with_decide(tmp_path_factory.mktemp("coder"), veto_by_type={}, veto=1.01, weak_bar=0.0)


def test_weak_rows_events_stage_drops_only_the_weak_rows(weak_vetoed: Pipeline) -> None:
    text = "Ghana accused Togo of harbouring the rebels on Monday. The Ghanaian president visited Togo on Tuesday."
    (doc,) = list(weak_vetoed.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    found = {e.event for e in doc.events}
    assert "ACCUSE" in found and "CONSULT" not in found
