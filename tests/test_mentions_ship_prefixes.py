"""A warship named with its navy's hull prefix ("the USS Carter Hall", "HMS Tamar") acts for that navy's
state (bodies.tsv lists the prefixes as the navies' aliases)."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_mentions_ship_prefixes_us_ship_sailing_with_aid_is_american(pipeline: Pipeline) -> None:
    text = "The USS Carter Hall is diverting to Jamaica with three heavy-lift helicopters to ferry supplies."
    assert [actors for actors, _ in roles_of_type(pipeline, text, "AID")] == [["USA"]]


def test_mentions_ship_prefixes_british_ship_sent_to_sea_is_british(pipeline: Pipeline) -> None:
    text = "HMS Enterprise fired warning shots at a trawler off the coast of Sierra Leone on Monday."
    assert [actors for actors, _ in roles_of_type(pipeline, text, "ASSAULT")] == [["GBR"]]


def test_mentions_ship_prefixes_prefix_alone_in_lower_case_is_no_navy(pipeline: Pipeline) -> None:
    text = "Ghana's navy fired warning shots at a trawler whose hms markings had been painted over."
    assert [actors for actors, _ in roles_of_type(pipeline, text, "ASSAULT")] == [["GHA"]]
