"""A detention told in a passive perfect held "since" a time (parley.events._coerce_since)."""

from __future__ import annotations

from _events_setup import coded_events, coded_types


def test_events_coerce_since_detention_tally_is_coded(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the arrests since January are the acts the story reports, not a state of the fishermen
    text = "More than 120 Indian fishermen have been arrested by Sri Lanka since January last year."
    assert ("COERCE", ["LKA"], ["IND"]) in coded_events(rules_pipeline, text)


def test_events_coerce_since_closed_border_stays_a_state(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # a border closed since 1994 describes how things stand: no event
    text = "The land border between Morocco and Algeria has been closed since 1994."
    assert coded_types(rules_pipeline, text) == []


def test_events_coerce_since_aside_on_a_noun_stays_a_state(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "who had been held ... since" tells who the sailors are, beside the release the story reports
    text = "Oman secured the release of two Kenyan sailors who had been held by Yemen since March."
    assert "COERCE" not in coded_types(rules_pipeline, text)
