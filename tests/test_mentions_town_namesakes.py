"""A one-word name shared by an office holder and a town abroad: the holder, unless the story is the town's."""

from __future__ import annotations

from datetime import date

from _mentions_setup import person_codes
from parley.pipeline import Pipeline


def test_mentions_town_namesakes_office_holder_beats_a_town_abroad(pipeline: Pipeline) -> None:
    # Būsh is an Egyptian town of 136,000; the story names no Egypt, and George W. Bush is in office
    text = "Liberia's rebels said the Bush administration had turned down their plea for troops."
    assert person_codes(pipeline, text, date(2003, 8, 1)).get("Bush") == "USA"
    text = "Jacques Chirac met Bush at the Elysee on Tuesday, his office said."
    assert person_codes(pipeline, text, date(2002, 3, 5)).get("Bush") == "USA"


def test_mentions_town_namesakes_the_town_of_a_state_the_story_names_stays_a_place(pipeline: Pipeline) -> None:
    text = "Egyptian police in Bush detained twenty farmers after a land dispute, Cairo said."
    assert "Bush" not in person_codes(pipeline, text, date(2003, 8, 1))


def test_mentions_town_namesakes_a_region_stays_a_place(pipeline: Pipeline) -> None:
    # Sabah is a Malaysian state (a region), whatever Kuwait's emirs are called
    assert "Sabah" not in person_codes(pipeline, "A Sabah trader was detained at the port.", date(2015, 5, 1))
