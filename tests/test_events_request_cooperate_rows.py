"""REQUEST and COOPERATE rows of data/triggers.tsv the lexicon once missed ("called upon", an
extradition approved, a commission set up by two parties): each row read in an invented sentence, and
a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_called_upon_is_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Pakistan's foreign minister called upon India to respect the 2003 ceasefire.")
    assert ("REQUEST", ["PAK"], ["IND"]) in found


def test_events_approved_extradition_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Uruguay's Supreme Court approved the extradition to Brazil of a businessman wanted for bribery."
    found = _events(pipeline, text)
    assert ("COOPERATE", ["URY"], ["BRA"]) in found
    assert "SUPPORT" not in [e[0] for e in found]


def test_events_approved_budget_stays_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Uruguay's parliament approved the new treaty with Brazil on Monday.")
    assert "COOPERATE" not in found


def test_events_two_parties_setting_up_a_commission_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Last year Bolivia and Peru set up a demarcation commission.")
    assert ("COOPERATE", ["BOL"], ["PER"]) in found


def test_events_one_body_setting_up_a_hotline_is_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "COOPERATE" not in _types(pipeline, "The Peruvian Red Cross has set up a hotline for relatives.")


def test_events_telling_reporters_is_no_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Denmark has withdrawn its envoy, a diplomat in Copenhagen tells us, to denounce the detentions."
    assert "REQUEST" not in _types(pipeline, text)  # "tells us" reports a statement; nobody is told to act
    assert ("REQUEST", ["GBR"], ["IRN"]) in _events(pipeline, "Britain told Iran to release the sailors.")
