"""A handover of the people just released, joined to their release ("released ... and handed them over"),
tells how the release was done: one RETREAT, no COOPERATE beside it (data/event_words.tsv handover_verb)."""

from __future__ import annotations

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


def test_events_release_handover_joined_handover_is_the_release(rules_pipeline: Pipeline) -> None:
    text = (
        "Sri Lanka released 43 Indian fishermen on Monday and handed them over to the Indian coast guard "
        "at the maritime boundary."
    )
    assert _types(rules_pipeline, text) == ["RETREAT"]


def test_events_release_handover_handover_of_others_is_its_own_act(rules_pipeline: Pipeline) -> None:
    text = "Kenyan police handed over three suspects wanted for robbery to Ugandan police on Monday."
    assert _types(rules_pipeline, text) == ["COOPERATE"]
