"""The chains stage: "the group", "the soldiers" standing for an earlier group with a country word."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article, Document
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _doc(pipeline: Pipeline, text: str) -> Document:
    (doc,) = list(pipeline.process([Article(id="g", text=text, published=date(2019, 6, 3))]))
    return doc


def _groups(doc: Document) -> dict[str, str]:
    return {m.text: m.entity.code for m in doc.actor_mentions if m.kind == "description" and m.evidence}


def test_chains_group_description_takes_the_country_of_the_earlier_group(pipeline: Pipeline) -> None:
    doc = _doc(
        pipeline,
        "A group of Syrian smugglers tried to cross the border on Tuesday. Jordanian soldiers opened fire. "
        "The group retreated after one of its members was killed.",
    )
    assert _groups(doc) == {"The group": "SYR"}  # Jordanian soldiers came later, but they are no group
    retreat = [e for e in doc.events if e.event == "RETREAT"]
    assert retreat and retreat[0].actor_codes == ["SYR"]


def test_chains_group_description_from_a_country_phrase_after_the_noun(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, "Troops from Chad entered the town on Monday. The troops withdrew two days later.")
    assert _groups(doc) == {"The troops": "TCD"}


def test_chains_group_description_stops_at_a_nearer_group_with_no_country(pipeline: Pipeline) -> None:
    doc = _doc(
        pipeline,
        "Turkish soldiers crossed the river on Monday. Some soldiers were seen near the village. "
        "The soldiers detained two farmers.",
    )
    assert "The soldiers" not in _groups(doc)


def test_chains_group_description_with_a_number_is_not_the_whole_group(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, "Kenyan fishermen sailed out on Monday. The two fishermen were arrested.")
    assert _groups(doc) == {}
