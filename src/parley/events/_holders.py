"""Who let people or goods go when the sentence names nobody ("the fishermen were freed", "the boats
were handed back"): the party an earlier sentence told held them, or the other state of the story's
pair. A mixin of :class:`~._roles.RoleFinder`, which reads the sentence's own participants."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Entity
from ._context import STATE_KINDS, DocumentContext, named_holder
from ._lexicon import Trigger
from ._object_words import is_armed_force
from ._type_sets import HOLD_ENDINGS, STATE_ACTS
from ._words import EventWords

__all__ = ["HolderGuesser"]

#: Trigger modes that take forces back (a pullback, a stand-down), as against releases and handovers.
WITHDRAWALS = {"withdraw", ""}


class HolderGuesser:
    """The holder of people or goods let go, guessed from the story."""

    ctx: DocumentContext
    words: EventWords

    def _story_taker(self) -> tuple[list[Entity], list[Entity]] | None:
        """Who did a state's act told in the passive with no doer and no place ("the catch was
        confiscated", "the captain was fined"), in a story that already told a state taking or letting go
        people or goods: news goes on telling that holder's dealings with what it holds, so the holder
        did it, to those it held. The story's latest such event, when it named who did it (a holder
        that was itself only guessed is no firmer a guess)."""
        event = self.ctx.story_holder()
        if event is None or not named_holder(event):
            return None
        return list(event.actors), list(event.recipients)

    @staticmethod
    def _held_by_state(trig: Trigger) -> bool:
        """The act is one a state does to people it holds: an arrest, an expulsion, a release."""
        return trig.type in STATE_ACTS or (trig.type, trig.mode) in HOLD_ENDINGS

    def holder(self, heads: list[Any], *, anywhere: bool = False) -> tuple[list[Entity], list[Entity]] | None:
        """The actors and targets of the latest event told that held people named as these are (the
        same noun: "fishermen", "crew"), when that event named who held them. ``anywhere``: the sentence
        says no place the people were let go in, so the story's latest holder of anyone stands for one
        of other words ("two fishermen" ... "both men"), a weaker guess than the place's state."""
        nouns = [h for head in heads for h in [head, *head.conjuncts]]
        # "abducted a local chief, who was freed": the relative pronoun stands for the noun it hangs from
        nouns += [h.head.head for h in nouns if h.tag_ in {"WP", "WDT"} and h.head.dep_ == "relcl"]
        lemmas = {h.lemma_.lower() for h in nouns if h.pos_ == "NOUN"}
        event = self.ctx.holder_of(lemmas)
        if event is None and nouns and all(h.pos_ in {"PRON", "NUM"} for h in nouns):
            # "detained 17 people, nine of whom were released", "they were freed four days later": people
            # named by no noun are those the sentence, or the one before, told were held
            event = self.ctx.latest_holder(nouns[0])
        if event is None and anywhere and any(self._taken_by_story(h) or h.pos_ in {"PRON", "NUM"} for h in nouns):
            # "arrested two Spanish fishermen" ... "both men were released and their nets returned";
            # "detained three youths" ... "the three were freed"
            event = self.ctx.story_holder()
        if event is None or not named_holder(event):
            return None  # a holder that was itself only guessed ("were detained") is no firmer a guess
        return list(event.actors), list(event.recipients)

    def _taken_by_story(self, noun: Any) -> bool:
        """People named by a noun, or goods said to be someone's ("their boats", "the men's nets"): what
        the story's holder took. Goods of nobody said ("the sheep were returned") may have been taken by
        the other side."""
        if noun.pos_ != "NOUN":
            return False
        return noun.lemma_.lower() not in self.words.seized_goods or any(c.dep_ == "poss" for c in children_of(noun))

    def _other_side_of(self, people: list[Entity]) -> str | None:
        """The other state of the story's pair, when the people are all of one of its states."""
        other = self.ctx.story_other_side(people) if people else []
        return other[0].code if other else None

    def _held_abroad(self, heads: list[Any]) -> str | None:
        """The other state of the story's pair, when the people held are said (here or before) to be of
        the story's home state."""
        home = self.ctx.home
        if home is None or not any(self._nationality(h) == home for h in heads):
            return None
        other = self.ctx.story_other_side([Entity(code=home, sector=None, entity_text="")])
        return other[0].code if other else None

    def _nationality(self, head: Any) -> str | None:
        """The state the phrase's own words give its people ("a Kenyan fuel trader"), else the one an
        earlier sentence gave the same kind of people ("the trader")."""
        for t in self.ctx.sdoc[head.left_edge.i : head.i + 1]:
            mention = self.ctx.mention_at.get(t.i)
            if mention is not None and mention.kind in STATE_KINDS:
                return mention.entity.code
        return self.ctx.told_country(head) if head.pos_ == "NOUN" else None

    def np_entities_many(self, heads: list[Any]) -> list[Entity]:
        raise NotImplementedError  # the phrase reader's

    def _forces_pulled_back(self, verb: Any, subjects: list[Any], trig: Trigger) -> tuple[list[Entity], list[Entity]]:
        """ "the regiment was pulled out", "the units were pulled back", "the Defence League was stood
        down": armed forces withdrawn, told in the passive with nobody named, are withdrawn by their own
        state (the one the phrase or the story gives them), from facing the other side of the story."""
        if trig.type != "RETREAT" or (trig.mode or "") not in WITHDRAWALS:
            return [], []
        if not any(is_armed_force(s, self.words) for s in subjects):
            return [], []
        if not any(c.lower_ in self.words.withdrawn_particle for c in children_of(verb)):
            return [], []  # "the wounded soldiers were evacuated to a hospital": moved, not withdrawn
        if any(
            c.dep_ == "aux" and c.lower_ in self.words.future_aux | self.words.conditional_aux
            for c in children_of(verb)
        ):
            return [], []  # "the troops will be withdrawn": a promise, not a withdrawal
        codes = {code for s in subjects if (code := self._force_owner(s))}
        if len(codes) != 1:
            return [], []
        owner = codes.pop()
        owners = [Entity(code=owner, sector="MIL", entity_text="")]
        # "Vilnius protested, and the regiment was pulled out": from facing the story's other side, or
        # its home state when the story's pair is not clear
        home = self.ctx.home
        faced = self.ctx.story_other_side(owners)
        return owners, faced or ([Entity(code=home, sector=None, entity_text="")] if home and home != owner else [])

    def _force_owner(self, head: Any) -> str | None:
        """The state whose forces the phrase names: by its own words ("Frontier Corps troops" of a
        Pakistani story's "Pakistani troops"), by who sent them ("a corvette that Caracas sent"), or by
        what an earlier sentence told of the same forces ("a Russian regiment" ... "the regiment"), else
        whatever state the phrase is read as."""
        for clause in (c for c in children_of(head) if c.dep_ in {"relcl", "acl"}):
            for subject in (c for c in children_of(clause) if c.dep_ == "nsubj"):
                mention = self.ctx.mention_at.get(subject.i)
                if mention is not None and mention.entity.code:
                    return mention.entity.code
        found = self._nationality(head) or next((e.code for e in self.np_entities_many([head]) if e.code), None)
        return found
