"""In the story of an international body's summit, "the leaders" and "the ministers" are the body; in
the story of two states they are that pair."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_summit_members_leaders_of_a_body_named_in_the_lead(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "IGAD leaders give South Sudan's parties 15 days to end fighting\n\n"
        "Leaders of the Intergovernmental Authority on Development met in Addis Ababa on Saturday. "
        "Kenya and Uganda sent their foreign ministers. "
        "The leaders also called on Kenya to reopen the border crossing at Nimule."
    )
    assert _events(pipeline, text, "REQUEST", outlet="ETH") == [(["IGO"], ["KEN"])]


def test_events_summit_members_leaders_of_two_states_stay_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Argentina and Uruguay end feud over river pulp mill\n\n"
        "The presidents of Argentina and Uruguay met in Salto on Monday. "
        "The leaders also called on the mill's owners to cut emissions."
    )
    found = _events(pipeline, text, "REQUEST", outlet="ARG")
    assert found and all("IGO" not in actors for actors, _ in found)
