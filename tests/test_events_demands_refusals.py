"""ACCUSE, REQUEST and REJECT wordings the rules once missed: an accusation told in a relative clause
whose "it" is the sentence's subject, a demand beside a protest that says who must act, leaving talks;
each with a near sentence that must stay as it was."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline

_LEAD = "Kenya and Uganda quarrelled again. "


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_relative_clause_it_is_the_sentence_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + "Kenya blacklisted a network of Ugandan firms it accused of smuggling oil."
    assert ("ACCUSE", ["KEN"], ["UGA"]) in _events(pipeline, text)


def test_events_relative_clause_in_past_perfect_tells_no_new_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + "Kenya agreed to drop the lawsuits it had brought against Uganda at the court."
    assert "ACCUSE" not in _types(pipeline, text)


def test_events_relative_clause_in_past_perfect_deploying_a_force_is_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + "Kenya pulled back the three gunboats it had sent to the disputed island."
    assert ("MOBILIZE", ["KEN"]) in [e[:2] for e in _events(pipeline, text)]


def test_events_relative_clause_in_past_perfect_holding_soldiers_is_no_new_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + "Kenya freed two Ugandan soldiers it had held since the spring."
    assert _types(pipeline, text) == ["RETREAT"]


def test_events_purpose_of_an_alleged_act_is_alleged_too(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        _LEAD + "Kenya says its operations are aimed at the Lord's Resistance Army, which it accuses of using"
        " Ugandan territory to attack Kenyan forces."
    )
    types = _types(pipeline, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_events_protest_demanding_that_another_act_is_also_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "About 150 Kyrgyz traders blocked the road on Monday, demanding that Uzbekistan reopen its side."
    assert ("REQUEST", ["KGZ"], ["UZB"]) in _events(pipeline, text)


def test_events_protest_demanding_a_thing_is_the_protest_alone(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Hundreds of Kyrgyz herders blocked the road on Monday, demanding compensation from Uzbekistan."
    types = _types(pipeline, text)
    assert "PROTEST" in types and "REQUEST" not in types


def test_events_pulling_out_of_talks_is_a_refusal_to_meet(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Venezuela has also pulled out of talks with Trinidad on the cross-border Dragon gas field."
    assert "REJECT" in _types(pipeline, text)


def test_events_walking_out_of_a_meeting_is_a_refusal_to_meet(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Burundi's delegation walked out of a meeting with Rwandan officials in Arusha on Tuesday."
    assert "REJECT" in _types(pipeline, text)


def test_events_troops_pulling_out_of_camps_withdraw(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = _types(pipeline, "Indian troops pulled out of two camps near the Nepalese border last week.")
    assert "RETREAT" in types and "REJECT" not in types
