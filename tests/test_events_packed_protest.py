""" "pack" is a protest (PLOVER PROTEST, obstruct) only when demonstrators fill a place: the
triggers.tsv row asks an active verb whose subject is a crowd of protesters ("thousands of
demonstrators packed the square"), not "had packed their bags" or "the courtroom was packed"
(training gold: no PROTEST in any of its 8 sentences with the verb)."""

from __future__ import annotations

import pytest

from _events_setup import coded_types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_packed_protest_demonstrators_fill_a_square(pipeline: Pipeline) -> None:
    text = (
        "Thousands of demonstrators packed the square outside the Tbilisi parliament on Monday "
        "to oppose a new media law."
    )
    assert "PROTEST" in coded_types(pipeline, text)


def test_packed_protest_protesters_fill_a_road(pipeline: Pipeline) -> None:
    text = "Hundreds of Armenian protesters packed the road to the border crossing on Friday."
    assert "PROTEST" in coded_types(pipeline, text)


def test_packed_protest_packed_bags_is_none(pipeline: Pipeline) -> None:
    text = "Estonian volunteers said most of their men had packed their bags before Russia's message arrived."
    assert "PROTEST" not in coded_types(pipeline, text)


def test_packed_protest_passive_courtroom_is_none(pipeline: Pipeline) -> None:
    text = "The courtroom in Panama City was packed as the judge read the verdict against the Colombian crew."
    assert "PROTEST" not in coded_types(pipeline, text)


def test_packed_protest_default_coder_packed_bags_is_none(pipeline_default: Pipeline) -> None:
    text = "Estonian volunteers said most of their men had packed their bags before Russia's message arrived."
    assert "PROTEST" not in coded_types(pipeline_default, text)
