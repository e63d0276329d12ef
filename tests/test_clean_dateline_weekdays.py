"""Weekdays, day-month dates and comma-led credits in an opening dateline."""

from __future__ import annotations

from datetime import date

import pytest

from parley.clean import find_dateline

_FILED = date(2011, 6, 20)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Lilongwe, Friday, June 17 - Tea growers rejected the new levy.", "Lilongwe", date(2011, 6, 17)),
        ("LILONGWE, Friday 17 June 2011 -- Tea growers rejected the new levy.", "Lilongwe", date(2011, 6, 17)),
        ("Gaborone, Fri. Jun. 17 - Cattle traders closed the market.", "Gaborone", date(2011, 6, 17)),
        ("Maseru, Thurs 16 June - Textile workers marched to parliament.", "Maseru", date(2011, 6, 16)),
    ],
)
def test_clean_dateline_weekday_before_the_date_is_no_region(text: str, place: str, day: date) -> None:
    found = find_dateline(text, _FILED)
    assert found is not None
    assert (found.place, found.region, found.date) == (place, None, day)


def test_clean_dateline_weekday_after_a_region_keeps_the_region() -> None:
    found = find_dateline("MZUZU, Malawi, Saturday - Farmers blocked the main road.", _FILED)
    assert found is not None
    assert (found.place, found.region, found.date) == ("Mzuzu", "Malawi", None)


def test_clean_dateline_weekday_named_region_word_is_still_a_region() -> None:
    found = find_dateline("Sunbury, Ohio, June 17 - The county board met again.", _FILED)
    assert found is not None and found.region == "Ohio"


@pytest.mark.parametrize(
    "text",
    [
        "Minsk, 17 June, (Eastwire) - Officials met the delegation.",
        "MINSK, 17 June /EWS/. Officials met the delegation.",
    ],
)
def test_clean_dateline_credit_after_a_day_month_date(text: str) -> None:
    found = find_dateline(text, _FILED)
    assert found is not None
    assert (found.place, found.date) == ("Minsk", date(2011, 6, 17))
    assert text[found.end :].lstrip().startswith("Officials")
