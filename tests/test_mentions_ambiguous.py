"""Phrases that name more than one state ("Congo", "BDF"): the article's other states decide."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import mention_codes
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _codes(pipeline: Pipeline, text: str, phrase: str) -> list[str]:
    return mention_codes(pipeline, text, phrase, date(2019, 8, 27))


def test_mentions_ambiguous_congo_with_kinshasa_is_the_democratic_republic(pipeline: Pipeline) -> None:
    text = "Officials in Kinshasa and Goma met on Monday. Congo's health ministry rejected the criticism."
    assert _codes(pipeline, text, "Congo") == ["COD"]


def test_mentions_ambiguous_congo_with_brazzaville_is_the_republic(pipeline: Pipeline) -> None:
    text = "Officials in Brazzaville met on Monday. Congo's health ministry rejected the criticism."
    assert _codes(pipeline, text, "Congo") == ["COG"]


def test_mentions_ambiguous_acronym_follows_the_story_country(pipeline: Pipeline) -> None:
    text = "Botswana and Namibia signed a deal in Gaborone. The BDF will patrol the river with Botswana police."
    assert _codes(pipeline, text, "BDF") == ["BWA"]


def test_mentions_ambiguous_soviet_after_the_union_is_russia(pipeline: Pipeline) -> None:
    # after December 1991 the Soviet past is told of Russia, the state that continues the union
    text = "In the 1970s Soviet patrol boats regularly seized Turkish trawlers."
    assert _codes(pipeline, text, "Soviet") == ["RUS"]


def test_mentions_ambiguous_capital_namesake_in_a_named_state_is_no_capital(pipeline: Pipeline) -> None:
    # Lebanon has a Tripoli too: a story of Cyprus and Lebanon that never names Libya means Lebanon's
    text = (
        "Cyprus and Lebanon signed a health accord on Monday. "
        "Cyprus has sent two teams of doctors to hospitals in Tripoli, the Cypriot health ministry said."
    )
    assert _codes(pipeline, text, "Tripoli") == []


def test_mentions_ambiguous_capital_of_a_named_state_stays_the_capital(pipeline: Pipeline) -> None:
    # the story names Libya: Tripoli is its capital, though Lebanon (also named) has a namesake
    text = "Lebanon and Libya restored flights on Monday. Tripoli welcomed the decision."
    assert _codes(pipeline, text, "Tripoli") == ["LBY"]


def test_mentions_ambiguous_capital_without_a_named_namesake_stays_the_capital(pipeline: Pipeline) -> None:
    # Bangladesh is never named, and India's small Dhaka is no reason to doubt the capital
    text = "India's home secretary met officials in Dhaka on Monday and promised non-lethal weapons."
    assert _codes(pipeline, text, "Dhaka") == ["BGD"]


def test_mentions_ambiguous_demonym_opening_a_foreign_place_name_is_no_actor(pipeline: Pipeline) -> None:
    # the Somali Region is a province of Ethiopia: its first word names no Somalia there
    text = "Saudi Arabia shipped 15,000 tonnes of wheat to drought-hit areas of Somali Region last month."
    assert _codes(pipeline, text, "Somali") == []


def test_mentions_ambiguous_country_before_a_plain_noun_stays_the_country(pipeline: Pipeline) -> None:
    text = "Niger troops crossed into Mali on Monday."
    assert _codes(pipeline, text, "Niger") == ["NER"]


def test_mentions_ambiguous_body_short_name_follows_the_story_country(pipeline: Pipeline) -> None:
    manila = "Philippine troops clashed with rebels in Mindanao. The AFP said two soldiers were wounded."
    canberra = "Australia and Fiji signed a policing deal. The AFP thanked Fiji Police for its help."
    assert _codes(pipeline, manila, "The AFP") == ["PHL"]
    assert _codes(pipeline, canberra, "The AFP") == ["AUS"]
