"""The date and place of an event's own clause (parley.events._clause_anchors), on invented sentences."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.document import Article
from parley.events._context import DocumentContext


def _context(pipeline: Any, text: str) -> DocumentContext:
    (doc,) = list(pipeline.clean([Article(id="t", text=text, published=date(2024, 5, 8))]))
    doc.spacy = pipeline.nlp(doc.text)
    doc = pipeline.components[0](doc)  # actor mentions
    mention_at = {i: m for m in doc.actor_mentions for i in range(m.token_start, m.token_end)}
    return DocumentContext(doc, doc.spacy, mention_at, pipeline.knowledge.gazetteer, pipeline.lexicon)


def _token(ctx: DocumentContext, word: str) -> Any:
    return next(t for t in ctx.sdoc if t.text == word)


def test_events_clause_anchors_place_of_the_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Pakistan condemned a drone strike in Kabul on Monday.")
    place = ctx.clause_place(_token(ctx, "strike"))
    assert place is not None and place.country_code == "AFG"
    # where it happened is whom it hit, when that is not the actor's own soil
    assert [e.code for e in ctx.place_country(_token(ctx, "strike"), [])] == ["AFG"]


def test_events_clause_anchors_date_of_the_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Chad expelled the Sudanese ambassador on Sunday.")
    iso, precision, how = ctx.clause_date(_token(ctx, "expelled"), future=False)
    assert (iso, how) == ("2024-05-05", "explicit") and precision is not None


def test_events_clause_anchors_promise_is_not_dated_when_due(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Armenia said it will hand back the district by November 20.")
    iso, _, _ = ctx.clause_date(_token(ctx, "hand"), future=True)
    assert iso != "2024-11-20"
