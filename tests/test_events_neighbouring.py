"""The neighbouring country (parley.events._neighbouring): another state than the sentence's own, on
invented articles."""

from __future__ import annotations

from _events_setup import roles_of_type as _events

_PAIR = "Venezuela and Colombia traded accusations on Monday. Colombia denied the charge. "


def test_neighbouring_troops_of_the_neighbour_are_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _PAIR + "Caracas said the troops of the neighbouring country had attacked a border post."
    assert _events(pipeline, text, "ASSAULT") == [(["COL"], ["VEN"])]


def test_neighbouring_the_neighbouring_country_is_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _PAIR + "Caracas said the neighbouring country had attacked a border post."
    assert _events(pipeline, text, "ASSAULT") == [(["COL"], ["VEN"])]


def test_neighbouring_no_pair_is_never_the_own_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Colombia is named once: no clear pair, and the neighbour is not Venezuela itself
    text = (
        "Venezuela and Colombia traded accusations. Caracas said troops from the neighbouring country attacked a post."
    )
    assert all("VEN" not in actors for actors, _ in _events(pipeline, text, "ASSAULT"))
