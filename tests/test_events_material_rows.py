"""Material-cooperation rows of data/triggers.tsv added from the training corpus's misses (crossings
reopened, captives and seized goods returned, aid flown in or sent in loaded craft,
aid deliveries resumed, passage allowed, records shared, joint checks): each row read in an invented
sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_a_reopened_crossing_is_access_restored(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Pakistan on Sunday reopened the Torkham border crossing with Afghanistan.")
    assert [e[:2] for e in found] == [("RETREAT", ["PAK"])]


def test_events_a_reopened_embassy_is_still_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Qatar on Monday reopened its embassy in Cairo.") == ["SUPPORT"]


def test_events_returned_fishing_boats_are_a_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Russia on Wednesday returned four Ukrainian fishing boats to Ukraine.")
    assert [e[:2] for e in found] == [("RETREAT", ["RUS"])]


def test_events_returned_fire_is_no_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(pipeline, "Indian troops returned fire on Pakistani posts on Sunday.")


def test_events_a_field_hospital_flown_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "AID" in _types(pipeline, "Kazakhstan flew a field hospital to Kyrgyzstan on Monday.")


def test_events_a_plane_loaded_with_tents_is_aid_not_a_deployment(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "New Zealand has sent a C-130 Hercules loaded with tents and generators to Tuvalu.")
    assert "AID" in found and "MOBILIZE" not in found


def test_events_resumed_airdrops_of_food_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "AID" in _types(pipeline, "The World Food Programme resumed airdrops of food to Sudan on Tuesday.")


def test_events_resumed_talks_stay_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "AID" not in _types(pipeline, "Armenia and Azerbaijan resumed talks in Moscow on Tuesday.")


def test_events_shared_radio_frequencies_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "The Colombian and Venezuelan armies shared radio frequencies last month.")
    assert found == ["COOPERATE"]


def test_events_joint_checks_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Colombian and Venezuelan police carried out joint checks on lorries on Monday.")
    assert "COOPERATE" in found


def test_events_traffic_halted_by_a_blockade_is_no_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Several thousand Bosnian veterans blocked the main roads into Sarajevo, halting traffic for six hours."
    assert "SANCTION" not in _types(pipeline, text)
    assert "SANCTION" in _types(pipeline, "Serbia halted electricity exports to Kosovo on Monday.")
