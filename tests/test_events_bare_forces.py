"""Forces no name places, moved by their own state: paramilitary officers stationed somewhere, patrols
made more in a finite past passive; each read in an invented sentence, and a near one left alone."""

from __future__ import annotations

from datetime import date

import pytest

from _events_setup import roles_of_type
from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_bare_forces_paramilitary_officers_stationed_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "KAMPALA, May 3 - Armed paramilitary officers were stationed at the stadium gates on Tuesday."
    assert roles_of_type(pipeline, text, "MOBILIZE", outlet="UGA") == [(["UGA"], [])]


def test_events_bare_forces_patrols_doubled_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'DAKAR, May 3 - Coast guard patrols in the bay have been doubled "as a precaution", the ministry says.'
    assert [actors for actors, _ in roles_of_type(pipeline, text, "MOBILIZE", outlet="SEN")] == [["SEN"]]


def test_events_bare_forces_patrols_to_be_doubled_are_no_mobilization_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "DAKAR, May 3 - Coast guard patrols in the bay will be doubled next year, the ministry says."
    article = Article(id="t", text=text, published=date(2024, 5, 8), source_country="SEN")
    (doc,) = list(pipeline.process([article]))
    # a promise (the agentless reading names the state that says it), never a move made
    assert [e.modality for e in doc.events if e.event == "MOBILIZE"] == ["future"]
