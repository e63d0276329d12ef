"""An act of a "where" clause that names no place of its own happens at the place the clause hangs
on ("towed to Sevastopol, where a court fined its owners")."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name

_TOWNS = {"Sevastopol", "Magong", "Kathmandu"}


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=True, verbal=False, known=_TOWNS.__contains__)


def test_where_fine_in_a_where_clause_is_placed_at_its_town(pipeline: Any) -> None:
    text = "The schooner was towed to Sevastopol, where a court later fined its owners $18,000."
    assert _site(pipeline, text, "fined") == "Sevastopol"


def test_where_passive_act_in_a_where_clause(pipeline: Any) -> None:
    text = "Coast guard officers escorted the trawler to Magong, where the captain was fined NT$300,000."
    assert _site(pipeline, text, "fined") == "Magong"


def test_where_clause_with_its_own_place_keeps_it(pipeline: Any) -> None:
    text = "The video caused uproar in Kathmandu, where students burned an effigy outside Singha Durbar."
    assert _site(pipeline, text, "burned") == "Singha Durbar"


def test_where_clause_on_a_common_noun_places_nothing(pipeline: Any) -> None:
    text = "It was a situation where soldiers fired on the crowd without warning."
    assert _site(pipeline, text, "fired") is None
