"""A proper name after "off" is the sea place an act happened at ("detained two trawlers off Ruhnu")."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name

_TOWNS = {"Ruhnu", "Nouadhibou"}


def _site(pipeline: Any, text: str, trigger: str, known: set[str] = _TOWNS) -> str | None:
    return site_name(pipeline, text, trigger, physical=True, verbal=False, known=known.__contains__)


def test_off_sites_a_known_name_places_the_act(pipeline: Any) -> None:
    text = "The border guard boarded and detained two trawlers off Ruhnu on Tuesday."
    assert _site(pipeline, text, "detained") == "Ruhnu"


def test_off_sites_an_unknown_name_places_the_act(pipeline: Any) -> None:
    text = "The two countries' navies held a joint exercise off Kelvara last month."
    assert _site(pipeline, text, "held") == "Kelvara"


def test_off_sites_a_common_noun_after_off_places_nothing(pipeline: Any) -> None:
    text = "The coast guard detained two trawlers off the coast on Tuesday."
    assert _site(pipeline, text, "detained") is None


def test_off_sites_waters_off_a_name_place_the_act(pipeline: Any) -> None:
    text = "Two police boats entered waters off Nouadhibou on Tuesday."
    assert _site(pipeline, text, "entered") == "Nouadhibou"
