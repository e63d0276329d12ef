"""Trigger rows of data/triggers.tsv for refusals, threats and deployments told in wordings the
lexicon lacked: each row read in an invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_stance_rows_account_disputed_is_a_rejection(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Tanzania disputed the Malawian account, saying its boats had stayed on its side.")
    assert [e[:2] for e in found] == [("REJECT", ["TZA"])]


def test_events_stance_rows_disputed_territory_is_no_rejection(pipeline: Pipeline) -> None:
    assert "REJECT" not in _types(pipeline, "Kenya and Uganda have disputed the island since 2004.")


def test_events_stance_rows_complaint_brushed_aside_is_a_rejection(pipeline: Pipeline) -> None:
    for text in (
        "Kenya's port authority had brushed aside the Ugandan traders' complaints.",
        "Ankara brushed the Iraqi demand aside on Monday.",
    ):
        assert "REJECT" in _types(pipeline, text), text


def test_events_stance_rows_plea_turned_aside_is_a_rejection(pipeline: Pipeline) -> None:
    text = "Malawi has turned aside a plea from Zambia to lower import duties on refined sugar."
    assert ("REJECT", ["MWI"], ["ZMB"]) in _events(pipeline, text)
    # a vessel that turns aside refuses nothing
    assert "REJECT" not in _types(pipeline, "The Malawian ferry turned aside to avoid the storm.")


def test_events_stance_rows_vessels_dispatched_are_a_mobilization(pipeline: Pipeline) -> None:
    for text in (
        "Vietnam has dispatched four vessels to the area to watch the Chinese survey ship.",
        "Costa Rica said it had sent 60 officers and two boats to the border river.",
    ):
        assert "MOBILIZE" in _types(pipeline, text), text


def test_events_stance_rows_ships_loaded_with_food_stay_aid(pipeline: Pipeline) -> None:
    assert _types(pipeline, "The UAE has sent two ships loaded with food to Somalia.") == ["AID"]


def test_events_stance_rows_positions_taken_up_are_a_mobilization(pipeline: Pipeline) -> None:
    found = _events(pipeline, "A Russian frigate took up position ten miles off the Romanian coast.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["RUS"])]


def test_events_stance_rows_cordon_formed_is_a_mobilization(pipeline: Pipeline) -> None:
    assert "MOBILIZE" in _types(pipeline, "Jordanian police formed a tight cordon outside the Syrian embassy.")


def test_events_stance_rows_patrols_flown_are_a_mobilization(pipeline: Pipeline) -> None:
    assert "MOBILIZE" in _types(pipeline, "Polish aircraft flew extra patrols over the Lithuanian border.")


def test_events_stance_rows_promised_response_received_is_a_threat(pipeline: Pipeline) -> None:
    text = "Any aggression against Ugandan territory will receive a swift response, the Ugandan army said."
    assert [e[:2] for e in _events(pipeline, text)] == [("THREATEN", ["UGA"])]


def test_events_stance_rows_price_to_pay_is_a_threat(pipeline: Pipeline) -> None:
    for text in (
        "Anyone who crosses China's red line will pay a price, the Chinese spokesman warned.",
        "The aggressors will have to pay a dear price for their acts, North Korea said.",
    ):
        assert "THREATEN" in _types(pipeline, text), text


def test_events_stance_rows_obligation_under_will_is_promised(pipeline: Pipeline) -> None:
    text = "Should Washington misjudge the situation, it will have to bear full responsibility, North Korea said."
    assert [e[:2] for e in _events(pipeline, text)] == [("THREATEN", ["PRK"])]


def test_events_stance_rows_price_paid_in_the_past_is_no_threat(pipeline: Pipeline) -> None:
    assert "THREATEN" not in _types(pipeline, "Ethiopia had to pay a price for the war with Eritrea.")


def test_events_stance_rows_promise_not_to_accept_is_a_rejection(pipeline: Pipeline) -> None:
    for text in (
        "South Sudan's government said it would not accept the deployment of Kenyan troops.",
        "North Korea will never sit at the negotiating table under American sanctions, he said.",
        "Cambodia will not bow to pressure from Thailand, the ministry said.",
        "Estonia's prime minister said his government would not bargain under Russian pressure.",
    ):
        assert "REJECT" in _types(pipeline, text), text


def test_events_stance_rows_acceptance_is_no_rejection(pipeline: Pipeline) -> None:
    assert "REJECT" not in _types(pipeline, "Ghana said it would accept the ruling of the court.")
