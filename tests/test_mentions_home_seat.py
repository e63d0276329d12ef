"""The story's home for a body's release datelined at its seat (mentions/_home.py ``story_home``)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _home(pipeline: Pipeline, text: str) -> str | None:
    article = Article(id="h", text=text, published=date(2001, 3, 5), source_country="GBR")
    (doc,) = list(pipeline.process([article]))
    return doc.home_country


def test_mentions_home_seat_named_in_passing_yields_to_the_state_most_named(pipeline: Pipeline) -> None:
    text = (
        "London, 5 March 2001 - Amnesty International condemns the arrest of two reporters in Kampala. "
        "The reporters were held in Kampala for two days. Ugandan officials said the reporters had broken "
        "the law. Amnesty has members in Britain and Uganda."
    )
    assert _home(pipeline, text) == "UGA"


def test_mentions_home_seat_named_as_often_as_any_state_stays_home(pipeline: Pipeline) -> None:
    text = (
        "London, 5 March 2001 - Amnesty International condemns the arrest of two reporters in Britain. "
        "British police also held a reporter from Uganda."
    )
    assert _home(pipeline, text) == "GBR"


def test_mentions_home_seat_dateline_of_a_meeting_city_is_no_home(pipeline: Pipeline) -> None:
    # a story filed from a city that seats international bodies is about the states meeting there
    text = (
        "GENEVA, March 5 (Wire) - Armenia and Azerbaijan exchanged twenty prisoners on Monday. "
        "Armenia said the Azerbaijani side had freed its soldiers, and Armenian officials thanked Azerbaijan."
    )
    assert _home(pipeline, text) == "ARM"


def test_mentions_home_seat_a_namesake_filed_from_another_state_is_home(pipeline: Pipeline) -> None:
    # "VIENNA, Virginia" files from an American town, not from the Austrian seat of bodies: the story's
    # home is the state its dateline names, as for any other town's dateline
    text = (
        "VIENNA, Virginia, March 5 (Wire) - Armenia and Azerbaijan exchanged twenty prisoners on Monday. "
        "Armenia said the Azerbaijani side had freed its soldiers, and Armenian officials thanked Azerbaijan."
    )
    assert _home(pipeline, text) == "USA"
