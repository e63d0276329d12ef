"""An invitation to do an act the inviter wants done is a request; an invitation to come, attend or take
part stays an offer (AGREE). Read under both coders: the lexicon row lends the learned coder its type."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events as _events


@pytest.fixture(params=["rules", "learned"])
def coder(request: Any, rules_pipeline: Any, pipeline: Any) -> Any:
    return rules_pipeline if request.param == "rules" else pipeline


def test_events_invite_to_release_is_a_request(coder) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, "The European Union invites the Government of Chad to release the jailed reporters.")
    assert ("REQUEST", ["EUR"], ["TCD"]) in found
    assert "AGREE" not in [e[0] for e in found]


def test_events_invite_to_withdraw_is_a_request(coder) -> None:  # type: ignore[no-untyped-def]
    assert ("REQUEST", ["KEN"], ["UGA"]) in _events(coder, "Kenya invited Uganda to withdraw its troops from the lake.")


def test_events_invite_to_visit_stays_an_offer(coder) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, "Peru's president invited the Chilean president to visit Lima in June.")
    assert "AGREE" in [e[0] for e in found] and "REQUEST" not in [e[0] for e in found]
