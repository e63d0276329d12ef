"""A titled official who names no state of their own is the state whose act they tell of."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _codes(pipeline: Pipeline, text: str, phrase: str) -> list[str]:
    article = Article(id="t", text=text, published=date(2018, 5, 3), source_country="BRA")
    (doc,) = list(pipeline.process([article]))
    return [m.entity.code for m in doc.actor_mentions if m.text == phrase]


_OPENING = "Gunmen attacked a Brazilian police base in Ponta Pora on Tuesday, killing two officers.\n\n"


def test_mentions_said_state_the_speaker_is_of_the_state_he_tells_of(pipeline: Pipeline) -> None:
    text = _OPENING + "Paraguay has shut the crossings, Interior Minister Carlos Benitez said."
    assert _codes(pipeline, text, "Carlos Benitez") == ["PRY"]


def test_mentions_said_state_no_state_subject_keeps_the_story_country(pipeline: Pipeline) -> None:
    text = _OPENING + "The crossings will stay shut, Interior Minister Carlos Benitez said."
    assert _codes(pipeline, text, "Carlos Benitez") == ["BRA"]
