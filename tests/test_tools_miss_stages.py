"""tools/miss_stages.py: the stage a missed gold event was lost at, read in its sentence for its type."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from miss_stages import stage, staged_misses  # noqa: E402

from _tools_setup import assert_refuses_report_only  # noqa: E402

SENT = "Officials in Quito said the navy towed the trawler into port on Friday."
MISS = {"doc_id": "d1", "type": "COERCE", "evidence": "the navy towed  the trawler into port"}


def _seen(**rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {"kept": [], "ruled": [], "unmade": [], "drops": [], **rows}


def _row(type_: str = "COERCE", sent: str = SENT, **more: str) -> dict[str, Any]:
    return {"type": type_, "sent": sent, **more}


def test_tools_miss_stages_stage_prefers_a_prediction_of_the_type() -> None:
    seen = _seen(kept=[_row()], drops=[_row(why="negated")])
    assert stage(MISS, [_row()], seen) == "roles"
    assert stage(MISS, [_row("ACCUSE")], seen) == "lost-later"


def test_tools_miss_stages_stage_names_the_checks_that_turned_the_row_down() -> None:
    seen = _seen(drops=[_row(why="negated"), _row(why="covered_by_verb"), _row("AID", why="told_before")])
    assert stage(MISS, [], seen) == "covered_by_verb,negated"


def test_tools_miss_stages_stage_tells_a_veto_from_a_row_without_actor() -> None:
    assert stage(MISS, [], _seen(ruled=[_row()])) == "vetoed"
    assert stage(MISS, [], _seen(unmade=[_row()])) == "no-actor"
    other = "The coast guard of Peru escorted a fishing fleet home."
    assert stage(MISS, [], _seen(unmade=[_row(sent=other)])) == "no-row"


def test_tools_miss_stages_refuses_a_report_only_set(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        staged_misses(tmp_path / "evaluation" / "sealed" / "gold", "rules")


def test_tools_miss_stages_stage_finds_a_prediction_whose_evidence_was_cut() -> None:
    opening = "Speaking at length before a crowded hall of farmers, traders and envoys from the coastal provinces, " * 2
    long_sent = opening + "the governor said the militia seized the grain barges near the river mouth."
    miss = {"doc_id": "d1", "type": "SEIZE", "evidence": "the militia seized the grain barges"}
    cut = _row("SEIZE", long_sent[:200])
    seen = _seen(kept=[_row("SEIZE", long_sent)])
    assert stage(miss, [cut], seen) == "roles"
    assert stage(miss, [_row("SEIZE", "Rebels seized a ferry.")], seen) == "lost-later"


def test_tools_miss_stages_refuses_a_report_only_set_as_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import miss_stages

    runs = ([str(tmp_path / "evaluation" / "sealed" / "gold"), "--coder", "learned"],)
    assert_refuses_report_only(monkeypatch, miss_stages, ("staged_misses",), runs)
