"""The crew of a state's boats or lorries are its people, when the story gave them no nationality."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_context_crews_of_a_states_boat_are_its_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Turkish fishing boat landed six men on the islet on Monday.\n\n"
        "Greek commandos detained the fishermen on Tuesday."
    )
    assert roles_of_type(pipeline, text, "COERCE") == [(["GRC"], ["TUR"])]


def test_events_context_crews_keep_a_nationality_told_of_themselves(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the people's own told nationality comes before their boat's
    text = (
        "Two Egyptian fishermen sailed a Turkish fishing boat into Greek waters on Monday.\n\n"
        "Greek commandos detained the fishermen on Tuesday."
    )
    assert roles_of_type(pipeline, text, "COERCE") == [(["GRC"], ["EGY"])]


def test_events_context_crews_named_bare_are_the_places_own_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # only "the fishermen" points back at a boat's crew; bare "fishermen" are the story's local people
    text = (
        "The South Korean coast guard seized two Chinese fishing boats on Monday.\n\n"
        "Fishermen on the island complained to the coast guard on Tuesday."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "ACCUSE")] == [["KOR"]]
