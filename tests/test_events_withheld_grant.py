"""A leave refused in the passive with no doer named (``parley.events._withheld_grant``): the state
where it happened withheld it, under both coders."""

from __future__ import annotations

import pytest

from _events_setup import coded_events
from parley.pipeline import Pipeline


def _chosen(coder: str, rules: Pipeline, learned: Pipeline) -> Pipeline:
    return rules if coder == "rules" else learned


def _rejections(pipeline: Pipeline, text: str) -> list[tuple[list[str], list[str]]]:
    return [(actors, recipients) for type_, actors, recipients in coded_events(pipeline, text) if type_ == "REJECT"]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_withheld_grant_entry_refused_by_the_state_of_the_place(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    text = "Nine Malian herders were refused entry at the border post of Gaya in Niger on Tuesday."
    found = _rejections(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert [actors for actors, _ in found] == [["NER"]]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_withheld_grant_access_denied_by_the_story_state(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    text = (
        "LUSAKA, May 3 - Zambia detained four Malawian traders on smuggling charges last week.\n\n"
        "Malawian consular officials were denied access to the men on Friday."
    )
    found = _rejections(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert ["ZMB"] in [actors for actors, _ in found]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_withheld_grant_not_a_leave_names_no_refuser(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    # a meeting is no leave the state grants: who refused it, the words do not say
    text = "Nine Malian herders were refused a meeting at the border post of Gaya in Niger on Tuesday."
    assert _rejections(_chosen(coder, rules_pipeline, learned_pipeline), text) == []


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_withheld_grant_misplaced_by_phrase_names_the_refuser(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    # the "by" phrase hangs on "entry", not on the verb: still it names who refused, not the place's state
    text = "Georgian monitors were refused entry to the village by Russian border guards on Monday."
    found = _rejections(_chosen(coder, rules_pipeline, learned_pipeline), text)
    assert [actors for actors, _ in found] == [["RUS"]]
