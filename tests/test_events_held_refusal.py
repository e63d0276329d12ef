"""Refusals told as negated promises (``parley.events._held_refusal``): a refusal held until a
condition is met, and access withheld ("will not let the lorries into the port"), under both coders."""

from __future__ import annotations

import pytest

from _events_setup import coded_events
from parley.pipeline import Pipeline


def _chosen(coder: str, rules: Pipeline, learned: Pipeline) -> Pipeline:
    return rules if coder == "rules" else learned


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_held_refusal_until_a_condition_is_a_rejection_of_the_named_party(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    text = "Chad said it would not lift the tariff until Sudan withdrew its troops."
    found = coded_events(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert found == [("REJECT", ["TCD"], ["SDN"])]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_held_refusal_hostile_act_until_a_condition_stays_a_threat(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    text = "Chad said it would cut the power supply until Sudan withdrew its troops."
    found = coded_events(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert found == [("THREATEN", ["TCD"], ["SDN"])]


@pytest.mark.parametrize("coder", ["rules", "learned"])
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ghana said it would not allow the fishing boats into its waters.", "GHA"),
        ("Togo will not let the lorries into the port, the minister said.", "TGO"),
        ("Kenya said it would not allow the trucks to cross the border.", "KEN"),
    ],
)
def test_held_refusal_access_withheld_is_a_rejection(
    coder: str, text: str, actor: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    found = coded_events(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert [e[:2] for e in found] == [("REJECT", [actor])]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_held_refusal_access_not_given_in_the_past_is_no_event(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    found = coded_events(
        _chosen(coder, rules_pipeline, learned_pipeline), "Kenya did not allow the trucks into the country."
    )
    assert found == []
