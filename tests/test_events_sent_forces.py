"""Forces a state moves, read under both coders: "the army has been ordered to reinforce police"."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from parley.document import Article
from parley.events._sent_forces import is_sent_force
from parley.pipeline import Pipeline


@pytest.fixture(scope="module", params=["rules", "learned"])
def coder_pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline, pipeline: Pipeline) -> Pipeline:
    if request.param == "rules":
        return rules_pipeline
    from parley import Settings

    return pipeline if pipeline.settings.coder == "learned" else Pipeline(Settings(coder="learned"))


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, list[str]]]:
    (doc,) = list(pipeline.process([Article(id="f", text=text, published=date(2021, 4, 6))]))
    return [(e.event, sorted(e.actor_codes)) for e in doc.events]


def test_events_sent_forces_army_ordered_to_reinforce_is_its_states_mobilize(coder_pipeline: Pipeline) -> None:
    text = "Chile's army has been ordered to reinforce the police along the northern frontier."
    found = _events(coder_pipeline, text)
    assert ("MOBILIZE", ["CHL"]) in found


def test_events_sent_forces_military_body_is_a_force_by_its_head(rules_pipeline: Pipeline) -> None:
    finder: Any = rules_pipeline.components[0]
    words = rules_pipeline.lexicon.words
    sdoc = rules_pipeline.nlp("The army and the defence secretary arrived.")
    assert is_sent_force(sdoc[1], sdoc, words, finder.sector_of)
    assert not is_sent_force(sdoc[6], sdoc, words, finder.sector_of)
