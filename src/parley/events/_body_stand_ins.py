"""The body an unnamed phrase stands for: the organisation or international body named before ("the
alliance", "The Executive Secretary", "the communique" of a summit), the body described by its head
noun ("The Authority"), the leader of a led body ("coalition aircraft"), a regional group of states.
Read by :class:`~._phrase_entities.PhraseReader`."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ..document import Entity
from ..mentions import MentionFinder
from ._context import DocumentContext
from ._igo_works import IGO_WINDOW, is_igo_work, sentences_between, summit_body
from ._led_bodies import leader_named_in_story
from ._memo import per_token
from ._named_before import is_body_description, named_heads_after, named_heads_before, owned_by_people
from ._phrases import standing_for
from ._regional_group import regional_group
from ._type_sets import INTERNATIONAL_CODES
from ._words import EventWords, has_definite_article

__all__ = ["BodyStandIns"]

#: What separates the words of a title ("secretary general", "secretary-general").
_PIECES = re.compile(r"[ -]")


def _last_piece(phrase: str) -> str:
    """The last word of a phrase, past its last space or hyphen ("general" of "secretary-general")."""
    return _PIECES.split(phrase)[-1]


@cache
def _last_pieces(titles: frozenset[str]) -> frozenset[str]:
    """The last pieces of the titles: a phrase can end with a title only if its own last piece is one."""
    return frozenset(_last_piece(title) for title in titles)


class BodyStandIns:
    """The body readings of the phrase reader (which supplies the phrase readings they call)."""

    ctx: DocumentContext
    words: EventWords
    mentions: MentionFinder

    if TYPE_CHECKING:  # supplied by PhraseReader, GroupOrigins and PronounReader

        def _direct_entities(
            self, head: Any, depth: int, guess: bool = True, home: str | None = None
        ) -> list[Entity]: ...

        def _sector_span(self, head: Any) -> Any: ...

        def _own_place_country(self, head: Any) -> str | None: ...

        def _last_igo(self, tok: Any) -> list[Entity]: ...

    def _body_entities(self, head: Any, kids: list[Any], depth: int) -> list[Entity]:
        """The body an unnamed one stands for: the organisation or regional body named before, the body a
        title heads or a work comes from, the leader of a led body, a regional group of states."""
        if head.lemma_.lower() in self.words.organisation_noun and has_definite_article(head, self.words):
            found = self._last_igo(head)  # "Aliyev turned to the bloc for support": the organisation named before
            if found:
                return found
        if self._heads_igo(head):
            found = self._last_igo(head)  # "The Executive Secretary commends ...": the body named before heads it
            if found:
                return found
        if self._is_igo_work(head):
            found = self._igo_named_near(head)  # "the ASEAN summit ... the communique": the body that made it
            if found:
                return found
        if depth > 2:
            return []
        words = self.words
        if is_body_description(head, words.body_noun, words.definite_determiner, self.ctx.mention_at):
            found = self._body_named_before(head, depth)  # "the Kenya Ports Authority ... The Authority said"
            if found:
                return found
        found = self._led_body_leader(head, depth)  # "the Saudi-led coalition ... coalition aircraft struck"
        return found or regional_group(head, words)  # "Caribbean leaders called on Haiti"

    def _is_igo_work(self, head: Any) -> bool:
        """A noun of what an international body made or sent, with no owner of its own (see :mod:`._igo_works`)."""
        words = self.words
        nouns = (words.igo_work_noun, words.igo_agent_noun)
        return is_igo_work(head, *nouns, words.definite_determiner, self.ctx.mention_at)

    def _igo_named_near(self, head: Any) -> list[Entity]:
        """The international body named last, if within :data:`IGO_WINDOW` sentences before ``head``; for
        the text of a meeting, else the body named with a summit or meeting before (:func:`summit_body`)."""
        named = [self.ctx.last_mention(kind, head.i) for kind in ("igo", "description")]
        bodies = [m for m in named if m is not None and m.entity.code in INTERNATIONAL_CODES]
        if not bodies:
            return []
        # "the ASEAN summit ... the grouping ... the communique": the body named or described last (a
        # description resolved to an international body, "the grouping", "the bloc", names it too)
        igo = max(bodies, key=lambda m: m.token_start)
        if sentences_between(self.ctx.sent_start, igo.token_start, head.i) <= IGO_WINDOW:
            return [igo.entity]
        if head.lemma_.lower() not in self.words.summit_text_noun:
            return []
        # "ASEAN leaders ... for the summit" nine entries back: "The final communique" is that summit's
        ctx, words = self.ctx, self.words
        at = summit_body(
            ctx.doc.actor_mentions, head.i, ctx.sdoc, ctx.sent_start, words.body_meeting, INTERNATIONAL_CODES
        )
        return [at.entity] if at is not None else []

    @per_token
    def _heads_igo(self, head: Any) -> bool:
        """A bare title of an international body's head ("the Deputy Secretary General"): no state's
        words beside it, so the body it heads is the one the story named (a state's "Attorney General"
        or "Permanent Secretary" is no such title)."""
        titles = self.words.igo_head_title
        if head.pos_ != "DET" and _last_piece(head.lower_) not in _last_pieces(titles):
            return False  # the phrase ends with the head: no title ends as it does (most nouns)
        words = [t.lower_ for t in self.ctx.sdoc[head.left_edge.i : head.i + 1] if t.pos_ != "DET"]
        phrase = " ".join(words).replace(" - ", "-")
        return any(phrase == title or phrase.endswith(" " + title) for title in titles)

    def _body_named_before(self, head: Any, depth: int) -> list[Entity]:
        """What the latest earlier phrase naming a body with the description's head noun names, read by
        its own words only (see :mod:`._named_before`)."""
        # none before: the first one after ("The Authority has warned ... the Kenya Ports Authority")
        before = named_heads_before(head, self.ctx.mention_at)
        for earlier in before or named_heads_after(head, self.ctx.mention_at)[:1]:
            found = self._direct_entities(earlier, depth + 1, guess=False) or self._placed_body(earlier)
            if not found and owned_by_people(earlier):
                found = self._direct_entities(earlier, depth)  # "the drivers' association": whose drivers are
            if found:
                phrase = self.ctx.sdoc[head.left_edge.i : head.i + 1].text
                named = self.ctx.sdoc[earlier.left_edge.i : earlier.i + 1].text
                return standing_for(found, phrase, named, "the body named before")
        return []

    def _led_body_leader(self, head: Any, depth: int) -> list[Entity]:
        """The state the story names as leading a body called here by its noun alone (see :mod:`._led_bodies`)."""
        words = self.words
        leader = leader_named_in_story(head, words.led_body_noun, words.leading_verb, self.ctx.mention_at)
        if leader is None:
            return []
        found = self._direct_entities(leader, depth + 1, guess=False)
        named = self.ctx.sdoc[leader.i : leader.head.head.i + 1].text
        return standing_for(found, head.text, named, "the leader named for the body")

    def _placed_body(self, head: Any) -> list[Entity]:
        """A body named by the place it is in or of ("a human rights association in Oujda"): that
        place's country, with the sector its words give."""
        code = self._own_place_country(head)
        if code is None:
            return []
        sector, office = self.mentions.sector_of(self._sector_span(head))
        return [Entity(code=code, sector=sector, entity_text=head.text, office=office)]
