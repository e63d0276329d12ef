"""A name the parser tags as a person, listed by "and" with places alone, is another place."""

from __future__ import annotations

from datetime import date

from _mentions_setup import person_codes
from parley.mentions._locative import listed_with_places
from parley.pipeline import Pipeline


def test_mentions_listed_places_name_listed_with_towns_is_a_place(pipeline: Pipeline) -> None:
    text = "Militants said they would advance on Mosul and Tal Afar before the rains."
    sdoc = pipeline.nlp(text)
    town = next((e for e in sdoc.ents if e.text == "Tal Afar"), None)
    if town is not None and town.label_ == "PERSON":
        assert listed_with_places(town)
    assert "Tal Afar" not in person_codes(pipeline, text, date(2014, 6, 10))


def test_mentions_listed_places_person_beside_a_state_by_a_comma_stays_a_person(pipeline: Pipeline) -> None:
    text = "The president received the Minister of Foreign Affairs of Afghanistan, Zalmai Hakimi, on Monday."
    assert person_codes(pipeline, text, date(2023, 6, 13)).get("Zalmai Hakimi") == "AFG"


def test_mentions_listed_places_a_town_the_gazetteer_knows_places_its_partner(pipeline: Pipeline) -> None:
    # the parser tags both names as people; Sylhet is a town of the gazetteer, so Mongla is another place
    text = "Floods cut the roads to Sylhet and Mongla last week."
    gazetteer = pipeline.knowledge.gazetteer
    mongla = next(e for e in pipeline.nlp(text).ents if e.text == "Mongla")
    assert not listed_with_places(mongla)
    assert listed_with_places(mongla, lambda span: gazetteer.lookup(span.text) is not None)
    assert "Mongla" not in person_codes(pipeline, text, date(2010, 7, 1))
