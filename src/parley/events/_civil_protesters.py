"""Protests by groups news describes only by their cause ("human rights groups held a vigil outside
the ministry", "migrant rights groups protested"): the knowledge files code such words as a body of no
state (NGO), which is right for what the groups say ("rights groups urged Bangkok ..."), but a protest
is people taking to a street, and training gold codes its doers as the people of the country where
they protest (2 of 2; no PROTEST in the training gold has an NGO doer)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Entity

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["protesters_where_they_are"]

#: The code of a body of no state.
_CIVIL_CODE = "NGO"


def _described_only(entity: Entity) -> bool:
    """Words that describe groups, not a name: their last word is a lower-case noun ("rights groups",
    "Human rights groups"), where a body's own name ends capitalised ("Amnesty International")."""
    words = entity.entity_text.split()
    return bool(words) and words[-1].islower()


def _people_of(code: str, group: Entity) -> Entity:
    return Entity(code=code, sector="CVL", entity_text=group.entity_text)


def protesters_where_they_are(actors: list[Entity], token: Any, ctx: DocumentContext) -> list[Entity]:
    """A protest's doers: groups coded as a body of no state only by words that describe them are the
    people of the place of the sentence, else of the story's home; other doers are kept."""
    if not any(a.code == _CIVIL_CODE and _described_only(a) for a in actors):
        return actors
    home = ctx.sentence_country(token) or ctx.home
    if not home:
        return actors
    local = [_people_of(home, a) if a.code == _CIVIL_CODE and _described_only(a) else a for a in actors]
    return list({a.code: a for a in local}.values())
