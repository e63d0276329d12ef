"""A "when" clause right after a time phrase and its comma is dated by that phrase
(``resolve._when_anchor.when_clause_phrase``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def _day(pipeline: Any, text: str, trigger: str) -> str | None:
    return event_day(pipeline, text, trigger, PUBLISHED)


def test_resolve_when_anchor_clause_on_the_verb_takes_the_phrase_before_it(pipeline: Any) -> None:
    text = (
        "The mediator last spoke to both camps as recently as last Thursday, "
        "when she met the rebel commanders in Niamey."
    )
    assert _day(pipeline, text, "met") == "2024-05-02"


def test_resolve_when_anchor_clause_beats_a_later_phrase_of_the_upper_clause(pipeline: Any) -> None:
    text = (
        "Skirmishes on the river border happened also in March 2019, "
        "when patrol boats of the two navies exchanged fire near Karsa, and in June 2022."
    )
    timing = _day(pipeline, text, "exchanged")
    assert timing == "2019-03-01"


def test_resolve_when_anchor_clause_own_phrase_still_wins(pipeline: Any) -> None:
    text = "The talks stalled in April, when Lima recalled its ambassador on Monday."
    assert _day(pipeline, text, "recalled") == "2024-05-06"


def test_resolve_when_anchor_after_clause_takes_its_head_clause_month(pipeline: Any) -> None:
    text = "Quito broke off the talks in February after Peruvian jets bombed an outpost near the river."
    assert _day(pipeline, text, "bombed") == "2024-02-01"


def test_resolve_when_anchor_after_clause_takes_its_head_clause_year(pipeline: Any) -> None:
    text = "Lisbon recalled its envoy in 2011 after militiamen shelled a Portuguese school."
    assert _day(pipeline, text, "shelled") == "2011-01-01"


def test_resolve_when_anchor_after_clause_leaves_its_head_clause_day(pipeline: Any) -> None:
    text = "Chad closed the crossing on Monday after rebels attacked a customs post near Adre."
    assert _day(pipeline, text, "attacked") is None


def test_resolve_when_anchor_before_clause_is_left(pipeline: Any) -> None:
    text = "Chad closed the crossing on Monday before rebels attacked a customs post near Adre."
    assert _day(pipeline, text, "attacked") is None
