"""Where a role's act happened and where people were sent: the state of the town a verb names
("arrested in Hat Yai"), of a blast, and of the places people are sent to ("extradited to
Florida"). A mixin of :class:`~._roles.RoleFinder`."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Entity
from ..parse import VERB_POS
from ._context import DocumentContext
from ._words import EventWords

__all__ = ["RolePlaces", "sent_to"]

#: The most words a town's name may have ("Foz do Iguaçu", "Santa Cruz de la Sierra").
_LONGEST_PLACE = 5


class RolePlaces:
    """The states of the places a sentence names for its act."""

    ctx: DocumentContext
    words: EventWords

    def _blast_place(self, verb: Any) -> str | None:
        """The state a deed went off in: the town it names, else the sentence's place."""
        return self._act_place_country(verb) or self.ctx.sentence_country(verb)

    def _raid_place(self, verb: Any, subjects: list[Any]) -> str | None:
        """The state a raid took place in: the town the verb names, else the sentence's place outside the
        raiders' own phrase ("militants crossing from Somalia attacked" names where they came from)."""
        heads = {s.i for s in subjects}
        # "as they fled into Huaquillas, Ecuador": a place of another clause is not where the raid was
        told = self._act_place_country(verb) or self.ctx.sentence_country(
            verb, keep=lambda t: not _under_any(t, heads) and _clause_verb(t) == verb.i
        )
        # "KHARTOUM - Unidentified gunmen ambushed a convoy ... killing two Rwandan soldiers": a raid whose
        # clause names no place is where the dateline files the story from
        return told or (self.ctx.home if self.ctx.home_from_dateline else None)

    def _act_place_country(self, verb: Any) -> str | None:
        """The country of the town or province a verb says it happened in ("arrested in Hat Yai"), also
        when the parser did not tag the town as a place: the whole proper name after the preposition,
        never a part of it ("near Abu Simbel" is not Mount Abu)."""
        for prep in children_of(verb):
            if prep.dep_ != "prep" or prep.lower_ not in self.words.locative_prep:
                continue
            for pobj in children_of(prep):
                name = self.ctx.sdoc[pobj.left_edge.i : pobj.i + 1]
                # "in March 2009" is a time, not the English town of March
                if pobj.dep_ != "pobj" or pobj.ent_type_ in {"DATE", "TIME"} or any(t.pos_ != "PROPN" for t in name):
                    continue
                code = self._longest_town_country(pobj.left_edge.i, pobj.i + 1)
                if code is not None:
                    return code
        return None

    def _destination_states(self, pobjs: list[Any]) -> list[Entity]:
        """The states of the places people are sent to ("extradited to Florida", "deported to
        Auckland"): a place names no party itself, but the state it lies in receives them. The best
        known place of the name counts, not a namesake in the people's own state (two Colombians sent
        to Florida go to the United States, not to Colombia's town)."""
        codes: list[str] = []
        for pobj in pobjs:
            name = self.ctx.sdoc[pobj.left_edge.i : pobj.i + 1]
            if all(t.pos_ == "PROPN" for t in name) and (entry := self.ctx.gazetteer.lookup(name.text)) is not None:
                codes += [entry.country] if entry.country else []
        return [Entity(code=c, sector="GOV", entity_text="") for c in dict.fromkeys(codes)]

    def _longest_town_country(self, start: int, end: int) -> str | None:
        """The country of the longest town name the gazetteer knows that starts at ``start`` and runs at
        least to ``end``: the parser splits names with small words ("Foz do Iguaçu" read as "Foz" and
        a verb "do"), which the whole name resolves."""
        sdoc = self.ctx.sdoc
        stop = min(start + _LONGEST_PLACE, len(sdoc))
        for last in range(stop, end - 1, -1):
            if sdoc[last - 1].pos_ != "PROPN" or any(t.is_sent_start for t in sdoc[start + 1 : last]):
                continue
            entry = self.ctx.town(sdoc[start:last].text)
            if entry is not None and entry.country:
                return str(entry.country)
        return None


def sent_to(place: Any, verb: Any) -> bool:
    """The place is the object of the verb's own "to" ("were extradited to Florida")."""
    return place.head.dep_ == "prep" and place.head.lower_ == "to" and place.head.head.i == verb.i


def _under_any(tok: Any, heads: set[int]) -> bool:
    """Whether ``tok`` is one of ``heads`` or hangs under one (read by its heads only, as the learned
    coder's token views allow)."""
    for _ in range(len(tok.doc)):
        if tok.i in heads:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _clause_verb(tok: Any) -> int:
    """The index of the verb whose clause ``tok`` belongs to (read by its heads only); -1 when none."""
    for _ in range(len(tok.doc)):
        if tok.pos_ in VERB_POS:
            return int(tok.i)
        if tok.head.i == tok.i:
            return -1
        tok = tok.head
    return -1
