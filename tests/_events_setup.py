"""One parsed invented article read as the events stage reads it: shared by the events tests."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from parley.document import Article
from parley.events import EventFinder
from parley.events._context import DocumentContext
from parley.events._lexicon import Trigger
from parley.events._roles import RoleFinder
from parley.events._typing import TriggerMatcher
from parley.pipeline import trim_openings

__all__ = [
    "coded_events",
    "coded_types",
    "entity_codes",
    "event_finder",
    "matched_type",
    "read_context",
    "role_finder",
    "role_token",
    "role_trigger",
    "roles_of_type",
    "row_type",
    "token_of",
]


def read_context(pipeline: Any, text: str, outlet: str | None = None) -> DocumentContext:
    """The document context of ``text`` (published 2024-05-08; an outlet's country if given) as the
    events stage builds it: the entities cut at a dateline, the mentions and chains found, a dateline's
    mentions left out."""
    article = Article(id="t", text=text, published=date(2024, 5, 8), source_country=outlet)
    (doc,) = list(pipeline.clean([article]))
    doc.spacy = pipeline.parse(doc.text)
    trim_openings(doc, doc.spacy)
    mentions, chains, events = pipeline.components[:3]
    return cast(DocumentContext, events.context(chains(mentions(doc))))


def event_finder(pipeline: Any) -> EventFinder:
    """The pipeline's events stage (its third component)."""
    finder = pipeline.components[2]
    assert isinstance(finder, EventFinder)
    return finder


def role_finder(pipeline: Any, text: str) -> RoleFinder:
    """A RoleFinder over one parsed article, as the events stage builds it."""
    finder = pipeline.components[2]
    return RoleFinder(read_context(pipeline, text), finder.matcher, finder.mentions)


def role_token(roles: RoleFinder, word: str) -> Any:
    """The first token spelt ``word`` of the document a RoleFinder reads."""
    return next(t for t in roles.ctx.sdoc if t.text == word)


def role_trigger(roles: RoleFinder, token: Any) -> Trigger:
    """The lexicon row the events stage matches at ``token`` (the token must match one)."""
    trigger = roles.matcher.match(token)
    assert trigger is not None, token.text
    return trigger


def entity_codes(entities: list[Any]) -> list[str]:
    """The code of each entity, in order."""
    return [e.code for e in entities]


def token_of(ctx: DocumentContext, word: str) -> Any:
    """The first token of the document with this text."""
    return next(t for t in ctx.sdoc if t.text == word)


def coded_events(pipeline: Any, text: str) -> list[tuple[str, list[str], list[str]]]:
    """The type, actor codes and recipient codes of each event the pipeline codes in ``text``."""
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    return [(e.event, sorted(e.actor_codes), sorted(e.recipient_codes)) for e in doc.events]


def roles_of_type(pipeline: Any, text: str, type_: str, outlet: str | None = None) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of the events of one type in ``text`` (an outlet's country if given)."""
    article = Article(id="t", text=text, published=date(2024, 5, 8), source_country=outlet)
    (doc,) = list(pipeline.process([article]))
    return [(sorted(e.actor_codes), sorted(e.recipient_codes)) for e in doc.events if e.event == type_]


def coded_types(pipeline: Any, text: str) -> list[str]:
    """The type of each event the pipeline codes in ``text``."""
    return [e[0] for e in coded_events(pipeline, text)]


def matched_type(matcher: TriggerMatcher, doc: Any, word: str) -> str | None:
    """The type of the lexicon row the first token of ``doc`` spelt ``word`` (lower case) matches."""
    token = next(t for t in doc if t.lower_ == word)
    match = matcher.match(token)
    return None if match is None else match.type


def row_type(pipeline: Any, text: str, word: str) -> str | None:
    """The type of the lexicon row the token ``word`` of ``text`` matches."""
    doc = pipeline.nlp(text)
    match = TriggerMatcher(pipeline.lexicon).match(next(t for t in doc if t.text == word))
    return match.type if match is not None else None
