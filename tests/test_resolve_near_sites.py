"""A proper name after "near" is where an act happened, whatever the tagger called it ("near Ulgen")."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=True, verbal=False, known=lambda _: False)


def test_near_sites_an_unknown_name_places_the_act(pipeline: Any) -> None:
    text = "Two patrol boats rammed each other near Ulgen before dawn."
    assert _site(pipeline, text, "rammed") == "Ulgen"


def test_near_sites_a_name_tagged_as_a_person_places_the_act(pipeline: Any) -> None:
    text = "Two patrol boats rammed each other near Gretna before dawn."
    assert _site(pipeline, text, "rammed") == "Gretna"
