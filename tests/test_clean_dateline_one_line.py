"""A dateline is one line: a byline or masthead above it does not swallow it."""

from __future__ import annotations

from datetime import date

import pytest

from parley.clean import find_dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("By Tomas Lind, Farm Correspondent\nODESA - Grain barges left the river port at dawn.", "Odesa"),
        ("The Northern Gazette, Friday, March 4, 2022\nTALLINN - Ferry crews walked off the job.", "Tallinn"),
        ("HARBOUR WATCH\n\nVALLETTA - Two tankers were held outside the breakwater.", "Valletta"),
    ],
)
def test_clean_dateline_the_line_below_a_heading_keeps_its_own_place(text: str, place: str) -> None:
    line = find_dateline(text, date(2022, 3, 4))
    assert line is not None and line.place == place and line.region is None


def test_clean_dateline_region_on_the_same_line_still_read() -> None:
    line = find_dateline("KUOPIO, Finland - The mill reopened after a week.", date(2022, 3, 4))
    assert line is not None and line.place == "Kuopio" and line.region == "Finland"
