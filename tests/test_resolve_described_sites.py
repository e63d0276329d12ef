"""An act whose clauses name no place within reach happens at the named place its doers or targets
are described at (``resolve._where._described_nouns``); the sentences are made up."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name


def _site(pipeline: Any, text: str, trigger: str, physical: bool = True) -> str | None:
    return site_name(pipeline, text, trigger, physical=physical, verbal=False, known=lambda _: True)


def test_resolve_described_sites_target_in_a_relative_clause(pipeline: Any) -> None:
    text = "Riot police fired rubber bullets at farmers who tried to march through the checkpoint at Velmora."
    assert _site(pipeline, text, "fired") == "Velmora"


def test_resolve_described_sites_doers_described_by_their_town(pipeline: Any) -> None:
    text = "Dozens of fishermen from the harbour district in Corvana blocked the coastal road for a day."
    assert _site(pipeline, text, "blocked") == "Corvana"


def test_resolve_described_sites_not_what_the_act_is_about(pipeline: Any) -> None:
    text = "The ministry summoned the ambassador to complain about the seizure of two trawlers near Ostrava."
    assert _site(pipeline, text, "summoned", physical=False) is None


def test_resolve_described_sites_not_a_later_joined_act(pipeline: Any) -> None:
    text = "The government recalled its envoy and threatened to halt border patrols in Tarnova."
    assert _site(pipeline, text, "recalled", physical=False) is None
