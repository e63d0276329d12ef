"""A commitment renewed to a principle supports no party (``events/_pledged_principle.py``), for either
coder; a commitment to a named party, or support renewed for one, stays SUPPORT."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]


# Named states: "Both sides" has no actor, so no coder codes it, with the check or without.
_PRINCIPLES = [
    "Germany and France reaffirmed their commitment to multilateralism and to the peaceful settlement of disputes.",
    "Japan reiterated its commitment to multilateralism and the rule of law at sea.",
]


@pytest.mark.parametrize("principle", _PRINCIPLES, ids=["to_x_and_to_y", "to_x_and_y"])
@pytest.mark.parametrize("coder", _CODERS)
def test_pledged_principle_drops_a_commitment_to_principles(
    coder: str, principle: str, request: pytest.FixtureRequest
) -> None:
    assert "SUPPORT" not in coded_types(request.getfixturevalue(coder), principle)


@pytest.mark.parametrize("coder", _CODERS)
def test_pledged_principle_keeps_a_commitment_to_a_state(coder: str, request: pytest.FixtureRequest) -> None:
    state = "Germany reaffirmed its commitment to Ukraine, the chancellor said."
    assert "SUPPORT" in coded_types(request.getfixturevalue(coder), state)


@pytest.mark.parametrize("coder", _CODERS)
def test_pledged_principle_keeps_a_state_owning_the_cause(coder: str, request: pytest.FixtureRequest) -> None:
    owned = "Japan reaffirmed its commitment to Somalia's security."
    assert "SUPPORT" in coded_types(request.getfixturevalue(coder), owned)
