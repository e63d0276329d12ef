"""A "when" clause right after a time phrase and its comma is dated by that phrase
(``resolve._when_anchor.when_clause_phrase``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def _day(pipeline: Any, text: str, trigger: str) -> str | None:
    return event_day(pipeline, text, trigger, PUBLISHED)


def test_when_anchor_clause_on_the_verb_takes_the_phrase_before_it(pipeline: Any) -> None:
    text = (
        "The envoy said she had tried to ease the quarrel as recently as last Thursday, "
        "when she phoned the Chilean foreign minister and proposed a meeting."
    )
    assert _day(pipeline, text, "phoned") == "2024-05-02"


def test_when_anchor_clause_beats_a_later_phrase_of_the_upper_clause(pipeline: Any) -> None:
    text = (
        "Skirmishes on the river border happened also in March 2019, "
        "when patrol boats of the two navies exchanged fire near Karsa, and in June 2022."
    )
    timing = _day(pipeline, text, "exchanged")
    assert timing == "2019-03-01"


def test_when_anchor_clause_own_phrase_still_wins(pipeline: Any) -> None:
    text = "The talks stalled in April, when Lima recalled its ambassador on Monday."
    assert _day(pipeline, text, "recalled") == "2024-05-06"
