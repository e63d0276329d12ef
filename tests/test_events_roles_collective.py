"""Collective and described actors read from the story's parties (parley.events._pronouns and
parley.events._phrase_entities), on invented articles."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_roles_collective_the_parties_are_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Colombia and Venezuela held talks in Cucuta on Monday. "
        "The parties agreed to speed up the reopening of the border."
    )
    assert _events(pipeline, text, "AGREE") == [(["COL", "VEN"], [])]


def test_events_roles_collective_both_parties_are_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Colombia and Venezuela held talks in Cucuta on Monday. "
        "Both parties agreed to speed up the reopening of the border."
    )
    assert _events(pipeline, text, "AGREE") == [(["COL", "VEN"], [])]


def test_events_roles_collective_its_neighbour_is_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the owner ("its") is Mozambique; its one neighbour in a story of Mozambique and Malawi is Malawi
    text = (
        "Malawi accused Mozambique of raising fuel prices. Mozambique denied that Malawi was hurt. "
        "Mozambique on Tuesday scrapped the levy, bowing to pressure from its landlocked neighbour, "
        "which had threatened to cut trade with Mozambique."
    )
    assert ["MWI"] in [actors for actors, _ in _events(pipeline, text, "THREATEN")]


def test_events_roles_collective_neighbours_count_more_than_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a plural "its neighbours" is no one state of the pair
    text = (
        "Malawi accused Mozambique of raising fuel prices. Mozambique denied that Malawi was hurt. "
        "Mozambique on Tuesday scrapped the levy after its neighbours threatened to cut trade with Mozambique."
    )
    assert all(actors != ["MWI"] for actors, _ in _events(pipeline, text, "THREATEN"))


def test_events_roles_collective_each_country_is_either_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Uzbekistan and Turkmenistan held talks on the river in Tashkent on Monday. "
        "Each country has accused the other of taking more water."
    )
    found = _events(pipeline, text, "ACCUSE")
    assert found and {code for actors, _ in found for code in actors} == {"TKM", "UZB"}
