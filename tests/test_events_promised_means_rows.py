"""Rows read on promises and closures: force promised 'by all means' (THREATEN: the noun row of
'means' with the det=, promisedverb and notmod= conditions), a second look promised ('would look
again', 'would look favourably': CONCEDE), people promised to be pursued (THREATEN) and an area or
zone closed (COERCE); each read in an invented sentence, and near sentences left alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_force_promised_by_all_means_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Turkey said it would protect the Turkish Cypriots against Greece with all means.")
    assert "THREATEN" in found


def test_events_all_means_used_in_the_past_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Smugglers from Albania used all means to cross into Greece last year.")
    assert "THREATEN" not in found


def test_events_a_promised_second_look_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Canada said it would look again at the visa requirement for Mexican travellers.")
    assert "CONCEDE" in found


def test_events_a_second_look_told_as_done_is_no_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Canada looked again at the map of the border with the United States.")
    assert "CONCEDE" not in found


def test_events_those_promised_to_be_pursued_are_threatened(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Kenya said any group that attacked its fishermen from Somalia would be pursued.")
    assert "THREATEN" in found


def test_events_an_area_closed_to_civilians_is_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Ghanaian troops closed the area near the border with Togo to civilians.")
    assert "COERCE" in found


def test_events_all_peaceful_means_promised_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Vietnam said it would use all peaceful means to protect its rights against China.")
    assert "THREATEN" not in found
