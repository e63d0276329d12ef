"""A threat whose deed falls on the actor's own people (parley.events._threatened_own): "the rebels said
they would storm their own capital" is aimed at their own state, not at the other state of the story."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline

_STORY = "Chad and Sudan closed their shared border after a week of raids. "


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_threatened_own_rebels_threaten_own_capital(pipeline: Pipeline) -> None:
    story = _STORY + "The Chadian rebels said they would storm N'Djamena within days."
    assert roles_of_type(pipeline, story, "THREATEN") == [(["TCD"], ["TCD"])]


def test_threatened_own_shared_nationality_word_is_told_apart_by_position(pipeline: Pipeline) -> None:
    story = _STORY + "The Chadian rebel front vowed to attack Chadian army bases."
    assert roles_of_type(pipeline, story, "THREATEN") == [(["TCD"], ["TCD"])]


def test_threatened_own_date_object_is_no_target(pipeline: Pipeline) -> None:
    story = _STORY + "Chad's president warned that the army would strike on Friday."
    assert roles_of_type(pipeline, story, "THREATEN") == [(["TCD"], ["SDN"])]


def test_threatened_own_army_doing_the_deed_is_the_means(pipeline: Pipeline) -> None:
    story = _STORY + "Chad's president warned that the Chadian army would respond firmly."
    assert roles_of_type(pipeline, story, "THREATEN") == [(["TCD"], ["SDN"])]


def test_threatened_own_possessor_is_no_target(pipeline: Pipeline) -> None:
    story = _STORY + "Chad's president warned that N'Djamena's reply would be considered and firm."
    assert roles_of_type(pipeline, story, "THREATEN") == [(["TCD"], ["SDN"])]
