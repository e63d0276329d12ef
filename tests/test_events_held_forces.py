"""Members of a force detained with no nationality told (parley.events._held_forces): the holder's own."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley import Pipeline, Settings

_STORY = (
    "Peruvian guard kills Bolivian trader; La Paz wants answers\n\n"
    "A Bolivian trader died on Friday after a Peruvian border guard opened fire at a crossing near Desaguadero.\n\n"
    "Bolivia's foreign ministry called in the Peruvian envoy.\n\n"
)


@pytest.fixture(scope="module", params=["rules", "learned"])
def pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else Pipeline(Settings(coder="learned"))


def test_events_held_soldier_is_the_holders_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "The Peruvian interior ministry says the soldier has been detained and will face a military court."
    assert ("COERCE", ["PER"], ["PER"]) in _events(pipeline, text)


def test_events_officers_locked_up_by_the_army_are_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Canada condemned the killing of villagers by Malian soldiers.\n\n"
        "The Malian army said it had opened an inquiry and locked up two officers."
    )
    assert ("COERCE", ["MLI"], ["MLI"]) in _events(pipeline, text)


def test_events_held_soldiers_of_a_named_country_stay_theirs(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Canada condemned the killing of villagers by Malian soldiers.\n\n"
        "The Malian army said it had opened an inquiry and locked up two Canadian officers."
    )
    assert ("COERCE", ["MLI"], ["CAN"]) in _events(pipeline, text)
