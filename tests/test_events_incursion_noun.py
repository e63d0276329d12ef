"""The noun "incursion" on its own names no attack: training gold codes no ASSAULT at it in any of
its 14 sentences (threats over "any incursion", apologies for one, border crossings by aircraft);
"launched an incursion into" is still an attack by the verb's row."""

from __future__ import annotations

import pytest

from _events_setup import coded_types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_incursion_noun_helicopters_crossing_is_no_attack(pipeline: Pipeline) -> None:
    text = "Lithuania reported a 12-minute incursion by two Belarusian military helicopters on Sunday evening."
    assert "ASSAULT" not in coded_types(pipeline, text)


def test_incursion_noun_launched_incursion_is_an_attack(pipeline: Pipeline) -> None:
    text = "Turkish troops launched an incursion into northern Iraq on Monday."
    assert "ASSAULT" in coded_types(pipeline, text)


def test_incursion_noun_default_coder_no_attack(pipeline_default: Pipeline) -> None:
    text = "Lithuania reported a 12-minute incursion by two Belarusian military helicopters on Sunday evening."
    assert "ASSAULT" not in coded_types(pipeline_default, text)
