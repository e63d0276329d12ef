"""tools/stolen_matches.py: a gold event taken by a prediction from another sentence."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from stolen_matches import main, thefts  # noqa: E402

from parley.evaluate import GoldDoc, GoldEvent  # noqa: E402
from parley.evaluate._gold import Reading  # noqa: E402

OLD = "Back in 1987 the coastguard of Norland impounded a trawler from Sudmark."
NEW = "Inspectors from Norland boarded a ferry from Sudmark at dawn on Tuesday."


def _event(evidence: str, when: str | None) -> GoldEvent:
    reading = Reading("COERCE", frozenset({"NRL"}), frozenset({"SDM"}), False)
    return GoldEvent("e1", (reading,), when, None, True, evidence)


def _pred(text: str, when: str) -> dict[str, Any]:
    return {"event": ["COERCE"], "actor": [{"code": "NRL"}], "recipient": [{"code": "SDM"}], "text": text, "date": when}


def _doc(*events: GoldEvent) -> GoldDoc:
    return GoldDoc("d1", Path("d1.txt"), date(2020, 5, 6), None, None, list(events))


def test_tools_stolen_matches_thefts_names_a_history_event_taken_by_a_story_prediction() -> None:
    doc = _doc(_event("the coastguard of Norland impounded a trawler", "1987"))
    found = thefts(doc, [_pred(NEW, "2020-05-05"), _pred(OLD, "1987-01-01")])
    assert [(t["kind"], t["gold_date"], t["thief_date"]) for t in found] == [("history", "1987", "2020-05-05")]
    assert found[0]["rightful"].startswith("Back in 1987")


def test_tools_stolen_matches_thefts_passes_a_match_read_in_its_own_sentence() -> None:
    doc = _doc(_event("Inspectors from Norland boarded a ferry", "2020-05-05"))
    assert thefts(doc, [_pred(NEW, "2020-05-05"), _pred(OLD, "1987-01-01")]) == []
    # without a prediction in the gold event's sentence there is nobody to steal from
    assert thefts(_doc(_event("a line no prediction quotes", "2020-05")), [_pred(NEW, "2020-05-05")]) == []


def test_tools_stolen_matches_main_refuses_a_report_only_set(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main([str(tmp_path / "evaluation" / "sealed" / "gold")])
