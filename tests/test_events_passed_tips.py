"""Information passed from one state's services to another's ("acting on a tip-off from Spanish police"):
COOPERATE, the source's state acting and the state that acted on it the recipient; information from
anyone else is no act between states (events/_passed_tips.py and the "from" rows of data/triggers.tsv)."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_passed_tips_a_tip_off_from_foreign_police_is_cooperation(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Indonesian police arrested him on Friday following a tip-off from Singaporean police."
    assert roles_of_type(rules_pipeline, text, "COOPERATE") == [(["SGP"], ["IDN"])]


def test_events_passed_tips_information_from_a_foreign_service(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Philippine troops tracked the group with the help of information from Malaysian police."
    assert roles_of_type(rules_pipeline, text, "COOPERATE") == [(["MYS"], ["PHL"])]


def test_events_passed_tips_officers_acting_on_information_receive_it(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The drugs were found by Fiji Police officers acting on information from the Australian Federal Police."
    assert roles_of_type(rules_pipeline, text, "COOPERATE") == [(["AUS"], ["FJI"])]


def test_events_passed_tips_a_tip_off_from_residents_is_no_cooperation(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan police arrested the man after a tip-off from local residents."
    assert roles_of_type(rules_pipeline, text, "COOPERATE") == []


def test_events_passed_tips_information_from_state_media_is_no_cooperation(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Turkish police arrested five men on Monday acting on information from Chinese state media."
    assert roles_of_type(rules_pipeline, text, "COOPERATE") == []


def test_events_passed_tips_the_learned_coder_drops_a_residents_tip_off(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan police arrested the man after a tip-off from local residents."
    assert roles_of_type(pipeline, text, "COOPERATE") == []
