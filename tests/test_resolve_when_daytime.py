"""A part of the day with no day named ("shelled the depot in the afternoon", "In the evening, ...") dates
the act on the last day the text named (``resolve._when``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day, token_of_text
from parley.resolve._when import frame_timing

PUBLISHED = date(2021, 3, 4)


def test_resolve_when_daytime_in_the_morning_takes_the_named_day(pipeline: Any) -> None:
    text = (
        "Rebels seized the fuel depot outside the town on 28 February. Army gunners shelled the depot in the morning."
    )
    assert event_day(pipeline, text, "shelled", PUBLISHED) == "2021-02-28"


def test_resolve_when_daytime_untagged_evening_frames_the_sentence(pipeline: Any) -> None:
    text = (
        "Rebels seized the fuel depot outside the town on 28 February. "
        "In the evening, the army opened fire on the rebels."
    )
    token = token_of_text(pipeline, text, "opened")
    timing = frame_timing(token.sent, PUBLISHED)
    assert timing is not None and timing.iso == "2021-02-28"


def test_resolve_when_daytime_with_a_named_day_keeps_that_day(pipeline: Any) -> None:
    text = (
        "Rebels seized the fuel depot outside the town on 28 February. "
        "Police arrested the rebels on Tuesday in the morning."
    )
    assert event_day(pipeline, text, "arrested", PUBLISHED) == "2021-03-02"
