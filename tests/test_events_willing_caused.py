"""Willingness told by an adjective ("prepared to help", "open to talks") and not when the copula is
negated; an act a cause made a state do ("the row led Ashgabat to recall its envoy"); protesters who
camp on a road."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_prepared_to_help_is_an_agreement(pipeline: Pipeline) -> None:
    text = "Minister Lim said Singapore was prepared to help Viet Nam train 5,000 managers over the next five years."
    assert ("AGREE", ["SGP"], ["VNM"]) in _events(pipeline, text)


def test_events_open_to_dialogue_is_an_agreement(pipeline: Pipeline) -> None:
    text = "Panama's agriculture minister said his country was open to dialogue with Costa Rica."
    assert [e[:2] for e in _events(pipeline, text)] == [("AGREE", ["PAN"])]


def test_events_door_open_to_a_state_is_no_agreement(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Ethiopia said the border was open to Eritrean traders.") == []


def test_events_willingness_under_a_negated_copula_is_none(pipeline: Pipeline) -> None:
    for adjective in ("ready", "prepared"):
        text = f"Ethiopia said it was not {adjective} to accept Egypt's demands."
        assert _events(pipeline, text) == []
    assert _events(pipeline, "Ethiopia is not open to talks with Egypt.") == []


def test_events_act_a_cause_led_to_is_the_object_s(pipeline: Pipeline) -> None:
    for verb in ("led", "prompted", "has forced"):
        text = f"The quarrel {verb} Turkmenistan to recall its ambassador from Uzbekistan."
        assert _events(pipeline, text) == [("SANCTION", ["TKM"], ["UZB"])]


def test_events_act_a_cause_will_lead_to_is_only_a_forecast(pipeline: Pipeline) -> None:
    text = "The quarrel will force Turkmenistan to recall its ambassador from Uzbekistan."
    assert _events(pipeline, text) == []


def test_events_camping_on_a_road_is_a_protest(pipeline: Pipeline) -> None:
    text = "Hundreds of Kyrgyz traders had camped on the road to the Kazakh border for six days."
    assert [e[:2] for e in _events(pipeline, text)] == [("PROTEST", ["KGZ"])]


def test_events_refugees_camped_near_a_border_are_no_protest(pipeline: Pipeline) -> None:
    assert _events(pipeline, "The Chadian refugees camped near the Sudanese border.") == []


def test_events_stopped_issuing_permits_is_a_sanction(pipeline: Pipeline) -> None:
    text = "Kuwait has stopped issuing work visas to Bangladeshi nationals."
    assert [e[:2] for e in _events(pipeline, text)] == [("SANCTION", ["KWT"])]


def test_events_stopping_to_buy_if_unmet_is_a_threat(pipeline: Pipeline) -> None:
    text = "Liberia said it would stop buying Guinean palm oil if the four traders were not freed."
    assert [e[0] for e in _events(pipeline, text)] == ["THREATEN"]


def test_events_operating_permits_withdrawn_are_a_sanction(pipeline: Pipeline) -> None:
    text = "Gambia has withdrawn the operating permits of two Senegalese-owned ferries on the Barra crossing."
    assert _events(pipeline, text) == [("SANCTION", ["GMB"], ["SEN"])]


def test_events_two_sides_consenting_to_meet_agree(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Turkey and Greece consented to meet again in Ankara in January.")
    assert [e[:2] for e in found] == [("AGREE", ["GRC", "TUR"])]


def test_events_consenting_to_halve_a_fee_stays_a_concession(pipeline: Pipeline) -> None:
    text = "The Djibouti port authority consented to halve a new parking fee charged to Ethiopian trucks."
    assert [e[0] for e in _events(pipeline, text)] == ["CONCEDE"]


def test_events_pact_renewed_is_support(pipeline: Pipeline) -> None:
    text = "Australia and Solomon Islands had simply renewed their policing agreement."
    assert [e[:2] for e in _events(pipeline, text)] == [("SUPPORT", ["AUS", "SLB"])]


def test_events_call_renewed_is_no_support(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Jamaica renewed its call for Cuba to release the prisoners.")
    assert not any(e[0] == "SUPPORT" for e in found)


def test_events_envoy_given_hours_to_leave_is_expelled(pipeline: Pipeline) -> None:
    text = "Latvia gave the Belarusian military attaché 48 hours to leave on Tuesday."
    assert _events(pipeline, text) == [("SANCTION", ["LVA"], ["BLR"])]


def test_events_state_given_hours_to_withdraw_stays_an_ultimatum(pipeline: Pipeline) -> None:
    assert [e[0] for e in _events(pipeline, "Kenya gave Somalia 48 hours to withdraw its troops.")] == ["THREATEN"]


def test_events_workers_walking_off_the_job_strike(pipeline: Pipeline) -> None:
    text = "Teachers across Ivory Coast walked off the job on Monday to demand payment of salary arrears."
    assert "PROTEST" in [e[0] for e in _events(pipeline, text)]
