"""Towns the parser takes for people after a group noun ("the miners of Satpayev"): places, no person."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _people(pipeline: Pipeline, text: str) -> dict[str, str]:
    article = Article(id="d", text=text, published=date(2015, 3, 2), source_country="GBR")
    (doc,) = list(pipeline.process([article]))
    return {m.text: str(m.entity.code) for m in doc.actor_mentions if m.kind == "person"}


def test_mentions_group_places_town_after_group_noun_is_no_person(pipeline: Pipeline) -> None:
    text = (
        "Armenia and Kazakhstan said the copper mines would stay open.\n\n"
        "The villagers of Akhtala say they will block the road again if the river turns grey.\n\n"
        "Underground, and refusing food: the copper miners of Satpayev have refused food for eleven days."
    )
    found = _people(pipeline, text)
    assert "Akhtala" not in found
    assert "Satpayev" not in found


def test_mentions_group_places_title_of_a_place_word_stays_an_office(pipeline: Pipeline) -> None:
    text = "Togo's government met on Monday. The President of the Republic has signed a decree granting a pardon."
    assert "Republic" in _people(pipeline, text)
