"""The story's one clear pair of states, and the guesses it allows when a sentence names no target:
the other side of the pair, both sides for a third party, the other side for an act across the border.
Read by :class:`~._context.DocumentContext`, which keeps the indexes."""

from __future__ import annotations

from collections import Counter
from functools import cached_property
from typing import Any

from ..document import ActorMention, Document, Entity
from ._story_rank import state_counts
from ._words import EventWords, word_in

__all__ = ["StoryPair"]

_DYAD_MIN = 2  # times each state of the pair is named at least
_DYAD_MARGIN = 2  # a third state named more than half as often as the second: no clear pair


class StoryPair:
    """The story-pair reading of the document context (which supplies the indexes)."""

    words: EventWords
    doc: Document
    sdoc: Any
    sent_start: Any
    mentions_from: dict[int, list[ActorMention]]
    _hurt: dict[str, dict[str, int]]
    _dyad: tuple[str, ...] | None

    def story_other_side(self, actors: list[Entity]) -> list[Entity]:
        """The other state of the story's one clear pair of states, when the actor is one of them:
        "Khartoum denied the charge" in a story of Chad and Sudan answers Chad, though no event
        told before had both. None when the story has no such pair (one state, or three alike)."""
        dyad = self._story_pair()
        codes = {a.code for a in actors}
        if not dyad or len(codes) != 1 or not codes <= set(dyad):
            return []
        other = next(c for c in dyad if c not in codes)
        return [Entity(code=other, sector=None, entity_text="")]

    def both_sides_for(self, actors: list[Entity], *, disputed: bool = False) -> list[Entity]:
        """ "France offered to mediate", "Oman urged restraint": a third party acting on the dispute of
        the story's one clear pair of states acts towards both of them. None when the actor is one of
        the pair, or the story has no such pair. ``disputed``: the act itself says the two are at odds
        (a mediation), so the story need not have told a hostile act between them."""
        dyad = self._story_pair()
        codes = {a.code for a in actors}
        if not dyad or not codes or codes & set(dyad) or not (disputed or self._at_odds(*dyad)):
            return []
        return [Entity(code=code, sector=None, entity_text="") for code in dyad]

    def story_pair_codes(self) -> tuple[str, ...]:
        """The codes of the story's one clear pair of states; empty when it has none."""
        return self._story_pair()

    def _at_odds(self, one: str, other: str) -> bool:
        """Whether the story so far has told a hostile act of either state against the other (an offer
        of fuel in a story of two friends goes to whom the story says needs it, not to both)."""
        return other in self._hurt.get(one, {}) or one in self._hurt.get(other, {})

    def other_side_abroad(self, actors: list[Entity], token: Any) -> list[Entity]:
        """ "protesters blocked the border crossing", "the migrants were detained": in a story of two
        states, an act whose sentence names the other state or points across the border is aimed at
        that state rather than at the actor's own people."""
        other = self.story_other_side(actors)
        if not other:
            return []
        start = self.sent_start[token.i]
        named = any(m.entity.code == other[0].code for m in self.mentions_from.get(start, []))
        return other if named or self.abroad_cued(token) else []

    def abroad_cued(self, token: Any) -> bool:
        """Whether the token's sentence places something at or across a border ("blocked the road to the
        border", "outside the consulate")."""
        start = self.sent_start[token.i]
        sentence = self.sdoc[start : self._sentence_end(start)]
        return any(word_in(t, self.words.abroad_cue) for t in sentence)

    def _sentence_end(self, start: int) -> int:
        end = start
        while end < len(self.sent_start) and self.sent_start[end] == start:
            end += 1
        return end

    def _story_pair(self) -> tuple[str, ...]:
        """The story's pair of states (built once, on first use)."""
        if self._dyad is None:
            self._dyad = self._story_dyad()
        return self._dyad

    @cached_property
    def _state_counts(self) -> Counter[str]:
        return state_counts(self.doc.actor_mentions)

    @property
    def state_counts(self) -> Counter[str]:
        """How often the story names each state (international bodies aside)."""
        return self._state_counts

    def _story_dyad(self) -> tuple[str, ...]:
        """The two states the story names most, when both are named at least twice and a third
        state is named clearly less often than the second."""
        ranked = sorted(self._state_counts.items(), key=lambda kv: -kv[1])
        if len(ranked) < 2 or ranked[1][1] < _DYAD_MIN:
            return ()
        if len(ranked) > 2 and ranked[2][1] * _DYAD_MARGIN > ranked[1][1]:
            return ()
        return (ranked[0][0], ranked[1][0])
