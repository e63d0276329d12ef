"""Trigger rows of data/triggers.tsv (stop 51, lane types51b) for idioms of accusation, expulsion and force the
lexicon did not have: each row read in an invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {e[0] for e in _events(pipeline, text)}


def test_events_blame_laid_at_a_door_accuses(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Washington laid the attack squarely at Tehran's door on Monday."
    assert ("ACCUSE", ["USA"], ["IRN"]) in _events(pipeline, text)


def test_events_a_wreath_laid_accuses_no_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(pipeline, "The Indian premier laid a wreath at the memorial in Dhaka.")


def test_events_an_envoy_named_persona_non_grata_is_expelled(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bolivia named the American ambassador a persona non grata on Wednesday."
    assert ("SANCTION", ["BOL"], ["USA"]) in _events(pipeline, text)


def test_events_an_envoy_named_to_a_post_is_not_expelled(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "SANCTION" not in _types(pipeline, "Bolivia named a new ambassador to Washington on Wednesday.")


def test_events_an_envoy_ordered_out_of_a_capital_is_expelled(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "out" (with its "of") on the object, not on the verb
    text = "Somalia ordered the Ethiopian ambassador out of Mogadishu on Monday."
    assert ("SANCTION", ["SOM"], ["ETH"]) in _events(pipeline, text)


def test_events_a_demarche_handed_over_is_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "India handed Pakistan's envoy a strong demarche over the bombing on Monday."
    assert ("ACCUSE", ["IND"], ["PAK"]) in _events(pipeline, text)


def test_events_outposts_dislodged_are_assaulted(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peruvian helicopters dislodged Ecuadorean outposts from the Condor range on Monday."
    assert ("ASSAULT", ["PER"], ["ECU"]) in _events(pipeline, text)


def test_events_an_uprising_crushed_is_assaulted(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(pipeline, "Soviet tanks crushed the Hungarian uprising in 1956.")


def test_events_cane_crushed_is_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(pipeline, "The Fijian mill crushed cane for India on Monday.")
