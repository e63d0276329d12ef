"""``[decide] veto_by_type``: the model's sure NONE drops the rules' reading of a word only for the
types named there (each with its own bar); the other types keep ``veto``. Scored in training as the
events stage decides."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from _coder_setup import pipeline_with_decide
from parley.coder import LABELS, MODALITIES, CoderModel, bundled_model_dir, load_config, score
from parley.coder._model import Classifier, Examples
from parley.coder._train import Featurised, type_vetoes, veto_bars
from parley.document import Article
from parley.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def test_type_vetoes_reads_the_bars_of_the_named_types() -> None:
    assert type_vetoes({"veto": 1.01}) == {}
    assert type_vetoes({"veto_by_type": {"CONSULT": 0.9, "AID": 1}}) == {"CONSULT": 0.9, "AID": 1.0}


def test_veto_bars_gives_each_example_the_bar_of_its_rules_type() -> None:
    consult, aid = LABELS.index("CONSULT"), LABELS.index("AID")
    bars = veto_bars({"veto": 0.99, "veto_by_type": {"CONSULT": 0.8}}, np.array([0, consult, aid]))
    assert bars.tolist() == pytest.approx([0.99, 0.8, 0.99])


def test_type_vetoes_hybrid_score_drops_only_the_named_type() -> None:
    config = load_config(ROOT / "training" / "config.toml")
    types = Classifier(LABELS, 8, 0)
    types.bias[0] = 5.0  # the model reads no event anywhere, P(NONE) about .91
    model = CoderModel(config=config, types=types, modality=Classifier(MODALITIES, 8, 0))
    x = Examples.build([[1], [2]], [np.zeros(0)] * 2, [0, 0])
    accuse, consult = LABELS.index("ACCUSE"), LABELS.index("CONSULT")
    data = Featurised(
        types=x, modality=x, sentence_of=np.array([0, 0]), token_of=np.array([0, 1]),
        gold=[{0: ("ACCUSE", "asserted")}], rule_of=np.array([accuse, consult]),
    )  # fmt: skip
    config["decide"]["veto"] = 1.01
    config["decide"]["veto_by_type"] = {"CONSULT": 0.8}  # the CONSULT word is dropped, the ACCUSE kept
    kept = score(model, data, hybrid=True)
    assert (kept.predicted, kept.right) == (1, 1)
    config["decide"]["veto_by_type"] = {}
    assert score(model, data, hybrid=True).predicted == 2


def test_type_vetoes_shipped_model_holds_the_training_config_table() -> None:
    # off since stop 50: the new validation set scored the per-type bars below no veto
    shipped = json.loads((bundled_model_dir() / "model.json").read_text(encoding="utf-8"))["config"]["decide"]
    config = load_config(ROOT / "training" / "config.toml")["decide"]
    assert type_vetoes(shipped) == type_vetoes(config) == {}


@pytest.fixture(scope="module")
def no_accuse(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    """The bundled coder with every rules' ACCUSE vetoed (bar 0) and no other veto."""
    return pipeline_with_decide(tmp_path_factory.mktemp("coder"), veto_by_type={"ACCUSE": 0.0})


def test_type_vetoes_events_stage_drops_the_vetoed_type_only(no_accuse: Pipeline) -> None:
    text = "Ghana accused Togo of harbouring the rebels on Monday. Ghana and Togo held talks in Accra on Tuesday."
    (doc,) = list(no_accuse.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    found = {e.event for e in doc.events}
    assert "ACCUSE" not in found and "CONSULT" in found
