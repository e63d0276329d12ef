"""Forces or craft sent with relief workers are help (events/_relief.py): "sent two helicopters and a
rescue unit" is AID, where the same verb with troops alone stays a mobilisation."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_relief_helicopters_with_rescue_unit_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Peru has sent three helicopters and a rescue unit to Bolivia after the floods.")
    assert [e[0] for e in found] == ["AID"]


def test_relief_ship_with_medical_staff_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Japan is deploying a navy ship with 90 medical staff to Fiji.")
    assert [e[0] for e in found] == ["AID"]


def test_relief_troops_alone_stay_a_mobilisation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Peru has sent three helicopters and two infantry companies to the Bolivian border.")
    assert [e[0] for e in found] == ["MOBILIZE"]


def test_relief_forces_put_at_a_government_disposal_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline, "Spain has put two helicopters and 50 soldiers at the disposal of the Moroccan government."
    )
    assert [e[0] for e in found] == ["AID"]
