"""A target picked as the first party a phrase names keeps the parties listed beside it."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_listed_praise_of_an_act_between_two_states_is_of_both(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "France hailed the reopening of the border between Niger and Benin."
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["FRA"], ["BEN", "NER"])]


def test_events_listed_threat_names_every_listed_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana threatened to close its ports to ships from Togo and Benin."
    assert roles_of_type(pipeline, text, "THREATEN") == [(["GHA"], ["BEN", "TGO"])]


def test_events_listed_apology_for_an_act_on_two_peoples(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya apologised for the arrests of fishermen from Uganda and Tanzania."
    assert roles_of_type(pipeline, text, "CONCEDE") == [(["KEN"], ["TZA", "UGA"])]


def test_events_listed_complement_aimed_at_a_list(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Senegal stopped issuing visas to citizens of Mali and Guinea."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["SEN"], ["GIN", "MLI"])]


def test_events_listed_party_named_further_on_is_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    # only the list the first party stands in: "Uganda" further on is where the fishermen were taken
    text = "Kenya apologised for the arrests of fishermen from Tanzania in Uganda."
    assert roles_of_type(pipeline, text, "CONCEDE") == [(["KEN"], ["TZA"])]
