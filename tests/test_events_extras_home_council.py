"""A state's own council meeting (its cabinet, its security council) is the government at home, no
meeting of the story, for either coder; two governments' joint cabinet meeting and the UN Security
Council convened stay meetings."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events, coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_extras_home_council_drops_a_cabinet_meeting(coder: str, request: pytest.FixtureRequest) -> None:
    text = "The plan was approved at an emergency cabinet meeting in Lima on Monday, the spokesman said."
    assert "CONSULT" not in coded_types(request.getfixturevalue(coder), text)


@pytest.mark.parametrize("coder", _CODERS)
def test_extras_home_council_drops_a_convened_security_council(coder: str, request: pytest.FixtureRequest) -> None:
    text = "The Kenyan president convened his national security council following the bombing."
    assert "CONSULT" not in coded_types(request.getfixturevalue(coder), text)


def test_extras_home_council_drops_an_owned_security_council(rules_pipeline: Any) -> None:
    text = "Aliyev, meeting his Security Council on Friday, accused Armenia of provocations."
    events = coded_events(rules_pipeline, text)
    assert [e[0] for e in events] == ["ACCUSE"]


def test_extras_home_council_keeps_a_joint_cabinet_meeting(rules_pipeline: Any) -> None:
    text = "Colombia and Ecuador held a joint cabinet meeting in Tulcan on Friday."
    assert "CONSULT" in coded_types(rules_pipeline, text)


def test_extras_home_council_keeps_the_un_security_council(rules_pipeline: Any) -> None:
    text = "France convened the Security Council on Monday after the attack on its embassy."
    assert "CONSULT" in coded_types(rules_pipeline, text)
