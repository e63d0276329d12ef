"""A demand the story points back at ("granted the request", "nothing but their demands") is no new
request, for the rules coder; a demand that says what is asked stays a request."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types


def test_extras_owned_demand_drops_a_possessed_request_under_a_preposition(rules_pipeline: Any) -> None:
    text = "The foreign minister of Peru will announce a decision on the Bolivian envoy's visa request on Friday."
    assert "REQUEST" not in coded_types(rules_pipeline, text)


def test_extras_owned_demand_drops_owned_demands_pointed_back_at(rules_pipeline: Any) -> None:
    text = '"We listened for weeks, and Hanoi gave us nothing but its demands," the Laotian minister said.'
    assert "REQUEST" not in coded_types(rules_pipeline, text)


def test_extras_owned_demand_keeps_a_demand_that_says_what_is_asked(rules_pipeline: Any) -> None:
    text = "Vilnius repeated its demand that Minsk close the plant."
    assert "REQUEST" in coded_types(rules_pipeline, text)


def test_extras_owned_demand_keeps_a_demand_for_a_thing(rules_pipeline: Any) -> None:
    text = "Vilnius repeated its demand for compensation on Monday."
    assert "REQUEST" in coded_types(rules_pipeline, text)


def test_extras_owned_demand_keeps_a_renewed_demand_whose_clause_follows_a_date(rules_pipeline: Any) -> None:
    text = "Hanoi renewed its demand last Thursday that Vientiane close the dam."
    assert "REQUEST" in coded_types(rules_pipeline, text)


def test_extras_owned_demand_keeps_a_reiterated_request_to_its_addressee(rules_pipeline: Any) -> None:
    text = "The ministry reiterates its request to the Laotian authorities to hand over the smugglers."
    assert "REQUEST" in coded_types(rules_pipeline, text)
