"""A participle the parser reads as a noun ("a video showing tanks") leaves the object it describes as
a compound; ``notobj=`` rows still see that object (parley.events._participle_compound)."""

from __future__ import annotations

import pytest

from _events_setup import coded_types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_participle_compound_video_showing_tanks_is_no_release(pipeline: Pipeline) -> None:
    text = "Belarusian state TV released a video showing tanks loaded onto rail cars in Grodno."
    assert "RETREAT" not in coded_types(pipeline, text)


def test_participle_compound_released_prisoners_is_a_release(pipeline: Pipeline) -> None:
    text = "Belarus released two Polish prisoners held in Grodno on Friday."
    assert "RETREAT" in coded_types(pipeline, text)
