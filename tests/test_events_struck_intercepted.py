"""Trigger rows of data/triggers.tsv read by their voice or their object: a passive "struck" is a blow,
never a labour strike; intercepting what flies (drones, military planes) is air defence, not a seizure,
while intercepting boats stays one. Each read in an invented sentence, with a near sentence it keeps."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_passive_struck_is_no_strike(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline, "A Vietnamese fishing boat sank after being struck by a Chinese surveillance ship on Monday."
    )
    assert "PROTEST" not in [t for t, _, _ in found]
    found = _events(pipeline, "Several Bolivian drivers said they had been struck by Chilean police.")
    assert "PROTEST" not in [t for t, _, _ in found]


def test_events_workers_who_strike_still_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenyan dockworkers struck for two days over pay.")
    assert [t for t, _, _ in found] == ["PROTEST"]


def test_events_intercepted_drones_and_planes_are_no_seizure(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Saudi coalition said it had intercepted six more Houthi drones since then.")
    assert "COERCE" not in [t for t, _, _ in found]
    found = _events(pipeline, "Polish jets were scrambled to intercept Russian military planes near the border.")
    assert "COERCE" not in [t for t, _, _ in found]


def test_events_intercepted_boats_stay_seized(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Trinidad and Tobago Coast Guard intercepted a Venezuelan pirogue off Icacos Point.")
    assert ("COERCE", ["TTO"], ["VEN"]) in found
