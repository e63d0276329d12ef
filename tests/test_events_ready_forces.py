"""Armed forces said to be ready tell a posture, no agreement (``events/_ready_forces.py``), for either
coder; a state that is ready to act keeps its AGREE."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_ready_forces_drops_an_army_that_is_ready(coder: str, request: pytest.FixtureRequest) -> None:
    army = 'Kenya\'s defence minister said the army was ready to defend the northern towns "by every means".'
    assert "AGREE" not in coded_types(request.getfixturevalue(coder), army)


@pytest.mark.parametrize("coder", _CODERS)
def test_ready_forces_drops_ships_kept_ready(coder: str, request: pytest.FixtureRequest) -> None:
    ships = "Seoul said the navy would keep its destroyers in port ready to sail within the hour."
    assert "AGREE" not in coded_types(request.getfixturevalue(coder), ships)


@pytest.mark.parametrize("coder", _CODERS)
def test_ready_forces_keeps_a_ready_state(coder: str, request: pytest.FixtureRequest) -> None:
    state = "Uganda said it was ready to send soldiers to Somalia if the African Union asked."
    assert "AGREE" in coded_types(request.getfixturevalue(coder), state)
