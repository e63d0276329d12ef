"""A third state invited in the passive with no inviter named (``parley.events._invited_third``): the
story's pair of states invited it, under both coders."""

from __future__ import annotations

import pytest

from _events_setup import coded_events
from parley.pipeline import Pipeline

_STORY = (
    "RIGA, May 3 - Latvia and Belarus agreed to hold joint rescue drills on the Daugava after a dispute "
    "over a Belarusian dam.\n\n"
    "Latvia had accused Belarus of cutting the river's flow, and Belarus denied the charge.\n\n"
)


def _chosen(coder: str, rules: Pipeline, learned: Pipeline) -> Pipeline:
    return rules if coder == "rules" else learned


def _invitations(pipeline: Pipeline, text: str) -> list[tuple[list[str], list[str]]]:
    return [(actors, recipients) for type_, actors, recipients in coded_events(pipeline, text) if type_ == "AGREE"]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_invited_third_state_asked_in_by_the_story_pair(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    text = _STORY + "Russia was invited to join the drills but did not send anyone."
    found = _invitations(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert (["BLR", "LVA"], ["RUS"]) in found


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_invited_third_state_of_the_pair_names_no_inviter(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    # one of the pair asked in: which party asked, the words do not say
    text = _STORY + "Belarus was invited to join the drills but did not send anyone."
    found = _invitations(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert all(recipients != ["BLR"] for _, recipients in found)
