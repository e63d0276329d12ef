"""tools/check_drops.py: whether a dropped trigger row's type is in its sentence's asserted gold."""

from __future__ import annotations

import sys
from pathlib import Path

from parley.coder._corpus import Role, TrainingEvent, TrainingSentence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from _training_docs import _document  # noqa: E402
from check_drops import gold_at, verdict  # noqa: E402


def _gold(type_: str, modality: str = "asserted") -> TrainingEvent:
    return TrainingEvent("met", type_, None, modality, (Role("France", "FRA"),), (), None, None)


def test_tools_check_drops_verdict_reads_only_asserted_gold() -> None:
    row = {"type": "CONSULT", "gold": [("CONSULT", "asserted", "met")]}
    assert verdict(row) == "gold-has"
    assert verdict({**row, "gold": [("AGREE", "asserted", "signed")]}) == "gold-other"
    assert verdict({**row, "gold": [("CONSULT", "future", "will meet")]}) == "no-gold"
    assert verdict({**row, "gold": []}) == "no-gold"


def test_tools_check_drops_gold_at_finds_the_sentence_of_a_character() -> None:
    first = TrainingSentence(
        "t1-doc", 0, "wire", "2020-01-02", "FRA", "France and Chad met.", (_gold("CONSULT"),), None
    )
    second = TrainingSentence("t1-doc", 1, "wire", "2020-01-02", "FRA", "Chad will sign a deal.", (), None)
    train = _document("t1-doc", [first, second])
    text = "France and Chad met. Chad will sign a deal."
    assert gold_at(text, train, text.index("met")) == [("CONSULT", "asserted", "met")]
    assert gold_at(text, train, text.index("sign")) == []
