"""Unnamed actors of a story's own country read from words of their own: "the city" or "the state" as a
subject (a town's or a state's government), a bare "Treasury", civic associations and political parties;
each in an invented sentence under both coders, and a near one left alone."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley import Pipeline, Settings


@pytest.fixture(scope="module", params=["rules", "learned"])
def coder_pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline, pipeline: Pipeline) -> Pipeline:
    if request.param == "rules":
        return rules_pipeline
    return pipeline if pipeline.settings.coder == "learned" else Pipeline(Settings(coder="learned"))


def _actors(pipeline: Pipeline, text: str, type_: str, outlet: str) -> list[list[str]]:
    return [actors for actors, _ in roles_of_type(pipeline, text, type_, outlet=outlet)]


def test_events_local_seats_city_as_subject_is_its_government(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "OTARU, May 3 - The mayor said the city had asked the Russian consulate for a list of the crew."
    assert _actors(coder_pipeline, text, "REQUEST", "JPN") == [["JPN"]]


def test_events_local_seats_state_as_subject_is_its_government(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "KUCHING, May 3 - The deputy chief minister said the state welcomed the new ferry link with Brunei."
    assert _actors(coder_pipeline, text, "SUPPORT", "MYS") == [["MYS"]]


def test_events_local_seats_city_as_object_is_no_actor(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the place acted on, not a government acting: no "city" actor is made of it
    text = "OTARU, May 3 - Protesters asked the city to close the port to foreign warships."
    found = _actors(coder_pipeline, text, "REQUEST", "JPN")
    assert found and all(actors != [] for actors in found)  # the protesters' request, with its actor


def test_events_local_seats_bare_treasury_is_the_home_government(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "WASHINGTON, May 3 - Treasury alleges that the trading firm sent money to the armed group."
    assert _actors(coder_pipeline, text, "ACCUSE", "USA") == [["USA"]]


def test_events_local_seats_association_is_the_home_civil_society(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "HANOI, May 3 - The provincial farmers' association condemned the seizure of the boats."
    assert _actors(coder_pipeline, text, "ACCUSE", "VNM") == [["VNM"]]


def test_events_local_seats_political_parties_are_the_homes(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "COLOMBO, May 3 - Northern political parties welcomed the return of the farmland."
    assert _actors(coder_pipeline, text, "SUPPORT", "LKA") == [["LKA"]]
