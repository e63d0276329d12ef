"""The act an ending verb stops ("threatened to stop letting trains cross", "stopped shelling the town")
is no event of its own, for either coder; an -ing clause set off beside the ending verb is one."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_THREAT = (
    "The Belarusian government then threatened to stop letting Ukrainian freight trains cross its territory"
    " to the Baltic ports."
)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_stopped_acts_codes_the_threat_only(coder: str, request: pytest.FixtureRequest) -> None:
    types = coded_types(request.getfixturevalue(coder), _THREAT)
    assert "RETREAT" not in types
    assert "THREATEN" in types


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_stopped_acts_drops_a_stopped_attack(coder: str, request: pytest.FixtureRequest) -> None:
    stopped = "Russian troops stopped shelling the town on Monday, the ministry said."
    assert "ASSAULT" not in coded_types(request.getfixturevalue(coder), stopped)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_stopped_acts_keeps_an_act_beside(coder: str, request: pytest.FixtureRequest) -> None:
    beside = "Rwanda halted the talks, accusing Uganda of bad faith."
    assert "ACCUSE" in coded_types(request.getfixturevalue(coder), beside)
