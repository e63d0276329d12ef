"""Lifting a state of emergency or siege is a RETREAT (the row's object is the head noun "state")."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types


def test_events_lift_state_rows_state_of_emergency_is_retreat(rules_pipeline: Any) -> None:
    assert "RETREAT" in coded_types(rules_pipeline, "Chad lifted the state of emergency in Lac prefecture on Monday.")
