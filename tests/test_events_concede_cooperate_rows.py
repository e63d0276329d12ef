"""CONCEDE and COOPERATE rows of data/triggers.tsv that the lexicon once read as AGREE, SUPPORT or
RETREAT (a promise made to answer a grievance, regret expressed, people and files handed over to
another state): each row read in an invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_a_promise_that_a_grievance_will_be_met_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Brazil promised Paraguay that its helicopters would no longer cross the border.")
    assert "CONCEDE" in found and "AGREE" not in found


def test_events_a_promise_to_set_up_a_body_stays_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Syria promised Jordan to set up a joint security committee.")
    assert "AGREE" in found and "CONCEDE" not in found


def test_events_a_promise_to_look_into_a_complaint_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" in _types(pipeline, "Azerbaijan promised Iran to look into the matter.")


def test_events_an_agreement_to_end_a_practice_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" in _types(pipeline, "Greece agreed to end night flights over the Turkish coast.")


def test_events_regret_expressed_with_solidarity_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Mali expressed its regret and its solidarity with Mauritania.")
    assert "CONCEDE" in found and "SUPPORT" not in found


def test_events_strong_regret_expressed_at_a_decision_is_disapproval(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Mali expressed strong regret at the decision of Mauritania.")
    assert "CONCEDE" not in found


def test_events_nationals_handed_over_are_judicial_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Jamaica handed over 12 Haitian nationals to Haitian officials at the airport.")
    assert [e[:2] for e in found] == [("COOPERATE", ["JAM"])]


def test_events_files_handed_over_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Croatia handed over files on stolen cars to Bosnia last month.") == ["COOPERATE"]


def test_events_people_detained_and_handed_over_are_released(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Tajikistan handed over 11 Kyrgyz citizens held during the fighting at the checkpoint.")
    assert "RETREAT" in found and "COOPERATE" not in found


def test_events_prisoners_handed_back_are_still_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Pakistan handed back the Indian pilot to India on Friday.")
    assert "RETREAT" in found and "COOPERATE" not in found


def test_events_inspecting_together_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Customs officers from Ghana and Togo inspected the lorries together at the border post.")
    assert "COOPERATE" in found


def test_events_sailing_together_is_cooperation_and_a_lone_sailing_a_deployment(pipeline) -> None:  # type: ignore[no-untyped-def]
    joint = "Coast guard vessels from Trinidad and Tobago and Venezuela sailed together on Monday."
    assert "COOPERATE" in _types(pipeline, joint)
    found = _types(pipeline, "Iranian gunboats sailed into the strait on Monday.")
    assert "COOPERATE" not in found and "MOBILIZE" in found


def test_events_a_joint_operation_an_arrest_was_made_in_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "The men were arrested in a joint operation by the Fiji Police Force and the Australian Federal Police.",
    )
    assert ("COOPERATE", ["FJI"], ["AUS"]) in found
    assert "COERCE" in [e[0] for e in found]


def test_events_simultaneous_raids_of_two_polices_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Kazakh and Uzbek police arrested nineteen people in simultaneous raids on 14 January.")
    assert "COOPERATE" in found and "COERCE" in found


def test_events_an_arrest_in_the_operation_told_before_adds_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Police arrested nineteen people in the operation on Tuesday.")
    assert "COOPERATE" not in found


def test_events_information_from_a_ministry_is_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Information from the health ministry showed that Peru had 300 cases.")
    assert "COOPERATE" not in found


def test_events_forces_patrolling_together_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Chadian and Nigerien soldiers began patrolling together along the river on Monday.")
    assert "COOPERATE" in found


def test_events_forces_patrolling_alone_are_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Chadian soldiers began patrolling along the river on Monday.")
    assert "COOPERATE" not in found


def test_events_meeting_a_demand_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "On Wednesday Ghana closed the quarry for a month, meeting the main demand of Togo.")
    assert ("CONCEDE", ["GHA"], ["TGO"]) in found


def test_events_meeting_a_partner_stays_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "The ministers of Kenya and Uganda met in Accra on Friday.") == ["CONSULT"]


def test_events_an_agreement_named_as_a_demand_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Kenya agreed to keep the crossing open at night, a long-standing demand of Uganda.")
    assert found == ["CONCEDE"]


def test_events_a_demand_with_its_own_clause_leaves_the_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Kenya agreed to keep the crossing open at night, a demand Uganda had rejected.")
    assert "AGREE" in found and "CONCEDE" not in found


def test_events_agreeing_to_study_a_request_stays_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Kenya agreed to study the request of Uganda.") == ["AGREE"]


def test_events_activating_a_currency_swap_line_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The central banks of Ghana and Togo activated a currency swap arrangement last week.")
    assert [e[0] for e in found] == ["COOPERATE"]
    assert set(found[0][1] + found[0][2]) == {"GHA", "TGO"}


def test_events_activating_a_service_is_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "COOPERATE" not in _types(pipeline, "The European Union activated its satellite mapping service for Ghana.")


def test_events_keys_or_petition_handed_over_are_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # keys handed over at an opening, a petition handed over by marchers: no partner's work shared
    keys = "Japan's ambassador handed over the keys to the new school at a ceremony in Suva."
    assert "COOPERATE" not in _types(pipeline, keys)
    petition = "Kenyan traders marched to the Ugandan embassy to hand over a petition."
    assert "COOPERATE" not in _types(pipeline, petition)
    assert _types(pipeline, "Kenya handed over two robbery suspects to Tanzania on Monday.") == ["COOPERATE"]


def test_events_fines_waived_are_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" in _types(pipeline, "Ghana has waived the fines imposed on the Togolese boat owners.")


def test_events_transit_fees_waived_are_no_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(pipeline, "Ghana waived transit fees for Togolese trucks carrying grain.")


def test_events_officers_patrolling_alongside_another_states_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline, "Estonian border guards began patrolling the river on Monday alongside their Latvian colleagues."
    )
    assert ("COOPERATE", ["EST"], ["LVA"]) in found


def test_events_troops_training_alongside_another_states_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Dutch soldiers trained alongside Lithuanian soldiers near Rukla on Tuesday.")
    assert ("COOPERATE", ["NLD"], ["LTU"]) in found


def test_events_troops_fighting_alongside_another_states_are_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Chadian troops fought alongside Nigerien forces near the lake.")
    assert "COOPERATE" not in found
