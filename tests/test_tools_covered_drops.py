"""tools/covered_drops.py: covered_by_verb drops counted by the covering verb's fate and the gold."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from covered_drops import summary  # noqa: E402


def test_tools_covered_drops_summary_counts_a_loss_only_where_gold_has_the_type_unpredicted() -> None:
    rows = [
        {"fate": "verb-checked:journey_describes", "type": "CONSULT", "gold": ["CONSULT"], "predicted": []},
        {"fate": "verb-event", "type": "CONSULT", "gold": ["CONSULT"], "predicted": ["CONSULT"]},
        {"fate": "verb-lost", "type": "ACCUSE", "gold": ["REJECT"], "predicted": []},
    ]
    counts = summary(rows)
    assert counts[("verb-checked", True, False)] == 1
    assert counts[("verb-event", True, True)] == 1
    assert counts[("verb-lost", False, False)] == 1
