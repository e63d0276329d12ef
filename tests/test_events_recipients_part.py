"""Whom an act is aimed at, named after the thing an "of" phrase of its object names ("two tranches of
support to X", "the recall of its envoy to X")."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


def _chosen(coder: str, rules: Pipeline, learned: Pipeline) -> Pipeline:
    return rules if coder == "rules" else learned


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_recipients_part_aid_suspended_goes_to_whom_it_was_for(
    coder: str, rules_pipeline: Pipeline, pipeline: Pipeline
) -> None:
    text = "BRUSSELS, May 3 - The European Commission is suspending two tranches of budget support to Honduras."
    found = roles_of_type(_chosen(coder, rules_pipeline, pipeline), text, "SANCTION")
    assert found == [(["EUR"], ["HND"])]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_recipients_part_envoy_recalled_from_where_he_is_posted(
    coder: str, rules_pipeline: Pipeline, pipeline: Pipeline
) -> None:
    text = "TEGUCIGALPA, May 3 - The Honduran president announced the recall of the country's ambassador to Brussels."
    found = roles_of_type(_chosen(coder, rules_pipeline, pipeline), text, "SANCTION")
    assert found == [(["HND"], ["EUR"])]
