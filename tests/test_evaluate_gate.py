"""The gold-set gate: dev-set figures may not drop below the recorded floor (tests/floor.json).

Raise the floor with ``python tools/raise_floor.py`` after an improvement; it never lowers it.
"""

from __future__ import annotations

import json
from pathlib import Path

from parley.evaluate import evaluate
from parley.settings import Settings

FLOOR = Path(__file__).resolve().parent / "floor.json"


def test_evaluate_gate_dev_set_not_below_floor(shared: Path) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    figures = evaluate(shared / "gold" / "dev", Settings()).as_dict()["overall"]
    below = {k: (figures[k], v) for k, v in floor.items() if figures[k] + 1e-9 < v}
    assert not below, f"dev-set figures dropped below the floor (now, floor): {below}"
