"""A name in apposition is the noun it names, not one more noun between a place phrase and its clause
(``resolve._where._told_in_passing``); the sentences are made up."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=False, verbal=False, known=lambda _: True)


def test_where_place_after_a_counterpart_name_is_the_meeting_place(pipeline: Any) -> None:
    text = (
        "Paek Nam Sun, minister of Foreign Affairs of the DPRK, held talks with his Japanese counterpart "
        "Yoriko Kawaguchi in Bandar Seri Begawan at the end of July."
    )
    assert _site(pipeline, text, "held") == "Bandar Seri Begawan"


def test_where_place_deep_in_a_told_happening_stays_out(pipeline: Any) -> None:
    text = "Officials held talks on the release of the families of the detainees in Karachi."
    assert _site(pipeline, text, "held") is None


def test_where_name_told_a_village_beats_its_landmark(pipeline: Any) -> None:
    text = (
        "The two ministers signed the accord on a wooden jetty in Psarades, a fishing village on the shore "
        "of Lake Prespa, with their prime ministers looking on."
    )
    site = site_name(pipeline, text, "signed", physical=False, verbal=False, known=lambda name: name == "Lake Prespa")
    assert site == "Psarades"
