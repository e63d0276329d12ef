"""A detention or arrest told as a noun is an act of its own when a "by" phrase names its doer, also
where the parser hangs that phrase on the noun's "of" object ("the arrest of three traders by Ghanaian
police"); there it must name a force or a state, and it names the actor, the "of" object the target."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_arrest_by_force_on_the_object_is_a_coercion_by_that_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Nigeria protested against the arrest of three Nigerian traders by Ghanaian police in Accra."
    coerce = [e for e in _events(pipeline, text) if e[0] == "COERCE"]
    assert coerce == [("COERCE", ["GHA"], ["NGA"])]


def test_events_arrest_with_its_own_by_phrase_is_a_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The arrest of 40 Kenyan fishermen by Ugandan marines sparked a row between the two countries."
    assert ("COERCE", ["UGA"], ["KEN"]) in _events(pipeline, text)


def test_events_arrest_with_no_doer_named_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Nigeria protested against the arrest of three Nigerian traders in Accra."
    assert "COERCE" not in [e[0] for e in _events(pipeline, text)]


def test_events_detention_with_by_phrase_hung_on_the_verb_is_a_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "by a Togolese navy patrol" on "apologised", an active verb that takes no agent
    text = (
        "Lomé has apologised to Accra for the detention of nine Ghanaian fishermen by a Togolese navy patrol last week."
    )
    assert ("COERCE", ["TGO"], ["GHA"]) in _events(pipeline, text)


def test_events_repelled_attack_by_named_attackers_is_two_assaults(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Malian troops on Tuesday repelled an attack by Burkinabe soldiers on their base near the border."
    assaults = [e for e in _events(pipeline, text) if e[0] == "ASSAULT"]
    assert ("ASSAULT", ["MLI"], ["BFA"]) in assaults
    assert ("ASSAULT", ["BFA"], ["MLI"]) in assaults


def test_events_repelled_accusations_are_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Mali's foreign minister repelled the accusations made by Burkina Faso on Tuesday."
    assert "ASSAULT" not in [e[0] for e in _events(pipeline, text)]
