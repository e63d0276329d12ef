from datetime import date

import pytest

from parley.resolve import resolve_date_text

PUB = date(2002, 5, 22)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Tuesday", "2002-05-21", "day"),
        ("on Monday", "2002-05-20", "day"),
        ("Wednesday", "2002-05-22", "day"),
        ("last year", "2001-01-01", "year"),
        ("in March", "2002-03-01", "month"),
        ("in November", "2001-11-01", "month"),
        ("May 21, 2002", "2002-05-21", "day"),
        ("21 May 2002", "2002-05-21", "day"),
        ("March 4", "2002-03-04", "day"),
        ("2019", "2019-01-01", "year"),
        ("yesterday", "2002-05-21", "day"),
        ("September 2001", "2001-09-01", "month"),
        ("twelve years ago", "1990-01-01", "year"),
        ("3 years ago", "1999-01-01", "year"),
        ("three weeks ago", "2002-05-01", "day"),
        ("2 weeks ago", "2002-05-08", "day"),
        ("Eleven days ago", "2002-05-11", "day"),
        ("3 days ago", "2002-05-19", "day"),
        ("a day ago", "2002-05-21", "day"),
        ("eighteen months ago", "2000-11-01", "month"),
        ("two months ago", "2002-03-01", "month"),
    ],
)
def test_resolve_dates_relative_to_publication(text: str, expected: str, precision: str) -> None:
    resolved = resolve_date_text(text, PUB)
    assert resolved is not None
    assert (resolved.iso(), resolved.precision) == (expected, precision)


def test_resolve_dates_future_weekday_looks_ahead() -> None:
    resolved = resolve_date_text("Friday", PUB, future=True)
    assert resolved is not None and resolved.iso() == "2002-05-24"


def test_resolve_dates_without_publication_only_absolute() -> None:
    assert resolve_date_text("Tuesday", None) is None
    absolute = resolve_date_text("May 21, 2002", None)
    assert absolute is not None and absolute.iso() == "2002-05-21"


@pytest.mark.parametrize(
    "text", ["the past two years", "14 years", "four-day", "the 1990s", "for three weeks", "a few days ago", ""]
)
def test_resolve_dates_vague_expressions_unresolved(text: str) -> None:
    assert resolve_date_text(text, PUB) is None


def test_resolve_dates_last_weekday_on_that_weekday_is_a_week_back() -> None:
    monday = date(2011, 3, 14)
    last = resolve_date_text("last Monday", monday)
    nxt = resolve_date_text("next Monday", monday)
    plain = resolve_date_text("Monday", monday)
    assert last is not None and last.iso() == "2011-03-07"
    assert nxt is not None and nxt.iso() == "2011-03-21"
    assert plain is not None and plain.iso() == "2011-03-14"


def test_resolve_dates_last_night_is_the_day_before() -> None:
    # "told reporters at the airport last night": the evening before the story's day (training gold: 2 of 2)
    resolved = resolve_date_text("last night", PUB)
    assert resolved is not None
    assert (resolved.iso(), resolved.precision) == ("2002-05-21", "day")
