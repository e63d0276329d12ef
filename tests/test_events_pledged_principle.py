"""A commitment renewed to a principle supports no party (``events/_pledged_principle.py``), for either
coder; a commitment to a named party, or support renewed for one, stays SUPPORT."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_pledged_principle_drops_a_commitment_to_principles(coder: str, request: pytest.FixtureRequest) -> None:
    principle = "Both sides reaffirmed their commitment to multilateralism and to the peaceful settlement of disputes."
    assert "SUPPORT" not in coded_types(request.getfixturevalue(coder), principle)


@pytest.mark.parametrize("coder", _CODERS)
def test_pledged_principle_keeps_a_commitment_to_a_state(coder: str, request: pytest.FixtureRequest) -> None:
    state = "Germany reaffirmed its commitment to Ukraine, the chancellor said."
    assert "SUPPORT" in coded_types(request.getfixturevalue(coder), state)


@pytest.mark.parametrize("coder", _CODERS)
def test_pledged_principle_keeps_a_state_owning_the_cause(coder: str, request: pytest.FixtureRequest) -> None:
    owned = "Japan reaffirmed its commitment to Somalia's security."
    assert "SUPPORT" in coded_types(request.getfixturevalue(coder), owned)
