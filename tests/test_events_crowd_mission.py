"""Crowds protesting at a state's embassy or consulate (parley.events._crowd_mission): of the place the
mission stands in, or, with no town named, not of the mission's own state."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_crowd_mission_consulates_in_towns_of_several_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = (
        "Protesters burned tyres in Dili after Indonesia annexed the island.\n\n"
        "Hundreds of protesters marched on Indonesian consulates in Toronto and Melbourne on Sunday."
    )
    roles = roles_of_type(pipeline, story, "PROTEST")
    assert (sorted(roles[-1][0]), roles[-1][1]) == (["AUS", "CAN"], ["IDN"])


def test_events_crowd_mission_no_town_is_not_the_missions_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = (
        "Bolivia expelled the American ambassador on Wednesday, and Washington expelled Bolivia's envoy.\n\n"
        "In June, thousands of demonstrators besieged the American embassy after the United States "
        "granted asylum to a former minister."
    )
    roles = roles_of_type(pipeline, story, "PROTEST")
    assert roles[-1] == (["BOL"], ["USA"])


def test_events_crowd_mission_named_crowd_keeps_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Several hundred Paraguayan students marched to the Brazilian embassy in Buenos Aires."
    assert [actors for actors, _ in roles_of_type(pipeline, story, "PROTEST")] == [["PRY"]]
