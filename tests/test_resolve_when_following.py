""" "the following Thursday", "two months earlier", "three years later" are counted from the time the text
named before them, not from the filing day (``resolve._when_following``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day, token_of_text
from parley.parse._dates import ResolvedDate
from parley.resolve._when import event_timing
from parley.resolve._when_following import Following, count_from

PUBLISHED = date(2015, 11, 28)  # a Saturday


def _timing(pipeline: Any, text: str, trigger: str) -> tuple[str | None, str | None]:
    timing = event_timing(token_of_text(pipeline, text, trigger), PUBLISHED, False)
    return (None, None) if timing is None else (timing.iso, timing.precision)


def test_resolve_when_following_weekday_counts_from_the_named_day(pipeline: Any) -> None:
    text = (
        "On 6 November, farmers blocked the main road into the capital for a day. "
        "The senate opened an inquiry into the police the following Wednesday."
    )
    assert event_day(pipeline, text, "opened", PUBLISHED) == "2015-11-11"


def test_resolve_when_following_same_evening_after_a_following_weekday(pipeline: Any) -> None:
    text = (
        "On 6 November, farmers blocked the main road into the capital for a day. "
        "The senate opened an inquiry into the police the following Wednesday. "
        "That same evening, riot police cleared the road with water cannon."
    )
    assert event_day(pipeline, text, "cleared", PUBLISHED) == "2015-11-11"


def test_resolve_when_following_years_later_counts_from_the_named_year(pipeline: Any) -> None:
    text = "The two states signed a border pact in 2009. Three years later a tribunal found that Lima had violated it."
    assert _timing(pipeline, text, "found") == ("2012-01-01", "year")


def test_resolve_when_following_months_earlier_skips_a_coarser_time(pipeline: Any) -> None:
    text = (
        "On 4 October 1996 the two cabinets approved a fishing accord meant to last until 2005. "
        "Two months earlier Oslo had lifted its ban on Russian trawlers."
    )
    assert _timing(pipeline, text, "lifted") == ("1996-08-01", "month")


def test_resolve_when_following_month_name_rolls_into_the_next_year() -> None:
    earlier = ResolvedDate(date(1960, 8, 1), "month")
    assert count_from(earlier, Following("month_name", 3)) == ResolvedDate(date(1961, 3, 1), "month")


def test_resolve_when_following_weekday_needs_a_day() -> None:
    assert count_from(ResolvedDate(date(1960, 8, 1), "month"), Following("weekday", 0)) is None


def test_resolve_when_following_months_after_a_bare_year_keep_the_year(pipeline: Any) -> None:
    text = "The two navies held joint drills off the cape in 2011, but Quito cancelled the next round two months later."
    assert _timing(pipeline, text, "cancelled") == ("2011-01-01", "year")


def test_resolve_when_following_yields_to_a_time_named_outright(pipeline: Any) -> None:
    text = (
        "The border was closed in 1990. "
        "Ten years later, in June 2000, Chilean troops crossed the pass to help after the floods."
    )
    assert _timing(pipeline, text, "crossed") == ("2000-06-01", "month")
