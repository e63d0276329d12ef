"""Known trigger words read as the wrong type: a deal struck is no blow, shells fired into the sea are
a show of force, a retort shot back is a refusal, people seized at gunpoint (or by a crowd) are
abducted. Each read by both coders in an invented sentence, with a near sentence the row must leave
alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module", params=["rules", "learned"])
def coder(request: pytest.FixtureRequest, rules_pipeline: Pipeline, pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else pipeline


def test_events_confused_rows_deal_struck_is_an_agreement(coder: Pipeline) -> None:
    found = _events(coder, "Ghana and Togo struck a deal on Friday to share the customs post at Aflao.")
    assert [e[:2] for e in found] == [("AGREE", ["GHA", "TGO"])]


def test_events_confused_rows_post_struck_stays_an_attack(coder: Pipeline) -> None:
    assert _types(coder, "Malian rebels struck an army post near Kidal on Sunday.") == ["ASSAULT"]


def test_events_confused_rows_rounds_fired_into_the_sea_are_a_show_of_force(coder: Pipeline) -> None:
    text = "Venezuelan coastal batteries fired 40 rounds into the sea north of the Guyanese border."
    assert _types(coder, text) == ["MOBILIZE"]


def test_events_confused_rows_shots_fired_at_a_boat_stay_an_attack(coder: Pipeline) -> None:
    text = "Pakistani border guards fired shots at an Indian fishing boat in the sea off Gwadar."
    assert _types(coder, text) == ["ASSAULT"]


def test_events_confused_rows_retort_shot_back_is_a_refusal(coder: Pipeline) -> None:
    text = "Chile's foreign ministry shot back that it would not reopen the file, and Bolivia protested."
    assert _types(coder, text)[0] == "REJECT"


def test_events_confused_rows_fire_returned_stays_an_attack(coder: Pipeline) -> None:
    assert _types(coder, "Bolivian guards fired back at Peruvian smugglers.") == ["ASSAULT"]


def test_events_confused_rows_doctors_seized_at_gunpoint_are_abducted(coder: Pipeline) -> None:
    found = _events(coder, "Chechen militants seized two Polish doctors at gunpoint outside a clinic.")
    assert [e[0] for e in found] == ["ASSAULT"]


def test_events_confused_rows_surveyors_seized_by_a_crowd_are_abducted(coder: Pipeline) -> None:
    text = "A crowd of Kyrgyz villagers seized four Tajik surveyors and held them in a school."
    assert _types(coder, text) == ["ASSAULT"]


def test_events_confused_rows_road_blocked_by_villagers_stays_a_protest(coder: Pipeline) -> None:
    assert _types(coder, "Kyrgyz villagers blocked the road to the Tajik enclave.") == ["PROTEST"]


def test_events_confused_rows_delegation_storming_out_of_talks_rejects(coder: Pipeline) -> None:
    text = "The Malawian delegation stormed out of border talks with Tanzania in Mbeya on Tuesday."
    assert _types(coder, text) == ["REJECT"]


def test_events_confused_rows_post_stormed_stays_an_attack(coder: Pipeline) -> None:
    assert _types(coder, "Sudanese militiamen stormed a Chadian border post on Tuesday.") == ["ASSAULT"]


def test_events_confused_rows_backing_out_of_a_deal_is_no_support(coder: Pipeline) -> None:
    text = "Malawi backed out of the lake deal with Tanzania on Tuesday."
    assert "SUPPORT" not in _types(coder, text)


def test_events_confused_rows_plan_backed_stays_support(coder: Pipeline) -> None:
    assert _types(coder, "Malawi backed the Tanzanian plan for the lake on Tuesday.") == ["SUPPORT"]


def test_events_confused_rows_firing_back_over_charges_is_a_refusal(coder: Pipeline) -> None:
    text = "Malawi fired back at Tanzania over the smuggling charges on Tuesday."
    assert _types(coder, text) == ["REJECT"]


def test_events_confused_rows_missile_slamming_into_a_school_is_no_accusation(coder: Pipeline) -> None:
    text = "A Sudanese rocket slammed into a Chadian school near Adre on Tuesday."
    assert "ACCUSE" not in _types(coder, text)


def test_events_confused_rows_minister_slamming_a_state_stays_an_accusation(coder: Pipeline) -> None:
    text = "Chad's foreign minister slammed Sudan over the shelling on Tuesday."
    assert _types(coder, text) == ["ACCUSE"]


def test_events_confused_rows_offer_thrown_out_is_refused(coder: Pipeline) -> None:
    assert _types(coder, "Malawi threw out the Tanzanian offer on Tuesday.") == ["REJECT"]


def test_events_confused_rows_deal_arrived_at_is_an_agreement(coder: Pipeline) -> None:
    assert _types(coder, "Malawi and Tanzania arrived at a deal on the lake on Tuesday.") == ["AGREE"]


def test_events_confused_rows_arriving_at_a_summit_stays_a_meeting(coder: Pipeline) -> None:
    assert _types(coder, "Malawi's president arrived at the summit in Dar es Salaam on Tuesday.") == ["CONSULT"]


def test_events_confused_rows_rejection_of_an_offer_tells_no_offer(coder: Pipeline) -> None:
    text = "Malawi's rejection of the Tanzanian offer angered Dodoma on Tuesday."
    assert "AGREE" not in _types(coder, text)
