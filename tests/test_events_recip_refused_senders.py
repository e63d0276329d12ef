"""A refusal of a thing someone sent is aimed at the sender named after it ("refused to take letters
from the envoy") (parley.events._recip_refused_senders.refused_senders), for either coder."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_recip_refused_senders_sender_of_taken_thing_is_recipient(coder: str, request: pytest.FixtureRequest) -> None:
    text = (
        "Egypt and Sudan held talks with Eritrea on the drought.\n\n"
        "Eritrea's rulers refused to take letters from the United Nations for a month."
    )
    assert roles_of_type(request.getfixturevalue(coder), text, "REJECT") == [(["ERI"], ["UNO"])]


@pytest.mark.parametrize("coder", _CODERS)
def test_recip_refused_senders_no_sender_keeps_story_guess(coder: str, request: pytest.FixtureRequest) -> None:
    text = (
        "Egypt and Sudan held talks with Eritrea on the drought.\n\nEritrea's rulers refused to take mail for a month."
    )
    assert roles_of_type(request.getfixturevalue(coder), text, "REJECT") == [(["ERI"], ["EGY", "SDN"])]
