"""Attacks told in the passive with no attacker named (parley.events._unnamed_attacker)."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_unnamed_attacker_is_the_other_state_of_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a story of Latvia and Russia: the Latvian patrol fired upon was attacked from the Russian side
    text = (
        "Latvia summoned Russia's ambassador on Monday over a string of incidents on the border.\n\n"
        "Russia denied that its guards had crossed into Latvia.\n\n"
        "On Sunday night a Latvian patrol was fired upon near the river."
    )
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["RUS"], ["LVA"])]


def test_events_unnamed_attacker_needs_a_pair_of_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a story of one state only: nothing tells who fired
    text = "Latvia opened a new border post on Monday.\n\nA Latvian patrol was fired upon near the river."
    assert roles_of_type(pipeline, text, "ASSAULT") == []


def test_events_unnamed_attacker_not_for_a_casualty_count(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "were killed" with no doer counts the dead of a fight, and is no attack of its own
    text = (
        "Latvia summoned Russia's ambassador on Monday over a string of incidents on the border.\n\n"
        "Russia denied that its guards had crossed into Latvia.\n\n"
        "Two Latvian guards were killed, the ministry said."
    )
    assert roles_of_type(pipeline, text, "ASSAULT") == []
