"""A name in apposition is the noun it names, not one more noun between a place phrase and its clause
(``resolve._where._told_in_passing``); the sentences are made up."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=False, verbal=False, known=lambda _: True)


def test_where_place_after_a_counterpart_name_is_the_meeting_place(pipeline: Any) -> None:
    text = (
        "Nguyen Van Binh, minister of Foreign Affairs of Vietnam, held talks with his Thai counterpart "
        "Somchai Wongsa in Phnom Penh at the end of June."
    )
    assert _site(pipeline, text, "held") == "Phnom Penh"


def test_where_place_deep_in_a_told_happening_stays_out(pipeline: Any) -> None:
    text = "Officials held talks on the release of the families of the detainees in Karachi."
    assert _site(pipeline, text, "held") is None


def test_where_name_told_a_village_beats_its_landmark(pipeline: Any) -> None:
    # the tagger calls the village a person: only the description makes it a place, before the lake
    text = "The envoys signed the truce in Kofi Manso, a farming village near Lake Volta, on Sunday."
    site = site_name(pipeline, text, "signed", physical=False, verbal=False, known=lambda name: name == "Lake Volta")
    assert site == "Kofi Manso"
