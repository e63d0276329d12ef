"""Civilian group nouns of data/sectors.tsv: landowners and market women who block a road are people
protesting, their country's, not nobody's."""

from __future__ import annotations

import pytest

from _events_setup import coded_events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_civil_group_sectors_landowners_blocking_a_road_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Vanuatu extended the runway. Angry landowners blocked the road to the airport with logs on Monday."
    assert ("PROTEST", ["VUT"], ["VUT"]) in coded_events(pipeline, story)


def test_civil_group_sectors_market_women_blocking_a_bridge_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Haiti shut its border market. Several hundred market women blocked the bridge on Friday."
    assert any(type_ == "PROTEST" and actors == ["HTI"] for type_, actors, _ in coded_events(pipeline, story))


def test_civil_group_sectors_nationalists_criticising_their_government_aim_at_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "Lithuanian nationalists accused the government in Vilnius of betraying the country."
    assert ("ACCUSE", ["LTU"], ["LTU"]) in coded_events(pipeline, story)


def test_civil_group_sectors_a_rights_group_in_the_singular_is_a_home_critic(pipeline) -> None:  # type: ignore[no-untyped-def]
    story = "A Thai labour rights group accused the Thai government of ignoring abuses of migrant workers."
    assert ("ACCUSE", ["THA"], ["THA"]) in coded_events(pipeline, story)
