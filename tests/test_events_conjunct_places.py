"""A town named in an earlier "and" clause of another doer is not where the later clause's act happened
(parley.events._anchors.in_earlier_conjunct, read by _clause_anchors.clause_place)."""

from __future__ import annotations

from _events_setup import read_context, token_of


def _place(pipeline, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    ctx = read_context(pipeline, text)
    place = ctx.clause_place(token_of(ctx, trigger))
    return None if place is None else place.extracted_place


def test_events_conjunct_places_other_doers_town_is_not_taken(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police in Karachi detained six fishermen on Monday, and the navy says its cutters will sail to patrol the bay."
    )
    assert _place(pipeline, text, "patrol") is None


def test_events_conjunct_places_opening_phrase_frames_both_clauses(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "In Karachi, police detained six fishermen on Monday, and the navy said it would patrol the bay."
    assert _place(pipeline, text, "said") == "Karachi"


def test_events_conjunct_places_same_doer_keeps_the_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Police in Karachi detained six fishermen on Monday and seized their boats."
    assert _place(pipeline, text, "seized") == "Karachi"
