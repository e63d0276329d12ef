"""The noun "retreat" as a withdrawal (data/triggers.tsv, RETREAT) goes from, to or of somewhere; the
leaders' meeting of that name ("is staying away from the retreat") is no withdrawal, for either coder."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_retreat_noun_a_meeting_is_no_withdrawal(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Kiribati's president is staying away from the retreat in protest at the choice of venue."
    assert "RETREAT" not in coded_types(request.getfixturevalue(coder), text)


def test_retreat_noun_a_withdrawal_from_a_town(rules_pipeline: object) -> None:
    text = "The Russian army's retreat from Kherson was completed on Friday."
    assert "RETREAT" in coded_types(rules_pipeline, text)


@pytest.mark.parametrize("coder", _CODERS)
def test_retreat_noun_the_verb_still_withdraws(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Ugandan troops retreated from the border town of Bunagana on Monday."
    assert "RETREAT" in coded_types(request.getfixturevalue(coder), text)
