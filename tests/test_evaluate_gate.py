"""The gold-set gate: the development sets' figures may not drop below the recorded floor
(tests/floor.json), for each coder: the dev set (``../shared/gold/dev``), the held-in set
(``evaluation/heldin``) and the two validation sets (``evaluation/validation``, 39 articles, and
``evaluation/validation2``, 38 articles, read to develop on from stop 52: slow tests, run in CI). The
sealed, test and validation3 sets are never gated: they are only reported.

Raise the floor with ``python tools/raise_floor.py`` after an improvement; it never lowers it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.evaluate import evaluate
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FLOOR = Path(__file__).resolve().parent / "floor.json"


def _check(coder: str, name: str, gold: Path) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))[coder][name]
    figures = evaluate(gold, Settings(coder=coder)).as_dict()["overall"]
    below = {k: (figures[k], v) for k, v in floor.items() if figures[k] + 1e-9 < v}
    assert not below, f"{coder} coder, {name} figures dropped below the floor (now, floor): {below}"


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_evaluate_gate_dev_set_not_below_floor(shared: Path, coder: str) -> None:
    _check(coder, "dev", shared / "gold" / "dev")


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_evaluate_gate_heldin_set_not_below_floor(coder: str) -> None:
    _check(coder, "heldin", ROOT / "evaluation" / "heldin" / "gold")


@pytest.mark.slow
@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_evaluate_gate_validation_set_not_below_floor(coder: str) -> None:
    _check(coder, "validation", ROOT / "evaluation" / "validation" / "gold")


@pytest.mark.slow
@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_evaluate_gate_validation2_set_not_below_floor(coder: str) -> None:
    _check(coder, "validation2", ROOT / "evaluation" / "validation2" / "gold")
