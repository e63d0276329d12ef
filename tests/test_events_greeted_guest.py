"""A guest met on arrival, told in the passive, visits the host its "by" phrase names
(events._greeted_guest, the ``hostagent`` rows of triggers.tsv).

The sentences are made up, not taken from the gold articles.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley import Pipeline
from parley.document import Article


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _consults(pipeline: Pipeline, text: str) -> list[tuple[list[str], list[str]]]:
    (doc,) = list(pipeline.process([Article(id="g", text=text, published=date(2011, 5, 4))]))
    return [(e.actor_codes, e.recipient_codes) for e in doc.events if e.event == "CONSULT"]


def test_events_greeted_guest_met_by_the_host_visits_the_host(pipeline: Pipeline) -> None:
    # the active reading made the host the actor ("Chile's president" -> Peru)
    text = "Peru's president crossed the border post by car and was met by Chile's president on the Chilean side."
    assert _consults(pipeline, text) == [(["PER"], ["CHL"])]


def test_events_greeted_guest_greeted_by_a_named_host_is_a_visit(pipeline: Pipeline) -> None:
    text = "Mexico's foreign minister was greeted at the airport by Guatemalan President Alvaro Colom."
    assert _consults(pipeline, text) == [(["MEX"], ["GTM"])]


def test_events_greeted_guest_met_by_force_is_no_meeting(pipeline: Pipeline) -> None:
    assert _consults(pipeline, "Ships entering the zone will be met by force, the Chilean navy warned.") == []
