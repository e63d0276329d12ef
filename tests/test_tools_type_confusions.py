"""tools/type_confusions.py: a missed gold event and a false positive of another type in one sentence."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from type_confusions import confusions, main  # noqa: E402

from parley.evaluate import GoldDoc, GoldEvent  # noqa: E402
from parley.evaluate._gold import Reading  # noqa: E402

LINE = "The council of Norland vowed on Friday to pull its rangers back from the Sudmark ridge."
OTHER = "Sudmark's harbour master welcomed three Norland tugboats on Saturday."


def _event(kind: str, actor: str, evidence: str) -> GoldEvent:
    reading = Reading(kind, frozenset({actor}), frozenset({"SDM"}), False)
    return GoldEvent("e1", (reading,), None, None, True, evidence)


def _pred(kind: str, actor: str, text: str) -> dict[str, Any]:
    return {"event": [kind], "actor": [{"code": actor}], "recipient": [{"code": "SDM"}], "text": text}


def _doc(*events: GoldEvent) -> GoldDoc:
    return GoldDoc("d1", Path("d1.txt"), date(2021, 3, 6), None, None, list(events))


def test_tools_type_confusions_pairs_a_miss_with_a_wrong_type_read_from_its_sentence() -> None:
    doc = _doc(_event("CONCEDE", "NRL", "vowed on Friday to pull its rangers back"))
    found = confusions(doc, [_pred("AGREE", "NRL", LINE), _pred("AGREE", "NRL", OTHER)])
    assert [(p["gold"], p["predicted"]) for p in found] == [("CONCEDE", "AGREE")]
    assert found[0]["sentence"].startswith("The council of Norland")


def test_tools_type_confusions_needs_a_shared_actor_unless_loose() -> None:
    doc = _doc(_event("CONCEDE", "NRL", "vowed on Friday to pull its rangers back"))
    preds = [_pred("ACCUSE", "SDM", LINE)]
    assert confusions(doc, preds) == []
    assert [p["predicted"] for p in confusions(doc, preds, loose=True)] == ["ACCUSE"]


def test_tools_type_confusions_skips_a_matched_gold_event() -> None:
    doc = _doc(_event("CONCEDE", "NRL", "vowed on Friday to pull its rangers back"))
    assert confusions(doc, [_pred("CONCEDE", "NRL", LINE), _pred("AGREE", "NRL", LINE)]) == []


def test_tools_type_confusions_main_refuses_a_report_only_set(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main([str(tmp_path / "evaluation" / "test" / "gold")])
