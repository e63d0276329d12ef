"""Raise tests/floor.json to today's figures on the sets we develop on (dev, held-in, since stop 50
the validation set and since stop 52 the second validation set), for each coder; a figure that went
down keeps its old floor. The sealed, test and validation3 sets are never gated."""

from __future__ import annotations

import json
import math
from pathlib import Path

from parley.evaluate import evaluate
from parley.settings import CODERS, Settings

ROOT = Path(__file__).resolve().parent.parent
FLOOR = ROOT / "tests" / "floor.json"
KEYS = ("precision", "recall", "f1", "date_accuracy", "place_accuracy")
SETS = {
    "dev": ROOT.parent / "shared" / "gold" / "dev",
    "heldin": ROOT / "evaluation" / "heldin" / "gold",
    "validation": ROOT / "evaluation" / "validation" / "gold",
    "validation2": ROOT / "evaluation" / "validation2" / "gold",
}


def main() -> None:
    old = json.loads(FLOOR.read_text(encoding="utf-8")) if FLOOR.exists() else {}
    new: dict[str, dict[str, dict[str, float]]] = {}
    report: dict[str, dict[str, dict[str, float]]] = {}
    for coder in CODERS:
        for name, gold in SETS.items():
            figures = evaluate(gold, Settings(coder=coder)).as_dict()["overall"]
            before = old.get(coder, {}).get(name, {})
            # two decimals: a new match with an imperfect date must not trip the gate, a real regression does
            new.setdefault(coder, {})[name] = {
                k: max(before.get(k, 0.0), math.floor(figures[k] * 100) / 100) for k in KEYS
            }
            report.setdefault(coder, {})[name] = {k: figures[k] for k in KEYS}
    FLOOR.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"figures": report, "floor": new}, indent=2))


if __name__ == "__main__":
    main()
