""" "That same evening" (resolve_words kind ``that_day``) dates the act on the last day the text named,
like "that evening" and "the same evening" (``resolve._when``); the sentence is made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day

PUBLISHED = date(2021, 3, 4)


def test_resolve_when_that_same_evening_takes_the_named_day(pipeline: Any) -> None:
    text = (
        "The senators voted to open the trial on Monday. "
        "That same evening, riot police cleared the square outside the senate with water cannon."
    )
    assert event_day(pipeline, text, "cleared", PUBLISHED) == "2021-03-01"
