"""A bare title word before a name takes the country of the same noun told before with one."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _people(pipeline: Pipeline, text: str) -> dict[str, str]:
    article = Article(id="d", text=text, published=date(2018, 3, 21), source_country="GBR")
    (doc,) = list(pipeline.process([article]))
    return {m.text: m.entity.code for m in doc.actor_mentions if m.kind == "person"}


def test_mentions_told_title_deputy_takes_the_country_of_the_deputy_told_before(pipeline: Pipeline) -> None:
    text = (
        "Peru grants asylum to Venezuelan opposition deputy. Deputy Rafael Montiel entered the Peruvian "
        "ambassador's residence in Caracas. Peru said Montiel had asked for asylum."
    )
    people = _people(pipeline, text)
    assert people.get("Rafael Montiel") == "VEN"
    assert people.get("Montiel") == "VEN"


def test_mentions_told_title_without_an_earlier_noun_gives_nobody(pipeline: Pipeline) -> None:
    text = "Kenya protested. Deputy Rafael Montiel entered the Peruvian ambassador's residence in Caracas."
    assert "Rafael Montiel" not in _people(pipeline, text)
