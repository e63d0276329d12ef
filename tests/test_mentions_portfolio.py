"""An office's portfolio ("Foreign Affairs" of "the Minister of Foreign Affairs") is no one's name:
its words do not find a later ministry of another state again as the first minister."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article, Document
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _doc(pipeline: Pipeline, text: str) -> Document:
    article = Article(id="d", text=text, published=date(2010, 5, 3), source_country="GBR")
    (doc,) = list(pipeline.process([article]))
    return doc


_TWO_MINISTRIES = (
    "The Minister of Foreign Affairs of Afghanistan met the Pakistani ambassador in Kabul on Monday.\n\n"
    "The Ministry of Foreign Affairs of Serbia condemned the attack on its embassy."
)


def test_portfolio_words_are_not_found_again_as_the_first_minister(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, _TWO_MINISTRIES)
    second = doc.text.index("The Ministry")
    later = [(m.text, m.entity.code) for m in doc.actor_mentions if m.kind == "person" and m.start >= second]
    assert later == []


def test_portfolio_first_minister_keeps_the_state_of_its_title(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, _TWO_MINISTRIES)
    people = {m.text: m.entity.code for m in doc.actor_mentions if m.kind == "person"}
    assert people.get("Foreign Affairs") == "AFG"


def test_portfolio_later_ministry_acts_for_the_state_its_title_names(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, _TWO_MINISTRIES)
    accusations = [e for e in doc.events if e.event == "ACCUSE"]
    assert [e.actor_codes for e in accusations] == [["SRB"]]


def test_portfolio_after_for_is_no_name_either(pipeline: Pipeline) -> None:
    doc = _doc(
        pipeline,
        "The Minister for Foreign Affairs of Australia met the Indonesian ambassador in Canberra.\n\n"
        "The Ministry for Foreign Affairs of Indonesia protested the detention of two fishermen.",
    )
    second = doc.text.index("The Ministry")
    assert not [m for m in doc.actor_mentions if m.kind == "person" and m.start >= second]
