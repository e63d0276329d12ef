"""Readiness to use force is the threat, no offer (``events/_ready_threats.py``): "prepared to use every
means", "prepared to disarm"; a state ready to help or talk keeps its AGREE."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]


def test_events_ready_threats_reads_every_means_as_a_threat(rules_pipeline: Any) -> None:
    means = "Thailand's prime minister said Bangkok was prepared to use every means to bring its diplomats home."
    types = coded_types(rules_pipeline, means)
    assert "THREATEN" in types
    assert "AGREE" not in types


def test_events_ready_threats_reads_readiness_to_disarm_as_a_threat(rules_pipeline: Any) -> None:
    disarm = "Bush said the United States was prepared to disarm Iraq if the United Nations failed to act."
    types = coded_types(rules_pipeline, disarm)
    assert "THREATEN" in types
    assert "AGREE" not in types


@pytest.mark.parametrize("coder", _CODERS)
def test_events_ready_threats_keeps_an_offer_of_help(coder: str, request: pytest.FixtureRequest) -> None:
    help_ = "India said it was prepared to help Nepal rebuild the damaged bridges."
    assert "AGREE" in coded_types(request.getfixturevalue(coder), help_)
