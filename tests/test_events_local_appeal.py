"""A local official's appeal to its own state (parley.events._recip_local_appeal): "the governor urged
Lima to ..." asks the official's own national government, not the other state of the story."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline

_STORY = "Peru and Bolivia reopened the Desaguadero bridge after a week of talks. "


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_local_appeal_governor_asks_own_capital(pipeline: Pipeline) -> None:
    story = _STORY + "Puno's governor urged Lima to keep the bridge open for traders."
    assert roles_of_type(pipeline, story, "REQUEST") == [(["PER"], ["PER"])]


def test_events_local_appeal_mayor_asks_central_government(pipeline: Pipeline) -> None:
    story = _STORY + "The mayor of Desaguadero asked the Peruvian government to send extra funds."
    assert roles_of_type(pipeline, story, "REQUEST") == [(["PER"], ["PER"])]


def test_events_local_appeal_minister_keeps_the_other_state(pipeline: Pipeline) -> None:
    story = _STORY + "Peru's foreign minister urged Bolivia to keep the bridge open for traders."
    assert roles_of_type(pipeline, story, "REQUEST") == [(["PER"], ["BOL"])]
