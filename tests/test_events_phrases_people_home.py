"""Unnamed people a state's authorities act on are its own, unless the story told their nationality."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_phrases_people_home_keeps_the_nationality_told_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Indian fishermen" earlier: Sri Lanka releasing "12 fishermen" lets Indians go, not its own people
    text = (
        "The Sri Lankan navy arrested 21 Indian fishermen off Delft on Monday.\n\n"
        "India protested the arrests.\n\n"
        "Colombo released 12 fishermen on Wednesday."
    )
    assert roles_of_type(pipeline, text, "RETREAT") == [(["LKA"], ["IND"])]


def test_events_phrases_people_home_without_a_told_nationality_is_the_actors(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya's government said on Monday that the economy had grown.\n\nKenyan police arrested 12 students."
    assert roles_of_type(pipeline, text, "COERCE") == [(["KEN"], ["KEN"])]
