"""Shared set-up of the mention tests: the codes a pipeline gives a phrase of one article."""

from __future__ import annotations

from datetime import date

from parley.document import Article
from parley.mentions import MentionFinder
from parley.pipeline import Pipeline

__all__ = ["mention_codes", "mention_finder", "people_of_2004", "person_codes"]


def mention_finder(pipeline: Pipeline) -> MentionFinder:
    """The pipeline's mentions stage (its first component)."""
    finder = pipeline.components[0]
    assert isinstance(finder, MentionFinder)
    return finder


def mention_codes(pipeline: Pipeline, text: str, phrase: str, published: date) -> list[str]:
    """The codes of the actor mentions whose words are ``phrase``, in one article published then."""
    (doc,) = list(pipeline.process([Article(id="a", text=text, published=published)]))
    return [m.entity.code for m in doc.actor_mentions if m.text == phrase]


def person_codes(pipeline: Pipeline, text: str, published: date) -> dict[str, str]:
    """The code of each person mention of one article published then, by the mention's words."""
    (doc,) = list(pipeline.process([Article(id="p", text=text, published=published)]))
    return {m.text: m.entity.code for m in doc.actor_mentions if m.kind == "person"}


def people_of_2004(pipeline: Pipeline, text: str, day: date = date(2004, 6, 15)) -> dict[str, str]:
    """``person_codes`` of an article published in mid-2004 unless another day is given."""
    return person_codes(pipeline, text, day)
