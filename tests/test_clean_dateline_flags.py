"""A wire's flag before the dateline ("UPDATE 2-", "EXCLUSIVE-") is no part of its place."""

from __future__ import annotations

from datetime import date

import pytest

from parley.clean import find_dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("UPDATE 3-RIGA, May 9 (Balticwire) - Dock workers ended their stoppage.", "Riga"),
        ("EXCLUSIVE-ACCRA, May 9 (Coastwire) - Cocoa buyers halted purchases.", "Accra"),
        ("Exclusive-Quito, May 9 (Andeswire) - Miners blocked the highway.", "Quito"),
    ],
)
def test_clean_dateline_flag_before_the_place_is_left_out(text: str, place: str) -> None:
    line = find_dateline(text, date(2023, 5, 9))
    assert line is not None and line.place == place and line.date == date(2023, 5, 9)
    assert text[line.start :].lower().startswith(place.lower())


def test_clean_dateline_hyphenated_place_is_not_read_as_a_flag() -> None:
    line = find_dateline("PORT-GENTIL, May 9 (Coastwire) - The refinery restarted.", date(2023, 5, 9))
    assert line is not None and line.place == "Port-Gentil"


def test_clean_dateline_flag_before_a_headline_is_no_dateline() -> None:
    assert find_dateline("UPDATE 1-Ferry operators cancel crossings as storm nears\n\nMore.", date(2023, 5, 9)) is None
