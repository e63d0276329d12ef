"""tools/place_stages.py: which reader set each matched event's place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from place_stages import final_reader, own_sentence, staged_places, tally, wrong_by_sentence  # noqa: E402


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


def test_tools_place_stages_own_sentence_ignores_spacing_and_case() -> None:
    text = "Border guards in Tarvo  turned back a convoy of lorries on Monday."
    assert own_sentence("turned back a convoy", text)
    assert own_sentence("Border Guards in Tarvo turned", text)
    assert not own_sentence("the convoy later crossed at Velm", text)


def test_tools_place_stages_wrong_places_split_by_sentence() -> None:
    text = "Gunners shelled the depot at Marl at dawn."
    rows = [
        {"right": False, "gold": "Marl", "gold_text": "shelled the depot", "text": text},
        {"right": False, "gold": "Senna", "gold_text": "shelled the depot", "text": text},
        {"right": False, "gold": "Orvik", "gold_text": "met in Orvik", "text": text},
        {"right": True, "gold": "Orvik", "gold_text": "met in Orvik", "text": text},
    ]
    assert wrong_by_sentence(rows) == {
        "elsewhere": 1,
        "own sentence, place unnamed": 1,
        "own sentence, place named": 1,
    }
