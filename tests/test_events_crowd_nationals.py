"""A crowd named by its people's plural (parley.events._crowd_nationals): "Georgians blocked the bridge"
is people protesting, not Georgia's closure; "the Russians seized the tanker" stays the state's act."""

from __future__ import annotations

import pytest

from _events_setup import coded_types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_crowd_nationals_displaced_people_blocking_a_bridge_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "About 1,500 Georgians displaced from Abkhazia blocked the Inguri bridge on Tuesday."
    types = coded_types(pipeline, story)
    assert "PROTEST" in types and "COERCE" not in types


def test_crowd_nationals_counted_crowd_barricading_a_road_protests(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Several hundred Bosnian Serbs barricaded the main road through Foca on Sunday."
    assert coded_types(pipeline, story) == ["PROTEST"]


def test_crowd_nationals_the_side_in_a_conflict_keeps_its_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "The Russians seized the tanker on Tuesday."
    assert coded_types(pipeline, story) == ["COERCE"]
