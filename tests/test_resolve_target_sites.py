"""A physical act told as a noun happens at the place its "of" phrase names
(``resolve._where._targets_named``); the sentences are made up."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name


def _site(pipeline: Any, text: str, trigger: str, physical: bool = True) -> str | None:
    return site_name(pipeline, text, trigger, physical=physical, verbal=False, known=lambda _: True)


def test_where_bombardment_of_a_town_is_there(pipeline: Any) -> None:
    text = "Artillery bombardments of central Juba by the militia in March killed dozens of traders."
    assert _site(pipeline, text, "bombardments") == "Juba"


def test_where_own_place_phrase_beats_the_target(pipeline: Any) -> None:
    text = "Rebel bombardments of Kakata were launched from camps in Gbarnga."
    assert _site(pipeline, text, "bombardments") == "Gbarnga"


def test_where_target_of_a_statement_is_no_place(pipeline: Any) -> None:
    text = "Condemnation of Monrovia came swiftly from the rebels."
    assert _site(pipeline, text, "Condemnation", physical=False) is None
