"""Rows of data/triggers.tsv and data/event_words.tsv for coercion and mobilisation wordings the lexicon
once missed: a border kept closed, goods made off with, forces stationed somewhere in a past passive;
each read in an invented sentence, and a near sentence it must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_closure_placing_rows_border_kept_closed_is_a_restriction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Pakistan kept the Torkham border crossing closed for a fourth day on Tuesday.")
    assert [e[:2] for e in found] == [("COERCE", ["PAK"])]


def test_events_closure_placing_rows_people_kept_somewhere_is_no_restriction(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Kenya kept the Somali refugees in camps near Dadaab.") == []


def test_events_closure_placing_rows_goods_made_off_with_are_seized(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Somali gunmen made off with two armoured vehicles and a fuel truck.")
    assert [e[:2] for e in found] == [("COERCE", ["SOM"])]


def test_events_closure_placing_rows_made_off_alone_is_a_flight_not_a_seizure(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Somali gunmen made off before the Kenyan police arrived.") == []


def test_events_closure_placing_rows_troops_stationed_on_a_hill_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Uzbek troops were stationed on the hill above the town.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["UZB"])]


def test_events_closure_placing_rows_boats_stationed_off_an_island_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Two Ugandan patrol boats have been stationed off the island.") == ["MOBILIZE"]


def test_events_closure_placing_rows_a_standing_garrison_is_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "About 3,000 American troops are stationed in Germany.") == []
    assert _types(pipeline, "The American troops stationed in Germany held a parade.") == []


def test_events_closure_placing_rows_placed_in_custody_is_an_arrest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Pakistani police placed the Indian fisherman in custody.")
    assert found == [("COERCE", ["PAK"], ["IND"])]


def test_events_closure_placing_rows_put_on_an_agenda_is_no_arrest(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Egypt put the Sudanese proposal on the agenda.") == []


def test_events_closure_placing_rows_officers_locked_up_are_arrested(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The South Sudanese army locked up two Ugandan officers.")
    assert found == [("COERCE", ["SSD"], ["UGA"])]


def test_events_closure_placing_rows_a_curfew_set_is_a_curfew(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Ecuador's decree also sets a curfew in the city of Guayaquil.") == ["COERCE"]
    assert _types(pipeline, "Kenya set a deadline for Somalia.") == []


def test_events_closure_placing_rows_a_battalion_rotated_in_is_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Germany rotated a battalion into Lithuania this year.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["DEU"])]


def test_events_closure_placing_rows_destroyers_assigned_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Japan has assigned two destroyers to escort a government research vessel.") == ["MOBILIZE"]
    assert "MOBILIZE" not in _types(pipeline, "Kenya assigned two diplomats to the talks with Somalia.")
