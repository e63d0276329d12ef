"""A request named "at the request of X" by the act that grants it is aimed at that act's doer
(parley.events._recip_granted_request.request_granters), for either coder."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_recip_granted_request_doer_of_granting_act_is_recipient(coder: str, request: pytest.FixtureRequest) -> None:
    text = (
        "Turkish jets bombed villages in northern Iraq.\n\n"
        "At the request of the Iraqi side, the UN Security Council gathered for a closed session."
    )
    assert roles_of_type(request.getfixturevalue(coder), text, "REQUEST") == [(["IRQ"], ["UNO"])]


@pytest.mark.parametrize("coder", _CODERS)
def test_recip_granted_request_passive_act_keeps_story_guess(coder: str, request: pytest.FixtureRequest) -> None:
    text = (
        "Turkish jets bombed villages in northern Iraq.\n\n"
        "At the request of the Iraqi side, a closed session was called."
    )
    assert roles_of_type(request.getfixturevalue(coder), text, "REQUEST") == [(["IRQ"], ["TUR"])]
