"""Unnamed gunmen (parley.events._phrase_entities): a militant group of no state, unless they strike
foreigners in a country the sentence names."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_phrase_entities_gunmen_striking_foreigners_in_a_named_country_are_its_own(pipeline: Pipeline) -> None:
    text = "Gunmen abducted two Dominican road engineers near Hinche, in Haiti's Central Plateau, on Tuesday."
    assert ("ASSAULT", ["HTI"], ["DOM"]) in _events(pipeline, text)


def test_events_phrase_entities_gunmen_striking_the_place_s_own_men_stay_a_militant_group(pipeline: Pipeline) -> None:
    text = "Kenyan police said militants attacked a police camp near Mandera in Kenya on Monday."
    assert ("ASSAULT", ["IMG"], ["KEN"]) in _events(pipeline, text)
