"""Trigger rows of data/triggers.tsv the lexicon once missed: boundary markers moved onto another's land
(a seizure, not a troop movement), refugee status granted (asylum), and sanctions adopted, extended or
prolonged; each read in an invented sentence, with a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_boundary_markers_moved_are_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Russian soldiers moved boundary markers 300 metres deeper into Georgian land on Monday.")
    assert [e[:2] for e in found] == [("COERCE", ["RUS"])]


def test_events_troops_moved_stay_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Russia moved three battalions to the border with Georgia on Monday.")
    assert [e[0] for e in found] == ["MOBILIZE"]


def test_events_refugee_status_granted_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Norway granted refugee status to 40 Eritrean students on Monday.")
    assert ("AID", ["NOR"], ["ERI"]) in found


def test_events_restrictive_measures_prolonged_are_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The European Union prolonged the restrictive measures against Nicaragua for one year.")
    assert ("SANCTION", ["EUR"], ["NIC"]) in found


def test_events_embargo_extended_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The European Union extended its arms embargo on Somalia for another year.")
    assert ("SANCTION", ["EUR"], ["SOM"]) in found


def test_events_measures_adopted_without_restriction_are_no_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The European Union adopted measures to boost trade with Kenya.")
    assert "SANCTION" not in [e[0] for e in found]
