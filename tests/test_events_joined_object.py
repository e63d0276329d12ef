"""Whose the unnamed people of a second joined act are (parley.events._joined_object), on invented articles."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_joined_object_crew_of_the_seized_boats(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the crew detained after the boats were seized are the boats' people, not the coast guard's own
    text = "Qatari coast guard vessels seized three Bahraini fishing boats and detained their fourteen crew members."
    assert _events(pipeline, text, "COERCE") == [(["QAT"], ["BHR"]), (["QAT"], ["BHR"])]


def test_joined_object_fishermen_after_named_boats(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Nicaragua's navy seized four Honduran fishing boats near Isla Conejo and detained 17 fishermen."
    assert (["NIC"], ["NIC"]) not in _events(pipeline, text, "COERCE")


def test_joined_object_alone_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no first act names whose the fishermen are: nothing to take
    text = "Nicaragua's navy detained 17 fishermen near Isla Conejo overnight."
    assert (["NIC"], ["HND"]) not in _events(pipeline, text, "COERCE")
