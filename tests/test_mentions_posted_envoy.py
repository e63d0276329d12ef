"""An envoy whose title names no state serves the state named just before, not the story's own."""

from __future__ import annotations

from datetime import date

from _mentions_setup import person_codes
from parley.pipeline import Pipeline

_DAY = date(2011, 3, 9)


def test_mentions_posted_envoy_bare_title_takes_the_state_named_before(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, March 9 - Ghana's cabinet met on Tuesday over the seized trawlers.\n\n"
        "Lome reacted within hours. Ambassador Kodjo Amevor was called home for talks on Wednesday."
    )
    assert person_codes(pipeline, text, _DAY)["Kodjo Amevor"] == "TGO"


def test_mentions_posted_envoy_fronted_pronoun_title_takes_the_state_named_before(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, March 9 - Ghana's cabinet met on Tuesday over the seized trawlers.\n\n"
        "Togo has rejected every charge, and its ministers stayed silent. The expulsion on Monday of its "
        "ambassador, Robert Dossou, followed his refusal to apologise."
    )
    assert person_codes(pipeline, text, _DAY)["Robert Dossou"] == "TGO"


def test_mentions_posted_envoy_other_titles_keep_the_story_country(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, March 9 - Ghana's cabinet met on Tuesday over the seized trawlers.\n\n"
        "Lome reacted within hours. Spokesman Kwame Boateng said the boats would be returned."
    )
    assert person_codes(pipeline, text, _DAY)["Kwame Boateng"] == "GHA"


def test_mentions_posted_envoy_home_named_in_its_sentence_keeps_the_story_country(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, March 9 - Ghana's cabinet met on Tuesday over the seized trawlers.\n\n"
        "Lome has said nothing since. Speaking in Accra, Ambassador Kodjo Amevor said he would fly home."
    )
    assert person_codes(pipeline, text, _DAY)["Kodjo Amevor"] == "GHA"
