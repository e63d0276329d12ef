"""A trip's "to" or "into" phrase is where the traveller's acts happened ("flew to Algiers to thank ...")."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name

_TOWNS = {"Bizerte", "Kuajok", "Nouadhibou", "Lobamba", "Bignona", "Mzuzu"}


def _site(pipeline: Any, text: str, trigger: str, physical: bool = False) -> str | None:
    return site_name(pipeline, text, trigger, physical=physical, verbal=False, known=_TOWNS.__contains__)


def test_where_flew_to_places_the_visit(pipeline: Any) -> None:
    text = "Tunisia's prime minister flew to Bizerte on Wednesday to thank the president in person."
    assert _site(pipeline, text, "flew") == "Bizerte"
    assert _site(pipeline, text, "thank") == "Bizerte"


def test_where_travelled_to_places_the_talks_of_its_conjunct(pipeline: Any) -> None:
    text = "The envoy travelled to Kuajok on Monday and held talks with the governor."
    assert _site(pipeline, text, "held") == "Kuajok"


def test_where_a_visit_to_a_town_places_the_visit(pipeline: Any) -> None:
    text = "The agreement was concluded during a visit to Nouadhibou by the defence minister."
    assert _site(pipeline, text, "visit") == "Nouadhibou"


def test_where_flew_into_a_town_places_the_trip(pipeline: Any) -> None:
    text = "The health minister flew into Mzuzu on Sunday to open a cholera clinic."
    assert _site(pipeline, text, "flew") == "Mzuzu"


def test_where_came_to_a_town_places_the_acts_of_its_conjunct(pipeline: Any) -> None:
    text = "The deputy premier came to Kuajok in the morning and signed a grain accord with the mayor."
    assert _site(pipeline, text, "signed") == "Kuajok"


def test_where_came_to_a_state_of_mind_places_nothing(pipeline: Any) -> None:
    text = "Both delegations came to an understanding late on Friday and promised a joint patrol."
    assert _site(pipeline, text, "promised") is None


def test_where_to_after_other_verbs_places_nothing(pipeline: Any) -> None:
    text = "The minister wrote to Kuajok officials on Monday and promised help."
    assert _site(pipeline, text, "promised") is None
    text = "The ministry handed a protest note to the ambassador of Lobamba on Monday."
    assert _site(pipeline, text, "handed") is None


def test_where_poured_forces_into_a_town_places_the_act(pipeline: Any) -> None:
    text = "The army poured some 600 reinforcements into Bignona after the ambush."
    assert _site(pipeline, text, "poured", physical=True) == "Bignona"


def test_where_delivered_or_evacuated_to_a_town_places_the_aid(pipeline: Any) -> None:
    text = "The agency delivered 30 tonnes of medicine and blankets to Kuajok on Tuesday."
    assert _site(pipeline, text, "delivered", physical=True) == "Kuajok"
    text = "The air force evacuated 40 injured miners to Nouadhibou for surgery."
    assert _site(pipeline, text, "evacuated", physical=True) == "Nouadhibou"
