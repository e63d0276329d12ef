"""Trigger rows of data/triggers.tsv added for wordings of aid, retreat, mobilisation, sanctions,
coercion, assault, accusation and support the lexicon did not have: each row read in an invented
sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _types(pipeline: Pipeline, text: str) -> list[str]:
    return [e[0] for e in _events(pipeline, text)]


def test_events_boats_chased_away_are_coerced(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Philippine coast guard vessels chased away six Chinese trawlers on Tuesday.")
    assert ("COERCE", ["PHL"], ["CHN"]) in found


def test_events_buyers_driven_away_are_not_coerced(pipeline: Pipeline) -> None:
    assert "COERCE" not in _types(pipeline, "Kenyan exporters said the unrest drove away Ugandan buyers.")


def test_events_captives_traded_are_released(pipeline: Pipeline) -> None:
    assert _types(pipeline, "Armenia and Azerbaijan traded captives on Friday.") == ["RETREAT"]


def test_events_goods_traded_stay_cooperation(pipeline: Pipeline) -> None:
    assert "RETREAT" not in _types(pipeline, "Armenia and Georgia traded grain for fuel on Friday.")


def test_events_troops_fanned_out_are_mobilized(pipeline: Pipeline) -> None:
    assert "MOBILIZE" in _types(pipeline, "Sudanese troops fanned out along the Ethiopian border on Saturday.")


def test_events_boat_sideswiping_a_ship_is_an_assault(pipeline: Pipeline) -> None:
    found = _events(pipeline, "A Chinese boat sideswiped a Philippine supply ship on Monday.")
    assert ("ASSAULT", ["CHN"], ["PHL"]) in found


def test_events_troops_drawn_down_are_withdrawn(pipeline: Pipeline) -> None:
    assert "RETREAT" in _types(pipeline, "The United States drew down its troops in Somalia on Monday.")


def test_events_ban_repealed_is_eased(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Ethiopia repealed its ban on Kenyan maize imports on Wednesday.")
    assert ("RETREAT", ["ETH"], ["KEN"]) in found


def test_events_law_repealed_is_no_retreat(pipeline: Pipeline) -> None:
    assert "RETREAT" not in _types(pipeline, "Ethiopia repealed its old press law on Wednesday.")


def test_events_troops_surged_are_mobilized(pipeline: Pipeline) -> None:
    assert ("MOBILIZE", ["RUS"], ["UKR"]) in _events(pipeline, "Russia surged troops to the Ukrainian border.")


def test_events_prices_surging_are_no_mobilization(pipeline: Pipeline) -> None:
    assert "MOBILIZE" not in _types(pipeline, "Russian grain prices surged after the Ukrainian harvest failed.")


def test_events_vessels_requisitioned_are_seized(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Nigeria requisitioned three Ghanaian vessels in Lagos on Monday.")
    assert ("COERCE", ["NGA"], ["GHA"]) in found


def test_events_recognition_withdrawn_is_a_sanction(pipeline: Pipeline) -> None:
    assert ("SANCTION", ["TON"], ["TWN"]) in _events(pipeline, "Tonga derecognised Taiwan on Monday.")


def test_events_felicitated_leader_is_supported(pipeline: Pipeline) -> None:
    found = _events(pipeline, "India felicitated the Sri Lankan president on his election victory.")
    assert ("SUPPORT", ["IND"], ["LKA"]) in found


def test_events_inveighing_against_a_state_accuses_it(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Turkey's president inveighed against Israel in a speech on Monday.")
    assert ("ACCUSE", ["TUR"], ["ISR"]) in found


def test_events_positions_abandoned_are_a_withdrawal(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Rwandan troops abandoned their positions near the Congolese border on Monday.")
    assert ("RETREAT", ["RWA"], ["COD"]) in found
