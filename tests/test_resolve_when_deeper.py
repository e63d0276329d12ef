"""A day of the week the parser hangs below the trigger's object or complement dates the event
(``resolve._when_deeper.deeper_weekday``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def _day(pipeline: Any, text: str, trigger: str) -> str | None:
    return event_day(pipeline, text, trigger, PUBLISHED)


def test_when_deeper_weekday_after_a_complement_dates_the_order(pipeline: Any) -> None:
    text = "Norway ordered a Russian diplomat to leave the country on Monday, citing espionage."
    assert _day(pipeline, text, "ordered") == "2024-05-06"


def test_when_deeper_weekday_after_a_participle_dates_the_handover(pipeline: Any) -> None:
    text = "Ghana handed over nine Togolese fishermen arrested at sea to Togolese police at the border post on Tuesday."
    assert _day(pipeline, text, "handed") == "2024-05-07"


def test_when_deeper_weekday_in_a_relative_clause_is_left(pipeline: Any) -> None:
    text = "Police freed two farmers whom soldiers had picked up near the fence on Friday."
    assert _day(pipeline, text, "freed") is None


def test_when_deeper_weekday_deadline_is_left(pipeline: Any) -> None:
    text = "The minister promised that the arrears would be paid by Friday."
    assert _day(pipeline, text, "promised") is None
