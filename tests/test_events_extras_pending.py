"""An act named after "pending" ("would suspend the fee pending talks") is awaited, no event yet, for either
coder; the step taken in the meantime is still coded, and talks held are still a meeting."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_PENDING = (
    "On Friday, Tanzania's finance ministry said it would suspend the transit levy for Zambian trucks"
    " pending talks with Lusaka."
)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_pending_drops_the_awaited_talks(coder: str, request: pytest.FixtureRequest) -> None:
    types = coded_types(request.getfixturevalue(coder), _PENDING)
    assert "AGREE" not in types
    assert "CONSULT" not in types
    assert "CONCEDE" in types


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_pending_keeps_talks_held(coder: str, request: pytest.FixtureRequest) -> None:
    held = "Tanzanian and Zambian officials held talks on the port charge in Lusaka on Monday."
    assert "CONSULT" in coded_types(request.getfixturevalue(coder), held)
