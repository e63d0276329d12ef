"""Phrases that name more than one state ("Congo", "BDF"): the article's other states decide."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _codes(pipeline: Pipeline, text: str, phrase: str) -> list[str]:
    (doc,) = list(pipeline.process([Article(id="a", text=text, published=date(2019, 8, 27))]))
    return [m.entity.code for m in doc.actor_mentions if m.text == phrase]


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
