"""A proper name after "around" is where an act happened ("bombed positions around Gorazde"); the
sentences are made up."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name

_TOWNS = {"Kelvara", "Dravnik"}


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=True, verbal=False, known=_TOWNS.__contains__)


def test_resolve_around_sites_a_town_places_the_act(pipeline: Any) -> None:
    text = "Government aircraft bombed rebel positions around Dravnik on Tuesday."
    assert _site(pipeline, text, "bombed") == "Dravnik"


def test_resolve_around_sites_a_common_noun_places_nothing(pipeline: Any) -> None:
    text = "Government aircraft bombed rebel positions around the town on Tuesday."
    assert _site(pipeline, text, "bombed") is None
