"""Reciprocal acts (parley.events._reciprocal): the parties of the subject act on one another."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_reciprocal_each_other_makes_both_recipients(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia and Azerbaijan accused each other of shelling border villages."
    assert roles_of_type(pipeline, text, "ACCUSE") == [(["ARM", "AZE"], ["ARM", "AZE"])]


def test_events_reciprocal_both_accused_the_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Both governments thanked the Red Cross, and both accused the other of holding more prisoners."
    story = "Armenia and Azerbaijan exchanged prisoners on Monday. " + text
    assert (["ARM", "AZE"], ["ARM", "AZE"]) in roles_of_type(pipeline, story, "ACCUSE")


def test_events_reciprocal_the_other_needs_a_distributive_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the other" after a plain subject is some other party, not the subject's own
    text = "Peru accused the other of arming smugglers."
    assert all(recipients != ["PER"] for _, recipients in roles_of_type(pipeline, text, "ACCUSE"))


def test_events_reciprocal_each_side_blamed_the_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia and Azerbaijan clashed on the border on Monday. Each side blamed the other for the fighting."
    assert roles_of_type(pipeline, text, "ACCUSE") == [(["ARM", "AZE"], ["ARM", "AZE"])]
