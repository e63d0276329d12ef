"""A physical act whose clause names no place happens at the place of its "on" or "over" phrase
(``resolve._where._struck_on``); the sentences are made up."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=True, verbal=False, known=lambda name: name != "Iran")


def test_resolve_struck_on_sites_bombs_dropped_on_a_town(pipeline: Any) -> None:
    text = "Later that evening Sudanese aircraft dropped barrel bombs on Kadugli."
    assert _site(pipeline, text, "dropped") == "Kadugli"


def test_resolve_struck_on_sites_curfew_imposed_on_a_town(pipeline: Any) -> None:
    text = "The army imposed a night curfew on Kassala after the riots."
    assert _site(pipeline, text, "imposed") == "Kassala"


def test_resolve_struck_on_sites_own_place_beats_the_on_phrase(pipeline: Any) -> None:
    text = "Hundreds of teachers marched on parliament in Kadugli."
    assert _site(pipeline, text, "marched") == "Kadugli"


def test_resolve_struck_on_sites_a_day_is_no_place(pipeline: Any) -> None:
    text = "Police detained four activists on Friday."
    assert _site(pipeline, text, "detained") is None


def test_resolve_struck_on_sites_plane_downed_over_a_lake(pipeline: Any) -> None:
    text = "Fighter jets shot down a cargo plane over Lake Kivu on Sunday."
    assert _site(pipeline, text, "shot") == "Lake Kivu"


def test_resolve_struck_on_sites_signals_jammed_over_an_island(pipeline: Any) -> None:
    text = "Russian aircraft jammed radio signals over Gotland for three days."
    assert _site(pipeline, text, "jammed") == "Gotland"
