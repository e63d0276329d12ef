"""A definite description of a body ("The Authority") stands for the body named before with that head noun."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_named_before_description_is_the_body_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Kenya Ports Authority" named once: "The Authority" later is Kenya's, read from the name
    text = (
        "The Kenya Ports Authority opened a new berth in Mombasa on Monday. "
        "The Authority thanked Japan for its support."
    )
    assert _events(pipeline, text, "SUPPORT", outlet="GBR") == [(["KEN"], ["JPN"])]


def test_events_named_before_description_without_a_name_stays_unread(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no body with the head noun named before: "The Authority" is no guess at the story's country
    text = "Kenya opened a new berth in Mombasa on Monday. The Authority thanked Japan for its support."
    assert _events(pipeline, text, "SUPPORT", outlet="GBR") == []
