"""Readiness and exercises shown with no target named are aimed at the state the actor last faced;
a deployment to a place is not read that way."""

from __future__ import annotations

import pytest

from _events_setup import role_finder, roles_of_type, token_of
from parley.events._show_of_force import shows_force
from parley.pipeline import Pipeline


def _chosen(coder: str, rules: Pipeline, learned: Pipeline) -> Pipeline:
    return rules if coder == "rules" else learned


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_recipients_show_of_force_alert_faces_the_state_last_faced(
    coder: str, rules_pipeline: Pipeline, pipeline: Pipeline
) -> None:
    # no pair of states told yet: only the state the actor last faced gives the target
    text = "VILNIUS, May 3 - Russian warplanes flew over Lithuanian waters on Monday.\n\n"
    text += "Lithuania put its air force on alert on Tuesday."
    found = roles_of_type(_chosen(coder, rules_pipeline, pipeline), text, "MOBILIZE")
    assert found == [(["LTU"], ["RUS"])]


def test_events_recipients_show_of_force_reads_readiness_words(rules_pipeline: Pipeline) -> None:
    roles = role_finder(rules_pipeline, "The navy staged exercises near the coast on Friday.")
    assert shows_force(token_of(roles.ctx, "staged"), roles.words)
    roles = role_finder(rules_pipeline, "The two navies held joint drills off the coast.")
    assert shows_force(token_of(roles.ctx, "held"), roles.words)


def test_events_recipients_show_of_force_not_a_time_phrase_or_a_deployment(rules_pipeline: Pipeline) -> None:
    roles = role_finder(rules_pipeline, "The navy fired two missiles during the drill.")
    assert not shows_force(token_of(roles.ctx, "fired"), roles.words)
    roles = role_finder(rules_pipeline, "The army sent a battalion to the northern town.")
    assert not shows_force(token_of(roles.ctx, "sent"), roles.words)


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_recipients_show_of_force_warships_sent_face_the_state_last_faced(
    coder: str, rules_pipeline: Pipeline, pipeline: Pipeline
) -> None:
    # warships moved with no target named are aimed at whom the actor last faced, like readiness
    text = "VILNIUS, May 3 - Russian warplanes flew over Lithuanian waters on Monday.\n\n"
    text += "Lithuania sent two frigates to the Baltic Sea on Tuesday."
    found = roles_of_type(_chosen(coder, rules_pipeline, pipeline), text, "MOBILIZE")
    assert found == [(["LTU"], ["RUS"])]
