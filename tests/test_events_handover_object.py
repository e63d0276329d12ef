"""The object handed says which act a handover is: captives given back are a release (RETREAT) even
where the learned model reads the bare "handed over" as cooperation; suspects stay a cooperation."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_events


def test_events_handover_object_captives_given_back(learned_pipeline: Any) -> None:
    text = "Kenyan police handed over 40 Somali fishermen held since March to Somali officials at the Liboi crossing."
    assert coded_events(learned_pipeline, text) == [("RETREAT", ["KEN"], ["SOM"])]


def test_events_handover_object_captured_soldiers(learned_pipeline: Any) -> None:
    text = "Ghana handed over 12 Togolese soldiers captured last week to Togo's ambassador in Accra."
    assert coded_events(learned_pipeline, text) == [("RETREAT", ["GHA"], ["TGO"])]


def test_events_handover_object_suspects_stay_cooperation(learned_pipeline: Any) -> None:
    assert coded_events(learned_pipeline, "Laos handed over five suspects to Thai police on Monday.") == [
        ("COOPERATE", ["LAO"], ["THA"])
    ]
