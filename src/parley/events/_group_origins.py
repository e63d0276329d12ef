"""Where an unnamed group is from: the country the story gave its people ("Greek farmers" ... "the
farmers' committee"), the place it is said to be in or of ("police in Sughd province", "workers from
Alytus"), the place its own clause names, and where armed men came from ("gunmen who crossed from CAR").
Read by :class:`~._phrase_entities.PhraseReader`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from .._doc_span import doc_span
from ..document import Entity
from ..mentions import MentionFinder
from ._context import STATE_KINDS, DocumentContext
from ._group_place import in_own_clause
from ._memo import per_token
from ._phrases import with_conjuncts
from ._words import EventWords

__all__ = ["GroupOrigins"]

#: Sectors of unnamed armed men ("gunmen", "armed men"), named by where they came from when the sentence says so.
_UNNAMED_ARMED = "UAF"
#: Sectors of forces and militias, named by where they came from unless the word names a militant movement.
_ARMED_SECTORS = frozenset({"REB", "MIL"})


class GroupOrigins:
    """The group origin reading of the phrase reader (which supplies the phrase readings it calls)."""

    ctx: DocumentContext
    words: EventWords
    mentions: MentionFinder

    if TYPE_CHECKING:  # supplied by PhraseReader and PronounReader

        def np_entities(self, head: Any, depth: int = 0, country: str | None = None) -> list[Entity]: ...

        def _place_country(self, span: Any) -> str | None: ...

    @per_token
    def _told_of_people(self, head: Any) -> str | None:
        """The country the story gave these people, or the people that own them: "Greek farmers" ...
        "the farmers' coordinating committee rejected the offer" speaks for the Greek farmers."""
        owners = [c for c in children_of(head) if c.dep_ == "poss" and c.pos_ == "NOUN"]
        told = self.ctx.told_country(head) or next((c for o in owners if (c := self.ctx.told_country(o))), None)
        return told or self._protesters_country(head)

    def _protesters_country(self, head: Any) -> str | None:
        """ "Malian traders gathered outside the governor's office ... The governor received a delegation
        of the protesters": people named only by their protest are those who protested last, if of one state."""
        if head.lemma_.lower() not in self.words.protest_doer and head.lower_ not in self.words.protest_doer:
            return None
        codes = {e.code for e in self.ctx.doers_of("PROTEST", [])}
        return codes.pop() if len(codes) == 1 else None

    def _residents(self, head: Any, home: str | None) -> list[Entity]:
        """An ethnic group acts as people of the country it lives in: the place it is said to be of
        ("in Cluj"), else where the sentence or the story is."""
        code = home or self._own_place_country(head) or self._group_place_country(head) or self.ctx.home
        if code is None:
            return []
        sector = self.mentions.sector_of(self.ctx.sdoc[head.left_edge.i : head.i + 1])[0]
        return [Entity(code=code, sector=sector or "CVL", entity_text=head.text)]

    @per_token
    def _group_place_country(self, head: Any) -> str | None:
        """The country of a place in the group's own clause (see :func:`._group_place.in_own_clause`)."""
        return self.ctx.sentence_country(head, keep=lambda place: in_own_clause(place, head))

    def _placed_in_states(self, head: Any) -> list[str]:
        """The states an unnamed group is placed in or of by a joined phrase ("police in Serbia and
        Bosnia and Herzegovina", "officials from Peru and Ecuador"), each once, in the sentence's order."""
        words = self.words
        placing = words.belonging_prep | words.locative_prep
        preps = [p for p in children_of(head) if p.dep_ == "prep" and p.lower_ in placing]
        places = [t for p in preps for o in children_of(p) if o.dep_ == "pobj" for t in with_conjuncts(o)]
        mentions = [m for t in places if (m := self.ctx.mention_at.get(t.i)) is not None and m.kind in STATE_KINDS]
        return list(dict.fromkeys(m.entity.code for m in mentions))

    @per_token
    def _own_place_country(self, head: Any) -> str | None:
        """The country of the place an unnamed group is of: "police in Sughd province", "workers
        from Alytus", "Carchi's governor" (a town or province the gazetteer knows), before the
        sentence's other places."""
        # the dateline's date the parser hung inside the group ("TRIPOLI, March 12 - Armed men") names no place
        span = doc_span(self.ctx.sdoc, head.left_edge.i, head.i)
        before = [t for t in span if t.lower_ not in self.words.government_level and not self.ctx.in_dateline(t)]
        if before:
            # "Carchi's governor", "Tamil Nadu's chief minister", "Birgunj traders"; "The Federal
            # Government" names a level of government, no town called Federal
            code = self._place_country(doc_span(self.ctx.sdoc, before[0].i, before[-1].i + 1))
            if code is not None:
                return code
        for prep in children_of(head):
            if prep.dep_ != "prep" or (
                prep.lower_ not in self.words.belonging_prep and prep.lower_ not in self.words.locative_prep
            ):
                continue
            for pobj in children_of(prep):
                if pobj.dep_ == "pobj":
                    code = self._place_country(self.ctx.sdoc[pobj.left_edge.i : pobj.i + 1])
                    if code is not None:
                        return code
        return None

    def _named_by_origin(self, head: Any, sector: str | None) -> bool:
        """Whether armed men are of the country they came from: unnamed gunmen and militias are,
        but a militant movement is the movement wherever it is based ("militants crossing from
        Somalia" are still a militant group)."""
        if sector == _UNNAMED_ARMED:
            return True
        return sector in _ARMED_SECTORS and head.lemma_.lower() not in self.words.stateless_armed

    def _origin_country(self, head: Any) -> str | None:
        """The country unnamed armed men came from, when the sentence says it: "gunmen who crossed
        from CAR", "militiamen coming from Chad" (a verb of coming), "raiders from across the border"
        (the story's other state, seen from where the sentence is). "Gunmen from Sudan" is read with
        the group's other modifiers."""
        came = [
            v for v in children_of(head) if v.dep_ in {"relcl", "acl"} and v.lemma_.lower() in self.words.origin_verb
        ]
        for prep in [p for t in [head, *came] for p in children_of(t) if p.dep_ == "prep" and p.lower_ == "from"]:
            # the group's own "from Sudan" was read with its modifiers (none found): only "from across" is new
            objects = [o for o in children_of(prep) if o.dep_ != "pobj" or prep.head.i != head.i]
            for code in (self._came_from(o, head) for o in objects):
                if code is not None:
                    return code
        return None

    def _came_from(self, obj: Any, head: Any) -> str | None:
        """The country of what follows "from": a state or a known place, or across the border."""
        if obj.dep_ == "pobj":
            named = self.np_entities(obj, depth=3)  # no guess: only what the phrase names
            return named[0].code if named else self._place_country(self.ctx.sdoc[obj.left_edge.i : obj.i + 1])
        crossed = [p for p in children_of(obj) if p.dep_ == "pobj" and p.lemma_.lower() in self.words.border_noun]
        if obj.dep_ not in {"prep", "pcomp"} or not crossed:
            return None
        here = self._group_place_country(head) or self.ctx.home
        other = self.ctx.story_other_side([Entity(code=here, sector=None, entity_text="")]) if here else []
        return other[0].code if other else None

    @per_token
    def _is_town(self, token: Any) -> bool:
        """A town or province the gazetteer knows, named by no actor: "the governors of Medenine" are
        the town's country's (read by the unnamed-group reading), whatever the parser joins to the town
        ("the governors of Medenine and Zuwara's council" is not the governors of the council)."""
        name = doc_span(self.ctx.sdoc, token.left_edge.i, token.i + 1)
        if token.pos_ != "PROPN" or any(t.i in self.ctx.mention_at for t in name):
            return False  # "from Mali's Gao region": the state named is the group's
        return self._place_country(name) is not None
