"""A storm is no actor: the damage it does is no event."""

from __future__ import annotations

from _events_setup import coded_events


def test_nature_storm_as_subject_makes_no_event(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Fijian police arrested two looters. The category five storm swept over the islands on Saturday."
    assert [e[0] for e in coded_events(rules_pipeline, text)] == ["COERCE"]
    named = "Cyclone Winston tore across Fiji on Saturday, Fijian officials said."
    assert coded_events(rules_pipeline, named) == []
