"""tools/place_stages.py: which reader set each matched event's place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from place_stages import final_reader, names_place, staged_places, tally, wrong_by_sentence  # noqa: E402


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


def test_tools_place_stages_place_named_as_whole_words() -> None:
    text = "Border guards near Tarvo  Bay turned back lorries bound for Velmington."
    assert names_place("tarvo bay", text)
    assert names_place("Tarvo", text)
    assert not names_place("Velm", text)  # a part of another name names no place
    assert not names_place("", text)


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


def test_tools_place_stages_evidence_read_as_role_errors_reads_it() -> None:
    text = "The harbour board said any skiff past the buoys would be “turned back at once” — its pilots agreed."
    rows = [
        # straight quotes and a hyphen in the gold, curly ones and a dash in the parsed text: the same words
        {"right": False, "gold": "Osk", "gold_text": 'would be "turned back at once" - its pilots', "text": text},
        {"right": False, "gold": "Osk", "gold_text": "", "text": text},  # an empty evidence stands nowhere
    ]
    assert wrong_by_sentence(rows) == {
        "elsewhere": 1,
        "own sentence, place unnamed": 1,
        "own sentence, place named": 0,
    }
