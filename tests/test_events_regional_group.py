"""A region's ministers or leaders speak as the region's body (parley.events._regional_group)."""

from __future__ import annotations

from _events_setup import coded_events
from parley.pipeline import Pipeline


def test_events_regional_group_ministers_are_the_regional_body(rules_pipeline: Pipeline) -> None:
    text = "Southeast Asian foreign ministers on Friday called on Myanmar to free the detained journalists."
    assert [e[1:] for e in coded_events(rules_pipeline, text) if e[0] == "REQUEST"] == [(["IGO"], ["MMR"])]


def test_events_regional_group_leaders_under_the_learned_coder(pipeline: Pipeline) -> None:
    text = "Caribbean leaders urged Washington to slow the deportations."
    assert [e[1] for e in coded_events(pipeline, text) if e[0] == "REQUEST"] == [["IGO"]]


def test_events_regional_group_counted_ministers_are_the_storys_own(rules_pipeline: Pipeline) -> None:
    text = "The Fijian and Tongan ministers met in Suva. The two ministers called on Australia to fund the patrols."
    assert all("IGO" not in e[1] for e in coded_events(rules_pipeline, text))
