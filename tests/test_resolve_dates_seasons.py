"""A season named from the story's date ("last autumn", "this spring") resolves to its year
(``parse._dates.resolve_date_text``); the phrases are made up."""

from __future__ import annotations

from datetime import date

import pytest

from parley.resolve import resolve_date_text


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        ("last autumn", date(2024, 3, 18), "2023"),
        ("last summer", date(2025, 1, 20), "2024"),
        ("last spring", date(1999, 4, 23), "1998"),
        ("last summer", date(2021, 11, 2), "2021"),
        ("Since last fall", date(2013, 6, 20), "2012"),
        ("this spring", date(2010, 6, 11), "2010"),
        ("on most nights this summer", date(2024, 9, 8), "2024"),
    ],
)
def test_dates_season_resolves_to_its_year(text: str, published: date, year: str) -> None:
    resolved = resolve_date_text(text, published)
    assert resolved is not None
    assert (resolved.iso()[:4], resolved.precision) == (year, "year")


@pytest.mark.parametrize("text", ["last winter", "summer", "the summer", "next spring"])
def test_dates_season_without_a_sure_year_is_left(text: str) -> None:
    assert resolve_date_text(text, date(2020, 1, 15)) is None
