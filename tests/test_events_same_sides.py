"""Two mentions of a both-sides type in one sentence with the same actors and recipients are one event
("extended an invitation ... to visit Accra"), for either coder; the same act done with two other parties
("met Ugandan officials ... and met Tanzanian officials") stays two."""

from __future__ import annotations

import pytest

from _events_setup import coded_events

_INVITATION = "Ghana extended an invitation to the President of Togo to visit Accra at a time of his convenience."
_TWO_MEETINGS = "The Kenyan minister met Ugandan officials on Monday and met Tanzanian officials on Tuesday."


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_same_sides_invitation_and_visit_are_one(coder: str, request: pytest.FixtureRequest) -> None:
    assert coded_events(request.getfixturevalue(coder), _INVITATION) == [("AGREE", ["GHA"], ["TGO"])]


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_same_sides_meetings_with_other_parties_stay_two(coder: str, request: pytest.FixtureRequest) -> None:
    assert coded_events(request.getfixturevalue(coder), _TWO_MEETINGS) == [
        ("CONSULT", ["KEN"], ["UGA"]),
        ("CONSULT", ["KEN"], ["TZA"]),
    ]
