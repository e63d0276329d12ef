""" "earlier this week" and "earlier in the week" date an act to the story's month, unless the week
began in the month before (``parse._dates``)."""

from __future__ import annotations

from datetime import date

from parley.resolve import resolve_date_text


def test_resolve_dates_earlier_this_week_is_the_storys_month() -> None:
    resolved = resolve_date_text("earlier this week", date(2021, 3, 13))  # a Saturday
    assert resolved is not None
    assert (resolved.iso(), resolved.precision) == ("2021-03-01", "month")


def test_resolve_dates_earlier_in_the_week_is_the_storys_month() -> None:
    resolved = resolve_date_text("Earlier in the week", date(2021, 3, 12))  # a Friday
    assert resolved is not None
    assert (resolved.iso(), resolved.precision) == ("2021-03-01", "month")


def test_resolve_dates_earlier_this_week_across_a_month_names_no_month() -> None:
    assert resolve_date_text("earlier this week", date(2021, 4, 2)) is None  # Friday; the week began in March
