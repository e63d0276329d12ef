"""Who did a state's act told in the passive with no doer and no place ("the catch was confiscated",
"hundreds of those detained were deported", "the captain was fined"), in a story that already told
a state taking or letting go people or goods: news goes on telling that holder's dealings with what
it holds, so the holder did it, to those it held."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import Entity

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["story_taker"]


def story_taker(ctx: DocumentContext) -> tuple[list[Entity], list[Entity]] | None:
    """The actors and targets of the story's latest event that held or let go people or goods, when
    it named who did it (a holder that was itself only guessed is no firmer a guess)."""
    event = ctx.story_holder()
    if event is None or not event.actors or not all(a.entity_text for a in event.actors):
        return None
    return list(event.actors), list(event.recipients)
