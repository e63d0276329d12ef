"""Breakaway and de facto states coded as the state they broke from (the training gold's convention:
"Tiraspol" MDA 11 of 11, "Abkhaz"/"Abkhazia" GEO 12 of 12, "Somaliland" SOM 9 of 9): their seats
("Tiraspol said ...") as actors, each in an invented sentence under both coders."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley import Pipeline, Settings


@pytest.fixture(scope="module", params=["rules", "learned"])
def coder_pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline, pipeline: Pipeline) -> Pipeline:
    if request.param == "rules":
        return rules_pipeline
    return pipeline if pipeline.settings.coder == "learned" else Pipeline(Settings(coder="learned"))


def test_events_breakaway_seats_seat_as_subject_is_parent_state(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Tiraspol accused Chisinau of blocking the bridge over the river."
    assert roles_of_type(coder_pipeline, text, "ACCUSE") == [(["MDA"], ["MDA"])]


def test_events_breakaway_seats_caucasus_seat_is_parent_state(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sukhumi rejected the proposal from Tbilisi to reopen the railway."
    assert roles_of_type(coder_pipeline, text, "REJECT") == [(["GEO"], ["GEO"])]


def test_events_breakaway_seats_de_facto_capital_is_parent_state(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Hargeisa rejected the agreement signed by Mogadishu."
    assert roles_of_type(coder_pipeline, text, "REJECT") == [(["SOM"], ["SOM"])]


def test_events_breakaway_seats_place_of_fighting_is_no_actor(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the seat named only as where troops fought does not take the attacker's or the target's place
    text = "Russian troops attacked Georgian positions near Sukhumi."
    assert roles_of_type(coder_pipeline, text, "ASSAULT") == [(["RUS"], ["GEO"])]
