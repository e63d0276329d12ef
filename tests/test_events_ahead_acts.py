"""An act named after "ahead of" ("berthed ahead of a coordinated patrol") is still to come: a promised
cooperation or meeting (AGREE), not one done, for either coder; the same act told as done stays coded,
and "ahead of" a thing that is no act changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_types, read_context, token_of
from parley.events._ahead_acts import is_coming
from parley.events._words import load_event_words

_PATROL = (
    "The Indonesian navy corvette KRI Sultan Iskandar Muda berthed at Fort Hill Wharf in Darwin yesterday"
    " ahead of a week-long coordinated patrol with the Royal Australian Navy."
)
_VISIT = "Analysts read that as a signal to Beijing ahead of a visit by Vietnam's new foreign minister next month."


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_ahead_acts_patrol_to_come_is_promised(coder: str, request: pytest.FixtureRequest) -> None:
    types = coded_types(request.getfixturevalue(coder), _PATROL)
    assert "COOPERATE" not in types
    assert "AGREE" in types


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_ahead_acts_visit_to_come_is_promised(coder: str, request: pytest.FixtureRequest) -> None:
    types = coded_types(request.getfixturevalue(coder), _VISIT)
    assert "CONSULT" not in types
    assert "AGREE" in types


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_ahead_acts_patrol_held_stays_done(coder: str, request: pytest.FixtureRequest) -> None:
    held = "The Indonesian and Australian navies held a week-long coordinated patrol in the Timor Sea on Monday."
    assert "COOPERATE" in coded_types(request.getfixturevalue(coder), held)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_ahead_acts_talks_before_an_election_stay_held(coder: str, request: pytest.FixtureRequest) -> None:
    held = "Japanese and Chinese officials held talks in Tokyo on Monday ahead of the election."
    assert "CONSULT" in coded_types(request.getfixturevalue(coder), held)


def test_ahead_acts_reads_through_a_length_of_time(rules_pipeline: Any) -> None:
    ctx = read_context(
        rules_pipeline, "The boat berthed at the wharf on Monday ahead of a week of joint patrols with Tonga."
    )
    words = load_event_words()
    assert is_coming(token_of(ctx, "patrols"), words)
    assert not is_coming(token_of(ctx, "wharf"), words)
