"""A passive's "by" phrase the parser hangs on the verb's object or on a noun of an "in" phrase names the
passive's doer (events/_slipped_agent); not through "during", "after" or a nested clause."""

from __future__ import annotations

import pytest

from _events_setup import read_context, roles_of_type, token_of
from parley.events._slipped_agent import slipped_agents
from parley.events._words import load_event_words
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _agents(pipeline: Pipeline, text: str, verb: str) -> list[str]:
    ctx = read_context(pipeline, text)
    return [t.text for t in slipped_agents(token_of(ctx, verb), load_event_words())]


def test_slipped_agent_on_the_object_names_the_giver(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "KYIV, May 7 (Probe Wire) -- Ukraine was given a loan of $1 billion by Japan on Tuesday."
    assert _agents(pipeline, text, "given") == ["Japan"]
    assert roles_of_type(pipeline, text, "AID") == [(["JPN"], ["UKR"])]


def test_slipped_agent_below_an_amount_names_the_promiser(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "DAKAR, May 7 (Probe Wire) -- Senegal was promised aid worth $50 million by France on Tuesday."
    assert _agents(pipeline, text, "promised") == ["France"]


def test_slipped_agent_in_a_joint_raid_names_the_police(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "QUITO, May 7 (Probe Wire) -- The suspect was arrested in a raid by Colombian police in Ipiales."
    assert _agents(pipeline, text, "arrested") == ["police"]


def test_slipped_agent_after_a_gerund_names_the_accuser(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "BOGOTA, May 7 (Probe Wire) -- Colombia was accused of spying by Venezuela on Tuesday."
    assert _agents(pipeline, text, "accused") == ["Venezuela"]
    assert roles_of_type(pipeline, text, "ACCUSE") == [(["VEN"], ["COL"])]


def test_slipped_agent_not_through_during(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "MUSCAT, May 7 (Probe Wire) -- The deal was concluded during a visit to Colombo by the Omani minister."
    assert _agents(pipeline, text, "concluded") == []


def test_slipped_agent_not_inside_a_relative_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "LIMA, May 7 (Probe Wire) -- The men were arrested at a rally in a square that was guarded by soldiers."
    assert _agents(pipeline, text, "arrested") == []


def test_slipped_agent_none_for_an_active_verb_or_a_real_agent(pipeline) -> None:  # type: ignore[no-untyped-def]
    active = "KYIV, May 7 (Probe Wire) -- Japan gave Ukraine a loan backed by Germany."
    assert _agents(pipeline, active, "gave") == []
    own = "TUNIS, May 7 (Probe Wire) -- Tunisia was handed emergency aid by France on Tuesday."
    assert _agents(pipeline, own, "handed") == []
