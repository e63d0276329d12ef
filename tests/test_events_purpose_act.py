"""A planned visit or meeting whose aim, a to-infinitive of the same type between the same sides, is told
after it ("is scheduled to visit Kuala Lumpur next week to discuss cooperation") is one event, for either
coder."""

from __future__ import annotations

import pytest

from _events_setup import coded_events, coded_types

_VISIT = (
    "Indonesian Navy Chief of Staff Admiral Sudirgo Prawiro is scheduled to visit Kuala Lumpur next week"
    " to discuss further cooperation."
)
_TRAVEL = "Senegal's fisheries minister is due to travel to Rabat in March to sign the accord."


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_purpose_act_visit_and_discussion_are_one(coder: str, request: pytest.FixtureRequest) -> None:
    events = coded_events(request.getfixturevalue(coder), _VISIT)
    assert [e[0] for e in events] == ["AGREE"]
    assert events[0][1] == ["IDN"]
    assert events[0][2] == ["MYS"]


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_purpose_act_travel_and_signing_are_one(coder: str, request: pytest.FixtureRequest) -> None:
    assert coded_types(request.getfixturevalue(coder), _TRAVEL) == ["AGREE"]
