"""A refusal to let a party in or let it act, aimed at that party ("refused to allow EU monitors onto
their section") (parley.events._recip_letting.refused_parties), for either coder."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_events_recip_letting_object_of_allow_is_recipient(coder: str, request: pytest.FixtureRequest) -> None:
    text = (
        "Moldova and Ukraine signed a customs deal last year.\n\n"
        "Tiraspol's leaders have refused to allow EU monitors onto their section since the mission began."
    )
    assert roles_of_type(request.getfixturevalue(coder), text, "REJECT") == [(["MDA"], ["EUR"])]


@pytest.mark.parametrize("coder", _CODERS)
def test_events_recip_letting_subject_of_let_deed_is_recipient(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Kenya has refused to let Uganda's state railway corporation run its own freight trains on the line."
    assert roles_of_type(request.getfixturevalue(coder), text, "REJECT") == [(["KEN"], ["UGA"])]


@pytest.mark.parametrize("coder", _CODERS)
def test_events_recip_letting_no_party_keeps_story_guess(coder: str, request: pytest.FixtureRequest) -> None:
    text = (
        "Moldova and Ukraine signed a customs deal last year.\n\n"
        "Tiraspol's leaders have refused to allow the lorries onto their section since the mission began."
    )
    assert roles_of_type(request.getfixturevalue(coder), text, "REJECT") == [(["MDA"], ["UKR"])]
