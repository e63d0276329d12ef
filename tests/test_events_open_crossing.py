"""Opening a border crossing is no RETREAT (access): training gold codes none of the 6 sentences where
the row fired so (a new crossing built together is COOPERATE, one agreed or demanded is the agreement's
or the demand's content); opening a humanitarian corridor still is."""

from __future__ import annotations

import pytest

from _events_setup import coded_types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_open_crossing_new_road_crossing_is_no_retreat(pipeline: Pipeline) -> None:
    text = "Poland and Ukraine opened a new road crossing south of Hrubieszow on Friday."
    assert "RETREAT" not in coded_types(pipeline, text)


def test_open_crossing_corridor_is_a_retreat(pipeline: Pipeline) -> None:
    text = "Russia opened a humanitarian corridor for civilians leaving Mariupol on Sunday."
    assert "RETREAT" in coded_types(pipeline, text)
