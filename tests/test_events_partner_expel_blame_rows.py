"""Rows of data/triggers.tsv for common news wordings the lexicon lacked: work done "side by side"
(COOPERATE), a diplomat named persona non grata (SANCTION), countermeasures promised (THREATEN); each row
read in an invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_work_side_by_side_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Chilean and Argentine firefighters worked side by side to contain the blaze.")
    assert "COOPERATE" in found


def test_events_posts_put_side_by_side_are_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "The customs posts of Chile and Argentina stand side by side at the pass.")
    assert "COOPERATE" not in found


def test_events_a_diplomat_named_persona_non_grata_is_expelled(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Bolivia named the Peruvian consul a persona non grata on Monday.")
    assert [e[:2] for e in found] == [("SANCTION", ["BOL"])]


def test_events_a_diplomat_named_envoy_is_no_expulsion(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "SANCTION" not in _types(pipeline, "Bolivia named the former minister its envoy to Peru on Monday.")


def test_events_countermeasures_promised_are_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Armenia's president promised resolute countermeasures against Azerbaijan.")
    assert "THREATEN" in found and "AGREE" not in found


def test_events_aid_promised_stays_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Armenia's president promised new aid to Azerbaijan.")
    assert "THREATEN" not in found
