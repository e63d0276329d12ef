"""A ``that_day`` phrase the parser leaves untagged ("that night", "The same afternoon,") still dates
the act on the last day the text named (``resolve._when.time_phrases``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day, token_of_text
from parley.resolve._when import frame_timing

PUBLISHED = date(2017, 8, 29)


def test_when_that_day_untagged_night_dates_the_order(pipeline: Any) -> None:
    text = (
        "The army raided a hideout in Marawi on May 23. "
        "Duterte, who was on an official visit to Moscow at the time, declared martial law across "
        "the whole of Mindanao that night and flew home early."
    )
    assert event_day(pipeline, text, "declared", PUBLISHED) == "2017-05-23"


def test_when_that_day_untagged_opening_frames_the_sentence(pipeline: Any) -> None:
    text = (
        "On July 30, leaders of the bloc met in Abuja and closed the borders. "
        "The same afternoon, crowds in Niamey marched on the French embassy, tearing down its plaque."
    )
    token = token_of_text(pipeline, text, "marched")
    timing = frame_timing(token.sent, PUBLISHED)
    assert timing is not None and timing.iso == "2017-07-30"
