"""A text a body issued (a statement, a petition, a resolution) speaks for its issuer when it is the
subject of a later sentence; parley.events._pronouns reads who issued it."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_issued_texts_petition_speaks_for_who_handed_it_over(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the traders walk "to hand over a petition": the infinitive takes the walkers as its subject
    text = (
        "Ugandan traders walked to the Kenyan High Commission in Kampala to hand over a petition. "
        "The petition calls on Kenya to remove a new cargo fee."
    )
    assert [e[1] for e in _events(pipeline, text) if e[0] == "REQUEST"] == [["UGA"]]


def test_events_issued_texts_resolution_without_issuer_speaks_for_nobody(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(pipeline, "The resolution calls on Kenya to remove a new cargo fee.") if e[1]]
