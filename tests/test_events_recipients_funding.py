"""A third party that pays for a work in a story of two states helps both of them
(parley.events._recipients.fill_recipients, data/event_words.tsv funding_verb)."""

from __future__ import annotations

from _events_setup import roles_of_type

_STORY = (
    "Armenia and Georgia opened a new joint customs post at Bagratashen on Monday. "
    "Armenian and Georgian officers will share one building, and Georgia said trucks from Armenia "
    "would wait hours less.\n\n"
)


def test_events_recipients_funding_third_party_pays_for_both_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "The European Union is paying for new scanners at the crossing, worth 3 million euros."
    assert roles_of_type(pipeline, text, "AID") == [(["EUR"], ["ARM", "GEO"])]
