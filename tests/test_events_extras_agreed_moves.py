"""A deployment agreed on ("agreed to station liaison officers at the crossing") is coded as
the agreement, for either coder: no MOBILIZE of forces not yet moved; a deployment made is still one,
and other acts so decided stay the inner act."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_AGREED = "Hungary has agreed to station liaison officers at the Roszke crossing from March, the ministry said."


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_agreed_moves_codes_the_agreement(coder: str, request: pytest.FixtureRequest) -> None:
    types = coded_types(request.getfixturevalue(coder), _AGREED)
    assert "MOBILIZE" not in types
    assert "AGREE" in types


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_agreed_moves_keeps_made_and_decided_acts(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    made = "Hungary stationed liaison officers at the Roszke crossing on Monday, the ministry said."
    assert "MOBILIZE" in coded_types(pipeline, made)
    decided = "The Council of the European Union today decided to suspend EUR 20 million in budget support to Mali."
    assert "SANCTION" in coded_types(pipeline, decided)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_agreed_moves_keeps_a_begun_move(coder: str, request: pytest.FixtureRequest) -> None:
    begun = "Fishermen said Chinese vessels began massing around the reef last month."
    assert "MOBILIZE" in coded_types(request.getfixturevalue(coder), begun)
