"""A state's unnamed command or units as an event's subject (data/sectors.tsv): the story's own forces."""

from __future__ import annotations

from datetime import date

from parley.document import Article, Document
from parley.pipeline import Pipeline


def _doc(pipeline: Pipeline, text: str) -> Document:
    (doc,) = list(pipeline.process([Article(id="f", text=text, published=date(2005, 5, 30))]))
    return doc


def test_events_force_subjects_defence_units_are_the_story_state_s(rules_pipeline: Pipeline) -> None:
    text = (
        "PYONGYANG, March 20 - North Korea condemned the drills by South Korea.\n\n"
        "Coastal defence units have been placed on a state of high alert."
    )
    doc = _doc(rules_pipeline, text)
    alert = [e for e in doc.events if e.event == "MOBILIZE" and "defence units" in e.text]
    assert alert and alert[0].actor_codes == ["PRK"]
    assert alert[0].actors[0].sector == "MIL"
