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
        "Turkey closed two Kurdish newspapers on Friday.\n\n"
        "Crowds demonstrated at Turkish consulates in Hamburg and Rotterdam on Saturday."
    )
    roles = roles_of_type(pipeline, story, "PROTEST")
    assert (sorted(roles[-1][0]), roles[-1][1]) == (["DEU", "NLD"], ["TUR"])


def test_events_crowd_mission_no_town_is_not_the_missions_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = (
        "Ghana ordered the Dutch ambassador to leave on Tuesday, and The Hague sent Ghana's envoy home.\n\n"
        "Last spring a large crowd picketed the Dutch embassy for a week because the Netherlands had "
        "sheltered a fugitive banker."
    )
    roles = roles_of_type(pipeline, story, "PROTEST")
    assert roles[-1] == (["GHA"], ["NLD"])


def test_events_crowd_mission_named_crowd_keeps_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Several hundred Paraguayan students marched to the Brazilian embassy in Buenos Aires."
    assert [actors for actors, _ in roles_of_type(pipeline, story, "PROTEST")] == [["PRY"]]
