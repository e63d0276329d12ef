"""Arrests told in the passive, with no one named as making them: whose people were held."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_roles_arrest_in_one_state_of_the_pair_holds_the_others_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # people of no nationality said, held where one state of the story's pair rules: the other's
    text = (
        "Colombia accused Venezuela on Monday of sheltering smugglers on the border.\n\n"
        "Venezuela rejected the charge, and Bogota summoned its envoy.\n\n"
        "The men were arrested in Cucuta in February."
    )
    assert roles_of_type(pipeline, text, "COERCE") == [(["COL"], ["VEN"])]


def test_events_roles_arrest_of_those_pointed_back_to_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "those arrested" points back to people the story told of, not to the other state of the pair
    text = (
        "Colombia accused Venezuela on Monday of sheltering smugglers on the border.\n\n"
        "Venezuela rejected the charge, and Bogota summoned its envoy.\n\n"
        "Those arrested in Cucuta were charged on Friday."
    )
    assert roles_of_type(pipeline, text, "COERCE") == [(["COL"], ["COL"])]
