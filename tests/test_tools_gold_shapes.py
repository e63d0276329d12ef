"""tools/gold_shapes.py: how the gold codes the sentences that have a wording."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from parley.coder import TrainingSentence
from parley.coder._corpus import Role, TrainingEvent

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from gold_shapes import match_labels, tally  # noqa: E402


def _sentence(text: str, *events: tuple[str, str]) -> TrainingSentence:
    coded = tuple(
        TrainingEvent(trigger, kind, None, "asserted", (Role("Freedonia", "XXX"),), (), None, None)
        for trigger, kind in events
    )
    return TrainingSentence("t9-wire-01-001", 0, "wire", "2020-01-01", "XXX", text, coded, None)


PROMISED = re.compile(r"\b(agreed|pledged) to (withdraw|pull)\w*", re.IGNORECASE)


def test_tools_gold_shapes_label_is_the_overlapping_trigger_type() -> None:
    sentence = _sentence(
        "The army agreed to withdraw two posts and met the envoys.",
        ("agreed to withdraw", "RETREAT"),
        ("met", "CONSULT"),
    )
    assert match_labels(sentence, PROMISED) == [("agreed", "RETREAT", "agreed to withdraw")]


def test_tools_gold_shapes_match_without_gold_trigger_is_none() -> None:
    sentence = _sentence("The envoy said nobody had pledged to pull back, and met the press.", ("met", "CONSULT"))
    assert match_labels(sentence, PROMISED) == [("pledged", "none", "pledged to pull")]


def test_tools_gold_shapes_tally_by_wording() -> None:
    sentences = [
        _sentence("Ruritania agreed to withdraw its guards.", ("agreed to withdraw", "CONCEDE")),
        _sentence("Ruritania agreed to pull its boats back.", ("pull its boats back", "RETREAT")),
        _sentence("Ruritania pledged to withdraw the tariff.", ("pledged", "AGREE")),
    ]
    counts = tally(sentences, PROMISED)
    assert counts["agreed"] == {"CONCEDE": 1, "RETREAT": 1}
    assert counts["pledged"] == {"AGREE": 1}
