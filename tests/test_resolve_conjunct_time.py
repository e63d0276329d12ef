"""Verbs joined by "and" under one subject share the time phrase the last of them carries
(``resolve._when._later_conjunct_timing``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def _day(pipeline: Any, text: str, trigger: str) -> str | None:
    return event_day(pipeline, text, trigger, PUBLISHED)


def test_when_first_conjunct_takes_the_shared_phrase(pipeline: Any) -> None:
    text = "Coast guard vessels seized three fishing boats and detained their crews near the boundary on Monday."
    assert _day(pipeline, text, "seized") == "2024-05-06"
    assert _day(pipeline, text, "detained") == "2024-05-06"


def test_when_conjunct_with_its_own_subject_keeps_its_phrase(pipeline: Any) -> None:
    text = "Police arrested two smugglers and the army seized a lorry on Monday."
    assert _day(pipeline, text, "arrested") is None


def test_when_phrase_counted_from_an_earlier_day_is_not_shared(pipeline: Any) -> None:
    text = "Minsk called the expulsion an unfriendly act and expelled a Latvian diplomat two days later."
    assert _day(pipeline, text, "called") is None
