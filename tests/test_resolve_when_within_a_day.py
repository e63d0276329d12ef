""" "within a day" (resolve_words kind ``day_after``) dates the act on the day after the last day the text
named (``resolve._when``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day

PUBLISHED = date(2019, 5, 18)  # a Saturday


def test_resolve_when_within_a_day_is_the_day_after_the_named_day(pipeline: Any) -> None:
    text = (
        "Quito shut the southern border crossing on Tuesday. "
        "Within a day, Lima suspended its fuel deliveries to the northern towns."
    )
    assert event_day(pipeline, text, "suspended", PUBLISHED) == "2019-05-15"


def test_resolve_when_within_a_day_after_the_verb(pipeline: Any) -> None:
    text = "Oslo closed the visa office on Monday. Moscow hit back within a day by shutting a Norwegian school."
    assert event_day(pipeline, text, "hit", PUBLISHED) == "2019-05-14"
