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
        "Rebels attacked a garrison in Kidal on April 9. "
        "The president, who was on a state visit to Rome at the time, declared a curfew across "
        "the whole of the north that night and cut short his trip."
    )
    assert event_day(pipeline, text, "declared", PUBLISHED) == "2017-04-09"


def test_when_that_day_untagged_opening_frames_the_sentence(pipeline: Any) -> None:
    text = (
        "On June 12, ministers of the union met in Gaborone and closed the airspace. "
        "The same afternoon, lecturers in Harare marched to a British consulate, waving placards about pensions."
    )
    token = token_of_text(pipeline, text, "marched")
    timing = frame_timing(token.sent, PUBLISHED)
    assert timing is not None and timing.iso == "2017-06-12"
