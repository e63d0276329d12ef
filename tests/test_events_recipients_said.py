"""Blame, refusal, demand and warning are said to someone: with nobody else in the sentence or the
story, to the speaker's own people."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_recipients_said_warning_goes_to_own_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "ACCRA, May 3 - Ghana's labour minister warned on Tuesday that striking nurses would lose their pay."
    assert roles_of_type(pipeline, text, "THREATEN") == [(["GHA"], ["GHA"])]


def test_events_recipients_said_refusal_goes_to_own_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "ACCRA, May 3 - The Ghanaian interior minister on Tuesday dismissed the strike as reckless."
    assert roles_of_type(pipeline, text, "REJECT") == [(["GHA"], ["GHA"])]


def test_events_recipients_said_demand_goes_to_own_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "ACCRA, May 3 - A regional governor in Ghana called on the national government to send more doctors."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["GHA"], ["GHA"])]
