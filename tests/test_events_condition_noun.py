"""The partner named under the noun a row's ``pobj=`` condition asks for (events/_condition_noun): the
parser hangs "with X" from "telephone" in "spoke by telephone with X", and the phrase still names whom
the call was with."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_condition_noun_call_partner_under_the_means_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "NEW DELHI, March 3 (Probe Wire) -- Fumio Kishida spoke by telephone with Narendra Modi on Thursday."
    assert roles_of_type(pipeline, text, "CONSULT") == [(["JPN"], ["IND"])]


def test_condition_noun_partner_at_the_verb_still_read(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "NEW DELHI, March 3 (Probe Wire) -- The Japanese leader spoke by telephone with Modi on Thursday."
    assert roles_of_type(pipeline, text, "CONSULT") == [(["JPN"], ["IND"])]


def test_condition_noun_talks_table_partner_is_the_refused_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "SEOUL, March 3 (Probe Wire) -- North Korea said it would not sit at the negotiating table with South Korea."
    assert [r for _, r in roles_of_type(pipeline, text, "REJECT")] == [["KOR"]]
