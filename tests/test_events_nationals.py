"""Nationals told in a phrase set off after the people an act falls on (parley.events._nationals)."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_nationals_all_of_them_replace_the_guess(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "DOHA, May 4 - Bahraini fishermen were detained by Qatar's coast guard on Monday. "
        "Qatar released six of the fishermen, all Indian nationals working on the boats, later on Tuesday."
    )
    assert _events(pipeline, text, "RETREAT") == [(["QAT"], ["IND"])]


def test_events_nationals_some_of_them_join_the_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BELGRADE, Feb 2 - Police said 11 suspected people smugglers, including two Hungarian citizens, "
        "were arrested near Subotica in January."
    )
    [(actors, recipients)] = _events(pipeline, text, "COERCE")
    assert "HUN" in recipients and "SRB" in recipients


def test_events_nationals_of_the_actors_own_are_no_news(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "BELGRADE, Feb 2 - Serbian police arrested 11 people, including two Serbian citizens, near Subotica."
    assert all("HUN" not in r for _, r in _events(pipeline, text, "COERCE"))
    assert _events(pipeline, text, "COERCE") == [(["SRB"], ["SRB"])]


def test_events_nationals_some_foreigners_leave_the_rest_local(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "DUSHANBE, Feb 2 - Tajik police said they had arrested four men, two of them Uzbek citizens, on Monday."
    assert _events(pipeline, text, "COERCE") == [(["TJK"], ["TJK", "UZB"])]
