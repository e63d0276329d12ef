"""Envoys recalled or expelled in the passive with no doer named (events/_envoy_passive): a recall is the
sender's act against the host, an expulsion the host's against the sender, whatever the dateline says."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_envoy_passive_recall_with_post_is_the_senders_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "GENEVA, May 7 (Probe Wire) -- The German ambassador to Russia was recalled on Tuesday over visas."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["DEU"], ["RUS"])]


def test_envoy_passive_recall_of_possessed_envoy_is_the_senders_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "GENEVA, May 7 (Probe Wire) -- Kenya's ambassador to Uganda has been recalled for consultations."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["KEN"], ["UGA"])]


def test_envoy_passive_recall_from_a_capital_names_the_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "GENEVA, May 7 (Probe Wire) -- The Iranian ambassador has been recalled from Baghdad."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["IRN"], ["IRQ"])]


def test_envoy_passive_recall_without_post_is_from_the_datelines_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "MOSCOW, May 7 (Probe Wire) -- The German ambassador was recalled on Tuesday after a row over visas."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["DEU"], ["RUS"])]


def test_envoy_passive_expulsion_is_the_hosts_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "GENEVA, May 7 (Probe Wire) -- The German ambassador to Russia was expelled on Tuesday."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["RUS"], ["DEU"])]


def test_envoy_passive_active_recall_is_left_alone(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "GENEVA, May 7 (Probe Wire) -- Ghana recalled its ambassador to Burkina Faso on Tuesday."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["GHA"], ["BFA"])]


def test_envoy_passive_ordered_out_is_the_hosts_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an envoy ordered out is expelled (not recalled): by the state of the place left
    text = "GENEVA, May 7 (Probe Wire) -- The Nigerian envoy was ordered out of Niamey on Tuesday."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["NER"], ["NGA"])]


def test_envoy_passive_told_to_leave_names_the_place_left_as_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the possessor names the envoy's own state; the host is the state the envoy is told to leave
    text = "GENEVA, May 7 (Probe Wire) -- Nigeria's ambassador was told to leave Niger on Tuesday."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["NER"], ["NGA"])]


def test_envoy_passive_promised_recall_is_still_the_senders_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a recall told for later ("will be recalled") is the sender's own step, not the host's
    text = "GENEVA, May 7 (Probe Wire) -- The Chilean ambassador to Bolivia will be recalled for consultations."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["CHL"], ["BOL"])]


def test_envoy_passive_promised_expulsion_stays_the_hosts_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "GENEVA, May 7 (Probe Wire) -- The Chilean ambassador to Bolivia will be expelled within two days."
    assert roles_of_type(pipeline, text, "SANCTION") == [(["BOL"], ["CHL"])]
