"""A month or weekday the gazetteer knows as a town ("March", England) is no event place."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name
from parley.parse._dates import is_calendar_word

_TOWNS = {"March", "Muscat", "Gjirokaster"}


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=True, verbal=False, known=_TOWNS.__contains__)


def test_where_month_known_as_town_is_no_place(pipeline: Any) -> None:
    text = "In March Slovenian police detained four Croatian fishermen near the coast."
    assert _site(pipeline, text, "detained") is None


def test_where_town_beside_month_is_still_the_place(pipeline: Any) -> None:
    text = "Police detained four fishermen in Gjirokaster in March."
    assert _site(pipeline, text, "detained") == "Gjirokaster"


def test_where_town_at_sentence_start_is_still_the_place(pipeline: Any) -> None:
    text = "In Gjirokaster, police detained four fishermen on Sunday."
    assert _site(pipeline, text, "detained") == "Gjirokaster"


def test_place_heads_calendar_words_are_months_and_weekdays() -> None:
    assert is_calendar_word("March") and is_calendar_word("Sunday")
    assert not is_calendar_word("Muscat") and not is_calendar_word("")
