"""tools/place_stages.py: which reader set each matched event's place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from place_stages import final_reader, staged_places, tally  # noqa: E402


def test_tools_place_stages_reader_kept_while_its_place_stands() -> None:
    placed = object()
    assert final_reader(placed, ("own", placed), "dateline") == "own"


def test_tools_place_stages_replaced_place_is_the_fallback() -> None:
    # a country the clause gave, then swapped for the dateline's town inside it
    assert final_reader(object(), ("clause", object()), "dateline") == "dateline"
    assert final_reader(object(), None, "stand-in") == "stand-in"
    assert final_reader(None, ("own", object()), "dateline") == "none"


def test_tools_place_stages_tally_counts_right_and_wrong_by_reader() -> None:
    rows = [
        {"reader": "own", "right": True},
        {"reader": "own", "right": False},
        {"reader": "stand-in", "right": False},
    ]
    assert tally(rows) == {"own": (1, 1), "stand-in": (0, 1)}


def test_tools_place_stages_refuses_report_only_sets() -> None:
    with pytest.raises(ValueError):
        staged_places(Path("evaluation/sealed/gold"), "rules")
