"""Readiness to use force is the threat, no offer (``events/_ready_threats.py``): "prepared to use all possible
means", "prepared to disarm"; a state ready to help or talk keeps its AGREE."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]


def test_events_ready_threats_reads_all_possible_means_as_a_threat(rules_pipeline: Any) -> None:
    means = "Peru's defence minister said Lima was prepared to use all possible means to win its trawlers back."
    types = coded_types(rules_pipeline, means)
    assert "THREATEN" in types
    assert "AGREE" not in types


def test_events_ready_threats_reads_readiness_to_disarm_as_a_threat(rules_pipeline: Any) -> None:
    disarm = "Ankara said Turkey was prepared to disarm the border militias if the ceasefire talks collapsed."
    types = coded_types(rules_pipeline, disarm)
    assert "THREATEN" in types
    assert "AGREE" not in types


@pytest.mark.parametrize("coder", _CODERS)
def test_events_ready_threats_keeps_an_offer_of_help(coder: str, request: pytest.FixtureRequest) -> None:
    help_ = "India said it was prepared to help Nepal rebuild the damaged bridges."
    assert "AGREE" in coded_types(request.getfixturevalue(coder), help_)
