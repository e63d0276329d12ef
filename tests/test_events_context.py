"""The per-document context (parley.events._context): dates and places of an event's clause, the story so far."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.document import Article, Entity, Event
from parley.events._context import DocumentContext, unique_by_code


def _context(pipeline: Any, text: str) -> DocumentContext:
    (doc,) = list(pipeline.clean([Article(id="t", text=text, published=date(2024, 5, 8))]))
    doc.spacy = pipeline.nlp(doc.text)
    doc = pipeline.components[0](doc)  # actor mentions
    mention_at = {i: m for m in doc.actor_mentions for i in range(m.token_start, m.token_end)}
    return DocumentContext(doc, doc.spacy, mention_at, pipeline.knowledge.gazetteer, pipeline.lexicon)


def _token(ctx: DocumentContext, word: str) -> Any:
    return next(t for t in ctx.sdoc if t.text == word)


def test_events_context_clause_date_on_a_weekday(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "France expelled two Iranian diplomats on Monday.")
    assert ctx.clause_date(_token(ctx, "expelled"), future=False) == ("2024-05-06", "day", "explicit")


def test_events_context_clause_date_days_later_and_years_ago(pipeline) -> None:  # type: ignore[no-untyped-def]
    later = _context(pipeline, "Iran answered three days later by expelling French diplomats.")
    assert later.clause_date(_token(later, "answered"), future=False)[2] == "later:3"
    weeks = _context(pipeline, "Iran answered two weeks later by expelling French diplomats.")
    assert weeks.clause_date(_token(weeks, "answered"), future=False)[2] == "later:14"
    ago = _context(pipeline, "Russia invaded Georgia years ago.")
    assert ago.clause_date(_token(ago, "invaded"), future=False) == (None, None, "unresolved")


def test_events_context_clause_place_and_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Police arrested 200 protesters in Almaty on Tuesday.")
    place = ctx.clause_place(_token(ctx, "arrested"))
    assert place is not None and place.resolved_place == "Almaty" and place.country_code == "KAZ"
    assert ctx.sentence_country(_token(ctx, "Police")) == "KAZ"


def test_events_context_counterparts_answer_the_last_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Turkey shot down a Russian jet.")
    turkey, russia = Entity(code="TUR", sector=None, entity_text="Turkey"), Entity("RUS", None, "Russian")
    ctx.remember(Event(doc_id="t", event="ASSAULT", actors=[turkey], recipients=[russia]))
    assert [e.code for e in ctx.counterparts([russia], "ACCUSE")] == ["TUR"]  # Moscow's reaction aims at Ankara
    assert [e.code for e in ctx.pair()] == ["TUR", "RUS"]
    assert [e.code for e in unique_by_code([turkey, russia, turkey])] == ["TUR", "RUS"]
