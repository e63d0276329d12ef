"""Forces sent "to help" another (data/triggers.tsv send/deploy/dispatch rows with toclause=help): aid
given, not a show of force; forces sent with no such purpose stay a mobilisation."""

from __future__ import annotations

import pytest

from _events_setup import coded_types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_sent_to_help_police_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Poland sent two helicopters and a platoon of military police to help patrol the Lithuanian border."
    assert coded_types(pipeline, text) == ["AID"]


def test_events_sent_to_help_deployed_police_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana deployed 140 police officers to Liberia to help secure the elections."
    assert coded_types(pipeline, text) == ["AID"]


def test_events_sent_to_help_forces_sent_without_it_stay_mobilisation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Poland sent two helicopters and a platoon of military police to the Lithuanian border."
    assert coded_types(pipeline, text) == ["MOBILIZE"]
