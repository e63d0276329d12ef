"""parley.evaluate.matched_gold: the scorer's greedy matching, prediction by prediction."""

from __future__ import annotations

from typing import Any

from parley.evaluate import GoldEvent, matched_gold
from parley.evaluate._gold import Reading


def _event(evidence: str) -> GoldEvent:
    reading = Reading("SANCTION", frozenset({"NRL"}), frozenset({"SDM"}), False)
    return GoldEvent("e", (reading,), None, None, True, evidence)


def _pred(text: str, actor: str = "NRL") -> dict[str, Any]:
    return {"event": ["SANCTION"], "actor": [{"code": actor}], "recipient": [{"code": "SDM"}], "text": text}


def test_evaluate_matched_gold_takes_each_gold_event_once() -> None:
    gold = [_event("Norland froze the assets of Sudmark's bank.")]
    preds = [_pred("Norland froze the assets of Sudmark's bank."), _pred("Norland froze more assets.")]
    assert matched_gold(gold, preds) == [0, None]


def test_evaluate_matched_gold_prefers_the_event_its_sentence_proves() -> None:
    gold = [_event("Norland banned Sudmark's ships in May."), _event("Norland cut Sudmark's quota on Friday.")]
    preds = [_pred("Norland cut Sudmark's quota on Friday."), _pred("A wrong pair.", actor="XYZ")]
    assert matched_gold(gold, preds) == [1, None]
