"""Verbal events the rules once coded where nothing happened: a demand that only says what a protest
is for, a country hosting refugees, people seeking refuge, a government rallying support; each read
in an invented sentence, beside a near sentence the rule must still code."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _types(found: list[tuple[str, list[str], list[str]]]) -> list[str]:
    return [e[0] for e in found]


def test_candidates_demand_said_as_aim_of_a_protest_is_no_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline, "Hundreds of Kenyan fishermen rallied outside the Ugandan embassy on Monday to demand compensation."
    )
    assert "PROTEST" in _types(found) and "REQUEST" not in _types(found)


def test_candidates_demand_by_a_government_stays_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya demanded compensation from Uganda on Monday.")
    assert "REQUEST" in _types(found)


def test_typing_hosting_refugees_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Tanzania hosts more than 200,000 Burundian refugees.")
    assert "CONSULT" not in _types(found)


def test_typing_hosting_a_president_is_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Tanzania hosted Burundi's president in Dodoma on Monday.")
    assert "CONSULT" in _types(found)


def test_typing_seeking_refuge_is_no_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Thousands of Burundians sought refuge in Tanzania on Monday.")
    assert "REQUEST" not in _types(found)


def test_typing_seeking_an_explanation_is_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya sought an explanation from Uganda on Monday.")
    assert "REQUEST" in _types(found)


def test_typing_rallying_support_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Kenyan government rallied support for its candidate on Monday.")
    assert "PROTEST" not in _types(found)


def test_typing_asking_whether_is_a_question_not_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Asked whether Kenya would send troops to Somalia, the minister declined to comment.")
    assert "REQUEST" not in _types(found)


def test_typing_asking_a_state_to_act_is_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya asked Uganda on Monday to withdraw its troops from the island.")
    assert "REQUEST" in _types(found)


def test_typing_illegal_fishing_names_an_offence_not_a_charge(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya and Uganda agreed on Monday to fight illegal fishing on Lake Victoria.")
    assert "ACCUSE" not in _types(found)


def test_typing_vowing_to_close_a_crossing_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Afghan officials vowed on Monday to close the crossing to Pakistani trucks.")
    assert "THREATEN" in _types(found) and "AGREE" not in _types(found)


def test_typing_illegal_weapons_name_an_offence_not_a_charge(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya said anyone found with illegal weapons after Monday would be arrested.")
    assert "ACCUSE" not in _types(found)


def test_typing_calling_an_act_illegal_accuses(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya called Uganda's seizure of the island illegal on Monday.")
    assert "ACCUSE" in _types(found)


def test_candidates_promise_on_a_condition_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    offer = "Ghana said it would withdraw its border guards from the bridge if Togo stood down its militia."
    assert _types(_events(pipeline, offer)) == []
    promise = "Ghana said it would withdraw its border guards from the bridge next week."
    assert "CONCEDE" in _types(_events(pipeline, promise))


def test_candidates_hoped_act_is_no_promise(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(_events(pipeline, "Malian officials hope Senegal will pay for the new bridge.")) == []
    assert "AGREE" in _types(_events(pipeline, "Senegal said it will pay for the new bridge over the Faleme."))


def test_candidates_hostile_act_held_over_a_condition_stays_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline, "The Ghanaian gunboat crews said they will keep shooting at the trawlers if they have to."
    )
    assert "THREATEN" in _types(found)
