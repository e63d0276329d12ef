"""An act a reaction judges, told with its own doer (parley.events._judged_doer), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article, Document
from parley.pipeline import Pipeline
from parley.settings import Settings


@pytest.fixture(scope="module", params=["rules", "learned"])
def coder_pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else Pipeline(Settings(coder="learned"))


def _doc(pipeline: Pipeline, text: str) -> Document:
    (doc,) = list(pipeline.process([Article(id="j", text=text, published=date(2011, 4, 12))]))
    return doc


def test_events_judged_doer_sanctions_adopted_by_a_body_are_coded_too(coder_pipeline: Pipeline) -> None:
    doc = _doc(coder_pipeline, "Iran on Monday denounced the new sanctions adopted by the European Union as illegal.")
    types = {e.event: e for e in doc.events}
    assert "ACCUSE" in types and "SANCTION" in types
    assert types["SANCTION"].actor_codes == ["EUR"]


def test_events_judged_doer_bare_noun_stays_one_judgement(coder_pipeline: Pipeline) -> None:
    # no doer of its own: "the sanctions" points back to an act, only the judgement is new
    doc = _doc(coder_pipeline, "Iran on Monday denounced the sanctions as illegal.")
    assert [e.event for e in doc.events] == ["ACCUSE"]


def test_events_judged_doer_reads_the_participles_agent() -> None:
    from parley.events._judged_doer import judged_with_doer, participle_agents

    pipeline = Pipeline(Settings(coder="rules"))
    words = pipeline.lexicon.words
    doc = pipeline.nlp("Chile condemned the raid carried out by soldiers on the port.")
    raid = next(t for t in doc if t.text == "raid")
    assert [a.text for a in participle_agents(raid)] == ["by"]
    assert judged_with_doer(raid, raid.head, words)
    bare = pipeline.nlp("Chile condemned the raid on the port.")
    assert not judged_with_doer(next(t for t in bare if t.text == "raid"), bare[1], words)


def test_events_judged_doer_meeting_attendee_is_no_doer_of_the_meeting(coder_pipeline: Pipeline) -> None:
    # "attended by" names a third party of a meeting: the "of" phrase still names who met
    text = "The accord came after a meeting of Kenyan and Ugandan ministers attended by the African Union."
    (meeting,) = [e for e in _doc(coder_pipeline, text).events if e.event == "CONSULT"]
    assert sorted(meeting.actor_codes) == ["KEN", "UGA"]
    assert meeting.recipient_codes == []
